import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract, runParsers } from './extract'
import { OptionsError } from './options'
import { splitReleases } from './releases/split-releases'

const DUMP = 'Title\n\nSource: NPCC\n\nA dek.\n\nThe body says Operation Hurricane ran last week.\n'

describe('extract', () => {
  describe('options', () => {
    it('uses a given publishedOn day for every release, not inferred', () => {
      const { releases } = extract(DUMP, { publishedOn: '2024-03-18' })
      expect(releases[0]?.publishedOn).toEqual({ date: '2024-03-18', inferred: false })
    })

    it('takes a Date and a function of the release', () => {
      expect(
        extract(DUMP, { publishedOn: new Date('2024-03-18T10:00:00Z') }).releases[0]?.publishedOn?.date,
      ).toBe('2024-03-18')
      const seen: unknown[] = []
      const { releases } = extract(DUMP, {
        publishedOn: (r) => {
          seen.push(r)
          return '2023-10-09'
        },
      })
      expect(seen).toEqual([{ title: 'Title', source: 'NPCC', index: 0 }])
      expect(releases[0]?.publishedOn?.date).toBe('2023-10-09')
    })

    it('runs only the parsers asked for', () => {
      const { releases } = extract(DUMP, { parsers: [] })
      const r = releases[0]!
      expect([r.quotes, r.operations, r.dates, r.statistics]).toEqual([[], [], [], []])
    })

    it.each([
      [{ publishedOn: '18/03/2024' }, '`publishedOn`'],
      [{ publishedOn: new Date('nonsense') }, '`publishedOn`'],
      [{ publishedOn: '2024-13-45' }, '`publishedOn`'],
      [{ publishedOn: '2024-02-30' }, '`publishedOn`'],
      [{ publishedOn: '2023-02-29' }, '`publishedOn`'],
      [{ publishedOn: () => '2024-02-30' }, '`publishedOn`: returned 2024-02-30 for release 0'],
      [{ dates: { monthFirst: 'yes' } }, '`dates.monthFirst`'],
      [
        { parsers: ['quotes', 'weather'] },
        '`parsers.1`: expected one of quotes, operations, dates, statistics',
      ],
      [{ parser: ['quotes'] }, 'parser'],
    ])('throws an OptionsError naming the option for %j', (options, named) => {
      expect(() => extract(DUMP, options as never)).toThrow(OptionsError)
      expect(() => extract(DUMP, options as never)).toThrow(named)
    })
  })

  it('takes a leap day that exists, and a function that gives no day', () => {
    expect(extract(DUMP, { publishedOn: '2024-02-29' }).releases[0]!.publishedOn).toEqual({
      date: '2024-02-29',
      inferred: false,
    })
    expect(() => extract(DUMP, { publishedOn: () => undefined })).not.toThrow()
  })

  it('returns the splitter’s preamble and diagnostics', () => {
    const result = extract(`Scraped on Monday\n\n${DUMP}`)
    expect(result.preamble?.text).toBe('Scraped on Monday\n\n')
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['releases/preamble'])
  })

  it('never throws on text that is not a dump', () => {
    for (const text of ['', '\u0000\u0001', '\ud800', '“'.repeat(1000), 'Source:'.repeat(50)]) {
      expect(() => extract(text)).not.toThrow()
    }
  })
})

