import { bmpRegExp } from '../text/bmp-classes'
import { lazyRegExp } from '../text/lazy-patterns'
import { alternation, phraseTree } from '../text/patterns'
import * as words from './lexicon'

/** The lists the extractor reads; each defaults to the exported list of the same meaning. */
export interface LexiconLists {
  readonly cueVerbs: readonly string[]
  readonly titles: readonly string[]
  readonly postNominals: readonly string[]
  readonly roleNouns: readonly string[]
  readonly organisationWords: readonly string[]
  readonly labelWords: readonly string[]
}

/** The lexicon compiled once into patterns and sets. Every pattern is linear: bounded repeats only. */
export interface Lexicon {
  /** A cue verb as a whole word; global, so callers can find the last one. */
  readonly cue: RegExp
  /** A person: optional titles, a name, optional post-nominals; global. Groups: 1 title, 2 name. */
  readonly person: RegExp
  /** `person` anchored where `lastIndex` points (sticky); see `nextPerson` in people.ts. */
  readonly personAt: RegExp
  /** A label word or phrase ending the text before a mark: so-called “…”. */
  readonly labelBefore: RegExp
  readonly roleNouns: ReadonlySet<string>
  readonly organisationWords: ReadonlySet<string>
  readonly postNominals: ReadonlySet<string>
  readonly notName: ReadonlySet<string>
  readonly pronouns: ReadonlySet<string>
  readonly abbreviations: ReadonlySet<string>
  readonly cueWords: ReadonlySet<string>
  /** First words of the titles and their modifiers ("Assistant", "Chief"), lower-cased. */
  readonly titleStarts: ReadonlySet<string>
  /** Last words of the titles in the plural ("Reps", "Constables", "MPs"), which `person` also reads. */
  readonly pluralTitleWords: ReadonlySet<string>
  /** Verdicts of `isNameWord` with this lexicon: a release repeats its capitalised words many times. */
  readonly nameWords: Map<string, boolean>
}

/** Capture groups of `Lexicon.person`. */
export const PERSON_TITLE = 1
export const PERSON_NAME = 2

// The lower-case prefix joined to a surname by a hyphen: "al-Raisi", "bin-Laden".
export const HYPHEN_PREFIX = '(?:al|el|bin|ibn|abu|ul|ud|ad|ar|as|ash|az)-'
/** A name word that opens with a lower-case prefix and a hyphen: "al-Raisi". */
export const PREFIXED_NAME_WORD = lazyRegExp(`^${HYPHEN_PREFIX}\\p{Lu}\\p{Ll}`, 'u')
// A name token: "Haward", "Newman-West", "O’Brien", "McDonald", "al-Raisi"; or an initial "J.".
const NAME_TOKEN = `(?:(?:Mc|Mac|O[’']|D[’']|${HYPHEN_PREFIX})?\\p{Lu}\\p{Ll}[\\p{L}’'\\-]{0,24}|\\p{Lu}\\.)`
// "Ó" is a particle only: a name token has a small letter after its capital ("Seán Ó Súilleabháin").
const PARTICLE = `(?:${words.NAME_PARTICLES.join('|')}|Ó)`
/**
 * A first name written as two initials together, before one or two more words of the name that
 * end the capitals: "KC Becker", "J.D. Smith"; not a body's initials opening its name ("HM Revenue
 * and Customs", "U.S. Drug Enforcement Administration").
 */
const INITIALS_FIRST =
  "(?:\\p{Lu}{2}|\\p{Lu}\\.\\p{Lu}\\.)(?=(?:[ \\u00a0]\\p{Lu}\\p{Ll}[\\p{L}’'-]{0,24}(?![\\p{L}’'-])){1,2}(?![ \\u00a0]{1,3}(?:\\p{Lu}|(?:and|of|for)[ \\u00a0]|&)))"
// A surname written alone may open with its particles: "Insp van der Berg", "Mayor de Blasio".
const NAME = `(?:${INITIALS_FIRST}|(?:${PARTICLE}[ \\u00a0]+){0,2}${NAME_TOKEN})(?:[ \\u00a0]+(?:${PARTICLE}[ \\u00a0]+){0,2}${NAME_TOKEN}){0,3}`
/**
 * An agency written before an office, which stays part of the title: "FBI Director", "IRS-CI
 * Special Agent in Charge", "Fire and Emergency Incident Controller", or a party ("Labour MP").
 * An acronym, "X and Y" or a party, so a capitalised word that merely starts a sentence is not taken; a place between the acronym and the office ("ATF New Orleans Special
 * Agent in Charge") is read by `findPeople`, which keeps this pattern small.
 */
