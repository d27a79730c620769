/**
 * Pairs quotation marks across the blocks of one release, in one pass.
 *
 * The pairing differs from a per-paragraph stack in one way that press releases need: a quote
 * over several paragraphs opens each paragraph with a mark and closes only in the last, so a
 * paragraph that ends inside a quote continues it when the next paragraph opens with a mark of the
 * same kind. Apostrophes (it’s, officers’) never open or close anything: a right single mark
 * closes only a single quote that is open, and only where no letter follows it.
 */

import { readsAsImageCaption } from '../text/captions'
import { lazyRegExp } from '../text/lazy-patterns'
import { trimEndChars } from './scan'

/** A piece of one quote inside one block: local offsets just inside the marks (or the block's edge). */
export interface QuoteSegment {
  /** Index of the block in the list given to `pairMarks`. */
  readonly block: number
  /** Local offset just after the opening mark. */
  readonly start: number
  /** Local offset of the closing mark, or the block's end when the quote goes on. */
  readonly end: number
}

/** One quote as the marks delimit it: one segment per paragraph. */
export interface QuoteRun {
  readonly kind: 'double' | 'single'
  readonly segments: readonly QuoteSegment[]
  /** False when the release (or a paragraph not followed by a reopening mark) ended inside it. */
  readonly closed: boolean
  /** Local offset of the opening mark in the first segment's block. */
  readonly openMark: number
  /** Local offset just past the closing mark in the last segment's block (its end when unclosed). */
  readonly closeEnd: number
  /**
   * True when no mark opens it: a paragraph whose first mark closes a double quote ("… since I
   * became Minister" said Mr Hawkins.). It starts at the paragraph's first character, `openMark`.
   */
  readonly unopened?: true
}

/** A block's text, as `pairMarks` reads it. */
export interface MarkBlock {
  readonly text: string
}

