/**
 * Times of day: "9am", "10.30pm", "14:00", "22h00", "midnight", "noon", and parts of a day
 * written without one ("in the early hours", "the early-morning raid"). A time written after a date joins
 * it ("Wednesday 10 April 10am"); the refiners give later times in the block that date.
 */

import { CARDINAL_WORDS } from '../../text/number-words'
import { alternation } from '../../text/patterns'
import {
  DOTTED_TIME_DAY_WORDS,
  DOTTED_TIME_LEADS,
  EVENT_VERBS,
  MONTHS,
  NUMBERED_SCRIPTURE_BOOKS,
  PARTS_OF_DAY,
  SCRIPTURE_BOOKS,
  TIME_ZONES,
} from '../lexicon'
import { pad } from '../timex'
import type { Candidate, Matcher } from './shared'
import { B, candidate, E, lookBack, numberValue, pattern } from './shared'

/** "about 9am", "approx. 2:15 a.m." (North American reports), "shortly after midnight". */
const TIME_MOD_BEFORE =
  /(?<![A-Za-z])(about|around|approx(?:imately|\.)?|roughly|(?:shortly|just|soon)\s{1,3}after|(?:shortly|just)\s{1,3}before)\s{1,3}$/i
/** "after midnight", "from just after midnight": the preposition stays outside the mention. */
const AFTER_BEFORE = /(?<![A-Za-z])after\s{1,3}$/i

const QUANTITY_AFTER =
  /^\s{0,2}(?:%|per\s{0,2}cent|percent|million|billion|bn|m\b|k\b|mph|miles|km|kg|metres|tonnes|points|seconds|secs?\b|mins?\b)/i

/**
 * What before bare digits with a colon makes them a clock time: a word of time ("at 14:00"), a
 * modifier of time ("at about 02:00", "shortly after 09:00", "before 14:30"), a dash, or a full
 * date just before ("2024-03-14 09:30", "14 March 2024 09:30").
 */
const CLOCK_BEFORE =
  /(?:(?:at|from|until|till|to|by|between|[-–—])\s{0,2}|(?<![A-Za-z])(?:about|around|approx(?:imately|\.)?|roughly|after|before)\s{1,2}|(?:19|20)\d{2}\s{1,2}|\d{4}-\d{2}-\d{2}\s{1,2})$/i

/**
 * A list or pair of clocks that a word of time opens, before a later one: "at 14:05:30, 14:06:10
 * and 14:07:45", "between 10:00 and 14:00". Scores and verses ("John 3:16, 4:12 and 5:24") have
 * no such word.
 */
const CLOCK_LIST_BEFORE =
  /(?<![A-Za-z])(?:at|from|between|by|until|till)\s{1,2}\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?(?:am|pm|hrs))?(?:,\s{1,2}\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?(?:am|pm|hrs))?){0,6}(?:,\s{1,2}|,?\s{1,2}(?:and|or)\s{1,2})$/i

/**
 * Another clock after bare digits with a colon, as the second end of a range, makes them the first:
 * "open 09:00-17:00", "9:00 to 17:00", "14:00–15:30".
 */
const CLOCK_RANGE_AFTER = /^\s{0,2}(?:[-–—]|to|until|till)\s{0,2}(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|\.\d)/i

/**
 * A book of the Bible right before digits with a colon, as a verse is cited: "John 3:16", "1
 * Corinthians 13:4", and the end of a run of verses ("John 3:16-4:12"). Case-sensitive: "john" is
 * no book.
 */
const SCRIPTURE_BEFORE = new RegExp(
  `(?<![A-Za-z0-9])(?:(?:${alternation(SCRIPTURE_BOOKS)})|[1-3]\\s(?:${alternation(NUMBERED_SCRIPTURE_BOOKS)}))\\s{1,2}(?:\\d{1,3}:\\d{1,3}\\s{0,2}[-–]\\s{0,2})?$`,
)

/** Months' names with their capital, or in capitals: "may" in lower case is a verb. */
const MONTH_WORDS = alternation(
  Object.keys(MONTHS).flatMap((m) => [m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()]),
)
/**
 * A day right after bare digits with a colon makes them a time too: a weekday ("12:15 Tuesday 04
 * June 2024", "19:30, Friday"), or a day of a month, after a comma or "on" as a timetable writes
 * it ("Doors open 19:30, 3 March", "kick-off 15:00 on March 3"), as "7.30pm, 3 March" is one.
 */
const DAY_AFTER_CLOCK = new RegExp(
  `^(?:,\\s{1,3}|\\s{1,3}(?:on\\s{1,3})?)(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day(?![A-Za-z])|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY(?![A-Za-z])|\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(?:${MONTH_WORDS})(?![A-Za-z])|(?:${MONTH_WORDS})\\.?\\s{1,3}\\d{1,2}(?![\\d:]))`,
)

