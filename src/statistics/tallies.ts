import { SMALL_NUMBERS } from './number-words'
import { indexPhrases, matchPhrase } from './phrases'
import type { Token } from './tokens'
import { UNITS } from './units'

/*
 * Pairs of numbers that are no quantities: the tally of a vote ("a 5-to-1 vote", "voted 7 to 2",
 * "by a vote of 62 to 38") and the ends of a rating scale ("a 1-to-5 scale", "on a scale of 1 to
 * 10"). A tally's sides say how a vote split, as a score's do ("won 2-1"); a scale's ends bound the
 * marks it allows, no amount that was measured. A game's score after its verb ("won 3 to 1", "lost
 * 2-to-0") is a tally too, and so is a ratio ("outnumber men 3 to 1", "by a ratio of 2 to 1",
 * "odds of 5-to-1"): how two amounts compare, neither of them counted.
 */

/** Nouns after a tally: "a 5-to-1 vote", "a 2-to-1 majority". Keep sorted. */
const TALLY_NOUNS: ReadonlySet<string> = new Set(['decision', 'majority', 'ruling', 'verdict', 'vote'])

/** Verbs before a tally: "voted 7 to 2", "ruled 6 to 3". Keep sorted. */
const TALLY_VERBS: ReadonlySet<string> = new Set(['ruled', 'vote', 'voted', 'votes'])

/**
 * Nouns that open a tally or a scale with "of" or "from": "a vote of 62 to 38", "a majority of 7–2",
 * "a scale of 1 to 10".
 */
const TALLY_OPENERS: ReadonlySet<string> = new Set(['majority', 'margin', 'vote'])

/**
 * Verbs of a game's or a motion's result before its score: "won 3 to 1", "drew 2-to-2", "the
 * motion passed 7 to 2". Keep sorted.
 */
const SCORE_VERBS: ReadonlySet<string> = new Set([
  'approved',
  'beat',
  'defeated',
  'drew',
  'led',
  'lost',
  'passed',
  'rejected',
  'trailed',
  'won',
])
/** How many words may name the loser between the verb and the score: "beat Real Madrid 3 to 1". */
const LOSER_WORDS = 3

/**
 * Words that may follow a score: "won 3 to 1 against", "lost 2-to-0 at home". Any other word
 * after the pair is what it counts ("led 12 to 8 arrests" is no score). Keep sorted.
 */
const AFTER_SCORE: ReadonlySet<string> = new Set([
  'after',
  'against',
  'and',
  'at',
  'but',
  'by',
  'in',
  'on',
  'over',
  'to',
  'with',
])

/** Nouns that open a ratio with "of" or follow it: "a ratio of 3 to 1", "a 2-to-1 ratio". */
const RATIO_NOUNS: ReadonlySet<string> = new Set(['odds', 'ratio'])
/** How far before a ratio "outnumber" may stand: "outnumber men in the force almost 3 to 1". */
const OUTNUMBER_REACH = 8

/** Two numbers joined as sides or ends: the first and after-last token. */
interface Pair {
  readonly start: number
  readonly end: number
  /** Whether the first side is at least the second: how a tally is written. */
  readonly falls: boolean
}

/**
 * Whether the number at `tokens[start..end)` is a side of a vote's tally or an end of a rating
 * scale.
 */
export function isTallyOrScale(tokens: readonly Token[], start: number, end: number): boolean {
  if (isNilScore(tokens, start, end) || isOfferSide(tokens, start, end)) return true
  if (isRivalTallySide(tokens, start, end)) return true
  const pair = pairAt(tokens, start, end)
  if (!pair) return false
  // "won 2-nil", "a 3-nil defeat": "nil" is written only in a score.
  if (tokens[pair.end - 1]?.lower === 'nil') return true
  return pair.falls ? isTally(tokens, pair) || isScore(tokens, pair) : isScale(tokens, pair)
}

