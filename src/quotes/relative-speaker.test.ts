import { describe, expect, it } from 'vitest'
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
