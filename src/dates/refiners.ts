/**
 * Refiners run in order over one block's candidates: drop overlaps (the longer wins), join
 * compound durations ("six years and eight months"), move "the previous year" from the year named
 * before it, give the start of a range the year of its end, read "the week commencing 25 March",
 * "the first five months of 2024" and "the evening of 9 March" as one mention each, then join a time to the date written just
 * before it and give every time with no day of its own the day its text names (see `attachTimes`).
 */
import { addDays } from 'date-fns/addDays'
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth'
import { opensOtherMoment, type ResolveContext, tenseAt, writingDay } from './context'
import type { Candidate } from './matchers'
import { nthWeekday } from './matchers/bank-holidays'
import { PART_OF_PERIOD } from './matchers/periods'
import {
  ANY_WEEKDAY_RULE,
  FOLLOWING_YEAR_RULE,
  NAMED_DAY_SHIFT_RULE,
  NAMED_DAY_SHIFTS,
  PREVIOUS_YEAR_RULE,
  RELATIVE_DAY_RULE,
  THAT_DAY_RULE,
} from './matchers/relative'
import { lookBack, numberValue, WEEKDAY } from './matchers/shared'
import { AFTERNOON_HOURS, partOfDay } from './matchers/times'
import {
  dayInterval,
  dayValue,
  isoDay,
  monthInterval,
  monthsInterval,
  monthValue,
  pad,
  parseDay,
  toDate,
  weekendInterval,
  weekInterval,
  weekValue,
  yearInterval,
  yearText,
} from './timex'

/**
 * Keeps the longest of overlapping candidates; on a tie, the one found first (by matcher order).
 * Candidates are grouped into runs that overlap one another, and each run is settled on its own,
 * so the work stays linear in the number of runs.
 */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  // Most blocks that get here hold one candidate: nothing to settle.
  if (candidates.length === 1) return candidates[0]!.end > candidates[0]!.start ? candidates : []
  // Nor when the candidates already stand apart, in order (no copies: this runs on every block).
  if (apartInOrder(candidates)) return candidates
  // Indexes, not wrappers: by start, then by matcher order.
  const order: number[] = []
  for (let i = 0; i < candidates.length; i++) if (candidates[i]!.end > candidates[i]!.start) order.push(i)
  order.sort((a, b) => candidates[a]!.start - candidates[b]!.start || a - b)
  const kept: Candidate[] = []
  let from = 0
  let runEnd = -1
  for (let k = 0; k < order.length; k++) {
    const c = candidates[order[k]!]!
    if (c.start >= runEnd && k > from) {
      settle(candidates, order, from, k, kept)
      from = k
    }
    runEnd = Math.max(runEnd, c.end)
  }
  settle(candidates, order, from, order.length, kept)
  return kept
}

/** Whether every candidate spans text and starts at or after the end of the one before it. */
function apartInOrder(candidates: readonly Candidate[]): boolean {
  let end = -1
  for (const c of candidates) {
    if (c.end <= c.start || c.start < end) return false
    end = c.end
  }
  return true
}

/**
 * "Good Friday (18 April)", "Easter Monday, 21 April": a holiday named by its weekday, with the day
 * written after it. The day's candidate starts at the holiday's weekday, so the two overlap and
 * the longer day would win without the holiday's first word; the day takes it in (its value,
 * written with the month, stays) and the holiday's own candidate goes. Run before
 * `removeOverlaps`.
 */
export function joinHolidayDays(candidates: Candidate[]): Candidate[] {
  let holidays = 0
  for (const c of candidates) if (c.rule === 'dates/holiday') holidays++
  if (holidays === 0 || candidates.length === 1) return candidates
  const dropped = new Set<Candidate>()
  const out = candidates.map((c) => {
    if (!isDay(c)) return c
    const holiday = candidates.find(
      (h) => h.rule === 'dates/holiday' && h.start < c.start && h.end > c.start && h.end < c.end,
    )
    if (!holiday) return c
    dropped.add(holiday)
    return { ...c, start: holiday.start }
  })
  return dropped.size === 0 ? candidates : out.filter((c) => !dropped.has(c))
}

/**
 * Longest first within one run of overlapping candidates (`order[from]` to `order[to - 1]`,
 * indexes into `candidates` by start); a long run falls back to first come.
 */
function settle(
  candidates: readonly Candidate[],
  order: number[],
  from: number,
  to: number,
  kept: Candidate[],
): void {
  if (to - from === 1) kept.push(candidates[order[from]!]!)
  if (to - from <= 1) return
  const run = order.slice(from, to)
  const span = (i: number) => candidates[i]!.end - candidates[i]!.start
  const ranked = run.length > 64 ? run : run.sort((a, b) => span(b) - span(a) || a - b)
  const chosen: Candidate[] = []
  for (const i of ranked) {
    const c = candidates[i]!
    if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c)
    if (chosen.length > 64) break
  }
  chosen.sort((a, b) => a.start - b.start)
  for (const c of chosen) kept.push(c)
}

/**
 * "Wednesday 10 April 10am", "Friday 31 May at around 4pm", "June 8, 2024, at 10:30 p.m.": a time
 * right after its day; or after a spaced dash, as a page's date line writes the hour it was
 * issued ("Monday, 3 March 2025 - 7:45am").
 */
const JOINER = /^(?:[\s,]{1,3}|,?\s{1,3}at\s{1,3}|,?\s{1,3}[–—-]\s{1,3})$/i
/** A day, perhaps with unknown parts, or a weekday of an unknown week ("on Friday" with no reference). */
const DAY_VALUE = /^(?:(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)|XXXX-WXX-[1-7])$/
/** A time zone written after a time ("2:30 p.m. EST", "10am GMT"), before the day it is on. */
const ZONE = String.raw`(?:\s{1,3}(?:GMT|BST|UTC|[ECMP][SD]?T|CES?T|AE[SD]T|NZ[SD]T|local\s{1,3}time))?`
/** "15:00 GMT Saturday", "9 p.m. ET Thursday": a day written right after a time joins it. */
const DAY_AFTER = new RegExp(String.raw`^${ZONE}[\s,]{1,3}$`)
/** The opening bracket of a day written after a time ("1am (Tuesday 25 June)"), and its close. */
const BRACKET_OPEN = new RegExp(String.raw`^${ZONE}\s{1,3}\(\s{0,2}$`)
const BRACKET_CLOSE = /^\s{0,2}\)/
/** "11pm on Saturday 8 June", "2:30 p.m. EST on Friday": a time joined to its day by "on" is one mention, as written. */
const ON_DAY = new RegExp(String.raw`^${ZONE}[\s,]{0,3}on\s{1,3}(?:the\s{1,3})?$`)
/** "Dec. 25, in the early morning hours": a part of the day written after its day joins it. */
const PART_AFTER_DAY = /^,?\s{1,3}(?:in|during)(?:\s{1,3}the)?\s{1,3}$/i
const PART_CODE = /^T(?:MO|AF|EV|NI)$/
/**
 * A weekday that opens or closes a range of weekdays ("9am to 5pm, Monday to Friday", "Monday to
 * Friday, 9am to 5pm"): the days a time recurs on, not the day of the time beside it.
 */
