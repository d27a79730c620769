import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// examples/dask/run.py on a real Dask cluster: a scheduler and two workers on this machine (on
// 127.0.0.1 only), the recipe of docs/recipes.md. Debian's python3-distributed installs for
// /usr/bin/python3, which may not be the first python3 on PATH.
const root = fileURLToPath(new URL('..', import.meta.url))
const PYTHON = process.env.DASK_PYTHON ?? '/usr/bin/python3'
const INPUTS = ['examples/data', 'test/fixtures/wide/corpus']
const CLI = [process.execPath, '--import', 'tsx', `${root}src/cli/cli.ts`]

const haveDask =
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import distributed'], { timeout: 60_000 }).status === 0
if (!haveDask && process.env.CI) {
  throw new Error(`No Dask for ${PYTHON} under CI: .ci/run installs Debian's python3-distributed`)
}
if (!haveDask) {
  console.warn(
    `dask.test.ts skipped: ${existsSync(PYTHON) ? `${PYTHON} has no distributed module` : `no ${PYTHON}`} (apt-get install python3-distributed)`,
  )
}

/** Runs a command to its end, within `ms`; resolves with its exit code and output. */
function run(command: string, args: string[], ms: number) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command, args, { cwd: root })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), ms)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

let dir: string
const cluster: ChildProcess[] = []

/** Starts a process of the cluster in a process group of its own, so stopping it stops its children. */
function start(module: string, args: string[]): ChildProcess {
  const child = spawn(PYTHON, ['-m', module, ...args], { cwd: dir, detached: true, stdio: 'ignore' })
  cluster.push(child)
  return child
}

beforeAll(async () => {
  if (!haveDask) return
  dir = mkdtempSync(join(tmpdir(), 'press-extract-dask-'))
  const schedulerFile = join(dir, 'scheduler.json')
  const local = ['--host', '127.0.0.1', '--no-dashboard']
  start('distributed.cli.dask_scheduler', [...local, '--port', '0', '--scheduler-file', schedulerFile])
  const deadline = Date.now() + 60_000
  while (!existsSync(schedulerFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
  if (!existsSync(schedulerFile)) throw new Error('the Dask scheduler did not start within 60 s')
  for (let i = 0; i < 2; i++) {
    start('distributed.cli.dask_worker', [
      ...local,
      '--scheduler-file',
      schedulerFile,
      '--nworkers',
      '1',
      '--nthreads',
      '1',
      '--name',
      `worker-${i}`,
    ])
  }
}, 90_000)

afterAll(async () => {
  for (const child of cluster.reverse()) {
    if (child.pid === undefined || child.exitCode !== null) continue
    const exited = new Promise((r) => child.once('exit', r))
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      continue // already gone
    }
    const late = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {}
    }, 10_000)
    await exited
    clearTimeout(late)
  }
  if (dir) rmSync(dir, { recursive: true, force: true })
}, 60_000)

const sortedLines = (text: string) =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .sort()

describe.skipIf(!haveDask)('press-extract on a Dask cluster (examples/dask/run.py)', () => {
  it('gathers exactly the releases of one plain run, from shards run on both workers', async () => {
    const output = join(dir, 'gathered.jsonl')
    const [dask, plain] = await Promise.all([
      run(
        PYTHON,
        [
          'examples/dask/run.py',
          '--scheduler-file',
          join(dir, 'scheduler.json'),
          '--wait-workers',
          '2',
          '--timeout',
          '120',
          '--shards',
          '4',
          '--cli',
          CLI.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' '),
          '--output',
          output,
          ...INPUTS,
        ],
        240_000,
      ),
      run(CLI[0]!, [...CLI.slice(1), '--jobs', '1', ...INPUTS], 240_000),
    ])
    expect(dask.stderr).toMatch(/run\.py: 11 files in 4 shards on 2 workers/)
    expect(dask.code).toBe(0)
    expect(plain.code).toBe(0)
    const gathered = sortedLines(readFileSync(output, 'utf8'))
    const expected = sortedLines(plain.stdout)
    // 20 sample releases and 51 of the wide corpus.
    expect(expected).toHaveLength(71)
    expect(gathered.map((l) => JSON.parse(l).id).sort()).toEqual(expected.map((l) => JSON.parse(l).id).sort())
    expect(gathered).toEqual(expected)
  }, 300_000)
})
