import type { Span } from '../model'
import type { TextBlock } from '../text/blocks'
import { lazyRegExp } from '../text/lazy-patterns'
import { escapeRegExp } from '../text/patterns'
import { isOrganisationName } from './attribution'
import {
  BODY_DESCRIPTIONS,
  BODY_NAME_OPENERS,
  BODY_NAME_PLACES,
  BODY_NOUN_NAMES,
  KNOWN_BODIES,
  ORGANISATION_NAME_ENDS,
  PUBLISHER_NOUN_NAMES,
  TITLES,
} from './lexicon'
import type { Lexicon } from './patterns'
import { describesBeforeSurname, findPeople, isNameWord } from './people'
import { isInitials, isShortNameOf } from './short-names'

/** The full mention of a person known so far by surname alone, from anywhere before `before`. */
export type LookBack = (
  surname: string,
  before: number,
) => { name: string; title: string | null; role: string | null; text: string; span: Span } | null

/** The full name of an organisation called by its last word alone ("the Bank"), from anywhere before `before`. */
export type OrganisationLookBack = (head: string, before: number) => string | null

/** How many surnames a release may look back for: each look reads the release once. */
const LOOK_BACKS = 8

/**
 * The look-back over a release's blocks (title and all), for "said Hester" far below "Constance
 * Hester" where the paragraphs read for people do not reach. Memoised per surname, and bounded
 * per release.
 */
export function lookBackIn(blocks: readonly TextBlock[], lexicon: Lexicon): LookBack {
  return memoised((surname, before) => fullNameBefore(blocks, surname, before, lexicon))
}

/** Whether a release addresses someone by a surname with an honorific ("Ms Ranger", "Mr Watch"). */
export type Addressed = (surname: string) => boolean

/** Honorifics of address, before a surname alone. */
const ADDRESS = '(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?[ \\u00a0]'

/** `Addressed` over a release's blocks, memoised per surname and bounded per release. */
export function addressedIn(blocks: readonly TextBlock[]): Addressed {
  const find = memoised((surname) => {
    const re = new RegExp(`(?<![\\p{L}])${ADDRESS}${escapeRegExp(surname)}(?![\\p{L}’'-])`, 'u')
    return blocks.some((b) => b.text.includes(surname) && re.test(b.text)) ? true : null
  })
  return (surname) => find(surname, Number.POSITIVE_INFINITY) === true
}

/** Whether a release writes a word as a surname after a given name ("Jean DUPONT"). */
export type Surnamed = (word: string) => boolean

/**
 * `Surnamed` over a release's blocks: the word right after a word in the case of a name that is a
 * name's word (not an office's: "Director NASA"). Memoised per word, and bounded per release.
 */
export function surnamedIn(blocks: readonly TextBlock[], lexicon: Lexicon): Surnamed {
  const find = memoised((word) => {
    const re = new RegExp(
      `(?<![\\p{L}])(\\p{Lu}\\p{Ll}[\\p{L}’'-]{0,24})[ \\u00a0]${escapeRegExp(word)}(?![\\p{L}’'-])`,
      'gu',
    )
    for (const b of blocks) {
      if (!b.text.includes(word)) continue
      re.lastIndex = 0
      for (let m = re.exec(b.text); m !== null; m = re.exec(b.text))
        if (isNameWord(m[1]!, lexicon)) return true
    }
    return null
  })
  return (word) => find(word, Number.POSITIVE_INFINITY) === true
}

/**
 * A look-back memoised by the word looked for (its first answer stands for the release), giving
 * nothing once `LOOK_BACKS` words have been looked for.
 */
function memoised<T>(
  find: (word: string, before: number) => T | null,
): (word: string, before: number) => T | null {
  const memo = new Map<string, T | null>()
  return (word, before) => {
    if (memo.has(word)) return memo.get(word)!
    if (memo.size >= LOOK_BACKS) return null
    const found = find(word, before)
    memo.set(word, found)
    return found
  }
}

/** The first full mention ("Special Agent in Charge Constance Hester") of a surname before an offset. */
function fullNameBefore(
  blocks: readonly TextBlock[],
  surname: string,
  before: number,
  lexicon: Lexicon,
): ReturnType<LookBack> {
  for (const block of blocks) {
    if (block.start >= before) break
    if (!block.text.includes(surname)) continue
    for (const m of findPeople(block.text, lexicon)) {
      if (m.name.endsWith(` ${surname}`)) {
        const start = block.start + m.start
        return {
          name: m.name,
          title: m.title,
          role: m.role,
          text: m.text,
          span: { start, end: start + m.text.length },
        }
      }
    }
  }
  return isNameWord(surname, lexicon) ? null : firstNameBefore(blocks, surname, before, lexicon)
}

