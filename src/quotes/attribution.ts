import { readOpeningDateline } from '../releases/dateline'
import { CREDIT_LINES } from '../releases/standfirst'
import { closesJuniorGrade } from '../text/abbreviations'
import { lazyRegExp } from '../text/lazy-patterns'
import { officeAfterArticle } from './article-office'
import { dashedPairAsCommas, dashesAsCommas, withoutAsides } from './asides'
import { peopleInCapitals, titledPersonInCapitals } from './capital-names'
import { DESCRIBED_BEFORE, jointPeople } from './joint-people'
import {
  BODY_NAME_OPENERS,
  BODY_NOUN_NAMES,
  COMPANY_FORMS,
  EMERGENCY_SERVICE_WORDS,
  FIRM_NAME_ENDS,
  GROUP_WORDS,
  HANDING_VERBS,
  KNOWN_BODIES,
  MEMBER_NAMES,
  ORGANISATION_NAME_ENDS,
  ORGANISATION_WORDS,
  PARTY_WORDS,
  PERSON_NOUNS,
  QUOTE_LABELS,
  RELATIONS,
  ROLE_NOUNS,
  WRITTEN_MESSAGES,
} from './lexicon'
import { openingPhraseBefore, subjectBeforeObject, subjectBesideObject } from './object-names'
import {
  firmOfficeOf,
  officeAfterBody,
  officeOfBody,
  officeOfField,
  officeOfPossessor,
} from './office-of-body'
import { HYPHEN_PREFIX, type Lexicon } from './patterns'
import {
  cleanRole,
  describesBeforeSurname,
  descriptorOpens,
  findPeople,
  hasRoleNoun,
  isNameWord,
  isOccupationNoun,
  isRelation,
  LISTENER_CUES,
  officeThenField,
  type PersonMention,
  remitClosesBefore,
  roleAround,
  sentenceTail,
  topLevelParts,
} from './people'
import { personBeforeWho, WHO_AT_END } from './relative-speaker'
import { endsWithChar, onlyChars, trimEndChars } from './scan'
import { isInitials } from './short-names'
import { surnameSubject } from './surname-subject'
import { PHRASE_GOES_ON } from './surroundings'
import { withoutTimeAtEnd, withoutTimeAtStart } from './time-before-cue'
import { officeInCapitals, officerByNumber } from './unnamed-officers'

/** Who an attribution names, before pronouns and descriptions are resolved against the release. */
export type SpeakerRef =
  | {
      readonly kind: 'person'
      readonly mention: PersonMention
      /** The other people named as speaking with them ("Jane Smith and Tom Baker said"). */
      readonly with?: readonly PersonMention[]
      /** A surname alone read as a clause's subject: a speaker only if the release named them in full. */
      readonly known?: boolean
    }
  | { readonly kind: 'pronoun'; readonly word: string }
  | {
      readonly kind: 'description'
      readonly role: string | null
      readonly head: string
      readonly text: string
    }
  | {
      readonly kind: 'organisation'
      readonly name: string
      readonly role: string | null
      /** Called by its last word alone ("the Bank"): the release names it in full elsewhere. */
      readonly short?: boolean
      /** Called by a common noun in lower case ("the agency"): a speaker only once resolved. */
      readonly common?: boolean
      /** The name as the attribution writes it, when `name` is the full one found elsewhere. */
      readonly written?: string
      /**
       * A short form of a name the release or its publisher may write in full elsewhere ("a Garda
       * spokesperson", "a Met Police spokesperson").
       */
      readonly part?: boolean
      /** The other bodies named as speaking with it ("the FBI and the DEA said"). */
      readonly with?: readonly string[]
      /** Common nouns of other bodies speaking with it ("Kent Police and the council said"). */
      readonly withNouns?: readonly string[]
      /**
       * Read from two names of one word each ("Afripol and Ameripol said"): bodies only when the
       * release shows one of them is, else nobody it names.
       */
      readonly unsure?: boolean
      /** The person the words name when the release addresses them by the surname (see `addressedName`). */
      readonly addressed?: PersonMention
      /** The role is an office of the body ("the Director of the NCA"): its holder, if the release names them. */
      readonly office?: boolean
    }
  | {
      readonly kind: 'none'
      /** The person the words name when the release addresses them by the surname (see `addressedName`). */
      readonly addressed?: PersonMention
    }

/** An attribution found around a quote: the cue as written, who, and the rule that read it. */
export interface Attribution {
  readonly cue: string | null
  readonly speaker: SpeakerRef
  readonly rule: string
}

const NONE: SpeakerRef = { kind: 'none' }

/** Who speaks for someone else: their family and friends, their lawyer. */
const SPEAKING_FOR = [
  ...RELATIONS,
  'attorney',
  'barrister',
  'counsel',
  'family',
  'lawyer',
  'relative',
  'solicitor',
].join('|')
/**
 * A speaker's words before the person they speak for: "the family of ", "a lawyer representing ",
 * "friends of ". The person named after them is not the speaker (a spokesperson's words are their
 * principal's: see `SPOKESPERSON_OF`).
 */
const SPEAKS_FOR = lazyRegExp(
  `(?<![\\p{L}-])(?:${SPEAKING_FOR})s?\\s{1,3}(?:of|for|representing|on\\s{1,3}behalf\\s{1,3}of)\\s{1,3}$`,
  'u',
)

function speaksFor(before: string): boolean {
  return SPEAKS_FOR().test(before)
}
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(ORGANISATION_NAME_ENDS)
/** Common nouns for bodies that are no word of their names ("the firm", "the watchdog"): lower case only. */
const BODY_NOUNS: ReadonlySet<string> = new Set(Object.keys(BODY_NOUN_NAMES))
const SPOKESPERSON_OF =
  /^(?:an?|the) (spokesperson|spokesman|spokeswoman|representative) (?:for|from|of|at|on behalf of) ([^\s].{0,79})$/i
/** "the health board", "the local council": a body described in lower case, group 1 its noun. */
const DESCRIBED_BODY = lazyRegExp(String.raw`^the (?:\p{Ll}{2,20} ){1,3}(\p{Ll}{3,20})$`, 'u')
const SPOKES_WORD = /^(?:spokesperson|spokesman|spokeswoman|representative)$/i
const ARTICLE = /^(?:an?|the)$/i
const SPOKES_NOUN = /spokes|representative/i
const STATEMENT_WORD = /statement/i
/** "a Kent Police statement", "the Home Office's joint statement": group 1 is the body. */
const BODY_STATEMENT = lazyRegExp(
  String.raw`^(?:[Aa]n?|[Tt]he)\s{1,3}(\p{Lu}[^,]{0,80}?)(?:['’]s)?\s{1,3}(?:(?:joint|written|brief)\s{1,3})?statement$`,
  'u',
)
/** "a statement from X", "a joint statement issued by X": group 1 is X. */
const STATEMENT_FROM =
  /^(?:an?|the)\s{1,3}(?:joint\s{1,3})?statement\s{1,3}(?:from|by|issued\s{1,3}by|on\s{1,3}behalf\s{1,3}of)\s{1,3}(\S.{0,119})$/i