const OPENS_DAY_RANGE = new RegExp(
  String.raw`^\s{0,3}(?:to|until|till|through|[-–—])\s{0,3}${WEEKDAY}(?![A-Za-z])`,
  'i',
)
const CLOSES_DAY_RANGE = new RegExp(
  String.raw`(?<![A-Za-z])${WEEKDAY}\.?\s{0,3}(?:to|until|till|through|[-–—])\s{0,3}$`,
  'i',
)
/** A day written as its number alone, perhaps after its weekday: "14" of "14 and 15 March", "Monday 14". */
const DAY_NUMBER_ONLY = /^(?:[A-Za-z]{3,9}\.?,?\s{1,3}(?:the\s{1,3})?)?\d{1,2}(?:st|nd|rd|th)?$/
/** The link between two days of a range or a list: "14-15", "14 and 15", "14, 15". */
const DAYS_LINK = /^\s{0,2}(?:[-–—/,&]|to|and|through)\s{0,2}$/i

/** Whether `day`, its number alone, opens a range or a list of days whose month is written later. */
function opensDaysWithoutMonth(day: Candidate, after: Candidate | undefined, text: string): boolean {
  return (
    !!after &&
    isDay(after) &&
    DAY_NUMBER_ONLY.test(text.slice(day.start, day.end)) &&
    DAYS_LINK.test(text.slice(day.end, after.start))
  )
}

/** "2pm and 2.30pm", "9pm-11pm", "2pm, 3pm and 4pm": times of one range or list, which share the day written after the last. */
const TIME_LINK = /^(?:\s{0,3}(?:and|to|or|until|till|[-–—])|,(?:\s{1,3}(?:and|or))?)\s{0,3}$/

/** The day a block leaves to the next ones of the same text: the last day it names. */
export interface DayCarry {
  day: Candidate | null
  /**
   * The last time of day read with its day ("2025-03-03T21:30"), or null: the small hours told
   * after an evening on the same day run on to the next one.
   */
  lastTime?: string | null
}

function isDay(c: Candidate): boolean {
  return c.type === 'DATE' && DAY_VALUE.test(c.value)
}

const PART_OF_DAY_VALUE = /^(?:(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)|XXXX-WXX-[1-7])T(?:MO|AF|EV|NI)$/

/** A day candidate for a day or a part of one ("last night" is its day), else null. */
function asDay(c: Candidate): Candidate | null {
  if (isDay(c)) return c
  const value = dayValueOf(c)
  return value ? { ...c, type: 'DATE', value } : null
}

/** The day a candidate names: a day, or a part of one ("Saturday night", "last night"); else null. */
function dayValueOf(c: Candidate | undefined): string | null {
  if (!c) return null
  if (isDay(c)) return c.value
  return c.type === 'TIME' && PART_OF_DAY_VALUE.test(c.value) ? c.value.slice(0, 10) : null
}

/**
 * "the day before" the day named last, as a day ("the following morning" as that part of it);
 * unchanged (X) when no full day was named.
 */
function shiftedFromNamed(c: Candidate, text: string, named: Candidate | null): Candidate {
  const words = text.slice(c.start, c.end).toLowerCase().replace(/\s+/g, ' ')
  const shift = NAMED_DAY_SHIFTS[words.replace(PART_WORD, 'day')] ?? daysLater(words)
  if (shift === undefined || !named) return c
  const part = c.type === 'TIME' ? c.value.slice(10) : ''
  const from = FULL_DAY.test(named.value) ? parseDay(named.value.slice(0, 10)) : null
  if (!from) {
    const day = yearlessShift(named.value, shift)
    return day ? { ...c, value: `${day}${part}`, inferred: true } : c
  }
  const d = addDays(from, shift)
  return { ...c, value: `${isoDay(d)}${part}`, interval: dayInterval(d), inferred: true }
}

const YEARLESS_DAY = /^XXXX-(\d{2})-(\d{2})/

/**
 * A day of no known year ("Sunday evening, 5th May" is `XXXX-05-05`) moved by whole days, when the
 * month and day it reaches are the same in a leap year and in another ("the following morning"
 * is `XXXX-05-06`); null when the year would decide (the day after 28 February).
 */
function yearlessShift(value: string, shift: number): string | null {
  const m = YEARLESS_DAY.exec(value)
  if (!m) return null
  const reach = (year: number) => {
    const d = toDate(year, Number(m[1]), Number(m[2]))
    return d ? isoDay(addDays(d, shift)).slice(4) : null
  }
  const leap = reach(2024)
  return leap !== null && leap === reach(2023) ? `XXXX${leap}` : null
}

const PART_WORD = /(?:morning|afternoon|evening|night)$/
const DAYS_LATER = /^(.{1,20}) days? (later|earlier)$/

/** The days "two days later" (2) or "a day earlier" (-1) moves by, or undefined. */
function daysLater(words: string): number | undefined {
  const m = DAYS_LATER.exec(words)
  if (!m) return undefined
  const n = m[1] === 'a' || m[1] === 'one' ? 1 : numberValue(m[1]!)
  if (n === null) return undefined
  return m[2] === 'later' ? n : -n
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}/
/** A weekday of an unknown week, perhaps with a time or a part of the day: "XXXX-WXX-2TNI". */
const UNKNOWN_WEEK_WEEKDAY = /^XXXX-WXX-([1-7])(T.{2,5})?$/

/**
 * A weekday of an unknown week that names again the weekday of the full day named last ("on the
 * night of Tuesday, 14th November 2023 ... between 10pm and 11.30pm on Tuesday night") is that
 * day; a weekday still to come ("will appear in court on Tuesday") is another one.
 */
function onNamedWeekday(c: Candidate, named: Candidate | null, text: string): Candidate {
  const m =
    named && c.type !== 'SET' && FULL_DAY.test(named.value) ? UNKNOWN_WEEK_WEEKDAY.exec(c.value) : null
  if (!m) return c
  const d = parseDay(named!.value.slice(0, 10))
  if (!d || (d.getDay() || 7) !== Number(m[1]) || tenseAt(text, c.start, c.end) === 'future') return c
  return { ...c, value: `${isoDay(d)}${m[2] ?? ''}`, interval: dayInterval(d), inferred: true }
}

