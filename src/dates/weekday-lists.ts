/**
 * "overnight on Friday and Saturday", "on Thursday, Friday and Saturday": the weekdays of one list
 * run in the order of the week, in one direction from the writing day. Each is first read on its
 * own, and a list with the writing day's weekday in it is then read the way the rest of it reads
 * (written on a Saturday, "will patrol on Friday and Saturday" gave next Friday and today); a list
 * whose first day was read ahead and a later one behind runs on from the first.
 */

import type { Day } from 'date-fns'
import { nextDay } from 'date-fns/nextDay'
import { previousDay } from 'date-fns/previousDay'
import { type ResolveContext, writingDay } from './context'
import type { Candidate } from './matchers'
import { dayInterval, isoDay, parseDay } from './timex'

/** A weekday written alone, perhaps with its part of the day: "Friday", "Saturday night". */
const BARE_WEEKDAY =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s{1,3}(?:morning|afternoon|evening|night))?$/i
/** Between the days of a list: ", ", " and ", " or ", " & ", ", and ". */
const LIST_LINK = /^(?:\s{0,2},\s{1,3}|,?\s{1,3}(?:and|or|&)\s{1,3})$/i
const WEEKDAY_RULES = new Set(['dates/weekday', 'dates/weekday-part-of-day'])
const DAY_MS = 24 * 60 * 60 * 1000

/** Puts the weekdays of each list in the order of the week, in the direction the rest of it reads. */
export function orderListedWeekdays(candidates: Candidate[], text: string, ctx: ResolveContext): Candidate[] {
  const today = writingDay(ctx)
  if (!today || candidates.length < 2) return candidates
  let out: Candidate[] | null = null
  for (let i = 0; i < candidates.length; ) {
    let j = i
    while (j + 1 < candidates.length && listed(candidates[j]!, candidates[j + 1]!, text)) j++
    if (j > i && isWeekday(candidates[i]!, text)) {
      const run = candidates.slice(i, j + 1)
      const days = run.map((c) => parseDay(c.value.slice(0, 10))!)
      const ordered = inWeekOrder(days, today)
      if (ordered) {
        out ??= candidates.slice()
        ordered.forEach((d, k) => {
          if (d.getTime() !== days[k]!.getTime()) out![i + k] = moved(run[k]!, d)
        })
      }
    }
    i = j + 1
  }
  return out ?? candidates
}

/** Whether `b` is the next weekday of a list that `a` is in. */
function listed(a: Candidate, b: Candidate, text: string): boolean {
  return isWeekday(a, text) && isWeekday(b, text) && LIST_LINK.test(text.slice(a.end, b.start))
}

/** A weekday read from the writing day, as written alone: no "last", "next" or "early". */
function isWeekday(c: Candidate, text: string): boolean {
  return (
    WEEKDAY_RULES.has(c.rule) &&
    c.mod === null &&
    BARE_WEEKDAY.test(text.slice(c.start, c.end)) &&
    !!parseDay(c.value.slice(0, 10))
  )
}

/**
 * The days of a list put in the order of the week, or null when they already are (each after the
 * one before, within a week of the first) or when the list reads both ways. With the writing day
 * in it, the other days say the direction: all before it, the list ends at its last day; all after
 * it, it starts at its first. With none on the writing day, each keeps its own (written on a
 * Wednesday, "met on Monday and Thursday" is this Monday and last Thursday), unless the first is
 * ahead and a later one behind: the cue before the list read its first day ahead, and the rest
 * run on from it.
 */
function inWeekOrder(days: Date[], today: Date): Date[] | null {
  const t = today.getTime()
  const inOrder = days.every(
    (d, k) => k === 0 || (d > days[k - 1]! && d.getTime() - days[0]!.getTime() < 7 * DAY_MS),
  )
  if (inOrder) return null
  const others = days.filter((d) => d.getTime() !== t)
  if (others.length === 0) return null
  const past = others.every((d) => d.getTime() < t)
  const future = others.every((d) => d.getTime() > t)
  if (others.length === days.length) {
    // "The meetings are on Friday and Saturday": the later days, read without the cue, fell behind.
    if (past || future || days[0]!.getTime() < t) return null
    return forwardFrom(days)
  }
  if (past === future) return null
  if (future) return forwardFrom(days)
  const out = days.slice()
  for (let k = out.length - 2; k >= 0; k--) out[k] = previousDay(out[k + 1]!, out[k]!.getDay() as Day)
  return out
}

/** The days after the first moved on from it in the order of the week. */
function forwardFrom(days: Date[]): Date[] {
  const out = days.slice()
  for (let k = 1; k < out.length; k++) out[k] = nextDay(out[k - 1]!, out[k]!.getDay() as Day)
  return out
}

/** A weekday's candidate moved to the day `d`, its part of the day kept. */
function moved(c: Candidate, d: Date): Candidate {
  return { ...c, value: `${isoDay(d)}${c.value.slice(10)}`, interval: dayInterval(d) }
}
