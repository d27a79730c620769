import type { Qualifier } from '../model'
import {
  CHANGE_WORDS,
  COUNT_MODIFIERS,
  COUNTED_NOUNS,
  MONTH_WORDS,
  ORDINAL_SUFFIXES,
  SENTENCE_ADVERBS,
  TIME_OF_DAY,
  YEAR_OPENERS,
} from './lexicon'
import { PREPOSITIONS } from './measure-lexicon'
import { startsSentence } from './name-filters'
import type { NumberCore } from './read-number'
import { isClauseBreak, type Token } from './tokens'

/*
 * Numbers that are part of a date or a time: the date normaliser owns them, so the statistic
 * reader passes them over. Only the shapes around a number are read here, not the date itself.
 */

/**
 * Whether a count in four digits is a year: "in 2023", "2024 March", "the 2022 elections". A
 * qualifier ("more than 2000 officers") or a word after it makes it a count again, unless that
 * word is a month. Without a qualifier the word after must be something counted ("arrested 1000
 * people", "1500 new homes"), and the word before must not make the number a year ("since 2019
 * officers have", "its 2023 accounts"). The date normaliser's `isYear` is another test: whether
 * a year it found in the text is one, by the characters around it.
 */
export function countLooksLikeYear(
  tokens: readonly Token[],
  start: number,
  core: NumberCore,
  qualifier: Qualifier,
  end: number,
): boolean {
  const t = tokens[start]!
  if (core.magnitude !== 1 || !/^\d{4}$/.test(t.text) || t.value < 1000 || t.value > 2199) return false
  const next = tokens[end]
  if (next?.kind !== 'word' || MONTH_WORDS.has(next.lower)) return true
  if (qualifier !== 'exact') return false
  return !countsSomething(tokens, end) || opensYear(tokens, start)
}

/** Whether a noun for people or things that are counted follows: "people", "new homes". */
function countsSomething(tokens: readonly Token[], end: number): boolean {
  let k = end
  if (COUNT_MODIFIERS.has(tokens[k]!.lower) && tokens[k + 1]?.kind === 'word') k++
  return COUNTED_NOUNS.has(tokens[k]!.lower)
}

/** Prepositions after which four digits still count: "a total of 1000 people", "with 1500 officers". */
const COUNT_PREPOSITIONS: ReadonlySet<string> = new Set(['among', 'of', 'with'])

/**
 * Whether the token before four digits makes them a year that qualifies the noun after: a
 * determiner, a possessive, a preposition of time, a capitalised name ("Euro 2024 tickets"), the
 * second year of a pair ("2019 and 2023 officers"), a date's comma ("May 12, 2023 officers").
 * A verb, another word or the start of a clause leaves a count: "arrested 1000 people",
 * "In total 1000 people", "a further 1500 officers".
 */
function opensYear(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1]
  if (!prev) return false
  const before = tokens[start - 2]
  if (prev.kind === 'sym') {
    // "officers’ 2023 pay": the apostrophe of a plural possessive.
    if ((prev.text === "'" || prev.text === '’') && !prev.gap && before?.kind === 'word') return true
    if (PAIR_LINKS.has(prev.text) && (before?.kind === 'num' || isMonth(before))) return true
    return !isClauseBreak(prev)
  }
  if (prev.kind !== 'word') return true
  const word = prev.lower
  if (YEAR_OPENERS.has(word) || MONTH_WORDS.has(word) || /['’]s$/.test(word)) return true
  if (word === 'and' || word === 'or')
    return before?.kind === 'num' || before?.kind === 'skip' || isMonth(before)
  // "rose by 1500 officers": after a verb of change, "by" gives its size.
  if (word === 'by' && before?.kind === 'word' && before.lower in CHANGE_WORDS) return false
  if (PREPOSITIONS.has(word)) return !COUNT_PREPOSITIONS.has(word)
  // "Another 1500 homes" opens a sentence with a count; "Euro 2024 tickets" with a name.
  if (/^[A-Z]/.test(prev.text)) return !(SENTENCE_ADVERBS.has(word) && startsSentence(tokens, start - 1))
  return false
}

/** Marks between the two years of a pair: "2019-2023", "2019 & 2023", "12 May, 2023". */
const PAIR_LINKS: ReadonlySet<string> = new Set([',', '&', '-', '/', '–', '—'])

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
    // "(8-10 May)", "between 2 and 23 February", "10 to 12 March": the first day of a range of days.
    const link = tokens[k]
    const linked = link?.text === '-' || link?.text === '–' || link?.lower === 'and' || link?.lower === 'to'
    if (v >= 1 && v <= 31 && linked && tokens[k + 1]?.kind === 'num') {
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
