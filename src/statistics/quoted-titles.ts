import { TITLE_SMALL_WORDS } from '../text/headline'
import type { Token } from './tokens'

/*
 * A number inside a title in quotation marks: titled "Top 10 Most Wanted", the report "2,000
 * Homes a Year", the campaign "5 Ways to Wellbeing". The number belongs to the name of a work, a
 * list or a campaign; it counts nothing the release reports. A title is told from a quoted remark
 * by its case: every word capitalised but the short words of grammar.
 */

/** How many tokens a quoted title may run to. */
const TITLE_REACH = 12

/** Signs that may stand inside a title: "Crime & Justice", "Top 10: Most Wanted", "Follow-Up". */
const TITLE_SIGNS: ReadonlySet<string> = new Set(['-', '–', '&', ':', '/'])

/** Signs that may close a title just before its closing mark: "titled “Top 10 Most Wanted,” the list". */
const CLOSING_STOPS: ReadonlySet<string> = new Set([',', '.', '!', '?'])

/**
 * Whether the quantity at `tokens[first..end)` stands inside quotation marks that hold a title in
 * title case: `titled "Top 10 Most Wanted"`, `“The 5 Love Languages”`. Not a quoted remark
 * (`"We arrested 300 people"`), whose words are in lower case.
 */
export function isInQuotedTitle(tokens: readonly Token[], first: number, end: number): boolean {
  const open = openingMarkBefore(tokens, first)
  if (open < 0) return false
  const close = closingMarkAfter(tokens, end, open)
  return close >= 0 && isTitleCase(tokens, open + 1, close)
}

/** The index of the opening mark of a quotation the token at `first` stands in, or -1. */
function openingMarkBefore(tokens: readonly Token[], first: number): number {
  for (let k = first - 1; k >= 0 && k >= first - TITLE_REACH; k--) {
    const t = tokens[k]!
    if (t.kind !== 'sym') continue
    if (t.text === '“' || t.text === '‘') return k
    if (t.text === '"') return opensQuotation(tokens, k) ? k : -1
    if (!TITLE_SIGNS.has(t.text)) return -1
  }
  return -1
}

/** The index of the mark that closes the quotation opened at `open`, read on from `end`, or -1. */
function closingMarkAfter(tokens: readonly Token[], end: number, open: number): number {
  for (let k = end; k < tokens.length && k <= open + TITLE_REACH; k++) {
    const t = tokens[k]!
    if (t.kind !== 'sym') continue
    if (t.text === '”' || t.text === '’' || t.text === '"') return t.gap ? -1 : k
    // A comma or a stop inside the marks, as US style writes it: only right before the closing mark.
    if (CLOSING_STOPS.has(t.text) && isClosingMark(tokens[k + 1])) continue
    if (!TITLE_SIGNS.has(t.text)) return -1
  }
  return -1
}

/** A straight mark opens a quotation when it is glued to the word after it and not to the one before. */
function opensQuotation(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]
  return next !== undefined && !next.gap && (k === 0 || tokens[k]!.gap || tokens[k - 1]!.kind === 'sym')
}

function isClosingMark(t: Token | undefined): boolean {
  return t !== undefined && !t.gap && (t.text === '”' || t.text === '’' || t.text === '"')
}

/**
 * Whether `tokens[from..to)` read as a title: words capitalised but the small words of grammar,
 * and at least one capitalised word besides the numbers.
 */
function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
  let capitals = 0
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    if (t.kind === 'skip') return false
    if (t.kind !== 'word') continue
    if (/^\p{Lu}/u.test(t.text)) capitals++
    else if (!TITLE_SMALL_WORDS.has(t.text) || k === from) return false
  }
  return capitals > 0
}
