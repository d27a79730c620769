import type { Person, Span } from '../model'
import { lazyRegExp, onFirstUse } from '../text/lazy-patterns'
import { escapeRegExp } from '../text/patterns'
import { articleOfficeWords } from './article-office'
import { withoutAge } from './joint-people'
import {
  HE_WORDS,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  RELATIONS,
  ROLE_NOUNS,
  SHE_WORDS,
  SURNAME_PARTICLES,
  TITLE_MODIFIERS,
  TITLES,
} from './lexicon'

/** One place where the release names or points at a registered person or organisation. */
export interface MentionRecord {
  readonly text: string
  readonly span: Span
  readonly rule: string
}

/** One person of a release, gathered from all their mentions. */
export interface RegisteredPerson {
  readonly kind: 'person'
  /** The fullest form of the name seen so far ("Alex Murray" after "Murray"). */
  name: string
  words: readonly string[]
  /** Rank or honorific from the first mention that has one ("Temporary Chief Constable"). */
  title: string | null
  /** The role most recently written with them; reading it reads the roles put off. */
  role: string | null
  /** Roles not read yet, of mentions since `role` was last set, oldest first (see `lateRoles`). */
  readonly lateRoles: Array<() => string | null>
  /** 'he' or 'she' when an honorific or a resolved pronoun says so, else null. */
  pronoun: 'he' | 'she' | null
  /** True when `pronoun` is known for sure: from an honorific, or a pronoun that no one else could take. */
  pronounSure: boolean
  /** True once a quote is theirs or the narration has them speak ("Jane Doe said the …"). */
  spoke: boolean
  /** True when the narration names them as a party to a case: a defendant or victim, named with an age. */
  party: boolean
  /** True when the narration names them as the judge who sentenced or heard a case ("jailed by Judge …"). */
  bench: boolean
  /** True once a quote is theirs (not only a cue in the narration). */
  quoted: boolean
  readonly mentions: MentionRecord[]
  /** Where the mentions start, so a repeated one is found without a scan. */
  readonly mentionStarts: Set<number>
  /** Input offset of the first mention, which orders the people of a release. */
  readonly firstAt: number
  /** True once the full name has been met: its title, even none, is the person's title. */
  titleFixed: boolean
}

/** An organisation that spoke or was named as a speaker. */
export interface RegisteredOrganisation {
  readonly kind: 'organisation'
  readonly name: string
  role: string | null
  readonly mentions: MentionRecord[]
  readonly mentionStarts: Set<number>
  readonly firstAt: number
}

export type Registered = RegisteredPerson | RegisteredOrganisation

/** How many people a pronoun may reach back over; older ones are not "he" or "she" any more. */
const RECENT = 32
/** How many people sharing a surname are compared; bounds the work on lists of names. */
const SAME_SURNAME = 16

/**
 * The speakers of one release, so each person is one speaker whatever form later mentions take:
 * "Temporary Chief Constable Alex Murray", then "T/Chief Constable Murray", then "he".
 */
/** People in court, named by their part alone: a description of one is nobody the release named. */
const COURT_ROLES: ReadonlySet<string> = new Set([
  'barrister',
  'coroner',
  'judge',
  'lawyer',
  'magistrate',
  'prosecutor',
  'solicitor',
])
/**
 * Offices a release names their holder for: "the Minister said" after "Inspector Lisa Grant" is
 * someone else, nobody the release named. A generic description ("the senior officer") is the
 * last person named. An office read only after its article ("the Speaker", "the Clerk") is one.
 */
const namedOffices: () => ReadonlySet<string> = onFirstUse(
  () =>
    new Set([
      ...[...articleOfficeWords()].map((w) => w.toLowerCase()),
      'ambassador',
      'chair',
      'chairman',
      'chairwoman',
      'chancellor',
      'commissioner',
      'councillor',
      'director',
      'governor',
      'minister',
      'mayor',
      'premier',
      'president',
      'secretary',
      'senator',
      'taoiseach',
    ]),
)

/** A word in capitals and the remit it holds: "Director of Public…", "Chief Inspector of Prisons". */
const OFFICE_WITH_REMIT =
  /(?<![\p{L}-])\p{Lu}[\p{L}-]{0,30}[ \u00a0]{1,3}(?:of|for|to)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?\p{Lu}/u

