import { describe, expect, it } from 'vitest'
import { findDates } from '../dates/find-dates'
import { findStatistics } from './find-statistics'

/** The texts of the counts and of the dates found in a sentence. */
function read(sentence: string): { counts: string[]; dates: string[] } {
  return {
    counts: findStatistics(sentence).map((s) => s.text),
    dates: findDates(sentence, { reference: '2024-06-12' }).map((d) => d.text),
  }
}

describe('a day hyphened to its month', () => {
  it('is a date and no count', () => {
    expect(read('Date of offence: 31-Dec-2023')).toEqual({ counts: [], dates: ['31-Dec-2023'] })
    expect(read('Date of offence: 31-Dec-23')).toEqual({ counts: [], dates: ['31-Dec-23'] })
  })

  it('counts a number hyphened to a word that is no month', () => {
    expect(read('The 31-member board met.')).toEqual({ counts: ['31'], dates: [] })
  })
})

describe('a number after a day and its month', () => {
  it('counts what follows it, the month being the day’s', () => {
    expect(read('On 5 March 25 people were hurt.')).toEqual({ counts: ['25'], dates: ['5 March'] })
    expect(read('Between 3 and 5 Mar 40 people were hurt.')).toEqual({
      counts: ['40'],
      dates: ['3', '5 Mar'],
    })
  })

  it('is a year in two digits where a phrase ends, and a day after a month alone', () => {
    expect(read('The notice was issued on 5 Mar 25 when the shop shut.')).toEqual({
      counts: [],
      dates: ['5 Mar 25'],
    })
    expect(read('On March 25 police were called.')).toEqual({ counts: [], dates: ['March 25'] })
  })
})

describe('a range of years in words with its second year written short', () => {
  it('is two dates and no count', () => {
    expect(read('Emissions must fall between 2040 and 45.')).toEqual({ counts: [], dates: ['2040', '45'] })
    expect(read('The plan runs from 2030 to 35, the council said.')).toEqual({
      counts: [],
      dates: ['2030', '35'],
    })
  })

  it('counts what the second number counts, or a number before the first year', () => {
    expect(read('Between 2019 and 20 people were hurt.')).toEqual({ counts: ['20'], dates: ['2019'] })
    expect(read('It fell between 2040 and 35.')).toEqual({ counts: ['35'], dates: ['2040'] })
  })
})

describe('four digits before something counted', () => {
  describe('are a count after a plural determiner, a possessive or a preposition that is not of time', () => {
    const cases: [sentence: string, count: string][] = [
      ['The 1500 officers who took part in the operation were thanked.', '1500'],
      ['All 2000 staff were told to work from home.', '2000'],
      ['The 1200 people arrested were charged with public order offences.', '1200'],
      ['These 2000 new homes will be built by the council.', '2000'],
      ['The force’s 2000 officers were briefed.', '2000'],
      ['Our 1800 volunteers gave their time.', '1800'],
      ['Funding for 2000 officers was agreed.', '2000'],
      ['Calls from 2000 residents were logged.', '2000'],
      ['The estate was searched by 2000 officers.', '2000'],
    ]
    for (const [sentence, count] of cases)
      it(`counts ${count} in ${JSON.stringify(sentence)}, and no date agrees`, () => {
        expect(read(sentence)).toEqual({ counts: [count], dates: [] })
      })
  })

  describe('stay a year before a noun a year qualifies, or after a preposition of time', () => {
    const cases: [sentence: string, year: string][] = [
      ['The 2022 elections were close.', '2022'],
      ['Its 2023 accounts were late.', '2023'],
      ['The 2024 Olympics were a success.', '2024'],
      ['Since 2019 officers have patrolled the park.', '2019'],
      ['By 2030 homes will be warmer.', '2030'],
      ['Euro 2024 tickets sold out.', '2024'],
    ]
    for (const [sentence, year] of cases)
      it(`reads ${year} as a year in ${JSON.stringify(sentence)}`, () => {
        expect(read(sentence)).toEqual({ counts: [], dates: [year] })
      })
  })
})

