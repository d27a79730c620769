import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const read = (sentence: string) =>
  findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.change, s.rule])

describe('findStatistics', () => {
  describe('multipliers', () => {
    it('reads "three times as many" and "5 times higher" as a ratio, not a count of times', () => {
      expect(read('There were three times as many arrests this year.')).toEqual([
        ['three times', 3, 'times', null, 'statistics/multiplier'],
      ])
      expect(read('Arrests were 3 times higher than in 2022.')).toEqual([
        ['3 times', 3, 'times', 'increase', 'statistics/multiplier'],
      ])
      expect(read('Victims are four times more likely to report it.').map((s) => [s[1], s[2]])).toEqual([
        [4, 'times'],
      ])
    })

    it('reads "five times the legal limit" as a ratio to the base named after it', () => {
      expect(read('He was driving at five times the legal limit.')).toEqual([
        ['five times', 5, 'times', null, 'statistics/multiplier'],
      ])
    })

    it('reads "a 50-fold increase" as a multiplier that is a change', () => {
      expect(read('Seizures saw a 50-fold increase.')).toEqual([
        ['50-fold', 50, 'times', 'increase', 'statistics/multiplier'],
      ])
      expect(read('Reports showed a 10 fold rise.').map((s) => [s[0], s[2]])).toEqual([['10 fold', 'times']])
    })

    it('reads the number after "a factor of" as a multiplier', () => {
      expect(read('Crime fell by a factor of three.').map((s) => [s[0], s[1], s[2], s[4]])).toEqual([
        ['three', 3, 'times', 'statistics/multiplier'],
      ])
      // Another noun before "of" keeps the count.
      expect(read('It was a group of three.').map((s) => s[2])).toEqual(['count'])
    })

    it('keeps counts of occasions as counts', () => {
      expect(read('He was stabbed three times.')).toEqual([
        ['three', 3, 'count', null, 'statistics/count-words'],
      ])
      expect(read('Police visited the house 12 times after the attack.').map((s) => [s[0], s[2]])).toEqual([
        ['12', 'count'],
      ])
      // "the" before a day, not a base of comparison.
      expect(read('He called 4 times the next day.').map((s) => s[2])).toEqual(['count'])
    })
  })
})
