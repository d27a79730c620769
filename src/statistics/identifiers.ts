import { PLACE_NAME_WORDS } from '../releases/dateline'
import { isLifeAge } from './duration-filters'
import { closesFamilySize } from './family'
import {
  ABBREVIATED_NAME_WORDS,
  CALIBER_WORDS,
  CALL_WORDS,
  CHANGE_WORDS,
  CODE_CITATIONS,
  CODE_WORDS_AFTER,
  DIAL_VERBS,
  FIREARM_WORDS,
  NAME_SUFFIXES,
  NUMBERED_DOCUMENTS,
  OPERATION_WORDS,
  ORDINAL_SUFFIXES,
  PERSON_NOUNS,
  PHONE_NOUNS,
  RANK_NOUNS,
  RANK_PREPOSITIONS,
  SCALE_LEVELS,
  SCHOOL_YEAR_NOUNS,
  SERVICE_NUMBERS,
  STREET_OPENINGS,
  STREET_WORDS,
  UNIT_NAMES,
} from './lexicon'
import { DETERMINERS, PREPOSITIONS } from './measure-lexicon'
import { isNameWord } from './name-filters'
import { isClauseBreak, isGluedHyphen, type Token } from './tokens'

/*
 * Numbers in digits that identify rather than count: list numbers ("(1) cybercrime, (2) drugs"),
 * subsections ("s. 91(1)"), numbered places and units ("51 Division", "the 900 block of"),
 * numbers after an abbreviated name word ("District No. 1", "s. 91"), the numeral of an
 * operation's name ("Operation Protected Childhood 8"), sizes ("a size 10 shoe"), the sides of a score ("won 2-1"), codes
 * ("the 90210 ZIP code").
 */

/** How far a list number looks for its neighbours, in tokens. */
const LIST_REACH = 80

/**
 * Whether the digits at `tokens[start..end)` identify something. `first` is the first token of the
 * quantity (its qualifier, if any).
 */
export function isIdentifier(tokens: readonly Token[], first: number, start: number, end: number): boolean {
  // "under 8 U.S.C. 1326": a citation, whatever stands before it ("under", or the "C." of "U.S.C.").
  if (isCitation(tokens, start, end)) return true
  if (first !== start) return false
  return (
    isAfterNumberSign(tokens, start) ||
    isZeroPadded(tokens[start]!) ||
    isAfterCodeYear(tokens, start) ||
    isFootnoteMark(tokens, start, end) ||
    isVanityNumber(tokens, start, end) ||
    isListNumber(tokens, start, end) ||
    isInlineListNumber(tokens, start, end) ||
    isSubsection(tokens, start) ||
    hasSubsection(tokens, end) ||
    isStarSerial(tokens, start, end) ||
    isAfterAbbreviatedName(tokens, start) ||
    isNumberedUnit(tokens, start, end) ||
    isOperationNumeral(tokens, start) ||
    isScore(tokens, start, end) ||
    isMatchMinute(tokens, start, end) ||
    isNamedCode(tokens, end) ||
    isCaliber(tokens, end) ||
    isSize(tokens, start) ||
    isSchoolYear(tokens, start, end) ||
    isCourseMarker(tokens, start, end) ||
    isRank(tokens, start, end) ||
    isScaleLevel(tokens, start) ||
    isDriveKind(tokens, start, end) ||
    isCodeSerial(tokens, start, end)
  )
}

/**
 * "Ref: 06/06/24-1234", "1234-06/06/24": digits joined by a hyphen, with no space, to a run in a
 * date's or a code's shape are part of one reference. So are both halves of a case number, a
 * year's two digits and a serial of four or more ("case #24-1234", "file 23-004512"): no range
 * runs from 24 to 1234.
 */
function isCodeSerial(tokens: readonly Token[], start: number, end: number): boolean {
  const t = tokens[start]!
  const prev = tokens[start - 2]
  if (isGluedHyphen(tokens[start - 1]) && !t.gap) {
    if (prev?.kind === 'skip') return true
    if (
      prev?.kind === 'num' &&
      (isCaseNumber(prev.text, t.text, tokens[start - 3]) ||
        isNamedNumber(tokens, start - 2) ||
        isAfterGluedWord(tokens, start - 2))
    )
      return true
  }
  const after = tokens[end + 1]
  if (!isGluedHyphen(tokens[end]) || !after || after.gap) return false
  return (
    after.kind === 'skip' ||
    (after.kind === 'num' && end === start + 1 && isCaseNumber(t.text, after.text, tokens[start - 1])) ||
    isLetterSerial(tokens, end + 1)
  )
}

/** "CVE-2023-1234", "SCP-173-2": a word, then numbers, all glued by hyphens, make one code. */
function isAfterGluedWord(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at - 2]
  return (
    !tokens[at]!.gap && isGluedHyphen(tokens[at - 1]) && word?.kind === 'word' && /^[A-Z]/.test(word.text)
  )
}

/**
 * "File # 2024-12345", "File No. 3-21456", "Section 5-7": the number before the hyphen is named
 * by the word before it, and the part after the hyphen belongs to the same name.
 */
function isNamedNumber(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]
  if (!before) return false
  if (before.text === '#' || before.lower === 'number' || isDocumentNumber(tokens, at)) return true
  return (before.kind === 'word' && isNameWord(before, tokens[at - 2])) || isAfterAbbreviatedName(tokens, at)
}

