import {
  CHANGE_NOUNS,
  DOTTED_TIME_DAY_WORDS,
  DOTTED_TIME_LEADS,
  EVENT_VERBS,
  SHORT_YEAR_FOLLOWERS,
  YEAR_PHRASE_FOLLOWERS,
  YEAR_PREPOSITIONS,
} from '../dates/lexicon'
import type { Qualifier } from '../model'
import {
  CHANGE_WORDS,
  COUNT_DETERMINERS,
  COUNT_MODIFIERS,
  COUNTED_NOUNS,
  IRREGULAR_PLURALS,
  MONTH_WORDS,
  ORDINAL_SUFFIXES,
  SENTENCE_ADVERBS,
  TIME_OF_DAY,
  YEAR_OPENERS,
} from './lexicon'
import { DETERMINERS, PREPOSITIONS, SIMPLE_PASTS } from './measure-lexicon'
import { startsSentence } from './name-filters'
import { SMALL_NUMBERS } from './number-words'
import type { NumberCore } from './read-number'
import { isClauseBreak, isPluralShaped, type Token } from './tokens'

/*
 * Numbers that are part of a date or a time: the date normaliser owns them, so the statistic
 * reader passes them over. Only the shapes around a number are read here, not the date itself.
 */

/**
 * Whether a count in four digits is a year: "in 2023", "2024 March", "the 2022 elections". A
 * qualifier ("more than 2000 officers") or a word after it makes it a count again, unless that
 * word is a month. Without a qualifier the word after must be something counted ("arrested 1000
 * people", "1500 new homes"), and the word before must not make the number a year ("since 2019
 * officers have", "Euro 2024 tickets"). The date normaliser's `isYear` is another test: whether
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
  if (t.value < 1900) return isEarlyYear(tokens, start, end)
  const next = tokens[end]
  if (next?.kind !== 'word' || MONTH_WORDS.has(next.lower)) return true
  // "from at least 2018 through 2021": a qualified year before a later one is still a year.
  if (qualifier !== 'exact') return opensLaterYear(tokens, t.value, start, end)
  return !countsSomething(tokens, end) || opensYear(tokens, start)
}

/**
 * Whether four digits below 1900 are a year: only after an Act's name ("the Offences Against the
 * Person Act 1861") or after "in" or "since" closing their phrase ("founded in 1829.", "since 1861
 * when"), as the date normaliser reads them; "in 1500 cases", "a rise in 1500", "employs 1500."
 * are counts.
 */
function isEarlyYear(tokens: readonly Token[], start: number, end: number): boolean {
  if (inYearRange(tokens, start)) return true
  const prev = tokens[start - 1]
  if (prev?.kind === 'sym' && prev.text === ',') return isAct(tokens[start - 2])
  if (prev?.kind !== 'word') return false
  if (isAct(prev)) return true
  if (prev.lower !== 'in' && prev.lower !== 'since') return false
  if (CHANGE_NOUN_SET.has(tokens[start - 2]?.lower ?? '')) return false
  const next = tokens[end]
  if (!next) return true
  if (next.kind === 'sym') return YEAR_PHRASE_STOPS.has(next.text)
  return next.kind === 'word' && YEAR_PHRASE_FOLLOWER_SET.has(next.text)
}

/**
 * Either end of "between 1600 and 1900" or "from 1000 to 1260": two years, the second the later
 * and counting nothing ("from 1000 to 2000 officers" counts).
 */
function inYearRange(tokens: readonly Token[], start: number): boolean {
  const isFourDigits = (t: Token | undefined) => t?.kind === 'num' && /^\d{4}$/.test(t.text)
  const opensRange = (t: Token | undefined) => t?.lower === 'between' || t?.lower === 'from'
  const joins = (t: Token | undefined) => t?.lower === 'and' || t?.lower === 'to'
  const t = tokens[start]!
  const later = tokens[start + 2]
  if (opensRange(tokens[start - 1]) && joins(tokens[start + 1]) && isFourDigits(later))
    return later!.value > t.value && later!.value <= 2099 && !countsSomething(tokens, start + 3)
  const earlier = tokens[start - 2]
  return (
    joins(tokens[start - 1]) &&
    isFourDigits(earlier) &&
    earlier!.value < t.value &&
    opensRange(tokens[start - 3])
  )
}

