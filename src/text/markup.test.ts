import { describe, expect, it } from 'vitest'
import { splitReleases } from '../releases/split-releases'
import { markupDiagnostic } from './markup'

const whole = (text: string) => markupDiagnostic(text, { start: 0, end: text.length })

describe('markupDiagnostic', () => {
  it('reports character references and tags left by a scrape, at the first one, with how many', () => {
    const text = 'Fraud totalling more than &pound;250,000.<br>He said: &ldquo;No.&rdquo; &#8220;Yes&#x201D;'
    const d = whole(text)
    expect(d?.ruleId).toBe('input/markup')
    expect(d && text.slice(d.span!.start, d.span!.end)).toBe('&pound;')
    expect(d?.message).toContain('6 character references or tags')
    expect(whole('A <p class="lede">line</p> of text.')?.message).toContain('the first <p class="lede">')
  })

  it('says nothing of ampersands, angle brackets and addresses that are no HTML', () => {
    expect(
      whole('AT&T and R&D; Q&A at 5 < 6 > 4; mail <press@example.org> or <https://example.org>.'),
    ).toBeNull()
    expect(whole('Plain text with no markup at all.')).toBeNull()
  })

  it('reads only the span it is given', () => {
    const text = 'First&nbsp;release. Second release.'
    expect(markupDiagnostic(text, { start: 19, end: text.length })).toBeNull()
    expect(markupDiagnostic(text, { start: 0, end: 19 })?.span).toEqual({ start: 5, end: 11 })
  })

  it('is given on each release that holds HTML, with a span into the dump', () => {
    const dump =
      'Man charged\n\nSource: Example Police\n\nA man was charged with fraud &amp; theft.\n\n' +
      'Woman cautioned\n\nSource: Example Police\n\nA woman was cautioned on Monday.\n'
    const [first, second] = splitReleases(dump).releases
    const d = first!.diagnostics.find((x) => x.ruleId === 'input/markup')
    expect(d && dump.slice(d.span!.start, d.span!.end)).toBe('&amp;')
    expect(second!.diagnostics.some((x) => x.ruleId === 'input/markup')).toBe(false)
  })
})
