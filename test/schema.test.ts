import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/run'
import { extract, modelJsonSchema } from '../src/index'

const DATA = new URL('../examples/data/', import.meta.url).pathname

async function cli(argv: string[]): Promise<string> {
  let out = ''
  await runCli(['--jobs', '1', ...argv], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => true },
    stdin: () => [],
    stdinIsTTY: false,
  })
  return out
}

describe('JSON Schema of the model', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false })

  it('validates every line the CLI writes for the sample corpus', async () => {
    const validate = ajv.compile(modelJsonSchema('release'))
    const lines = (await cli([DATA])).trimEnd().split('\n')
    expect(lines).toHaveLength(20)
    for (const line of lines) {
      const ok = validate(JSON.parse(line))
      expect(validate.errors ?? []).toEqual([])
      expect(ok).toBe(true)
    }
  })

  it('validates a whole result and rejects a broken one', () => {
    const validate = ajv.compile(modelJsonSchema('document'))
    const result = extract(readFileSync(`${DATA}000_553ed2df297268c8.txt`, 'utf8'))
    expect(validate(JSON.parse(JSON.stringify(result)))).toBe(true)
    const broken = JSON.parse(JSON.stringify(result))
    broken.releases[0].span.start = 'zero'
    expect(validate(broken)).toBe(false)
  })

  it('carries the model version', () => {
    expect(modelJsonSchema('release')['x-model-version']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(modelJsonSchema('document')['x-model-version']).toBe(modelJsonSchema('release')['x-model-version'])
  })
})
