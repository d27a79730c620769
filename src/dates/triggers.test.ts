import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MATCHERS } from './matchers'
import { KINDS, needsMask, TRIGGER_KINDS, triggerMask } from './triggers'

/** The plain definition the scanner must agree with: one alternation of every kind, first group wins. */
const ALTERNATION = new RegExp(KINDS.map(([, source]) => `(${source})`).join('|'), 'gi')
function byAlternation(text: string): number {
  let mask = 0
  ALTERNATION.lastIndex = 0
  for (let m = ALTERNATION.exec(text); m; m = ALTERNATION.exec(text)) {
    const g = m.findIndex((group, i) => i > 0 && group !== undefined)
    mask |= 1 << (g - 1)
    // A shape of digits is a digit too.
    if ('ZKICV'.includes(KINDS[g - 1]![0])) mask |= 1 << TRIGGER_KINDS.indexOf('D')
  }
  return mask
}

const kinds = (mask: number) => [...TRIGGER_KINDS].filter((_, i) => mask & (1 << i)).join('')

describe('triggerMask', () => {
  it.each([
    ['On Monday 18 March 2024', 'CDMW'],
    ['weekly checks', 'F'],
    ['every month', 'U'],
    ['the minister met on Sat', 'W'],
    ['a market in Mar.', 'M'],
    ['10 mins', 'DU'],
    ['monthly', 'F'],
    ['Q2', 'Q'],
    ['Q2 2024', 'CDQ'],
    ['Q5', 'D'],
    ['last  night', 'T'],
    ['last week', 'U'],
    ['this\tmorning', 'T'],
    ['St Andrew’s Day', 'UH'],
    ['New Year', 'H'],
    ['renewal of the yearbook', ''],
    ['anyday', ''],
    ['EVERYDAY', ''],
    ['_mon', ''],
    // `\b` is ASCII: a word starts after any other letter.
    ['Ásummer', 'S'],
    ['Police', ''],
    // Shapes of digits, each a digit too; read whole, as the alternation reads them.
    ['the 1990s', 'ZCD'],
    ['the late nineties', 'PE'],
    ['at half past two', 'O'],
    ['at half seven', 'O'],
    ['half sevenfold', 'A'],
    ['a quarter to six', 'O'],
    ['the first quarter to the third', 'Q'],
    // The clock's digits are read with its words, as the alternation reads them.
    ['twenty-five to 3', 'O'],
    ["five o'clock", 'O'],
    ['the Noughties', 'E'],
    ['ninetieth', ''],
    ["the '90S", 'ZD'],
    // A run of four digits opens with its own kind, unless a shape before it took its first digit.
    ['13/03/2024', 'KD'],
    ['in 2024', 'CD'],
    ['at 2130 hrs', 'CDU'],
    ['12345 or 123', 'D'],
    ['the 21st', 'VD'],
    ['3RD floor', 'VD'],
    ['2nd, 3rd and 4th', 'VD'],
    ['the 1st2024', 'CVD'],
    ['3 stone', 'D'],
    ['4.5 per cent', 'KD'],
    ['2024-03-13', 'ICD'],
    ['1/0s', 'KD'],
    ['FY23', 'DY'],
    ['fiscal year', 'UY'],
    ['financial year 2023', 'CDUY'],
    ['a year-long inquiry', 'UL'],
    ['H2 2023', 'CDA'],
    ['half of it', 'A'],
    ['Halloween', 'H'],
    ['midnight', 'N'],
    ['early morning', 'P'],
    ['in the small hours', 'P'],
    ['mid-afternoon', 'P'],
    ['later in the day', 'UT'],
    ['a lately met friend', 'P'],
  ])('%j holds %j', (text, expected) => {
    expect(kinds(triggerMask(text))).toBe(expected)
  })

  it('agrees with the alternation on the sample corpus, paragraph by paragraph', () => {
    const text = readFileSync(
      new URL('../../examples/data/000_553ed2df297268c8.txt', import.meta.url),
      'utf8',
    )
    const paragraphs = text.split(/\n\s*\n/)
    expect(paragraphs.length).toBeGreaterThan(100)
    for (const p of paragraphs) expect(triggerMask(p)).toBe(byAlternation(p))
  })

  it('agrees with the alternation on arbitrary text', () => {
    const words = fc.constantFrom(
      'Mon',
      'monthly',
      'q3',
      'Q1x',
      'last',
      'night',
      'this',
      'evening',
      'st',
      'patrick',
      'new',
      'year',
      '2024',
      '_',
      ' ',
      '\n',
      '\u00a0',
      '-',
      'é',
      'Summer',
      'per',
      'cent',
      'now',
      'ago',
      'x9',
      '0s',
      "0's",
      '0’s',
      '/',
      '.',
      '1',
      'long',
      'h2',
      'FY',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(triggerMask(text)).toBe(byAlternation(text))
      }),
      { numRuns: 2000 },
    )
  })
})

