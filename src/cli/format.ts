import { type ExtractOptions, runParsersOnAll } from '../extract'
import type { Release } from '../model'
import { type CsvTable, csvRows } from './csv'

/** The output formats of the command line. */
export const FORMATS = ['jsonl', 'json', 'csv'] as const
export type Format = (typeof FORMATS)[number]

/** How one parsed release is written: the same in the main thread and in worker threads. */
export interface FormatSettings {
  format: Format
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
  }
}

/** Parses a batch of releases (their structure from the splitter) and formats each: one thread's share of the work. */
export function parseAndFormat(
  releases: Release[],
  file: string,
  settings: ExtractOptions,
  output: FormatSettings,
): string[] {
  return runParsersOnAll(releases, settings).map((r) => formatRelease(r, file, output))
}
