/**
 * Days of a year named relative to the reference ("3 March next year", "12 May last year"), and
 * days after "on or about", "on or before", "on or after".
 */
import { describe, it } from 'vitest'
import { type Case, expectCase } from '../test-helpers'

// A Wednesday in June: last year is 2023, next year 2025.
const REF = '2024-06-12'

describe('days of a relative year', () => {
  const cases: Case[] = [
    [
      'The trial is expected to last four weeks and is due to start on 3 March next year.',
      REF,
      [
        { text: 'four weeks', value: 'P4W', type: 'DURATION' },
        {
          text: '3 March next year',
          value: '2025-03-03',
          type: 'DATE',
          start: '2025-03-03',
          end: '2025-03-03',
        },
      ],
    ],
    [
      'He was first arrested on 12 May last year and charged on 4th June this year.',
      REF,
      [
        { text: '12 May last year', value: '2023-05-12' },
        { text: '4th June this year', value: '2024-06-04' },
      ],
    ],
    [
      'The attack happened on March 3 of last year, prosecutors said.',
      REF,
      [{ text: 'March 3 of last year', value: '2023-03-03' }],
    ],
    // With no reference and no evidence the year stays unknown.
    ['He was first arrested on 12 May last year.', null, [{ text: '12 May last year', value: 'XXXX-05-12' }]],
    // Not a relative year: "next year's budget" stands apart from the day before it.
    [
      'The review will report by 31 March, next year’s budget permitting.',
      REF,
      [
        { text: '31 March', value: '2025-03-31' },
        { text: 'next year', value: '2025' },
      ],
    ],
    [
      'The 3 March deadline was missed last year.',
      REF,
      [
        { text: '3 March', value: '2024-03-03' },
        { text: 'last year', value: '2023' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('days after "on or about", "on or before" and "on or after"', () => {
  const cases: Case[] = [
    [
      'On or about June 14, 2022, agents executed a search warrant at the residence.',
      REF,
      [{ text: 'On or about June 14, 2022', value: '2022-06-14', mod: 'APPROX' }],
    ],
    [
      'Beginning on or about 3 March 2019 and continuing until on or about 4 April 2021, the defendants conspired.',
      REF,
      [
        { text: 'on or about 3 March 2019', value: '2019-03-03', mod: 'APPROX' },
        { text: 'on or about 4 April 2021', value: '2021-04-04', mod: 'APPROX' },
      ],
    ],
    [
      'Payments made on or after 1 April 2025 are covered; claims dated on or before 31 March 2025 are not.',
      REF,
      [
        { text: 'on or after 1 April 2025', value: '2025-04-01', mod: 'ON_OR_AFTER' },
        { text: 'on or before 31 March 2025', value: '2025-03-31', mod: 'ON_OR_BEFORE' },
      ],
    ],
    [
      'He was seen on or about Friday, May 3, 2024.',
      REF,
      [{ text: 'on or about Friday, May 3, 2024', value: '2024-05-03', mod: 'APPROX' }],
    ],
    // Not days: "or about" before anything else.
    ['Going on or about the business of the day.', REF, []],
    ['He was arrested on 3 June 2024 or shortly after.', REF, [{ text: '3 June 2024', value: '2024-06-03' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('numeric dates and reference numbers in their shape', () => {
  const cases: Case[] = [
    ['The man was arrested on 06/06/24 in Leeds.', REF, [{ text: '06/06/24', value: '2024-06-06' }]],
    ['Call 101 quoting log 0612 of 06/06/24.', REF, [{ text: '06/06/24', value: '2024-06-06' }]],
    // A reference's name before it, or a serial after it, make it a code.
    ['Please quote Ref: 06/06/24-1234 when calling.', REF, []],
    ['Anyone with information should quote crime reference 06/06/24.', REF, []],
    ['Call 101 quoting reference 123/06/24.', REF, []],
    ['Quote case no. 06/06/2024 when you call.', REF, []],
    // Hyphens with a four-digit year; not a case number.
    ['The incident occurred on 16-04-2024.', REF, [{ text: '16-04-2024', value: '2024-04-16' }]],
    ['Case 24-1234 and file 12-34-56 were opened.', REF, []],
    // A range of numeric dates joined by a dash: two mentions, in the release's order of day and month.
    [
      'The market is open 06/06/24-07/06/24 in the square.',
      REF,
      [
        { text: '06/06/24', value: '2024-06-06' },
        { text: '07/06/24', value: '2024-06-07' },
      ],
    ],
    [
      'Roadworks will run 28/05/2024–14/06/2024.',
      REF,
      [
        { text: '28/05/2024', value: '2024-05-28' },
        { text: '14/06/2024', value: '2024-06-14' },
      ],
    ],
    ['Please quote Ref: 06/06/24-07/06/24 when calling.', REF, []],
    // Two days of one month joined by a slash, as British forces write a night: read as "3-4 June".
    [
      'The thefts happened on the night of 3/4 June.',
      REF,
      [
        { text: 'the night of 3', value: '2024-06-03TNI', type: 'TIME' },
        { text: '4 June', value: '2024-06-04' },
      ],
    ],
    [
      'Officers were called on 3/4 June.',
      REF,
      [
        { text: '3', value: '2024-06-03' },
        { text: '4 June', value: '2024-06-04' },
      ],
    ],
    ['About 3/4 of residents replied by 4 June.', REF, [{ text: '4 June', value: '2024-06-04' }]],
    // Year first with slashes; a financial year's slash is no day.
    [
      'The incident occurred on 2024/06/11 and 2024/6/9.',
      REF,
      [
        { text: '2024/06/11', value: '2024-06-11' },
        { text: '2024/6/9', value: '2024-06-09' },
      ],
    ],
    [
      'Figures for 2023/24 and code 2024/13/45 were published.',
      REF,
      [
        { text: '2023', value: '2023' },
        { text: '24', value: '2024' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a number after a day and its month', () => {
  const cases: Case[] = [
    // The month is the day's: the number after it counts.
    ['On 5 March 25 people were hurt.', REF, [{ text: '5 March', value: '2024-03-05' }]],
    // With no day before the month, the number is its day.
    ['On March 25 police were called.', REF, [{ text: 'March 25', value: '2024-03-25' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a day written as an ordinal word before "of" and its month, or after its month and "the"', () => {
  const cases: Case[] = [
    [
      'It happened on the twelfth of March 2024.',
      REF,
      [{ text: 'twelfth of March 2024', value: '2024-03-12' }],
    ],
    [
      'They met on the twenty-first of June 2023.',
      REF,
      [{ text: 'twenty-first of June 2023', value: '2023-06-21' }],
    ],
    [
      'The vote is on Wednesday the first of May 2024.',
      REF,
      [{ text: 'Wednesday the first of May 2024', value: '2024-05-01' }],
    ],
    ['It happened on March the 12th.', REF, [{ text: 'March the 12th', value: '2024-03-12' }]],
    [
      'He left on March the twenty first, 2023.',
      REF,
      [{ text: 'March the twenty first, 2023', value: '2023-03-21' }],
    ],
    // An ordinal word with no "of" after it, or "the" before no ordinal, is no day.
    ['The first May Day march was the second March rally.', REF, []],
    ['It was the first of many in March the club held.', REF, [{ text: 'March', value: '2024-03' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a day and its month name with a year in two digits', () => {
  const cases: Case[] = [
    ['The notice was issued on 5 Mar 25.', REF, [{ text: '5 Mar 25', value: '2025-03-05' }]],
    ['Date of offence: 31-Dec-23', REF, [{ text: '31-Dec-23', value: '2023-12-31' }]],
    [
      'The hearing is on Wednesday 5 March 25 at 10:00.',
      REF,
      [{ text: 'Wednesday 5 March 25 at 10:00', value: '2025-03-05T10:00', type: 'TIME' }],
    ],
    // A comma after the month, or a noun after the number: a count, not a year.
    ['On 5 March, 25 officers attended.', REF, [{ text: '5 March', value: '2024-03-05' }]],
    // Two digits that start a time are its hour.
    [
      'It opened on 5 Mar 12.30pm.',
      REF,
      [{ text: '5 Mar 12.30pm', value: '2024-03-05T12:30', type: 'TIME' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// The reference is Wednesday 12 June 2024: Tuesday 11th and Monday 3rd are in June, Friday the
// 14th is two days on.
describe('a weekday and a day of the month with no month', () => {
  const cases: Case[] = [
    [
      'Published 14:05 on Tuesday 11th',
      REF,
      [{ text: '14:05 on Tuesday 11th', value: '2024-06-11T14:05', type: 'TIME' }],
    ],
    ['The hearing will be on Friday the 14th.', REF, [{ text: 'Friday the 14th', value: '2024-06-14' }]],
    ['Officers were called on Monday 3rd.', REF, [{ text: 'Monday 3rd', value: '2024-06-03' }]],
    // A month after it names the month; no month around the reference that fits leaves it open.
    [
      'The event was held on Tuesday 3rd June 2025.',
      REF,
      [{ text: 'Tuesday 3rd June 2025', value: '2025-06-03' }],
    ],
    ['Officers were called on Monday 4th.', REF, [{ text: 'Monday 4th', value: 'XXXX-XX-04' }]],
    ['Officers were called on Monday 3rd.', null, [{ text: 'Monday 3rd', value: 'XXXX-XX-03' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// The reference is Wednesday 12 June 2024.
describe('a day of the month alone after "on the"', () => {
  const cases: Case[] = [
    // The clause's tense picks the month around the reference: ahead, behind, else the nearest.
    ['He will be sentenced on the 14th.', REF, [{ text: 'the 14th', value: '2024-06-14', type: 'DATE' }]],
    ['He will be sentenced on the 3rd.', REF, [{ text: 'the 3rd', value: '2024-07-03' }]],
    ['The man was arrested on the 28th.', REF, [{ text: 'the 28th', value: '2024-05-28' }]],
    ['The meeting is on the 13th.', REF, [{ text: 'the 13th', value: '2024-06-13' }]],
    // A time after it joins it.
    [
      'Police were called on the 28th at 9pm.',
      REF,
      [{ text: 'the 28th at 9pm', value: '2024-05-28T21:00', type: 'TIME' }],
    ],
    ['He was arrested on the 2nd, police said.', null, [{ text: 'the 2nd', value: 'XXXX-XX-02' }]],
    // A noun after it makes it an ordinal; a month after it is read with the month.
    ['He lives on the 14th floor.', REF, []],
    ['The race is on the 3rd lap.', REF, []],
    ['He was arrested on the 2nd of March.', REF, [{ text: '2nd of March', value: '2024-03-02' }]],
    // After "until", "by" and "since" too.
    [
      'The hearing was adjourned until the 14th.',
      REF,
      [{ text: 'the 14th', value: '2024-06-14', type: 'DATE' }],
    ],
    ['Payment must be made by the 21st.', REF, [{ text: 'the 21st', value: '2024-06-21' }]],
    ['He has been missing since the 3rd.', REF, [{ text: 'the 3rd', value: '2024-06-03' }]],
    ['Stocks last until the 14th century.', REF, [{ text: 'the 14th century', value: '13' }]],
    ['He moved up from the 3rd.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// The reference is Wednesday 12 June 2024.
describe('a part of the day of a day of the month alone', () => {
  const cases: Case[] = [
    // "the evening of the 10th" is that part of the day, in the month the clause's tense picks.
    [
      'The man was attacked on the evening of the 10th.',
      REF,
      [{ text: 'the evening of the 10th', value: '2024-06-10TEV', type: 'TIME' }],
    ],
    [
      'It happened on the morning of the 3rd in Leeds.',
      REF,
      [{ text: 'the morning of the 3rd', value: '2024-06-03TMO', type: 'TIME' }],
    ],
    [
      'The fire started on the night of the 21st.',
      REF,
      [{ text: 'the night of the 21st', value: '2024-05-21TNI', type: 'TIME' }],
    ],
    [
      'A vigil will be held on the evening of the 20th, when the family will speak.',
      REF,
      [{ text: 'the evening of the 20th', value: '2024-06-20TEV', type: 'TIME' }],
    ],
    [
      'He was last seen on the afternoon of the 2nd near the station.',
      REF,
      [{ text: 'the afternoon of the 2nd', value: '2024-06-02TAF', type: 'TIME' }],
    ],
    [
      'The fire broke out in the early hours of the 9th.',
      REF,
      [{ text: 'the early hours of the 9th', value: '2024-06-09TMO', type: 'TIME', mod: 'START' }],
    ],
    [
      'He was attacked on the evening of the 10th at 9pm.',
      REF,
      [
        { text: 'the evening of the 10th', value: '2024-06-10TEV', type: 'TIME' },
        { text: '9pm', value: '2024-06-10T21:00', type: 'TIME' },
      ],
    ],
    // An ordinal's noun after it: an anniversary, a round, a floor.
    ['It was the evening of the 10th anniversary of the club.', REF, []],
    ['The night of the 3rd round was a long one.', REF, []],
    ['The morning of the 2nd day of the trial began late.', REF, []],
    ['It happened within hours of the 3rd.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a part of a day written between its weekday and its date', () => {
  const cases: Case[] = [
    [
      'Police are appealing for witnesses to a collision on Sunday evening, 5th May.',
      REF,
      [{ text: 'Sunday evening, 5th May', value: '2024-05-05TEV', type: 'TIME' }],
    ],
    [
      'He was last seen on Tuesday night, 7 May, near the park.',
      REF,
      [{ text: 'Tuesday night, 7 May', value: '2024-05-07TNI', type: 'TIME' }],
    ],
    [
      'Deputies responded on Sunday morning, May 5, to a report of a disturbance.',
      REF,
      [{ text: 'Sunday morning, May 5', value: '2024-05-05TMO', type: 'TIME' }],
    ],
    [
      'The break-in happened on Saturday afternoon (4 May) in the town centre.',
      REF,
      [{ text: 'Saturday afternoon (4 May)', value: '2024-05-04TAF', type: 'TIME' }],
    ],
    [
      'On Friday night 12 May 2023 two men forced their way into the shop.',
      REF,
      [{ text: 'Friday night 12 May 2023', value: '2023-05-12TNI', type: 'TIME' }],
    ],
    // The weekday with its part fixes the year when no reference does.
    [
      'The collision happened on Sunday evening, 5th May 2024.',
      null,
      [{ text: 'Sunday evening, 5th May 2024', value: '2024-05-05TEV', type: 'TIME' }],
    ],
    // Not a part of the day: another word between the weekday and the date keeps them apart.
    [
      'The market opens on Sunday mornings, 5 May excepted.',
      REF,
      [
        { text: 'Sunday mornings', value: 'XXXX-WXX-7TMO', type: 'SET' },
        { text: '5 May', value: '2024-05-05' },
      ],
    ],
    [
      'Officers were called on Sunday, with the evening of 5 May set aside for the vigil.',
      REF,
      [
        { text: 'Sunday', value: '2024-06-09' },
        { text: 'the evening of 5 May', value: '2024-05-05TEV', type: 'TIME' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the tense of a range of days, read before its first end', () => {
  // Sunday 10 March 2024: 4-6 March is behind, and a year on in a future clause; "through" was
  // read as a deadline before the second end alone.
  const SUNDAY = '2024-03-10'
  const cases: Case[] = [
    [
      'Spring break: March 4 through 6.',
      SUNDAY,
      [
        { text: 'March 4', value: '2024-03-04' },
        { text: '6', value: '2024-03-06' },
      ],
    ],
    [
      'Extra patrols, March 4th through 6th',
      SUNDAY,
      [
        { text: 'March 4th', value: '2024-03-04' },
        { text: '6th', value: '2024-03-06' },
      ],
    ],
    // A future clause still moves both ends to the year to come.
    [
      'The show will run March 4 through 6.',
      SUNDAY,
      [
        { text: 'March 4', value: '2025-03-04' },
        { text: '6', value: '2025-03-06' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a list of days after their month', () => {
  const SUNDAY = '2024-03-10'
  const cases: Case[] = [
    [
      'Checkpoints were set up on March 4, 5 and 6.',
      SUNDAY,
      [
        { text: 'March 4', value: '2024-03-04', type: 'DATE' },
        { text: '5', value: '2024-03-05', type: 'DATE' },
        { text: '6', value: '2024-03-06', type: 'DATE' },
      ],
    ],
    [
      'The clinics ran Oct. 1, 2, and 3, 2023.',
      SUNDAY,
      [
        { text: 'Oct. 1', value: '2023-10-01' },
        { text: '2', value: '2023-10-02' },
        { text: '3, 2023', value: '2023-10-03' },
      ],
    ],
    [
      'Patrols ran March 4th, 5th and 6th.',
      SUNDAY,
      [
        { text: 'March 4th', value: '2024-03-04' },
        { text: '5th', value: '2024-03-05' },
        { text: '6th', value: '2024-03-06' },
      ],
    ],
    // A count after the day, and days out of order, are no list.
    ['On March 4, 5 people were hurt.', SUNDAY, [{ text: 'March 4', value: '2024-03-04' }]],
    ['On March 4, 5 and 6 people were hurt.', SUNDAY, [{ text: 'March 4', value: '2024-03-04' }]],
    ['Votes on March 6, 5 and 4 were close.', SUNDAY, [{ text: 'March 6', value: '2024-03-06' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('an ISO day with its time, as a timestamp writes it', () => {
  const cases: Case[] = [
    [
      'The deadline is 2025-04-05T17:00.',
      REF,
      [{ text: '2025-04-05T17:00', value: '2025-04-05T17:00', type: 'TIME' }],
    ],
    [
      'Published 2025-04-05T17:00:00Z by the press office.',
      REF,
      [{ text: '2025-04-05T17:00:00Z', value: '2025-04-05T17:00', type: 'TIME' }],
    ],
    [
      'Last updated: 2025-04-05T09:30:00+01:00',
      REF,
      [{ text: '2025-04-05T09:30:00+01:00', value: '2025-04-05T09:30', type: 'TIME' }],
    ],
    // Near misses: a day alone stays a day, and an hour no clock has leaves the day alone.
    [
      'The report was published on 2025-03-04.',
      REF,
      [{ text: '2025-03-04', value: '2025-03-04', type: 'DATE' }],
    ],
    [
      'The field read 2025-04-05T25:00 in the log.',
      REF,
      [{ text: '2025-04-05', value: '2025-04-05', type: 'DATE' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Wednesday 12 March 2025: Friday 2 May and Monday 5 May 2025 are ahead.
describe('a range of days whose first end writes a weekday and its day only', () => {
  const WEDNESDAY = '2025-03-12'
  const cases: Case[] = [
    [
      'The A1 will be closed from 8pm on Friday 2 until 6am on Monday 5 May.',
      WEDNESDAY,
      [
        { text: '8pm on Friday 2', value: '2025-05-02T20:00', type: 'TIME' },
        { text: '6am on Monday 5 May', value: '2025-05-05T06:00', type: 'TIME' },
      ],
    ],
    [
      'The slip road closes from 9pm Friday 14 until 6am Monday 17 March.',
      WEDNESDAY,
      [
        { text: '9pm Friday 14', value: '2025-03-14T21:00', type: 'TIME' },
        { text: '6am Monday 17 March', value: '2025-03-17T06:00', type: 'TIME' },
      ],
    ],
    [
      'The bridge will be shut from Friday 2 until Monday 5 May.',
      WEDNESDAY,
      [
        { text: 'Friday 2', value: '2025-05-02', type: 'DATE' },
        { text: 'Monday 5 May', value: '2025-05-05', type: 'DATE' },
      ],
    ],
    [
      'The festival runs from Friday 2nd to Sunday 4th May.',
      WEDNESDAY,
      [
        { text: 'Friday 2nd', value: '2025-05-02' },
        { text: 'Sunday 4th May', value: '2025-05-04' },
      ],
    ],
    [
      'The exhibition runs from 3 until 6 May at the town hall.',
      WEDNESDAY,
      [
        { text: '3', value: '2025-05-03' },
        { text: '6 May', value: '2025-05-06' },
      ],
    ],
    [
      'Roadworks will take place May 6 until 9 on the high street.',
      WEDNESDAY,
      [
        { text: 'May 6', value: '2025-05-06' },
        { text: '9', value: '2025-05-09' },
      ],
    ],
    // Near misses: hours before a day, and a weekday that does not fit the day of the month.
    [
      'The office is open from 3 to 5pm on 6 May.',
      WEDNESDAY,
      [
        { text: '3', value: '2025-05-06T15:00', type: 'TIME' },
        { text: '5pm on 6 May', value: '2025-05-06T17:00', type: 'TIME' },
      ],
    ],
    [
      'The road will be closed on Friday 3 until 6am on Monday 5 May.',
      WEDNESDAY,
      [
        { text: 'Friday', value: '2025-03-14', type: 'DATE' },
        { text: '6am on Monday 5 May', value: '2025-05-05T06:00', type: 'TIME' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
