import { z } from 'zod'
import {
  type FindDatesOptions,
  FindDatesOptionsSchema,
  findDates,
  inferBatchPublicationDates,
} from './dates/find-dates'
import type { ExtractResult, PublishedOn, Release } from './model'
import {
  type FindOperationsOptions,
  FindOperationsOptionsSchema,
  findOperations,
} from './operations/find-operations'
import {
  DayOption,
  type DiagnosticSink,
  OptionsError,
  PARSER_NAMES,
  type ParserName,
  type PublishedOnOption,
  parseOptions,
  toDay,
  validatedOptions,
} from './options'
import {
  type ExtractQuotesOptions,
  ExtractQuotesOptionsSchema,
  extractQuotesAndPeople,
} from './quotes/extract-quotes'
import { splitReleases } from './releases/split-releases'
import {
  type FindStatisticsOptions,
  FindStatisticsOptionsSchema,
  findStatistics,
} from './statistics/find-statistics'

const isFunction = (v: unknown): v is (...args: never[]) => unknown => typeof v === 'function'

/** The options of `extract`, validated with zod; see `ExtractOptions` for each field. */
export const ExtractOptionsSchema = z.strictObject({
  publishedOn: z
    .union([DayOption, z.custom<Extract<PublishedOnOption, (...args: never[]) => unknown>>(isFunction)], {
      error:
        'expected a day that exists as YYYY-MM-DD, a valid Date, or a function of the release returning one',
    })
    .optional(),
  parsers: z.array(z.enum(PARSER_NAMES, { error: `expected one of ${PARSER_NAMES.join(', ')}` })).optional(),
  quotes: ExtractQuotesOptionsSchema.omit({ onDiagnostic: true }).optional(),
  operations: FindOperationsOptionsSchema.omit({ onDiagnostic: true }).optional(),
  dates: z
    .strictObject({
      monthFirst: FindDatesOptionsSchema.shape.monthFirst,
      aroundYear: FindDatesOptionsSchema.shape.aroundYear,
    })
    .optional(),
  statistics: FindStatisticsOptionsSchema.omit({ onDiagnostic: true }).optional(),
})

export interface ExtractOptions {
  /**
   * The publication date relative dates are resolved against: a day (`YYYY-MM-DD` or a Date), or
   * a function of the release returning one. Default: inferred from each release's own text.
   */
  publishedOn?: PublishedOnOption
  /** The parsers to run. Default: all of `quotes`, `operations`, `dates`, `statistics`. */
  parsers?: ParserName[]
  /** Options passed to `extractQuotes`. */
  quotes?: Omit<ExtractQuotesOptions, 'onDiagnostic'>
  /** Options passed to `findOperations`. */
  operations?: Omit<FindOperationsOptions, 'onDiagnostic'>
  /** Options passed to `findDates` (its `reference` comes from `publishedOn`). */
  dates?: Omit<FindDatesOptions, 'onDiagnostic' | 'reference' | 'referenceInferred'>
  /** Options passed to `findStatistics`. */
  statistics?: Omit<FindStatisticsOptions, 'onDiagnostic'>
}

/**
 * Splits a dump into releases and runs each enabled parser on each release.
 *
 * Never throws on text; throws an `OptionsError` naming the option when options are invalid.
 *
 * @example
 * const { releases } = extract(dump, { publishedOn: '2024-03-18' })
 * releases[0].quotes[0].speaker?.name
 * //=> 'Chris Haward'
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const settings = parseOptions(ExtractOptionsSchema, options, 'extract') as ExtractOptions
  const split = splitReleases(text)
  const releases = runParsersInBatches(split.releases, settings)
  return { releases, preamble: split.preamble, diagnostics: split.diagnostics }
}

/** Runs the parsers over all the releases of one input, in the batches `extract` uses (see `PARSE_BATCH`). */
export function runParsersInBatches(releases: readonly Release[], settings: ExtractOptions): Release[] {
  const done: Release[] = []
  for (let i = 0; i < releases.length; i += PARSE_BATCH) {
    // A loop, not a spread into one call: an input may hold more releases than a call takes arguments.
    for (const r of runParsersOnAll(releases.slice(i, i + PARSE_BATCH), settings)) done.push(r)
  }
  return done
}

