import { NOT_RATE_BEFORE, PERIOD_ADVERBS, PERIOD_MARKERS, PERIODS } from './lexicon'
import { isClauseBreak, type Token } from './tokens'

/**
 * The period of a rate written after a quantity in the same clause, as a TIMEX3 duration:
 * "561 reports of spiking per month" is `P1M`, "£5m a year" and "annually" are `P1Y`.
 *
 * @example
 * periodAfter(tokenize('561 reports of spiking per month'), 1)
 * //=> 'P1M'
 */
export function periodAfter(tokens: readonly Token[], end: number): string | null {
  for (let k = end; k < tokens.length && k < end + 12; k++) {
    const t = tokens[k]!
    if (isClauseBreak(t) || t.kind === 'num') return null
    if (t.kind !== 'word') continue
    const adverb = PERIOD_ADVERBS[t.lower]
    if (adverb) return adverb
    if (PERIOD_MARKERS.has(t.lower)) {
      const unit = tokens[k + 1]
      const period = unit?.kind === 'word' ? PERIODS[unit.lower] : undefined
      if (!period) continue
      if (t.lower !== 'per' && NOT_RATE_BEFORE.has(tokens[k - 1]?.lower ?? '')) return null
      return period
    }
  }
  return null
}