const DAY_AFTER_TIME = new RegExp(`^\\s{1,3}(?:${alternation(DOTTED_TIME_DAY_WORDS)})(?![A-Za-z])`, 'i')
const DOTTED_LEAD = new RegExp(`(?<![A-Za-z])(?:${alternation(DOTTED_TIME_LEADS)})\\s{1,2}$`, 'i')

/**
 * A part of a day right after a bare hour: "at 9 on Friday evening", "at 9 on a Friday evening",
 * "at 7 this morning". It
 * makes the hour a time of that part of the day, as "o'clock" would.
 */
const PART_OF_DAY_AFTER_HOUR =
  /^\s{1,3}(?:on\s{1,3}(?:a\s{1,3})?(?:mon|tues|wednes|thurs|fri|satur|sun)day|last|this|that|the\s{1,3}(?:following|next|same))\s{1,3}(?:morning|afternoon|evening|night)(?![A-Za-z])/i
const AT_BEFORE_HOUR = /(?<![A-Za-z])at\s{1,3}$/i

/**
 * A clock after "in", "of" or "clocked" is a time taken, not a time of day: "finished in 3:07:35",
 * "a time of 2:15:10", "clocked 1:02:03", and without hours "finished in 38:12". "At 14:05:30"
 * stays a time of day.
 */
const ELAPSED_BEFORE = /(?<![A-Za-z])(?:in|of|clocked|ran)\s{1,3}$/i

/**
 * A race or run before "in": "finished the 10K in 38:12", "ran the course in 17:45", "crossed the
 * line in 38:12", "a personal best in 16:45".
 */
const RACE_BEFORE =
  /(?<![A-Za-z])(?:finish|complet|ran|run|rac|marathon|sprint|swim|lap|course|\d{1,3}\s?k(?![A-Za-z])|km|miles?|metres|record|best|line)/i
const IN_BEFORE = /(?<![A-Za-z])in\s{1,3}$/i

/**
 * "in 38:12" is minutes and seconds taken only after a race or run: "moved in 14:30 slot" and
 * "a meeting in 14:30" are none. "of", "clocked" and "ran" say it by themselves.
 */
function minutesTaken(text: string, start: number): boolean {
  if (!IN_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true
  return RACE_BEFORE.test(text.slice(Math.max(0, start - 48), start))
}

/** A time taken, written as a clock with seconds, as a duration: "3:07:35" is PT3H7M35S. */
function elapsed(start: number, end: number, hours: number, minutes: number, seconds: number): Candidate {
  const parts = [hours ? `${hours}H` : '', minutes ? `${minutes}M` : '', seconds ? `${seconds}S` : '']
  return candidate(start, end, 'DURATION', `PT${parts.join('') || '0S'}`, 'dates/elapsed-time')
}

/** The hours of the 12-hour clock that fall in the afternoon, evening and night (after noon). */
export const AFTERNOON_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  AF: [1, 6],
  EV: [1, 11],
  NI: [6, 11],
}

/** A part of the day after a clock that says its half of the day: "in the afternoon", "at night". */
const HALF_OF_DAY_AFTER =
  /^\s{1,3}(?:in\s{1,3}the\s{1,3}(morning|afternoon|evening)|at\s{1,3}(night))(?![A-Za-z])/i
const HALF_OF_DAY_CODES: Readonly<Record<string, string>> = {
  afternoon: 'AF',
  evening: 'EV',
  morning: 'MO',
  night: 'NI',
}

/**
 * An hour of the 12-hour clock with the part of the day written after it ("5 o'clock in the
 * afternoon", "half past two at night"): the 24-hour hour and the length of the words, or null
 * when none follows. Twelve in the morning or at night is midnight's hour, 0.
 */