const LEADING_LINK = /^(?:and|but|then|so|meanwhile|however|later|finally|separately)\s+/i
const ACRONYM = lazyRegExp(String.raw`^\p{Lu}[\p{Lu}\d]+s?$`, 'u')
const CONNECTOR = /^(?:and|of|for|the|&|in|on)$/
const DESCRIPTION_HEAD = /^(?:the|this|that)\s/i
const POSSESSIVE = /[’']s$/u
/** The stop of a company's abbreviated word at the end of a phrase: "Acme Ltd.", "Acme Inc.". */
/** "the " and capitalised words, no possessive, one space apart, up to a name: "the World ". */
const ARTICLE_THEN_CAPITALS = lazyRegExp(
  String.raw`(?:^|[ \u00a0])[Tt]he[ \u00a0](?:\p{Lu}\p{Ll}[\p{L}-]{0,24}[ \u00a0]){1,4}$`,
  'u',
)

/**
 * The article and capitalised words before a name with no title, when they open a body's name the
 * name's words go on ("the World " before "Health Organization"); not when they close one, a
 * person named after it ("the Irish Times " before "Jane Smith").
 */
function bodyRunBefore(before: string, lexicon: Lexicon): RegExpExecArray | null {
  const m = ARTICLE_THEN_CAPITALS().exec(before)
  const last =
    m?.[0]
      .trim()
      .split(/[ \u00a0]/)
      .at(-1)
      ?.toLowerCase() ?? ''
  return m === null || lexicon.organisationWords.has(last) ? null : m
}
const COMPANY_STOP = new RegExp(`(?<=[ \\u00a0](?:${COMPANY_FORMS.join('|')}))\\.$`, 'u')
const TRAILING_ACRONYM = lazyRegExp(String.raw`\s{1,3}\(\p{Lu}[\p{Lu}\d&]{1,11}\)$`, 'u')

/**
 * Reads who a phrase names: a person (with title and role), a pronoun, a description of someone
 * already named ("The former West Mercia officer"), an organisation, or nobody ("One attendee").
 *
 * @example
 * parseSpeakerPhrase('Mark Morgan, Licensing SAVI Lead,', lexicon)
 * //=> { kind: 'person', mention: { name: 'Mark Morgan', title: null, role: 'Licensing SAVI Lead', … } }
 */
export function parseSpeakerPhrase(phrase: string, lexicon: Lexicon): SpeakerRef {
  const read = readSpeakerPhrase(phrase, lexicon)
  if (read.kind !== 'none' && read.kind !== 'organisation') return read
  const addressed = addressedName(phrase.trim(), lexicon)
  return addressed === null ? read : { ...read, addressed }
}

/**
 * A first name and a surname that is a role's or a body's word ("Nicola Ranger", "Tom Watch"),
 * all a phrase holds: read as a body or nobody, but the person when the release addresses them by
 * the surname ("Ms Ranger"); null for other phrases.
 */
function addressedName(phrase: string, lexicon: Lexicon): PersonMention | null {
  const named = WORD_SURNAME().exec(phrase)
  if (named === null) return null
  const [name, first, surname] = named as unknown as [string, string, string]
  if (!isNameWord(first, lexicon) || describesBeforeSurname(first) || isNameWord(surname, lexicon))
    return null
  return { start: 0, end: name.length, name, title: null, role: null, text: name }
}

/** A first name and one word after it: "Nicola Ranger", "Tom Watch". */
const WORD_SURNAME = lazyRegExp(String.raw`^(\p{Lu}\p{Ll}{1,20})[ \u00a0](\p{Lu}\p{Ll}{1,20})$`, 'u')

function readSpeakerPhrase(phrase: string, lexicon: Lexicon): SpeakerRef {
  const np = trimEndChars(phrase, ',;:—–-').trim().replace(LEADING_LINK, '')
  if (np.length === 0 || np.length > 400) return NONE
  const lower = np.toLowerCase()
  if (lexicon.pronouns.has(lower)) return { kind: 'pronoun', word: lower }
  // "said the MAYOR": an office in capitals is read as in small letters, a description.
  const office = officeInCapitals(np, lexicon)
  if (office !== null) return readSpeakerPhrase(office, lexicon)
  // "said PC 1234": an officer known by rank and number names no one.
  if (officerByNumber(np, lexicon)) return NONE
  // "DETECTIVE INSPECTOR JOHN JONES": a rank and a name in capitals, not a body's initials.
  // "JANE DOE SAID", "JANE DOE AND TOM BAKER SAID": read as the same words in the case of a name.
  const inCapitals = peopleInCapitals(np, (folded) => peopleIn(folded, lexicon))
  if (inCapitals !== null && inCapitals.length > 1) return jointSpeaker(inCapitals)
  const titled = titledPersonInCapitals(np, lexicon)
  if (titled !== null) return { kind: 'person', mention: titled }
  if (inCapitals !== null) return { kind: 'person', mention: inCapitals[0]! }
  // "said Europol": a well-known body's name, which would otherwise read as a surname.
  if (knownBodyName(np.replace(/^the\s+/i, ''), lexicon)) return organisation(np, null, lexicon)
  // "Gardaí at Store Street said": members of a body where they serve, the body once resolved.
  if (bodyOfMembers(np) !== null) return { kind: 'organisation', name: np, role: null }
  // "the Director of the NCA", "Head of Europol": the body speaks, the office its role.
  const served =
    officeHolderBody(np, lexicon) ??
    possessorBody(np, lexicon) ??
    bodyThenOffice(np, lexicon) ??
    officeDescribed(np, lexicon)
  if (served !== null) return served
  // "the Chancellor", "the Speaker of the House": after the article an office's word is no surname.
  const articled = officeAfterArticle(np, lexicon)
  if (articled !== null) return { kind: 'description', role: null, head: articled.word, text: np }
  const people = findPeople(np, lexicon, true)
  const mention = speakerMention(people)
  // "the World Health Organization", "a spokesperson for the Canadian Coast Guard": the last words
  // of a run of capitals after "the" read as a name, but a name with no title stands after no
  // article; the whole run is a body's name, read below.
  const run =
    mention && mention.title === null && np.slice(mention.end).trim().length === 0
      ? bodyRunBefore(np.slice(0, mention.start), lexicon)
      : null
  const person = run ? undefined : mention
  if (person) {
    // "Jane Smith and Tom Baker said": the first named speaks, with the others.
    const joint = jointPeople(np, people)
    if (joint !== null) return jointSpeaker(joint)
    // "Her mother, Jane Doe, and John Roe said": a noun phrase, then the people who speak.
    const listed = people.length > 1 ? describedList(np, lexicon) : null
    if (listed !== null) return listed
    if (speaksFor(np.slice(0, person.start))) return NONE
    // "Speaking about Tom Baker, 67, the judge", "Officers arrested Tom Baker and": the name is
    // an object; the subject speaks, whoever it names.
    const subjects = subjectBesideObject(np, person)
    if (subjects !== null) return firstSpeaker(subjects, lexicon)
    return { kind: 'person', mention: person }
  }
  // "Police thanked the public and said": a body that is the subject of a verb and its object,
  // which "and" joins to the cue, speaks; officers unnamed ("Officers thanked the public and") name no one.
  const objectSubject = subjectBeforeObject(np)
  if (objectSubject !== null) {
    const by = parseSpeakerPhrase(objectSubject, lexicon)
    if (by.kind === 'organisation') return by
  }
  // "… in policing he said": a pronoun right before the cue is the subject.
  const lastWord = np.slice(Math.max(np.lastIndexOf(' '), np.lastIndexOf('\u00a0')) + 1).toLowerCase()
  if (lastWord && lexicon.pronouns.has(lastWord)) return { kind: 'pronoun', word: lastWord }
  // "The Crown Prosecution Service (CPS)": the body's name, without the acronym it is then called by.
  // "said Acme Ltd.": the stop that ends the sentence is the abbreviation's too.
  // "Last night Kent County Council said", "Yesterday the council said": a time opening the
  // clause with no comma is no part of the body's name.
  const org = withoutTimeAtStart(np.replace(TRAILING_ACRONYM(), '').replace(COMPANY_STOP, ''))
  // Both spokesperson forms need one of the nouns: most phrases are ruled out by one cheap test.
  if (SPOKES_NOUN.test(org)) {
    const spoke = SPOKESPERSON_OF.exec(org.replace(/\s+/g, ' '))
    if (spoke) {
      // "A spokesperson for the force": the body the release names, as "the force said" is.
      const short = shortOrganisation(spoke[2]!, lexicon)
      if (short?.kind === 'organisation') return { ...short, role: spoke[1]! }
      // "A spokesperson for the health board": a body in lower case is called by its last word.
      const described = DESCRIBED_BODY().exec(spoke[2]!)
      if (described) {
        const noun = shortOrganisation(`the ${described[1]!}`, lexicon)
        return noun?.kind === 'organisation' ? { ...noun, role: spoke[1]! } : NONE
      }
      // "A spokesperson for Jane Smith", "for the Smith family": a person's or a family's words
      // through someone the release does not name.
      if (personNamed(spoke[2]!, lexicon) || KIN_WORDS.has(finalWord(spoke[2]!))) return NONE
      // "A spokesperson for the Prime Minister", "for the Mayor of London": an office holder's
      // words, as "the Prime Minister’s spokesperson" gives; no body.
      if (officeAfterArticle(spoke[2]!.split(OFFICE_REMIT_LINK)[0]!, lexicon) !== null) return NONE
      return spokespersonBody(spoke[2]!.replace(/^the /i, ''), spoke[1]!, lexicon)
    }
    // "A Police Scotland spokesperson", "A Met spokesperson": the words between the article and
    // the noun name the body, whatever they are called, when they are a name in capitals.
    const words = org.split(/\s+/)
    // "Police Scotland’s spokesperson", "the FBI’s spokesman": a body's name in the possessive
    // (a surname's is a person's, whose spokesperson is no body).
    if (words.length >= 2 && SPOKES_WORD.test(words.at(-1)!) && POSSESSIVE.test(words.at(-2)!)) {
      const body = words.slice(0, -1).join(' ').replace(/^the /i, '').replace(POSSESSIVE, '')
      if (isOrganisationName(body, lexicon)) return organisation(body, words.at(-1)!, lexicon)
    }
    if (words.length >= 3 && ARTICLE.test(words[0]!) && SPOKES_WORD.test(words.at(-1)!)) {
      // "An Garda Síochána spokesperson": the Irish article is part of the body's name.
      const body = words
        .slice(IRISH_ARTICLE.test(org) ? 0 : 1, -1)
        .join(' ')
        .replace(/^the /i, '')
      // "the Taoiseach’s spokesperson": a name in the possessive that is no body's is an office's
      // or a person's, who is not the one speaking.
      if (isOrganisationName(body, lexicon) || (isProperName(body, lexicon) && !POSSESSIVE.test(body)))
        return spokespersonBody(body, words.at(-1)!, lexicon)
      // "A department spokesperson", "the agency’s spokesman": the body the release named before.
      // "A police spokesperson" speaks for the police at large, not one force the release named.
      const short = shortOrganisation(`the ${body.replace(POSSESSIVE, '')}`, lexicon)
      if (short?.kind === 'organisation' && short.common && short.name !== 'police')
        return { ...short, role: words.at(-1)! }
    }
  }
  // "A statement from Police Scotland said": the body that issued the statement speaks.
  // So does "A Kent Police statement said": the body named before the word.
  const issued = STATEMENT_WORD.test(org) ? (STATEMENT_FROM.exec(org) ?? BODY_STATEMENT().exec(org)) : null
  if (issued) {
    // "a statement from Jane Smith": a person may issue one too.
    const by = parseSpeakerPhrase(issued[1]!, lexicon)
    if (by.kind === 'organisation' || by.kind === 'person') return by
  }
  // The run of capitals is the whole phrase: the body speaks.
  if (run && run.index === 0) return organisation(np, null, lexicon)
  const joined = withCommonNoun(org, lexicon)
  if (joined !== null) return joined
  // "the police watchdog said", "the energy regulator said": a body described in lower case is the
  // body its last word stands for, as "the watchdog said" is; "the local police" are officers
  // unnamed, and "the chief executive" and "the head of the unit" an office.
  const described = DESCRIBED_BODY().exec(org)
  if (described) {
    const noun = shortOrganisation(`the ${described[1]!}`, lexicon)
    const words = org.split(/\s+/).slice(1)
    const office = words.some((w) => lexicon.roleNouns.has(w) || CONNECTOR.test(w))
    if (noun?.kind === 'organisation' && noun.name !== 'police' && !office) return noun
  }
  // "The Post, which endorsed her": the first comma part names the body.
  const first = (topLevelParts(org)[0] ?? '').trim()
  const firstShort = shortOrganisation(first, lexicon)
  if (firstShort !== null) return firstShort
  const bare = first.replace(/^the\s+/i, '')
  if (isOrganisationName(bare, lexicon)) return organisation(bare, null, lexicon)
  const pair = wordPair(np, lexicon)
  if (pair !== null) return { kind: 'organisation', name: pair[0], role: null, with: [pair[1]], unsure: true }
  if (DESCRIPTION_HEAD.test(np)) {
    const parts = topLevelParts(np)
    const head = parts[0] ?? ''
    if (hasRoleNoun(head, lexicon) || /\b(?:officer|detective|leader|chief)\b/i.test(head)) {
      const rest = parts.slice(1).join(',')
      const noun = head.trim().split(/\s+/).at(-1) ?? ''
      return { kind: 'description', role: rest ? cleanRole(rest) : null, head: noun, text: head.trim() }
    }
  }
  // "In a statement, the Metropolitan Police said": an opening phrase, then the body that speaks.
  const parts = topLevelParts(org)
  if (parts.length < 2) return NONE
  // "The first multilateral development bank to …, the Bank described" and "In a statement, the
  // Department said": the body after the comma, called by one word, is the one named before.
  const tail = parts.at(-1)!.trim()
  const body = shortOrganisation(tail, lexicon)
  if (body !== null) return body
  // "Speaking at the launch, the Director of the NCA said": the office of a body after the phrase.
  const tailOffice = officeHolderBody(tail, lexicon) ?? officeDescribed(tail, lexicon)
  if (tailOffice !== null) return tailOffice
  const last = tail.replace(/^the\s+/i, '')
  if (last.length > 0 && isOrganisationName(last, lexicon)) return organisation(last, null, lexicon)
  // "Responding to the report, a Home Office spokesperson said": the body the spokesperson speaks for.
  if (SPOKES_NOUN.test(tail)) {
    const spoke = parseSpeakerPhrase(tail, lexicon)
    if (spoke.kind === 'organisation' && spoke.role !== null) return spoke
  }
  // "Announcing the funding, the Minister said": an opening phrase, then the one described.
  return DESCRIPTION_HEAD.test(tail) && DESCRIBED_TAIL().test(tail) && hasRoleNoun(tail, lexicon)
    ? { kind: 'description', role: null, head: tail.split(/\s+/).at(-1)!, text: tail }
    : NONE
}

/**
 * The body an office named by it serves, with the office as its role, when the whole phrase is
 * such an office and no one's name ("the Director of the NCA", "Head of Europol", "Director
 * HMRC"): whoever the release named holding that office, once resolved (see `officeOfBody`).
 */
function officeHolderBody(phrase: string, lexicon: Lexicon): SpeakerRef | null {
  const served = officeOfBody(
    phrase.replace(COMPANY_STOP, ''),
    lexicon,
    // "Chief Executive of the Scottish Police Authority Chris Brown": the name is the holder's.
    // "the Chair of Tesco Bank": a name read whole from the body's words is the body's own.
    (body, office) =>
      isKnownBody(body) ||
      (isOrganisationName(body, lexicon) && !findPeople(body, lexicon, true).some((p) => p.start > 0)) ||
      firmOfficeOf(body, office) ||
      endsAsBody(body),
  )
  if (served === null || holderEnds(phrase, lexicon, true)) return null
  // "the Chair of the Board": a body called by its word alone is the one the release names.
  const body = shortOrganisation(`the ${served.body}`, lexicon) ?? organisation(served.body, null, lexicon)
  return body.kind === 'organisation' ? { ...body, role: served.office, office: true } : null
}

/**
 * The body whose office the phrase names in the possessive, with the office as its role, when no
 * one's name follows ("the NCA’s Director General", "Acme’s chief executive"); as for "the
 * Director of the NCA", whoever the release named holding that office, once resolved.
 */
function possessorBody(phrase: string, lexicon: Lexicon): SpeakerRef | null {
  const served = officeOfPossessor(
    phrase.replace(COMPANY_STOP, ''),
    lexicon,
    (body) => isKnownBody(body) || ACRONYM().test(body) || isOrganisationName(body, lexicon),
  )
  if (served === null) return null
  const body = organisation(served.body, null, lexicon)
  return body.kind === 'organisation' ? { ...body, role: served.office, office: true } : null
}

/**
 * The body an office written after its initials or a well-known body's name serves, with the
 * office as its role, when no one's name follows ("the FBI Director", "the NCA Director General"):
 * as for "the Director of the NCA", whoever the release named holding that office, once resolved.
 */
function bodyThenOffice(phrase: string, lexicon: Lexicon): SpeakerRef | null {
  const served = officeAfterBody(
    phrase.replace(COMPANY_STOP, ''),
    lexicon,
    // Only a body's initials or a well-known body's name: other words in capitals before an office
    // are often its own ("Police Commissioner", "Council Leader", "Health Service Executive").
    (body) => isKnownBody(body) || ACRONYM().test(body),
  )
  // "CHIEF INSPECTOR": words all in capitals are no body's initials and an office.
  if (served === null || !/\p{Ll}/u.test(served.office)) return null
  const body = organisation(served.body, null, lexicon)
  return body.kind === 'organisation' ? { ...body, role: served.office, office: true } : null
}

/** Where an office's remit starts: " of " of "the Mayor of London". */
const OFFICE_REMIT_LINK = /[ \u00a0](?:of|for|to)[ \u00a0]/

/**
 * True when a titled name ends the phrase ("President of the University of Leeds Jane Doe",
 * "Commissioner of Police of the Metropolis Sir Mark Rowley"): the office is the title of the
 * name, no body's and no one's described. With `inFull`, after an office of a body named, the
 * name must be a person's in full: the last words of the body's own name ("Bank" of "the Chief
 * Executive of Tesco Bank", "Ireland Water" of "… of Northern Ireland Water") name no holder.
 */
function holderEnds(phrase: string, lexicon: Lexicon, inFull = false): boolean {
  const holder = findPeople(phrase, lexicon, true).at(-1)
  if (holder === undefined || holder.title === null || !/^[\s.,]*$/.test(phrase.slice(holder.end)))
    return false
  return (
    !inFull ||
    (MORE_NAME_WORDS.test(holder.name) &&
      !isOrganisationName(holder.name, lexicon) &&
      // "Director of Public Prosecutions Tom Banks": after a remit that closes before it, a name
      // ending in a body's word ("Banks") is the holder's all the same.
      (!endsAsBody(holder.name) ||
        remitClosesBefore(phrase.slice(0, holder.start + holder.title.length), lexicon)))
  )
}

/**
 * A name in capitals of two words or more that ends in a word only a body's name ends in, after
 * an office's "of" ("Tesco Bank", "Allied Irish Banks", "Acme Investment Fund"): the word may be a
 * surname elsewhere ("Banks"), but an office's holder is not called by a surname alone, so the
 * whole name is the body's.
 */
function endsAsBody(name: string): boolean {
  const words = name.split(/[ \u00a0]+/)
  const last = words.at(-1)!.toLowerCase()
  return (
    words.length >= 2 &&
    words.every((w) => /^\p{Lu}/u.test(w) || CONNECTOR.test(w)) &&
    (ORGANISATION_HEADS.has(last) || (last.endsWith('s') && ORGANISATION_HEADS.has(last.slice(0, -1))))
  )
}

/** Two words or more: a name in full, not a surname alone. */
const MORE_NAME_WORDS = /\S[ \u00a0]+\S/

/**
 * An office whose "of" names a kind of body, part of its own name ("the Commissioner of Police of
 * the Metropolis"): someone described by office, whoever the release named holding it.
 */
function officeDescribed(phrase: string, lexicon: Lexicon): SpeakerRef | null {
  const office = officeOfField(phrase.replace(COMPANY_STOP, ''), lexicon)
  if (office === null || holderEnds(phrase, lexicon)) return null
  const text = phrase.trim()
  return { kind: 'description', role: null, head: text.split(/\s+/).at(-1)!, text }
}

/** The people a phrase names, the first the speaker, as `parseSpeakerPhrase` reads it, or null. */
function peopleIn(phrase: string, lexicon: Lexicon): readonly PersonMention[] | null {
  const ref = parseSpeakerPhrase(phrase, lexicon)
  return ref.kind === 'person' ? [ref.mention, ...(ref.with ?? [])] : null
}

/** People speaking together: the first named, with the others. */
function jointSpeaker(people: readonly PersonMention[]): SpeakerRef {
  const [first, ...others] = people
  // "Jane Smith, Ali Khan and Tom Baker": the names after the first are no role of hers.
  const role = first!.role
  const named = role !== null && others.some((o) => role.includes(o.name))
  return { kind: 'person', mention: named ? { ...first!, role: null } : first!, with: others }
}

/** The first of some phrases that names a speaker ("67, the judge", "the judge"), or nobody. */
function firstSpeaker(phrases: readonly string[], lexicon: Lexicon): SpeakerRef {
  for (const phrase of phrases) {
    const speaker = parseSpeakerPhrase(phrase, lexicon)
    if (speaker.kind !== 'none') return speaker
  }
  return NONE
}

/**
 * True when the whole phrase is a person's name of two words or more, or one with a title ("Jane
 * Smith", "Senator Jane Smith"), and no body's ("Thames Water", "Kent Police").
 */
function personNamed(phrase: string, lexicon: Lexicon): boolean {
  if (isKnownBody(phrase) || isOrganisationName(phrase, lexicon)) return false
  const [person, ...others] = findPeople(phrase, lexicon, true)
  return (
    person !== undefined &&
    others.length === 0 &&
    person.start === 0 &&
    person.end === phrase.length &&
    (person.title !== null || person.name.includes(' '))
  )
}

/** A short description: "the Minister", "the senior investigating officer". */
const DESCRIBED_TAIL = lazyRegExp(String.raw`^\S+(?:\s+[\p{L}-]+){1,4}$`, 'u')

/**
 * The body a spokesperson speaks for. One word may be the body's name in short, written in full
 * elsewhere: "A Garda spokesperson", "A spokesperson for the Met", "An NCA spokesperson" (the
 * publisher's initials, or a body the release wrote as "National Crime Agency (NCA)"); not a
 * well-known body's name or an organisation word ("Europol", "Police"). Words in capitals may be
 * the publisher's name in short ("A Met Police spokesperson").
 */
function spokespersonBody(
  body: string,
  role: string,
  lexicon: Lexicon,
): Extract<SpeakerRef, { kind: 'organisation' }> {
  const named = organisation(body, role, lexicon)
  if (/\s/.test(body)) return named.with === undefined ? { ...named, part: true } : named
  if (isKnownBody(body)) return named
  return ACRONYM().test(body) || !isOrganisationName(body, lexicon) ? { ...named, part: true } : named
}

const AND = ' and '

/** Two names of one word each joined by "and": "Afripol and Ameripol". */
const WORD_PAIR = lazyRegExp(
  String.raw`^(?:the[ \u00a0]{1,3})?(\p{Lu}[\p{L}’'-]{1,30})[ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?(\p{Lu}[\p{L}’'-]{1,30})$`,
  'u',
)

/** The two names of a phrase that is only two names of one word joined by "and", or null. */
function wordPair(phrase: string, lexicon: Lexicon): [string, string] | null {
  const m = WORD_PAIR().exec(phrase.trim())
  if (m === null || !isProperName(m[1]!, lexicon) || !isProperName(m[2]!, lexicon)) return null
  return [m[1]!, m[2]!]
}

/**
 * Two bodies speaking together, one called by its common noun: "West Midlands Police and the
 * council", "the council and Kent Police". The noun is resolved later against the bodies the
 * release names, as "the council said" is; null when the phrase is no such pair.
 */
function withCommonNoun(phrase: string, lexicon: Lexicon): SpeakerRef | null {
  const flat = phrase.replace(/\s+/g, ' ')
  const at = flat.lastIndexOf(AND)
  if (at <= 0) return null
  const left = flat.slice(0, at)
  const right = flat.slice(at + AND.length)
  // "… and the council": the second is called by its noun.
  const noun = shortOrganisation(right, lexicon)
  if (noun?.kind === 'organisation' && noun.common) {
    const first = parseSpeakerPhrase(left, lexicon)
    return first.kind === 'organisation' ? { ...first, withNouns: [noun.name] } : null
  }
  // "the council and the FBI": the first is called by its noun, the second by its name.
  const lead = shortOrganisation(left, lexicon)
  const other = parseSpeakerPhrase(right, lexicon)
  if (lead?.kind === 'organisation' && lead.common && other.kind === 'organisation' && !other.short)
    return { ...lead, with: [other.name, ...(other.with ?? [])] }
  return null
}

const THE_WORD = lazyRegExp(String.raw`^[Tt]he[ \u00a0]+(\p{L}\p{Ll}{2,24})$`, 'u')

/**
 * A body called by "the" and the last word of its name ("the Bank", "the Commission"), or by
 * that word in lower case ("the agency", "the department", "the force"), which the release
 * writes in full elsewhere: resolved against it later.
 */
function shortOrganisation(phrase: string, lexicon: Lexicon): SpeakerRef | null {
  const word = THE_WORD().exec(phrase)?.[1]
  if (word === undefined) return null
  const lower = word.toLowerCase()
  if (!lexicon.organisationWords.has(lower) && !ORGANISATION_HEADS.has(lower) && !BODY_NOUNS.has(word))
    return null
  return { kind: 'organisation', name: word, role: null, short: true, common: word === lower }
}

/** The mention a phrase is about: the last one, unless it only names part of an earlier one's role. */
function speakerMention(people: readonly PersonMention[]): PersonMention | undefined {
  let chosen: PersonMention | undefined
  for (const p of people) {
    if (chosen?.role && p.start > chosen.end && chosen.role.includes(p.name)) continue
    chosen = p
  }
  return chosen
}

function organisation(
  name: string,
  role: string | null,
  lexicon: Lexicon,
): Extract<SpeakerRef, { kind: 'organisation' }> {
  // "On Monday Police Scotland said": the time that opens the clause is no part of the name.
  const [first, ...others] = jointBodies(withoutTimeAtStart(name.replace(/^the\s+/i, '').trim()), lexicon)
  const body = { kind: 'organisation', name: first!, role } as const
  return others.length === 0 ? body : { ...body, with: others }
}

/** "and" or "&" between two names, with the article of the second: " and the ". */
const BODY_JOIN = /\s{1,3}(?:and|&)\s{1,3}(the\s{1,3})?/gi
const COMPLEMENT_WORD = /\s(?:of|for|on)\s/

/**
 * The bodies a name joins ("FBI and the DEA", "Police Scotland and the National Crime Agency",
 * "Kent Police and Essex Police"), each a name of its own: split at "and the", or at a bare "and"
 * between two organisation names when the first holds no "of", "for" or "on", whose complement may
 * hold an "and" ("Avon and Somerset Police", "Department of Health and Social Care" stay one).
 */
function jointBodies(name: string, lexicon: Lexicon): string[] {
  const out: string[] = []
  let from = 0
  for (const m of name.matchAll(BODY_JOIN)) {
    const left = name.slice(from, m.index)
    const right = name.slice(m.index + m[0].length)
    // "Fire and Emergency New Zealand", "Kent Fire and Rescue Service": "and" between two words of
    // the emergency services joins one body's name.
    const serviceJoin =
      m[1] === undefined &&
      SERVICE_WORD_SET.has(left.slice(left.lastIndexOf(' ') + 1)) &&
      SERVICE_WORD_SET.has(right.split(' ', 1)[0]!)
    const named =
      !serviceJoin &&
      (m[1] !== undefined || (!COMPLEMENT_WORD.test(` ${left} `) && isOrganisationName(left, lexicon)))
    if (named && isBodyName(left, lexicon) && isBodyName(right, lexicon)) {
      out.push(left)
      from = m.index + m[0].length
    }
  }
  out.push(name.slice(from))
  return out
}

/** A name that may stand for a body of its own: an organisation's name, or one capitalised word ("Europol"). */
function isBodyName(s: string, lexicon: Lexicon): boolean {
  return isOrganisationName(s, lexicon) || (!/\s/.test(s) && isProperName(s, lexicon))
}

/** An organisation's name: capitalised words with an acronym or an organisation word ("Police Scotland"). */
export function isOrganisationName(s: string, lexicon: Lexicon): boolean {
  const words = s.split(/\s+/)
  if (words.length === 0 || words.length > 8) return false
  let marked = false
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (CONNECTOR.test(w) && k > 0 && k < words.length - 1) continue
    // "Acme Holdings plc": the legal form closes the name in lower case.
    if (w === 'plc' && k > 0 && k === words.length - 1) {
      marked = true
      continue
    }
    if (!/^[\p{Lu}\d]/u.test(w)) return false
    if (
      // "Jane Doe MLA": letters after a name are an honour or a seat, no body's initials.
      ((ACRONYM().test(w) || isInitials(w)) && !lexicon.postNominals.has(w)) ||
      // "Acme Housing", "Thames Water": a firm's word closing the name; not an office's remit
      // ("Minister for Housing").
      (k > 0 && k === words.length - 1 && FIRM_ENDS.has(w) && !CONNECTOR.test(words[k - 1]!)) ||
      lexicon.organisationWords.has(w.toLowerCase().replace(/[’']s?$/, '')) ||
      // "Leeds Teaching Hospitals", "Acme Services": a body's word in the plural closing the name.
      (k > 0 && k === words.length - 1 && lexicon.organisationWords.has(w.toLowerCase().replace(/s$/, ''))) ||
      // "Fire and Emergency New Zealand": a service's word marks its body's name.
      SERVICE_WORD_SET.has(w) ||
      isKnownBody(w.replace(POSSESSIVE, ''))
    )
      marked = true
  }
  return marked
}

const KNOWN_BODY_NAMES: ReadonlySet<string> = new Set(Object.keys(KNOWN_BODIES))
const FIRM_ENDS: ReadonlySet<string> = new Set(FIRM_NAME_ENDS)
const SERVICE_WORD_SET: ReadonlySet<string> = new Set(EMERGENCY_SERVICE_WORDS)

/** A well-known body whose name holds no kind word ("Europol", "Ofcom"): see `KNOWN_BODIES`. */
export function isKnownBody(name: string): boolean {
  return KNOWN_BODY_NAMES.has(name)
}

const MEMBERS: ReadonlyMap<string, string> = new Map(
  Object.entries(MEMBER_NAMES).flatMap(([body, names]) => names.map((n) => [n, body] as const)),
)
/**
 * Members' name, then the place in capitals where they serve: "Gardaí in Bandon", "Gardai at
 * Store Street". Group 1: the name.
 */
const MEMBERS_AT = lazyRegExp(
  String.raw`^(\p{Lu}\p{L}{1,20})[ \u00a0]{1,3}(?:in|at)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?\p{Lu}[\p{L}’'.-]{0,30}(?:[ \u00a0]{1,3}\p{Lu}[\p{L}’'.-]{0,30}){0,3}$`,
  'u',
)

/**
 * The body that a name its members go by stands for, alone or with where they serve: An Garda
 * Síochána for "Gardaí" and "Gardaí in Bandon"; null for any other name. See `MEMBER_NAMES`.
 */
export function bodyOfMembers(name: string): string | null {
  return MEMBERS.get(MEMBERS_AT().exec(name)?.[1] ?? name) ?? null
}

/**
 * A well-known body's name, alone or opening a name in capitals with no office in it: "Europol",
 * "Interpol Washington" (not "Europol Director Jane Doe", a person with a title).
 */
function knownBodyName(s: string, lexicon: Lexicon): boolean {
  if (isKnownBody(s)) return true
  const words = s.split(/\s+/)
  return (
    isKnownBody(words[0]!) &&
    isProperName(s, lexicon) &&
    !words.some((w) => lexicon.titleStarts.has(w.toLowerCase()))
  )
}

/** A name in capitals of at most four words, none a pronoun or a word that names nobody ("Met", "Garda"). */
function isProperName(s: string, lexicon: Lexicon): boolean {
  const words = s.split(/\s+/)
  if (words.length > 4) return false
  return words.every((w) => {
    const lower = w.toLowerCase()
    return /^\p{Lu}/u.test(w) && !lexicon.pronouns.has(lower) && !lexicon.notName.has(lower)
  })
}

/** "According to X", and "In the words of X", which names its source the same way. */
const ACCORDING_TO = /\b(?:according[ \u00a0]to|in[ \u00a0]the[ \u00a0]words[ \u00a0]of)\s/i
/** The first word of a phrase, after any "the". */
const LEADING_WORD = lazyRegExp(String.raw`^\s{0,3}(?:the\s{1,3})?([\p{L}\d]{1,30})`, 'u')

/**
 * When or how a body spoke, after its name: "on Monday", "on 3 March", "in a statement",
 * "yesterday", "this morning", "this Christmas", "ahead of the holidays" (a festival's capital
 * opens no name). Not "on" before a name's complement ("Office on Drugs and Crime").
 */
const WHEN_OR_HOW_AFTER = lazyRegExp(
  String.raw`[ \u00a0,]{1,3}(?:on[ \u00a0]{1,3}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|in[ \u00a0]{1,3}(?:a|an|its|their)[ \u00a0]{1,3}(?:\p{Ll}{1,20}[ \u00a0]{1,3})?(?:statement|release|interview|email|letter|post|update|briefing|report)\b|(?:yesterday|today|tonight|earlier|later)\b|(?:this|last|next)[ \u00a0]{1,3}(?:morning|afternoon|evening|night|week|weekend|month|year|spring|summer|autumn|winter|Christmas|Easter)\b|(?:ahead[ \u00a0]{1,3}of|during|over|throughout)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?(?:Christmas|Easter|festive|holidays?|spring|summer|autumn|winter|weekend)\b)`,
  'u',
)

/** A party's name alone: "Republican ", " Tory ". */
const PARTY_ONLY = new RegExp(`^\\s{0,3}(?:${PARTY_WORDS.join('|')})\\s{1,3}$`)

/** A speaker phrase after its cue, up to what says when or how the words were said. */
function withoutWhenOrHow(np: string): string {
  const m = WHEN_OR_HOW_AFTER().exec(np)
  return m === null || m.index === 0 ? np : np.slice(0, m.index)
}
/** A colon or a dash that ends a name introducing the words. */
const LABEL_END = /(?::|\s[–—-])$/
/** A cue whose object is the one spoken of, after "at": "swiped at". */
const AT_END = /[ \u00a0]at$/

/** Words that may stand between a speaker and the cue: "he later said", "Smith had told police". */
const BETWEEN_SPEAKER_AND_CUE: ReadonlySet<string> = new Set([
  'additionally',
  'again',
  'also',
  'earlier',
  'first',
  'further',
  'had',
  'has',
  'have',
  'initially',
  'just',
  'later',
  'once',
  'previously',
  'publicly',
  'recently',
  'repeatedly',
  'separately',
  'simply',
  'still',
  'subsequently',
  'then',
  'today',
  'yesterday',
])
/** At most this many such words are passed over: "he had also previously said". */
const MAX_BETWEEN = 3

/** The phrase before a cue without the adverbs and auxiliaries that end it: "he later " is "he". */
export function beforeAdverbs(phrase: string): string {
  let s = phrase.trimEnd()
  let timed = false
  for (let n = 0; n < MAX_BETWEEN; n++) {
    const cut = Math.max(s.lastIndexOf(' '), s.lastIndexOf('\u00a0'))
    if (cut >= 0 && BETWEEN_SPEAKER_AND_CUE.has(s.slice(cut + 1).toLowerCase())) {
      s = s.slice(0, cut).trimEnd()
      continue
    }
    // "Jane Doe on Monday said", "Jane Doe last week also said": one time phrase, among the adverbs.
    const untimed = timed ? s : withoutTimeAtEnd(s).trimEnd()
    if (untimed.length === s.length || untimed.length === 0) break
    s = untimed
    timed = true
  }
  return s.length === phrase.trimEnd().length ? phrase : s
}

/** How many of `:,—–-` a text holds: "said:" has one, "said, in a statement:" two. */
function countMarks(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) if (':,—–-'.includes(s[i]!)) n++
  return n
}

/**
 * The phrase between a cue and the colon (or comma) ending the clause: "said Chief Constable X:"
 * gives "Chief Constable X"; null when the clause does not end so.
 */
function introducedAfterCue(tail: string, ends: string): string | null {
  const trimmed = trimEndChars(tail)
  const last = trimmed.at(-1)
  if (last === undefined || !ends.includes(last) || !/^\s/.test(tail)) return null
  const phrase = trimmed.slice(0, -1).trim()
  return phrase.length > 0 && phrase.length <= 200 ? phrase : null
}

/** "As" opening a clause before its subject and cue: "As the Chief Constable put it:". */
const AS_OPENS = /^\s{0,3}As[ \u00a0]{1,3}(?=\S)/

/** The last cue verb in a text, with where it stands. */
function lastCue(text: string, lexicon: Lexicon): RegExpExecArray | null {
  let last: RegExpExecArray | null = null
  lexicon.cue.lastIndex = 0
  for (let m = lexicon.cue.exec(text); m !== null; m = lexicon.cue.exec(text)) last = m
  return last
}

/**
 * Reads the sentence before an opening mark: "X said:", "X, role, added", "said X:", "According
 * to X,", or a cue earlier in the sentence for a quote inside reported speech.
 */
export function attributionBefore(text: string, lexicon: Lexicon): Attribution | null {
  const clause = sentenceTail(text, lexicon)
  if (clause.trim().length === 0) return null
  // Before the cues: "made the following comments:" has "comments" for a noun, not a verb.
  const issued = statementIssued(clause, lexicon)
  if (issued !== null) return issued
  const cue = lastCue(clause, lexicon)
  if (cue) {
    const tail = clause.slice(cue.index + cue[0].length)
    // "As Jane Doe said at the launch:": the conjunction opens the clause; its subject speaks.
    const head = beforeAdverbs(clause.slice(0, cue.index).replace(AS_OPENS, ''))
    if (onlyChars(tail.replace(/^\s*that\b/, ''), ':,—–-') && countMarks(tail) <= 1) {
      const rule = tail.includes(':') ? 'quotes/colon-before' : 'quotes/said-before'
      return { cue: cue[0], speaker: subjectOf(head, cue[0], lexicon), rule }
    }
    // "X told the BBC:" names the listener after the cue, not the speaker.
    // "swiped at Ryan in a series of tweets:" names the one attacked after the cue.
    const inverted = LISTENER_CUES.test(cue[0]) || AT_END.test(cue[0]) ? null : introducedAfterCue(tail, ':,')
    if (inverted !== null) {
      const speaker = parseSpeakerPhrase(inverted, lexicon)
      if (speaker.kind !== 'none') return { cue: cue[0], speaker, rule: 'quotes/colon-before' }
    }
    // "The Scottish Government said in a statement:" still introduces the quote.
    const rule = endsWithChar(tail, ':') ? 'quotes/colon-before' : 'quotes/mixed'
    return { cue: cue[0], speaker: subjectOf(head, cue[0], lexicon), rule }
  }
  const described = describedAs(clause, lexicon) ?? calledSo(clause, lexicon) ?? messageRead(clause, lexicon)
  if (described !== null) return described
  // "Kathleen Parker, The Washington Post: “…”": a name and a colon introduce the words; so does
  // a name and a dash ("Senior Sergeant Mike Brown – “…”").
  const labelled = trimEndChars(clause)
  if (LABEL_END.test(labelled) && labelled.length <= 120) {
    const speaker = parseSpeakerPhrase(labelled.slice(0, -1), lexicon)
    if (speaker.kind === 'person' && speaker.mention.start === 0)
      return { cue: null, speaker, rule: 'quotes/name-colon' }
  }
  const according = ACCORDING_TO.exec(clause)
  // "According to Jane Doe, head of the “Safer Streets” programme, “…”": a mark after "the" or
  // "of" opens a term inside the speaker's phrase, not the words that phrase introduces.
  if (according && !PHRASE_GOES_ON.test(clause)) {
    const speaker = parseSpeakerPhrase(
      trimEndChars(clause.slice(according.index + according[0].length), ',:'),
      lexicon,
    )
    if (speaker.kind !== 'none') return { cue: null, speaker, rule: 'quotes/according-to' }
    // "According to a police spokesperson, officers “…”": someone unnamed speaks; "according to
    // court documents" names no speaker at all.
    if (speaksUnnamed(clause.slice(according.index + according[0].length)))
      return { cue: null, speaker: NONE, rule: 'quotes/according-to' }
  }
  return null
}

/**
 * "described" is a cue only with its object and "as" before the words ("the Bank described the
 * signing as a “…”"), so it is read here rather than listed with the cues; right before "as"
 * ("a man described as “…”") it says what someone unnamed calls a thing.
 */
const DESCRIBED = lazyRegExp(String.raw`(?<![\p{L}-])described(?![\p{L}-])`, 'u')
const AS_BEFORE_MARK = /\sas(?:\s(?:an?|the))?\s?$/
const AS_AT_ONCE = /^\s+as\s/

/** The reading of "X described Y as “…”": X, with "described" for its cue. */
function describedAs(clause: string, lexicon: Lexicon): Attribution | null {
  const m = DESCRIBED().exec(clause)
  if (m === null) return null
  const tail = clause.slice(m.index + m[0].length)
  if (AS_AT_ONCE.test(tail) || !AS_BEFORE_MARK.test(tail)) return null
  const head = beforeAdverbs(clause.slice(0, m.index))
  return { cue: m[0], speaker: subjectOf(head, m[0], lexicon), rule: 'quotes/mixed' }
}

/**
 * "called" with its object right before the mark: "calling it “…”", "called the ruling “…”",
 * "calls them “…”". A name given with no object ("a man called “John”") is no one's words.
 */
const CALLED_OBJECT = lazyRegExp(
  String.raw`(?<![\p{L}-])(called|calling|calls)[ \u00a0]+(?:it|this|that|them|(?:the|his|her|its|their|our)(?:[ \u00a0]+[\p{Ll}-]{1,20}){1,2})[ \u00a0]*$`,
  'u',
)

/** The reading of "X welcomed the decision, calling it “…”": X, with "calling" for its cue. */
function calledSo(clause: string, lexicon: Lexicon): Attribution | null {
  if (!clause.includes('call')) return null
  const m = CALLED_OBJECT().exec(clause)
  if (m === null) return null
  const head = beforeAdverbs(clause.slice(0, m.index))
  return { cue: m[1]!, speaker: subjectOf(head, m[1]!, lexicon), rule: 'quotes/mixed' }
}

/** A cue with no subject of its own: "adding", "by saying", "went on to say". */
const NON_FINITE_CUE = /ing$/i
const TO_BEFORE_CUE = /(?:^|\s)to\s*$/i

/**
 * The speaker of a clause before a cue verb. A clause ending in a comma ("He welcomed the report,
 * adding:") has its subject at the start; otherwise the phrase right before the cue is it, or,
 * for a cue with no subject of its own ("by saying", "went on to say"), the clause's subject.
 */
function subjectOf(given: string, cue: string, lexicon: Lexicon): SpeakerRef {
  const written = dashedPairAsCommas(given)
  const speaker = subjectOfHead(withoutAsides(written), cue, lexicon)
  // "Writing in The Times, the Prime Minister said:": a body named inside an opening participle's
  // phrase is where the words appeared, not who spoke; the rest of the clause is read alone,
  // the phrase blanked rather than cut so that offsets hold.
  if (speaker.kind !== 'organisation') return speaker
  const opener = OPENING_PARTICIPLE_PHRASE().exec(written)
  if (opener === null || !opener[0].includes(speaker.name)) return speaker
  return subjectOfHead(
    withoutAsides(' '.repeat(opener[0].length) + written.slice(opener[0].length)),
    cue,
    lexicon,
  )
}

function subjectOfHead(head: string, cue: string, lexicon: Lexicon): SpeakerRef {
  // One cheap test spares most heads the relative clause's reading.
  const end = head.trimEnd()
  if (end.endsWith('which')) {
    const body = bodyBeforeWhich(head, lexicon)
    if (body.kind !== 'none') return body
  }
  // "… led by DI Jane Smith, who said:": the one before ", who" speaks, a person or a body, and
  // nobody else the sentence names ("DI Jane Smith spoke to a man, who said:").
  if (end.endsWith('who') && WHO_AT_END.test(head)) {
    const person = personBeforeWho(head, lexicon)
    return person !== null ? { kind: 'person', mention: person } : bodyBeforeWhich(head, lexicon)
  }
  if (!/,\s*$/.test(head)) {
    const reported = reportedClause(head, lexicon)
    // "“…,” said Jane Doe, and Tom Baker added:": after a cue and its subject, the comma and "and"
    // open a clause of its own, whose subject speaks alone.
    if (reported !== head && COMMA_AND_NAME().test(reported)) {
      const second = subjectAfterAnd(head, lexicon)
      if (second !== null) return second
    }
    const phrase = parseSpeakerPhrase(reported, lexicon)
    if (phrase.kind !== 'none') return phrase
    // "He … passed a handwritten note to the bank teller which stated, “…”": the writer speaks.
    if (writtenBySubject(head)) return clauseSubject(head, lexicon)
    const joined = subjectAfterAnd(head, lexicon)
    if (joined !== null) return joined
    // "Trump returned later and declared,", "Trump quickly deflected": a surname opens the clause
    // whose verb the cue is.
    const surname = ownVerbAfter(head) ? surnameSubject(head, lexicon) : null
    if (surname !== null) return surname
    if (!(NON_FINITE_CUE.test(cue) || TO_BEFORE_CUE.test(head))) return phrase
  }
  const subject = clauseSubject(head, lexicon)
  if (subject.kind !== 'none') return subject
  // "“…,” Garner wrote, adding": the narration after the previous quote is the clause.
  const close = Math.max(head.lastIndexOf('”'), head.lastIndexOf('"'))
  return close < 0 ? subject : clauseSubject(head.slice(close + 1), lexicon)
}

/** A comma and "and" before a word in capitals: ", and Tom Baker". */
const COMMA_AND_NAME = lazyRegExp(String.raw`,[ \u00a0]{1,3}and[ \u00a0]{1,3}\p{Lu}`, 'u')
/** "and" before a word in capitals: where a second clause may open. */
const AND_BEFORE_CAPITAL = lazyRegExp(String.raw`[ \u00a0]and[ \u00a0]{1,3}(?=\p{Lu})`, 'gu')
/** A word that makes the words before "and" a clause of their own: an auxiliary or a past tense. */
const CLAUSE_VERB = lazyRegExp(
  String.raw`(?:^|[\s,])(?:is|are|was|were|has|have|had|will|would|\p{Ll}{2,20}ed)(?=[\s,]|$)`,
  'u',
)

/**
 * The speaker of a second clause joined by "and": "The scheme was welcomed by residents and Jane
 * Doe MLA said", "… backed by the council and Kent Police said". Only after a clause of its own
 * (a cue, an auxiliary or a past tense before "and", or a comma after words that open with no
 * name), and only when a person opens the words after it or they name a body; "Jane Roe and John
 * Smith said" and "Jane Roe, chair of Shelter, and John Smith said" are no such pair of clauses.
 * Null otherwise.
 */
function subjectAfterAnd(head: string, lexicon: Lexicon): SpeakerRef | null {
  let at = -1
  let length = 0
  for (const m of head.matchAll(AND_BEFORE_CAPITAL())) {
    at = m.index
    length = m[0].length
  }
  if (at < 0) return null
  const before = head.slice(0, at)
  if (
    !(
      CLAUSE_VERB().test(before) ||
      hasCue(before, lexicon) ||
      (before.endsWith(',') && !opensWithPerson(before, lexicon))
    )
  )
    return null
  const rest = head.slice(at + length)
  // "Officers arrested Jane Doe and John Roe and said": the names close the verb's list of objects;
  // the cue's "and" goes on with the verb's subject.
  if (AND_AT_END.test(rest)) return null
  const after = parseSpeakerPhrase(rest, lexicon)
  if (after.kind === 'organisation') return after.common ? null : after
  // A full name or a titled one: a word alone after "and" ("Shelter and Crisis") may be anything.
  const m = after.kind === 'person' ? after.mention : null
  return m !== null && m.start === 0 && (m.title !== null || /[ \u00a0]/.test(m.name)) ? after : null
}

/** True when a cue verb in lower case stands in the text: "said Jane Roe, and …". */
function hasCue(text: string, lexicon: Lexicon): boolean {
  lexicon.cue.lastIndex = 0
  for (let m = lexicon.cue.exec(text); m !== null; m = lexicon.cue.exec(text)) {
    if (/^\p{Ll}/u.test(m[0])) return true
  }
  return false
}

/** True when a person's name opens the text: "Jane Roe, chair of Shelter, and …" names people speaking together. */
function opensWithPerson(text: string, lexicon: Lexicon): boolean {
  const first = findPeople(text.trim(), lexicon, true)[0]
  return first !== undefined && first.start <= 2
}

/** ", which" or ", who" ending the words before a cue: "Crimestoppers, which said:", "the Home Office, who said:". */
const WHICH_AT_END = /,[ \u00a0]{0,3}wh(?:ich|o)[ \u00a0]*$/
/** "the agency", "the Force" ending a text: a body called by one noun. */
const THE_NOUN_AT_END = lazyRegExp(String.raw`(?:^|[ \u00a0])([Tt]he[ \u00a0]+\p{L}\p{Ll}{2,24})$`, 'u')
/** A word of a name in capitals, and the links a name holds inside: "Office for Police Conduct". */
const NAME_PART = lazyRegExp(String.raw`^\p{Lu}[\p{L}\d’'&.-]{0,30}$`, 'u')
const NAME_LINK = /^(?:of|for|and|the|&)$/
/** A word in lower case before a name: "charity" of "the charity Refuge". */
const LOWER_WORD_AT_END = lazyRegExp(String.raw`(?:^|[ \u00a0])(\p{Ll}{3,20})[ \u00a0]$`, 'u')
/** At most this many words of a body's name are read back from the comma. */
const BODY_NAME_WORDS = 8

const BODY_OPENERS: ReadonlySet<string> = new Set(BODY_NAME_OPENERS)

/** A capitalised word that opens no name, as a sentence's first word does, and opens no body's. */
function notNameOpener(word: string, lexicon: Lexicon): boolean {
  return lexicon.notName.has(word.toLowerCase()) && !BODY_OPENERS.has(word)
}

/**
 * The body a relative clause opened by ", which" (or ", who") is about, when the cue is that clause's verb:
 * in "The appeal was backed by the charity Crimestoppers, which said:" and "The case was passed
 * to the agency, which said in a statement:" the body before the comma speaks. A name in
 * capitals must be a body's ("Police Scotland", "National Crime Agency (NCA)") or follow the
 * noun a body is called by ("the charity Refuge"); a common noun ("the agency") is resolved
 * against the release later, as "the agency said" is. Nobody otherwise ("the report, which said").
 */
function bodyBeforeWhich(head: string, lexicon: Lexicon): SpeakerRef {
  const which = WHICH_AT_END.exec(head)
  if (which === null) return NONE
  const before = head.slice(0, which.index).replace(TRAILING_ACRONYM(), '').trimEnd()
  const noun = THE_NOUN_AT_END().exec(before)
  if (noun !== null) {
    const short = shortOrganisation(noun[1]!, lexicon)
    if (short !== null) return short
  }
  const words = before.split(/[ \u00a0]+/)
  let k = words.length
  while (k > 0 && words.length - k < BODY_NAME_WORDS) {
    const w = words[k - 1]!
    if (!(NAME_PART().test(w) || (k < words.length && NAME_LINK.test(w)))) break
    k--
  }
  // Not the links or a sentence's first word before the name ("Yesterday"), but a word that
  // opens bodies' names: "to the National Crime Agency".
  while (k < words.length && (NAME_LINK.test(words[k]!) || notNameOpener(words[k]!, lexicon))) k++
  if (k === words.length) return NONE
  const name = words.slice(k).join(' ')
  if (isOrganisationName(name, lexicon)) return organisation(name, null, lexicon)
  const called = LOWER_WORD_AT_END().exec(`${words.slice(0, k).join(' ')} `)?.[1]
  if (called !== undefined && BODY_NOUNS.has(called) && isProperName(name, lexicon))
    return organisation(name, null, lexicon)
  return NONE
}

/**
 * The clause a cue in `head` reports, or `head` when it holds none: in "Mr Gibson said one officer
 * had told him:", who told is "one officer", not Mr Gibson.
 */
function reportedClause(head: string, lexicon: Lexicon): string {
  lexicon.cue.lastIndex = 0
  let end = -1
  let first = -1
  for (let m = lexicon.cue.exec(head); m !== null; m = lexicon.cue.exec(head)) {
    // After "told" the listener comes first ("Smith told the court he had said:"): not read here.
    if (/^\p{Ll}/u.test(m[0])) end = LISTENER_CUES.test(m[0]) ? -1 : m.index + m[0].length
    if (first < 0 && /^\p{Ll}/u.test(m[0])) first = m.index
  }
  if (end < 0) return head
  // "Police said Tom Baker was arrested and added:": the second cue shares the first one's subject.
  if (AND_AT_END.test(head) && first >= 0) return head.slice(0, first)
  const rest = head.slice(end).replace(REPORTED_THAT, '')
  return /\p{L}/u.test(rest) ? rest : head
}

const REPORTED_THAT = /^\s+that(?=\s)/
/** "and" closing the words before a cue: a second verb of the same subject. */
const AND_AT_END = /[ \u00a0]and[ \u00a0]*$/

const MESSAGE_WORDS: ReadonlySet<string> = new Set(WRITTEN_MESSAGES)
const HANDING_WORDS: ReadonlySet<string> = new Set(HANDING_VERBS)
/** How many words may stand between the message and "which": "note to the bank teller which". */
const MESSAGE_REACH = 6

/**
 * True when the phrase before a cue is a message the clause's subject wrote or handed over,
 * which "says" the words: "He passed a note to the teller which stated,". Someone who only found
 * or received the message ("Police found a letter which said"), or passed on one that names its
 * writer ("a letter from John Smith which said"), is not its writer.
 */
function writtenBySubject(head: string): boolean {
  return RELATIVE_AT_END.test(head) && messageIn(head)?.bySubject === true
}

const RELATIVE_AT_END = /\s(?:which|that)\s*$/i

/**
 * The message a phrase ends with, perhaps before "which" or "that" ("passed a note to the teller
 * which", "a sign outside the shop"), and whether the clause's subject wrote or handed it over;
 * null when it ends with none. Read word by word, from the end of the phrase.
 */
function messageIn(head: string): { readonly bySubject: boolean } | null {
  const words = head.trimEnd().toLowerCase().split(/\s+/)
  let last = words.length - 1
  if (words[last] === 'which' || words[last] === 'that') last--
  let named = false
  for (let k = last; k >= Math.max(1, last - MESSAGE_REACH); k--) {
    const word = words[k]!
    // "a letter from John Smith which": the message names its writer.
    if (word === 'from' || word === 'by') named = true
    else if (MESSAGE_WORDS.has(word)) {
      return { bySubject: !named && words.slice(0, k).some((w) => HANDING_WORDS.has(w)) }
    }
  }
  return null
}

/**
 * A verb of putting out a statement with the statement for its object, then a colon: "issued the
 * following statement:", "released a brief statement:", "provided this comment:". Group 1: the verb.
 */
const STATEMENT_ISSUED = lazyRegExp(
  String.raw`(?<![\p{L}-])(issued|issues|released|releases|provided|provides|gave|gives|made|makes|shared|shares|put[ \u00a0]out|puts[ \u00a0]out)[ \u00a0]+(?:the[ \u00a0]+following|this|a|the[ \u00a0]+below)(?:[ \u00a0]+(?:short|brief|joint|further|written))?[ \u00a0]+(?:statement|comments?|tribute|message|update)[ \u00a0]*:\s*$`,
  'u',
)

/**
 * "Kent Police issued the following statement:": whoever put the statement out speaks its words;
 * the verb is the cue. "The family issued …" names no one, so the quote has no speaker.
 */
function statementIssued(clause: string, lexicon: Lexicon): Attribution | null {
  const m = STATEMENT_ISSUED().exec(clause)
  if (m === null) return null
  const head = beforeAdverbs(clause.slice(0, m.index))
  return { cue: m[1]!, speaker: subjectOf(head, m[1]!, lexicon), rule: 'quotes/colon-before' }
}

/** "read" before the words of a message: "a note that read", "a sign outside read", "a message reading". */
const MESSAGE_READ = lazyRegExp(String.raw`(?<![\p{L}-])(read|reads|reading)[\s,:]*$`, 'u')

/** A message and "read" after a quote: "the statement read", "a Kent Police statement reads". Group 1: the message. */
const MESSAGE_THEN_READ = lazyRegExp(
  String.raw`^((?:the|an?|his|her|their|its|our)(?:[ \u00a0][\p{L}’'-]{1,20}){0,4}?)[ \u00a0](?:read|reads)(?![\p{L}-])`,
  'iu',
)

/**
 * The reading of "“…,” the statement read.": by the body the message names ("a Kent Police
 * statement read"), by nobody the text names otherwise; null when no message reads.
 */
function messageReadAfter(sentence: string, lexicon: Lexicon): Attribution | null {
  const m = MESSAGE_THEN_READ().exec(sentence)
  if (
    m === null ||
    !MESSAGE_WORDS.has(
      m[1]!
        .split(/[ \u00a0]/)
        .at(-1)!
        .toLowerCase(),
    )
  )
    return null
  const by = STATEMENT_WORD.test(m[1]!) ? parseSpeakerPhrase(m[1]!, lexicon) : NONE
  const cue = m[0].slice(m[1]!.length).trim()
  return { cue, speaker: by.kind === 'organisation' ? by : NONE, rule: 'quotes/message-read' }
}

/**
 * A written message's words, quoted after the message and "read" ("Officers found a note that
 * read “…”"): a quote, written by the clause's subject when they wrote or handed it over, by
 * nobody the text names otherwise.
 */
function messageRead(clause: string, lexicon: Lexicon): Attribution | null {
  const m = MESSAGE_READ().exec(clause)
  if (m === null) return null
  const head = clause.slice(0, m.index)
  const message = messageIn(head)
  if (message === null) return null
  return {
    cue: m[1]!,
    speaker: message.bySubject ? clauseSubject(head, lexicon) : NONE,
    rule: 'quotes/message-read',
  }
}

/** The subject that opens a clause: a name or pronoun first, or the subject of an earlier cue in it. */
function clauseSubject(head: string, lexicon: Lexicon): SpeakerRef {
  const trimmed = head.trim()
  // "X, NPCC lead for Y, said" and "The former officer, now a Director, added": the head is the subject.
  const named = findPeople(trimmed, lexicon, true)
  const opening = named[0]
  if (opening !== undefined && opening.start <= 2) {
    // "Jane Doe, the Director of the FBI, and John Roe, the Director of the DEA, said": each
    // with their apposition, both speak.
    const joint = jointPeople(trimmed, named)
    return joint === null ? { kind: 'person', mention: opening } : jointSpeaker(joint)
  }
  // "Local resident Tom Baker, 67, said", "Resident Tom Baker, a retired teacher, said": a
  // description of the person, then the name and what the commas add, is the head.
  if (
    opening !== undefined &&
    APPOSED_AFTER.test(trimmed.slice(opening.end)) &&
    descriptorOpens(trimmed, opening.start, lexicon)
  )
    return { kind: 'person', mention: opening }
  // "The victims, Jane Doe, 45, and John Roe, 52, said": a noun phrase, then the people it
  // describes, the "and" between them joining no second clause.
  const listed = describedList(trimmed, lexicon)
  if (listed !== null) return listed
  // "“…,” said Jane Roe, and John Smith, chief executive of Shelter, said:": the second clause's subject.
  const joined = subjectAfterAnd(trimmed, lexicon)
  if (joined !== null) return joined
  const whole = parseSpeakerPhrase(trimmed, lexicon)
  if (whole.kind === 'person') {
    const m = whole.mention
    // "NPCC BVLOS lead for X, Chris Stagg, said": a role, then the name, ends the head.
    // "Police launched Operation Safe on Monday, Jane Doe, who leads the team, said": so does a
    // relative clause about the name, closed by the comma before the cue.
    if (m.start <= 2 || onlyRoleAfter(trimmed.slice(m.end), m.role)) return whole
    // "His mother, Jane Smith, said" and "Peter’s wife, Anne, said": a noun phrase, then the name.
    // "Paying tribute, his wife, Sarah Lee, said": a participle's phrase may open the clause.
    const described = trimmed.slice(0, m.start)
    const apposed = AGE_ONLY.test(trimmed.slice(m.end))
    // "Vice-President for Promoting our European Way of Life, Margaritis Schinas, said" and "The
    // Lord Advocate, Dorothy Bain KC, said": an office, then the name in apposition; the office
    // is the role.
    // "Minister for Home Affairs, the Hon Tony Burke MP, said": an honorific after its article
    // opens the name; the office before it is the role all the same.
    const honoured = m.title !== null && HONORIFIC_TITLE.test(m.title)
    const office = honoured ? described.replace(ARTICLE_AT_END, '') : described
    if ((m.title === null || honoured) && apposed && apposedOffice(office, lexicon))
      return { kind: 'person', mention: { ...m, role: m.role ?? cleanRole(office) } }
    // "Speaking after the hearing, Tom Baker, 67, said": a participle's phrase alone before the
    // name, its age after it.
    const opened = described.replace(PARTICIPLE_OPENER(), '')
    const after = trimmed.slice(m.end)
    const noun =
      DESCRIBED_BEFORE().test(described) ||
      DESCRIBED_BEFORE().test(opened) ||
      (opened === '' && described !== '' && AGE_AFTER.test(after)) ||
      // "Speaking to the Victims' Commissioner, Jane Doe, said": the one the phrase addresses is
      // someone else, so the name after it is the subject.
      ADDRESSING_OPENER().test(described)
    if (noun && apposed) return whole
    // "Following the arrest of Tom Baker, 34, Detective Inspector Jane Smith, of Kent Police,
    // said": an opening phrase, then the name and one part of its own.
    if (openingPhraseBefore(described) && APPOSITION_AFTER.test(after)) return whole
  }
  if (whole.kind === 'description' || whole.kind === 'organisation') return whole
  const first = /^(\p{L}+)/u.exec(trimmed)?.[1]?.toLowerCase()
  if (first && lexicon.pronouns.has(first)) return { kind: 'pronoun', word: first }
  const p = findPeople(trimmed, lexicon)[0]
  if (p && p.start <= 2 && /^\s+\p{Ll}/u.test(trimmed.slice(p.end))) return { kind: 'person', mention: p }
  // "Warren said to Obama, adding": the first cue's subject speaks for the cue that follows.
  lexicon.cue.lastIndex = 0
  const earlier = lexicon.cue.exec(trimmed)
  if (earlier !== null && earlier.index > 0)
    return parseSpeakerPhrase(beforeAdverbs(trimmed.slice(0, earlier.index)), lexicon)
  // "Clinton talks about the crisis, saying,": a surname alone opens the clause.
  return surnameSubject(trimmed, lexicon) ?? NONE
}

/**
 * The people listed after a noun phrase and its comma to the end of a head, as speaking together
 * (see `jointPeople`): "Her parents, Jane Doe and John Roe,"; null for any other head.
 */
function describedList(head: string, lexicon: Lexicon): SpeakerRef | null {
  // The people as read in the whole head, where the comma before the first opens its apposition.
  const people = findPeople(head, lexicon, true)
  const at = people[0]?.start ?? 0
  if (at === 0 || !DESCRIBED_BEFORE().test(head.slice(0, at))) return null
  const list = head.slice(at)
  const joint = jointPeople(
    list,
    people.map((p) => ({ ...p, start: p.start - at, end: p.end - at })),
  )
  if (joint === null) return null
  return jointSpeaker(joint.map((p) => ({ ...p, start: p.start + at, end: p.end + at })))
}

/** A word that opens a clause of its own inside the words before a cue: its subject may be another. */
const CLAUSE_OPENER = /(?:^|[\s,])(?:that|who|whom|whose|which|when|while|because|if)(?=\s)/iu
/** An adverb in -ly after the subject: "quickly" of "Trump quickly". */
const LY_ADVERB = lazyRegExp(String.raw`^\p{Ll}{2,20}ly$`, 'u')

/**
 * True when the cue after `head` is the verb of the clause `head` opens: right after its subject
 * and an adverb ("Trump quickly"), or a second verb joined by "and" ("Trump returned later and"),
 * with no clause of its own between ("Trump said that Ryan had" is Ryan's).
 */
function ownVerbAfter(head: string): boolean {
  const words = head.trim().split(/[ \u00a0]+/)
  if (words.length <= 3 && LY_ADVERB().test(words.at(-1)!)) return true
  return AND_AT_END.test(head) && !CLAUSE_OPENER.test(head) && !/[“”"]/.test(head)
}

/** What may follow a name that closes a speaker's head: nothing, or words the commas add. */
const APPOSED_AFTER = /^(?:,|[\s]*$)/

/** A phrase in capitals up to its one comma: "Vice-President for Promoting our European Way of Life, ". */
const OFFICE_THEN_COMMA = lazyRegExp(String.raw`^\p{Lu}[^,]{1,150},[ \u00a0]*$`, 'u')
/** Two phrases in capitals, each closed by a comma: "Director, Research and Innovation, ". */
const OFFICE_FIELD_THEN_COMMA = lazyRegExp(
  String.raw`^(\p{Lu}[^,]{1,80}),([ \u00a0]\p{Lu}[^,]{1,100}),[ \u00a0]*$`,
  'u',
)

/**
 * True when the words before a name are an office written before it in apposition: in capitals
 * after any "the", one comma part, opened by a title's first word ("Vice-President", "Lord") or
 * holding a role noun, and no clause ("Speaking after the hearing, ", "His mother, ").
 */
function apposedOffice(before: string, lexicon: Lexicon): boolean {
  const office = before.replace(LEADING_THE, '')
  // "The Director, Research and Innovation, ": an office and its field in two parts.
  const field = OFFICE_FIELD_THEN_COMMA().exec(office)
  if (field !== null)
    return !PARTICIPLE_OPENER().test(office) && officeThenField(field[1]!, field[2]!, lexicon)
  if (!OFFICE_THEN_COMMA().test(office) || PARTICIPLE_OPENER().test(office)) return false
  const first = /^[^\s]+/.exec(office)![0].toLowerCase()
  if (POSSESSIVE_WORDS.has(first) || isRelation(office, lexicon)) return false
  return lexicon.titleStarts.has(first) || hasRoleNoun(office, lexicon)
}

const LEADING_THE = /^[Tt]he[ \u00a0]/
/** The article an honorific takes after a comma: "…, the " before "Hon". */
const ARTICLE_AT_END = /(?<=,[ \u00a0]{1,3})the[ \u00a0]$/
/** A member's honorific as a title: "Hon", "Hon.", "Honourable", "Rt Hon". */
const HONORIFIC_TITLE = /^(?:(?:Rt\.?|Right)[ \u00a0])?(?:Hon\.?|Honourable)$/
/** Words that make a phrase about someone's family or friends, not an office: "His mother, ". */
const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(['her', 'his', 'its', 'my', 'our', 'their', 'your'])

/**
 * A participle's phrase opening a clause, its next word in lower case, and what follows the comma:
 * "Speaking on BBC Radio 4, " before "the minister". Not a name ending in "-ing" ("Fleming Jones, ").
 */
const OPENING_PARTICIPLE_PHRASE = lazyRegExp(
  String.raw`^\s{0,3}\p{Lu}\p{Ll}{1,20}ing[ \u00a0]\p{Ll}[^,]{0,80},(?=[ \u00a0]{0,3}\S)`,
  'u',
)

/** A participle's phrase opening a sentence: "Paying tribute, ", "Speaking outside court, ". */
const PARTICIPLE_OPENER = lazyRegExp(String.raw`^\p{Lu}\p{Ll}{1,20}ing[ \u00a0][^,]{0,80},[ \u00a0]*`, 'u')
/**
 * A participle's phrase opening a sentence whose object, in capitals after its article, is one
 * spoken to or met: "Speaking to the Victims' Commissioner, ", "Meeting the Health Secretary, ".
 */
const ADDRESSING_OPENER = lazyRegExp(
  String.raw`^\p{Lu}\p{Ll}{1,20}ing(?:[ \u00a0](?:to|with))?[ \u00a0](?:the|a|an|our|their|his|her|its)[ \u00a0]\p{Lu}[^,]{0,80},[ \u00a0]*$`,
  'u',
)
/** One part after a name in commas: ", of Kent Police,". */
const APPOSITION_AFTER = /^,[ \u00a0]{0,3}[^,\s][^,]{0,80}(?:,\s*)?$/
/** Nothing after a name but an age and commas: "Sarah Jones, 28,". */
const AGE_ONLY = /^(?:,[ \u00a0]?\d{1,3})?[\s,]*$/

/** A relative clause about a person, closed by a comma that ends the words: ", who leads the team,". */
const RELATIVE_ONLY = /^,[ \u00a0]{1,3}who[ \u00a0][^,;:“”"()]{1,120},[ \u00a0]*$/u

/**
 * True when nothing but the mention's own role, or a relative clause about it, follows it: "…, Dr
 * Jane Smith, a consultant at X,", "…, Jane Doe, who founded the charity,".
 */
function onlyRoleAfter(rest: string, role: string | null): boolean {
  if (RELATIVE_ONLY.test(rest)) return true
  if (role === null) return false
  if (/^[\s,]*$/.test(rest)) return true
  const at = rest.indexOf(role)
  return (
    at >= 0 &&
    /^[\s,–—-]*(?:(?:the|a|an|now|also)\s+)*$/i.test(rest.slice(0, at)) &&
    /^[\s,–—-]*$/.test(rest.slice(at + role.length))
  )
}

// "said Hester", "said al-Farsi": a surname alone, with its lower-case prefix.
const SURNAME_AFTER_CUE = lazyRegExp(
  `^[ \\u00a0]{1,3}((?:${HYPHEN_PREFIX})?\\p{Lu}\\p{Ll}[\\p{L}’'-]{1,24})(?=[ \\u00a0]?,|[ \\u00a0]*$|[ \\u00a0]\\p{Ll})`,
  'u',
)
/** A name in capitals in the possessive, then an office's words: "Alberta's premier". Group 1: the name; 2: the words. */
const NAMED_OWNER_THEN_WORDS = lazyRegExp(
  String.raw`^(?:the[ \u00a0])?(\p{Lu}[\p{L}.-]{0,30}(?:[ \u00a0]\p{Lu}[\p{L}.-]{0,30}){0,3})['’]s[ \u00a0]((?:\p{L}[\p{Ll}-]{0,20}[ \u00a0]){0,3}\p{L}[\p{Ll}-]{1,20})$`,
  'u',
)

/**
 * Who "Alberta's premier" names: the office of its owner, described (the person the release named
 * holding it, once resolved), when the words end in an office's noun; no one when the owner is a
 * person named in full ("Jane Smith's lawyer" speaks for her). Null for any other phrase.
 */
function officeOfNamed(phrase: string, lexicon: Lexicon): SpeakerRef | null {
  const m = NAMED_OWNER_THEN_WORDS().exec(phrase)
  if (m === null) return null
  const head = m[2]!.split(/[ \u00a0]/).at(-1)!
  const noun = head.toLowerCase()
  if (!lexicon.roleNouns.has(noun) && !SPEAKING_NOUNS.has(noun)) return null
  if (personNamed(m[1]!, lexicon) || !lexicon.roleNouns.has(noun)) return NONE
  return { kind: 'description', role: null, head, text: phrase }
}

/** Lower-case words that end in the "of" or "for" of an office's remit: "the mayor of ". */
const REMIT_LEAD = lazyRegExp(String.raw`^\s*(?:the\s+)?(?:\p{Ll}[\p{Ll}-]{0,20}\s+){1,3}(?:of|for)\s+$`, 'u')

/**
 * Who "the mayor of London" names after a cue: a name whose words follow an office's "of" in
 * lower case (`before`, the words before the name) is no speaker, only the remit, so the phrase is
 * read whole (an office described, a body in the role of its office, or no one). Null when the
 * phrase goes on to a person of its own ("the mayor of London, Sadiq Khan").
 */
function officeWithRemit(np: string, before: string, lexicon: Lexicon): SpeakerRef | null {
  if (!REMIT_LEAD().test(before)) return null
  const ref = parseSpeakerPhrase(trimEndChars(withoutWhenOrHow(np), '.,;').trim(), lexicon)
  return ref.kind === 'person' || ref.kind === 'pronoun' ? null : ref
}

/** Whether the words before a name, after an article, are the role read for it: "Republican presidential nominee ". */
function isRoleBefore(before: string, role: string | null): boolean {
  return role !== null && before.trim().replace(/^the\s+/i, '') === role
}

/** Lower-case words that describe the person named next: "said campaign chairman John Podesta". */
const OPENING_DESCRIPTOR = lazyRegExp(String.raw`^\s*(?:the\s+)?(?:\p{Ll}[\p{Ll}-]{0,20}\s+){0,3}$`, 'u')
const DESCRIPTOR_LEAD = lazyRegExp(String.raw`^\s*(?:the\s+)?(?:\p{Ll}[\p{Ll}-]{0,20}\s+){0,3}`, 'u')
const ARTICLE_LEAD = /^\s*the\s+$/u

/**
 * A word in capitals, then lower-case words that describe a person, before a name: "Chicago
 * resident ", "Whanganui farmer ", "Trump campaign adviser ". Group 1: the last word.
 */
const CAPITALISED_THEN_DESCRIPTOR = lazyRegExp(
  String.raw`^[ \u00a0]*\p{Lu}[\p{L}’'.-]{1,24}[ \u00a0]+(?:\p{Ll}[\p{Ll}-]{0,20}[ \u00a0]+){0,2}(\p{Ll}[\p{Ll}-]{1,20})[ \u00a0]+$`,
  'u',
)
const DESCRIBING_NOUNS: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...PERSON_NOUNS, ...RELATIONS])

/** A word in capitals, then one in lower case: a cheap first test for `personDescribedWithPlace`. */
const CAPITALISED_THEN_LOWER = lazyRegExp(String.raw`^[ \u00a0]*\p{Lu}[\p{L}’'.-]{1,24}[ \u00a0]+\p{Ll}`, 'u')

/**
 * The person a phrase after a cue names after a place's or a body's name and a description of
 * them ("said Chicago resident Maria Lopez", "said Whanganui farmer Bob Smith, who …"): the word
 * in capitals is nobody's surname. Null when the words between are no description ("said Smith
 * after meeting John Roe"). The role is read after the name, as for any other.
 */
function personDescribedWithPlace(np: string, lexicon: Lexicon): PersonMention | null {
  if (!CAPITALISED_THEN_LOWER().test(np)) return null
  const person = findPeople(topLevelParts(np)[0] ?? np, lexicon, true)[0]
  const noun = person && CAPITALISED_THEN_DESCRIPTOR().exec(np.slice(0, person.start))?.[1]
  if (!person || noun === undefined) return null
  if (!DESCRIBING_NOUNS.has(noun) && !lexicon.roleNouns.has(noun) && !isOccupationNoun(noun)) return null
  return { ...person, role: person.role ?? roleAround(np, person, lexicon) }
}

/** "the judge": an article that points at someone the release may have named. */
const DEFINITE = /^\s*the\s/i
/** "a police spokesperson", "one witness": someone the text does not name, still a speaker. */
const UNNAMED = lazyRegExp(String.raw`^(?:an?|one|another|some|two|three|several)\s[\p{L}\s’'-]{1,60}$`, 'iu')
/** Someone called by their age: "the 45-year-old", "a 17-year-old man"; "the 17-year-old’s mother" is no such one. */
const AGED_ONE = lazyRegExp(String.raw`^(?:the|an?)\s\d{1,3}-year-old(?:\s\p{Ll}{2,20})?$`, 'u')
/** "police", "officers", "the victim's family": lower-case words ending in who speaks. Group 1: that word. */
const UNNAMED_GROUP = lazyRegExp(
  String.raw`^(?:the\s)?(?:[\p{Ll}’'-]{1,20}\s){0,2}(\p{Ll}[\p{Ll}-]{1,20})$`,
  'u',
)
/**
 * People in lower case, then where they are or whom they serve: "officers in Kent", "detectives
 * at the scene", "residents across Greater Manchester", "detectives from Scotland Yard",
 * "investigators from the FBI". Group 1: the people.
 */
const GROUP_AT_PLACE = lazyRegExp(
  String.raw`^((?:the\s)?(?:[\p{Ll}’'-]{1,20}\s){0,2}\p{Ll}[\p{Ll}-]{1,20})\s(?:in|at|across|near|around|outside|inside|from)\s[\p{L}\p{M}’'.& -]{1,60}$`,
  'u',
)
/** "the family of Jane Doe", "the parents of the late Tom Baker". Group 1: the kin's noun. */
const KIN_OF_NAMED = lazyRegExp(
  String.raw`^(?:the\s)?(\p{Ll}{2,20})\sof\s(?:the\slate\s)?\p{Lu}[\p{L}’'.-]{0,30}(?:\s\p{Lu}[\p{L}’'.-]{0,30}){0,3}$`,
  'u',
)
/** "Jane Doe’s family", "Tom Baker’s heartbroken parents". Group 1: the kin's noun. */
const NAMED_KIN = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}.-]{0,30}(?:\s\p{Lu}[\p{L}.-]{0,30}){0,3}[’']s?\s(?:\p{Ll}{2,20}\s)?(\p{Ll}{2,20})$`,
  'u',
)
/**
 * Kin who speak together for one who is named: "family", "parents". One relation alone ("Donald
 * Trump’s son") may be someone the text names elsewhere, who is left to the other rules.
 */
