import type { Qualifier } from '../model'
import { MONTH_WORDS, ORDINAL_SUFFIXES, TIME_OF_DAY } from './lexicon'
import type { NumberCore } from './read-number'
import type { Token } from './tokens'

/*
 * Numbers that are part of a date or a time: the date normaliser owns them, so the statistic
 * reader passes them over. Only the shapes around a number are read here, not the date itself.
 */

/**
 * Whether a count in four digits is a year: "in 2023", "2024 March". A qualifier ("more than
 * 2000 officers") or a word after it ("2000 officers") makes it a count again, unless that
 * word is a month. The date normaliser's `isYear` is another test: whether a year it found in
 * the text is one, by the characters around it.
 */
export function countLooksLikeYear(
  t: Token,
  core: NumberCore,
  qualifier: Qualifier,
  next: Token | undefined,
): boolean {
  return (
    core.magnitude === 1 &&
    /^\d{4}$/.test(t.text) &&
    t.value >= 1000 &&
    t.value <= 2199 &&
    (qualifier === 'exact' || next?.kind !== 'word' || MONTH_WORDS.has(next.lower))
  )
}

/**
 * Whether the number is a day beside its month ("9 October", "October 9", "Sept. 20-24"), a
 * year after its month ("March 2024") or a time of day ("10am", "9 o'clock").
 */
export function isDateOrTime(tokens: readonly Token[], first: number, core: NumberCore): boolean {
  const prev = tokens[first - 1]
  let k = core.end
  const next = tokens[k]
  if (core.isDigits) {
    const v = tokens[core.numberEnd - 1]!.value
    // "9 October", "9th of October", "October 9".
    if (next?.kind === 'word' && !next.gap && ORDINAL_SUFFIXES.has(next.lower)) k++
    if (tokens[k]?.lower === 'of') k++
    const month = tokens[k]
    if (v >= 1 && v <= 31 && Number.isInteger(v) && isMonth(month))
      return !(month.lower === 'may' && month.text === 'may')
    // "(8-10 May)": the first day of a range of days.
    const link = tokens[k]
    if (v >= 1 && v <= 31 && (link?.text === '-' || link?.text === '–') && tokens[k + 1]?.kind === 'num') {
      const after = tokens[k + 2]
      if (tokens[k + 1]!.value <= 31 && isMonth(after)) return true
    }
    // "October 9", "March 2024"; not "In March 300 officers".
    const dayOrYear = Number.isInteger(v) && ((v >= 1 && v <= 31) || (v >= 1000 && v <= 2199))
    if (dayOrYear && isMonth(prev) && prev.text !== 'may') return true
    // "Nov. 8"; the second day of "November 1-2".
    const before = tokens[first - 2]
    if (prev?.text === '.' && isMonth(before) && before.text !== 'may') return true
    if (prev && (prev.text === '-' || prev.text === '–') && before?.kind === 'num') {
      // "Sept. 20-24" has a full stop between.
      const month = tokens[first - 3]?.text === '.' ? tokens[first - 4] : tokens[first - 3]
      if (isMonth(month) && month.text !== 'may') return true
    }
    // "10am", "10 pm", "10 a.m.", "9 o'clock".
    if (next?.kind === 'word' && TIME_OF_DAY.has(next.lower)) {
      if (next.lower === 'a' || next.lower === 'p')
        return tokens[k + 1]?.text === '.' && tokens[k + 2]?.lower === 'm'
      return true
    }
  } else if (next?.kind === 'word' && next.lower === "o'clock") return true
  return false
}

/** Whether a token is a month's name or abbreviation ("may" too: callers tell the verb apart). */
function isMonth(t: Token | undefined): t is Token {
  return t?.kind === 'word' && MONTH_WORDS.has(t.lower)
}
