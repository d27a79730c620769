/**
 * A surname alone as the subject of the clause that introduces a quote: "Trump returned later
 * and declared, “…”", "Clinton talks about the crisis, saying, “…”". One capitalised word may be
 * anything ("Yesterday", "Kent"), so the reading is only a candidate: `resolveSpeakers` keeps it
 * when the release named that person in full before, and drops it otherwise.
 */

import { lazyRegExp } from '../text/lazy-patterns'
import type { SpeakerRef } from './attribution'
import type { Lexicon } from './patterns'
import { isNameWord } from './people'

/** The end of an opening phrase the window starts inside: "), " after "(… called it “…”)". */
const PHRASE_END = /^[)\]],[ \u00a0]+/u
/** "But", "And" and the like before the subject: "But Trump quickly deflected". */
const LINK = /^(?:And|But|Then|So|Yet|Meanwhile|However|Later|Instead)[ \u00a0]+/u
/**
 * A short opening phrase and its comma before the subject: "In a speech in October, ", "Speaking
 * on Monday, ". Opened by a preposition or a participle, with no quotation mark inside.
 */
const OPENING = lazyRegExp(
  String.raw`^(?:In|At|On|During|After|Before|Following|Asked|Pressed|\p{Lu}\p{Ll}{2,20}ing)[ \u00a0][^,“”"]{1,120},[ \u00a0]+`,
  'u',
)
/** The subject and the word after it: a capitalised word, then a word in lower case (its verb or an adverb). */
const SUBJECT = lazyRegExp(String.raw`^(\p{Lu}\p{Ll}[\p{L}’'-]{1,24})[ \u00a0]+\p{Ll}`, 'u')

/**
 * The surname opening `head`, the words before a cue, as a person to be checked against the
 * release's people (`known`); null when the head opens with no such word.
 */
export function surnameSubject(head: string, lexicon: Lexicon): SpeakerRef | null {
  let s = head.trimStart().replace(PHRASE_END, '').replace(LINK, '')
  s = s.replace(OPENING(), '')
  const m = SUBJECT().exec(s)
  if (m === null) return null
  const word = m[1]!
  const lower = word.toLowerCase()
  if (
    lexicon.notName.has(lower) ||
    lexicon.pronouns.has(lower) ||
    lexicon.organisationWords.has(lower) ||
    lexicon.roleNouns.has(lower) ||
    lexicon.titleStarts.has(lower) ||
    lexicon.cueWords.has(lower) ||
    !isNameWord(word, lexicon)
  )
    return null
  // Only leading words were cut from `head`: the subject starts where what is left of it does.
  const start = head.length - s.length
  return {
    kind: 'person',
    mention: { start, end: start + word.length, name: word, title: null, role: null, text: word },
    known: true,
  }
}
