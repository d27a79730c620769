/**
 * Bracketed asides after a speaker that say nothing of who speaks or what they hold: a party
 * and state ("(D-Ohio)", "(R-N.Y.)", "(D-Ohio and D-Mich.)", ", R-Iowa,"), where a photo shows them
 * ("(pictured)", "(far left)"), a party ("(Labour)"), a party and a ward ("(Lab, Northtown)") or a body's initials the words before do not
 * spell ("Jane Doe (CPS)"); and a clause about the first of two speakers joined by "and" ("Jane
 * Doe (who chairs the panel) and John Roe") or about the last one ("Kent Police (who declined …)").
 * An attribution is read as though they were not there.
 */

import { lazyRegExp } from '../text/lazy-patterns'
import { PARTY_WORDS } from './lexicon'
import { headedNameStart, isInitials, spelledNameStart } from './short-names'

/**
 * Brackets after a word and a space, up to 60 characters on one line with no brackets or quote
 * marks inside, then a stop, a word in lower case ("and", "said") or the end: a quote or a
 * sentence in brackets is longer or holds marks, and capitals after go on a name ("Office of
 * Personnel Management (OPM) Director Tom Baker").
 */
const BRACKET = lazyRegExp(
  String.raw`(?<=[\p{L}.])[ \u00a0]\(([^()\n"“”‘’]{1,60})\)(?=[\n,;:.!?]|[ \u00a0]{1,3}\p{Ll}|[ \u00a0]{0,3}$)`,
  'gu',
)
/**
 * A word of a state's or a home town's name: "Iowa", "Wash.", "Winston-Salem", "O’Fallon", and
 * "d’Alene" of "Coeur d’Alene".
 */
const PLACE_WORD = String.raw`(?:\p{Ll}[’'])?\p{Lu}[\p{L}.’'-]{0,14}`
/**
 * One party's letter (or Minnesota's "DFL") and a state or a home town of up to three words, so
 * "EU-US" is none: "R-Iowa", "D-Wash.", "D-New York", "D-Riverton", "R-Port St. Lucie".
 */
const ONE_PARTY_STATE = String.raw`(?:[DRI]|DFL)[-–]${PLACE_WORD}(?:[ \u00a0]${PLACE_WORD}){0,2}(?:[-–]\d{1,2})?`
/** A party's letters and a state, with a district: "D-Ohio", "R-N.Y.", "D-New York", "R-Texas-21", "DFL-Minneapolis". */
const PARTY_STATE = lazyRegExp(
  String.raw`^(?:\p{Lu}{1,2}|DFL)[-–]${PLACE_WORD}(?:[ \u00a0]${PLACE_WORD}){0,2}(?:[-–]\d{1,2})?$`,
  'u',
)
/**
 * A member's party and state between commas, as news style writes them: "Sen. Jane Doe, R-Iowa,
 * chair of …". Before "and" or the end the comma after it goes too, so the names it stood between
 * are a list and the apposition is closed: "Jane Doe, D-Ohio, and John Roe, R-Texas, " is "Jane Doe
 * and John Roe".
 */
const APPOSED_PARTY_STATE = lazyRegExp(
  `,[ \u00a0]${ONE_PARTY_STATE}(?:,(?=[ \u00a0](?:and|&)[ \u00a0]|[ \u00a0]*$)|(?=,|[ \u00a0]*$))`,
  'gu',
)
/**
 * The same tag opening the words after a name, then a comma, a colon, the end, or a word in
 * lower case: ", R-Iowa" of ", R-Iowa, chair of …", of ", R-Iowa said" and of ", R-Iowa:".
 * Group 1: the word in lower case.
 */