/**
 * "Tom Watch" before "Mr Watch": a first name and a surname that is a role's or a body's word
 * ("Watch", "Ranger"), which `findPeople` reads as no name, named before a reference by honorific;
 * not after another capitalised word ("Human Rights Watch").
 */
function firstNameBefore(
  blocks: readonly TextBlock[],
  surname: string,
  before: number,
  lexicon: Lexicon,
): ReturnType<LookBack> {
  const re = new RegExp(
    `(?<![\\p{L}’'.-])(\\p{Lu}\\p{Ll}{1,20})[ \\u00a0]${escapeRegExp(surname)}(?![\\p{L}’'-])`,
    'gu',
  )
  for (const block of blocks) {
    if (block.start >= before) break
    if (!block.text.includes(surname)) continue
    for (const m of block.text.matchAll(re)) {
      const first = m[1]!
      if (!isNameWord(first, lexicon) || describesBeforeSurname(first)) continue
      if (CAPITALISED_WORD_BEFORE().test(block.text.slice(Math.max(0, m.index - 30), m.index))) continue
      const start = block.start + m.index
      if (start >= before) break
      return { name: m[0], title: null, role: null, text: m[0], span: { start, end: start + m[0].length } }
    }
  }
  return null
}

/**
 * Capitalised words or initials ("U.S."), at most five, written right before the word looked for;
 * "and" may join a word in mixed case to the next ("Avon and Somerset Police"), not an acronym,
 * which names a body of its own ("INTERPOL and African Development Bank").
 */
const CAPITALISED_BEFORE = lazyRegExp(
  String.raw`(?:\p{Lu}\p{Ll}[\p{L}’'&-]{0,23}[ \u00a0](?:and|&)[ \u00a0]|\p{Lu}[\p{L}’'&-]{0,24}[ \u00a0]|(?:\p{Lu}\.){2,3}[ \u00a0]){1,5}$`,
  'u',
)

/**
 * "of Justice", "for Education", "of the Attorney General", "of the Comptroller of the Currency":
 * what a body's name may hold after its head word.
 */
const COMPLEMENT_AFTER = lazyRegExp(
  String.raw`^[ \u00a0](?:of|for)[ \u00a0](?:the[ \u00a0])?\p{Lu}[\p{L}’'&-]{0,24}(?:[ \u00a0](?:(?:and|&)[ \u00a0]|of[ \u00a0](?:the[ \u00a0])?)?\p{Lu}[\p{L}’'&-]{0,24}){0,4}`,
  'u',
)

const BODY_OPENERS: ReadonlySet<string> = new Set(BODY_NAME_OPENERS)
const BODY_PLACES: ReadonlySet<string> = new Set(BODY_NAME_PLACES)

/**
 * The words of a run that belong to a name: not a sentence's first word such as "The" or
 * "Yesterday", but a word that opens bodies' names ("National Crime Agency").
 */
function nameWords(run: string, lexicon: Lexicon): string {
  const words = run.split(/[ \u00a0]/).filter((w) => w.length > 0)
  while (
    words.length > 0 &&
    lexicon.notName.has(words[0]!.toLowerCase()) &&
    !BODY_OPENERS.has(words[0]!) &&
    !irishArticle(words) &&
    !crownPossessive(words)
  )
    words.shift()
  return words.length === 0 ? '' : `${words.join(' ')} `
}