/**
 * How many words may name the other side between "to" and its number, its possessive last: "to
 * Labour's 203", "to the Conservatives' 121", "to the Liberal Democrats' 72".
 */
const RIVAL_WORDS = 4

/**
 * The index of the number after "to" and a rival's possessive name at `tokens[k]`: "to Labour's
 * 203", "to the Conservatives' 121"; else -1.
 */
export function rivalNumberAfter(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== 'to') return -1
  for (let j = k + 1; j <= k + RIVAL_WORDS; j++) {
    const t = tokens[j]
    if (t?.kind === 'sym' && (t.text === "'" || t.text === '’') && !t.gap && /s$/.test(tokens[j - 1]!.lower))
      return j > k + 1 && sideValue(tokens[j + 1]) !== null ? j + 1 : -1
    if (t?.kind !== 'word' || !(/^[A-Z]/.test(t.text) || t.lower === 'the')) return -1
    if (/['’]s$/.test(t.lower)) return sideValue(tokens[j + 1]) !== null ? j + 1 : -1
  }
  return -1
}

/**
 * "The Tories won 365 to Labour's 203": two sides' tallies of seats or votes, the second named by
 * its owner, as a vote's "7 to 2" is. With what is counted after them ("365 seats to Labour's
 * 203", "365 to Labour's 203 seats") they are counts.
 */
function isRivalTallySide(tokens: readonly Token[], start: number, end: number): boolean {
  if (end !== start + 1 || sideValue(tokens[start]) === null) return false
  let first = start
  let second = rivalNumberAfter(tokens, end)
  if (second < 0) {
    // The second side: back past the rival's name to "to" and the first number.
    for (let k = start - 2; k >= start - 1 - RIVAL_WORDS && k >= 1; k--) {
      if (tokens[k]!.lower === 'to' && rivalNumberAfter(tokens, k) === start) {
        first = k - 1
        second = start
        break
      }
    }
  }
  if (second < 0 || sideValue(tokens[first]) === null) return false
  return tokens[second + 1]?.kind !== 'word' || AFTER_SCORE.has(tokens[second + 1]!.lower)
}

/** Nouns of a sale after its ratio: "a 3 for 2 offer", "a two-for-one deal". Keep sorted. */
const OFFER_NOUNS: ReadonlySet<string> = new Set([
  'deal',
  'deals',
  'discount',
  'offer',
  'offers',
  'promotion',
  'sale',
  'special',
])

/**
 * "a 2-for-1 offer", "two-for-one tickets", "a 3 for 2 deal": how many are had for how many are
 * paid, a sale's ratio, neither a count. Spaced apart it needs the sale's noun after it ("jailed 2
 * for 1" is no offer).
 */
function isOfferSide(tokens: readonly Token[], start: number, end: number): boolean {
  if (end !== start + 1) return false
  for (const first of [start, start - 2, start - 4]) {
    const second = offerSecondSide(tokens, first)
    if (second !== null && (first === start || second === start)) {
      if (second - first === 4) return true
      return OFFER_NOUNS.has(tokens[second + 1]?.lower ?? '')
    }
  }
  return false
}

/** The index of the second side of "N-for-M" or "N for M" from `tokens[k]`, or null. */
function offerSecondSide(tokens: readonly Token[], k: number): number | null {
  if (k < 0 || sideValue(tokens[k]) === null) return null
  const glued = (n: number) => tokens[n]?.gap === false
  if (tokens[k + 1]?.lower === 'for' && tokens[k + 1]!.gap && sideValue(tokens[k + 2]) !== null) return k + 2
  const hyphens = tokens[k + 1]?.text === '-' && tokens[k + 3]?.text === '-'
  if (
    hyphens &&
    tokens[k + 2]?.lower === 'for' &&
    glued(k + 1) &&
    glued(k + 2) &&
    glued(k + 3) &&
    glued(k + 4)
  )
    return sideValue(tokens[k + 4]) !== null ? k + 4 : null
  return null
}

/** Nouns of a game's result after its score: "a three nil win", "a 4 nil defeat". Keep sorted. */
const RESULT_NOUNS: ReadonlySet<string> = new Set([
  'defeat',
  'drubbing',
  'lead',
  'loss',
  'scoreline',
  'thrashing',
  'victory',
  'win',
])

/**
 * "beat the fire service four nil", "won 3 nil", "a three nil win": a whole number before "nil",
 * apart, is a score. Not "3 nil returns", where "nil" describes what is counted.
 */
function isNilScore(tokens: readonly Token[], start: number, end: number): boolean {
  const nil = tokens[end]
  if (end !== start + 1 || nil?.lower !== 'nil' || !nil.gap || sideValue(tokens[start]) === null) return false
  const after = tokens[end + 1]
  return after?.kind !== 'word' || AFTER_SCORE.has(after.lower) || RESULT_NOUNS.has(after.lower)
}

/** Whether the number at `tokens[start..end)` is a side of a ratio, even after a qualifier ("almost 3 to 1"). */
export function isRatioSide(tokens: readonly Token[], start: number, end: number): boolean {
  const pair = pairAt(tokens, start, end)
  return pair !== null && isRatio(tokens, pair)
}

/**
 * "won 3 to 1", "lost 2-to-0 at home", "beat Germany 7 to 1": a result's verb just before or
 * before the loser's name, no noun counted after.
 */
function isScore(tokens: readonly Token[], pair: Pair): boolean {
  let k = pair.start - 1
  // "beat Germany 7 to 1": the loser named in capitals between.
  while (k >= pair.start - LOSER_WORDS && tokens[k]?.kind === 'word' && /^[A-Z]/.test(tokens[k]!.text)) k--
  if (!SCORE_VERBS.has(tokens[k]?.lower ?? '')) return false
  const after = tokens[pair.end]
  return after?.kind !== 'word' || AFTER_SCORE.has(after.lower)
}

/**
 * "a ratio of 3 to 1", "odds of 5-to-1", "a 2-to-1 ratio", "women outnumber men 3 to 1": two
 * amounts compared, in either order.
 */
function isRatio(tokens: readonly Token[], pair: Pair): boolean {
  if (RATIO_NOUNS.has(tokens[pair.end]?.lower ?? '')) return true
  if (ratioNounBefore(tokens, pair.start)) return true
  for (let k = pair.start - 1; k >= 0 && k >= pair.start - OUTNUMBER_REACH; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (t.lower.startsWith('outnumber')) return true
  }
  return false
}

/** Words between a ratio's noun and its sides: "odds of", "the odds are now", "put the odds at". Keep sorted. */
const RATIO_LINKS: ReadonlySet<string> = new Set([
  'about',
  'are',
  'around',
  'at',
  'is',
  'now',
  'of',
  'roughly',
  'stand',
  'stood',
  'still',
  'was',
  'were',
])
/** How many such words may stand between. */
const RATIO_LINK_WORDS = 2

/** "odds of 5-to-1", "the odds are 1 to 5", "the ratio is now 3 to 1": a ratio's noun, then its sides. */
function ratioNounBefore(tokens: readonly Token[], start: number): boolean {
  let k = start - 1
  while (k >= start - RATIO_LINK_WORDS && RATIO_LINKS.has(tokens[k]?.lower ?? '')) k--
  return k < start - 1 && RATIO_NOUNS.has(tokens[k]?.lower ?? '')
}

function isTally(tokens: readonly Token[], pair: Pair): boolean {
  // "a majority of 60 to 40 percent": shares of the vote, each a figure.
  if (isPercentWord(tokens, pair.end)) return false
  if (TALLY_NOUNS.has(tokens[pair.end]?.lower ?? '')) return true
  const before = tokens[pair.start - 1]?.lower ?? ''
  if (TALLY_VERBS.has(before)) return true
  // "The House passed H.R. 5376 by 220-207", "the motion was carried by 45 to 12".
  if (before === 'by' && motionVerbBefore(tokens, pair.start - 2)) return true
  return before === 'of' && TALLY_OPENERS.has(tokens[pair.start - 2]?.lower ?? '')
}

/** The ways the unit table writes per cent: "%", "percent", "per cent", "pct", "pc". */
const PERCENT_UNITS = indexPhrases(UNITS.filter((u) => u.unit === 'percent'))

/** Whether `tokens[k]` writes per cent. */
function isPercentWord(tokens: readonly Token[], k: number): boolean {
  return matchPhrase(tokens, k, PERCENT_UNITS) !== null
}

/** How far back from "by" a verb of a motion's result is looked for: "passed H.R. 5376 by". */
const MOTION_REACH = 8

/** Verbs of a motion's or a bill's result, whose margin "by" gives. Keep sorted. */
const MOTION_VERBS: ReadonlySet<string> = new Set([
  'adopted',
  'approved',
  'carried',
  'confirmed',
  'defeated',
  'passed',
  'rejected',
])

/** Whether such a verb stands in the clause before `tokens[k]`, within `MOTION_REACH` tokens. */
function motionVerbBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= 0 && j > k - MOTION_REACH; j--) {
    const t = tokens[j]!
    if (t.kind === 'sym' && t.text !== '.') return false
    if (t.kind === 'word' && MOTION_VERBS.has(t.lower)) return true
  }
  return false
}

