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