/** "His Majesty’s Inspectorate of …", "Her Majesty's Prison Service": the Crown's bodies open with the pronoun. */
function crownPossessive(words: readonly string[]): boolean {
  return (words[0] === 'His' || words[0] === 'Her') && /^Majesty[’']s$/u.test(words[1] ?? '')
}

/** A word of a name that opens with a consonant, in mixed case: "Garda" but not "Essex" or "NHS". */
const CONSONANT_WORD = lazyRegExp(String.raw`^[BCDFGJKLMNPQRSTVWXYZ]\p{Ll}`, 'u')

/**
 * "An" before a word that opens with a consonant is the Irish article of a body's name ("An Garda
 * Síochána", "An Post"): the English article stands before a vowel ("An Essex Police officer").
 */
function irishArticle(words: readonly string[]): boolean {
  return words[0] === 'An' && CONSONANT_WORD().test(words[1] ?? '')
}

/**
 * The look-back for organisations called by their last word ("the Bank described …" after "the
 * African Development Bank Group"): the first name in capitals that ends with that word, in the
 * title or a paragraph before. Memoised per word, and bounded per release.
 */
export function organisationLookBackIn(
  blocks: readonly TextBlock[],
  lexicon: Lexicon,
  source: string | null = null,
): OrganisationLookBack {
  return memoised(
    (head, before) => organisationBefore(blocks, head, before, lexicon) ?? publisherNamed(source, head),
  )
}

/**
 * The publisher, when its name holds the word looked for ("Source: Environment Agency" for "the
 * agency said", "Source: Police Scotland" for "the force said"): a release speaks for its publisher.
 */
function publisherNamed(source: string | null, head: string): string | null {
  if (source === null) return null
  for (let at = source.indexOf(head); at >= 0; at = source.indexOf(head, at + 1)) {
    const alone = !WORD_CHAR().test(source[at - 1] ?? '') && !WORD_CHAR().test(source[at + head.length] ?? '')
    if (alone) return source
  }
  return null
}

const WORD_CHAR = lazyRegExp(String.raw`[\p{L}\d]`, 'u')

/** The body a common noun in lower case stands for ("the agency said"), from anywhere before `before`. */
export type BodyLookBack = (noun: string, before: number) => string | null

/** A body the release names, where, and the word of its name (or the noun it is called) that tells its kind. */
interface BodyMention {
  readonly at: number
  readonly name: string
  readonly word: string
}

/**
 * The look-back for bodies called by a common noun ("the agency", "the force", "the company"):
 * the latest body named before the quote whose kind fits the noun, told by a word of its name
 * ("World Health Organization" is an agency) or by the noun the release calls it by beside its
 * name ("domestic abuse charity Refuge", "Europol, the EU’s law enforcement agency,"); else the
 * publisher, when its name fits. The release is read for bodies once, when first asked.
 */
export function bodyLookBackIn(
  blocks: readonly TextBlock[],
  lexicon: Lexicon,
  source: string | null = null,
): BodyLookBack {
  let bodies: readonly BodyMention[] | null = null
  let acronyms: readonly BodyMention[] | null = null
  return (noun, before) => {
    const words = bodyNameWords(noun)
    bodies ??= bodiesIn(blocks, lexicon)
    let found: string | null = null
    const oversight = OVERSIGHT_NOUNS.has(noun)
    for (const body of bodies) {
      if (body.at >= before) break
      if (words.includes(body.word) && !(oversight && DEPARTMENT_OFFICE().test(body.name))) found = body.name
    }
    if (found !== null) return found
    for (const word of PUBLISHER_NOUN_NAMES[noun] ?? words) {
      const publisher = publisherNamed(source, word)
      if (publisher !== null) return publisher
    }
    // "Source: Europol" for "the agency said": a well-known body the noun calls.
    if (source !== null && KNOWN_BODIES[source]?.includes(noun)) return source
    // "The FBI arrested … the bureau said": a body known only by its acronym, whose letters hold
    // the initial of a word that tells the noun's kind (B for Bureau, A for Agency or Administration).
    acronyms ??= acronymBodiesIn(blocks)
    const initials = words.map((w) => w.charAt(0))
    for (const body of acronyms) {
      if (body.at >= before) break
      if (initials.some((c) => body.name.includes(c))) found = body.name
    }
    return found
  }
}

/** Nouns for bodies that oversee others: "the regulator", "the watchdog". */
const OVERSIGHT_NOUNS: ReadonlySet<string> = new Set(Object.keys(PUBLISHER_NOUN_NAMES))
/** A department of state named by one word and "Office" ("Home Office", "Cabinet Office"): no watchdog. */
const DEPARTMENT_OFFICE = lazyRegExp(String.raw`^\p{Lu}[\p{L}’'-]{0,24}[ \u00a0]Office$`, 'u')

/** The body whose name holds a word a release also calls it by ("Garda" of "An Garda Síochána"). */
export type BodyHoldingLookBack = (word: string, before: number) => string | null

/**
 * The look-back for a body called by one word of its name ("a Garda spokesperson", "a Kent
 * spokesperson") or by its acronym: the latest body named before whose name holds that word, or
 * that the release wrote in full with the acronym in brackets ("the National Crime Agency (NCA)"
 * for "an NCA spokesperson"); else the publisher when the word, or the words, are a short form of
 * its name ("a Met spokesperson" and "a Met Police spokesperson" for "Source: Metropolitan Police
 * Service", "an NCA spokesperson" for "Source: National Crime Agency"). The release is read for
 * bodies once, when first asked.
 */
export function bodyHoldingLookBackIn(
  blocks: readonly TextBlock[],
  lexicon: Lexicon,
  source: string | null = null,
): BodyHoldingLookBack {
  let bodies: readonly BodyMention[] | null = null
  return (word, before) => {
    let found: string | null = null
    if (isInitials(word)) found = expandedBefore(blocks, word, before)
    else if (!/[ \u00a0]/.test(word)) {
      bodies ??= bodiesIn(blocks, lexicon)
      for (const body of bodies) {
        if (body.at >= before) break
        if (body.name !== word && body.name.split(' ').includes(word)) found = body.name
      }
    }
    return found ?? (source !== null && isShortNameOf(word, source) ? source : null)
  }
}

/**
 * The body a release wrote in full before `before` with `acronym` in brackets after it: "National
 * Crime Agency" of "the National Crime Agency (NCA)". The name is the words in capitals before the
 * bracket whose initials spell the acronym, links skipped ("Police Service of Northern Ireland
 * (PSNI)"); null when they do not ("Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)"),
 * so a longer run of capitals before it is never read as the name.
 */
function expandedBefore(blocks: readonly TextBlock[], acronym: string, before: number): string | null {
  const bracket = `(${acronym})`
  let found: string | null = null
  for (const block of blocks) {
    if (block.start >= before) break
    const text = block.text
    for (let at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + 1)) {
      if (block.start + at >= before) break
      const name = spelledBefore(text.slice(Math.max(0, at - 160), at).trimEnd(), acronym)
      if (name !== null) found = name
    }
  }
  return found
}

