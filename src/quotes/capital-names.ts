/**
 * Names written in capitals: some publishers print a speaker's rank and name so ("DETECTIVE
 * SUPERINTENDENT MARY SMITH SAID:", "said DETECTIVE INSPECTOR JOHN JONES"). The patterns for people
 * read a name by its case, so every word in capitals looks like a body's initials; here the words
 * are read again in the case of a name, and the person found is given back as written.
 */

import { lazyRegExp, onFirstUse } from '../text/lazy-patterns'
import { KNOWN_BODIES, NAME_ONSETS, THING_NAME_ENDS, TITLES } from './lexicon'
import type { Lexicon } from './patterns'
import { findPeople, type PersonMention } from './people'

/** Ranks written as initials ("DCI", "PC"): kept as they are, for the patterns know them so. */
const initialsTitles: () => ReadonlySet<string> = onFirstUse(
  () => new Set(TITLES.filter((t) => /^\p{Lu}{2,}$/u.test(t))),
)
/**
 * The end of a word in capitals and the start of the next, the least a run that may hold a name
 * needs: a cheap first test.
 */
const TWO_CAPITAL_WORDS = lazyRegExp(String.raw`\p{Lu}{2},?[ \u00a0]+\p{Lu}{2}`, 'u')
/** A word in the case of a name, then one in capitals: "Superintendent JONES". A cheap first test. */
const CAPITALS_AFTER_NAME_CASE = lazyRegExp(
  String.raw`\p{Lu}\p{Ll}[\p{L}.’'-]{0,24}[ \u00a0]{1,3}\p{Lu}[’'-]?\p{Lu}`,
  'u',
)
/** A word in the case of a name, such as a rank's last word: "Superintendent", "Supt.", "Mr". */
const NAME_CASE_WORD = lazyRegExp(String.raw`^\p{Lu}\p{Ll}[\p{L}.’'-]*$`, 'u')
/**
 * A word in capitals: letters in capitals, perhaps joined by a hyphen, an apostrophe or a stop, and
 * perhaps the mark that closes its phrase ("FARRELL,").
 */
const CAPITALS_WORD = lazyRegExp(String.raw`^\p{Lu}[\p{Lu}’'.-]*\p{Lu}[,;:]?$`, 'u')
const SMALL_LETTER = lazyRegExp(String.raw`\p{Ll}`, 'u')
/** Words of a name: two or three, as a first name and a surname, with a middle name at most. */
const MIN_NAME_WORDS = 2
const MAX_NAME_WORDS = 3

/**
 * The titled person a phrase names in capitals: a rank or office, in capitals or not, then a name
 * of two or three words in capitals. Title, name and role are taken from the phrase as written. Null when the phrase holds no such run, or the person is found without it; a word in
 * capitals alone ("NCA", "HMRC said") is left to be a body's initials.
 *
 * @example
 * titledPersonInCapitals('DETECTIVE SUPERINTENDENT MARY SMITH', lexicon)
 * //=> { name: 'MARY SMITH', title: 'DETECTIVE SUPERINTENDENT', role: null, … }
 */
export function titledPersonInCapitals(phrase: string, lexicon: Lexicon): PersonMention | null {
  if (!TWO_CAPITAL_WORDS().test(phrase)) return null
  const folded = foldCapitalRuns(phrase)
  if (folded === null) return null
  for (const p of findPeople(folded, lexicon, true)) {
    if (p.title === null) continue
    const words = p.name.split(/[ \u00a0]+/).length
    if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS) continue
    const nameAt = folded.indexOf(p.name, p.start)
    const titleAt = folded.indexOf(p.title, p.start)
    if (nameAt < 0 || titleAt < 0) continue
    const name = phrase.slice(nameAt, nameAt + p.name.length)
    const title = phrase.slice(titleAt, titleAt + p.title.length)
    // A name in the case of a name ("Mark Dreyfus KC MP"): the patterns read it so without help.
    if (SMALL_LETTER().test(name)) continue
    const roleAt = p.role === null ? -1 : folded.indexOf(p.role)
    const role = p.role === null || roleAt < 0 ? p.role : phrase.slice(roleAt, roleAt + p.role.length)
    return { start: p.start, end: p.end, name, title, role, text: phrase.slice(p.start, p.end) }
  }
  return null
}

