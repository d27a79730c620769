// A speaker named in a lead-in before the colon: "As X said:", "As X put it:", "In the words of X:".
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { type Who, who } from './test-helpers'

const read = (input: string): [Who, string | null, string | undefined] | null => {
  const q = extractQuotes(input)[0]
  return q === undefined ? null : [who(q), q.cue, q.rule]
}

describe('a speaker named after "As" before the cue', () => {
  it.each<[string, Who, string]>([
    // Written in the style of UK police and government releases.
    [
      'As Detective Superintendent Jane Doe, who leads the inquiry, said at the launch: “We will not stop.”',
      ['Jane Doe', 'Detective Superintendent', null],
      'said',
    ],
    ['As Smith put it: “We will not stop.”', ['Smith', null, null], 'put it'],
    [
      'As Chief Constable Jane Smith put it on Monday: “We will not stop.”',
      ['Jane Smith', 'Chief Constable', null],
      'put it',
    ],
    ['As Jane Doe put it, “Nobody should live in fear.”', ['Jane Doe', null, null], 'put it'],
    ['As Kent Police said in a statement: “We will not stop.”', ['Kent Police', null, null], 'said'],
    [
      'Chief Constable Mark Roe launched the plan in May. As the Chief Constable said: “We will not stop.”',
      ['Mark Roe', 'Chief Constable', null],
      'said',
    ],
    [
      'Policing Minister Jane Roe opened the centre. As the Minister made clear: “Police will have the powers they need.”',
      ['Jane Roe', 'Policing Minister', null],
      'made clear',
    ],
    // Not after "As": the phrase a release writes without it.
    ['Jane Doe put it simply: “We will not stop.”', ['Jane Doe', null, null], 'put it'],
  ])('is the speaker: %s', (input, speaker, cue) => {
    expect(read(input)?.slice(0, 2)).toEqual([speaker, cue])
  })

  it.each<[string, [Who, string | null] | null]>([
    // No quotation: nothing to attribute.
    ['As Smith said last year, the figures fell.', null],
    // Nobody named: the words are kept with no speaker.
    ['As reported: “The scheme has saved lives across the region and beyond.”', [null, 'reported']],
    ['As the report put it: “The scheme has saved lives across the region and beyond.”', [null, 'put it']],
    // "put it" as a verb and its object, not speech.
    ['Officers put it in an evidence bag. “Nobody should live in fear.”', null],
  ])('leaves alone: %s', (input, expected) => {
    const r = read(input)
    expect(r === null ? null : r.slice(0, 2)).toEqual(expected)
  })
})

describe('"In the words of X" before or after the quote', () => {
  it.each<[string, Who]>([
    [
      'In the words of Commissioner Ray Smith: “Every victim deserves to be heard.”',
      ['Ray Smith', 'Commissioner', null],
    ],
    ['In the words of Jane Doe, “Every victim deserves to be heard.”', ['Jane Doe', null, null]],
    [
      '“Every victim deserves to be heard,” in the words of Commissioner Ray Smith.',
      ['Ray Smith', 'Commissioner', null],
    ],
  ])('names the speaker: %s', (input, speaker) => {
    expect(read(input)).toEqual([speaker, null, 'quotes/according-to'])
  })

  it.each([
    // A source that is nobody: no quote of a few words is kept.
    'In the words of the report: “Every victim deserves to be heard.”',
    // The words of a song or a title are no one's speech here.
    'He sang the words of “Danny Boy” at the service.',
  ])('names nobody: %s', (input) => {
    expect(extractQuotes(input).filter((q) => q.speaker !== null)).toEqual([])
  })
})
