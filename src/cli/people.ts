import type { PersonIndexEntry } from '../model'
import { PeopleIndex } from '../people/index-people'
import { type Cell, csvCell } from './csv'
import type { Format } from './format'
import { type ProcessSettings, processFiles } from './process-files'

/** The columns of `press-extract people --format csv`; list fields are joined with `; `. */
const PEOPLE_COLUMNS: ReadonlyArray<readonly [name: string, value: (e: PersonIndexEntry) => Cell]> = [
  ['name', (e) => e.name],
  ['kind', (e) => e.kind],
  ['quoteCount', (e) => e.quotes.length],
  ['releaseCount', (e) => e.releases.length],
  ['titles', (e) => e.titles.map((t) => t.value).join('; ')],
  ['roles', (e) => e.roles.map((r) => r.value).join('; ')],
  ['publishers', (e) => e.publishers.join('; ')],
  ['firstSeen', (e) => e.firstSeen],
  ['lastSeen', (e) => e.lastSeen],
  ['releases', (e) => e.releases.join('; ')],
  ['quotes', (e) => e.quotes.map((q) => q.text).join('; ')],
]

/** The column names of the people table, in order. */
export const PEOPLE_CSV_COLUMNS = PEOPLE_COLUMNS.map(([name]) => name)

/**
 * Reads the sources through the same pipeline as the main command (streamed, parsed in batches on
 * `jobs` threads) and writes one row per person or organisation across all of them. Only the index
 * is kept: each release is dropped once its people and quotes are added.
 */
export async function writePeopleIndex(
  sources: readonly string[],
  s: Omit<ProcessSettings, 'output' | 'write' | 'drain'> & {
    format: Format
    bom: boolean
    write: (chunk: string) => unknown
  },
): Promise<void> {
  const index = new PeopleIndex()
  const { format, bom, write, ...rest } = s
  await processFiles(sources, {
    ...rest,
    output: { format: 'people', table: 'releases' },
    write: (chunk) => {
      for (const line of chunk.split('\n')) if (line !== '') index.add(JSON.parse(line))
    },
  })
  const entries = index.entries()
  switch (format) {
    case 'jsonl':
      for (const e of entries) write(`${JSON.stringify(e)}\n`)
      break
    case 'json':
      write(entries.length === 0 ? '[]\n' : `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`)
      break
    case 'csv':
      write(`${bom ? '\uFEFF' : ''}${PEOPLE_CSV_COLUMNS.join(',')}\r\n`)
      for (const e of entries) write(`${PEOPLE_COLUMNS.map(([, value]) => csvCell(value(e))).join(',')}\r\n`)
      break
  }
}