/**
 * "AD 43", "A.D. 1000", "410 BC", "500 B.C.", "70 CE": a year of an era, and the second end of
 * "between A.D. 1000 and 1260". Not "1,200 BC residents" (British Columbia's): a year has no
 * comma, and no word follows the era.
 */
function isEraYear(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!
  if (t.kind !== 'num' || !/^\d{1,4}$/.test(t.text)) return false
  if (eraBefore(tokens, at) || eraAfter(tokens, at + 1, opensWithYearWord(tokens, at))) return true
  const link = tokens[at - 1]?.lower
  const earlier = tokens[at - 2]
  const linked = link === 'and' || link === 'to' || link === '-' || link === '–'
  return linked && earlier?.kind === 'num' && earlier.value < t.value && eraBefore(tokens, at - 2)
}

/** "AD", "A.D." or "A. D." straight before `tokens[at]`. */
function eraBefore(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.text === 'AD') return true
  return dottedEnd(tokens, at - 4, ['A', 'D']) === at
}

/**
 * "BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C.E.", "C.E." or "B. C." at `tokens[k]`, then no
 * word, or a word of grammar or time no name of a province or a body goes on to ("500 B.C.
 * onwards", "410 BC and AD 43"). "BC residents" and "BC Hydro" are British Columbia's.
 */
function eraAfter(tokens: readonly Token[], k: number, opened: boolean): boolean {
  const era = tokens[k]
  if (era?.kind !== 'word') return false
  const end = ERAS_AFTER.has(era.text) ? k + 1 : dottedEra(tokens, k)
  if (end < 0) return false
  const next = tokens[end]
  if (next?.kind !== 'word' || AFTER_ERA.has(next.text) || SIMPLE_PASTS.has(next.text)) return true
  if (opened) return !closesFrontedPhrase(tokens, end)
  return /^[A-Z]/.test(next.text) && opensClauseAfterEra(tokens, end)
}

/** Words of time that may open a clause with a year: "In 500 BC", "By 300 BC", "c. 753 BC". */
const OPENING_YEAR_WORDS: ReadonlySet<string> = new Set([...YEAR_PREPOSITIONS, 'by', 'c', 'ca', 'circa'])

/**
 * "In 500 BC Greek colonists founded", "and by 300 BC settlers had": a word of time opening a
 * clause before the number. The number is then the clause's year, not the head of its subject:
 * "300 BC Hydro workers" opens with the count itself.
 */
function opensWithYearWord(tokens: readonly Token[], at: number): boolean {
  let k = at - 1
  if (tokens[k]?.text === '.' && !tokens[k]!.gap) k--
  const word = tokens[k]
  if (word?.kind !== 'word' || !OPENING_YEAR_WORDS.has(word.lower)) return false
  const before = tokens[k - 1]
  return isClauseBreak(before) || startsSentence(tokens, k) || CLAUSE_JOINERS.has(before?.lower ?? '')
}

/** Words that join a new clause: "and in 500 BC ...". Keep sorted. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'then'])

/** How many words after an era a fronted phrase's noun may run to: "In 300 BC Hydro homes,". */
const FRONTED_REACH = 4

/**
 * "In 300 BC Hydro homes, crews ...": after a fronted word of time, a phrase the comma closes
 * before any verb counts the homes; so does a new subject after its plural noun ("In 300 BC Hydro
 * homes the power failed"). "In 500 BC Greek colonists founded" goes on to a verb, a lower-case
 * word that is not plural, so the number was the clause's year.
 */
function closesFrontedPhrase(tokens: readonly Token[], start: number): boolean {
  for (let k = start; k < start + FRONTED_REACH; k++) {
    const t = tokens[k]
    if (isClauseBreak(t)) return true
    if (t!.kind !== 'word') return false
    if (k > start && SUBJECT_OPENERS.has(t!.text) && isPluralNoun(tokens[k - 1]!)) return true
    if (t!.text === t!.lower && !isPluralShaped(t!.lower) && !IRREGULAR_PLURALS.has(t!.lower)) return false
  }
  return false
}