/**
 * The people a phrase names in capitals, read from the phrase written in the case of a name (see
 * `foldCapitalRuns`) by `read`, the reader of speaker phrases: a name with no rank ("JANE DOE",
 * "JOHN SMITH, chief executive"), a rank and a surname ("DETECTIVE INSPECTOR JONES"), or names
 * joined by "AND" ("JANE DOE AND TOM BAKER"), who speak together. Names, titles and roles are given
 * back as written. Null when the phrase holds no run of capitals, `read` finds no person in it, or
 * a person's name is not a whole run of capitals: "NATIONAL CRIME AGENCY" and "KENT POLICE" are
 * read as bodies in either case, and a surname alone with no rank ("THE NCA") is a body's initials.
 */
export function peopleInCapitals(
  phrase: string,
  read: (folded: string) => readonly PersonMention[] | null,
): PersonMention[] | null {
  if (!TWO_CAPITAL_WORDS().test(phrase) && !CAPITALS_AFTER_NAME_CASE().test(phrase)) return null
  const folded = foldCapitalRuns(phrase)
  if (folded === null || folded === phrase) return null
  const people = read(folded)
  if (people === null || people.length === 0) return null
  const out: PersonMention[] = []
  for (const p of people) {
    const written = asWritten(phrase, folded, p)
    if (written === null) return null
    out.push(written)
  }
  // The run of capitals, with the rank before the first name, ends with the names on both sides:
  // a word in capitals before or after them makes them part of a body's name.
  const first = people[0]!
  const last = people.at(-1)!
  const nameAt = folded.indexOf(first.name, first.start)
  const titleAt = first.title === null ? -1 : folded.indexOf(first.title, first.start)
  const opens = titleAt >= 0 && titleAt < nameAt ? titleAt : nameAt
  const closes = folded.indexOf(last.name, last.start) + last.name.length
  if (CAPITALS_BEFORE().test(phrase.slice(0, opens)) || CAPITALS_AFTER().test(phrase.slice(closes)))
    return null
  return out
}

/** One person `peopleInCapitals` read, as the phrase writes them; null when the name is no whole run of capitals. */
function asWritten(phrase: string, folded: string, p: PersonMention): PersonMention | null {
  const nameAt = folded.indexOf(p.name, p.start)
  if (nameAt < 0) return null
  const name = phrase.slice(nameAt, nameAt + p.name.length)
  const words = name.split(/[ \u00a0]+/)
  if (words.length > MAX_NAME_WORDS || (p.title === null && words.length < MIN_NAME_WORDS)) return null
  // Every word of the name in capitals.
  if (!words.every((w) => CAPITALS_WORD().test(w) && VOWEL.test(w))) return null
  // "DOWNING STREET said": with no rank, a name that ends as a place's does is the place's.
  if (p.title === null && THING_ENDS.has(p.name.split(/[ \u00a0]+/).at(-1)!)) return null
  // "Director EUROPOL": a well-known body's name after an office is no surname.
  if (words.length === 1 && knownBodyNames().has(p.name)) return null
  const titleAt = p.title === null ? -1 : folded.indexOf(p.title, p.start)
  const roleAt = p.role === null ? -1 : folded.indexOf(p.role)
  const title = p.title === null || titleAt < 0 ? p.title : phrase.slice(titleAt, titleAt + p.title.length)
  const role = p.role === null || roleAt < 0 ? p.role : phrase.slice(roleAt, roleAt + p.role.length)
  return { start: p.start, end: p.end, name, title, role, text: phrase.slice(p.start, p.end) }
}

