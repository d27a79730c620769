/** Durations counted in financial or fiscal years: as long as calendar years. */
import { describe, it } from 'vitest'
import { type Case, expectCase } from '../test-helpers'

const REF = '2024-06-12'

describe('durations of financial years', () => {
  const cases: Case[] = [
    [
      'The funding will be spent over the next three financial years.',
      REF,
      [{ text: 'the next three financial years', value: 'P3Y', type: 'DURATION' }],
    ],
    [
      'Crime fell over the last two financial years.',
      REF,
      [{ text: 'the last two financial years', value: 'P2Y' }],
    ],
    ['The plan covers three fiscal years.', REF, [{ text: 'three fiscal years', value: 'P3Y' }]],
    // Not durations: a fiscal year named by its year, and financial words that are not years.
    ['In fiscal year 2023 the agency seized 10 tons.', REF, [{ text: 'fiscal year 2023', value: 'FY2023' }]],
    ['Two financial investigators joined the team.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
