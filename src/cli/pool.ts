import { setFlagsFromString } from 'node:v8'
import { Worker } from 'node:worker_threads'
import type { ExtractOptions, Findings } from '../extract'
import type { Release } from '../model'
import type { FormatSettings } from './format'
import type { WorkerSetup, WorkRequest, WorkResult } from './worker'
import { WORKER_YOUNG_GENERATION_START } from './young-generation'

/**
 * A worker's young generation: V8's default lets it grow to 48 MB per thread, which buys nothing
 * for batches whose results leave the thread at once.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 16 }
/**
 * Workers that take whole runs (from 16 MB of input, or with `--jobs`) hold less: a young
 * generation of 8 MB, and V8's heap growth at 30% of what survives instead of 50% (a process-wide
 * flag, so this thread's heap too). Each thread then compiles every parser's patterns and code
 * (some 25 MB of code space apiece), and the heaps are what is left to cut: a 200 MB corpus
 * peaked at 231 to 236 MB instead of 262 to 265 MB, with about 2% more CPU time. A worker
 * sharing each run's parsers keeps 16 MB and 50%, where the inputs are smaller and the threads'
 * time tighter (and so does one started so when standard input then grows past 16 MB).
 */
const WHOLE_RUNS_WORKER_HEAP = { maxYoungGenerationSizeMb: 8 }
const WHOLE_RUNS_HEAP_GROWTH = 30
/**
 * How much bytecode a function runs before V8 considers optimising it (V8's default is 67584).
 * With workers, every core is busy parsing, and the optimising compiler's threads take their
 * time from the parsers: on 10 MB it compiled 485 functions in 1.3 s of CPU. Waiting nine times
 * longer, it compiles the 149 that stay hot, in 0.5 s, and the run through the command line
 * takes 2.9 s instead of 3.1 s (1 MB: 0.92 s instead of 1.06 s). With one thread the compiler
 * has a core to itself, and optimising early is faster (10 MB: 4.0 s against 4.4 s), so the flag
 * is set only when workers start. V8's flags hold for the whole process, its workers included.
 */
const SHARED_CORES_BUDGET = 600_000
/** The most workers a pool starts (`--jobs` takes up to 256 threads: this one and 255 workers). */
const MAX_WORKERS = 255

/**
 * Worker threads that parse and format batches of releases. Results come back as promises that
 * the caller awaits in input order, so the output order never depends on which worker was faster.
 * The thread that reads the input parses too (see `processFiles`): `--jobs N` starts N - 1 workers.
 * A batch is sent whole, or dated with its first stage's findings for the worker to finish.
 */
export class ParsePool {
  private readonly workers: Worker[] = []
  private readonly pending = new Map<
    number,
    { resolve: (chunks: string[][]) => void; reject: (e: Error) => void }
  >()
  private next = 0
  /** Batches sent to each worker. */
  private readonly sent: number[] = []
  /**
   * Batches each worker has finished, counted by the worker itself in shared memory: its result
   * message waits for this thread's event loop, but the count is seen at once, so a worker that
   * is done gets its next batch without waiting for this thread to turn. One slot per worker the
   * pool may grow to.
   */
  private readonly finished = new Int32Array(new SharedArrayBuffer(4 * MAX_WORKERS))

  constructor(
    jobs: number,
    private readonly settings: ExtractOptions,
    private readonly output: FormatSettings,
    /** Whether the workers take whole runs (see `WHOLE_RUNS_WORKER_HEAP`), not a run's second stage. */
    private readonly wholeRuns = false,
  ) {
    setFlagsFromString(`--interrupt-budget=${SHARED_CORES_BUDGET}`)
    setFlagsFromString(`--min-semi-space-size=${WORKER_YOUNG_GENERATION_START}`)
    if (wholeRuns) setFlagsFromString(`--heap-growing-percent=${WHOLE_RUNS_HEAP_GROWTH}`)
    this.grow(jobs)
  }

  /** Starts workers until there are `jobs` of them. */
  grow(jobs: number): void {
    // Under tsx (tests, development) the worker is the TypeScript source; in the package, the built file.
    const fromSource = import.meta.url.endsWith('.ts')
    const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url)
    const resourceLimits = this.wholeRuns ? WHOLE_RUNS_WORKER_HEAP : WORKER_HEAP
    while (this.workers.length < Math.min(jobs, MAX_WORKERS)) {
      const workerData: WorkerSetup = { finished: this.finished, slot: this.workers.length }
      const worker = fromSource
        ? new Worker(
            `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(url.href)}) })`,
            { eval: true, workerData, resourceLimits },
          )
        : new Worker(url, { workerData, resourceLimits })
      worker.on('message', (result: WorkResult) => this.settle(result))
      worker.on('error', (error) => this.failAll(error))
      this.workers.push(worker)
      this.sent.push(0)
    }
  }

  /** Batches sent to worker `w` that it has not finished. */
  private load(w: number): number {
    return this.sent[w]! - Atomics.load(this.finished, w)
  }

  /** Whether a worker has fewer than `limit` batches waiting: if not, the caller parses the batch itself. */
  hasRoom(limit: number): boolean {
    for (let w = 0; w < this.workers.length; w++) if (this.load(w) < limit) return true
    return false
  }

  /**
   * Parses and formats a batch of releases on the least busy worker; given the `findings` of the
   * first stage (see `FIRST_STAGE`), the batch is dated and the worker runs only the second.
   */
  run(file: string, releases: Release[], findings?: Findings[]): Promise<string[][]> {
    const id = this.next++
    let w = 0
    for (let i = 1; i < this.workers.length; i++) if (this.load(i) < this.load(w)) w = i
    this.sent[w]!++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.workers[w]!.postMessage({
        id,
        file,
        releases,
        settings: this.settings,
        output: this.output,
        findings,
      } satisfies WorkRequest)
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }

  private settle(result: WorkResult): void {
    const p = this.pending.get(result.id)
    if (!p) return
    this.pending.delete(result.id)
    if (result.error) p.reject(new Error(result.error))
    else p.resolve(result.chunks)
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error)
    this.pending.clear()
  }
}
