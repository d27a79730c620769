/** Parts of a day with "early", "mid" or "late": "mid-afternoon", "the late evening". */
import { describe, expect, it } from 'vitest'
import { findDates } from '../find-dates'
import { type Case, expectCase } from '../test-helpers'

// The Tuesday after Saturday 25 May 2024.
const REF = '2024-05-28'

describe('early, mid and late parts of a day', () => {
  const cases: Case[] = [
    // A part of a day joined to its day is one TIME mention, with the mod of "early", "mid" or "late".
    [
      'The man was seen mid-afternoon on Saturday.',
      REF,
      [{ text: 'mid-afternoon on Saturday', value: '2024-05-25TAF', type: 'TIME', mod: 'MID' }],
    ],
    [
      'The man was seen on Saturday in the mid-afternoon.',
      REF,
      [{ text: 'Saturday in the mid-afternoon', value: '2024-05-25TAF', type: 'TIME', mod: 'MID' }],
    ],
    [
      'The man was seen in the late afternoon on Saturday.',
      REF,
      [{ text: 'late afternoon on Saturday', value: '2024-05-25TAF', mod: 'END' }],
    ],
    [
      'Officers were called mid-morning on Monday 27 May.',
      REF,
      [{ text: 'mid-morning on Monday 27 May', value: '2024-05-27TMO', mod: 'MID' }],
    ],
    // With no day written, the reference day.
    [
      'In the early afternoon, officers were called to a disturbance.',
      REF,
      [{ text: 'early afternoon', value: '2024-05-28TAF', mod: 'START' }],
    ],
    // The early morning keeps its reading.
    [
      'In the early morning, officers made three arrests.',
      REF,
      [{ text: 'early morning', value: '2024-05-28TMO', mod: 'START' }],
    ],
    // Not parts of a day: "mid" and "late" before other words.
    ['The late driver was named by police.', REF, []],
    ['The mid-term review found no fault.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('clock times after a full date, and time zones', () => {
  const cases: Case[] = [
    // A clock time right after its day is one TIME mention, its zone with it.
    [
      '2024-03-14 09:30 PDT',
      REF,
      [{ text: '2024-03-14 09:30 PDT', value: '2024-03-14T09:30', type: 'TIME' }],
    ],
    [
      'Posted 14 March 2024 09:30 by the media office.',
      REF,
      [{ text: '14 March 2024 09:30', value: '2024-03-14T09:30', type: 'TIME' }],
    ],
    [
      'The press conference begins at 10 a.m. ET on Friday 31 May.',
      REF,
      [{ text: '10 a.m. ET on Friday 31 May', value: '2024-05-31T10:00', type: 'TIME' }],
    ],
    ['The road reopened at 14:30 BST.', REF, [{ text: '14:30 BST', value: '2024-05-28T14:30' }]],
    // A zone after "am" or "pm" is part of the time too, with or without a day after it.
    [
      'The victim was shot at approximately 10:45 p.m. ET outside his home.',
      REF,
      [{ text: 'approximately 10:45 p.m. ET', value: '2024-05-28T22:45', mod: 'APPROX' }],
    ],
    [
      'The hearing runs from 9 a.m. to 5 p.m. EDT and resumes at 9am AEST.',
      REF,
      [
        { text: '9 a.m.', value: '2024-05-28T09:00' },
        { text: '5 p.m. EDT', value: '2024-05-28T17:00' },
        { text: '9am AEST', value: '2024-05-28T09:00' },
      ],
    ],
    // Only capitals are a zone: "et" and "est" in lower case are words.
    [
      'He left at 5pm est. and came back at 9am et al.',
      REF,
      [
        { text: '5pm', value: '2024-05-28T17:00' },
        { text: '9am', value: '2024-05-28T09:00' },
      ],
    ],
    // A zone makes bare digits a time, as "at" does.
    ['The briefing is 14:00 UTC today.', REF, [{ text: '14:00 UTC today', value: '2024-05-28T14:00' }]],
    // Words that spell a zone's letters are no zone: "west of", "Mt Eden".
    ['They met at 14:30 west of the town.', REF, [{ text: '14:30', value: '2024-05-28T14:30' }]],
    ['He arrived at 10:30 Mt Eden time.', REF, [{ text: '10:30', value: '2024-05-28T10:30' }]],
    // A weekday right after makes them a time: a force's posting line.
    [
      '12:15 Tuesday 04 June 2024',
      REF,
      [{ text: '12:15 Tuesday 04 June 2024', value: '2024-06-04T12:15', type: 'TIME' }],
    ],
    // Digits with a colon and nothing of a clock around them stay unread.
    ['The ratio was 14:30 in favour.', REF, []],
    // A time ends at its digits before a bracket or a spaced dash: no space in its text.
    ['The vote opens at 10:00 (CET) in Brussels.', REF, [{ text: '10:00', value: '2024-05-28T10:00' }]],
    [
      'The road is closed from 14:00 – 16:00 today.',
      REF,
      [
        { text: '14:00', value: '2024-05-28T14:00' },
        { text: '16:00 today', value: '2024-05-28T16:00' },
      ],
    ],
    [
      'Lines are open 8 am - 6 pm.',
      REF,
      [
        { text: '8 am', value: '2024-05-28T08:00' },
        { text: '6 pm', value: '2024-05-28T18:00' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('midnight, and after midnight', () => {
  const cases: Case[] = [
    // "12" before the word is part of the mention.
    ['The road reopened at 12 noon.', REF, [{ text: '12 noon', value: '2024-05-28T12:00', type: 'TIME' }]],
    ['Entries close at 12.00 midnight.', REF, [{ text: '12.00 midnight', value: '2024-05-28T24:00' }]],
    // Near-miss: a longer number before it is not the hour.
    ['Officers took 112 midday calls.', REF, [{ text: 'midday', value: '2024-05-28T12:00' }]],
    // After midnight is the small hours of the day it is on: T00:00 of that day, not its end.
    [
      'Police were called shortly after midnight on Saturday to reports of a disturbance in the High Street.',
      REF,
      [{ text: 'shortly after midnight on Saturday', value: '2024-05-25T00:00', type: 'TIME', mod: 'AFTER' }],
    ],
    [
      'The fire broke out just after midnight on Saturday 25 May.',
      REF,
      [{ text: 'just after midnight on Saturday 25 May', value: '2024-05-25T00:00', mod: 'AFTER' }],
    ],
    [
      'Officers arrived soon after midnight on Sunday.',
      REF,
      [{ text: 'soon after midnight on Sunday', value: '2024-05-26T00:00', mod: 'AFTER' }],
    ],
    // "after" alone stays outside the mention, as any preposition does, but still sets the day.
    [
      'The car was seen after midnight on Saturday.',
      REF,
      [{ text: 'midnight on Saturday', value: '2024-05-25T00:00' }],
    ],
    // With no day written, the reference day.
    [
      'A man was arrested shortly after midnight.',
      REF,
      [{ text: 'shortly after midnight', value: '2024-05-28T00:00', mod: 'AFTER' }],
    ],
    // The night of Saturday runs into Sunday: after midnight is early Sunday.
    [
      'He was last seen shortly after midnight on Saturday night.',
      REF,
      [
        {
          text: 'shortly after midnight on Saturday night',
          value: '2024-05-26T00:00',
          mod: 'AFTER',
          start: '2024-05-26',
        },
      ],
    ],
    // Midnight itself, and before it, is the end of its day (T24:00), as TIMEX3 writes it: "at
    // midnight on Friday" is read as the night of Friday into Saturday.
    [
      'The road closed at midnight on Friday.',
      REF,
      [{ text: 'midnight on Friday', value: '2024-05-24T24:00' }],
    ],
    [
      'He left shortly before midnight on Saturday.',
      REF,
      [{ text: 'shortly before midnight on Saturday', value: '2024-05-25T24:00', mod: 'BEFORE' }],
    ],
    // Not midnight: other times after "after" keep their hour.
    [
      'He left shortly after 9pm on Saturday.',
      REF,
      [{ text: 'shortly after 9pm on Saturday', value: '2024-05-25T21:00', mod: 'AFTER' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a modifier of time before a 24-hour clock', () => {
  const cases: Case[] = [
    [
      'Members received information about suspicious activity near a railway line at about 02:00.',
      REF,
      [{ text: 'about 02:00', value: '2024-05-28T02:00', type: 'TIME', mod: 'APPROX' }],
    ],
    [
      'The collision happened at approximately 14:30 on Saturday.',
      REF,
      [{ text: 'approximately 14:30 on Saturday', value: '2024-05-25T14:30', mod: 'APPROX' }],
    ],
    [
      'Around 23:15, police were called to the shop.',
      REF,
      [{ text: 'Around 23:15', value: '2024-05-28T23:15', mod: 'APPROX' }],
    ],
    [
      'Officers arrived shortly after 09:00 this morning.',
      REF,
      [{ text: 'shortly after 09:00 this morning', value: '2024-05-28T09:00', mod: 'AFTER' }],
    ],
    // "before" and "after" alone make the clock a time but stay outside it, as before "9am".
    ['The road was closed before 14:30.', REF, [{ text: '14:30', value: '2024-05-28T14:30' }]],
    // Digits with a colon after other words are still not read as a time.
    ['The panel voted 10:30 in favour.', REF, []],
    ['Read John 3:16 aloud.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('an abbreviated approximation before a time', () => {
  const cases: Case[] = [
    [
      'Deputies responded approx. 2:15 a.m. Sunday to a report of shots fired.',
      REF,
      [{ text: 'approx. 2:15 a.m. Sunday', value: '2024-05-26T02:15', mod: 'APPROX' }],
    ],
    [
      'The call came in at approx 0300 hrs.',
      REF,
      [{ text: 'approx 0300 hrs', value: '2024-05-28T03:00', mod: 'APPROX' }],
    ],
    // Not a mod: "approx." before something else, and a word that only ends like it.
    ['The approx. cost was given at 9am.', REF, [{ text: '9am', value: '2024-05-28T09:00' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a range of times whose first end is bare', () => {
  const cases: Case[] = [
    // The first end takes the second's half of the day.
    [
      'The road was shut between 9 and 11pm on Friday.',
      REF,
      [
        { text: '9', value: '2024-05-24T21:00', type: 'TIME' },
        { text: '11pm on Friday', value: '2024-05-24T23:00', type: 'TIME' },
      ],
    ],
    [
      'Patrols ran from 10.30-11.45am.',
      REF,
      [
        { text: '10.30', value: '2024-05-28T10:30', type: 'TIME' },
        { text: '11.45am', value: '2024-05-28T11:45', type: 'TIME' },
      ],
    ],
    // The other half when the same one would put it after the second: 11am, and 11pm the night before 2am.
    [
      'The cafe is open 11-1pm.',
      REF,
      [
        { text: '11', value: '2024-05-28T11:00', type: 'TIME' },
        { text: '1pm', value: '2024-05-28T13:00', type: 'TIME' },
      ],
    ],
    [
      'Checks ran from 11 to 2am.',
      REF,
      [
        { text: '11', value: '2024-05-28T23:00', type: 'TIME' },
        { text: '2am', value: '2024-05-29T02:00', type: 'TIME' },
      ],
    ],
    // Not a range of times: a count before the time.
    ['Between 2 and 3 people came at 5pm.', REF, [{ text: '5pm', value: '2024-05-28T17:00' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a range of 24-hour times with one unit', () => {
  const cases: Case[] = [
    // Both ends are times, one mention each; the unit after the second marks the first too.
    [
      'Officers patrolled the area between 0100 and 0400 hours.',
      REF,
      [
        { text: '0100', value: '2024-05-28T01:00', type: 'TIME' },
        { text: '0400 hours', value: '2024-05-28T04:00', type: 'TIME' },
      ],
    ],
    [
      'The road was closed from 2300 to 0200 hrs.',
      REF,
      [
        { text: '2300', value: '2024-05-28T23:00', type: 'TIME' },
        // Past midnight: the next day.
        { text: '0200 hrs', value: '2024-05-29T02:00', type: 'TIME' },
      ],
    ],
    [
      'Checks ran 2230-0130hrs.',
      REF,
      [
        { text: '2230', value: '2024-05-28T22:30', type: 'TIME' },
        { text: '0130hrs', value: '2024-05-29T01:30', type: 'TIME' },
      ],
    ],
    // Ends that could be years before 1900 are times too when the unit follows.
    [
      'Patrols ran between 1100 and 1400 hours.',
      REF,
      [
        { text: '1100', value: '2024-05-28T11:00', type: 'TIME' },
        { text: '1400 hours', value: '2024-05-28T14:00', type: 'TIME' },
      ],
    ],
    // Ends that could be years after 1900: "from" or "between" opens the pair, "hrs" closes it.
    [
      'The road will be closed from 1900 to 2300 hrs on Saturday.',
      REF,
      [
        { text: '1900', value: '2024-06-01T19:00', type: 'TIME' },
        { text: '2300 hrs on Saturday', value: '2024-06-01T23:00', type: 'TIME' },
      ],
    ],
    [
      'Officers will patrol between 1900 and 2300 hours.',
      REF,
      [
        { text: '1900', value: '2024-05-28T19:00', type: 'TIME' },
        { text: '2300 hours', value: '2024-05-28T23:00', type: 'TIME' },
      ],
    ],
    [
      'Checks ran 2000-2030hrs.',
      REF,
      [
        { text: '2000', value: '2024-05-28T20:00', type: 'TIME' },
        { text: '2030hrs', value: '2024-05-28T20:30', type: 'TIME' },
      ],
    ],
    // Not a range of times: a count of hours with no clock word before it, or no unit at all.
    [
      'Volunteers gave 1000 to 1500 hours of their time.',
      REF,
      [
        { text: '1000', value: 'PT1000H', type: 'DURATION' },
        { text: '1500 hours', value: 'PT1500H', type: 'DURATION' },
      ],
    ],
    ['Between 2300 and 2400 people attended.', REF, []],
    [
      'They gave 1500-2000 hours of volunteering.',
      REF,
      [
        { text: '1500', value: 'PT1500H', type: 'DURATION' },
        { text: '2000 hours', value: 'PT2000H', type: 'DURATION' },
      ],
    ],
    // Both ends with their unit: the second is a time after "to" as much as the first after "from".
    [
      'The road was closed from 0900hrs to 1700hrs.',
      REF,
      [
        { text: '0900hrs', value: '2024-05-28T09:00', type: 'TIME' },
        { text: '1700hrs', value: '2024-05-28T17:00', type: 'TIME' },
      ],
    ],
    // Without the unit, the same pair is two years.
    [
      'The plan runs from 2000 to 2030.',
      REF,
      [
        { text: '2000', value: '2000', type: 'DATE' },
        { text: '2030', value: '2030', type: 'DATE' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a clock without its half of the day, in an evening or night', () => {
  const cases: Case[] = [
    // The part of the day gives the half: half past ten on a night is 22:30.
    [
      'Officers were called at 10.30 on Tuesday night to a house in Leeds.',
      REF,
      [{ text: '10.30 on Tuesday night', value: '2024-05-28T22:30', type: 'TIME' }],
    ],
    [
      'A second call came at 9 on Friday evening.',
      REF,
      [{ text: '9 on Friday evening', value: '2024-05-24T21:00', type: 'TIME' }],
    ],
    [
      'The van was stopped at 3.15 on Sunday afternoon.',
      REF,
      [{ text: '3.15 on Sunday afternoon', value: '2024-05-26T15:15', type: 'TIME' }],
    ],
    // The morning keeps its hour.
    [
      'A third call came at 7 on Saturday morning.',
      REF,
      [{ text: '7 on Saturday morning', value: '2024-05-25T07:00', type: 'TIME' }],
    ],
    // A clock with "am" or "pm", or on the 24-hour clock, keeps its own half.
    [
      'He was arrested at 11pm on Sunday night.',
      REF,
      [{ text: '11pm on Sunday night', value: '2024-05-26T23:00', type: 'TIME' }],
    ],
    [
      'He was seen at 09.30 on Friday evening.',
      REF,
      [{ text: '09.30 on Friday evening', value: '2024-05-24T09:30', type: 'TIME' }],
    ],
    // The small hours of a night are the next day's.
    [
      'The fire started at 2.30 on Saturday night.',
      REF,
      [{ text: '2.30 on Saturday night', value: '2024-05-26T02:30', type: 'TIME' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a time on any weekday ("on a Tuesday night"), which names no one day', () => {
  const cases: Case[] = [
    // The part of the day gives the half; the weekday stays unresolved, whatever the reference.
    [
      'A man was assaulted at 10.30 on a Tuesday night in the town centre.',
      REF,
      [{ text: '10.30 on a Tuesday night', value: 'XXXX-WXX-2T22:30', type: 'TIME' }],
    ],
    [
      'A man was assaulted at 10.30 on a Tuesday night in the town centre.',
      null,
      [{ text: '10.30 on a Tuesday night', value: 'XXXX-WXX-2T22:30', type: 'TIME' }],
    ],
    [
      'The shop is busiest at 9 on a Saturday morning.',
      REF,
      [{ text: '9 on a Saturday morning', value: 'XXXX-WXX-6T09:00', type: 'TIME' }],
    ],
    [
      'He was seen on a Friday at 11pm near the station.',
      REF,
      [{ text: 'a Friday at 11pm', value: 'XXXX-WXX-5T23:00', type: 'TIME' }],
    ],
    [
      'It happened on a Sunday evening in March.',
      REF,
      [
        { text: 'a Sunday evening', value: 'XXXX-WXX-7TEV', type: 'TIME' },
        { text: 'March', value: '2024-03', type: 'DATE' },
      ],
    ],
    // It gives its day to no later time: "9pm" is on the reference day, as without it.
    [
      'Thefts often happen on a Monday. Officers were called at 9pm.',
      REF,
      [
        { text: 'a Monday', value: 'XXXX-WXX-1', type: 'DATE' },
        { text: '9pm', value: '2024-05-28T21:00', type: 'TIME' },
      ],
    ],
    // Near misses: a named weekday is the nearest one, and "a" before another word leaves it so.
    [
      'Officers were called at 10.30 on Tuesday night.',
      REF,
      [{ text: '10.30 on Tuesday night', value: '2024-05-28T22:30', type: 'TIME' }],
    ],
    [
      'He made a call on Tuesday night, then on Saturday.',
      REF,
      [
        { text: 'Tuesday night', value: '2024-05-28TNI', type: 'TIME' },
        { text: 'Saturday', value: '2024-05-25', type: 'DATE' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a bare hour is a time only with "at" and a part of a day', () => {
  const cases: Case[] = [
    ['He was one of 9 on Friday evening patrols.', REF, [{ text: 'Friday evening', value: '2024-05-24TEV' }]],
    ['They scored 7 on Saturday.', REF, [{ text: 'Saturday', value: '2024-05-25' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe("an hour o'clock", () => {
  const cases: Case[] = [
    // The part of the day after it says which half of the day.
    [
      "At about 6 o'clock on Friday evening, police were called.",
      REF,
      [{ text: "about 6 o'clock on Friday evening", value: '2024-05-24T18:00', type: 'TIME', mod: 'APPROX' }],
    ],
    [
      'The vigil started at 7 oclock on Saturday.',
      REF,
      [{ text: '7 oclock on Saturday', value: '2024-05-25T07:00' }],
    ],
    [
      'At 11 o’clock on 11 November we remember.',
      REF,
      [{ text: '11 o’clock on 11 November', value: '2024-11-11T11:00' }],
    ],
    // Not an hour: past twelve, or with minutes.
    ["It was 13 o'clock on Saturday.", REF, [{ text: 'Saturday', value: '2024-05-25' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('an hour with the part of the day written after it', () => {
  const cases: Case[] = [
    [
      "The shop was raided at 5 o'clock in the afternoon.",
      REF,
      [{ text: "5 o'clock in the afternoon", value: '2024-05-28T17:00', type: 'TIME' }],
    ],
    [
      'Officers were called at 10 in the evening.',
      REF,
      [{ text: '10 in the evening', value: '2024-05-28T22:00', type: 'TIME' }],
    ],
    [
      "The alarm sounded at 12 o'clock at night.",
      REF,
      [{ text: "12 o'clock at night", value: '2024-05-28T00:00', type: 'TIME' }],
    ],
    // Near-miss: a bare hour without "at" is no time.
    ['There were 10 in the evening class.', REF, []],
    // A clock with its minutes, then the half of the day.
    [
      'The fire started at 3.15 in the afternoon.',
      REF,
      [{ text: '3.15 in the afternoon', value: '2024-05-28T15:15', type: 'TIME' }],
    ],
    [
      'Police were called at 3:15 in the afternoon.',
      REF,
      [{ text: '3:15 in the afternoon', value: '2024-05-28T15:15', type: 'TIME' }],
    ],
    [
      'The man was seen at 10.30 at night.',
      REF,
      [{ text: '10.30 at night', value: '2024-05-28T22:30', type: 'TIME' }],
    ],
    [
      'The shop opened at 9.45 in the morning.',
      REF,
      [{ text: '9.45 in the morning', value: '2024-05-28T09:45', type: 'TIME' }],
    ],
    // Near-misses: a figure without "at", and a 24-hour clock keeps its hour and its extent.
    ['The shares rose 3.15 in the afternoon session.', REF, []],
    ['Trading closed at 14:30 in the afternoon.', REF, [{ text: '14:30', value: '2024-05-28T14:30' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a clock in words', () => {
  const cases: Case[] = [
    // Without a part of the day, the hour is as written, as "5 o'clock" is.
    [
      'The fire was reported at half past two.',
      REF,
      [{ text: 'half past two', value: '2024-05-28T02:30', type: 'TIME' }],
    ],
    [
      'The court heard he left the pub at a quarter to six.',
      REF,
      [{ text: 'a quarter to six', value: '2024-05-28T05:45', type: 'TIME' }],
    ],
    ['The road was closed at ten to five.', REF, [{ text: 'ten to five', value: '2024-05-28T04:50' }]],
    [
      'Officers were called at twenty-five to three on Saturday.',
      REF,
      [{ text: 'twenty-five to three on Saturday', value: '2024-05-25T02:35' }],
    ],
    ['The victim was found at five o’clock.', REF, [{ text: 'five o’clock', value: '2024-05-28T05:00' }]],
    // The part of the day after it says which half of the day.
    [
      'He was seen leaving the house at quarter past nine in the morning.',
      REF,
      [{ text: 'quarter past nine in the morning', value: '2024-05-28T09:15', type: 'TIME' }],
    ],
    [
      "The council meeting will start at two o'clock in the afternoon.",
      REF,
      [{ text: "two o'clock in the afternoon", value: '2024-05-28T14:00', type: 'TIME' }],
    ],
    [
      'The assault happened at about half past ten at night.',
      REF,
      [{ text: 'about half past ten at night', value: '2024-05-28T22:30', mod: 'APPROX' }],
    ],
    [
      'A man was stabbed at around twenty past eleven on Friday night.',
      REF,
      [{ text: 'around twenty past eleven on Friday night', value: '2024-05-24T23:20', mod: 'APPROX' }],
    ],
    ['The service ends at quarter to one.', REF, [{ text: 'quarter to one', value: '2024-05-28T12:45' }]],
    // Near-misses: halves, quarters and counts that are no clock.
    ['Police recovered half of the two tonnes of cannabis.', REF, []],
    ['A quarter of the budget was spent.', REF, []],
    ['The committee voted ten to five against the plan.', REF, []],
    ['Numbers fell from ten to five.', REF, []],
    ['The odds were at ten to one.', REF, []],
    ['Arrests rose by a quarter to six hundred.', REF, []],
    ['Officers provide round-the-clock patrols.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the British "half seven"', () => {
  const cases: Case[] = [
    // After a preposition of time it is half past the hour.
    ['Doors open at half seven.', REF, [{ text: 'half seven', value: '2024-05-28T07:30', type: 'TIME' }]],
    [
      'The road will be closed from half eight on Saturday.',
      REF,
      [{ text: 'half eight on Saturday', value: '2024-06-01T08:30', type: 'TIME' }],
    ],
    [
      'The victim left the pub at around half eleven at night.',
      REF,
      [{ text: 'around half eleven at night', value: '2024-05-28T23:30', mod: 'APPROX' }],
    ],
    // Two ends of a range, each a clock.
    [
      'The stall is open from half six until half nine in the evening.',
      REF,
      [
        { text: 'half six', value: '2024-05-28T06:30' },
        { text: 'half nine in the evening', value: '2024-05-28T21:30' },
      ],
    ],
    [
      'Officers will patrol between half seven and half eight.',
      REF,
      [
        { text: 'half seven', value: '2024-05-28T07:30' },
        { text: 'half eight', value: '2024-05-28T08:30' },
      ],
    ],
    // Near-misses: a half with no word of time before it, or a count after the hour.
    ['He cut the cake in half seven times.', REF, []],
    ['The club coaches half seven-year-olds and half eight-year-olds.', REF, []],
    ['Thefts were cut by half seven years ago.', REF, [{ text: 'seven years ago', value: '2017' }]],
    ['At half seven per cent, the rate is low.', REF, []],
    // The hour in digits is read the same way.
    ['Doors open at half 7.', REF, [{ text: 'half 7', value: '2024-05-28T07:30', type: 'TIME' }]],
    [
      'The road will be closed from half 8 until half 9 on Saturday.',
      REF,
      [
        { text: 'half 8', value: '2024-06-01T08:30' },
        { text: 'half 9 on Saturday', value: '2024-06-01T09:30' },
      ],
    ],
    [
      'Officers will patrol between half 10 and half 11 at night.',
      REF,
      [
        { text: 'half 10', value: '2024-05-28T10:30' },
        { text: 'half 11 at night', value: '2024-05-28T23:30' },
      ],
    ],
    // Near-misses in digits: no word of time before it, a count after it, a number going on.
    ['He cut the cake in half 7 times.', REF, []],
    ['Thefts were cut by half 7 years ago.', REF, [{ text: '7 years ago', value: '2017' }]],
    ['The rate fell by half 7.5% to 3.75%.', REF, []],
    ['Arrests fell by half 7,000 to 3,500.', REF, []],
    ['Crime fell by half 13 times.', REF, []],
    ['Doors open at half 15.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a 24-hour time in four digits without its unit', () => {
  const cases: Case[] = [
    [
      'Police were called at 1930 on Friday to reports of a fight.',
      REF,
      [{ text: '1930 on Friday', value: '2024-05-24T19:30', type: 'TIME' }],
    ],
    [
      'At around 0415 the man left the address.',
      REF,
      [{ text: 'around 0415', value: '2024-05-28T04:15', mod: 'APPROX' }],
    ],
    [
      'He was arrested at 0645 this morning.',
      REF,
      [{ text: '0645 this morning', value: '2024-05-28T06:45' }],
    ],
    // Near-misses: years after "at" or "between", a phone number, and digits with no word of time.
    ['Prices stayed at 2010 levels.', REF, [{ text: '2010', value: '2010' }]],
    [
      'Between 1930 and 2010 the town grew.',
      REF,
      [
        { text: '1930', value: '1930' },
        { text: '2010', value: '2010' },
      ],
    ],
    ['Contact Crimestoppers at 0800 555 111.', REF, []],
    ['The 0800 train was cancelled.', REF, []],
    // A verb of an event before "at", and the clause ending after the digits.
    ['The convoy left at 1530.', REF, [{ text: '1530', value: '2024-05-28T15:30', type: 'TIME' }]],
    [
      'Officers arrived at the scene at 2140 and found a man injured.',
      REF,
      [{ text: '2140', value: '2024-05-28T21:40', type: 'TIME' }],
    ],
    [
      'The ferry departed at 1205 from Holyhead.',
      REF,
      [{ text: '1205', value: '2024-05-28T12:05', type: 'TIME' }],
    ],
    [
      'The team set off at 1745, heading north.',
      REF,
      [{ text: '1745', value: '2024-05-28T17:45', type: 'TIME' }],
    ],
    // Four digits joined to a 24-hour time before them, ending the clause, are one too.
    [
      'He was detained at 2040 and 2045.',
      REF,
      [
        { text: '2040', value: '2024-05-28T20:40', type: 'TIME' },
        { text: '2045', value: '2024-05-28T20:45', type: 'TIME' },
      ],
    ],
    [
      'Officers were called at 0915, 0940 and 1005.',
      REF,
      [
        { text: '0915', value: '2024-05-28T09:15', type: 'TIME' },
        { text: '0940', value: '2024-05-28T09:40', type: 'TIME' },
        { text: '1005', value: '2024-05-28T10:05', type: 'TIME' },
      ],
    ],
    [
      'He was seen at 2040hrs or 2045.',
      REF,
      [
        { text: '2040hrs', value: '2024-05-28T20:40', type: 'TIME' },
        { text: '2045', value: '2024-05-28T20:45', type: 'TIME' },
      ],
    ],
    // Near misses: a year that goes on with its clause, and years joined after no time.
    [
      'The convoy left at 1530 and 2019 was a record year.',
      REF,
      [
        { text: '1530', value: '2024-05-28T15:30', type: 'TIME' },
        { text: '2019', value: '2019' },
      ],
    ],
    [
      'Crime fell in 2019 and 2020.',
      REF,
      [
        { text: '2019', value: '2019' },
        { text: '2020', value: '2020' },
      ],
    ],
    // Near misses: an address, a price a market opened at, a year with no verb of an event, a count.
    ['The man lives at 1530 Main Street.', REF, []],
    ['The shares opened at 1530 and closed at 1610.', REF, []],
    ['The figure stood at 2024.', REF, [{ text: '2024', value: '2024' }]],
    ['It was built in 1530.', REF, [{ text: '1530', value: '1530' }]],
    ['He was given a 1530 fine.', REF, []],
    // A passive of an event, and an event that takes place.
    ['The meeting was held at 1530.', REF, [{ text: '1530', value: '2024-05-28T15:30', type: 'TIME' }]],
    [
      'The vigil took place at 2115, outside the church.',
      REF,
      [{ text: '2115', value: '2024-05-28T21:15', type: 'TIME' }],
    ],
    ['The event was held at 1530 Main Street.', REF, []],
    // A finding, a sighting or an arrest at a moment, with where it happened after the digits.
    [
      'The body was found at 2050 on the A1.',
      REF,
      [{ text: '2050', value: '2024-05-28T20:50', type: 'TIME' }],
    ],
    [
      'The car was spotted at 1930 in the town centre.',
      REF,
      [{ text: '1930', value: '2024-05-28T19:30', type: 'TIME' }],
    ],
    [
      'He was arrested at 2215 and taken into custody.',
      REF,
      [{ text: '2215', value: '2024-05-28T22:15', type: 'TIME' }],
    ],
    // Near misses: no verb of an event, a finding opened by "that", an address, a depth.
    ['The meeting is at 2050 on the agenda.', REF, [{ text: '2050', value: '2050' }]],
    ['The review found that at 2030, emissions would fall.', REF, [{ text: '2030', value: '2030' }]],
    ['The device was discovered at 1530 Main Street.', REF, []],
    ['The wreck was found at 1200 metres.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('four digits after a verb of an event are a time, even where they could be a year', () => {
  const cases: Case[] = [
    // "at" and a year is seldom written: after a verb of an event the digits are the clock.
    [
      'The convoy left at 1530 and arrived at 1945.',
      REF,
      [
        { text: '1530', value: '2024-05-28T15:30', type: 'TIME' },
        { text: '1945', value: '2024-05-28T19:45', type: 'TIME' },
      ],
    ],
    [
      'The plane landed at 2010 local time.',
      REF,
      [{ text: '2010', value: '2024-05-28T20:10', type: 'TIME' }],
    ],
    [
      'On Friday the match kicked off at 1945.',
      REF,
      [
        { text: 'Friday', value: '2024-05-24' },
        { text: '1945', value: '2024-05-24T19:45', type: 'TIME' },
      ],
    ],
    [
      'Officers were called at 2:15pm. The suspect left at 2030.',
      REF,
      [
        { text: '2:15pm', value: '2024-05-28T14:15', type: 'TIME' },
        { text: '2030', value: '2024-05-28T20:30', type: 'TIME' },
      ],
    ],
    [
      'Police were called to a crash on Monday. The collision happened at 1945.',
      REF,
      [
        { text: 'Monday', value: '2024-05-27' },
        { text: '1945', value: '2024-05-27T19:45', type: 'TIME' },
      ],
    ],
    ['The collision happened at 1945.', REF, [{ text: '1945', value: '2024-05-28T19:45', type: 'TIME' }]],
    ['The ceremony took place at 1930.', REF, [{ text: '1930', value: '2024-05-28T19:30', type: 'TIME' }]],
    ['The convoy left at 2145.', REF, [{ text: '2145', value: '2024-05-28T21:45', type: 'TIME' }]],
    [
      'The plane landed at 2030 hours.',
      REF,
      [{ text: '2030 hours', value: '2024-05-28T20:30', type: 'TIME' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a range of 24-hour clocks with no word before the first', () => {
  const cases: Case[] = [
    [
      'The clinic will be open 09:00-17:00.',
      REF,
      [
        { text: '09:00', value: '2024-05-28T09:00', type: 'TIME' },
        { text: '17:00', value: '2024-05-28T17:00', type: 'TIME' },
      ],
    ],
    [
      'Drop-in session: 14:00–15:30, Town Hall.',
      REF,
      [
        { text: '14:00', value: '2024-05-28T14:00', type: 'TIME' },
        { text: '15:30', value: '2024-05-28T15:30', type: 'TIME' },
      ],
    ],
    [
      'The road will be closed 22:00 to 06:00.',
      REF,
      [
        { text: '22:00', value: '2024-05-28T22:00', type: 'TIME' },
        { text: '06:00', value: '2024-05-29T06:00', type: 'TIME' },
      ],
    ],
    // Near misses: a ratio, a score and a time with a decimal are no range of clocks.
    ['The ratio moved from 1:3 to 1:5.', REF, []],
    ['Her best time fell 2:30 to 2:28.5 in the final.', REF, []],
    ['The vote passed 12:00-ish, officials said.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a 24-hour clock before its day, as a timetable writes it', () => {
  const DECEMBER = '2024-12-05'
  const cases: Case[] = [
    // Joined to its day as "7.30pm, 3 March" is, and looking ahead with the timetable's verb.
    [
      'The show starts 19:30, 3 March.',
      DECEMBER,
      [{ text: '19:30, 3 March', value: '2025-03-03T19:30', type: 'TIME' }],
    ],
    [
      'Doors open 19:30, 3 March.',
      DECEMBER,
      [{ text: '19:30, 3 March', value: '2025-03-03T19:30', type: 'TIME' }],
    ],
    [
      'Kick-off 15:00, 3 March.',
      DECEMBER,
      [{ text: '15:00, 3 March', value: '2025-03-03T15:00', type: 'TIME' }],
    ],
    [
      'The show starts 19:30 on 3 March.',
      DECEMBER,
      [{ text: '19:30 on 3 March', value: '2025-03-03T19:30', type: 'TIME' }],
    ],
    [
      'Doors open 19:30 on March 3.',
      DECEMBER,
      [{ text: '19:30 on March 3', value: '2025-03-03T19:30', type: 'TIME' }],
    ],
    [
      'Entries close 17:00, Friday 14 March.',
      DECEMBER,
      [{ text: '17:00, Friday 14 March', value: '2025-03-14T17:00', type: 'TIME' }],
    ],
    [
      'Doors open 18:45, 3rd of March.',
      DECEMBER,
      [{ text: '18:45, 3rd of March', value: '2025-03-03T18:45', type: 'TIME' }],
    ],
    // A past verb keeps the day gone.
    [
      'Doors opened 19:30, 3 March.',
      DECEMBER,
      [{ text: '19:30, 3 March', value: '2024-03-03T19:30', type: 'TIME' }],
    ],
    // The 12-hour clock is read as before.
    [
      'The show starts 7.30pm, 3 March.',
      DECEMBER,
      [{ text: '7.30pm, 3 March', value: '2025-03-03T19:30', type: 'TIME' }],
    ],
    // Digits with a colon before no day stay unread; a stop is no day's clock, nor is a count.
    ['The show starts 19:30.', DECEMBER, []],
    ['The ratio was 14:30, a record.', DECEMBER, []],
    ['The vote was 14:30, and 3 March is next.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['He paid 19.30, 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['Arsenal won 2:1 on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    // A month's name in lower case is no day: "may" is a verb.
    ['The ratio 10:30 may 4 times rise.', DECEMBER, []],
    [
      '12:15 TUESDAY 04 JUNE 2024',
      DECEMBER,
      [{ text: '12:15 TUESDAY 04 JUNE 2024', value: '2024-06-04T12:15', type: 'TIME' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))

  it('reads a long run of clocks and commas in bounded time', () => {
    const text = `Doors open ${'19:30, '.repeat(300)}3 March.`
    const found = findDates(text, { reference: DECEMBER })
    expect(found.at(-1)?.text).toBe('19:30, 3 March')
    expect(found.at(-1)?.value).toMatch(/^\d{4}-03-03T19:30$/)
  })
})

describe('a chapter and verse after a book of the Bible', () => {
  const DECEMBER = '2024-12-05'
  const cases: Case[] = [
    // A verse cited before a day is no clock of it: the day is read alone.
    ['John 3:16, 3 March', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The reading was 1 Corinthians 13:4, 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The passage from John 3:16-4:12 was read.', DECEMBER, []],
    // A clock after "at", a label or a book that must have its number stays a time.
    [
      'At 3:16, 3 March, police were called.',
      DECEMBER,
      [{ text: '3:16, 3 March', value: '2024-03-03T03:16', type: 'TIME' }],
    ],
    ['Kings 7:30, 3 March.', DECEMBER, [{ text: '7:30, 3 March', value: '2024-03-03T07:30', type: 'TIME' }]],
    [
      'He called John at 3:16 on Friday.',
      DECEMBER,
      [{ text: '3:16 on Friday', value: '2024-11-29T03:16', type: 'TIME' }],
    ],
    ['John 3:16pm', DECEMBER, [{ text: '3:16pm', value: '2024-12-05T15:16', type: 'TIME' }]],
    // A label before the clock leaves it a clock of its day.
    [
      'Doors open 19:30, 3 March.',
      DECEMBER,
      [{ text: '19:30, 3 March', value: '2025-03-03T19:30', type: 'TIME' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))

  it('reads a long run of verses in bounded time', () => {
    const text = `John ${'3:16-'.repeat(300)}4:12, 3 March.`
    const started = Date.now()
    const found = findDates(text, { reference: DECEMBER })
    expect(found.at(-1)?.text).toContain('3 March')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
