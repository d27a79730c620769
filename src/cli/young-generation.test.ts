import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { YOUNG_GENERATION_CAP } from './young-generation'

/**
 * V8's flags hold for a whole process, so each case runs in a fresh `node`: it keeps batches of
 * objects alive across minor collections (what makes V8 grow the young generation), then prints
 * the young generation's largest size, and a worker's, in bytes.
 */
function youngGenerationSizes(capped: boolean): { main: number; worker: number } {
  const module = new URL('./young-generation.ts', import.meta.url).href
  const script = `
    import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
    import { Worker } from 'node:worker_threads'
    import { capYoungGeneration, WORKER_YOUNG_GENERATION_START } from ${JSON.stringify(module)}
    if (${capped}) capYoungGeneration()
    const young = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size
    let largest = 0
    let keep = []
    for (let i = 0; i < 4e6; i++) {
      keep.push({ i, s: 'x' + i })
      if (keep.length > 30000) keep = []
      if (i % 100000 === 0) { largest = Math.max(largest, young()); await new Promise((r) => setImmediate(r)) }
    }
    if (${capped}) setFlagsFromString('--min-semi-space-size=' + WORKER_YOUNG_GENERATION_START)
    const worker = new Worker(
      // Evaluated as a module, like this script (--input-type applies to it too).
      "import v8 from 'node:v8'; import { parentPort } from 'node:worker_threads';" +
        "parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)",
      { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 16 } },
    )
    const workerYoung = await new Promise((r) => worker.once('message', r))
    await worker.terminate()
    console.log(JSON.stringify({ main: Math.max(largest, young()), worker: workerYoung }))
  `
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  })
  return JSON.parse(out) as { main: number; worker: number }
}

describe('capYoungGeneration', () => {
  it("holds this thread's young generation at the cap, where V8 alone grows it past", () => {
    const free = youngGenerationSizes(false)
    const capped = youngGenerationSizes(true)
    expect(free.main).toBeGreaterThan(YOUNG_GENERATION_CAP)
    expect(capped.main).toBeGreaterThanOrEqual(YOUNG_GENERATION_CAP / 2)
    expect(capped.main).toBeLessThanOrEqual(YOUNG_GENERATION_CAP * 1.1)
    // A worker started after the cap begins at its full size rather than held at V8's first one.
    expect(capped.worker).toBeGreaterThan(free.worker)
  }, 60_000)
})
