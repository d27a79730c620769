import { describe, expect, it } from 'vitest'
import type { Statistic } from '../model'
import { OptionsError } from '../options'
import { splitReleases } from '../releases/split-releases'
import { findStatistics, parseStatistic } from './find-statistics'

type Expected = Pick<Statistic, 'text' | 'value' | 'unit' | 'qualifier'> &
  Partial<Pick<Statistic, 'measure' | 'change' | 'period' | 'rule'>>

/** Runs `findStatistics` on one sentence and checks every statistic, in order, with its offsets. */
function expectStatistics(sentence: string, expected: Expected[]): void {
  const found = findStatistics(sentence)
  expect(found.map((s) => s.text)).toEqual(expected.map((e) => e.text))
  let from = 0
  expected.forEach((e, n) => {
    const s = found[n]!
    const start = sentence.indexOf(e.text, from)
    from = start + e.text.length
    expect(s.span).toEqual({ start, end: start + e.text.length })
    expect(sentence.slice(s.span.start, s.span.end)).toBe(s.text)
    expect({ value: s.value, unit: s.unit, qualifier: s.qualifier }).toEqual({
      value: e.value,
      unit: e.unit,
      qualifier: e.qualifier,
    })
    if (e.measure !== undefined) expect(s.measure).toBe(e.measure)
    if (e.change !== undefined) expect(s.change).toBe(e.change)
    if (e.period !== undefined) expect(s.period).toBe(e.period)
    if (e.rule !== undefined) expect(s.rule).toBe(e.rule)
  })
}

const exact = (text: string, value: number, unit = 'count'): Expected => ({
  text,
  value,
  unit,
  qualifier: 'exact',
})

