import { opensRecurrence } from './frequency'
import {
  type Change,
  COUNT_DETERMINERS,
  MODAL_VERBS,
  MULTIPLE_BASE_MODIFIERS,
  MULTIPLE_BASES,
  MULTIPLIER_ADVERBS,
  MULTIPLIER_BASES,
  MULTIPLIER_FOLLOWERS,
  MULTIPLIER_VERB_PARTICLES,
  MULTIPLIER_VERBS,
  OCCASION_ADVERBS,
} from './lexicon'
import { EXPECTATION_WORDS, INFINITIVE_GOVERNORS } from './measure-lexicon'
import { SCALE_WORDS, SMALL_NUMBERS } from './number-words'
import type { Token } from './tokens'

/*
 * Multipliers: "three times as many", "5 times higher", "a 50-fold increase", "five times the
 * legal limit", "by a factor of three". Such a figure is a ratio to another one, with the unit `times`; it counts nothing.
 * "Stabbed three times" and "visited 12 times" count occasions and stay counts. In one word:
 * "doubled", "halved", "fivefold", "twice as many", "double the legal limit".
 */

/** How many words after "the" a base of comparison is looked for: "the legal drink drive limit". */
const BASE_REACH = 4

/** The token after a multiplier's "times" or "-fold" at `tokens[j]`, or null when none is there. */
export function readMultiplier(tokens: readonly Token[], j: number): number | null {
  const t = tokens[j]
  // "a 50-fold increase", "a 10 fold rise".
  if (t?.text === '-' && !t.gap && tokens[j + 1]?.lower === 'fold' && !tokens[j + 1]!.gap) return j + 2
  if (t?.lower === 'fold') return j + 1
  // "grew 3x", "2.5x EBITDA": an x glued to the digits and standing alone after them ("4x4", "0x1F"
  // are names).
  if (t?.lower === 'x' && !t.gap && tokens[j - 1]?.kind === 'num') {
    const next = tokens[j + 1]
    return !next || next.gap || next.kind === 'sym' ? j + 1 : null
  }
  if (t?.lower !== 'times') return null
  return comparesTo(tokens, j + 1) ? j + 1 : null
}

/** Words for the period before, whose figure a multiplier compares with. */
const EARLIER_WORDS: ReadonlySet<string> = new Set(['preceding', 'previous', 'prior'])
const PERIODS: ReadonlySet<string> = new Set(['month', 'quarter', 'week', 'year'])

/** Words between a multiplier and the base it exceeds: "three times over the limit". */
const OVER_WORDS: ReadonlySet<string> = new Set(['above', 'over'])

/** Whether `tokens[j]` opens what a multiplier compares with: "as many", "higher", "the legal limit". */
function comparesTo(tokens: readonly Token[], j: number): boolean {
  // "three times over the drink-drive limit": "over" before "the" and a base.
  if (OVER_WORDS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'the') j++
  const next = tokens[j]
  if (next?.kind !== 'word') return false
  if (MULTIPLIER_FOLLOWERS.has(next.lower)) return true
  // "6.5 times earnings", "12 times forward earnings": a multiple of a figure named without "the".
  const base = MULTIPLE_BASE_MODIFIERS.has(next.lower) ? tokens[j + 1] : next
  if (MULTIPLE_BASES.has(base?.lower ?? '')) return true
  // "nearly double last year's total".
  if (next.lower !== 'the' && next.lower !== 'last') return false
  // "more than double the previous year": the period stands for its figure.
  if (
    next.lower === 'the' &&
    EARLIER_WORDS.has(tokens[j + 1]?.lower ?? '') &&
    PERIODS.has(tokens[j + 2]?.lower ?? '')
  )
    return true
  // "the legal limit", "the drink-drive limit": words, or words joined by a hyphen, up to the base.
  let words = 0
  for (let k = j + 1; words < BASE_REACH; k++) {
    const w = tokens[k]
    if (w?.text === '-' && !w.gap && tokens[k - 1]?.kind === 'word') continue
    if (w?.kind !== 'word') return false
    if (MULTIPLIER_BASES.has(w.lower)) return true
    words++
  }
  return false
}

