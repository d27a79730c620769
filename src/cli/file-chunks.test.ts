import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fileChunks } from './file-chunks'

const dir = mkdtempSync(join(tmpdir(), 'file-chunks-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function collect(path: string, size: number): Promise<Buffer[]> {
  const out: Buffer[] = []
  for await (const chunk of fileChunks(path, size)) out.push(chunk)
  return out
}

describe('fileChunks', () => {
  it('gives the file whole, in pieces of the size asked and a shorter last one', async () => {
    const path = join(dir, 'text.txt')
    const text = 'Police said “£1,000” was taken.\n'.repeat(40)
    writeFileSync(path, text)
    const chunks = await collect(path, 64)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(text)
    expect(chunks.slice(0, -1).every((c) => c.length === 64)).toBe(true)
    expect(chunks.at(-1)!.length).toBe(Buffer.byteLength(text) % 64 || 64)
  })

  it('keeps each piece apart: a piece kept is not overwritten by the next read', async () => {
    const path = join(dir, 'ab.txt')
    writeFileSync(path, 'aaaabbbb')
    const chunks = await collect(path, 4)
    expect(chunks.map(String)).toEqual(['aaaa', 'bbbb'])
  })

  it('gives nothing for an empty file', async () => {
    const path = join(dir, 'empty.txt')
    writeFileSync(path, '')
    expect(await collect(path, 16)).toEqual([])
  })

  it('rejects on a missing file, with the system error code', async () => {
    await expect(collect(join(dir, 'missing.txt'), 16)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
