import type { Span } from '../model'
import type { TextBlock } from '../text/blocks'
import type { Lexicon } from './patterns'
import { findPeople } from './people'

/** The full mention of a person known so far by surname alone, from anywhere before `before`. */
export type LookBack = (
  surname: string,
  before: number,
) => { name: string; title: string | null; role: string | null; text: string; span: Span } | null

/** The full name of an organisation called by its last word alone ("the Bank"), from anywhere before `before`. */
export type OrganisationLookBack = (head: string, before: number) => string | null

/** How many surnames a release may look back for: each look reads the release once. */
const LOOK_BACKS = 8

/**
 * The look-back over a release's blocks (title and all), for "said Hester" far below "Constance
 * Hester" where the paragraphs read for people do not reach. Memoised per surname, and bounded
 * per release.
 */
export function lookBackIn(blocks: readonly TextBlock[], lexicon: Lexicon): LookBack {
  return memoised((surname, before) => fullNameBefore(blocks, surname, before, lexicon))
}

/**
 * A look-back memoised by the word looked for (its first answer stands for the release), giving
 * nothing once `LOOK_BACKS` words have been looked for.
 */
function memoised<T>(
  find: (word: string, before: number) => T | null,
): (word: string, before: number) => T | null {
  const memo = new Map<string, T | null>()
  return (word, before) => {
    if (memo.has(word)) return memo.get(word)!
    if (memo.size >= LOOK_BACKS) return null
    const found = find(word, before)
    memo.set(word, found)
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
      if (m.name.endsWith(` ${surname}`)) {
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

/**
 * Capitalised words, at most five, written right before the word looked for; "and" may join a
 * word in mixed case to the next ("Avon and Somerset Police"), not an acronym, which names a body
 * of its own ("INTERPOL and African Development Bank").
 */
const CAPITALISED_BEFORE =
  /(?:\p{Lu}\p{Ll}[\p{L}’'&-]{0,23}[ \u00a0](?:and|&)[ \u00a0]|\p{Lu}[\p{L}’'&-]{0,24}[ \u00a0]){1,5}$/u

/** "of Justice", "for Education", "of the Attorney General": what a body's name may hold after its head word. */
const COMPLEMENT_AFTER =
  /^[ \u00a0](?:of|for)[ \u00a0](?:the[ \u00a0])?\p{Lu}[\p{L}’'&-]{0,24}(?:[ \u00a0](?:and[ \u00a0])?\p{Lu}[\p{L}’'&-]{0,24}){0,4}/u

/** The words of a run that belong to a name: not a sentence's first word such as "The" or "Yesterday". */
function nameWords(run: string, lexicon: Lexicon): string {
  const words = run.split(/[ \u00a0]/).filter((w) => w.length > 0)
  while (words.length > 0 && lexicon.notName.has(words[0]!.toLowerCase())) words.shift()
  return words.length === 0 ? '' : `${words.join(' ')} `
}

/**
 * The look-back for organisations called by their last word ("the Bank described …" after "the
 * African Development Bank Group"): the first name in capitals that ends with that word, in the
 * title or a paragraph before. Memoised per word, and bounded per release.
 */
export function organisationLookBackIn(
  blocks: readonly TextBlock[],
  lexicon: Lexicon,
  source: string | null = null,
): OrganisationLookBack {
  return memoised(
    (head, before) => organisationBefore(blocks, head, before, lexicon) ?? publisherNamed(source, head),
  )
}

/**
 * The publisher, when its name holds the word looked for ("Source: Environment Agency" for "the
 * agency said", "Source: Police Scotland" for "the force said"): a release speaks for its publisher.
 */
function publisherNamed(source: string | null, head: string): string | null {
  if (source === null) return null
  for (let at = source.indexOf(head); at >= 0; at = source.indexOf(head, at + 1)) {
    const alone = !WORD_CHAR.test(source[at - 1] ?? '') && !WORD_CHAR.test(source[at + head.length] ?? '')
    if (alone) return source
  }
  return null
}

const WORD_CHAR = /[\p{L}\d]/u

function organisationBefore(
  blocks: readonly TextBlock[],
  head: string,
  before: number,
  lexicon: Lexicon,
): string | null {
  for (const block of blocks) {
    if (block.start >= before) break
    const text = block.text
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      if (/[\p{L}\d]/u.test(text[at + head.length] ?? '')) continue
      const run = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, at - 130), at))
      const name = run === null ? '' : nameWords(run[0], lexicon)
      const complement = COMPLEMENT_AFTER.exec(text.slice(at + head.length, at + head.length + 130))
      if (name.length > 0 || complement !== null) return `${name}${head}${complement?.[0] ?? ''}`
    }
  }
  return null
}