const KIN_WORDS: ReadonlySet<string> = new Set(['family', 'parents', 'relatives'])

/** A phrase's last word, lower-cased: "family" of "the Smith family". */
function finalWord(phrase: string): string {
  return (phrase.trim().split(/\s+/).at(-1) ?? '').toLowerCase()
}
/**
 * What may follow an unnamed speaker after a comma: a relative clause, an age or what they are
 * ("who asked not to be named", "45", "a local shopkeeper").
 */
const CLAUSE_ABOUT = lazyRegExp(String.raw`^(?:who|whose|aged?[ \u00a0]\d|\d{1,3}$|an?[ \u00a0]\p{Ll})`, 'u')
const SPEAKING_NOUNS: ReadonlySet<string> = new Set([
  ...WRITTEN_MESSAGES,
  ...ROLE_NOUNS,
  ...ORGANISATION_WORDS,
  ...GROUP_WORDS,
  ...PERSON_NOUNS,
  ...RELATIONS,
])

/**
 * Whether a phrase names a speaker the text does not name: "a police spokesperson", "one
 * witness", and people or a body in lower case ("police said", "officers said", "said
 * investigators", "the family said"). The quote has its cue and no speaker.
 */
/** The noun that ends the first comma part of a phrase: "spokesperson" of "a police spokesperson, officers". */
const FIRST_PART_NOUN = lazyRegExp(String.raw`^[^,]{0,60}?(\p{Ll}[\p{Ll}-]{1,20})[ \u00a0]*(?:,|$)`, 'u')

