/**
 * How a release calls a body by a short form of its name: one of its words ("Kent" of "Kent
 * Police"), a word cut short ("Met" of "Metropolitan Police Service") or its initials ("NCA" of
 * "National Crime Agency", "PSNI" of "Police Service of Northern Ireland").
 */

import { lazyRegExp } from '../text/lazy-patterns'
import { AGENCY_HEADS } from './lexicon'

/** Words a name holds in lower case, which give no initial: "Service of Northern Ireland". */
const LINK_WORD = /^(?:of|for|and|the|on|in|&)$/
const INITIALS = lazyRegExp(String.raw`^\p{Lu}{2,8}$`, 'u')
/**
 * Initials with a link word's initial in lower case between capitals: "DfI" of "Department for
 * Infrastructure", "MoJ" of "Ministry of Justice", "TfL". Only "f" and "o" ("for", "of"), so
 * "PhD" and "McD" are none.
 */
const LINKED_INITIALS = lazyRegExp(String.raw`^\p{Lu}{1,4}(?:[fo]\p{Lu}{1,4}){1,2}$`, 'u')

/**
 * True when a word is a body's initials: capitals only ("NCA", "PSNI"), or with the initial of
 * "for" or "of" in lower case between them ("DfI", "MoJ").
 *
 * @example
 * isInitials('DfI') //=> true
 * isInitials('PhD') //=> false
 */
export function isInitials(word: string): boolean {
  return INITIALS().test(word) || LINKED_INITIALS().test(word)
}
/**
 * A word cut short keeps three letters at least and less than half the word: "Met" of
 * "Metropolitan"; "Kent" of "Kentucky" is a name of its own.
 */
const CLIPPED = lazyRegExp(String.raw`^\p{Lu}\p{Ll}{2,}$`, 'u')
const CAPITALISED = lazyRegExp(String.raw`^\p{Lu}`, 'u')

/**
 * True when `short` is a short form of the body's `name`: a word of it, a word of it cut short
 * ("Met" of "Metropolitan"), words of it in its order, each whole or cut short ("Met Police"),
 * or the initials of its last words in capitals, "of" and "and"
 * skipped ("NCA", "PSNI"; "NPCC" of "United Kingdom National Police Chiefs Council"). The
 * initials must reach the name's last word, whose noun tells what the body is: "UK" is no short
 * form of "United Kingdom National Police Chiefs Council".
 *
 * @example
 * isShortNameOf('Met', 'Metropolitan Police Service') //=> true
 * isShortNameOf('Met Police', 'Metropolitan Police Service') //=> true
 * isShortNameOf('PSNI', 'Police Service of Northern Ireland') //=> true
 * isShortNameOf('Police', 'Police Scotland') //=> true
 * isShortNameOf('NCA', 'National Crime Agency (NCA) news') //=> false
 */
export function isShortNameOf(short: string, name: string): boolean {
  if (short.length === 0 || short === name) return false
  const words = name.split(/[ \u00a0]+/).filter((w) => w.length > 0)
  const parts = short.split(/[ \u00a0]+/)
  if (parts.length > 1) return wordsInOrder(parts, words)
  if (words.includes(short)) return true
  if (CLIPPED().test(short)) return words.some((w) => isClipped(short, w))
  return isInitials(short) && initialsOfEnd(words, short) === short
}

/** True when `short` is `word` cut short: three letters kept at least, and less than half of it. */
function isClipped(short: string, word: string): boolean {
  return (
    CLIPPED().test(short) &&
    CAPITALISED().test(word) &&
    word.length > 2 * short.length &&
    word.startsWith(short)
  )
}

/**
 * True when each of a short form's words is a word of the name or one cut short, in the name's
 * order: "Met Police" of "Metropolitan Police Service"; "Police Met" and "Met Office" are not.
 */
function wordsInOrder(parts: readonly string[], words: readonly string[]): boolean {
  let k = 0
  for (const part of parts) {
    while (k < words.length && words[k] !== part && !isClipped(part, words[k]!)) k++
    if (k === words.length) return false
    k++
  }
  return true
}

/**
 * The initials of the words that end a name, as many as `short` has letters: a capitalised word
 * gives its capital; a link gives its lower-case initial where `short` has one there ("DfI"), and
 * is skipped otherwise.
 */
