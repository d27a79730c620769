import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { PersonIndexEntry } from '../model'
import { indexPeople } from '../people/index-people'
import { PEOPLE_CSV_COLUMNS } from './people'
import { EXIT_OK, EXIT_USAGE, HELP } from './run'
import { DATA, runCapturing } from './test-helpers'

const run = runCapturing

const lines = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l))

describe('press-extract people', () => {
  it('writes one JSON line per person across the corpus, as indexPeople does on extract', async () => {
    const { code, out, err } = await run(['people', DATA])
    expect(code).toBe(EXIT_OK)
    expect(err).toBe('')
    const rows = lines(out)
    for (const row of rows) expect(PersonIndexEntry.strict().safeParse(row).success).toBe(true)
    expect(rows[0]).toMatchObject({ name: 'Gavin Stephens', kind: 'person' })
    expect(rows[0].releases).toHaveLength(4)
    expect(rows[0].quotes).toHaveLength(5)
    expect(rows.filter((r: PersonIndexEntry) => r.name === 'Gavin Stephens')).toHaveLength(1)
    const files = readdirSync(DATA)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(DATA, f))
    const expected = indexPeople(
      files.flatMap((file) => extract(readFileSync(file, 'utf8')).releases.map((r) => ({ ...r, file }))),
    )
    expect(rows).toEqual(JSON.parse(JSON.stringify(expected)))
  }, 60_000)

  it('gives the same rows with several jobs, and as JSON', async () => {
    const one = await run(['people', DATA])
    const two = await run(['people', '--jobs', '2', DATA])
    expect(two.out).toBe(one.out)
    const json = await run(['people', '--format', 'json', DATA])
    expect(JSON.parse(json.out)).toEqual(lines(one.out))
  }, 60_000)

  it('writes CSV with the documented columns, list fields joined with "; "', async () => {
    const { code, out } = await run(['people', '--format', 'csv', '--bom', DATA])
    expect(code).toBe(EXIT_OK)
    expect(out.startsWith('\uFEFF')).toBe(true)
    const rows = out.slice(1).trimEnd().split('\r\n')
    expect(rows[0]).toBe(PEOPLE_CSV_COLUMNS.join(','))
    expect(PEOPLE_CSV_COLUMNS).toEqual([
      'name',
      'kind',
      'quoteCount',
      'releaseCount',
      'titles',
      'roles',
      'publishers',
      'firstSeen',
      'lastSeen',
      'releases',
      'quotes',
    ])
    expect(rows[1]!.startsWith('Gavin Stephens,person,5,4,Chief Constable,')).toBe(true)
    const jsonl = lines((await run(['people', DATA])).out)
    const stephens = jsonl[0] as PersonIndexEntry
    expect(rows[1]).toContain(`,${stephens.releases.join('; ')},`)
  }, 60_000)

  it('reads standard input, and gives no rows for a release nobody speaks in', async () => {
    const dump =
      'Title\n\nSource: NPCC\n\nChief Constable Jo Bell said: “We will act.”\n\nBell added: “Soon.”\n\nOther\n\nSource: NPCC\n\nNothing said.\n'
    const { code, out } = await run(['people', '-'], dump)
    expect(code).toBe(EXIT_OK)
    const rows = lines(out)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      name: 'Jo Bell',
      titles: [{ value: 'Chief Constable', firstSeen: null, lastSeen: null }],
      publishers: ['NPCC'],
    })
    expect(rows[0].quotes.map((q: { file: string; text: string }) => [q.file, q.text])).toEqual([
      ['<stdin>', 'We will act.'],
      ['<stdin>', 'Soon.'],
    ])
    expect((await run(['people', '--format', 'json', '-'], 'Nothing\n')).out).toBe('[]\n')
  })

  it('is in the help, and refuses --table', async () => {
    expect(HELP).toContain('press-extract people')
    const { code, err } = await run(['people', '--format', 'csv', '--table', 'quotes', DATA])
    expect(code).toBe(EXIT_USAGE)
    expect(err).toContain('--table does not apply')
  })
})
