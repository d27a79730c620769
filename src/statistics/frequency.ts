import { FREQUENCY_WORDS, SET_UNITS } from '../dates/matchers/sets'
import type { Token } from './tokens'

/*
 * How often something recurs: "twice a week", "three times per month", "four times daily". The
 * date normaliser reads the recurrence (a SET); its count of occasions says how often within it,
 * and counts nothing on its own.
 */

/** Words that open the period a count of occasions recurs in. Keep sorted. */
const PERIOD_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'each', 'every', 'per'])

/**
 * Whether a recurrence's period starts at `tokens[at]`: "a week", "per month", "every year",
 * "each day", "a calendar month", or a word of frequency ("daily", "weekly").
 */
export function opensRecurrence(tokens: readonly Token[], at: number): boolean {
  const lead = tokens[at]
  if (lead?.kind !== 'word') return false
  if (Object.hasOwn(FREQUENCY_WORDS, lead.lower)) return true
  if (!PERIOD_LEADS.has(lead.lower)) return false
  const k = tokens[at + 1]?.lower === 'calendar' ? at + 2 : at + 1
  const unit = tokens[k]
  if (unit?.kind !== 'word' || !Object.hasOwn(SET_UNITS, unit.lower)) return false
  // "twice a week ago": a time back, no recurrence.
  return !SHIFT_WORDS.has(tokens[k + 1]?.lower ?? '')
}

/** Words after "a week" that make it a time back or on: "a week ago". Keep sorted. */
const SHIFT_WORDS: ReadonlySet<string> = new Set(['ago', 'earlier', 'later'])

/**
 * The most times in a period a schedule names ("ten times a year"); more is a rate measured
 * ("spin 78,000 times a minute", "beats 60 times a minute"), a figure of its own.
 */
const SCHEDULE_TIMES = 10

/**
 * Whether the number ending before `tokens[end]` counts the times something is done in a period,
 * as a schedule says how often: "three times a year", "4 times daily"; not "3 a day", things
 * counted in a day, nor a qualified or large rate ("nearly 78,000 times a minute").
 */
export function isTimesPerPeriod(
  tokens: readonly Token[],
  end: number,
  value: number,
  qualified: boolean,
): boolean {
  if (qualified || value > SCHEDULE_TIMES) return false
  return tokens[end]?.lower === 'times' && opensRecurrence(tokens, end + 1)
}
