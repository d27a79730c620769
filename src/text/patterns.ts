/** Escapes the characters that mean something in a regular expression, so `s` matches itself. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * An alternation of phrases, longest first, so the longest phrase written wins ("Op." over "Op",
 * "per cent" over "per"); each space inside a phrase matches `space`. Duplicates and empty phrases
 * are dropped; an empty list gives a pattern that never matches.
 */
export function alternation(phrases: Iterable<string>, space = '\\s+'): string {
  const list = [...new Set(phrases)].filter((p) => p.length > 0)
  if (list.length === 0) return '(?!)'
  return list
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((p) => escapeRegExp(p).replace(/\s+/g, space))
    .join('|')
}