describe('a qualified year before a later one', () => {
  it('stays a year, as the dates read it', () => {
    expect(read('From at least 2018 through 2021, he defrauded victims.')).toEqual({
      counts: [],
      dates: ['2018', '2021'],
    })
  })

  it('stays a year before a later year with its part', () => {
    expect(
      read(
        'According to the complaint, from at least 2018 through mid-2023, John R. Smith misappropriated client funds.',
      ),
    ).toEqual({ counts: [], dates: ['2018', 'mid-2023'] })
    expect(read('From at least 2019 to early 2022 the scheme ran.').counts).toEqual([])
  })

  it('stays a year after "between" and before "and" a later year', () => {
    expect(read('Between approximately 2015 and 2020, Smith stole funds from his employer.')).toEqual({
      counts: [],
      dates: ['approximately 2015', '2020'],
    })
    expect(read('Between about 2000 and 3000 people attended.').counts).toEqual([
      'Between about 2000 and 3000',
    ])
  })

  it('is a count when the later number counts something', () => {
    expect(read('At least 2000 through mid-2020 applications were made.').counts).toEqual(['At least 2000'])
    expect(read('At least 2000 through 2020 applications were made.').counts).toEqual([
      'At least 2000',
      '2020',
    ])
  })
})

describe('the first end of a range of times', () => {
  it('is a time only when the second end has its half of the day', () => {
    expect(read('The road was shut between 9 and 11pm.')).toEqual({ counts: [], dates: ['9', '11pm'] })
    expect(read('Between 9 and 11 officers attended at 11pm.')).toEqual({
      counts: ['Between 9 and 11'],
      dates: ['11pm'],
    })
  })
})

describe('hours and minutes with a stop', () => {
  it('are a time after a word of the clock, tied to a day or past noon, else a figure', () => {
    expect(read('Police were called at 14.32.')).toEqual({ counts: [], dates: ['14.32'] })
    expect(read('The rate stood at 14.32 per cent.').counts).toEqual(['14.32 per cent'])
    expect(read('Shares closed at 4.50 each.').counts).toEqual(['4.50'])
  })
})

describe('four digits after a verb of an event and "at"', () => {
  it('are a 24-hour time, as the dates read them, not a count', () => {
    expect(read('The convoy left at 1530.')).toEqual({ counts: [], dates: ['1530'] })
    expect(read('Officers arrived at the scene at 2140 and found two men.')).toEqual({
      counts: ['two'],
      dates: ['2140'],
    })
    expect(read('The team set off at 1745 from the base.')).toEqual({ counts: [], dates: ['1745'] })
  })
  it('stay a figure after a verb of a price or a setting, or before what they count', () => {
    expect(read('The shares opened at 1530.').counts).toEqual(['1530'])
    expect(read('Bail was set at 1500.').counts).toEqual(['1500'])
    expect(read('Donations arrived at 1530 a day.').counts).toEqual(['1530'])
  })
})

describe('four digits below 1900', () => {
  it('are a count unless "in", "since" or an Act makes them a year, on both sides', () => {
    expect(read('The force employs 1500.')).toEqual({ counts: ['1500'], dates: [] })
    expect(read('There was a rise in 1500 cases.')).toEqual({ counts: ['1500'], dates: [] })
    expect(read('In 1500 cases officers acted.')).toEqual({ counts: ['1500'], dates: [] })
    expect(read('The force was founded in 1829.')).toEqual({ counts: [], dates: ['1829'] })
    expect(read('Since 1861, the law has stood.')).toEqual({ counts: [], dates: ['1861'] })
    expect(read('He was charged under the Offences Against the Person Act 1861.')).toEqual({
      counts: [],
      dates: ['1861'],
    })
  })

  it('make both ends of a range a count when the second counts', () => {
    expect(read('Hiring went from 1000 to 2000 officers.').counts).toEqual(['from 1000 to 2000'])
  })
})