const PARTY_STATE_AFTER = lazyRegExp(
  String.raw`^,[ \u00a0]${ONE_PARTY_STATE}(?=[,:;]|[ \u00a0]*(?:\n|$)|[ \u00a0]{1,3}(\p{Ll}{2,20})(?![\p{L}]))`,
  'u',
)
/** What joins the party tags of several members: "D-Ohio and D-Mich.", "D-Ohio, R-Texas & D-N.Y.". */
const TAG_JOIN = /,[ \u00a0]{0,3}(?:(?:and|&)[ \u00a0]{1,3})?|[ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3}/u
/**
 * A clause in brackets right before "and" and a capital: it says more of the one before, and the
 * name after "and" is a second speaker. Quote marks and brackets inside end it, so it stays within
 * one attribution. Between commas ("Jane Doe, who thanked the volunteers, and John Roe") the
 * clause's object may go on past "and", so such a clause is left.
 */
const CLAUSE_BEFORE_AND = lazyRegExp(
  String.raw`(?<=[\p{L}.])[ \u00a0]\([^()\n"“”‘]{1,150}\)(?=,?[ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3}\p{Lu})`,
  'gu',
)
/**
 * A relative clause in brackets that ends the phrase: "said Kent Police (who declined to comment
 * further)". It says more of the one before, and is no part of their name.
 */
const CLAUSE_AT_END = lazyRegExp(
  String.raw`(?<=[\p{L}.])[ \u00a0]\((?:who|whose|which)[ \u00a0][^()\n"“”‘]{1,150}\)(?=[ \u00a0]{0,3}[.,;:!?]?[ \u00a0]{0,3}$)`,
  'u',
)
/** One word in lower case: "pictured", "left", "retired". */
const LOWER_WORD = lazyRegExp(String.raw`^\p{Ll}{2,15}\.?$`, 'u')
/** Where a photo shows someone, in a few words: "pictured left", "far right", "second from left". */
const PLACE_IN_PHOTO = lazyRegExp(
  String.raw`^(?:pictured|photographed|shown|seen|far|second|third|top|bottom|centre|center|front|back|left|right|above|below|inset)(?:[ \u00a0,]{1,2}\p{Ll}{2,12}){1,3}$`,
  'u',
)
/** Parties in brackets after a member's name: "(Labour)", "(Lab)", "(Con)". */
const PARTY_NAMES: ReadonlySet<string> = new Set([
  ...PARTY_WORDS,
  'Lab',
  'Con',
  'Ind',
  'Dem',
  'Rep',
  'Lib',
  'LD',
])
/**
 * A party in one or two words, a comma and the ward or seat a member holds, as councils write a
 * councillor: "Lab, Northtown", "Liberal Democrat, Northtown West", "Con, Eastfield and Westfield".
 * Group 1: the party.
 */
const PARTY_AND_SEAT = lazyRegExp(
  String.raw`^(\p{Lu}\p{L}{1,15}(?:[ \u00a0]\p{Lu}\p{L}{1,15})?),[ \u00a0]\p{Lu}[\p{L}’'.-]{1,20}(?:[ \u00a0](?:\p{Lu}[\p{L}’'.-]{1,20}|and|&|upon|on))*$`,
  'u',
)

/** True when the words in brackets starting at `at` of `text` are an aside, not a name or an office. */
function isAside(inside: string, text: string, at: number): boolean {
  if (inside.split(TAG_JOIN).every((tag) => PARTY_STATE().test(tag))) return true
  if (LOWER_WORD().test(inside) || PLACE_IN_PHOTO().test(inside)) return true
  if (PARTY_NAMES.has(inside)) return true
  // "Jane Doe (Lab, Northtown)": the party and the ward say no more of who speaks than a party does.
  const seat = PARTY_AND_SEAT().exec(inside)
  if (seat !== null && seat[1]!.split(/[ \u00a0]/).every((w) => PARTY_NAMES.has(w))) return true
  // "Crown Prosecution Service (CPS)": initials the words before spell are the body's short name.
  if (!isInitials(inside)) return false
  return spelledNameStart(text, at, inside) === at && headedNameStart(text, at, inside) === at
}

/**
 * The text with the asides in brackets after its words taken out, with the space before them.
 *
 * @example
 * withoutAsides('said Jane Doe (D-Ohio) and John Roe (R-Texas)') //=> 'said Jane Doe and John Roe'
 * withoutAsides('said Jane Doe (who chairs the panel) and John Roe') //=> 'said Jane Doe and John Roe'
 * withoutAsides('said the Crown Prosecution Service (CPS)') //=> unchanged
 */
