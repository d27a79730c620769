/** The weekdays of one list run in the order of the week, in one direction from the writing day. */
import { describe, it } from 'vitest'
import { type Case, expectCase } from './test-helpers'

// Saturday 18 May 2024, Friday 17 May 2024 and Sunday 19 May 2024.
const SATURDAY = '2024-05-18'
const FRIDAY = '2024-05-17'
const SUNDAY = '2024-05-19'

describe('a list of weekdays with the writing day in it', () => {
  const cases: Case[] = [
    // Ahead: the day that is today's weekday comes after the rest of the list, not before it.
    [
      'Extra officers will patrol overnight on Friday and Saturday.',
      SATURDAY,
      [
        { text: 'overnight on Friday', value: '2024-05-24TNI', type: 'TIME' },
        { text: 'Saturday', value: '2024-05-25TNI', type: 'TIME' },
      ],
    ],
    [
      'Officers will be in the town centre on Friday and Saturday.',
      SATURDAY,
      [
        { text: 'Friday', value: '2024-05-24' },
        { text: 'Saturday', value: '2024-05-25' },
      ],
    ],
    [
      'Officers will patrol on Saturday night and Sunday.',
      SUNDAY,
      [
        { text: 'Saturday night', value: '2024-05-25TNI', type: 'TIME' },
        { text: 'Sunday', value: '2024-05-26' },
      ],
    ],
    // Behind: the list ends on its last day, and the days before it are that week's.
    [
      'Police were called on Friday and Saturday.',
      FRIDAY,
      [
        { text: 'Friday', value: '2024-05-10' },
        { text: 'Saturday', value: '2024-05-11' },
      ],
    ],
    [
      'Police were called to the park on Thursday, Friday and Saturday.',
      FRIDAY,
      [
        { text: 'Thursday', value: '2024-05-09' },
        { text: 'Friday', value: '2024-05-10' },
        { text: 'Saturday', value: '2024-05-11' },
      ],
    ],
    // Near misses: a list already in order, or with no day on the writing day's weekday, stays as read.
    [
      'Officers patrolled overnight on Friday and Saturday.',
      SATURDAY,
      [
        { text: 'overnight on Friday', value: '2024-05-17TNI', type: 'TIME' },
        { text: 'Saturday', value: '2024-05-18TNI', type: 'TIME' },
      ],
    ],
    [
      'Officers will be in the town centre on Saturday and Sunday.',
      SATURDAY,
      [
        { text: 'Saturday', value: '2024-05-18' },
        { text: 'Sunday', value: '2024-05-19' },
      ],
    ],
    [
      'The drop-in sessions are on Tuesday and Thursday.',
      FRIDAY,
      [
        { text: 'Tuesday', value: '2024-05-14' },
        { text: 'Thursday', value: '2024-05-16' },
      ],
    ],
    [
      'The team met on Monday and Thursday.',
      '2024-05-15',
      [
        { text: 'Monday', value: '2024-05-13' },
        { text: 'Thursday', value: '2024-05-09' },
      ],
    ],
    // Not a list: each day in a sentence of its own.
    [
      'He was arrested on Friday. On Saturday he will appear in court.',
      SATURDAY,
      [
        { text: 'Friday', value: '2024-05-17' },
        { text: 'Saturday', value: '2024-05-18' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Monday 13 May 2024.
const MONDAY = '2024-05-13'

describe('a list of weekdays read ahead from its first day', () => {
  const cases: Case[] = [
    // The cue before the list read the first day ahead; the later ones run on from it.
    [
      'The meetings are on Friday and Saturday.',
      MONDAY,
      [
        { text: 'Friday', value: '2024-05-17' },
        { text: 'Saturday', value: '2024-05-18' },
      ],
    ],
    [
      'The consultation events are on Thursday, Friday and Saturday.',
      MONDAY,
      [
        { text: 'Thursday', value: '2024-05-16' },
        { text: 'Friday', value: '2024-05-17' },
        { text: 'Saturday', value: '2024-05-18' },
      ],
    ],
    [
      'Applications close on Friday or Saturday.',
      MONDAY,
      [
        { text: 'Friday', value: '2024-05-17' },
        { text: 'Saturday', value: '2024-05-18' },
      ],
    ],
    // Near misses: a list read behind, or whose first day is behind, keeps each day as read.
    [
      'Police were called on Friday and Saturday.',
      MONDAY,
      [
        { text: 'Friday', value: '2024-05-10' },
        { text: 'Saturday', value: '2024-05-11' },
      ],
    ],
    [
      'The sessions are on Monday and Thursday.',
      '2024-05-15',
      [
        { text: 'Monday', value: '2024-05-13' },
        { text: 'Thursday', value: '2024-05-16' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
