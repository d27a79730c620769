/**
 * Periods UK statistics report on: quarters ("Q2 2024", "the second quarter of 2024"), the
 * twelve months to a month ("the year to March 2024", "the year ending June 2023") and seasons
 * ("summer 2024", "the winter months").
 */

import { AUXILIARY_VERBS } from '../../text/auxiliaries'
import { readsAsHeadline, readsAsShortHeadline } from '../../text/headline'
import { lazyRegExp } from '../../text/lazy-patterns'
import { alternation } from '../../text/patterns'
import { type ResolveContext, tenseAt } from '../context'
import { financialYearIn } from '../financial-year'
import {
  ANAPHORIC_WORDS,
  type FinancialYear,
  MONTHS,
  NAME_NOUNS,
  RELATIVE_SEASON_NAME_HEADS,
  SEASON_NAME_HEADS,
  SEASONS,
  WORD_SPACE,
} from '../lexicon'
import {
  durationValue,
  financialYearInterval,
  monthsInterval,
  quarterInterval,
  seasonInterval,
  yearText,
} from '../timex'
import { partBefore } from './months'
import type { Candidate, Matcher } from './shared'
import { B, candidate, E, lookBack, MONTH, monthNumber, NUMBER, numberValue, pattern } from './shared'

const QUARTER_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  final: 4,
  last: 4,
}

const quarter: Matcher = {
  name: 'dates/quarter',
  needs: 'Q',
  pattern: pattern(
    // "Q2 2024", "2024 Q2", "the second quarter of 2024", "Q3 last year", "the first quarter of this
    // year", "third-quarter profit"
    `${B}(?:Q([1-4])|((?:19|20)\\d{2})\\s{0,3}Q([1-4])|(?:the\\s{1,3})?(first|second|third|fourth|final|last)(?:\\s{1,3}|-)quarter)(?:(?:\\s{1,3}of(?:\\s{1,3}the\\s{1,3}year)?)?\\s{1,3}((?:19|20)\\d{2})|(?:\\s{1,3}of)?\\s{1,3}(this|last|next)\\s{1,3}year)?${E}`,
  ),
  match(m, text, ctx) {
    const [all, q1, y2, q2, word, y3, relative] = m
    const q = (q1 ?? q2) ? Number(q1 ?? q2) : (QUARTER_ORDINALS[(word ?? '').toLowerCase()] ?? 0)
    const written = y2 ?? y3
    const start = m.index
    const end = start + all.length
    if (!written && word) {
      // "the last quarter" alone is the one before this; "the first quarter" needs its year from the reference.
      if (!/^the/i.test(all) && !/quarter/i.test(all)) return []
    }
    const shift = relative
      ? (({ last: -1, next: 1 } as Record<string, number>)[relative.toLowerCase()] ?? 0)
      : 0
    const around = ctx.ref?.getFullYear() ?? ctx.year
    // "fourth quarter and full year 2024": the year written after "and" is the quarter's too.
    const shared = written || relative ? null : SHARED_YEAR_AFTER().exec(text.slice(end, end + 48))
    let year: number | null = shared
      ? Number(shared[1])
      : written
        ? Number(written)
        : around === null
          ? null
          : around + shift
    let qq = q
    if (!written && !relative && word?.toLowerCase() === 'last' && ctx.ref) {
      const current = Math.floor(ctx.ref.getMonth() / 3) + 1
      qq = current === 1 ? 4 : current - 1
      year = current === 1 ? ctx.ref.getFullYear() - 1 : ctx.ref.getFullYear()
    } else if (!written && !relative && word?.toLowerCase() === 'last') {
      year = null
    } else if (!written && !shared && !relative && ctx.ref && year !== null) {
      // "Sales rose in the third quarter" written in March is last year's; "will rise in the first
      // quarter" written in November, next year's.
      const tense = tenseAt(text, start, end)
      const month = ctx.ref.getMonth()
      if (tense === 'past' && (qq - 1) * 3 > month) year--
      else if (tense === 'future' && qq * 3 <= month) year++
      // "Acme reports fourth quarter results" written in February: results are of a quarter that
      // has ended, unless they are still to come.
      else if (tense !== 'future' && qq * 3 > month && REPORTED_AFTER().test(text.slice(end, end + 40)))
        year--
    }
    if (!written && !q1 && !q2 && !word) return []
    // "the end of the first quarter", "late Q4", "end-Q3": a part of the quarter, as of a month.
    const part = partBefore(text, start)
    const found = candidate(part.start, end, 'DATE', `${yearText(year)}-Q${qq}`, 'dates/quarter', {
      mod: part.mod,
      interval: year === null ? null : quarterInterval(year, qq),
      inferred: !written && year !== null,
    })
    const second = y3 ? secondYearOfSplit(text, end, Number(y3)) : null
    return second ? [found, second] : [found]
  },
}

/**
 * A year after a quarter and "and", shared with it: " and full year 2024", " and fiscal 2024",
 * " and the full-year 2024", " and nine months 2024". Group 1 is the year.
 */