/** True when the phrase after "according to" is someone unnamed who speaks: "a police spokesperson", "witnesses". */
function speaksUnnamed(phrase: string): boolean {
  const noun = FIRST_PART_NOUN().exec(phrase.trim())?.[1]
  if (noun === undefined) return false
  return SPEAKING_NOUNS.has(noun) || (noun.endsWith('s') && SPEAKING_NOUNS.has(noun.slice(0, -1)))
}

function isUnnamed(np: string, lexicon: Lexicon): boolean {
  // "PC 1234": an officer called by a rank and a collar number.
  if (UNNAMED().test(np) || AGED_ONE().test(np) || officerByNumber(np, lexicon)) return true
  // "the family of Jane Doe", "Jane Doe’s family": kin the text names only by whose they are.
  const kin = (KIN_OF_NAMED().exec(np) ?? NAMED_KIN().exec(np))?.[1]
  if (kin !== undefined) return KIN_WORDS.has(kin) || KIN_WORDS.has(`${kin}s`)
  // "one victim, who asked not to be named": the clause after the comma says no more of who.
  const parts = topLevelParts(trimEndChars(np, ','))
  if (parts.length > 1 && CLAUSE_ABOUT().test(parts.slice(1).join(',').trim()))
    return isUnnamed(parts[0]!.trim(), lexicon)
  // "officers in Kent", "detectives from Scotland Yard": where they are, or the body they serve,
  // says no more of who; a body speaks only through its spokesperson or statement.
  const placed = GROUP_AT_PLACE().exec(np)?.[1]
  if (placed !== undefined) return isUnnamed(placed, lexicon)
  const last = UNNAMED_GROUP().exec(np)?.[1]
  if (last === undefined) return false
  return SPEAKING_NOUNS.has(last) || (last.endsWith('s') && SPEAKING_NOUNS.has(last.slice(0, -1)))
}