/**
 * Releases parsed together: enough for the caches to pay off (see `runParsersOnAll`), few enough
 * that a stream holds little. Batches are runs of the input's releases by index (0-7, 8-15, ...)
 * in `extract`, `extractStream` and the CLI alike, because a batch is also the neighbourhood a
 * release may take its year from: the same batches give the same output everywhere.
 */
export const PARSE_BATCH = 8

/** Runs the enabled parsers over one release from `splitReleases`, filling its result lists. */
export function runParsers(release: Release, settings: ExtractOptions): Release {
  return runParsersOnAll([release], settings)[0]!
}

/**
 * Runs the enabled parsers over a batch of consecutive releases, filling their result lists: each
 * parser over all the releases in turn, not each release through all the parsers, so one parser's
 * patterns and code stay in the CPU's caches (about a quarter faster on ordinary releases). A
 * publication date that is not given is inferred from each release's own text; one whose text
 * gives a weekday-dated day but no year ("Wednesday (27 March)") takes the year from the nearest
 * release of the batch that fixes one (see `inferPublicationDates`).
 */
export function runParsersOnAll(releases: readonly Release[], settings: ExtractOptions): Release[] {
  const enabled = new Set<ParserName>(settings.parsers ?? PARSER_NAMES)
  const given = releases.map((release) => givenPublishedOn(release, settings.publishedOn))
  const inferred = enabled.has('dates')
    ? inferBatchPublicationDates(
        releases,
        given.map((g) => g?.date ?? null),
        { monthFirst: settings.dates?.monthFirst ?? false, aroundYear: settings.dates?.aroundYear ?? null },
      )
    : []
  const jobs = releases.map((release, i) => {
    const diagnostics = [...release.diagnostics]
    const onDiagnostic: DiagnosticSink = (d) => diagnostics.push(d)
    const publishedOn = given[i] ?? inferred[i] ?? null
    return { release, diagnostics, onDiagnostic, publishedOn }
  })
  const quotes = enabled.has('quotes')
    ? jobs.map((j) =>
        extractQuotesAndPeople(
          j.release,
          validatedOptions({ ...settings.quotes, onDiagnostic: j.onDiagnostic }),
        ),
      )
    : null
  const operations = enabled.has('operations')
    ? jobs.map((j) =>
        findOperations(j.release, validatedOptions({ ...settings.operations, onDiagnostic: j.onDiagnostic })),
      )
    : null
  const dates = enabled.has('dates')
    ? jobs.map((j) =>
        findDates(
          j.release,
          validatedOptions({
            ...settings.dates,
            reference: j.publishedOn?.date ?? null,
            // A guessed reference resolves relative dates as guesses too (`inferred` on the mention).
            referenceInferred: j.publishedOn?.inferred ?? null,
            onDiagnostic: j.onDiagnostic,
          }),
        ),
      )
    : null
  const statistics = enabled.has('statistics')
    ? jobs.map((j) =>
        findStatistics(j.release, validatedOptions({ ...settings.statistics, onDiagnostic: j.onDiagnostic })),
      )
    : null
  return jobs.map((j, i) => ({
    ...j.release,
    publishedOn: j.publishedOn,
    quotes: quotes?.[i]?.quotes ?? [],
    people: quotes?.[i]?.people ?? j.release.people,
    operations: operations?.[i] ?? [],
    dates: dates?.[i] ?? [],
    statistics: statistics?.[i] ?? [],
    diagnostics: j.diagnostics,
  }))
}

/** The publication date the `publishedOn` option gives a release, or null. */
function givenPublishedOn(release: Release, option: PublishedOnOption | undefined): PublishedOn | null {
  const given =
    typeof option === 'function'
      ? option({ title: release.title, source: release.source, index: release.index })
      : option
  const day = toDay(given)
  // A function's answer is an option too: an impossible day is refused, not silently dropped.
  if (day === null && given != null) {
    throw new OptionsError(
      `Invalid extract options:\n  \`publishedOn\`: returned ${String(given)} for release ${release.index}: expected a day that exists as YYYY-MM-DD, a valid Date, or undefined`,
    )
  }
  return day ? { date: day, inferred: false } : null
}
