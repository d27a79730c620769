import type { DateMention, PublishedOn } from '../model'
import type { DiagnosticSink } from '../options'
import type { ParserInput, ReleaseLike } from '../text/blocks'

export interface FindDatesOptions {
  /** The day relative expressions are resolved against (`YYYY-MM-DD` or a Date); default: none, unknown parts are X. */
  reference?: string | Date | null
  /** Called with each diagnostic; default: none. */
  onDiagnostic?: DiagnosticSink
}

/**
 * Finds temporal expressions and normalises them to TIMEX3. Not implemented yet: returns an empty list.
 */
export function findDates(_input: ParserInput, _options: FindDatesOptions = {}): DateMention[] {
  return []
}

/**
 * Infers a release's publication date from its own text. Not implemented yet: returns null.
 */
export function inferPublishedOn(_release: ReleaseLike): PublishedOn | null {
  return null
}
