import './data-map'

export { createReporter, MESSAGE_SOURCE, type ReportDiagnostic } from './messages'
export {
  type RetextExtractQuotesOptions,
  type RetextFindDatesOptions,
  type RetextFindOperationsOptions,
  type RetextFindStatisticsOptions,
  retextExtractQuotes,
  retextFindDates,
  retextFindOperations,
  retextFindStatistics,
} from './parser-plugins'
export {
  type PressExtractTransformer,
  pressExtract,
  type RetextPressExtractOptions,
  retextPressExtract,
} from './retext-press-extract'
