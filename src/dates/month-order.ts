/**
 * Which way round a release writes its numeric dates, when the caller does not say: "03/04/2024"
 * is 4 March in a release that writes "4 March 2024" and 3 April in one that writes "March 4,
 * 2024". The text's own days decide, so a dump of many publishers needs no list of them.
 */
import type { TextBlock } from '../text/blocks'
import { isUsPublisher } from '../text/publishers'
import { MONTH } from './matchers/shared'

/** A numeric date with its year, which only an order of day and month can read. */
const NUMERIC_DATE =
  /(?<![\d/.-])(\d{1,2})(?:([/.])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/]|\.\d)|-(\d{1,2})-(?:19|20)\d{2}(?![\d-]))/g
/** "March 4, 2024", "Jan. 15, 2024": the month first, with a comma before the year. */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?[ \\u00a0]\\d{1,2}(?:st|nd|rd|th)?,[ \\u00a0]\\d{4}\\b`, 'gi')
/** "4 March 2024", "4th of March": the day first. */
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?[ \\u00a0](?:of[ \\u00a0])?${MONTH}\\b`, 'gi')

/** How numeric dates are read: month first or not, or a function that decides when first asked. */
export type MonthOrder = boolean | (() => boolean)

/** Whether an order reads month first; a deciding function is called only here. */
export function isMonthFirst(order: MonthOrder): boolean {
  return typeof order === 'function' ? order() : order
}

/**
 * The order `given`, else one decided from the blocks the first time a numeric date needs it
 * (most texts never ask, so their text is not read again).
 */
export function monthOrderOf(
  blocks: readonly Pick<TextBlock, 'text'>[],
  given: boolean | undefined,
  source: string | null = null,
): MonthOrder {
  if (given !== undefined) return given
  let decided: boolean | undefined
  return () => {
    decided ??= writesMonthFirst(blocks, isUsPublisher(source))
    return decided
  }
}

/**
 * True when the blocks write days month first (US order): a numeric date only that order reads
 * ("12/25/2023"), else more days in words written month first than day first, else whether the
 * publisher is in the United States. False when they write no ambiguous numeric date.
 */
export function writesMonthFirst(blocks: readonly Pick<TextBlock, 'text'>[], usPublisher = false): boolean {
  let ambiguous = false
  let numericVotes = 0
  for (const block of blocks) {
    NUMERIC_DATE.lastIndex = 0
    for (let m = NUMERIC_DATE.exec(block.text); m !== null; m = NUMERIC_DATE.exec(block.text)) {
      const first = Number(m[1])
      const second = Number(m[3] ?? m[4])
      if (first > 12 && second <= 12) numericVotes--
      else if (second > 12 && first <= 12) numericVotes++
      else ambiguous = true
    }
  }
  // Most releases write no numeric date, or none that both orders could read.
  if (!ambiguous) return false
  if (numericVotes !== 0) return numericVotes > 0
  const monthDay = count(blocks, MONTH_DAY)
  const dayMonth = count(blocks, DAY_MONTH)
  // When the days in words do not say either, the publisher's country does: a US one writes month first.
  return monthDay === dayMonth ? usPublisher : monthDay > dayMonth
}

function count(blocks: readonly Pick<TextBlock, 'text'>[], re: RegExp): number {
  let n = 0
  for (const block of blocks) {
    re.lastIndex = 0
    while (re.exec(block.text) !== null) n++
  }
  return n
}
