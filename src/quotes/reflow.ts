import type { Person, Quote } from '../model'
import type { Reflowed } from '../text/reflow'

/** The quotes' and people's spans, read in reflowed blocks, as offsets of the input. */
export function spansToInput(quotes: Quote[], people: Person[], toInput: Reflowed['toInput']): void {
  // A span object shared by a quote and a mention is moved once.
  const seen = new Set<object>()
  const map = (span: { start: number; end: number }) => {
    if (seen.has(span)) return
    seen.add(span)
    span.start = toInput(span.start, false)
    span.end = toInput(span.end, true)
  }
  for (const q of quotes) {
    map(q.span)
    for (const p of q.paragraphs) map(p.span)
  }
  for (const person of people) for (const m of person.mentions) map(m.span)
}
