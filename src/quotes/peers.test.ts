// A peer styled by a place ("Lord Smith of Leeds", "Baroness Jones of Moulsecoomb"): the place is
// part of the name, not the role; the style is the title, as an honorific is.
import { describe, expect, it } from 'vitest'
import { extractQuotes, extractQuotesAndPeople } from './extract-quotes'
import { type Who, who } from './test-helpers'

const speaker = (input: string): Who => who(extractQuotes(input)[0])

describe('a peer styled by a place', () => {
  it.each<[string, Who]>([
    [
      'Lord Smith of Leeds, chair of the Environment Agency, said: “The rivers are cleaner.”',
      ['Smith of Leeds', 'Lord', 'chair of the Environment Agency'],
    ],
    [
      '“The rivers are cleaner,” said Lord Smith of Leeds, chair of the Environment Agency.',
      ['Smith of Leeds', 'Lord', 'chair of the Environment Agency'],
    ],
    [
      'Baroness Jones of Moulsecoomb said: “The rivers are cleaner.”',
      ['Jones of Moulsecoomb', 'Baroness', null],
    ],
    ['Lord Hunt of Kings Heath said: “The rivers are cleaner.”', ['Hunt of Kings Heath', 'Lord', null]],
    [
      'Victims’ Commissioner Baroness Newlove of Warrington said: “The rivers are cleaner.”',
      ['Newlove of Warrington', 'Victims’ Commissioner Baroness', null],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads two peers speaking together', () => {
    const s = extractQuotes(
      'Lord Smith of Leeds and Baroness Jones of Moulsecoomb said: “The rivers are cleaner.”',
    )[0]?.speaker
    expect([s?.name, s?.title, s?.coSpeakers]).toEqual(['Smith of Leeds', 'Lord', ['Jones of Moulsecoomb']])
  })

  it('finds the peer again by the style and the surname alone', () => {
    const input =
      'Lord Smith of Leeds, chair of the Environment Agency, said: “The rivers are cleaner.”\n\n“We will go on,” Lord Smith added.\n\nSmith said: “It took years.”'
    const { quotes, people } = extractQuotesAndPeople(input)
    expect(quotes.map(who)).toEqual([
      ['Smith of Leeds', 'Lord', 'chair of the Environment Agency'],
      ['Smith of Leeds', 'Lord', 'chair of the Environment Agency'],
      ['Smith of Leeds', 'Lord', 'chair of the Environment Agency'],
    ])
    expect(people.map((p) => p.mentions.map((m) => m.text))).toEqual([
      ['Lord Smith of Leeds', 'Lord Smith', 'Smith'],
    ])
  })

  it.each<[string, Who]>([
    // "of the …" and a body's name: the body the peer belongs to is the role.
    [
      'Lord Smith of the Environment Agency said: “The rivers are cleaner.”',
      ['Smith', 'Lord', 'Environment Agency'],
    ],
    [
      'Lord Smith of Leeds City Council said: “The rivers are cleaner.”',
      ['Smith', 'Lord', 'Leeds City Council'],
    ],
    // Not a peer's style alone before a surname alone.
    ['Mr Smith of Leeds said: “The rivers are cleaner.”', ['Smith', 'Mr', 'Leeds']],
    ['Jane Doe of Acme said: “The rivers are cleaner.”', ['Jane Doe', null, 'Acme']],
    [
      'Lord Justice Smith of the Court of Appeal said: “The rivers are cleaner.”',
      ['Smith', 'Lord Justice', 'Court of Appeal'],
    ],
    ['Baroness Newlove said: “The rivers are cleaner.”', ['Newlove', 'Baroness', null]],
  ])('reads as before: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long run of places at once', () => {
    const input = `Lord Smith${' of Leeds'.repeat(300)} said: “The rivers are cleaner.”`
    const started = Date.now()
    expect(extractQuotes(input)[0]?.text).toBe('The rivers are cleaner.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
