import type { Span, Speaker } from '../model'
import { lazyRegExp } from '../text/lazy-patterns'
import type { SpeakerRef } from './attribution'
import { bodyOfMembers, isKnownBody } from './attribution'
import { spellsInitials } from './capital-names'
import { BODY_HEAD_WORDS, BODY_NOUN_NAMES } from './lexicon'
import type {
  Addressed,
  BodyHoldingLookBack,
  BodyLookBack,
  LookBack,
  NamedBody,
  OrganisationLookBack,
  Surnamed,
} from './look-back'
import type { QuoteRun } from './marks'
import type { NarrationEvent } from './narration'
import type { PersonMention } from './people'
import {
  addMention,
  isSurnameOnly,
  type MentionRecord,
  pronounOfApposition,
  type Registered,
  type RegisteredPerson,
  restatesOffice,
  SpeakerRegistry,
} from './registry'
import { isInitials } from './short-names'
import type { Found, QuoteSpeaker, Window } from './speaker'

/** The speakers the readings name, and the registry entry each speaker stands for. */
export interface ResolvedSpeakers {
  readonly byRun: ReadonlyMap<QuoteRun, QuoteSpeaker>
  readonly entryOf: ReadonlyMap<Speaker, Registered>
  /** The registry entries of the people named as speaking with a speaker, in `coSpeakers` order. */
  readonly coEntriesOf: ReadonlyMap<Speaker, readonly Registered[]>
}

/**
 * Resolves who each reading names against the release's people, in input order: the narration's
 * people and the readings are replayed into one registry, so "he" is the person named last
 * before the quote and "Murray" the "Alex Murray" named earlier.
 */
export function resolveSpeakers(
  found: readonly Found[],
  events: readonly NarrationEvent[],
  lookBack: LookBack,
  organisationLookBack: OrganisationLookBack = () => null,
  bodyLookBack: BodyLookBack = () => null,
  bodyHoldingLookBack: BodyHoldingLookBack = () => null,
  namedBody: NamedBody = () => false,
  addressed: Addressed = () => false,
  surnamed: Surnamed = () => false,
): ResolvedSpeakers {
  const registry = new SpeakerRegistry()
  const entryOf = new Map<Speaker, Registered>()
  const coEntriesOf = new Map<Speaker, readonly Registered[]>()
  const byRun = new Map<QuoteRun, QuoteSpeaker>()
  let e = 0
  for (const item of [...found].sort((a, b) => a.at - b.at)) {
    for (; e < events.length && events[e]!.at < item.at; e++) replay(registry, events[e]!)
    if (item.attribution === null) continue
    let ref = item.attribution.speaker
    // "Nicola Ranger said", "Tom Watch said": a person if the release calls them "Ms Ranger".
    if (
      (ref.kind === 'organisation' || ref.kind === 'none') &&
      ref.addressed &&
      addressed(surnameOf(ref.addressed.name))
    )
      ref = { kind: 'person', mention: ref.addressed }
    if (ref.kind === 'person' && isSurnameOnly(ref.mention.name) && !registry.knows(ref.mention.name)) {
      // "said Hester" far below "Constance Hester": the paragraphs read for people may not reach back.
      const earlier = lookBack(ref.mention.name, item.at)
      if (earlier) registry.mention(earlier.name, earlier.title, earlier.role, earlier.span.start, earlier)
      // "said Afripol", a name the release writes as a body's and as nobody's surname.
      else if (isOneWord(ref.mention.name) && ref.mention.title === null && namedBody(ref.mention.name))
        ref = { kind: 'organisation', name: ref.mention.name, role: null }
      // "Director FBI said": initials after an office that heads a body, naming no one the
      // release names or writes after a given name ("Jean DUPONT"), are the body, and the office
      // its speaker's role, when the release shows they are a body's; "Director JONES" is a person.
      else if (
        ACRONYM().test(ref.mention.name) &&
        headsBody(ref.mention.title) &&
        !surnamed(ref.mention.name) &&
        isBodyInitials(ref.mention.name, item.at, namedBody, bodyHoldingLookBack)
      )
        ref = { kind: 'organisation', name: ref.mention.name, role: ref.mention.title }
    }
    // A surname read as a clause's subject speaks only as someone the release named before.
    if (
      ref.kind === 'person' &&
      ref.known === true &&
      !registry.knowsInFull(ref.mention.name) &&
      lookBack(ref.mention.name, item.at) === null
    )
      ref = { kind: 'none' }
    if (ref.kind === 'organisation' && ref.unsure)
      ref = sureBodies(ref, registry, item.at, lookBack, namedBody)
    const read = speakerOf(
      fullOrganisation(ref, item.at, organisationLookBack, bodyLookBack, bodyHoldingLookBack),
      registry,
      item.at,
      item.window,
    )
    if (read) entryOf.set(read.speaker, read.entry)
    if (read?.others) coEntriesOf.set(read.speaker, read.others)
    byRun.set(item.run, {
      speaker: read?.speaker ?? null,
      cue: item.attribution.cue,
      rule: item.attribution.rule,
    })
  }
  return { byRun, entryOf, coEntriesOf }
}

