import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { who } from './test-helpers'
import { withoutTimeAtEnd } from './time-before-cue'

describe('withoutTimeAtEnd', () => {
  it.each([
    ['Jane Doe on Monday', 'Jane Doe'],
    ['Jane Doe on Tuesday evening', 'Jane Doe'],
    ['Jane Doe on 5 March', 'Jane Doe'],
    ['Jane Doe on March 5th', 'Jane Doe'],
    ['Jane Doe last week', 'Jane Doe'],
    ['Jane Doe earlier this month', 'Jane Doe'],
    ['Jane Doe late on Friday', 'Jane Doe'],
    ['Jane Doe in a statement', 'Jane Doe'],
    ['Jane Doe in a joint statement', 'Jane Doe'],
  ])('cuts the time that ends "%s"', (phrase, rest) => {
    expect(withoutTimeAtEnd(phrase)).toBe(rest)
  })

  it.each([
    'Jane Doe',
    'Jane Doe on Monday Street',
    'the report on Monday Club',
    'Jane Doe of the Monday',
    'last week',
    '',
  ])('keeps "%s" whole', (phrase) => {
    expect(withoutTimeAtEnd(phrase)).toBe(phrase)
  })
})

describe('a time between the speaker and the cue', () => {
  it.each([
    [
      'NSPCC head of policy Jane Doe on Monday said: “Children deserve better protection.”',
      ['Jane Doe', 'NSPCC head of policy', 'NSPCC head of policy'],
    ],
    [
      '“Children deserve better protection,” NSPCC head of policy Jane Doe on Monday said.',
      ['Jane Doe', 'NSPCC head of policy', 'NSPCC head of policy'],
    ],
    [
      'Shelter head of campaigns Jane Doe last week told reporters: “The law must change.”',
      ['Jane Doe', 'Shelter head of campaigns', 'Shelter head of campaigns'],
    ],
    [
      'NSPCC head of policy Jane Doe in a statement said: “Children deserve better protection.”',
      ['Jane Doe', 'NSPCC head of policy', 'NSPCC head of policy'],
    ],
    [
      'Shelter head of campaigns Jane Doe on Tuesday evening also said: “The law must change.”',
      ['Jane Doe', 'Shelter head of campaigns', 'Shelter head of campaigns'],
    ],
  ])('%s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('names no one when the words before the time name no one', () => {
    expect(who(extractQuotes('Officers on Monday said: “The road will reopen.”')[0])).toBeNull()
    expect(who(extractQuotes('The meeting on Monday said: “The road will reopen.”')[0])).toBeNull()
  })
})
