import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

// Counts the worker pools started and the workers asked of them; a pool with no room makes every
// batch run in this thread. Two cores, whatever the machine running the tests.
const started = vi.hoisted(() => ({ pools: 0, workers: 0, wholeRuns: false }))
vi.mock('./pool', () => ({
  ParsePool: class {
    constructor(jobs: number, _settings: unknown, _output: unknown, wholeRuns = false) {
      started.pools++
      started.workers = jobs
      started.wholeRuns = wholeRuns
    }
    grow(jobs: number) {
      started.workers = Math.max(started.workers, jobs)
    }
    hasRoom() {
      return false
    }
    async close() {}
  },
}))
vi.mock('node:os', async (original) => ({
  ...(await original<typeof import('node:os')>()),
  availableParallelism: () => 4,
}))

const { AUTO_WORKERS_FROM, STAGES_FROM, processFiles } = await import('./process-files')

/** A threshold the tests can reach quickly; the default is several megabytes. */
const FROM = 1 << 20

const sample = readdirSync('examples/data').map((f) => join('examples/data', f))

async function run(
  sources: string[],
  jobs: number | 'auto',
  stdin: string[] = [],
  from?: number,
  stagesFrom?: number,
) {
  started.pools = 0
  started.workers = 0
  let out = ''
  await processFiles(sources, {
    extract: {},
    output: { format: 'jsonl', table: 'releases' },
    jobs,
    autoWorkersFrom: from,
    stagesFrom,
    write: (chunk) => {
      out += chunk
    },
    warn: () => {},
    fail: (file, message) => {
      throw new Error(`${file}: ${message}`)
    },
    stdin: () => stdin.map((s) => new TextEncoder().encode(s)),
  })
  return { pools: started.pools, workers: started.workers, lines: out.split('\n').filter(Boolean).length }
}

describe('processFiles with the default jobs', () => {
  it('starts no worker for files smaller than STAGES_FROM in all', async () => {
    expect(STAGES_FROM).toBeGreaterThan(512 << 10)
    expect(AUTO_WORKERS_FROM).toBeGreaterThan(10 << 20)
    expect(await run(sample, 'auto')).toEqual({ pools: 0, workers: 0, lines: 20 })
    // The same files start one worker for the second stage from STAGES_FROM, one per core from
    // AUTO_WORKERS_FROM.
    expect(await run(sample, 'auto', [], undefined, 1000)).toEqual({ pools: 1, workers: 1, lines: 20 })
    expect(await run(sample, 'auto', [], 1000, 1000)).toEqual({ pools: 1, workers: 3, lines: 20 })
  })

  it('starts workers at once when asked for them', async () => {
    expect((await run(sample, 2)).workers).toBe(1)
    expect((await run(sample, 3)).workers).toBe(2)
    expect((await run(sample, 1)).pools).toBe(0)
  })

  it('gives workers that take whole runs the smaller heap, not one that takes a second stage', async () => {
    await run(sample, 'auto', [], undefined, 1000)
    expect(started).toMatchObject({ pools: 1, wholeRuns: false })
    await run(sample, 'auto', [], 1000, 1000)
    expect(started).toMatchObject({ pools: 1, wholeRuns: true })
    await run(sample, 2)
    expect(started).toMatchObject({ pools: 1, wholeRuns: true })
  })

  it('starts workers once standard input has brought that much', async () => {
    const release = 'A title\n\nSource: Example Police\n\nOfficers made 12 arrests on Monday.\n\n'
    const chunk = release.repeat(Math.ceil(FROM / 4 / release.length))
    const small = await run(['-'], 'auto', [chunk], FROM)
    expect(small.pools).toBe(0)
    const chunks = Array.from({ length: Math.ceil(FROM / chunk.length) + 1 }, () => chunk)
    const large = await run(['-'], 'auto', chunks, FROM)
    expect(large).toMatchObject({ pools: 1, workers: 3 })
    expect(large.lines).toBe(small.lines * chunks.length)
    // With a second stage first: the one worker it started is joined by the others at FROM.
    const staged = await run(['-'], 'auto', chunks, FROM, FROM / 8)
    expect(staged).toMatchObject({ pools: 1, workers: 3, lines: large.lines })
    const stagedOnly = await run(['-'], 'auto', [chunk], FROM, FROM / 8)
    expect(stagedOnly).toMatchObject({ pools: 1, workers: 1 })
  }, 60_000)
})
