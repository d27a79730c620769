import { WEEKDAYS } from '../dates/lexicon'
import { HOLIDAYS, MOVABLE_HOLIDAYS } from '../dates/matchers/holidays'
import type { Statistic } from '../model'
import { MONTH_WORDS } from './lexicon'
import { amountOpening } from './main-verb'
import { isFiscalYearCode, isTimePhraseOnly, PERIOD_CODES } from './measure-after'
import type { Quantity } from './quantity'
import type { Token } from './tokens'

/*
 * A figure that says more about the one before it measures the same thing: a change set off by a
 * comma after a count ("3,210 calls, up 12% on last year" measures "calls"), a percentage in
 * brackets after a proportion it restates ("almost a third (32%)", "half of respondents (48%)"),
 * the level it is compared with ("$45.2 million, down from $52.1 million"), a change said again
 * after "or" with the level it reached ("rose by 1,480, or 6%, to 26,140"), and a figure alone in
 * brackets after another ("grew by 387,274 (+8.1%)", "1,234 burglaries (up 8%)").
 */

/** How many words may stand between a figure and the comma or bracket before the next one. */
const WORDS_BEFORE = 4
/** How many words may open a change after the comma: "up", "a rise of", "an increase of". */
const WORDS_AFTER = 3

/**
 * Gives a change after a comma, or a bracketed percentage after a proportion, the measure (and
 * for the bracket the change) of the figure before it, when it has none of its own. Changes
 * `found` in place.
 */
export function shareRestatedMeasure(
  tokens: readonly Token[],
  quantities: readonly Quantity[],
  found: Statistic[],
): void {
  for (let n = 1; n < found.length; n++) {
    const before = found[n - 1]!
    const current = found[n]!
    if (before.measure === null || current.measure !== null) continue
    const prev = quantities[n - 1]!
    const q = quantities[n]!
    if (restatesProportion(tokens, prev, q, current))
      found[n] = { ...current, measure: before.measure, change: current.change ?? before.change }
    else if (current.change !== null && before.change === null && isChangeAside(tokens, prev.end, q))
      found[n] = { ...current, measure: before.measure }
    else if (current.unit === before.unit && isEarlierLevel(tokens, prev.end, q.first))
      found[n] = { ...current, measure: before.measure }
    // "rose by 1,480, or 6%, to 26,140": the change again in another unit, then the level reached.
    else if (isOrAside(tokens, prev.end, q.first))
      found[n] = { ...current, measure: before.measure, change: current.change ?? before.change }
    else if (isLevelAfterAside(tokens, quantities, n)) found[n] = { ...current, measure: before.measure }
    // "cut the cash rate by 25 basis points to 4.10 per cent": the level the change reached.
    else if (before.change !== null && current.change === null && isLevelAfterBy(tokens, prev, q.first))
      found[n] = { ...current, measure: before.measure }
    // A proportion's own bracket is read above: a count there is of the part, not the whole.
    else if (isPartOfWhole(tokens, prev.end, q.first)) found[n] = { ...current, measure: before.measure }
    else if (prev.rule !== 'statistics/proportion' && isBracketedAside(tokens, prev.end, q, current.change))
      found[n] = { ...current, measure: before.measure }
    // "Revenue was £45.2m (2023: £40.1m)": the same measure in an earlier period, as accounts print it.
    else if (current.unit === before.unit && isEarlierPeriodAside(tokens, prev.end, q))
      found[n] = { ...current, measure: before.measure }
  }
}

/** "a third (32%)", "half of respondents (48%)": a percentage alone in brackets after a proportion. */
function restatesProportion(
  tokens: readonly Token[],
  prev: Quantity,
  q: Quantity,
  current: Statistic,
): boolean {
  if (prev.rule !== 'statistics/proportion' || current.unit !== 'percent') return false
  if (tokens[q.first - 1]?.text !== '(' || tokens[q.end]?.text !== ')') return false
  return wordsOnly(tokens, prev.end, q.first - 1, WORDS_BEFORE)
}

/**
 * "3,210 calls, up 12%", "1,234 burglaries, a rise of 8%": between the figures, what the first
 * counts, a comma, then the few words that open the change; or the change right after the comma
 * with its comparative after it ("1,342 people were treated, 23% more than last winter").
 */
