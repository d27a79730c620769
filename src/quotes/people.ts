import { MONTHS, WEEKDAYS } from '../dates/lexicon'
import { lazyRegExp, onFirstUse } from '../text/lazy-patterns'
import { alternation } from '../text/patterns'
import { articleOffice, articleOfficeWords, predicateOffice } from './article-office'
import { partyStateAfter, withoutAsideAtEnd } from './asides'
import { closesSentenceAsPerson } from './closing-name'
import { withoutAge, withoutRole } from './joint-people'
import {
  AGENCY_HEADS,
  BODY_NAME_OPENERS,
  BODY_NAME_PLACES,
  EMERGENCY_SERVICE_WORDS,
  FIRM_NAME_ENDS,
  FIRST_NAME_MONTHS,
  GROUP_WORDS,
  HONORIFICS,
  KNOWN_BODIES,
  MEMBER_NAMES,
  MINISTRY_FIELDS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  OCCUPATION_HEADS,
  OCCUPATION_SHAPED_NAMES,
  OCCUPATION_SUFFIXES,
  OFFICE_ADJECTIVES,
  OFFICE_FIELDS,
  OFFICE_HEADS,
  ORGANISATION_NAME_ENDS,
  PARTY_WORDS,
  PLACE_NAME_OPENERS,
  RANK_HEADS,
  RANK_QUALIFIERS,
  RELATIONS,
  REMIT_CONTINUATIONS,
  REMIT_OFFICES,
  SERVICE_GERUNDS,
  SERVING_OFFICES,
  SURNAME_PARTICLES,
  THING_NAME_ENDS,
  TITLE_MODIFIERS,
  TITLES,
  WORKPLACE_WORDS,
} from './lexicon'
import { type Lexicon, PERSON_NAME, PERSON_TITLE, PREFIXED_NAME_WORD } from './patterns'
import { onlyChars, trimEndChars } from './scan'
import { headedNameStart, spelledNameStart } from './short-names'

/** A person named in the text: where, their name, and the title and role written with it. */
export interface PersonMention {
  /** Local offset of the mention (title included). */
  readonly start: number
  /** Local offset just past the name (post-nominals included). */
  readonly end: number
  readonly name: string
  readonly title: string | null
  readonly role: string | null
  /** The text from `start` to `end`, title and post-nominals included. */
  readonly text: string
  /** With roles read later (see `findPeople`): reads the role `role` would hold; `role` is null. */
  readonly lateRole?: () => string | null
}

const NAME_SUFFIX = lazyRegExp(`,?[ \\u00a0]{1,2}(?:${NAME_SUFFIXES.join('|')})\\.?(?![\\p{L}\\d])`, 'uy')
const SUFFIX_WORDS: ReadonlySet<string> = new Set(NAME_SUFFIXES.map((w) => w.toLowerCase()))
const POST_NOMINAL = lazyRegExp(
  String.raw`,?[ \u00a0]{1,3}((?:[A-Z][a-z]?\.){2,3}|[A-Z][A-Za-z]{1,4})(?![\p{L}])`,
  'uy',
)
const SENTENCE_END = lazyRegExp(String.raw`[.!?](?=\s+[\p{Lu}\p{N}“‘"'(]|\s*$)`, 'gu')
/** A short abbreviation whose stop a number follows without ending the sentence: "No. 10", "Vol. 2". */
const NUMBER_ABBREVIATION = lazyRegExp(String.raw`(?<![\p{L}])(?:\p{Lu}\p{Ll}{1,2}|\p{Ll}{1,3})$`, 'u')
/** In lower case only: "WHO Director-General" after a comma is a role, not a relative clause. */
const RELATIVE =
  /^(?:who|whose|which|where|when|whilst|while|as|after|before|having|speaking|said|says|added|adds)\b/
const ING = lazyRegExp(String.raw`^\p{Ll}+ing\b`, 'u')
/** A word in "-ing" before a role noun qualifies it ("ranking member", "managing director"). Group 1: the noun. */
const ING_BEFORE_NOUN = lazyRegExp(String.raw`^\p{Ll}{2,20}ing[ \u00a0](\p{Ll}{2,20})(?![\p{L}-])`, 'u')
const LEADING_FILLER =
  /^(?:(?:(?:newly|recently)\s+(?:appointed|elected)|now|also|currently|formerly|newly|recently|the|a|an|and)\s+)+/i
/** A clause in the passive: "was named Attorney General last year" says what happened, not the role. */
const PARTICIPLE_START = lazyRegExp(String.raw`^\p{Ll}{2,20}ed\s`, 'u')
/**
 * A participle and its agent: "joined by Sheriff Tom Baker", "flanked by officers", "led by the
 * council". Who was beside or behind the person, not their office, though an office may be named.
 */
const PARTICIPLE_BY = lazyRegExp(String.raw`^\p{Ll}{1,20}(?:ed|en|wn)[ \u00a0]+by[ \u00a0]`, 'u')
const ROLE_CUT = /,\s+(?:the|a|an|who|whose|which|where|with|having|and is|as well as)\b/i

/**
 * Finds the people named in a text: a title followed by a name anywhere ("Chief Constable Chris
 * Haward", "T/Chief Constable Murray"), or a bare name of two words or more where the sentence
 * presents it as a person: at a clause's edge, before ", role," or "is", or before a cue verb.
 * With `phrase` (a speaker phrase cut before its cue), a name closing or opening the phrase counts
 * too, even a surname alone ("Tapper"). With `lateRoles`, each mention's role is read only when
 * its `lateRole` is called: most people named in the narration never need theirs.
 *
 * @example
 * findPeople('Sharon Naughton is Head of NaVCIS.', lexicon)
 * //=> [{ start: 0, end: 15, name: 'Sharon Naughton', title: null, role: 'Head of NaVCIS' }]
 */
export function findPeople(
  text: string,
  lexicon: Lexicon,
  phrase = false,
  lateRoles = false,
): PersonMention[] {
  const out: PersonMention[] = []
  // Offices written before a name or its rank, by where the mention starts.
  const officesBefore = new Map<number, string>()
  // The comma after an office in apposition with an article before it ("The Minister of Police,").
  let apposedComma = -1
  let from = 0
  for (let m = nextPerson(lexicon, text, from); m !== null; m = nextPerson(lexicon, text, from)) {
    let titleRaw = m[PERSON_TITLE]
    let nameRaw = m[PERSON_NAME] ?? ''
    const start = m.index
    // "The Commissioner, Drew Harris": an article and an office's head alone are no title; the
    // office is read one word on, after its article.
    if (titleRaw !== undefined && ARTICLE_TITLE().test(titleRaw)) {
      from = start + firstWordLength(text, start)
      continue
    }
    const and = titleRaw === undefined ? null : AGENCY_AND().exec(titleRaw)
    if (
      and !== null &&
      // "Premier and Treasurer Jane Doe": two offices of one person, not a place's end and another's.
      !TITLE_SET.has(and[0].split(/\s/)[0]!) &&
      (startsTitledPerson(text, start + and[0].length, lexicon) ||
        (PLACE_PREPOSITION().test(text.slice(Math.max(0, start - 12), start)) &&
          nextIsTitledPerson(text, start + and[0].length, lexicon)))
    ) {
      // "… of Virginia and Assistant Director in Charge X": the title after "and" opens a second
      // person. "The Department of Justice and Policing Minister X": after a preposition, the words
      // before "and" end a body's name, and the office opens after it.
      from = start + and[0].length
      continue
    }
    // "Assistant Commissioner of Police Jane Tan, Director of the CID": the remit read on over the
    // name and the comma into a second office; the title and name end at the comma.
    // A re-reading of a title that ran on past its own name gives the title and name it ends at.
    const reread = (cut: RegExpExecArray | null) => {
      if (cut === null) return
      titleRaw = cut[PERSON_TITLE]
      nameRaw = cut[PERSON_NAME] ?? ''
    }
    if (titleRaw !== undefined) reread(personBeforeApposedOffice(text, start, titleRaw, nameRaw, lexicon))
    // "Minister for Health Jane Doe and Minister for Justice John Roe": the remit read on over the
    // first one's name and "and" into a second titled person; the first ends before "and".
    if (titleRaw !== undefined) reread(personBeforeSecondOffice(text, start, titleRaw, nameRaw, lexicon))
    // "Jane Doe, Director of Public Health, and Tom Baker said": the remit read on over ", and" into
    // a second person's bare name; the office is the first one's apposition, and the second person
    // is read after "and".
    const second =
      titleRaw === undefined
        ? -1
        : secondNameAfterApposedOffice(text, start, titleRaw, nameRaw, lexicon, phrase)
    if (second > 0) {
      from = start + second
      continue
    }
    // "Head of Policy Jane Doe at Acme Group said": the body after "at" closes no office before a
    // name; the name stands before "at".
    if (titleRaw !== undefined) reread(personBeforeBareAt(text, start, titleRaw, nameRaw, lexicon))
    const comma = titleRaw === undefined ? -1 : apposedTitleEnd(titleRaw, text, start, lexicon)
    // "NPCC Chair, Chief Constable X", "Senior Investigating Officer, Det Supt X": a second title
    // after the comma opens the person, whatever stands before the first.
    const beforeTitle = comma > 0 && comma < titleRaw!.length
    if (
      comma > 0 &&
      (beforeTitle ||
        capitalisedWordBefore(text, start) ||
        ARTICLE_BEFORE().test(text.slice(0, start)) ||
        POSSESSIVE_BEFORE().test(text.slice(Math.max(0, start - 4), start)))
    ) {
      // "President William Jefferson Clinton Home Superintendent, Tarona Armstrong" and "National
      // Police Chiefs’ Council Chair, Chief Constable X": the office ends a longer capitalised
      // phrase, and the comma makes it an apposition, not a title; so does an article before the
      // office ("the Chief Constable, Dr Jane Smith"), or a body's possessive ("the charity’s
      // Director, Tom Baker").
      from = start + comma
      continue
    }
    // "Dean Smith said", "Detective Inspector Dean Clerk": a title that is a given name too opens
    // the name unless a full name follows it ("said Dean Jane Doe").
    const given = titleRaw === undefined ? null : GIVEN_NAME_TITLE_END().exec(titleRaw)
    if (given !== null && !fullNameAfter(nameRaw, lexicon)) {
      nameRaw = `${given[1]}${nameRaw}`
      titleRaw = given.index === 0 ? undefined : titleRaw!.slice(0, given.index)
    }
    // "Chief Medical Officer Professor Sir Chris Whitty": the title's words the pattern left to the
    // name are honorifics all the same, and stand in the title as the first ones do.
    if (titleRaw !== undefined) {
      const honoured = HONORIFICS_OPENING().exec(nameRaw)
      if (honoured !== null && HONORIFIC_WORDS.has(honoured[1]!)) {
        titleRaw = `${titleRaw}${honoured[0]}`
        nameRaw = nameRaw.slice(honoured[0].length)
      }
    }
    let tokens = nameTokens(nameRaw, lexicon, titleRaw !== undefined)
    if (tokens === null && titleRaw !== undefined) {
      // "AFP Deputy Commissioner Crime Command Lesa Gale": the unit the office belongs to stands
      // between it and the name, and is part of the title as written.
      // "Chief Adviser Jane Doe": the listed title "Chief" was read alone, and the office head
      // that completes it opens the name.
      const unit =
        unitThenName(text, start + titleRaw.length, nameRaw, lexicon) ??
        headThenName(text, start + titleRaw.length, nameRaw, lexicon)
      if (unit !== null) {
        titleRaw = `${titleRaw}${unit.unit}`
        nameRaw = unit.name
        tokens = unit.tokens
      }
    }
    // "Nicola Ranger, chief executive," and "Mr Watch": a surname that is a role's or a body's
    // word is still a name's after a first name with a person's apposition, or after an honorific.
    if (titleRaw === undefined && tokens?.length === 1)
      tokens =
        surnameBeforeApposition(text, start, nameRaw, lexicon) ??
        surnameInListOfPeople(text, start, nameRaw, lexicon, out.at(-1), out.at(-2)) ??
        tokens
    else if (tokens === null && titleRaw !== undefined) tokens = surnameAfterHonorific(titleRaw, nameRaw)
    const single = titleRaw === undefined && tokens !== null && tokens.length < 2
    // A surname alone must end the phrase itself: in "Kent Police said" the phrase ends with "Police".
    const first = single ? (tokens?.[0] ?? '') : ''
    const singleEnd = single ? start + nameRaw.indexOf(first) + first.length : 0
    if (
      tokens === null ||
      (single && !(phrase && endsPhrase(text, start, singleEnd, true, lexicon))) ||
      (single && closesOffice(text, singleEnd - first.length, first)) ||
      completesTitle(titleRaw, tokens) ||
      wordWithinOffice(text, start + (titleRaw?.length ?? 0), nameRaw, titleRaw, tokens, lexicon)
    ) {
      // Retry one word on, so "Praising Chief Constable X" still finds the titled name.
      from = start + Math.max(1, firstWordLength(text, start))
      continue
    }
    // An office with a remit reads on over the capitals of the name ("… for Justice Angela
    // Constance" is one run of capitals): the name is its last two words, three with a middle
    // initial ("Matthew M. Graves"); the rest is the office.
    let titleText = titleRaw
    let titleAt = start
    if (titleRaw !== undefined && REMIT_LINK_IN.test(titleRaw)) {
      const run = `${titleRaw}${tokens.join(' ')}`.split(/[ \u00a0]+/)
      // "The Executive Director of Europol, Catherine De Bolle": after a comma, all the words are the name.
      const comma = run.findLastIndex((w) => w.endsWith(','))
      const afterComma = run.length - comma - 1
      const apposed = comma >= 0 && afterComma >= 2 && afterComma <= 4
      const keep = run.length >= 3 && /^\p{Lu}\.$/u.test(run.at(-2)!) ? 3 : 2
      // "… Commission Ursula von der Leyen", "… Union Aoife Ní Bhriain": the particles of a surname
      // do not count as words; after a comma they are counted already ("The Minister of Police,
      // Rosa de la Cruz"). A capital particle may open a surname alone ("… Union De Bolle"), so
      // without it is the reading when the longer one takes a word of the office.
      // "… Security Union Ana García López": after a remit word that is no name's ("Union"), a
      // name of one word more is read first.
      const longer = withParticles(run, keep + 1, LOWER_PARTICLES)
      const takes = apposed
        ? [afterComma]
        : [
            ...(remitEndsBefore(run, longer, lexicon) && !REMIT_GOES_ON.has(run.at(-longer)!)
              ? [longer]
              : []),
            withParticles(run, keep, PARTICLES),
            withParticles(run, keep, LOWER_PARTICLES),
          ]
      const fits = takes.find(
        (t) =>
          !OPEN_REMIT.test(run.at(-t - 1) ?? '') &&
          !OFFICE_NOUN_END.test(run.at(-t)!) &&
          // "Counsel to the Attorney General Jane Doe": a word that completes a title with the
          // word before it is the office's.
          !TITLE_SET.has(`${run.at(-t - 1)} ${run.at(-t)}`) &&
          // "Minister for Police Hon Mark Mitchell": an honorific goes with the office, not the name.
          !HONORIFIC_WORDS.has(run.at(-t)!.replace(/\.$/, '')) &&
          isRunName(run.slice(-t), lexicon),
      )
      // "Chair of National Australia Bank", "Jim Smith, Chair of Allied Irish Banks,": when the
      // run's last word ends a body's name, the remit names the body and no one holds the office here.
      if (remitNamesBody(run, text, start, lexicon)) {
        from = start + Math.max(1, firstWordLength(text, start))
        continue
      }
      const chosen = fits ?? takes.at(-1)!
      let taken = withAccentedNames(run, chosen, lexicon)
      // "Member for Cairns Healy said": the remit left open by a name of two words ends one word
      // on, and the surname alone is the name when it closes the phrase or meets its cue.
      if (!apposed && OPEN_REMIT.test(run.at(-taken - 1) ?? '') && surnameAfterRemit(run, lexicon)) {
        const after = start + titleRaw.length + nameRaw.indexOf(tokens.at(-1)!) + tokens.at(-1)!.length
        if (
          cueAfterGap(text.slice(after, after + 40), /^\s+$/, lexicon) ||
          (phrase && /^[\s,.;:]*$/.test(text.slice(after))) ||
          PERSON_RELATIVE_AFTER.test(text.slice(after, after + 12))
        )
          taken = 1
      }
      const named = run.slice(-taken)
      const office = run.slice(0, -taken)
      const last = office.at(-1) ?? ''
      // "Minister of Interior of the Republic of North Macedonia": the remit runs to the end, no
      // name follows; "The Minister of Police, George Hawkins" and "the IOPC’s Director of
      // Operations, Kathie Cashell": the comma makes it an apposition.
      const apposedAt = last.endsWith(',') ? start + titleRaw.lastIndexOf(',') : -1
      if (
        OPEN_REMIT.test(last) ||
        (apposedAt > 0 &&
          (apposedAt === apposedComma ||
            ARTICLE_BEFORE().test(text.slice(0, agencyBefore(text, start, lexicon, true)))))
      ) {
        // "The Chair and Chief Executive of Acme, Jane Doe": the second office, read one word on,
        // is apposed at the same comma, after the same article.
        if (apposedAt > 0) apposedComma = apposedAt
        from = start + Math.max(1, firstWordLength(text, start))
        continue
      }
      const nameAt = last.endsWith(',') ? wordOffset(`${titleRaw}${nameRaw}`, office.length) : -1
      if (nameAt > 0 && isRunName(named, lexicon)) {
        // "Head of Cybercrime, Neal Jetton, said": with no article the office is still written in
        // apposition, so it is the role (read by `roleOf`), and no title.
        titleText = ''
        titleAt = start + nameAt
        tokens.splice(0, tokens.length, ...named)
        officesBefore.set(titleAt, trimEndChars(office.join(' '), ','))
      } else if (isRunName(named, lexicon)) {
        titleText = `${office.join(' ')} `
        tokens.splice(0, tokens.length, ...named)
        // "Head of Roads Policing Inspector Jane Doe": a rank after the remit is the title, and
        // the office before it is the role (read by `roleOf`).
        const rank = trailingRank(office)
        const at = rank > 0 ? wordOffset(titleRaw, office.length - rank) : -1
        if (at > 0) {
          titleText = `${office.slice(-rank).join(' ')} `
          titleAt = start + at
        }
      } else if (
        OPEN_REMIT.test(
          titleRaw
            .trimEnd()
            .split(/[ \u00a0]+/)
            .at(-1)!,
        )
      ) {
        // "Minister for Health and Ageing said": no name closes the run, and the word after the
        // remit's "and" is the remit's, not a name.
        from = start + Math.max(1, firstWordLength(text, start))
        continue
      }
    }
    let end = start + (titleRaw?.length ?? 0) + nameRaw.indexOf(tokens.at(-1)!) + tokens.at(-1)!.length
    // "Lord Smith of Leeds", "Baroness Jones of Moulsecoomb": a peer's place is part of the name.
    const seat = titleRaw === undefined || tokens.length !== 1 ? null : peerSeat(titleRaw, text, end, lexicon)
    if (seat !== null) {
      tokens.splice(0, 1, `${tokens[0]}${seat}`)
      end += seat.length
    }
    const name = tokens.join(' ')
    // "Robert Johnson Jr." and "Robert Johnson, Jr.": the suffix closes the name, written one way.
    NAME_SUFFIX().lastIndex = end
    const suffix = NAME_SUFFIX().exec(text)
    const fullName = suffix ? `${name} ${suffix[0].replace(/^,?[ \u00a0]+/, '')}` : name
    if (suffix) end += suffix[0].length
    // "Jane Doe MLA said": the letters after a name close it, so what follows them anchors it.
    const closed = skipPostNominals(text, end, lexicon)
    // "Reps. Jane Doe and John Roe": a title in the plural is the first one's only when a second
    // name follows; otherwise the word is read again as part of a name or of no person.
    if (titleRaw !== undefined && pluralTitle(titleRaw, lexicon) && !nameFollows(text, closed)) {
      from = start + Math.max(1, firstWordLength(text, start))
      continue
    }
    // "Acme Holdings plc": a company's legal form after the words makes them a body's name, as a
    // firm's word closing them does ("Acme Housing", "Thames Water"); so does an acronym in
    // brackets ("Homeland Security Investigations (HSI)"), and "and" between two words of
    // emergency services ("Kent Fire and Rescue Service").
    if (
      titleRaw === undefined &&
      ((tokens.length > 1 && FIRM_END_SET.has(tokens.at(-1)!)) ||
        COMPANY_FORM_AFTER().test(text.slice(closed, closed + 8)) ||
        spelledAfter(text, closed, tokens) ||
        opensServiceName(text, closed, tokens) ||
        bodyComplementBefore(text, start, lexicon))
    ) {
      from = closed
      continue
    }
    // "New Zealand", "Fire and Emergency New Zealand": a word that opens places' names opens no
    // person's, wherever the name stands.
    if (titleRaw === undefined && !single && PLACE_OPENER_SET.has(tokens[0]!)) {
      from = start + Math.max(1, firstWordLength(text, start))
      continue
    }
    if (
      titleRaw === undefined &&
      !single &&
      !bareNameAnchored(text, start, closed, lexicon) &&
      !joinedToPerson(text, start, name, out.at(-1), lexicon, out.at(-2)) &&
      !closesSentenceAsPerson(text, start, closed, tokens, lexicon) &&
      !(
        phrase &&
        (endsPhrase(text, start, closed, false, lexicon) ||
          opensClause(text, start, closed) ||
          AND_ENDS_PHRASE.test(text.slice(closed)))
      )
    ) {
      from = start + Math.max(1, firstWordLength(text, start))
      continue
    }
    end = closed
    from = end
    // "PC 1234 Sam Green": the collar number read with the rank is no part of the title.
    let title = titleText ? trimEndChars(titleText, ',').replace(COLLAR_NUMBER_END, '') : null
    let from0 = titleAt
    if (title !== null && titleAt === start) {
      let agency = agencyBefore(text, portfolioBefore(text, start, title, lexicon), lexicon, true)
      // "An Garda Síochána Commissioner": a body's name opening the title keeps its Irish article
      // ("An Taoiseach", an office, does not).
      if (
        agency === start &&
        IRISH_ARTICLE_BEFORE().test(text.slice(Math.max(0, start - 4), start + 2)) &&
        title.split(/[ \u00a0]/).some((w) => lexicon.organisationWords.has(w.toLowerCase()))
      )
        agency -= 3
      if (agency < start) {
        title = `${text.slice(agency, start)}${title}`
        from0 = agency
      }
      // "Senior Counsel to the Attorney General Jane Doe": the office that serves the titled one
      // is the head of the title, the one served its remit.
      const served = servingOfficeBefore(text, from0)
      if (served < from0) {
        title = `${text.slice(served, from0)}${title}`
        from0 = served
      }
      // "Children’s Commissioner Rachel de Souza", "His Majesty’s Chief Inspector of Constabulary
      // Andy Cooke": whose office it is, in the possessive, opens the title as written.
      const owner = ownerOpeningOffice(text, from0, lexicon)
      if (owner < from0) {
        title = `${text.slice(owner, from0)}${title}`
        from0 = owner
      }
    }
    if (title === null) {
      // "Refuge chief executive Ruth Davison": an office in lower case with its body before it is
      // the title as written, as "FBI Director Kash Patel" is.
      // "police inspector Lars Hansen", "said detective sergeant Jo Bloggs": a rank in lower case.
      let office = lowerCaseOfficeBefore(text, start, lexicon)
      if (office >= start) office = lowerCaseRankBefore(text, start, lexicon)
      if (office < start) {
        title = text.slice(office, start).trimEnd()
        from0 = office
      }
    }
    const rank = title === null ? 0 : rankAfterOffice(title, lexicon)
    if (rank > 0) {
      // "Area Commander Inspector Wayne Ewers": the rank is the title, the office before it the role.
      const words = title!.split(/[ \u00a0]+/)
      const at = from0 + wordOffset(title!, words.length - rank)
      officesBefore.set(at, words.slice(0, -rank).join(' '))
      title = text.slice(at, from0 + title!.length)
      from0 = at
    }
    // "Amy Poe, House Speaker, said": words that end in an office of one word, in apposition
    // after a name, are that person's office, no one else ("said John Chancellor" is a name, and
    // so is one listed with others: "Tom Baker, John Chancellor and Jo Li").
    const before = out.at(-1)
    if (
      title === null &&
      midNameTitles().has(tokens.at(-1)!) &&
      before !== undefined &&
      APPOSED_AFTER_NAME.test(text.slice(before.end, from0)) &&
      !LIST_GOES_ON.test(text.slice(end, end + 6))
    )
      continue
    // "Jane Doe, Director, Public Health, and Tom Baker": an office and its field, each set off by
    // a comma after a name, are that person's role; the field names no one.
    if (
      before !== undefined &&
      (title !== null
        ? fieldAfterApposedOffice(text, before.end, from0, title, lexicon)
        : fieldOfOfficeBefore(text, before.end, from0, fullName, lexicon))
    )
      continue
    // "the Town Clerk", "the Deputy Speaker": after "the", an office's word that is also a surname
    // ends an office, not a name.
    if (
      articleOfficeWords().has(tokens.at(-1)!) &&
      THE_BEFORE().test(text.slice(Math.max(0, from0 - 4), from0))
    )
      continue
    out.push({ start: from0, end, name: fullName, title, role: null, text: text.slice(from0, end) })
  }
  const roleOf = (p: PersonMention) =>
    officesBefore.get(p.start) ??
    roleAround(text, p, lexicon) ??
    (p.title === null
      ? (lowerCaseOfficeBeforeName(text, p.start, lexicon, nameFollows(text, p.end)) ??
        officeWithRemitBefore(text, p.start, lexicon))
      : (lowerCaseOfficeBeforeTitle(text, p.start, lexicon) ??
        remitOfficeBeforeTitle(text, p.start, lexicon) ??
        officeOfRemitAfter(text, p))) ??
    remitOffice(p.title, lexicon)
  return lateRoles
    ? out.map((p) => ({ ...p, lateRole: () => roleOf(p) }))
    : out.map((p) => ({ ...p, role: roleOf(p) }))
}

