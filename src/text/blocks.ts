import type { DateReference, Paragraph, Span } from '../model'
import { isWhiteSpace, splitLines, trimRange } from './lines'

/** A run of text a parser scans: a title, a standfirst or a paragraph, with its offset in the input. */
export interface TextBlock {
  readonly text: string
  /** Offset of `text[0]` in the original input. */
  readonly start: number
  readonly kind: 'title' | 'dateline' | 'standfirst' | 'text' | 'bullet'
}

/** The parts of a release that parsers read; a full `Release` fits. */
export interface ReleaseLike {
  readonly title?: string | null
  readonly titleSpan?: Span | null
  readonly standfirst?: string | null
  readonly standfirstSpan?: Span | null
  /** Who issues the release, on a line of its own ("Premier Jeremy Rockliff"); read by the quotes parser only. */
  readonly byline?: { readonly text: string; readonly span: Span } | null
  /** A dateline; read as a block of its own only when it stands apart from the paragraphs. */
  readonly dateline?: { readonly text: string; readonly span: Span } | null
  readonly paragraphs: readonly Paragraph[]
  /** The notes to editors after the story, read after its paragraphs. */
  readonly notes?: { readonly paragraphs: readonly Paragraph[] } | null
  /** What the dating stage settled for the release; `findDates` resolves against it. */
  readonly reference?: DateReference | null
}

/** What every parser accepts: a plain string, or a release from `splitReleases` (spans stay in its input). */
export type ParserInput = string | ReleaseLike

/**
 * The blocks of text a parser reads, in input order. A string gives one block per non-blank line;
 * a release gives its title, its dateline when it stands on a line of its own, its standfirst and
 * its paragraphs, then its notes to editors' (a bullet's text starts after its marker).
 */
export function toBlocks(input: ParserInput): TextBlock[] {
  if (typeof input === 'string') return lineBlocks(input)
  const blocks: TextBlock[] = []
  if (input.title && input.titleSpan)
    blocks.push({ text: input.title, start: input.titleSpan.start, kind: 'title' })
  const head: TextBlock[] = []
  if (input.standfirst && input.standfirstSpan) {
    head.push({ text: input.standfirst, start: input.standfirstSpan.start, kind: 'standfirst' })
  }
  // A dateline that opens the first paragraph is read with it; one on a line of its own is in no
  // paragraph. A day's line joined to the place opening the story ("25 November 2024" over "LONDON
  // –") is read up to the paragraph, which holds the rest.
  const dateline = input.dateline
  const story = input.paragraphs[0]?.span.start ?? Number.POSITIVE_INFINITY
  if (dateline && dateline.span.start < story) {
    const text =
      dateline.span.end <= story
        ? dateline.text
        : dateline.text.slice(0, story - dateline.span.start).trimEnd()
    const block: TextBlock = { text, start: dateline.span.start, kind: 'dateline' }
    if (head.length > 0 && head[0]!.start < block.start) head.push(block)
    else head.unshift(block)
  }
  for (const b of head) pushWindows(blocks, b)
  for (const p of [...input.paragraphs, ...(input.notes?.paragraphs ?? [])]) {
    pushWindows(blocks, { text: p.text, start: p.span.end - p.text.length, kind: p.kind })
  }
  return blocks
}

/**
 * The longest block a parser reads at once. Paragraphs are far shorter; a longer one is a dump
 * that lost its line breaks, read in windows cut at sentence ends, so memory and time stay
 * proportional to the window, not to the paragraph.
 */
export const MAX_BLOCK = 32_768
/** How far back from `MAX_BLOCK` a window looks for a sentence end, then for a space. */
const CUT_SEARCH = 4096
const SENTENCE_END = /[.!?]["'”’)]?\s+(?=\S)/g

/** Adds a block, cut into windows of at most `MAX_BLOCK` characters when it is longer. */
function pushWindows(blocks: TextBlock[], block: TextBlock): void {
  const { text } = block
  if (text.length <= MAX_BLOCK) {
    blocks.push(block)
    return
  }
  let from = 0
  while (text.length - from > MAX_BLOCK) {
    const to = cutAt(text, from + MAX_BLOCK)
    pushTrimmed(blocks, block, from, to)
    from = to
  }
  pushTrimmed(blocks, block, from, text.length)
}

/** Where to end a window that may run up to `limit`: after a sentence, else at a space, else at `limit`. */
function cutAt(text: string, limit: number): number {
  const floor = limit - CUT_SEARCH
  // Searched in a slice: a text with no sentence end must not be scanned to its end for each window.
  const tail = text.slice(floor, limit)
  let cut = -1
  SENTENCE_END.lastIndex = 0
  for (let m = SENTENCE_END.exec(tail); m; m = SENTENCE_END.exec(tail)) cut = m.index + m[0].length
  if (cut > 0 && cut < tail.length) return floor + cut
  for (let i = limit; i > floor; i--) if (isWhiteSpace(text.charCodeAt(i - 1))) return i
  // No space at all: never cut a surrogate pair in two.
  const c = text.charCodeAt(limit - 1)
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit
}

function pushTrimmed(blocks: TextBlock[], block: TextBlock, from: number, to: number): void {
  const r = trimRange(block.text, from, to)
  if (r.end > r.start) {
    blocks.push({ text: block.text.slice(r.start, r.end), start: block.start + r.start, kind: block.kind })
  }
}

function lineBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const line of splitLines(text)) {
    const r = trimRange(text, line.start, line.end)
    if (r.end > r.start)
      pushWindows(blocks, { text: text.slice(r.start, r.end), start: r.start, kind: 'text' })
  }
  return blocks
}
