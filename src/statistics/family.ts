import { PARENT_NOUNS } from './lexicon'
import { SMALL_NUMBERS } from './number-words'
import type { Token } from './tokens'

/**
 * "a father-of-two", "the mother of three", "a grandmother-of-five": the number of a parent's
 * children describes the person, as an age does; it counts nothing the release reports.
 * `first` is the quantity's first token; a hyphen may join each word ("father-of-two").
 */
export function isFamilySize(tokens: readonly Token[], first: number): boolean {
  let k = first - 1
  if (isGluedHyphen(tokens, k)) k--
  if (tokens[k]?.lower !== 'of') return false
  k--
  if (isGluedHyphen(tokens, k)) k--
  const noun = tokens[k]
  return noun?.kind === 'word' && PARENT_NOUNS.has(noun.lower)
}

function isGluedHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  return t?.text === '-' && !t.gap && tokens[k + 1]?.gap === false
}

/**
 * Whether `tokens[at]` is the number closing a family description: "two" of "father-of-two". The
 * number set off by commas after it ("The father-of-two, 32, was jailed") is an age.
 */
export function closesFamilySize(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]
  const number = t?.kind === 'num' || (t?.kind === 'word' && SMALL_NUMBERS[t.lower] !== undefined)
  return number && isFamilySize(tokens, at)
}
