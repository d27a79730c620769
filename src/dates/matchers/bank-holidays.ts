/**
 * The calendar of the UK's and Ireland's bank holidays, whose releases name them without a date:
 * "the bank holiday", "the Bank Holiday weekend", "the August bank holiday". Each region keeps
 * its own (substitute days aside); a publisher of no known region gets them all.
 */
import { addDays } from 'date-fns/addDays'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { isSameDay } from 'date-fns/isSameDay'
import { isWeekend } from 'date-fns/isWeekend'
import type { BankHolidayRegion } from '../../text/publishers'
import type { Tense } from '../context'

/** Easter Sunday of a year (the Gregorian computus). */
export function easter(year: number): Date {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  return new Date(year, month - 1, ((h + l - 7 * m + 114) % 31) + 1)
}

/** The `n`th `weekday` (0 Sunday ... 6 Saturday) of a month; `n` -1 is the last. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  if (n > 0) {
    const first = new Date(year, month - 1, 1)
    return addDays(first, ((weekday - first.getDay() + 7) % 7) + 7 * (n - 1))
  }
  const last = new Date(year, month, 0)
  return addDays(last, -((last.getDay() - weekday + 7) % 7))
}

/** Bank holiday Mondays as month and place in it (-1 the last), by the region that keeps them. */
const MONDAYS: Readonly<Record<BankHolidayRegion, readonly (readonly [number, number])[]>> = {
  // Early May, spring, summer.
  EW: [
    [5, 1],
    [5, -1],
    [8, -1],
  ],
  NI: [
    [5, 1],
    [5, -1],
    [8, -1],
  ],
  // Scotland's summer holiday is the first Monday of August.
  SCT: [
    [5, 1],
    [5, -1],
    [8, 1],
  ],
  // St Brigid's Day, May, June, August, October.
  IE: [
    [2, 1],
    [5, 1],
    [6, 1],
    [8, 1],
    [10, -1],
  ],
}

/** Bank holidays on fixed days, as month and day, by region (Christmas and Boxing Day aside). */
const FIXED_DAYS: Readonly<Record<BankHolidayRegion, readonly (readonly [number, number])[]>> = {
  EW: [[1, 1]],
  NI: [
    [1, 1],
    [3, 17],
    [7, 12],
  ],
  SCT: [
    [1, 1],
    [1, 2],
    [11, 30],
  ],
  IE: [
    [1, 1],
    [3, 17],
  ],
}

/** Every Monday some region keeps, for a publisher whose region is not known. */
const ANY_MONDAYS: readonly (readonly [number, number])[] = [
  [2, 1],
  [5, 1],
  [5, -1],
  [6, 1],
  [8, 1],
  [8, -1],
  [10, -1],
]
/** The fixed days a publisher of no known region has long been read with. */
const ANY_FIXED: readonly (readonly [number, number])[] = [
  [1, 1],
  [3, 17],
]

/**
 * The bank holidays of a year in a region (all regions' when null), whose releases say "the bank
 * holiday" for whichever one is nearest. A fixed day that falls on a weekend is kept on its
 * substitute day (`substituteDays`).
 */
export function bankHolidays(y: number, region: BankHolidayRegion | null = null): Date[] {
  const mondays = region ? MONDAYS[region] : ANY_MONDAYS
  // Easter Monday is no bank holiday in Scotland; Good Friday is everywhere.
  const easterDays = region === 'SCT' ? [-2] : [-2, 1]
  return [
    ...easterDays.map((n) => addDays(easter(y), n)),
    ...mondays.map(([month, n]) => nthWeekday(y, month, 1, n)),
    ...substituteDays(fixedDays(y, region)),
  ]
}

/** The fixed-day bank holidays of a year in a region, in calendar order (Christmas and Boxing Day last). */
function fixedDays(y: number, region: BankHolidayRegion | null): Date[] {
  const fixed = region ? FIXED_DAYS[region] : ANY_FIXED
  return [
    ...fixed.map(([month, day]) => new Date(y, month - 1, day)),
    new Date(y, 11, 25),
    new Date(y, 11, 26),
  ]
}

/**
 * The days fixed-day holidays are kept on as bank holidays, in the order given (calendar order):
 * one on a Saturday or a Sunday moves to the next weekday that is no holiday already. Christmas on
 * a Saturday is kept on Monday 27 December and Boxing Day, a Sunday, on Tuesday 28; Christmas on a
 * Sunday moves past Boxing Day's Monday to Tuesday 27.
 */
export function substituteDays(days: readonly Date[]): Date[] {
  const taken = days.filter((d) => !isWeekend(d))
  return days.map((d) => {
    if (!isWeekend(d)) return d
    let kept = addDays(d, 1)
    while (isWeekend(kept) || taken.some((t) => isSameDay(t, kept))) kept = addDays(kept, 1)
    taken.push(kept)
    return kept
  })
}

/**
 * The bank holiday a fixed-day holiday gives in a region ("the Boxing Day bank holiday"): the
 * day itself on a weekday, else its substitute day, which the region's other fixed days may push
 * on (see `substituteDays`).
 */
export function bankHolidayFor(day: Date, region: BankHolidayRegion | null): Date {
  if (!isWeekend(day)) return day
  const days = fixedDays(day.getFullYear(), region)
  if (!days.some((d) => isSameDay(d, day))) {
    days.push(day)
    days.sort((a, b) => a.getTime() - b.getTime())
  }
  const at = days.findIndex((d) => isSameDay(d, day))
  return substituteDays(days)[at] ?? day
}

/** The furthest a bank holiday may lie from the reference day and still be "the bank holiday". */
const BANK_HOLIDAY_REACH = 45

/**
 * The bank holiday nearest the reference in the clause's direction (a Monday one when `monday`),
 * or null when none lies within reach. A Monday's weekend (`weekend`) has begun by the Saturday:
 * written that weekend, a past clause still means it.
 */
export function nearestBankHoliday(
  ref: Date,
  tense: Tense,
  monday: boolean,
  region: BankHolidayRegion | null = null,
  weekend = false,
): Date | null {
  const y = ref.getFullYear()
  let best: Date | null = null
  let bestGap = BANK_HOLIDAY_REACH + 1
  const lead = weekend ? 2 : 0
  for (const d of [
    ...bankHolidays(y - 1, region),
    ...bankHolidays(y, region),
    ...bankHolidays(y + 1, region),
  ]) {
    if (monday && d.getDay() !== 1) continue
    const diff = differenceInCalendarDays(d, ref)
    if ((tense === 'past' && diff - lead > 0) || (tense === 'future' && diff < 0)) continue
    if (Math.abs(diff) < bestGap) {
      best = d
      bestGap = Math.abs(diff)
    }
  }
  return best
}

/**
 * The Saturday of "the bank holiday weekend" written on `ref`: the weekend before the nearest
 * bank holiday Monday in the clause's direction, or null when none lies within reach.
 */
export function bankHolidayWeekend(ref: Date, tense: Tense, region: BankHolidayRegion | null): Date | null {
  const monday = nearestBankHoliday(ref, tense, true, region, true)
  return monday ? addDays(monday, -2) : null
}
