import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { findDates } from './dates/find-dates'
import { OptionsError, parseOptions } from './options'

const Schema = z.strictObject({
  year: z.number().int().optional(),
  name: z.string().optional(),
  strict: z.boolean().optional(),
  when: z.date().optional(),
})

describe('parseOptions', () => {
  it('gives the same options for the same plain values, as a fresh object each time', () => {
    const first = parseOptions(Schema, { year: 2024, name: 'x' }, 'test')
    first.year = 1999
    const second = parseOptions(Schema, { year: 2024, name: 'x' }, 'test')
    expect(second).toEqual({ year: 2024, name: 'x' })
    expect(second).not.toBe(first)
    expect(parseOptions(Schema, { year: 2024, name: 'x' }, 'test')).not.toBe(second)
  })

  it('tells values of different types and names apart', () => {
    expect(parseOptions(Schema, { year: 2024 }, 'test')).toEqual({ year: 2024 })
    expect(() => parseOptions(Schema, { year: '2024' }, 'test')).toThrow(OptionsError)
    expect(parseOptions(Schema, { name: '2024' }, 'test')).toEqual({ name: '2024' })
    expect(parseOptions(Schema, { strict: true }, 'test')).toEqual({ strict: true })
    expect(() => parseOptions(Schema, { strict: 'true' }, 'test')).toThrow(OptionsError)
  })

  it('throws for invalid options every time, not only the first', () => {
    for (let i = 0; i < 3; i++) expect(() => parseOptions(Schema, { year: 1.5 }, 'test')).toThrow(/`year`/)
  })

  it('reads options holding a Date or a function afresh each time', () => {
    expect(parseOptions(Schema, { when: new Date('2024-01-02') }, 'test').when?.toISOString()).toBe(
      '2024-01-02T00:00:00.000Z',
    )
    expect(parseOptions(Schema, { when: new Date('2025-03-04') }, 'test').when?.toISOString()).toBe(
      '2025-03-04T00:00:00.000Z',
    )
    // Each call's own sink hears of the day that does not exist.
    const seen: string[] = []
    for (const tag of ['first', 'second']) {
      findDates('It closed on 31/02/2024.', {
        reference: '2024-03-18',
        onDiagnostic: (d) => seen.push(`${tag} ${d.ruleId}`),
      })
    }
    expect(seen).toEqual(['first dates/no-such-day', 'second dates/no-such-day'])
  })

  it('resolves against each reference given, however many calls came before', () => {
    const days = ['2024-03-18', '2023-07-01', '2024-03-18']
    expect(days.map((reference) => findDates('It opened yesterday.', { reference })[0]?.value)).toEqual([
      '2024-03-17',
      '2023-06-30',
      '2024-03-17',
    ])
  })
})
