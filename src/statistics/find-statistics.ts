import * as z from 'zod'
import type { Span, Statistic } from '../model'
import { type DiagnosticSink, DiagnosticSinkOption, parseOptions } from '../options'
import { type ParserInput, type ReleaseLike, type TextBlock, toBlocks } from '../text/blocks'
import { readsAsHeadline, readsAsShortHeadline, readsInCapitals } from '../text/headline'
import { alternation } from '../text/patterns'
import { blockSlicer, inputSpan, tidyBreaks } from '../text/reflow'
import { directionOf, findChange, restatesChange } from './change'
import { joinCompoundMeasures } from './compound-measures'
import { shareConversionBounds } from './conversion'
import { type PublisherCurrency, publisherCurrency } from './currency'
import { isAgeLevel } from './duration-filters'
import { shareElidedUnits } from './ellipsis'
import {
  BOUND_WORDS,
  FRACTION_PARTS,
  MULTIPLIER_ADVERBS,
  MULTIPLIER_VERBS,
  NAMED_LEVEL_NOUNS,
  UNITS,
  VAGUE_QUANTITIES,
} from './lexicon'
import { findMeasure } from './measure'
import { isFunctionWord } from './measure-lexicon'
import { isModelSuffix } from './models'
import { type NamesWithNumbers, namesWithNumbersOnDemand } from './name-filters'
import { SCALE_WORDS, SMALL_NUMBERS } from './number-words'
import { SourceCurrencySchema, type UnitWords, UnitWordsSchema } from './option-schemas'
import { shareEachMeasure } from './packs'
import { periodAfter } from './period'
import { isPronounPart, measureOfWhole, sentenceStart } from './pronoun-wholes'
import { mayStartQuantity, type Quantity, readQuantity } from './quantity'
import { buildLexicon, type QuantityLexicon } from './quantity-lexicon'
import { isChangeInPoints, mergeRange, rangeOf, shareRangeUnits } from './ranges'
import { priceBaseAfter, rateBaseAfter } from './rate-base'
import { PERCENTAGE_POINT, readPointsOfRate, unitOfRatePoints } from './rate-points'
import { shareRestatedMeasure } from './restated'
import { sentenceRuns } from './sentence-runs'
import { isClauseBreak, type Token, tokenize } from './tokens'
import { isMoney } from './unit-kinds'

/** The options of `findStatistics` and `parseStatistic`, validated with zod. */
export const FindStatisticsOptionsSchema = z.strictObject({
  /** Called with each diagnostic; default: none. */
  onDiagnostic: DiagnosticSinkOption.optional(),
  /**
   * The ISO 4217 code `$` stands for. Default: from the release's `source` (`NZD` for
   * "New Zealand Police", `AUD` for an Australian source, ...), else `USD`.
   */
  dollar: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD or NZD')
    .optional(),
  /**
   * More units of measure to read after numbers, added to `UNITS`: `{ words: ['barrels'], unit: 'barrel' }`.
   * Default: none.
   */
  units: z.array(UnitWordsSchema).readonly().optional(),
  /**
   * The currency of `$` for publishers `DOLLAR_BY_SOURCE` does not know, by their `Source:` line
   * (a string matches as a case-insensitive substring): `[{ source: 'Toronto Police', code: 'CAD' }]`.
   * Read before `DOLLAR_BY_SOURCE`; `dollar` overrides both. Default: none.
   */
  sources: z.array(SourceCurrencySchema).readonly().optional(),
})

/** The options of `findStatistics` (see `FindStatisticsOptionsSchema`). */
export type FindStatisticsOptions = z.input<typeof FindStatisticsOptionsSchema>

/**
 * Finds statistics: every quantity that counts or measures something, in digits or in words,
 * with its value, unit, qualifier, what it counts, whether it is a change, and a rate's period.
 * Years, dates, times, durations, ordinals, phone numbers, identifiers, numbers in names and
 * "one" as a pronoun are not statistics. Never throws on text; throws an `OptionsError` for
 * invalid options.
 *
 * @param input A string (one block per line) or a release from `splitReleases`.
 * @returns The statistics in input order; each `span` slices the original input to its `text`.
 *
 * @example
 * findStatistics('To date, more than 16,500 people arrested.')
 * //=> [{ text: 'more than 16,500', span: { start: 9, end: 25 }, value: 16500, unit: 'count',
 * //      qualifier: 'over', measure: 'people arrested', change: null, period: null,
 * //      rule: 'statistics/count-digits' }]
 */
export function findStatistics(input: ParserInput, options: FindStatisticsOptions = {}): Statistic[] {
  return findStatisticsWith(input, parseOptions(FindStatisticsOptionsSchema, options, 'findStatistics'))
}