/**
 * "Press Release Number: 24-312", "Case No: 1234", "RELEASE NUMBER: 2024-187": a document's number
 * after its label's colon, the kind of document capitalised or in capitals before "Number" (not
 * "Total Number: 45").
 */
export function isDocumentNumber(tokens: readonly Token[], at: number): boolean {
  const label = tokens[at - 2]
  const kind = tokens[at - 3]
  if (tokens[at - 1]?.text !== ':' || label === undefined || kind?.kind !== 'word') return false
  if (label.text === 'Number' || label.text === 'No') return NUMBERED_DOCUMENTS.has(kind.text)
  // A page's label line in capitals: both words so.
  return (
    (label.text === 'NUMBER' || label.text === 'NO') &&
    NUMBERED_DOCUMENTS.has(kind.text.charAt(0) + kind.text.slice(1).toLowerCase()) &&
    kind.text === kind.text.toUpperCase()
  )
}

/**
 * "a 191-D-12345 registered vehicle", "24-A-12345": capital letters between two hyphens and a
 * run of digits, all glued, make a registration or a reference. `at` is the letters' token.
 */
function isLetterSerial(tokens: readonly Token[], at: number): boolean {
  const letters = tokens[at]!
  const tail = tokens[at + 2]
  return (
    letters.kind === 'word' &&
    /^[A-Z]{1,3}$/.test(letters.text) &&
    isGluedHyphen(tokens[at + 1]) &&
    tail?.kind === 'num' &&
    !tail.gap
  )
}

/**
 * A year and a serial: "24-1234", "23-004512"; and after a word for a file (`lead`), a year in
 * full before a serial of five digits or more, or padded with zeros, as Canadian police number
 * their files ("quote file 2024-12345", "occurrence 2023-0456"), where "between 2000-10000" is a range.
 */
function isCaseNumber(year: string, serial: string, lead: Token | undefined): boolean {
  if (/^\d{2}$/.test(year)) return /^\d{4,7}$/.test(serial)
  return (
    FILE_WORDS.has(lead?.lower ?? '') &&
    /^(?:19|20)\d{2}$/.test(year) &&
    /^(?:\d{5,7}|0\d{2,6})$/.test(serial)
  )
}

/** Words for a police file before its number: "file 2024-12345". Keep sorted. */
const FILE_WORDS: ReadonlySet<string> = new Set([
  '#',
  'case',
  'file',
  'incident',
  'no',
  'number',
  'occurrence',
  'ref',
  'reference',
  'report',
])

/** "18 U.S.C. § 922(g)(1)": a title number before a code, a section after "§" or the code. */
function isCitation(tokens: readonly Token[], start: number, end: number): boolean {
  return (
    isCodeSection(tokens, start) ||
    CODE_CITATIONS.some((code) => code.every((w, n) => tokens[end + n]?.lower === w))
  )
}

/** "§ 922", "21 U.S.C. 841", "40 CFR 261": a section number cited after "§" or a code's abbreviation. */
export function isCodeSection(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.text === '§') return true
  // "U.S.C. 841": the abbreviation's last full stop before the number.
  const last = tokens[start - 1]?.text === '.' ? start - 2 : start - 1
  return CODE_CITATIONS.some((code) => code.every((w, n) => tokens[last - code.length + 1 + n]?.lower === w))
}

/** "the 90210 ZIP code", "the 212 area code": a number named a code. */
function isNamedCode(tokens: readonly Token[], end: number): boolean {
  return CODE_WORDS_AFTER.some((words) => words.every((w, n) => tokens[end + n]?.lower === w))
}

/** "a .40 caliber pistol", "a 12-gauge shotgun", "a 9mm handgun", "a .38 revolver": a bore names a kind of gun. */
function isCaliber(tokens: readonly Token[], end: number): boolean {
  let k = end
  if (tokens[k]?.text === '-' && !tokens[k]!.gap) k++
  const next = tokens[k]
  if (next?.kind !== 'word') return false
  if (CALIBER_WORDS.has(next.lower)) return true
  // "a .38 revolver": a bore written from its point, right before the gun.
  if (tokens[end - 1]?.text.startsWith('.') && FIREARM_WORDS.has(next.lower)) return true
  // "9mm handgun", "9 mm rounds", "7.62mm ammunition".
  return next.lower === 'mm' && FIREARM_WORDS.has(tokens[k + 1]?.lower ?? '')
}

/** "a size 10 shoe", "shoe size 12": the number names a size, it counts nothing. */
function isSize(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.lower === 'size'
}

/** "year 10 pupils", "pupils in year 11": a school year names a class, it counts nothing. */
function isSchoolYear(tokens: readonly Token[], start: number, end: number): boolean {
  const t = tokens[start]!
  if (tokens[start - 1]?.lower !== 'year' || end !== start + 1 || !/^\d{1,2}$/.test(t.text) || t.value > 13)
    return false
  const next = tokens[end]
  const before = tokens[start - 2]?.lower ?? ''
  if (CALENDAR_YEAR_WORDS.has(before)) return false
  if (next?.kind === 'word' && SCHOOL_YEAR_NOUNS.has(next.lower)) return true
  return before === 'in' || before === 'into'
}

/** "This year 12 pupils were excluded": "year" closes a phrase of time, and the number counts. */
const CALENDAR_YEAR_WORDS: ReadonlySet<string> = new Set([
  'each',
  'every',
  'last',
  'next',
  'one',
  'past',
  'per',
  'same',
  'that',
  'this',
  'whole',
])

