import type { TextBlock } from './blocks'
import { lazyRegExp } from './lazy-patterns'
import { CHARACTER_REFERENCE, decodeReference } from './markup'

/**
 * What a reader reads as a plain space: a line break inside a paragraph, and a no-break space
 * (narrow or not), which a page's markup may put between any two words ("Commissioner for
 * Migration" written with them is the office it names).
 */
const SPACE_LIKE = /[\r\n\u00a0\u202f]/
const SPACES_LIKE = /[\r\n\u00a0\u202f]/g
const LINE_BREAK = /[\r\n]/
const LINE_BREAKS = /[\r\n]/g
/**
 * The longest block whose no-break spaces are read as spaces. A window of a paragraph that lost
 * its line breaks (see `text/blocks.ts`) keeps them: a copy of each window would add the size of
 * the whole release to what it holds in memory.
 */
const MAX_RESPACED_BLOCK = 16_384

/**
 * Characters a reader never sees: a soft hyphen, a zero-width space, a word joiner and a
 * zero-width no-break space. A page's markup puts them where a line may break ("24/" then one,
 * then "7" in a URL or a figure), and a copy keeps them; read as characters, they cut "24/7" into
 * a count 7 and a URL into years.
 */
const INVISIBLE_AT = /[\u00ad\u200b\u2060\ufeff]/
/**
 * A character reference that a scrape of a web page left ("&pound;250,000", "&ldquo;…&rdquo;",
 * "Smith &amp; Jones"): read as the character it names, as a browser shows it.
 */
const REFERENCE_AT = new RegExp(CHARACTER_REFERENCE)

/**
 * Combining marks that compose with the letter before them into one of Unicode's composed
 * letters: the accents of Latin, Greek and Cyrillic letters, and the kana voicing marks. Text in
 * Unicode's decomposed form (NFD) writes "é" as "e" and U+0301.
 */
const COMPOSING_MARKS = String.raw`\u0300-\u036f\u1dc0-\u1dff\u3099\u309a`
/** A composing mark anywhere: a cheap first test, as a mark seldom follows anything but a letter. */
const COMPOSING_MARK_AT = new RegExp(`[${COMPOSING_MARKS}]`)

/** Whether a text holds an invisible character or a character reference; `includes` clears most texts of the latter. */
function hasHiddenText(text: string): boolean {
  return INVISIBLE_AT.test(text) || (text.includes('&') && REFERENCE_AT.test(text))
}

/**
 * Whether `reflow` reads a block anew: it holds a line break, or a no-break space and is short, or
 * hidden text, or a letter written with combining marks.
 */
function needsReflow(b: TextBlock): boolean {
  return (
    (b.text.length <= MAX_RESPACED_BLOCK ? SPACE_LIKE.test(b.text) : LINE_BREAK.test(b.text)) ||
    hasHiddenText(b.text) ||
    COMPOSING_MARK_AT.test(b.text)
  )
}
/** A line break with a carriage return or spaces beside it. */
const UNTIDY_BREAK_AT = /[\r \t\u00a0]\n|\n[ \t\u00a0]/
/**
 * What `tidyBreaks` takes out: the spaces around a line break and the invisible characters; and
 * what it reads anew, a character reference. Each run of spaces is matched from its first: linear
 * on a line of spaces.
 */
const UNTIDY_BREAK = new RegExp(
  `(?<![ \\t\\u00a0])[ \\t\\u00a0]+(?=\\r?\\n)|\\r(?=\\n)|(?<=\\n)[ \\t\\u00a0]+|[\\u00ad\\u200b\\u2060\\ufeff]+|${CHARACTER_REFERENCE}`,
  'g',
)

/**
 * What a reader does not read as a space: a word cut at its hyphen over a line break, as a text
 * export that breaks on hyphens cuts it ("Newman-" over "West", "well-" over "known": the break
 * goes and the hyphen stays); and around any other break, the carriage return of a Windows line
 * break, the spaces that end a line and the indent that opens the next, so that a break is one
 * space however the lines were written ("United" over "  States Attorney" is no "United   States
 * Attorney"). Each run of spaces is matched from its first: linear on a line of spaces.
 */
