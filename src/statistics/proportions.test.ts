import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const read = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.qualifier])

describe('findStatistics', () => {
  describe('proportions are percentages', () => {
    it('reads "one in five" as 20 percent', () => {
      // wide corpus, uk_3.txt (Home Office).
      expect(read('Fewer than one in five incidents reported to police')).toEqual([
        ['Fewer than one in five', 20, 'percent', 'under'],
      ])
      expect(read('One out of three drivers and 1 in 4 riders were stopped.')).toEqual([
        ['One out of three', 33.33, 'percent', 'exact'],
        ['1 in 4', 25, 'percent', 'exact'],
      ])
    })

    it('reads "one in a hundred" and "one in a thousand" as "1 in 100" is', () => {
      expect(read('One in a hundred people carry the gene.')).toEqual([
        ['One in a hundred', 1, 'percent', 'exact'],
      ])
      expect(read('Nearly one in a thousand calls was a hoax.')).toEqual([
        ['Nearly one in a thousand', 0.1, 'percent', 'approx'],
      ])
      expect(read('One in 100 people carry the gene.')).toEqual([['One in 100', 1, 'percent', 'exact']])
    })

    it('reads no figure in "one in a million", a figure of speech for rare', () => {
      expect(read('A 1-in-a-million chance of winning.')).toEqual([])
      expect(read('It was a one-in-a-million chance.')).toEqual([])
      expect(read('The odds are one in a million.')).toEqual([])
      expect(read('It is a one in a billion shot.')).toEqual([])
      // A million of something else, and a share in digits, still count.
      expect(read('One in five adults and a million homes were hit.').map((r) => r[0])).toEqual([
        'One in five',
        'a million',
      ])
      expect(read('In a million homes, one in 20 had no heating.').map((r) => r[0])).toEqual([
        'a million',
        'one in 20',
      ])
    })

    it('reads "one-in-five" and "1-in-4" hyphened as "one in five" is', () => {
      expect(read('One-in-five people said they felt lonely.')).toEqual([
        ['One-in-five', 20, 'percent', 'exact'],
      ])
      expect(read('Around 1-in-4 riders were stopped, and three-in-ten drivers.')).toEqual([
        ['Around 1-in-4', 25, 'percent', 'approx'],
        ['three-in-ten', 30, 'percent', 'exact'],
      ])
      expect(read('There is a one-in-a-hundred chance of a match.')).toEqual([
        ['one-in-a-hundred', 1, 'percent', 'exact'],
      ])
      // The idiom stays no figure, hyphened or not.
      expect(read('It was a one-in-a-million chance.')).toEqual([])
    })

    it('reads no figure in "a 1-in-100-year flood": how often, once in so long a time', () => {
      // As "one in five years" and "a 1 in 200 year flood" give none: a recurrence in time, its
      // years a duration.
      for (const sentence of [
        'The new wall protects homes against a 1-in-100-year flood.',
        'Engineers designed it for a 1-in-200-year event.',
        'Such a 1-in-1,000-year storm is rare.',
      ])
        expect(read(sentence)).toEqual([])
      for (const sentence of [
        'It was a one-in-a-hundred-year storm.',
        'The scheme copes with a one-in-100-year flood and a 1 in 1,000 year storm.',
        'Defences were built to withstand 1 in 200 year floods.',
        'One in five years saw a flood.',
      ])
        expect(read(sentence)).toEqual([])
      // A share beside it is still a share.
      expect(read('A 1-in-200-year flood would hit one in five homes.')).toEqual([
        ['one in five', 20, 'percent', 'exact'],
      ])
    })

    it('reads "one-third" and "one-quarter" hyphened as "two-thirds" is', () => {
      expect(read('One-third of victims were men and one-quarter were under 18.')).toEqual([
        ['One-third', 33.33, 'percent', 'exact'],
        ['one-quarter', 25, 'percent', 'exact'],
      ])
      // Not a one-off, nor a share without "of" or a plural verb.
      expect(read('It was a one-off, and one-third was paid.')).toEqual([])
    })

    it('reads "one of every four" as 25 percent, and "one of four" as no share', () => {
      expect(read('Stock said that 1 of every 4 calls was a scam, and one of every five a hoax.')).toEqual([
        ['1 of every 4', 25, 'percent', 'exact'],
        ['one of every five', 20, 'percent', 'exact'],
      ])
      expect(read('He was one of four suspects arrested.')).toEqual([['four', 4, 'count', 'exact']])
    })

    it('reads "a third", "two-thirds" and "half"', () => {
      // wide corpus, uk_3.txt (IOPC).
      expect(read('with more than a third (159) examining the conduct').slice(0, 1)).toEqual([
        ['more than a third', 33.33, 'percent', 'over'],
      ])
      expect(read('Two-thirds of respondents agreed.')).toEqual([['Two-thirds', 66.67, 'percent', 'exact']])
      expect(read('Almost half of the officers and half the staff agreed.')).toEqual([
        ['Almost half', 50, 'percent', 'approx'],
        ['half', 50, 'percent', 'exact'],
      ])
    })

    it('reads a share restated in brackets before its "of", and the bracket as a figure of its own', () => {
      expect(read('A third (32%) of respondents said they felt unsafe.')).toEqual([
        ['A third', 33.33, 'percent', 'exact'],
        ['32%', 32, 'percent', 'exact'],
      ])
      expect(read('Two-thirds (67 per cent) of businesses agreed.')).toEqual([
        ['Two-thirds', 66.67, 'percent', 'exact'],
        ['67 per cent', 67, 'percent', 'exact'],
      ])
      expect(read('Half (48%) of officers were hurt.')).toEqual([
        ['Half', 50, 'percent', 'exact'],
        ['48%', 48, 'percent', 'exact'],
      ])
      // What the share is of, for both.
      expect(findStatistics('A third (32%) of respondents agreed.').map((s) => s.measure)).toEqual([
        'respondents',
        'respondents',
      ])
      // Near-miss: no "of" after the bracket, or words in it, or a number of "a million".
      expect(read('The third (32%) was late.')).toEqual([['32%', 32, 'percent', 'exact']])
      expect(read('A third (the youngest) of them left.')).toEqual([])
      expect(read('A quarter (25%) of a million.')).toEqual([
        ['25%', 25, 'percent', 'exact'],
        ['a million', 1000000, 'count', 'exact'],
      ])
    })

    it("reads a share that is a clause's subject before a plural verb", () => {
      expect(read('Of those stopped, a quarter were women.')).toEqual([['a quarter', 25, 'percent', 'exact']])
      expect(read('Half are women.')).toEqual([['Half', 50, 'percent', 'exact']])
      expect(read('In the survey, two-thirds say they feel safe, while a fifth have been victims.')).toEqual([
        ['two-thirds', 66.67, 'percent', 'exact'],
        ['a fifth', 20, 'percent', 'exact'],
      ])
      // A third person, not a share: a singular verb, "said", or words before that are no clause's start.
      expect(read('Two men were charged. A third was released.')).toEqual([['Two', 2, 'count', 'exact']])
      expect(read('A third said he saw nothing.')).toEqual([])
      expect(read('The first half were better.')).toEqual([])
    })

    it('reads a share before a present-tense plural verb other than "to be"', () => {
      expect(read('Around 40 per cent of crashes involve speed, and a third involve alcohol.')).toEqual([
        ['Around 40 per cent', 40, 'percent', 'approx'],
        ['a third', 33.33, 'percent', 'exact'],
      ])
      expect(read('Half want tougher sentences, while a quarter rely on buses.')).toEqual([
        ['Half', 50, 'percent', 'exact'],
        ['a quarter', 25, 'percent', 'exact'],
      ])
      // A past verb may follow a third person; a word both verb and noun opens a noun phrase.
      expect(read('Two men were arrested. A third surrendered on Tuesday.')).toEqual([
        ['Two', 2, 'count', 'exact'],
      ])
      expect(read('A third report found 12 errors.')).toEqual([['12', 12, 'count', 'exact']])
      expect(read('A third support officer was hurt.')).toEqual([])
    })

    it('reads no share in a British half hour after a qualifier', () => {
      expect(read('He left the pub at around half eleven on Saturday night.')).toEqual([])
      expect(read('The incident happened at about half 11 on Saturday night.')).toEqual([])
      expect(read('Doors open at approximately half 7.')).toEqual([])
      // A share after the same words: no clock follows, or no word of time comes before.
      expect(read('Around half of the 300 officers were hurt.')).toEqual([
        ['Around half', 50, 'percent', 'approx'],
        ['300', 300, 'count', 'exact'],
      ])
      expect(read('Crime fell by around half, to 7.')[0]).toEqual(['around half', 50, 'percent', 'approx'])
    })

    it('reads a fraction in digits before "of", and what a share is of', () => {
      const measured = (sentence: string) =>
        findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.measure])
      expect(measured('Roughly 2/3 of respondents and 1/10 of cases.')).toEqual([
        ['Roughly 2/3', 66.67, 'percent', 'respondents'],
        ['1/10', 10, 'percent', 'cases'],
      ])
      // wide corpus, uk_3.txt (Scottish Government).
      expect(measured('Fewer than one in five incidents reported to police')).toEqual([
        ['Fewer than one in five', 20, 'percent', 'incidents reported to police'],
      ])
      // Not fractions: a date, a rota, an uncommon denominator.
      expect(read('On 9/11 of all days they worked 24/7 of the time, 1/16 of it outside.')).toEqual([])
    })

    it('reads a share after "by" and a verb of change as the size of the change', () => {
      const changes = (sentence: string) =>
        findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.change])
      expect(changes('Burglaries fell by a fifth and robberies rose by a third.')).toEqual([
        ['a fifth', 20, 'percent', 'decrease'],
        ['a third', 33.33, 'percent', 'increase'],
      ])
      expect(changes('Knife crime was cut by half.')).toEqual([['half', 50, 'percent', 'decrease']])
      // "by" after another verb: a third person, not a share.
      expect(read('He was stabbed by a third man.')).toEqual([])
      expect(read('The meeting was cut by half an hour.')).toEqual([])
    })

    it('reads a share after a noun of change and "of" as the size of the change', () => {
      const changes = (sentence: string) =>
        findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.change, s.measure])
      expect(changes('Officers made 412 arrests, a fall of a third.')).toEqual([
        ['412', 412, 'count', null, 'arrests'],
        ['a third', 33.33, 'percent', 'decrease', 'arrests'],
      ])
      expect(changes('There was a rise of a quarter in thefts.')).toEqual([
        ['a quarter', 25, 'percent', 'increase', 'thefts'],
      ])
      expect(changes('Knife crime saw a cut of half since 2019.').map((c) => c.slice(0, 4))).toEqual([
        ['half', 50, 'percent', 'decrease'],
      ])
      // An ordinal after "of", with its noun: no share.
      expect(read('The fall of a third government in a year.')).toEqual([])
      expect(read('The rise of a third party candidate.')).toEqual([])
    })

    it('reads a share after "up" or "down" as the size of the change', () => {
      const changes = (sentence: string) =>
        findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.change])
      expect(changes('Robberies were down a fifth, and arrests up a third on last year.')).toEqual([
        ['a fifth', 20, 'percent', 'decrease'],
        ['a third', 33.33, 'percent', 'increase'],
      ])
      expect(changes('Burglary is down half since 2019.')).toEqual([['half', 50, 'percent', 'decrease']])
      // An ordinal after the particle, with its noun.
      expect(read('Officers stepped up a third time and he backed down a second time.')).toEqual([])
      expect(read('They set up a third team.')).toEqual([])
    })

    it('reads "almost half a million" as a number, not a share', () => {
      expect(read('Almost half a million people were affected.')).toEqual([
        ['Almost half a million', 500_000, 'count', 'approx'],
      ])
    })

    it('reads no proportion in ordinals, numbers, times and halves of time', () => {
      expect(read('A third party was involved for a third time.')).toEqual([])
      expect(read('It cost half a million pounds.').map((r) => r[1])).toEqual([500_000])
      expect(read('He waited half an hour in the second half of the match.')).toEqual([])
      expect(read('One in five years is wet.')).toEqual([])
      // A figure in a year is no share of it; a share of a round thousand still is.
      expect(read('There were 17 deaths in 2023 compared to 23 in 2022.').map((r) => r[0])).toEqual([
        '17',
        '23',
      ])
      expect(read('1 in 1000 drivers failed.')).toEqual([['1 in 1000', 0.1, 'percent', 'exact']])
      expect(read('a quarter of a century')).toEqual([])
    })

    it('reads a second change that leaves out its verb, with its subject and direction', () => {
      const changes = (sentence: string) =>
        findStatistics(sentence).map((s) => [s.text, s.value, s.measure, s.change])
      expect(changes('Knife crime fell by a third, and burglary by a quarter.')).toEqual([
        ['a third', 33.33, 'Knife crime', 'decrease'],
        ['a quarter', 25, 'burglary', 'decrease'],
      ])
      expect(changes('Robbery rose by 12% and vehicle crime by 8%.')).toEqual([
        ['12%', 12, 'Robbery', 'increase'],
        ['8%', 8, 'vehicle crime', 'increase'],
      ])
      // A "by" with its own verb is no change: "a third man" counts no share.
      expect(changes('Crime fell by 10%, and he was stabbed by a third man.')).toEqual([
        ['10%', 10, 'Crime', 'decrease'],
      ])
    })
  })

  describe('units after a bound', () => {
    it('reads the unit after "or more"', () => {
      // wide corpus, us_2.txt (US Attorney).
      expect(
        read('intent to distribute five or more kilograms of cocaine, 500 or more grams of methamphetamine'),
      ).toEqual([
        ['five or more kilograms', 5, 'kg', 'atLeast'],
        ['500 or more grams', 500, 'g', 'atLeast'],
      ])
    })

    it('reads "over a tonne" as one tonne, bounded', () => {
      // wide corpus, intl_3.txt (UNODC).
      expect(
        read('the PCU in Ecuador has seized two contaminated containers with over a tonne of cocaine.'),
      ).toEqual([
        ['two', 2, 'count', 'exact'],
        ['over a tonne', 1, 'tonne', 'over'],
      ])
      expect(read('It weighed nearly a kilogram.')).toEqual([['nearly a kilogram', 1, 'kg', 'approx']])
      // Unbounded, one of a unit is a weight only when it weighs something: "a tonne of".
      expect(read('A tonne of rubbish was a mile away.')).toEqual([['A tonne', 1, 'tonne', 'exact']])
    })
  })
})
