/**
 * Years, decades and centuries: "2024", "the year 2045", "2024-2027", "2023/24" (a financial
 * year), "2018-20", "fiscal year 2023" and "FY 2023" (FY2023), "the 1990s", "the 21st century",
 * "21st-century".
 */
import { STREET_WORDS } from '../../statistics/lexicon'
import { alternation } from '../../text/patterns'
import type { ResolveContext } from '../context'
import { financialYearIn, splitYearFirstMonth } from '../financial-year'
import {
  CHANGE_NOUNS,
  COUNT_DETERMINERS,
  COUNT_MODIFIERS,
  COUNTED_NOUNS,
  SENTENCE_ADVERBS,
  WORD_SPACE,
  YEAR_PHRASE_FOLLOWERS,
  YEAR_PREPOSITIONS,
} from '../lexicon'
import { financialYearInterval, pad, yearInterval, yearsInterval } from '../timex'
import type { Candidate, Matcher } from './shared'
import { B, BARE_END_LEAD, candidate, E, lookBack, pattern } from './shared'
import { isBareMilitaryTime, opensMilitaryRange } from './times'

/** Words before a number that make it a count or a code, not a year ("more than 2000", "File # 2024-1234"). */
const COUNT_LEAD =
  /(?:[£$€]|#\s{0,2}|\b(?:than|over|around|about|approximately|some|nearly|almost|up\s{1,3}to|no\.?|number|section|s\.|class|room|unit|flat|route|bus|junction|page|tel|phone|call|line|code)\s{1,3})$/i
/** After a number, what makes it a sum or a code ("2024-12345", "2024-567": no second year has three or five digits). */
const SUM = '\\s{0,2}(?:%|per\\s{1,3}cent|percent)|[.,]\\d|[-–]\\d{3}(?!\\d)|[-–]\\d{5}'
const SUM_TAIL = new RegExp(`^(?:${SUM})`, 'i')
/** After a year, a code's letters in capitals and its number: "2024-CF-001234" (case-sensitive: "2024-to-2025" is a range). */
const CASE_NUMBER_TAIL = /^[-–][A-Z]{1,4}[-–]?\d/
/** After a number, what makes it a count: a sum's or a code's tail, or a counted noun ("2000 officers", "2000 new homes"). */
const COUNT_TAIL = new RegExp(
  `^(?:${SUM}|\\s{1,3}(?:(?:${alternation(COUNT_MODIFIERS, WORD_SPACE)})\\s{1,3})?(?:${alternation(COUNTED_NOUNS, WORD_SPACE)})${E})`,
  'iu',
)

/**
 * A four-digit year standing alone in running text (not part of a sum, a code or a decimal), for
 * scans of the years a release names; `isYear` then checks its context. Reset `lastIndex` first.
 */
export const YEAR_IN_TEXT = /(?<![A-Za-z0-9£$€.,:/-])(?:19|20)\d{2}(?![A-Za-z0-9%]|[.,:/]\d)/g

/**
 * What may follow a year that only its phrase makes one ("since 1861.", "in 1829 when", "about
 * 2016 until"): punctuation or a word that starts a new phrase; "in 1500 cases" is a count.
 */
const YEAR_PHRASE_END = new RegExp(
  `^(?:\\s{0,2}(?:[,.;:)!?]|$)|\\s{1,3}(?:${alternation(YEAR_PHRASE_FOLLOWERS, WORD_SPACE)})\\b)`,
)

/** Whether a four-digit number at [start, end) reads as a year. */
export function isYear(text: string, start: number, end: number): boolean {
  const n = Number(text.slice(start, end))
  if (n < 1900 || n > 2099) return false
  const before = text.slice(Math.max(0, start - 12), start)
  // A phone number or a code: digits and spaces before it.
  if (/\d[\s-]?$/.test(before)) return false
  if (COUNT_LEAD.test(before)) return false
  // "from 1900 to 2300 hrs": the first of two 24-hour times.
  if (opensMilitaryRange(text, start)) return false
  // "at 1930 on Friday": a 24-hour time tied to its day.
  if (isBareMilitaryTime(text, start)) return false
  const after = text.slice(end, end + 16)
  // "the 2000 block of Elm Street": a street address, as US reports write it.
  if (BLOCK_TAIL.test(after)) return false
  // "Case No. 2024-CF-001234", "2023-CR-12": a court's case number, the year its first part.
  if (CASE_NUMBER_TAIL.test(after)) return false
  // "In 2023 officers made …", "By 2030 homes will …": after a preposition of time, a counted
  // noun opens the clause. The statistic normaliser's `countLooksLikeYear` reads the same shapes.
  if (
    YEAR_LEAD.test(before) ||
    CLAUSE_BY_LEAD.test(before) ||
    YEAR_PAIR_LEAD.test(before) ||
    namesYear(before, after)
  )
    return !SUM_TAIL.test(after)
  return !COUNT_TAIL.test(after) && !isHouseNumber(text, before, end)
}

/**
 * "at 2000 Finch Avenue West", "the depot at 1998 Old Dundas Road": a house number before a
 * street's name. Not after a determiner, which makes the year part of a name ("the 2024 Toy Drive").
 */
function isHouseNumber(text: string, before: string, end: number): boolean {
  return STREET_TAIL.test(text.slice(end, end + 80)) && !DETERMINER_BEFORE.test(before)
}

const BLOCK_TAIL = /^\s{1,3}block\s{1,3}of(?![A-Za-z])/i

/**
 * The street words of the statistics' list with a capital, but "Court": "2019 Crown Court" is
 * more often a court's year than an address.
 */
const STREET_NAMES = [...STREET_WORDS]
  .filter((w) => w !== 'court')
  .map((w) => w[0]!.toUpperCase() + w.slice(1))
/**
 * A street's name after a number: up to three capitalised words and a street word ("Main Street",
 * "Lakeshore Blvd"); case-sensitive, so "in 2024 main roads" stays a year.
 */
const STREET_TAIL = new RegExp(
  `^\\s{1,3}(?:[A-Z][A-Za-z'’-]{0,20}\\s{1,3}){1,3}(?:${alternation(STREET_NAMES)})(?![A-Za-z])`,
)
const DETERMINER_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${alternation([...COUNT_DETERMINERS, 'a', 'an', 'each', 'every', 'last', 'next', 'that', 'this'])})\\s{1,3}$`,
  'i',
)

/** Prepositions of time before a number that make it a year whatever noun follows ("since 2019 officers"). */
const YEAR_LEAD = new RegExp(`\\b(?:${alternation(YEAR_PREPOSITIONS)})\\s{1,3}$`, 'i')
/** A capitalised word before the digits, and a word in lower case after them: "Euro 2024 tickets". */
const NAME_LEAD = /(?<![A-Za-z])([A-Z][A-Za-z]{0,20})\s{1,3}$/
const LOWER_AFTER = /^\s{1,3}[a-z]/
const NOT_NAMES: ReadonlySet<string> = new Set([...COUNT_DETERMINERS, ...SENTENCE_ADVERBS])

/**
 * Whether a name before four digits makes them a year whatever noun follows ("Euro 2024 tickets
 * sold out"); not a determiner or an adverb opening the sentence ("The 2000 officers", "Another
 * 1500 homes"), nor a headline's capitals ("Force Hires 2000 Officers").
 */
function namesYear(before: string, after: string): boolean {
  const name = NAME_LEAD.exec(before)?.[1]
  return name !== undefined && !NOT_NAMES.has(name.toLowerCase()) && LOWER_AFTER.test(after)
}

/** The first year of a pair before the second: "2019 and 2023 officers" ("1500 and 2000 officers" counts). */
const YEAR_PAIR_LEAD = /(?<![\d,.])(?:19|20)\d{2}\s{1,3}(?:and|or|&)\s{1,3}$/i
/** "By" opening a clause ("By 2030 officers will"), not after a verb ("rose by 1500 officers"). */
const CLAUSE_BY_LEAD = /(?:^|[\n.,;:!?(]\s{0,3})by\s{1,3}$/i

function yearCandidate(start: number, end: number, year: number, rule: string): Candidate {
  return candidate(start, end, 'DATE', pad(year, 4), rule, { interval: yearInterval(year) })
}

const yearRange: Matcher = {
  name: 'dates/year-range',
  needs: 'C',
  anchor: 'C',
  // "2024-2027" is two years; "2023/24", "2023-24" and "2023-4" name a financial or season year.
  pattern: pattern(
    `(?<![A-Za-z0-9£$€.,/-])((?:19|20)\\d{2})(\\s{0,2}[-–—/]\\s{0,2})(\\d{4}|\\d{1,2})(?![0-9%/]|[.,]\\d)`,
  ),
  match(m, text, ctx) {
    const [, a, sep, b] = m
    if (!a || !sep || !b) return []
    const start = m.index
    const first = Number(a)
    if (!isYear(text, start, start + 4)) return []
    const bStart = start + a.length + sep.length
    if (b.length === 4) {
      const last = Number(b)
      if (last <= first || last - first > 50) return []
      // 2023/2024 is a financial year like 2023/24.
      if (sep.trim() === '/' && last === first + 1) return financial(start, bStart, b, first, last, ctx)
      return [
        yearCandidate(start, start + 4, first, 'dates/year-range'),
        yearCandidate(bStart, bStart + 4, last, 'dates/year-range'),
      ]
    }
    const century = Math.floor(first / 100) * 100
    let last = b.length === 2 ? century + Number(b) : Math.floor(first / 10) * 10 + Number(b)
    if (last < first) last += b.length === 2 ? 100 : 10
    if (last === first + 1) return financial(start, bStart, b, first, last, ctx)
    // "2018-20" is the years 2018 to 2020: two mentions, the second written short.
    if (b.length !== 2 || last - first > 20 || sep.trim() === '/') return []
    return [
      yearCandidate(start, start + 4, first, 'dates/year-range'),
      yearCandidate(bStart, bStart + 2, last, 'dates/year-range'),
    ]
  },
}

/** The opener of a range in words, read backwards: "between", "from". */
const RANGE_OPENER_BEFORE = /(?<![A-Za-z])(between|from)\s{1,3}$/i

const wordedYearRange: Matcher = {
  name: 'dates/year-range',
  needs: 'C',
  anchor: 'C',
  // "between 2040 and 45", "from 2030 to 35": a range in words whose second year is written short.
  pattern: pattern(
    `(?<![A-Za-z0-9£$€.,/-])((?:19|20)\\d{2})(\\s{1,3}(and|to)\\s{1,3})(\\d{2})(?![0-9%]|[.,:/]\\d)`,
  ),
  match(m, text) {
    const [, a, gap, link, b] = m
    if (!a || !gap || !link || !b) return []
    const start = m.index
    const opener = lookBack(text, start, RANGE_OPENER_BEFORE)?.m[1]?.toLowerCase()
    // "between" pairs with "and", "from" with "to"; "between 2019 and 20 people" counts people.
    if ((opener === 'between') !== (link.toLowerCase() === 'and') || opener === undefined) return []
    const bStart = start + a.length + gap.length
    if (!YEAR_PHRASE_END.test(text.slice(bStart + 2, bStart + 40))) return []
    if (!isYear(text, start, start + 4)) return []
    const first = Number(a)
    const last = Math.floor(first / 100) * 100 + Number(b)
    // The second year after the first, within a span the dash's short form allows ("2018-20").
    if (last <= first || last - first > 20) return []
    return [
      yearCandidate(start, start + 4, first, 'dates/year-range'),
      yearCandidate(bStart, bStart + 2, last, 'dates/year-range'),
    ]
  },
}

/** "2023/24": a financial year that runs from the publisher's country's first month of its first year. */
function financial(
  start: number,
  bStart: number,
  b: string,
  first: number,
  last: number,
  ctx: ResolveContext,
): Candidate[] {
  const interval = financialYearInterval(first, splitYearFirstMonth(ctx))
  return [
    candidate(start, start + 4, 'DATE', pad(first, 4), 'dates/financial-year', { interval }),
    candidate(bStart, bStart + b.length, 'DATE', pad(last, 4), 'dates/financial-year', { interval }),
  ]
}

const fiscalYear: Matcher = {
  name: 'dates/fiscal-year',
  needs: 'DY',
  anchor: 'Y',
  // "fiscal year 2023", "Fiscal Year (FY) 2023", "fiscal 2022", "financial year 2023", "FY 2023",
  // "FY23": TIMEX3 writes FY2023. A second year after a slash or a dash ("FY2022/23", "financial
  // year 2021-22") is a range of two.
  pattern: pattern(
    `${B}(?:(?:fiscal(?:\\s{1,3}year(?:\\s{1,3}\\(FY\\))?)?|financial\\s{1,3}year)\\s{1,3}((?:19|20)\\d{2})|(FY)\\s{0,2}((?:19|20)?\\d{2}))(?:([/–-])((?:19|20)?\\d{2}))?(?![0-9%/-]|[.,]\\d)`,
  ),
  match(m, text, ctx) {
    const [all, long, fy, short, sep, second] = m
    // "fy" in lower case is rarely the abbreviation.
    if (fy && fy !== 'FY') return []
    const digits = long ?? short ?? ''
    const y = digits.length === 2 ? 2000 + Number(digits) : Number(digits)
    const fiscal = fiscalOf(ctx, all)
    if (!sep || !second) return [withPartOfYear(fiscal(m.index, m.index + all.length, y), text)]
    // "FY2022/23": the second year is the next one, written in full or by its last two digits.
    const last = second.length === 2 ? Math.floor(y / 100) * 100 + Number(second) : Number(second)
    if (last !== y + 1) return []
    const firstEnd = m.index + all.length - second.length - sep.length
    return [fiscal(m.index, firstEnd, y), fiscal(firstEnd + sep.length, m.index + all.length, last)]
  },
}

/**
 * The candidate maker of a fiscal year as the publisher's country names it: a US "FY2023" is
 * October 2022 to September 2023.
 */
function fiscalOf(
  ctx: ResolveContext,
  written: string,
): (start: number, end: number, year: number) => Candidate {
  const financialYear = financialYearIn(ctx, /fiscal/i.test(written))
  return (start, end, year) =>
    candidate(start, end, 'DATE', `FY${pad(year, 4)}`, 'dates/fiscal-year', {
      interval: financialYearInterval(financialYear.namedByEnd ? year - 1 : year, financialYear.firstMonth),
    })
}

/** A dash or a slash before a year, spaced: the year ends a range. */
const RANGE_BEFORE = /[-–—/]\s{0,3}$/

const fiscalYearAfter: Matcher = {
  name: 'dates/fiscal-year',
  needs: 'DY',
  anchor: 'Y',
  // "the 2024 financial year", "its 2023 fiscal year": the year written before the words, alone;
  // "the 2023-24 financial year" is a range of two plain years.
  pattern: pattern(
    `(?<![A-Za-z0-9£$€.,/–-])((?:19|20)\\d{2})\\s{1,3}(?:fiscal|financial)\\s{1,3}year(?![A-Za-z])`,
  ),
  match(m, text, ctx) {
    const [all, y] = m
    // "2023 – 2024 financial year": the second year of a range.
    if (RANGE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) return []
    return [fiscalOf(ctx, all)(m.index, m.index + all.length, Number(y))]
  },
}

const fiscalYears: Matcher = {
  name: 'dates/fiscal-year',
  needs: 'DY',
  anchor: 'Y',
  // "fiscal years 2022 and 2023", "financial years 2021, 2022 and 2023", "fiscal years 2020-2022":
  // each year listed is a fiscal year, the first with the words before it, as "fiscal year 2022" is.
  pattern: pattern(
    `${B}(?:fiscal|financial)\\s{1,3}years\\s{1,3}(?:19|20)\\d{2}(?:,\\s{1,2}(?:19|20)\\d{2}){0,8}(?:\\s{0,3}[–-]\\s{0,3}|,?\\s{1,3}(?:and|&|to|through|or)\\s{1,3})(?:19|20)\\d{2}(?![0-9%/-]|[.,]\\d)`,
  ),
  match(m, _text, ctx) {
    const fiscal = fiscalOf(ctx, m[0])
    const found: Candidate[] = []
    LISTED_YEAR.lastIndex = 0
    for (let y = LISTED_YEAR.exec(m[0]); y; y = LISTED_YEAR.exec(m[0])) {
      const start = found.length === 0 ? m.index : m.index + y.index
      found.push(fiscal(start, m.index + y.index + 4, Number(y[0])))
    }
    return found
  },
}
/** A year of a list of fiscal years. */
const LISTED_YEAR = /(?:19|20)\d{2}/g

const theYear: Matcher = {
  name: 'dates/the-year',
  needs: 'CU',
  anchor: 'C',
  pattern: pattern(`${B}the\\s{1,3}year\\s{1,3}((?:1[0-9]|20)\\d{2})${E}`),
  match(m) {
    const [all, y] = m
    return [yearCandidate(m.index, m.index + all.length, Number(y), 'dates/the-year')]
  },
}

/**
 * "in or about 2016", "from about 2016", "since around 2016", "between approximately 2015 and
 * 2020": the modifier makes the year approximate.
 */
const APPROX_YEAR_LEAD =
  /(?<![A-Za-z])(?:in\s{1,3}or\s{1,3}(?:about|around)|(?<=(?:in|from|since|until|till|by|before|after|between)\s{1,3})(?:about|around|approximately))\s{1,3}$/i
/** "circa 1850", "c. 1850": the year as a date is only approximate. */
const CIRCA_LEAD = /(?<![A-Za-z])(?:[Cc]irca|c\.)\s{0,2}$/

/** The modifier written before a year at `start` that makes it approximate, or null. */
function approximateLead(text: string, start: number): ReturnType<typeof lookBack> {
  return lookBack(text, start, APPROX_YEAR_LEAD) ?? lookBack(text, start, CIRCA_LEAD)
}

/** A number after a range link: "from about 2000 to 3000" is a count unless the second is a later year. */
const RANGE_END_AFTER = /^\s{0,3}(?:to|and|[-–—])\s{1,3}(\d[\d,]*)/i

/** The year at [start, start + 4) with the "about" before it, when only that "about" kept it from being one; else null. */
function approximateYear(text: string, start: number, year: number): Candidate | null {
  const end = start + 4
  const lead = approximateLead(text, start)
  if (!lead) return null
  const after = text.slice(end, end + 16)
  if (!YEAR_PHRASE_END.test(after)) return null
  const range = RANGE_END_AFTER.exec(after)
  if (range) {
    const last = Number(range[1])
    if (!/^\d{4}$/.test(range[1] ?? '') || last <= year || last - year > 50) return null
  }
  return { ...yearCandidate(lead.start, end, year, 'dates/approximate-year'), mod: 'APPROX' }
}

const year: Matcher = {
  name: 'dates/year',
  needs: 'C',
  anchor: 'C',
  pattern: pattern(`(?<![A-Za-z0-9£$€.,:/-])((?:19|20)\\d{2})(?![A-Za-z0-9%]|[.,:/]\\d|['’]?s${E})`),
  match(m, text) {
    const start = m.index
    const y = Number(m[1])
    if (isYear(text, start, start + 4)) {
      // "in approximately 2015", "circa 2015": the modifier joins the year as it does a bare one.
      const lead = approximateLead(text, start)
      const c = yearCandidate(lead ? lead.start : start, start + 4, y, 'dates/year')
      return [lead ? { ...c, mod: 'APPROX' } : c]
    }
    const approx = /\d[\s-]?$/.test(text.slice(Math.max(0, start - 2), start))
      ? null
      : approximateYear(text, start, y)
    return approx ? [approx] : []
  },
}

/** Before a year of an Act's name ("Offences Against the Person Act 1861"): the capital marks the name. */
const ACT_LEAD = /(?<![A-Za-z])Acts?,?\s{1,3}$/
/**
 * "in 1829", "since 1861": a preposition of time before a year ("a rise in 1500" is a count). The
 * statistic normaliser's `countLooksLikeYear` reads the same shapes below 1900.
 */
const OLD_YEAR_LEAD = new RegExp(
  `(?<![A-Za-z])(?<!(?:${alternation(CHANGE_NOUNS, WORD_SPACE)})\\s{1,3})(?:in|since)\\s{1,3}$`,
  'i',
)

/** The first end of a pair of years ("between 1600 and 1900", "from 1000 to 1260") and its second end. */
const PAIR_OPEN = /(?<![A-Za-z])(?:between|from)\s{1,3}$/i
const PAIR_LATER = /^\s{1,3}(?:and|to)\s{1,3}(\d{4})(?!\d|[.,]\d)/i
const PAIR_EARLIER = /(?<![A-Za-z])(?:between|from)\s{1,3}(\d{4})\s{1,3}(?:and|to)\s{1,3}$/i

/** The unit of a 24-hour time after four digits: "between 1100 and 1400 hours" pairs times, not years. */
const HOURS_TAIL = /^\s{0,2}(?:hrs|hours)(?![A-Za-z])/i

/**
 * Whether four digits at `start` are an end of a pair of years, the second later and counting
 * nothing ("from 1000 to 2000 officers" counts), as the statistic normaliser reads them.
 */
function inYearPair(text: string, start: number, before: string): boolean {
  const year = Number(text.slice(start, start + 4))
  const earlier = PAIR_EARLIER.exec(before)
  if (earlier) return Number(earlier[1]) < year && !COUNT_TAIL.test(text.slice(start + 4, start + 40))
  if (!PAIR_OPEN.test(before)) return false
  const later = PAIR_LATER.exec(text.slice(start + 4, start + 16))
  if (!later) return false
  const last = Number(later[1])
  const laterEnd = start + 4 + later[0].length
  const tail = text.slice(laterEnd, laterEnd + 36)
  return last > year && last <= 2099 && !COUNT_TAIL.test(tail) && !HOURS_TAIL.test(tail)
}

const earlyYear: Matcher = {
  name: 'dates/early-year',
  needs: 'C',
  anchor: 'C',
  // "the Offences Against the Person Act 1861", "founded in 1829", "since 1861": a year before
  // 1900 only where the words around it make it one, never a bare number ("1500 officers").
  pattern: pattern(`(?<![A-Za-z0-9£$€.,:/-])(1[0-8]\\d{2})(?![A-Za-z0-9%]|[.,:/]\\d|['’]?s${E})`),
  match(m, text) {
    const start = m.index
    const end = start + 4
    const before = text.slice(Math.max(0, start - 24), start)
    const named = ACT_LEAD.test(before) || inYearPair(text, start, before)
    // "built circa 1850", "c. 1850": the mark of an approximate date makes the number a year.
    const circa = named ? null : lookBack(text, start, CIRCA_LEAD)
    if (circa && YEAR_PHRASE_END.test(text.slice(end, end + 8)))
      return [{ ...yearCandidate(circa.start, end, Number(m[1]), 'dates/early-year'), mod: 'APPROX' }]
    if (!named && !(OLD_YEAR_LEAD.test(before) && YEAR_PHRASE_END.test(text.slice(end, end + 8)))) return []
    return [yearCandidate(start, end, Number(m[1]), 'dates/early-year')]
  },
}

const DECADE_PARTS = { early: 'START', mid: 'MID', late: 'END' } as const

/**
 * Before two digits or a word of tens, a measure that the tens count ("temperatures in the 90s",
 * "highs in the nineties", "speeds in the 80s"): degrees or a score, not a decade.
 */
const MEASURE_BEFORE =
  /(?<![A-Za-z])(?:temperatures?|temps|degrees|highs?|lows?|heat|mercury|thermometer|speeds?|mph|scores?|ratings?|marks)(?![A-Za-z])[^.;]{0,30}$/i
/** After a decade's digits, what makes them a street block, a measure or an age group ("the 90s block", "the 80s age group"). */
const MEASURE_AFTER = /^\s{0,3}(?:block|degrees|°|percent|per\s{1,3}cent|%|mph|age|ages|aged)(?![A-Za-z])/i

/** A decade and a joining word before tens without "the": "the eighties and nineties", "the 80s or 90s". */
const DECADE_AND_BEFORE =
  /(?<![A-Za-z])the\s{1,3}(?:(?:early|mid|late)[\s-]{1,3})?(?:['’]?\d{1,3}0['’]?s|[a-z]{3,6}ties)\s{1,3}(?:and|or|to|into)\s{1,3}$/i

/** Whether tens at `start` are a decade by their words: after "the", or after a decade and "and" ("the 80s and 90s"). */
function namesDecade(text: string, start: number, all: string): boolean {
  return /^the/i.test(all) || lookBack(text, start, DECADE_AND_BEFORE) !== null
}

/** Whether the tens at `[start, end)` count a measure, not years. */
function countsMeasure(text: string, start: number, end: number): boolean {
  return (
    MEASURE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
    MEASURE_AFTER.test(text.slice(end, end + 16))
  )
}

/** A decade as TIMEX3 writes it, the first three digits of its years, with its part ("the early 2000s"). */
function decadeCandidate(start: number, end: number, stem: string, part: string | undefined, rule: string) {
  const first = Number(stem) * 10
  const mod = part ? DECADE_PARTS[part.toLowerCase() as keyof typeof DECADE_PARTS] : null
  return candidate(start, end, 'DATE', stem, rule, { interval: yearsInterval(first, first + 9), mod })
}

/** A century written as its hundreds ("the 1800s"): TIMEX3 writes its first two digits, with its part. */
function hundredsCandidate(start: number, end: number, stem: string, part: string | undefined) {
  const first = Number(stem) * 100
  const mod = part ? DECADE_PARTS[part.toLowerCase() as keyof typeof DECADE_PARTS] : null
  return candidate(start, end, 'DATE', stem, 'dates/century', {
    interval: yearsInterval(first, first + 99),
    mod,
  })
}

const decade: Matcher = {
  name: 'dates/decade',
  needs: 'Z',
  anchor: 'Z',
  // "the 1990s", "the '90s", "the 90s", "the early 2000s"
  pattern: pattern(
    `${B}(?:the\\s{1,3})?(?:(early|mid|late)[\\s-]{1,3})?(?:((?:1[0-9]|20)\\d)0|['’]?(\\d)0)['’]?s${E}`,
  ),
  match(m, text) {
    const [all, part, long, short] = m
    const start = m.index
    const end = start + all.length
    // Two digits are a decade only after "the" ("in their 90s" is an age), and not as a measure.
    if (!long && (!namesDecade(text, start, all) || countsMeasure(text, start, end))) return []
    // "the 1800s", "the early 1900s": hundreds name a century, as TIMEX3 writes it (18, 19);
    // "the 2000s" are as often this century's first decade, and news means that one.
    if (long?.endsWith('0') && long !== '200') return [hundredsCandidate(start, end, long.slice(0, 2), part)]
    // "the '00s" are this century's first decade.
    const stem = long ?? (short === '0' ? '200' : `19${short}`)
    return [decadeCandidate(start, end, stem, part, 'dates/decade')]
  },
}

/** Decades in words, of the last century but the noughties. Keep sorted. */
const DECADE_WORDS: Readonly<Record<string, string>> = {
  eighties: '198',
  fifties: '195',
  forties: '194',
  nineties: '199',
  noughties: '200',
  seventies: '197',
  sixties: '196',
  thirties: '193',
  twenties: '192',
}

const decadeWord: Matcher = {
  name: 'dates/decade-word',
  needs: 'E',
  anchor: 'E',
  // "the nineties", "the late eighties", "the mid-sixties", "the eighties and nineties"; not "in their nineties" (an age).
  pattern: pattern(
    `${B}(?:the\\s{1,3})?(?:(early|mid|late)[\\s-]{1,3})?(${alternation(Object.keys(DECADE_WORDS), WORD_SPACE)})${E}`,
  ),
  match(m, text) {
    const [all, part, word] = m
    const stem = DECADE_WORDS[(word ?? '').toLowerCase()]
    const start = m.index
    const end = start + all.length
    if (!stem || !namesDecade(text, start, all) || countsMeasure(text, start, end)) return []
    return [decadeCandidate(start, end, stem, part, 'dates/decade')]
  },
}

const CENTURY_WORDS: Readonly<Record<string, number>> = {
  eighteenth: 18,
  fifteenth: 15,
  nineteenth: 19,
  seventeenth: 17,
  sixteenth: 16,
  'twenty-first': 21,
  twentieth: 20,
}

const century: Matcher = {
  name: 'dates/century',
  needs: 'U',
  anchor: 'U',
  // The unit trigger fires on every "year"; the word itself is rare.
  quick: /century/i,
  // "the 21st century", "21st-century policing": TIMEX3 writes its first two digits, 20.
  pattern: pattern(
    `${B}(?:the\\s{1,3})?(?:(\\d{2})(?:st|nd|rd|th)|(${alternation(Object.keys(CENTURY_WORDS), WORD_SPACE)}))[\\s-]{1,3}century${E}`,
  ),
  match(m) {
    const [all, digits, word] = m
    const n = digits ? Number(digits) : (CENTURY_WORDS[(word ?? '').toLowerCase()] ?? 0)
    if (n < 1 || n > 99) return []
    const first = (n - 1) * 100
    return [
      candidate(m.index, m.index + all.length, 'DATE', pad(n - 1), 'dates/century', {
        interval: yearsInterval(Math.max(1, first), first + 99),
      }),
    ]
  },
}

const PART_OF_YEAR: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  'the beginning of': 'START',
  'the end of': 'END',
  'the middle of': 'MID',
  'the start of': 'START',
  early: 'START',
  late: 'END',
  mid: 'MID',
}

