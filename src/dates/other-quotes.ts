/**
 * The words of a sentence around a mention, without the quotations that do not hold it. A
 * quotation has its own tense: in '"We will catch them," Supt Smith said on Monday' the "will" is
 * the speaker's, and Monday is the day it was said. A quotation holding the mention keeps its
 * words, and a whole quoted clause holding it is all its words: in 'Sgt Brown said: "We expect
 * the road to reopen on Friday."' the "said" is not Friday's.
 */

/** Curly double quotes, and the straight double quote whose side its neighbours tell. */
const OPEN = 0x201c
const CLOSE = 0x201d
const STRAIGHT = 0x22
/** Two apostrophes, as some archives write a double quote (''We are going to ...''). */
const APOSTROPHE = 0x27

/** Whether a text holds a character that may open or close a quotation: most sentences hold none. */
const MAY_QUOTE = /["“”]|''/

/**
 * The side of the quote mark at `i` of `text`, and its length: 1 opens, -1 closes, 0 is no quote
 * mark. A straight mark opens before a word ('"We') and closes after one ('them,"'); after a
 * digit it is inches.
 */
function quoteAt(text: string, i: number): [side: number, length: number] {
  const c = text.charCodeAt(i)
  if (c === OPEN) return [1, 1]
  if (c === CLOSE) return [-1, 1]
  let length = 0
  if (c === STRAIGHT) length = 1
  else if (c === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE) length = 2
  if (length === 0) return [0, 0]
  const before = i === 0 ? 32 : text.charCodeAt(i - 1)
  // "a 12" pipe": inches.
  if (before >= 48 && before <= 57) return [0, 0]
  const after = i + length >= text.length ? 32 : text.charCodeAt(i + length)
  const spaceBefore = before === 32 || before === 10 || before === 9 || before === 40 || before === 0xa0
  const spaceAfter = after === 32 || after === 10 || after === 9 || after === 0xa0
  if (spaceBefore && !spaceAfter) return [1, length]
  if (!spaceBefore) return [-1, length]
  return [0, 0]
}

/**
 * `head` (the sentence up to the mention) and `tail` (from the mention on) with the words of every
 * quotation that does not hold the mention blanked out. A quotation opened before the sentence's
 * start and closed in `head` is blanked up to its close; one opened in `tail` and not closed, to
 * the end.
 */
export function withoutOtherQuotes(head: string, tail: string): [head: string, tail: string] {
  if (!MAY_QUOTE.test(head) && !MAY_QUOTE.test(tail)) return [head, tail]
  let blanked = ''
  let from = 0
  // Where the open quotation in `head` starts, or -1.
  let open = -1
  for (let i = 0; i < head.length; i++) {
    const [side, length] = quoteAt(head, i)
    if (side === 1 && open < 0) open = i
    else if (side === -1) {
      // A close with no open seen: the quotation began before the sentence did.
      const start = open < 0 ? from : open
      blanked += `${head.slice(from, start)} `
      from = i + length
      open = -1
    }
    if (length > 1) i += length - 1
  }
  const newHead = blanked + head.slice(from)
  // The mention stands inside a quotation: the rest of it, in `tail`, is its own.
  let i = 0
  if (open >= 0) {
    while (i < tail.length && quoteAt(tail, i)[0] !== -1) i++
    i += quoteAt(tail, i)[1]
    // A quotation that opens its sentence, or follows a colon or comma, says a whole clause: its
    // words alone give the tense ('Sgt Brown said: "We expect the road to reopen on Friday."').
    // A few words quoted inside a sentence lean on the words around them.
    const before = head.slice(0, open).trimEnd()
    if (before === '' || before.endsWith(':') || before.endsWith(','))
      return [head.slice(open), tail.slice(0, i)]
  }
  let rest = tail.slice(0, i)
  let at = i
  let start = -1
  for (; i < tail.length; i++) {
    const [side, length] = quoteAt(tail, i)
    if (side === 1 && start < 0) {
      rest += tail.slice(at, i)
      start = i
    } else if (side === -1 && start >= 0) {
      rest += ' '
      at = i + length
      start = -1
    }
    if (length > 1) i += length - 1
  }
  if (start < 0) rest += tail.slice(at)
  return [newHead, rest]
}