const SHARED_YEAR_AFTER = lazyRegExp(
  String.raw`^\s{1,3}and\s{1,3}(?:the\s{1,3})?(?:(?:full|fiscal|financial|whole)[\s-]{1,3}(?:year\s{1,3})?|(?:nine|six|twelve|9|6|12)[\s-]months?\s{1,3}|year[\s-]end(?:ed)?\s{1,3})(?:of\s{1,3})?((?:19|20)\d{2})\b`,
  'i',
)

/** Words of reported figures after a quarter: "fourth quarter results", "Q4 earnings". */
const REPORTED_AFTER = lazyRegExp(
  String.raw`^(?:\s{1,3}(?:and|&)\s{1,3}(?:full|fiscal|financial)[\s-]{1,3}year)?(?:\s{1,3}(?:financial|fiscal|operating|trading|unaudited))?\s{1,3}(?:results|earnings|figures)\b`,
  'i',
)

/** The months a calendar quarter ends in, and its number. */
const QUARTER_END_MONTHS: Readonly<Record<string, number>> = { december: 4, june: 2, march: 1, september: 3 }

/**
 * "the June quarter", "the September 2024 quarter", "the March quarter 2024": a quarter named by
 * the month it ends in, as Australian and New Zealand statistics write it. Only the months that end
 * a calendar quarter; a yearless one takes its year as a quarter in words does.
 */
const monthQuarter: Matcher = {
  name: 'dates/month-quarter',
  needs: 'Q',
  pattern: pattern(
    `${B}(?:the\\s{1,3})?(March|June|September|December)(?:\\s{1,3}((?:19|20)\\d{2}))?\\s{1,3}quarter(?:\\s{1,3}((?:19|20)\\d{2}))?${E}`,
  ),
  match(m, text, ctx) {
    const [all, month, y1, y2] = m
    const qq = QUARTER_END_MONTHS[(month ?? '').toLowerCase()] ?? 0
    if (qq === 0) return []
    const start = m.index
    const end = start + all.length
    const written = y1 ?? y2
    let year: number | null = written ? Number(written) : (ctx.ref?.getFullYear() ?? ctx.year)
    if (!written && ctx.ref && year !== null) {
      // As "the third quarter": written in March, a past June quarter is last year's.
      const tense = tenseAt(text, start, end)
      const current = ctx.ref.getMonth()
      if (tense === 'past' && (qq - 1) * 3 > current) year--
      else if (tense === 'future' && qq * 3 <= current) year++
    }
    return [
      candidate(start, end, 'DATE', `${yearText(year)}-Q${qq}`, 'dates/month-quarter', {
        interval: year === null ? null : quarterInterval(year, qq),
        inferred: !written && year !== null,
      }),
    ]
  },
}

/** A fiscal year as written: "fiscal 2024", "fiscal year 2024", "FY2024", "FY24", "the 2024 fiscal year". */
const FISCAL_YEAR = String.raw`(?:(?:fiscal|financial)(?:\s{1,3}year)?\s{1,3}(?:19|20)\d{2}|FY\s{0,2}(?:19|20)?\d{2}|(?:19|20)\d{2}\s{1,3}(?:fiscal|financial)\s{1,3}year)`
const QUARTER_ORDINAL = '(?:first|second|third|fourth|final)'
/** A quarter as written: "Q3", "third quarter", "third-quarter". */
const QUARTER_WORDS = String.raw`(?:Q[1-4]|${QUARTER_ORDINAL}[\s-]{1,3}quarter)`
/** A quarter that says it is fiscal: "fiscal Q3", "fiscal third quarter", "third fiscal quarter". */
const FISCAL_QUARTER_WORDS = String.raw`(?:(?:fiscal|financial)\s{1,3}${QUARTER_WORDS}|${QUARTER_ORDINAL}[\s-]{1,3}(?:fiscal|financial)[\s-]{1,3}quarter)`
/** Between a quarter and its year: " of the ", " of its ", " ". */
const QUARTER_OF = String.raw`(?:\s{1,3}of)?(?:\s{1,3}(?:the|its|our|their))?\s{1,3}`
/** "FY" in other than capitals before a year, which is rarely the abbreviation. */
const NOT_CAPITAL_FY = /(?<![A-Za-z])(?:fy|Fy|fY)(?=\s{0,2}\d)/
/** The parts read from a fiscal quarter: its number and its year. */
const QUARTER_NUMBER = /Q([1-4])|(first|second|third|fourth|final)/i
const FISCAL_YEAR_NUMBER = /(?:19|20)\d{2}|(?<=FY\s{0,2})\d{2}/i