/** "the end of ", "early ", "mid-" right before a year (read backwards). */
const PART_OF_YEAR_BEFORE = new RegExp(
  `(?<![A-Za-z])(${alternation(Object.keys(PART_OF_YEAR), WORD_SPACE)})[\\s-]{1,3}$`,
  'i',
)

/**
 * A fiscal year with the part of it written before it: "the end of fiscal year 2026", "early
 * FY2025" (END, START), as "the end of 2026" is a part of a calendar year.
 */
function withPartOfYear(c: Candidate, text: string): Candidate {
  const before = lookBack(text, c.start, PART_OF_YEAR_BEFORE)
  const mod = before && PART_OF_YEAR[(before.m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')]
  return before && mod ? { ...c, start: before.start, mod } : c
}

const partOfYear: Matcher = {
  name: 'dates/part-of-year',
  needs: 'C',
  anchor: 'C',
  // "mid-2023", "early 2024", "the end of 2023", "by end-2025"
  pattern: pattern(
    `${B}(${alternation(Object.keys(PART_OF_YEAR), WORD_SPACE)}|end)([\\s-]{1,3})((?:19|20)\\d{2})(?![A-Za-z0-9%]|[.,:/]\\d)`,
  ),
  match(m, text) {
    const [all, part, gap, y] = m
    // "end" without "of" is a part of the year when hyphened ("end-2025") or after "by" or "at"
    // ("by end 2025"), not in "will end 2025 in profit".
    if (part?.toLowerCase() === 'end' && gap !== '-' && !lookBack(text, m.index, BARE_END_LEAD)) return []
    const mod = PART_OF_YEAR[(part ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 'END'
    const c = yearCandidate(m.index, m.index + all.length, Number(y), 'dates/part-of-year')
    return [{ ...c, mod }]
  },
}

export const YEAR_MATCHERS: readonly Matcher[] = [
  century,
  decade,
  decadeWord,
  fiscalYear,
  fiscalYears,
  fiscalYearAfter,
  theYear,
  partOfYear,
  yearRange,
  wordedYearRange,
  year,
  earlyYear,
]
