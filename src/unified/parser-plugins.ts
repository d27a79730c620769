import type { VFile } from 'vfile'
import type { FindDatesOptions } from '../dates/find-dates'
import { dateAll, type ExtractOptions, ExtractOptionsSchema, parseReleases } from '../extract'
import type { Release } from '../model'
import type { FindOperationsOptions } from '../operations/find-operations'
import { type ParserName, type PublishedOnOption, parseOptions } from '../options'
import type { ExtractQuotesOptions } from '../quotes/extract-quotes'
import { splitReleasesWith } from '../releases/split-releases'
import type { FindStatisticsOptions } from '../statistics/find-statistics'
import { createReporter } from './messages'
import type { PressExtractTransformer } from './retext-press-extract'

/** Configuration of `retextExtractQuotes`: the options of `extractQuotes` (extra ranks, cue verbs, ...). */
export type RetextExtractQuotesOptions = Omit<ExtractQuotesOptions, 'onDiagnostic'>

/** Configuration of `retextFindOperations`: the options of `findOperations` (extra prefixes, ...). */
export type RetextFindOperationsOptions = Omit<FindOperationsOptions, 'onDiagnostic'>

/** Configuration of `retextFindStatistics`: the options of `findStatistics` (extra units, ...). */
export type RetextFindStatisticsOptions = Omit<FindStatisticsOptions, 'onDiagnostic'>

/**
 * Configuration of `retextFindDates`: the options of `findDates`, with the reference day given as
 * in `extract`.
 */
export type RetextFindDatesOptions = Omit<FindDatesOptions, 'onDiagnostic' | 'reference'> & {
  /**
   * The day relative dates resolve against (`YYYY-MM-DD`, a Date, or a function of the release).
   * Default: inferred from each release's own text, as `extract` does.
   */
  publishedOn?: PublishedOnOption
}

/**
 * A unified plugin that finds the direct quotes and their speakers in the file's text, release by
 * release, and stores them on `file.data.quotes` in input order. Diagnostics become vfile messages.
 *
 * @param options The options of `extractQuotes` (optional).
 * @returns The transformer.
 *
 * @example
 * const file = new VFile('Title\n\nSource: NPCC\n\nChief Constable Chris Haward said: “We are relentless.”\n')
 * await unified().use(retextExtractQuotes).run({ type: 'root' }, file)
 * file.data.quotes?.map((q) => q.speaker?.name)
 * //=> ['Chris Haward']
 */
export function retextExtractQuotes(
  options?: Readonly<RetextExtractQuotesOptions> | null,
): PressExtractTransformer {
  // Validated here, so a bad option throws where the plugin is used.
  const settings = validated('retextExtractQuotes', 'quotes', { ...options })
  return (_tree, file) => {
    file.data.quotes = runOne(file, settings).flatMap((r) => r.quotes)
    return undefined
  }
}

/**
 * A unified plugin that finds the named operations in the file's text, release by release, and
 * stores them on `file.data.operations` in input order. Diagnostics become vfile messages.
 *
 * @param options The options of `findOperations` (optional), such as `{ prefixes: ['Project'] }`.
 * @returns The transformer.
 *
 * @example
 * const file = new VFile('Title\n\nSource: NPCC\n\nOperation Hurricane was led by SEROCU.\n')
 * await unified().use(retextFindOperations).run({ type: 'root' }, file)
 * file.data.operations?.map((o) => o.name)
 * //=> ['Operation Hurricane']
 */
export function retextFindOperations(
  options?: Readonly<RetextFindOperationsOptions> | null,
): PressExtractTransformer {
  const settings = validated('retextFindOperations', 'operations', { ...options })
  return (_tree, file) => {
    file.data.operations = runOne(file, settings).flatMap((r) => r.operations)
    return undefined
  }
}

/**
 * A unified plugin that finds the temporal expressions in the file's text, release by release,
 * normalised to TIMEX3 against each release's publication day, and stores them on
 * `file.data.dates` in input order. Diagnostics become vfile messages.
 *
 * @param options The options of `findDates` and `publishedOn` (optional).
 * @returns The transformer.
 *
 * @example
 * const file = new VFile('Title\n\nSource: NPCC\n\nThe week of action began on Monday 18 March.\n')
 * await unified().use(retextFindDates, { publishedOn: '2024-03-20' }).run({ type: 'root' }, file)
 * file.data.dates?.map((d) => d.value)
 * //=> ['2024-03-18']
 */
export function retextFindDates(options?: Readonly<RetextFindDatesOptions> | null): PressExtractTransformer {
  const { publishedOn, ...dates } = { ...options }
  const settings = validated('retextFindDates', 'dates', dates, publishedOn)
  return (_tree, file) => {
    file.data.dates = runOne(file, settings).flatMap((r) => r.dates)
    return undefined
  }
}

/**
 * A unified plugin that finds the statistics in the file's text, release by release, and stores
 * them on `file.data.statistics` in input order. Diagnostics become vfile messages.
 *
 * @param options The options of `findStatistics` (optional).
 * @returns The transformer.
 *
 * @example
 * const file = new VFile('Title\n\nSource: NPCC\n\nTo date, more than 16,500 people arrested.\n')
 * await unified().use(retextFindStatistics).run({ type: 'root' }, file)
 * file.data.statistics?.map((s) => [s.text, s.value])
 * //=> [['more than 16,500', 16500]]
 */
export function retextFindStatistics(
  options?: Readonly<RetextFindStatisticsOptions> | null,
): PressExtractTransformer {
  const settings = validated('retextFindStatistics', 'statistics', { ...options })
  return (_tree, file) => {
    file.data.statistics = runOne(file, settings).flatMap((r) => r.statistics)
    return undefined
  }
}

/**
 * The settings of a plugin that runs one parser, validated as `extract` validates them; an error
 * names the plugin and the option as the plugin's user wrote it.
 */
function validated(
  where: string,
  parser: ParserName,
  options: object,
  publishedOn?: PublishedOnOption,
): ExtractOptions {
  const own = ExtractOptionsSchema.shape[parser].unwrap()
  const parsed = parseOptions(own, options, where)
  return parseOptions(ExtractOptionsSchema, { parsers: [parser], publishedOn, [parser]: parsed }, where)
}

/**
 * Splits the file into releases, dates them and runs the one enabled parser on each, as `extract`
 * does, reporting the parser's diagnostics as messages.
 */
function runOne(file: VFile, settings: ExtractOptions): Release[] {
  const value = String(file)
  const report = createReporter(file, value)
  const releases = splitReleasesWith(value, {}).releases
  const done = parseReleases(dateAll(releases, settings), settings)
  for (const [i, release] of releases.entries()) {
    // The parsers start from the splitter's diagnostics; those belong to `retextPressExtract`,
    // so a file run through several of these plugins does not report them once per plugin.
    for (const diagnostic of done[i]!.diagnostics.slice(release.diagnostics.length)) {
      report(diagnostic, release.span)
    }
  }
  return done
}
