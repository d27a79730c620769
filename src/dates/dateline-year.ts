/**
 * A dateline that names a day without its year ("NEW YORK, 5 June (UNHCR) –", "MAY 14—") takes
 * the year of the release's publication day: a story is filed about when it is published.
 */
import type { Dateline, DateReference, Paragraph } from '../model'
import { type DayOfYear, readDatelineLine, readOpeningDateline } from '../releases/dateline'
import { isoDay, parseDay, toDate } from './timex'

/** Days in half a year: a yearless day further than this from the publication day is in the year next to it. */
const HALF_YEAR_DAYS = 183
const DAY_MS = 86_400_000

/**
 * The dateline with its day dated, when it names a day without its year and the reference is a
 * day the release was written (given, or read from the text; not a lower bound, a day reported
 * beside its weekday, or a neighbour's estimate): the occurrence of that day nearest it. The
 * dateline as it was otherwise. `paragraphs` are the release's: a dateline that opens one is read
 * with its story, as it was found.
 *
 * @example
 * datedDateline({ text: 'NEW YORK, 5 June (UNHCR) –', date: null, … }, paragraphs, { day: '2024-06-05', … })
 * //=> { text: 'NEW YORK, 5 June (UNHCR) –', date: '2024-06-05', … }
 */
export function datedDateline(
  dateline: Dateline | null,
  paragraphs: readonly Paragraph[],
  reference: DateReference,
): Dateline | null {
  if (dateline === null || dateline.date !== null || !reference.day) return dateline
  if (reference.lowerBound || reference.estimated || reference.reported) return dateline
  const written = parseDay(reference.day)
  const day = dayOfYear(dateline, paragraphs)
  if (!written || !day) return dateline
  const year = written.getFullYear()
  for (const y of [year, year - 1, year + 1]) {
    const d = toDate(y, day.month, day.day)
    if (d && Math.abs(d.getTime() - written.getTime()) <= HALF_YEAR_DAYS * DAY_MS)
      return { ...dateline, date: isoDay(d) }
  }
  return dateline
}

/** The day without its year a dateline names, read on its own line or at the head of its paragraph. */
function dayOfYear(dateline: Dateline, paragraphs: readonly Paragraph[]): DayOfYear | null {
  const opens = paragraphs.find((p) => p.span.start === dateline.span.start)
  const reading = opens ? readOpeningDateline(opens.text) : readDatelineLine(dateline.text)
  // The same words as the dateline found: no other reading of them.
  return reading !== null && reading.end === dateline.text.length ? (reading.dayOfYear ?? null) : null
}
