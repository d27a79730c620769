import { describe, expect, it } from 'vitest'
import { splitReleases } from '../releases/split-releases'
import { findStatistics } from './find-statistics'

/** What the statistic written `text` in `sentence` measures. */
function measureOf(sentence: string, text: string): string | null | undefined {
  return findStatistics(sentence).find((s) => s.text === text)?.measure
}

type Case = [sentence: string, text: string, measure: string | null]

function check(cases: Case[]): void {
  for (const [sentence, text, measure] of cases) {
    it(`reads what "${text}" measures in ${JSON.stringify(sentence)}`, () => {
      expect(measureOf(sentence, text)).toBe(measure)
    })
  }
}

describe('findMeasure', () => {
  describe('a word for the kind of figure names nothing counted', () => {
    check([
      ['Prices rose by an average of 1500.', '1500', 'Prices'],
      ['He was ordered to pay the sum of £1500.', '£1500', null],
      // With a noun after it, the phrase names the thing.
      ['The average fine is £1500.', '£1500', 'average fine'],
    ])
  })

  describe('a verb is no part of what a figure measures', () => {
    check([
      // The verb of a particle of change stands between its subject and "up" or "down".
      ['Prices went up by 5% last year.', '5%', 'Prices'],
      ['Energy costs have gone up 12% since March.', '12%', 'Energy costs'],
      ['Waiting times came down by 8%.', '8%', 'Waiting times'],
      ['The forecast was revised upwards by 2%.', '2%', 'forecast'],
      // A listed verb right after a count, before its complement: the count counts nothing named.
      ['About 1,000 come from Asia.', 'About 1,000', null],
      ['Some 300 live in the village.', 'Some 300', null],
      ['Around 40 work at the plant.', 'Around 40', null],
      // Near misses: "up" after a noun, a form of "be", and the same words as nouns or adjectives.
      ['With arrests up 5%, crime fell.', '5%', 'arrests'],
      ['Knife crime was down 12% on last year.', '12%', 'Knife crime'],
      ['Police seized over 2,000 live tarantulas.', 'over 2,000', 'live tarantulas'],
      ['He bought 12 help desks.', '12', 'help desks'],
      ['The firm issued 40 work permits.', '40', 'work permits'],
      ['She is one of 12 live-in carers.', '12', 'live-in carers'],
    ])
  })

  describe('an abbreviation in brackets after a name is no break in its clause', () => {
    check([
      [
        'The Committee today cut the Official Cash Rate (OCR) by 50 basis points to 4.75 percent.',
        '50 basis points',
        'the Official Cash Rate',
      ],
      ['The Consumer Prices Index (CPI) rose 4% in the year.', '4%', 'Consumer Prices Index'],
      ['Gross domestic product (GDP) fell 0.3%.', '0.3%', 'Gross domestic product'],
      // Near misses: words in brackets that are no abbreviation still close the clause.
      ['Sales (excluding fuel) rose 4%.', '4%', null],
      ['Arrests (up 12%) rose to 300.', '300', null],
    ])
  })

  describe("a participle after the noun that money opens a headline with is the headline's verb", () => {
    /** What each statistic of a release with this title and body measures. */
    const measures = (title: string, body: string) =>
      findStatistics(splitReleases(`${title}\n\nSource: Example Police\n\n${body}\n`).releases[0]!).map(
        (s) => [s.text, s.measure],
      )
    it('reads the noun before the participle', () => {
      expect(measures('£2m cannabis farm found in loft', 'Officers attended.')).toEqual([
        ['£2m', 'cannabis farm'],
      ])
      expect(measures('£5m Drugs Haul Seized At Port', 'Officers attended.')).toEqual([['£5m', 'Drugs Haul']])
      expect(measures('£300k fraud uncovered by police, court hears', 'It was heard.')).toEqual([
        ['£300k', 'fraud'],
      ])
      expect(measures('Title Case Words Here', '£5m Drugs Haul Seized At Port')).toEqual([
        ['£5m', 'Drugs Haul'],
      ])
    })
    it('keeps the participle of a count, of a line of results, and before a verb of its clause', () => {
      expect(measures('12 guns seized in raid', 'Officers attended.')).toEqual([['12', 'guns seized']])
      expect(measures('Operation results', 'Over $520,000 cash seized')).toEqual([
        ['Over $520,000', 'cash seized'],
      ])
      expect(measures('£2m cannabis farm found in loft was raided', 'Officers attended.')).toEqual([
        ['£2m', 'cannabis farm found'],
      ])
    })
  })

  describe('the area a fire or a flood spread over is measured by what spread', () => {
    check([
      ['Wildfires burned 18 million hectares.', '18 million hectares', 'Wildfires'],
      ['The fire has burned 4,000 acres.', '4,000 acres', 'fire'],
      [
        'Bushfires have burnt more than 10 million hectares since September.',
        'more than 10 million hectares',
        'Bushfires',
      ],
      // Near misses: what the area is of, a count, and another verb of measure.
      ['The blaze scorched 2,500 hectares of bush.', '2,500 hectares', 'bush'],
      ['The fire burned 12 homes.', '12', 'homes'],
      ['He travelled 10,000 miles.', '10,000 miles', 'travelled'],
      // A pronoun names nothing that spread, and the verb is no measure: as with "spread over".
      ['It burned 500 hectares.', '500 hectares', null],
      ['Since Monday it has scorched more than 2,000 acres.', 'more than 2,000 acres', null],
      ['It spread over 500 hectares.', '500 hectares', null],
      ['The fire spread over 500 hectares.', '500 hectares', 'fire'],
      ['The fire spread across 500 hectares.', '500 hectares', 'fire'],
      ['The estate sprawls over 40 acres.', '40 acres', 'estate'],
      ['The fire spread over more than 500 hectares.', 'more than 500 hectares', 'fire'],
      ['The blaze, which burned 500 hectares, was contained.', '500 hectares', 'blaze'],
    ])
  })

  describe('the area or the length a verb of extent says a thing takes up is measured by that thing', () => {
    check([
      ['The farm covers 1,200 hectares and employs 35 people.', '1,200 hectares', 'farm'],
      ['The reserve spans 3,000 hectares.', '3,000 hectares', 'reserve'],
      ['The wall stretches over 2,000km.', 'over 2,000km', 'wall'],
      ['The room measures 20 square metres.', '20 square metres', 'room'],
      ['The site covering 40 hectares will be sold.', '40 hectares', 'site'],
      ['The new park, which covers 40 hectares, opens today.', '40 hectares', 'new park'],
      ['The fire covered 500 acres.', '500 acres', 'fire'],
      // Near misses: a count and money keep their nouns; what the length is of; a pronoun names
      // nothing; people cover a distance they travel, which the verb says.
      ['The farm covers 1,200 hectares and employs 35 people.', '35', 'people'],
      ['The scheme covers 40 schools.', '40', 'schools'],
      ['The policy covers £5m of costs.', '£5m', 'costs'],
      ['The route stretches across 40 km of moorland.', '40 km', 'moorland'],
      ['It covers 40 hectares.', '40 hectares', null],
      ['Officers covered 300 miles on foot.', '300 miles', 'covered'],
    ])
  })

  describe("a market's closing change in money and its level are its subject's", () => {
    check([
      ['The pound closed 2 cents lower at $1.27.', '2 cents', 'pound'],
      ['The pound closed 2 cents lower at $1.27.', '$1.27', 'pound'],
      ['Shares closed 19p lower at 412p.', '412p', 'Shares'],
      ['Brent crude settled $1.20 lower on Friday.', '$1.20', 'Brent crude'],
      // Near misses: a change in per cent, a sum that is no change, points as before.
      ['Shares closed up 3.4% at 412p.', '412p', 'Shares'],
      ['The sale closed with £2m raised at auction.', '£2m', null],
      ['The FTSE 100 closed 45 points lower at 7,650.', '7,650', 'FTSE 100'],
      // A percentage before a market's comparative measures the verb's subject too.
      ['Shares closed 3% higher at 412p.', '3%', 'Shares'],
      ['The pound closed 0.4% lower against the dollar.', '0.4%', 'pound'],
      // Near misses: "more" before a noun measures the noun (below); a pronoun names nothing.
      ['The firm opened 30% more stores.', '30%', 'stores'],
      ['It closed 3% higher.', '3%', null],
    ])
  })

  describe('a verb of improving stands between a change and its subject', () => {
    check([
      ['Gross margin improved 120 basis points to 41.2%.', '120 basis points', 'Gross margin'],
      ['Operating margin improved 80bps.', '80bps', 'Operating margin'],
      ['The operating loss improved 35%.', '35%', 'operating loss'],
      ['Gross margin expanded to 41.2%, improving 120 basis points.', '120 basis points', 'Gross margin'],
      ['The combined ratio improved 150 basis points.', '150 basis points', 'combined ratio'],
      // Near miss: a count after it is what it improved.
      ['The council improved 300 homes last year.', '300', 'homes'],
    ])
  })

  describe('a participle after an article or a possessive opening the sentence describes the noun', () => {
    check([
      ['The combined ratio was 92%.', '92%', 'combined ratio'],
      ['Our adjusted profit rose 5%.', '5%', 'adjusted profit'],
      ['The seized drugs were worth £5m.', '£5m', 'seized drugs'],
      ['Its reported loss fell 5%.', '5%', 'reported loss'],
      // Near-misses: after a name or a plural the participle is the verb.
      ['Police seized drugs worth £5m.', '£5m', 'drugs'],
      ['Officers recovered property worth £20,000.', '£20,000', 'property'],
    ])
  })

  describe('a relative clause with "who" after people goes on with the subject', () => {
    check([
      ['The share of adults who smoke fell to 11.9%.', '11.9%', 'share of adults who smoke'],
      ['People who smoke are 3 times more likely to die.', '3 times', 'People who smoke'],
      ['Adults who drink alcohol fell to 48%.', '48%', 'Adults who drink alcohol'],
      // Near miss: a figure in the clause itself.
      ['The man who stole £500 was jailed.', '£500', null],
      // A clause with its auxiliary, or with its object's phrase, goes on with the subject.
      ['Patients who were admitted rose 4%.', '4%', 'Patients who were admitted'],
      ['Pupils who walk to school rose 5%.', '5%', 'Pupils who walk to school'],
      ['Students who passed rose by 300.', '300', 'Students who passed'],
      [
        'The number of patients who were admitted to hospital rose by 12%.',
        '12%',
        'patients who were admitted to hospital',
      ],
      // "That" after a plural, before an auxiliary or a verb's form, opens one too.
      ['Homes that were sold rose 5%.', '5%', 'Homes that were sold'],
      ['Offences that involved a knife rose 12%.', '12%', 'Offences that involved a knife'],
      // Before a verb of change, any verb in the present after "that" opens the clause.
      ['Firms that export goods rose 5%.', '5%', 'Firms that export goods'],
      ['Shops that sell alcohol fell 12%.', '12%', 'Shops that sell alcohol'],
      ['Households that rent privately rose by 40,000.', '40,000', 'Households that rent privately'],
      // So does it before an auxiliary of the perfect and the verb of change.
      ['Firms that export goods have risen 5%.', '5%', 'Firms that export goods'],
      ['Shops that sell alcohol had fallen 12%.', '12%', 'Shops that sell alcohol'],
      [
        'Households that rent privately will have risen by 40,000.',
        '40,000',
        'Households that rent privately',
      ],
      ['Figures show that sales have risen 5%.', '5%', 'sales'],
      ['The data means that prices have risen 5%.', '5%', 'prices'],
      // And before a modal and the verb of change.
      ['Firms that export goods will rise 5%.', '5%', 'Firms that export goods'],
      ['Shops that sell alcohol could fall 12%.', '12%', 'Shops that sell alcohol'],
      ['Figures show that sales will rise 5%.', '5%', 'sales'],
      ['Firms that export goods have been cut by 5%.', '5%', 'Firms that export goods'],
      ['Shops that sell alcohol will be cut by 12%.', '12%', 'Shops that sell alcohol'],
      ['Figures show that jobs have been cut by 5%.', '5%', 'jobs'],
      // Near misses: "that" after a verb of saying, or before a noun, opens a clause of its own.
      ['Figures show that sales rose 5%.', '5%', 'sales'],
      ['The data means that prices rose 5%.', '5%', 'prices'],
      ['Officers who attended found 12 weapons.', '12', 'weapons'],
      // A clause of showing after "that" holds the change's subject.
      ['Figures that show prices rose 5% were published.', '5%', 'prices'],
      ['Figures that show prices have risen 5% were published.', '5%', 'prices'],
      ['Surveys that suggest demand fell 3% are wrong.', '3%', 'demand'],
    ])
    it('reads no time that "that" points to as a clause', () => {
      for (const sentence of ['Sales that year rose 5%.', 'Exports that quarter rose 5%.']) {
        const measure = findStatistics(sentence).find((s) => s.text === '5%')?.measure ?? ''
        expect(measure.includes('that')).toBe(false)
      }
    })
    it('reads a long run of "that" and a verb before a perfect in bounded time', () => {
      const sentence = `Firms${' that export goods'.repeat(300)} have risen 5%.`
      expect(findStatistics(sentence).find((s) => s.text === '5%')?.value).toBe(5)
    })
    it('reads a long run of "that" and a verb before a change in bounded time', () => {
      const sentence = `Firms${' that export goods'.repeat(300)} rose 5%.`
      expect(findStatistics(sentence).find((s) => s.text === '5%')?.value).toBe(5)
    })
    it('reads a long run of "who" before a verb in bounded time', () => {
      const sentence = `Patients${' who'.repeat(300)} rose 4%.`
      expect(findStatistics(sentence).find((s) => s.text === '4%')?.value).toBe(4)
      const chain = `People${' who go patients'.repeat(300)} who go rose 4%.`
      // The head takes no clause of its own, so the measure stays short.
      const measure = findStatistics(chain).find((s) => s.text === '4%')?.measure ?? ''
      expect(measure.endsWith('patients who go') && measure.length < 40).toBe(true)
    })
  })

  describe('a participle in "-ing" after a plural goes on with the subject past its preposition', () => {
    check([
      ['Children living in poverty rose 4%.', '4%', 'Children living in poverty'],
      [
        'Patients waiting for treatment rose to 7.6 million.',
        '7.6 million',
        'Patients waiting for treatment',
      ],
      [
        'The number of households living in temporary accommodation rose 12%.',
        '12%',
        'households living in temporary accommodation',
      ],
      ['People sleeping on the streets rose to 3,900.', '3,900', 'People sleeping on the streets'],
      // A gerund that opens its sentence or follows an article is the subject's noun.
      ['Spending on roads rose 5%.', '5%', 'Spending on roads'],
      ['Funding for schools rose to £2bn.', '£2bn', 'Funding for schools'],
      ['The spending on roads rose 5%.', '5%', 'spending on roads'],
      // Near misses: a participle after "be" stays the verb.
      ['Police are sitting on 300 reports.', '300', 'reports'],
    ])
  })

  describe('a level\'s verb has its subject past an apposition, a time after it, or "with"', () => {
    check([
      ['Brent crude, the global benchmark, settled at $82.10.', '$82.10', 'Brent crude'],
      ['Unemployment, the main measure of slack, stood at 4.1%.', '4.1%', 'Unemployment'],
      ['Brent crude, which is the global benchmark, settled at $82.10.', '$82.10', 'Brent crude'],
      ['Brent crude, the global benchmark, rose 2%.', '2%', 'Brent crude'],
      ['Inflation, which had been falling, rose to 3%.', '3%', 'Inflation'],
      ['Shares rose, with Brent crude settling at $82.10.', '$82.10', 'Brent crude'],
      ['Oil fell, with the pound closing at $1.27.', '$1.27', 'pound'],
      ['The pound, trading at $1.27, fell.', '$1.27', 'pound'],
      ['Brent crude futures for June settled at $82.10.', '$82.10', 'Brent crude futures'],
      ['Sales for March stood at £4.2m.', '£4.2m', 'Sales'],
      // Near misses: a phrase after a participle of value, and a subject in one piece.
      ['The fund, valued at £4.5 million, closed.', '£4.5 million', 'fund'],
      ['The unemployment rate stood at 4.2%.', '4.2%', 'unemployment rate'],
      ['Shares in the firm closed at 300p.', '300p', 'Shares in the firm'],
      ['Sales, the firm said, rose 5%.', '5%', 'Sales'],
      // An index's number ends its name before the apposition, and is no figure of its own.
      ['The FTSE 100, the blue-chip index, closed at 7,650.', '7,650', 'FTSE 100'],
      ['The S&P 500, the broad index, rose 1.2%.', '1.2%', 'S&P 500'],
      // Near miss: a count before an apposition is no name.
      ['In total 300, the highest yet, rose 5%.', '5%', null],
      // An aside opened by a participle, or by "excluding" or "including", between the commas.
      ['Sales, boosted mainly by online orders, rose 5%.', '5%', 'Sales'],
      ['Ticket sales, driven by demand, totalled 50,000.', '50,000', 'Ticket sales'],
      ['Revenue, adjusted for inflation, fell 2%.', '2%', 'Revenue'],
      ['Exports, excluding oil, rose 3%.', '3%', 'Exports'],
      ['Costs, including staff, rose 3%.', '3%', 'Costs'],
    ])
    it("reads no figure in an index's name before an apposition", () => {
      const texts = findStatistics('The FTSE 100, the blue-chip index, closed at 7,650.').map((s) => s.text)
      expect(texts).toEqual(['7,650'])
    })
    it('reads a long run of words between commas before a verb in bounded time', () => {
      const sentence = `Brent${', the benchmark'.repeat(300)}, settled at $82.10.`
      expect(findStatistics(sentence).find((s) => s.text === '$82.10')?.value).toBe(82.1)
    })
  })

  describe('a clause of a participle and its agent after a comma measures the agent', () => {
    check([
      [
        'Revenue rose, driven largely by sales tax receipts, which grew 4.3% to $92 million.',
        '4.3%',
        'sales tax receipts',
      ],
      ['Profits rose, boosted by exports, which grew 4% to £2m.', '£2m', 'exports'],
      ['Revenue rose, helped by sales of tickets, which rose 12%.', '12%', 'sales of tickets'],
      // Near misses: a participle's agent inside a subject that opens with its noun.
      ['Cases dealt with by the court rose 4%.', '4%', 'Cases dealt with by the court'],
      ['Weapons seized by officers rose to 300.', '300', 'Weapons seized by officers'],
    ])
  })

  describe("a market's level after its change restated between commas, or its day, is its subject's", () => {
    check([
      ['Brent crude settled down $1.05, or 1.3%, at $82.10 a barrel.', '$82.10', 'Brent crude'],
      ['Brent crude settled $1.05, or 1.3%, lower at $82.10 a barrel.', '$82.10', 'Brent crude'],
      ['Brent crude futures settled up 87 cents, or 1.1%, at $82.10.', '$82.10', 'Brent crude futures'],
      [
        'Brent crude futures settled 1.2% higher on Friday at $82.10 a barrel.',
        '$82.10',
        'Brent crude futures',
      ],
      ['Shares closed up 3.4%, or 14p, at 412p.', '412p', 'Shares'],
      ['Brent settled $1.20 lower at $82.10.', '$82.10', 'Brent'],
      // "be" before the change and its comparative links its subject to the level as a market's verb does.
      ['Shares were 3% higher at 412p.', '412p', 'Shares'],
      ['Oil was $1.05 lower at $80.10.', '$80.10', 'Oil'],
      ['Arrests were 12% higher at 1,450.', '1,450', 'Arrests'],
      // Near misses: a level with no change before it, and a count with a singular subject.
      ['Brent crude settled on Friday at $82.10 a barrel.', '$82.10', 'Brent crude'],
      ['The index ended down 0.5% on Tuesday at 7,650.', '7,650', null],
      // A pronoun names nothing, and the comparative is no measure.
      ['It was 3% higher at 412p.', '412p', null],
      ['It closed 2 cents lower at $1.27.', '$1.27', null],
      // No figure after "at": the change keeps its subject.
      ['Turnout was 3% higher at the polling station.', '3%', 'Turnout'],
    ])
    it("reads a comparative after a figure restated between commas as both figures' change", () => {
      const changes = (sentence: string) =>
        findStatistics(sentence).map((s) => [s.text, s.change, s.measure] as const)
      expect(changes('Brent crude settled $1.05, or 1.3%, lower at $82.10 a barrel.')).toEqual([
        ['$1.05', 'decrease', 'Brent crude'],
        ['1.3%', 'decrease', 'Brent crude'],
        ['$82.10', null, 'Brent crude'],
      ])
      expect(changes('Shares closed 14p, or 3.4%, higher at 412p.')).toEqual([
        ['14p', 'increase', 'Shares'],
        ['3.4%', 'increase', 'Shares'],
        ['412p', null, 'Shares'],
      ])
      // Near misses: no comparative after the restatement, and a count with no time compared.
      expect(changes('Sales were £2m, or 12%, and profits rose.').map((c) => c[1])).toEqual([null, null])
      expect(changes('Police made 1,200 arrests, or 12%, more than last year.')[0]![1]).toBeNull()
    })
    it('reads a long run of restated figures before the level in bounded time', () => {
      const sentence = `Brent settled down $1.05${', or 1.3%'.repeat(300)}, at $82.10 a barrel.`
      expect(findStatistics(sentence).find((s) => s.text === '$82.10')?.value).toBe(82.1)
    })
  })

  describe('the object a verb moved up or down is what changed', () => {
    check([
      ['Strong demand pushed prices up 5%.', '5%', 'prices'],
      ['The storm drove insurance costs up 12% last year.', '12%', 'insurance costs'],
      ['A weak dollar sent fuel costs up 8%.', '8%', 'fuel costs'],
      ['Higher rates are pushing the cost of borrowing up 2%.', '2%', 'cost of borrowing'],
      // Near misses: the verb with no object, the particle first, and a verb of its own.
      ['Prices pushed up 5%.', '5%', 'Prices'],
      ['Demand pushed up prices by 5%.', '5%', 'prices'],
      ['Police pushed the crowd back and arrests went up 5%.', '5%', 'arrests'],
    ])
  })

  describe('the level a verb moved its object up or down to is the level of the object', () => {
    check([
      ['The storm pushed inflation up to 6.7% in May.', '6.7%', 'inflation'],
      ['The decision pushed mortgage rates down to 4.5%.', '4.5%', 'mortgage rates'],
      ['The war sent oil prices up to $120 a barrel.', '$120', 'oil prices'],
      ['Fuel costs drove inflation up to 10.1 per cent.', '10.1 per cent', 'inflation'],
      // Points the object moved by are its unit, and measure it.
      ['It pushed mortgage rates down 0.5 points.', '0.5 points', 'mortgage rates'],
      ['Weak demand dragged the index down 45 points.', '45 points', 'index'],
      ['The recession pushed unemployment up to 3.2 million.', '3.2 million', 'unemployment'],
      ['Cuts forced the number of closures up to 40, the union said.', '40', 'number of closures'],
    ])
    /** The qualifier and change of the statistic written `text` in `sentence`. */
    function readingOf(sentence: string, text: string): [string, string | null] | undefined {
      const found = findStatistics(sentence).find((s) => s.text === text)
      return found && [found.qualifier, found.change]
    }
    it('reads "up to" a rate or a price after a moved object as a level, no bound', () => {
      expect(readingOf('The storm pushed inflation up to 6.7% in May.', '6.7%')).toEqual(['exact', null])
      expect(readingOf('The tax drove fares up to £4.50.', '£4.50')).toEqual(['exact', null])
    })
    it('reads "up to" a bare count after a moved object as a level, no bound', () => {
      expect(readingOf('The recession pushed unemployment up to 3.2 million.', '3.2 million')).toEqual([
        'exact',
        null,
      ])
      expect(readingOf('The strike drove waiting lists up to 7,600 in March.', '7,600')).toEqual([
        'exact',
        null,
      ])
      expect(readingOf('Cuts forced the number of closures up to 40, the union said.', '40')).toEqual([
        'exact',
        null,
      ])
    })
    it('keeps "up to" a bound before a count with its own noun, or "times"', () => {
      expect(readingOf('The scheme sends families up to 200 letters.', 'up to 200')).toEqual(['upTo', null])
      expect(readingOf('The firm sends customers up to 3 emails a week.', 'up to 3')).toEqual(['upTo', null])
      expect(readingOf('It could push costs up to 3 times higher.', 'up to 3 times')).toEqual([
        'upTo',
        'increase',
      ])
      expect(readingOf('The fair drew crowds of up to 5,000.', 'up to 5,000')).toEqual(['upTo', null])
      expect(readingOf('It pushed mortgage rates down 0.5 points.', '0.5 points')).toEqual([
        'exact',
        'decrease',
      ])
    })
    it('keeps "up to" a bound before a distance, a comparative, or with no moved object', () => {
      expect(readingOf('The scheme sends pupils up to 20 miles.', 'up to 20 miles')).toEqual(['upTo', null])
      expect(readingOf('Police pushed the crowd back up to 300 metres.', 'up to 300 metres')).toEqual([
        'upTo',
        null,
      ])
      expect(readingOf('It could push prices up to 10% higher.', 'up to 10%')).toEqual(['upTo', 'increase'])
      expect(readingOf('They pushed for fines of up to £5,000.', 'up to £5,000')).toEqual(['upTo', null])
    })
    it('reads a long object before "up to" in bounded time', () => {
      const sentence = `It pushed${' inflation'.repeat(400)} up to 6.7%.`
      expect(readingOf(sentence, 'up to 6.7%')).toEqual(['upTo', null])
    })
  })

  describe('a phrasal verb in the passive and its "by" phrase are part of the subject of a change', () => {
    check([
      ['Cases dealt with by the court rose 4% last year.', '4%', 'Cases dealt with by the court'],
      ['The number of cases dealt with by the court rose 4%.', '4%', 'cases dealt with by the court'],
      [
        'Children looked after by the council rose to 1,240.',
        '1,240',
        'Children looked after by the council',
      ],
      ['Claims paid out by insurers fell 6% in 2023.', '6%', 'Claims paid out by insurers'],
      ['Calls followed up by officers fell 3%.', '3%', 'Calls followed up by officers'],
      // Near misses: a participle with no particle, a particle of change after its verb, and
      // "by" before the figure.
      ['Claims handled by the ombudsman fell 12%.', '12%', 'Claims handled by the ombudsman'],
      ['Output picked up by 2%.', '2%', 'Output'],
      ['Rents were pushed up by 5% by landlords.', '5%', 'Rents'],
    ])
    it('reads a long run of particles before "by" in linear time', () => {
      const sentence = `Cases${' dealt with by'.repeat(300)} the court rose 4%.`
      // The subject is read back a bounded number of words.
      expect(measureOf(sentence, '4%')).toBe('dealt with by dealt with by dealt with by the court')
    })
  })

  describe('the subject of a change keeps the noun it goes "with"', () => {
    check([
      ['Patients with flu rose 3%.', '3%', 'Patients with flu'],
      ['Households with children fell 2% last year.', '2%', 'Households with children'],
      [
        'Hospital admissions for patients with Covid rose 20%.',
        '20%',
        'Hospital admissions for patients with Covid',
      ],
      ['People with diabetes increased to 4.3 million.', '4.3 million', 'People with diabetes'],
      // Near misses: a verb or a comma before "with", and "with" opening an aside.
      ['Officers faced with assaults rose 5%.', '5%', 'assaults'],
      ['Police dealing with knife crime rose 5%.', '5%', 'knife crime'],
      ['Sales rose 4%, with exports up 3%.', '3%', 'exports'],
      ['With arrests up 5%, crime fell.', '5%', 'arrests'],
      ['A man with cannabis worth £500 was arrested.', '£500', 'cannabis'],
    ])
  })

  describe('an abbreviation in brackets after the object of a change is no break before its level', () => {
    check([
      ['The Bank of England raised the Bank Rate (BR) to 5.25%.', '5.25%', 'the Bank Rate'],
      ['The Reserve Bank cut the Official Cash Rate (OCR) to 5.5%.', '5.5%', 'the Official Cash Rate'],
      ['The ECB lowered the deposit facility rate (DFR) to 3.75%.', '3.75%', 'the deposit facility rate'],
      // Near misses: words in brackets that are no abbreviation, and the object with none.
      ['Police raised the reward (see below) to £20,000.', '£20,000', null],
      ['The Reserve Bank raised the OCR (the cash rate) to 5.5%.', '5.5%', null],
      ['The Bank of England raised the Bank Rate to 5.25%.', '5.25%', 'the Bank Rate'],
    ])
  })

  describe("a headline's infinitive of what will be has the noun before it as its subject", () => {
    check([
      ['Council tax to rise by 4.99%', '4.99%', 'Council tax'],
      ['Bus fares to rise 5% in April.', '5%', 'Bus fares'],
      ['Pay for nurses to rise 5%.', '5%', 'Pay for nurses'],
      ['Costs to increase by £2m', '£2m', 'Costs'],
      // Near misses: a verb that governs the infinitive, and a noun inside the clause.
      ['Fares set to rise 5%.', '5%', 'Fares'],
      ['Prices continue to rise 5%.', '5%', null],
      ['It is time for prices to rise 5%.', '5%', null],
      ['Council plans to cut costs by 5%.', '5%', 'costs'],
    ])
  })

  describe('a verb in the past right after a count, before its object, counts nothing named', () => {
    check([
      ['A record crowd of 37,645 watched the match on Saturday.', '37,645', null],
      ['More than 500 signed the petition.', 'More than 500', null],
      ['In total 1,200 attended the event.', '1,200', null],
      ['Police said 300 stormed their offices.', '300', null],
      // Near misses: a past form before a noun describes it, and one before a time says when.
      ['Police seized 300 stolen phones.', '300', 'stolen phones'],
      ['Officers arrested 12 wanted men.', '12', 'wanted men'],
      ['Officers recovered 40 stolen the day before.', '40', 'stolen'],
      ['He had 12 convictions.', '12', 'convictions'],
    ])
  })

  describe('a verb of change and its particle are no part of its subject', () => {
    check([
      // An irregular past before "up" or "down" is the verb of the particle.
      ['Sales shot up 5% in the quarter.', '5%', 'Sales'],
      ['Rents shot up by 12% last year.', '12%', 'Rents'],
      ['House prices shot up 9% in a year.', '9%', 'House prices'],
      // "back" and "away" after a verb of change: the verb says the change.
      ['Profits fell back 4% in the half.', '4%', 'Profits'],
      ['Demand dropped away 7% over the period.', '7%', 'Demand'],
      ['Inflation fell back to 2.1% in May.', '2.1%', 'Inflation'],
      ['Arrests climbed back to 1,200 last year.', '1,200', 'Arrests'],
      // Near misses: a verb of no change before "back" keeps what it counts.
      ['He brought back 20 medals.', '20', 'medals'],
      ['The firm gave back 300 jobs.', '300', 'jobs'],
    ])
    it('reads the way of a verb of change before "back" or "away"', () => {
      const change = (sentence: string): unknown => findStatistics(sentence)[0]?.change
      expect(change('Profits fell back 4% in the half.')).toBe('decrease')
      expect(change('Shares slipped back 2% on Friday.')).toBe('decrease')
      expect(change('Orders climbed back 6% in March.')).toBe('increase')
      expect(change('Demand fell away 7% over the period.')).toBe('decrease')
      // A level reached, and a verb of no change, are no change.
      expect(change('Inflation fell back to 2.1% in May.')).toBeNull()
      expect(change('He paid back £2,000 to the victim.')).toBeNull()
      expect(change('She won back 30% of the vote.')).toBeNull()
    })
  })

  describe('a phrase set off by a comma between a verb of change and its level', () => {
    check([
      [
        'Waiting lists have fallen for the third month in a row, to 7.5 million.',
        '7.5 million',
        'Waiting lists',
      ],
      ['Arrests rose again, to 1,450.', '1,450', 'Arrests'],
      ['Unemployment fell sharply, to 4.1%.', '4.1%', 'Unemployment'],
      // Near misses: a noun of change has no subject; what follows "to" is counted.
      ['There was a rise in arrests, to 300.', '300', null],
      ['Officers were sent in, to 12 sites.', '12', 'sites'],
    ])
  })

  describe("a noun of change that is a verb's object has no subject before it", () => {
    check([
      ['The company reported growth of 3%.', '3%', null],
      ['The firm posted growth of 12% last year.', '12%', null],
      // Near misses: the noun of change opening the clause, and what follows its "in".
      ['Sales growth of 3% was reported.', '3%', 'Sales'],
      ['Knife crime has seen a rise of 12% in burglaries.', '12%', 'burglaries'],
    ])
  })

  describe('the words that describe a noun of change before "of" are no subject', () => {
    check([
      // A participle opening the sentence, an adjective of size or of period.
      ['Expected growth of 2% this year will be welcome.', '2%', null],
      ['Projected growth of 1.5% is below trend.', '1.5%', null],
      ['Underlying growth of 5% came from Asia.', '5%', null],
      ['Annual growth of 3% is forecast.', '3%', null],
      ['Exports posted annual growth of 3%.', '3%', null],
      // Near misses: a noun before the noun of change is what changed.
      ['Wage growth of 5.6% outpaced inflation.', '5.6%', 'Wage'],
      ['Revenue growth of 5% was reported.', '5%', 'Revenue'],
    ])
  })

  describe('a capital glued to an ampersand opens a name in the subject, no article', () => {
    check([
      ['A&E attendances reached 2.2 million.', '2.2 million', 'A&E attendances'],
      ['A&E waits of 12 hours rose 5%.', '5%', 'A&E waits of 12 hours'],
      ['Sales at A&E rose 5%.', '5%', 'Sales at A&E'],
      // Near misses: an article before a word, and a name of other capitals.
      ['A rise of 5% was seen.', '5%', null],
      ['M&S sales rose 5%.', '5%', 'M&S sales'],
    ])
  })

  describe('a number glued by a hyphen to a name is part of the subject', () => {
    check([
      ['Cases of COVID-19 rose 5% last week.', '5%', 'Cases of COVID-19'],
      ['Deaths from COVID-19 reached 1,200.', '1,200', 'Deaths from COVID-19'],
      ['The A-14 closure cost £2m.', '£2m', 'A-14 closure'],
      // Near misses: a subject with no number, and a figure after a hyphen in lower case.
      ['Cases of measles have risen 30%.', '30%', 'Cases of measles'],
      ['Reports of fraud increased 20% in 2023.', '20%', 'Reports of fraud'],
    ])
  })

  describe('an adjective that judges a change before what changed is no part of it', () => {
    check([
      ['Strong export growth of 5% helped the economy.', '5%', 'export'],
      ['Weak wage growth of 2% was reported.', '2%', 'wage'],
      ['Sluggish consumer spending growth of 1.2% held back output.', '1.2%', 'consumer spending'],
      ['The data showed robust export growth of 5%.', '5%', 'export'],
      ['Modest pay rises of 2% were agreed.', '2%', 'pay'],
      // Near misses: what changed with no adjective, and an adjective alone before the change.
      ['Export growth of 5% helped the economy.', '5%', 'Export'],
      ['Robust growth of 3% in exports was welcome.', '3%', 'exports'],
      ['Strong growth of 4% is forecast.', '4%', null],
    ])
  })

  describe('the subject of a verb of undergoing before a noun of change is what changed', () => {
    check([
      ['Shoplifting recorded a rise of 12% in Leeds.', '12%', 'Shoplifting'],
      ['Sales saw strong growth of 4% in the half.', '4%', 'Sales'],
      ['Burglaries showed a sharp rise of 12%.', '12%', 'Burglaries'],
      ['Violent crime has seen a fall of 3% in West Yorkshire.', '3%', 'Violent crime'],
      ['The economy experienced growth of 2%.', '2%', 'economy'],
      // Near misses: who counted or told the change, and a verb of saying, name nothing changed.
      ['Police recorded a rise of 12%.', '12%', null],
      ['Kent Police recorded a rise of 9%.', '9%', null],
      ['Officers recorded a rise of 9%.', '9%', null],
      ['Figures show a rise of 4%.', '4%', null],
      ['We saw a rise of 9%.', '9%', null],
      ['The company reported a rise of 3%.', '3%', null],
    ])
  })

  describe('a place after "in" is where a change came, not what changed', () => {
    check([
      ['There was a rise of 12% in Leeds.', '12%', null],
      ['There was a 12% rise in Leeds.', '12%', null],
      ['Figures show a rise of 12% in London and a fall of 3% in Wales.', '3%', null],
      ['There was a fall of 8% in Greater Manchester.', '8%', null],
      ['There was a fall of 8% in Kent County.', '8%', null],
      // Near misses: a thing changed in capitals or named in more words, and a thing in lower case.
      ['There was a rise of 5% in GDP.', '5%', 'GDP'],
      ['There was a rise of 12% in Council Tax.', '12%', 'Council Tax'],
      ['There was a 12% rise in Universal Credit claims.', '12%', 'Universal Credit claims'],
      ['There was a rise of 12% in burglaries in Leeds.', '12%', 'burglaries'],
      ['Shoplifting rose 12% in Leeds.', '12%', 'Shoplifting'],
    ])
  })

  describe('a place named by its kind after the subject is left out of it, as a named place is', () => {
    check([
      ['Visitor spending in the city rose to an estimated £310m.', 'an estimated £310m', 'Visitor spending'],
      ['Burglaries in the force area fell by 12%.', '12%', 'Burglaries'],
      ['Footfall in the city centre rose 8%.', '8%', 'Footfall'],
      ['Crime in the borough fell 5%.', '5%', 'Crime'],
      ['Investment in this area rose to £2m.', '£2m', 'Investment'],
      // Near misses: a thing after "the" that is no place, and a named place as before.
      ['Demand in the state pension fell 2%.', '2%', 'Demand in the state pension'],
      ['Spending in Leeds rose to £310m.', '£310m', 'Spending'],
    ])
  })

  describe('the infinitive after a verb of finding or saying in the passive is no part of the measure', () => {
    check([
      ['The van was found to contain goods worth £10,000.', '£10,000', 'goods'],
      ['The bags were said to contain drugs worth £3,000.', '£3,000', 'drugs'],
      ['The lorry was thought to carry tobacco worth £80,000.', '£80,000', 'tobacco'],
      // Near misses: the verb with its object in the active, and "ordered to pay" as before.
      ['Police found goods worth £10,000.', '£10,000', 'goods'],
      ['He was ordered to pay costs of £85.', '£85', 'costs'],
    ])
  })

  describe("a people's or a place's word between money and its noun", () => {
    check([
      ['It is a €2.5 billion Italian scheme.', '€2.5 billion', 'Italian scheme'],
      ['The council backed a £2m Manchester project.', '£2m', 'Manchester project'],
      ['A 12kg German shepherd was found.', '12kg', 'German shepherd'],
      // Near misses: a name before its verb or a preposition, a day, a name of more words.
      ['It costs £20 Smith said.', '£20', null],
      ['Investors lost $7 million Canadian in the scheme.', '$7 million', null],
      ['They raised £5,000 Saturday for charity.', '£5,000', null],
      ['The club paid £20m Chelsea fans said.', '£20m', null],
    ])
  })

  describe('a compound after "police" is counted whole', () => {
    check([
      ['Two police community support officers were injured.', 'Two', 'police community support officers'],
      ['Four police traffic unit officers attended.', 'Four', 'police traffic unit officers'],
      ['The centre has 60 police control room staff.', '60', 'police control room staff'],
      // Near misses: a verb after people, or after a plural in "-s", before its object.
      ['He said 500 police guard the venues.', '500', 'police'],
      ['Police said 40 staff train new recruits.', '40', 'staff'],
      ['300 firms offer apprenticeship schemes.', '300', 'firms'],
    ])
  })

  describe('a compound of people before a finite verb is counted whole', () => {
    check([
      ['40 staff support workers were hired.', '40', 'staff support workers'],
      ['Another 40 staff support workers will join the team.', '40', 'staff support workers'],
      ['Some 12 people support workers have left.', 'Some 12', 'people support workers'],
      // Near misses: a verb before its object, a verb of saying before its clause.
      ['300 staff train new recruits.', '300', 'staff'],
      ['300 staff support victims being abused.', '300', 'staff'],
      ['Some 60% of people say workers are underpaid.', 'Some 60%', 'people'],
      ['400 officers support victims are fine.', '400', 'officers'],
    ])
  })

  describe('a compound of people that a count after a verb or "of" ends with is counted whole', () => {
    check([
      ['The service employs 40 staff support workers.', '40', 'staff support workers'],
      ['The trust has hired 40 staff support workers across the county.', '40', 'staff support workers'],
      ['It recruited 20 staff support officers in June.', '20', 'staff support officers'],
      ['The hub has a team of 12 staff support workers, the council said.', '12', 'staff support workers'],
      // Near misses: a count that opens its clause, a head with more after it, and "to".
      ['Police said 40 staff train new recruits.', '40', 'staff'],
      ['Figures show 300 staff support workers.', '300', 'staff'],
      ["The council employs 40 staff support workers' families.", '40', 'staff'],
      ['The council employs 40 staff to support workers.', '40', 'staff'],
      // A verb that opens no compound of people is the verb, before its object.
      ['A team of 12 people help residents.', '12', 'people'],
      ['A group of 20 people visit patients.', '20', 'people'],
      ['A team of 12 staff help residents at home.', '12', 'staff'],
      // A noun's "of" phrase that opens the sentence is its subject: a compound's opener is its verb there.
      ['A team of 12 people support workers.', '12', 'people'],
      ['A group of 20 volunteers support families in the area.', '20', 'volunteers'],
      // Not after a noun of a workforce, which opens compounds of its roles as "police" does.
      ['A team of 12 staff support workers.', '12', 'staff support workers'],
      ['A team of twelve staff support workers in Leeds.', 'twelve', 'staff support workers'],
      ['A group of 20 personnel support officers.', '20', 'personnel support officers'],
      ['A team of 40 more staff support workers.', '40', 'more staff support workers'],
      // Near misses: a count opening its own clause, and a verb that opens no compound of people.
      ['300 staff support workers.', '300', 'staff'],
      ['A team of 12 staff help residents.', '12', 'staff'],
      // Near misses: before a finite verb it is the compound's, and a phrase inside the sentence stays an object.
      ['A team of 40 staff support workers was hired.', '40', 'staff support workers'],
      ['The trust funds a team of 12 staff support workers.', '12', 'staff support workers'],
      ['The force has a unit of 30 police patrol officers.', '30', 'police patrol officers'],
    ])
  })

  describe('a second verb after "and" ends what is counted', () => {
    check([
      ['The firm will create 250 jobs and support a further 400.', '250', 'jobs'],
      ['The plant will employ 300 staff and boost the local economy.', '300', 'staff'],
      ['It created 40 jobs and supports the wider supply chain.', '40', 'jobs'],
      ['The project aims to create 250 jobs and help their families.', '250', 'jobs'],
      // Near misses: nouns of a list, before a time or a relative clause with no verb before them.
      ['Police seized 12 knives and cocaine a week later.', '12', 'knives and cocaine'],
      ['Police seized 3 guns and cash the gang had hidden.', '3', 'guns and cash'],
      ['The council will fund 40 nurses and midwives.', '40', 'nurses and midwives'],
    ])
  })

  describe('a percentage before "more", "fewer" or "less" measures the noun after the comparative', () => {
    check([
      ['There were 15% fewer burglaries.', '15%', 'burglaries'],
      ['It uses 30% less energy.', '30%', 'energy'],
      ['Police made 20% more arrests this year.', '20%', 'arrests'],
      // Near misses: "than" after the comparative, a day after it, an adjective, name nothing changed.
      ['Smokers were 30% more likely to be admitted.', '30%', 'Smokers'],
      ['Tickets are 20% more expensive.', '20%', 'Tickets'],
      ['Boilers are 30% more efficient.', '30%', 'Boilers'],
      ['The scheme brought 30% more investment.', '30%', 'investment'],
      ['Prices were 15% more than last year.', '15%', 'Prices'],
      ['Sales were 5% more on Friday.', '5%', 'Sales'],
    ])
  })

  describe('a thing after "and" given a value of its own is the next item of a list', () => {
    check([
      [
        'Investigators seized 18 luxury vehicles and cryptocurrency worth an estimated EUR 450 000.',
        '18',
        'luxury vehicles',
      ],
      ['Police seized 18 vehicles and cash worth £20,000.', '18', 'vehicles'],
      ['Police seized 18 vehicles and designer watches valued at £5,000.', '18', 'vehicles'],
      ['Police seized 18 vehicles and cash worth £20,000.', '£20,000', 'cash'],
      // Near misses: "worth" with no figure after it, and a list with no value.
      ['It helped 300 women and girls worth supporting.', '300', 'women and girls'],
      ['Police seized 18 vehicles and jewellery.', '18', 'vehicles and jewellery'],
    ])
  })

  describe('after "a" and a sum, the singular thing it is ends before a list\'s plural', () => {
    check([
      [
        'She used the money to pay expenses, including a $312,000 mortgage payoff and trips to Las Vegas.',
        '$312,000',
        'mortgage payoff',
      ],
      ['She received a £5,000 grant and loans from the bank.', '£5,000', 'grant'],
      ['He bought a £40 meal and drinks.', '£40', 'meal'],
      // Near misses: no article; a plural before "and"; a word after the plural; a singular after
      // "and"; a count.
      [
        'The court ordered him to pay £1,250 compensation and costs to the victim.',
        '£1,250',
        'compensation and costs to the victim',
      ],
      ['The council approved a £10m jobs and skills fund.', '£10m', 'jobs and skills'],
      ['A 12kg dog and cats were found.', '12kg', 'dog and cats'],
      ['It is a £5m research and development centre.', '£5m', 'research and development centre'],
      ['Police seized 18 vehicles and jewellery.', '18', 'vehicles and jewellery'],
    ])
    it('reads a long run of "and" after a sum in bounded time', () => {
      const sentence = `She paid a $312,000 payoff${' and payoff'.repeat(300)} and trips to Leeds.`
      const started = Date.now()
      expect(findStatistics(sentence).find((s) => s.text === '$312,000')?.value).toBe(312000)
      expect(Date.now() - started).toBeLessThan(2000)
    })
  })

  describe('a change "by an average of", "by a total of" or "by a further" figure', () => {
    check([
      ['Rents rose by an average of 8.6% last year.', '8.6%', 'Rents'],
      ['Bills will rise by an average of £1.73 a week for a Band D property.', '£1.73', 'Bills'],
      [
        'The scheme cut the length of investigations by an average of 40 per cent.',
        '40 per cent',
        'the length of investigations',
      ],
      ['Arrests increased by a total of 450 over the year.', '450', 'Arrests'],
      // Near miss: after a participle "by" names the agent, and what follows is counted.
      ['The sites were visited by a total of 3,000 people.', '3,000', 'people'],
    ])
  })

  describe('a number a name word labels goes on with what is counted', () => {
    check([
      ['They saw 5 cases of type 2 diabetes.', '5', 'cases of type 2 diabetes'],
      ['Police took 40 calls to Station 4 yesterday.', '40', 'calls to Station 4'],
      // A number with no name word before it is another figure.
      ['Police made 12 arrests and 4 charges.', '12', 'arrests'],
    ])
  })

  describe('digits glued to a word end its name, which goes on with what is counted', () => {
    check([
      ['There were 12 cases of B12 deficiency.', '12', 'cases of B12 deficiency'],
      ['Doctors confirmed 40 cases of H5N1 bird flu.', '40', 'cases of H5N1 bird flu'],
      ['Officers seized 3 kg of cannabis and 20 AK47 rifles.', '20', 'AK47 rifles'],
      // A period's code glued to its number says when, not what.
      ['The firm opened 30 stores in FY24.', '30', 'stores'],
      ['Sales of £4m in Q3 were a record.', '£4m', 'Sales'],
    ])
  })

  describe('the sign between dimensions or factors names nothing measured', () => {
    check([
      ['It measures 20m x 40m.', '20m', null],
      ['It measures 20m × 40m.', '20m', null],
      // A verb of extent's subject is what its first dimension measures.
      ['The new hall measures 20m x 40m.', '20m', 'new hall'],
      ['The new hall measures 20m × 40m.', '20m', 'new hall'],
      // A word "x" before a noun, and an X glued to its word, go on.
      ['Police seized 40 x boxes.', '40', 'x boxes'],
      ['They bought 12 X-ray machines.', '12', 'X-ray machines'],
    ])
  })

  describe('what is counted ends before the verb of its sentence', () => {
    check([
      // A verb that takes no object has no participle to describe what is counted.
      ['Two men appeared at Leeds Magistrates Court on Monday.', 'Two', 'men'],
      ['12 people died in the crash on the A34.', '12', 'people'],
      ['Two vehicles collided on Highway 401 near Toronto.', 'Two', 'vehicles'],
      ['Nine officers responded to the call within minutes.', 'Nine', 'officers'],
      ['Some 30 residents remained in temporary accommodation.', 'Some 30', 'residents'],
      // Answers to a survey, and a vote.
      ['Around 9 in 10 people agreed.', 'Around 9 in 10', 'people'],
      ['In total, 1,200 residents replied to the survey.', '1,200', 'residents'],
      ['Four councillors abstained.', 'Four', 'councillors'],
      // After the number it describes what is counted.
      ['The 12 agreed measures will start in May.', '12', 'agreed measures'],
      // A verb in the present that takes none.
      ['Every year 720 million containers move around the globe.', '720 million', 'containers'],
      ['Nearly 40 per cent of phone thefts occur in the West End.', 'Nearly 40 per cent', 'phone thefts'],
      // A past form before an article or a possessive is a verb with its object.
      ['About 40 residents attended a meeting at the town hall.', 'About 40', 'residents'],
      ['The 12 officers visited their homes.', '12', 'officers'],
      // A verb of giving keeps its object in the passive.
      ['Officers stopped 200 drivers given a warning.', '200', 'drivers given'],
      ['Police stopped 40 motorists issued a fine.', '40', 'motorists issued'],
      // The count opens the sentence after an article, and no other verb follows.
      ['The 4 people met at the station.', '4', 'people'],
      ['On Monday, the 12 officers deployed to the estate.', '12', 'officers'],
      // A verb later in the sentence makes the past form a participle, as in a list of results.
      ['The 4 people met at the station were later released.', '4', 'people met at the station'],
      ['16,500 people arrested at protests.', '16,500', 'people arrested at protests'],
      ['A total of 230 people arrested.', '230', 'people arrested'],
      [
        'The 316 stolen vehicles recovered in the operation were returned.',
        '316',
        'stolen vehicles recovered',
      ],
      // After an adverb the past form describes the noun.
      ['Five newly built homes were sold.', 'Five', 'newly built homes'],
      ['Crews found five newly retired officers.', 'five', 'newly retired officers'],
      ['The 10 most wanted fugitives were named.', '10', 'most wanted fugitives'],
      ['Police named 12 well known dealers.', '12', 'well known dealers'],
      // People opening a sentence act: a past form after them, before a preposition, an adverb
      // or the end, is its verb, whether or not the lists hold it.
      ['Around 300 people gathered.', 'Around 300', 'people'],
      ['Some 50 protesters rallied outside Parliament on Tuesday.', 'Some 50', 'protesters'],
      ['About 2,000 local residents gathered peacefully in the square.', 'About 2,000', 'local residents'],
      ['On Saturday, 40 volunteers cycled from Cork to Dublin.', '40', 'volunteers'],
      ['More than 600 fans celebrated, singing into the night.', 'More than 600', 'fans'],
      // Not people acting: a result done to them, things acted on, a verb later, an object, or no sentence start.
      ['Around 300 people arrested in the raids.', 'Around 300', 'people arrested'],
      ['1,200 vehicles seized.', '1,200', 'vehicles seized'],
      [
        'Around 300 people gathered at the scene were moved back.',
        'Around 300',
        'people gathered at the scene',
      ],
      ['Police found 30 people gathered in a flat.', '30', 'people gathered'],
      // After a verb of saying the count opens its clause, and the people act there too.
      ['Police said 300 people gathered in the square.', '300', 'people'],
      ['Around 300 people rescued from the flood.', 'Around 300', 'people rescued from the flood'],
      // People after an article, a noun and "of" that open the sentence act as well.
      ['A total of 300 people attended.', '300', 'people'],
      ['A total of 40 officers attended on Monday.', '40', 'officers'],
      ['A crowd of 2,000 fans gathered outside the ground.', '2,000', 'fans'],
      ['The group of 12 volunteers cycled from Cork to Dublin.', '12', 'volunteers'],
      ['A total of between 300 and 400 people attended.', 'between 300 and 400', 'people'],
      // Near misses: a result done to them, things, a verb later, and a phrase inside the sentence.
      ['A total of 230 people injured.', '230', 'people injured'],
      ['A total of 1,200 vehicles recovered.', '1,200', 'vehicles recovered'],
      ['A total of 300 people gathered at the scene were moved back.', '300', 'people gathered at the scene'],
      ['Police found a total of 30 people gathered in a flat.', '30', 'people gathered'],
      // A clause of its own after a comma holds no verb of theirs: a report, or one after a conjunction.
      ['A total of 300 people attended, police said.', '300', 'people'],
      ['Around 300 people gathered on Saturday, the organisers said.', 'Around 300', 'people'],
      ['Around 300 people gathered at the scene, and were later moved back.', 'Around 300', 'people'],
      ['The 4 people met at the station, according to police.', '4', 'people'],
      // People that open a clause after a comma and a conjunction act too.
      ['Around 300 people attended, and 40 volunteers helped.', '40', 'volunteers'],
      ['Officers spoke to residents, and 12 people arrested.', '12', 'people arrested'],
      // Near misses: an aside between commas before the verb, a result before a report.
      [
        'Around 300 people gathered at the scene, including 40 children, were moved back.',
        'Around 300',
        'people gathered at the scene',
      ],
      ['16,500 people arrested at protests, police said.', '16,500', 'people arrested at protests'],
    ])
    it('reads a long run of commas after a verb of people in bounded time', () => {
      const sentence = `Around 300 people gathered${', the police'.repeat(300)} said.`
      expect(findStatistics(sentence).find((s) => s.text === 'Around 300')?.measure).toBe('people')
    })
  })

  describe('a vague amount after "and" opens the next figure', () => {
    check([
      ['Hundreds of people and thousands of vehicles were affected.', 'Hundreds', 'people'],
      ['It hit 300 homes and tens of thousands of businesses.', '300', 'homes'],
      // Not a list of things counted.
      ['Police seized 12 guns and knives.', '12', 'guns and knives'],
    ])
  })

  describe('the ages after the people counted describe them', () => {
    check([
      ['Five teenagers aged 14, 15, 16, 17 and 18 were spoken to.', 'Five', 'teenagers'],
      ['Three boys aged between 12 and 15 were detained.', 'Three', 'boys'],
      ['About 40 people aged over 65 attended.', 'About 40', 'people'],
      ['Two girls aged fifteen were seen.', 'Two', 'girls'],
      // "aged care" is a kind of care, not an age.
      ['The 12 aged care homes were inspected.', '12', 'aged care homes'],
    ])
  })

  describe('a preposition before a part of a period says when, not what', () => {
    check([
      ['The target is to recruit 500 more nurses by mid-2026.', '500', 'more nurses'],
      ['They hired 500 nurses by late 2026.', '500', 'nurses'],
      ['The council built 300 homes in early March.', '300', 'homes'],
      ['Officers seized 40 kg of heroin by mid-morning.', '40 kg', 'heroin'],
      // An adjective of time before the noun counted, and a preposition before anything else, go on.
      ['The scheme found 40 early adopters in the town.', '40', 'early adopters'],
      ['He sent 3 late entries by post.', '3', 'late entries by post'],
    ])
  })

  describe('an "-ing" word between an adjective and a plural noun is part of the noun', () => {
    check([
      // wide corpus, us_3.txt (United States Secret Service).
      [
        'Also seized were eight lithographic printing presses, as well as numerous plates and negatives.',
        'eight',
        'lithographic printing presses',
      ],
      ['The council will build 12 new changing rooms.', '12', 'new changing rooms'],
      ['There were 3 fatal shooting incidents in May.', '3', 'fatal shooting incidents'],
      // After a plural noun it opens a clause on it.
      ['Police stopped 100 officers searching homes.', '100', 'officers'],
      ['Police arrested 3 men carrying knives.', '3', 'men'],
    ])
  })

  describe('money "in" a place measures what is worth it, not the place', () => {
    check([
      ['Gardaí seized cannabis worth €1.2m in Co. Cork.', '€1.2m', 'cannabis'],
      ['Police seized drugs worth £2m in Manchester.', '£2m', 'drugs'],
      // What the money is in stays its measure, capitalised words included when lower case follow.
      ['He invested £5m in Government funding.', '£5m', 'Government funding'],
      ['Police seized £20,000 in cash in Dublin.', '£20,000', 'cash'],
      // wide corpus, us_3.txt: a headline in Title Case capitalises what the money is in.
      [
        'United States Secret Service Announces Seizure Of $8.4 Million in Counterfeit Currency in Peru',
        '$8.4 Million',
        'Counterfeit Currency',
      ],
    ])
  })

  describe('a verb of reaching a level or a weight links its subject to the figure', () => {
    check([
      ['Sales hit ¥3.2 trillion.', '¥3.2 trillion', 'Sales'],
      ['The drug haul weighed 1.2 tonnes.', '1.2 tonnes', 'drug haul'],
      ['Turnover reaches $5bn.', '$5bn', 'Turnover'],
      // A perfect's auxiliary before the verb is no part of its subject.
      ['Jobs have reached nearly 2m.', 'nearly 2m', 'Jobs'],
      ['Jobs has reached nearly 2m.', 'nearly 2m', 'Jobs'],
      ['Deaths had reached 1,200 by Friday.', '1,200', 'Deaths'],
      ['Arrests have hit 300.', '300', 'Arrests'],
      ['Sales have totalled £5m.', '£5m', 'Sales'],
      ['The drug haul had weighed 1.2 tonnes.', '1.2 tonnes', 'drug haul'],
      // A noun after the figure is still what it counts.
      ['He hit 3 cars.', '3', 'cars'],
      ['He has hit 3 cars.', '3', 'cars'],
      // Near-misses: a pronoun names nothing, and a link that is no verb reads as before.
      ['We have reached 300.', '300', null],
      ['Police have seized drugs worth £5m.', '£5m', 'drugs'],
      ['The haul has been valued at £2m.', '£2m', 'haul'],
    ])
  })

  describe('what a sum describes, after a passive or a perfect verb', () => {
    check([
      // The verb and the day or preposition after it are no part of what is worth the sum.
      ['He was jailed for fraud worth $2m.', '$2m', 'fraud'],
      ['A man was jailed today for fraud worth $2m.', '$2m', 'fraud'],
      ['Officers today recovered goods worth £3,000.', '£3,000', 'goods'],
      // As before: a participle after a noun keeps its phrase, and a perfect its object.
      [
        'Weapons surrendered in amnesty bins worth £2,000 were destroyed.',
        '£2,000',
        'Weapons surrendered in amnesty bins',
      ],
      ['Police have recovered stolen farm machinery worth £100,000.', '£100,000', 'stolen farm machinery'],
    ])
  })

  describe('what a sum describes, after a verb in the present', () => {
    check([
      // Headlines write the present: its subject is no part of what is worth the sum.
      ['Gardaí seize cannabis worth €1.6 million in Co Cork', '€1.6 million', 'cannabis'],
      ['NCA seizes cocaine worth £5m', '£5m', 'cocaine'],
      ['Border Force officers seize cocaine worth £5m at Dover', '£5m', 'cocaine'],
      ['Firm wins contracts worth $2bn', '$2bn', 'contracts'],
      // In Title Case, a place after the sum is no more what it is than in prose.
      ['Police Seize Drugs Worth £50,000 in Leeds', '£50,000', 'Drugs'],
      // Companies' outlooks and reports, after a name or a noun with its article.
      [
        'The Board expects full-year revenue of between £830m and £850m.',
        'between £830m and £850m',
        'full-year revenue',
      ],
      ['The bank predicts inflation of 2.5% by December.', '2.5%', 'inflation'],
      ['Acme reports revenue of $4.2bn for the quarter.', '$4.2bn', 'revenue'],
      // The same words as nouns keep their phrase.
      ['Archaeological finds worth £5m were unearthed.', '£5m', 'Archaeological finds'],
      ['The post worth £50,000 is vacant.', '£50,000', 'post'],
      ['He tried to steal goods worth £300.', '£300', 'goods'],
    ])

    it('reads a release title in sentence case as a headline', () => {
      const title = 'Police seized drugs worth £50,000 in Leeds'
      const release = {
        title,
        titleSpan: { start: 0, end: title.length },
        paragraphs: [{ kind: 'text' as const, text: 'Officers were called.', span: { start: 44, end: 65 } }],
      }
      expect(findStatistics(release).map((s) => [s.text, s.measure])).toEqual([['£50,000', 'drugs']])
    })
  })

  describe('the noun right after money in a headline in Title Case is what it is', () => {
    check([
      // wide corpus, us_3.txt and uk_2.txt, as written.
      [
        'ATF, U.S. Park Service Offer Up To $7,500 Reward in Christmas Morning Arson',
        'Up To $7,500',
        'Reward',
      ],
      ['Closing time for £180m money laundry', '£180m', 'money laundry'],
      // The same in Title Case.
      ['Closing Time for £180m Money Laundry', '£180m', 'Money Laundry'],
      ['Police Seize 3.28 Kilograms Fentanyl at Border Crossing', '3.28 Kilograms', 'Fentanyl'],
      // In prose, a capital after the money is a name's, not what the money is.
      ['The force received £2m Home Office funding to tackle knife crime.', '£2m', null],
      // An adverb after the money is no noun, in a headline too: what the money pays for follows it.
      ['Government Pledges £5m Annually For Police Forces', '£5m', 'Police Forces'],
      ['Government Pledges £5m Annually', '£5m', null],
    ])
  })

  describe('"to" before a number in words ends what is counted', () => {
    check([
      // As does a preposition or a participle before any figure.
      ['Police laid more than 200 charges against 20 people.', 'more than 200', 'charges'],
      ['He faces 12 counts of fraud involving 4 victims.', '12', 'counts of fraud'],
      ['It led to 5 charges against three men.', '5', 'charges'],
      ['Police visited 14 schools to two hundred pupils.', '14', 'schools'],
      // "to one" is no figure, and "to" before a word goes on.
      ['He spoke about 3 cases related to one gang.', 'about 3', 'cases related to one gang'],
      ['There were 3 sites to the north.', '3', 'sites to the north'],
    ])
  })

  describe('a list of things counted stops at the next figure’s qualifier', () => {
    check([
      ['Just over 3,000 homes and well over 200 businesses lost power.', 'Just over 3,000', 'homes'],
      ['Close to 400 people and upwards of 1,000 tickets were checked.', 'Close to 400', 'people'],
      ['Police seized 12 knives and well over £200 in cash.', '12', 'knives'],
      // A list of nouns with no figure after it goes on.
      ['Police seized 40 knives and some swords.', '40', 'knives and some swords'],
    ])
  })

  describe('the subject of a change written before the figure', () => {
    check([
      // Past the auxiliaries of the verb.
      ['Shoplifting has fallen by around 20 per cent over five years.', 'around 20 per cent', 'Shoplifting'],
      ['Anti-social behaviour is down 11% on last year.', '11%', 'Anti-social behaviour'],
      // A place after the subject is left out; a participle at its start is kept.
      ['Burglary in Greater Manchester is down 12% this year.', '12%', 'Burglary'],
      ['Recorded burglaries in Wales have fallen by 9 per cent.', '9 per cent', 'Recorded burglaries'],
      // A phrase after a participle is part of what is counted.
      [
        'The number of vehicles stopped at checkpoints rose by 30 per cent.',
        '30 per cent',
        'vehicles stopped at checkpoints',
      ],
      // A pronoun names nothing.
      ['This is up 4% on the previous quarter.', '4%', null],
    ])
  })

  describe('a time after the figure, which says when rather than what', () => {
    check([
      ['There were 570 homicides, down from 581 the previous year.', '581', 'homicides'],
      ['The force made 40 the same day.', '40', null],
      ['Officers seized 40 guns the previous week.', '40', 'guns'],
      // An adverb of time after the noun; before it, "earlier" describes the noun.
      ['Officers seized 212 knives earlier this month during a week of action.', '212', 'knives'],
      ['Police arrested 12 men overnight in Leeds.', '12', 'men'],
      // wide corpus: an adverb after the noun ends what is counted, as the gold reads it.
      [
        'Ali Usman, Aqeel Yousaf and Naiz Ali join 29 accomplices previously convicted of enabling the international transfer of money acquired through organised crime.',
        '29',
        'accomplices',
      ],
      ['He had 3 earlier convictions for assault.', '3', 'earlier convictions'],
      // A weekday after the noun, as US releases write it without "on"; before the noun it describes it.
      [
        'Jefferson County deputies arrested four suspects Thursday in connection with a string of burglaries.',
        'four',
        'suspects',
      ],
      ['Police arrested 12 people Monday night.', '12', 'people'],
      ['Police made 40 arrests Saturday and Sunday.', '40', 'arrests'],
      ['Officers seized 300 grams of cocaine Friday.', '300 grams', 'cocaine'],
      ['The shop sold 300 Sunday papers.', '300', 'Sunday papers'],
      // A period named by a code glued to its number: "FY2022/23", "Q3".
      ['The SFO recovered £870m in FY2022/23.', '£870m', null],
      ['Sales of £4m in Q3 were a record.', '£4m', 'Sales'],
      ['The firm paid £2m in VAT arrears.', '£2m', 'VAT arrears'],
      // A period named by its place in the year: "the second quarter", "the first half".
      ['GDP grew, after a 0.2% gain in the second quarter.', '0.2%', null],
      ['There was a 5% rise in the third quarter of 2024.', '5%', null],
      ['The firm made £5m in the first half.', '£5m', null],
      // An ordinal before a noun that names no period describes what is counted.
      ['Officers made 12 first arrests.', '12', 'first arrests'],
    ])
  })

  describe('the level a change reached', () => {
    check([
      ['Reports of fraud rose by 12 per cent to 4,300.', '4,300', 'Reports of fraud'],
      ['Arrests for drink-driving rose to 640.', '640', 'Arrests for drink-driving'],
      // A change in money before the level is read past as a percentage is.
      ['Operating profit rose £2m to £10m.', '£10m', 'Operating profit'],
      ['Operating profit rose £2m to £10m.', '£2m', 'Operating profit'],
      ['Group revenue fell by €40 million to €310 million.', '€310 million', 'Group revenue'],
      // A sum paid towards an end is no change.
      ['The council paid £2m to settle the claim.', '£2m', null],
      // A noun of change has no subject of its own.
      ['Officers recorded a rise to 640.', '640', null],
      // Nor is the unit of the change before the level, or the period it is compared with, measured.
      ['Support saw a 4 per cent rise to 52 per cent.', '52 per cent', null],
      // "be", the change and its comparative link the level to the subject, not to the change's unit.
      ['Turnout was 2 points higher at 67%.', '67%', 'Turnout'],
      ['Arrests were up 12% on last year at 1,450.', '1,450', 'Arrests'],
      ['Arrests were up 12% on the previous year at 1,450.', '1,450', 'Arrests'],
      // A noun with its participle is what is valued, as the gold writes it.
      ['Officers seized cannabis valued at £20,000.', '£20,000', 'cannabis valued'],
      ["Last year's total was 1,450.", '1,450', "Last year's total"],
      // A verb that multiplies moves the level too; its qualifier is no part of the subject.
      ['Arrests almost doubled to 1,200.', '1,200', 'Arrests'],
      ['Thefts more than halved to 200.', '200', 'Thefts'],
      // A focusing adverb between the link and the figure.
      ['Burglaries rose to just 300.', '300', 'Burglaries'],
      // A word of amount between the link and the figure.
      ['Arrests rose to a record 1,200.', '1,200', 'Arrests'],
      ['Sales fell from a further £3m.', '£3m', 'Sales'],
      ['The fund has received a further £3m.', '£3m', 'received'],
      ['Sales reached a record £5m.', '£5m', 'Sales'],
      // Near-miss: money set aside names no measure.
      ['The government has committed a further £3m.', '£3m', null],
      ['The clearance rate is only 6.4%.', '6.4%', 'clearance rate'],
      // The verb of a level before "at" is no part of what is measured.
      ['The figure stood at just 6.4%.', '6.4%', 'figure'],
      ['Unemployment remains at 4.1%.', '4.1%', 'Unemployment'],
      // Nor is a verb that keeps a level, with the state it keeps it in.
      ['The unemployment rate held steady at 6.5%.', '6.5%', 'unemployment rate'],
      ['Prices remained stable at £3.50.', '£3.50', 'Prices'],
      ['The jobless rate stayed at 4.1%.', '4.1%', 'jobless rate'],
      ['Inflation has remained flat at 2%.', '2%', 'Inflation'],
      // A level said to be high or low, after its verb.
      ['The unemployment rate has remained low at 3.5 percent.', '3.5 percent', 'unemployment rate'],
      ['Inflation remained high at 6.7%.', '6.7%', 'Inflation'],
      ['Rates stayed elevated at 5%.', '5%', 'Rates'],
      ['Demand was high at 300 a day.', '300', 'Demand'],
      // Near miss: a high or a low after a noun is no state kept.
      ['Rates hit a high at 5.25%.', '5.25%', 'high'],
      // "Be" with the state kept is such a verb too.
      ['The unemployment rate was steady at 4.1 per cent.', '4.1 per cent', 'unemployment rate'],
      ['Prices were flat at £3.50.', '£3.50', 'Prices'],
      ['The cash rate is stable at 5%.', '5%', 'cash rate'],
      // And so is "be" alone, past the perfect's auxiliary.
      ['Unemployment is at 4%.', '4%', 'Unemployment'],
      ['Arrests were at 1,200.', '1,200', 'Arrests'],
      ['Prices have been at 5%.', '5%', 'Prices'],
      ['Unemployment has been at 4% for a year.', '4%', 'Unemployment'],
      // Near misses: a pronoun names nothing, a share's members at a level are not what it
      // names, and a noun after the figure is what it counts.
      ['It was at 4%.', '4%', null],
      ['A third of those screened were at 35 or above.', '35', null],
      ['Half of firms were at 5%.', '5%', null],
      ['The man was at 12 addresses.', '12', 'addresses'],
      // A passive, and a verb with its object, keep their subject and object.
      ['Interest rates were held at 5.25%.', '5.25%', 'Interest rates'],
      ['The Bank of England held rates at 5.25%.', '5.25%', 'rates'],
      // The state a verb kept its object in is no part of the object.
      ['The Bank kept interest rates unchanged at 5.25%.', '5.25%', 'interest rates'],
      [
        'The Board decided to leave the cash rate target unchanged at 4.35 per cent.',
        '4.35 per cent',
        'cash rate target',
      ],
      // An adverb that is no link's keeps the figure's own reading.
      ['He said just 300 came.', '300', 'came'],
    ])
  })

  describe('the level reached after a change written with "by" measures what the change does', () => {
    check([
      ['The Board cut the cash rate by 25 basis points to 4.10 per cent.', '4.10 per cent', 'the cash rate'],
      ['The Bank raised interest rates by 0.25 percentage points to 5.5%.', '5.5%', 'interest rates'],
      // A verb that changes an amount only before "by": its object is what changed.
      [
        'The Bank raised interest rates by 0.25 percentage points.',
        '0.25 percentage points',
        'interest rates',
      ],
      ['The council will lower speed limits by 10mph.', '10mph', 'speed limits'],
      // Near-miss: right before a sum the same verb names a level.
      ['Volunteers raised more than £2m.', 'more than £2m', null],
    ])
    it('reads the change of such a verb only after "by"', () => {
      const change = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.change])
      expect(change('The Bank raised interest rates by 0.25 percentage points.')).toEqual([
        ['0.25 percentage points', 'increase'],
      ])
      expect(change('The Bank lowered rates by 0.5 percentage points.')).toEqual([
        ['0.5 percentage points', 'decrease'],
      ])
      expect(change('Volunteers raised £50,000.')).toEqual([['£50,000', null]])
      expect(change('He lifted 200kg.')).toEqual([['200kg', null]])
    })
  })

  describe('the level a verb of change took its object to, or from, measures the object', () => {
    check([
      ['The Board cut the cash rate to 4.10 per cent.', '4.10 per cent', 'the cash rate'],
      [
        'The committee lowered the OCR from 5.5 percent to 5.25 percent.',
        'from 5.5 percent to 5.25 percent',
        'the OCR',
      ],
      ['The council increased the budget from £2m to £3m.', 'from £2m to £3m', 'the budget'],
      // A word of change inside the object, and a count's opening, are passed over.
      ['The Bank raised its growth forecast to 1.5%.', '1.5%', 'growth forecast'],
      ['The government cut the number of officers to 1,200.', '1,200', 'officers'],
      // Near-miss: a noun of change has no object.
      ['Officers recorded a rise in the rate to 640.', '640', null],
    ])
  })

  describe("a period's label, its digits glued to its capitals, is a word of what is measured", () => {
    check([
      ['Q3 revenue was $4.2 billion.', '$4.2 billion', 'Q3 revenue'],
      ['Acme reported Q3 FY25 revenue of $4.2 billion.', '$4.2 billion', 'Q3 FY25 revenue'],
      ['Revenue for Q3 FY25 was $4.2 billion.', '$4.2 billion', 'Revenue for Q3 FY25'],
      // Near-miss: a word right after another figure is that figure's.
      ['They sold 300 tickets at $20.', '$20', null],
    ])
  })

  describe('the span of ages of those measured is part of what is measured', () => {
    check([
      [
        'The employment rate for people aged 16 to 64 years was estimated at 75.0%.',
        '75.0%',
        'employment rate for people aged 16 to 64 years',
      ],
      [
        'The unemployment rate for people aged 16 years and over was estimated at 4.3%.',
        '4.3%',
        'unemployment rate for people aged 16 years and over',
      ],
      ['The number of people aged 65 and over rose by 2.1%.', '2.1%', 'people aged 65 and over'],
      [
        'The inactivity rate for people aged between 16 and 64 years rose to 21.8%.',
        '21.8%',
        'inactivity rate for people aged between 16 and 64 years',
      ],
      // Near-miss: ages after the count describe it, and are no figures.
      ['Three men, aged 19, 22 and 24, were charged.', 'Three', 'men'],
    ])
  })

  describe('a level after a verb of expectation and an infinitive', () => {
    check([
      ['Unemployment is forecast to peak at 4.6% next year.', '4.6%', 'Unemployment'],
      ['Inflation is expected to settle at 2%.', '2%', 'Inflation'],
      ['The deficit is likely to stand at £40bn.', '£40bn', 'deficit'],
      // Near-miss: an infinitive after a change keeps its reading.
      ['The index rose 0.5 per cent to end at 31,200.', '31,200', null],
    ])
  })

  describe('a span of time in digits inside the subject', () => {
    check([
      [
        'The number of people waiting more than 18 weeks fell to 12,340.',
        '12,340',
        'number of people waiting more than 18 weeks',
      ],
      [
        'The number of children in care for 3 years was 400.',
        '400',
        'number of children in care for 3 years',
      ],
      // The period of the figure is left out, as a place is.
      ['Arrests in the last 7 days rose to 40.', '40', 'Arrests'],
      ['Crime over the past 12 months fell 5%.', '5%', 'Crime'],
      // So is a time a word points to right after the subject.
      ['Sales that year rose 5%.', '5%', 'Sales'],
      ['Exports that quarter rose 5%.', '5%', 'Exports'],
      ['Profits last year rose 5%.', '5%', 'Profits'],
      ['Sales this month rose 5%.', '5%', 'Sales'],
      ['Spending per head each year rose 5%.', '5%', 'Spending per head'],
      ['Sales each week rose 5%.', '5%', 'Sales'],
      ['Sales in that year rose 5%.', '5%', 'Sales'],
      ['Crime during that period fell 5%.', '5%', 'Crime'],
      ['Sales on that day rose 5%.', '5%', 'Sales'],
      ['Arrests at that time fell 5%.', '5%', 'Arrests'],
      // A time in the plural after a word that points to it, miswritten after "that" too.
      ['Sales those months rose 5%.', '5%', 'Sales'],
      ['Exports these years fell 5%.', '5%', 'Exports'],
      ['Sales in those months rose 5%.', '5%', 'Sales'],
      ['Crime during those summers fell 5%.', '5%', 'Crime'],
      ['Sales that years rose 5%.', '5%', 'Sales'],
      // After a participle the time is in its clause.
      ['The amount sold last year was 400 tonnes.', '400 tonnes', 'amount sold last year'],
      ['Items found that night were worth £5,000.', '£5,000', 'Items found that night'],
      ['The sales made that year were worth £5m.', '£5m', 'sales made that year'],
      // Near misses: after a verb and its object the time is the clause's, and "that" after a
      // verb of saying opens its clause.
      ['Police seized drugs that night worth £5,000.', '£5,000', 'drugs'],
      ['Police found that night 300 people were hurt.', '300', 'people'],
      ['Exports this week were up 5%.', '5%', 'Exports'],
      // Near-misses: "that" after a verb of saying, and a time after a preposition, are no such time.
      ['Figures show that sales rose 5%.', '5%', 'sales'],
      ['Sales each months rose 5%.', '5%', 'months'],
      ['Firms that months ago cut jobs rose 5%.', '5%', 'months ago cut jobs'],
      ['Sales for the year rose 5%.', '5%', 'Sales for the year'],
      // A length of time glued to its digits describes the noun after it, and the subject goes on.
      ['The yield on 10-year gilts rose 12 basis points.', '12 basis points', 'yield on 10-year gilts'],
      ['The 30-day average rose 5%.', '5%', '30-day average'],
      ['Demand for 12-month passes fell 4%.', '4%', 'Demand for 12-month passes'],
      ['Sales of five-year bonds rose 5%.', '5%', 'Sales of five-year bonds'],
      // So does an age glued to its digits: it is no figure, and the subject goes on before it.
      ['Sales of 10-year-old whisky rose 5%.', '5%', 'Sales of 10-year-old whisky'],
      ['Prices of 12-month-old lambs fell 8%.', '8%', 'Prices of 12-month-old lambs'],
      ['Sales of five-year-old cars rose 5%.', '5%', 'Sales of five-year-old cars'],
      ['Applications from 18-year-olds fell 3%.', '3%', 'Applications from 18-year-olds'],
      // A sum a person is fined measures "fined", an age before the person or none.
      ['The 10-year-old boy was fined £500.', '£500', 'fined'],
      ['The boy was fined £500.', '£500', 'fined'],
      // Near-miss: a count glued to a word of its own is that count's, not a length of time.
      ['The 600-strong crew will be cut by 10%.', '10%', 'crew'],
    ])
    it('reads a long run of times pointed to before a verb in bounded time', () => {
      const sentence = `Sales${' that year'.repeat(300)} rose 5%.`
      expect(findStatistics(sentence).find((s) => s.text === '5%')?.value).toBe(5)
    })
    it('reads a long run of participles and times pointed to before a verb in bounded time', () => {
      const sentence = `Items${' found that night'.repeat(300)} were worth £5,000.`
      expect(findStatistics(sentence).find((s) => s.text === '£5,000')?.value).toBe(5000)
    })
    it('reads a long run of plural times pointed to before a verb in bounded time', () => {
      const sentence = `Sales${' in those months'.repeat(300)} rose 5%.`
      expect(findStatistics(sentence).find((s) => s.text === '5%')?.value).toBe(5)
    })
    it('reads a long run of ages before a verb in bounded time', () => {
      const sentence = `Sales of${' 10-year-old'.repeat(300)} whisky rose 5%.`
      expect(findStatistics(sentence).find((s) => s.text === '5%')?.value).toBe(5)
    })
    it('reads a long run of lengths of time before a verb in bounded time', () => {
      const sentence = `The yield${' on 10-year gilts'.repeat(300)} rose 12 basis points.`
      const found = findStatistics(sentence).find((s) => s.text === '12 basis points')
      expect(found?.value).toBe(12)
      expect((found?.measure ?? '').endsWith('10-year gilts')).toBe(true)
    })
  })

  describe('the level after "at" that closes a change', () => {
    check([
      ['Turnover was up 8% at £45m.', '£45m', 'Turnover'],
      ['Revenue rose 8% year on year at £45m.', '£45m', 'Revenue'],
      ['Pre-tax profit was down 12 per cent at $3.1 billion.', '$3.1 billion', 'Pre-tax profit'],
      // A noun before "at" has a level of its own; a count keeps the noun after it.
      ['The index rose 3 points with the rate at 4%.', '4%', 'rate'],
      ['Sales fell 2% at 400 stores.', '400', 'stores'],
    ])
  })

  describe('money worth something', () => {
    check([
      ['Cannabis worth £60,000 was found in the loft.', '£60,000', 'Cannabis'],
      // The verb before what is worth the money is not part of it.
      ['Detectives recovered jewellery worth £40,000 on Friday.', '£40,000', 'jewellery'],
      [
        'Police have seized stolen power tools worth an estimated £15,000.',
        'an estimated £15,000',
        'stolen power tools',
      ],
      // "a": an article opens the phrase.
      ['The firm will receive a training grant worth up to £8,000.', 'up to £8,000', 'training grant'],
      // A participle alone describes the phrase before its comma.
      ['The contract, valued at £3 million, runs for five years.', '£3 million', 'contract'],
    ])
  })

  describe('a clause whose object is worth a sum: its subject and verb are no part of the object', () => {
    check([
      ['The insurer agreed to terms worth £5m.', '£5m', 'terms'],
      ['The firm won contracts worth $2 billion.', '$2 billion', 'contracts'],
      ['In March the charity received donations totalling £12,000.', '£12,000', 'donations'],
      ['The force paid out compensation of £40,000.', '£40,000', 'compensation'],
      ['He said the company secured funding worth £2m.', '£2m', 'funding'],
      // A past form before "was" describes its noun: the subject keeps it.
      ['The amount raised last year was £5m.', '£5m', 'amount raised last year'],
      // A participle with its own preposition describes the noun ("found in"), and so does one
      // whose noun is a preposition's object.
      ['The cash found in the car worth £5,000 was seized.', '£5,000', 'cash found in the car'],
      ['The value of the goods seized worth £1m was disputed.', '£1m', 'value of the goods seized'],
    ])
  })

  describe('a thing worth a sum after a gerund is the gerund’s object', () => {
    check([
      ['He admitted possessing cocaine worth £3,000.', '£3,000', 'cocaine'],
      ['She denied handling stolen goods worth £20,000.', '£20,000', 'stolen goods'],
      ['He was found guilty of supplying drugs worth £1m.', '£1m', 'drugs'],
      ['The firm is accused of making payments totalling $4m.', '$4m', 'payments'],
      // An adjective in -ing, or a word in -ing after an article, describes the thing.
      ['Police recovered missing jewellery worth £5,000.', '£5,000', 'missing jewellery'],
      ['He sold the remaining stock worth £2,000.', '£2,000', 'remaining stock'],
      ['Money laundering worth £1m was uncovered.', '£1m', 'Money laundering'],
    ])
  })

  describe('a thing valued at a sum after a gerund or an infinitive is the verb’s object', () => {
    check([
      ['He admitted possessing cocaine valued at £3,000.', '£3,000', 'cocaine'],
      ['She denied handling stolen goods estimated at £20,000.', '£20,000', 'stolen goods'],
      ['He admitted conspiring to import heroin valued at £1m.', '£1m', 'heroin'],
      // Near-misses: with no verb before the thing, the participle stays with it.
      ['Officers seized cannabis valued at £20,000.', '£20,000', 'cannabis valued'],
      ['Recovered vehicles valued at £300,000 were returned.', '£300,000', 'Recovered vehicles valued'],
    ])
  })

  describe('the charge of a conspiracy or an intent governs an infinitive', () => {
    check([
      ['He admitted conspiracy to supply cocaine worth £40,000.', '£40,000', 'cocaine'],
      ['They admitted conspiring to import heroin worth £2m.', '£2m', 'heroin'],
      ['He was charged with possession with intent to supply cannabis worth £5,000.', '£5,000', 'cannabis'],
      // Near-miss: "to" before a noun phrase names no infinitive.
      ['She pleaded guilty to possession of heroin worth £5,000.', '£5,000', 'possession of heroin'],
    ])
  })

  describe('the verb after a modal, and its subject, are no part of the object a sum describes', () => {
    check([
      ['The council must find savings of £18.5m over three years.', '£18.5m', 'savings'],
      ['The firm will pay out compensation of £2m.', '£2m', 'compensation'],
      ['He said the council would receive funding worth £3m.', '£3m', 'funding'],
      // The subject of a verb of its own keeps its phrase.
      ['Funding of £5m will be spent on roads.', '£5m', 'Funding'],
    ])
  })

  describe('an article after a gerund that follows "of" or a preposition opens its object', () => {
    check([
      ['The cost of running the service was £5m.', '£5m', 'cost of running the service'],
      ['The cost of policing a match was £40,000.', '£40,000', 'cost of policing a match'],
      ['Savings from closing the station were £2m.', '£2m', 'Savings from closing the station'],
      // An article after "of" alone goes on as before; one after a noun opens the phrase.
      ['The value of the fund was £3m.', '£3m', 'value of the fund'],
      ['The firm gave the charity £5,000.', '£5,000', null],
    ])
  })

  describe('a sum a gerund of depriving takes after "of" measures the gerund and its object', () => {
    check([
      [
        'He was sentenced today to 87 months in prison for defrauding investors of more than $3.2 million.',
        'more than $3.2 million',
        'defrauding investors',
      ],
      ['He was sentenced to 5 years for robbing banks of $40,000.', '$40,000', 'robbing banks'],
      // Another word in "-ing" before a noun describes it.
      ['Payments for cleaning services of £2m were made.', '£2m', 'Payments for cleaning services'],
    ])
  })

  describe('a currency glued to its digits after a preposition opens a figure of its own', () => {
    check([
      ['He cheated 32 victims of RM2.5 million.', '32', 'victims'],
      ['He cheated 32 victims of Rs.500 each.', '32', 'victims'],
      // A phrase after "of" with no figure goes on.
      ['He cheated 32 victims of a romance scam.', '32', 'victims of a romance scam'],
    ])
  })

  describe('the way a thing comes in, "the form of", names nothing measured', () => {
    check([
      [
        'Support will take the form of direct grants of up to €30 million.',
        'up to €30 million',
        'direct grants',
      ],
      ['The aid comes in the form of loans worth $2bn.', '$2bn', 'loans'],
      ['The council will provide £5m in the form of grants.', '£5m', 'grants'],
      ['Support will take the shape of loans of up to £1m.', 'up to £1m', 'loans'],
      // Near-miss: a count of kinds keeps its noun.
      ['Applicants must show three forms of identification.', 'three', 'forms of identification'],
    ])
  })

  describe('a participle after money, before the verb or after "every", says what the money is', () => {
    check([
      ['Every £25 donated provides a week of meals.', '£25', 'donated'],
      ['The £2m raised will fund new beds.', '£2m', 'raised'],
      ['Every $1 spent on prevention saves $4 in treatment.', '$1', 'spent'],
      ['The £40 collected was handed to the charity.', '£40', 'collected'],
      // Near-misses: the participle is the sentence's verb, or a comma ends the phrase.
      ['The £5 sold for more.', '£5', null],
      ['Of the £2m raised, £1.5m went to charity.', '£2m', null],
    ])
  })

  describe('a verb in the third person right after money is no noun it measures', () => {
    check([
      ['Just £25 buys a winter coat for a child.', '£25', null],
      ['A gift of £10 gives a child a hot meal.', '£10', 'gift'],
      // A noun right after the money is what it is.
      ['A £5,000 reward was offered.', '£5,000', 'reward'],
    ])
  })

  describe('money "in" a span of time measures no span', () => {
    check([
      ['The appeal has raised £250,000 in just seven days.', '£250,000', 'raised'],
      ['The council spent £2m in the past year on roads.', '£2m', null],
      // A thing after "in" is what the money is.
      ['Police seized £40,000 in cash.', '£40,000', 'cash'],
    ])
  })

  describe('an average a verb of losing, paying or earning takes is measured by its subject', () => {
    check([
      ['Each victim lost on average EUR 4 000.', 'EUR 4 000', 'victim'],
      ['Each victim lost an average of £4,000.', '£4,000', 'victim'],
      ['Workers earned on average £31,000.', '£31,000', 'Workers'],
      ['Customers paid an average of £40.', '£40', 'Customers'],
      ['Households will save an average of £200 a year.', '£200', 'Households'],
      ['Patients lost an average of 5kg.', '5kg', 'Patients'],
      // "on average" after the sum.
      ['Each victim lost £4,000 on average.', '£4,000', 'victim'],
      ['Workers earned £31,000 on average last year.', '£31,000', 'Workers'],
      ['They lost £4,000 on average.', '£4,000', null],
      // Near misses: a pronoun names nothing; with no average the sum keeps its reading; what the
      // sum was paid for names it; a count keeps its noun.
      ['They paid an average of £40.', '£40', null],
      ['Customers paid £40.', '£40', null],
      ['Customers paid an average of £40 for a ticket.', '£40', 'ticket'],
      ['Each team lost on average 3 players.', '3', 'players'],
    ])
  })

  describe('a sum a verb of seeking or needing takes is measured by its subject', () => {
    check([
      ['The appeal seeks US$ 1.2 billion to assist 3.4 million people.', 'US$ 1.2 billion', 'appeal'],
      ['The appeal is seeking £2m.', '£2m', 'appeal'],
      ['The appeal needs $40 million.', '$40 million', 'appeal'],
      ['The plan is requesting a total of £2m.', '£2m', 'plan'],
      ['The UN appealed for $40 million.', '$40 million', 'UN'],
      ['The government has requested up to $5 billion.', 'up to $5 billion', 'government'],
      // Near misses: the people the sum is for keep their count; a pronoun names nothing; people
      // seek money of their own; what the sum is in names it; a count keeps its noun; money
      // raised keeps its verb.
      ['The appeal seeks US$ 1.2 billion to assist 3.4 million people.', '3.4 million', 'people'],
      ['It needs £5m.', '£5m', null],
      ['Prosecutors sought $2m.', '$2m', null],
      ['The charity called for £2bn in extra funding.', '£2bn', 'extra funding'],
      ['The project needs 40 volunteers.', '40', 'volunteers'],
      ['The appeal has raised £250,000 in just seven days.', '£250,000', 'raised'],
    ])
  })

  describe('a past form before a figure of its own is the verb taking it', () => {
    check([
      ['More than 230 victims lost at least $1.8 million.', 'More than 230', 'victims'],
      ['In all, 40 investors paid £5,000 each.', '40', 'investors'],
      // Without a figure after it the participle describes what is counted.
      ['Police arrested 12 people suspected of fraud.', '12', 'people suspected of fraud'],
    ])
  })

  describe('"be worth" after a modal measures the subject', () => {
    check([
      ['The deal will be worth £5m.', '£5m', 'deal'],
      ['The contract could be worth up to $2bn.', 'up to $2bn', 'contract'],
      // A pronoun, or a relative's subject, names nothing here; "be" alone never does.
      ['It will be worth £5m.', '£5m', null],
      ['Drugs that may be worth £5,000 were found.', '£5,000', null],
    ])
  })

  describe('a verb after "and" that takes the next figure ends what is measured', () => {
    check([
      // A word before an object pronoun is a verb.
      ['The win extends the run to 11 matches and leaves us top.', '11', 'matches'],
      ['Officers made 12 arrests and sent them to court.', '12', 'arrests'],
      ['They found 20 boxes and her car.', '20', 'boxes and her car'],
      [
        'The firm must pay a $1.75 million civil penalty and spend approximately $4.2 million on controls.',
        '$1.75 million',
        'civil penalty',
      ],
      ['He paid a £500 fine and owes thousands of pounds.', '£500', 'fine'],
      // A noun after "and" goes on with the list.
      ['Officers found 20 knives and knuckledusters.', '20', 'knives and knuckledusters'],
    ])
  })

  describe('"totaled" and "totaling", as American English spells them', () => {
    check([
      ['Enforcement actions totaled 583 last year.', '583', 'Enforcement actions'],
      ['Sales totaling $4 million were made.', '$4 million', 'Sales'],
      ['The firm won contracts totaling $4 million.', '$4 million', 'contracts'],
      // A word that only starts the same is no link.
      ['The totalizator paid $40.', '$40', null],
    ])
  })

  describe('money a passive or "be worth" says a thing comes to', () => {
    check([
      ['The haul was valued at £2m.', '£2m', 'haul'],
      ['Damage is estimated at A$15 million.', 'A$15 million', 'Damage'],
      ['The total cost has been estimated at $4.5 million.', '$4.5 million', 'total cost'],
      ['The drugs are worth an estimated £500,000.', 'an estimated £500,000', 'drugs'],
      // A pronoun names nothing; a link with no "be" before it keeps the words it was read back to.
      ['It is worth £5m.', '£5m', null],
      ['Their value is £5.4m.', '£5.4m', 'value'],
    ])
  })

  describe('a weight or a count of drugs worth a sum', () => {
    check([
      ['Officers seized 3kg of heroin worth £300,000.', '3kg', 'heroin'],
      ['Officers seized 3kg of heroin worth £300,000.', '£300,000', 'heroin'],
      ['Police found 200 cannabis plants worth about £400,000.', '200', 'cannabis plants'],
      ['Police found 200 cannabis plants worth about £400,000.', 'about £400,000', 'cannabis plants'],
      // wide corpus, us_3.txt (CBP).
      [
        'Officers seized a total of 60.41 pounds of methamphetamine worth an estimated $1,208,120.80.',
        'an estimated $1,208,120.80',
        'methamphetamine',
      ],
      ['He had 3 kilos of cocaine worth £90,000.', '3 kilos', 'cocaine'],
      // Without a figure before it, the subject is whole.
      ['Packages of cocaine worth £90,000 were found.', '£90,000', 'Packages of cocaine'],
    ])
  })

  describe('money for something, and money that names a change', () => {
    check([
      ['The budget includes £3 million for a new custody suite in Leeds.', '£3 million', 'new custody suite'],
      // An infinitive after what the money pays for starts a new clause.
      [
        'The council set aside £2 million for a new unit to tackle anti-social behaviour.',
        '£2 million',
        'new unit',
      ],
      ['Ministers announced a £40m boost for rural policing.', '£40m', 'boost'],
      // A noun right after the money: wide corpus, intl_2.txt (New Zealand Government), and variants.
      ['It includes $17.8 million capital for the Police.', '$17.8 million', 'capital'],
      ['He must pay £1,250 compensation and a £156 victim surcharge.', '£156', 'victim surcharge'],
      ['A £5,000 reward is being offered.', '£5,000', 'reward'],
      // Not a participle or an adverb after it: the verb of the penalty before it names the money
      // (wide corpus, intl_3.txt).
      ['He was fined EUR 10.5 million based on the benefits.', 'EUR 10.5 million', 'fined'],
      ['Prices rose £3 overnight.', '£3', 'Prices'],
      ['The victim had withdrawn £200 from a cash machine.', '£200', 'withdrawn'],
      // Money as the subject of "available": what it is available for, infinitive and all.
      [
        'Up to £2m is available to fund six Regional Cyber Crime Units.',
        'Up to £2m',
        'available to fund six Regional Cyber Crime Units',
      ],
      // An adjective of amount is part of what is counted.
      ['Forces will share £1bn in additional funding next year.', '£1bn', 'additional funding'],
      ['The money will put thousands more officers on patrol.', 'thousands', 'more officers'],
    ])
  })

  describe('where what is counted ends', () => {
    check([
      // A second figure after "and".
      ['Officers seized 2kg of heroin and more than 500 grams of crack cocaine.', '2kg', 'heroin'],
      ['Officers found 14 knives and around 30 machetes.', '14', 'knives'],
      // A verb after "and", with a figure after it.
      ['Officers seized 40 knives and made 12 arrests.', '40', 'knives'],
      // The words that open the next figure are its own, and "of" before them trails.
      [
        'The scheme defrauded more than 1,000 investors of approximately $35 million.',
        'more than 1,000',
        'investors',
      ],
      ['He cheated 40 victims of about £2m.', '40', 'victims'],
      ['They stole 200 phones of some 300 on display.', '200', 'phones'],
      // Where a verb of sending sends them is the verb's: "to Spain" is not what is counted.
      ['The agency deployed 4 experts to Spain to help with the floods.', '4', 'experts'],
      ['The force has sent a further 12 officers to Leeds.', '12', 'officers'],
      ['Brigades dispatched 30 firefighters into the building.', '30', 'firefighters'],
      // Without one, "to" goes on as before.
      ['There were 3 visits to Spain last year.', '3', 'visits to Spain'],
      // Not before words: "members of the gang" goes on.
      ['The 12 members of the gang were jailed.', '12', 'members of the gang'],
      // A past tense that is never a participle.
      ['More than 60 volunteers took part in the clean-up.', 'More than 60', 'volunteers'],
      // Where things come from is no part of them, unless a participle says what was done:
      // wide corpus, uk_2.txt (Border Force), and the sample's own measure.
      ['Border Force intercepted over 2,000 live tarantulas from Europe.', 'over 2,000', 'live tarantulas'],
      ['There were 40 vehicles identified at ports.', '40', 'vehicles identified at ports'],
      // A list stops before money: wide corpus, intl_1.txt (New Zealand Police).
      ['Operation Freya saw 12 arrests and around $8 million worth of drugs seized.', '12', 'arrests'],
      // A time adverb ends it: wide corpus, intl_2.txt (Fire and Emergency New Zealand).
      ['Three dozers are supporting the 44 firefighters today.', '44', 'firefighters'],
      // Nouns in -ing go on: wide corpus, intl_2.txt (New Zealand Government), and a variant.
      ['It includes $298.8 million in new operating funding.', '$298.8 million', 'new operating funding'],
      [
        'This is in addition to £19 million annual funding from our Delivering Equally Safe Fund.',
        '£19 million',
        'annual funding',
      ],
      // "of a" goes on: wide corpus, uk_2.txt (NCA), and a variant.
      ['Last year four members of a gang were sent to prison.', 'four', 'members of a gang'],
      [
        'Police charged three members of an organised crime group.',
        'three',
        'members of an organised crime group',
      ],
      // A conversion in brackets is passed over: wide corpus, us_3.txt (CBP).
      [
        'Officers extracted 40 packages weighing 98.28 pounds (44.58kg) of alleged cocaine.',
        '98.28 pounds',
        'alleged cocaine',
      ],
      [
        'Officers extracted 40 packages weighing 98.28 pounds (44.58kg) of alleged cocaine.',
        '44.58kg',
        'alleged cocaine',
      ],
      ['It was 5 km (3 miles) from the town.', '5 km', null],
      // A word of approximation may open the conversion.
      ['Officers seized 40kg (about 88lb) of cocaine.', '40kg', 'cocaine'],
      ['Officers seized 40kg (approximately 88 pounds) of cocaine.', '40kg', 'cocaine'],
      // Near-miss: a share in the brackets is no conversion.
      ['Officers seized 40kg (about a third) of the haul.', '40kg', 'seized'],
      // A noun right after a unit: wide corpus, us_2.txt (FBI).
      [
        'Agents seized 15.5 kilograms of methamphetamine and 3.28 kilograms fentanyl.',
        '3.28 kilograms',
        'fentanyl',
      ],
      // A verb with a figure for its object: wide corpus, us_2.txt (FBI), and a variant.
      ['Five FBI field offices executed 70 arrests and 82 search warrants.', 'Five', 'FBI field offices'],
      ['Authorities from five countries arrested 12 suspects.', 'five', 'countries'],
      ['There were 16,500 people arrested in 2023.', '16,500', 'people arrested'],
      ['Two players left the club in the summer.', 'Two', 'players'],
      // Participles that work as prepositions or only say who took part.
      ['There were 120 burglaries compared with 150 last year.', '120', 'burglaries'],
      ['The raids saw around 150 officers involved, including dog handlers.', 'around 150', 'officers'],
      // "related to" goes on; an article after a noun starts a new phrase.
      ['There were 300 offences related to drug supply.', '300', 'offences related to drug supply'],
      ['With eight more picks the club rebuilt its squad.', 'eight', 'more picks'],
      // A participle that names a topic goes on, as a preposition would.
      [
        'Officers made 95 arrests relating to metal theft, including cable theft.',
        '95',
        'arrests relating to metal theft',
      ],
      ['Police received 40 reports involving e-scooters last month.', '40', 'reports involving e-scooters'],
      // An -ing word in a name is not a participle.
      [
        'The plan funds 12 Neighbourhood Policing Teams across the county.',
        '12',
        'Neighbourhood Policing Teams',
      ],
      // After "saw", a participle is what happened to the things counted, not part of them.
      ['The week of action saw a further 60 vehicles seized, along with cash.', '60', 'vehicles'],
      ['The week of action ended with 60 vehicles seized.', '60', 'vehicles seized'],
    ])
  })

  describe('an initialism in what is counted', () => {
    check([
      ['Agents seized $50,000 in U.S. currency.', '$50,000', 'U.S. currency'],
      ['12 U.S. citizens were detained.', '12', 'U.S. citizens'],
      ["More than 40 U.S. Attorney's Offices took part.", 'More than 40', "U.S. Attorney's Offices"],
      // wide corpus, us_3.txt (CBP).
      ['CBP is charged with enforcing hundreds of U.S. laws.', 'hundreds', 'U.S. laws'],
      ['Some 300 U.K. nationals were flown home.', 'Some 300', 'U.K. nationals'],
      // A full stop after a word of more letters still ends it.
      ['Police seized 40 guns. U.S. agents helped.', '40', 'guns'],
    ])
  })

  describe('a word between hyphens glued to it is inside a compound in the subject', () => {
    check([
      ['Like-for-like sales grew 4.1%.', '4.1%', 'Like-for-like sales'],
      ['Door-to-door sales fell 3%.', '3%', 'Door-to-door sales'],
      ['Spending on state-of-the-art cameras rose to £2m.', '£2m', 'Spending on state-of-the-art cameras'],
      // A word with a hyphen on one side only is read as before.
      ['Cross-border sales fell 3%.', '3%', 'Cross-border sales'],
    ])
  })

  describe('a name that ends in its number', () => {
    check([
      ['Officers seized 3 AR-15 style rifles.', '3', 'AR-15 style rifles'],
      ['Police issued 20 COVID-19 fines last week.', '20', 'COVID-19 fines'],
      ['The force bought 4 F-35 jets.', '4', 'F-35 jets'],
      // The name ends a clause before a comma, or goes on over a hyphen to a word.
      ['There were 40 cases of COVID-19, including 3 deaths.', '40', 'cases of COVID-19'],
      ['There were 12 cases of COVID-19-related fraud.', '12', 'cases of COVID-19-related fraud'],
      // Not a name: a figure after the hyphen with a space before it.
      ['Police seized 40 guns - 12 of them loaded.', '40', 'guns'],
    ])
  })

  describe('an amount after "of" in the subject is its value, and the subject stands before', () => {
    check([
      ['Underlying EBITDA of £120.5m was up 4.2%.', '4.2%', 'Underlying EBITDA'],
      ['Revenue of $2.3 billion rose 5% in the year.', '5%', 'Revenue'],
      ['Net profit of NZ$45m was down 3%.', '3%', 'Net profit'],
      ['A haul of 20kg was up 4% on last year.', '4%', 'haul'],
      // Near misses: a number with no unit may be a name's, and the amount keeps its own measure.
      ['The number of 999 calls rose 12%.', '12%', 'calls'],
      ['Underlying EBITDA of £120.5m was up 4.2%.', '£120.5m', 'Underlying EBITDA'],
    ])
  })

  describe('an index named with its number is the subject of its change', () => {
    check([
      ['The FTSE 100 fell 2% on Friday.', '2%', 'FTSE 100'],
      ['The S&P 500 rose 1.2% in early trade.', '1.2%', 'S&P 500'],
      ['The Nikkei 225 closed up 0.4%.', '0.4%', 'Nikkei 225'],
      ['The FTSE 100 fell 30 points to 7,455.', '30 points', 'FTSE 100'],
      // An ampersand glued between capitals is inside a name.
      ['M&S sales rose 3% in the quarter.', '3%', 'M&S sales'],
      // Near misses: the level an index reached counts no thing, and a year is no name's number.
      ['The S&P 500 gained 0.7% to 6,327.80.', '6,327.80', null],
      ['Arrests in 2023 rose 5%.', '5%', 'Arrests'],
    ])
  })

  describe('words after a figure that name nothing', () => {
    check([
      // A preposition, a conjunction or a comparative after the figure opens no noun phrase.
      ['The peso closed 17.42 against the dollar on Friday.', '17.42', null],
      ['The new model costs around 12k cheaper than the old one.', 'around 12k', null],
      // What comes before the figure is read instead: "30 or above" is no measure.
      ['Patients with a score of 30 or above were referred.', '30', 'score'],
      // A verb with its object after the figure.
      [
        'Life expectancy in the town is around 74 raising the alarm among doctors.',
        'around 74',
        'Life expectancy',
      ],
      // Read back from "at": a unit, an adverb of change or an infinitive is no subject; the
      // level after "at" of a plural subject counts it; an index's level counts no thing.
      ['The index was down 0.3 per cent at 6,120.', '6,120', null],
      ['The index was up at 98.2 by noon.', '98.2', null],
      ['The index rose 0.5 per cent to end at 31,200.', '31,200', null],
      ['Burglaries were down 3 per cent at 6,120.', '6,120', 'Burglaries'],
      ['Admissions rose 5 per cent to end at 31,200.', '31,200', 'Admissions'],
      // Still read: a noun after the figure, a subject before its link.
      ['The average price was 240 on the day.', '240', 'average price'],
    ])
  })

  describe('a bare figure that leaves out what it counts', () => {
    check([
      ['Shipments rose to 5.2 million units, up from 4.8 million a year earlier.', '4.8 million', 'units'],
      ['About 9 million homes were affected, including 2.1 million in the north.', '2.1 million', 'homes'],
      ['There were 5,200 claimants in March and 7,900 who had applied earlier.', '7,900', 'claimants'],
      // An index's level takes the points of its change as its unit (see ranges.test.ts), and
      // what the change measures.
      ['The Nasdaq gained 41.2 points to 3,910.55 on Tuesday.', '3,910.55', 'Nasdaq'],
      ['The FTSE 100 fell 30 points to 7,455.', '7,455', 'FTSE 100'],
      ['The FTSE 100 closed down 45 points at 7,410.', '7,410', 'FTSE 100'],
      ['The FTSE 100 closed 45 points lower at 7,410.', '45 points', 'FTSE 100'],
      ['The FTSE 100 closed 45 points lower at 7,410.', '7,410', 'FTSE 100'],
      ['The ASX 200 ended 12 points higher at 7,812.', '7,812', 'ASX 200'],
      // Near miss: a level after a change in per cent still counts nothing.
      ['The S&P 500 closed up 0.7% at 6,327.80.', '6,327.80', null],
      ['Arrests rose to 410 compared with 380 last year.', '380', 'Arrests'],
      ['The firm made 410 arrests compared with 380 last year.', '380', 'arrests'],
      // A percentage lends nothing to the level after it.
      ['It rose 12% to 1,400 this year.', '1,400', null],
      // Nor does a figure of another order, or one in brackets.
      ['The 6 speed model and 2,150,000 others were sold.', '2,150,000', 'others'],
    ])
  })
})

