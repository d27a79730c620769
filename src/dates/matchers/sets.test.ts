/** Recurrences every other unit or weekday: "every other week", "every other Monday". */
import { describe, it } from 'vitest'
import { type Case, expectCase } from '../test-helpers'

const REF = '2024-12-10'

describe('every other unit or weekday', () => {
  const cases: Case[] = [
    [
      'Every other week, the team meets residents.',
      REF,
      [{ text: 'Every other week', value: 'P2W', type: 'SET' }],
    ],
    [
      'Patrols visit the estate every other day.',
      REF,
      [{ text: 'every other day', value: 'P2D', type: 'SET' }],
    ],
    [
      'Bins are collected every other Monday.',
      REF,
      [{ text: 'every other Monday', value: 'XXXX-WXX-1', type: 'SET' }],
    ],
    [
      'Every other Friday night, officers patrol the town centre.',
      REF,
      [{ text: 'Every other Friday night', value: 'XXXX-WXX-5TNI', type: 'SET' }],
    ],
    // A count takes the plural, "other" the singular; neither reads the other's.
    ['Every two weeks the team meets.', REF, [{ text: 'Every two weeks', value: 'P2W', type: 'SET' }]],
    ['Every other weeks the team meets.', REF, []],
    ['Every two week the team meets.', REF, []],
    // Not recurrences: "other" without "every".
    ['The other weeks were quiet.', REF, []],
    // "every second", "every third", "every alternate": one in so many, as "every other" is.
    [
      'Bins are collected every second Tuesday.',
      REF,
      [{ text: 'every second Tuesday', value: 'XXXX-WXX-2', type: 'SET' }],
    ],
    [
      'The support group meets every third Thursday.',
      REF,
      [{ text: 'every third Thursday', value: 'XXXX-WXX-4', type: 'SET' }],
    ],
    [
      'Mobile speed cameras visit the road every alternate Friday.',
      REF,
      [{ text: 'every alternate Friday', value: 'XXXX-WXX-5', type: 'SET' }],
    ],
    ['The clinic runs every second week.', REF, [{ text: 'every second week', value: 'P2W', type: 'SET' }]],
    [
      'Air quality is checked every third month.',
      REF,
      [{ text: 'every third month', value: 'P3M', type: 'SET' }],
    ],
    // Near misses: an ordinal after "a" or "the", and "every second" alone.
    ['He returned for a second week.', REF, []],
    ['It was the second week of the trial.', REF, []],
    ['Every second counts when a fire starts.', REF, []],
    ['Every second person stopped was carrying a knife.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('every quarter', () => {
  const cases: Case[] = [
    [
      'The campaign will be reviewed every quarter.',
      REF,
      [{ text: 'every quarter', value: 'P3M', type: 'SET' }],
    ],
    [
      'Progress is reported to the board each quarter.',
      REF,
      [{ text: 'each quarter', value: 'P3M', type: 'SET' }],
    ],
    ['The force spends £2m a quarter on overtime.', REF, [{ text: 'a quarter', value: 'P3M', type: 'SET' }]],
    // Shares and parts of a year are not recurrences.
    ['Officers made arrests a quarter of the time.', REF, []],
    [
      'Offences rose in the first quarter.',
      REF,
      [{ text: 'the first quarter', value: '2024-Q1', type: 'DATE' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a month or a season of every year', () => {
  const cases: Case[] = [
    [
      'Every summer the force runs a water safety campaign.',
      '2024-07-10',
      [{ text: 'Every summer', value: 'XXXX-SU', type: 'SET' }],
    ],
    [
      'The count is repeated each winter.',
      '2024-07-10',
      [{ text: 'each winter', value: 'XXXX-WI', type: 'SET' }],
    ],
    [
      'Figures are published every January and each July.',
      '2024-07-10',
      [
        { text: 'every January', value: 'XXXX-01', type: 'SET' },
        { text: 'each July', value: 'XXXX-07', type: 'SET' },
      ],
    ],
    // "may" in lower case is no month, and a fall on a ward is no season.
    ['Every may be asked to help.', '2024-07-10', []],
    ['Every fall on a ward is reviewed by a nurse.', '2024-07-10', []],
    // Without "every" or "each" the month is a date.
    [
      'Figures will be published in January.',
      '2024-07-10',
      [{ text: 'January', value: '2025-01', type: 'DATE' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the time taken up in each period', () => {
  const cases: Case[] = [
    // From a wide release: "Every day, the FBI works closely with its law enforcement partners".
    [
      'Every day, the FBI works closely with its partners.',
      REF,
      [{ text: 'Every day', value: 'P1D', type: 'SET' }],
    ],
    [
      'The control room is staffed 24 hours a day, seven days a week.',
      REF,
      [
        { text: '24 hours a day', value: 'P1D', type: 'SET' },
        { text: 'seven days a week', value: 'P1W', type: 'SET' },
      ],
    ],
    ['The helpline is open 365 days a year.', REF, [{ text: '365 days a year', value: 'P1Y', type: 'SET' }]],
    ['She volunteers one day a week.', REF, [{ text: 'one day a week', value: 'P1W', type: 'SET' }]],
    ['Officers work 40 hours per week.', REF, [{ text: '40 hours per week', value: 'P1W', type: 'SET' }]],
    // Near-misses: a length before a day counted back is two mentions, and no rate.
    [
      'He was jailed for 12 months a year ago.',
      REF,
      [
        { text: '12 months', value: 'P12M', type: 'DURATION' },
        { text: 'a year ago', value: '2023', type: 'DATE' },
      ],
    ],
    ['The search took seven days.', REF, [{ text: 'seven days', value: 'P7D', type: 'DURATION' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('"every day" as the subject of a saying', () => {
  const cases: Case[] = [
    ['Every day counts when a child is missing.', REF, []],
    ['“Every minute matters,” the inspector said.', REF, []],
    ['For families, every day is precious.', REF, []],
    // Near-misses: a recurrence before the clause's own subject, or after its verb.
    ['Every day officers patrol the town centre.', REF, [{ text: 'Every day', value: 'P1D', type: 'SET' }]],
    ['The team counts stock every day.', REF, [{ text: 'every day', value: 'P1D', type: 'SET' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe("a school's year group", () => {
  const cases: Case[] = [
    ['Pupils in each year group will take part in the scheme.', REF, []],
    ['Each year group has its own tutor.', REF, []],
    ['The school runs a session for every year-group.', REF, []],
    ['Each year level elects two captains.', REF, []],
    ['Assemblies are held for each of the year groups.', REF, []],
    // Near-misses: a recurrence before another noun, or before the clause's own subject.
    ['The prize is awarded each year.', REF, [{ text: 'each year', value: 'P1Y', type: 'SET' }]],
    [
      'Each year, groups of volunteers clean the beach.',
      REF,
      [{ text: 'Each year', value: 'P1Y', type: 'SET' }],
    ],
    ['Every year grants are given to clubs.', REF, [{ text: 'Every year', value: 'P1Y', type: 'SET' }]],
    ['The league meets every two years.', REF, [{ text: 'every two years', value: 'P2Y', type: 'SET' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a part of every day', () => {
  const cases: Case[] = [
    [
      'Officers patrol the town centre every morning, every evening and each night.',
      REF,
      [
        { text: 'every morning', value: 'XXXX-XX-XXTMO', type: 'SET' },
        { text: 'every evening', value: 'XXXX-XX-XXTEV', type: 'SET' },
        { text: 'each night', value: 'XXXX-XX-XXTNI', type: 'SET' },
      ],
    ],
    [
      'Each afternoon, volunteers hand out leaflets.',
      REF,
      [{ text: 'Each afternoon', value: 'XXXX-XX-XXTAF', type: 'SET' }],
    ],
    // A clock after it sets the hour of every day, as it does after "every Monday".
    [
      'The shelter opens every evening at 7pm.',
      REF,
      [{ text: 'every evening at 7pm', value: 'XXXX-XX-XXT19:00', type: 'SET' }],
    ],
    // Beside a recurring weekday, each keeps its own.
    [
      'Officers visit every morning and every Friday night.',
      REF,
      [
        { text: 'every morning', value: 'XXXX-XX-XXTMO', type: 'SET' },
        { text: 'every Friday night', value: 'XXXX-WXX-5TNI', type: 'SET' },
      ],
    ],
    // A price per night is a rate of a day, and "every night counts" a saying.
    ['Rooms cost £90 per night.', REF, [{ text: 'per night', value: 'P1D', type: 'SET' }]],
    ['Every night counts in this campaign.', REF, []],
    ['Every other night the team meets.', REF, [{ text: 'Every other night', value: 'P2D', type: 'SET' }]],
    // A part of a day without "every" or "each" is no recurrence.
    ['The morning was quiet.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('weekends that recur', () => {
  const cases: Case[] = [
    ['The office is closed at weekends.', REF, [{ text: 'weekends', value: 'XXXX-WXX-WE', type: 'SET' }]],
    [
      'Officers will patrol the park on weekends throughout the summer.',
      REF,
      [
        { text: 'weekends', value: 'XXXX-WXX-WE', type: 'SET' },
        { text: 'the summer', value: '2025-SU', type: 'DATE' },
      ],
    ],
    [
      'Volunteers staff the centre evenings and weekends.',
      REF,
      [{ text: 'weekends', value: 'XXXX-WXX-WE', type: 'SET' }],
    ],
    ['Weekends are busiest for the service.', REF, [{ text: 'Weekends', value: 'XXXX-WXX-WE', type: 'SET' }]],
    // Near misses: weekends counted, named or described, and the singular.
    ['He spent two weekends in Leeds.', REF, []],
    ['The weekends were busy.', REF, []],
    ['Many long weekends were lost to the strike.', REF, []],
    ['Recent weekends saw more arrests.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('weekdays that recur', () => {
  const cases: Case[] = [
    [
      'The front counter is open weekdays 9am to 5pm.',
      REF,
      [
        { text: 'weekdays', value: 'XXXX-WXX-WD', type: 'SET' },
        { text: '9am', value: 'XXXX-XX-XXT09:00', type: 'SET' },
        { text: '5pm', value: 'XXXX-XX-XXT17:00', type: 'SET' },
      ],
    ],
    ['The shuttle runs every weekday.', REF, [{ text: 'every weekday', value: 'XXXX-WXX-WD', type: 'SET' }]],
    [
      'Officers visit the school each weekday.',
      REF,
      [{ text: 'each weekday', value: 'XXXX-WXX-WD', type: 'SET' }],
    ],
    ['The helpline is staffed on weekdays.', REF, [{ text: 'weekdays', value: 'XXXX-WXX-WD', type: 'SET' }]],
    [
      'Weekdays: 8am to 6pm',
      REF,
      [
        { text: 'Weekdays', value: 'XXXX-WXX-WD', type: 'SET' },
        { text: '8am', value: 'XXXX-XX-XXT08:00', type: 'SET' },
        { text: '6pm', value: 'XXXX-XX-XXT18:00', type: 'SET' },
      ],
    ],
    [
      'The station is staffed weekdays and weekends.',
      REF,
      [
        { text: 'weekdays', value: 'XXXX-WXX-WD', type: 'SET' },
        { text: 'weekends', value: 'XXXX-WXX-WE', type: 'SET' },
      ],
    ],
    ['The unit works weekdays only.', REF, [{ text: 'weekdays', value: 'XXXX-WXX-WD', type: 'SET' }]],
    // A part of the day joins the weekdays, as it joins a weekday by name.
    [
      'The road will be closed weekday evenings for resurfacing.',
      REF,
      [{ text: 'weekday evenings', value: 'XXXX-WXX-WDTEV', type: 'SET' }],
    ],
    [
      'Officers patrol the route every weekday morning.',
      REF,
      [{ text: 'every weekday morning', value: 'XXXX-WXX-WDTMO', type: 'SET' }],
    ],
    // Near misses: "weekday" as an adjective, weekdays counted or named, and "every weekdays".
    ['Weekday traffic has risen by a fifth.', REF, []],
    ['The closure will last ten weekdays.', REF, []],
    ['It was quieter on the weekdays before the match.', REF, []],
    [
      'The work took ten weekdays 9am to 5pm.',
      REF,
      [
        { text: '9am', value: '2024-12-10T09:00', type: 'TIME' },
        { text: '5pm', value: '2024-12-10T17:00', type: 'TIME' },
      ],
    ],
    ['Bus lanes operate during weekday peak hours.', REF, []],
    ['Tickets are valid every weekdays.', REF, []],
    ['Tickets are valid every weekday mornings.', REF, []],
    ['The two weekday evenings were quiet.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a frequency word in a name', () => {
  const cases: Case[] = [
    // A capitalised frequency word before a capitalised word is part of a name, not a recurrence.
    [
      'The force published its Annual Report 2023 today.',
      REF,
      [
        { text: '2023', value: '2023', type: 'DATE' },
        { text: 'today', value: '2024-12-10', type: 'DATE' },
      ],
    ],
    ['Members voted at the Annual General Meeting.', REF, []],
    ['She spoke at the Police Federation Annual Conference.', REF, []],
    ['The figures appear in the Weekly Bulletin and the Quarterly Review.', REF, []],
    // Near misses: the same words before a plain noun, or opening a sentence before one, recur.
    [
      'The Annual Report follows an annual review of every case.',
      REF,
      [{ text: 'annual', value: 'P1Y', type: 'SET' }],
    ],
    ['Annual figures show a fall in burglary.', REF, [{ text: 'Annual', value: 'P1Y', type: 'SET' }]],
    ['Our third annual outcomes report is out.', REF, [{ text: 'annual', value: 'P1Y', type: 'SET' }]],
    ['Figures are published Monthly.', REF, [{ text: 'Monthly', value: 'P1M', type: 'SET' }]],
    // "biannually" recurs as "biannual" does.
    ['The forum meets biannually in Brussels.', REF, [{ text: 'biannually', value: 'P6M', type: 'SET' }]],
    // "biennial" and "biennially" recur every two years.
    ['The survey is carried out biennially.', REF, [{ text: 'biennially', value: 'P2Y', type: 'SET' }]],
    ['The biennial review of the code is due.', REF, [{ text: 'biennial', value: 'P2Y', type: 'SET' }]],
    ['Biennial inspections are required by law.', REF, [{ text: 'Biennial', value: 'P2Y', type: 'SET' }]],
    // Near misses: "Biennial" in a name, before a capitalised word or after the name's own.
    ['She spoke at the Biennial Conference.', REF, []],
    ['Artists from the Liverpool Biennial joined the project.', REF, []],
    // "annual general meeting" names a kind of meeting in any case, as "AGM" does.
    ['Members raised the matter at the annual general meeting.', REF, []],
    ['The club will hold its annual general  meeting in the pavilion.', REF, []],
    ["Delegates met at the federation's annual general assembly.", REF, []],
    // Near misses: another annual event recurs; "general" alone does not make a name.
    ['The annual conference drew 400 officers.', REF, [{ text: 'annual', value: 'P1Y', type: 'SET' }]],
    [
      'It is the annual general review of firearms licences.',
      REF,
      [{ text: 'annual', value: 'P1Y', type: 'SET' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('every half or quarter of an hour', () => {
  const cases: Case[] = [
    [
      'Buses run every half hour from the station.',
      REF,
      [{ text: 'every half hour', value: 'PT30M', type: 'SET' }],
    ],
    [
      'Shuttles leave each quarter-hour from the station.',
      REF,
      [{ text: 'each quarter-hour', value: 'PT15M', type: 'SET' }],
    ],
    ['Parking costs £1 per half hour.', REF, [{ text: 'per half hour', value: 'PT30M', type: 'SET' }]],
    // Near misses: a length of time, no recurrence.
    ['The search lasted half an hour.', REF, [{ text: 'half an hour', value: 'PT0.5H', type: 'DURATION' }]],
    ['He ran a half-hour race.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('round the clock, "24/7"', () => {
  const cases: Case[] = [
    ['The helpline is open 24/7.', REF, [{ text: '24/7', value: 'P1D', type: 'SET' }]],
    ['The council offers 24/7 support to victims.', REF, [{ text: '24/7', value: 'P1D', type: 'SET' }]],
    // Near misses: a name, a day in figures, a fraction.
    ['It joined the INTERPOL I-24/7 system.', REF, []],
    ['The crash happened on 24/7 in Leeds.', REF, []],
    ['The ratio was 24/75.', REF, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
