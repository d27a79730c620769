import type { Token } from './tokens'

/** A lexicon indexed by first word, longest phrase first, so the longest phrase wins. */
export type PhraseIndex<T extends { readonly words: readonly string[] }> = ReadonlyMap<string, readonly T[]>

/** Indexes phrases by their first word, longest first. */
export function indexPhrases<T extends { readonly words: readonly string[] }>(
  phrases: readonly T[],
): PhraseIndex<T> {
  const index = new Map<string, T[]>()
  for (const phrase of phrases) {
    const first = phrase.words[0]
    if (first === undefined) continue
    const list = index.get(first) ?? []
    list.push(phrase)
    index.set(first, list)
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
}

/** The longest phrase of the index written at `tokens[i]`, and the index after it, or null. */
export function matchPhrase<T extends { readonly words: readonly string[] }>(
  tokens: readonly Token[],
  i: number,
  index: PhraseIndex<T>,
): { phrase: T; end: number } | null {
  const first = tokens[i]
  if (!first) return null
  const candidates = index.get(first.lower)
  if (!candidates) return null
  for (const phrase of candidates) {
    let ok = true
    for (let k = 1; k < phrase.words.length; k++) {
      if (tokens[i + k]?.lower !== phrase.words[k]) {
        ok = false
        break
      }
    }
    if (ok) return { phrase, end: i + phrase.words.length }
  }
  return null
}
