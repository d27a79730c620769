import { createReadStream } from 'node:fs'
import type { ExtractOptions } from '../extract'
import type { Diagnostic, Release } from '../model'
import { extractStream } from '../stream'
import { type FormatSettings, parseAndFormat } from './format'
import { ParsePool } from './pool'
import { errorMessage } from './read-input'

/** Where processed output goes, and how to report. */
export interface ProcessSettings {
  extract: ExtractOptions
  output: FormatSettings
  /** Threads that parse: this one and `jobs - 1` workers. */
  jobs: number
  write: (chunk: string) => unknown
  /** Resolves when the output can take more. */
  drain?: () => Promise<void> | undefined
  warn: (file: string, diagnostic: Diagnostic) => void
  fail: (file: string, message: string) => void
  progress?: (filesDone: number) => void
  stdin: () => AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>
}

/**
 * Releases parsed together in one thread: enough for each parser's patterns to stay in the CPU's
 * caches and for a message to a worker to be worth its cost. The output is the same whatever it is.
 */
const PARSE_BATCH = 8
/** Batches a worker may have waiting; beyond that this thread parses the next batch itself. */
const WORKER_QUEUE = 6
/**
 * Bytes read at a time. 64 KB keeps each read's strings small enough for V8's young generation;
 * 1 MB reads land in the large-object space, which only a full collection frees: measured, they
 * were no faster and peaked about 40 MB higher.
 */
const CHUNK_BYTES = 1 << 16

/**
 * Streams each file through `extractStream` and writes its releases in input order. Releases are
 * parsed in batches: with several jobs, a batch goes to a worker thread when one has room and is
 * parsed here otherwise, so every thread stays busy and no more threads run than there are jobs.
 * At most a few batches are in flight, so memory stays bounded however large the input.
 * Returns the number of releases written.
 */
export async function processFiles(sources: readonly string[], s: ProcessSettings): Promise<number> {
  const pool = s.jobs > 1 ? new ParsePool(s.jobs - 1, s.extract, s.output) : null
  const queue: Array<Promise<string[]>> = []
  const maxInFlight = 4 + WORKER_QUEUE * s.jobs
  let written = 0
  const flush = async (keep: number) => {
    while (queue.length > keep) {
      for (const chunk of await queue.shift()!) s.write(chunk)
      await s.drain?.()
    }
  }
  const put = async (item: Promise<string[]> | string[]) => {
    queue.push(Promise.resolve(item))
    await flush(maxInFlight)
  }

  try {
    for (const [n, file] of sources.entries()) {
      const name = file === '-' ? '<stdin>' : file
      const diagnostics: Diagnostic[] = []
      const note = (d: Diagnostic) => {
        diagnostics.push(d)
        s.warn(name, d)
      }
      let preamble: { text: string; span: { start: number; end: number } } | null = null
      const json = s.output.format === 'json'
      if (json) await put([`${n === 0 ? '[\n' : ',\n'}{"file":${JSON.stringify(name)},"releases":[`])
      let count = 0
      let batch: Release[] = []
      const sendBatch = async () => {
        if (batch.length === 0) return
        const releases = batch
        batch = []
        const before = count - releases.length
        const formatted =
          pool?.hasRoom(WORKER_QUEUE) === true
            ? pool.run(name, releases)
            : Promise.resolve(parseAndFormat(releases, name, s.extract, s.output))
        await put(json ? formatted.then((chunks) => joinJson(chunks, before)) : formatted)
      }
      try {
        const chunks = file === '-' ? s.stdin() : createReadStream(file, { highWaterMark: CHUNK_BYTES })
        for await (const release of extractStream(sniffBinary(chunks, note), {
          ...s.extract,
          onDiagnostic: note,
          onPreamble: (p) => {
            preamble = p
          },
          // The releases are read and dated here; they are parsed in batches below.
          parse: (r: Release) => r,
        })) {
          count++
          batch.push(release)
          if (batch.length >= PARSE_BATCH) await sendBatch()
        }
        await sendBatch()
      } catch (error) {
        s.fail(name, errorMessage(error))
      }
      written += count
      if (json)
        await put([`],"preamble":${JSON.stringify(preamble)},"diagnostics":${JSON.stringify(diagnostics)}}`])
      await flush(0)
      s.progress?.(n + 1)
    }
    if (s.output.format === 'json') s.write(sources.length === 0 ? '[]\n' : '\n]\n')
  } finally {
    await flush(0).catch(() => {})
    await pool?.close()
  }
  return written
}

/** Joins formatted JSON releases into array elements; the first element of a file has no comma. */
function joinJson(chunks: string[], before: number): string[] {
  return chunks.map((c, i) => (before + i > 0 ? `,${c}` : c))
}

/** Thrown for a file that is not text: the file is skipped and named, the others go on. */
export class BinaryInputError extends Error {}

/**
 * Passes chunks through, looking at the first one. A text file with a stray NUL byte is read with
 * a warning; one whose start is mostly control bytes (an executable, an image, an archive) is not
 * text at all, and reading it would write its bytes out as a release: it is refused.
 */
export async function* sniffBinary(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  note: (d: Diagnostic) => void,
): AsyncGenerator<string | Uint8Array> {
  let first = true
  for await (const chunk of chunks) {
    if (first && typeof chunk !== 'string') {
      const head = chunk.subarray(0, 8192)
      if (head.includes(0)) {
        if (controlShare(head) > BINARY_CONTROL_SHARE)
          throw new BinaryInputError('not text (mostly control bytes): skipped')
        note({
          ruleId: 'input/binary',
          message: 'Unexpected NUL bytes: part of the input looks binary',
          span: null,
        })
      }
    }
    first = false
    yield chunk
  }
}

/** Above this share of control bytes, a file is not text; text has almost none but tabs and line breaks. */
const BINARY_CONTROL_SHARE = 0.1

function controlShare(bytes: Uint8Array): number {
  let control = 0
  for (const b of bytes)
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++
  return bytes.length === 0 ? 0 : control / bytes.length
}
