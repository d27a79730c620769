import { describe, expect, it } from 'vitest'
import { findDates } from './find-dates'
import { type Case, expectCase } from './test-helpers'

// Tuesday 10 December 2024.
const REF = '2024-12-10'

describe('a yearless day that recurs each year', () => {
  const cases: Case[] = [
    [
      'The scheme closes on 31 October each year.',
      REF,
      [
        { text: '31 October', value: 'XXXX-10-31', type: 'SET' },
        { text: 'each year', value: 'P1Y', type: 'SET' },
      ],
    ],
    [
      'The deadline is January 31 every year.',
      REF,
      [
        { text: 'January 31', value: 'XXXX-01-31', type: 'SET' },
        { text: 'every year', value: 'P1Y', type: 'SET' },
      ],
    ],
    [
      'Applications open on 1 April annually.',
      REF,
      [
        { text: '1 April', value: 'XXXX-04-01', type: 'SET' },
        { text: 'annually', value: 'P1Y', type: 'SET' },
      ],
    ],
    [
      'Each year on 5 November, bonfires are lit.',
      REF,
      [
        { text: 'Each year', value: 'P1Y', type: 'SET' },
        { text: '5 November', value: 'XXXX-11-05', type: 'SET' },
      ],
    ],
    ['The fair is held every 12 July.', REF, [{ text: 'every 12 July', value: 'XXXX-07-12', type: 'SET' }]],
    ['The parade is held every July 4.', REF, [{ text: 'every July 4', value: 'XXXX-07-04', type: 'SET' }]],
    // With no day to count from, the same.
    [
      'The scheme closes on 31 October each year.',
      null,
      [
        { text: '31 October', value: 'XXXX-10-31', type: 'SET' },
        { text: 'each year', value: 'P1Y', type: 'SET' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    // A day with its year, a day set apart by a comma, and a month alone after "every".
    [
      'The scheme closed on 31 October 2023 each year.',
      REF,
      [
        { text: '31 October 2023', value: '2023-10-31' },
        { text: 'each year', value: 'P1Y', type: 'SET' },
      ],
    ],
    [
      'Fees rose on 1 April, each year since 2019.',
      REF,
      [
        { text: '1 April', value: '2024-04-01' },
        { text: 'each year', value: 'P1Y', type: 'SET' },
        { text: '2019', value: '2019' },
      ],
    ],
    ['Every July, 4 officers patrol.', REF, [{ text: 'Every July', value: 'XXXX-07', type: 'SET' }]],
    ['The scheme closes on 31 October.', REF, [{ text: '31 October', value: '2025-10-31' }]],
  ]
  it.each(nearMisses)('keeps its reading: %s', (...c) => expectCase(c))
})

describe('a time on a yearless day that recurs each year', () => {
  const cases: Case[] = [
    [
      'The park closes at 5pm on 31 January every year.',
      REF,
      [
        { text: '5pm on 31 January', value: 'XXXX-01-31T17:00', type: 'SET' },
        { text: 'every year', value: 'P1Y', type: 'SET' },
      ],
    ],
    [
      'The ceremony is held at 11am on 11 November each year.',
      REF,
      [
        { text: '11am on 11 November', value: 'XXXX-11-11T11:00', type: 'SET' },
        { text: 'each year', value: 'P1Y', type: 'SET' },
      ],
    ],
    [
      'Every year at 11am on 11 November, a silence is held.',
      REF,
      [
        { text: 'Every year', value: 'P1Y', type: 'SET' },
        { text: '11am on 11 November', value: 'XXXX-11-11T11:00', type: 'SET' },
      ],
    ],
    [
      'The vote closes at 17:00 on January 31 annually.',
      REF,
      [
        { text: '17:00 on January 31', value: 'XXXX-01-31T17:00', type: 'SET' },
        { text: 'annually', value: 'P1Y', type: 'SET' },
      ],
    ],
    [
      'The park closes at 5pm on 31 January every year.',
      null,
      [
        { text: '5pm on 31 January', value: 'XXXX-01-31T17:00', type: 'SET' },
        { text: 'every year', value: 'P1Y', type: 'SET' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    // A time on a day with its year, on a weekday, on the writing day, or with no recurrence.
    [
      'The park closed at 5pm on 31 January 2024 every year.',
      REF,
      [
        { text: '5pm on 31 January 2024', value: '2024-01-31T17:00', type: 'TIME' },
        { text: 'every year', value: 'P1Y', type: 'SET' },
      ],
    ],
    [
      'The park closes at 5pm on Friday every year.',
      REF,
      [
        { text: '5pm on Friday', value: '2024-12-13T17:00', type: 'TIME' },
        { text: 'every year', value: 'P1Y', type: 'SET' },
      ],
    ],
    [
      'The park closes at 5pm every year.',
      REF,
      [
        { text: '5pm', value: '2024-12-10T17:00', type: 'TIME' },
        { text: 'every year', value: 'P1Y', type: 'SET' },
      ],
    ],
    [
      'The park closes at 5pm on 31 January.',
      REF,
      [{ text: '5pm on 31 January', value: '2025-01-31T17:00', type: 'TIME' }],
    ],
  ]
  it.each(nearMisses)('keeps its reading: %s', (...c) => expectCase(c))
})

describe('a long run of yearly times', () => {
  it('reads each in bounded time', () => {
    const text = 'The park closes at 5pm on 31 January every year. '.repeat(250)
    const found = findDates(text, { reference: REF })
    expect(found.filter((d) => d.value === 'XXXX-01-31T17:00')).toHaveLength(250)
  })
})