function isChangeAside(tokens: readonly Token[], from: number, q: Quantity): boolean {
  const to = q.first
  const comma = lastComma(tokens, from, to)
  if (comma < 0) return false
  const opened = to - comma - 1 >= 1 || COMPARATIVES_AFTER.has(tokens[q.end]?.lower ?? '')
  return measuredThenWhen(tokens, from, comma) && opened && wordsOnly(tokens, comma + 1, to, WORDS_AFTER)
}

/** How many tokens the time after what a figure counts may run: "in the 12 months to March". */
const WHEN_REACH = 8
/** Prepositions that open the time a count is of. Keep sorted. */
const WHEN_PREPOSITIONS: ReadonlySet<string> = new Set(['across', 'during', 'for', 'in', 'over'])
/** Words of a span of the calendar: "over the weekend", "during the summer". Keep sorted. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'autumn',
  'day',
  'days',
  'fortnight',
  'month',
  'months',
  'period',
  'quarter',
  'season',
  'spring',
  'summer',
  'week',
  'weekend',
  'weekends',
  'weeks',
  'winter',
  'year',
  'years',
])

/**
 * Whether `tokens[from..to)` are what the figure before counts, in a few words, perhaps followed by
 * the time it is of: "calls", "offences in the 12 months to March", "arrests during 2023".
 */
function measuredThenWhen(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from
  while (
    k < to &&
    k - from < WORDS_BEFORE &&
    tokens[k]!.kind === 'word' &&
    !WHEN_PREPOSITIONS.has(tokens[k]!.lower) &&
    !opensNamedDay(tokens, k, to)
  )
    k++
  if (k === to) return true
  // "calls on New Year's Eve", "arrests on 3 March", "calls on Saturday night": a day named after "on".
  if (opensNamedDay(tokens, k, to)) return true
  if (!WHEN_PREPOSITIONS.has(tokens[k]!.lower) || to - k > WHEN_REACH) return false
  let calendar = false
  for (let j = k + 1; j < to; j++) {
    const t = tokens[j]!
    if (t.kind === 'sym') return false
    if (t.kind === 'word' && (CALENDAR_WORDS.has(t.lower) || MONTH_WORDS.has(t.lower))) calendar = true
    if (t.kind === 'num' && /^(?:19|20)\d{2}$/.test(t.text)) calendar = true
  }
  return calendar
}

/** Parts of a day after its weekday's name: "on Saturday night". Keep sorted. */
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['afternoon', 'evening', 'morning', 'night'])

/**
 * Whether "on" at `tokens[k]` opens a day named and nothing else up to `tokens[to]`: a holiday
 * ("on New Year's Eve", "on Christmas Day"), a weekday, perhaps with its part and its date ("on
 * Saturday night", "on Friday 3 March"), or a date ("on 3 March", "on March 3, 2024"). Reads at
 * most `WHEN_REACH` tokens.
 */
function opensNamedDay(tokens: readonly Token[], k: number, to: number): boolean {
  if (tokens[k]?.lower !== 'on' || to - k - 1 < 1 || to - k - 1 > WHEN_REACH) return false
  let j = k + 1
  const words: string[] = []
  for (let n = j; n < to; n++) words.push(tokens[n]!.lower)
  const name = words.join(' ')
  if (HOLIDAYS[name] !== undefined || MOVABLE_HOLIDAYS[name] !== undefined) return true
  if (tokens[j]!.lower in WEEKDAYS) {
    j++
    if (PARTS_OF_DAY.has(tokens[j]?.lower ?? '')) j++
  }
  let month = false
  let day = false
  for (; j < to; j++) {
    const t = tokens[j]!
    if (t.kind === 'word' && MONTH_WORDS.has(t.lower)) month = true
    else if (t.kind === 'num' && /^(?:[1-9]|[12]\d|3[01])$/.test(t.text)) day = true
    else if (!(t.kind === 'num' && month && /^(?:19|20)\d{2}$/.test(t.text)) && !(t.text === ',' && month))
      return false
  }
  // A weekday alone, or a day of a month: a month with no day is a span ("in March"), not a day.
  return (month && day) || (!month && !day && tokens[k + 1]!.lower in WEEKDAYS)
}

/** Comparatives after a change that make it one with no word before it: "23% more". Keep sorted. */
const COMPARATIVES_AFTER: ReadonlySet<string> = new Set([
  'down',
  'fewer',
  'higher',
  'less',
  'lower',
  'more',
  'up',
])

