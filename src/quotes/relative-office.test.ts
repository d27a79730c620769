// A relative clause beside a speaker's name that tells what the person leads: "Jane Doe, who
// chairs the board, said". The role is the clause's verb and its object, as written.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { type Who, who } from './test-helpers'

const speaker = (input: string): Who => who(extractQuotes(input)[0])

describe('the office a relative clause names by what the speaker leads', () => {
  it.each<[string, Who]>([
    // Written in the style of charity, council, company and US congressional releases.
    ['Ms Doe, who chairs the board, added: “We will keep going.”', ['Doe', 'Ms', 'chairs the board']],
    ['Jane Doe, who chairs the board, added: “We will keep going.”', ['Jane Doe', null, 'chairs the board']],
    ['“We will keep going,” said Jane Doe, who chairs the board.', ['Jane Doe', null, 'chairs the board']],
    [
      '“The work goes on,” said Tom Baker, who leads the project team.',
      ['Tom Baker', null, 'leads the project team'],
    ],
    [
      'Jane Doe, who heads the Victims’ Commission, said: “Every family deserves answers.”',
      ['Jane Doe', null, 'heads the Victims’ Commission'],
    ],
    [
      'Ali Khan, who runs a food bank in Leeds, said: “Demand has never been higher.”',
      ['Ali Khan', null, 'runs a food bank in Leeds'],
    ],
    [
      '“Demand has never been higher,” said Ali Khan, who also manages the store.',
      ['Ali Khan', null, 'manages the store'],
    ],
    [
      '“We will keep going,” said Jane Doe, who has chaired the board since 2019.',
      ['Jane Doe', null, 'has chaired the board'],
    ],
    [
      '“We will keep going,” said Jane Doe, who chairs the board and has led it since 2019.',
      ['Jane Doe', null, 'chairs the board'],
    ],
    [
      '“We will keep going,” said Jane Doe, who founded the charity in 2010.',
      ['Jane Doe', null, 'founded the charity'],
    ],
    [
      '“This bill protects families,” said Rep. Jane Doe, who represents the 5th District.',
      ['Jane Doe', 'Rep.', 'represents the 5th District'],
    ],
    [
      '“We will keep going,” said Jane Doe, who co-chairs the Leeds Housing Partnership.',
      ['Jane Doe', null, 'co-chairs the Leeds Housing Partnership'],
    ],
    // "serves as" says what the person is, as "who is" does.
    [
      '“We will keep going,” said Jane Doe, who serves as chief of staff.',
      ['Jane Doe', null, 'chief of staff'],
    ],
    // Already read: "who is" and "who was" with an office.
    [
      'Jane Doe, who is the chief executive of Shelter, said: “We will keep going.”',
      ['Jane Doe', null, 'chief executive of Shelter'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // No body or unit led: a habit, a manner, a place lived in.
    ['Jane Doe, who runs marathons, said: “We will keep going.”', ['Jane Doe', null, null]],
    ['Jane Doe, who leads by example, said: “We will keep going.”', ['Jane Doe', null, null]],
    ['Jane Doe, who lives in Leeds, said: “We will keep going.”', ['Jane Doe', null, null]],
    // The past tense tells an event, not an office held.
    ['Jane Doe, who chaired the inquiry, said: “We will keep going.”', ['Jane Doe', null, null]],
    ['Jane Doe, who led the team to victory, said: “We will keep going.”', ['Jane Doe', null, null]],
    // The clause is no apposition of the speaker's: the verb is another person's.
    [
      'Jane Doe thanked Tom Baker, who chairs the board. She said: “We will keep going.”',
      ['Jane Doe', null, null],
    ],
  ])('no office: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('gives way to the office the release introduces the speaker with', () => {
    const introduced =
      'The first national lead for Road Safety has been appointed by the council.\n\nChief Constable Jane Doe, who also leads Kent Police, took up the role this month. She said: “We will cut deaths on our roads.”'
    expect(speaker(introduced)).toEqual([
      'Jane Doe',
      'Chief Constable',
      'first national lead for Road Safety',
    ])
    const alone =
      'Chief Constable Jane Doe, who also leads Kent Police, took up a new post this month. She said: “We will cut deaths on our roads.”'
    expect(speaker(alone)).toEqual(['Jane Doe', 'Chief Constable', 'leads Kent Police'])
  })
})
