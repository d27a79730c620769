/**
 * An office named by the body it serves, with no one's name: "the Director of the NCA", "Head of
 * Europol", "Director HMRC". The body speaks through whoever holds the office, as it does through
 * "a spokesperson for the NCA"; the office is the speaker's role.
 */

import { lazyRegExp } from '../text/lazy-patterns'
import { OFFICE_FIELDS, TITLES } from './lexicon'
import type { Lexicon } from './patterns'

/** An office and the body it serves, as `officeOfBody` reads them. */
export interface OfficeOfBody {
  /** The office as written: "Director", "Deputy Director General", "Chief Executive". */
  readonly office: string
  /** The body as written, without its article: "NCA", "Bank of England". */
  readonly body: string
}

/**
 * Offices held only in a firm or another body, never over a field: after "of", the capitals of
 * "the Chief Executive of Bank of Ireland" or "the Managing Director of Tesco" are a body's name.
 */
const FIRM_OFFICE = lazyRegExp(
  String.raw`^(?:(?:Group|Deputy|Interim|Acting)[ \u00a0])?(?:Chief[ \u00a0]Executive(?:[ \u00a0]Officer)?|Managing[ \u00a0]Director|Chief[ \u00a0](?:Operating|Financial|Technology|Commercial)[ \u00a0]Officer)$`,
  'u',
)
/** A name in capitals, its words joined by "of", "for", "and" or "&": "Bank of Ireland", "Transport for London". */
const NAME_IN_CAPITALS = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}’'.&-]{0,30}(?:[ \u00a0](?:(?:of|for|and|&)[ \u00a0](?:the[ \u00a0])?)?\p{Lu}[\p{L}’'.&-]{0,30}){0,5}$`,
  'u',
)

/** True when an office held only in a body is followed by a name in capitals: that body's name. */
export function firmOfficeOf(body: string, office: string): boolean {
  return FIRM_OFFICE().test(capitalised(office)) && NAME_IN_CAPITALS().test(body)
}

/** An office's words with their first letters in capitals: "chief executive" is read as "Chief Executive". */
function capitalised(office: string): string {
  return office.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase())
}

/** A name in the possessive, then the rest: "Tesco Bank’s " of "Tesco Bank’s chief executive". Group 1: the name. */
const POSSESSOR = lazyRegExp(String.raw`^(?:the[ \u00a0])?(\p{Lu}[^’']{0,60})[’']s[ \u00a0]`, 'u')

/**
 * The office and the body when the whole phrase is a body's name in the possessive and an office
 * ending in a role's noun, with no one's name: "the NCA’s Director General", "Kent Police’s Chief
 * Constable", "Acme’s chief executive". `isBody` tells a body's name from a person's ("Jane
 * Smith’s chief of staff"); an office held only in a body ("chief executive") makes any name in
 * capitals a body's. Null for any other phrase.
 */
export function officeOfPossessor(
  phrase: string,
  lexicon: Lexicon,
  isBody: (name: string) => boolean,
): OfficeOfBody | null {
  const text = phrase.trim()
  const owner = POSSESSOR().exec(text)
  if (owner === null) return null
  const office = text.slice(owner[0].length)
  const words = office.split(/[ \u00a0]+/)
  if (words.length > OFFICE_WORDS_MAX && !qualifiedOffice(words)) return null
  if (!words.every((w) => /^[\p{L}-]+$/u.test(w))) return null
  const last = words.at(-1)!
  if (!lexicon.roleNouns.has(last.toLowerCase()) && last !== 'General') return null
  const body = owner[1]!
  const firm = FIRM_OFFICE().test(capitalised(office))
  return isBody(body) || (firm && NAME_IN_CAPITALS().test(body)) ? { office, body } : null
}

/**
 * The office and the body when the whole phrase is a body's name, then an office in capitals
 * ending in a role's noun, with no one's name: "the FBI Director", "the NCA Director General",
 * "the Police Scotland Chief Constable". `isBody` tells a body's name from a name or a field
 * ("the Home Secretary"); null for any other phrase ("the FBI Director Jane Doe").
 */
export function officeAfterBody(
  phrase: string,
  lexicon: Lexicon,
  isBody: (name: string) => boolean,
): OfficeOfBody | null {
  const words = phrase.trim().split(/[ \u00a0]+/)
  const from = words[0] === 'the' || words[0] === 'The' ? 1 : 0
  const last = words.at(-1)!
  if (words.length - from < 2 || (!lexicon.roleNouns.has(last.toLowerCase()) && last !== 'General'))
    return null
  // The office: capitalised office words back from the end ("Director General", "Chief Constable").
  let k = words.length - 1
  while (k - 1 > from && words.length - k < OFFICE_WORDS_MAX && officeWord(words[k - 1]!, lexicon)) k--
  // "Cabinet Secretary", "Police Constable": a title's first word is the office's, not the body's.
  if (k - 1 > from && TITLE_SET.has(`${words[k - 1]} ${words.slice(k).join(' ')}`)) k--
  const body = words.slice(from, k).join(' ')
  const office = words.slice(k).join(' ')
  return CAPITALISED.test(words[k]!) && isBody(body) ? { office, body } : null
}

const TITLE_SET: ReadonlySet<string> = new Set(TITLES)
const FIELD_SET: ReadonlySet<string> = new Set(OFFICE_FIELDS)

/** A word of an office in capitals: a role's noun or a word that opens one ("Chief", "Deputy"). */
function officeWord(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase()
  return (
    CAPITALISED.test(word) &&
    (lexicon.roleNouns.has(lower) || LOWER_OFFICE_WORDS.has(lower) || word === 'General')
  )
}

/** Words that open an office in lower case before its role noun: "chief" of "chief executive". */
const LOWER_OFFICE_WORDS: ReadonlySet<string> = new Set([
  'acting',
  'assistant',
  'chief',
  'deputy',
  'executive',
  'interim',
  'managing',
  'senior',
])

/** Words of an office before the body: "Deputy Director General" is three. */
const OFFICE_WORDS_MAX = 4
/** Words of an office whose words before its noun all qualify it: "acting deputy chief nursing officer" is five. */
const OFFICE_WORDS_LONG = 7

/**
 * Words that qualify an office before its noun, by rank or by what it runs: "deputy", "chief",
 * "nursing" of "deputy chief nursing officer". Only offices of these words run past
 * `OFFICE_WORDS_MAX`.
 */
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set([
  ...LOWER_OFFICE_WORDS,
  ...FIELD_SET,
  'associate',
  'commercial',
  'digital',
  'divisional',
  'financial',
  'group',
  'information',
  'joint',
  'nursing',
  'operating',
  'people',
  'principal',
  'scientific',
  'technology',
])

/** True when every word of an office before its last is one that qualifies it. */
function qualifiedOffice(words: readonly string[]): boolean {
  return (
    words.length <= OFFICE_WORDS_LONG &&
    words.slice(0, -1).every((w) => OFFICE_MODIFIERS.has(w.toLowerCase()))
  )
}
/** What joins an office to its body: "Director of the NCA", "Head of Research at Acme". */
const JOINS: ReadonlySet<string> = new Set(['of', 'at'])
/** A body's initials standing right after the office: "HMRC" of "Director HMRC". */
const INITIALS = /^\p{Lu}[\p{Lu}\d]{1,5}$/u
const CAPITALISED = /^\p{Lu}[\p{L}-]{0,24}$/u

/**
 * The office and the body when the whole phrase is an office in capitals ending in a role's noun
 * ("Director", "Head", "Chief Executive") and a body: after "of" or "at" ("the Director of the
 * FBI", "Head of Europol"), or its initials right after ("Director HMRC"). `isBody` tells a body's
 * name from an office's remit, so "the Director of Public Prosecutions" and "the Head of
 * Operations" stay offices of no body named; null for those and for any other phrase.
 */
export function officeOfBody(
  phrase: string,
  lexicon: Lexicon,
  isBody: (name: string, office: string) => boolean,
): OfficeOfBody | null {
  return readOffice(phrase, lexicon, isBody, false)
}

/**
 * The office when the whole phrase is an office whose "of" names a kind of body, part of the
 * office's own name ("the Commissioner of Police of the Metropolis", "the Chief Inspector of
 * Constabulary"): someone described by office, no body. `body` holds the words after "of".
 */
export function officeOfField(phrase: string, lexicon: Lexicon): OfficeOfBody | null {
  return readOffice(phrase, lexicon, () => true, true)
}

/** The office and the words after its link, as `officeOfBody` reads them; with `field`, only a field's. */
function readOffice(
  phrase: string,
  lexicon: Lexicon,
  isBody: (name: string, office: string) => boolean,
  field: boolean,
): OfficeOfBody | null {
  const words = phrase.trim().split(/[ \u00a0]+/)
  const from = words[0] === 'the' || words[0] === 'The' ? 1 : 0
  let named = false
  // True while every word read is one that qualifies an office or the office's noun: only then
  // does the office run past `OFFICE_WORDS_MAX` words ("the deputy chief nursing officer of …").
  let qualified = true
  for (
    let k = from;
    k < words.length - 1 && (k < from + OFFICE_WORDS_MAX || (qualified && k < from + OFFICE_WORDS_LONG));
    k++
  ) {
    const word = words[k]!
    if (named && JOINS.has(word)) {
      const rest = words.slice(k + 1)
      if ((rest[0] !== 'the' && fieldOfOffice(rest, lexicon)) !== field) return null
      const body = (rest[0] === 'the' ? rest.slice(1) : rest).join(' ')
      const office = words.slice(from, k).join(' ')
      return body.length > 0 && isBody(body, office) ? { office, body } : null
    }
    // "the chief executive of Acme", "the director of the FBI": an office's words in lower case too;
    // so is the field before its noun ("the medical director of …", "the general manager of …").
    // "the chief operating officer of …": a word between "chief" and the noun says what it runs.
    const qualifier = officeQualifier(words, k, from, lexicon)
    if (
      !CAPITALISED.test(word) &&
      !(lexicon.roleNouns.has(word) || LOWER_OFFICE_WORDS.has(word) || FIELD_SET.has(word) || qualifier)
    )
      return null
    // "Jane Smith Director of the FBI": two words before the office's noun, with no article, are a name.
    if (!named && from === 0 && k >= 2) return null
    // "Director General", "Chief Executive": after the role's noun only another goes on with the
    // office; a name there is the holder's ("Inspector Jane Hill of Kent Police").
    const noun = lexicon.roleNouns.has(word.toLowerCase()) || word === 'General'
    if (named && !noun && !qualifier) return null
    named ||= noun
    qualified &&= noun || OFFICE_MODIFIERS.has(word.toLowerCase())
    const next = words[k + 1]!
    // "Director HMRC": the body's initials alone, nothing after.
    if (named && k + 2 === words.length && INITIALS.test(next) && !lexicon.postNominals.has(next))
      return isBody(next, words.slice(from, k + 1).join(' ')) && !field
        ? { office: words.slice(from, k + 1).join(' '), body: next }
        : null
  }
  return null
}

/**
 * True when the word at `k` stands between a word that opens an office and the office's noun:
 * "operating" of "chief operating officer", "Information" of "Chief Information Officer". It says
 * what the office runs, as a field does.
 */
function officeQualifier(words: readonly string[], k: number, from: number, lexicon: Lexicon): boolean {
  return (
    k > from &&
    LOWER_OFFICE_WORDS.has(words[k - 1]!.toLowerCase()) &&
    lexicon.roleNouns.has((words[k + 1] ?? '').toLowerCase()) &&
    /^\p{L}\p{Ll}{2,20}$/u.test(words[k]!)
  )
}

/**
 * True when the words after an office's "of", with no article, are a kind of body rather than one
 * body's name: "Police" of "the Commissioner of Police", "Police of the Metropolis",
 * "Constabulary" of "the Chief Inspector of Constabulary". They are part of the office's own name.
 */
function fieldOfOffice(rest: readonly string[], lexicon: Lexicon): boolean {
  const first = rest[0]
  if (first === undefined || !lexicon.organisationWords.has(first.toLowerCase())) return false
  return rest.length === 1 || rest[1] === 'of' || rest[1] === 'for'
}
