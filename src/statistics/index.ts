/** The statistic normaliser: `findStatistics`, `parseStatistic`, and the word lists they read. */
export { CHANGE_WORDS, type Change, COMPARATIVES } from './change'
export {
  DOLLAR_BY_SOURCE,
  type FindStatisticsOptions,
  FindStatisticsOptionsSchema,
  findStatistics,
  parseStatistic,
} from './find-statistics'
export {
  BOUND_WORDS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  type CurrencyWords,
  DOLLAR_PREFIXES,
  MAGNITUDES,
  type Magnitude,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  type QualifierPhrase,
  UNITS,
  type UnitWords,
  VAGUE_QUANTITIES,
  type VagueWords,
} from './lexicon'
export { MEASURE_STOP_WORDS } from './measure'
export { readNumberWords, SCALE_WORDS, SMALL_NUMBERS } from './number-words'
