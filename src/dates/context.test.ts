/** The tense of a clause: a duty with a deadline ("must be received by") looks forward. */
import { describe, expect, it } from 'vitest'
import { tenseAt } from './context'
import { findDates } from './find-dates'
import { type Case, expectCase } from './test-helpers'

// After 31 March: a deadline of 31 March with "must" is next year's.
const REF = '2024-04-10'

/** The tense at the first occurrence of `mention` in `sentence`. */
function tenseOf(sentence: string, mention: string): string {
  const start = sentence.indexOf(mention)
  return tenseAt(sentence, start, start + mention.length)
}

describe('tenseAt', () => {
  it('reads a duty with a deadline as future', () => {
    expect(tenseOf('Applications must be received on or before 31 March.', 'on or before 31 March')).toBe(
      'future',
    )
    expect(tenseOf('Submissions should be made by 31 March.', '31 March')).toBe('future')
    expect(tenseOf('The fee has to be paid no later than 5 April.', '5 April')).toBe('future')
  })
  it('reads the penalty a defendant faces when sentenced as future', () => {
    // The US Attorneys' closing line: "faces up to … when sentenced" though "sentenced" ends in -ed.
    expect(
      tenseOf('He faces up to 20 years in federal prison when sentenced in September.', 'September'),
    ).toBe('future')
    expect(tenseOf('She faces a maximum penalty of life when sentenced on Sept. 17.', 'Sept. 17')).toBe(
      'future',
    )
    // Without the penalty, "when sentenced" after a past verb looks back.
    expect(tenseOf('He was 19 when sentenced in March.', 'March')).toBe('past')
  })
  it.each([
    ['The report is expected by the end of March.', 'the end of March'],
    ['Results are expected in March.', 'March'],
    ['A decision is expected on Friday.', 'Friday'],
    ['The sentencing is scheduled in March.', 'March'],
  ])('reads what is expected or scheduled by or in a time as future: %s', (sentence, mention) => {
    expect(tenseOf(sentence, mention)).toBe('future')
  })
  it('leaves the past of an expectation, and "it is expected that" before a past, in the past', () => {
    expect(tenseOf('The report was expected in March.', 'March')).toBe('past')
    expect(tenseOf('It is expected that the man died in March.', 'March')).toBe('past')
  })
  it('leaves a duty that looks back, or has no deadline, alone', () => {
    expect(tenseOf('He must have known by 31 March that the money was stolen.', '31 March')).toBe('past')
    expect(
      tenseOf('Anyone with information about the incident on Saturday should call 101.', 'Saturday'),
    ).toBe('none')
  })
})