/** A peer's style closing the title before a surname alone: "Lord", "Victims’ Commissioner Baroness". */
const PEER_TITLE = /(?:^|[ \u00a0])(?:Lord|Baroness|Baron|Lady|Viscount|Viscountess)[ \u00a0]+$/
/** A peer's place after the surname: " of Leeds", " of Kings Heath"; up to three words in capitals. */
const PEER_SEAT = lazyRegExp(
  String.raw`^[ \u00a0]of[ \u00a0]\p{Lu}[\p{Ll}’'-]{1,24}(?:[ \u00a0]\p{Lu}[\p{Ll}’'-]{1,24}){0,2}(?![\p{L}’'-])`,
  'u',
)

/**
 * The place a peer is styled by after the surname (" of Leeds" of "Lord Smith of Leeds"), or null:
 * only after a peer's style and the surname alone, and not a body's name ("Lord Smith of Leeds
 * City Council", whose last word says what a body is).
 */
function peerSeat(titleRaw: string, text: string, end: number, lexicon: Lexicon): string | null {
  if (!PEER_TITLE.test(titleRaw)) return null
  const m = PEER_SEAT().exec(text.slice(end, end + 90))
  if (m === null) return null
  const last = m[0].slice(Math.max(m[0].lastIndexOf(' '), m[0].lastIndexOf('\u00a0')) + 1)
  if (bodyWord(last, lexicon) || FIRM_END_SET.has(last)) return null
  return m[0].replace(/[ \u00a0]+/g, ' ')
}

/** An office's comma and the part after it, up to the next comma or stop: ", Public Health". */
const FIELD_PART_AFTER = /^,([ \u00a0][^,;:.!?\n]{1,100})(?=[,;:.!?\n]|$)/u

/**
 * True when the office read as a title at `at`, right after a name and its comma (ending at
 * `nameEnd`), is followed by a comma and a field of that office ("Director, Public Health",
 * "Head of Service, Adult Social Care"): both are the role in apposition of the name before.
 */
function fieldAfterApposedOffice(
  text: string,
  nameEnd: number,
  at: number,
  title: string,
  lexicon: Lexicon,
): boolean {
  if (!APPOSED_AFTER_NAME.test(text.slice(nameEnd, at)) || !text.startsWith(title, at)) return false
  const field = FIELD_PART_AFTER.exec(text.slice(at + title.length, at + title.length + 110))
  return field !== null && officeThenField(title, field[1]!, lexicon)
}

/** A name's comma, an office of one part and its comma: ", Head, " of "Jane Doe, Head, Corporate Affairs". */
const OFFICE_PART_BETWEEN = /^,[ \u00a0]{1,3}(\p{Lu}[^,;:.!?\n]{0,80}),[ \u00a0]{1,3}$/u

/**
 * True when the words read as a bare name at `at` are the field of an office set off by commas
 * right after the name before, which ends at `nameEnd`: "Corporate Affairs" of "Jane Doe, Head,
 * Corporate Affairs, and Tom Baker". They are that person's role, no one's name.
 */
function fieldOfOfficeBefore(
  text: string,
  nameEnd: number,
  at: number,
  name: string,
  lexicon: Lexicon,
): boolean {
  if (at - nameEnd > 90) return false
  const office = OFFICE_PART_BETWEEN.exec(text.slice(nameEnd, at))
  return office !== null && officeThenField(office[1]!, ` ${name}`, lexicon)
}

/**
 * A first name and a surname that is a role's or a body's word ("Ranger", "Watch"), when a
 * person's apposition follows: an age, or an office with no article ("Nicola Ranger, chief
 * executive of the RCN,"). A body's apposition has one ("Human Rights Watch, the campaign group").
 */
function surnameBeforeApposition(
  text: string,
  start: number,
  nameRaw: string,
  lexicon: Lexicon,
): string[] | null {
  const words = nameRaw.trim().split(/[ \u00a0]+/)
  if (words.length !== 2) return null
  const [first, surname] = words as [string, string]
  if (!BARE_NAME_WORD().test(surname) || isNameWord(surname, lexicon) || TITLE_SET.has(surname)) return null
  if (!isNameWord(first, lexicon) || PLACE_OPENER_SET.has(first) || describesBeforeSurname(first)) return null
  const end = start + nameRaw.indexOf(surname) + surname.length
  if (AGE_APPOSITION().test(text.slice(end, end + 16))) return words
  const apposition = /^,[ \u00a0]+(?!(?:the|a|an|The|A|An)[ \u00a0])/u.exec(text.slice(end, end + 8))
  if (apposition === null) return null
  const part = topLevelParts(untilSentenceEnd(text.slice(end + apposition[0].length, end + 200)))[0] ?? ''
  // The office's head closes the words before its remit: "chief executive" of "chief executive of the RCN".
  const all = part.trim().split(/[ \u00a0]+/)
  const link = all.findIndex((w) => REMIT_LINK_WORDS.has(w))
  const head = link < 0 ? all : all.slice(0, link)
  return head.length > 0 &&
    head.length <= OFFICE_HEAD_WORDS &&
    lexicon.roleNouns.has(head.at(-1)!.toLowerCase()) &&
    !hasFiniteVerb(part, lexicon)
    ? words
    : null
}

/** The "and" that joins the last entry of a list, then a name of two words: " and Ann Lee". */
const AND_THEN_NAME = lazyRegExp(
  String.raw`^,?[ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3}(\p{Lu}[\p{Ll}’'-]{1,20})[ \u00a0]{1,3}(\p{Lu}[\p{Ll}’'-]{1,20})(?![\p{L}])`,
  'u',
)

/**
 * A first name and a surname that is a body's word in the plural ("Courts", "Homes"), as an entry
 * of a list of three people or more: "Harry Courts" of "Paul Mills, Harry Courts and Ann Lee" or of
 * "Ann Lee, Paul Mills and Harry Courts". A list's entry between a name and "and" is no apposition
 * ("Paul Mills, Harry Courts, said" keeps the role).
 */
function surnameInListOfPeople(
  text: string,
  start: number,
  nameRaw: string,
  lexicon: Lexicon,
  previous: PersonMention | undefined,
  earlier: PersonMention | undefined,
): string[] | null {
  if (previous === undefined) return null
  const words = nameRaw.trim().split(/[ \u00a0]+/)
  if (words.length !== 2) return null
  const [first, surname] = words as [string, string]
  if (!BARE_NAME_WORD().test(surname) || !bodyWordInPlural(surname, lexicon) || TITLE_SET.has(surname))
    return null
  if (!isNameWord(first, lexicon) || PLACE_OPENER_SET.has(first) || describesBeforeSurname(first)) return null
  const gap = text.slice(previous.end, start)
  const end = start + nameRaw.indexOf(surname) + surname.length
  // Its middle entry: a name, a comma, then it and "and" before the last one.
  if (COMMA_BETWEEN.test(gap)) {
    const next = AND_THEN_NAME().exec(text.slice(end, end + 60))
    return next !== null && isNameWord(next[1]!, lexicon) && isNameWord(next[2]!, lexicon) ? words : null
  }
  // Its last entry: the two before it joined by a comma, it after "and".
  return (AND_BETWEEN.test(gap) || COMMA_AND_BETWEEN.test(gap)) &&
    earlier !== undefined &&
    COMMA_BETWEEN.test(text.slice(earlier.end, previous.start))
    ? words
    : null
}

/** Words that open an office's remit: "of the RCN", "for housing", "at Acme", "to the Minister". */
const REMIT_LINK_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'to'])
/** At most this many words before an office's remit: "deputy chief executive officer". */
const OFFICE_HEAD_WORDS = 4

/** A surname alone after an honorific ("Mr Watch", "Ms Ranger"), whatever word it is; null otherwise. */
function surnameAfterHonorific(titleRaw: string, nameRaw: string): string[] | null {
  const surname = /^[^ \u00a0]+/.exec(nameRaw)?.[0] ?? ''
  return HONORIFIC_WORDS.has(titleRaw.trim().replace(/\.$/, '')) &&
    BARE_NAME_WORD().test(surname) &&
    !TITLE_SET.has(surname)
    ? [surname]
    : null
}

/** "to the" right before a remit's last word: "to the " of "to the United States". */
const SERVED_BEFORE = /^to[ \u00a0]the$/

/**
 * True when the last word of an office's run can be a surname alone after the remit: the word
 * before it ends a remit ("Member for Cairns"), not one that opens a place's name ("Member for
 * Mount Druitt"), and it is a name's word.
 */
function surnameAfterRemit(run: readonly string[], lexicon: Lexicon): boolean {
  const remitEnd = run.at(-2) ?? ''
  const surname = run.at(-1) ?? ''
  return (
    run.length >= 4 &&
    /^\p{Lu}/u.test(remitEnd) &&
    !PLACE_OPENER_SET.has(remitEnd) &&
    // "Ambassador to the United States said": the words after "to" name whom the office serves.
    !SERVED_BEFORE.test(run.slice(-4, -2).join(' ')) &&
    // "Minister for Health Care": a word that carries the remit on, or a remit's noun, is no surname.
    !REMIT_GOES_ON.has(surname) &&
    !OFFICE_NOUN_END.test(surname) &&
    BARE_NAME_WORD().test(surname) &&
    isNameWord(surname, lexicon)
  )
}

/** Capitalised words up to " to the " right before a title: "Senior Counsel to the ", "Chief of Staff to the ". */
const SERVING_BEFORE = lazyRegExp(
  String.raw`(?<![\p{L}’'-])((?:\p{Lu}[\p{L}-]{1,20}[ \u00a0](?:of[ \u00a0])?){0,3}\p{Lu}[\p{L}-]{1,20})[ \u00a0]to[ \u00a0]the[ \u00a0]$`,
  'u',
)
const SERVING_BEFORE_REACH = 90

/**
 * Where an office that serves the titled office at `at` starts ("Senior Counsel to the " before
 * "Attorney General"), or `at` when none stands there: the words end in a serving office, so
 * "Thanks to the Attorney General" is none.
 */
function servingOfficeBefore(text: string, at: number): number {
  const from = Math.max(0, at - SERVING_BEFORE_REACH)
  const m = SERVING_BEFORE().exec(text.slice(from, at))
  if (m === null) return at
  const office = m[1]!
  return SERVING_OFFICES.some((o) => office === o || office.endsWith(` ${o}`)) ? from + m.index : at
}

/** The remit of an office, in apposition after the holder's name: ", in charge of ", ", responsible for ". */
const REMIT_APPOSITION_AFTER =
  /^,[ \u00a0]{1,3}(?:in[ \u00a0]charge[ \u00a0]of|responsible[ \u00a0]for)[ \u00a0]/

/**
 * The office before a name when its remit follows the name: "Executive Vice-President Margrethe
 * Vestager, in charge of competition policy," holds the office of Executive Vice-President. A rank
 * or an honorific ("Detective Inspector Jane Smith, in charge of the inquiry") is no office of that kind.
 */
function officeOfRemitAfter(text: string, p: PersonMention): string | null {
  if (p.title === null || !REMIT_APPOSITION_AFTER.test(text.slice(p.end, p.end + 24))) return null
  const last = p.title
    .split(/[ \u00a0]+/)
    .at(-1)!
    .replace(/\.$/, '')
  if (
    HONORIFIC_WORDS.has(last) ||
    RANK_HEAD_SET.has(last.toLowerCase()) ||
    RANK_SHORT_HEADS.has(last.toLowerCase())
  )
    return null
  return p.title
}

/** A title read as a word and an office's head whose word is an article or a possessive: "The Commissioner". */
const ARTICLE_TITLE = lazyRegExp(
  `^(?:The|This|That|Our|Their|Its|His|Her)[ \\u00a0]+(?:${OFFICE_HEADS.join('|')})(?![\\p{L}])`,
  'u',
)

const HONORIFIC_WORDS = new Set(HONORIFICS)
/** A word in capitals, then a name of its own after it: "Sir " of "Sir Chris Whitty". Group 1 is the word. */
const HONORIFICS_OPENING = lazyRegExp(String.raw`^(\p{Lu}\p{Ll}{1,11})\.?[ \u00a0]+(?=\p{Lu})`, 'u')
const TITLE_SET: ReadonlySet<string> = new Set(TITLES)

/** True when a title read before a name ends in a title's plural: "Reps.", "Chief Constables"; not "Mrs". */
function pluralTitle(title: string, lexicon: Lexicon): boolean {
  const last =
    trimEndChars(title, '.,')
      .split(/[ \u00a0]/)
      .at(-1) ?? ''
  return lexicon.pluralTitleWords.has(last)
}

/**
 * A second name right after a first: " and John Roe", ", John Roe", or after the first one's "of"
 * phrase (" of Maryland and John Conyers").
 */
const NEXT_NAME = lazyRegExp(
  String.raw`^(?:[ \u00a0](?:of|from)[ \u00a0][^,;]{1,80}?)?(?:,[ \u00a0]{1,3}|[ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3})\p{Lu}`,
  'u',
)

/**
 * True when the one word read as a name after a title completes a listed title: "appointed
 * Director General of the IOPC" names an office, not a Mr General.
 */
function completesTitle(titleRaw: string | undefined, tokens: readonly string[]): boolean {
  if (titleRaw === undefined || tokens.length !== 1) return false
  const title = titleRaw.trimEnd()
  const last = title.slice(Math.max(title.lastIndexOf(' '), title.lastIndexOf('\u00a0')) + 1)
  return TITLE_SET.has(`${last} ${tokens[0]}`)
}

/** Offices of two words or more, as listed: "Attorney General", "Surgeon General". */
const TWO_WORD_OFFICES: () => ReadonlySet<string> = onFirstUse(
  () => new Set([...TITLES, ...REMIT_OFFICES].filter((o) => o.includes(' '))),
)
/**
 * True when a word read alone as a surname closes a listed office with the word before it: "the
 * Attorney General", "John Roe, the Surgeon General" name an office, not a Mr General.
 */
function closesOffice(text: string, at: number, word: string): boolean {
  const before = CAPITALISED_BEFORE().exec(text.slice(Math.max(0, at - 26), at))
  return before !== null && TWO_WORD_OFFICES().has(`${before[1]} ${word}`)
}

/** A word in capitals right after another: " Officer" of "Chief Medical Officer". */
const NEXT_CAPITALISED = lazyRegExp(String.raw`^[ \u00a0](\p{Lu}\p{Ll}{2,20})(?![\p{L}-])`, 'u')

/**
 * True when the words read as a name after a title are followed by a role's noun or a body's word
 * in capitals, so that all are one office or one body's name: "Chief Medical Officer", "Deputy
 * Returning Officer", "Chief Scientific Adviser" name an office, not a Mr Medical; "Head of the
 * National Police Chiefs’ Council Operations Coordination Committee" names no Operations Coordination.
 */
function wordWithinOffice(
  text: string,
  at: number,
  nameRaw: string,
  titleRaw: string | undefined,
  tokens: readonly string[],
  lexicon: Lexicon,
): boolean {
  if (titleRaw === undefined) return false
  const last = tokens.at(-1)!
  const end = at + nameRaw.lastIndexOf(last) + last.length
  const next = NEXT_CAPITALISED()
    .exec(text.slice(end, end + 24))?.[1]
    ?.toLowerCase()
  if (next === undefined) return false
  return lexicon.organisationWords.has(next) || (tokens.length === 1 && lexicon.roleNouns.has(next))
}

const LOWER_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES)
const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...SURNAME_PARTICLES])
/** The last words of offices with a remit: "Executive" of "Chief Executive of …" is the office's. */
const OFFICE_ENDS: ReadonlySet<string> = new Set(
  [...OFFICE_HEADS, ...REMIT_OFFICES].map((o) => o.split(' ').at(-1)!.toLowerCase()),
)

/** A body's word that no office ends with: "Office", "Department", "Ministry". */
function bodyWord(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase()
  return lexicon.organisationWords.has(lower) && !OFFICE_ENDS.has(lower)
}

/** A word and the link after it: "Minister for ", "Office of ". Group 1: the word. */
const WORD_THEN_LINK = lazyRegExp(
  String.raw`([\p{L}’'-]{1,30})\s(?:for|of|to|in the|in(?=\s(?!Charge\b)\p{Lu}))\s`,
  'gu',
)
/**
 * The word that links an office to its remit: "Minister for Justice", "Ambassador to the United
 * Nations", "Representative in Sudan" ("in Charge" closes a rank, "Special Agent in Charge").
 */
const REMIT_LINK_IN = /\s(?:for|of|to|in the|in(?=\s(?!Charge\b)\p{Lu}))\s/u
/** ", who" or ", whose" after a name: a relative clause that only a person's name takes. */
const PERSON_RELATIVE_AFTER = /^,?[ \u00a0]+(?:who|whose)[ \u00a0]/
/** A word that leaves an office's remit open: no name stands right after it. */
const OPEN_REMIT = /^(?:of|for|to|the|and)$/
/** The ending of a remit's noun, never a first name's: "… Māori Development Te Kani", "… Prosecutions". */
const OFFICE_NOUN_END = /(?:ment|tion|sion|ship|ness|ics)s?$/

/** How many of a run's last words hold `keep` words of a name, with the particles between them. */
function withParticles(run: readonly string[], keep: number, particles: ReadonlySet<string>): number {
  let taken = 0
  for (let words = 0; words < keep && taken < run.length; taken++) {
    if (!particles.has(run[run.length - 1 - taken]!)) words++
  }
  return taken
}

/** A letter that English words do not carry, as names do: "María", "João", "Ángel". */
const ACCENTED = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/u
/** The most words a name holds, particles aside, as the person pattern reads them. */
const NAME_WORDS_MAX = 4

/**
 * The run's last `taken` words grown over the accented name words right before them: a remit is
 * written in English words, so in "Commissioner for Home Affairs María José Pérez" the remit ends
 * at "Affairs". The office keeps its head, its "for" or "of" and one word of its remit.
 */
function withAccentedNames(run: readonly string[], taken: number, lexicon: Lexicon): number {
  const link = run.findIndex((w) => w === 'for' || w === 'of' || w === 'to')
  const remitWords = link + (run[link + 1] === 'the' ? 3 : 2)
  let words = run.slice(-taken).filter((w) => !PARTICLES.has(w)).length
  let grown = taken
  while (words < NAME_WORDS_MAX && run.length - grown - 1 >= remitWords) {
    const word = run.at(-grown - 1)!
    if (!ACCENTED.test(word) || OFFICE_NOUN_END.test(word) || !isRunName([word], lexicon)) break
    grown++
    words++
  }
  return grown
}

const MINISTRY_FIELD_SET: ReadonlySet<string> = new Set(MINISTRY_FIELDS)
/** A word that carries a remit on ("Health Care"): no name opens with it. */
const REMIT_GOES_ON: ReadonlySet<string> = new Set([...MINISTRY_FIELDS, ...REMIT_CONTINUATIONS])

/**
 * True when the word before a run's last `taken` words ends a remit and opens no name: a word in
 * capitals that names no one ("Union", "Police"), a remit's noun ("Development") or the field a
 * ministry is named for ("Justice", "Health").
 */
function remitEndsBefore(run: readonly string[], taken: number, lexicon: Lexicon): boolean {
  const end = run.at(-taken - 1)
  if (end === undefined || !/^\p{Lu}/u.test(end)) return false
  return !isNameWord(end, lexicon) || OFFICE_NOUN_END.test(end) || MINISTRY_FIELD_SET.has(end)
}

/**
 * True when an office's words end in a word that closes its remit, as `remitEndsBefore` reads it:
 * "Prosecutions" of "Director of Public Prosecutions", "Health" of "Minister for Health".
 */
export function remitClosesBefore(office: string, lexicon: Lexicon): boolean {
  const run = office.trim().split(/[ \u00a0]+/)
  return remitEndsBefore(run, 0, lexicon)
}

