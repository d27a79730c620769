import { format } from 'date-fns/format'
import { describe, expect, it } from 'vitest'
import { bankHolidayFor, bankHolidays, substituteDays } from './bank-holidays'

const day = (d: Date) => format(d, 'yyyy-MM-dd')
const local = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d)
}

describe('substitute days', () => {
  it('moves a weekend holiday to the next weekday that is no holiday already', () => {
    // Christmas on a Saturday (2027): Monday 27, Tuesday 28.
    expect(substituteDays([local('2027-12-25'), local('2027-12-26')]).map(day)).toEqual([
      '2027-12-27',
      '2027-12-28',
    ])
    // Christmas on a Sunday (2022): Boxing Day keeps its Monday, Christmas moves to Tuesday 27.
    expect(substituteDays([local('2022-12-25'), local('2022-12-26')]).map(day)).toEqual([
      '2022-12-27',
      '2022-12-26',
    ])
    // Christmas on a Friday (2026): Boxing Day, a Saturday, moves to Monday 28.
    expect(substituteDays([local('2026-12-25'), local('2026-12-26')]).map(day)).toEqual([
      '2026-12-25',
      '2026-12-28',
    ])
  })

  it("keeps Scotland's 1 and 2 January apart", () => {
    // 2022: a Saturday and a Sunday, kept on Monday 3 and Tuesday 4; 2023: Sunday, then Monday 2.
    const january = (y: number) =>
      bankHolidays(y, 'SCT')
        .map(day)
        .filter((d) => d.slice(5, 7) === '01')
    expect(january(2022)).toEqual(['2022-01-03', '2022-01-04'])
    expect(january(2023)).toEqual(['2023-01-03', '2023-01-02'])
    // England and Wales keep one: Monday 2 January 2023.
    expect(
      bankHolidays(2023, 'EW')
        .map(day)
        .filter((d) => d.slice(5, 7) === '01'),
    ).toEqual(['2023-01-02'])
  })

  it('gives the bank holiday of a named fixed day, the day itself on a weekday', () => {
    expect(day(bankHolidayFor(local('2026-12-26'), 'EW'))).toEqual('2026-12-28')
    expect(day(bankHolidayFor(local('2026-12-25'), 'EW'))).toEqual('2026-12-25')
    // St Andrew's Day on a Sunday, even for a publisher whose region does not keep it.
    expect(day(bankHolidayFor(local('2025-11-30'), null))).toEqual('2025-12-01')
  })
})
