import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { NEIGHBOUR_WINDOW } from '../dates/date-releases'
import { dateAll, type ExtractOptions, findInRun } from '../extract'
import type { Diagnostic, Release } from '../model'
import { extractStream } from '../stream'
import { type InputEncoding, utf16Order } from '../text/decode-bytes'
import { fileChunks } from './file-chunks'
import { FIRST_STAGE, type FormatSettings, parseAndFormat } from './format'
import { ParsePool } from './pool'
import { errorMessage } from './read-input'

/** Where processed output goes, and how to report. */
export interface ProcessSettings {
  extract: ExtractOptions
  /** How the files' bytes are read; default `auto` (see `extractStream`). */
  encoding?: InputEncoding
  output: FormatSettings
  /**
   * Threads that parse: this one and `jobs - 1` workers. `auto`: by the input's size, one thread,
   * then one worker sharing each run (see `STAGES_FROM`), then one per core (`AUTO_WORKERS_FROM`).
   */
  jobs: number | 'auto'
  /** The input size from which `auto` starts workers; default `AUTO_WORKERS_FROM`. */
  autoWorkersFrom?: number
  /** The input size from which `auto` shares each run's parsers with one worker; default `STAGES_FROM`. */
  stagesFrom?: number

  write: (chunk: string) => unknown
  /** Resolves when the output can take more. */
  drain?: () => Promise<void> | undefined
  warn: (file: string, diagnostic: Diagnostic) => void
  fail: (file: string, message: string) => void
  progress?: (filesDone: number) => void
  stdin: () => AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>
}

/**
 * Input from which `jobs: 'auto'` starts one worker per core, each taking whole runs. A worker
 * costs a fresh copy of the library (loading it, compiling its patterns, warming its code) before
 * it gives anything back, and two threads share two cores with the garbage collector: measured on
 * two cores, whole runs on a second thread gave 1.06x to 1.20x at 10 MB (and lost to one thread
 * in some runs), 1.23x at 20 MB and 1.50x at 50 MB.
 */
export const AUTO_WORKERS_FROM = 16 << 20
/**
 * Input from which `jobs: 'auto'` shares each run's parsers with one worker (up to
 * `AUTO_WORKERS_FROM`): this thread reads, splits and dates the run and finds its operations and
 * dates, the worker its quotes and statistics, and formats it. Each thread compiles and warms
 * only its own half of the code, where a worker taking whole runs warms all of it again: measured
 * on two cores, 1.25x one thread at 10 MB and 1.14x at 4 MB, where whole runs gained 1.03x. Below
 * that, the worker's start-up (a fresh copy of the library, 0.1 s) weighs more: medians of
 * processes taken in turn gave 1.14x at 1 MB, 1.02x at 750 KB and 0.97x at 500 KB. A run goes
 * whole to this thread when the worker is behind.
 */
export const STAGES_FROM = 1 << 20
/**
 * A run of releases this long (in characters) is parsed in this thread, never copied to a worker
 * and back: a dump that lost its line breaks can make one release of many megabytes.
 */
const HUGE_BATCH = 1 << 22
/** Batches a worker may have waiting; beyond that this thread parses the next batch itself. */
const WORKER_QUEUE = 6
/**
 * Bytes read at a time. The reader joins each chunk to the release in hand and splits the whole;
 * as text with any character past Latin-1 (a curly quote), 64 KB of input makes a string of over
 * 128 KB, which V8 puts in its large-object space, one allocation of its own each time: measured
 * on 10 MB, finding the lines of those strings took 110 ms with 64 KB reads and 16 ms with 16 KB,
 * which also peak lower. 1 MB reads were no faster and peaked about 40 MB higher.
 */
const CHUNK_BYTES = 1 << 14

/**
 * Streams each file through `extractStream` and writes its releases in input order. Releases are
 * parsed in batches: with several jobs, a batch goes to a worker thread when one has room (whole,
 * or its second stage only) and is parsed here otherwise, so every thread stays busy and no more
 * threads run than there are jobs.
 * At most a few batches are in flight, so memory stays bounded however large the input.
 * Returns the number of releases written.
 */
