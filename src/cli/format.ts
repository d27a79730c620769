import {
  assembleReleases,
  type ExtractOptions,
  type Findings,
  findInRun,
  mergeFindings,
  runParsers,
} from '../extract'
import type { Release } from '../model'
import type { ParserName } from '../options'
import type { IndexableRelease } from '../people/index-people'
import { type CsvTable, csvRows } from './csv'
import { jsonPieces } from './json-pieces'

/** The output formats of the command line. */
export const FORMATS = ['jsonl', 'json', 'csv'] as const
export type Format = (typeof FORMATS)[number]

/**
 * How one parsed release is written: the same in the main thread and in worker threads. `people`
 * is no output of its own: one JSON line per release with only what the people index reads.
 */
export interface FormatSettings {
  format: Format | 'people'
  table: CsvTable
}

/**
 * A release this long (in characters of input) is written in pieces (see `jsonPieces`): its JSON
 * would otherwise be one string several times its size.
 */
const LONG_RELEASE = 1 << 20

/**
 * The text one release adds to the output, in pieces to write in order: a JSON line, a JSON
 * array element, or CSV rows. One piece but for very long releases.
 */
export function formatRelease(release: Release, file: string, settings: FormatSettings): Iterable<string> {
  const long = release.span.end - release.span.start > LONG_RELEASE
  switch (settings.format) {
    case 'jsonl':
    case 'json': {
      const head = settings.format === 'jsonl' ? `{"file":${JSON.stringify(file)},` : '{'
      const tail = settings.format === 'jsonl' ? '\n' : ''
      // The file first, then the release's own fields, as `JSON.stringify({ file, ...release })`.
      if (!long) return [`${head}${JSON.stringify(release).slice(1)}${tail}`]
      return longJson(release, head, tail)
    }
    case 'csv':
      return [csvRows(settings.table, release, file)]
    case 'people':
      return [`${JSON.stringify(peopleDigest(release, file))}\n`]
  }
}

/** A long release's JSON, piece by piece, with the file first (`head`) and `tail` after it. */
function* longJson(release: Release, head: string, tail: string): Generator<string> {
  let first = true
  for (const piece of jsonPieces(release)) {
    yield first ? head + piece.slice(1) : piece
    first = false
  }
  yield tail
}

/**
 * Dates and parses a run of releases through the public `runParsers` and formats each: one
 * thread's share of the work. The pieces of each release, in order.
 */
export function parseAndFormat(
  releases: Release[],
  file: string,
  settings: ExtractOptions,
  output: FormatSettings,
): Array<Iterable<string>> {
  return runParsers(releases, settings).map((r) => formatRelease(r, file, output))
}

/**
 * The parsers each thread runs when the command line splits the work of a run between two
 * threads: the reading thread dates the run and finds its operations and dates, the other finds
 * quotes and statistics and writes the run. Each thread compiles and warms only its own half.
 */
export const FIRST_STAGE: readonly ParserName[] = ['operations', 'dates']
export const SECOND_STAGE: readonly ParserName[] = ['quotes', 'statistics']

/** The second stage over a run whose first-stage `findings` are in hand: its releases formatted. */
export function finishAndFormat(
  releases: Release[],
  findings: readonly Findings[],
  file: string,
  settings: ExtractOptions,
  output: FormatSettings,
): Array<Iterable<string>> {
  const rest = findInRun({ releases, readings: [] }, settings, SECOND_STAGE)
  return assembleReleases(releases, mergeFindings(findings, rest)).map((r) => formatRelease(r, file, output))
}

/** What the people index reads of a release, so worker threads send little back. */
function peopleDigest(release: Release, file: string): IndexableRelease {
  return {
    file,
    id: release.id,
    source: release.source,
    publishedOn: release.publishedOn,
    people: release.people.map(({ id, name, kind, title, role }) => ({ id, name, kind, title, role })),
    quotes: release.quotes.map(({ text, span, speaker }) => ({ text, span, speaker })),
  }
}
