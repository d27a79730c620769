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
