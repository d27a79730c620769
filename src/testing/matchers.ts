import type { ExpectStatic } from 'vitest'
import {
  type FindDatesOptions,
  findDates,
  type NormaliseDateOptions,
  normaliseDate,
} from '../dates/find-dates'
import type { DateMention, DateReference, Operation, Quote, Statistic } from '../model'
import { type FindOperationsOptions, findOperations } from '../operations/find-operations'
import { type ExtractQuotesOptions, extractQuotes } from '../quotes/extract-quotes'
import { type FindStatisticsOptions, findStatistics, parseStatistic } from '../statistics/find-statistics'
import {
  describeDate,
  describeOperation,
  describeQuote,
  describeStatistic,
  listFound,
} from './describe-items'
import { quoteText, receivedItems, receivedString } from './received'
import type { DatePartial, ParseStatisticOptions, QuotePartial, StatisticPartial } from './types'

/** What vitest gives a matcher as `this`: `equals`, `isNot`, `utils`. */
type MatcherState = ReturnType<ExpectStatic['getState']>

/** What a matcher returns to vitest. */
interface SyncExpectationResult {
  pass: boolean
  message: () => string
  actual?: unknown
  expected?: unknown
}

/**
 * The press-extract matchers, for `expect.extend(pressExtractMatchers)` (or call `installMatchers()`).
 * Each failure message says what was expected and lists what was found.
 *
 * @example
 * expect.extend(pressExtractMatchers)
 * expect('Chief Constable Chris Haward said: “We are relentless.”').toHaveQuote({ speaker: 'Chris Haward' })
 */
export const pressExtractMatchers = {
  toHaveQuote(
    this: MatcherState,
    received: unknown,
    expected: QuotePartial,
    options?: Omit<ExtractQuotesOptions, 'onDiagnostic'>,
  ): SyncExpectationResult {
    const { items, subject } = receivedItems<Quote>(
      received,
      'quotes',
      (text) => extractQuotes(text, options),
      'toHaveQuote',
      options !== undefined,
    )
    const matching = items.filter((q) => matchesPartial(this, quoteFields(q), expected))
    return result(this, {
      matching,
      subject,
      wanted: `a quote matching ${this.utils.stringify(expected, undefined, { min: true })}`,
      found: (list) => listFound(list, 'quotes', describeQuote),
      items,
    })
  },

  toHaveOperation(
    this: MatcherState,
    received: unknown,
    name: string,
    options?: Omit<FindOperationsOptions, 'onDiagnostic'>,
  ): SyncExpectationResult {
    const { items, subject } = receivedItems<Operation>(
      received,
      'operations',
      (text) => findOperations(text, options),
      'toHaveOperation',
      options !== undefined,
    )
    const matching = items.filter((o) => this.equals(o.name, name))
    return result(this, {
      matching,
      subject,
      wanted: `the operation ${this.utils.stringify(name, undefined, { min: true })}`,
      found: (list) => listFound(list, 'operations', describeOperation),
      items,
    })
  },

  toHaveDate(
    this: MatcherState,
    received: unknown,
    expected: DatePartial,
    options?: Omit<FindDatesOptions, 'onDiagnostic'>,
  ): SyncExpectationResult {
    const { items, subject } = receivedItems<DateMention>(
      received,
      'dates',
      (text) => findDates(text, options),
      'toHaveDate',
      options !== undefined,
    )
    const matching = items.filter((d) => matchesPartial(this, d, expected))
    return result(this, {
      matching,
      subject,
      wanted: `a date matching ${this.utils.stringify(expected, undefined, { min: true })}`,
      found: (list) => listFound(list, 'dates', describeDate),
      items,
    })
  },

  toHaveStatistic(
    this: MatcherState,
    received: unknown,
    expected: StatisticPartial,
    options?: Omit<FindStatisticsOptions, 'onDiagnostic'>,
  ): SyncExpectationResult {
    const { items, subject } = receivedItems<Statistic>(
      received,
      'statistics',
      (text) => findStatistics(text, options),
      'toHaveStatistic',
      options !== undefined,
    )
    const matching = items.filter((s) => matchesPartial(this, s, expected))
    return result(this, {
      matching,
      subject,
      wanted: `a statistic matching ${this.utils.stringify(expected, undefined, { min: true })}`,
      found: (list) => listFound(list, 'statistics', describeStatistic),
      items,
    })
  },

  toParseAsStatistic(
    this: MatcherState,
    received: unknown,
    expected: StatisticPartial,
    options?: ParseStatisticOptions,
  ): SyncExpectationResult {
    const expression = receivedString(received, 'toParseAsStatistic')
    const parsed = parseStatistic(expression, options)
    const pass = parsed !== null && matchesPartial(this, parsed, expected)
    const wanted = `a statistic matching ${this.utils.stringify(expected, undefined, { min: true })}`
    const got = parsed ? `it parsed as ${describeStatistic(parsed)}` : 'it holds no statistic'
    return {
      pass,
      message: () =>
        this.isNot
          ? `expected ${quoteText(expression)} not to parse as ${wanted}, but ${got}`
          : `expected ${quoteText(expression)} to parse as ${wanted}, but ${got}`,
      actual: parsed,
      expected,
    }
  },

  toNormaliseTo(
    this: MatcherState,
    received: unknown,
    value: string,
    options?: NormaliseDateOptions,
  ): SyncExpectationResult {
    const expression = receivedString(received, 'toNormaliseTo')
    const found = normaliseDate(expression, options)
    const pass = found !== null && this.equals(found.value, value)
    const against = options?.reference ? ` (reference ${referenceText(options.reference)})` : ''
    const got = found ? `it normalised to ${describeDate(found)}` : 'it holds no date'
    return {
      pass,
      message: () =>
        this.isNot
          ? `expected ${quoteText(expression)} not to normalise to ${JSON.stringify(value)}${against}, but ${got}`
          : `expected ${quoteText(expression)} to normalise to ${JSON.stringify(value)}${against}, but ${got}`,
      actual: found?.value ?? null,
      expected: value,
    }
  },
}