function halfOfDayAfter(text: string, end: number, hour: number): { hour: number; length: number } | null {
  const m = HALF_OF_DAY_AFTER.exec(text.slice(end, end + 24))
  if (!m) return null
  const code = HALF_OF_DAY_CODES[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 'MO'
  const length = m[0].length
  if (hour === 12) return { hour: code === 'MO' || code === 'NI' ? 0 : 12, length }
  const hours = AFTERNOON_HOURS[code]
  return { hour: hours && hour >= hours[0] && hour <= hours[1] ? hour + 12 : hour, length }
}

/** A time zone in capitals after "am" or "pm" ("3 p.m. ET", "9am AEST"); case-sensitive, so "et" and "est" as words stay out. */
const ZONE_AFTER_HALF = new RegExp(
  `^\\s{1,2}(?:${alternation(TIME_ZONES.map((z) => z.toUpperCase()))})(?![A-Za-z0-9])`,
)

const clock: Matcher = {
  name: 'dates/time',
  needs: 'D',
  anchor: 'D',
  pattern: pattern(
    // The spaces belong to the suffix: "14:00 – 16:00" and "10:00 (CET)" end at their digits.
    `(?<![A-Za-z0-9.:£$€])(\\d{1,2})(?:([:.hH])(\\d{2})(?::(\\d{2}))?)?(?:\\s{0,2}(am|pm|a\\.m\\.|p\\.m\\.|hrs|hours|o['’]?\\s?clock|${alternation(TIME_ZONES)}))?(?![A-Za-z0-9]|[.:]\\d)`,
  ),
  match(m, text) {
    const [all, hh, sep, mm, ss, suffixRaw] = m
    const suffix = (suffixRaw ?? '').toLowerCase().replace(/\./g, '')
    let hour = Number(hh)
    const minute = mm ? Number(mm) : 0
    if (minute > 59) return []
    // "14:05:30", "2:15:10 p.m.": seconds only after a colon, as clocks write them.
    if (ss !== undefined && (sep !== ':' || Number(ss) > 59)) return []
    if (ss !== undefined && !suffix && ELAPSED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))
      return [elapsed(m.index, m.index + all.length, hour, minute, Number(ss))]
    // "finished in 38:12", "a time of 18:32": minutes and seconds taken, as runners write them.
    if (
      sep === ':' &&
      ss === undefined &&
      !suffix &&
      hour <= 59 &&
      ELAPSED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) &&
      minutesTaken(text, m.index)
    )
      return [elapsed(m.index, m.index + all.length, 0, hour, minute)]
    let end = m.index + all.length
    if (/^o/.test(suffix)) {
      // "6 o'clock": an hour of either half of the day; a part of the day after it says which.
      if (sep || hour < 1 || hour > 12) return []
      const half = halfOfDayAfter(text, end, hour)
      if (half) {
        hour = half.hour
        end += half.length
      }
    } else if (suffix === 'am' || suffix === 'pm') {
      if (hour < 1 || hour > 12) return []
      if (suffix === 'pm' && hour !== 12) hour += 12
      if (suffix === 'am' && hour === 12) hour = 0
      // "3 p.m. ET", "10:30am AEST": the zone is part of the time, as after a 24-hour clock.
      end += ZONE_AFTER_HALF.exec(text.slice(end, end + 8))?.[0].length ?? 0
    } else if (sep === 'h' || sep === 'H') {
      // "22h00", as South Africa and much of Europe write the 24-hour clock.
      if (hour > 23 || suffix) return []
    } else if (!sep && !suffix) {
      // A bare hour is a time only with "at" before it and a part of a day after it.
      const after = text.slice(m.index + all.length, m.index + all.length + 40)
      if (hour < 1 || hour > 12 || !AT_BEFORE_HOUR.test(text.slice(Math.max(0, m.index - 6), m.index)))
        return []
      const half = halfOfDayAfter(text, end, hour)
      if (half) {
        hour = half.hour
        end += half.length
      } else if (!PART_OF_DAY_AFTER_HOUR.test(after)) return []
    } else {
      // "3:15 in the afternoon", "10.30 at night": the words after the clock give its half of the day.
      const half = !suffix && hour >= 1 && hour <= 12 ? halfOfDayAfter(text, end, hour) : null
      // Bare digits need a colon and a clock context: "at 14:00", "14:00 hrs". A stop will do after
      // "at" ("called at 14.32"), unless a quantity follows ("at 14.32 per cent").
      const dotted =
        sep === '.' &&
        !suffix &&
        DOTTED_LEAD.test(text.slice(Math.max(0, m.index - 10), m.index)) &&
        !QUANTITY_AFTER.test(text.slice(m.index + all.length, m.index + all.length + 12)) &&
        // "at 14.32" is a clock time; "at 9.30" only with a day or a half of the day after it ("at
        // 9.30 on Friday", "at 9.30 in the morning"), not "at 4.50 each".
        (hour >= 13 ||
          half !== null ||
          DAY_AFTER_TIME.test(text.slice(m.index + all.length, m.index + all.length + 16)))
      if (sep !== ':' && !dotted && !(sep === '.' && (suffix === 'hrs' || TIME_ZONES.includes(suffix))))
        return []
      if (suffix === 'hours' && sep !== ':') return []
      if (hour > 23 || !mm || mm.length !== 2) return []
      const before = text.slice(Math.max(0, m.index - 16), m.index)
      // "John 3:16, 3 March": a chapter and its verse, whatever day or clock follows.
      if (!suffix && sep === ':' && SCRIPTURE_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index)))
        return []
      if (
        !suffix &&
        !CLOCK_BEFORE.test(before) &&
        !DAY_AFTER_CLOCK.test(text.slice(m.index + all.length, m.index + all.length + 24)) &&
        !(
          sep === ':' && CLOCK_RANGE_AFTER.test(text.slice(m.index + all.length, m.index + all.length + 16))
        ) &&
        !CLOCK_LIST_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index))
      )
        return []
      if (half) {
        hour = half.hour
        end += half.length
      }
    }
    const seconds = ss === undefined ? '' : `:${ss}`
    const time = withTimeMod(
      text,
      m.index,
      end,
      `XXXX-XX-XXT${pad(hour)}:${pad(minute)}${seconds}`,
      'dates/time',
    )
    const first = suffix === 'am' || suffix === 'pm' ? bareRangeStart(text, m.index, suffix, hour) : null
    return first ? [first, time] : [time]
  },
}

