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

describe('a list of clocks', () => {
  const cases: Case[] = [
    // Every clock of the list is a time, and each takes the day written after the last.
    [
      'The car was caught on camera at 14:05:30, 14:06:10 and 14:07:45 on Tuesday 12 March.',
      REF,
      [
        { text: '14:05:30', value: '2024-03-12T14:05:30', type: 'TIME' },
        { text: '14:06:10', value: '2024-03-12T14:06:10', type: 'TIME' },
        { text: '14:07:45 on Tuesday 12 March', value: '2024-03-12T14:07:45', type: 'TIME' },
      ],
    ],
    [
      'Calls were logged at 09:15, 09:40, 10:05, and 10:30.',
      REF,
      [
        { text: '09:15', value: '2024-03-18T09:15', type: 'TIME' },
        { text: '09:40', value: '2024-03-18T09:40', type: 'TIME' },
        { text: '10:05', value: '2024-03-18T10:05', type: 'TIME' },
        { text: '10:30', value: '2024-03-18T10:30', type: 'TIME' },
      ],
    ],
    [
      'On Friday 15 March the van passed the cameras at 22:14, 22:31 and 23:02.',
      REF,
      [
        { text: 'Friday 15 March', value: '2024-03-15', type: 'DATE' },
        { text: '22:14', value: '2024-03-15T22:14', type: 'TIME' },
        { text: '22:31', value: '2024-03-15T22:31', type: 'TIME' },
        { text: '23:02', value: '2024-03-15T23:02', type: 'TIME' },
      ],
    ],
    [
      'Alarms sounded at 2pm, 3pm and 4pm on Saturday 16 March.',
      REF,
      [
        { text: '2pm', value: '2024-03-16T14:00', type: 'TIME' },
        { text: '3pm', value: '2024-03-16T15:00', type: 'TIME' },
        { text: '4pm on Saturday 16 March', value: '2024-03-16T16:00', type: 'TIME' },
      ],
    ],
    // Near misses: verses and scores in a list have no word of time before them.
    ['The readings were John 3:16, 4:12 and 5:24.', REF, []],
    ['The sets finished 11:09, 11:07, 9:11.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('minutes and seconds taken', () => {
  const cases: Case[] = [
    [
      'PC Patel finished the 10K in 38:12, a personal best.',
      REF,
      [{ text: '38:12', value: 'PT38M12S', type: 'DURATION' }],
    ],
    [
      'The sergeant recorded a time of 18:32 at the parkrun.',
      REF,
      [{ text: '18:32', value: 'PT18M32S', type: 'DURATION' }],
    ],
    ['She clocked 52:07 over the course.', REF, [{ text: '52:07', value: 'PT52M7S', type: 'DURATION' }]],
    [
      'He ran a time of 2:05:48 and his partner finished in 47:30.',
      REF,
      [
        { text: '2:05:48', value: 'PT2H5M48S', type: 'DURATION' },
        { text: '47:30', value: 'PT47M30S', type: 'DURATION' },
      ],
    ],
    // Near misses: no clock of the day, no verse and no score.
    ['The crash happened at 38:12 into the recording.', REF, []],
    ['The service included a reading of John 3:16.', REF, []],
    ['The home side won 3:1 in the final.', REF, []],
    ['The score stood at 38:12 at half time.', REF, []],
    ['The call was made at 14:30.', REF, [{ text: '14:30', value: '2024-03-18T14:30', type: 'TIME' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('minutes and seconds taken after "in"', () => {
  const cases: Case[] = [
    // After "in", minutes and seconds taken need a race or run before them.
    [
      'PC Smith finished the 10K in 38:12 on Sunday.',
      REF,
      [
        { text: '38:12', value: 'PT38M12S', type: 'DURATION' },
        { text: 'Sunday', value: '2024-03-17' },
      ],
    ],
    ['She ran the parkrun course in 21:05.', REF, [{ text: '21:05', value: 'PT21M5S', type: 'DURATION' }]],
    [
      'The sergeant crossed the line in 41:30, a personal best.',
      REF,
      [{ text: '41:30', value: 'PT41M30S', type: 'DURATION' }],
    ],
    // Near misses: a clock after "in" with no race is no time taken.
    ['The hearing was moved in 14:30 slot at the court.', REF, []],
    ['Officers will brief residents at a meeting in 14:30.', REF, []],
    ['The results were published in 10:15 bulletins.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
