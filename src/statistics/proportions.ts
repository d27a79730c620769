import { isHalfHourClock } from './date-filters'
import { AFTER_HALF, FRACTION_PARTS, NOT_BEFORE_HALF, TIME_UNITS } from './lexicon'
import { SMALL_NUMBERS } from './number-words'
import type { Token } from './tokens'

/** A proportion read as a percentage: "one in five" is 20, "a third" 33.33, "half" 50. */
export interface Proportion {
  /** The percentage, to two decimals. */
  readonly value: number
  /** Token after the proportion. */
  readonly end: number
}

/**
 * Reads a proportion at `tokens[i]`: "one in five", "one in every five", "one out of three", "one of every four",
 * "1 in 4", "a third of", "two-thirds of", "three quarters of", "half of", "half the". A bare
 * fraction only counts with "of" after it or a qualifier before it ("more than a third (159)",
 * "almost half"): "a third party", "half an hour" and "the second half" are not proportions.
 *
 * @example
 * readProportion(tokenize('one in five incidents'), 0, false)
 * //=> { value: 20, end: 3 }
 */
export function readProportion(tokens: readonly Token[], i: number, qualified: boolean): Proportion | null {
  return readOneIn(tokens, i) ?? readFractionOf(tokens, i, qualified) ?? readSlashFraction(tokens, i)
}

/** "2/3 of respondents", "3/4 of the force": a fraction in digits, then "of". */
const SLASH_FRACTION = /^([1-9])\/([1-9]\d?)$/
/** The denominators of such fractions: "9/11" and "24/7" name other things. */
const DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 8, 10])

/** Whether a token may open a fraction in digits ("2/3"), which the tokeniser reads as one run. */
export function isSlashFraction(t: Token): boolean {
  return t.kind === 'skip' && SLASH_FRACTION.test(t.text)
}

/** Denominators of a part of a unit: "1/16 inch", "1/32 ounce" besides the shares' own. */
const UNIT_DENOMINATORS: ReadonlySet<number> = new Set([...DENOMINATORS, 16, 32, 64])

/**
 * The value of a proper fraction in digits at `t` ("1/2" is 0.5), or null. `ofUnit` says a unit
 * follows, which allows the finer parts of an inch or an ounce.
 */
export function slashFractionValue(t: Token | undefined, ofUnit: boolean): number | null {
  const m = t && isSlashFraction(t) ? SLASH_FRACTION.exec(t.text) : null
  if (!m) return null
  const top = Number(m[1])
  const bottom = Number(m[2])
  if (top >= bottom || !(ofUnit ? UNIT_DENOMINATORS : DENOMINATORS).has(bottom)) return null
  return top / bottom
}

function readSlashFraction(tokens: readonly Token[], i: number): Proportion | null {
  if (tokens[i + 1]?.lower !== 'of') return null
  const share = slashFractionValue(tokens[i], false)
  return share === null ? null : { value: percent(share), end: i + 1 }
}

function readOneIn(tokens: readonly Token[], i: number): Proportion | null {
  const share = oneIn(tokens, i)
  // "one in five years", "a 1-in-100-year flood": a rate over time, not of things.
  if (!share || share.overTime) return null
  return { value: percent(share.top / share.bottom), end: share.end }
}

/**
 * The parts of "one in five", "one-in-five", "1 in every 4", "one out of three", "one in a
 * hundred" at `tokens[i]`, and whether a unit of time follows ("one in five years", "a
 * 1-in-100-year flood"); null when none is written there.
 */
