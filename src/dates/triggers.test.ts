import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MATCHERS } from './matchers'
import { KINDS, TRIGGER_KINDS, triggerMask } from './triggers'

/** The plain definition the scanner must agree with: one alternation of every kind, first group wins. */
const ALTERNATION = new RegExp(KINDS.map(([, source]) => `(${source})`).join('|'), 'gi')
function byAlternation(text: string): number {
  let mask = 0
  ALTERNATION.lastIndex = 0
  for (let m = ALTERNATION.exec(text); m; m = ALTERNATION.exec(text)) {
    const g = m.findIndex((group, i) => i > 0 && group !== undefined)
    mask |= 1 << (g - 1)
  }
  return mask
}

const kinds = (mask: number) => [...TRIGGER_KINDS].filter((_, i) => mask & (1 << i)).join('')

describe('triggerMask', () => {
  it.each([
    ['On Monday 18 March 2024', 'DMW'],
    ['weekly checks', 'F'],
    ['every month', 'U'],
    ['the minister met on Sat', 'W'],
    ['a market in Mar.', 'M'],
    ['10 mins', 'DU'],
    ['monthly', 'F'],
    ['Q2', 'Q'],
    ['Q2 2024', 'DQ'],
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

describe('quick patterns of the matchers', () => {
  const samples = [
    'in the first half of 2024 and H2 2023',
    'a year-long inquiry and a six-month-long trial',
    "the 1990s, the '90s, the early 2000s and the 1980S",
    'in the year 2045',
  ]

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
