// A rank and a name written in capitals, as some publishers print a speaker, name a person with a
// title; a word in capitals alone, or a body's name in capitals, stays a body.
import { describe, expect, it } from 'vitest'
import { spellsInitials, titledPersonInCapitals } from './capital-names'
import { extractQuotesAndPeople } from './extract-quotes'
import { lexiconWith } from './patterns'
import { type Who, who } from './test-helpers'

const lexicon = lexiconWith({})

/** The first quote's speaker and cue, and the kind of the first person of the release. */
function read(input: string): [Who, string | null, string | undefined] {
  const { quotes, people } = extractQuotesAndPeople(input)
  return [who(quotes[0]), quotes[0]?.cue ?? null, people[0]?.kind]
}

describe('a titled name in capitals', () => {
  it.each<[string, Who, string]>([
    [
      'DETECTIVE SUPERINTENDENT MARY SMITH SAID: “We are grateful to the public.”',
      ['MARY SMITH', 'DETECTIVE SUPERINTENDENT', null],
      'SAID',
    ],
    [
      '“This was a frightening ordeal,” said DETECTIVE INSPECTOR JOHN JONES.',
      ['JOHN JONES', 'DETECTIVE INSPECTOR', null],
      'said',
    ],
    // A middle name, a role after it, a rank in initials, a name with a hyphen or an apostrophe.
    [
      '“We will not stop,” said DETECTIVE CONSTABLE ALAN ROBERT BROWN of the CID.',
      ['ALAN ROBERT BROWN', 'DETECTIVE CONSTABLE', 'CID'],
      'said',
    ],
    ['DCI MARY SMITH said: “We are grateful.”', ['MARY SMITH', 'DCI', null], 'said'],
    [
      '“We are grateful,” said DETECTIVE CHIEF INSPECTOR SARAH-JANE MCDONALD.',
      ['SARAH-JANE MCDONALD', 'DETECTIVE CHIEF INSPECTOR', null],
      'said',
    ],
    ['MR JOHN O’BRIEN said: “We are grateful.”', ['JOHN O’BRIEN', 'MR', null], 'said'],
    // The role in capitals too, after a comma.
    [
      'CHIEF CONSTABLE JO FARRELL, NPCC LEAD FOR ROADS POLICING, SAID: “We are grateful.”',
      ['JO FARRELL', 'CHIEF CONSTABLE', 'NPCC LEAD FOR ROADS POLICING'],
      'SAID',
    ],
    // Only the name in capitals.
    [
      'Detective Superintendent MARY SMITH said: “We are grateful.”',
      ['MARY SMITH', 'Detective Superintendent', null],
      'said',
    ],
  ])('is a person with a title: %s', (input, speaker, cue) => {
    expect(read(input)).toEqual([speaker, cue, 'person'])
  })

  it('is the person a later short reference names', () => {
    const { quotes } = extractQuotesAndPeople(
      'DETECTIVE SUPERINTENDENT MARY SMITH SAID: “We are grateful.”\n\n“We will go on,” Det Supt Smith said.',
    )
    expect(quotes.map(who)).toEqual([
      ['MARY SMITH', 'DETECTIVE SUPERINTENDENT', null],
      ['MARY SMITH', 'DETECTIVE SUPERINTENDENT', null],
    ])
  })
})

