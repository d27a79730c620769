import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const read = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.qualifier])

describe('findStatistics', () => {
  describe('a fraction in words of one per cent', () => {
    it('reads "one-half percent" as 0.5 per cent, not a share of 50', () => {
      expect(read('Inflation was less than one-half percent.')).toEqual([
        ['less than one-half percent', 0.5, 'percent', 'under'],
      ])
      expect(read('GDP grew a half percent in the quarter.')).toEqual([
        ['a half percent', 0.5, 'percent', 'exact'],
      ])
      expect(read('Prices rose three-quarters of 1% in May.')).toEqual([
        ['three-quarters of 1%', 0.75, 'percent', 'exact'],
      ])
      expect(read('Output fell by a quarter of a per cent.')).toEqual([
        ['a quarter of a per cent', 0.25, 'percent', 'exact'],
      ])
      expect(read('Sales were up one-tenth of one percent.')[0]?.slice(1, 3)).toEqual([0.1, 'percent'])
    })

    it('reads a fraction of a percentage point in its unit', () => {
      expect(read('The Bank cut rates by half a percentage point.')).toEqual([
        ['half a percentage point', 0.5, 'percentage point', 'exact'],
      ])
      expect(read('Yields rose by about a quarter percentage point.')).toEqual([
        ['about a quarter percentage point', 0.25, 'percentage point', 'approx'],
      ])
    })

    it('still reads a share of a whole, and a part of a million', () => {
      expect(read('Half of residents agreed.')).toEqual([['Half', 50, 'percent', 'exact']])
      expect(read('A third of officers were trained.')).toEqual([['A third', 33.33, 'percent', 'exact']])
      expect(read('Nearly half a million people voted.')).toEqual([
        ['Nearly half a million', 500000, 'count', 'approx'],
      ])
      // A part of a figure above one per cent is no part of one per cent.
      expect(read('Half of the 6% rise came in May.').map((r) => r[0])).toEqual(['Half', '6%'])
    })
  })
})
