// "The" before an office alone is an article, not a word of the title: "The Commissioner, Drew
// Harris, said" names the office in apposition (the role), as "The Chief Constable, Jane Doe" does.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { type Who, who } from './test-helpers'

const speaker = (input: string): Who => who(extractQuotes(input)[0])

describe('an article before an office written in apposition', () => {
  it.each<[string, Who]>([
    // Written in the style of Garda, UK police and agency releases.
    [
      'The Commissioner, Drew Harris, said: “An Garda Síochána will not be deterred.”',
      ['Drew Harris', null, 'Commissioner'],
    ],
    ['The Director, Jane Doe, said: “We will publish the findings.”', ['Jane Doe', null, 'Director']],
    ['“We will publish the findings,” said the Director, Jane Doe.', ['Jane Doe', null, 'Director']],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // A word before an office's head that is part of it stays in the title.
    ['Policing Minister Jane Doe said: “We will act.”', ['Jane Doe', 'Policing Minister', null]],
    ['Executive Director Jane Doe said: “We will act.”', ['Jane Doe', 'Executive Director', null]],
    [
      'The Chief Constable, Jane Doe, said: “This was a difficult decision.”',
      ['Jane Doe', null, 'Chief Constable'],
    ],
    // Titles that open with an article or a possessive as written.
    ['The Right Honourable Jane Doe said: “We will act.”', ['Jane Doe', 'The Right Honourable', null]],
    ['Her Honour Judge Jane Doe said: “You showed no remorse.”', ['Jane Doe', 'Her Honour Judge', null]],
  ])('keeps: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// An office's word that is also a surname ("Chancellor", "Speaker", "Clerk") is the office only
// after "the": "the Chancellor said" names an office, "said John Chancellor" a person.
describe('an office that is also a surname, after its article', () => {
  const first = (input: string) => extractQuotes(input)[0]

  it.each<[string, string, Who]>([
    // Written in the style of UK government, parliamentary and council releases.
    ['“We will act,” the Chancellor said.', 'We will act,', null],
    ['“We will act,” the Clerk said.', 'We will act,', null],
    ['“Order, order,” said the Speaker of the House.', 'Order, order,', null],
    ['The Lord Chancellor said: “The report is published.”', 'The report is published.', null],
    ['“The House will sit,” the Deputy Speaker said.', 'The House will sit,', null],
    [
      'Chancellor Rachel Reeves set out the plans on Monday. “We will act,” the Chancellor said.',
      'We will act,',
      ['Rachel Reeves', 'Chancellor', null],
    ],
    [
      'Speaker Amy Poe opened the session. “We will act,” the Speaker said.',
      'We will act,',
      ['Amy Poe', 'Speaker', null],
    ],
    // An office the release names a holder for is nobody else named before.
    ['Tom Baker welcomed the plans. “We will act,” the Clerk said.', 'We will act,', null],
  ])('%s', (input, text, expected) => {
    const q = first(input)
    expect(q?.text).toBe(text)
    expect(q?.cue).toBe('said')
    expect(who(q)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // A name whose surname is the office's word stays a name.
    ['“We will act now,” said John Chancellor.', ['John Chancellor', null, null]],
    ['“We will act now,” Tris Speaker said.', ['Tris Speaker', null, null]],
    ['Jane Clerk said: “We will act now.”', ['Jane Clerk', null, null]],
    ['“We will act now,” the Director said.', null],
  ])('keeps: %s', (input, expected) => {
    expect(who(first(input))).toEqual(expected)
  })
})

// The same offices written in apposition before the name: the office is the role, as "the
// Director, Jane Doe" has it.
describe('an office that is also a surname, after its article, before a name', () => {
  it.each<[string, Who]>([
    // Written in the style of UK government, parliamentary and council releases.
    [
      '“We will act to support families,” said the Chancellor, Rachel Reeves.',
      ['Rachel Reeves', null, 'Chancellor'],
    ],
    [
      '“We will act to support families,” said the Speaker of the House, Amy Poe.',
      ['Amy Poe', null, 'Speaker of the House'],
    ],
    [
      'Responding to the figures, the Chancellor, Rachel Reeves, said: “We will act to support families.”',
      ['Rachel Reeves', null, 'Chancellor'],
    ],
    [
      'The Clerk to the Council, Jane Doe, said: “The count will be held on Friday.”',
      ['Jane Doe', null, 'Clerk to the Council'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // The office is an object of the opening phrase, not the speaker's apposition.
    [
      'Speaking to the Chancellor, Tom Baker said: “We will act to support families.”',
      ['Tom Baker', null, null],
    ],
    ['In a letter to the Speaker, Amy Poe said: “We will act to support families.”', ['Amy Poe', null, null]],
    // Written in full before, as already read.
    [
      'The Lord Chancellor, Shabana Mahmood, said: “We will act to support families.”',
      ['Shabana Mahmood', null, 'Lord Chancellor'],
    ],
  ])('keeps: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// The same offices named by a relative clause after the name ("who is House Speaker"), as "who
// is the store manager" names a role noun's office.
describe('an office that is also a surname, in a relative clause after the name', () => {
  it.each<[string, Who]>([
    // Written in the style of US legislature, UK government and council releases.
    [
      '“We will act to support families,” said Amy Poe, who is House Speaker.',
      ['Amy Poe', null, 'House Speaker'],
    ],
    [
      '“We will act to support families,” said Amy Poe, who is the Speaker of the House.',
      ['Amy Poe', null, 'Speaker of the House'],
    ],
    [
      'Jane Doe, who is Chancellor of the Exchequer, said: “We will act to support families.”',
      ['Jane Doe', null, 'Chancellor of the Exchequer'],
    ],
    [
      'Jane Doe, who is Town Clerk, said: “The count will be held on Friday.”',
      ['Jane Doe', null, 'Town Clerk'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // A name in the clause, whose surname is the office's word, names no office of hers.
    [
      'Jane Doe, who is Tris Speaker’s daughter, said: “We will act to support families.”',
      ['Jane Doe', null, null],
    ],
    ['Jane Doe, who is John Chancellor’s sister, said: “We will act.”', ['Jane Doe', null, null]],
    ['“We will act to support families,” said Jane Doe, who was at the scene.', ['Jane Doe', null, null]],
    // A role noun's office, as already read.
    [
      'Jane Doe, who is the council’s chief executive, said: “We will act to support families.”',
      ['Jane Doe', null, 'council’s chief executive'],
    ],
  ])('keeps: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// In the narration too, such an office after "the" is nobody's name, so a later "she" is the
// person named with it.
describe('an office that is also a surname, after its article, in the narration', () => {
  it.each<[string, Who]>([
    // Written in the style of parliamentary and council releases.
    [
      'Jane Doe, the Deputy Speaker, opened the debate. She said: “The House will sit on Friday.”',
      ['Jane Doe', null, 'Deputy Speaker'],
    ],
    [
      'Jane Doe is the Town Clerk. She said: “The count will be held on Friday.”',
      ['Jane Doe', null, 'Town Clerk'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // A name whose surname is the office's word, with no article, is still a person.
    [
      'Tris Speaker opened the debate. He said: “The House will sit on Friday.”',
      ['Tris Speaker', null, null],
    ],
  ])('keeps: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// An office after its article and the cue ("said the Town Clerk") reads as before the cue ("the
// Town Clerk said"): someone described by office, no one called "Town Clerk".
describe('an office after the cue and its article', () => {
  const first = (input: string) => extractQuotes(input)[0]

  it.each([
    // Written in the style of UK council, government, NHS and company releases.
    '“We will act,” said the Town Clerk.',
    '“We will act,” said the Chancellor.',
    '“We will act,” said the Deputy Speaker.',
    '“We will act,” said the Provost.',
    '“We will act,” said the Chief Executive.',
    '“We will act,” the Chief Executive said.',
    'The Chief Executive said: “We will act.”',
    '“We will act,” said the Chief Medical Officer.',
    '“We will act,” said the Police Commissioner.',
    '“We will act,” said the Town Clerk, who ran the count.',
    '“We will act,” said the Town Clerk at the count.',
    // Nobody named holds it: not the person named last.
    'Tom Baker, a local resident, spoke today.\n\n“We will act,” said the Chief Executive.',
  ])('names nobody when nobody named holds it: %s', (input) => {
    const q = first(input)
    expect(who(q)).toBeNull()
    expect(q?.cue).toBe('said')
  })

  it.each<[string, Who]>([
    ['“We will act,” said the Town Clerk, Jane Doe.', ['Jane Doe', null, 'Town Clerk']],
    [
      'Town Clerk Jane Doe opened the count.\n\n“We will act,” said the Town Clerk.',
      ['Jane Doe', 'Town Clerk', null],
    ],
    [
      'Chancellor Rachel Reeves set out the plans.\n\n“We will act,” said the Chancellor.',
      ['Rachel Reeves', 'Chancellor', null],
    ],
    [
      '“We will act,” said the Chief Medical Officer, Professor Sir Chris Whitty.',
      ['Chris Whitty', 'Professor Sir', 'Chief Medical Officer'],
    ],
  ])('is the one named holding it: %s', (input, expected) => {
    expect(who(first(input))).toEqual(expected)
  })

  it.each<[string, Who]>([
    // A body whose name ends in an office's word, a titled name, and an officer's noun.
    ['“We will act,” said the Health Service Executive.', ['Health Service Executive', null, null]],
    ['Chief Operating Officer Jane Doe said: “We will act.”', ['Jane Doe', 'Chief Operating Officer', null]],
    ['“We will act,” said Chief Inspector Smith.', ['Smith', 'Chief Inspector', null]],
    [
      'Detective Inspector Jane Doe led the inquiry.\n\n“We will act,” said the Senior Investigating Officer.',
      ['Jane Doe', 'Detective Inspector', null],
    ],
  ])('near miss, read as before: %s', (input, expected) => {
    expect(who(first(input))).toEqual(expected)
  })
})

describe('an office whose words "and" joins, after its article', () => {
  it('names nobody when nobody named holds it', () => {
    const [q] = extractQuotes('“We will act,” said the Police and Crime Commissioner.')
    expect([who(q), q?.cue]).toEqual([null, 'said'])
  })

  it('near miss: a body whose name "and" joins stays a body', () => {
    expect(speaker('“We will act,” said the Fire and Rescue Service.')).toEqual([
      'Fire and Rescue Service',
      null,
      null,
    ])
  })
})
