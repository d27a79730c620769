/**
 * The dating stage: between splitting a dump and running the parsers, it settles for each release
 * what its relative dates are resolved against (a `DateReference`), from the `publishedOn` option
 * or from the release's own text and, for a day written without its year, its neighbours'.
 * `splitReleases` runs it; `findDates` reads the reference it leaves on each release.
 */
import * as z from 'zod'
import type { DateReference, PublishedOn, Release } from '../model'
import {
  DayOption,
  functionOption,
  OptionsError,
  type PublishedOnOption,
  parseOptions,
  toDay,
} from '../options'
import type { ParserInput, ReleaseLike } from '../text/blocks'
import { NO_PUBLISHER, type Publisher } from '../text/publishers'
import type { ResolveContext } from './context'
import { datedDateline } from './dateline-year'
import { type Evidence, evidenceSource, findEvidence, type NeighbourDate } from './evidence'
import { type MonthOrder, monthOrderOf } from './month-order'
import { type DateReading, readDates } from './read-dates'
import { isoDay, parseDay } from './timex'

/** The reference of a release nothing dates: relative dates keep their unknown parts as X. */
const NO_REFERENCE: DateReference = Object.freeze({
  day: null,
  year: null,
  inferred: false,
  lowerBound: false,
  estimated: false,
  rule: null,
})

/** The default of `neighbourWindow`. */
export const NEIGHBOUR_WINDOW = 8

/** The options of the dating stage (`dateReleases`), validated with zod. */
export const DatingOptionsSchema = z.strictObject({
  /**
   * The publication date relative dates are resolved against: a day (`YYYY-MM-DD` or a Date), or
   * a function of the release returning one. Default: inferred from each release's own text.
   */
  publishedOn: z
    .union([DayOption, functionOption<Extract<PublishedOnOption, (...args: never[]) => unknown>>()], {
      error:
        'expected a day that exists as YYYY-MM-DD, a valid Date, or a function of the release returning one',
    })
    .optional(),
  /**
   * How many consecutive releases are dated together: releases 0-7, 8-15, ... by default. A
   * release whose text gives a day but not its year ("Wednesday (27 March)") takes the year of the
   * nearest release of its run that fixes one. `1` dates each release alone. Runs by index, not a
   * sliding window, so a stream can date a run as soon as it has read it. Default: 8.
   */
  neighbourWindow: z.number().int().min(1).optional(),
  /** Read numeric dates such as `03/04/2024` month first (US order); default: the release's own order (see `findDates`). */
  monthFirst: z.boolean().optional(),
  /** A year to look around when a weekday must fix a yearless date and the text names no year. Default: none. */
  aroundYear: z.number().int().min(1).max(9999).nullable().optional(),
})
export type DatingOptions = z.input<typeof DatingOptionsSchema>

/** What the dating stage reads of a release: its text and, for a `publishedOn` function, its header. */
export type DatableRelease = ReleaseLike & { readonly source?: string | null; readonly index?: number }

/**
 * Dates releases: one `DateReference` per release, in order. A day given by `publishedOn` is
 * taken as it is; otherwise the release's own text is read (its dateline, a stated day, a
 * weekday beside a date, anniversary wording, or the latest full date it looks back on, a lower
 * bound), then its neighbours' within `neighbourWindow` (see `withNeighbours`).
 *
 * Never throws on text; throws an `OptionsError` when options are invalid, also when a
 * `publishedOn` function returns an impossible day.
 *
 * @example
 * dateReleases(splitReleases(dump).releases).map((r) => r.day)
 * //=> ['2024-04-10', '2024-03-27', null]
 */
export function dateReleases(
  releases: readonly DatableRelease[],
  options: DatingOptions = {},
): DateReference[] {
  return dateReleasesWith(releases, parseOptions(DatingOptionsSchema, options, 'dateReleases'))
}

/** `dateReleases` with options already validated. */
export function dateReleasesWith(
  releases: readonly DatableRelease[],
  settings: DatingOptions,
): DateReference[] {
  return datingStage(releases, settings).references
}

/**
 * What the dating stage gives: each release's reference, and the date readings it made to find
 * it (null for a release whose day was given), for `findDates` to resolve rather than read again.
 */
