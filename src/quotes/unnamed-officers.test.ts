// An office in capitals after an article, and a rank with a collar number alone, call an officer
// by office or rank: no body's name.
import { describe, expect, it } from 'vitest'
import { extractQuotesAndPeople } from './extract-quotes'
import { lexiconWith } from './patterns'
import { type Who, who } from './test-helpers'
import { officeInCapitals, officerByNumber } from './unnamed-officers'

const lexicon = lexiconWith({})

/** The first quote's speaker and cue. */
function read(input: string): [Who, string | null] {
  const [q] = extractQuotesAndPeople(input).quotes
  return [who(q), q?.cue ?? null]
}

describe('an office in capitals after an article', () => {
  it.each<[string, Who, string]>([
    // Written in the style of publishers that print offices in capitals.
    [
      'Mayor Jane Doe opened the hall.\n\n“We are grateful to everyone,” said the MAYOR.',
      ['Jane Doe', 'Mayor', null],
      'said',
    ],
    [
      'Chief Constable Tom Baker visited the scene.\n\n“We are grateful to everyone,” the CHIEF CONSTABLE said.',
      ['Tom Baker', 'Chief Constable', null],
      'said',
    ],
    [
      'Mayor Jane Doe opened the hall.\n\nTHE MAYOR SAID: “We are grateful to everyone.”',
      ['Jane Doe', 'Mayor', null],
      'SAID',
    ],
  ])('is the one the release named who holds it: %s', (input, speaker, cue) => {
    expect(read(input)).toEqual([speaker, cue])
  })

  it.each([
    '“We are grateful to everyone,” said the MAYOR.',
    '“We are grateful to everyone,” the CHIEF CONSTABLE said.',
  ])('is someone unnamed when nobody holds it, the cue kept: %s', (input) => {
    expect(read(input)).toEqual([null, 'said'])
  })

  it.each<[string, string]>([
    // A body's initials, and a body's word, in capitals after an article.
    ['“We are grateful to everyone,” said the NCA.', 'NCA'],
    ['“We are grateful to everyone,” said the COUNCIL.', 'COUNCIL'],
  ])('leaves a body a body: %s', (input, name) => {
    expect(read(input)).toEqual([[name, null, null], 'said'])
  })

  it('reads the words in small letters only when a role noun ends them', () => {
    expect(officeInCapitals('the MAYOR', lexicon)).toBe('the mayor')
    expect(officeInCapitals('THE CHIEF CONSTABLE', lexicon)).toBe('the chief constable')
    expect(officeInCapitals('the NCA', lexicon)).toBeNull()
    expect(officeInCapitals('MAYOR', lexicon)).toBeNull()
    expect(officeInCapitals('the Mayor', lexicon)).toBeNull()
  })
})

describe('a rank and a collar number alone', () => {
  it.each([
    // Written in the style of UK police releases.
    '“We are grateful to everyone,” said PC 1234.',
    '“We are grateful to everyone,” PC 1234 said.',
    'PC 1234 said: “We are grateful to everyone.”',
    '“We are grateful to everyone,” said DC 4567.',
  ])('is an officer unnamed, the cue kept: %s', (input) => {
    const { quotes, people } = extractQuotesAndPeople(input)
    expect([who(quotes[0]), quotes[0]?.cue]).toEqual([null, 'said'])
    expect(people).toEqual([])
  })

  it('names the officer when the name follows the number', () => {
    expect(read('“We are grateful to everyone,” said PC 1234 Sam Green.')).toEqual([
      ['Sam Green', 'PC', null],
      'said',
    ])
  })

  it('needs a rank before the number', () => {
    expect(officerByNumber('PC 1234', lexicon)).toBe(true)
    expect(officerByNumber('Route 66', lexicon)).toBe(false)
    expect(officerByNumber('PC 1234 Sam Green', lexicon)).toBe(false)
    expect(read('“We are grateful to everyone,” said Route 66.')).toEqual([null, null])
  })
})

// People in lower case, then where they are ("officers in Kent", "detectives at the scene"), are
// unnamed as "officers" alone is: the cue, and no speaker; the place is nobody's name.
describe('people in lower case and where they are', () => {
  it.each<string>([
    // Written in the style of UK police forces and US city releases.
    '“We are appealing for witnesses,” said officers in Kent.',
    '“We are appealing for witnesses,” officers in Kent said.',
    '“We are appealing for witnesses,” said police in Lancashire.',
    '“We are appealing for witnesses,” said detectives in Greater Manchester.',
    '“We are appealing for witnesses,” said officers at the scene.',
    '“The road will reopen tomorrow,” said officials in Washington.',
  ])('%s', (input) => {
    expect(read(input)).toEqual([null, 'said'])
  })

  it.each<[string, Who]>([
    // A name before the place is still the speaker, and members of a body are the body.
    ['“We are appealing for witnesses,” said Jane Doe in Kent.', ['Jane Doe', null, null]],
    ['“We are appealing for witnesses,” said Gardaí in Bandon.', ['An Garda Síochána', null, null]],
  ])('keeps: %s', (input, expected) => {
    expect(read(input)[0]).toEqual(expected)
  })
})

// People in lower case from a body ("detectives from Scotland Yard") are its members, unnamed as
// "officers in Kent" are: the body speaks only through a spokesperson or a statement.
describe('people in lower case and the body they come from', () => {
  it.each<string>([
    // Written in the style of UK police forces and US federal releases.
    '“We are appealing for witnesses,” said detectives from Scotland Yard.',
    '“We are appealing for witnesses,” said officers from the Met.',
    '“We are appealing for witnesses,” said investigators from the FBI.',
    '“We are appealing for witnesses,” detectives from Scotland Yard said.',
    '“The search will continue,” said agents from the U.S. Marshals Service.',
    'Chief Inspector Jane Doe led the search.\n\n“We are appealing for witnesses,” said the detectives from Scotland Yard.',
  ])('%s', (input) => {
    expect(read(input)).toEqual([null, 'said'])
  })

  it.each<[string, Who]>([
    // A name, a spokesperson and a statement still say who speaks.
    ['“We are appealing for witnesses,” said Jane Doe from Kent Police.', ['Jane Doe', null, 'Kent Police']],
    [
      '“We are appealing for witnesses,” said a spokesperson from Kent Police.',
      ['Kent Police', null, 'spokesperson'],
    ],
    ['“We are appealing for witnesses,” said the statement from Kent Police.', ['Kent Police', null, null]],
    ['Officers from the Met said: “We are appealing for witnesses.”', null],
  ])('keeps: %s', (input, expected) => {
    expect(read(input)[0]).toEqual(expected)
  })
})
