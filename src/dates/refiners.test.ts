/**
 * Times and their days: a time written right after its day, or after it with "at", is one TIME
 * mention; a time with no day before it takes the day its sentence names after it.
 */
import { describe, it } from 'vitest'
import { type Case, expectCase } from './test-helpers'

const REF = '2024-06-12'

describe('a time joined to its day by "at"', () => {
  const cases: Case[] = [
    [
      'On June 8, 2024, at approximately 10:30 p.m., Surrey RCMP responded to a report of shots fired.',
      REF,
      [
        {
          text: 'June 8, 2024, at approximately 10:30 p.m.',
          value: '2024-06-08T22:30',
          type: 'TIME',
          mod: 'APPROX',
        },
      ],
    ],
    [
      'On Friday 31 May at around 4pm, police received reports of a man with a knife.',
      REF,
      [{ text: 'Friday 31 May at around 4pm', value: '2024-05-31T16:00', type: 'TIME', mod: 'APPROX' }],
    ],
    [
      'On 3 June at 2.15pm, officers stopped a vehicle on the M6.',
      REF,
      [{ text: '3 June at 2.15pm', value: '2024-06-03T14:15' }],
    ],
    // Not joined: a place or a count after "at".
    ['The trial opened on 3 June at Leeds Crown Court.', REF, [{ text: '3 June', value: '2024-06-03' }]],
    ['Officers searched homes on 3 June at 12 addresses.', REF, [{ text: '3 June', value: '2024-06-03' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a time joined to its day by a spaced dash', () => {
  const cases: Case[] = [
    // A page's date line with the hour the release was issued.
    [
      'Monday, 3 March 2025 - 7:45am',
      REF,
      [{ text: 'Monday, 3 March 2025 - 7:45am', value: '2025-03-03T07:45', type: 'TIME' }],
    ],
    [
      'Tuesday 4 June 2024 – 3.45pm',
      REF,
      [{ text: 'Tuesday 4 June 2024 – 3.45pm', value: '2024-06-04T15:45' }],
    ],
    // Not joined: no time after the dash, or a dash with no space that joins a range of days.
    [
      'Saturday 8 June – 12 arrests were made.',
      REF,
      [{ text: 'Saturday 8 June', value: '2024-06-08', type: 'DATE' }],
    ],
    [
      'The checks ran on 3 June-5 June.',
      REF,
      [
        { text: '3 June', value: '2024-06-03' },
        { text: '5 June', value: '2024-06-05' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a time that takes the day named later in its sentence', () => {
  const cases: Case[] = [
    [
      'The collision happened at around 5.50am on the A1 near Grantham on Monday 10 June.',
      REF,
      [
        { text: 'around 5.50am', value: '2024-06-10T05:50', type: 'TIME', mod: 'APPROX' },
        { text: 'Monday 10 June', value: '2024-06-10' },
      ],
    ],
    [
      'Police were called at 10.20pm to reports of a disturbance in Market Street on Friday 7 June.',
      REF,
      [
        { text: '10.20pm', value: '2024-06-07T22:20' },
        { text: 'Friday 7 June', value: '2024-06-07' },
      ],
    ],
    // A real one, where the day follows the time at once: one mention.
    [
      'The Specialist Crime Command has launched a major investigation following an incident involving two men on a route 59 bus in Brixton Road, SW9 at approximately 10:20hrs on Thursday, 21 November.',
      '2024-11-22',
      [{ text: 'approximately 10:20hrs on Thursday, 21 November', value: '2024-11-21T10:20', mod: 'APPROX' }],
    ],
    // Not across a sentence, and not past a day the sentence named before the time.
    [
      'Officers were called at 3am. On Sunday 9 June a man was charged.',
      REF,
      [
        { text: '3am', value: '2024-06-12T03:00' },
        { text: 'Sunday 9 June', value: '2024-06-09' },
      ],
    ],
    // The stop of "a.m." that ends the sentence ends it for the time too.
    [
      'Officers were called at 3 a.m. On Sunday 9 June a man was charged.',
      REF,
      [
        { text: '3 a.m.', value: '2024-06-12T03:00' },
        { text: 'Sunday 9 June', value: '2024-06-09' },
      ],
    ],
    // Near-miss: "a.m." inside the sentence; the wide set's "At about 6:50 a.m., the officers, at
    // Camino Real International Bridge, inspected ..." with the day after it.
    [
      'At about 6:50 a.m., the officers at the bridge inspected a car on Monday 10 June.',
      REF,
      [
        { text: 'about 6:50 a.m.', value: '2024-06-10T06:50', mod: 'APPROX' },
        { text: 'Monday 10 June', value: '2024-06-10' },
      ],
    ],
    [
      'He was arrested on Monday 3 June. Officers went back at 5am to the address on Tuesday 4 June.',
      REF,
      [
        { text: 'Monday 3 June', value: '2024-06-03' },
        { text: '5am', value: '2024-06-04T05:00' },
        { text: 'Tuesday 4 June', value: '2024-06-04' },
      ],
    ],
    [
      'On Monday 3 June he was seen at 5am near the house and on Tuesday 4 June at the station.',
      REF,
      [
        { text: 'Monday 3 June', value: '2024-06-03' },
        { text: '5am', value: '2024-06-03T05:00' },
        { text: 'Tuesday 4 June', value: '2024-06-04' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a range of times across midnight', () => {
  const cases: Case[] = [
    // The end of an evening-to-morning range is the next day.
    [
      'The incident happened between 10pm and 2am.',
      '2024-05-28',
      [
        { text: '10pm', value: '2024-05-28T22:00', type: 'TIME' },
        { text: '2am', value: '2024-05-29T02:00', type: 'TIME', start: '2024-05-29' },
      ],
    ],
    [
      'The road was closed on Sunday from 11pm to 5am.',
      '2024-05-28',
      [
        { text: 'Sunday', value: '2024-05-26' },
        { text: '11pm', value: '2024-05-26T23:00' },
        { text: '5am', value: '2024-05-27T05:00' },
      ],
    ],
    // When the end has its day, the start is the day before.
    [
      'The bar was open from 9pm until 3am on Saturday 25 May.',
      '2024-05-28',
      [
        { text: '9pm', value: '2024-05-24T21:00' },
        { text: '3am on Saturday 25 May', value: '2024-05-25T03:00' },
      ],
    ],
    // Not across midnight: a daytime range, or two times that are not one range.
    [
      'The incident happened between 10am and 2pm on Saturday.',
      '2024-05-28',
      [
        { text: '10am', value: '2024-05-25T10:00' },
        { text: '2pm on Saturday', value: '2024-05-25T14:00' },
      ],
    ],
    [
      'Officers were called at 11pm on Saturday and again at 2am.',
      '2024-05-28',
      [
        { text: '11pm on Saturday', value: '2024-05-25T23:00' },
        { text: '2am', value: '2024-05-25T02:00' },
      ],
    ],
    // The small hours told in a later sentence than an evening time: the story has passed midnight.
    [
      'It will be alleged that at around 9.30pm on 3 March a man robbed the store. Officers arrested him just after midnight.',
      '2025-03-04',
      [
        { text: 'around 9.30pm on 3 March', value: '2025-03-03T21:30', mod: 'APPROX' },
        { text: 'just after midnight', value: '2025-03-04T00:00', mod: 'AFTER' },
      ],
    ],
    [
      'Officers were called at 10.45pm on Friday. The suspect was arrested at 1.30am.',
      '2024-05-28',
      [
        { text: '10.45pm on Friday', value: '2024-05-24T22:45' },
        { text: '1.30am', value: '2024-05-25T01:30' },
      ],
    ],
    // Not after an evening, or after another day is named.
    [
      'Officers were called at 2pm on Friday. The suspect had been seen at 1.30am.',
      '2024-05-28',
      [
        { text: '2pm on Friday', value: '2024-05-24T14:00' },
        { text: '1.30am', value: '2024-05-24T01:30' },
      ],
    ],
    [
      'Officers were called at 11pm on Friday. On Sunday a second man was arrested at 2am.',
      '2024-05-28',
      [
        { text: '11pm on Friday', value: '2024-05-24T23:00' },
        { text: 'Sunday', value: '2024-05-26' },
        { text: '2am', value: '2024-05-26T02:00' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a bound written before a date', () => {
  const cases: Case[] = [
    // "no later than" is "on or before", "no earlier than" "on or after": part of the mention.
    [
      'Beginning no later than August 2020 and continuing until at least May 2022, the defendants laundered proceeds.',
      REF,
      [
        { text: 'no later than August 2020', value: '2020-08', mod: 'ON_OR_BEFORE' },
        { text: 'May 2022', value: '2022-05' },
      ],
    ],
    [
      'The form must be returned no later than 5 April.',
      '2024-04-10',
      [{ text: 'no later than 5 April', value: '2025-04-05', mod: 'ON_OR_BEFORE' }],
    ],
    [
      'Entries will be accepted not earlier than 1 July.',
      REF,
      [{ text: 'not earlier than 1 July', value: '2024-07-01', mod: 'ON_OR_AFTER' }],
    ],
    [
      'He arrived no later than 9pm on Friday.',
      REF,
      [{ text: 'no later than 9pm on Friday', value: '2024-06-07T21:00', type: 'TIME', mod: 'ON_OR_BEFORE' }],
    ],
    // Not a bound: a comparison with no date, and a date with its own modifier.
    ['There were no later than expected arrivals.', REF, []],
    [
      'Officers arrived no later than around 9pm on Friday.',
      REF,
      [{ text: 'around 9pm on Friday', value: '2024-06-07T21:00', mod: 'APPROX' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a time joined to its day by "on the"', () => {
  const cases: Case[] = [
    // "on the 9th of June" joins the time before it, as "on 9 June" does; "the" stays outside the day.
    [
      'A teenager was arrested at around 2:15am on the 9th of June.',
      REF,
      [{ text: 'around 2:15am on the 9th of June', value: '2024-06-09T02:15', type: 'TIME', mod: 'APPROX' }],
    ],
    [
      'Gardaí were called at 11pm on the 8th June.',
      REF,
      [{ text: '11pm on the 8th June', value: '2024-06-08T23:00', type: 'TIME' }],
    ],
    // Not joined: a time and a day with other words between them.
    [
      'Officers arrived at 11pm on the scene and left on the 8th June.',
      REF,
      [
        { text: '11pm', value: '2024-06-08T23:00' },
        { text: '8th June', value: '2024-06-08' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a small hour of a night', () => {
  const cases: Case[] = [
    // The small hours of Saturday night are on Sunday.
    [
      'The victim was attacked at around 2am on Saturday night outside a nightclub in Leeds.',
      REF,
      [
        {
          text: 'around 2am on Saturday night',
          value: '2024-06-09T02:00',
          type: 'TIME',
          mod: 'APPROX',
          start: '2024-06-09',
        },
      ],
    ],
    // Not the next day: an evening hour of the night, and a small hour of a day.
    [
      'He was seen at 11pm on Saturday night.',
      REF,
      [{ text: '11pm on Saturday night', value: '2024-06-08T23:00' }],
    ],
    ['He was seen at 2am on Saturday.', REF, [{ text: '2am on Saturday', value: '2024-06-08T02:00' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the week of a range of days', () => {
  const cases: Case[] = [
    [
      'Officers carried out checks across the county during the week of May 20-24, stopping 140 vehicles.',
      REF,
      [
        {
          text: 'the week of May 20-24',
          value: '2024-W21',
          type: 'DATE',
          start: '2024-05-20',
          end: '2024-05-26',
        },
      ],
    ],
    ['The course runs the week of 20-24 May.', REF, [{ text: 'the week of 20-24 May', value: '2024-W21' }]],
    [
      'Events are planned for the week of May 20 to 24, 2024.',
      REF,
      [{ text: 'the week of May 20 to 24, 2024', value: '2024-W21' }],
    ],
    // Not one week: a range that runs into the next week stays two mentions.
    [
      'The course runs the week of May 22-28.',
      REF,
      [
        { text: 'the week of May 22', value: '2024-W21' },
        { text: '28', value: '2024-05-28' },
      ],
    ],
    // Not a week: a range of days alone.
    [
      'The course runs between May 20 and 24.',
      REF,
      [
        { text: 'May 20', value: '2024-05-20' },
        { text: '24', value: '2024-05-24' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the weekend of a day', () => {
  const cases: Case[] = [
    [
      'Police made 40 arrests over the weekend of 8 and 9 March 2025.',
      REF,
      [
        {
          text: 'the weekend of 8 and 9 March 2025',
          value: '2025-W10-WE',
          type: 'DATE',
          start: '2025-03-08',
          end: '2025-03-09',
        },
      ],
    ],
    [
      'The festival takes place over the weekend of 8-9 March 2025.',
      REF,
      [{ text: 'the weekend of 8-9 March 2025', value: '2025-W10-WE' }],
    ],
    [
      'Over the weekend of Saturday 1 March 2025, officers were busy.',
      REF,
      [{ text: 'the weekend of Saturday 1 March 2025', value: '2025-W09-WE' }],
    ],
    // A long weekend that runs into the Monday: the Monday is a day of the next week.
    [
      'Checks ran over the weekend of 7-10 March 2025.',
      REF,
      [
        { text: 'the weekend of 7', value: '2025-W10-WE' },
        { text: '10 March 2025', value: '2025-03-10' },
      ],
    ],
    // Not a day's weekend: the current one, and an event.
    ['Officers patrolled over the weekend.', REF, [{ text: 'the weekend', value: '2024-W23-WE' }]],
    ['It was a weekend of action.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Monday 10 June 2024: its Friday before is the 7th, so a range from Monday starts the week before.
describe('a range of weekdays', () => {
  const MONDAY = '2024-06-10'
  const cases: Case[] = [
    [
      'The office is open Monday to Friday.',
      MONDAY,
      [
        { text: 'Monday', value: '2024-06-03' },
        { text: 'Friday', value: '2024-06-07' },
      ],
    ],
    [
      'The office is open 9am-5pm, Monday to Friday.',
      MONDAY,
      [
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
      ],
    ],
    // Ends already in order stay as they are.
    [
      'It was closed from Tuesday to Thursday.',
      MONDAY,
      [
        { text: 'Tuesday', value: '2024-06-04' },
        { text: 'Thursday', value: '2024-06-06' },
      ],
    ],
    // The end's clock between a weekday and the day that ends the range: the weekday before it.
    [
      'The burglary occurred between 10pm Thursday and 6am Friday, 29 November.',
      '2024-12-10',
      [
        { text: '10pm Thursday', value: '2024-11-28T22:00', type: 'TIME' },
        { text: '6am Friday, 29 November', value: '2024-11-29T06:00', type: 'TIME' },
      ],
    ],
    [
      'The shop was broken into between 10pm on Thursday and 6am on Friday 29 November.',
      '2024-12-10',
      [
        { text: '10pm on Thursday', value: '2024-11-28T22:00' },
        { text: '6am on Friday 29 November', value: '2024-11-29T06:00' },
      ],
    ],
    // Near-miss: no clock between them, and more than a link: the weekday keeps its own day.
    [
      'Officers patrolled on Thursday and 6 people were arrested on Friday 29 November.',
      '2024-12-10',
      [
        { text: 'Thursday', value: '2024-12-05' },
        { text: 'Friday 29 November', value: '2024-11-29' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a part of a year or a month', () => {
  const cases: Case[] = [
    // No TIMEX3 value for five months: the year, at its START, with the exact interval.
    [
      'Shoplifting offences rose by 12% in the first five months of 2024, figures show.',
      REF,
      [
        {
          text: 'the first five months of 2024',
          value: '2024',
          type: 'DATE',
          mod: 'START',
          start: '2024-01-01',
          end: '2024-05-31',
        },
      ],
    ],
    [
      'Arrests fell in the last four months of 2023.',
      REF,
      [
        {
          text: 'the last four months of 2023',
          value: '2023',
          mod: 'END',
          start: '2023-09-01',
          end: '2023-12-31',
        },
      ],
    ],
    // Parts TIMEX3 has values for: a quarter, a half, a month, a day.
    [
      'Sales rose in the first three months of the year.',
      REF,
      [
        {
          text: 'the first three months of the year',
          value: '2024-Q1',
          start: '2024-01-01',
          end: '2024-03-31',
        },
      ],
    ],
    [
      'Calls rose in the first six months of 2023.',
      REF,
      [{ text: 'the first six months of 2023', value: '2023-H1' }],
    ],
    [
      'Calls rose in the first half of the year.',
      REF,
      [{ text: 'the first half of the year', value: '2024-H1' }],
    ],
    [
      'Calls rose in the second half of last year.',
      REF,
      [{ text: 'the second half of last year', value: '2023-H2' }],
    ],
    // Parts named in words: the year or month with its mod; "the latter half" is the second.
    [
      'The bridge opened in the early part of 2023.',
      REF,
      [{ text: 'the early part of 2023', value: '2023', mod: 'START' }],
    ],
    [
      'Thefts rose in the latter stages of last year.',
      REF,
      [{ text: 'the latter stages of last year', value: '2023', mod: 'END' }],
    ],
    [
      'Works will finish in the middle part of March.',
      REF,
      [{ text: 'the middle part of March', value: '2025-03', mod: 'MID' }],
    ],
    ['Calls rose in the latter half of 2023.', REF, [{ text: 'the latter half of 2023', value: '2023-H2' }]],
    // Near misses: an ordinal part that names no end, and a part of something else.
    ['Calls rose in the second part of 2023.', REF, [{ text: '2023', value: '2023' }]],
    ['In the early stages of the inquiry, 2023 was key.', REF, [{ text: '2023', value: '2023' }]],
    [
      'The scheme began in the first month of 2024.',
      REF,
      [{ text: 'the first month of 2024', value: '2024-01' }],
    ],
    [
      'The closure ends on the last day of March.',
      REF,
      [{ text: 'the last day of March', value: '2024-03-31' }],
    ],
    [
      'Patrols doubled in the last week of May.',
      REF,
      [
        {
          text: 'the last week of May',
          value: '2024-05',
          mod: 'END',
          start: '2024-05-25',
          end: '2024-05-31',
        },
      ],
    ],
    [
      'Patrols doubled in the first two weeks of the month.',
      REF,
      [
        {
          text: 'the first two weeks of the month',
          value: '2024-06',
          mod: 'START',
          start: '2024-06-01',
          end: '2024-06-14',
        },
      ],
    ],
    // A weekend counted in its month: the one whose Saturday is the month's first, second … or last.
    [
      'The festival returns on the first weekend of August.',
      REF,
      [{ text: 'the first weekend of August', value: '2024-W31-WE', start: '2024-08-03', end: '2024-08-04' }],
    ],
    [
      'Road closures are planned for the last weekend of September.',
      REF,
      [
        {
          text: 'the last weekend of September',
          value: '2024-W39-WE',
          start: '2024-09-28',
          end: '2024-09-29',
        },
      ],
    ],
    // September 2024 opens on a Sunday: its first weekend starts six days later.
    [
      'The fair was held on the second weekend of September 2024.',
      REF,
      [{ text: 'the second weekend of September 2024', value: '2024-W37-WE', start: '2024-09-14' }],
    ],
    [
      'The race will be run on the third weekend in May.',
      REF,
      [{ text: 'the third weekend in May', value: '2025-W20-WE', start: '2025-05-17' }],
    ],
    [
      'Extra patrols ran over the final weekend of March 2023.',
      REF,
      [{ text: 'the final weekend of March 2023', value: '2023-W12-WE', start: '2023-03-25' }],
    ],
    [
      'Trains are cut in the last week in June.',
      REF,
      [{ text: 'the last week in June', value: '2024-06', mod: 'END', start: '2024-06-24' }],
    ],
    // A weekend of no month, a count of weekends, and a weekend of something else stay as they were.
    ['The first weekend of the season drew crowds in May.', REF, [{ text: 'May', value: '2024-05' }]],
    [
      'Over the first two weekends of June, officers made 40 arrests.',
      REF,
      [{ text: 'June', value: '2024-06' }],
    ],
    // With no reference the year is unknown, as for "the first quarter".
    [
      'Sales rose in the first five months of the year.',
      null,
      [{ text: 'the first five months of the year', value: 'XXXX', mod: 'START' }],
    ],
    // Not parts of a period: a span alone, a part too long for its period, and a part of something else.
    [
      'Crime fell over the last three months.',
      REF,
      [{ text: 'the last three months', value: 'P3M', type: 'DURATION' }],
    ],
    [
      'He served the first 18 months of 2023 in custody.',
      REF,
      [
        { text: 'the first 18 months', value: 'P18M', type: 'DURATION' },
        { text: '2023', value: '2023' },
      ],
    ],
    [
      'In the first three months of the trial, 40 people took part.',
      REF,
      [{ text: 'the first three months', value: 'P3M', type: 'DURATION' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a day in brackets after a time', () => {
  const cases: Case[] = [
    // As Australian state police write the day of an incident.
    [
      'About 11.30pm (Saturday 8 June 2024), emergency services were called to Mulgoa Road, Penrith.',
      REF,
      [
        {
          text: 'About 11.30pm (Saturday 8 June 2024)',
          value: '2024-06-08T23:30',
          type: 'TIME',
          mod: 'APPROX',
        },
      ],
    ],
    [
      'Between 1am and 2am (Sunday 9 June), a car was stolen from a driveway.',
      REF,
      [
        { text: '1am', value: '2024-06-09T01:00', type: 'TIME' },
        { text: '2am (Sunday 9 June)', value: '2024-06-09T02:00', type: 'TIME' },
      ],
    ],
    // A zone or a place's time in brackets is no day.
    [
      'At 2.30pm (AEST) officers attended.',
      REF,
      [{ text: '2.30pm', value: '2024-06-12T14:30', type: 'TIME' }],
    ],
    // A bracket that holds more than the day leaves it apart.
    [
      'At 3pm (shortly after Sunday 9 June prayers) police arrived.',
      REF,
      [
        { text: '3pm', value: '2024-06-09T15:00', type: 'TIME' },
        { text: 'Sunday 9 June', value: '2024-06-09', type: 'DATE' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a weekday that names again the day named last', () => {
  const cases: Case[] = [
    [
      'The burglary happened on the night of Tuesday, 14th November 2023. Gardaí appeal to anyone in the area between 10pm and 11.30pm on Tuesday night.',
      null,
      [
        { text: 'the night of Tuesday, 14th November 2023', value: '2023-11-14TNI', type: 'TIME' },
        { text: '10pm', value: '2023-11-14T22:00', type: 'TIME' },
        { text: '11.30pm on Tuesday night', value: '2023-11-14T23:30', type: 'TIME' },
      ],
    ],
    [
      'A car was stolen on Tuesday 14 November 2023. It was found on Tuesday evening at 9pm.',
      null,
      [
        { text: 'Tuesday 14 November 2023', value: '2023-11-14' },
        { text: 'Tuesday evening', value: '2023-11-14TEV', type: 'TIME' },
        { text: '9pm', value: '2023-11-14T21:00', type: 'TIME' },
      ],
    ],
    [
      'Officers attended on Friday, March 8, 2024. The suspect had been seen in the area on Friday.',
      null,
      [
        { text: 'Friday, March 8, 2024', value: '2024-03-08' },
        { text: 'Friday', value: '2024-03-08' },
      ],
    ],
    // Another weekday, one still to come, a weekday after another unknown one, and a recurrence keep X.
    [
      'A car was stolen on Tuesday 14 November 2023. It was found on Thursday.',
      null,
      [
        { text: 'Tuesday 14 November 2023', value: '2023-11-14' },
        { text: 'Thursday', value: 'XXXX-WXX-4' },
      ],
    ],
    [
      'The burglary happened on Tuesday 14 November 2023. The man will appear in court on Tuesday.',
      null,
      [
        { text: 'Tuesday 14 November 2023', value: '2023-11-14' },
        { text: 'Tuesday', value: 'XXXX-WXX-2' },
      ],
    ],
    [
      'A car was stolen on Tuesday 14 November 2023. It was seen on Friday and again on Tuesday.',
      null,
      [
        { text: 'Tuesday 14 November 2023', value: '2023-11-14' },
        { text: 'Friday', value: 'XXXX-WXX-5' },
        { text: 'Tuesday', value: 'XXXX-WXX-2' },
      ],
    ],
    [
      'A car was stolen on Tuesday 14 November 2023. The market is held every Tuesday.',
      null,
      [
        { text: 'Tuesday 14 November 2023', value: '2023-11-14' },
        { text: 'every Tuesday', value: 'XXXX-WXX-2', type: 'SET' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a time beside a range of weekdays', () => {
  // Tuesday 5 March 2024.
  const REF = '2024-03-05'
  const cases: Case[] = [
    [
      'The helpline is open 9am to 5pm, Monday to Friday.',
      REF,
      [
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
      ],
    ],
    [
      'The office is open Monday to Friday, 9am to 5pm.',
      REF,
      [
        { text: 'Monday', value: 'XXXX-WXX-1' },
        { text: 'Friday', value: 'XXXX-WXX-5' },
        { text: '9am', value: 'XXXX-XX-XXT09:00' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00' },
      ],
    ],
    [
      'Charges will apply 6pm-8pm Monday-Saturday.',
      REF,
      [
        { text: '6pm', value: 'XXXX-XX-XXT18:00' },
        { text: '8pm', value: 'XXXX-XX-XXT20:00' },
        { text: 'Monday', value: 'XXXX-WXX-1' },
        { text: 'Saturday', value: 'XXXX-WXX-6' },
      ],
    ],
    // A day of its own after each time, and a day before a time with no range, still join it.
    [
      'The road will be closed from 8pm Friday to 6am Monday.',
      REF,
      [
        { text: '8pm Friday', value: '2024-03-08T20:00', type: 'TIME' },
        { text: '6am Monday', value: '2024-03-11T06:00', type: 'TIME' },
      ],
    ],
    [
      'The office reopens on Friday, 9am, after the works.',
      REF,
      [{ text: 'Friday, 9am', value: '2024-03-08T09:00', type: 'TIME' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a day counted from a day of no known year', () => {
  const cases: Case[] = [
    [
      'A car was stolen on Sunday 5 May. It was found the following morning at 9am.',
      null,
      [
        { text: 'Sunday 5 May', value: 'XXXX-05-05' },
        { text: 'the following morning', value: 'XXXX-05-06TMO', type: 'TIME' },
        { text: '9am', value: 'XXXX-05-06T09:00', type: 'TIME' },
      ],
    ],
    [
      'The collision happened on 30 April. The road reopened around 9.30am the next day.',
      null,
      [
        { text: '30 April', value: 'XXXX-04-30' },
        { text: 'around 9.30am the next day', value: 'XXXX-05-01T09:30', type: 'TIME', mod: 'APPROX' },
      ],
    ],
    // The day after 28 February depends on the year: it stays unknown.
    [
      'A car was stolen on 28 February. It was found the following morning.',
      null,
      [
        { text: '28 February', value: 'XXXX-02-28' },
        { text: 'the following morning', value: 'XXXX-XX-XXTMO', type: 'TIME' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('times before a range of days that writes its month once', () => {
  const cases: Case[] = [
    // The times take the first day, which stays a day of its own: "5pm on 14" would end before the month.
    [
      'Officers were present from 9am to 5pm on 14 and 15 March.',
      REF,
      [
        { text: '9am', value: '2024-03-14T09:00', type: 'TIME' },
        { text: '5pm', value: '2024-03-14T17:00', type: 'TIME' },
        { text: '14', value: '2024-03-14', type: 'DATE', at: 41 },
        { text: '15 March', value: '2024-03-15', type: 'DATE' },
      ],
    ],
    [
      'Road closures were in place from 8pm on 14-16 March.',
      REF,
      [
        { text: '8pm', value: '2024-03-14T20:00', type: 'TIME' },
        { text: '14', value: '2024-03-14', type: 'DATE' },
        { text: '16 March', value: '2024-03-16', type: 'DATE' },
      ],
    ],
    [
      'The clinic ran at 10am on 3, 4 and 5 June.',
      REF,
      [
        { text: '10am', value: '2024-06-03T10:00', type: 'TIME' },
        { text: '3', value: '2024-06-03', at: 26 },
        { text: '4', value: '2024-06-04', at: 29 },
        { text: '5 June', value: '2024-06-05' },
      ],
    ],
    [
      'The event was at 7pm on Friday 14 and Saturday 15 June.',
      REF,
      [
        { text: '7pm', value: '2024-06-14T19:00', type: 'TIME' },
        { text: 'Friday 14', value: '2024-06-14' },
        { text: 'Saturday 15 June', value: '2024-06-15' },
      ],
    ],
    // A day written whole joins its time, as the ruling on a time joined to its day has it.
    [
      'The hearing was at 10am on 14 March and 15 March.',
      REF,
      [
        { text: '10am on 14 March', value: '2024-03-14T10:00', type: 'TIME' },
        { text: '15 March', value: '2024-03-15' },
      ],
    ],
    [
      'Officers were called at 9pm on 14 March.',
      REF,
      [{ text: '9pm on 14 March', value: '2024-03-14T21:00', type: 'TIME' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Wednesday 12 March 2025.
describe('the night of a day after "overnight"', () => {
  const WEDNESDAY = '2025-03-12'
  const cases: Case[] = [
    [
      'The line will be closed overnight on 14 April for track repairs.',
      WEDNESDAY,
      [{ text: 'overnight on 14 April', value: '2025-04-14TNI', type: 'TIME' }],
    ],
    [
      'The A14 will close overnight on Saturday 15 March for resurfacing.',
      WEDNESDAY,
      [{ text: 'overnight on Saturday 15 March', value: '2025-03-15TNI', type: 'TIME' }],
    ],
    [
      'Two men were arrested overnight Tuesday after a pursuit.',
      WEDNESDAY,
      [{ text: 'overnight Tuesday', value: '2025-03-11TNI', type: 'TIME' }],
    ],
    [
      'Engineers will work overnight on 14 April from 10pm.',
      WEDNESDAY,
      [
        { text: 'overnight on 14 April', value: '2025-04-14TNI', type: 'TIME' },
        { text: '10pm', value: '2025-04-14T22:00', type: 'TIME' },
      ],
    ],
    // Near misses: "overnight" before a noun, in a clause of its own, and before a morning.
    [
      'There will be an overnight closure on 14 April.',
      WEDNESDAY,
      [{ text: '14 April', value: '2025-04-14', type: 'DATE' }],
    ],
    [
      'The road was closed overnight, and on 14 April it reopened.',
      WEDNESDAY,
      [{ text: '14 April', value: '2024-04-14', type: 'DATE' }],
    ],
    [
      'The road was closed overnight on Sunday morning.',
      WEDNESDAY,
      [{ text: 'Sunday morning', value: '2025-03-09TMO', type: 'TIME' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Wednesday 12 March 2025.
describe('a night written with the day it runs into is a range: two mentions', () => {
  const WEDNESDAY = '2025-03-12'
  const cases: Case[] = [
    [
      'Officers were called to the address overnight on Saturday 8 March into Sunday 9 March.',
      WEDNESDAY,
      [
        { text: 'Saturday 8 March', value: '2025-03-08', type: 'DATE' },
        { text: 'Sunday 9 March', value: '2025-03-09', type: 'DATE' },
      ],
    ],
    [
      'Officers were deployed overnight on Friday 3 May into Saturday 4 May.',
      '2024-05-06',
      [
        { text: 'Friday 3 May', value: '2024-05-03', type: 'DATE' },
        { text: 'Saturday 4 May', value: '2024-05-04', type: 'DATE' },
      ],
    ],
    [
      'The A1 will be closed overnight on 3 May to 4 May.',
      '2024-04-26',
      [
        { text: '3 May', value: '2024-05-03', type: 'DATE' },
        { text: '4 May', value: '2024-05-04', type: 'DATE' },
      ],
    ],
    [
      'The M6 will be closed overnight Friday into Saturday for bridge works.',
      WEDNESDAY,
      [
        { text: 'Friday', value: '2025-03-14', type: 'DATE' },
        { text: 'Saturday', value: '2025-03-15', type: 'DATE' },
      ],
    ],
    [
      'Three men were arrested overnight between Sunday and Monday.',
      WEDNESDAY,
      [
        { text: 'Sunday', value: '2025-03-09', type: 'DATE' },
        { text: 'Monday', value: '2025-03-10', type: 'DATE' },
      ],
    ],
    [
      'The line will close overnight from Thursday to Friday.',
      WEDNESDAY,
      [
        { text: 'Thursday', value: '2025-03-13', type: 'DATE' },
        { text: 'Friday', value: '2025-03-14', type: 'DATE' },
      ],
    ],
    [
      'Patrols ran overnight Saturday into Sunday morning.',
      WEDNESDAY,
      [
        { text: 'Saturday', value: '2025-03-08', type: 'DATE' },
        { text: 'Sunday morning', value: '2025-03-09TMO', type: 'TIME' },
      ],
    ],
    [
      'The works will take place overnight Monday to Friday.',
      WEDNESDAY,
      [
        { text: 'Monday', value: '2025-03-10', type: 'DATE' },
        { text: 'Friday', value: '2025-03-14', type: 'DATE' },
      ],
    ],
    // A night named as such stays a night, and the day it runs into a day.
    [
      'Storms are expected on Friday night into Saturday.',
      WEDNESDAY,
      [
        { text: 'Friday night', value: '2025-03-14TNI', type: 'TIME' },
        { text: 'Saturday', value: '2025-03-15', type: 'DATE' },
      ],
    ],
    // Near misses: a night alone, and a night followed by a day in another clause.
    [
      'The A14 will close overnight on Saturday 15 March, and Sunday 16 March is clear.',
      WEDNESDAY,
      [
        { text: 'overnight on Saturday 15 March', value: '2025-03-15TNI', type: 'TIME' },
        { text: 'Sunday 16 March', value: '2025-03-16', type: 'DATE' },
      ],
    ],
    [
      'Two men were arrested overnight on Friday 3 May.',
      '2024-05-06',
      [{ text: 'overnight on Friday 3 May', value: '2024-05-03TNI', type: 'TIME' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a time does not take a day named in a later clause', () => {
  const cases: Case[] = [
    // The time has no day of its own, and the clause after it tells of another moment.
    [
      'The car was seen at 9pm, and on Tuesday 7 May it was found burnt out.',
      REF,
      [
        { text: '9pm', value: '2024-06-12T21:00', type: 'TIME' },
        { text: 'Tuesday 7 May', value: '2024-05-07' },
      ],
    ],
    [
      'The man left the pub at about 11.30pm; on Saturday 8 June he was arrested.',
      REF,
      [
        { text: 'about 11.30pm', value: '2024-06-12T23:30', type: 'TIME', mod: 'APPROX' },
        { text: 'Saturday 8 June', value: '2024-06-08' },
      ],
    ],
    [
      'She was last seen at 6pm but on Monday 10 June her phone was found in Leeds.',
      REF,
      [
        { text: '6pm', value: '2024-06-12T18:00', type: 'TIME' },
        { text: 'Monday 10 June', value: '2024-06-10' },
      ],
    ],
    [
      'Officers attended at 4am and then on Friday 7 June a second search took place.',
      REF,
      [
        { text: '4am', value: '2024-06-12T04:00', type: 'TIME' },
        { text: 'Friday 7 June', value: '2024-06-07' },
      ],
    ],
    // "before", "after" or "until" opening a clause of its own (a subject and its verb).
    [
      'He was stabbed at 9pm, before officers arrested him on Sunday 9 June.',
      REF,
      [
        { text: '9pm', value: '2024-06-12T21:00', type: 'TIME' },
        { text: 'Sunday 9 June', value: '2024-06-09' },
      ],
    ],
    [
      'The woman was seen at 11pm before she was found on Monday 10 June.',
      REF,
      [
        { text: '11pm', value: '2024-06-12T23:00', type: 'TIME' },
        { text: 'Monday 10 June', value: '2024-06-10' },
      ],
    ],
    [
      'He arrived home at 2am, after being discharged from hospital on Saturday 8 June.',
      REF,
      [
        { text: '2am', value: '2024-06-12T02:00', type: 'TIME' },
        { text: 'Saturday 8 June', value: '2024-06-08' },
      ],
    ],
    [
      'The cordon stayed in place from 6am until the forensic team left on Friday 7 June.',
      REF,
      [
        { text: '6am', value: '2024-06-12T06:00', type: 'TIME' },
        { text: 'Friday 7 June', value: '2024-06-07' },
      ],
    ],
    // Near misses: "before" or "after" a named moment, and "when" of the same moment, keep the day.
    [
      'Gates open at 6pm before the match on Sunday 9 June.',
      REF,
      [
        { text: '6pm', value: '2024-06-09T18:00' },
        { text: 'Sunday 9 June', value: '2024-06-09' },
      ],
    ],
    [
      'The road was closed at 9pm after a planned protest on Saturday 8 June.',
      REF,
      [
        { text: '9pm', value: '2024-06-08T21:00' },
        { text: 'Saturday 8 June', value: '2024-06-08' },
      ],
    ],
    [
      'A car struck him at 9pm when he crossed the road on Sunday 9 June.',
      REF,
      [
        { text: '9pm', value: '2024-06-09T21:00' },
        { text: 'Sunday 9 June', value: '2024-06-09' },
      ],
    ],
    // Near misses: a comma or a place between the time and its day is no new clause.
    [
      'Police were called at 10.15pm, near the park, on Friday 7 June.',
      REF,
      [
        { text: '10.15pm', value: '2024-06-07T22:15' },
        { text: 'Friday 7 June', value: '2024-06-07' },
      ],
    ],
    [
      'At about 7pm, while on patrol on Friday 7 June, officers stopped a car.',
      REF,
      [
        { text: 'about 7pm', value: '2024-06-07T19:00', type: 'TIME', mod: 'APPROX' },
        { text: 'Friday 7 June', value: '2024-06-07' },
      ],
    ],
    [
      'A man was stabbed at 1.40am in Castle Street and the High Street on Sunday 9 June.',
      REF,
      [
        { text: '1.40am', value: '2024-06-09T01:40' },
        { text: 'Sunday 9 June', value: '2024-06-09' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Wednesday 12 March 2025.
describe('"overnight" before a list of days: a night of each day', () => {
  const WEDNESDAY = '2025-03-12'
  const cases: Case[] = [
    [
      'Two cars were stolen overnight on Friday and Saturday in Harrogate.',
      WEDNESDAY,
      [
        { text: 'overnight on Friday', value: '2025-03-07TNI', type: 'TIME' },
        { text: 'Saturday', value: '2025-03-08TNI', type: 'TIME' },
      ],
    ],
    [
      'The A1 will be closed overnight on Monday 17 March and Tuesday 18 March.',
      WEDNESDAY,
      [
        { text: 'overnight on Monday 17 March', value: '2025-03-17TNI', type: 'TIME' },
        { text: 'Tuesday 18 March', value: '2025-03-18TNI', type: 'TIME' },
      ],
    ],
    [
      'Burglaries were reported overnight on Friday, Saturday, and Sunday.',
      WEDNESDAY,
      [
        { text: 'overnight on Friday', value: '2025-03-07TNI', type: 'TIME' },
        { text: 'Saturday', value: '2025-03-08TNI', type: 'TIME' },
        { text: 'Sunday', value: '2025-03-09TNI', type: 'TIME' },
      ],
    ],
    // Near misses: a range runs into its second day, a morning stays a morning, a night named
    // without "overnight" leaves the day after it a day.
    [
      'Three men were arrested overnight between Sunday and Monday.',
      WEDNESDAY,
      [
        { text: 'Sunday', value: '2025-03-09', type: 'DATE' },
        { text: 'Monday', value: '2025-03-10', type: 'DATE' },
      ],
    ],
    [
      'Patrols were stepped up overnight on Friday and Saturday morning.',
      WEDNESDAY,
      [
        { text: 'overnight on Friday', value: '2025-03-07TNI', type: 'TIME' },
        { text: 'Saturday morning', value: '2025-03-08TMO', type: 'TIME' },
      ],
    ],
    [
      'Officers were on patrol on Friday night and Saturday.',
      WEDNESDAY,
      [
        { text: 'Friday night', value: '2025-03-07TNI', type: 'TIME' },
        { text: 'Saturday', value: '2025-03-08', type: 'DATE' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a time takes the day of a later time of its clause', () => {
  const cases: Case[] = [
    // The day written with a later clock of the same clause is the day of the earlier clock.
    [
      'The attack happened at 2am and police arrived at 2.10am on Sunday 9 June.',
      REF,
      [
        { text: '2am', value: '2024-06-09T02:00', type: 'TIME' },
        { text: '2.10am on Sunday 9 June', value: '2024-06-09T02:10', type: 'TIME' },
      ],
    ],
    [
      'Shots were fired at 10:05pm and officers arrived at 10:12pm on Friday 7 June.',
      REF,
      [
        { text: '10:05pm', value: '2024-06-07T22:05', type: 'TIME' },
        { text: '10:12pm on Friday 7 June', value: '2024-06-07T22:12', type: 'TIME' },
      ],
    ],
    // Near misses: an earlier clock after the time may be past midnight, and a new clause keeps its day.
    [
      'A man was seen at 9pm and arrested at 1am on Sunday 9 June.',
      REF,
      [
        { text: '9pm', value: '2024-06-12T21:00', type: 'TIME' },
        { text: '1am on Sunday 9 June', value: '2024-06-09T01:00', type: 'TIME' },
      ],
    ],
    [
      'The alarm went off at 2am; at 3am on Sunday 9 June the fire service arrived.',
      REF,
      [
        { text: '2am', value: '2024-06-12T02:00', type: 'TIME' },
        { text: '3am on Sunday 9 June', value: '2024-06-09T03:00', type: 'TIME' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
