/**
 * Bytes to text for inputs read as streams. Dumps come from many systems: most are UTF-8, but a
 * Windows export may be UTF-16 (Notepad's "Unicode") or Windows-1252, whose curly quotes are
 * bytes that UTF-8 reads as replacement characters, so every quote of such a file would be lost.
 */

import type { Diagnostic } from '../model'

/** The encodings a byte stream may be read in; `auto` tells them apart from the bytes. */
export const INPUT_ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type InputEncoding = (typeof INPUT_ENCODINGS)[number]
export type KnownEncoding = Exclude<InputEncoding, 'auto'>

/** Bytes looked at to tell UTF-16 without a byte-order mark. */
const SNIFF_BYTES = 1024

/**
 * The byte order of UTF-16 text from its first bytes: its byte-order mark, or, without one, a NUL
 * in (nearly) every other byte, as text in Latin script has. Null for anything else.
 */
export function utf16Order(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le'
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be'
  const pairs = Math.min(head.length, SNIFF_BYTES) >> 1
  if (pairs < 2) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenNul++
    if (head[i + 1] === 0) oddNul++
  }
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.02) return 'utf-16le'
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.02) return 'utf-16be'
  return null
}

/** Windows-1252's characters for the bytes 0x80 to 0x9F (the rest are Latin-1's); unassigned bytes keep their code. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
]

/**
 * Windows-1252, written out: Node's own decoder of that name reads Latin-1, which leaves
 * 0x93 as a control character instead of a curly quote.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Array<number>(Math.min(bytes.length, BLOCK))
  let out = ''
  for (let start = 0; start < bytes.length; start += BLOCK) {
    const end = Math.min(bytes.length, start + BLOCK)
    codes.length = end - start
    for (let i = start; i < end; i++) {
      const b = bytes[i]!
      codes[i - start] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : b
    }
    out += String.fromCharCode(...codes)
  }
  return out
}

/** Characters made at a time: spread arguments have a limit. */
const BLOCK = 8192

/**
 * The length of the UTF-8 character starting at `at` (2 to 4 bytes, overlong forms and surrogates
 * excluded), 0 when none starts there, -1 when the bytes end before it could be told.
 */
function utf8Length(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!
  const need =
    lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0
  if (need === 0) return 0
  // The second byte's range: narrower after E0, ED, F0 and F4 (RFC 3629).
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
  for (let k = 1; k <= need; k++) {
    if (at + k >= bytes.length) return -1
    const c = bytes[at + k]!
    if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return 0
  }
  return need + 1
}

/**
 * UTF-8 with every byte that is not part of a UTF-8 character read as Windows-1252. Returns the
 * text, the bytes not UTF-8 and where the first was. Slower than `TextDecoder`: for the chunks
 * that decoder finds invalid.
 */
function decodeMixed(bytes: Uint8Array): { text: string; foreign: number; first: number } {
  const codes: number[] = []
  let text = ''
  let foreign = 0
  let first = -1
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    const n = b < 0x80 ? 1 : utf8Length(bytes, i)
    if (n === 1) codes.push(b)
    else if (n <= 0) {
      codes.push(b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : b)
      if (first < 0) first = i
      foreign++
    } else {
      const cp =
        n === 2
          ? ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f)
          : n === 3
            ? ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f)
            : ((b & 0x07) << 18) |
              ((bytes[i + 1]! & 0x3f) << 12) |
              ((bytes[i + 2]! & 0x3f) << 6) |
              (bytes[i + 3]! & 0x3f)
      if (cp > 0xffff) codes.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff))
      else codes.push(cp)
    }
    i += n <= 0 ? 1 : n
    if (codes.length >= BLOCK) {
      text += String.fromCharCode(...codes)
      codes.length = 0
    }
  }
  return { text: text + String.fromCharCode(...codes), foreign, first }
}

/**
 * Where a UTF-8 character cut by the end of `bytes` starts (its bytes wait for the next chunk),
 * or `bytes.length` when none is cut.
 */
function cutAtEnd(bytes: Uint8Array): number {
  for (let at = bytes.length - 1; at >= Math.max(0, bytes.length - 3); at--) {
    const b = bytes[at]!
    if (b < 0x80) return bytes.length
    if (b >= 0xc0) return utf8Length(bytes, at) === -1 ? at : bytes.length
  }
  return bytes.length
}