const fiscalQuarter: Matcher = {
  name: 'dates/fiscal-quarter',
  needs: 'QY',
  // "the third quarter of fiscal 2024", "Q3 of fiscal year 2025", "fiscal Q3 2024", "Q3 FY24",
  // "FY2024 Q3", "the third fiscal quarter of 2024": a quarter of a fiscal year, FY2024-Q3, as TIMEX
  // writes a fiscal year's part. The quarters count from the first month of the publisher's year.
  pattern: pattern(
    `${B}(?:(?:the\\s{1,3})?(?:${FISCAL_QUARTER_WORDS}${QUARTER_OF}(?:${FISCAL_YEAR}|(?:19|20)\\d{2})|${QUARTER_WORDS}${QUARTER_OF}${FISCAL_YEAR})|${FISCAL_YEAR}[\\s-]{1,3}${QUARTER_WORDS})(?![0-9%]|[.,]\\d)${E}`,
  ),
  match(m, text, ctx) {
    const [all] = m
    if (NOT_CAPITAL_FY.test(all)) return []
    const q = QUARTER_NUMBER.exec(all)
    const y = FISCAL_YEAR_NUMBER.exec(all)?.[0]
    if (!q || !y) return []
    const quarter = q[1] ? Number(q[1]) : (QUARTER_ORDINALS[(q[2] ?? '').toLowerCase()] ?? 0)
    const year = y.length === 2 ? 2000 + Number(y) : Number(y)
    const end = m.index + all.length
    const found = candidate(m.index, end, 'DATE', `FY${year}-Q${quarter}`, 'dates/fiscal-quarter', {
      interval: fiscalQuarterInterval(year, quarter, financialYearIn(ctx, /fiscal/i.test(all))),
    })
    // "the first quarter of fiscal year 2023/24": the second year follows the range rule.
    const split = /\d$/.test(all) ? SPLIT_YEAR_AFTER.exec(text.slice(end, end + 12)) : null
    if (!split) return /^[/–-]/.test(text.slice(end, end + 1)) ? [] : [found]
    const written = split[1]!
    const last = written.length === 4 ? Number(written) : Math.floor(year / 100) * 100 + Number(written)
    if (last !== year + 1) return []
    const at = end + split[0].length - written.length
    return [found, candidate(at, at + written.length, 'DATE', `FY${last}`, 'dates/fiscal-year')]
  },
}

/** The months of a quarter of a fiscal year, counted from the first month of the publisher's year. */
function fiscalQuarterInterval(year: number, quarter: number, fy: FinancialYear): Candidate['interval'] {
  return fiscalMonthsInterval(year, (quarter - 1) * 3, 3, fy)
}

/** `count` months of a fiscal year from its month `offset` (0 for its first), as an interval. */
function fiscalMonthsInterval(
  year: number,
  offset: number,
  count: number,
  { firstMonth, namedByEnd }: FinancialYear,
): Candidate['interval'] {
  // Months counted from January of the year the fiscal year starts in.
  const first = (namedByEnd ? year - 1 : year) * 12 + firstMonth - 1 + offset
  const last = first + count - 1
  return monthsInterval(Math.floor(first / 12), (first % 12) + 1, Math.floor(last / 12), (last % 12) + 1)
}

/** The half in a fiscal half: "first" or "second", or the digit of "H1", "1H". */
const HALF_NUMBER = /\b(?:H([12])|([12])H)\b|(first|second)/i

const fiscalHalf: Matcher = {
  name: 'dates/fiscal-half',
  needs: 'Y',
  // "1H FY25", "H2 FY2024", "FY25 H1", "the first half of fiscal 2025", as companies' results write
  // a half of their year: FY2025-H1, its months counted from the first of the publisher's year.
  quick: /H[12]|[12]H|half/i,
  pattern: pattern(
    `${B}(?:(?:the\\s{1,3})?(?:first|second)\\s{1,3}half\\s{1,3}of\\s{1,3}(?:(?:the|its|our|their)\\s{1,3})?${FISCAL_YEAR}|(?:H[12]|[12]H)\\s{0,3}${FISCAL_YEAR}|${FISCAL_YEAR}\\s{1,3}H[12])(?![0-9%]|[.,]\\d)${E}`,
  ),
  match(m, _text, ctx) {
    const [all] = m
    if (NOT_CAPITAL_FY.test(all) || /^(?:h[12]|[12]h)/.test(all)) return []
    const h = HALF_NUMBER.exec(all)
    const y = FISCAL_YEAR_NUMBER.exec(all)?.[0]
    if (!h || !y) return []
    const half = h[3] ? (h[3].toLowerCase() === 'first' ? 1 : 2) : Number(h[1] ?? h[2])
    const year = y.length === 2 ? 2000 + Number(y) : Number(y)
    const fy = financialYearIn(ctx, /fiscal/i.test(all))
    return [
      candidate(m.index, m.index + all.length, 'DATE', `FY${year}-H${half}`, 'dates/fiscal-half', {
        interval: fiscalMonthsInterval(year, (half - 1) * 6, 6, fy),
      }),
    ]
  },
}

/** After a year, the second year of a financial or season year: "/24" of "Q4 2023/24", "-2025" of "2024-2025". */
const SPLIT_YEAR_AFTER = /^\s{0,2}[/–-]\s{0,2}((?:19|20)\d{2}|\d{2})(?![0-9%/]|[.,]\d)/

