import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wideCorpusTexts } from '../../test/fixture-texts'
import { findStatistics } from './find-statistics'
import { isPluralShaped, kindOf, TOKEN, tokenize } from './tokens'

/** The tokens as one scan of `TOKEN` gives them: what `tokenize` must return. */
function scanned(text: string) {
  const out: Array<{ kind: string; text: string; start: number; gap: boolean }> = []
  let previousEnd = 0
  for (const m of text.matchAll(TOKEN)) {
    const kind = kindOf(m)
    out.push({ kind, text: m[0], start: m.index, gap: m.index > previousEnd || m.index === 0 })
    previousEnd = m.index + m[0].length
  }
  return out
}
const read = (text: string) =>
  tokenize(text).map(({ kind, text, start, gap }) => ({ kind, text, start, gap }))

describe('tokenize', () => {
  it('reads words, numbers, skipped runs and symbols of a real sentence', () => {
    const text =
      'Since 2021, the ROCU network has seen heroin seizures increase by 1293% (call 0800 555 111 or visit www.npcc.police.uk).'
    const tokens = tokenize(text)
    expect(tokens.filter((t) => t.kind === 'num').map((t) => t.value)).toEqual([2021, 1293])
    expect(tokens.filter((t) => t.kind === 'skip').map((t) => t.text)).toEqual([
      '0800 555 111',
      'www.npcc.police.uk).',
    ])
    expect(tokens.find((t) => t.text === 'ROCU')).toMatchObject({ kind: 'word', lower: 'rocu', gap: true })
    expect(tokens.find((t) => t.text === '%')).toMatchObject({ kind: 'sym', gap: false })
  })

  it('keeps an apostrophe and the letters after it in the word', () => {
    expect(read("the force’s officers, O'Neill’s")).toEqual(scanned("the force’s officers, O'Neill’s"))
    expect(tokenize('force’s')[0]!.text).toBe('force’s')
    expect(tokenize("officers' ")[0]!.text).toBe('officers')
  })

  it('cuts a run of letters at 60, as the word pattern does', () => {
    const long = 'a'.repeat(130)
    expect(tokenize(long).map((t) => t.text.length)).toEqual([60, 60, 10])
  })

  it('reads a word opening with "http" or "www" as a URL only when it is one', () => {
    expect(tokenize('httpd and https://x.org/a b')[2]).toMatchObject({
      kind: 'skip',
      text: 'https://x.org/a',
    })
    expect(tokenize('httpd')[0]).toMatchObject({ kind: 'word', text: 'httpd' })
    expect(tokenize('wwwx')[0]).toMatchObject({ kind: 'word', text: 'wwwx' })
  })

  it('gives the tokens of one scan of the pattern, whatever the text', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      'é',
      '×',
      'ɏ',
      'Ā',
      "'",
      '’',
      ' ',
      '\u00a0',
      '\u2009',
      '\u202f',
      '\ufeff',
      '\n',
      '\t',
      '1',
      '0',
      '9',
      ',',
      '.',
      '-',
      '+',
      '(',
      ')',
      '/',
      ':',
      '%',
      '£',
      '$',
      '€',
      'R',
      'x',
      '½',
      'http://',
      'https://',
      'www.',
      'www',
      'http',
      '1-800-',
      '555-0100',
      '\ud83d',
      '\ude00',
      'million ',
      'kg',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(read(text)).toEqual(scanned(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads every token of the wide corpus as the scan does', () => {
    for (const [name, text] of wideCorpusTexts()) expect([name, read(text)]).toEqual([name, scanned(text)])
  })
})

const readStatistics = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit])

