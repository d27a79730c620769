import { describe, expect, it } from 'vitest'
import { CHANGE_WORDS, COMPARATIVES } from './change'
import * as lexicon from './lexicon'
import { IRREGULAR_PARTICIPLES, MEASURE_STOP_WORDS, SIMPLE_PASTS, SUBJECT_STOP_WORDS } from './measure'
import { SCALE_WORDS, SMALL_NUMBERS } from './number-words'

/** The first word of each entry, in the order the list keeps. */
function keys(list: unknown): string[] {
  if (list instanceof Set) return [...list] as string[]
  if (Array.isArray(list))
    return list.map((e) => (typeof e === 'string' ? e : (e as { words: string[] }).words.join(' ')))
  return Object.keys(list as object)
}

const sorted = (a: string[]) => [...a].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))

describe('lexicon', () => {
  describe('order', () => {
    const lists: Record<string, unknown> = {
      AGE_WORDS: lexicon.AGE_WORDS,
      BOUND_WORDS: lexicon.BOUND_WORDS,
      CALL_WORDS: lexicon.CALL_WORDS,
      CHANGE_WORDS,
      COMPARATIVES,
      CURRENCY_CODES: lexicon.CURRENCY_CODES,
      CURRENCY_WORDS: lexicon.CURRENCY_WORDS,
      IRREGULAR_PARTICIPLES,
      DOLLAR_PREFIXES: lexicon.DOLLAR_PREFIXES,
      MAGNITUDES: lexicon.MAGNITUDES,
      MEASURE_STOP_WORDS,
      MONTHS: lexicon.MONTHS,
      NAME_WORDS: lexicon.NAME_WORDS,
      PERIODS: lexicon.PERIODS,
      PERIOD_ADVERBS: lexicon.PERIOD_ADVERBS,
      QUALIFIERS_AFTER: lexicon.QUALIFIERS_AFTER,
      QUALIFIERS_BEFORE: lexicon.QUALIFIERS_BEFORE,
      SCALE_WORDS,
      SERVICE_NUMBERS: lexicon.SERVICE_NUMBERS,
      SIMPLE_PASTS,
      SMALL_NUMBERS,
      SUBJECT_STOP_WORDS,
      TIME_UNITS: lexicon.TIME_UNITS,
      TIME_UNIT_FILLERS: lexicon.TIME_UNIT_FILLERS,
      UNITS: lexicon.UNITS,
      VAGUE_QUANTITIES: lexicon.VAGUE_QUANTITIES,
    }
    for (const [name, list] of Object.entries(lists)) {
      it(`keeps ${name} sorted`, () => expect(keys(list)).toEqual(sorted(keys(list))))
    }
  })

  describe('entries', () => {
    it('writes every phrase in lower case, one token a word', () => {
      for (const entry of [...lexicon.UNITS, ...lexicon.CURRENCY_WORDS, ...lexicon.QUALIFIERS_BEFORE]) {
        for (const word of entry.words) expect(word).toBe(word.toLowerCase())
      }
    })
  })
})