/** Lower-case words a body's name holds between its capitals, which give no initial. */
const SPELLING_LINK = /^(?:of|for|and|the|on|in|&)$/

/** The words in capitals that end `text` and spell `acronym` with their initials, links between them. */
function spelledBefore(text: string, acronym: string): string | null {
  const words = text.split(/[ \u00a0]/)
  let need = acronym
  let k = words.length
  while (need.length > 0 && k > 0) {
    const w = words[k - 1]!
    const letter = need.at(-1)!
    if (letter !== letter.toUpperCase()) {
      // "Department for Infrastructure (DfI)": a small letter is the initial of a link word.
      if (!SPELLING_LINK.test(w) || w.charAt(0) !== letter) return null
      need = need.slice(0, -1)
      k--
      continue
    }
    if (need.length < acronym.length && SPELLING_LINK.test(w)) {
      k--
      continue
    }
    if (!CAPITALISED_WORD().test(w) || w.charAt(0) !== need.at(-1)) return null
    need = need.slice(0, -1)
    k--
  }
  return need.length === 0 ? words.slice(k).join(' ') : null
}

/**
 * An acronym written as a body: after "the", then a possessive, a stop, a capital, "and", or a
 * verb ("the FBI arrested", "the NCA’s", "the DEA,"); not a thing it names ("the CCTV footage").
 * Three letters at least: "the US" and "the UK" are places.
 */
const ACRONYM_BODY = lazyRegExp(
  String.raw`(?<![\p{L}\d])[Tt]he[ \u00a0](\p{Lu}{3,6})(?=[’']s(?!\p{L})|[,.;:)]|[ \u00a0](?:\p{Lu}|(?:and|has|have|is|led|said|says|was|were|will)(?!\p{L})|\p{Ll}{2,20}ed(?!\p{L})))`,
  'gu',
)

/** The acronyms a release writes as bodies, in input order. */
function acronymBodiesIn(blocks: readonly TextBlock[]): BodyMention[] {
  const out: BodyMention[] = []
  for (const block of blocks) {
    for (const m of block.text.matchAll(ACRONYM_BODY())) {
      out.push({ at: block.start + m.index + m[0].length - m[1]!.length, name: m[1]!, word: m[1]! })
    }
  }
  return out
}

/** The words of the names of the bodies a common noun stands for: "the council" is a "… Council". */
function bodyNameWords(noun: string): readonly string[] {
  return BODY_NOUN_NAMES[noun] ?? [noun.charAt(0).toUpperCase() + noun.slice(1)]
}