/** Words before "mile 12" that make it a point on a course: "at mile 12", "past mile 20". */
const COURSE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'after',
  'around',
  'at',
  'beyond',
  'by',
  'near',
  'passed',
  'passing',
  'past',
  'reached',
  'reaching',
  'to',
  'until',
])

/**
 * "at mile 12", "mile 20 of the marathon", "at hole 18": a point on a course by its number. Not
 * "ran a mile 3 times".
 */
function isCourseMarker(tokens: readonly Token[], start: number, end: number): boolean {
  const marker = tokens[start - 1]?.lower
  if ((marker !== 'mile' && marker !== 'hole') || end !== start + 1) return false
  return tokens[end]?.lower === 'of' || COURSE_PREPOSITIONS.has(tokens[start - 2]?.lower ?? '')
}

/**
 * "in the top 10", "a top 20 finish": a rank, not ten of something. Not "the top 10 per cent" nor
 * "Sales top 1,000" (a verb).
 */
function isRank(tokens: readonly Token[], start: number, end: number): boolean {
  const top = tokens[start - 1]?.lower
  if ((top !== 'top' && top !== 'bottom') || end !== start + 1) return false
  const next = tokens[end]
  if (next?.text === '%' || next?.lower === 'per' || next?.lower === 'percent') return false
  const article = tokens[start - 2]?.lower
  if (article === 'a' && next?.kind === 'word' && RANK_NOUNS.has(next.lower)) return true
  return article === 'the' && RANK_PREPOSITIONS.has(tokens[start - 3]?.lower ?? '')
}

/** Words after "the top three" that count nothing, so the number is a place in a table. Keep sorted. */
const AFTER_PLACE: ReadonlySet<string> = new Set([
  'again',
  'and',
  'but',
  'last',
  'or',
  'since',
  'this',
  'when',
  'while',
])

/**
 * "slipped towards the bottom three", "finish in the top four.": a band of places in a table,
 * written in digits or words with nothing counted after it. Not "the top five teams" (five
 * teams) nor "the top 10 per cent".
 */
export function isTablePlace(tokens: readonly Token[], start: number, end: number): boolean {
  const top = tokens[start - 1]?.lower
  if ((top !== 'top' && top !== 'bottom') || tokens[start - 2]?.lower !== 'the') return false
  const next = tokens[end]
  if (!next) return true
  if (next.kind === 'sym') return next.text !== '%' && next.text !== '-'
  if (next.kind !== 'word' || next.text !== next.lower || next.lower === 'per') return false
  return PREPOSITIONS.has(next.lower) || AFTER_PLACE.has(next.lower)
}

/**
 * "an offense level of 32", "a threat level of 4": a step on a scale named "level of", as
 * "level 4" names one; not "a level of 5 micrograms" or "record levels of 300".
 */
function isScaleLevel(tokens: readonly Token[], start: number): boolean {
  return (
    tokens[start - 1]?.lower === 'of' &&
    tokens[start - 2]?.lower === 'level' &&
    SCALE_LEVELS.has(tokens[start - 3]?.lower ?? '')
  )
}

/** "a 4x4", "4 x 4 vehicles", "a 6×6 truck": wheels and driven wheels name a kind of vehicle. */
function isDriveKind(tokens: readonly Token[], start: number, end: number): boolean {
  if (end !== start + 1) return false
  const x = tokens[end]
  if (isTimesSign(x) && isDriveSides(tokens[start]!, tokens[end + 1])) return !isMeasured(tokens[end + 2])
  const before = tokens[start - 1]
  return isTimesSign(before) && isDriveSides(tokens[start - 2], tokens[start]) && !isMeasured(tokens[end])
}

function isTimesSign(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === 'x' || t.text === '×')
}

function isDriveSides(wheels: Token | undefined, driven: Token | undefined): boolean {
  return (
    wheels?.kind === 'num' &&
    driven?.kind === 'num' &&
    /^[468]$/.test(wheels.text) &&
    /^[2468]$/.test(driven.text) &&
    driven.value <= wheels.value
  )
}

/** "4 x 4 metres", "4x4m": a size, not a kind of vehicle. */
function isMeasured(t: Token | undefined): boolean {
  return t?.kind === 'word' && DIMENSION_WORDS.has(t.lower)
}

const DIMENSION_WORDS: ReadonlySet<string> = new Set([
  'cm',
  'feet',
  'foot',
  'ft',
  'in',
  'inch',
  'inches',
  'm',
  'meter',
  'meters',
  'metre',
  'metres',
  'mm',
])

/** "won 2-1", "tied at 89-89", "a 9-2 lead": a score, its first side not below the second. */
function isScore(tokens: readonly Token[], start: number, end: number): boolean {
  const dash = tokens[end]
  const after = tokens[end + 1]
  if (dash?.text === '-' && !dash.gap && after?.kind === 'num' && !after.gap)
    return isSides(tokens[start]!, after) && tokens[end + 2]?.text !== '-'
  const before = tokens[start - 1]
  const first = tokens[start - 2]
  if (before?.text === '-' && !before.gap && !tokens[start]!.gap && first?.kind === 'num')
    return isSides(first, tokens[start]!) && tokens[start - 3]?.text !== '-'
  return false
}

/** Primes written after a match's minute: "23'", "67’", "90′". */
const MINUTE_MARKS: ReadonlySet<string> = new Set(["'", '’', '′'])
/** How many tokens a list of minutes runs back to its bracket or its player's name. */
const MINUTE_REACH = 12