/** A time with no day of its own; "this morning" has one (the reference day), even when it is unknown. */
function isBareTime(c: Candidate | undefined): c is Candidate {
  return !!c && c.type === 'TIME' && c.value.startsWith('XXXX-XX-XXT') && c.rule !== RELATIVE_DAY_RULE
}

/**
 * "Wednesday 10 April 10am" is one TIME; "11am" after it in "10am-11am" takes the same day, and
 * so does every later time in the block until another day is named. "11pm on Saturday 8 June"
 * is one TIME too; in "between 2pm and 2.30pm on Friday" the day joins the last time, and "2pm"
 * takes it apart. A part of a day written after its day ("Dec. 25, in the early morning hours")
 * joins it. A time with no day takes the last day named before it (in this block, or in an
 * earlier block of the same text through `carry`), else the reference day; "later that day" and
 * "that evening" take the last day named, never the reference day.
 */
export function attachTimes(
  candidates: Candidate[],
  text: string,
  ctx: ResolveContext,
  carry: DayCarry = { day: null },
): Candidate[] {
  const out: Candidate[] = []
  // The clock times among `out`, in order, so the last is at hand without a scan back over `out`.
  const clocks: Candidate[] = []
  let day: Candidate | null = null
  let pendingDay: Candidate | null = null
  let rangeLast = -1
  for (let i = 0; i < candidates.length; i++) {
    const raw = candidates[i]!
    // "on a Tuesday night": any Tuesday is the day of no time but one joined to it.
    if (raw.rule === ANY_WEEKDAY_RULE) {
      if (raw !== pendingDay) put(out, clocks, raw)
      continue
    }
    const c = onNamedWeekday(raw, day ?? carry.day, text)
    if (raw === pendingDay) {
      // A part of a day ("last night") leaves its day, not itself, to the times after it.
      const named: Candidate =
        c.rule === NAMED_DAY_SHIFT_RULE ? shiftedFromNamed(c, text, day ?? carry.day) : c
      day = asDay(named) ?? named
      carry.day = day
      continue
    }
    if (c.rule === NAMED_DAY_SHIFT_RULE) {
      // "the following day": the day after the day named last, if any; never counted from the
      // publication day. The narrative is then on that day: the times after it take it.
      const shifted = shiftedFromNamed(c, text, day ?? carry.day)
      const shiftedDay = shifted === c ? null : asDay(shifted)
      if (shiftedDay) {
        day = shiftedDay
        carry.day = shiftedDay
      }
      put(out, clocks, shifted)
      continue
    }
    if (c.rule === THAT_DAY_RULE && c.type === 'DATE') {
      // "later that day": the day named last, if any; never the publication day.
      const known = day ?? carry.day
      put(out, clocks, known ? { ...c, value: known.value, interval: known.interval, inferred: true } : c)
      continue
    }
    if (isDay(c)) {
      day = c
      carry.day = c
      put(out, clocks, c)
      continue
    }
    if (!isBareTime(c)) {
      // "Saturday night" is the day of the times after it, as "Saturday" would be.
      const partDay = asDay(c)
      if (partDay) {
        day = partDay
        carry.day = partDay
      }
      put(out, clocks, c)
      continue
    }
    const clock = c.value.slice(10)
    const prev = out[out.length - 1]
    const gap = prev ? text.slice(prev.end, c.start) : ''
    const dayBefore = prev === day || (prev?.rule === ANY_WEEKDAY_RULE && isDay(prev))
    if (
      prev &&
      dayBefore &&
      (JOINER.test(gap) || (PART_CODE.test(clock) && PART_AFTER_DAY.test(gap))) &&
      !lookBack(text, prev.start, CLOSES_DAY_RANGE)
    ) {
      out.pop()
      if (clocks.at(-1) === prev) clocks.pop()
      put(out, clocks, {
        ...c,
        start: prev.start,
        value: `${prev.value}${clock}`,
        rule: `${prev.rule}-time`,
        interval: prev.interval,
        inferred: prev.inferred,
      })
      continue
    }
    // The day written after the time, or after the last time of its range (found once per range,
    // so a long run of linked times stays linear).
    if (i > rangeLast) {
      rangeLast = i
      while (
        isBareTime(candidates[rangeLast + 1]) &&
        TIME_LINK.test(text.slice(candidates[rangeLast]!.end, candidates[rangeLast + 1]!.start))
      )
        rangeLast++
    }
    const last = rangeLast
    const writtenAfter = candidates[last + 1]
    const written: Candidate | undefined =
      writtenAfter && onNamedWeekday(writtenAfter, day ?? carry.day, text)
    // "9am the following morning": the day after the one named last.
    const next =
      written?.rule === NAMED_DAY_SHIFT_RULE ? shiftedFromNamed(written, text, day ?? carry.day) : written
    // "11pm on Saturday night" and "9.30pm last night" take the day of the part of a day too;
    // "shortly after midnight on Saturday night" and "2am on Saturday night" are early Sunday.
    const clockOfPart = next ? hourOfPartOfDay(clock, next.value, text.slice(c.start, c.end)) : clock
    const nextDay = next ? smallHoursOfNight(next, clockOfPart) : null
    if (next && nextDay) {
      const gap = text.slice(candidates[last]!.end, next.start)
      // "15:00 GMT Saturday" and "9am on Sunday, 20 October": the day just after the time joins it.
      // "About 1am (Tuesday 25 June 2024)": the day in brackets after the time joins it, brackets and all.
      const closing = BRACKET_OPEN.test(gap) ? BRACKET_CLOSE.exec(text.slice(next.end, next.end + 4)) : null
      const dayRange = OPENS_DAY_RANGE.test(text.slice(next.end, next.end + 16))
      // "5pm on 14 and 15 March": the day is the first of a range that writes its month once, so
      // the time takes its day but is no mention with it, which would end before the month.
      const firstOfDays = next === written && opensDaysWithoutMonth(next, candidates[last + 2], text)
      if (last === i && !dayRange && !firstOfDays && (DAY_AFTER.test(gap) || ON_DAY.test(gap) || closing)) {
        pendingDay = writtenAfter ?? null
        put(out, clocks, {
          ...c,
          end: next.end + (closing ? closing[0].length : 0),
          value: `${nextDay}${clockOfPart}`,
          rule: `${c.rule}-day`,
          interval: dayIntervalOf(nextDay, next),
          inferred: next.inferred,
        })
        continue
      }
      // "between 2pm and 2.30pm on Friday": the earlier times of the range take the day apart.
      if ((last > i || firstOfDays) && (ON_DAY.test(gap) || DAY_AFTER.test(gap) || closing)) {
        put(out, clocks, {
          ...c,
          value: `${nextDay}${clockOfPart}`,
          interval: dayIntervalOf(nextDay, next),
          inferred: next.inferred,
        })
        continue
      }
    }
    // "at around 5.50am on the A1 near Grantham on Monday 10 June": the day later in the sentence,
    // unless the sentence named one before the time.
    const sameSentence = day !== null && !SENTENCE_STOP.test(text.slice(day.end, c.start))
    const known = (sameSentence ? day : dayLaterInSentence(candidates, last, text)) ?? day ?? carry.day
    if (known) {
      const after = smallHoursAfterEvening(
        known,
        clock,
        clocks.at(-1) ?? null,
        carry.lastTime ?? null,
        c,
        text,
      )
      put(
        out,
        clocks,
        after
          ? { ...c, value: `${after}${clock}`, interval: dayIntervalOf(after, c), inferred: true }
          : { ...c, value: `${known.value}${clock}`, interval: known.interval, inferred: true },
      )
      continue
    }
    const today = writingDay(ctx)
    if (today && c.rule !== THAT_DAY_RULE) {
      const iso = isoDay(today)
      put(out, clocks, {
        ...c,
        value: `${iso}${clock}`,
        interval: { start: iso, end: iso },
        inferred: ctx.refInferred,
      })
      continue
    }
    put(out, clocks, c)
  }
  carry.lastTime = clocks.at(-1)?.value ?? carry.lastTime ?? null
  return out
}