/**
 * Words in lower case that open a clause's subject: after a plural noun, a new clause has begun,
 * for a subject is followed by its verb. Keep sorted.
 */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'he',
  'it',
  'its',
  'many',
  'more',
  'most',
  'our',
  'she',
  'some',
  'the',
  'their',
  'there',
  'they',
  'this',
  'we',
])

/** A plural noun in lower case: "homes", "children". */
function isPluralNoun(t: Token): boolean {
  return (
    t.kind === 'word' && t.text === t.lower && (isPluralShaped(t.lower) || IRREGULAR_PLURALS.has(t.lower))
  )
}

/** How many capitalised words a name after an era may run to: "BC Supreme Court". */
const NAME_AFTER_ERA_REACH = 3

/**
 * "753 B.C. Rome grew", "in 43 AD Claudius invaded": capitalised words after an era, then a
 * lower-case word that is no plural, are a new clause's subject and its verb, so the era is one.
 * "300 BC Hydro workers", "40 BC RCMP officers", "200 BC Ferries crews" count people or things of
 * British Columbia's bodies: a plural follows the name.
 */
function opensClauseAfterEra(tokens: readonly Token[], start: number): boolean {
  let k = start
  while (k < start + NAME_AFTER_ERA_REACH && tokens[k]?.kind === 'word' && /^[A-Z]/.test(tokens[k]!.text)) k++
  const verb = tokens[k]
  if (verb?.kind !== 'word' || verb.text !== verb.lower) return false
  return (
    !isPluralShaped(verb.lower) && !IRREGULAR_PLURALS.has(verb.lower) && !COLLECTIVE_NOUNS.has(verb.lower)
  )
}

/** Nouns of a group counted in the singular: "300 BC Hydro staff". Keep sorted. */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(['crew', 'personnel', 'police', 'staff', 'workforce'])

/** Where a dotted era from `tokens[k]` ends ("B.C.", "B.C.E.", "A.D.", "C.E."), or -1. */
function dottedEra(tokens: readonly Token[], k: number): number {
  for (const letters of DOTTED_ERAS) {
    const end = dottedEnd(tokens, k, letters)
    if (end >= 0) return end
  }
  return -1
}

const DOTTED_ERAS: readonly (readonly string[])[] = [
  ['B', 'C', 'E'],
  ['B', 'C'],
  ['A', 'D'],
  ['C', 'E'],
]

/**
 * Where capitals each with its stop ("A.D.", "B. C.") from `tokens[k]` end, or -1. A capital after
 * the last stop ("B.C.Hydro") makes a longer name.
 */
function dottedEnd(tokens: readonly Token[], k: number, letters: readonly string[]): number {
  if (k < 0) return -1
  let at = k
  for (const letter of letters) {
    if (tokens[at]?.text !== letter || tokens[at + 1]?.text !== '.' || tokens[at + 1]!.gap) return -1
    at += 2
  }
  return tokens[at]?.kind === 'word' && !tokens[at]!.gap ? -1 : at
}

/**
 * Words after an era that go on with the sentence, not with a name: "500 B.C. onwards", "410 BC
 * and AD 43", "753 BC when", "500 B. C. according to", "in 500 BC the city". Case matters: "BC
 * Hydro" is a name. Keep sorted.
 */
const AFTER_ERA: ReadonlySet<string> = new Set([
  'according',
  'also',
  'and',
  'as',
  'but',
  'is',
  'onward',
  'onwards',
  'or',
  'then',
  'too',
  'until',
  'was',
  'were',
  'when',
  'where',
  'which',
  'while',
  ...[...PREPOSITIONS].filter((p) => p !== 'of'),
  ...DETERMINERS,
])

/** Eras written after a year. */
const ERAS_AFTER: ReadonlySet<string> = new Set(['AD', 'BC', 'BCE', 'CE'])

/** Words that run a span of years on to its last: "2018 through 2021", "2018 to 2021". */
const YEAR_SPAN_LINKS: ReadonlySet<string> = new Set(['through', 'thru', 'to', 'until', 'till'])

