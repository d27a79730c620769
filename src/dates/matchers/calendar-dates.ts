/**
 * Days written with a month name or in digits: "9 October 2023", "October 9, 2023",
 * "Wednesday 13 March 2024", "Wednesday (27 March)", "13/03/2024", "2024-03-13".
 */

import {
  type ResolveContext,
  readyingTense,
  type Tense,
  tenseAt,
  writingDay,
  yearForDay,
  yearForWeekday,
} from '../context'
import { SHORT_YEAR_FOLLOWERS } from '../lexicon'
import { isMonthFirst, type MonthOrder } from '../month-order'
import { dayInterval, dayValue, isoDay, monthInterval, monthValue, toDate } from '../timex'
import type { Candidate, DayParts, Matcher } from './shared'
import {
  B,
  candidate,
  E,
  lookBack,
  MONTH,
  monthNumber,
  namedMonth,
  ORDINAL_SUFFIX,
  PART_OF_DAY,
  pattern,
  WEEKDAY,
  weekdayNumber,
  withEarlyOrLate,
} from './shared'

/**
 * The candidate for a day whose year may be missing: a weekday fixes the year when one nearby
 * year fits, else the reference and the clause's tense choose it, else it stays X.
 */
export function dayCandidate(
  start: number,
  end: number,
  parts: DayParts,
  rule: string,
  text: string,
  ctx: ResolveContext,
  tense?: Tense,
): Candidate[] {
  const { month, day, weekday } = parts
  let year = parts.year
  let inferred = false
  if (year === null) {
    year = weekday !== null ? yearForWeekday(month, day, weekday, ctx) : null
    // The clause's tense only matters against a reference day: read it only then.
    if (year === null)
      year = ctx.ref
        ? yearForDay(
            month,
            day,
            ctx,
            readyingTense(text, start, tense ?? tenseAt(text, start, end), ctx, month, day),
          )
        : ctx.year
    inferred = year !== null
  }
  if (year !== null) {
    const d = toDate(year, month, day)
    if (!d) {
      ctx.report?.(
        'dates/no-such-day',
        `No day ${day} in month ${month} of ${year}; not read as a date.`,
        start,
        end,
      )
      return []
    }
    if (weekday !== null && d.getDay() !== weekday && !inferred) {
      // The written date wins over the weekday, but the mismatch is worth a look.
      ctx.report?.(
        'dates/weekday-mismatch',
        `${dayValue(year, month, day)} is not the weekday written beside it.`,
        start,
        end,
      )
    }
    return [
      {
        ...candidate(start, end, 'DATE', dayValue(year, month, day), rule, {
          interval: dayInterval(d),
          inferred,
        }),
        written: parts,
      },
    ]
  }
  if (!toDate(2024, month, day)) return []
  return [{ ...candidate(start, end, 'DATE', dayValue(null, month, day), rule), written: parts }]
}

/** A part of the day written after a weekday: "Sunday evening, 5th May" is that part of the day. */
const PART = String.raw`(?:\s{1,3}(morning|afternoon|evening|night))?`
const WEEKDAY_BEFORE = new RegExp(`(?<![A-Za-z])(${WEEKDAY})${PART}\\.?,?\\s{1,3}$`, 'i')
const WEEKDAY_THE_BEFORE = new RegExp(`(?<![A-Za-z])(${WEEKDAY})${PART}\\.?,?\\s{1,3}(?:the\\s{1,3})?$`, 'i')

/** The candidate as that part of its day ("Tuesday night, 7 May" is a TIME); unchanged without one. */
function inPartOfDay(c: Candidate, part: string | undefined): Candidate {
  const code = part ? PART_OF_DAY[part.toLowerCase()] : undefined
  return code ? { ...c, type: 'TIME', value: `${c.value}${code}` } : c
}

/**
 * Days written with a month name, in `order`: the pattern's groups are the day and the month in
 * that order, then the year. A weekday just before the day (`weekdayBefore`) is part of the
 * mention, and the rule names the parts written: `dates/[weekday-]<order>[-year]`.
 */
function namedDayMatcher(
  order: 'day-month' | 'month-day',
  source: string,
  weekdayBefore: RegExp,
  needs = 'DM',
): Matcher {
  const [dayAt, monthAt] = order === 'day-month' ? [1, 2] : [2, 1]
  return {
    name: `dates/${order}-year`,
    needs,
    // A month name, rarer than a digit, whichever comes first.
    anchor: 'M',
    pattern: pattern(source),
    match(m, text, ctx) {
      const month = namedMonth(m[monthAt])
      if (month === null) return []
      // "On 5 March 25 people were hurt": a month after its day is that day's, not the next number's.
      if (order === 'month-day' && lookBack(text, m.index, DAY_BEFORE_MONTH)) return []
      // "5 Mar 25": a year in two digits is this century's, as the numeric dates read it.
      const yy = m[3] ?? (m[4] ? `20${m[4]}` : undefined)
      const before = lookBack(text, m.index, weekdayBefore)
      const wd = before?.m[1]
      const parts = {
        year: yy ? Number(yy) : null,
        month,
        day: dayNumber(m[dayAt] ?? ''),
        weekday: wd ? weekdayNumber(wd) : null,
      }
      const rule = `dates/${wd ? 'weekday-' : ''}${order}${yy ? '-year' : ''}`
      const start = before ? before.start : m.index
      const end = m.index + m[0].length
      const relative = yy ? null : RELATIVE_YEAR_AFTER.exec(text.slice(end, end + 24))
      const found = relative
        ? dayOfRelativeYear(start, end + relative[0].length, parts, relative[1]!, rule, text, ctx)
        : dayCandidate(start, end, parts, rule, text, ctx)
      return found.map((c) => withEarlyOrLate(withOnOr(inPartOfDay(c, before?.m[2]), text), text))
    },
  }
}

