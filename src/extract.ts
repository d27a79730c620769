import * as z from 'zod'
import {
  type DatedRun,
  type DatingOptions,
  DatingOptionsSchema,
  isGiven,
  withReferencesRead,
} from './dates/date-releases'
import { FindDatesOptionsSchema, findDatesWith } from './dates/find-dates'
import type { Diagnostic, ExtractResult, Release } from './model'
import { FindOperationsOptionsSchema, findOperationsWith } from './operations/find-operations'
import { type DiagnosticSink, PARSER_NAMES, type ParserName, parseOptions } from './options'
import { ExtractQuotesOptionsSchema, extractQuotesAndPeopleWith } from './quotes/extract-quotes'
import { splitReleasesWith } from './releases/split-releases'
import { FindStatisticsOptionsSchema, findStatisticsWith } from './statistics/find-statistics'

/** The options of `extract`, `runParsers`, `extractStream` and the command line, validated with zod. */
export const ExtractOptionsSchema = z.strictObject({
  /**
   * The publication date relative dates are resolved against: a day (`YYYY-MM-DD` or a Date), or
   * a function of the release returning one. Default: inferred from each release's own text.
   */
  publishedOn: DatingOptionsSchema.shape.publishedOn,
  /**
   * How many consecutive releases are dated together (see `dateReleases`): a release whose text
   * gives a day but not its year takes the year of the nearest release of its run. Default: 8.
   */
  neighbourWindow: DatingOptionsSchema.shape.neighbourWindow,
  /** The parsers to run. Default: all of `quotes`, `operations`, `dates`, `statistics`. */
  parsers: z.array(z.enum(PARSER_NAMES, { error: `expected one of ${PARSER_NAMES.join(', ')}` })).optional(),
  /** Options passed to `extractQuotes`. */
  quotes: ExtractQuotesOptionsSchema.omit({ onDiagnostic: true }).optional(),
  /** Options passed to `findOperations`. */
  operations: FindOperationsOptionsSchema.omit({ onDiagnostic: true }).optional(),
  /** Options passed to `findDates` (its `reference` comes from the dating stage) and to the dating stage. */
  dates: FindDatesOptionsSchema.pick({ monthFirst: true, aroundYear: true }).optional(),
  /** Options passed to `findStatistics`. */
  statistics: FindStatisticsOptionsSchema.omit({ onDiagnostic: true }).optional(),
})
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>

/**
 * Splits a dump into releases, dates them and runs each enabled parser on each release: the
 * three stages of the pipeline (`splitReleases`, `dateReleases`, `runParsers`).
 *
 * Never throws on text; throws an `OptionsError` naming the option when options are invalid.
 *
 * @example
 * const { releases } = extract(dump, { publishedOn: '2024-03-18' })
 * releases[0].quotes[0].speaker?.name
 * //=> 'Chris Haward'
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const settings = parseOptions(ExtractOptionsSchema, options, 'extract')
  const split = splitReleasesWith(text, {})
  const releases = parseReleases(dateAll(split.releases, settings), settings)
  return { releases, preamble: split.preamble, diagnostics: split.diagnostics }
}

/** The options of the dating stage that `extract`'s options carry. */
export function datingOptions(settings: ExtractOptions): DatingOptions {
  return {
    publishedOn: settings.publishedOn,
    neighbourWindow: settings.neighbourWindow,
    monthFirst: settings.dates?.monthFirst,
    aroundYear: settings.dates?.aroundYear,
  }
}

/** The dating stage over releases read by the splitter: each gets its `reference` and `publishedOn`. */
export function dateAll(releases: readonly Release[], settings: ExtractOptions): DatedRun {
  return withReferencesRead(releases, datingOptions(settings))
}

/**
 * Runs the enabled parsers over releases from `splitReleases` (dated), filling their result lists.
 * A release is resolved against the `reference` the dating stage left on it, or the day
 * `publishedOn` gives it; one with neither is dated from its own text. Given a list, each parser
 * runs over all the releases in turn, so its patterns stay in the CPU's caches.
 *
 * Never throws on text; throws an `OptionsError` naming the option when options are invalid.
 *
 * @example
 * const { releases } = splitReleases(dump)
 * runParsers(releases[0], { parsers: ['quotes'] }).quotes[0].speaker?.name
 * //=> 'Chris Haward'
 */