describe('money after another figure', () => {
  const measures = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.measure])

  it('takes no measure from the unit of the figure before it', () => {
    expect(measures('The crude contract was up 19 cents at $58.24 per barrel.')).toEqual([
      ['19 cents', 'crude contract'],
      ['$58.24', 'crude contract'],
    ])
  })

  it('still takes the measure of its clause before a change', () => {
    expect(measures('The fare rose by 20 cents to $2.50.')).toEqual([
      ['20 cents', 'fare'],
      ['$2.50', 'fare'],
    ])
  })
})

describe('the noun phrase, not the clause after it', () => {
  check([
    // The letters glued to the next figure's dollar sign are its currency's.
    ['The scheme defrauded more than 3,000 victims of about A$45m.', 'more than 3,000', 'victims'],
    ['Police identified 200 victims of NZ$3m in losses.', '200', 'victims'],
    // A word glued after a hyphen goes on, whatever its ending.
    ['Officers seized 12 kilos of hand-rolling tobacco.', '12 kilos', 'hand-rolling tobacco'],
    ['Customs found 40kg of hand-made cigarettes at the port.', '40kg', 'hand-made cigarettes'],
    // A preposition before a date says when.
    ['The company plans 400 charging stations by the end of 2020.', '400', 'charging stations'],
    ['The council will build 250 social homes by 2027.', '250', 'social homes'],
    ['Gardaí executed 14 search warrants in March across the county.', '14', 'search warrants'],
    ['Police will recruit 300 new officers by the start of next year.', '300', 'new officers'],
    // A participle before a place says where something was done.
    ['A study of seven European countries conducted in Germany found this.', 'seven', 'European countries'],
    ['There were 40 vehicles identified at ports.', '40', 'vehicles identified at ports'],
    // An adjective or an adverb after the noun ends it.
    ['There are five profile slots available.', 'five', 'profile slots'],
    ['The site has two smaller tenancies and quickly taken up.', 'two', 'smaller tenancies'],
    ['Police recovered 30 stolen bikes too.', '30', 'stolen bikes'],
    ['Police recovered dozens of Kia and Hyundai vehicles.', 'dozens', 'Kia and Hyundai vehicles'],
    // A clause opened by a verb in -ing: what it is about follows its last preposition.
    [
      'Revenue was $3.1 billion, falling short of FactSet estimates of 64,900.',
      '64,900',
      'FactSet estimates',
    ],
  ])

  describe('a verb in -ing opening a clause after a comma or a conjunction is no part of what it names', () => {
    check([
      [
        'Revenue rose to $3.1 billion, beating analyst forecasts of $2.9 billion.',
        '$2.9 billion',
        'analyst forecasts',
      ],
      ['Sales reached $4 billion, exceeding expectations of $3.8 billion.', '$3.8 billion', 'expectations'],
      ['Profit fell to $1.2bn, missing consensus estimates of $1.4bn.', '$1.4bn', 'consensus estimates'],
      [
        'Earnings rose 8% and topping Wall Street estimates of $2.1 billion.',
        '$2.1 billion',
        'Wall Street estimates',
      ],
      // After an article, or alone, the -ing word describes the noun.
      ['The remaining funding of £2 million will go to schools.', '£2 million', 'remaining funding'],
      ['The department said existing funding of £5m would continue.', '£5m', 'existing funding'],
    ])
  })

  describe('the subject of a verb of motion measures its levels', () => {
    check([
      ['The deficit widened to $5.2 billion from $4.1 billion.', '$5.2 billion from $4.1 billion', 'deficit'],
      [
        'The deficit narrowed from $5.2 billion to $4.1 billion.',
        'from $5.2 billion to $4.1 billion',
        'deficit',
      ],
      ['The trade gap widened to 5% in March from 3%.', '5%', 'trade gap'],
      ['The trade gap widened to 5% in March from 3%.', '3%', 'trade gap'],
      ['The unemployment rate crept up to 4.2% from 4.1%.', '4.2% from 4.1%', 'unemployment rate'],
      ['The fee was raised to £50 from £40.', '£50 from £40', 'fee'],
      // A figure after a verb of motion that counts something keeps what it counts.
      ['Officers went to 300 homes in the area.', '300', 'homes'],
      ['The team moved to 12 new offices.', '12', 'new offices'],
      // A verb with an adverb of direction before "to": "edged higher to".
      ['Prices edged higher to $80 a barrel.', '$80', 'Prices'],
      ['Shares crept lower to 80p on Friday.', '80p', 'Shares'],
      ['Fuel prices rose higher to £1.60 a litre.', '£1.60', 'Fuel prices'],
      // Not a comparative alone: "higher" after a copula is no particle of a verb.
      ['Costs were higher to 300 firms.', '300', 'firms'],
    ])
  })

  describe('a body that reports a figure is no part of what it measures', () => {
    check([
      ['The company reported rising costs of $40 million.', '$40 million', 'costs'],
      ['The firm reported falling revenue of $3 billion last year.', '$3 billion', 'revenue'],
      ['Its board disclosed losses of $5m.', '$5m', 'losses'],
      ['A bank posted a profit of $2bn.', '$2bn', 'profit'],
      ['The council faced soaring bills of £2m.', '£2m', 'bills'],
      // An adjective or a word of a figure's kind before the participle describes the noun.
      ['The total recorded crime of 5,000 was down.', '5,000', 'total recorded crime'],
      ['The annual reported revenue of $3bn was a record.', '$3bn', 'annual reported revenue'],
      ['The maximum sustained winds of 120 mph were recorded.', '120 mph', 'maximum sustained winds'],
    ])
  })
})

