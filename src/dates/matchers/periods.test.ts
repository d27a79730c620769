/** Seasons of a year named relative to the reference: "the spring of last year", "summer this year". */
import { describe, expect, it } from 'vitest'
import { findDates } from '../find-dates'
import { type Case, expectCase, oneParagraphRelease } from '../test-helpers'

// A Wednesday in June: last year is 2023.
const REF = '2024-06-12'

describe('the start, middle or end of a season', () => {
  const cases: Case[] = [
    [
      'The trial runs until the end of the summer.',
      REF,
      [{ text: 'the end of the summer', value: '2024-SU', mod: 'END' }],
    ],
    [
      'At the start of winter 2023, crime rose.',
      REF,
      [{ text: 'the start of winter 2023', value: '2023-WI', mod: 'START' }],
    ],
    [
      'It ends in the middle of autumn.',
      REF,
      [{ text: 'the middle of autumn', value: '2024-FA', mod: 'MID' }],
    ],
    // A part written in one word keeps its own reading.
    ['It opens in early summer.', REF, [{ text: 'early summer', value: '2024-SU', mod: 'START' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('seasons of a relative year', () => {
  const cases: Case[] = [
    [
      'The offences took place in the spring of last year, when the victim was living in Leeds.',
      REF,
      [
        {
          text: 'the spring of last year',
          value: '2023-SP',
          type: 'DATE',
          start: '2023-03-01',
          end: '2023-05-31',
        },
      ],
    ],
    [
      'Officers began the investigation in the autumn of last year.',
      REF,
      [{ text: 'the autumn of last year', value: '2023-FA' }],
    ],
    [
      'The new unit will be in place by the summer of next year, and work started in spring this year.',
      REF,
      [
        { text: 'the summer of next year', value: '2025-SU' },
        { text: 'spring this year', value: '2024-SP' },
      ],
    ],
    [
      'Patrols were stepped up in early spring of last year.',
      REF,
      [{ text: 'early spring of last year', value: '2023-SP', mod: 'START' }],
    ],
    // With no reference and no evidence, the year is unknown, as for "November of last year".
    [
      'The offences took place in the winter of last year.',
      null,
      [{ text: 'the winter of last year', value: 'XXXX-WI' }],
    ],
    // The same shape with a month, as an undated Eurojust release writes it.
    [
      'The operation drew on the experience of the dedicated team into a similar network, which led to 29 arrests in October and November of last year.',
      REF,
      [
        { text: 'October', value: '2023-10' },
        { text: 'November of last year', value: '2023-11' },
      ],
    ],
    // Not seasons: a verb, and a fall that belongs to last year's champion (the year stays a date).
    ['She will spring into action if needed.', REF, []],
    ['The fall of last year’s champion surprised everyone.', REF, [{ text: 'last year', value: '2023' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a period up to the end of a month', () => {
  const cases: Case[] = [
    // "to the end of March 2024" ends where "to March 2024" does: one period, as that one is.
    [
      'Crime fell in the 12 months to the end of March 2024.',
      '2024-07-18',
      [
        {
          text: 'the 12 months to the end of March 2024',
          value: 'P12M',
          type: 'DURATION',
          start: '2023-04-01',
          end: '2024-03-31',
        },
      ],
    ],
    [
      'Crime fell in the 12 months to March 2024.',
      '2024-07-18',
      [{ text: 'the 12 months to March 2024', value: 'P12M' }],
    ],
    [
      'Knife crime fell 5% in the year to the end of June.',
      '2024-07-18',
      [{ text: 'the year to the end of June', value: 'P1Y', start: '2023-07-01', end: '2024-06-30' }],
    ],
    // The day before the month, or after it as US releases write it: one period to that day's month.
    [
      'Crime fell by 12% in the year to 30 June 2023.',
      '2024-07-18',
      [{ text: 'the year to 30 June 2023', value: 'P1Y', start: '2022-07-01', end: '2023-06-30' }],
    ],
    [
      'Revenue rose in the fiscal year ended September 30, 2024, the company said.',
      '2024-12-02',
      [
        {
          text: 'the fiscal year ended September 30, 2024',
          value: 'P1Y',
          type: 'DURATION',
          start: '2023-10-01',
          end: '2024-09-30',
        },
      ],
    ],
    [
      'There were 4,500 arrests in the 12 months to June 30th 2023 and in the year to March 31.',
      '2024-07-18',
      [
        { text: 'the 12 months to June 30th 2023', value: 'P12M', start: '2022-07-01', end: '2023-06-30' },
        { text: 'the year to March 31', value: 'P1Y', start: '2023-04-01', end: '2024-03-31' },
      ],
    ],
    // A quarter that ends in a month; a month abbreviated with its stop.
    [
      'Revenue for the quarter ended March 31, 2025 rose 4%.',
      '2025-06-10',
      [{ text: 'the quarter ended March 31, 2025', value: 'P3M', start: '2025-01-01', end: '2025-03-31' }],
    ],
    [
      'The fiscal year ended Sept. 30, and revenue rose.',
      '2024-12-02',
      [{ text: 'The fiscal year ended Sept. 30', value: 'P1Y', start: '2023-10-01', end: '2024-09-30' }],
    ],
    ['The quarter ended with a loss.', '2025-06-10', []],
    // The year ending a month as statistics offices abbreviate it: "YE", in capitals, with a year of
    // two or four digits, and "(YE)" after "the year ending".
    [
      'Crime fell 5% in YE Mar 24 compared with YE Mar 23.',
      '2024-07-18',
      [
        { text: 'YE Mar 24', value: 'P1Y', type: 'DURATION', start: '2023-04-01', end: '2024-03-31' },
        { text: 'YE Mar 23', value: 'P1Y', start: '2022-04-01', end: '2023-03-31' },
      ],
    ],
    [
      'Arrests for YE June 2025 rose.',
      '2025-10-01',
      [{ text: 'YE June 2025', value: 'P1Y', start: '2024-07-01', end: '2025-06-30' }],
    ],
    [
      'Offences in the year ending (YE) March 2024 fell.',
      '2024-07-18',
      [{ text: 'the year ending (YE) March 2024', value: 'P1Y', start: '2023-04-01', end: '2024-03-31' }],
    ],
    ['Ye olde inn reopened on March 24.', '2024-07-18', [{ text: 'March 24', value: '2024-03-24' }]],
    // A number after the month that a word follows is no day of it.
    [
      'In the year to March 5 officers were injured.',
      '2024-07-18',
      [{ text: 'the year to March', value: 'P1Y', start: '2023-04-01', end: '2024-03-31' }],
    ],
    // Not a period: "the year" before an infinitive (a NaVCIS release).
    [
      'The vehicle crime intensification week has been a huge success, particularly at ports, where NaVCIS officers work hard every day of the year to intercept and seize stolen vehicles before they are exported overseas.',
      '2024-07-18',
      [{ text: 'every day of the year', value: 'P1D', type: 'SET' }],
    ],
    // A half year to a month is six months, as company results write it.
    [
      'Results for the half year ended 30 September 2024 are attached.',
      '2024-11-04',
      [
        {
          text: 'the half year ended 30 September 2024',
          value: 'P6M',
          start: '2024-04-01',
          end: '2024-09-30',
        },
      ],
    ],
    [
      'Revenue for the half-year to 31 December 2023 rose 8%.',
      '2024-02-20',
      [{ text: 'the half-year to 31 December 2023', value: 'P6M', start: '2023-07-01', end: '2023-12-31' }],
    ],
    // Near miss: a half of something else before "year" is no half year.
    [
      'Arrests rose by half, year to March 2024.',
      '2024-07-18',
      [{ text: 'year to March 2024', value: 'P1Y', start: '2023-04-01', end: '2024-03-31' }],
    ],
    // Not a period: the end of a month alone.
    [
      'The scheme will run to the end of March 2025.',
      '2024-07-18',
      [{ text: 'the end of March 2025', value: '2025-03', mod: 'END' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a quarter named by the month it ends in', () => {
  const cases: Case[] = [
    [
      'GDP rose 0.3% in the March quarter.',
      REF,
      [{ text: 'the March quarter', value: '2024-Q1', type: 'DATE' }],
    ],
    [
      'Employment grew in the September 2023 quarter.',
      REF,
      [{ text: 'the September 2023 quarter', value: '2023-Q3', type: 'DATE' }],
    ],
    [
      'Prices fell in the December quarter 2023.',
      REF,
      [{ text: 'the December quarter 2023', value: '2023-Q4' }],
    ],
    // Written in June, a past September quarter is last year's.
    ['Exports rose in the September quarter.', REF, [{ text: 'the September quarter', value: '2023-Q3' }]],
    // Near-misses: a month that ends no quarter, and a quarter of something else.
    ['Sales were weak in the May quarter.', REF, []],
    [
      'He left in June, a quarter of a century ago.',
      REF,
      [
        { text: 'June', value: '2024-06' },
        { text: 'a century ago', value: '1924' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a part of a quarter', () => {
  const cases: Case[] = [
    [
      'The new system will be in place by the end of the third quarter.',
      REF,
      [{ text: 'the end of the third quarter', value: '2024-Q3', mod: 'END', type: 'DATE' }],
    ],
    ['Deliveries start in late Q4 2024.', REF, [{ text: 'late Q4 2024', value: '2024-Q4', mod: 'END' }]],
    [
      'The plant reopens at the start of Q3.',
      REF,
      [{ text: 'the start of Q3', value: '2024-Q3', mod: 'START' }],
    ],
    ['Results are due end-Q3.', REF, [{ text: 'end-Q3', value: '2024-Q3', mod: 'END' }]],
    // A quarter alone keeps its bounds; "the end of the quarter" names no quarter.
    ['Sales rose in Q3 2023.', REF, [{ text: 'Q3 2023', value: '2023-Q3', mod: null }]],
    ['Figures are due at the end of the quarter.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a quarter of a split year', () => {
  const cases: Case[] = [
    // The split year follows the range rule: the quarter with its first year, and the second year.
    [
      'Figures for Q4 2023/24 show a rise in knife crime.',
      REF,
      [
        { text: 'Q4 2023', value: '2023-Q4', type: 'DATE' },
        { text: '24', value: '2024', type: 'DATE' },
      ],
    ],
    [
      'Arrests rose in the first quarter of 2024-25.',
      REF,
      [
        { text: 'the first quarter of 2024', value: '2024-Q1' },
        { text: '25', value: '2025' },
      ],
    ],
    // Years that are not one after the other are no split year.
    ['Data for Q3 2019-2021 are revised.', REF, [{ text: 'Q3 2019', value: '2019-Q3' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Tuesday 3 December 2024: this year's spring, summer and autumn are over.
describe('a season in a future clause after it has passed this year', () => {
  const DEC3 = '2024-12-03'
  const cases: Case[] = [
    // The corpus's "a refresh of the plan due to be delivered this summer", written late in the year.
    [
      'Feedback will be used to shape a refresh of the plan due to be delivered this summer.',
      DEC3,
      [{ text: 'this summer', value: '2025-SU' }],
    ],
    ['In the autumn, the council will review the scheme.', DEC3, [{ text: 'the autumn', value: '2025-FA' }]],
    // Near-misses: a past clause, a season still to come this year, and winter, which spans the new year.
    [
      'The seizures this autumn were part of an annual operation.',
      DEC3,
      [
        { text: 'this autumn', value: '2024-FA' },
        { text: 'annual', value: 'P1Y', type: 'SET' },
      ],
    ],
    ['Officers will patrol parks this summer.', '2024-05-03', [{ text: 'this summer', value: '2024-SU' }]],
    ['This winter will be cold.', DEC3, [{ text: 'This winter', value: '2024-WI' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a season that opens a sentence as the modifier of a noun', () => {
  const DEC = '2024-12-10'
  const cases: Case[] = [
    // Read as the same words inside a sentence are ("summer patrols planned"); a headline's
    // "planned" leaves out its "are", and looks ahead.
    ['Summer patrols planned', DEC, [{ text: 'Summer', value: '2025-SU' }]],
    ['Summer patrols will be stepped up.', DEC, [{ text: 'Summer', value: '2025-SU' }]],
    ['Winter vaccination programme begins', DEC, [{ text: 'Winter', value: '2024-WI' }]],
    [
      'The figures were published. Winter pressures ease at hospitals.',
      DEC,
      [{ text: 'Winter', value: '2024-WI' }],
    ],
    ['Autumn leaf clearance begins in the park', '2024-09-20', [{ text: 'Autumn', value: '2024-FA' }]],
    [
      'Sergeant Jane Winter led the operation.\n\nSummer patrols will follow.',
      DEC,
      [{ text: 'Summer', value: '2025-SU' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    // A name: before a verb, in Title Case, or written so inside a sentence of the same text.
    ['Winter said the figures were clear.', DEC, []],
    ['Summer was found safe and well.', DEC, []],
    ['Summer, 12, was found safe.', DEC, []],
    ['Winter Gardens reopens after repairs.', DEC, []],
    ['Summer Smith opened the fete.', DEC, []],
    ['Sergeant Tom Winter led the team. Winter patrols were his idea.', DEC, []],
    // The name written in another paragraph of the text.
    ['Sergeant Jane Winter led the operation.\n\nWinter thanks residents for their help.', DEC, []],
    // "Spring" and "Fall" are verbs and nouns too.
    ['Spring clean begins at the park', DEC, []],
    ['Fall prevention classes start', DEC, []],
  ]
  it.each(nearMisses)('gives no season: %s', (...c) => expectCase(c))

  it('reads a long run of sentence-opening seasons in bounded time', () => {
    const text = 'Winter patrols begin. '.repeat(400)
    expect(findDates(text, { reference: DEC })).toHaveLength(400)
  })

  it('reads a long run of paragraphs opening with a season in bounded time', () => {
    const text = 'Winter patrols begin.\n\n'.repeat(2000)
    expect(findDates(text, { reference: DEC })).toHaveLength(2000)
  })

  // A headline in Title Case: the noun's capital is the headline's, and the season is read as in
  // "Summer patrols planned".
  const titleCase: Case[] = [
    ['Summer Patrols Planned', DEC, [{ text: 'Summer', value: '2025-SU' }]],
    ['Summer Patrols Planned For Seafront', DEC, [{ text: 'Summer', value: '2025-SU' }]],
    ['Winter Pressures Ease At Hospitals', DEC, [{ text: 'Winter', value: '2024-WI' }]],
    ['Winter Vaccination Programme Begins', DEC, [{ text: 'Winter', value: '2024-WI' }]],
    [
      'Summer Patrols Planned\n\nExtra patrols will run along the seafront.',
      DEC,
      [{ text: 'Summer', value: '2025-SU' }],
    ],
  ]
  it.each(titleCase)('reads a headline in Title Case: %s', (...c) => expectCase(c))

  const titleCaseMisses: Case[] = [
    // A name's noun after the season, a verb, a sentence with its stop, or a name the text writes
    // inside a sentence (the season's or the word's after it).
    ['Summer Festival Returns', DEC, []],
    ['Summer Reading Challenge Launches', DEC, []],
    ['Winter Gardens Reopens After Repairs', DEC, []],
    ['Winter Says Figures Are Clear', DEC, []],
    ['Summer Patrols Planned.', DEC, []],
    ['Summer Patrols Planned\nSergeant Jane Summer said patrols will run.', DEC, []],
    [
      'Summer Smith Opens The Fete\n\nThe fete was opened by Ms Smith on Saturday.',
      DEC,
      [{ text: 'Saturday', value: '2024-12-07' }],
    ],
    // Not at a line's start.
    ['The show: Summer Patrols Planned Today', DEC, []],
  ]
  it.each(titleCaseMisses)('gives no season in a headline in Title Case: %s', (...c) => expectCase(c))

  it('reads a long run of headlines in Title Case in bounded time', () => {
    const text = 'Summer Patrols Planned\n'.repeat(400)
    expect(findDates(text, { reference: DEC })).toHaveLength(400)
    const named = `${'Summer Smith Opens Fete\n'.repeat(400)}\nIt was opened by Ms Smith.`
    expect(findDates(named, { reference: DEC })).toHaveLength(0)
  })
})

describe('"spring" and "fall" after a preposition, closing the phrase', () => {
  const cases: Case[] = [
    [
      'The RCMP will release its report in the spring.',
      '2024-03-20',
      [{ text: 'the spring', value: '2024-SP', type: 'DATE' }],
    ],
    ['Work will begin in the fall, officials said.', '2024-03-20', [{ text: 'the fall', value: '2024-FA' }]],
    [
      'The plan is expected by the spring and summer.',
      '2024-03-20',
      [
        { text: 'the spring', value: '2024-SP' },
        { text: 'summer', value: '2024-SU' },
      ],
    ],
    // A spring of water, a fall in a figure and the fall of a city are no seasons.
    ['He bathed in the spring water near the camp.', '2024-03-20', []],
    ['Officers welcomed the fall in burglaries.', '2024-03-20', []],
    ['The report looked at events after the fall of Kabul.', '2024-03-20', []],
    ['Water was found in the spring behind the house.', '2024-03-20', []],
    // With no determiner, as British, Irish and New Zealand releases write it.
    ['The new funding round opens in spring.', '2024-03-20', [{ text: 'spring', value: '2024-SP' }]],
    [
      'Works will begin in spring and finish by autumn.',
      '2024-03-20',
      [
        { text: 'spring', value: '2024-SP' },
        { text: 'autumn', value: '2024-FA' },
      ],
    ],
    ['Students will return to campus in fall.', '2024-03-20', [{ text: 'fall', value: '2024-FA' }]],
    ['He was found in spring water near the camp.', '2024-03-20', []],
    ['Prices are expected to fall in line with demand.', '2024-03-20', []],
    ['There was a fall in crime.', '2024-03-20', []],
    // "for" a season on a timetable; "for spring water" and "for the fall guy" are no seasons.
    ['New homes planned for spring', '2024-03-20', [{ text: 'spring', value: '2024-SP' }]],
    ['The consultation is set for the fall.', '2024-03-20', [{ text: 'the fall', value: '2024-FA' }]],
    ['Residents asked for spring water to be tested.', '2024-03-20', []],
    ['He fell for the fall guy routine.', '2024-03-20', []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Monday 18 March 2024: the second, third and fourth quarters of this year are still to come.
describe('a quarter with no year, placed by the tense of its clause', () => {
  const cases: Case[] = [
    [
      'Sales rose 4% in the third quarter, the company said.',
      '2024-03-18',
      [{ text: 'the third quarter', value: '2023-Q3', type: 'DATE' }],
    ],
    [
      'The company reported higher third-quarter earnings.',
      '2024-03-18',
      [{ text: 'third-quarter', value: '2023-Q3' }],
    ],
    [
      'Third-quarter revenue will be published in October.',
      '2024-03-18',
      [
        { text: 'Third-quarter', value: '2024-Q3' },
        { text: 'October', value: '2024-10' },
      ],
    ],
    [
      'Sales will rise in the first quarter.',
      '2024-11-20',
      [{ text: 'the first quarter', value: '2025-Q1' }],
    ],
    // A quarter already begun, or one of no tense, stays in the reference year.
    ['Sales rose in the first quarter.', '2024-03-18', [{ text: 'the first quarter', value: '2024-Q1' }]],
    ['Sales rose in the third quarter.', '2024-11-20', [{ text: 'the third quarter', value: '2024-Q3' }]],
    [
      'The third quarter of 2024 was strong.',
      '2024-03-18',
      [{ text: 'The third quarter of 2024', value: '2024-Q3' }],
    ],
    // A third of something is a share, not a quarter.
    ['A third-party supplier was used.', '2024-03-18', []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a winter told in the past after it has ended', () => {
  const cases: Case[] = [
    [
      'During the winter, staff saw record demand.',
      '2024-03-14',
      [{ text: 'the winter', value: '2023-WI', start: '2023-12-01', end: '2024-02-29' }],
    ],
    [
      'The scheme ran over the winter months.',
      '2024-10-10',
      [{ text: 'the winter months', value: '2023-WI' }],
    ],
    // A winter to come, one without a tense, and one told in December, which is in it, stay this year's.
    ['Demand will rise this winter.', '2024-03-14', [{ text: 'this winter', value: '2024-WI' }]],
    ['Officers prepare for winter pressures.', '2024-10-10', [{ text: 'winter', value: '2024-WI' }]],
    ['During the winter, staff saw record demand.', '2024-12-10', [{ text: 'the winter', value: '2024-WI' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a quarter of a fiscal year', () => {
  const cases: Case[] = [
    [
      'Revenue rose 8% in the third quarter of fiscal 2024.',
      REF,
      [{ text: 'the third quarter of fiscal 2024', value: 'FY2024-Q3', type: 'DATE' }],
    ],
    [
      'The company reported a loss for fiscal Q3 2024.',
      REF,
      [{ text: 'fiscal Q3 2024', value: 'FY2024-Q3' }],
    ],
    [
      'Spending is forecast to rise in Q3 of fiscal year 2025.',
      REF,
      [{ text: 'Q3 of fiscal year 2025', value: 'FY2025-Q3' }],
    ],
    ['Sales in Q3 FY24 were the highest on record.', REF, [{ text: 'Q3 FY24', value: 'FY2024-Q3' }]],
    ['In FY2024 Q2, arrests fell.', REF, [{ text: 'FY2024 Q2', value: 'FY2024-Q2' }]],
    [
      'The third fiscal quarter of 2024 closed with 120 new officers.',
      REF,
      [{ text: 'The third fiscal quarter of 2024', value: 'FY2024-Q3' }],
    ],
    [
      'Results for the fourth quarter of the 2023 fiscal year are published today.',
      REF,
      [
        { text: 'the fourth quarter of the 2023 fiscal year', value: 'FY2023-Q4' },
        { text: 'today', value: '2024-06-12' },
      ],
    ],
    // A split year follows the range rule.
    [
      'Recruitment rose in the first quarter of fiscal year 2023/24.',
      REF,
      [
        { text: 'the first quarter of fiscal year 2023', value: 'FY2023-Q1' },
        { text: '24', value: 'FY2024' },
      ],
    ],
    // Near misses: a calendar quarter, and a quarter beside a fiscal year it does not name.
    [
      'Revenue rose in the third quarter of 2024.',
      REF,
      [{ text: 'the third quarter of 2024', value: '2024-Q3' }],
    ],
    [
      'Revenue rose in Q3 2024 and over fiscal 2024.',
      REF,
      [
        { text: 'Q3 2024', value: '2024-Q3' },
        { text: 'fiscal 2024', value: 'FY2024' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))

  it("counts the quarters from the first month of the publisher's year", () => {
    const read = (source: string | null, text: string) =>
      findDates(oneParagraphRelease(text, source), { reference: REF }).map((m) => [m.value, m.start, m.end])
    // A US federal year starts in October: its third quarter is April to June.
    expect(read('U.S. Department of Justice', 'Seizures rose in the third quarter of fiscal 2024.')).toEqual([
      ['FY2024-Q3', '2024-04-01', '2024-06-30'],
    ])
    // With no country and no money, "financial" is the UK's year, April to March, named by its
    // start; "fiscal" the US's.
    expect(read(null, 'Seizures rose in the third quarter of financial year 2024.')).toEqual([
      ['FY2024-Q3', '2024-10-01', '2024-12-31'],
    ])
    expect(read(null, 'Seizures rose in the third quarter of fiscal 2024.')).toEqual([
      ['FY2024-Q3', '2024-04-01', '2024-06-30'],
    ])
    // Pounds say the UK's year, whatever the word.
    expect(read(null, 'Seizures worth £2m rose in the third quarter of fiscal 2024.')).toEqual([
      ['FY2024-Q3', '2024-10-01', '2024-12-31'],
    ])
  })
})

describe('a half of a fiscal year', () => {
  const cases: Case[] = [
    // Its months count from the first of the publisher's year: a financial year from April, named
    // by the year it starts in; a fiscal one from October, named by the year it ends in.
    [
      'Revenue rose 8% in H1 FY25.',
      REF,
      [{ text: 'H1 FY25', value: 'FY2025-H1', type: 'DATE', start: '2025-04-01', end: '2025-09-30' }],
    ],
    ['Revenue rose in 1H FY25.', REF, [{ text: '1H FY25', value: 'FY2025-H1' }]],
    ['Margins fell in FY24 H2.', REF, [{ text: 'FY24 H2', value: 'FY2024-H2' }]],
    [
      'Sales grew in the second half of fiscal 2025.',
      REF,
      [
        {
          text: 'the second half of fiscal 2025',
          value: 'FY2025-H2',
          start: '2025-04-01',
          end: '2025-09-30',
        },
      ],
    ],
    ['Costs rose in the first half of FY25.', REF, [{ text: 'the first half of FY25', value: 'FY2025-H1' }]],
    // Near misses: a calendar half, and a fiscal year with no half.
    ['Costs rose in H1 2025.', REF, [{ text: 'H1 2025', value: '2025-H1' }]],
    ['Costs rose in FY25.', REF, [{ text: 'FY25', value: 'FY2025' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a half of a year written with its number first', () => {
  const cases: Case[] = [
    [
      'In 1H25, revenue rose 4%.',
      '2025-03-10',
      [{ text: '1H25', value: '2025-H1', start: '2025-01-01', end: '2025-06-30' }],
    ],
    ['Profit in 2H 2024 was flat.', '2025-03-10', [{ text: '2H 2024', value: '2024-H2' }]],
    ['The 2H24 outlook is positive.', '2025-03-10', [{ text: '2H24', value: '2024-H2' }]],
    // Near misses: a clock written with a small h, and a grade's code.
    [
      'The meeting starts at 1h25.',
      '2025-03-10',
      [{ text: '1h25', value: '2025-03-10T01:25', type: 'TIME' }],
    ],
    ['Grade 1H2 steel was used.', '2025-03-10', []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a quarter with no year, beside a year it shares or results it reports', () => {
  const cases: Case[] = [
    // The year after "and" is the quarter's too.
    [
      'Acme Corp reports fourth quarter and full year 2024 results',
      '2025-02-06',
      [
        { text: 'fourth quarter', value: '2024-Q4' },
        { text: '2024', value: '2024' },
      ],
    ],
    [
      'Acme announces fourth quarter and fiscal 2024 results',
      '2025-02-06',
      [
        { text: 'fourth quarter', value: '2024-Q4' },
        { text: 'fiscal 2024', value: 'FY2024' },
      ],
    ],
    [
      'Acme reports Q3 and full-year 2023 results',
      '2024-02-06',
      [
        { text: 'Q3', value: '2023-Q3' },
        { text: '2023', value: '2023' },
      ],
    ],
    // Results reported are of a quarter that has ended.
    [
      'Acme Corp reports fourth quarter results',
      '2025-02-06',
      [{ text: 'fourth quarter', value: '2024-Q4' }],
    ],
    [
      'Acme reports fourth quarter and full year results',
      '2025-02-06',
      [{ text: 'fourth quarter', value: '2024-Q4' }],
    ],
    // Near-miss: results still to come are of the quarter ahead.
    [
      'Acme will report first quarter results on May 1.',
      '2025-02-06',
      [
        { text: 'first quarter', value: '2025-Q1' },
        { text: 'May 1', value: '2025-05-01' },
      ],
    ],
    // Near-miss: a quarter already ended in the reference year keeps it.
    ['Acme reports first quarter results', '2025-05-06', [{ text: 'first quarter', value: '2025-Q1' }]],
    // Near-miss: a quarter of no results and no shared year stays in the reference year.
    [
      'Acme expects growth in the fourth quarter.',
      '2025-02-06',
      [{ text: 'the fourth quarter', value: '2025-Q4' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a season in capitals opening the name of an event', () => {
  const cases: Case[] = [
    ['Tickets for the Winter Festival are sold out.', '2024-12-10', []],
    ['The Autumn Statement was delivered to Parliament.', '2024-12-10', []],
    ['The Spring Statement is due.', '2024-12-10', []],
    // Near-miss: a season in capitals before a word in lower case, a month or its end is the season.
    [
      'During the Summer months we patrol more.',
      '2024-12-10',
      [{ text: 'the Summer months', value: '2024-SU' }],
    ],
    ['We met in the Summer.', '2024-08-10', [{ text: 'the Summer', value: '2024-SU' }]],
    ['The scheme runs until the Winter.', '2024-12-10', [{ text: 'the Winter', value: '2024-WI' }]],
    ['Tickets for the last Summer Olympics sold out.', '2025-12-10', []],
    // Words in capitals that close on a name's noun keep the name even after "this", "last" or "next".
    ['This Summer Reading Challenge', '2024-12-10', []],
    ['This Summer Reading Challenge runs in libraries.', '2024-12-10', []],
    ['Children can join this Summer Reading Challenge at the library.', '2024-12-10', []],
    ['This Winter Festival will be the biggest yet.', '2024-12-10', []],
    ['Tickets for next Summer Games go on sale.', '2024-12-10', []],
    ['Last Winter Gardens staff planted 400 trees.', '2024-12-10', []],
    ['This Summer Programme runs for six weeks.', '2024-12-10', [{ text: 'six weeks', value: 'P6W' }]],
    ['Pupils can join this Summer Holiday Programme at the library.', '2024-12-10', []],
    ['Next Winter Program dates are out.', '2024-12-10', []],
    // Near-miss: "this", "last" or "next" alone before the season makes it the time.
    ['Last Summer Kent Police seized 40 cars.', '2025-12-10', [{ text: 'Last Summer', value: '2025-SU' }]],
    ['This Summer Reading was our theme.', '2024-08-10', [{ text: 'This Summer', value: '2024-SU' }]],
    // A programme's noun in lower case, or at a headline's start in Title Case, leaves the season.
    [
      'This summer programme runs for six weeks.',
      '2024-12-10',
      [
        { text: 'This summer', value: '2024-SU' },
        { text: 'six weeks', value: 'P6W' },
      ],
    ],
    ['Winter Vaccination Programme Begins', '2024-12-10', [{ text: 'Winter', value: '2024-WI' }]],
    [
      'This Winter Highways England will grit 300 roads.',
      '2025-12-10',
      [{ text: 'This Winter', value: '2025-WI' }],
    ],
    [
      'Gritters will be out this Winter December to February.',
      '2024-12-10',
      [
        { text: 'this Winter', value: '2024-WI' },
        { text: 'December', value: '2024-12' },
        { text: 'February', value: '2025-02' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))

  it('reads a long run of seasons in capitals in bounded time', () => {
    const started = Date.now()
    const found = findDates(`This ${'Summer Holiday '.repeat(300)}Programme runs.`, {
      reference: '2024-12-10',
    })
    expect(found[0]?.text).toBe('This Summer')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