/** Every word a body's name may hold to tell its kind. */
function kindWords(lexicon: Lexicon): Set<string> {
  const words = new Set(Object.values(BODY_NOUN_NAMES).flat())
  for (const w of lexicon.organisationWords) words.add(w.charAt(0).toUpperCase() + w.slice(1))
  return words
}

/** The bodies a release names, in input order. */
function bodiesIn(blocks: readonly TextBlock[], lexicon: Lexicon): BodyMention[] {
  const words = kindWords(lexicon)
  const out: BodyMention[] = []
  for (const block of blocks) {
    const found: BodyMention[] = []
    for (const word of words) {
      for (let at = block.text.indexOf(word); at >= 0; at = block.text.indexOf(word, at + 1)) {
        const name = bodyNamedAt(block.text, at, word, words, lexicon)
        if (name !== null) found.push({ at: block.start + at, name, word })
      }
    }
    found.push(...calledBodies(block, lexicon), ...knownBodies(block, lexicon))
    out.push(...found.sort((a, b) => a.at - b.at))
  }
  return out
}

/**
 * The well-known bodies a block names, once per noun each is called by ("Europol" is an
 * "Agency"): not a word of a longer name ("NHS England", "Europol’s" is still Europol's).
 */
function knownBodies(block: TextBlock, lexicon: Lexicon): BodyMention[] {
  const out: BodyMention[] = []
  for (const [name, nouns] of Object.entries(KNOWN_BODIES)) {
    const text = block.text
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length
      if (WORD_CHAR().test(text[at - 1] ?? '') || WORD_CHAR().test(text[end] ?? '')) continue
      const next = NAME_GOES_ON().exec(text.slice(end, end + 30))?.[1]
      if (next !== undefined && !lexicon.titleStarts.has(next.toLowerCase())) continue
      for (const noun of nouns) out.push({ at: block.start + at, name, word: capitalised(noun) })
    }
  }
  return out
}

function capitalised(noun: string): string {
  return noun.charAt(0).toUpperCase() + noun.slice(1)
}

/** A capitalised word right after a name's last word: the name goes on ("Police Race Action Plan"). */
const NAME_GOES_ON = lazyRegExp(String.raw`^[ \u00a0](\p{Lu}[\p{L}’'-]{0,24})`, 'u')

/**
 * The body whose name holds `word` at `at`: the capitalised words before it and an "of …" after
 * it ("Federal Bureau of Investigation"), or a place that ends it ("Police Scotland"). Null when
 * the word stands alone, is part of another word, or a capitalised word goes on after it, but
 * for a title ("Kent Police Chief Constable").
 */
function bodyNamedAt(
  text: string,
  at: number,
  word: string,
  kinds: ReadonlySet<string>,
  lexicon: Lexicon,
): string | null {
  const end = at + word.length
  if (WORD_CHAR().test(text[at - 1] ?? '') || WORD_CHAR().test(text[end] ?? '')) return null
  const tail = text.slice(end, end + 130)
  const complement = COMPLEMENT_AFTER().exec(tail) ?? onComplement(text, at, tail)
  const next = complement === null ? NAME_GOES_ON().exec(tail)?.[1] : undefined
  const place = next === undefined ? null : placeEnding(tail, next)
  if (next !== undefined && place === null && !lexicon.titleStarts.has(next.toLowerCase())) return null
  const run = CAPITALISED_BEFORE().exec(text.slice(Math.max(0, at - 130), at))
  const name = run === null ? '' : nameWords(afterOtherBody(afterHeadlineLink(run[0]), kinds), lexicon)
  if (name.length === 0 && complement === null && place === null) return null
  // "Chief Executive of Shelter": the word ends an office with the word before it, and the body
  // is the one after "of", not the office.
  if (TITLE_SET.has(`${name.trimEnd().split(' ').at(-1)} ${word}`)) return null
  return `${name}${word}${complement?.[0] ?? place ?? ''}`
}

const TITLE_SET: ReadonlySet<string> = new Set(TITLES)

/** "on Drugs and Crime" before "(UNODC)": a complement with "on", then an acronym in brackets. */
const ON_COMPLEMENT = lazyRegExp(
  String.raw`^[ \u00a0]on[ \u00a0]\p{Lu}[\p{L}’'&-]{0,24}(?:[ \u00a0](?:and[ \u00a0])?\p{Lu}[\p{L}’'&-]{0,24}){0,4}(?=[ \u00a0]\((\p{Lu}{2,10})\))`,
  'u',
)
const WORD_BEFORE = lazyRegExp(String.raw`(?:^|[ \u00a0])(\p{Lu}[\p{L}’'&-]{0,24})[ \u00a0]$`, 'u')

