import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { lexiconWith } from './patterns'
import { personBeforeWho } from './relative-speaker'

const lexicon = lexiconWith({})
const person = (head: string) => {
  const p = personBeforeWho(head, lexicon)
  return p === null ? null : [p.name, p.title, p.role, head.slice(p.start, p.end)]
}

describe('personBeforeWho', () => {
  it('reads the person whose name ends the words before ", who", an apposition or an age aside', () => {
    expect(person('The appeal was led by Detective Inspector Jane Smith, who')).toEqual([
      'Jane Smith',
      'Detective Inspector',
      null,
      'Detective Inspector Jane Smith',
    ])
    expect(person('The investigation is overseen by Jane Smith, head of the unit, who')).toEqual([
      'Jane Smith',
      null,
      'head of the unit',
      'Jane Smith',
    ])
    expect(person('The event was hosted by Ms Jane Brown, 45, who')?.[0]).toBe('Jane Brown')
    expect(person('It was opened by Amy de la Cruz, who')?.[0]).toBe('Amy de la Cruz')
  })

  it('reads no one when the words before ", who" end with no name', () => {
    expect(person('Detective Inspector Jane Smith spoke to a man, who')).toBeNull()
    expect(person('Officers spoke to the victim, who')).toBeNull()
    // An apposition holding a clause is no apposition: the name does not end the words.
    expect(person('Jane Smith, who was there, who')).toBeNull()
    expect(person('The case was referred to Kent Police, who')).toBeNull()
    // No ", who" at the end.
    expect(person('The appeal was led by Jane Smith who')).toBeNull()
    expect(person('')).toBeNull()
  })
})

describe('a name after a clause of its own, then a relative clause closed by the comma before the cue', () => {
  const speaker = (input: string) => {
    const s = extractQuotes(input).at(-1)?.speaker
    return s ? [s.name, s.title, s.role] : null
  }

  it.each<[string, unknown]>([
    [
      'Police launched Operation Safe on Monday, Jane Doe, who leads the team, said: “We will not stop.”',
      ['Jane Doe', null, 'leads the team'],
    ],
    [
      'Police launched Operation Safe on Monday, Detective Inspector Jane Doe, who leads the team, said: “We will not stop.”',
      ['Jane Doe', 'Detective Inspector', 'leads the team'],
    ],
    [
      'The scheme has been running since May, Jane Doe, who founded it, said: “We will not stop.”',
      ['Jane Doe', null, null],
    ],
    // As before: the name opens the words, or an office stands in the clause's place.
    ['Jane Doe, who leads the team, said: “We will not stop.”', ['Jane Doe', null, 'leads the team']],
    [
      'Police launched Operation Safe on Monday, Jane Doe, head of the team, said: “We will not stop.”',
      ['Jane Doe', null, 'head of the team'],
    ],
  ])('is that name: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each([
    // A clause with no name before it, or a name that is the object of a clause "and" goes on from.
    'Officers spoke to a man, who was at the scene, said: “We will not stop.”',
    'Police spoke to Jane Doe, who was at the scene, and officers said: “We will not stop.”',
  ])('is no one named there: %s', (input) => {
    expect(speaker(input)).toBeNull()
  })

  it('gives the subject of the clause "and" goes on from, never its object', () => {
    expect(speaker('Police thanked Jane Doe, who was at the scene, and said: “We will not stop.”')).toEqual([
      'Police',
      null,
      null,
    ])
  })

  it('reads a long run of such clauses in linear time', () => {
    const input = `Police launched Operation Safe on Monday, Jane Doe, who ${'leads the team and '.repeat(300)}said: “We act.”`
    const started = Date.now()
    expect(extractQuotes(input).at(-1)?.text).toBe('We act.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
