import { describe, expect, it } from 'vitest'
import type { ExtractResult, Release } from '../model'
import { splitReleases } from '../releases/split-releases'
import { esc, renderHtml } from './render-html'

const TEXT = 'A title\n\nSource: NPCC\n\nThe chief said: “We seized 35 handguns on 9 October 2023.”\n'

/** A release from the splitter with hand-placed items, so the test does not depend on the parsers. */
function release(text: string, extra: Partial<Release> = {}): ExtractResult {
  const [r] = splitReleases(text).releases
  return { releases: [{ ...r!, ...extra }], preamble: null, diagnostics: [] }
}

const at = (text: string, part: string) => {
  const start = text.indexOf(part)
  return { text: part, span: { start, end: start + part.length } }
}

describe('renderHtml', () => {
  it('marks every item in place, nesting a date and a statistic inside a quote', () => {
    const quote = at(TEXT, 'We seized 35 handguns on 9 October 2023.')
    const html = renderHtml(
      release(TEXT, {
        quotes: [
          {
            ...quote,
            paragraphs: [quote],
            speaker: { name: 'Chris Haward', title: 'Chief Constable', role: null, personId: 'p1' },
            cue: 'said',
          },
        ],
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
      '<mark class="k-quote" data-kind="quote" data-item="r0-0-q0" title="Quote · Chief Constable Chris Haward · cue “said”" tabindex="0">We seized <mark class="k-statistic"',
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