export function withoutAsides(text: string): string {
  const unbracketed = text.includes('(')
    ? text.replace(BRACKET(), (whole, inside: string, offset: number) => {
        const open = offset + whole.indexOf('(')
        return isAside(inside, text, open) ? '' : whole
      })
    : text
  const untagged =
    text.includes('-') || text.includes('–') ? unbracketed.replace(APPOSED_PARTY_STATE(), '') : unbracketed
  return untagged.replace(CLAUSE_BEFORE_AND(), '').replace(CLAUSE_AT_END(), '')
}

/** A member's party and state after a comma at the end of a text: ", D-Riverton". */
const PARTY_STATE_AT_END = lazyRegExp(`,[ \u00a0]${ONE_PARTY_STATE}$`, 'u')
/** Words in brackets that end a text: " (Lab, Northtown)". Group 1: the words inside. */
const BRACKET_AT_END = /[ \u00a0]\(([^()\n]{1,60})\)$/u

/**
 * A role without the aside that ends it, in brackets or a member's party and state after a comma:
 * "cabinet member for housing (Lab, Northtown)" is "cabinet member for housing", "Senate Majority
 * Leader, D-Riverton" is "Senate Majority Leader"; an office's initials the words spell stay ("head
 * of the Crown Prosecution Service (CPS)").
 */
export function withoutAsideAtEnd(role: string): string {
  // "Senate Majority Leader, D-Riverton": a member's party and state after a comma.
  const tag = role.includes('-') || role.includes('–') ? PARTY_STATE_AT_END().exec(role) : null
  if (tag !== null) return role.slice(0, tag.index)
  const m = role.endsWith(')') ? BRACKET_AT_END.exec(role) : null
  return m !== null && isAside(m[1]!, role, m.index + 1) ? role.slice(0, m.index) : role
}

/**
 * The length of a member's party and state after a comma that open `after`, the words after a
 * name ("…, R-Iowa, chair of the committee", "…, D-Riverton said", "…, D-Riverton:"); 0 when none
 * does. A word in lower case after the tag must be a cue's (`isCue`): "…, I-Team reporter" is a
 * role.
 */
export function partyStateAfter(after: string, isCue: (word: string) => boolean): number {
  const m = PARTY_STATE_AFTER().exec(after)
  if (m === null || (m[1] !== undefined && !isCue(m[1]))) return 0
  return m[0].length
}

/** A spaced dash: " – ", " — ", " - ". */
const SPACED_DASH = /[ \u00a0][–—-][ \u00a0]/gu
/** Words set apart by a pair of spaced dashes after a word: " – the force’s head of crime – ". */
const DASHED_PAIR = lazyRegExp(
  String.raw`(?<=[\p{L}.])[ \u00a0][–—-][ \u00a0]([^–—\n]{1,100}?)[ \u00a0][–—-](?:[ \u00a0](?=\p{L})|[ \u00a0]?$)`,
  'gu',
)

/**
 * The words a pair of spaced dashes sets apart as an apposition between commas, the same length:
 * "Jane Smith – the force’s head of crime – said" reads as "Jane Smith,  the force’s head of
 * crime,  said". A lone dash, as a dateline's, is left.
 */
export function dashedPairAsCommas(text: string): string {
  return mayHoldSpacedDash(text)
    ? text.replace(DASHED_PAIR(), (whole: string, inside: string) =>
        `,  ${inside},`.padEnd(whole.length, ' '),
      )
    : text
}

/** Every spaced dash as a comma, the same length: for the words after a cue ("said Jane Smith – head of crime"). */
export function dashesAsCommas(text: string): string {
  return mayHoldSpacedDash(text) ? text.replace(SPACED_DASH, ',  ') : text
}

/** A cheap test that spares most texts the patterns: a dash, or a hyphen between spaces. */
function mayHoldSpacedDash(text: string): boolean {
  return text.includes('–') || text.includes('—') || text.includes(' - ')
}