/**
 * `findStatistics` with options already validated (by `parseOptions` with
 * `FindStatisticsOptionsSchema`): it does not check them again, so a pipeline validates once and
 * calls it for every release.
 */
export function findStatisticsWith(input: ParserInput, settings: FindStatisticsOptions): Statistic[] {
  const written = toBlocks(input)
  // Read with the spaces around line breaks taken out: a number to call cut over an indented line
  // ("0800 555" over "  111") is read as one written with a bare break.
  const { blocks, toInput, moved } = tidyBreaks(written)
  const lexicon = lexiconFor(
    publisherCurrency(input, blocks, settings.dollar, settings.sources),
    settings.units,
  )
  const toSpan = (span: Span): Span => inputSpan(toInput, span.start, span.end)
  const sink = settings.onDiagnostic
  const onDiagnostic: DiagnosticSink | undefined =
    sink && moved ? (d) => sink({ ...d, span: d.span && toSpan(d.span) }) : sink
  const statistics: Statistic[] = []
  const names = namesWithNumbersOnDemand(blocks)
  const carry: Carry = { lastSentence: [] }
  for (const block of blocks) {
    for (const piece of sentenceRuns(block)) scanBlock(piece, lexicon, statistics, onDiagnostic, names, carry)
  }
  if (moved) {
    const slice = blockSlicer(written)
    for (const s of statistics) {
      s.span = toSpan(s.span)
      s.text = slice(s.span) ?? s.text
    }
  }
  return typeof input === 'string' ? statistics : outsideDateline(statistics, input.dateline)
}

/** A dateline names a place and a day, never a quantity: "SYDNEY (2GB) -" is a station's call sign. */
function outsideDateline(statistics: Statistic[], dateline: ReleaseLike['dateline']): Statistic[] {
  if (!dateline) return statistics
  const { start, end } = dateline.span
  return statistics.filter((s) => s.span.end <= start || s.span.start >= end)
}

/**
 * Reads one quantity expression: "more than 16,500", "£4.5m", "around 40 per cent",
 * "a quarter-of-a-million", "tens of thousands". Returns the first statistic in it, with a
 * span into `expression`, or null when it holds none.
 *
 * @example
 * parseStatistic('Up to £4.5m')
 * //=> { text: 'Up to £4.5m', span: { start: 0, end: 11 }, value: 4500000, unit: 'GBP',
 * //     qualifier: 'upTo', measure: null, change: null, period: null, rule: 'statistics/money' }
 */
export function parseStatistic(
  expression: string,
  options: Omit<FindStatisticsOptions, 'onDiagnostic'> = {},
): Statistic | null {
  if (typeof expression !== 'string') return null
  const settings = parseOptions(FindStatisticsOptionsSchema, options, 'parseStatistic')
  const block = { text: expression, start: 0, kind: 'text' as const }
  const lexicon = lexiconFor(publisherCurrency(expression, [block], settings.dollar), settings.units)
  const found: Statistic[] = []
  scanBlock(block, lexicon, found, undefined)
  return found[0] ?? null
}

const defaultLexicons = new Map<string, QuantityLexicon>()

function lexiconFor(currency: PublisherCurrency, units: readonly UnitWords[] | undefined): QuantityLexicon {
  if (units && units.length > 0) return buildLexicon(currency, units)
  const key = `${currency.dollar} ${currency.pounds} ${currency.rand} ${currency.randNamed} ${currency.peso} ${currency.rupee} ${currency.shilling} ${currency.naira} ${currency.cent} ${currency.home}`
  let lexicon = defaultLexicons.get(key)
  if (!lexicon) {
    lexicon = buildLexicon(currency)
    defaultLexicons.set(key, lexicon)
  }
  return lexicon
}

// Cheap test before tokenising: a block with no digit and no number word holds no statistic.
const NUMBER_WORDS = alternation([
  ...Object.keys(SMALL_NUMBERS),
  ...Object.keys(SCALE_WORDS),
  ...VAGUE_QUANTITIES.map((v) => v.words[0]!).filter((w) => w !== 'a'),
  ...Object.keys(FRACTION_PARTS),
  // "doubled", "halved", "twice": multipliers in one word.
  ...Object.keys(MULTIPLIER_VERBS),
  ...Object.keys(MULTIPLIER_ADVERBS),
])
// "a tonne", "an acre": one of a unit, written with its article.
const UNIT_WORDS = alternation(UNITS.map((u) => u.words[0]!).filter((w) => /^[a-z]{3,}$/.test(w)))
const CANDIDATE = new RegExp(`\\d|\\b(?:${NUMBER_WORDS})|\\ban? (?:${UNIT_WORDS})\\b`, 'i')

/**
 * The line that ends a release for the wire ("- 30 -", "-30-"): a mark, no figure. Its first dash
 * may have been read as a bullet's.
 */
