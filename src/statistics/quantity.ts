import { YEAR_PREPOSITIONS } from '../dates/lexicon'
import type { Qualifier } from '../model'
import { isUnitlessAccelerationTest } from './acceleration'
import { countLooksLikeYear } from './date-filters'
import { isDuration } from './duration-filters'
import { gappedChange, isChangeWord } from './gapped'
import {
  CAUSE_BEFORE_OVER,
  CHANGE_WORDS,
  type Change,
  COMPARATIVES,
  CURRENCY_SYMBOLS,
  FRACTION_PARTS,
  IRREGULAR_PLURALS,
  LEVEL_VERBS,
  PARTICLE_BEFORE_OVER,
  RACE_NOUNS,
  RANGE_LINKS,
} from './lexicon'
import { DETERMINERS, isFunctionWord } from './measure-lexicon'
import { isModelNumber } from './models'
import { readCurrencyAfter, readCurrencyPrefix, readDollarMark } from './money'
import { movingVerbBefore } from './moved-object'
import { isFactorOf, readMultiplier, readMultiplierWord } from './multiplier'
import { isDispatchLog, isReferenceLetters, type NamesWithNumbers } from './name-filters'
import { isNotStatistic } from './not-statistic'
import { SMALL_NUMBERS, startsNumberWords } from './number-words'
import { readPartOfPercent } from './part-of-percent'
import { matchPhrase } from './phrases'
import { isPriceBase } from './price-base'
import { isSlashFraction, readProportion, slashFractionValue } from './proportions'
import type { QuantityLexicon } from './quantity-lexicon'
import { isOnePointOfRate, PERCENTAGE_POINT } from './rate-points'
import { readNumberCore } from './read-number'
import { readUnit, SCALE_UNITS } from './read-unit'
import { isPluralShaped, type Token } from './tokens'
import { isMoney } from './unit-kinds'

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
  magnitude: number
  rule: string
  /** The change the quantity's own word says ("doubled", "halved"), when it says one. */
  readonly change?: Change
}

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
  /** Names with a number the text writes elsewhere (`namesWithNumbers`). */
  names?: NamesWithNumbers,
): Quantity | null {
  let j = i
  let qualifier: Qualifier = 'exact'
  const q = matchPhrase(tokens, j, lex.qualifiersBefore)
  // "the rate ticked up to 5%", "inching back up to 4.8%": after a verb of change or motion, "up
  // to" reaches a level, it bounds nothing.
  // "pushed inflation up to 6.7%", "sent prices up to $120": after a verb that moved its object,
  // "up to" a rate or a price reaches the object's new level too; "sends pupils up to 20 miles"
  // bounds the distance.
  // "handed over 200 vehicles": "over" is the verb's particle, so it bounds nothing either.
  if (
    q &&
    !(
      q.phrase.qualifier === 'upTo' &&
      q.phrase.words[0] === 'up' &&
      (isLevelVerb(verbBeforeUp(tokens, j)) || isMovedToLevel(tokens, j, q.end, lex))
    ) &&
    !(q.phrase.words.length === 1 && q.phrase.words[0] === 'over' && isOverParticleVerb(tokens[j - 1]))
  ) {
    j = q.end
    qualifier = q.phrase.qualifier
  }
  const verbBound = j !== i && q?.phrase.verb === true
  // "must not exceed £500": the denied verb bounds the other way.
  if (verbBound && isNegation(tokens[i - 1])) qualifier = qualifier === 'over' ? 'upTo' : 'atLeast'
  const unqualified = j
  // "exceeded 2019 levels", "the best part of 2019": the qualifier leaves a year a year.
  const yearAsWritten = verbBound || (j !== i && q?.phrase.partOf === true)
  // "doubled", "fivefold", "twice as many": a multiplier in one word.
  const word = readMultiplierWord(tokens, j)
  if (word) {
    const times = word.unit === 'times'
    return {
      first: i,
      end: j + 1,
      numberStart: j,
      numberEnd: j + 1,
      value: word.value,
      unit: word.unit,
      qualifier,
      unitWritten: times,
      magnitude: 1,
      rule: times ? 'statistics/multiplier' : 'statistics/count-words',
      ...(word.change ? { change: word.change } : {}),
    }
  }
  // "over a tonne", "a kilogram of heroin", "half a kilo", "two and a half kilos": a part or a
  // whole of a unit, in words.
  const part = readUnitInWords(tokens, j, lex, qualifier !== 'exact')
  if (part) {
    const rule = 'statistics/measure'
    return {
      first: i,
      end: part.end,
      numberStart: j,
      numberEnd: part.numberEnd,
      value: part.value,
      unit: part.unit,
      qualifier,
      unitWritten: true,
      magnitude: 1,
      rule,
    }
  }
  // "1/2 pound of chocolate chips", "3/4 mile", "1/2 of a mile": a part of a unit, in digits.
  const slashed = readSlashedMeasure(tokens, j, lex)
  if (slashed) {
    const percent = slashed.unit === 'percent' || slashed.unit === 'percentage point'
    const rule = percent ? 'statistics/percent' : 'statistics/measure'
    return {
      first: i,
      end: slashed.end,
      numberStart: j,
      numberEnd: j + 1,
      value: slashed.value,
      unit: slashed.unit,
      qualifier,
      unitWritten: true,
      magnitude: 1,
      rule,
    }
  }
  // "less than one-half percent", "a quarter of a per cent": a part of one per cent.
  const ofPercent = readPartOfPercent(tokens, j)
  if (ofPercent) {
    return {
      first: i,
      end: ofPercent.end,
      numberStart: j,
      numberEnd: ofPercent.end,
      value: ofPercent.value,
      unit: ofPercent.unit,
      qualifier,
      unitWritten: true,
      magnitude: 1,
      rule: 'statistics/percent',
    }
  }
  // "one in five", "more than a third", "half of", "fell by a fifth": a share, as a percentage.
  const proportion = readProportion(tokens, j, qualifier !== 'exact' || isChangeBy(tokens, j))
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
  // Currency written before the number: "£4.5m", "US$5", "NZ$ 300", "GBP 5m".
  let currency: string | null = null
  let factor = 1
  const prefix = readCurrencyPrefix(tokens, j, lex)
  // "quoting CAD 1234", "log CAD 57": letters after a reference word are a log's name, not a currency.
  if (prefix && (isReferenceLetters(tokens, j) || isDispatchLog(tokens, j, lex.dollar))) return null
  // The serial of that log, read on its own.
  if (!prefix && j === i && isDispatchLog(tokens, j - 1, lex.dollar)) return null
  // A bare "$": the amount may mark its dollar after it ("$40 million USD").
  const bareDollar = prefix !== null && prefix.end === j + 1 && tokens[j]!.text === '$'
  if (prefix) {
    currency = prefix.code
    j = prefix.end
  }
  const signed = readSign(tokens, j)
  const sign = signed.sign
  j = signed.end
  const numberStart = j
  const core = readNumberCore(tokens, j, lex, currency !== null)
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
  // "a 5k race": kilometres run, not five thousand.
  const race = currency === null && core.isDigits && isRaceDistance(tokens, core.numberEnd, core.end)
  let value = race ? tokens[numberStart]!.value : core.value
  const magnitude = race ? 1 : core.magnitude
  let unit = 'count'
  let unitWritten = currency !== null || magnitude !== 1
  const moneyAfter =
    currency === null && !race && readCurrencyAfter(tokens, j, lex, core.vague, core.magnitude > 1) !== null
  if (
    !core.vague &&
    isNotStatistic(tokens, i, numberStart, core, currency !== null, headline, names, moneyAfter)
  )
    return null
  // "accelerates 0-60 in 3.2 seconds": a test's speeds without their unit measure nothing written.
  if (currency === null && core.isDigits && isUnitlessAccelerationTest(tokens, numberStart, core.end, lex))
    return null
  const mark = bareDollar ? readDollarMark(tokens, j) : null
  if (mark) {
    currency = mark.code
    j = mark.end
  }
  // Currency or unit written after the number: "5 million pounds", "60KG", "29 per cent".
  if (currency === null && !race) {
    const after = readCurrencyAfter(tokens, j, lex, core.vague, core.magnitude > 1)
    if (after) {
      currency = after.code
      factor = after.factor
      j = after.end
    }
  }
  const times =
    currency !== null || race
      ? null
      : (readMultiplier(tokens, j) ?? (isFactorOf(tokens, numberStart) ? j : null))
  if (times !== null) {
    unit = 'times'
    j = times
    unitWritten = true
  } else if (race) {
    unit = 'km'
    unitWritten = true
  } else if (currency === null) {
    // "hundreds of kilos", "weighs thousands of pounds": a vague amount takes "of" before its unit.
    const u =
      readUnit(tokens, j, lex, core.isDigits, headline) ?? (core.vague ? vagueUnit(tokens, j, lex) : null)
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
  // "a magnitude 6.1 earthquake", "of magnitude 5.2": a scale named before its reading.
  const scaleBefore =
    unit === 'count' && i === numberStart && core.isDigits && magnitude === 1 && isScaleBefore(tokens[i - 1])
  if (scaleBefore) {
    unit = tokens[i - 1]!.lower
    unitWritten = true
  }
  // "up one point to 41 per cent": a one that a share moved by is a figure.
  const onePoint = unit === 'count' && qualifier === 'exact' && isOnePointOfRate(tokens, numberStart, j, lex)
  if (core.loneOne && unit === 'count' && !onePoint) return null
  // "two new 737 Max jets", "Boeing's own 787 Dreamliner", "1099 forms": a model or a form.
  if (
    unit === 'count' &&
    i === numberStart &&
    sign === 1 &&
    core.isDigits &&
    magnitude === 1 &&
    isModelNumber(tokens, numberStart, j, headline)
  )
    return null
  // "1 man and 1 woman", "1 abstention": the number one in digits is a single thing, as "one" is.
  if (
    unit === 'count' &&
    qualifier === 'exact' &&
    sign === 1 &&
    !onePoint &&
    isLoneOneDigit(tokens, numberStart, j, value)
  )
    return null
  // "1.500 officers": a count of things is whole, so the stop groups thousands, as much of Europe writes it.
  if (unit === 'count' && magnitude === 1 && groupsThousands(tokens, numberStart, j)) value *= 1000
  if (
    unit === 'count' &&
    core.isDigits &&
    countLooksLikeYear(tokens, numberStart, core, yearAsWritten ? 'exact' : qualifier, j) &&
    !rangeToCount(tokens, numberStart, j)
  )
    return null
  const post = matchPhrase(tokens, j, lex.qualifiersAfter)
  if (post && !core.vague) {
    const plus = tokens[j]
    // "500+" or "500-plus" only when glued to the number; "or more" anywhere.
    if (
      plus &&
      (plus.lower === 'or' || (plus.lower === 'plus' && !addsAfter(tokens, post.end, unit)) || !plus.gap)
    ) {
      // "Around 300-plus people", "over 200+ calls": the words before the number keep their
      // qualifier, and the mark after it is read with the number.
      if (qualifier === 'exact') qualifier = post.phrase.qualifier
      j = post.end
      // "20-odd years", "five or more years": a length of time, the date parser's.
      if (unit === 'count' && isDuration(tokens, j)) return null
      // "five or more kilograms": the unit after the qualifier.
      const u = unitWritten ? null : readUnit(tokens, j, lex, false, headline)
      if (u) {
        unit = u.unit
        j = u.end
        unitWritten = true
      }
    }
  }
  if (core.vague) qualifier = 'vague'
  if (!Number.isFinite(value)) return null
  // "Man jailed over £1m fraud": "over" gives the cause, and the figure is exact.
  let first = scaleBefore ? i - 1 : i
  if (qualifier === 'over' && unit !== 'count' && isCauseOver(tokens, i, unqualified, j)) {
    first = unqualified
    qualifier = 'exact'
  }
  value = round(sign * value * factor)
  // "5 degrees below freezing": so far under 0 °C.
  if (unit === 'celsius' && tokens[j - 2]?.lower === 'below') value = -value
  const rule = core.vague
    ? 'statistics/vague'
    : currency
      ? 'statistics/money'
      : unit === 'percent' || unit === 'percentage point'
        ? 'statistics/percent'
        : unit === 'times'
          ? 'statistics/multiplier'
          : unit !== 'count'
            ? 'statistics/measure'
            : core.isDigits
              ? 'statistics/count-digits'
              : 'statistics/count-words'
  return {
    first,
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

/** "not", "never", "cannot", "doesn't": a word that denies the verb after it. */
function isNegation(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false
  return t.lower === 'not' || t.lower === 'never' || t.lower === 'cannot' || /n['’]t$/.test(t.lower)
}

/**
 * "a 5k race", "the 10K fun run": a "k" glued to the digits, before a race, is kilometres. `k` is
 * the magnitude's token, `end` the token after it.
 */
function isRaceDistance(tokens: readonly Token[], k: number, end: number): boolean {
  const magnitude = tokens[k]
  if (end !== k + 1 || magnitude?.lower !== 'k' || magnitude.gap) return false
  const next = tokens[end]
  if (next?.kind !== 'word') return false
  return RACE_NOUNS.has(next.lower) || RACE_NOUNS.has(tokens[end + 1]?.lower ?? '')
}

/**
 * "1.500 officers", "2.300 arrests", "1.500 police officers", "between 1.500 and 2.000 officers":
 * digits with one full stop and three digits after it, before a plural noun, cannot count 1.5 of
 * them. Not "2.500 kg" (a weight may have a part) nor "0.125", nor "1.5 officers" (an average).
 */
function groupsThousands(tokens: readonly Token[], start: number, end: number): boolean {
  if (end !== start + 1 || !isStopGrouped(tokens[start])) return false
  const next = tokens[end]
  // The first end of a range: "between 1.500 and 2.000 officers".
  if (next && RANGE_LINKS.has(next.lower) && isStopGrouped(tokens[end + 1]))
    return countsNext(tokens, end + 2)
  return countsNext(tokens, end)
}

function isStopGrouped(t: Token | undefined): boolean {
  return t?.kind === 'num' && /^[1-9]\d{0,2}\.\d{3}$/.test(t.text)
}

/** A plural noun at `tokens[k]`, or after one lower-case word: "officers", "police officers". */
function countsNext(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < k + 2; n++) {
    const t = tokens[n]
    if (t?.kind !== 'word' || !t.gap || t.text !== t.lower) return false
    if (isPluralShaped(t.lower) || IRREGULAR_PLURALS.has(t.lower)) return true
    if (isFunctionWord(t.lower)) return false
  }
  return false
}

/**
 * "jailed over £1m fraud", "charged over 40kg cannabis haul", "charges 14 people over $3.2m drug
 * syndicate": a bare "over" after a word of
 * arrest or trial, before a sum or a weight that names a noun after it, gives the cause. Not
 * "seized over £1m", "jailed for over 10 years" or "arrested over 200 people" (a count).
 */
function isCauseOver(tokens: readonly Token[], i: number, unqualified: number, end: number): boolean {
  if (tokens[i]?.lower !== 'over' || unqualified !== i + 1 || !causeBefore(tokens, i)) return false
  const next = tokens[end]
  return next?.kind === 'word' && !isFunctionWord(next.lower)
}

/**
 * The digit 1 alone: not the end of a range ("1 to 3 victims", "between 1 and 5", "1-2"), nor the
 * size of a change ("decreased by 1").
 */
function isLoneOneDigit(tokens: readonly Token[], start: number, end: number, value: number): boolean {
  if (value !== 1 || end !== start + 1 || tokens[start]!.text !== '1') return false
  if (tokens[start - 1]?.lower === 'by') return false
  const second = RANGE_LINKS.has(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.kind === 'num'
  return !second && !RANGE_LINKS.has(tokens[end]?.lower ?? '')
}

/** How many words of a verb's object may stand between it and "over": "charges 14 people over". */
const OBJECT_REACH = 3

/**
 * A word of arrest or trial before "over" at `tokens[i]`, right before it or before its short
 * object: "jailed over", "charges 14 people over", "arrested a man over".
 */
function causeBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 1 - OBJECT_REACH; k--) {
    const t = tokens[k]!
    if (t.kind === 'word' && CAUSE_BEFORE_OVER.has(t.lower)) return true
    const article = t.lower === 'a' || t.lower === 'an' || t.lower === 'the'
    if (t.kind !== 'num' && (t.kind !== 'word' || (!article && isFunctionWord(t.lower)))) return false
  }
  return false
}

/**
 * One of a unit or a part of it, written in words, from `tokens[j]`: "a tonne" (bounded, as in
 * "over a tonne", or before "of": "a kilogram of heroin"), "half a kilo", "two and a half kilos",
 * "2 and a half tonnes", "a tonne and a half". Not a percentage: "a percentage of" is no figure.
 */
function readUnitInWords(
  tokens: readonly Token[],
  j: number,
  lex: QuantityLexicon,
  bounded: boolean,
): { value: number; numberEnd: number; end: number; unit: string } | null {
  const t = tokens[j]
  if (!t) return null
  let value: number
  // The token where the unit is written.
  let unitStart: number
  if (isArticle(t)) {
    value = 1
    unitStart = j + 1
  } else if (t.lower === 'half' && isArticle(tokens[j + 1])) {
    value = 0.5
    unitStart = j + 2
  } else {
    const whole = t.kind === 'num' ? t.value : t.kind === 'word' ? SMALL_NUMBERS[t.lower] : undefined
    const andAHalf =
      tokens[j + 1]?.lower === 'and' && isArticle(tokens[j + 2]) && tokens[j + 3]?.lower === 'half'
    if (whole === undefined || !Number.isInteger(whole) || whole < 1 || !andAHalf) return null
    value = whole + 0.5
    unitStart = j + 4
  }
  const u = readUnit(tokens, unitStart, lex, false)
  if (!u || u.unit === 'percent' || u.unit === 'percentage point') return null
  let end = u.end
  // "a tonne and a half", "a kilo and a half of heroin": the half written after the unit.
  if (
    value === 1 &&
    tokens[end]?.lower === 'and' &&
    isArticle(tokens[end + 1]) &&
    tokens[end + 2]?.lower === 'half' &&
    // Not "a kilogram and a half-empty bottle", "a tonne and half a dozen rifles".
    !(tokens[end + 3]?.text === '-' && !tokens[end + 3]!.gap) &&
    !startsNumberWords(tokens[end + 3]?.lower ?? '')
  ) {
    value = 1.5
    end += 3
  }
  // "a mile away" is a distance in passing; "a kilogram of heroin" weighs something.
  if (value === 1 && !bounded && tokens[end]?.lower !== 'of') return null
  // "the price of a litre of petrol": the unit a price is quoted for measures nothing.
  if (value === 1 && !bounded && isPriceBase(tokens, j, end)) return null
  return { value, numberEnd: unitStart, end, unit: u.unit }
}

/**
 * A fraction in digits before a unit of measure, or "of a" unit: "1/2 pound", "1/4 kilogram",
 * "1/2 of a mile". Alone ("24/7", "2/3 of the force") a fraction is no measure.
 */
function readSlashedMeasure(
  tokens: readonly Token[],
  j: number,
  lex: QuantityLexicon,
): { value: number; end: number; unit: string } | null {
  const value = slashFractionValue(tokens[j], true)
  if (value === null) return null
  const unitStart = tokens[j + 1]?.lower === 'of' && isArticle(tokens[j + 2]) ? j + 3 : j + 1
  const u = readUnit(tokens, unitStart, lex, false)
  return u ? { value: round(value), end: u.end, unit: u.unit } : null
}

function isArticle(t: Token | undefined): boolean {
  return t?.lower === 'a' || t?.lower === 'an'
}

/** A verb whose particle is "over" ("handed", "turned"): the "over" after it is no bound. */
function isOverParticleVerb(t: Token | undefined): boolean {
  return t?.kind === 'word' && PARTICLE_BEFORE_OVER.has(t.lower)
}

/** After a verb of change ("rose", "ticked"), "up to" reaches a level: it bounds nothing. */
function isLevelVerb(t: Token | undefined): boolean {
  return t?.kind === 'word' && (LEVEL_VERBS.has(t.lower) || t.lower in CHANGE_WORDS)
}

/**
 * Whether the "up to" at `up` follows a verb that moved its object and comes before a rate, a
 * price or a bare count at `at`: "pushed inflation up to 6.7%", "sent oil prices up to $120",
 * "pushed unemployment up to 3.2 million". Not a distance ("sends pupils up to 20 miles") nor a figure a
 * comparative or "times" follows: "could push prices up to 10% higher".
 */
function isMovedToLevel(tokens: readonly Token[], up: number, at: number, lex: QuantityLexicon): boolean {
  if (movingVerbBefore(tokens, up) === null) return false
  if (readCurrencyPrefix(tokens, at, lex) !== null) return true
  if (tokens[at]?.kind !== 'num') return false
  const core = readNumberCore(tokens, at, lex, false)
  if (core === null) return false
  const unit = readUnit(tokens, core.end, lex, true)
  const after = tokens[unit?.end ?? core.end]?.lower ?? ''
  // "could push prices up to 10% higher": a comparative after it makes the figure a change, bounded.
  if (after in COMPARATIVES || after === 'times') return false
  // "pushed unemployment up to 3.2 million.": a count with no noun of its own; "sends families up
  // to 200 letters" counts what was sent, up to a bound.
  if (unit === null) return tokens[core.end]?.kind !== 'word' || isFunctionWord(tokens[core.end]!.lower)
  return unit.unit === 'percent' || unit.unit === PERCENTAGE_POINT
}

/** The verb before "up to" at `j`, past "back": "inching back up to 4.8 percent". */
function verbBeforeUp(tokens: readonly Token[], j: number): Token | undefined {
  return tokens[j - 1]?.lower === 'back' ? tokens[j - 2] : tokens[j - 1]
}

/** The value to 12 significant digits, so "4.1m" is 4100000, not 4099999.999999999. */
function round(value: number): number {
  // Whole numbers of up to 12 digits are unchanged by it: skip the string round trip, the common case.
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value
  return Number.parseFloat(value.toPrecision(12))
}

/** A sign before the number: "+5" or "-3" glued to the digits, "minus 130", "minus-130 degrees". */
function readSign(tokens: readonly Token[], j: number): { sign: number; end: number } {
  const signToken = tokens[j]
  if (signToken && isSign(signToken) && tokens[j + 1]?.kind === 'num' && !tokens[j + 1]!.gap) {
    const before = tokens[j - 1]
    // "-5" apart from what stands before, or after "(": a sign; "COVID-19", "3-5" and "5%-10%" are
    // glued hyphens.
    if (signToken.gap || !before || (before.kind === 'sym' && before.text !== '%'))
      return { sign: signToken.text === '+' ? 1 : -1, end: j + 1 }
  } else if (signToken?.kind === 'word' && (signToken.lower === 'minus' || signToken.lower === 'negative')) {
    const next = tokens[j + 1]
    // "minus-130 degrees Fahrenheit".
    const glued = next?.text === '-' && !next.gap ? 1 : 0
    const after = tokens[j + 1 + glued]
    if (after && (after.kind === 'num' || (after.kind === 'word' && startsNumberWords(after.lower))))
      return { sign: -1, end: j + 1 + glued }
  }
  return { sign: 1, end: j }
}

function isSign(t: Token): boolean {
  return t.kind === 'sym' && (t.text === '-' || t.text === '−' || t.text === '+')
}

/** Whether a token may start a quantity: worth calling `readQuantity` there. */
export function mayStartQuantity(t: Token, lex: QuantityLexicon): boolean {
  if (t.kind === 'num' || isSlashFraction(t)) return true
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

/**
 * "fell by a fifth", "cut by half": a share right after "by" and a verb of change, or "of" and a
 * noun of change ("a fall of a third"), is the size of the change. Not "stabbed by a third man": the verb must be one of change, written before "by"
 * or before the first of two changes that share it.
 */
function isChangeBy(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1]?.lower
  if (prev === 'up' || prev === 'down') return isShareAfterParticle(tokens, j)
  // "a fall of a third", "a rise of a quarter in thefts": a noun of change and "of" before the
  // share, which closes its clause or meets a word of comparison as after "up" or "down".
  if (prev === 'of') return isChangeWord(tokens[j - 2]) && isShareAfterParticle(tokens, j)
  if (prev !== 'by') return false
  return isChangeWord(tokens[j - 2]) || gappedChange(tokens, j) !== null
}

/**
 * "Robberies were down a fifth", "up a third on last year": after "up" or "down" a share closing
 * its clause, or before a word of comparison, is the size of a change. Not "stepped up a third
 * time": a noun after the share makes it an ordinal.
 */
function isShareAfterParticle(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    const t = tokens[k]
    if (t?.kind !== 'word') return false
    if (t.lower !== 'half' && !(t.lower in FRACTION_PARTS)) continue
    const next = tokens[k + 1]
    return next?.kind !== 'word' || AFTER_SHARE_OF_CHANGE.has(next.lower)
  }
  return false
}

/** Words of comparison after a change: "down a third on last year", "up half since 2019". */
const AFTER_SHARE_OF_CHANGE: ReadonlySet<string> = new Set([
  'against',
  'compared',
  'from',
  'in',
  'on',
  'over',
  'since',
  'year',
])

/**
 * "about 2000 - 2500 calories", "1500 to 3000 people": a range whose second end is no year
 * ("2500", "3,000") makes its first end a count too. Not "from 1,200 in 2022 to 1,450": after
 * a preposition of time the number is a year, and the range runs past it.
 */
function rangeToCount(tokens: readonly Token[], start: number, j: number): boolean {
  const link = tokens[j]?.lower
  const second = tokens[j + 1]
  if ((link !== '-' && link !== '–' && link !== 'to') || second?.kind !== 'num') return false
  if (YEAR_AFTER.has(tokens[start - 1]?.lower ?? '')) return false
  // Not "2001-02" or "2018 to 2022": a year's second end is a year or its last digits.
  return second.value > 2199 || second.text.includes(',')
}

/** Prepositions that put a year after them: "in 2022", "since 2019". */
const YEAR_AFTER: ReadonlySet<string> = new Set(YEAR_PREPOSITIONS)

/** The unit of a vague amount after its "of", written as a word: "hundreds of kilos", "thousands of tonnes". */
function vagueUnit(
  tokens: readonly Token[],
  j: number,
  lex: QuantityLexicon,
): { unit: string; end: number } | null {
  if (tokens[j]?.lower !== 'of' || (tokens[j + 1]?.lower.length ?? 0) < 3) return null
  return readUnit(tokens, j + 1, lex, false)
}

/**
 * "fined £1.5 million plus costs", "£500 plus £85 costs", "20 plus 5": a spaced "plus" before a
 * figure, an article or, after money, any word adds another amount; it is no bound ("500 plus
 * officers", "crowds of 10,000 plus").
 */
function addsAfter(tokens: readonly Token[], k: number, unit: string): boolean {
  const next = tokens[k]
  if (next === undefined) return false
  if (next.kind === 'num' || (next.kind === 'sym' && next.text in CURRENCY_SYMBOLS)) return true
  if (next.kind !== 'word') return false
  return isMoney(unit) || DETERMINERS.has(next.lower) || next.lower in SMALL_NUMBERS
}

/** "magnitude" in lower case before digits: the scale they are read on. */
function isScaleBefore(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.text === t.lower && SCALE_UNITS.has(t.lower)
}
