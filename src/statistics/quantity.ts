import type { Qualifier } from '../model'
import { CHANGE_WORDS } from './change'
import type { PublisherCurrency } from './currency'
import { isAddress, isAfterName, isAgeAfterSuffix, isIdentifier, isServiceNumber } from './identifiers'
import {
  AGE_WORDS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  IDIOM_WORDS,
  LETTER_PREFIXES,
  MAGNITUDES,
  MONTHS,
  NAME_WORDS,
  NUMBERED_NAMES,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  type QualifierPhrase,
  TIME_OF_DAY,
  TIME_UNIT_FILLERS,
  TIME_UNITS,
  UNITS,
  type UnitWords,
  VAGUE_QUANTITIES,
  type VagueWords,
  WIRE_PREFIXES,
} from './lexicon'
import { type MoneyLexicon, readCurrencyAfter, readCurrencyPrefix } from './money'
import {
  FRACTION_WORDS,
  readNumberWords,
  SCALE_WORDS,
  SMALL_NUMBERS,
  startsNumberWords,
} from './number-words'
import { indexPhrases, matchPhrase, type PhraseIndex } from './phrases'
import { readProportion } from './proportions'
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

/** The lexicons a reader uses; options can extend units, the publisher fixes the dollar. */
export interface QuantityLexicon extends MoneyLexicon {
  readonly qualifiersBefore: PhraseIndex<QualifierPhrase>
  readonly qualifiersAfter: PhraseIndex<QualifierPhrase>
  readonly units: PhraseIndex<UnitWords>
  readonly vague: PhraseIndex<VagueWords>
  /** Lower-case words a quantity can start with; other words are skipped at once. */
  readonly starters: ReadonlySet<string>
}