/**
 * Whether a span link and a later year (within fifty) counting nothing follow `year`'s token, the
 * year perhaps with its part: "through 2021", "through mid-2023", "to early 2024", and "and 2020"
 * after "between" ("between approximately 2015 and 2020").
 */
function opensLaterYear(tokens: readonly Token[], year: number, start: number, end: number): boolean {
  const link = tokens[end]?.lower ?? ''
  const between =
    link === 'and' && tokens.slice(Math.max(0, start - 3), start).some((t) => t.lower === 'between')
  if (!YEAR_SPAN_LINKS.has(link) && !between) return false
  let k = end + 1
  if (PARTS_OF_YEAR.has(tokens[k]?.lower ?? '')) k += tokens[k + 1]?.text === '-' ? 2 : 1
  const last = tokens[k]
  if (last?.kind !== 'num' || !/^\d{4}$/.test(last.text)) return false
  return last.value > year && last.value - year <= 50 && !countsSomething(tokens, k + 1)
}

const PARTS_OF_YEAR: ReadonlySet<string> = new Set(['mid', 'early', 'late'])

function isAct(t: Token | undefined): boolean {
  return t?.kind === 'word' && (t.text === 'Act' || t.text === 'Acts')
}

const CHANGE_NOUN_SET: ReadonlySet<string> = new Set(CHANGE_NOUNS)
const YEAR_PHRASE_FOLLOWER_SET: ReadonlySet<string> = new Set(YEAR_PHRASE_FOLLOWERS)
/** Marks that close a year's phrase: "founded in 1829.", "since 1861, the". */
const YEAR_PHRASE_STOPS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', '!', '?'])

/** Whether a noun for people or things that are counted follows: "people", "new homes". */
function countsSomething(tokens: readonly Token[], end: number): boolean {
  let k = end
  if (COUNT_MODIFIERS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'word') k++
  return COUNTED_NOUNS.has(tokens[k]?.lower ?? '')
}

/**
 * Whether the token before four digits makes them a year that qualifies the counted noun after:
 * a preposition of time ("since 2019 officers have"), "by" opening a clause ("By 2030 homes
 * will"), a singular determiner or a word of the calendar ("fiscal 2024 hires"), a capitalised
 * name ("Euro 2024 tickets"), the second year of a pair ("2019 and 2023 officers"), a date's
 * comma ("May 12, 2023 officers"). A plural determiner or a possessive leaves a count ("the 1500
 * officers who", "all 2000 staff", "the force's 2000 officers"), as do a verb, another
 * preposition or the start of a clause: "arrested 1000 people", "funding for 2000 officers", "In
 * total 1000 people", "a further 1500 officers". The date normaliser's `isYear` reads the same
 * shapes.
 */