describe('findStatistics', () => {
  describe('digits', () => {
    const cases: Array<[string, Expected[]]> = [
      ['To date, 5,627 lines have been closed.', [exact('5,627', 5627)]],
      ['A total of 1,372 offences were recorded.', [exact('1,372', 1372)]],
      ['Officers made 16,500 arrests.', [exact('16,500', 16500)]],
      [
        'Some 10\u00a0000 calls came in.',
        [{ text: 'Some 10\u00a0000', value: 10000, unit: 'count', qualifier: 'approx' }],
      ],
      ['We answered 10\u202f000 calls.', [exact('10\u202f000', 10000)]],
      ['The average was 4.2 offences per officer.', [exact('4.2', 4.2)]],
      ['The balance stood at -3.5 overall.', [exact('-3.5', -3.5)]],
      ['This investigation saw a further 35 handguns seized.', [exact('35', 35)]],
      ['There were 2 million visits.', [exact('2 million', 2_000_000)]],
      ['In March 300 officers took part.', [exact('300', 300)]],
    ]
    for (const [sentence, expected] of cases) {
      it(`reads ${JSON.stringify(sentence)}`, () => expectStatistics(sentence, expected))
    }
  })

  describe('four digits that count rather than date', () => {
    const count = (text: string, value: number, measure: string): Expected => ({
      ...exact(text, value),
      measure,
    })
    const cases: Array<[string, Expected[]]> = [
      ['Police arrested 1000 people.', [count('1000', 1000, 'people')]],
      ['Apple hired 1500 people.', [count('1500', 1500, 'people')]],
      ['In total 1000 people were hired.', [count('1000', 1000, 'people')]],
      ['A total of 2000 officers were deployed.', [count('2000', 2000, 'officers')]],
      ['The council built 1500 new homes.', [count('1500', 1500, 'new homes')]],
      ['Another 1200 households were warned.', [count('1200', 1200, 'households')]],
      ['1500 officers were on duty.', [count('1500', 1500, 'officers')]],
      ['Police arrested 500 men and 1000 women.', [count('500', 500, 'men'), count('1000', 1000, 'women')]],
      // After a verb of change, "by" gives the change's size.
      ['The force grew by 1200 officers.', [{ ...count('1200', 1200, 'officers'), change: 'increase' }]],
      [
        'Officers made 40 arrests, and 1200 people were warned.',
        [count('40', 40, 'arrests'), count('1200', 1200, 'people')],
      ],
    ]
    for (const [sentence, expected] of cases) {
      it(`reads ${JSON.stringify(sentence)}`, () => expectStatistics(sentence, expected))
    }
    it('reads the size of a change before the level it reached, "by" being no year', () => {
      const found = findStatistics('The number of officers rose by 1500 to 12,000.')
      expect(found.map((x) => [x.value, x.change])).toEqual([
        [1500, 'increase'],
        [12000, null],
      ])
    })
  })

  describe('a figure after the word that opens its sentence', () => {
    it('reads "Only 20 of the 300" as two counts, the opening word being no name', () => {
      expect(findStatistics('Only 20 of the 300 officers were armed.').map((x) => x.text)).toEqual([
        '20',
        '300',
      ])
      expect(findStatistics('It said that. Nearly 40 of them left.').map((x) => x.value)).toContain(40)
    })

    it('reads a count after a preposition or an article that opens the sentence', () => {
      expect(findStatistics('In 12 of the 40 cases, no charges were brought.').map((x) => x.text)).toEqual([
        '12',
        '40',
      ])
      expect(findStatistics('The 3 of them were charged.').map((x) => x.text)).toEqual(['3'])
    })

    it('still reads a number after a name as part of it', () => {
      expect(findStatistics('Workstream 3 of the plan began.')).toEqual([])
    })
  })

  describe('percentages', () => {
    const cases: Array<[string, Expected[]]> = [
      ['Heroin seizures increase by 1293%.', [exact('1293%', 1293, 'percent')]],
      ['Thefts fell by 29 per cent last year.', [exact('29 per cent', 29, 'percent')]],
      ['Detection rose to 4.2% in the period.', [exact('4.2%', 4.2, 'percent')]],
      [
        'It reduces the time by around 40 per cent.',
        [{ text: 'around 40 per cent', value: 40, unit: 'percent', qualifier: 'approx' }],
      ],
      ['Confidence rose 3 percentage points.', [exact('3 percentage points', 3, 'percentage point')]],
      [
        'Some 12 percent of calls were abandoned.',
        [{ text: 'Some 12 percent', value: 12, unit: 'percent', qualifier: 'approx' }],
      ],
    ]
    for (const [sentence, expected] of cases) {
      it(`reads ${JSON.stringify(sentence)}`, () => expectStatistics(sentence, expected))
    }
  })

  describe('a paragraph written in capitals', () => {
    const cases: [string, Expected[]][] = [
      [
        'POLICE SEIZED 40 KILOS OF COCAINE AND ARRESTED 12 PEOPLE.',
        [
          { ...exact('40 KILOS', 40, 'kg'), measure: 'COCAINE' },
          { ...exact('12', 12), measure: 'PEOPLE' },
        ],
      ],
      ['OFFICERS ARRESTED 12 PEOPLE AND SEIZED 3 GUNS.', [exact('12', 12), exact('3', 3)]],
      // Near-misses: a name with its number in capitals, and prose whose capitals are a name's.
      ['CALL NHS 111 OR POLICE ON 101.', []],
      ['Call NHS 111 for advice.', []],
    ]
    for (const [sentence, expected] of cases) {
      it(`reads ${JSON.stringify(sentence)}`, () => expectStatistics(sentence, expected))
    }
  })

  describe('money', () => {
    const cases: Array<[string, Expected[]]> = [
      [
        'Up to £4.5m is available.',
        [{ text: 'Up to £4.5m', value: 4_500_000, unit: 'GBP', qualifier: 'upTo' }],
      ],
      ['They pledged £300k to the scheme.', [exact('£300k', 300_000, 'GBP')]],
      ['The fund is worth £5.4 million.', [exact('£5.4 million', 5_400_000, 'GBP')]],
      ['Fraud cost £2bn last year.', [exact('£2bn', 2_000_000_000, 'GBP')]],
      ['A further £120 million will follow.', [exact('£120 million', 120_000_000, 'GBP')]],
      ['The grant was £600,000.', [exact('£600,000', 600_000, 'GBP')]],
      ['It raised US$5m and NZ$300.', [exact('US$5m', 5_000_000, 'USD'), exact('NZ$300', 300, 'NZD')]],
      ['A$2,000 was seized.', [exact('A$2,000', 2000, 'AUD')]],
      ['They paid €40 each.', [exact('€40', 40, 'EUR')]],
      ['The contract is worth GBP 5m.', [exact('GBP 5m', 5_000_000, 'GBP')]],
      ['Fines of 50p were issued.', [exact('50p', 0.5, 'GBP')]],
      // Pence closing the sentence, and a time of day that is no money.
      ['A first-class stamp now costs 85p.', [exact('85p', 0.85, 'GBP')]],
      ['The fare rose to 50p. It starts at 8p.m. on Friday.', [exact('50p', 0.5, 'GBP')]],
      // A capitalised label before money written after its figure is no name with a number.
      ['EPS 12.3p (2023: 10.1p)', [exact('12.3p', 0.123, 'GBP'), exact('10.1p', 0.101, 'GBP')]],
      ['Dividend 5.2p per share.', [exact('5.2p', 0.052, 'GBP')]],
      ['EPS 12 pence.', [exact('12 pence', 0.12, 'GBP')]],
      // A video's lines glued to "p" are no pence; a share price above a pound still is.
      ['The suspect was caught on a 1080p camera.', []],
      ['Footage was recorded in 720p.', []],
      ['Shares closed at 125p.', [exact('125p', 1.25, 'GBP')]],
      // A sign glued to the digits after it opens their figure, not a sign after the one before.
      [
        'Revenue £45.2m (2023 £40.1m).',
        [exact('£45.2m', 45_200_000, 'GBP'), exact('£40.1m', 40_100_000, 'GBP')],
      ],
      // A fiscal year's code, a space and its year of two digits is no count.
      [
        'Revenue £45.2m (FY 23 £40.1m).',
        [exact('£45.2m', 45_200_000, 'GBP'), exact('£40.1m', 40_100_000, 'GBP')],
      ],
      [
        'Revenue £45.2m (fy 23 £40.1m).',
        [exact('£45.2m', 45_200_000, 'GBP'), exact('£40.1m', 40_100_000, 'GBP')],
      ],
      // Near-miss: the letters end a word of their own.
      ['The comfy 23 seats sold out.', [exact('23', 23)]],
      ['Officers seized 300 £5 notes.', [exact('300', 300), exact('£5', 5, 'GBP')]],
      ['Tickets cost 5 € each.', [exact('5 €', 5, 'EUR')]],
      // Near-misses: a name's number with no currency after it.
      ['Windows 11 users were warned.', []],
      ['Call NHS 111.', []],
      ['It cost five million pounds.', [exact('five million pounds', 5_000_000, 'GBP')]],
      [
        'Thousands of pounds in cash were found.',
        [{ text: 'Thousands of pounds', value: 2000, unit: 'GBP', qualifier: 'vague' }],
      ],
    ]
    for (const [sentence, expected] of cases) {
      it(`reads ${JSON.stringify(sentence)}`, () => expectStatistics(sentence, expected))
    }

    it('reads $ as the dollar of the release publisher', () => {
      const dump =
        'Drugs seized in Auckland\n\nSource: New Zealand Police\n\nPolice seized $20,000 in cash.\n'
      const release = splitReleases(dump).releases[0]!
      const [s] = findStatistics(release)
      expect(s).toMatchObject({ text: '$20,000', value: 20000, unit: 'NZD' })
      expect(dump.slice(s!.span.start, s!.span.end)).toBe('$20,000')
    })

    it('reads $ as the dollar the options name', () => {
      expect(findStatistics('It cost $5m.', { dollar: 'AUD' })[0]).toMatchObject({
        value: 5_000_000,
        unit: 'AUD',
      })
    })
  })

  describe('numbers in words', () => {
    const cases: Array<[string, Expected[]]> = [
      ['Three men were jailed.', [exact('Three', 3)]],
      ['So far nine people have been charged.', [exact('nine', 9)]],
      ['Officers seized thirty two phones.', [exact('thirty two', 32)]],
      ['Officers seized thirty-two phones.', [exact('thirty-two', 32)]],
      ['The port handles four million containers.', [exact('four million', 4_000_000)]],
      ['It reached a quarter-of-a-million people.', [exact('a quarter-of-a-million', 250_000)]],
      ['It reached half a million people.', [exact('half a million', 500_000)]],
      ['They found a dozen phones.', [exact('a dozen', 12)]],
      ['We made one hundred and six arrests.', [exact('one hundred and six', 106)]],
      ['This six-episode series is now available.', [exact('six', 6)]],
      // A capital that opens the sentence or follows a word apart from it names nothing.
      ['The Four were arrested in Leeds.', [exact('Four', 4)]],
      ['In Leeds, Four men were held.', [exact('Four', 4)]],
      // A hyphen to "figure" counts a sum's digits; the noun alone is counted.
      ['Six figures in the table were revised.', [exact('Six', 6)]],
      // A point zero before a unit is a measure; a verb in -ing opening the sentence takes a count.
      ['Seizing 300 phones took a day.', [exact('300', 300)]],
      ['Kent seized Cannabis 3.0 kg.', [{ text: '3.0 kg', value: 3, unit: 'kg', qualifier: 'exact' }]],
      // The number one is a single thing, in words or in digits; not a unit's one nor a range's end.
      ['Police arrested one man and 1 woman, and there was 1 abstention.', []],
      ['Officers made 12 arrests and seized 1 firearm.', [exact('12', 12)]],
      ['They seized 1 kg of heroin.', [{ text: '1 kg', value: 1, unit: 'kg', qualifier: 'exact' }]],
      ['There were 1 to 3 victims.', [exact('1 to 3', 1)]],
      // The size of a change is a figure, one included.
      [
        'Burglaries decreased by 1 on the month.',
        [{ text: '1', value: 1, unit: 'count', qualifier: 'exact', change: 'decrease' }],
      ],
    ]
    for (const [sentence, expected] of cases) {
      it(`reads ${JSON.stringify(sentence)}`, () => expectStatistics(sentence, expected))
    }
  })

  describe('vague quantities', () => {
    const vague = (text: string, value: number, unit = 'count'): Expected => ({
      text,
      value,
      unit,
      qualifier: 'vague',
    })
    const cases: Array<[string, Expected[]]> = [
      ['Dozens of young people had their say.', [vague('Dozens', 24)]],
      ['It recovered hundreds of rounds of ammunition.', [vague('hundreds', 200)]],
      ['Thousands attended the vigil.', [vague('Thousands', 2000)]],
      ['It required tens of thousands of rest days cancelled.', [vague('tens of thousands', 20_000)]],
      ['Scores of officers attended.', [vague('Scores', 40)]],
      ['Hundreds of thousands of calls were made.', [vague('Hundreds of thousands', 200_000)]],
      [
        'A few dozen protesters and several dozen officers gathered.',
        [vague('A few dozen', 24), vague('several dozen', 24)],
      ],
      ['1,000s of people attended the vigil.', [vague('1,000s', 2000)]],
      [
        'Police deployed 100s of officers and 10,000s of leaflets.',
        [vague('100s', 200), vague('10,000s', 20_000)],
      ],
      [
        'Several million pounds and a few million euros.',
        [vague('Several million pounds', 2e6, 'GBP'), vague('a few million euros', 2e6, 'EUR')],
      ],
    ]
    for (const [sentence, expected] of cases) {
      it(`reads ${JSON.stringify(sentence)}`, () => expectStatistics(sentence, expected))
    }
  })

  it('reads a decade or a plural power of ten not followed by "of" as no figure', () => {
    expect(findStatistics('Crime fell in the 1900s, and the 100s were quiet.')).toEqual([])
    expect(findStatistics('It cost 500s of pounds.').map((s) => s.text)).toEqual([])
  })

  describe('qualifiers', () => {
    it('reads "north of" before a place as no qualifier of a figure', () => {
      expect(findStatistics('The crash happened north of Junction 12 and north of 14th Street.')).toEqual([])
    })

    const cases: Array<[string, Statistic['qualifier']]> = [
      ['over 2,600', 'over'],
      ['more than 16,500', 'over'],
      ['in excess of 70', 'over'],
      ['under 50', 'under'],
      ['less than 5', 'under'],
      ['fewer than 20', 'under'],
      ['just under 300', 'under'],
      ['around 40', 'approx'],
      ['about 12', 'approx'],
      ['nearly 70', 'approx'],
      ['almost 90', 'approx'],
      ['approximately 15', 'approx'],
      ['an estimated 400', 'approx'],
      ['some 300', 'approx'],
      ['up to nine', 'upTo'],
      ['at least 17', 'atLeast'],
      ['500 or more', 'atLeast'],
      ['in the region of 200', 'approx'],
      ['a little over 40', 'over'],
      ['c.500', 'approx'],
      ['approx. 60', 'approx'],
      ['~60', 'approx'],
      ['300-odd', 'approx'],
      ['as high as 40', 'upTo'],
      ['exceeding 500', 'over'],
      ['in the order of 5,000', 'approx'],
      ['north of 200', 'over'],
      ['upward of 200', 'over'],
      ['well below 50', 'under'],
      ['well under 50', 'under'],
      ['well above 50', 'over'],
      ['just above 50', 'over'],
      ['slightly more than 3,000', 'over'],
      ['slightly less than 3,000', 'under'],
    ]
    for (const [text, qualifier] of cases) {
      it(`reads "${text}" as ${qualifier}`, () => {
        const sentence = `Officers arrested ${text} people.`
        const [s] = findStatistics(sentence)
        expect(s?.text).toBe(text)
        expect(s?.qualifier).toBe(qualifier)
        expect(s?.span.start).toBe(18)
      })
    }

    it('reads "up to" after a verb of change as a level, not a bound', () => {
      expectStatistics('Unemployment ticked up to 5%.', [exact('5%', 5, 'percent')])
      const texts = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.qualifier])
      expect(texts('Growth slowed to 4.7% before inching back up to 4.8% in 2020.')).toEqual([
        ['4.7%', 'exact'],
        ['4.8%', 'exact'],
      ])
      expect(texts('The rate went back up to 5% and the forecast was revised up to £500.')).toEqual([
        ['5%', 'exact'],
        ['£500', 'exact'],
      ])
      // Not after a verb of getting or seizing, nor "back" without a verb of motion.
      expect(texts('Officers will get up to £2,000 each and may seize up to 40 cars.')).toEqual([
        ['up to £2,000', 'upTo'],
        ['up to 40', 'upTo'],
      ])
      expect(texts('Staff are paid back up to £500.')).toEqual([['up to £500', 'upTo']])
    })

    it('reads a verb of exceeding or falling short before a figure as its bound', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.qualifier])
      expect(texts('The loss exceeded $10 million.')).toEqual([['exceeded $10 million', 'over']])
      expect(texts('It reported losses topping $5m.')).toEqual([['topping $5m', 'over']])
      expect(texts('Police have exceeded 1,000 arrests.')).toEqual([['exceeded 1,000', 'over']])
      // NewsQuant reads "surpassed $8 billion" as the figure reached, so "surpass" stays no bound.
      expect(texts('Bookings surpassed $8 billion.')).toEqual([['$8 billion', 'exact']])
      expect(texts('Turnout exceeds 40% in most wards.')).toEqual([['exceeds 40%', 'over']])
      expect(texts('Donations fell short of 500 this year.')).toEqual([['fell short of 500', 'under']])
      // A denied verb bounds the other way.
      expect(texts('Fines must not exceed £500.')).toEqual([['exceed £500', 'upTo']])
      expect(texts('Sales doesn’t exceed 40% and never fell short of 20%.')).toEqual([
        ['exceed 40%', 'upTo'],
        ['fell short of 20%', 'atLeast'],
      ])
      // A margin after the verb's object is no bound.
      expect(texts('Sales exceeded expectations by 10%.')).toEqual([['10%', 'exact']])
      expect(texts('The target of 500 was exceeded by 20.')).toEqual([
        ['500', 'exact'],
        ['20', 'exact'],
      ])
      // A year after the verb is still a year.
      expect(texts('Visitor numbers exceeded 2019 levels.')).toEqual([])
    })

    it('reads "over" after a verb it is the particle of as no bound', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.qualifier])
      expect(texts('The department handed over 200 vehicles to police stations.')).toEqual([['200', 'exact']])
      expect(texts('Residents turned over 40 firearms during the amnesty.')).toEqual([['40', 'exact']])
      expect(texts('The firm turned over £5m last year.')).toEqual([['£5m', 'exact']])
      expect(texts('The judge has presided over three murder trials.')).toEqual([['three', 'exact']])
      expect(texts('The judge, presiding over 40 hearings a week, spoke.')).toEqual([['40', 'exact']])
      expect(texts('Officers handed over more than 30 bags.')).toEqual([['more than 30', 'over']])
      // Elsewhere "over" is more than.
      expect(texts('The department seized over 200 vehicles.')).toEqual([['over 200', 'over']])
      expect(texts('Call handlers took over 200 calls.')).toEqual([['over 200', 'over']])
      expect(texts('Over 200 vehicles were handed to police.')).toEqual([['Over 200', 'over']])
    })

    it('reads "over" after a verb of spreading as its preposition, no bound', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.qualifier])
      expect(texts('The fire spread over 500 hectares.')).toEqual([['500 hectares', 'exact']])
      expect(texts('The blaze, which spread over 1,200 acres, was contained.')).toEqual([
        ['1,200 acres', 'exact'],
      ])
      expect(texts('The estate sprawls over 40 acres.')).toEqual([['40 acres', 'exact']])
      expect(texts('The cost will be spread over 20 schools.')).toEqual([['20', 'exact']])
      // A bound of its own stays; verbs that take their object straight keep "over" a bound.
      expect(texts('The fire spread over more than 500 hectares.')).toEqual([
        ['more than 500 hectares', 'over'],
      ])
      expect(texts('The flooding covered over 200 acres.')).toEqual([['over 200 acres', 'over']])
      expect(texts('The fire destroyed over 500 hectares.')).toEqual([['over 500 hectares', 'over']])
      expect(texts('The council extended over 300 contracts.')).toEqual([['over 300', 'over']])
      expect(texts('The road will stretch over 2,000km.')).toEqual([['over 2,000km', 'over']])
      expect(texts('Over 500 hectares burned as the fire spread.')).toEqual([['Over 500 hectares', 'over']])
    })

    it('reads "over" after a word of arrest or trial, before a sum or weight naming a noun, as a cause', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.qualifier])
      expect(texts('Man jailed over £1m fraud')).toEqual([['£1m', 'exact']])
      expect(texts('Two charged over £500,000 drugs seizure')).toEqual([
        ['Two', 'exact'],
        ['£500,000', 'exact'],
      ])
      expect(texts('Three men charged over 40kg cannabis haul')).toEqual([
        ['Three', 'exact'],
        ['40kg', 'exact'],
      ])
      expect(texts('A woman was arrested over £2.5 million fraud.')).toEqual([['£2.5 million', 'exact']])
      // The verb's short object between it and "over".
      expect(texts('Strike Force charges 14 people over $3.2m drug syndicate')).toEqual([
        ['14', 'exact'],
        ['$3.2m', 'exact'],
      ])
      expect(texts('Police arrested a man over £40,000 fuel theft.')).toEqual([['£40,000', 'exact']])
      // In the dock, on trial, in a row or a dispute: "over" says what about.
      expect(texts('Seven In Court Over £3M Fraud')).toEqual([
        ['Seven', 'exact'],
        ['£3M', 'exact'],
      ])
      expect(texts('Pair on trial over £2m VAT scam')).toEqual([['£2m', 'exact']])
      expect(texts('Row over £5m budget cut')).toEqual([['£5m', 'exact']])
      expect(texts('The court heard over £50,000 was taken.')).toEqual([['over £50,000', 'over']])
      // Not past a preposition or a verb that is no word of arrest.
      expect(texts('Police arrested him in Leeds over £40,000 fuel theft.')).toEqual([
        ['over £40,000', 'over'],
      ])
      expect(texts('The gang stole goods over £40,000 value.')).toEqual([['over £40,000', 'over']])
      // "over" bounds a sum seized or fined, a count, a length of time and a sum of something.
      expect(texts('Officers seized over £1m in cash.')).toEqual([['over £1m', 'over']])
      expect(texts('He was fined over £1,000 for the offence.')).toEqual([['over £1,000', 'over']])
      expect(texts('Police arrested over 200 people.')).toEqual([['over 200', 'over']])
      expect(texts('He was charged over £1m of fraud and jailed for over 10 years.')).toEqual([
        ['over £1m', 'over'],
      ])
    })

    it('reads "min" after a number as minutes, no minimum', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.qualifier])
      expect(texts('Bake for 40min for four fillets, or 25 mins for two.')).toEqual([
        ['four', 'exact'],
        ['two', 'exact'],
      ])
      expect(texts('A min of 20 officers, and a minimum fee of £500.')).toEqual([
        ['20', 'atLeast'],
        ['£500', 'atLeast'],
      ])
    })

    it('reads "the best part of" and its kin as nearly all of the figure: approx', () => {
      const approx = (text: string, value: number, unit = 'count'): Expected => ({
        text,
        value,
        unit,
        qualifier: 'approx',
      })
      expectStatistics('The closure cost the best part of 200 jobs.', [approx('the best part of 200', 200)])
      expectStatistics('Repairs took the better part of £2m.', [
        approx('the better part of £2m', 2_000_000, 'GBP'),
      ])
      expectStatistics('The Best Part Of 300 Homes Flooded', [approx('The Best Part Of 300', 300)])
      expectStatistics('The guts of €3 million was spent on the project.', [
        approx('The guts of €3 million', 3_000_000, 'EUR'),
      ])
      expectStatistics('Getting on for 400 homes lost power.', [approx('Getting on for 400', 400)])
      expectStatistics('Nigh on 50 officers attended.', [approx('Nigh on 50', 50)])
    })

    it('leaves "the best part of" a year, a span of time or a figure after "the" as it was', () => {
      // A year or a duration is a date's, not a figure's.
      expect(findStatistics('For the best part of 2019 the site was shut.')).toEqual([])
      expect(findStatistics('It took the better part of 2023 to finish.')).toEqual([])
      expect(findStatistics('For the better part of a decade the site was shut.')).toEqual([])
      expect(findStatistics('The better part of two years passed.')).toEqual([])
      // "the 200 jobs": the part is of the whole, which stays as written.
      expectStatistics('The best part of the 200 jobs went.', [exact('200', 200)])
      // "the greater part of" is a majority, no closeness to the figure.
      expectStatistics('The greater part of 200 acres was sold.', [exact('200 acres', 200, 'acre')])
    })

    it('reads a maximum named earlier in the clause as upTo', () => {
      expectStatistics('The maximum total value of this opportunity is £5.4 million.', [
        {
          text: '£5.4 million',
          value: 5_400_000,
          unit: 'GBP',
          qualifier: 'upTo',
          measure: 'maximum total value of this opportunity',
        },
      ])
    })

    it.each([
      ['The government increased the minimum wage to £11.44.', '£11.44', 'exact'],
      ['The national minimum wage for apprentices is £6.40 an hour.', '£6.40', 'exact'],
      ['The maximum sustained winds of 120 mph were recorded.', '120 mph', 'exact'],
      ['The minimum temperature was -5C.', '-5C', 'exact'],
      ['The minimum salary threshold will rise to £38,700.', '£38,700', 'exact'],
      ['A minimum unit price of 65p per unit was introduced.', '65p', 'exact'],
      ['The maximum speed limit on the road is 70mph.', '70mph', 'exact'],
      ['Bids must meet a minimum threshold of 10%.', '10%', 'exact'],
      ['The maximum interest rate is 0.8% a day.', '0.8%', 'exact'],
      // The bound named before the level's name is the figure's.
      ['The maximum penalty for paying below the minimum wage is £20,000.', '£20,000', 'upTo'],
    ])(
      'reads "minimum" or "maximum" that names a level of its own as no bound: %s',
      (sentence, text, qualifier) => {
        expect(findStatistics(sentence).map((s) => [s.text, s.qualifier])).toEqual([[text, qualifier]])
      },
    )

    it("keeps a bound on a sum, and a change's own bound", () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.qualifier])
      expect(texts('The minimum investment is £5,000.')).toEqual([['£5,000', 'atLeast']])
      expect(texts('The maximum fine is £5,000.')).toEqual([['£5,000', 'upTo']])
      expect(texts('Orders have a minimum value of £50.')).toEqual([['£50', 'atLeast']])
      expect(texts('Sales increased by at least 5%, and inflation rose to 3%.')).toEqual([
        ['at least 5%', 'atLeast'],
        ['3%', 'exact'],
      ])
    })
  })

  it('reads a long run of bare figures in "m" once each, each looking back no further than the one before', () => {
    // Each "1m" closing its phrase looks back for a million; were the look-back to ask the same of
    // the figures before it, 200 of them would never finish.
    const found = findStatistics(`Totals were ${'1m, '.repeat(200)}and more.`)
    expect(found).toHaveLength(200)
    expect(found.every((s) => s.text === '1m')).toBe(true)
  })

  describe('units of measure and rates', () => {
    const cases: Array<[string, Expected[]]> = [
      ['Officers seized 60KG of Class A Drugs.', [{ ...exact('60KG', 60, 'kg'), measure: 'Class A Drugs' }]],
      [
        'She travelled more than 10,000 miles.',
        [{ text: 'more than 10,000 miles', value: 10000, unit: 'mile', qualifier: 'over' }],
      ],
      ['They removed 3.5 tonnes of waste.', [exact('3.5 tonnes', 3.5, 'tonne')]],
      ['The car stopped 200 metres away.', [exact('200 metres', 200, 'm')]],
      ['He survived a 5m fall.', [exact('5m', 5, 'm')]],
      ['The site has 4m visitors.', [exact('4m', 4_000_000)]],
      // Plurals without an "s" count millions too.
      ['Each year 1m people are victims of fraud.', [{ ...exact('1m', 1_000_000), measure: 'people' }]],
      ['There are 3m men and 3m women.', [exact('3m', 3_000_000), exact('3m', 3_000_000)]],
      ['They built a 3m wall, 3m high.', [exact('3m', 3, 'm'), exact('3m', 3, 'm')]],
      // A decimal before one thing measured by its length, after "a", is metres; before another
      // noun, a compound, or with no article it is a million.
      ['They built a 1.1m fence.', [exact('1.1m', 1.1, 'm')]],
      ['A 4.5m shark was spotted off the coast.', [exact('4.5m', 4.5, 'm')]],
      ['He jumped over a 1.8m barrier and ran.', [exact('1.8m', 1.8, 'm')]],
      ['The firm announced a 1.1m project.', [exact('1.1m', 1_100_000)]],
      ['The council approved a 2.5m fence contract.', [exact('2.5m', 2_500_000)]],
      ['Police seized 1.1m fence posts.', [exact('1.1m', 1_100_000)]],
      // A figure closing its phrase after a million in the same sentence is a million too.
      [
        'Kelvingrove had 1.4m visitors, followed by the Riverside Museum (1.1m).',
        [{ ...exact('1.4m', 1_400_000), measure: 'visitors' }, exact('1.1m', 1_100_000)],
      ],
      [
        'About 4m people voted, up from 3.5m.',
        [
          { ...exact('About 4m', 4_000_000), qualifier: 'approx', measure: 'people' },
          { ...exact('3.5m', 3_500_000), measure: 'people' },
        ],
      ],
      // A level of what is counted in millions, after its noun and its verb, is a million.
      [
        'The recession pushed unemployment up to 3.2m.',
        [{ ...exact('3.2m', 3_200_000), measure: 'unemployment' }],
      ],
      ['Unemployment rose to 1.5m in May.', [{ ...exact('1.5m', 1_500_000), measure: 'Unemployment' }]],
      [
        'Unemployment stood at an estimated 1.4m.',
        [{ ...exact('an estimated 1.4m', 1_400_000), qualifier: 'approx', measure: 'Unemployment' }],
      ],
      ['The number of claimants rose to 1.7m.', [{ ...exact('1.7m', 1_700_000), measure: 'claimants' }]],
      // A figure closing its phrase after such a level is a million too.
      [
        'Unemployment fell to 1.3m, down from 1.5m.',
        [{ ...exact('1.3m', 1_300_000), measure: 'Unemployment' }, exact('1.5m', 1_500_000)],
      ],
      ['Visitors rose to 1.5m. The wall is 1.2m.', [exact('1.5m', 1_500_000), exact('1.2m', 1.2, 'm')]],
      // Near misses: what is measured in metres, a length people fell by, and a noun further back.
      ['The river rose to 4.5m in May.', [{ ...exact('4.5m', 4.5, 'm'), measure: 'river' }]],
      ['Two workers fell 5m from the scaffolding.', [exact('Two', 2), exact('5m', 5, 'm')]],
      [
        'Some 3,000 people watched as the water rose to 1.2m.',
        [{ ...exact('Some 3,000', 3000), qualifier: 'approx' }, exact('1.2m', 1.2, 'm')],
      ],
      // Metres alone, and metres in a sentence of metres or after a sentence of millions.
      ['He ran 200m.', [exact('200m', 200, 'm')]],
      [
        'The bridge is 1.4m wide and the path (1.1m) runs beside it.',
        [exact('1.4m', 1.4, 'm'), exact('1.1m', 1.1, 'm')],
      ],
      ['The site had 1.4m visitors. The fence is 1.1m.', [exact('1.4m', 1_400_000), exact('1.1m', 1.1, 'm')]],
      ['Officers found 250g of cannabis.', [exact('250g', 250, 'g')]],
      ['They found 2 x 100kg bags.', [exact('2', 2), exact('100kg', 100, 'kg')]],
      ['He was driving at 90mph.', [exact('90mph', 90, 'mph')]],
      [
        'Police receive 561 reports of spiking per month.',
        [{ ...exact('561', 561), measure: 'reports of spiking', period: 'P1M' }],
      ],
      ['The scheme costs £5m a year.', [{ ...exact('£5m', 5_000_000, 'GBP'), period: 'P1Y' }]],
      // A span the figure was reached in, no rate: "during a week of action".
      [
        'Officers seized drugs worth £250,000 during a week of action.',
        [{ ...exact('£250,000', 250_000, 'GBP'), period: null }],
      ],
      ['Officers made 86 arrests throughout a week of action.', [{ ...exact('86', 86), period: null }]],
      ['Officers made 86 arrests a week.', [{ ...exact('86', 86), period: 'P1W' }]],
    ]
    for (const [sentence, expected] of cases) {
      it(`reads ${JSON.stringify(sentence)}`, () => expectStatistics(sentence, expected))
    }
    it('reads a long run of levels of what is counted in bounded time', () => {
      const found = findStatistics(`Unemployment rose to${' nearly to about 3.2m,'.repeat(300)} it said.`)
      expect(found.length).toBe(300)
    })
  })

  describe('what is counted', () => {
    const cases: Array<[string, string, string | null]> = [
      ['Firearms seizures increased by 421%.', '421%', 'Firearms seizures'],
      ['The number of adults safeguarded rose by 145%.', '145%', 'adults safeguarded'],
      [
        'It reduces the length of primary investigations by around 40 per cent.',
        'around 40 per cent',
        'the length of primary investigations',
      ],
      ['Stalking accounts for 40% of all offences.', '40%', 'all offences'],
      [
        'There have been over 550 arrests made by police at protests.',
        'over 550',
        'arrests made by police at protests',
      ],
      [
        'The training reached more than 3,200 police officers and 870 statutory partners since 2020.',
        'more than 3,200',
        'police officers',
      ],
      [
        'The training reached more than 3,200 police officers and 870 statutory partners since 2020.',
        '870',
        'statutory partners',
      ],
      ['So far four defendants pleaded guilty.', 'four', 'defendants'],
      ['Nearly 70 leaders working on the plan met.', 'Nearly 70', 'leaders'],
      ['Recovered vehicles valued at over £4m in total.', 'over £4m', 'Recovered vehicles valued'],
      ['It helped 35 more officers.', '35', 'more officers'],
      ['Officers seized £250,000 worth of drugs.', '£250,000', 'drugs'],
      ['Officers seized $45,000 in cash.', '$45,000', 'cash'],
      // What money goes towards, after a penalty too; a distance towards a place measures no goal.
      ['He was fined £200 and ordered to pay £85 towards costs.', '£85', 'costs'],
      ['The council gave £5,000 towards the cost of repairs.', '£5,000', 'cost of repairs'],
      ['He was ordered to pay $250,000 toward the ACCC’s legal costs.', '$250,000', 'ACCC’s legal costs'],
      ['He drove 5 miles towards the coast.', '5 miles', null],
      ['They campaigned in seven battleground states and announced plans.', 'seven', 'battleground states'],
      ['The rate was 12.', '12', 'rate'],
      ['It was 12.', '12', null],
      [
        'Hate crimes recorded by the police rose 7% year-on-year.',
        '7%',
        'Hate crimes recorded by the police',
      ],
      // The rise set off after the count is a rise in what it counts.
      ['There are 4,500 more officers, a rise of 9%.', '9%', 'more officers'],
    ]
    for (const [sentence, text, measure] of cases) {
      it(`finds what "${text}" counts in ${JSON.stringify(sentence)}`, () => {
        const s = findStatistics(sentence).find((x) => x.text === text)
        expect(s?.measure).toBe(measure)
      })
    }
  })

  describe('change', () => {
    const cases: Array<[string, string, Statistic['change']]> = [
      ['Heroin seizures increase by 1293%.', '1293%', 'increase'],
      ['Burglaries rose by 145%.', '145%', 'increase'],
      ['Thefts fell by 12%.', '12%', 'decrease'],
      ['There was a 29 per cent increase in vehicles identified at ports.', '29 per cent', 'increase'],
      ['Knife crime is down 10%.', '10%', 'decrease'],
      ['It recorded a rise of 5% on last year.', '5%', 'increase'],
      ['It has increased arrests by around 50 per cent.', 'around 50 per cent', 'increase'],
      // An adverb of direction after the verb says which way before "by".
      ['The forecast was revised upwards by 2%.', '2%', 'increase'],
      ['Profit was revised downward by £40m.', '£40m', 'decrease'],
      ['Prices moved upward by 3% in May.', '3%', 'increase'],
      ['Upwards of 200 people attended.', 'Upwards of 200', null],
      // Words that average or add to the figure after "by" leave it the change's size.
      ['Rents rose by an average of 8.6% last year.', '8.6%', 'increase'],
      ['Arrests increased by a total of 450 over the year.', '450', 'increase'],
      ['Prices fell by a further 2% in May.', '2%', 'decrease'],
      ['Fuel duty rose by another 3p.', '3p', 'increase'],
      ['Arrests rose by an average of 120 to 1,450.', '120', 'increase'],
      ['Arrests rose by an average of 120 to 1,450.', '1,450', null],
      // And with no "by": a verb of change right before them.
      ['Shares lost an average of 3% in the week.', '3%', 'decrease'],
      ['House prices gained an average of 2%.', '2%', 'increase'],
      ['Arrests rose a total of 12%.', '12%', 'increase'],
      // Near miss: a verb that is no change.
      ['Officers seized a total of 300 knives.', '300', null],
      // After a participle they name its agent, as "by" alone does.
      ['The sites were visited by a total of 3,000 people.', '3,000', null],
      ['The platform was used by an average of 300 people a day.', '300', null],
      ['There were 40% fewer burglaries.', '40%', 'decrease'],
      ['Officers made 180 arrests.', '180', null],
      ['Arrests rose to 300.', '300', null],
      ['They tried to lock down two states.', 'two', null],
      ['Arrests were up 300 on last year.', '300', 'increase'],
      // A sum lost is a level; a share lost is a fall.
      ['The victim lost $45,000 in the romance scam.', '$45,000', null],
      ['Investors lost an estimated $12 million.', 'an estimated $12 million', null],
      ['Woman, 81, loses £20,000 to courier fraud', '£20,000', null],
      ['The company lost 20% of its value.', '20%', 'decrease'],
      ['Profits fell £2m.', '£2m', 'decrease'],
      // A verb of improving says a rise, but of a loss or a cost a fall; not of a count it improved.
      ['Gross margin improved 120 basis points to 41.2%.', '120 basis points', 'increase'],
      ['Gross margin improved 120 basis points to 41.2%.', '41.2%', null],
      ['Sales improved 4% on last year.', '4%', 'increase'],
      ['Net loss improved by $2.1 million to $5.0 million.', '$2.1 million', 'decrease'],
      ['Waiting times improved by 10%.', '10%', 'decrease'],
      // So is a ratio or a rate of a loss or a cost, and a ratio that is lower the better.
      ['The cost-to-income ratio improved 3 points to 52%.', '3 points', 'decrease'],
      ['The cost/income ratio improved 2 points.', '2 points', 'decrease'],
      ['The combined ratio improved 150 basis points.', '150 basis points', 'decrease'],
      ['The expense ratio improved 2 points.', '2 points', 'decrease'],
      ['The loss ratio improved by 1.5 points.', '1.5 points', 'decrease'],
      ['The unemployment rate improved 0.2 points.', '0.2 points', 'decrease'],
      ['The churn rate improved by 0.3 points.', '0.3 points', 'decrease'],
      ['Churn improved 20 basis points.', '20 basis points', 'decrease'],
      // Near-misses: a ratio or a rate of anything else improves as it rises.
      ['The capital ratio improved 50 basis points.', '50 basis points', 'increase'],
      ['The employment rate improved 0.5 points.', '0.5 points', 'increase'],
      ['The combined ratio rose 2 points.', '2 points', 'increase'],
      ['The council improved 300 homes last year.', '300', null],
      ['Margins improved to 41.2%.', '41.2%', null],
      // So does the participle.
      ['Gross margin expanded to 41.2%, improving 120 basis points.', '120 basis points', 'increase'],
      ['The council is improving 300 homes.', '300', null],
      // "made up" is a share, as "accounted for" is.
      ['Women made up 40 per cent of victims.', '40 per cent', null],
      ['Children made up 12% of those arrested.', '12%', null],
      ['Men make up 85% of offenders, up 3% on last year.', '3%', 'increase'],
      // "by" after a participle names its agent: no change, whatever verb stands before it.
      ['Europol has taken down a platform used by more than 37,000 criminals.', 'more than 37,000', null],
      ['Seizures rose, and were matched by 300 arrests.', '300', null],
      ['The budget was boosted by 12%.', '12%', 'increase'],
      ['Crime has been reduced by 15%.', '15%', 'decrease'],
      // A word of the period between the figure and its change word.
      ['Overdose deaths reached 38.4 per 100,000, a 12% year-on-year increase.', '12%', 'increase'],
      ['Thefts showed a 3 per cent annual fall.', '3 per cent', 'decrease'],
      ['Sales posted a 5% month-over-month rise.', '5%', 'increase'],
      ['There was a 12% year-on-year figure.', '12%', null],
      ['Coca cultivation expanded by 12 per cent to 355,000 hectares.', '12 per cent', 'increase'],
      ['The unit expanded to 40 officers.', '40', null],
      // A count set against an earlier time is the change since then.
      ['There were 147,746 officers on 31 March 2025, 1,434 fewer than a year earlier.', '1,434', 'decrease'],
      ['So far this year 156 people have died, 12 fewer than the same time last year.', '12', 'decrease'],
      ['There were 40 more deaths than in 2023.', '40', 'increase'],
      ['Arrests rose to 900, 120 more than last year.', '120', 'increase'],
      ['Arrests rose to 900, 120 more than last year.', '900', null],
      // Not against an earlier time: a difference, no change.
      ['There were two more than expected.', 'two', null],
      ['The force has 12 more officers than the other force.', '12', null],
      ['Officers made 12 more arrests on Friday.', '12', null],
      // A change said again in another unit, after ", or" or as a percentage in brackets.
      ['Funding rises by $35.6m, or 12 per cent, to $330 million.', '12 per cent', 'increase'],
      ['Funding rises by $35.6m, or 12 per cent, to $330 million.', '$330 million', null],
      ['The budget is an increase of €136m, or 5.8%, on 2024.', '5.8%', 'increase'],
      ['Knife crime fell by 1,200 (8%) to 49,000.', '8%', 'decrease'],
      ['Knife crime fell by 1,200 (8%) to 49,000.', '49,000', null],
      ['Knife crime rose 5% (51,300 offences).', '51,300', null],
      // The percentage closing a bracket after the noun the change counts says it again.
      ['Robbery increased by 1,002 offences (12%).', '12%', 'increase'],
      ['Robbery increased by 1,002 offences (12% of all crime).', '12%', null],
      // A plus sign glued to a count, a share or a sum is a rise; a temperature's is its sign.
      ['Theft was up 6% (+2,340 offences) on the year.', '+2,340', 'increase'],
      ['Shoplifting: +12% on last year.', '+12%', 'increase'],
      ['Temperatures of +5C were recorded.', '+5C', null],
      ['Rates of 5% and -10% were seen.', '-10%', null],
      // A noun of change before "was" or "is" names the figure after it a change; not a height.
      ['The rise was 5% and the reduction is 300 offences.', '5%', 'increase'],
      ['The rise was 5% and the reduction is 300 offences.', '300', 'decrease'],
      ['The fall was 30 metres.', '30 metres', null],
      ['The total was 300.', '300', null],
      // wide corpus, uk_3.txt (IOPC): a share in brackets after a count that is no change.
      ['Of these, 85 (79%) led to a finding of either gross misconduct (44) or misconduct.', '79%', null],
      ['It faces a fine of up to $500, or 10% of turnover.', '10%', null],
      ['Fines rose by $50, or $60 for repeat offenders.', '$60', null],
      // A second change that leaves out its verb, the first having no "by".
      ['Rents increased 5 per cent and wages by 4 percent.', '4 percent', 'increase'],
      ['Seizures rose 10%, and were matched by 300 arrests.', '300', null],
      // A change in a count said again as a percentage past what the count counts.
      ['The FTSE 100 lost 190 points, or 0.6%, by noon.', '0.6%', 'decrease'],
      ['Recorded crime fell by 4,120 offences, or 3.2 per cent, in 2024.', '3.2 per cent', 'decrease'],
      ['Employment grew by 125,600 positions or 2.2 per cent last year.', '2.2 per cent', 'increase'],
      ['An increase of 60,600 jobs or one per cent was seen.', 'one per cent', 'increase'],
      // A share is no restatement.
      ['Arrests rose by 300 people or 8% of the total.', '8%', null],
      ['Officers made 300 arrests, or 8% of the total.', '8%', null],
      // A market's move after "up" or "down": a fraction, or points after being or a mark.
      ['S&P 500 futures were up 0.25 points, or 0.01%.', '0.25 points', 'increase'],
      ['S&P 500 futures were up 0.25 points, or 0.01%.', '0.01%', 'increase'],
      ['The index was down 68 points at midday.', '68 points', 'decrease'],
      ['Toronto Stock Exchange (16369.03 up 58.06 points).', '58.06 points', 'increase'],
      ['Toronto Stock Exchange (16369.03 up 58.06 points).', '16369.03', null],
      ['The All Ordinaries closed at 7,512 down 0.4%.', '7,512', null],
      ['Police set up 12 teams across the county.', '12', null],
      ['The side picked up 12 points in March.', '12', null],
      ['Knife crime is 12 per cent down on last year.', '12 per cent', 'decrease'],
    ]
    for (const [sentence, text, change] of cases) {
      it(`reads ${JSON.stringify(sentence)}`, () => {
        const s = findStatistics(sentence).find((x) => x.text === text)
        expect(s).toBeDefined()
        expect(s?.change).toBe(change)
      })
    }

    it('finds what a change measures', () => {
      expect(
        findStatistics('There was a 29 per cent increase in vehicles identified at ports.')[0]?.measure,
      ).toBe('vehicles identified at ports')
    })
  })

  describe('money beside a duration', () => {
    it('keeps a fine followed by a term of years', () => {
      const found = findStatistics('He faces a maximum fine of $250,000 and 20 years in prison.')
      expect(found.map((s) => [s.text, s.value, s.unit, s.qualifier])).toEqual([
        ['$250,000', 250_000, 'USD', 'upTo'],
      ])
    })
  })

  describe('ranges', () => {
    // A range is one statistic: `value` is its low end, `low` and `high` both ends.
    const range = (sentence: string) =>
      findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.low, s.high])

    it('gives the first end of a range the unit of the second', () => {
      expect(range('It rose by 20 to 30 per cent.')).toEqual([['20 to 30 per cent', 20, 'percent', 20, 30]])
    })

    it('gives the first end of a range the magnitude of the second', () => {
      expect(range('It cost between £2 and £3 million.')).toEqual([
        ['between £2 and £3 million', 2_000_000, 'GBP', 2_000_000, 3_000_000],
      ])
    })

    it('keeps a first end that is already large', () => {
      expect(range('Homes sold for $800,000 to $1.3 million.')).toEqual([
        ['$800,000 to $1.3 million', 800_000, 'USD', 800_000, 1_300_000],
      ])
    })

    it('gives the range what its ends count', () => {
      const found = findStatistics('Between 200 and 300 officers were deployed.')
      expect(found.map((s) => [s.text, s.measure])).toEqual([['Between 200 and 300', 'officers']])
    })
  })

  describe('releases', () => {
    it('gives spans into the whole input', () => {
      const dump =
        'Record seizures\n\nSource: United Kingdom National Police Chiefs Council\n\nMore than 70 handguns were seized.\n\nOfficers made 180 arrests.\n'
      const release = splitReleases(dump).releases[0]!
      const found = findStatistics(release)
      expect(found.map((s) => [s.text, s.span])).toEqual([
        ['More than 70', { start: 72, end: 84 }],
        ['180', { start: 122, end: 125 }],
      ])
      for (const s of found) expect(dump.slice(s.span.start, s.span.end)).toBe(s.text)
    })

    it('reads no figure in a dateline, where a station’s call sign may hold digits', () => {
      const dump =
        'Man charged over robbery\n\nSource: NSW Police Force\n\nSYDNEY (2GB) - A man has been charged after 2GB of files were stolen.\n'
      const release = splitReleases(dump).releases[0]!
      expect(release.dateline?.text).toBe('SYDNEY (2GB) -')
      expect(findStatistics(release).map((s) => [s.text, s.span.start])).toEqual([
        ['2GB', dump.lastIndexOf('2GB')],
      ])
      // Read as a string, with no dateline, the call sign is a figure.
      expect(findStatistics('SYDNEY (2GB) - A man has been charged.').map((s) => s.text)).toEqual(['2GB'])
    })

    it('reads figures in a headline written in title case', () => {
      const dump =
        'Police Seize 300 Guns In Major Operation\n\nSource: Example Police\n\nThe guns were destroyed.\n'
      const found = findStatistics(splitReleases(dump).releases[0]!)
      expect(found.map((s) => [s.text, s.span])).toEqual([['300', { start: 13, end: 16 }]])
    })

    it('names the rule that read each statistic', () => {
      const rules = findStatistics(
        'Three men paid £5m, 40% more than 120 others, and dozens of people walked 2 miles.',
      ).map((s) => s.rule)
      expect(rules).toEqual([
        'statistics/count-words',
        'statistics/money',
        'statistics/percent',
        'statistics/count-digits',
        'statistics/vague',
        'statistics/measure',
      ])
    })
  })

  describe('options', () => {
    it('reads extra units', () => {
      const [s] = findStatistics('They found 12 barrels of fuel.', {
        units: [{ words: ['barrels'], unit: 'barrel' }],
      })
      expect(s).toMatchObject({ text: '12 barrels', value: 12, unit: 'barrel' })
    })

    it('throws an OptionsError naming a bad option', () => {
      expect(() => findStatistics('x', { dollar: 'dollars' })).toThrow(OptionsError)
      expect(() => findStatistics('x', { dollar: 'dollars' })).toThrow(/`dollar`/)
    })

    it('throws an OptionsError naming an unknown option', () => {
      expect(() => findStatistics('x', { dolar: 'NZD' } as never)).toThrow(/dolar/)
    })
  })
})

