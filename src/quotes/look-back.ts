import type { Span } from '../model'
import type { TextBlock } from '../text/blocks'
import type { Lexicon } from './patterns'
import { findPeople } from './people'

/** The full mention of a person known so far by surname alone, from anywhere before `before`. */
export type LookBack = (
  surname: string,
  before: number,
) => { name: string; title: string | null; role: string | null; text: string; span: Span } | null

/** How many surnames a release may look back for: each look reads the release once. */
const LOOK_BACKS = 8

/**
 * The look-back over a release's blocks (title and all), for "said Hester" far below "Constance
 * Hester" where the paragraphs read for people do not reach. Memoised per surname, and bounded
 * per release.
 */
export function lookBackIn(blocks: readonly TextBlock[], lexicon: Lexicon): LookBack {
  const memo = new Map<string, ReturnType<LookBack>>()
  return (surname, before) => {
    if (memo.has(surname)) return memo.get(surname)!
    if (memo.size >= LOOK_BACKS) return null
    const found = fullNameBefore(blocks, surname, before, lexicon)
    memo.set(surname, found)
    return found
  }
}

/** The first full mention ("Special Agent in Charge Constance Hester") of a surname before an offset. */
function fullNameBefore(
  blocks: readonly TextBlock[],
  surname: string,
  before: number,
  lexicon: Lexicon,
): ReturnType<LookBack> {
  for (const block of blocks) {
    if (block.start >= before) break
    if (!block.text.includes(surname)) continue
    for (const m of findPeople(block.text, lexicon)) {
      if (m.name.includes(' ') && m.name.endsWith(` ${surname}`)) {
        const start = block.start + m.start
        return {
          name: m.name,
          title: m.title,
          role: m.role,
          text: m.text,
          span: { start, end: start + m.text.length },
        }
      }
    }
  }
  return null
}