function opensYear(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1]
  if (!prev) return false
  const before = tokens[start - 2]
  if (prev.kind === 'sym') {
    // "the forces’ 2000 officers": the apostrophe of a plural possessive.
    if ((prev.text === "'" || prev.text === '’') && !prev.gap && before?.kind === 'word') return false
    // "May 12, 2023 officers": a date's comma after its day.
    if (prev.text === ',' && (before?.kind === 'num' || isMonth(before))) return true
    if (PAIR_LINKS.has(prev.text) && (isYearNumber(before) || isMonth(before))) return true
    // "1500-2000 officers": the second end of a range of counts.
    if (PAIR_LINKS.has(prev.text) && before?.kind === 'num') return false
    return !isClauseBreak(prev)
  }
  if (prev.kind !== 'word') return true
  const word = prev.lower
  if (COUNT_DETERMINERS.has(word) || /['’]s$/.test(word)) return false
  if (YEAR_OPENERS.has(word) || MONTH_WORDS.has(word)) return true
  // "2019 and 2023 officers"; "1500 and 2000 officers" counts.
  if (word === 'and' || word === 'or')
    return isYearNumber(before) || before?.kind === 'skip' || isMonth(before)
  // "By 2030 homes will be warmer" opens a clause; "rose by 1500 officers", "visited by 2000 officers" count.
  if (word === 'by') return isClauseBreak(before)
  if (YEAR_PREPOSITION_SET.has(word)) return true
  if (PREPOSITIONS.has(word)) return false
  // "Another 1500 homes" opens a sentence with a count; "Euro 2024 tickets" with a name, but a
  // headline capitalises every word: "Force Hires 2000 Officers".
  if (/^[A-Z]/.test(prev.text) && /^[a-z]/.test(tokens[start + 1]?.text ?? ''))
    return !(SENTENCE_ADVERBS.has(word) && startsSentence(tokens, start - 1))
  return false
}

const YEAR_PREPOSITION_SET: ReadonlySet<string> = new Set(YEAR_PREPOSITIONS)

/** Marks between the two years of a pair: "2019-2023", "2019 & 2023", "12 May, 2023". */
const PAIR_LINKS: ReadonlySet<string> = new Set([',', '&', '-', '/', '–', '—'])

/** Whether a token is four digits the dates read as a year on their own (1900 to 2099). */
function isYearNumber(t: Token | undefined): boolean {
  return t?.kind === 'num' && /^(?:19|20)\d{2}$/.test(t.text)
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
    if (core.magnitude === 1 && isEraYear(tokens, core.numberEnd - 1)) return true
    // "9 October", "9th of October", "October 9".
    if (next?.kind === 'word' && !next.gap && ORDINAL_SUFFIXES.has(next.lower)) k++
    if (tokens[k]?.lower === 'of') k++
    // "31-Dec-2023", "05-Mar-25": a day hyphened to its month, as tables and forms write it.
    if (tokens[k]?.text === '-' && !tokens[k]!.gap && isMonth(tokens[k + 1])) k++
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
    if (v >= 1 && v <= 31 && isListedDay(tokens, k, v)) return true
    // "October 9", "March 2024"; not "In March 300 officers".
    const dayOrYear = Number.isInteger(v) && ((v >= 1 && v <= 31) || (v >= 1000 && v <= 2199))
    if (dayOrYear && isMonth(prev) && prev.text !== 'may') {
      // "On 5 March 25 people": after a day and its month, two digits are a year only where a
      // phrase ends ("on 5 Mar 25.", "5 Mar 25 at 10:00"), as the dates read them.
      if (v > 31 || !hasDayBefore(tokens, first - 1)) return true
      if (/^\d{2}$/.test(tokens[first]!.text) && endsShortYear(tokens[core.end])) return true
    }
    // "Nov. 8"; the second day of "November 1-2".
    const before = tokens[first - 2]
    if (prev?.text === '.' && isMonth(before) && before.text !== 'may') return true
    // A day before the link, and the number right after it: "June 2019 - Around 60 officers" and
    // "June 12 - about 60 officers" count.
    if (
      prev &&
      before?.kind === 'num' &&
      before.value <= 31 &&
      tokens[first]?.kind === 'num' &&
      DAY_RANGE_LINKS.has(prev.lower)
    ) {
      // "Sept. 20-24" has a full stop between.
      const month = tokens[first - 3]?.text === '.' ? tokens[first - 4] : tokens[first - 3]
      if (isMonth(month) && month.text !== 'may') {
        if (prev.text === '-' || prev.text === '–') return true
        // "from March 1 to 3", "June 4 and 6", "June 4 through 6", as the dates read them; not
        // "June 4 and 12 more", a count of what follows.
        if (Number.isInteger(v) && v <= 31 && before.value < v && !countedAfter(tokens[k])) return true
      }
    }
    if (isShortYearOfRange(tokens, first, core.end)) return true
    // "10am", "10 pm", "10 a.m.", "9 o'clock".
    if (isTimeWordAt(tokens, core.end)) return true
    if (isDottedTime(tokens, first, core)) return true
    if (isEventTime(tokens, first, core)) return true
    // "between 9 and 11pm", "9-11pm": the first end of a range of times takes the second's "pm".
    const hours = /^\d{1,2}(?:\.\d{2})?$/.test(tokens[core.numberEnd - 1]!.text) && v >= 1 && v < 13
    if (hours && TIME_RANGE_LINKS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'num')
      return isTimeWordAt(tokens, k + 2)
  } else if (next?.kind === 'word' && next.lower === "o'clock") return true
  return isClockInWords(tokens, first, core) || isHalfHour(tokens, first, core)
}

