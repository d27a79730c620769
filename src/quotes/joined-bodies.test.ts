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

// Written in the style of fire services' releases in New Zealand, Australia and the UK.
describe('an emergency service whose name holds "and" and a place, before an office', () => {
  it.each<[string, Who]>([
    [
      'Fire and Emergency New Zealand Deputy Chief Executive Jane Doe said: “Check your smoke alarms.”',
      ['Jane Doe', 'Fire and Emergency New Zealand Deputy Chief Executive', null],
    ],
    [
      '“Check your smoke alarms,” said Fire and Emergency New Zealand Deputy Chief Executive Jane Doe.',
      ['Jane Doe', 'Fire and Emergency New Zealand Deputy Chief Executive', null],
    ],
    [
      'Fire and Rescue NSW Commissioner Tom Baker said: “Check your smoke alarms.”',
      ['Tom Baker', 'Fire and Rescue NSW Commissioner', null],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // The word in lower case, or a name that ends in it, opens no body's name.
    [
      'Crews fought the fire and NSW Commissioner Tom Baker said: “Check your smoke alarms.”',
      ['Tom Baker', 'NSW Commissioner', null],
    ],
    ['Jane Fire and NSW Commissioner Tom Baker said: “Check your smoke alarms.”', ['Jane Fire', null, null]],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// Written in the style of UK fire and rescue services' releases.
describe('a place and a service word before "and" and a second one', () => {
  it.each<[string, Who]>([
    // The place and the first service word open the body's name; they are nobody's name.
    [
      'Kent Fire and Rescue Service’s Group Manager, Tom Baker, said: “Keep doors closed at night.”',
      ['Tom Baker', null, 'Kent Fire and Rescue Service’s Group Manager'],
    ],
    [
      'Kent Fire and Rescue Service said: “Keep doors closed at night.”',
      ['Kent Fire and Rescue Service', null, null],
    ],
    [
      '“Keep doors closed at night,” Hampshire Fire and Rescue Service said.',
      ['Hampshire Fire and Rescue Service', null, null],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // Written in the style of New Zealand and Australian fire services' releases: the body speaks.
    [
      '“Working smoke alarms save lives,” Fire and Emergency New Zealand said.',
      ['Fire and Emergency New Zealand', null, null],
    ],
    [
      'Fire and Emergency New Zealand said: “Working smoke alarms save lives.”',
      ['Fire and Emergency New Zealand', null, null],
    ],
    ['“Working smoke alarms save lives,” said Fire and Rescue NSW.', ['Fire and Rescue NSW', null, null]],
  ])('names the body: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
    expect(extractQuotes(input)[0]?.speaker?.kind).toBe('organisation')
  })

  it.each<[string, Who]>([
    // A place's name is nobody's, and a surname alone after the cue is still a person's.
    ['“Working smoke alarms save lives,” said Tom Baker of New Zealand.', ['Tom Baker', null, 'New Zealand']],
    ['“Working smoke alarms save lives,” said Hester.', ['Hester', null, null]],
    [
      '“Working smoke alarms save lives,” said Kent Fire and Rescue Service and Kent Police.',
      ['Kent Fire and Rescue Service', null, null],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // After "and", a name or an office is no second service word.
    ['Jane Fire and Tom Baker said: “Keep doors closed at night.”', ['Jane Fire', null, null]],
    [
      '“Keep doors closed at night,” said Tom Baker of Kent Fire and Rescue Service.',
      ['Tom Baker', null, 'Kent Fire and Rescue Service'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('an office in lower case after a body, itself after "by", "with" or "from"', () => {
  it.each<[string, Who]>([
    // The one named later by a short name keeps the title of the first mention.
    [
      'She was joined at the launch by Retail NI chief executive Glyn Roberts.\n\n“Our members welcome this,” Mr Roberts said.',
      ['Glyn Roberts', 'Retail NI chief executive', null],
    ],
    [
      'The plan was welcomed by Refuge chief executive Ruth Davison.\n\n“It is a welcome step,” Ms Davison said.',
      ['Ruth Davison', 'Refuge chief executive', null],
    ],
  ])('is whose office it is: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // After "in", capitalised words say where; a rank after them is the title alone.
    [
      'In Manchester Detective Sergeant Tom Wade said: “We will find them.”',
      ['Tom Wade', 'Detective Sergeant', null],
    ],
  ])('is a place, not a body: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})