/**
 * The complement with "on" of a body's name ("United Nations Office on Drugs and Crime (UNODC)"):
 * only when the acronym in brackets after it spells the name's capitals, so a day or a place
 * after "on" ("Kent Police on Friday") is not read as part of the name.
 */
function onComplement(text: string, at: number, tail: string): RegExpExecArray | null {
  const m = ON_COMPLEMENT().exec(tail)
  if (m === null) return null
  const acronym = m[1]!
  const after = capitals(m[0])
  if (!acronym.endsWith(after)) return null
  // The words before the head word hold the rest of the acronym ("United Nations" or "UN").
  let need = acronym.slice(0, acronym.length - after.length - 1)
  let k = at
  while (need.length > 0) {
    const w = WORD_BEFORE().exec(text.slice(Math.max(0, k - 30), k))?.[1]
    if (w === undefined) return null
    const c = capitals(w)
    if (!need.endsWith(c)) return null
    need = need.slice(0, need.length - c.length)
    k -= w.length + 1
  }
  return acronym.charAt(acronym.length - after.length - 1) === text.charAt(at) ? m : null
}

/** The capitals a name's words give its acronym: an acronym whole, else its initial. */
function capitals(words: string): string {
  let out = ''
  for (const w of words.split(/[ \u00a0]/)) {
    if (/^\p{Lu}{2,}$/u.test(w)) out += w
    else if (/^\p{Lu}/u.test(w)) out += w.charAt(0)
  }
  return out
}

const POSSESSIVE_END = /[’']s$/u

/** " Scotland" when a place ends the name after its kind word ("Police Scotland’s"), with no capital after it. */
function placeEnding(tail: string, next: string): string | null {
  const bare = next.replace(POSSESSIVE_END, '')
  if (!BODY_PLACES.has(bare) || NAME_GOES_ON().test(tail.slice(1 + next.length))) return null
  return ` ${bare}`
}

/** The words of a run after another body's name and "and": "Essex " of "Kent Police and Essex ". */
function afterOtherBody(run: string, kinds: ReadonlySet<string>): string {
  const words = run.split(/[ \u00a0]/)
  const and = words.findLastIndex((w, k) => (w === 'and' || w === '&') && kinds.has(words[k - 1] ?? ''))
  return and < 0 ? run : words.slice(and + 1).join(' ')
}

/** A preposition or conjunction in capitals, which a name holds in lower case: a headline's word. */
const HEADLINE_LINK = /^(?:After|Against|Amid|And|As|At|But|By|For|From|In|Into|Of|On|Or|Over|To|With)$/

/** The words of a run after its last headline link: "Kent " of "Man Charged By Kent ". */
function afterHeadlineLink(run: string): string {
  const words = run.split(/[ \u00a0]/)
  const link = words.findLastIndex((w) => HEADLINE_LINK.test(w))
  return link < 0 ? run : words.slice(link + 1).join(' ')
}

/** Lower-case nouns a release calls a body by, beside its name. */
const CALLED_NOUNS = Object.keys(BODY_NOUN_NAMES)
/** Capitalised words of a body's name, "of", "for", "and" or "the" between them: "Office for Police Conduct". */
const BODY_NAME =
  "\\p{Lu}[\\p{L}\\d’'&-]{0,24}(?:[ \\u00a0](?:(?:of|for|and|the)[ \\u00a0]){0,2}\\p{Lu}[\\p{L}\\d’'&-]{0,24}){0,6}"
/** A body's name after its noun: "charity Refuge", "agency, Europol", "watchdog the IOPC". */
const NAME_AFTER_NOUN = lazyRegExp(`^,?[ \\u00a0](?:the[ \\u00a0])?(${BODY_NAME})`, 'u')
/** An article and the words before a body's noun, after a comma: ", the EU’s law enforcement ". */
const ARTICLE_BEFORE_NOUN = /,[ \u00a0](?:the|an?)[ \u00a0]((?:[^\s,.;:]{1,25}[ \u00a0]){1,4})$/u
const BRACKETED_ACRONYM = lazyRegExp(String.raw`[ \u00a0]\([\p{Lu}\d&]{2,12}\)$`, 'u')
const ACRONYM = lazyRegExp(String.raw`^\p{Lu}{2,}[\p{Lu}\d]{0,8}$`, 'u')
const CAPITALISED_WORD = lazyRegExp(String.raw`^\p{Lu}[\p{L}\d’'&-]{0,24}$`, 'u')
const NAME_CONNECTOR = /^(?:of|for|and|the)$/
/** At most this many words of a name are read back from its end. */
const NAME_WORDS = 10

/**
 * The capitalised words that end `text`, with "of", "for", "and" or "the" between them, and
 * without its acronym in brackets: "Independent Office for Police Conduct" of "… the Independent
 * Office for Police Conduct (IOPC)".
 */
function nameEnding(text: string): string {
  const words = text.replace(BRACKETED_ACRONYM(), '').split(/[ \u00a0]/)
  let k = words.length
  while (k > 0 && words.length - k < NAME_WORDS) {
    const w = words[k - 1]!
    if (!(CAPITALISED_WORD().test(w) || (k < words.length && NAME_CONNECTOR.test(w)))) break
    k--
  }
  while (k < words.length && NAME_CONNECTOR.test(words[k]!)) k++
  return words.slice(k).join(' ')
}

/** A preposition among those words: "Jane Smith, the head of the agency" is a person, not the agency. */
const PREPOSITION = /(?:^|[ \u00a0])(?:of|for|at|in|on|with|from|to|by)[ \u00a0]/
/** What closes an apposition after its noun. */
const APPOSITION_END = /^[,.;:)]/