/**
 * Whether two digits at `tokens[first]` end a range of years in words, written short: "between
 * 2040 and 45", "from 2030 to 35" (the dates read 2045 and 2035). Not "between 2019 and 20
 * people", which counts what follows.
 */
function isShortYearOfRange(tokens: readonly Token[], first: number, end: number): boolean {
  const t = tokens[first]!
  const link = tokens[first - 1]?.lower
  const opener = tokens[first - 3]?.lower
  if (!/^\d{2}$/.test(t.text) || !isYearNumber(tokens[first - 2])) return false
  if (!((opener === 'between' && link === 'and') || (opener === 'from' && link === 'to'))) return false
  const start = tokens[first - 2]!.value
  const last = Math.floor(start / 100) * 100 + t.value
  if (last <= start || last - start > 20) return false
  const next = tokens[end]
  return next === undefined || isClauseBreak(next) || YEAR_PHRASE_FOLLOWER_SET.has(next.lower)
}

/**
 * Whether a day of the month stands before the month at `tokens[month]` ("5 March", "5th March"):
 * the month is that day's, and a number after it ("On 5 March 25 people") is no day of it.
 */
function hasDayBefore(tokens: readonly Token[], month: number): boolean {
  let k = month - 1
  if (tokens[k]?.kind === 'word' && !tokens[k]!.gap && ORDINAL_SUFFIXES.has(tokens[k]!.lower)) k--
  const day = tokens[k]
  return day?.kind === 'num' && /^\d{1,2}$/.test(day.text) && day.value >= 1 && day.value <= 31
}

const SHORT_YEAR_FOLLOWER_SET: ReadonlySet<string> = new Set(SHORT_YEAR_FOLLOWERS)

/** Whether a token after two digits ends a year's phrase: a break, the text's end, "at", "when". */
function endsShortYear(t: Token | undefined): boolean {
  return t === undefined || isClauseBreak(t) || SHORT_YEAR_FOLLOWER_SET.has(t.lower)
}

/** Links between the two days of a range after their month: "Sept. 20-24", "March 1 to 3". */
const DAY_RANGE_LINKS: ReadonlySet<string> = new Set(['-', '–', '—', '&', 'and', 'through', 'to'])
/** Words after a number that open no noun it counts, as the dates' month-day range reads them. */
const NOT_COUNTED_AFTER: ReadonlySet<string> = new Set([
  'after',
  'and',
  'as',
  'at',
  'before',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'until',
  'when',
  'while',
  'with',
])
/** Whether a lower-case word after a day says the number counts it: "June 4 and 12 more". */
const countedAfter = (t: Token | undefined): boolean =>
  t?.kind === 'word' && /^[a-z]/.test(t.text) && !NOT_COUNTED_AFTER.has(t.lower)

/** Words before "ten to five" that make it a time rather than a score or a range. */
const CLOCK_LEADS: ReadonlySet<string> = new Set(['about', 'around', 'at', 'before', 'by', 'till', 'until'])
/** Words that may follow a clock in words, where a range's counted noun would stand. */
const CLOCK_FOLLOWERS: ReadonlySet<string> = new Set([
  'and',
  'at',
  'every',
  'in',
  'last',
  'on',
  'that',
  'this',
  'today',
  'tomorrow',
  'tonight',
  'when',
  'yesterday',
])

/**
 * Whether `tokens[i]` leads a clock in words: "at ten to five", "by ten to five"; not "by" after
 * a word of change, which the amount of the change follows ("fell by three to nine").
 */
function isClockLead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  if (!t || !CLOCK_LEADS.has(t.lower)) return false
  return t.lower !== 'by' || !((tokens[i - 1]?.lower ?? '') in CHANGE_WORDS)
}

/**
 * Whether the number is a part of a clock read in words: the hour of "half past two", "a
 * quarter to six" and "at ten to five", or the minutes of "at ten to five", as the date
 * normaliser reads them. "voted ten to five" has no word of time before it, and "around five to
 * ten people" counts the noun after it.
 */
