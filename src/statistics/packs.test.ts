import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const read = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.unit, s.measure])

describe('a count before a measure of each thing', () => {
  it('counts what the measure describes, with or without a times sign', () => {
    expect(read('The company shipped 3 x 20-foot containers to the port.')).toEqual([
      ['3', 'count', 'containers to the port'],
      ['20-foot', 'ft', 'containers to the port'],
    ])
    expect(read('Officers seized 4 × 1kg packages of cocaine.')).toEqual([
      ['4', 'count', 'packages of cocaine'],
      ['1kg', 'kg', 'packages of cocaine'],
    ])
    expect(read('They found 2 x 500ml bottles and three 40-foot containers.')).toEqual([
      ['2', 'count', 'bottles'],
      ['500ml', 'ml', 'bottles'],
      ['three', 'count', 'containers'],
      ['40-foot', 'ft', 'containers'],
    ])
  })

  it('never counts the times sign, and leaves sizes and shares alone', () => {
    expect(read('The room is 20 x 30 feet.')).toEqual([
      ['20', 'count', null],
      ['30 feet', 'ft', null],
    ])
    expect(read('A 2 x 4 plank was used.')).toEqual([
      ['2', 'count', null],
      ['4', 'count', 'plank'],
    ])
    // A measure that closes the sentence describes nothing the count could count.
    expect(read('Officers seized 12 15kg.')).toEqual([
      ['12', 'count', null],
      ['15kg', 'kg', null],
    ])
  })
})
