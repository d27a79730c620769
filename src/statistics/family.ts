import { PARENT_NOUNS, QUALIFIERS_BEFORE } from './lexicon'
import { SMALL_NUMBERS } from './number-words'
import { isGluedHyphen, type Token } from './tokens'

/**
 * "a father-of-two", "the mother of three", "a grandmother-of-five": the number of a parent's
 * children describes the person, as an age does; it counts nothing the release reports.
 * `first` is the quantity's first token; a hyphen may join each word ("father-of-two").
 */
export function isFamilySize(tokens: readonly Token[], first: number): boolean {
  // "the mother of more than 10 children": a qualifier the quantity was not read with.
  let k = first - 1 - qualifierBefore(tokens, first)
  if (isJoiningHyphen(tokens, k)) k--
  if (tokens[k]?.lower !== 'of') return false
  k--
  if (isJoiningHyphen(tokens, k)) k--
  const noun = tokens[k]
  return noun?.kind === 'word' && PARENT_NOUNS.has(noun.lower)
}

/** The last words of the qualifiers written before a number: a cheap test before the phrases. */
const QUALIFIER_ENDS: ReadonlySet<string> = new Set(
  QUALIFIERS_BEFORE.map((q) => q.words[q.words.length - 1]!),
)

/** How many tokens before `first` a qualifier phrase takes ("more than", "at least"), or 0. */
function qualifierBefore(tokens: readonly Token[], first: number): number {
  const last = tokens[first - 1]
  if (last?.kind !== 'word' || !QUALIFIER_ENDS.has(last.lower)) return 0
  let longest = 0
  for (const { words } of QUALIFIERS_BEFORE) {
    const n = words.length
    if (n <= longest || first - n < 0) continue
    let k = 0
    while (k < n && tokens[first - n + k]!.lower === words[k]) k++
    if (k === n) longest = n
  }
  return longest
}

/** A hyphen glued to the words on both sides: the "-" of "father-of". */
function isJoiningHyphen(tokens: readonly Token[], k: number): boolean {
  return isGluedHyphen(tokens[k]) && tokens[k + 1]?.gap === false
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
