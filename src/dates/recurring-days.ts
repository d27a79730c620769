/**
 * "31 October each year", "each year on 31 October", "annually on 1 April", "every 12 July": a day
 * written without its year that recurs is that day of every year (`XXXX-10-31`, a SET), as "each
 * July" is that month of every year. No one year is right for it: the next 31 October is only the
 * first of them. A time on such a day recurs with it: "at 5pm on 31 January every year" is
 * `XXXX-01-31T17:00`, a SET.
 */
import { type Candidate, MONTH } from './matchers/shared'

/** A recurrence of a year that may date a day beside it: "each year", "every year", "annually". */
const YEARLY = new Set(['P1Y'])
/**
 * What may stand between a yearly recurrence and the day after it: "each year on", "annually, on",
 * "every year at" (a time on the day).
 */
const YEARLY_THEN_DAY = /^,?\s{1,3}(?:(?:on|at)\s{1,3}(?:the\s{1,3})?)?$/i
/** Only spaces between the day and a yearly recurrence after it: "31 October each year". */
const DAY_THEN_YEARLY = /^\s{1,3}$/
/** "every" or "each" right before the day: "every 12 July", "each July 4". */
const EVERY_BEFORE = /(?<![A-Za-z])(?:every|each)\s{1,3}$/i
/** A day's value, with the year chosen for it or unknown: "2025-10-31", "XXXX-10-31". */
const DATED = /^(?:\d{4}|XXXX)(-\d{2}-\d{2})$/
/** A time's value on a day, with the year chosen for it or unknown: "2025-01-31T17:00". */
const TIMED = /^(?:\d{4}|XXXX)(-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)$/
/** A month's name in a time's text: the day it is on is written, not a weekday ("5pm on 31 January"). */
const MONTH_WRITTEN = new RegExp(`(?<![A-Za-z])${MONTH}(?![A-Za-z])`, 'i')
/** A year in a time's text: "5pm on 31 January 2025" is one day. */
const YEAR_WRITTEN = /(?<![\d:.])(?:1[89]|20)\d{2}(?![\d:.])/

/**
 * The day and clock of a time joined to a day written without its year ("5pm on 31 January"), or
 * null: a time on the writing day, on a weekday or on a day with its year is no recurring day.
 */
function timeOnYearlessDay(c: Candidate, text: string): string | null {
  if (c.type !== 'TIME' || !c.rule.endsWith('-day')) return null
  const timed = TIMED.exec(c.value)
  if (!timed) return null
  const written = text.slice(c.start, c.end)
  return MONTH_WRITTEN.test(written) && !YEAR_WRITTEN.test(written) ? timed[1]! : null
}

/** Whether `c` is a recurrence of a year ("each year", "annually"). */
function isYearly(c: Candidate | undefined): boolean {
  return c?.type === 'SET' && YEARLY.has(c.value)
}

/** Turns the yearless days that recur each year into recurrences of that day. */
export function markRecurringDays(candidates: Candidate[], text: string): Candidate[] {
  let out: Candidate[] | null = null
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    // "at 5pm on 31 January every year": the time recurs with its day.
    const timed = timeOnYearlessDay(c, text)
    if (timed === null && (c.written === null || c.written.year !== null)) continue
    const dated = timed ?? (c.type === 'DATE' ? DATED.exec(c.value)?.[1] : undefined)
    if (!dated) continue
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
      value: `XXXX${dated}`,
      interval: null,
      inferred: false,
    }
  }
  return out ?? candidates
}