export interface DatedReleases {
  readonly references: DateReference[]
  readonly readings: Array<DateReading | null>
}

/** The dating stage: references, and the readings they come from. */
export function datingStage(releases: readonly DatableRelease[], settings: DatingOptions): DatedReleases {
  const window = settings.neighbourWindow ?? NEIGHBOUR_WINDOW
  const references: DateReference[] = []
  const readings: Array<DateReading | null> = []
  for (let from = 0; from < releases.length; from += window) {
    const run = releases.slice(from, from + window)
    const given = run.map((r, i) => givenDay(r, from + i, settings.publishedOn))
    const read = run.map((r, i) => (given[i] ? null : readDates(r)))
    const evidence = withNeighbours(read, given, settings)
    for (let i = 0; i < run.length; i++) {
      const day = given[i]
      references.push(day ? givenReference(day) : referenceOf(evidence[i] ?? null))
      readings.push(read[i] ?? null)
    }
  }
  return { references, readings }
}

/** The releases with their `reference` and `publishedOn` set: what the dating stage hands the parsers. */
export function withReferences(releases: readonly Release[], settings: DatingOptions): Release[] {
  return withReferencesRead(releases, settings).releases
}

/** Releases through the dating stage, with the date readings it made for `findDates` to resolve. */
export interface DatedRun {
  readonly releases: Release[]
  /** Each release's date reading, or null where none was made (its day was given). */
  readonly readings: ReadonlyArray<DateReading | null>
}

/** `withReferences`, with the date readings the stage made, in release order. */
export function withReferencesRead(releases: readonly Release[], settings: DatingOptions): DatedRun {
  const { references, readings } = datingStage(releases, settings)
  return { releases: releases.map((r, i) => withReference(r, references[i]!)), readings }
}

/** A release with its `reference` and the `publishedOn` it gives. */
export function withReference(release: Release, reference: DateReference): Release {
  const dateline = datedDateline(release.dateline, release.paragraphs, reference)
  return { ...release, reference, publishedOn: publishedOnOf(reference), dateline }
}

/** Whether a reference is a day the user gave. */
export const isGiven = (reference: DateReference | null | undefined): boolean =>
  !!reference?.day && !reference.inferred

/**
 * A release's reference from its own text alone, as `findDates` reads a string or an undated
 * release: from its date reading when one was made, else from one made here.
 */
export function dateAlone(
  input: ParserInput,
  settings: Pick<DatingOptions, 'monthFirst' | 'aroundYear'>,
  reading: DateReading = readDates(input),
): DateReference {
  return referenceOf(
    findEvidence(evidenceSource(reading, monthOrderOf(reading.blocks, settings.monthFirst, reading.source)), {
      monthFirst: settings.monthFirst,
      aroundYear: settings.aroundYear ?? null,
    }),
  )
}

/** The reference of a day given by the user. */
export function givenReference(day: string): DateReference {
  return { ...NO_REFERENCE, day, year: Number(day.slice(0, 4)) }
}

/** The publication date a reference gives, as `Release.publishedOn`: null when it fixes no day. */
export function publishedOnOf(reference: DateReference | null | undefined): PublishedOn | null {
  if (!reference?.day) return null
  return reference.inferred
    ? { date: reference.day, inferred: true, rule: reference.rule ?? undefined }
    : { date: reference.day, inferred: false }
}

/** How a reference resolves a release's mentions: against its day, or only its year, or nothing. */
export function contextFor(
  reference: DateReference,
  monthFirst: MonthOrder,
  publisher: Publisher = NO_PUBLISHER,
): ResolveContext {
  // One shape whatever the reference, so the matchers read every context the same way.
  const fixed = Boolean(reference.day) && !reference.estimated
  return {
    ref: fixed ? parseDay(reference.day!) : null,
    refInferred: fixed ? reference.inferred : reference.year !== null,
    refIsLowerBound: fixed ? reference.lowerBound : false,
    refIsWritingDay: fixed ? !reference.lowerBound && !reference.reported : true,
    // Only the year is the text's: the day is a neighbour's estimate, or unknown.
    year: fixed ? null : reference.year,
    monthFirst,
    country: publisher.country,
    bankHolidays: publisher.bankHolidays,
  }
}