/**
 * "grew by 387,274 (+8.1%) over the year", "1,234 burglaries (up 8%)", "£4.2bn (a rise of 3%)":
 * a figure alone in brackets, perhaps after the words that open a change, a few words after the
 * figure before, says the same thing in another way. Not a bracket with words of its own after the
 * figure ("(8% of all crime)"), which say what it measures.
 */
function isBracketedAside(
  tokens: readonly Token[],
  from: number,
  q: Quantity,
  change: Statistic['change'],
): boolean {
  if (tokens[q.end]?.text !== ')') return false
  let open = q.first - 1
  while (open >= from && tokens[open]!.text !== '(') open--
  if (open < from) return false
  // "(case fatality ratio 4.5%)": words that open no change name what the figure measures.
  if (open + 1 < q.first && change === null) return false
  return wordsOnly(tokens, from, open, WORDS_BEFORE) && wordsOnly(tokens, open + 1, q.first, WORDS_AFTER)
}

/** Most tokens of the period before the colon: "2022/23", "FY23", "H1 2023", "H1 FY23". */
const PERIOD_REACH = 4
/** Marks between an earlier period and its figure. */
const PERIOD_MARKS: ReadonlySet<string> = new Set([':', '-', '–', '—'])
/** Most words of a period named in words before the colon: "the same period last year". */
const PERIOD_WORDS_REACH = 5

/**
 * "£45.2m (2023: £40.1m)", "1,234 (FY23: 1,100)", "£5.1m (2022/23: £4.2m)", "3.5p (prior year:
 * 3.2p)", "£45.2m (2023 – £40.1m)": after a figure, and perhaps the few words of what it is per or where it stands ("5.2p per
 * ordinary share (2023: 4.9p)"), a bracket that names a year or a period, a colon, then the
 * figure alone.
 */
function isEarlierPeriodAside(tokens: readonly Token[], from: number, q: Quantity): boolean {
  // "(2023: £40.1m)", "(2023 – £40.1m)", "(2023 £40.1m)": a colon or a dash after the period, or nothing.
  const colon = PERIOD_MARKS.has(tokens[q.first - 1]?.text ?? '') ? q.first - 1 : q.first
  if (tokens[q.end]?.text !== ')') return false
  let open = from
  while (open < colon && tokens[open]!.kind === 'word') open++
  if (tokens[open]?.text !== '(' || !wordsOnly(tokens, from, open, WORDS_BEFORE)) return false
  if (colon - open - 1 <= PERIOD_WORDS_REACH && isTimePhraseOnly(tokens, open + 1, colon)) return true
  if (colon - open - 1 < 1 || colon - open - 1 > PERIOD_REACH) return false
  let year = false
  let period = false
  for (let k = open + 1; k < colon; k++) {
    const t = tokens[k]!
    if (t.kind === 'sym' && !joinsYears(tokens, k)) return false
    if (/(?:^|\D)(?:19|20)?\d{2}$/.test(t.text) && t.kind !== 'word') year = true
    if (namesPeriod(tokens, k)) period = true
  }
  // With no mark, only a period written as one tells it from a count before the figure ("(40 £5 notes)").
  return colon === q.first ? period : year
}

/** A year in full: "2023"; a span of years written with a slash: "2022/23", "22/23" after "FY". */
const FULL_YEAR = /(?:^|\D)(?:19|20)\d{2}$/
const YEAR_SPAN = /^(?:19|20)?\d{2}\/(?:19|20)?\d{2}$/

/**
 * Whether `tokens[k]` names a period on its own: a year in full ("2023", "2022-23", "2022/23"), or
 * a year or a span after a period's code ("FY23", "FY 23", "FY22/23").
 */
function namesPeriod(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  if (t.kind === 'word' || t.kind === 'sym') return false
  if (FULL_YEAR.test(t.text) || (t.kind === 'skip' && /^(?:19|20)\d{2}\//.test(t.text))) return true
  const code = tokens[k - 1]
  return (
    code?.kind === 'word' &&
    (PERIOD_CODES.has(code.text) || isFiscalYearCode(code)) &&
    (/^\d{2}$/.test(t.text) || YEAR_SPAN.test(t.text))
  )
}

/** Whether the dash or slash at `tokens[k]` joins two years, spaced or not: "2022-23", "2022 – 2023". */
function joinsYears(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  if (t.text !== '-' && t.text !== '–' && t.text !== '/') return false
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  return (
    before?.kind === 'num' &&
    after?.kind === 'num' &&
    FULL_YEAR.test(before.text) &&
    /^\d{2}(?:\d{2})?$/.test(after.text)
  )
}

/** Relative pronouns after "of" that name the whole a part is of: "of which", "of whom". Keep sorted. */
const WHOLE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'whom'])