/**
 * "Smith (23')", "Jones (45+2', pen)", "Scorers: Smith 23', Brown 67’": the minute of a match in
 * which a goal came, a number with a prime glued after it, in brackets or after a name. It says
 * when, and counts nothing. Not a closing quotation mark ("‘We arrested 23’"): there a word in
 * lower case or an opening mark stands before the number. Not feet and inches ("6'2\"").
 */
function isMatchMinute(tokens: readonly Token[], start: number, end: number): boolean {
  // "45+2'": the minutes added after the half's last.
  const added = tokens[end]?.text === '+' && !tokens[end]!.gap && tokens[end + 1]?.kind === 'num'
  const close = added && !tokens[end + 1]!.gap ? end + 2 : end
  const mark = tokens[close]
  if (!mark || mark.gap || !MINUTE_MARKS.has(mark.text)) return false
  const after = tokens[close + 1]
  if (after?.kind === 'num' && !after.gap) return false
  for (let k = start - 1; k >= 0 && start - k <= MINUTE_REACH; k--) {
    const t = tokens[k]!
    if (t.text === '(') return true
    if (t.kind === 'word') return /^\p{Lu}/u.test(t.text)
    const minute = t.kind === 'num' || t.text === ',' || t.text === '+'
    if (!minute && !(MINUTE_MARKS.has(t.text) && !t.gap && tokens[k - 1]?.kind === 'num')) return false
  }
  return false
}

function isSides(a: Token, b: Token): boolean {
  return Number.isInteger(a.value) && Number.isInteger(b.value) && a.value <= 200 && a.value >= b.value
}

/** "Findings 2023-001 through 2023-014", "Unit 007": a leading zero pads a serial; no count is written so. */
function isZeroPadded(t: Token): boolean {
  return t.kind === 'num' && /^0\d/.test(t.text)
}

/**
 * "COM(2022) 245", "SWD(2023) 12 final", "C(2024) 1234": a document's number after its series in
 * capitals and its year in brackets, all glued.
 */
function isAfterCodeYear(tokens: readonly Token[], start: number): boolean {
  const close = tokens[start - 1]
  const year = tokens[start - 2]
  const open = tokens[start - 3]
  const series = tokens[start - 4]
  return (
    close?.text === ')' &&
    year?.kind === 'num' &&
    /^(?:19|20)\d\d$/.test(year.text) &&
    open?.text === '(' &&
    !open.gap &&
    series?.kind === 'word' &&
    /^[A-Z]{1,5}$/.test(series.text)
  )
}

/** "across forces.[1]", "[2] See Table 2.1": a whole number in square brackets marks a note. */
function isFootnoteMark(tokens: readonly Token[], start: number, end: number): boolean {
  return (
    end === start + 1 &&
    tokens[start - 1]?.text === '[' &&
    tokens[end]?.text === ']' &&
    Number.isInteger(tokens[start]!.value) &&
    tokens[start]!.value < 1000
  )
}

/**
 * "Silent Witness at 480-WITNESS", "call 888-CRIME": three digits glued by a hyphen to a word in
 * capitals spell a number to call. Not in a headline in capitals ("SEIZE 300-KILO HAUL"), where
 * the word before is in capitals too.
 */
function isVanityNumber(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[end + 1]
  if (end !== start + 1 || !isGluedHyphen(tokens[end]) || word?.kind !== 'word' || word.gap) return false
  if (!/^\d{3}$/.test(tokens[start]!.text) || !/^[A-Z]{4,8}$/.test(word.text)) return false
  const before = tokens[start - 1]
  return !(before?.kind === 'word' && before.text.length > 1 && before.text === before.text.toUpperCase())
}

/** "(1) cybercrime, (2) drugs crime": a bracketed whole number with a bracketed neighbour. */
function isListNumber(tokens: readonly Token[], start: number, end: number): boolean {
  const n = tokens[start]!
  if (tokens[start - 1]?.text !== '(' || tokens[end]?.text !== ')' || end !== start + 1) return false
  if (!Number.isInteger(n.value) || n.value > 99) return false
  const lo = Math.max(0, start - LIST_REACH)
  const hi = Math.min(tokens.length - 1, start + LIST_REACH)
  for (let k = lo + 1; k < hi; k++) {
    if (k === start) continue
    const t = tokens[k]!
    if (t.kind !== 'num' || tokens[k - 1]!.text !== '(' || tokens[k + 1]!.text !== ')') continue
    if (t.value === n.value - 1 || t.value === n.value + 1) return true
  }
  // "(a) ... (1)" or a marker opening its paragraph: "(1) The Secretary may".
  return start === 1
}

/** The marks a sentence ends with: an inline list's number comes after one, or first in its block. */
const SENTENCE_ENDS = new Set(['.', '!', '?'])

/**
 * The marker after a list number written in running text, at `tokens[start]`: '.' for "2. Keep",
 * ')' for "2) Keep", '' for "2 Keep"; null when no capitalised word follows it. A list item
 * starts a sentence, or follows a colon or semicolon ("Tips: 1. Lock your doors").
 */
function inlineListMarker(tokens: readonly Token[], start: number): string | null {
  const n = tokens[start]!
  if (n.kind !== 'num' || !Number.isInteger(n.value) || n.value < 1 || n.value > 99) return null
  const before = tokens[start - 1]
  if (before !== undefined && !SENTENCE_ENDS.has(before.text) && before.text !== ':' && before.text !== ';')
    return null
  const mark = tokens[start + 1]
  const glued = mark !== undefined && !mark.gap && (mark.text === '.' || mark.text === ')')
  const word = tokens[glued ? start + 2 : start + 1]
  if (word?.kind !== 'word' || !word.gap || !/^[A-Z]/.test(word.text)) return null
  return glued ? mark.text : ''
}

