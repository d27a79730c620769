/** Four digits before a counted noun: a year only where the words before make them one. */
import { describe, expect, it } from 'vitest'
import { findDates } from '../find-dates'

const REF = '2024-06-12'
const dates = (sentence: string) => findDates(sentence, { reference: REF }).map((d) => d.text)

describe('years before something counted', () => {
  it('reads a year after a clause-opening "by", a preposition of time or a name', () => {
    expect(dates('By 2030 officers will carry body cameras.')).toEqual(['2030'])
    expect(dates('The force said that, by 2030 officers will carry cameras.')).toEqual(['2030'])
    expect(dates('Throughout 2024 officers will patrol the park.')).toEqual(['2024'])
    expect(dates('Fans bought Euro 2024 tickets online.')).toEqual(['2024'])
  })

  it('reads no year in a count after a verb, a plural determiner or a headline capital', () => {
    expect(dates('Patrols were joined by 2000 officers.')).toEqual([])
    expect(dates('The numbers rose by 2000 officers.')).toEqual([])
    expect(dates('The council will build 2000 new homes.')).toEqual([])
    expect(dates('These 2000 homes will be warmer.')).toEqual([])
    expect(dates('Force Hires 2000 Officers')).toEqual([])
  })

  it('reads no year in a street block of an address', () => {
    expect(dates('Officers responded to the 2000 block of Elm Street at 11:42 p.m. Friday.')).toEqual([
      '11:42 p.m. Friday',
    ])
    expect(dates('Man Shot in 1900 Block Of Main Street')).toEqual([])
    // A name after the year: still a year.
    expect(dates('In 2000 Block Watch was founded.')).toEqual(['2000'])
  })

  it('reads no year in a house number before a street', () => {
    // The shape of the wide set's "at 4504 Pontchartrain Drive, Slidell, La.", with a number that could be a year.
    expect(dates('The fire at 2004 Pontchartrain Drive, Slidell, La., began on Sep. 6.')).toEqual(['Sep. 6'])
    expect(dates('He is due in court at 2000 Finch Avenue West on Wednesday.')).toEqual(['Wednesday'])
    expect(dates('The depot at 1998 Old Dundas Road is closed.')).toEqual([])
    expect(dates('Police were called to 2010 Harbour Drive.')).toEqual([])
  })

  it('keeps a year before a name with a street word when the words make it one', () => {
    expect(dates('In 2024 Main Street was closed.')).toEqual(['2024'])
    expect(dates('By 2030 Oxford Street will be pedestrianised.')).toEqual(['2030'])
    expect(dates('The 2024 Toy Drive raised funds.')).toEqual(['2024'])
    expect(dates('He was jailed after a 2019 Crown Court trial.')).toEqual(['2019'])
    expect(dates('Work on 2024 main roads is done.')).toEqual(['2024'])
  })

  it('keeps a year before a noun a year qualifies', () => {
    expect(dates('The 2022 elections were close.')).toEqual(['2022'])
    expect(dates('The force published its 2023 figures.')).toEqual(['2023'])
  })
})

describe('pairs of years before 1900', () => {
  it('reads both ends of a pair of years', () => {
    expect(dates('Temperatures fell between 1600 and 1900 in Europe.')).toEqual(['1600', '1900'])
    expect(dates('The temple was built from 1000 to 1260.')).toEqual(['1000', '1260'])
  })

  it('reads no year in a range of counts', () => {
    expect(dates('Hiring went from 1000 to 2000 officers.')).toEqual([])
    expect(dates('Between 1600 and 1200 officers were deployed.')).toEqual([])
  })

  it('reads no pair of years in a range of 24-hour times', () => {
    // Both ends are times: the unit after the second marks the first.
    expect(dates('Patrols ran between 1100 and 1400 hours.')).toEqual(['1100', '1400 hours'])
    expect(dates('Patrols ran between 1100 and 1400 in the town.')).toEqual(['1100', '1400'])
  })
})
