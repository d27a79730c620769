/** Recurrences (SET): "per month", "every year", "each week", "annual", "every two years", "every Monday". */
import { alternation } from '../../text/patterns'
import { MAGNITUDE_ABBREVIATIONS, MAGNITUDE_WORDS, NOT_PLURAL_WORDS, SEASONS, WORD_SPACE } from '../lexicon'
import { durationValue, monthValue } from '../timex'
import type { Candidate, Matcher } from './shared'
import {
  B,
  candidate,
  E,
  lookBack,
  MONTH,
  NUMBER,
  namedMonth,
  numberValue,
  PART_OF_DAY,
  pattern,
} from './shared'

export const SET_UNITS: Readonly<Record<string, { letter: string; time: boolean; times: number }>> = {
  annum: { letter: 'Y', time: false, times: 1 },
  day: { letter: 'D', time: false, times: 1 },
  fortnight: { letter: 'W', time: false, times: 2 },
  hour: { letter: 'H', time: true, times: 1 },
  minute: { letter: 'M', time: true, times: 1 },
  month: { letter: 'M', time: false, times: 1 },
  night: { letter: 'D', time: false, times: 1 },
  quarter: { letter: 'M', time: false, times: 3 },
  second: { letter: 'S', time: true, times: 1 },
  week: { letter: 'W', time: false, times: 1 },
  weekend: { letter: 'W', time: false, times: 1 },
  year: { letter: 'Y', time: false, times: 1 },
}

/** Adjectives and adverbs of frequency and their period (keep sorted). */
export const FREQUENCY_WORDS: Readonly<Record<string, string>> = {
  annual: 'P1Y',
  annually: 'P1Y',
  biannual: 'P6M',
  biannually: 'P6M',
  // Every two years; "biannual" is twice a year.
  biennial: 'P2Y',
  biennially: 'P2Y',
  daily: 'P1D',
  fortnightly: 'P2W',
  hourly: 'PT1H',
  monthly: 'P1M',
  nightly: 'P1D',
  quarterly: 'P3M',
  weekly: 'P1W',
  yearly: 'P1Y',
}

const MEASURE_BEFORE =
  /(?<![A-Za-z])(?:metres|meters|miles|kilometres|kilometers|km|feet|litres|liters|gallons|words|beats|frames|revolutions|mph|kph)\s{1,3}$/i

const NOT_PLURAL = `(?:${alternation(NOT_PLURAL_WORDS, WORD_SPACE)})`

const RATE_BEFORE = new RegExp(
  `(?:\\d|once|twice|times|(?<![A-Za-z])(?!${NOT_PLURAL}[\\s-])[a-z]{1,20}s|(?<![A-Za-z])(?:${alternation(MAGNITUDE_WORDS, WORD_SPACE)})|\\d(?:${alternation(MAGNITUDE_ABBREVIATIONS, WORD_SPACE)}))[\\s-]{1,3}$`,
  'i',
)

const FREQUENCY_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:once|twice|thrice|(?:${NUMBER})\\s{1,3}times)\\s{1,3}$`,
  'i',
)

/**
 * "seven days a week", "24 hours a day", "365 days a year": the time taken up in each period
 * belongs to the recurrence, as "twice a year" does.
 */
const SPAN_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${NUMBER})[\\s-]{1,3}(?:day|hour|minute|month|night|week)s?\\s{1,3}$`,
  'i',
)

/**
 * "Every day counts", "every minute matters": the days are the subject of a saying about their
 * worth, not a time things recur at.
 */
const WORTH_AFTER = /^\s{1,3}(?:counts|counted|matters|mattered|is\s{1,3}precious)(?![A-Za-z])/i

const QUARTER_SHARE_AFTER = /^\s{1,3}of(?![A-Za-z])/i

/**
 * "each year group", "every year-group", "each year level": a school's classes of one year, not a
 * recurrence.
 */
const YEAR_GROUP_AFTER = /^(?:\s{1,3}|-)(?:group|level)s?(?![A-Za-z])/i

/**
 * "236 a year earlier", "40 a month later", "12 months a year ago": a length of time back or on
 * from an event, not a rate.
 */
const SHIFT_AFTER = /^\s{1,3}(?:ago|earlier|later|previously)(?![A-Za-z])/i

/**
 * "per month", "every year", "each week", "every two years", "every day of the year", "reports a
 * month", over the units given.
 */
/** "every other week", "every second Tuesday", "every third month": one in so many, singular. */
const NTH: Readonly<Record<string, number>> = { alternate: 2, fourth: 4, other: 2, second: 2, third: 3 }
const EVERY_NTH = Object.keys(NTH).join('|')

