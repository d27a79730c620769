import { type ExtractOptions, runParsers } from '../extract'
import type { Release } from '../model'
import type { IndexableRelease } from '../people/index-people'
import { type CsvTable, csvRows } from './csv'

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

/** The text one release adds to the output: a JSON line, a JSON array element, or CSV rows. */
export function formatRelease(release: Release, file: string, settings: FormatSettings): string {
  switch (settings.format) {
    case 'jsonl':
      return `${JSON.stringify({ file, ...release })}\n`
    case 'json':
      return JSON.stringify(release)
    case 'csv':
      return csvRows(settings.table, release, file)
    case 'people':
      return `${JSON.stringify(peopleDigest(release, file))}\n`
  }
}

/** Parses a batch of dated releases through the public `runParsers` and formats each: one thread's share of the work. */
export function parseAndFormat(
  releases: Release[],
  file: string,
  settings: ExtractOptions,
  output: FormatSettings,
): string[] {
  return runParsers(releases, settings).map((r) => formatRelease(r, file, output))
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