/** A day of the month just before a month's name, read backwards: "5 " in "5 March 25". */
const DAY_BEFORE_MONTH = /(?<![\d.,:/£$€-])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s{1,3}$/i

/** "on or about 14 June 2022", "on or before 31 March": the words are part of the mention, with their mod. */
const ON_OR_BEFORE = /(?<![A-Za-z])on\s{1,3}or\s{1,3}(about|around|before|after)\s{1,3}$/i
const ON_OR_MODS: Readonly<Record<string, Candidate['mod']>> = {
  about: 'APPROX',
  after: 'ON_OR_AFTER',
  around: 'APPROX',
  before: 'ON_OR_BEFORE',
}

function withOnOr(c: Candidate, text: string): Candidate {
  const on = lookBack(text, c.start, ON_OR_BEFORE)
  if (!on) return c
  return { ...c, start: on.start, mod: ON_OR_MODS[(on.m[1] ?? '').toLowerCase()] ?? null }
}

/** "3 March next year", "on 12 May last year": a day of a year counted from the reference. */
const RELATIVE_YEAR_AFTER = /^,?\s{1,3}(?:of\s{1,3})?(this|last|next)\s{1,3}year(?![A-Za-z'’])/i

/**
 * A day whose year is named relative to the reference's year (or the year the release's evidence
 * fixes); its written parts keep no year, since none is written.
 */
function dayOfRelativeYear(
  start: number,
  end: number,
  parts: DayParts,
  word: string,
  rule: string,
  text: string,
  ctx: ResolveContext,
): Candidate[] {
  const shift = ({ last: -1, next: 1 } as Record<string, number>)[word.toLowerCase()] ?? 0
  const base = ctx.ref?.getFullYear() ?? ctx.year
  const year = base === null ? null : base + shift
  return dayCandidate(start, end, { ...parts, year }, rule, text, ctx).map((c) => ({
    ...c,
    inferred: year !== null,
    written: parts,
  }))
}

/**
 * What follows a year in two digits after a day and its month, so that it is no count: the end
 * of a phrase or a time ("on 5 Mar 25.", "5 Mar 25 at 10:00"), not a noun ("5 March 25 people").
 */
const SHORT_YEAR_END = String.raw`(?![\d:]|\.\d)(?=\s{0,2}(?:[,.;)!?]|$)|\s{1,3}(?:${SHORT_YEAR_FOLLOWERS.join('|')})\b)`

// "Wednesday 13 March 2024", "9th October", "1st of May, 2024", "5 Mar 25", "05-Mar-25"
const dayMonth = namedDayMatcher(
  'day-month',
  `${B}(\\d{1,2})${ORDINAL_SUFFIX}(?:\\s{1,3}of)?[\\s-]{1,3}(${MONTH})\\.?(?:,?[\\s-]{1,3}(\\d{4})|[\\s-]{1,2}(\\d{2})${SHORT_YEAR_END})?${E}`,
  WEEKDAY_THE_BEFORE,
)

/** The days of a month written as ordinal words: "first" to "thirty-first". */
const DAY_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']
const DAY_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth']
const DAY_LATE_TEENS = ['seventeenth', 'eighteenth', 'nineteenth']
const DAY_WORD_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...[...DAY_UNITS, ...DAY_TEENS, ...DAY_LATE_TEENS].map((w, i): [string, number] => [w, i + 1]),
  ['twentieth', 20],
  ...DAY_UNITS.map((w, i): [string, number] => [`twenty-${w}`, 21 + i]),
  ['thirtieth', 30],
  ['thirty-first', 31],
])
/** An ordinal word for a day, its tens joined by a hyphen or a space: "twelfth", "twenty-first". */
const DAY_WORD = `(?:(?:twenty[\\s-]?(?:${DAY_UNITS.join('|')})|thirty[\\s-]?first)|${[...DAY_TEENS, ...DAY_LATE_TEENS, 'twentieth', 'thirtieth', ...DAY_UNITS].join('|')})`

/** The day a group holds: digits with or without their suffix ("12th"), or an ordinal word ("twelfth"). */
function dayNumber(written: string): number {
  if (/^\d/.test(written)) return Number.parseInt(written, 10)
  return DAY_WORD_NUMBERS.get(written.toLowerCase().replace(/[\s-]+/, '-')) ?? Number.NaN
}

// "the twelfth of March 2024", "Tuesday the first of May": a day in an ordinal word takes "of"
// before its month; "the first May Day" is no date.
const wordDayMonth = namedDayMatcher(
  'day-month',
  `${B}(${DAY_WORD})\\s{1,3}of\\s{1,3}(${MONTH})\\.?(?:,?\\s{1,3}(\\d{4}))?${E}`,
  WEEKDAY_THE_BEFORE,
  'M',
)

// "October 9, 2023", "Wednesday, March 13", "September 18"
const monthDay = namedDayMatcher(
  'month-day',
  `${B}(${MONTH})\\.?\\s{1,3}(\\d{1,2})${ORDINAL_SUFFIX}(?:,?\\s{1,3}(\\d{4}))?(?![A-Za-z0-9:]|\\.\\d|,\\d{3})`,
  WEEKDAY_BEFORE,
)