export async function processFiles(sources: readonly string[], s: ProcessSettings): Promise<number> {
  const threads = s.jobs === 'auto' ? availableParallelism() : s.jobs
  // Workers: none, one that takes the second half of every run's parsers (`stages`), or
  // `threads - 1` that take whole runs. Auto picks by the input's size: the files' sizes are known
  // at once, standard input's as it streams.
  const workers: { pool: ParsePool | null; stages: boolean } = { pool: null, stages: false }
  const from = s.autoWorkersFrom ?? AUTO_WORKERS_FROM
  const stagesFrom = s.stagesFrom ?? STAGES_FROM
  const startWorkers = (size: number) => {
    if (threads < 2) return
    if (s.jobs !== 'auto' || size >= from) {
      workers.stages = false
      if (workers.pool) workers.pool.grow(threads - 1)
      else workers.pool = new ParsePool(threads - 1, s.extract, s.output, true)
    } else if (size >= stagesFrom && !workers.pool) {
      workers.stages = true
      workers.pool = new ParsePool(1, s.extract, s.output)
    }
  }
  let read = s.jobs === 'auto' ? knownSize(sources) : 0
  startWorkers(read)
  const counted = (n: number) => {
    read += n
    if (!workers.pool || workers.stages) startWorkers(read)
  }
  // The releases a thread dates and parses together: one run of the dating stage, so a run is
  // never cut between threads and the output is the same whatever the jobs.
  const runLength = s.extract.neighbourWindow ?? NEIGHBOUR_WINDOW
  // Output in input order: each batch's pieces, made here or on their way from a worker.
  const queue: Array<{ ready: Iterable<string> | null; coming: Promise<Iterable<string>> | null }> = []
  const maxInFlight = 4 + WORKER_QUEUE * threads
  let written = 0
  const flush = async (keep: number) => {
    // Output that is ready at the head goes out at once: kept waiting behind nothing, it would
    // outlive the collector's young generation and be copied into the old one. Beyond `keep`
    // batches, the head is awaited.
    while (queue.length > 0 && (queue.length > keep || queue[0]!.ready !== null)) {
      const head = queue.shift()!
      // Waiting for the output between pieces, so a long release's pieces are not all buffered.
      for (const chunk of head.ready ?? (await head.coming!)) {
        s.write(chunk)
        const drained = s.drain?.()
        if (drained) await drained
      }
    }
  }
  const put = async (item: Promise<Iterable<string>> | Iterable<string>) => {
    if (item instanceof Promise) {
      const entry: (typeof queue)[number] = { ready: null, coming: item }
      // Noted as it arrives, so the flush after it writes it without waiting; a failure is met
      // where the entry is awaited.
      item.then(
        (pieces) => {
          entry.ready = pieces
        },
        () => {},
      )
      queue.push(entry)
    } else queue.push({ ready: item, coming: null })
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
        const pool =
          workers.pool?.hasRoom(WORKER_QUEUE) && length(releases) <= HUGE_BATCH ? workers.pool : null
        const join = (pieces: Array<Iterable<string>>) => joinPieces(pieces, json, before)
        if (pool && workers.stages) {
          // This thread dates the run and runs the first stage; the worker the second, and writes.
          const run = dateAll(releases, s.extract)
          await put(pool.run(name, run.releases, findInRun(run, s.extract, FIRST_STAGE)).then(join))
        } else if (pool) await put(pool.run(name, releases).then(join))
        else await put(join(parseAndFormat(releases, name, s.extract, s.output)))
      }
      try {
        const chunks = file === '-' ? s.stdin() : fileChunks(file, CHUNK_BYTES)
        // Files' sizes are known before they are read; standard input's only as it streams.
        const input = s.jobs === 'auto' && file === '-' ? countBytes(chunks, counted) : chunks
        for await (const release of extractStream(sniffBinary(input, note, s.encoding), {
          ...s.extract,
          encoding: s.encoding,
          onDiagnostic: note,
          onPreamble: (p) => {
            preamble = p
          },
          // The releases are read here, a run at a time; each run is dated and parsed below.
          parseRun: (run) => run,
        })) {
          count++
          batch.push(release)
          if (batch.length >= runLength) await sendBatch()
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
    await workers.pool?.close()
  }
  return written
}

/** The pieces of formatted releases in order; as JSON array elements, the first of a file without a comma. */
function* joinPieces(releases: Array<Iterable<string>>, json: boolean, before: number): Generator<string> {
  for (let i = 0; i < releases.length; i++) {
    // The comma goes with the release's first piece: one write, not two.
    let comma = json && before + i > 0 ? ',' : ''
    for (const piece of releases[i]!) {
      yield comma + piece
      comma = ''
    }
  }
}

/** The characters of input a run of releases spans. */
function length(releases: readonly Release[]): number {
  let n = 0
  for (const r of releases) n += r.span.end - r.span.start
  return n
}

/** The bytes of the files among the sources (standard input counts as nothing until read). */
function knownSize(sources: readonly string[]): number {
  let total = 0
  for (const file of sources) {
    if (file === '-') continue
    try {
      total += statSync(file).size
    } catch {
      // Unreadable: reported when it is read.
    }
  }
  return total
}

/** Passes chunks through, telling `count` how many bytes each holds. */
async function* countBytes(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  count: (bytes: number) => void,
): AsyncGenerator<string | Uint8Array> {
  for await (const chunk of chunks) {
    count(typeof chunk === 'string' ? chunk.length : chunk.byteLength)
    yield chunk
  }
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
  encoding: InputEncoding = 'auto',
): AsyncGenerator<string | Uint8Array> {
  let first = true
  for await (const chunk of chunks) {
    if (first && typeof chunk !== 'string') {
      const head = chunk.subarray(0, 8192)
      // UTF-16 text has a NUL in every other byte of Latin script: it is text all the same.
      const utf16 = encoding === 'auto' ? utf16Order(head) !== null : encoding.startsWith('utf-16')
      if (!utf16 && head.includes(0)) {
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