export function runParsers(release: Release, options?: ExtractOptions): Release
export function runParsers(releases: readonly Release[], options?: ExtractOptions): Release[]
export function runParsers(
  input: Release | readonly Release[],
  options: ExtractOptions = {},
): Release | Release[] {
  const settings = parseOptions(ExtractOptionsSchema, options, 'runParsers')
  const releases = Array.isArray(input) ? (input as readonly Release[]) : [input as Release]
  // A day `publishedOn` gives wins; else the reference the dating stage left on the release.
  const own =
    settings.publishedOn !== undefined || releases.some((r) => !r.reference)
      ? dateAll(releases, settings)
      : null
  const takesOwn = (r: Release, i: number): boolean =>
    !!own && (isGiven(own.releases[i]!.reference) || !r.reference)
  const done = parseReleases(
    {
      releases: releases.map((r, i) => (takesOwn(r, i) ? own!.releases[i]! : r)),
      readings: releases.map((r, i) => (takesOwn(r, i) ? own!.readings[i]! : null)),
    },
    settings,
  )
  return Array.isArray(input) ? done : done[0]!
}

/** The parsers over dated releases, with options already validated: each parser over all of them in turn. */
export function parseReleases(run: DatedRun, settings: ExtractOptions): Release[] {
  return assembleReleases(run.releases, findInRun(run, settings, PARSER_NAMES))
}

/** What some of the parsers found in one release, with the diagnostics each gave. */
export interface Findings {
  quotes?: ReturnType<typeof extractQuotesAndPeopleWith>
  operations?: Release['operations']
  dates?: Release['dates']
  statistics?: Release['statistics']
  /** Each parser's diagnostics, kept apart so findings made in two threads merge in one order. */
  diagnostics: Partial<Record<ParserName, Diagnostic[]>>
}

/**
 * Runs the named parsers (of those `settings` enables) over a dated run: each parser over all the
 * releases in turn, so its patterns stay in the CPU's caches. The parsers do not read each
 * other's findings, so the command line may run some in one thread and the rest in another.
 */
export function findInRun(
  { releases, readings }: DatedRun,
  settings: ExtractOptions,
  parsers: readonly ParserName[],
): Findings[] {
  const enabled = new Set<ParserName>(settings.parsers ?? PARSER_NAMES)
  const runs = (name: ParserName) => enabled.has(name) && parsers.includes(name)
  const found: Findings[] = releases.map(() => ({ diagnostics: {} }))
  const sink = (i: number, name: ParserName): DiagnosticSink => {
    const list: Diagnostic[] = []
    found[i]!.diagnostics[name] = list
    return (d) => list.push(d)
  }
  if (runs('quotes'))
    releases.forEach((r, i) => {
      found[i]!.quotes = extractQuotesAndPeopleWith(r, {
        ...settings.quotes,
        onDiagnostic: sink(i, 'quotes'),
      })
    })
  if (runs('operations'))
    releases.forEach((r, i) => {
      found[i]!.operations = findOperationsWith(r, {
        ...settings.operations,
        onDiagnostic: sink(i, 'operations'),
      })
    })
  if (runs('dates'))
    releases.forEach((r, i) => {
      found[i]!.dates = findDatesWith(
        r,
        { ...settings.dates, onDiagnostic: sink(i, 'dates') },
        readings[i] ?? undefined,
      )
    })
  if (runs('statistics'))
    releases.forEach((r, i) => {
      found[i]!.statistics = findStatisticsWith(r, {
        ...settings.statistics,
        onDiagnostic: sink(i, 'statistics'),
      })
    })
  return found
}

/** Findings of the same releases made apart (in two threads), as one. */
export function mergeFindings(a: readonly Findings[], b: readonly Findings[]): Findings[] {
  return a.map((x, i) => {
    const y = b[i]!
    return { ...x, ...y, diagnostics: { ...x.diagnostics, ...y.diagnostics } }
  })
}

/** The releases with what the parsers found in each; a parser that did not run leaves its list empty. */
export function assembleReleases(releases: readonly Release[], found: readonly Findings[]): Release[] {
  return releases.map((release, i) => {
    const f = found[i]!
    const diagnostics = [...release.diagnostics]
    for (const name of PARSER_NAMES) {
      const list = f.diagnostics[name]
      if (list) for (const d of list) diagnostics.push(d)
    }
    return {
      ...release,
      quotes: f.quotes?.quotes ?? [],
      people: f.quotes?.people ?? release.people,
      operations: f.operations ?? [],
      dates: f.dates ?? [],
      statistics: f.statistics ?? [],
      diagnostics,
    }
  })
}
