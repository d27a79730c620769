import { CHANGE_BY_VERBS, CHANGE_WORDS, IRREGULAR_PLURALS, POINT_DIFFERENCES } from './lexicon'
import { movingVerbBefore } from './moved-object'
import { SMALL_NUMBERS } from './number-words'
import { matchPhrase } from './phrases'
import type { QuantityLexicon } from './quantity-lexicon'
import { isPluralShaped, type Token } from './tokens'

/**
 * The unit of measure written at `tokens[j]`, after a number: "60KG", "10,000 miles", "29 per
 * cent", "a 6.1-inch display". `digits` says whether the number was written in digits, which
 * one-letter units must be glued to ("5g"); in a `headline` a capitalised unit is a unit ("50 Pounds
 * of Fentanyl"). Returns the unit and the token after it, or null.
 */
export function readUnit(
  tokens: readonly Token[],
  j: number,
  lex: QuantityLexicon,
  digits: boolean,
  headline = false,
): { unit: string; end: number } | null {
  let k = j
  // "a 6.1-inch display", "a 2.4-litre engine": the unit glued on by a hyphen.
  if (tokens[k]?.text === '-' && !tokens[k]!.gap && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.gap) k++
  const t = tokens[k]
  if (!t) return isBareInches(tokens, j) ? { unit: 'inch', end: j } : null
  // "5 ft 10 in", "6 feet 2 in": "in" after the feet of a height is its inches, no preposition.
  // "5 ft. 10 in.": after a full stop only when "in" is dotted too or "tall" follows.
  if (
    (t.lower === 'in' || t.lower === 'ins') &&
    digits &&
    (isAfterFeet(tokens, j - 1) || (isAfterDottedFeet(tokens, j - 1) && isDottedInches(tokens, k)))
  )
    return { unit: 'inch', end: k + 1 }
  // "8in of snow", "a 12in pipe": "in" glued to digits is inches; "1in5" is a proportion.
  if (
    t.lower === 'in' &&
    digits &&
    k === j &&
    !t.gap &&
    !(tokens[k + 1]?.kind === 'num' && !tokens[k + 1]!.gap)
  )
    return { unit: 'inch', end: k + 1 }
  // "5’10”", "5'10\"": a height's feet and inches in marks.
  if (k === j && digits && isFootMark(tokens, j)) return { unit: 'ft', end: j + 1 }
  if (k === j && digits && isInchMark(tokens, j)) return { unit: 'inch', end: j + 1 }
  // "a 10-point lead", "a 5 point swing": points of a poll or an index, before the difference.
  if (t.lower === 'point' && POINT_DIFFERENCES.has(tokens[k + 1]?.lower ?? ''))
    return { unit: 'point', end: k + 1 }
  // "The FTSE 100 fell 30 points", "the Dow was up 190 points": the points a verb of change moved
  // an index by are its unit, as in "a 10-point fall"; "scored 30 points" counts them.
  if (
    (t.lower === 'points' || t.lower === 'point') &&
    k === j &&
    digits &&
    (movedBy(tokens, j - 1) || closedApart(tokens, j - 1))
  )
    return { unit: 'point', end: k + 1 }
  const m = matchPhrase(tokens, k, lex.units)
  // "2,500m2", "800 m2": the 2 of a square is glued to its unit; "800 m 2 times" is no area.
  if (m && m.phrase.words.at(-1) === '2' && tokens[m.end - 1]!.gap) return null
  // "5ft 10", "six foot two": a number after the feet of a height is its inches, unit unwritten.
  if (!m) return k === j && isBareInches(tokens, j) ? { unit: 'inch', end: j } : null
  // "a 4.5 magnitude earthquake": a reading on a scale is written in digits ("two magnitude
  // estimates" counts estimates).
  if (!digits && SCALE_UNITS.has(m.phrase.unit)) return null
  // "a 50-percent rise", "a 12-per-cent fall"; not "5-percentage", which no one writes for a share.
  if (k > j && m.phrase.words.length === 1 && m.phrase.words[0] === 'percentage') return null
  // "5G" is a generation, "5g" five grams; "256GB" is fine in capitals. Apart from the digits
  // only before "of": "500 g of heroin", "1.5 t of hashish".
  const apart = t.gap && tokens[m.end]?.lower !== 'of'
  if (
    m.phrase.attachedOnly &&
    (apart || !digits || (t.text.length === 1 && (t.text !== t.lower) !== !!m.phrase.capitalOnly))
  )
    return null
  // "25bps", "230 bp": basis points are abbreviated in lower case; "300 BP stations" names a firm.
  if (LOWER_CASE_ONLY.has(t.lower) && t.text !== t.lower) return null
  // "during 2016 Stone spoke": a capitalised word apart is a name, not "stone" or "miles" ("2.4Ghz"
  // is glued). A headline capitalises every word.
  if (
    !headline &&
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

/** Abbreviations of units read only in lower case: in capitals they are names. Keep sorted. */
const LOWER_CASE_ONLY: ReadonlySet<string> = new Set(['bp', 'bps'])

/** Units of a scale with no quantity behind it, read only after digits. */
export const SCALE_UNITS: ReadonlySet<string> = new Set(['magnitude'])

/** Words of feet, before the inches of a height. */
const FEET = new Set(['feet', 'foot', 'ft'])
/** Marks of feet and of inches after digits: "5’10”", "5'10\"", "5′10″". */
const FOOT_MARKS = new Set(['’', "'", '′'])
const INCH_MARKS = new Set(['”', '"', '″'])

/**
 * Whether the number at `tokens[at]` follows feet written after a number: "5 ft 10", "6 feet 2",
 * "5ft10", "5-foot-10". Not after a stop: "it fell 5 ft. 10 in all were hurt".
 */
function isAfterFeet(tokens: readonly Token[], at: number): boolean {
  const link = tokens[at - 1]
  const linked = link?.text === '-' && !link.gap && !tokens[at]!.gap
  return isFeetOfHeight(tokens, linked ? at - 2 : at - 1)
}

/** Whether the number at `tokens[at]` is the inches of a height: "5ft10in", "5-foot-10", "5’10”". */
export function followsFeet(tokens: readonly Token[], at: number): boolean {
  return isAfterFeet(tokens, at) || (tokens[at - 2]?.kind === 'num' && isFootMark(tokens, at - 1))
}

/**
 * Whether the number at `tokens[at]` follows "ft." after a number: "5 ft. 10 in.", as US releases
 * abbreviate. The stop may also end a sentence, so the inches must say so (`isDottedInches`).
 */
function isAfterDottedFeet(tokens: readonly Token[], at: number): boolean {
  const stop = tokens[at - 1]
  return (
    stop?.text === '.' &&
    !stop.gap &&
    tokens[at]?.gap === true &&
    tokens[at - 2]?.lower === 'ft' &&
    isFeetOfHeight(tokens, at - 2) &&
    isInches(tokens[at])
  )
}

/**
 * Whether `tokens[k]` is the unit of inches written so no sentence can start before it: "in." or
 * "ins." with their stop, or "in" before "tall" ("6 ft. 2 in. tall", "5 ft. 10 in tall"); not
 * "5 ft. 10 in all".
 */
function isDottedInches(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (t?.kind !== 'word' || (t.lower !== 'in' && t.lower !== 'ins') || !t.gap) return false
  const next = tokens[k + 1]
  return (next?.text === '.' && !next.gap) || next?.lower === 'tall'
}

/**
 * Whether `tokens[k]` is a word of feet after a number, in digits or words, or glued to it by a
 * hyphen: "5 ft", "5ft", "six foot", "5-foot".
 */
export function isFeetOfHeight(tokens: readonly Token[], k: number): boolean {
  const feet = tokens[k]
  if (feet?.kind !== 'word' || !FEET.has(feet.lower)) return false
  const n = tokens[k - 1]?.text === '-' && !tokens[k - 1]!.gap ? k - 2 : k - 1
  const number = tokens[n]
  return number?.kind === 'num' || (number?.kind === 'word' && SMALL_NUMBERS[number.lower] !== undefined)
}

/** Inches are a whole number below twelve. */
function isInches(t: Token | undefined): boolean {
  const value = t?.kind === 'num' ? t.value : t?.kind === 'word' ? SMALL_NUMBERS[t.lower] : undefined
  return value !== undefined && Number.isInteger(value) && value >= 0 && value < 12
}

/** "5’10”": a foot mark glued to the digits at `tokens[at - 1]`, then inches and their mark. */
function isFootMark(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at]
  const inchMark = tokens[at + 2]
  return (
    mark !== undefined &&
    FOOT_MARKS.has(mark.text) &&
    !mark.gap &&
    isInches(tokens[at + 1]) &&
    tokens[at + 1]!.kind === 'num' &&
    INCH_MARKS.has(inchMark?.text ?? '') &&
    !inchMark!.gap
  )
}

/** "5’10”": an inch mark glued to the digits at `tokens[at - 1]`, after a foot mark and its digits. */
function isInchMark(tokens: readonly Token[], at: number): boolean {
  return INCH_MARKS.has(tokens[at]!.text) && !tokens[at]!.gap && isFootMark(tokens, at - 2)
}

/**
 * "5ft 10", "six foot two", "5-foot-10": a whole number below twelve right after the feet of a
 * height, with no unit, is its inches; not before a plural noun ("6ft 2 men") or a number.
 */
function isBareInches(tokens: readonly Token[], j: number): boolean {
  if (!isInches(tokens[j - 1]) || !isAfterFeet(tokens, j - 1)) return false
  const next = tokens[j]
  if (next?.kind === 'num') return false
  return !(
    next?.kind === 'word' &&
    next.text === next.lower &&
    (isPluralShaped(next.lower) || IRREGULAR_PLURALS.has(next.lower))
  )
}

/**
 * Whether a word of change moves the figure at `tokens[at]`: "fell 30", "rose by 64.06", "was up
 * 190", "closed down 45". "up" after another verb makes a verb of getting: "picked up 12 points".
 */
function movedBy(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]
  if (before?.kind !== 'word') return false
  const verb = tokens[at - 2]
  if (before.lower === 'by') return changedBefore(tokens, at - 2)
  if (before.lower !== 'up' && before.lower !== 'down') return before.lower in CHANGE_WORDS
  // "pushed mortgage rates down 0.5 points": the particle after a verb's object moved it.
  return (
    verb?.kind !== 'word' ||
    verb.lower in CHANGE_WORDS ||
    MARKET_VERBS_BEFORE_PARTICLE.has(verb.lower) ||
    movingVerbBefore(tokens, at - 1) !== null
  )
}

