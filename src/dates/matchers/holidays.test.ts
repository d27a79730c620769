/**
 * Weekends named for a holiday: "the bank holiday weekend", "the Easter weekend", "this long
 * weekend". A vague season of holidays ("the holiday season") has no TIMEX3 value and is left out,
 * as "overnight" is (see the wide set's annotation decisions); "the festive period" is late
 * December (see below).
 */
import { describe, expect, it } from 'vitest'
import { findDates } from '../find-dates'
import { type Case, expectCase, oneParagraphRelease } from '../test-helpers'

// The Tuesday after the spring bank holiday (Monday 27 May 2024).
const TUESDAY = '2024-05-28'
// The Friday before it.
const FRIDAY = '2024-05-24'

describe('weekends named for a holiday', () => {
  const cases: Case[] = [
    // Written after it, the bank holiday weekend is the one just gone; before it, the one to come.
    [
      'Officers made 45 arrests over the bank holiday weekend.',
      TUESDAY,
      [
        {
          text: 'the bank holiday weekend',
          value: '2024-W21-WE',
          type: 'DATE',
          start: '2024-05-25',
          end: '2024-05-26',
        },
      ],
    ],
    [
      'Police are urging drivers to plan ahead for the bank holiday weekend.',
      FRIDAY,
      [{ text: 'the bank holiday weekend', value: '2024-W21-WE' }],
    ],
    [
      'Police will patrol the town centre this bank holiday weekend.',
      FRIDAY,
      [{ text: 'this bank holiday weekend', value: '2024-W21-WE' }],
    ],
    [
      'Extra officers will be on duty over the long weekend.',
      FRIDAY,
      [{ text: 'the long weekend', value: '2024-W21-WE' }],
    ],
    // A named holiday's weekend keeps its "the", as "the weekend" does.
    [
      'Officers were busy over the Easter weekend.',
      '2024-04-03',
      [{ text: 'the Easter weekend', value: '2024-W13-WE' }],
    ],
    [
      'The Easter long weekend saw 12 serious crashes.',
      '2024-04-03',
      [{ text: 'The Easter long weekend', value: '2024-W13-WE' }],
    ],
    [
      'The early May bank holiday weekend was quiet.',
      TUESDAY,
      [{ text: 'The early May bank holiday weekend', value: '2024-W18-WE' }],
    ],
    [
      '"As we go into Labor Day weekend, I want to highlight the collective efforts of the FBI and our law enforcement partners to eradicate violent criminal activity," said Director Christopher Wray.',
      '2023-09-01',
      [{ text: 'Labor Day weekend', value: '2023-W35-WE', type: 'DATE' }],
    ],
    // A holiday's weekend is gone or ahead by its own days, not the holiday's: written on Monday
    // 10 November 2025, before Veterans Day on the Tuesday, the weekend before it is just gone.
    [
      'Police made 40 arrests over the Veterans Day weekend.',
      '2025-11-10',
      [{ text: 'the Veterans Day weekend', value: '2025-W45-WE', start: '2025-11-08', end: '2025-11-09' }],
    ],
    [
      'Troopers issued 300 tickets during the Christmas weekend.',
      '2029-12-24',
      [{ text: 'the Christmas weekend', value: '2029-W51-WE' }],
    ],
    // Written on the Saturday after a Friday holiday (26 January 2024), the weekend to come is that one.
    [
      'Double demerits will apply over the Australia Day long weekend.',
      '2024-01-27',
      [{ text: 'the Australia Day long weekend', value: '2024-W04-WE' }],
    ],
    // Near misses: written before the weekend, the one just gone is last year's; in the future
    // tense, the one ahead.
    [
      'Police made 40 arrests over the Veterans Day weekend.',
      '2025-11-07',
      [{ text: 'the Veterans Day weekend', value: '2024-W45-WE' }],
    ],
    [
      'Roads will be busy over the Veterans Day weekend.',
      '2025-11-07',
      [{ text: 'the Veterans Day weekend', value: '2025-W45-WE' }],
    ],
    // Not weekends: a long week, a bank holiday declared; vague holiday seasons and "overnight".
    ['The week was long and the long week ahead is busier.', TUESDAY, []],
    ['A bank holiday was declared for the coronation.', TUESDAY, []],
    ['Shoplifting rises during the holiday season.', TUESDAY, []],
    ['Overnight, officers arrested three men in connection with the incident.', TUESDAY, []],
    [
      'The car was stolen overnight on Saturday from a driveway in Leeds.',
      TUESDAY,
      [{ text: 'overnight on Saturday', value: '2024-05-25TNI' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('holidays of the publishers abroad', () => {
  const cases: Case[] = [
    // US federal holidays: a fixed day, or the nth Monday of a month.
    ['The ceremony was held on Veterans Day.', '2024-11-12', [{ text: 'Veterans Day', value: '2024-11-11' }]],
    ["Officers will march on Veterans' Day.", '2024-11-12', [{ text: "Veterans' Day", value: '2025-11-11' }]],
    ['The office was closed for Juneteenth.', '2024-06-21', [{ text: 'Juneteenth', value: '2024-06-19' }]],
    // The second Monday of October, by either of its names.
    ['The office was closed on Columbus Day.', '2024-10-20', [{ text: 'Columbus Day', value: '2024-10-14' }]],
    [
      'Events marked Indigenous Peoples’ Day.',
      '2024-10-20',
      [{ text: 'Indigenous Peoples’ Day', value: '2024-10-14' }],
    ],
    // Whitsun (Pentecost) and Whit Monday: seven weeks after Easter.
    ['The fair opens at Whitsun.', '2024-03-20', [{ text: 'Whitsun', value: '2024-05-19' }]],
    [
      'The fair opened on Whit Monday 2023.',
      '2024-03-20',
      [{ text: 'Whit Monday 2023', value: '2023-05-29' }],
    ],
    ['Churches were full at Pentecost.', '2024-06-20', [{ text: 'Pentecost', value: '2024-05-19' }]],
    // The lunar new year from a table of 2015 to 2030, by either name.
    [
      'Police stepped up patrols during Chinese New Year.',
      '2024-02-20',
      [{ text: 'Chinese New Year', value: '2024-02-10' }],
    ],
    [
      'Shops stayed open over Lunar New Year 2023.',
      '2024-02-20',
      [{ text: 'Lunar New Year 2023', value: '2023-01-22' }],
    ],
    // Near misses: Whitby and Whitehall are places; a columbus in lower case is no holiday.
    ['Officers in Whitby and Whitehall met on the columbus day trip.', '2024-10-20', []],
    [
      'The office was closed on Martin Luther King Jr. Day.',
      '2024-01-20',
      [{ text: 'Martin Luther King Jr. Day', value: '2024-01-15' }],
    ],
    [
      'The office was closed on Martin Luther King, Jr. Day.',
      '2024-01-20',
      [{ text: 'Martin Luther King, Jr. Day', value: '2024-01-15' }],
    ],
    [
      'Volunteers marked MLK Day with a food drive.',
      '2024-01-20',
      [{ text: 'MLK Day', value: '2024-01-15' }],
    ],
    [
      "The arrest was made on Presidents' Day.",
      '2024-02-20',
      [{ text: "Presidents' Day", value: '2024-02-19' }],
    ],
    [
      'The arrest was made on Presidents Day.',
      '2024-02-20',
      [{ text: 'Presidents Day', value: '2024-02-19' }],
    ],
    // Canada: Victoria Day is the Monday before 25 May.
    [
      'Officers charged 12 drivers over the Victoria Day long weekend.',
      '2024-05-22',
      [{ text: 'the Victoria Day long weekend', value: '2024-W20-WE' }],
    ],
    [
      'The collision happened on Victoria Day.',
      '2023-05-25',
      [{ text: 'Victoria Day', value: '2023-05-22' }],
    ],
    // New Zealand: Labour Weekend is the weekend before the fourth Monday of October.
    [
      'Police caught 40 speeding drivers over Labour Weekend.',
      '2024-10-30',
      [{ text: 'Labour Weekend', value: '2024-W43-WE' }],
    ],
    // New Zealand: Matariki, a Friday the law lists year by year (28 June 2024, 14 July 2023), names
    // the weekend after it; a year the list does not hold gives only the year.
    [
      'Police will be out in force over Matariki weekend and the Matariki long weekend.',
      '2024-05-15',
      [
        { text: 'Matariki weekend', value: '2024-W26-WE' },
        { text: 'the Matariki long weekend', value: '2024-W26-WE' },
      ],
    ],
    [
      'Officers stopped 300 drivers over the Matariki weekend.',
      '2024-05-15',
      [{ text: 'the Matariki weekend', value: '2023-W28-WE' }],
    ],
    [
      'Police will patrol over Matariki weekend.',
      '2035-05-15',
      [{ text: 'Matariki weekend', value: '2035-WXX-WE' }],
    ],
    // "Matariki" alone is also the season of the stars: no day.
    ['Whānau gathered to celebrate Matariki.', '2024-07-01', []],
    // Ireland: St Stephen's Day, with or without the full stop and in either apostrophe.
    [
      'A man was assaulted on St Stephen’s Day.',
      '2024-12-28',
      [{ text: 'St Stephen’s Day', value: '2024-12-26' }],
    ],
    [
      'Gardaí were on duty for St. Patrick’s Day.',
      '2024-03-20',
      [{ text: 'St. Patrick’s Day', value: '2024-03-17' }],
    ],
    // The King's Birthday falls on a different day in each country (and Australian state): the year only.
    [
      "Extra patrols ran over King's Birthday weekend.",
      '2024-06-12',
      [{ text: "King's Birthday weekend", value: '2024-WXX-WE' }],
    ],
    [
      'The road was closed on Queen’s Birthday.',
      '2022-06-14',
      [{ text: 'Queen’s Birthday', value: '2022-XX-XX' }],
    ],
    // "this" before a holiday's weekend belongs to it, as "the" does.
    [
      "Police will be out in force this King's Birthday long weekend.",
      '2024-06-12',
      [{ text: "this King's Birthday long weekend", value: '2024-WXX-WE' }],
    ],
    [
      'Police will patrol this Easter weekend.',
      '2024-03-27',
      [{ text: 'this Easter weekend', value: '2024-W13-WE' }],
    ],
    // Labour Day falls on a different day in Canada, New Zealand and each Australian state.
    [
      'More than 100 drivers were caught over Labour Day weekend.',
      '2024-09-05',
      [{ text: 'Labour Day weekend', value: '2024-WXX-WE' }],
    ],
    // Not holidays: honours lists and names.
    ["He was made an MBE in the King's Birthday Honours.", '2024-06-12', []],
    ["He was named in the King's Birthday and Coronation Honours list.", '2024-06-12', []],
    ['She was appointed in the New Year Honours.', '2024-06-12', []],
    ['Flowers were laid at the Veterans Day Memorial.', '2024-06-12', []],
    ['The president spoke on the day.', '2024-06-12', []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the Eids, days of the Islamic calendar', () => {
  const cases: Case[] = [
    // 1 Shawwal 1446 was Sunday 30 March 2025; 10 Dhu al-Hijjah 1445 Sunday 16 June 2024.
    [
      'Extra patrols will run over Eid al-Fitr.',
      '2024-12-10',
      [{ text: 'Eid al-Fitr', value: '2025-03-30' }],
    ],
    ['The mosque was busy on Eid-ul-Adha.', '2024-12-10', [{ text: 'Eid-ul-Adha', value: '2024-06-16' }]],
    [
      'Pakistan marked Eid ul Azha with prayers.',
      '2024-12-10',
      [{ text: 'Eid ul Azha', value: '2024-06-16' }],
    ],
    ['Eid al Fitr 2023 was celebrated.', null, [{ text: 'Eid al Fitr 2023', value: '2023-04-21' }]],
    // A year that holds the day twice (1 Shawwal 1454 and 1455 both fall in 2033) gives its year.
    ['Eid al-Fitr 2033 is far off.', null, [{ text: 'Eid al-Fitr 2033', value: '2033-XX-XX' }]],
    // "Eid" alone names no one day; "Eider" is a duck.
    ['Eid Mubarak from all at the station.', '2024-12-10', []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('Ramadan, a month of the Islamic calendar, and Diwali', () => {
  const cases: Case[] = [
    // 1 Ramadan 1445 was 11 March 2024, 1 Shawwal 10 April: the days run across two of our months.
    [
      'Mosques were busy during Ramadan 2024.',
      null,
      [{ text: 'Ramadan 2024', value: '2024', start: '2024-03-11', end: '2024-04-09' }],
    ],
    // 1 Ramadan 1446 was 1 March 2025, 1 Shawwal 30 March: all in March.
    [
      'Ramadhan 2025 ran through the spring term.',
      null,
      [{ text: 'Ramadhan 2025', value: '2025-03', start: '2025-03-01', end: '2025-03-29' }],
    ],
    // With no year, the nearest, as for the Eids.
    ['Patrols were stepped up for Ramadan.', '2024-05-01', [{ text: 'Ramadan', value: '2024' }]],
    ['Diwali 2023 was marked in Leicester.', null, [{ text: 'Diwali 2023', value: '2023-11-12' }]],
    ['Families gathered for Deepavali 2030.', null, [{ text: 'Deepavali 2030', value: '2030-10-26' }]],
    ['Fireworks are expected at Diwali.', '2024-09-01', [{ text: 'Diwali', value: '2024-11-01' }]],
    // A year the list does not hold gives its year only.
    ['Diwali 2040 is far off.', null, [{ text: 'Diwali 2040', value: '2040-XX-XX' }]],
    // Near-misses: a person's name in lower case is no holiday; the Eids read as before.
    ['The ramadan lamp was lit.', '2024-05-01', []],
    ['Eid al-Fitr 2024 was celebrated.', null, [{ text: 'Eid al-Fitr 2024', value: '2024-04-10' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('Super Bowl Sunday, Hanukkah and the Mid-Autumn Festival', () => {
  const cases: Case[] = [
    // The second Sunday of February since 2022, the first before: the whole name, not its weekday.
    [
      'Bars will be busy on Super Bowl Sunday.',
      '2024-01-20',
      [{ text: 'Super Bowl Sunday', value: '2024-02-11', start: '2024-02-11', end: '2024-02-11' }],
    ],
    [
      'Sales rose on Super Bowl Sunday 2019.',
      null,
      [{ text: 'Super Bowl Sunday 2019', value: '2019-02-03' }],
    ],
    // Before 2004 the final moved about January: the year only.
    [
      'Sales rose on Super Bowl Sunday 2003.',
      null,
      [{ text: 'Super Bowl Sunday 2003', value: '2003-XX-XX' }],
    ],
    // The first day of Hanukkah, 25 Kislev: 2023's began the evening of 7 December.
    ['Patrols were stepped up over Hanukkah.', '2024-01-10', [{ text: 'Hanukkah', value: '2023-12-08' }]],
    ['Chanukah 2024 ends in the new year.', null, [{ text: 'Chanukah 2024', value: '2024-12-26' }]],
    ['The Hanukah 2021 lighting was held.', null, [{ text: 'Hanukah 2021', value: '2021-11-29' }]],
    // The 15th day of the 8th Chinese month, by either name and spelling.
    [
      'Families gathered for the Mid-Autumn Festival.',
      '2024-10-01',
      [{ text: 'Mid-Autumn Festival', value: '2024-09-17' }],
    ],
    [
      'The Mid Autumn Festival 2025 falls late.',
      null,
      [{ text: 'Mid Autumn Festival 2025', value: '2025-10-06' }],
    ],
    [
      'Lanterns were lit for the Moon Festival 2023.',
      null,
      [{ text: 'Moon Festival 2023', value: '2023-09-29' }],
    ],
    // Near misses: the middle of autumn is a season; the game itself is no day; lower case is no name.
    ['Leaves fall in mid-autumn.', '2024-10-01', [{ text: 'mid-autumn', value: '2024-FA', mod: 'MID' }]],
    ['Tickets for the Super Bowl sold out.', '2024-01-20', []],
    ['The hanukkah candles were lit.', '2024-01-10', []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('days of observance', () => {
  const cases: Case[] = [
    // The UN's days and national days kept on one date everywhere, in the year the tense gives.
    [
      'Officers joined a march on International Women’s Day.',
      '2024-03-20',
      [{ text: 'International Women’s Day', value: '2024-03-08', start: '2024-03-08', end: '2024-03-08' }],
    ],
    [
      'Red ribbons were handed out for World AIDS Day 2023.',
      null,
      [{ text: 'World AIDS Day 2023', value: '2023-12-01' }],
    ],
    [
      'The force will hold open sessions on World Mental Health Day.',
      '2024-09-01',
      [{ text: 'World Mental Health Day', value: '2024-10-10' }],
    ],
    [
      'Ahead of the International Day for the Elimination of Violence against Women, police launched a campaign.',
      '2024-11-28',
      [{ text: 'International Day for the Elimination of Violence against Women', value: '2024-11-25' }],
    ],
    [
      'Workers Memorial Day was marked at the site.',
      '2024-05-02',
      [{ text: 'Workers Memorial Day', value: '2024-04-28' }],
    ],
    ['Street parties were held for VE Day.', '2025-05-20', [{ text: 'VE Day', value: '2025-05-08' }]],
    // A weekday of a month: the third Sunday of November, the second Thursday of March.
    [
      'Families gathered on the World Day of Remembrance for Road Traffic Victims.',
      '2024-11-20',
      [{ text: 'World Day of Remembrance for Road Traffic Victims', value: '2024-11-17' }],
    ],
    [
      'Free checks ran on World Kidney Day 2025.',
      null,
      [{ text: 'World Kidney Day 2025', value: '2025-03-13' }],
    ],
    // Near misses: a body named for the day, the World Health Organization, lower case, and a day
    // each country keeps on its own date.
    ['The Holocaust Memorial Day Trust said it was grateful.', '2024-03-01', []],
    ['The World Health Organization said the risk was low.', '2024-03-01', []],
    ['We marked international women’s day at the office.', '2024-03-20', []],
    ['Pupils dressed up for World Book Day.', '2024-03-20', []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the festive period, late December', () => {
  const cases: Case[] = [
    [
      'Police are appealing for witnesses after a number of burglaries over the festive period.',
      '2024-01-09',
      [{ text: 'the festive period', value: '2023-12', mod: 'END', start: '2023-12-24', end: '2023-12-31' }],
    ],
    [
      'Extra patrols will run over the festive season.',
      '2024-11-20',
      [{ text: 'the festive season', value: '2024-12', mod: 'END' }],
    ],
    [
      'Crime fell last festive period.',
      '2024-11-20',
      [{ text: 'last festive period', value: '2023-12', mod: 'END' }],
    ],
    [
      'Figures for the festive break 2022 are out.',
      null,
      [{ text: 'the festive break 2022', value: '2022-12', mod: 'END' }],
    ],
    // Christmas and New Year named together as one period.
    [
      'Officers will be out in force over the Christmas and New Year period to catch drink drivers.',
      '2025-12-01',
      [{ text: 'the Christmas and New Year period', value: '2025-12', mod: 'END' }],
    ],
    [
      'Over the Christmas & New Year’s break, 40 people were arrested.',
      '2025-01-06',
      [{ text: 'the Christmas & New Year’s break', value: '2024-12', mod: 'END' }],
    ],
    // Near-misses: "festive" before another noun names no time; the two holidays as the ends of a span.
    ['The town had a festive atmosphere.', '2024-11-20', []],
    [
      'The office is closed between Christmas and New Year.',
      '2025-12-01',
      [{ text: 'Christmas', value: '2025-12-25' }],
    ],
    ['Shoplifting rises during the holiday season.', '2024-11-20', []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('the fourth of July, a holiday named by its date', () => {
  const cases: Case[] = [
    ['We celebrated the fourth of July 2023.', null, [{ text: 'fourth of July 2023', value: '2023-07-04' }]],
    [
      'Parades are planned for the fourth of July.',
      '2024-05-01',
      [{ text: 'fourth of July', value: '2024-07-04' }],
    ],
    [
      'On the Fourth of July 2023 crowds gathered.',
      null,
      [{ text: 'Fourth of July 2023', value: '2023-07-04' }],
    ],
    // Near-miss: another day in words was read so already.
    ['We met on the fifth of July 2023.', null, [{ text: 'fifth of July 2023', value: '2023-07-05' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe("holidays whose day is the publisher's country's", () => {
  /** A one-paragraph release from `source`, read against `reference`: each mention's text and value. */
  const read = (source: string, text: string, reference: string) =>
    findDates(oneParagraphRelease(text, source), { reference }).map((m) => [m.text, m.value])

  it("dates New Zealand's King's Birthday (the first Monday of June) and Labour Day (the fourth of October)", () => {
    expect(
      read('New Zealand Police', "Five people died on the roads over King's Birthday weekend.", '2024-06-04'),
    ).toEqual([["King's Birthday weekend", '2024-W22-WE']])
    expect(read('New Zealand Police', 'Police will be on the roads this Labour Day.', '2024-10-21')).toEqual([
      // "this" picks the holiday and is part of the mention, as "this week" is.
      ['this Labour Day', '2024-10-28'],
    ])
  })

  it("dates Australia's King's Birthday in June, Queensland's in October, and Canada's Labour Day in September", () => {
    expect(
      read('NSW Police Force', "Double demerits apply over the King's Birthday long weekend.", '2024-06-05'),
    ).toEqual([["the King's Birthday long weekend", '2024-W23-WE']])
    expect(read('Queensland Police Service', "Crashes rose on King's Birthday.", '2024-10-09')).toEqual([
      ["King's Birthday", '2024-10-07'],
    ])
    expect(read('RCMP', 'The collision happened on Labour Day.', '2024-09-05')).toEqual([
      ['Labour Day', '2024-09-02'],
    ])
  })

  it("dates Canada's Thanksgiving in October, and Labour Day in Queensland in May and Western Australia in March", () => {
    expect(read('Toronto Police Service', 'Officers will be out over Thanksgiving.', '2024-10-02')).toEqual([
      ['Thanksgiving', '2024-10-14'],
    ])
    expect(read('RCMP', 'The crash happened on Thanksgiving Day 2023.', '2024-10-02')).toEqual([
      ['Thanksgiving Day 2023', '2023-10-09'],
    ])
    expect(read('Queensland Police Service', 'Crashes rose on Labour Day.', '2024-05-09')).toEqual([
      ['Labour Day', '2024-05-06'],
    ])
    expect(read('Western Australia Police Force', 'Crashes rose on Labour Day.', '2024-03-09')).toEqual([
      ['Labour Day', '2024-03-04'],
    ])
    // A US publisher's, and one of no country's, is the fourth Thursday of November; Black Friday follows it everywhere.
    expect(read('FBI', 'Officers will be out over Thanksgiving.', '2024-10-02')).toEqual([
      ['Thanksgiving', '2024-11-28'],
    ])
    expect(read('Europol', 'Sales peak on Thanksgiving.', '2024-10-02')).toEqual([
      ['Thanksgiving', '2024-11-28'],
    ])
    expect(read('Toronto Police Service', 'Thefts rose on Black Friday 2023.', '2024-10-02')).toEqual([
      ['Black Friday 2023', '2023-11-24'],
    ])
  })

  it("dates Mother's Day and Father's Day as the publisher's country keeps them", () => {
    // The US's second Sunday of May and third of June; the UK's Mothering Sunday; Australia's and New Zealand's September.
    expect(read('FBI', "Thefts rose on Mother's Day.", '2024-05-20')).toEqual([
      ["Mother's Day", '2024-05-12'],
    ])
    expect(read('Toronto Police Service', 'Calls rose on Father’s Day.', '2024-06-20')).toEqual([
      ['Father’s Day', '2024-06-16'],
    ])
    expect(read('Police Scotland', "Florists were busy before Mother's Day.", '2024-03-20')).toEqual([
      ["Mother's Day", '2024-03-10'],
    ])
    expect(read('Garda Síochána', "Florists were busy before Mother's Day.", '2024-03-20')).toEqual([
      ["Mother's Day", '2024-03-10'],
    ])
    expect(read('New Zealand Police', "Calls rose on Father's Day.", '2024-09-20')).toEqual([
      ["Father's Day", '2024-09-01'],
    ])
    expect(read('Victoria Police', "Calls rose on Father's Day.", '2024-09-20')).toEqual([
      ["Father's Day", '2024-09-01'],
    ])
  })

  it("dates a US publisher's Election Day, the Tuesday after the first Monday of November", () => {
    expect(read('FBI', 'Polls open on Election Day.', '2024-10-20')).toEqual([['Election Day', '2024-11-05']])
    // Most states hold their general elections on it in odd years too.
    expect(read('U.S. Attorney’s Office', 'Voters cast ballots on Election Day 2023.', '2024-10-20')).toEqual(
      [['Election Day 2023', '2023-11-07']],
    )
    // In 2022 1 November was a Tuesday: not the day, which comes after a Monday.
    expect(read('FBI', 'Agents were ready for Election Day 2022.', '2024-10-20')).toEqual([
      ['Election Day 2022', '2022-11-08'],
    ])
    // Elsewhere a poll's day is set each time: the year only; in lower case, no name.
    expect(
      read('Metropolitan Police', 'Officers will be at polling stations on Election Day.', '2024-06-20'),
    ).toEqual([['Election Day', '2024-XX-XX']])
    expect(read('FBI', 'The election day arrangements were set.', '2024-10-20')).toEqual([])
  })

  it('keeps the year only where the country keeps no one day', () => {
    // Western Australia proclaims its own; the UK's official birthday is a Saturday set each year.
    expect(read('Western Australia Police Force', "Crashes rose on King's Birthday.", '2024-10-09')).toEqual([
      ["King's Birthday", '2024-XX-XX'],
    ])
    expect(read('Metropolitan Police', "Crashes rose on King's Birthday.", '2024-06-20')).toEqual([
      ["King's Birthday", '2024-XX-XX'],
    ])
    expect(
      read('Victoria Police', 'More drivers were caught over Labour Day weekend.', '2024-03-13'),
    ).toEqual([['Labour Day weekend', '2024-WXX-WE']])
  })
})

describe('the bank holiday', () => {
  const cases: Case[] = [
    // The nearest bank holiday, looking back in a past clause and forward in a future one.
    [
      'The assault happened on the bank holiday Monday.',
      TUESDAY,
      [{ text: 'the bank holiday Monday', value: '2024-05-27', type: 'DATE' }],
    ],
    [
      'The assault happened on the bank holiday.',
      TUESDAY,
      [{ text: 'the bank holiday', value: '2024-05-27' }],
    ],
    [
      'Officers will be out over the bank holiday.',
      FRIDAY,
      [{ text: 'the bank holiday', value: '2024-05-27' }],
    ],
    [
      'The shop was raided on Bank Holiday Monday.',
      TUESDAY,
      [{ text: 'Bank Holiday Monday', value: '2024-05-27' }],
    ],
    // Ireland keeps the first Monday of June.
    [
      'Gardaí made 30 arrests over the bank holiday.',
      '2024-06-05',
      [{ text: 'the bank holiday', value: '2024-06-03' }],
    ],
    [
      'Gardaí seized drugs over the June bank holiday.',
      '2024-06-05',
      [{ text: 'June bank holiday', value: '2024-06-03' }],
    ],
    // With no day to count from, still a Monday.
    [
      'The assault happened on the bank holiday Monday.',
      null,
      [{ text: 'the bank holiday Monday', value: 'XXXX-WXX-1' }],
    ],
    // Not a day: a bank holiday in general, or the weekend and traffic named for it.
    ['A bank holiday was declared for the coronation.', TUESDAY, []],
    ['Bank holidays are busy for officers.', TUESDAY, []],
    ['The bank holiday traffic was heavy.', TUESDAY, []],
    [
      'Officers made 45 arrests over the bank holiday weekend.',
      TUESDAY,
      [{ text: 'the bank holiday weekend', value: '2024-W21-WE' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a weekday by its place in the month', () => {
  // Wednesday 4 December 2024.
  const REF = '2024-12-04'
  const cases: Case[] = [
    // Read whole: not "last Monday" (the week before) and a bare "May"; a parade that takes place
    // in May, written in December, is next May's.
    [
      'The parade takes place on the last Monday in May.',
      REF,
      [
        {
          text: 'the last Monday in May',
          type: 'DATE',
          value: '2025-05-26',
          start: '2025-05-26',
          end: '2025-05-26',
        },
      ],
    ],
    [
      'The amnesty ran until the second Sunday of October 2023.',
      REF,
      [{ text: 'the second Sunday of October 2023', value: '2023-10-08' }],
    ],
    [
      'The 2nd Tuesday in March, 2025 is the deadline.',
      REF,
      [{ text: 'The 2nd Tuesday in March, 2025', value: '2025-03-11' }],
    ],
    // The year by the clause's tense, as for a bare month.
    [
      'Officers will visit schools on the third Thursday of January.',
      REF,
      [{ text: 'the third Thursday of January', value: '2025-01-16' }],
    ],
    [
      'The first arrests were made on the first Friday in November.',
      REF,
      [{ text: 'the first Friday in November', value: '2024-11-01' }],
    ],
    // A recurrence: once a month.
    [
      'Surgeries are held on the first Monday of each month.',
      REF,
      [{ text: 'the first Monday of each month', type: 'SET', value: 'P1M' }],
    ],
    [
      'The panel meets on the last Thursday of the month.',
      REF,
      [{ text: 'the last Thursday of the month', type: 'SET', value: 'P1M' }],
    ],
    // With no day to count from, the month is known.
    [
      'The parade takes place on the last Monday in May.',
      null,
      [{ text: 'the last Monday in May', value: 'XXXX-05-XX' }],
    ],
    // Not a place in the month: a weekday and a month side by side, or "last Monday" before a place.
    ['Last Monday in Leeds, officers arrested two men.', REF, [{ text: 'Last Monday', value: '2024-12-02' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('"in the new year"', () => {
  const cases: Case[] = [
    // Written late in a year, the year to come; early in one, that year.
    [
      'The scheme will launch in the new year.',
      '2024-12-04',
      [{ text: 'the new year', type: 'DATE', value: '2025' }],
    ],
    ['The Bill will be introduced in the New Year.', '2024-11-20', [{ text: 'the New Year', value: '2025' }]],
    ['The scheme will launch in the new year.', '2024-01-10', [{ text: 'the new year', value: '2024' }]],
    // The holiday without "in", a past clause, or the year's own hours: no year read.
    ['Officers made 40 arrests over the New Year.', '2024-01-02', []],
    ['The plan was agreed in the new year.', '2024-12-04', []],
    ['In the new year’s first hours, police were busy.', '2024-12-04', []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Tuesday 3 December 2024: Black Friday was 29 November, Cyber Monday 2 December.
describe('days named for a holiday with a weekday in their name', () => {
  const DEC3 = '2024-12-03'
  const cases: Case[] = [
    [
      'Shoppers lost money to scams over Black Friday and Cyber Monday.',
      DEC3,
      [
        { text: 'Black Friday', value: '2024-11-29' },
        { text: 'Cyber Monday', value: '2024-12-02' },
      ],
    ],
    [
      'The FTC warns shoppers ahead of Black Friday.',
      '2024-11-20',
      [{ text: 'Black Friday', value: '2024-11-29' }],
    ],
    // Easter's days: 2024's Easter Sunday was 31 March.
    [
      'Officers were busy on Easter Saturday and on Maundy Thursday.',
      '2024-04-03',
      [
        { text: 'Easter Saturday', value: '2024-03-30' },
        { text: 'Maundy Thursday', value: '2024-03-28' },
      ],
    ],
    [
      'Services were held on Palm Sunday, Shrove Tuesday and Ash Wednesday.',
      '2024-04-03',
      [
        { text: 'Palm Sunday', value: '2024-03-24' },
        { text: 'Shrove Tuesday', value: '2024-02-13' },
        { text: 'Ash Wednesday', value: '2024-02-14' },
      ],
    ],
    [
      'Flowers were stolen on Mothering Sunday.',
      '2024-04-03',
      [{ text: 'Mothering Sunday', value: '2024-03-10' }],
    ],
    // Not the holidays: the words in lower case.
    ['It was a black Friday for the club.', DEC3, []],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('holidays joined by "and" are a list, not a range', () => {
  const DEC3 = '2024-12-03'
  const cases: Case[] = [
    // Out of the year's order, the first keeps its own year: it is no start of a range.
    [
      'Remembrance Day and Canada Day were also busy.',
      DEC3,
      [
        { text: 'Remembrance Day', value: '2024-11-11' },
        { text: 'Canada Day', value: '2024-07-01' },
      ],
    ],
    [
      'As Cyber Monday and Black Friday draw near, the FTC warns consumers.',
      '2024-11-20',
      [
        { text: 'Cyber Monday', value: '2024-12-02' },
        { text: 'Black Friday', value: '2024-11-29' },
      ],
    ],
    // Weekdays in a list keep their own days: the Monday is no start of a week before the Friday.
    [
      'Patrols ran on Monday and Friday.',
      DEC3,
      [
        { text: 'Monday', value: '2024-12-02' },
        { text: 'Friday', value: '2024-11-29' },
      ],
    ],
    // A range: "between" makes the first the start, a year before its end.
    [
      'Patrols ran between Christmas Eve and New Year’s Eve.',
      '2025-01-03',
      [
        { text: 'Christmas Eve', value: '2024-12-24' },
        { text: 'New Year’s Eve', value: '2024-12-31' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a holiday in a clause with no tense is the nearest', () => {
  const cases: Case[] = [
    // Written in December: January's holiday to come, not the one eleven months gone.
    [
      'Double demerits apply over the Australia Day long weekend.',
      '2024-12-03',
      [{ text: 'the Australia Day long weekend', value: '2025-W04-WE' }],
    ],
    // Written in January: the Christmas just gone.
    [
      'Figures for Christmas Day show 30 arrests.',
      '2025-01-06',
      [{ text: 'Christmas Day', value: '2024-12-25' }],
    ],
    // Near-misses: a tense decides, as before.
    [
      'Officers made 30 arrests on Australia Day.',
      '2024-12-03',
      [{ text: 'Australia Day', value: '2024-01-26' }],
    ],
    ['Patrols will run on Halloween.', '2024-12-03', [{ text: 'Halloween', value: '2025-10-31' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Written on Tuesday 3 December 2024 and on Tuesday 5 March 2024, before Christmas and Easter.
describe('a holiday after a present perfect', () => {
  const cases: Case[] = [
    // Announcing arrangements for a holiday looks ahead to it.
    [
      'The council has confirmed arrangements for the Christmas period.',
      '2024-12-03',
      [{ text: 'Christmas', value: '2024-12-25' }],
    ],
    [
      'Transport for London have announced closures over Easter on parts of the Underground.',
      '2024-12-03',
      [{ text: 'Easter', value: '2025-04-20' }],
    ],
    [
      'Opening hours have been published for the Easter weekend.',
      '2024-03-05',
      [{ text: 'the Easter weekend', value: '2024-W13-WE' }],
    ],
    [
      'Changes to bin collections over the Christmas period have been confirmed.',
      '2024-12-03',
      [{ text: 'Christmas', value: '2024-12-25' }],
    ],
    [
      'The force has now issued advice ahead of Christmas.',
      '2024-12-03',
      [
        { text: 'now', value: 'PRESENT_REF' },
        { text: 'Christmas', value: '2024-12-25' },
      ],
    ],
    [
      'The Scottish Government has set out plans for the summer.',
      '2024-03-05',
      [{ text: 'the summer', value: '2024-SU' }],
    ],
    // What is done, or figures for the holiday, look back.
    [
      'The force has published figures for the Christmas period.',
      '2024-12-03',
      [{ text: 'Christmas', value: '2023-12-25' }],
    ],
    [
      'The force has seen a rise in thefts over Christmas.',
      '2024-12-03',
      [{ text: 'Christmas', value: '2023-12-25' }],
    ],
    [
      'Reports of shoplifting have risen over Easter.',
      '2024-12-03',
      [{ text: 'Easter', value: '2024-03-31' }],
    ],
    ['Crime has fallen since Christmas.', '2024-12-03', [{ text: 'Christmas', value: '2023-12-25' }]],
    [
      'There has been a rise in burglaries over Christmas.',
      '2024-12-03',
      [{ text: 'Christmas', value: '2023-12-25' }],
    ],
    // A simple past of announcing stays past.
    [
      'The council confirmed arrangements for Christmas in a statement.',
      '2024-12-03',
      [{ text: 'Christmas', value: '2023-12-25' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a holiday after "last", "next" or "this"', () => {
  const DEC3 = '2024-12-03'
  const cases: Case[] = [
    // "died" is past, as a verb in "-ed" is; "last" picks the latest before the writing day.
    ['Last Easter, 12 people died on the roads.', DEC3, [{ text: 'Last Easter', value: '2024-03-31' }]],
    ['Last Christmas Eve he was arrested.', DEC3, [{ text: 'Last Christmas Eve', value: '2023-12-24' }]],
    ['Police will be busy next Easter.', DEC3, [{ text: 'next Easter', value: '2025-04-20' }]],
    ['This Christmas, police will patrol the city.', DEC3, [{ text: 'This Christmas', value: '2024-12-25' }]],
    [
      'Over the last Easter weekend, four people died.',
      DEC3,
      [{ text: 'the last Easter weekend', value: '2024-W13-WE' }],
    ],
    // Near-miss: "last" before another word is no part of the holiday.
    ['The last of them will leave on Christmas Eve.', DEC3, [{ text: 'Christmas Eve', value: '2024-12-24' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('bank holidays named far from them', () => {
  // Wednesday 12 June 2024: the spring bank holiday (27 May) is gone, the summer one (26 August) to come.
  const JUNE = '2024-06-12'
  const read = (source: string | null, text: string, reference: string) =>
    findDates(oneParagraphRelease(text, source), { reference }).map((m) => [m.text, m.value])
  const UK = 'United Kingdom Devon and Cornwall Police'

  it('reads the bank holiday weekend as the last one gone in a past clause, not the weekend just gone', () => {
    expect(read(UK, 'Officers made 45 arrests over the Bank Holiday weekend.', JUNE)).toEqual([
      ['the Bank Holiday weekend', '2024-W21-WE'],
    ])
    expect(read(UK, 'Officers made 45 arrests over the last bank holiday weekend.', JUNE)).toEqual([
      ['the last bank holiday weekend', '2024-W21-WE'],
    ])
    // Written on the Sunday of it, the weekend under way is the one gone.
    expect(read(UK, 'Officers have made 45 arrests over the bank holiday weekend.', '2024-05-26')).toEqual([
      ['the bank holiday weekend', '2024-W21-WE'],
    ])
  })

  it("reads the bank holiday weekend to come by the publisher's region", () => {
    // England and Wales's early May bank holiday is 6 May 2024; Ireland's June one is 3 June.
    expect(read(UK, 'Police will patrol over the bank holiday weekend.', '2024-04-20')).toEqual([
      ['the bank holiday weekend', '2024-W18-WE'],
    ])
    expect(read(UK, 'Officers will patrol the coast this bank holiday weekend.', '2024-08-14')).toEqual([
      ['this bank holiday weekend', '2024-W34-WE'],
    ])
    expect(
      read('An Garda Síochána', 'Gardaí will patrol over the bank holiday weekend.', '2024-05-29'),
    ).toEqual([['the bank holiday weekend', '2024-W22-WE']])
  })

  it('keeps the weekend of the week when no bank holiday lies near', () => {
    // Six weeks from the spring bank holiday and ten from the summer one.
    expect(read(UK, 'Officers will patrol over the bank holiday weekend.', '2024-07-10')).toEqual([
      ['the bank holiday weekend', '2024-W28-WE'],
    ])
  })

  it('reads the May bank holiday as the nearer of May’s two in the clause’s direction', () => {
    expect(read(UK, 'Officers will patrol over the May bank holiday.', '2024-05-20')).toEqual([
      ['May bank holiday', '2024-05-27'],
    ])
    expect(read(UK, 'The crash happened over the May bank holiday weekend.', '2024-05-20')).toEqual([
      ['the May bank holiday weekend', '2024-W18-WE'],
    ])
    expect(read(UK, 'Officers will patrol over the May bank holiday.', JUNE)).toEqual([
      ['May bank holiday', '2025-05-05'],
    ])
    expect(read(UK, 'Extra patrols will run over the late May bank holiday.', JUNE)).toEqual([
      ['late May bank holiday', '2025-05-26'],
    ])
  })

  it('reads a holiday and "bank holiday Monday" after it as one day', () => {
    expect(read(UK, 'The assault happened on the August bank holiday Monday.', JUNE)).toEqual([
      ['August bank holiday Monday', '2023-08-28'],
    ])
    expect(read(UK, 'Extra officers will be out on August Bank Holiday Monday.', JUNE)).toEqual([
      ['August Bank Holiday Monday', '2024-08-26'],
    ])
    expect(read(UK, 'The crash happened on Easter bank holiday Monday.', JUNE)).toEqual([
      ['Easter bank holiday Monday', '2024-04-01'],
    ])
    // Not a Monday: the holiday alone, and the weekday read on its own.
    expect(read(UK, 'The shop will be shut on Christmas Day Monday.', '2024-12-20')).toEqual([
      ['Christmas Day', '2024-12-25'],
      ['Monday', '2024-12-23'],
    ])
  })

  it("reads Scotland's and Ireland's August bank holiday as the first Monday of August", () => {
    expect(
      read('Police Scotland', 'Officers will patrol over the summer bank holiday weekend.', JUNE),
    ).toEqual([['the summer bank holiday weekend', '2024-W31-WE']])
    expect(read('An Garda Síochána', 'Gardaí will be out over the August bank holiday.', JUNE)).toEqual([
      ['August bank holiday', '2024-08-05'],
    ])
    // Not for a force in England, nor for the Met at New Scotland Yard.
    expect(read(UK, 'Officers will patrol over the summer bank holiday weekend.', JUNE)).toEqual([
      ['the summer bank holiday weekend', '2024-W34-WE'],
    ])
    expect(read('New Scotland Yard', 'Officers will be out over the August bank holiday.', JUNE)).toEqual([
      ['August bank holiday', '2024-08-26'],
    ])
  })
})

describe('a fixed holiday kept as a bank holiday on its substitute day', () => {
  const read = (source: string | null, text: string, reference: string) =>
    findDates(oneParagraphRelease(text, source), { reference }).map((m) => [m.text, m.value])
  const UK = 'United Kingdom Devon and Cornwall Police'

  it('moves a holiday on a weekend to the next weekday free of another', () => {
    // Boxing Day 2026 is a Saturday: its bank holiday is Monday 28 December.
    expect(read(UK, 'Roads will be busy over the Boxing Day bank holiday.', '2026-12-01')).toEqual([
      ['Boxing Day bank holiday', '2026-12-28'],
    ])
    // Christmas 2027 is a Saturday and Boxing Day a Sunday: Monday 27 and Tuesday 28.
    expect(
      read(
        UK,
        'Officers will work the Christmas Day bank holiday and the Boxing Day bank holiday.',
        '2027-12-01',
      ),
    ).toEqual([
      ['Christmas Day bank holiday', '2027-12-27'],
      ['Boxing Day bank holiday', '2027-12-28'],
    ])
    // New Year's Day 2028 is a Saturday.
    expect(read(UK, "Offices will close for the New Year's Day bank holiday.", '2027-12-01')).toEqual([
      ["New Year's Day bank holiday", '2028-01-03'],
    ])
  })

  it("keeps the region's holidays: St Andrew's Day in Scotland, St Patrick's Day in Northern Ireland", () => {
    // 30 November 2025 is a Sunday; 17 March 2024 too.
    expect(
      read('Police Scotland', "Offices will close for the St Andrew's Day bank holiday.", '2025-11-10'),
    ).toEqual([["St Andrew's Day bank holiday", '2025-12-01']])
    expect(read('PSNI', "Parades will be held on the St Patrick's Day bank holiday.", '2024-03-01')).toEqual([
      ["St Patrick's Day bank holiday", '2024-03-18'],
    ])
  })

  it('keeps the day itself on a weekday, and when "bank holiday" is not said', () => {
    expect(read(UK, 'The office is closed for the Christmas Day bank holiday.', '2026-12-01')).toEqual([
      ['Christmas Day bank holiday', '2026-12-25'],
    ])
    expect(read(UK, 'Shops will open on Boxing Day.', '2026-12-01')).toEqual([['Boxing Day', '2026-12-26']])
    expect(read(UK, 'Christmas Day will be quiet.', '2027-12-01')).toEqual([['Christmas Day', '2027-12-25']])
  })

  it('reads "bank holiday Monday" near a substitute day as that day', () => {
    expect(read(UK, 'Trains will run on Bank Holiday Monday.', '2026-12-01')).toEqual([
      ['Bank Holiday Monday', '2026-12-28'],
    ])
  })

  it('reads a moving holiday before "bank holiday" alone, as before', () => {
    expect(read(UK, 'Roads will be busy over the Easter bank holiday.', '2027-03-01')).toEqual([
      ['Easter', '2027-03-28'],
    ])
  })
})

describe('a holiday named by its weekday with its day written after it', () => {
  const REF = '2025-04-01'
  const cases: Case[] = [
    [
      'Collections due on Good Friday (18 April) will take place on Saturday 19 April.',
      REF,
      [
        { text: 'Good Friday (18 April)', value: '2025-04-18', type: 'DATE' },
        { text: 'Saturday 19 April', value: '2025-04-19' },
      ],
    ],
    [
      'The office is closed on Easter Monday, 21 April.',
      REF,
      [{ text: 'Easter Monday, 21 April', value: '2025-04-21' }],
    ],
    [
      'The office closes on Good Friday 18 April 2025.',
      REF,
      [{ text: 'Good Friday 18 April 2025', value: '2025-04-18' }],
    ],
    // The day written apart from the holiday is a mention of its own.
    [
      'Good Friday falls on 18 April.',
      REF,
      [
        { text: 'Good Friday', value: '2025-04-18' },
        { text: '18 April', value: '2025-04-18' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

// Written on Monday 1 December 2025, before Christmas.
describe('a holiday period in a future clause', () => {
  const DEC1 = '2025-12-01'
  const cases: Case[] = [
    [
      'Officers will be out over the Christmas period to catch drink and drug drivers.',
      DEC1,
      [{ text: 'Christmas', value: '2025-12-25' }],
    ],
    [
      'Over the Christmas and New Year period, extra officers will be on patrol.',
      DEC1,
      [{ text: 'the Christmas and New Year period', value: '2025-12', mod: 'END' }],
    ],
    [
      'Officers arrested 120 people last Christmas and will be out again over the Christmas period.',
      DEC1,
      [
        { text: 'last Christmas', value: '2024-12-25' },
        { text: 'Christmas', value: '2025-12-25', at: 75 },
      ],
    ],
    // Near-miss: a past clause about the holiday looks back.
    [
      'Officers were out over the Christmas period and arrested 120 people.',
      DEC1,
      [{ text: 'Christmas', value: '2024-12-25' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a holiday a reported "would" looks forward to', () => {
  const NOV20 = '2024-11-20'
  const cases: Case[] = [
    [
      'Police said extra patrols would run over the Christmas period.',
      NOV20,
      [{ text: 'Christmas', value: '2024-12-25' }],
    ],
    [
      'The council said road closures would be in place during the Easter weekend.',
      NOV20,
      [{ text: 'the Easter weekend', value: '2025-W16-WE' }],
    ],
    [
      'She said the scheme would continue through the summer holidays.',
      NOV20,
      [{ text: 'the summer', value: '2025-SU' }],
    ],
    // Near-misses: a habit, a past narrative and a plain past keep the holiday gone.
    [
      'Officers said the suspect would often visit at Christmas.',
      NOV20,
      [{ text: 'Christmas', value: '2023-12-25' }],
    ],
    [
      'The man said on Christmas Day that he had been attacked.',
      NOV20,
      [{ text: 'Christmas Day', value: '2023-12-25' }],
    ],
    ['The shop was burgled over the Christmas period.', NOV20, [{ text: 'Christmas', value: '2023-12-25' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a holiday a past step readied for', () => {
  const DEC1 = '2025-12-01'
  const cases: Case[] = [
    ['The campaign was launched ahead of Christmas.', DEC1, [{ text: 'Christmas', value: '2025-12-25' }]],
    [
      'Police launched the crackdown in the run-up to the Christmas period.',
      DEC1,
      [{ text: 'Christmas', value: '2025-12-25' }],
    ],
    [
      'Officers were briefed ahead of the Easter weekend.',
      '2026-03-20',
      [{ text: 'the Easter weekend', value: '2026-W14-WE' }],
    ],
    // Near-misses: a holiday months away is the one gone; "before" alone says only when.
    [
      'The campaign was launched ahead of Christmas.',
      '2025-08-10',
      [{ text: 'Christmas', value: '2024-12-25' }],
    ],
    ['He was arrested before Christmas.', DEC1, [{ text: 'Christmas', value: '2024-12-25' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
