import type { Qualifier } from '../model'
import { CHANGE_WORDS } from './change'
import {
  AGE_WORDS,
  CALL_WORDS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  type CurrencyWords,
  DOLLAR_PREFIXES,
  IDIOM_WORDS,
  MAGNITUDES,
  MONTHS,
  NAME_WORDS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  type QualifierPhrase,
  SERVICE_NUMBERS,
  TIME_OF_DAY,
  TIME_UNIT_FILLERS,
  TIME_UNITS,
  UNITS,
  type UnitWords,
  VAGUE_QUANTITIES,
  type VagueWords,
} from './lexicon'
import {
  FRACTION_WORDS,
  readNumberWords,
  SCALE_WORDS,
  SMALL_NUMBERS,
  startsNumberWords,
} from './number-words'
import { indexPhrases, matchPhrase, type PhraseIndex } from './phrases'
import { isClauseBreak, type Token } from './tokens'

/** A quantity read from tokens, before what it measures and whether it is a change are looked for. */
export interface Quantity {
  /** First token of the text (its qualifier, currency sign or number). */
  readonly first: number
  /** Token after the last one of the text. */
  readonly end: number
  /** First and after-last token of the number itself. */
  readonly numberStart: number
  readonly numberEnd: number
  value: number
  unit: string
  qualifier: Qualifier
  /** Whether a unit, currency or magnitude was written (a range's first end borrows them). */
  readonly unitWritten: boolean
  readonly magnitude: number
  rule: string
}

/** The lexicons a reader uses; options can extend units and fix the dollar. */
export interface QuantityLexicon {
  readonly qualifiersBefore: PhraseIndex<QualifierPhrase>
  readonly qualifiersAfter: PhraseIndex<QualifierPhrase>
  readonly units: PhraseIndex<UnitWords>
  readonly currencyWords: PhraseIndex<CurrencyWords>
  readonly vague: PhraseIndex<VagueWords>
  /** The currency `$` stands for: `USD`, or `NZD` in a New Zealand release. */
  readonly dollar: string
  /** Lower-case words a quantity can start with; other words are skipped at once. */
  readonly starters: ReadonlySet<string>
}

/** Builds the lexicon indexes once. */
export function buildLexicon(dollar: string, extraUnits: readonly UnitWords[] = []): QuantityLexicon {
  return {
    qualifiersBefore: indexPhrases(QUALIFIERS_BEFORE),
    qualifiersAfter: indexPhrases(QUALIFIERS_AFTER),
    units: indexPhrases([...UNITS, ...extraUnits.map((u) => ({ ...u, words: u.words.map(lower) }))]),
    currencyWords: indexPhrases(CURRENCY_WORDS),
    vague: indexPhrases(VAGUE_QUANTITIES),
    dollar,
    starters: new Set([
      ...QUALIFIERS_BEFORE.map((q) => q.words[0]!),
      ...VAGUE_QUANTITIES.map((v) => v.words[0]!),
      ...Object.keys(SMALL_NUMBERS),
      ...Object.keys(SCALE_WORDS),
      ...Object.keys(DOLLAR_PREFIXES),
      ...CURRENCY_CODES.map(lower),
      'a',
      'an',
      'half',
      'minus',
      'negative',
      'quarter',
    ]),
  }
}

const lower = (s: string) => s.toLowerCase()
const CODES: ReadonlySet<string> = new Set(CURRENCY_CODES)
const FRACTION_DENOMINATORS: ReadonlySet<string> = new Set([
  ...Object.keys(FRACTION_WORDS),
  'eighths',
  'fifths',
  'fourths',
  'ninths',
  'sevenths',
  'sixths',
  'tenths',
])

/**
 * Reads the quantity that starts at `tokens[i]`, or returns null when none starts there or
 * the number there is not a statistic (a year, a date, a time, a duration, an ordinal, a phone
 * number, a number in a name, "one" as a pronoun).
 */