/** Nouns of one who speaks for a body: "the spokesperson" is the body's voice, not a person named. */
const SPOKES_NOUNS: ReadonlySet<string> = new Set([
  'representative',
  'spokesman',
  'spokesperson',
  'spokeswoman',
])

/**
 * Nouns that fit anyone of the service a release speaks for ("the senior officer", "the
 * detective", "the former West Mercia officer"): such a description is the person named last
 * when nobody holds the noun, whatever office that person holds.
 */
const SERVICE_NOUNS: ReadonlySet<string> = new Set([
  'detective',
  'investigator',
  'officer',
  'official',
  'policeman',
  'policewoman',
])

/** Words of an office in capitals that qualify nothing: "the Chief Executive", "the Deputy Director". */
const OFFICE_WORDS: ReadonlySet<string> = new Set(
  [...ROLE_NOUNS, ...TITLE_MODIFIERS, ...TITLES.flatMap((t) => t.split(' '))].map((w) => w.toLowerCase()),
)

/** At most this many words right before a description's noun are read for its qualifiers. */
const QUALIFIER_REACH = 3
/** A word that ends the run of a noun's modifiers: an article, a possessive, a comma. */
const MODIFIERS_END = /^(?:the|an?|this|that)$|[’']s$|[,;:]$/i

/**
 * The words in capitals right before a description's noun, lower-cased: those that say whose
 * office it is ("republican" of "the Republican presidential nominee", "acme" of "the Acme chief
 * executive"; none for "the nation's 45th president"), and those that say which office it is
 * ("prime" of "the Prime Minister", "chief" of "the Chief Inspector").
 */
function capitalsBefore(text: string, noun: string): { qualifiers: string[]; offices: string[] } {
  const words = text.split(/[ \u00a0]+/)
  const qualifiers: string[] = []
  const offices: string[] = []
  if (words.at(-1)?.toLowerCase() !== noun) return { qualifiers, offices }
  for (let k = words.length - 2; k >= Math.max(0, words.length - 1 - QUALIFIER_REACH); k--) {
    const word = words[k]!
    if (MODIFIERS_END.test(word)) break
    const lower = word.toLowerCase()
    if (/^\p{Lu}/u.test(word)) (OFFICE_WORDS.has(lower) ? offices : qualifiers).push(lower)
  }
  return { qualifiers, offices }
}

/**
 * The initials of an office's words in capitals ("PCC" of "Police and Crime Commissioner", "SIO"
 * of "Senior Investigating Officer"), when there are two or more and the last is an office's
 * word (not "Agency" of "National Crime Agency"); else null.
 */
function officeInitials(office: string): string | null {
  const words = office.split(/[ \u00a0]+/).filter((w) => /^\p{Lu}/u.test(w))
  if (words.length < 2 || !OFFICE_WORDS.has(words.at(-1)!.toLowerCase())) return null
  return words.map((w) => w.charAt(0)).join('')
}

/** A person's title and role, lower-cased, as one text an office is looked for in. */
function officeOf(p: RegisteredPerson): string {
  return `${p.title ?? ''} ${p.role ?? ''}`.toLowerCase()
}

const ROLE_NOUN_SET: ReadonlySet<string> = new Set(ROLE_NOUNS)

/**
 * True when a role names an office by a noun other than `noun`: "finance director" for "the
 * chief executive". A rank or honorific in the title says nothing of it ("Texas Rep." may be "the
 * Republican lawmaker").
 */
function holdsOtherOffice(role: string | null, noun: string): boolean {
  if (role === null) return false
  const words = role.toLowerCase().split(/[^\p{L}-]+/u)
  return !words.includes(noun) && words.some((w) => ROLE_NOUN_SET.has(w))
}

const ARTICLE = /^(?:the|an?)\s+/
/**
 * Words that make a lesser office of the one after them: a Deputy Commissioner is not "the
 * Commissioner", nor a former president "the president".
 */
const LESSER_OFFICE = /(?:^|[\s-])(?:assistant|associate|deputy|ex|former|under|vice)[\s-]$/

/**
 * Whether `said` (a title and role, lower-cased) holds the office `words` names: true, false when
 * it holds only a lesser office of that name ("deputy secretary-general" for "secretary-general"),
 * or null when the words are not in it.
 */
function holdsOffice(said: string, words: string): boolean | null {
  let found: boolean | null = null
  for (let at = said.indexOf(words); at >= 0; at = said.indexOf(words, at + 1)) {
    if (!LESSER_OFFICE.test(said.slice(Math.max(0, at - 12), at))) return true
    found = false
  }
  return found
}

export class SpeakerRegistry {
  private readonly bySurname = new Map<string, RegisteredPerson[]>()
  /** People named with a first name, by it, for a later "Jane said" after "Jane Doe". */
  private readonly byGivenName = new Map<string, RegisteredPerson[]>()
  private readonly organisations = new Map<string, RegisteredOrganisation>()
  /** People by their last mention, most recent last. */
  private readonly recent: RegisteredPerson[] = []
  /** The person mentioned last, whom "the senior officer" refers to. */
  lastPerson: RegisteredPerson | null = null
  /** The organisation mentioned last as a speaker, whom "they" refers to. */
  lastOrganisation: RegisteredOrganisation | null = null
  /**
   * The people named last as speaking together, whom "they" refers to until anyone else is named:
   * "Jane Smith and Tom Baker said: “…” “…,” they added."
   */
  lastGroup: readonly RegisteredPerson[] | null = null
  /** A role described before its holder is named ("The first-ever policing lead for AI has been appointed"). */
  private pendingRole: { role: string; until: number } | null = null
  /** Each entry's latest mention, as a count of mentions, to tell which was named last. */
  private readonly touchedAt = new Map<Registered, number>()
  private ticks = 0

  /**
   * Records a mention at input offset `at` and returns the person it names, merged with earlier
   * mentions; `where` is the mention's exact place, kept among the person's mentions.
   */
  mention(
    name: string,
    title: string | null,
    role: string | null,
    at: number,
    where?: { text: string; span: Span },
    lateRole?: () => string | null,
  ): RegisteredPerson {
    const words = nameWords(name)
    let person = this.find(words)
    if (person === undefined) {
      person = newPerson(name, words, title, role, at)
      const surname = words.at(-1)!.toLowerCase()
      const list = this.bySurname.get(surname) ?? []
      list.push(person)
      this.bySurname.set(surname, list)
      this.addGivenName(person)
    } else {
      const implied = pronounOf(title)
      if (implied !== null && (person.pronoun === null || person.pronoun === implied)) {
        person.pronoun = implied
        person.pronounSure = true
      }
      // The title is the one written at the first mention with the full name.
      if (!person.titleFixed && title !== null) person.title = title
      if (!person.titleFixed && givenName(words) !== null) {
        person.titleFixed = true
        if (title !== null) person.title = title
      }
      if (role !== null && !restatesOffice(role, person)) person.role = role
      // "Jane Smith, chairwoman of the trust": the description says who is "she".
      if (person.pronoun === null) this.describedAs(person, pronounOfDescription(role))
      // A later mention with the full name completes a surname-only first one.
      if (words.length > person.words.length) {
        person.name = name
        person.words = words
        this.addGivenName(person)
      }
    }
    if (lateRole) person.lateRoles.push(lateRole)
    if (where) addMention(person, { ...where, rule: nameRule(words, title, person.words) })
    // The pending role first: reading `role` reads the roles put off.
    if (this.pendingRole !== null && at <= this.pendingRole.until && person.role === null) {
      person.role = this.pendingRole.role
    }
    this.pendingRole = null
    this.lastPerson = person
    this.touch(person)
    return person
  }

  /** True when a name (a surname alone, say) matches someone already registered. */
  knows(name: string): boolean {
    return this.find(nameWords(name)) !== undefined
  }

  /** True when a name matches someone registered with a given name too ("Trump" after "Donald Trump"). */
  knowsInFull(name: string): boolean {
    const p = this.find(nameWords(name))
    return p !== undefined && givenName(p.words) !== null
  }

  /**
   * The person "he" or "she" refers to: the most recently mentioned one whose honorific does not
   * say otherwise ("Ms Brown … Mr Smith … She said" is Ms Brown). A party to a case named since a
   * quote's speaker and silent ("DC Jane Smith said: “…” The court heard that Tom Baker, 45, … “…,”
   * she added"), or a judge named only as the one who jailed them, is passed over for that speaker,
   * unless only the party's honorific fits for sure.
   */
  resolvePronoun(word: 'he' | 'she'): RegisteredPerson | null {
    // "Jane Smith and Tom Brown said: “…” She added:": one of those who spoke together, never
    // just the one named last.
    if (this.lastGroup !== null) return groupMember(this.lastGroup, word)
    let found: RegisteredPerson | null = null
    // Past a judge named only as the one who sentenced, the speaker must be someone quoted: a
    // cue in the narration ("Jane Roe announced that Judge … sentenced Tom Baker") is not enough.
    let pastBench = false
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const p = this.recent[k]!
      if (p.pronoun !== null && p.pronoun !== word) continue
      const silent = isSilentParty(p)
      if (found === null) found = p
      else if (!silent) {
        if (p.spoke && (p.quoted || !pastBench) && !(found.pronoun === word && p.pronoun === null)) found = p
        break
      }
      if (!silent) break
      if (!p.party) pastBench = true
    }
    if (found === null) return null
    // "Ms Jane Doe said: “…” Councillor Sam Reed added: “…” “…,” she said.": a pronoun that the
    // one named last may take, whom nothing shows to be "he" or "she", goes to the speaker before,
    // when that speaker is known for sure to be one. Not past someone yet to be quoted: "Sharon
    // Naughton is Head of NaVCIS. She said:" introduces the one who speaks next.
    if (found.pronoun === null && found.quoted) found = this.surePrevious(found, word) ?? found
    // A pronoun no one else in reach could take says for sure who is "he" or "she".
    if (found.pronoun === null && this.onlyFitting(found, word)) found.pronounSure = true
    found.pronoun = word
    return found
  }

  /**
   * Takes "he" or "she" opening a sentence of the narration about the one who spoke before ("She
   * was joined by …", "Her colleague, …") as evidence of who is one: the one person in reach, when
   * they spoke, no one else could be meant and nothing shows them to be the other.
   */
  narrationPronoun(word: 'he' | 'she'): void {
    const latest = this.recent.findLast((p) => !isSilentParty(p))
    if (latest === undefined || !latest.spoke || latest.pronoun !== null || !this.onlyFitting(latest, word))
      return
    latest.pronoun = word
    latest.pronounSure = true
  }

  /** The speaker named before `latest`, when quoted and known for sure to be `word`; else null. */
  private surePrevious(latest: RegisteredPerson, word: 'he' | 'she'): RegisteredPerson | null {
    for (let k = this.recent.indexOf(latest) - 1; k >= 0; k--) {
      const p = this.recent[k]!
      if (isSilentParty(p)) continue
      return p.quoted && p.pronounSure && p.pronoun === word ? p : null
    }
    return null
  }

  /** True when no one in reach but `person` may be `word`: the others are silent or known otherwise. */
  private onlyFitting(person: RegisteredPerson, word: 'he' | 'she'): boolean {
    return this.recent.every(
      (p) => p === person || isSilentParty(p) || (p.pronoun !== null && p.pronoun !== word),
    )
  }

  /**
   * The person a description refers to ("the Commissioner", "the senior officer"): the latest one
   * whose title or role holds its head noun and the words in capitals before it ("the Democratic
   * nominee"), else the person mentioned last (see `describedLast`), unless the noun names
   * someone in court ("The judge told him:"), who is never the release's last speaker unnamed. A
   * spokesperson is the body one spoke for last, or a person called one, never anyone else.
   */
  resolveDescription(head: string, text = head): Registered | null {
    const noun = head.toLowerCase()
    let person: RegisteredPerson | null = null
    let lesser = false
    // "the Republican nominee", "the Prime Minister": words in capitals that the office of whoever
    // it names must hold ("Minister for Health Jane Doe" is not "the Prime Minister").
    const { qualifiers, offices } = SERVICE_NOUNS.has(noun)
      ? { qualifiers: [], offices: [] }
      : capitalsBefore(text, noun)
    const otherQualified = new Set<RegisteredPerson>()
    if (noun.length > 0) {
      const words = text.toLowerCase().replace(ARTICLE, '')
      // "the store manager" is the one called "store manager" before a later "area manager"; the
      // head noun alone is read only when nobody holds the whole office.
      for (const office of words === noun ? [noun] : [words, noun]) {
        for (let k = this.recent.length - 1; k >= 0 && person === null; k--) {
          const p = this.recent[k]!
          const said = officeOf(p)
          const holds = holdsOffice(said, office)
          const fits = qualifiers.every((q) => said.includes(q)) && offices.every((o) => said.includes(o))
          // "the Republican nominee" is not "Democratic nominee Jane Doe": the search goes on.
          if (holds === true && fits) person = p
          else if (holds === true) otherQualified.add(p)
          else if (holds === false) lesser = true
        }
        if (person !== null) break
      }
    }
    if (SPOKES_NOUNS.has(noun)) {
      // "A spokesperson for the council said … The spokesperson added": the body's voice again,
      // unless a person called one was named since; never the officer named last.
      const body = this.lastOrganisation
      const bodySpoke = body !== null && (body.role ?? '').toLowerCase().includes(noun)
      if (bodySpoke && (person === null || this.order(body) > this.order(person))) return body
      return person
    }
    if (person !== null) return person
    // "the Secretary-General said" when only a Deputy Secretary-General is named: someone unnamed.
    // "the Director of Public Prosecutions": an office written with its remit is one office, held
    // by someone the release names as such, not whoever it named last.
    if (lesser || COURT_ROLES.has(noun) || namedOffices().has(noun) || OFFICE_WITH_REMIT.test(text))
      return null
    // "the Chief Executive": an office written in capitals is one the release names a holder for,
    // as "the Minister" is; only an officer's noun ("the Senior Investigating Officer") may be anyone's.
    if (/^\p{Lu}/u.test(head) && !SERVICE_NOUNS.has(noun)) return null
    const last = this.describedLast(noun)
    return last !== null && otherQualified.has(last) ? null : last
  }

  /**
   * The person named last whose office, written in full, `initials` abbreviates: "the PCC" for
   * "Police and Crime Commissioner Alison Lowe", "the SIO" for a "Senior Investigating Officer",
   * "the ACC" for an "Assistant Chief Constable". Only an office's words count (a role that names a
   * body, "National Crime Agency", is no office), or null.
   */
  holderOfInitials(initials: string): RegisteredPerson | null {
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const p = this.recent[k]!
      if ([p.title, p.role].some((office) => office !== null && officeInitials(office) === initials)) return p
    }
    return null
  }

  /**
   * The person named last who holds `office` of `body` ("Jane Smith, Director of the FBI" or "FBI
   * Director Jane Smith" for "the Director of the FBI"), or null: nobody else may be taken for them.
   */
  holderOf(office: string, body: string): RegisteredPerson | null {
    const words = office.toLowerCase()
    const named = body.toLowerCase()
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const said = officeOf(this.recent[k]!)
      if (said.includes(named) && holdsOffice(said, words) === true) return this.recent[k]!
    }
    return null
  }

  /**
   * The person named last, when a description nobody's office holds may still be them: "the
   * senior officer" or "the radio host" is whoever the release named last, with a rank or none;
   * "the chief executive" is not someone given another office ("Bob Dean, the finance director").
   */
  private describedLast(noun: string): RegisteredPerson | null {
    const last = this.lastPerson
    if (last === null || SERVICE_NOUNS.has(noun)) return last
    return holdsOtherOffice(last.role, noun) ? null : last
  }

  /** When an entry was last mentioned, counted in mentions; 0 for none. */
  private order(entry: Registered): number {
    return this.touchedAt.get(entry) ?? 0
  }

  /** Notes a role described without a name, for the next person named before offset `until`. */
  describe(role: string, until: number): void {
    this.pendingRole = { role, until }
  }

  /**
   * Takes a description of a person that says who is "he" or "she" ("Jane Smith, a mother of
   * two,") as sure, when nothing said otherwise before.
   */
  describedAs(person: RegisteredPerson, pronoun: 'he' | 'she' | null): void {
    if (pronoun === null || person.pronoun !== null) return
    person.pronoun = pronoun
    person.pronounSure = true
  }

  /** Records people speaking together, for a later "they"; the first named leads. */
  group(members: readonly RegisteredPerson[]): void {
    this.lastGroup = members.length > 1 ? members : null
  }

  /** The person a name refers to among those registered, as `mention` would merge it, or null. */
  known(name: string): RegisteredPerson | null {
    return this.find(nameWords(name)) ?? null
  }

  /** Records an organisation that speaks, for a later "they". */
  organisation(name: string, role: string | null, at: number): RegisteredOrganisation {
    this.lastGroup = null
    const key = name.toLowerCase()
    let org = this.organisations.get(key)
    if (org === undefined) {
      org = { kind: 'organisation', name, role, mentions: [], mentionStarts: new Set(), firstAt: at }
      this.organisations.set(key, org)
    } else if (role !== null) org.role = role
    this.lastOrganisation = org
    this.touchedAt.set(org, ++this.ticks)
    return org
  }

  private touch(person: RegisteredPerson): void {
    if (this.lastGroup !== null && !this.lastGroup.includes(person)) this.lastGroup = null
    this.touchedAt.set(person, ++this.ticks)
    const at = this.recent.lastIndexOf(person)
    if (at >= 0) this.recent.splice(at, 1)
    this.recent.push(person)
    if (this.recent.length > RECENT) this.recent.shift()
  }

  private addGivenName(person: RegisteredPerson): void {
    const first = givenName(person.words)
    if (first === null || isInitial(first)) return
    const list = this.byGivenName.get(first) ?? []
    if (!list.includes(person)) list.push(person)
    this.byGivenName.set(first, list)
  }

  /**
   * The person a name refers to: same surname, and the same first name when both have one; an
   * initial matches a first name that starts with it ("J. Smith" is "John Smith", "Jane Smith" is
   * not). A word alone that is nobody's surname is the first name of the one person named with it
   * ("Jane" after "Jane Doe"); of two people named so, it is neither.
   */
  private find(words: readonly string[]): RegisteredPerson | undefined {
    const list = this.bySurname.get(words.at(-1)!.toLowerCase())
    if (list === undefined) {
      const named = words.length === 1 ? this.byGivenName.get(words[0]!.toLowerCase()) : undefined
      return named?.length === 1 ? named[0] : undefined
    }
    const first = givenName(words)
    for (let k = list.length - 1; k >= Math.max(0, list.length - SAME_SURNAME); k--) {
      const p = list[k]!
      const pFirst = givenName(p.words)
      if (first === null || pFirst === null || sameFirstName(first, pFirst)) return p
      if (endsWithWords(p.words, words) || endsWithWords(words, p.words)) return p
    }
    return undefined
  }
}