/** A name and the comma after it, right before a mention: "Jim Smith, " of "Jim Smith, Chair of …". */
const NAME_THEN_COMMA = /\p{Lu}[\p{Ll}’'-]+,[ \u00a0]{1,3}$/u
const BODY_END_SET: ReadonlySet<string> = new Set(ORGANISATION_NAME_ENDS)

/**
 * True when an office's run ends in a body's name: its last word ends a firm's name and no
 * surname ("… National Australia Bank", "… Acme Motors"); or it is a body's word in the plural,
 * a surname too ("Banks"), and the office stands in apposition after a name ("Jim Smith, Chair of
 * Allied Irish Banks,"), where a second person would be joined by "and".
 */
function remitNamesBody(run: readonly string[], text: string, start: number, lexicon: Lexicon): boolean {
  const last = run.at(-1) ?? ''
  if (FIRM_END_SET.has(last)) return true
  return bodyWordInPlural(last, lexicon) && NAME_THEN_COMMA.test(text.slice(Math.max(0, start - 40), start))
}

/** A body's word in the plural, which may be a surname too: "Banks", "Funds". */
function bodyWordInPlural(word: string, lexicon: Lexicon): boolean {
  const singular = /s$/.test(word) ? word.slice(0, -1).toLowerCase() : ''
  return lexicon.organisationWords.has(singular) || BODY_END_SET.has(singular)
}

/** True when the last words of an office's run can all be a name's: "Aoife Ní Bhriain", "Ahmed al-Farsi". */
function isRunName(named: readonly string[], lexicon: Lexicon): boolean {
  return named.every(
    (t) =>
      isNameWord(t, lexicon) &&
      !/[,;]$/.test(t) &&
      (/^\p{Lu}/u.test(t) || PARTICLES.has(t) || PREFIXED_NAME_WORD().test(t)),
  )
}

/**
 * A unit's name in capitals that opens `nameRaw` (read at `at`, right after a title), then a name
 * of two words or more: "Crime Command " and "Lesa Gale" in "… Crime Command Lesa Gale". The unit
 * ends in a unit noun ("Command", "Division", "Squad"); the name is read again after it, so it may
 * run past the words the pattern took.
 */
function unitThenName(
  text: string,
  at: number,
  nameRaw: string,
  lexicon: Lexicon,
): { unit: string; name: string; tokens: string[] } | null {
  const words = nameRaw.split(/[ \u00a0]+/)
  const last = words.findLastIndex((w) => UNIT_NOUN_SET.has(w.toLowerCase()))
  if (last < 0 || last === words.length - 1) return null
  const unitWords = words.slice(0, last + 1)
  if (!unitWords.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null
  const unitLength = nameRaw.indexOf(words[last + 1]!, unitWords.join(' ').length)
  return nameAfterUnit(text, at, unitLength, 2, lexicon)
}

/**
 * The words from `at` to `at + unitLength` as a unit of the title, and the name with no title of
 * its own read after them, of `fewest` words or more; null when none stands there.
 */
function nameAfterUnit(
  text: string,
  at: number,
  unitLength: number,
  fewest: number,
  lexicon: Lexicon,
): { unit: string; name: string; tokens: string[] } | null {
  const re = lexicon.personAt
  re.lastIndex = at + unitLength
  const m = re.exec(text)
  if (m === null || m[PERSON_TITLE] !== undefined) return null
  const name = m[PERSON_NAME] ?? ''
  const tokens = nameTokens(name, lexicon, true)
  if (tokens === null || tokens.length < fewest) return null
  return { unit: text.slice(at, at + unitLength), name, tokens }
}

const HEAD_OPENS = lazyRegExp(String.raw`^(\p{Lu}\p{Ll}{2,20})[ \u00a0]+`, 'u')

/** The office head that opens `nameRaw` ("Officer Jane Doe") and the name after it, or null. */
function headThenName(
  text: string,
  at: number,
  nameRaw: string,
  lexicon: Lexicon,
): { unit: string; name: string; tokens: string[] } | null {
  const head = HEAD_OPENS().exec(nameRaw)
  if (head === null || !OFFICE_HEAD_SET.has(head[1]!)) return null
  return nameAfterUnit(text, at, head[0].length, 1, lexicon)
}

/**
 * Where a title that a comma closes ends in `titleRaw` (just past the comma), or -1: at its end
 * ("Home Superintendent, "), or before a second title that opens a person on its own ("Chair,
 * Chief Constable "), not inside one office ("Police, Fire and Crime Commissioner").
 */
function apposedTitleEnd(titleRaw: string, text: string, start: number, lexicon: Lexicon): number {
  if (/,\s*$/.test(titleRaw)) return titleRaw.length
  const comma = titleRaw.indexOf(',')
  if (comma < 0) return -1
  const next = comma + 1 + (/^\s*/.exec(titleRaw.slice(comma + 1))?.[0].length ?? 0)
  return startsTitledPerson(text, start + next, lexicon) ? comma + 1 : -1
}

/** True when a capitalised word stands right before `at`, one space between: "Home Superintendent". */
function capitalisedWordBefore(text: string, at: number): boolean {
  if (!/[ \u00a0]/.test(text[at - 1] ?? '')) return false
  let i = at - 1
  while (i > 0 && /[\p{L}’'-]/u.test(text[i - 1]!)) i--
  return i < at - 1 && /\p{Lu}/u.test(text[i]!)
}

/**
 * An office written with its remit before the name is also the person's role, by the release's
 * own words: "Commissioner for the Security Union Julian King" (an honorific after it is not).
 */
function remitOffice(title: string | null, lexicon: Lexicon): string | null {
  // "Federal Bureau of Investigation (FBI) Special Agent in Charge": the "of" of the agency's
  // name, before its acronym, is no remit of the office; nor is the "of" after a body's word
  // ("Office of Inspector General Special Agent in Charge").
  if (title === null) return null
  const links = [...title.slice(title.lastIndexOf(') ') + 1).matchAll(WORD_THEN_LINK())]
  if (!links.some((m) => !bodyWord(m[1]!, lexicon))) return null
  const words = title.split(/\s+/)
  const honoured = words.length
  while (words.length > 1 && HONORIFIC_WORDS.has(words.at(-1)!.replace(/\.$/, ''))) words.pop()
  // "Minister for Police the Hon", "Prime Minister the Rt Hon": "the" and "Rt" go with the honorific.
  if (words.length < honoured) while (words.length > 1 && HONOURABLE_JOINS.has(words.at(-1)!)) words.pop()
  return words.join(' ')
}
const HONOURABLE_JOINS: ReadonlySet<string> = new Set(['Right', 'Rt', 'Rt.', 'the'])

/**
 * Where a person may start: a capital, or any character past Latin-1 but for the general
 * punctuation block (curly quotes and dashes, which hold no letter); the sticky pattern decides.
 */
const CAPITAL = /[A-Z\u00c0-\u1fff\u2070-\uffff]/g

/**
 * The first person match at or after `from`. Same result as running the global pattern from
 * `from`, but the pattern is tried only where a capital stands: a scan for capitals is several
 * times cheaper than the pattern's own test of every position.
 */
export function nextPerson(lexicon: Lexicon, text: string, from: number): RegExpExecArray | null {
  const re = lexicon.personAt
  CAPITAL.lastIndex = from
  // `test`, not `exec`: no match object per capital. The class matches one code unit, so the
  // capital stands just before `lastIndex`, where the next search goes on.
  while (CAPITAL.test(text)) {
    const at = CAPITAL.lastIndex - 1
    // The pattern's opening test, for what stands before: no person starts after a letter, an
    // apostrophe or a hyphen ("NPCC", "O’Brien"); a capital inside a word costs no call then.
    const before = text.charCodeAt(at - 1)
    if (((before | 0x20) - 97) >>> 0 < 26 || before === 39 || before === 45 || before === 0x2019) continue
    re.lastIndex = at
    const m = re.exec(text)
    if (m !== null) return m
  }
  return null
}

/**
 * The titled person read again up to the first comma of a title that runs over one, when an office
 * opens the words after the comma ("… of Police Jane Tan, Director of …", "… for Wales Jane Doe,
 * Chief Executive of …"): the match of title and name ending at the comma, or null.
 */
function personBeforeApposedOffice(
  text: string,
  start: number,
  titleRaw: string,
  nameRaw: string,
  lexicon: Lexicon,
): RegExpExecArray | null {
  const comma = titleRaw.indexOf(', ')
  if (comma < 0 || !opensWithRoleNoun(`${titleRaw.slice(comma + 2)}${nameRaw}`, lexicon)) return null
  const re = lexicon.personAt
  re.lastIndex = start
  const m = re.exec(text.slice(0, start + comma))
  return m !== null && m.index === start && m[PERSON_TITLE] !== undefined && m[0].length === comma ? m : null
}

/** " and " inside a title as read: where a second person may open. */
const AND_IN_TITLE = /[ \u00a0]and[ \u00a0]/g

/**
 * The first person when a title read at `start` holds their name, "and" and a second titled
 * person's office ("Minister for Health Jane Doe and Minister for Justice "), or the second one's
 * name alone ("Director of Public Health Jane Doe and " before "Tom Baker"): the match up to the
 * "and" (or a comma before it), when it holds a title and a name of its own; null otherwise
 * ("Police and Crime Commissioner", "Deputy Premier and Minister for Health", one office or two
 * of one person; "Minister for Health and Ageing Jane Doe", a remit's "and").
 */
function personBeforeSecondOffice(
  text: string,
  start: number,
  titleRaw: string,
  nameRaw: string,
  lexicon: Lexicon,
): RegExpExecArray | null {
  for (const and of titleRaw.matchAll(AND_IN_TITLE)) {
    const after = and.index + and[0].length
    // "Director of Public Health Jane Doe and Tom Baker": the second person's name alone ends the
    // run, as a titled person does ("… and Deputy Director Tom Baker").
    if (
      !nextIsTitledPerson(text, start + after, lexicon) &&
      !bareSecondName(`${titleRaw.slice(after)}${nameRaw}`, lexicon)
    )
      continue
    // The words before "and" end in a name of two words, not in a remit's ("for Health").
    const m = personEndingAt(
      text,
      start,
      titleRaw[and.index - 1] === ',' ? and.index - 1 : and.index,
      lexicon,
    )
    if (m !== null) return m
  }
  return null
}

/**
 * The person read again from `start` up to `cut` characters into its title, when that reading has
 * a title and ends in a name of two words, not in a remit's word; null otherwise.
 */
function personEndingAt(text: string, start: number, cut: number, lexicon: Lexicon): RegExpExecArray | null {
  const re = lexicon.personAt
  re.lastIndex = start
  const m = re.exec(text.slice(0, start + cut))
  if (m === null || m[PERSON_TITLE] === undefined || m[0].length !== cut) return null
  const words = m[0].trim().split(/[ \u00a0]+/)
  return words.length >= 3 && isRunName(words.slice(-2), lexicon) && !REMIT_GOES_ON.has(words.at(-1)!)
    ? m
    : null
}

/** ", and " inside a title as read: where a list's last entry opens. */
const COMMA_AND_IN_TITLE = /,[ \u00a0](?:and|&)[ \u00a0]/
/** A name and its comma right before a mention: "Jane Doe, " of "Jane Doe, Director of …". */
const APPOSED_TO_NAME = lazyRegExp(String.raw`\p{Lu}[\p{Ll}’'-]+,[ \u00a0]{1,3}$`, 'u')

/**
 * Where a second person's bare name starts, counted from `start`, when a title read in apposition
 * after a name runs on over ", and" into that name ("Director of Public Health, and Tom Baker" after
 * "Jane Doe, "); -1 otherwise ("…, Food, and Rural Affairs Jane Doe", one office).
 */
function secondNameAfterApposedOffice(
  text: string,
  start: number,
  titleRaw: string,
  nameRaw: string,
  lexicon: Lexicon,
  phrase: boolean,
): number {
  if (!APPOSED_TO_NAME().test(text.slice(Math.max(0, start - 40), start))) return -1
  const and = COMMA_AND_IN_TITLE.exec(titleRaw)
  if (and === null) return secondNameAfterRemit(text, start, titleRaw, nameRaw, lexicon, phrase)
  const at = and.index + and[0].length
  const words = `${titleRaw.slice(at)}${nameRaw}`.trim().split(/[ \u00a0]+/)
  return words.length >= 2 &&
    words.length <= 3 &&
    isRunName(words, lexicon) &&
    words.every((w) => BARE_NAME_WORD().test(w) && !REMIT_GOES_ON.has(w) && !TITLE_SET.has(w))
    ? at
    : -1
}

/** A word in lower case right after a name: " said" of "… and Tom Baker said". Group 1 is the word. */
const WORD_AFTER_NAME = lazyRegExp(String.raw`^[ \u00a0]{1,3}(\p{Ll}{2,20})(?![\p{L}])`, 'u')

/**
 * Where a second person's name starts, counted from `start`, when an office's remit in capitals
 * read in apposition after a name runs on over "and" with no comma into that name, and a verb of
 * saying follows it ("Director of Public Health and Tom Baker said", "… and Dr Tom Baker said");
 * -1 when the words after "and" are a field's ("… of Research and Data Science said") or no verb
 * of saying follows.
 */
function secondNameAfterRemit(
  text: string,
  start: number,
  titleRaw: string,
  nameRaw: string,
  lexicon: Lexicon,
  phrase: boolean,
): number {
  // The last " and " of the title, with no comma after it: where a second name may open.
  const spaced = titleRaw.replace(/\u00a0/g, ' ')
  const andAt = spaced.lastIndexOf(' and ')
  if (andAt < 0 || spaced.includes(',', andAt)) return -1
  const field = remitField(titleRaw.slice(0, andAt), lexicon, true)
  if (field === null || !CAPITALISED_PART().test(field) || !namesField(field, lexicon)) return -1
  // The cue follows the name, or the phrase read alone ends with it (its cue was cut off), right
  // after it or after its own apposition ("… and Tom Baker, Director of Finance, said").
  const rest = text.slice(start + titleRaw.length + nameRaw.length)
  const apposed = afterApposedRole(rest, lexicon)
  if (!closesAtCue(rest, lexicon, phrase) && (apposed === null || !closesAtCue(apposed, lexicon, phrase)))
    return -1
  const at = andAt + ' and '.length
  return bareSecondName(`${titleRaw.slice(at)}${nameRaw}`, lexicon) ? at : -1
}

/** True when a cue follows at once, or the phrase read alone ends (its cue was cut off): " said", ",". */
function closesAtCue(rest: string, lexicon: Lexicon, phrase: boolean): boolean {
  if (phrase && /^[.,]?$/.test(rest.trim())) return true
  const cue = WORD_AFTER_NAME().exec(rest.replace(/^,/, ''))
  return cue !== null && lexicon.cueWords.has(cue[1]!)
}

/** A comma part right after a name, up to the next mark: ", Director of Finance" of ", Director of Finance, said". */
const APPOSED_PART = lazyRegExp(String.raw`^,[ \u00a0]{1,3}([^,;:.!?“”"()\n]{1,80})`, 'u')

/**
 * The words after a name's own apposition, when one follows it that names a role: ", said" of
 * ", Director of Finance, said", " said" of ", the chair said"; null when it names none (", who
 * was there", ", Jane Doe").
 */
function afterApposedRole(rest: string, lexicon: Lexicon): string | null {
  const m = APPOSED_PART().exec(rest)
  if (m === null) return null
  const part = m[1]!
  // "…, the chair said": the cue closing the apposition is the one read after it.
  const role = stripTrailingCue(part, lexicon).trim()
  if (
    role.length === 0 ||
    RELATIVE.test(role) ||
    isOtherPerson(role, lexicon) ||
    !(startsLikeRole(role) || hasRoleNoun(role, lexicon))
  )
    return null
  return role.length < part.trim().length
    ? ` ${part.trim().slice(role.length).trim()}`
    : rest.slice(m[0].length)
}

/**
 * True when the words after a joining "and" are a person's name alone, of two or three words, or
 * of one or more after an honorific ("Tom Baker", "Dr Tom Baker"); false when a word is an office's,
 * a remit's or a field's ("Data Science", "Rural Affairs").
 */
function bareSecondName(after: string, lexicon: Lexicon): boolean {
  const words = after.trim().split(/[ \u00a0]+/)
  // "… and Dr Tom Baker said": an honorific opens the name.
  const named = HONORIFIC_WORDS.has(trimEndChars(words[0]!, '.')) ? words.slice(1) : words
  return (
    named.length >= (named === words ? 2 : 1) &&
    named.length <= 3 &&
    isRunName(named, lexicon) &&
    named.every(
      (w) =>
        BARE_NAME_WORD().test(w) &&
        !REMIT_GOES_ON.has(w) &&
        !TITLE_SET.has(w) &&
        !FIELD_NAME_WORD_SET.has(w) &&
        !FIELD_NOUN_END.has(w.toLowerCase()),
    ) &&
    !namesField(named.join(' '), lexicon)
  )
}

/** " at " with no "the" after it, inside a title as read: where a body's name may open. */
const BARE_AT_IN_TITLE = /[ \u00a0]at[ \u00a0](?!the[ \u00a0])/g

/**
 * The person read again up to a bare " at " in the title, when the words read after the body hold
 * no name ("Head of Policy Jane Doe at Acme Group"): the match up to "at" when it ends in a name of
 * two words; null otherwise ("Lecturer in Nursing at Leeds Beckett University Jane Doe").
 */
function personBeforeBareAt(
  text: string,
  start: number,
  titleRaw: string,
  nameRaw: string,
  lexicon: Lexicon,
): RegExpExecArray | null {
  if (!titleRaw.includes(' at ') || nameTokens(nameRaw, lexicon, true) !== null) return null
  for (const at of titleRaw.matchAll(BARE_AT_IN_TITLE)) {
    const m = personEndingAt(text, start, at.index, lexicon)
    if (m !== null) return m
  }
  return null
}

/** An acronym in brackets right after words in capitals: "(HSI)", "(IRS-CI)". Group 1: the acronym. */
const ACRONYM_AFTER = lazyRegExp(String.raw`^[ \u00a0]\((\p{Lu}[\p{Lu}&-]{1,10})\)`, 'u')

/**
 * True when the words are a body's name, spelled by the acronym in brackets after them:
 * "Homeland Security Investigations (HSI)", not "Jane Smith (SIO)".
 */
function spelledAfter(text: string, end: number, words: readonly string[]): boolean {
  const acronym = ACRONYM_AFTER().exec(text.slice(end, end + 16))?.[1]
  return acronym !== undefined && acronym.replace(/[&-]/g, '') === words.map((w) => w.charAt(0)).join('')
}

/** "Department of ", "Director of the ": a body's or an office's word in capitals and the link to the rest of its name. */
const BODY_WORD_OF = lazyRegExp(
  String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}{2,20})[ \u00a0]{1,3}(?:of|for)[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?$`,
  'u',
)

/**
 * True when the words at `start` complete a body's name or an office's: "Department of Homeland
 * Security", "Office for National Statistics", "Director of Public Prosecutions", "Head of
 * Community Safety" name no person.
 */
function bodyComplementBefore(text: string, start: number, lexicon: Lexicon): boolean {
  const word = BODY_WORD_OF()
    .exec(text.slice(Math.max(0, start - 40), start))?.[1]
    ?.toLowerCase()
  return word !== undefined && (lexicon.organisationWords.has(word) || lexicon.roleNouns.has(word))
}

/** A company's legal form written in lower case or in capitals after its name: " plc", " LLC", " INC". */
const COMPANY_FORM_AFTER = lazyRegExp(String.raw`^[ \u00a0](?:plc|PLC|LLC|INC|LTD)(?![\p{L}])`, 'u')

const PREPOSITION_BEFORE = /(?:^|\s)(?:the|a|an|of|for|at|in|on|by|with|from|to|about|into|and|or)\s+$/i

/** True when a name closes a speaker phrase ("Republican presidential nominee Donald Trump", "Tapper"). */
function endsPhrase(text: string, start: number, end: number, single = false, lexicon?: Lexicon): boolean {
  // An age may follow the name: "Abraham, 92, said".
  if (!/^(?:,[ \u00a0]?\d{1,3},?)?[\s,.;:]*$/.test(text.slice(end))) return false
  const before = text.slice(Math.max(0, start - 30), start)
  if (PREPOSITION_BEFORE.test(before)) return false
  // "Smith’s Jane Doe" is no one's name after a person's; after a body's ("Kent Police’s Jane
  // Smith", "the FBI’s Jane Smith") the name is its member's.
  const owner = OWNER_BEFORE().exec(before)
  if (owner && !(lexicon && possessiveBody(owner[1]!, before.slice(0, owner.index + 1), lexicon)))
    return false
  if (!single) return true
  // "Cardiff Central": a word of a longer capitalised run is not a name on its own; a comma ends
  // the run ("Later, Hansen added").
  const previous = trimEndChars(before).split(/\s/).at(-1) ?? ''
  return (
    !/^\p{Lu}/u.test(previous) ||
    /[,;:]$/.test(previous) ||
    describesBeforeSurname(previous) ||
    // "said Secretary Blinken", "said Ambassador Smith": an office addresses the surname after it.
    lexicon?.roleNouns.has(previous.toLowerCase()) === true
  )
}

/** A word in the possessive right before a name: "Police’s " of "Kent Police’s ". Group 1: the word. */
const OWNER_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}\d’'-])(\p{L}[\p{L}\d-]{0,30})[’']s\s+$`, 'u')

/**
 * "and" alone after a name, ending the phrase: "Police named him as Tom Baker and", the name an
 * object; or after a clause or apposition about the name set off by commas ("Police thanked Jane
 * Doe, who was at the scene, and", "…, a witness, and").
 */
const AND_ENDS_PHRASE = /^(?:,[ \u00a0]{1,3}[^,;:“”"\n]{1,120})?,?[ \u00a0]{1,3}and[ \u00a0]*$/

/** True when a name opens a clause that goes on in lower case: "Already, Donald J. Trump has denounced …". */
function opensClause(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start)
  return (
    (start === 0 || /(?:[,;:(]|[.!?])\s*$/.test(before)) &&
    /^[ \u00a0]+\p{Ll}/u.test(text.slice(end, end + 3))
  )
}

function firstWordLength(text: string, at: number): number {
  const m = /^[^\s]+/.exec(text.slice(at, at + 60))
  return m ? m[0].length : 1
}

/** The name's words, without trailing words that cannot be a name's; null when none is left. */
function nameTokens(name: string, lexicon: Lexicon, titled: boolean): string[] | null {
  const tokens = name.split(/[ \u00a0]+/)
  while (tokens.length > 0 && !isNameWord(tokens.at(-1)!, lexicon)) tokens.pop()
  if (tokens.length === 0) return null
  // "said Republican Jane Harris": a party opening a bare name of three words or more is no part
  // of it; nor is a trade ("Shopkeeper Tom Baker said") or a family tie ("Father-of-three Tom Baker"),
  // which describe the person before a surname alone too ("Nurse Smith said").
  if (
    !titled &&
    ((tokens.length > 2 &&
      (PARTY_SET.has(tokens[0]!) || isOccupationWord(tokens[0]!) || isFamilyWord(tokens[0]!))) ||
      (tokens.length === 2 && describesBeforeSurname(tokens[0]!)))
  )
    return null
  // "House Speaker Amy Poe": a title inside a bare name opens the titled name after it.
  if (!titled && tokens.slice(1, -1).some((t) => midNameTitles().has(t))) return null
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    if (isNameWord(t, lexicon)) continue
    // "KC Becker", "J.D. Smith": the letters of an honour or a degree opening a name, before more
    // of it, are the initials of a first name; after a name they close it ("Dorothy Bain KC").
    if (k === 0 && tokens.length > 1 && INITIALS_PAIR().test(t) && lexicon.postNominals.has(t)) continue
    // "Acting United States Attorney April M. Leon": after a title, a month that more of the
    // name follows is a first name.
    if (!(titled && k === 0 && tokens.length > 1 && MONTH_FIRST_NAMES.has(t))) return null
  }
  if (!titled && tokens.every((t) => t.endsWith('.'))) return null
  return tokens
}

const MONTH_FIRST_NAMES: ReadonlySet<string> = new Set(FIRST_NAME_MONTHS)
/** A collar number closing a title read before a name (see `COLLAR_NUMBER` in patterns.ts). */
const COLLAR_NUMBER_END = /[ \u00a0]\d{2,6}[ \u00a0]*$/u
/** Titles that are names' words too: a surname ("Constable", "Bishop") or a given name ("Major"). */
const NAME_LIKE_TITLES: ReadonlySet<string> = new Set([
  'Agent',
  'Bishop',
  'Chief',
  'Constable',
  'Deputy',
  'General',
  'Judge',
  'Lady',
  'Lord',
  'Major',
  'Marshal',
  'Pastor',
  'Seaman',
  'Sheriff',
  'Trooper',
])
/** Titles that are given names too ("Dean"): a title only before a full name. */
const GIVEN_NAME_TITLES: readonly string[] = ['Dean']
/** A title's last word that is a given name too, and the space after it: group 1. */
const GIVEN_NAME_TITLE_END = lazyRegExp(
  `(?:^|(?<=[ \\u00a0]))((?:${GIVEN_NAME_TITLES.join('|')})[ \\u00a0]+)$`,
  'u',
)

/** True when the words hold a name of two words or more: "Jane Doe", not "Smith". */
function fullNameAfter(nameRaw: string, lexicon: Lexicon): boolean {
  return (nameTokens(nameRaw, lexicon, true)?.length ?? 0) >= 2
}

/** Titles of one word that no one bears as a middle name ("Speaker", "Governor"; not "Major"). */
const midNameTitles: () => ReadonlySet<string> = onFirstUse(
  () => new Set(TITLES.filter((t) => /^\p{Lu}\p{Ll}{3,}$/u.test(t) && !NAME_LIKE_TITLES.has(t))),
)
/** Only a comma between a name and the words after it: an apposition. */
const APPOSED_AFTER_NAME = /^,[ \u00a0]{1,3}$/
/** "and" or "&" after a name: a list of names goes on. */
const LIST_GOES_ON = /^,?[ \u00a0]{1,3}(?:and|&)[ \u00a0]/
/** Two initials written together: "KC", "J.D.". */
const INITIALS_PAIR = lazyRegExp(String.raw`^(?:\p{Lu}{2}|\p{Lu}\.\p{Lu}\.)$`, 'u')
const PLACE_OPENER_SET: ReadonlySet<string> = new Set(PLACE_NAME_OPENERS)
const THING_END_SET: ReadonlySet<string> = new Set(THING_NAME_ENDS)
const FIRM_END_SET: ReadonlySet<string> = new Set(FIRM_NAME_ENDS)
const OCCUPATION_SHAPED: ReadonlySet<string> = new Set(OCCUPATION_SHAPED_NAMES)
/** A trade's word in lower case: a head, alone or ending a compound, or a suffix after three letters. */
const OCCUPATION_WORD = lazyRegExp(
  `^(?:\\p{Ll}*(?:${OCCUPATION_HEADS.join('|')})|\\p{Ll}{3,}(?:${OCCUPATION_SUFFIXES.join('|')}))$`,
  'u',
)

/**
 * True when a capitalised word is shaped as a trade's or a calling's: "Shopkeeper", "Fisherman",
 * "Florist", "Businesswoman", "Farmer"; not a given name so shaped ("Norman").
 */
export function isOccupationWord(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    !OCCUPATION_SHAPED.has(word) &&
    OCCUPATION_WORD().test(word.toLowerCase())
  )
}

/** True when a word in lower case is shaped as a trade's or a calling's: "farmer", "shopkeeper", "florist". */
export function isOccupationNoun(word: string): boolean {
  return OCCUPATION_WORD().test(word)
}

/** Family words that also address a person before a surname alone, as a priest or a nun is ("Father Murphy"). */
const ADDRESSING_RELATIONS: ReadonlySet<string> = new Set([
  'aunt',
  'brother',
  'father',
  'mother',
  'sister',
  'uncle',
])

/**
 * True when a word before a surname alone describes the person rather than opening the name: a
 * trade ("Nurse Smith", "Butcher Baker") or a family tie that is no form of address ("Widow Smith",
 * "Father-of-three Smith"; not "Father Murphy").
 */
export function describesBeforeSurname(word: string): boolean {
  return isOccupationWord(word) || (isFamilyWord(word) && !ADDRESSING_RELATIONS.has(word.toLowerCase()))
}

/** A family tie in capitals, with a prefix or a count of children: "Grandmother", "Great-grandfather", "Mother-of-two". */
const FAMILY_WORD = lazyRegExp(String.raw`^(?:great-|step-)*(\p{Ll}+)(?:-of-(?:\p{Ll}+|\d{1,2}))?$`, 'u')

/**
 * True when a capitalised word names who the person is to their family: "Widow", "Grandmother",
 * "Great-grandfather", "Father-of-three", "Mum-of-two". It opens a description, as a trade does.
 */
export function isFamilyWord(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false
  const m = FAMILY_WORD().exec(word.toLowerCase())
  return m !== null && RELATION_WORDS.has(m[1]!)
}

const GROUP_WORD_SET: ReadonlySet<string> = new Set(GROUP_WORDS)

/** How many verdicts `Lexicon.nameWords` keeps before it starts again. */
const NAME_WORD_CACHE_LIMIT = 20_000

/** True when a capitalised word can be part of a person's name (not a rank, organisation word or cue). */
export function isNameWord(token: string, lexicon: Lexicon): boolean {
  const cache = lexicon.nameWords
  let verdict = cache.get(token)
  if (verdict === undefined) {
    if (cache.size >= NAME_WORD_CACHE_LIMIT) cache.clear()
    verdict = judgeNameWord(token, lexicon)
    cache.set(token, verdict)
  }
  return verdict
}

function judgeNameWord(token: string, lexicon: Lexicon): boolean {
  const lower = token.toLowerCase().replace(/[’']s$/, '')
  if (lexicon.postNominals.has(token)) return false
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower
  if (lexicon.notName.has(lower) || lexicon.roleNouns.has(lower) || lexicon.organisationWords.has(lower))
    return false
  if (lexicon.roleNouns.has(singular) || lexicon.organisationWords.has(singular)) return false
  // "Co-Chair", "Co-founders": an office shared is no name either.
  if (lower.startsWith('co-') && lexicon.roleNouns.has(singular.slice(3))) return false
  // "the Civil Rights Division said": a unit's name is nobody's; nor is a group's in the plural
  // ("Residents said"), unlike "Staff", a surname too.
  if (UNIT_NOUN_SET.has(lower) || (GROUP_WORD_SET.has(lower) && lower.endsWith('s'))) return false
  if (lexicon.cueWords.has(lower) || lexicon.pronouns.has(lower)) return false
  if (SUFFIX_WORDS.has(lower.replace(/\.$/, ''))) return false
  // A possessive ("Stacey’s work") ends a name phrase; it is not part of a speaker's name.
  return !/[’']s$/.test(token)
}

const AND_BETWEEN = /^[ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3}$/
const COMMA_AND_BETWEEN = /^,[ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3}$/
const COMMA_BETWEEN = /^,[ \u00a0]{1,3}$/
/** What stands right before a name that opens a clause: nothing, a sentence's stop, a colon or a bracket. */
const CLAUSE_OPENS_BEFORE = /(?:^|[(:;]|[.!?][ \u00a0\n])[ \u00a0\n]*$/
/**
 * A noun phrase opened by a possessive or "the", and the comma of the apposition it opens, right
 * before a name: "Her mother, " of "Her mother, Jane Doe", "said the victims, ". Not the object of
 * a preposition ("Speaking after the hearing, "): the name there opens the clause.
 */
const APPOSITION_OPENS = lazyRegExp(
  String.raw`(?:^|[^\p{L}])(?<!(?:^|[^\p{L}])(?:after|before|at|in|on|of|for|to|with|by|from|about|during)[ \u00a0])(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Tt]he)[ \u00a0][\p{L}’' \u00a0-]{2,40},[ \u00a0]$`,
  'u',
)

const LOWER_NAME_WORD = lazyRegExp(String.raw`[ \u00a0]\p{Ll}`, 'u')

/**
 * True when a name follows a person's mention and "and": "Jane Roe" of "Mark Green and Jane Roe
 * lead the team". Words in capitals only: in "Paul Jones and Mary do Things" no particle is read.
 */
function joinedToPerson(
  text: string,
  start: number,
  name: string,
  previous: PersonMention | undefined,
  lexicon: Lexicon,
  earlier?: PersonMention,
): boolean {
  if (previous === undefined || LOWER_NAME_WORD().test(name)) return false
  const written = text.slice(previous.end, start)
  // "Jane Doe, 45, and John Roe": the comma after an age closes it, not a list.
  const gap = withoutAge(written)
  // "Tom Baker, Mark Morgan, and Ali Khan": a comma before "and" closes a list of three or more,
  // an age ("Jane Doe, 45, and") or an apposition ("Her mother, Jane Doe, and").
  if (gap.length <= 7)
    return (
      AND_BETWEEN.test(gap) ||
      SEMICOLON_AND_BETWEEN.test(gap) ||
      (COMMA_AND_BETWEEN.test(gap) &&
        (gap !== written ||
          APPOSITION_OPENS().test(text.slice(Math.max(0, previous.start - 50), previous.start)) ||
          // "Jane Doe, and Tom Baker said": the first name opens the clause, so the comma and "and"
          // can join no clause of its own to the second.
          CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(0, previous.start - 3), previous.start)) ||
          (earlier !== undefined && COMMA_BETWEEN.test(text.slice(earlier.end, previous.start)))))
    )
  // "Jane Smith, chair of Shelter, and Tom Baker": the first one's role in apposition, then "and";
  // "Elijah Cummings of Maryland and John Conyers": the first one's "of" phrase, then "and".
  // "Jane Doe, the Mayor; and John Roe": a list whose roles hold commas is joined by semicolons.
  if (gap.length > ROLE_GAP || !(ROLE_THEN_AND.test(gap) || OF_ROLE_THEN_AND.test(gap))) return false
  // "Jane Doe, who founded the charity, and John Roe": a relative clause that names no role, closed
  // by its comma, is left out as a role is.
  const rest = withoutRole(gap, roleAround(text, previous, lexicon))
  return rest !== null && rest !== gap && (AND_BETWEEN.test(rest) || SEMICOLON_AND_BETWEEN.test(rest))
}

/** At most this many characters of a role and ", and " stand between two people named together. */
const ROLE_GAP = 160
/**
 * A comma, words, then ", and ", ", & " or "; and ": a role in apposition closed before the next
 * name; or " and " alone after the role's last part ("…, Director, Public Health and ").
 */
const ROLE_THEN_AND = /^,[ \u00a0].*[ \u00a0](?:and|&)[ \u00a0]$/u
/** "; and " after a role: the last entry of a list joined by semicolons. */
const SEMICOLON_AND_BETWEEN = /^;[ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3}$/
/** "of" or "from", words, then " and ": a role written as an "of" phrase before the next name. */
const OF_ROLE_THEN_AND = /^[ \u00a0](?:of|from)[ \u00a0][^,;]*[ \u00a0](?:and|&)[ \u00a0]$/u

/**
 * An age in apposition after a name: ", 34,", ", age 40,", ", aged 38,"; with no comma closing it
 * before words in lower case (", 34 and", ", 50 were"), a number no one is aged past; in brackets (" (34)"); or " aged 38".
 */
const AGE_APPOSITION = lazyRegExp(
  String.raw`^(?:,[ \u00a0](?:aged?[ \u00a0])?(?:\d{1,3},|(?:1[01]\d|\d{1,2})[ \u00a0]\p{Ll})|[ \u00a0]\((?:aged?[ \u00a0])?\d{1,3}\)|[ \u00a0]aged[ \u00a0]\d{1,3}(?!\d))`,
  'u',
)

/** True when an untitled name stands where releases put a person: "Mark Morgan, Licensing SAVI Lead, said". */
function bareNameAnchored(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  const after = text.slice(end, end + 40)
  const before = text.slice(Math.max(0, start - 3), start)
  const atClauseStart = start === 0 || /(?:[,(:;]|[.!?]\s)\s*$/.test(before) || /^\s*$/.test(before)
  if (!atClauseStart) {
    // Mid-clause, a bare name counts right before a cue verb ("… Chris Stagg said"), an
    // apposition that names an office ("announced by Erek L. Barron, United States Attorney for …")
    // or an age ("sentenced Jonathan Wayne Lanaute, age 40, of Baton Rouge").
    return (
      cueAfterGap(after, /^\s+$/, lexicon) ||
      AGE_APPOSITION().test(after) ||
      officeApposition(text, end, lexicon) ||
      roleNounBefore(text, start, lexicon, nameFollows(text, end)) ||
      (descriptorOpens(text, start, lexicon) && /^,[ \u00a0]/.test(after)) ||
      // "said Tory Jane Harris, the shadow minister": a party's name right before.
      partyBefore(text, start) < start ||
      appointedAs(text, start, after, lexicon) !== null ||
      // "… announced that Jack Smith has signed": the subject of a reported clause, as a
      // sentence's is ("Jack Smith has signed").
      (THAT_BEFORE().test(text.slice(Math.max(0, start - 6), start)) && /^[ \u00a0]+\p{Ll}/u.test(after))
    )
  }
  if (/^\s*$/.test(after)) return true
  // "Angela Davis recently praised …": a sentence that opens with a name and goes on in lower case.
  if (start === 0 || /[.!?]\s+$/.test(before) || before.length === 0) {
    if (/^[ \u00a0]+\p{Ll}/u.test(after)) return true
  }
  if (/^(?:,|\s+is\s|\s+was\s|\s*\(|\s*$)/.test(after.slice(skipPostNominals(after, 0, lexicon)))) return true
  return cueAfterGap(after, /^[\s,]*$/, lexicon)
}

/** "that" right before a name, opening a reported clause: "announced that ". */
const THAT_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}])that[ \u00a0]$`, 'u')

/** Whether the first cue verb in `text` comes after what `gap` allows before it ("  said", ", said"). */
function cueAfterGap(text: string, gap: RegExp, lexicon: Lexicon): boolean {
  lexicon.cue.lastIndex = 0
  const cue = lexicon.cue.exec(text)
  return cue !== null && gap.test(text.slice(0, cue.index))
}

/**
 * A description opening the clause right before a name: a word in capitals, as a sentence
 * opens, then up to three in lower case ("Resident", "Local resident", "Retired teacher").
 */
const DESCRIPTOR_BEFORE = lazyRegExp(
  String.raw`(?:^|[.!?:;(][ \u00a0]{0,3})(\p{Lu}[\p{Ll}-]{1,20})((?:[ \u00a0]\p{Ll}[\p{Ll}-]{1,20}){0,3})[ \u00a0]$`,
  'u',
)
/** Words that make the words before a name a clause or a phrase about it, not a description of who speaks. */
const NOT_DESCRIPTOR_WORDS: ReadonlySet<string> = new Set(
  'a about after against an and as at because before between but by during for from her his if in into its like my of on or our over since than that the their this to under until when while who with without'.split(
    ' ',
  ),
)

/** A lower-case word that reads as a verb, not part of a description. */
const VERB_ENDING = /(?:ed|ing)$/

/**
 * True when a description of the person, and nothing else, opens the clause before a name at
 * `start`: "Resident Tom Baker, 67,", "Local resident Tom Baker, a retired teacher,". A single
 * word must be one no name holds ("Resident", "Victim"), and not a participle ("Praising").
 * "Neighbours of Tom Baker" and "The Tom Baker" are no such description.
 */
export function descriptorOpens(text: string, start: number, lexicon: Lexicon): boolean {
  const m = DESCRIPTOR_BEFORE().exec(text.slice(Math.max(0, start - 90), start))
  if (m === null) return false
  const first = m[1]!
  const lower = m[2]!.trim()
  const words = lower === '' ? [] : lower.split(/[ \u00a0]+/)
  if (NOT_DESCRIPTOR_WORDS.has(first.toLowerCase())) return false
  // A verb among the words makes them a clause: "Police said Tom Baker", "Officers arrested Tom Baker".
  if (words.some((w) => NOT_DESCRIPTOR_WORDS.has(w) || lexicon.cueWords.has(w) || VERB_ENDING.test(w)))
    return false
  return (
    words.length > 0 ||
    ((!first.endsWith('ing') || SERVICE_GERUNDS.has(first.toLowerCase())) &&
      (!isNameWord(first, lexicon) || isOccupationWord(first) || isFamilyWord(first)))
  )
}

const LOWER_WORD_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}-])(\p{Ll}[\p{Ll}-]{1,30})[ \u00a0]$`, 'u')

/**
 * Whether a role noun in lower case stands right before the name: "Police Legacy Queensland chief
 * executive officer Bill Smith welcomed …", "spokesperson Jane Doe".
 */
function roleNounBefore(text: string, start: number, lexicon: Lexicon, plural = false): boolean {
  const word = LOWER_WORD_BEFORE().exec(text.slice(Math.max(0, start - 33), start))?.[1]
  if (word !== undefined) return officeNoun(word, lexicon, plural)
  // "Co-chairs Jane Doe and John Roe said": the office in capitals as the sentence opens.
  return lowerCaseOfficeRun(text, start, lexicon, plural).office.length > 0
}

/** At most this many lower-case words of an office are read before a name. */
const OFFICE_WORDS = 6
/** Lower-case words that end an office read backwards: they belong to the clause, not the office. */
const NOT_OFFICE_WORDS: ReadonlySet<string> = new Set([
  ...[
    'a',
    'an',
    'and',
    'as',
    'at',
    'but',
    'by',
    'from',
    'in',
    'into',
    'on',
    'or',
    'than',
    'the',
    'to',
    'with',
  ],
  ...['are', 'be', 'been', 'had', 'has', 'have', 'is', 'was', 'were', 'will', 'would'],
  ...['her', 'his', 'its', 'my', 'our', 'that', 'their', 'this', 'who', 'which', 'your'],
])
/** Words that make a capitalised word before an office part of the office, not a body: "Interim", "Chief". */
const MODIFIER_WORDS: ReadonlySet<string> = new Set(TITLE_MODIFIERS.map((w) => w.toLowerCase()))
const LOWER_WORD = lazyRegExp(String.raw`^\p{Ll}[\p{Ll}-]{1,24}$`, 'u')
const COMPLEMENT_LINK = /^(?:of|for)$/

/**
 * Where an office written in lower case between a body's name and a person's name starts, the
 * body included: "Refuge chief executive ", "NSPCC head of policy ", "Police Legacy Queensland
 * chief executive officer "; `at` when there is none. The office ends in a role noun or in a role
 * noun and its remit ("head of policy"); a word that belongs to the clause ("welcomed", "the")
 * ends it, and a body must stand before it (an acronym or capitalised words, as `agencyBefore`
 * reads them), or "Interim chief executive" and "said chief executive" would be titles too.
 */
function lowerCaseOfficeBefore(text: string, at: number, lexicon: Lexicon): number {
  const words: Array<{ word: string; start: number }> = []
  let i = at
  for (let k = 0; k < OFFICE_WORDS && (text[i - 1] === ' ' || text[i - 1] === '\u00a0'); k++) {
    let j = i - 1
    while (j > 0 && /[\p{L}-]/u.test(text[j - 1]!)) j--
    const word = text.slice(j, i - 1)
    if (!LOWER_WORD().test(word) || NOT_OFFICE_WORDS.has(word) || lexicon.cueWords.has(word)) break
    words.unshift({ word, start: j })
    i = j
  }
  const head = officeHead(
    words.map((w) => w.word),
    lexicon,
  )
  if (head < 0) return at
  // Only known words modify the head ("acting", "chief", "policy"): in "Refuge welcomes chief
  // executive X" the verb is no part of the office, and no body stands before the office.
  let first = head
  while (first > 0 && officeModifier(words[first - 1]!.word, lexicon)) first--
  const officeStart = words[first]!.start
  let body = agencyBefore(text, officeStart, lexicon, false, true, true)
  if (body >= officeStart) body = possessiveBodyBefore(text, officeStart, lexicon)
  if (body >= officeStart) return at
  const opening = text.slice(body, officeStart).split(/[ \u00a0]/)[0]!
  const lower = opening.toLowerCase()
  // "Store manager Karen Bell said": a workplace or a field opening the sentence is part of the
  // office (a role), not a body's name before it.
  const alone = text.slice(body, officeStart).trimEnd() === opening
  if (
    (alone && (WORKPLACE_SET.has(lower) || FIELD_WORDS.has(lower))) ||
    partyBefore(text, officeStart) === body ||
    MODIFIER_WORDS.has(lower) ||
    lexicon.roleNouns.has(lower) ||
    // "WHO director-general": an acronym spelled as a word is the body's.
    (NOT_OFFICE_WORDS.has(lower) && opening !== 'An' && !ACRONYM_WORD().test(opening)) ||
    HONORIFIC_WORDS.has(opening) ||
    bodyGoesOnBefore(text, body)
  )
    return at
  return body
}

/** At most this many words of a rank are read after an office's remit. */
const TRAILING_RANK_WORDS = 4
const MODIFIER_CASED: ReadonlySet<string> = new Set(TITLE_MODIFIERS)

/**
 * How many of an office's last words are a rank of their own after its remit: 1 for "Head of
 * Roads Policing Inspector", 2 for "Commander of the Homicide Squad Detective Superintendent"; 0
 * when none is ("Commissioner for the Security Union", "Chief of Staff to the Prime Minister"). An
 * honorific stays part of the office.
 */
function trailingRank(office: readonly string[]): number {
  // "Chief of Staff to the Prime Minister": the office served, after "to", is no rank of the holder.
  if (office.includes('to')) return 0
  for (let n = Math.min(TRAILING_RANK_WORDS, office.length - 3); n >= 1; n--) {
    const rest = office.slice(0, -n)
    if (OPEN_REMIT.test(rest.at(-1)!) || !rest.some((w) => w === 'of' || w === 'for')) continue
    let rank = office.slice(-n)
    while (rank.length > 1 && MODIFIER_CASED.has(rank[0]!)) rank = rank.slice(1)
    const written = rank.join(' ')
    if (TITLE_SET.has(written) && !HONORIFIC_WORDS.has(written)) return n
  }
  return 0
}

/** Short forms of ranks' last words: "Det Supt", "DCI", "Sgt". */
const RANK_SHORT_HEADS: ReadonlySet<string> = new Set(
  'capt cpl cst const con dc dci dcs di ds dsupt insp lt pc sgt supt tpr'.split(' '),
)

/**
 * How many last words of a title are a rank after an office that ends in a role noun of no rank:
 * 1 for "Area Commander Inspector", 3 for "Senior Investigating Officer Detective Chief Inspector";
 * 0 for a title as listed ("Detective Chief Inspector"), or after an agency or a rank's word
 * ("FBI Special Agent", "Police Constable").
 */
function rankAfterOffice(title: string, lexicon: Lexicon): number {
  if (TITLE_SET.has(title)) return 0
  const words = title.split(/[ \u00a0]+/)
  for (let n = words.length - 1; n >= 1; n--) {
    const rank = words.slice(-n).join(' ')
    if (!TITLE_SET.has(rank) || HONORIFIC_WORDS.has(rank)) continue
    const last = words.at(-1)!.toLowerCase().replace(/\.$/, '')
    if (!RANK_HEAD_SET.has(last) && !RANK_SHORT_HEADS.has(last)) return 0
    const head = words.at(-n - 1)!.toLowerCase()
    return lexicon.roleNouns.has(head) && !RANK_WORDS.has(head) ? n : 0
  }
  return serviceRankAfterOffice(words, lexicon)
}

/** Armed services, written before an officer's rank as part of it: "Air Force Maj. Gen.". */
const ARMED_SERVICES: readonly (readonly string[])[] = [
  ['Air', 'Force'],
  ['Army'],
  ['Coast', 'Guard'],
  ['Marine', 'Corps'],
  ['National', 'Guard'],
  ['Navy'],
  ['Space', 'Force'],
]
/** Last words of officers' ranks, abbreviated with a stop: "Maj. Gen.", "Lt. Col.", "Rear Adm.". */
const SERVICE_RANK_HEADS: ReadonlySet<string> = new Set([
  'Adm.',
  'Capt.',
  'Cmdr.',
  'Col.',
  'Gen.',
  'Lt.',
  'Maj.',
  'Sgt.',
])

/**
 * How many last words of a title are an officer's rank, with the armed service written before it,
 * after an office: 4 for "Pentagon Press Secretary Air Force Maj. Gen.", 2 for "Joint Chiefs
 * Chairman Army Gen." and "Press Secretary Maj. Gen.". The rank is the form of address, the office
 * before it the role. 0 when no office ending in a role noun stands before ("Army Lt. Col.").
 */
function serviceRankAfterOffice(words: readonly string[], lexicon: Lexicon): number {
  if (!SERVICE_RANK_HEADS.has(words.at(-1)!)) return 0
  let k = words.length - 1
  // "Maj. Gen.", "Rear Adm.": the rank's words, each an abbreviated title with its stop, or a
  // modifier of one; an office's word in full ("Secretary") is no part of the rank.
  const rankWord = (w: string) => (w.endsWith('.') && TITLE_SET.has(w.slice(0, -1))) || MODIFIER_CASED.has(w)
  while (k > 0 && rankWord(words[k - 1]!)) k--
  const service = ARMED_SERVICES.find((s) => s.every((w, i) => words[k - s.length + i] === w))?.length ?? 0
  const head = words[k - service - 1]?.toLowerCase()
  return head !== undefined && lexicon.roleNouns.has(head) && !RANK_WORDS.has(head)
    ? words.length - k + service
    : 0
}

/** The offset of a text's `k`-th word, words parted by spaces; -1 when it has fewer. */
function wordOffset(s: string, k: number): number {
  let seen = 0
  for (const m of s.matchAll(/[^ \u00a0]+/g)) if (seen++ === k) return m.index
  return -1
}

/** A word of an office's remit in capitals, or a link between them: "Charge", "of", "Coomera". */
const REMIT_RUN_WORD = lazyRegExp(String.raw`^(?:\p{Lu}[\p{L}’'-]{0,24}|of|for|in|the|and|&)$`, 'u')
const REMIT_LINK = /^(?:of|for|in)$/
/** At most this many words of an office with its remit are read before a title. */
const REMIT_BEFORE_TITLE_WORDS = 10

/**
 * An office with its remit written in capitals right before a person's title, without a comma:
 * "Officer in Charge of Coomera Police Station" of "Officer in Charge of Coomera Police Station
 * Senior Sergeant Jo Smith". Its first word is a role noun and a link ("of", "for", "in") follows;
 * null when there is none.
 */
function remitOfficeBeforeTitle(text: string, at: number, lexicon: Lexicon): string | null {
  let i = at
  let start = at
  let linked = false
  for (let k = 0; k < REMIT_BEFORE_TITLE_WORDS && (text[i - 1] === ' ' || text[i - 1] === '\u00a0'); k++) {
    let j = i - 1
    while (j > 0 && /[\p{L}’'&-]/u.test(text[j - 1]!)) j--
    const word = text.slice(j, i - 1)
    // "… Jane Doe and Minister for Justice John Roe": "and" right before the title joins another.
    if (!REMIT_RUN_WORD().test(word) || (k === 0 && (word === 'and' || word === '&'))) break
    if (REMIT_LINK.test(word)) linked = true
    if (lexicon.roleNouns.has(word.toLowerCase()) && linked && k > 1) start = j
    i = j
  }
  return start < at ? text.slice(start, at).trimEnd() : null
}

/** At most this many words of an office are read before a title. */
const OFFICE_BEFORE_TITLE_WORDS = 4

/**
 * An office in lower case written right before a person's title, in apposition without a comma:
 * "senior investigating officer" of "said senior investigating officer Detective Inspector Mark
 * Green". Its last word is a role noun; the words before it modify it or make a compound with it
 * ("site supervisor"); only the sentence's first word may be in capitals. Null when there is none,
 * or only the noun.
 */
function lowerCaseOfficeBeforeTitle(text: string, at: number, lexicon: Lexicon): string | null {
  // "Kent Police spokesperson Sgt Jane Roe", "Sheriff's Office spokesperson Sgt. Jane Roe": the
  // body before the office is part of the role, as it is of a title with no rank after it.
  const body = lowerCaseOfficeBefore(text, at, lexicon)
  if (body < at) return text.slice(body, at).trimEnd()
  // One noun alone ("officer PC Jane Roe") says too little to be an office of its own, unless a
  // body's possessive says whose it is ("The council’s leader Cllr Jane Doe").
  const { start, office } = lowerCaseOfficeRun(text, at, lexicon)
  if (/[ \u00a0]/.test(office)) return office
  return office.length === 0 ? null : possessiveOwner(text, start, office)
}

/** The office with the body in lower case whose possessive stands before it ("council’s leader"), or null. */
function possessiveOwner(text: string, start: number, office: string): string | null {
  const owner = LOWER_POSSESSIVE_BEFORE().exec(text.slice(Math.max(0, start - 24), start))
  return owner && !NOT_POSSESSIVE_BODIES.has(owner[1]!) ? `${owner[0].trimEnd()} ${office}` : null
}

/**
 * An office in lower case written right before a name with no title, in apposition without a
 * comma: "store manager" of "said store manager Karen Bell", "spokesperson" of "said spokesperson
 * Jane Doe". It is the role, as the office in an apposition after the name is: not a form of
 * address, so no title (a body's name before it makes one: "Refuge chief executive"). Null when
 * there is none, when a capitalised word stands right before it ("Command Centre manager"), or
 * when its noun tells a relation ("partner Jane Doe").
 */
function lowerCaseOfficeBeforeName(
  text: string,
  at: number,
  lexicon: Lexicon,
  plural = false,
): string | null {
  const { start, office } = lowerCaseOfficeRun(text, at, lexicon, plural)
  if (office.length === 0 || RELATION_WORDS.has(office.toLowerCase())) return null
  // "The charity’s chief executive Ruth Davison": a body in lower case, in the possessive, is kept
  // as before a comma ("The force’s senior investigating officer, DI Jane Roe").
  const owned = possessiveOwner(text, start, office)
  if (owned !== null) return owned
  // "said former manager Sue Bird": the office is one she held, as in ", a former manager,".
  const former = FORMER_BEFORE().exec(text.slice(Math.max(0, start - 8), start))
  if (former) return nameWordBefore(text, start - former[0].length) ? null : `${former[1]} ${office}`
  return nameWordBefore(text, start) ? null : office
}

/** At most this many words of an office's remit in lower case are read before a name. */
const REMIT_WORDS_BEFORE = 6
/** Words that link an office to its remit: "of" of "leader of the council". */
const REMIT_LINK_BEFORE: ReadonlySet<string> = new Set(['of', 'for', 'at'])
/** Words inside a remit that are no content of it: "the" and "and" of "head of the fire and rescue service". */
const REMIT_GLUE: ReadonlySet<string> = new Set(['the', 'and'])

/**
 * An office in lower case and its remit written right before a name with no title, in apposition
 * without a comma: "Leader of the council" of "Leader of the council Ann Lee said", "cabinet member
 * for housing" of "said cabinet member for housing Ann Lee". It is the role, as the office read by
 * `lowerCaseOfficeBeforeName` is. Null when the words before the name are no such office and remit,
 * or when a name or a body stands before the office ("Refuge head of policy" is a title).
 */
function officeWithRemitBefore(text: string, at: number, lexicon: Lexicon): string | null {
  let i = at
  for (let k = 0; k < REMIT_WORDS_BEFORE && (text[i - 1] === ' ' || text[i - 1] === '\u00a0'); k++) {
    let j = i - 1
    while (j > 0 && /[\p{L}-]/u.test(text[j - 1]!)) j--
    const word = text.slice(j, i - 1)
    if (!LOWER_WORD().test(word) || lexicon.cueWords.has(word)) return null
    const link = REMIT_LINK_BEFORE.has(word)
    // The remit ends in a word of its own, not in "the" or "of".
    if (k === 0 && (link || REMIT_GLUE.has(word))) return null
    if (link) {
      // "head of communications at the council": the remit may hold a link of its own.
      const { start, office } = lowerCaseOfficeRun(text, j, lexicon)
      if (office.length > 0) {
        if (RELATION_WORDS.has(office.toLowerCase()) || !opensSubject(text, start, lexicon)) return null
        return text.slice(start, at).trimEnd()
      }
    } else if ((NOT_OFFICE_WORDS.has(word) && !REMIT_GLUE.has(word)) || PAST_TENSE.test(word)) return null
    i = j
  }
  return null
}

/**
 * Up to three words in capitals, the last a plural in the possessive, right before `at`:
 * "Children’s ", "Victims’ ", "Older People’s ", or the sovereign's ("His Majesty’s "). A place's
 * or a person's possessive ("Scotland’s", "Smith’s") is read by `agencyBefore`, not here.
 */
const OWNER_BEFORE_OFFICE = lazyRegExp(
  String.raw`(?<![\p{L}’'-])(?:\p{Lu}\p{Ll}{1,20}[ \u00a0]){0,2}(?:\p{Lu}\p{Ll}{1,20}s[’']|(?:Children|People|Women|Men|Majesty)[’']s)[ \u00a0]$`,
  'u',
)

/**
 * Where an office's owner in the possessive starts, when it opens the subject or follows its cue
 * ("Victims’ Commissioner Baroness Newlove said", "said Children’s Commissioner Rachel de Souza"),
 * as `opensSubject` reads it; `at` when there is none.
 */
function ownerOpeningOffice(text: string, at: number, lexicon: Lexicon): number {
  const before = text.slice(Math.max(0, at - 64), at)
  const owner = OWNER_BEFORE_OFFICE().exec(before)
  if (owner === null) return at
  const start = at - before.length + owner.index
  return opensSubject(text, start, lexicon) ? start : at
}

/** A word in the past tense, which belongs to the clause: "thanked" of "The leader of the council thanked Ann Lee". */
const PAST_TENSE = /ed$/
/** "the" or "The" right before an office, and where it starts. */
const ARTICLE_BEFORE_OFFICE = /(?:^|[^\p{L}])[Tt]he[ \u00a0]$/u

/**
 * True when an office starting at `start` opens the subject or follows its cue: at the sentence's
 * start or after a comma, with or without "the" ("Leader of the council Ann Lee said", "The chair of
 * the board Ann Lee said"), or right after a cue ("said leader of the council Ann Lee"), not after
 * a preposition ("a letter to the head of the council Ann Lee").
 */
function opensSubject(text: string, start: number, lexicon: Lexicon): boolean {
  // Past "the " and its space, where there is one.
  const at = ARTICLE_BEFORE_OFFICE.test(text.slice(Math.max(0, start - 5), start)) ? start - 4 : start
  const lead = text.slice(Math.max(0, at - 4), at)
  if (SENTENCE_OPENING.test(lead) || /,[ \u00a0]{1,3}$/.test(lead)) return true
  const word = LOWER_WORD_BEFORE().exec(text.slice(Math.max(0, at - 33), at))?.[1]
  return word !== undefined && lexicon.cueWords.has(word)
}

/**
 * True when a capitalised word that does not open the sentence stands right before `at`: the end
 * of a name ("Save the Children ", "In Manchester "), not "Its " or "It’s ".
 */
function nameWordBefore(text: string, at: number): boolean {
  if (!capitalisedWordBefore(text, at)) return false
  let i = at - 1
  while (i > 0 && /[\p{L}’'-]/u.test(text[i - 1]!)) i--
  return !SENTENCE_OPENING.test(text.slice(Math.max(0, i - 4), i))
}

/** A word in lower case in the possessive right before an office: "charity’s ". Group 1: the word. */
const LOWER_POSSESSIVE_BEFORE = lazyRegExp(
  String.raw`(?<![\p{L}’'-])(\p{Ll}[\p{Ll}-]{1,20})[’']s[ \u00a0]$`,
  'u',
)

/** "former " right before an office, at a word's start. Group 1: the word as written. */
const FORMER_BEFORE = lazyRegExp(String.raw`(?<![\p{L}’'-])([Ff]ormer)[ \u00a0]$`, 'u')

/**
 * The office in lower case right before `at`, and where it starts; "" when there is none. Its
 * last word is a role noun, the words before it modify it or make a compound with it ("site
 * supervisor"); only the sentence's first word may be in capitals.
 */
function lowerCaseOfficeRun(
  text: string,
  at: number,
  lexicon: Lexicon,
  plural = false,
): { start: number; office: string } {
  const { start } = wordsBefore(text, at, OFFICE_BEFORE_TITLE_WORDS, (word, lower, k) => {
    // "Spokeswoman Jane Doe said": the office in capitals only as the sentence opens, and no
    // rank, which is a title there ("Officer Tom Baker", "Deputy Jane Doe").
    if (k === 0) return officeNoun(lower, lexicon, plural) && (word === lower || !ADDRESSED_RANKS.has(lower))
    // A noun of a compound stands right before the office's noun, and is no verb of the clause
    // ("Refuge welcomes manager X"); the words before it are the office's known modifiers.
    return (
      officeModifier(lower, lexicon) || (k === 1 && isCompoundNoun(lower, lexicon) && !VERB_S.test(lower))
    )
  })
  // A party describes an office before it; alone before a name it is none ("said Republican Jane Harris").
  const from = start < at ? partyBefore(text, start) : start
  return { start: from, office: text.slice(from, at).trimEnd() }
}

/**
 * True when `lower` is a role noun, also shared ("co-chair", "co-founder"), or with `plural` (a
 * second name follows) in the plural: "co-chairs Jane Doe and John Roe", "trustees X and Y".
 */
function officeNoun(lower: string, lexicon: Lexicon, plural: boolean): boolean {
  const shared = lower.startsWith('co-') && !lexicon.roleNouns.has(lower)
  const noun = shared ? lower.slice(3) : lower
  if (lexicon.roleNouns.has(noun)) return true
  const singular = noun.slice(0, -1)
  // "The museum hosts Jane Doe and John Roe": those plurals are verbs too, unless shared.
  return (
    plural && noun.endsWith('s') && lexicon.roleNouns.has(singular) && (shared || !VERB_NOUNS.has(singular))
  )
}

/** Role nouns whose plural is a verb as well: "hosts", "leads", "chairs", "heads". Keep sorted. */
const VERB_NOUNS: ReadonlySet<string> = new Set([
  'author',
  'chair',
  'champion',
  'founder',
  'guest',
  'head',
  'host',
  'judge',
  'lead',
  'marshal',
  'minister',
  'partner',
  'premier',
])

/** True when a second name follows the name ending at `end`: "Jane Doe and John Roe". */
function nameFollows(text: string, end: number): boolean {
  return NEXT_NAME().test(text.slice(end, end + 100))
}

/** At most this many words of a party's name are read before an office: "Liberal Democrat". */
const PARTY_NAME_WORDS = 2

/**
 * Where a party's name in capitals right before an office starts ("Republican " of "Republican
 * presidential nominee"); `at` when there is none. It describes the office, as a workplace does,
 * and names no body whose office it is.
 */
function partyBefore(text: string, at: number): number {
  let i = at
  for (let k = 0; k < PARTY_NAME_WORDS && (text[i - 1] === ' ' || text[i - 1] === '\u00a0'); k++) {
    let j = i - 1
    while (j > 0 && /\p{L}/u.test(text[j - 1]!)) j--
    if (!PARTY_SET.has(text.slice(j, i - 1)) || /[\p{L}\d’'.-]/u.test(text[j - 1] ?? '')) break
    i = j
  }
  return i
}

/** A word that may be a verb in the third person: "welcomes", "thanks"; not "business", "campus". */
const VERB_S = /[^su]s$/

/**
 * The run of words right before `at`, read back one at a time while `accepts` takes each (`k` 0
 * for the nearest), at most `max` of them. Only the sentence's first word may be in capitals, and
 * it ends the run (`capital`).
 */
function wordsBefore(
  text: string,
  at: number,
  max: number,
  accepts: (word: string, lower: string, k: number) => boolean,
): { start: number; capital: boolean } {
  let i = at
  for (let k = 0; k < max && (text[i - 1] === ' ' || text[i - 1] === '\u00a0'); k++) {
    let j = i - 1
    while (j > 0 && /[\p{L}-]/u.test(text[j - 1]!)) j--
    const word = text.slice(j, i - 1)
    const lower = word.toLowerCase()
    if (!accepts(word, lower, k)) break
    if (word !== lower) {
      return SENTENCE_OPENING.test(text.slice(Math.max(0, j - 4), j))
        ? { start: j, capital: true }
        : { start: i, capital: false }
    }
    i = j
  }
  return { start: i, capital: false }
}

const RANK_HEAD_SET: ReadonlySet<string> = new Set(RANK_HEADS)
const RANK_WORDS: ReadonlySet<string> = new Set([...RANK_HEADS, ...RANK_QUALIFIERS, ...MODIFIER_WORDS])
/** Words of a rank, and a US police officer's, that address a person when capitalised before the name. */
const ADDRESSED_RANKS: ReadonlySet<string> = new Set([...RANK_WORDS, 'officer'])
/** At most this many words of a rank are read before a name: "temporary detective chief inspector". */
const RANK_WORDS_MAX = 4
/** What may stand before the sentence's first word: its start, a stop or a colon, an opening mark. */
const SENTENCE_OPENING = /(?:^|[.!?:;]\s{1,3}|[“‘"(]\s{0,2})$/u

/**
 * Where a rank written in lower case right before a name starts ("police inspector ", "detective
 * sergeant "), with a body or place in capitals before it ("Roads policing sergeant "); `at` when
 * there is none. Its last word is a rank's ("sergeant"), the others qualify it; only the
 * sentence's first word may be in capitals. After an article it describes the person ("the
 * detective sergeant"), and no title is read.
 */
function lowerCaseRankBefore(text: string, at: number, lexicon: Lexicon): number {
  const { start, capital } = wordsBefore(text, at, RANK_WORDS_MAX, (word, lower, k) =>
    k === 0 ? RANK_HEAD_SET.has(word) : RANK_WORDS.has(lower),
  )
  if (capital) return start
  if (start === at || ARTICLE_BEFORE().test(text.slice(Math.max(0, start - 4), start))) return at
  const body = agencyBefore(text, start, lexicon)
  return body < start &&
    !lexicon.notName.has(
      text
        .slice(body, start)
        .split(/[ \u00a0]/)[0]!
        .toLowerCase(),
    )
    ? body
    : start
}

/** A body's name in the possessive right before an office: "Barnardo’s ", "St Mungo’s ". Group: the name's last word. */
const POSSESSIVE_BODY_BEFORE = lazyRegExp(
  String.raw`(?:^|[^\p{L}\d’'.-])(?:\p{Lu}[\p{L}-]{0,20}[ \u00a0]){0,2}(\p{Lu}[\p{L}-]{0,20})[’']s[ \u00a0]$`,
  'u',
)
/** Words that take "’s" without naming a body: "It’s chief executive …", "Today’s head of …". */
const NOT_POSSESSIVE_BODIES = new Set([
  'he',
  'here',
  'it',
  'let',
  'she',
  'that',
  'there',
  'today',
  'tomorrow',
  'what',
  'who',
  'yesterday',
])

/**
 * Where a body named in the possessive starts before a lower-case office at `at`: "Barnardo’s"
 * in "Barnardo’s chief executive Lynn Perry"; `at` when there is none. A contraction ("It’s",
 * "That’s") names no body.
 */
function possessiveBodyBefore(text: string, at: number, lexicon: Lexicon): number {
  const m = POSSESSIVE_BODY_BEFORE().exec(text.slice(Math.max(0, at - 72), at))
  if (!m) return at
  const last = m[1]!.toLowerCase()
  if (NOT_POSSESSIVE_BODIES.has(last) || lexicon.pronouns.has(last) || lexicon.cueWords.has(last)) return at
  // The match opens with the character before the name, if any; the name with its first capital.
  return at - m[0].length + m[0].search(/\p{Lu}/u)
}

const WORD_BEFORE = /(?:^|[ \u00a0])([^ \u00a0]{1,40})[ \u00a0]$/u
const NAME_LINK = /^(?:the|of|and|for|&)$/
const SENTENCE_ARTICLE = /^(?:The|An?)$/

/**
 * True when the body's name begins further back than the words read as it, so the title would
 * hold half of it: "Save the Children", "Women’s Aid", "Victim Support" ("Victim" names no one).
 * An article or a word that a comma closes ("Today, Refuge …") is no part of it.
 */
function bodyGoesOnBefore(text: string, body: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, body - 42), body))?.[1]
  if (word === undefined) return false
  if (NAME_LINK.test(word) || /[’']s$/.test(word)) return true
  return /^\p{Lu}[\p{L}-]*$/u.test(word) && !SENTENCE_ARTICLE.test(word)
}

const FIELD_WORDS: ReadonlySet<string> = new Set(OFFICE_FIELDS)
const WORKPLACE_SET: ReadonlySet<string> = new Set(WORKPLACE_WORDS)
const PARTY_SET: ReadonlySet<string> = new Set(PARTY_WORDS)
const OFFICE_ADJECTIVE_SET: ReadonlySet<string> = new Set(OFFICE_ADJECTIVES)

/** True when a lower-case word may stand before an office's head: "chief", "acting", "policy". */
function officeModifier(word: string, lexicon: Lexicon): boolean {
  return (
    lexicon.roleNouns.has(word) ||
    MODIFIER_WORDS.has(word) ||
    FIELD_WORDS.has(word) ||
    OFFICE_ADJECTIVE_SET.has(word)
  )
}

/**
 * The index of the role noun that heads an office's words, or -1: the last word ("chief
 * executive"), or a role noun that "of" or "for" and one to three words of its remit follow
 * ("head of policy", "director of public affairs").
 */
function officeHead(words: readonly string[], lexicon: Lexicon): number {
  const n = words.length
  if (n === 0) return -1
  if (lexicon.roleNouns.has(words[n - 1]!)) return n - 1
  for (let k = n - 3; k >= Math.max(0, n - 5); k--) {
    if (COMPLEMENT_LINK.test(words[k + 1]!) && lexicon.roleNouns.has(words[k]!)) {
      const remit = words.slice(k + 2)
      return remit.some((w) => COMPLEMENT_LINK.test(w) || lexicon.roleNouns.has(w)) ? -1 : k
    }
  }
  return -1
}

/**
 * Whether an apposition that names an office in capitals follows `end`: ", United States Attorney
 * for the District of Maryland,", ", Head of the CPS Special Crime Division". A place (", Maryland")
 * names none.
 */
function officeApposition(text: string, end: number, lexicon: Lexicon): boolean {
  const comma = /^,[ \u00a0]+(?=\p{Lu})/u.exec(text.slice(end, end + 3))
  if (comma === null) return false
  const part = topLevelParts(untilSentenceEnd(text.slice(end + comma[0].length, end + 200)))[0] ?? ''
  return hasRoleNoun(part, lexicon) && !hasFiniteVerb(part, lexicon)
}

const WORD_AFTER = lazyRegExp(String.raw`^[ \u00a0]{1,3}(\p{L}{1,30})`, 'u')

/** Whether the word after `at` goes on an apposition: a capitalised word, or a role noun ("spokesman"). */
function headsApposition(text: string, at: number, lexicon: Lexicon): boolean {
  const word = WORD_AFTER().exec(text.slice(at, at + 34))?.[1]
  if (word === undefined) return false
  return /^\p{Lu}\p{Ll}/u.test(word) || lexicon.roleNouns.has(word.toLowerCase())
}

/** The offset past the post-nominals that follow a name ("Jason Harwin KPM", "Mark Smith QPM, OBE"). */
function skipPostNominals(text: string, end: number, lexicon: Lexicon): number {
  let at = end
  for (let k = 0; k < 4; k++) {
    POST_NOMINAL().lastIndex = at
    const m = POST_NOMINAL().exec(text)
    if (m === null || !lexicon.postNominals.has(m[1]!)) break
    // ", MSP Public Information Officer", ", MSP spokesman": after a comma, letters before
    // capitalised words or a role noun are a body's initials heading an apposition, not letters
    // after the name.
    if (m[0].startsWith(',') && headsApposition(text, at + m[0].length, lexicon)) break
    at += m[0].length
  }
  return at
}

/**
 * The role written with a mention: an apposition after it ("X, NPCC lead for Y, said"), an
 * "is" sentence ("X is Head of Y."), or an apposition before it ("NPCC Chair, Chief Constable X").
 */
export function roleAround(text: string, p: { start: number; end: number }, lexicon: Lexicon): string | null {
  // Most names have no bracket after them: a look at the next two characters spares the pattern.
  const next = text.charCodeAt(p.end) === 40 ? 40 : text.charCodeAt(p.end + 1)
  const bracket = next === 40 ? BRACKET_AFTER.exec(text.slice(p.end, p.end + 90)) : null
  if (bracket === null) return roleAfter(text, p.start, p.end, lexicon)
  // "Owain Llewellyn (Roads Policing Unit) said": an apposition in brackets; "(pictured)" is
  // none, and the role may follow it: "Jane Smith (pictured), head of the unit, said".
  return bracketRole(bracket[1]!, lexicon) ?? roleAfter(text, p.start, p.end + bracket[0].length, lexicon)
}

/** A member's letters closing a name, read as letters after it: ", MP" of "Jane Doe, MP". Group 1: the letters. */
const MEMBER_LETTERS_END = /(?<![\p{L}])(MP|MSP|MEP|MLA|MS|AM|TD|MPP|MHA|MNA|MLC|MHR)$/u
/** " for " and the seat after a member's letters: " for Leeds Central". */
const SEAT_FOR = /^[ \u00a0]{1,3}for[ \u00a0]/u

/**
 * The seat a member's letters hold when "for" and a place follow them: "MP for Leeds Central" of
 * "Jane Doe, MP for Leeds Central, said", as written (`of` is the place as `ofPhrase` read it);
 * null for any other phrase after a name.
 */
function seatAfterMember(text: string, end: number, after: string, of: string): string | null {
  const letters = MEMBER_LETTERS_END.exec(text.slice(Math.max(0, end - 4), end))
  if (letters === null || !SEAT_FOR.test(after)) return null
  const at = after.indexOf(of)
  return at < 0 ? `${letters[1]} for ${of}` : `${letters[1]} ${after.slice(0, at + of.length).trim()}`
}

/** An age in apposition right after a name, before a comma: ", 52" of "Jane Smith, 52, a nurse", ", aged 52". */
const AGE_APPOSED = /^,[ \u00a0]{1,3}(?:aged[ \u00a0]{1,3})?\d{1,3}(?=,)/u

/** The role written with a mention from `start` whose words end at `end`, as `roleAround` reads it. */
function roleAfter(text: string, start: number, end: number, lexicon: Lexicon, aged = false): string | null {
  // A role never runs across a quote: "Jane Doe is medical director of X. “…” the medical
  // director said" ends at the quote, whatever the stop before it.
  const after = beforeBlankedQuote(text.slice(end, end + 300))
  // "Sen. Jane Doe, R-Iowa, chair of …": the party and state are no role; one may follow them.
  const tag = partyStateAfter(after, (word) => lexicon.cueWords.has(word))
  if (tag > 0) return roleAfter(text, start, end + tag, lexicon, aged)
  // "Dr Jane Smith, 52, a consultant at Ninewells Hospital, said": an age, written once, is no
  // role; one may follow it.
  const age = aged ? null : AGE_APPOSED.exec(after)
  if (age !== null) return roleAfter(text, start, end + age[0].length, lexicon, true)
  const of = ofPhrase(after, lexicon)
  if (of !== null) return seatAfterMember(text, end, after, of) ?? of
  const appointed = appointedAs(text, start, after, lexicon)
  if (appointed !== null) return appointed
  const is = /^\s+(?:is|was|has been)\s+(?:now\s+)?/.exec(after)
  if (is) {
    const rest = untilSentenceEnd(after.slice(is[0].length))
    const cut = ROLE_CUT.exec(rest)
    return predicateRole(cut ? rest.slice(0, cut.index) : rest, lexicon)
  }
  // "Karen Bell, who is the store manager, said": the relative clause names the office, up to
  // its comma; "who was at the scene" names none, and the apposition rules below go on.
  const who = WHO_IS.exec(after)
  if (who) {
    const clause = topLevelParts(untilSentenceEnd(after.slice(who[0].length)))[0] ?? ''
    const role = predicateRole(clause, lexicon)
    if (role !== null) return role
  }
  const leads = unitLedAfter(after)
  if (leads !== null) return leads
  const dashed = dashApposition(after)
  if (dashed !== null && !isRelation(dashed, lexicon)) {
    const role = cleanRole(dashed)
    if (role && hasRoleNoun(role, lexicon)) return role
  }
  const comma = /^\s*,\s*/.exec(after)
  if (comma && !subjectAfterObject(text, start, after, lexicon)) {
    // "X, U.S. Attorney for Y; Z, Special Agent in Charge, …; and W announced": a semicolon ends the apposition.
    const tail = after.slice(comma[0].length)
    const clause = untilSemicolon(untilSentenceEnd(tail))
    const parts = topLevelParts(clause)
    // A phrase read alone ("Jane Smith, chair of Shelter, and Tom Baker" before "said") ends where
    // the cue was cut off. Only after a role of one part: "…, Food, and Rural Affairs" ends a list.
    const endsText = end + after.length >= text.length && CLOSING_MARKS.test(tail.slice(clause.length))
    const whole = parts[0]?.trim() ?? ''
    // "Jane Doe, Director of Public Health and Tom Baker said": the remit ends before "and" and
    // the second speaker's name, as a field set off by its comma does below.
    // "Jane Doe, head of Public Health and Tom Baker, the chair, said": so does the second one's
    // own apposition before the cue.
    const apposedThenCue = (k: number) => {
      const apposed =
        k + 1 < parts.length ? afterApposedRole(`,${parts.slice(k + 1).join(',')}`, lexicon) : null
      return apposed !== null && closesAtCue(apposed, lexicon, endsText)
    }
    const closing = secondNameClosing(
      whole,
      lexicon,
      (endsText && parts.length === 1) || apposedThenCue(0),
      true,
    )
    const first = closing > 0 ? whole.slice(0, closing) : whole
    if (
      first &&
      !RELATIVE.test(first) &&
      !PARTICIPLE_BY().test(first) &&
      !(ING().test(first) && !lexicon.roleNouns.has(ING_BEFORE_NOUN().exec(first)?.[1] ?? '')) &&
      !isRelation(first, lexicon) &&
      !isOtherPerson(stripTrailingCue(first, lexicon), lexicon) &&
      (startsLikeRole(first) || hasRoleNoun(first, lexicon))
    ) {
      let role = first
      for (
        let k = 1;
        closing < 0 &&
        k < parts.length &&
        continuesRole(stripTrailingCue(parts[k]!, lexicon), lexicon) &&
        !opensSecondSpeaker(parts[k]!, parts[k + 1], lexicon, endsText && k === parts.length - 1, k === 1);
        k++
      ) {
        // "Jane Doe, Director, Public Health and Tom Baker said": the field ends before "and" and
        // the second speaker's name, with or without an apposition of its own.
        const second = secondNameClosing(
          parts[k]!,
          lexicon,
          (endsText && k === parts.length - 1) || apposedThenCue(k),
        )
        if (second > 0) {
          role += `,${parts[k]!.slice(0, second)}`
          break
        }
        role += `,${parts[k]}`
      }
      if (role === first && closing < 0)
        role = [first, ...parts.slice(1, remitListEnd(parts, lexicon))].join(',')
      // The last part of a clause before a cue verb: "X, NPCC lead for Y said" leaves "said" out.
      role = stripTrailingCue(role, lexicon)
      const cleaned = closeInitials(cleanRole(role))
      if (cleaned && (hasRoleNoun(cleaned, lexicon) || /^\p{Lu}/u.test(cleaned))) return cleaned
    }
  }
  const before = text.slice(Math.max(0, start - 300), start)
  if (/,\s*$/.test(before)) {
    const clause = sentenceTail(afterBlankedQuote(before.replace(/,\s*$/, '')), lexicon)
    const parts = topLevelParts(clause)
    const part = parts.slice(remitListStart(parts, lexicon)).join(',')
    if (isRelation(part, lexicon)) return null
    // "the Chancellor, Rachel Reeves": an office that is no role noun is one after its article.
    const role = roleFromPhrase(part, lexicon) ?? articleOffice(part)?.office ?? null
    if (role === null || hasFiniteVerb(role, lexicon)) return null
    // "… if she’s elected president, Rep. Jane Doe said": the office of a passive is someone else's;
    // so is the office of one spoken to or met ("Speaking to the Victims' Commissioner, Jane Doe").
    const lead = part.slice(0, part.lastIndexOf(role))
    return PASSIVE_BEFORE().test(lead) || ADDRESSED_BEFORE().test(lead) ? null : role
  }
  return null
}

/**
 * True when a comma part is wholly another person with a name of two words or more: titled
 * ("Mayor Jane Doe" in "Tom Baker, Mayor Jane Doe said"), or a bare name written as only a
 * person's is ("Jane Doe" in "Tom Baker, Jane Doe said"). Either is a second person, not the
 * first's role.
 */
function isOtherPerson(part: string, lexicon: Lexicon): boolean {
  const trimmed = part.trim()
  const [person] = findPeople(trimmed, lexicon, true)
  if (person === undefined || person.start !== 0 || person.end !== trimmed.length) return false
  if (!person.name.includes(' ')) return false
  // "Jim Smith, Chair of Allied Irish Banks, said": after a comma, an office's run that ends in a
  // body's word in the plural names the body, as `remitNamesBody` reads it in the sentence.
  const remit = person.title !== null && REMIT_LINK_IN.test(person.title)
  if (remit && bodyWordInPlural(person.name.split(' ').at(-1)!, lexicon)) return false
  return person.title !== null || isBarePersonName(person.name, lexicon)
}

/** A word of a person's name as written alone: "Jane", "Smith-Jones", "O’Neill", "McDonald", an initial "J.". */
const BARE_NAME_WORD = lazyRegExp(
  String.raw`^(?:(?:\p{Lu}[’']|Ma?c)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.)$`,
  'u',
)

/**
 * A name of two or three words in which every word is a name word in its plain shape, none opening
 * a place's name ("Greater Manchester") or ending a place's, group's or firm's ("Hyde Park", "Acme
 * Holdings") or an office ("House Speaker"): a body or an office written after a comma ("Tom Baker, Victim Support") is a role, a name is not.
 */
function isBarePersonName(name: string, lexicon: Lexicon): boolean {
  const words = name.split(/[ \u00a0]+/)
  if (words.length < 2 || words.length > 3) return false
  if (PLACE_OPENER_SET.has(words[0]!) || THING_END_SET.has(words.at(-1)!)) return false
  // "Amy Poe, House Speaker, said": after a comma, words that end in an office of one word are
  // the office's, though a surname may be that word ("said John Chancellor").
  if (midNameTitles().has(words.at(-1)!)) return false
  return words.every((w) => BARE_NAME_WORD().test(w) && isNameWord(w, lexicon))
}

/** The fewest spaces in a row that stand for a quote the narration blanked out (see narration.ts). */
const BLANKED_QUOTE = 3

/**
 * The text after the last quote blanked out of it: the quote closed a sentence of its own, and
 * what stood before it ("Inspector Sam Reed said: “…” Her colleague, X, said") is no part of
 * the clause that describes the name after it.
 */
function afterBlankedQuote(s: string): string {
  let run = 0
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] !== ' ') run = 0
    else if (++run >= BLANKED_QUOTE) return s.slice(i + run)
  }
  return s
}

/** The text before the first quote blanked out of it: a clause that describes a name ends there. */
function beforeBlankedQuote(s: string): string {
  let run = 0
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== ' ') run = 0
    else if (++run >= BLANKED_QUOTE) return s.slice(0, i + 1 - run)
  }
  return s
}

/** An office's remit at a part's end: "The Minister for Children", "Secretary of State for Health". */
const REMIT_AT_END = lazyRegExp(
  String.raw`(?:^|[ \u00a0])(?:for|of)[ \u00a0](?:the[ \u00a0])?\p{Lu}[\p{L}’'-]*$`,
  'u',
)
/** One field of a remit's list in capitals: " Equality", " Integration and Youth", " Social Care". */
const CAPITAL_ITEM = lazyRegExp(
  String.raw`^[ \u00a0]\p{Lu}[\p{L}’'-]*(?:[ \u00a0](?:(?:and|&)[ \u00a0])?\p{Lu}[\p{L}’'-]*){0,2}$`,
  'u',
)

/**
 * Where the parts of an office written before a name start, when its remit is a list of fields
 * in capitals closed by "and": "The Minister for Children, Equality, Disability, Integration and
 * Youth, Roderic O’Gorman" reads back over the list to the office. The last part alone otherwise.
 */
function remitListStart(parts: readonly string[], lexicon: Lexicon): number {
  const last = parts.length - 1
  if (last >= 1 && officeThenField(parts[last - 1]!, parts[last]!, lexicon)) return last - 1
  // "the Police, Fire and Crime Commissioner for Essex": a listed title holds the comma.
  if (last >= 1 && titleOverComma(parts[last - 1]!, parts[last]!)) return last - 1
  if (last < 1 || !CAPITAL_ITEM().test(parts[last]!) || !LIST_AND.test(parts[last]!)) return last
  for (let k = last - 1; k >= 0 && last - k <= LIST_ITEMS; k--) {
    if (REMIT_AT_END().test(parts[k]!)) return k
    if (!CAPITAL_ITEM().test(parts[k]!)) return last
  }
  return last
}

/** Listed titles that hold a comma, cut at it: ["Police", "Fire and Crime Commissioner"]. */
const COMMA_TITLES: readonly (readonly [string, string])[] = TITLES.filter((t) => t.includes(', ')).map(
  (t) => [t.slice(0, t.indexOf(', ')), t.slice(t.indexOf(', ') + 2)] as const,
)

/**
 * True when the comma between two parts is one inside a listed title: the part before ends in its
 * words up to the comma, the part after opens with the rest ("…the Police" and " Fire and Crime
 * Commissioner for Essex").
 */
function titleOverComma(before: string, after: string): boolean {
  const head = before.replace(/,$/, '')
  const rest = after.replace(/^[ \u00a0]+/, '')
  return COMMA_TITLES.some(
    ([first, second]) =>
      (head === first || head.endsWith(` ${first}`)) &&
      rest.startsWith(second) &&
      !/[\p{L}]/u.test(rest[second.length] ?? ''),
  )
}

/** The words from `at` on, joined by spaces, up to a few: what follows a word in `officeStart`. */
function wordsFrom(words: readonly RegExpMatchArray[], at: number): string {
  return words
    .slice(at, at + 6)
    .map((w) => w[0])
    .join(' ')
}

/** An office's noun in capitals at a part's end: "The Executive Director", "Vice President". */
const OFFICE_NOUN_AT_END = lazyRegExp(String.raw`(?:^|[ \u00a0])(\p{Lu}\p{Ll}{1,20})$`, 'u')

/**
 * True when a comma part is the field of the office that ends the part before it: "The Executive
 * Director, Policy and Research at the Institute", "Head, Corporate Affairs". Office and field
 * are one role; "In Leeds, Bradford" has no office, "Director, Tom Baker" names a person.
 */
export function officeThenField(office: string, field: string, lexicon: Lexicon): boolean {
  const noun = OFFICE_NOUN_AT_END().exec(office.trimEnd())?.[1]
  if (noun === undefined || !lexicon.roleNouns.has(noun.toLowerCase())) return false
  if (CAPITALISED_PART().test(field)) return namesField(field, lexicon)
  const before = FIELD_AT_BODY().exec(field)?.[1]
  return before !== undefined && namesField(before, lexicon)
}

/** ", the judge" with no comma to close it, then a cue or the phrase's end. */
const ARTICLE_PART = /^\s*,\s*(?:the|an?)[ \u00a0]+([^,;:.!?“”"‘’\n]{1,80})/i
/**
 * A word in lower case, or a participle, right before a name: the name is an object ("Referring
 * to ", "named the man as ", "Praising ").
 */
const OBJECT_WORD_BEFORE = lazyRegExp(
  String.raw`(?<![\p{L}’'-])(?:\p{Ll}{2,20}|\p{Lu}\p{Ll}{2,20}ing)[ \u00a0]{1,3}$`,
  'u',
)
/** A comma or semicolon and "and" right before a name: the name is the next of a list. */
const LIST_AND_BEFORE = /[,;][ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3}$/

/**
 * A noun after a preposition and an owner's word, and a comma, right before a name: the name
 * stands beside an object ("issued by his spokesperson, ", "through her lawyer, ").
 */
const OBJECT_APPOSITION_BEFORE = lazyRegExp(
  String.raw`(?<![\p{L}’'-])(?:by|through|to|from|with|for)[ \u00a0]{1,3}(?:his|her|their|its|our|my)[ \u00a0]{1,3}\p{Ll}{2,20},[ \u00a0]{1,3}$`,
  'u',
)

/**
 * True when the words after a name and its comma are the subject of the cue, not its apposition:
 * "Referring to Detective Inspector Tom Baker, the judge said", where a lower-case word makes the
 * name an object and no comma closes "the judge", or "issued by his spokesperson, Jane Roe, the
 * Secretary-General said", where the name stands beside an object. "Tom Baker, the judge, said" is
 * an apposition.
 */
function subjectAfterObject(text: string, start: number, after: string, lexicon: Lexicon): boolean {
  const before = text.slice(Math.max(0, start - 48), start)
  // "Jane Doe, the Director of the FBI, and John Roe, the Director of the DEA": after a comma (or a
  // semicolon, between entries that hold commas), "and" adds one more to a list of people, each
  // with their apposition.
  if (LIST_AND_BEFORE.test(before)) return false
  if (!OBJECT_WORD_BEFORE().test(before.slice(-24)) && !OBJECT_APPOSITION_BEFORE().test(before)) return false
  const m = ARTICLE_PART.exec(after)
  if (m === null) return false
  const rest = after.slice(m[0].length)
  return rest.trim() === '' || m[1]!.split(/[ \u00a0]+/).some((w) => lexicon.cueWords.has(w.toLowerCase()))
}

/** A verb that gives someone an office, right before their name: "has appointed ", "named ". */
const APPOINTING_BEFORE = lazyRegExp(
  String.raw`(?<![\p{L}’'-])(?:appointed|named|hired|recruited|elected|selected|chosen|chose|confirmed|nominated|promoted|welcomed|welcomes|appoints|names|hires)[ \u00a0]{1,3}$`,
  'u',
)
/** "as" and the office after an appointed name; the owner's word and "new" are no part of it: " as its new ". */
const AS_OFFICE =
  /^[ \u00a0]{1,3}as[ \u00a0]{1,3}(?:(?:its|their|our|his|her|the|a|an)[ \u00a0]{1,3})?(?:new[ \u00a0]{1,3})?/u

/**
 * The office a verb gives the person it names, after "as": "chief executive" of "Acme Ltd has
 * appointed Jane Doe as chief executive", "director of finance" of "named John Smith as its new
 * director of finance"; null when none follows or the words after "as" name no office ("appointed
 * Jane Doe as a matter of urgency").
 */
function appointedAs(text: string, start: number, after: string, lexicon: Lexicon): string | null {
  const as = AS_OFFICE.exec(after)
  if (as === null || !APPOINTING_BEFORE().test(text.slice(Math.max(0, start - 16), start))) return null
  const rest = untilSentenceEnd(after.slice(as[0].length))
  const cut = APPOINTED_ROLE_CUT().exec(rest)
  const role = predicateRole(cut ? rest.slice(0, cut.index) : rest, lexicon)
  // The office's noun heads the words ("director of finance"), not one of its remit ("his pick for
  // attorney general").
  return role !== null && officeHead(role.toLowerCase().split(/[ \u00a0]+/), lexicon) >= 0 ? role : null
}

/**
 * Where the office after "as" ends: a comma, a stop (not an initial's, "U.S."), or a clause that
 * goes on ("… with effect from", "… in March").
 */
const APPOINTED_ROLE_CUT = lazyRegExp(
  String.raw`[,;:!?]|(?<!(?:^|[\s.])\p{Lu})\.(?=\s|$)|[ \u00a0](?:with|from|after|following|in|on|at|and|to|effective|starting|until|replacing|succeeding|when|who|which|while)(?![\p{L}’'-])`,
  'u',
)

/**
 * The object of a participle or of "to" or "with", and its article, right before an office: "Speaking
 * to the ", "Meeting the ", "In a letter to the ", "Together with the "; not "Speaking as the ", nor
 * an office's own word ("Outgoing ", "Acting ") with no article after it.
 */
const ADDRESSED_BEFORE = lazyRegExp(
  String.raw`(?<![\p{L}’'-])(?:\p{L}{1,20}ing(?:[ \u00a0]{1,3}(?:to|with))?|to|with)[ \u00a0]{1,3}(?:the|a|an|our|their|his|her|its)[ \u00a0]{1,3}$`,
  'u',
)

/** A passive right before a place: "she’s elected ", "was appointed "; not "newly appointed ". */
const PASSIVE_BEFORE = lazyRegExp(
  String.raw`(?:(?<![\p{L}’'-])(?:is|was|were|are|be|been|being|gets?|got)|\p{L}[’'](?:s|re))[ \u00a0]{1,3}\p{Ll}{2,20}ed[ \u00a0]{1,3}$`,
  'u',
)

/** A relative clause after a name that says what the person is: ", who is ", ", who was ", ", who serves as ". */
const WHO_IS =
  /^[ \u00a0]{0,2},[ \u00a0]{1,3}who[ \u00a0]{1,3}(?:is|was|has[ \u00a0]{1,3}been|(?:now[ \u00a0]{1,3})?serves[ \u00a0]{1,3}as)[ \u00a0]{1,3}/

/**
 * A relative clause after a name that says which unit or board the person leads: ", who leads the
 * county’s fraud team,", ", who heads the Serious Fraud Unit", ", who chairs the health and
 * wellbeing board". Group 1: the clause after "who". Only the present tense: "who led the team"
 * says what the person did, not what they do.
 */
const WHO_LEADS =
  /^[ \u00a0]{0,2},[ \u00a0]{1,3}who[ \u00a0]{1,3}(?:now[ \u00a0]{1,3}|also[ \u00a0]{1,3})?((?:leads|heads|runs|manages|commands|oversees|directs|chairs|co-chairs)[ \u00a0]{1,3}[^,;:()\n]{1,80}?)(?=[ \u00a0]{0,2}[,;:)]|[ \u00a0]{0,2}$)/u

/**
 * Bodies of members that someone chairs or leads, as the last word of such a clause: "the
 * health and wellbeing board", "the Police and Crime Panel". Keep sorted.
 */
export const LED_BODIES: readonly string[] = [
  'board',
  'commission',
  'committee',
  'forum',
  'panel',
  'partnership',
  'taskforce',
]

const LED_BODY_SET: ReadonlySet<string> = new Set(LED_BODIES)

/** The clause of ", who leads the … team," after a name when its last word is a unit's or a board's noun, or null. */
function unitLedAfter(after: string): string | null {
  const m = WHO_LEADS.exec(after)
  if (m === null) return null
  const clause = m[1]!.trimEnd()
  const last = clause.slice(Math.max(clause.lastIndexOf(' '), clause.lastIndexOf('\u00a0')) + 1).toLowerCase()
  return UNIT_NOUN_SET.has(last) || LED_BODY_SET.has(last) ? clause : null
}

/**
 * The role a predicate after "is" or "who is" names ("the head of Organised Crime", "divisional
 * commander for Tayside"), cleaned; null when it names none: a passive ("was sentenced"), no role
 * noun ("at the scene"), a relation ("the victim's mother").
 */
function predicateRole(phrase: string, lexicon: Lexicon): string | null {
  // "who was on the coach", "was at the scene": a place, not an office.
  if (PLACE_OPENS.test(phrase)) return null
  const role = cleanRole(phrase)
  // Tested before cleaning: "is the head of Organised Crime" starts like a role, then loses its "the".
  return role &&
    !PARTICIPLE_START().test(role) &&
    hasRoleNoun(role, lexicon) &&
    (startsLikeRole(phrase) || opensWithRoleNoun(phrase, lexicon)) &&
    !isRelation(phrase, lexicon)
    ? role
    : // "who is the Chancellor", "who is House Speaker": an office that is no role noun.
      (predicateOffice(phrase)?.office ?? null)
}

/** A preposition of place opening a predicate: "on the coach", "at the scene"; not "in charge of". */
const PLACE_OPENS =
  /^\s*(?:on|at|aboard|inside|near|under|behind|with|from|into|onto|in(?![ \u00a0]charge))[ \u00a0]/i

/** Brackets right after a name, on one line, holding no brackets. */
const BRACKET_AFTER = /^[ \u00a0]?\(([^()\n]{2,80})\)/u
/** Capitalised words with the links of a unit's name: "Roads Policing", "Head of Roads Policing". */
const BRACKETED_OFFICE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}’'&-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}’'&-]*|of|the|and|for|&)){1,8}$`,
  'u',
)

/**
 * The office or function in brackets after a name: a phrase with a role noun or a unit noun
 * ("Head of Roads Policing", "Roads Policing Unit"), or two capitalised words or more ("Roads
 * Policing"). A word alone ("Labour", "NPCC", "Ret."), an age, a date or lower-case words
 * ("pictured", "née Jones") are no role.
 */
function bracketRole(inside: string, lexicon: Lexicon): string | null {
  const phrase = inside.trim()
  if (!/^\p{Lu}/u.test(phrase) || /\d/.test(phrase)) return null
  const words = phrase.split(/[\s,]+/)
  if (lexicon.notName.has(words[0]!.toLowerCase())) return null
  const named = words.some(
    (w) => lexicon.roleNouns.has(w.toLowerCase()) || UNIT_NOUN_SET.has(w.toLowerCase()),
  )
  return named || BRACKETED_OFFICE().test(phrase) ? cleanRole(phrase) : null
}

function untilSemicolon(s: string): string {
  const at = s.indexOf(';')
  return at < 0 ? s : s.slice(0, at)
}

const RELATION_WORDS: ReadonlySet<string> = new Set(RELATIONS)
const POSSESSIVE = lazyRegExp(
  String.raw`^(?:his|her|their|its|our|my|your|\p{L}[\p{L}-]{0,30}(?:[’']s|s[’']))$`,
  'u',
)
/** At most this many words stand between a possessive and the relation: "his long-term partner". */
const RELATION_GAP = 2

/**
 * True when a phrase says who a person is to someone, and holds no office besides: "his partner",
 * "the victim's mother", "said her long-term partner", not "a partner at Smith LLP" (no
 * possessive) or "his partner and the charity's director" (an office too).
 */
export function isRelation(phrase: string, lexicon: Lexicon): boolean {
  const words = phrase.toLowerCase().split(/[^\p{L}’'-]+/u)
  let related = false
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!
    const singular = word.endsWith('s') ? word.slice(0, -1) : word
    const relation = RELATION_WORDS.has(word) || RELATION_WORDS.has(singular)
    if (!relation) {
      if (lexicon.roleNouns.has(word)) return false
      continue
    }
    for (let j = k - 1; j >= Math.max(0, k - 1 - RELATION_GAP); j--) {
      if (POSSESSIVE().test(words[j]!)) related = true
    }
  }
  return related
}

/** Lower-case verbs that make a phrase a clause: "A former manager was sentenced …". */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'are',
  'been',
  'could',
  'did',
  'does',
  'had',
  'has',
  'have',
  'is',
  'was',
  'were',
  'will',
  'would',
])

/**
 * True when a phrase holds an auxiliary or a cue verb in lower case: it is a clause ("A former
 * manager was sentenced today …, U.S. Attorney X announced"), not an apposition naming a role.
 */
function hasFiniteVerb(phrase: string, lexicon: Lexicon): boolean {
  for (const w of phrase.split(/[\s,;]+/)) {
    if (/^\p{Ll}/u.test(w) && (AUXILIARIES.has(w) || lexicon.cueWords.has(w))) return true
  }
  return false
}

/**
 * Nouns of a unit written in lower case after the body it belongs to ("of GMP’s Oldham district",
 * "of the FBI’s Dallas field office"): part of the "of" phrase. Keep sorted.
 */
export const UNIT_NOUNS: readonly string[] = [
  'branch',
  'command',
  'department',
  'directorate',
  'district',
  'division',
  'office',
  'section',
  'squad',
  'team',
  'unit',
]

const UNIT_NOUN_SET: ReadonlySet<string> = new Set(UNIT_NOUNS)

/**
 * The words of a unit in lower case from `k` ("district", "field office", "economic crime unit"):
 * at most three plain words, the last a unit noun that ends the noun phrase; none when they name
 * no unit ("team leaders").
 */
function lowerCaseUnit(words: readonly string[], k: number, lexicon: Lexicon): string[] {
  for (let n = 0; n < 3 && k + n < words.length; n++) {
    const token = words[k + n]!
    const word = trimEndChars(token, ',.;:')
    if (!/^\p{Ll}{2,20}$/u.test(word)) return []
    if (UNIT_NOUNS.includes(word)) {
      const after = words[k + n + 1]
      const ends = word !== token || after === undefined || !/^\p{Ll}/u.test(after)
      const unit = [...words.slice(k, k + n), word]
      return ends || lexicon.cueWords.has(after) || AFTER_UNIT.has(after) ? unit : []
    }
    if (word !== token) return []
  }
  return []
}

/** Lower-case words that may follow a unit's name without going on with it. */
const AFTER_UNIT: ReadonlySet<string> = new Set(['and', 'as', 'at', 'in', 'on', 'to', 'who', 'with'])

/** "of 52 Division", "of the 3rd Precinct": a unit named by its number opens with it. */
const OF_HEAD = lazyRegExp(
  String.raw`^,?[ \u00a0]+(of|for|from)[ \u00a0]+(?:the[ \u00a0]+)?(?=\p{Lu}|\d{1,3}(?:st|nd|rd|th)?[ \u00a0]\p{Lu})`,
  'u',
)
const UNIT_NUMBER = /^\d{1,3}(?:st|nd|rd|th)?$/
const OF_WORD = lazyRegExp(
  String.raw`^(?:\p{Lu}[\p{L}\p{N}’'./&-]*|\(\p{Lu}[\p{Lu}\d]{1,7}\)|of|the|and|for|&)$`,
  'u',
)
const CONNECTING = /^(?:of|the|and|for|&|in|at)$/
const PLACE_LINK = /^(?:in|at)$/
const NOT_PLACES: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)])

/** True when a word names a place: capitalised, not a month or a weekday ("in March"). */
function opensPlace(token: string | undefined): boolean {
  const word = trimEndChars(token ?? '', ',.;:')
  return PLACE_WORD().test(word) && !NOT_PLACES.has(word.toLowerCase())
}
const INITIALS = lazyRegExp(String.raw`^(?:\p{Lu}\.){2,}$`, 'u')
/**
 * Abbreviations that open a place's name: "St. Louis", "Ft. Worth", "Mt. Pleasant", and the Irish
 * county, "Co. Mayo".
 */
const PLACE_ABBREVIATION = /^(?:St|Ste|Ft|Mt|Co)\.$/
const PLACE_NAME_AFTER = lazyRegExp(String.raw`^\p{Lu}\p{Ll}`, 'u')
/** Words that open a sentence after a company's "Co.": "Acme Co. The company …". */
const OPENS_SENTENCE_AFTER = lazyRegExp(
  String.raw`^(?:The|A|An|It|Its|He|She|His|Her|They|Their|We|Our|This|That|These|Those|In|On|At|But|And)(?![\p{L}])`,
  'u',
)

/** True when `token` is "St." or the like and a capitalised word follows: "the DEA's St. Louis Division". */
function placeAbbreviation(token: string, next: string | undefined): boolean {
  if (!PLACE_ABBREVIATION.test(token) || next === undefined || !PLACE_NAME_AFTER().test(next)) return false
  return token !== 'Co.' || !OPENS_SENTENCE_AFTER().test(next)
}

/** One capitalised word, with the comma that may end it: an item of a list in a body's name. */
const LIST_ITEM = lazyRegExp(String.raw`^\p{Lu}[\p{L}’'-]*,?$`, 'u')
/** At most this many items of a list in a body's name are read ahead. */
const AGENCY_LIST_ITEMS = 8

/**
 * True when the words from `k` go on with a list in a body's name: capitalised words one at a
 * time, commas between them, then "and" and a capitalised word ("Tobacco, Firearms and
 * Explosives", "Food and the Marine"). Two capitalised words in a row ("Tom Baker and …") are no such list.
 */
function listInName(words: readonly string[], k: number): boolean {
  for (let t = k; t < Math.min(words.length, k + AGENCY_LIST_ITEMS); t++) {
    const w = words[t]!
    if (w === 'and') return capitalAfterAnd(words, t)
    if (!LIST_ITEM().test(w)) return false
    if (!w.endsWith(',')) return words[t + 1] === 'and' && capitalAfterAnd(words, t + 1)
  }
  return false
}

/**
 * True when one capitalised word closes the list after "and" at `k`, or "and the": "and
 * Explosives (ATF)", "and the Marine"; "and Tom Baker" is the next person.
 */
function capitalAfterAnd(words: readonly string[], k: number): boolean {
  const at = words[k + 1] === 'the' ? k + 2 : k + 1
  const next = words[at] ?? ''
  if (!/^\p{Lu}/u.test(next)) return false
  return /[,.;:]$/.test(next) || !/^\p{Lu}/u.test(words[at + 1] ?? '')
}

/**
 * The place or body in an "of …" or "for …" phrase right after a name, without its leading
 * "of the": "Kevan Verry, of the Northland Organised Crime Unit, says" gives "Northland Organised
 * Crime Unit"; "Dana J. Boente of the Eastern District of Virginia and …" stops before "and".
 */
function ofPhrase(after: string, lexicon: Lexicon): string | null {
  const head = OF_HEAD().exec(after)
  if (head === null) return null
  const rest = after.slice(head[0].length)
  const words = rest.split(/[ \u00a0]/)
  const kept: string[] = []
  let at = head[0].length
  for (let k = 0; k < words.length; k++) {
    const token = words[k]!
    const word = trimEndChars(token, ',.;:')
    // "of the Road Policing Unit in Aberdeen": a place after "in" or "at" belongs to the unit.
    if (kept.length > 0 && token === word && PLACE_LINK.test(word) && opensPlace(words[k + 1])) {
      kept.push(word)
      at += token.length + 1
      continue
    }
    // "52" of "of 52 Division": a number opens the phrase only before a word in capitals.
    if (k === 0 && token === word && UNIT_NUMBER.test(word)) {
      kept.push(word)
      at += token.length + 1
      continue
    }
    if (!OF_WORD().test(word)) {
      // "of GMP’s Oldham district", "of the FBI’s Dallas field office": a unit named in lower case
      // after its capitalised owner ends the phrase.
      if (kept.length > 0) kept.push(...lowerCaseUnit(words, k, lexicon))
      break
    }
    // "… and Assistant Director in Charge Andrew McCabe", "of Maryland and John Conyers of
    // Michigan": "and" opens the next person.
    // "of the Homicide and Major Enquiry Team": words in capitals after "and" that close on a
    // body's word go on with the body's name, though a rank ("Major") opens them.
    if (
      word === 'and' &&
      (nextIsTitledPerson(after, at + token.length + 1, lexicon) || bareNameNext(words, k + 1, lexicon)) &&
      !capitalsCloseOnBody(words, k + 1, lexicon)
    )
      break
    // Punctuation ends the phrase, but for a place written "City, D.C." and initials ("D.C.").
    const placeNext = token.endsWith(',') && INITIALS().test(trimEndChars(words[k + 1] ?? '', ','))
    const initials = INITIALS().test(token) || placeAbbreviation(token, words[k + 1])
    // "of the Bureau of Alcohol, Tobacco, Firearms and Explosives": a list in an agency's name.
    const listNext = token.endsWith(',') && kept.some((w) => AGENCY_HEADS.has(w)) && listInName(words, k + 1)
    kept.push(placeNext || initials || listNext ? token : word)
    at += token.length + 1
    if (word !== token && !placeNext && !initials && !listNext) break
  }
  while (kept.length > 0 && CONNECTING.test(kept.at(-1)!)) kept.pop()
  if (kept.length === 0) return null
  // "from" names where a person comes from: a role only when it names a body or unit ("from
  // Ballarat CIU", "from the Major Crime Unit"), not a home town ("from Leeds").
  // A body's word in a street's name names a home still: "from School Lane", "from Hospital Road".
  if (head[1] === 'from' && (!kept.some((w) => namesBody(w, lexicon)) || STREET_ENDS.has(kept.at(-1)!)))
    return null
  return cleanRole(kept.join(' '))
}

/** Last words of streets' names, whose first words may be a body's: "School Lane", "Hospital Road". */
const STREET_ENDS: ReadonlySet<string> = new Set([
  'Avenue',
  'Close',
  'Crescent',
  'Drive',
  'Lane',
  'Road',
  'Street',
  'Terrace',
  'Way',
])

/** A word of a person's name as written in full: "John", "Conyers", "O’Neill", "Smith-Jones", or an initial ("M."). */
const FULL_NAME_WORD = lazyRegExp(String.raw`^(?:\p{Lu}\p{Ll}[\p{L}’'-]{0,24}|\p{Lu}\.)$`, 'u')
/** What follows a person's name in a list of people with their places or bodies: "of", "from". */
const AFTER_LISTED_NAME = /^(?:of|from)$/

/**
 * True when `words` from `k` are a person's full name, two or three words of a name, then "of" or
 * "from" and the next one's place or body: "John Conyers of" after "of Maryland and". A body's
 * name goes on in capitals ("and Human Services Committee") or ends in a body's word.
 */
function bareNameNext(words: readonly string[], k: number, lexicon: Lexicon): boolean {
  for (let n = 2; n <= 3; n++) {
    const name = words.slice(k, k + n)
    if (name.length < n || !name.every((w) => FULL_NAME_WORD().test(w) && isNameWord(w, lexicon))) continue
    if (name[0]!.endsWith('.') || name.at(-1)!.endsWith('.')) continue
    const next = words[k + n]
    if (next !== undefined && AFTER_LISTED_NAME.test(next)) return true
  }
  return false
}

/** At most this many words in capitals after "and" are read for a body's word that closes them. */
const BODY_RUN_MAX = 5

/**
 * True when the words in capitals from `k` close, within `BODY_RUN_MAX` words, on a body's or a
 * unit's word before any punctuation: "Major Enquiry Team", "Cyber Crime Unit"; not "Major Jane
 * Doe" or "Tom Baker".
 */
function capitalsCloseOnBody(words: readonly string[], k: number, lexicon: Lexicon): boolean {
  for (let n = k; n < words.length && n < k + BODY_RUN_MAX; n++) {
    const token = words[n]!
    const word = trimEndChars(token, ',.;:')
    if (!/^\p{Lu}/u.test(word)) return false
    if (n > k && !ACRONYM_WORD().test(word) && namesBody(word, lexicon)) return true
    if (word !== token) return false
  }
  return false
}

/** A word that makes a phrase a body's or a unit's name: an acronym ("CID") or a word such as "Unit". */
function namesBody(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase()
  return (
    ACRONYM_WORD().test(word) ||
    lexicon.organisationWords.has(lower) ||
    UNIT_NOUNS.includes(lower) ||
    memberBodyWords().has(word)
  )
}

/**
 * The words, but its article, of a body whose members go by a name of their own (`MEMBER_NAMES`):
 * "Garda" and "Síochána" of "An Garda Síochána", so "from Cork Garda Station" names a unit of it.
 */
const memberBodyWords: () => ReadonlySet<string> = onFirstUse(
  () =>
    new Set(
      Object.keys(MEMBER_NAMES)
        .flatMap((body) => body.split(' ').slice(1))
        .filter((w) => w.length > 2),
    ),
)

/** A possessive in lower case right before an office: "the charity’s ", "the forces’ ". */
const POSSESSIVE_BEFORE = lazyRegExp(String.raw`\p{Ll}(?:[’']s|s[’'])[ \u00a0]$`, 'u')
const ARTICLE_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?)[ \u00a0]$`, 'u')
const THE_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}])[Tt]he[ \u00a0]$`, 'u')
const ACRONYM_WORD = lazyRegExp(String.raw`^\p{Lu}{2,}[\p{Lu}\d]{0,8}$`, 'u')
const DOTTED_INITIALS = lazyRegExp(String.raw`^(?:\p{Lu}\.){2,4}$`, 'u')
const PLACE_WORD = lazyRegExp(String.raw`^\p{Lu}\p{Ll}{1,20}$`, 'u')
const BODY_OPENERS: ReadonlySet<string> = new Set(BODY_NAME_OPENERS)
/** A company's legal form abbreviated with a stop, after a space: " Inc.", " Corp.", " Ltd.", " Co.". */
const COMPANY_FORM_STOP = /(?<=[ \u00a0])(?:Inc|Corp|Co|Ltd|Pty|Plc|LLC|PLC|LLP)\.$/u
/** What may follow a company's legal form inside a sentence: a word in lower case, or an acronym ("CEO"). */
const AFTER_COMPANY_STOP = lazyRegExp(String.raw`^(?:\p{Ll}|\p{Lu}{2,}(?![\p{L}]))`, 'u')
/** Legal forms written without a stop, which go on the name before them: "Acme plc", "Acme GmbH", "Acme Pty. Limited". */
const COMPANY_FORM_WORDS: ReadonlySet<string> = new Set(['GmbH', 'Limited', 'Oyj', 'Plc', 'SpA', 'plc'])

