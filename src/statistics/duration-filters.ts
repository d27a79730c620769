import type { Statistic } from '../model'
import { AGE_LINKS, AGE_WORDS, PERSON_NOUNS, RANGE_LINKS, TIME_UNIT_FILLERS, TIME_UNITS } from './lexicon'
import { readNumberWords, startsNumberWords } from './number-words'
import { isParticiple } from './participles'
import { isGluedHyphen, type Token } from './tokens'
import { UNIT_WORDS } from './units'

/*
 * Numbers that are lengths of time: durations ("three years") and ages ("aged 15"). The date
 * normaliser owns durations, and an age is a length of time, not a count.
 */

/** "three years", "a four day period", "six-month", "three full days": a length of time. */
export function isDuration(tokens: readonly Token[], end: number): boolean {
  let k = end
  // "six and a half years".
  if (tokens[k]?.lower === 'and' && tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'half') k += 3
  if (tokens[k]?.text === '-' && !tokens[k]!.gap) k++
  const t = tokens[k]
  if (t?.kind !== 'word') return false
  if (TIME_UNITS.has(t.lower)) return true
  if (TIME_UNIT_FILLERS.has(t.lower)) {
    const u = tokens[k + 1]
    return !!u && u.kind === 'word' && TIME_UNITS.has(u.lower)
  }
  return false
}

/**
 * "three or four years", "20-24 hours", "a 5- to 10-minute walk": the first end of a range of
 * durations or ages; also of 24-hour
 * times ("from 2200 to 0600 hours", whose second end the tokeniser keeps whole, as a phone number).
 */
export function isRangeOfDurations(tokens: readonly Token[], end: number): boolean {
  // "a 5- to 10-minute walk", "a 10- to 12-year-old": a hyphen left hanging before the link
  // shares the unit of the second end.
  const hanging = isGluedHyphen(tokens[end]) && tokens[end + 1]?.kind === 'word'
  const at = hanging ? end + 1 : end
  const link = tokens[at]
  // "a 5-to-10-minute walk": the link glued between hyphens.
  const from = hanging && isGluedHyphen(tokens[at + 1]) && !tokens[at + 2]?.gap ? at + 2 : at + 1
  const other = tokens[from]
  if (!link || !other || !RANGE_LINKS.has(link.lower)) return false
  if (other.kind === 'num' || (other.kind === 'skip' && /^0\d{3}$/.test(other.text)))
    return isDuration(tokens, from + 1)
  if (other.kind !== 'word' || !startsNumberWords(other.lower)) return false
  const words = readNumberWords(tokens, from)
  return !!words && isDuration(tokens, words.end)
}

/** "aged 15", "aged between 18 and 25", "the age of 18": an age is a length of time. */
export function isAge(tokens: readonly Token[], first: number): boolean {
  if (isAgeBound(tokens, first)) return true
  // Back over a list of ages to "aged": "aged 21, 23, 25 and 30" (a bounded walk).
  for (let k = first - 1; k >= 0 && k >= first - AGE_LIST_REACH; k--) {
    const t = tokens[k]!
    if (t.kind === 'word' && AGE_WORDS.has(t.lower)) return true
    if (t.lower === 'of' && tokens[k - 1]?.lower === 'age') return true
    if (t.kind !== 'num' && !AGE_LINKS.has(t.lower)) return false
  }
  return false
}

/**
 * An age as the level of a rule: "The pension age will rise to 68", "lower the voting age to 16",
 * "raising the age of criminal responsibility to 12". Its measure's head is "age", and an age is
 * no statistic.
 */
export function isAgeLevel(s: Pick<Statistic, 'unit' | 'value' | 'measure'>): boolean {
  return s.unit === 'count' && isLifeAge(s.value) && s.measure !== null && AGE_MEASURE.test(s.measure)
}
/** A measure whose head noun is "age": "pension age", "the state pension age", "the age of criminal responsibility". */
const AGE_MEASURE =
  /^(?:the[ \u00a0])?(?:[\p{L}-]{1,20}[ \u00a0]){0,2}age(?:[ \u00a0]of[ \u00a0][^,;]{1,60})?$/iu