/** A party to a case, or the judge who sentenced or heard it, whom neither a quote nor the narration has speak. */
function isSilentParty(p: RegisteredPerson): boolean {
  return (p.party || p.bench) && !p.spoke
}

/**
 * True when a name of two words or more ends another, longer one: "Te Whare" is "Ngaio Te Whare",
 * a surname of two words written alone, as "Sánchez Pérez" is "Pedro Sánchez Pérez".
 */
function endsWithWords(longer: readonly string[], shorter: readonly string[]): boolean {
  if (shorter.length < 2 || longer.length <= shorter.length) return false
  const skip = longer.length - shorter.length
  return shorter.every((w, k) => w.toLowerCase() === longer[skip + k]!.toLowerCase())
}

const SUFFIXES = new Set(NAME_SUFFIXES.map((w) => w.toLowerCase()))

/**
 * A name's words without the suffix that closes it ("Robert Johnson Jr." is found by "Johnson"),
 * or the place a peer is styled by ("Smith of Leeds" is found by "Smith").
 */
function nameWords(name: string): string[] {
  const words = name.split(/\s+/)
  const of = words.indexOf('of')
  if (of > 0) return words.slice(0, of)
  if (words.length > 1 && SUFFIXES.has(words.at(-1)!.replace(/\.$/, '').toLowerCase())) words.pop()
  return words
}

