import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../model'
import { splitReleases } from '../releases/split-releases'
import { extractQuotes, extractQuotesAndPeople } from './extract-quotes'

// A closing mark at a word's start is read as a misprinted opening one, so both sets hold it.
const MARKS = new Set(['“', '„', '«', '‘', '‚', '‹', '”', '»', '’', '›', '"', "'"])

/** Pieces that make quote-like text: marks, apostrophes, cue phrases, names, line breaks. */
const piece = fc.constantFrom(
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  "''",
  ' ',
  '\n',
  '\n\n',
  'said: ',
  ', she said. ',
  'Chief Constable Chris Haward ',
  'it’s ',
  'officers’ ',
  'We will act.',
  'so called ',
  '\ud800',
  '😀',
  'x'.repeat(300),
)
const quoteLike = fc
  .array(fc.oneof(piece, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''))

/** Every quote's span lies inside its input, starts just inside an opening mark and ends at its closing one. */
function expectWellFormed(input: string, quotes: ReturnType<typeof extractQuotes>): void {
  for (const q of quotes) {
    expect(q.span.start).toBeGreaterThanOrEqual(0)
    expect(q.span.end).toBeLessThanOrEqual(input.length)
    expect(q.span.start).toBeLessThan(q.span.end)
    expect(q.text.length).toBeGreaterThan(0)
    expect(q.text).toBe(q.paragraphs.map((p) => p.text).join('\n\n'))
    for (const p of q.paragraphs) expect(input.slice(p.span.start, p.span.end)).toBe(p.text)
    if (q.paragraphs.length === 1) expect(input.slice(q.span.start, q.span.end)).toBe(q.text)
    // Just inside the opening mark: only white space between the mark and the text. A paragraph
    // whose opening mark is missing starts the quote at its first character, and a mark closes it.
    const before = input.slice(0, q.span.start).trimEnd()
    // A line ends at "\n" or at a lone "\r", as the paragraphs are cut.
    const unopened = /(?:^|[\n\r])[^\S\n\r]*$/.test(input.slice(0, q.span.start))
    expect(MARKS.has(before.at(-1) ?? '') || unopened).toBe(true)
    if (!MARKS.has(before.at(-1) ?? '')) expect(MARKS.has(input[q.span.end] ?? '')).toBe(true)
    // Just inside the closing mark; or, for a quote left open, the end of its paragraph or the
    // mark that opens the next quote.
    const after = input.slice(q.span.end).trimStart()
    expect(after === '' || MARKS.has(after[0]!) || /^\s*[\n\r]/.test(input.slice(q.span.end))).toBe(true)
  }
}

describe('extractQuotes', () => {
  describe('properties', () => {
    it('never throws, and every span slices to its paragraph between its marks', () => {
      fc.assert(
        fc.property(quoteLike, (input) => {
          const diagnostics: Diagnostic[] = []
          const quotes = extractQuotes(input, { onDiagnostic: (d) => diagnostics.push(d) })
          expectWellFormed(input, quotes)
          for (const d of diagnostics) expect(['quotes/unclosed', 'quotes/no-speaker']).toContain(d.ruleId)
        }),
        { numRuns: 400 },
      )
    })

    it('starts a quote whose opening mark is missing at a line a lone carriage return begins', () => {
      // Found by the property above: a line break written as "\r" alone, as old Mac files have it.
      const input = 'said: \r#”, she said. '
      const quotes = extractQuotes(input)
      expect(quotes.map((q) => q.text)).toEqual(['#'])
      expectWellFormed(input, quotes)
    })

    it('links every speaker to one of the people, whose mentions slice to their text', () => {
      fc.assert(
        fc.property(quoteLike, (input) => {
          const { quotes, people } = extractQuotesAndPeople(input)
          const ids = new Set(people.map((p) => p.id))
          expect(ids.size).toBe(people.length)
          for (const q of quotes) if (q.speaker) expect(ids).toContain(q.speaker.personId)
          for (const p of people)
            for (const m of p.mentions) expect(input.slice(m.span.start, m.span.end)).toBe(m.text)
        }),
        { numRuns: 400 },
      )
    })

    it('keeps spans inside the release when reading releases from splitReleases', () => {
      fc.assert(
        fc.property(quoteLike, quoteLike, (a, b) => {
          const dump = `Title of the release\n\nSource: New Zealand Police\n\n${a}\n\n${b}\n`
          for (const release of splitReleases(dump).releases) {
            const quotes = extractQuotes(release)
            expectWellFormed(dump, quotes)
            for (const q of quotes) {
              expect(q.span.start).toBeGreaterThanOrEqual(release.span.start)
              expect(q.span.end).toBeLessThanOrEqual(release.span.end)
            }
          }
        }),
        { numRuns: 200 },
      )
    })

    it('finishes on long lines of unbalanced marks and names', () => {
      const inputs = [
        '“'.repeat(100_000),
        '“a ‘b ” c’ " d \' '.repeat(10_000),
        'Chief Constable '.repeat(10_000),
        `${'said '.repeat(20_000)}“x”`,
        '“a\n\n'.repeat(10_000),
      ]
      for (const input of inputs) expectWellFormed(input, extractQuotes(input))
    })
  })
})