const CLOCK_VALUE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}(?::\d{2})?)$/
/** Evening hours: a story told in order that reaches the small hours after one has passed midnight. */
const EVENING_FROM = 18

/** A time of day on a known day: "2025-03-03T21:30". */
const isClockTime = (c: Candidate): boolean => c.type === 'TIME' && CLOCK_VALUE.test(c.value)

/** Adds a candidate to `out`, and to `clocks` when it is a time of day on a known day. */
function put(out: Candidate[], clocks: Candidate[], c: Candidate): void {
  out.push(c)
  if (isClockTime(c)) clocks.push(c)
}

/**
 * The next day, when a time in the small hours with no day of its own ("shortly after midnight",
 * "at 2am") follows, in a later sentence, an evening time of the day it would take ("at around
 * 9.30pm on March 3 … Officers arrested the man just after midnight."): the story has passed
 * midnight. `before` is the last time of day read in this text, `carried` the last one of the
 * texts before it (which always ends a sentence). Null otherwise. The sentence stop is looked for
 * last, and only between the time and the evening before it, so a long run of times stays linear.
 */
function smallHoursAfterEvening(
  known: Candidate,
  clock: string,
  before: Candidate | null,
  carried: string | null,
  time: Candidate,
  text: string,
): string | null {
  if (!SMALL_HOURS.test(clock)) return null
  const lastTime = before ? before.value : carried
  const m = lastTime === null ? null : CLOCK_VALUE.exec(lastTime)
  const d = m ? parseDay(m[1]!) : null
  if (!m || !d || Number(m[2]) < EVENING_FROM || dayValueOf(known) !== m[1]) return null
  // Only across sentences: "called at 11pm on Saturday and again at 2am" keeps its one day.
  if (before && !SENTENCE_STOP.test(text.slice(before.end, time.start))) return null
  return isoDay(addDays(d, 1))
}
const SMALL_HOURS = /^T0[0-5]:/
const NIGHT_OF_FULL_DAY = /^(\d{4}-\d{2}-\d{2})TNI$/

/** The interval of a day value, or the candidate's own when the value is not a full day. */
function dayIntervalOf(value: string, c: Candidate): Candidate['interval'] {
  const d = parseDay(value)
  return d ? dayInterval(d) : c.interval
}

const PART_OF_DAY_CODE = /T(MO|AF|EV|NI)$/
/** A clock written with its half of the day, or on the 24-hour clock ("09:30", "2230", "10pm"). */
const HALF_OF_DAY_WRITTEN = /\d\s{0,2}(?:[ap]\.?m|h)|^\D{0,40}0\d/i

/**
 * "10.30 on Tuesday night" is 22:30, "9 on Friday evening" 21:00: a clock written without its half
 * of the day takes the half of the part of the day it is in. The small hours of a night ("2.30 on
 * Saturday night"), the morning, and a clock written with "am"/"pm" or on the 24-hour clock keep theirs.
 */
function hourOfPartOfDay(clock: string, dayValue: string, written: string): string {
  const part = PART_OF_DAY_CODE.exec(dayValue)?.[1]
  const hours = part ? AFTERNOON_HOURS[part] : undefined
  const m = /^T(\d{2}):(\d{2}(?::\d{2})?)$/.exec(clock)
  if (!hours || !m || HALF_OF_DAY_WRITTEN.test(written)) return clock
  const hour = Number(m[1])
  return hour >= hours[0] && hour <= hours[1] ? `T${pad(hour + 12)}:${m[2]}` : clock
}

/** The day a time written with `c` is on: its day, or the next one for the small hours of its night. */
function smallHoursOfNight(c: Candidate, clock: string): string | null {
  const night = SMALL_HOURS.test(clock) ? NIGHT_OF_FULL_DAY.exec(c.value) : null
  const d = night ? parseDay(night[1]!) : null
  return d ? isoDay(addDays(d, 1)) : dayValueOf(c)
}

/**
 * "between 10pm and 2am": a range that runs from the afternoon or evening to an earlier hour of
 * the morning crosses midnight. It ends the next day; when the end has its day written ("from 9pm
 * until 3am on Saturday 25 May"), it starts the day before.
 */
export function rollOvernightRanges(candidates: Candidate[], text: string): Candidate[] {
  if (candidates.length < 2) return candidates
  const out = candidates.slice()
  for (let i = 1; i < out.length; i++) {
    const from = CLOCK_VALUE.exec(out[i - 1]!.value)
    const to = CLOCK_VALUE.exec(out[i]!.value)
    if (!from || !to || from[1] !== to[1]) continue
    if (Number(from[2]) < 12 || Number(to[2]) >= 12) continue
    if (!TIME_LINK.test(text.slice(out[i - 1]!.end, out[i]!.start))) continue
    const endWritten = out[i]!.rule.endsWith('-day')
    const at = endWritten ? i - 1 : i
    const moved = shiftClock(out[at]!, endWritten ? -1 : 1)
    if (moved) out[at] = moved
  }
  return out
}

