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
    expect(texts('The FTSE 100 lost 190 points by noon.')).toEqual(['190 points'])
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

describe('a number in a product’s name', () => {
  it('is no count after a product word with a capital inside it, or a product line', () => {
    expect(texts('Apple unveiled the iPhone 11 Pro and 11 Pro Max on Tuesday.')).toEqual([])
    expect(texts('Owners of an iPhone 15 or a PlayStation 5 were warned.')).toEqual([])
    expect(texts('The recall covers MacBook Air 13 units and AirPods 3 cases.')).toEqual([])
    expect(texts('Customers who bought PlayStation 5 consoles were refunded.')).toEqual([])
    expect(texts('Microsoft said Xbox 360 owners and Windows 11 users should update.')).toEqual([])
    expect(texts('Devices running iOS 17 or Pixel 8 phones were affected.')).toEqual([])
  })

  it('is no count before a model’s suffix after a product or a word for one thing', () => {
    expect(texts('The Galaxy S23 Ultra and the PlayStation 5 Pro sold out.')).toEqual([])
    expect(texts('The iPhone 12 went on sale alongside the 12 Mini and 12 Pro Max.')).toEqual([])
    expect(texts("Apple's 15 Pro costs more than the 15 Plus.")).toEqual([])
    // "Max" of the name is no bound on the price; "Maximum fines" is.
    const qualifiers = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.qualifier])
    expect(qualifiers('The 15 Pro Max costs $1,199, and maximum fines of $500 apply.')).toEqual([
      ['$1,199', 'exact'],
      ['$500', 'upTo'],
    ])
  })

  it('is no count before a model’s suffix after a word for one thing and words that describe it', () => {
    expect(texts('The new 12 Mini goes on sale on Friday.')).toEqual([])
    expect(texts("Apple's cheaper 13 Mini and the long-awaited 15 Pro Max ship today.")).toEqual([])
    expect(texts('Reviewers said the latest 14 Plus costs $899 and features a 6.7-inch screen.')).toEqual([
      '$899',
      '6.7-inch',
    ])
  })

  it('counts after describing words when the suffix opens no model’s name', () => {
    expect(texts('The council bought 12 mini-buses and the new 12 Mini buses arrive next week.')).toEqual([
      '12',
      '12',
    ])
    expect(texts('The other 12 Pro players and the first 10 Pro athletes were dropped.')).toEqual([
      '12',
      '10',
    ])
    expect(texts('The new 12 Mini Coopers were delivered.')).toEqual(['12'])
  })

  it('keeps counts of products, and figures beside a product’s name', () => {
    expect(texts('Apple sold 5 million iPhones and shipped 11 million units.')).toEqual([
      '5 million',
      '11 million',
    ])
    expect(texts('200 PlayStation consoles were stolen from the depot.')).toEqual(['200'])
    expect(texts('iPhone 15 sales rose 5% in the quarter.')).toEqual(['5%'])
    expect(texts('Police seized 40 iPhones and 15 MacBooks.')).toEqual(['40', '15'])
    expect(texts('He signed 12 Mini Coopers and 5 Pro Bowl players.')).toEqual(['12', '5'])
    expect(texts('McGregor scored and 3 players were booked.')).toEqual(['3'])
    // A possessive, a surname or a place with a capital inside: what follows is counted.
    expect(texts("FedEx's 200 drivers and JPMorgan's 300 branches were hit.")).toEqual(['200', '300'])
    expect(texts("Apple's 200 stores closed, and an iPhone's 12 sensors failed.")).toEqual(['200', '12'])
    expect(texts('At LaGuardia Airport 300 flights were cancelled.')).toEqual(['300'])
    const measures = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.measure])
    expect(measures('Thieves took 12 iPhone 15 handsets and 3 PlayStation 5 consoles.')).toEqual([
      ['12', 'iPhone 15 handsets'],
      ['3', 'PlayStation 5 consoles'],
    ])
  })
})

describe('a maker whose name is a common word', () => {
  it('names a model with a capitalised model’s name before the number', () => {
    expect(texts('Officers are looking for a white Ford Transit 350 van.')).toEqual([])
    expect(texts('A Seat Leon 2 and a Mini Cooper 5 were found nearby.')).toEqual([])
    const measures = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.measure])
    expect(measures('Thieves took 12 Ford Transit vans and two Ford Transit 350 trucks.')).toEqual([
      ['12', 'Ford Transit vans'],
      ['two', 'Ford Transit 350 trucks'],
    ])
  })

  it('is no maker right before a number, or in lower case', () => {
    expect(texts('Critics praised Harrison Ford 3 times in the review.')).toEqual(['3'])
    expect(texts('The firm took a smart 5 per cent stake.')).toEqual(['5 per cent'])
    expect(texts('Police stopped a Ford Focus and 3 vans.')).toEqual(['3'])
  })
})