describe('deadlines after a modal', () => {
  const cases: Case[] = [
    [
      'Applications must be received on or before 31 March.',
      REF,
      [{ text: 'on or before 31 March', value: '2025-03-31', mod: 'ON_OR_BEFORE' }],
    ],
    ['Submissions should be made by 31 March.', REF, [{ text: '31 March', value: '2025-03-31' }]],
    ['Nominations must be submitted by March.', REF, [{ text: 'March', value: '2025-03' }]],
    // Not deadlines: a duty that looks back, and an appeal about a day gone by.
    [
      'He must have known by 31 March that the money was stolen.',
      REF,
      [{ text: '31 March', value: '2024-03-31' }],
    ],
    [
      'Anyone who witnessed the crash on 2 April should contact police.',
      REF,
      [{ text: '2 April', value: '2024-04-02' }],
    ],
    // Applications received in the past stay in the past.
    [
      'Applications were received on or before 31 March.',
      REF,
      [{ text: 'on or before 31 March', value: '2024-03-31', mod: 'ON_OR_BEFORE' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a modal of what may come', () => {
  it('reads "could", "might" and "may" before a verb as future, as "will" is', () => {
    expect(tenseOf('The works could finish on Friday.', 'Friday')).toBe('future')
    expect(tenseOf('Drivers might face delays on Monday.', 'Monday')).toBe('future')
    expect(tenseOf('The road may reopen in March.', 'March')).toBe('future')
    expect(tenseOf('Crews might not be on site until June.', 'June')).toBe('future')
    expect(tenseOf('Could the scheme start in April?', 'April')).toBe('future')
    expect(tenseOf('The council said the road could reopen in March.', 'March')).toBe('future')
  })

  it('reads a perfect after a modal as past, and leaves "could not" and the month "May" alone', () => {
    expect(tenseOf('The works could have finished on Friday.', 'Friday')).toBe('past')
    expect(tenseOf('The works may well have finished on Friday.', 'Friday')).toBe('past')
    expect(tenseOf('Officers could not find him on Friday.', 'Friday')).toBe('none')
    expect(tenseOf('In May officers arrested a man.', 'May')).toBe('past')
    expect(tenseOf('The fair in May draws crowds.', 'May')).toBe('none')
  })

  it('resolves the mention ahead of the day of writing', () => {
    expect(findDates('The works could finish on Monday.', { reference: '2024-05-15' })[0]?.value).toBe(
      '2024-05-20',
    )
    expect(findDates('The road may reopen in March.', { reference: '2024-05-15' })[0]?.value).toBe('2025-03')
    expect(findDates('The works could have finished on Monday.', { reference: '2024-05-15' })[0]?.value).toBe(
      '2024-05-13',
    )
  })
})

describe('the stop of an abbreviation inside a sentence', () => {
  // A Tuesday: "Monday" in a future clause is next week's, in a past one yesterday.
  const TUESDAY = '2024-12-03'
  it('reads the tense across "a.m." and "p.m." before a word in lower case', () => {
    expect(tenseOf('He is scheduled to appear in court at 9 a.m. on Monday.', 'Monday')).toBe('future')
    expect(tenseOf('The hearing will begin at 2 p.m. on Friday.', 'Friday')).toBe('future')
    expect(tenseOf('He was arrested at 9 a.m. on Monday.', 'Monday')).toBe('past')
  })
  it('reads the tense across "a.m." and "p.m." before a weekday, as US releases write the day', () => {
    expect(tenseOf('Deputies responded at 9 p.m. Friday to a report of a shooting.', 'Friday')).toBe('past')
    expect(tenseOf('The suspect will be arraigned at 10 a.m. Monday.', 'Monday')).toBe('future')
    // Near-misses: a capital that is no weekday after the stop, or a weekday glued to more letters.
    expect(tenseOf('The shop closed at 2 a.m. Fridays are busy and officers attend.', 'Fridays')).toBe('none')
  })
  it('reads the tense across a month written short before its day', () => {
    expect(tenseOf('Police will host a community meeting on Dec. 12 and again in January.', 'January')).toBe(
      'future',
    )
  })
  it('still ends a sentence at a stop before a capital', () => {
    // Near-misses: the stop after "a.m." or a month's word ends the sentence when a capital follows.
    expect(tenseOf('The shop closed at 2 a.m. Officers attend on Friday.', 'Friday')).toBe('none')
    expect(tenseOf('Sentencing will follow in Dec. The jury convicted him in May.', 'May')).toBe('past')
  })
  const cases: Case[] = [
    [
      'He is scheduled to appear in court at 9 a.m. on Monday.',
      TUESDAY,
      [{ text: '9 a.m. on Monday', value: '2024-12-09T09:00', type: 'TIME' }],
    ],
    [
      'He was arrested at 9 a.m. on Monday.',
      TUESDAY,
      [{ text: '9 a.m. on Monday', value: '2024-12-02T09:00' }],
    ],
    [
      'Deputies responded at 11:52 p.m. Friday to a report of a shooting.',
      TUESDAY,
      [{ text: '11:52 p.m. Friday', value: '2024-11-29T23:52' }],
    ],
    [
      'Police will host a community meeting on Dec. 12 and again in January.',
      TUESDAY,
      [
        { text: 'Dec. 12', value: '2024-12-12' },
        { text: 'January', value: '2025-01' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a short verb in "-ed"', () => {
  it('reads "died" as past', () => {
    expect(tenseOf('The man died in hospital on Friday.', 'Friday')).toBe('past')
    // Near-miss: the present stays without a tense.
    expect(tenseOf('Fewer people die on the roads at Easter.', 'Easter')).toBe('none')
  })
})

describe('a verb whose past is written as its present', () => {
  it('reads it as past after a subject in the singular', () => {
    expect(tenseOf('The storm hit on Labor Day.', 'Labor Day')).toBe('past')
    expect(tenseOf('Hurricane Milton hit the coast of Florida on Thursday.', 'Thursday')).toBe('past')
    expect(tenseOf('A man hurt his back at work on Monday.', 'Monday')).toBe('past')
    expect(tenseOf('She cut the ribbon at the new library on Friday.', 'Friday')).toBe('past')
    expect(tenseOf('The shop shut its doors for good on Saturday.', 'Saturday')).toBe('past')
  })
  it('reads it as past after a noun subject in the plural, told of once', () => {
    expect(tenseOf('The storms hit on Monday.', 'Monday')).toBe('past')
    expect(tenseOf('Heavy rains hit the region in March.', 'March')).toBe('past')
    expect(tenseOf('Thieves cut the padlock on Thursday.', 'Thursday')).toBe('past')
    // Near-miss: a word in -s that is no subject keeps the rule of the word before.
    expect(tenseOf('The road is cut off on Thursday.', 'Thursday')).toBe('none')
  })
  it('leaves an infinitive, a modal, a plural subject, a negation and a noun alone', () => {
    expect(tenseOf('The storm is expected to hit on Labor Day.', 'Labor Day')).toBe('future')
    expect(tenseOf('The storm will hit the coast on Thursday.', 'Thursday')).toBe('future')
    expect(tenseOf('The storm could hit land on Thursday.', 'Thursday')).toBe('future')
    expect(tenseOf('Storms hit the coast every winter.', 'winter')).toBe('none')
    expect(tenseOf('Floods often hit the town in spring.', 'spring')).toBe('none')
    expect(tenseOf('We hit the road on Thursday.', 'Thursday')).toBe('none')
    expect(tenseOf('A direct hit is possible on Thursday.', 'Thursday')).toBe('none')
    expect(tenseOf('The cut applies from Monday.', 'Monday')).toBe('none')
    expect(tenseOf('Services are to be cut on Thursday.', 'Thursday')).toBe('none')
  })
})

describe('a weekday after a verb whose past is written as its present', () => {
  // Wednesday 20 November 2024.
  const cases: Case[] = [
    ['The storm hit the coast on Thursday.', '2024-11-20', [{ text: 'Thursday', value: '2024-11-14' }]],
    ['A van hit a lamp post on Thursday.', '2024-11-20', [{ text: 'Thursday', value: '2024-11-14' }]],
    [
      'The storm is expected to hit the coast on Thursday.',
      '2024-11-20',
      [{ text: 'Thursday', value: '2024-11-21' }],
    ],
    ['The storm will hit the coast on Thursday.', '2024-11-20', [{ text: 'Thursday', value: '2024-11-21' }]],
    ['The storms hit the coast on Thursday.', '2024-11-20', [{ text: 'Thursday', value: '2024-11-14' }]],
    ['The storms will hit the coast on Thursday.', '2024-11-20', [{ text: 'Thursday', value: '2024-11-21' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a present perfect', () => {
  it('reads arrangements announced for a period as future', () => {
    expect(tenseOf('The council has confirmed its plans for Friday.', 'Friday')).toBe('future')
    expect(tenseOf('Road closures have been agreed over the bank holiday.', 'the bank holiday')).toBe(
      'future',
    )
    expect(tenseOf('We’ve shared our opening times for the Christmas and New Year period.', 'New Year')).toBe(
      'future',
    )
  })
  it('reads what is done as past', () => {
    expect(tenseOf('The unit has taken 40 knives off the streets in March.', 'March')).toBe('past')
    expect(tenseOf('The council has confirmed 40 arrests over the summer.', 'the summer')).toBe('past')
    // The arrangement is in another clause than the announcing verb.
    expect(tenseOf('Plans were drawn up and the council has announced the results for March.', 'March')).toBe(
      'past',
    )
  })
})

describe('a rule or order that takes effect', () => {
  it('looks forward in its own clause, whatever the clause before says', () => {
    expect(tenseOf('The board approved the budget, which takes effect Dec. 1.', 'Dec. 1')).toBe('future')
    expect(tenseOf('Ministers agreed the order, which comes into force on 1 September.', '1 September')).toBe(
      'future',
    )
    expect(tenseOf('The new limits go into effect in March.', 'March')).toBe('future')
  })
  it('looks back once it has taken effect', () => {
    expect(tenseOf('The order came into force on 1 September.', '1 September')).toBe('past')
    expect(tenseOf('The budget, which took effect Dec. 1, was approved.', 'Dec. 1')).toBe('past')
  })
})

describe('reading a yearless day after a rule that takes effect', () => {
  const cases: Case[] = [
    [
      'The Cook County Board today approved the budget, which takes effect Dec. 1.',
      REF,
      [
        { text: 'today', value: '2024-04-10' },
        { text: 'Dec. 1', value: '2024-12-01' },
      ],
    ],
    [
      'Tougher penalties for assaulting an emergency worker take effect in March.',
      REF,
      [{ text: 'March', value: '2025-03' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('what police will allege', () => {
  it('is past: the future is the charge, not the events it alleges', () => {
    expect(tenseOf('Police will allege that about 10.45am on Sunday the man entered a shop.', 'Sunday')).toBe(
      'past',
    )
    expect(tenseOf('It will be alleged the man entered a shop on Sunday.', 'Sunday')).toBe('past')
  })
  it('leaves a future of its own in the sentence', () => {
    expect(tenseOf('Police will allege the man will appear in court on Monday.', 'Monday')).toBe('future')
    expect(tenseOf('Police allege he will be sentenced on Monday.', 'Monday')).toBe('future')
  })
})

describe('an expectation of what has been', () => {
  it('is past: a perfect infinitive guesses at a time gone', () => {
    expect(tenseOf('GDP is expected to have been flat in Q4.', 'Q4')).toBe('past')
    expect(tenseOf('Output is estimated to have fallen in March.', 'March')).toBe('past')
    expect(tenseOf('Prices were thought to have peaked in October.', 'October')).toBe('past')
  })
  it('leaves a future: a plain infinitive, a deadline, and "have" as a verb of its own', () => {
    expect(tenseOf('GDP is expected to grow in Q4.', 'Q4')).toBe('future')
    expect(tenseOf('Sales are expected to have recovered by June.', 'June')).toBe('future')
    expect(tenseOf('He is expected to have a hearing in June.', 'June')).toBe('future')
  })
  it('reads the quarter gone', () => {
    expectCase(['GDP is expected to have been flat in Q4.', REF, [{ text: 'Q4', value: '2023-Q4' }]])
  })
})

describe('what was said on a day', () => {
  it('is past when "that" opens what was said right after the day', () => {
    expect(
      tenseOf('The WFP warned on Thursday that it faces a shortfall over the next six months.', 'Thursday'),
    ).toBe('past')
    expect(tenseOf('The minister said on Monday that the scheme will open next year.', 'Monday')).toBe('past')
    expect(tenseOf('The council confirmed on Tuesday, that the road will reopen.', 'Tuesday')).toBe('past')
  })
  it('leaves a future before the day, and a day inside what was said, as they were', () => {
    expect(tenseOf('The minister will say on Monday that the scheme will open next year.', 'Monday')).toBe(
      'future',
    )
    expect(tenseOf('Police said that on Tuesday the road will reopen.', 'Tuesday')).toBe('future')
  })

  // Written in December: the day of the telling is the March gone, whatever was told.
  const DECEMBER = '2024-12-05'
  const toldOnTheDay: Case[] = [
    [
      'He was told on 3 March he was to appear in court.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'Police said on 3 March they will patrol the area.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'He was told on 3 March the trial was to go ahead.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'Having been charged on 3 March, he will appear in court.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'After he was told on 3 March, he was to appear in court.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
  ]
  it.each(toldOnTheDay)(
    'is past when a clause with a subject of its own follows a past verb, "on" and the day: %s',
    (...c) => expectCase(c),
  )
  const notToldOnTheDay: Case[] = [
    // The day inside what was told, or after a verb in the present, is the told future's.
    [
      'He was told he was to appear in court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'He was told that on 3 March he will appear in court.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    ['He is told on 3 March he will appear in court.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    // No clause of its own after the day: the future is the subject's.
    ['Tickets released on 3 March will sell out.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    // A participle after a noun in a phrase a preposition opens is no verb of a clause.
    [
      'For the match scheduled on 3 March, the club will open early.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'Ahead of the event planned on 3 March, the council will close roads.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
  ]
  it.each(notToldOnTheDay)(
    'leaves the future without a past verb and "on" right before the day: %s',
    (...c) => expectCase(c),
  )
  it('reads a long run of subjects after the day in bounded time', () => {
    const text = `He was told on 3 March ${'the the he '.repeat(250)}was to appear. He was ${'told on '.repeat(250)}3 March he was to appear.`
    const started = Date.now()
    const found = findDates(text, { reference: DECEMBER })
    expect(found.map((d) => d.text)).toEqual(['3 March', '3 March'])
    expect(found[1]?.value).toBe('2024-03-03')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a participle of a done event right after its noun', () => {
  const DECEMBER = '2024-12-05'
  const doneBefore: Case[] = [
    [
      'A man arrested on Friday will appear at Leeds Magistrates Court today.',
      DECEMBER,
      [
        { text: 'Friday', value: '2024-11-29' },
        { text: 'today', value: '2024-12-05' },
      ],
    ],
    [
      'Three men charged on 28 November will appear in court next week.',
      DECEMBER,
      [
        { text: '28 November', value: '2024-11-28' },
        { text: 'next week', value: '2024-W50' },
      ],
    ],
    [
      'The man arrested on 3 March will appear in court.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    ['Items stolen on 3 March will be returned.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['Drugs seized on 3 March will be destroyed.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['Two men detained on 3 March will be questioned.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The boy found on 3 March will be named.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The man arrested Friday will appear in court.', DECEMBER, [{ text: 'Friday', value: '2024-11-29' }]],
    [
      'A woman arrested on Friday night will appear in court.',
      DECEMBER,
      [{ text: 'Friday night', value: '2024-11-29TNI' }],
    ],
    [
      'A man arrested at 2am on Friday will appear in court.',
      DECEMBER,
      [{ text: '2am on Friday', value: '2024-11-29T02:00' }],
    ],
    [
      'The car stolen in Leeds on 3 March will be returned.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'The man sentenced at Leeds Crown Court on 3 March will serve his term in Wakefield.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'Three men previously arrested on 3 March will be interviewed again.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'A man who was arrested on Friday will appear in court.',
      DECEMBER,
      [{ text: 'Friday', value: '2024-11-29' }],
    ],
    [
      'Jane Smith, charged on 3 March, will appear in court.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    ['Police will question a man arrested on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    [
      'Anyone with information about the man seen on Friday should call police.',
      DECEMBER,
      [{ text: 'Friday', value: '2024-11-29' }],
    ],
    [
      'The man found guilty on 3 March will be sentenced next month.',
      DECEMBER,
      [
        { text: '3 March', value: '2024-03-03' },
        { text: 'next month', value: '2025-01' },
      ],
    ],
    [
      'A man arrested by police on Friday will appear in court.',
      DECEMBER,
      [{ text: 'Friday', value: '2024-11-29' }],
    ],
    [
      'A man arrested on suspicion of murder on Friday will appear in court.',
      DECEMBER,
      [{ text: 'Friday', value: '2024-11-29' }],
    ],
    ['The man arrested in March will appear in court.', DECEMBER, [{ text: 'March', value: '2024-03' }]],
    [
      'A 27-year-old man charged with burglary on 3 March will appear in court.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'A man arrested at the scene on Friday will appear in court.',
      DECEMBER,
      [{ text: 'Friday', value: '2024-11-29' }],
    ],
    [
      'Items stolen from a car on 3 March will be returned.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'A woman arrested at her home in Bradford on Friday will appear in court.',
      DECEMBER,
      [{ text: 'Friday', value: '2024-11-29' }],
    ],
  ]
  it.each([
    ['A man arrested in the town centre on Friday will appear in court.', '2024-11-29'],
    ['A man arrested at the junction of Park Road on Friday will appear in court.', '2024-11-29'],
    ['Two men arrested at the railway station in Leeds on Friday will appear in court.', '2024-11-29'],
    ['A car stolen from the staff car park on Friday will be returned.', '2024-11-29'],
  ])(
    'reads two or three words of a place after "the" between the participle and the day: %s',
    (text, value) => {
      expect(findDates(text, { reference: DECEMBER }).map((d) => d.value)).toEqual([value])
    },
  )
  it.each([
    ['A man arrested at the scene will appear in court on Friday.', '2024-12-06'],
    ['A man arrested at the town centre store will appear on Friday.', '2024-12-06'],
    ['Anyone arrested in the town centre on Friday will be charged.', '2024-12-06'],
    ['A man will be charged at the police station on Friday.', '2024-12-06'],
  ])('keeps the tense when the words after "the" run into the clause or no noun leads: %s', (text, value) => {
    expect(findDates(text, { reference: DECEMBER }).at(-1)?.value).toBe(value)
  })
  it('reads a long run of places in lower case in bounded time', () => {
    const text = `A man arrested ${'at the town centre '.repeat(300)}on 3 March will appear. A man arrested in the ${'town '.repeat(300)}on 3 March will appear.`
    const started = Date.now()
    const found = findDates(text, { reference: DECEMBER })
    // The participle is beyond the window read before either day.
    expect(found.map((d) => d.value)).toEqual(['2025-03-03', '2025-03-03'])
    expect(Date.now() - started).toBeLessThan(2000)
  })
  it.each(doneBefore)('is past after a noun and a participle of a done event: %s', (...c) => expectCase(c))

  const keptAsItWas: Case[] = [
    // A participle of a plan looks ahead.
    ['The event scheduled on 3 March will go ahead.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['The hearing set for Friday will decide.', DECEMBER, [{ text: 'Friday', value: '2024-12-06' }]],
    ['The hearing listed for 3 March will go ahead.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      'The case adjourned to 3 March will be heard then.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    ['Tickets released on 3 March will sell out.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    // An auxiliary, a pronoun or "and" before the participle: it is the clause's own verb.
    ['He will be charged on Friday.', DECEMBER, [{ text: 'Friday', value: '2024-12-06' }]],
    ['He will be sentenced on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['He will be found guilty on Friday.', DECEMBER, [{ text: 'Friday', value: '2024-12-06' }]],
    // The participle's time is its own; the clause's day after it keeps the clause's tense.
    [
      'The man arrested in the raid returns on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'The man arrested on suspicion of burglary returns on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'The man arrested on suspicion of burglary is due in court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    // "in" leads a month's name only: a time that counts ahead keeps its reading.
    ['Those arrested in the new year will face court.', DECEMBER, [{ text: 'the new year', value: '2025' }]],
    [
      'The man arrested in May returns on 3 March.',
      DECEMBER,
      [
        { text: 'May', value: '2024-05' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
    ['The pair will be formally charged on Friday.', DECEMBER, [{ text: 'Friday', value: '2024-12-06' }]],
    ['He is expected to be charged on Friday.', DECEMBER, [{ text: 'Friday', value: '2024-12-06' }]],
    ['Drivers who are stopped on Friday will be fined.', DECEMBER, [{ text: 'Friday', value: '2024-12-06' }]],
    ['Anyone arrested on Friday will be charged.', DECEMBER, [{ text: 'Friday', value: '2024-12-06' }]],
    [
      'Every driver stopped on Christmas Day will be breathalysed.',
      DECEMBER,
      [{ text: 'Christmas Day', value: '2024-12-25' }],
    ],
    // "Stopped" is a campaign's word for drivers to come, so it is no done event.
    [
      'Drivers stopped on Christmas Day will be breathalysed.',
      DECEMBER,
      [{ text: 'Christmas Day', value: '2024-12-25' }],
    ],
    ['She faces up to life when sentenced on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      'The man will be sentenced at Leeds Crown Court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    // The past stays past.
    ['He was sentenced on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The centre opened on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    [
      'Officers arrested a man on Friday and he will appear in court on Monday.',
      DECEMBER,
      [
        { text: 'Friday', value: '2024-11-29' },
        { text: 'Monday', value: '2024-12-09' },
      ],
    ],
  ]
  it.each(keptAsItWas)(
    'keeps the tense a participle of a done event after a noun does not lead: %s',
    (...c) => expectCase(c),
  )
  it('reads a long run of participles and places in bounded time', () => {
    const text = `The man ${'arrested '.repeat(300)}on 3 March will appear. Items ${'stolen in Leeds '.repeat(300)}on 3 March will be returned. A man ${'arrested on suspicion of '.repeat(300)}on 3 March will appear. He will be ${'formally '.repeat(300)}charged on 3 March.`
    const started = Date.now()
    const found = findDates(text, { reference: DECEMBER })
    expect(found.map((d) => d.value).slice(0, 2)).toEqual(['2024-03-03', '2024-03-03'])
    expect(found).toHaveLength(4)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a participle joined by "and" to a passive after a future cue', () => {
  const DECEMBER = '2024-12-05'
  it.each([
    ['A man will be arrested and charged on Friday.', '2024-12-06'],
    ['A man will be arrested and charged on Friday, police said.', '2024-12-06'],
    ['A man will be arrested in Leeds and formally charged on Friday.', '2024-12-06'],
    ['He is expected to be interviewed and released on Friday.', '2024-12-06'],
  ])('shares the future of the first participle: %s', (text, value) => {
    expect(findDates(text, { reference: DECEMBER }).map((d) => d.value)).toEqual([value])
  })
  it.each([
    ['A man was arrested and charged on Friday.', '2024-11-29'],
    ['The man will be sentenced and police arrested him on Friday.', '2024-11-29'],
    ['He will be sentenced and was charged on Friday.', '2024-11-29'],
    ['He will be sentenced in March and he was charged on Friday.', '2024-11-29'],
  ])('keeps the past of a clause of its own after "and": %s', (text, value) => {
    expect(findDates(text, { reference: DECEMBER }).at(-1)?.value).toBe(value)
  })
  it('reads a long run of joined participles in bounded time', () => {
    const text = `A man will be arrested ${'and charged '.repeat(300)}on 3 March. He was ${'arrested and '.repeat(300)}charged on 3 March but will be sentenced later.`
    const started = Date.now()
    const found = findDates(text, { reference: DECEMBER })
    // The future cue is beyond the window read before the first day.
    expect(found.map((d) => d.text)).toEqual(['3 March', '3 March'])
    expect(found[1]?.value).toBe('2024-03-03')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('what is planned for a time', () => {
  it.each([
    ['The event is planned for the Easter holidays.', 'Easter'],
    ['More patrols are planned over Christmas.', 'Christmas'],
    ['A fun day is being planned for Christmas.', 'Christmas'],
    [
      'The event, which the council and its partners in the town centre have been working on, is planned for the Easter holidays.',
      'Easter',
    ],
  ])(
    'reads the present passive of planning as future, however far its subject runs: %s',
    (sentence, mention) => {
      expect(tenseOf(sentence, mention)).toBe('future')
    },
  )
  it('leaves an active or past planning, and "as planned", in the past', () => {
    expect(tenseOf('We had planned for months to hold it at Easter.', 'Easter')).toBe('past')
    expect(tenseOf('The raid was planned for Easter.', 'Easter')).toBe('past')
    expect(tenseOf('The works, as planned, finished at Easter.', 'Easter')).toBe('past')
  })
  it.each([
    ['3,000 extra patrols planned for summer', 'summer'],
    ['The concert planned for Saturday has been postponed.', 'Saturday'],
    ['Bridge roadworks slated for March', 'March'],
    ['A visit pencilled in for 12 June was confirmed by the palace.', '12 June'],
  ])('reads a plan its time follows straight, with no verb before it, as future: %s', (sentence, mention) => {
    expect(tenseOf(sentence, mention)).toBe('future')
  })
  it.each([
    ['Summer patrols planned', 'Summer'],
    ['Extra patrols planned this summer', 'this summer'],
    ['Summer road closures scheduled', 'Summer'],
    ['Road works proposed in March', 'March'],
    ['Extra patrols planned this summer\nOfficers will patrol the seafront.', 'this summer'],
  ])("reads a headline's plan, which leaves out its verb of being, as future: %s", (sentence, mention) => {
    expect(tenseOf(sentence, mention)).toBe('future')
  })
  it.each([
    // A sentence with its stop, a past verb with its object, or after a pronoun or an auxiliary.
    ['Extra patrols planned this summer.', 'this summer'],
    ['Gang planned robbery in March', 'March'],
    ['The raid we planned in March', 'March'],
    ['Police said the raid was planned in March', 'March'],
  ])("leaves a headline's past, or a sentence's, as it was: %s", (sentence, mention) => {
    expect(tenseOf(sentence, mention)).not.toBe('future')
  })
  it('reads a long headline of plans in bounded time', () => {
    const text = `${'patrols planned in March, '.repeat(300)}`
    expect(findDates(text, { reference: '2024-12-10' })).toHaveLength(300)
    const line = 'Summer patrols planned'
    expect(tenseOf(`${'Patrols planned in March\n'.repeat(300)}${line}`, 'Summer')).toBe('future')
  })
  it('leaves a planning told in the past, with its subject, as it was', () => {
    expect(tenseOf('The raid was planned for Easter.', 'Easter')).toBe('past')
    expect(tenseOf('We had planned for Easter.', 'Easter')).toBe('past')
    expect(tenseOf('They planned for March and delivered.', 'March')).toBe('past')
  })
})

describe('plans as a noun', () => {
  it('reads "plans to" after an article, a possessive or first in the sentence as no future', () => {
    expect(tenseOf('Plans to transform the town centre moved a step closer on Wednesday.', 'Wednesday')).toBe(
      'past',
    )
    expect(tenseOf("The council's plans to build homes were approved on Wednesday.", 'Wednesday')).toBe(
      'past',
    )
    expect(tenseOf('The aims to cut crime were agreed on Monday.', 'Monday')).toBe('past')
  })
  it('keeps the verb, and a future of its own beside the noun', () => {
    expect(tenseOf('The council plans to approve the scheme on Wednesday.', 'Wednesday')).toBe('future')
    expect(tenseOf('The force aims to finish the work by Friday.', 'Friday')).toBe('future')
    expect(tenseOf('New plans to cut crime will be unveiled on Wednesday.', 'Wednesday')).toBe('future')
  })
})

describe('a future seen from a past saying', () => {
  it('reads a reported "would" before the mention as future', () => {
    expect(tenseOf('Police said extra patrols would run over the Christmas period.', 'Christmas')).toBe(
      'future',
    )
    expect(tenseOf('Extra patrols would be out over Christmas, the force confirmed.', 'Christmas')).toBe(
      'future',
    )
    expect(tenseOf('The council said the road would not reopen until Monday.', 'Monday')).toBe('future')
  })
  it('leaves a habit, a past conditional, a past perfect and a "would" after the mention', () => {
    expect(tenseOf('Officers said the suspect would often visit at Christmas.', 'Christmas')).toBe('past')
    expect(tenseOf('He said the shop would have been shut at Christmas.', 'Christmas')).toBe('past')
    expect(tenseOf('She told police he had said he would come round on Christmas Day.', 'Christmas')).toBe(
      'past',
    )
    expect(tenseOf('The man said on Christmas Day that he would leave.', 'Christmas')).toBe('past')
    expect(tenseOf('He said he would return after he was released on Friday.', 'Friday')).toBe('past')
    expect(tenseOf('The court heard he said he would kill her on Friday.', 'Friday')).toBe('past')
  })
  it('needs a verb of saying: a "would" alone is no future', () => {
    expect(tenseOf('The shop was busy as it would be every Christmas.', 'Christmas')).toBe('past')
  })
})

describe('a timetable in the present tense in a sentence that tells of a past', () => {
  const ref = '2025-03-12'
  const cases: Case[] = [
    [
      'The consultation opened on 3 March and closes on 31 March.',
      ref,
      [
        { text: '3 March', value: '2025-03-03' },
        { text: '31 March', value: '2025-03-31' },
      ],
    ],
    [
      'Applications opened last week and close on 2 April.',
      ref,
      [
        { text: 'last week', value: '2025-W10' },
        { text: '2 April', value: '2025-04-02' },
      ],
    ],
    [
      'The survey, which started in February, ends in April.',
      ref,
      [
        { text: 'February', value: '2025-02' },
        { text: 'April', value: '2025-04' },
      ],
    ],
    [
      'The report was published on 3 March; the consultation closes on 28 April.',
      ref,
      [
        { text: '3 March', value: '2025-03-03' },
        { text: '28 April', value: '2025-04-28' },
      ],
    ],
    [
      'The council met on 3 March and the new service goes live on 1 April.',
      ref,
      [
        { text: '3 March', value: '2025-03-03' },
        { text: '1 April', value: '2025-04-01' },
      ],
    ],
    // "until" after the timetable looks ahead: the next 31 January.
    [
      'The scheme was launched last year and runs until 31 January.',
      ref,
      [
        { text: 'last year', value: '2024' },
        { text: '31 January', value: '2026-01-31' },
      ],
    ],
    // Near misses: a state after a verb of being, an infinitive after a past, a past verb.
    ['The shop was open on 2 April.', ref, [{ text: '2 April', value: '2024-04-02' }]],
    ['The shop was forced to close on 2 April.', ref, [{ text: '2 April', value: '2024-04-02' }]],
    ['The exhibition opened on 2 April.', ref, [{ text: '2 April', value: '2024-04-02' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a thing set up to run on to a month', () => {
  const cases: Case[] = [
    [
      'The funding was approved in January to run until June.',
      '2025-03-12',
      [
        { text: 'January', value: '2025-01' },
        { text: 'June', value: '2025-06' },
      ],
    ],
    [
      'The company has certified three firms for the programme to run through June.',
      '2013-03-18',
      [{ text: 'June', value: '2013-06' }],
    ],
    [
      'A pilot was launched to last until September.',
      '2025-03-12',
      [{ text: 'September', value: '2025-09' }],
    ],
    // A narrative's "went on to" and "continued to" tell of the past.
    ['He went on to play for the club until June.', '2025-03-12', [{ text: 'June', value: '2024-06' }]],
    ['She continued to stay there until June.', '2025-03-12', [{ text: 'June', value: '2024-06' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a participle of an irregular verb in the present passive', () => {
  const ref = '2025-03-12'
  const cases: Case[] = [
    ['The parade is held in June.', ref, [{ text: 'June', value: '2025-06' }]],
    ['The award is made in November.', ref, [{ text: 'November', value: '2025-11' }]],
    ['The hearing is being held on 3 April.', ref, [{ text: '3 April', value: '2025-04-03' }]],
    ['The event, which is held in June, attracts thousands.', ref, [{ text: 'June', value: '2025-06' }]],
    // "after being" and any participle tells of a past.
    [
      'A woman is recovering after being hit by a car on Saturday.',
      ref,
      [{ text: 'Saturday', value: '2025-03-08' }],
    ],
    [
      'A man is in hospital after being stabbed on Saturday night.',
      ref,
      [{ text: 'Saturday night', value: '2025-03-08TNI' }],
    ],
    // Near misses: the same verbs in the past.
    ['The parade was held in June.', ref, [{ text: 'June', value: '2024-06' }]],
    ['He held a meeting in June.', ref, [{ text: 'June', value: '2024-06' }]],
    ['The award has been made in November.', ref, [{ text: 'November', value: '2024-11' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a verb of deferral before the day it defers to', () => {
  // Wednesday 12 March 2025: a day later in the year is ahead, whatever the tense.
  const WEDNESDAY = '2025-03-12'
  it('looks forward', () => {
    expect(tenseOf('Sentencing was continued to 6/12.', '6/12')).toBe('future')
    expect(tenseOf('The hearing was rescheduled for 20 May.', '20 May')).toBe('future')
  })
  const cases: Case[] = [
    [
      'The sentencing hearing was continued to June 12.',
      WEDNESDAY,
      [{ text: 'June 12', value: '2025-06-12' }],
    ],
    ['The meeting was rescheduled for 20 May.', WEDNESDAY, [{ text: '20 May', value: '2025-05-20' }]],
    ['The case was deferred to 9 June.', WEDNESDAY, [{ text: '9 June', value: '2025-06-09' }]],
    ['The trial was put back to 14 May.', WEDNESDAY, [{ text: '14 May', value: '2025-05-14' }]],
    ['The hearing has been moved to 20 May.', WEDNESDAY, [{ text: '20 May', value: '2025-05-20' }]],
    ['The judge continued the case to June 12.', WEDNESDAY, [{ text: 'June 12', value: '2025-06-12' }]],
    [
      'The judge adjourned the case until 10am on 14 May.',
      WEDNESDAY,
      [{ text: '10am on 14 May', value: '2025-05-14T10:00', type: 'TIME' }],
    ],
    // An extension, and a time of the day the day is put off to.
    ['The ban was extended to 20 February.', WEDNESDAY, [{ text: '20 February', value: '2026-02-20' }]],
    [
      'The deadline has been extended to 5pm on Monday.',
      WEDNESDAY,
      [{ text: '5pm on Monday', value: '2025-03-17T17:00', type: 'TIME' }],
    ],
    [
      'The hearing was adjourned to noon on Tuesday.',
      WEDNESDAY,
      [{ text: 'noon on Tuesday', value: '2025-03-18T12:00', type: 'TIME' }],
    ],
    // Near misses: "continued" as going on, and a day the remand was made on.
    ['The search continued until 14 May.', WEDNESDAY, [{ text: '14 May', value: '2024-05-14' }]],
    [
      'The cordon was extended to the park on Tuesday.',
      WEDNESDAY,
      [{ text: 'Tuesday', value: '2025-03-11' }],
    ],
    ['Officers continued the search until 14 May.', WEDNESDAY, [{ text: '14 May', value: '2024-05-14' }]],
    [
      'Officers continued to patrol the area on 14 May.',
      WEDNESDAY,
      [{ text: '14 May', value: '2024-05-14' }],
    ],
    ['He was remanded in custody on 14 May.', WEDNESDAY, [{ text: '14 May', value: '2024-05-14' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a court event a case is put off for, before its day', () => {
  // Thursday 1 May 2025: the hearing and the sentencing are still to come.
  const REF_MAY = '2025-05-01'
  const cases: Case[] = [
    ['The case was adjourned for sentencing on 14 May.', REF_MAY, [{ text: '14 May', value: '2025-05-14' }]],
    [
      'Judge Smith adjourned the case for sentence at Leeds Crown Court on 14 May.',
      REF_MAY,
      [{ text: '14 May', value: '2025-05-14' }],
    ],
    [
      'He admitted the offence and the case was adjourned for trial at Cardiff Crown Court in September.',
      REF_MAY,
      [{ text: 'September', value: '2025-09' }],
    ],
    [
      'He was remanded in custody to be sentenced at Snaresbrook Crown Court on 4 July.',
      REF_MAY,
      [{ text: '4 July', value: '2025-07-04' }],
    ],
    [
      'He was committed to the Crown Court for sentencing on 4 July.',
      REF_MAY,
      [{ text: '4 July', value: '2025-07-04' }],
    ],
    ['She was sent for trial on 9 June.', REF_MAY, [{ text: '9 June', value: '2025-06-09' }]],
    [
      'He was found guilty and remanded in custody pending sentencing on 3 June.',
      REF_MAY,
      [{ text: '3 June', value: '2025-06-03' }],
    ],
    [
      'He was remanded to the custody of the U.S. Marshals pending sentencing on June 12.',
      REF_MAY,
      [{ text: 'June 12', value: '2025-06-12' }],
    ],
    [
      'Both men were bailed ahead of a plea hearing on 10 June.',
      REF_MAY,
      [{ text: '10 June', value: '2025-06-10' }],
    ],
    ['He was released on bail until 12 August.', REF_MAY, [{ text: '12 August', value: '2025-08-12' }]],
    [
      'He was remanded in custody to appear at Leeds Crown Court on 3 June.',
      REF_MAY,
      [{ text: '3 June', value: '2025-06-03' }],
    ],
    ['She was bailed to appear on 10 June.', REF_MAY, [{ text: '10 June', value: '2025-06-10' }]],
    // New Zealand's courts: the accused is remanded to reappear.
    [
      'He was remanded in custody to reappear in the Manukau District Court on 21 May.',
      REF_MAY,
      [{ text: '21 May', value: '2025-05-21' }],
    ],
    [
      'She has been remanded on bail to reappear on 3 June.',
      REF_MAY,
      [{ text: '3 June', value: '2025-06-03' }],
    ],
    ['He is due to be sentenced on 4 July.', REF_MAY, [{ text: '4 July', value: '2025-07-04' }]],
    // Near misses: the day of the arrest, the appearance, the adjournment and the offences.
    ['He was arrested on 14 May.', REF_MAY, [{ text: '14 May', value: '2024-05-14' }]],
    ['He appeared at court on 3 June.', REF_MAY, [{ text: '3 June', value: '2024-06-03' }]],
    ['He appeared for sentencing on 3 June.', REF_MAY, [{ text: '3 June', value: '2024-06-03' }]],
    ['The case was adjourned on 14 May.', REF_MAY, [{ text: '14 May', value: '2024-05-14' }]],
    ['He committed offences up to 3 June.', REF_MAY, [{ text: '3 June', value: '2024-06-03' }]],
    [
      'Officers were sent to the scene for a review on 4 July.',
      REF_MAY,
      [{ text: '4 July', value: '2024-07-04' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a day with no tense at the turn of the year', () => {
  const cases: Case[] = [
    // Written in December, a January day the clause gives no tense is next month's.
    [
      'Applications for the second round open on January 15.',
      '2024-12-10',
      [{ text: 'January 15', value: '2025-01-15' }],
    ],
    ['The deadline for entries is 12 January.', '2024-12-20', [{ text: '12 January', value: '2025-01-12' }]],
    // Written in January, a late-December day is last month's, and so is the week to it.
    [
      'The figures cover the week to 28 December.',
      '2025-01-06',
      [{ text: 'the week to 28 December', value: '2024-W52', start: '2024-12-22', end: '2024-12-28' }],
    ],
    // A past or future clause, or a day far from the turn, keeps its rule.
    ['He was arrested on January 15.', '2024-12-10', [{ text: 'January 15', value: '2024-01-15' }]],
    ['He will appear in court on December 20.', '2025-01-05', [{ text: 'December 20', value: '2025-12-20' }]],
    // (A close or an opening in the present is always the next one: see "a timetable in the present".)
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a month with no tense at the turn of the year', () => {
  const cases: Case[] = [
    // Written in December, January with no tense is next month's.
    ['The sale starts in January.', '2024-12-10', [{ text: 'January', value: '2025-01' }]],
    [
      'The festival runs in January and February.',
      '2024-12-10',
      [
        { text: 'January', value: '2025-01' },
        { text: 'February', value: '2025-02' },
      ],
    ],
    // A past clause, a month further from the turn, and December written in January keep their rule.
    ['Crime in January was 4% lower.', '2024-12-10', [{ text: 'January', value: '2024-01' }]],
    ['Prices in January are higher.', '2024-11-10', [{ text: 'January', value: '2024-01' }]],
    ['Bins are collected later in December.', '2025-01-08', [{ text: 'December', value: '2025-12' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a participle after "not" or an adverb in the present passive', () => {
  const ref = '2016-10-19'
  const cases: Case[] = [
    [
      'Before the November meeting, the council is not expected to change the fees.',
      ref,
      [{ text: 'November', value: '2016-11' }],
    ],
    ["The shop isn't expected to reopen in March.", ref, [{ text: 'March', value: '2017-03' }]],
    ['The road is also closed on 2 November.', ref, [{ text: '2 November', value: '2016-11-02' }]],
    // Near misses: the past, with or without "not".
    ['The road was not closed on 2 November.', ref, [{ text: '2 November', value: '2015-11-02' }]],
    ['The council was expected to act in November.', ref, [{ text: 'November', value: '2015-11' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('"ahead of" or "in advance of" a day', () => {
  const ref = '2016-10-19'
  const cases: Case[] = [
    // Looks forward as "ahead of" does.
    ["Road closures in advance of Sunday's marathon.", ref, [{ text: 'Sunday', value: '2016-10-23' }]],
    ["Road closures ahead of Sunday's marathon.", ref, [{ text: 'Sunday', value: '2016-10-23' }]],
    // A past step taken ahead of a day readies for the one to come, when it is near.
    ['Officers were briefed ahead of the Nov. 8 parade.', ref, [{ text: 'Nov. 8', value: '2016-11-08' }]],
    ['Officers stepped up patrols ahead of 5 November.', ref, [{ text: '5 November', value: '2016-11-05' }]],
    [
      'The council raised fees in advance of the November budget.',
      ref,
      [{ text: 'November', value: '2016-11' }],
    ],
    // Near misses: a day gone, or months off, is the one gone.
    ['Officers stepped up patrols ahead of 5 October.', ref, [{ text: '5 October', value: '2016-10-05' }]],
    ['Officers stepped up patrols ahead of 5 March.', ref, [{ text: '5 March', value: '2016-03-05' }]],
    ['The council raised fees ahead of the April budget.', ref, [{ text: 'April', value: '2016-04' }]],
    // Near miss: "in advance" alone is no lead.
    ['Road closures were announced in advance on Sunday.', ref, [{ text: 'Sunday', value: '2016-10-16' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a clause of its own in the present inside a past sentence', () => {
  const ref = '2016-10-19'
  const cases: Case[] = [
    [
      'Demand remained high, according to the report, which is published ahead of a November 1 meeting.',
      ref,
      [{ text: 'November 1', value: '2016-11-01' }],
    ],
    ['She told residents that the meeting is on Nov. 28.', ref, [{ text: 'Nov. 28', value: '2016-11-28' }]],
    [
      'Police said that the man is due in court on 2 November.',
      ref,
      [{ text: '2 November', value: '2016-11-02' }],
    ],
    // Near misses: the clause's own verb is past, or a past verb follows in it.
    [
      'Police said that the man was arrested on 2 November.',
      ref,
      [{ text: '2 November', value: '2015-11-02' }],
    ],
    [
      'The man, who is from Leeds, was arrested on 2 November.',
      ref,
      [{ text: '2 November', value: '2015-11-02' }],
    ],
    [
      'She said the fair, which is held on 12 November, was a success.',
      ref,
      [{ text: '12 November', value: '2015-11-12' }],
    ],
    // No reporting verb before "that": the sentence's past stands.
    [
      'The report that is read on 2 November was published.',
      ref,
      [{ text: '2 November', value: '2015-11-02' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a relative clause with a tense of its own', () => {
  const ref = '2024-03-13'
  const cases: Case[] = [
    [
      'Supt Green said the operation, which began on Monday, will run until Easter.',
      ref,
      [
        { text: 'Monday', value: '2024-03-11' },
        { text: 'Easter', value: '2024-03-31' },
      ],
    ],
    [
      'Officers, who will patrol the area on Saturday, were briefed.',
      ref,
      [{ text: 'Saturday', value: '2024-03-16' }],
    ],
    // After the relative clause closes, the main clause's own verb: "is now taking bookings for June".
    [
      'Dr Patel said the clinic, which opened in January, is now taking bookings for June.',
      ref,
      [
        { text: 'January', value: '2024-01' },
        { text: 'now', value: 'PRESENT_REF' },
        { text: 'June', value: '2024-06' },
      ],
    ],
    // Near misses: the clause says nothing of its own, or the main clause is past.
    [
      'The man, who is from Leeds, was arrested on 2 November.',
      ref,
      [{ text: '2 November', value: '2023-11-02' }],
    ],
    [
      'Dr Patel said the clinic, which opened in January, took bookings for June.',
      ref,
      [
        { text: 'January', value: '2024-01' },
        { text: 'June', value: '2023-06' },
      ],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('a count of what is left before a day', () => {
  const ref = '2024-12-10'
  const cases: Case[] = [
    [
      'With just days to go until Christmas, police have launched their drink-drive campaign.',
      ref,
      [{ text: 'Christmas', value: '2024-12-25' }],
    ],
    [
      'With 10 days left until the 20 December deadline, 300 forms were returned.',
      ref,
      [
        { text: '10 days', value: 'P10D' },
        { text: '20 December', value: '2024-12-20' },
      ],
    ],
    // Near misses: "left" as a verb, and no count before it.
    ['Police left before Christmas.', ref, [{ text: 'Christmas', value: '2023-12-25' }]],
    [
      'The officers who left until 20 December were replaced.',
      ref,
      [{ text: '20 December', value: '2023-12-20' }],
    ],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe('an aside between commas or brackets, and a verb of coming back', () => {
  const OCTOBER = '2025-10-20'
  const cases: Case[] = [
    // The aside's past is not the clause's, and its year frames nothing; a return is to come.
    [
      'The festival, first held in 2019, returns on 12 July.',
      OCTOBER,
      [
        { text: '2019', value: '2019' },
        { text: '12 July', value: '2026-07-12' },
      ],
    ],
    [
      'The festival, founded in 1990, returns to Princes Street Gardens in July.',
      OCTOBER,
      [
        { text: '1990', value: '1990' },
        { text: 'July', value: '2026-07' },
      ],
    ],
    [
      'The market is back on 12 July, organisers announced.',
      OCTOBER,
      [{ text: '12 July', value: '2026-07-12' }],
    ],
    // Without a verb of coming back, the clause has no tense of its own: the writing year's.
    [
      'The man, arrested in Leeds, appears in court on 3 December.',
      OCTOBER,
      [{ text: '3 December', value: '2025-12-03' }],
    ],
    [
      'Jane Smith (pictured) opens the new centre on 12 December.',
      OCTOBER,
      [{ text: '12 December', value: '2025-12-12' }],
    ],
  ]
  it.each(cases)('%s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    // The clause's own past; a noun; a past before the verb.
    [
      'The festival, founded in 1990, returned on 12 July.',
      OCTOBER,
      [
        { text: '1990', value: '1990' },
        { text: '12 July', value: '2025-07-12' },
      ],
    ],
    [
      'Police raided the house, seized drugs, and arrested a man on 12 December.',
      OCTOBER,
      [{ text: '12 December', value: '2024-12-12' }],
    ],
    [
      'HMRC received 12 million returns on 31 January.',
      OCTOBER,
      [{ text: '31 January', value: '2025-01-31' }],
    ],
    ['Tax returns on 31 January rose by 5%.', OCTOBER, [{ text: '31 January', value: '2025-01-31' }]],
    ['The man did not return on 12 July.', OCTOBER, [{ text: '12 July', value: '2025-07-12' }]],
  ]
  it.each(nearMisses)('keeps the year: %s', (...c) => expectCase(c))
})

describe('a close or a deadline on a timetable in the present', () => {
  const DECEMBER = '2024-12-03'
  const cases: Case[] = [
    ['The consultation closes on 14 February.', DECEMBER, [{ text: '14 February', value: '2025-02-14' }]],
    [
      'Applications close at 5pm on 14 February.',
      DECEMBER,
      [{ text: '5pm on 14 February', value: '2025-02-14T17:00', type: 'TIME' }],
    ],
    ['Consultation closing on 14 February.', DECEMBER, [{ text: '14 February', value: '2025-02-14' }]],
    ['The deadline for entries is 12 March.', '2024-12-20', [{ text: '12 March', value: '2025-03-12' }]],
    ['The closing date is 14 February.', DECEMBER, [{ text: '14 February', value: '2025-02-14' }]],
    [
      'The consultation, which opened in May, closes on 14 February.',
      DECEMBER,
      [
        { text: 'May', value: '2024-05' },
        { text: '14 February', value: '2025-02-14' },
      ],
    ],
  ]
  it.each(cases)('looks ahead: %s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    ['The consultation closed on 14 February.', DECEMBER, [{ text: '14 February', value: '2024-02-14' }]],
    ['The deadline was 14 February.', DECEMBER, [{ text: '14 February', value: '2024-02-14' }]],
    // "close" as an adjective, and a past before the verb.
    ['The market remained close on 14 February.', DECEMBER, [{ text: '14 February', value: '2024-02-14' }]],
    [
      'Officers said the road closed on 14 February.',
      DECEMBER,
      [{ text: '14 February', value: '2024-02-14' }],
    ],
  ]
  it.each(nearMisses)('keeps the year: %s', (...c) => expectCase(c))
})

describe('an opening or running verb on a timetable in the present', () => {
  const DECEMBER = '2024-12-10'
  const cases: Case[] = [
    ['Tickets go on sale on 1 March.', DECEMBER, [{ text: '1 March', value: '2025-03-01' }]],
    ['The consultation opens on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['The count takes place on 12 March.', '2024-12-20', [{ text: '12 March', value: '2025-03-12' }]],
    ['The count takes place on 12 January.', '2024-10-20', [{ text: '12 January', value: '2025-01-12' }]],
    [
      'Entries open at 9am on 3 March.',
      DECEMBER,
      [{ text: '9am on 3 March', value: '2025-03-03T09:00', type: 'TIME' }],
    ],
    ['Roadworks begin in May.', DECEMBER, [{ text: 'May', value: '2025-05' }]],
    // A plural subject with a phrase after it: the verb is still the plural's.
    ['Tickets for the festival go on sale on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['Applications for the scheme open on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['The sale starts in January.', '2024-11-10', [{ text: 'January', value: '2025-01' }]],
    ['The festival runs on 3 June.', DECEMBER, [{ text: '3 June', value: '2025-06-03' }]],
    [
      'The centre, which closed in October, opens to the public on 3 March.',
      DECEMBER,
      [
        { text: 'October', value: '2024-10' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
  ]
  it.each(cases)('looks ahead: %s', (...c) => expectCase(c))

  // A timetable's clock, a comma, then its day; and a match's kick-off with its clock or "is".
  const TIME = 'TIME' as const
  const clocks: Case[] = [
    ['Doors open 7pm, 3 March.', DECEMBER, [{ text: '7pm, 3 March', value: '2025-03-03T19:00', type: TIME }]],
    [
      'Gates open 10am, 3 March.',
      DECEMBER,
      [{ text: '10am, 3 March', value: '2025-03-03T10:00', type: TIME }],
    ],
    [
      'The show starts 7.30pm, 14 February.',
      DECEMBER,
      [{ text: '7.30pm, 14 February', value: '2025-02-14T19:30', type: TIME }],
    ],
    [
      'The consultation closes 5pm, 3 March.',
      DECEMBER,
      [{ text: '5pm, 3 March', value: '2025-03-03T17:00', type: TIME }],
    ],
    ['Kick-off 3pm, 3 March.', DECEMBER, [{ text: '3pm, 3 March', value: '2025-03-03T15:00', type: TIME }]],
    [
      'Kick-off is at 3pm on 3 March.',
      DECEMBER,
      [{ text: '3pm on 3 March', value: '2025-03-03T15:00', type: TIME }],
    ],
    // The one under way, within the window.
    [
      'Doors open 7pm, 3 November.',
      DECEMBER,
      [{ text: '7pm, 3 November', value: '2024-11-03T19:00', type: TIME }],
    ],
  ]
  it.each(clocks)('looks ahead over a clock and a comma: %s', (...c) => expectCase(c))

  const clockMisses: Case[] = [
    [
      'Doors opened 7pm, 3 March.',
      DECEMBER,
      [{ text: '7pm, 3 March', value: '2024-03-03T19:00', type: TIME }],
    ],
    [
      'He was arrested 7pm, 3 March.',
      DECEMBER,
      [{ text: '7pm, 3 March', value: '2024-03-03T19:00', type: TIME }],
    ],
    ['The kick-off on 3 March was delayed.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
  ]
  it.each(clockMisses)('keeps the year over a clock and a comma: %s', (...c) => expectCase(c))

  // A past verb after the mention is the main verb of a subject that holds it: what happened then.
  const pastMainVerbs: Case[] = [
    [
      'Kick-off 3pm, 3 March was delayed.',
      DECEMBER,
      [{ text: '3pm, 3 March', value: '2024-03-03T15:00', type: TIME }],
    ],
    [
      'Kick-off 3pm, 3 March, was postponed by an hour.',
      DECEMBER,
      [{ text: '3pm, 3 March', value: '2024-03-03T15:00', type: TIME }],
    ],
    [
      'Kick-off: 3pm, 3 March was delayed by fog.',
      DECEMBER,
      [{ text: '3pm, 3 March', value: '2024-03-03T15:00', type: TIME }],
    ],
    [
      'Kick-off at 3pm on 3 March was cancelled.',
      DECEMBER,
      [{ text: '3pm on 3 March', value: '2024-03-03T15:00', type: TIME }],
    ],
  ]
  it.each(pastMainVerbs)('keeps the year before a past main verb: %s', (...c) => expectCase(c))

  // A past verb in another sentence, or one with its own subject, leaves the timetable ahead.
  const pastMainVerbMisses: Case[] = [
    [
      'Kick-off 3pm, 3 March was confirmed by the club.',
      DECEMBER,
      [{ text: '3pm, 3 March', value: '2025-03-03T15:00', type: TIME }],
    ],
    [
      'Kick-off 3pm, 3 March, was moved to suit fans.',
      DECEMBER,
      [{ text: '3pm, 3 March', value: '2025-03-03T15:00', type: TIME }],
    ],
    [
      'Kick-off 3pm, 3 March was set after talks.',
      DECEMBER,
      [{ text: '3pm, 3 March', value: '2025-03-03T15:00', type: TIME }],
    ],
    [
      'Kick-off 3pm, 3 March. It was moved from Saturday.',
      DECEMBER,
      [
        { text: '3pm, 3 March', value: '2025-03-03T15:00', type: TIME },
        { text: 'Saturday', value: '2024-12-07' },
      ],
    ],
    [
      'The centre opens on 3 March, it was announced today.',
      DECEMBER,
      [
        { text: '3 March', value: '2025-03-03' },
        { text: 'today', value: '2024-12-10' },
      ],
    ],
  ]
  it.each(pastMainVerbMisses)('looks ahead with a past verb elsewhere: %s', (...c) => expectCase(c))

  it('reads a long run of clocks and commas in bounded time', () => {
    const text = `Doors open ${'7pm, '.repeat(300)}3 March.`
    const found = findDates(text, { reference: DECEMBER })
    expect(found.at(-1)?.text).toBe('7pm, 3 March')
    expect(found.at(-1)?.value).toMatch(/^\d{4}-03-03T19:00$/)
  })

  // An opening a few weeks gone is the one under way: the writer copies its timetable.
  const underWay: Case[] = [
    [
      'Entries open on 1 December and close on 31 January.',
      DECEMBER,
      [
        { text: '1 December', value: '2024-12-01' },
        { text: '31 January', value: '2025-01-31' },
      ],
    ],
    ['Tickets go on sale on 1 November.', DECEMBER, [{ text: '1 November', value: '2024-11-01' }]],
    ['The count takes place on 12 November.', DECEMBER, [{ text: '12 November', value: '2024-11-12' }]],
    ['Sales open in November.', DECEMBER, [{ text: 'November', value: '2024-11' }]],
    // Further back, the next one.
    ['Tickets go on sale on 1 October.', DECEMBER, [{ text: '1 October', value: '2025-10-01' }]],
  ]
  it.each(underWay)('reads the one under way or the next: %s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    ['The consultation opened on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The festival took place on 3 June.', DECEMBER, [{ text: '3 June', value: '2024-06-03' }]],
    ['The doors of the hall opened on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    // A state, a noun, and a run told from its start (it may be under way).
    ['The museum is open on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The team got off to a good start on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The club’s launch on 3 March drew crowds.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    [
      'The exhibition runs from 1 October to 4 January.',
      DECEMBER,
      [
        { text: '1 October', value: '2024-10-01' },
        { text: '4 January', value: '2025-01-04' },
      ],
    ],
    ['The man who runs the shop died on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
  ]
  it.each(nearMisses)('keeps the year: %s', (...c) => expectCase(c))
})

describe('a verb of a timetable in the present, reported by a verb in the past', () => {
  const DECEMBER = '2024-12-10'
  const cases: Case[] = [
    [
      'Police said the man returns to court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'Officers said the road closes on 14 February.',
      DECEMBER,
      [{ text: '14 February', value: '2025-02-14' }],
    ],
    // A hearing's account of a thing to come, in the present.
    ['The court heard the trial is on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      'The court heard the man returns to court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    ['The court heard that the hearing is on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      'A spokesperson told the BBC the pool reopens on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'The council confirmed that the consultation opens on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'Police said the man, who was arrested on Friday, returns to court on 3 March.',
      DECEMBER,
      [
        { text: 'Friday', value: '2024-12-06' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
  ]
  it.each(cases)('looks ahead: %s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    // What was said is itself past, or the past is the sentence's own.
    ['Police said the man did not return on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    [
      'The man returned to court on 3 March, police said.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
  ]
  it.each(nearMisses)('keeps the year: %s', (...c) => expectCase(c))

  // A participle after the subject's noun tells of the subject, not of the clause's time.
  const participles: Case[] = [
    [
      'Police said the man arrested in May returns to court on 3 March.',
      DECEMBER,
      [
        { text: 'May', value: '2024-05' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
    [
      'The woman charged last week returns to court on 3 March.',
      DECEMBER,
      [
        { text: 'last week', value: '2024-W49' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
    [
      'The bridge damaged in the October floods reopens on 14 February.',
      DECEMBER,
      [
        { text: 'October', value: '2024-10' },
        { text: '14 February', value: '2025-02-14' },
      ],
    ],
    [
      'Officers said the teenager who was arrested on Friday returns to court on 3 March.',
      DECEMBER,
      [
        { text: 'Friday', value: '2024-12-06' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
    [
      'The consultation launched in October closes on 14 February.',
      DECEMBER,
      [
        { text: 'October', value: '2024-10' },
        { text: '14 February', value: '2025-02-14' },
      ],
    ],
  ]
  it.each(participles)('looks ahead past a participle after its noun: %s', (...c) => expectCase(c))

  const participleMisses: Case[] = [
    // The past is the clause's own verb: a pronoun, an auxiliary or "and" before it, or an object after it.
    [
      'Police said he arrested the man in May and returned on 3 March.',
      DECEMBER,
      [
        { text: 'May', value: '2024-05' },
        { text: '3 March', value: '2024-03-03' },
      ],
    ],
    ['The batsman scored two runs on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The man was arrested and returned on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
  ]
  it.each(participleMisses)('keeps the year past a participle: %s', (...c) => expectCase(c))

  it('reads a long run of participles in bounded time', () => {
    const text = `The man ${'arrested in May '.repeat(300)}returns on 3 March.`
    const found = findDates(text, { reference: DECEMBER })
    expect(found.at(-1)?.text).toBe('3 March')
  })

  // A relative clause with a pronoun as its subject tells of the noun before it, and so does a
  // relative pronoun right before the timetable's verb: the past is not the verb's.
  const relatives: Case[] = [
    [
      'Police said the man we arrested in May returns to court on 3 March.',
      DECEMBER,
      [
        { text: 'May', value: '2024-05' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
    [
      'The man they charged returns to court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'The road that we closed in October reopens on 14 February.',
      DECEMBER,
      [
        { text: 'October', value: '2024-10' },
        { text: '14 February', value: '2025-02-14' },
      ],
    ],
    [
      'Police said they arrested a man who returns to court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    // The participle's agent after "by".
    [
      'Police said the man who was arrested by officers in May returns to court on 3 March.',
      DECEMBER,
      [
        { text: 'May', value: '2024-05' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
    [
      'The man arrested by police in May returns to court on 3 March.',
      DECEMBER,
      [
        { text: 'May', value: '2024-05' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
  ]
  it.each(relatives)('looks ahead past a relative clause before the verb: %s', (...c) => expectCase(c))

  const relativeMisses: Case[] = [
    // The relative clause runs on to the verb, or the verb itself is past.
    [
      'The man was arrested by police and returned on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    ['The man we arrested did not return on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    [
      'The man arrested in May did not return on 3 March.',
      DECEMBER,
      [
        { text: 'May', value: '2024-05' },
        { text: '3 March', value: '2024-03-03' },
      ],
    ],
    [
      'Police said they arrested a man who returned to court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'HMRC said we received 12 million returns on 31 January.',
      DECEMBER,
      [{ text: '31 January', value: '2024-01-31' }],
    ],
    [
      'We arrested a man in May and he returned to court on 3 March.',
      DECEMBER,
      [
        { text: 'May', value: '2024-05' },
        { text: '3 March', value: '2024-03-03' },
      ],
    ],
  ]
  it.each(relativeMisses)('keeps the year past a relative clause: %s', (...c) => expectCase(c))

  it('reads a long run of relative clauses in bounded time', () => {
    const text = `The man ${'we arrested in May '.repeat(300)}returns on 3 March.`
    const found = findDates(text, { reference: DECEMBER })
    expect(found.at(-1)?.text).toBe('3 March')
  })
})

describe('what a plan named as a noun is to do', () => {
  const DECEMBER = '2024-12-10'
  const cases: Case[] = [
    ['The plan to widen the bridge in May was approved.', DECEMBER, [{ text: 'May', value: '2025-05' }]],
    [
      'Plans to close the library in May were approved on Tuesday.',
      DECEMBER,
      [
        { text: 'May', value: '2025-05' },
        { text: 'Tuesday', value: '2024-12-10' },
      ],
    ],
    [
      'The council’s proposals to build homes on the site in March were rejected.',
      DECEMBER,
      [{ text: 'March', value: '2025-03' }],
    ],
  ]
  it.each(cases)('looks ahead: %s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    // A verb of coming back read it so already.
    ['The plan to reopen the bridge in May was approved.', DECEMBER, [{ text: 'May', value: '2025-05' }]],
    // The mention is the sentence's own verb's, after the plan's words.
    [
      'Plans to transform the town centre moved a step closer on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    ['The plans to build homes were approved in May.', DECEMBER, [{ text: 'May', value: '2024-05' }]],
    ['The plan to cut crime was launched in May.', DECEMBER, [{ text: 'May', value: '2024-05' }]],
    // Not a plan: an attempt made.
    ['He made a bid to escape in May.', DECEMBER, [{ text: 'May', value: '2024-05' }]],
  ]
  it.each(nearMisses)('keeps its reading: %s', (...c) => expectCase(c))
})

describe('a day a thing is slated, set down or pencilled in for', () => {
  const DECEMBER = '2024-12-10'
  const cases: Case[] = [
    ['The event is slated for March 3.', DECEMBER, [{ text: 'March 3', value: '2025-03-03' }]],
    ['The hearing is set down for 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['The vote is pencilled in for 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['Construction is slated to begin in March.', DECEMBER, [{ text: 'March', value: '2025-03' }]],
  ]
  it.each(cases)('looks ahead: %s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    ['The hearing was held on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The project was slated by critics in March.', DECEMBER, [{ text: 'March', value: '2024-03' }]],
  ]
  it.each(nearMisses)('keeps the year: %s', (...c) => expectCase(c))
})

describe('a hearing told in the present, and "returns" after "and" closing a clause', () => {
  const DECEMBER = '2024-12-05'
  const cases: Case[] = [
    ['The man appears in court on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['He appears before magistrates on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      "He appears at Leeds Magistrates' Court on 3 March.",
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    ['The two men appear in court on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['She stands trial on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['He faces trial at Leeds Crown Court on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['He is due to be sentenced on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['He is to be sentenced on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      'He appeared in court on 1 March and is to be sentenced on 3 March.',
      DECEMBER,
      [
        { text: '1 March', value: '2024-03-01' },
        { text: '3 March', value: '2025-03-03' },
      ],
    ],
    ['He will appear in court on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['He was charged and appears in court on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      'Police said he was arrested by officers and returns to court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'He was charged and returns to Leeds Crown Court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    ['He was bailed and returns on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      'He was charged and returns to Leeds Crown Court for sentencing on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'The road was closed for repairs and opens on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    ['He is sentenced on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      'They are sentenced at Leeds Crown Court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    ['He is retried on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['The two men are tried on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      'He was charged and returns to the dock on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'She was bailed and returns before magistrates on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'He was charged and returns to the tribunal on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'He was charged and returns to the bench on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    ['The trial is on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['His trial is on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['The hearing is on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['The trial of the two men is on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['The start of the meeting is on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['The meeting is on Monday.', DECEMBER, [{ text: 'Monday', value: '2024-12-09' }]],
    ['The auction is on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    ['The consultation meetings are on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      'The hearing is at 10am on 3 March.',
      DECEMBER,
      [{ text: '10am on 3 March', value: '2025-03-03T10:00' }],
    ],
    ['He was charged and his trial is on 3 March.', DECEMBER, [{ text: '3 March', value: '2025-03-03' }]],
    [
      'The pool has been closed and resumes sessions on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'The library was shut and reopens its doors on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'The pools were closed and reopen their doors on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'The centre is closed and reopens to visitors on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'The museum was shut and opens to the public on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2025-03-03' }],
    ],
    [
      'The road is closed and reopens to traffic at 6am on 3 March.',
      DECEMBER,
      [{ text: '6am on 3 March', value: '2025-03-03T06:00' }],
    ],
    [
      'The pool is closed and resumes normal sessions at 9am on 3 March.',
      DECEMBER,
      [{ text: '9am on 3 March', value: '2025-03-03T09:00' }],
    ],
    // A relative clause between commas: the past after it is the main clause's.
    [
      'The man, who appears in court on 3 March, was charged on Friday.',
      DECEMBER,
      [
        { text: '3 March', value: '2025-03-03' },
        { text: 'Friday', value: '2024-11-29' },
      ],
    ],
    [
      'The festival, which returns on 12 July, was founded in 1990.',
      DECEMBER,
      [
        { text: '12 July', value: '2025-07-12' },
        { text: '1990', value: '1990' },
      ],
    ],
  ]
  it.each(cases)('looks ahead: %s', (...c) => expectCase(c))

  const nearMisses: Case[] = [
    ['He appeared in court on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    [
      'The man who appeared in court on 3 March was jailed.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    ['He did not appear in court on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['He was sentenced on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['He was retried on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The trial was on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    // What the court heard in the past stays past.
    ['The court heard the attack was on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The court heard the trial was on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The court heard he would kill her on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    [
      'The pool has been closed and resumed sessions on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'The centre was closed and reopened to visitors on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    // With no verb of being or having before "and", the opening verb is left to the clause's past.
    ['We cut costs and opens to visitors on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    // An object of a preposition or a finite verb makes the opening word a noun.
    [
      'Figures were released and starts of homes on 3 March rose.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'The pool was closed and its returns are up on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    // With no clause of its own before "and", the opening word is a noun.
    ['Sales and starts of homes on 3 March rose.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['We cut costs and starts new homes on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The hearings were on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The hearing on 3 March heard that he lied.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    // What attention is on is what the thing is about, not when it is.
    ['The focus of the meeting is on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The emphasis of the consultation is on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The focus of the meeting is on Monday.', DECEMBER, [{ text: 'Monday', value: '2024-12-02' }]],
    // "from" may tell of a run begun already.
    ['The trial is from 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    [
      'They were tried at Leeds Crown Court on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'He was found guilty and was sentenced on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    // "returns to" a place that hears no case is left to the clause's past.
    [
      'He was charged and returns to the shop on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    [
      'The road was closed for repairs and opened on 3 March.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    ['Sales and launches on 3 March rose.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    // "appears" with no court, judge or magistrates after it is no hearing.
    [
      'It appears in the report on 3 March the shop was closed.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    // "returns" after a noun, or after "and" with no clause of its own before it, is a noun.
    ['The firm filed its tax returns on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['We processed tax and returns on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    ['The man was arrested and returned on 3 March.', DECEMBER, [{ text: '3 March', value: '2024-03-03' }]],
    [
      'The man, who appeared in court on 3 March, was jailed.',
      DECEMBER,
      [{ text: '3 March', value: '2024-03-03' }],
    ],
    ['Kick-off 3pm, 3 March was delayed.', DECEMBER, [{ text: '3pm, 3 March', value: '2024-03-03T15:00' }]],
  ]
  it.each(nearMisses)('keeps the year: %s', (...c) => expectCase(c))

  it('reads a long run of court words in bounded time', () => {
    const text = `He appears ${'in court at court before magistrates '.repeat(250)}on 3 March. He was charged ${'and returns '.repeat(250)}to court on 3 March. The man, ${'who was seen '.repeat(250)}on 3 March, was jailed.`
    const found = findDates(text, { reference: DECEMBER })
    expect(found.map((d) => d.text)).toEqual(['3 March', '3 March', '3 March'])
    const trials = `The ${'trial of the trial is is '.repeat(250)}on 3 March. He was charged and returns ${'to the dock '.repeat(250)}on 3 March. It was shut and ${'resumes sessions '.repeat(250)}on 3 March. It was shut and reopens ${'to visitors '.repeat(250)}on 3 March.`
    const started = Date.now()
    const more = findDates(trials, { reference: DECEMBER })
    expect(more.map((d) => d.text)).toEqual(['3 March', '3 March', '3 March', '3 March'])
    const focus = findDates(`The focus ${'of the focus '.repeat(250)}of the meeting is on 3 March.`, {
      reference: DECEMBER,
    })
    expect(focus.map((d) => d.value)).toEqual(['2024-03-03'])
    expect(more[0]?.value).toBe('2025-03-03')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