/** A multiplier written as one word, or "twice" counting occasions. */
export interface MultiplierWord {
  readonly value: number
  readonly unit: 'times' | 'count'
  /** The change a verb says: "doubled" is a rise, "halved" a fall. */
  readonly change: Change | null
}

/** "fivefold", "tenfold", "hundredfold": a number word glued to "fold". */
const FOLD_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({ ...SMALL_NUMBERS, hundred: SCALE_WORDS.hundred!, thousand: SCALE_WORDS.thousand! })
    .filter(([, value]) => value >= 2)
    .map(([word, value]) => [`${word}fold`, value]),
)

/** Verbs before "twice" that make it an idiom, not a count: "think twice". */
const IDIOM_VERBS: ReadonlySet<string> = new Set(['think', 'thinking', 'thinks', 'thought'])

/**
 * The multiplier written as the one word at `tokens[j]`: "fivefold", "doubled", "halved" (a
 * change), "twice as many", "double the legal limit", "will triple" (a change); or "twice" alone, a count of occasions as
 * "three times" is. Not "doubled as a front", "double murder", "think twice", "twice-weekly".
 */
export function readMultiplierWord(tokens: readonly Token[], j: number): MultiplierWord | null {
  const t = tokens[j]
  if (t?.kind !== 'word') return null
  const fold = FOLD_WORDS.get(t.lower)
  if (fold !== undefined) return { value: fold, unit: 'times', change: null }
  const verb = MULTIPLIER_VERBS[t.lower]
  const next = tokens[j + 1]
  const particle = MULTIPLIER_VERB_PARTICLES.has(next?.lower ?? '')
  if (verb) {
    // "the doubles title": after a determiner the word is a noun.
    const noun = t.lower.endsWith('s') && COUNT_DETERMINERS.has(tokens[j - 1]?.lower ?? '')
    return particle || noun ? null : { value: verb.value, unit: 'times', change: verb.change }
  }
  const value = MULTIPLIER_ADVERBS[t.lower]
  if (value === undefined) return null
  const occasions = OCCASION_ADVERBS.has(t.lower)
  // "twice as many"; "double as a hub" is another verb.
  if ((occasions || next?.lower !== 'as') && comparesTo(tokens, j + 1))
    return { value, unit: 'times', change: null }
  if (isBareMultiplierVerb(tokens, j)) return { value, unit: 'times', change: 'increase' }
  if (!occasions) return null
  const glued = next?.text === '-' && !next.gap
  if (glued || IDIOM_VERBS.has(tokens[j - 1]?.lower ?? '')) return null
  // "twice a week", "twice daily": how often, the date normaliser's recurrence.
  if (opensRecurrence(tokens, j + 1)) return null
  return { value, unit: 'count', change: null }
}

/**
 * Whether the word at `tokens[j]` is a multiplier's bare verb: after a modal ("the number will
 * double", "could triple") or the "to" of an infinitive a word of expectation or intent governs
 * ("is set to double", "plans to treble"). Not "will double-check", "double up", "double as".
 */
export function isBareMultiplierVerb(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]
  if (t?.kind !== 'word' || MULTIPLIER_ADVERBS[t.lower] === undefined || OCCASION_ADVERBS.has(t.lower))
    return false
  const next = tokens[j + 1]
  if ((next?.text === '-' && !next.gap) || MULTIPLIER_VERB_PARTICLES.has(next?.lower ?? '')) return false
  const before = tokens[j - 1]?.lower ?? ''
  if (MODAL_VERBS.has(before)) return true
  const governor = tokens[j - 2]?.lower ?? ''
  return before === 'to' && (EXPECTATION_WORDS.has(governor) || INFINITIVE_GOVERNORS.has(governor))
}

/** The words `readMultiplierWord` may start at, for the lexicon's starters. */
export const MULTIPLIER_WORDS: readonly string[] = [
  ...FOLD_WORDS.keys(),
  ...Object.keys(MULTIPLIER_VERBS),
  ...Object.keys(MULTIPLIER_ADVERBS),
]

/** "by a factor of three": the number at `tokens[start]` is a multiplier named before it. */
export function isFactorOf(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.lower === 'of' && tokens[start - 2]?.lower === 'factor'
}