const AGENCY = `(?:(?:\\p{Lu}{2,}[\\p{Lu}\\d]{0,8}(?:-\\p{Lu}{1,8})?|U\\.S\\.|\\p{Lu}\\p{Ll}{1,20}\\s+and\\s+\\p{Lu}\\p{Ll}{1,20}|${words.PARTY_WORDS.join('|')})\\s+)?`
/**
 * A judge's title, "Justice Jane Smith"; not the field of a body or an office written before it
 * ("Department of Justice", "Minister for Justice, Helen McEntee").
 */
const BENCH_JUSTICE = '(?<!(?:^|[^\\p{L}])(?:of|for)\\s{1,3}(?:the\\s{1,3})?)Justice(?=\\s+\\p{Lu})'
/**
 * An acronym of the office in brackets after it, "Special Agent in Charge (SAC)", or one
 * capitalised word that qualifies the rank, "Chief Superintendent (Detective)": both are part of
 * the title as written.
 */
const TITLE_ACRONYM = '(?:\\s+\\((?:\\p{Lu}[\\p{Lu}\\d]{1,7}|\\p{Lu}\\p{Ll}{2,20})\\))?'
/**
 * An officer's collar or badge number between the rank and the name, as UK police releases write
 * it: "PC 1234 Sam Green", "PCSO 567 Jo Bloggs". Read with the title, and left out of it by
 * `findPeople`.
 */
const COLLAR_NUMBER = '(?:[ \\u00a0]\\d{2,6}(?=[ \\u00a0]\\p{Lu}))?'

/**
 * Compiles the lists into the patterns the extractor runs.
 *
 * @example
 * const lexicon = compileLexicon(DEFAULT_LISTS)
 * lexicon.person.exec('said Chief Constable Chris Haward')?.[2]
 * //=> 'Chris Haward'
 */