/**
 * Bodies the block calls by a noun beside their name, each as the noun in capitals ("Charity"):
 * "domestic abuse charity Refuge said", "Europol, the EU’s law enforcement agency, said".
 */
function calledBodies(block: TextBlock, lexicon: Lexicon): BodyMention[] {
  const text = block.text
  const out: BodyMention[] = []
  for (const noun of CALLED_NOUNS) {
    const word = noun.charAt(0).toUpperCase() + noun.slice(1)
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
      const end = at + noun.length
      if (WORD_CHAR().test(text[at - 1] ?? '') || WORD_CHAR().test(text[end] ?? '')) continue
      const written = NAME_AFTER_NOUN().exec(text.slice(end, end + 160))?.[1]
      const after = written === undefined ? null : bodyName(untilTitle(written, lexicon), lexicon)
      if (after !== null) {
        out.push({ at: block.start + Math.max(end, text.indexOf(after, end)), name: after, word })
        continue
      }
      const lead = text.slice(Math.max(0, at - 160), at)
      const apposed = APPOSITION_END.test(text.slice(end, end + 1)) ? ARTICLE_BEFORE_NOUN.exec(lead) : null
      const before =
        apposed && !PREPOSITION.test(` ${apposed[1]}`)
          ? bodyName(nameEnding(lead.slice(0, apposed.index)), lexicon)
          : null
      if (before !== null)
        out.push({ at: block.start + Math.max(0, text.lastIndexOf(before, at)), name: before, word })
    }
  }
  return out
}

/** The words of a name before a title that follows it: "Europol" of "Europol Executive Director X". */
function untilTitle(name: string, lexicon: Lexicon): string {
  const words = name.split(/[ \u00a0]/)
  const title = words.findIndex((w, k) => k > 0 && lexicon.titleStarts.has(w.toLowerCase()))
  return title < 0 ? name : words.slice(0, title).join(' ')
}

/**
 * The name among capitalised words beside a body's noun, without the words that open a sentence
 * ("The", "Yesterday"): one word that is no title or pronoun ("Refuge", "Europol", "WHO"), or a
 * longer name with an organisation word or an acronym ("Greater Manchester Police"). Null when
 * they name no body.
 */
function bodyName(run: string, lexicon: Lexicon): string | null {
  const words = run.split(/[ \u00a0]/).filter((w) => w.length > 0)
  // "WHO" in capitals is an acronym, not the word that opens a question.
  while (words.length > 0 && !ACRONYM().test(words[0]!) && lexicon.notName.has(words[0]!.toLowerCase()))
    words.shift()
  if (words.length === 0) return null
  if (words.length > 1) return isOrganisationName(words.join(' '), lexicon) ? words.join(' ') : null
  const lower = words[0]!.toLowerCase()
  if (ACRONYM().test(words[0]!)) return words[0]!
  return lexicon.titleStarts.has(lower) || lexicon.pronouns.has(lower) ? null : words[0]!
}