const PARTICLE_WORDS: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...SURNAME_PARTICLES])

/**
 * The first name of a name's words, lower-cased, or null for a surname alone: one word, or a
 * surname that opens with its particle ("Ní Bhriain", "van der Berg", "De Bolle").
 */
function givenName(words: readonly string[]): string | null {
  return words.length > 1 && !PARTICLE_WORDS.has(words[0]!) ? words[0]!.toLowerCase() : null
}

/** True when a name is a surname alone: "Hester", "Ní Bhriain", "van der Berg". */
export function isSurnameOnly(name: string): boolean {
  return givenName(nameWords(name)) === null
}

function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true
  const ia = isInitial(a)
  const ib = isInitial(b)
  return (ia || ib) && a[0] === b[0]
}

const isInitial = (w: string) => w.length === 1 || (w.length === 2 && w.endsWith('.'))

/** Adds a mention once: the narration and the attribution may both read the same words. */
export function addMention(entry: Registered, mention: MentionRecord): void {
  if (entry.mentionStarts.has(mention.span.start)) return
  entry.mentionStarts.add(mention.span.start)
  entry.mentions.push(mention)
}

const HONORIFIC_SET = new Set(HONORIFICS.map((h) => h.toLowerCase()))

/** How a name mention was linked: the full name, a title or honorific with the surname, or the surname. */
/**
 * A person first met in a mention. Their role is read when asked for: a mention may put its role
 * off (`lateRoles`), since most people named in the narration never need theirs. Reading `role`
 * reads the roles put off, newest first, so the role written last wins, as if each had been read
 * at its mention; setting it supersedes them.
 */
