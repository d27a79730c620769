import type {
  DateMention,
  OperationMention,
  Person,
  PersonMention,
  Quote,
  Release,
  Statistic,
} from '../model'

/** The tables `--format csv --table NAME` writes. */
export const CSV_TABLES = ['releases', 'quotes', 'people', 'statistics', 'dates', 'operations'] as const
export type CsvTable = (typeof CSV_TABLES)[number]

export type Cell = string | number | boolean | null | undefined
type Column<T> = readonly [name: string, value: (item: T) => Cell]

/** A table: which items of a release make its rows, and its columns (documented in docs/cli.md). */
interface Table<T> {
  rows: (release: Release) => T[]
  columns: ReadonlyArray<Column<T>>
}

const table = <T>(t: Table<T>): Table<T> => t

/** Leading columns of every per-item table: which release the row belongs to. */
const RELEASE_COLUMNS: ReadonlyArray<Column<{ release: Release }>> = [
  ['releaseId', (x) => x.release.id],
  ['releaseIndex', (x) => x.release.index],
]
const SPAN_COLUMNS: ReadonlyArray<Column<{ span: { start: number; end: number } }>> = [
  ['start', (x) => x.span.start],
  ['end', (x) => x.span.end],
]
type WithRelease<T> = T & { release: Release }
const withRelease = <T>(release: Release, items: readonly T[]): Array<WithRelease<T>> =>
  items.map((item) => ({ ...item, release }))

const TABLES = {
  releases: table<Release>({
    rows: (r) => [r],
    columns: [
      ['id', (r) => r.id],
      ['index', (r) => r.index],
      ['title', (r) => r.title],
      ['titleLine', (r) => r.titleLine],
      ['source', (r) => r.source],
      ['standfirst', (r) => r.standfirst],
      ['dateline', (r) => r.dateline?.text],
      ['datelinePlace', (r) => r.dateline?.place],
      ['datelineDate', (r) => r.dateline?.date],
      ['byline', (r) => r.byline?.text],
      ['publishedOn', (r) => r.publishedOn?.date],
      ['publishedOnInferred', (r) => r.publishedOn?.inferred],
      ['publishedOnRule', (r) => r.publishedOn?.rule],
      ['paragraphs', (r) => r.paragraphs.length],
      ['notes', (r) => r.notes?.text],
      ['quotes', (r) => r.quotes.length],
      ['people', (r) => r.people.length],
      ['operations', (r) => r.operations.length],
      ['dates', (r) => r.dates.length],
      ['statistics', (r) => r.statistics.length],
      ['diagnostics', (r) => r.diagnostics.length],
      ...SPAN_COLUMNS,
    ],
  }),
  quotes: table<WithRelease<Quote>>({
    rows: (r) => withRelease(r, r.quotes),
    columns: [
      ...RELEASE_COLUMNS,
      ['text', (q) => q.text],
      ['speaker', (q) => q.speaker?.name],
      ['title', (q) => q.speaker?.title],
      ['role', (q) => q.speaker?.role],
      ['speakerKind', (q) => q.speaker?.kind],
      ['personId', (q) => q.speaker?.personId],
      // The other bodies of a joint statement, in the order written.
      ['coSpeakers', (q) => q.speaker?.coSpeakers?.join('; ')],
      ['cue', (q) => q.cue],
      ...SPAN_COLUMNS,
      ['rule', (q) => q.rule],
    ],
  }),
  // One row per mention, so a spreadsheet can count or filter a person's mentions by rule.
  people: table<WithRelease<PersonMention> & { person: Person }>({
    rows: (r) => r.people.flatMap((person) => withRelease(r, person.mentions).map((m) => ({ ...m, person }))),
    columns: [
      ...RELEASE_COLUMNS,
      ['personId', (m) => m.person.id],
      ['name', (m) => m.person.name],
      ['kind', (m) => m.person.kind],
      ['title', (m) => m.person.title],
      ['role', (m) => m.person.role],
      ['mention', (m) => m.text],
      ...SPAN_COLUMNS,
      ['rule', (m) => m.rule],
    ],
  }),
  statistics: table<WithRelease<Statistic>>({
    rows: (r) => withRelease(r, r.statistics),
    columns: [
      ...RELEASE_COLUMNS,
      ['text', (s) => s.text],
      ['value', (s) => s.value],
      ['unit', (s) => s.unit],
      ['qualifier', (s) => s.qualifier],
      ['measure', (s) => s.measure],
      ['change', (s) => s.change],
      ['low', (s) => s.low],
      ['high', (s) => s.high],
      ['period', (s) => s.period],
      ['perValue', (s) => s.per?.value],
      ['perMeasure', (s) => s.per?.measure],
      ...SPAN_COLUMNS,
      ['rule', (s) => s.rule],
    ],
  }),
  dates: table<WithRelease<DateMention>>({
    rows: (r) => withRelease(r, r.dates),
    columns: [
      ...RELEASE_COLUMNS,
      ['text', (d) => d.text],
      ['type', (d) => d.type],
      ['value', (d) => d.value],
      ['mod', (d) => d.mod],
      ['intervalStart', (d) => d.start],
      ['intervalEnd', (d) => d.end],
      ...SPAN_COLUMNS,
      ['rule', (d) => d.rule],
    ],
  }),
  operations: table<WithRelease<OperationMention> & { name: string }>({
    rows: (r) => r.operations.flatMap((o) => withRelease(r, o.mentions).map((m) => ({ ...m, name: o.name }))),
    columns: [
      ...RELEASE_COLUMNS,
      ['name', (m) => m.name],
      ['mention', (m) => m.text],
      ...SPAN_COLUMNS,
      ['rule', (m) => m.rule],
    ],
  }),
} satisfies Record<CsvTable, unknown>

/** The column names of a table, in order; every table starts with `file`. */
export function csvColumns(name: CsvTable): string[] {
  return ['file', ...(TABLES[name].columns as ReadonlyArray<Column<never>>).map(([column]) => column)]
}

/** The header line of a table. */
export function csvHeader(name: CsvTable): string {
  return `${csvColumns(name).join(',')}\r\n`
}

/** The CSV lines (each ending in CRLF, as RFC 4180 has it) that one release gives in a table. */
export function csvRows(name: CsvTable, release: Release, file: string): string {
  const t = TABLES[name] as Table<unknown>
  return t
    .rows(release)
    .map((item) => `${[csvCell(file), ...t.columns.map(([, value]) => csvCell(value(item)))].join(',')}\r\n`)
    .join('')
}

/** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return ''
  const s = String(value)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