/** How many words the object of a verb of change may run before its "by": "interest rates". */
const OBJECT_REACH = 4

/**
 * Whether a verb of change stands at `tokens[k]` or a few words before it, past its object, with
 * only words between: "rose by", "cut interest rates by", "raised the cash rate by".
 */
function changedBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= 0 && k - j <= OBJECT_REACH; j--) {
    const t = tokens[j]!
    if (t.kind !== 'word') return false
    if (t.lower in CHANGE_WORDS || t.lower in CHANGE_BY_VERBS) return true
  }
  return false
}

/** Words after the points that say which way they moved: "closed 45 points lower", "2 points higher at 65%". Keep sorted. */
export const POINT_DIRECTIONS: ReadonlySet<string> = new Set(['higher', 'lower'])

/**
 * Whether the number at `tokens[at]`, before its points, follows a market's verb and has a
 * direction after them: "closed 45 points lower", "ended 12 points higher".
 */
function closedApart(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at - 1]
  return (
    verb?.kind === 'word' &&
    MARKET_VERBS_BEFORE_PARTICLE.has(verb.lower) &&
    POINT_DIRECTIONS.has(tokens[at + 2]?.lower ?? '')
  )
}

/** Verbs before "up" or "down" that say where a market moved: "was up 190", "closed down 45". Keep sorted. */
const MARKET_VERBS_BEFORE_PARTICLE: ReadonlySet<string> = new Set([
  'are',
  'closed',
  'ended',
  'finished',
  'is',
  'opened',
  'traded',
  'was',
  'were',
])