const END_MARK = /^[ \t]*(?:[-–—]{1,3}[ \t]*)?30[ \t]*[-–—]{1,3}[ \t]*$/

/** What a block hands the next: the statistics of its last sentence, which "Of these" may count a part of. */
interface Carry {
  lastSentence: Statistic[]
}

function scanBlock(
  block: TextBlock,
  lexicon: QuantityLexicon,
  into: Statistic[],
  onDiagnostic: DiagnosticSink | undefined,
  names?: NamesWithNumbers,
  carry: Carry = { lastSentence: [] },
): void {
  if (!CANDIDATE.test(block.text) || END_MARK.test(block.text)) {
    carry.lastSentence = []
    return
  }
  const tokens = tokenize(block.text)
  // A title, or a line in Title Case handed over on its own, where capitals are no sign of a name;
  // nor are they in a paragraph written all in capitals.
  const headline =
    block.kind === 'title' ||
    readsAsHeadline(block.text) ||
    readsInCapitals(block.text) ||
    readsAsShortHeadline(block.text)
  const read: Quantity[] = []
  for (let i = 0; i < tokens.length; ) {
    const q = mayStartQuantity(tokens[i]!, lexicon) ? readQuantity(tokens, i, lexicon, headline, names) : null
    if (q && q.end > i) {
      read.push(q)
      i = q.end
    } else i++
  }
  const quantities = readPointsOfRate(tokens, joinCompoundMeasures(tokens, read))
  const ranges = shareRangeUnits(tokens, quantities)
  const found: Statistic[] = []
  for (const q of quantities) {
    const first = tokens[q.first]!
    const last = tokens[q.end - 1]!
    const span = { start: block.start + first.start, end: block.start + last.end }
    // "doubled", "halved": the figure's own word says the change.
    const change = q.change ? { change: q.change, at: q.first } : findChange(tokens, q.first, q.end, q.unit)
    const vague = q.qualifier === 'vague'
    if (q.qualifier === 'exact') q.qualifier = boundBefore(tokens, q.first) ?? 'exact'
    const digits = tokens[q.numberStart]?.text ?? ''
    if (onDiagnostic && digits.replace(/\D/g, '').length > 15) {
      onDiagnostic({
        ruleId: 'statistics/imprecise-number',
        message: `The number ${digits.slice(0, 40)} has more digits than a double holds; its value is rounded.`,
        span,
      })
    }
    const measure = findMeasure(
      block.text,
      tokens,
      {
        first: q.first,
        end: q.end,
        unit: q.unit,
        vague,
        share: q.rule === 'statistics/proportion',
        headline,
      },
      change,
    )
    const direction = directionOf(tokens, change, measure)
    found.push({
      text: block.text.slice(first.start, last.end),
      span,
      value: q.value,
      unit: unitOfRatePoints(q.unit, direction, measure),
      qualifier: q.qualifier,
      measure,
      change: direction,
      period: periodAfter(tokens, q.end),
      ...perOf(tokens, q.end, q.unit),
      rule: q.rule,
    })
  }
  shareEachMeasure(tokens, quantities, found)
  // After the units a bare number borrows: "6ft and 4 of them" leaves the 4 a count.
  shareElidedUnits(tokens, quantities, found)
  sharePronounWholes(tokens, quantities, found, carry.lastSentence)
  for (let n = 1; n < found.length; n++) {
    const before = found[n - 1]!
    const q = quantities[n]!
    if (found[n]!.change !== null || before.change === null) continue
    if (restatesChange(tokens, quantities[n - 1]!.end, q.first, q.end, before.unit, found[n]!.unit))
      found[n] = { ...found[n]!, change: before.change }
  }
  shareConversionBounds(tokens, quantities, found)
  shareRestatedMeasure(tokens, quantities, found)
  // "between 200 and 300 officers": both ends count officers, and are one statistic.
  const merged = new Set<number>()
  const starts = new Set(ranges)
  for (const n of ranges) {
    const a = found[n]!
    const b = found[n + 1]!
    // "from 24.2 to 33-35 billion euros": the second end opens a range of its own, which stays
    // whole; the first end keeps the unit it borrowed.
    const chained = starts.has(n + 1) && isDashRange(tokens, quantities[n + 1]!, quantities[n + 2])
    if (chained && !merged.has(n)) {
      // Its range is the level the change reached.
      const change = rangeOf(tokens, quantities[n]!, quantities[n + 1]!)
      if (change?.from && b.change === null && b.value !== a.value)
        found[n + 1] = { ...b, change: b.value > a.value ? 'increase' : 'decrease' }
    }
    const range = merged.has(n) || chained ? null : rangeOf(tokens, quantities[n]!, quantities[n + 1]!)
    if (range) {
      const start = tokens[range.opener ?? quantities[n]!.first]!.start
      found[n] = mergeRange(block.text, block.start, start, a, b, range.from, range.counted, range.reversed)
      // "up to 450 from 300": the "up to" left out of the range was its direction, no bound.
      if (range.opener !== null && range.opener > quantities[n]!.first)
        found[n] = { ...found[n]!, qualifier: 'exact' }
      merged.add(n + 1)
    } else {
      // "rose 0.2 to 4.1 per cent": the change of a rate in per cent is in percentage points.
      const unit = isChangeInPoints(tokens, quantities[n]!, quantities[n + 1]!) ? PERCENTAGE_POINT : a.unit
      if (a.measure === null || unit !== a.unit) found[n] = { ...a, unit, measure: a.measure ?? b.measure }
    }
  }
  // A loop, not a spread: a block may hold more statistics than a call takes arguments.
  for (let n = 0; n < found.length; n++) if (!merged.has(n) && !isAgeLevel(found[n]!)) into.push(found[n]!)
  // A title is no sentence a story's "Of these" looks back to.
  const last = block.kind === 'title' ? tokens.length : sentenceStart(tokens, tokens.length - 1)
  carry.lastSentence = found.filter((_, n) => !merged.has(n) && quantities[n]!.first >= last)
}

