import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteDecoder, decodeText, decodeWindows1252, type InputEncoding, utf16Order } from './decode-bytes'

const release = readFileSync(new URL('../../examples/data/000_553ed2df297268c8.txt', import.meta.url), 'utf8')

/** Windows-1252 bytes of text written only in its characters. */
function windows1252(text: string): Uint8Array {
  const high = new Map<number, number>()
  for (let b = 0x80; b < 0xa0; b++) high.set(decodeWindows1252(Uint8Array.of(b)).charCodeAt(0), b)
  return Uint8Array.from([...text].map((c) => high.get(c.charCodeAt(0)) ?? c.charCodeAt(0)))
}

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (order === 'le') out.push(c & 0xff, c >> 8)
    else out.push(c >> 8, c & 0xff)
  }
  return Uint8Array.from(out)
}

/** Decodes the bytes cut at the given points, as reads of a file cut them. */
function decodeInPieces(bytes: Uint8Array, cuts: number[], encoding: InputEncoding = 'auto') {
  const decoder = new ByteDecoder(encoding)
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  let text = ''
  let from = 0
  for (const p of [...points, bytes.length]) {
    text += decoder.decode(bytes.subarray(from, p))
    from = p
  }
  return { text: text + decoder.end(), decoder }
}

/** Text from the characters press releases are written in, ASCII and beyond. */
const releaseText = fc.string({
  unit: fc.constantFrom(...'Ab 9.,\n"\'“”‘’–—…€£é', '𝐀', 'Ω', '\u00a0'),
  maxLength: 60,
})

describe('utf16Order', () => {
  it('reads the byte-order mark, or the NULs of UTF-16 text without one', () => {
    expect(utf16Order(utf16(release, 'le'))).toBe('utf-16le')
    expect(utf16Order(utf16(release, 'be'))).toBe('utf-16be')
    expect(utf16Order(utf16(release, 'le', false))).toBe('utf-16le')
    expect(utf16Order(utf16(release, 'be', false))).toBe('utf-16be')
  })

  it('finds no UTF-16 in UTF-8, in a text with a stray NUL, in binary or in too few bytes', () => {
    expect(utf16Order(new TextEncoder().encode(release))).toBeNull()
    expect(utf16Order(new TextEncoder().encode(`Title\0\n\nSource: NPCC\n\nBody.`))).toBeNull()
    expect(utf16Order(Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : i & 0xff)))).toBeNull()
    expect(utf16Order(Uint8Array.of(0x41, 0))).toBeNull()
  })
})

describe('decodeWindows1252', () => {
  it('reads the bytes 0x80 to 0x9F as Windows-1252 does, the rest as Latin-1', () => {
    expect(
      decodeWindows1252(Uint8Array.of(0x93, 0x4f, 0x6b, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xe9)),
    ).toBe('“Ok” – €5 é')
    expect(decodeWindows1252(Uint8Array.of(0x81, 0x8d, 0xa3))).toBe('\u0081\u008d£')
  })
})