/** A time with a full date, moved by whole days; null when its value is not one. */
function shiftClock(c: Candidate, days: number): Candidate | null {
  const m = CLOCK_VALUE.exec(c.value)
  const day = m ? parseDay(m[1]!) : null
  if (!m || !day) return null
  const d = addDays(day, days)
  return { ...c, value: `${isoDay(d)}T${m[2]}:${m[3]}`, interval: dayInterval(d) }
}

/** A stop that ends a sentence: a full stop, "!" or "?" before a space and a capital or a digit. */
const SENTENCE_STOP = /[.!?]["”’)]?\s{1,3}["“‘(]?[\p{Lu}\d]/u
/**
 * "seen at 9pm, and on Tuesday 7 May it was found": a new clause tells of another moment, so a
 * day in it is not the day of the time before it. ", while" tells of the same moment, and stays out.
 */
const CLAUSE_BREAK = /;|,\s{0,3}(?:and|but|then)\b|\b(?:and|but)\s{1,3}(?:then\s{1,3})?on\s/i

/**
 * The day a sentence names after a time: the first day among the next few candidates, with no
 * other time or stop in between; else null.
 */
function dayLaterInSentence(candidates: Candidate[], last: number, text: string): Candidate | null {
  const time = candidates[last]!
  // "at 2 a.m. Police will ...": the stop of "a.m." may end the sentence too.
  const from = text.charCodeAt(time.end - 1) === 46 ? time.end - 1 : time.end
  for (let j = last + 1; j < candidates.length && j <= last + 3; j++) {
    const c = candidates[j]!
    const gap = text.slice(from, c.start)
    if (SENTENCE_STOP.test(gap) || CLAUSE_BREAK.test(gap) || opensOtherMoment(gap)) return null
    if (c.type === 'TIME' && !dayValueOf(c)) {
      // "at 2am and police arrived at 2.10am on Sunday 9 June": a later clock of the same clause
      // with its day gives that day; an earlier one ("9pm ... 1am on Sunday") may be past midnight.
      if (!laterClock(time, c)) return null
      continue
    }
    if (isDay(c) && FULL_DAY.test(c.value)) return c
  }
  return null
}

const BARE_CLOCK = /^XXXX-XX-XXT\d{2}:\d{2}/
/** Two clocks with no day, the second not earlier than the first. */
function laterClock(first: Candidate, second: Candidate): boolean {
  return BARE_CLOCK.test(first.value) && BARE_CLOCK.test(second.value) && second.value >= first.value
}

const DURATION_PARTS =
  /^P(?:(\d{1,6})Y)?(?:(\d{1,6})M)?(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6})S)?)?$/
const DURATION_JOINER = /^,?\s{1,3}(?:and\s{1,3})?$/
const DATE_UNITS = ['Y', 'M', 'W', 'D'] as const
const TIME_UNITS = ['H', 'M', 'S'] as const

/**
 * "six years and eight months" is one duration, P6Y8M, as "4 years 6 months" is P4Y6M: adjacent
 * durations whose units fall from the first to the second join. Weeks beside days become days
 * (P2W3D is written P17D); any other mix with weeks, a fraction or an X stays apart.
 */
export function joinDurations(candidates: Candidate[], text: string): Candidate[] {
  if (candidates.length < 2) return candidates
  const out: Candidate[] = []
  for (const c of candidates) {
    const prev = out[out.length - 1]
    if (
      prev?.type === 'DURATION' &&
      c.type === 'DURATION' &&
      c.mod === null &&
      DURATION_JOINER.test(text.slice(prev.end, c.start))
    ) {
      const value = joinDurationValues(prev.value, c.value)
      if (value) {
        out[out.length - 1] = { ...prev, end: c.end, value, rule: 'dates/compound-duration' }
        continue
      }
    }
    out.push(c)
  }
  return out
}

/** The value of two durations joined, or null when their units do not fall from one to the other. */
function joinDurationValues(a: string, b: string): string | null {
  const pa = DURATION_PARTS.exec(a)
  const pb = DURATION_PARTS.exec(b)
  if (!pa || !pb || a === 'P' || b === 'P') return null
  const lastOfA = pa.slice(1).findLastIndex((v) => v !== undefined)
  const firstOfB = pb.slice(1).findIndex((v) => v !== undefined)
  if (firstOfB <= lastOfA) return null
  const n = pa.slice(1).map((v, i) => Number(v ?? pb[i + 1] ?? 0))
  if (n[2]! > 0) {
    if (n.some((v, i) => i !== 2 && i !== 3 && v > 0)) return null
    n[3] = n[3]! + 7 * n[2]!
    n[2] = 0
  }
  const date = DATE_UNITS.map((u, i) => (n[i]! > 0 ? `${n[i]}${u}` : '')).join('')
  const time = TIME_UNITS.map((u, i) => (n[i + 4]! > 0 ? `${n[i + 4]}${u}` : '')).join('')
  return `P${date}${time ? `T${time}` : ''}`
}

const RANGE_LINK = /^\s{0,3}(?:to|and|until|till|through|[-–—])\s{0,3}$/i
const AND_LINK = /^\s{0,3}and\s{0,3}$/i
/** A range's link with the end's clock in it: " and 6am ", " to 09:00 on ". */
const TIMED_RANGE_LINK =
  /^\s{0,3}(?:to|and|until|till|through|[-–—])\s{1,3}\d{1,2}(?:[:.]\d{2})?\s{0,2}(?:am|pm|a\.m\.|p\.m\.|hrs)?\s{0,3}(?:on\s{1,3})?$/i
/** "between" before the start of a range, perhaps with "the" ("between the 1st and ..."). */
const BETWEEN_BEFORE = /(?<![A-Za-z])between\s{1,3}(?:the\s{1,3})?$/i
const WEEKDAY_RULE = 'dates/weekday'
const WEEK_MS = 7 * 24 * 60 * 60 * 1000
const DAY_OR_MONTH = /^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?$/

/**
 * "from 1 January to 31 December 2023" and "between April and June 2023": the start of a range
 * written without a year takes the year of its end, written or chosen (the year before when it
 * falls later in the year than the end). A weekday that starts a range ("Monday to Friday") is
 * moved back by weeks instead, into its end's week.
 */
