import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const figures = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit])

describe('findStatistics: family descriptions', () => {
  it('reads no count in a parent described by their children', () => {
    expect(figures('The father-of-two was jailed for six years.')).toEqual([])
    expect(figures('A mother-of-three from Leeds was sentenced at Crown Court.')).toEqual([])
    expect(figures('The father of four said he was sorry.')).toEqual([])
    expect(figures('A mum of two, a dad-of-3 and a grandmother-of-five were among them.')).toEqual([])
    expect(figures('The great-grandfather-of-ten lived alone.')).toEqual([])
  })

  it('reads no count in such a description with a qualifier before the number', () => {
    expect(figures('The accused, the mother of more than 10 children, will appear.')).toEqual([])
    expect(figures('A father of at least seven was jailed.')).toEqual([])
    expect(figures('The grandmother of about 20 said she was proud.')).toEqual([])
    // The qualifier after anything but a parent's "of" bounds a count.
    expect(figures('A total of more than 10 children were seen.')).toEqual([['more than 10', 10, 'count']])
    expect(figures('The mother said more than 10 children were there.')).toEqual([
      ['more than 10', 10, 'count'],
    ])
  })

  it('reads the number set off by commas after such a description as an age', () => {
    expect(figures('The father-of-two, 32, was jailed.')).toEqual([])
    expect(figures('A mother of three, 41, from Leeds admitted 12 offences.')).toEqual([['12', 12, 'count']])
  })

  it('still counts other numbers near a parent', () => {
    expect(figures('The father and four others were charged.')).toEqual([['four', 4, 'count']])
    expect(figures('The mother of the victim said 12 people were there.')).toEqual([['12', 12, 'count']])
    expect(figures('A father of two and four other men were arrested.')).toEqual([['four', 4, 'count']])
    // "of" after a word that is no parent: a count.
    expect(figures('The owner of three dogs and a total of 40 sheep.')).toEqual([
      ['three', 3, 'count'],
      ['40', 40, 'count'],
    ])
    // A list of numbers after commas, no family before: counts.
    expect(figures('A total of three, 20, were held.')).toEqual([
      ['three', 3, 'count'],
      ['20', 20, 'count'],
    ])
  })
})
