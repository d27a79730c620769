import type { Diagnostic, Span } from '../model'

/*
 * HTML left in a dump by a scrape: character references ("&amp;", "&nbsp;", "&#8220;") and tags
 * ("<br>", "</p>"). The parsers read the text as written and spans point into it, so nothing is
 * decoded here; what is written with them is missed ("&pound;250,000" is no sum, "&ldquo;…&rdquo;"
 * no quote), and the diagnostic says so.
 */

/** A named, decimal or hexadecimal character reference, or a tag with at most a short run of attributes. */
const MARKUP =
  /&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});|<\/?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?\/?>/g

/** An `input/markup` diagnostic at the first piece of HTML in `text[span]`, with how many there are; or null. */
export function markupDiagnostic(text: string, span: Span): Diagnostic | null {
  // The release's own text only: a search from its start through the whole dump would make a
  // dump of many releases quadratic.
  const own = text.slice(span.start, span.end)
  if (!own.includes('&') && !own.includes('<')) return null
  const all = own.match(MARKUP)
  if (!all) return null
  const at = span.start + own.indexOf(all[0]!)
  const n = all.length
  return {
    ruleId: 'input/markup',
    message: `Unexpected HTML in the text (${n} character reference${n === 1 ? '' : 's'} or tag${n === 1 ? '' : 's'}, the first ${all[0]}): decode it before parsing, as what is written with it is missed`,
    span: { start: at, end: at + all[0]!.length },
  }
}
