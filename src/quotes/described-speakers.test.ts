/**
 * Speakers the release describes rather than names: "said the judge" as "the judge said", people
 * called by a noun in lower case ("the victim said", "her mother said"); and roles written after a
 * name that open with a word in "-ing" ("ranking member") or an acronym ("WHO Director-General"),
 * or follow a member's party and state ("Sen. Jane Doe, R-Iowa, chair of …"); a spokesperson of an
 * office in the possessive. Sentences written in the style of court, police, legislature and
 * agency releases.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { extractQuotes } from './extract-quotes'
import { who } from './test-helpers'

/** The first quote of a release with a title line: its text, speaker and cue. */
function firstQuote(body: string) {
  const q = extract(`Title of the release\n\n${body}\n`).releases[0]?.quotes[0]
  return q
    ? { text: q.text, speaker: q.speaker ? [q.speaker.name, q.speaker.title] : null, cue: q.cue }
    : null
}

describe('an office after the cue, called by its noun', () => {
  it.each([
    [
      'Judge Mary Smith jailed him for six years.\n\n“You showed no remorse,” said the judge.',
      ['Mary Smith', 'Judge'],
    ],
    [
      'Judge Mary Smith jailed him for six years.\n\n“You showed no remorse,” the judge said.',
      ['Mary Smith', 'Judge'],
    ],
    [
      'Detective Inspector Jane Doe led the inquiry.\n\n“This was a complex case,” said the detective.',
      ['Jane Doe', 'Detective Inspector'],
    ],
    [
      'Mayor Wayne Brown opened the new library on Monday.\n\n“This is a great day for the city,” said the mayor.',
      ['Wayne Brown', 'Mayor'],
    ],
    [
      'Coroner Tom Baker opened the inquest on Friday.\n\n“I offer my condolences,” added the coroner.',
      ['Tom Baker', 'Coroner'],
    ],
  ])('is the one named before who holds it: %s', (body, speaker) => {
    expect(firstQuote(body)?.speaker).toEqual(speaker)
  })

  it.each([
    // Nobody named holds the office: the cue stays, with no speaker.
    '“You showed no remorse,” said the judge.',
    'Jane Doe, 34, of Leeds, admitted the offence.\n\n“You showed no remorse,” said the judge.',
    // Without the article the words are someone unnamed, not one the release named.
    'Detective Inspector Jane Doe led the inquiry.\n\n“This was a complex case,” said a detective.',
    'Detective Inspector Jane Doe led the inquiry.\n\n“This was a complex case,” said detectives.',
  ])('names nobody when nobody named holds it: %s', (body) => {
    expect(firstQuote(body)).toMatchObject({ speaker: null, cue: expect.any(String) })
  })
})

describe('someone the release calls by a noun in lower case', () => {
  it.each([
    ['“I was terrified and could not sleep for weeks,” the victim said.', 'said'],
    ['“It was like a bomb going off,” said the resident, who did not want to be named.', 'said'],
    ['“It was like a bomb going off,” the woman, 45, said.', 'said'],
    ['“She was the light of our lives,” her mother said.', 'said'],
    ['“She was the light of our lives,” the victim’s father added.', 'added'],
    ['“He never stood a chance,” said the young man’s sister.', 'said'],
    ['“I just want to get on with my life,” the teenager told the court.', 'told'],
    ['“I heard a loud bang and ran outside,” one pensioner said.', 'said'],
  ])('keeps the quote and its cue, with no speaker: %s', (input, cue) => {
    const quotes = extractQuotes(input)
    expect(quotes.map((q) => [q.cue, q.speaker, q.rule])).toEqual([[cue, null, 'quotes/said-after']])
  })

  it.each([
    // A noun that names no one who speaks: the words after the quote are no attribution.
    '“Safer Streets” is the name the campaign goes by, the scheme said.',
    '“Look after each other” was the message on the banner the ribbon said.',
  ])('reads no speaker from other nouns: %s', (input) => {
    expect(extractQuotes(input).every((q) => q.speaker === null)).toBe(true)
  })

  it('still gives a named person’s relation its name when it follows', () => {
    expect(who(extractQuotes('“She was the light of our lives,” said her mother, Mary Jones.')[0])).toEqual([
      'Mary Jones',
      null,
      null,
    ])
  })
})

