/**
 * The words of a sentence around a mention, without the quotations that do not hold it. A
 * quotation has its own tense: in '"We will catch them," Supt Smith said on Monday' the "will" is
 * the speaker's, and Monday is the day it was said. A quotation holding the mention keeps its
 * words, and a whole quoted clause holding it is all its words: in 'Sgt Brown said: "We expect
 * the road to reopen on Friday."' the "said" is not Friday's.
 */

/** Curly double quotes; a straight double quote's side its neighbours tell. */
const OPEN = 0x201c
const CLOSE = 0x201d
/** Two apostrophes, as some archives write a double quote (''We are going to ...''). */
const APOSTROPHE = 0x27

/** A character that may open or close a quotation; the scans jump from one to the next. */
const MARK = /["“”]|''/g

/** Where the next mark at or after `from` stands in `text`, or -1. */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from
  return MARK.exec(text)?.index ?? -1
}

/** The length of the mark at `i`: two for a pair of apostrophes. */
function markLength(text: string, i: number): number {
  return text.charCodeAt(i) === APOSTROPHE ? 2 : 1
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 0xa0
}

/**
 * The side of the mark at `i` of `text`: 1 opens, -1 closes, 0 is no quote mark. A straight mark
 * opens before a word ('"We') and closes after one ('them,"'); after a digit it is inches.
 */
function sideAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c === OPEN) return 1
  if (c === CLOSE) return -1
  const length = markLength(text, i)
  const before = i === 0 ? 32 : text.charCodeAt(i - 1)
  // "a 12" pipe": inches.
  if (before >= 48 && before <= 57) return 0
  const after = i + length >= text.length ? 32 : text.charCodeAt(i + length)
  const spaceBefore = isSpace(before) || before === 40
  if (spaceBefore && !isSpace(after)) return 1
  return spaceBefore ? 0 : -1
}

/**
 * `head` (the sentence up to the mention) and `tail` (from the mention on) with the words of every
 * quotation that does not hold the mention blanked out. A quotation opened before the sentence's
 * start and closed in `head` is blanked up to its close; one opened in `tail` and not closed, to
 * the end.
 */
export function withoutOtherQuotes(head: string, tail: string): [head: string, tail: string] {
  let i = nextMark(head, 0)
  let j = nextMark(tail, 0)
  if (i < 0 && j < 0) return [head, tail]
  let blanked = ''
  let from = 0
  // Where the open quotation in `head` starts, or -1.
  let open = -1
  for (; i >= 0; i = nextMark(head, i + markLength(head, i))) {
    const side = sideAt(head, i)
    if (side === 1 && open < 0) open = i
    else if (side === -1) {
      // A close with no open seen: the quotation began before the sentence did.
      const start = open < 0 ? from : open
      blanked += `${head.slice(from, start)} `
      from = i + markLength(head, i)
      open = -1
    }
  }
  const newHead = blanked + head.slice(from)
  let at = 0
  if (open >= 0) {
    // The mention stands inside a quotation: the rest of it, in `tail`, is its own.
    while (j >= 0 && sideAt(tail, j) !== -1) j = nextMark(tail, j + markLength(tail, j))
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
  for (; j >= 0; j = nextMark(tail, j + markLength(tail, j))) {
    const side = sideAt(tail, j)
    if (side === 1 && start < 0) {
      rest += tail.slice(at, j)
      start = j
    } else if (side === -1 && start >= 0) {
      rest += ' '
      at = j + markLength(tail, j)
      start = -1
    }
  }
  if (start < 0) rest += tail.slice(at)
  return [newHead, rest]
}