/**
 * The bare first end of a range of times whose second has "am" or "pm": "between 9 and 11pm",
 * "9-11pm", "from 10.30 to 11am". Groups: hours, minutes (after "between" or "from"); hours,
 * minutes (before a dash).
 */
const BARE_RANGE_START =
  /(?:(?<![A-Za-z])(?:between|from)\s{1,3}(\d{1,2})(?:[:.](\d{2}))?\s{1,3}(?:and|to|until|till)\s{1,3}|(?<![A-Za-z0-9.:£$€,/-])(\d{1,2})(?:[:.](\d{2}))?\s{0,2}[-–]\s{0,2})$/i

/**
 * The first end of "between 9 and 11pm" before the second at `start`, in the second's half of the
 * day (`suffix`, `hour` its hour on the 24-hour clock); in the other half when that puts it
 * after the second ("11-1pm" starts at 11am, "11-2am" at 11pm). Null when there is none.
 */
function bareRangeStart(text: string, start: number, suffix: string, hour: number): Candidate | null {
  const before = lookBack(text, start, BARE_RANGE_START)
  if (!before) return null
  const opened = before.m[1] !== undefined
  const hh = (opened ? before.m[1] : before.m[3]) ?? ''
  const minutes = opened ? before.m[2] : before.m[4]
  const mm = minutes ?? '00'
  const h = Number(hh)
  if (h < 1 || h > 12 || Number(mm) > 59) return null
  let first = (h % 12) + (suffix === 'pm' ? 12 : 0)
  if (first > hour) first = (first + 12) % 24
  // The first digit of the match opens the first end: "between" and "from" hold none.
  const at = before.start + before.m[0].search(/\d/)
  const written = hh.length + (minutes ? minutes.length + 1 : 0)
  return withTimeMod(text, at, at + written, `XXXX-XX-XXT${pad(first)}:${mm}`, 'dates/time')
}

/** A time with the modifier written before it: "around 4.30pm", "shortly after 9am", "about midday". */
function withTimeMod(text: string, start: number, end: number, value: string, rule: string): Candidate {
  const before = lookBack(text, start, TIME_MOD_BEFORE)
  if (!before) return candidate(start, end, 'TIME', value, rule)
  const word = (before.m[1] ?? '').toLowerCase()
  const mod = /after/.test(word) ? 'AFTER' : /before/.test(word) ? 'BEFORE' : 'APPROX'
  return candidate(before.start, end, 'TIME', value, rule, { mod })
}

const NAMED: Readonly<Record<string, string>> = { midday: '12:00', midnight: '24:00', noon: '12:00' }

/**
 * Midnight is T24:00, the end of its day, as TIMEX3 writes it: "closes at midnight on Friday" is
 * the night of Friday into Saturday. After midnight is the small hours of the day it is on
 * ("shortly after midnight on Saturday" is early Saturday): T00:00 of that day.
 */
const namedTime: Matcher = {
  name: 'dates/named-time',
  needs: 'N',
  anchor: 'N',
  pattern: pattern(`${B}(midday|midnight|noon)${E}`),
  match(m, text) {
    const [all, word] = m
    const t = NAMED[(word ?? '').toLowerCase()]
    if (!t) return []
    // "12 noon", "12.00 midnight": the hour written before the word is part of the mention.
    const start = lookBack(text, m.index, TWELVE_BEFORE)?.start ?? m.index
    const c = withTimeMod(text, start, m.index + all.length, `XXXX-XX-XXT${t}`, 'dates/named-time')
    const after = c.mod === 'AFTER' || (c.mod === null && lookBack(text, start, AFTER_BEFORE) !== null)
    return [t === '24:00' && after ? { ...c, value: 'XXXX-XX-XXT00:00' } : c]
  },
}

const TWELVE_BEFORE = /(?<![\d:.,])12(?:[:.]00)?\s{1,2}$/

const CLOCK_LEAD =
  /(?<![A-Za-z])(?:at|from|until|till|by|around|about|approx(?:imately|\.)?|before|after|between|and)\s{1,3}$/i