/**
 * Where the word that starts at `j` starts once the capitalised parts joined to it by hyphens
 * are taken ("Waikato-Tainui", "Tri-County"); `j` when none is.
 */
function hyphenatedStart(text: string, j: number): number {
  let start = j
  for (let n = 0; n < 3 && text[start - 1] === '-'; n++) {
    let h = start - 1
    while (h > 0 && /[\p{L}\d]/u.test(text[h - 1]!)) h--
    if (h === start - 1 || !/\p{Lu}/u.test(text[h]!)) break
    start = h
  }
  return start === j || !/\p{Lu}/u.test(text[j]!) ? j : start
}

/** Prefixes that make a compound a description, not a name: "Post-Covid", "Ex-Detective". */
const BOUND_PREFIXES: ReadonlySet<string> = new Set(['Ex', 'Mid', 'Non', 'Post', 'Pre', 'Self'])

/** The word of a body named for its holder, right after the possessive: "Sheriff’s Office". */
const HOLDERS_BODIES = /^(?:Office|Department|Bureau|Chambers)[ \u00a0]/u

/** At most this many words of an agency or place are read before an office. */
const AGENCY_WORDS = 6

/**
 * Where an agency or place written before a title starts: "ATF New Orleans " before "Special
 * Agent in Charge", "Merseyside " before "Police and Crime Commissioner", "Border Force " before
 * "Deputy Director": acronyms and capitalised words, each one space apart. A word that opens a
 * sentence without naming anything ("Yesterday", "Praising", "He") ends the run. With
 * `possessive`, a body's name in the possessive may end the run ("Europol’s Executive Director").
 */