describe('a range of years below 1900', () => {
  it('reads both ends as years', () => {
    expect(read('Between 1600 and 1900 temperatures dropped.').counts).toEqual([])
    expect(read('The temple was built from 1000 to 1260.').counts).toEqual([])
  })

  it('still counts a range of numbers that is no pair of years', () => {
    expect(read('Between 1600 and 1200 officers were deployed.').counts).not.toEqual([])
  })
})

describe('a range of counts in four digits', () => {
  it('reads both ends as one count when the first is no year', () => {
    expect(read('The force hired 1500-2000 officers.')).toEqual({ counts: ['1500-2000'], dates: [] })
    expect(read('Between 1500 and 2000 officers attended.')).toEqual({
      counts: ['Between 1500 and 2000'],
      dates: [],
    })
  })

  it('keeps a pair of years', () => {
    expect(read('Between 2019 and 2023 officers were trained.')).toEqual({
      counts: [],
      dates: ['2019', '2023'],
    })
    expect(read('In 2019-2023 officers were trained.')).toEqual({ counts: [], dates: ['2019', '2023'] })
  })
})

describe('a clock in words', () => {
  it('is a time, not counts, as the dates read it', () => {
    for (const [sentence, clock] of [
      ['Officers were called at half past two in the morning.', 'half past two in the morning'],
      ['Crews arrived at a quarter to six.', 'a quarter to six'],
      // "weekdays" is a date of its own: the days the hours recur on.
      ['The shop opens at ten to five on weekdays.', 'ten to five'],
      ['The market opens at twenty past nine.', 'twenty past nine'],
    ] as const) {
      const { counts, dates } = read(sentence)
      expect(counts, sentence).toEqual([])
      expect(dates[0], sentence).toBe(clock)
    }
  })

  it('stays a count where nothing says time, or a noun is counted', () => {
    // A vote's tally is no time either, and its sides count nothing (see tallies.test.ts).
    expect(read('The council voted ten to five against the plan.')).toEqual({ counts: [], dates: [] })
    expect(read('Around five to ten people were hurt.').counts).toEqual(['Around five to ten'])
    expect(read('Police took two men past the cordon.').counts).toEqual(['two'])
    expect(read('The pair were sentenced to two years.').counts).toEqual([])
  })

  it('reads "by" after a word of change as leading the change, not a clock', () => {
    expect(read('Road deaths fell by three to nine.')).toEqual({ counts: ['three', 'nine'], dates: [] })
    expect(read('Deaths increased by two to 12 this year.').counts).toEqual(['two', '12'])
    // "by" as a deadline still leads a clock.
    const deadline = read('Officers must be in place by ten to five.')
    expect(deadline.counts).toEqual([])
    expect(deadline.dates).toHaveLength(1)
  })

  it('reads the British "half seven" as a time after a word of time', () => {
    for (const sentence of [
      'Doors open at half seven.',
      'The road will be closed from half eight on Saturday.',
      'The stall is open from half six until half nine in the evening.',
      // The hour in digits.
      'Doors open at half 7.',
      'The road will be closed from half 8 until half 9 on Saturday.',
      'Officers will patrol between half 10 and half 11 at night.',
      'The suspect fled at about half 10 last night.',
    ]) {
      const { counts, dates } = read(sentence)
      expect(counts, sentence).toEqual([])
      expect(dates.length, sentence).toBeGreaterThan(0)
    }
  })

  it('keeps the count of a half and a number that is no clock', () => {
    expect(read('He cut the cake in half seven times.').counts).toEqual(['seven'])
    expect(read('Officers seized half seven tonnes of cannabis.').counts).toContain('seven tonnes')
    expect(read('He cut the cake in half 7 times.').counts).toEqual(['7'])
    expect(read('Officers seized half 7 tonnes of cannabis.').counts).toContain('7 tonnes')
    expect(read('Arrests fell by half 7,000 to 3,500.').counts).toContain('7,000')
    expect(read('Doors open at half 15.').counts).toEqual(['15'])
  })
})