export function readQuantity(
  tokens: readonly Token[],
  i: number,
  lex: QuantityLexicon,
  /** Whether the block is a headline, where capitalised words are no sign of a name. */
  headline = false,
): Quantity | null {
  let j = i
  let qualifier: Qualifier = 'exact'
  const q = matchPhrase(tokens, j, lex.qualifiersBefore)
  // "the rate ticked up to 5%": after a verb of change, "up to" reaches a level, it bounds nothing.
  if (q && !(q.phrase.qualifier === 'upTo' && q.phrase.words[0] === 'up' && isLevelVerb(tokens[j - 1]))) {
    j = q.end
    qualifier = q.phrase.qualifier
  }
  // Currency written before the number: "£4.5m", "US$5", "NZ$ 300", "GBP 5m".
  let currency: string | null = null
  let factor = 1
  const prefix = readCurrencyPrefix(tokens, j, lex.dollar)
  if (prefix) {
    currency = prefix.code
    j = prefix.end
  }
  let sign = 1
  const signToken = tokens[j]
  if (signToken && isSign(signToken) && tokens[j + 1]?.kind === 'num' && !tokens[j + 1]!.gap) {
    const before = tokens[j - 1]
    if (signToken.gap || !before || before.kind === 'sym') {
      sign = signToken.text === '+' ? 1 : -1
      j++
    }
  } else if (signToken?.kind === 'word' && (signToken.lower === 'minus' || signToken.lower === 'negative')) {
    const next = tokens[j + 1]
    // "minus-130 degrees Fahrenheit".
    const glued = next?.text === '-' && !next.gap ? 1 : 0
    const after = tokens[j + 1 + glued]
    if (after && (after.kind === 'num' || (after.kind === 'word' && startsNumberWords(after.lower)))) {
      sign = -1
      j += 1 + glued
    }
  }
  const numberStart = j
  const core = readCore(tokens, j, lex, currency !== null)
  if (!core) return null
  j = core.end
  let value = core.value
  const magnitude = core.magnitude
  let unit = 'count'
  let unitWritten = currency !== null || magnitude !== 1
  if (!core.vague && isNotStatistic(tokens, i, numberStart, core, currency !== null, headline)) return null
  // Currency or unit written after the number: "5 million pounds", "60KG", "29 per cent".
  if (currency === null) {
    const after = readCurrencyAfter(tokens, j, lex, core.vague)
    if (after) {
      currency = after.code
      factor = after.factor
      j = after.end
    }
  }
  if (currency === null) {
    const u = readUnit(tokens, j, lex, core.isDigits)
    if (u) {
      unit = u.unit
      j = u.end
      unitWritten = true
    } else if (core.isDigits && tokens[j]?.kind === 'word' && !tokens[j]!.gap) {
      // "19th", "10am", "1990s", "5G": letters glued to digits that are no unit.
      return null
    }
  } else {
    unit = currency
    unitWritten = true
  }
  if (core.loneOne && unit === 'count') return null
  if (unit === 'count' && core.isDigits && isYear(tokens[numberStart]!, core, qualifier, tokens[j]))
    return null
  const post = matchPhrase(tokens, j, lex.qualifiersAfter)
  if (post && qualifier === 'exact' && !core.vague) {
    const plus = tokens[j]
    // "500+" or "500-plus" only when glued to the number; "or more" anywhere.
    if (plus && (plus.lower === 'or' || plus.lower === 'plus' || !plus.gap)) {
      qualifier = post.phrase.qualifier
      j = post.end
    }
  }
  if (core.vague) qualifier = 'vague'
  if (!Number.isFinite(value)) return null
  value = round(sign * value * factor)
  const rule = core.vague
    ? 'statistics/vague'
    : currency
      ? 'statistics/money'
      : unit === 'percent' || unit === 'percentage point'
        ? 'statistics/percent'
        : unit !== 'count'
          ? 'statistics/measure'
          : core.isDigits
            ? 'statistics/count-digits'
            : 'statistics/count-words'
  return {
    first: i,
    end: j,
    numberStart,
    numberEnd: core.numberEnd,
    value,
    unit,
    qualifier,
    unitWritten,
    magnitude,
    rule,
  }
}

/** Verbs that move a figure to a new level: "rose up to", "ticked up to". Keep sorted. */
const LEVEL_VERBS: ReadonlySet<string> = new Set([
  'crept',
  'edged',
  'goes',
  'inched',
  'moved',
  'ticked',
  'ticks',
  'went',
])

function isLevelVerb(t: Token | undefined): boolean {
  return t?.kind === 'word' && (LEVEL_VERBS.has(t.lower) || t.lower in CHANGE_WORDS)
}

