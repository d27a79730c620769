import { describe, expect, it } from 'vitest'
import type { ExtractResult, Release } from '../model'
import { splitReleases } from '../releases/split-releases'
import { esc, renderHtml } from './render-html'

const TEXT = 'A title\n\nSource: NPCC\n\nThe chief said: “We seized 35 handguns on 9 October 2023.”\n'

/** A release from the splitter with hand-placed items, so the test does not depend on the parsers. */
function release(text: string, extra: Partial<Release> = {}): ExtractResult {
  const [r] = splitReleases(text).releases
  // Undated unless the test dates it: the splitter's dating stage would read the text's own dates.
  return {
    releases: [{ ...r!, publishedOn: null, reference: null, ...extra }],
    preamble: null,
    diagnostics: [],
  }
}

const at = (text: string, part: string) => {
  const start = text.indexOf(part)
  return { text: part, span: { start, end: start + part.length } }
}

/** The sample's one quote, said by Chris Haward (person `p1`). */
const hawardQuote = () => {
  const quote = at(TEXT, 'We seized 35 handguns on 9 October 2023.')
  return {
    ...quote,
    paragraphs: [quote],
    speaker: { name: 'Chris Haward', title: 'Chief Constable', role: null, personId: 'p1' },
    cue: 'said',
  }
}

