/**
 * Parts of a day counted from the day the narrative is on: "the following morning", "the next
 * evening", "the same night"; "the small hours", the British "early hours"; and "the weekend".
 */
import { describe, it } from 'vitest'
import { type Case, expectCase } from '../test-helpers'

const REF = '2024-06-12'

describe('parts of a day counted from the day named last', () => {
  const cases: Case[] = [
    [
      'Police were called to the address on Saturday 8 June. The following morning, officers recovered a firearm from a nearby garden.',
      REF,
      [
        { text: 'Saturday 8 June', value: '2024-06-08' },
        { text: 'The following morning', value: '2024-06-09TMO', type: 'TIME' },
      ],
    ],
    [
      'He was arrested on 3 June and charged the next evening.',
      REF,
      [
        { text: '3 June', value: '2024-06-03' },
        { text: 'the next evening', value: '2024-06-04TEV', type: 'TIME' },
      ],
    ],
    // A time before it takes that day, as one mention.
    [
      'Police were called on Saturday 8 June. At 9am the following morning, a second man was arrested.',
      REF,
      [
        { text: 'Saturday 8 June', value: '2024-06-08' },
        { text: '9am the following morning', value: '2024-06-09T09:00', type: 'TIME' },
      ],
    ],
    // The narrative is then on the day after: later times take it.
    [
      'He was arrested on 3 June. The following day he was charged, and at 6pm he was bailed.',
      REF,
      [
        { text: '3 June', value: '2024-06-03' },
        { text: 'The following day', value: '2024-06-04' },
        { text: '6pm', value: '2024-06-04T18:00' },
      ],
    ],
    // No day named: the part of the day stays unknown, never counted from the publication day.
    [
      'The following morning officers returned.',
      REF,
      [{ text: 'The following morning', value: 'XXXX-XX-XXTMO' }],
    ],
    // Not parts of a day counted on: a possessive, and "of" a named event.
    ['The following morning’s papers carried the story.', REF, []],
    ['The next morning of the festival was busy.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the small hours', () => {
  const cases: Case[] = [
    [
      'The two men were stopped by officers in the small hours of Monday.',
      REF,
      [{ text: 'the small hours of Monday', value: '2024-06-10TMO', type: 'TIME', mod: 'START' }],
    ],
    [
      'A man was attacked in the small hours.',
      REF,
      [{ text: 'the small hours', value: '2024-06-12TMO', mod: 'START' }],
    ],
    ['Small businesses open for longer hours.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('later that day, later in the day', () => {
  const cases: Case[] = [
    // "later" and "earlier" do not change the day, so they stay out of the mention ("later today" is "today").
    [
      'He was arrested on Saturday 8 June. Officers searched his home later that day.',
      REF,
      [
        { text: 'Saturday 8 June', value: '2024-06-08' },
        { text: 'that day', value: '2024-06-08', type: 'DATE' },
      ],
    ],
    [
      'He was arrested on Saturday 8 June. Later in the day, officers searched his home.',
      REF,
      [
        { text: 'Saturday 8 June', value: '2024-06-08' },
        { text: 'the day', value: '2024-06-08', type: 'DATE' },
      ],
    ],
    [
      'The victim was seen on Friday 7 June. Earlier in the evening, she had visited a pub.',
      REF,
      [
        { text: 'Friday 7 June', value: '2024-06-07' },
        { text: 'the evening', value: '2024-06-07TEV', type: 'TIME' },
      ],
    ],
    // Not days: "the day" without "later in" or "earlier in", and "in the day" of a working day.
    ['Officers are on patrol throughout the day.', REF, []],
    ['Officers sleep in the day and patrol at night.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the end of the year in a past clause', () => {
  const cases: Case[] = [
    // Written in June, the end of this year is still to come: a past clause means last year's.
    [
      'Reports of the scam peaked by the end of the year and have fallen since.',
      REF,
      [{ text: 'the end of the year', value: '2023', type: 'DATE', mod: 'END' }],
    ],
    ['Cases peaked by the end of year.', REF, [{ text: 'the end of year', value: '2023', mod: 'END' }]],
    // Not last year: a future clause, a year named, and a past clause written late in the year.
    [
      'The new unit will open by the end of the year.',
      REF,
      [{ text: 'the end of the year', value: '2024', mod: 'END' }],
    ],
    [
      'Crime fell at the end of last year.',
      REF,
      [{ text: 'the end of last year', value: '2023', mod: 'END' }],
    ],
    [
      'Cases peaked by the end of the year.',
      '2024-11-20',
      [{ text: 'the end of the year', value: '2024', mod: 'END' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the year-end and the month-end', () => {
  const cases: Case[] = [
    // As companies write "the end of the year": after a preposition of time, or with its year.
    [
      'The plan will be finalised by year-end.',
      REF,
      [{ text: 'year-end', value: '2024', type: 'DATE', mod: 'END' }],
    ],
    ['Net debt fell at the year-end.', '2024-11-20', [{ text: 'the year-end', value: '2024', mod: 'END' }]],
    ['Payments are made at month-end.', REF, [{ text: 'month-end', value: '2024-06', mod: 'END' }]],
    ['Year-end 2023 reserves were higher.', REF, [{ text: 'Year-end 2023', value: '2023', mod: 'END' }]],
    ['By year end 2026 the plant will open.', REF, [{ text: 'year end 2026', value: '2026', mod: 'END' }]],
    // Written in June, a past clause's year-end is last year's.
    ['Debt was cut by year-end.', REF, [{ text: 'year-end', value: '2023', mod: 'END' }]],
    // Not a time: a noun it qualifies with no preposition of time, and "end" as a verb.
    ['The year-end review is due.', REF, []],
    ['The year ended well.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a part of a month named from the reference', () => {
  const cases: Case[] = [
    [
      'The man was first reported missing late last July by his son.',
      REF,
      [{ text: 'late last July', value: '2023-07', type: 'DATE', mod: 'END' }],
    ],
    [
      'The scheme started in early March last year.',
      REF,
      [{ text: 'early March last year', value: '2023-03', mod: 'START' }],
    ],
    // Not a part: the month alone.
    ['The man was first reported missing last July.', REF, [{ text: 'last July', value: '2023-07' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// The reference is a Wednesday: the Friday before is 7 June, the one after 14 June.
describe('a weekday after a publication lead', () => {
  const cases: Case[] = [
    ['Posted 09:40 on Friday', REF, [{ text: '09:40 on Friday', value: '2024-06-07T09:40', type: 'TIME' }]],
    ['Last updated: Thursday', REF, [{ text: 'Thursday', value: '2024-06-06' }]],
    [
      'Published at 2.15pm on Monday\nPolice are appealing for witnesses.',
      REF,
      [{ text: '2.15pm on Monday', value: '2024-06-10T14:15', type: 'TIME' }],
    ],
    // Not a lead: a verb later in the sentence, or a sentence that looks ahead.
    ['The report will be published on Friday.', REF, [{ text: 'Friday', value: '2024-06-14' }]],
    ['Updated guidance will be issued on Thursday.', REF, [{ text: 'Thursday', value: '2024-06-13' }]],
  ]
  for (const c of cases) it(`reads ${JSON.stringify(c[0])}`, () => expectCase(c))
})

// Wednesday 12 June 2024: the Monday and Tuesday just gone are nearer than the next ones.
describe('a time of the day between a cue that looks ahead and its weekday', () => {
  const cases: Case[] = [
    [
      'Entries close at 5pm on Friday.',
      REF,
      [{ text: '5pm on Friday', value: '2024-06-14T17:00', type: 'TIME' }],
    ],
    [
      'The consultation closes at midnight on Monday.',
      REF,
      [{ text: 'midnight on Monday', value: '2024-06-17T24:00', type: 'TIME' }],
    ],
    [
      'The exhibition opens at noon on Tuesday.',
      REF,
      [{ text: 'noon on Tuesday', value: '2024-06-18T12:00', type: 'TIME' }],
    ],
    [
      'Comments must be in by 5pm on Monday.',
      REF,
      [{ text: '5pm on Monday', value: '2024-06-17T17:00', type: 'TIME' }],
    ],
    [
      'Bids must arrive before noon Monday.',
      REF,
      [{ text: 'noon Monday', value: '2024-06-17T12:00', type: 'TIME' }],
    ],
    // The end of a working day before its day is one mention, the day at its END.
    [
      'Submissions must arrive by end of day Monday.',
      REF,
      [{ text: 'end of day Monday', value: '2024-06-17', mod: 'END' }],
    ],
    [
      'The appeal runs until close of business Monday.',
      REF,
      [{ text: 'close of business Monday', value: '2024-06-17', mod: 'END' }],
    ],
    [
      'Responses are due by COB on Friday 21 June.',
      REF,
      [{ text: 'COB on Friday 21 June', value: '2024-06-21', mod: 'END' }],
    ],
    [
      'Entries close at the end of the day today.',
      REF,
      [{ text: 'the end of the day today', value: '2024-06-12', mod: 'END' }],
    ],
    // Near misses: a bread roll, and an idiom set off by a comma, are no end of a day.
    ['The cob on Monday was fresh.', REF, [{ text: 'Monday', value: '2024-06-10' }]],
    ['At the end of the day, Monday was a success.', REF, [{ text: 'Monday', value: '2024-06-10' }]],
    // Near misses: the same times in a sentence of what happened.
    [
      'Police were called at 5pm on Monday.',
      REF,
      [{ text: '5pm on Monday', value: '2024-06-10T17:00', type: 'TIME' }],
    ],
    [
      'The man was arrested at midnight on Monday.',
      REF,
      [{ text: 'midnight on Monday', value: '2024-06-10T24:00', type: 'TIME' }],
    ],
  ]
  for (const c of cases) it(`reads ${JSON.stringify(c[0])}`, () => expectCase(c))
})

// Monday 8 April 2024: the Friday and Saturday just gone are nearer than the next ones.
describe('a thing on a timetable, or a verb of one, with a time of the day before its weekday', () => {
  const MONDAY = '2024-04-08'
  const cases: Case[] = [
    [
      'The deadline is midnight on Friday.',
      MONDAY,
      [{ text: 'midnight on Friday', value: '2024-04-12T24:00', type: 'TIME' }],
    ],
    [
      'The deadline for applications is 5pm on Friday.',
      MONDAY,
      [{ text: '5pm on Friday', value: '2024-04-12T17:00', type: 'TIME' }],
    ],
    [
      'Kick-off is at 3pm on Saturday.',
      MONDAY,
      [{ text: '3pm on Saturday', value: '2024-04-13T15:00', type: 'TIME' }],
    ],
    [
      'Tickets go on sale at 10am on Friday.',
      MONDAY,
      [{ text: '10am on Friday', value: '2024-04-12T10:00', type: 'TIME' }],
    ],
    [
      'Submissions close end of day Friday.',
      MONDAY,
      [{ text: 'end of day Friday', value: '2024-04-12', mod: 'END' }],
    ],
    ['The trial is on Friday.', MONDAY, [{ text: 'Friday', value: '2024-04-12' }]],
    // Near misses: a past verb, and a thing on a timetable that was.
    [
      'Tickets went on sale at 10am on Friday.',
      MONDAY,
      [{ text: '10am on Friday', value: '2024-04-05T10:00', type: 'TIME' }],
    ],
    ['The sale of the house was on Friday.', MONDAY, [{ text: 'Friday', value: '2024-04-05' }]],
    [
      'Officers who opened the door at 5pm on Friday found him.',
      MONDAY,
      [{ text: '5pm on Friday', value: '2024-04-05T17:00', type: 'TIME' }],
    ],
  ]
  for (const c of cases) it(`reads ${JSON.stringify(c[0])}`, () => expectCase(c))
})

// Wednesday 12 June 2024: the Monday and Tuesday just gone are nearer than the next ones.
describe('a weekday after a verb of a timetable in the present tense', () => {
  const cases: Case[] = [
    ['The road closes on Monday.', REF, [{ text: 'Monday', value: '2024-06-17' }]],
    ['The exhibition opens to the public on Monday.', REF, [{ text: 'Monday', value: '2024-06-17' }]],
    [
      'Voting starts on Tuesday and the event runs on Monday.',
      REF,
      [
        { text: 'Tuesday', value: '2024-06-18' },
        { text: 'Monday', value: '2024-06-17' },
      ],
    ],
    ['The trial starts Monday, prosecutors said.', REF, [{ text: 'Monday', value: '2024-06-17' }]],
    [
      'The council said the bridge closes at 8pm on Monday.',
      REF,
      [{ text: '8pm on Monday', value: '2024-06-17T20:00', type: 'TIME' }],
    ],
    // With a plural subject, and a thing on a timetable with "is" or "are".
    ['Applications close on Monday.', REF, [{ text: 'Monday', value: '2024-06-17' }]],
    ['The meeting is on Monday.', REF, [{ text: 'Monday', value: '2024-06-17' }]],
    ['The closing date is Tuesday.', REF, [{ text: 'Tuesday', value: '2024-06-18' }]],
    // As the future tense reads it.
    ['The exhibition will open on Monday.', REF, [{ text: 'Monday', value: '2024-06-17' }]],
    // The past tense stays past; a verb of a timetable with other words between is no schedule.
    ['The road closed on Monday.', REF, [{ text: 'Monday', value: '2024-06-10' }]],
    ['The man who runs the shop died on Monday.', REF, [{ text: 'Monday', value: '2024-06-10' }]],
    ['The shop was forced to close on Monday.', REF, [{ text: 'Monday', value: '2024-06-10' }]],
    ['The meeting was on Monday.', REF, [{ text: 'Monday', value: '2024-06-10' }]],
    // A day of the month a few weeks gone is the one under way (further back, the next one).
    ['The parade takes place on 3 June.', REF, [{ text: '3 June', value: '2024-06-03' }]],
  ]
  for (const c of cases) it(`reads ${JSON.stringify(c[0])}`, () => expectCase(c))
})

// Wednesday 12 June 2024: the coming Tuesday is 18 June, "Tuesday week" the one after.
describe('a weekday a week after the coming one', () => {
  const cases: Case[] = [
    ['The case was adjourned until Tuesday week.', REF, [{ text: 'Tuesday week', value: '2024-06-25' }]],
    [
      'He will be sentenced on Friday week at 10am.',
      REF,
      [{ text: 'Friday week at 10am', value: '2024-06-21T10:00', type: 'TIME' }],
    ],
    // On that weekday, a week today.
    [
      'The hearing is on Wednesday week, the court heard.',
      REF,
      [{ text: 'Wednesday week', value: '2024-06-19' }],
    ],
    ['The case was adjourned until Tuesday week.', null, [{ text: 'Tuesday week', value: 'XXXX-WXX-2' }]],
    // "a week on Tuesday" says the same, the words before the day.
    [
      'The case was adjourned until a week on Tuesday.',
      REF,
      [{ text: 'a week on Tuesday', value: '2024-06-25' }],
    ],
    [
      'He will be sentenced a week on Friday at 10am.',
      REF,
      [{ text: 'a week on Friday at 10am', value: '2024-06-21T10:00', type: 'TIME' }],
    ],
    ['The hearing is a week on Wednesday.', REF, [{ text: 'a week on Wednesday', value: '2024-06-19' }]],
    [
      'The trial opens a week on Monday morning.',
      REF,
      [{ text: 'a week on Monday morning', value: '2024-06-24TMO' }],
    ],
    [
      'The case was adjourned until a week on Tuesday.',
      null,
      [{ text: 'a week on Tuesday', value: 'XXXX-WXX-2' }],
    ],
    // Not a week after: the week counted up to the coming day, a week spent on something.
    ['It will be a week on Tuesday since he went missing.', REF, [{ text: 'Tuesday', value: '2024-06-18' }]],
    ['Officers spent a week on patrol.', REF, [{ text: 'a week', value: 'P1W', type: 'DURATION' }]],
    // Not "week" that goes on as a name or a number, nor after "last" or "next".
    ['On Tuesday week 3 of the trial began.', REF, [{ text: 'Tuesday', value: '2024-06-11' }]],
    ['Police launched the Monday week of action.', REF, [{ text: 'Monday', value: '2024-06-10' }]],
    ['He was arrested on Tuesday last week.', REF, [{ text: 'Tuesday last week', value: '2024-06-04' }]],
  ]
  for (const c of cases) it(`reads ${JSON.stringify(c[0])}`, () => expectCase(c))
})

// Monday 10 June 2024 is in ISO week 24; the weekend of 8-9 June closes week 23.
describe('the weekend, as the writing day and the clause place it', () => {
  const MONDAY = '2024-06-10'
  const THURSDAY = '2024-06-13'
  const cases: Case[] = [
    // Early in the week, a clause of no tense speaks of the weekend just gone.
    [
      'Officers are appealing for witnesses after a spate of thefts over the weekend.',
      MONDAY,
      [{ text: 'the weekend', value: '2024-W23-WE' }],
    ],
    [
      'Police are appealing after thefts this weekend.',
      MONDAY,
      [{ text: 'this weekend', value: '2024-W23-WE' }],
    ],
    // A clause that looks ahead, or one written later in the week, means the next one.
    ['Officers will patrol over the weekend.', MONDAY, [{ text: 'the weekend', value: '2024-W24-WE' }]],
    [
      'Officers are appealing for witnesses ahead of events over the weekend.',
      THURSDAY,
      [{ text: 'the weekend', value: '2024-W24-WE' }],
    ],
    // A past clause means the one just gone whatever the weekday.
    ['Officers made 12 arrests over the weekend.', THURSDAY, [{ text: 'the weekend', value: '2024-W23-WE' }]],
    // "on the weekend", as Australian, New Zealand and North American releases write it.
    ['Police arrested three people on the weekend.', MONDAY, [{ text: 'the weekend', value: '2024-W23-WE' }]],
    [
      'Highway patrols will be out in force on the weekend.',
      MONDAY,
      [{ text: 'the weekend', value: '2024-W24-WE' }],
    ],
    // "on the week" is a comparison, not the week: no mention.
    ['Sales were up 5% on the week.', MONDAY, []],
    // "the coming weekend" is the first still to come: this week's on a weekday, the next at a weekend.
    [
      'Roadworks will take place this coming weekend.',
      MONDAY,
      [{ text: 'this coming weekend', value: '2024-W24-WE' }],
    ],
    [
      'Extra officers will be on patrol over the coming weekend.',
      THURSDAY,
      [{ text: 'the coming weekend', value: '2024-W24-WE' }],
    ],
    [
      'Extra officers will be on patrol over the coming weekend.',
      '2024-06-09',
      [{ text: 'the coming weekend', value: '2024-W24-WE' }],
    ],
    ['Roadworks will take place next weekend.', THURSDAY, [{ text: 'next weekend', value: '2024-W25-WE' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Friday 7 June 2024: the weekday named is the writing day's own.
describe('a weekday named on that weekday', () => {
  const FRIDAY = '2024-06-07'
  const cases: Case[] = [
    [
      'The victim was approached by two men this past Friday in the town centre.',
      FRIDAY,
      [{ text: 'this past Friday', value: '2024-05-31' }],
    ],
    [
      'The road will be closed this coming Friday while repairs are made.',
      FRIDAY,
      [{ text: 'this coming Friday', value: '2024-06-14' }],
    ],
    [
      'Officers were called to the address last Friday.',
      FRIDAY,
      [{ text: 'last Friday', value: '2024-05-31' }],
    ],
    ['He is due to appear in court next Friday.', FRIDAY, [{ text: 'next Friday', value: '2024-06-14' }]],
    // "this Friday" on a Friday is today.
    ['The consultation closes this Friday.', FRIDAY, [{ text: 'this Friday', value: '2024-06-07' }]],
    // On another weekday the words pick the nearest one in their direction, as before.
    ['The man was arrested this past Friday.', REF, [{ text: 'this past Friday', value: '2024-06-07' }]],
    ['The event takes place this coming Friday.', REF, [{ text: 'this coming Friday', value: '2024-06-14' }]],
    [
      'The event takes place this coming Wednesday.',
      REF,
      [{ text: 'this coming Wednesday', value: '2024-06-19' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the day before yesterday, the day after tomorrow', () => {
  const cases: Case[] = [
    [
      'The man fled the day before yesterday.',
      REF,
      [{ text: 'the day before yesterday', value: '2024-06-10' }],
    ],
    [
      'The day after tomorrow he will appear in court.',
      REF,
      [{ text: 'The day after tomorrow', value: '2024-06-14' }],
    ],
    [
      'He was seen the day before yesterday evening.',
      REF,
      [{ text: 'the day before yesterday evening', value: '2024-06-10TEV', type: 'TIME' }],
    ],
    // Near-misses: "yesterday" and "tomorrow" alone, and after a comma.
    ['He was seen yesterday.', REF, [{ text: 'yesterday', value: '2024-06-11' }]],
    ['He will appear tomorrow.', REF, [{ text: 'tomorrow', value: '2024-06-13' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a day of this, next or last month', () => {
  // Wednesday 12 June 2024.
  const cases: Case[] = [
    [
      'He will appear in court on the 24th of this month.',
      REF,
      [{ text: 'the 24th of this month', value: '2024-06-24' }],
    ],
    [
      'Payment is due on the 1st of next month.',
      REF,
      [{ text: 'the 1st of next month', value: '2024-07-01' }],
    ],
    ['On the 28th of last month, he fled.', REF, [{ text: 'the 28th of last month', value: '2024-05-28' }]],
    [
      'He will appear on the 3rd of next month.',
      null,
      [{ text: 'the 3rd of next month', value: 'XXXX-XX-03' }],
    ],
    // Near-misses: no such day in that month, and a month counted from the text's, leave the month alone.
    ['The rule starts on the 31st of this month.', REF, [{ text: 'this month', value: '2024-06' }]],
    ['Figures for this month are due.', REF, [{ text: 'this month', value: '2024-06' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('days later or earlier than the day named last', () => {
  const cases: Case[] = [
    [
      'He was arrested on 3 June. Two days later he was charged, and at 6pm he was bailed.',
      REF,
      [
        { text: '3 June', value: '2024-06-03' },
        { text: 'Two days later', value: '2024-06-05' },
        { text: '6pm', value: '2024-06-05T18:00' },
      ],
    ],
    [
      'The car was found on 3 June. A day earlier, it had been stolen.',
      REF,
      [
        { text: '3 June', value: '2024-06-03' },
        { text: 'A day earlier', value: '2024-06-02' },
      ],
    ],
    // With no day named before, the day is unknown.
    ['Three days later, he was charged.', REF, [{ text: 'Three days later', value: 'XXXX-XX-XX' }]],
    // Near-misses: a length of time, weeks later, and a day later than something else, stay durations.
    ['The trial lasted 10 days.', REF, [{ text: '10 days', value: 'P10D', type: 'DURATION' }]],
    [
      'Bins will be collected a day later than usual.',
      REF,
      [{ text: 'a day', value: 'P1D', type: 'DURATION' }],
    ],
    [
      'He was arrested on 3 June. Two weeks later he was charged.',
      REF,
      [
        { text: '3 June', value: '2024-06-03' },
        { text: 'Two weeks', value: 'P2W', type: 'DURATION' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a day stated in brackets after today, day or month first', () => {
  const cases: Case[] = [
    // Real: the day written day first.
    [
      'Under new legislation introduced today (28 April 2023), police will be empowered to intervene against highly disruptive slow marching tactics.',
      null,
      [{ text: 'today (28 April 2023)', value: '2023-04-28' }],
    ],
    // The same sentence with the day written month first.
    [
      'Under new legislation introduced today (April 28, 2023), police will be empowered to intervene against highly disruptive slow marching tactics.',
      null,
      [{ text: 'today (April 28, 2023)', value: '2023-04-28' }],
    ],
    [
      'Our third outcomes report, published today (Thursday, December 9), has shown that 107 misconduct proceedings were carried out.',
      '2021-12-09',
      [{ text: 'today (Thursday, December 9)', value: '2021-12-09' }],
    ],
    [
      'Later today (Thursday, Feb. 6th), the Home Secretary will chair a summit.',
      '2025-02-06',
      [{ text: 'today (Thursday, Feb. 6th)', value: '2025-02-06' }],
    ],
    // Near-misses: a month without its day, and a bracket that says more than a day, state no day.
    [
      'The report published today (May 2024 edition) shows a fall.',
      '2024-05-09',
      [
        { text: 'today', value: '2024-05-09' },
        { text: 'May 2024', value: '2024-05' },
      ],
    ],
    [
      'Officers were at the scene today (April 28 was quieter).',
      '2023-04-29',
      [
        { text: 'today', value: '2023-04-29' },
        { text: 'April 28', value: '2023-04-28' },
      ],
    ],
  ]
  it.each(cases)('%s', (...c) => expectCase(c))
})

describe('"the preceding year" and "the prior year"', () => {
  const cases: Case[] = [
    [
      'In 2022, thefts rose 10 per cent on the preceding year.',
      '2024-03-05',
      [
        { text: '2022', value: '2022' },
        { text: 'the preceding year', value: '2021', type: 'DATE' },
      ],
    ],
    [
      'Complaints fell compared with the prior year.',
      '2024-03-05',
      [{ text: 'the prior year', value: '2023' }],
    ],
    ['The preceding week had been quiet.', '2024-03-05', [{ text: 'The preceding week', value: '2024-W09' }]],
    // "prior to" is a preposition: the year after it stands alone.
    ['Prior to 2020 the unit had no base.', '2024-03-05', [{ text: '2020', value: '2020' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('"this time last year": about the same day a unit away', () => {
  const cases: Case[] = [
    [
      'Burglaries fell by 12% compared with this time last year.',
      '2025-12-05',
      [{ text: 'this time last year', value: '2024-12-05', mod: 'APPROX' }],
    ],
    [
      'At the same time last year, 40 people had been arrested.',
      '2025-12-05',
      [{ text: 'the same time last year', value: '2024-12-05', mod: 'APPROX' }],
    ],
    [
      'By this point last month, 12 cases were open.',
      '2024-03-31',
      [{ text: 'this point last month', value: '2024-02-29', mod: 'APPROX' }],
    ],
    [
      'We will be back this time next year.',
      '2025-06-02',
      [{ text: 'this time next year', value: '2026-06-02', mod: 'APPROX' }],
    ],
    // Near misses: the year itself, a period named before (the quarter's year), "that time" pointing back.
    ['He was arrested last year.', '2025-12-05', [{ text: 'last year', value: '2024' }]],
    ['Figures are up on the same period last year.', '2025-12-05', [{ text: 'last year', value: '2024' }]],
    ['At that time last year the road was closed.', '2025-12-05', [{ text: 'last year', value: '2024' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('"early on" and "late on" before a day', () => {
  const cases: Case[] = [
    [
      'Police said the attack happened late on Friday.',
      REF,
      [{ text: 'late on Friday', value: '2024-06-07', mod: 'END' }],
    ],
    [
      'The car was stolen early on Monday.',
      REF,
      [{ text: 'early on Monday', value: '2024-06-10', mod: 'START' }],
    ],
    [
      'Early on Sunday morning, officers were called to the harbour.',
      REF,
      [{ text: 'Early on Sunday morning', value: '2024-06-09TMO', type: 'TIME', mod: 'START' }],
    ],
    [
      'Late on Tuesday night, a man was assaulted.',
      REF,
      [{ text: 'Late on Tuesday night', value: '2024-06-11TNI', type: 'TIME', mod: 'END' }],
    ],
    [
      'The collision happened late on Friday 7 June.',
      REF,
      [{ text: 'late on Friday 7 June', value: '2024-06-07', mod: 'END' }],
    ],
    [
      'The raid took place late on 3 June.',
      REF,
      [{ text: 'late on 3 June', value: '2024-06-03', mod: 'END' }],
    ],
    // Without "on", as before.
    ['Officers were called late Friday.', REF, [{ text: 'late Friday', value: '2024-06-07', mod: 'END' }]],
    // Lateness is no part of a day: "was late on Friday", "running late on Monday".
    ['The payment was late on Friday.', REF, [{ text: 'Friday', value: '2024-06-07' }]],
    ['The bus was running late on Monday.', REF, [{ text: 'Monday', value: '2024-06-10' }]],
    // "later on" is no part of a day.
    ['Later on Friday, he was charged.', REF, [{ text: 'Friday', value: '2024-06-07' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('"at the time" alone: a past time the release does not date', () => {
  const cases: Case[] = [
    [
      'The boy, who was 15 at the time, was not seriously hurt.',
      REF,
      [{ text: 'at the time', value: 'PAST_REF', type: 'DATE' }],
    ],
    [
      'The ship was in international waters at the time.',
      REF,
      [{ text: 'at the time', value: 'PAST_REF', type: 'DATE' }],
    ],
    [
      'At the time, the road was closed in both directions.',
      REF,
      [{ text: 'At the time', value: 'PAST_REF', type: 'DATE' }],
    ],
    [
      'He was not at home at the time and was later arrested.',
      REF,
      [{ text: 'at the time', value: 'PAST_REF', type: 'DATE' }],
    ],
    // Near misses: a time it names, the same time, a time to come, and time as a noun.
    ['He was at home at the time of the offence.', REF, []],
    ['Officers arrived at the time stated in the warrant.', REF, []],
    ['Two men were arrested at the same time.', REF, []],
    ['The panel will decide at the time.', REF, []],
    ['It was a good time to invest.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
