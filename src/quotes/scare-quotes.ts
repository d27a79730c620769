import type { Attribution } from './attribution'
import type { QuoteRun } from './marks'
import type { Lexicon } from './patterns'
import type { Surroundings } from './surroundings'

const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu

/**
 * True when a quote run is no one's words but a scare quote, a term or a title: a label word
 * before it (so-called “…”), or too few words with nobody said to speak them. A run that opens its
 * paragraph needs only 4 words, since quotes that stand alone are rarely scare quotes.
 */
export function isLeftOut(
  s: Surroundings,
  attribution: Attribution | null,
  minWords: number,
  lexicon: Lexicon,
): boolean {
  if (attribution === null) {
    const label = lexicon.labelBefore.test(s.before)
    return label || countWords(s.firstBlock.text, s.first, s.run) < (s.opensBlock ? 4 : minWords)
  }
  // A phrase of reported speech after a label word ("the so-called ‘…’") is a term the sentence uses.
  return attribution.rule === 'quotes/mixed' && lexicon.labelBefore.test(s.before)
}

/** The words of a one-paragraph quote; a quote over several paragraphs counts as long enough. */
function countWords(text: string, first: { start: number; end: number }, run: QuoteRun): number {
  if (run.segments.length > 1) return Number.MAX_SAFE_INTEGER
  WORD.lastIndex = 0
  const slice = text.slice(first.start, first.end)
  let n = 0
  while (WORD.exec(slice) !== null) n++
  return n
}