/**
 * "Q4 2023/24": a quarter of a financial year. Its year is written as a split year, which follows
 * the range rule (two mentions): the quarter with the first year, and the second year apart.
 */
function secondYearOfSplit(text: string, end: number, first: number): Candidate | null {
  const m = SPLIT_YEAR_AFTER.exec(text.slice(end, end + 12))
  const written = m?.[1]
  if (!m || !written) return null
  const last = written.length === 4 ? Number(written) : Math.floor(first / 100) * 100 + Number(written)
  if (last !== first + 1 && !(written.length === 2 && last + 100 === first + 1)) return null
  const year = first + 1
  const at = end + m[0].length - written.length
  return candidate(at, at + written.length, 'DATE', `${year}`, 'dates/financial-year', {
    interval: financialYearInterval(first),
  })
}

const PERIOD_LEAD = /(?<![A-Za-z])(?:the\s{1,3})?(?:(?:financial|fiscal|calendar)\s{1,3})?$/i

/** "half" before "year" and its end: "the half year to", "the half-year ended". */
const HALF_BEFORE = /(?<![A-Za-z])half(?:\s{1,3}|-)$/i

/**
 * The words after a period's length up to the month it ends in, and the month: "to March 2024",
 * "ending 31 March 2024", "to the end of March 2024", "ended June 30, 2023", "ended Sept. 30" (the
 * day after the month, as US releases write it; with no year, only where no word follows: "the
 * year to March 5 officers" is March's).
 */
const TO_MONTH = `\\s{1,3}(?:to|ending|ended|up\\s{1,3}to)\\s{1,3}(?:\\(YE\\)\\s{1,3})?(?:the\\s{1,3}end\\s{1,3}of\\s{1,3})?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3})?(${MONTH})\\.?(?:\\s{1,3}((?:19|20)\\d{2})|\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s{1,3}((?:19|20)\\d{2})|(?![0-9]|\\s{0,3}[A-Za-z0-9])))?${E}`

/**
 * A period that ends in a month: "the year to March 2024", "the 12 months ending June 2023", "the
 * financial year ending 31 March 2024", "the 12 months to the end of March 2024" (the same
 * period: the end of a month is where it stops), "the quarter ended March 31, 2025". A length of
 * time with the months it covers as its interval.
 */
function periodToMonth(m: RegExpExecArray, text: string, ctx: ResolveContext): Candidate[] {
  const [all, count, unit, single, , mm, yearAfterMonth, yearAfterDay] = m
  const yy = yearAfterMonth ?? yearAfterDay
  const month = mm ? monthNumber(mm) : null
  if (month === null) return []
  // "the half year ended 30 September", "the half-year to 30 June": six months, as company
  // results write them.
  const half = single && /^year$/i.test(single) ? lookBack(text, m.index, HALF_BEFORE) : null
  const from = half ? half.start : m.index
  // "the financial year to March": the optional words before are read backwards, which keeps
  // the pattern linear (an optional lead before a number lets every start retry).
  const lead = lookBack(text, from, PERIOD_LEAD)
  const start = lead && lead.m[0].length > 0 ? lead.start : from
  const end = m.index + all.length
  let n = 1
  let letter: 'Y' | 'M' | 'W' = 'Y'
  if (count && unit) {
    const v = numberValue(count)
    if (v === null || v <= 0 || v > 1000) return []
    n = v
    letter = /^m/i.test(unit) ? 'M' : /^w/i.test(unit) ? 'W' : 'Y'
  } else if (single && /^q/i.test(single)) {
    n = 3
    letter = 'M'
  } else if (half) {
    n = 6
    letter = 'M'
  }
  // "YE Mar 24": a year of two digits is this century's.
  let endYear: number | null = yy ? (yy.length === 2 ? 2000 + Number(yy) : Number(yy)) : null
  if (endYear === null && ctx.ref) {
    const refMonth = ctx.ref.getMonth() + 1
    const tense = tenseAt(text, start, end)
    endYear = ctx.ref.getFullYear() - (tense !== 'future' && month >= refMonth ? 1 : 0)
  }
  const months = letter === 'Y' ? n * 12 : letter === 'M' ? n : 0
  let interval = null
  if (endYear !== null && months > 0 && Number.isInteger(months)) {
    const firstIndex = endYear * 12 + (month - 1) - (months - 1)
    interval = monthsInterval(Math.floor(firstIndex / 12), (firstIndex % 12) + 1, endYear, month)
  }
  return [
    candidate(start, end, 'DURATION', durationValue(n, letter, false), PERIOD_TO_MONTH_RULE, {
      interval,
      inferred: !yy && endYear !== null,
    }),
  ]
}

const PERIOD_TO_MONTH_RULE = 'dates/period-to-month'

const yearTo: Matcher = {
  name: PERIOD_TO_MONTH_RULE,
  needs: 'MU',
  anchor: 'M',
  pattern: pattern(`${B}(?:(${NUMBER})\\s{1,3}(months?|years?|weeks?)|(year))${TO_MONTH}`),
  match: periodToMonth,
}

