/**
 * Offices whose word is also a surname ("Chancellor", "Speaker", "Clerk"), told apart by the
 * article before them: "the Chancellor said" names an office, "said John Chancellor" a person.
 */

import { lazyRegExp, onFirstUse } from '../text/lazy-patterns'
import {
  ABBREVIATIONS,
  HONORIFICS,
  OFFICE_HEADS,
  ORGANISATION_WORDS,
  REMIT_OFFICES,
  ROLE_NOUNS,
  THING_NAME_ENDS,
  TITLE_MODIFIERS,
  TITLES,
} from './lexicon'
import type { Lexicon } from './patterns'

const NOT_OFFICE_WORDS: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  // A body's word too ("the Garda Síochána"), read by the rules for members of a body.
  'Garda',
])
const SHORT_FORMS: ReadonlySet<string> = new Set(ABBREVIATIONS)
const ROLE_NOUN_SET: ReadonlySet<string> = new Set(ROLE_NOUNS)

/**
 * Offices of one word in capitals that are no role noun, so no other rule reads them after an
 * article: "Chancellor", "Speaker", "Clerk", "Provost", "Archbishop". Role nouns ("Director",
 * "Mayor") are read as offices wherever they stand.
 */
export const articleOfficeWords: () => ReadonlySet<string> = onFirstUse(
  () =>
    new Set(
      [...TITLES, ...REMIT_OFFICES, ...OFFICE_HEADS].filter(
        (t) =>
          /^\p{Lu}\p{Ll}{3,}$/u.test(t) &&
          !NOT_OFFICE_WORDS.has(t) &&
          !SHORT_FORMS.has(t.toLowerCase()) &&
          !ROLE_NOUN_SET.has(t.toLowerCase()),
      ),
    ),
)

/** Words in capitals before the office's: "Lord" of "the Lord Chancellor", "Deputy" of "the Deputy Speaker". */
const MODIFIERS_MAX = 2
/** Words of an office's remit after it: "of the House of Commons", "for Wales". */
const REMIT_WORDS_MAX = 8
const CAPITALISED = lazyRegExp(String.raw`^\p{Lu}[\p{L}’'-]{0,24}$`, 'u')
const REMIT_OPENER = /^(?:of|for|to)$/
const REMIT_LINK = /^(?:of|for|the|and|&)$/

/** An office written after "the", as `articleOffice` reads it. */
export interface ArticleOffice {
  /** The office's own word: "Speaker" of "the Deputy Speaker of the House". */
  readonly word: string
  /** The office as written, without the article: "Speaker of the House". */
  readonly office: string
}

/**
 * The office when the whole phrase is "the" and an office in capitals that ends in one of these
 * words, with at most two words in capitals before it and a remit in capitals after it: "the
 * Chancellor", "The Lord Chancellor", "the Speaker of the House", "the Clerk to the Council".
 * Null for anything else ("the Chancellor’s office", "John Chancellor").
 */
export function articleOffice(phrase: string): ArticleOffice | null {
  const words = phrase.trim().split(/[ \u00a0]+/)
  if (words.length < 2 || (words[0] !== 'the' && words[0] !== 'The')) return null
  return officeFrom(words, 1, (w) => CAPITALISED().test(w))
}

/** Words of an office after its article: "the Deputy Chief Medical Officer" has four. */
const TITLE_WORDS_MAX = 4
const TITLE_SET: ReadonlySet<string> = new Set(TITLES)

/**
 * The office when the whole phrase is "the" and an office in capitals with no one's name: a title
 * as listed ("the Chief Executive", "the Chief Constable"), or words in capitals that end in a
 * role's noun no body's name ends in ("the Chief Medical Officer", "the Police Commissioner"), or
 * an office read by `articleOffice` ("the Town Clerk"). Null for a body ("the Health Service
 * Executive") and anything else.
 */
export function officeAfterArticle(phrase: string, lexicon: Lexicon): ArticleOffice | null {
  const articled = articleOffice(phrase)
  if (articled !== null) return articled
  const words = phrase.trim().split(/[ \u00a0]+/)
  if (words.length < 2 || words.length > TITLE_WORDS_MAX + 1) return null
  if (words[0] !== 'the' && words[0] !== 'The') return null
  const office = words.slice(1)
  // Initials ("the SIO", "the PCC") are read by the rules for a body's or an office's initials;
  // "and" may join words inside the office ("the Police and Crime Commissioner").
  const inside = (w: string, k: number) => w === 'and' && k > 0 && k < office.length - 1
  if (!office.every((w, k) => inside(w, k) || (CAPITALISED().test(w) && /\p{Ll}/u.test(w)))) return null
  const word = office.at(-1)!
  const lower = word.toLowerCase()
  const joined = office.join(' ')
  if (TITLE_SET.has(joined) || (lexicon.roleNouns.has(lower) && !lexicon.organisationWords.has(lower)))
    return { word, office: joined }
  return null
}

/**
 * The office a predicate names ("who is the Chancellor", "who is House Speaker"): after "the" as
 * `articleOffice` reads it; without one, only words that qualify an office may stand before its
 * word ("House", "Town", "Council", "Deputy", "Lord"), so a name ("Tris Speaker") names none.
 */
export function predicateOffice(phrase: string): ArticleOffice | null {
  const words = phrase.trim().split(/[ \u00a0]+/)
  if (words[0] === 'the' || words[0] === 'The') return articleOffice(phrase)
  return officeFrom(words, 0, (w) => QUALIFIERS.has(w.toLowerCase()))
}

/** Words that qualify an office before its word: a body's or a place's ("House", "Town"), a rank's modifier, an honorific. */
const QUALIFIERS: ReadonlySet<string> = new Set(
  [...ORGANISATION_WORDS, ...THING_NAME_ENDS, ...TITLE_MODIFIERS, ...HONORIFICS].map((w) => w.toLowerCase()),
)

/** The office whose modifiers start at `from`, each passing `modifier`, as `articleOffice` reads it. */
function officeFrom(
  words: readonly string[],
  from: number,
  modifier: (word: string) => boolean,
): ArticleOffice | null {
  let k = from
  while (k < words.length && k < from + MODIFIERS_MAX && !articleOfficeWords().has(words[k]!)) {
    if (!modifier(words[k]!)) return null
    k++
  }
  if (k >= words.length || !articleOfficeWords().has(words[k]!)) return null
  const remit = words.slice(k + 1)
  if (remit.length > REMIT_WORDS_MAX) return null
  if (remit.length > 0) {
    if (!REMIT_OPENER.test(remit[0]!) || !CAPITALISED().test(remit.at(-1)!)) return null
    if (!remit.slice(1).every((w) => CAPITALISED().test(w) || REMIT_LINK.test(w))) return null
  }
  return { word: words[k]!, office: words.slice(from).join(' ') }
}