/** Rounds away binary noise: 5.4 × 10⁶ is 5400000, not 5400000.000000001. */
/** The value to 12 significant digits, so "4.1m" is 4100000, not 4099999.999999999. */
function round(value: number): number {
  // Whole numbers of up to 12 digits are unchanged by it: skip the string round trip, the common case.
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value
  return Number.parseFloat(value.toPrecision(12))
}

function isSign(t: Token): boolean {
  return t.kind === 'sym' && (t.text === '-' || t.text === '−' || t.text === '+')
}

interface Core {
  value: number
  /** Token after the number and its magnitude. */
  end: number
  /** Token after the number itself. */
  numberEnd: number
  magnitude: number
  isDigits: boolean
  vague: boolean
  /** Just the word "one": a pronoun or "a single", unless a unit follows ("one per cent"). */
  loneOne?: boolean
  text: string
}

function readCore(tokens: readonly Token[], j: number, lex: QuantityLexicon, money: boolean): Core | null {
  const t = tokens[j]
  if (!t) return null
  if (t.kind === 'num') {
    let end = j + 1
    let magnitude = 1
    // "£4.5m", "300k", "2 million", "4 hundred million"; "200m away" is metres, "10M" is ten million.
    for (let n = 0; n < 2; n++) {
      const next = tokens[end]
      const m = next?.kind === 'word' ? MAGNITUDES[next.lower] : undefined
      if (!next || !m) break
      if (next.gap && next.lower.length === 1) break
      if (m.moneyOnly && !money && !(next.text === 'M' || next.text === 'B') && !isBareMillion(tokens, end))
        break
      if (n === 1 && m.factor <= 100) break
      magnitude *= m.factor
      end++
      // "3 hundred and 21" mixes digits and words: too rare to be worth guessing.
      if (m.factor === 100 && tokens[end]?.lower === 'and' && tokens[end + 1]?.kind === 'word') {
        const after = tokens[end + 1]!.lower
        if (after in SMALL_NUMBERS) return null
      }
    }
    return {
      value: t.value * magnitude,
      end,
      numberEnd: j + 1,
      magnitude,
      isDigits: true,
      vague: false,
      text: t.text,
    }
  }
  if (t.kind !== 'word') return null
  const vague = matchPhrase(tokens, j, lex.vague)
  if (vague && (!vague.phrase.before || tokens[vague.end]?.lower === vague.phrase.before)) {
    return {
      value: vague.phrase.value,
      end: vague.end,
      numberEnd: vague.end,
      magnitude: 1,
      isDigits: false,
      vague: true,
      text: t.text,
    }
  }
  if (!startsNumberWords(t.lower)) return null
  const words = readNumberWords(tokens, j)
  if (!words) return null
  let end = words.end
  let value = words.value
  let magnitude = 1
  // "four million" is read whole by the word reader; "two 1,000s" and the like are not numbers.
  const next = tokens[end]
  if (money && next?.kind === 'word' && MAGNITUDES[next.lower]?.moneyOnly && !next.gap) {
    magnitude = MAGNITUDES[next.lower]!.factor
    value *= magnitude
    end++
  }
  return {
    value,
    end,
    numberEnd: words.end,
    magnitude: magnitude === 1 ? words.scale : magnitude,
    isDigits: false,
    vague: false,
    loneOne: words.loneOne,
    text: t.text,
  }
}

/**
 * Whether "m" glued to bare digits is a million ("2.7m sales", "1.2m tonnes", "35m of its
 * devices") rather than metres ("200m away", "a 100m sprint", "a 5m fall", "200m.").
 */
function isBareMillion(tokens: readonly Token[], at: number): boolean {
  const letter = tokens[at]!
  if (letter.lower !== 'm') return letter.lower === 'b'
  const next = tokens[at + 1]
  if (next?.kind !== 'word' || isClauseBreak(next)) return false
  if (METRE_CONTEXT.has(next.lower) || NOT_AFTER_MILLION.has(next.lower)) return false
  // A million of something is plural or a decimal ("4m people", "2.7m combined sales"); "a 5m fall" is metres.
  const digits = tokens[at - 1]?.text ?? ''
  return (
    next.lower === 'of' || digits.includes('.') || (next.lower.endsWith('s') && !next.lower.endsWith('ss'))
  )
}

/** Verbs straight after "1m": nothing says what the million counts. Keep sorted. */
const NOT_AFTER_MILLION: ReadonlySet<string> = new Set([
  'are',
  'can',
  'could',
  'has',
  'have',
  'is',
  "isn't",
  'isn’t',
  'was',
  'were',
  'will',
  'would',
])