function surnameOf(name: string): string {
  return name.slice(Math.max(name.lastIndexOf(' '), name.lastIndexOf('\u00a0')) + 1)
}

const ONE_WORD = lazyRegExp(String.raw`^[\p{L}’'-]+$`, 'u')
const MORE_WORDS = /[ \u00a0]/
const ACRONYM = lazyRegExp(String.raw`^\p{Lu}{2,}[\p{Lu}\d]{0,8}$`, 'u')

const BODY_HEADS: ReadonlySet<string> = new Set(BODY_HEAD_WORDS)

/** True when a title is an office that heads a body ("Director", "Chief Executive"), not a rank or an honorific. */
function headsBody(title: string | null): boolean {
  return title !== null && BODY_HEADS.has(surnameOf(title))
}

/**
 * Whether a word in capitals after an office that heads a body is the body's initials, not a
 * surname: its letters can spell no surname ("FBI", "HMRC"), or the release shows it is a body's
 * (well known, its publisher, written in full before with it in brackets, or called a body beside
 * it). "NASA" with none of these reads as "JONES" does, a surname.
 */
function isBodyInitials(
  word: string,
  at: number,
  namedBody: NamedBody,
  bodyHoldingLookBack: BodyHoldingLookBack,
): boolean {
  return (
    spellsInitials(word) || isKnownBody(word) || namedBody(word) || bodyHoldingLookBack(word, at) !== null
  )
}

function isOneWord(name: string): boolean {
  return ONE_WORD().test(name)
}

/**
 * Two names of one word read as bodies speaking together ("Afripol and Ameripol said"): bodies
 * when the release shows one of them is (well known, an acronym, its publisher or called a body
 * beside its name) and neither is a person it names; the people it named before when both are
 * ("Smith and Baker said" after "Jane Smith" and "Tom Baker"); nobody it names otherwise.
 */
function sureBodies(
  ref: Extract<SpeakerRef, { kind: 'organisation' }>,
  registry: SpeakerRegistry,
  at: number,
  lookBack: LookBack,
  namedBody: NamedBody,
): SpeakerRef {
  const names = [ref.name, ...(ref.with ?? [])]
  const earlier = names.map((n) => (registry.knows(n) ? null : lookBack(n, at)))
  const people = names.filter((n, k) => registry.knows(n) || earlier[k] !== null)
  if (people.length === names.length) {
    for (const e of earlier) if (e) registry.mention(e.name, e.title, e.role, e.span.start, e)
    const [first, ...others] = names.map(surnameMention)
    return { kind: 'person', mention: first!, with: others }
  }
  // One a person, the other unknown: a wrong pair is worse than none.
  if (people.length > 0) return { kind: 'none' }
  if (!names.some((n) => isKnownBody(n) || ACRONYM().test(n) || namedBody(n))) return { kind: 'none' }
  const { unsure: _, ...sure } = ref
  return sure
}