describe('renderHtml', () => {
  it('marks every item in place, nesting a date and a statistic inside a quote', () => {
    const html = renderHtml(
      release(TEXT, {
        quotes: [hawardQuote()],
        statistics: [
          {
            ...at(TEXT, '35'),
            value: 35,
            unit: 'count',
            qualifier: 'exact',
            measure: 'handguns',
            change: null,
            rule: 'statistics/digits',
          },
        ],
        dates: [
          {
            ...at(TEXT, '9 October 2023'),
            type: 'DATE',
            value: '2023-10-09',
            mod: null,
            rule: 'dates/day-month-year',
          },
        ],
      }),
    )
    expect(html).toContain(
      '<mark class="k-quote" id="r0-0-q0" data-kind="quote" data-item="r0-0-q0" title="Quote · Chief Constable Chris Haward · cue “said”" tabindex="0">We seized <mark class="k-statistic"',
    )
    expect(html).toContain(
      'title="DATE · 2023-10-09 · rule dates/day-month-year" tabindex="0">9 October 2023</mark>.</mark>',
    )
    expect(html).toContain('title="35 count · exact · handguns · rule statistics/digits"')
    expect((html.match(/<mark /g) ?? []).length).toBe(3)
    expect((html.match(/<\/mark>/g) ?? []).length).toBe(3)
  })

  it('splits a mark that crosses another’s edge, keeping the HTML well formed', () => {
    const html = renderHtml(
      release(TEXT, {
        dates: [{ ...at(TEXT, 'handguns on 9'), type: 'DATE', value: 'X', mod: null }],
        statistics: [
          {
            ...at(TEXT, '35 handguns'),
            value: 35,
            unit: 'count',
            qualifier: 'exact',
            measure: null,
            change: null,
          },
        ],
      }),
    )
    const body = html.slice(html.indexOf('<div class="text">'))
    expect((body.match(/<mark /g) ?? []).length).toBe((body.match(/<\/mark>/g) ?? []).length)
    expect(body).toContain('data-item="r0-0-s0"')
    expect(body).toContain('data-item="r0-0-d0"')
  })

  it('draws an overview: releases per publisher and month, most quoted people, statistics by unit', () => {
    const html = renderHtml(
      release(TEXT, {
        publishedOn: { date: '2024-03-18', inferred: false },
        people: [
          {
            id: 'p1',
            name: 'Chris Haward',
            kind: 'person',
            title: 'Chief Constable',
            role: null,
            mentions: [],
          },
        ],
        quotes: [hawardQuote()],
        statistics: [
          { ...at(TEXT, '35'), value: 35, unit: 'count', qualifier: 'exact', measure: null, change: null },
        ],
      }),
    )
    const overview = html.slice(html.indexOf('<section id="overview"'), html.indexOf('<section id="people"'))
    const charts = overview.match(/<svg [^>]*>/g) ?? []
    expect(charts).toHaveLength(4)
    for (const svg of charts) {
      expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/)
      expect(svg).toContain('role="img"')
    }
    expect(overview).toContain('aria-label="Releases per publisher: NPCC 1"')
    expect(overview).toContain('aria-label="Releases per month of publication: Mar 2024 1"')
    expect(overview).toContain('aria-label="The most quoted people: Chris Haward 1"')
    expect(overview).toContain('aria-label="Statistics by unit: count 1"')
    expect(overview).not.toMatch(/<script|href="http|<image|@import|url\(/)
    // The people section links to the quote's first mark, and to the release.
    const people = html.slice(html.indexOf('<section id="people"'))
    expect(people).toContain('<h3>Chris Haward <span class="kind">person</span></h3>')
    expect(people).toContain('Titles: Chief Constable <span class="when">(2024-03-18)</span>')
    expect(people).toContain('<a href="#r0-0-q0">“We seized 35 handguns on 9 October 2023.”</a>')
    expect(people).toContain('Release <a href="#r0-0">1</a>')
    expect(html).toContain('<mark class="k-quote" id="r0-0-q0"')
    expect(html).toContain('<a href="#overview">Overview</a> · <a href="#people">People (1)</a>')
  })

  it('says so when there is nothing to chart, and gives one id per quote however often it is split', () => {
    const html = renderHtml(release(TEXT))
    expect(html).toContain('<p class="empty">No release is dated.</p>')
    expect(html).toContain('<p class="empty">Nobody is quoted.</p>')
    expect(html).toContain('<p>Nobody speaks in these releases.</p>')
    const quote = at(TEXT, 'We seized 35 handguns on 9 October 2023.')
    const split = renderHtml(
      release(TEXT, {
        quotes: [{ ...quote, paragraphs: [quote], speaker: null, cue: null }],
        dates: [{ ...at(TEXT, 'said: “We seized'), type: 'DATE', value: 'X', mod: null }],
      }),
    )
    expect(split.match(/id="r0-0-q0"/g)).toHaveLength(1)
  })

  it('links to a quote only where the page marks it', () => {
    const html = renderHtml(
      release(TEXT, {
        people: [{ id: 'p1', name: 'Jo Bell', kind: 'person', title: null, role: null, mentions: [] }],
        quotes: [
          {
            text: 'Nowhere.',
            span: { start: 5000, end: 5008 },
            paragraphs: [],
            speaker: { name: 'Jo Bell', title: null, role: null, personId: 'p1' },
            cue: null,
          },
        ],
      }),
    )
    expect(html).toContain('<li>“Nowhere.”</li>')
    expect(html).not.toContain('href="#r0-0-q0"')
  })

  it('shows a contents entry and the publication date, marked when inferred', () => {
    const html = renderHtml(release(TEXT, { publishedOn: { date: '2024-03-18', inferred: true } }))
    expect(html).toContain('<a href="#r0-0">A title</a>')
    expect(html).toContain('Published: 2024-03-18 <span class="inferred"')
  })

  describe('hostile input', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "' onmouseover='alert(1)",
      'Evil \u202Egnp.exe\u202C and \u2066isolate\u2069',
      '</mark></p></article><script>x</script>',
    ]

    it.each(hostile)('escapes %j in titles, text, items and file names', (bad) => {
      const text = `${bad}\n\nSource: ${bad}\n\nBody ${bad} ends.\n`
      const base = release(text)
      const span = at(text, `Body ${bad}`)
      const html = renderHtml([
        {
          ...base,
          file: bad,
          releases: base.releases.map((r) => ({
            ...r,
            dates: [{ ...span, type: 'DATE' as const, value: bad, mod: null, rule: bad }],
            operations: [{ name: bad, mentions: [span] }],
            source: bad,
            publishedOn: { date: '2024-03-18', inferred: false },
            people: [
              {
                id: 'p1',
                name: bad,
                kind: 'person' as const,
                title: bad,
                role: bad,
                mentions: [{ ...span, rule: bad }],
              },
            ],
            quotes: [
              {
                ...span,
                paragraphs: [span],
                speaker: { name: bad, title: bad, role: bad, personId: 'p1' },
                cue: bad,
              },
            ],
            statistics: [
              { ...span, value: 1, unit: bad, qualifier: 'exact' as const, measure: bad, change: null },
            ],
          })),
        },
      ])
      // Attribute values are quoted and cannot hold a quote, so with them emptied every tag left is ours.
      const tags = html.replace(/="[^"]*"/g, '=""').match(/<[^>]*>/g) ?? []
      expect(tags.filter((t) => /^<\/?(script|img)\b/i.test(t) || /\son\w+=/i.test(t))).toEqual([])
      if (bad.includes('<')) expect(html).not.toContain(bad)
      expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    })

    it('shows direction overrides as visible code points', () => {
      expect(esc('a\u202Eb')).toBe('a⟨U+202E⟩b')
      expect(esc('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&#39;')
    })
  })
})
