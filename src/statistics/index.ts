/** The statistic normaliser: `findStatistics`, `parseStatistic`, and the word lists they read. */
export { DOLLAR_BY_SOURCE, type SourceCurrency } from './currency'
export {
  type FindStatisticsOptions,
  FindStatisticsOptionsSchema,
  findStatistics,
  parseStatistic,
} from './find-statistics'
export {
  ABBREVIATED_NAME_WORDS,
  BOUND_WORDS,
  CHANGE_WORDS,
  type Change,
  COMPARATIVES,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  type CurrencyWords,
  DOLLAR_PREFIXES,
  FRACTION_PARTS,
  GUARDED_CURRENCY_CODES,
  LETTER_PREFIXES,
  MAGNITUDES,
  type Magnitude,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  type QualifierPhrase,
  UNIT_NAMES,
  UNITS,
  type UnitWords,
  VAGUE_QUANTITIES,
  type VagueWords,
} from './lexicon'
export { MEASURE_STOP_WORDS } from './measure-lexicon'
export { readNumberWords, SCALE_WORDS, SMALL_NUMBERS } from './number-words'
