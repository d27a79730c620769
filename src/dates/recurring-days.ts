/**
 * "31 October each year", "each year on 31 October", "annually on 1 April", "every 12 July": a day
 * written without its year that recurs is that day of every year (`XXXX-10-31`, a SET), as "each
 * July" is that month of every year. No one year is right for it: the next 31 October is only the
 * first of them.
 */
import type { Candidate } from './matchers/shared'

/** A recurrence of a year that may date a day beside it: "each year", "every year", "annually". */
const YEARLY = new Set(['P1Y'])
/** What may stand between a yearly recurrence and the day after it: "each year on", "annually, on". */
const YEARLY_THEN_DAY = /^,?\s{1,3}(?:on\s{1,3}(?:the\s{1,3})?)?$/i
/** Only spaces between the day and a yearly recurrence after it: "31 October each year". */
const DAY_THEN_YEARLY = /^\s{1,3}$/
/** "every" or "each" right before the day: "every 12 July", "each July 4". */
const EVERY_BEFORE = /(?<![A-Za-z])(?:every|each)\s{1,3}$/i
/** A day's value, with the year chosen for it or unknown: "2025-10-31", "XXXX-10-31". */
const DATED = /^(?:\d{4}|XXXX)(-\d{2}-\d{2})$/

/** Whether `c` is a recurrence of a year ("each year", "annually"). */
function isYearly(c: Candidate | undefined): boolean {
  return c?.type === 'SET' && YEARLY.has(c.value)
}

/** Turns the yearless days that recur each year into recurrences of that day. */
export function markRecurringDays(candidates: Candidate[], text: string): Candidate[] {
  let out: Candidate[] | null = null
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    if (c.written === null || c.written.year !== null) continue
    const dated = DATED.exec(c.value)
    if (!dated || c.type !== 'DATE') continue
    const prev = candidates[i - 1]
    const next = candidates[i + 1]
    const every = EVERY_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start))
    const recurs =
      every !== null ||
      (isYearly(prev) && YEARLY_THEN_DAY.test(text.slice(prev!.end, c.start))) ||
      (isYearly(next) && DAY_THEN_YEARLY.test(text.slice(c.end, next!.start)))
    if (!recurs) continue
    out ??= candidates.slice()
    out[i] = {
      ...c,
      start: every ? c.start - every[0].length : c.start,
      type: 'SET',
      value: `XXXX${dated[1]}`,
      interval: null,
      inferred: false,
    }
  }
  return out ?? candidates
}