function isClockInWords(tokens: readonly Token[], first: number, core: NumberCore): boolean {
  const v = core.value
  const prev = tokens[first - 1]
  if (Number.isInteger(v) && v >= 1 && v <= 12 && (prev?.lower === 'past' || prev?.lower === 'to')) {
    const before = tokens[first - 2]
    if (before?.lower === 'half' && prev.lower === 'past') return true
    const minutes =
      before?.lower === 'quarter' ||
      (before !== undefined && SMALL_NUMBERS[before.lower] !== undefined && isClockLead(tokens, first - 3))
    if (minutes && endsClock(tokens[core.end])) return true
  }
  const link = tokens[core.end]?.lower
  if (!(Number.isInteger(v) && v >= 1 && v <= 30 && (link === 'to' || link === 'past'))) return false
  if (!isClockLead(tokens, first - 1)) return false
  const hour = SMALL_NUMBERS[tokens[core.end + 1]?.lower ?? '']
  return hour !== undefined && hour >= 1 && hour <= 12 && endsClock(tokens[core.end + 2])
}

/** Words before the British "half seven" (7:30) that make it a clock, as the date normaliser reads them. */
const HALF_HOUR_LEADS: ReadonlySet<string> = new Set([
  ...CLOCK_LEADS,
  'after',
  'approximately',
  'between',
  'from',
  'since',
])
/** Words between two such clocks: "from half seven to half eight". */
const HALF_HOUR_LINKS: ReadonlySet<string> = new Set(['-', 'and', 'or', 'till', 'to', 'until', '–'])

/** Whether `tokens[at]` is an hour of the clock in words or digits after "half": "half seven", "half 7". */
function isHalfHourWord(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]
  const hour =
    t?.kind === 'num' ? (/^\d{1,2}$/.test(t.text) ? t.value : undefined) : SMALL_NUMBERS[t?.lower ?? '']
  return tokens[at - 1]?.lower === 'half' && hour !== undefined && hour >= 1 && hour <= 12
}

/**
 * Whether the number is the hour of "at half seven", "from half eight", or the second of "from
 * half seven to half eight": not "cut in half seven times" nor "half seven-year-olds".
 */
function isHalfHour(tokens: readonly Token[], first: number, core: NumberCore): boolean {
  return core.end === first + 1 && isHalfHourClock(tokens, first)
}

/**
 * Whether `tokens[hour]` is the hour of a British half hour the dates read: "at half seven", "at
 * around half 11", the second of "from half seven to half eight". The "half" before it is then no
 * share ("around half" is no 50%).
 */
export function isHalfHourClock(tokens: readonly Token[], hour: number): boolean {
  if (!isHalfHourWord(tokens, hour)) return false
  const lead = tokens[hour - 2]?.lower ?? ''
  if (!HALF_HOUR_LEADS.has(lead) && !(HALF_HOUR_LINKS.has(lead) && isHalfHourWord(tokens, hour - 3)))
    return false
  const next = tokens[hour + 1]
  return endsClock(next) || (HALF_HOUR_LINKS.has(next?.lower ?? '') && tokens[hour + 2]?.lower === 'half')
}

/** Whether the token after a clock's hour lets it be one: a break, or a word of when. */
const endsClock = (t: Token | undefined): boolean =>
  isClauseBreak(t) || (t!.kind === 'word' && CLOCK_FOLLOWERS.has(t!.lower))

/** The most days a list may hold before its month: "2, 3, 4 and 5 June". */
const MAX_LISTED_DAYS = 10

/**
 * Whether the day before token `k` opens a list of days that ends in a month: "on 2, 3 and 4
 * December", "1st, 8th and 15th March" (each day after the one before, as the dates read them).
 */
