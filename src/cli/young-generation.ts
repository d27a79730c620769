import { PerformanceObserver } from 'node:perf_hooks'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'

/**
 * The size (both semi-spaces) at which this thread's young generation stops growing. V8 lets it
 * double up to 32 MB, a limit it reads only at start-up (`--max-semi-space-size`); the reading
 * thread's share of a large run is then the largest single part of the command line's peak.
 * At 16 MB a 50 MB corpus peaked at about 216 MB instead of 245 MB; minor collections come twice
 * as often, each copying as little, and the run used the same CPU time within 1%.
 */
export const YOUNG_GENERATION_CAP = 16 * 1024 * 1024

/**
 * Stops this thread's young generation from growing once it has reached `cap`: after each
 * collection, its size is read, and at the cap V8's growth factor is set to 1. The factor is
 * process-wide, so worker threads must start with their young generation at its full size
 * (see `WORKER_YOUNG_GENERATION_START`); those started later are not held small by it.
 */
export function capYoungGeneration(cap: number = YOUNG_GENERATION_CAP): void {
  const observer = new PerformanceObserver(() => {
    const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')
    if (young === undefined || young.space_size < cap) return
    setFlagsFromString('--semi-space-growth-factor=1')
    observer.disconnect()
  })
  observer.observe({ entryTypes: ['gc'] })
}

/**
 * `--min-semi-space-size` for worker threads, in MB: above their limit, so V8 starts each at its
 * limit (a worker's heap is sized from the flags when it starts) and never needs to grow it.
 */
export const WORKER_YOUNG_GENERATION_START = 16
