// People named together as speaking: the first named is the speaker, the others `coSpeakers`,
// as for bodies speaking together ("the FBI and the DEA said").
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'

const speaker = (input: string) => {
  const s = extractQuotes(input)[0]?.speaker
  return s ? [s.name, s.title, s.role, s.coSpeakers ?? null] : null
}

describe('people speaking together', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of UK police, US attorneys' and company releases.
    [
      '“We are delighted with the outcome,” Jane Smith and Tom Baker said.',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
    [
      '“We are delighted with the outcome,” said Jane Smith and Tom Baker.',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
    [
      'Jane Smith and Tom Baker said: “We are delighted with the outcome.”',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
    [
      '“We are delighted with the outcome,” said Jane Smith and Tom Baker in a joint statement.',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
    [
      '“We are delighted with the outcome,” said Jane Smith, Ali Khan and Tom Baker.',
      ['Jane Smith', null, null, ['Ali Khan', 'Tom Baker']],
    ],
    [
      '“We are delighted with the outcome,” said Detective Inspector Jane Smith and Sergeant Tom Baker.',
      ['Jane Smith', 'Detective Inspector', null, ['Tom Baker']],
    ],
    [
      '“We worked closely with our partners,” said Detective Inspector Jane Doe, of Kent Police, and Detective Sergeant Tom Baker.',
      ['Jane Doe', 'Detective Inspector', 'Kent Police', ['Tom Baker']],
    ],
    [
      '“We worked closely with our partners,” said Assistant Director in Charge Jane Doe of the FBI’s Washington Field Office and U.S. Attorney John Roe.',
      ['Jane Doe', 'Assistant Director in Charge', 'FBI’s Washington Field Office', ['John Roe']],
    ],
    // The last one's role closes the phrase.
    [
      '“This was a complex investigation,” said Detective Sergeant Jane Doe and Detective Constable Tom Baker of the Economic Crime Unit.',
      ['Jane Doe', 'Detective Sergeant', null, ['Tom Baker']],
    ],
    // Names listed after the first are no role of hers, before the cue or after it.
    [
      'Jane Doe, Tom Baker and Ali Khan said in a joint statement: “We thank everyone for their support.”',
      ['Jane Doe', null, null, ['Tom Baker', 'Ali Khan']],
    ],
    // A co-speaker named before by their full name is written in full.
    [
      'Jane Smith and Tom Baker founded the charity in 2010. “We are delighted,” Ms Smith and Mr Baker said.',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[] | null]>([
    // One person and words that name nobody else.
    ['“We are delighted with the outcome,” Jane Smith and her team said.', ['Jane Smith', null, null, null]],
    // The family speaks, not the people it is named for.
    ['“We are delighted with the outcome,” the family of Jane Smith and Tom Baker said.', null],
    // An object of the clause before, then a second clause with its own subject.
    [
      'Officers arrested Tom Baker and Jane Smith said: “We are delighted with the outcome.”',
      ['Jane Smith', null, null, null],
    ],
    // Two people, but the second is named in the first one's description.
    [
      '“We are delighted with the outcome,” said Jane Smith, the sister of Tom Baker.',
      ['Jane Smith', null, null, null],
    ],
    // Not a list of speakers: "A and B, C".
    [
      '“We are delighted with the outcome,” said Jane Smith and Ali Khan, Tom Baker.',
      ['Jane Smith', null, null, null],
    ],
  ])('no joint speakers: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})