/**
 * "Police arrested 120 people. Of these, 85 went to court.": a part of a whole a pronoun names
 * measures what the whole does, read in the sentence before or earlier in its own (`lastSentence`
 * holds the block before's last sentence), or nothing. Changes `found` in place.
 */
function sharePronounWholes(
  tokens: readonly Token[],
  quantities: readonly Quantity[],
  found: Statistic[],
  lastSentence: readonly Statistic[],
): void {
  for (let n = 0; n < found.length; n++) {
    const part = found[n]!
    const q = quantities[n]!
    if (!isPronounPart(tokens, q, part.measure)) continue
    const own = sentenceStart(tokens, q.first)
    const from = own > 0 ? sentenceStart(tokens, own - 1) : 0
    const inOwn = found.slice(0, n).filter((_, m) => quantities[m]!.first >= own)
    const before = own > 0 ? found.slice(0, n).filter((_, m) => quantities[m]!.first >= from) : lastSentence
    found[n] = { ...part, measure: measureOfWhole(part, inOwn, before) }
  }
}

/** "33-35 billion euros": two figures joined by a dash, one range written as one. */
function isDashRange(tokens: readonly Token[], a: Quantity, b: Quantity | undefined): boolean {
  const dash = tokens[a.end]
  return (
    b !== undefined &&
    b.first === a.end + 1 &&
    (dash?.text === '-' || dash?.text === '–') &&
    rangeOf(tokens, a, b) !== null
  )
}

/** "a maximum total funding of £600,000": a bound named earlier in the clause. */
function boundBefore(tokens: readonly Token[], first: number): Statistic['qualifier'] | null {
  for (let k = first - 1; k >= 0 && k >= first - 9; k--) {
    const t = tokens[k]!
    if (isClauseBreak(t) || t.kind === 'num') return null
    // "40min for four fillets": "min" after a number is minutes.
    if (t.lower === 'min' && tokens[k - 1]?.kind === 'num') return null
    // "the 737 Max to Dublin", "the 15 Pro Max costs": a capitalised "Max" after digits or a
    // model's suffix names a model.
    if (t.text !== t.lower && (tokens[k - 1]?.kind === 'num' || isModelSuffix(tokens[k - 1]))) return null
    const bound = t.kind === 'word' ? BOUND_WORDS[t.lower] : undefined
    if (bound && !namesLevel(tokens, k + 1)) return bound
  }
  return null
}

/** How many words may describe the noun a bound word is part of the name of: "maximum sustained winds". */
const LEVEL_NAME_REACH = 3

/**
 * Whether the words from `tokens[k]`, after "minimum" or "maximum", name a level of their own,
 * which the figure is the value of: "the minimum wage", "maximum sustained winds".
 */
function namesLevel(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + LEVEL_NAME_REACH; j++) {
    const t = tokens[j]
    if (t?.kind !== 'word' || isFunctionWord(t.lower)) return false
    if (NAMED_LEVEL_NOUNS.has(t.lower)) return true
  }
  return false
}

/** `per` for a rate's base written after it ("3.2 per 100,000 people") or a price's ("$82.10 a barrel"); nothing otherwise. */
function perOf(tokens: readonly Token[], end: number, unit: string): { per?: Statistic['per'] } {
  // "$82.10 a barrel": the one thing a price is quoted for.
  const base = rateBaseAfter(tokens, end) ?? (isMoney(unit) ? priceBaseAfter(tokens, end) : null)
  return base === null ? {} : { per: { value: base.value, measure: base.measure } }
}