/** A quote's fields under the names `QuotePartial` uses, the speaker's parts flattened. */
function quoteFields(q: Quote): Record<keyof QuotePartial, unknown> {
  return {
    text: q.text,
    speaker: q.speaker?.name ?? null,
    title: q.speaker?.title ?? null,
    role: q.speaker?.role ?? null,
    cue: q.cue,
    rule: q.rule,
  }
}

/** Whether every field given in `partial` equals the item's; fields set to undefined are not compared. */
function matchesPartial(state: MatcherState, item: object, partial: object): boolean {
  const fields = item as Record<string, unknown>
  for (const [key, expected] of Object.entries(partial)) {
    if (expected === undefined) continue
    if (!state.equals(fields[key], expected)) return false
  }
  return true
}

interface Outcome<T> {
  readonly matching: readonly T[]
  readonly items: readonly T[]
  readonly subject: string
  readonly wanted: string
  readonly found: (items: readonly T[]) => string
}

/** The result of a "has an item like this" matcher, with the message for either direction. */
function result<T>(state: MatcherState, o: Outcome<T>): SyncExpectationResult {
  return {
    pass: o.matching.length > 0,
    message: () =>
      state.isNot
        ? `expected ${o.subject} not to have ${o.wanted}, but it has: ${o.found(o.matching).replace(/^found /, '')}`
        : `expected ${o.subject} to have ${o.wanted}; ${o.found(o.items)}`,
  }
}

function referenceText(reference: string | Date | DateReference): string {
  if (typeof reference === 'string') return reference
  if (reference instanceof Date) return reference.toISOString().slice(0, 10)
  return reference.day ?? String(reference.year ?? 'none')
}