describe('a name in capitals with no rank, or a rank and a surname', () => {
  it.each<[string, Who, string]>([
    ['JANE DOE SAID: “We are grateful to the public.”', ['JANE DOE', null, null], 'SAID'],
    ['“We are grateful,” said JOHN SMITH, chief executive.', ['JOHN SMITH', null, 'chief executive'], 'said'],
    ['“We are grateful,” JANE MARY DOE said.', ['JANE MARY DOE', null, null], 'said'],
    ['DETECTIVE INSPECTOR JONES said: “We are grateful.”', ['JONES', 'DETECTIVE INSPECTOR', null], 'said'],
    ['“We are grateful,” said CHIEF CONSTABLE SMITH.', ['SMITH', 'CHIEF CONSTABLE', null], 'said'],
    // A link word in capitals between the name and its role.
    ['“We are grateful,” said JANE DOE OF ACME HOUSING.', ['JANE DOE', null, 'ACME HOUSING'], 'said'],
    [
      'JOHN SMITH FROM WESTSHIRE COUNCIL SAID: “We are grateful.”',
      ['JOHN SMITH', null, 'WESTSHIRE COUNCIL'],
      'SAID',
    ],
  ])('is a person: %s', (input, speaker, cue) => {
    expect(read(input)).toEqual([speaker, cue, 'person'])
  })

  it('is the person a later short reference names', () => {
    const { quotes } = extractQuotesAndPeople(
      'JANE DOE SAID: “We are grateful.”\n\n“We will go on,” Ms Doe added.',
    )
    expect(quotes.map(who)).toEqual([
      ['JANE DOE', null, null],
      ['JANE DOE', null, null],
    ])
  })

  it.each<[string, string]>([
    // A body's name in capitals, a rank with no name, initials with no vowel.
    ['“We work with partners,” said GREATER MANCHESTER POLICE.', 'GREATER MANCHESTER POLICE'],
    ['THE COUNCIL said: “We work with partners.”', 'COUNCIL'],
    ['“We work with partners,” said BBC NEWS.', 'BBC NEWS'],
    ['CHIEF INSPECTOR said: “We work with partners.”', 'CHIEF INSPECTOR'],
    // A place's name, and a body's name with a link word inside it.
    ['DOWNING STREET said: “We work with partners.”', 'DOWNING STREET'],
    ['“We work with partners,” said BANK OF ENGLAND.', 'BANK OF ENGLAND'],
  ])('is no person: %s', (input, name) => {
    const [speaker, , kind] = read(input)
    expect([speaker?.[0], kind]).toEqual([name, 'organisation'])
  })
})

describe('words in capitals that name a body', () => {
  it.each<[string, string]>([
    ['“Fraud harms everyone,” the NCA said.', 'NCA'],
    ['HMRC said: “We work with partners.”', 'HMRC'],
    ['“We will help,” FBI said.', 'FBI'],
    ['NATIONAL CRIME AGENCY said: “We work with partners.”', 'NATIONAL CRIME AGENCY'],
    ['“We work with partners,” said KENT POLICE.', 'KENT POLICE'],
    ['“We work with partners,” said THE NCA.', 'NCA'],
  ])('stay an organisation: %s', (input, name) => {
    expect(read(input)).toEqual([[name, null, null], 'said', 'organisation'])
  })

  it.each([
    'NCA',
    'the NCA',
    'NATIONAL CRIME AGENCY',
    // Written in the case of a name: no business of this rule, letters after it or not.
    'Detective Superintendent Mary Smith',
    'Attorney-General the Hon Mark Dreyfus KC MP',
  ])('gives no person in capitals: %s', (phrase) => {
    expect(titledPersonInCapitals(phrase, lexicon)).toBeNull()
  })
})

