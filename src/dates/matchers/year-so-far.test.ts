/**
 * The year so far ("year-to-date", "YTD", "the financial year to date") and the end of the
 * financial year ("EOFY"), as company results, retailers and tax offices write them.
 */
import { describe, expect, it } from 'vitest'
import { findDates } from '../find-dates'
import { type Case, expectCase, oneParagraphRelease } from '../test-helpers'

// A Monday in November 2024.
const REF = '2024-11-04'

describe('the year to date', () => {
  const cases: Case[] = [
    [
      'Year-to-date sales rose 5%.',
      REF,
      [{ text: 'Year-to-date', value: '2024', type: 'DATE', start: '2024-01-01', end: '2024-11-04' }],
    ],
    ['Sales in the year to date rose 5%.', REF, [{ text: 'the year to date', value: '2024' }]],
    ['Sales this year to date rose 5%.', REF, [{ text: 'this year to date', value: '2024' }]],
    ['Sales are up 5% year to date.', REF, [{ text: 'year to date', value: '2024' }]],
    ['YTD revenue was £4m.', REF, [{ text: 'YTD', value: '2024' }]],
    // A financial year's, by the publisher's year: a UK one from April, named by its first year.
    [
      'Receipts in the financial year to date rose 4%.',
      REF,
      [{ text: 'the financial year to date', value: 'FY2024' }],
    ],
    // Near misses: the initialism in lower case, and "date" as a day of the calendar.
    ['The ytd figure was revised.', REF, []],
    ['The year the date was set is unknown.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))

  it('reads no year with no reference or year', () => {
    expect(findDates('Year-to-date sales rose 5%.').map((m) => m.value)).toEqual(['XXXX'])
  })
})

describe('the end of the financial year', () => {
  const dates = (text: string, reference: string) =>
    findDates(oneParagraphRelease(text, 'Australian Taxation Office'), { reference }).map((m) => [
      m.text,
      m.value,
      m.mod,
    ])

  it('reads "EOFY" as the end of the financial year it is written in', () => {
    // An Australian year runs from July to June and is named by the year it ends in.
    expect(dates('Lodge your claim before EOFY.', '2024-06-03')).toEqual([['EOFY', 'FY2024', 'END']])
    expect(dates('Lodge your claim before the EOFY deadline.', '2024-06-03')).toEqual([
      ['EOFY', 'FY2024', 'END'],
    ])
  })

  it('reads a past clause before the end comes as the year just ended', () => {
    expect(dates('Sales rose strongly at EOFY.', '2024-08-05')).toEqual([['EOFY', 'FY2024', 'END']])
    // Near miss: a clause that looks ahead is the year to come.
    expect(dates('Sales will peak at EOFY.', '2024-08-05')).toEqual([['EOFY', 'FY2025', 'END']])
  })

  it('reads a name that holds the letters as no date', () => {
    expect(dates('The GEOFY awards were held.', '2024-06-03')).toEqual([])
  })
})
