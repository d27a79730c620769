/** Recurrences every other unit or weekday: "every other week", "every other Monday". */
import { describe, it } from 'vitest'
import { type Case, expectCase } from '../test-helpers'

const REF = '2024-12-10'

describe('every other unit or weekday', () => {
  const cases: Case[] = [
    [
      'Every other week, the team meets residents.',
      REF,
      [{ text: 'Every other week', value: 'P2W', type: 'SET' }],
    ],
    [
      'Patrols visit the estate every other day.',
      REF,
      [{ text: 'every other day', value: 'P2D', type: 'SET' }],
    ],
    [
      'Bins are collected every other Monday.',
      REF,
      [{ text: 'every other Monday', value: 'XXXX-WXX-1', type: 'SET' }],
    ],
    [
      'Every other Friday night, officers patrol the town centre.',
      REF,
      [{ text: 'Every other Friday night', value: 'XXXX-WXX-5TNI', type: 'SET' }],
    ],
    // A count takes the plural, "other" the singular; neither reads the other's.
    ['Every two weeks the team meets.', REF, [{ text: 'Every two weeks', value: 'P2W', type: 'SET' }]],
    ['Every other weeks the team meets.', REF, []],
    ['Every two week the team meets.', REF, []],
    // Not recurrences: "other" without "every".
    ['The other weeks were quiet.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('every quarter', () => {
  const cases: Case[] = [
    [
      'The campaign will be reviewed every quarter.',
      REF,
      [{ text: 'every quarter', value: 'P3M', type: 'SET' }],
    ],
    [
      'Progress is reported to the board each quarter.',
      REF,
      [{ text: 'each quarter', value: 'P3M', type: 'SET' }],
    ],
    ['The force spends £2m a quarter on overtime.', REF, [{ text: 'a quarter', value: 'P3M', type: 'SET' }]],
    // Shares and parts of a year are not recurrences.
    ['Officers made arrests a quarter of the time.', REF, []],
    [
      'Offences rose in the first quarter.',
      REF,
      [{ text: 'the first quarter', value: '2024-Q1', type: 'DATE' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a month or a season of every year', () => {
  const cases: Case[] = [
    [
      'Every summer the force runs a water safety campaign.',
      '2024-07-10',
      [{ text: 'Every summer', value: 'XXXX-SU', type: 'SET' }],
    ],
    [
      'The count is repeated each winter.',
      '2024-07-10',
      [{ text: 'each winter', value: 'XXXX-WI', type: 'SET' }],
    ],
    [
      'Figures are published every January and each July.',
      '2024-07-10',
      [
        { text: 'every January', value: 'XXXX-01', type: 'SET' },
        { text: 'each July', value: 'XXXX-07', type: 'SET' },
      ],
    ],
    // "may" in lower case is no month, and a fall on a ward is no season.
    ['Every may be asked to help.', '2024-07-10', []],
    ['Every fall on a ward is reviewed by a nurse.', '2024-07-10', []],
    // Without "every" or "each" the month is a date.
    [
      'Figures will be published in January.',
      '2024-07-10',
      [{ text: 'January', value: '2025-01', type: 'DATE' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