describe('names in capitals joined by "AND"', () => {
  /** The first quote's speaker, the names of those who speak with them, and the speaker's kind. */
  const joint = (input: string): [Who, readonly string[] | undefined, string | undefined] => {
    const [q] = extractQuotesAndPeople(input).quotes
    return [who(q), q?.speaker?.coSpeakers, q?.speaker?.kind]
  }

  it.each<[string, Who, readonly string[]]>([
    // Written in the style of publishers that print speakers in capitals.
    ['JANE DOE AND TOM BAKER SAID: “We are grateful.”', ['JANE DOE', null, null], ['TOM BAKER']],
    ['“We are grateful,” said JANE DOE AND TOM BAKER.', ['JANE DOE', null, null], ['TOM BAKER']],
    [
      'JANE DOE, TOM BAKER AND ALI KHAN SAID: “We are grateful.”',
      ['JANE DOE', null, null],
      ['TOM BAKER', 'ALI KHAN'],
    ],
    // A rank before either name: the first named still speaks first.
    [
      'JANE DOE AND DETECTIVE SERGEANT TOM BAKER SAID: “We are grateful.”',
      ['JANE DOE', null, null],
      ['TOM BAKER'],
    ],
    [
      'DETECTIVE INSPECTOR JANE DOE AND TOM BAKER SAID: “We are grateful.”',
      ['JANE DOE', 'DETECTIVE INSPECTOR', null],
      ['TOM BAKER'],
    ],
  ])('gives the first the quote, with the others: %s', (input, speaker, others) => {
    expect(joint(input)).toEqual([speaker, others, 'person'])
  })

  it.each([
    // Bodies' names in capitals joined by "AND", and a word in capitals before the names.
    'KENT POLICE AND ESSEX POLICE SAID: “We are grateful.”',
    'THE JANE DOE AND TOM BAKER TRUST SAID: “We are grateful.”',
    // A surname alone on each side of "AND" names a firm.
    'SMITH AND JONES SAID: “We are grateful.”',
  ])('reads no people speaking together from: %s', (input) => {
    expect(extractQuotesAndPeople(input).people.filter((p) => p.kind === 'person')).toEqual([])
  })

  it.each<[string, Who, readonly string[]]>([
    // A run of capitals with no rank that ends as a body's or a firm's name ("HOUSING", "WATER",
    // "MOTORS") is that body's, beside another body or alone.
    ['ACME HOUSING AND KENT POLICE SAID: “We are grateful.”', ['ACME HOUSING', null, null], ['KENT POLICE']],
    ['“We are grateful,” said THAMES WATER AND KENT POLICE.', ['THAMES WATER', null, null], ['KENT POLICE']],
    ['“We are grateful,” said ACME HOMES.', ['ACME HOMES', null, null], []],
    ['ACME AIRWAYS SAID: “We are grateful.”', ['ACME AIRWAYS', null, null], []],
  ])('reads bodies speaking together from: %s', (input, speaker, others) => {
    const [q] = extractQuotesAndPeople(input).quotes
    expect([who(q), q?.speaker?.coSpeakers ?? [], q?.speaker?.kind]).toEqual([
      speaker,
      others,
      'organisation',
    ])
  })

  it.each<[string, Who]>([
    ['JANE DOE AND KENT POLICE SAID: “We are grateful.”', ['JANE DOE', null, null]],
    ['“We are grateful,” Housing Secretary Jane Doe said.', ['Jane Doe', 'Housing Secretary', null]],
    ['DETECTIVE INSPECTOR JANE WATER SAID: “We are grateful.”', ['JANE WATER', 'DETECTIVE INSPECTOR', null]],
  ])('keeps a person named beside a body or with an office of that kind: %s', (input, speaker) => {
    const [q] = extractQuotesAndPeople(input).quotes
    expect([who(q), q?.speaker?.kind]).toEqual([speaker, 'person'])
  })
})

describe('a surname in capitals after a rank in the case of a name', () => {
  it.each<[string, Who, string]>([
    // Written in the style of publishers that print surnames in capitals.
    [
      'Detective Superintendent JONES said: “We are grateful.”',
      ['JONES', 'Detective Superintendent', null],
      'said',
    ],
    ['“We are grateful,” said Chief Constable SMITH.', ['SMITH', 'Chief Constable', null], 'said'],
    ['“We are grateful,” said Det Supt O’NEILL.', ['O’NEILL', 'Det Supt', null], 'said'],
    ['Mr JONES said: “We are grateful.”', ['JONES', 'Mr', null], 'said'],
    // A role after the surname, in capitals or not.
    [
      'Detective Superintendent JONES of the NCA said: “We are grateful.”',
      ['JONES', 'Detective Superintendent', 'NCA'],
      'said',
    ],
  ])('is a person with the title: %s', (input, speaker, cue) => {
    expect(read(input)).toEqual([speaker, cue, 'person'])
  })

  it.each([
    // A well-known body's name after an office, and a body's initials after a body's name.
    '“We are grateful,” said Director EUROPOL.',
    // A body's initials set apart from the office by a comma or "of".
    '“We are grateful,” said Director, FBI.',
    '“We are grateful,” said Director of NCA.',
    '“We are grateful,” said Director, NASA.',
    '“We are grateful,” said Kent Police NCA.',
    // A given name in the case of a name, the surname in capitals: no rank before it.
    '“We are grateful,” said Jane DOE.',
  ])('is no person with a title: %s', (input) => {
    const [speaker] = read(input)
    expect(speaker?.[1] ?? null).toBeNull()
    expect(read(input)[2]).not.toBe('person')
  })
})

