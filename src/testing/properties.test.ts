import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../quotes/extract-quotes'
import { findStatistics } from '../statistics/find-statistics'
import { installMatchers } from './index'

installMatchers()

/** Arbitrary text: unicode, lone surrogates, curly marks and long runs. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    minLength: 1000,
    maxLength: 5000,
    unit: fc.constantFrom('a', ' ', '“', '”', '£', '4', '.', '\ud800'),
  }),
)

/** Whether `run` passes; any error but a failed assertion is rethrown. */
function passes(run: () => void): boolean {
  try {
    run()
    return true
  } catch (error) {
    // vitest's failed custom assertion carries `actual`; any other error is a bug to report.
    if (!(error instanceof Error && 'actual' in error) || error instanceof TypeError) throw error
    return false
  }
}

describe('pressExtractMatchers', () => {
  describe('properties', () => {
    it('agree with the parsers: an empty partial passes exactly when something was found', () => {
      fc.assert(
        fc.property(text, (s) => {
          expect(passes(() => expect(s).toHaveQuote({}))).toBe(extractQuotes(s).length > 0)
          expect(passes(() => expect(s).toHaveStatistic({}))).toBe(findStatistics(s).length > 0)
        }),
        { numRuns: 150 },
      )
    })

    it('never fail with anything but an assertion on arbitrary strings', () => {
      fc.assert(
        fc.property(text, (s) => {
          passes(() => expect(s).toHaveOperation('Operation Hurricane'))
          passes(() => expect(s).toHaveDate({ value: '2024-03-18' }, { reference: '2024-03-20' }))
          passes(() => expect(s).toParseAsStatistic({ unit: 'GBP' }))
          passes(() => expect(s).toNormaliseTo('2024-W11', { reference: '2024-03-20' }))
          passes(() => expect(s).not.toHaveQuote({ speaker: 'Chris Haward' }))
        }),
        { numRuns: 150 },
      )
    })
  })
})