function newPerson(
  name: string,
  words: readonly string[],
  title: string | null,
  role: string | null,
  at: number,
): RegisteredPerson {
  let known = role
  const late: Array<() => string | null> = []
  return {
    kind: 'person',
    name,
    words,
    title,
    get role(): string | null {
      for (let k = late.length - 1; k >= 0; k--) {
        const read = late[k]!()
        if (read !== null) {
          known = read
          break
        }
      }
      late.length = 0
      return known
    },
    set role(value: string | null) {
      known = value
      late.length = 0
    },
    lateRoles: late,
    pronoun: pronounOf(title) ?? pronounOfDescription(role),
    pronounSure: (pronounOf(title) ?? pronounOfDescription(role)) !== null,
    spoke: false,
    party: false,
    bench: false,
    quoted: false,
    mentions: [],
    mentionStarts: new Set(),
    firstAt: at,
    titleFixed: givenName(words) !== null,
  }
}

function nameRule(words: readonly string[], title: string | null, full: readonly string[]): string {
  if (givenName(words) !== null) return 'people/full-name'
  // "Jane" of "Jane Doe": the first name alone.
  if (title === null && words.length === 1 && full.length > 1 && words[0] === full[0])
    return 'people/first-name'
  if (title === null) return 'people/surname'
  const last = title.split(/\s+/).at(-1)!.replace(/\.$/, '').toLowerCase()
  return HONORIFIC_SET.has(last) ? 'people/honorific-surname' : 'people/title-surname'
}

