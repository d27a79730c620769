import { parentPort } from 'node:worker_threads'
import { type ExtractOptions, runParsersOnAll } from '../extract'
import type { Release } from '../model'
import { type FormatSettings, formatRelease } from './format'

/** A batch of releases (their structure from the splitter) to parse and format. */
export interface WorkRequest {
  id: number
  file: string
  releases: Release[]
  settings: ExtractOptions
  output: FormatSettings
}

export interface WorkResult {
  id: number
  chunks: string[]
  error?: string
}

// Each worker parses whole releases and returns them formatted, so the main thread only writes.
parentPort?.on('message', (request: WorkRequest) => {
  try {
    const chunks = runParsersOnAll(request.releases, request.settings).map((r) =>
      formatRelease(r, request.file, request.output),
    )
    parentPort?.postMessage({ id: request.id, chunks } satisfies WorkResult)
  } catch (error) {
    parentPort?.postMessage({ id: request.id, chunks: [], error: String(error) } satisfies WorkResult)
  }
})
