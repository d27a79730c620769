/**
 * The publication date a release's own words fix: its dateline (read by the reader
 * `splitReleases` uses), "Today (27 September)", "Last week (Wednesday 13 March 2024)", a weekday
 * beside a date, or else the latest full date it names (a lower bound: a release is written after
 * what it reports).
 */
import { addDays } from 'date-fns/addDays'
import { type DayOfYear, readDatelineLine, readOpeningDateline } from '../releases/dateline'
import type { TextBlock } from '../text/blocks'
import { looksAhead } from './ahead'
import { anniversaryDay } from './anniversary'
import { tenseAt } from './context'
import { MONTH_NAMES } from './lexicon'
import { numericDayMonth } from './matchers/calendar-dates'
import { isMonthWord, MONTH, monthNumber, WEEKDAY, weekdayNumber } from './matchers/shared'
import { isYear, YEAR_IN_TEXT as YEAR } from './matchers/years'
import { toDate } from './timex'

/** What the evidence fixes: a day (maybe only a lower bound), or only a year, or nothing. */
export interface Evidence {
  /** The day; when `day` says it is not fixed, a neighbour's day or 1 January of the fixed year. */
  readonly date: Date
  readonly lowerBound: boolean
  readonly rule: string
  /**
   * Absent when the text fixes the day. `estimated`: only the year is fixed and the day is a
   * neighbouring release's; `unknown`: only the year is fixed. Either way mentions resolve
   * against the year alone.
   */
  readonly day?: 'estimated' | 'unknown'
}

/** A neighbouring release's date, or only its year. */
export interface NeighbourDate {
  readonly year: number
  readonly date: Date | null
}

/** How many days before the writing day each stated day lies (keep sorted). */
const SHIFTS: Readonly<Record<string, number>> = {
  'last night': 1,
  'last week': 7,
  'this afternoon': 0,
  'this evening': 0,
  'this morning': 0,
  'this week': 0,
  today: 0,
  tomorrow: -1,
  tonight: 0,
  yesterday: 1,
}

const DAY = `(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(${MONTH})\\.?(?:,?\\s{1,3}((?:19|20)\\d{2}))?`
const STATED = new RegExp(
  `(?<![A-Za-z])(today|yesterday|tomorrow|tonight|last\\s{1,3}(?:week|night)|this\\s{1,3}(?:week|morning|afternoon|evening))\\s{0,3}\\(\\s{0,2}(?:(${WEEKDAY})\\.?,?\\s{1,3})?${DAY}\\s{0,2}\\)`,
  'gi',
)
const WEEKDAY_DAY = new RegExp(
  `(?<![A-Za-z])(${WEEKDAY})\\.?,?\\s{1,3}(?:\\(\\s{0,2})?(?:the\\s{1,3})?${DAY}(?![A-Za-z0-9])`,
  'gi',
)
/** A full date in either order: "7 October 2013", "Dec. 25, 2015", "May 5, 2004". */
const FULL_DATE = new RegExp(
  `(?<![A-Za-z0-9])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(${MONTH})\\.?|(${MONTH})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?),?\\s{1,3}((?:19|20)\\d{2})(?![A-Za-z0-9])`,
  'gi',
)
/** "17/05/2024" and "17.05.2024" with a full year: a lower bound like the written-out dates. */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d/]|\.\d)/g
/** The first three letters of every month, as the cheap tests below look for them. */
const MONTH_STEMS = MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase()).join('|')
/** A day before a month, as the stated-day, weekday and full-date patterns need: a cheap test first. */
const DAY_MONTH_QUICK = new RegExp(`\\d(?:st|nd|rd|th)?\\s{1,3}(?:${MONTH_STEMS})`, 'i')
/** A month before a day ("Dec. 25"), as the full-date pattern's other order needs. */
const MONTH_DAY_QUICK = new RegExp(`(?:${MONTH_STEMS})[a-z]{0,6}\\.?\\s{1,3}\\d`, 'i')
/** A year as `FULL_DATE` ends in one: a cheaper scan than for a month's name. */
const FULL_YEAR_QUICK = /(?:19|20)\d\d/
/** The separator between month and year, checked first: a scan for it is several times cheaper. */
const NUMERIC_QUICK = /\d[/.](?:19|20)\d{2}/
/** How many years after the latest year a release looks back on a weekday-dated day may fall. */
const LATER_YEARS = 6
/** Story datelines are looked for in the first blocks only: the title, the standfirst, the lede. */
const STORY_DATELINE_BLOCKS = 4

