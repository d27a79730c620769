import type { Statistic } from '../model'
import type { DiagnosticSink } from '../options'
import type { ParserInput } from '../text/blocks'

export interface FindStatisticsOptions {
  /** Called with each diagnostic; default: none. */
  onDiagnostic?: DiagnosticSink
}

/**
 * Finds statistics (counts, percentages, money, measures). Not implemented yet: returns an empty list.
 */
export function findStatistics(_input: ParserInput, _options: FindStatisticsOptions = {}): Statistic[] {
  return []
}
