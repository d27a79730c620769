import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'
import { rateBaseAfter } from './rate-base'
import { tokenize } from './tokens'

/** Each statistic's text, value, measure and base, for short assertions. */
function read(text: string) {
  return findStatistics(text).map((s) => ({ text: s.text, value: s.value, measure: s.measure, per: s.per }))
}

describe('rates per a number of people or things', () => {
  it.each([
    // Health and crime releases state rates per head of population.
    ['The rate was 3.2 per 100,000 people.', '3.2', { value: 100000, measure: 'people' }],
    [
      'It recorded 45.1 deaths per 100,000 population last year.',
      '45.1',
      { value: 100000, measure: 'population' },
    ],
    ['There were 12 offences per 1,000 residents in Leeds.', '12', { value: 1000, measure: 'residents' }],
    ['Knife crime stood at 84 offences per million people.', '84', { value: 1000000, measure: 'people' }],
    [
      'The county saw 9.8 collisions per 1 million vehicle miles.',
      '9.8',
      { value: 1000000, measure: 'vehicle miles' },
    ],
    ['Infant mortality fell to 3.9 per 1,000 live births.', '3.9', { value: 1000, measure: 'live births' }],
    ['a rate of 20.3 per 100,000 of the population', '20.3', { value: 100000, measure: 'population' }],
    ['The incidence rose to 7.5 cases per 100,000.', '7.5', { value: 100000, measure: null }],
    ['There are 4.1 officers for every 1,000 residents.', '4.1', { value: 1000, measure: 'residents' }],
  ])('%s', (text, figure, per) => {
    const found = read(text).find((s) => s.text === figure)
    expect(found?.per).toEqual(per)
    // The base is part of the rate, no figure of its own.
    expect(read(text).map((s) => s.text)).toEqual([figure])
  })

  it.each([
    // Company results state earnings per share; prices and grants are per one thing.
    ['The company earned $0.87 per diluted share.', '$0.87', 'diluted share'],
    ['Earnings of $1.12 per share were reported.', '$1.12', 'share'],
    ['Net income was $500 million, or $1.12 per share, in the quarter.', '$1.12', 'share'],
    ['Each family got £200 per child.', '£200', 'child'],
    ['Households average 2.4 people per household in Cork.', '2.4', 'household'],
  ])('reads a base of one thing: %s', (text, figure, measure) => {
    expect(read(text).find((s) => s.text === figure)?.per).toEqual({ value: 1, measure })
  })

  it('keeps what the rate counts before "per"', () => {
    expect(read('It recorded 45.1 deaths per 100,000 population.')[0]!.measure).toBe('deaths')
  })

  it.each([
    // A period and a unit are read elsewhere, with no base.
    'It costs £5 per month.',
    'Sales rose 5 per cent.',
    'The fine is £100 per 2 hours.',
    // "per" as "according to", and Latin phrases, name no thing the rate is per.
    'It paid £40 as per the contract.',
    'It paid £40 per the contract.',
    'Output rose 2% per capita.',
    // A figure before "per" in another clause, or after another figure, has no base.
    'Police made 12 arrests, and per 1,000 residents the force is the smallest.',
    'Officers seized 40 knives and 3 guns per 1,000 searches.',
  ])('gives no base: %s', (text) => {
    const found = read(text)
    expect(found.length).toBeGreaterThan(0)
    expect(found.filter((s) => s.per !== undefined && s.text !== '3')).toEqual([])
  })

  it('reads a scale word alone as the base, and stops at the clause', () => {
    expect(rateBaseAfter(tokenize('84 offences per million people'), 1)).toEqual({
      value: 1000000,
      measure: 'people',
    })
    expect(rateBaseAfter(tokenize('84 offences, per million people'), 1)).toBeNull()
    // "per head" is a base of one person.
    expect(rateBaseAfter(tokenize('£2.30 per head of population'), 2)).toEqual({ value: 1, measure: 'head' })
  })
})

describe('the one thing a price is quoted for, with "a" or "an"', () => {
  it.each([
    ['Brent crude settled at $82.10 a barrel.', '$82.10', 'barrel'],
    ['Gold settled at $2,010 an ounce on Friday.', '$2,010', 'ounce'],
    ['Petrol costs 150p a litre.', '150p', 'litre'],
    ['Tickets cost $20 a head, and children go free.', '$20', 'head'],
    ['Brent crude settled down $1.05, or 1.3%, at $82.10 a barrel.', '$82.10', 'barrel'],
  ])('%s', (text, figure, measure) => {
    expect(read(text).find((s) => s.text === figure)?.per).toEqual({ value: 1, measure })
  })

  it.each([
    ['It costs £1.50 a litre of petrol.', '£1.50', 'litre'],
    ['Diesel hit 190p a litre of fuel.', '190p', 'litre'],
    ['Milk costs $4 a gallon of whole milk.', '$4', 'gallon'],
  ])('reads the unit a price is for as its base, no amount of its own: %s', (text, figure, measure) => {
    expect(read(text).map((s) => s.text)).toEqual([figure])
    expect(read(text)[0]?.per).toEqual({ value: 1, measure })
  })

  it.each([
    // An amount after a sum in another clause keeps its figure.
    ['He paid £5 and a kilogram of heroin was seized.', ['£5', 'a kilogram']],
    ['They paid £500, a kilo of cocaine was found.', ['£500', 'a kilo']],
    ['Officers seized a kilogram of heroin.', ['a kilogram']],
  ])('keeps an amount that follows no price: %s', (text, texts) => {
    expect(read(text).map((s) => s.text)).toEqual(texts)
  })

  it.each([
    // A period is read elsewhere; a number, a plural, a word that goes on, or no money give no base.
    'Members pay £30 a year.',
    'Rooms cost £90 a night.',
    'Eggs sold for $4 a dozen.',
    'Sales rose to £5m a year earlier.',
    'The firm paid £300 a piece.',
    'It raised £2m a week after the appeal.',
    'Police seized 40 a week.',
    'The charity gave £500 a local school.',
    'Shares rose 5% a session.',
  ])('gives no base: %s', (text) => {
    const found = read(text)
    expect(found.length).toBeGreaterThan(0)
    expect(found.filter((s) => s.per !== undefined)).toEqual([])
  })
})
