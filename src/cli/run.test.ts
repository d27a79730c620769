import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Release } from '../model'
import { csvColumns } from './csv'
import { EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, HELP, runCli } from './run'
import { DATA, runCapturing } from './test-helpers'

const DUMP = 'Title\n\nSource: NPCC\n\nA dek.\n\nThe body.\n'

const run = runCapturing

describe('press-extract (command line)', () => {
  it('writes one JSON line per release of the sample corpus, with its file', async () => {
    const { code, out, err } = await run([DATA])
    expect(code).toBe(EXIT_OK)
    expect(err).toBe('')
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines).toHaveLength(20)
    expect(lines[0].file).toMatch(/000_553ed2df297268c8\.txt$/)
    for (const line of lines) expect(Release.safeParse(line).success).toBe(true)
  })

  it('writes the same output, in the same order, with one job or several', async () => {
    const one = await run(['--jobs', '1', DATA])
    const two = await run(['--jobs', '2', DATA])
    expect(two.out).toBe(one.out)
    const json = await run(['--jobs', '2', '--format', 'json', DATA])
    expect(JSON.parse(json.out).map((f: { releases: unknown[] }) => f.releases.length)).toEqual([10, 10])
    // Batches go to this thread and to workers in turn: every format must come out whole and in order.
    for (const format of ['json', 'csv']) {
      const single = await run(['--jobs', '1', '--format', format, DATA])
      const three = await run(['--jobs', '3', '--format', format, DATA])
      expect(three.out).toBe(single.out)
    }
    // Seven runs, four of them starting worker threads that load the sources through tsx.
  }, 180_000)

  it('reads standard input for -', async () => {
    const { code, out } = await run(['-'], DUMP)
    expect(code).toBe(EXIT_OK)
    expect(JSON.parse(out)).toMatchObject({ file: '<stdin>', title: 'Title', standfirst: 'A dek.' })
  })

  it('writes a JSON array of files with --format json', async () => {
    const { out } = await run(['--format', 'json', '-'], DUMP)
    const doc = JSON.parse(out)
    expect(doc).toHaveLength(1)
    expect(doc[0].releases[0].title).toBe('Title')
  })

  it('writes CSV tables with a header of the documented columns', async () => {
    const { out } = await run(['--format', 'csv', '--table', 'releases', DATA])
    const rows = out.trimEnd().split('\r\n')
    expect(rows[0]).toBe(csvColumns('releases').join(','))
    expect(rows).toHaveLength(21)
    const quotes = await run(['--format', 'csv', '--table', 'quotes', '-'], DUMP)
    expect(quotes.out).toBe(`${csvColumns('quotes').join(',')}\r\n`)
  })

  it('writes the other bodies of a joint statement in their own column', async () => {
    const dump =
      'Drug Ring Dismantled\n\nSource: FBI\n\nAgents arrested six people in Texas on Monday.\n\n' +
      '“This is a good day for the people of Texas,” the FBI and the DEA said in a joint statement.\n'
    const { out } = await run(['--format', 'csv', '--table', 'quotes', '-'], dump)
    const [header, row] = out.trimEnd().split('\r\n')
    const columns = header!.split(',')
    // Cells in quotes may hold commas.
    const cells = [...row!.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1])
    expect(cells[columns.indexOf('speaker')]).toBe('FBI')
    expect(cells[columns.indexOf('coSpeakers')]).toBe('DEA')
  })

  it("writes a release's byline in its own column", async () => {
    const dump =
      'Man Sentenced for Fraud\n\nSource: U.S. Department of Justice\n\nOffice of Public Affairs\n\n' +
      'A man was sentenced today to 10 years in prison for wire fraud.\n'
    const { out } = await run(['--format', 'csv', '--table', 'releases', '-'], dump)
    const [header, row] = out.trimEnd().split('\r\n')
    const column = header!.split(',').indexOf('byline')
    expect(column).toBeGreaterThan(0)
    expect(row!.split(',')[column]).toBe('Office of Public Affairs')
  })

  it('writes a people table: one row per mention, tied to the person and the release', async () => {
    const dump =
      'Title\n\nSource: NPCC\n\nChief Constable Jo Bell said: “We will act.”\n\nBell added: “Soon.”\n'
    const { out } = await run(['--format', 'csv', '--table', 'people', '-'], dump)
    const [header, ...rows] = out.trimEnd().split('\r\n')
    expect(header).toBe(csvColumns('people').join(','))
    expect(rows.length).toBeGreaterThanOrEqual(2)
    const name = csvColumns('people').indexOf('name')
    const mention = csvColumns('people').indexOf('mention')
    for (const row of rows) expect(row.split(',')[name]).toBe('Jo Bell')
    expect(rows.map((r) => r.split(',')[mention])).toContain('Bell')
  })

  it('starts CSV with a byte-order mark with --bom, and only then', async () => {
    const withBom = await run(['--format', 'csv', '--bom', '-'], DUMP)
    expect(withBom.out.startsWith(`\uFEFF${csvColumns('releases').join(',')}`)).toBe(true)
    const without = await run(['--format', 'csv', '-'], DUMP)
    expect(without.out.startsWith('file,')).toBe(true)
  })

  it('quotes CSV cells that hold commas, quotes and line breaks', async () => {
    const { out } = await run(['--format', 'csv', '-'], 'A title, with "marks"\n\nSource: NPCC\n\nBody.\n')
    expect(out.split('\r\n')[1]).toContain('"A title, with ""marks"""')
  })

  it('writes whole lines to --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'press-extract-'))
    const file = join(dir, 'out.jsonl')
    const { code, out } = await run(['--output', file, DATA])
    expect(code).toBe(EXIT_OK)
    expect(out).toBe('')
    const text = readFileSync(file, 'utf8')
    expect(text.endsWith('\n')).toBe(true)
    expect(text.trimEnd().split('\n')).toHaveLength(20)
  })

  it('prints the JSON Schema with `schema`', async () => {
    const { code, out } = await run(['schema'])
    expect(code).toBe(EXIT_OK)
    const schema = JSON.parse(out)
    expect(schema.properties.quotes.type).toBe('array')
    expect(schema['x-model-version']).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('writes an HTML report with `view`', async () => {
    const { code, out } = await run(['view', DATA])
    expect(code).toBe(EXIT_OK)
    expect(out.startsWith('<!doctype html>')).toBe(true)
    expect((out.match(/<article class="release"/g) ?? []).length).toBe(20)
    expect((await run(['view', '--format', 'csv', DATA])).code).toBe(EXIT_USAGE)
  })

  it('prints help and the version', async () => {
    expect((await run(['--help'])).out).toContain('Usage: press-extract')
    // Every flag the parser takes is in the help, with its short form.
    const source = readFileSync(new URL('./run.ts', import.meta.url), 'utf8')
    const declared = [
      ...source.matchAll(/^ {6}'?([a-z-]+)'?: \{ type: '(?:string|boolean)'(?:, short: '(\w)')?/gm),
    ]
    expect(declared.length).toBeGreaterThan(8)
    for (const [, long, short] of declared) {
      expect(HELP).toContain(`--${long}`)
      if (short) expect(HELP).toContain(`-${short}, --${long}`)
    }
    expect((await run(['--version'])).out).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  describe('errors', () => {
    it.each([
      [['--format', 'xml', DATA], '--format must be one of jsonl, json, csv'],
      [['--table', 'quotes', DATA], '--table goes with --format csv'],
      [['--format', 'csv', '--table', 'speakers', DATA], '--table must be one of'],
      [
        ['--only', 'quotes,weather', DATA],
        '--only takes quotes, operations, dates, statistics, not "weather"',
      ],
      [['--published-on', '18/03/2024', DATA], '--published-on takes a day that exists, as YYYY-MM-DD'],
      [
        ['--published-on', '2024-13-45', DATA],
        '--published-on takes a day that exists, as YYYY-MM-DD, not "2024-13-45"',
      ],
      [['--published-on', '2024-02-30', DATA], '--published-on takes a day that exists'],
      [['--jobs', '-1', DATA], '--jobs takes a whole number from 1 to 256, not "-1"'],
      [['-j', '-1', DATA], '--jobs takes a whole number from 1 to 256, not "-1"'],
      [['--bom', DATA], '--bom goes with --format csv'],
      [['--frobnicate', DATA], "Unknown option '--frobnicate'"],
      [['--jobs', '0', DATA], '--jobs takes a whole number from 1 to 256'],
    ])('exits 2 with a message for %j', async (argv, message) => {
      const { code, err, out } = await run(argv)
      expect(code).toBe(EXIT_USAGE)
      expect(err).toContain(message)
      expect(out).toBe('')
    })

    it('exits 2 when there is no input at all', async () => {
      const code = await runCli([], {
        stdout: { write: () => true },
        stderr: { write: () => true },
        stdin: () => [],
        stdinIsTTY: true,
      })
      expect(code).toBe(EXIT_USAGE)
    })

    it('exits 1 naming a file it cannot read, and still processes the others', async () => {
      const { code, out, err } = await run(['/nonexistent/dump.txt', DATA])
      expect(code).toBe(EXIT_UNREADABLE)
      expect(err).toContain('/nonexistent/dump.txt: no such file or directory')
      expect(out.trimEnd().split('\n')).toHaveLength(20)
    })

    it('says when a folder holds no .txt files', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'press-extract-'))
      mkdirSync(join(dir, 'sub'))
      writeFileSync(join(dir, 'sub', 'notes.md'), 'x')
      const { code, err } = await run([dir])
      expect(code).toBe(EXIT_UNREADABLE)
      expect(err).toContain('folder holds no .txt files')
    })

    it('decodes invalid UTF-8 and binary input with a diagnostic, not a crash', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'press-extract-'))
      const bad = join(dir, 'bad.txt')
      writeFileSync(
        bad,
        Buffer.concat([
          Buffer.from('Title\n\nSource: NPCC\n\nBody '),
          Buffer.from([0xff, 0xfe, 0x00, 0xc3]),
          Buffer.from('.\n'),
        ]),
      )
      const strict = await run(['--encoding', 'utf-8', bad])
      expect(strict.code).toBe(EXIT_OK)
      expect(strict.err).toContain('warning input/invalid-utf8')
      expect(strict.err).toContain('warning input/binary')
      expect(JSON.parse(strict.out).paragraphs[0].text).toContain('\uFFFD')
      // By default the bytes that are not UTF-8 are read as Windows-1252.
      const auto = await run([bad])
      expect(auto.err).toContain(
        'warning input/encoding: 3 bytes not UTF-8 (the first at byte 26) read as Windows-1252',
      )
      expect(JSON.parse(auto.out).paragraphs[0].text).toBe('Body ÿþ\u0000Ã.')
    })

    it('reads UTF-16 and Windows-1252 files, quotes and all, as a UTF-8 file of the same text', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'press-extract-'))
      const text =
        'Man charged\n\nSource: Garda\n\n“We welcome the charge,” said Superintendent Jane Doe. The café – closed since May – will reopen.\n'
      const table: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96, é: 0xe9 }
      const files = {
        'utf8.txt': Buffer.from(text),
        'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
        'cp1252.txt': Buffer.from([...text].map((c) => table[c] ?? c.charCodeAt(0))),
      }
      for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes)
      const read = async (name: string) => {
        const { code, out } = await run([join(dir, name)])
        expect(code).toBe(EXIT_OK)
        const release = JSON.parse(out)
        return { paragraphs: release.paragraphs.map((p: { text: string }) => p.text), quotes: release.quotes }
      }
      const utf8 = await read('utf8.txt')
      expect(utf8.quotes).toHaveLength(1)
      expect((await read('cp1252.txt')).quotes.map((q: { text: string }) => q.text)).toEqual(
        utf8.quotes.map((q: { text: string }) => q.text),
      )
      expect((await read('utf16.txt')).paragraphs).toEqual(utf8.paragraphs)
      const bad = await run(['--encoding', 'ebcdic', join(dir, 'utf8.txt')])
      expect(bad.code).toBe(EXIT_USAGE)
      expect(bad.err).toContain(
        '--encoding must be one of auto, utf-8, utf-16le, utf-16be, windows-1252, not "ebcdic"',
      )
    })

    it('reads an empty file as no releases', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'press-extract-'))
      writeFileSync(join(dir, 'empty.txt'), '')
      const { code, out } = await run([join(dir, 'empty.txt')])
      expect(code).toBe(EXIT_OK)
      expect(out).toBe('')
    })
  })
})