/** A surname alone as a mention, placed where the quote's window shows it. */
function surnameMention(name: string): PersonMention {
  return { start: 0, end: name.length, name, title: null, role: null, text: name }
}

/**
 * An organisation called by its last word ("the Bank") is the one the release named in full
 * before ("African Development Bank"); one called by a common noun ("the agency") is the latest
 * body named before whose kind fits the noun; one called by a word of its name ("a Garda
 * spokesperson") is the body named before that holds it; any other reading is kept as it is.
 */
function fullOrganisation(
  ref: SpeakerRef,
  at: number,
  lookBack: OrganisationLookBack,
  bodyLookBack: BodyLookBack,
  bodyHoldingLookBack: BodyHoldingLookBack,
): SpeakerRef {
  if (ref.kind !== 'organisation') return ref
  // "Gardaí said", "said Gardaí in Bandon": the members speak for the body they serve.
  const members = bodyOfMembers(ref.name)
  if (ref.part && members === null) {
    // "A Garda spokesperson" after "An Garda Síochána": the body as the release names it in full.
    const full = bodyHoldingLookBack(ref.name, at)
    return full === null ? ref : { ...ref, name: full, written: ref.name }
  }
  if (!ref.short || members !== null) {
    // "The NCA said" after "the National Crime Agency (NCA)": the body as the release spells it
    // out, as for "an NCA spokesperson"; "State Police said" under "Source: New Jersey State
    // Police", the publisher whose name it shortens.
    const full =
      members ??
      (isInitials(ref.name) || MORE_WORDS.test(ref.name) ? bodyHoldingLookBack(ref.name, at) : null)
    const named = full === null ? ref : { ...ref, name: full, written: ref.name, short: false }
    const others = ref.with?.map(
      (n) => bodyOfMembers(n) ?? (isInitials(n) ? (bodyHoldingLookBack(n, at) ?? n) : n),
    )
    return withNouns(others === undefined ? named : { ...named, with: others }, at, bodyLookBack)
  }
  // "the agency" in lower case names a body only when the release names one before. "The Force"
  // in capitals, when no name ends with it, is the force as "the force" is: a house style.
  const name = ref.common
    ? bodyLookBack(ref.name, at)
    : (lookBack(ref.name, at) ?? nounInCapitals(ref.name, at, bodyLookBack))
  if (name !== null) return withNouns({ ...ref, name, written: ref.name, common: false }, at, bodyLookBack)
  return ref.common ? { kind: 'none' } : ref
}

const BODY_NOUNS: ReadonlySet<string> = new Set(Object.keys(BODY_NOUN_NAMES))

/** The body a common noun written in capitals stands for ("the Force", "the Agency"), or null. */
function nounInCapitals(word: string, at: number, bodyLookBack: BodyLookBack): string | null {
  const noun = word.toLowerCase()
  return noun !== word && BODY_NOUNS.has(noun) ? bodyLookBack(noun, at) : null
}

/** The bodies speaking with a body that are called by a common noun ("and the council"), as named before. */
function withNouns(
  ref: Extract<SpeakerRef, { kind: 'organisation' }>,
  at: number,
  bodyLookBack: BodyLookBack,
): SpeakerRef {
  if (ref.withNouns === undefined) return ref
  const others = [...(ref.with ?? [])]
  for (const noun of ref.withNouns) {
    const name = bodyLookBack(noun, at)
    if (name !== null && name !== ref.name && !others.includes(name)) others.push(name)
  }
  const { withNouns: _, ...rest } = ref
  return others.length === 0 ? rest : { ...rest, with: others }
}

/** A person speaking with the speaker, registered as speaking: one of the release's people. */
function coSpeaker(
  m: PersonMention,
  registry: SpeakerRegistry,
  at: number,
  window: Window | null,
): RegisteredPerson {
  const place = locate(window, m.text)
  const p = registry.mention(m.name, m.title, m.role, place?.span.start ?? at, place ?? undefined)
  p.spoke = true
  return p
}

