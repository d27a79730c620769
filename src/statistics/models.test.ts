import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)

describe('a number that names a model or a form', () => {
  it('is no count after a count, before a model word, after "a", or before "forms"', () => {
    expect(texts('The airline took delivery of two new 737 Max jets last month.')).toEqual(['two'])
    expect(texts('The carrier ordered 12 new 787 freighters and three 777 aircraft.')).toEqual([
      '12',
      'three',
    ])
    expect(texts("It flew Boeing's own 787 Dreamliner to the show.")).toEqual([])
    expect(texts('The regulator grounded the 737 Max in March.')).toEqual([])
    expect(texts('Employers must file 1099 forms with the IRS by the deadline.')).toEqual([])
    expect(texts('He failed to file a 1099 form for the payments.')).toEqual([])
    expect(texts('Dealers must send an 8300 form to the IRS.')).toEqual([])
  })

  it('leaves counts of people, things and forms a count', () => {
    expect(texts('A total of 737 passengers were on board and two jets were grounded.')).toEqual([
      '737',
      'two',
    ])
    expect(texts('Staff processed 500 forms and 1,099 forms last week.')).toEqual(['500', '1,099'])
    expect(texts('The FTSE 100 lost 190 points by noon.')).toEqual(['190'])
    expect(texts('The 200 Gardaí on duty and the 300 Vietnamese nationals were safe.')).toEqual([
      '200',
      '300',
    ])
    expect(texts('About 300 BC Hydro workers, 20 Garda stations and 12 Class A drugs.')).toEqual([
      'About 300',
      '20',
      '12',
    ])
    expect(texts('Officers searched a 40 page report and two new 500-bed hospitals opened.')).toEqual([
      '40',
      'two',
      '500',
    ])
  })

  it('does not read a capitalised "Max" after a model number as a bound', () => {
    const three = findStatistics('The airline flies the 737 Max to Dublin and three jets to Boston.').find(
      (s) => s.text === 'three',
    )
    expect(three?.qualifier).toBe('exact')
  })
})