/**
 * "1,200 incidents, of which 300 were domestic", "45 people, of whom 12 were children": a part
 * counted after "of which" counts what the whole does, a few words after the whole's figure.
 */
function isPartOfWhole(tokens: readonly Token[], from: number, to: number): boolean {
  const comma = to - 3
  return (
    comma >= from &&
    tokens[comma]!.text === ',' &&
    tokens[comma + 1]!.lower === 'of' &&
    WHOLE_PRONOUNS.has(tokens[comma + 2]!.lower) &&
    wordsOnly(tokens, from, comma, WORDS_BEFORE)
  )
}

/** ", or 6%": a comma and "or" right after the figure before. */
function isOrAside(tokens: readonly Token[], from: number, to: number): boolean {
  return to === from + 2 && tokens[from]?.text === ',' && tokens[from + 1]?.lower === 'or'
}

/** Whether `quantities[n]` is the level after an "or" aside closed by a comma: ", or 6%, to 26,140". */
function isLevelAfterAside(tokens: readonly Token[], quantities: readonly Quantity[], n: number): boolean {
  const aside = quantities[n - 1]!
  const first = quantities[n - 2]
  return (
    first !== undefined &&
    isOrAside(tokens, first.end, aside.first) &&
    tokens[aside.end]?.text === ',' &&
    tokens[aside.end + 1]?.lower === 'to' &&
    aside.end + 2 === quantities[n]!.first
  )
}

/** "by 25 basis points to 4.10 per cent": "to" right after a change written after "by". */
function isLevelAfterBy(tokens: readonly Token[], prev: Quantity, to: number): boolean {
  return tokens[prev.first - 1]?.lower === 'by' && to === prev.end + 1 && tokens[prev.end]?.lower === 'to'
}

/**
 * Words that name the level a figure is compared with, after it: "down from", "compared with",
 * "from" alone after a level reached ("rose to 4.3% in the three months to March, from 4.2%").
 */
const EARLIER_LEVEL_LINKS: readonly (readonly string[])[] = [
  ['against'],
  ['compared', 'to'],
  ['compared', 'with'],
  ['down', 'from'],
  ['from'],
  ['up', 'from'],
  ['versus'],
  ['vs'],
]

/**
 * "$45.2 million, down from $52.1 million", "$4.1 billion versus $3.9 billion", "400kg of cocaine,
 * compared with 250kg": the figure after such words, right after the one before or after what it
 * measures and a comma, is the earlier level of what the one before measures.
 */
function isEarlierLevel(tokens: readonly Token[], from: number, to: number): boolean {
  const comma = lastComma(tokens, from, to)
  // "rose to 2.3% in the 12 months to April 2024, up from 2.0%": the time the figure is of may
  // stand before the comma.
  if (comma >= 0 && !wordsOnly(tokens, from, comma, WORDS_BEFORE) && !measuredThenWhen(tokens, from, comma))
    return false
  const at = comma >= 0 ? comma + 1 : from
  // "down from a record 135,500": a word of amount stands between the link and the figure.
  const figure = amountOpening(tokens, to)
  return EARLIER_LEVEL_LINKS.some(
    (link) => at + link.length === figure && link.every((word, i) => tokens[at + i]?.lower === word),
  )
}

/** Whether `tokens[from..to)` are at most `max` words. */
function wordsOnly(tokens: readonly Token[], from: number, to: number, max: number): boolean {
  if (to - from > max) return false
  for (let k = from; k < to; k++) if (tokens[k]!.kind !== 'word') return false
  return true
}

/** The last comma among `tokens[from..to)`, or -1. */
function lastComma(tokens: readonly Token[], from: number, to: number): number {
  let comma = -1
  for (let k = from; k < to; k++) if (tokens[k]!.text === ',') comma = k
  return comma
}
