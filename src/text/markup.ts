import { decodeHTMLStrict } from 'entities/decode'
import type { Diagnostic, Span } from '../model'

/*
 * HTML left in a dump by a scrape: character references ("&amp;", "&nbsp;", "&#8220;") and tags
 * ("<br>", "</p>"). Spans point into the text as written. The quotes, statistics, dates and
 * operations parsers read a character reference as the character it names (see `text/reflow.ts`);
 * the release's structure (titles, datelines) and tags are read as written, and the diagnostic
 * says so.
 */

/** A named, decimal or hexadecimal character reference, with its semicolon. */
export const CHARACTER_REFERENCE = '&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});'

/** A character reference, or a tag with at most a short run of attributes. */
const MARKUP = new RegExp(
  `${CHARACTER_REFERENCE}|<\\/?[A-Za-z][A-Za-z0-9]{0,10}(?:\\s[^<>]{0,200})?\\/?>`,
  'g',
)

/**
 * The text a character reference names ("&pound;" is "£", "&#8220;" is "“"), or null for one that
 * names nothing (a name HTML does not define, or a number of no character).
 */
export function decodeReference(reference: string): string | null {
  const decoded = decodeHTMLStrict(reference)
  return decoded === reference || decoded.includes('\ufffd') ? null : decoded
}

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
    message: `Unexpected HTML in the text (${n} character reference${n === 1 ? '' : 's'} or tag${n === 1 ? '' : 's'}, the first ${all[0]}): titles, datelines and tags are read as written; decode it before parsing to have them read`,
    span: { start: at, end: at + all[0]!.length },
  }
}