function oneIn(
  tokens: readonly Token[],
  i: number,
): { top: number; bottom: number; end: number; overTime: boolean } | null {
  const top = countAt(tokens[i])
  if (top === null || top < 1) return null
  // "one-in-five", "1-in-4": the hyphens of a compound, as "one-in-a-million" writes it.
  let k = pastHyphen(tokens, i + 1)
  const hyphened = k > i + 1
  // "8in-16in" is a range of inches: a hyphen after "in" only where one stands before it.
  if (tokens[k]?.lower === 'in') k = hyphened ? pastHyphen(tokens, k + 1) : k + 1
  else if (hyphened) return null
  else if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of') k += 2
  // "1 of every 4 calls": "of" alone is a part of a whole ("one of four suspects").
  else if (tokens[k]?.lower === 'of' && tokens[k + 1]?.lower === 'every') k++
  else return null
  if (tokens[k]?.lower === 'every') k++
  // "one in a hundred", "one in a thousand": the whole as an article and a scale word.
  const whole = isArticle(tokens[k]) ? pastHyphen(tokens, k + 1) : k
  const scaled = whole > k ? ARTICLE_WHOLES[tokens[whole]?.lower ?? ''] : undefined
  if (scaled !== undefined) k = whole
  const bottom = scaled ?? countAt(tokens[k])
  if (bottom === null || bottom <= top) return null
  // "17 in 2023 compared to 23 in 2022": a figure in a year, not a share of it ("1 in 1000" and
  // "1 in 2000" stay shares: round hundreds are rarely the years of a release).
  if (tokens[k]!.kind === 'num' && /^(?:19|2[01])\d\d$/.test(tokens[k]!.text) && bottom % 100 !== 0)
    return null
  const after = tokens[pastHyphen(tokens, k + 1)]
  const overTime = after?.kind === 'word' && TIME_UNITS.has(after.lower)
  return { top, bottom, end: k + 1, overTime }
}

/**
 * Whether the number at `tokens[start]` opens "a 1-in-100-year flood", "one in 200 year event":
 * how often such a thing comes, once in so long a time; a recurrence, no figure of things.
 */
export function isOnceInTime(tokens: readonly Token[], start: number): boolean {
  return oneIn(tokens, start)?.overTime === true
}

/** Wholes written with an article after "one in": "one in a hundred". "One in a million" is an idiom (`isOneInAMillion`). */
const ARTICLE_WHOLES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000 }

/** Wholes of "one in a million", "one-in-a-billion": a figure of speech for rare, no share that was measured. */
const IDIOM_WHOLES: ReadonlySet<string> = new Set(['billion', 'million'])

/** Past a hyphen at `tokens[k]`, as "one-in-a-million" writes the idiom. */
function pastHyphen(tokens: readonly Token[], k: number): number {
  return tokens[k]?.text === '-' && !tokens[k]!.gap ? k + 1 : k
}

/** Whether "one in a million" (or "1-in-a-billion") opens at `tokens[k]`. */
function opensOneInAMillion(tokens: readonly Token[], k: number): boolean {
  if (k < 0 || countAt(tokens[k]) !== 1) return false
  let j = pastHyphen(tokens, k + 1)
  if (tokens[j]?.lower !== 'in') return false
  j = pastHyphen(tokens, j + 1)
  if (!isArticle(tokens[j])) return false
  return IDIOM_WHOLES.has(tokens[pastHyphen(tokens, j + 1)]?.lower ?? '')
}

/**
 * Whether the number at `tokens[start]` is either side of "one in a million", "a 1-in-a-million
 * chance", "one in a billion": a figure of speech for something rare. "One in five" is a share.
 */
export function isOneInAMillion(tokens: readonly Token[], start: number): boolean {
  if (opensOneInAMillion(tokens, start)) return true
  // "a million" of the idiom: back past "in" to its "one".
  if (!isArticle(tokens[start])) return false
  let k = start - 1
  if (tokens[k]?.text === '-') k--
  if (tokens[k]?.lower !== 'in') return false
  k--
  if (tokens[k]?.text === '-') k--
  return opensOneInAMillion(tokens, k)
}

