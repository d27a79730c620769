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
      // ISO numbers the days from Monday, 1, to Sunday, 7.
      const n = WEEKDAYS[(day[1] ?? '').toLowerCase()] || 7
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
