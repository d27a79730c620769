import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extract, indexPeople, PeopleIndex } from '../src/index'

// The queries of docs/recipes.md, run on the command line's output for the sample corpus. The SQL
// is read from examples/duckdb, and the recipe must hold each file verbatim, so they cannot drift.
const root = fileURLToPath(new URL('..', import.meta.url))
const SQL_DIR = `${root}examples/duckdb`
const sql = (name: string) => readFileSync(`${SQL_DIR}/${name}.sql`, 'utf8')
const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `${root}src/cli/cli.ts`, '--jobs', '1', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })

/** What extract itself gives for the sample corpus, to hold the database's answers against. */
const files = readdirSync(`${root}examples/data`)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const releases = files.flatMap((f) =>
  extract(readFileSync(`${root}examples/data/${f}`, 'utf8')).releases.map((r) => ({
    ...r,
    file: `examples/data/${f}`,
  })),
)

let dir: string
let db: DuckDBInstance
let connection: DuckDBConnection

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'press-extract-duckdb-'))
  const outputs: Array<[string, string[]]> = [
    ['releases.jsonl', ['examples/data']],
    ['quotes.csv', ['--format', 'csv', '--table', 'quotes', 'examples/data']],
    ['people.jsonl', ['people', 'examples/data']],
  ]
  for (const [file, args] of outputs) {
    const run = cli(args)
    if (run.status !== 0) throw new Error(`press-extract ${args.join(' ')} failed: ${run.stderr}`)
    writeFileSync(join(dir, file), run.stdout)
  }
  db = await DuckDBInstance.create(':memory:')
  connection = await db.connect()
  // The queries name their files as the recipe writes them; DuckDB looks for them in the output folder.
  await connection.run(`SET file_search_path = '${dir.replace(/'/g, "''")}'`)
}, 180_000)

afterAll(() => {
  connection?.closeSync()
  db?.closeSync()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** Runs a query of examples/duckdb; counts come back as numbers. */
async function query(name: string): Promise<Array<Record<string, unknown>>> {
  const reader = await connection.runAndReadAll(sql(name))
  return reader
    .getRowObjectsJS()
    .map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
    )
}

/** Counts, most first, then by key in code-unit order (DuckDB's default collation). */
function ranked(keys: ReadonlyArray<string>): Array<[string, number]> {
  const counts = new Map<string, number>()
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
}

describe('the DuckDB recipe', () => {
  it('holds every query of examples/duckdb verbatim', () => {
    const doc = readFileSync(`${root}docs/recipes.md`, 'utf8')
    const names = readdirSync(SQL_DIR).filter((f) => f.endsWith('.sql'))
    expect(names.sort()).toEqual([
      'people.sql',
      'releases-per-publisher.sql',
      'statistics-by-measure.sql',
      'top-speakers-csv.sql',
      'top-speakers.sql',
    ])
    for (const name of names) {
      expect(doc).toContain(`\`\`\`sql\n${readFileSync(`${SQL_DIR}/${name}`, 'utf8')}\`\`\``)
      expect(doc).toContain(`examples/duckdb/${name}`)
    }
    // The commands that write the files the queries read.
    expect(doc).toContain('press-extract examples/data > releases.jsonl')
    expect(doc).toContain('press-extract --format csv --table quotes examples/data > quotes.csv')
    expect(doc).toContain('press-extract people examples/data > people.jsonl')
  })

  it('counts releases per publisher as extract does', async () => {
    const rows = await query('releases-per-publisher')
    expect(rows).toEqual(
      ranked(releases.map((r) => r.source ?? '')).map(([publisher, n]) => ({ publisher, releases: n })),
    )
    expect(rows).toEqual([{ publisher: 'United Kingdom National Police Chiefs Council', releases: 20 }])
  })

  it('finds the top speakers, the same from JSON Lines and from CSV', async () => {
    const rows = await query('top-speakers')
    expect(rows[0]).toEqual({ speaker: 'Gavin Stephens', quotes: 5 })
    const expected = ranked(
      releases.flatMap((r) => r.quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : []))),
    )
      .slice(0, 10)
      .map(([speaker, quotes]) => ({ speaker, quotes }))
    expect(rows).toEqual(expected)
    expect(await query('top-speakers-csv')).toEqual(rows)
  })

  it('sums the statistics by what they measure', async () => {
    const rows = await query('statistics-by-measure')
    const groups = new Map<string, { measure: string; unit: string; figures: number; total: number }>()
    for (const s of releases.flatMap((r) => r.statistics)) {
      if (s.measure === null) continue
      const key = `${s.measure}\u0000${s.unit}`
      const g = groups.get(key) ?? { measure: s.measure, unit: s.unit, figures: 0, total: 0 }
      g.figures++
      g.total += s.value
      groups.set(key, g)
    }
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    const expected = [...groups.values()]
      .sort((a, b) => b.figures - a.figures || cmp(a.measure, b.measure) || cmp(a.unit, b.unit))
      .slice(0, 20)
    expect(rows.length).toBe(Math.min(20, groups.size))
    expect(rows.length).toBeGreaterThan(5)
    rows.forEach((row, i) => {
      expect(row).toMatchObject({
        measure: expected[i]!.measure,
        unit: expected[i]!.unit,
        figures: expected[i]!.figures,
      })
      expect(row.total).toBeCloseTo(expected[i]!.total, 6)
    })
  })

  it('reads the people index: one row per person, the NPCC chair first', async () => {
    const rows = await query('people')
    expect(rows[0]).toMatchObject({
      name: 'Gavin Stephens',
      kind: 'person',
      quotes: 5,
      releases: 4,
      publishers: ['United Kingdom National Police Chiefs Council'],
    })
    expect(rows.map((r) => [r.name, r.quotes, r.releases])).toEqual(
      indexPeople(releases)
        .slice(0, 10)
        .map((p) => [p.name, p.quotes.length, p.releases.length]),
    )
  })

  it('gives the same people from the JSON Lines, read into a PeopleIndex, as the people command', () => {
    const index = new PeopleIndex()
    for (const line of readFileSync(join(dir, 'releases.jsonl'), 'utf8').split('\n')) {
      if (line) index.add(JSON.parse(line))
    }
    const people = readFileSync(join(dir, 'people.jsonl'), 'utf8').trimEnd().split('\n')
    expect(index.entries().map((e) => JSON.stringify(e))).toEqual(people)
  })
})
