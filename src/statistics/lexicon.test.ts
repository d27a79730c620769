import { describe, expect, it } from 'vitest'
import * as lexicon from './lexicon'
import * as measure from './measure-lexicon'
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
      AFTER_HALF: lexicon.AFTER_HALF,
      AGE_LINKS: lexicon.AGE_LINKS,
      AGE_WORDS: lexicon.AGE_WORDS,
      BOUND_WORDS: lexicon.BOUND_WORDS,
      CALL_WORDS: lexicon.CALL_WORDS,
      CAPITALISED_NAME_WORDS: lexicon.CAPITALISED_NAME_WORDS,
      CAUSE_BEFORE_OVER: lexicon.CAUSE_BEFORE_OVER,
      CHANGE_WORDS: lexicon.CHANGE_WORDS,
      COMPARATIVES: lexicon.COMPARATIVES,
      COUNTED_NOUNS: lexicon.COUNTED_NOUNS,
      COUNT_MODIFIERS: lexicon.COUNT_MODIFIERS,
      CURRENCY_CODES: lexicon.CURRENCY_CODES,
      CURRENCY_WORDS: lexicon.CURRENCY_WORDS,
      DIAL_VERBS: lexicon.DIAL_VERBS,
      DOLLAR_PREFIXES: lexicon.DOLLAR_PREFIXES,
      IRREGULAR_PLURALS: lexicon.IRREGULAR_PLURALS,
      LEVEL_VERBS: lexicon.LEVEL_VERBS,
      LOSS_VERBS: lexicon.LOSS_VERBS,
      MAGNITUDES: lexicon.MAGNITUDES,
      METRE_CONTEXT: lexicon.METRE_CONTEXT,
      MONTH_WORDS: lexicon.MONTH_WORDS,
      NAME_FOLLOWERS: lexicon.NAME_FOLLOWERS,
      NAME_WORDS: lexicon.NAME_WORDS,
      NOT_AFTER_MILLION: lexicon.NOT_AFTER_MILLION,
      NOT_BEFORE_HALF: lexicon.NOT_BEFORE_HALF,
      NOT_RATE_BEFORE: lexicon.NOT_RATE_BEFORE,
      ORDINAL_SUFFIXES: lexicon.ORDINAL_SUFFIXES,
      PERIODS: lexicon.PERIODS,
      PERIOD_ADVERBS: lexicon.PERIOD_ADVERBS,
      PARENT_NOUNS: lexicon.PARENT_NOUNS,
      PERSON_NOUNS: lexicon.PERSON_NOUNS,
      PHONE_NOUNS: lexicon.PHONE_NOUNS,
      PLURAL_FRACTION_PARTS: lexicon.PLURAL_FRACTION_PARTS,
      QUALIFIERS_AFTER: lexicon.QUALIFIERS_AFTER,
      QUALIFIERS_BEFORE: lexicon.QUALIFIERS_BEFORE,
      QUANTITY_OPENERS: lexicon.QUANTITY_OPENERS,
      RANGE_LINKS: lexicon.RANGE_LINKS,
      SCALE_WORDS,
      SENTENCE_ADVERBS: lexicon.SENTENCE_ADVERBS,
      SERVICE_NUMBERS: lexicon.SERVICE_NUMBERS,
      SHARE_VERBS_BEFORE_UP: lexicon.SHARE_VERBS_BEFORE_UP,
      SMALL_NUMBERS,
      TIME_UNITS: lexicon.TIME_UNITS,
      TIME_UNIT_FILLERS: lexicon.TIME_UNIT_FILLERS,
      MULTIPLIER_BASES: lexicon.MULTIPLIER_BASES,
      MULTIPLIER_FOLLOWERS: lexicon.MULTIPLIER_FOLLOWERS,
      UNITS: lexicon.UNITS,
      VAGUE_QUANTITIES: lexicon.VAGUE_QUANTITIES,
      WEATHER_WORDS: lexicon.WEATHER_WORDS,
      YEAR_OPENERS: lexicon.YEAR_OPENERS,
      // The measure reader's words.
      CHANGE_LINKS: measure.CHANGE_LINKS,
      COMPARATIVE_EXTRAS: measure.COMPARATIVE_EXTRAS,
      COMPLEMENT_FILLERS: measure.COMPLEMENT_FILLERS,
      COMPLEMENT_VERBS: measure.COMPLEMENT_VERBS,
      COPULAS: measure.COPULAS,
      DEMONSTRATIVES: measure.DEMONSTRATIVES,
      DETERMINERS: measure.DETERMINERS,
      ENDING_PARTICIPLES: measure.ENDING_PARTICIPLES,
      FIGURE_OPENINGS: measure.FIGURE_OPENINGS,
      INFINITIVE_GOVERNORS: measure.INFINITIVE_GOVERNORS,
      IRREGULAR_PARTICIPLES: measure.IRREGULAR_PARTICIPLES,
      MEASURE_STOP_WORDS: measure.MEASURE_STOP_WORDS,
      MONEY_PREDICATES: measure.MONEY_PREDICATES,
      NOT_NOUN_OPENINGS: measure.NOT_NOUN_OPENINGS,
      NOUN_OPENINGS: measure.NOUN_OPENINGS,
      UNDERGOING_VERBS: measure.UNDERGOING_VERBS,
      PERFECT_AUXILIARIES: measure.PERFECT_AUXILIARIES,
      PREPOSITIONS: measure.PREPOSITIONS,
      SENDING_VERBS: measure.SENDING_VERBS,
      SIMPLE_PASTS: measure.SIMPLE_PASTS,
      SUBJECT_PREPOSITIONS: measure.SUBJECT_PREPOSITIONS,
      SUBJECT_STOP_WORDS: measure.SUBJECT_STOP_WORDS,
      TAKES_INFINITIVE: measure.TAKES_INFINITIVE,
      TOPIC_PARTICIPLES: measure.TOPIC_PARTICIPLES,
      TRAILING_WORDS: measure.TRAILING_WORDS,
      VALUE_LINKS: measure.VALUE_LINKS,
      VERB_CONTEXT: measure.VERB_CONTEXT,
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