/** Words after "200m" that make it a distance. Keep sorted. */
const METRE_CONTEXT: ReadonlySet<string> = new Set([
  'above',
  'along',
  'away',
  'below',
  'deep',
  'down',
  'freestyle',
  'from',
  'high',
  'hurdles',
  'in',
  'long',
  'race',
  'radius',
  'run',
  'sprint',
  'stretch',
  'swim',
  'tall',
  'up',
  'wide',
])

function readCurrencyPrefix(
  tokens: readonly Token[],
  j: number,
  dollar: string,
): { code: string; end: number } | null {
  const t = tokens[j]
  if (!t) return null
  if (t.kind === 'sym' && t.text in CURRENCY_SYMBOLS) {
    const code = CURRENCY_SYMBOLS[t.text]!
    const next = tokens[j + 1]
    // "$US55,931,000", "$A82,615,680": the country after the sign.
    if (code === '$' && next?.kind === 'word' && !next.gap && next.text === next.text.toUpperCase()) {
      const country = DOLLAR_PREFIXES[next.lower]
      if (country && tokens[j + 2]?.kind === 'num' && !tokens[j + 2]!.gap)
        return { code: country, end: j + 2 }
    }
    if (!startsNumber(next)) return null
    return { code: code === '$' ? dollar : code, end: j + 1 }
  }
  if (t.kind !== 'word') return null
  // "US$", "NZ$": letters glued to the dollar sign.
  const sign = tokens[j + 1]
  // "US$", "HK $" (a capitalised country may stand apart from the sign).
  const glued = sign && (!sign.gap || t.text.length > 1)
  if (sign && glued && sign.text === '$' && t.lower in DOLLAR_PREFIXES && startsNumber(tokens[j + 2])) {
    return { code: DOLLAR_PREFIXES[t.lower]!, end: j + 2 }
  }
  if (CODES.has(t.text) && tokens[j + 1]?.kind === 'num') return { code: t.text, end: j + 1 }
  return null
}

function startsNumber(t: Token | undefined): boolean {
  return !!t && (t.kind === 'num' || (t.kind === 'word' && startsNumberWords(t.lower)))
}

function readCurrencyAfter(
  tokens: readonly Token[],
  j: number,
  lex: QuantityLexicon,
  vague: boolean,
): { code: string; factor: number; end: number } | null {
  let k = j
  // "thousands of pounds": the vague word takes "of" with its currency.
  if (vague && tokens[k]?.lower === 'of') k++
  const t = tokens[k]
  if (!t) return null
  if (CODES.has(t.text) && !vague) return { code: t.text, factor: 1, end: k + 1 }
  // "1,200€", "5 €": a sign after the number, as much of Europe writes it.
  if (t.kind === 'sym' && t.text in CURRENCY_SYMBOLS && t.text !== '$' && !vague)
    return { code: CURRENCY_SYMBOLS[t.text]!, factor: 1, end: k + 1 }
  // "a 12-cent dividend", "a one-yen bid".
  if (t.text === '-' && !t.gap && !vague && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.gap) {
    const glued = matchPhrase(tokens, k + 1, lex.currencyWords)
    if (glued) {
      const code = glued.phrase.code === '$' ? lex.dollar : glued.phrase.code
      return { code, factor: glued.phrase.factor, end: glued.end }
    }
  }
  const m = matchPhrase(tokens, k, lex.currencyWords)
  if (!m) {
    // "50p": pence glued to the digits.
    if (t.lower === 'p' && !t.gap && !vague && tokens[k + 1]?.text !== '.')
      return { code: 'GBP', factor: 0.01, end: k + 1 }
    return null
  }
  const code = m.phrase.code === '$' ? lex.dollar : m.phrase.code
  return { code, factor: m.phrase.factor, end: m.end }
}