describe('what a vague quantity, a reported clause and a penalty measure', () => {
  describe('a vague quantity closed by a scale word counts the noun after it, as a number does', () => {
    check([
      ['They tested several hundred samples.', 'several hundred', 'samples'],
      ['A few thousand people were moved.', 'A few thousand', 'people'],
      ['Several dozen officers took part.', 'Several dozen', 'officers'],
      // A plural scale word needs its "of".
      ['Hundreds of samples were tested.', 'Hundreds', 'samples'],
      ['Hundreds attended the vigil.', 'Hundreds', null],
    ])
  })

  describe('a verb of saying or finding before its "that" clause is no part of what is counted', () => {
    check([
      ['A survey of 2,000 adults found that most agree.', '2,000', 'adults'],
      ['Nearly 3,000 residents say that crime fell.', 'Nearly 3,000', 'residents'],
      ['In all, 1,200 members agreed that the plan works.', '1,200', 'members'],
      ['The study of 3,000 patients showed that the drug works.', '3,000', 'patients'],
      ['Of 900 firms polled, 600 reported that sales fell.', '600', null],
      // "that" before a noun of time is a determiner: the participle describes the things counted.
      ['Officers recovered 20 items found that night.', '20', 'items found'],
      // A plural noun before "that" is the thing counted.
      ['Some 1,200 claims that were filed failed.', 'Some 1,200', 'claims'],
    ])
  })

  describe('the verb of a penalty names what the money is', () => {
    check([
      ['He was fined $2,400.', '$2,400', 'fined'],
      ['The club was penalised £50,000 by the league.', '£50,000', 'penalised'],
      [
        'He was fined EUR 10.5 million based on the benefits, and fined another EUR 3 million by the Dutch tax authorities.',
        'EUR 3 million',
        'fined',
      ],
      // "for" after a penalty's sum names the offence, not what the money is.
      ['He was fined $2,400 for speeding.', '$2,400', 'fined'],
      ['The firm was fined £1.2 million for breaching safety law.', '£1.2 million', 'fined'],
      ['The club was penalised £50,000 for fielding an ineligible player.', '£50,000', 'penalised'],
      ['He was fined another £500 for each offence.', '£500', 'fined'],
      // A noun after the money says more; without a penalty "for" names what the money pays for.
      ['He was fined $2,400 costs.', '$2,400', 'costs'],
      ['He paid $2,400 for the car.', '$2,400', 'car'],
      ['The council received £12 million for a new leisure centre.', '£12 million', 'new leisure centre'],
      ['He was fined and later paid $2,400.', '$2,400', null],
    ])
  })

  describe('an irregular past tense after what is counted is its verb, not part of it', () => {
    check([
      ['About 400 homes lost power after the storm.', 'About 400', 'homes'],
      ['More than 2,000 customers lost their jobs.', 'More than 2,000', 'customers'],
      ['Some 300 people fled their homes.', 'Some 300', 'people'],
      ['About 50 officers felt unsafe at work.', 'About 50', 'officers'],
      ['Around 30 pupils met the minister.', 'Around 30', 'pupils'],
      ['Nearly 900 students sat the exam.', 'Nearly 900', 'students'],
      ['About 60 firefighters fought the blaze.', 'About 60', 'firefighters'],
      ['Some 120 drivers hit the road.', 'Some 120', 'drivers'],
      ['Nearly 40 schools grew their own food.', 'Nearly 40', 'schools'],
      // As a participle without an object it describes what is counted.
      ['Police recovered 400 items lost in the fire.', '400', 'items lost'],
      ['Officers visited 300 homes hit by flooding.', '300', 'homes hit'],
    ])
  })

  describe('a verb in the present after a plural noun is its verb, not part of it', () => {
    check([
      ['About 2,000 people live in the village.', 'About 2,000', 'people'],
      ['Over 120 businesses receive the grant each year.', 'Over 120', 'businesses'],
      ['About 40 staff remain in post.', 'About 40', 'staff'],
      ['One in a hundred people carry the gene.', 'One in a hundred', 'people'],
      ['About 400 homes lose power every winter.', 'About 400', 'homes'],
      // A verb that is also a noun of compounds, before what follows a verb.
      ['Some 15 officers patrol the area at night.', 'Some 15', 'officers'],
      ['Around 50 volunteers help out every week.', 'Around 50', 'volunteers'],
      ['Nearly 3,000 drivers use the road daily.', 'Nearly 3,000', 'drivers'],
      // The same words in a compound, or after a singular, go on.
      ['The force has 300 police patrol cars.', '300', 'police patrol cars'],
      ['The charity pays 30 support workers.', '30', 'support workers'],
      ['It funds 12 help desks.', '12', 'help desks'],
    ])
  })

  describe('a verb in the third person after a singular noun is its verb, not part of it', () => {
    check([
      ['The $8.5 million project replaces the bridge deck.', '$8.5 million', 'project'],
      ['The £2m scheme includes new cameras.', '£2m', 'scheme'],
      ['A £40,000 grant allows the club to expand.', '£40,000', 'grant'],
      ['The £90m aid package arrives next week.', '£90m', 'aid package'],
      // Words as often plural nouns of compounds go on.
      ['The council bought 40 council houses.', '40', 'council houses'],
      ['There were 1,200 housing starts.', '1,200', 'housing starts'],
      ['The £10m project costs were higher.', '£10m', 'project costs'],
    ])
  })

  describe('a scale reading measures the thing it is read on', () => {
    check([
      ['An earthquake of magnitude 5.2 struck the region.', 'magnitude 5.2', 'earthquake'],
      ['A 4.5 magnitude earthquake struck.', '4.5 magnitude', 'earthquake'],
      ['A 4.5 magnitude earthquake struck off the coast.', '4.5 magnitude', 'earthquake'],
      // Near-miss: a noun after the reading is still what it measures.
      ['A magnitude 6.1 earthquake hit the island.', 'magnitude 6.1', 'earthquake'],
    ])
  })

  describe('a past form right after money or a unit is a verb, not what is measured', () => {
    check([
      ['The 3kg sold for £90,000.', '3kg', null],
      ['Of the £2m raised, £1.5m went to charity.', '£1.5m', null],
      // Near-miss: a past form that is also a noun after money.
      ['The firm took a £2m hit to profits.', '£2m', 'hit to profits'],
    ])
  })

  describe('a quantifier floated after what is counted ends it', () => {
    check([
      ['The bottom five clubs all lost.', 'five', 'clubs'],
      ['The two men both pleaded guilty.', 'two', 'men'],
      ['The 12 schools all have new roofs.', '12', 'schools'],
      ['Five bags each containing cocaine were found.', 'Five', 'bags'],
      // Near-miss: "both" before a noun.
      ['Police arrested 12 men in both towns.', '12', 'men'],
    ])
  })

  describe('a passive of "put" or "set" reads back to its subject', () => {
    check([
      ['Losses are put at £3m.', '£3m', 'Losses'],
      ['The figure was set at 12%.', '12%', 'figure'],
      ['The cost has been put at £4.2 million.', '£4.2 million', 'cost'],
      // Near-miss: a participle ending in -ed was already read so.
      ['The haul was valued at £2m.', '£2m', 'haul'],
    ])
  })

  describe('a possessive determiner opens no measure', () => {
    check([
      ['The firm doubled its profits.', 'doubled', 'profits'],
      ['The council cut its budget by £3m.', '£3m', 'budget'],
      ['About 10% of their staff will go.', 'About 10%', 'staff'],
      ['There was a 5% rise in our sales.', '5%', 'sales'],
      ['He will put $100 million of his own money into the campaign.', '$100 million', 'money'],
      // Near-miss: an article stays, as in "the length of investigations".
      ['The scheme reduces the length of investigations by 20%.', '20%', 'the length of investigations'],
    ])
  })

  describe('a figure that says more about the one before measures the same thing', () => {
    check([
      ['Police dealt with 3,210 calls, up 12% on the same period last year.', '12%', 'calls'],
      ['There were 1,234 burglaries, a rise of 8%.', '8%', 'burglaries'],
      ['The index stood at 18,104, down 0.4 percent.', '0.4 percent', 'index'],
      ['Nearly half of respondents (48%) said crime had increased.', '48%', 'respondents'],
      ['Burglaries fell by almost a third (32%) last year.', '32%', 'Burglaries'],
      // A change right after the comma, its comparative after it.
      ['A total of 1,342 people were treated, 23% more than last winter.', '23%', 'people'],
      ['The average house price was £285,000, 2.1% higher than a year ago.', '2.1%', 'average house price'],
      // A part counted after "of which" or "of whom" counts what the whole does.
      ['Officers attended 1,200 incidents, of which 300 were domestic.', '300', 'incidents'],
      ['Police arrested 45 people, of whom 12 were children.', '12', 'people'],
      // Near-miss: a noun of its own after the part.
      ['Police arrested 45 people, of whom 12 women were charged.', '12', 'women'],
      // The time of the count may stand between it and the comma.
      ['Police recorded 45,000 offences in the 12 months to March, a 3% fall.', '3%', 'offences'],
      ['Officers made 1,234 arrests during 2023, up 8%.', '8%', 'arrests'],
      ['The festival attracted 45,000 people over the weekend, up 12% on 2022.', '12%', 'people'],
      ['The museum welcomed 120,000 visitors over the summer, up 8% on the previous year.', '8%', 'visitors'],
      ['The shelter housed 300 people during the winter, a rise of 20%.', '20%', 'people'],
      ['The helpline took 5,000 calls over the festive period, up 9% on last year.', '9%', 'calls'],
      ['The museum welcomed 120,000 visitors, up 8% on the previous year.', '8%', 'visitors'],
      // A day named after "on": a holiday, a weekday and its part or date, a day of a month.
      ["The force received 1,234 calls on New Year's Eve, a 15% increase on last year.", '15%', 'calls'],
      ['The service handled 2,300 calls on Christmas Day, a rise of 12%.', '12%', 'calls'],
      ['Officers made 412 arrests on Saturday night, up 5% on last year.', '5%', 'arrests'],
      ['Officers made 412 arrests on Friday 3 March, up 5% on last year.', '5%', 'arrests'],
      ['Officers made 412 arrests on 3 March 2024, a 15% increase.', '15%', 'arrests'],
      ['Officers made 412 arrests on Easter Sunday, up 5%.', '5%', 'arrests'],
      // Near-misses: a place after "on" is no day, nor a number alone.
      ['Officers made 412 arrests on the Leeds and Bradford border, up 8%.', '8%', null],
      ['Officers made 412 arrests on the A1 near Leeds, up 8%.', '8%', null],
      // Near-misses: a place is no time, a change with a subject of its own, a count in brackets
      // after a proportion.
      ['Officers made 1,234 arrests in Leeds and Bradford, up 8%.', '8%', null],
      ['Police made 40 arrests, and crime fell 12%.', '12%', 'crime'],
      ['A third of calls (about 2,000) were hoax calls.', 'about 2,000', null],
    ])
  })

  it('reads a long run of "on" between a count and its change in bounded time', () => {
    const sentence = `Officers made 412 arrests ${'on '.repeat(300)}3 March, up 8%.`
    const started = Date.now()
    expect(measureOf(sentence, '8%')).toBe(null)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  describe('a figure alone in brackets after another measures what that one does', () => {
    check([
      [
        'The number of people in employment in the region grew by 387,274 (+8.1%) over the year.',
        '+8.1%',
        'people in employment',
      ],
      ['There were 1,234 burglaries (up 8%) last year.', '8%', 'burglaries'],
      ['Revenue was $4.2 billion (a rise of 3%).', '3%', 'Revenue'],
      // Near-misses: words of its own in the brackets, and a clause between the figures.
      ['Police recorded 1,234 burglaries (8% of all crime).', '8%', 'all crime'],
      // An earlier period's figure after its year and a colon, as accounts print it.
      ['Revenue was £45.2m (2023: £40.1m).', '£40.1m', 'Revenue'],
      ['Operating profit rose to £5.1m (2022/23: £4.2m).', '£4.2m', 'Operating profit'],
      ['Revenue was £45.2m (Note 3: £40.1m).', '£40.1m', null],
      // After what the figure is per or where it stands, and after a period named in words.
      ['Interim dividend 5.2p per ordinary share (2023: 4.9p).', '4.9p', 'Interim dividend'],
      ['Net debt of £12m at year end (2023: £15m).', '£15m', 'Net debt'],
      ['Final dividend of 3.5p per share (prior year: 3.2p).', '3.2p', 'Final dividend'],
      ['Revenue of £45.2m (same period last year: £40.1m).', '£40.1m', 'Revenue'],
      ['Dividend 5.2p per share (target: 6p).', '6p', null],
      // A dash after the period, or no mark at all, as some results statements print it.
      ['Revenue was £45.2m (2023 – £40.1m).', '£40.1m', 'Revenue'],
      ['Interim dividend 5.2p per share (2023 - 4.9p).', '4.9p', 'Interim dividend'],
      ['Revenue was £45.2m (2023 £40.1m).', '£40.1m', 'Revenue'],
      ['Revenue was £45.2m (prior year £40.1m).', '£40.1m', 'Revenue'],
      // With no mark, a fiscal year's label, a span of years, or a half's label before its year.
      ['Revenue was £45.2m (FY23 £40.1m).', '£40.1m', 'Revenue'],
      ['Revenue was £45.2m (FY 23 £40.1m).', '£40.1m', 'Revenue'],
      ['Revenue was £45.2m (fy 23 £40.1m).', '£40.1m', 'Revenue'],
      ['Operating profit rose to £5.1m (2022/23 £4.2m).', '£4.2m', 'Operating profit'],
      ['Operating profit rose to £5.1m (2022-23 £4.2m).', '£4.2m', 'Operating profit'],
      ['Net debt of £12m at year end (FY22/23 £15m).', '£15m', 'Net debt'],
      ['Operating margin was 12.5% (H1 FY23 11.2%).', '11.2%', 'Operating margin'],
      // Near-misses: with no mark, a count before the figure or a note's number names no period.
      ['Revenue was £45.2m (about 40 £5 notes).', '£5', 'notes'],
      ['Revenue was £45.2m (Note 3 £40.1m).', '£40.1m', null],
      ['Revenue was £45.2m (Q3 £40.1m).', '£40.1m', null],
      ['Revenue was £45.2m (A23 £40.1m).', '£40.1m', null],
      ['Revenue was £45.2m (2023: 40.1%).', '40.1%', null],
      // Words before the figure that open no change name another measure.
      ['There were 56 deaths (case fatality ratio 4.5%).', '4.5%', null],
      ['There were 56 deaths (4.5%).', '4.5%', 'deaths'],
      ['Revenue was $4.2 billion and the board said that costs (12%) were lower.', '12%', null],
    ])
  })

  describe('a figure in brackets between a share or a count and what it counts is passed over', () => {
    check([
      ['9 in 10 (88%) businesses said they were confident.', '9 in 10', 'businesses'],
      ['9 in 10 (88%) businesses said they were confident.', '88%', 'businesses'],
      ['Nine in ten (88 per cent) businesses said so.', 'Nine in ten', 'businesses'],
      ['In total 1,200 (40%) officers were trained.', '1,200', 'officers'],
      // Near-misses: words of their own in the brackets, and a name after them.
      ['9 in 10 (up from 8) businesses said so.', '9 in 10', null],
      ['Officers made 40 (12%) Arrests.', '40', null],
      ['Of these, 85 (79%) led to a finding of misconduct.', '85', null],
      ['Eight faced charges, with six (75%) pleading guilty.', 'six', null],
    ])
  })

  describe('the rate of a change after its verb and "at" measures what changed', () => {
    check([
      ['Consumer prices rose at an annual rate of 2.8 percent in March.', '2.8 percent', 'Consumer prices'],
      ['The economy grew at a seasonally adjusted annual rate of 3.1%.', '3.1%', 'economy'],
      ['Crime is falling at a rate of 3% a year.', '3%', 'Crime'],
      // Near-misses: a verb of no change, and a count.
      ['Interest accrues at a rate of 5%.', '5%', 'rate'],
      ['The unit hires at a rate of 40 people a week.', '40', 'people'],
    ])
    it('reads the rate as the change its verb says', () => {
      const read = findStatistics('Wages fell at an annual rate of 2% and rose at a rate of 4%.')
      expect(read.map((s) => s.change)).toEqual(['decrease', 'increase'])
      expect(findStatistics('Interest accrues at a rate of 5%.')[0]?.change).toBeNull()
    })
  })

  describe('money set aside for something measures what follows "to", never the verb', () => {
    check([
      ['The government has committed €250 million to the programme.', '€250 million', 'programme'],
      ['Ministers have allocated a further £3m to local councils.', '£3m', 'local councils'],
      ['The government has committed €250 million.', '€250 million', null],
      // Near-misses: a name after "to" is where the money goes; another verb keeps its measure.
      ['The Government has pledged $5 million to Ukraine.', '$5 million', null],
      ['The victim had withdrawn £200 from a cash machine.', '£200', 'withdrawn'],
    ])
  })

  describe('what costs a sum is what the sum measures', () => {
    check([
      ['A gallon of milk now costs $4.', '$4', 'gallon of milk'],
      ['The scheme will cost £2m.', '£2m', 'scheme'],
      ['Prices rose, with the average property now costing £285,000.', '£285,000', 'average property'],
      ['Diesel costs 160p per litre.', '160p', 'Diesel'],
      // Near-misses: a pronoun names nothing; a count after the verb is no sum.
      ['It costs £5 to enter.', '£5', null],
      ['The delays cost 300 jobs.', '300', 'jobs'],
    ])
  })

  describe('a level kept with little change, or a state after an adverb of degree, measures the subject', () => {
    check([
      ['The unemployment rate changed little at 3.9 percent.', '3.9 percent', 'unemployment rate'],
      ['The unemployment rate was little changed at 3.9 percent.', '3.9 percent', 'unemployment rate'],
      ['The jobless rate was essentially unchanged at 4.1 percent.', '4.1 percent', 'jobless rate'],
      ['Output remained broadly stable at 2.1%.', '2.1%', 'Output'],
      // Near-misses: a change with an object, and a state with no adverb, keep their reading.
      ['Prices changed at 12 stores.', '12', 'stores'],
      ['The index held steady at 105.2.', '105.2', 'index'],
    ])
  })

  describe('a verb of a market before "at" is no part of what the level measures', () => {
    check([
      ['Shares closed at $12, after rising 0.4%.', '$12', 'Shares'],
      ['Shares closed at $12, after rising 0.4%.', '0.4%', 'Shares'],
      ['The index ended at 7,500.', '7,500', 'index'],
      ['The pound traded at $1.27 on Friday.', '$1.27', 'pound'],
      // Near-miss: a noun before "at" stays.
      ['The closing price at $12 was a record.', '$12', 'closing price'],
    ])
  })

  describe('"came in" and a period a level\'s verb takes are no part of what the figure measures', () => {
    check([
      ['Revenue came in at $9.2 million.', '$9.2 million', 'Revenue'],
      ['Inflation is coming in at 3.1%.', '3.1%', 'Inflation'],
      ['Revenue came in $9.2 million above projections.', '$9.2 million', 'Revenue'],
      ['Spending came in 3% below budget.', '3%', 'Spending'],
      ['The project came in £2m over budget.', '£2m', 'project'],
      ['Sales ended the year at £4m.', '£4m', 'Sales'],
      ['Shares closed the session at $12.40.', '$12.40', 'Shares'],
      ['Unemployment began the year at 4.2%.', '4.2%', 'Unemployment'],
      // Near misses: a time after "came in" is none of the figure's, and a period named as a thing stays.
      ['Police came in at 9pm and found 3kg of cannabis.', '3kg', 'cannabis'],
      ['The cost of the year at £4m was a record.', '£4m', 'cost of the year'],
    ])
  })

  describe('a change with no subject of its own, after a comma or in a clause of time, has the clause before', () => {
    check([
      ['Burglaries fell sharply, 40% fewer than last year.', '40%', 'Burglaries'],
      ['Burglaries were down, with 40% fewer than last year.', '40%', 'Burglaries'],
      ['Robberies rose in the city centre, up 12% on 2023.', '12%', 'Robberies'],
      ['Shares rose 0.4% on Tuesday after falling 2% on Monday.', '2%', 'Shares'],
      ['Sales rose in June, after falling by 2% in May.', '2%', 'Sales'],
      // Near-misses: no verb before the comma, and a sentence before the aside.
      ['In the year to March, up 12% on 2023.', '12%', null],
      ['Robberies rose. After falling 2% in May, they levelled off.', '2%', null],
    ])
  })

  describe('a line of the accounts counted after or before its charges is one name', () => {
    check([
      ['Net profit after tax increased 12% to $340 million.', '12%', 'Net profit after tax'],
      ['Earnings before interest and tax rose 8% to £45m.', '8%', 'Earnings before interest and tax'],
      // Near-misses: a charge that opens the sentence, and one in a clause of its own.
      ['After tax, profit rose 8%.', '8%', 'profit'],
      ['After interest rates rose, sales fell 8%.', '8%', 'sales'],
    ])
  })

  describe('money spread over a span of time measures what it pays for after the span', () => {
    check([
      ['The Budget provides $4.5 billion over four years for hospitals.', '$4.5 billion', 'hospitals'],
      [
        'The Budget provides $4.5 billion over the next four years for new hospitals.',
        '$4.5 billion',
        'new hospitals',
      ],
      ['The council will spend £2m a year for youth services.', '£2m', 'youth services'],
      // Near-misses: no "for" after the span (what costs the sum is read before it), and a penalty's "for".
      ['The scheme costs £3m over four years.', '£3m', 'scheme'],
      ['He was fined $500 a day for breaches.', '$500', 'fined'],
    ])
  })

  describe('a verb of a finding ends the subject read back from a level', () => {
    check([
      ['The Eurostat figures show unemployment at 6.5% in the euro area.', '6.5%', 'unemployment'],
      ['The data reveal unemployment at 6.5%.', '6.5%', 'unemployment'],
      ['Estimates suggest inflation at 3%.', '3%', 'inflation'],
      // Near-miss: "show" as a noun after no plural stays in the subject.
      ['Ticket sales for the show rose 5%.', '5%', 'Ticket sales for the show'],
    ])
  })

  describe('a share of a whole written with its count', () => {
    check([
      ['Approximately 30% of the 1,200 respondents said yes.', 'Approximately 30%', 'respondents'],
      ['Half of its 2.3 million members voted.', 'Half', 'members'],
      ['About 10% of our 300 staff said yes.', 'About 10%', 'staff'],
      // Near-miss: a whole with no count is read as before.
      ['About 10% of staff said yes.', 'About 10%', 'staff'],
    ])
  })

  describe('a month or a weekday after a noun of change is when, not what, it changed', () => {
    check([
      ['There was a 12% rise in January.', '12%', null],
      ['The CPI rose 1.6% in September, down from a 2.0% gain in August.', '2.0%', null],
      ['Shares saw a 3% fall on Monday.', '3%', null],
      // Near-misses: a thing after the noun of change, and a place, are kept.
      ['There was a 29 per cent increase in vehicles stopped.', '29 per cent', 'vehicles stopped'],
      ['There was a 12% rise in Universal Credit.', '12%', 'Universal Credit'],
    ])
  })

  describe('"to" after an adjective or a participle, or before a noun phrase, goes on with the subject', () => {
    check([
      [
        'Net profit attributable to shareholders was NZ$45.2 million.',
        'NZ$45.2 million',
        'Net profit attributable to shareholders',
      ],
      ['Grants awarded to schools totalled £2m.', '£2m', 'Grants awarded to schools'],
      ['Payments made to victims were £3m.', '£3m', 'Payments made to victims'],
      // Near-miss: after a noun, "to" names where the thing went, left out with a place.
      ['Exports to China rose 5%.', '5%', 'Exports'],
      // After a noun, "to" and a noun phrase go on: whom the thing went to.
      ['Sales to customers in Europe rose 5% in the quarter.', '5%', 'Sales to customers'],
      ['Loans to small businesses fell 3%.', '3%', 'Loans to small businesses'],
      ['Payments to the fund rose by £3m.', '£3m', 'Payments to the fund'],
      // Near-miss: "to" and a verb with its object is no phrase of the subject's.
      ['The council wants to see crime fall 5%.', '5%', 'crime'],
    ])
  })

  describe("a body's initials before a participle and its object are the verb's subject", () => {
    check([
      ['The MPC kept interest rates at 5.25%.', '5.25%', 'interest rates'],
      ['The FBI seized assets worth $2m.', '$2m', 'assets'],
      // Near-miss: initials before a participle and a singular noun are one noun phrase.
      ['The CPI adjusted figure was 3.2%.', '3.2%', 'CPI adjusted figure'],
    ])
  })

  describe('a part of a whole a pronoun names counts what the whole does', () => {
    check([
      ['Police arrested 120 people. Of these, 85 went to court.', '85', 'people'],
      ['The force received 3,000 reports. Of those, 1,200 led to arrests.', '1,200', 'reports'],
      ['Police arrested 120 people. Of these, 12 pleaded guilty.', '12', 'people'],
      ['Officers made 40 arrests. Of these, 30% were for drugs.', '30%', 'arrests'],
      ['Police arrested 120 people. 85 of them were charged.', '85', 'people'],
      ['The fund is worth £2m. Of this, £500,000 will go to schools.', '£500,000', 'fund'],
      // The sentence before may be the paragraph before.
      ['Police arrested 120 people.\nOf these, 85 went to court.', '85', 'people'],
      // A whole counted earlier in the part's own sentence is the nearer.
      ['We made 40 arrests. Officers searched 14 homes, and of these nine were in Leeds.', 'nine', 'homes'],
      // Near-miss: with no whole before, or two, the part measures nothing, never its verb.
      ['Of these, 85 went to court.', '85', null],
      ['Officers made 40 arrests and seized 12 weapons. Of these, 30 went to court.', '30', null],
      // Near-miss: a noun after the part counts that.
      ['Police arrested 120 people. Of these, 85 men were charged.', '85', 'men'],
      ['He spoke of these 85 victims.', '85', 'victims'],
    ])
  })

  describe('an infinitive and the clause that governs it are no part of what its object measures', () => {
    check([
      ['He was ordered to pay costs of $85.', '$85', 'costs'],
      ['The firm agreed to pay compensation of £2m.', '£2m', 'compensation'],
      ['He will have to pay costs of $85.', '$85', 'costs'],
      ['The scheme aims to raise funds of £1m.', '£1m', 'funds'],
      ['Officers needed to seize assets worth £2m.', '£2m', 'assets'],
      ['The committee voted to maintain Bank Rate at 5.25%.', '5.25%', 'Bank Rate'],
      ['The bank opted to hold rates at 4%.', '4%', 'rates'],
      // A particle of the verb stands before its object.
      ['He was ordered to pay back proceeds of £40,000.', '£40,000', 'proceeds'],
      // Near-miss: after such a verb, "to" and a noun phrase is no infinitive.
      ['The firm agreed to a settlement of £2m.', '£2m', 'settlement'],
      // Near-miss: "to" after a verb of giving names whom, and goes on with the subject.
      ['Grants awarded to schools of £5,000 were announced.', '£5,000', 'Grants awarded to schools'],
      // Near-miss: an infinitive in the passive says what the subject is waiting for.
      ['Cases expected to be heard rose by 300.', '300', 'Cases expected to be heard'],
    ])
  })

  describe('an infinitive in the passive goes on with the subject', () => {
    check([
      ['The number of cases waiting to be heard rose by 300.', '300', 'cases waiting to be heard'],
      ['The cost of repairs to be made rose to £3m.', '£3m', 'cost of repairs to be made'],
      ['Homes to be built rose to 2,000.', '2,000', 'Homes to be built'],
      // Near-miss: a figure after the infinitive measures what follows it.
      ['Officers expect to be called to 300 incidents.', '300', 'incidents'],
    ])
  })

  describe('a change said again after "or", and the level it reached, measure what the change does', () => {
    check([
      ['The number of homeless households rose by 1,480, or 6%, to 26,140.', '6%', 'homeless households'],
      ['The number of homeless households rose by 1,480, or 6%, to 26,140.', '26,140', 'homeless households'],
      ['Arrests fell by 120, or 8 per cent, to 1,380.', '1,380', 'Arrests'],
    ])
    it('keeps the change of the restatement and none on the level', () => {
      const read = findStatistics('Arrests fell by 120, or 8 per cent, to 1,380.').map((s) => s.change)
      expect(read).toEqual(['decrease', 'decrease', null])
    })
  })

  describe('a change said again in another unit after "or" leaves the level its subject reached', () => {
    check([
      [
        'The State Pension will rise by 4.99%, or £1.73 a week, to £1,890.56 a year.',
        '£1,890.56',
        'State Pension',
      ],
      ['Bills will rise by 5 per cent, or £1.73 a week, to £1,890 a year.', '£1,890', 'Bills'],
      // Near-misses: an aside that restates no figure, or says something else, still ends the clause.
      ['Prices rose by 3%, or more in London, to £300,000.', '£300,000', null],
      ['Crime fell by 3% in the city, or so police say, to 4,000.', '4,000', null],
    ])
  })

  describe('a change in the infinitive after a word of expectation has that word’s subject', () => {
    check([
      [
        'Headline inflation is forecast to decline to around 3 per cent.',
        'around 3 per cent',
        'Headline inflation',
      ],
      ['Real GDP is estimated to have increased by 0.1% in the fourth quarter.', '0.1%', 'Real GDP'],
      ['Inflation is expected to rise by 2%.', '2%', 'Inflation'],
      // Near-misses: an infinitive after a verb of intent keeps its object; a level after "at" was read so before.
      ['The council plans to cut spending by 5%.', '5%', 'spending'],
      ['Unemployment is likely to peak at 4.6%.', '4.6%', 'Unemployment'],
    ])
  })

  describe('a verb of reaching after a change says the level its subject reached', () => {
    check([
      ['The number of visitors grew by 1.7 percent to reach 5.3 million.', '5.3 million', 'visitors'],
      ['Passenger numbers rose 4% to hit 2.1 million.', '2.1 million', 'Passenger numbers'],
      ['Exports increased by 12%, reaching £4.2bn.', '£4.2bn', 'Exports'],
      // A comma right before the link sets the level off, still the change's.
      ['Membership grew 5%, to reach 12,000.', '12,000', 'Membership'],
      ['Sales rose 4%, to £22m.', '£22m', 'Sales'],
      ['The rate was cut by 0.25 points, to 4.1%.', '4.1%', 'rate'],
      // Near-misses: a verb of reaching with no change before it keeps what it reaches; a comma
      // before a "from" with no change before it.
      ['The charity plans to reach 5,000 families.', '5,000', 'families'],
      ['Police aim to hit 500 arrests.', '500', 'arrests'],
      ['The charity received donations, from £5 to £500.', 'from £5 to £500', null],
    ])
  })

  describe('the level a figure is compared with measures what the figure does', () => {
    check([
      [
        'The unemployment rate rose to 4.3% in the three months to March, from 4.2%.',
        '4.2%',
        'unemployment rate',
      ],
      ['The jobless rate fell to 3.9%, from 4.1% a month earlier.', '4.1%', 'jobless rate'],
      // Near-misses: after "from" alone, what the figure counts is its own.
      ['Police visited 300 homes, from 250 streets.', '250', 'streets'],
      ['Arrivals were 120,000, down from a record 135,500.', '135,500', 'Arrivals'],
      ['The rate was 4.2%, down from a record 4.5%.', '4.5%', 'rate'],
      ['Net profit was $45.2 million, down from $52.1 million.', '$52.1 million', 'Net profit'],
      ['Revenue was $4.1 billion versus $3.9 billion in the prior year.', '$3.9 billion', 'Revenue'],
      ['Police seized 400 kg of cocaine, compared with 250 kg last year.', '250 kg', 'cocaine'],
      // Near-misses: another unit, and more than a few words before the comma.
      ['Revenue was $4.1 billion, up from 12% in 2023.', '12%', null],
      ['Turnover hit £4m in Leeds and in York, compared with £3m.', '£3m', null],
    ])
  })

  describe('letters glued to a figure before the subject are no part of it', () => {
    check([
      ['Samsung has sold its 35m devices worth $2bn.', '$2bn', 'devices'],
      ['Sales of its 35m devices rose 5%.', '5%', 'devices'],
      // Near-miss: a unit apart from the figure before, then "of", was left out already.
      ['3kg of heroin worth £300,000 was seized.', '£300,000', 'heroin'],
    ])
  })

  describe('a penalty with the one fined between the verb and the sum', () => {
    check([
      ['The court fined him £500.', '£500', 'fined'],
      ['Regulators fined the bank $1.2 billion.', '$1.2 billion', 'fined'],
      ['He was fined £500.', '£500', 'fined'],
      // Near-miss: another verb before the sum.
      ['He was fined for speeding and paid £500.', '£500', null],
    ])
  })

  describe('a comparative after a count compared with "than" opens what is counted', () => {
    check([
      ['The force has 1,200 more officers than in 2010.', '1,200', 'more officers'],
      ['There were 40 fewer deaths than last year.', '40', 'fewer deaths'],
      // Near-miss: without "than" it was read so already.
      ['There are 300 fewer officers.', '300', 'fewer officers'],
    ])
  })

  describe('a level after a change with a hyphenated period reads back to the subject', () => {
    check([
      ['The number of burglaries rose 12 per cent year-on-year to 3,456.', '3,456', 'burglaries'],
      ['Sales rose 3% quarter-on-quarter to £4.1bn.', '£4.1bn', 'Sales'],
      // Near-miss: a clause break before the level.
      ['Sales rose 3% year-on-year; costs were £4.1bn.', '£4.1bn', 'costs'],
    ])
  })

  describe('a row of a results table: its label, then its figure', () => {
    check([
      ['EPS 12.3p (2023: 10.1p)', '12.3p', 'EPS'],
      ['EPS 12.3p (2023: 10.1p)', '10.1p', 'EPS'],
      ['Revenue £45.2m (2023: £40.1m)', '£45.2m', 'Revenue'],
      ['Basic earnings per share 12.3p (2023: 10.1p)', '12.3p', 'Basic earnings per share'],
      ['Cash and cash equivalents £12.1m (2023: £9.8m)', '£12.1m', 'Cash and cash equivalents'],
      ['Year-end cash £5m', '£5m', 'Year-end cash'],
      ['Burglary 1,234', '1,234', 'Burglary'],
      ['Burglary 1,234, Robbery 2,567.', '2,567', 'Robbery'],
      ['• Vehicle crime 2,345', '2,345', 'Vehicle crime'],
      // Near-misses: a sentence, with its verb or its link, is no row.
      ['Police arrested 12.', '12', null],
      ['The total was 12.', '12', null],
      ['Officers seized 1,234.', '1,234', null],
      ['Revenue of £45.2m', '£45.2m', 'Revenue'],
      ['Total revenue for £45.2m', '£45.2m', null],
    ])
  })

  describe('"show" as the verb of a finding after a day or a name that closes its subject', () => {
    check([
      ['Figures published today show revenue increased by 12%.', '12%', 'revenue'],
      ['Figures published on Monday show revenue increased by 12%.', '12%', 'revenue'],
      ['Data from the ONS show arrests rose 5%.', '5%', 'arrests'],
      // Near-misses: after an article "show" is a noun; after a plural it was read so already.
      ['Sales at the show rose 12%.', '12%', 'Sales at the show'],
      ['The figures show revenue increased by 12%.', '12%', 'revenue'],
    ])
  })

  describe('a sum "for" a period is counted over it, and pays for nothing', () => {
    check([
      ['The table below shows revenue of £2m for the year.', '£2m', 'revenue'],
      ['The group reported a loss of £3m for the six months.', '£3m', 'loss'],
      ['Revenue was £4m for the quarter.', '£4m', 'Revenue'],
      // Near-misses: what the sum pays for, and a name with a period's word in it.
      ['The council set aside £2m for youth services.', '£2m', 'youth services'],
      ['The firm paid £5m for the Year of Culture.', '£5m', 'Year of Culture'],
    ])
  })

  describe('the year of a figure after its subject is left out, as a period is', () => {
    check([
      ["The council's budget for 2024/25 is £312.4m.", '£312.4m', "council's budget"],
      ['The budget for 2024 is £312m.', '£312m', 'budget'],
      ['Spending in 2023-24 was £5bn.', '£5bn', 'Spending'],
      ['Recorded crime in 2023/24 was 6,112.', '6,112', 'Recorded crime'],
      // Near-misses: a period in words stays, as before; a year in a name is no period.
      ["The council's budget for the year is £312.4m.", '£312.4m', "council's budget for the year"],
      ['The Class of 2024 fund is £3m.', '£3m', null],
    ])
  })

  describe('a rate’s unit of time closing the subject measures nothing', () => {
    check([
      ['Those who slept fewer than six hours a night were 30% more likely to develop diabetes.', '30%', null],
      ['Users who ran 3 miles a week were 20% less likely to be injured.', '20%', null],
      // Near-misses: a unit of time that is the subject itself, and one with words of its own.
      ['The night was 30% colder.', '30%', 'night'],
      ['Calls on the busiest night rose 30%.', '30%', 'Calls on the busiest night'],
    ])
  })

  describe('a change "by" a sum "for" someone measures the change’s subject', () => {
    check([
      ['Council tax bills will rise by £1.73 a week for a Band D property.', '£1.73', 'Council tax bills'],
      ['Bills will rise by £50 for a Band D property.', '£50', 'Bills'],
      // Near-misses: no change "by" before the sum, which pays for what follows "for".
      ['The council set aside £2m for youth services.', '£2m', 'youth services'],
      ['Funding of £2m for youth services was agreed.', '£2m', 'youth services'],
    ])
  })

  describe('a share counts its plural, without the verb in the singular that agrees with its "one"', () => {
    check([
      ['The charity said one in four children lives in poverty.', 'one in four', 'children'],
      ['One in five people says that crime has risen.', 'One in five', 'people'],
      ['One in ten children lives with a parent in prison.', 'One in ten', 'children'],
      // Near-misses: a compound of a plural, and a plural verb.
      ['One in five women leaders are under 40.', 'One in five', 'women leaders'],
      ['One in four children in Kent receive free meals.', 'One in four', 'children'],
    ])
  })

  describe('a share of one counts its plural of any kind, without the verb in the singular after it', () => {
    check([
      ['One in five adults lacks basic skills.', 'One in five', 'adults'],
      ['One in three councils expects a deficit next year.', 'One in three', 'councils'],
      ['One in four arts organisations faces closure.', 'One in four', 'arts organisations'],
      ['One in three adults reads.', 'One in three', 'adults'],
      ['One in four adults uses buses daily.', 'One in four', 'adults'],
      // Near-misses: a compound of two plurals, with a plural verb or none after it.
      ['One in five women drivers admit speeding.', 'One in five', 'women drivers'],
      ['One in ten arts organisations receive funding.', 'One in ten', 'arts organisations'],
      ['One in five arts organisations.', 'One in five', 'arts organisations'],
      ['Two in three firms expect rates to rise.', 'Two in three', 'firms'],
    ])
  })

  describe('a verb of exceeding that opens a figure links it to its subject', () => {
    check([
      ['Sales rose 4%, topping $22m.', 'topping $22m', 'Sales'],
      ['Visits grew 12%, exceeding 1.2 million.', 'exceeding 1.2 million', 'Visits'],
      ['Revenue topped $22m for the first time.', 'topped $22m', 'Revenue'],
      ['Donations have exceeded £2m this year.', 'exceeded £2m', 'Donations'],
      ['Sales are expected to exceed $5bn.', 'exceed $5bn', 'Sales'],
      // Near-misses: an "-ing" describing a noun, a pronoun subject, and the level of a change.
      ['Drivers exceeding 30mph were stopped.', 'exceeding 30mph', null],
      ['It topped 40,000.', 'topped 40,000', null],
      ['Attendance rose to exceed 40,000.', 'exceed 40,000', 'Attendance'],
    ])
  })

  describe('a change named by a noun before "of" and its figure', () => {
    check([
      ['There was a rise of 12% in burglaries.', '12%', 'burglaries'],
      ['Police recorded an increase of 300 in arrests.', '300', 'arrests'],
      ['Prices rose again following a rise of 0.4% in May.', '0.4%', 'Prices'],
      ['Arrests fell, following a rise of 10% last year.', '10%', 'Arrests'],
      ['Shoplifting rose again after a sharp rise of 20% in the year to March.', '20%', 'Shoplifting'],
      // Near-misses: a verb, not a preposition, before the phrase; a clause with no verb of change.
      ['The fall follows a rise of 3% in 2023.', '3%', null],
      ['Sales recovered despite a fall of 2% in March.', '2%', null],
    ])
  })

  describe('a relative pronoun before the verb stands for the noun phrase before it', () => {
    check([
      ['The trust bought a van, which cost £30,000.', '£30,000', 'van'],
      ['The trust bought a van that cost £30,000.', '£30,000', 'van'],
      ['The new hall, which cost £3m, opened in May.', '£3m', 'new hall'],
      ['Burglaries, which rose 12% last year, fell.', '12%', 'Burglaries'],
      ['Officers seized cannabis, which was valued at £30,000.', '£30,000', 'cannabis'],
      // Near-misses: "that" after a verb of saying; "which" after a clause names no noun.
      ['He said that cost £2m.', '£2m', null],
      ['Crime fell sharply, which saved £2m.', '£2m', null],
    ])
  })

  describe('a verb of where a market left a figure, before "up" or "down", is no part of its subject', () => {
    check([
      ['Shares closed up 3.4% at 412p.', '3.4%', 'Shares'],
      ['Shares closed up 3.4% at 412p.', '412p', 'Shares'],
      ['The pound finished up 0.2% at $1.27.', '$1.27', 'pound'],
      ['The index ended down 0.5% at 7,420.', '0.5%', 'index'],
      // Near-misses: "be" before "up", as before; an index's level counts no things.
      ['Shares were up 3.4% at 412p.', '3.4%', 'Shares'],
      ['The index ended down 0.5% at 7,420.', '7,420', null],
    ])
  })

  describe('"are" links a plural subject to its figure, as "were" does', () => {
    check([
      ['Costs are 15% higher.', '15%', 'Costs'],
      ['Crime rates are 20% lower than the London average.', '20%', 'Crime rates'],
      ['Fines are £100.', '£100', 'Fines'],
      // Near-misses: "there are" names nothing; what follows the figure is counted.
      ['There are 300 officers on duty.', '300', 'officers'],
      ['Costs were 15% higher.', '15%', 'Costs'],
    ])
  })

  describe('the nouns between a figure and its noun of change measure it', () => {
    check([
      ['Teachers will receive a 5.5% pay rise from September.', '5.5%', 'pay'],
      ['Residents face a 4.99% council tax increase.', '4.99%', 'council tax'],
      ['Staff got a £2,000 pay rise.', '£2,000', 'pay'],
      // Near-misses: a noun of change right after the figure; a period's word before it.
      ['There was a 12% rise in burglaries.', '12%', 'burglaries'],
      ['It saw a 3 per cent annual rise.', '3 per cent', null],
    ])
  })

  describe('a sum of a whole written with its own sum measures what the whole does', () => {
    check([
      ['The appeal has raised £85,000 of its £100,000 target.', '£85,000', 'target'],
      ['It has spent £2m of its £5m budget.', '£2m', 'budget'],
      // Near-misses: a participle after the whole's sum names no noun; a count's whole as before.
      ['It raised £5m of the £2.3 million needed.', '£5m', null],
      ['180 of the 250 people were charged.', '180', 'people'],
    ])
  })

  describe('"total" after a modal or "to" links its subject to the sum', () => {
    check([
      ['Investment in the network will total £600m over five years.', '£600m', 'Investment in the network'],
      ['Spending is expected to total $2bn.', '$2bn', 'Spending'],
      ['Savings could total £40m.', '£40m', 'Savings'],
      // Near-miss: "total" as a noun.
      ['The grand total £600m was spent.', '£600m', null],
    ])
  })

  describe('the object of a verb that sets a level measures it, whatever governs the infinitive', () => {
    check([
      ['The Committee voted by a majority of 7–2 to maintain Bank Rate at 5.25%.', '5.25%', 'Bank Rate'],
      ['The Committee voted unanimously to maintain Bank Rate at 5.25%.', '5.25%', 'Bank Rate'],
      ['The MPC voted 7-2 to hold interest rates at 5.25%.', '5.25%', 'interest rates'],
      ['The Board met on Tuesday to keep the cash rate at 4.35%.', '4.35%', 'cash rate'],
      // Near-misses: a verb that sets nothing keeps the phrase whole; a change names its object.
      ['Officers went on to visit 40 homes.', '40', 'homes'],
      ['Plans to raise council tax by 4.99% were approved.', '4.99%', 'council tax'],
    ])
  })

  describe('a level a change reached, then "for" someone, measures the change’s subject', () => {
    check([
      ['Funding will increase to £5m for youth services.', '£5m', 'Funding'],
      ['Spending rose to £2m for roads.', '£2m', 'Spending'],
      ['The reward has been increased to £10,000 for information.', '£10,000', 'reward'],
      ['Support will climb to £300 a week for carers.', '£300', 'Support'],
      // Near-misses: no change before the sum, which pays for what follows "for".
      ['The council will spend £5m for youth services.', '£5m', 'youth services'],
      ['It rose after the council set aside £5m for youth services.', '£5m', 'youth services'],
    ])
  })

  describe('the scale word of a figure read back over is the figure’s', () => {
    check([
      [
        'In 2022, 4.2 million people in the EU were at risk of poverty, 1.1 million fewer than in 2021.',
        '1.1 million',
        'people',
      ],
      [
        'In 2023, 2.5 million children in the UK were in poverty, 0.3 million fewer than in 2019.',
        '0.3 million',
        'children',
      ],
      [
        'Last year 3.2 billion people in Asia were online, 0.4 billion more than in 2020.',
        '0.4 billion',
        'people',
      ],
      // Near-miss: with no place to drop, it read so already.
      ['There were 4.2 million visitors, 1.1 million fewer than in 2021.', '1.1 million', 'visitors'],
    ])
  })
})

describe('the object of a verb of change with no article', () => {
  check([
    ['The committee voted to cut Bank Rate to 5%.', '5%', 'Bank Rate'],
    ['The MPC voted to raise interest rates to 5.25%.', '5.25%', 'interest rates'],
    ['The Bank cut rates to 4.5% in March.', '4.5%', 'rates'],
    ['The council will reduce speed limits to 20mph.', '20mph', 'speed limits'],
    // Near-misses: an adverb or a time between the verb and "to" is no object; a noun of change has none.
    ['Sales increased again to £3m.', '£3m', null],
    ['Sales increased last year to £3m.', '£3m', null],
    ['Prices increased sharply to £3.', '£3', null],
    ['A cut to 4% is expected.', '4%', null],
  ])
})

describe('the subject of "be" after a modal', () => {
  check([
    ['GDP would be 0.4 percentage points lower.', '0.4 percentage points', 'GDP'],
    ['Output would be 2% higher than otherwise.', '2%', 'Output'],
    ['The cost will be £2m.', '£2m', 'cost'],
    ['The vessel will be 18 meters in depth.', '18 meters', 'vessel'],
    // Near-miss: with no modal the subject reads as before.
    ['The average fine is £1500.', '£1500', 'average fine'],
  ])
})

describe('a verb with no ending after the plural noun counted', () => {
  check([
    ['Two in five men smoke.', 'Two in five', 'men'],
    ['Three in ten adults cycle to work.', 'Three in ten', 'adults'],
    ['Four in five pupils walk to school.', 'Four in five', 'pupils'],
    ['The FBI runs over 300 task forces nationwide.', 'over 300', 'task forces'],
    ['Twelve officers sleep on site.', 'Twelve', 'officers'],
    // Near-misses: a compound ends in a plural; a possessive owns what follows; a participle stays.
    ['There were 24 firearms offences in Leeds.', '24', 'firearms offences'],
    ['It carries 90 per cent of the world’s cargo.', '90 per cent', 'the world’s cargo'],
    ['Officers found 12 cars stolen.', '12', 'cars stolen'],
  ])
})

describe('an adverb between the plural counted and its verb ends what is counted', () => {
  check([
    ['Nearly half of all households now own an electric car.', 'Nearly half', 'all households'],
    ['40% of firms still expect rates to rise.', '40%', 'firms'],
    ['One in four children now lives in poverty.', 'One in four', 'children'],
    ['Almost a third of councils now have no reserves.', 'Almost a third', 'councils'],
    ['40% of firms still have vacancies.', '40%', 'firms'],
    // Near-misses: no verb after the adverb.
    ['Some 300 people now homeless were helped.', 'Some 300', 'people'],
    ['The 12 homes now empty will be sold.', '12', 'homes'],
  ])
})

describe('the verb and its object after the plural a share counts', () => {
  check([
    ['Two in five adults drink alcohol.', 'Two in five', 'adults'],
    ['Two in three drivers speed.', 'Two in three', 'drivers'],
    ['One in three women experience domestic abuse.', 'One in three', 'women'],
    ['One in five adults drink 14 units a week.', 'One in five', 'adults'],
    ['Two in five young adults drink alcohol.', 'Two in five', 'young adults'],
    // Near-misses: a compound's head is plural after its modifier; a noun phrase alone stays whole.
    ['One in four sports club members volunteer.', 'One in four', 'sports club members'],
    ['One in ten primary school pupils are obese.', 'One in ten', 'primary school pupils'],
    ['One in five sales staff said so.', 'One in five', 'sales staff'],
    ['One in four children lives in poverty.', 'One in four', 'children'],
    ['One in three drivers agreed.', 'One in three', 'drivers'],
    ['One in five adults and young people smoke.', 'One in five', 'adults and young people'],
  ])
})

describe('the verb and its object after the plural a count counts', () => {
  check([
    ['Five adults drink alcohol here.', 'Five', 'adults'],
    ['In the town 400 households pay council tax.', '400', 'households'],
    [
      'The firm employs around 600 people worldwide almost half of which are in California.',
      'around 600',
      'people',
    ],
    // Near-misses: a compound's plural head; a list; a plural in a name; a preposition after the word.
    ['There are 300 sports club members.', '300', 'sports club members'],
    ['Police seized 40 knives and some swords.', '40', 'knives and some swords'],
    [
      'They drilled 35 sections of the Marten Hills region of Alberta.',
      '35',
      'sections of the Marten Hills region of Alberta',
    ],
    ['Nearly 200 goods vehicle drivers were stopped.', 'Nearly 200', 'goods vehicle drivers'],
  ])
})

describe('the verb people are the subject of, before a plural object', () => {
  check([
    ['One in five adults eat vegetables every day.', 'One in five', 'adults'],
    ['One in four workers report symptoms of stress.', 'One in four', 'workers'],
    ['One in three young people read books for pleasure.', 'One in three', 'young people'],
    ['One in three adults smoke cigarettes.', 'One in three', 'adults'],
    ['Around 40% of employees work weekends.', 'Around 40%', 'employees'],
    ['Half of households pay council tax.', 'Half', 'households'],
    ['Around 40% of adults drink alcohol.', 'Around 40%', 'adults'],
    ['20% of crime victims report incidents to police.', '20%', 'crime victims'],
    ['Some 120 residents eat meals at the centre.', 'Some 120', 'residents'],
    // Near-misses: a compound whose first noun is no people's; a participle after things counted.
    ['There are 300 police patrol cars.', '300', 'police patrol cars'],
    ['One in four care home workers said so.', 'One in four', 'care home workers'],
    ['Half of sports club members agreed.', 'Half', 'sports club members'],
    ['20% of sales figures were revised.', '20%', 'sales figures'],
    ['Around 30% of sales revenue came from exports.', 'Around 30%', 'sales revenue'],
    ['The 3,000 books read by pupils were donated.', '3,000', 'books read by pupils'],
    ['One in five savings account holders lost money.', 'One in five', 'savings account holders'],
  ])
})

describe('a compound opened by a noun written in the plural', () => {
  check([
    ['One in ten sports club committee members said so.', 'One in ten', 'sports club committee members'],
    ['There are 40 arms trade control officers.', '40', 'arms trade control officers'],
    ['One in three savings account interest rates rose.', 'One in three', 'savings account interest rates'],
    // Near-misses: a plural subject before its verb and its object.
    ['300 firms offer apprenticeship schemes.', '300', 'firms'],
    ['One in four businesses face higher energy bills.', 'One in four', 'businesses'],
  ])
})

describe('the verb after a plural of things that opens its clause', () => {
  check([
    ['60% of care homes report staff shortages.', '60%', 'care homes'],
    ['About 300 care homes report staff shortages.', 'About 300', 'care homes'],
    ['One in four care homes report shortages of staff.', 'One in four', 'care homes'],
    ['Figures show 40% of schools use laptops in class.', '40%', 'schools'],
    ['A survey found that half of councils face budget gaps.', 'half', 'councils'],
    ['Some 60% of businesses plan price rises.', 'Some 60%', 'businesses'],
    // Near-misses: another verb later in the clause; the figure an object; a compound after a
    // singular; a plural noun after the noun; a plural with no "-s"; a mass noun after a plural.
    ['30% of operations support staff were cut.', '30%', 'operations support staff'],
    ['The council employs 300 operations support staff.', '300', 'operations support staff'],
    ['Figures show 60% of care home visits were cancelled.', '60%', 'care home visits'],
    ['The company announced 300 job cuts.', '300', 'job cuts'],
    ['The number of police stops rose to 4,500.', '4,500', 'police stops'],
    ['The force has 300 police patrol cars.', '300', 'police patrol cars'],
    ['Around 30% of sales revenue came from exports.', 'Around 30%', 'sales revenue'],
  ])
})

describe('a time’s possessive opens what a share is of', () => {
  check([
    ["Only 12% of last year's appeal was funded.", '12%', "last year's appeal"],
    ['Half of this month’s budget was spent.', 'Half', 'this month’s budget'],
    ["Some 30% of next year's intake will be local.", 'Some 30%', "next year's intake"],
    // Near-misses: a time alone says when; money set in a time's budget is no measure of it.
    ['Police made 40 arrests last year.', '40', 'arrests'],
    ['About 40% of last year.', 'About 40%', null],
    ["On top of this was the $126 million in last year's Budget.", '$126 million', null],
  ])
})

describe('a figure after a comma and a conjunction opens its clause', () => {
  check([
    ['The gap is £12m, and 60% of councils report similar pressures.', '60%', 'councils'],
    ['Costs rose, but 40% of schools use older laptops.', '40%', 'schools'],
    // Near-misses: a plural that modifies runs on; a list's items after commas.
    ['It has 300 managers, and 200 operations support staff.', '200', 'operations support staff'],
    [
      'It employs 100 drivers, 300 managers and 200 communications support officers.',
      '200',
      'communications support officers',
    ],
  ])
})

describe('an unlisted verb after a plural of things that opens its clause, before a plural object', () => {
  check([
    ['45% of firms cut jobs last year.', '45%', 'firms'],
    ['400 firms hire apprentices each year.', '400', 'firms'],
    ['One in five firms offer apprenticeships.', 'One in five', 'firms'],
    ['The survey found 40% of firms cut jobs.', '40%', 'firms'],
    // A second verb joined by "and" or "or" shares the first's subject.
    ['45% of firms cut jobs and froze pay.', '45%', 'firms'],
    ['45% of firms cut jobs and were forced to close.', '45%', 'firms'],
    ['Figures show 20% of schools use older laptops or have no wifi.', '20%', 'schools'],
    // Near-misses: a plural that modifies opens a compound; the figure an object; another verb
    // later in the clause, after a list of nouns too.
    [
      '30% of operations support staff and managers were cut.',
      '30%',
      'operations support staff and managers',
    ],
    ['The council employs 300 sports club coaches.', '300', 'sports club coaches'],
    ['The firm employs 300 staff canteen workers.', '300', 'staff canteen workers'],
    ['30% of operations support staff were cut.', '30%', 'operations support staff'],
  ])
})

describe('a past form a thing does on its own is its verb', () => {
  check([
    ['In total, 1,200 goods vehicle MOT tests failed last year.', '1,200', 'goods vehicle MOT tests'],
    ['About 200 licences expired.', 'About 200', 'licences'],
    ['Some 40 appeals succeeded.', 'Some 40', 'appeals'],
    ['Only 12% of reports resulted in a charge.', '12%', 'reports'],
    ['About 30% of cases stemmed from domestic disputes.', 'About 30%', 'cases'],
    // Near-misses: before the noun it describes it; a result done to things stays.
    ['About 300 failed applications were resubmitted.', 'About 300', 'failed applications'],
    ['Some 300 vehicles seized last year.', 'Some 300', 'vehicles seized'],
  ])
})

describe('the earlier level after the time the figure is of', () => {
  check([
    ['Inflation rose to 2.3% in the 12 months to April 2024, up from 2.0% in March.', '2.0%', 'Inflation'],
    ['Sales rose to £4.2m in the year to March, up from £3.9m.', '£3.9m', 'Sales'],
    [
      'Unemployment was 4.2% in the three months to June 2024, compared with 4.0% a year earlier.',
      '4.0%',
      'Unemployment',
    ],
    // Near-misses: a phrase that names no time, or a figure of another unit, shares nothing.
    ['Inflation rose to 2.3% in most parts of the north east, up from 2.0%.', '2.0%', null],
    ['Inflation rose to 2.3% in the 12 months to April 2024, up from £2m.', '£2m', null],
  ])
})

describe('what a sum is spent on, past its span of time and "a total of"', () => {
  check([
    [
      'The government is investing $1.2 billion over four years in new hospitals.',
      '$1.2 billion',
      'new hospitals',
    ],
    ['It will spend £2m over the next three years on roads.', '£2m', 'roads'],
    ['Clinton spent $66 million on commercials.', '$66 million', 'commercials'],
    ['The government committed a total of $12 million to the programme.', '$12 million', 'programme'],
    ['Arrests rose to a total of 1,200.', '1,200', 'Arrests'],
    ['Payments of a total of £5m were made.', '£5m', 'Payments'],
    // With nothing after it, the verb whose object the sum is.
    ['The government is investing $1.2 billion over four years.', '$1.2 billion', 'investing'],
    ['The scheme has received a total of $12 million.', '$12 million', 'received'],
    // Near-misses: "on" a day is when; a described sum is a measure; a level reached and money
    // set aside are none; a simple past right before a sum names a level.
    ['Prices were £2 on Monday.', '£2', 'Prices'],
    ['The price was quoted at a staggering sum of USD10m.', 'USD10m', 'staggering sum'],
    ['Petrol averaged $2.11.', '$2.11', null],
    ['The government has committed £250 million.', '£250 million', null],
    ['The scheme received $12 million.', '$12 million', null],
  ])
})

describe('a past form before the words that sum a figure is the verb whose object it is', () => {
  check([
    ['The scheme received a total of $12 million.', '$12 million', 'received'],
    ['The council received an amount of €300,000.', '€300,000', 'received'],
    ['The appeal raised a total of £250,000.', '£250,000', 'raised'],
    ['The firm paid a total amount of $3 million.', '$3 million', 'paid'],
    ['Customers were refunded a sum of £2m.', '£2m', 'refunded'],
    // Near-misses: a level is reached; a change has its subject; a described sum is a measure.
    ['Donations reached a total of £250,000.', '£250,000', 'Donations'],
    ['Arrests rose to a total of 1,200.', '1,200', 'Arrests'],
    ['The price was quoted at a staggering sum of USD10m.', 'USD10m', 'staggering sum'],
    ['Shares remained at a total of $40.', '$40', 'Shares'],
  ])
})

describe('what a sum "in the amount of" is of stands before its "in"', () => {
  check([
    ['ATF is offering a reward in the amount of up to $5,000.', 'up to $5,000', 'reward'],
    ['Officers recovered cash in the amount of $5,000.', '$5,000', 'cash'],
    ['The bank issued a loan in the sum of £40,000.', '£40,000', 'loan'],
    ['Payments were made in the amount of $300.', '$300', 'Payments'],
    // Near-miss: "in" before a sum with no words that sum it.
    ['Police seized a total of £30,000 in cash.', '£30,000', 'cash'],
  ])
})

describe('what a sum after a phrase of closeness opened by "in" is of stands before its "in"', () => {
  check([
    ['The council expects costs in excess of £5m.', 'in excess of £5m', 'costs'],
    ['Bills in excess of £1,000 went unpaid.', 'in excess of £1,000', 'Bills'],
    ['Legal costs in the region of £2m were paid.', 'in the region of £2m', 'Legal costs'],
    ['Damage is estimated in the order of £2m.', 'in the order of £2m', 'Damage'],
    ['The drugs were valued in the region of £2m.', 'in the region of £2m', 'drugs'],
    [
      'Acme expects revenue in the range of $405 million to $415 million.',
      '$405 million to $415 million',
      'revenue',
    ],
    ['Temperatures in the range of 30C to 35C are expected.', '30C to 35C', 'Temperatures'],
    // A verb of cost before the phrase links as it does before the sum.
    ['The repairs will cost somewhere in the region of £300,000.', 'in the region of £300,000', 'repairs'],
    ['The project will cost in excess of £2m.', 'in excess of £2m', 'project'],
    // Near-miss: a verb's object is not read back over.
    ['Its accounts processed in excess of £160m.', 'in excess of £160m', null],
    // Near-miss: "in the region" names a place, not closeness, before a verb of sum.
    ['Investment in the region totalled £5m.', '£5m', 'Investment'],
  ])
})

describe('a verb of summing up before "to" links its subject to the sum', () => {
  check([
    ['The bill for the repairs came to nearly £40,000.', 'nearly £40,000', 'bill for the repairs'],
    ['Costs amounted to more than £2m.', 'more than £2m', 'Costs'],
    ['The losses amount to £3m.', '£3m', 'losses'],
    ['The cuts in the budget will amount to 12%.', '12%', 'cuts in the budget'],
    // Near-miss: "came to" a count is a visit, not a sum.
    ['Police came to 12 addresses.', '12', 'addresses'],
  ])
})

describe('the strength of a count written "N-strong" is no part of what it counts', () => {
  check([
    ['A 200-strong crowd gathered.', '200', 'crowd'],
    ['The 4,000-strong workforce will be cut by 10%.', '4,000', 'workforce'],
    ['The 4,000-strong workforce will be cut by 10%.', '10%', 'workforce'],
    ['A 30-strong team of officers made arrests.', '30', 'team of officers'],
    // Near-miss: "strong" on its own describes the noun.
    ['A strong economy grew by 3%.', '3%', 'strong economy'],
  ])
})

describe('a verb of outcome with its preposition ends what a figure counts', () => {
  check([
    ['Only 12 of the 40 cases led to a conviction.', '12', 'cases'],
    ['12% of reports led to a charge.', '12%', 'reports'],
    ['40 reports resulted in a charge.', '40', 'reports'],
    ['30 cases ended in a caution.', '30', 'cases'],
    // Near-miss: a participle with its agent describes the noun.
    ['The 40 cases led by the unit were closed.', '40', 'cases led by the unit'],
  ])
})

describe('the noun before "of" rather than a predicate of being available', () => {
  check([
    ['Grants of between $5,000 and $50,000 are available.', 'between $5,000 and $50,000', 'Grants'],
    ['Grants of up to $50,000 are available.', 'up to $50,000', 'Grants'],
    ['Loans of £5,000 are available to firms.', '£5,000', 'Loans'],
    // Near-miss: with no noun before it the predicate still says what it is.
    ['£4.5m is available to create nine centres.', '£4.5m', 'available to create nine centres'],
  ])
})

describe('a row whose figure is a rate per share', () => {
  check([
    ['Final dividend 21.3p per share', '21.3p', 'Final dividend'],
    ['Interim dividend 5.2p per ordinary share (2023: 4.9p)', '5.2p', 'Interim dividend'],
    // Near-miss: a sentence with a verb is no row.
    ['Police arrested 12 per day.', '12', null],
  ])
})

describe('people acting after a word of amount opening the sentence', () => {
  check([
    ['Record 2.1 million passengers travelled.', '2.1 million', 'passengers'],
    ['A record 2.1 million passengers travelled.', '2.1 million', 'passengers'],
    ['Extra 300 volunteers gathered at the station.', '300', 'volunteers'],
    // So do they opening the clause a verb of saying takes.
    ['Police said a record 300 protesters gathered.', '300', 'protesters'],
    // Near-misses: things counted were acted on; after a verb's object the past form describes them.
    ['A record 2.1 million vehicles seized.', '2.1 million', 'vehicles seized'],
    ['Police counted a record 300 protesters gathered.', '300', 'protesters gathered'],
  ])
})

describe('things moving along a way after a count opening the sentence', () => {
  check([
    ['A total of 1,200 vehicles passed through the checkpoint.', '1,200', 'vehicles'],
    ['Some 300 ships sailed into the port last year.', 'Some 300', 'ships'],
    ['More than 4,000 lorries travelled to the site.', 'More than 4,000', 'lorries'],
    // So does a count opening the clause of a verb of saying or finding, or "that".
    ['Officers found 1,200 vehicles passed through.', '1,200', 'vehicles'],
    ['Police said 1,200 vehicles passed through the checkpoint.', '1,200', 'vehicles'],
    ['The report shows that 300 ships sailed into the port.', '300', 'ships'],
    // Near-misses: a later verb makes the past form a participle; a result keeps its participle.
    ['A total of 1,200 vehicles passed through the checkpoint were searched.', '1,200', 'vehicles passed'],
    ['Around 40 vehicles seized at the border.', 'Around 40', 'vehicles seized at the border'],
    ['A record 2.1 million vehicles seized.', '2.1 million', 'vehicles seized'],
    ['Police said 40 vehicles seized at the border were destroyed.', '40', 'vehicles seized at the border'],
    ['Police said 1,200 vehicles passed through the checkpoint were searched.', '1,200', 'vehicles passed'],
    ['Police stopped 1,200 vehicles passed through the checkpoint.', '1,200', 'vehicles passed'],
  ])
  it('reads a long run of ways after the past form in bounded time', () => {
    const sentence = `A total of 1,200 vehicles passed${' through the checkpoint'.repeat(300)}.`
    expect(findStatistics(sentence).find((s) => s.text === '1,200')?.measure).toBe('vehicles')
  })
})
