/**
 * The keys the press-extract plugins store on `file.data`, typed for every user of `vfile` by
 * augmenting its `DataMap`: `file.data.quotes` is a `Quote[]` without a cast.
 */
import type { DateMention, ExtractResult, Operation, Quote, Release, Statistic } from '../model'

declare module 'vfile' {
  interface DataMap {
    /** The whole result of `extract`, set by `retextPressExtract`. */
    pressExtract: ExtractResult
    /** The releases of `extract` with every parser's results, set by `retextPressExtract`. */
    releases: Release[]
    /** The quotes of every release in input order, set by `retextExtractQuotes`. */
    quotes: Quote[]
    /** The operations of every release in input order, set by `retextFindOperations`. */
    operations: Operation[]
    /** The dates of every release in input order, set by `retextFindDates`. */
    dates: DateMention[]
    /** The statistics of every release in input order, set by `retextFindStatistics`. */
    statistics: Statistic[]
  }
}