function initialsOfEnd(words: readonly string[], short: string): string {
  let out = ''
  for (let k = words.length - 1; k >= 0 && out.length < short.length; k--) {
    const w = words[k]!
    if (LINK_WORD.test(w)) {
      const letter = short.charAt(short.length - 1 - out.length)
      if (letter === w.charAt(0)) out = letter + out
      continue
    }
    if (!CAPITALISED().test(w)) return ''
    out = w.charAt(0) + out
  }
  return out
}

/** How many words a body's name spelt out before its acronym may hold: "Bureau of Alcohol and Tobacco". */
const SPELLED_WORDS = 10

/**
 * Where the name that an acronym spells starts, when it ends right before `at` (one space
 * between): "Federal Bureau of Investigation" before " (FBI)", its link words skipped, "IRS-CI"
 * read without its hyphen. `at` when the words before spell no such name.
 *
 * @example
 * spelledNameStart('said Federal Bureau of Investigation (FBI)', 36, 'FBI') //=> 5
 */
export function spelledNameStart(text: string, at: number, acronym: string): number {
  const short = acronym.replace(/[&-]/g, '')
  if (!isInitials(short)) return at
  const capitals = short.replace(/\p{Ll}/gu, '').length
  const words: string[] = []
  let i = at
  for (let k = 0; k < SPELLED_WORDS && (text[i - 1] === ' ' || text[i - 1] === '\u00a0'); k++) {
    let j = i - 1
    while (j > 0 && /[\p{L}’'.-]/u.test(text[j - 1]!)) j--
    const word = text.slice(j, i - 1)
    if (!CAPITALISED().test(word) && !LINK_WORD.test(word)) break
    words.unshift(word)
    // The shortest run of words that opens with a capital and spells the acronym.
    if (CAPITALISED().test(word) && initialsOfEnd(words, short) === short && capitalsOf(words) === capitals)
      return j
    i = j
  }
  return at
}

/** How many capitals a name's words give its initials: one per capitalised word. */
function capitalsOf(words: readonly string[]): number {
  return words.filter((w) => CAPITALISED().test(w)).length
}

/** How many words an agency's name before its acronym may hold, list and all. */
const HEADED_WORDS = 12

/**
 * Where an agency's name starts when its acronym does not spell it, ending right before `at`:
 * "Bureau of Alcohol, Tobacco, Firearms and Explosives" before " (ATF)". The name opens with a
 * word that says what the body is ("Bureau", "Department", "Office"); the words after it are
 * capitalised or link words, with commas only between capitalised ones; the acronym's letters
 * are initials of its words, link words' included, in order. `at` when the words before are no such name.
 *
 * @example
 * headedNameStart('said Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)', 52, 'ATF') //=> 5
 */
export function headedNameStart(text: string, at: number, acronym: string): number {
  const short = acronym.replace(/[&-]/g, '')
  if (!INITIALS().test(short)) return at
  let initials = ''
  let i = at
  // A comma is read only after a capitalised word: "Tobacco, Firearms", not "Alcohol, and".
  let capitalAfter = false
  for (let k = 0; k < HEADED_WORDS && (text[i - 1] === ' ' || text[i - 1] === '\u00a0'); k++) {
    let e = i - 1
    const comma = text[e - 1] === ','
    if (comma) {
      if (!capitalAfter) break
      e--
    }
    let j = e
    while (j > 0 && /[\p{L}’'.-]/u.test(text[j - 1]!)) j--
    const word = text.slice(j, e)
    if (LINK_WORD.test(word) && !comma) {
      // "DOJ-OIG" of "Department of Justice Office of the Inspector General": "of" may give its "O".
      initials = word.charAt(0).toUpperCase() + initials
      capitalAfter = false
    } else if (CAPITALISED().test(word)) {
      initials = word.charAt(0) + initials
      if (AGENCY_HEADS.has(word) && k > 0 && inOrder(short, initials)) return j
      capitalAfter = true
    } else break
    i = j
  }
  return at
}

/** True when the letters of `short` appear in `letters` in order: "ATF" in "BATFE". */
function inOrder(short: string, letters: string): boolean {
  let k = 0
  for (const letter of letters) if (letter === short[k]) k++
  return k === short.length
}
