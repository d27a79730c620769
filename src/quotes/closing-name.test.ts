// A full name that closes a sentence names a person, as one that opens it does; and a second
// person after "and" in a list of people with their places or bodies is found with their own.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { lexiconWith } from './patterns'
import { findPeople } from './people'
import { type Who, who } from './test-helpers'

const lexicon = lexiconWith({})
const people = (text: string): Who[] => findPeople(text, lexicon).map((p) => [p.name, p.title, p.role])

describe('a full name closing a sentence', () => {
  it.each<[string, Who[]]>([
    ['The rally brought to mind Donald Trump.', [['Donald Trump', null, null]]],
    ['Officers later questioned Jane Smith. She said the car was red.', [['Jane Smith', null, null]]],
    ['The film stars Aoife O’Brien!', [['Aoife O’Brien', null, null]]],
    ['The podcast’s host is Jason Harwin KPM.', [['Jason Harwin', null, null]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })

  it.each<string>([
    // Places, buildings, groups and firms are written the same way.
    'He moved to New Zealand.',
    'They flew to Los Angeles.',
    'The protest was held outside Downing Street.',
    'Officers were called to Leeds Town Hall.',
    'The raids targeted the Hunters Motorcycle Gang.',
    'The company was bought by Acme Holdings.',
    // The stop of an abbreviation ends no sentence.
    'Orders went to Northwind Co. COO Tom Baker signed them.',
    // A preposition before the name: places and bodies are written the same way after it.
    'He travelled to Hong Kong.',
    'The report was welcomed by Amnesty International.',
    'He boarded a train to King Cross.',
    'The award went to Aoife O’Brien.',
    'The family settled in Milton Keynes.',
    'Chief Constable Amanda Blakeman is the lead for Acquisitive Crime.',
    'She worked in neighbourhood policing as well as Counter Terrorism.',
    'The force covers Leeds and Bradford Moor.',
    // Mid-sentence, an object is still no person on its own.
    'The scene brought to mind Donald Trump and his allies.',
    // A verb of going, visiting or leaving takes a place as its object.
    'He toured Hong Kong.',
    'The minister toured Milton Keynes.',
    'Inspectors visited Crawley Down.',
    'The delegation is visiting Kilmore Quay.',
    'The family fled Aleppo Province.',
    'The convoy left Kuala Lumpur.',
    'Flood waters reached Carlton Moor!',
    // Countries, regions and cities whose last word no surname is.
    'Our biggest export market is Hong Kong.',
    'The new funding covers the Northern Territory.',
    'The team now polices the Sunshine Coast.',
  ])('no person: %s', (text) => {
    expect(people(text).filter((p) => p?.[1] === null)).toEqual([])
  })

  it('is who a pronoun after it refers to', () => {
    const [q] = extractQuotes('The race brought to mind Mo Farah. “It was a tough one,” he said.')
    expect(who(q)).toEqual(['Mo Farah', null, null])
  })

  it.each<[string, Who[]]>([
    // Not a verb of going or visiting: the object is a person.
    ['The minister met Jane Smith.', [['Jane Smith', null, null]]],
    ['The board thanked Aoife Kelly.', [['Aoife Kelly', null, null]]],
    ['Among the speakers was Michael York.', [['Michael York', null, null]]],
  ])('still a person: %s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })

  it('leaves a place visited to no pronoun after it', () => {
    for (const s of ['He toured Hong Kong.', 'She visited Sri Lanka.', 'They left Kuala Lumpur.']) {
      const quotes = extractQuotes(`“We are delighted,” she said. ${s}\n\n“It was great,” he said.`)
      expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([null, null])
    }
  })

  it('leaves a place or a body after a preposition to the person named before', () => {
    for (const s of ['He travelled to Hong Kong.', 'The plan was welcomed by Amnesty International.']) {
      const [q] = extractQuotes(
        `Detective Sergeant Ann Lee led the inquiry. ${s} “It was a tough one,” she said.`,
      )
      expect(who(q)).toEqual(['Ann Lee', 'Detective Sergeant', null])
    }
  })
})

describe('people listed with their places after "and"', () => {
  it.each<[string, Who[]]>([
    [
      'Reps. Elijah Cummings of Maryland and John Conyers of Michigan wrote to the agency.',
      [
        ['Elijah Cummings', 'Reps.', 'Maryland'],
        ['John Conyers', null, 'Michigan'],
      ],
    ],
    [
      'Jane Doe of Ohio and Tom Baker of Texas said the bill fails families.',
      [
        ['Jane Doe', null, 'Ohio'],
        ['Tom Baker', null, 'Texas'],
      ],
    ],
    [
      'Jane Doe from Kent Police and Tom Baker from Essex Police met on Monday.',
      [
        ['Jane Doe', null, 'Kent Police'],
        ['Tom Baker', null, 'Essex Police'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })

  it.each<[string, Who[]]>([
    // "and" inside a body's name goes on with it.
    [
      'Jane Doe of the Department of Health and Human Services said the grant was approved.',
      [['Jane Doe', null, 'Department of Health and Human Services']],
    ],
    [
      'Jane Doe of the Bureau of Alcohol, Tobacco, Firearms and Explosives said the raid was planned.',
      [['Jane Doe', null, 'Bureau of Alcohol, Tobacco, Firearms and Explosives']],
    ],
    [
      'Jane Doe of the Science and Technology Facilities Council said the grant was approved.',
      [['Jane Doe', null, 'Science and Technology Facilities Council']],
    ],
  ])('one body: %s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })
})