/** Whether a number is an age a life can hold: a whole number of years, 1 to 120. */
export function isLifeAge(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value <= MAX_AGE
}
const MAX_AGE = 120

/** How many tokens back from a number "aged" may stand: a list of eight ages and its links. */
const AGE_LIST_REACH = 16

/** Nouns for two or more people that a list of their ages may follow: "the pair, 19 and 22,". */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'brothers',
  'couple',
  'duo',
  'pair',
  'sisters',
  'trio',
  'twins',
])

/**
 * "The pair, 19 and 22, were charged", "three men, 25, 31 and 40, were arrested": whole numbers
 * set off by commas after people, joined by "and", are their ages (as "a man, 32," is). `first`
 * is the number's token; every number of the list must be a bare age.
 */
export function isAgeListAfterPeople(tokens: readonly Token[], first: number): boolean {
  let a = first
  let joined = false
  while (a > 0 && first - a < AGE_LIST_REACH && isAgeListToken(tokens[a - 1]!)) {
    a--
    if (tokens[a]!.lower === 'and') joined = true
  }
  let b = first
  while (b + 1 < tokens.length && b - first < AGE_LIST_REACH && isAgeListToken(tokens[b + 1]!)) {
    b++
    if (tokens[b]!.lower === 'and') joined = true
  }
  // The list opens and closes with a comma, right after the people it belongs to.
  const who = tokens[a - 1]
  if (!joined || tokens[a]!.text !== ',' || tokens[b]!.text !== ',' || who?.kind !== 'word') return false
  if (!isPeople(who.lower) && !GROUP_NOUNS.has(who.lower)) return false
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k]!
    if (t.kind === 'num' && !isLifeAge(t.value)) return false
    // Numbers and links alternate: "19 and 22", "25, 31 and 40", "25, 31, and 40".
    const next = tokens[k + 1]!
    if (t.kind === 'num' && next.kind === 'num') return false
  }
  return true
}

/** A token a list of ages is made of: a number, a comma or "and". */
function isAgeListToken(t: Token): boolean {
  return (t.kind === 'num' && /^\d{1,3}$/.test(t.text)) || t.text === ',' || t.lower === 'and'
}

/**
 * "children as young as 12", "victims as old as 90": "young" and "old" say the number is an age
 * ("as many as 12" and "as much as 90%" are counts).
 */
function isAgeBound(tokens: readonly Token[], first: number): boolean {
  const adjective = tokens[first - 2]?.lower
  return (
    tokens[first - 1]?.lower === 'as' &&
    (adjective === 'young' || adjective === 'old') &&
    tokens[first - 3]?.lower === 'as'
  )
}

/** Words that make the subject a count of people of an age: "the number of officers of working age". */
const COUNTED_BY_AGE: ReadonlySet<string> = new Set(['number', 'percentage', 'proportion', 'share', 'total'])
/** How far back from its verb an age's subject is looked for: "the average age of officers was". */
const AGE_SUBJECT_REACH = 6

/**
 * "The average age of officers was 39", "the median age is 27": an age given as the subject's
 * value, no figure (the guidelines rule ages out). `first` and `end` bound the quantity.
 */
export function isAgeStated(tokens: readonly Token[], first: number, end: number): boolean {
  const verb = tokens[first - 1]
  if (verb?.kind !== 'word' || !COPULAS.has(verb.lower) || end - first !== 1) return false
  const age = tokens[first]?.value ?? Number.NaN
  if (!isLifeAge(age)) return false
  let aged = false
  for (let k = first - 2; k >= 0 && k >= first - 1 - AGE_SUBJECT_REACH; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') break
    if (COUNTED_BY_AGE.has(t.lower)) return false
    if (t.lower === 'age') aged = true
  }
  return aged
}

