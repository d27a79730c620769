import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const read = (sentence: string) =>
  findStatistics(sentence).map((s) => [s.text, s.low ?? s.value, s.high ?? s.value, s.unit, s.change])

describe('the speeds of an acceleration test', () => {
  it('are one range of speed from a standstill, never a count of 0 nor a change', () => {
    expect(read('The car accelerates 0-to-60-mph in 3.2 seconds.')).toEqual([
      ['0-to-60-mph', 0, 60, 'mph', null],
    ])
    expect(read('It goes from 0 to 60 mph in 3.2 seconds.')).toEqual([
      ['from 0 to 60 mph', 0, 60, 'mph', null],
    ])
    expect(read('The sedan sprints 0-100 km/h in 4.1 seconds and tops out at 250 km/h.')).toEqual([
      ['0-100 km/h', 0, 100, 'km/h', null],
      ['250 km/h', 250, 250, 'km/h', null],
    ])
    expect(read('Its 0-62mph time is 3.9 seconds.')).toEqual([['0-62mph', 0, 62, 'mph', null]])
    expect(read('The hatch accelerates from 0 to 100 kph.')).toEqual([
      ['from 0 to 100 kph', 0, 100, 'km/h', null],
    ])
  })

  it('are no figure without their unit', () => {
    expect(read('The coupe accelerates 0-60 in 3.2 seconds.')).toEqual([])
    expect(read('It sprints from 0 to 62 in 4.5 seconds, and its 0-100 time is 9 seconds.')).toEqual([])
  })

  it('leave other ranges from zero, and rising speeds, as they were', () => {
    expect(read('Cases went from 0 to 60 in three days.')).toEqual([
      ['from 0 to 60', 0, 60, 'count', 'increase'],
    ])
    expect(read('Wind speeds rose from 0 to 40 mph in an hour.')).toEqual([
      ['from 0 to 40 mph', 0, 40, 'mph', 'increase'],
    ])
    expect(read('The limit will rise from 20 to 30 mph in 10 seconds of signage.')[0]).toEqual([
      'from 20 to 30 mph',
      20,
      30,
      'mph',
      'increase',
    ])
  })
})