export function compileLexicon(lists: LexiconLists): Lexicon {
  // "Cabinet Secretary for Justice", "Minister for Crime and Policing": an office with its remit.
  // "U.S. Attorney for the District of Columbia", "Commissioner for Migration, Home Affairs and Citizenship",
  // "Director of Field Operations", "Chief of Police".
  // "Minister of State at the Department of Justice", "Head of Policing at the Scottish Police
  // Authority", "Head of Policing at the SPA": the body the office sits in, after "at the", is
  // part of it too.
  // "Minister for Police and Counter-terrorism": a remit's word may be joined by a hyphen.
  // "Director of Children’s Services", "Chief Executive of the RSPCA": a remit's word may be in the
  // possessive, or a body's initials.
  const remitWord = "(?:\\p{Lu}\\p{Ll}{1,20}(?:-\\p{L}\\p{Ll}{1,20})?(?:[’']s?)?|\\p{Lu}{2,6}(?=[\\s,]))"
  // "Minister for Health in Ireland", "Head of Policing in Scotland": the place the remit is held in.
  const remitWords = `${remitWord}(?:,?\\s+(?:and\\s+|of\\s+(?:the\\s+)?|in\\s+(?!Charge\\b))?${remitWord}){0,4}`
  // "Head of Policing at the SPA": the body after "at the" may be written as its acronym.
  const bodyWord = '(?:\\p{Lu}\\p{Ll}{1,20}|\\p{Lu}{2,6})'
  const bodyWords = `${bodyWord}(?:,?\\s+(?:and\\s+|of\\s+(?:the\\s+)?)?${bodyWord}){0,4}`
  // "Ambassador to the United Nations", "Chief Secretary to the Treasury": a remit after "to".
  // "Minister in the Presidency", "Minister in the Cabinet Office": the office's remit after "in the";
  // "UNICEF Representative in Sudan", "Country Director in Haiti": a place after "in" is one too,
  // but "in Charge" closes a rank of its own ("Special Agent in Charge"), no remit.
  // "Police, Fire and Crime Commissioner for Essex": a listed title of words joined by "and" or a
  // comma, ending in an office's head, takes a remit whole (the body's words before the head are
  // read back by `agencyBefore` only up to a comma).
  const joinedHeads = words.TITLES.filter(
    (t) => /,|\s(?:and|&)\s/.test(t) && words.OFFICE_HEADS.includes(t.split(/\s+/).at(-1)!),
  )
  const remit = `(?:(?:\\p{Lu}\\p{Ll}{2,20}\\s+(?=(?:${phraseTree(words.OFFICE_HEADS)})\\s))?(?:${phraseTree([...words.OFFICE_HEADS, ...words.REMIT_OFFICES, ...joinedHeads])})\\s+(?:for|of|in(?=\\s+(?:the\\s|(?!Charge\\b)\\p{Lu})))|(?:${phraseTree(words.TO_REMIT_OFFICES)})\\s+to)\\s+(?:the\\s+)?${remitWords}(?:\\s+to\\s+(?:the\\s+)?${remitWords})?(?:\\s+at\\s+(?:the\\s+)?${bodyWords})?`
  const plural = pluralTitles(lists.titles)
  const hyphened = hyphenedRanks(lists.titles)
  // "Officer in Charge", "Station Officer in Charge", "Commander in Charge": an office head and
  // "in Charge" make one title, as the listed "Special Agent in Charge" does.
  const inCharge = `(?:\\p{Lu}\\p{Ll}{2,20}\\s+)?(?:${phraseTree(words.OFFICE_HEADS)})\\s+in\\s+Charge`
  const titles = `(?:${remit}|${inCharge}|${phraseTree([...lists.titles, ...plural, ...hyphened])}|${BENCH_JUSTICE}|\\p{Lu}\\p{Ll}{2,20}\\s+(?:${phraseTree(words.OFFICE_HEADS)}))`
  // T/Chief Constable, A/Supt, D/Supt, F/Lt., C/Supt., D/F/Lt.: one capital and a slash, up to twice;
  // Temporary Chief Constable, Acting Inspector, Deputy Attorney General.
  const prefix = `(?:\\p{Lu}\\/\\s?){0,2}(?:(?:${phraseTree(words.TITLE_MODIFIERS)})\\s+)?`
  // "Deputy Commissioner Investigations Ian McCartney": the portfolio an office holds, after it.
  const portfolio = `(?:\\s+(?:${phraseTree(words.PORTFOLIOS)}))?`
  // "Senator the Hon Penny Wong", "Prime Minister the Rt Hon Keir Starmer": "the" joins a title
  // to the honorific of a minister or member after it.
  const honourable = '\\s+the\\s+(?=(?:Hon|Honourable|Rt|Right)[\\s.])'
  // "Deputy Premier and Minister for Health Jane Doe": two offices held at once, joined by "and".
  const titleSeq = `(${AGENCY}(?:${prefix}${titles}${portfolio}\\.?${TITLE_ACRONYM}${COLLAR_NUMBER}(?:\\s*,\\s*|${honourable}|\\s+and\\s+(?=\\p{Lu})|\\s+)){1,3})?`
  const person = `(?=\\p{Lu})(?<![\\p{L}’'\\-])${titleSeq}(${NAME})`
  return {
    cue: bmpRegExp(`(?<![\\p{L}\\-])(?:${phraseTree(lists.cueVerbs, '\\s+', true)})(?![\\p{L}\\-])`, 'giu'),
    person: bmpRegExp(person, 'gu'),
    personAt: bmpRegExp(person, 'uy'),
    labelBefore: bmpRegExp(`(?<![\\p{L}\\-])(?:${alternation(lists.labelWords)})[\\s,:]{0,3}$`, 'iu'),
    roleNouns: withSharedForms(lists.roleNouns),
    organisationWords: new Set(lists.organisationWords.map((w) => w.toLowerCase())),
    postNominals: new Set(lists.postNominals),
    notName: new Set(words.NOT_NAME_WORDS),
    pronouns: new Set(words.PRONOUNS),
    abbreviations: new Set(words.ABBREVIATIONS),
    cueWords: new Set(lists.cueVerbs.map((w) => w.toLowerCase())),
    titleStarts: new Set(
      [...lists.titles, ...words.TITLE_MODIFIERS].map((t) => t.split(/[\s/]+/)[0]!.toLowerCase()),
    ),
    pluralTitleWords: new Set(plural.map((t) => t.split(/[\s/]+/).at(-1)!)),
    nameWords: new Map(),
  }
}

