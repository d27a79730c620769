/** Whose financial year "this financial year" is when the `Source:` line names no country. */
import { describe, expect, it } from 'vitest'
import { findDates } from './find-dates'
import { oneParagraphRelease } from './test-helpers'

const REF = '2024-03-18'

function firstDate(text: string, source: string | null = null) {
  const [m] = findDates(oneParagraphRelease(text, source), { reference: REF })
  return m ? { text: m.text, value: m.value, start: m.start, end: m.end } : null
}

describe('the financial year of a release whose publisher has no known country', () => {
  it.each([
    // Dollars without a country are the US's: the federal year, named by the year it ends in.
    [
      'The $2.5 million grant will be paid this fiscal year.',
      null,
      { text: 'this fiscal year', value: 'FY2024', start: '2023-10-01', end: '2024-09-30' },
    ],
    [
      'The program receives $400,000 next financial year.',
      'Office of the Governor',
      { text: 'next financial year', value: 'FY2025', start: '2024-10-01', end: '2025-09-30' },
    ],
    // A dollar that names its country.
    [
      'A further NZ$3 million is set aside this financial year.',
      null,
      { text: 'this financial year', value: 'FY2024', start: '2023-07-01', end: '2024-06-30' },
    ],
    [
      'The A$12 million package runs this financial year.',
      'Department of Home Affairs',
      { text: 'this financial year', value: 'FY2024', start: '2023-07-01', end: '2024-06-30' },
    ],
    // Euros: the calendar year of the EU and the euro area's governments.
    [
      'Assets worth €1.2 million were frozen, the most this financial year.',
      'Europol',
      { text: 'this financial year', value: 'FY2024', start: '2024-01-01', end: '2024-12-31' },
    ],
    // Pounds: the UK's year from April, named by the year it starts in.
    [
      'The £2 million fund will be spent this fiscal year.',
      null,
      { text: 'this fiscal year', value: 'FY2023', start: '2023-04-01', end: '2024-03-31' },
    ],
    // No money: "fiscal year" is the US usage, "financial year" the UK's.
    [
      'Staffing will grow next fiscal year.',
      null,
      { text: 'next fiscal year', value: 'FY2025', start: '2024-10-01', end: '2025-09-30' },
    ],
    [
      'Staffing will grow next financial year.',
      null,
      { text: 'next financial year', value: 'FY2024', start: '2024-04-01', end: '2025-03-31' },
    ],
  ] as const)('reads %s (%s)', (text, source, expected) => {
    expect(firstDate(text, source)).toEqual(expected)
  })
})

describe('the financial year of a publisher whose region says it', () => {
  it('keeps the calendar year for an Irish publisher', () => {
    expect(firstDate('Overtime spending rose this financial year.', 'An Garda Síochána')).toEqual({
      text: 'this financial year',
      value: 'FY2024',
      start: '2024-01-01',
      end: '2024-12-31',
    })
  })
  it('keeps the UK year for a UK publisher, whatever the word or the money', () => {
    expect(firstDate('The $40,000 fund runs this fiscal year.', 'Police Scotland')).toEqual({
      text: 'this fiscal year',
      value: 'FY2023',
      start: '2023-04-01',
      end: '2024-03-31',
    })
  })
  it('keeps the country of the Source line before the money', () => {
    expect(firstDate('The £40,000 fund runs this financial year.', 'New Zealand Police')).toEqual({
      text: 'this financial year',
      value: 'FY2024',
      start: '2023-07-01',
      end: '2024-06-30',
    })
  })
  it('reads a split year from April where the year is the calendar year', () => {
    const [first] = findDates(
      oneParagraphRelease('Figures for 2023/24 were published.', 'An Garda Síochána'),
      {
        reference: REF,
      },
    )
    expect(first).toMatchObject({ text: '2023', start: '2023-04-01', end: '2024-03-31' })
  })
})

