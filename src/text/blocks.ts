import type { DateReference, Paragraph, Span } from '../model'
import { splitLines, trimRange } from './lines'

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
  /** A dateline; read as a block of its own only when it stands apart from the paragraphs. */
  readonly dateline?: { readonly text: string; readonly span: Span } | null
  readonly paragraphs: readonly Paragraph[]
  /** What the dating stage settled for the release; `findDates` resolves against it. */
  readonly reference?: DateReference | null
}

/** What every parser accepts: a plain string, or a release from `splitReleases` (spans stay in its input). */
export type ParserInput = string | ReleaseLike

/**
 * The blocks of text a parser reads, in input order. A string gives one block per non-blank line;
 * a release gives its title, its dateline when it stands on a line of its own, its standfirst and
 * its paragraphs (a bullet's text starts after its marker).
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
  // A dateline that opens the first paragraph is read with it; one on a line of its own is in no paragraph.
  const dateline = input.dateline
  if (dateline && dateline.span.end <= (input.paragraphs[0]?.span.start ?? Number.POSITIVE_INFINITY)) {
    const block: TextBlock = { text: dateline.text, start: dateline.span.start, kind: 'dateline' }
    if (head.length > 0 && head[0]!.start < block.start) head.push(block)
    else head.unshift(block)
  }
  for (const b of head) blocks.push(b)
  for (const p of input.paragraphs) {
    blocks.push({ text: p.text, start: p.span.end - p.text.length, kind: p.kind })
  }
  return blocks
}

function lineBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const line of splitLines(text)) {
    const r = trimRange(text, line.start, line.end)
    if (r.end > r.start) blocks.push({ text: text.slice(r.start, r.end), start: r.start, kind: 'text' })
  }
  return blocks
}
