/**
 * Officers a speaker phrase calls by their office or rank alone, in forms whose case hides it:
 * "said the MAYOR" (an office in capitals, which reads as a body's initials) and "said PC 1234"
 * (a rank and a collar number, which read as a body's name).
 */

import { lazyRegExp } from '../text/lazy-patterns'
import type { Lexicon } from './patterns'

/** An article, then one to three words in capitals: "the MAYOR", "THE CHIEF CONSTABLE". Group 1: the words. */
const ARTICLE_THEN_CAPITALS = lazyRegExp(
  String.raw`^(?:[Tt]he|THE)[ \u00a0]+(\p{Lu}{2,20}(?:[ \u00a0]+\p{Lu}{2,20}){0,2})$`,
  'u',
)

/**
 * The phrase in small letters when it is an article and an office in capitals ("the MAYOR" is
 * "the mayor"), to be read as that description is; null otherwise. A body's initials ("the NCA")
 * or its word ("the COUNCIL") end in no role's noun.
 */
export function officeInCapitals(phrase: string, lexicon: Lexicon): string | null {
  const m = ARTICLE_THEN_CAPITALS().exec(phrase)
  if (m === null) return null
  const words = m[1]!.toLowerCase()
  const last = words.split(/[ \u00a0]+/).at(-1)!
  return lexicon.roleNouns.has(last) ? `the ${words}` : null
}

/** A rank's words, then a collar number and nothing after: "PC 1234", "Sgt 456". Group 1: the rank. */
const RANK_THEN_NUMBER = lazyRegExp(
  String.raw`^(\p{Lu}[\p{L}.]{0,20}(?:[ \u00a0]\p{Lu}[\p{L}.]{0,20}){0,3})[ \u00a0]+\d{2,6}$`,
  'u',
)

/**
 * True when the phrase is a rank and a collar number alone ("PC 1234", "DC 4567"): an officer the
 * release does not name, so no one is the speaker.
 */
export function officerByNumber(phrase: string, lexicon: Lexicon): boolean {
  const m = RANK_THEN_NUMBER().exec(phrase)
  if (m === null) return false
  const first = m[1]!
    .split(/[ \u00a0]/)[0]!
    .replace(/\.$/, '')
    .toLowerCase()
  return lexicon.titleStarts.has(first)
}
