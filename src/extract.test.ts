import { describe, expect, it } from 'vitest'
import { extract } from './extract'
import { OptionsError } from './options'

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
