export { type FindDatesOptions, findDates, inferPublishedOn } from './dates/find-dates'
export { type ExtractOptions, ExtractOptionsSchema, extract, runParsers } from './extract'
export * from './model'
export { type FindOperationsOptions, findOperations } from './operations/find-operations'
export {
  type DiagnosticSink,
  OptionsError,
  PARSER_NAMES,
  type ParserName,
  type PublishedOnOption,
  type ReleaseHeader,
} from './options'
export { type ExtractQuotesOptions, extractQuotes } from './quotes/extract-quotes'
export { type SplitResult, splitReleases } from './releases/split-releases'
export { type FindStatisticsOptions, findStatistics } from './statistics/find-statistics'
export type { ParserInput, ReleaseLike } from './text/blocks'
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
export { type NamedResult, type RenderHtmlOptions, renderHtml } from './view/render-html'
