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
  it.each([60, 68, 72, 76, 80, 90, 100])(
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

  it('reads a number to call cut between its groups as a number, not a figure', () => {
    const lede =
      'Police are appealing for witnesses after a burglary at a house in Leeds on Monday night in which three men stole jewellery worth £5,000 and a car from the driveway, before driving off towards the city centre at speed.'
    const cases: Array<[appeal: string, width: number]> = [
      [
        'Anyone with information is asked to contact police on 101 or call Crimestoppers anonymously on 0800 555 111, quoting crime reference 13240123456.',
        100,
      ],
      [
        'Anyone with information or footage of the incident is urged to call 0800 555 111 quoting the reference number given.',
        72,
      ],
      [
        'Anyone with information or footage of the incident is urged to phone +44 20 7946 0958 quoting the reference number.',
        76,
      ],
      [
        'Anyone with information about the incident is being asked to call Crime Stoppers on 1800 333 000 or police.',
        90,
      ],
      [
        'Anyone with information about the incident is being asked to call Policelink on 131 444 or report online.',
        80,
      ],
    ]
    for (const [appeal, width] of cases) {
      const dump = [
        'Appeal after burglary in Leeds',
        '',
        'Source: West Yorkshire Police',
        '',
        lede,
        '',
        appeal,
        '',
      ].join('\n')
      const wrapped = hardWrap(dump, width)
      // The cut falls inside the number or right before it.
      expect(wrapped, appeal).toMatch(/(?:\d|on)\n\(?\d/)
      const read = extract(wrapped).releases.map((r) => r.statistics.map((s) => s.text))
      expect(read, appeal).toEqual([['three', '£5,000']])
    }
  })
})