/**
 * "the quarter ended March 31, 2025": the quarter is no unit the trigger scan finds, so it has its
 * own matcher; the empty groups keep the groups `periodToMonth` reads where they are.
 */
const quarterTo: Matcher = {
  name: PERIOD_TO_MONTH_RULE,
  needs: 'MQ',
  anchor: 'M',
  pattern: pattern(`${B}()()(quarter)${TO_MONTH}`),
  match: periodToMonth,
}

/**
 * "YE Mar 24", "YE June 2025": the year ending a month as statistics offices abbreviate it in
 * tables and headlines (the ONS's "year ending (YE) March 2024"); in capitals only, as "ye" is a
 * word. The year may be written with two digits.
 */
const yearEndingShort: Matcher = {
  name: PERIOD_TO_MONTH_RULE,
  needs: 'M',
  anchor: 'M',
  quick: /(?<![A-Za-z])YE\s/,
  pattern: pattern(`${B}()()(YE)\\s{1,3}()(${MONTH})\\.?\\s{1,3}((?:19|20)\\d{2}|\\d{2})()(?![0-9A-Za-z%])`),
  match: (m, text, ctx) => (m[3] === 'YE' ? periodToMonth(m, text, ctx) : []),
}

const SEASON = `(?:${alternation(Object.keys(SEASONS), WORD_SPACE)})`
/**
 * "in the spring", "by the fall" and "planned for spring" are the season when the phrase closes there ("... report in
 * the spring.", "in the fall and winter"); "bathed in the spring water", "the fall in crime" and
 * "after the fall of Kabul" are not.
 */
const SEASON_PREPOSITION =
  /(?<![A-Za-z])(?:in|during|by|for|until|till|through|throughout|over|from|before|after|since)\s{1,3}$/i
const SEASON_CLOSE = /^(?:\s{0,3}(?:[.,;:!?)]|$)|\s{1,3}(?:and|or|with|when|as|but|so|to|for)(?![A-Za-z]))/i

/**
 * The start of a sentence or a line before a word: a capital there is the sentence's, not a name's.
 */
