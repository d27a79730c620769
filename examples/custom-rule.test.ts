/**
 * A rule test as a user of press-extract writes it: add a rule through options, then test it with
 * the press-extract matchers. Here a fire service's releases name "Project" patrols and quote a
 * "Park Ranger" and measure the flow of water in cumecs, none of which the default lists know.
 *
 *   npm run build && npx vitest run examples/custom-rule.test.ts
 */
import { extractQuotes, findOperations, findStatistics } from 'press-extract'
import { installMatchers } from 'press-extract/testing'
import { describe, expect, it } from 'vitest'

installMatchers()

/** The rules this publisher needs, kept in one place and passed to every call. */
const RULES = {
  operations: { prefixes: ['Project'] },
  quotes: { titles: ['Park Ranger'], cueVerbs: ['enthused'] },
  // `words` is one phrase, word by word: each form of the unit is its own entry.
  statistics: {
    units: [
      { words: ['cumec'], unit: 'cubic metre per second' },
      { words: ['cumecs'], unit: 'cubic metre per second' },
    ],
  },
}

const PATROLS = 'Project Servator patrols will continue across the county this summer.'
const FIRE = 'Park Ranger Sarah Jones said: “Crews worked through the night to contain the fire.”'
const PRAISE = '“We could not have done it without our partners,” enthused Park Ranger Sarah Jones.'
const WATER = 'Crews pumped 2 cumecs of water from the reservoir.'

describe('custom rules', () => {
  describe('an operation prefix', () => {
    it('finds a Project name once the prefix is added', () => {
      expect(PATROLS).not.toHaveOperation('Project Servator')
      expect(PATROLS).toHaveOperation('Project Servator', RULES.operations)
    })

    it('gives its exact text and offsets', () => {
      expect(findOperations(PATROLS, RULES.operations)[0]?.mentions).toEqual([
        { text: 'Project Servator', span: { start: 0, end: 16 }, rule: 'operations/prefix-name' },
      ])
    })

    it('still finds nothing in a project that is not a name', () => {
      expect('The project will continue this summer.').not.toHaveOperation(
        expect.any(String),
        RULES.operations,
      )
    })
  })

  describe('a rank and a cue verb', () => {
    it('reads the rank as the speaker’s title', () => {
      expect(FIRE).toHaveQuote({ speaker: 'Sarah Jones', title: null })
      expect(FIRE).toHaveQuote({ speaker: 'Sarah Jones', title: 'Park Ranger', cue: 'said' }, RULES.quotes)
    })

    it('attributes a quote by the added verb', () => {
      expect(PRAISE).toHaveQuote(
        { text: 'We could not have done it without our partners,', speaker: 'Sarah Jones', cue: 'enthused' },
        RULES.quotes,
      )
      expect(extractQuotes(PRAISE, RULES.quotes)[0]?.span).toEqual({ start: 1, end: 48 })
    })
  })

  describe('a unit', () => {
    it('reads the added unit after a number', () => {
      expect(WATER).toHaveStatistic({ text: '2', unit: 'count' })
      expect(WATER).toHaveStatistic(
        { text: '2 cumecs', value: 2, unit: 'cubic metre per second' },
        RULES.statistics,
      )
      expect(findStatistics(WATER, RULES.statistics).map((s) => s.span)).toEqual([{ start: 13, end: 21 }])
    })
  })
})
