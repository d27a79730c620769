/**
 * Every matcher family, in priority order: where two candidates cover the same text, the earlier
 * family wins; where they overlap, the longer candidate does (see `removeOverlaps`).
 */
import { CALENDAR_DATE_MATCHERS } from './calendar-dates'
import { DURATION_MATCHERS } from './durations'
import { HOLIDAY_MATCHERS } from './holidays'
import { MONTH_MATCHERS } from './months'
import { PERIOD_MATCHERS } from './periods'
import { RELATIVE_MATCHERS } from './relative'
import { SET_MATCHERS } from './sets'
import type { Matcher } from './shared'
import { TIME_MATCHERS } from './times'
import { YEAR_SO_FAR_MATCHERS } from './year-so-far'
import { YEAR_MATCHERS } from './years'

export type { Candidate, Matcher } from './shared'

export const MATCHERS: readonly Matcher[] = [
  ...PERIOD_MATCHERS,
  ...RELATIVE_MATCHERS,
  ...YEAR_SO_FAR_MATCHERS,
  ...CALENDAR_DATE_MATCHERS,
  ...MONTH_MATCHERS,
  ...HOLIDAY_MATCHERS,
  ...YEAR_MATCHERS,
  ...SET_MATCHERS,
  ...DURATION_MATCHERS,
  ...TIME_MATCHERS,
]
