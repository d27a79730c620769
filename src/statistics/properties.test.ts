import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitReleases } from '../releases/split-releases'
import { findStatistics, parseStatistic } from './find-statistics'

/** Pieces of press-release text, so generated strings are full of near-statistics. */
const piece = fc.constantFrom(
  'more than ',
  'up to ',
  '£4.5m',
  '16,500',
  '10\u00a0000',
  ' per cent',
  '%',
  'three',
  '-',
  'a quarter-of-a-million',
  'tens of thousands',
  ' of ',
  ' people',
  ' in 2023',
  ' 9 October',
  ' call 999',
  'US$',
  '0800 555 111',
  '.',
  ',',
  ' ',
  '\n',
  '“',
  '”',
  'Op 5',
  'one',
  'by',
  ' rose ',
  '60KG',
  '\ud800',
  '\udc00',
  '😀',
)
const pressText = fc
  .array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 })
  .map((a) => a.join(''))
const anyText = fc.oneof(
  pressText,
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
)

describe('findStatistics', () => {
  describe('properties', () => {
    it('never throws, and every span slices the input to its text', () => {
      fc.assert(
        fc.property(anyText, (text) => {
          for (const s of findStatistics(text)) {
            expect(text.slice(s.span.start, s.span.end)).toBe(s.text)
            expect(Number.isFinite(s.value)).toBe(true)
            expect(s.span.end).toBeGreaterThan(s.span.start)
          }
        }),
        { numRuns: 400 },
      )
    })

    it('keeps spans into the whole dump when given a release', () => {
      fc.assert(
        fc.property(pressText, pressText, (title, body) => {
          const dump = `${title.replace(/\s+/g, ' ') || 'Title'}\n\nSource: New Zealand Police\n\n${body}\n`
          for (const release of splitReleases(dump).releases) {
            for (const s of findStatistics(release)) expect(dump.slice(s.span.start, s.span.end)).toBe(s.text)
          }
        }),
        { numRuns: 200 },
      )
    })

    it('returns statistics in input order, without overlaps', () => {
      fc.assert(
        fc.property(pressText, (text) => {
          const found = findStatistics(text)
          for (let n = 1; n < found.length; n++)
            expect(found[n]!.span.start).toBeGreaterThanOrEqual(found[n - 1]!.span.end)
        }),
      )
    })

    it('reads a long line without slowing down', () => {
      const line = `${'more than 16,500 people and £4.5m, '.repeat(4000)}${'9'.repeat(5000)}${' -'.repeat(5000)}`
      const found = findStatistics(line)
      expect(found.length).toBe(8000)
      // Ten digits or more without separators identify something: no statistic, and no hang.
      expect(parseStatistic('1'.repeat(10_000))).toBeNull()
    })
  })
})