/**
 * The first end of a range of 24-hour times, which takes its unit from the second: "between 0100
 * and 0400 hours", "from 2300 to 0200 hrs", "2300-0200hrs"; or has its own ("from 0900hrs to
 * 1700hrs"). Groups: hours, minutes, unit (after "between" or "from"); hours, minutes (before a dash).
 */
const MILITARY_RANGE_START =
  /(?:(?<![A-Za-z])(?:between|from)\s{1,3}([01]\d|2[0-3])([0-5]\d)(\s{0,2}(?:hrs|hours))?\s{1,3}(?:and|to|until|till)\s{1,3}|(?<![A-Za-z0-9.:£$€,-])([01]\d|2[0-3])([0-5]\d)\s{0,2}[-–]\s{0,2})$/i

/** The first end of a range of 24-hour times before the second end at `start`, or null. */
function militaryRangeFirst(
  text: string,
  start: number,
): { at: number; hh: string; mm: string; opened: boolean; unit: boolean } | null {
  const before = lookBack(text, start, MILITARY_RANGE_START)
  if (!before) return null
  const opened = before.m[1] !== undefined
  const hh = (opened ? before.m[1] : before.m[4]) ?? ''
  const mm = (opened ? before.m[2] : before.m[5]) ?? ''
  const at = before.start + before.m[0].indexOf(`${hh}${mm}`)
  return { at, hh, mm, opened, unit: before.m[3] !== undefined }
}

/**
 * True when four digits and "hours" at `start` are a 24-hour time: "0730 hrs" always, "1900 hours"
 * after "at" or "from" ("volunteers gave 1900 hours" is a count), and the second end of a range
 * of them ("from 1900 to 2300 hrs", "1900-2300hrs").
 */
export function isMilitaryTime(text: string, start: number, match: string): boolean {
  if (!/^(?:[01]\d|2[0-3])[0-5]\d\s{0,2}h/i.test(match)) return false
  if (match.startsWith('0') || CLOCK_LEAD.test(text.slice(Math.max(0, start - 16), start))) return true
  const first = militaryRangeFirst(text, start)
  if (!first) return false
  // "between" or "from" opens a pair of times; a bare dash needs the clock's "hrs" or a clock word
  // before the first end ("1500-2000 hours of volunteering" counts hours).
  return (
    first.opened || /hrs$/i.test(match) || CLOCK_LEAD.test(text.slice(Math.max(0, first.at - 16), first.at))
  )
}

/** After four digits, the second end of a range of 24-hour times: " to 2300 hrs", "-0200hrs". */
const MILITARY_RANGE_END =
  /^(?:\s{1,3}(?:and|to|until|till)\s{1,3}|\s{0,2}[-–]\s{0,2})((?:[01]\d|2[0-3])[0-5]\d\s{0,2}(?:hrs|hours))(?![A-Za-z0-9])/i

/**
 * Whether the four digits at `start` are the first end of a range of 24-hour times ("from 1900
 * to 2300 hrs"), which takes its unit from the second end: a time, not a year.
 */
export function opensMilitaryRange(text: string, start: number): boolean {
  const m = MILITARY_RANGE_END.exec(text.slice(start + 4, start + 40))
  if (!m?.[1]) return false
  const second = start + 4 + m[0].length - m[1].length
  return militaryRangeFirst(text, second)?.at === start && isMilitaryTime(text, second, m[1])
}

/** The first end of a range of 24-hour times before the second, at `start`; null when none. */
function militaryRangeStart(text: string, start: number): Candidate | null {
  const first = militaryRangeFirst(text, start)
  // A first end with its own unit is a time of its own match.
  if (!first || first.unit) return null
  return withTimeMod(text, first.at, first.at + 4, `XXXX-XX-XXT${first.hh}:${first.mm}`, 'dates/time-24h')
}

/**
 * "at 1900 hours", "0730 hrs": a 24-hour time in four digits, which only its unit marks. A range
 * gives the unit once: both ends are times ("between 0100 and 0400 hours").
 */
const militaryClock: Matcher = {
  name: 'dates/time-24h',
  // A run of four digits: "2100hrs" holds no unit word the trigger scan sees (its "hrs" starts no word).
  needs: 'C',
  anchor: 'C',
  quick: /\d{4}\s{0,2}h/i,
  pattern: pattern(`(?<![A-Za-z0-9.:£$€,])([01]\\d|2[0-3])([0-5]\\d)\\s{0,2}(?:hrs|hours)(?![A-Za-z0-9])`),
  match(m, text) {
    const [all, hh, mm] = m
    if (!isMilitaryTime(text, m.index, all)) return []
    const end = withTimeMod(text, m.index, m.index + all.length, `XXXX-XX-XXT${hh}:${mm}`, 'dates/time-24h')
    const start = militaryRangeStart(text, m.index)
    return start ? [start, end] : [end]
  },
}

