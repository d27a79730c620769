import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { installMatchers, pressExtractMatchers } from './index'

installMatchers()

/** The message of the assertion `run` fails with; the empty string when it passes. */
function failure(run: () => void): string {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  return ''
}

// Sentences from the sample corpus (examples/data), each cut at the end of a sentence.
const HAWARD =
  'Praising the work NPCC Lead for Serious and Organised Crime (SOC), Chief Constable Chris Haward said: “This type of criminality is corrosive and complex.”'
const MILLS =
  'Deputy Chief Constable Paul Mills, National Police Chiefs’ Council lead for stalking, said: “We welcome the recommendations made in the super-complaint.”'
const ALLIANCES =
  'The first intensification week as part of national policing’s Operation Alliances to tackle serious organised vehicle crime has concluded with 316 stolen vehicles recovered with an estimated value of over £4m.'
const HANDGUNS = 'More than 70 prohibited handguns have been seized since last October.'
const DUMP = `Police chiefs praise seizure increases\n\nSource: United Kingdom National Police Chiefs Council\n\n${HAWARD}\n\n${ALLIANCES}\n`

describe('pressExtractMatchers', () => {
  it('has one matcher per documented name', () => {
    expect(Object.keys(pressExtractMatchers).sort()).toEqual([
      'toHaveDate',
      'toHaveOperation',
      'toHaveQuote',
      'toHaveStatistic',
      'toNormaliseTo',
      'toParseAsStatistic',
    ])
  })

  describe('toHaveQuote', () => {
    it.each([
      ['speaker', HAWARD, { speaker: 'Chris Haward' }],
      ['title and cue', HAWARD, { title: 'Chief Constable', cue: 'said' }],
      ['role', MILLS, { speaker: 'Paul Mills', role: 'National Police Chiefs’ Council lead for stalking' }],
      ['text', MILLS, { text: 'We welcome the recommendations made in the super-complaint.' }],
      ['rule', MILLS, { rule: 'quotes/colon-before' }],
      ['any quote', MILLS, {}],
    ])('passes on a quote with the %s asked for', (_, text, partial) => {
      expect(text).toHaveQuote(partial)
    })

    it('takes asymmetric matchers as field values', () => {
      expect(HAWARD).toHaveQuote({ text: expect.stringContaining('corrosive'), speaker: expect.any(String) })
    })

    it('reads an extract result, a release and a list of quotes', () => {
      const result = extract(DUMP)
      expect(result).toHaveQuote({ speaker: 'Chris Haward' })
      expect(result.releases[0]).toHaveQuote({ speaker: 'Chris Haward' })
      expect(result.releases[0]?.quotes).toHaveQuote({ speaker: 'Chris Haward' })
    })

    it('passes options to extractQuotes for a string', () => {
      const text = '“We will not stop,” enthused Chief Constable Chris Haward.'
      expect(text).not.toHaveQuote({ cue: 'enthused' })
      expect(text).toHaveQuote({ cue: 'enthused', speaker: 'Chris Haward' }, { cueVerbs: ['enthused'] })
    })

    it('fails listing the quotes it found', () => {
      expect(failure(() => expect(HAWARD).toHaveQuote({ speaker: 'Paul Mills' }))).toBe(
        `expected text ${'“Praising the work NPCC Lead for Serious and Organised Crime (SOC), Chief Consta…”'} to have a quote matching {"speaker": "Paul Mills"}; found 1 quote:\n` +
          '  - “This type of criminality is corrosive and complex.” — Chief Constable Chris Haward (NPCC Lead for Serious and Organised Crime (SOC)); cue said [quotes/colon-before]',
      )
    })

    it('fails saying it found none', () => {
      expect(failure(() => expect(ALLIANCES).toHaveQuote({}))).toMatch(
        /to have a quote matching \{\}; found no quotes$/,
      )
    })

    it('fails under .not listing the quotes that match', () => {
      expect(failure(() => expect(extract(DUMP)).not.toHaveQuote({ cue: 'said' }))).toBe(
        'expected the extract result not to have a quote matching {"cue": "said"}, but it has: 1 quote:\n' +
          '  - “This type of criminality is corrosive and complex.” — Chief Constable Chris Haward (NPCC Lead for Serious and Organised Crime (SOC)); cue said [quotes/colon-before]',
      )
    })

    it('works as an asymmetric matcher', () => {
      expect({ paragraph: MILLS }).toEqual({ paragraph: expect.toHaveQuote({ speaker: 'Paul Mills' }) })
    })
  })

  describe('toHaveOperation', () => {
    it('passes on the canonical name, whatever the surface form', () => {
      expect(ALLIANCES).toHaveOperation('Operation Alliances')
      expect('Op Alliances is delivered by Opal.').toHaveOperation('Operation Alliances')
      expect(extract(DUMP)).toHaveOperation('Operation Alliances')
    })

    it('passes options to findOperations for a string', () => {
      expect('Project Servator patrols continue.').not.toHaveOperation('Project Servator')
      expect('Project Servator patrols continue.').toHaveOperation('Project Servator', {
        prefixes: ['Project'],
      })
    })

    it('fails listing the operations it found', () => {
      expect(failure(() => expect(ALLIANCES).toHaveOperation('Operation Hurricane'))).toMatch(
        /to have the operation "Operation Hurricane"; found 1 operation:\n {2}- Operation Alliances$/,
      )
    })
  })

  describe('toHaveDate', () => {
    it('passes on a date with the value asked for, against a reference', () => {
      expect(HANDGUNS).toHaveDate(
        { text: 'last October', value: '2023-10', type: 'DATE' },
        { reference: '2024-03-20' },
      )
    })

    it('compares spans too', () => {
      expect(HANDGUNS).toHaveDate({ span: { start: 56, end: 68 } })
    })

    it('fails listing the dates it found', () => {
      expect(
        failure(() => expect(HANDGUNS).toHaveDate({ value: '2024-10' }, { reference: '2024-03-20' })),
      ).toBe(
        `expected text “${HANDGUNS}” to have a date matching {"value": "2024-10"}; found 1 date:\n` +
          '  - “last October” → DATE 2023-10 [dates/relative-month]',
      )
    })
  })

  describe('toHaveStatistic', () => {
    it.each([
      [ALLIANCES, { value: 316, unit: 'count', measure: 'stolen vehicles recovered' }],
      [ALLIANCES, { text: 'over £4m', value: 4_000_000, unit: 'GBP', qualifier: 'over' }],
      [HANDGUNS, { text: 'More than 70', value: 70, qualifier: 'over' }],
    ] as const)('passes on %j', (text, partial) => {
      expect(text).toHaveStatistic(partial)
    })

    it('fails listing the statistics it found', () => {
      expect(failure(() => expect(HANDGUNS).toHaveStatistic({ value: 71 }))).toBe(
        `expected text “${HANDGUNS}” to have a statistic matching {"value": 71}; found 1 statistic:\n` +
          '  - “More than 70” → 70 count, over, measure “prohibited handguns” [statistics/count-digits]',
      )
    })
  })

  describe('toParseAsStatistic', () => {
    it.each([
      ['£4.5m', { value: 4_500_000, unit: 'GBP' }],
      ['Up to £4.5m', { value: 4_500_000, unit: 'GBP', qualifier: 'upTo' }],
      ['more than 16,500', { value: 16_500, unit: 'count', qualifier: 'over' }],
      ['a quarter of a million', { value: 250_000 }],
      ['1293%', { value: 1293, unit: 'percent' }],
    ] as const)('parses %s', (expression, partial) => {
      expect(expression).toParseAsStatistic(partial)
    })

    it('fails saying what it parsed as', () => {
      expect(failure(() => expect('£4.5m').toParseAsStatistic({ value: 4_500_000, unit: 'USD' }))).toBe(
        'expected “£4.5m” to parse as a statistic matching {"unit": "USD", "value": 4500000}, but it parsed as “£4.5m” → 4500000 GBP, exact [statistics/money]',
      )
    })

    it('fails saying it holds none', () => {
      expect(failure(() => expect('Class A').toParseAsStatistic({}))).toBe(
        'expected “Class A” to parse as a statistic matching {}, but it holds no statistic',
      )
    })

    it('fails under .not saying what it parsed as', () => {
      expect(failure(() => expect('£4.5m').not.toParseAsStatistic({ unit: 'GBP' }))).toBe(
        'expected “£4.5m” not to parse as a statistic matching {"unit": "GBP"}, but it parsed as “£4.5m” → 4500000 GBP, exact [statistics/money]',
      )
    })
  })

  describe('toNormaliseTo', () => {
    it.each([
      ['last week', '2024-W11'],
      ['last October', '2023-10'],
      ['Monday 18 March', '2024-03-18'],
      ['yesterday', '2024-03-19'],
    ])('normalises %s to %s against 2024-03-20', (expression, value) => {
      expect(expression).toNormaliseTo(value, { reference: '2024-03-20' })
    })

    it('takes the reference as a Date', () => {
      expect('next year').toNormaliseTo('2025', { reference: new Date('2024-03-20T12:00:00Z') })
    })

    it('fails saying what it normalised to', () => {
      expect(failure(() => expect('last week').toNormaliseTo('2024-W12', { reference: '2024-03-20' }))).toBe(
        'expected “last week” to normalise to "2024-W12" (reference 2024-03-20), but it normalised to “last week” → DATE 2024-W11 [dates/relative-unit]',
      )
    })

    it('fails saying it holds none', () => {
      expect(failure(() => expect('one of those').toNormaliseTo('2024'))).toBe(
        'expected “one of those” to normalise to "2024", but it holds no date',
      )
    })
  })
})
