import { isAbbreviationStop } from './abbreviations'
import { lazyRegExp } from './lazy-patterns'

/** A full stop, question or exclamation mark that ends a sentence; not an initial's stop ("U.S. Attorney"). */
const SENTENCE_END = lazyRegExp(String.raw`(?<![\s.]\p{Lu})[.!?](?:\s|$)`, 'gu')

/**
 * Where the first sentence of a text ends (the offset of its closing mark), or -1 when no mark
 * closes one. An abbreviation's stop ends none: "TAMPA, Fla. – A man was …", "Det. Sgt. Jones"
 * (see `isAbbreviationStop`).
 *
 * @example
 * sentenceEnd('The U.S. Postal Inspection Service said. More.') //=> 39
 */
export function sentenceEnd(text: string): number {
  SENTENCE_END().lastIndex = 0
  for (let m = SENTENCE_END().exec(text); m !== null; m = SENTENCE_END().exec(text)) {
    if (text.charCodeAt(m.index) !== 0x2e || !isAbbreviationStop(text, m.index)) return m.index
    SENTENCE_END().lastIndex = m.index + 1
  }
  return -1
}

/** The first sentence of a text without its closing mark; the whole text when none closes it. */
export function firstSentence(text: string): string {
  const stop = sentenceEnd(text)
  return stop < 0 ? text : text.slice(0, stop)
}