/** The code and mod of a part of the day as written ("early-morning"), or null. */
export function partOfDay(words: string): { code: string; mod: Candidate['mod'] } | null {
  return PARTS_OF_DAY[words.toLowerCase().replace(/[\s-]+/g, ' ')] ?? null
}

const partOfDayWords: Matcher = {
  name: 'dates/part-of-day-words',
  needs: 'P',
  anchor: 'P',
  // "in the early hours", "the small hours", "the early morning hours", "the early-morning roundup",
  // "mid-afternoon", "in the late evening":
  // a part of a day the refiners date (see `attachTimes`); "the" belongs to the mention only before "hours".
  pattern: pattern(
    `${B}(?:(the)\\s{1,3})?((?:early[\\s-]{1,3})?morning\\s{1,3}hours|(?:early|small)\\s{1,3}hours|(?:early|mid|late)[\\s-]{1,3}(?:morning|afternoon|evening))${E}`,
  ),
  match(m) {
    const [all, the, words] = m
    const part = partOfDay(words ?? '')
    if (!part) return []
    const start = the && /hours$/i.test(all) ? m.index : m.index + all.length - (words ?? '').length
    return [
      candidate(start, m.index + all.length, 'TIME', `XXXX-XX-XXT${part.code}`, 'dates/part-of-day', {
        mod: part.mod,
      }),
    ]
  },
}

/**
 * What after four bare digits ties them to a day, as a clock time: "at 1930 on Friday", "at 0645
 * this morning", "at 2315 GMT".
 */
const DAY_TIE_AFTER = new RegExp(
  `^\\s{1,3}(?:on\\s{1,3}(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\d{1,2}(?:st|nd|rd|th)?\\s)|today|yesterday|tonight|this\\s{1,3}(?:morning|afternoon|evening)|last\\s{1,3}night|${alternation(TIME_ZONES)})(?![A-Za-z])`,
  'i',
)

/**
 * Whether four digits at `start` with no unit are a 24-hour time: after a word of time ("at",
 * "around", "from") and either led by a nought ("at around 0415", never a year) or tied to a day
 * ("at 1930 on Friday", which is no year either).
 */
export function isBareMilitaryTime(text: string, start: number, depth = 0): boolean {
  if (!/^(?:[01]\d|2[0-3])[0-5]\d(?![A-Za-z0-9]|[.,:/]\d)/.test(text.slice(start, start + 6))) return false
  const after = text.slice(start + 4, start + 24)
  // "detained at 2040 and 2045", "at 0915, 0940 and 1005": four digits joined to a 24-hour time
  // before them, ending their clause as such a time does, are one too ("at 1530 and 2019 was a
  // record year" is not). A chain is followed only a few links back.
  const joined = CLOCK_JOINED_BEFORE.exec(text.slice(Math.max(0, start - 24), start))
  if (joined && depth < MAX_CLOCK_CHAIN && EVENT_CLOCK_END.test(after)) {
    const first = start - joined[0].length + joined[0].indexOf(joined[1]!)
    const unit = joined[2] !== undefined
    if (
      unit ? isMilitaryTime(text, first, joined[1]! + joined[2]!) : isBareMilitaryTime(text, first, depth + 1)
    )
      return true
  }
  if (!CLOCK_LEAD.test(text.slice(Math.max(0, start - 16), start))) return false
  // "Crimestoppers at 0800 555 111": a phone number goes on in digits.
  if (/^\s{1,2}\d/.test(after)) return false
  if (text.charCodeAt(start) === 48 || DAY_TIE_AFTER.test(after)) return true
  // "the convoy left at 1530.", "officers arrived at the scene at 2140 and": a verb of an event
  // before "at", the clause ending after the digits; not "at 1530 Main Street" nor "at 2019 levels".
  return isEventClock(text, start, after)
}

/**
 * A 24-hour time, with or without its unit, and the "and", "or", "then" or comma that joins the
 * four digits after it: "2040 and ", "0915, ", "2040hrs or ". Groups: the digits, the unit.
 */
const CLOCK_JOINED_BEFORE =
  /(?<![A-Za-z0-9.:£$€,/-])((?:[01]\d|2[0-3])[0-5]\d)(\s{0,2}(?:hrs|hours))?(?:\s{0,2},\s{0,3}|\s{1,3})(?:(?:and|or|then)\s{1,3})?$/i
/** How many times back a chain of joined 24-hour times is followed. */
const MAX_CLOCK_CHAIN = 3

