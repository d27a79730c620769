/** Weekdays listed after "every" recur as the first does. */
import { describe, it } from 'vitest'
import { type Case, expectCase } from './test-helpers'

const REF = '2025-03-12'

describe('weekdays listed after a recurring one', () => {
  const cases: Case[] = [
    [
      'The shop is open every Monday and Thursday.',
      REF,
      [
        { text: 'every Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Thursday', value: 'XXXX-WXX-4', type: 'SET' },
      ],
    ],
    [
      'The club meets each Tuesday, Wednesday and Friday evening.',
      REF,
      [
        { text: 'each Tuesday', value: 'XXXX-WXX-2TEV', type: 'SET' },
        { text: 'Wednesday', value: 'XXXX-WXX-3TEV', type: 'SET' },
        { text: 'Friday evening', value: 'XXXX-WXX-5TEV', type: 'SET' },
      ],
    ],
    [
      'Extra patrols will run every Friday and Saturday night.',
      REF,
      [
        { text: 'every Friday', value: 'XXXX-WXX-5TNI', type: 'SET' },
        { text: 'Saturday night', value: 'XXXX-WXX-6TNI', type: 'SET' },
      ],
    ],
    [
      'The drop-in clinic runs every Monday at 7pm.',
      REF,
      [{ text: 'every Monday at 7pm', value: 'XXXX-WXX-1T19:00', type: 'SET' }],
    ],
    [
      'Sessions take place every Monday or Thursday at 10.30am.',
      REF,
      [
        { text: 'every Monday', value: 'XXXX-WXX-1T10:30', type: 'SET' },
        { text: 'Thursday at 10.30am', value: 'XXXX-WXX-4T10:30', type: 'SET' },
      ],
    ],
    // Near misses: a day in a clause of its own, and days with no "every".
    [
      'Officers patrol every Saturday and on Sunday they rest.',
      REF,
      [
        { text: 'every Saturday', value: 'XXXX-WXX-6', type: 'SET' },
        { text: 'Sunday', value: '2025-03-09', type: 'DATE' },
      ],
    ],
    [
      'The team met on Monday and Thursday.',
      REF,
      [
        { text: 'Monday', value: '2025-03-10', type: 'DATE' },
        { text: 'Thursday', value: '2025-03-06', type: 'DATE' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
