import { Worker } from 'node:worker_threads'
import type { ExtractOptions } from '../extract'
import type { Release } from '../model'
import type { FormatSettings } from './format'
import type { WorkRequest, WorkResult } from './worker'

/**
 * Worker threads that parse and format batches of releases. Results come back as promises that
 * the caller awaits in input order, so the output order never depends on which worker was faster.
 */
export class ParsePool {
  private readonly workers: Worker[]
  private readonly pending = new Map<
    number,
    { resolve: (chunks: string[]) => void; reject: (e: Error) => void }
  >()
  private next = 0

  constructor(
    jobs: number,
    private readonly settings: ExtractOptions,
    private readonly output: FormatSettings,
  ) {
    // Under tsx (tests, development) the worker is the TypeScript source; in the package, the built file.
    const fromSource = import.meta.url.endsWith('.ts')
    const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url)
    this.workers = Array.from({ length: jobs }, () => {
      const worker = fromSource
        ? new Worker(
            `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(url.href)}) })`,
            {
              eval: true,
            },
          )
        : new Worker(url)
      worker.on('message', (result: WorkResult) => this.settle(result))
      worker.on('error', (error) => this.failAll(error))
      return worker
    })
  }

  /** Parses and formats a batch of releases on the next worker in turn. */
  run(file: string, releases: Release[]): Promise<string[]> {
    const id = this.next++
    const worker = this.workers[id % this.workers.length]!
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.postMessage({
        id,
        file,
        releases,
        settings: this.settings,
        output: this.output,
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
