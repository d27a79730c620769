import { MULTIPLIER_BASES, MULTIPLIER_FOLLOWERS } from './lexicon'
import type { Token } from './tokens'

/*
 * Multipliers: "three times as many", "5 times higher", "a 50-fold increase", "five times the
 * legal limit", "by a factor of three". Such a figure is a ratio to another one, with the unit `times`; it counts nothing.
 * "Stabbed three times" and "visited 12 times" count occasions and stay counts.
 */

/** How far after "the" a base of comparison is looked for: "the legal limit". */
const BASE_REACH = 3

/** The token after a multiplier's "times" or "-fold" at `tokens[j]`, or null when none is there. */
export function readMultiplier(tokens: readonly Token[], j: number): number | null {
  const t = tokens[j]
  // "a 50-fold increase", "a 10 fold rise".
  if (t?.text === '-' && !t.gap && tokens[j + 1]?.lower === 'fold' && !tokens[j + 1]!.gap) return j + 2
  if (t?.lower === 'fold') return j + 1
  if (t?.lower !== 'times') return null
  const next = tokens[j + 1]
  if (next?.kind !== 'word') return null
  if (MULTIPLIER_FOLLOWERS.has(next.lower)) return j + 1
  if (next.lower !== 'the') return null
  for (let k = j + 2; k < j + 2 + BASE_REACH; k++) {
    const w = tokens[k]
    if (w?.kind !== 'word') return null
    if (MULTIPLIER_BASES.has(w.lower)) return j + 1
  }
  return null
}

/** "by a factor of three": the number at `tokens[start]` is a multiplier named before it. */
export function isFactorOf(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.lower === 'of' && tokens[start - 2]?.lower === 'factor'
}
