import { execFileSync, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = (file: string) => `${root}dist/${file}`
const SAMPLE = 'Title\n\nSource: NPCC\n\nA dek.\n\nThe body.\n'

// The built package, as users get it: built once here so the test never reads a stale dist/.
beforeAll(() => {
  execFileSync(process.execPath, [`${root}node_modules/tsup/dist/cli-default.js`, '--silent'], {
    cwd: root,
    stdio: 'pipe',
  })
}, 120_000)

describe('built package', () => {
  it('imports as ESM', async () => {
    const esm = await import(dist('index.js'))
    expect(esm.splitReleases(SAMPLE).releases[0].standfirst).toBe('A dek.')
    expect(typeof esm.extract).toBe('function')
  })

  it('requires as CommonJS with the same exports', async () => {
    const cjs = createRequire(import.meta.url)(dist('index.cjs'))
    const esm = await import(dist('index.js'))
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort())
    expect(cjs.extract(SAMPLE).releases[0].title).toBe('Title')
  })

  it('ships the JSON Schema of the model as press-extract/schema.json', async () => {
    const { modelJsonSchema } = await import(dist('index.js'))
    const require = createRequire(import.meta.url)
    expect(require('press-extract/schema.json')).toEqual(modelJsonSchema('release'))
    expect(require('press-extract/document.schema.json')).toEqual(modelJsonSchema('document'))
  })

  it('runs the bin over the sample corpus', () => {
    const run = spawnSync(process.execPath, [dist('cli.js'), `${root}examples/data`], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(20)
  })

  it('runs the bin on standard input and exits 2 on bad usage', () => {
    const ok = spawnSync(process.execPath, [dist('cli.js'), '-'], { input: SAMPLE, encoding: 'utf8' })
    expect(JSON.parse(ok.stdout).title).toBe('Title')
    const bad = spawnSync(process.execPath, [dist('cli.js'), '--format', 'xml', '-'], {
      input: SAMPLE,
      encoding: 'utf8',
    })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--format must be one of')
  })
})