export function shareRangeYears(candidates: Candidate[], text: string): Candidate[] {
  if (candidates.length < 2) return candidates
  const out = [...candidates]
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!
    // "between 10pm Thursday and 6am Friday, 29 November": the end's clock stands between a
    // weekday and the day that ends its range.
    const timed = a.rule === WEEKDAY_RULE && isBareTime(out[i + 1]) && i + 2 < out.length
    const b = out[timed ? i + 2 : i + 1]!
    // The end's year, written or chosen ("between March and May" in the past is March and May of
    // the year May last fell in), places the start: never a range that ends before it starts.
    if (a.type !== 'DATE' || b.type !== 'DATE' || !(a.inferred || a.value.startsWith('XXXX'))) continue
    const first = DAY_OR_MONTH.exec(a.value)
    const last = DAY_OR_MONTH.exec(b.value)
    if (!first || !last || last[1] === 'XXXX' || !!first[3] !== !!last[3]) continue
    const link = text.slice(a.end, b.start)
    if (!(timed ? TIMED_RANGE_LINK : RANGE_LINK).test(link)) continue
    // "Remembrance Day and Canada Day", "Cyber Monday and Black Friday": "and" without "between"
    // joins a list, in any order; only a year written at its end is shared ("April and June 2023").
    const list = AND_LINK.test(link) && !lookBack(text, a.start, BETWEEN_BEFORE)
    if (list && (b.inferred || a.rule === WEEKDAY_RULE)) continue
    // "Monday to Friday": a weekday starts the week its end falls in, days not years before it.
    if (a.rule === WEEKDAY_RULE) {
      const start = parseDay(a.value)
      const end = parseDay(b.value)
      if (start && end && start > end) {
        const d = addDays(start, -7 * Math.ceil((start.getTime() - end.getTime()) / WEEK_MS))
        out[i] = { ...a, value: isoDay(d), interval: dayInterval(d) }
      }
      continue
    }
    const month = Number(first[2])
    const day = first[3] ? Number(first[3]) : null
    const later = !list && month * 100 + (day ?? 0) > Number(last[2]) * 100 + Number(last[3] ?? 0)
    const year = Number(last[1]) - (later ? 1 : 0)
    const d = day === null ? null : toDate(year, month, day)
    if (day !== null && !d) continue
    out[i] = {
      ...a,
      value: day === null ? monthValue(year, month) : dayValue(year, month, day),
      interval: d ? dayInterval(d) : monthInterval(year, month),
      inferred: false,
    }
  }
  return out
}

/** "no later than 31 March", "not earlier than August 2020": a bound, part of the mention. */
const NO_LATER_THAN = /(?<![A-Za-z])(?:no|not)\s{1,3}(later|earlier)\s{1,3}than\s{1,3}$/i

/**
 * A date or time after "no later than" is the last it may be (ON_OR_BEFORE), after "no earlier
 * than" the first (ON_OR_AFTER): the words change the value, so they join the mention, as "on or
 * before" does.
 */
export function attachBounds(candidates: Candidate[], text: string): Candidate[] {
  let out: Candidate[] | null = null
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    if (c.mod !== null || (c.type !== 'DATE' && c.type !== 'TIME')) continue
    const bound = lookBack(text, c.start, NO_LATER_THAN)
    if (!bound) continue
    const later = (bound.m[1] ?? '').toLowerCase() === 'later'
    out ??= candidates.slice()
    out[i] = { ...c, start: bound.start, mod: later ? 'ON_OR_BEFORE' : 'ON_OR_AFTER' }
  }
  return out ?? candidates
}

const PART_OF =
  /(?<![A-Za-z])(?:the\s{1,3})?((?:early[\s-]{1,3})?morning\s{1,3}hours|(?:early|small)\s{1,3}hours|early[\s-]{1,3}morning|morning|afternoon|evening|night)\s{1,3}of\s{1,3}(?:the\s{1,3})?$/i
const PART_CODES: Readonly<Record<string, string>> = {
  afternoon: 'AF',
  evening: 'EV',
  morning: 'MO',
  night: 'NI',
}

/** The code and mod of a part of the day: "evening" is EV, "the early morning hours" MO at its START. */
function partCode(words: string): { code: string; mod: Candidate['mod'] } | null {
  const code = PART_CODES[words.toLowerCase()]
  return code ? { code, mod: null } : partOfDay(words)
}

/** "overnight on", "overnight": the night of the day written after it ("overnight on 14 April"). */
const OVERNIGHT = /(?<![A-Za-z-])overnight\s{1,3}(?:on\s{1,3}(?:the\s{1,3})?)?$/i

/**
 * "the evening of March 9" and "the early hours of Sunday 10 March" are that part of that day;
 * "the early hours of Sunday morning" and "of this morning" that part of the day the morning is on.
 * "overnight on 14 April" and "overnight Tuesday" are the night of that day.
 */
export function joinPartOfDay(candidates: Candidate[], text: string): Candidate[] {
  const accepts = (c: Candidate) => isDay(c) || (c.type === 'TIME' && PART_OF_DAY_VALUE.test(c.value))
  const parts = joinLeadOfDay(
    candidates,
    text,
    PART_OF,
    (day, lead) => {
      const part = partCode(lead[1] ?? '')
      const date = day.value.slice(0, 10)
      return part
        ? { ...day, type: 'TIME', value: `${date}T${part.code}`, mod: part.mod, rule: 'dates/part-of-day' }
        : null
    },
    accepts,
  )
  // A night of its own ("overnight on Saturday night") keeps its value; a morning or an evening
  // ("overnight on Saturday morning") is no night, and stays as written. A day that opens a range
  // ("overnight on Friday 3 May into Saturday 4 May") is an end of the range, as written.
  const opening = rangeOpeners(parts, text)
  const nights = joinLeadOfDay(
    parts,
    text,
    OVERNIGHT,
    (day) =>
      isDay(day) || day.value.endsWith('TNI')
        ? {
            ...day,
            type: 'TIME',
            value: `${day.value.slice(0, 10)}TNI`,
            mod: null,
            rule: 'dates/part-of-day',
          }
        : null,
    (c) => accepts(c) && !opening.has(c),
  )
  return nights === parts ? parts : nightsOfListedDays(nights, text)
}

/**
 * The end of a working day written before its day: "end of day Friday", "close of business on
 * Friday", "the end of the day on 8 November", "COB Friday", "EOD today". The initialisms in
 * capitals only: "the cob on Friday" is bread.
 */
const END_OF_DAY =
  /(?<![A-Za-z])(?:(?:[Tt]he\s{1,3})?(?:[Ee]nd|[Cc]lose)\s{1,3}[Oo]f\s{1,3}(?:[Tt]he\s{1,3})?(?:[Dd]ay|[Bb]usiness|[Pp]lay)|EOD|COB)\s{1,3}(?:on\s{1,3})?$/