/**
 * "Tips: 1. Lock your doors. 2. Keep valuables out of sight. 3. Report ...", "1 Lock every
 * door. 2 Keep keys hidden.": numbered items run on in one paragraph. A number counts as a
 * list's when a neighbour (one less or one more) has the same marker, and not both follow a colon:
 * "Arrests: 12. Charges: 13." are a table's counts.
 */
function isInlineListNumber(tokens: readonly Token[], start: number, end: number): boolean {
  if (end !== start + 1) return false
  const marker = inlineListMarker(tokens, start)
  if (marker === null) return false
  const n = tokens[start]!.value
  const afterColon = (k: number) => tokens[k - 1]?.text === ':'
  const lo = Math.max(0, start - LIST_REACH)
  const hi = Math.min(tokens.length - 1, start + LIST_REACH)
  for (let k = lo; k <= hi; k++) {
    if (k === start || tokens[k]!.kind !== 'num') continue
    const value = tokens[k]!.value
    if (value !== n - 1 && value !== n + 1) continue
    if (inlineListMarker(tokens, k) === marker && !(afterColon(k) && afterColon(start))) return true
  }
  return false
}

/** "s. 91(1)", "Article 8(2)": a bracket glued to the number before it. */
function isSubsection(tokens: readonly Token[], start: number): boolean {
  const open = tokens[start - 1]
  const before = tokens[start - 2]
  // "922(g)(1)": a subsection after another.
  const glued = before?.kind === 'num' || before?.kind === 'word' || before?.text === ')'
  return open?.text === '(' && !open.gap && !tokens[start]!.gap && glued && tokens[start + 1]?.text === ')'
}

/** "occurrence 24*123456": a year and a serial joined by an asterisk, as some forces number files. */
function isStarSerial(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]
  if (before?.text === '*' && !before.gap && !tokens[start]!.gap && tokens[start - 2]?.kind === 'num')
    return true
  const after = tokens[end]
  return after?.text === '*' && !after.gap && tokens[end + 1]?.kind === 'num' && !tokens[end + 1]!.gap
}

/**
 * "a 401(k) plan", "a 501(c)(3) charity", "section 922(g)": a letter in brackets glued to the
 * number names a subsection; no count is written so.
 */
function hasSubsection(tokens: readonly Token[], end: number): boolean {
  const open = tokens[end]
  const letter = tokens[end + 1]
  return (
    open?.text === '(' &&
    !open.gap &&
    letter?.kind === 'word' &&
    !letter.gap &&
    /^[a-z]{1,4}$/.test(letter.text) &&
    tokens[end + 2]?.text === ')'
  )
}

/** "District No. 1", "s. 91", "para. 4": an abbreviated name word, its full stop, the number. */
function isAfterAbbreviatedName(tokens: readonly Token[], start: number): boolean {
  const stop = tokens[start - 1]
  const word = tokens[start - 2]
  return stop?.text === '.' && word?.kind === 'word' && !stop.gap && ABBREVIATED_NAME_WORDS.has(word.lower)
}

/** "File # 2024-12345", "badge #4471", "#1 seed": what a number sign numbers is named, not counted. */
function isAfterNumberSign(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.text === '#'
}

/**
 * "51 Division", "the 900 block of Main Street", "the 14000-block of 104 Avenue": a police unit or
 * a street block by its number.
 */
function isNumberedUnit(tokens: readonly Token[], start: number, end: number): boolean {
  const hyphen = tokens[end]?.text === '-' && !tokens[end]!.gap && !tokens[end + 1]?.gap
  const next = tokens[hyphen ? end + 1 : end]
  if (next?.kind !== 'word') return false
  if (next.lower === 'block')
    return tokens[hyphen ? end + 2 : end + 1]?.lower === 'of' || Number.isInteger(tokens[start]!.value / 100)
  if (hyphen) return false
  return UNIT_NAMES.has(next.lower) && /^[A-Z]/.test(next.text)
}

/** "Operation Protected Childhood 8": the numeral closing an operation's capitalised name. */
function isOperationNumeral(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 5; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word' || !/^[A-Z]/.test(t.text)) return false
    if (OPERATION_WORDS.has(t.lower)) return k < start - 1
  }
  return false
}

/**
 * "Lamar Graves, Jr., 42, from Attala": a number set off by commas after a name, or after the
 * "Jr." or "Sr." closing one, is an age.
 */
export function isAgeAfterSuffix(tokens: readonly Token[], first: number, end: number): boolean {
  const open = tokens[first - 1]
  const stop = tokens[first - 2]
  const suffix = tokens[first - 3]
  const close = tokens[end]
  if (open?.text !== ',' || close?.text !== ',') return false
  if (suffix?.kind === 'word' && stop?.text === '.' && NAME_SUFFIXES.has(suffix.lower)) return true
  return stop?.kind === 'word' && NAME_SUFFIXES.has(stop.lower) && stop.text !== stop.lower
}

/**
 * "John Smith, 34, of Leeds", "Dak Prescott (4)": a whole number up to 120 set off after a name is
 * an age or a shirt number; "a man, 32, was charged": after a noun for a person, an age. So is one after a
 * name or an alias in quotation marks ('alias "Jun", 34,'), as Philippine police write them.
 */
