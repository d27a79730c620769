import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

// Counts the worker pools started; a pool with no room makes every batch run in this thread.
const started = vi.hoisted(() => ({ pools: 0 }))
vi.mock('./pool', () => ({
  ParsePool: class {
    constructor() {
      started.pools++
    }
    hasRoom() {
      return false
    }
    async close() {}
  },
}))

const { AUTO_WORKERS_FROM, processFiles } = await import('./process-files')

/** A threshold the tests can reach quickly; the default is several megabytes. */
const FROM = 1 << 20

const sample = readdirSync('examples/data').map((f) => join('examples/data', f))

async function run(sources: string[], jobs: number | 'auto', stdin: string[] = [], from?: number) {
  started.pools = 0
  let out = ''
  await processFiles(sources, {
    extract: {},
    output: { format: 'jsonl', table: 'releases' },
    jobs,
    autoWorkersFrom: from,
    write: (chunk) => {
      out += chunk
    },
    warn: () => {},
    fail: (file, message) => {
      throw new Error(`${file}: ${message}`)
    },
    stdin: () => stdin.map((s) => new TextEncoder().encode(s)),
  })
  return { pools: started.pools, lines: out.split('\n').filter(Boolean).length }
}

describe('processFiles with the default jobs', () => {
  it('starts no worker for files smaller than AUTO_WORKERS_FROM in all', async () => {
    expect(AUTO_WORKERS_FROM).toBeGreaterThan(10 << 20)
    expect(await run(sample, 'auto')).toEqual({ pools: 0, lines: 20 })
    // The same files start workers at once when they reach the threshold.
    expect((await run(sample, 'auto', [], 1000)).pools).toBe(1)
  })

  it('starts workers at once when asked for them', async () => {
    expect((await run(sample, 2)).pools).toBe(1)
    expect((await run(sample, 1)).pools).toBe(0)
  })

  it('starts workers once standard input has brought that much', async () => {
    const release = 'A title\n\nSource: Example Police\n\nOfficers made 12 arrests on Monday.\n\n'
    const chunk = release.repeat(Math.ceil(FROM / 4 / release.length))
    const small = await run(['-'], 'auto', [chunk], FROM)
    expect(small.pools).toBe(0)
    const chunks = Array.from({ length: Math.ceil(FROM / chunk.length) + 1 }, () => chunk)
    const large = await run(['-'], 'auto', chunks, FROM)
    expect(large.pools).toBe(1)
    expect(large.lines).toBe(small.lines * chunks.length)
  }, 60_000)
})
