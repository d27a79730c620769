/**
 * The person a relative clause opened by ", who" is about, when the cue is that clause's verb:
 * "The appeal was led by Detective Inspector Jane Smith, who said:" and "… overseen by Jane
 * Smith, head of the unit, who said:". The name must end the words before the comma, or stand
 * right before one apposition that ends them; anyone named earlier in the sentence is not the
 * one who speaks ("DI Jane Smith spoke to a man, who said:" names no speaker).
 */

import { lazyRegExp } from '../text/lazy-patterns'
import { NAME_PARTICLES, SURNAME_PARTICLES } from './lexicon'
import type { Lexicon } from './patterns'
import { findPeople, type PersonMention, topLevelParts } from './people'

/** ", who" ending the words before a cue. */
export const WHO_AT_END = /,[ \u00a0]{0,3}who[ \u00a0]*$/

/** Nothing but spaces, or an age, between a name and the comma before "who": "Jane Smith, 45". */
const NOTHING_OR_AGE = /^(?:,[ \u00a0]?\d{1,3})?[ \u00a0]*$/
/** At most this many characters of an apposition between the name and ", who". */
const APPOSITION_CHARS = 120
/** At most this many words of a name in capitals are read back from its end. */
const NAME_WORDS = 7
/** A word of a name in capitals, or an initial: "Jane", "M.", "O’Neill", "Newman-West". */
const CAPITALISED = lazyRegExp(String.raw`^(?:\p{Lu}[\p{L}’'.-]{0,30})$`, 'u')
const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...SURNAME_PARTICLES])
/** An "of" phrase right after a name. */
const OF_PHRASE = /^[ \u00a0]+of[ \u00a0]/
/** Words of a clause inside an apposition: "Jane Smith, who … , said" is no apposition here. */
const CLAUSE_WORD = /(?:^|[ \u00a0])(?:is|was|were|are|has|had|have|will|said|says)(?=[ \u00a0]|$)/

/**
 * The person `head` (the words before the cue, ending in ", who") ends with, as a mention with
 * offsets into `head`; null when the words before ", who" end with no person's name.
 */
export function personBeforeWho(head: string, lexicon: Lexicon): PersonMention | null {
  const who = WHO_AT_END.exec(head)
  if (who === null) return null
  const before = head.slice(0, who.index)
  const parts = topLevelParts(before)
  const last = parts.at(-1)!
  // "Jane Smith, head of the unit": the apposition is the last comma part, short and no clause.
  const apposed =
    parts.length > 1 && last.length <= APPOSITION_CHARS && !CLAUSE_WORD.test(last) && /^[ \u00a0]/.test(last)
  const cores = apposed ? [before, before.slice(0, before.length - last.length - 1)] : [before]
  for (const core of cores) {
    const found = nameEnding(before, core.trimEnd().length, lexicon)
    if (found !== null) return found
  }
  return null
}

/** The person whose name ends at `end` of `text`, an age aside, read with what follows it. */
function nameEnding(text: string, end: number, lexicon: Lexicon): PersonMention | null {
  // A title in lower case or a name anywhere in the clause ("led by detective sergeant Jo Bloggs");
  // a surname alone is read last, as the end of a longer name may be one ("Amy de la Cruz").
  let surname: PersonMention | null = null
  for (const p of findPeople(text, lexicon, true)) {
    const rest = text.slice(p.end, end)
    if (p.end > end || !(NOTHING_OR_AGE.test(rest) || ofPhraseOnly(rest))) continue
    if (p.title !== null || /[ \u00a0]/.test(p.name)) return p
    surname = p
  }
  // A bare name after a preposition ("overseen by Jane Smith") is read from its first capital.
  const from = capitalisedRunStart(text, end)
  if (from < end) {
    for (const p of findPeople(text.slice(from), lexicon, true)) {
      if (p.start === 0 && p.end === end - from) return { ...p, start: from, end: from + p.end }
    }
  }
  return surname
}

/** True when only an "of" phrase stands after the name: "Sergeant Mary Jones of the rural crime team". */
function ofPhraseOnly(rest: string): boolean {
  return OF_PHRASE.test(rest) && rest.length <= APPOSITION_CHARS && !CLAUSE_WORD.test(rest)
}

/** Where the words in capitals (particles between them) that end at `end` start. */
function capitalisedRunStart(text: string, end: number): number {
  const words = text.slice(0, end).split(/[ \u00a0]/)
  let k = words.length
  while (k > 0 && words.length - k < NAME_WORDS) {
    const w = words[k - 1]!
    if (!(CAPITALISED().test(w) || (k < words.length && PARTICLES.has(w)))) break
    k--
  }
  // The separators are one character each: the words before the run, joined again, end where it starts.
  return k === 0 ? 0 : words.slice(0, k).join(' ').length + 1
}
