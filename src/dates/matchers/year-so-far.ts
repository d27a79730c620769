/**
 * The year so far and the end of the financial year, as company results, retailers and tax
 * offices abbreviate them: "year-to-date", "the year to date", "YTD", "the financial year to
 * date", "FYTD"; "EOFY" (the end of the financial year, in Australian and New Zealand releases).
 */
import { type ResolveContext, tenseAt } from '../context'
import { financialYearIn } from '../financial-year'
import { financialYearInterval, isoDay, pad } from '../timex'
import { type Candidate, candidate, lookBack, type Matcher, pattern } from './shared'

const THE_OR_THIS_BEFORE = /(?<![A-Za-z])(?:the|this)\s{1,3}$/i

const YEAR_TO_DATE_RULE = 'dates/year-to-date'
const FINANCIAL_YEAR_RULE = 'dates/financial-year'

/** The financial year `ref` lies in: its value (`FY2024`), first calendar year and interval. */
function financialYearAt(
  ref: Date,
  ctx: ResolveContext,
  shift: number,
): { value: string; interval: Candidate['interval']; last: Date } {
  const fy = financialYearIn(ctx, false)
  const first = (ref.getMonth() + 1 >= fy.firstMonth ? ref.getFullYear() : ref.getFullYear() - 1) + shift
  const interval = financialYearInterval(first, fy.firstMonth)
  const named = fy.namedByEnd && fy.firstMonth !== 1 ? first + 1 : first
  // The last day: the eve of the next year's first month.
  const last = new Date(first + 1, fy.firstMonth - 1, 0)
  return { value: `FY${pad(named, 4)}`, interval, last }
}

/**
 * "year-to-date", "the year to date", "the financial year to date": the year the writing day is
 * in, from its start up to that day (`2024`, or `FY2024` for a financial one).
 */
const yearToDate: Matcher = {
  name: YEAR_TO_DATE_RULE,
  needs: 'U',
  pattern: pattern(
    `(?<![A-Za-z-])(?:(financial|fiscal)\\s{1,3})?year(?:-to-|\\s{1,3}to\\s{1,3})date(?![A-Za-z-])`,
  ),
  match(m, text, ctx) {
    // "the year to date", "this year to date": the word before the year is part of the mention.
    const the = lookBack(text, m.index, THE_OR_THIS_BEFORE)
    return [soFar(the ? the.start : m.index, m.index + m[0].length, m[1] !== undefined, ctx)]
  },
}

/** "YTD", "FYTD", "EOFY": in capitals only, as the initialisms are written ("ytd" is no word). */
const yearInitialisms: Matcher = {
  name: YEAR_TO_DATE_RULE,
  needs: 'Y',
  pattern: pattern(`(?<![A-Za-z0-9-])(?:EOFY|F?YTD)(?![A-Za-z0-9-])`),
  match(m, text, ctx) {
    const written = m[0]
    if (written !== written.toUpperCase()) return []
    const end = m.index + written.length
    if (written !== 'EOFY') return [soFar(m.index, end, written === 'FYTD', ctx)]
    // "the EOFY sales": the article is the noun's after it.
    return [endOfFinancialYear(m.index, end, text, ctx)]
  },
}

/** The year so far, from `start` to `end`: the calendar or the financial year of the writing day. */
function soFar(start: number, end: number, financial: boolean, ctx: ResolveContext): Candidate {
  if (!ctx.ref) {
    const year = ctx.year
    if (financial)
      return candidate(
        start,
        end,
        'DATE',
        year === null ? 'FYXXXX' : `FY${pad(year, 4)}`,
        FINANCIAL_YEAR_RULE,
        { inferred: year !== null },
      )
    return candidate(start, end, 'DATE', year === null ? 'XXXX' : pad(year, 4), YEAR_TO_DATE_RULE, {
      inferred: year !== null,
    })
  }
  const ref = ctx.ref
  if (financial) {
    const fy = financialYearAt(ref, ctx, 0)
    const interval = fy.interval && { start: fy.interval.start, end: isoDay(ref) }
    return candidate(start, end, 'DATE', fy.value, FINANCIAL_YEAR_RULE, {
      interval,
      inferred: ctx.refInferred,
    })
  }
  const year = ref.getFullYear()
  return candidate(start, end, 'DATE', pad(year, 4), YEAR_TO_DATE_RULE, {
    interval: { start: `${pad(year, 4)}-01-01`, end: isoDay(ref) },
    inferred: ctx.refInferred,
  })
}

/**
 * "EOFY", "by EOFY": the end of the financial year the writing day is in, as "the end of the
 * financial year" is (mod `END`); in a past clause before that end comes, the one before ("sales
 * rose at EOFY" written in August is June's).
 */
function endOfFinancialYear(start: number, end: number, text: string, ctx: ResolveContext): Candidate {
  if (!ctx.ref) {
    const value = ctx.year === null ? 'FYXXXX' : `FY${pad(ctx.year, 4)}`
    return candidate(start, end, 'DATE', value, FINANCIAL_YEAR_RULE, {
      mod: 'END',
      inferred: ctx.year !== null,
    })
  }
  const current = financialYearAt(ctx.ref, ctx, 0)
  const past = tenseAt(text, start, end) === 'past' && current.last > ctx.ref
  const fy = past ? financialYearAt(ctx.ref, ctx, -1) : current
  return candidate(start, end, 'DATE', fy.value, FINANCIAL_YEAR_RULE, {
    mod: 'END',
    interval: fy.interval,
    inferred: ctx.refInferred,
  })
}

export const YEAR_SO_FAR_MATCHERS: readonly Matcher[] = [yearToDate, yearInitialisms]
