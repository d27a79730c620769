/** A bare "March" or "May" is the month only after a word that leads a month. */
import { describe, it } from 'vitest'
import { type Case, expectCase } from '../test-helpers'

const REF = '2024-04-10'

describe('"March" and "May" after "for" and "over"', () => {
  const cases: Case[] = [
    [
      'Inflation for March was 3.2%, the office said.',
      REF,
      [{ text: 'March', value: '2024-03', type: 'DATE' }],
    ],
    ['The trial has been scheduled for May.', REF, [{ text: 'May', value: '2024-05', type: 'DATE' }]],
    ['Recorded burglaries fell over March.', REF, [{ text: 'March', value: '2024-03', type: 'DATE' }]],
    // Near misses: the verb, a name, and a march named with "the".
    ['Protesters will march through the town centre.', REF, []],
    ['Crowds gathered for May Queen celebrations.', REF, []],
    ['Officers policed the March Against Hate.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