const JOINED_BREAK = lazyRegExp(
  `(?<=[\\p{L}\\p{M}]-)[ \\t\\u00a0]*\\r?\\n[ \\t\\u00a0]*(?=\\p{L})|${UNTIDY_BREAK.source}`,
  'gu',
)

/** A span of blocks as read (`start` to `end`) as a span of the input, through a `Reflowed`'s `toInput`. */
export function inputSpan(
  toInput: Reflowed['toInput'],
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: toInput(start, false), end: toInput(end, true) }
}

/**
 * Where a line break or its carriage return was taken out of a block: at `at` in the reflowed
 * text, `removed` characters. A character reference is read as its character followed by a cut
 * of the rest of it, which `attached` ties to that character: a span that ends after the
 * character ends after the whole reference. So is a letter composed with its combining marks.
 */
interface Cut {
  readonly at: number
  readonly removed: number
  readonly attached: boolean
  /** All that this cut and the block's cuts before it removed. */
  readonly shift: number
}

/** Blocks with their paragraphs' line breaks read as a reader reads them, and the way back to the input's offsets. */
export interface Reflowed {
  readonly blocks: TextBlock[]
  /** The offset in the input of an offset in `blocks`; `end` for the end of a span, which stays before a cut. */
  readonly toInput: (offset: number, end: boolean) => number
  /** True when a cut left an offset of `blocks` apart from the input's. */
  readonly moved: boolean
}

/**
 * What `reflow` reads anew in a block with combining marks: the joins of `JOINED_BREAK`, and a
 * letter with its marks, read as the letter composed (NFC) where Unicode has one.
 */
const JOINED_BREAK_OR_DECOMPOSED = lazyRegExp(
  String.raw`${JOINED_BREAK().source}|\p{L}[${COMPOSING_MARKS}]+`,
  'gu',
)

/**
 * The blocks with each line break inside a paragraph, and each no-break space, read as a space,
 * so that a hard-wrapped paragraph's names, titles and cues run over its line breaks ("said
 * Detective Inspector" over "Jane Smith"), a word cut at its hyphen joined again ("Newman-"
 * over "West" reads "Newman-West"), and a letter written with combining marks read as the letter
 * composed ("Jose" and U+0301 reads "José", as name patterns read letters). A block keeps its
 * length but for those joins and letters; `toInput` maps offsets back.
 */
export function reflow(blocks: TextBlock[]): Reflowed {
  if (!blocks.some(needsReflow)) return { blocks, toInput: (o) => o, moved: false }
  // Decided by the block's length as given, as `needsReflow` decides.
  return cutBlocks(
    blocks,
    needsReflow,
    // Only a block with marks is read for them: the letters' pattern tries every letter.
    (b) => (COMPOSING_MARK_AT.test(b.text) ? JOINED_BREAK_OR_DECOMPOSED() : JOINED_BREAK()),
    (text, given) => text.replace(given.text.length <= MAX_RESPACED_BLOCK ? SPACES_LIKE : LINE_BREAKS, ' '),
  )
}

/**
 * The blocks with the spaces around each line break taken out, the break kept: a carriage return
 * before it, spaces that end its line, the indent that opens the next. Patterns that allow a few
 * spaces between words ("the rest of the" over "  week", with Windows line breaks) then read a
 * wrapped paragraph written with them as one written without. The invisible characters go too
 * ("24/" and "7" around a zero-width space read "24/7"). `toInput` maps offsets back.
 */
export function tidyBreaks(blocks: readonly TextBlock[]): Reflowed {
  // Most inputs hold no untidy break: their blocks are returned as they are, and tested once.
  const untidy = (b: TextBlock) => hasUntidyBreak(b.text)
  if (!blocks.some(untidy)) return { blocks: [...blocks], toInput: (o) => o, moved: false }
  return cutBlocks(
    blocks,
    untidy,
    () => UNTIDY_BREAK,
    (text) => text,
  )
}

/**
 * Whether a text holds a line break with spaces or a carriage return beside it, an invisible
 * character or a character reference; `indexOf` finds most texts without a break fastest.
 */
function hasUntidyBreak(text: string): boolean {
  return (text.indexOf('\n') >= 0 && UNTIDY_BREAK_AT.test(text)) || hasHiddenText(text)
}
/**
 * `text` with the spaces around each line break taken out, as `tidyBreaks` takes them out of a
 * block: what measures a paragraph by its length reads an indented or Windows-broken one as it
 * reads the same paragraph written with bare line breaks.
 */