describe('ByteDecoder', () => {
  it('reads UTF-8 as TextDecoder does, wherever the chunks cut it', () => {
    fc.assert(
      fc.property(releaseText, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const { text: read, decoder } = decodeInPieces(new TextEncoder().encode(text), cuts)
        expect(read).toBe(text)
        expect(decoder.foreign.bytes).toBe(0)
      }),
      { numRuns: 300 },
    )
  })

  it('reads Windows-1252 text as written, each byte not UTF-8 counted', () => {
    const text = release.replace(/…/g, '...')
    const bytes = windows1252(text)
    const { text: read, decoder } = decodeInPieces(bytes, [100, 101, 257, 258, 259, 4000])
    expect(read).toBe(text)
    expect(decoder.foreign.bytes).toBe([...text].filter((c) => c.charCodeAt(0) > 0x7f).length)
    expect(decoder.foreign.first).toBe(text.search(/[\u0080-\uffff]/))
  })

  it('reads a dump joined from a UTF-8 file and a Windows-1252 one as each was written', () => {
    const text = `${release}\n${release.replace(/…/g, '...')}`
    const first = new TextEncoder().encode(`${release}\n`)
    const bytes = new Uint8Array([...first, ...windows1252(release.replace(/…/g, '...'))])
    const { text: read, decoder } = decodeInPieces(bytes, [first.length - 1, first.length + 3])
    expect(read).toBe(text)
    expect(decoder.foreign.first).toBeGreaterThanOrEqual(first.length)
  })

  it('reads a byte that ends the input after a lead byte as Windows-1252', () => {
    const { text, decoder } = decodeInPieces(Uint8Array.of(0x63, 0x61, 0x66, 0xe9), [3])
    expect(text).toBe('café')
    expect(decoder.foreign).toEqual({ bytes: 1, first: 3 })
  })

  it('reads overlong forms and surrogates as bytes, not characters', () => {
    // C0 AF is an overlong "/", ED A0 80 a surrogate: neither is UTF-8.
    expect(decodeInPieces(Uint8Array.of(0x41, 0xc0, 0xaf, 0xed, 0xa0, 0x80), []).text).toBe('AÀ¯í\u00a0€')
  })

  it('reads UTF-16 in either order, with or without its mark, wherever the chunks cut it', () => {
    fc.assert(
      fc.property(releaseText, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const withMark = decodeInPieces(utf16(text, 'le'), cuts)
        expect(withMark.text).toBe(`\ufeff${text}`)
        expect(decodeInPieces(utf16(text, 'be'), cuts).text).toBe(`\ufeff${text}`)
      }),
      { numRuns: 200 },
    )
    expect(decodeInPieces(utf16(release, 'le', false), [1, 3, 1001]).text).toBe(release)
  })

  it('puts replacement characters for bytes not UTF-8 when UTF-8 is asked for', () => {
    const { text, decoder } = decodeInPieces(windows1252('“Ok”'), [1], 'utf-8')
    expect(text).toBe('\uFFFDOk\uFFFD')
    expect(decoder.foreign.bytes).toBe(0)
  })

  it('reads Windows-1252 when asked, even where its bytes would make UTF-8', () => {
    // "Ã©" in Windows-1252 is C3 A9, which UTF-8 reads as "é".
    expect(decodeInPieces(Uint8Array.of(0xc3, 0xa9), [], 'windows-1252').text).toBe('Ã©')
    expect(decodeInPieces(Uint8Array.of(0xc3, 0xa9), []).text).toBe('é')
  })

  it('gives nothing for no bytes and keeps fewer than four bytes until it knows more', () => {
    expect(decodeInPieces(new Uint8Array(0), []).text).toBe('')
    const decoder = new ByteDecoder()
    expect(decoder.decode(Uint8Array.of(0x41))).toBe('')
    expect(decoder.end()).toBe('A')
  })
})

describe('decodeText', () => {
  it('reads a whole file and reports what the reading found', () => {
    const bytes = Uint8Array.of(0x93, 0x48, 0x69, 0x94, 0x0a)
    expect(decodeText(bytes)).toEqual({
      text: '“Hi”\n',
      encoding: 'utf-8',
      diagnostics: [
        {
          ruleId: 'input/encoding',
          message: '2 bytes not UTF-8 (the first at byte 0) read as Windows-1252',
          span: null,
        },
      ],
    })
    const strict = decodeText(bytes, 'utf-8')
    expect(strict.text).toBe('\uFFFDHi\uFFFD\n')
    expect(strict.diagnostics.map((d) => d.ruleId)).toEqual(['input/invalid-utf8'])
    const utf16 = decodeText(Uint8Array.of(0xff, 0xfe, 0x48, 0, 0x69, 0, 0x00, 0xd8))
    expect(utf16.encoding).toBe('utf-16le')
    expect(utf16.text).toBe('\ufeffHi\uFFFD')
    expect(utf16.diagnostics.map((d) => d.ruleId)).toEqual(['input/invalid-utf16'])
    expect(decodeText(new TextEncoder().encode(release))).toEqual({
      text: release,
      encoding: 'utf-8',
      diagnostics: [],
    })
  })
})
