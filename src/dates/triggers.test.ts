import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
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
    ['every month', 'FU'],
    ['monthly', 'F'],
    ['Q2', 'Q'],
    ['Q2 2024', 'DQ'],
    ['Q5', 'D'],
    ['last  night', 'T'],
    ['last week', 'U'],
    ['this\tmorning', 'T'],
    ['St Andrew’s Day', 'UH'],
    ['New Year', 'H'],
    ['renewal of the yearbook', 'U'],
    ['anyday', ''],
    ['EVERYDAY', 'F'],
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
