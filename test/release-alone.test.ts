import { describe, expect, it } from 'vitest'
import { extract } from '../src/extract'
import type { Release } from '../src/model'
import { corpusTexts } from './fixture-texts'

const dumps = corpusTexts()

/**
 * What a release says whatever the releases around it: its structure and findings, spans made
 * relative to the release. Dates keep their text and type only: a day without its year may take
 * it from a neighbour (rule `dates/neighbour-year`).
 */
function reading(r: Release) {
  const at = r.span.start
  return {
    title: r.title,
    source: r.source,
    standfirst: r.standfirst,
    dateline: r.dateline?.text ?? null,
    byline: r.byline?.text ?? null,
    paragraphs: r.paragraphs.map((p) => [p.text, p.span.start - at]),
    quotes: r.quotes.map((q) => [
      q.text,
      q.span.start - at,
      q.speaker?.name,
      q.speaker?.title,
      q.speaker?.role,
    ]),
    statistics: r.statistics.map((s) => [s.text, s.span.start - at, s.value, s.unit, s.qualifier, s.measure]),
    operations: r.operations.map((o) => o.name),
    dates: r.dates.map((d) => [d.text, d.span.start - at, d.type]),
  }
}

describe('a release read alone', () => {
  it('reads as it does in its dump, for every real release of the wide corpus and the sample', () => {
    let releases = 0
    for (const [name, dump] of dumps) {
      for (const r of extract(dump).releases) {
        const alone = extract(dump.slice(r.span.start, r.span.end)).releases
        expect(alone, `${name}: ${r.title}`).toHaveLength(1)
        expect(
          reading({ ...alone[0]!, span: { ...alone[0]!.span, start: 0 } }),
          `${name}: ${r.title}`,
        ).toEqual(reading(r))
        releases++
      }
    }
    expect(releases).toBeGreaterThan(60)
  })
})