export function withTidyBreaks(text: string): string {
  return hasUntidyBreak(text) ? text.replace(UNTIDY_BREAK, (cut) => readCut(cut) ?? '') : text
}

/**
 * What a match of a cut pattern is read as: a character reference's character, a letter composed
 * with its marks, or null for what goes. A letter whose marks compose with it into no one
 * character (as in scripts whose vowel signs are marks) is read as written: the match itself.
 */
function readCut(cut: string): string | null {
  if (cut.charCodeAt(0) === 38) return decodeReference(cut)
  if (!COMPOSING_MARK_AT.test(cut)) return null
  const composed = cut.normalize('NFC')
  return composed.length < cut.length ? composed : cut
}

/**
 * The blocks `holds` picks, with each match of the block's `cutOf` pattern taken out or read anew
 * (`readCut`), then `finish`ed, and the way back to the input's offsets.
 */
function cutBlocks(
  blocks: readonly TextBlock[],
  holds: (block: TextBlock) => boolean,
  cutOf: (block: TextBlock) => RegExp,
  finish: (text: string, given: TextBlock) => string,
): Reflowed {
  const cutsOf = new Map<number, Cut[]>()
  const out = blocks.map((b) => {
    if (!holds(b)) return b
    const cuts: Cut[] = []
    let text = ''
    let from = 0
    const cut = cutOf(b)
    cut.lastIndex = 0
    for (let m = cut.exec(b.text); m !== null; m = cut.exec(b.text)) {
      const read = readCut(m[0])
      // "&" and a name HTML does not define is text ("&foo;"), as is a letter with a mark that
      // composes with none.
      if ((read === null && m[0].charCodeAt(0) === 38) || read === m[0]) continue
      text += b.text.slice(from, m.index) + (read ?? '')
      const removed = m[0].length - (read?.length ?? 0)
      cuts.push({
        at: text.length,
        removed,
        attached: read !== null,
        shift: (cuts.at(-1)?.shift ?? 0) + removed,
      })
      from = m.index + m[0].length
    }
    text += b.text.slice(from)
    if (cuts.length > 0) cutsOf.set(b.start, cuts)
    return { ...b, text: finish(text, b) }
  })
  if (cutsOf.size === 0) return { blocks: out, toInput: (o) => o, moved: false }
  // Each offset finds its block, and the cuts before it, by halving: a release of many wrapped
  // paragraphs and many quotes takes no time that grows with the square of its length.
  const withCuts = out.filter((b) => cutsOf.has(b.start)).sort((a, b) => a.start - b.start)
  const toInput = (offset: number, end: boolean): number => {
    const block = withCuts[lastAtOrBefore(withCuts, offset, (b) => b.start)]
    if (block === undefined || offset > block.start + block.text.length) return offset
    const cuts = cutsOf.get(block.start)!
    const local = offset - block.start
    // A cut at the offset itself is before a start and after an end, unless it is the rest of a
    // character reference, or a letter's marks, that ends there.
    let n = lastAtOrBefore(cuts, end ? local - 1 : local, (c) => c.at) + 1
    if (end && cuts[n]?.at === local && cuts[n]!.attached) n++
    return offset + (n > 0 ? cuts[n - 1]!.shift : 0)
  }
  return { blocks: out, toInput, moved: true }
}

/** The index of the last item whose key is at most `at` (items sorted by key), or -1. */
function lastAtOrBefore<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (key(items[mid]!) <= at) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/**
 * Reads the input's text of a span from the blocks given to `reflow`: a span that a cut moved back
 * holds the line break again ("Newman-\nWest"). Null when no one block holds the span.
 */
export function blockSlicer(
  blocks: readonly TextBlock[],
): (span: { start: number; end: number }) => string | null {
  const sorted = [...blocks].sort((a, b) => a.start - b.start)
  return ({ start, end }) => {
    const b = sorted[lastAtOrBefore(sorted, start, (x) => x.start)]
    return b !== undefined && end <= b.start + b.text.length
      ? b.text.slice(start - b.start, end - b.start)
      : null
  }
}
