import { describe, expect, it } from 'vitest'
import { findDates } from '../find-dates'
import { monthNumber, weekdayNumber } from './shared'

describe('monthNumber and weekdayNumber', () => {
  it('read names and abbreviations in any case, with or without a full stop', () => {
    expect(monthNumber('Sept.')).toBe(9)
    expect(monthNumber('SEPTEMBER')).toBe(9)
    expect(monthNumber('dec')).toBe(12)
    expect(weekdayNumber('Tues.')).toBe(2)
    expect(weekdayNumber('Friday')).toBe(5)
  })

  it('find no month or weekday in other words, those named like a property of every object included', () => {
    for (const word of ['Constructor', 'constructor', '__proto__', 'toString', 'Septa', 'Sept..', 'Fridays'])
      expect([word, monthNumber(word), weekdayNumber(word)]).toEqual([word, null, null])
  })

  it('read a month abbreviated in a real date line', () => {
    const [date] = findDates('The court heard the case on Sept. 12, 2024.', { reference: '2024-10-01' })
    expect(date?.value).toBe('2024-09-12')
  })
})