describe('parseStatistic', () => {
  describe('expressions', () => {
    const cases: Array<[string, number, string, Statistic['qualifier']]> = [
      ['more than 16,500', 16500, 'count', 'over'],
      ['£4.5m', 4_500_000, 'GBP', 'exact'],
      ['around 40 per cent', 40, 'percent', 'approx'],
      ['a quarter-of-a-million', 250_000, 'count', 'exact'],
      ['tens of thousands', 20_000, 'count', 'vague'],
      ['Up to £4.5m', 4_500_000, 'GBP', 'upTo'],
      ['60KG', 60, 'kg', 'exact'],
    ]
    for (const [expression, value, unit, qualifier] of cases) {
      it(`reads "${expression}"`, () => {
        const s = parseStatistic(expression)
        expect(s).toMatchObject({
          text: expression,
          value,
          unit,
          qualifier,
          span: { start: 0, end: expression.length },
        })
      })
    }

    it('returns null when the expression holds no statistic', () => {
      expect(parseStatistic('in 2023')).toBeNull()
      expect(parseStatistic('one of those investigations')).toBeNull()
      expect(parseStatistic('')).toBeNull()
    })
  })
})

describe('very long blocks', () => {
  // Sentences that end after a word, a digit and a closing mark, with a stop inside "St." too.
  const sentences = [
    'Officers from St. Albans made 1,200 arrests.',
    'The force recorded 561 reports in 2023, “a rise of 12%”.',
    'More than £4.5m was seized in the year to March 2024.',
    'Between 200 and 300 officers took part on day 3.',
  ]

  it('finds in a paragraph of thousands of sentences what it finds in each sentence alone', () => {
    const one = sentences.join(' ')
    const text = Array.from({ length: 400 }, () => one).join(' ')
    expect(text.length).toBeGreaterThan(40_000)
    const expected = Array.from({ length: 400 }, (_, k) =>
      findStatistics(one).map((s) => ({
        ...s,
        span: { start: s.span.start + k * (one.length + 1), end: s.span.end + k * (one.length + 1) },
      })),
    ).flat()
    expect(findStatistics(text)).toEqual(expected)
  })
})

