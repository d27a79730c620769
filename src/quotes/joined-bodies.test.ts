// A body whose name is joined by hyphens ("Waikato-Tainui", "Tri-County") or written as an acronym
// that spells a word ("WHO"), before an office in lower case and the person: the office with its
// body is the title as written, as "Refuge chief executive" is.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { type Who, who } from './test-helpers'

const speaker = (input: string): Who => who(extractQuotes(input)[0])

describe('an office in lower case after a body joined by hyphens or an acronym', () => {
  it.each<[string, Who]>([
    // Written in the style of NZ iwi, US sheriffs' and UN agencies' releases.
    [
      '“We welcome the settlement,” Waikato-Tainui chief executive Jane Doe said.',
      ['Jane Doe', 'Waikato-Tainui chief executive', null],
    ],
    [
      '“We welcome the settlement,” said Waikato-Tainui chief executive Jane Doe.',
      ['Jane Doe', 'Waikato-Tainui chief executive', null],
    ],
    [
      '“We welcome the settlement,” says Waikato-Tainui chief executive Jane Doe.',
      ['Jane Doe', 'Waikato-Tainui chief executive', null],
    ],
    [
      'Waikato-Tainui chief executive Jane Doe says: “We welcome the settlement.”',
      ['Jane Doe', 'Waikato-Tainui chief executive', null],
    ],
    ['“Deputies acted quickly,” Tri-County Sheriff John Doe said.', ['John Doe', 'Tri-County Sheriff', null]],
    [
      '“Vaccines save lives,” WHO director-general Jane Doe said.',
      ['Jane Doe', 'WHO director-general', null],
    ],
    ['“Vaccines save lives,” said WHO spokesperson Jane Doe.', ['Jane Doe', 'WHO spokesperson', null]],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    ['“We welcome the funding,” said Mary Smith-Jones.', ['Mary Smith-Jones', null, null]],
    [
      '“We welcome the funding,” Jane Doe, Waikato-Tainui chief executive, said.',
      ['Jane Doe', null, 'Waikato-Tainui chief executive'],
    ],
    // A prefix makes a description, not a body's name.
    ['“We welcome the funding,” Post-Covid director Jane Doe said.', ['Jane Doe', null, 'director']],
    ['“We welcome the funding,” WHO said.', ['WHO', null, null]],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})