/** "the convoy left at 1530.": four digits after a verb of an event and "at", ending the clause. */
function isEventClock(text: string, start: number, after: string): boolean {
  if (!/(?<![A-Za-z])at\s{1,3}$/i.test(text.slice(Math.max(0, start - 6), start))) return false
  const before = text.slice(Math.max(0, start - 90), start)
  const event = EVENT_BEFORE_AT.exec(before)
  if (event === null || !EVENT_CLOCK_END.test(after)) return false
  // "the review found that at 2030, ...": "that" opens a finding, not the place of an event; a
  // verb after it may still be one ("said that he was found at 2050").
  const that = event[0].search(THAT_WORD)
  return that < 0 || EVENT_BEFORE_AT.test(before.slice(event.index + that + 4))
}

const THAT_WORD = /(?<![A-Za-z])that(?![A-Za-z])/i

/** What may follow an event's time in four digits: the end of its clause, or a word of when or where from. */
const EVENT_CLOCK_END =
  /^(?:\s{0,2}(?:[,.;:)!?]|$)|\s{1,3}(?:on|in|at|from|to|for|with|after|before|and|but|when|while|this|last|yesterday|today|tonight|local\s{1,3}time|the\s{1,3}(?:following|next|same))(?![A-Za-z]))/i

/**
 * A verb of an event, then at most four words, before "at": "left at", "arrived at the scene at",
 * "were called to the address at".
 */
const EVENT_BEFORE_AT = new RegExp(
  `(?<![A-Za-z])(?:${alternation(EVENT_VERBS)})(?:\\s{1,3}[a-z]{1,15}){0,4}\\s{1,3}at\\s{1,3}$`,
  'i',
)

/** "at 1930 on Friday", "at around 0415": a 24-hour time in four digits without its unit. */
const bareMilitaryClock: Matcher = {
  name: 'dates/time-24h-bare',
  needs: 'C',
  anchor: 'C',
  pattern: pattern(
    `(?<![A-Za-z0-9.:£$€,/-])([01]\\d|2[0-3])([0-5]\\d)(?![A-Za-z0-9%]|[.,:/]\\d|\\s{0,2}(?:hrs|hours)(?![A-Za-z]))`,
  ),
  match(m, text) {
    const [all, hh, mm] = m
    if (!isBareMilitaryTime(text, m.index)) return []
    return [withTimeMod(text, m.index, m.index + all.length, `XXXX-XX-XXT${hh}:${mm}`, 'dates/time-24h')]
  },
}

/** The hours of a clock in words. */
const HOUR_WORDS = Object.fromEntries(
  Object.entries(CARDINAL_WORDS).filter(([, n]) => n >= 1 && n <= 12),
) as Readonly<Record<string, number>>
/** The minutes a clock in words counts past or to its hour. */
const CLOCK_MINUTES: Readonly<Record<string, number>> = {
  five: 5,
  half: 30,
  quarter: 15,
  ten: 10,
  twenty: 20,
  'twenty five': 25,
}
/** An hour of the clock in words: "two", "twelve". */
export const HOUR_WORD = alternation(Object.keys(HOUR_WORDS))
/** An hour of the clock in words or digits: "two", "12". */
export const SPOKEN_HOUR = `(?:${HOUR_WORD}|1[0-2]|[1-9])`
/** The minutes of a clock in words, before "past" or "to": "half", "a quarter", "twenty-five (minutes)". */
const SPOKEN_MINUTES = '(?:half|(?:a\\s{1,3})?quarter|five|ten|twenty(?:[\\s-]{1,3}five)?)'

/** Prepositions of time before a clock in words. */
const CLOCK_LEAD_WORDS = [
  'at',
  'about',
  'around',
  'approximately',
  'by',
  'until',
  'till',
  'before',
  'after',
  'since',
]
/** One of `words` ending the text before a clock, as a word of its own. */
const leadBefore = (words: readonly string[]) =>
  new RegExp(`(?<![A-Za-z])(?:${words.join('|')})\\s{1,3}$`, 'i')

/**
 * Words before a count of minutes "to" or "past" an hour that make it a clock ("at ten to five",
 * "shortly before twenty past eight"): without one, "ten to five" is as likely a score or a range.
 */
const SPOKEN_CLOCK_LEAD = leadBefore(CLOCK_LEAD_WORDS)
/** What may follow a clock in words that needs its lead: a stop, or a word that ties it to a day. */
const SPOKEN_CLOCK_END =
  /^(?:\s{0,2}(?:[,.;:)!?]|$)|\s{1,3}(?:on|in|at|this|that|last|yesterday|today|tonight|and|when|the\s{1,3}(?:following|next|same))(?![A-Za-z]))/i

/**
 * The hour of the British "half seven" (7:30), in words or digits ("at half 7"); digits that go
 * on after a mark ("by half 7.5%", "half 7,000") are a number, no hour.
 */