function organisationBefore(
  blocks: readonly TextBlock[],
  head: string,
  before: number,
  lexicon: Lexicon,
): string | null {
  for (const block of blocks) {
    if (block.start >= before) break
    const text = block.text
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      if (/[\p{L}\d]/u.test(text[at + head.length] ?? '')) continue
      const run = CAPITALISED_BEFORE().exec(text.slice(Math.max(0, at - 130), at))
      const name = run === null ? '' : nameWords(run[0], lexicon)
      const complement = COMPLEMENT_AFTER().exec(text.slice(at + head.length, at + head.length + 130))
      if (name.length > 0 || complement !== null) return `${name}${head}${complement?.[0] ?? ''}`
    }
  }
  return null
}

/** Whether a release shows that a name of one word is a body's, not a person's surname. */
export type NamedBody = (word: string) => boolean

/**
 * Whether a release writes a one-word name ("Afripol") as a body's: the publisher's name; a noun
 * for a body right before it ("the regional police organisation Afripol") or in apposition after
 * it ("Afripol, the African Union’s police cooperation mechanism,"); or a pronoun for a thing
 * after it ("Afripol, which …", "Afripol and its partners").
 * Memoised per word, and bounded per release.
 */
export function namedBodyIn(
  blocks: readonly TextBlock[],
  lexicon: Lexicon,
  source: string | null = null,
): NamedBody {
  const find = memoised((word) => (source === word || describedAsBody(blocks, word, lexicon) ? true : null))
  return (word) => find(word, Number.POSITIVE_INFINITY) === true
}

const EXTRA_BODY_NOUNS: ReadonlySet<string> = new Set([
  ...BODY_DESCRIPTIONS,
  ...ORGANISATION_NAME_ENDS,
  ...Object.keys(BODY_NOUN_NAMES),
])
/** An apposition after a name: its article, then its words up to the next mark. */
const APPOSED = /^,[ \u00a0](?:the|an?|its)[ \u00a0]([^,.;:()\n]{1,200})/u
/** Words that end an apposition's noun phrase: "the head of the agency" is about a head. */
const PHRASE_END: ReadonlySet<string> = new Set([
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'that',
  'to',
  'which',
  'who',
  'with',
])
/** At most this many words of an apposition are read for its noun. */
const APPOSED_WORDS = 8
/** A lower-case noun right before a name: "organisation " of "the police organisation Afripol". */
const NOUN_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}])(\p{Ll}{3,20})[ \u00a0]$`, 'u')
/** A relative or possessive pronoun for a thing right after a name: ", which", " and its". */
const ITS_AFTER = /^(?:,[ \u00a0]which|[ \u00a0]and[ \u00a0]its)[ \u00a0]/u
const CAPITALISED_WORD_BEFORE = lazyRegExp(String.raw`\p{Lu}[\p{L}’'-]{0,30}[ \u00a0]$`, 'u')

function isBodyNoun(word: string, lexicon: Lexicon): boolean {
  return lexicon.organisationWords.has(word) || EXTRA_BODY_NOUNS.has(word)
}

/** Whether a block calls `word` a body by a noun or a pronoun beside it. */
function describedAsBody(blocks: readonly TextBlock[], word: string, lexicon: Lexicon): boolean {
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b]!.text
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length
      if (WORD_CHAR().test(text[at - 1] ?? '') || WORD_CHAR().test(text[end] ?? '')) continue
      const before = text.slice(Math.max(0, at - 32), at)
      // "Jane Hansen, the …": a word of a longer name in capitals is no body's name of its own.
      if (CAPITALISED_WORD_BEFORE().test(before)) continue
      const apposed = APPOSED.exec(text.slice(end, end + 240))?.[1]
      if (apposed !== undefined && isBodyNoun(appositionHead(apposed), lexicon)) return true
      const noun = NOUN_BEFORE().exec(before)?.[1]
      if (noun !== undefined && isBodyNoun(noun, lexicon)) return true
      // "Afripol, which …", "Afripol and its partners": a body's pronouns, not a person's.
      if (ITS_AFTER.test(text.slice(end, end + 12))) return true
    }
  }
  return false
}

/** The noun an apposition's words end in before a preposition: "mechanism", "community" of "community of the Americas". */
function appositionHead(words: string): string {
  let head = ''
  for (const w of words.trim().split(/[ \u00a0]+/, APPOSED_WORDS)) {
    if (PHRASE_END.has(w)) break
    head = w
  }
  return head
}
