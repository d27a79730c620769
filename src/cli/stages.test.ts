import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { ExtractOptions } from '../extract'
import type { FormatSettings } from './format'
import { ParsePool } from './pool'
import { processFiles } from './process-files'

// Two cores, whatever the machine running the tests: the default then shares runs with one worker.
vi.mock('node:os', async (original) => ({
  ...(await original<typeof import('node:os')>()),
  availableParallelism: () => 2,
}))

const sample = readdirSync('examples/data').map((f) => join('examples/data', f))

async function run(jobs: number | 'auto', output: FormatSettings, extract: ExtractOptions = {}) {
  let out = ''
  await processFiles(sample, {
    extract,
    output,
    jobs,
    // The sample is far smaller than the defaults: share its runs with a worker at once.
    stagesFrom: 0,
    write: (chunk) => {
      out += chunk
    },
    warn: () => {},
    fail: (file, message) => {
      throw new Error(`${file}: ${message}`)
    },
    stdin: () => [],
  })
  return out
}

describe('processFiles sharing each run with a worker', () => {
  it('writes what one thread writes, in every format, the worker given the first stage', async () => {
    const sent = vi.spyOn(ParsePool.prototype, 'run')
    const formats: FormatSettings[] = [
      { format: 'jsonl', table: 'releases' },
      { format: 'json', table: 'releases' },
      { format: 'csv', table: 'quotes' },
      { format: 'people', table: 'releases' },
    ]
    for (const output of formats) {
      const one = await run(1, output)
      expect(one.length).toBeGreaterThan(1000)
      expect(await run('auto', output)).toBe(one)
    }
    // Runs went to the worker with their operations and dates found, and their quotes not.
    const staged = sent.mock.calls.filter((call) => call[2] !== undefined)
    expect(staged.length).toBeGreaterThan(0)
    for (const [, releases, findings] of staged) {
      expect(findings).toHaveLength(releases.length)
      expect(findings!.every((f) => f.dates !== undefined && f.quotes === undefined)).toBe(true)
    }
    sent.mockRestore()
  }, 120_000)

  it('keeps the input order when this thread parses runs between the worker’s', async () => {
    // Every other run finds the worker full, so this thread's runs are ready before the worker's
    // runs sent ahead of them. Runs of two releases make several runs of each file.
    let turn = 0
    const room = vi.spyOn(ParsePool.prototype, 'hasRoom').mockImplementation(() => turn++ % 2 === 0)
    const output: FormatSettings = { format: 'jsonl', table: 'releases' }
    const extract: ExtractOptions = { neighbourWindow: 2 }
    const one = await run(1, output, extract)
    expect(await run('auto', output, extract)).toBe(one)
    expect(turn).toBeGreaterThanOrEqual(10)
    room.mockRestore()
  }, 120_000)

  it('runs only the parsers asked for, in either thread', async () => {
    for (const parsers of [['dates'], ['quotes'], ['statistics', 'operations']] as const) {
      const extract: ExtractOptions = { parsers: [...parsers] }
      const output: FormatSettings = { format: 'jsonl', table: 'releases' }
      expect(await run('auto', output, extract)).toBe(await run(1, output, extract))
    }
  }, 120_000)
})
