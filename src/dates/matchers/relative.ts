/**
 * Expressions resolved against the reference day: "today", "yesterday", "Today (27 September)",
 * "this week", "last month", "next year", "earlier this year", "the weekend", "the rest of the
 * week", "later that day", weekdays, and the
 * vague "now", "recently", "the future".
 */
import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import { addWeeks } from 'date-fns/addWeeks'
import { addYears } from 'date-fns/addYears'
import { isWeekend } from 'date-fns/isWeekend'
import { startOfISOWeek } from 'date-fns/startOfISOWeek'
import { alternation } from '../../text/patterns'
import { dateForWeekday, isScheduledAt, type ResolveContext, tenseAt, writingDay } from '../context'
import { financialYearIn } from '../financial-year'
import { REFERENCE_WORDS, UNITS, WORD_SPACE } from '../lexicon'
import {
  dayInterval,
  dayValue,
  durationValue,
  financialYearInterval,
  isoDay,
  monthInterval,
  monthValue,
  pad,
  toDate,
  weekendInterval,
  weekInterval,
  weekValue,
  yearInterval,
  yearsInterval,
} from '../timex'
import { bankHolidayWeekend } from './bank-holidays'
import { dayCandidate } from './calendar-dates'
import { AND_A_HALF_AFTER, anchoredInterval } from './durations'
import { PART_OF_PERIOD } from './periods'
import type { Candidate, Matcher } from './shared'
import {
  B,
  candidate,
  E,
  inProperName,
  lookBack,
  MONTH,
  monthNumber,
  NAMED_DAY_SHIFT_RULE,
  PART_OF_DAY,
  pattern,
  THE_BEFORE,
  WEEKDAY,
  weekdayNumber,
  withEarlyOrLate,
} from './shared'

const DAY_SHIFT: Readonly<Record<string, number>> = {
  'last night': -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
  yesterday: -1,
}

function shiftedDay(
  start: number,
  end: number,
  ref: Date,
  shift: number,
  rule: string,
  inferred: boolean,
): Candidate {
  const d = addDays(ref, shift)
  return candidate(start, end, 'DATE', isoDay(d), rule, { interval: dayInterval(d), inferred })
}

const todayBracketed: Matcher = {
  name: 'dates/today-bracketed-day',
  needs: 'DMT',
  anchor: 'T',
  // "Today (27 September)", "Yesterday (Wednesday 13 March)": the release states its own day,
  // day or month first ("today (Thursday, February 6)", "today (April 28, 2023)").
  pattern: pattern(
    `${B}(today|yesterday|tomorrow|tonight|this\\s{1,3}(?:morning|afternoon|evening))\\s{0,3}\\(\\s{0,2}(?:(${WEEKDAY}),?\\s{1,3})?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(${MONTH})|(${MONTH})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s{1,3}(\\d{4}))?\\s{0,2}\\)`,
  ),
  match(m, text, ctx) {
    const [all, , wd, dayFirst, monthSecond, monthFirst, daySecond, yy] = m
    const dd = dayFirst ?? daySecond
    const mm = monthSecond ?? monthFirst
    const month = mm ? monthNumber(mm) : null
    if (month === null) return []
    const weekday = wd ? weekdayNumber(wd) : null
    return dayCandidate(
      m.index,
      m.index + all.length,
      { year: yy ? Number(yy) : null, month, day: Number(dd), weekday },
      'dates/today-bracketed-day',
      text,
      ctx,
      'none',
    )
  },
}

/** The rule of "today", "this morning", "last night": days counted from the reference day. */
export const RELATIVE_DAY_RULE = 'dates/relative-day'

