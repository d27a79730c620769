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
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
      lines.push({ start, end: i, next, number })
      number++
      start = next
      i = next - 1
    }
  }
  if (start < text.length || lines.length === 0)
    lines.push({ start, end: text.length, next: text.length, number })
  return lines
}

const LEADING_SPACE = /^\s+/
const TRAILING_SPACE = /\s+$/

/** The offsets of `text.slice(start, end)` once white space (NBSP, BOM and narrow spaces too) is trimmed. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  const slice = text.slice(start, end)
  const lead = LEADING_SPACE.exec(slice)?.[0].length ?? 0
  if (lead === slice.length) return { start: end, end }
  const trail = TRAILING_SPACE.exec(slice)?.[0].length ?? 0
  return { start: start + lead, end: end - trail }
}
