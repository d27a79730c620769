/** Yearless days and months one after another go forward, past the turn of the year. */
import { describe, expect, it } from 'vitest'
import { findDates } from './find-dates'
import { type Case, expectCase } from './test-helpers'

const DECEMBER = '2024-12-10'

describe('a yearless day after a day of the next year', () => {
  const cases: Case[] = [
    [
      'Applications open on January 15 and close on March 1.',
      DECEMBER,
      [
        { text: 'January 15', value: '2025-01-15' },
        { text: 'March 1', value: '2025-03-01', start: '2025-03-01' },
      ],
    ],
    // A range's start takes the year its end now has.
    [
      'The scheme runs from 15 January to 1 March.',
      DECEMBER,
      [
        { text: '15 January', value: '2025-01-15' },
        { text: '1 March', value: '2025-03-01' },
      ],
    ],
    // A run of several, across sentences of one paragraph, and a month alone.
    [
      'Entries open on 15 January, with interviews on 3 February. They close on 1 March.',
      DECEMBER,
      [
        { text: '15 January', value: '2025-01-15' },
        { text: '3 February', value: '2025-02-03' },
        { text: '1 March', value: '2025-03-01' },
      ],
    ],
    [
      'The trial opens on January 15 and ends in March.',
      DECEMBER,
      [
        { text: 'January 15', value: '2025-01-15' },
        { text: 'March', value: '2025-03' },
      ],
    ],
    // A year written on the first day carries too.
    [
      'Applications open on 15 January 2025 and close on 1 March.',
      DECEMBER,
      [
        { text: '15 January 2025', value: '2025-01-15' },
        { text: '1 March', value: '2025-03-01' },
      ],
    ],
    // A bound, or a part of a month, goes forward too.
    [
      'Entries open on 15 January and close no later than 1 March.',
      DECEMBER,
      [
        { text: '15 January', value: '2025-01-15' },
        { text: 'no later than 1 March', value: '2025-03-01', mod: 'ON_OR_BEFORE' },
      ],
    ],
    [
      'Entries open on 15 January; the judges meet in early February.',
      DECEMBER,
      [
        { text: '15 January', value: '2025-01-15' },
        { text: 'early February', value: '2025-02', mod: 'START' },
      ],
    ],
  ]
  it.each(cases)('%s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    // A past clause keeps its year.
    [
      'Applications open on 15 January. The scheme, launched on 3 March, has helped 400 people.',
      DECEMBER,
      [
        { text: '15 January', value: '2025-01-15' },
        { text: '3 March', value: '2024-03-03' },
      ],
    ],
    // A year alone breaks the run; a day after the reference is no day gone by.
    [
      'The plan runs to 2030 and was agreed on 1 March.',
      DECEMBER,
      [
        { text: '2030', value: '2030' },
        { text: '1 March', value: '2024-03-01' },
      ],
    ],
    [
      'The market opens on December 20 and the sale on January 8.',
      DECEMBER,
      [
        { text: 'December 20', value: '2024-12-20' },
        { text: 'January 8', value: '2025-01-08' },
      ],
    ],
    // A day earlier in the year than the one before it is no step forward.
    [
      'Applications open on 15 March 2025, as the review on 1 February showed.',
      DECEMBER,
      [
        { text: '15 March 2025', value: '2025-03-15' },
        { text: '1 February', value: '2024-02-01' },
      ],
    ],
  ]
  it.each(nearMisses)('keeps the year: %s', (...c) => expectCase(c))
})

