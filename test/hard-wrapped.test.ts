import { describe, expect, it } from 'vitest'
import { extract } from '../src/extract'
import type { Release } from '../src/model'
import { corpusTexts, hardWrap } from './fixture-texts'

const dumps = corpusTexts()

const spaced = (t: string | null | undefined) => (t == null ? null : t.replace(/\s+/g, ' '))

/** What a reader takes from a release, line breaks read as spaces. */
function findings(r: Release) {
  return {
    title: spaced(r.title),
    source: spaced(r.source),
    standfirst: spaced(r.standfirst),
    publishedOn: r.publishedOn,
    dateline: [r.dateline?.place ?? null, r.dateline?.date ?? null],
    quotes: r.quotes.map((q) => [spaced(q.text), q.speaker?.name, q.speaker?.title, q.speaker?.role]),
    statistics: r.statistics.map((s) => [spaced(s.text), s.value, s.unit, s.qualifier, spaced(s.measure)]),
    operations: r.operations.map((o) => o.name),
    dates: r.dates.map((d) => [spaced(d.text), d.type, d.value]),
  }
}

describe('hard-wrapped dumps', () => {
  it.each([60, 68, 72, 76, 80, 90])(
    'gives every real release cut at %i characters the findings of its unwrapped text',
    (width) => {
      let cut = 0
      for (const [name, dump] of dumps) {
        const wrapped = hardWrap(dump, width)
        if (wrapped !== dump) cut++
        expect(extract(wrapped).releases.map(findings), name).toEqual(extract(dump).releases.map(findings))
      }
      // Nearly every dump has lines longer than the width, so the comparison reads wrapped text.
      expect(cut).toBeGreaterThan(dumps.length / 2)
    },
  )
})
