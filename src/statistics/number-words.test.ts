import { describe, expect, it } from 'vitest'
import { readNumberWords } from './number-words'
import { tokenize } from './tokens'

describe('readNumberWords', () => {
  describe('cardinals', () => {
    const cases: Array<[string, number, string]> = [
      ['nine people', 9, 'nine'],
      ['thirty two cars', 32, 'thirty two'],
      ['thirty-two cars', 32, 'thirty-two'],
      ['four million containers', 4_000_000, 'four million'],
      ['one hundred and six arrests', 106, 'one hundred and six'],
      ['two thousand and two hundred', 2200, 'two thousand and two hundred'],
      ['twenty-one trillion three hundred', 21_000_000_000_300, 'twenty-one trillion three hundred'],
      ['a dozen eggs', 12, 'a dozen'],
      ['three dozens', 36, 'three dozens'],
      ['a hundred officers', 100, 'a hundred'],
      // A line cut at a fixed width after the hyphen of tens and units.
      ['Fifty-\nfive people', 55, 'Fifty-\nfive'],
      ['twenty-\r\none cars', 21, 'twenty-\r\none'],
    ]
    for (const [text, value, read] of cases) {
      it(`reads "${read}" as ${value}`, () => {
        const tokens = tokenize(text)
        const n = readNumberWords(tokens, 0)
        expect(n?.value).toBe(value)
        expect(text.slice(0, tokens[n!.end - 1]!.end)).toBe(read)
      })
    }
  })

  it('joins no words over a hyphen with a space before it', () => {
    for (const text of ['fifty -five people', 'fifty - five people']) {
      const tokens = tokenize(text)
      expect(readNumberWords(tokens, 0)?.value).toBe(50)
    }
  })

  describe('fractions of a scale', () => {
    const cases: Array<[string, number]> = [
      ['half a million', 500_000],
      ['a quarter of a million', 250_000],
      ['a quarter-of-a-million', 250_000],
      ['three quarters of a million', 750_000],
      ['half a dozen', 6],
      ['one and a half million', 1_500_000],
      ['two and a half thousand', 2500],
    ]
    for (const [text, value] of cases) {
      it(`reads "${text}" as ${value}`, () => {
        const tokens = tokenize(text)
        const n = readNumberWords(tokens, 0)
        expect(n?.value).toBe(value)
        expect(n?.end).toBe(tokens.length)
      })
    }
  })

  describe('what is not a number', () => {
    it('marks "one" alone', () => {
      expect(readNumberWords(tokenize('one of those'), 0)?.loneOne).toBe(true)
      expect(readNumberWords(tokenize('one hundred'), 0)?.loneOne).toBe(false)
    })

    it('stops where the number ends', () => {
      expect(readNumberWords(tokenize('two three'), 0)).toMatchObject({ value: 2, end: 1 })
      expect(readNumberWords(tokenize('one hundred and'), 0)).toMatchObject({ value: 100, end: 2 })
    })

    it('reads nothing from other words', () => {
      expect(readNumberWords(tokenize('an estimated'), 0)).toBeNull()
      expect(readNumberWords(tokenize('officers'), 0)).toBeNull()
      expect(readNumberWords(tokenize('a quarter of the force'), 0)).toBeNull()
    })
  })
})
