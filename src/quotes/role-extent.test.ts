// A role read from an apposition ends at the apposition's comma when another person follows it:
// "Jane Smith, chair of Shelter, and Tom Baker met on Monday" gives her the role "chair of
// Shelter", not the rest of the sentence; so does a surname alone or two more names after it.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { lexiconWith } from './patterns'
import { findPeople } from './people'
import { type Who, who } from './test-helpers'

const lexicon = lexiconWith({})
const people = (text: string): Who[] => findPeople(text, lexicon).map((p) => [p.name, p.title, p.role])
const speaker = (input: string): Who => who(extractQuotes(input)[0])

describe('a role in apposition before another person', () => {
  it.each<[string, Who[]]>([
    [
      'Jane Smith, chair of Shelter, and Tom Baker met on Monday.',
      [
        ['Jane Smith', null, 'chair of Shelter'],
        ['Tom Baker', null, null],
      ],
    ],
    [
      'Jane Smith, chief executive of Crisis, and Tom Baker visited the site in March.',
      [
        ['Jane Smith', null, 'chief executive of Crisis'],
        ['Tom Baker', null, null],
      ],
    ],
    [
      'Ali Khan, head of policy at the council, and Mary O’Neill will lead the review.',
      [
        ['Ali Khan', null, 'head of policy at the council'],
        ['Mary O’Neill', null, null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })

  it.each<[string, Who]>([
    [
      'Jane Smith, chair of Shelter, and Baker said: “We will keep going.”',
      ['Jane Smith', null, 'chair of Shelter'],
    ],
    [
      '“We will keep going,” said Jane Smith, chair of Shelter, and Baker.',
      ['Jane Smith', null, 'chair of Shelter'],
    ],
    [
      'Jane Smith, chair of Shelter, Tom Baker and Ali Khan said: “We will keep going.”',
      ['Jane Smith', null, 'chair of Shelter'],
    ],
    [
      '“We will keep going,” Jane Smith, director of Crisis, Tom Baker and Ali Khan said.',
      ['Jane Smith', null, 'director of Crisis'],
    ],
  ])('speaker: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // The role's own words after a comma: a list in a name, a remit joined by "and".
    [
      'Jane Smith, Secretary of State for Environment, Food, and Rural Affairs, said: “We will keep going.”',
      ['Jane Smith', null, 'Secretary of State for Environment, Food, and Rural Affairs'],
    ],
    [
      'Jane Smith, chair of Shelter, Crisis and Centrepoint, said: “We will keep going.”',
      ['Jane Smith', null, 'chair of Shelter, Crisis and Centrepoint'],
    ],
    [
      'Jane Smith, Minister for Trade and Industry, said: “We will keep going.”',
      ['Jane Smith', null, 'Minister for Trade and Industry'],
    ],
    [
      '“We welcome the decision,” said Jane Smith, a partner at Smith, Jones, and Baker.',
      ['Jane Smith', null, 'partner at Smith, Jones, and Baker'],
    ],
  ])('the role goes on: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})
