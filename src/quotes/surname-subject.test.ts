// The subject of the clause that introduces a quote speaks, when words stand between it and the
// quote: "Baker returned later and declared, “…”", "Baker quickly deflected with a remark: “…”".
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { type Who, who } from './test-helpers'

/** The speaker and cue of the last quote in a text. */
const last = (input: string): [Who, string | null] | null => {
  const q = extractQuotes(input).at(-1)
  return q === undefined ? null : [who(q), q.cue]
}

const BAKER = 'Detective Inspector Tom Baker led the inquiry from the start.\n\n'
const BOTH = 'Councillor Jane Smith and Tom Baker met residents on Monday.\n\n'

describe('a surname opening the clause that introduces a quote', () => {
  it.each<[string, Who, string]>([
    [
      `${BAKER}Baker returned to the podium a few minutes later and declared, “We will never be stopped by anyone.”`,
      ['Tom Baker', 'Detective Inspector', null],
      'declared',
    ],
    [
      `${BAKER}But Baker quickly deflected with a question of his own: “Why would anyone want to stop this work?”`,
      ['Tom Baker', 'Detective Inspector', null],
      'deflected',
    ],
    [
      `${BAKER}Baker inflamed tensions by saying, “The people who did this are animals and will be caught.”`,
      ['Tom Baker', 'Detective Inspector', null],
      'saying',
    ],
    [
      `${BAKER}In a speech to the force in October, Baker talks about the blame officers faced after the riots, saying, “A lot of that could have been avoided.”`,
      ['Tom Baker', 'Detective Inspector', null],
      'saying',
    ],
    // A bracket closing an opening phrase, whose own quote names someone else.
    [
      `${BAKER}After the attack on the station (Jane Roe called it “horrific”), Baker raised tensions by saying, “The people who did this will be caught.”`,
      ['Tom Baker', 'Detective Inspector', null],
      'saying',
    ],
    // The one attacked after "swiped at" is no speaker.
    [
      `${BOTH}Smith swiped at Baker in a series of posts: “Tom Baker has done nothing for this ward in four years.”`,
      ['Jane Smith', 'Councillor', null],
      'swiped at',
    ],
    [
      `${BOTH}Smith met Baker and declared, “We will never be stopped by anyone.”`,
      ['Jane Smith', 'Councillor', null],
      'declared',
    ],
  ])('is the speaker: %s', (input, speaker, cue) => {
    expect(last(input)).toEqual([speaker, cue])
  })

  it.each<[string, Who, string]>([
    // Press-release shapes the rule leaves as they were read.
    [
      'Chief Constable Jane Doe, speaking at the launch, said: “We will not stop.”',
      ['Jane Doe', 'Chief Constable', null],
      'said',
    ],
    [
      'Jane Doe, who leads the unit, added: “We will not stop.”',
      ['Jane Doe', null, 'leads the unit'],
      'added',
    ],
    [
      'Speaking after the hearing, Detective Inspector Tom Baker said: “We will not stop.”',
      ['Tom Baker', 'Detective Inspector', null],
      'said',
    ],
    [
      'Jane Doe met officers on Monday. Ms Doe, who chairs the board, added: “I am concerned about the figures.”',
      ['Jane Doe', null, 'chairs the board'],
      'added',
    ],
    ['Jane Doe replied to critics on social media: “We will not stop.”', ['Jane Doe', null, null], 'replied'],
    [
      'Superintendent Tom Baker tweeted on Monday evening: “The road will stay closed overnight.”',
      ['Tom Baker', 'Superintendent', null],
      'tweeted',
    ],
  ])('still reads: %s', (input, speaker, cue) => {
    expect(last(input)).toEqual([speaker, cue])
  })

  it.each<[string, [Who, string | null]]>([
    // A surname the release never wrote in full may be anything: nobody is named.
    [
      'Baker returned to the podium a few minutes later and declared, “We will never be stopped by anyone.”',
      [null, 'declared'],
    ],
    [
      `Baker inflamed tensions by saying, “The people who did this are animals and will be caught.”`,
      [null, 'saying'],
    ],
    // The clause after "that" has a subject of its own.
    [
      `${BOTH}Smith said that Baker had declared, “We will never be stopped by anyone.”`,
      [['Tom Baker', null, null], 'declared'],
    ],
    [
      `${BOTH}Smith believes that Baker returned and declared, “We will never be stopped by anyone.”`,
      [null, 'declared'],
    ],
    // A word that opens a sentence is no surname.
    [
      `${BAKER}Yesterday the team returned and declared, “We will never be stopped by anyone.”`,
      [null, 'declared'],
    ],
  ])('names no one else: %s', (input, expected) => {
    expect(last(input)).toEqual(expected)
  })
})