// Two straight single marks stand for a double one in some wire copy (''like this'').
const MARKS = /''|["'“”„‘’‚«»‹›]/g
const OPEN_DOUBLE = new Set(['“', '„', '«'])
const CLOSE_DOUBLE = new Set(['”', '»'])
const OPEN_SINGLE = new Set(['‘', '‚', '‹'])
const CLOSE_SINGLE = new Set(['’', '›'])
const LETTER_OR_DIGIT = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u')
const SPACE = /\s/u
/** Characters after which a straight mark opens rather than closes. */
const OPENING_CONTEXT = /[\s([{\-–—/“‘"']/u

/** The quote being read; changed in place as it runs on, so long inputs allocate little. */
interface Open {
  readonly kind: 'double' | 'single'
  /** Opened by a typographic mark: straight marks inside it are then nested, not closing. */
  readonly curly: boolean
  block: number
  start: number
  readonly openMark: number
  readonly segments: QuoteSegment[]
}

/**
 * Finds every quote the marks of a release delimit. Linear in the text: one regex jump per mark.
 *
 * @example
 * pairMarks([{ text: '“One,” she said. “Two.”' }]).map((r) => r.segments[0])
 * //=> [{ block: 0, start: 1, end: 5 }, { block: 0, start: 18, end: 22 }]
 */
export function pairMarks(blocks: readonly MarkBlock[]): QuoteRun[] {
  const runs: QuoteRun[] = []
  let open: Open | null = null
  // A single quote nested in a double one: tracked only so its marks are not read as the outer ones.
  let nested = false
  // Single quotes nested in a single one ('The 'so-called' gangs'), and the block's closing single
  // marks that tell them from a quote that was never closed.
  let nestedSingles = 0
  let closers: SingleClosers | null = null
  // Where scanning of the next block starts: past its opening mark when it continues a quote.
  let from = 0

  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b]!.text
    MARKS.lastIndex = from
    // True until a mark of the block is read: a first mark that closes may close an unopened quote.
    let first = from === 0
    from = 0
    closers = null
    nestedSingles = 0
    for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
      const i = m.index
      const c = m[0] === "''" ? '"' : m[0]
      const width = m[0].length
      const prev = i > 0 ? text[i - 1]! : ' '
      // „German“ and »Danish« quotes close with the mark that opens an English one.
      const role: number =
        open !== null && !SPACE.test(prev) && closesOpened(blocks[open.block]!.text[open.openMark], c)
          ? CLOSE | (open.kind === 'single' ? SINGLE : 0)
          : classify(c, prev, i + width < text.length ? text[i + width]! : ' ')
      if (role === NO_MARK) continue
      const kind = role & SINGLE ? 'single' : 'double'
      const side = role & SIDE
      const firstMark = first
      first = false
      if (open === null) {
        if (side === CLOSE && kind === 'double' && firstMark) {
          const unopened = unopenedRun(text, b, i, width)
          if (unopened !== null) runs.push(unopened)
        }
        // A closing double mark at a word's start (side 'either') is a misprinted opening one.
        if (side !== CLOSE) {
          open = {
            kind,
            curly: c !== '"' && c !== "'",
            block: b,
            start: i + width,
            openMark: i,
            segments: [],
          }
          nested = false
        }
        continue
      }
      if (kind !== open.kind) {
        if (open.kind === 'double') {
          if (!nested && side === OPEN) nested = true
          else if (nested && side !== OPEN) nested = false
        }
        continue
      }
      // Straight marks inside a curly quote are nested quotes or inch marks, not its end.
      if (open.curly && (c === '"' || c === "'")) continue
      if (side === OPEN) {
        // A single quote inside a single one ('The 'so-called' gangs'): a few words closed without
        // punctuation of their own, when the block closes the outer quote after them too.
        if (kind === 'single' && open.block === b) {
          closers ??= singleClosers(text)
          const inner = closers.next(i + width)
          if (
            inner >= 0 &&
            inner - i <= MAX_NESTED_SINGLE &&
            LETTER_OR_DIGIT().test(text[inner - 1]!) &&
            closers.after(i + width) >= nestedSingles + 2
          ) {
            nestedSingles++
            continue
          }
        }
        // A double mark that opens a sentence inside a double quote of this paragraph: a paragraph
        // break of a quote over several paragraphs, lost ("… increase. "The difficult …," Sutton says).
        if (kind === 'double' && open.block === b && sentenceEndsBefore(text, open.start, i)) continue
        // A new opening mark of the same kind while one is open: the first was never closed.
        if (open.segments.length > 0 || hasText(text, open.start, i)) runs.push(finish(open, b, i, i, false))
        open = { kind, curly: c !== '"' && c !== "'", block: b, start: i + width, openMark: i, segments: [] }
        nested = false
        nestedSingles = 0
        continue
      }
      // "the victims’ lives": a plural possessive, when the quote goes on past it.
      if (
        kind === 'single' &&
        pluralPossessive(text, i) &&
        (goesOn(text, i + width, blocks[b + 1]?.text) || speechLeftOpen(open, text))
      )
        continue
      if (nestedSingles > 0) {
        nestedSingles--
        continue
      }
      if (open.segments.length > 0 || hasText(text, open.start, i))
        runs.push(finish(open, b, i, i + width, true))
      open = null
      nested = false
    }
    if (open === null) continue
    // An image's caption between two paragraphs of one quote is no part of it, nor ends it.
    const goesOnAt = pastCaptions(blocks, b + 1)
    const reopening = blocks[goesOnAt]?.text
    if (reopening !== undefined && reopens(reopening, open.kind)) {
      open.segments.push({ block: b, start: open.block === b ? open.start : 0, end: text.length })
      const at = reopening.search(/\S/u)
      from = at + (reopening.startsWith("''", at) ? 2 : 1)
      open.block = goesOnAt
      open.start = from
      nested = false
      b = goesOnAt - 1
      continue
    }
    const following = blocks[b + 1]?.text
    // Single marks left open at a paragraph's end were apostrophes or typos: drop them.
    if (following !== undefined && open.kind === 'double' && closesUnopened(following)) {
      // A paragraph whose opening mark is missing but which closes the quote goes on with it.
      open.segments.push({ block: b, start: open.block === b ? open.start : 0, end: text.length })
      open.block = b + 1
      open.start = following.search(/\S/u)
      nested = false
      continue
    }
    if (open.kind === 'double' || speechLeftOpen(open, text))
      runs.push(finish(open, b, text.length, text.length, false))
    open = null
  }
  return runs
}

/** The mark that closes a quote opened with a low mark („…“, ‚…‘) or a reversed guillemet (»…«, ›…‹). */
const REVERSED_CLOSE: Readonly<Record<string, string>> = { '„': '“', '‚': '‘', '»': '«', '›': '‹' }

function closesOpened(opening: string | undefined, c: string): boolean {
  return opening !== undefined && REVERSED_CLOSE[opening] === c
}

/** How many caption lines may stand between two paragraphs of one quote. */
const MAX_CAPTIONS = 2

/** The first block from `b` on that is not an image's caption (with no marks of its own). */
function pastCaptions(blocks: readonly MarkBlock[], b: number): number {
  let k = b
  while (k < b + MAX_CAPTIONS && k < blocks.length - 1 && isCaption(blocks[k]!.text)) k++
  return k
}

const ANY_MARK = /["'“”„‘’‚«»‹›]/

function isCaption(text: string): boolean {
  const line = text.trimStart()
  return readsAsImageCaption(line) && !ANY_MARK.test(line)
}

/**
 * True when a single quote left open at a paragraph's end is speech that was never closed: it
 * opens the paragraph or follows a colon ("X said: ‘We are …"), or goes on from the paragraph
 * before, and the paragraph ends a sentence. Other single marks left open are apostrophes or typos.
 */
function speechLeftOpen(open: Open, text: string): boolean {
  if (open.segments.length === 0 && !opensSpeech(text, open.openMark)) return false
  return '.!?…'.includes(trimEndChars(text).at(-1) ?? '')
}

/** True when nothing but white space, or a colon, stands before an opening mark in its paragraph. */
function opensSpeech(text: string, openMark: number): boolean {
  const before = trimEndChars(text.slice(Math.max(0, openMark - 40), openMark))
  return before.endsWith(':') || !hasText(text, 0, openMark)
}

/**
 * A single mark after "s" that ends a word and is followed by a lower-case word: "officers’ hard
 * work". A verb of speech after it shows a quote closing without its comma: "… our achievements’
 * said the Director" (a possessive is followed by what is owned).
 */
function pluralPossessive(text: string, at: number): boolean {
  return (
    text[at - 1] === 's' &&
    LETTER_OR_DIGIT().test(text[at - 2] ?? '') &&
    text[at + 1] === ' ' &&
    /\p{Ll}/u.test(text[at + 2] ?? '') &&
    !SPEECH_VERB_AHEAD().test(text.slice(at + 2, at + 14))
  )
}

/** A verb of speech opening the words after a mark. */
const SPEECH_VERB_AHEAD = lazyRegExp(
  String.raw`^(?:said|says|added|adds|told|tells|explained|continued|stated|noted|warned)(?![\p{L}-])`,
  'u',
)

const SINGLE_MARK = /['’‘‚‹›]/g

/**
 * True when a single quote open at `from` would still close later: the block's next single mark
 * closes rather than opens, or the block has none and the next paragraph reopens the quote.
 */
function goesOn(text: string, from: number, following: string | undefined): boolean {
  SINGLE_MARK.lastIndex = from
  for (let m = SINGLE_MARK.exec(text); m !== null; m = SINGLE_MARK.exec(text)) {
    const i = m.index
    const role = classify(m[0], text[i - 1]!, text[i + 1] ?? ' ')
    if (role !== NO_MARK) return (role & SIDE) === CLOSE
  }
  return following !== undefined && reopens(following, 'single')
}

/** The closing single marks of a block, from a point on; asked at rising points only. */
interface SingleClosers {
  /** How many stand at `from` or after. */
  after(from: number): number
  /** Where the first of them stands, or -1. */
  next(from: number): number
}

/** The most characters a single quote nested in another spans: a term, not a sentence. */
const MAX_NESTED_SINGLE = 40

/** Reads every closing single mark of `text` once; `after` then moves a pointer forward. */
function singleClosers(text: string): SingleClosers {
  const at: number[] = []
  const re = /['’›]/g
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const i = m.index
    const role = classify(m[0], i > 0 ? text[i - 1]! : ' ', i + 1 < text.length ? text[i + 1]! : ' ')
    if (role === (SINGLE | CLOSE)) at.push(i)
  }
  let k = 0
  const skipTo = (from: number) => {
    while (k < at.length && at[k]! < from) k++
  }
  return {
    after(from) {
      skipTo(from)
      return at.length - k
    },
    next(from) {
      skipTo(from)
      return k < at.length ? at[k]! : -1
    },
  }
}

/**
 * True when a sentence of the quote ends right before `at` (a stop, then one or two spaces), with
 * words of the quote before it.
 */
function sentenceEndsBefore(text: string, from: number, at: number): boolean {
  let i = at - 1
  while (i > from && i > at - 3 && (text[i] === ' ' || text[i] === '\u00a0')) i--
  return i < at - 1 && i > from && '.!?'.includes(text[i]!)
}

/** True when `text` has a non-space character between `from` and `to`; runs of marks alone make no quote. */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c > 32 && c !== 160) return true
  }
  return false
}

/** The run an open quote makes once it ends; the open quote is not used again. */
function finish(open: Open, block: number, end: number, closeEnd: number, closed: boolean): QuoteRun {
  open.segments.push({ block, start: open.block === block ? open.start : 0, end })
  return { kind: open.kind, segments: open.segments, closed, openMark: open.openMark, closeEnd }
}

/**
 * The quote a paragraph's first mark closes when nothing opened it: from the paragraph's first
 * character to the mark. Whether anyone is said to speak it is for the reader to decide.
 */
function unopenedRun(text: string, block: number, at: number, width: number): QuoteRun | null {
  const start = text.search(/\S/u)
  if (start < 0 || start >= at || !hasText(text, start, at)) return null
  return {
    kind: 'double',
    segments: [{ block, start, end: at }],
    closed: true,
    openMark: start,
    closeEnd: at + width,
    unopened: true,
  }
}

/** True when a block starts (after white space) with an opening mark of the kind. */
function reopens(text: string, kind: 'double' | 'single'): boolean {
  const at = text.search(/\S/u)
  if (at < 0) return false
  const c = text[at]!
  if (kind === 'double') return OPEN_DOUBLE.has(c) || c === '"' || text.startsWith("''", at)
  return OPEN_SINGLE.has(c) || c === "'"
}

/**
 * True when the first quotation mark of a block closes a double quote and the block does not open
 * with a mark: “… the previous paragraph.\n\nFor example, … crime solving,” said Mr Hawkins.
 */
function closesUnopened(text: string): boolean {
  const at = text.search(/\S/u)
  if (at < 0 || reopens(text, 'double')) return false
  DOUBLE_MARK.lastIndex = at
  const m = DOUBLE_MARK.exec(text)
  if (m === null) return false
  const i = m.index
  const role = classify(m[0], i > 0 ? text[i - 1]! : ' ', text[i + 1] ?? ' ')
  return role !== NO_MARK && (role & SINGLE) === 0 && (role & SIDE) === CLOSE
}

const DOUBLE_MARK = /["“”„«»]/g

// What a mark can be, packed in a small integer so the scan allocates nothing per mark.
const NO_MARK = -1
const OPEN = 1
const CLOSE = 2
const EITHER = 3
const SIDE = 3
const SINGLE = 4

/** What a mark can be from its neighbours: its kind and side, or `NO_MARK` for an apostrophe. */
function classify(c: string, prev: string, next: string): number {
  if (OPEN_DOUBLE.has(c)) return OPEN
  if (CLOSE_DOUBLE.has(c)) {
    if (!SPACE.test(prev)) return CLOSE
    return SPACE.test(next) ? NO_MARK : EITHER
  }
  if (OPEN_SINGLE.has(c)) return SPACE.test(next) ? NO_MARK : SINGLE | OPEN
  if (c === '"') {
    if (OPENING_CONTEXT.test(prev) && !SPACE.test(next)) return OPEN
    if (!SPACE.test(prev)) return CLOSE
    return NO_MARK
  }
  // ’ and ': a letter on both sides is an apostrophe (it’s); one after a space opens.
  const letterBefore = LETTER_OR_DIGIT().test(prev)
  const letterAfter = LETTER_OR_DIGIT().test(next)
  if (letterBefore && letterAfter) return NO_MARK
  if (OPENING_CONTEXT.test(prev) && letterAfter) return SINGLE | OPEN
  if (!SPACE.test(prev) && !letterAfter && (CLOSE_SINGLE.has(c) || c === "'")) return SINGLE | CLOSE
  return NO_MARK
}
