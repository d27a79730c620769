import { PICTURE_NOUNS } from './lexicon'
import type { Token } from './tokens'

/**
 * Whether digits glued to "K" before a word of pictures name a display's resolution: "4K video",
 * "an 8K TV", "4K Ultra HD" (about 4,000 pixels across, a kind of picture); "4K runners" and
 * "£40K" count. `numberEnd` is the token after the digits, `end` after their magnitude.
 */
export function isDisplayResolution(tokens: readonly Token[], numberEnd: number, end: number): boolean {
  const k = tokens[numberEnd]
  if (end !== numberEnd + 1 || k?.lower !== 'k' || k.gap) return false
  const next = tokens[end]
  return next?.kind === 'word' && PICTURE_NOUNS.has(next.lower)
}
