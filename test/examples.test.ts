import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Runs an example as its header says (`npx tsx examples/NAME.ts`); each checks its own output. */
function runExample(name: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', `examples/${name}`], { cwd: root, encoding: 'utf8' })
}

describe('examples', () => {
  it('quickstart prints the 20 sample releases', () => {
    const run = runExample('quickstart.ts')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('20 releases in 2 files')
    expect(run.stdout).toContain(
      'Police chiefs praise significant seizure increases in Class A drugs and weapons',
    )
  }, 60_000)

  it('unified runs the plugin after retext-english and prints its messages and data', () => {
    const run = runExample('unified.ts')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('First attributed quote: Chris Haward')
  }, 60_000)

  // examples/custom-rule.test.ts is a vitest file itself and runs with the suite.
})