describe('the financial year of a force its name places', () => {
  // No money in the text: the force's name alone says it keeps the UK's year.
  it.each([
    ['Kent Police'],
    ['Thames Valley Police'],
    ['Nottinghamshire Police'],
    ['Dyfed-Powys Police'],
    ['West Midlands Police'],
    ['Devon & Cornwall Police'],
    ['Lancashire Constabulary'],
    ['Police Service of Northern Ireland'],
    ['Metropolitan Police Service'],
  ])('keeps the UK year for %s', (source) => {
    expect(firstDate('Overtime will be cut this fiscal year.', source)).toEqual({
      text: 'this fiscal year',
      value: 'FY2023',
      start: '2023-04-01',
      end: '2024-03-31',
    })
  })
  // Near misses: a US force of the same place name, a US county's force, a US state's name.
  it.each([
    ['Kent Police Department'],
    ['Suffolk County Police'],
    ['New Hampshire Police'],
    ['Norfolk Police Department'],
  ])('keeps the US year for %s', (source) => {
    expect(firstDate('Overtime will be cut this fiscal year.', source)).toEqual({
      text: 'this fiscal year',
      value: 'FY2024',
      start: '2023-10-01',
      end: '2024-09-30',
    })
  })
})

describe('the new financial year', () => {
  it.each([
    // The year after the reference's, in the publisher's country's reckoning.
    [
      'Six more officers will join in the new financial year.',
      'Kent Police',
      { text: 'the new financial year', value: 'FY2024', start: '2024-04-01', end: '2025-03-31' },
    ],
    [
      'Funding for the new fiscal year has been confirmed.',
      'New Zealand Police',
      { text: 'the new fiscal year', value: 'FY2025', start: '2024-07-01', end: '2025-06-30' },
    ],
    [
      'The cuts take effect at the start of the new financial year.',
      'Police Scotland',
      {
        text: 'the start of the new financial year',
        value: 'FY2024',
        start: '2024-04-01',
        end: '2025-03-31',
      },
    ],
  ] as const)('reads %s (%s)', (text, source, expected) => {
    expect(firstDate(text, source)).toEqual(expected)
  })
  // In the first three months of a financial year, the new one is the year just begun.
  it.each([
    ['2024-05-14', 'Kent Police', { value: 'FY2024', start: '2024-04-01', end: '2025-03-31' }],
    ['2024-04-02', 'Police Scotland', { value: 'FY2024', start: '2024-04-01', end: '2025-03-31' }],
    ['2024-06-28', 'Kent Police', { value: 'FY2024', start: '2024-04-01', end: '2025-03-31' }],
    ['2024-11-12', 'FBI', { value: 'FY2025', start: '2024-10-01', end: '2025-09-30' }],
    ['2024-08-05', 'New Zealand Police', { value: 'FY2025', start: '2024-07-01', end: '2025-06-30' }],
    // Later in the year, the next one.
    ['2024-07-15', 'Kent Police', { value: 'FY2025', start: '2025-04-01', end: '2026-03-31' }],
    ['2024-08-05', 'FBI', { value: 'FY2025', start: '2024-10-01', end: '2025-09-30' }],
    ['2024-10-05', 'New Zealand Police', { value: 'FY2026', start: '2025-07-01', end: '2026-06-30' }],
  ] as const)('reads the new financial year written on %s (%s)', (reference, source, expected) => {
    const text = 'Six more officers will join in the new financial year.'
    const [m] = findDates(oneParagraphRelease(text, source), { reference })
    expect(m && { value: m.value, start: m.start, end: m.end }).toEqual(expected)
  })
  // Near misses: the new year is no financial year, and "new" without "the" names no year.
  it.each([
    ['Celebrations for the new year passed off peacefully.'],
    ['A new financial year plan was set out.'],
  ])('reads no financial year in %s', (text) => {
    expect(firstDate(text, 'Kent Police')).toBeNull()
  })
})
