/** One line of the input, without its line ending. Offsets are UTF-16 code units. */
export interface Line {
  /** Offset of the first character of the line. */
  readonly start: number
  /** Offset just past the last character before the line ending. */
  readonly end: number
  /** Offset of the next line (past `\n`, `\r\n` or `\r`), or the input's length. */
  readonly next: number
  /** 1-based line number. */
  readonly number: number
}

/**
 * Splits text into lines on `\n`, `\r\n` and `\r`, keeping offsets into the text.
 * One pass, no regex backtracking: dumps mix line endings, sometimes within one file.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let number = 1
  if (!text.includes('\r')) {
    // The common case: `indexOf` finds each `\n` far faster than a loop over every character.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ start, end: i, next: i + 1, number: number++ })
      start = i + 1
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10 || c === 13) {
        const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
        lines.push({ start, end: i, next, number: number++ })
        start = next
        i = next - 1
      }
    }
  }
  if (start < text.length || lines.length === 0)
    lines.push({ start, end: text.length, next: text.length, number })
  return lines
}

/** The characters `\s` matches (as `String.prototype.trim` trims them): ASCII and Unicode spaces, NBSP, BOM. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/**
 * The offsets of `text.slice(start, end)` once white space (NBSP, BOM and narrow spaces too) is
 * trimmed. A loop, not `/\s+$/`, which retries from every space and is quadratic on long runs.
 */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start
  let e = end
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++
  if (s === e) return { start: end, end }
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--
  return { start: s, end: e }
}
