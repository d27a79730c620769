// The public API. Every name here is documented in docs/api.md.

export {
  type DatableRelease,
  type DatingOptions,
  DatingOptionsSchema,
  dateReleases,
} from './dates/date-releases'
export {
  type FindDatesOptions,
  FindDatesOptionsSchema,
  findDates,
  inferPublicationDates,
  inferPublishedOn,
  type NormaliseDateOptions,
  normaliseDate,
} from './dates/find-dates'
export {
  DURATION_MODS,
  MONTHS,
  REFERENCE_WORDS,
  SEASONS,
  UNITS as TIME_UNITS,
  WEEKDAYS,
} from './dates/lexicon'
export { HOLIDAYS } from './dates/matchers/holidays'
export { MOVABLE_OBSERVANCES, OBSERVANCES } from './dates/matchers/observances'
export { type ExtractOptions, ExtractOptionsSchema, extract, runParsers } from './extract'
export * from './model'
export {
  type FindOperationsOptions,
  FindOperationsOptionsSchema,
  findOperations,
  type ListOption,
  OPERATION_FORCE_WORDS,
  OPERATION_LEAD_WORDS,
  OPERATION_PLURAL_PREFIXES,
  OPERATION_PREFIXES,
  OPERATION_STOP_WORDS,
} from './operations/find-operations'
export {
  type DiagnosticSink,
  OptionsError,
  PARSER_NAMES,
  type ParserName,
  type PublishedOnOption,
  type ReleaseHeader,
} from './options'
export { type IndexableRelease, indexPeople, PeopleIndex } from './people/index-people'
export {
  type ExtractQuotesOptions,
  ExtractQuotesOptionsSchema,
  extractQuotes,
  extractQuotesAndPeople,
  type QuotesAndPeople,
} from './quotes/extract-quotes'
export {
  ABBREVIATIONS,
  CUE_VERBS,
  HONORIFICS,
  LABEL_WORDS,
  NOT_NAME_WORDS,
  OFFICE_HEADS,
  ORGANISATION_WORDS,
  POST_NOMINALS,
  PRONOUNS,
  REMIT_OFFICES,
  ROLE_NOUNS,
  TITLE_MODIFIERS,
  TITLES,
} from './quotes/lexicon'
export { RELEASE_LABELS, type SplitResult, splitReleases } from './releases/split-releases'
export {
  CURRENCY_WORDS,
  type FindStatisticsOptions,
  FindStatisticsOptionsSchema,
  findStatistics,
  parseStatistic,
  QUALIFIERS_BEFORE,
  UNITS as STATISTIC_UNITS,
  type UnitWords,
  VAGUE_QUANTITIES,
} from './statistics'
export {
  type ExtractStreamOptions,
  ExtractStreamOptionsSchema,
  extractStream,
  type StreamInput,
} from './stream'
export type { ParserInput, ReleaseLike } from './text/blocks'
export { decodeText, INPUT_ENCODINGS, type InputEncoding } from './text/decode-bytes'
export {
  type PressExtractTransformer,
  pressExtract,
  type RetextExtractQuotesOptions,
  type RetextFindDatesOptions,
  type RetextFindOperationsOptions,
  type RetextFindStatisticsOptions,
  type RetextPressExtractOptions,
  retextExtractQuotes,
  retextFindDates,
  retextFindOperations,
  retextFindStatistics,
  retextPressExtract,
} from './unified'
export {
  type NamedResult,
  type RenderHtmlOptions,
  RenderHtmlOptionsSchema,
  renderHtml,
} from './view/render-html'