/**
 * Registers one narration event: a person named, a role described for the next one, a pronoun, or
 * a body that speaks in the narration.
 */
function replay(registry: SpeakerRegistry, event: NarrationEvent): void {
  if (event.kind === 'role') registry.describe(event.role, event.until)
  else if (event.kind === 'pronoun') registry.narrationPronoun(event.word)
  // "The Home Office said the rules would change": a later "it said" is the body's.
  else if (event.kind === 'body') registry.organisation(event.name, event.role, event.at)
  // "Jane Smith, a mother of two,": she is "she".
  else if (event.kind === 'described') {
    const p = registry.known(event.name)
    if (p !== null) registry.describedAs(p, event.pronoun)
  }
  // "Jane Smith and Tom Baker said the charity would grow": a later "they said" is theirs.
  else if (event.kind === 'group') {
    const members = event.names.map((n) => registry.known(n))
    if (members.every((m) => m !== null)) registry.group(members as RegisteredPerson[])
  } else {
    const m = event.mention
    const p = registry.mention(
      m.name,
      m.title,
      m.role,
      event.at,
      { text: m.text, span: { start: event.at, end: event.at + m.text.length } },
      m.lateRole,
    )
    if (event.speaks) p.spoke = true
    if (event.party) p.party = true
    if (event.bench) p.bench = true
  }
}