/** The day the `publishedOn` option gives a release, as `YYYY-MM-DD`, or null. */
function givenDay(
  release: DatableRelease,
  index: number,
  option: PublishedOnOption | undefined,
): string | null {
  const given =
    typeof option === 'function'
      ? option({
          title: release.title ?? null,
          source: release.source ?? null,
          index: release.index ?? index,
        })
      : option
  const day = toDay(given)
  // A function's answer is an option too: an impossible day is refused, not silently dropped.
  if (day === null && given != null) {
    throw new OptionsError(
      `Invalid extract options:\n  \`publishedOn\`: returned ${String(given)} for release ${release.index ?? index}: expected a day that exists as YYYY-MM-DD, a valid Date, or undefined`,
    )
  }
  return day
}

/** The reference that evidence from the text gives. */
function referenceOf(e: Evidence | null): DateReference {
  if (!e) return NO_REFERENCE
  const year = e.date.getFullYear()
  if (e.day === 'unknown') return { ...NO_REFERENCE, year, inferred: true, rule: e.rule }
  return {
    day: isoDay(e.date),
    year,
    inferred: true,
    lowerBound: e.lowerBound,
    ...(e.reported ? { reported: true } : {}),
    estimated: e.day === 'estimated',
    rule: e.rule,
  }
}

/**
 * The evidence of each release of a run whose day is not given, in three steps. Its own text
 * first. Then a release whose text fixes no day but gives a weekday-dated or stated day with no
 * year ("Wednesday (27 March)", "Today (27 September)") takes the year of the nearest release
 * whose date is given or fixed by its own text, or whose own text fixes its year; never a day
 * before one its own text looks back on. Last, a release whose text fixes only its year takes, as
 * an estimate, the day of the nearest release dated in that year (rule `dates/neighbour-day`).
 * The two may meet: a release's year placing a neighbour's "Today (27 September)", whose day then
 * dates the release. Each part still comes from one text: the day from the neighbour's, the year
 * from the release's own.
 */
function withNeighbours(
  readings: ReadonlyArray<DateReading | null>,
  given: ReadonlyArray<string | null>,
  settings: DatingOptions,
): Array<Evidence | null> {
  const monthFirst = settings.monthFirst
  const sources = readings.map((r) =>
    r ? evidenceSource(r, monthOrderOf(r.blocks, monthFirst, r.source)) : null,
  )
  const first = sources.map((b) =>
    b ? findEvidence(b, { monthFirst, aroundYear: settings.aroundYear ?? null }) : null,
  )
  const anchors = first.map((e, i): NeighbourDate | null => {
    const day = given[i] ? parseDay(given[i]!) : fixedDay(e)
    if (day) return { year: day.getFullYear(), date: day }
    return e?.day === 'unknown' ? { year: e.date.getFullYear(), date: null } : null
  })
  const second = sources.map((b, i) => {
    const own = first[i] ?? null
    if (!b || anchors[i]) return own
    const near = nearest(anchors, i)
    const notBefore = own?.lowerBound ? own.date : null
    const retry = near ? findEvidence(b, { neighbour: near, notBefore, monthFirst }) : null
    return retry && !retry.lowerBound ? { ...retry, rule: 'dates/neighbour-year' } : own
  })
  const days = second.map((e, i) => (given[i] ? parseDay(given[i]!) : fixedDay(e)))
  return second.map((e, i) => {
    if (e?.day !== 'unknown') return e
    const year = e.date.getFullYear()
    const day = nearest(
      days.map((d) => (d && d.getFullYear() === year ? d : null)),
      i,
    )
    return day ? { date: day, lowerBound: false, rule: 'dates/neighbour-day', day: 'estimated' } : e
  })
}

/** The day evidence fixes, or null when it fixes none or only a lower bound or a year. */
const fixedDay = (e: Evidence | null | undefined): Date | null =>
  e && !e.lowerBound && !e.day ? e.date : null

/** The strong evidence nearest to release `i` in dump order, the earlier one on a tie. */
function nearest<T>(items: ReadonlyArray<T | null>, i: number): T | null {
  for (let d = 1; d < items.length; d++) {
    const before = items[i - d]
    if (before) return before
    const after = items[i + d]
    if (after) return after
  }
  return null
}
