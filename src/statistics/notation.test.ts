import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const read = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit])

describe('numbers written with a capital B or M, or in scientific notation', () => {
  it('reads a spaced B or M as billions or millions before what is counted, or after money', () => {
    expect(read('The world has about 8 B people.')).toEqual([['about 8 B', 8e9, 'count']])
    expect(read('The app has 4 M users and 2.5 B downloads.')).toEqual([
      ['4 M', 4e6, 'count'],
      ['2.5 B', 2.5e9, 'count'],
    ])
    expect(read('The company raised $3.5 B last year.')).toEqual([['$3.5 B', 3.5e9, 'USD']])
  })

  it('leaves a letter of a class, a grade or an era alone', () => {
    expect(read('He was placed in Grade 4 B after the review.')).toEqual([])
    expect(read('About 400 B.C. residents were moved.')).toEqual([['About 400', 400, 'count']])
  })

  it('reads scientific notation as the number it writes', () => {
    expect(read('The electron mass is 1.99×10−30 kilograms.')).toEqual([
      ['1.99×10−30 kilograms', 1.99e-30, 'kg'],
    ])
    expect(read('Light travels at 2.998 x 10^8 metres per second.')[0]?.[1]).toBe(2.998e8)
    expect(read('The sample held 6.02e23 molecules, or 6.02 × 10²³.')).toEqual([
      ['6.02e23', 6.02e23, 'count'],
      ['6.02 × 10²³', 6.02e23, 'count'],
    ])
    expect(read('It weighs 3×10⁸ kg.')).toEqual([['3×10⁸ kg', 3e8, 'kg']])
  })

  it('leaves versions and codes with an e alone', () => {
    expect(read('Version 1.2e5 of the firmware was released.')).toEqual([])
    expect(read('The part number is A1.5e3x.')).toEqual([])
  })
})

describe('numbers grouped as India writes them', () => {
  it('reads pairs of digits before the last three as one number', () => {
    expect(read('A total of 1,23,456 beneficiaries were paid.')).toEqual([['1,23,456', 123_456, 'count']])
    expect(read('Some 12,34,56,789 doses were given, and Rs 1,50,000 was paid.')).toEqual([
      ['Some 12,34,56,789', 123_456_789, 'count'],
      ['Rs 1,50,000', 150_000, 'INR'],
    ])
  })

  it('leaves Western groups, and numbers listed with spaces, as they were', () => {
    expect(read('Sales hit 16,500 and then 1,234,567.')).toEqual([
      ['16,500', 16_500, 'count'],
      ['1,234,567', 1_234_567, 'count'],
    ])
    expect(read('Scores were 3, 45, 678.')).toEqual([
      ['3', 3, 'count'],
      ['45', 45, 'count'],
      ['678', 678, 'count'],
    ])
  })
})
