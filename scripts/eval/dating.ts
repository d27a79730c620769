/**
 * Scores publication dates inferred from a document's text alone against its known date: how many
 * documents were dated at all, how many of those within 7 days, and how many further off.
 */
import { differenceInCalendarDays } from 'date-fns'
import type { PublishedOn } from '../../src/model'

export interface DatingTally {
  documents: number
  dated: number
  within: number
  /** The rule of each date further off than 7 days, with the document, for `--verbose`. */
  misses: string[]
}

export const emptyDating = (): DatingTally => ({ documents: 0, dated: 0, within: 0, misses: [] })

/** Adds one document whose true date is `truth` (`YYYY-MM-DD`). */
export function tallyDating(
  tally: DatingTally,
  inferred: PublishedOn | null,
  truth: string,
  name: string,
): void {
  tally.documents++
  if (!inferred) return
  tally.dated++
  if (Math.abs(differenceInCalendarDays(new Date(inferred.date), new Date(truth))) <= 7) tally.within++
  else tally.misses.push(`${name}  dated ${inferred.date} (${inferred.rule ?? 'no rule'}), truly ${truth}`)
}

export function formatDating(tally: DatingTally): string {
  const off = tally.dated - tally.within
  return `publication date from the text alone: ${tally.dated}/${tally.documents} dated, ${tally.within} within 7 days, ${off} further off`
}