const HALF_HOUR = `(?:${HOUR_WORD}|1[0-2]|[1-9](?![0-9]))(?![.,:]\\d)`

/**
 * Words before the British "half seven" (7:30) that make it a clock: a preposition of time ("at
 * half seven", "from half eight"); "cut in half seven times" and "half seven-year-olds" are none.
 */
const HALF_HOUR_LEAD = leadBefore([...CLOCK_LEAD_WORDS, 'from', 'between'])
/** The second end of a pair of such clocks: "from half seven to half eight", "between half seven and half eight". */
const HALF_HOUR_PAIR_LEAD = new RegExp(
  `(?<![A-Za-z])half\\s{1,3}${HALF_HOUR}\\s{1,3}(?:and|to|or|[-–])\\s{1,3}$`,
  'i',
)
/** After such a clock, the link to a second: "from half seven to half eight", "half six until half nine". */
const HALF_HOUR_RANGE_END = /^(?:\s{1,3}(?:to|until|till|or)\s{1,3}|\s{0,2}[-–]\s{0,2})half\s/i

/**
 * A clock in words: "half past two", "a quarter to six", "ten to five", "five o'clock", each
 * with the part of the day after it ("quarter past nine in the morning" is 09:15, "two o'clock
 * in the afternoon" 14:00). Without one the hour is as written, as "5 o'clock" is: 02:30, 05:45.
 */
const spokenClock: Matcher = {
  name: 'dates/spoken-time',
  needs: 'O',
  anchor: 'O',
  pattern: pattern(
    `${B}(?:(${SPOKEN_MINUTES})(?:\\s{1,3}minutes)?\\s{1,3}(past|to)\\s{1,3}(${SPOKEN_HOUR})|(${HOUR_WORD})\\s{1,3}o['’]?\\s?clock|half\\s{1,3}(${HALF_HOUR}))(?![A-Za-z0-9])`,
  ),
  match(m, text) {
    const [all, minutesWord, way, hourWritten, oclock, halfHour] = m
    const start = m.index
    let end = start + all.length
    if (halfHour) return halfHourClock(text, start, end, halfHour)
    const written = (minutesWord ?? '')
      .toLowerCase()
      .replace(/^a\s+/, '')
      .replace(/[\s-]+/g, ' ')
    const minutes = minutesWord ? (CLOCK_MINUTES[written] ?? 0) : 0
    const h = numberValue(hourWritten ?? oclock ?? '') ?? 0
    if (h < 1 || h > 12) return []
    // "ten to five" is 4.50; "quarter to one" 12.45.
    const toHour = way?.toLowerCase() === 'to'
    let hour = toHour ? (h === 1 ? 12 : h - 1) : h
    const minute = toHour ? 60 - minutes : minutes
    const half = halfOfDayAfter(text, end, hour)
    // Without o'clock or a part of the day, "quarter to" and a count of minutes must end as a
    // clock does ("a quarter to six months" is no time), and a count must follow a clock's word.
    const counted = minutesWord !== undefined && written !== 'half' && written !== 'quarter'
    if (!oclock && !half) {
      if ((counted || toHour) && !SPOKEN_CLOCK_END.test(text.slice(end, end + 24))) return []
      // "at ten to one" alone is as often odds as a time.
      if (counted && ((h === 1 && toHour) || !lookBack(text, start, SPOKEN_CLOCK_LEAD))) return []
    }
    if (half) {
      hour = half.hour
      end += half.length
    }
    return [withTimeMod(text, start, end, `XXXX-XX-XXT${pad(hour)}:${pad(minute)}`, 'dates/spoken-time')]
  },
}

/**
 * "half seven", British for 7:30: only after a preposition of time and ending as a clock does
 * ("at half seven on Friday", "until half ten in the evening").
 */
function halfHourClock(text: string, start: number, end: number, written: string): Candidate[] {
  const h = numberValue(written) ?? 0
  if (h < 1 || h > 12) return []
  if (!lookBack(text, start, HALF_HOUR_LEAD) && !lookBack(text, start, HALF_HOUR_PAIR_LEAD)) return []
  const half = halfOfDayAfter(text, end, h)
  const after = text.slice(end, end + 24)
  if (!half && !SPOKEN_CLOCK_END.test(after) && !HALF_HOUR_RANGE_END.test(after)) return []
  const hour = half ? half.hour : h
  const last = half ? end + half.length : end
  return [withTimeMod(text, start, last, `XXXX-XX-XXT${pad(hour)}:30`, 'dates/spoken-time')]
}

export const TIME_MATCHERS: readonly Matcher[] = [
  spokenClock,
  clock,
  militaryClock,
  bareMilitaryClock,
  namedTime,
  partOfDayWords,
]
