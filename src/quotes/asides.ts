/**
 * Bracketed asides after a speaker that say nothing of who speaks or what they hold: a party
 * and state ("(D-Ohio)", "(R-N.Y.)"), where a photo shows them ("(pictured)", "(far left)"), a
 * party ("(Labour)") or a body's initials the words before do not spell ("Jane Doe (CPS)").
 * An attribution is read as though they were not there.
 */
import { PARTY_WORDS } from './lexicon'
import { headedNameStart, isInitials, spelledNameStart } from './short-names'

/**
 * Brackets after a word and a space, up to 30 characters on one line with no brackets or quote
 * marks inside, then a stop, a word in lower case ("and", "said") or the end: a quote or a
 * sentence in brackets is longer or holds marks, and capitals after go on a name ("Office of
 * Personnel Management (OPM) Director Tom Baker").
 */
const BRACKET =
  /(?<=[\p{L}.])[ \u00a0]\(([^()\n"“”‘’]{1,30})\)(?=[\n,;:.!?]|[ \u00a0]{1,3}\p{Ll}|[ \u00a0]{0,3}$)/gu
/** A party's letter and a state, with a district: "D-Ohio", "R-N.Y.", "D-New York", "R-Texas-21". */
const PARTY_STATE = /^\p{Lu}{1,2}[-–]\p{Lu}[\p{L}.]{0,14}(?:[ \u00a0]\p{Lu}[\p{L}.]{0,14})?(?:[-–]\d{1,2})?$/u
/** One word in lower case: "pictured", "left", "retired". */
const LOWER_WORD = /^\p{Ll}{2,15}\.?$/u
/** Where a photo shows someone, in a few words: "pictured left", "far right", "second from left". */
const PLACE_IN_PHOTO =
  /^(?:pictured|photographed|shown|seen|far|second|third|top|bottom|centre|center|front|back|left|right|above|below|inset)(?:[ \u00a0,]{1,2}\p{Ll}{2,12}){1,3}$/u
/** Parties in brackets after a member's name: "(Labour)", "(Lab)", "(Con)". */
const PARTY_NAMES: ReadonlySet<string> = new Set([...PARTY_WORDS, 'Lab', 'Con', 'Ind', 'Dem', 'Rep'])

/** True when the words in brackets starting at `at` of `text` are an aside, not a name or an office. */
function isAside(inside: string, text: string, at: number): boolean {
  if (PARTY_STATE.test(inside) || LOWER_WORD.test(inside) || PLACE_IN_PHOTO.test(inside)) return true
  if (PARTY_NAMES.has(inside)) return true
  // "Crown Prosecution Service (CPS)": initials the words before spell are the body's short name.
  if (!isInitials(inside)) return false
  return spelledNameStart(text, at, inside) === at && headedNameStart(text, at, inside) === at
}

/**
 * The text with the asides in brackets after its words taken out, with the space before them.
 *
 * @example
 * withoutAsides('said Jane Doe (D-Ohio) and John Roe (R-Texas)') //=> 'said Jane Doe and John Roe'
 * withoutAsides('said the Crown Prosecution Service (CPS)') //=> unchanged
 */
export function withoutAsides(text: string): string {
  if (!text.includes('(')) return text
  return text.replace(BRACKET, (whole, inside: string, offset: number) => {
    const open = offset + whole.indexOf('(')
    return isAside(inside, text, open) ? '' : whole
  })
}
