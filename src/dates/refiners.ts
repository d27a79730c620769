/**
 * Refiners run in order over one block's candidates: drop overlaps (the longer wins), then join a
 * time to the date written just before it and give later times in the block that date.
 */
import type { ResolveContext } from './context'
import type { Candidate } from './matchers'
import { isoDay } from './timex'

/**
 * Keeps the longest of overlapping candidates; on a tie, the one found first (by matcher order).
 * Candidates are grouped into runs that overlap one another, and each run is settled on its own,
 * so the work stays linear in the number of runs.
 */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const order = candidates
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.end > c.start)
    .sort((a, b) => a.c.start - b.c.start || a.i - b.i)
  const kept: Candidate[] = []
  let run: Array<{ c: Candidate; i: number }> = []
  let runEnd = -1
  for (const item of order) {
    if (item.c.start >= runEnd && run.length > 0) {
      settle(run, kept)
      run = []
    }
    run.push(item)
    runEnd = Math.max(runEnd, item.c.end)
  }
  settle(run, kept)
  return kept
}

/** Longest first within one run of overlapping candidates; a long run falls back to first come. */
function settle(run: Array<{ c: Candidate; i: number }>, kept: Candidate[]): void {
  if (run.length === 0) return
  const ranked =
    run.length > 64 ? run : [...run].sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i)
  const chosen: Candidate[] = []
  for (const { c } of ranked) {
    if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c)
    if (chosen.length > 64) break
  }
  chosen.sort((a, b) => a.start - b.start)
  for (const c of chosen) kept.push(c)
}

const JOINER = /^[\s,]{1,3}(?:at\s{1,3})?$/
const DAY_VALUE = /^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)$/

/**
 * "Wednesday 10 April 10am" is one TIME; "11am" after it in "10am-11am" takes the same day, and
 * so does every later time in the block until another day is named. A time with no day takes
 * the reference day.
 */
export function attachTimes(candidates: Candidate[], text: string, ctx: ResolveContext): Candidate[] {
  const out: Candidate[] = []
  let day: Candidate | null = null
  let pendingDay: Candidate | null = null
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    if (c === pendingDay) {
      day = c
      continue
    }
    if (c.type === 'DATE' && DAY_VALUE.test(c.value)) {
      day = c
      out.push(c)
      continue
    }
    if (c.type !== 'TIME' || !c.value.startsWith('XXXX-XX-XXT')) {
      out.push(c)
      continue
    }
    const clock = c.value.slice(10)
    const prev = out[out.length - 1]
    if (prev && prev === day && JOINER.test(text.slice(prev.end, c.start))) {
      out[out.length - 1] = {
        ...c,
        start: prev.start,
        value: `${prev.value}${clock}`,
        rule: `${prev.rule}-time`,
        interval: prev.interval,
        inferred: prev.inferred,
      }
      continue
    }
    // "15:00 GMT Saturday": the day written just after the time.
    const next: Candidate | undefined = candidates[i + 1]
    if (
      next &&
      next.type === 'DATE' &&
      DAY_VALUE.test(next.value) &&
      /^[\s,]{1,3}(?:on\s{1,3})?$/.test(text.slice(c.end, next.start))
    ) {
      pendingDay = next
      out.push({
        ...c,
        end: next.end,
        value: `${next.value}${clock}`,
        rule: `${c.rule}-day`,
        interval: next.interval,
        inferred: next.inferred,
      })
      continue
    }
    if (day) {
      out.push({ ...c, value: `${day.value}${clock}`, interval: day.interval, inferred: true })
      continue
    }
    if (ctx.ref) {
      const iso = isoDay(ctx.ref)
      out.push({
        ...c,
        value: `${iso}${clock}`,
        interval: { start: iso, end: iso },
        inferred: ctx.refInferred,
      })
      continue
    }
    out.push(c)
  }
  return out
}