/**
 * The people of a release in order of first mention, with ids `p1`, `p2`…, from the registered
 * entries that speak.
 */
export function toPeople(entries: Iterable<Registered>): { people: Person[]; ids: Map<Registered, string> } {
  const ordered = [...new Set(entries)].sort((a, b) => firstOf(a) - firstOf(b))
  const ids = new Map<Registered, string>()
  const people = ordered.map((e, k): Person => {
    const id = `p${k + 1}`
    ids.set(e, id)
    const mentions = [...e.mentions].sort((a, b) => a.span.start - b.span.start)
    return {
      id,
      name: e.name,
      title: e.kind === 'person' ? e.title : null,
      role: e.role,
      kind: e.kind,
      mentions,
    }
  })
  return { people, ids }
}

function firstOf(e: Registered): number {
  let first = e.firstAt
  for (const m of e.mentions) if (m.span.start < first) first = m.span.start
  return first
}

/**
 * The one of people who spoke together that "he" or "she" refers to: the one the text shows to be
 * `word` (an honorific, a description) or the only one it does not show to be the other; null
 * when nothing tells them apart, rather than a guess.
 */
function groupMember(group: readonly RegisteredPerson[], word: 'he' | 'she'): RegisteredPerson | null {
  const fitting = group.filter((p) => !(p.pronounSure && p.pronoun !== word))
  const sure = fitting.filter((p) => p.pronounSure && p.pronoun === word)
  const found = sure.length === 1 ? sure[0]! : fitting.length === 1 ? fitting[0]! : null
  if (found !== null) {
    found.pronoun = word
    found.pronounSure = true
  }
  return found
}