/**
 * "An" before a word in Title Case that opens with a consonant is the Irish article ("said An
 * Taoiseach Simon Harris", "said An Garda Síochána", "An Post chief executive …"): a name
 * follows, not the English article of "said an officer" ("an NCA officer" is in capitals).
 */
const IRISH_ARTICLE = /^\s*An\s(?=[BCDFGHJKLMNPQRSTVWXZ][a-zà-ÿ])/u

/**
 * Reads the text after a closing mark: "…,” said X." or "…,” X said." or "…,” she added.".
 * `after` runs from just past the closing mark to the next opening mark (or a bounded length).
 */
export function attributionAfter(after: string, lexicon: Lexicon): Attribution | null {
  const lead = LEAD_BEFORE_MESSAGE.exec(after)![0]
  const written = after.slice(lead.length)
  // "said Jane Smith – the force’s head of crime.": after the cue, a dash sets apart an apposition.
  lexicon.cue.lastIndex = 0
  const rest = lexicon.cue.exec(written)?.index === 0 ? dashesAsCommas(written) : written
  // "said Jane Doe (D-Ohio) and John Roe (R-Texas)": the asides after the names are no part of them.
  const sentence = withoutAsides(untilStop(rest, lexicon))
  if (sentence.length === 0) return null
  lexicon.cue.lastIndex = 0
  const cue = lexicon.cue.exec(sentence)
  if (cue === null) {
    const message = messageFrom(sentence, lexicon)
    if (message !== null) return message
    if (/[—–-]/.test(lead)) return signature(sentence, lexicon)
    const read = messageReadAfter(sentence, lexicon)
    if (read !== null) return read
    const according = ACCORDING_TO.exec(sentence)
    if (according?.index !== 0) return null
    const phrase = sentence.slice(according[0].length)
    const speaker = parseSpeakerPhrase(phrase, lexicon)
    // "“…,” according to a police spokesperson.": someone the text does not name speaks.
    if (speaker.kind === 'none' && !isUnnamed(trimEndChars(phrase, '.,;').trim(), lexicon)) return null
    return { cue: null, speaker, rule: 'quotes/according-to' }
  }
  if (cue.index === 0) {
    const np = sentence.slice(cue[0].length)
    if (isUnnamed(np.trim(), lexicon) && !IRISH_ARTICLE.test(np)) {
      // "said a Police Scotland spokesperson": the spokesperson still names the body they speak for.
      // So does "said a statement from Kent Police".
      const body =
        SPOKES_NOUN.test(np) || STATEMENT_WORD.test(np) || DEFINITE.test(np)
          ? parseSpeakerPhrase(np, lexicon)
          : NONE
      // "said the judge", as "the judge said": the one the release named who holds the office.
      const described = body.kind === 'description' && DEFINITE.test(np)
      // "said a statement from Jane Smith": the one who issued it.
      const issuer = body.kind === 'person' && STATEMENT_WORD.test(np)
      return {
        cue: cue[0],
        speaker: body.kind === 'organisation' || described || issuer ? body : NONE,
        rule: 'quotes/said-after',
      }
    }
    // "said the Town Clerk", "said the Chief Medical Officer": an office after its article, as "the
    // Town Clerk said" is; no one's name.
    if (officeAfterArticle(trimEndChars(np, '.,;').trim(), lexicon) !== null)
      return { cue: cue[0], speaker: parseSpeakerPhrase(np, lexicon), rule: 'quotes/said-after' }
    // "said Europol and Eurojust": a well-known body's name is no surname.
    const first = LEADING_WORD().exec(np)?.[1]
    const body = first !== undefined && isKnownBody(first) ? parseSpeakerPhrase(np, lexicon) : NONE
    if (body.kind === 'organisation') return { cue: cue[0], speaker: body, rule: 'quotes/said-after' }
    // "said Afripol and Ameripol": two names of one word, not a surname and a clause.
    const pair = wordPair(np, lexicon) === null ? NONE : parseSpeakerPhrase(np, lexicon)
    if (pair.kind === 'organisation') return { cue: cue[0], speaker: pair, rule: 'quotes/said-after' }
    const semicolons = semicolonListAfter(rest, cue[0].length, lexicon)
    if (semicolons !== null) return { cue: cue[0], speaker: semicolons, rule: 'quotes/said-after' }
    const named = findPeople(np, lexicon, true)
    // "said Jane Smith and Tom Baker in a joint statement": up to what says how they spoke.
    const spoken = withoutWhenOrHow(np).trim()
    const joint = jointPeople(spoken, findPeople(spoken, lexicon, true))
    if (joint !== null) return { cue: cue[0], speaker: jointSpeaker(joint), rule: 'quotes/said-after' }
    const closing = named.at(-1)
    // "said President William Jefferson Clinton Home Superintendent, Tarona Armstrong": an office,
    // then the name that ends the phrase.
    const officeThenName =
      closing && named.length > 1 ? officeBeforeName(np, named[0]!, closing, lexicon) : null
    if (officeThenName)
      return { cue: cue[0], speaker: { kind: 'person', mention: officeThenName }, rule: 'quotes/said-after' }
    // "said Trump as he dined …": the name that opens the phrase is the speaker.
    const opening = findPeople(np, lexicon, false)[0]
    if (opening && speaksFor(np.slice(0, opening.start)))
      return { cue: cue[0], speaker: NONE, rule: 'quotes/said-after' }
    // "said the mayor of London", "said the governor of California": a name after the office's "of"
    // is its remit, not the speaker; the phrase reads as it does before the cue.
    // "said the Chair of Allied Irish Banks": an office of a body whose last words read as a name.
    const servedBody = opening
      ? officeHolderBody(trimEndChars(withoutWhenOrHow(np), '.,;').trim(), lexicon)
      : null
    if (servedBody !== null) return { cue: cue[0], speaker: servedBody, rule: 'quotes/said-after' }
    const remit = opening ? officeWithRemit(np, np.slice(0, opening.start), lexicon) : null
    if (remit !== null) return { cue: cue[0], speaker: remit, rule: 'quotes/said-after' }
    // "said Tory Jane Harris, the shadow minister": a party alone before the name is no part of it.
    if (opening && PARTY_ONLY.test(np.slice(0, opening.start)))
      return { cue: cue[0], speaker: { kind: 'person', mention: opening }, rule: 'quotes/said-after' }
    // "said Republican presidential nominee Jane Harris": the words before the name are its role.
    if (
      opening &&
      (OPENING_DESCRIPTOR().test(np.slice(0, opening.start)) ||
        isRoleBefore(np.slice(0, opening.start), opening.role))
    )
      return { cue: cue[0], speaker: { kind: 'person', mention: opening }, rule: 'quotes/said-after' }
    // "said Chicago resident Maria Lopez": a place and a description before the name.
    const placed = personDescribedWithPlace(np, lexicon)
    if (placed)
      return { cue: cue[0], speaker: { kind: 'person', mention: placed }, rule: 'quotes/said-after' }
    const lead = DESCRIPTOR_LEAD().exec(np)![0].length
    const described = lead > 0 ? findPeople(np.slice(lead), lexicon, true)[0] : undefined
    if (described && described.start === 0 && speaksFor(np.slice(0, lead)))
      return { cue: cue[0], speaker: NONE, rule: 'quotes/said-after' }
    const remitOfDescribed = described?.start === 0 ? officeWithRemit(np, np.slice(0, lead), lexicon) : null
    if (remitOfDescribed !== null)
      return { cue: cue[0], speaker: remitOfDescribed, rule: 'quotes/said-after' }
    if (described && described.start === 0) {
      // "said the Chief Executive of Tesco Bank": an office of a body named, with no one's name.
      const served = officeHolderBody(trimEndChars(withoutWhenOrHow(np), '.,;').trim(), lexicon)
      if (served !== null) return { cue: cue[0], speaker: served, rule: 'quotes/said-after' }
      // "said the Minister of Police, George Hawkins": after "the", an office and a comma are an
      // apposition (role, no title), as they are before the cue; read with the article.
      // "said the Town Clerk, Jane Doe": an office after "the" is no name; the name apposed follows.
      const office =
        ARTICLE_LEAD.test(np.slice(0, lead)) && officeAfterArticle(`the ${described.text}`, lexicon) !== null
      const apposed = office
        ? findPeople(np, lexicon, true).find((p) => p.start > lead + described.end)
        : ARTICLE_LEAD.test(np.slice(0, lead)) && described.text.includes(',')
          ? findPeople(np, lexicon, true).find((p) => p.start >= lead && p.name === described.name)
          : undefined
      // "said the Town Clerk, who ran the count": the office alone, as "the Town Clerk said" is.
      if (office && apposed === undefined)
        return {
          cue: cue[0],
          speaker: parseSpeakerPhrase(np.slice(0, lead + described.end), lexicon),
          rule: 'quotes/said-after',
        }
      const mention = apposed ?? { ...described, start: described.start + lead, end: described.end + lead }
      return { cue: cue[0], speaker: { kind: 'person', mention }, rule: 'quotes/said-after' }
    }
    // "said Hester, now a professor at …": a surname alone, then its apposition; not the first word
    // of a body's name ("said Fire and Rescue NSW").
    const surname = SURNAME_AFTER_CUE().exec(np)
    const whole = surname ? trimEndChars(np, '.,;').trim() : ''
    if (surname && whole.includes(' ') && isOrganisationName(whole, lexicon)) {
      const org = parseSpeakerPhrase(whole, lexicon)
      if (org.kind === 'organisation') return { cue: cue[0], speaker: org, rule: 'quotes/said-after' }
    }
    if (surname && isNameWord(surname[1]!, lexicon) && !lexicon.notName.has(surname[1]!.toLowerCase())) {
      const start = surname[0].length - surname[1]!.length
      const mention = { start, end: surname[0].length, name: surname[1]!, title: null, text: surname[1]! }
      return {
        cue: cue[0],
        speaker: { kind: 'person', mention: { ...mention, role: roleAround(np, mention, lexicon) } },
        rule: 'quotes/said-after',
      }
    }
    const speaker = parseSpeakerPhrase(withoutWhenOrHow(np), lexicon)
    if (speaker.kind === 'none') {
      // "said Alberta's premier": an office of a place or a body read by no rule above is still
      // who speaks, described, as "said the province's premier" is.
      const office = officeOfNamed(trimEndChars(withoutWhenOrHow(np), '.,;').trim(), lexicon)
      return office === null ? null : { cue: cue[0], speaker: office, rule: 'quotes/said-after' }
    }
    return { cue: cue[0], speaker, rule: 'quotes/said-after' }
  }
  const np = beforeAdverbs(sentence.slice(0, cue.index))
  if (np.length > 160) return null
  const speaker = parseSpeakerPhrase(np, lexicon)
  if (speaker.kind === 'none') {
    return isUnnamed(np.trim(), lexicon) ? { cue: cue[0], speaker, rule: 'quotes/said-after' } : null
  }
  return { cue: cue[0], speaker, rule: 'quotes/said-after' }
}