describe('a role after a name', () => {
  it.each([
    [
      '“We are committed,” said Jamie Raskin, ranking member of the committee.',
      'ranking member of the committee',
    ],
    ['“We are committed,” said Jane Doe, managing director of Acme Ltd.', 'managing director of Acme Ltd.'],
    ['“We are committed,” said Jane Doe, presiding judge.', 'presiding judge'],
    ['Jane Doe, WHO Director-General, said: “This is a global emergency.”', 'WHO Director-General'],
    [
      '“This is a global emergency,” said Jane Doe, WHO Regional Director for Europe.',
      'WHO Regional Director for Europe',
    ],
    [
      '“We are committed to transparency,” said Rep. Jamie Raskin (D-Md.), ranking member of the committee.',
      'ranking member of the committee',
    ],
    [
      '“We are committed,” said Sen. Chuck Grassley, R-Iowa, chairman of the Senate Judiciary Committee.',
      'chairman of the Senate Judiciary Committee',
    ],
    [
      'Sen. Chuck Grassley, R-Iowa, chairman of the committee, said: “We are committed.”',
      'chairman of the committee',
    ],
    // Written in the style of US state legislatures' releases: a home town after the party.
    [
      '“We are committed,” said Rep. Jane Doe, R-Port St. Lucie, chair of the Budget Committee.',
      'chair of the Budget Committee',
    ],
    ['“We are committed,” said Jane Doe, I-Team reporter.', 'I-Team reporter'],
    ['Jane Doe, I-Team reporter said: “We are committed.”', 'I-Team reporter'],
  ])('reads it: %s', (input, role) => {
    expect(extractQuotes(input)[0]?.speaker?.role).toBe(role)
  })

  it.each([
    // A participle clause is no role, nor is a member's party and state alone.
    '“We are committed,” said Jane Doe, speaking on behalf of the council.',
    '“We are committed,” said Jane Doe, leading the review.',
    '“This bill will lower costs,” said Senator Maria Cantwell, D-Wash.',
    'Sen. Chuck Grassley, R-Iowa, said: “We are committed.”',
    // A state legislator's party and home town, however the sentence goes on after it.
    'Rep. Jane Doe, D-Riverton said: “We are committed.”',
    'Rep. Jane Doe, D-Riverton:\n\n“We are committed.”',
    '“We are committed,” said Rep. Jane Doe, D-Winston-Salem.',
    '“We are committed,” said Rep. Jane Doe, R-Coeur d’Alene.',
    '“We are committed,” said Rep. Jane Doe, DFL-Minneapolis.',
    // A relative clause in lower case that names no office held is no role.
    '“This is a global emergency,” said Jane Doe, who chairs the meeting.',
  ])('reads none: %s', (input) => {
    expect(extractQuotes(input)[0]?.speaker?.role).toBeNull()
  })

  it('keeps a tag of two places that is no party’s in the role', () => {
    expect(extractQuotes('“We are committed,” said Jane Doe, EU-US trade envoy.')[0]?.speaker?.role).toBe(
      'EU-US trade envoy',
    )
  })
})

describe('a spokesperson of someone in the possessive', () => {
  it.each([
    '“We will respond in due course,” said the Taoiseach’s spokesperson.',
    '“We will respond in due course,” the Prime Minister’s official spokesman said.',
    '“We will respond in due course,” said the Minister’s spokeswoman.',
  ])('names no body: %s', (input) => {
    expect(extractQuotes(input).map((q) => [q.speaker, q.cue])).toEqual([[null, 'said']])
  })

  it.each([
    ['“We will respond in due course,” said the FBI’s spokesman.', 'FBI'],
    ['“We will respond in due course,” said the Kent Police spokesperson.', 'Kent Police'],
    ['“We will respond in due course,” said Police Scotland’s spokesperson.', 'Police Scotland'],
  ])('names a body’s: %s', (input, body) => {
    expect(extractQuotes(input)[0]?.speaker?.name).toBe(body)
  })
})