function readUnit(
  tokens: readonly Token[],
  j: number,
  lex: QuantityLexicon,
  digits: boolean,
): { unit: string; end: number } | null {
  let k = j
  // "a 6.1-inch display", "a 2.4-litre engine": the unit glued on by a hyphen.
  if (tokens[k]?.text === '-' && !tokens[k]!.gap && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.gap) k++
  const t = tokens[k]
  if (!t) return null
  const m = matchPhrase(tokens, k, lex.units)
  if (!m) return null
  if (k > j && m.phrase.unit === 'percent') return null
  // "5G" is a generation, "5g" five grams; "256GB" is fine in capitals.
  if (m.phrase.attachedOnly && (t.gap || !digits || (t.text.length === 1 && t.text !== t.lower))) return null
  // "during 2016 Stone spoke": a capitalised word apart is a name, not "stone" or "miles" ("2.4Ghz" is glued).
  if (
    !m.phrase.properName &&
    t.gap &&
    t.kind === 'word' &&
    t.text.length > 2 &&
    /^[A-Z][a-z]/.test(t.text) &&
    m.phrase.words.length === 1
  )
    return null
  return { unit: m.phrase.unit, end: m.end }
}

/** Whether the number at `tokens[start]` is one of the things that look like figures but are not. */
function isNotStatistic(
  tokens: readonly Token[],
  first: number,
  start: number,
  core: Core,
  money: boolean,
  headline: boolean,
): boolean {
  const t = tokens[start]!
  const prev = tokens[first - 1]
  const next = tokens[core.end]
  if (core.isDigits) {
    if (!money && first === start && isGluedToName(tokens, start)) return true
    // The second year of "2023-24" or "2023–2024".
    if (prev && (prev.text === '-' || prev.text === '–' || prev.text === '/') && !t.gap) {
      const before = tokens[first - 2]
      if (before?.kind === 'num' && /^\d{4}$/.test(before.text)) return true
    }
    if (!money && isServiceNumber(tokens, first, core)) return true
    // "795655190602981376": ten or more digits without separators identify something.
    if (!money && /^\d{10,}$/.test(t.text)) return true
    // List markers: "1." or "2)" opening a paragraph.
    if (
      first === 0 &&
      t.value < 100 &&
      next &&
      !next.gap &&
      (next.text === '.' || next.text === ')') &&
      tokens[core.end + 1]
    )
      return true
  }
  if (!money && isDateOrTime(tokens, first, core)) return true
  if (isDuration(tokens, core.end) || isRangeOfDurations(tokens, core.end)) return true
  if (isAge(tokens, first)) return true
  // "zero tolerance".
  const after = tokens[core.end]
  if (after?.kind === 'word' && IDIOM_WORDS.has(after.lower)) return true
  if (!money && prev?.kind === 'word' && isNameWord(prev) && first === start) return true
  if (!money && first === start && isNumberedName(tokens, first, core.end, core.isDigits, headline))
    return true
  if (!money && first === start && core.isDigits && isAfterName(tokens, first, core.end)) return true
  if (!money && core.isDigits && isAddress(tokens, core.end)) return true
  if (!money && prev?.kind === 'sym' && prev.text === '.' && !t.gap) {
    const before = tokens[first - 2]
    if (before?.kind === 'word' && NAME_WORDS.has(before.lower)) return true
  }
  if (!core.isDigits) {
    // "Five Eyes", "the Three Counties": a capitalised number word in a name.
    const numberToken = tokens[start]!
    const isCapital = /^[A-Z]/.test(numberToken.text)
    if (isCapital && !headline && first === start && !startsSentence(tokens, start)) {
      const after = tokens[core.end]
      if (after?.kind === 'word' && /^[A-Z]/.test(after.text)) return true
    }
    // "two-thirds", "three fifths": fractions are not counts.
    const after = tokens[core.end]
    const afterNext = tokens[core.end + 1]
    if (after && FRACTION_DENOMINATORS.has(after.lower)) return true
    if (after?.text === '-' && afterNext && FRACTION_DENOMINATORS.has(afterNext.lower)) return true
  }
  return false
}

/** "2023", unless qualified ("more than 2000 officers"), with a unit, or money. */
function isYear(t: Token, core: Core, qualifier: Qualifier, next: Token | undefined): boolean {
  return (
    core.magnitude === 1 &&
    /^\d{4}$/.test(t.text) &&
    t.value >= 1000 &&
    t.value <= 2199 &&
    (qualifier === 'exact' || next?.kind !== 'word' || MONTHS.has(next.lower))
  )
}

/**
 * "Workstream three of the plan", "NHS 111.": a number straight after a capitalised word, closing a clause or followed by "of", names something. Headlines in title case
 * ("Police Seize 300 Guns") go on with a capitalised noun and are kept.
 */
