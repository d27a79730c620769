/**
 * The publication date a release's own words fix: its dateline (read by the reader
 * `splitReleases` uses), "Today (27 September)", "Last week (Wednesday 13 March 2024)", a weekday
 * beside a date, or else the latest full date it names (a lower bound: a release is written after
 * what it reports). The days and years come from the date matchers' readings of the release
 * (`read-dates.ts`), read with no reference so that their parts are the text's own; this module
 * only weighs them.
 */
import { addDays } from 'date-fns/addDays'
import {
  type DatelineOptions,
  type DatelineReading,
  type DayOfYear,
  readDatelineLine,
  readOpeningDateline,
} from '../releases/dateline'
import type { TextBlock } from '../text/blocks'
import { looksAhead } from './ahead'
import { anniversaryDay } from './anniversary'
import { presentVerbLooksAhead, tenseAt } from './context'
import type { MonthOrder } from './month-order'
import { type DateReading, type WrittenDay, type WrittenYear, writtenDays, writtenYears } from './read-dates'
import { toDate } from './timex'

/** What the evidence fixes: a day (maybe only a lower bound), or only a year, or nothing. */
export interface Evidence {
  /** The day; when `day` says it is not fixed, a neighbour's day or 1 January of the fixed year. */
  readonly date: Date
  readonly lowerBound: boolean
  /** The day is one the release reports with its weekday: near the writing, not the writing day itself. */
  readonly reported?: boolean
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

/** A day written in brackets after a word that says how it stands to the writing: "Today (27 September)". */
const STATED_BEFORE =
  /(?<![A-Za-z])(today|yesterday|tomorrow|tonight|last\s{1,3}(?:week|night)|this\s{1,3}(?:week|morning|afternoon|evening))\s{0,3}\(\s{0,2}$/i
const STATED_AFTER = /^\s{0,2}\)/
/** The same words before a comma and a day with its weekday: "early this morning, Sunday 5 May". */
const STATED_BESIDE =
  /(?<![A-Za-z])(today|yesterday|tomorrow|tonight|last\s{1,3}night|this\s{1,3}(?:morning|afternoon|evening)),\s{1,3}$/i
/** How far before a day its stated word is looked for. */
const STATED_REACH = 40
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
export function findEvidence(source: EvidenceSource, options: EvidenceOptions = {}): Evidence | null {
  const own = scanEvidence(source, options)
  if ((own && !own.lowerBound) || options.neighbour) return own
  const anniversary = anniversaryDay(source.blocks)
  if (anniversary === null) return own
  const year = anniversary.year
  const stated = scanEvidence(source, {
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

/** What evidence is read from: a release's blocks, and the days its date readings write, block by block. */
export interface EvidenceSource {
  readonly blocks: readonly TextBlock[]
  /** Each block's written days, in text order. */
  readonly days: ReadonlyArray<readonly WrittenDay[]>
  /** The years the text names, as the year matcher reads them, in order. */
  readonly years: ReadonlyArray<WrittenYear>
  /** How the release writes numeric dates, for a numeric dateline. */
  readonly monthFirst?: MonthOrder
}

/** The evidence source of a release's date reading. */
export function evidenceSource(reading: DateReading, monthFirst: MonthOrder): EvidenceSource {
  const days: WrittenDay[][] = reading.blocks.map(() => [])
  for (const d of writtenDays(reading, monthFirst)) days[d.block]!.push(d)
  for (const list of days) list.sort((a, b) => a.at - b.at)
  return { blocks: reading.blocks, days, years: writtenYears(reading), monthFirst }
}

/** `findEvidence` from the release's dateline, stated days, weekdays and full dates only. */
function scanEvidence(source: EvidenceSource, options: EvidenceOptions): Evidence | null {
  const blocks = source.blocks
  // Distinct years only: at most two hundred, so fixing a weekday stays cheap on any input.
  const years = new Set<number>()
  for (const y of source.years) years.add(y.year)
  // The latest year the release names in the past tense, read only when a weekday needs it.
  let latestPast: number | null | undefined
  const pastYear = (): number | null => {
    if (latestPast !== undefined) return latestPast
    latestPast = null
    for (const y of source.years) {
      const text = blocks[y.block]!.text
      if ((latestPast === null || y.year > latestPast) && tenseAt(text, y.at, y.at + 4) === 'past')
        latestPast = y.year
    }
    return latestPast
  }
  // The latest year the release looks forward to ("13,000 more officers by 2029"): it is written
  // before that year ends, so a weekday's year is never later. Read only when a weekday needs it.
  let latestAhead: number | null | undefined
  const aheadYearCap = (): number => {
    if (latestAhead === undefined) {
      latestAhead = null
      for (const y of source.years) {
        if ((latestAhead === null || y.year > latestAhead) && looksAhead(blocks[y.block]!.text, y.at))
          latestAhead = y.year
      }
    }
    return latestAhead ?? Number.POSITIVE_INFINITY
  }
  // A weekday no year near the release's own fits ("In 2021 he ... concluded on Tuesday, 27 May"):
  // the one year that fits in the few after the latest year it looks back on, or none.
  const laterYear = (month: number, day: number, weekday: number): Date | null => {
    const from = pastYear()
    if (from === null) return null
    let found: Date | null = null
    for (let y = from; y <= Math.min(from + LATER_YEARS, aheadYearCap()); y++) {
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
        if (d && d.getDay() === weekday && c <= aheadYearCap()) fits.add(c)
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
  const { date: datelineDate, yearless } = datelineOf(
    source,
    options.monthFirst ?? source.monthFirst ?? false,
  )
  if (datelineDate) return { date: datelineDate, lowerBound: false, rule: 'dates/dateline' }
  const issued = issueDayOfTitle(source)
  if (issued) return { date: issued, lowerBound: false, rule: 'dates/title-date' }
  const dated = (e: Evidence | null) =>
    yearless ? (datelineDay(yearless, e, yearsLookedBackOn(source, aroundYear)) ?? e) : e
  let weekdayEvidence: Evidence | null = null
  // The year of the first weekday-dated day the release looks forward to, for when nothing else dates it.
  let aheadYear: number | null = null
  const named: NamedDate[] = []
  // The lede ends with the opening paragraph: blocks up to it are the title, dateline and standfirst.
  let opening = blocks.findIndex((b) => b.kind === 'text' || b.kind === 'bullet')
  if (opening < 0) opening = blocks.length
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text
    const days = source.days[i]!
    if (days.length === 0) continue
    // Full dates written in digits ("17/05/2024", "on 17/05/24") are lower bounds like the written-out ones.
    for (const d of days) {
      if (NUMERIC_MATCHERS.has(d.matcher) && isFullNumericDay(d, text)) named.push(namedDay(d, text))
    }
    for (const d of days) {
      const stated = statedWord(d, text)
      if (stated === null) continue
      const { year, month, day, weekday } = d.parts
      const date = fix(month, day, weekday, writtenYear(year), true)
      if (date)
        return { date: addDays(date, SHIFTS[stated] ?? 0), lowerBound: false, rule: 'dates/stated-day' }
    }
    if (!weekdayEvidence) {
      for (const d of days) {
        const weekday = d.parts.weekday
        if (weekday === null || !WEEKDAY_DAY_MATCHERS.has(d.matcher) || !isCapital(text, d.start)) continue
        const date = fix(d.parts.month, d.parts.day, weekday, writtenYear(d.parts.year))
        if (date && date.getDay() === weekday && isToCome(text, d)) {
          // "will host a conference call on Thursday, Nov. 6": a day to come is after the writing,
          // and fixes only its year.
          aheadYear ??= date.getFullYear()
          continue
        }
        if (date && date.getDay() === weekday) {
          weekdayEvidence = dayBefore(blocks, i, d.start)
            ? { date: addDays(date, 1), lowerBound: false, rule: 'dates/yesterday-day' }
            : { date, lowerBound: false, reported: true, rule: 'dates/weekday-day' }
          break
        }
      }
    }
    if (weekdayEvidence) continue
    // A date written month first ("June 19, 2013") counts only in the lede (the title, dateline,
    // standfirst and opening paragraph): releases that write dates so give each step of a case its
    // full date further down (an indictment, a plea, a co-defendant's sentence), often weeks or
    // years before the writing.
    for (const d of days) {
      if (writtenYear(d.parts.year) === null) continue
      if (d.matcher === 'dates/day-month-year' || (d.matcher === 'dates/month-day-year' && i <= opening))
        named.push(namedDay(d, text))
    }
  }
  if (weekdayEvidence) return dated(weekdayEvidence)
  // The latest date the writer looks back on; the tense is read for as few dates as can be.
  named.sort((a, b) => b.date.getTime() - a.date.getTime())
  const latest = named.find(
    (n) =>
      !looksAhead(n.text, n.start) &&
      !presentVerbLooksAhead(n.text, n.start) &&
      !isEventLabelled(n.text, n.start, n.end),
  )
  if (latest) return dated({ date: latest.date, lowerBound: true, rule: 'dates/latest-date' })
  const january = aheadYear === null ? null : toDate(aheadYear, 1, 1)
  return dated(
    january ? { date: january, lowerBound: false, rule: 'dates/weekday-ahead-year', day: 'unknown' } : null,
  )
}

/**
 * The words before the day of a dated issue's title, up to its separator: "Waiharara Fire Update -",
 * "COVID-19 update:", "Ministerial statement –", "Police bulletin no. 12 |", "Daily briefing (".
 * Such a title names the day it was issued; "Road closures for the marathon - 5 March 2024" names
 * the day of an event, and "Statement on 7 October 2023" what the statement is about.
 */
const ISSUE_BEFORE =
  /(?<![A-Za-z])(?:updates?|statement|briefing|bulletin|round-?up|sitrep|situation\s{1,3}report|media\s{1,3}release|news\s{1,3}release|newsletter|digest)(?:\s{1,3}(?:no\.?|number|#)\s{0,2}\d{1,4}|\s{0,2}#\d{1,4})?\s{0,3}[-–—:|,(]\s{0,3}$/i
/** What may close a title after its day: a bracket, a stop, spaces. */
const TITLE_CLOSE = /^[\s).]{0,4}$/

/**
 * The day a dated issue's title ends with, when it writes its year: the day it was issued
 * ("Waiharara Fire Update - 3 January 2022"), or null.
 */
function issueDayOfTitle(source: EvidenceSource): Date | null {
  const title = source.blocks.findIndex((b) => b.kind === 'title')
  if (title < 0) return null
  const text = source.blocks[title]!.text
  for (const d of source.days[title]!) {
    if (!TITLE_CLOSE.test(text.slice(d.end))) continue
    const full = NAMED_DAY_MATCHERS.has(d.matcher)
      ? writtenYear(d.parts.year) !== null
      : NUMERIC_MATCHERS.has(d.matcher) && FULL_YEAR.test(d.m[4] ?? '')
    if (!full || !ISSUE_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start))) continue
    return toDate(d.parts.year!, d.parts.month, d.parts.day)
  }
  return null
}

/** What a release's dateline says: its day, or its day without a year ("MAY 14—"). */
interface DatelineDay {
  readonly date: Date | null
  readonly yearless: DayOfYear | null
}

/** Each source's dateline, by month order: a release is weighed up to three times (alone, by its anniversary, beside a neighbour). */
const DATELINES = new WeakMap<EvidenceSource, Map<MonthOrder, DatelineDay>>()

/**
 * The release's dateline, read as `splitReleases` reads it: a line of its own, or the opening of
 * one of the first blocks. A day without its year takes the year from the rest of the text.
 */
function datelineOf(source: EvidenceSource, monthFirst: MonthOrder): DatelineDay {
  let known = DATELINES.get(source)
  const cached = known?.get(monthFirst)
  if (cached) return cached
  const options = { monthFirst }
  let found: DatelineDay = { date: null, yearless: null }
  const blocks = source.blocks
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const text = block.text
    const reading =
      (block.kind === 'dateline' ? datelineOnLines(text, options) : null) ??
      readDatelineLine(text.trim(), options) ??
      (i < STORY_DATELINE_BLOCKS ? readOpeningDateline(text) : null)
    if (reading?.date) {
      found = { date: reading.date, yearless: null }
      break
    }
    if (!found.yearless && reading?.dayOfYear) found = { date: null, yearless: reading.dayOfYear }
  }
  if (!known) {
    known = new Map()
    DATELINES.set(source, known)
  }
  known.set(monthFirst, found)
  return found
}

/**
 * A dateline on two lines ("Surrey, British Columbia" over "2024-03-14 09:30 PDT"): the reading of
 * its line that gives a day, else of one that gives a day without its year.
 */
function datelineOnLines(text: string, options: DatelineOptions): DatelineReading | null {
  if (!text.includes('\n')) return null
  let yearless: DatelineReading | null = null
  for (const line of text.split('\n')) {
    const reading = readDatelineLine(line.trim(), options)
    if (reading?.date) return reading
    if (!yearless && reading?.dayOfYear) yearless = reading
  }
  return yearless
}

/**
 * The day of a dateline that names no year: its first occurrence on or after the day the rest
 * of the release fixes (a release is dated after what it reports), or else in the latest year
 * the release names and does not look forward to. Null when the text names no such year.
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
 * The years a release names other than those it only looks forward to ("will run until 2029"),
 * with the year to search around: the years a yearless dateline's day may fall in.
 */
function yearsLookedBackOn(source: EvidenceSource, aroundYear: number | null): Set<number> {
  const years = new Set<number>()
  if (aroundYear !== null) years.add(aroundYear)
  for (const y of source.years) {
    if (!years.has(y.year) && !looksAhead(source.blocks[y.block]!.text, y.at)) years.add(y.year)
  }
  return years
}

/** A year as a full date writes it (19xx or 20xx), or null. */
const writtenYear = (year: number | null): number | null =>
  year !== null && year >= 1900 && year <= 2099 ? year : null
/** The matchers of days in digits: "17/05/2024", "17-05-2024". */
const NUMERIC_MATCHERS: ReadonlySet<string> = new Set(['dates/numeric', 'dates/numeric-hyphen'])
/** A numeric day's year as written: four digits ("17/05/2024"). */
const FULL_YEAR = /^(?:19|20)\d{2}$/
/** "on 17/05/24", "dated 17/05/24": a day's preposition before digits with a short year. */
const DAY_PREPOSITION_BEFORE = /(?<![A-Za-z])(?:on|dated)\s{1,3}$/i

/**
 * Whether a numeric day is a full date: its year in four digits, or in two after "on" or "dated"
 * ("arrested on 06/06/24"). Two digits alone may be a code's ("Ref 06/06/24"), so they need the
 * preposition.
 */
function isFullNumericDay(d: WrittenDay, text: string): boolean {
  const year = d.m[4] ?? ''
  if (FULL_YEAR.test(year)) return true
  return year.length === 2 && DAY_PREPOSITION_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start))
}
/**
 * The matchers that read a weekday written before a day and month, day or month first ("Wednesday
 * 13 March", "Wednesday, March 13", "Wednesday (13 March)").
 */
const WEEKDAY_DAY_MATCHERS = new Set([
  'dates/day-month-year',
  'dates/month-day-year',
  'dates/weekday-bracketed-day',
])
const isCapital = (text: string, at: number): boolean => /^\p{Lu}/u.test(text.slice(at, at + 1))

/** The matchers of a day written with its month's name, day or month first. */
const NAMED_DAY_MATCHERS: ReadonlySet<string> = new Set(['dates/day-month-year', 'dates/month-day-year'])

/** The word ("today", "last week") a day is stated in brackets after, lower-cased, or null. */
function statedWord(d: WrittenDay, text: string): string | null {
  if (!NAMED_DAY_MATCHERS.has(d.matcher)) return null
  if (d.parts.year !== null && writtenYear(d.parts.year) === null) return null
  const before = text.slice(Math.max(0, d.start - STATED_REACH), d.start)
  const bracketed = STATED_AFTER.test(text.slice(d.end, d.end + 4))
  // "this morning, Friday 8th March 2024": a day with its weekday set beside the word after a comma.
  const word = bracketed
    ? STATED_BEFORE.exec(before)?.[1]
    : d.parts.weekday !== null
      ? STATED_BESIDE.exec(before)?.[1]
      : undefined
  return word ? word.toLowerCase().replace(/\s+/g, ' ') : null
}

/**
 * Whether a weekday-dated day is one the release looks forward to: "The company will host a
 * conference call on Thursday, Nov. 6", "The meeting will be held on Tuesday 4 March", "The
 * festival returns to the park on Saturday 14 June", "Entries close on Friday 13 December". Such a
 * day falls after the writing, so it is no evidence of the day published.
 */
function isToCome(text: string, d: WrittenDay): boolean {
  if (isEventLabelled(text, d.start, d.end)) return true
  // The clause before the day must look forward too: a plan named after it ("on Wednesday (27
  // March) brought together those leading the plan to address …") leaves it behind.
  if (presentVerbLooksAhead(text, d.start, d.end)) return true
  return looksAhead(text, d.start) && tenseAt(text, d.start, d.end) === 'future'
}

/**
 * A label that opens its line, right before the day or its weekday: "Conference call: ", "Webcast:
 * Thursday, ", "When: ". Bounded, and its words are read apart (see `isEventLabelled`).
 */
const LABEL_BEFORE =
  /(?:^|\n)[ \t]{0,3}([A-Z][A-Za-z'’&/ -]{1,40}):[ \t]{0,3}(?:on[ \t]{1,3})?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]{1,3})?$/
/** Words in lower case that may follow a label's day on its line: its clock and time zone, its place's link. */
const LABEL_VALUE_WORDS: ReadonlySet<string> = new Set([
  'and',
  'at',
  'from',
  'local',
  'midnight',
  'noon',
  'till',
  'time',
  'until',
  'via',
])
/** How much may follow a label's day on its line: a clock, a zone, "via Zoom". */
const LABEL_VALUE_REST = 48

/**
 * Whether the day at `[start, end)` is a label's value, set out on a line of its own as a notice of
 * an event is ("Conference call: Thursday, Nov. 6, 8:30 a.m. ET", "Webcast: Monday 3 March"): the
 * event is after the writing, so the day is no evidence of the day published. A sentence after a
 * colon ("The force said: Thursday 6 November was the busiest day") still dates it: its line goes on
 * in words. (A label of the page's own day, "Published:" or "Date:", is read as its dateline first.)
 */
function isEventLabelled(text: string, start: number, end: number): boolean {
  const label = LABEL_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1]
  if (label === undefined) return false
  const lineEnd = text.indexOf('\n', end)
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd)
  if (rest.length > LABEL_VALUE_REST) return false
  for (const word of rest.split(/[^A-Za-z]+/)) {
    if (word.length >= 3 && word === word.toLowerCase() && !LABEL_VALUE_WORDS.has(word)) return false
  }
  return true
}

/** A full date the text names, for the latest-date rule. */
function namedDay(d: WrittenDay, text: string): NamedDate {
  const { year, month, day } = d.parts
  return { date: toDate(year!, month, day)!, text, start: d.at, end: d.end }
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
  const yesterday = opening ? opening.text.search(DAY_BEFORE) : -1
  if (!opening || paragraphs > LEAD_PARAGRAPHS || yesterday < 0) return false
  // "arrested on Tuesday, 12 March ... appeared in court yesterday": a story told in order puts
  // yesterday after the day it names first, so that day is not yesterday.
  if (blocks[i] === opening && at < yesterday) return false
  return !looksAhead(blocks[i]!.text, at)
}

/** A full date the text names, where it stands. */
interface NamedDate {
  readonly date: Date
  readonly text: string
  readonly start: number
  readonly end: number
}
