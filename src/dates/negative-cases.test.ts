import { describe, expect, it } from 'vitest'
import { findDates } from './find-dates'

describe('findDates', () => {
  describe('negative cases', () => {
    const none: string[] = [
      'Police chiefs praise significant seizure increases in Class A drugs.',
      'In an emergency always call 999.',
      'Call 101 or Crimestoppers anonymously on 0800 555 111.',
      'For details call 020 7946 2000 during office hours.',
      'A Section 60 order was in place across the borough.',
      'Officers attended 2,600 protest events.',
      'Knife crime fell by 20% across the region.',
      'A 22-year-old man was arrested on suspicion of robbery.',
      'More than 2000 officers attended the briefing.',
      'The unit has 1,500 staff and 40 vehicles.',
      'The march through the city was peaceful.',
      'You may also contact the force online.',
      'The 3.5 tonne vehicle was stopped on the M6.',
      'Officers want to test as soon as possible.',
      'The Force Awakens was screened at the event.',
      'Use of force was recorded on body-worn video.',
      'The chief constable told USA TODAY the force would act.',
      'The interview was broadcast on Russia Today.',
      'The car was travelling at 90 miles per hour.',
      'The compromised police officer was arrested.',
      // A file or case number that opens with a year's digits.
      'Anyone with information is asked to quote File # 2024-12345.',
      'Please quote case number 2024-567 when calling.',
    ]
    it.each(none)('finds no date in %s', (sentence) => {
      expect(findDates(sentence, { reference: '2024-03-18' })).toEqual([])
    })

    it('reads "24/7" as round the clock, no day', () => {
      const found = findDates('Support is available 24/7 through the helpline.', { reference: '2024-03-18' })
      expect(found.map((m) => [m.text, m.type, m.value])).toEqual([['24/7', 'SET', 'P1D']])
    })

    it('reads a year after a preposition of time before a counted noun, not after a verb', () => {
      const years = (s: string) => findDates(s, { reference: '2024-03-18' }).map((m) => m.value)
      expect(years('In 2023 officers made 40 arrests.')).toEqual(['2023'])
      expect(years('Since 2019 officers have seized 300 guns.')).toEqual(['2019'])
      expect(years('The force has 2000 officers.')).toEqual([])
      expect(years('In 2023 10% of cases were closed.')).toEqual(['2023'])
    })

    const durations: Array<[string, string, string]> = [
      ['The three defendants were jailed for 10 years.', '10 years', 'P10Y'],
      ['The service handled 4,500 calls in 24 hours.', '24 hours', 'PT24H'],
      ['The results will come back in three weeks.', 'three weeks', 'P3W'],
    ]
    it.each(durations)('keeps the duration in %s a duration, not a date', (sentence, text, value) => {
      expect(findDates(sentence, { reference: '2024-03-18' }).map((m) => [m.text, m.type, m.value])).toEqual([
        [text, 'DURATION', value],
      ])
    })

    it('does not read a bare number before a noun as a year', () => {
      expect(
        findDates('There were 2024 arrests last year.', { reference: '2024-03-18' }).map((m) => m.text),
      ).toEqual(['last year'])
    })
  })
})