function isScale(tokens: readonly Token[], pair: Pair): boolean {
  if (tokens[pair.end]?.lower === 'scale') return true
  const before = tokens[pair.start - 1]?.lower ?? ''
  return (
    (before === 'of' || before === 'from' || before === 'between') &&
    tokens[pair.start - 2]?.lower === 'scale'
  )
}

/** The pair `tokens[start..end)` is a side of, as "X to Y", "X-to-Y", "X-Y" or "X and Y" after "between". */
function pairAt(tokens: readonly Token[], start: number, end: number): Pair | null {
  if (end !== start + 1) return null
  const after = linkAfter(tokens, end)
  if (after !== null) return makePair(tokens, start, after)
  for (let k = start - 2; k >= start - 4 && k >= 0; k--) {
    const pair = linkAfter(tokens, k + 1) === start ? makePair(tokens, k, start) : null
    if (pair) return pair
  }
  return null
}

function makePair(tokens: readonly Token[], a: number, b: number): Pair | null {
  const x = sideValue(tokens[a])
  const y = sideValue(tokens[b])
  if (x === null || y === null) return null
  return { start: a, end: b + 1, falls: x >= y }
}

/** The index of the second side when a link to it starts at `tokens[k]`, else null. */
function linkAfter(tokens: readonly Token[], k: number): number | null {
  const t = tokens[k]
  if (!t) return null
  const glued = (n: number) => tokens[n]?.gap === false
  // "7 to 2", "one to ten".
  if ((t.lower === 'to' || (t.lower === 'and' && tokens[k - 2]?.lower === 'between')) && t.gap)
    return sideValue(tokens[k + 1]) !== null ? k + 1 : null
  if ((t.text === '-' || t.text === '–') && !t.gap) {
    // "5-to-1".
    if (tokens[k + 1]?.lower === 'to' && glued(k + 1) && tokens[k + 2]?.text === t.text && glued(k + 2))
      return glued(k + 3) && sideValue(tokens[k + 3]) !== null ? k + 3 : null
    // "1-10".
    return glued(k + 1) && sideValue(tokens[k + 1]) !== null ? k + 1 : null
  }
  return null
}

/** A whole number in digits or a small number in words ("nil" too): a tally's side or a scale's end. */
function sideValue(t: Token | undefined): number | null {
  if (t?.kind === 'num') return Number.isInteger(t.value) && t.value <= 1000 ? t.value : null
  if (t?.kind === 'word') return t.lower === 'nil' ? 0 : (SMALL_NUMBERS[t.lower] ?? null)
  return null
}
