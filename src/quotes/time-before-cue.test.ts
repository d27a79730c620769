import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { who } from './test-helpers'
import { withoutTimeAtEnd, withoutTimeAtStart } from './time-before-cue'

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

describe('a time that opens the clause with no comma before a body that speaks', () => {
  it.each([
    ['On Monday Police Scotland said: “The road will reopen.”', 'Police Scotland'],
    ['On Tuesday evening Europol said: “The road will reopen.”', 'Europol'],
    ['Yesterday Kent Police thanked the public and said: “We care.”', 'Kent Police'],
    ['Kent Police said on Monday: “The road will reopen.”', 'Kent Police'],
    ['Last night Kent County Council said: “The road will reopen.”', 'Kent County Council'],
    ['Earlier today the Home Office said: “The road will reopen.”', 'Home Office'],
    ['Last week Acme Ltd said: “The road will reopen.”', 'Acme Ltd'],
    ['Last night Jane Doe said: “The road will reopen.”', 'Jane Doe'],
  ])('is no part of the name: %s', (input, name) => {
    expect(extractQuotes(input)[0]?.speaker?.name).toBe(name)
  })

  it.each([
    // No time, or a time before words in lower case other than "the": the name stays as written.
    ['Today Programme', 'Today Programme'],
    ['Yesterday police', 'Yesterday police'],
    ['Police Scotland', 'Police Scotland'],
    ['On Monday Police Scotland', 'Police Scotland'],
    ['Yesterday the council', 'the council'],
    ['Last week some residents', 'Last week some residents'],
  ])('withoutTimeAtStart(%s)', (input, expected) => {
    expect(withoutTimeAtStart(input)).toBe(expected)
  })

  it('reads a long name in linear time', () => {
    const input = `On Monday ${'Police '.repeat(300)}said: “We care.”`
    const started = Date.now()
    expect(extractQuotes(input)[0]?.text).toBe('We care.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