/**
 * "That is the message from …", "is the warning from …", "that’s the advice of …": the words
 * quoted before it are the named one's message. Group 1: who gives it.
 */
const MESSAGE_FROM = lazyRegExp(
  String.raw`^(?:(?:that|this)(?:[’']s|[ \u00a0]{1,3}(?:is|was))[ \u00a0]{1,3}|(?:is|was)[ \u00a0]{1,3})the[ \u00a0]{1,3}(?:message|warning|advice|plea|appeal|call)[ \u00a0]{1,3}(?:from|of)[ \u00a0]{1,3}(?=\p{Lu}|the[ \u00a0])`,
  'iu',
)

/** Whether a text after a quote opens with "that is the message from …", a dash or spaces before it. */
export function messageFollows(after: string): boolean {
  return MESSAGE_FROM().test(after.replace(LEAD_BEFORE_MESSAGE, ''))
}
/** Spaces and a comma after a closing mark, then a dash: a long one, or one or two hyphens ("”-- Jane Doe"). */
const LEAD_BEFORE_MESSAGE = /^[\s,;]{0,4}(?:(?:[—–]|--?)\s*)?/u

/** The reading of "“…” That is the message from Commissioner X.": X's words, with no cue. */
export function messageFrom(sentence: string, lexicon: Lexicon): Attribution | null {
  const m = MESSAGE_FROM().exec(sentence)
  if (m === null) return null
  const speaker = parseSpeakerPhrase(withoutWhenOrHow(sentence.slice(m[0].length)), lexicon)
  return speaker.kind === 'none' ? null : { cue: null, speaker, rule: 'quotes/message-from' }
}

