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

describe('a statement put out before the words: "X issued the following statement:"', () => {
  it.each<[string, Who, string]>([
    // Written in the style of UK police, US state and Irish government releases.
    [
      'Kent Police issued the following statement: “We are aware of the incident.”',
      ['Kent Police', null, null],
      'issued',
    ],
    [
      'Police issued the following statement:\n\n“We are aware of the incident.”',
      ['Police', null, null],
      'issued',
    ],
    [
      'Attorney General Letitia James released a brief statement: “Today’s ruling is a victory for New Yorkers.”',
      ['Letitia James', 'Attorney General', null],
      'released',
    ],
    // "comments" is a noun here, not the cue.
    [
      'Acme Ltd made the following comments:\n\n“We will review the plans.”',
      ['Acme Ltd', null, null],
      'made',
    ],
  ])('is the one who issued it: %s', (input, speaker, cue) => {
    expect(read(input)).toEqual([speaker, cue, 'quotes/colon-before'])
  })

  it('keeps the verb as the cue when the one who issued it is named by no name', () => {
    expect(
      read('The family issued the following statement: “He was a loving father and a kind friend.”'),
    ).toEqual([null, 'issued', 'quotes/colon-before'])
  })

  it.each([
    // A warning or an appeal put out is no statement of words.
    'Officers issued a warning: “Do not approach the man if you see him in the area.”',
    // The statement is the family's, put out for them: no speaker is read from the verb.
    'Police issued the following statement on behalf of the family: “He was loved by all who knew him.”',
  ])('reads no speaker and no cue from: %s', (input) => {
    const r = read(input)
    expect([r?.[0] ?? null, r?.[1] ?? null]).toEqual([null, null])
  })
})

describe('an office in a lead-in that speaks to or meets someone', () => {
  it.each<[string, Who]>([
    // Written in the style of UK government, police and charity releases: the office is the
    // one addressed, not the speaker's role.
    ['Speaking to the Victims’ Commissioner, Jane Doe said: “It was hard.”', ['Jane Doe', null, null]],
    ['Speaking to the Victims’ Commissioner, Jane Doe, said: “It was hard.”', ['Jane Doe', null, null]],
    ['Writing to the Home Secretary, Jane Doe said: “It was hard.”', ['Jane Doe', null, null]],
    ['After meeting the Chief Constable, Jane Doe said: “It was hard.”', ['Jane Doe', null, null]],
    ['In a letter to the Prime Minister, Jane Doe said: “It was hard.”', ['Jane Doe', null, null]],
  ])('the speaker has no role from it: %s', (input, expected) => {
    expect(read(input)?.[0]).toEqual(expected)
  })

  it.each<[string, Who]>([
    [
      'Speaking as the Victims’ Commissioner, Jane Doe said: “It was hard.”',
      ['Jane Doe', null, 'Victims’ Commissioner'],
    ],
    [
      'The Victims’ Commissioner, Jane Doe, said: “It was hard.”',
      ['Jane Doe', null, 'Victims’ Commissioner'],
    ],
    [
      'Outgoing Victims’ Commissioner, Jane Doe, said: “It was hard.”',
      ['Jane Doe', null, 'Outgoing Victims’ Commissioner'],
    ],
    [
      'Speaking at the launch, the Victims’ Commissioner, Jane Doe, said: “It was hard.”',
      ['Jane Doe', null, 'Victims’ Commissioner'],
    ],
  ])('near miss, her own office: %s', (input, expected) => {
    expect(read(input)?.[0]).toEqual(expected)
  })
})