function readFractionOf(tokens: readonly Token[], i: number, qualified: boolean): Proportion | null {
  const t = tokens[i]
  if (t?.kind !== 'word') return null
  let top = 1
  let k = i
  if (t.lower === 'half') {
    const before = tokens[i - 1]
    if (before?.kind === 'word' && NOT_BEFORE_HALF.has(before.lower)) return null
    if (tokens[i + 1]?.text === '-' && !tokens[i + 1]!.gap) return null
    const next = tokens[i + 1]
    // "half an hour", "half a million": a length or a number, never a share.
    if (isArticle(next)) return null
    // "at around half seven", "at about half 11": a clock, half past the hour.
    if (isHalfHourClock(tokens, i + 1)) return null
    // "half (48%) of respondents": the share restated in brackets stands before its "of".
    const of = pastBracketedFigure(tokens, i + 1)
    const ofShare = of > i + 1 && tokens[of]?.lower === 'of'
    if (
      !qualified &&
      !ofShare &&
      !(next?.kind === 'word' && AFTER_HALF.has(next.lower)) &&
      !opensClauseOfPlural(tokens, i, i + 1)
    )
      return null
    if (tokens[of]?.lower === 'of' && isArticle(tokens[of + 1])) return null
    return { value: 50, end: i + 1 }
  }
  if (t.lower === 'a') k++
  else if (t.lower === 'one') {
    k++
    // "one-third of victims".
    if (tokens[k]?.text === '-' && !tokens[k]!.gap) k++
  } else {
    const n = SMALL_NUMBERS[t.lower]
    if (n === undefined || n < 2 || n > 9) return null
    top = n
    k++
    // "two-thirds".
    if (tokens[k]?.text === '-' && !tokens[k]!.gap) k++
  }
  const part = tokens[k]
  const bottom = part?.kind === 'word' ? FRACTION_PARTS[part.lower] : undefined
  if (bottom === undefined || bottom <= top) return null
  // "two thirds" is plural, "a third" is not.
  if (top > 1 !== part!.lower.endsWith('s')) return null
  // "A third (32%) of respondents": the share restated in brackets stands before its "of".
  const after = pastBracketedFigure(tokens, k + 1)
  const of = tokens[after]?.lower === 'of'
  // "a quarter of a million", "a third of an hour" are numbers and durations.
  if (of && isArticle(tokens[after + 1])) return null
  if (!of && !qualified && !opensClauseOfPlural(tokens, i, k + 1)) return null
  return { value: percent(top / bottom), end: k + 1 }
}

/** Words a figure in brackets may hold besides it: "(32%)", "(32 per cent)", "(about 1,200)". Keep sorted. */
const BRACKETED_FIGURE_WORDS: ReadonlySet<string> = new Set([
  '%',
  'about',
  'around',
  'cent',
  'per',
  'percent',
])

/**
 * Past a figure alone in brackets at `tokens[k]`, "(32%)", "(1,200)", "(around 48 per cent)":
 * the index after its closing bracket. Else `k`.
 */
function pastBracketedFigure(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k
  let figure = false
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    const t = tokens[j]!
    if (t.text === ')') return figure ? j + 1 : k
    if (t.kind === 'num') figure = true
    else if (!BRACKETED_FIGURE_WORDS.has(t.lower)) return k
  }
  return k
}

/** Words that open a clause before its subject. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', ';', ':', 'and', 'but', 'while', 'whereas'])
/**
 * Verbs that take a plural subject only, so a share of people: "a third were", "half say". "A
 * third was released" is a third person, not a share, and "said" is said by either. Present tense
 * only ("a third involve alcohol"): "A third surrendered" may be a third person; and no verb that
 * is also a noun after "a third" ("a third report found", "a third support officer").
 */
const PLURAL_VERBS: ReadonlySet<string> = new Set([
  'agree',
  'are',
  'believe',
  'come',
  'do',
  'expect',
  'feel',
  'have',
  'include',
  'involve',
  'live',
  'need',
  'oppose',
  'receive',
  'rely',
  'remain',
  'say',
  'think',
  'want',
  'were',
])

/** Whether the share from `i` to `end` is a clause's subject: "Of those stopped, a quarter were women." */
function opensClauseOfPlural(tokens: readonly Token[], i: number, end: number): boolean {
  const before = tokens[i - 1]
  if (before !== undefined && !CLAUSE_OPENERS.has(before.lower)) return false
  const verb = tokens[end]
  return verb?.kind === 'word' && PLURAL_VERBS.has(verb.lower)
}

function isArticle(t: Token | undefined): boolean {
  return t?.lower === 'a' || t?.lower === 'an'
}

/** A whole number in digits or words: "five", "5". */
function countAt(t: Token | undefined): number | null {
  if (!t) return null
  if (t.kind === 'num') return Number.isInteger(t.value) ? t.value : null
  if (t.kind !== 'word') return null
  return SMALL_NUMBERS[t.lower] ?? null
}

const percent = (share: number) => Math.round(share * 10000) / 100
