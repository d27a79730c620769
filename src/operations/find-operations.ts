import type { Operation } from '../model'
import type { DiagnosticSink } from '../options'
import type { ParserInput } from '../text/blocks'

export interface FindOperationsOptions {
  /** Called with each diagnostic; default: none. */
  onDiagnostic?: DiagnosticSink
}

/**
 * Finds named operations ("Operation Hurricane", "Op Cyclone"): one entry per operation, with
 * every mention. Not implemented yet: returns an empty list.
 */
export function findOperations(_input: ParserInput, _options: FindOperationsOptions = {}): Operation[] {
  return []
}
