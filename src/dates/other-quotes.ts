/**
 * The words of a sentence around a mention, without the quotations that do not hold it. A
 * quotation has its own tense: in '"We will catch them," Supt Smith said on Monday' the "will" is
 * the speaker's, and Monday is the day it was said. A quotation holding the mention keeps its
 * words, and a whole quoted clause holding it is all its words: in 'Sgt Brown said: "We expect
 * the road to reopen on Friday."' the "said" is not Friday's.
 */

/** Curly double and single quotes; a straight mark's side its neighbours tell. */
const OPEN = 0x201c
const CLOSE = 0x201d
const OPEN_SINGLE = 0x2018
const CLOSE_SINGLE = 0x2019
/** The straight single mark; two of them are a double quote, as some archives write one (''We ...''). */
const APOSTROPHE = 0x27

/** A character that may open or close a quotation; the scans jump from one to the next. */
const MARK = /''|["“”‘’']/g

/** Where the next mark at or after `from` stands in `text`, or -1. */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from
  return MARK.exec(text)?.index ?? -1
}

/** The length of the mark at `i`: two for a pair of apostrophes. */
function markLength(text: string, i: number): number {
  return text.charCodeAt(i) === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE ? 2 : 1
}

/** Whether the mark at `i` is a single one: a quotation in single marks closes only with one. */
function isSingle(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c === OPEN_SINGLE || c === CLOSE_SINGLE || (c === APOSTROPHE && markLength(text, i) === 1)
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 0xa0
}

function isLetterOrDigit(c: number): boolean {
  const lower = c | 0x20
  return (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f)
}

/**
 * The side of the mark at `i` of `text`: 1 opens, -1 closes, 0 is no quote mark. A straight mark
 * opens before a word ('"We') and closes after one ('them,"'); a straight double mark after a digit
 * is inches. A single mark followed by a letter is an apostrophe ("don’t", "rock 'n'"), and one
 * after a word is only a close when a quotation in single marks is open (see `withoutOtherQuotes`):
 * "the officers’ patrols" holds no quotation.
 */
function sideAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c === OPEN || c === OPEN_SINGLE) return 1
  const length = markLength(text, i)
  const after = i + length >= text.length ? 32 : text.charCodeAt(i + length)
  if (c === CLOSE) return -1
  if (c === CLOSE_SINGLE) return isLetterOrDigit(after) ? 0 : -1
  const before = i === 0 ? 32 : text.charCodeAt(i - 1)
  // "a 12" pipe": inches.
  if (before >= 48 && before <= 57) return 0
  const spaceBefore = isSpace(before) || before === 40
  if (spaceBefore && !isSpace(after)) return 1
  if (spaceBefore) return 0
  return isSingle(text, i) && isLetterOrDigit(after) ? 0 : -1
}

/**
 * `head` (the sentence up to the mention) and `tail` (from the mention on) with the words of every
 * quotation that does not hold the mention blanked out. A quotation in double marks opened before
 * the sentence's start and closed in `head` is blanked up to its close; one opened in `tail` and
 * not closed, to the end. A single mark closes only a quotation a single mark opened.
 */
export function withoutOtherQuotes(head: string, tail: string): [head: string, tail: string] {
  let i = nextMark(head, 0)
  let j = nextMark(tail, 0)
  if (i < 0 && j < 0) return [head, tail]
  let blanked = ''
  let from = 0
  // Where the open quotation in `head` starts, or -1, and whether single marks opened it.
  let open = -1
  let single = false
  for (; i >= 0; i = nextMark(head, i + markLength(head, i))) {
    const side = sideAt(head, i)
    if (side === 1 && open < 0) {
      open = i
      single = isSingle(head, i)
    } else if (side === -1 && isSingle(head, i) === single && (open >= 0 || !single)) {
      // A close with no open seen: the quotation began before the sentence did.
      const start = open < 0 ? from : open
      blanked += `${head.slice(from, start)} `
      from = i + markLength(head, i)
      open = -1
      single = false
    }
  }
  const newHead = blanked + head.slice(from)
  let at = 0
  if (open >= 0) {
    // The mention stands inside a quotation: the rest of it, in `tail`, is its own.
    while (j >= 0 && !(sideAt(tail, j) === -1 && isSingle(tail, j) === single))
      j = nextMark(tail, j + markLength(tail, j))
    at = j < 0 ? tail.length : j + markLength(tail, j)
    // A quotation that opens its sentence, or follows a colon or comma, says a whole clause: its
    // words alone give the tense ('Sgt Brown said: "We expect the road to reopen on Friday."').
    // A few words quoted inside a sentence lean on the words around them.
    const before = head.slice(0, open).trimEnd()
    if (before === '' || before.endsWith(':') || before.endsWith(','))
      return [head.slice(open), tail.slice(0, at)]
    j = nextMark(tail, at)
  }
  let rest = tail.slice(0, at)
  let start = -1
  single = false
  for (; j >= 0; j = nextMark(tail, j + markLength(tail, j))) {
    const side = sideAt(tail, j)
    if (side === 1 && start < 0) {
      rest += tail.slice(at, j)
      start = j
      single = isSingle(tail, j)
    } else if (side === -1 && start >= 0 && isSingle(tail, j) === single) {
      rest += ' '
      at = j + markLength(tail, j)
      start = -1
    }
  }
  if (start < 0) rest += tail.slice(at)
  return [newHead, rest]
}