describe('the second day of a range after its month', () => {
  it('is a day, as the dates read it, whatever links the days', () => {
    for (const sentence of [
      'Police mounted an operation in Kowloon West from March 1 to 3, arresting 15 persons.',
      'The event runs between June 4 and 6 at the park.',
      'The festival runs June 4 through 6.',
      'From Nov. 1 to 3, deputies made 40 arrests.',
      'The road closes June 4 & 5.',
    ]) {
      const { counts, dates } = read(sentence)
      expect(
        counts.filter((c) => /^\d$/.test(c)),
        sentence,
      ).toEqual([])
      expect(dates.length, sentence).toBeGreaterThan(1)
    }
  })

  it('stays a count before what it counts, or when it is no later day', () => {
    expect(read('Officers made arrests on June 4 and 12 more on June 5.').counts).toEqual(['12'])
    expect(read('Police arrested 3 men on June 4 and 5 women on June 6.').counts).toEqual(['3', '5'])
    expect(read('The fund paid out on June 4 to 3 charities.').counts).toEqual(['3'])
    expect(read('On June 14 and 3 days later, officers returned.').counts).toEqual([])
    expect(read('By June 14 and 40 more arrests, the total rose.').counts).toEqual(['40'])
  })
})

describe('a period up to a day', () => {
  it('is one period of the dates, and its numbers no figures', () => {
    expect(read('Crime fell by 12% in the year to 30 June 2023.')).toEqual({
      counts: ['12%'],
      dates: ['the year to 30 June 2023'],
    })
    expect(read('There were 4,500 arrests in the 12 months to June 30, 2023.')).toEqual({
      counts: ['4,500'],
      dates: ['the 12 months to June 30, 2023'],
    })
    expect(read('In the year ending 31 March, thefts rose by 5%.')).toEqual({
      counts: ['5%'],
      dates: ['the year ending 31 March'],
    })
  })
})

