import { describe, expect, it } from 'vitest'
import {
  dayValue,
  durationValue,
  financialYearInterval,
  quarterInterval,
  seasonInterval,
  toDate,
  weekInterval,
  weekValue,
} from './timex'

describe('timex', () => {
  describe('values', () => {
    it('writes unknown parts as X', () => {
      expect(dayValue(null, 9, 27)).toBe('XXXX-09-27')
      expect(dayValue(2024, null, null)).toBe('2024-XX-XX')
    })

    it('writes durations with T for clock units and X for a vague count', () => {
      expect(durationValue(3, 'Y', false)).toBe('P3Y')
      expect(durationValue(12, 'H', true)).toBe('PT12H')
      expect(durationValue(null, 'W', false)).toBe('PXW')
      expect(durationValue(2.5, 'Y', false)).toBe('P2.5Y')
    })

    const weeks: Array<[number, number, number, string, string, string]> = [
      [2024, 3, 18, '2024-W12', '2024-03-18', '2024-03-24'],
      [2024, 12, 30, '2025-W01', '2024-12-30', '2025-01-05'],
      [2021, 1, 3, '2020-W53', '2020-12-28', '2021-01-03'],
    ]
    it.each(weeks)('puts %i-%i-%i in ISO week %s', (y, m, d, value, start, end) => {
      const date = toDate(y, m, d)!
      expect(weekValue(date)).toBe(value)
      expect(weekInterval(date)).toEqual({ start, end })
    })
  })

  describe('intervals', () => {
    it('runs a financial year from April to March', () => {
      expect(financialYearInterval(2023)).toEqual({ start: '2023-04-01', end: '2024-03-31' })
    })

    it('runs winter into the next year, to the end of February', () => {
      expect(seasonInterval(2023, 'WI')).toEqual({ start: '2023-12-01', end: '2024-02-29' })
    })

    it('gives a quarter its three months', () => {
      expect(quarterInterval(2024, 2)).toEqual({ start: '2024-04-01', end: '2024-06-30' })
    })

    it('refuses days that do not exist', () => {
      expect(toDate(2023, 2, 29)).toBeNull()
      expect(toDate(2024, 13, 1)).toBeNull()
      expect(toDate(50, 1, 1)).toBeNull()
    })
  })
})
