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
/** The link of a range of weekdays: "Monday to Friday", "Monday–Friday". */
const WEEKDAYS_LINK = /^\s{0,2}(?:[-–—]|to|through|thru)\s{0,2}$/i
/** Between the range's last weekday and its first clock: "Monday to Friday, 9am", "… from 9am", "… between 8am". */
const HOURS_LINK = /^(?:,\s{0,3}|,?\s{1,3}(?:from|between)\s{1,3})$/i
/** The link between the clocks of the hours: "9am to 5pm", "8am and 6pm", "9am until 5pm", "8 a.m.–5 p.m.". */
const CLOCKS_LINK = /^\s{0,3}(?:and|to|until|till|[-–—])\s{0,3}$/i
/** Between the hours and the days after them: "9am to 5pm, Monday to Friday", "6pm-8pm Monday-Saturday". */
const DAYS_AFTER_HOURS = /^(?:,\s{0,3}|,?\s{1,3}(?:on\s{1,3})?)$/i
const CLOCK_OF_NO_DAY = /^XXXX-XX-XXT\d{2}:\d{2}$/
const OPENING_HOURS = 'dates/opening-hours'

/**
 * Opening hours: a range of weekdays written alone beside a range of clocks ("open Monday to
 * Friday, 9am to 5pm", "staffed Monday–Friday between 8am and 6pm", "open 9am to 5pm, Monday to
 * Friday") recurs every week, as "every Monday" does: the days and the clocks are SETs, not this
 * week's Monday and Friday. "Monday to Friday next week" names its week and is left as dates.
 */
export function shareOpeningHours(candidates: Candidate[], text: string): Candidate[] {
  let out: Candidate[] | null = null
  for (let i = 0; i + 2 < candidates.length; i++) {
    const days = weekdayRangeAt(candidates, i, text)
    if (days) {
      // The days, then their hours: "Monday to Friday, 9am to 5pm".
      const first = candidates[i + 2]!
      if (!isClockOfNoDay(first) || !HOURS_LINK.test(text.slice(candidates[i + 1]!.end, first.start)))
        continue
      const last = lastLinkedClock(candidates, i + 2, text)
      out ??= candidates.slice()
      recur(out, i, days)
      for (let k = i + 2; k <= last; k++) out[k] = { ...out[k]!, type: 'SET', rule: OPENING_HOURS }
      i = last
      continue
    }
    if (!isClockOfNoDay(candidates[i])) continue
    // The hours, then their days: "9am to 5pm, Monday to Friday".
    const last = lastLinkedClock(candidates, i, text)
    const after = weekdayRangeAt(candidates, last + 1, text)
    if (!after || !DAYS_AFTER_HOURS.test(text.slice(candidates[last]!.end, candidates[last + 1]!.start))) {
      i = last
      continue
    }
    out ??= candidates.slice()
    for (let k = i; k <= last; k++) out[k] = { ...out[k]!, type: 'SET', rule: OPENING_HOURS }
    recur(out, last + 1, after)
    i = last + 2
  }
  return out ?? candidates
}

/** The two weekdays of a range written alone at `candidates[i]` and after it ("Monday to Friday"), or null. */
function weekdayRangeAt(candidates: Candidate[], i: number, text: string): [string, string] | null {
  const first = candidates[i]
  const last = candidates[i + 1]
  if (first?.type !== 'DATE' || last?.type !== 'DATE') return null
  const from = BARE_WEEKDAY.exec(text.slice(first.start, first.end))?.[1]
  const to = BARE_WEEKDAY.exec(text.slice(last.start, last.end))?.[1]
  return from && to && WEEKDAYS_LINK.test(text.slice(first.end, last.start)) ? [from, to] : null
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

/** Makes the two weekdays from `out[i]` on recur. */
function recur(out: Candidate[], i: number, days: [string, string]): void {
  for (let d = 0; d < 2; d++) {
    const n = isoWeekday(days[d]!)
    out[i + d] = {
      ...out[i + d]!,
      type: 'SET',
      value: `XXXX-WXX-${n}`,
      mod: null,
      interval: null,
      inferred: false,
      rule: OPENING_HOURS,
    }
  }
}

function isClockOfNoDay(c: Candidate | undefined): c is Candidate {
  return !!c && c.type === 'TIME' && CLOCK_OF_NO_DAY.test(c.value)
}

/** The ISO number of a weekday's name: Monday 1 to Sunday 7 (the lexicon counts Sunday 0). */
function isoWeekday(name: string): number {
  return WEEKDAYS[name.toLowerCase()] || 7
}
