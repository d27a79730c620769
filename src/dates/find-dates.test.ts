import { describe, expect, it } from 'vitest'
import { splitReleases } from '../releases/split-releases'
import { findDates, inferPublicationDates, inferPublishedOn, normaliseDate } from './find-dates'
import { type Case, expectCase, oneParagraphRelease } from './test-helpers'

// A Monday: relative expressions below resolve against it.
const REF = '2024-03-18'

describe('findDates', () => {
  describe('absolute dates', () => {
    const cases: Case[] = [
      [
        'The event was held on 9 October 2023.',
        null,
        [
          {
            text: '9 October 2023',
            value: '2023-10-09',
            type: 'DATE',
            start: '2023-10-09',
            end: '2023-10-09',
          },
        ],
      ],
      [
        'On the 9 October 2023 the NPCC launched a response.',
        null,
        [{ text: '9 October 2023', value: '2023-10-09' }],
      ],
      ['It opened on October 9, 2023.', null, [{ text: 'October 9, 2023', value: '2023-10-09' }]],
      ['Call 101 quoting log 1234 of 17/03.', '2024-03-18', [{ text: '17/03', value: '2024-03-17' }]],
      ['He scored 17/03 in the test.', '2024-03-18', []],
      [
        'On Tuesday, March 12, 2024, agents executed a warrant.',
        null,
        [{ text: 'Tuesday, March 12, 2024', value: '2024-03-12' }],
      ],
      [
        'He was arrested Friday, March 15.',
        '2024-03-18',
        [{ text: 'Friday, March 15', value: '2024-03-15' }],
      ],
      ['He was arrested on 9th October.', REF, [{ text: '9th October', value: '2023-10-09' }]],
      [
        'Key figures met on Wednesday 13 March 2024 to sign it.',
        null,
        [{ text: 'Wednesday 13 March 2024', value: '2024-03-13' }],
      ],
      ['The deadline is 13/03/2024.', null, [{ text: '13/03/2024', value: '2024-03-13' }]],
      ['Data published 2024-03-13 show a fall.', null, [{ text: '2024-03-13', value: '2024-03-13' }]],
      [
        'Figures for March 2024 show a rise.',
        null,
        [{ text: 'March 2024', value: '2024-03', start: '2024-03-01', end: '2024-03-31' }],
      ],
      [
        'The team was set up in 2018.',
        null,
        [{ text: '2018', value: '2018', start: '2018-01-01', end: '2018-12-31' }],
      ],
      [
        'Crime fell in the 1990s.',
        null,
        [{ text: 'the 1990s', value: '199', start: '1990-01-01', end: '1999-12-31' }],
      ],
      ['We adapt our service ahead of the year 2045.', null, [{ text: 'the year 2045', value: '2045' }]],
      [
        'To achieve that in the 21st\u00a0century, the sector must change.',
        null,
        [{ text: 'the 21st\u00a0century', value: '20' }],
      ],
      ['Anyone banned at the time of the EURO 2024 tournament.', null, [{ text: '2024', value: '2024' }]],
      [
        'Protests peaked in early November 2023.',
        null,
        [{ text: 'early November 2023', value: '2023-11', mod: 'START' }],
      ],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))

    it('reads a date over a wrapped line with spaces or a carriage return beside the break', () => {
      // A real sentence (wide corpus) in a release wrapped with Windows line breaks and indents.
      const input =
        'Fire crews battle forestry blaze\r\n\r\nSource: Fire and Emergency New Zealand\r\n\r\n  Crews will be on the fire ground for the rest of the\r\n  week, and in November of last  \r\n  year crews fought a fire there.\r\n'
      const release = splitReleases(input).releases[0]!
      const found = findDates(release, { reference: REF })
      expect(found.map((d) => [d.text, d.value])).toEqual([
        ['the rest of the\r\n  week', '2024-W12'],
        ['November of last  \r\n  year', '2023-11'],
      ])
      // Each span slices its text out of the input as written.
      for (const d of found) expect(input.slice(d.span.start, d.span.end)).toBe(d.text)
    })

    it('reads numeric dates month first when asked', () => {
      expect(findDates('Due 03/04/2024.', { monthFirst: true })[0]?.value).toBe('2024-03-04')
      expect(findDates('Due 03/04/2024.')[0]?.value).toBe('2024-04-03')
    })

    it('reads both ends of a range of numeric dates in the same order', () => {
      const values = (options: { monthFirst?: boolean }) =>
        findDates('Open 06/10/24-06/12/24.', options).map((d) => d.value)
      expect(values({ monthFirst: true })).toEqual(['2024-06-10', '2024-06-12'])
      expect(values({})).toEqual(['2024-10-06', '2024-12-06'])
    })
  })

  describe('partial and relative dates', () => {
    const cases: Case[] = [
      ['The trial is expected to begin on 9 September.', REF, [{ text: '9 September', value: '2024-09-09' }]],
      ['Johnson is scheduled to be sentenced on June 12.', REF, [{ text: 'June 12', value: '2024-06-12' }]],
      // A past verb before a court date does not make it past: it is where he is to appear.
      [
        "He was bailed to appear at Leeds Magistrates' Court on 14 May.",
        REF,
        [{ text: '14 May', value: '2024-05-14' }],
      ],
      ['The case was adjourned to 9 May for sentencing.', REF, [{ text: '9 May', value: '2024-05-09' }]],
      // "is closed" is a state, not a past event.
      ['The station is closed on Good Friday.', REF, [{ text: 'Good Friday', value: '2024-03-29' }]],
      [
        'Crews dealt with 80 deliberate fires on Halloween.',
        REF,
        [{ text: 'Halloween', value: '2023-10-31' }],
      ],
      [
        'The station will be closed on Good Friday and Easter Monday.',
        REF,
        [
          { text: 'Good Friday', value: '2024-03-29' },
          { text: 'Easter Monday', value: '2024-04-01' },
        ],
      ],
      // Easter by the computus, in years where it falls late, early and in between.
      [
        'Easter Sunday 2025 and Easter Sunday 2019 and Easter Sunday 2000.',
        REF,
        [
          { text: 'Easter Sunday 2025', value: '2025-04-20' },
          { text: 'Easter Sunday 2019', value: '2019-04-21' },
          { text: 'Easter Sunday 2000', value: '2000-04-23' },
        ],
      ],
      [
        'The Remembrance Sunday parade was held in the town.',
        REF,
        [{ text: 'Remembrance Sunday', value: '2023-11-12' }],
      ],
      [
        'Patrols will run over the August bank holiday.',
        REF,
        [{ text: 'August bank holiday', value: '2024-08-26' }],
      ],
      ['Thanksgiving 2023 saw record travel.', REF, [{ text: 'Thanksgiving 2023', value: '2023-11-23' }]],
      ["St George's Day will be marked.", REF, [{ text: "St George's Day", value: '2024-04-23' }]],
      ['Burglaries rose late last year.', REF, [{ text: 'late last year', value: '2023', mod: 'END' }]],
      [
        'Results are due early next month.',
        REF,
        [{ text: 'early next month', value: '2024-04', mod: 'START' }],
      ],
      // Each date takes the tense of its own clause.
      [
        'He pleaded guilty at an earlier hearing on 12 February and will be sentenced on 26 April.',
        REF,
        [
          { text: '12 February', value: '2024-02-12' },
          { text: '26 April', value: '2024-04-26' },
        ],
      ],
      // "the previous year" and "the following year" count from the year just named.
      [
        'Shoplifting offences reached 430,000 in 2023, up 37 per cent on the previous year.',
        '2024-07-23',
        [
          { text: '2023', value: '2023' },
          { text: 'the previous year', value: '2022', type: 'DATE' },
        ],
      ],
      [
        'The unit was set up in 2019 and made its first arrests the following year.',
        REF,
        [
          { text: '2019', value: '2019' },
          { text: 'the following year', value: '2020', type: 'DATE' },
        ],
      ],
      [
        'Arrests rose by a fifth on the previous year.',
        REF,
        [{ text: 'the previous year', value: '2023', type: 'DATE' }],
      ],
      [
        'The conference on Wednesday (27 March) brought together leads.',
        REF,
        [{ text: 'Wednesday (27 March)', value: '2024-03-27' }],
      ],
      [
        'The conference at the College of Policing on Wednesday (March 27) brought together those leading work locally.',
        REF,
        [{ text: 'Wednesday (March 27)', value: '2024-03-27' }],
      ],
      [
        'The hearing on Friday (Sept. 13th, 2024) was adjourned.',
        REF,
        [{ text: 'Friday (Sept. 13th, 2024)', value: '2024-09-13' }],
      ],
      // Near-miss: a month alone in the brackets is no day of that week.
      [
        'The conference on Wednesday (March edition) brought together leads.',
        REF,
        [{ text: 'Wednesday', value: '2024-03-13' }],
      ],
      [
        'The awards were held at the Science Museum on September 18.',
        REF,
        [{ text: 'September 18', value: '2023-09-18' }],
      ],
      [
        'The awards were held at the Science Museum on September 18.',
        null,
        [{ text: 'September 18', value: 'XXXX-09-18' }],
      ],
      [
        'Today, the Home Secretary released a statement.',
        REF,
        [{ text: 'Today', value: '2024-03-18', start: '2024-03-18' }],
      ],
      ['Today, the Home Secretary released a statement.', null, [{ text: 'Today', value: 'XXXX-XX-XX' }]],
      ['Yesterday officers seized drugs.', REF, [{ text: 'Yesterday', value: '2024-03-17' }]],
      [
        'This week officers visited ports.',
        REF,
        [{ text: 'This week', value: '2024-W12', start: '2024-03-18', end: '2024-03-24' }],
      ],
      ['The activity this week has supported us.', null, [{ text: 'this week', value: 'XXXX-WXX' }]],
      ['Last week the charter was signed.', REF, [{ text: 'Last week', value: '2024-W11' }]],
      ['Next month the scheme will launch.', REF, [{ text: 'Next month', value: '2024-04' }]],
      ['Handguns have been seized since last October.', REF, [{ text: 'last October', value: '2023-10' }]],
      ['Handguns have been seized since last October.', null, [{ text: 'last October', value: 'XXXX-10' }]],
      [
        'It was rolled out nationally in February last year.',
        REF,
        [{ text: 'February last year', value: '2023-02' }],
      ],
      ['He took up this role in March this year.', REF, [{ text: 'March this year', value: '2024-03' }]],
      [
        'A refresh of the plan is due this summer.',
        REF,
        [{ text: 'this summer', value: '2024-SU', start: '2024-06-01', end: '2024-08-31' }],
      ],
      [
        'Young people came together in Birmingham this weekend.',
        null,
        [{ text: 'this weekend', value: 'XXXX-WXX-WE' }],
      ],
      ['Earlier this year the force launched a review.', REF, [{ text: 'Earlier this year', value: '2024' }]],
      ['He took up the role earlier this month.', null, [{ text: 'earlier this month', value: 'XXXX-XX' }]],
      [
        'Vehicles were identified in the second quarter of 2024.',
        null,
        [{ text: 'the second quarter of 2024', value: '2024-Q2' }],
      ],
      ['Crime has fallen in recent years.', REF, [{ text: 'recent years', value: 'PXY', type: 'DURATION' }]],
      ['Statistics released in December revealed a rise.', REF, [{ text: 'December', value: '2023-12' }]],
      ['The virtual sessions will take place through April.', REF, [{ text: 'April', value: '2024-04' }]],
      ['Chief Constable Smith said we must act now.', null, [{ text: 'now', value: 'PRESENT_REF' }]],
      [
        'We look forward to seeing what the future brings.',
        null,
        [{ text: 'the future', value: 'FUTURE_REF' }],
      ],
      ['I have more recently spoken to victims.', null, [{ text: 'recently', value: 'PAST_REF' }]],
      [
        'Invest in the technology of tomorrow, today.',
        REF,
        [
          { text: 'tomorrow', value: 'FUTURE_REF' },
          { text: 'today', value: 'PRESENT_REF' },
        ],
      ],
      [
        'The week of action began on Monday 18 March.',
        '2024-03-20',
        [{ text: 'Monday 18 March', value: '2024-03-18' }],
      ],
      [
        'Officers patrolled the town centre over Christmas.',
        REF,
        [{ text: 'Christmas', value: '2023-12-25' }],
      ],
      ['Extra patrols will run on New Year’s Eve.', REF, [{ text: 'New Year’s Eve', value: '2024-12-31' }]],
      ['Arrests on Bonfire Night 2023 rose.', null, [{ text: 'Bonfire Night 2023', value: '2023-11-05' }]],
      ['The scheme has run since June.', REF, [{ text: 'June', value: '2023-06' }]],
      ['The consultation runs until June.', REF, [{ text: 'June', value: '2024-06' }]],
      ['Throughout the week you will see updates.', REF, [{ text: 'the week', value: '2024-W12' }]],
      ['He was remanded in custody until 12 April.', REF, [{ text: '12 April', value: '2024-04-12' }]],
      ['He was released on bail until April.', REF, [{ text: 'April', value: '2024-04' }]],
      ['She lived there until April.', REF, [{ text: 'April', value: '2023-04' }]],
      [
        'He was chairman from June until August.',
        REF,
        [
          { text: 'June', value: '2023-06' },
          { text: 'August', value: '2023-08' },
        ],
      ],
    ]
    it.each(cases)('reads %s (reference %s)', (...c) => expectCase(c))

    it('lets a weekday fix the year when only one nearby year fits', () => {
      const text = 'The unit launched in 2023. Sessions took place on Wednesday 10 April.'
      const [launch, day] = findDates(text)
      expect(launch?.value).toBe('2023')
      expect(day).toMatchObject({ text: 'Wednesday 10 April', value: '2024-04-10', inferred: true })
    })

    it('looks back in a past clause and forward in a future one', () => {
      expect(findDates('The report was published in November.', { reference: REF })[0]?.value).toBe('2023-11')
      expect(findDates('The report will be published in November.', { reference: REF })[0]?.value).toBe(
        '2024-11',
      )
      expect(findDates('The team met on Friday.', { reference: REF })[0]?.value).toBe('2024-03-15')
      expect(findDates('The team will meet on Friday.', { reference: REF })[0]?.value).toBe('2024-03-22')
    })
  })

  describe('times and ranges', () => {
    const cases: Case[] = [
      [
        'Sessions run 10am-11am.',
        REF,
        [
          { text: '10am', value: '2024-03-18T10:00', type: 'TIME' },
          { text: '11am', value: '2024-03-18T11:00', type: 'TIME' },
        ],
      ],
      ['Doors open at 9am.', null, [{ text: '9am', value: 'XXXX-XX-XXT09:00' }]],
      [
        'Crews were called at 14.32 on Wednesday 13 March.',
        REF,
        [{ text: '14.32 on Wednesday 13 March', value: '2024-03-13T14:32', type: 'TIME' }],
      ],
      ['Rates rose at 14.32 per cent.', REF, []],
      [
        'Officers were called at 1900 hours on Friday.',
        REF,
        [{ text: '1900 hours on Friday', value: '2024-03-15T19:00', type: 'TIME' }],
      ],
      [
        'Volunteers gave 1900 hours of their time.',
        REF,
        [{ text: '1900 hours', value: 'PT1900H', type: 'DURATION' }],
      ],
      ['Shares traded at 4.50 each.', REF, []],
      [
        'The march began around noon.',
        REF,
        [{ text: 'around noon', value: '2024-03-18T12:00', mod: 'APPROX' }],
      ],
      [
        'It happened at about 9.30pm last night. Police arrived at 10pm.',
        REF,
        [
          { text: 'about 9.30pm last night', value: '2024-03-17T21:30', type: 'TIME', mod: 'APPROX' },
          { text: '10pm', value: '2024-03-17T22:00', type: 'TIME' },
        ],
      ],
      [
        'Officers were called at 9pm on the evening of Friday 15 March.',
        REF,
        [{ text: '9pm on the evening of Friday 15 March', value: '2024-03-15T21:00', type: 'TIME' }],
      ],
      [
        'Gardaí responded to the collision in the early hours of the 10th of March 2024.',
        REF,
        [
          {
            text: 'the early hours of the 10th of March 2024',
            value: '2024-03-10TMO',
            type: 'TIME',
            mod: 'START',
          },
        ],
      ],
      [
        'The car was stolen on the evening of the 4th of March.',
        REF,
        [{ text: 'the evening of the 4th of March', value: '2024-03-04TEV', type: 'TIME' }],
      ],
      [
        'The fire started in the early hours of Sunday 10 March.',
        REF,
        [{ text: 'the early hours of Sunday 10 March', value: '2024-03-10TMO', type: 'TIME', mod: 'START' }],
      ],
      // A part of a day written with a part of its own: the first part, on that day.
      [
        'The car was stolen in the early hours of Sunday morning and found in the early hours of this morning.',
        REF,
        [
          { text: 'the early hours of Sunday morning', value: '2024-03-17TMO', type: 'TIME', mod: 'START' },
          { text: 'the early hours of this morning', value: '2024-03-18TMO', type: 'TIME', mod: 'START' },
        ],
      ],
      [
        'He was seen at 11pm on Saturday night.',
        REF,
        [{ text: '11pm on Saturday night', value: '2024-03-16T23:00', type: 'TIME' }],
      ],
      ['The hub closes at midnight.', REF, [{ text: 'midnight', value: '2024-03-18T24:00' }]],
      [
        'Monday 15 April 9am – 10am and 1pm – 2pm',
        REF,
        [
          { text: 'Monday 15 April 9am', value: '2024-04-15T09:00', type: 'TIME', at: 0 },
          { text: '10am', value: '2024-04-15T10:00' },
          { text: '1pm', value: '2024-04-15T13:00' },
          { text: '2pm', value: '2024-04-15T14:00' },
        ],
      ],
      [
        'The County Lines Policing Strategy (2024-2027) sets out the plan.',
        null,
        [
          { text: '2024', value: '2024' },
          { text: '2027', value: '2027' },
        ],
      ],
      [
        'These figures show that between 2021 and 2023, seizures rose.',
        null,
        [
          { text: '2021', value: '2021' },
          { text: '2023', value: '2023' },
        ],
      ],
      ['Since 2021, the ROCU network has grown.', null, [{ text: '2021', value: '2021', at: 6 }]],
      ['The plan runs to 2024.', null, [{ text: '2024', value: '2024' }]],
      [
        'The operation ran from 1-7 April 2024.',
        null,
        [
          { text: '1', value: '2024-04-01', at: 23 },
          { text: '7 April 2024', value: '2024-04-07' },
        ],
      ],
      [
        'Patrols ran on 14 and 15 March.',
        REF,
        [
          { text: '14', value: '2024-03-14' },
          { text: '15 March', value: '2024-03-15' },
        ],
      ],
      // A list of days before the month: each is a day of it.
      [
        'Officers were deployed on 2, 3 and 4 March.',
        REF,
        [
          { text: '2', value: '2024-03-02' },
          { text: '3', value: '2024-03-03' },
          { text: '4 March', value: '2024-03-04' },
        ],
      ],
      [
        'The hearings were held on Monday 3, 4, 5 and 6 June 2024.',
        REF,
        [
          { text: 'Monday 3', value: '2024-06-03' },
          { text: '4', value: '2024-06-04' },
          { text: '5', value: '2024-06-05' },
          { text: '6 June 2024', value: '2024-06-06' },
        ],
      ],
      [
        'Patrols ran on 1st, 8th and 15th March.',
        REF,
        [
          { text: '1st', value: '2024-03-01' },
          { text: '8th', value: '2024-03-08' },
          { text: '15th March', value: '2024-03-15' },
        ],
      ],
      // Each day of the list with its weekday, the month written after the last.
      [
        'The road will close on Monday 17, Tuesday 18 and Wednesday 19 March 2025.',
        REF,
        [
          { text: 'Monday 17', value: '2025-03-17' },
          { text: 'Tuesday 18', value: '2025-03-18' },
          { text: 'Wednesday 19 March 2025', value: '2025-03-19' },
        ],
      ],
      [
        'Matches were played on Saturday 2nd, Sunday 3rd, Monday 4th and Tuesday 5th March.',
        REF,
        [
          { text: 'Saturday 2nd', value: '2024-03-02' },
          { text: 'Sunday 3rd', value: '2024-03-03' },
          { text: 'Monday 4th', value: '2024-03-04' },
          { text: 'Tuesday 5th March', value: '2024-03-05' },
        ],
      ],
      [
        'Roadworks will take place overnight on Monday 17, Tuesday 18 and Wednesday 19 March.',
        '2025-03-14',
        [
          { text: 'overnight on Monday 17', value: '2025-03-17TNI', type: 'TIME' },
          { text: 'Tuesday 18', value: '2025-03-18TNI', type: 'TIME' },
          { text: 'Wednesday 19 March', value: '2025-03-19TNI', type: 'TIME' },
        ],
      ],
      // A comma before the last day's "and", as US style lists: the same list.
      [
        'Hearings were held on 3, 4, and 5 March.',
        REF,
        [
          { text: '3', value: '2024-03-03' },
          { text: '4', value: '2024-03-04' },
          { text: '5 March', value: '2024-03-05' },
        ],
      ],
      [
        'The road will close on Monday 17, Tuesday 18, and Wednesday 19 March 2025.',
        REF,
        [
          { text: 'Monday 17', value: '2025-03-17' },
          { text: 'Tuesday 18', value: '2025-03-18' },
          { text: 'Wednesday 19 March 2025', value: '2025-03-19' },
        ],
      ],
      // "the" before the second end, and ordinals listed with "the" before the first.
      [
        'The operation ran from the 3rd to the 7th of March.',
        REF,
        [
          { text: '3rd', value: '2024-03-03' },
          { text: '7th of March', value: '2024-03-07' },
        ],
      ],
      [
        'The festival runs from the 21st until the 24th March.',
        REF,
        [
          { text: '21st', value: '2024-03-21' },
          { text: '24th March', value: '2024-03-24' },
        ],
      ],
      [
        'Officers patrolled on the 3rd, 4th and the 5th of March.',
        REF,
        [
          { text: '3rd', value: '2024-03-03' },
          { text: '4th', value: '2024-03-04' },
          { text: '5th of March', value: '2024-03-05' },
        ],
      ],
      [
        'Road closures apply on the 8th, 9th and 10th of March.',
        REF,
        [
          { text: '8th', value: '2024-03-08' },
          { text: '9th', value: '2024-03-09' },
          { text: '10th of March', value: '2024-03-10' },
        ],
      ],
      // With no month after the list, the first day alone is the month's around the writing day.
      ['Patrols ran on the 3rd, 4th and 5th.', REF, [{ text: 'the 3rd', value: '2024-03-03' }]],
      [
        'He will be sentenced on the 14th, the court heard.',
        REF,
        [{ text: 'the 14th', value: '2024-04-14' }],
      ],
      // Two numbers joined by a comma and "and" are no range of days.
      [
        'The boys, aged 14, and 15 March witnesses were heard.',
        REF,
        [{ text: '15 March', value: '2024-03-15' }],
      ],
      // A number with no weekday before days with theirs is no day of the list.
      [
        'He scored 3, Tuesday 18 and Wednesday 19 March 2025.',
        REF,
        [
          { text: 'Tuesday 18', value: '2025-03-18' },
          { text: 'Wednesday 19 March 2025', value: '2025-03-19' },
        ],
      ],
      // Not a list of days: a year before, or numbers that do not rise.
      [
        'In 2019, 3 and 4 December were busy.',
        null,
        [
          { text: '2019', value: '2019' },
          { text: '3', value: 'XXXX-12-03' },
          { text: '4 December', value: 'XXXX-12-04' },
        ],
      ],
      [
        'The scores were 5, 3 and 4 December.',
        null,
        [
          { text: '3', value: 'XXXX-12-03' },
          { text: '4 December', value: 'XXXX-12-04' },
        ],
      ],
      // The words before a part of the month say its tense: "until the end of January" is ahead.
      [
        'The consultation runs until the end of January.',
        REF,
        [{ text: 'the end of January', value: '2025-01', mod: 'END' }],
      ],
      [
        'The consultation ran until the end of January.',
        REF,
        [{ text: 'the end of January', value: '2024-01', mod: 'END' }],
      ],
      [
        'Figures for April to June 2024 rose.',
        null,
        [
          { text: 'April', value: '2024-04' },
          { text: 'June 2024', value: '2024-06' },
        ],
      ],
      [
        'Figures for November to February 2024 rose.',
        null,
        [
          { text: 'November', value: '2023-11' },
          { text: 'February 2024', value: '2024-02' },
        ],
      ],
      [
        'The match was postponed until 15:00 GMT Saturday.',
        REF,
        [{ text: '15:00 GMT Saturday', value: '2024-03-23T15:00', type: 'TIME' }],
      ],
      // A zone written between a twelve-hour time and its day.
      [
        'The hearing began at 2:30 p.m. EST on Friday and the vote was at 10am GMT on Sunday.',
        REF,
        [
          { text: '2:30 p.m. EST on Friday', value: '2024-03-15T14:30', type: 'TIME' },
          { text: '10am GMT on Sunday', value: '2024-03-17T10:00', type: 'TIME' },
        ],
      ],
      [
        'The consultation will run until 5pm on Friday 20 December 2024.',
        REF,
        [{ text: '5pm on Friday 20 December 2024', value: '2024-12-20T17:00', type: 'TIME' }],
      ],
      // A time joined to its day by "on" is one TIME mention with the day's date (gold guidelines).
      [
        'A dispersal order was in force until 11pm on Saturday 8 June in the town centre.',
        '2024-06-10',
        [{ text: '11pm on Saturday 8 June', value: '2024-06-08T23:00', type: 'TIME' }],
      ],
      [
        'The collision happened at 3.45pm on Tuesday.',
        REF,
        [{ text: '3.45pm on Tuesday', value: '2024-03-12T15:45', type: 'TIME' }],
      ],
      [
        'Detectives believe the burglary took place between 1am and 3.30am on Sunday 10 March.',
        REF,
        [
          { text: '1am', value: '2024-03-10T01:00', type: 'TIME' },
          { text: '3.30am on Sunday 10 March', value: '2024-03-10T03:30', type: 'TIME' },
        ],
      ],
      [
        'The drop-in session is on Thursday 21 March 2pm-4pm at the library.',
        REF,
        [
          { text: 'Thursday 21 March 2pm', value: '2024-03-21T14:00', type: 'TIME' },
          { text: '4pm', value: '2024-03-21T16:00', type: 'TIME' },
        ],
      ],
      // A modifier before a time is kept when a date follows it.
      [
        'The van was stopped on the M6 at about 1.20am on Wednesday 13 March.',
        REF,
        [
          {
            text: 'about 1.20am on Wednesday 13 March',
            value: '2024-03-13T01:20',
            type: 'TIME',
            mod: 'APPROX',
          },
        ],
      ],
      [
        'Crews were called to the warehouse fire at around 6am.',
        REF,
        [{ text: 'around 6am', value: '2024-03-18T06:00', type: 'TIME', mod: 'APPROX' }],
      ],
      // A time with no day takes the day named earlier in the sentence, not the publication date.
      [
        'A woman was assaulted in the park last Thursday and officers arrived at about 10.40pm.',
        REF,
        [
          { text: 'last Thursday', value: '2024-03-14', type: 'DATE' },
          { text: 'about 10.40pm', value: '2024-03-14T22:40', type: 'TIME', mod: 'APPROX' },
        ],
      ],
      [
        'Officers were called at around 4.30pm yesterday.',
        REF,
        [{ text: 'around 4.30pm yesterday', value: '2024-03-17T16:30', mod: 'APPROX' }],
      ],
      [
        'Emergency services were called on Saturday 9 November at 2.15am.',
        '2024-11-11',
        // A time joined to its day by "at" is one TIME, as one joined by "on" is.
        [{ text: 'Saturday 9 November at 2.15am', value: '2024-11-09T02:15', type: 'TIME' }],
      ],
      ['A man was stabbed last night.', REF, [{ text: 'last night', value: '2024-03-17TNI', type: 'TIME' }]],
      [
        'Officers were called on Friday afternoon.',
        REF,
        [{ text: 'Friday afternoon', value: '2024-03-15TAF', type: 'TIME' }],
      ],
      [
        'Police were called shortly after 9am.',
        REF,
        [{ text: 'shortly after 9am', value: '2024-03-18T09:00', mod: 'AFTER' }],
      ],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))

    it('gives a time with no day the day named in an earlier paragraph', () => {
      const text = [
        'A man was robbed at a cash machine in the town centre last Friday.',
        'He had withdrawn £200 at about 2.15pm when he was approached.',
        'Anyone on the high street between 2pm and 2.30pm on Friday should call us.',
      ].join('\n\n')
      const found = findDates(text, { reference: '2024-05-20' })
      expect(found.map((m) => [m.text, m.value, m.type, m.mod])).toEqual([
        ['last Friday', '2024-05-17', 'DATE', null],
        ['about 2.15pm', '2024-05-17T14:15', 'TIME', 'APPROX'],
        ['2pm', '2024-05-17T14:00', 'TIME', null],
        ['2.30pm on Friday', '2024-05-17T14:30', 'TIME', null],
      ])
    })
  })

  describe('the small hours after an evening told in an earlier paragraph', () => {
    it('gives them the next day', () => {
      const text = [
        'It will be alleged that at around 9.30pm on March 3, a man armed with a knife entered the business.',
        'Following inquiries, officers arrested the man just after midnight.',
      ].join('\n\n')
      const found = findDates(text, { reference: '2025-03-04' })
      expect(found.map((m) => [m.text, m.value])).toEqual([
        ['around 9.30pm on March 3', '2025-03-03T21:30'],
        ['just after midnight', '2025-03-04T00:00'],
      ])
    })

    it('keeps the day after a morning time', () => {
      const text = ['Officers were called at 9.30am on March 3.', 'A man was arrested at 2am.'].join('\n\n')
      const found = findDates(text, { reference: '2025-03-04' })
      expect(found.map((m) => m.value)).toEqual(['2025-03-03T09:30', '2025-03-03T02:00'])
    })
  })

  describe('UK statistical periods', () => {
    const cases: Case[] = [
      ['Burglaries fell in Q2 of 2023.', REF, [{ text: 'Q2 of 2023', value: '2023-Q2' }]],
      ['Arrests rose in Q3 last year.', REF, [{ text: 'Q3 last year', value: '2023-Q3' }]],
      [
        'In the first quarter of last year, calls fell.',
        REF,
        [{ text: 'the first quarter of last year', value: '2023-Q1' }],
      ],
      ['In Q1 of this year, crime fell.', REF, [{ text: 'Q1 of this year', value: '2024-Q1' }]],
      [
        'Road closures will be in place during the week commencing 25 March.',
        REF,
        [{ text: 'the week commencing 25 March', value: '2024-W13', start: '2024-03-25', end: '2024-03-31' }],
      ],
      ['Works start w/c 8 April.', REF, [{ text: 'w/c 8 April', value: '2024-W15' }]],
      [
        'Events run during the week beginning 4 March.',
        REF,
        [{ text: 'the week beginning 4 March', value: '2024-W10', start: '2024-03-04', end: '2024-03-10' }],
      ],
      // A week counted to its last day, as statistics offices write it: the seven days to it.
      [
        'In the week ending 8 March 2024, 10,543 deaths were registered.',
        REF,
        [{ text: 'the week ending 8 March 2024', value: '2024-W10', start: '2024-03-02', end: '2024-03-08' }],
      ],
      [
        'Deaths in the week to 8 March 2024 rose.',
        REF,
        [{ text: 'the week to 8 March 2024', value: '2024-W10', start: '2024-03-02', end: '2024-03-08' }],
      ],
      // Near-miss: an offer ending on a day is no week.
      ['The offer ending 8 March 2024 was popular.', REF, [{ text: '8 March 2024', value: '2024-03-08' }]],
      // The start of a range takes the year written at its end.
      [
        'The figures cover the period from 1 January to 31 December 2023.',
        REF,
        [
          { text: '1 January', value: '2023-01-01' },
          { text: '31 December 2023', value: '2023-12-31' },
        ],
      ],
      [
        'Thefts fell between January and March 2023.',
        REF,
        [
          { text: 'January', value: '2023-01' },
          { text: 'March 2023', value: '2023-03' },
        ],
      ],
      [
        'The campaign ran from 1 December to 31 January 2024.',
        REF,
        [
          { text: '1 December', value: '2023-12-01' },
          { text: '31 January 2024', value: '2024-01-31' },
        ],
      ],
      // A bare lower-case season used as a noun or an adjective is the reference year's season.
      [
        'Burglaries fall as summer patrols come to an end',
        '2024-09-02',
        [{ text: 'summer', value: '2024-SU', type: 'DATE' }],
      ],
      ['Officers prepare for winter pressures.', '2024-10-07', [{ text: 'winter', value: '2024-WI' }]],
      ['Police will spring into action.', REF, []],
      [
        'Crime fell in the year to March 2024.',
        null,
        [
          {
            text: 'the year to March 2024',
            value: 'P1Y',
            type: 'DURATION',
            start: '2023-04-01',
            end: '2024-03-31',
          },
        ],
      ],
      [
        'Data for the fiscal year ending 30 June 2023 were not yet available.',
        null,
        [
          {
            text: 'the fiscal year ending 30 June 2023',
            value: 'P1Y',
            start: '2022-07-01',
            end: '2023-06-30',
          },
        ],
      ],
      [
        'Figures for the year ending June 2023 show a fall.',
        null,
        [{ text: 'the year ending June 2023', value: 'P1Y', start: '2022-07-01', end: '2023-06-30' }],
      ],
      [
        'Spending in 2023/24 rose.',
        null,
        [
          { text: '2023', value: '2023', start: '2023-04-01', end: '2024-03-31' },
          { text: '24', value: '2024', start: '2023-04-01', end: '2024-03-31' },
        ],
      ],
      [
        'Spending in 2023-24 rose.',
        null,
        [
          { text: '2023', value: '2023' },
          { text: '24', value: '2024' },
        ],
      ],
      [
        'Any person made subject to a FBO during the 2023-4 domestic season.',
        null,
        [
          { text: '2023', value: '2023' },
          { text: '4', value: '2024' },
        ],
      ],
      [
        'Arrests rose in Q2 2024.',
        null,
        [{ text: 'Q2 2024', value: '2024-Q2', start: '2024-04-01', end: '2024-06-30' }],
      ],
      [
        'Budgets for this financial year are set.',
        REF,
        [{ text: 'this financial year', value: 'FY2023', start: '2023-04-01', end: '2024-03-31' }],
      ],
      [
        'Crime fell in the 12 months to September 2024.',
        null,
        [{ text: 'the 12 months to September 2024', value: 'P12M', start: '2023-10-01', end: '2024-09-30' }],
      ],
      [
        'In the first half of 2024 crime fell.',
        null,
        [{ text: 'the first half of 2024', value: '2024-H1', start: '2024-01-01', end: '2024-06-30' }],
      ],
      ['By mid-2023 the unit was open.', null, [{ text: 'mid-2023', value: '2023', mod: 'MID' }]],
      // "end" without "of", as EU and UN bodies write it: hyphened, or after "by" or "at".
      [
        'The action plan aims to dismantle the main networks by end-2025.',
        null,
        [{ text: 'end-2025', value: '2025', mod: 'END' }],
      ],
      [
        'Reserves stood at end 2023 as they had at end-June 2022.',
        null,
        [
          { text: 'end 2023', value: '2023', mod: 'END' },
          { text: 'end-June 2022', value: '2022-06', mod: 'END' },
        ],
      ],
      ['Payments rose again by end June.', REF, [{ text: 'end June', value: '2023-06', mod: 'END' }]],
      // "end" as a verb stays out of the mention.
      ['The company will end 2025 in profit.', null, [{ text: '2025', value: '2025' }]],
      ['The scheme could end 2024 with a surplus.', null, [{ text: '2024', value: '2024' }]],
      [
        'The contract ends at the end of 2023.',
        null,
        [{ text: 'the end of 2023', value: '2023', mod: 'END' }],
      ],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('durations and sets', () => {
    const cases: Case[] = [
      [
        'He was jailed for six years and eight months.',
        REF,
        [{ text: 'six years and eight months', value: 'P6Y8M', type: 'DURATION' }],
      ],
      ['She was jailed for 4 years 6 months.', REF, [{ text: '4 years 6 months', value: 'P4Y6M' }]],
      ['The work is expected to last three weeks.', REF, [{ text: 'three weeks', value: 'P3W' }]],
      ['Checks take place twice a year.', REF, [{ text: 'twice a year', value: 'P1Y', type: 'SET' }]],
      ['Patrols run three times a week.', REF, [{ text: 'three times a week', value: 'P1W', type: 'SET' }]],
      ['The market is held on Saturdays.', REF, [{ text: 'Saturdays', value: 'XXXX-WXX-6', type: 'SET' }]],
      [
        'The clinic runs every Tuesday evening.',
        REF,
        [{ text: 'every Tuesday evening', value: 'XXXX-WXX-2TEV', type: 'SET' }],
      ],
      [
        'Surgeries are held on Tuesday evenings and every Friday.',
        REF,
        [
          { text: 'Tuesday evenings', value: 'XXXX-WXX-2TEV', type: 'SET' },
          { text: 'every Friday', value: 'XXXX-WXX-5', type: 'SET' },
        ],
      ],
      [
        'The clinic ran on Tuesday evening.',
        REF,
        [{ text: 'Tuesday evening', value: '2024-03-12TEV', type: 'TIME' }],
      ],
      [
        'The search lasted two weeks and three days.',
        REF,
        [{ text: 'two weeks and three days', value: 'P17D' }],
      ],
      ['The siege lasted one day and 3 hours.', REF, [{ text: 'one day and 3 hours', value: 'P1DT3H' }]],
      // Units that do not fall from one to the other stay apart.
      [
        'Terms of six years and eight years were handed down.',
        REF,
        [
          { text: 'six years', value: 'P6Y' },
          { text: 'eight years', value: 'P8Y' },
        ],
      ],
      // "over" before a count, after a preposition, means more than; elsewhere it means across.
      [
        'It is the largest single seizure of heroin in the county in over a decade.',
        REF,
        [{ text: 'over a decade', value: 'P10Y', type: 'DURATION', mod: 'MORE_THAN' }],
      ],
      [
        'The inspector retires after serving with the force for over 30 years.',
        REF,
        [{ text: 'over 30 years', value: 'P30Y', type: 'DURATION', mod: 'MORE_THAN' }],
      ],
      [
        'The new cameras will be installed over three years.',
        REF,
        [{ text: 'three years', value: 'P3Y', type: 'DURATION' }],
      ],
      // A half or a quarter after the count is part of it: sentences read "5 1/2 years" and "3½ years".
      [
        'He was sentenced to 5 1/2 years in federal prison and fined $10,000.',
        REF,
        [{ text: '5 1/2 years', value: 'P5.5Y', type: 'DURATION' }],
      ],
      // US releases join the fraction with a hyphen.
      [
        'He was sentenced to 3-1/2 years in federal prison.',
        REF,
        [{ text: '3-1/2 years', value: 'P3.5Y', type: 'DURATION' }],
      ],
      [
        'The man was jailed for 3½ years; the search took 2¼ hours.',
        REF,
        [
          { text: '3½ years', value: 'P3.5Y', type: 'DURATION' },
          { text: '2¼ hours', value: 'PT2.25H', type: 'DURATION' },
        ],
      ],
      // "half a" before the unit, or "and a half" after it, halves or adds to the length.
      [
        'Officers arrived within half an hour; the search took more than half a day.',
        REF,
        [
          { text: 'half an hour', value: 'PT0.5H', type: 'DURATION' },
          { text: 'more than half a day', value: 'P0.5D', type: 'DURATION', mod: 'MORE_THAN' },
        ],
      ],
      [
        'The investigation spans more than half a decade.',
        REF,
        [{ text: 'more than half a decade', value: 'P5Y', type: 'DURATION', mod: 'MORE_THAN' }],
      ],
      [
        'The victim waited for an hour and a half; he was jailed for three years and a half.',
        REF,
        [
          { text: 'an hour and a half', value: 'PT1.5H', type: 'DURATION' },
          { text: 'three years and a half', value: 'P3.5Y', type: 'DURATION' },
        ],
      ],
      // "a year since" is a length of time, as "a year later" is.
      [
        'It has been a decade since the attack, and a year since the trial.',
        REF,
        [
          { text: 'a decade', value: 'P10Y', type: 'DURATION' },
          { text: 'a year', value: 'P1Y', type: 'DURATION' },
        ],
      ],
      // A half-hour after "and" is a noun of its own, not a half of the length.
      [
        'The siege lasted 12 hours and a half-hour break followed.',
        REF,
        [{ text: '12 hours', value: 'PT12H' }],
      ],
      // "half" as a share of something else is no part of a length.
      ['Half the officers worked for a year.', REF, [{ text: 'a year', value: 'P1Y' }]],
      // A range is two mentions: the first end, written bare, takes the unit of the second.
      [
        'The work will take between 12 and 18 months, and patrols six to nine weeks.',
        REF,
        [
          { text: '12', value: 'P12M', type: 'DURATION' },
          { text: '18 months', value: 'P18M', type: 'DURATION' },
          { text: 'six', value: 'P6W', type: 'DURATION' },
          { text: 'nine weeks', value: 'P9W', type: 'DURATION' },
        ],
      ],
      // An article before a hyphen is no first end: "a-hundred" is no range of one to a hundred.
      [
        'It was a one-in-a-hundred-year storm.',
        REF,
        [{ text: 'hundred-year', value: 'P100Y', type: 'DURATION' }],
      ],
      // Ages are neither dates nor durations; "2 and 6" without "between" is no range.
      ['It is open to those aged between 18 and 25 years.', REF, []],
      ['He saw 2 and 6 months later.', REF, [{ text: '6 months', value: 'P6M', type: 'DURATION' }]],
      // Not a fraction: "1/24" is no half or quarter, so only "24 hours" is read.
      ['It ran 3 1/24 hours.', REF, [{ text: '24 hours', value: 'PT24H', type: 'DURATION' }]],
      // "year-long" is the duration: no article, no preposition before it.
      [
        'Five men were charged following a year-long inquiry into fraud.',
        REF,
        [{ text: 'year-long', value: 'P1Y', type: 'DURATION' }],
      ],
      [
        'The force launched a week-long knife amnesty and a two-month-long review.',
        REF,
        [
          { text: 'week-long', value: 'P1W', type: 'DURATION' },
          { text: 'two-month-long', value: 'P2M', type: 'DURATION' },
        ],
      ],
      [
        'Forces increased seizures in the last three years.',
        REF,
        [
          {
            text: 'the last three years',
            value: 'P3Y',
            type: 'DURATION',
            start: '2021-03-19',
            end: '2024-03-18',
          },
        ],
      ],
      ['The team is marking six years since its inception.', REF, [{ text: 'six years', value: 'P6Y' }]],
      ['Some drugs leave the body within 12 hours.', REF, [{ text: '12 hours', value: 'PT12H' }]],
      [
        'Testing will be considered up to seven days after.',
        REF,
        [{ text: 'up to seven days', value: 'P7D', mod: 'EQUAL_OR_LESS' }],
      ],
      [
        'He must serve a minimum of 25 years before he can be considered for parole.',
        REF,
        [{ text: 'a minimum of 25 years', value: 'P25Y', type: 'DURATION', mod: 'EQUAL_OR_MORE' }],
      ],
      [
        'The offence carries a maximum of 10 years in prison, and at least a year on licence.',
        REF,
        [
          { text: 'a maximum of 10 years', value: 'P10Y', type: 'DURATION', mod: 'EQUAL_OR_LESS' },
          { text: 'at least a year', value: 'P1Y', type: 'DURATION', mod: 'EQUAL_OR_MORE' },
        ],
      ],
      ['The force will recruit a minimum of 200 officers.', REF, []],
      [
        'The defendants were jailed for more than 32 years.',
        REF,
        [{ text: 'more than 32 years', value: 'P32Y', mod: 'MORE_THAN' }],
      ],
      [
        'Response time fell from around 33 hours.',
        REF,
        [{ text: 'around 33 hours', value: 'PT33H', mod: 'APPROX' }],
      ],
      [
        'Officers respond in as little as three minutes.',
        REF,
        [{ text: 'as little as three minutes', value: 'PT3M', mod: 'EQUAL_OR_MORE' }],
      ],
      [
        'Police receive 561 reports of spiking per month.',
        REF,
        [{ text: 'per month', value: 'P1M', type: 'SET' }],
      ],
      ['The review happens every year.', REF, [{ text: 'every year', value: 'P1Y', type: 'SET' }]],
      [
        'Officers work hard every day of the year.',
        REF,
        [{ text: 'every day of the year', value: 'P1D', type: 'SET' }],
      ],
      [
        'The centre publishes annual strategic assessments.',
        REF,
        [{ text: 'annual', value: 'P1Y', type: 'SET' }],
      ],
      ['He was jailed for 10 years.', REF, [{ text: '10 years', value: 'P10Y', type: 'DURATION' }]],
      [
        'Officers took 4,500 calls in 24 hours.',
        REF,
        [{ text: '24 hours', value: 'PT24H', type: 'DURATION' }],
      ],
      [
        'Officers responded to 67 protests across a four day period.',
        REF,
        [{ text: 'a four day period', value: 'P4D' }],
      ],
      // The noun of the length stays with it after "the" too.
      [
        'We completed 460 independent investigations over the 12-month period.',
        REF,
        [{ text: '12-month period', value: 'P12M' }],
      ],
      ['Calls rose during the three-week spell.', REF, [{ text: 'three-week spell', value: 'P3W' }]],
      // Not a length's noun: "period" ends nothing in "the 12-month sentence".
      ['He was given the 12-month sentence.', REF, [{ text: '12-month', value: 'P12M' }]],
      ['It is a four-year research project.', REF, [{ text: 'four-year', value: 'P4Y' }]],
      [
        'The past few weeks feel like they have given the plan fresh impetus.',
        REF,
        [{ text: 'The past few weeks', value: 'PXW' }],
      ],
      ['Opal has done this for a number of years.', REF, [{ text: 'a number of years', value: 'PXY' }]],
      ['Drones reach any incident within minutes.', REF, [{ text: 'minutes', value: 'PTXM' }]],
      [
        'Over the past year, protest has continued.',
        REF,
        [{ text: 'the past year', value: 'P1Y', type: 'DURATION', start: '2023-03-19', end: '2024-03-18' }],
      ],
      [
        'The strategy sets out the plan for the next three years.',
        REF,
        [{ text: 'the next three years', value: 'P3Y' }],
      ],
      ['The unit opened three years ago.', REF, [{ text: 'three years ago', value: '2021', type: 'DATE' }]],
      [
        'Police Scotland receives a call every 43 seconds.',
        REF,
        [{ text: 'every 43 seconds', value: 'PT43S', type: 'SET' }],
      ],
      ['Figures are published quarterly.', REF, [{ text: 'quarterly', value: 'P3M', type: 'SET' }]],
      [
        'There were 379 deaths the previous year.',
        REF,
        [{ text: 'the previous year', value: '2023', type: 'DATE' }],
      ],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('input shapes', () => {
    it('keeps spans in the original input for a release', () => {
      const input = 'Title\n\nSource: X\n\nThe week of action began on Monday 18 March.'
      const start = input.indexOf('The week')
      const release = {
        paragraphs: [{ kind: 'text' as const, text: input.slice(start), span: { start, end: input.length } }],
      }
      const [m] = findDates(release, { reference: '2024-03-20' })
      expect(m?.span).toEqual({
        start: input.indexOf('Monday'),
        end: input.indexOf('Monday') + 'Monday 18 March'.length,
      })
      expect(m?.rule).toBe('dates/weekday-day-month')
    })

    it('reads a URL or a day written with invisible characters as written without them', () => {
      // A page's markup puts a zero-width space after each slash so a URL may break there.
      const url = 'Read more at www.example.gov/\u200bnews/\u200b2089/\u200bupdate on Monday 18 March.'
      const found = findDates(url, { reference: '2024-03-20' })
      expect(found.map((m) => [m.text, m.value])).toEqual([['Monday 18 March', '2024-03-18']])
      const day = 'The scheme opens on 18/\u200b03/\u200b2024.'
      const [m] = findDates(day, { reference: '2024-03-20' })
      expect([m?.value, day.slice(m!.span.start, m!.span.end)]).toEqual(['2024-03-18', m?.text])
      expect(m?.text).toBe('18/\u200b03/\u200b2024')
    })

    it('reads a day written with character references as written without them', () => {
      // A scrape of a web page keeps its no-break spaces and dashes as references.
      const input = 'He was sentenced on Friday&nbsp;7&nbsp;March, for offences from 2019&ndash;2023.'
      const found = findDates(input, { reference: '2025-03-10' })
      expect(found.map((m) => [m.text, m.value, input.slice(m.span.start, m.span.end)])).toEqual([
        ['Friday&nbsp;7&nbsp;March', '2025-03-07', 'Friday&nbsp;7&nbsp;March'],
        ['2019', '2019', '2019'],
        ['2023', '2023', '2023'],
      ])
    })

    it('accepts a Date as the reference', () => {
      expect(
        findDates('Today officers met.', { reference: new Date('2024-03-18T00:00:00Z') })[0]?.value,
      ).toBe('2024-03-18')
    })

    it('reports a day that does not exist and a weekday that does not fit', () => {
      const diagnostics: unknown[] = []
      const text = 'It opened on Wednesday 14 March 2024 and closed on 31/02/2024.'
      const found = findDates(text, { onDiagnostic: (d) => diagnostics.push(d) })
      expect(found.map((m) => [m.text, m.value])).toEqual([['Wednesday 14 March 2024', '2024-03-14']])
      expect(diagnostics).toEqual([
        { ruleId: 'dates/weekday-mismatch', message: expect.any(String), span: { start: 13, end: 36 } },
        { ruleId: 'dates/no-such-day', message: expect.any(String), span: { start: 51, end: 61 } },
      ])
    })

    it('marks mentions resolved against an inferred reference', () => {
      const text = 'A refresh is due this summer.'
      // "this summer" is a season: a guess against any reference.
      expect(findDates(text, { reference: REF })[0]).toMatchObject({ value: '2024-SU', inferred: true })
      const inferred = {
        day: REF,
        year: 2024,
        inferred: true,
        lowerBound: false,
        estimated: false,
        rule: 'dates/weekday-day',
      }
      expect(findDates('Today officers met.', { reference: inferred })[0]?.inferred).toBe(true)
      expect(findDates('Today officers met.', { reference: REF })[0]?.inferred).toBe(false)
    })

    it('resolves against the year alone when the reference fixes only the year', () => {
      const yearOnly = {
        day: null,
        year: 2019,
        inferred: true,
        lowerBound: false,
        estimated: false,
        rule: 'dates/anniversary-year',
      }
      expect(findDates('It opened on 4 June.', { reference: yearOnly })[0]).toMatchObject({
        value: '2019-06-04',
      })
      const estimated = { ...yearOnly, day: '2019-09-27', estimated: true, rule: 'dates/neighbour-day' }
      expect(findDates('Officers met today.', { reference: estimated })[0]?.value).not.toBe('2019-09-27')
    })

    it('takes the reference the dating stage left on a release', () => {
      const release = splitReleases('Title\n\nSource: NPCC\n\nOfficers met yesterday.\n', {
        publishedOn: '2024-03-20',
      }).releases[0]!
      expect(release.reference).toMatchObject({ day: '2024-03-20', inferred: false })
      expect(findDates(release).map((m) => m.value)).toEqual(['2024-03-19'])
    })

    it('throws a readable error for invalid options only', () => {
      expect(() => findDates('Today', { reference: '18/03/2024' })).toThrow(/reference/)
      expect(() => findDates('Today', { monthFirst: 'yes' as unknown as boolean })).toThrow(/monthFirst/)
    })
  })
})

describe('normaliseDate', () => {
  describe('one expression', () => {
    const cases: Array<[string, string | null, string | null]> = [
      ['last October', REF, '2023-10'],
      ['9 October 2023', null, '2023-10-09'],
      ['the year 2045', null, '2045'],
      ['27 September', null, 'XXXX-09-27'],
      ['more than 32 years', null, 'P32Y'],
      ['Class A', null, null],
    ]
    it.each(cases)('normalises %s (reference %s) to %s', (expression, reference, value) => {
      expect(normaliseDate(expression, { reference })?.value ?? null).toBe(value)
    })
  })
})

describe('inferPublishedOn', () => {
  const release = (...texts: string[]) => {
    let at = 0
    return {
      paragraphs: texts.map((text) => {
        const p = { kind: 'text' as const, text, span: { start: at, end: at + text.length } }
        at += text.length + 2
        return p
      }),
    }
  }

  describe('evidence in the text', () => {
    const cases: Array<[string, string[], string | null, string?]> = [
      [
        'a stated day with a weekday',
        ['Last week (Wednesday 13 March 2024) key figures signed a charter.'],
        '2024-03-20',
        'dates/stated-day',
      ],
      [
        'today with its day and year',
        ['Today (27 September 2024), the inspectorate published its findings.'],
        '2024-09-27',
        'dates/stated-day',
      ],
      [
        'a weekday beside a date',
        ['The week of action began on Monday 18 March 2024 and ends on Sunday.'],
        '2024-03-18',
        'dates/weekday-day',
      ],
      [
        'a weekday fixing the year from a nearby one',
        ['The team launched in 2023.', 'Sessions took place on Wednesday 10 April.'],
        '2024-04-10',
        'dates/weekday-day',
      ],
      [
        'a weekday fixing the year from a financial year the release names',
        [
          'Councillors approved the 2025/26 budget.',
          'At a meeting on Thursday 27 February, members voted 45 to 12.',
        ],
        '2025-02-27',
        'dates/weekday-day',
      ],
      [
        'a weekday fixing the year from a pair of years written in full',
        ['The plan covers 2019/2020.', 'It was signed on Friday 6 March.'],
        '2020-03-06',
        'dates/weekday-day',
      ],
      [
        'the latest explicit date',
        ['On 9 October 2023 the NPCC launched a response.', 'It had begun on 7 October 2023.'],
        '2023-10-09',
        'dates/latest-date',
      ],
      [
        'a dateline',
        ['Published: 12 March 2024', 'Officers made 20 arrests last week.'],
        '2024-03-12',
        'dates/dateline',
      ],
      [
        'a numeric dateline',
        ['Published: 14/05/2024', 'Officers made 20 arrests last week.'],
        '2024-05-14',
        'dates/dateline',
      ],
      [
        'an ISO dateline',
        ['Date: 2024-05-14', 'Officers made 20 arrests last week.'],
        '2024-05-14',
        'dates/dateline',
      ],
      [
        'a dateline with a time after it',
        ['Tuesday, 14 May 2024 - 3:45pm', 'Officers made 20 arrests last week.'],
        '2024-05-14',
        'dates/dateline',
      ],
      [
        'a dateline that opens the story, after a place',
        ['Appeal after robbery', 'LONDON, 12 March 2024 – Police are appealing for witnesses.'],
        '2024-03-12',
        'dates/dateline',
      ],
      [
        'a US dateline that opens the story',
        ['March 12, 2024 — The FBI announced the arrest of two men.'],
        '2024-03-12',
        'dates/dateline',
      ],
      [
        'this morning with its day',
        ['Officers this morning (Tuesday 14 May 2024) executed warrants.'],
        '2024-05-14',
        'dates/stated-day',
      ],
      [
        'last night with its day',
        ['Last night (13 May 2024) officers were called.'],
        '2024-05-14',
        'dates/stated-day',
      ],
      [
        'a date opening a later paragraph, no dateline but a lower bound',
        ['One.', 'Two.', 'Three.', 'Four.', '12 March 2024 – the day of the first arrest.'],
        '2024-03-12',
        'dates/latest-date',
      ],
      [
        'an embargo line',
        ['EMBARGOED UNTIL 00:01 Tuesday 19 March 2024', 'Figures out today show a fall.'],
        '2024-03-19',
        'dates/dateline',
      ],
      ['nothing that fixes it', ['Today, the Home Secretary released a statement.'], null],
      [
        'a date followed by a count, which is no dateline but a lower bound',
        ['12 March 2024 40', 'Officers made arrests.'],
        '2024-03-12',
        'dates/latest-date',
      ],
      [
        'a day with no year and no weekday',
        ['Today (27 September), the inspectorate published its findings.'],
        null,
      ],
      [
        'anniversary wording that fixes the year of a stated day',
        ['Today (27 September) the unit marks ten years since it was launched in 2014.'],
        '2024-09-27',
        'dates/anniversary-year',
      ],
      [
        'anniversary wording alone, which fixes no day',
        ['The unit marks ten years since it was launched in 2014.'],
        null,
      ],
      [
        'a numeric date, the latest one',
        ['A similar robbery was reported on 14/05/2024.', 'Call 101 quoting log 0712 of 17/05/2024.'],
        '2024-05-17',
        'dates/latest-date',
      ],
      [
        'a numeric date in the text',
        ['The man was arrested on 06/06/24.', 'Officers made 20 arrests last week.'],
        '2024-06-06',
        'dates/latest-date',
      ],
      [
        'no date from a reference number in a date’s shape',
        ['Anyone with information should quote Ref: 06/06/24-1234.', 'Officers made 20 arrests last week.'],
        null,
      ],
      [
        'no closing date as a lower bound',
        ['The consultation opens today.', 'It closes on 3 July 2024.'],
        null,
      ],
      [
        'no date in a future clause as a lower bound',
        ['The law will come into force on 1 October 2024.'],
        null,
      ],
      [
        'a past date, not the closing date beside it',
        ['Officers were called on 2 June 2024.', 'Entries close on 30 June 2024.'],
        '2024-06-02',
        'dates/latest-date',
      ],
      [
        'a full date written month first, abbreviated',
        [
          'Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) New Orleans Field Division, the National Park Service, U.S. Department of Interior, along with the FBI are investigating a fire set to the structure of the childhood home of former U.S. President Bill Clinton in the early morning hours of Dec. 25, 2015.',
        ],
        '2015-12-25',
        'dates/latest-date',
      ],
      [
        'a full date written month first',
        ['Agents searched the warehouse on May 5, 2004, and on December 2, 2003.'],
        '2004-05-05',
        'dates/latest-date',
      ],
      [
        'the later of two full dates in either order',
        ['The unit was formed on 3 March 2022, and on June 19, 2023, it made its first arrest.'],
        '2023-06-19',
        'dates/latest-date',
      ],
      [
        'no month-first date past the lede, where a case’s history is told',
        [
          'An Orlando man was sentenced Friday to ten years.',
          'He was sentenced to 30 years’ imprisonment June 19, 2013.',
        ],
        null,
      ],
      ['no month-first date in a future clause', ['The hearing will take place on May 5, 2024.'], null],
      ['no lower-case "may" before a number', ['Fines of up to £500 may 2 2024 apply.'], null],
      [
        'a weekday no year near the release’s own fits, in the years after the one it looks back on',
        [
          'PC Christopher Lee, attached to the Central West Command Unit, was dismissed following a misconduct hearing, which concluded on Tuesday, 27 May.',
          'In 2021, while off duty and acting as a street duties instructor, PC Lee inappropriately touched a student officer.',
        ],
        '2025-05-27',
        'dates/weekday-day',
      ],
      [
        'a weekday written before the month and day, in the years after the one looked back on',
        [
          'PC Christopher Lee, attached to the Central West Command Unit, was dismissed following a misconduct hearing, which concluded on Tuesday, May 27.',
          'In 2021, while off duty and acting as a street duties instructor, PC Lee inappropriately touched a student officer.',
        ],
        '2025-05-27',
        'dates/weekday-day',
      ],
      [
        'a stated day written month first',
        [
          'Under new legislation introduced today (April 28, 2023), police will be empowered to intervene against highly disruptive slow marching tactics.',
        ],
        '2023-04-28',
        'dates/stated-day',
      ],
      [
        'a stated day with a weekday, month first',
        ['Officers first met him in 2017.', 'Later today (Friday, March 13), his trial ends.'],
        '2020-03-13',
        'dates/stated-day',
      ],
      [
        'yesterday in the opening paragraph, and the event’s day month first with its weekday',
        [
          'Detectives are appealing for information following a disturbance on a bus in Brixton yesterday.',
          'Officers were called at approximately 10:20hrs on Thursday, November 21, 2024.',
        ],
        '2024-11-22',
        'dates/yesterday-day',
      ],
      [
        'no weekday-dated day month first when no year after the one looked back on fits',
        ['In 2016 he joined the force.', 'The hearing concluded on Tuesday, May 27.'],
        null,
      ],
      [
        'no weekday-dated day month first when the weekday is lower case',
        ['The hearing concluded tuesday, May 27. He joined in 2021.'],
        null,
      ],
      [
        'a stated day with a weekday, in the years after the one the release looks back on',
        ['Officers first met him in 2017.', 'Later today (Friday 13 March), his trial ends.'],
        '2020-03-13',
        'dates/stated-day',
      ],
      [
        'no weekday-dated day when no year after the one looked back on fits',
        ['In 2016 he joined the force.', 'The hearing concluded on Tuesday, 27 May.'],
        null,
      ],
      [
        'no weekday-dated day from a year still to come',
        ['The unit will open in 2021.', 'The hearing concluded on Tuesday, 27 May.'],
        null,
      ],
      [
        'a stated day with a weekday no later than the year the release looks forward to',
        [
          'The Home Secretary has today (Tuesday 26 November) set out plans to put 13,000 more officers on the streets by 2029.',
          'Officer numbers fell by more than half between 2015 and 2024.',
        ],
        '2024-11-26',
        'dates/stated-day',
      ],
      [
        'no stated day when the only year its weekday fits is after the one looked forward to',
        [
          'The Home Secretary has today (Tuesday 26 November) set out plans to put 13,000 more officers on the streets by 2029.',
        ],
        null,
      ],
      [
        'no weekday-dated day after the year the release looks forward to',
        ['Police said on Friday 12 June that the scheme will run until 2025.'],
        null,
      ],
      [
        'a yearless dateline in the year the release looks back on',
        [
          'VIENNA, 3 March (UN Information Service) – The office today launched a programme.',
          'It was agreed in 2024 with the donors.',
        ],
        '2024-03-03',
        'dates/dateline',
      ],
      [
        'no year for a yearless dateline from a year still to come',
        [
          'VIENNA, 3 March (UN Information Service) – The office today launched a programme.',
          'The programme, funded by the European Union, will run until 2029.',
        ],
        null,
      ],
      [
        'a yearless dateline in the year looked back on, not the later one still to come',
        [
          'MAY 14— Agents arrested more than 30 suspects.',
          'The investigation began in 2003.',
          'The task force will run until 2006.',
        ],
        '2003-05-14',
        'dates/dateline',
      ],
      [
        'yesterday in the opening paragraph, and the event’s day with its weekday',
        [
          'Detectives are appealing to the public for information following a disturbance on a bus in Brixton yesterday that has left a man fighting for his life.',
          'The Specialist Crime Command has launched a major investigation following an incident involving two men on a route 59 bus in Brixton Road, SW9 at approximately 10:20hrs on Thursday, 21 November 2024.',
        ],
        '2024-11-22',
        'dates/yesterday-day',
      ],
      [
        'yesterday in the opening paragraph after the day with its weekday: a later day, not that one',
        [
          'Officers arrested a 34-year-old man on Tuesday, 12 March 2024, after a burglary. He appeared in court yesterday.',
        ],
        '2024-03-12',
        'dates/weekday-day',
      ],
      [
        'yesterday in the opening paragraph before the day with its weekday, in the same paragraph',
        [
          'A man was seriously injured in a crash yesterday. It happened at 8am on Thursday 21 November 2024 on the A1.',
        ],
        '2024-11-22',
        'dates/yesterday-day',
      ],
      [
        'last night in the opening paragraph, and the day with its weekday',
        [
          'Officers were called to a house fire in Leeds last night.',
          'The fire started at 11pm on Friday 3 May 2024.',
        ],
        '2024-05-04',
        'dates/yesterday-day',
      ],
      [
        'today beside the day with its weekday: that day',
        ['Officers are at the scene today.', 'The crash happened at 8am on Thursday 21 November 2024.'],
        '2024-11-21',
        'dates/weekday-day',
      ],
      [
        'yesterday outside the opening paragraph',
        ['Officers made arrests on Thursday 21 November 2024.', 'A second man was arrested yesterday.'],
        '2024-11-21',
        'dates/weekday-day',
      ],
      // A day to come is after the writing: it fixes no day published, with "yesterday" or without.
      [
        'yesterday beside a weekday-dated day still to come',
        ['A man was arrested yesterday.', 'He will appear at court on Monday 25 November 2024.'],
        null,
      ],
      [
        'not a conference call still to come',
        [
          'Acme Corp. today reported results for the third quarter.',
          'The company will host a conference call on Thursday, Nov. 6, 2025, at 8:30 a.m. ET.',
        ],
        null,
      ],
      // A notice of an event set out as a label and its day: the event is to come.
      [
        'not a conference call set out as a label and its day',
        [
          'Acme Corp. today reported results for the third quarter.',
          'Conference call: Thursday, Nov. 6, 2025, 8:30 a.m. ET',
          'The board met on Monday, Oct. 27, 2025.',
        ],
        '2025-10-27',
        'dates/weekday-day',
      ],
      [
        'not a webcast set out as a label and its day',
        ['Acme Corp. today reported results.', 'Webcast: Thursday 6 November 2025 at 10am'],
        null,
      ],
      [
        'not an event’s day after its label and "on"',
        ['The trust today opened bookings.', 'Open day: on Saturday 8 November 2025'],
        null,
      ],
      [
        'the day of a label of the page’s own day',
        ['Acme Corp. today reported results.', 'Published: Thursday 6 November 2025'],
        '2025-11-06',
        'dates/dateline',
      ],
      [
        'the day of a date label',
        ['Acme Corp. today reported results.', 'Date: Thursday 6 November 2025'],
        '2025-11-06',
        'dates/dateline',
      ],
      [
        'the day after a colon inside a sentence',
        ['The force said: Thursday 6 November 2025 was the busiest day of the year.'],
        '2025-11-06',
        'dates/weekday-day',
      ],
      [
        'not a meeting that will be held, but the day looked back on',
        [
          'The council approved the plan on 3 March 2025.',
          'A public meeting will be held on Tuesday 18 March 2025.',
        ],
        '2025-03-03',
        'dates/latest-date',
      ],
      // A verb of coming back in the present looks ahead as "will" does.
      [
        'not a festival that returns on a day to come',
        [
          'The food festival returns to Roundhay Park on Saturday 14 June 2025.',
          'Organisers confirmed the line-up on Monday 3 March 2025.',
        ],
        '2025-03-03',
        'dates/weekday-day',
      ],
      // So do opening verbs: "go on sale", "opens", "takes place".
      [
        'not tickets that go on sale on a day to come',
        [
          'Tickets go on sale on Monday 3 March 2025.',
          'Organisers confirmed the line-up on Friday 28 February 2025.',
        ],
        '2025-02-28',
        'dates/weekday-day',
      ],
      [
        'tickets that went on sale on a day gone by',
        ['Tickets went on sale on Monday 3 March 2025.'],
        '2025-03-03',
        'dates/weekday-day',
      ],
      [
        'a festival that returned on a day gone by',
        ['The food festival returned to Roundhay Park on Saturday 14 June 2025.'],
        '2025-06-14',
        'dates/weekday-day',
      ],
      // A weekday-dated day in the past still dates the release, after a day to come.
      [
        'a day gone by after a day to come',
        [
          'The annual meeting will be held on Thursday, Nov. 6, 2025.',
          'The board met on Monday, Oct. 27, 2025, and approved the dividend.',
        ],
        '2025-10-27',
        'dates/weekday-day',
      ],
      ['yesterday without a stated day', ['A man was arrested yesterday.', 'He was charged in 2024.'], null],
      [
        'an anniversary celebrated today, and the origin’s day in another paragraph',
        [
          'The Home Secretary today praised the work of the National Crime Agency (NCA) as it celebrated its first anniversary.',
          'The NCA and the Serious and Organised Crime Strategy – which was also launched on 7 October 2013 – represent a step change in the government’s approach to combating serious and organised crime, which is estimated to cost the UK at least £24billion a year.',
        ],
        '2014-10-07',
        'dates/anniversary-day',
      ],
      [
        'one year since a launch on a named day',
        ['The helpline marks one year since its launch on 3 March 2023.'],
        '2024-03-03',
        'dates/anniversary-day',
      ],
      [
        'an anniversary in the perfect, and the founding day',
        ['The charity has celebrated its tenth anniversary.', 'It was founded on June 1, 2014.'],
        '2024-06-01',
        'dates/anniversary-day',
      ],
      [
        'not the anniversary of a death, but the day looked back on',
        [
          'Today marks the first anniversary of the death of PC Andrew Harper, who was killed on 15 August 2019.',
        ],
        '2019-08-15',
        'dates/latest-date',
      ],
      [
        'not an anniversary celebrated last year',
        ['Last year the unit celebrated its first anniversary.', 'It was launched on 7 October 2013.'],
        '2013-10-07',
        'dates/latest-date',
      ],
      [
        'not the origin of something else',
        [
          'The agency celebrates its first anniversary.',
          'The strategy, which was launched on 7 October 2013, is working.',
        ],
        '2013-10-07',
        'dates/latest-date',
      ],
      [
        'not an anniversary day from two launch days, only its year',
        [
          'The unit is celebrating its first anniversary.',
          'It was launched on 7 October 2013.',
          'It was set up on 1 October 2013.',
        ],
        null,
      ],
      [
        'no day from a hedged count',
        ['It is nearly one year since the unit was launched on 7 October 2013.'],
        '2013-10-07',
        'dates/latest-date',
      ],
    ]
    it.each(cases)('infers from %s', (_name, texts, expected, rule) => {
      const found = inferPublishedOn(release(...texts))
      expect(found?.date ?? null).toBe(expected)
      // Each inference says how it was found; a latest date is only a lower bound.
      if (found) expect(found).toEqual({ date: expected, inferred: true, rule })
    })

    it('reads an ambiguous numeric date day first unless told month first', () => {
      const text = release('The incident was reported on 05/06/2024.')
      expect(inferPublishedOn(text)?.date).toBe('2024-06-05')
      expect(inferPublishedOn(text, { monthFirst: true })?.date).toBe('2024-05-06')
      // 06/13/2024 can only be month first.
      expect(inferPublishedOn(release('Reported on 06/13/2024.'))?.date).toBe('2024-06-13')
    })

    it('uses a year hint when the release names none', () => {
      expect(
        inferPublishedOn(release('Today (Friday 27 September), the report was published.'), {
          aroundYear: 2024,
        })?.date,
      ).toBe('2024-09-27')
    })
  })

  describe('the day a dated issue’s title ends with', () => {
    const dump = (title: string, body: string) => `${title}\n\nSource: Fire and Emergency NZ\n\n${body}\n`
    const SINCE = 'Personnel have been working on the fire since 18 December.'
    const first = (title: string, body = SINCE) => splitReleases(dump(title, body)).releases[0]!

    it('is the day the release was issued, and what its days without a year are read against', () => {
      const r = first(
        'Waiharara Fire Update - 3 January 2022',
        'Fire and Emergency personnel, forestry contractors and Department of Conversation personnel have been working on the fire since 18 December.',
      )
      expect(r.publishedOn).toEqual({ date: '2022-01-03', inferred: true, rule: 'dates/title-date' })
      // Before, the title's day was only a lower bound, and "18 December" fell after it, in 2022.
      expect(findDates(r).find((m) => m.text === '18 December')?.value).toBe('2021-12-18')
    })

    it.each([
      ['COVID-19 update: Tuesday 12 May 2020', '2020-05-12'],
      ['Police bulletin no. 12 – 14/05/2024', '2024-05-14'],
      ['Daily briefing (4 June 2024)', '2024-06-04'],
      ['Wildfire update #3 | June 4, 2024', '2024-06-04'],
      ['Ministerial statement – 4 June 2024.', '2024-06-04'],
    ])('reads %s', (title, day) => {
      expect(first(title).publishedOn).toEqual({ date: day, inferred: true, rule: 'dates/title-date' })
    })

    it.each([
      // The day of an event, or what a statement is about: only a lower bound, as any past day.
      ['Road closures for the marathon - 5 March 2024'],
      ['Statement on 7 October 2023'],
      // No year: the title fixes no day.
      ['Fire update - 3 January'],
      // The day does not close the title.
      ['Update - 3 January 2022 fire inquiry opens'],
      // No separator: the day is part of the title's sentence.
      ['An update 3 January 2022'],
    ])('does not take %s for the day of issue', (title) => {
      expect(first(title).publishedOn?.rule).not.toBe('dates/title-date')
    })
  })

  describe('resolution from the evidence', () => {
    it('resolves against the year anniversary wording fixes, and against any reference given', () => {
      const text = release(
        'The unit marks six years since it was set up in 2018.',
        'Yesterday officers met; next year it grows.',
      )
      const values = (reference: string | null) =>
        findDates(text, { reference }).map((m) => [m.text, m.value])
      expect(values(null)).toEqual([
        ['six years', 'P6Y'],
        ['2018', '2018'],
        ['Yesterday', 'XXXX-XX-XX'],
        ['next year', '2025'],
      ])
      expect(values('2024-01-01')).toEqual([
        ['six years', 'P6Y'],
        ['2018', '2018'],
        ['Yesterday', '2023-12-31'],
        ['next year', '2025'],
      ])
    })

    it('resolves yesterday to the stated day the opening paragraph reports', () => {
      const found = findDates(
        release(
          'Detectives are appealing to the public for information following a disturbance on a bus in Brixton yesterday that has left a man fighting for his life.',
          'The Specialist Crime Command has launched a major investigation following an incident involving two men on a route 59 bus in Brixton Road, SW9 at approximately 10:20hrs on Thursday, 21 November 2024.',
        ),
      )
      expect(found.map((m) => [m.text, m.value, m.inferred])).toEqual([
        ['yesterday', '2024-11-21', true],
        ['approximately 10:20hrs on Thursday, 21 November 2024', '2024-11-21T10:20', false],
      ])
    })

    it('resolves relative dates against the inferred day when no reference is given', () => {
      const found = findDates(
        release(
          'The conference on Wednesday (27 March 2024) brought together leads.',
          'A refresh is due this summer.',
        ),
      )
      expect(found.map((m) => [m.text, m.value, m.inferred])).toEqual([
        ['Wednesday (27 March 2024)', '2024-03-27', false],
        ['this summer', '2024-SU', true],
      ])
    })
  })
})

describe('inferPublicationDates', () => {
  const release = (text: string) => oneParagraphRelease(text)

  describe('a dump of releases', () => {
    it('lends a neighbour’s year to a weekday date that names none', () => {
      const found = inferPublicationDates([
        release('The unit launched in 2023. Sessions took place on Wednesday 10 April.'),
        release('The conference on Wednesday (27 March) brought together leads.'),
        release('Today, the Home Secretary released a statement.'),
      ])
      expect(found).toEqual([
        { date: '2024-04-10', inferred: true, rule: 'dates/weekday-day' },
        { date: '2024-03-27', inferred: true, rule: 'dates/neighbour-year' },
        null,
      ])
    })

    it('lends a neighbour’s year to a weekday date written month first in brackets', () => {
      const found = inferPublicationDates([
        release('The unit launched in 2023. Sessions took place on Wednesday 10 April.'),
        release('The conference on Wednesday (March 27) brought together leads.'),
      ])
      expect(found).toEqual([
        { date: '2024-04-10', inferred: true, rule: 'dates/weekday-day' },
        { date: '2024-03-27', inferred: true, rule: 'dates/neighbour-year' },
      ])
    })

    it('lends a neighbour’s year to a stated day with no weekday', () => {
      const found = inferPublicationDates([
        release('Today (27 September), the inspectorate published its findings.'),
        release('Published: 20 September 2024'),
      ])
      expect(found[0]).toEqual({ date: '2024-09-27', inferred: true, rule: 'dates/neighbour-year' })
    })

    it('takes the occurrence of a stated day nearest the neighbour’s day, across a new year', () => {
      const found = inferPublicationDates([
        release('Today (30 December), the force published its figures.'),
        release('Published: 3 January 2025'),
      ])
      expect(found[0]?.date).toBe('2024-12-30')
    })

    it('lends a year that a neighbour’s anniversary wording fixes', () => {
      const found = inferPublicationDates([
        release('Today (27 September), the inspectorate published its findings.'),
        release('The unit marks six years since it was set up in 2018.'),
      ])
      expect(found[0]).toEqual({ date: '2024-09-27', inferred: true, rule: 'dates/neighbour-year' })
    })

    it('estimates the day of a release whose text fixes only its year from the nearest one dated in that year', () => {
      const anniversary = release('The unit marks six years since it was set up in 2018.')
      expect(
        inferPublicationDates([
          release('Published: 2 March 2024'),
          anniversary,
          release('Today, officers made arrests.'),
          release('Published: 20 September 2024'),
        ])[1],
      ).toEqual({ date: '2024-03-02', inferred: true, rule: 'dates/neighbour-day' })
      // No neighbour dated in that year: the year alone is known, and no day is given.
      expect(inferPublicationDates([anniversary, release('Published: 20 September 2023')])).toEqual([
        null,
        { date: '2023-09-20', inferred: true, rule: 'dates/dateline' },
      ])
    })

    it('never places a neighbour’s year before a day the release looks back on', () => {
      const found = inferPublicationDates([
        release('Today (27 September) officers reviewed a burglary on 3 October 2023.'),
        release('Published: 5 January 2024'),
      ])
      expect(found[0]).toEqual({ date: '2024-09-27', inferred: true, rule: 'dates/neighbour-year' })
    })

    it('reads the lower bound that moves a neighbour’s year only from dates the release looks back on', () => {
      const found = inferPublicationDates([
        release('Today (27 July) the fund opened. Applications must be received by 30 September 2024.'),
        release('Today (3 January) we appeal again: the suspect was seen the next day, 27 December 2024.'),
        release('Published: 20 July 2024'),
      ])
      expect(found.map((p) => p?.date ?? null)).toEqual(['2024-07-27', '2025-01-03', '2024-07-20'])
    })

    it('keeps a release’s own lower bound when its anniversary wording is about something else', () => {
      const found = inferPublicationDates([
        release('Today (27 September), officers visited schools.'),
        release(
          'Officers were called on 2 June 2024. It is 15 years since Sarah disappeared. An appeal launched in 2019 is still running.',
        ),
        release('Published: 3 October 2024'),
      ])
      expect(found.map((p) => p?.date ?? null)).toEqual(['2024-09-27', '2024-06-02', '2024-10-03'])
      expect(found[1]?.rule).toBe('dates/latest-date')
    })

    it('lends the year a weekday fixed after the year one release looks back on to the next', () => {
      const found = inferPublicationDates([
        release(
          'PC Christopher Lee was dismissed following a misconduct hearing, which concluded on Tuesday, 27 May. In 2021, while off duty, PC Lee inappropriately touched a student officer.',
        ),
        release(
          'Later today (Thursday, 6 February), the Home Secretary will chair a summit with law enforcement bodies and industry focused on tackling smartphone thefts.',
        ),
      ])
      expect(found).toEqual([
        { date: '2025-05-27', inferred: true, rule: 'dates/weekday-day' },
        { date: '2025-02-06', inferred: true, rule: 'dates/neighbour-year' },
      ])
    })

    it('infers nothing from a dump without evidence', () => {
      expect(inferPublicationDates([release('The conference on Wednesday (27 March) met.')])).toEqual([null])
      expect(inferPublicationDates([])).toEqual([])
    })
  })
})

describe('a reference near the writing day, not the writing day itself', () => {
  /** The text and value of every date of the first release of a one-release dump. */
  const datesOf = (body: string, source = 'Nottinghamshire Police') => {
    const release = splitReleases(`Title\n\nSource: ${source}\n\n${body}\n`).releases[0]!
    return { reference: release.reference, dates: findDates(release).map((m) => [m.text, m.value]) }
  }

  it('keeps today, yesterday and a bare weekday unknown beside a day the release reports with its weekday', () => {
    const { reference, dates } = datesOf(
      [
        'Officers were called to Upper Parliament Street shortly after 1am on Saturday 9 March 2024 following reports a man had been stabbed.',
        'A 24-year-old man was arrested on Sunday and charged yesterday. He is due to appear at court today.',
        'The force made 250 arrests for knife crime last year.',
      ].join('\n\n'),
    )
    expect(reference).toMatchObject({ day: '2024-03-09', reported: true, rule: 'dates/weekday-day' })
    expect(dates).toEqual([
      ['shortly after 1am on Saturday 9 March 2024', '2024-03-09T01:00'],
      ['Sunday', 'XXXX-WXX-7'],
      ['yesterday', 'XXXX-XX-XX'],
      ['today', 'XXXX-XX-XX'],
      // The year is the release's own: the day it reports fixes it.
      ['last year', '2023'],
    ])
  })

  it('keeps today unknown beside the latest full date a release looks back on (a real US release)', () => {
    const { reference, dates } = datesOf(
      'Montgomery, Alabama – Today, United States Attorney Sandra J. Stewart announced that two defendants received prison sentences for conspiring to bring methamphetamine into an Alabama prison. On February 1, 2023, a judge sentenced Lamar Graves, Jr., 42, from Attala, Alabama, to 168 months in prison.',
      'United States Department of Justice News',
    )
    expect(reference).toMatchObject({ day: '2023-02-01', lowerBound: true, rule: 'dates/latest-date' })
    expect(dates.slice(0, 2)).toEqual([
      ['Today', 'XXXX-XX-XX'],
      ['February 1, 2023', '2023-02-01'],
    ])
  })

  it('keeps weeks, months and times of the writing day unknown, and counts years from the reference', () => {
    const { dates } = datesOf(
      'TAMPA, Fla. – Agents arrested him at 10pm. A judge today sentenced Dwayne Ellis. Ellis pleaded guilty on November 14, 2023. Agents seized the cash last month, two weeks ago and this week; the scheme began two years ago and ended earlier this year.',
      'U.S. Attorney’s Office, Middle District of Florida',
    )
    expect(dates).toEqual(
      expect.arrayContaining([
        ['today', 'XXXX-XX-XX'],
        ['last month', 'XXXX-XX'],
        ['two weeks ago', 'XXXX-WXX'],
        ['this week', 'XXXX-WXX'],
        ['two years ago', '2021'],
        ['earlier this year', '2023'],
      ]),
    )
    expect(dates[0]).toEqual(['10pm', 'XXXX-XX-XXT22:00'])
  })

  it('still places a yearless day by the reported day', () => {
    const { dates } = datesOf(
      'Officers were called at 1am on Saturday 9 March 2024. The man had been released from prison on 20 December.',
    )
    expect(dates).toContainEqual(['20 December', '2023-12-20'])
  })

  it('places a yearless day or month of a past clause at its occurrence nearer a lower bound', () => {
    const { reference, dates } = datesOf(
      'The road was closed at 6am on 5 March 2024. Since 18 December residents have been told about it, and the works began on 2 January. In November it was repainted.',
      'Example City Council',
    )
    expect(reference).toMatchObject({ day: '2024-03-05', lowerBound: true })
    expect(dates).toEqual(
      expect.arrayContaining([
        ['18 December', '2023-12-18'],
        ['2 January', '2024-01-02'],
        ['November', '2023-11'],
      ]),
    )
    // A day ahead still moves forward from the bound, and a past day just after it stays there.
    const ahead = datesOf(
      'The road was closed at 6am on 5 March 2024. It was resurfaced on 10 March, and the race will be held on 2 January.',
      'Example City Council',
    ).dates
    expect(ahead).toEqual(
      expect.arrayContaining([
        ['10 March', '2024-03-10'],
        ['2 January', '2025-01-02'],
      ]),
    )
  })

  it('resolves every relative date against a day the release fixes as its writing day', () => {
    expect(
      datesOf('Published: 12 March 2024\n\nOfficers made 20 arrests last week and two more yesterday.').dates,
    ).toEqual([
      ['12 March 2024', '2024-03-12'],
      ['last week', '2024-W10'],
      ['yesterday', '2024-03-11'],
    ])
    expect(
      datesOf('Today (Thursday 28 March 2024) officers made two arrests; a third was made on Monday.').dates,
    ).toContainEqual(['Monday', '2024-03-25'])
  })
})
