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

describe('a month or a season named after "the following" or "the previous"', () => {
  const cases: Case[] = [
    // After a year alone: that month of the next year.
    [
      'The bill passed in 2019 and took effect the following January.',
      REF,
      [
        { text: '2019', value: '2019' },
        { text: 'the following January', value: '2020-01' },
      ],
    ],
    // After a month: the first such month after it, in the same year or the next.
    [
      'The plant closed in June 2022 and reopened the following March.',
      REF,
      [
        { text: 'June 2022', value: '2022-06' },
        { text: 'the following March', value: '2023-03' },
      ],
    ],
    [
      'He moved there in March 2020 and left the following May.',
      REF,
      [
        { text: 'March 2020', value: '2020-03' },
        { text: 'the following May', value: '2020-05' },
      ],
    ],
    [
      'Sales in March 2024 were below the previous March.',
      REF,
      [
        { text: 'March 2024', value: '2024-03' },
        { text: 'the previous March', value: '2023-03' },
      ],
    ],
    // Seasons: a winter is named by the year of its December.
    [
      'The investigation began in late 2021 and intensified the following summer.',
      REF,
      [
        { text: 'late 2021', value: '2021', mod: 'END' },
        { text: 'the following summer', value: '2022-SU' },
      ],
    ],
    [
      'Work began in spring 2021 and finished the following winter.',
      REF,
      [
        { text: 'spring 2021', value: '2021-SP' },
        { text: 'the following winter', value: '2021-WI' },
      ],
    ],
    [
      'Sales fell in October 2023, down from the previous summer.',
      REF,
      [
        { text: 'October 2023', value: '2023-10' },
        { text: 'the previous summer', value: '2023-SU' },
      ],
    ],
    // With nothing named before: "the following" has no year, "the previous" is the last one.
    ['It will reopen the following March.', REF, [{ text: 'the following March', value: 'XXXX-03' }]],
    [
      'The previous summer was the hottest on record.',
      REF,
      [{ text: 'The previous summer', value: '2024-SU' }],
    ],
    // "the following" before no month or season reads nothing.
    ['Prices rose in the following areas.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
