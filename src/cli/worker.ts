import { parentPort, workerData } from 'node:worker_threads'
import type { ExtractOptions, Findings } from '../extract'
import type { Release } from '../model'
import { type FormatSettings, finishAndFormat, parseAndFormat } from './format'

/** What a worker is started with: its slot in the shared count of finished batches. */
export interface WorkerSetup {
  finished: Int32Array
  slot: number
}

/** A run of releases as the splitter reads them, to date, parse and format. */
export interface WorkRequest {
  id: number
  file: string
  releases: Release[]
  settings: ExtractOptions
  output: FormatSettings
  /** Given: the run is dated and these are its first stage's findings; the worker does the rest. */
  findings?: Findings[]
}

export interface WorkResult {
  id: number
  /** The pieces of each release's output, in order. */
  chunks: string[][]
  error?: string
}

const setup = workerData as WorkerSetup | undefined

// Each worker parses whole releases and returns them formatted, so the main thread only writes.
parentPort?.on('message', (request: WorkRequest) => {
  let result: WorkResult
  try {
    result = {
      id: request.id,
      // Pieces made here, as arrays: only what can be copied goes back.
      chunks: (request.findings
        ? finishAndFormat(request.releases, request.findings, request.file, request.settings, request.output)
        : parseAndFormat(request.releases, request.file, request.settings, request.output)
      ).map((p) => [...p]),
    }
  } catch (error) {
    result = { id: request.id, chunks: [], error: String(error) }
  }
  if (setup) Atomics.add(setup.finished, setup.slot, 1)
  parentPort?.postMessage(result)
})