/**
 * A signature after a dash: "”— Türgen Stock, INTERPOL Secretary General". The name opens the
 * line and only its title or role follows.
 */
export function signature(line: string, lexicon: Lexicon): Attribution | null {
  const text = trimEndChars(line.trimEnd(), '.')
  // A signature is one line: "- John Smith, 45, of Leeds" over another line is a list.
  if (text.length === 0 || text.length > 160 || text.includes('\n')) return null
  const person = findPeople(text, lexicon, true)[0]
  if (person === undefined || person.start > 0) return null
  const rest = text.slice(person.end)
  if (!/^(?:\s*,[^,]|\s*$)/.test(rest) || /[.!?]\s/.test(rest)) return null
  return { cue: null, speaker: { kind: 'person', mention: person }, rule: 'quotes/signature' }
}

/**
 * The name that ends a phrase after an office written before it and a comma: "President William
 * Jefferson Clinton Home Superintendent, Tarona Armstrong" is Tarona Armstrong, with the office
 * as her role (the comma puts the office in apposition, so it is no title).
 */
function officeBeforeName(
  np: string,
  first: PersonMention,
  closing: PersonMention,
  lexicon: Lexicon,
): PersonMention | null {
  // "Jane Roe, Chief Executive Officer, Acme Holdings": a name and its comma open an apposition
  // of theirs, whose last words are a body's, not a second name.
  if (np.startsWith(',', first.end)) return null
  const from = first.start
  // The name is spelt with plain spaces; the text may join its words with no-break spaces.
  const nameAt = np.replace(/\u00a0/g, ' ').lastIndexOf(closing.name, closing.end)
  if (nameAt < from || !/^[\s.]*$/.test(np.slice(closing.end))) return null
  const office = np.slice(from, nameAt)
  if (!/,\s*$/.test(office) || !hasRoleNoun(office, lexicon)) return null
  const role = cleanRole(office)
  return {
    start: nameAt,
    end: closing.end,
    name: closing.name,
    title: null,
    role,
    text: np.slice(nameAt, closing.end),
  }
}

