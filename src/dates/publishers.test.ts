/**
 * Cases met in releases of many publishers (US, UK, Ireland, New Zealand, international): each
 * rule with a sentence quoted as the release wrote it, a variant, and what it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import { findDates } from './find-dates'
import { type Case, expectCase, oneParagraphRelease } from './test-helpers'

// A Monday: the variants resolve against it.
const REF = '2024-03-18'

describe('findDates on releases of many publishers', () => {
  describe('a weekday before the first day of a range', () => {
    const cases: Case[] = [
      [
        'The Week of Action, between Monday 5 and Friday 9 August, saw New Zealand Police execute a nationally co-ordinated plan across Police districts.',
        '2024-08-20',
        [
          { text: 'Monday 5', value: '2024-08-05', type: 'DATE' },
          { text: 'Friday 9 August', value: '2024-08-09', type: 'DATE' },
        ],
      ],
      [
        'Checkpoints ran from Tuesday 12 to Thursday 14 March.',
        REF,
        [
          { text: 'Tuesday 12', value: '2024-03-12' },
          { text: 'Thursday 14 March', value: '2024-03-14' },
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
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('a time joined to its day by "on" is one TIME', () => {
    const cases: Case[] = [
      [
        'The warning is in place between 9am on Sunday, 20 October, and 11.59pm on Sunday, 20 October, 2024.',
        '2024-10-18',
        [
          { text: '9am on Sunday, 20 October', value: '2024-10-20T09:00', type: 'TIME' },
          { text: '11.59pm on Sunday, 20 October, 2024', value: '2024-10-20T23:59', type: 'TIME' },
        ],
      ],
      [
        'The crash happened at 22h00 on Saturday.',
        REF,
        [{ text: '22h00 on Saturday', value: '2024-03-16T22:00', type: 'TIME' }],
      ],
      [
        'The roadblock was lifted at 06h30.',
        REF,
        [{ text: '06h30', value: '2024-03-18T06:30', type: 'TIME' }],
      ],
      ['Room 24h is closed.', REF, []],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('fiscal years', () => {
    const cases: Case[] = [
      [
        'The U.S. Marshals Service (USMS) arrested 73,362 fugitives (28,065 on federal and 45,297 on state and local warrants) in fiscal year (FY) 2023.',
        null,
        [{ text: 'fiscal year (FY) 2023', value: 'FY2023', type: 'DATE' }],
      ],
      [
        'U.S. Marshals Arrest More Than 73,000 Fugitives in Fiscal Year 2023',
        null,
        [{ text: 'Fiscal Year 2023', value: 'FY2023' }],
      ],
      [
        'The FY 2024 budget and the FY25 request were published.',
        null,
        [
          { text: 'FY 2024', value: 'FY2024' },
          { text: 'FY25', value: 'FY2025' },
        ],
      ],
      ['The fy 2023 column is blank.', null, [{ text: '2023', value: '2023' }]],
      // A UK financial year follows the range rule: two mentions.
      [
        'Recorded crime fell in 2023-24.',
        null,
        [
          { text: '2023', value: '2023' },
          { text: '24', value: '2024' },
        ],
      ],
      [
        'Recorded crime fell in 2023/24.',
        null,
        [
          { text: '2023', value: '2023' },
          { text: '24', value: '2024' },
        ],
      ],
      // A financial year after "FY" or "fiscal year": two fiscal years, by the same rule.
      [
        'The SFO recovered £870m in FY2022/23 and £500m in FY 2021-22.',
        null,
        [
          { text: 'FY2022', value: 'FY2022' },
          { text: '23', value: 'FY2023' },
          { text: 'FY 2021', value: 'FY2021' },
          { text: '22', value: 'FY2022' },
        ],
      ],
      [
        'Budgets for fiscal year 2023-2024 rose.',
        null,
        [
          { text: 'fiscal year 2023', value: 'FY2023' },
          { text: '2024', value: 'FY2024' },
        ],
      ],
      // Years that do not follow one another are no financial year.
      ['The FY2022/25 plan was dropped.', null, []],
      // "financial year" written before or after one year names it as "fiscal year" does.
      [
        'Force budgets for financial year 2023 and the 2024 financial year rose, as did its 2022 fiscal year spend.',
        null,
        [
          { text: 'financial year 2023', value: 'FY2023' },
          { text: '2024 financial year', value: 'FY2024' },
          { text: '2022 fiscal year', value: 'FY2022' },
        ],
      ],
      [
        'Funding for Financial Year 2023/24 was agreed.',
        null,
        [
          { text: 'Financial Year 2023', value: 'FY2023' },
          { text: '24', value: 'FY2024' },
        ],
      ],
      // wide corpus, intl_2.txt: a split year before the words follows the range rule, as plain years.
      [
        'Police baselines will be boosted by $42.4 million in the 2001-02 financial year with an extra $40.8 million in 2002-03.',
        null,
        [
          { text: '2001', value: '2001' },
          { text: '02', value: '2002' },
          { text: '2002', value: '2002' },
          { text: '03', value: '2003' },
        ],
      ],
      [
        'Spending in the 2023/2024 financial year, and in the 2022 – 2023 financial year, fell; two financial years.',
        null,
        [
          { text: '2023', value: '2023' },
          { text: '2024', value: '2024' },
          { text: '2022', value: '2022' },
          { text: '2023', value: '2023' },
          { text: 'two financial years', value: 'P2Y' },
        ],
      ],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('ranges of years', () => {
    const cases: Case[] = [
      [
        'The most recent results from the Scottish Crime and Justice Survey (for 2018-20) estimated that only 16% of incidents were reported to police.',
        null,
        [
          { text: '2018', value: '2018' },
          { text: '20', value: '2020' },
        ],
      ],
      [
        'Newly published statistics show Police Scotland recorded 61,934 incidents of domestic abuse in 2022-23, a decrease of 4% compared to the previous year.',
        null,
        [
          { text: '2022', value: '2022' },
          { text: '23', value: '2023' },
          { text: 'the previous year', value: '2021' },
        ],
      ],
      [
        'In 2023, arrests rose 18% on the previous year.',
        null,
        [
          { text: '2023', value: '2023' },
          { text: 'the previous year', value: '2022' },
        ],
      ],
      [
        'Budget 2018 provides tools and support for 21st-century policing.',
        null,
        [
          { text: '2018', value: '2018' },
          { text: '21st-century', value: '20' },
        ],
      ],
      ['The building dates from the 19th century.', null, [{ text: 'the 19th century', value: '18' }]],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('approximate years and months', () => {
    const cases: Case[] = [
      [
        'In or about 2016, the defendant opened a bank account in the name of a shell company.',
        null,
        [{ text: 'In or about 2016', value: '2016', type: 'DATE', mod: 'APPROX' }],
      ],
      [
        'From in or about 2016 to in or about 2020, the defendants conspired to distribute cocaine.',
        null,
        [
          { text: 'in or about 2016', value: '2016', mod: 'APPROX' },
          { text: 'in or about 2020', value: '2020', mod: 'APPROX' },
        ],
      ],
      [
        'From about 2016 until about 2020 she worked at the firm.',
        null,
        [
          { text: 'about 2016', value: '2016', mod: 'APPROX' },
          { text: 'about 2020', value: '2020', mod: 'APPROX' },
        ],
      ],
      [
        'From around 2016, the gang sold drugs.',
        null,
        [{ text: 'around 2016', value: '2016', mod: 'APPROX' }],
      ],
      [
        'Since around 2015 the force has grown.',
        null,
        [{ text: 'around 2015', value: '2015', mod: 'APPROX' }],
      ],
      [
        'In or about March 2016, the defendant opened an account.',
        null,
        [{ text: 'In or about March 2016', value: '2016-03', mod: 'APPROX' }],
      ],
      // Counts stay counts.
      ['About 2000 people attended the event.', null, []],
      ['Around 2000 officers were on duty.', null, []],
      [
        'Calls rose from about 2000 to 3000 last spring.',
        '2024-03-18',
        [{ text: 'last spring', value: '2023-SP' }],
      ],
      ['The scheme reached about 2000 homes.', null, []],
      ['The grant went to in about 2000 households.', null, []],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('US ranges of days', () => {
    const cases: Case[] = [
      [
        'The operation ran March 1-3, 2024.',
        null,
        [
          { text: 'March 1', value: '2024-03-01', type: 'DATE' },
          { text: '3, 2024', value: '2024-03-03', type: 'DATE' },
        ],
      ],
      [
        'The summit was held Friday, Jan. 5 – 7, 2023, in Miami.',
        null,
        [
          { text: 'Friday, Jan. 5', value: '2023-01-05' },
          { text: '7, 2023', value: '2023-01-07' },
        ],
      ],
      [
        'Agents searched the homes on March 14 and 15, 2024.',
        null,
        [
          { text: 'March 14', value: '2024-03-14' },
          { text: '15, 2024', value: '2024-03-15' },
        ],
      ],
      ['It opened on March 1, 2024.', null, [{ text: 'March 1, 2024', value: '2024-03-01' }]],
      [
        'The checks ran 1-3 March 2024.',
        null,
        [
          { text: '1', value: '2024-03-01' },
          { text: '3 March 2024', value: '2024-03-03' },
        ],
      ],
      // A count after the second number: no range of days.
      ['In May 2 to 4 people were seen.', '2024-03-18', [{ text: 'May 2', value: '2023-05-02' }]],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('years before 1900', () => {
    const cases: Case[] = [
      [
        'He was charged with wounding under the Offences Against the Person Act 1861.',
        null,
        [{ text: '1861', value: '1861', type: 'DATE' }],
      ],
      [
        'He admitted an offence contrary to section 4 of the Explosive Substances Act 1883 and was remanded.',
        null,
        [{ text: '1883', value: '1883', type: 'DATE' }],
      ],
      ['The Metropolitan Police was founded in 1829.', null, [{ text: '1829', value: '1829' }]],
      ['The law has stood since 1861, when it was passed.', null, [{ text: '1861', value: '1861' }]],
      ['In 1829 the force had 1000 officers.', null, [{ text: '1829', value: '1829' }]],
      // Counts stay counts.
      ['Some 1500 officers were deployed.', null, []],
      ['The helpline took an average of 1500 calls.', null, []],
      ['There was a rise in 1500 cases.', null, []],
      ['Calls fell by a drop in 1800.', null, []],
      [
        'The Act 1861 reference: see the year 1861.',
        null,
        [
          { text: '1861', value: '1861' },
          { text: 'the year 1861', value: '1861' },
        ],
      ],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('"a year" and "a week"', () => {
    const cases: Case[] = [
      [
        'Wildlife crime is worth up to £17 billion a year globally, making it the fourth largest international crime.',
        '2026-01-08',
        [{ text: 'a year', value: 'P1Y', type: 'SET' }],
      ],
      // After a figure, "a year earlier" is the time back to the earlier figure, not a rate.
      [
        'The number of officers per 100,000 population was 244, up from 236 a year earlier.',
        null,
        [{ text: 'a year', value: 'P1Y', type: 'DURATION' }],
      ],
      // "a year on average" and "a year before tax" are still rates.
      [
        'Since 2019, violent crime has dropped by 3,000 offences a year on average.',
        null,
        [
          { text: '2019', value: '2019' },
          { text: 'a year', value: 'P1Y', type: 'SET' },
        ],
      ],
      ['He earned £50,000 a year before tax.', null, [{ text: 'a year', value: 'P1Y', type: 'SET' }]],
      [
        'There were 561 reports a month, up from 400 a month later.',
        null,
        [
          { text: 'a month', value: 'P1M', type: 'SET' },
          { text: 'a month', value: 'P1M', type: 'DURATION' },
        ],
      ],
      [
        'The Met’s intensifying clampdown on the £50million-a-year trade in stolen phones has seen 230 people arrested in the space of a week and more than one thousand handsets seized.',
        null,
        [
          { text: 'a-year', value: 'P1Y', type: 'SET' },
          { text: 'a week', value: 'P1W', type: 'DURATION' },
        ],
      ],
      [
        'Those responsible for the theft, handling, and onward criminal supply or exportation of smartphones were specifically targeted during a week of co-ordinated activity across London.',
        null,
        [{ text: 'a week', value: 'P1W', type: 'DURATION' }],
      ],
      [
        'He spent a year in custody and the scheme costs £5m a year.',
        null,
        [
          { text: 'a year', value: 'P1Y', type: 'DURATION' },
          { text: 'a year', value: 'P1Y', type: 'SET' },
        ],
      ],
      ['It was a year of change for the force.', null, []],
      // "a week ago" is a date, as "two weeks ago" is.
      [
        'He was arrested a week ago.',
        '2024-03-18',
        [{ text: 'a week ago', value: '2024-W11', type: 'DATE' }],
      ],
      [
        'A year ago, the unit opened; a fortnight ago it moved, and two weeks ago it closed.',
        '2024-03-18',
        [
          { text: 'A year ago', value: '2023', type: 'DATE' },
          { text: 'a fortnight ago', value: '2024-W10', type: 'DATE' },
          { text: 'two weeks ago', value: '2024-W10', type: 'DATE' },
        ],
      ],
      ['The scheme began a month ago.', null, [{ text: 'a month ago', value: 'XXXX-XX', type: 'DATE' }]],
      ['It was a week of action.', '2024-03-18', []],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('durations without a count', () => {
    const cases: Case[] = [
      [
        'NCA has broken new ground in fight against serious and organised crime during first year of operation.',
        null,
        [{ text: 'first year', value: 'P1Y', type: 'DURATION' }],
      ],
      ['The scheme helped 300 families in its first month.', null, [{ text: 'first month', value: 'P1M' }]],
      // A part of a month, not a length of time.
      [
        'Patrols doubled in the first week of March.',
        REF,
        [{ text: 'the first week of March', value: '2024-03', type: 'DATE', mod: 'START' }],
      ],
      ['She is a first-year student.', null, []],
      [
        '“You will be arrested. You will be prosecuted. You will spend decades behind bars. It is not worth it.”',
        null,
        [{ text: 'decades', value: 'PXDE', type: 'DURATION' }],
      ],
      [
        'The people behind these violent and dangerous attacks on private property will face decades in prison.',
        null,
        [{ text: 'decades', value: 'PXDE', type: 'DURATION' }],
      ],
      ['Decades of research back the approach.', null, []],
      [
        'The number of firefighters has increased from previous days in response to predicted weather forecast and conditions.',
        '2022-01-03',
        [{ text: 'previous days', value: 'PAST_REF', type: 'DATE' }],
      ],
      [
        'Crews worked through the previous days.',
        '2022-01-03',
        [{ text: 'the previous days', value: 'PXD', type: 'DURATION' }],
      ],
      [
        'On average, the agency arrested 293 fugitives per day (based on 250 operational days).',
        null,
        [
          { text: 'per day', value: 'P1D', type: 'SET' },
          { text: '250 operational days', value: 'P250D', type: 'DURATION' },
        ],
      ],
      ['He must appear within three working days.', null, [{ text: 'three working days', value: 'P3D' }]],
      ['The 10 full-time officers joined.', null, []],
      [
        'They have brought crime down, improved resolution rates and reduced burglary rates to an 18 year low.',
        null,
        [{ text: '18 year', value: 'P18Y', type: 'DURATION' }],
      ],
      ['The 18 year old was arrested.', null, []],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('seasons, holidays and the rest of a week', () => {
    const cases: Case[] = [
      [
        'The seizures this autumn were part of an annual international operation to combat illegal wildlife smuggling – representing a 73% increase from 2023.',
        '2026-01-08',
        [
          { text: 'this autumn', value: '2025-FA' },
          { text: 'annual', value: 'P1Y', type: 'SET' },
          { text: '2023', value: '2023' },
        ],
      ],
      ['Extra patrols will start this autumn.', '2026-01-08', [{ text: 'this autumn', value: '2026-FA' }]],
      [
        '"As we go into Labor Day weekend, I want to highlight the collective efforts of the FBI and our law enforcement partners to eradicate violent criminal activity," said Director Christopher Wray.',
        '2023-09-01',
        [{ text: 'Labor Day weekend', value: '2023-W35-WE', type: 'DATE' }],
      ],
      [
        'Officers were busy over the Easter weekend.',
        '2024-04-03',
        [{ text: 'the Easter weekend', value: '2024-W13-WE' }],
      ],
      [
        'ATF, U.S. Park Service Offer Up To $7,500 Reward in Christmas Morning Arson',
        '2015-12-28',
        [{ text: 'Christmas Morning', value: '2015-12-25TMO', type: 'TIME' }],
      ],
      [
        'Crews are expected to remain at the fire ground for the rest of the week.',
        '2024-09-02',
        [{ text: 'the rest of the week', value: '2024-W36', type: 'DATE' }],
      ],
      ['The rest of the team stayed.', REF, []],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })

  describe('parts of a day', () => {
    const cases: Case[] = [
      [
        'Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) New Orleans Field Division, the National Park Service, U.S. Department of Interior, along with the FBI are investigating a fire set to the structure of the childhood home of former U.S. President Bill Clinton in the early morning hours of Dec. 25, 2015.',
        null,
        [
          {
            text: 'the early morning hours of Dec. 25, 2015',
            value: '2015-12-25TMO',
            type: 'TIME',
            mod: 'START',
          },
        ],
      ],
      [
        'On Dec. 25, in the early morning hours, a passing motorist reported the fire to the local authorities.',
        '2015-12-28',
        [{ text: 'Dec. 25, in the early morning hours', value: '2015-12-25TMO', type: 'TIME', mod: 'START' }],
      ],
      [
        'The man was attacked in the early hours.',
        REF,
        [{ text: 'the early hours', value: '2024-03-18TMO', type: 'TIME', mod: 'START' }],
      ],
      ['Early results look good.', REF, []],
      // "early" and "late" before a day or a part of one are part of the mention.
      [
        'Early this morning, Police executed a search warrant at an Auckland address on Portage Road, New Lynn with the assistance of the Armed Offenders Squad.',
        '2022-01-12',
        [{ text: 'Early this morning', value: '2022-01-12TMO', type: 'TIME', mod: 'START' }],
      ],
      [
        'The car was taken early Sunday morning.',
        REF,
        [{ text: 'early Sunday morning', value: '2024-03-17TMO', type: 'TIME', mod: 'START' }],
      ],
      [
        'Late last night officers were called to a disturbance.',
        REF,
        [{ text: 'Late last night', value: '2024-03-17TNI', type: 'TIME', mod: 'END' }],
      ],
      [
        'He was arrested late Friday evening and charged early yesterday.',
        REF,
        [
          { text: 'late Friday evening', value: '2024-03-15TEV', type: 'TIME', mod: 'END' },
          { text: 'early yesterday', value: '2024-03-17', type: 'DATE', mod: 'START' },
        ],
      ],
      [
        'She left the party early last night and arrived too late Friday.',
        REF,
        [
          { text: 'early last night', value: '2024-03-17TNI', type: 'TIME', mod: 'START' },
          { text: 'late Friday', value: '2024-03-15', type: 'DATE', mod: 'END' },
        ],
      ],
      [
        'Police were called in the early hours of Tuesday 19 March.',
        REF,
        [{ text: 'the early hours of Tuesday 19 March', value: '2024-03-19TMO', type: 'TIME', mod: 'START' }],
      ],
      [
        'The first-rate team met this morning.',
        REF,
        [{ text: 'this morning', value: '2024-03-18TMO', type: 'TIME' }],
      ],
      // With no reference, a part of a day keeps its part: the day is unknown, not the part.
      [
        'Early this morning, police executed a warrant.',
        null,
        [{ text: 'Early this morning', value: 'XXXX-XX-XXTMO', type: 'TIME', mod: 'START' }],
      ],
      [
        'He was seen this afternoon, last night and yesterday afternoon; he is due back tonight.',
        null,
        [
          { text: 'this afternoon', value: 'XXXX-XX-XXTAF', type: 'TIME' },
          { text: 'last night', value: 'XXXX-XX-XXTNI', type: 'TIME' },
          { text: 'yesterday afternoon', value: 'XXXX-XX-XXTAF', type: 'TIME' },
          { text: 'tonight', value: 'XXXX-XX-XXTNI', type: 'TIME' },
        ],
      ],
      ['He was charged today.', null, [{ text: 'today', value: 'XXXX-XX-XX', type: 'DATE' }]],
      [
        'A man was arrested on Friday 15 March. This morning he was charged.',
        null,
        [
          { text: 'Friday 15 March', value: 'XXXX-03-15', type: 'DATE' },
          { text: 'This morning', value: 'XXXX-XX-XXTMO', type: 'TIME' },
        ],
      ],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))

    it('dates a part of the day by the day named in an earlier paragraph', () => {
      const text = [
        'MAY 14— A special team of Drug Enforcement Administration agents from Dallas helped arrest more than 30 methamphetamine trafficking suspects in Oklahoma and Arkansas on Wednesday, May 5, 2004.',
        'The early-morning roundup stems from a six-month investigation in which the DEA team, assisted by state and federal authorities from Oklahoma and Arkansas, worked undercover to arrest major drug distributors.',
      ].join('\n\n')
      const found = findDates(text, { reference: '2004-05-14' })
      expect(found.map((m) => [m.text, m.value, m.type, m.mod])).toEqual([
        ['MAY 14', '2004-05-14', 'DATE', null],
        ['Wednesday, May 5, 2004', '2004-05-05', 'DATE', null],
        ['early-morning', '2004-05-05TMO', 'TIME', 'START'],
        ['six-month', 'P6M', 'DURATION', null],
      ])
    })

    it('gives "later that day" the day named before it, never the publication day', () => {
      const found = findDates(
        'He was attacked on Saturday 9 March. He returned later that day and again that evening.',
        {
          reference: REF,
        },
      )
      expect(found.map((m) => [m.text, m.value, m.type])).toEqual([
        ['Saturday 9 March', '2024-03-09', 'DATE'],
        // "later" does not change the day, so it stays out, as in "later today".
        ['that day', '2024-03-09', 'DATE'],
        ['that evening', '2024-03-09TEV', 'TIME'],
      ])
      expect(findDates('He returned later that day.', { reference: REF }).map((m) => m.value)).toEqual([
        'XXXX-XX-XX',
      ])
    })
  })

  describe('clock times, fiscal years and ranges of months as releases write them', () => {
    it.each([
      ['Police were called at 2100hrs on Friday.', '2100hrs on Friday', '2024-03-15T21:00'],
      ['Officers attended at 0730hrs.', '0730hrs', '2024-03-18T07:30'],
      ['In fiscal 2022 the agency seized more fentanyl than ever.', 'fiscal 2022', 'FY2022'],
      ['Patrols ran between March and May.', 'March', '2023-03'],
      ['Patrols ran between March and May.', 'May', '2023-05'],
      ['Patrols will run between November and February.', 'November', '2024-11'],
      ['Patrols will run between November and February.', 'February', '2025-02'],
    ])('reads %s', (text, mention, value) => {
      expect(findDates(text, { reference: REF }).map((m) => [m.text, m.value])).toContainEqual([
        mention,
        value,
      ])
    })

    it('reads no time in hours of work and no fiscal year in a count', () => {
      expect(findDates('Volunteers gave 2100hrs of their time.', { reference: REF })).toEqual([])
      expect(findDates('The fiscal 2,022 figure was revised.', { reference: REF })).toEqual([])
    })
  })

  describe('a time on a weekday of an unknown week', () => {
    it('joins the time to the weekday, and gives the times after it that day', () => {
      const found = (text: string) => findDates(text).map((m) => [m.text, m.value])
      // A sentence of a release written for the tests, in the shape of a UK police appeal.
      expect(
        found('If you were on Fishergate between 2pm and 2.30pm on Friday, please get in touch.'),
      ).toEqual([
        ['2pm', 'XXXX-WXX-5T14:00'],
        ['2.30pm on Friday', 'XXXX-WXX-5T14:30'],
      ])
      expect(found('Officers were called at 3am on Sunday. At 4am he was arrested.')).toEqual([
        ['3am on Sunday', 'XXXX-WXX-7T03:00'],
        ['4am', 'XXXX-WXX-7T04:00'],
      ])
      expect(found('He was seen at 11pm on Saturday night.')).toEqual([
        ['11pm on Saturday night', 'XXXX-WXX-6T23:00'],
      ])
    })
  })

  describe('a weekday with last or next after it', () => {
    // The reference, 2024-03-18, is a Monday.
    it.each([
      ['He was arrested on Tuesday last week.', 'Tuesday last week', '2024-03-12'],
      ['He was arrested on Monday last week.', 'Monday last week', '2024-03-11'],
      ['The hearing is on Sunday next week.', 'Sunday next week', '2024-03-31'],
      ['Gardaí were called to the house on Wednesday last.', 'Wednesday last', '2024-03-13'],
      ['The man was arrested on Friday last, 15 March.', 'Friday last', '2024-03-15'],
      ['The court will sit on Friday next at 10am.', 'Friday next at 10am', '2024-03-22T10:00'],
    ])('reads %s', (text, mention, value) => {
      expect(findDates(text, { reference: REF }).map((m) => [m.text, m.value])).toContainEqual([
        mention,
        value,
      ])
    })

    it('keeps "last year" apart from the weekday before it', () => {
      expect(
        findDates('He was charged on Tuesday last year.', { reference: REF }).map((m) => m.text),
      ).toEqual(['Tuesday', 'last year'])
    })
  })

  describe('a day counted from the day named last', () => {
    it.each([
      [
        'On 3 March 2023, officers searched the house. The following day, he was arrested.',
        'The following day',
        '2023-03-04',
      ],
      ['He was arrested on Friday 8 March 2024 and charged the next day.', 'the next day', '2024-03-09'],
      [
        'He died on 12 May 2023; his brother had been stabbed the day before.',
        'the day before',
        '2023-05-11',
      ],
      [
        'The victim was taken to hospital on 2 June 2023 and died the same day.',
        'the same day',
        '2023-06-02',
      ],
      ['Officers were called on 9 March. The day after, a man was arrested.', 'The day after', '2024-03-10'],
    ])('reads %s', (text, mention, value) => {
      expect(findDates(text, { reference: REF }).map((m) => [m.text, m.value])).toContainEqual([
        mention,
        value,
      ])
    })

    it('keeps the day unknown when no day was named, never counting from the publication day', () => {
      expect(
        findDates('The following day, he was arrested.', { reference: REF }).map((m) => m.value),
      ).toEqual(['XXXX-XX-XX'])
    })

    it('reads no day counted from another event or in other senses of the words', () => {
      for (const text of [
        'The day before the hearing he fled the country.',
        'The next day of the trial was cancelled.',
        'It was the same day as the march.',
      ])
        expect(findDates(text, { reference: REF }).map((m) => m.text)).toEqual([])
    })
  })

  describe('what is not a date', () => {
    const cases: Case[] = [
      [
        'Acting United States Attorney April M. Leon announced that U.S. Chief Judge Shelly D. Dick sentenced Jonathan Wayne Lanaute, age 40, of Baton Rouge, Louisiana.',
        null,
        [],
      ],
      ['Sergeant June K. Adams and May Smith spoke.', null, []],
      ['The trial begins in April.', REF, [{ text: 'April', value: '2024-04' }]],
      ['The two arrested were a 32-year-old man and a 29-year-old woman.', null, []],
      [
        'A substantial amount of cash was recovered and two males, aged 38 and 27 were arrested on suspicion of facilitating/enhancing the ability of an organised crime group to commit a serious offence, contrary to Section 72 of the Criminal Justice Act 2006.',
        null,
        [{ text: '2006', value: '2006', type: 'DATE' }],
      ],
      ['Sterling, 47, was charged.', null, []],
      // Names that hold a day's name.
      ['He spoke to the Sunday Times about the case.', REF, []],
      ['The victim told the Mail on Sunday she was afraid.', REF, []],
      ['Officers from the Friday Harbor Police Department assisted.', REF, []],
      ['Fans gathered near Easter Road stadium.', REF, []],
      ['The Sunday Observer carried the story.', REF, []],
      [
        'Officers arrested him on Sunday after Sunday’s match, and will patrol over Easter and on Easter Sunday.',
        REF,
        [
          { text: 'Sunday', value: '2024-03-17' },
          { text: 'Sunday', value: '2024-03-17' },
          { text: 'Easter', value: '2024-03-31' },
          { text: 'Easter Sunday', value: '2024-03-31' },
        ],
      ],
      ['Merseyside Police on Sunday arrested a man.', REF, [{ text: 'Sunday', value: '2024-03-17' }]],
      ['The car was found on the Saturday night.', REF, [{ text: 'Saturday night', value: '2024-03-16TNI' }]],
    ]
    it.each(cases)('reads %s', (...c) => expectCase(c))
  })
})

describe("financial years as the publisher's country counts them", () => {
  /** A one-paragraph release from `source`, read against `reference`: each mention's text, value and interval. */
  const read = (source: string | null, text: string, reference: string) =>
    findDates(oneParagraphRelease(text, source), { reference }).map((m) => [m.text, m.value, m.start, m.end])

  it('reads a US fiscal year written with its number as October to September, named by its end', () => {
    // Quoted as the release wrote it (U.S. Marshals Service, 2024).
    const text =
      'the U.S. Marshals Service arrested 73,158 fugitives (27,861 on federal and 45,297 on state and local warrants) in fiscal year (FY) 2023.'
    expect(read('U.S. Department of Justice', text, '2024-03-18')).toEqual([
      ['fiscal year (FY) 2023', 'FY2023', '2022-10-01', '2023-09-30'],
    ])
    // With no country, the UK's year: April to March, named by its start.
    expect(read(null, 'Arrests rose in FY 2023.', '2024-03-18')).toEqual([
      ['FY 2023', 'FY2023', '2023-04-01', '2024-03-31'],
    ])
  })

  it('runs a New Zealand split year from July to June', () => {
    // Quoted as the release wrote it (New Zealand Government).
    const text =
      'Police baselines will be boosted by $42.4 million in the 2001-02 financial year with an extra $40.8 million in 2002-03.'
    const found = read('New Zealand Government', text, '2001-05-20')
    expect(found.slice(0, 2)).toEqual([
      ['2001', '2001', '2001-07-01', '2002-06-30'],
      ['02', '2002', '2001-07-01', '2002-06-30'],
    ])
  })

  it.each([
    // In March, a US federal year is already the one that ends next September; the UK's is not.
    ['U.S. Department of Justice', '2024-03-18', 'FY2024', '2023-10-01', '2024-09-30'],
    ['Australian Federal Police', '2024-03-18', 'FY2024', '2023-07-01', '2024-06-30'],
    ['New Zealand Police', '2024-08-20', 'FY2025', '2024-07-01', '2025-06-30'],
    ['Royal Canadian Mounted Police', '2024-03-18', 'FY2024', '2023-04-01', '2024-03-31'],
    [null, '2024-03-18', 'FY2023', '2023-04-01', '2024-03-31'],
    ['Metropolitan Police', '2024-08-20', 'FY2024', '2024-04-01', '2025-03-31'],
  ])(
    'names "this financial year" in a release of %s written on %s as %s',
    (source, reference, value, start, end) => {
      expect(read(source, 'Spending this financial year is on budget.', reference)).toEqual([
        ['this financial year', value, start, end],
      ])
    },
  )
})
