import type { Quote } from '../model'
import type { DiagnosticSink } from '../options'
import type { ParserInput } from '../text/blocks'

export interface ExtractQuotesOptions {
  /** Called with each diagnostic; default: none. */
  onDiagnostic?: DiagnosticSink
}

/**
 * Extracts direct quotes with their speakers. Not implemented yet: returns an empty list.
 */
export function extractQuotes(_input: ParserInput, _options: ExtractQuotesOptions = {}): Quote[] {
  return []
}