// "March the 12th", "March the twelfth, 2024": "the" between a month and its day takes an ordinal.
const monthTheDay = namedDayMatcher(
  'month-day',
  `${B}(${MONTH})\\s{1,3}the\\s{1,3}(\\d{1,2}(?:st|nd|rd|th)|${DAY_WORD})(?:,?\\s{1,3}(\\d{4}))?(?![A-Za-z0-9:]|\\.\\d|,\\d{3})`,
  WEEKDAY_BEFORE,
  'M',
)

const weekdayBracketed: Matcher = {
  name: 'dates/weekday-bracketed-day',
  needs: 'DMW',
  anchor: 'W',
  // "Wednesday (27 March)": press releases put the day in brackets after the weekday, day or
  // month first ("Wednesday (March 27)"), or after a part of it ("Saturday afternoon (4 May)").
  pattern: pattern(
    `${B}(${WEEKDAY})${PART}\\s{0,3}\\(\\s{0,2}(?:(\\d{1,2})${ORDINAL_SUFFIX}\\s{1,3}(${MONTH})\\.?|(${MONTH})\\.?\\s{1,3}(\\d{1,2})${ORDINAL_SUFFIX})(?:,?\\s{1,3}(\\d{4}))?\\s{0,2}\\)`,
  ),
  match(m, text, ctx) {
    const [all, wd, part, dayFirst, monthSecond, monthFirst, daySecond, yy] = m
    const dd = dayFirst ?? daySecond
    const mm = monthSecond ?? monthFirst
    const month = mm ? monthNumber(mm) : null
    if (month === null || !wd) return []
    const weekday = weekdayNumber(wd)
    const year = yy ? Number(yy) : null
    return dayCandidate(
      m.index,
      m.index + all.length,
      { year, month, day: Number(dd), weekday },
      'dates/weekday-bracketed-day',
      text,
      ctx,
    ).map((c) => inPartOfDay(c, part))
  },
}

/** The candidate for a day written in full, year and all; null when there is no such day (31/02/2024). */
function fullDay(
  start: number,
  end: number,
  year: number,
  month: number,
  day: number,
  rule: string,
): Candidate | null {
  const d = toDate(year, month, day)
  return d
    ? candidate(start, end, 'DATE', dayValue(year, month, day), rule, {
        interval: dayInterval(d),
        written: { year, month, day, weekday: null },
      })
    : null
}

/** The day and month of "13/03": day first unless `monthFirst`; "03/13" can only be month first. */
export function numericDayMonth(
  first: number,
  second: number,
  order: MonthOrder,
): { day: number; month: number } {
  // Only one order reads "13/03" and "03/13"; the release's order is asked for the others.
  if (first > 12 && second <= 12) return { day: first, month: second }
  if (second > 12 && first <= 12) return { day: second, month: first }
  return isMonthFirst(order) ? { day: second, month: first } : { day: first, month: second }
}