const HE = /\b(?:Mr|Sir|Lord|Father|Brother|Shri)\b/
const SHE = /\b(?:Mrs|Ms|Miss|Dame|Lady|Baroness|Sister|Smt|Shrimati|Sushri|Mdm)\b/

/** The pronoun an honorific implies: "Mr" is he, "Dame" is she; ranks imply neither. */
function pronounOf(title: string | null): 'he' | 'she' | null {
  if (title === null) return null
  if (HE.test(title)) return 'he'
  return SHE.test(title) ? 'she' : null
}

const HE_WORD_SET: ReadonlySet<string> = new Set(HE_WORDS)
const SHE_WORD_SET: ReadonlySet<string> = new Set(SHE_WORDS)
/** Where a description's head noun ends: its complement ("of the trust") or a comma. */
const COMPLEMENT = /[ \u00a0](?:of|for|at|to|with)[ \u00a0]|,/u

/**
 * The pronoun a description of a person implies by its head noun: "chairwoman of the trust",
 * "the victim's mother", "a mother-of-two" are she; "her husband" is he; "chairman" and other
 * offices imply neither.
 */
export function pronounOfDescription(text: string | null): 'he' | 'she' | null {
  if (text === null) return null
  const cut = COMPLEMENT.exec(text)
  const head = (cut === null ? text : text.slice(0, cut.index)).trimEnd()
  const word = head
    .slice(Math.max(head.lastIndexOf(' '), head.lastIndexOf('\u00a0')) + 1)
    .toLowerCase()
    .split('-of-')[0]!
  if (HE_WORD_SET.has(word)) return 'he'
  return SHE_WORD_SET.has(word) ? 'she' : null
}