export function isAfterName(tokens: readonly Token[], first: number, end: number): boolean {
  const open = tokens[first - 1]
  const close = tokens[end]
  // 'alias "Jun", 34,': a name or an alias in quotation marks before the comma.
  const quoted = CLOSING_MARKS.has(tokens[first - 2]?.text ?? '')
  const name = tokens[quoted ? first - 3 : first - 2]
  if (!open || !name) return false
  // "The father-of-two, 32, was jailed": after a family description, an age too.
  if (open.text === ',' && close?.text === ',' && closesFamilySize(tokens, first - 2)) return true
  if (name.kind !== 'word') return false
  if (!/^[A-Z]/.test(name.text) && !PERSON_NOUNS.has(name.lower)) return false
  // An age or a shirt number is a whole number a life can hold: "Officers (1,200) were trained" counts.
  if ((open.text === ',' && close?.text === ',') || (open.text === '(' && close?.text === ')'))
    return isLifeAge(tokens[first]!.value)
  if (quoted) return open.text === ',' && closesListedAge(tokens, end) && isLifeAge(tokens[first]!.value)
  return (
    open.text === ',' &&
    closesListedAge(tokens, end) &&
    isLifeAge(tokens[first]!.value) &&
    isFullName(tokens, first - 2)
  )
}

/** Marks that close a quotation around a name or an alias. */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', '’', "'"])

/**
 * "John Smith, 34; Mary Brown, 52; and Ahmed Khan, 29.": what may close an age after a name in a
 * list of people, besides a comma: a semicolon, the sentence's stop or the end of the block, or
 * "and" before the next name.
 */
function closesListedAge(tokens: readonly Token[], end: number): boolean {
  const close = tokens[end]
  if (close === undefined || close.text === ';' || close.text === '.') return true
  const next = tokens[end + 1]
  return close.lower === 'and' && next?.kind === 'word' && /^[A-Z][a-z]/.test(next.text)
}

/** A person's full name has at most this many words: "Mary Ann de la Cruz Brown". */
const MAX_NAME_WORDS = 6
const PLACE_WORDS: ReadonlySet<string> = new Set(PLACE_NAME_WORDS)

/**
 * Whether the words ending at `tokens[last]` are a person's full name: two or more capitalised
 * words or initials ("John Smith", "Jane Q. Doe"), none a word of a place's name, so that a list
 * of counts by place ("West Yorkshire, 34; Leeds, 12") is no list of ages.
 */
function isFullName(tokens: readonly Token[], last: number): boolean {
  let words = 0
  for (let k = last; k >= 0 && k > last - 2 * MAX_NAME_WORDS; k--) {
    const t = tokens[k]!
    // "Jane Q. Doe": an initial's stop.
    if (t.text === '.' && !t.gap && /^[A-Z]$/.test(tokens[k - 1]?.text ?? '')) continue
    // "In Leeds, 34;": a capitalised preposition or article opens the sentence, not the name.
    if (t.kind !== 'word' || !/^[A-Z]/.test(t.text) || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower))
      break
    if (PLACE_WORDS.has(t.lower)) return false
    words++
  }
  return words >= 2 && words <= MAX_NAME_WORDS
}

/** "12 High Street": a number before a street's capitalised name. */
export function isAddress(tokens: readonly Token[], end: number): boolean {
  // "16-18 Industrial Avenue": a range of house numbers.
  const from = tokens[end]?.text === '-' && tokens[end + 1]?.kind === 'num' ? end + 2 : end
  let words = 0
  for (let k = from; k < from + 5; k++) {
    const t = tokens[k]
    // "9 E 71st St", "441 4th Street NW": a numbered street inside the name, or as the name.
    if (t?.kind === 'num' && ORDINAL_SUFFIXES.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.gap) {
      k++
      words++
      continue
    }
    if (t?.kind !== 'word' || !/^[A-Z]/.test(t.text)) return false
    // "22 Avenue Foch": the street word may open a name, before another capitalised word; "104
    // Avenue", "152 Street NW": a numbered street, the street word glued to its number (not "12 St
    // Albans", where it opens a name).
    if (words > 0 ? STREET_WORDS.has(t.lower) : STREET_OPENINGS.has(t.lower) && isCapitalised(tokens[k + 1]))
      return true
    if (
      words === 0 &&
      from === end &&
      STREET_WORDS.has(t.lower) &&
      /^[A-Z][a-z]/.test(t.text) &&
      !isCapitalised(tokens[k + 1])
    )
      return true
    words++
  }
  return false
}

function isCapitalised(t: Token | undefined): boolean {
  return t?.kind === 'word' && /^[A-Z][a-z]/.test(t.text)
}

/** How far back from "on" a verb of calling is looked for: "call Crime Stoppers anonymously on". */
const DIAL_REACH = 5

/**
 * "call 999", "101 calls": a service number beside a word of calling. "text 61016", "Police
 * Assistance Line on 131 444": a number of three or more digits that is dialled.
 */