/** Options for inference: a year to search around when the release names none. */
export interface EvidenceOptions {
  readonly aroundYear?: number | null
  /** Read numeric dates such as `03/04/2024` month first; default: false. */
  readonly monthFirst?: boolean
  /**
   * The date of a neighbouring release (or the year the release's own anniversary wording fixes):
   * a stated day with neither year nor weekday ("Today (27 September)") takes the occurrence
   * nearest it. `aroundYear` defaults to its year.
   */
  readonly neighbour?: NeighbourDate | null
  /** A day the release looks back on (its own lower bound): a day placed by `neighbour` is not before it. */
  readonly notBefore?: Date | null
}

/**
 * The occurrence of a day and month nearest a neighbour's date, or in its year; never before
 * `notBefore`, a day the release itself looks back on.
 */
function nearestOccurrence(
  month: number,
  day: number,
  near: NeighbourDate,
  notBefore: Date | null,
): Date | null {
  const anchor = near.date
  let best: Date | null = null
  for (const y of anchor ? [near.year - 1, near.year, near.year + 1] : [near.year]) {
    const d = toDate(y, month, day)
    if (!d || (notBefore && d < notBefore)) continue
    if (
      !best ||
      (anchor && Math.abs(d.getTime() - anchor.getTime()) < Math.abs(best.getTime() - anchor.getTime()))
    )
      best = d
  }
  return best
}

/**
 * Reads the blocks of a release for the day it was published. A weekday fixes the year of a
 * yearless day when exactly one year near the release's own years (or `aroundYear`) fits. When no
 * day is fixed, anniversary wording may fix the year ("marks six years since", "Set up in 2018"):
 * it then gives the year of a stated day ("Today (27 September)"), or the anniversary's day when the
 * origin is named with its day ("launched on 7 October 2013"), or the year alone.
 */
export function findEvidence(blocks: readonly TextBlock[], options: EvidenceOptions = {}): Evidence | null {
  const own = scanEvidence(blocks, options)
  if ((own && !own.lowerBound) || options.neighbour) return own
  const anniversary = anniversaryDay(blocks)
  if (anniversary === null) return own
  const year = anniversary.year
  const stated = scanEvidence(blocks, {
    ...options,
    neighbour: { year, date: null },
    notBefore: own?.lowerBound ? own.date : null,
  })
  if (stated && !stated.lowerBound) return { ...stated, rule: 'dates/anniversary-year' }
  // The anniversary of an origin named with its day is that day, unless the release looks back on a later one.
  const day = anniversary.day
  if (day && (!own || own.date <= day)) return { date: day, lowerBound: false, rule: 'dates/anniversary-day' }
  // A lower bound in that year says more than the year alone.
  if (own && own.date.getFullYear() >= year) return own
  const january = toDate(year, 1, 1)
  return january ? { date: january, lowerBound: false, rule: 'dates/anniversary-year', day: 'unknown' } : own
}

