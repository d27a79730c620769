/**
 * A name of two words or more that closes a sentence stands at a clause's edge, as one that opens
 * it does: "The scene brought to mind Donald Trump." names a person. Places written the same way
 * do not: "He moved to New Zealand.", "outside Downing Street.", "He toured Hong Kong."; nor do remits ("the lead for
 * Acquisitive Crime.") and items of a list ("… as well as Counter Terrorism.").
 */

import { lazyRegExp } from '../text/lazy-patterns'
import { PLACE_NAME_OPENERS, THING_NAME_ENDS } from './lexicon'
import type { Lexicon } from './patterns'

/** A sentence's end right after the name: a stop, then a capital, an opening mark or the text's end. */
const SENTENCE_CLOSE = lazyRegExp(String.raw`^[.!?](?=[ \u00a0\n]{1,3}[\p{Lu}“‘"'(]|[ \u00a0\n]*$)`, 'u')
/**
 * A word right before the name that makes it a place, a remit or an item of a list, not a person:
 * "in Leeds", "lead for Acquisitive Crime", "as well as Counter Terrorism", "Leeds and York". Any
 * preposition: after "to" or "by" a place or a body ("travelled to Hong Kong.", "welcomed by
 * Amnesty International.") is written as a person is, and would take the next "he said".
 */
const NOT_PERSON_BEFORE = lazyRegExp(
  String.raw`(?<![\p{L}’'-])(?:in|at|near|into|onto|across|outside|inside|within|throughout|towards?|around|from|via|through|between|on|off|along|beyond|opposite|for|of|as|and|or|nor|than|to|by|with|about|after|against|among|before|behind|during|like|over|under|without|&)[ \u00a0]$`,
  'iu',
)

/**
 * A verb of going, visiting or leaving right before the name, which takes a place as its object:
 * "He toured Hong Kong.", "She visited Sri Lanka.", "They left Kuala Lumpur." The verbs that need
 * a preposition first ("flew to", "lives in") are read by `NOT_PERSON_BEFORE`.
 */
const PLACE_VERB_BEFORE = lazyRegExp(
  String.raw`(?<![\p{L}’'-])(?:tour(?:s|ed|ing)?|visit(?:s|ed|ing)?|leav(?:es|ing)|left|reach(?:es|ed|ing)?|enter(?:s|ed|ing)?|cross(?:es|ed|ing)?|explor(?:es|ed|ing)|depart(?:s|ed|ing)?|fle(?:es|d|eing)|evacuat(?:es|ed|ing))[ \u00a0]$`,
  'iu',
)

const OPENERS: ReadonlySet<string> = new Set(PLACE_NAME_OPENERS)
const ENDS: ReadonlySet<string> = new Set(THING_NAME_ENDS)

/**
 * True when the name `words`, written from `start` to `end` of `text`, closes its sentence and
 * reads as a person's: two words or more, no place's first word, no last word of a place's, a
 * group's or a firm's name, no abbreviation's stop, and no preposition of place, remit's link,
 * conjunction or verb of going or visiting before it.
 */
export function closesSentenceAsPerson(
  text: string,
  start: number,
  end: number,
  words: readonly string[],
  lexicon: Lexicon,
): boolean {
  if (words.length < 2 || !SENTENCE_CLOSE().test(text.slice(end, end + 5))) return false
  // "Northwind Co. COO Tom Baker": the stop is an abbreviation's, and the sentence goes on.
  if (lexicon.abbreviations.has(words.at(-1)!.toLowerCase())) return false
  if (OPENERS.has(words[0]!.replace(/\.$/, '')) || ENDS.has(words.at(-1)!)) return false
  const before = text.slice(Math.max(0, start - 12), start)
  return !NOT_PERSON_BEFORE().test(before) && !PLACE_VERB_BEFORE().test(before)
}