function isNumberedName(
  tokens: readonly Token[],
  first: number,
  end: number,
  digits: boolean,
  headline: boolean,
): boolean {
  const prev = tokens[first - 1]
  if (prev?.kind !== 'word' || !/[A-Z]/.test(prev.text)) return false
  // "Operation Tarlac 2".
  const before = tokens[first - 2]?.lower
  if (before === 'operation' || before === 'op') return true
  const next = tokens[end]
  if (!next || next.lower === 'of' || isClauseBreak(next)) return true
  // "the S&P 500 rose", "iPhone 11 Pro", "Game 7 at": a model or an index, not a count.
  if (!digits || startsSentence(tokens, first - 1) || next.kind !== 'word') return false
  // A headline capitalises every word: "Police Seize 300 Guns".
  return (
    (!headline && /^[A-Z]/.test(next.text)) || NAME_FOLLOWERS.has(next.lower) || next.lower in CHANGE_WORDS
  )
}

/** Words after "Index 500" that show the number ends a name. Keep sorted. */
const NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'after',
  'and',
  'are',
  'at',
  'by',
  'for',
  'from',
  'had',
  'has',
  'in',
  'index',
  'is',
  'on',
  'or',
  'to',
  'was',
  'were',
  'will',
  'with',
])

/**
 * "John Smith, 34, of Leeds", "Dak Prescott (4)": a number set off after a name is an age or a
 * shirt number.
 */
function isAfterName(tokens: readonly Token[], first: number, end: number): boolean {
  const open = tokens[first - 1]
  const name = tokens[first - 2]
  const close = tokens[end]
  if (!open || !name || !close || name.kind !== 'word' || !/^[A-Z]/.test(name.text)) return false
  return (open.text === ',' && close.text === ',') || (open.text === '(' && close.text === ')')
}

/** Street words: "12 High Street", "49 Zorro Ranch Road" are addresses. Keep sorted. */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'avenue',
  'close',
  'court',
  'crescent',
  'drive',
  'gardens',
  'grove',
  'lane',
  'mews',
  'rd',
  'road',
  'st',
  'street',
  'terrace',
  'walk',
  'way',
])

function isAddress(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < end + 4; k++) {
    const t = tokens[k]
    if (t?.kind !== 'word' || !/^[A-Z]/.test(t.text)) return false
    if (k > end && STREET_WORDS.has(t.lower)) return true
  }
  return false
}

const RANGE_LINKS: ReadonlySet<string> = new Set(['-', 'and', 'or', 'to', '–'])
/** Words between "aged" and its number: "aged between 18 and 25". Keep sorted. */
const AGE_LINKS: ReadonlySet<string> = new Set([
  '-',
  'and',
  'between',
  'from',
  'or',
  'over',
  'to',
  'under',
  '–',
])

/** "aged 15", "aged between 18 and 25", "the age of 18": an age is a length of time. */
function isAge(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
    const t = tokens[k]!
    if (t.kind === 'word' && AGE_WORDS.has(t.lower)) return true
    if (t.lower === 'of' && tokens[k - 1]?.lower === 'age') return true
    if (t.kind !== 'num' && !AGE_LINKS.has(t.lower)) return false
  }
  return false
}

function isNameWord(t: Token): boolean {
  if (!NAME_WORDS.has(t.lower)) return false
  // Lower-case "no" and "key" are ordinary words ("no 10 ...", "key 5 areas").
  if (
    t.lower === 'no' ||
    t.lower === 'key' ||
    t.lower === 's' ||
    t.lower === 'unit' ||
    t.lower === 'type' ||
    t.lower === 'quote'
  )
    return /^[A-Z]/.test(t.text)
  return true
}

/** "COVID-19", "M25", "SCP-173", "#1": digits glued to letters before them. */
function isGluedToName(tokens: readonly Token[], start: number): boolean {
  const t = tokens[start]!
  if (t.gap) return false
  const prev = tokens[start - 1]
  if (!prev) return false
  if (prev.kind === 'word' || prev.kind === 'num' || prev.kind === 'skip') return true
  if (prev.text === '#' || prev.text === '№' || prev.text === '/' || prev.text === '.' || prev.text === '_')
    return true
  // "in ’08": a year cut short.
  if ((prev.text === '’' || prev.text === "'") && t.text.length === 2) return true
  if (prev.text === '-' && !prev.gap) {
    const before = tokens[start - 2]
    return before?.kind === 'word'
  }
  return false
}

