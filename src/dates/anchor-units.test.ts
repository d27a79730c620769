/** "the following week", "the previous month", "the following decade" count from the time just named. */
import { describe, it } from 'vitest'
import { type Case, expectCase } from './test-helpers'

const REF = '2025-03-12'

describe('a week, a month or a decade counted from the time named before it', () => {
  const cases: Case[] = [
    [
      'He was arrested on Monday 3 March and charged the following week.',
      REF,
      [
        { text: 'Monday 3 March', value: '2025-03-03' },
        { text: 'the following week', value: '2025-W11' },
      ],
    ],
    // A time joined to its day leaves the day to count from.
    [
      'He was arrested on Monday 3 March at 10pm and charged the following week.',
      REF,
      [
        { text: 'Monday 3 March at 10pm', value: '2025-03-03T22:00' },
        { text: 'the following week', value: '2025-W11' },
      ],
    ],
    [
      'The consultation closes on 28 March and the results will be published the following week.',
      REF,
      [
        { text: '28 March', value: '2025-03-28' },
        { text: 'the following week', value: '2025-W14' },
      ],
    ],
    [
      'He was arrested in January and charged the following month.',
      REF,
      [
        { text: 'January', value: '2025-01' },
        { text: 'the following month', value: '2025-02' },
      ],
    ],
    [
      'Crime in December 2024 was 4% lower than in the previous month.',
      REF,
      [
        { text: 'December 2024', value: '2024-12' },
        { text: 'the previous month', value: '2024-11' },
      ],
    ],
    [
      'The plant opened in 1990 and closed the following decade.',
      REF,
      [
        { text: '1990', value: '1990' },
        { text: 'the following decade', value: '200' },
      ],
    ],
    [
      'On 30 January 2025 the fund opened, and it closed the following month.',
      REF,
      [
        { text: '30 January 2025', value: '2025-01-30' },
        { text: 'the following month', value: '2025-02' },
      ],
    ],
    // With nothing named before, "the following" is unknown; "the previous" counts from the writing day.
    [
      'Over the following decade the company received $19bn in dividends.',
      REF,
      [{ text: 'the following decade', value: 'XXX' }],
    ],
    ['He was charged the following week.', REF, [{ text: 'the following week', value: 'XXXX-WXX' }]],
    ['Arrests were up 10% on the previous week.', REF, [{ text: 'the previous week', value: '2025-W10' }]],
    // A year does not fix its weeks: nothing to count from.
    [
      'He was arrested in 2019 and charged the following week.',
      REF,
      [
        { text: '2019', value: '2019' },
        { text: 'the following week', value: 'XXXX-WXX' },
      ],
    ],
    // "next week" and "last month" still count from the writing day.
    [
      'He was arrested on 3 March and will be sentenced next week.',
      REF,
      [
        { text: '3 March', value: '2025-03-03' },
        { text: 'next week', value: '2025-W12' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