/**
 * True when a role read beside a later mention is a word of the office the person was first
 * named with: "Secretary" of "said Secretary Austin" after "Secretary of Defense Lloyd J. Austin
 * III". The first mention's office stands.
 */
export function restatesOffice(role: string, p: { title: string | null; role: string | null }): boolean {
  if (role === p.role) return false
  const word = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(role)}(?![\\p{L}])`, 'iu')
  return (p.title !== null && word.test(p.title)) || (p.role !== null && word.test(p.role))
}

/** A noun phrase in apposition after a name, opened by an article or a possessive: ", a mother of two,". */
const APPOSED_PHRASE = lazyRegExp(
  String.raw`^,[ \u00a0]{1,3}((?:an?|the|his|her|their)[ \u00a0][^,;:.()“”"]{1,60}|\p{Ll}{2,12}-of-\p{Ll}{2,8})(?=[,;.])`,
  'u',
)

/**
 * The pronoun the noun phrase in apposition right after a name implies (past an age: ", 45, a
 * mother of two,"), or null; `end` is where the name ends in `text`.
 */
export function pronounOfApposition(text: string, end: number): 'he' | 'she' | null {
  const after = withoutAge(text.slice(end, end + 90))
  const apposed = APPOSED_PHRASE().exec(after)?.[1]
  if (apposed !== undefined) return pronounOfDescription(apposed)
  const clause = RELATIVE_CLAUSE().exec(after)?.[1]
  return clause === undefined ? null : pronounOfRelative(clause)
}

/** A relative clause about a name: ", who lost her son,", ", who is a mother of two,". Group 1: its words. */
const RELATIVE_CLAUSE = lazyRegExp(String.raw`^,[ \u00a0]{1,3}who[ \u00a0]([^,;:.()“”"]{1,80})`, 'u')
const RELATION_SET: ReadonlySet<string> = new Set(RELATIONS)
/** "is" and the like opening a clause that describes its subject: "who is a mother of two". */
const BEING = /^(?:is|was)[ \u00a0]+(?=(?:an?|the)[ \u00a0])/

/**
 * The pronoun a relative clause about a person implies: what it says they are ("who is a mother
 * of two"), or the subject's own in it: a reflexive ("who found herself"), or a possessive before
 * a relation or "own" ("who lost her son", "who raised his own children"). Null when it says
 * neither, or both.
 */
function pronounOfRelative(clause: string): 'he' | 'she' | null {
  const being = BEING.exec(clause)
  if (being !== null) return pronounOfDescription(clause.slice(being[0].length))
  const words = clause.toLowerCase().split(/[^\p{L}’'-]+/u)
  let found: 'he' | 'she' | null = null
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!
    const next = words[k + 1] ?? ''
    const own = RELATION_SET.has(next) || next === 'own'
    const said =
      word === 'herself' || (word === 'her' && own)
        ? 'she'
        : word === 'himself' || (word === 'his' && own)
          ? 'he'
          : null
    if (said === null) continue
    if (found !== null && found !== said) return null
    found = said
  }
  return found
}
