import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const units = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit])

describe('findStatistics', () => {
  describe('unit names', () => {
    it('names a unit the same however it is written', () => {
      expect(units('It makes 784 HP, or 784 horsepower, and 640 bhp.')).toEqual([
        ['784 HP', 784, 'horsepower'],
        ['784 horsepower', 784, 'horsepower'],
        ['640 bhp', 640, 'brake horsepower'],
      ])
      expect(units('A 2.4GHz chip, a 120Hz screen and a 6kW motor.')).toEqual([
        ['2.4GHz', 2.4, 'gigahertz'],
        ['120Hz', 120, 'hertz'],
        ['6kW', 6, 'kilowatt'],
      ])
    })

    it('keeps the short names the gold uses', () => {
      // wide corpus, intl_1.txt (New Zealand Police).
      expect(units('Police seized 121kgs of methamphetamine and 223 grams of cocaine.')).toEqual([
        ['121kgs', 121, 'kg'],
        ['223 grams', 223, 'g'],
      ])
    })

    it('reads micrometres and inches written with signs', () => {
      expect(units('a pixel pitch of 352 μm and a 25.5″ neck')).toEqual([
        ['352 μm', 352, 'micrometre'],
        ['25.5″', 25.5, 'inch'],
      ])
    })

    it('reads a capital W glued to digits as watts, and nothing else as them', () => {
      expect(units('a 10W laser')).toEqual([['10W', 10, 'watt']])
      expect(units('a 10w laser')).toEqual([])
    })

    it('reads currencies by name and by letters glued to the digits', () => {
      expect(units('It cost 20 yuan, 3 shekels and RM23.50.')).toEqual([
        ['20 yuan', 20, 'CNY'],
        ['3 shekels', 3, 'ILS'],
        ['RM23.50', 23.5, 'MYR'],
      ])
    })
  })
})
