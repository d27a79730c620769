/**
 * Reading apart from resolving: the matchers' patterns run once per block, the dating stage weighs
 * the days those readings write, and `findDates` resolves the same readings.
 */
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { splitReleases } from '../releases/split-releases'
import { toBlocks } from '../text/blocks'
import { longestMatch } from '../text/longest-match'
import { contextFor, dateAlone, givenReference } from './date-releases'
import { findDates } from './find-dates'
import { MATCHERS } from './matchers'
import {
  type Reading,
  readAndResolveBlock,
  readBlock,
  readDates,
  resolveBlock,
  writtenDays,
  writtenYears,
} from './read-dates'
import { needsMask, TRIGGER_KINDS, triggerMask } from './triggers'

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

  it('reads and resolves a block at once as it reads it and then resolves the readings', () => {
    const ctx = contextFor(givenReference('2024-03-18'), false)
    const blocks = fixtureBlocks()
    let candidates = 0
    for (const text of blocks) {
      const readings = readBlock(text)
      // Reading a block at once in between leaves the readings made before as they were.
      const atOnce = readAndResolveBlock(text, ctx)
      expect(atOnce, text).toEqual(resolveBlock(text, readings, ctx))
      candidates += atOnce.length
    }
    expect(candidates).toBeGreaterThan(300)
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

  it('takes a day with its weekday set after a stated word and a comma', () => {
    const text =
      'Gardaí are appealing for witnesses following a fatal collision in the early hours of this morning, Friday 8th March 2024.'
    expect(dateAlone(text, {})).toMatchObject({ day: '2024-03-08', rule: 'dates/stated-day' })
    expect(dateAlone('A man was charged yesterday, Sunday 5 May 2024, after the search.', {})).toMatchObject({
      day: '2024-05-06',
      rule: 'dates/stated-day',
    })
  })

  it('does not take a day after a stated word and a comma that opens a list or a clause', () => {
    // A day told apart from the writing: the weekday-dated day is only reported.
    const text = 'Officers attended today, as they did on Friday 8 March 2024, a meeting in Cork.'
    expect(dateAlone(text, {}).rule).not.toBe('dates/stated-day')
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

/** The readings as plain values: which matcher, where, what text. */
const plain = (readings: readonly Reading[]) => readings.map((r) => [r.matcher, r.m.index, r.m[0]] as const)

/** Every reading of a block as a scan from its start would give them: `readBlock` without anchors. */
function fullScan(text: string): ReturnType<typeof plain> {
  const mask = triggerMask(text)
  const found: Reading[] = []
  for (const [i, matcher] of MATCHERS.entries()) {
    const needs = needsMask(matcher.needs)
    if ((mask & needs) !== needs) continue
    if (matcher.quick && !matcher.quick.test(text)) continue
    const re = new RegExp(matcher.pattern.source, matcher.pattern.flags)
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      found.push({ matcher: i, m })
    }
  }
  return plain(found)
}

const LONGEST = MATCHERS.map((m) => longestMatch(m.pattern.source))
/** The readings longer than their pattern's longest match says they can be. */
const beyondReach = (readings: ReturnType<typeof plain>) =>
  readings.filter(([i, , text]) => text.length > LONGEST[i]!).map(([i, , text]) => [MATCHERS[i]!.name, text])

/** The release text kept in the repository: the wide corpus, the examples and the unseen releases. */
function fixtureBlocks(): string[] {
  const dirs = ['../../test/fixtures/wide/corpus/', '../../test/fixtures/unseen/', '../../examples/data/']
  const blocks: string[] = []
  for (const dir of dirs) {
    const url = new URL(dir, import.meta.url)
    for (const name of readdirSync(url).filter((n) => n.endsWith('.txt'))) {
      for (const release of splitReleases(readFileSync(new URL(name, url), 'utf8')).releases)
        blocks.push(...toBlocks(release).map((b) => b.text))
    }
  }
  return blocks
}

describe('readBlock starts each pattern at its anchor', () => {
  it('anchors each matcher on a kind it needs, so the kind has a first place in every block it runs on', () => {
    // A digit shape ("1990s", "3/4", "3-4") is also a digit, so a matcher needing one holds a digit.
    const digit = needsMask('D')
    for (const shape of ['1990s', '3/4', '3.4', '3-4']) expect(triggerMask(shape) & digit).toBe(digit)
    const needed = (needs: string) => (/[ZKI]/.test(needs) ? `${needs}D` : needs)
    const anchored = MATCHERS.filter((m) => m.anchor !== undefined)
    expect(anchored.length).toBeGreaterThan(30)
    for (const m of anchored) {
      expect(TRIGGER_KINDS, m.name).toContain(m.anchor)
      expect(needed(m.needs), m.name).toContain(m.anchor)
    }
  })

  it('reads a unit the trigger scan does not read as a unit word, far before one it does', () => {
    const far = ` ${'and then '.repeat(12)}`
    for (const lead of [
      'Figures are published every quarter',
      'It costs £5 per annums',
      'It stood for three centurys',
    ]) {
      const text = `${lead},${far}over the past two years.`
      expect(plain(readBlock(text)), text).toEqual(fullScan(text))
    }
    const quarter = `Figures are published every quarter,${far}over the past two years.`
    expect(plain(readBlock(quarter)).map((r) => r[2])).toContain('every quarter')
    expect(plain(readBlock(`It stood for three centurys.`)).map((r) => r[2])).toContain('three centurys')
  })

  it('reads to the end of a block whatever comes after the last place the trigger scan notes', () => {
    const far = ` ${'and then '.repeat(12)}`
    for (const text of [
      // The second day's "4/1" starts at a digit the first shape's hyphen passes over.
      'The sale runs 4/14-4/18 at the county fairgrounds.',
      `Published in 2023,${far}the figures for 1-2/3 and 4/14-4/18.`,
      // A stem of several words hides a unit ("day") near the end.
      `Over the past two years${far}and last night, that day.`,
      // Every kind held early on: the scan stops there, and the rest must still be read.
      `In the 1990s, 3/4, 3-4, 2024, 21st, 5, half past six, weekly, a year, a quarter, today, March, Monday, now, summer, midnight, Christmas, fiscal, long, half, early, the nineties;${far}then on 14 May 2025, 3 June and 4/14-4/18.`,
    ]) {
      expect(plain(readBlock(text)), text).toEqual(fullScan(text))
    }
    expect(plain(readBlock('The sale runs 4/14-4/18 at the county fairgrounds.')).map((r) => r[2])).toContain(
      '4/18',
    )
  })

  it('reads every block of the fixture releases as a scan from the start does', () => {
    const blocks = fixtureBlocks()
    expect(blocks.length).toBeGreaterThan(300)
    let readings = 0
    for (const text of blocks) {
      const expected = fullScan(text)
      readings += expected.length
      expect(plain(readBlock(text)), text).toEqual(expected)
      expect(beyondReach(expected)).toEqual([])
    }
    expect(readings).toBeGreaterThan(500)
  })

  it('reads generated text full of hidden and glued trigger words as a scan from the start does', () => {
    const word = fc.constantFrom(
      // Stems of several words, which may hide a word of another kind.
      'good friday',
      'Good Friday',
      'fourth of july',
      'Fourth of July',
      'last night',
      'that day',
      'later in the day',
      'earlier in the week',
      'the new year',
      'New Year',
      "St. Patrick's Day",
      'St Patrick’s Day',
      'bank holiday monday',
      'Bank Holiday Monday',
      'this morning',
      'the following morning',
      'small hours',
      "King's Birthday",
      'Memorial Day weekend',
      // Glued forms: a kind inside a word the trigger scan does not start a word at.
      '10years',
      '2024Q1',
      'Q1 2024',
      'FY24',
      'FY2023-24',
      'mid-2024',
      'mid-March',
      '5pm',
      '10.30am',
      '0900hrs',
      '1990s',
      "'90s",
      '’90s',
      '12March',
      'March2024',
      'H1 2023',
      'year-long',
      '24-hour',
      // Number words and figures.
      'twenty-seven',
      'twenty seven',
      'a  couple   of\u00a0consecutive years',
      'a couple of consecutive\u00a0\u00a0years',
      '1,000,000.25',
      '13/03/2024',
      '2024-03-13',
      '3.4.24',
      // A shape whose first digit the mark of the shape before it passes over.
      '4/14-4/18',
      '2-3/4',
      // Months and weekdays in either case, and abbreviated.
      'MAY',
      'may',
      'May',
      'Sept.',
      'sept',
      'Thurs',
      'THURSDAY',
      'wed.',
      'Dec.',
      '25 December',
      'December 25, 2015',
      'Monday (4 March)',
      'the 3rd of June',
      'the week of 4 March',
      'every Tuesday',
      'each week',
      'every quarter',
      'per annums',
      'three centurys',
      'per annum',
      'weekly',
      'quarterly',
      'summer',
      'the 21st century',
      'now',
      'midnight',
      'noon',
      'today',
      'yesterday',
      'six months',
      'two years ago',
      'for the past   three  years',
      'early hours',
      'late evening',
      'half',
      'fiscal year',
      'since',
      'between',
      'and',
      'to',
      'until',
      'from',
      'on',
      'in',
      'the',
      '–',
      '-',
      ',',
      '.',
      '(',
      ')',
    )
    const noise = fc.string({
      unit: fc.constantFrom('a', 'b', 'y', 's', 'r', '1', '0', ' ', '-', '.', '\u00a0'),
      maxLength: 12,
    })
    /** Filler longer than any pattern's reach, so a first place read too late skips a match. */
    const filler = fc.constantFrom(' ', '  ', '   ', '\u00a0', ' '.repeat(40), ` ${'lorem ipsum '.repeat(8)}`)
    const text = fc
      .array(
        fc.oneof(
          { arbitrary: word, weight: 6 },
          { arbitrary: noise, weight: 1 },
          { arbitrary: filler, weight: 2 },
        ),
        {
          maxLength: 24,
        },
      )
      .map((parts) => parts.join(' '))
    fc.assert(
      fc.property(text, (t) => {
        const expected = fullScan(t)
        expect(plain(readBlock(t))).toEqual(expected)
        expect(beyondReach(expected)).toEqual([])
      }),
      { numRuns: 5000 },
    )
  })
})