describe('"plus" after a figure', () => {
  const read = (sentence: string) =>
    findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.qualifier, s.measure])

  it('adds another amount before a figure, an article or, after money, any word', () => {
    expect(read('The firm was fined £1.5 million plus costs of £45,000.')).toEqual([
      ['£1.5 million', 1_500_000, 'GBP', 'exact', 'fined'],
      ['£45,000', 45_000, 'GBP', 'exact', 'costs'],
    ])
    expect(read('He was ordered to pay £500 plus £85 costs.')).toEqual([
      ['£500', 500, 'GBP', 'exact', null],
      ['£85', 85, 'GBP', 'exact', 'costs'],
    ])
    expect(read('He was fined £1,000 plus a £100 victim surcharge, and it costs €20 plus VAT.')).toEqual([
      ['£1,000', 1_000, 'GBP', 'exact', 'fined'],
      ['£100', 100, 'GBP', 'exact', 'victim surcharge'],
      ['€20', 20, 'EUR', 'exact', null],
    ])
  })

  it('bounds a count before what it counts or closing the clause, and a sum closing it', () => {
    expect(read('There were 500 plus officers on duty, and crowds of 10,000 plus.')).toEqual([
      ['500 plus', 500, 'count', 'over', 'officers'],
      ['10,000 plus', 10_000, 'count', 'over', 'crowds'],
    ])
    expect(read('The fund is £2m plus.')).toEqual([['£2m plus', 2_000_000, 'GBP', 'over', 'fund']])
  })

  it('is read with the number after a qualifier before it, which keeps its own', () => {
    expect(read('Around 300-plus people attended the vigil.')).toEqual([
      ['Around 300-plus', 300, 'count', 'approx', 'people'],
    ])
    expect(read('Over 200+ people attended.')).toEqual([['Over 200+', 200, 'count', 'over', 'people']])
    expect(read('About 20 or so cars were damaged.')).toEqual([
      ['About 20 or so', 20, 'count', 'approx', 'cars'],
    ])
    // Spaced, before money or a figure, "plus" still adds another amount.
    expect(read('He paid about £500 plus £85 costs.')).toEqual([
      ['about £500', 500, 'GBP', 'approx', null],
      ['£85', 85, 'GBP', 'exact', 'costs'],
    ])
  })
})