function isListedDay(tokens: readonly Token[], k: number, day: number): boolean {
  let previous = day
  for (let listed = 0; listed < MAX_LISTED_DAYS; listed++) {
    const link = tokens[k]
    const last = link?.lower === 'and' || link?.text === '&'
    if (!last && link?.text !== ',') return false
    const next = tokens[k + 1]
    if (next?.kind !== 'num' || !/^\d{1,2}$/.test(next.text) || next.value <= previous || next.value > 31)
      return false
    k += 2
    if (tokens[k]?.kind === 'word' && !tokens[k]!.gap && ORDINAL_SUFFIXES.has(tokens[k]!.lower)) k++
    if (last) return isMonth(tokens[tokens[k]?.lower === 'of' ? k + 1 : k])
    previous = next.value
  }
  return false
}

const DOTTED_LEADS: ReadonlySet<string> = new Set(DOTTED_TIME_LEADS)
const DOTTED_DAY_WORDS: ReadonlySet<string> = new Set(DOTTED_TIME_DAY_WORDS)

/**
 * "at 10.30 on Tuesday", "called at 14.32.": hours and minutes with a stop after a word of the
 * clock, tied to a day or past noon, as the date normaliser reads them.
 */
function isDottedTime(tokens: readonly Token[], first: number, core: NumberCore): boolean {
  const t = tokens[core.numberEnd - 1]!
  const m = /^(\d{1,2})\.([0-5]\d)$/.exec(t.text)
  if (!m || first !== core.numberEnd - 1 || !DOTTED_LEADS.has(tokens[first - 1]?.lower ?? '')) return false
  const hour = Number(m[1])
  if (hour > 23) return false
  const next = tokens[core.end]
  if (next?.kind === 'word' && DOTTED_DAY_WORDS.has(next.lower)) return true
  return hour >= 13 && (!next || isClauseBreak(next))
}

/** Links between the two ends of a range of times: "9-11pm", "between 9 and 11pm", "from 9 to 11pm". */
const TIME_RANGE_LINKS: ReadonlySet<string> = new Set(['-', '–', 'and', 'to', 'until', 'till'])

/** Whether a word of the clock stands at `k`: "am", "pm", "a.m.", "hrs", "GMT". */
function isTimeWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (t?.kind !== 'word' || !TIME_OF_DAY.has(t.lower)) return false
  if (t.lower === 'a' || t.lower === 'p') return tokens[k + 1]?.text === '.' && tokens[k + 2]?.lower === 'm'
  return true
}

/** Whether a token is a month's name or abbreviation ("may" too: callers tell the verb apart). */
function isMonth(t: Token | undefined): t is Token {
  return t?.kind === 'word' && MONTH_WORDS.has(t.lower)
}

/** The verbs of an event at a moment: "left", "arrived", "set off". */
const EVENT_PHRASES: ReadonlySet<string> = new Set(EVENT_VERBS)
/** How many words may stand between an event's verb and "at": "arrived at the scene at". */
const EVENT_REACH = 4
/** Words after an event's time that end the phrase it is in. Keep sorted. */
const AFTER_EVENT_TIME: ReadonlySet<string> = new Set([
  'after',
  'and',
  'at',
  'before',
  'but',
  'for',
  'from',
  'in',
  'last',
  'local',
  'on',
  'this',
  'to',
  'today',
  'tonight',
  'when',
  'while',
  'with',
  'yesterday',
])

/**
 * "The convoy left at 1530.", "arrived at the scene at 2140 and": four digits after "at" and a
 * verb of an event are a 24-hour time, as the date normaliser reads them; not "at 1530 Main
 * Street" nor "at 2019 levels".
 */
function isEventTime(tokens: readonly Token[], first: number, core: NumberCore): boolean {
  const t = tokens[first]!
  if (first !== core.numberEnd - 1 || !/^(?:[01]\d|2[0-3])[0-5]\d$/.test(t.text)) return false
  if (tokens[first - 1]?.lower !== 'at') return false
  const next = tokens[core.end]
  if (next && !isClauseBreak(next) && !(next.kind === 'word' && AFTER_EVENT_TIME.has(next.lower)))
    return false
  for (let k = first - 2; k >= 0 && k >= first - 3 - EVENT_REACH; k--) {
    const w = tokens[k]!
    if (w.kind !== 'word') return false
    if (EVENT_PHRASES.has(w.lower) || EVENT_PHRASES.has(`${tokens[k - 1]?.lower} ${w.lower}`)) return true
  }
  return false
}