const everyUnitPattern = (units: string): RegExp =>
  pattern(
    `${B}(per|every|each|a|an)(?:\\s{1,3}|-(?=[a-z]{3,9}${E}))(?:(${NUMBER}|${EVERY_NTH})\\s{1,3})?(${units})(s)?(\\s{1,3}of\\s{1,3}the\\s{1,3}(?:year|week))?${E}`,
  )

const everyUnit: Matcher = {
  name: 'dates/every-unit',
  needs: 'U',
  // Every unit it reads is a unit word of the trigger scan.
  anchor: 'U',
  pattern: everyUnitPattern('annum|day|fortnight|hour|minute|month|night|second|weekend|week|year'),
  match: everyUnitMatch,
}

/** "every quarter", "£2m a quarter": the trigger scan reads "quarter" as a Q word, not a unit. */
const everyQuarter: Matcher = {
  name: 'dates/every-quarter',
  needs: 'Q',
  pattern: everyUnitPattern('quarter'),
  match: everyUnitMatch,
}

function everyUnitMatch(m: RegExpExecArray, text: string): Candidate[] {
  const [all, lead, count, unitWord, plural] = m
  const unit = SET_UNITS[(unitWord ?? '').toLowerCase()]
  if (!unit || !lead) return []
  const l = lead.toLowerCase()
  const start = m.index
  // "miles per hour" is a speed, not a recurrence.
  if (l === 'per' && MEASURE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return []
  if (
    (l === 'every' || l === 'each') &&
    WORTH_AFTER.test(text.slice(start + all.length, start + all.length + 16))
  )
    return []
  // "each year group" is a school's class.
  if (
    (l === 'every' || l === 'each') &&
    !count &&
    unitWord?.toLowerCase() === 'year' &&
    YEAR_GROUP_AFTER.test(text.slice(start + all.length, start + all.length + 10))
  )
    return []
  // "every second week" is an ordinal, not a rate per second.
  if (unitWord?.toLowerCase() === 'second' && !count && l !== 'per') return []
  // "twice a year", "three times a week", "seven days a week": the frequency belongs to the mention.
  const freq =
    l === 'a' || l === 'an' || l === 'per' || l === 'every'
      ? (lookBack(text, start, FREQUENCY_BEFORE) ?? lookBack(text, start, SPAN_BEFORE))
      : null
  // "a month" is a rate only after a count or a sum: "561 reports a month", "twice a year",
  // "£17 billion a year", "the £50million-a-year trade", "one day a week".
  if (
    (l === 'a' || l === 'an') &&
    (count || (!freq && !RATE_BEFORE.test(text.slice(Math.max(0, start - 16), start))))
  )
    return []
  if ((l === 'a' || l === 'an') && SHIFT_AFTER.test(text.slice(start + all.length, start + all.length + 14)))
    return []
  const from = freq ? freq.start : start
  let n = 1
  if (count) {
    // "every other week" is singular, "every two weeks" plural; "a second week" is no rate.
    const nth = NTH[count.toLowerCase()]
    if (nth && l !== 'every' && l !== 'each') return []
    const v = nth ?? numberValue(count)
    if (v === null || v <= 0 || !!nth === !!plural) return []
    n = v
  } else if (plural) return []
  // "a quarter of the cases" is a share, not a rate.
  if (unit.times === 3 && QUARTER_SHARE_AFTER.test(text.slice(start + all.length, start + all.length + 6)))
    return []
  if (unitWord?.toLowerCase() === 'weekend')
    return [candidate(from, start + all.length, 'SET', 'XXXX-WXX-WE', 'dates/every-unit')]
  return [
    candidate(
      from,
      start + all.length,
      'SET',
      durationValue(n * unit.times, unit.letter, unit.time),
      'dates/every-unit',
    ),
  ]
}

/** "annual general meeting": the name of a kind of meeting, in any case, as "AGM" is. */
const GENERAL_MEETING_AFTER = /^\s{1,2}general\s{1,2}(?:meeting|assembly)(?![A-Za-z])/i

/** A capitalised word right after a capitalised frequency word, as in a name. */
const TITLE_WORD_AFTER = /^[ \t\u00a0]{1,2}[A-Z]/
/** A capitalised word of a name before "Biennial", the festival: "the Liverpool Biennial". */
const NAME_WORD_BEFORE =
  /(?<![A-Za-z])(?!(?:The|A|An|Our|Its|This|Their|Every|Each)\s)[A-Z][A-Za-z'’-]{1,20}[ \t\u00a0]{1,2}$/

const frequency: Matcher = {
  name: 'dates/frequency',
  needs: 'F',
  anchor: 'F',
  pattern: pattern(
    `${B}(annual|annually|biannual|biannually|biennial|biennially|daily|fortnightly|hourly|monthly|nightly|quarterly|weekly|yearly)${E}`,
  ),
  match(m, text) {
    const [all, word] = m
    const value = FREQUENCY_WORDS[(word ?? '').toLowerCase()]
    if (!value) return []
    // "Annual Report 2023", "the Annual General Meeting", "Weekly Bulletin": a capitalised word of
    // a name, not a recurrence; "an annual review" and "Annual figures show" stay.
    if (
      /^[A-Z]/.test(all) &&
      TITLE_WORD_AFTER.test(text.slice(m.index + all.length, m.index + all.length + 4))
    )
      return []
    if (/^Bienn/.test(all) && lookBack(text, m.index, NAME_WORD_BEFORE)) return []
    if (
      value === 'P1Y' &&
      GENERAL_MEETING_AFTER.test(text.slice(m.index + all.length, m.index + all.length + 24))
    )
      return []
    return [candidate(m.index, m.index + all.length, 'SET', value, 'dates/frequency')]
  },
}

/**
 * "every" or "each": the quick test of the matchers of what recurs. One pattern for all of them,
 * so a block is tested once (`scanBlock` keeps the last quick test's answer).
 */
const EVERY_OR_EACH = /\b(?:every|each)\s/i

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

const everyWeekday: Matcher = {
  name: 'dates/every-weekday',
  needs: 'W',
  anchor: 'W',
  // "every Friday", "every other Monday", "every second Tuesday", "each Tuesday evening", "on Saturdays", "Tuesday
  // evenings": a weekday that recurs.
  pattern: pattern(
    `${B}(?:(?:every|each)\\s{1,3}(?:(?:${EVERY_NTH})\\s{1,3})?(${WEEKDAY_NAMES.join('|')})(?:\\s{1,3}(morning|afternoon|evening|night))?|(${WEEKDAY_NAMES.join('|')})(?:s|\\s{1,3}(morning|afternoon|evening|night)s))${E}`,
  ),
  match(m) {
    const [all, everyDay, everyPart, pluralDay, pluralPart] = m
    const day = everyDay ?? pluralDay ?? ''
    // "mondays" in lower case is rarely the day.
    if (pluralDay && !/^\p{Lu}/u.test(pluralDay)) return []
    const n = WEEKDAY_NAMES.indexOf(day.toLowerCase()) + 1
    if (n === 0) return []
    const part = everyPart ?? pluralPart
    const code = part ? (PART_OF_DAY[part.toLowerCase()] ?? '') : ''
    return [candidate(m.index, m.index + all.length, 'SET', `XXXX-WXX-${n}${code}`, 'dates/every-weekday')]
  },
}

const everyPartOfDay: Matcher = {
  name: 'dates/every-part-of-day',
  // The trigger scan reads "every morning" as a whole (see `KINDS`).
  needs: 'T',
  anchor: 'T',
  quick: EVERY_OR_EACH,
  // "every morning", "each night": that part of every day, as TimeML writes it ("XXXX-XX-XXTMO");
  // "per night" and "a night" stay rates of a day.
  pattern: pattern(`${B}(?:every|each)\\s{1,3}(morning|afternoon|evening|night)${E}`),
  match(m, text) {
    const code = PART_OF_DAY[(m[1] ?? '').toLowerCase()]
    const end = m.index + m[0].length
    if (!code || WORTH_AFTER.test(text.slice(end, end + 16))) return []
    return [candidate(m.index, end, 'SET', `XXXX-XX-XX${code}`, 'dates/every-part-of-day')]
  },
}

const everyMonth: Matcher = {
  name: 'dates/every-month',
  // Few blocks hold "every" or "each".
  quick: EVERY_OR_EACH,
  needs: 'M',
  anchor: 'M',
  // "every January", "each April": that month of every year ("every may" is no month). Not "every
  // July 4": the day after it recurs, and is read with its month (see recurring-days.ts).
  pattern: pattern(`${B}(?:every|each)\\s{1,3}(${MONTH})${E}(?!\\.?\\s{1,3}\\d)`),
  match(m) {
    const month = namedMonth(m[1])
    if (month === null) return []
    return [candidate(m.index, m.index + m[0].length, 'SET', monthValue(null, month), 'dates/every-month')]
  },
}

const everySeason: Matcher = {
  name: 'dates/every-season',
  quick: EVERY_OR_EACH,
  needs: 'S',
  anchor: 'S',
  // "every summer", "each winter": that season of every year. Not "fall": "every fall on a ward is
  // reviewed" counts falls.
  pattern: pattern(`${B}(?:every|each)\\s{1,3}(autumn|spring|summer|winter)${E}`),
  match(m) {
    const code = SEASONS[(m[1] ?? '').toLowerCase()]
    if (!code) return []
    return [candidate(m.index, m.index + m[0].length, 'SET', `XXXX-${code}`, 'dates/every-season')]
  },
}

/**
 * What may stand before a bare "weekends" that recurs: a preposition ("at weekends", "on
 * weekends"), a list's link ("evenings and weekends", "Monday to Friday 9am to 5pm, and weekends
 * 10am to 4pm"), "open" or "closed", or the start of a line or sentence. "Two weekends", "the weekends" and
 * "long weekends" count or name them, and are left.
 */
const WEEKENDS_BEFORE =
  /(?:^|[\n,;:&(.!?]\s{0,3}|(?<![A-Za-z])(?:at|on|over|during|and|or|most|open|closed|including)\s{1,3})$/i

const everyWeekend: Matcher = {
  name: 'dates/weekends',
  needs: 'U',
  anchor: 'U',
  quick: /weekends/i,
  pattern: pattern(`${B}weekends${E}`),
  match(m, text) {
    if (!lookBack(text, m.index, WEEKENDS_BEFORE) && m.index > 0) return []
    return [candidate(m.index, m.index + m[0].length, 'SET', 'XXXX-WXX-WE', 'dates/weekends')]
  },
}

/**
 * "every weekday", "each weekday", and "weekdays" after what may stand before a recurring
 * "weekends" ("open weekdays 9am to 5pm", "on weekdays", "evenings and weekdays"): Monday to
 * Friday of every week, written as TIMEX2 writes a weekday, `XXXX-WXX-WD`; also before hours,
 * "only" or "and weekends" ("staffed weekdays 8am to 6pm"). A part of the day joins it as it joins
 * a weekday by name: "weekday evenings", "every weekday morning" (`XXXX-WXX-WDTEV`). "Weekday
 * traffic", "two weekdays" and "the weekdays" describe, count or name them, and are left.
 */
const WEEKDAYS_AFTER =
  /^(?:\s{1,3}(?:from\s{1,3}|between\s{1,3})?\d|\s{1,3}only(?![A-Za-z])|,?\s{1,3}(?:and|or)\s{1,3}weekends)/i
const SOME_BEFORE = new RegExp(`(?:\\d|(?<![A-Za-z])(?:the|these|those|${NUMBER}))\\s{1,3}$`, 'i')

const everyWorkingDay: Matcher = {
  name: 'dates/weekdays',
  needs: 'U',
  anchor: 'U',
  quick: /weekday/i,
  pattern: pattern(
    `${B}(?:(every|each)\\s{1,3})?weekday(?:(s)|\\s{1,3}(morning|afternoon|evening|night)(s)?)?${E}`,
  ),
  match(m, text) {
    const [all, every, days, part, parts] = m
    // "every weekday (morning)" in the singular; "weekdays" or "weekday mornings" in the plural.
    if (every ? days || parts : !days && !parts) return []
    const end = m.index + all.length
    if (!every && lookBack(text, m.index, SOME_BEFORE)) return []
    // "weekdays" alone recurs after a preposition or before hours; "weekday evenings" always does.
    if (
      days &&
      m.index > 0 &&
      !lookBack(text, m.index, WEEKENDS_BEFORE) &&
      !WEEKDAYS_AFTER.test(text.slice(end, end + 16))
    )
      return []
    const code = part ? (PART_OF_DAY[part.toLowerCase()] ?? '') : ''
    return [candidate(m.index, end, 'SET', `XXXX-WXX-WD${code}`, 'dates/weekdays')]
  },
}

/** Weekdays as timetables shorten them, by their ISO numbers. */
const SHORT_WEEKDAYS: Readonly<Record<string, number>> = {
  fri: 5,
  mon: 1,
  sat: 6,
  sun: 7,
  thu: 4,
  thur: 4,
  thurs: 4,
  tue: 2,
  tues: 2,
  wed: 3,
}
const SHORT_WEEKDAY = Object.keys(SHORT_WEEKDAYS).join('|')

const shortWeekdayRange: Matcher = {
  name: 'dates/short-weekday-range',
  needs: 'W',
  anchor: 'W',
  // "Mon-Fri", "Mon–Sat", "Tues to Sun": a range of weekdays shortened as a timetable shortens
  // them, which recurs as "Monday to Friday" does in opening hours. Alone, "Sun" or "Wed" is too
  // often a word or a name to read.
  pattern: pattern(`${B}(${SHORT_WEEKDAY})\\.?\\s{0,2}(?:[-–—]|to)\\s{0,2}(${SHORT_WEEKDAY})\\.?${E}`),
  match(m) {
    const [all, from, to] = m
    if (!from || !to || !/^[A-Z][a-z]/.test(from) || !/^[A-Z][a-z]/.test(to)) return []
    const a = SHORT_WEEKDAYS[from.toLowerCase()]
    const b = SHORT_WEEKDAYS[to.toLowerCase()]
    if (!a || !b || a === b) return []
    const toAt = m.index + all.lastIndexOf(to)
    return [
      candidate(m.index, m.index + from.length, 'SET', `XXXX-WXX-${a}`, 'dates/short-weekday-range'),
      candidate(toAt, toAt + to.length, 'SET', `XXXX-WXX-${b}`, 'dates/short-weekday-range'),
    ]
  },
}

/** A clock as timetables write it: "10am", "9.30pm", "10:00", "2 p.m.". */
const TIMETABLE_CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}`

const THE_BEFORE = /(?<![A-Za-z])the\s{1,2}$/i

const shortWeekdayHours: Matcher = {
  name: 'dates/short-weekday-hours',
  needs: 'W',
  anchor: 'W',
  // "Sat 10am-4pm", "Sun 10:00–16:00": one shortened weekday before a range of clocks is a day of a
  // timetable, which recurs; "Sun" or "Wed" before anything else is left alone.
  pattern: pattern(
    `${B}(${SHORT_WEEKDAY})\\.?(?=\\s{1,2}(?:${TIMETABLE_CLOCK})\\s{0,2}(?:[-–—]|to)\\s{0,2}(?:${TIMETABLE_CLOCK})(?![A-Za-z0-9]))`,
  ),
  match(m, text) {
    const [, day] = m
    const n = day ? SHORT_WEEKDAYS[day.toLowerCase()] : undefined
    if (!day || !n || !/^[A-Z][a-z]/.test(day)) return []
    // "The Sun 10am-2pm special" is the newspaper.
    if (THE_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) return []
    return [candidate(m.index, m.index + day.length, 'SET', `XXXX-WXX-${n}`, 'dates/short-weekday-range')]
  },
}

/** Parts of an hour "every" may take: "every half hour", "every quarter-hour". */
const HOUR_PARTS: Readonly<Record<string, number>> = { half: 30, quarter: 15 }

/** "every half hour", "each quarter-hour", "per half hour": a recurrence of so many minutes. */
const everyPartOfHour: Matcher = {
  name: 'dates/every-part-of-hour',
  needs: 'U',
  anchor: 'U',
  quick: /(?:half|quarter)[\s-]{1,3}hour/i,
  pattern: pattern(`${B}(?:every|each|per)\\s{1,3}(half|quarter)[\\s-]{1,3}hour${E}`),
  match(m) {
    const minutes = HOUR_PARTS[(m[1] ?? '').toLowerCase()]
    if (!minutes) return []
    return [candidate(m.index, m.index + m[0].length, 'SET', `PT${minutes}M`, 'dates/every-unit')]
  },
}

/** A date word before "24/7", which makes it the 24th of July: "on 24/7", "until 24/7". */
const DATE_LEAD = /(?<![A-Za-z])(?:on|by|from|until|till|since|before|after|to|and|dated|of)\s{1,3}$/i

/**
 * "open 24/7", "24/7 support": round the clock, every day, as "24 hours a day" is (`P1D`). Not
 * a name's part ("INTERPOL I-24/7"), a date ("on 24/7", "24/7/2024") nor a fraction ("24/75").
 */
const roundTheClock: Matcher = {
  name: 'dates/round-the-clock',
  needs: 'K',
  quick: /24\/7/,
  pattern: pattern(`(?<![A-Za-z0-9./-])24\\/7(?![0-9/]|[.,]\\d)`),
  match(m, text) {
    if (DATE_LEAD.test(text.slice(Math.max(0, m.index - 10), m.index))) return []
    return [candidate(m.index, m.index + m[0].length, 'SET', 'P1D', 'dates/round-the-clock')]
  },
}

export const SET_MATCHERS: readonly Matcher[] = [
  everyPartOfHour,
  roundTheClock,
  everyWeekday,
  shortWeekdayRange,
  shortWeekdayHours,
  everyWeekend,
  everyWorkingDay,
  everyPartOfDay,
  everyUnit,
  everyQuarter,
  everyMonth,
  everySeason,
  frequency,
]
