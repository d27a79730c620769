import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDates, inferPublicationDates, inferPublishedOn, normaliseDate } from './find-dates'
import { oneParagraphRelease } from './test-helpers'

/** Text in the style of the releases: date words and digits mixed with noise, so matchers fire. */
const dateish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Wednesday',
        '(27 March)',
        '13/03/2024',
        '2023-24',
        'since',
        'last',
        'the year to March',
        'more than',
        'six years',
        '10am-11am',
        'Today',
        'per month',
        'Q2',
        '–',
        '\u00a0',
        '\ud800',
        '’s',
        'May',
        'the 1990s',
        '2024',
        'marks',
        'years since',
        'tenth anniversary',
        'set up in 2018',
        'ago, in',
        '17/05/2024',
        'closes on',
        '(30 December)',
        'yesterday',
        'Thursday, 21 November',
        'Dec. 25, 2015',
        'In 2021',
        'today celebrated its first anniversary',
        'which was also launched on 29 February 2012',
      ),
      fc.string({ maxLength: 12 }),
      fc.integer({ min: 0, max: 3000 }).map(String),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '))

describe('findDates', () => {
  describe('properties', () => {
    it('gives spans that slice to each mention’s text, in order, without overlap', () => {
      fc.assert(
        fc.property(dateish, fc.constantFrom(null, '2024-03-18', '2000-02-29'), (text, reference) => {
          const found = findDates(text, { reference })
          let last = 0
          for (const m of found) {
            expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
            expect(m.span.start).toBeGreaterThanOrEqual(last)
            last = m.span.end
          }
        }),
        { numRuns: 400 },
      )
    })

    it('infers valid days with a known rule for every release of a dump, whatever its order', () => {
      const rules = new Set([
        'dates/dateline',
        'dates/stated-day',
        'dates/weekday-day',
        'dates/yesterday-day',
        'dates/anniversary-year',
        'dates/anniversary-day',
        'dates/neighbour-year',
        'dates/neighbour-day',
        'dates/latest-date',
      ])
      const release = (text: string) => oneParagraphRelease(text)
      fc.assert(
        fc.property(fc.array(dateish, { maxLength: 10 }), (texts) => {
          const found = inferPublicationDates(texts.map(release))
          expect(found).toHaveLength(texts.length)
          for (const p of found) {
            if (!p) continue
            expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
            expect(Number.isNaN(new Date(p.date).getTime())).toBe(false)
            expect(rules.has(p.rule ?? '')).toBe(true)
          }
          // A day a release's own text fixes stands: neighbours help only where it fixes none.
          texts.forEach((text, i) => {
            const alone = inferPublishedOn(release(text))
            if (alone && alone.rule !== 'dates/latest-date') expect(found[i]).toEqual(alone)
          })
        }),
        { numRuns: 300 },
      )
    })

    it('never throws on arbitrary strings, lone surrogates or long lines', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
          findDates(text)
          normaliseDate(text, { reference: '2024-03-18' })
          inferPublishedOn({ paragraphs: [{ kind: 'text', text, span: { start: 0, end: text.length } }] })
        }),
        { numRuns: 300 },
      )
      const long = `${'9 October 2023 more than 32 years 10am-11am '.repeat(2000)}${'1'.repeat(50_000)}${'Q2 '.repeat(10_000)}${'\t'.repeat(1000)}`
      const found = findDates(long, { reference: '2024-03-18' })
      expect(found.length).toBeGreaterThan(1000)
      expect(
        findDates(`${' '.repeat(50_000)}x ${'Wednesday '.repeat(5000)}`, { reference: '2024-03-18' }),
      ).toHaveLength(5000)
      // Times of a day with no year after an evening: each looks back to the last time of day only.
      const times = findDates(`On 3 March at 9pm police attended.${' 1am 2am 3am'.repeat(20_000)}`)
      expect(times.length).toBeGreaterThan(60_000)
      expect(times.at(-1)?.value).toMatch(/^XXXX-03-0[34]T03:00$/)
    })
  })
})
