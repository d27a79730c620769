import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'
import { tokenize } from './tokens'

const read = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit])

describe('tokenize', () => {
  describe('numbers written the continental way', () => {
    it('reads full stops that group thousands in threes, twice or more', () => {
      expect(read('Europol seized assets worth 1.234.567 euros in the operation.')).toEqual([
        ['1.234.567 euros', 1_234_567, 'EUR'],
      ])
      expect(read('The fraud caused losses of EUR 2.500.000 to the victims.')).toEqual([
        ['EUR 2.500.000', 2_500_000, 'EUR'],
      ])
      expect(read('Police seized €1.200.000 in cash and 1.500.000 cigarettes.')).toEqual([
        ['€1.200.000', 1_200_000, 'EUR'],
        ['1.500.000', 1_500_000, 'count'],
      ])
      // Closing a sentence.
      expect(read('The total was 1.234.567.')).toEqual([['1.234.567', 1_234_567, 'count']])
    })

    it('reads a decimal comma after thousands grouped by full stops', () => {
      expect(read('A fine of EUR 1.234,56 was imposed.')).toEqual([['EUR 1.234,56', 1234.56, 'EUR']])
      expect(read('The loss was 2.345.678,90 euros.')).toEqual([['2.345.678,90 euros', 2_345_678.9, 'EUR']])
    })

    it('reads one full stop as a thousands separator only before a euro', () => {
      expect(read('The damage amounts to 12.500 euros.')).toEqual([['12.500 euros', 12_500, 'EUR']])
      expect(read('A fine of 3.000 EUR was imposed, and 1.200 € in cash was found.')).toEqual([
        ['3.000 EUR', 3000, 'EUR'],
        ['1.200 €', 1200, 'EUR'],
      ])
      // An English decimal before any other unit stays one.
      expect(read('The sample weighed 1.234 kg.')).toEqual([['1.234 kg', 1.234, 'kg']])
      expect(read('Customs seized 2.500 kg of cocaine.')).toEqual([['2.500 kg', 2.5, 'kg']])
    })

    it('reads a decimal comma before a percentage, a magnitude or a euro', () => {
      expect(read('Unemployment rose to 5,5 % in the region.')).toEqual([['5,5 %', 5.5, 'percent']])
      expect(read('The share was 12,3% and prices rose 1,5 per cent.')).toEqual([
        ['12,3%', 12.3, 'percent'],
        ['1,5 per cent', 1.5, 'percent'],
      ])
      expect(read('The network laundered 3,2 million euros; a ticket cost 3,50 euros.')).toEqual([
        ['3,2 million euros', 3_200_000, 'EUR'],
        ['3,50 euros', 3.5, 'EUR'],
      ])
    })

    it('keeps English numbers as they were', () => {
      // wide corpus, intl_3.txt (Europol) and uk_2.txt (An Garda Síochána).
      expect(read('Europol and Eurojust support international action to recover EUR 13.5 million')).toEqual([
        ['EUR 13.5 million', 13_500_000, 'EUR'],
      ])
      expect(read('The total sum of cash seized in this operation is in excess of €374,000')).toEqual([
        ['in excess of €374,000', 374_000, 'EUR'],
      ])
      expect(read('The rate is 5.5 %.')).toEqual([['5.5 %', 5.5, 'percent']])
      // A comma between list numbers is no decimal comma.
      expect(read('Items 1,5 and 7 were recovered.').map((s) => s[1])).not.toContain(1.5)
    })

    it('skips versions, dates, section numbers and internet addresses', () => {
      for (const sentence of [
        'Under section 1.2.3 of the code, the suspects were charged.',
        'The raid took place on 12.03.2024 in Rotterdam.',
        'The server at 192.168.100.200 was seized.',
        'The server at 192.168.1.2 was seized.',
        'Version 2.100.300 of the app was affected.',
      ])
        expect(read(sentence)).toEqual([])
      expect(tokenize('at 192.168.100.200 now').map((t) => t.kind)).toEqual(['word', 'skip', 'word'])
      // A run that goes on past its groups of three is no number: "1.234.567.8".
      expect(tokenize('1.234.567.8').map((t) => t.kind)).toEqual(['skip'])
    })
  })
})
