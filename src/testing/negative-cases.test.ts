import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { installMatchers } from './index'

installMatchers()

describe('pressExtractMatchers', () => {
  describe('negative cases', () => {
    // Words from the corpus that look like results and are not.
    it.each([
      ['Class A drugs and weapons'],
      ['Call 999 in an emergency.'],
      ['One of those investigations was led by SEROCU.'],
      ['The Operations Coordination Committee met.'],
    ])('finds nothing in %j', (text) => {
      expect(text).not.toHaveQuote({})
      expect(text).not.toHaveOperation(expect.any(String))
      expect(text).not.toHaveStatistic({})
      expect(text).not.toHaveDate({})
    })

    it('does not take a scare-quoted term for a quote', () => {
      expect('Officers targeted so-called “county lines” gangs.').not.toHaveQuote({})
    })

    it('does not pass a field set to null against a value', () => {
      expect('Home Secretary James Cleverly said: “Spiking is an abhorrent crime.”').not.toHaveQuote({
        title: null,
      })
      expect('Home Secretary James Cleverly said: “Spiking is an abhorrent crime.”').toHaveQuote({
        role: null,
      })
    })

    it.each([['Call 999'], ['Class A'], ['Operation Hurricane'], ['']])(
      'does not parse %j as a statistic',
      (expression) => {
        expect(expression).not.toParseAsStatistic({})
      },
    )

    it.each([['one of those'], ['Class A'], ['']])('does not normalise %j to a date', (expression) => {
      expect(expression).not.toNormaliseTo(expect.any(String))
    })
  })

  describe('misuse', () => {
    it.each([
      [
        42,
        'toHaveQuote: expected a string, an extract result, a release or a list of quotes, received number',
      ],
      [
        null,
        'toHaveQuote: expected a string, an extract result, a release or a list of quotes, received null',
      ],
      [{ title: 'x' }, 'received an object without releases or items'],
    ])('throws a TypeError for %j', (received, message) => {
      expect(() => expect(received).toHaveQuote({})).toThrow(TypeError)
      expect(() => expect(received).toHaveQuote({})).toThrow(message)
    })

    it('throws a TypeError when options come with something already parsed', () => {
      const result = extract('Title\n\nSource: NPCC\n\nOp Sceptre seized knives.\n')
      expect(() => expect(result).toHaveOperation('Operation Sceptre', { prefixes: ['Project'] })).toThrow(
        'toHaveOperation: options apply only to a string, which the matcher parses with them',
      )
    })

    it('throws a TypeError when a one-expression matcher is not given a string', () => {
      expect(() => expect(4_500_000).toParseAsStatistic({})).toThrow(
        'toParseAsStatistic: expected a string, received number',
      )
      expect(() => expect(['last week']).toNormaliseTo('2024-W11')).toThrow(
        'toNormaliseTo: expected a string, received an array',
      )
    })
  })
})
