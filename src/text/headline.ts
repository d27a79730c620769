import { lazyRegExp } from './lazy-patterns'
/**
 * Headline-like text: Title Case ("Police Seize 300 Guns", "CBP Officers Seize Over 1,200 Pounds
 * of Methamphetamine"), where a capital is no sign of a name. Read from how many of the longer
 * words are capitalised, so short words left in lower case ("of", "at", "in") do not count.
 */

/** How many words of four letters or more a text has, and how many of them are capitalised. */
export interface HeadlineStats {
  readonly long: number
  readonly capitalised: number
}

const LONG_WORD = lazyRegExp(String.raw`\p{L}[\p{L}\p{M}'’-]{3,}`, 'gu')
const CAPITAL = lazyRegExp(String.raw`^\p{Lu}`, 'u')
/** A text that ends a sentence with a full stop is prose, however many capitals it holds. */
const FINAL_STOP = /\.["'’”]?$/

export function headlineStats(text: string): HeadlineStats {
  if (FINAL_STOP.test(text)) return { long: 0, capitalised: 0 }
  return countLong(text)
}

export function countLong(text: string): HeadlineStats {
  let long = 0
  let capitalised = 0
  LONG_WORD().lastIndex = 0
  for (let m = LONG_WORD().exec(text); m !== null; m = LONG_WORD().exec(text)) {
    long++
    if (CAPITAL().test(m[0])) capitalised++
  }
  return { long, capitalised }
}

/** A run is headline-like when nearly all its longer words, and at least four, are capitalised. */
export function isHeadline(long: number, capitalised: number): boolean {
  return long >= 4 && capitalised >= 0.8 * long
}

/** Longest line read as a possible headline: longer ones are prose. */
const MAX_HEADLINE = 200

/**
 * Whether one line of text reads as a headline in Title Case: a title handed to a parser on its
 * own, or a heading inside a release.
 *
 * @example
 * readsAsHeadline('Border Patrol Agents Seize 50 Pounds of Fentanyl') //=> true
 * readsAsHeadline('Agents seized 50 pounds of fentanyl on Monday.') //=> false
 */
export function readsAsHeadline(text: string): boolean {
  if (text.length > MAX_HEADLINE || text.includes('\n')) return false
  const stats = headlineStats(text)
  return isHeadline(stats.long, stats.capitalised)
}

/** A letter in lower case. */
const LOWER_LETTER = lazyRegExp(String.raw`\p{Ll}`, 'u')

/**
 * Whether a text is written in capitals, as a shouted paragraph or a wire headline is ("POLICE
 * SEIZED 40 KILOS OF COCAINE."): nearly all its longer words, and at least three, have no letter
 * in lower case. A capital there is no sign of a name, as in a headline in Title Case.
 *
 * @example
 * readsInCapitals('POLICE SEIZED 40 KILOS OF COCAINE.') //=> true
 * readsInCapitals('The NHS and the DVLA said 40 people.') //=> false
 */
export function readsInCapitals(text: string): boolean {
  let long = 0
  let caps = 0
  LONG_WORD().lastIndex = 0
  for (let m = LONG_WORD().exec(text); m !== null; m = LONG_WORD().exec(text)) {
    long++
    if (!LOWER_LETTER().test(m[0])) caps++
  }
  return long >= 3 && caps >= 0.8 * long
}

/** Longest line read as a short headline: "POLICE ARREST 11 MEN", "Police Seize 300 Guns". */
const MAX_SHORT_HEADLINE = 80
/** Short words a title in Title Case leaves in lower case: a headline's, a quoted work's. Keep sorted. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'per',
  'the',
  'to',
  'v',
  'vs',
  'with',
])
/** A word, or a number with the letters of its unit glued to it ("£2m", "40KG"). */
const WORD_OR_NUMBER = lazyRegExp(String.raw`\p{L}[\p{L}\p{M}'’-]*|\d[\d,.]*\p{L}*`, 'gu')

/**
 * Whether a short line too short for `readsAsHeadline` is a headline all the same: three words or
 * more, every one capitalised (short links aside), no final full stop, two words before its first
 * number and a word after its last ("POLICE ARREST 11 MEN", "Police Seize 300 Guns"). A row of a table, its label then its
 * figure ("Total Recorded Crime 1,234"), ends on the number.
 *
 * @example
 * readsAsShortHeadline('POLICE ARREST 11 MEN') //=> true
 * readsAsShortHeadline('Total Recorded Crime 1,234') //=> false
 */
export function readsAsShortHeadline(text: string): boolean {
  if (text.length > MAX_SHORT_HEADLINE || text.includes('\n') || FINAL_STOP.test(text)) return false
  let words = 0
  let afterNumber = false
  WORD_OR_NUMBER().lastIndex = 0
  for (let m = WORD_OR_NUMBER().exec(text); m !== null; m = WORD_OR_NUMBER().exec(text)) {
    const w = m[0]
    if (/^\d/.test(w)) {
      // "Kent 12 Arrests Made": a number after the first word may be a name's, as it is in
      // longer headlines ("WINDOWS 11 USERS WARNED"); a short line is read so only with a verb first.
      if (words < 2) return false
      afterNumber = false
      continue
    }
    if (!CAPITAL().test(w) && !TITLE_SMALL_WORDS.has(w)) return false
    words++
    afterNumber = true
  }
  return words >= 3 && afterNumber
}
