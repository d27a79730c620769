/** Four digits before a counted noun: a year only where the words before make them one. */
import { describe, expect, it } from 'vitest'
import { findDates } from '../find-dates'
import { type Case, expectCase } from '../test-helpers'

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

  it('reads a range of years in words whose second year is written short', () => {
    const values = (sentence: string) => findDates(sentence, { reference: REF }).map((d) => [d.text, d.value])
    expect(values('Emissions must fall between 2040 and 45.')).toEqual([
      ['2040', '2040'],
      ['45', '2045'],
    ])
    expect(values('The plan runs from 2030 to 35, the council said.')).toEqual([
      ['2030', '2030'],
      ['35', '2035'],
    ])
    expect(values('from 1998 to 2, when it closed')).toEqual([['1998', '1998']])
    // A count after the second number, a pair the words do not make a range, or a year before
    // the first: no range.
    expect(dates('Between 2019 and 20 people were hurt.')).toEqual(['2019'])
    expect(dates('It ran from 2030 and 35.')).toEqual(['2030'])
    expect(dates('It ran between 2040 and 35.')).toEqual(['2040'])
  })

  it('reads no year in a court case number', () => {
    expect(dates('He was charged in case 2024-CF-001234 in Hillsborough County.')).toEqual([])
    expect(dates('The case, 2023-CR-12, was filed in 2023.')).toEqual(['2023'])
    // Lower-case words after the dash are no code: the year stays.
    expect(dates('The 2024-to-2025 plan was agreed.')).toEqual(['2024'])
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

describe('decades', () => {
  const decades = (sentence: string) =>
    findDates(sentence, { reference: REF }).map((d) => [d.text, d.value, d.mod])

  it('reads a decade in two digits after "the", with or without an apostrophe', () => {
    expect(decades('The case dates back to the 90s.')).toEqual([['the 90s', '199', null]])
    expect(decades('The 80s saw a rise in car crime.')).toEqual([['The 80s', '198', null]])
    expect(decades('It was a popular car in the ’80s.')).toEqual([['the ’80s', '198', null]])
    expect(decades('The estate was built in the mid-60s.')).toEqual([['the mid-60s', '196', 'MID']])
    expect(decades('Mobile phones spread in the ’00s.')).toEqual([['the ’00s', '200', null]])
  })

  it('reads hundreds as a century, as TIMEX3 writes it, with its part', () => {
    expect(decades('The church was built in the 1800s.')).toEqual([['the 1800s', '18', null]])
    expect(decades('The law dates from the early 1900s.')).toEqual([['the early 1900s', '19', 'START']])
    expect(decades('The mill was rebuilt in the mid-1800s and closed in the late 1900s.')).toEqual([
      ['the mid-1800s', '18', 'MID'],
      ['the late 1900s', '19', 'END'],
    ])
    expect(decades('Officers searched an 1800s farmhouse.')).toEqual([['1800s', '18', null]])
  })

  it('reads a century in ordinal words', () => {
    expect(decades('The bridge was built in the seventeenth century.')).toEqual([
      ['the seventeenth century', '16', null],
    ])
  })

  it('keeps "the 2000s" and other tens of a year as a decade', () => {
    expect(decades('Knife crime rose in the 2000s.')).toEqual([['the 2000s', '200', null]])
    expect(decades('Crime peaked in the early 1990s.')).toEqual([['the early 1990s', '199', 'START']])
    expect(decades('The case dates from the 1910s.')).toEqual([['the 1910s', '191', null]])
  })

  it('reads a decade in words after "the"', () => {
    expect(decades('Shoplifting was far rarer in the nineties.')).toEqual([['the nineties', '199', null]])
    expect(decades('The Sixties changed policing.')).toEqual([['The Sixties', '196', null]])
    expect(decades('The unsolved murder dates from the late seventies.')).toEqual([
      ['the late seventies', '197', 'END'],
    ])
    expect(decades('Knife crime has risen since the noughties.')).toEqual([['the noughties', '200', null]])
  })

  it('reads the second of two decades joined by "and" without its "the"', () => {
    expect(decades('The offences took place in the eighties and nineties.')).toEqual([
      ['the eighties', '198', null],
      ['nineties', '199', null],
    ])
    expect(decades('The abuse happened in the late 80s and early 90s.')).toEqual([
      ['the late 80s', '198', 'END'],
      ['early 90s', '199', 'START'],
    ])
  })

  it('reads no decade in an age, a measure or a name', () => {
    // An age: "their", "his", "her" before the tens.
    expect(
      decades('We have now charged two men and one woman aged in their 30s with five counts of importation.'),
    ).toEqual([['now', 'PRESENT_REF', null]])
    expect(decades('The victims were in their 90s.')).toEqual([])
    expect(decades('She is in her late eighties.')).toEqual([])
    expect(decades('Two men in their 70s and 80s were hurt.')).toEqual([])
    // A measure: temperatures, speeds, a street block, an age group.
    expect(decades('Temperatures in the 90s are expected.')).toEqual([])
    expect(decades('Highs in the nineties are forecast for the region.')).toEqual([])
    expect(decades('He was clocked at speeds in the 90s.')).toEqual([])
    expect(decades('Police were called to the 90s block of Main Street.')).toEqual([])
    expect(decades('Cases rose among people in the 20s age group.')).toEqual([])
    // A name without "the".
    expect(decades('The plan was also featured on a 90s Baby Show YouTube live stream.')).toEqual([])
  })
})

describe('a year after the mark of an approximate date', () => {
  const cases: Case[] = [
    ['The hall was built circa 1850.', REF, [{ text: 'circa 1850', value: '1850', mod: 'APPROX' }]],
    ['The bridge (c. 1790) is listed.', REF, [{ text: 'c. 1790', value: '1790', mod: 'APPROX' }]],
    ['The mill closed circa 2015.', REF, [{ text: 'circa 2015', value: '2015', mod: 'APPROX' }]],
    [
      'The offences took place in approximately 2015.',
      REF,
      [{ text: 'approximately 2015', value: '2015', mod: 'APPROX' }],
    ],
    [
      'Between approximately 2015 and 2020, Smith stole funds from his employer.',
      REF,
      [
        { text: 'approximately 2015', value: '2015', mod: 'APPROX' },
        { text: '2020', value: '2020' },
      ],
    ],
    // Near misses: an old number with no such mark, a capital initial, a plain year, a count.
    ['Between about 2000 and 3000 people attended.', REF, []],
    ['The hall holds 1850 seats.', REF, []],
    ['Staff at Smith & C. 1850 Ltd were told.', REF, []],
    ['The offences took place in 2015.', REF, [{ text: '2015', value: '2015' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('fiscal years listed after "fiscal years"', () => {
  const cases: Case[] = [
    [
      'In fiscal years 2022 and 2023, the agency recovered 2 billion dollars.',
      REF,
      [
        { text: 'fiscal years 2022', value: 'FY2022', type: 'DATE' },
        { text: '2023', value: 'FY2023', type: 'DATE' },
      ],
    ],
    [
      'The financial years 2021, 2022 and 2023 saw record seizures.',
      REF,
      [
        { text: 'financial years 2021', value: 'FY2021' },
        { text: '2022', value: 'FY2022' },
        { text: '2023', value: 'FY2023' },
      ],
    ],
    [
      'Across fiscal years 2020-2022, spending rose.',
      REF,
      [
        { text: 'fiscal years 2020', value: 'FY2020' },
        { text: '2022', value: 'FY2022' },
      ],
    ],
    // Plain years stay years.
    [
      'Over the years 2020 and 2021, crime fell.',
      REF,
      [
        { text: '2020', value: '2020' },
        { text: '2021', value: '2021' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a fiscal year with the part of it written before it', () => {
  const cases: Case[] = [
    // "the end of fiscal year" is no relative year when the year's number follows.
    [
      'The settlement expires at the end of fiscal year 2026.',
      REF,
      [{ text: 'the end of fiscal year 2026', value: 'FY2026', mod: 'END' }],
    ],
    [
      'The levy applies from the start of financial year 2025.',
      REF,
      [{ text: 'the start of financial year 2025', value: 'FY2025', mod: 'START' }],
    ],
    [
      'Sales rose in early FY2025 and fell by mid-fiscal 2026.',
      REF,
      [
        { text: 'early FY2025', value: 'FY2025', mod: 'START' },
        { text: 'mid-fiscal 2026', value: 'FY2026', mod: 'MID' },
      ],
    ],
    // Without a number, the words name the current fiscal year, as before.
    [
      'The scheme runs until the end of this fiscal year.',
      REF,
      [{ text: 'the end of this fiscal year', value: 'FY2024', mod: 'END' }],
    ],
    ['The deal runs through fiscal year 2026.', REF, [{ text: 'fiscal year 2026', value: 'FY2026' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