const SENTENCE_START_BEFORE = /(?:^|\n[ \t\u00a0]{0,3}|[.!?]["'”’]?[ \t\u00a0]{1,3})$/
/**
 * The lower-case word after a season that opens a sentence, as the noun it modifies ("Summer
 * patrols planned", "Winter vaccination programme"): not a verb of which it is the subject, as a
 * person named so is ("Winter said", "Summer was found", "Winter added"). Group: the word.
 */
const MODIFIED_NOUN_AFTER = new RegExp(
  `^[ \\t\\u00a0]{1,2}(?!(?:${alternation([...AUXILIARY_VERBS, 'and', 'or', 'but', 'also', 'says', 'tells', 'adds', 'told', 'said'])})(?![A-Za-z]))([a-z]{2,20})(?![A-Za-z'’-])`,
)
/** A season in capitals after a word or a comma inside a sentence, as a name: "Jane Winter", "DC Summer". */
const SEASON_AS_NAME = /(?<=[A-Za-z,;][ \t\u00a0]{1,3})(Summer|Autumn|Winter)(?![A-Za-z])/g

/** The seasons that `texts` write in capitals inside a sentence, as names ("Jane Winter", "DC Summer"). */
export function seasonsWrittenAsNames(texts: readonly string[]): Set<string> {
  const names = new Set<string>()
  for (const text of texts) {
    SEASON_AS_NAME.lastIndex = 0
    for (let m = SEASON_AS_NAME.exec(text); m; m = SEASON_AS_NAME.exec(text)) names.add(m[1]!)
  }
  return names
}

/** The last block read for seasons used as names, and those names, when the context gives none. */
let namesRead: { text: string; names: Set<string> } | null = null
/**
 * Whether the text writes a season with a capital inside a sentence, as a name ("Jane Winter",
 * "DC Summer"): then at a sentence's start it is the name too. The whole text's names when the
 * context has them ("Sergeant Jane Winter led …" in one paragraph, "Winter thanks …" in the next),
 * else the block's, read once for each block.
 */
function seasonWrittenAsName(text: string, word: string, ctx: ResolveContext): boolean {
  if (ctx.seasonNames) return ctx.seasonNames().has(word)
  if (namesRead?.text !== text) namesRead = { text, names: seasonsWrittenAsNames([text]) }
  return namesRead.names.has(word)
}

/** Seasons read as a noun's modifier when capitalised: not "Spring" or "Fall", verbs too. */
const MODIFYING_SEASONS = /^(?:Summer|Autumn|Winter)$/

/**
 * Whether a capitalised "Summer", "Autumn" or "Winter" at `start` opens a sentence or a headline
 * as the modifier of a noun in lower case ("Summer patrols planned", "Winter vaccination programme
 * begins"): the season, as "summer patrols" is inside a sentence. Not "Spring" or "Fall" (verbs
 * too), a word in Title Case after it ("Winter Gardens"), a verb after it ("Winter said"), nor a
 * season the text writes as a name elsewhere.
 */
function opensSentenceAsModifier(
  text: string,
  start: number,
  end: number,
  word: string,
  ctx: ResolveContext,
): boolean {
  if (!MODIFYING_SEASONS.test(word)) return false
  if (!lookBack(text, start, SENTENCE_START_BEFORE)) return false
  const after = MODIFIED_NOUN_AFTER.exec(text.slice(end, end + 24))
  if (!after || /ed$/.test(after[1]!)) return false
  return !seasonWrittenAsName(text, word, ctx)
}

/** The start of a line: a headline's first word. */
const LINE_START_BEFORE = /(?:^|\n[ \t\u00a0]{0,3})$/
/** Longest line read as a headline in Title Case. */
const MAX_TITLE_LINE = 200

/**
 * Whether a capitalised "Summer", "Autumn" or "Winter" at `start` opens a headline in Title Case
 * as the modifier of the noun after it ("Summer Patrols Planned", "Winter Vaccination Programme
 * Begins"): every word has its capital there, so the noun's is no sign of a name, and the season
 * is read as in "Summer patrols planned". Not a name's noun after it ("Summer Festival Returns",
 * "Winter Gardens Reopens", see `NAME_HEAD_AFTER`), a verb ("Winter Says"), nor a season, or a
 * word after it, that the text writes as a name inside a sentence below ("Summer Smith Opens Fete"
 * and "said Ms Smith").
 */
function opensTitleCaseHeadline(
  text: string,
  start: number,
  end: number,
  word: string,
  ctx: ResolveContext,
): boolean {
  if (!MODIFYING_SEASONS.test(word)) return false
  if (!lookBack(text, start, LINE_START_BEFORE)) return false
  const rest = text.slice(start, start + MAX_TITLE_LINE + 1)
  const stop = rest.indexOf('\n')
  if (stop < 0 && start + rest.length < text.length) return false
  const line = stop < 0 ? rest : rest.slice(0, stop)
  if (!readsAsShortHeadline(line) && !readsAsHeadline(line)) return false
  const after = text.slice(end, end + 64)
  if (NAME_HEAD_AFTER.test(after)) return false
  const noun = MODIFIED_NOUN_AFTER.exec(after.slice(0, 24).toLowerCase())
  if (!noun || /ed$/.test(noun[1]!)) return false
  if (seasonWrittenAsName(text, word, ctx)) return false
  // "Summer Smith Opens Fete" and "said Ms Smith" below: the word after is a name's.
  const at = after.search(/\S/)
  const written = after.slice(at, at + noun[1]!.length)
  return !(ctx.writtenAsName ? ctx.writtenAsName(written) : isWrittenAsName(text, written))
}

/**
 * Whether `text` writes `word` (letters only) with its capital inside a sentence, after a word in
 * lower case or a comma, perhaps with a name between, as a name: "said Ms Smith", "by Jane
 * Smith,". One pass.
 */
export function isWrittenAsName(text: string, word: string): boolean {
  if (!/^[A-Z][a-z]{1,20}$/.test(word)) return false
  return new RegExp(
    `(?<=(?:(?<![A-Za-z])[a-z]{1,20}|,)[ \\t\\u00a0]{1,3}(?:[A-Z][a-z]{1,20}[ \\t\\u00a0]{1,3})?)${word}(?![A-Za-z])`,
  ).test(text)
}

/** A month's name as a word after a season is written, with its capital: "December" of "this Winter December". */
const MONTH_CAPITALISED = alternation(
  Object.keys(MONTHS).map((m) => m[0]!.toUpperCase() + m.slice(1)),
  WORD_SPACE,
)
/** "the" right before a relative word and a season: "the last" of "the last Summer Olympics". */
const THE_BEFORE = /(?<![A-Za-z])the\s{1,3}$/i
/** A word in capitals after a season, not a month's name: "Festival" of "Winter Festival". */
const NAME_WORD_AFTER = new RegExp(`^[ \\t\\u00a0]{1,2}(?!(?:${MONTH_CAPITALISED})(?![A-Za-z]))[A-Z][a-z]`)

/**
 * Words in capitals after a season that close the name of an event, a body or a place: "Reading
 * Challenge" of "this Summer Reading Challenge", "Festival" of "Winter Festival", "Gardens" of
 * "Winter Gardens". Even after "this", "last" or "next" the season is the name's ("This Summer
 * Reading Challenge runs in libraries"); "Last Summer Kent Police seized …" ends in no such word.
 */
const NAME_HEAD_AFTER = new RegExp(
  `^[ \\t\\u00a0]{1,2}(?:[A-Z][a-z'’-]{1,20}[ \\t\\u00a0]{1,2}){0,2}(?:${alternation([...SEASON_NAME_HEADS, ...NAME_NOUNS])})(?![A-Za-z])`,
)
/**
 * The same after "this", "last" or "next", where a programme's noun closes the name too: "This
 * Summer Programme runs for six weeks" (see `RELATIVE_SEASON_NAME_HEADS`).
 */
const NAME_HEAD_AFTER_RELATIVE = new RegExp(
  `^[ \\t\\u00a0]{1,2}(?:[A-Z][a-z'’-]{1,20}[ \\t\\u00a0]{1,2}){0,2}(?:${alternation([...SEASON_NAME_HEADS, ...NAME_NOUNS, ...RELATIVE_SEASON_NAME_HEADS])})(?![A-Za-z])`,
)

/** "the end of ", "the start of " just before a season (read backwards). */
const SEASON_PART_BEFORE = /(?<![A-Za-z])(?:the\s{1,3})?(beginning|start|middle|end)\s{1,3}of\s{1,3}$/i
const SEASON_PART_MODS: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  beginning: 'START',
  end: 'END',
  middle: 'MID',
  start: 'START',
}

const season: Matcher = {
  name: 'dates/season',
  needs: 'S',
  anchor: 'S',
  // "summer 2024", "the winter months", "this summer", "last winter", "the summer", "the spring of
  // last year"; "the following summer", which the refiner `anchorUnits` counts from the time named before
  pattern: pattern(
    `${B}(?:(this|last|next|the\\s{1,3}coming|the\\s{1,3}past|the\\s{1,3}(?:${ANAPHORIC_WORDS})|the)\\s{1,3})?(?:(early|mid|late)[\\s-]{1,3})?(${SEASON})(?:\\s{1,3}(?:of\\s{1,3})?(?:((?:19|20)\\d{2})|(this|last|next)\\s{1,3}year(?!['’]))|\\s{1,3}(months))?${E}`,
  ),
  match(m, text, ctx) {
    const [all, which, part, word, yy, yearWord, months] = m
    const code = SEASONS[(word ?? '').toLowerCase()]
    if (!code) return []
    const start = m.index
    const end = start + all.length
    // With nothing named before it, "the previous summer" is the last one, as "last summer" is.
    const w = (which ?? '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^the (?:previous|preceding|prior)$/, 'last')
      .replace(/^the following$/, 'next')
    // "spring" or "fall" alone is a verb or a noun too often; ask for a determiner or a year, or a
    // preposition before it and the end of the phrase after ("opens in spring."). A bare lower-case
    // "summer", "autumn" or "winter" ("as summer operation ends") is the season.
    const named = yy || yearWord
    // "the Winter Festival", "the Summer Olympics", "the Autumn Statement": a season in capitals
    // before a word in capitals opens the name of an event, not a time. "this", "last" or "next"
    // alone before it makes it the time ("Last Summer Kent Police seized …"), unless the words in
    // capitals close on a name's noun ("This Summer Reading Challenge", "This Summer Programme");
    // "the last Summer Olympics" is the event's.
    const relative =
      w !== '' && w !== 'the' && !/^the\s/i.test(which ?? '') && !lookBack(text, start, THE_BEFORE)
    const capitalised = !named && !months && /^[A-Z]/.test(word ?? '')
    // "Summer Patrols Planned": in a headline in Title Case the noun's capital is the headline's.
    const titleCase = capitalised && !w && opensTitleCaseHeadline(text, start, end, word ?? '', ctx)
    if (
      capitalised &&
      !titleCase &&
      (!relative || NAME_HEAD_AFTER_RELATIVE.test(text.slice(end, end + 64))) &&
      NAME_WORD_AFTER.test(text.slice(end, end + 24))
    )
      return []
    if (
      !named &&
      !w &&
      !months &&
      !/^[a-z]+$/.test(word ?? '') &&
      !titleCase &&
      !opensSentenceAsModifier(text, start, end, word ?? '', ctx)
    )
      return []
    if (
      !named &&
      (w === 'the' || !w) &&
      !months &&
      /^(spring|fall)$/i.test(word ?? '') &&
      !(lookBack(text, start, SEASON_PREPOSITION) && SEASON_CLOSE.test(text.slice(end, end + 8)))
    )
      return []
    // "the end of the summer", "the start of winter": the part of the season before it, with its mod.
    const lead = part ? null : lookBack(text, start, SEASON_PART_BEFORE)
    const mod = part
      ? ({ early: 'START', mid: 'MID', late: 'END' } as const)[part.toLowerCase() as 'early']
      : lead
        ? SEASON_PART_MODS[(lead.m[1] ?? '').toLowerCase()]!
        : null
    if (yearWord) return [seasonOfRelativeYear(lead?.start ?? start, end, code, yearWord, ctx, mod)]
    let year: number | null = yy ? Number(yy) : null
    let inferred = false
    if (year === null) {
      const refYear = ctx.ref?.getFullYear() ?? null
      const refMonth = ctx.ref ? ctx.ref.getMonth() + 1 : null
      if (refYear !== null && refMonth !== null) {
        inferred = true
        const endMonth = code === 'SP' ? 5 : code === 'SU' ? 8 : code === 'FA' ? 11 : 2
        const startMonth = code === 'SP' ? 3 : code === 'SU' ? 6 : code === 'FA' ? 9 : 12
        const tense = tenseAt(text, start, end)
        if (w === 'last' || w === 'the past')
          year = refMonth > endMonth && code !== 'WI' ? refYear : refYear - 1
        else if (w === 'next' || w === 'the coming') year = refMonth < startMonth ? refYear : refYear + 1
        // Winter runs from December into the next year: "during the winter, staff saw record demand"
        // written in March or in October is the winter gone, which began the year before.
        else if (code === 'WI')
          year = refMonth <= 2 || (refMonth < 12 && tense === 'past') ? refYear - 1 : refYear
        // "The seizures this autumn were ..." written in January: the autumn just gone.
        else if ((w === 'the' || w === 'this' || w === '') && tense === 'past' && refMonth < startMonth)
          year = refYear - 1
        // "We will plant this spring" written in December: the spring to come.
        else if ((w === 'the' || w === 'this' || w === '') && tense === 'future' && refMonth > endMonth)
          year = refYear + 1
        else year = refYear
      } else if (ctx.year !== null && (w === 'this' || w === '')) {
        year = ctx.year
        inferred = true
      }
    }
    return [
      candidate(lead?.start ?? start, end, 'DATE', `${yearText(year)}-${code}`, 'dates/season', {
        interval: year === null ? null : seasonInterval(year, code),
        inferred,
        mod,
      }),
    ]
  },
}

/**
 * "the spring of last year", "summer this year": the season of the year counted from the
 * reference's year, or from the year the release's evidence fixes; X when neither is known.
 */
function seasonOfRelativeYear(
  start: number,
  end: number,
  code: 'SP' | 'SU' | 'FA' | 'WI',
  yearWord: string,
  ctx: ResolveContext,
  mod: Candidate['mod'],
): Candidate {
  const shift = ({ last: -1, next: 1 } as Record<string, number>)[yearWord.toLowerCase()] ?? 0
  const base = ctx.ref?.getFullYear() ?? ctx.year
  const year = base === null ? null : base + shift
  return candidate(start, end, 'DATE', `${yearText(year)}-${code}`, 'dates/season', {
    interval: year === null ? null : seasonInterval(year, code),
    inferred: year !== null,
    mod,
  })
}

const halfYear: Matcher = {
  name: 'dates/half-year',
  needs: 'DA',
  anchor: 'D',
  // "the first half of 2024", "H2 2023"
  pattern: pattern(
    `${B}(?:(?:the\\s{1,3})?(first|second)\\s{1,3}half\\s{1,3}of\\s{1,3}(?:the\\s{1,3}year\\s{1,3})?((?:19|20)\\d{2})|H([12])\\s{0,3}((?:19|20)\\d{2}))${E}`,
  ),
  match(m) {
    const [all, word, y1, h, y2] = m
    const half = h ? Number(h) : (word ?? '').toLowerCase() === 'first' ? 1 : 2
    return [halfYearCandidate(m.index, m.index + all.length, Number(y1 ?? y2), half)]
  },
}

function halfYearCandidate(start: number, end: number, year: number, half: number): Candidate {
  return candidate(start, end, 'DATE', `${yearText(year)}-H${half}`, 'dates/half-year', {
    interval: monthsInterval(year, half === 1 ? 1 : 7, year, half === 1 ? 6 : 12),
  })
}

const halfYearFirst: Matcher = {
  name: 'dates/half-year',
  needs: 'D',
  anchor: 'D',
  // "1H25", "2H 2024", as companies' results write a half; the capital is what few other texts
  // write ("1h25" is a clock, as "22h00" is), so blocks without it are skipped.
  quick: /[12]H/,
  pattern: pattern(`${B}([12])H(?:\\s{0,3}((?:19|20)\\d{2})|(\\d{2}))${E}`),
  match(m, text) {
    const [all, h, full, short] = m
    if (text.charAt(m.index + 1) !== 'H') return []
    return [
      halfYearCandidate(m.index, m.index + all.length, full ? Number(full) : 2000 + Number(short), Number(h)),
    ]
  },
}

/**
 * "the first five months of", "the last week of", "the first half of", "the second weekend of",
 * "the early part of", "the latter stages of": a part of the year or month named right after (see
 * the refiner `joinPartOfPeriod`).
 */
export const PART_OF_PERIOD = new RegExp(
  `(?<![A-Za-z])(?:the\\s{1,3})?(first|second|third|fourth|last|final|opening|closing|early|earlier|middle|latter|later)\\s{1,3}(?:(${NUMBER})\\s{1,3})?(weekend|months?|weeks?|days?|half|part|stages?)\\s{1,3}(?:of|in)\\s{1,3}$`,
  'i',
)

export const PERIOD_MATCHERS: readonly Matcher[] = [
  yearTo,
  quarterTo,
  yearEndingShort,
  fiscalQuarter,
  quarter,
  monthQuarter,
  halfYear,
  halfYearFirst,
  fiscalHalf,
  season,
]
