/**
 * Reading apart from resolving: the matchers' patterns run once per block, the dating stage weighs
 * the days those readings write, and `findDates` resolves the same readings.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { splitReleases } from '../releases/split-releases'
import { contextFor, dateAlone, givenReference } from './date-releases'
import { findDates } from './find-dates'
import { MATCHERS } from './matchers'
import { readBlock, readDates, resolveBlock, writtenDays, writtenYears } from './read-dates'

const corpus = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/wide/corpus/${name}`, import.meta.url), 'utf8')

describe('readBlock and resolveBlock', () => {
  it('gives, resolved, what findDates gives for the same line', () => {
    const line = 'He was arrested on Tuesday 12 March and will appear at court on 3 April 2024 at 10am.'
    const ctx = contextFor(givenReference('2024-03-18'), false)
    const resolved = resolveBlock(line, readBlock(line), ctx).map((c) => [
      line.slice(c.start, c.end),
      c.value,
    ])
    expect(resolved).toEqual(findDates(line, { reference: '2024-03-18' }).map((m) => [m.text, m.value]))
    expect(resolved).toContainEqual(['Tuesday 12 March', '2024-03-12'])
  })

  it('reads nothing in a block with no trigger word, and keeps matcher order', () => {
    expect(readBlock('No figures here, only words.')).toEqual([])
    const order = readBlock('On 13 March 2024 and in 2023 it rained.').map((r) => r.matcher)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('resolves one reading against two references differently, reading nothing again', () => {
    const line = 'The appeal follows the incident on Wednesday (27 March).'
    const readings = readBlock(line)
    const near = resolveBlock(line, readings, contextFor(givenReference('2024-04-02'), false))
    const far = resolveBlock(line, readings, contextFor(givenReference('2019-04-02'), false))
    expect(near.map((c) => c.value)).toEqual(['2024-03-27'])
    expect(far.map((c) => c.value)).toEqual(['2019-03-27'])
  })
})

describe('writtenDays', () => {
  it('gives the parts as written: no year where none is written, the weekday beside the day', () => {
    const reading = readDates('Police were called on Wednesday 13 March.\nThe trial opens on 9 October 2024.')
    const days = writtenDays(reading, false).map((d) => [d.matcher, d.block, d.parts])
    expect(days).toContainEqual(['dates/day-month-year', 0, { year: null, month: 3, day: 13, weekday: 3 }])
    expect(days).toContainEqual(['dates/day-month-year', 1, { year: 2024, month: 10, day: 9, weekday: null }])
  })

  it('reads numeric days day first unless asked otherwise', () => {
    const reading = readDates('Entries close on 03/04/2024.')
    expect(writtenDays(reading, false)[0]?.parts).toEqual({ year: 2024, month: 4, day: 3, weekday: null })
    expect(writtenDays(reading, true)[0]?.parts).toEqual({ year: 2024, month: 3, day: 4, weekday: null })
  })

  it('leaves out a day with no month written ("Monday 5")', () => {
    expect(writtenDays(readDates('Patrols run from Monday 5 onwards.'), false)).toEqual([])
  })
})

describe('writtenYears', () => {
  it('gives the years the text names, not sums or codes', () => {
    const reading = readDates('In 2021 the force seized £2024 in cash; since 2019 it has grown.')
    expect(writtenYears(reading).map((y) => y.year)).toEqual([2021, 2019])
  })
})

describe('the dating stage reads the day from the readings', () => {
  it('takes a weekday written with "the ... of" as the day of writing (Garda release)', () => {
    const release = splitReleases(corpus('uk_2.txt')).releases.find((r) => r.title?.includes('374,000'))!
    expect(release.reference).toMatchObject({
      day: '2022-02-04',
      lowerBound: false,
      rule: 'dates/weekday-day',
    })
  })

  it('reads a variant of the same wording', () => {
    const ref = dateAlone('On Tuesday the 8th of March 2022, officers searched a house in Cork.', {})
    expect(ref).toMatchObject({ day: '2022-03-08', rule: 'dates/weekday-day' })
  })

  it('fixes a yearless stated day from a year the release names', () => {
    const text = 'Today (Wednesday 27 March) officers marked the work begun in 2024.'
    expect(dateAlone(text, {})).toMatchObject({ day: '2024-03-27', rule: 'dates/stated-day' })
  })

  it('does not take a day written after a stated word but not in brackets', () => {
    const text = 'Today, 27 March, officers marked the work begun in 2024.'
    expect(dateAlone(text, {}).rule).not.toBe('dates/stated-day')
  })
})

describe('dates are read once in the pipeline', () => {
  // Counts the scans of every matcher pattern while `run` runs.
  const originals = MATCHERS.map((m) => m.pattern.exec)
  afterEach(() => {
    for (const [i, m] of MATCHERS.entries()) m.pattern.exec = originals[i]!
  })
  const scans = (run: () => void): number => {
    let n = 0
    for (const [i, m] of MATCHERS.entries()) {
      const exec = originals[i]!
      m.pattern.exec = function (this: RegExp, s: string) {
        n++
        return exec.call(this, s)
      }
    }
    run()
    for (const [i, m] of MATCHERS.entries()) m.pattern.exec = originals[i]!
    return n
  }

  it('extract scans a release no more than findDates alone does', () => {
    const text = corpus('uk_2.txt')
    const releases = splitReleases(text).releases
    const alone = scans(() => {
      for (const r of releases) findDates(r, { reference: '2024-03-18' })
    })
    const pipeline = scans(() => extract(text, { parsers: ['dates'] }))
    expect(alone).toBeGreaterThan(0)
    expect(pipeline).toBe(alone)
  })
})
