import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const read = (sentence: string) =>
  findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.change, s.rule])
const withMeasure = (sentence: string) =>
  findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.qualifier, s.measure, s.change])

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
      expect(read('The amount was nearly four times the threshold for the mandatory minimum.')).toEqual([
        ['nearly four times', 4, 'times', null, 'statistics/multiplier'],
      ])
      expect(read('He paid three times the price.').map((s) => s[2])).toEqual(['times'])
    })

    it('reads a multiplier "over" a limit, and a limit named by words joined with a hyphen', () => {
      expect(read('He was three times over the drink-drive limit.')).toEqual([
        ['three times', 3, 'times', null, 'statistics/multiplier'],
      ])
      expect(read('He was nearly three times the legal drink drive limit.').map((s) => [s[0], s[2]])).toEqual(
        [['nearly three times', 'times']],
      )
      expect(read('She was twice over the limit.').map((s) => [s[0], s[2]])).toEqual([['twice', 'times']])
      // Occasions: "over" a span of time, or no base after "the".
      expect(read('He was stabbed three times over the weekend.').map((s) => [s[0], s[2]])).toEqual([
        ['three', 'count'],
      ])
      expect(read('He was seen three times over the drink-drive course.').map((s) => s[2])).toEqual(['count'])
    })

    it('reads "a 50-fold increase" as a multiplier that is a change', () => {
      expect(read('Seizures saw a 50-fold increase.')).toEqual([
        ['50-fold', 50, 'times', 'increase', 'statistics/multiplier'],
      ])
      expect(read('Reports showed a 10 fold rise.').map((s) => [s[0], s[2]])).toEqual([['10 fold', 'times']])
    })

    it('reads an x glued to the digits as a multiplier, and not in names', () => {
      expect(read('Leverage was 2.5x EBITDA at the end of the year.').map((s) => [s[0], s[1], s[2]])).toEqual(
        [['2.5x', 2.5, 'times']],
      )
      expect(read('Sales grew 3x last year.')).toEqual([
        ['3x', 3, 'times', 'increase', 'statistics/multiplier'],
      ])
      expect(read('Reports saw a 10x increase.').map((s) => [s[0], s[2]])).toEqual([['10x', 'times']])
      // "4x4" and "0x1F" are names; "20m x 40m" has no x glued to its digits.
      expect(read('He drove a 4x4 vehicle.')).toEqual([])
      expect(read('The code 0x1F was shown.')).toEqual([])
      expect(read('The hall is 20m x 40m.').map((s) => s[2])).toEqual(['m', 'm'])
    })

    it('reads a multiple of earnings, EBITDA or book value as a multiplier', () => {
      expect(
        read('Net debt fell to £212m at the end of the period, equivalent to 0.9 times EBITDA.').map((s) => [
          s[0],
          s[2],
        ]),
      ).toEqual([
        ['£212m', 'GBP'],
        ['0.9 times', 'times'],
      ])
      expect(
        read('The stock trades on 6.5 times earnings and 1.4 times book value.').map((s) => [
          s[0],
          s[1],
          s[2],
        ]),
      ).toEqual([
        ['6.5 times', 6.5, 'times'],
        ['1.4 times', 1.4, 'times'],
      ])
      expect(read('The shares trade at 12 times forward earnings.').map((s) => s[2])).toEqual(['times'])
      // Occasions before another word stay counts.
      expect(read('He was stopped 12 times during the year.').map((s) => s[2])).toEqual(['count'])
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

    it('reads verbs that multiply a figure as a multiplier with its change', () => {
      expect(withMeasure('Arrests doubled last year.')).toEqual([
        ['doubled', 2, 'times', 'exact', 'Arrests', 'increase'],
      ])
      expect(withMeasure('Reported fraud has nearly tripled since 2020.')).toEqual([
        ['nearly tripled', 3, 'times', 'approx', 'Reported fraud', 'increase'],
      ])
      expect(withMeasure('Thefts have more than doubled.')).toEqual([
        ['more than doubled', 2, 'times', 'over', 'Thefts', 'increase'],
      ])
      expect(withMeasure('Drug seizures have quadrupled.').map((s) => s[1])).toEqual([4])
      expect(withMeasure('Seizures have trebled.').map((s) => s[1])).toEqual([3])
      // A fall by half is 2 times lower, as "3 times lower" is 3 times.
      expect(withMeasure('Knife crime has halved since 2019.')).toEqual([
        ['halved', 2, 'times', 'exact', 'Knife crime', 'decrease'],
      ])
      expect(withMeasure('There was a doubling of arrests.')).toEqual([
        ['doubling', 2, 'times', 'exact', 'arrests', 'increase'],
      ])
    })

    it('reads "doubles" and "double" after a modal as a multiplying verb', () => {
      expect(read('Police urge caution as road toll doubles')).toEqual([
        ['doubles', 2, 'times', 'increase', 'statistics/multiplier'],
      ])
      expect(read('The number of youth workers will triple by 2026.')).toEqual([
        ['triple', 3, 'times', 'increase', 'statistics/multiplier'],
      ])
      expect(read('The risk could double.').map((s) => [s[1], s[3]])).toEqual([[2, 'increase']])
      // Another verb, or a noun.
      expect(read('Officers will double-check the figures.')).toEqual([])
      expect(read('She will double as treasurer.')).toEqual([])
      expect(read('It will double up as a hub.')).toEqual([])
      expect(read('He won the doubles title.')).toEqual([])
    })

    it('reads "double" after the "to" of an expectation or an intent as a multiplying verb', () => {
      expect(withMeasure('Arrests are set to double to 1,200.')).toEqual([
        ['double', 2, 'times', 'exact', 'Arrests', 'increase'],
        ['1,200', 1200, 'count', 'exact', 'Arrests', null],
      ])
      expect(withMeasure('Revenue is forecast to treble by 2030.')).toEqual([
        ['treble', 3, 'times', 'exact', 'Revenue', 'increase'],
      ])
      expect(withMeasure('Fees will triple to £9,000.').map((s) => s[4])).toEqual(['Fees', 'Fees'])
      // Another verb after "to", or a word after a "to" no verb governs.
      expect(read('Staff are due to double-check the forms.')).toEqual([])
      expect(read('The pair agreed to double up.')).toEqual([])
      expect(read('Rooms range from single to double.')).toEqual([])
    })

    it('keeps the level a multiplying verb reaches apart from the multiplier', () => {
      expect(read('The number of officers has doubled to 300.')).toEqual([
        ['doubled', 2, 'times', 'increase', 'statistics/multiplier'],
        ['300', 300, 'count', null, 'statistics/count-digits'],
      ])
    })

    it('reads "fivefold", "tenfold" as a multiplier, a change when a change word stands by', () => {
      expect(read('Seizures rose fivefold.')).toEqual([
        ['fivefold', 5, 'times', 'increase', 'statistics/multiplier'],
      ])
      expect(read('There was a tenfold increase in reports.')).toEqual([
        ['tenfold', 10, 'times', 'increase', 'statistics/multiplier'],
      ])
      expect(read('Demand grew twentyfold.').map((s) => s[1])).toEqual([20])
      expect(read('The risk is threefold.')).toEqual([
        ['threefold', 3, 'times', null, 'statistics/multiplier'],
      ])
    })

    it('reads "twice as many" and "double the legal limit" as a multiplier', () => {
      expect(read('There were twice as many arrests.')).toEqual([
        ['twice', 2, 'times', null, 'statistics/multiplier'],
      ])
      expect(read('He was driving at twice the legal limit.').map((s) => [s[0], s[2]])).toEqual([
        ['twice', 'times'],
      ])
      expect(read('Thefts were double the number in 2022.').map((s) => [s[0], s[1], s[2]])).toEqual([
        ['double', 2, 'times'],
      ])
      expect(read('Fines are triple the amount.').map((s) => [s[1], s[2]])).toEqual([[3, 'times']])
    })

    it('reads "double last year\'s total" and "double the previous year" as a multiplier', () => {
      expect(read("Seizures were nearly double last year's total.").map((s) => [s[0], s[1], s[2]])).toEqual([
        ['nearly double', 2, 'times'],
      ])
      expect(read('Arrests were more than double the previous year.').map((s) => [s[0], s[1], s[2]])).toEqual(
        [['more than double', 2, 'times']],
      )
      // Not a noun before "last" or "the previous" and a word that names no figure.
      expect(read('She won the double last season.')).toEqual([])
      expect(read('It was a double the previous owner built.')).toEqual([])
    })

    it('reads "twice" alone as a count of occasions, as "three times" is', () => {
      expect(read('He was stopped twice.')).toEqual([['twice', 2, 'count', null, 'statistics/count-words']])
    })

    it('reads no multiplier in "double murder", "doubled as", "think twice" or "twice-weekly"', () => {
      expect(read('He was charged with a double murder.')).toEqual([])
      expect(read('A double-decker bus was damaged.')).toEqual([])
      expect(read('The shop doubled as a front for drug dealing.')).toEqual([])
      expect(read('The suspect doubled back towards the station.')).toEqual([])
      expect(read('You should think twice before carrying a knife.')).toEqual([])
      expect(read('Twice-weekly patrols will continue.')).toEqual([])
      expect(read('The pipes form a manifold.')).toEqual([])
    })
  })
})
