/** Days and months in figures without their year: "on 4/14", "from 01/2019 through 06/2021". */
import { describe, expect, it } from 'vitest'
import { findDates } from '../find-dates'
import { type Case, expectCase, oneParagraphRelease } from '../test-helpers'

const REF = '2024-04-20'
const DOJ = 'U.S. Department of Justice'

/** The mentions of one sentence of a release from `source`, read against REF. */
function inRelease(sentence: string, source: string | null) {
  return findDates(oneParagraphRelease(sentence, source), { reference: REF }).map((m) => [m.text, m.value])
}

describe('a day in figures without its year', () => {
  it.each([
    ['The sentencing hearing is set for 4/14 at the federal courthouse.', [['4/14', '2025-04-14']]],
    ['Agents executed the search warrant on 3/22 and seized two firearms.', [['3/22', '2024-03-22']]],
    // Both numbers fit a month: a US publisher writes the month first.
    ['On 3/5, deputies responded to a report of shots fired.', [['3/5', '2024-03-05']]],
    ['The town hall is Tuesday, 4/16, at the library.', [['Tuesday, 4/16', '2024-04-16']]],
    ['The clinic opens Thursday (5/2) in the morning.', [['Thursday (5/2)', '2024-05-02']]],
    [
      'The sale runs 4/14-4/18 at the county fairgrounds.',
      [
        ['4/14', '2024-04-14'],
        ['4/18', '2024-04-18'],
      ],
    ],
    [
      'Applications are accepted from 5/1 through 5/31 at any branch.',
      [
        ['5/1', '2024-05-01'],
        ['5/31', '2024-05-31'],
      ],
    ],
    ['Doors open 4/25 at 7 p.m. for the public meeting.', [['4/25 at 7 p.m.', '2024-04-25T19:00']]],
    ['Residents must RSVP by 4/30.', [['4/30', '2024-04-30']]],
    ['The court adjourned the trial until 6/3.', [['6/3', '2024-06-03']]],
  ])('reads %s in a US release', (sentence, expected) => {
    expect(inRelease(sentence, DOJ)).toEqual(expected)
  })

  it.each([
    // A publisher that writes the day first: "14/4" is 14 April, "3/5" 3 May.
    [
      'Officers attended on 14/4 and again on 3/5.',
      [
        ['14/4', '2024-04-14'],
        ['3/5', '2023-05-03'],
      ],
    ],
  ])('reads %s day first elsewhere', (sentence, expected) => {
    expect(inRelease(sentence, 'Metropolitan Police Service')).toEqual(expected)
  })

  it.each([
    // Fractions, scores and ratios.
    'The team won 4-2 in the final.',
    'About 1/3 of residents agreed with the plan.',
    'Taxes were reduced by 1/3 and the bill passed with a 2/3 majority.',
    'The board voted 5/2 in favour.',
    'A 50/50 split of the proceeds was ordered.',
    'Use a 3/4 inch bolt.',
    // Labels and road numbers have no preposition of time before them.
    'Interstate 4/14 is closed in both directions.',
    'He was charged under section 3/4 of the act.',
    // The attacks, not a day of this year.
    'Since 9/11, the agency has grown.',
    'The post-9/11 reforms remain in place.',
  ])('reads no day in %s', (sentence) => {
    expect(inRelease(sentence, DOJ)).toEqual([])
  })

  it('reads the round-the-clock "24/7" as a recurrence, no day', () => {
    expect(inRelease('The store is open 24/7.', DOJ)).toEqual([['24/7', 'P1D']])
  })
})

describe('a month in figures with its year', () => {
  const cases: Case[] = [
    [
      'Records from 01/2019 through 06/2021 were reviewed.',
      REF,
      [
        { text: '01/2019', value: '2019-01', type: 'DATE', start: '2019-01-01', end: '2019-01-31' },
        { text: '06/2021', value: '2021-06', type: 'DATE' },
      ],
    ],
    [
      'Since 3/2020, the office has received 400 complaints.',
      REF,
      [{ text: '3/2020', value: '2020-03', type: 'DATE' }],
    ],
    [
      'The scheme ran between 1/2018 and 12/2020.',
      REF,
      [
        { text: '1/2018', value: '2018-01' },
        { text: '12/2020', value: '2020-12' },
      ],
    ],
    [
      'The fraud ran 02/2017-11/2019.',
      REF,
      [
        { text: '02/2017', value: '2017-02' },
        { text: '11/2019', value: '2019-11' },
      ],
    ],
    // A law's, a regulation's or a case's number is written the same way.
    ['Under Law 5/2019 and Regulation 2/2019, the court ruled.', REF, []],
    ['Case no. 12/2019 was heard in Dublin.', REF, []],
    ['The directive 2/2019 applies.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
