/**
 * "the following week", "the previous month", "the following decade": counted from the time the
 * text has just named, not from the writing day ("arrested on Monday 3 March and charged the
 * following week" is the week after 3 March). So are a named month and a season after those
 * words: "passed in 2019 and took effect the following January" is January 2020. The year has
 * its own refiner (`anchorYears`).
 */
import { addMonths } from 'date-fns/addMonths'
import { addWeeks } from 'date-fns/addWeeks'
import { addYears } from 'date-fns/addYears'
import { setISOWeek } from 'date-fns/setISOWeek'
import { startOfISOWeek } from 'date-fns/startOfISOWeek'
import { ANAPHORIC_WORDS, SEASONS } from './lexicon'
import type { Candidate } from './matchers/shared'
import { namedMonth } from './matchers/shared'
import {
  monthInterval,
  monthValue,
  seasonInterval,
  toDate,
  weekInterval,
  weekValue,
  yearsInterval,
} from './timex'

/** "the following week", "the previous March", "the following summer": a unit, a month or a season after those words. */
const ANAPHORIC = new RegExp(`^the\\s{1,3}(${ANAPHORIC_WORDS})\\s{1,3}([A-Za-z]{3,9})$`, 'i')
const ANAPHORIC_UNIT = /^(?:week|month|decade)$/i
/** The month each season starts in: a winter is named by the year of its December. */
const SEASON_START: Readonly<Record<'SP' | 'SU' | 'FA' | 'WI', number>> = { SP: 3, SU: 6, FA: 9, WI: 12 }

type Unit = 'week' | 'month' | 'decade'
/** How finely a value names its time: a day, a week, a month, a year or a decade. */
type Grain = 'day' | 'week' | 'month' | 'year' | 'decade'

const BARE_CLOCK = /^XXXX-XX-XXT/
const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/
const WEEK = /^(\d{4})-W(\d{2})$/
const MONTH = /^(\d{4})-(\d{2})$/
const YEAR = /^(\d{4})$/
const DECADE = /^(\d{3})$/

/** The first day of the time a value names, and how finely; null for a value of no calendar time. */
function anchorOf(value: string): { d: Date; grain: Grain } | null {
  let m = DAY.exec(value)
  if (m) {
    const d = toDate(Number(m[1]), Number(m[2]), Number(m[3]))
    return d ? { d, grain: 'day' } : null
  }
  m = WEEK.exec(value)
  if (m) {
    // The ISO week's year is the year of its Thursday: 4 January always lies in week 1.
    const d = toDate(Number(m[1]), 1, 4)
    return d ? { d: startOfISOWeek(setISOWeek(d, Number(m[2]))), grain: 'week' } : null
  }
  m = MONTH.exec(value)
  if (m) {
    const d = toDate(Number(m[1]), Number(m[2]), 1)
    return d ? { d, grain: 'month' } : null
  }
  m = YEAR.exec(value)
  if (m) {
    const d = toDate(Number(m[1]), 1, 1)
    return d ? { d, grain: 'year' } : null
  }
  m = DECADE.exec(value)
  if (m) {
    const d = toDate(Number(m[1]) * 10, 1, 1)
    return d ? { d, grain: 'decade' } : null
  }
  return null
}

/** Whether a time named so finely fixes the unit: a week needs its day or week, a month its month. */
function fixes(grain: Grain, unit: Unit): boolean {
  if (unit === 'week') return grain === 'day' || grain === 'week'
  if (unit === 'month') return grain === 'day' || grain === 'week' || grain === 'month'
  return true
}

const UNKNOWN: Readonly<Record<Unit, string>> = { week: 'XXXX-WXX', month: 'XXXX-XX', decade: 'XXX' }

/** The unit `shift` units on from the one holding `d`, as a candidate in place of `c`. */
function shifted(c: Candidate, unit: Unit, d: Date, shift: number): Candidate {
  if (unit === 'week') {
    const w = addWeeks(d, shift)
    return { ...c, value: weekValue(w), interval: weekInterval(w), inferred: true }
  }
  if (unit === 'month') {
    const m = addMonths(d, shift)
    const y = m.getFullYear()
    const month = m.getMonth() + 1
    return { ...c, value: monthValue(y, month), interval: monthInterval(y, month), inferred: true }
  }
  const first = Math.floor(addYears(d, 10 * shift).getFullYear() / 10) * 10
  return { ...c, value: String(first / 10), interval: yearsInterval(first, first + 9), inferred: true }
}

