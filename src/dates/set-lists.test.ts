/** Weekdays listed after "every" recur as the first does. */
import { describe, it } from 'vitest'
import { type Case, expectCase } from './test-helpers'

const REF = '2025-03-12'

describe('weekdays listed after a recurring one', () => {
  const cases: Case[] = [
    [
      'The shop is open every Monday and Thursday.',
      REF,
      [
        { text: 'every Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Thursday', value: 'XXXX-WXX-4', type: 'SET' },
      ],
    ],
    [
      'The club meets each Tuesday, Wednesday and Friday evening.',
      REF,
      [
        { text: 'each Tuesday', value: 'XXXX-WXX-2TEV', type: 'SET' },
        { text: 'Wednesday', value: 'XXXX-WXX-3TEV', type: 'SET' },
        { text: 'Friday evening', value: 'XXXX-WXX-5TEV', type: 'SET' },
      ],
    ],
    [
      'Extra patrols will run every Friday and Saturday night.',
      REF,
      [
        { text: 'every Friday', value: 'XXXX-WXX-5TNI', type: 'SET' },
        { text: 'Saturday night', value: 'XXXX-WXX-6TNI', type: 'SET' },
      ],
    ],
    [
      'The drop-in clinic runs every Monday at 7pm.',
      REF,
      [{ text: 'every Monday at 7pm', value: 'XXXX-WXX-1T19:00', type: 'SET' }],
    ],
    [
      'Sessions take place every Monday or Thursday at 10.30am.',
      REF,
      [
        { text: 'every Monday', value: 'XXXX-WXX-1T10:30', type: 'SET' },
        { text: 'Thursday at 10.30am', value: 'XXXX-WXX-4T10:30', type: 'SET' },
      ],
    ],
    // Near misses: a day in a clause of its own, and days with no "every".
    [
      'Officers patrol every Saturday and on Sunday they rest.',
      REF,
      [
        { text: 'every Saturday', value: 'XXXX-WXX-6', type: 'SET' },
        { text: 'Sunday', value: '2025-03-09', type: 'DATE' },
      ],
    ],
    [
      'The team met on Monday and Thursday.',
      REF,
      [
        { text: 'Monday', value: '2025-03-10', type: 'DATE' },
        { text: 'Thursday', value: '2025-03-06', type: 'DATE' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('opening hours: a range of weekdays with a range of clocks', () => {
  const cases: Case[] = [
    [
      'The helpline is open Monday to Friday, 9am to 5pm.',
      REF,
      [
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
      ],
    ],
    [
      'Lines are open Monday–Friday, 8 a.m.–5 p.m.',
      REF,
      [
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '8 a.m.', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: '5 p.m.', value: 'XXXX-XX-XXT17:00', type: 'SET' },
      ],
    ],
    [
      'The incident room is staffed Tuesday to Saturday between 8am and 6pm.',
      REF,
      [
        { text: 'Tuesday', value: 'XXXX-WXX-2', type: 'SET' },
        { text: 'Saturday', value: 'XXXX-WXX-6', type: 'SET' },
        { text: '8am', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: '6pm', value: 'XXXX-XX-XXT18:00', type: 'SET' },
      ],
    ],
    // Near misses: the week is named, no clocks follow, a single day.
    [
      'The road will be closed Monday to Friday next week, between 9am and 4pm.',
      REF,
      [
        { text: 'Monday', value: '2025-03-17', type: 'DATE' },
        { text: 'Friday next week', value: '2025-03-21', type: 'DATE' },
        { text: '9am', value: '2025-03-21T09:00', type: 'TIME' },
        { text: '4pm', value: '2025-03-21T16:00', type: 'TIME' },
      ],
    ],
    [
      'Officers searched the area from Monday to Friday.',
      REF,
      [
        { text: 'Monday', value: '2025-03-03', type: 'DATE' },
        { text: 'Friday', value: '2025-03-07', type: 'DATE' },
      ],
    ],
    [
      'The man was seen on Friday, 9am to 10am, near the station.',
      REF,
      [
        { text: 'Friday, 9am', value: '2025-03-07T09:00', type: 'TIME' },
        { text: '10am', value: '2025-03-07T10:00', type: 'TIME' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('more hours of the same timetable, and the hours of a recurring weekday', () => {
  const cases: Case[] = [
    [
      'The office is open Monday to Friday, 9am to 5pm, and Saturday 9am–1pm.',
      REF,
      [
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: 'Saturday', value: 'XXXX-WXX-6', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '1pm', value: 'XXXX-XX-XXT13:00', type: 'SET' },
      ],
    ],
    [
      'The helpdesk is open Monday to Friday 8am-6pm; Saturday and Sunday 10am-4pm.',
      REF,
      [
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '8am', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: '6pm', value: 'XXXX-XX-XXT18:00', type: 'SET' },
        { text: 'Saturday', value: 'XXXX-WXX-6', type: 'SET' },
        { text: 'Sunday', value: 'XXXX-WXX-7', type: 'SET' },
        { text: '10am', value: 'XXXX-XX-XXT10:00', type: 'SET' },
        { text: '4pm', value: 'XXXX-XX-XXT16:00', type: 'SET' },
      ],
    ],
    [
      'The recycling centre is open 8am to 8pm Monday to Friday, and 9am to 1pm on Saturday.',
      REF,
      [
        { text: '8am', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: '8pm', value: 'XXXX-XX-XXT20:00', type: 'SET' },
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '1pm', value: 'XXXX-XX-XXT13:00', type: 'SET' },
        { text: 'Saturday', value: 'XXXX-WXX-6', type: 'SET' },
      ],
    ],
    [
      'The drop-in centre is open Saturdays 10am to 2pm.',
      REF,
      [
        { text: 'Saturdays', value: 'XXXX-WXX-6', type: 'SET' },
        { text: '10am', value: 'XXXX-XX-XXT10:00', type: 'SET' },
        { text: '2pm', value: 'XXXX-XX-XXT14:00', type: 'SET' },
      ],
    ],
    [
      'The support group meets every Monday from 7pm to 9pm.',
      REF,
      [
        { text: 'every Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: '7pm', value: 'XXXX-XX-XXT19:00', type: 'SET' },
        { text: '9pm', value: 'XXXX-XX-XXT21:00', type: 'SET' },
      ],
    ],
    [
      'Lines are open Monday to Friday 9am to 5pm.',
      REF,
      [
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
      ],
    ],
    // Near misses: a day of its own after the timetable's sentence, a day with no hours, a single
    // day with hours and no timetable before it.
    [
      'The office is open Monday to Friday, 9am to 5pm. On Saturday 9am to 1pm officers held a vigil.',
      REF,
      [
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: 'Saturday 9am', value: '2025-03-08T09:00', type: 'TIME' },
        { text: '1pm', value: '2025-03-08T13:00', type: 'TIME' },
      ],
    ],
    [
      'The office is open Monday to Friday, 9am to 5pm, and on Saturday the team will hold a fun day.',
      REF,
      [
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: 'Saturday', value: '2025-03-15', type: 'DATE' },
      ],
    ],
    [
      'Officers patrolled the town centre on Saturday 10pm to 2am.',
      REF,
      [
        { text: 'Saturday 10pm', value: '2025-03-08T22:00', type: 'TIME' },
        { text: '2am', value: '2025-03-09T02:00', type: 'TIME' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the hours of weekends, and of a recurring day after its hours', () => {
  const cases: Case[] = [
    [
      'Open Monday to Friday 9am to 5pm, and weekends 10am to 4pm.',
      REF,
      [
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: 'weekends', value: 'XXXX-WXX-WE', type: 'SET' },
        { text: '10am', value: 'XXXX-XX-XXT10:00', type: 'SET' },
        { text: '4pm', value: 'XXXX-XX-XXT16:00', type: 'SET' },
      ],
    ],
    [
      'The helpline is staffed weekdays from 8am and on weekends between 10am and 2pm.',
      REF,
      [
        { text: 'weekdays', value: 'XXXX-WXX-WD', type: 'SET' },
        { text: '8am', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: 'weekends', value: 'XXXX-WXX-WE', type: 'SET' },
        { text: '10am', value: 'XXXX-XX-XXT10:00', type: 'SET' },
        { text: '2pm', value: 'XXXX-XX-XXT14:00', type: 'SET' },
      ],
    ],
    [
      'Opening hours: Monday to Friday: 9am to 5pm. Weekends: 10am to 4pm.',
      REF,
      [
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: 'Weekends', value: 'XXXX-WXX-WE', type: 'SET' },
        { text: '10am', value: 'XXXX-XX-XXT10:00', type: 'SET' },
        { text: '4pm', value: 'XXXX-XX-XXT16:00', type: 'SET' },
      ],
    ],
    [
      'The library is open 10am to 4pm at weekends.',
      REF,
      [
        { text: '10am', value: 'XXXX-XX-XXT10:00', type: 'SET' },
        { text: '4pm', value: 'XXXX-XX-XXT16:00', type: 'SET' },
        { text: 'weekends', value: 'XXXX-WXX-WE', type: 'SET' },
      ],
    ],
    [
      'The café opens 8am to 2pm on Saturdays.',
      REF,
      [
        { text: '8am', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: '2pm', value: 'XXXX-XX-XXT14:00', type: 'SET' },
        { text: 'Saturdays', value: 'XXXX-WXX-6', type: 'SET' },
      ],
    ],
    // Near misses: hours of one day with weekends elsewhere in the sentence, and weekends counted.
    [
      'The road was closed from 10am to 4pm, with patrols at weekends.',
      REF,
      [
        { text: '10am', value: '2025-03-12T10:00', type: 'TIME' },
        { text: '4pm', value: '2025-03-12T16:00', type: 'TIME' },
        { text: 'weekends', value: 'XXXX-WXX-WE', type: 'SET' },
      ],
    ],
    [
      'The event ran over two weekends, 10am to 4pm on Saturday.',
      REF,
      [
        { text: '10am', value: '2025-03-08T10:00', type: 'TIME' },
        { text: '4pm on Saturday', value: '2025-03-08T16:00', type: 'TIME' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('clocks of two verbs, and the hours of every day', () => {
  const cases: Case[] = [
    // Clocks joined by two verbs share the recurring day after them, as a range of clocks does.
    [
      'The library opens at 9am and closes at 5pm on Saturdays.',
      REF,
      [
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: 'Saturdays', value: 'XXXX-WXX-6', type: 'SET' },
      ],
    ],
    [
      'The hub opens at 8am and shuts at 6pm every Wednesday.',
      REF,
      [
        { text: '8am', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: '6pm', value: 'XXXX-XX-XXT18:00', type: 'SET' },
        { text: 'every Wednesday', value: 'XXXX-WXX-3', type: 'SET' },
      ],
    ],
    [
      'The bar opens at 6pm and closes at 2am at weekends.',
      REF,
      [
        { text: '6pm', value: 'XXXX-XX-XXT18:00', type: 'SET' },
        { text: '2am', value: 'XXXX-XX-XXT02:00', type: 'SET' },
        { text: 'weekends', value: 'XXXX-WXX-WE', type: 'SET' },
      ],
    ],
    // The hours of every day or night, after them or before them.
    [
      'The road will be closed from 7pm to 5am each night.',
      REF,
      [
        { text: '7pm', value: 'XXXX-XX-XXT19:00', type: 'SET' },
        { text: '5am', value: 'XXXX-XX-XXT05:00', type: 'SET' },
        { text: 'each night', value: 'XXXX-XX-XXTNI', type: 'SET' },
      ],
    ],
    [
      'Staff work 9am to 5pm every day.',
      REF,
      [
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: 'every day', value: 'P1D', type: 'SET' },
      ],
    ],
    [
      'The bridge will be closed nightly from 10pm until 6am.',
      REF,
      [
        { text: 'nightly', value: 'P1D', type: 'SET' },
        { text: '10pm', value: 'XXXX-XX-XXT22:00', type: 'SET' },
        { text: '6am', value: 'XXXX-XX-XXT06:00', type: 'SET' },
      ],
    ],
    [
      'Briefings are held daily at 9am.',
      REF,
      [
        { text: 'daily', value: 'P1D', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
      ],
    ],
    // Near misses: a single day, no recurring day, a rate, an adjective, and a dated start.
    [
      'He left at 9am and returned at 5pm on Saturday.',
      REF,
      [
        { text: '9am', value: '2025-03-08T09:00', type: 'TIME' },
        { text: '5pm on Saturday', value: '2025-03-08T17:00', type: 'TIME' },
      ],
    ],
    [
      'Officers arrived at 9am and left at 5pm.',
      REF,
      [
        { text: '9am', value: '2025-03-12T09:00', type: 'TIME' },
        { text: '5pm', value: '2025-03-12T17:00', type: 'TIME' },
      ],
    ],
    [
      'A daily briefing at 9am was cancelled.',
      REF,
      [
        { text: 'daily', value: 'P1D', type: 'SET' },
        { text: '9am', value: '2025-03-12T09:00', type: 'TIME' },
      ],
    ],
    [
      'There were 20 calls a day at 9am.',
      REF,
      [
        { text: 'a day', value: 'P1D', type: 'SET' },
        { text: '9am', value: '2025-03-12T09:00', type: 'TIME' },
      ],
    ],
    [
      'The road will close daily from 8pm on Monday 17 March.',
      REF,
      [
        { text: 'daily', value: 'P1D', type: 'SET' },
        { text: '8pm on Monday 17 March', value: '2025-03-17T20:00', type: 'TIME' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('several sets of hours that share the days after the last', () => {
  const cases: Case[] = [
    [
      'The shop is open 9am to 5pm, and the cafe at 10am, on Saturdays.',
      REF,
      [
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: '10am', value: 'XXXX-XX-XXT10:00', type: 'SET' },
        { text: 'Saturdays', value: 'XXXX-WXX-6', type: 'SET' },
      ],
    ],
    [
      'The library opens at 9am and the café from 10am at weekends.',
      REF,
      [
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '10am', value: 'XXXX-XX-XXT10:00', type: 'SET' },
        { text: 'weekends', value: 'XXXX-WXX-WE', type: 'SET' },
      ],
    ],
    [
      'Drop-in sessions run from 10am to 12pm, and from 2pm to 4pm, every Wednesday.',
      REF,
      [
        { text: '10am', value: 'XXXX-XX-XXT10:00', type: 'SET' },
        { text: '12pm', value: 'XXXX-XX-XXT12:00', type: 'SET' },
        { text: '2pm', value: 'XXXX-XX-XXT14:00', type: 'SET' },
        { text: '4pm', value: 'XXXX-XX-XXT16:00', type: 'SET' },
        { text: 'every Wednesday', value: 'XXXX-WXX-3', type: 'SET' },
      ],
    ],
    [
      'Advisers are available 8am to 1pm and the walk-in clinic between 2pm and 6pm, Monday to Friday.',
      REF,
      [
        { text: '8am', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: '1pm', value: 'XXXX-XX-XXT13:00', type: 'SET' },
        { text: '2pm', value: 'XXXX-XX-XXT14:00', type: 'SET' },
        { text: '6pm', value: 'XXXX-XX-XXT18:00', type: 'SET' },
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
      ],
    ],
    // Each group keeps its own days when it has them.
    [
      'Open 8am-6pm Monday to Friday and 9am-1pm on Saturdays.',
      REF,
      [
        { text: '8am', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: '6pm', value: 'XXXX-XX-XXT18:00', type: 'SET' },
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '1pm', value: 'XXXX-XX-XXT13:00', type: 'SET' },
        { text: 'Saturdays', value: 'XXXX-WXX-6', type: 'SET' },
      ],
    ],
    // Near misses: one Saturday is a date, and a clause of its own keeps its clocks.
    [
      'Police were called at 9pm and officers arrived at 9.15pm on Saturday.',
      REF,
      [
        { text: '9pm', value: '2025-03-08T21:00', type: 'TIME' },
        { text: '9.15pm on Saturday', value: '2025-03-08T21:15', type: 'TIME' },
      ],
    ],
    [
      'The road was closed at 9am and reopened at 4pm, with patrols at weekends.',
      REF,
      [
        { text: '9am', value: '2025-03-12T09:00', type: 'TIME' },
        { text: '4pm', value: '2025-03-12T16:00', type: 'TIME' },
        { text: 'weekends', value: 'XXXX-WXX-WE', type: 'SET' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('hours beside seven days a week', () => {
  const cases: Case[] = [
    [
      'The helpline is open 9am to 5pm, seven days a week.',
      REF,
      [
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: 'seven days a week', value: 'P1W', type: 'SET' },
      ],
    ],
    [
      'The centre is open 7 days a week, 8am to 8pm.',
      REF,
      [
        { text: '7 days a week', value: 'P1W', type: 'SET' },
        { text: '8am', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: '8pm', value: 'XXXX-XX-XXT20:00', type: 'SET' },
      ],
    ],
    // Near miss: a clock of one day after it.
    [
      'Crews worked seven days a week until 9am on Monday 3 March.',
      REF,
      [
        { text: 'seven days a week', value: 'P1W', type: 'SET' },
        { text: '9am on Monday 3 March', value: '2025-03-03T09:00', type: 'TIME' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('weekdays shortened as timetables write them', () => {
  const cases: Case[] = [
    [
      'Lines are open Mon-Fri 8am-8pm, Sat-Sun 9am-5pm.',
      REF,
      [
        { text: 'Mon', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Fri', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '8am', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: '8pm', value: 'XXXX-XX-XXT20:00', type: 'SET' },
        { text: 'Sat', value: 'XXXX-WXX-6', type: 'SET' },
        { text: 'Sun', value: 'XXXX-WXX-7', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
      ],
    ],
    [
      'The museum is open Tues to Sun, 10am to 4pm.',
      REF,
      [
        { text: 'Tues', value: 'XXXX-WXX-2', type: 'SET' },
        { text: 'Sun', value: 'XXXX-WXX-7', type: 'SET' },
        { text: '10am', value: 'XXXX-XX-XXT10:00', type: 'SET' },
        { text: '4pm', value: 'XXXX-XX-XXT16:00', type: 'SET' },
      ],
    ],
    [
      'The clinic is open Monday to Friday, 09:00-17:00.',
      REF,
      [
        { text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Friday', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '09:00', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '17:00', value: 'XXXX-XX-XXT17:00', type: 'SET' },
      ],
    ],
    [
      'Officers are on patrol 10pm to 4am, Saturdays to Sundays.',
      REF,
      [
        { text: '10pm', value: 'XXXX-XX-XXT22:00', type: 'SET' },
        { text: '4am', value: 'XXXX-XX-XXT04:00', type: 'SET' },
        { text: 'Saturdays', value: 'XXXX-WXX-6', type: 'SET' },
        { text: 'Sundays', value: 'XXXX-WXX-7', type: 'SET' },
      ],
    ],
    // One shortened day before a range of clocks is a day of the timetable too.
    [
      'Opening times: Mon-Fri 9am-5pm; Sat 10am-4pm.',
      REF,
      [
        { text: 'Mon', value: 'XXXX-WXX-1', type: 'SET' },
        { text: 'Fri', value: 'XXXX-WXX-5', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
        { text: 'Sat', value: 'XXXX-WXX-6', type: 'SET' },
        { text: '10am', value: 'XXXX-XX-XXT10:00', type: 'SET' },
        { text: '4pm', value: 'XXXX-XX-XXT16:00', type: 'SET' },
      ],
    ],
    [
      'Visiting: Sun 11:00–15:00.',
      REF,
      [
        { text: 'Sun', value: 'XXXX-WXX-7', type: 'SET' },
        { text: '11:00', value: 'XXXX-XX-XXT11:00', type: 'SET' },
        { text: '15:00', value: 'XXXX-XX-XXT15:00', type: 'SET' },
      ],
    ],
    // Near misses: a newspaper, a lower-case pair and one shortened day alone.
    [
      'Listen to The Sun 10am-2pm phone-in.',
      REF,
      [
        { text: '10am', value: '2025-03-12T10:00', type: 'TIME' },
        { text: '2pm', value: '2025-03-12T14:00', type: 'TIME' },
      ],
    ],
    ['The Sun-Times reported the arrest.', REF, []],
    ['He wrote mon-fri on the form.', REF, []],
    ['The story ran in the Sun on Friday.', REF, [{ text: 'Friday', value: '2025-03-07', type: 'DATE' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