// Written in the style of agencies' releases that put a body's initials after an office.
describe('initials in capitals after an office that heads a body', () => {
  /** The first quote's speaker: name, title, role and kind. */
  const speaker = (input: string) => {
    const s = extractQuotesAndPeople(input).quotes[0]?.speaker
    return s ? [s.name, s.title, s.role, s.kind] : null
  }

  it.each([
    // Letters that open no surname, or none at all.
    ['“We are grateful,” said Director FBI.', ['FBI', null, 'Director', 'organisation']],
    ['Director CBI said: “We are grateful.”', ['CBI', null, 'Director', 'organisation']],
    ['“We are grateful,” Chief Executive NCA said.', ['NCA', null, 'Chief Executive', 'organisation']],
    // Letters a surname may have, in a release that shows them a body's.
    [
      'The space agency NASA launched the probe.\n\n“We are grateful,” said Director NASA.',
      ['NASA', null, 'Director', 'organisation'],
    ],
    [
      'The Australian Communications and Media Authority (ACMA) fined the firm.\n\n“We are grateful,” Chief Executive ACMA said.',
      ['Australian Communications and Media Authority', null, 'Chief Executive', 'organisation'],
    ],
  ])('are the body, the office the role: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each([
    // A surname in capitals after an office, in a release that names no one else so.
    ['“We are grateful,” said Director JONES.', ['JONES', 'Director', null, 'person']],
    ['Director JONES said: “We are grateful.”', ['JONES', 'Director', null, 'person']],
    ['“We are grateful,” Chief Executive ADAMS said.', ['ADAMS', 'Chief Executive', null, 'person']],
    ['“We are grateful,” said Director MCDONALD.', ['MCDONALD', 'Director', null, 'person']],
    // Letters a body's initials may have too, with nothing in the release to say it is one.
    ['“We are grateful,” said Director NASA.', ['NASA', 'Director', null, 'person']],
  ])('are a person when the letters may spell a surname and nothing says a body: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('tells initials by letters that open no surname', () => {
    expect(['FBI', 'NCA', 'HMRC', 'DWP', 'CBI'].filter(spellsInitials)).toEqual([
      'FBI',
      'NCA',
      'HMRC',
      'DWP',
      'CBI',
    ])
    expect(
      ['JONES', 'SMITH', 'ADAMS', 'STRAUSS', 'SCHMIDT', 'MCDONALD', 'NASA'].filter(spellsInitials),
    ).toEqual([])
  })

  it.each([
    // A rank, an honorific or an elected office addresses a surname in capitals.
    [
      '“We are grateful,” said Detective Superintendent JONES.',
      ['JONES', 'Detective Superintendent', null, 'person'],
    ],
    ['“We are grateful,” said Mr JONES.', ['JONES', 'Mr', null, 'person']],
    ['“We are grateful,” said Mayor ADAMS.', ['ADAMS', 'Mayor', null, 'person']],
    // A surname the release writes after a given name.
    [
      'Director Jean DUPONT opened the centre.\n\n“We are grateful,” Director DUPONT said.',
      ['DUPONT', 'Director', null, 'person'],
    ],
    ['“We are grateful,” said Director Smith.', ['Smith', 'Director', null, 'person']],
  ])('leave a person addressed by rank or named before: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})