/** A reference's name just before digits: "Ref: ", "reference ", "crime number ", "case no. ". */
const REFERENCE_BEFORE =
  /(?<![A-Za-z])(?:ref|reference|(?:case|crime|incident|log|occurrence)\s{1,3}(?:number|no))(?:\s{1,3}(?:number|no))?\.?\s{0,3}[:#]?\s{0,3}$/i

const numeric: Matcher = {
  name: 'dates/numeric',
  needs: 'K',
  // "13/03/2024", "13.03.24"; day first unless `monthFirst`. "24/7" has no year and stays out,
  // as does a reference number's serial after a hyphen ("06/06/24-1234"). A dash after another
  // numeric date opens the second end of a range ("06/06/24-07/06/24").
  pattern: pattern(
    `(?:(?<![\\d/.-])|(?<=\\d[/.]\\d{2,4}[-–]))(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/]|\\.\\d|[-–]\\d{3})`,
  ),
  match: numericDay,
}

const numericHyphen: Matcher = {
  name: 'dates/numeric-hyphen',
  needs: 'I',
  anchor: 'D',
  // "06-04-2024" (North American and Indian releases): only with the year in four digits, as
  // "24-1234" and "12-34-56" are case numbers.
  pattern: pattern(`(?<![\\d/.-])(\\d{1,2})(-)(\\d{1,2})-((?:19|20)\\d{2})(?![\\d-]|[./]\\d)`),
  match: numericDay,
}

/** A numeric date and a dash before the second end of a range: "06/06/24-" of "06/06/24-07/06/24". */
const NUMERIC_RANGE_FIRST = /(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[-–]$/

/** The day of a numeric date, unless a reference's name stands before it (or before its range). */
function numericDay(m: RegExpExecArray, text: string, ctx: ResolveContext): Candidate[] {
  const [all, a, , b, yy] = m
  if (!a || !b || !yy) return []
  // "Ref: 06/06/24", "crime reference number 06/06/24": a code in a date's shape.
  const first = lookBack(text, m.index, NUMERIC_RANGE_FIRST)
  if (lookBack(text, first ? first.start : m.index, REFERENCE_BEFORE)) return []
  const year = yy.length === 2 ? 2000 + Number(yy) : Number(yy)
  const { day, month } = numericDayMonth(Number(a), Number(b), ctx.monthFirst)
  const found = fullDay(m.index, m.index + all.length, year, month, day, 'dates/numeric')
  if (found) return [found]
  ctx.report?.(
    'dates/no-such-day',
    `${all} is not a day (day first unless \`monthFirst\`); not read as a date.`,
    m.index,
    m.index + all.length,
  )
  return []
}

const iso: Matcher = {
  name: 'dates/iso',
  needs: 'I',
  anchor: 'D',
  // A time may follow as a timestamp writes it: "2025-04-05T17:00", "2025-04-05T17:00:00Z",
  // "2025-04-05T17:00:00+01:00"; the seconds and the offset are read over, not kept.
  pattern: pattern(
    `(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d-])`,
  ),
  match(m) {
    const [all, y, mo, d, hh, mm] = m
    const found = fullDay(m.index, m.index + all.length, Number(y), Number(mo), Number(d), 'dates/iso')
    if (!found) return []
    if (hh === undefined || mm === undefined) return [found]
    // No clock has that hour: the day alone, as written before the "T".
    if (Number(hh) > 23 || Number(mm) > 59) return [{ ...found, end: m.index + 10 }]
    return [{ ...found, type: 'TIME', value: `${found.value}T${hh}:${mm}` }]
  },
}

const isoSlash: Matcher = {
  name: 'dates/iso-slash',
  needs: 'K',
  anchor: 'D',
  // "2024/06/11", "2024/6/11": year first with slashes, as Canadian and East Asian releases write it.
  pattern: pattern(`(?<![\\d/.-])((?:19|20)\\d{2})\\/(\\d{1,2})\\/(\\d{1,2})(?![\\d/]|\\.\\d)`),
  match(m) {
    const [all, y, mo, d] = m
    const found = fullDay(m.index, m.index + all.length, Number(y), Number(mo), Number(d), 'dates/iso')
    return found ? [found] : []
  },
}

/** A clock that opens the second end of a range of days: "6am" of "Friday 3 until 6am on Monday 6 May". */
const RANGE_CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s{0,2}[ap]\.?m\.?|midnight|midday|noon)`

const dayRange: Matcher = {
  name: 'dates/day-range',
  needs: 'DM',
  anchor: 'M',
  // "1-7 April 2024", "14 and 15 March", "18 to 24 March", "from 3 until 6 May", "the night of 3/4
  // June", "from the 3rd to the 7th of June", the last two of "3, 4, and 5 March": two mentions, the first taking the month and year written after the second. A clock may
  // open the second end ("from 7pm on Friday 3 until 6am on Monday 6 May"): it is left to the time
  // matchers, and the first end must then carry a weekday that fits its day, as "from 3 to 5pm on 6
  // May" counts hours.
  pattern: pattern(
    `${B}(\\d{1,2})${ORDINAL_SUFFIX}(\\s{0,2}(?:-|–|—|\\/|to|(?:,\\s{1,2})?(?:and|&)|until|till|through|thru)\\s{0,2}(?:the\\s{1,3})?)(${RANGE_CLOCK}\\s{1,3}(?:on\\s{1,3})?)?(?:(${WEEKDAY})\\.?,?\\s{1,3})?(\\d{1,2})${ORDINAL_SUFFIX}(?:\\s{1,3}of)?\\s{1,3}(${MONTH})\\.?(?:,?\\s{1,3}(\\d{4}))?${E}`,
  ),
  match(m, text, ctx) {
    const [all, d1, gap, clock, wd, d2, mm, yy] = m
    const month = namedMonth(mm)
    if (month === null || !d1 || !d2 || gap === undefined) return []
    const first = Number(d1)
    const second = Number(d2)
    if (first >= second) return []
    // "between Monday 5 and Friday 9 August": a weekday before the first day is part of it.
    const lead = lookBack(text, m.index, WEEKDAY_BEFORE)
    const leadWeekday = lead?.m[1] ? weekdayNumber(lead.m[1]) : null
    if (clock && leadWeekday === null) return []
    const start = lead ? lead.start : m.index
    const firstEnd = m.index + all.indexOf(gap, d1.length)
    const secondStart = firstEnd + gap.length + (clock?.length ?? 0)
    const end = m.index + all.length
    const days = rangeOfDays(text, ctx, 'dates/day-range', {
      month,
      year: yy ? Number(yy) : null,
      first: { start, end: firstEnd, day: first, weekday: leadWeekday },
      second: { start: secondStart, end, day: second, weekday: wd ? weekdayNumber(wd) : null },
    })
    if (clock && !weekdayFits(days[0], leadWeekday)) return []
    // "on 2, 3 and 4 December", "on Monday 17, Tuesday 18 and Wednesday 19 March": the days
    // listed before the last two are of the same month.
    const serial = gap.trimStart().startsWith(',')
    if (days.length !== 2 || !/^\s{0,2}(?:,\s{1,2})?(?:and|&)\s{0,2}(?:the\s{1,3})?$/i.test(gap))
      return serial ? [] : days
    const listed = listedDaysBefore(text, start, first, lead !== null)
    // A comma before "and" closes a list of three or more ("on 3, 4, and 5 March"); two numbers
    // alone so joined are no range ("aged 14, and 15 March").
    if (listed.length === 0) return serial ? [] : days
    const year = /^\d{4}/.test(days[0]!.value) ? Number(days[0]!.value.slice(0, 4)) : null
    const earlier = listed.flatMap((d) =>
      dayCandidate(
        d.start,
        d.end,
        { year, month, day: d.day, weekday: d.weekday },
        'dates/day-range',
        text,
        ctx,
      ).map((c) => ({ ...c, inferred: days[0]!.inferred })),
    )
    return [...earlier, ...days]
  },
}

/** Whether a resolved day falls on `weekday`; a day whose year is unknown cannot say, and passes. */
function weekdayFits(day: Candidate | undefined, weekday: number | null): boolean {
  if (!day || weekday === null) return false
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.value)
  if (!parts) return day.value.startsWith('XXXX')
  return toDate(Number(parts[1]), Number(parts[2]), Number(parts[3]))?.getDay() === weekday
}

/** A day and a comma right before a list's next day: "2, " of "2, 3 and 4 December". */
const LISTED_DAY_BEFORE = /(?<![\d,.:/£$€])(\d{1,2})(?:st|nd|rd|th)?,\s{1,2}$/i
/** The most days a list may hold before its last two. */
const MAX_LISTED = 8

/**
 * The days listed before `at`, each smaller than the next, in order; none when the run breaks. A
 * weekday before a day is part of it ("Monday 2, 3 and 4 December", "Monday 17, Tuesday 18 and …");
 * after a day with its weekday, each listed day must have one ("3, Tuesday 18 and …" lists none).
 */
function listedDaysBefore(text: string, at: number, next: number, weekdays: boolean): RangeEnd[] {
  const found: RangeEnd[] = []
  let before = at
  let limit = next
  while (found.length < MAX_LISTED) {
    const item = lookBack(text, before, LISTED_DAY_BEFORE)
    const day = item ? Number(item.m[1]) : 0
    if (!item || day < 1 || day >= limit) break
    const end = item.start + item.m[0].indexOf(',')
    const weekday = lookBack(text, item.start, WEEKDAY_BEFORE)
    if (weekdays && !weekday) break
    const start = weekday ? weekday.start : item.start
    found.unshift({ start, end, day, weekday: weekday ? weekdayNumber(weekday.m[1] ?? '') : null })
    before = start
    limit = day
  }
  return found
}

/** One end of a range of days in one month: where it is written, its day, and a weekday beside it. */
interface RangeEnd {
  readonly start: number
  readonly end: number
  readonly day: number
  readonly weekday: number | null
}

/**
 * The two days of a range in one month ("1-7 April 2024", "March 1-3, 2024"): the second is
 * resolved first, with the year written after it, and the first takes the year it was given.
 */
function rangeOfDays(
  text: string,
  ctx: ResolveContext,
  rule: string,
  range: { month: number; year: number | null; first: RangeEnd; second: RangeEnd },
): Candidate[] {
  const { month, first, second } = range
  // The range's tense is read before its first end: a link ("March 4 through 6") is no deadline
  // of the second. Read only when a year must be chosen against the reference.
  const tense = range.year === null && ctx.ref ? tenseAt(text, first.start, second.end) : undefined
  const at = (end: RangeEnd, year: number | null) =>
    dayCandidate(
      end.start,
      end.end,
      { year, month, day: end.day, weekday: end.weekday },
      rule,
      text,
      ctx,
      tense,
    )
  const resolved = at(second, range.year)[0]
  if (!resolved) return []
  const y = /^\d{4}/.test(resolved.value) ? Number(resolved.value.slice(0, 4)) : null
  return [...at(first, y).map((c) => ({ ...c, inferred: resolved.inferred })), resolved]
}

/** A noun after a number with no year: "in May 2 to 4 people" counts people, not days. */
const COUNTED_AFTER =
  /^\s{1,3}(?!(?:at|in|on|and|or|to|the|for|from|when|with|by|as|of|until|while|after|before)\b)[a-z]/

const monthDayRange: Matcher = {
  name: 'dates/month-day-range',
  needs: 'DM',
  anchor: 'M',
  // "March 1-3, 2024", "March 14 and 15": two mentions split at the link, the first taking the
  // year written after the second ("March 1" and "3, 2024").
  pattern: pattern(
    `${B}(${MONTH})\\.?\\s{1,3}(\\d{1,2})${ORDINAL_SUFFIX}(\\s{0,2}(?:-|–|—|to|and|&|through|thru|until|till)\\s{0,2})(\\d{1,2})${ORDINAL_SUFFIX}(?:,?\\s{1,3}(\\d{4}))?(?![A-Za-z0-9:]|\\.\\d|,\\d{3})`,
  ),
  match(m, text, ctx) {
    const [all, mm, d1, gap, d2, yy] = m
    const month = namedMonth(mm)
    if (month === null || !mm || !d1 || !d2 || gap === undefined) return []
    const first = Number(d1)
    const second = Number(d2)
    if (first >= second) return []
    if (!yy && COUNTED_AFTER.test(text.slice(m.index + all.length, m.index + all.length + 16))) return []
    const lead = lookBack(text, m.index, WEEKDAY_BEFORE)
    const firstEnd = m.index + all.indexOf(gap, mm.length + d1.length)
    const secondStart = firstEnd + gap.length
    return rangeOfDays(text, ctx, 'dates/month-day-range', {
      month,
      year: yy ? Number(yy) : null,
      first: {
        start: lead ? lead.start : m.index,
        end: firstEnd,
        day: first,
        weekday: lead?.m[1] ? weekdayNumber(lead.m[1]) : null,
      },
      second: { start: secondStart, end: m.index + all.length, day: second, weekday: null },
    })
  },
}

const monthDayList: Matcher = {
  name: 'dates/month-day-list',
  needs: 'DM',
  anchor: 'M',
  // A day, a comma and the next day: few blocks hold one.
  quick: /\d(?:st|nd|rd|th)?,\s{1,2}\d/i,
  // "March 4, 5 and 6", "Oct. 1, 2, and 3, 2024": one mention per day, as "4, 5 and 6 March" gives;
  // each takes the month written first and the year written after the last.
  pattern: pattern(
    `${B}(${MONTH})\\.?\\s{1,3}\\d{1,2}${ORDINAL_SUFFIX}(?:,\\s{1,2}\\d{1,2}${ORDINAL_SUFFIX}){1,8},?\\s{1,3}(?:and|&)\\s{1,3}\\d{1,2}${ORDINAL_SUFFIX}(?:,?\\s{1,3}(\\d{4}))?(?![A-Za-z0-9:]|\\.\\d|,\\d{3})`,
  ),
  match(m, text, ctx) {
    const [all, mm, yy] = m
    const month = namedMonth(mm)
    if (month === null || !mm) return []
    const end = m.index + all.length
    if (!yy && COUNTED_AFTER.test(text.slice(end, end + 16))) return []
    // Each day and where it is written, its ordinal suffix and all: the first with its month, the
    // last with the year after it, the others alone.
    const days: RangeEnd[] = []
    LIST_DAY.lastIndex = mm.length
    for (let d = LIST_DAY.exec(all); d && d[1]!.length <= 2; d = LIST_DAY.exec(all))
      days.push({
        start: m.index + d.index,
        end: m.index + d.index + d[0].length,
        day: Number(d[1]),
        weekday: null,
      })
    if (days.length < 3) return []
    days[0] = { ...days[0]!, start: m.index }
    if (yy) days[days.length - 1] = { ...days[days.length - 1]!, end }
    if (days.some((d, i) => i > 0 && d.day <= days[i - 1]!.day)) return []
    const lead = lookBack(text, m.index, WEEKDAY_BEFORE)
    if (lead) days[0] = { ...days[0]!, start: lead.start, weekday: weekdayNumber(lead.m[1] ?? '') }
    const last = days[days.length - 1]!
    const range = { month, year: yy ? Number(yy) : null, first: days[0]!, second: last }
    const ends = rangeOfDays(text, ctx, 'dates/month-day-range', range)
    if (ends.length !== 2) return []
    const year = /^\d{4}/.test(ends[1]!.value) ? Number(ends[1]!.value.slice(0, 4)) : null
    const between = days
      .slice(1, -1)
      .flatMap((d) =>
        dayCandidate(
          d.start,
          d.end,
          { year, month, day: d.day, weekday: null },
          'dates/month-day-range',
          text,
          ctx,
        ).map((c) => ({ ...c, inferred: ends[1]!.inferred })),
      )
    return [ends[0]!, ...between, ends[1]!]
  },
}
/** A number of a list of days, with its ordinal suffix: "4th" of "March 4th, 5th and 6th"; a year stops the list. */
const LIST_DAY = /(\d{1,4})(?:st|nd|rd|th)?/gi

const weekdayOrdinalDay: Matcher = {
  name: 'dates/weekday-ordinal-day',
  needs: 'VW',
  anchor: 'W',
  // "Tuesday 3rd", "Friday the 14th": a weekday and a day of the month, the month left unsaid as
  // the one around the writing day; not "Tuesday 3rd June", which names it.
  pattern: pattern(
    `${B}(${WEEKDAY})\\.?,?\\s{1,3}(?:the\\s{1,3})?(\\d{1,2})(?:st|nd|rd|th)${E}(?!\\.?,?\\s{1,3}(?:of\\s{1,3})?${MONTH}${E})`,
  ),
  match(m, text, ctx) {
    const [all, wd, dd] = m
    const weekday = wd && /^\p{Lu}/u.test(wd) ? weekdayNumber(wd) : null
    const day = Number(dd)
    if (weekday === null || day < 1 || day > 31) return []
    const start = m.index
    const end = start + all.length
    const today = writingDay(ctx)
    const d = today ? monthDayOfWeekday(today, day, weekday, tenseAt(text, start, end)) : null
    if (!d) return [candidate(start, end, 'DATE', dayValue(null, null, day), 'dates/weekday-ordinal-day')]
    return [
      candidate(start, end, 'DATE', isoDay(d), 'dates/weekday-ordinal-day', {
        interval: dayInterval(d),
        inferred: true,
      }),
    ]
  },
}

/**
 * What may follow a day of the month alone: a stop, or a time ("on the 28th at 9pm"); not the
 * comma of a list of days whose month comes after its last ("on the 3rd, 4th and 5th of July").
 */
const ORDINAL_DAY_END = `\\s{0,2}(?:(?!,\\s{0,2}\\d{1,2}(?:st|nd|rd|th)[^.;\\n]{0,40}?\\b${MONTH})[.,;:!?)]|$)|\\s{1,3}at\\s{1,3}\\d`
/** A word that may follow a day but no ordinal's noun: "the night of the 21st in Leeds". */
const PREPOSITION_AFTER_DAY = '(?:in|at|on|near|outside|into|when|as|after|before|while|and|but|during|with)'

const ordinalDay: Matcher = {
  name: 'dates/ordinal-day',
  needs: 'V',
  anchor: 'V',
  // "He will be sentenced on the 14th.", "Police were called on the 28th at 9pm", "adjourned
  // until the 14th": a day of the month alone after "on the" (or "until", "by", "since"),
  // the month left unsaid as the one around the writing day. A noun after it makes it an ordinal
  // ("on the 14th floor"), so only a stop or a time may follow. After a part of the day ("on the
  // evening of the 10th") it is a day too, before a preposition or a link as well ("the night of
  // the 21st in Leeds"); the part of the day joins it later.
  pattern: pattern(
    `${B}(?:(?:on|until|till|by|since)\\s{1,3}(the\\s{1,3}(\\d{1,2})(?:st|nd|rd|th))(?=${ORDINAL_DAY_END})|(?:morning|afternoon|evening|night|(?:early|small)\\s{1,3}hours)\\s{1,3}of\\s{1,3}(the\\s{1,3}(\\d{1,2})(?:st|nd|rd|th))(?=${ORDINAL_DAY_END}|\\s{1,3}${PREPOSITION_AFTER_DAY}${E}))`,
  ),
  match(m, text, ctx) {
    const all = m[0]
    const phrase = m[1] ?? m[3]
    const day = Number(m[2] ?? m[4])
    if (!phrase || day < 1 || day > 31) return []
    const start = m.index + all.length - phrase.length
    const end = m.index + all.length
    const today = writingDay(ctx)
    const d = today ? monthDayNear(today, day, tenseAt(text, start, end)) : null
    if (!d) return [candidate(start, end, 'DATE', dayValue(null, null, day), 'dates/ordinal-day')]
    return [
      candidate(start, end, 'DATE', isoDay(d), 'dates/ordinal-day', {
        interval: dayInterval(d),
        inferred: true,
      }),
    ]
  },
}

/**
 * The day `day` of the month before, of or after the writing day's: in a past clause the latest
 * on or before it, in a future one the earliest on or after, else the nearest.
 */
function monthDayNear(today: Date, day: number, tense: Tense): Date | null {
  const t = today.getTime()
  let best: Date | null = null
  for (const shift of [-1, 0, 1]) {
    const first = new Date(today.getFullYear(), today.getMonth() + shift, 1)
    const d = toDate(first.getFullYear(), first.getMonth() + 1, day)
    if (!d || (tense === 'past' && d.getTime() > t) || (tense === 'future' && d.getTime() < t)) continue
    if (!best || Math.abs(d.getTime() - t) < Math.abs(best.getTime() - t)) best = d
  }
  return best
}

/**
 * The day `day` of the month before, of or after the writing day's that falls on `weekday`: in a
 * past clause the latest on or before it, in a future one the earliest on or after, else the
 * nearest. Null when none of the three months fits.
 */
function monthDayOfWeekday(today: Date, day: number, weekday: number, tense: Tense): Date | null {
  const fits: Date[] = []
  for (const shift of [-1, 0, 1]) {
    const first = new Date(today.getFullYear(), today.getMonth() + shift, 1)
    const d = toDate(first.getFullYear(), first.getMonth() + 1, day)
    if (d && d.getDay() === weekday) fits.push(d)
  }
  const t = today.getTime()
  const distance = (d: Date) => Math.abs(d.getTime() - t)
  const allowed = fits.filter((d) =>
    tense === 'past' ? d.getTime() <= t : tense === 'future' ? d.getTime() >= t : true,
  )
  allowed.sort((a, b) => distance(a) - distance(b))
  return allowed[0] ?? null
}

/** A digit, a slash and a digit: the quick test of the days written with a slash and no year (one pattern, tested once a block). */
const DIGIT_SLASH_DIGIT = /\d\/\d/

/** Before a police log's day: "quoting log 1234 of 17/03", "incident 0456 of 17/3". */
const LOG_BEFORE =
  /(?<![A-Za-z])(?:log|incident|occurrence|reference|ref)(?:\s{1,3}(?:number|no\.?))?\s{1,3}\d{1,6}\s{1,3}of\s{1,3}$/i

const logDay: Matcher = {
  name: 'dates/log-day',
  needs: 'D',
  anchor: 'D',
  quick: DIGIT_SLASH_DIGIT,
  // The day a call was logged, with no year: UK appeals ask callers to quote it.
  pattern: pattern(`(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?![\\d/]|\\.\\d)`),
  match(m, text, ctx) {
    const [all, a, b] = m
    if (!lookBack(text, m.index, LOG_BEFORE)) return []
    const { day, month } = numericDayMonth(Number(a), Number(b), ctx.monthFirst)
    if (month > 12 || month < 1) return []
    // A log is made before the appeal that quotes it.
    return dayCandidate(
      m.index,
      m.index + all.length,
      { year: null, month, day, weekday: null },
      'dates/log-day',
      text,
      ctx,
      'past',
    )
  },
}

/**
 * What stands before a day or a month in figures with no year of its own ("on 4/14", "from
 * 01/2019"): a preposition of time, a verb of scheduling and its "for", a weekday, or the first end
 * of a range in figures ("4/14-", "01/2019 through "). Fractions, scores and labels ("1/3 of",
 * "Law 5/2019", "open 24/7") have none of these before them.
 */
const FIGURES_LEAD_BEFORE = new RegExp(
  `(?:(?<![A-Za-z])(?:on|since|from|until|till|through|thru|before|after|between|by|in|during|starting|beginning|effective|ending|(?:set|scheduled|slated|planned|due|adjourned|postponed|rescheduled|moved|continued)\\s{1,3}(?:for|to|until))|(?<![A-Za-z])(${WEEKDAY})\\.?,?|\\d\\/\\d{1,4}\\s{0,2}(?:[-–]|to|and|or|through|thru|until))\\s{1,3}$|(?<![A-Za-z])(${WEEKDAY})\\.?\\s{0,2}(\\()\\s{0,2}$|\\d\\/\\d{1,4}\\s{0,2}[-–]$`,
  'i',
)
/** The first end of a range in figures, when nothing stands before it: "4/14" of "4/14-4/18". */
const FIGURES_RANGE_AFTER = /^\s{0,2}(?:[-–]|to|through|thru|until)\s{0,2}\d{1,2}\/\d{1,4}(?![\d/])/i
/** A clock right after a day in figures: "4/14 at 10 a.m.", "4/14, 7pm". */
const CLOCK_AFTER = /^,?\s{1,3}(?:at\s{1,3}|@\s{0,2})?\d{1,2}(?:[:.]\d{2})?\s{0,2}[ap]\.?m(?![A-Za-z])/i
/** A share or a measure after figures: "1/3 of", "3/4 inch", "2/3 majority". */
const SHARE_AFTER =
  /^(?:\s{0,2}(?:of|inch|inches|in\.|mile|miles|cup|cups|pound|pounds|lb|scale|odds|split|majority|share|ratio|percent|per\s{1,3}cent)(?![A-Za-z])|\s{0,2}%|(?:st|nd|rd|th)s?(?![A-Za-z]))/i

/** A lead of figures without a year, with where it starts and the weekday it names, if any. */
function figuresLead(
  text: string,
  start: number,
  end: number,
): { start: number; weekday: number | null; bracket: boolean } | null {
  const lead = lookBack(text, start, FIGURES_LEAD_BEFORE)
  if (SHARE_AFTER.test(text.slice(end, end + 12))) return null
  if (lead) {
    const wd = lead.m[1] ?? lead.m[2]
    // A weekday is part of the mention: "Tuesday, 4/14", "Tuesday (4/14)".
    return wd
      ? { start: lead.start + lead.m[0].indexOf(wd), weekday: weekdayNumber(wd), bracket: !!lead.m[3] }
      : { start, weekday: null, bracket: false }
  }
  const after = text.slice(end, end + 24)
  return FIGURES_RANGE_AFTER.test(after) || CLOCK_AFTER.test(after)
    ? { start, weekday: null, bracket: false }
    : null
}

/** A verb of change and "by" before a fraction: "reduced by 1/3", "cut by 1/2", "rose by 2/3". */
const CHANGED_BY_BEFORE =
  /(?:ed|cut|fell|rose|grew|rise|rises|fall|falls|drop|drops|grow|grows|up|down)\s{1,3}by\s{1,3}$/i

/** "24/7", "24/7/365": every hour of every day. */
const ALWAYS = /^24\/7/

const yearlessNumeric: Matcher = {
  name: 'dates/numeric-yearless',
  needs: 'K',
  anchor: 'K',
  quick: DIGIT_SLASH_DIGIT,
  // "on 4/14", "Tuesday, 4/14", "from 4/14 to 4/18" (US releases), "on 14/4" (day first): a day in
  // figures without its year, read in the release's order and resolved as "April 14" is.
  pattern: pattern(`(?:(?<![\\d/.,$£€-])|(?<=\\d\\/\\d{1,2}[-–]))(\\d{1,2})\\/(\\d{1,2})(?![\\d/]|[.,]\\d)`),
  match(m, text, ctx) {
    const [all, a, b] = m
    const end = m.index + all.length
    if (ALWAYS.test(all)) return []
    const lead = figuresLead(text, m.index, end)
    if (!lead) return []
    const first = Number(a)
    const second = Number(b)
    // "reduced by 1/3": after a change and "by", a fraction's shape is a fraction.
    if (first < second && second <= 10 && lookBack(text, m.index, CHANGED_BY_BEFORE)) return []
    // "since 9/11", "post-9/11": the attacks, not a day of this year; "on 9/11" is the day.
    if (
      first === 9 &&
      second === 11 &&
      !lead.weekday &&
      !/on\s{1,3}$/i.test(text.slice(m.index - 4, m.index))
    )
      return []
    const { day, month } = numericDayMonth(first, second, yearlessOrder(first, second, ctx))
    if (month < 1 || month > 12 || day < 1 || day > 31) return []
    const close = lead.bracket ? /^\s{0,2}\)/.exec(text.slice(end, end + 4)) : null
    if (lead.bracket && !close) return []
    return dayCandidate(
      lead.start,
      end + (close ? close[0].length : 0),
      { year: null, month, day, weekday: lead.weekday },
      'dates/numeric-yearless',
      text,
      ctx,
    )
  },
}

/**
 * The order of a day in figures without its year: the release's, but month first in a US
 * publisher's release when the text says nothing (its days with years are what decide the
 * release's order, and it may write none).
 */
function yearlessOrder(first: number, second: number, ctx: ResolveContext): MonthOrder {
  if (first > 12 || second > 12 || typeof ctx.monthFirst === 'boolean') return ctx.monthFirst
  return ctx.country === 'US' || isMonthFirst(ctx.monthFirst)
}

const numericMonth: Matcher = {
  name: 'dates/numeric-month',
  needs: 'K',
  anchor: 'K',
  quick: /\d\/(?:19|20)\d\d/,
  // "from 01/2019 through 06/2021", "since 3/2020": a month and its year in figures, read only after
  // a preposition of time or as an end of a range, as a law's or a case's number ("Law 5/2019")
  // is written the same way.
  pattern: pattern(
    `(?:(?<![\\d/.,$£€-])|(?<=\\d\\/\\d{4}[-–]))(0?[1-9]|1[0-2])\\/((?:19|20)\\d{2})(?![\\d/]|[.,]\\d)`,
  ),
  match(m, text) {
    const [all, mm, yy] = m
    const end = m.index + all.length
    const lead = figuresLead(text, m.index, end)
    if (!lead || lead.weekday !== null) return []
    const year = Number(yy)
    const month = Number(mm)
    return [
      candidate(m.index, end, 'DATE', monthValue(year, month), 'dates/numeric-month', {
        interval: monthInterval(year, month),
      }),
    ]
  },
}

// A range's first day comes before "Friday 3rd" alone: "Friday 3rd to Sunday 5th May" writes its month once.
export const CALENDAR_DATE_MATCHERS: readonly Matcher[] = [
  weekdayBracketed,
  dayRange,
  weekdayOrdinalDay,
  ordinalDay,
  monthDayList,
  monthDayRange,
  dayMonth,
  wordDayMonth,
  monthDay,
  monthTheDay,
  numeric,
  numericHyphen,
  iso,
  isoSlash,
  logDay,
  yearlessNumeric,
  numericMonth,
]
