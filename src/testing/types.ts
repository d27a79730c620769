import type { FindDatesOptions, NormaliseDateOptions } from '../dates/find-dates'
import type { DateMention, Statistic } from '../model'
import type { FindOperationsOptions } from '../operations/find-operations'
import type { ExtractQuotesOptions } from '../quotes/extract-quotes'
import type { FindStatisticsOptions } from '../statistics/find-statistics'

/**
 * What a quote must have for `toHaveQuote`: every field given must equal the quote's (an
 * asymmetric matcher such as `expect.stringContaining('relentless')` works too); fields left out
 * are not compared. `null` asks for none: `{ speaker: null }` is an unattributed quote.
 */
export interface QuotePartial {
  /** The words between the marks. */
  text?: string
  /** The speaker's name, without rank or title. */
  speaker?: string | null
  /** The rank, honorific or office before the name ("Chief Constable"). */
  title?: string | null
  /** The role as the release words it ("NPCC lead for Serious and Organised Crime"). */
  role?: string | null
  /** The attribution verb as written ("said"). */
  cue?: string | null
  /** The rule that read the quote ("quotes/colon-before"). */
  rule?: string
}

/** What a date must have for `toHaveDate`: any fields of a `DateMention`, compared as `QuotePartial`'s are. */
export type DatePartial = Partial<DateMention>

/** What a statistic must have for `toHaveStatistic` and `toParseAsStatistic`: any fields of a `Statistic`. */
export type StatisticPartial = Partial<Statistic>

/** The options of `parseStatistic`. */
export type ParseStatisticOptions = Omit<FindStatisticsOptions, 'onDiagnostic'>

/**
 * The matchers, typed for `expect(...)` and as asymmetric matchers (`expect.toHaveQuote(...)`).
 * Each takes a string (parsed with the parser's default or given options), an `extract` result,
 * a release, or a list of the items themselves.
 */
export interface PressExtractMatchers<R = unknown> {
  /**
   * Passes when a quote matches every field of `expected`.
   *
   * @example
   * expect('Chief Constable Chris Haward said: “We are relentless.”').toHaveQuote({ speaker: 'Chris Haward', cue: 'said' })
   */
  toHaveQuote(expected: QuotePartial, options?: Omit<ExtractQuotesOptions, 'onDiagnostic'>): R
  /**
   * Passes when an operation has the canonical name `name`.
   *
   * @example
   * expect('Officers from Op Sceptre seized 12 knives.').toHaveOperation('Operation Sceptre')
   */
  toHaveOperation(name: string, options?: Omit<FindOperationsOptions, 'onDiagnostic'>): R
  /**
   * Passes when a date matches every field of `expected`.
   *
   * @example
   * expect('The week of action began on Monday 18 March.').toHaveDate({ value: '2024-03-18' }, { reference: '2024-03-20' })
   */
  toHaveDate(expected: DatePartial, options?: Omit<FindDatesOptions, 'onDiagnostic'>): R
  /**
   * Passes when a statistic matches every field of `expected`.
   *
   * @example
   * expect('To date, more than 16,500 people arrested.').toHaveStatistic({ value: 16500, qualifier: 'over' })
   */
  toHaveStatistic(expected: StatisticPartial, options?: Omit<FindStatisticsOptions, 'onDiagnostic'>): R
  /**
   * Passes when `parseStatistic` reads the string as a statistic matching every field of `expected`.
   *
   * @example
   * expect('£4.5m').toParseAsStatistic({ value: 4500000, unit: 'GBP' })
   */
  toParseAsStatistic(expected: StatisticPartial, options?: ParseStatisticOptions): R
  /**
   * Passes when `normaliseDate` reads the string as a date whose TIMEX3 value is `value`.
   *
   * @example
   * expect('last week').toNormaliseTo('2024-W11', { reference: '2024-03-20' })
   */
  toNormaliseTo(value: string, options?: NormaliseDateOptions): R
}

declare module 'vitest' {
  // The type parameter must be declared exactly as vitest declares it for the interfaces to merge.
  // biome-ignore lint/suspicious/noExplicitAny: vitest declares `Assertion<T = any>`.
  interface Assertion<T = any> extends PressExtractMatchers<T> {}
  interface AsymmetricMatchersContaining extends PressExtractMatchers {}
}
