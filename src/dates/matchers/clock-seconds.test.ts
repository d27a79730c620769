/** Clocks with seconds: a time of day ("at 14:05:30"), or a time taken ("finished in 3:07:35"). */
import { describe, it } from 'vitest'
import { type Case, expectCase } from '../test-helpers'

// Monday 18 March 2024.
const REF = '2024-03-18'

describe('clock times with seconds', () => {
  const cases: Case[] = [
    [
      'The first 999 call was logged at 14:05:30 on Monday.',
      REF,
      [{ text: '14:05:30 on Monday', value: '2024-03-18T14:05:30', type: 'TIME' }],
    ],
    [
      'Dispatchers received the call at 2:15:10 p.m. on Tuesday, March 12.',
      REF,
      [{ text: '2:15:10 p.m. on Tuesday, March 12', value: '2024-03-12T14:15:10', type: 'TIME' }],
    ],
    [
      'CCTV shows the car leaving at 23:59:58 and returning at 00:04:12.',
      REF,
      [
        { text: '23:59:58', value: '2024-03-18T23:59:58', type: 'TIME' },
        { text: '00:04:12', value: '2024-03-18T00:04:12', type: 'TIME' },
      ],
    ],
    [
      'The transfer was made at 9:41:07am.',
      REF,
      [{ text: '9:41:07am', value: '2024-03-18T09:41:07', type: 'TIME' }],
    ],
    // A clock with seconds after "in", "of" or "clocked" is a time taken.
    [
      'PC Jones finished the London Marathon in 3:07:35, raising money for the charity.',
      REF,
      [{ text: '3:07:35', value: 'PT3H7M35S', type: 'DURATION' }],
    ],
    [
      'She completed the course in a time of 1:02:00.',
      REF,
      [{ text: '1:02:00', value: 'PT1H2M', type: 'DURATION' }],
    ],
    // Near misses: seconds over 59, seconds after a stop, and a clock with no lead stay out.
    ['The alarm sounded at 14:05:75.', REF, []],
    ['The reading was 14.05:30 on the meter.', REF, []],
    ['Verses 3:07:35 were read aloud.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