/** Where `needle` stands in the window, as a whole word; the match nearest the quote. */
function locate(
  window: Window | null,
  needle: string,
  caseless = false,
): { text: string; span: Span } | null {
  if (window === null || needle.length === 0) return null
  const hay = window.block.text.slice(window.from, window.to)
  const h = caseless ? hay.toLowerCase() : hay
  const n = caseless ? needle.toLowerCase() : needle
  let at = window.last ? h.lastIndexOf(n) : h.indexOf(n)
  while (at >= 0) {
    if (!/[\p{L}\p{N}]/u.test(h[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(h[at + n.length] ?? '')) {
      const start = window.block.start + window.from + at
      return { text: hay.slice(at, at + n.length), span: { start, end: start + n.length } }
    }
    at = window.last ? (at > 0 ? h.lastIndexOf(n, at - 1) : -1) : h.indexOf(n, at + 1)
  }
  return null
}

/** A place found for a mention, with the rule that links it to its person. */
/** What `speakerOf` gives: the speaker, their entry in the registry, and who spoke with them. */
interface SpeakerFound {
  readonly speaker: Speaker
  readonly entry: Registered
  readonly others?: readonly Registered[]
}

/** The speaker a description names, `text` where the quote's words name them. */
function described(p: Registered, window: Window | null, text: string): SpeakerFound {
  if (p.kind === 'person') {
    p.spoke = true
    p.quoted = true
  }
  const mention = withRule(locate(window, text), 'people/title-only')
  if (mention) addMention(p, mention)
  const title = p.kind === 'person' ? p.title : null
  return {
    speaker: { name: p.name, title, role: p.role, kind: p.kind, inferred: true, personId: '' },
    entry: p,
  }
}

function withRule(place: { text: string; span: Span } | null, rule: string): MentionRecord | null {
  return place ? { ...place, rule } : null
}

/**
 * The speaker a reading names, registered: a person or organisation as named, a pronoun as the
 * latest person (or organisation, for "they"/"we") it can refer to, a description as the latest
 * person whose title or role holds its head noun. Null when nobody fits.
 */
function speakerOf(
  ref: SpeakerRef,
  registry: SpeakerRegistry,
  at: number,
  window: Window | null,
): SpeakerFound | null {
  switch (ref.kind) {
    case 'person': {
      const m = ref.mention
      const place = locate(window, m.text)
      const p = registry.mention(m.name, m.title, m.role, place?.span.start ?? at, place ?? undefined)
      p.spoke = true
      p.quoted = true
      // "said Jane Smith, a mother of two.": the apposition after the name says who is "she".
      if (place !== null && window !== null)
        registry.describedAs(p, pronounOfApposition(window.block.text, place.span.end - window.block.start))
      const speaker: Speaker = {
        name: p.name,
        title: p.title,
        role: m.role === null || restatesOffice(m.role, p) ? p.role : m.role,
        kind: 'person',
        personId: '',
      }
      let others: Registered[] | undefined
      if (ref.with !== undefined) {
        const co = ref.with.map((o) => coSpeaker(o, registry, at, window))
        registry.group([p, ...co])
        others = co
        speaker.coSpeakers = others.map((o) => o.name)
        // "Jane Doe, Tom Baker and Ali Khan said": the names after hers, read as her role, are none.
        const role = speaker.role
        if (role !== null && ref.with.some((o) => role.includes(o.name))) {
          speaker.role = null
          if (p.role === role) p.role = null
        }
      }
      return { speaker, entry: p, ...(others === undefined ? {} : { others }) }
    }
    case 'pronoun': {
      const mention = withRule(locate(window, ref.word, true), 'people/pronoun')
      if (ref.word === 'he' || ref.word === 'she') {
        const p = registry.resolvePronoun(ref.word)
        if (!p) return null
        p.spoke = true
        p.quoted = true
        if (mention) addMention(p, mention)
        return {
          speaker: {
            name: p.name,
            title: p.title,
            role: p.role,
            kind: 'person',
            inferred: true,
            personId: '',
          },
          entry: p,
        }
      }
      // "Jane Smith and Tom Baker said: “…” “…,” they added.": the people who spoke together.
      const group = ref.word === 'they' ? registry.lastGroup : null
      if (group !== null) {
        const [first, ...others] = group
        first!.spoke = true
        first!.quoted = true
        if (mention) addMention(first!, mention)
        const { name, title, role } = first!
        const speaker: Speaker = { name, title, role, kind: 'person', inferred: true, personId: '' }
        speaker.coSpeakers = others.map((o) => o.name)
        return { speaker, entry: first!, others }
      }
      const o = registry.lastOrganisation
      if (!o) return null
      if (mention) addMention(o, mention)
      return {
        speaker: {
          name: o.name,
          title: null,
          role: o.role,
          kind: 'organisation',
          inferred: true,
          personId: '',
        },
        entry: o,
      }
    }
    case 'description': {
      const p = registry.resolveDescription(ref.head, ref.text)
      if (!p) return null
      if (ref.role) p.role = ref.role
      return described(p, window, ref.text)
    }
    case 'organisation': {
      // "the Director of the FBI" after "Jane Smith, Director of the FBI": she speaks.
      const holder = ref.office && ref.role !== null ? registry.holderOf(ref.role, ref.name) : null
      if (holder !== null) {
        holder.spoke = true
        holder.quoted = true
        const { name, title, role } = holder
        return { speaker: { name, title, role, kind: 'person', inferred: true, personId: '' }, entry: holder }
      }
      // "The PCC added:" after "Police and Crime Commissioner Alison Lowe": her office's initials.
      const initialsHolder =
        ref.role === null && ACRONYM().test(ref.name) ? registry.holderOfInitials(ref.name) : null
      if (initialsHolder) return described(initialsHolder, window, ref.written ?? ref.name)
      const place = locate(window, ref.written ?? ref.name)
      const o = registry.organisation(ref.name, ref.role, place?.span.start ?? at)
      const mention = withRule(place, 'people/organisation')
      if (mention) addMention(o, mention)
      // The role is this quote's own: "Police Scotland said" after "a Police Scotland spokesperson said" has none.
      const speaker: Speaker = {
        name: o.name,
        title: null,
        role: ref.role,
        kind: 'organisation',
        personId: '',
      }
      if (ref.with !== undefined) speaker.coSpeakers = [...ref.with]
      return { speaker, entry: o }
    }
    default:
      return null
  }
}