function isServiceNumber(tokens: readonly Token[], first: number, core: Core): boolean {
  const t = tokens[first]
  if (!t || !SERVICE_NUMBERS.has(t.text)) return false
  const prev = tokens[first - 1]
  const next = tokens[core.end]
  return (
    (prev?.kind === 'word' && CALL_WORDS.has(prev.lower)) ||
    (next?.kind === 'word' && CALL_WORDS.has(next.lower))
  )
}

function isDateOrTime(tokens: readonly Token[], first: number, core: Core): boolean {
  const prev = tokens[first - 1]
  let k = core.end
  const next = tokens[k]
  if (core.isDigits) {
    const v = tokens[core.numberEnd - 1]!.value
    // "9 October", "9th of October", "October 9".
    if (next?.kind === 'word' && !next.gap && /^(st|nd|rd|th)$/.test(next.lower)) k++
    if (tokens[k]?.lower === 'of') k++
    const month = tokens[k]
    if (v >= 1 && v <= 31 && Number.isInteger(v) && month?.kind === 'word' && MONTHS.has(month.lower))
      return !(month.lower === 'may' && month.text === 'may')
    // "October 9", "March 2024"; not "In March 300 officers".
    const dayOrYear = Number.isInteger(v) && ((v >= 1 && v <= 31) || (v >= 1000 && v <= 2199))
    if (dayOrYear && prev?.kind === 'word' && MONTHS.has(prev.lower) && prev.text !== 'may') return true
    // "Nov. 8"; the second day of "November 1-2".
    const before = tokens[first - 2]
    if (prev?.text === '.' && before?.kind === 'word' && MONTHS.has(before.lower) && before.text !== 'may')
      return true
    if (prev && (prev.text === '-' || prev.text === '–') && before?.kind === 'num') {
      // "Sept. 20-24" has a full stop between.
      const month = tokens[first - 3]?.text === '.' ? tokens[first - 4] : tokens[first - 3]
      if (month?.kind === 'word' && MONTHS.has(month.lower) && month.text !== 'may') return true
    }
    // "10am", "10 pm", "10 a.m.", "9 o'clock".
    if (next?.kind === 'word' && TIME_OF_DAY.has(next.lower)) {
      if (next.lower === 'a' || next.lower === 'p')
        return tokens[k + 1]?.text === '.' && tokens[k + 2]?.lower === 'm'
      return true
    }
  } else if (next?.kind === 'word' && next.lower === "o'clock") return true
  return false
}

/** "three or four years", "20-24 hours": the first end of a range of durations. */
function isRangeOfDurations(tokens: readonly Token[], end: number): boolean {
  const link = tokens[end]
  const other = tokens[end + 1]
  if (!link || !other || !RANGE_LINKS.has(link.lower)) return false
  if (other.kind === 'num') return isDuration(tokens, end + 2)
  if (other.kind !== 'word' || !startsNumberWords(other.lower)) return false
  const words = readNumberWords(tokens, end + 1)
  return !!words && isDuration(tokens, words.end)
}

/** "three years", "a four day period", "six-month", "three full days": a length of time. */
function isDuration(tokens: readonly Token[], end: number): boolean {
  let k = end
  // "six and a half years".
  if (tokens[k]?.lower === 'and' && tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'half') k += 3
  if (tokens[k]?.text === '-' && !tokens[k]!.gap) k++
  const t = tokens[k]
  if (t?.kind !== 'word') return false
  if (TIME_UNITS.has(t.lower)) return true
  if (TIME_UNIT_FILLERS.has(t.lower)) {
    const u = tokens[k + 1]
    return !!u && u.kind === 'word' && TIME_UNITS.has(u.lower)
  }
  return false
}

function startsSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  if (!prev) return true
  if (prev.kind !== 'sym') return false
  return '.!?:;“"‘(•–—'.includes(prev.text)
}

/** Whether a token may start a quantity: worth calling `readQuantity` there. */
export function mayStartQuantity(t: Token, lex: QuantityLexicon): boolean {
  if (t.kind === 'num') return true
  if (t.kind === 'sym')
    return (
      t.text in CURRENCY_SYMBOLS ||
      lex.starters.has(t.text) ||
      t.text === '-' ||
      t.text === '−' ||
      t.text === '+'
    )
  return t.kind === 'word' && lex.starters.has(t.lower)
}