/**
 * "children under 18", "children under five", "anyone over 65": a limit of age after people,
 * which is no figure (the guidelines rule ages out; "pupils aged 11" is `isAge`'s). `first` is the
 * quantity's first token, `age` the number's value.
 */
export function isAgeLimit(tokens: readonly Token[], first: number, end: number, age: number): boolean {
  if (isOpenAgeBand(tokens, first, end, age)) return true
  // The bound opens the quantity ("under 18"), or stands just before the number read alone.
  const at = AGE_BOUNDS.has(tokens[first]?.lower ?? '') ? first : first - 1
  const bound = tokens[at]
  // The people stand before the bound, or before a verb "to be" ("victims were under 25").
  const linked = tokens[at - 1]?.kind === 'word' && COPULAS.has(tokens[at - 1]!.lower)
  const who = tokens[linked ? at - 2 : at - 1]
  if (bound?.kind !== 'word' || !AGE_BOUNDS.has(bound.lower) || who?.kind !== 'word') return false
  // "A quarter were under 25", "most are over 65": a share of the people, linked to their age.
  // "those killed were under 25": people named by what befell them.
  const those = linked && tokens[at - 3]?.lower === 'those' && isParticiple(who.lower)
  if (!isPeople(who.lower) && !(linked && SHARES_OF_PEOPLE.has(who.lower)) && !those) return false
  // An age is a whole number of years a life can hold: "people over 1,000" counts.
  if (!isLifeAge(age)) return false
  // "children under 18 months" is a length of time, "a man over 6 feet" a height: no age.
  const next = tokens[end]
  return !isDuration(tokens, end) && !(next?.kind === 'word' && UNIT_WORDS.has(next.lower))
}

/** Words after "and" or "or" that leave an age's band open: "65 and older", "5 and under". Keep sorted. */
const OPEN_BAND_ENDS: ReadonlySet<string> = new Set([
  'above',
  'below',
  'older',
  'over',
  'under',
  'up',
  'younger',
])

/**
 * "adults 65 and older", "children 5 and under", "people 75 or over": an age right after people,
 * its band left open by "and" or "or", as health departments write it; no figure.
 */
function isOpenAgeBand(tokens: readonly Token[], first: number, end: number, age: number): boolean {
  const who = tokens[first - 1]
  const link = tokens[end]?.lower
  if (who?.kind !== 'word' || !isPeople(who.lower) || (link !== 'and' && link !== 'or')) return false
  return OPEN_BAND_ENDS.has(tokens[end + 1]?.lower ?? '') && isLifeAge(age)
}

/** People counted by age, or a person: "children", "anyone", "victim", "victims". */
function isPeople(word: string): boolean {
  if (AGE_GROUPS.has(word) || PERSON_NOUNS.has(word)) return true
  return word.endsWith('s') && PERSON_NOUNS.has(word.slice(0, -1))
}

/** The forms of "to be" that link people to their age: "the victims were under 25". */
const COPULAS: ReadonlySet<string> = new Set(['are', 'is', 'was', 'were'])

/** A share of people, before "were" and an age: "half were under 25". Keep sorted. */
const SHARES_OF_PEOPLE: ReadonlySet<string> = new Set([
  'all',
  'fifth',
  'fifths',
  'half',
  'majority',
  'many',
  'most',
  'quarter',
  'quarters',
  'some',
  'third',
  'thirds',
])

/** Words that bound an age after people: "under 18", "over 65". */
const AGE_BOUNDS: ReadonlySet<string> = new Set(['over', 'under'])

/** People counted by age: "children under 18", "anyone over 65". Keep sorted. */
const AGE_GROUPS: ReadonlySet<string> = new Set([
  'adults',
  'anybody',
  'anyone',
  'boys',
  'children',
  'drivers',
  'everyone',
  'girls',
  'men',
  'people',
  'persons',
  'players',
  'pupils',
  'students',
  'teenagers',
  'those',
  'women',
  'youngsters',
  'youths',
])
