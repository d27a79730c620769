import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ExtractResult, extract, splitReleases } from '../src/index'

const corpus = ['000_553ed2df297268c8.txt', '002_52e0b0eef6d94852.txt'].map((name) =>
  readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8'),
)
const sampleLines = corpus[0]!.split('\n').slice(0, 120)

/** Real text, mutated as scrapes damage it: lines deleted, duplicated, swapped; marks and Source lines broken. */
const mutatedRelease = fc
  .array(
    fc.oneof(
      fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
      fc.record({
        op: fc.constant('damage' as const),
        at: fc.nat(),
        with: fc.constantFrom('“', '”', '"', '’', 'Source:', 'Source: ', '\r', '\u00a0', '•  ', ''),
      }),
    ),
    { maxLength: 12 },
  )
  .chain((ops) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => ({ ops, eol })))
  .map(({ ops, eol }) => {
    const lines = [...sampleLines]
    for (const o of ops) {
      const i = o.at % lines.length
      if (o.op === 'delete') lines.splice(i, 1)
      else if (o.op === 'duplicate') lines.splice(i, 0, lines[i]!)
      else if (o.op === 'swap')
        [lines[i], lines[o.to % lines.length]] = [lines[o.to % lines.length]!, lines[i]!]
      else lines[i] = o.with + (lines[i] ?? '').slice(o.with.length ? 1 : 0)
      if (lines.length === 0) lines.push('')
    }
    return lines.join(eol)
  })

/** Arbitrary strings, biased towards what dumps hold: Source lines, blank lines, marks, odd unicode. */
const dumpLike = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(
        'Source: NPCC',
        '\n',
        '\n\n',
        '\r\n',
        '\r',
        '  • ',
        '- ',
        '“',
        '”',
        '\ufeff',
        '\u00a0',
        '\ud800',
        'Title',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

function checkCoverage(text: string) {
  const { releases, preamble } = splitReleases(text)
  let at = 0
  if (preamble) {
    expect(preamble.span.start).toBe(0)
    expect(text.slice(preamble.span.start, preamble.span.end)).toBe(preamble.text)
    at = preamble.span.end
  }
  for (const r of releases) {
    expect(r.span.start).toBe(at)
    at = r.span.end
    for (const p of r.paragraphs) {
      expect(p.span.start).toBeGreaterThanOrEqual(r.span.start)
      expect(p.span.end).toBeLessThanOrEqual(r.span.end)
      const slice = text.slice(p.span.start, p.span.end)
      expect(p.kind === 'text' ? slice === p.text : slice.endsWith(p.text)).toBe(true)
    }
    if (r.titleSpan) expect(text.slice(r.titleSpan.start, r.titleSpan.end)).toBe(r.title)
    if (r.standfirstSpan) expect(text.slice(r.standfirstSpan.start, r.standfirstSpan.end)).toBe(r.standfirst)
  }
  // Releases and preamble cover the input, unless it is all blank.
  if (text.trim() !== '') expect(at).toBe(text.length)
}

function checkExtract(text: string) {
  const result = extract(text)
  expect(ExtractResult.safeParse(result).success).toBe(true)
  for (const r of result.releases) {
    for (const item of [...r.dates, ...r.statistics, ...r.operations.flatMap((o) => o.mentions)]) {
      expect(text.slice(item.span.start, item.span.end)).toBe(item.text)
    }
    for (const q of r.quotes)
      for (const p of q.paragraphs) expect(text.slice(p.span.start, p.span.end)).toBe(p.text)
  }
  expect(extract(text)).toEqual(result)
}

describe('invariants', () => {
  it('splitReleases: any string; spans slice and releases cover the input', () => {
    fc.assert(fc.property(fc.oneof(dumpLike, fc.string({ unit: 'binary' })), checkCoverage), { numRuns: 400 })
  })

  it('splitReleases: mutated real releases', () => {
    fc.assert(fc.property(mutatedRelease, checkCoverage), { numRuns: 150 })
  })

  it('extract: never throws, output validates, spans slice, same input gives the same output', () => {
    fc.assert(fc.property(fc.oneof(dumpLike, mutatedRelease), checkExtract), { numRuns: 120 })
  })

  it('holds on the sample corpus and on very long lines', () => {
    for (const text of corpus) {
      checkCoverage(text)
      checkExtract(text)
    }
    const long = `Title\n\nSource: X\n\n${'word “quote ’s 1,000 '.repeat(20_000)}\n`
    checkCoverage(long)
  })
})

describe('the people of every real release', () => {
  const wide = ['intl_1', 'intl_2', 'intl_3', 'uk_1', 'uk_2', 'uk_3', 'us_1', 'us_2', 'us_3'].map((name) =>
    readFileSync(new URL(`./fixtures/wide/corpus/${name}.txt`, import.meta.url), 'utf8'),
  )

  it.each([...corpus, ...wide].map((text, i) => [i, text] as const))(
    'file %i: every attributed quote names one of its release’s people, and every mention slices',
    (_, text) => {
      for (const release of extract(text).releases) {
        const ids = new Set(release.people.map((p) => p.id))
        expect(ids.size).toBe(release.people.length)
        for (const q of release.quotes) {
          if (q.speaker) expect(ids).toContain(q.speaker.personId)
        }
        for (const p of release.people) {
          expect(p.mentions.length).toBeGreaterThan(0)
          for (const m of p.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
        }
      }
    },
  )

  it('attributes most quotes of the real releases, so the check above is not empty', () => {
    const quotes = [...corpus, ...wide].flatMap((text) => extract(text).releases.flatMap((r) => r.quotes))
    expect(quotes.filter((q) => q.speaker).length).toBeGreaterThan(100)
  })
})
