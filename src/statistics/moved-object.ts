import { PREPOSITIONS, SUBJECT_STOP_WORDS } from './measure-lexicon'
import type { Token } from './tokens'

/**
 * Verbs that move their object up or down, the particle after the object: "pushed prices up",
 * "drove costs down", "sent shares down", "dragged the index down". Keep sorted.
 */
const MOVING_VERBS: ReadonlySet<string> = new Set([
  'dragged',
  'dragging',
  'drags',
  'drive',
  'driven',
  'drives',
  'driving',
  'drove',
  'force',
  'forced',
  'forces',
  'forcing',
  'knocked',
  'knocking',
  'knocks',
  'pull',
  'pulled',
  'pulling',
  'pulls',
  'push',
  'pushed',
  'pushes',
  'pushing',
  'send',
  'sending',
  'sends',
  'sent',
])

/** How many words the object of a verb of `MOVING_VERBS` may run before its particle: "the cost of borrowing". */
const MOVED_OBJECT_REACH = 6

/**
 * The index of the verb of `MOVING_VERBS` that moved the object ending right before the particle
 * at `tokens[at]`: "pushed" of "pushed mortgage rates down", "sent" of "sent fuel costs up". Null
 * when no such verb stands within reach, a clause's or a phrase's word stands between, or nothing
 * does ("Prices pushed up").
 */
export function movingVerbBefore(tokens: readonly Token[], at: number): number | null {
  for (let k = at - 1; k >= 0 && at - k <= MOVED_OBJECT_REACH + 1; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') return null
    if (t.text === t.lower && MOVING_VERBS.has(t.lower)) return k < at - 1 ? k : null
    if (SUBJECT_STOP_WORDS.has(t.lower) || (PREPOSITIONS.has(t.lower) && t.lower !== 'of')) return null
  }
  return null
}