const AGE_AFTER = /^,[ \u00a0]?\d{1,3}\b/
const PASSIVE = lazyRegExp(
  String.raw`^\s*(?:,[^,]{0,80},\s*)?(?:was|were|is|are|has been|had been|will be)\s+\p{Ll}+ed\b`,
  'u',
)

/**
 * The person a paragraph's last sentence is about, when it opens with their name: a quote
 * paragraph that follows with no attribution of its own is theirs ("Incident Controller John
 * Sutton says the fire is still active." then “Our crews …”). Not someone the sentence acts on
 * ("Jane Doe, 45, was sentenced …").
 */
export function subjectOfLastSentence(text: string, lexicon: Lexicon): Attribution | null {
  const tail = sentenceTail(text, lexicon)
  if (tail.length === 0 || /["“”]/.test(tail)) return null
  // "NEW YORK – Attorney General X issued the following statement:": the dateline opens no sentence.
  const dateline = readOpeningDateline(tail)
  const sentence = afterCredit(dateline === null ? tail : tail.slice(dateline.end).trimStart())
  const person = findPeople(sentence, lexicon)[0]
  const rest = sentence.slice(person?.end ?? 0)
  // "Jane Doe, 45, of Leeds, appeared in court": someone the story is about, not a speaker.
  if (person === undefined || PASSIVE().test(rest) || AGE_AFTER.test(rest)) return null
  // "Area Commander Inspector Wayne Ewers says …": the office before the rank opens the sentence.
  if (person.start > 1 && sentence.slice(0, person.start).trim() !== person.role) return null
  return { cue: null, speaker: { kind: 'person', mention: person }, rule: 'quotes/previous-subject' }
}

/**
 * A sentence without the opening of a credit line or a quote's label: "Inspector X, Area
 * Commander:" of "Attributed to Inspector X, …" or of "Quote from Inspector X, …".
 */
function afterCredit(sentence: string): string {
  // "Comments attributed to …", "Quotes attributable to …": a quote's label before the credit.
  const labelled = LABEL_BEFORE_CREDIT.exec(sentence)
  const from = labelled === null ? sentence : sentence.slice(labelled[0].length)
  const head = from
    .slice(0, 30)
    .toLowerCase()
    .replace(/\u00a0/g, ' ')
  const credit =
    CREDIT_LINES.find((c) => head.startsWith(`${c} `)) ?? QUOTE_LABELS.find((c) => head.startsWith(`${c} `))
  // "Please attribute to …": the credit's own "to".
  return credit === undefined ? sentence : from.slice(credit.length + 1).replace(CREDIT_TO, '')
}

const CREDIT_TO = /^to\s{1,3}/
/** A quote's label that a credit line opens with: "Comments ", "Quotes ", "Remarks ". */
const LABEL_BEFORE_CREDIT = /^(?:comments?|quotes?|remarks)[ \u00a0]{1,3}(?=attribut)/i

/** How long the credit line or quote's label that a sentence opens with is ("Comments from "), or 0. */
function creditLength(sentence: string): number {
  return sentence.length - afterCredit(sentence).length
}

/** A short bracket on one line with no quote marks: its stops end no sentence ("(D-Mich. and R-Ohio)"). */
const SHORT_BRACKET = /^\([^()\n"“”‘’]{1,80}\)/

/**
 * "said Jane Doe, the Mayor; John Roe, the Sheriff; and Amy Poe": people listed after the cue with
 * semicolons between entries that hold commas of their own, read past the semicolons to the stop;
 * null when the sentence goes on at its first semicolon with anything but such a list.
 */
function semicolonListAfter(rest: string, cueLength: number, lexicon: Lexicon): SpeakerRef | null {
  const first = untilStop(rest, lexicon).length
  if (!SEMICOLON_THEN_NAME().test(rest.slice(first, first + 12))) return null
  const spoken = withoutWhenOrHow(withoutAsides(untilStop(rest, lexicon, true)).slice(cueLength)).trim()
  const joint = jointPeople(spoken, findPeople(spoken, lexicon, true))
  return joint === null ? null : jointSpeaker(joint)
}

/** A semicolon, then the next entry of a list of people: "; John Roe", "; and Amy Poe". */
const SEMICOLON_THEN_NAME = lazyRegExp(String.raw`^;[ \u00a0]{1,3}(?:and[ \u00a0]{1,3})?\p{Lu}`, 'u')

/**
 * The text up to the end of its sentence, or up to a colon that introduces more speech; up to a
 * semicolon too unless `acrossSemicolons`.
 */
function untilStop(s: string, lexicon: Lexicon, acrossSemicolons = false): string {
  for (let i = 0; i < s.length && i < 300; i++) {
    const c = s[i]
    if (c === '(') {
      const bracket = SHORT_BRACKET.exec(s.slice(i, i + 82))
      if (bracket !== null) i += bracket[0].length - 1
      continue
    }
    if (c === ':' || (c === ';' && !acrossSemicolons) || c === '\n') return s.slice(0, i)
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= s.length || /\s/.test(s[i + 1]!))) {
      if (c === '.' && isAbbrev(s, i, lexicon)) continue
      return s.slice(0, i)
    }
  }
  return s.slice(0, 300)
}

function isAbbrev(s: string, dot: number, lexicon: Lexicon): boolean {
  let j = dot
  while (j > 0 && /\p{L}/u.test(s[j - 1]!)) j--
  const word = s.slice(j, dot)
  return /^\p{Lu}$/u.test(word) || lexicon.abbreviations.has(word.toLowerCase()) || closesJuniorGrade(s, dot)
}

/**
 * Reads a paragraph that introduces the quote in the next one: "Sharon Naughton is Head of
 * NaVCIS. She said:", "Jason Harwin KPM, host of Thin Digital Line, added".
 */
export function attributionInPreviousBlock(text: string, lexicon: Lexicon): Attribution | null {
  const tail = sentenceTail(text.slice(-500), lexicon).trimEnd()
  if (tail.length === 0) return null
  // "Police issued the following statement:" then the words in the next paragraph.
  const issued = statementIssued(tail, lexicon)
  if (issued !== null) return issued
  const cue = lastCue(tail, lexicon)
  // "Comments from Police Minister X:": the cue word is the label's, no speech; the named person
  // is read as the sentence's subject (quotes/previous-subject), with no cue.
  if (!cue || cue.index < creditLength(tail)) return null
  const after = tail.slice(cue.index + cue[0].length)
  if (!onlyChars(after, ':,—–-') || countMarks(after) > 1) {
    // "… said Chief Constable X:" puts the speaker after the cue.
    if (LISTENER_CUES.test(cue[0]) && endsWithChar(after, ':')) {
      return {
        cue: cue[0],
        speaker: subjectOf(tail.slice(0, cue.index), cue[0], lexicon),
        rule: 'quotes/colon-before',
      }
    }
    const inverted = introducedAfterCue(after, ':')
    if (inverted === null) return null
    const speaker = parseSpeakerPhrase(inverted, lexicon)
    return speaker.kind === 'none' ? null : { cue: cue[0], speaker, rule: 'quotes/colon-before' }
  }
  const rule = after.includes(':') ? 'quotes/colon-before' : 'quotes/said-before'
  return { cue: cue[0], speaker: subjectOf(tail.slice(0, cue.index), cue[0], lexicon), rule }
}