/** A name's word has a vowel; a body's initials may have none ("BBC NEWS"). */
const VOWEL = /[AEIOUY\u00c0-\u00dd]/u
/** The consonants before a word's first vowel. Group 1: them. */
const ONSET = /^([^AEIOUY\u00c0-\u00dd]*)[AEIOUY\u00c0-\u00dd]/u
const NAME_ONSET_SET: ReadonlySet<string> = new Set(NAME_ONSETS)

/**
 * True when a word in capitals cannot be a surname by its letters, so is a body's initials: it has
 * no vowel ("HMRC", "DWP"), or the consonants before its first vowel open no name ("FBI", "NCA";
 * "McDONALD" in capitals opens with "MC" and then a name). "NASA" and "JONES" may be either.
 *
 * @example
 * spellsInitials('FBI') //=> true
 * spellsInitials('JONES') //=> false
 */
export function spellsInitials(word: string): boolean {
  const onset = ONSET.exec(word.startsWith('MC') ? word.slice(2) : word)?.[1]
  if (onset === undefined) return true
  return onset.length > 1 && !NAME_ONSET_SET.has(onset)
}
/** Words that link a name to its role or a body's words to each other, in capitals. */
const LINK_WORDS = /^(?:OF|FOR|AT|FROM|AND|THE|IN|ON|TO)$/
/**
 * A word in capitals right before or after a name, other than a link word ("JANE DOE OF ACME"):
 * the name is part of a longer run, a body's.
 */
const CAPITALS_BEFORE = lazyRegExp(String.raw`(?:^|[ \u00a0])\p{Lu}[\p{Lu}’'.-]*\p{Lu}[ \u00a0]+$`, 'u')
const CAPITALS_AFTER = lazyRegExp(
  String.raw`^[ \u00a0]+(?!(?:OF|FOR|AT|FROM|AND|THE|IN|ON|TO)(?![\p{L}]))\p{Lu}[\p{Lu}’'.-]*\p{Lu}(?![\p{L}])`,
  'u',
)
/** Well-known bodies' names (see `KNOWN_BODIES`), in the case of a name. */
const knownBodyNames: () => ReadonlySet<string> = onFirstUse(
  () => new Set(Object.keys(KNOWN_BODIES).map(asName)),
)
/** The last word of a place's or a thing's name ("DOWNING STREET", "ACME HOUSE"), in the case of a name. */
const THING_ENDS: ReadonlySet<string> = new Set(THING_NAME_ENDS)

/**
 * The phrase with every run of two words or more in capitals, and every word in capitals after one
 * in the case of a name, written as a name is ("MARY SMITH" as "Mary Smith"), initials of a rank kept ("DCI"), each character where it was; null when a
 * letter changes length in another case, so that offsets into one are offsets into the other.
 */
function foldCapitalRuns(phrase: string): string | null {
  const tokens = phrase.split(/([ \u00a0]+)/)
  const inRun = tokens.map((t, k) => k % 2 === 0 && CAPITALS_WORD().test(t))
  let out = ''
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!
    // "Detective Superintendent JONES": a word in capitals alone after one in the case of a name,
    // as a surname after a rank, is written as a name is too.
    const run =
      inRun[k] &&
      (inRun[k - 2] === true ||
        inRun[k + 2] === true ||
        (NAME_CASE_WORD().test(tokens[k - 2] ?? '') && !LINK_WORDS.test(token)))
    // "JANE DOE OF ACME": a link word inside a run is written in small letters, as in a name's role.
    if (run && inRun[k - 2] === true && LINK_WORDS.test(token)) out += token.toLowerCase()
    else out += run && !initialsTitles().has(token) ? asName(token) : token
  }
  return out.length === phrase.length ? out : null
}

/** A word in capitals as a name is written: a capital after no letter, small letters after one. */
function asName(word: string): string {
  let out = ''
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!
    out += i > 0 && /\p{L}/u.test(word[i - 1]!) ? c.toLowerCase() : c
  }
  return out
}
