import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)

describe('findStatistics', () => {
  describe('how often something recurs', () => {
    it('reads no count in "twice a week" or "three times a year": the recurrence is a date', () => {
      expect(texts('Bins in the area are collected twice a week.')).toEqual([])
      expect(texts('The panel meets three times a year.')).toEqual([])
      expect(texts('Officers visit the site 4 times per month.')).toEqual([])
      expect(texts('Patrols run twice every day in the summer.')).toEqual([])
      expect(texts('The board met five times each quarter.')).toEqual([])
      expect(texts('Doses are given twice a calendar month.')).toEqual([])
    })

    it('reads no count before a word of frequency: "twice daily", "three times weekly"', () => {
      expect(texts('The medicine is taken twice daily.')).toEqual([])
      expect(texts('The newsletter goes out three times weekly.')).toEqual([])
    })

    it('still counts occasions, and things counted in a period', () => {
      expect(texts('He was stopped twice last year.')).toEqual(['twice'])
      expect(texts('The alarm sounded three times on Monday.')).toEqual(['three'])
      // "a week ago" is a time back, no recurrence.
      expect(texts('He was stopped twice a week ago.')).toEqual(['twice'])
      // Things, not times, counted in a week.
      expect(texts('The clinic sees 40 patients a week.')).toEqual(['40'])
      expect(texts('The machine sold 3 a day.')).toEqual(['3'])
      // A rate measured, large or qualified, is a figure of its own.
      expect(texts('The blades spin 3,000 times a minute.')).toEqual(['3,000'])
      expect(texts('He called her up to 8 times a day.')).toEqual(['up to 8'])
      // A multiplier stays one.
      expect(texts('Arrests were three times higher a year later.')).toEqual(['three times'])
    })
  })
})
