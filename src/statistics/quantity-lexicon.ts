import type { PublisherCurrency } from './currency'
import {
  CURRENCY_CODES,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  GUARDED_CURRENCY_CODES,
  LETTER_PREFIXES,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  QUANTITY_OPENERS,
  type QualifierPhrase,
  TRANSLITERATED_POUND,
  UNITS,
  type UnitWords,
  VAGUE_QUANTITIES,
  type VagueWords,
  WIRE_PREFIXES,
  WORD_PREFIXES,
} from './lexicon'
import type { MoneyLexicon } from './money'
import { MULTIPLIER_WORDS } from './multiplier'
import { SCALE_WORDS, SMALL_NUMBERS } from './number-words'
import { indexPhrases, type PhraseIndex } from './phrases'

/** The lexicons a reader uses; options can extend units, the publisher fixes the dollar. */
export interface QuantityLexicon extends MoneyLexicon {
  readonly qualifiersBefore: PhraseIndex<QualifierPhrase>
  readonly qualifiersAfter: PhraseIndex<QualifierPhrase>
  readonly units: PhraseIndex<UnitWords>
  readonly vague: PhraseIndex<VagueWords>
  /** Lower-case words a quantity can start with; other words are skipped at once. */
  readonly starters: ReadonlySet<string>
}

/** Builds the lexicon indexes once. */
export function buildLexicon(
  currency: PublisherCurrency,
  extraUnits: readonly UnitWords[] = [],
): QuantityLexicon {
  return {
    ...currency,
    qualifiersBefore: indexPhrases(QUALIFIERS_BEFORE),
    qualifiersAfter: indexPhrases(QUALIFIERS_AFTER),
    units: indexPhrases([...UNITS, ...extraUnits.map((u) => ({ ...u, words: u.words.map(lower) }))]),
    currencyWords: indexPhrases(CURRENCY_WORDS),
    vague: indexPhrases(VAGUE_QUANTITIES),
    starters: new Set([
      ...QUALIFIERS_BEFORE.map((q) => q.words[0]!),
      ...VAGUE_QUANTITIES.map((v) => v.words[0]!),
      ...Object.keys(SMALL_NUMBERS),
      ...Object.keys(SCALE_WORDS),
      ...Object.keys(DOLLAR_PREFIXES),
      ...CURRENCY_CODES.map(lower),
      ...GUARDED_CURRENCY_CODES.map(lower),
      ...Object.keys(LETTER_PREFIXES).map(lower),
      ...Object.keys(WIRE_PREFIXES).map(lower),
      lower(TRANSLITERATED_POUND),
      ...Object.keys(WORD_PREFIXES).map(lower),
      ...QUANTITY_OPENERS,
      ...MULTIPLIER_WORDS,
    ]),
  }
}

const lower = (s: string) => s.toLowerCase()