describe('a written message after the quote', () => {
  it.each([
    ['“The company regrets any inconvenience caused,” the statement read.', 'read', null],
    ['“Closed until further notice,” the handwritten sign reads.', 'reads', null],
    ['“We will review our procedures,” a Kent Police statement read.', 'read', 'Kent Police'],
    ['“We will be carrying out a full review,” the statement added.', 'added', null],
    ['“We will be carrying out a full review,” the company’s statement said.', 'said', null],
  ])('keeps the quote and its cue: %s', (input, cue, speaker) => {
    const q = extractQuotes(input)[0]
    expect([q?.cue, q?.speaker?.name ?? null]).toEqual([cue, speaker])
  })

  it.each([
    // Someone who reads aloud is no message: nothing attributes the quote.
    '“We will review our procedures,” the head teacher read.',
    '“We will review our procedures,” the pupils read aloud.',
  ])('reads no message where a person reads: %s', (input) => {
    expect(extractQuotes(input).every((q) => q.cue === null)).toBe(true)
  })
})

describe('someone unnamed, then what they are after a comma', () => {
  it.each([
    '“I heard a bang and ran outside,” said the witness, a local shopkeeper.',
    '“I heard a bang and ran outside,” one witness, a local shopkeeper, said.',
    '“I heard a bang and ran outside,” said a neighbour, an elderly man who lives nearby.',
  ])('keeps the cue, with no speaker: %s', (input) => {
    expect(extractQuotes(input).map((q) => [q.cue, q.speaker])).toEqual([['said', null]])
  })

  it('still reads a name with its apposition', () => {
    expect(extractQuotes('“I heard a bang,” said Jane Doe, a local shopkeeper.')[0]?.speaker?.name).toBe(
      'Jane Doe',
    )
  })
})

// Written in the style of US city, NZ and Irish releases that describe a member of the public by
// where they live or work before their name.
describe('a place and a description before a name after the cue', () => {
  it.each([
    ['“We waited for years,” said Chicago resident Maria Lopez.', 'Maria Lopez'],
    ['“We waited for years,” said Whanganui farmer Bob Smith.', 'Bob Smith'],
    ['“We waited for years,” said Dublin shopkeeper Mary Byrne.', 'Mary Byrne'],
    [
      '“We waited for years,” said Chicago resident Maria Lopez, who has lived there for decades.',
      'Maria Lopez',
    ],
  ])('name the person, not the place: %s', (input, name) => {
    expect(who(extractQuotes(input)[0])).toEqual([name, null, null])
  })

  it('reads the role after the name', () => {
    const input = '“We waited for years,” said Leeds resident Jane Smith, chair of the residents association.'
    expect(who(extractQuotes(input)[0])).toEqual(['Jane Smith', null, 'chair of the residents association'])
  })

  it.each([
    // A surname, then words that are no description of the one named after them.
    ['“We waited for years,” said Smith after meeting John Roe.', 'Smith'],
    ['“We waited for years,” said Jones before leaving Tom Baker.', 'Jones'],
  ])('leaves a surname then other words: %s', (input, name) => {
    expect(extractQuotes(input)[0]?.speaker?.name).toBe(name)
  })
})

// Written in the style of US attorneys general's and governors' releases, where an official speaks
// beside others.
describe('a participle and its agent after a name', () => {
  it.each([
    'Attorney General Jane Doe, joined by Sheriff Tom Baker, said: “This is good news.”',
    '“This is good news,” said Jane Doe, joined by Sheriff Tom Baker.',
    '“This is good news,” said Jane Doe, accompanied by Chief Constable Tom Baker.',
  ])('is no role, though it names an office: %s', (input) => {
    expect(extractQuotes(input)[0]?.speaker?.name).toBe('Jane Doe')
    expect(extractQuotes(input)[0]?.speaker?.role).toBeNull()
  })

  it.each([
    ['Jane Doe, retired Detective Inspector, said: “This is good news.”', 'retired Detective Inspector'],
    ['Jane Doe, chair of the board, said: “This is good news.”', 'chair of the board'],
  ])('leaves an office after a name its role: %s', (input, role) => {
    expect(extractQuotes(input)[0]?.speaker?.role).toBe(role)
  })
})
