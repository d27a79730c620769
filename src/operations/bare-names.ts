import type { Operation } from '../model'
import type { TextBlock } from '../text/blocks'
import { alternation } from '../text/patterns'

/** Marks around a quoted name, trimmed by loops rather than a regex anchored at the end only. */
const OPENING = ' \u00A0\'"‘“«'
const CLOSING = '\'"’”»'
/** Most names one pattern is built from: a release names a handful of operations at most. */
const MAX_NAMES = 50

/**
 * Adds the mentions where a named operation's bare name stands alone ("Tarlac has been ...")
 * after the text has named it with a prefix. Each name is matched as written in a prefixed
 * mention, as a whole word sequence, outside the prefixed mentions.
 */
export function addBareMentions(blocks: readonly TextBlock[], operations: Operation[]): void {
  const owner = new Map<string, Operation>()
  for (const op of operations) {
    for (const m of op.mentions) {
      const name = bareName(m.text)
      if (!name) continue
      // "Kraken 2" and "Kraken-2" are one numbered name, however a mention joins the number.
      for (const form of [name, otherNumbering(name)]) {
        if (form && !owner.has(form) && owner.size < MAX_NAMES) owner.set(form, op)
      }
    }
  }
  if (owner.size === 0) return
  const taken = operations.flatMap((op) => op.mentions.map((m) => m.span)).sort((a, b) => a.start - b.start)
  const names = alternation(owner.keys(), '[ \\u00A0]')
  // A number after the name makes another, numbered name ("Kraken-2" is not "Kraken").
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}_\\-])(?:${names})(?![\\p{L}\\p{N}\\p{M}_]|[-\\u00A0 ]\\d)`,
    'gu',
  )
  for (const block of blocks) {
    re.lastIndex = 0
    for (let m = re.exec(block.text); m !== null; m = re.exec(block.text)) {
      const start = block.start + m.index
      const end = start + m[0].length
      if (overlaps(taken, start, end)) continue
      const op = owner.get(m[0].replace(/\u00A0/g, ' '))
      op?.mentions.push({ text: m[0], span: { start, end }, rule: 'operations/bare-name' })
    }
  }
  for (const op of operations) op.mentions.sort((a, b) => a.span.start - b.span.start)
}

/**
 * The name in a mention as written: "Op Cyclone" → "Cyclone", "Operation ‘X’" → "X". A quoted name
 * with other white space than single spaces ("‘Big  Ben’") is left out: its pattern would match
 * the name with one space, which is not as written.
 */
function bareName(text: string): string | null {
  // A later item of a list ("Operations Sceptre and Venetic") is a bare name already.
  const space = text.search(/[ \u00A0]/)
  let start = space + 1
  let end = text.length
  while (start < end && OPENING.includes(text.charAt(start))) start++
  while (end > start && CLOSING.includes(text.charAt(end - 1))) end--
  const name = text.slice(start, end).replace(/\u00A0/g, ' ')
  return /^\p{Lu}/u.test(name) && !/[^\S ]| {2}/.test(name) ? name : null
}

/** "Kraken 2" for "Kraken-2" and the other way round; null for a name without a number. */
function otherNumbering(name: string): string | null {
  const m = /^(.{1,60}?)([ -])(\d{1,3})$/.exec(name)
  if (!m) return null
  return `${m[1]}${m[2] === ' ' ? '-' : ' '}${m[3]}`
}

/** Whether [start, end) overlaps one of the sorted spans. */
function overlaps(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((spans[mid] as { end: number }).end <= start) lo = mid + 1
    else hi = mid
  }
  const s = spans[lo]
  return s !== undefined && s.start < end
}