/**
 * The role nouns in lower case, each also held jointly or in second place: "co-founder",
 * "co-leader", "vice-president", "vice-chair".
 */
function withSharedForms(nouns: readonly string[]): ReadonlySet<string> {
  const lower = nouns.map((w) => w.toLowerCase())
  return new Set([...lower, ...lower.flatMap((w) => (w.includes(' ') ? [] : [`co-${w}`, `vice-${w}`]))])
}

/**
 * The titles in the plural, as written before two names: "Reps. Jane Doe and John Roe", "Chief
 * Constables X and Y", "MPs X and Y". `findPeople` keeps one only when a second name follows.
 */
function pluralTitles(titles: readonly string[]): string[] {
  const listed = new Set(titles)
  const lastWords = new Set(titles.map((t) => t.split(/[\s/]+/).at(-1)!))
  return titles
    .filter((t) => /\p{L}$/u.test(t) && !/s$/i.test(t))
    .map((t) => `${t}s`)
    .filter((t) => !listed.has(t) && !lastWords.has(t.split(/[\s/]+/).at(-1)!))
}

const ABBREVIATED: ReadonlySet<string> = new Set(words.ABBREVIATIONS)

/** The last word of a rank written short: "Supt", "Sgt", "Con". */
const SHORT_RANK_END = lazyRegExp(String.raw`^\p{Lu}\p{Ll}{1,4}$`, 'u')

/**
 * Ranks written short, joined by hyphens as Australian police write them: "Det-Supt", "Det-Sgt",
 * "Det-Ch-Insp". Titles of two words or more, all short, whose words but the last are abbreviations.
 */
function hyphenedRanks(titles: readonly string[]): string[] {
  return titles
    .map((t) => t.split(' '))
    .filter(
      (w) =>
        w.length > 1 &&
        SHORT_RANK_END().test(w.at(-1)!) &&
        w.slice(0, -1).every((x) => ABBREVIATED.has(x.toLowerCase())),
    )
    .map((w) => w.join('-'))
}

/** The exported lists, unextended. */
export const DEFAULT_LISTS: LexiconLists = {
  cueVerbs: words.CUE_VERBS,
  titles: words.TITLES,
  postNominals: words.POST_NOMINALS,
  roleNouns: words.ROLE_NOUNS,
  organisationWords: words.ORGANISATION_WORDS,
  labelWords: words.LABEL_WORDS,
}

/** Lists extended by the caller: more words for any of them, added to the defaults. */
export type MoreWords = Partial<Record<keyof LexiconLists, readonly string[] | undefined>>

/** Compiled on first use, not at import: its patterns and sets are most of this module's load time. */
let defaultLexicon: Lexicon | null = null
const customLexicons = new Map<string, Lexicon>()

/**
 * The lexicon of the default lists extended with `more`. Compiled once per distinct set of lists,
 * not once per release that `extract` hands over; the default one when nothing is added.
 */
export function lexiconWith(more: MoreWords): Lexicon {
  // Built key by key so the cache key does not depend on the order the caller wrote them in.
  const extra: MoreWords = {
    cueVerbs: more.cueVerbs,
    titles: more.titles,
    postNominals: more.postNominals,
    roleNouns: more.roleNouns,
    organisationWords: more.organisationWords,
    labelWords: more.labelWords,
  }
  if (Object.values(extra).every((v) => v === undefined || v.length === 0)) {
    defaultLexicon ??= compileLexicon(DEFAULT_LISTS)
    return defaultLexicon
  }
  const key = JSON.stringify(extra)
  const cached = customLexicons.get(key)
  if (cached) return cached
  const lists = { ...DEFAULT_LISTS }
  for (const name of Object.keys(extra) as Array<keyof LexiconLists>) {
    const added = extra[name]
    if (added) lists[name] = [...DEFAULT_LISTS[name], ...added]
  }
  const lexicon = compileLexicon(lists)
  // A bound on the cache: a caller who builds lists per call must not grow it without end.
  if (customLexicons.size >= 32) customLexicons.clear()
  customLexicons.set(key, lexicon)
  return lexicon
}