/**
 * "end of day Friday" and "close of business on 8 November" are one mention, the day at its END,
 * as "the end of the week" is the week at its end: the words before the day change its value.
 */
export function joinEndOfDay(candidates: Candidate[], text: string): Candidate[] {
  return joinLeadOfDay(candidates, text, END_OF_DAY, (day) =>
    day.mod === null ? { ...day, mod: 'END', rule: 'dates/end-of-day' } : null,
  )
}

/** Between the days of a list: "Friday and Saturday", "Friday, Saturday or Sunday". */
const DAY_LIST_LINK = /^(?:\s{0,2},\s{1,3}|\s{1,3}(?:and|or|&)\s{1,3})$/i
/** ", and" closes a list only after a comma has opened it ("Friday, Saturday, and Sunday"). */
const DAY_LIST_LAST_LINK = /^\s{0,2},\s{1,3}(?:and|or)\s{1,3}$/i

/**
 * "overnight on Friday and Saturday" is two nights, as "overnight on Friday" is one: each plain
 * day of a list after "overnight" is the night of that day. A range ("overnight Friday into
 * Saturday") and a day in a clause of its own ("overnight on Saturday, and Sunday is clear") stay days.
 */
function nightsOfListedDays(candidates: Candidate[], text: string): Candidate[] {
  const out = candidates.slice()
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!
    const c = out[i]!
    if (!isDay(c) || prev.type !== 'TIME' || !NIGHT_OF_DAY_VALUE.test(prev.value)) continue
    const link = text.slice(prev.end, c.start)
    const listed =
      DAY_LIST_LINK.test(link) ||
      (DAY_LIST_LAST_LINK.test(link) && i > 1 && DAY_LIST_LINK.test(text.slice(out[i - 2]!.end, prev.start)))
    if (
      !listed ||
      !(prev.rule === NIGHT_OF_LISTED_DAY_RULE || OVERNIGHT_WORD.test(text.slice(prev.start, prev.end)))
    )
      continue
    out[i] = { ...c, type: 'TIME', value: `${c.value.slice(0, 10)}TNI`, rule: NIGHT_OF_LISTED_DAY_RULE }
  }
  return out
}
const NIGHT_OF_DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)TNI$/
const OVERNIGHT_WORD = /^overnight(?![A-Za-z])/i
const NIGHT_OF_LISTED_DAY_RULE = 'dates/night-of-listed-day'

/** Between the two days of a range after "overnight": "into", "to", "through", "until", "-". */
const NIGHT_RANGE_LINK = /^(?:\s{1,3}(?:into|to|through|until|till)\s{1,3}|\s{0,2}[-–]\s{0,2})$/i

/**
 * The days that a range link joins to a later day or part of one ("Friday 3 May into Saturday 4
 * May", "Saturday into Sunday morning"): by the range rule each end is a mention of its own.
 */
function rangeOpeners(candidates: readonly Candidate[], text: string): Set<Candidate> {
  const opening = new Set<Candidate>()
  for (let i = 0; i + 1 < candidates.length; i++) {
    const day = candidates[i]!
    const next = candidates[i + 1]!
    if (!isDay(day) || !NIGHT_RANGE_LINK.test(text.slice(day.end, next.start))) continue
    if (isDay(next) || (next.type === 'TIME' && PART_OF_DAY_VALUE.test(next.value))) opening.add(day)
  }
  return opening
}

/**
 * Joins the words `lead` finds right before a day to it, as `make` says (null leaves the day as
 * it is). A candidate found inside those words on its own ("the week") gives way.
 */
function joinLeadOfDay(
  candidates: Candidate[],
  text: string,
  lead: RegExp,
  make: (day: Candidate, lead: RegExpExecArray) => Candidate | null,
  accepts: (c: Candidate) => boolean = isDay,
): Candidate[] {
  // Copied only once a day takes its lead: most blocks have none.
  let out: Candidate[] | null = null
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    const found = accepts(c) ? lead.exec(text.slice(Math.max(0, c.start - 32), c.start)) : null
    const joined = found ? make(c, found) : null
    if (!found || !joined) {
      out?.push(c)
      continue
    }
    out ??= candidates.slice(0, i)
    const start = c.start - found[0].length
    while (out.length > 0 && out[out.length - 1]!.end > start) out.pop()
    out.push({ ...joined, start })
  }
  return out ?? candidates
}

const WEEK_OF =
  /(?<![A-Za-z])(?:(?:the\s{1,3})?week(end)?\s{1,3}(?:commencing|beginning|starting|of|(ending|ended|to))|w\/c)\s{1,3}$/i

/**
 * "the week commencing 25 March" (and "week beginning", "the week of", "w/c") is one mention,
 * the week of that day; "the weekend of 8-9 March" the weekend of that week. "the week ending 8
 * March" or "the week to 8 March", as statistics offices count weeks, is the seven days to that
 * day, in the ISO week of its last.
 */
export function joinWeekOf(candidates: Candidate[], text: string): Candidate[] {
  const joined = joinLeadOfDay(candidates, text, WEEK_OF, (day, lead) => {
    const d = parseDay(day.value)
    if (!d) return null
    if (lead[2]) {
      if (lead[1]) return null
      const interval = { start: isoDay(addDays(d, -6)), end: isoDay(d) }
      return { ...day, value: weekValue(d), interval, rule: WEEK_OF_RULE }
    }
    if (lead[1])
      return { ...day, value: `${weekValue(d)}-WE`, interval: weekendInterval(d), rule: WEEK_OF_RULE }
    return { ...day, value: weekValue(d), interval: weekInterval(d), rule: WEEK_OF_RULE }
  })
  // "the week of May 20-24": the last day of the range is in that week, and part of the mention.
  const out: Candidate[] = []
  for (const c of joined) {
    const week = out[out.length - 1]
    if (
      week?.rule === WEEK_OF_RULE &&
      week.interval &&
      isDay(c) &&
      c.value >= week.interval.start &&
      c.value <= week.interval.end &&
      WEEK_RANGE_LINK.test(text.slice(week.end, c.start))
    ) {
      out[out.length - 1] = { ...week, end: c.end }
      continue
    }
    out.push(c)
  }
  return out
}

const WEEK_OF_RULE = 'dates/week-of'
const WEEK_RANGE_LINK = /^\s{0,3}(?:to|through|until|till|and|[-–—])\s{0,3}$/i

