import { gappedChange } from './gapped'
import {
  CHANGE_WORDS,
  type Change,
  COMPARATIVES,
  LOSS_VERBS,
  PERIOD_ADJECTIVES,
  SHARE_VERBS_BEFORE_UP,
} from './lexicon'
import { isClauseBreak, type Token } from './tokens'
import { isMoney } from './unit-kinds'

/** "the victim lost $45,000": a verb of loss before a sum names the sum lost, a level, not a change. */
export function namesSumLost(word: Token | undefined, unit: string): boolean {
  return word?.kind === 'word' && isMoney(unit) && LOSS_VERBS.has(word.lower)
}

/** A change and the word that says so. */
export interface ChangeCue {
  readonly change: Change
  /** Index of the change word. */
  readonly at: number
}

/**
 * Whether the sentence says the quantity in `tokens[first..end)` is a change, and which way:
 * "seizures increase by 1293%", "a rise of 5%", "down 10%", "a 29 per cent increase".
 *
 * @example
 * const tokens = tokenize('firearms seizures increased by 421%')
 * findChange(tokens, 4, 6, 'percent')
 * //=> { change: 'increase', at: 2 }
 */
export function findChange(
  tokens: readonly Token[],
  first: number,
  end: number,
  unit: string,
): ChangeCue | null {
  // Whether the quantity measures (a percentage, money, a unit) rather than counts: "down 10%" is a change.
  const measured = unit !== 'count'
  const prev = tokens[first - 1]
  if (prev?.kind === 'word') {
    if (prev.lower === 'by') {
      // "fell by a third, and burglary by a quarter": the first change's verb.
      const gapped = gappedChange(tokens, first)
      if (gapped) return { change: CHANGE_WORDS[tokens[gapped.verb]!.lower]!, at: gapped.verb }
      // "a platform used by 37,000 criminals": "by" after a participle names its agent, whatever
      // verb of change stands earlier ("taken down a platform used by").
      if (isAgentParticiple(tokens[first - 2])) return null
      // Back to the verb of the clause: "has increased arrests by around 50 per cent".
      for (let k = first - 2; k >= 0 && k >= first - 12; k--) {
        const t = tokens[k]!
        if (isClauseBreak(t) || t.kind === 'num') break
        const c = t.kind === 'word' ? CHANGE_WORDS[t.lower] : undefined
        if (c) return { change: c, at: k }
      }
      return null
    }
    if (prev.lower === 'of') {
      const noun = tokens[first - 2]
      const c = noun?.kind === 'word' ? CHANGE_WORDS[noun.lower] : undefined
      if (c && noun!.lower !== 'up' && noun!.lower !== 'down') return { change: c, at: first - 2 }
      return null
    }
    // "Children made up 12% of those arrested": a share, like "accounted for".
    if (prev.lower === 'up' && SHARE_VERBS_BEFORE_UP.has(tokens[first - 2]?.lower ?? '')) return null
    if (namesSumLost(prev, unit)) return null
    // "down 10%", "rose 5%", "up 3,000 on last year"; not "lock down two states".
    const c = CHANGE_WORDS[prev.lower]
    const particle = prev.lower === 'up' || prev.lower === 'down'
    const after = tokens[end]?.lower
    if (c && particle && !measured && after !== 'on' && after !== 'from' && after !== 'compared') return null
    if (c && (measured || after !== 'to')) return { change: c, at: first - 1 }
  }
  const next = tokens[afterPeriodWord(tokens, end)]
  if (next?.kind === 'word') {
    const c = CHANGE_WORDS[next.lower]
    if (c && next.lower !== 'cut' && next.lower !== 'cuts') return { change: c, at: end }
    const comparative = COMPARATIVES[next.lower]
    if (comparative && measured) return { change: comparative, at: end }
  }
  return null
}

/** A past participle in "-ed" that is no verb of change: "used", "supported", "committed". */
function isAgentParticiple(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.lower.endsWith('ed') && CHANGE_WORDS[t.lower] === undefined
}

/**
 * "a 12% year-on-year increase", "a 3 per cent annual rise": past a word of the period the change
 * is counted over, to the change word it qualifies. Returns `k` when none stands there.
 */
function afterPeriodWord(tokens: readonly Token[], k: number): number {
  const t = tokens[k]
  if (t?.kind !== 'word') return k
  if (PERIOD_ADJECTIVES.has(t.lower)) return k + 1
  // "year-on-year", "month-over-month": a period, "on" or "over", the same period, all hyphened.
  const glued = (n: number) => tokens[k + n]?.text === '-' && !tokens[k + n]!.gap && !tokens[k + n + 1]?.gap
  const link = tokens[k + 2]?.lower
  if (glued(1) && (link === 'on' || link === 'over') && glued(3) && tokens[k + 4]?.lower === t.lower)
    return k + 5
  return k
}