export function isServiceNumber(tokens: readonly Token[], first: number, end: number): boolean {
  const t = tokens[first]
  if (t && (isDialled(tokens, first, end) || continuesDialled(tokens, first))) return true
  if (t && isListedNumber(tokens, first)) return true
  // "call 13 14 44": a number to call written in groups is one, whichever group is read.
  const run = t ? spacedGroups(tokens, first) : null
  if (run && (isDialled(tokens, run[0], run[1]) || namedNumber(tokens, run[0]))) return true
  // "Lifeline 13 11 14", "Beyond Blue: 1300 22 4636": three groups or more after a name.
  if (run && run[1] - run[0] >= MIN_CALLED_GROUPS && afterName(tokens, run[0])) return true
  if (!t || !SERVICE_NUMBERS.has(t.text)) return false
  const prev = tokens[first - 1]
  const next = tokens[end]
  return (
    (prev?.kind === 'word' && CALL_WORDS.has(prev.lower)) ||
    (next?.kind === 'word' &&
      CALL_WORDS.has(next.lower) &&
      (next.lower !== 'or' || orCalls(tokens[end + 1]))) ||
    isCalledTo(tokens, first, end) ||
    isCallCompound(tokens, end)
  )
}

/** The index after the groups of digits hyphened on at `end` ("-1234" of "555-1234"); `end` when none. */
function afterHyphenedGroups(tokens: readonly Token[], end: number): number {
  let k = end
  for (let groups = 1; groups < MAX_GROUPS; groups++) {
    const group = tokens[k + 1]
    if (!isGluedHyphen(tokens[k]) || group?.kind !== 'num' || group.gap || !GROUP.test(group.text)) break
    k += 2
  }
  return k
}

/**
 * "call 555-1234", "phone 0800-555-111": digits hyphened to a number dialled before them are the
 * rest of that number, not a count of their own.
 */
function continuesDialled(tokens: readonly Token[], first: number): boolean {
  let k = first
  for (let groups = 1; groups < MAX_GROUPS; groups++) {
    if (tokens[k]?.gap !== false || !isGluedHyphen(tokens[k - 1])) return false
    const head = tokens[k - 2]
    if (head?.kind !== 'num' || !GROUP.test(head.text)) return false
    if (isDialled(tokens, k - 2, k - 1) || isListedNumber(tokens, k - 2)) return true
    k -= 2
  }
  return false
}

/** Most numbers to call a list runs back over: "call 555-1234, 555-2345 or 555-3456". */
const MAX_LISTED = 4

/**
 * "call 555-1234 or 555-9876", "1-800-CALL-FBI (225-5324)": a number in groups hyphened after
 * another number to call, listed after it or in brackets restating one spelled in letters.
 */
function isListedNumber(tokens: readonly Token[], first: number): boolean {
  // "or 300-400 people": a noun after the groups makes them a count.
  const after = afterHyphenedGroups(tokens, first + 1)
  const next = tokens[after]
  if (after === first + 1 || (next?.kind === 'word' && !AFTER_PHONE_NUMBER.has(next.lower))) return false
  if (tokens[first - 1]?.text === '(' && isSpelledPhone(tokens[first - 2])) return true
  let k = first
  for (let listed = 0; listed < MAX_LISTED; listed++) {
    const link = tokens[k - 1]
    if (link?.text !== ',' && link?.lower !== 'or' && link?.lower !== 'and') return false
    // Back over the groups of the number before the link to its head.
    let head = k - 2
    let groups = 0
    while (groups < MAX_GROUPS && tokens[head]?.gap === false && isGluedHyphen(tokens[head - 1])) {
      if (tokens[head - 2]?.kind !== 'num') break
      head -= 2
      groups++
    }
    if (groups === 0 || tokens[head]?.kind !== 'num') return false
    if (isDialled(tokens, head, head + 1)) return true
    k = head
  }
  return false
}

/** A phone number skipped whole that spells a word in letters ("1-800-CALL-FBI"), or has ten digits or more. */
function isSpelledPhone(t: Token | undefined): boolean {
  if (t?.kind !== 'skip' || /[/:]/.test(t.text)) return false
  return /[A-Z]{2}/.test(t.text) || (t.text.match(/\d/g)?.length ?? 0) >= 10
}

/** Words after "calls to 111" that go on with the calls, not with a count of things. Keep sorted. */
const AFTER_CALLS_TO: ReadonlySet<string> = new Set(['are', 'have', 'has', 'is', 'was', 'were'])

/**
 * "calls to 111 rose", "calls to 999 have doubled": a service number after "to" and a word of
 * calling, closing the clause or before a verb; "calls to 101 households" counts.
 */
function isCalledTo(tokens: readonly Token[], first: number, end: number): boolean {
  if (tokens[first - 1]?.lower !== 'to' || !CALL_WORDS.has(tokens[first - 2]?.lower ?? '')) return false
  const next = tokens[end]
  if (next?.kind !== 'word') return isClauseBreak(next)
  return AFTER_CALLS_TO.has(next.lower) || next.lower in CHANGE_WORDS
}

/** "the 101 non-emergency number", "a 999 emergency-call": a word of calling hyphened to the word after. */
function isCallCompound(tokens: readonly Token[], end: number): boolean {
  const word = tokens[end + 2]
  return (
    tokens[end]?.kind === 'word' &&
    isGluedHyphen(tokens[end + 1]) &&
    word?.kind === 'word' &&
    !word.gap &&
    CALL_WORDS.has(word.lower)
  )
}

/** "999 or 101", "999 or call": after a number, "or" calls only with a number or a word of calling; "999 or more grams" is a figure. */
function orCalls(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'num' || (t.kind === 'word' && CALL_WORDS.has(t.lower)))
}

/** "Lifeline 13 11 14", "Beyond Blue: 1300 22 4636", "Lifeline – 13 11 14": a capitalised name before `tokens[k]`. */
function afterName(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]
  if (prev && ':–—-'.includes(prev.text) && prev.kind === 'sym') return isCapitalised(tokens[k - 2])
  return isCapitalised(prev)
}