const dayWord: Matcher = {
  name: RELATIVE_DAY_RULE,
  needs: 'T',
  anchor: 'T',
  pattern: pattern(
    `${B}(today|tonight|tomorrow|yesterday|last\\s{1,3}night|this\\s{1,3}(?:morning|afternoon|evening))(?:['’]s|\\s{1,3}(morning|afternoon|evening|night))?${E}`,
  ),
  match(m, text, ctx) {
    const [all, word, part] = m
    const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ')
    const start = m.index
    const end = start + (part ? all.length : (word ?? '').length)
    // "the technology of tomorrow, today": the generic future and present, not days.
    const before = text.slice(Math.max(0, start - 12), start)
    // "USA TODAY", "Russia Today", "Good Morning Britain Today": names, not days.
    if (
      /^TODAY$/.test(word ?? '') ||
      (/^Today/.test(word ?? '') && /(?<![.!?:;“"‘'(]\s{0,2})\b\p{Lu}[\p{L}.]{0,20}\s{1,2}$/u.test(before))
    ) {
      return []
    }
    if (w === 'tomorrow' && /\b(?:of|for)\s{1,3}$/i.test(before))
      return [candidate(start, end, 'DATE', 'FUTURE_REF', 'dates/generic-tomorrow')]
    if (w === 'today' && /tomorrow,?\s{1,3}$/i.test(before))
      return [candidate(start, end, 'DATE', 'PRESENT_REF', 'dates/generic-today')]
    if (
      w === 'today' &&
      /^['’]s\s{1,3}(?:world|society|policing|climate|age)/i.test(text.slice(start + 5, start + 20))
    ) {
      return [candidate(start, end, 'DATE', 'PRESENT_REF', 'dates/generic-today')]
    }
    const code = part ? (PART_OF_DAY[part.toLowerCase()] ?? '') : wordPartOfDay(w)
    // "the day before yesterday", "the day after tomorrow": one day further, and one mention.
    const further =
      w === 'yesterday'
        ? lookBack(text, start, DAY_BEFORE)
        : w === 'tomorrow'
          ? lookBack(text, start, DAY_AFTER)
          : null
    const from = further?.start ?? start
    const today = writingDay(ctx)
    if (!today) {
      // "this morning" with no known day is still a part of a day: a TIME with X for the day.
      const c = code
        ? candidate(from, end, 'TIME', `XXXX-XX-XX${code}`, RELATIVE_DAY_RULE)
        : candidate(from, end, 'DATE', 'XXXX-XX-XX', RELATIVE_DAY_RULE)
      return [withEarlyOrLate(c, text)]
    }
    const shift = (DAY_SHIFT[w] ?? 0) * (further ? 2 : 1)
    const c = shiftedDay(from, end, today, shift, RELATIVE_DAY_RULE, ctx.refInferred)
    return [withEarlyOrLate(code ? { ...c, type: 'TIME', value: `${c.value}${code}` } : c, text)]
  },
}

const DAY_BEFORE = /(?<![A-Za-z])the\s{1,3}day\s{1,3}before\s{1,3}$/i
const DAY_AFTER = /(?<![A-Za-z])the\s{1,3}day\s{1,3}after\s{1,3}$/i

/** The part of the day a day word names by itself ("this morning" TMO, "tonight" TNI), or ''. */
function wordPartOfDay(word: string): string {
  if (word.endsWith('morning')) return 'TMO'
  if (word.endsWith('afternoon')) return 'TAF'
  if (word.endsWith('evening')) return 'TEV'
  return word === 'tonight' || word === 'last night' ? 'TNI' : ''
}

type Unit = 'week' | 'weekend' | 'month' | 'year' | 'decade' | 'century' | 'fortnight'

/** The value of the unit holding `d`. */
function unitCandidate(
  start: number,
  end: number,
  unit: Unit,
  d: Date,
  rule: string,
  inferred: boolean,
  mod: Candidate['mod'] = null,
): Candidate {
  const y = d.getFullYear()
  switch (unit) {
    case 'week':
    case 'fortnight':
      return candidate(start, end, 'DATE', weekValue(d), rule, { interval: weekInterval(d), inferred, mod })
    case 'weekend':
      return candidate(start, end, 'DATE', `${weekValue(d)}-WE`, rule, {
        interval: weekendInterval(d),
        inferred,
        mod,
      })
    case 'month':
      return candidate(start, end, 'DATE', monthValue(y, d.getMonth() + 1), rule, {
        interval: monthInterval(y, d.getMonth() + 1),
        inferred,
        mod,
      })
    case 'year':
      return candidate(start, end, 'DATE', pad(y, 4), rule, { interval: yearInterval(y), inferred, mod })
    case 'decade': {
      const first = Math.floor(y / 10) * 10
      return candidate(start, end, 'DATE', String(first / 10), rule, {
        interval: yearsInterval(first, first + 9),
        inferred,
        mod,
      })
    }
    case 'century': {
      const first = Math.floor(y / 100) * 100
      return candidate(start, end, 'DATE', pad(first / 100), rule, {
        interval: yearsInterval(Math.max(1, first), first + 99),
        inferred,
        mod,
      })
    }
  }
}

/** The unit's value with X for every part, when there is no reference. */
function unknownUnit(unit: Unit): string {
  switch (unit) {
    case 'week':
    case 'fortnight':
      return 'XXXX-WXX'
    case 'weekend':
      return 'XXXX-WXX-WE'
    case 'month':
      return 'XXXX-XX'
    case 'year':
      return 'XXXX'
    case 'decade':
      return 'XXX'
    case 'century':
      return 'XX'
  }
}

function shiftUnit(d: Date, unit: Unit, n: number): Date {
  switch (unit) {
    case 'week':
    case 'weekend':
      return addWeeks(d, n)
    case 'fortnight':
      return addWeeks(d, 2 * n)
    case 'month':
      return addMonths(d, n)
    case 'year':
      return addYears(d, n)
    case 'decade':
      return addYears(d, 10 * n)
    case 'century':
      return addYears(d, 100 * n)
  }
}

const SHIFT: Readonly<Record<string, number>> = {
  current: 0,
  'earlier this': 0,
  'later this': 0,
  last: -1,
  next: 1,
  previous: -1,
  'the coming': 1,
  'the current': 0,
  'the following': 1,
  'the last': -1,
  'the next': 1,
  // Only before "financial year" or "fiscal year": "the new year" is the holiday.
  'the new': 1,
  'the past': -1,
  'the preceding': -1,
  'the previous': -1,
  'the prior': -1,
  this: 0,
  'this coming': 1,
  'this past': -1,
}

/** "the bank holiday weekend", "this long weekend": a weekend named for the holiday next to it. */
const HOLIDAY_WEEKEND = 'bank\\s{1,3}holiday|long'

const RELATIVE_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:(early|late|mid)[\\s-]{1,3})?(${alternation(Object.keys(SHIFT), WORD_SPACE)}|(?:earlier|later)\\s{1,3}in\\s{1,3}the|(?:the\\s{1,3})?(?:start|end|beginning|middle)\\s{1,3}of(?:\\s{1,3}(?:this|last|next|the(?:\\s{1,3}new)?))?)\\s{1,3}(?:(financial|fiscal)\\s{1,3})?(?:(${HOLIDAY_WEEKEND})\\s{1,3})?$`,
  'i',
)
const WEEK_BEFORE =
  /(?<![A-Za-z])(?:throughout|during|over|across|at|later\s{1,3}in|earlier\s{1,3}in)\s{1,3}$/i

/** "on the weekend", as Australia, New Zealand and North America write "at the weekend". */
const ON_BEFORE = /(?<![A-Za-z])on\s{1,3}$/i

/** A year's number after "financial year" or "fiscal year", perhaps after "(FY)". */
const NAMED_YEAR_AFTER = /^\s{1,3}(?:\(FY\)\s{1,3})?(?:19|20)\d{2}(?!\d)/i

/** "-end" or " end" after a year or a month ("year-end", "month end"), not "end of", then perhaps a year. */
const END_AFTER_UNIT =
  /^(?:-|\s{1,3})end(?![A-Za-z-])(?!\s{1,3}of(?![A-Za-z]))(?:\s{1,3}((?:19|20)\d{2})(?![0-9]))?/i
/** What a bare "year-end" follows to be a time: a preposition of time, perhaps with "the". */
const END_LEAD =
  /(?<![A-Za-z])(?:at|by|before|until|till|from|since|after|around|near|towards?)\s{1,3}(?:the\s{1,3})?$/i

/**
 * "by year-end", "at month-end", "year-end 2024": the end of the writing day's year or month, as
 * "the end of the year" is, or of the year written after it. A bare one must follow a preposition of
 * time: "the year-end review" names a review.
 */
function unitEnd(m: RegExpExecArray, text: string, ctx: ResolveContext): Candidate[] {
  const unit = (m[1] ?? '').toLowerCase()
  if (unit !== 'year' && unit !== 'month') return []
  const after = END_AFTER_UNIT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
  if (!after) return []
  const start = m.index
  const end = start + m[0].length + after[0].length
  const written = after[1]
  if (written && unit === 'year') {
    const y = Number(written)
    return [
      candidate(start, end, 'DATE', written, 'dates/relative-unit', {
        interval: yearInterval(y),
        mod: 'END',
      }),
    ]
  }
  if (written || !lookBack(text, start, END_LEAD)) return []
  const from = unit === 'year' ? ctx.ref : writingDay(ctx)
  if (!from) return []
  // "at the year-end" keeps its article, as "the end of the year" does.
  const the = lookBack(text, start, THE_BEFORE)
  const first = the ? the.start : start
  // Written in spring, a past clause's year-end is last year's, as "by the end of the year" is.
  const past = unit === 'year' && from.getMonth() + 1 <= 9 && tenseAt(text, first, end) === 'past'
  const d = past ? addYears(from, -1) : from
  return [unitCandidate(first, end, unit, d, 'dates/relative-unit', ctx.refInferred, 'END')]
}

const relativeUnit: Matcher = {
  name: 'dates/relative-unit',
  needs: 'U',
  anchor: 'U',
  // "this week", "last month", "next year", "earlier this year", "the previous week"
  pattern: pattern(`${B}(week|weekend|month|year|decade|century|fortnight)${E}`),
  match(m, text, ctx) {
    const [unitWord, unitRaw] = m
    // The words before the unit decide what it means; read them backwards from the unit.
    const before = lookBack(text, m.index, RELATIVE_BEFORE)
    if (!before) return unitEnd(m, text, ctx)
    const [, part, whichRaw, fiscal, holiday] = before.m
    const all = text.slice(before.start, m.index + unitWord.length)
    const which = (whichRaw ?? '').toLowerCase().replace(/\s+/g, ' ')
    const unit = (unitRaw ?? '').toLowerCase() as Unit
    if ((fiscal && unit !== 'year') || (holiday && unit !== 'weekend')) return []
    // "the end of fiscal year 2026": the year is named, and `dates/fiscal-year` reads it.
    if (
      fiscal &&
      NAMED_YEAR_AFTER.test(text.slice(m.index + unitWord.length, m.index + unitWord.length + 16))
    )
      return []
    if (/(?:^| )new$/.test(which) && !fiscal) return []
    const start = before.start
    const end = start + all.length
    // "the last year" and "the next month" are spans of time (durations), handled there; "the
    // last financial year" is one year of the budget, named as such.
    if (/^the (last|past|next|coming)$/.test(which) && unit !== 'weekend' && !fiscal) {
      const u = UNITS[unit] ?? UNITS.year!
      // "the next decade and a half": the half adds to the length.
      const half = AND_A_HALF_AFTER.exec(text.slice(end, end + 20))
      const times = half ? u.times * 1.5 : u.times
      const interval = ctx.ref ? anchoredInterval(which, times, u.letter, ctx.ref) : null
      const to = end + (half?.[0].length ?? 0)
      return [
        candidate(start, to, 'DURATION', durationValue(times, u.letter, u.time), 'dates/the-last-unit', {
          interval,
        }),
      ]
    }
    const sameTime = sameTimeCandidate(text, start, end, which, unit, fiscal, ctx)
    if (sameTime) return [sameTime]
    let mod: Candidate['mod'] = null
    let n = 0
    // "early next month", "late last year", "mid next year"
    const partWord = (part ?? '').toLowerCase()
    if (partWord === 'early') mod = 'START'
    else if (partWord === 'late') mod = 'END'
    else if (partWord === 'mid') mod = 'MID'
    else if (/start|beginning/.test(which)) mod = 'START'
    else if (/end/.test(which)) mod = 'END'
    else if (/middle/.test(which)) mod = 'MID'
    if (/ of (last)$/.test(which)) n = -1
    else if (/ of (next|the new)$/.test(which)) n = 1
    else n = SHIFT[which] ?? 0
    // Years count from the reference's year; weeks and months only from the writing day itself.
    const from = unit === 'year' || unit === 'decade' || unit === 'century' ? ctx.ref : writingDay(ctx)
    if (!from) {
      // With no day to say which side of April it is, a financial year is only guessed from its year.
      if (fiscal) {
        const value = ctx.year === null ? 'FYXXXX' : `FY${pad(ctx.year + n, 4)}`
        return [
          candidate(start, end, 'DATE', value, FINANCIAL_YEAR_RULE, { inferred: ctx.year !== null, mod }),
        ]
      }
      if (ctx.year !== null && unit === 'year') {
        return [
          candidate(start, end, 'DATE', pad(ctx.year + n, 4), anaphoricRule(which, unit, fiscal), {
            interval: yearInterval(ctx.year + n),
            inferred: true,
            mod,
          }),
        ]
      }
      return [candidate(start, end, 'DATE', unknownUnit(unit), anaphoricRule(which, unit, fiscal), { mod })]
    }
    // "the new financial year" in the first months of one is the year just begun; later, the next.
    if (fiscal && /(?:^| )new$/.test(which) && withinNewFinancialYear(from, ctx, fiscal)) n = 0
    // "the coming weekend" is the first weekend still to come: this week's, from Monday to Friday.
    if (unit === 'weekend' && which.endsWith('coming') && !holiday) n = isWeekend(from) ? 1 : 0
    let d = shiftUnit(from, unit, n)
    // "cases peaked by the end of the year", written in spring: the end of this year is still to
    // come, so a past clause means last year's.
    if (
      unit === 'year' &&
      /^(?:the )?(?:end|middle) of(?: the)?$/.test(which) &&
      from.getMonth() + 1 <= (mod === 'END' ? 9 : 5) &&
      tenseAt(text, start, end) === 'past'
    )
      d = addYears(d, -1)
    if (unit === 'weekend' && n === 0 && meansWeekendGone(text, start, end, from)) d = addWeeks(d, -1)
    // "this bank holiday weekend", "last bank holiday weekend": the holiday's own weekend.
    const bankHoliday = isBankHoliday(holiday) ? holidayWeekendDay(from, n, text, start, end, ctx) : null
    if (bankHoliday) d = bankHoliday
    const c = unitCandidate(start, end, unit, d, anaphoricRule(which, unit, fiscal), ctx.refInferred, mod)
    if (!fiscal) return [c]
    // The publisher's country's financial year: a UK one runs April to March and is named by the
    // year it starts in (in March 2024 "this financial year" is 2023/24, FY2023); a US one runs
    // October to September and is named by the year it ends in (then FY2024).
    const fy = financialYearIn(ctx, fiscal.toLowerCase() === 'fiscal')
    const first = d.getMonth() + 1 >= fy.firstMonth ? d.getFullYear() : d.getFullYear() - 1
    return [
      {
        ...c,
        value: `FY${pad(fy.namedByEnd ? first + 1 : first, 4)}`,
        rule: FINANCIAL_YEAR_RULE,
        interval: financialYearInterval(first, fy.firstMonth),
      },
    ]
  },
}

/** "this time", "the same time", "at this point", "this stage" before "last year", "next month". */
const SAME_TIME_BEFORE = /(?<![A-Za-z])(?:this|the\s{1,3}same)\s{1,3}(?:time|point|stage)\s{1,3}$/i

/**
 * "this time last year", "the same time next month", "at this point last week": the day a unit
 * before or after the writing day, about (`APPROX`), not the whole year or month. With no writing
 * day, the year is still known from the reference's year; else the value is unknown.
 */
function sameTimeCandidate(
  text: string,
  start: number,
  end: number,
  which: string,
  unit: Unit,
  fiscal: string | undefined,
  ctx: ResolveContext,
): Candidate | null {
  if (fiscal || (which !== 'last' && which !== 'next')) return null
  if (unit !== 'week' && unit !== 'month' && unit !== 'year') return null
  const before = lookBack(text, start, SAME_TIME_BEFORE)
  if (!before) return null
  const n = which === 'last' ? -1 : 1
  const from = writingDay(ctx)
  if (from) {
    const d = shiftUnit(from, unit, n)
    return candidate(before.start, end, 'DATE', isoDay(d), SAME_TIME_RULE, {
      interval: dayInterval(d),
      inferred: ctx.refInferred,
      mod: 'APPROX',
    })
  }
  if (unit === 'year' && ctx.year !== null)
    return candidate(before.start, end, 'DATE', pad(ctx.year + n, 4), SAME_TIME_RULE, {
      interval: yearInterval(ctx.year + n),
      inferred: true,
      mod: 'APPROX',
    })
  return candidate(before.start, end, 'DATE', 'XXXX-XX-XX', SAME_TIME_RULE, { mod: 'APPROX' })
}

const SAME_TIME_RULE = 'dates/same-time'

/** How many months after its start a financial year is still "the new financial year". */
const NEW_FINANCIAL_YEAR_MONTHS = 3

/**
 * Whether `day` is in the first months of its financial year (April to June of a UK one, October to
 * December of a US one), where "the new financial year" is the one just begun.
 */
function withinNewFinancialYear(day: Date, ctx: ResolveContext, fiscal: string): boolean {
  const { firstMonth } = financialYearIn(ctx, fiscal.toLowerCase() === 'fiscal')
  return (day.getMonth() + 1 - firstMonth + 12) % 12 < NEW_FINANCIAL_YEAR_MONTHS
}

/**
 * "the previous year" ("the preceding year", "the prior year") and "the following year" count from the year the text has just named ("in
 * 2023, up 18 per cent on the previous year" is 2022), not from today: their rules tell the
 * refiner `anchorYears` to move them; "last year" and "next year" keep counting from the reference.
 */
function anaphoricRule(which: string, unit: Unit, fiscal: string | undefined): string {
  if (unit !== 'year' || fiscal) return 'dates/relative-unit'
  if (which === 'previous' || which === 'the previous' || which === 'the preceding' || which === 'the prior')
    return PREVIOUS_YEAR_RULE
  if (which === 'the following') return FOLLOWING_YEAR_RULE
  return 'dates/relative-unit'
}

const FINANCIAL_YEAR_RULE = 'dates/financial-year'
export const PREVIOUS_YEAR_RULE = 'dates/previous-year'
export const FOLLOWING_YEAR_RULE = 'dates/following-year'

/** "the rest of the week", "the remainder of the year": what is left of the current one. */
const REST_OF_BEFORE = /(?<![A-Za-z])the\s{1,3}(?:rest|remainder)\s{1,3}of\s{1,3}$/i

const theWeek: Matcher = {
  name: 'dates/the-week',
  needs: 'U',
  anchor: 'U',
  // "throughout the week", "over the weekend", "the rest of the week", "the bank holiday weekend": the current one.
  pattern: pattern(`${B}the\\s{1,3}(?:(${HOLIDAY_WEEKEND})\\s{1,3})?(week|weekend|month|year)${E}`),
  match(m, text, ctx) {
    const rest = lookBack(text, m.index, REST_OF_BEFORE)
    const [all, holiday, unitRaw] = m
    const unit = (unitRaw ?? '').toLowerCase() as Unit
    if (holiday && unit !== 'weekend') return []
    // A weekend named for its holiday is that weekend whatever the words before it.
    const current =
      holiday ||
      (lookBack(text, m.index, WEEK_BEFORE) && (unit === 'week' || unit === 'weekend')) ||
      (unit === 'weekend' && lookBack(text, m.index, ON_BEFORE)) ||
      // "the first three months of the year": the current year, which the refiner joins to its part.
      ((unit === 'year' || unit === 'month') && lookBack(text, m.index, PART_OF_PERIOD))
    if (!rest && !current) return []
    const start = rest ? rest.start : m.index
    const end = m.index + all.length
    const today = unit === 'year' ? ctx.ref : writingDay(ctx)
    if (!today) return [candidate(start, end, 'DATE', unknownUnit(unit), 'dates/the-week')]
    const holidayDay = isBankHoliday(holiday) ? holidayWeekendDay(today, 0, text, start, end, ctx) : null
    const d =
      holidayDay ??
      (unit === 'weekend' && meansWeekendGone(text, start, end, today) ? addWeeks(today, -1) : today)
    return [unitCandidate(start, end, unit, d, 'dates/the-week', ctx.refInferred)]
  },
}

/** Whether a weekend is named for the bank holiday, not only long. */
function isBankHoliday(holiday: string | undefined): boolean {
  return /^bank/i.test(holiday ?? '')
}

/**
 * The Saturday of "the bank holiday weekend" written on `today`: the one before the next bank
 * holiday Monday (the last one in a past clause or after "last", the nearest in a clause of no
 * tense) of the publisher's region, or null when none lies near enough to tell.
 */
function holidayWeekendDay(
  today: Date,
  shift: number,
  text: string,
  start: number,
  end: number,
  ctx: ResolveContext,
): Date | null {
  const tense = shift < 0 ? 'past' : shift > 0 ? 'future' : tenseAt(text, start, end)
  return bankHolidayWeekend(today, tense, ctx.bankHolidays ?? null)
}

/**
 * Whether "the weekend" or "this weekend", written on `today`, is the one just gone: on a weekday
 * in a past clause, and on a Monday or a Tuesday unless the clause looks ahead ("appealing for
 * witnesses after thefts over the weekend"; "will patrol over the weekend" is the next one).
 */
function meansWeekendGone(text: string, start: number, end: number, today: Date): boolean {
  const day = today.getDay()
  if (day < 1 || day > 5) return false
  const tense = tenseAt(text, start, end)
  return tense === 'past' || (day <= 2 && tense === 'none')
}

const weekday: Matcher = {
  name: 'dates/weekday',
  needs: 'W',
  anchor: 'W',
  // "on Monday", "last Friday", "next Tuesday": the nearest one in the clause's direction.
  pattern: pattern(
    `${B}(?:(last|next|this|this\\s{1,3}coming|this\\s{1,3}past)\\s{1,3})?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s|\\s{1,3}(morning|afternoon|evening|night))?${E}`,
  ),
  match(m, text, ctx: ResolveContext) {
    const [all, which, wd, part] = m
    if (!wd || !/^\p{Lu}/u.test(wd)) return []
    const wdStart = m.index + all.toLowerCase().lastIndexOf(wd.toLowerCase())
    if (inProperName(text, wdStart, wdStart + wd.length)) return []
    const partCode = part ? PART_OF_DAY[part.toLowerCase()] : undefined
    const weekdayNo = weekdayNumber(wd)
    if (weekdayNo === null) return []
    const start = m.index
    const possessive = /['’]s$/.test(all)
    // "Tuesday last week", "Wednesday last" (Irish and older British usage): the word comes after.
    const read =
      part || possessive
        ? null
        : WEEKDAY_AFTER.exec(text.slice(m.index + all.length, m.index + all.length + 24))
    // "next Tuesday week" is no shape anyone writes: "week" then joins nothing.
    const after = read?.[3] && which ? null : read
    // "a week on Tuesday": the British "Tuesday week", the words before the day.
    const weekBefore = which || possessive || after ? null : weekOnBefore(text, start, start + all.length)
    const weekOn = after?.[3] !== undefined || weekBefore !== null
    const end = start + all.length - (possessive ? 2 : 0) + (after ? after[0].length : 0)
    // "on a Tuesday night": any Tuesday, no day the writing day can fix; "a" is part of the mention.
    const any = which || possessive || weekBefore ? null : lookBack(text, start, ANY_WEEKDAY_BEFORE)
    const today = any ? null : writingDay(ctx)
    if (!today) {
      const v = `XXXX-WXX-${weekdayNo === 0 ? 7 : weekdayNo}`
      return [
        withEarlyOrLate(
          candidate(
            any?.start ?? weekBefore ?? start,
            end,
            partCode ? 'TIME' : 'DATE',
            partCode ? `${v}${partCode}` : v,
            any ? ANY_WEEKDAY_RULE : 'dates/weekday',
          ),
          text,
        ),
      ]
    }
    const w = (after?.[1] ?? which ?? '').toLowerCase()
    const tense =
      w === 'last' || w.endsWith('past')
        ? 'past'
        : w === 'next' || w.endsWith('coming') || weekOn || (!w && isScheduledAt(text, start))
          ? 'future'
          : tenseAt(text, start, end)
    let d = dateForWeekday(weekdayNo, today, tense)
    // "Tuesday week": a week after the coming Tuesday.
    if (weekOn) d = addDays(d, 7)
    // Written on that weekday, "last Friday" and "this past Friday" are the week before; "next
    // Friday" and "this coming Friday" the week after. "this Friday" stays today.
    if (d.getTime() === today.getTime() && (w === 'last' || w.endsWith('past'))) d = addDays(d, -7)
    if (d.getTime() === today.getTime() && (w === 'next' || w.endsWith('coming'))) d = addDays(d, 7)
    // "Tuesday last week": that weekday of the week before the writing week, whatever today is.
    if (after?.[2]) d = addDays(startOfISOWeek(today), (w === 'last' ? -7 : 7) + ((weekdayNo + 6) % 7))
    const c = partCode
      ? candidate(weekBefore ?? start, end, 'TIME', `${isoDay(d)}${partCode}`, 'dates/weekday-part-of-day', {
          interval: dayInterval(d),
          inferred: true,
        })
      : candidate(weekBefore ?? start, end, 'DATE', isoDay(d), 'dates/weekday', {
          interval: dayInterval(d),
          inferred: true,
        })
    return [withEarlyOrLate(c, text)]
  },
}

/** "a week on" before a weekday's name (read backwards): "adjourned until a week on Tuesday". */
const WEEK_ON_BEFORE = /(?<![A-Za-z])a\s{1,3}week\s{1,3}on\s{1,3}$/i
/**
 * "since" after the weekday counts the week up to that day ("it will be a week on Tuesday since he
 * went missing"): the day is then the coming one.
 */
const SINCE_AFTER = /^\s{1,3}since(?![A-Za-z])/i

/**
 * Where "a week on" before the weekday at [start, end) begins, or null when it is not there or
 * counts a week.
 */
function weekOnBefore(text: string, start: number, end: number): number | null {
  const found = lookBack(text, start, WEEK_ON_BEFORE)
  if (!found || SINCE_AFTER.test(text.slice(end, end + 12))) return null
  return found.start
}

/** "a" before a weekday's name: not one day but any such weekday ("at 10.30 on a Tuesday night"). */
const ANY_WEEKDAY_BEFORE = /(?<![A-Za-z])a\s{1,3}$/i
/** The rule of a weekday that names no one day: it gives its day to no time but one joined to it. */
export const ANY_WEEKDAY_RULE = 'dates/any-weekday'

/**
 * "last week" or "next week" after a weekday, or "last" or "next" alone before a stop, a time or a
 * date ("on Wednesday last, 12 June", "Friday next at 10am"); not "Tuesday last year". Or "week"
 * alone before a stop or a time ("on Tuesday week", "Friday week at 10am"): the British for a week
 * after the coming one; not "Tuesday week 3", "Monday week of action".
 */
const WEEKDAY_AFTER =
  /^\s{1,3}(?:(last|next)(?:\s{1,3}(week)(?![A-Za-z])|(?=\s{0,3}[,.;:)]|\s{1,3}(?:at|on|in|and|when|the|\d)(?![A-Za-z])|\s{0,3}$))|(week)(?=\s{0,3}[,.;:)!?]|\s{1,3}(?:at|in|and|when|for|to|from)(?![A-Za-z])|\s{0,3}$))/

const REF = `(?:${alternation(Object.keys(REFERENCE_WORDS), WORD_SPACE)})`
/** What may follow "at the time" that stands alone: a stop, a bracket, a quote, "and", "but", or nothing. */
const TIME_ALONE_AFTER = /^(?:\s{0,3}[,.;:)!?"'”’]|\s{0,3}$|\s{1,3}(?:and|but|or)(?![A-Za-z]))/

const referenceWord: Matcher = {
  name: 'dates/reference-word',
  needs: 'R',
  anchor: 'R',
  // "now", "currently", "recently", "soon", "the future", "in future"
  pattern: pattern(`${B}(?:${REF}|(?<=${B}in\\s{1,3})future)${E}`),
  match(m, text) {
    const [all] = m
    const key = all.toLowerCase().replace(/\s+/g, ' ')
    const value = key === 'future' ? 'FUTURE_REF' : REFERENCE_WORDS[key]
    if (!value) return []
    const start = m.index
    const after = text.slice(start + all.length, start + all.length + 12)
    // "now" in "know" is excluded by the boundary; "now that" and "by now" still mean the present.
    if (
      key === 'the past' &&
      /^\s{1,3}(?:few|couple|\d|year|month|week|decade|\p{L}+teen|two|three|four|five|six|seven|eight|nine|ten|twelve)/iu.test(
        after,
      )
    )
      return []
    if (key === 'soon' && /(?:as|too)\s{1,3}$/i.test(text.slice(Math.max(0, start - 5), start))) return []
    // "at the time of the offence", "at the time stated" name their time; alone, before a stop or a
    // conjunction, it is a past one ("who was 17 at the time, was"), unless the clause looks ahead
    // ("will decide at the time").
    if (
      key === 'at the time' &&
      (!TIME_ALONE_AFTER.test(after) || tenseAt(text, start, start + all.length) === 'future')
    )
      return []
    if (
      key === 'the future' &&
      /^\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:club|company|site|building|scheme)/i.test(after)
    )
      return []
    return [candidate(start, start + all.length, 'DATE', value, 'dates/reference-word')]
  },
}

const monthDayRelative: Matcher = {
  name: 'dates/earlier-this-unit',
  needs: 'U',
  anchor: 'U',
  // "earlier this month", "later this year", "earlier in the week"
  pattern: pattern(`${B}(earlier|later)\\s{1,3}(?:this|in\\s{1,3}the)\\s{1,3}(week|month|year)${E}`),
  match(m, _text, ctx) {
    const [all, , unitRaw] = m
    const unit = (unitRaw ?? '').toLowerCase() as Unit
    const start = m.index
    const end = start + all.length
    const today = unit === 'year' ? ctx.ref : writingDay(ctx)
    if (!today) {
      if (ctx.year !== null && unit === 'year')
        return [
          candidate(start, end, 'DATE', pad(ctx.year, 4), 'dates/earlier-this-unit', {
            interval: yearInterval(ctx.year),
            inferred: true,
          }),
        ]
      return [candidate(start, end, 'DATE', unknownUnit(unit), 'dates/earlier-this-unit')]
    }
    return [unitCandidate(start, end, unit, today, 'dates/earlier-this-unit', ctx.refInferred)]
  },
}

/** How many months "this", "next" and "last" month lie from the writing day's. */
const MONTH_SHIFTS: Readonly<Record<string, number>> = { last: -1, next: 1, this: 0 }

const dayOfRelativeMonth: Matcher = {
  name: 'dates/day-of-relative-month',
  needs: 'VU',
  anchor: 'U',
  // "on the 14th of this month", "the 1st of next month", "the 28th of last month": a day of the
  // month counted from the writing day's; read whole, or only "this month" would be. Not "of the
  // following month", which counts from the month the text named last.
  pattern: pattern(
    `${B}the\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)\\s{1,3}of\\s{1,3}(this|next|last)\\s{1,3}month${E}`,
  ),
  match(m, _text, ctx) {
    const [all, dd, whichRaw] = m
    const day = Number(dd)
    if (day < 1 || day > 31) return []
    const start = m.index
    const end = start + all.length
    const today = writingDay(ctx)
    const shift = MONTH_SHIFTS[(whichRaw ?? '').toLowerCase()] ?? 0
    const first = today ? addMonths(new Date(today.getFullYear(), today.getMonth(), 1), shift) : null
    const d = first ? toDate(first.getFullYear(), first.getMonth() + 1, day) : null
    if (!d) {
      // No writing day, or no such day in that month ("the 31st of next month" in October).
      return today
        ? []
        : [candidate(start, end, 'DATE', dayValue(null, null, day), 'dates/day-of-relative-month')]
    }
    return [
      candidate(start, end, 'DATE', isoDay(d), 'dates/day-of-relative-month', {
        interval: dayInterval(d),
        inferred: ctx.refInferred,
      }),
    ]
  },
}

/** The rule of "that day" and "later that night", which take the day the text named last. */
export const THAT_DAY_RULE = 'dates/that-day'

const thatDay: Matcher = {
  name: THAT_DAY_RULE,
  needs: 'T',
  anchor: 'T',
  // "that evening", "later that day", "Later in the day": the day is the one the narrative is on
  // (see `attachTimes`). "later" and "earlier" do not change it, so they stay out, as in "later today".
  pattern: pattern(
    `${B}(?:that\\s{1,3}(day|morning|afternoon|evening|night)|(?<=(?:later|earlier)\\s{1,3}in\\s{1,3})the\\s{1,3}(day|morning|afternoon|evening))${E}`,
  ),
  match(m) {
    const [all, that, the] = m
    const word = that ?? the
    const part = PART_OF_DAY[(word ?? '').toLowerCase()]
    const start = m.index
    const end = start + all.length
    return [
      part
        ? candidate(start, end, 'TIME', `XXXX-XX-XX${part}`, THAT_DAY_RULE)
        : candidate(start, end, 'DATE', 'XXXX-XX-XX', THAT_DAY_RULE),
    ]
  },
}

/** The rule of "the following day", "the day before", "the same day": a day counted from the day named last. */
export { NAMED_DAY_SHIFT_RULE }

/** How many days each wording moves from the day named last (keep sorted). */
export const NAMED_DAY_SHIFTS: Readonly<Record<string, number>> = {
  'the day after': 1,
  'the day before': -1,
  'the following day': 1,
  'the next day': 1,
  'the previous day': -1,
  'the same day': 0,
}

const namedDayShift: Matcher = {
  name: NAMED_DAY_SHIFT_RULE,
  needs: 'U',
  anchor: 'U',
  // "The following day, he was arrested": the day after the one the narrative is on (see `attachTimes`).
  pattern: pattern(
    `${B}the\\s{1,3}(?:(following|next|previous|same)\\s{1,3}day(?!\\s{1,3}(?:of|that|to|when|as|in|at)\\b)|day\\s{1,3}(after|before)(?=\\s{0,2}(?:[,.;:)]|$)))${E}`,
  ),
  match(m) {
    const [all, word, side] = m
    const key = word ? `the ${word.toLowerCase()} day` : `the day ${(side ?? '').toLowerCase()}`
    if (NAMED_DAY_SHIFTS[key] === undefined) return []
    return [candidate(m.index, m.index + all.length, 'DATE', 'XXXX-XX-XX', NAMED_DAY_SHIFT_RULE)]
  },
}

const namedPartShift: Matcher = {
  name: 'dates/named-part-shift',
  needs: 'T',
  anchor: 'T',
  quick: /(?:following|next|previous|same)\s{1,3}(?:morning|afternoon|evening|night)/i,
  // "The following morning, officers recovered a firearm": that part of the day after the one named last.
  pattern: pattern(
    `${B}the\\s{1,3}(following|next|previous|same)\\s{1,3}(morning|afternoon|evening|night)(?!['’]|\\s{1,3}(?:of|that|to|when|as)\\b)${E}`,
  ),
  match(m) {
    const [all, , part] = m
    const code = PART_OF_DAY[(part ?? '').toLowerCase()]
    if (!code) return []
    return [candidate(m.index, m.index + all.length, 'TIME', `XXXX-XX-XX${code}`, NAMED_DAY_SHIFT_RULE)]
  },
}

export const RELATIVE_MATCHERS: readonly Matcher[] = [
  thatDay,
  namedDayShift,
  namedPartShift,
  todayBracketed,
  dayWord,
  monthDayRelative,
  dayOfRelativeMonth,
  relativeUnit,
  theWeek,
  weekday,
  referenceWord,
]