/** A year or a month with no mod of its own, perhaps with unknown parts: "2024", "this year", "May". */
const YEAR_OR_MONTH = /^(\d{4}|XXXX)(?:-(\d{2}|XX))?$/
/** Which half of a year "the first half", "the latter half" is. */
const HALVES: Readonly<Record<string, 1 | 2>> = { final: 2, first: 1, last: 2, latter: 2, second: 2 }
/** The part of a period "the early part of", "the latter stages of" name. */
const PART_MODS_BY_WORD: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  closing: 'END',
  early: 'START',
  earlier: 'START',
  final: 'END',
  first: 'START',
  last: 'END',
  later: 'END',
  latter: 'END',
  middle: 'MID',
  opening: 'START',
}
const FROM_START: Readonly<Record<string, boolean>> = {
  closing: false,
  final: false,
  first: true,
  last: false,
  opening: true,
}

/**
 * "the first five months of 2024", "the last week of March", "the first half of the year" are one
 * DATE mention each, not a duration and a date. TIMEX3 has values for some such parts (the first
 * three months are Q1, the first six H1, the first month January, the last day the 31st); the
 * others have none, so they take the year or month they lie in, with mod START or END, and the
 * exact interval.
 */
export function joinPartOfPeriod(candidates: Candidate[], text: string): Candidate[] {
  return joinLeadOfDay(
    candidates,
    text,
    PART_OF_PERIOD,
    (period, lead) => partOfPeriod(period, lead),
    (c) => c.type === 'DATE' && c.mod === null && YEAR_OR_MONTH.test(c.value),
  )
}

function partOfPeriod(period: Candidate, lead: RegExpExecArray): Candidate | null {
  const [, whichRaw, countRaw, unitRaw] = lead
  const which = (whichRaw ?? '').toLowerCase()
  const unit = (unitRaw ?? '').toLowerCase().replace(/s$/, '')
  const n = countRaw ? numberValue(countRaw.toLowerCase()) : 1
  const [, y, m] = YEAR_OR_MONTH.exec(period.value)!
  const year = y === 'XXXX' ? null : Number(y)
  const month = m === undefined ? null : m === 'XX' ? 0 : Number(m)
  if (n === null || !Number.isInteger(n) || n < 1) return null
  const rule = 'dates/part-of-period'
  const make = (value: string, interval: Candidate['interval'], mod: Candidate['mod'] = null): Candidate => ({
    ...period,
    value,
    interval,
    mod,
    rule,
  })
  if (unit === 'part' || unit === 'stage') {
    // "the early part of 2024", "the latter stages of the year": no value of their own in TIMEX3.
    const mod = PART_MODS_BY_WORD[which]
    return countRaw || !mod ? null : make(period.value, period.interval, mod)
  }
  if (unit === 'half') {
    // "the first half of the year", "the second half of 2023", "the latter half of 2024"; a month
    // has no halves in TIMEX3.
    const h = HALVES[which]
    if (countRaw || month !== null || h === undefined) return null
    return make(
      `${yearText(year)}-H${h}`,
      year === null ? null : monthsInterval(year, h * 6 - 5, year, h * 6),
    )
  }
  if (unit === 'weekend') {
    if (countRaw || month === null || month === 0 || year === null) return null
    const saturday = nthSaturday(year, month, which)
    return saturday && make(`${weekValue(saturday)}-WE`, weekendInterval(saturday))
  }
  const start = FROM_START[which]
  if (start === undefined) return null
  const mod = start ? 'START' : 'END'
  if (unit === 'month') {
    if (month !== null || n > 12) return null
    const from = start ? 1 : 13 - n
    const to = start ? n : 12
    const interval = year === null ? null : monthsInterval(year, from, year, to)
    if (n === 12) return make(yearText(year), interval)
    if (n === 6) return make(`${yearText(year)}-H${start ? 1 : 2}`, interval)
    if (n === 3) return make(`${yearText(year)}-Q${start ? 1 : 4}`, interval)
    if (n === 1) return make(monthValue(year, from), interval)
    return make(yearText(year), interval, mod)
  }
  // Days and weeks of a year or a month.
  const days = unit === 'week' ? 7 * n : n
  if (month === 0 || year === null) {
    if (days > (month === null ? 366 : 31)) return null
    return make(period.value, null, mod)
  }
  const first = toDate(year, month ?? 1, 1)
  const last = month === null ? toDate(year, 12, 31) : first && lastDayOfMonth(first)
  if (!first || !last) return null
  const length = Math.round((last.getTime() - first.getTime()) / 86_400_000) + 1
  if (days > length) return null
  const from = start ? first : addDays(last, 1 - days)
  const to = start ? addDays(first, days - 1) : last
  if (days === 1) return make(isoDay(from), dayInterval(from))
  return make(period.value, { start: isoDay(from), end: isoDay(to) }, mod)
}

/** Which Saturday of its month a weekend counted in it starts on ("the second weekend of May"); -1 the last. */
const WEEKEND_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  last: -1,
  final: -1,
}

/**
 * The Saturday of the month's first, second, third, fourth or last weekend: a weekend is counted
 * in the month its Saturday falls in, so a month that opens on a Sunday has its first weekend
 * six days later.
 */
function nthSaturday(year: number, month: number, which: string): Date | null {
  const n = WEEKEND_ORDINALS[which]
  return n === undefined ? null : nthWeekday(year, month, 6, n)
}

const YEAR_OF = /^(\d{4})(?:-|$)/

/**
 * "the previous year" and "the following year" move from the nearest year named before them in
 * the block ("in 2023 ... on the previous year" is 2022); with none, they keep their value. After
 * a range ("in 2022-23, down 4% on the previous year") the previous year is the one before its
 * start, the following year the one after its end.
 */
export function anchorYears(candidates: Candidate[], text: string): Candidate[] {
  let first: number | null = null
  let last: number | null = null
  let prev: Candidate | null = null
  let out: Candidate[] | null = null
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    const shift = c.rule === PREVIOUS_YEAR_RULE ? -1 : c.rule === FOLLOWING_YEAR_RULE ? 1 : 0
    const from = shift < 0 ? first : last
    if (shift !== 0 && from !== null && from + shift > 0) {
      const y: number = from + shift
      first = y
      last = y
      prev = null
      out ??= candidates.slice()
      out[i] = { ...c, value: pad(y, 4), interval: yearInterval(y), inferred: true }
      continue
    }
    const written = c.type === 'DATE' && shift === 0 ? YEAR_OF.exec(c.value) : null
    if (written) {
      const y = Number(written[1])
      const joined = prev !== null && last !== null && RANGE_LINK.test(text.slice(prev.end, c.start))
      if (!joined || last === null || y < last) first = y
      last = y
      prev = c
    }
  }
  return out ?? candidates
}
