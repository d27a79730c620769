import { MEASURE_STOP_WORDS, SIMPLE_PASTS, THIRD_PERSON_VERBS } from './measure-lexicon'
import { isParticiple } from './participles'
import { isGluedHyphen, type Token } from './tokens'

/*
 * A results table flattened to text writes each row as its label, then its figure, then perhaps
 * the prior period's figure in brackets: "Revenue £45.2m (2023: £40.1m)", "Burglary 1,234",
 * "Basic earnings per share 12.3p". The label is what the figure measures.
 */

/** How many tokens a row's label may run to: "Profit attributable to equity holders". */
const LABEL_REACH = 6

/** What may close a row after its figure: its prior figure in brackets, the next row, its end. */
const ROW_CLOSERS: ReadonlySet<string> = new Set(['(', ',', ';', '.', '|'])

/** What may stand before a row's label: the start of a sentence, of a list item or of a cell. */
const ROW_OPENERS: ReadonlySet<string> = new Set(['.', ':', ';', '•', '|', '*', '–', '—', '-'])

/**
 * Words that may stand inside a label though they open or link clauses elsewhere: "Earnings per
 * share", "Profit for the year", "Cash and cash equivalents". A label never ends on one: it names
 * a thing, not a link to one. Keep sorted.
 */
const LABEL_LINKS: ReadonlySet<string> = new Set(['and', 'for', 'of', 'per', 'the', 'to'])

/**
 * The label of the row whose figure runs over `tokens[first..end)`: the words from the start of
 * the row up to the figure, when the figure closes the row. Null when a verb or a function word
 * shows a sentence, not a row ("Police arrested 12.", "The total was 12.").
 */
export function rowLabel(tokens: readonly Token[], first: number, end: number): [number, number] | null {
  const after = tokens[pastRateBase(tokens, end)]
  if (after && !(after.kind === 'sym' && ROW_CLOSERS.has(after.text))) return null
  let start = first
  while (start > 0 && first - start < LABEL_REACH && isLabelPart(tokens, start - 1)) start--
  if (start === first || tokens[start]!.kind !== 'word' || !/^\p{Lu}/u.test(tokens[start]!.text)) return null
  const opener = tokens[start - 1]
  // "Burglary 1,234, Robbery 567": a row after the figure of the row before it.
  const nextRow = opener?.text === ',' && tokens[start - 2]?.kind === 'num'
  if (opener && !nextRow && !(opener.kind === 'sym' && ROW_OPENERS.has(opener.text))) return null
  if (LABEL_LINKS.has(tokens[first - 1]!.lower)) return null
  for (let j = start; j < first; j++) {
    const t = tokens[j]!
    if (t.kind !== 'word') continue
    if (MEASURE_STOP_WORDS.has(t.lower) && !LABEL_LINKS.has(t.lower)) return null
    if (t.text === t.lower && (isParticiple(t.lower) || SIMPLE_PASTS.has(t.lower))) return null
    if (THIRD_PERSON_VERBS.has(t.text)) return null
  }
  return [start, first]
}

/** How many words the base of a rate may run after "per": "per diluted share". */
const BASE_REACH = 2

/**
 * Past the base of a rate after a row's figure ("Final dividend 21.3p per share", "per
 * ordinary share"), to what closes the row; else `end`.
 */
function pastRateBase(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.lower !== 'per') return end
  let j = end + 1
  while (
    j < tokens.length &&
    j - end <= BASE_REACH &&
    tokens[j]!.kind === 'word' &&
    tokens[j]!.text === tokens[j]!.lower
  )
    j++
  return j > end + 1 ? j : end
}

/** A word of a label, or a hyphen glued inside one: "Year-end cash". */
function isLabelPart(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  if (t.kind === 'word') return true
  return isGluedHyphen(t) && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.gap && k > 0
}
