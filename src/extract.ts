import { z } from 'zod'
import {
  type FindDatesOptions,
  FindDatesOptionsSchema,
  findDates,
  inferPublishedOn,
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
  PARSER_NAMES,
  type ParserName,
  type PublishedOnOption,
  parseOptions,
  toDay,
} from './options'
import { type ExtractQuotesOptions, ExtractQuotesOptionsSchema, extractQuotes } from './quotes/extract-quotes'
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
      error: 'expected a day as YYYY-MM-DD, a Date, or a function of the release returning one',
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
  const releases = split.releases.map((release) => runParsers(release, settings))
  return { releases, preamble: split.preamble, diagnostics: split.diagnostics }
}

/** Runs the enabled parsers over one release from `splitReleases`, filling its result lists. */
export function runParsers(release: Release, settings: ExtractOptions): Release {
  const enabled = new Set<ParserName>(settings.parsers ?? PARSER_NAMES)
  const diagnostics = [...release.diagnostics]
  const onDiagnostic: DiagnosticSink = (d) => diagnostics.push(d)
  const publishedOn = resolvePublishedOn(release, settings.publishedOn, enabled.has('dates'))
  return {
    ...release,
    publishedOn,
    quotes: enabled.has('quotes') ? extractQuotes(release, { ...settings.quotes, onDiagnostic }) : [],
    operations: enabled.has('operations')
      ? findOperations(release, { ...settings.operations, onDiagnostic })
      : [],
    dates: enabled.has('dates')
      ? findDates(release, {
          ...settings.dates,
          reference: publishedOn?.date ?? null,
          // A guessed reference resolves relative dates as guesses too (`inferred` on the mention).
          referenceInferred: publishedOn?.inferred ?? null,
          onDiagnostic,
        })
      : [],
    statistics: enabled.has('statistics')
      ? findStatistics(release, { ...settings.statistics, onDiagnostic })
      : [],
    diagnostics,
  }
}

function resolvePublishedOn(
  release: Release,
  option: PublishedOnOption | undefined,
  infer: boolean,
): PublishedOn | null {
  const given =
    typeof option === 'function'
      ? option({ title: release.title, source: release.source, index: release.index })
      : option
  const day = toDay(given)
  if (day) return { date: day, inferred: false }
  return infer ? inferPublishedOn(release) : null
}
