/** A full stop, question or exclamation mark that ends a sentence; not an initial's stop ("U.S. Attorney"). */
const SENTENCE_END = /(?<![\s.]\p{Lu})[.!?](?:\s|$)/u

/**
 * Where the first sentence of a text ends (the offset of its closing mark), or -1 when no mark
 * closes one.
 *
 * @example
 * sentenceEnd('The U.S. Postal Inspection Service said. More.') //=> 39
 */
export function sentenceEnd(text: string): number {
  return text.search(SENTENCE_END)
}

/** The first sentence of a text without its closing mark; the whole text when none closes it. */
export function firstSentence(text: string): string {
  const stop = sentenceEnd(text)
  return stop < 0 ? text : text.slice(0, stop)
}