/** Words that may follow a number to call: "call 101 or 999", "text 61016 quoting ...". Keep sorted. */
const AFTER_PHONE_NUMBER: ReadonlySet<string> = new Set([
  'and',
  'anonymously',
  'anytime',
  'at',
  'for',
  'from',
  'if',
  'in',
  'now',
  'on',
  'or',
  'quoting',
  'to',
  'today',
  'with',
])

/** Most groups of digits a number to call is written in: "08 08 16 89 111". */
const MAX_GROUPS = 5
/** Fewest groups of digits that make a number to call with no word of calling: "13 11 14". */
const MIN_CALLED_GROUPS = 3
/** Fewest digits in all of a number written in groups: "13 14 44". */
const MIN_GROUPED_DIGITS = 6
const GROUP = /^\d{2,4}$/

/** Whether `tokens[k]` is a group of two to four digits with one space before the next group. */
function isGroup(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  return t?.kind === 'num' && GROUP.test(t.text)
}

function spacedAfter(tokens: readonly Token[], k: number): boolean {
  return isGroup(tokens, k) && isGroup(tokens, k + 1) && tokens[k + 1]!.start - tokens[k]!.end === 1
}

/**
 * The run of two or more groups of digits, one space apart, that `tokens[k]` belongs to ("13 14
 * 44", "0800 555 111"), as a token range; null when it stands alone or the run is too short or
 * too long to be a number to call.
 */
function spacedGroups(tokens: readonly Token[], k: number): [number, number] | null {
  if (!isGroup(tokens, k)) return null
  let from = k
  while (k - from < MAX_GROUPS && spacedAfter(tokens, from - 1)) from--
  let to = k + 1
  while (to - from <= MAX_GROUPS && spacedAfter(tokens, to - 1)) to++
  if (to - from < 2 || to - from > MAX_GROUPS) return null
  let digits = 0
  for (let j = from; j < to; j++) digits += tokens[j]!.text.length
  return digits >= MIN_GROUPED_DIGITS ? [from, to] : null
}

/**
 * "The helpline number is 13 11 14", "Hotline: 13 14 44": groups of digits given as a phone
 * number. A whole number there may be a count ("the number is 120").
 */
function namedNumber(tokens: readonly Token[], first: number): boolean {
  const link = tokens[first - 1]
  if (link?.text !== ':' && link?.lower !== 'is') return false
  return PHONE_NOUNS.has(tokens[first - 2]?.lower ?? '')
}

/**
 * "text 61016", "call police on 131 444", "the Line on 131 444", "call 13 14 44": a whole number,
 * or a run of groups of digits, after a word of dialling; "Lifeline on 13 11 14": digits in groups
 * after a name and "on".
 */
/** Verbs of sending a text message, whose keyword goes "to" a short code. Keep sorted. */
const TEXT_VERBS: ReadonlySet<string> = new Set(['sms', 'text', 'texting'])
/** How many tokens back from "to" a texting verb is looked for: "text the word ‘SAFE’ to". */
const TEXT_REACH = 6

/**
 * "text TIP to 274637", "text the word ‘SAFE’ to 61016": a keyword texted to a short code; `at`
 * is the token before "to".
 */
function isTextedTo(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k >= 0 && k > at - TEXT_REACH; k--) {
    const w = tokens[k]!
    if (w.kind === 'word') {
      if (TEXT_VERBS.has(w.lower)) return true
      // "TIP411": a keyword's digits glued to it.
    } else if (!(w.kind === 'num' && !w.gap) && !'"\'‘’“”'.includes(w.text)) return false
  }
  return false
}

function isDialled(tokens: readonly Token[], first: number, end: number): boolean {
  const t = tokens[first]!
  // Phone numbers have three digits or more, and no thousands commas or decimals.
  const whole = end === first + 1 && /^\d{3}[\d \u00a0]*$/.test(t.text)
  if (!whole && !(end > first + 1 && spacedGroups(tokens, first)?.[1] === end)) return false
  const prev = tokens[first - 1]
  if (prev?.kind !== 'word') return false
  // "call 120 witnesses", "ring 500 households", "call 120-150 witnesses": a noun after it (and
  // after any groups hyphened to it) makes the number a count.
  const next = tokens[afterHyphenedGroups(tokens, end)]
  if (next?.kind === 'word' && !AFTER_PHONE_NUMBER.has(next.lower)) return false
  if (DIAL_VERBS.has(prev.lower)) return true
  if (prev.lower === 'to' && isTextedTo(tokens, first - 2)) return true
  // "on 1800 333 000 or 131 444": a second number to call.
  if (prev.lower === 'or' && tokens[first - 2]?.kind === 'skip') return true
  if (prev.lower !== 'on') return false
  if (PHONE_NOUNS.has(tokens[first - 2]?.lower ?? '')) return true
  // "Lifeline on 13 11 14", "Samaritans on 116 123": a service's name, then digits in groups.
  if (isCapitalised(tokens[first - 2]) && (end > first + 1 || /\d[ \u00a0]\d/.test(t.text))) return true
  for (let k = first - 2; k >= 0 && k >= first - 1 - DIAL_REACH; k--) {
    const w = tokens[k]!
    if (w.kind !== 'word') return false
    if (DIAL_VERBS.has(w.lower)) return true
  }
  return false
}
