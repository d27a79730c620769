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

  it('reads a variant glued to a model number as part of the model, not a range', () => {
    expect(texts('The airline will take delivery of a Boeing 737-800 next year.')).toEqual([])
    expect(texts('The carrier operates an Airbus A320-200 on the route.')).toEqual([])
    expect(texts('It flies the ATR 72-600 and the Embraer 190 to the islands.')).toEqual([])
    expect(texts('The fleet includes Boeing 737-800s and a Boeing 777-300ER.')).toEqual([])
    expect(texts('The base will host the F-35A and the Sikorsky S-92 from 2027.')).toEqual([])
  })

  it('reads digits after a maker as a model, with or without a word before', () => {
    expect(texts('Boeing 737 jets were grounded worldwide.')).toEqual([])
    expect(texts('Regulators grounded Boeing 737 jets and Airbus 320 aircraft after the crash.')).toEqual([])
  })

  it('reads digits after a vehicle maker, or a maker and a model name, as the model', () => {
    expect(texts('Officers are keen to trace a silver Peugeot 207 seen in the area.')).toEqual([])
    expect(
      texts('A Porsche 911 and a Mazda 3 were stolen, and a Land Rover Defender 110 was found.'),
    ).toEqual([])
    expect(texts('The rider of a Kawasaki 650 was taken to hospital.')).toEqual([])
    const measures = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.measure])
    expect(measures('Thieves took 12 Volvo XC90 cars and two Land Rover Defender 110 vehicles.')).toEqual([
      ['12', 'Volvo XC90 cars'],
      ['two', 'Land Rover Defender 110 vehicles'],
    ])
  })

  it('leaves a count after a maker and a verb, and after makers whose name is a common word', () => {
    expect(texts('Honda sold 500 cars and Toyota built 86,000 more.')).toEqual(['500', '86,000'])
    expect(texts('Police seized 3 Peugeot vans and 40 bikes.')).toEqual(['3', '40'])
  })

  it('gives a count before a maker its model as what it counts', () => {
    const measures = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.measure])
    expect(measures('Ryanair operates 400 Boeing 737-800 aircraft.')).toEqual([
      ['400', 'Boeing 737-800 aircraft'],
    ])
    expect(measures('The airline ordered 20 Airbus A350-1000 jets and two Bombardier Q400 planes.')).toEqual([
      ['20', 'Airbus A350-1000 jets'],
      ['two', 'Bombardier Q400 planes'],
    ])
  })

  it('leaves ranges of counts, bare counts and figures after a verb a count', () => {
    expect(texts('Regulators said 737 jets were grounded.')).toEqual(['737'])
    expect(texts('Between 737 and 800 people attended, and some 737-800 fans queued.')).toEqual([
      'Between 737 and 800',
      'some 737-800',
    ])
    expect(texts('In Kent 20-30 officers were deployed and the force sent 20-30 more.')).toEqual([
      '20-30',
      '20-30',
    ])
    expect(texts('Boeing said 2,000 jobs would go, and Airbus cut 1,500.')).toEqual(['2,000', '1,500'])
  })
})
