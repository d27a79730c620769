import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extract } from './extract'
import type { Diagnostic } from './model'
import { extractStream } from './stream'
import { decodeWindows1252 } from './text/decode-bytes'

const corpus = ['000_553ed2df297268c8.txt', '002_52e0b0eef6d94852.txt'].map((name) =>
  readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8'),
)

function* pieces(text: string, size: number): Generator<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  // Byte chunks cut through multi-byte characters and CRLF pairs, as file reads do.
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

async function collect(input: Iterable<string | Uint8Array>, diagnostics: Diagnostic[] = []) {
  const out = []
  for await (const r of extractStream(input, { onDiagnostic: (d) => diagnostics.push(d) })) out.push(r)
  return out
}

describe('extractStream', () => {
  it.each([1, 7, 64, 4096, 1 << 20])('gives what extract gives, in byte chunks of %i', async (size) => {
    const text = corpus.join('')
    expect(await collect(pieces(text, size))).toEqual(extract(text).releases)
  })

  it('moves the label, embargo, byline and dateline of a later release with it', async () => {
    const later =
      'Man charged\n\nSource: South Australia Police\n\nFOR IMMEDIATE RELEASE\n\nEMBARGOED UNTIL 6AM\n\n25 November 2024\n\nMedia Office\n\nA man has been charged after a stabbing on Tuesday night.\n\nPolice were called at 9pm.\n'
    const text = `${corpus[0]}${later}`
    const streamed = await collect([text.slice(0, 5000), text.slice(5000)])
    const last = streamed.at(-1)!
    expect(last.label?.text).toBe('FOR IMMEDIATE RELEASE')
    expect(last.byline?.text).toBe('Media Office')
    for (const m of [last.label!, last.embargo!, last.byline!, last.dateline!])
      expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
    expect(streamed).toEqual(extract(text).releases)
  })

  it('reads CRLF text split between its CR and LF', async () => {
    const text = corpus[0]!.replace(/\n/g, '\r\n')
    expect(await collect(pieces(text, 3))).toEqual(extract(text).releases)
  })

  it('reports a preamble once, with its span, and keeps offsets of the whole input', async () => {
    const text = `Scraped from the aggregator\n\n${corpus[1]}`
    const diagnostics: Diagnostic[] = []
    const releases = await collect(pieces(text, 100), diagnostics)
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['releases/preamble'])
    expect(releases).toEqual(extract(text).releases)
    const last = releases.at(-1)!
    expect(text.slice(last.titleSpan!.start, last.titleSpan!.end)).toBe(last.title)
  })

  it('takes string chunks and yields nothing for an empty input', async () => {
    expect(await collect([])).toEqual([])
    expect(await collect(['', '\n'])).toEqual([])
    expect((await collect(['Title\n\nSou', 'rce: NPCC\n\nBody.\n'])).map((r) => r.title)).toEqual(['Title'])
  })

  it('reads a Windows-1252 export as written, its quotes with it, and says so', async () => {
    const text = corpus[0]!.replace(/…/g, '...')
    const table = new Map<string, number>()
    for (let b = 0x80; b < 0xa0; b++) table.set(decodeWindows1252(Uint8Array.of(b)), b)
    const codes = [...text].map((c) => table.get(c) ?? c.charCodeAt(0))
    expect(codes.filter((b) => b > 0xff)).toEqual([])
    const bytes = Uint8Array.from(codes)
    const diagnostics: Diagnostic[] = []
    const chunks = [bytes.subarray(0, 300), bytes.subarray(300, 2001), bytes.subarray(2001)]
    const releases = await collect(chunks, diagnostics)
    expect(releases).toEqual(extract(text).releases)
    expect(releases[0]!.quotes.length).toBeGreaterThan(0)
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['input/encoding'])
    expect(diagnostics[0]!.message).toMatch(
      /^\d+ bytes not UTF-8 \(the first at byte \d+\) read as Windows-1252$/,
    )
  })

  it('reads UTF-16 with its byte-order mark, which stays in the text as in UTF-8', async () => {
    const text = corpus[1]!
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++)
      bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i)
    const releases = await collect([bytes.subarray(0, 1001), bytes.subarray(1001)])
    expect(releases).toEqual(extract(`\ufeff${text}`).releases)
  })

  it('reports invalid UTF-8 in byte input when UTF-8 is asked for', async () => {
    const diagnostics: Diagnostic[] = []
    const input = [new Uint8Array([0x54, 0xff, 0x0a])]
    for await (const _ of extractStream(input, {
      encoding: 'utf-8',
      onDiagnostic: (d) => diagnostics.push(d),
    }));
    expect(diagnostics.map((d) => d.ruleId)).toContain('input/invalid-utf8')
  })

  it('rejects an encoding it does not know, naming the option', async () => {
    const stream = extractStream([], { encoding: 'ebcdic' as never })
    await expect(stream.next()).rejects.toThrow(/encoding/)
  })

  it('reads a byte that is not UTF-8 as Windows-1252 by default, and says where', async () => {
    const diagnostics: Diagnostic[] = []
    await collect([new Uint8Array([0x54, 0xff, 0x0a])], diagnostics)
    const input = diagnostics.filter((d) => d.ruleId.startsWith('input/'))
    expect(input.map((d) => [d.ruleId, d.message])).toEqual([
      ['input/encoding', 'A byte not UTF-8 (the first at byte 1) read as Windows-1252'],
    ])
  })
})