/** `findEvidence` from the release's dateline, stated days, weekdays and full dates only. */
function scanEvidence(blocks: readonly TextBlock[], options: EvidenceOptions): Evidence | null {
  // Distinct years only: at most two hundred, so fixing a weekday stays cheap on any input.
  const years = new Set<number>()
  for (const b of blocks) {
    YEAR.lastIndex = 0
    for (let m = YEAR.exec(b.text); m; m = YEAR.exec(b.text)) {
      if (isYear(b.text, m.index, m.index + 4)) years.add(Number(m[0]))
    }
  }
  // The latest year the release names in the past tense, read only when a weekday needs it.
  let latestPast: number | null | undefined
  const pastYear = (): number | null => {
    if (latestPast !== undefined) return latestPast
    latestPast = null
    for (const b of blocks) {
      YEAR.lastIndex = 0
      for (let m = YEAR.exec(b.text); m; m = YEAR.exec(b.text)) {
        const y = Number(m[0])
        if (
          (latestPast === null || y > latestPast) &&
          isYear(b.text, m.index, m.index + 4) &&
          tenseAt(b.text, m.index, m.index + 4) === 'past'
        )
          latestPast = y
      }
    }
    return latestPast
  }
  // A weekday no year near the release's own fits ("In 2021 he ... concluded on Tuesday, 27 May"):
  // the one year that fits in the few after the latest year it looks back on, or none.
  const laterYear = (month: number, day: number, weekday: number): Date | null => {
    const from = pastYear()
    if (from === null) return null
    let found: Date | null = null
    for (let y = from; y <= from + LATER_YEARS; y++) {
      const d = toDate(y, month, day)
      if (!d || d.getDay() !== weekday) continue
      if (found) return null
      found = d
    }
    return found
  }
  const neighbour = options.neighbour ?? null
  const aroundYear = options.aroundYear ?? neighbour?.year ?? null
  if (aroundYear !== null) years.add(aroundYear)
  const fix = (
    month: number,
    day: number,
    weekday: number | null,
    year: number | null,
    stated = false,
  ): Date | null => {
    if (year !== null) return toDate(year, month, day)
    if (weekday === null)
      return stated && neighbour ? nearestOccurrence(month, day, neighbour, options.notBefore ?? null) : null
    const fits = new Set<number>()
    for (const y of years) {
      for (const c of [y, y + 1, y - 1]) {
        const d = toDate(c, month, day)
        if (d && d.getDay() === weekday) fits.add(c)
      }
    }
    if (fits.size === 0) return laterYear(month, day, weekday)
    // Several fit: the one nearest the latest year the release names.
    let latest = 0
    for (const y of years) latest = Math.max(latest, y)
    const best = [...fits].sort((a, b) => Math.abs(a - latest) - Math.abs(b - latest) || b - a)
    if (best.length > 1 && Math.abs(best[0]! - latest) === Math.abs(best[1]! - latest)) return null
    return toDate(best[0]!, month, day)
  }
  // The release's dateline, read as `splitReleases` reads it: a line of its own, or the opening
  // of one of the first blocks.
  const datelineOptions = { monthFirst: options.monthFirst ?? false }
  // A dateline's day without its year ("MAY 14—"): the year comes from the rest of the text.
  let yearless: DayOfYear | null = null
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text
    const reading =
      readDatelineLine(text.trim(), datelineOptions) ??
      (i < STORY_DATELINE_BLOCKS ? readOpeningDateline(text) : null)
    if (reading?.date) return { date: reading.date, lowerBound: false, rule: 'dates/dateline' }
    if (!yearless && reading?.dayOfYear) yearless = reading.dayOfYear
  }
  const dated = (e: Evidence | null) => (yearless ? (datelineDay(yearless, e, years) ?? e) : e)
  let weekdayEvidence: Evidence | null = null
  const named: NamedDate[] = []
  // The lede ends with the opening paragraph: blocks up to it are the title, dateline and standfirst.
  let opening = blocks.findIndex((b) => b.kind === 'text' || b.kind === 'bullet')
  if (opening < 0) opening = blocks.length
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (NUMERIC_QUICK.test(b.text)) {
      NUMERIC_DATE.lastIndex = 0
      for (let m = NUMERIC_DATE.exec(b.text); m; m = NUMERIC_DATE.exec(b.text)) {
        const { day, month } = numericDayMonth(Number(m[1]), Number(m[3]), options.monthFirst ?? false)
        const date = toDate(Number(m[4]), month, day)
        if (date) named.push({ date, text: b.text, start: m.index })
      }
    }
    // The patterns below all need a day beside a month: most blocks have none.
    const dayFirst = DAY_MONTH_QUICK.test(b.text)
    if (!dayFirst) {
      // A full date written month first ends in its year: a block without one needs no month scan.
      if (!weekdayEvidence && FULL_YEAR_QUICK.test(b.text) && MONTH_DAY_QUICK.test(b.text))
        readFullDates(b.text, named, i <= opening)
      continue
    }
    STATED.lastIndex = 0
    for (let m = STATED.exec(b.text); m; m = STATED.exec(b.text)) {
      const [, word, wd, dd, mm, yy] = m
      const month = mm ? monthNumber(mm) : null
      if (month === null) continue
      const d = fix(month, Number(dd), wd ? weekdayNumber(wd) : null, yy ? Number(yy) : null, true)
      if (d)
        return {
          date: addDays(d, SHIFTS[(word ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 0),
          lowerBound: false,
          rule: 'dates/stated-day',
        }
    }
    if (!weekdayEvidence) {
      WEEKDAY_DAY.lastIndex = 0
      for (let m = WEEKDAY_DAY.exec(b.text); m; m = WEEKDAY_DAY.exec(b.text)) {
        const [, wd, dd, mm, yy] = m
        const month = mm ? monthNumber(mm) : null
        if (month === null || !wd || !/^\p{Lu}/u.test(wd)) continue
        const d = fix(month, Number(dd), weekdayNumber(wd), yy ? Number(yy) : null)
        if (d && d.getDay() === weekdayNumber(wd)) {
          weekdayEvidence = dayBefore(blocks, i, m.index)
            ? { date: addDays(d, 1), lowerBound: false, rule: 'dates/yesterday-day' }
            : { date: d, lowerBound: false, rule: 'dates/weekday-day' }
          break
        }
      }
    }
    if (weekdayEvidence) continue
    readFullDates(b.text, named, i <= opening)
  }
  if (weekdayEvidence) return dated(weekdayEvidence)
  // The latest date the writer looks back on; the tense is read for as few dates as can be.
  named.sort((a, b) => b.date.getTime() - a.date.getTime())
  const latest = named.find((n) => !looksAhead(n.text, n.start))
  return dated(latest ? { date: latest.date, lowerBound: true, rule: 'dates/latest-date' } : null)
}