describe('tokenize: numbers in other conventions', () => {
  describe('numbers written the continental way', () => {
    it('reads full stops that group thousands in threes, twice or more', () => {
      expect(readStatistics('Europol seized assets worth 1.234.567 euros in the operation.')).toEqual([
        ['1.234.567 euros', 1_234_567, 'EUR'],
      ])
      expect(readStatistics('The fraud caused losses of EUR 2.500.000 to the victims.')).toEqual([
        ['EUR 2.500.000', 2_500_000, 'EUR'],
      ])
      expect(readStatistics('Police seized €1.200.000 in cash and 1.500.000 cigarettes.')).toEqual([
        ['€1.200.000', 1_200_000, 'EUR'],
        ['1.500.000', 1_500_000, 'count'],
      ])
      // Closing a sentence.
      expect(readStatistics('The total was 1.234.567.')).toEqual([['1.234.567', 1_234_567, 'count']])
    })

    it('reads a decimal comma after thousands grouped by full stops', () => {
      expect(readStatistics('A fine of EUR 1.234,56 was imposed.')).toEqual([
        ['EUR 1.234,56', 1234.56, 'EUR'],
      ])
      expect(readStatistics('The loss was 2.345.678,90 euros.')).toEqual([
        ['2.345.678,90 euros', 2_345_678.9, 'EUR'],
      ])
    })

    it('reads one full stop as a thousands separator only before a euro', () => {
      expect(readStatistics('The damage amounts to 12.500 euros.')).toEqual([['12.500 euros', 12_500, 'EUR']])
      expect(readStatistics('A fine of 3.000 EUR was imposed, and 1.200 € in cash was found.')).toEqual([
        ['3.000 EUR', 3000, 'EUR'],
        ['1.200 €', 1200, 'EUR'],
      ])
      // An English decimal before any other unit stays one.
      expect(readStatistics('The sample weighed 1.234 kg.')).toEqual([['1.234 kg', 1.234, 'kg']])
      expect(readStatistics('Customs seized 2.500 kg of cocaine.')).toEqual([['2.500 kg', 2.5, 'kg']])
    })

    it('reads one full stop as a thousands separator before things counted, which are whole', () => {
      expect(readStatistics('Europol said 1.500 officers took part in the action days.')).toEqual([
        ['1.500', 1500, 'count'],
      ])
      expect(readStatistics('Some 1.500 police officers searched 2.300 homes.')).toEqual([
        ['Some 1.500', 1500, 'count'],
        ['2.300', 2300, 'count'],
      ])
      expect(readStatistics('Between 1.500 and 2.000 officers were deployed.')).toEqual([
        ['Between 1.500 and 2.000', 1500, 'count'],
      ])
      // A decimal stays one: before a unit, before no plural, with other than three digits after the stop.
      expect(readStatistics('It weighed 1.500 and tests followed.')).toEqual([['1.500', 1.5, 'count']])
      expect(readStatistics('An average of 1.5 officers per shift.').map((s) => s[1])).toEqual([1.5])
      expect(readStatistics('Each dose held 0.125 units.').map((s) => s[1])).toEqual([0.125])
    })

    it('reads a decimal comma before a percentage, a magnitude or a euro', () => {
      expect(readStatistics('Unemployment rose to 5,5 % in the region.')).toEqual([['5,5 %', 5.5, 'percent']])
      expect(readStatistics('The share was 12,3% and prices rose 1,5 per cent.')).toEqual([
        ['12,3%', 12.3, 'percent'],
        ['1,5 per cent', 1.5, 'percent'],
      ])
      expect(readStatistics('The network laundered 3,2 million euros; a ticket cost 3,50 euros.')).toEqual([
        ['3,2 million euros', 3_200_000, 'EUR'],
        ['3,50 euros', 3.5, 'EUR'],
      ])
    })

    it('keeps English numbers as they were', () => {
      // wide corpus, intl_3.txt (Europol) and uk_2.txt (An Garda Síochána).
      expect(
        readStatistics('Europol and Eurojust support international action to recover EUR 13.5 million'),
      ).toEqual([['EUR 13.5 million', 13_500_000, 'EUR']])
      expect(
        readStatistics('The total sum of cash seized in this operation is in excess of €374,000'),
      ).toEqual([['in excess of €374,000', 374_000, 'EUR']])
      expect(readStatistics('The rate is 5.5 %.')).toEqual([['5.5 %', 5.5, 'percent']])
      // A comma between list numbers is no decimal comma.
      expect(readStatistics('Items 1,5 and 7 were recovered.').map((s) => s[1])).not.toContain(1.5)
    })

    it('skips versions, dates, section numbers and internet addresses', () => {
      for (const sentence of [
        'Under section 1.2.3 of the code, the suspects were charged.',
        'The raid took place on 12.03.2024 in Rotterdam.',
        'The server at 192.168.100.200 was seized.',
        'The server at 192.168.1.2 was seized.',
        'Version 2.100.300 of the app was affected.',
      ])
        expect(readStatistics(sentence)).toEqual([])
      expect(tokenize('at 192.168.100.200 now').map((t) => t.kind)).toEqual(['word', 'skip', 'word'])
      // A run that goes on past its groups of three is no number: "1.234.567.8".
      expect(tokenize('1.234.567.8').map((t) => t.kind)).toEqual(['skip'])
    })
  })
})

describe('isPluralShaped', () => {
  it('reads a noun in "s" as plural, but not a singular in "-us", "-is", "-ss" or a few in "-es"', () => {
    expect(['officers', 'counts', 'cases', 'areas', 'bonuses'].map(isPluralShaped)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
    expect(['virus', 'crisis', 'gross', 'diabetes', 'news', 'series'].map(isPluralShaped)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })
})