describe('a yearless day in a clause a year frames', () => {
  const OCTOBER = '2025-10-24'
  const cases: Case[] = [
    [
      'In 2019, the festival was held on 12 July.',
      OCTOBER,
      [
        { text: '2019', value: '2019' },
        { text: '12 July', value: '2019-07-12' },
      ],
    ],
    [
      'In 2026, the marathon will take place on October 25.',
      OCTOBER,
      [
        { text: '2026', value: '2026' },
        { text: 'October 25', value: '2026-10-25' },
      ],
    ],
    // Without its comma, and a month alone.
    [
      'In 2019 police made 40 arrests in July.',
      OCTOBER,
      [
        { text: '2019', value: '2019' },
        { text: 'July', value: '2019-07' },
      ],
    ],
    // A year to come before the noun the sentence opens with, in figures or in words.
    [
      'The 2026 marathon will take place on October 25.',
      OCTOBER,
      [
        { text: '2026', value: '2026' },
        { text: 'October 25', value: '2026-10-25' },
      ],
    ],
    [
      "Next year's marathon will take place on October 25.",
      OCTOBER,
      [
        { text: 'Next year', value: '2026' },
        { text: 'October 25', value: '2026-10-25' },
      ],
    ],
  ]
  it.each(cases)('takes the framing year: %s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    // Another clause after a second comma: the report's day is the writing year's.
    [
      'In 2024, crime fell 5%, the report published on March 3 says.',
      OCTOBER,
      [
        { text: '2024', value: '2024' },
        { text: 'March 3', value: '2025-03-03' },
      ],
    ],
    // "By" and "since" frame nothing.
    [
      'By 2030, the council will open a new library on 1 March.',
      OCTOBER,
      [
        { text: '2030', value: '2030' },
        { text: '1 March', value: '2026-03-01' },
      ],
    ],
    [
      'Since 2019, the festival has been held on 12 July.',
      OCTOBER,
      [
        { text: '2019', value: '2019' },
        { text: '12 July', value: '2025-07-12' },
      ],
    ],
    // A year gone before a noun is what the thing is about; a model year names no day.
    [
      'The 2023 report was published on 3 March.',
      OCTOBER,
      [
        { text: '2023', value: '2023' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
    [
      'The 2019 Ford was stopped on 3 March.',
      OCTOBER,
      [
        { text: '2019', value: '2019' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
  ]
  it.each(nearMisses)('keeps the year its tense gives: %s', (...c) => expectCase(c))
})

describe('the end of a span on a timetable falls after its start', () => {
  const NOVEMBER = '2025-11-14'
  const cases: Case[] = [
    [
      'Applications open from 1 December and close on 31 January.',
      NOVEMBER,
      [
        { text: '1 December', value: '2025-12-01' },
        { text: '31 January', value: '2026-01-31' },
      ],
    ],
    [
      'The window opens on 1 December, and closes on January 31.',
      NOVEMBER,
      [
        { text: '1 December', value: '2025-12-01' },
        { text: 'January 31', value: '2026-01-31' },
      ],
    ],
    // A range after "from": the start keeps its year and the end follows it.
    [
      'The exhibition runs from 1 December to 31 January.',
      NOVEMBER,
      [
        { text: '1 December', value: '2025-12-01' },
        { text: '31 January', value: '2026-01-31' },
      ],
    ],
    [
      'The consultation opens in December and closes in February.',
      NOVEMBER,
      [
        { text: 'December', value: '2025-12' },
        { text: 'February', value: '2026-02' },
      ],
    ],
    // Told in the past, the span lies behind: its start goes back.
    [
      'Applications opened on 1 September and closed on 31 January.',
      NOVEMBER,
      [
        { text: '1 September', value: '2024-09-01' },
        { text: '31 January', value: '2025-01-31' },
      ],
    ],
    // The next sentence names the span again, by a pronoun or its noun.
    [
      'Registration opened on 1 September. It closed on 31 January.',
      NOVEMBER,
      [
        { text: '1 September', value: '2024-09-01' },
        { text: '31 January', value: '2025-01-31' },
      ],
    ],
    [
      'The consultation opened on 1 September. The consultation closed on 31 January.',
      NOVEMBER,
      [
        { text: '1 September', value: '2024-09-01' },
        { text: '31 January', value: '2025-01-31' },
      ],
    ],
    [
      'The exhibition opens on 1 December. It finishes on 31 January.',
      NOVEMBER,
      [
        { text: '1 December', value: '2025-12-01' },
        { text: '31 January', value: '2026-01-31' },
      ],
    ],
  ]
  it.each(cases)('%s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    // Another subject in the next sentence, or a sentence between.
    [
      'Registration opened on 1 September. The road closed on 31 January.',
      NOVEMBER,
      [
        { text: '1 September', value: '2025-09-01' },
        { text: '31 January', value: '2025-01-31' },
      ],
    ],
    [
      'Registration opened on 1 September. Demand was high. It closed on 31 January.',
      NOVEMBER,
      [
        { text: '1 September', value: '2025-09-01' },
        { text: '31 January', value: '2025-01-31' },
      ],
    ],
    // No verb of a timetable: a span of figures may lie behind.
    [
      'Figures from 1 December to 31 January show a rise.',
      NOVEMBER,
      [
        { text: '1 December', value: '2024-12-01' },
        { text: '31 January', value: '2025-01-31' },
      ],
    ],
    // The second day closes nothing the first opened.
    [
      'The market opens on 1 December and the report on 31 January showed a rise.',
      NOVEMBER,
      [
        { text: '1 December', value: '2025-12-01' },
        { text: '31 January', value: '2025-01-31' },
      ],
    ],
    // Another sentence, and years written.
    [
      'Entries open from 1 December. The last round closed on 31 January.',
      NOVEMBER,
      [
        { text: '1 December', value: '2025-12-01' },
        { text: '31 January', value: '2025-01-31' },
      ],
    ],
    [
      'Applications open from 1 December 2025 and close on 31 January 2025.',
      NOVEMBER,
      [
        { text: '1 December 2025', value: '2025-12-01' },
        { text: '31 January 2025', value: '2025-01-31' },
      ],
    ],
  ]
  it.each(nearMisses)('keeps the years: %s', (...c) => expectCase(c))
})

describe('a span on a timetable told in the present that ended a while before the writing day', () => {
  const cases: Case[] = [
    // Written in December, a run from March to May told in the present is the coming one.
    [
      'The exhibition runs from 1 March to 4 May.',
      DECEMBER,
      [
        { text: '1 March', value: '2025-03-01' },
        { text: '4 May', value: '2025-05-04' },
      ],
    ],
    [
      'The market runs from March to May.',
      DECEMBER,
      [
        { text: 'March', value: '2025-03' },
        { text: 'May', value: '2025-05' },
      ],
    ],
    [
      'Applications are open from 1 June to 31 August.',
      DECEMBER,
      [
        { text: '1 June', value: '2025-06-01' },
        { text: '31 August', value: '2025-08-31' },
      ],
    ],
    [
      'The festival starts on 1 July and ends on 4 September.',
      DECEMBER,
      [
        { text: '1 July', value: '2025-07-01' },
        { text: '4 September', value: '2025-09-04' },
      ],
    ],
  ]
  it.each(cases)('reads the coming span: %s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    // Told in the past, without a verb of a timetable, under way, or just ended.
    [
      'The exhibition ran from 1 March to 4 May.',
      DECEMBER,
      [
        { text: '1 March', value: '2024-03-01' },
        { text: '4 May', value: '2024-05-04' },
      ],
    ],
    [
      'Figures from 1 March to 4 May show a rise.',
      DECEMBER,
      [
        { text: '1 March', value: '2024-03-01' },
        { text: '4 May', value: '2024-05-04' },
      ],
    ],
    [
      'The exhibition runs from 1 October to 4 January.',
      DECEMBER,
      [
        { text: '1 October', value: '2024-10-01' },
        { text: '4 January', value: '2025-01-04' },
      ],
    ],
    [
      'The exhibition runs from 20 October to 5 December.',
      DECEMBER,
      [
        { text: '20 October', value: '2024-10-20' },
        { text: '5 December', value: '2024-12-05' },
      ],
    ],
    // A year written on one end keeps both where they are.
    [
      'The exhibition runs from 1 March 2024 to 4 May.',
      DECEMBER,
      [
        { text: '1 March 2024', value: '2024-03-01' },
        { text: '4 May', value: '2024-05-04' },
      ],
    ],
    // Written in April, the run is under way.
    [
      'The exhibition runs from 1 March to 4 May.',
      '2024-04-20',
      [
        { text: '1 March', value: '2024-03-01' },
        { text: '4 May', value: '2024-05-04' },
      ],
    ],
  ]
  it.each(nearMisses)('keeps the years: %s', (...c) => expectCase(c))
})

describe('a long run of spans on a timetable', () => {
  it('reads each in bounded time', () => {
    const text = 'The show runs from 1 March to 4 May, '.repeat(300)
    const found = findDates(text, { reference: DECEMBER })
    expect(found).toHaveLength(600)
  })
})
