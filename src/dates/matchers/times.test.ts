/** Parts of a day with "early", "mid" or "late": "mid-afternoon", "the late evening". */
import { describe, it } from 'vitest'
import { type Case, expectCase } from '../test-helpers'

// The Tuesday after Saturday 25 May 2024.
const REF = '2024-05-28'

describe('early, mid and late parts of a day', () => {
  const cases: Case[] = [
    // A part of a day joined to its day is one TIME mention, with the mod of "early", "mid" or "late".
    [
      'The man was seen mid-afternoon on Saturday.',
      REF,
      [{ text: 'mid-afternoon on Saturday', value: '2024-05-25TAF', type: 'TIME', mod: 'MID' }],
    ],
    [
      'The man was seen on Saturday in the mid-afternoon.',
      REF,
      [{ text: 'Saturday in the mid-afternoon', value: '2024-05-25TAF', type: 'TIME', mod: 'MID' }],
    ],
    [
      'The man was seen in the late afternoon on Saturday.',
      REF,
      [{ text: 'late afternoon on Saturday', value: '2024-05-25TAF', mod: 'END' }],
    ],
    [
      'Officers were called mid-morning on Monday 27 May.',
      REF,
      [{ text: 'mid-morning on Monday 27 May', value: '2024-05-27TMO', mod: 'MID' }],
    ],
    // With no day written, the reference day.
    [
      'In the early afternoon, officers were called to a disturbance.',
      REF,
      [{ text: 'early afternoon', value: '2024-05-28TAF', mod: 'START' }],
    ],
    // The early morning keeps its reading.
    [
      'In the early morning, officers made three arrests.',
      REF,
      [{ text: 'early morning', value: '2024-05-28TMO', mod: 'START' }],
    ],
    // Not parts of a day: "mid" and "late" before other words.
    ['The late driver was named by police.', REF, []],
    ['The mid-term review found no fault.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('clock times after a full date, and time zones', () => {
  const cases: Case[] = [
    // A clock time right after its day is one TIME mention, its zone with it.
    [
      '2024-03-14 09:30 PDT',
      REF,
      [{ text: '2024-03-14 09:30 PDT', value: '2024-03-14T09:30', type: 'TIME' }],
    ],
    [
      'Posted 14 March 2024 09:30 by the media office.',
      REF,
      [{ text: '14 March 2024 09:30', value: '2024-03-14T09:30', type: 'TIME' }],
    ],
    [
      'The press conference begins at 10 a.m. ET on Friday 31 May.',
      REF,
      [{ text: '10 a.m. ET on Friday 31 May', value: '2024-05-31T10:00', type: 'TIME' }],
    ],
    ['The road reopened at 14:30 BST.', REF, [{ text: '14:30 BST', value: '2024-05-28T14:30' }]],
    // A zone makes bare digits a time, as "at" does.
    ['The briefing is 14:00 UTC today.', REF, [{ text: '14:00 UTC today', value: '2024-05-28T14:00' }]],
    // Words that spell a zone's letters are no zone: "west of", "Mt Eden".
    ['They met at 14:30 west of the town.', REF, [{ text: '14:30', value: '2024-05-28T14:30' }]],
    ['He arrived at 10:30 Mt Eden time.', REF, [{ text: '10:30', value: '2024-05-28T10:30' }]],
    // Digits with a colon and nothing of a clock around them stay unread.
    ['The ratio was 14:30 in favour.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
