import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const sample = ['000_553ed2df297268c8.txt', '002_52e0b0eef6d94852.txt']
  .map((f) => readFileSync(`${root}examples/data/${f}`, 'utf8'))
  .join('')
const cli = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['--import', 'tsx', `${root}src/cli/cli.ts`, '--jobs', '1', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })

describe('the command line on bad input', () => {
  it('leaves only whole lines in --output when it is killed mid-run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'press-extract-'))
    const dump = join(dir, 'big.txt')
    writeFileSync(dump, sample.repeat(60))
    const out = join(dir, 'out.jsonl')
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', `${root}src/cli/cli.ts`, '--jobs', '1', '--output', out, dump],
      { cwd: root },
    )
    // Kill it once it has written something, well before the end.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        let size = 0
        try {
          size = readFileSync(out).length
        } catch {}
        if (size > 0) {
          clearInterval(poll)
          child.kill('SIGKILL')
          resolve()
        }
      }, 20)
    })
    await new Promise((resolve) => child.on('exit', resolve))
    const text = readFileSync(out, 'utf8')
    expect(text.length).toBeGreaterThan(0)
    expect(text.endsWith('\n')).toBe(true)
    for (const line of text.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow()
  }, 60_000)

  it('writes as many releases as it finds, streaming a file of many releases', () => {
    const run = cli(['-'], sample.repeat(5))
    expect(run.status).toBe(0)
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(100)
  }, 60_000)

  it('skips a binary file, naming it, exits 1, and goes on to the next file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'press-extract-'))
    const binary = join(dir, 'a.txt')
    writeFileSync(binary, Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256)))
    const good = join(dir, 'b.txt')
    writeFileSync(good, 'Title\n\nSource: NPCC\n\nBody.\n')
    const run = cli([binary, good])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`${binary}: not text`)
    expect(run.stdout).not.toContain(JSON.stringify(binary))
    expect(run.stdout).toContain(`"file":${JSON.stringify(good)}`)
    // The report skips it the same way.
    const view = cli(['view', binary, good])
    expect(view.status).toBe(1)
    expect(view.stderr).toContain(`${binary}: not text`)
    expect(view.stdout).toContain('<article class="release"')
  }, 60_000)

  it('names what it cannot read, exits 1, and still writes the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'press-extract-'))
    mkdirSync(join(dir, 'empty-folder'))
    mkdirSync(join(dir, 'folder.txt'))
    writeFileSync(join(dir, 'empty.txt'), '')
    const good = join(dir, 'good.txt')
    writeFileSync(good, 'Title\n\nSource: NPCC\n\nBody.\n')
    const run = cli([join(dir, 'missing.txt'), join(dir, 'empty-folder'), join(dir, 'empty.txt'), good])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('missing.txt: no such file or directory')
    expect(run.stderr).toContain('empty-folder: folder holds no .txt files')
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1)
  }, 60_000)
})
