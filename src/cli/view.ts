import { createReadStream } from 'node:fs'
import type { ExtractOptions } from '../extract'
import type { Diagnostic, Preamble, Release } from '../model'
import { extractStream } from '../stream'
import type { InputEncoding } from '../text/decode-bytes'
import { type NamedResult, renderHtml } from '../view/render-html'
import { sniffBinary } from './process-files'
import { errorMessage } from './read-input'

/**
 * Reads each file whole into results and renders them as one HTML report. A report is read by a
 * person, so it holds every release in memory; the JSON and CSV outputs are the ones that stream.
 */
export async function buildReport(
  sources: readonly string[],
  options: ExtractOptions,
  io: {
    stdin: () => AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>
    fail: (file: string, message: string) => void
    encoding?: InputEncoding
  },
): Promise<string> {
  const results: NamedResult[] = []
  for (const file of sources) {
    const name = file === '-' ? '<stdin>' : file
    const releases: Release[] = []
    const diagnostics: Diagnostic[] = []
    let preamble: Preamble | null = null
    try {
      const chunks = file === '-' ? io.stdin() : createReadStream(file)
      const stream = extractStream(
        sniffBinary(chunks, (d) => diagnostics.push(d), io.encoding),
        {
          ...options,
          encoding: io.encoding,
          onDiagnostic: (d) => diagnostics.push(d),
          onPreamble: (p) => {
            preamble = p
          },
        },
      )
      for await (const release of stream) releases.push(release)
      results.push({ file: name, releases, preamble, diagnostics })
    } catch (error) {
      io.fail(name, errorMessage(error))
    }
  }
  return renderHtml(results)
}
