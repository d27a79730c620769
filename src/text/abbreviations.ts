import { ABBREVIATIONS } from '../quotes/lexicon'

/**
 * US states as the AP abbreviates them in datelines and addresses ("TAMPA, Fla. –", "of
 * Baltimore, Md., was"). Two-letter postal codes take no stop; initials ("N.Y.", "D.C.") are
 * initials already. Keep sorted.
 */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Ala',
  'Ariz',
  'Ark',
  'Calif',
  'Colo',
  'Conn',
  'Del',
  'Fla',
  'Ga',
  'Ill',
  'Ind',
  'Kan',
  'Kans',
  'Ky',
  'La',
  'Mass',
  'Md',
  'Mich',
  'Minn',
  'Miss',
  'Mo',
  'Mont',
  'Neb',
  'Nev',
  'Okla',
  'Ore',
  'Pa',
  'Penn',
  'Tenn',
  'Tex',
  'Va',
  'Vt',
  'Wash',
  'Wis',
  'Wyo',
])

/** Months as datelines abbreviate them ("Dec. 3, 2024"). Keep sorted. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Apr',
  'Aug',
  'Dec',
  'Feb',
  'Jan',
  'Nov',
  'Oct',
  'Sep',
  'Sept',
])

/** Abbreviations that close a name ("Acme Inc.", "John Smith Jr."): a capitalised word after them starts a sentence. */
const CLOSING_NAMES: ReadonlySet<string> = new Set(['co', 'etc', 'inc', 'jr', 'ltd', 'sr', 'vs'])
/** The library's abbreviations ("Det.", "Supt.", "St.") that come before a name. */
const BEFORE_NAMES: ReadonlySet<string> = new Set(ABBREVIATIONS.filter((a) => !CLOSING_NAMES.has(a)))
/** Longest abbreviation looked for before a stop. */
const MAX_ABBREVIATION = 6

/**
 * Whether the full stop at `dot` closes an abbreviation rather than a sentence: a state or a month
 * before a lower-case word, a figure or a dash ("TAMPA, Fla. – A man", "Dec. 3"), or a title before
 * a name as well ("Det. Sgt. Jones", "Ft. Lauderdale"). A state before a capitalised word may end
 * a sentence ("… in Tampa, Fla. He was …"), and so may an abbreviation that closes a name.
 */
export function isAbbreviationStop(text: string, dot: number): boolean {
  if (closesJuniorGrade(text, dot)) return true
  let from = dot
  while (from > 0 && dot - from <= MAX_ABBREVIATION && isLetter(text.charCodeAt(from - 1))) from--
  if (from === dot || dot - from > MAX_ABBREVIATION) return false
  // A word of its own: not the end of "U.S.Fla" or "e-Fla".
  if (from > 0 && !isSpaceOrOpening(text.charCodeAt(from - 1))) return false
  const word = text.slice(from, dot)
  if (!isUpper(word.charCodeAt(0))) return false
  const title = BEFORE_NAMES.has(word.toLowerCase())
  const known =
    title ||
    STATE_ABBREVIATIONS.has(word) ||
    MONTH_ABBREVIATIONS.has(word) ||
    CLOSING_NAMES.has(word.toLowerCase())
  if (!known) return false
  let next = dot + 1
  while (next < text.length && next - dot < 4 && isSpace(text.charCodeAt(next))) next++
  if (next >= text.length) return false
  const c = text.charCodeAt(next)
  if (isUpper(c)) return title
  // A quotation may open the next sentence.
  return c !== 0x22 && c !== 0x201c && c !== 0x2018
}

/**
 * True when the stop at `dot` closes the junior grade of a naval lieutenant before a name ("Lt.
 * j.g. Jane Doe", "Lt j.g. Tom Baker"): the rank goes on to the name.
 */
export function closesJuniorGrade(text: string, dot: number): boolean {
  if (text.slice(dot - 3, dot) !== 'j.g' || (dot > 3 && !isSpaceOrOpening(text.charCodeAt(dot - 4))))
    return false
  let next = dot + 1
  while (next < text.length && next - dot < 4 && isSpace(text.charCodeAt(next))) next++
  return next < text.length && isUpper(text.charCodeAt(next))
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x09
}

function isSpaceOrOpening(c: number): boolean {
  return isSpace(c) || c === 0x0a || c === 0x28 || c === 0x2c
}

/** A county, as Ireland writes it before the name ("in Co. Galway", "Swords, Co. Dublin"). */
const COUNTY = 'co'
/**
 * Whether a line ends on an abbreviation that stands before a name ("… in Co." over "Galway", "…
 * in St." over "Helens"), so that the line goes on to the next: a title ("Det.", "Supt."), a
 * saint or a mount ("St.", "Mt."), or a county after a lower-case word or a comma; "Acme Co."
 * closes a company's name, and "No." may end a sentence.
 */
export function endsBeforeName(line: string): boolean {
  const t = line.trimEnd()
  if (!t.endsWith('.')) return false
  const space = t.lastIndexOf(' ', t.length - 2)
  const word = t.slice(space + 1, -1)
  if (word.length === 0 || word.length > MAX_ABBREVIATION || !isUpper(word.charCodeAt(0))) return false
  const lower = word.toLowerCase()
  if (lower === COUNTY) {
    const before = t.slice(t.lastIndexOf(' ', space - 1) + 1, space)
    return space > 0 && (before.endsWith(',') || /^\p{Ll}/u.test(before))
  }
  return lower !== 'no' && BEFORE_NAMES.has(lower)
}
