import type { Statistic } from '../model'
import { ELLIPSIS_LINKS, ELLIPSIS_LINKS_AFTER } from './lexicon'
import type { Quantity } from './quantity'
import { isSentenceBreak, type Token } from './tokens'

/** How far back, in tokens, a bare figure looks for the figure it is compared with. */
const REACH = 12
/** How close a figure must stand before "to" for the bare figure after it to be its level. */
const LEVEL_REACH = 3
/** How many times apart two figures may be and still be compared. */
const ORDER = 1000

/**
 * A bare figure that leaves out what it counts, because an earlier figure of the sentence says
 * it: "5.2 million units, up from 4.8 million", "9 million homes, including 2.1 million in
 * the north", "gained 41.2 points to 3,910.55" (a level after its change), "from 95 kg to 88".
 * The bare figure takes the earlier one's unit and measure; a figure linked to the next one
 * ("40 million of the 90 million euros", "3,910.55 up 41.2 points") takes the next one's. A figure in brackets is a
 * conversion and is passed over ("1,800,000 yen ($12,400) and 1,650,000"); a percentage lends
 * nothing to a level, a list or a range ("rose 5% to 300", "5% and 300", "fell 5%, from 300 to
 * 285"), nor does a figure of
 * another order ("6 speeds and 2,150,000").
 * Changes `found` and `quantities` in place.
 */
export function shareElidedUnits(tokens: readonly Token[], quantities: Quantity[], found: Statistic[]): void {
  for (let n = 0; n < found.length; n++) {
    const s = found[n]!
    const q = quantities[n]!
    if (s.unit !== 'count' || q.rule === 'statistics/vague') continue
    const after = found[n + 1]
    const next = quantities[n + 1]
    if (s.measure === null && after && next && linksAfter(tokens, q.end, next.first)) {
      if (lends(after, s) && after.unit !== 'percent' && after.unit !== 'percentage point') {
        found[n] = { ...s, unit: after.unit, measure: after.measure }
        q.unit = after.unit
        continue
      }
    }
    const link = linkBefore(tokens, q.first)
    if (!link) continue
    let m = n - 1
    while (m >= 0 && inBrackets(tokens, quantities[m]!)) m--
    if (m < 0) continue
    const p = found[m]!
    const pq = quantities[m]!
    // "closed down 45 points at 7,410": a level after "at" takes only an index's points.
    if (link === 'at' && p.unit !== 'point') continue
    if (q.first - pq.end > (link === 'to' || link === 'at' ? LEVEL_REACH : REACH)) continue
    if (crossesSentence(tokens, pq.end, q.first)) continue
    if (!lends(p, s)) continue
    // "economy rose from 31 mpg to 36": a measure read from the subject both figures share
    // leaves the bare one's unit still to borrow.
    if (s.measure !== null && s.measure !== p.measure) continue
    const share = p.unit === 'percent' || p.unit === 'percentage point'
    if (share && (link === 'to' || link === 'and')) continue
    // "fell 20%, from 5,214 to 4,171": the ends of a change's range count what fell, not a share.
    if (share && link === 'from' && tokens[q.end]?.lower === 'to' && next?.first === q.end + 1) {
      if (s.measure === null) found[n] = { ...s, measure: p.measure }
      continue
    }
    found[n] = { ...s, unit: p.unit, measure: p.measure }
    q.unit = p.unit
  }
}

/**
 * Whether a figure can say what a bare one counts: it has a unit or a measure, and is of the
 * same order ("6 speeds and 2,150,000" are not compared). A multiplier counts nothing: "doubled to
 * 300" reaches a level of 300.
 */
function lends(p: Statistic, s: Statistic): boolean {
  return p.unit !== 'times' && (p.unit !== 'count' || p.measure !== null) && sameOrder(p.value, s.value)
}

/** Whether the words from `tokens[end]` to the figure at `tokens[next]` are a link such as "of the". */
function linksAfter(tokens: readonly Token[], end: number, next: number): boolean {
  return ELLIPSIS_LINKS_AFTER.some(
    (words) => end + words.length === next && words.every((w, k) => tokens[end + k]?.lower === w),
  )
}

/** The word linking a bare figure to an earlier one: "from", "including", "compared with". */
function linkBefore(tokens: readonly Token[], first: number): string | null {
  const t = tokens[first - 1]
  if (t?.kind !== 'word') return null
  const words = ELLIPSIS_LINKS[t.lower]
  if (!words) return null
  if (words.length > 0 && !words.includes(tokens[first - 2]?.lower ?? '')) return null
  return t.lower
}

/** Whether two figures are within `ORDER` times of each other. */
function sameOrder(a: number, b: number): boolean {
  const x = Math.abs(a)
  const y = Math.abs(b)
  return x > 0 && y > 0 && x <= y * ORDER && y <= x * ORDER
}

/** "($22,480)": a figure set in brackets. */
function inBrackets(tokens: readonly Token[], q: Quantity): boolean {
  return tokens[q.first - 1]?.text === '(' && tokens[q.end]?.text === ')'
}

function crossesSentence(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    // A decimal point is inside its number token; a stop here ends the sentence.
    if (t.kind === 'sym' && isSentenceBreak(t)) return true
  }
  return false
}