const EMPTY = new Uint8Array(0)
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * Decodes a byte stream chunk by chunk, characters cut between chunks included. With `auto`, a
 * UTF-16 start (see `utf16Order`) is UTF-16; anything else is UTF-8, where each byte that is not
 * part of a UTF-8 character is read as Windows-1252. A file in Windows-1252 then reads as it was
 * written (its letters past ASCII almost never form UTF-8), a UTF-8 file as UTF-8, and a dump
 * joined from files of both as each was written. `utf-8` asked for puts a replacement character
 * for each such byte instead.
 */
export class ByteDecoder {
  /** The encoding the input is read in; `auto` until its first bytes have come. */
  encoding: InputEncoding
  /** Bytes that were not UTF-8 and were read as Windows-1252 (`auto`), and the offset of the first. */
  readonly foreign = { bytes: 0, first: -1 }
  private readonly mixed: boolean
  private replaced = false
  private held: Uint8Array = EMPTY
  private decoder: TextDecoder | null = null
  private seen = 0

  constructor(encoding: InputEncoding = 'auto') {
    this.encoding = encoding
    this.mixed = encoding === 'auto'
  }

  /** The text of `chunk`, less any bytes of a character cut at its end (they come with the next). */
  decode(chunk: Uint8Array): string {
    return this.read(chunk, false)
  }

  /** The text of the bytes held back at the end of the input. */
  end(): string {
    return this.read(EMPTY, true)
  }

  private read(chunk: Uint8Array, final: boolean): string {
    let bytes = this.held.length === 0 ? chunk : join(this.held, chunk)
    this.held = EMPTY
    if (this.encoding === 'auto') {
      // A byte-order mark and the NULs of UTF-16 show in the first bytes.
      if (bytes.length < 4 && !final) {
        this.held = bytes.slice()
        return ''
      }
      this.encoding = utf16Order(bytes) ?? 'utf-8'
    }
    if (this.encoding === 'windows-1252') return decodeWindows1252(bytes)
    if (!this.mixed || this.encoding !== 'utf-8') {
      this.decoder ??= new TextDecoder(this.encoding, { ignoreBOM: true })
      const text = this.decoder.decode(bytes, { stream: !final })
      if (!this.replaced && text.includes('\uFFFD')) this.replaced = true
      return text
    }
    const cut = final ? bytes.length : cutAtEnd(bytes)
    if (cut < bytes.length) {
      this.held = bytes.slice(cut)
      bytes = bytes.subarray(0, cut)
    }
    const offset = this.seen
    this.seen += bytes.length
    const text = UTF8.decode(bytes)
    // A replacement character is rare in text: only then is the chunk read byte by byte.
    if (!text.includes('\uFFFD')) return text
    const mixed = decodeMixed(bytes)
    if (mixed.foreign > 0 && this.foreign.first < 0) this.foreign.first = offset + mixed.first
    this.foreign.bytes += mixed.foreign
    return mixed.text
  }

  /** What the reading found: bytes read as Windows-1252, or bytes replaced as invalid. */
  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = []
    const { bytes, first } = this.foreign
    if (bytes > 0) {
      out.push({
        ruleId: 'input/encoding',
        message: `${bytes === 1 ? 'A byte' : `${bytes} bytes`} not UTF-8 (the first at byte ${first}) read as Windows-1252`,
        span: null,
      })
    }
    if (this.replaced) {
      const utf16 = this.encoding === 'utf-16le' || this.encoding === 'utf-16be'
      out.push({
        ruleId: utf16 ? 'input/invalid-utf16' : 'input/invalid-utf8',
        message: `Unexpected invalid ${utf16 ? 'UTF-16' : 'UTF-8'}, decoded with replacement characters`,
        span: null,
      })
    }
    return out
  }
}

/**
 * The text of a whole file's bytes, read as `extractStream` reads them (see `ByteDecoder`), and
 * the diagnostics of the reading. For `extract`, which takes text.
 *
 * @example
 * const { text, diagnostics } = decodeText(readFileSync('dump.txt'))
 * const { releases } = extract(text)
 */
export function decodeText(
  bytes: Uint8Array,
  encoding: InputEncoding = 'auto',
): { text: string; encoding: KnownEncoding; diagnostics: Diagnostic[] } {
  const decoder = new ByteDecoder(encoding)
  const text = decoder.decode(bytes) + decoder.end()
  return { text, encoding: decoder.encoding as KnownEncoding, diagnostics: decoder.diagnostics() }
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}