/**
 * Moves "the following week" (month, decade) on from the latest time named before it in the
 * block, and "the previous …" back; a time named too coarsely for the unit ("in 2019 … the
 * following week") fixes nothing. With nothing to count from, "the following …" is unknown, as
 * "the following day" is; "the previous …" keeps its count from the writing day ("up 5% on the
 * previous month").
 */
export function anchorUnits(candidates: Candidate[], text: string): Candidate[] {
  // The value of the last time named, read as an anchor only when a unit needs one: most
  // paragraphs have none, and reading every value cost a pattern run and a Date each.
  let last: string | null = null
  return candidates.map((c) => {
    // "the following …" and "the previous …" start with "t": most candidates are turned away here.
    const m =
      c.type === 'DATE' && (text.charCodeAt(c.start) | 0x20) === 116
        ? ANAPHORIC.exec(text.slice(c.start, c.end))
        : null
    const out = m && namedAfter(c, m[2] ?? '', (m[1] ?? '').toLowerCase() === 'following', last)
    if (out) {
      if (out.interval !== null) last = out.value
      return out
    }
    if (m && ANAPHORIC_UNIT.test(m[2] ?? '')) {
      const unit = (m[2] ?? '').toLowerCase() as Unit
      const shift = (m[1] ?? '').toLowerCase() === 'following' ? 1 : -1
      const anchor = last === null ? null : anchorOf(last)
      if (anchor && fixes(anchor.grain, unit)) {
        const out = shifted(c, unit, anchor.d, shift)
        last = out.value
        return out
      }
      if (shift > 0) return { ...c, value: UNKNOWN[unit], interval: null, inferred: false }
    }
    // "now", "recently" and a clock not yet joined to its day ("3 March at 10am" before the
    // refiner joins them) name no time to count from; any other date does, an unknown one nothing.
    if ((c.type === 'DATE' || c.type === 'TIME') && !c.value.endsWith('_REF') && !BARE_CLOCK.test(c.value))
      last = c.value
    return c
  })
}

/**
 * A month or a season named after "the following" or "the previous": the first one after (or the
 * last one before) the time named last, a year named alone giving the next (or the last) year's.
 * With nothing to count from, "the following …" has no year and "the previous …" keeps its value.
 * Null when the word is no month or season ("the following week" is a unit's).
 */
function namedAfter(c: Candidate, word: string, following: boolean, last: string | null): Candidate | null {
  const month = namedMonth(word)
  const season = SEASONS[word.toLowerCase()]
  if (month === null && season === undefined) return null
  const anchor = last === null ? null : (anchorOf(last) ?? seasonAnchor(last))
  if (anchor === null || anchor.grain === 'decade') {
    if (!following) return c
    const unknown = month === null ? `XXXX-${season}` : `XXXX-${String(month).padStart(2, '0')}`
    return { ...c, value: unknown, interval: null, inferred: false }
  }
  const y = anchor.d.getFullYear()
  const named = month ?? SEASON_START[season!]
  const from = anchor.grain === 'year' ? null : anchor.d.getMonth() + 1
  const year = following
    ? from === null || named <= from
      ? y + 1
      : y
    : from === null || named >= from
      ? y - 1
      : y
  if (month !== null)
    return { ...c, value: monthValue(year, month), interval: monthInterval(year, month), inferred: true }
  return { ...c, value: `${year}-${season}`, interval: seasonInterval(year, season!), inferred: true }
}

const SEASON_VALUE = /^(\d{4})-(SP|SU|FA|WI)$/

/** The first month of a season's value ("2021-SU" is June 2021), as an anchor of a month's grain. */
function seasonAnchor(value: string): { d: Date; grain: Grain } | null {
  const m = SEASON_VALUE.exec(value)
  const d = m ? toDate(Number(m[1]), SEASON_START[m[2] as 'SU'], 1) : null
  return d ? { d, grain: 'month' } : null
}
