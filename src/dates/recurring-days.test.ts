import { describe, it } from 'vitest'
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
