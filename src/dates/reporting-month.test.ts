/** A month named as the period data cover is one already over, whatever the tense. */
import { describe, it } from 'vitest'
import { type Case, expectCase } from './test-helpers'

// Friday 15 March 2024.
const REF = '2024-03-15'

describe('a month some data cover', () => {
  const cases: Case[] = [
    [
      'Figures for February will be published on 12 April.',
      REF,
      [
        { text: 'February', value: '2024-02' },
        { text: '12 April', value: '2024-04-12' },
      ],
    ],
    [
      "February's figures will be published on 12 April.",
      REF,
      [
        { text: 'February', value: '2024-02' },
        { text: '12 April', value: '2024-04-12' },
      ],
    ],
    [
      'The retail sales figures for January will be released later.',
      REF,
      [{ text: 'January', value: '2024-01' }],
    ],
    [
      "February's headline inflation rate will be announced soon.",
      REF,
      [
        { text: 'February', value: '2024-02' },
        { text: 'soon', value: 'FUTURE_REF' },
      ],
    ],
    [
      'The February unemployment statistics will be out on Wednesday.',
      REF,
      [
        { text: 'February', value: '2024-02' },
        { text: 'Wednesday', value: '2024-03-20' },
      ],
    ],
    // A later month of the name is last year's: the data are counted after it.
    [
      'Data for the month of November will be released in April.',
      REF,
      [
        { text: 'November', value: '2023-11' },
        { text: 'April', value: '2024-04' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a month that is no period of data', () => {
  const cases: Case[] = [
    ['The centre will open in February.', REF, [{ text: 'February', value: '2025-02' }]],
    [
      'The shop will reopen in February and figures will follow.',
      REF,
      [{ text: 'February', value: '2025-02' }],
    ],
    ['The centre will open in February to boost sales.', REF, [{ text: 'February', value: '2025-02' }]],
    [
      'Tickets for November will go on sale on Monday.',
      REF,
      [
        { text: 'November', value: '2024-11' },
        { text: 'Monday', value: '2024-03-18' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
