/** Days of a year named relative to the reference: "3 March next year", "12 May last year". */
import { describe, it } from 'vitest'
import { type Case, expectCase } from '../test-helpers'

// A Wednesday in June: last year is 2023, next year 2025.
const REF = '2024-06-12'

describe('days of a relative year', () => {
  const cases: Case[] = [
    [
      'The trial is expected to last four weeks and is due to start on 3 March next year.',
      REF,
      [
        { text: 'four weeks', value: 'P4W', type: 'DURATION' },
        {
          text: '3 March next year',
          value: '2025-03-03',
          type: 'DATE',
          start: '2025-03-03',
          end: '2025-03-03',
        },
      ],
    ],
    [
      'He was first arrested on 12 May last year and charged on 4th June this year.',
      REF,
      [
        { text: '12 May last year', value: '2023-05-12' },
        { text: '4th June this year', value: '2024-06-04' },
      ],
    ],
    [
      'The attack happened on March 3 of last year, prosecutors said.',
      REF,
      [{ text: 'March 3 of last year', value: '2023-03-03' }],
    ],
    // With no reference and no evidence the year stays unknown.
    ['He was first arrested on 12 May last year.', null, [{ text: '12 May last year', value: 'XXXX-05-12' }]],
    // Not a relative year: "next year's budget" stands apart from the day before it.
    [
      'The review will report by 31 March, next year’s budget permitting.',
      REF,
      [
        { text: '31 March', value: '2025-03-31' },
        { text: 'next year', value: '2025' },
      ],
    ],
    [
      'The 3 March deadline was missed last year.',
      REF,
      [
        { text: '3 March', value: '2024-03-03' },
        { text: 'last year', value: '2023' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