function agencyBefore(
  text: string,
  at: number,
  lexicon: Lexicon,
  possessive = false,
  bodyOf = true,
  agent = false,
): number {
  // "Homeland Security Investigations (HSI) Special Agent in Charge": the agency's acronym in
  // brackets after its name, both before the office.
  const bracket = ACRONYM_BRACKET_BEFORE().exec(text.slice(Math.max(0, at - 16), at))
  if (bracket !== null) {
    const named = at - bracket[0].length + 1
    // "Federal Bureau of Investigation (FBI)": the words the acronym spells, "of" and all, then
    // any agency or country before them ("U.S. Drug Enforcement Administration (DEA)").
    let spelled = spelledNameStart(text, named, bracket[1]!)
    // "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)": a name its acronym does not spell.
    if (spelled === named) spelled = headedNameStart(text, named, bracket[1]!)
    // An acronym that spells no name before it ("Office of Personnel Management (ATF)") opens none.
    const start = agencyBefore(text, spelled, lexicon, false, spelled < named)
    if (start < named) return start
  }
  let i = at
  let start = at
  // Right after a legal form the run took: "Bushland Pty. Ltd.", two forms, each with its stop.
  let afterForm = false
  for (let k = 0; k < AGENCY_WORDS; k++) {
    // One space apart, plain or no-break: dumps of web pages keep "New&nbsp;Orleans" as U+00A0.
    if (text[i - 1] !== ' ' && text[i - 1] !== '\u00a0') break
    let j = i - 1
    while (j > 0 && /[\p{L}\d]/u.test(text[j - 1]!)) j--
    // "Acme Inc. chief executive", "Acme Corp. CEO": a company's legal form with its stop goes on
    // the name before it, which must follow for the run to take it. A word in capitals after the
    // stop may open a sentence ("… to Acme Inc. Chief Constable Jane Doe said"), an acronym not.
    const form =
      j === i - 1 && (afterForm || AFTER_COMPANY_STOP().test(text.slice(i, i + 8)))
        ? COMPANY_FORM_STOP.exec(text.slice(Math.max(0, i - 7), i - 1))
        : null
    // "Acme plc chief executive", "Acme GmbH CEO": a form without its stop, on the same terms.
    const bare =
      form === null &&
      COMPANY_FORM_WORDS.has(text.slice(j, i - 1)) &&
      !/[\p{L}\d’'.-]/u.test(text[j - 1] ?? '')
    if (form !== null || bare) {
      i = form !== null ? i - form[0].length - 1 : j
      afterForm = true
      k--
      continue
    }
    afterForm = false
    // A country in initials: "U.S. District Judge", "U.K. Border Force".
    if (j === i - 1) while (j > 0 && /[\p{Lu}.]/u.test(text[j - 1]!)) j--
    if (j === i - 1 && text[j - 1] === '&') j--
    // "Waikato-Tainui chief executive", "Tri-County Sheriff": capitalised parts joined by hyphens
    // are one word of the body's name.
    const joined = j < i - 1 ? hyphenatedStart(text, j) : j
    let word = text.slice(j, i - 1)
    // "Sheriff’s Office", "District Attorney’s Office": an office holder's possessive before the
    // word that names a body is part of the body's name.
    if (
      word === 's' &&
      start < at &&
      /[’']/.test(text[j - 1] ?? '') &&
      HOLDERS_BODIES.test(text.slice(start, at))
    ) {
      let h = j - 1
      while (h > 0 && /[\p{L}\d]/u.test(text[h - 1]!)) h--
      const holder = text.slice(h, j - 1)
      if (
        !PLACE_WORD().test(holder) ||
        !agencyWord(holder, lexicon) ||
        /[\p{L}\d’'-]/u.test(text[h - 1] ?? '')
      )
        break
      start = h
      i = h
      continue
    }
    // "Europol’s Executive Director", "Kent Police’s Chief Constable": a body's name in the
    // possessive right before the office is whose office it is (a person's, "Smith’s", is not read);
    // so it is before capitalised words that open the office ("INTERPOL’s Executive Director of …",
    // where "Director of …" is what was read).
    if (possessive && word === 's' && /[’']/.test(text[j - 1] ?? '')) {
      let h = j - 1
      while (h > 0 && /[\p{L}\d]/u.test(text[h - 1]!)) h--
      word = text.slice(h, j - 1)
      if (!possessiveBody(word, text.slice(Math.max(0, h - 30), h), lexicon)) break
      j = h
    }
    // "Enforcement and Removal Operations Boston Field Office Director": "and" after a body's
    // abstract noun joins two words of one agency's name (not "John Smith and …", two people).
    if (
      (word === 'and' || word === '&') &&
      start < at &&
      (joinsAgency(text, j) || unitNamed(text, start, at))
    ) {
      i = j
      k--
      continue
    }
    // "Police Scotland ", "National Crime Agency ": words that name no one but belong to bodies' names.
    const known = ACRONYM_WORD().test(word) || DOTTED_INITIALS().test(word) || BODY_OPENERS.has(word)
    if (joined < j) {
      const parts = text.slice(joined, i - 1).split('-')
      if (BOUND_PREFIXES.has(parts[0]!)) break
      if (!parts.every((p) => ACRONYM_WORD().test(p) || (PLACE_WORD().test(p) && agencyWord(p, lexicon))))
        break
      j = joined
    } else if (
      !(
        known ||
        (PLACE_WORD().test(word) && (agencyWord(word, lexicon) || unitGerund(text, j, word, lexicon)))
      )
    )
      break
    // "O’Neill", "Smith-Jones": a word that goes on before is part of a name, not an agency.
    if (/[\p{L}\d’'-]/u.test(text[j - 1] ?? '')) break
    start = j
    i = j
  }
  // "Enforcement and Removal Operations (ERO) Boston Field Office Director": a place and a unit
  // between the agency's acronym and the office belong to the title too.
  if (start < at && ACRONYM_BRACKET_BEFORE().test(text.slice(Math.max(0, start - 16), start))) {
    const agency = agencyBefore(text, start, lexicon, false, bodyOf)
    if (agency < start) return agency
  }
  // "Office of Inspector General Special Agent in Charge", "Department of Homeland Security
  // Secretary": a body's word and "of" open the agency's name, and what stands before it may too.
  const body = bodyOf ? BODY_OF_BEFORE().exec(text.slice(Math.max(0, start - 80), start)) : null
  // Not "The Department of Justice and Policing Minister": the office opens after "and".
  if (body !== null && bodyWord(body[1]!, lexicon) && !AND_LAST.test(body[0]))
    return agencyBefore(text, start - body[0].length, lexicon)
  // "An Post chief executive", "An Garda Síochána Commissioner": the Irish article opens the name.
  if (start < at && IRISH_ARTICLE_BEFORE().test(text.slice(Math.max(0, start - 4), start + 2))) start -= 3
  // "In Manchester Detective Sergeant X": a place after a preposition says where, not whose office.
  // With `agent`, "by", "with" or "from" before the body is whose office it is ("joined by Retail
  // NI chief executive X"), as a place never is.
  return (agent ? WHERE_PREPOSITION() : PLACE_PREPOSITION()).test(text.slice(Math.max(0, start - 12), start))
    ? at
    : start
}

/**
 * A body's word in capitals, "of" and up to three words of the rest of its name, right before an
 * office: "Office of ", "Department of Homeland ". Group 1: the body's word.
 */
const BODY_OF_BEFORE = lazyRegExp(
  String.raw`(?<![\p{L}\d’'.-])(\p{Lu}\p{Ll}{2,20})[ \u00a0](?:of|for)[ \u00a0](?:the[ \u00a0])?(?:\p{Lu}\p{Ll}{1,20}[ \u00a0](?:and[ \u00a0])?){0,3}$`,
  'u',
)

const AND_LAST = /[ \u00a0]and[ \u00a0]$/

/** An acronym in brackets and a space before an office: " (HSI) ", " (DfI) ". */
const ACRONYM_BRACKET_BEFORE = lazyRegExp(
  String.raw`[ \u00a0]\((\p{Lu}(?:[\p{Lu}&-]|[fo](?=\p{Lu})){1,10})\)[ \u00a0]$`,
  'u',
)

/** "An " at a word's start before a word that opens with a consonant: the Irish article, not the English one. */
const IRISH_ARTICLE_BEFORE = lazyRegExp(String.raw`(?<![\p{L}\d’'-])An[ ][BCDFGJKLMNPQRSTVWXZ]\p{Ll}$`, 'u')

const KNOWN_BODY_NAMES: ReadonlySet<string> = new Set(Object.keys(KNOWN_BODIES))

const POSSESSIVE_PLACES: ReadonlySet<string> = new Set([...BODY_NAME_PLACES, 'Britain', 'US'])
/** The word right before a text's end, after one space: "Police" of "… Police ". */
const LAST_WORD = lazyRegExp(String.raw`(?:^|[^\p{L}])(\p{L}{1,30})[ \u00a0]$`, 'u')

/**
 * A word in the possessive that names a body: an acronym, a well-known body or a word such as
 * "Police"; a place only at the end of a body's name ("Police Scotland’s", not "Scotland’s First
 * Minister" or "the UK’s Home Secretary", whose office is the country's). `before` is the text
 * before the word.
 */
function possessiveBody(word: string, before: string, lexicon: Lexicon): boolean {
  if (POSSESSIVE_PLACES.has(word))
    return lexicon.organisationWords.has(LAST_WORD().exec(before)?.[1]?.toLowerCase() ?? '')
  return (
    ACRONYM_WORD().test(word) ||
    KNOWN_BODY_NAMES.has(word) ||
    BODY_OPENERS.has(word) ||
    (PLACE_WORD().test(word) && lexicon.organisationWords.has(word.toLowerCase()))
  )
}

const OFFICE_HEAD_SET: ReadonlySet<string> = new Set(OFFICE_HEADS)
/** "Crime and " right before "Policing Minister": the first word of a portfolio of two. */
const CAPITALISED_WORD_BEFORE = lazyRegExp(String.raw`\p{Lu}[\p{L}.’'-]{0,20}[ \u00a0]$`, 'u')
const PORTFOLIO_AND_BEFORE = lazyRegExp(
  String.raw`(?:^|[^\p{L}\d’'.-])(\p{Lu}\p{Ll}{2,20})[ \u00a0]and[ \u00a0]$`,
  'u',
)

/**
 * Where a minister's portfolio of two starts before an office built on its second word: "Crime
 * and " before "Policing Minister"; `at` when there is none. Only for an office of a word and its
 * head that no listed title opens ("Home Secretary" is one), and not after a preposition ("… of
 * Justice and Policing Minister X" names a body first).
 */
function portfolioBefore(text: string, at: number, title: string, lexicon: Lexicon): number {
  const words = title.trim().split(/\s+/)
  // "Policing Minister Dame Diana Johnson": an honorific between the office and the name.
  while (words.length > 2 && HONORIFIC_WORDS.has(words.at(-1)!)) words.pop()
  // "Volunteers and NSW Commissioner": an acronym before the head names a body or place, which
  // ends the run; a portfolio is a field written as a word.
  if (
    words.length !== 2 ||
    !OFFICE_HEAD_SET.has(words[1]!) ||
    lexicon.titleStarts.has(words[0]!.toLowerCase()) ||
    ACRONYM_WORD().test(words[0]!)
  )
    return at
  const m = PORTFOLIO_AND_BEFORE().exec(text.slice(Math.max(0, at - 30), at))
  if (!m || !agencyWord(m[1]!, lexicon)) return at
  const first = at - m[0].length + m[0].indexOf(m[1]!)
  // The portfolio opens the run of capitals: after "of" it names a body, after "Mr" a person.
  const before = text.slice(Math.max(0, first - 12), first)
  return PLACE_PREPOSITION().test(before) || CAPITALISED_WORD_BEFORE().test(before) ? at : first
}

/** A capitalised abstract noun that may open a body's name before "and": "Enforcement", "Immigration", "Security". */
const ABSTRACT_NOUN_BEFORE = lazyRegExp(
  String.raw`(?:^|[^\p{L}])\p{Lu}\p{Ll}{2,20}(?:ment|tion|sion|ance|ence|ity)[ \u00a0]$`,
  'u',
)

/**
 * The words of emergency services that open a body's name before "and": "Fire and Emergency New
 * Zealand", "Fire and Rescue NSW", "Greater Manchester Fire and Rescue Service".
 */
const SERVICE_WORDS = EMERGENCY_SERVICE_WORDS.join('|')
const SERVICE_WORD_BEFORE = lazyRegExp(`(?:^|[^\\p{L}])(?:${SERVICE_WORDS})[ \\u00a0]$`, 'u')
/**
 * "and" then a second word of emergency services right after a name that ends in one: "Kent Fire"
 * of "Kent Fire and Rescue Service", "Fire and Emergency", "Customs and Border Protection".
 */
const SERVICE_PAIR_AFTER = lazyRegExp(
  `^[ \\u00a0]{1,3}(?:and|&)[ \\u00a0]{1,3}(?:${SERVICE_WORDS})(?![\\p{L}])`,
  'u',
)

/** True when a bare name ends in a service's word that "and" joins to another: a body's name opens there. */
function opensServiceName(text: string, end: number, tokens: readonly string[]): boolean {
  return (
    SERVICE_WORD_BEFORE().test(`${tokens.at(-1)} `) && SERVICE_PAIR_AFTER().test(text.slice(end, end + 16))
  )
}

/** Whether "and" at `at` follows a word of an agency's name, so the run goes on over it. */
function joinsAgency(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at)
  return ABSTRACT_NOUN_BEFORE().test(before) || SERVICE_WORD_BEFORE().test(before)
}

/**
 * True when the words read before an office end in a unit's noun: "Missing Persons Unit" of
 * "Homicide & Missing Persons Unit Detective Sergeant", whose name may hold "and" or "&".
 */
function unitNamed(text: string, start: number, at: number): boolean {
  const last = text.slice(start, at).trimEnd()
  return UNIT_NOUN_SET.has(
    last.slice(Math.max(last.lastIndexOf(' '), last.lastIndexOf('\u00a0')) + 1).toLowerCase(),
  )
}

/** The prepositions of `PLACE_PREPOSITION` that only say where: not "by", "with" or "from". */
const WHERE_PREPOSITION = lazyRegExp(
  String.raw`(?:^|[^\p{L}])(?:in|at|for|near|across|outside|inside|within|throughout|on|of)[ \u00a0]$`,
  'iu',
)
const PLACE_PREPOSITION = lazyRegExp(
  String.raw`(?:^|[^\p{L}])(?:in|at|from|for|with|by|near|across|outside|inside|within|throughout|on|of)[ \u00a0]$`,
  'iu',
)

/** True when a capitalised word can belong to an agency or place: not a pronoun, cue, honorific or "-ing" verb. */
function agencyWord(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase()
  return !(
    lexicon.notName.has(lower) ||
    lexicon.cueWords.has(lower) ||
    lexicon.pronouns.has(lower) ||
    HONORIFIC_WORDS.has(word) ||
    lower === 'to' ||
    (lower.endsWith('ing') && !SERVICE_GERUNDS.has(lower))
  )
}

const CAPITALISED_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}\d’'-])(\p{Lu}[\p{L}]{1,20})[ \u00a0]$`, 'u')

/**
 * True when an "-ing" word names a unit with the capitalised word or the "and" before it ("Roads
 * Policing Inspector", "Homicide & Missing Persons Unit"); alone it opens a clause ("Praising
 * Chief …").
 */
function unitGerund(text: string, at: number, word: string, lexicon: Lexicon): boolean {
  if (!word.endsWith('ing')) return false
  const near = text.slice(Math.max(0, at - 23), at)
  // "Homicide & Missing Persons Unit": after "and" the word goes on a unit's name.
  if (AND_BEFORE().test(near)) return true
  const before = CAPITALISED_BEFORE().exec(near)?.[1]
  return before !== undefined && agencyWord(before, lexicon)
}

const AND_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}])(?:and|&)[ \u00a0]$`, 'u')

const AGENCY_AND = lazyRegExp(String.raw`^\p{Lu}\p{Ll}{1,20}\s{1,3}and\s{1,3}`, 'u')

/**
 * True when a titled person starts right at `at`, with a title that opens as a listed one does
 * ("Assistant Director in Charge X"): "Police and Crime Commissioner X" is one office, since
 * "Crime Commissioner" is only a word before an office head.
 */
function startsTitledPerson(text: string, at: number, lexicon: Lexicon): boolean {
  const re = lexicon.personAt
  re.lastIndex = at
  const m = re.exec(text)
  const title = m?.[PERSON_TITLE]
  if (title === undefined || AGENCY_AND().test(title)) return false
  // "Police and Fire Minister X": a field before an office's head is no listed title, though
  // "Fire Chief" is one; the two fields share the office.
  const words = title.trim().split(/\s+/)
  if (words.length === 2 && OFFICE_HEAD_SET.has(words[1]!) && !TITLE_SET.has(words.join(' '))) return false
  return lexicon.titleStarts.has(/^[^\s/]+/.exec(title)![0].toLowerCase())
}

function nextIsTitledPerson(text: string, at: number, lexicon: Lexicon): boolean {
  const re = lexicon.personAt
  re.lastIndex = at
  const m = re.exec(text)
  return m !== null && m[PERSON_TITLE] !== undefined
}

/** A part that names a body or place in capitals: "Newark Field Office", "D.C.", "Firearms and Explosives (ATF)". */
const CAPITALISED_PART = lazyRegExp(
  String.raw`^\s*(?:\p{Lu}[\p{L}\d’'.&-]*|\(\p{Lu}[\p{Lu}\d]{1,7}\))(?:[ \u00a0]+(?:\p{Lu}[\p{L}\d’'.&-]*|of|the|and|for|&|\(\p{Lu}[\p{Lu}\d]{1,7}\))){0,8}\s*$`,
  'u',
)

/**
 * An office's field in capitals, then the body it serves after "at": "Policy and Research at the
 * Institute", "Marketing at Acme" of "Executive Director, Policy and Research at the Institute".
 */
const FIELD_AT_BODY = lazyRegExp(
  String.raw`^\s*(\p{Lu}[\p{L}’'-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}’'-]*|and|&)){0,4})[ \u00a0]+at[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}\d’'.&-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\d’'.&-]*|of|the|and|for|&)){0,6}\s*$`,
  'u',
)

/**
 * True when capitalised words name an office's field, not a person: a field's word ("Marketing",
 * "Corporate Affairs"), fields joined by "and", or a word no name has; "Tom Baker" has none.
 */
function namesField(phrase: string, lexicon: Lexicon): boolean {
  return phrase
    .trim()
    .split(/[ \u00a0]+/)
    .some(
      (w) =>
        w === 'and' ||
        w === '&' ||
        FIELD_WORDS.has(w.toLowerCase()) ||
        MINISTRY_FIELD_SET.has(w) ||
        !isNameWord(w, lexicon),
    )
}

/**
 * A comma part that goes on with the role: ", and the national lead for X" (not ", and Special
 * Agent in Charge X", the next person), a one-word item
 * ("Clear, Hold, Build"), or a body or place in capitals ("IRS Criminal Investigation, Newark
 * Field Office"), unless it is a day or a month, or only a name ("Jane Doe").
 */
function continuesRole(part: string, lexicon: Lexicon): boolean {
  const and = /^\s*and\s+/.exec(part)
  // "…, and Special Agent in Charge X of the FBI": "and" and a titled name open the next person.
  if (and) return !nextIsTitledPerson(part, and[0].length, lexicon)
  // "…, Vice President, Global Marketing, at Acme": the body the office is held at, set off by its
  // comma, goes on the role; a day or a month ("at Christmas") does not.
  const body = BODY_AT().exec(part)
  if (body !== null) return !lexicon.notName.has(body[1]!.toLowerCase())
  if (!CAPITALISED_PART().test(part)) {
    const field = FIELD_AT_BODY().exec(part)?.[1]
    return field !== undefined && namesField(field, lexicon)
  }
  const words = part.trim().split(/[ \u00a0]+/)
  if (lexicon.notName.has(words[0]!.toLowerCase())) return false
  if (words.length < 2) return true
  // "…, Chief Executive Officer, Acme Group", "…, Detachment Commander, Red Deer RCMP": a body's
  // name, its last word a body's word or initials, goes on the role; a person's does not.
  const last = trimEndChars(words.at(-1)!, '.,;:')
  if (
    lexicon.organisationWords.has(last.toLowerCase()) ||
    (BODY_INITIALS().test(last) && !lexicon.postNominals.has(last))
  )
    return true
  // "…, Director, Public Health", "…, Head of Service, Adult Social Care": a remit's field, set off
  // by its comma, goes on the role; no name ends in one.
  if (REMIT_GOES_ON.has(last)) return true
  // "…, Vice President, Global Marketing", "…, Head, Corporate Affairs": a part that ends in a
  // field's noun is the office's field; no name ends in one.
  if (FIELD_NOUN_END.has(last.toLowerCase())) return true
  // "…, Professor Paul Taylor": a titled name opens the next person.
  return !words.every((w) => isNameWord(w, lexicon)) && !nextIsTitledPerson(part, part.search(/\S/), lexicon)
}

/** "at" and a body's name in capitals: " at Acme", " at the Acme Trust". Group 1: its first word. */
const BODY_AT = lazyRegExp(
  String.raw`^\s*at[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[\p{L}\d’'.&-]*)(?:[ \u00a0]+(?:\p{Lu}[\p{L}\d’'.&-]*|of|the|and|for|&)){0,6}\s*$`,
  'u',
)

/** Nouns of an office's field that end no name: "Marketing" of "Global Marketing", "Sales". */
const FIELD_NOUN_END: ReadonlySet<string> = new Set([
  'campaigns',
  'communications',
  'development',
  'engagement',
  'finance',
  'fundraising',
  'marketing',
  'operations',
  'policy',
  'research',
  'sales',
  'strategy',
])

/** A body's initials: "RCMP", "FBI". */
const BODY_INITIALS = lazyRegExp(String.raw`^\p{Lu}{2,8}$`, 'u')

/** Only stops, commas or closing marks: what may follow a phrase's last words. */
const CLOSING_MARKS = /^[\s.,;:!?”’"')]*$/u
/** "and" and a name of two or three words in capitals: " and John Smith". */
const AND_NAME = lazyRegExp(
  String.raw`^[ \u00a0]+and[ \u00a0]+\p{Lu}[\p{L}’'-]{1,24}(?:[ \u00a0]\p{Lu}[\p{L}’'-]{1,24}){1,2}`,
  'u',
)

/**
 * True when a comma part opens a second speaker of the same cue: "and" and a name, then the cue
 * ("Jane Doe, head of policy, and John Smith said") or the second one's own role ("…, and John
 * Smith, chief executive of Shelter, said"). A role's own words after "and" ("…, and Organised
 * Crime") are followed by neither.
 */
function opensSecondSpeaker(
  part: string,
  next: string | undefined,
  lexicon: Lexicon,
  endsText = false,
  afterRole = false,
): boolean {
  // Right after the role's own words: "…, Tom Baker and Ali Khan said" names two more people.
  if (afterRole && namesTwoPeople(stripTrailingCue(part, lexicon), lexicon)) return true
  const m = AND_NAME().exec(part)
  if (m === null) return afterRole && surnameThenCue(part, lexicon, endsText)
  const rest = part.slice(m[0].length)
  if (cueAfterGap(rest, /^[ \u00a0]*$/, lexicon)) return true
  // "Jane Smith, chair of Shelter, and Tom Baker met on Monday": the second name opens a clause.
  if (afterRole && CLAUSE_AFTER_NAME().test(rest) && namedPerson(m[0], lexicon)) return true
  // A speaker's phrase cut before its cue ends with the second name: "…, and Tom Baker"; a body's
  // words ("…, Food, and Rural Affairs") name no one.
  // After an office and its field ("…, Head, Corporate Affairs, and Tom Baker"), only a name
  // with no field's word: "…, Food, and Rural Affairs" goes on with the remit.
  if (endsText && /^[ \u00a0]*$/.test(rest))
    return namedPerson(m[0], lexicon) && (afterRole || !namesField(m[0].trim().slice(4), lexicon))
  if (!/^[ \u00a0]*$/.test(rest) || next === undefined || !hasRoleNoun(next, lexicon)) return false
  // "…, and Tom Baker, chief of …": an office in lower case after the name is the second one's.
  if (/^[ \u00a0]+\p{Ll}/u.test(next)) return true
  // "…, and Tom Baker, U.S. Attorney for …": so is one in capitals, when the words after "and"
  // are a person's name, none of them a body's word ("…, and Rural Affairs Committee").
  return (
    /^[ \u00a0]+\p{Lu}/u.test(next) &&
    namedPerson(m[0], lexicon) &&
    !m[0].split(/[ \u00a0]+/).some((w) => lexicon.organisationWords.has(w.toLowerCase()))
  )
}

/** "and" and a name of two or three words in capitals closing a part: " and Tom Baker". */
const AND_NAME_AT_END = lazyRegExp(
  String.raw`[ \u00a0]and[ \u00a0]\p{Lu}[\p{L}’'-]{1,24}(?:[ \u00a0]\p{Lu}[\p{L}’'-]{1,24}){1,2}[ \u00a0]*$`,
  'u',
)

/**
 * Where a comma part of a role gives way to a second speaker: " Public Health and Tom Baker said"
 * gives the offset of " and", when the part is a field in capitals before it and the words after
 * it are a name, no field's ("Food and Rural Affairs" stays whole), closing the speaker's phrase
 * (its cue follows, or the phrase ends there). -1 when it does not.
 */
function secondNameClosing(part: string, lexicon: Lexicon, endsText: boolean, office = false): number {
  // "… of Public Health and Tom Baker told reporters": the office's part ends at its cue, whatever follows.
  const written = office ? beforeFirstCue(part, lexicon) : stripTrailingCue(part, lexicon)
  if (written.length === part.length && !endsText) return -1
  const m = AND_NAME_AT_END().exec(written)
  if (m === null || m.index === 0) return -1
  const field = remitField(written.slice(0, m.index), lexicon, office)
  if (field === null || !CAPITALISED_PART().test(field) || !namesField(field, lexicon)) return -1
  const afterAnd = m[0]
    .trim()
    .split(/[ \u00a0]+/)
    .slice(1)
  // "… and Dr Tom Baker said": an honorific opens the name.
  const words = HONORIFIC_WORDS.has(trimEndChars(afterAnd[0]!, '.')) ? afterAnd.slice(1) : afterAnd
  if (
    words.some(
      (w) => REMIT_GOES_ON.has(w) || FIELD_NAME_WORD_SET.has(w) || FIELD_NOUN_END.has(w.toLowerCase()),
    )
  )
    return -1
  return words.every((w) => isNameWord(w, lexicon)) && !namesField(words.join(' '), lexicon) ? m.index : -1
}

/** An office's remit in capitals after "of" or "for" closing a part: " of Public Health". */
const REMIT_FIELD_AT_END = lazyRegExp(
  String.raw`[ \u00a0](?:of|for)[ \u00a0](?:the[ \u00a0])?(\p{Lu}[\p{L}’'-]{0,24}(?:[ \u00a0](?:\p{Lu}[\p{L}’'-]{0,24}|and|&)){0,4})$`,
  'u',
)

/**
 * The field of a part before "and": the part itself when it is in capitals ("Public Health" of
 * "Director, Public Health"), unless the part must hold its office (`office`: "Kent Police" of
 * "Jane Doe, Kent Police and …" is no field), or an office's remit after "of" or "for" ("Public
 * Health" of "Director of Public Health"), when the words before it hold a role's noun. Null
 * otherwise.
 */
function remitField(part: string, lexicon: Lexicon, office = false): string | null {
  if (!office && CAPITALISED_PART().test(part)) return part
  const remit = REMIT_FIELD_AT_END().exec(part)
  return remit !== null && hasRoleNoun(part.slice(0, remit.index), lexicon) ? remit[1]! : null
}

/**
 * Words of a field's name in capitals that no person's name holds, besides the fields of
 * ministries: "Social" and "Care" of "Health and Social Care", "Human Resources", "Data
 * Science". Keep sorted.
 */
const FIELD_NAME_WORDS: readonly string[] = [
  'Adult',
  'Analytics',
  'Assurance',
  'Business',
  'Change',
  "Children's",
  'Children’s',
  'Climate',
  'Commercial',
  'Community',
  'Compliance',
  'Corporate',
  'Customer',
  'Data',
  'Delivery',
  'Design',
  'Digital',
  'Diversity',
  'Economic',
  'Employment',
  'Enterprise',
  'Environmental',
  'Equality',
  'Estates',
  'Experience',
  'Facilities',
  'Financial',
  'Governance',
  'Growth',
  'Human',
  'Inclusion',
  'Infrastructure',
  'Innovation',
  'Insight',
  'Intelligence',
  'Investment',
  'Learning',
  'Mental',
  'Partnerships',
  'People',
  'Performance',
  'Planning',
  'Procurement',
  'Property',
  'Protection',
  'Public',
  'Quality',
  'Regeneration',
  'Regulatory',
  'Relations',
  'Resources',
  'Rights',
  'Risk',
  'Rural',
  'Science',
  'Sciences',
  'Social',
  'Standards',
  'Strategic',
  'Support',
  'Technology',
  'Transformation',
  'Welfare',
  'Wellbeing',
]

const FIELD_NAME_WORD_SET: ReadonlySet<string> = new Set(FIELD_NAME_WORDS)

/** A word in lower case after a name, no link of a body's name: " met on Monday", not " of Kent". */
const CLAUSE_AFTER_NAME = lazyRegExp(
  String.raw`^[ \u00a0]+(?!(?:of|for|and|the|in|at|&)[ \u00a0])\p{Ll}`,
  'u',
)
/** "and" and one word in capitals: " and Baker". */
const AND_SURNAME = lazyRegExp(String.raw`^[ \u00a0]+and[ \u00a0]+(\p{Lu}[\p{L}’'-]{1,24})`, 'u')
/** Two names of two or three words in capitals joined by "and": " Tom Baker and Ali Khan". */
const TWO_NAMES = lazyRegExp(
  String.raw`^[ \u00a0]+\p{Lu}[\p{L}’'-]{1,24}(?:[ \u00a0]\p{Lu}[\p{L}’'-]{1,24}){1,2}[ \u00a0]+and[ \u00a0]+\p{Lu}[\p{L}’'-]{1,24}(?:[ \u00a0]\p{Lu}[\p{L}’'-]{1,24}){1,2}[ \u00a0]*$`,
  'u',
)

/** True when the words after "and" in `matched` (" and Tom Baker") are all a name's. */
function namedPerson(matched: string, lexicon: Lexicon): boolean {
  return matched
    .trim()
    .split(/[ \u00a0]+/)
    .slice(1)
    .every((w) => isNameWord(w, lexicon))
}

/** True when a part is two people's names joined by "and": " Tom Baker and Ali Khan". */
function namesTwoPeople(part: string, lexicon: Lexicon): boolean {
  const words = part.trim().split(/[ \u00a0]+/)
  // "…, Minister of Public Safety, Democratic Institutions and Intergovernmental Affairs": a
  // remit's field ends the words, which go on the office's list, not a person's name.
  const and = words.indexOf('and')
  if (REMIT_GOES_ON.has(words[and - 1] ?? '') || REMIT_GOES_ON.has(words.at(-1)!)) return false
  return TWO_NAMES().test(part) && words.every((w) => w === 'and' || isNameWord(w, lexicon))
}

/**
 * True when a part is "and", a surname alone, then the cue (" and Baker said"), or the end of a
 * speaker's phrase cut before its cue (`endsText`).
 */
function surnameThenCue(part: string, lexicon: Lexicon, endsText: boolean): boolean {
  const m = AND_SURNAME().exec(part)
  if (m === null || !isNameWord(m[1]!, lexicon)) return false
  const rest = part.slice(m[0].length)
  if (endsText && /^[ \u00a0]*$/.test(rest)) return true
  return cueAfterGap(rest, /^[ \u00a0]+$/, lexicon)
}

/** A remit in lower case at the end of a role: "executive member for climate". */
const LOWER_REMIT_END = lazyRegExp(
  String.raw`(?:^|[ \u00a0])(?:for|of)[ \u00a0][\p{Ll}’' \u00a0-]{1,40}$`,
  'u',
)
/** One item of a list in lower case: " energy", " environmental services and green space". */
const LOWER_ITEM = lazyRegExp(String.raw`^[ \u00a0]\p{Ll}[\p{Ll}’' \u00a0-]{0,40}$`, 'u')
const LIST_AND = /[ \u00a0]and[ \u00a0]/
/** At most this many items of a remit's list are read after its first. */
const LIST_ITEMS = 6

/**
 * How many comma parts a role whose remit ends in lower case ("executive member for climate")
 * keeps when a list goes on over the next parts to one joined by "and" (", energy, environmental
 * services and green space"): the count of parts up to that one, or 1 when no list closes so.
 */
function remitListEnd(parts: readonly string[], lexicon: Lexicon): number {
  if (!LOWER_REMIT_END().test(parts[0]!)) return 1
  for (let k = 1; k < parts.length && k <= LIST_ITEMS; k++) {
    const item = parts[k]!
    if (!LOWER_ITEM().test(item) || hasFiniteVerb(item, lexicon)) return 1
    if (LIST_AND.test(item)) return k + 1
  }
  return 1
}

/** Initials cut at the sentence's stop get it back: "HSI Washington, D.C". */
function closeInitials(role: string | null): string | null {
  return role !== null && /(?:^|[\s,])\p{Lu}(?:\.\p{Lu}){1,3}$/u.test(role) ? `${role}.` : role
}

const DASHES = '–—-'

/** The words between two spaced dashes after a name: " – Divisional Commander for Edinburgh – said". */
function dashApposition(after: string): string | null {
  if (!/^\s/.test(after)) return null
  const body = after.trimStart()
  if (!DASHES.includes(body[0] ?? '') || !/^\s/.test(body.slice(1))) return null
  for (let i = 2; i < body.length && i < 150; i++) {
    if (DASHES.includes(body[i]!) && /\s/.test(body[i - 1]!) && /\s/.test(body[i + 1] ?? ''))
      return body.slice(2, i)
  }
  return null
}

/** The words before the first cue verb in lower case: "Tom Baker" of "Tom Baker told reporters". */
function beforeFirstCue(part: string, lexicon: Lexicon): string {
  lexicon.cue.lastIndex = 0
  for (let m = lexicon.cue.exec(part); m !== null; m = lexicon.cue.exec(part)) {
    if (/^\p{Ll}/u.test(m[0])) return part.slice(0, m.index)
  }
  return part
}

/** Cues whose object is the listener: "told the BBC", "urged residents". */
export const LISTENER_CUES = /^(?:told|tells|asked|asks|urged|urges|urging|warned|warns|called on)$/i

/** Cues that are verbs only, whatever follows them: "said in a statement", "added on Monday". */
const VERB_ONLY_CUES = /^(?:said|says|added|adds)$/

/**
 * The words after a cue with its listener, or after a cue that is a verb only, to the end of the
 * part: " reporters:" of "told reporters:", " the BBC" of "told the BBC", " in a statement" of
 * "said in a statement"; at most six words.
 */
const LISTENER_AFTER = lazyRegExp(
  String.raw`^[ \u00a0]{1,3}[\p{L}\d’'.&-]{1,30}(?:[ \u00a0]{1,3}[\p{L}\d’'.&-]{1,30}){0,5}[ \u00a0]*[:,]?[ \u00a0]*$`,
  'u',
)

/**
 * A role without the cue that closes its clause: "NPCC lead for Y" of "NPCC lead for Y said", and
 * of "NPCC lead for Y told reporters:" or "… said in a statement:", a cue with the words it takes.
 */
function stripTrailingCue(role: string, lexicon: Lexicon): string {
  lexicon.cue.lastIndex = 0
  let last: RegExpExecArray | null = null
  for (let m = lexicon.cue.exec(role); m !== null; m = lexicon.cue.exec(role)) last = m
  if (last === null) return role
  const after = role.slice(last.index + last[0].length)
  if (onlyChars(after, ':,')) return role.slice(0, last.index)
  if (
    (LISTENER_CUES.test(last[0]) || VERB_ONLY_CUES.test(last[0])) &&
    /^\p{Ll}/u.test(last[0]) &&
    LISTENER_AFTER().test(after)
  )
    return role.slice(0, last.index)
  return role
}

/** A role noun phrase inside a longer phrase: "Praising the work NPCC Lead for X" gives "NPCC Lead for X". */
export function roleFromPhrase(phrase: string, lexicon: Lexicon): string | null {
  const words = [...phrase.matchAll(/[^\s]+/g)]
  let k = words.findIndex((w) => lexicon.roleNouns.has(w[0].toLowerCase().replace(/[^\p{L}-]/gu, '')))
  if (k < 0) return null
  k = officeStart(words, k, lexicon)
  // "The council’s environmental enforcement manager": fields of no list, after a possessive.
  const field = fieldWordsStart(words, k)
  if (field < k) k = officeStart(words, field, lexicon)
  // "Officers thanked the store manager": a noun before the office's makes one office with it.
  else if (k > 0 && LOWER_WORD().test(words[k]![0]) && isCompoundNoun(words[k - 1]![0], lexicon))
    k = officeStart(words, k - 1, lexicon)
  if (k > 0 && /^(?:[Tt]he|[Aa]n?)$/.test(words[k - 1]![0])) k--
  return cleanRole(phrase.slice(words[k]!.index))
}

/**
 * Where the office whose word is at `k` starts: over the capitalised words of the same noun phrase
 * ("National Police Chiefs’ Council Chair") and its fields in lower case ("The council’s cabinet
 * member for transport").
 */
function officeStart(words: readonly RegExpMatchArray[], k: number, lexicon: Lexicon): number {
  let at = k
  while (at > 0) {
    const word = words[at - 1]![0]
    if (/[.:;,]$/.test(word) && !(word.endsWith(',') && titleOverComma(word, ` ${wordsFrom(words, at)}`)))
      break
    // "Robbery and Serious Crime Squad Commander": "and" between capitals joins words of one name.
    if (
      (word === 'and' || word === '&') &&
      at < k &&
      at > 1 &&
      /^\p{Lu}[\p{L}’'-]*$/u.test(words[at - 2]![0])
    ) {
      at--
      continue
    }
    // "Department of Justice spokesperson", "Department of the Environment spokesperson": "of" or
    // "for" between capitals joins a body's name, which names the office.
    const link = word === 'the' ? 2 : 1
    if (
      at < k &&
      at > link &&
      /^(?:of|for)$/.test(words[at - link]![0]) &&
      (link === 1 || word === 'the') &&
      /^\p{Lu}[\p{L}’'-]*$/u.test(words[at - link - 1]![0])
    ) {
      at -= link
      continue
    }
    if (!(/^[\p{Lu}&]/u.test(word) || isPossessive(word) || officeModifier(word, lexicon))) break
    at--
  }
  return at
}

/** True when a word is in the possessive ("council’s"), not a contraction ("she’s", "It’s"). */
function isPossessive(word: string): boolean {
  const m = /^(\p{L}[\p{L}-]{0,30})[’']s$/u.exec(word)
  return m !== null ? !NOT_POSSESSIVE_BODIES.has(m[1]!.toLowerCase()) : /[’']s$/.test(word)
}

const COMPOUND_WORD = lazyRegExp(String.raw`^\p{Ll}{3,15}$`, 'u')
/** Endings of adjectives, adverbs and participles, which describe an office's holder: "helpful", "newly". */
const DESCRIBING_END = /(?:ly|ful|ous|ive|ible|able|ing|ed|est|ish|less|al|ic)$/
/**
 * Adjectives with no such ending that describe the holder rather than name the office, and
 * adverbs of the clause ("Outside court today chief executive …"). Keep sorted.
 */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  'again',
  'already',
  'also',
  'both',
  'current',
  'even',
  'former',
  'good',
  'great',
  'here',
  'just',
  'late',
  'local',
  'new',
  'next',
  'now',
  'old',
  'once',
  'only',
  'other',
  'own',
  'past',
  'same',
  'sole',
  'still',
  'then',
  'there',
  'today',
  'tomorrow',
  'tonight',
  'very',
  'yesterday',
  'young',
])

/**
 * True when a word in lower case before an office's noun is a noun that makes one office with it
 * ("store" of "store manager", "site" of "site supervisor"): not an adjective by its ending or by
 * the list, nor a word of the clause ("the", "his", "was").
 */
function isCompoundNoun(word: string, lexicon: Lexicon): boolean {
  return (
    COMPOUND_WORD().test(word) &&
    !DESCRIBING_END.test(word) &&
    !DESCRIBING_WORDS.has(word) &&
    !NOT_OFFICE_WORDS.has(word) &&
    !lexicon.cueWords.has(word) &&
    !lexicon.pronouns.has(word)
  )
}

/** At most this many words in lower case stand between a body's possessive and its office's noun. */
const FIELD_REACH = 3
const OPENING_ARTICLE = /^(?:[Tt]he|[Aa]n?)$/

/**
 * Where an office's words start when only words in lower case stand between it and a body's
 * possessive (the possessive's word, then) or the phrase's opening article: "The council’s
 * environmental enforcement manager", "The senior investigating officer". `k` when no such
 * opening is near: in "Officers thanked the manager" the words before the noun are the clause's.
 */
function fieldWordsStart(words: readonly RegExpMatchArray[], k: number): number {
  let j = k
  while (j > 0 && k - j < FIELD_REACH && LOWER_WORD().test(words[j - 1]![0])) j--
  if (j === k || j === 0) return k
  const opener = words[j - 1]![0]
  if (isPossessive(opener)) return j - 1
  return j === 1 && OPENING_ARTICLE.test(opener) ? j : k
}

function startsLikeRole(s: string): boolean {
  return /^(?:\p{Lu}|\p{N}|(?:now|also|currently|the|a|an|formerly)\s)/u.test(s.trim())
}

/** Words before an office's noun that may still open it in lower case: "divisional commander". */
const ROLE_NOUN_REACH = 3

/** True when a role noun is among a phrase's first words: "is divisional commander for Tayside". */
function opensWithRoleNoun(s: string, lexicon: Lexicon): boolean {
  const words = s.trim().toLowerCase().split(/\s+/, ROLE_NOUN_REACH)
  return words.some((w) => lexicon.roleNouns.has(w.replace(/[^\p{L}-]+/gu, '')))
}

/** True when a phrase holds a role noun as a word ("lead", "Head", "CEO"). */
export function hasRoleNoun(s: string, lexicon: Lexicon): boolean {
  for (const w of s.toLowerCase().split(/[^\p{L}-]+/u)) if (lexicon.roleNouns.has(w)) return true
  return false
}

/** Trims a role to what the release calls the person: no leading "now a", no trailing punctuation. */
export function cleanRole(role: string): string | null {
  const bare = role.trim().replace(LEADING_FILLER, '')
  // "cabinet member for housing (Lab, Northtown)": a party in brackets is no part of the office.
  let r = withoutAsideAtEnd(trimEndChars(bare, ',;:.'))
  // "CEO of Acme Inc.": the stop of a company's legal form is the word's own, as a sentence's
  // stop after it is too.
  if (COMPANY_FORM_END.test(r) && bare[r.length] === '.') r += '.'
  return r.length > 0 && r.length <= 200 ? r : null
}

/** A company's legal form written with a stop, at the end of a role: " Inc", " Corp", " Ltd". */
const COMPANY_FORM_END = /(?<=[ \u00a0])(?:Inc|Corp|Co|Ltd|Pty|Bros)$/u
/** A second legal form after the first's stop: "Pty. Ltd.", "Co. Limited". */
const FORM_AFTER_FORM = lazyRegExp(String.raw`^[ \u00a0](?:Ltd|Limited|Inc|LLC)(?![\p{L}])`, 'u')

function untilSentenceEnd(s: string): string {
  const re = SENTENCE_END()
  re.lastIndex = 0
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    // "… of the Acme Trust. 2024 was hard" ends at the stop; "at No. 10" and "Vol. 2" go on.
    if (
      /\d/.test(s.slice(m.index + 1).trimStart()[0] ?? '') &&
      NUMBER_ABBREVIATION().test(s.slice(Math.max(0, m.index - 4), m.index))
    )
      continue
    // "Natalie K. Wight, U.S. Attorney for the District of Oregon": a country's initials before
    // the office they qualify end no sentence.
    if (m[0] === '.' && countryBeforeOffice(s, m.index)) continue
    // "Special Agent in Charge of the FBI's St. Paul Field Office": "St." opens a place.
    if (m[0] === '.' && placeAbbreviationAt(s, m.index)) continue
    // "… of Acme Pty. Ltd." and "… CEO of Acme Inc.": a legal form's stop goes on to the next
    // form, or closes the sentence and stays the word's.
    if (m[0] === '.' && COMPANY_FORM_END.test(s.slice(Math.max(0, m.index - 6), m.index))) {
      if (FORM_AFTER_FORM().test(s.slice(m.index + 1, m.index + 12))) continue
      return s.slice(0, m.index + 1)
    }
    return s.slice(0, m.index)
  }
  return s
}

/** True when the stop at `dot` closes "St." or the like before a place's name. */
function placeAbbreviationAt(s: string, dot: number): boolean {
  let j = dot
  while (j > 0 && /\p{L}/u.test(s[j - 1]!)) j--
  return placeAbbreviation(s.slice(j, dot + 1), s.slice(dot + 1, dot + 40).trimStart())
}

/** True when the stop at `dot` closes a country in initials ("U.S") that an office follows. */
function countryBeforeOffice(s: string, dot: number): boolean {
  let j = dot
  while (j > 0 && /[\p{L}.]/u.test(s[j - 1]!)) j--
  return DOTTED_COUNTRY().test(s.slice(j, dot)) && OFFICE_AFTER().test(s.slice(dot + 1, dot + 40))
}

/** The text after the last sentence boundary in `s` (abbreviations such as "Supt." do not end one). */
export function sentenceTail(s: string, lexicon: Lexicon): string {
  for (let i = s.length - 2; i >= 0; i--) {
    const c = s[i]
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(s[i + 1]!)) {
      if (c === '.' && isAbbreviation(s, i, lexicon)) continue
      return s.slice(i + 1).trimStart()
    }
  }
  return s.trimStart()
}

/** True when the full stop at `dot` closes an abbreviation or an initial rather than a sentence. */
export function isAbbreviation(s: string, dot: number, lexicon: Lexicon): boolean {
  let j = dot
  while (j > 0 && /[\p{L}.]/u.test(s[j - 1]!)) j--
  const word = s.slice(j, dot)
  if (/^\p{Lu}$/u.test(word)) return true
  if (DOTTED_COUNTRY().test(word) && OFFICE_AFTER().test(s.slice(dot + 1, dot + 40))) return true
  return lexicon.abbreviations.has(word.toLowerCase())
}

/** A country in initials ("U.S", "U.K") before the office it qualifies: "U.S. Attorney for …". */
const DOTTED_COUNTRY = lazyRegExp(String.raw`^\p{Lu}(?:\.\p{Lu}){1,2}$`, 'u')
/** What follows a country's initials in the offices listed with them: "Attorney" of "U.S. Attorney". */
const OFFICE_AFTER = lazyRegExp(
  () =>
    `^[ \\u00a0](?:${alternation(
      [...TITLES, ...REMIT_OFFICES].flatMap((t) => /^(?:\p{Lu}\.){2,3}\s(.+)$/u.exec(t)?.[1] ?? []),
      '[ \\u00a0]',
    )})(?![\\p{L}])`,
  'u',
)

/** Splits at commas outside brackets. */
export function topLevelParts(s: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '(' || c === '[') depth++
    else if ((c === ')' || c === ']') && depth > 0) depth--
    else if (c === ',' && depth === 0) {
      parts.push(s.slice(from, i))
      from = i + 1
    }
  }
  parts.push(s.slice(from))
  return parts
}