/**
 * The day of a dateline that names no year: its first occurrence on or after the day the rest
 * of the release fixes (a release is dated after what it reports), or else in the latest year
 * the release names. Null when the text names no year.
 */
function datelineDay(day: DayOfYear, evidence: Evidence | null, years: ReadonlySet<number>): Evidence | null {
  if (evidence) {
    const from = evidence.date
    for (const y of [from.getFullYear(), from.getFullYear() + 1]) {
      const d = toDate(y, day.month, day.day)
      if (d && d >= from) return { date: d, lowerBound: false, rule: 'dates/dateline' }
    }
    return null
  }
  let latest = 0
  for (const y of years) latest = Math.max(latest, y)
  const d = latest > 0 ? toDate(latest, day.month, day.day) : null
  return d ? { date: d, lowerBound: false, rule: 'dates/dateline' } : null
}

/**
 * Reads the full dates of a block, in either order, into `named`. A date written month first
 * ("June 19, 2013") counts only in the lede (the title, dateline, standfirst and opening
 * paragraph): releases that write dates so give each step of a
 * case its full date further down (an indictment, a plea, a co-defendant's sentence), often weeks
 * or years before the writing.
 */
function readFullDates(text: string, named: NamedDate[], inLede: boolean): void {
  FULL_DATE.lastIndex = 0
  for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text)) {
    const [, d1, m1, m2, d2, yy] = m
    // "may" is also a word: a month before its day is read only with a capital.
    if (m2 && (!inLede || !isMonthWord(m2))) continue
    const month = monthNumber((m1 ?? m2)!)
    const date = month === null ? null : toDate(Number(yy), month, Number(d1 ?? d2))
    if (date) named.push({ date, text, start: m.index })
  }
}

/** "yesterday" or "last night": the opening paragraph reports the day before the writing. */
const DAY_BEFORE = /(?<![A-Za-z])(?:yesterday|last\s{1,3}night)(?![A-Za-z])/i
/** A weekday-dated day read beside "yesterday" is looked for in the first paragraphs only. */
const LEAD_PARAGRAPHS = 3

/**
 * True when the release's opening paragraph says "yesterday" (or "last night") and the
 * weekday-dated day at `at` in block `i`, one of the first paragraphs, is looked back on: that
 * day is the one before the writing ("a disturbance on a bus in Brixton yesterday ... on
 * Thursday, 21 November").
 */
function dayBefore(blocks: readonly TextBlock[], i: number, at: number): boolean {
  let paragraphs = 0
  let opening: TextBlock | null = null
  for (let k = 0; k <= i; k++) {
    const kind = blocks[k]!.kind
    if (kind !== 'text' && kind !== 'bullet') continue
    opening ??= blocks[k]!
    paragraphs++
  }
  if (!opening || paragraphs > LEAD_PARAGRAPHS || !DAY_BEFORE.test(opening.text)) return false
  return !looksAhead(blocks[i]!.text, at)
}

/** A full date the text names, where it stands. */
interface NamedDate {
  readonly date: Date
  readonly text: string
  readonly start: number
}
