/**
 * "every Monday and Thursday", "each Tuesday, Wednesday and Friday evening": the weekdays listed
 * after "every" recur too, as the first does; a part of the day written after the last one is
 * each day's ("every Friday and Saturday night" is Friday nights and Saturday nights).
 */
import { WEEKDAYS } from './lexicon'
import { type Candidate, PART_OF_DAY } from './matchers/shared'

/**
 * A recurring weekday, perhaps with a part of the day: "XXXX-WXX-5", "XXXX-WXX-6TNI"; or a part of
 * every day ("every morning", "XXXX-XX-XXTMO"), which a clock after it ("at 7am") sets as well.
 */
const SET_WEEKDAY = /^XXXX-(?:WXX-[1-7]|XX-XX(?=T))(T(?:MO|AF|EV|NI|\d{2}:\d{2}))?$/
/** A clock of no known day, as the time matchers leave it: "XXXX-XX-XXT19:00". */
const BARE_CLOCK = /^XXXX-XX-XX(T\d{2}:\d{2})$/
/** The part of the day or the clock of a recurring weekday, or the end of its value. */
const SET_WEEKDAY_PART = /(?:T[A-Z0-9:]{2,5})?$/
const AT_LINK = /^,?\s{1,3}at\s{1,3}$/i
/** The link between two days of a list: a comma, "and", "or", "&". */
const LIST_LINK = /^(?:\s{0,2},\s{1,3}|,?\s{1,3}(?:and|or|&)\s{1,3})$/i
/** A weekday as written in the list, alone or with its part of the day. */
const LISTED_DAY =
  /^((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s{1,3}(morning|afternoon|evening|night))?$/i

/** Turns the weekdays listed after a recurring one into recurrences of their own. */
export function shareSetWeekdays(candidates: Candidate[], text: string): Candidate[] {
  const out = candidates.slice()
  for (let i = 0; i < out.length; i++) {
    const head = out[i]!
    if (head.type !== 'SET' || !SET_WEEKDAY.test(head.value)) continue
    let j = i + 1
    while (j < out.length) {
      const next = out[j]!
      if (!LIST_LINK.test(text.slice(out[j - 1]!.end, next.start))) break
      const day = LISTED_DAY.exec(text.slice(next.start, next.end))
      if (!day) break
      const n = isoWeekday(day[1] ?? '')
      const part = day[2] ? (PART_OF_DAY[day[2].toLowerCase()] ?? '') : ''
      out[j] = {
        ...next,
        type: 'SET',
        value: `XXXX-WXX-${n}${part}`,
        rule: head.rule,
        mod: null,
        interval: null,
        inferred: false,
      }
      j++
    }
    // "every Monday at 7pm": the clock joins the last day of the list, and is every day's.
    const clock = out[j] ? BARE_CLOCK.exec(out[j]!.value)?.[1] : undefined
    if (clock && AT_LINK.test(text.slice(out[j - 1]!.end, out[j]!.start))) {
      const end = out[j - 1]!
      out[j - 1] = {
        ...end,
        end: out[j]!.end,
        value: end.value.replace(SET_WEEKDAY_PART, clock),
        mod: out[j]!.mod,
      }
      out.splice(j, 1)
    }
    // The part of the day (or the clock) after the last day of the list is every day's that has none.
    const last = SET_WEEKDAY.exec(out[j - 1]!.value)?.[1]
    if (last && j - 1 > i) {
      for (let k = i; k < j - 1; k++) {
        const c = out[k]!
        if (!SET_WEEKDAY.exec(c.value)?.[1]) out[k] = { ...c, value: `${c.value}${last}` }
      }
    }
    i = j - 1
  }
  return out
}

/** A weekday written alone, in full: "Monday". */
const BARE_WEEKDAY = /^((?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i
/**
 * A weekday, the weekend or the weekdays, recurring with no part of the day or clock of its own: "Saturdays",
 * "every Monday", "weekends", "weekdays".
 */
const RECURRING_WEEKDAY = /^XXXX-WXX-(?:[1-7]|WE|WD)$/
/** The link of a range of weekdays: "Monday to Friday", "Monday–Friday". */
const WEEKDAYS_LINK = /^\s{0,2}(?:[-–—]|to|through|thru)\s{0,2}$/i
/** The link of two weekdays that share their hours: "Saturday and Sunday 10am-4pm". */
const WEEKDAY_PAIR_LINK = /^\s{1,3}(?:and|&)\s{1,3}$/i
/**
 * Between the days and their first clock: "Monday to Friday, 9am", "… 9am", "… from 9am",
 * "… between 8am", "Weekends: 10am".
 */
const HOURS_LINK = /^(?:[,:]\s{0,3}|,?\s{1,3}(?:(?:from|between)\s{1,3})?)$/i
/**
 * The link between the clocks of the hours: "9am to 5pm", "8am and 6pm", "9am until 5pm", "8
 * a.m.–5 p.m.", or two verbs' ("opens at 9am and closes at 5pm", "starts at 7pm and finishes at 11pm").
 */
const CLOCKS_LINK =
  /^(?:\s{0,3}(?:and|to|until|till|[-–—])\s{0,3}|,?\s{1,3}and\s{1,3}(?:[a-z]{2,12}\s{1,3})?(?:at|until|till)\s{1,3})$/i
/**
 * Between the hours and the days after them: "9am to 5pm, Monday to Friday", "6pm-8pm
 * Monday-Saturday", "10am to 4pm at weekends".
 */
const DAYS_AFTER_HOURS = /^(?:,\s{0,3}|,?\s{1,3}(?:(?:on|at)\s{1,3})?)$/i
/**
 * Between one set of hours and the next of the same timetable: "…, 9am to 5pm, and Saturday
 * 9am–1pm", "… 9am-5pm; Saturday and Sunday 10am-4pm", "… and on Saturday from 10am".
 */
const NEXT_HOURS_LINK = /^(?:\s{0,3}[,;]\s{0,3}(?:and\s{1,3})?|\s{1,3}(?:and|&)\s{1,3})(?:on\s{1,3})?$/i
/**
 * Between two sets of hours that share the days written after the second: "9am to 12pm, and from
 * 2pm to 4pm, every Wednesday", "opens at 9am and the cafe at 10am on Saturdays", "9am to 5pm, and
 * the café from 10am, at weekends". A few words may name what the second hours are of.
 */
const SHARED_DAYS_LINK =
  /^,?\s{1,3}(?:and|&)\s{1,3}(?:(?:[a-z\u00C0-\u024F'’-]{2,20}\s{1,3}){0,4}(?:at|from|between|until|till)\s{1,3})?$/i
const CLOCK_OF_NO_DAY = /^XXXX-XX-XXT\d{2}:\d{2}$/
/** A part of every day: "each night", "every morning" (`XXXX-XX-XXTNI`). */
const EVERY_PART_OF_DAY = /^XXXX-XX-XXT(?:MO|AF|EV|NI)$/
/** Every day as written: "daily", "nightly", "every day", "each night"; not a rate ("per day", "a day"). */
const EVERY_DAY_WORDS = /^(?:daily|nightly|(?:every|each)\s{1,3}(?:day|night))$/i
/** Every day of the week, as hours are written beside it: "seven days a week", "7 days per week". */
const SEVEN_DAYS_A_WEEK = /^(?:7|seven)\s{1,3}days\s{1,3}(?:a|per|each)\s{1,3}week$/i
/** Between a clock and the day it is on: "8pm on Monday 3 June", "8pm, Monday 3 June". */
const ON_DAY_LINK = /^,?\s{1,3}(?:on\s{1,3})?$/i
const FULL_DAY_VALUE = /^\d{4}-\d{2}-\d{2}/
const OPENING_HOURS = 'dates/opening-hours'

/** Days and the clocks of their hours, by index: a group of a timetable. */
interface HoursGroup {
  /** The weekdays written alone, to recur, each with its name. */
  readonly days: ReadonlyArray<readonly [number, string]>
  /** The first and last clock. */
  readonly clocks: readonly [number, number]
  /** The index of the group's last candidate. */
  readonly last: number
}

/**
 * Opening hours: a range of weekdays written alone beside a range of clocks ("open Monday to
 * Friday, 9am to 5pm", "staffed Monday–Friday between 8am and 6pm", "open 9am to 5pm, Monday to
 * Friday") recurs every week, as "every Monday" does: the days and the clocks are SETs, not this
 * week's Monday and Friday. So do the clocks of a recurring weekday ("Saturdays 10am to 2pm"),
 * and a single day with its hours that goes on the same timetable ("…, and Saturday 9am–1pm"),
 * and the hours of every day ("7pm to 5am each night", "daily from 10pm", "every day at 9am").
 * "Monday to Friday next week" names its week and is left as dates, as is a single day with hours
 * of its own ("seen on Friday, 9am to 10am").
 */
export function shareOpeningHours(candidates: Candidate[], text: string): Candidate[] {
  let out: Candidate[] | null = null
  let next = false
  for (let i = 0; i < candidates.length; ) {
    const group = hoursGroupAt(candidates, i, text, next)
    if (!group) {
      next = false
      // A run of clocks with no days is passed whole: each of its clocks would find the same.
      i = isClockOfNoDay(candidates[i]) ? lastLinkedClock(candidates, i, text) + 1 : i + 1
      continue
    }
    out ??= candidates.slice()
    for (const [k, name] of group.days) recur(out, k, name)
    for (let k = group.clocks[0]; k <= group.clocks[1]; k++)
      out[k] = { ...out[k]!, type: 'SET', rule: OPENING_HOURS }
    i = group.last + 1
    next =
      i < candidates.length && NEXT_HOURS_LINK.test(text.slice(candidates[i - 1]!.end, candidates[i]!.start))
  }
  return out ?? candidates
}

/**
 * The group of hours that starts at `candidates[i]`, or null: days then clocks, clocks then days,
 * or a recurring weekday then clocks. A single weekday (or two joined by "and") counts only where
 * the group goes on a timetable (`continued`).
 */
function hoursGroupAt(
  candidates: Candidate[],
  i: number,
  text: string,
  continued: boolean,
): HoursGroup | null {
  const lead = candidates[i]
  if (!lead) return null
  const daily = isEveryDay(lead, text)
  const recurring = daily || isRecurringWeekday(lead)
  const days = recurring
    ? { days: [], last: recurringRangeEnd(candidates, i, text) }
    : weekdaysAt(candidates, i, text, continued)
  if (days) {
    // The days, then their hours: "Monday to Friday, 9am to 5pm", "nightly from 10pm".
    const first = candidates[days.last + 1]
    const link = first ? text.slice(candidates[days.last]!.end, first.start) : ''
    // "daily at 9am", "every day at 7pm" too: the clock of every day.
    if (!isClockOfNoDay(first) || !(HOURS_LINK.test(link) || (daily && AT_LINK.test(link)))) return null
    const last = lastLinkedClock(candidates, days.last + 1, text)
    // "each night from 8pm on Monday 3 June": the clock is that day's, the start of what recurs.
    if (daily && isDayAfter(candidates, last, text)) return null
    return { days: days.days, clocks: [days.last + 1, last], last }
  }
  if (!isClockOfNoDay(lead)) return null
  // The hours, then their days: "9am to 5pm, Monday to Friday"; earlier hours of the same
  // sentence share those days ("9am to 12pm, and 2pm to 4pm, on Tuesdays").
  let last = lastLinkedClock(candidates, i, text)
  while (
    isClockOfNoDay(candidates[last + 1]) &&
    SHARED_DAYS_LINK.test(text.slice(candidates[last]!.end, candidates[last + 1]!.start))
  )
    last = lastLinkedClock(candidates, last + 1, text)
  const after = candidates[last + 1]
  if (!after || !DAYS_AFTER_HOURS.test(text.slice(candidates[last]!.end, after.start))) return null
  // "10am to 2pm on Saturdays", "10am to 4pm at weekends", "7pm to 5am each night": the hours of a
  // recurring day.
  if (isRecurringWeekday(after) || isEveryDay(after, text))
    return { days: [], clocks: [i, last], last: recurringRangeEnd(candidates, last + 1, text) }
  const daysAfter = weekdaysAt(candidates, last + 1, text, continued)
  return daysAfter ? { days: daysAfter.days, clocks: [i, last], last: daysAfter.last } : null
}

/**
 * The weekdays written alone from `candidates[i]` on: a range ("Monday to Friday"), or, where
 * `single`, one weekday or two joined by "and" ("Saturday and Sunday"); null when none.
 */
function weekdaysAt(
  candidates: Candidate[],
  i: number,
  text: string,
  single: boolean,
): { days: Array<[number, string]>; last: number } | null {
  const from = bareWeekday(candidates[i], text)
  if (!from) return null
  const second = candidates[i + 1]
  const to = bareWeekday(second, text)
  const link = to ? text.slice(candidates[i]!.end, second!.start) : ''
  if (to && (WEEKDAYS_LINK.test(link) || (single && WEEKDAY_PAIR_LINK.test(link))))
    return {
      days: [
        [i, from],
        [i + 1, to],
      ],
      last: i + 1,
    }
  return single ? { days: [[i, from]], last: i } : null
}

function isRecurringWeekday(c: Candidate | undefined): boolean {
  return c?.type === 'SET' && RECURRING_WEEKDAY.test(c.value)
}

/** The index of the end of a range of recurring weekdays from `candidates[i]` ("Mon-Fri"), or `i`. */
function recurringRangeEnd(candidates: Candidate[], i: number, text: string): number {
  const next = candidates[i + 1]
  return isRecurringWeekday(candidates[i]) &&
    isRecurringWeekday(next) &&
    WEEKDAYS_LINK.test(text.slice(candidates[i]!.end, next!.start))
    ? i + 1
    : i
}

/** The name of a weekday candidate written alone ("Monday"), or null. */
function bareWeekday(c: Candidate | undefined, text: string): string | null {
  if (c?.type !== 'DATE') return null
  return BARE_WEEKDAY.exec(text.slice(c.start, c.end))?.[1] ?? null
}

/** The index of the last clock of the range of clocks that starts at `candidates[i]`. */
function lastLinkedClock(candidates: Candidate[], i: number, text: string): number {
  let k = i
  while (
    isClockOfNoDay(candidates[k + 1]) &&
    CLOCKS_LINK.test(text.slice(candidates[k]!.end, candidates[k + 1]!.start))
  )
    k++
  return k
}

/** Makes the weekday at `out[i]` recur. */
function recur(out: Candidate[], i: number, day: string): void {
  out[i] = {
    ...out[i]!,
    type: 'SET',
    value: `XXXX-WXX-${isoWeekday(day)}`,
    mod: null,
    interval: null,
    inferred: false,
    rule: OPENING_HOURS,
  }
}

/** Whether `c` is every day, or a part of every day: "daily", "every day", "each night", "seven days a week". */
function isEveryDay(c: Candidate, text: string): boolean {
  if (c.type !== 'SET') return false
  return (
    EVERY_PART_OF_DAY.test(c.value) ||
    (c.value === 'P1D' && EVERY_DAY_WORDS.test(text.slice(c.start, c.end))) ||
    SEVEN_DAYS_A_WEEK.test(text.slice(c.start, c.end))
  )
}

/** Whether a day of the calendar follows the clock at `candidates[i]`: "8pm on Monday 3 June". */
function isDayAfter(candidates: Candidate[], i: number, text: string): boolean {
  const next = candidates[i + 1]
  return (
    !!next &&
    next.type === 'DATE' &&
    FULL_DAY_VALUE.test(next.value) &&
    ON_DAY_LINK.test(text.slice(candidates[i]!.end, next.start))
  )
}

function isClockOfNoDay(c: Candidate | undefined): c is Candidate {
  return !!c && c.type === 'TIME' && CLOCK_OF_NO_DAY.test(c.value)
}

/** The ISO number of a weekday's name: Monday 1 to Sunday 7 (the lexicon counts Sunday 0). */
function isoWeekday(name: string): number {
  return WEEKDAYS[name.toLowerCase()] || 7
}
