// A judge's title before the name: "Justice Jane Smith" is the name "Jane Smith" with the title
// "Justice", as "Judge", "Magistrate" and "Chief Justice" are. A body named after justice
// ("Justice Department", "Department of Justice") is no title.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { type Who, who } from './test-helpers'

const speaker = (input: string): Who => who(extractQuotes(input)[0])

describe('titles of the bench', () => {
  it.each<[string, Who]>([
    // Written in the style of NZ, Australian, Canadian, Irish and Scottish court releases.
    ['“This was a serious offence,” Justice Jane Smith said.', ['Jane Smith', 'Justice', null]],
    ['“This was a serious offence,” said Justice Jane Smith.', ['Jane Smith', 'Justice', null]],
    ['Justice Mary O’Neill said: “The harm was lasting.”', ['Mary O’Neill', 'Justice', null]],
    ['“The harm was lasting,” said Justice Smith.', ['Smith', 'Justice', null]],
    ['“The harm was lasting,” Chief Justice Jane Smith said.', ['Jane Smith', 'Chief Justice', null]],
    ['“The harm was lasting,” Associate Justice Jane Smith said.', ['Jane Smith', 'Associate Justice', null]],
    ['“The harm was lasting,” Magistrate Tom Baker said.', ['Tom Baker', 'Magistrate', null]],
    ['“The harm was lasting,” Sheriff Principal Tom Baker said.', ['Tom Baker', 'Sheriff Principal', null]],
    ['“The harm was lasting,” Mr Justice Smith said.', ['Smith', 'Mr Justice', null]],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    [
      '“We will appeal,” Justice Department spokesperson Tom Brown said.',
      ['Tom Brown', 'Justice Department spokesperson', null],
    ],
    ['“We will appeal,” the Justice Department said.', ['Justice Department', null, null]],
    ['“We will appeal,” the Department of Justice said.', ['Department of Justice', null, null]],
    ['“We will appeal,” Justice Minister Tom Brown said.', ['Tom Brown', 'Justice Minister', null]],
    ['“We will appeal,” Justice Secretary Tom Brown said.', ['Tom Brown', 'Justice Secretary', null]],
    ['“We will appeal,” said Tom Brown, Minister of Justice.', ['Tom Brown', null, 'Minister of Justice']],
    ['“Justice will be done,” Jane Smith said.', ['Jane Smith', null, null]],
  ])('no title of the bench in %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('resolves a later pronoun to the judge', () => {
    const quotes = extractQuotes(
      'Justice Jane Smith sentenced the man to nine years.\n\n“The harm was lasting,” she said.',
    )
    expect(who(quotes[0])).toEqual(['Jane Smith', 'Justice', null])
  })
})