/** Where each kind is first and last seen by the alternation: `[first, last]` by kind letter. */
function placesByAlternation(text: string): Map<string, [number, number]> {
  const places = new Map<string, [number, number]>()
  const see = (kind: string, at: number) => {
    const seen = places.get(kind)
    places.set(kind, seen ? [Math.min(seen[0], at), Math.max(seen[1], at)] : [at, at])
  }
  ALTERNATION.lastIndex = 0
  for (let m = ALTERNATION.exec(text); m; m = ALTERNATION.exec(text)) {
    const g = m.findIndex((group, i) => i > 0 && group !== undefined)
    const kind = KINDS[g - 1]![0]
    see(kind, m.index)
    if ('ZKICV'.includes(kind)) see('D', m.index)
  }
  return places
}

describe('triggerMask places', () => {
  const words = fc.constantFrom(
    'Monday',
    'every morning',
    'last night',
    'year',
    '2024',
    '3/4',
    '1.5',
    '21st',
    "the '90s",
    'the 1990s',
    'x',
    ' ',
    'é',
    'FY23',
    'halfway',
    'at the time',
    '_week',
  )

  it('notes each kind held where it is first seen or before, and where it is last seen or after', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 5 })), { maxLength: 25 }), (parts) => {
        const text = parts.join('')
        const firsts = new Int32Array(TRIGGER_KINDS.length).fill(-1)
        const lasts = new Int32Array(TRIGGER_KINDS.length).fill(-1)
        triggerMask(text, firsts, lasts)
        for (const [kind, [first, last]] of placesByAlternation(text)) {
          const k = TRIGGER_KINDS.indexOf(kind)
          expect(firsts[k], `${kind} first in ${text}`).toBeGreaterThanOrEqual(0)
          expect(firsts[k], `${kind} first in ${text}`).toBeLessThanOrEqual(first)
          expect(lasts[k], `${kind} last in ${text}`).toBeGreaterThanOrEqual(last)
        }
      }),
      { numRuns: 2000 },
    )
  })
})

describe('the trigger kinds of the matchers', () => {
  it('are all held by every match of their full pattern, so skipping a block never loses a date', () => {
    const text = readFileSync(
      new URL('../../examples/data/002_52e0b0eef6d94852.txt', import.meta.url),
      'utf8',
    )
    const samples = [
      'in the first half of 2024 and H2 2023, FY23 and fiscal year 2022',
      'a year-long inquiry, the 1990s and the ’80s, 13/03/2024, 13.03.24 and 2024-03-13',
      'since the 90s, the early eighties and nineties, the mid-sixties',
      'at half past two, at quarter to six, ten to five and five o’clock in the afternoon, from half seven',
      'the 1800s, the early 1900s and the seventeenth century',
      'by mid-2023, early 2024 or the end of 2025, at 2200 hrs',
      'sentenced on the 14th. Due on Friday the 13th, the 3rd of next month, at 2130 in the year 1850',
      'from March to May 2024, 2019-2021, 2023/24, in March 1999 and the 1980-81 season',
    ]
    let checked = 0
    for (const block of [...samples, ...text.split(/\n\s*\n/)]) {
      for (const matcher of MATCHERS) {
        const needs = needsMask(matcher.needs)
        matcher.pattern.lastIndex = 0
        for (let m = matcher.pattern.exec(block); m; m = matcher.pattern.exec(block)) {
          if (m[0].length === 0) break
          expect(triggerMask(m[0]) & needs, `${matcher.name} on ${m[0]}`).toBe(needs)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
  })
})

describe('quick patterns of the matchers', () => {
  const samples = [
    'officers were called at 2200 hrs',
    'in the early hours and the early-morning roundup',
    'during its first year of operation',
    'policing in the 21st century',
    'quoting log 1234 of 17/03',
  ]

  // `readBlock` tests a quick pattern on the window its matcher's pattern reads, which holds every match.
  it('hold in every match of their full pattern, so skipping a block never loses a date', () => {
    const text = readFileSync(
      new URL('../../examples/data/002_52e0b0eef6d94852.txt', import.meta.url),
      'utf8',
    )
    const blocks = [...samples, ...text.split(/\n\s*\n/)]
    let checked = 0
    for (const matcher of MATCHERS) {
      if (!matcher.quick) continue
      for (const block of blocks) {
        matcher.pattern.lastIndex = 0
        for (let m = matcher.pattern.exec(block); m; m = matcher.pattern.exec(block)) {
          expect(matcher.quick.test(m[0]), `${matcher.name} on ${m[0]}`).toBe(true)
          checked++
        }
      }
    }
    // Each sample holds at least one match of a matcher with a quick pattern.
    expect(checked).toBeGreaterThanOrEqual(samples.length)
  })
})
