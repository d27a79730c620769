import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bmpClasses, bmpRegExp, lazyBmpRegExp, writtenSource } from './bmp-classes'
import { BMP_PROPERTIES, bmpRanges } from './bmp-ranges'
import { BMP_RANGES } from './bmp-ranges.generated'
import { lazyPatterns } from './lazy-patterns'

describe('BMP_RANGES', () => {
  it.each(BMP_PROPERTIES)('holds the BMP code points of \\p{%s} by this engine', (property) => {
    // Fails when Node's Unicode data moves on: run scripts/write-bmp-ranges.ts again.
    expect(BMP_RANGES[property]).toBe(bmpRanges(property))
  })
})

describe('bmpClasses', () => {
  it('writes a property alone as a class of its ranges', () => {
    expect(bmpClasses('^\\p{Lu}x')).toBe(`^[${BMP_RANGES.Lu}]x`)
  })

  it('writes a property inside a class as ranges of that class', () => {
    expect(bmpClasses("[\\p{L}\\p{M}.'-]{0,24}")).toBe(`[${BMP_RANGES.L}${BMP_RANGES.M}.'-]{0,24}`)
  })

  it('knows a class has ended after an escaped bracket inside it', () => {
    expect(bmpClasses('[\\]a]\\p{N}')).toBe(`[\\]a][${BMP_RANGES.N}]`)
  })

  it('keeps an escaped backslash before p, other properties and negated ones as written', () => {
    for (const source of ['\\\\p{L}', '\\p{Script=Latin}', '\\P{L}', '\\p{Lt}', 'p{L}']) {
      expect(bmpClasses(source)).toBe(source)
    }
  })
})

/** Strings of BMP code points, letters and marks among them. */
const bmpText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      'a',
      'Z',
      'é',
      'Ł',
      'ß',
      'Σ',
      'я',
      '中',
      '\u0301',
      '1',
      '٣',
      '½',
      ' ',
      '-',
      "'",
      '.',
      'İ',
      'ǅ',
    ),
    fc
      .integer({ min: 0, max: 0xffff })
      .filter((c) => c < 0xd800 || c > 0xdfff)
      .map((c) => String.fromCharCode(c)),
  ),
  maxLength: 40,
})

const PATTERNS: ReadonlyArray<[string, string]> = [
  ["(?<![\\p{L}'-])\\p{Lu}[\\p{L}\\p{M}.'-]{0,24}", 'gu'],
  ['\\p{Ll}+\\s\\p{Lu}', 'giu'],
  ['[^\\p{L}\\p{N}]+', 'gu'],
  ['\\p{N}{1,3}(?=\\p{L})', 'gu'],
]

describe('bmpRegExp', () => {
  it('matches as the pattern with Unicode properties does on text of the BMP', () => {
    fc.assert(
      fc.property(bmpText, (text) => {
        for (const [source, flags] of PATTERNS) {
          const all = (re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`)
          expect(all(bmpRegExp(source, flags))).toEqual(all(new RegExp(source, flags)))
        }
      }),
      { numRuns: 500 },
    )
  })

  it('leaves letters beyond the BMP out, as documented', () => {
    expect(/^\p{L}$/u.test('𝐀')).toBe(true)
    expect(bmpRegExp('^\\p{L}$', 'u').test('𝐀')).toBe(false)
  })
})

describe('writtenSource', () => {
  it('gives the source with its property classes for a pattern of bmpRegExp, the source otherwise', () => {
    expect(writtenSource(bmpRegExp('^\\p{Lu}\\p{Ll}+$', 'u'))).toBe('^\\p{Lu}\\p{Ll}+$')
    expect(writtenSource(/^\p{Lu}$/u)).toBe('^\\p{Lu}$')
  })
})

describe('lazyBmpRegExp', () => {
  it('lists the pattern at once and makes it once, on its first call', () => {
    const source = '^\\p{Lu}\\p{Ll}+ Street$'
    const pattern = lazyBmpRegExp(source, 'u')
    expect(lazyPatterns()).toContainEqual({ source, flags: 'u' })
    const made = pattern()
    expect(pattern()).toBe(made)
    expect(made.test('Ōta Street')).toBe(true)
    expect(writtenSource(made)).toBe(source)
  })
})