/** Builds the lexicon indexes once. */
export function buildLexicon(
  currency: PublisherCurrency,
  extraUnits: readonly UnitWords[] = [],
): QuantityLexicon {
  return {
    ...currency,
    qualifiersBefore: indexPhrases(QUALIFIERS_BEFORE),
    qualifiersAfter: indexPhrases(QUALIFIERS_AFTER),
    units: indexPhrases([...UNITS, ...extraUnits.map((u) => ({ ...u, words: u.words.map(lower) }))]),
    currencyWords: indexPhrases(CURRENCY_WORDS),
    vague: indexPhrases(VAGUE_QUANTITIES),
    starters: new Set([
      ...QUALIFIERS_BEFORE.map((q) => q.words[0]!),
      ...VAGUE_QUANTITIES.map((v) => v.words[0]!),
      ...Object.keys(SMALL_NUMBERS),
      ...Object.keys(SCALE_WORDS),
      ...Object.keys(DOLLAR_PREFIXES),
      ...CURRENCY_CODES.map(lower),
      ...Object.keys(LETTER_PREFIXES).map(lower),
      ...Object.keys(WIRE_PREFIXES).map(lower),
      'r',
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
  // "one in five", "more than a third", "half of": a share, as a percentage.
  const proportion = readProportion(tokens, j, qualifier !== 'exact')
  if (proportion) {
    const { end, value } = proportion
    const rule = 'statistics/proportion'
    return {
      first: i,
      end,
      numberStart: j,
      numberEnd: end,
      value,
      unit: 'percent',
      qualifier,
      unitWritten: true,
      magnitude: 1,
      rule,
    }
  }
  // "over a tonne", "nearly a mile": one of a unit, bounded.
  if (qualifier !== 'exact' && (tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an')) {
    const u = readUnit(tokens, j + 1, lex, false)
    if (u && u.unit !== 'percent') {
      const rule = 'statistics/measure'
      return {
        first: i,
        end: u.end,
        numberStart: j,
        numberEnd: j + 1,
        value: 1,
        unit: u.unit,
        qualifier,
        unitWritten: true,
        magnitude: 1,
        rule,
      }
    }
  }
  // Currency written before the number: "£4.5m", "US$5", "NZ$ 300", "GBP 5m".
  let currency: string | null = null
  let factor = 1
  const prefix = readCurrencyPrefix(tokens, j, lex)
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
  // "four (4) cycles": the digits restate the words.
  if (
    !core.isDigits &&
    tokens[j]?.text === '(' &&
    tokens[j + 1]?.value === core.value &&
    tokens[j + 2]?.text === ')'
  )
    j += 3
  let value = core.value
  const magnitude = core.magnitude
  let unit = 'count'
  let unitWritten = currency !== null || magnitude !== 1
  if (!core.vague && isNotStatistic(tokens, i, numberStart, core, currency !== null, headline)) return null
  // Currency or unit written after the number: "5 million pounds", "60KG", "29 per cent".
  if (currency === null) {
    const after = readCurrencyAfter(tokens, j, lex, core.vague, core.magnitude > 1)
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
      // "five or more kilograms": the unit after the qualifier.
      const u = unitWritten ? null : readUnit(tokens, j, lex, false)
      if (u) {
        unit = u.unit
        j = u.end
        unitWritten = true
      }
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
    // "several hundred million pounds", "a few thousand million".
    const scaleToken = tokens[vague.end]
    const scale =
      scaleToken?.kind === 'word' && !vague.phrase.before ? SCALE_WORDS[scaleToken.lower] : undefined
    const scaled = scale !== undefined && scale >= 1e3 && vague.phrase.value < 1e6
    const end = scaled ? vague.end + 1 : vague.end
    return {
      value: scaled ? vague.phrase.value * scale : vague.phrase.value,
      end,
      numberEnd: end,
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
  if (
    m.phrase.attachedOnly &&
    (t.gap || !digits || (t.text.length === 1 && (t.text !== t.lower) !== !!m.phrase.capitalOnly))
  )
    return null
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
    if (!money && isServiceNumber(tokens, first, core.end)) return true
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
  // "three or four years"; not "a fine of $250,000 and 20 years".
  if (isDuration(tokens, core.end) || (!money && isRangeOfDurations(tokens, core.end))) return true
  if (isAge(tokens, first)) return true
  if (!money && core.isDigits && isIdentifier(tokens, first, start, core.end)) return true
  // "zero tolerance".
  const after = tokens[core.end]
  if (after?.kind === 'word' && IDIOM_WORDS.has(after.lower)) return true
  // "COVID-19", "COVID -19": a name word before the number, or before a hyphen glued to it.
  const hyphenated = tokens[start - 1]?.text === '-' && !t.gap && start - first <= 1
  const nameBefore = hyphenated ? tokens[start - 2] : first === start ? prev : undefined
  if (!money && nameBefore?.kind === 'word' && isNameWord(nameBefore)) return true
  // "the S&P 500", "FTSE 100 shares": an index named with its number.
  if (!money && prev?.kind === 'word' && first === start && NUMBERED_NAMES[prev.lower]?.includes(t.text))
    return true
  if (!money && first === start && isNumberedName(tokens, first, core.end, core.isDigits, headline))
    return true
  if (!money && first === start && core.isDigits && isAfterName(tokens, first, core.end)) return true
  if (!money && core.isDigits && isAgeAfterSuffix(tokens, first, core.end)) return true
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
  // "Only 20 of the 300": a word capitalised because it opens the sentence, and no name.
  if (SENTENCE_ADVERBS.has(prev.lower) && startsSentence(tokens, first - 1)) return false
  // "Operation Tarlac 2".
  const before = tokens[first - 2]?.lower
  if (before === 'operation' || before === 'op') return true
  const next = tokens[end]
  if (!next || next.lower === 'of' || isClauseBreak(next)) return true
  // "the S&P 500 rose", "iPhone 11 Pro", "Game 7 at": a model or an index, not a count.
  if (!digits || startsSentence(tokens, first - 1) || next.kind !== 'word') return false
  // "the Turbo Racer 2.4GHz toy": a capital glued to the digits is their unit, not a name going on.
  if (!next.gap && next.text.length > 1) return false
  // A headline capitalises every word: "Police Seize 300 Guns".
  return (
    (!headline && /^[A-Z]/.test(next.text)) || NAME_FOLLOWERS.has(next.lower) || next.lower in CHANGE_WORDS
  )
}

/** Words that open a sentence before a figure and are never part of a name. Keep sorted. */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'about',
  'all',
  'almost',
  'another',
  'around',
  'just',
  'nearly',
  'only',
  'over',
  'some',
])

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

const RANGE_LINKS: ReadonlySet<string> = new Set(['-', 'and', 'or', 'to', '–'])
/** Words between "aged" and its number: "aged between 18 and 25". Keep sorted. */
const AGE_LINKS: ReadonlySet<string> = new Set([
  ',',
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
    t.lower === 'model' ||
    t.lower === 's' ||
    t.lower === 'unit' ||
    t.lower === 'type' ||
    t.lower === 'title' ||
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
    // "(8-10 May)": the first day of a range of days.
    const link = tokens[k]
    if (v >= 1 && v <= 31 && (link?.text === '-' || link?.text === '–') && tokens[k + 1]?.kind === 'num') {
      const after = tokens[k + 2]
      if (tokens[k + 1]!.value <= 31 && after?.kind === 'word' && MONTHS.has(after.lower)) return true
    }
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
