import { expect } from 'vitest'
import { pressExtractMatchers } from './matchers'

export { pressExtractMatchers } from './matchers'
export type {
  DatePartial,
  ParseStatisticOptions,
  PressExtractMatchers,
  QuotePartial,
  StatisticPartial,
} from './types'

/**
 * Adds the press-extract matchers to vitest's `expect`: call it once, in a test file or in a
 * file listed in `setupFiles`.
 *
 * @example
 * import { installMatchers } from 'press-extract/testing'
 * installMatchers()
 * expect('£4.5m').toParseAsStatistic({ value: 4500000, unit: 'GBP' })
 */
export function installMatchers(): void {
  expect.extend(pressExtractMatchers)
}
