import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { Diagnostic, Span } from '../model'

/** The `source` of every message the plugins report, so reporters can group and filter them. */
export const MESSAGE_SOURCE = 'press-extract'

/** Reports one diagnostic on the file; `within` places a diagnostic that has no span of its own. */
export type ReportDiagnostic = (diagnostic: Diagnostic, within?: Span | null) => void

/**
 * Makes a reporter that turns diagnostics into (never fatal) vfile messages, with unist points
 * (line, column, offset) computed from the spans by `vfile-location`.
 *
 * @param file The file whose text the spans point into.
 * @param value The text the spans were computed on: `String(file)`, passed so it is not decoded twice.
 * @returns A function to call with each diagnostic.
 *
 * @example
 * const file = new VFile('Scraped on Monday\n\nTitle\n\nSource: NPCC\n')
 * const report = createReporter(file, String(file))
 * report({ ruleId: 'releases/preamble', message: 'Unexpected text before the first release', span: { start: 0, end: 17 } })
 * file.messages.map(String)
 * //=> ['1:1-1:18: Unexpected text before the first release']
 */
export function createReporter(file: VFile, value: string): ReportDiagnostic {
  // The line index is built on the first diagnostic only: most files raise none.
  let toPoint: ReturnType<typeof location>['toPoint'] | undefined
  return (diagnostic, within) => {
    const span = diagnostic.span ?? within ?? null
    let place: Position | undefined
    if (span) {
      toPoint ??= location(value).toPoint
      const start = toPoint(span.start)
      const end = toPoint(span.end)
      // A span outside the text (a file changed after parsing) gives no place rather than a wrong one.
      if (start && end) place = { start, end }
    }
    file.message(diagnostic.message, { place, ruleId: diagnostic.ruleId, source: MESSAGE_SOURCE })
  }
}
