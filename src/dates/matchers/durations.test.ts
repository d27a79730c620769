/** Durations counted in financial or fiscal years, as long as calendar years, and financial years named. */
import { describe, it } from 'vitest'
import { type Case, expectCase } from '../test-helpers'

const REF = '2024-06-12'

describe('durations of financial years', () => {
  const cases: Case[] = [
    [
      'The funding will be spent over the next three financial years.',
      REF,
      [{ text: 'the next three financial years', value: 'P3Y', type: 'DURATION' }],
    ],
    [
      'Crime fell over the last two financial years.',
      REF,
      [{ text: 'the last two financial years', value: 'P2Y' }],
    ],
    ['The plan covers three fiscal years.', REF, [{ text: 'three fiscal years', value: 'P3Y' }]],
    // School and academic years, and "long" or "whole" between the count and the unit.
    [
      'The last four academic years saw growth.',
      REF,
      [{ text: 'The last four academic years', value: 'P4Y' }],
    ],
    ['He waited three long years.', REF, [{ text: 'three long years', value: 'P3Y' }]],
    ['For two whole days the road was shut.', REF, [{ text: 'two whole days', value: 'P2D' }]],
    ['Three school buses were damaged.', REF, []],
    // Not durations: a fiscal year named by its year, and financial words that are not years.
    ['In fiscal year 2023 the agency seized 10 tons.', REF, [{ text: 'fiscal year 2023', value: 'FY2023' }]],
    ['Two financial investigators joined the team.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a financial year named from the reference', () => {
  // A UK financial year runs April to March and is named by the year it starts in.
  const cases: Case[] = [
    [
      'In the last financial year, police made 400 arrests.',
      REF,
      [
        {
          text: 'the last financial year',
          value: 'FY2023',
          type: 'DATE',
          start: '2023-04-01',
          end: '2024-03-31',
        },
      ],
    ],
    [
      'Over the past financial year the force recovered $2 million.',
      REF,
      [{ text: 'the past financial year', value: 'FY2023', type: 'DATE' }],
    ],
    [
      'This financial year we expect more.',
      REF,
      [{ text: 'This financial year', value: 'FY2024', type: 'DATE' }],
    ],
    [
      'Budgets for the current financial year are tight.',
      REF,
      [{ text: 'the current financial year', value: 'FY2024' }],
    ],
    ['Next fiscal year the unit grows.', REF, [{ text: 'Next fiscal year', value: 'FY2025' }]],
    // Before April the financial year is the one that started the year before.
    [
      'In the last financial year, police made 400 arrests.',
      '2024-03-12',
      [{ text: 'the last financial year', value: 'FY2022' }],
    ],
    ['This financial year we expect more.', '2024-03-12', [{ text: 'This financial year', value: 'FY2023' }]],
    // With nothing to date the release, the year is unknown.
    ['This financial year we expect more.', null, [{ text: 'This financial year', value: 'FYXXXX' }]],
    // Near misses: the last year and a count of financial years are lengths of time.
    ['Crime fell over the last year.', REF, [{ text: 'the last year', value: 'P1Y', type: 'DURATION' }]],
    [
      'Crime fell over the past two financial years.',
      REF,
      [{ text: 'the past two financial years', value: 'P2Y' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('more or less than a length of time', () => {
  const cases: Case[] = [
    [
      'The defendant spent over three years running the fraud before he was caught.',
      REF,
      [{ text: 'over three years', value: 'P3Y', type: 'DURATION', mod: 'MORE_THAN' }],
    ],
    [
      'The investigation took over two years.',
      REF,
      [{ text: 'over two years', value: 'P2Y', mod: 'MORE_THAN' }],
    ],
    [
      'More than half of victims waited over a year for their case to reach court.',
      REF,
      [{ text: 'over a year', value: 'P1Y', mod: 'MORE_THAN' }],
    ],
    [
      'Some patients have been waiting over 18 months.',
      REF,
      [{ text: 'over 18 months', value: 'P18M', mod: 'MORE_THAN' }],
    ],
    [
      'The work took a little over a year.',
      REF,
      [{ text: 'a little over a year', value: 'P1Y', mod: 'MORE_THAN' }],
    ],
    [
      'He was released after slightly more than two years.',
      REF,
      [{ text: 'slightly more than two years', value: 'P2Y', mod: 'MORE_THAN' }],
    ],
    [
      'The scheme was delivered in under two years.',
      REF,
      [{ text: 'under two years', value: 'P2Y', mod: 'LESS_THAN' }],
    ],
    [
      'It was finished in well under a year.',
      REF,
      [{ text: 'well under a year', value: 'P1Y', mod: 'LESS_THAN' }],
    ],
    [
      'The case took less than six months.',
      REF,
      [{ text: 'less than six months', value: 'P6M', mod: 'LESS_THAN' }],
    ],
    // "Nearly" and "almost" fall short of the count: LESS_THAN, as TIMEX3 corpora annotate them.
    [
      'She has served the community for nearly 20 years.',
      REF,
      [{ text: 'nearly 20 years', value: 'P20Y', mod: 'LESS_THAN' }],
    ],
    [
      'The case has run for almost a decade.',
      REF,
      [{ text: 'almost a decade', value: 'P10Y', mod: 'LESS_THAN' }],
    ],
    ['The trial lasted about two weeks.', REF, [{ text: 'about two weeks', value: 'P2W', mod: 'APPROX' }]],
    // Not more than: "over" meaning across a span.
    [
      'The funding will be rolled out over three years.',
      REF,
      [{ text: 'three years', value: 'P3Y', mod: null }],
    ],
    [
      'Officers waited over the weekend for the results.',
      REF,
      [{ text: 'the weekend', value: '2024-W23-WE' }],
    ],
    // "in" as a verb's particle, then "over" across the span the thing was done in.
    [
      'Firearms handed in over four weeks totalled 1,204.',
      REF,
      [{ text: 'four weeks', value: 'P4W', type: 'DURATION', mod: null }],
    ],
    ['Weapons were turned in over a fortnight.', REF, [{ text: 'a fortnight', value: 'P2W', mod: null }]],
    // "in" as a preposition keeps "over" as more than.
    [
      'It was the lowest figure in over a decade.',
      REF,
      [{ text: 'over a decade', value: 'P10Y', mod: 'MORE_THAN' }],
    ],
    [
      'Forty guns were seized in over four weeks of raids.',
      REF,
      [{ text: 'over four weeks', value: 'P4W', mod: 'MORE_THAN' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a day counted back with a bound', () => {
  const cases: Case[] = [
    // More than a length ago is before the day it counts back to; less than it, after.
    [
      'The amnesty ended over four weeks ago.',
      REF,
      [{ text: 'over four weeks ago', value: '2024-W20', type: 'DATE', mod: 'BEFORE' }],
    ],
    [
      'The scheme began more than a year ago.',
      REF,
      [{ text: 'more than a year ago', value: '2023', mod: 'BEFORE' }],
    ],
    [
      'The unit opened less than a year ago.',
      REF,
      [{ text: 'less than a year ago', value: '2023', mod: 'AFTER' }],
    ],
    ['It closed about six years ago.', REF, [{ text: 'about six years ago', value: '2018', mod: 'APPROX' }]],
    [
      'The law changed at least two years ago.',
      REF,
      [{ text: 'at least two years ago', value: '2022', mod: 'ON_OR_BEFORE' }],
    ],
    // No bound, and a figure compared with a year ago: no mod.
    ['The amnesty ended four weeks ago.', REF, [{ text: 'four weeks ago', value: '2024-W20', mod: null }]],
    ['Spending was £2m more than a year ago.', REF, [{ text: 'a year ago', value: '2023', mod: null }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('lengths that are not durations on their own', () => {
  const cases: Case[] = [
    // An age is not a length of time.
    ['A baby aged six months was taken to hospital.', REF, []],
    ['The vaccine is offered to children ages 6 months and older.', REF, []],
    // Both ends of a range of ages, each with its unit.
    ['Among children aged 6 months to 4 years, the rate was 2.3 per 100,000.', REF, []],
    ['It is offered to those aged between 18 months and 3 years.', REF, []],
    ['It is offered to children aged from six months to two years.', REF, []],
    // Without "aged" the range is two lengths of time.
    [
      'The scheme ran for 6 months to 4 years.',
      REF,
      [
        { text: '6 months', value: 'P6M', type: 'DURATION' },
        { text: '4 years', value: 'P4Y', type: 'DURATION' },
      ],
    ],
    // The minutes of a clock are no length of their own.
    ['He scored after 45:00 minutes of play.', REF, []],
    ['The match lasted 90 minutes.', REF, [{ text: '90 minutes', value: 'PT90M', type: 'DURATION' }]],
    // A lead before a hyphenated length belongs to the noun after it.
    [
      'The accelerator’s first three-month class starts in June.',
      REF,
      [
        { text: 'three-month', value: 'P3M' },
        { text: 'June', value: '2024-06' },
      ],
    ],
    ['The council adopted the next five-year plan.', REF, [{ text: 'five-year', value: 'P5Y' }]],
    // Still a length: a plain span, and a length written with its noun.
    ['Crime fell over the last three years.', REF, [{ text: 'the last three years', value: 'P3Y' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('an abbreviated approximation before a length of time', () => {
  const cases: Case[] = [
    [
      'Deputies searched the area for approx. 3 hours.',
      REF,
      [{ text: 'approx. 3 hours', value: 'PT3H', mod: 'APPROX' }],
    ],
    [
      'Officers arrived approx 10 minutes later.',
      REF,
      [{ text: 'approx 10 minutes', value: 'PT10M', mod: 'APPROX' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a statutory bound before a length of time', () => {
  const cases: Case[] = [
    // The US penalty clause: a minimum and a maximum written with "not".
    [
      'He faces a mandatory minimum of not less than five years and not more than 40 years in prison.',
      REF,
      [
        { text: 'not less than five years', value: 'P5Y', mod: 'EQUAL_OR_MORE' },
        { text: 'not more than 40 years', value: 'P40Y', mod: 'EQUAL_OR_LESS' },
      ],
    ],
    // The UK's "imprisonment for a term not exceeding".
    [
      'The offence carries imprisonment for a term not exceeding 14 years.',
      REF,
      [{ text: 'not exceeding 14 years', value: 'P14Y', mod: 'EQUAL_OR_LESS' }],
    ],
    // Near-misses: "less than" alone, and "not" before another word.
    [
      'He served less than two years.',
      REF,
      [{ text: 'less than two years', value: 'P2Y', mod: 'LESS_THAN' }],
    ],
    ['It was not two years before he left.', REF, [{ text: 'two years', value: 'P2Y' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('ages written with "of age"', () => {
  const cases: Case[] = [
    ['The woman, 45 years of age, was taken to hospital.', REF, []],
    // The age is no length of time; "at the time" is a past time of its own.
    [
      'The victim was 15 years of age at the time.',
      REF,
      [{ text: 'at the time', value: 'PAST_REF', type: 'DATE' }],
    ],
    // Near-misses: a length of time before "of" and another noun stays one.
    [
      'He served 10 years of a 15-year term.',
      REF,
      [
        { text: '10 years', value: 'P10Y' },
        { text: '15-year', value: 'P15Y' },
      ],
    ],
    ['The scheme marks 20 years of ageing research.', REF, [{ text: '20 years', value: 'P20Y' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a length of time with "in" and "time": the date that far ahead', () => {
  // Wednesday 12 June 2024, in ISO week 24.
  const cases: Case[] = [
    [
      "The results will be known in two weeks' time.",
      REF,
      [{ text: "two weeks' time", value: '2024-W26', type: 'DATE' }],
    ],
    ["In a year's time the unit will be fully staffed.", REF, [{ text: "a year's time", value: '2025' }]],
    [
      'The review will report in three months’ time.',
      REF,
      [{ text: 'three months’ time', value: '2024-09' }],
    ],
    ["The scheme ends in two weeks' time.", null, [{ text: "two weeks' time", value: 'XXXX-WXX' }]],
    // Near-misses: a length without "time", and "time" after a length with no "in".
    ['The results will be known in two weeks.', REF, [{ text: 'two weeks', value: 'P2W', type: 'DURATION' }]],
    ["He took two weeks' time off.", REF, [{ text: 'two weeks', value: 'P2W', type: 'DURATION' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('"a second" as an ordinal', () => {
  const cases: Case[] = [
    // NPCC corpus: the ordinal before its noun.
    [
      'Operating under visual line of sight (VLOS) and coordinating with a second safety pilot, the team ensured high safety standards.',
      REF,
      [],
    ],
    ['He was arrested for a second time on Friday.', REF, [{ text: 'Friday', value: '2024-06-07' }]],
    ['Officers referred the truck for a second inspection.', REF, []],
    ['The dog was seized for a second offence within a year.', REF, [{ text: 'a year', value: 'P1Y' }]],
    // A length of time: before a word that goes on from one, or closing the clause.
    ['It took a second to react.', REF, [{ text: 'a second', value: 'PT1S', type: 'DURATION' }]],
    ['The screen went dark for a second or two.', REF, [{ text: 'a second', value: 'PT1S' }]],
    ['He looked away for a second.', REF, [{ text: 'a second', value: 'PT1S' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a comparative after a figure is no bound of the length after it', () => {
  const cases: Case[] = [
    [
      'There were 147,746 officers on 31 March 2025, 1,434 fewer than a year earlier.',
      REF,
      [
        { text: '31 March 2025', value: '2025-03-31', type: 'DATE' },
        { text: 'a year', value: 'P1Y', type: 'DURATION' },
      ],
    ],
    ['Spending was £2m more than a year ago.', REF, [{ text: 'a year ago', value: '2023', type: 'DATE' }]],
    ['Deaths were five fewer than two years earlier.', REF, [{ text: 'two years', value: 'P2Y' }]],
    // A bound of the length itself: nothing, or a year, stands before it.
    [
      'It took less than a year to build.',
      REF,
      [{ text: 'less than a year', value: 'P1Y', mod: 'LESS_THAN' }],
    ],
    [
      'In 2023 more than a year of work was lost.',
      REF,
      [
        { text: '2023', value: '2023' },
        { text: 'more than a year', value: 'P1Y', mod: 'MORE_THAN' },
      ],
    ],
    [
      'Of the men, more than three years were served.',
      REF,
      [{ text: 'more than three years', value: 'P3Y', mod: 'MORE_THAN' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a vague length written before "ahead" or "to come"', () => {
  const cases: Case[] = [
    [
      'Officers will keep up patrols in the weeks ahead.',
      '2024-03-20',
      [{ text: 'the weeks ahead', value: 'PXW', type: 'DURATION' }],
    ],
    [
      'The effects will be felt for the months to come, the minister said.',
      '2024-03-20',
      [{ text: 'the months to come', value: 'PXM', type: 'DURATION' }],
    ],
    ['The years ahead will be difficult.', '2024-03-20', [{ text: 'The years ahead', value: 'PXY' }]],
    // "ahead of" is a preposition, and a length without "the" before it is no such phrase.
    ['Extra officers were on duty in the days ahead of the trial.', '2024-03-20', []],
    ['Weeks ahead of schedule, the work was finished.', '2024-03-20', []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a length after "the preceding", "the prior" or "these past"', () => {
  const cases: Case[] = [
    [
      'Thefts had risen sharply over the preceding two years.',
      REF,
      [{ text: 'the preceding two years', value: 'P2Y', type: 'DURATION' }],
    ],
    [
      'He had lived at the address for the prior 18 months.',
      REF,
      [{ text: 'the prior 18 months', value: 'P18M', type: 'DURATION' }],
    ],
    [
      '“These past 30 years have been a partnership,” the Secretary General said.',
      REF,
      [{ text: 'These past 30 years', value: 'P30Y', type: 'DURATION' }],
    ],
    ['Those first two years were the hardest.', REF, [{ text: 'Those first two years', value: 'P2Y' }]],
    // "prior" as an adjective of something else leaves the length alone, and so does "these" alone.
    ['These 12 months have been busy.', REF, [{ text: '12 months', value: 'P12M' }]],
    [
      'The court heard of prior convictions spanning two years.',
      REF,
      [{ text: 'two years', value: 'P2Y', type: 'DURATION' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a half written with hyphens or after a verb of lasting', () => {
  const cases: Case[] = [
    ['He was jailed for two-and-a-half years.', REF, [{ text: 'two-and-a-half years', value: 'P2.5Y' }]],
    [
      'She was given a two-and-a-half-year sentence.',
      REF,
      [{ text: 'two-and-a-half-year', value: 'P2.5Y', type: 'DURATION' }],
    ],
    [
      'The stand-off went on for three-and-a-half hours.',
      REF,
      [{ text: 'three-and-a-half hours', value: 'PT3.5H' }],
    ],
    ['The search lasted an hour and a half.', REF, [{ text: 'an hour and a half', value: 'PT1.5H' }]],
    ['Repairs will last a week.', REF, [{ text: 'a week', value: 'P1W' }]],
    // A half that is no part of a length, and "a year" with nothing to make it one.
    ['The reading was one-and-a-half times the limit.', REF, []],
    ['It was a year of firsts.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a half between a unit and what follows it', () => {
  const cases: Case[] = [
    // Counted back, a year and a half is eighteen months: a month's value.
    [
      'The scheme was launched a year and a half ago.',
      REF,
      [{ text: 'a year and a half ago', value: '2022-12', type: 'DATE' }],
    ],
    [
      'The firm opened two years and a half ago.',
      REF,
      [{ text: 'two years and a half ago', value: '2021-12', type: 'DATE' }],
    ],
    [
      'The charity was founded about a decade and a half ago.',
      REF,
      [{ text: 'about a decade and a half ago', value: '2009', type: 'DATE', mod: 'APPROX' }],
    ],
    // Written with its count first, the same day; a month and a half stays some time past.
    ['He moved in two and a half years ago.', REF, [{ text: 'two and a half years ago', value: '2021-12' }]],
    ['They met a month and a half ago.', REF, [{ text: 'a month and a half ago', value: 'PAST_REF' }]],
    // With nothing before it, "a year and a half" is still a length.
    [
      'It has been a year and a half since the attack.',
      REF,
      [{ text: 'a year and a half', value: 'P1.5Y', type: 'DURATION' }],
    ],
    [
      'He will spend the next decade and a half in prison.',
      REF,
      [{ text: 'the next decade and a half', value: 'P15Y', type: 'DURATION' }],
    ],
    [
      'Prices have risen over the past year and a half.',
      REF,
      [{ text: 'the past year and a half', value: 'P1.5Y', type: 'DURATION' }],
    ],
    // A half that belongs to something else.
    ['It was a year and a half-hearted effort.', REF, []],
    [
      'He spent the last decade and a half-million pounds on it.',
      REF,
      [{ text: 'the last decade', value: 'P10Y' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a length after "a further" or "an additional"', () => {
  const cases: Case[] = [
    [
      'The closure order was extended for a further six months.',
      REF,
      [{ text: 'a further six months', value: 'P6M', type: 'DURATION' }],
    ],
    ['He was remanded for a further 28 days.', REF, [{ text: 'a further 28 days', value: 'P28D' }]],
    [
      'She was jailed for an additional 12 months for breaching the order.',
      REF,
      [{ text: 'an additional 12 months', value: 'P12M' }],
    ],
    [
      'The road will stay shut for another three weeks.',
      REF,
      [{ text: 'another three weeks', value: 'P3W' }],
    ],
    // Near-misses: the article of a bare length, of a bound, or of another noun stays out.
    ['Repairs will last a week.', REF, [{ text: 'a week', value: 'P1W' }]],
    ['He spent a further night in the cells.', REF, [{ text: 'a further night', value: 'P1D' }]],
    ['A further 35 handguns were seized.', REF, []],
    ['An additional 12 officers will patrol.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('"as many" days repeats the count before it', () => {
  const cases: Case[] = [
    [
      'Police made 12 arrests in as many days.',
      REF,
      [{ text: 'as many days', value: 'P12D', type: 'DURATION' }],
    ],
    [
      'Three burglaries in as many weeks have shocked residents.',
      REF,
      [{ text: 'as many weeks', value: 'P3W' }],
    ],
    ['It was the third fire in as many weeks.', REF, [{ text: 'as many weeks', value: 'P3W' }]],
    ['It was the 2nd crash in as many days.', REF, [{ text: 'as many days', value: 'P2D' }]],
    // No count before it in the sentence: a vague length, as "many weeks" is; the count of another
    // sentence is not repeated, and "as many ... as" compares.
    ['Figures rose in as many weeks.', REF, [{ text: 'many weeks', value: 'PXW' }]],
    [
      'Five people were hurt. Arrests followed in as many weeks.',
      REF,
      [{ text: 'many weeks', value: 'PXW' }],
    ],
    ['There were as many cases this week as last.', REF, [{ text: 'this week', value: '2024-W24' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
