/**
 * Days and months written without a year, one after another, go forward: "Applications open on
 * January 15 and close on March 1", written on 10 December, opens next January and so closes next
 * March, though March alone would be this year's. Run before `shareRangeYears`, so a range's start
 * takes the year its end now has.
 */
import { type ResolveContext, tenseAt } from './context'
import type { Candidate } from './matchers'
import { dayInterval, dayValue, monthInterval, monthValue, toDate } from './timex'

/** A day or a month with its year: "2025-01-15", "2025-03". */
const DAY_OR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/

interface Placed {
  readonly year: number
  readonly month: number
  readonly day: number | null
}

function placed(c: Candidate): Placed | null {
  if (c.type !== 'DATE') return null
  const m = DAY_OR_MONTH.exec(c.value)
  if (!m) return null
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null }
}

/** Whether a candidate's year was chosen, not written nor fixed by a weekday: "March 1", "in March". */
function yearChosen(c: Candidate, text: string): boolean {
  if (!c.inferred) return false
  if (c.written) return c.written.year === null && c.written.weekday === null
  // A month alone ("in March"): no digit of a year in its words.
  return !/\d/.test(text.slice(c.start, c.end))
}

/** Month and day as one number to compare, a month alone counting as its first day. */
const order = (p: Placed): number => p.month * 100 + (p.day ?? 1)

/**
 * A yearless day or month of the reference's year that has gone by, after a day or month of a
 * later year in the same run of dates of a block, takes that later year when it then falls on or
 * after it. A past clause ("closed on 1 March") keeps its year; so does a date after a year alone
 * ("by 2030") or a weekday beside the day. A bound or a part of the month goes forward too: "by the
 * end of March", "no later than 1 March".
 */
export function followLaterYear(candidates: Candidate[], text: string, ctx: ResolveContext): Candidate[] {
  const ref = ctx.ref
  if (!ref || ctx.refIsLowerBound || candidates.length < 2) return candidates
  const refYear = ref.getFullYear()
  let out: Candidate[] | null = null
  let anchor: Placed | null = null
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    if (c.type !== 'DATE') continue
    const p = placed(c)
    if (p === null) {
      // A year, a week or a vague date breaks the run.
      anchor = null
      continue
    }
    if (anchor === null || p.year !== refYear || !yearChosen(c, text)) {
      anchor = p.year > refYear ? p : null
      continue
    }
    const moved = movedTo(c, p, anchor.year, ref)
    if (moved && order(p) >= order(anchor) && tenseAt(text, c.start, c.end) !== 'past') {
      out ??= [...candidates]
      out[i] = moved
      anchor = { ...p, year: anchor.year }
    } else anchor = null
  }
  return out ?? candidates
}

/** The candidate in `year`, when its own day or month has gone by at the reference; else null. */
function movedTo(c: Candidate, p: Placed, year: number, ref: Date): Candidate | null {
  if (p.day === null) {
    if (p.month >= ref.getMonth() + 1) return null
    return { ...c, value: monthValue(year, p.month), interval: monthInterval(year, p.month) }
  }
  const here = toDate(p.year, p.month, p.day)
  const there = toDate(year, p.month, p.day)
  if (!here || !there || here >= ref) return null
  return { ...c, value: dayValue(year, p.month, p.day), interval: dayInterval(there) }
}