describe('a year of an era', () => {
  const counts = (sentence: string) => findStatistics(sentence).map((s) => s.text)

  it('is no count before or after its era, nor at the second end of its range', () => {
    expect(counts('The temple was built between A.D. 1000 and 1260 and later conquered.')).toEqual([])
    expect(counts('The coins date from AD 43 and 410 BC; the city was founded around 753 BC.')).toEqual([])
    expect(counts('The wall was finished in 122 CE, and the fort by 500 B.C.')).toEqual([])
  })

  it('is no count before a capitalised subject and its verb after the era', () => {
    expect(counts('753 B.C. Rome grew into a city.')).toEqual([])
    expect(counts('In 753 BC Romulus founded Rome, and by 43 AD Claudius had invaded Britain.')).toEqual([])
    expect(counts('Around 500 BCE Athens is thought to have become a democracy.')).toEqual([])
  })

  it('counts people or things of a body named after "BC"', () => {
    expect(counts('About 300 BC Hydro workers and 40 BC RCMP officers attended.')).toEqual([
      'About 300',
      '40',
    ])
    expect(counts('Some 1200 BC Hydro customers and 200 BC Hydro staff were affected.')).toEqual([
      'Some 1200',
      '200',
    ])
  })

  it('leaves British Columbia and a word after the era a count', () => {
    expect(counts('About 1,200 BC residents and 300 BC Hydro workers were affected.')).toEqual([
      'About 1,200',
      '300',
    ])
    expect(counts('The fort held 300 AD troops.')).toEqual(['300'])
    expect(counts('About 400 B.C. residents and 120 BC Ferries staff were moved.')).toEqual([
      'About 400',
      '120',
    ])
  })

  it('is no count with dotted eras or with a word of grammar after the era', () => {
    expect(counts('The settlement was used from 500 B.C. onwards.')).toEqual([])
    expect(counts('Coins from 410 BC and AD 43 were found, and a pot from 200 A.D. too.')).toEqual([])
    expect(counts('The wall dates to 300 B.C.E. and the road to 120 C.E. in the survey.')).toEqual([])
    expect(counts('The site was settled around 3000 BCE when farming began.')).toEqual([])
  })

  it('is no count with spaced stops, before "according to", an article or a past tense', () => {
    expect(counts('The settlement dates to 500 B. C. according to archaeologists.')).toEqual([])
    expect(counts('The wall dates to 122 A.D. according to records.')).toEqual([])
    expect(counts('In 500 B. C. the city was founded, and in A. D. 79 Vesuvius erupted.')).toEqual([])
    expect(counts('The site was settled around 500 BCE according to experts.')).toEqual([])
    expect(
      counts('The town was sacked in 410 BC and began to decline; by 70 CE the port became silted.'),
    ).toEqual([])
    expect(counts('In 27 BC began the reign of Augustus, who ruled until AD 14.')).toEqual([])
  })

  it('is no count after a word of time opening the clause, before its subject and verb', () => {
    expect(counts('In 500 BC Greek colonists founded the city.')).toEqual([])
    expect(counts('In 480 BC Persian forces invaded Greece, and by 300 BC settlers had cleared it.')).toEqual(
      [],
    )
    expect(counts('Until 200 B.C. farmers from the valley traded salt.')).toEqual([])
    expect(
      counts('The tools date from c. 753 BC and show that, in 600 BCE Etruscan traders arrived.'),
    ).toEqual([])
  })

  it('still counts after a word of time that opens no clause, or before a comma that closes the phrase', () => {
    expect(counts('In 300 BC Hydro homes, crews restored power.')).toEqual(['300'])
    expect(counts('Power was restored in 300 BC Hydro homes overnight.')).toEqual(['300'])
    expect(counts('Around 300 BC Hydro workers went on strike.')).toEqual(['Around 300'])
    expect(counts('The petition was signed by 300 BC Hydro workers and 40 BC Ferries crews.')).toEqual([
      '300',
      '40',
    ])
  })

  it('counts after a fronted word of time when a new subject follows the plural noun, with no comma', () => {
    expect(counts('In 300 BC Hydro homes the power failed overnight.')).toEqual(['300'])
    expect(counts('In 1200 BC Hydro homes they lost heat for a day.')).toEqual(['1200'])
    expect(counts('By 200 BC Ferries sailings a new booking system was running.')).toEqual(['200'])
    expect(counts('In 40 BC Transit buses we found faulty brakes.')).toEqual(['40'])
  })

  it('keeps the year when the phrase after the era goes on to its verb, or the subject opens at once', () => {
    expect(counts('In 500 BC Greek colonists founded the city.')).toEqual([])
    expect(counts('In 500 BC the Greeks founded the city.')).toEqual([])
    expect(counts('In 500 BC Persians and Greeks fought at sea.')).toEqual([])
    expect(counts('By 300 BC Roman settlers had arrived.')).toEqual([])
    // A singular noun before the article is no subject of its own: the year stands.
    expect(counts('In 480 BC Athens the city rebuilt its walls.')).toEqual([])
  })

  it('still counts a province or a body before a noun after "B.C."', () => {
    expect(counts('There are 500 B.C. residents affected and 40 B.C. government offices closed.')).toEqual([
      '500',
      '40',
    ])
  })
})

describe('a qualified count after a date and a dash', () => {
  it('keeps its qualifier: the dash opens no range of days', () => {
    expect(
      findStatistics(
        '12 June 2019 - Around 60 customs and police officers from Ghana, Togo and Benin completed a two-week course.',
      ).map((s) => [s.text, s.qualifier]),
    ).toEqual([['Around 60', 'approx']])
    expect(findStatistics('June 12 - about 60 officers attended.').map((s) => [s.text, s.qualifier])).toEqual(
      [['about 60', 'approx']],
    )
  })

  it('still reads the second day of a range of days as a date', () => {
    expect(findStatistics('The event runs November 1-2.')).toEqual([])
    expect(findStatistics('The event runs on Sept. 20-24.')).toEqual([])
  })
})
