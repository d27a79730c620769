/**
 * Whole processes timed from outside, spawn to exit, as a user sees them: the command line, chrono-node
 * run as a script of its own, and start-up.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { BENCH_DIR } from './corpus'

const MB = 1 << 20

export interface Measure {
  seconds: number
  bytes: number
  /** Releases (our command line: lines written) or dates found (chrono-node), per whole run. */
  releases: number
  maxRssMb: number
  /** Killed after its time limit: `seconds` is then the limit, not the run's time. */
  timedOut?: boolean
}

export const mbps = (m: Measure) => m.bytes / MB / m.seconds

/** The median run by time (for an even count, the mean of the middle two), with the highest peak of all. */
export function median(all: Measure[]): Measure {
  if (all.length === 0) throw new Error('median of no measures')
  const sorted = [...all].sort((a, b) => a.seconds - b.seconds)
  const mid = sorted.length >> 1
  const seconds =
    sorted.length % 2 === 1 ? sorted[mid]!.seconds : (sorted[mid - 1]!.seconds + sorted[mid]!.seconds) / 2
  return {
    ...sorted[mid]!,
    seconds,
    maxRssMb: Math.max(...all.map((m) => m.maxRssMb)),
    timedOut: all.some((m) => m.timedOut),
  }
}

/**
 * Runs `rounds` rounds of every case in turn (a, b, c, a, b, c, ...), so a slow spell of the shared
 * machine falls on every side of a ratio alike, and returns each case's median.
 */
export async function alternate<K extends string>(
  rounds: number,
  cases: Record<K, () => Measure | Promise<Measure>>,
): Promise<Record<K, Measure>> {
  const names = Object.keys(cases) as K[]
  const all = Object.fromEntries(names.map((name) => [name, [] as Measure[]])) as Record<K, Measure[]>
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const m = await cases[name]()
      if (m.timedOut) throw new Error(`${name} timed out after ${m.seconds} s`)
      all[name].push(m)
    }
  }
  const out = {} as Record<K, Measure>
  for (const name of names) out[name] = median(all[name])
  return out
}

const OUT_DIR = join(BENCH_DIR, 'out')
let outCount = 0
/** A fresh output file under .bench/out/, removed once counted: outputs are several times their input. */
function outputPath(): string {
  mkdirSync(OUT_DIR, { recursive: true })
  return join(OUT_DIR, `${process.pid}-${outCount++}.jsonl`)
}

function countLines(file: string): number {
  const wc = spawnSync('wc', ['-l', file], { encoding: 'utf8' })
  if (wc.status === 0) return Number.parseInt(wc.stdout, 10)
  let n = 0
  for (const byte of readFileSync(file)) if (byte === 10) n++
  return n
}

/**
 * Runs a script in a fresh `node`, timed from outside (spawn to exit), its peak memory read from
 * inside: a one-line `-e` probe reports `process.resourceUsage().maxRSS` on exit (the whole process,
 * worker threads included), then imports the script, which sees the arguments it would get if run
 * as `node SCRIPT ARGS`. `argv` is given the output file to write. Killed after `timeoutSeconds`.
 */
function runProbed(
  script: string,
  argv: (out: string) => string[],
  file: string,
  timeoutSeconds: number,
): Measure {
  const out = outputPath()
  const probe = `process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n'));process.argv.splice(1,0,${JSON.stringify(script)});import(${JSON.stringify(`./${script}`)})`
  const start = process.hrtime.bigint()
  const run = spawnSync(process.execPath, ['-e', probe, '--', ...argv(out)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: timeoutSeconds * 1000,
    killSignal: 'SIGKILL',
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const bytes = statSync(file).size
  try {
    if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
      return { seconds: timeoutSeconds, bytes, releases: 0, maxRssMb: 0, timedOut: true }
    }
    if (run.status !== 0) {
      throw new Error(`${script} on ${file} failed (${run.status ?? run.signal}):\n${run.stderr}`)
    }
    const rss = Number(/MAXRSS (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024
    return { seconds, bytes, releases: countLines(out), maxRssMb: rss }
  } finally {
    rmSync(out, { force: true })
  }
}

/** `jobs`: a number for `--jobs N`, or 'default' for no `--jobs` flag at all (what users get). */
export type Jobs = number | 'default'

/** The built command line (dist/cli.js) on one file, JSON Lines to a file, as a whole process. */
export function measureCliOnce(file: string, jobs: Jobs, timeoutSeconds = 600): Measure {
  const flags = ['--quiet', ...(jobs === 'default' ? [] : ['--jobs', String(jobs)])]
  return runProbed('dist/cli.js', (out) => [...flags, '--output', out, file], file, timeoutSeconds)
}

/**
 * chrono-node as a whole process (scripts/bench/chrono-process.mjs, plain JavaScript): reads the
 * file, parses it paragraph by paragraph, writes the dates as JSON Lines. Timed like the command line.
 */
export function measureChronoOnce(file: string, timeoutSeconds = 600): Measure {
  return runProbed('scripts/bench/chrono-process.mjs', (out) => [file, out], file, timeoutSeconds)
}

/**
 * Two `--jobs 1` runs at once, each on half the corpus: the speed-up two independent processes get
 * on this machine, the most `--jobs 2` can hope for. Wall time until both are done.
 */
export async function measureCliPairOnce(files: [string, string], timeoutSeconds = 600): Promise<Measure> {
  const start = process.hrtime.bigint()
  const outs = files.map(() => outputPath())
  let timedOut = false
  try {
    await Promise.all(
      files.map(
        (file, i) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(
              process.execPath,
              ['dist/cli.js', '--quiet', '--jobs', '1', '--output', outs[i]!, file],
              { stdio: 'ignore' },
            )
            const timer = setTimeout(() => {
              timedOut = true
              child.kill('SIGKILL')
            }, timeoutSeconds * 1000)
            child.on('exit', (code) => {
              clearTimeout(timer)
              if (code === 0 || timedOut) resolve()
              else reject(new Error(`CLI on ${file} exited ${code}`))
            })
          }),
      ),
    )
  } finally {
    for (const out of outs) rmSync(out, { force: true })
  }
  const seconds = timedOut ? timeoutSeconds : Number(process.hrtime.bigint() - start) / 1e9
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0)
  return { seconds, bytes, releases: 0, maxRssMb: 0, timedOut }
}

/** Runs `node ARGS` `runs` times, each a fresh process; returns the wall times, spawn to exit, in seconds. */
export function processSeconds(args: string[], runs: number): number[] {
  return Array.from({ length: runs }, () => {
    const start = process.hrtime.bigint()
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 })
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${run.stderr}`)
    return seconds
  })
}

/** Runs a script `runs` times in fresh processes and reads the one number each prints. */
export function printedNumbers(args: string[], runs: number): number[] {
  return Array.from({ length: runs }, () => {
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 })
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${run.stderr}`)
    return Number(run.stdout.trim().split('\n').at(-1))
  })
}

export const medianOf = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
