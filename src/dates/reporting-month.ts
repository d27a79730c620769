import { alternation } from '../text/patterns'

/*
 * A month named as the period some data cover ("figures for February", "February's inflation
 * rate", "in the year to February") is one already over: data are counted after their month,
 * even when the sentence says when they will be published ("figures for February will be
 * published on 12 April"). The month is the latest of its name up to the reference, whatever the
 * tense; "will open in February" stays the next one.
 */

/** Nouns for data a month's figures give. Keep sorted. */
export const DATA_NOUNS: readonly string[] = [
  'data',
  'estimates',
  'figures',
  'inflation',
  'numbers',
  'results',
  'returns',
  'sales',
  'statistics',
  'stats',
  'totals',
  'unemployment',
]

const DATA = alternation(DATA_NOUNS, '\\s{1,3}')
/** A word describing the data between the month and their noun: "annual", "retail", "sales"; no link word. */
const DESCRIBING = `(?!(?:and|but|or|the|to|will|was|is|were|are|of|for|in|on|at|with)\\s)[a-z]{1,12}\\s{1,3}`
/** "figures for", "data for the month of": data before the month they cover. */
const DATA_FOR = new RegExp(
  `(?<![A-Za-z])(?:${DATA})\\s{1,3}(?:for|covering)\\s{1,3}(?:the\\s{1,3}month\\s{1,3}of\\s{1,3})?$`,
  'i',
)
/** "the year to", "the 12 months ending", "the quarter ended": a period counted up to the month. */
const PERIOD_TO =
  /(?<![A-Za-z])(?:year|months|quarter|weeks)\s{1,3}(?:to|ending|ended)\s{1,3}(?:the\s{1,3}end\s{1,3}of\s{1,3})?$/i
/** "February's figures", "February figures", "February's annual inflation rate". */
const DATA_AFTER = new RegExp(`^(?:['’]s)?\\s{1,3}(?:${DESCRIBING}){0,2}(?:${DATA}|rate)(?![A-Za-z])`, 'i')

/** How far before the month its lead is looked for. */
const REACH = 50

/** Whether the month at `[start, end)` of `text` names the period some data cover. */
export function namesReportingMonth(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start)
  if (DATA_FOR.test(before) || PERIOD_TO.test(before)) return true
  const after = text.slice(end, end + REACH)
  return DATA_AFTER.test(after)
}