describe('publication dates from neighbouring releases', () => {
  const release = (title: string, body: string) => `${title}\n\nSource: Example Police\n\n${body}\n\n`
  const dated = release('Charter signed', 'Last week (Wednesday 13 March 2024) partners signed a charter.')
  const yearless = release('Leads meet', 'On Wednesday (27 March) force leads met in London to agree a plan.')
  const filler = (n: number) => release(`Notice ${n}`, 'Officers continue to patrol the area.')

  it('gives a weekday-dated release the year of a neighbour that fixes one', () => {
    const [, second] = extract(dated + yearless).releases
    expect(second?.publishedOn).toEqual({ date: '2024-03-27', inferred: true, rule: 'dates/neighbour-year' })
    expect(second?.dates.map((d) => d.value)).toEqual(['2024-03-27'])
  })

  it('takes the year of a neighbour whose date is given', () => {
    const given = (r: { index: number }) => (r.index === 0 ? '2019-06-03' : undefined)
    const [, second] = extract(filler(0) + yearless, { publishedOn: given }).releases
    // 27 March fell on a Wednesday in 2019.
    expect(second?.publishedOn).toEqual({ date: '2019-03-27', inferred: true, rule: 'dates/neighbour-year' })
  })

  it('estimates the day of a release that fixes only its year, and resolves its dates against the year alone', () => {
    const fair = release('Fair', 'Published: 20 September 2024\n\nOfficers ran a stall at the county fair.')
    const anniversary = release(
      'Unit anniversary',
      'The unit marks six years since it was set up in 2018. Yesterday officers met, and next year it grows.',
    )
    // A year hint for the dates parser changes nothing here: the release's own year comes first.
    for (const options of [{}, { dates: { aroundYear: 2024 } }]) {
      const [, second] = extract(fair + anniversary, options).releases
      expect(second?.publishedOn).toEqual({ date: '2024-09-20', inferred: true, rule: 'dates/neighbour-day' })
      // The day is a neighbour's: "yesterday" stays unknown, while the year the text fixes places "next year".
      expect(second?.dates.map((d) => [d.text, d.value])).toEqual([
        ['six years', 'P6Y'],
        ['2018', '2018'],
        ['Yesterday', 'XXXX-XX-XX'],
        ['next year', '2025'],
      ])
    }
    // Given as known, any day is the reference, 1 January included.
    const [, known] = extract(fair + anniversary, { publishedOn: '2024-01-01' }).releases
    expect(known?.dates.find((d) => d.text === 'Yesterday')?.value).toBe('2023-12-31')
  })

  it('dates runs of `neighbourWindow` releases together, 8 by default', () => {
    const dump = dated + Array.from({ length: 9 }, (_, n) => filler(n)).join('') + yearless
    expect(extract(dump).releases[10]?.publishedOn).toBeNull()
    expect(extract(dump, { neighbourWindow: 16 }).releases[10]?.publishedOn?.date).toBe('2024-03-27')
    expect(extract(dated + yearless, { neighbourWindow: 1 }).releases[1]?.publishedOn).toBeNull()
    expect(() => extract(dump, { neighbourWindow: 0 })).toThrow(/`neighbourWindow`/)
  })

  it('looks only within the batch of eight releases, by index, that extract and the stream share', () => {
    const dump = dated + Array.from({ length: 6 }, (_, n) => filler(n)).join('') + yearless
    const before = extract(dump).releases
    expect(before[7]?.publishedOn?.date).toBe('2024-03-27')
    // One more release first: the dated one stays at index 1, the yearless one moves to index 8.
    const after = extract(filler(9) + dump).releases
    expect(after[8]?.title).toBe('Leads meet')
    expect(after[8]?.publishedOn).toBeNull()
    expect(after[8]?.dates.map((d) => d.value)).toEqual(['XXXX-03-27'])
  })
})

describe('runParsers', () => {
  const corpora = ['examples/data', 'test/fixtures/wide/corpus']
  const files = corpora.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f)),
  )

  it('gives every release of the real corpora what extract gives it, one release at a time', () => {
    let compared = 0
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      const whole = extract(text).releases
      const split = splitReleases(text).releases
      expect(split.length).toBe(whole.length)
      for (const [i, release] of split.entries()) {
        expect(runParsers(release, {}), `${file} #${i}`).toEqual(whole[i])
        compared++
      }
    }
    expect(compared).toBeGreaterThan(60)
  })

  it('takes a list and a given day as extract does', () => {
    const text = readFileSync(files[0]!, 'utf8')
    const options = { publishedOn: '2024-03-18', parsers: ['dates' as const] }
    expect(runParsers(splitReleases(text).releases, options)).toEqual(extract(text, options).releases)
  })

  it('dates a release the splitter did not date from its own text', () => {
    const [release] = splitReleases(DUMP).releases
    const bare = { ...release!, reference: null, publishedOn: null }
    expect(runParsers(bare, { publishedOn: '2024-03-18' }).publishedOn).toEqual({
      date: '2024-03-18',
      inferred: false,
    })
    expect(runParsers(bare).reference).toEqual(release!.reference)
  })
})
