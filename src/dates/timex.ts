/**
 * TIMEX3 values and the intervals they denote. All calendar arithmetic goes through date-fns on
 * local-time dates built from year, month and day, so the host's time zone never shifts a day.
 */
import { addDays } from 'date-fns/addDays'
import { endOfISOWeek } from 'date-fns/endOfISOWeek'
import { getISOWeek } from 'date-fns/getISOWeek'
import { getISOWeekYear } from 'date-fns/getISOWeekYear'
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth'
import { startOfISOWeek } from 'date-fns/startOfISOWeek'

/** A day as year, month (1-12) and day of month. */
export interface Day {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** The interval a value denotes, as first and last ISO days. */
export interface Interval {
  readonly start: string
  readonly end: string
}

/** A local-time date for a day, or null when the day does not exist (31 February). */
export function toDate(year: number, month: number, day: number): Date | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null
  const d = new Date(year, month - 1, day)
  if (
    Number.isNaN(d.getTime()) ||
    d.getFullYear() !== year ||
    d.getMonth() !== month - 1 ||
    d.getDate() !== day
  )
    return null
  return d
}

/** The day a date falls on. */
export function toDay(d: Date): Day {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }
}

/** `YYYY-MM-DD` of a date. */
export function isoDay(d: Date): string {
  // Plain padding: date-fns \`format\` parses its pattern on every call, a hot path here.
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Parses `YYYY-MM-DD` into a local date, or null. */
export function parseDay(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  return m ? toDate(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** `YYYY` with X for an unknown year. */
export const yearText = (year: number | null): string => (year === null ? 'XXXX' : pad(year, 4))

/** The TIMEX3 value of a day, with X for the unknown parts. */
export function dayValue(year: number | null, month: number | null, day: number | null): string {
  return `${yearText(year)}-${month === null ? 'XX' : pad(month)}-${day === null ? 'XX' : pad(day)}`
}

export function monthValue(year: number | null, month: number): string {
  return `${yearText(year)}-${pad(month)}`
}

/** `2024-W12`: the ISO week holding the date. */
export function weekValue(d: Date): string {
  return `${getISOWeekYear(d)}-W${pad(getISOWeek(d))}`
}

export function dayInterval(d: Date): Interval {
  const s = isoDay(d)
  return { start: s, end: s }
}

export function weekInterval(d: Date): Interval {
  return { start: isoDay(startOfISOWeek(d)), end: isoDay(endOfISOWeek(d)) }
}

/** Saturday and Sunday of the ISO week holding the date. */
export function weekendInterval(d: Date): Interval {
  const monday = startOfISOWeek(d)
  return { start: isoDay(addDays(monday, 5)), end: isoDay(addDays(monday, 6)) }
}

export function monthInterval(year: number, month: number): Interval | null {
  const first = toDate(year, month, 1)
  if (!first) return null
  return { start: isoDay(first), end: isoDay(lastDayOfMonth(first)) }
}

/** From the first day of one month to the last day of another. */
export function monthsInterval(
  year: number,
  month: number,
  endYear: number,
  endMonth: number,
): Interval | null {
  const a = monthInterval(year, month)
  const b = monthInterval(endYear, endMonth)
  return a && b ? { start: a.start, end: b.end } : null
}

export function yearInterval(year: number): Interval | null {
  return year >= 1 && year <= 9999 ? { start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-12-31` } : null
}

export function yearsInterval(first: number, last: number): Interval | null {
  return first >= 1 && last <= 9999 && first <= last
    ? { start: `${pad(first, 4)}-01-01`, end: `${pad(last, 4)}-12-31` }
    : null
}

export function quarterInterval(year: number, quarter: number): Interval | null {
  return monthsInterval(year, quarter * 3 - 2, year, quarter * 3)
}

/** Meteorological seasons, as UK statistics use them; winter runs into the next year. */
export function seasonInterval(year: number, season: 'SP' | 'SU' | 'FA' | 'WI'): Interval | null {
  switch (season) {
    case 'SP':
      return monthsInterval(year, 3, year, 5)
    case 'SU':
      return monthsInterval(year, 6, year, 8)
    case 'FA':
      return monthsInterval(year, 9, year, 11)
    case 'WI':
      return monthsInterval(year, 12, year + 1, 2)
  }
}

/** A financial year from `firstMonth` (April, as the UK's, by default) of its first year to the month before, a year on. */
export function financialYearInterval(firstYear: number, firstMonth = 4): Interval | null {
  // A year from January ends in December of the same year.
  if (firstMonth === 1) return monthsInterval(firstYear, 1, firstYear, 12)
  return monthsInterval(firstYear, firstMonth, firstYear + 1, firstMonth - 1)
}

/** A duration value: `P3Y`, `PT12H`, `PXW` for an unknown count. */
export function durationValue(count: number | null, letter: string, time: boolean): string {
  return `P${time ? 'T' : ''}${count === null ? 'X' : formatCount(count)}${letter}`
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100)
}
