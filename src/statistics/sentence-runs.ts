import type { TextBlock } from '../text/blocks'

/** Blocks longer than this are read in runs of whole sentences: see `sentenceRuns`. */
const LONG_BLOCK = 4096

/**
 * A block, or for a very long one (a dump with no line breaks) runs of whole sentences of about
 * `LONG_BLOCK` characters. A statistic never crosses a sentence end, so the result is the same,
 * but a run's tokens die young: a block of megabytes tokenised at once keeps millions of tokens
 * alive and the collector's work grows with them.
 */
export function* sentenceRuns(block: TextBlock): Generator<TextBlock> {
  const text = block.text
  let from = 0
  while (text.length - from > LONG_BLOCK) {
    const cut = sentenceEnd(text, from + LONG_BLOCK / 2, from + LONG_BLOCK)
    yield { text: text.slice(from, cut), start: block.start + from, kind: block.kind }
    from = cut
  }
  yield from === 0 ? block : { text: text.slice(from), start: block.start + from, kind: block.kind }
}

/**
 * The offset just past a sentence end in [lo, hi): a stop, `!` or `?` after a word of three or
 * more letters (not "Mr." or "St."), a digit or a closing mark, then a space and a capital.
 * Failing that, the last space before `hi`; failing that, `hi`.
 */
function sentenceEnd(text: string, lo: number, hi: number): number {
  let space = -1
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) space = i
    if (
      (c === 46 || c === 33 || c === 63) &&
      text.charCodeAt(i + 1) === 32 &&
      isCapital(text.charCodeAt(i + 2))
    ) {
      const before = text.charCodeAt(i - 1)
      if (CLOSERS.has(before) || isDigit(before)) return i + 1
      if (isLower(before) && isLower(text.charCodeAt(i - 2)) && isLower(text.charCodeAt(i - 3))) return i + 1
    }
  }
  return space > lo ? space : hi
}

const isLower = (c: number) => c >= 97 && c <= 122
const isDigit = (c: number) => c >= 48 && c <= 57
/** Closing quotation marks and brackets: “… a rise”. Police … */
const CLOSERS: ReadonlySet<number> = new Set([0x22, 0x27, 0x29, 0x5d, 0x2019, 0x201d])
const isCapital = (c: number) => c >= 65 && c <= 90
