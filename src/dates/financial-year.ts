/**
 * Which country's financial year a release means when its `Source:` line does not say: "this
 * financial year" in March 2024 is FY2023 in a UK release, FY2024 in a US one.
 */
import type { TextBlock } from '../text/blocks'
import type { Publisher } from '../text/publishers'
import type { ResolveContext } from './context'
import { CALENDAR_FINANCIAL_YEAR, type FinancialYear, financialYearOf } from './lexicon'

/**
 * The first money sign a text writes, with the dollar's country before it when written: "£",
 * "€", "NZ$", "A$", "AU$", "C$", "CA$", "US$", "$".
 */
const MONEY_SIGN = /(?<![A-Za-z])(NZ|AU?|CA?|US)?\$|[£€]/

const DOLLAR_COUNTRIES: Readonly<Record<string, string>> = { A: 'AU', AU: 'AU', C: 'CA', CA: 'CA', NZ: 'NZ' }

/**
 * The financial year a release keeps, from its own evidence: the publisher's country; Ireland's
 * calendar year for an Irish publisher; else the money the text writes first ("£" the UK's year,
 * "€" the calendar year, "$" the US federal year unless the sign names another dollar). With none
 * of these, "fiscal year" is the US usage and "financial year" the UK's.
 */
export function financialYearOfRelease(
  blocks: readonly TextBlock[],
  publisher: Publisher,
): (fiscal: boolean) => FinancialYear {
  if (publisher.country !== null) {
    const own = financialYearOf(publisher.country)
    return () => own
  }
  if (publisher.bankHolidays === 'IE') return () => CALENDAR_FINANCIAL_YEAR
  // A UK publisher, or a text that writes pounds, keeps the UK's year whatever word it uses.
  if (publisher.bankHolidays !== null) return () => financialYearOf(null)
  let read: FinancialYear | null | undefined
  return (fiscal) => {
    if (read === undefined) read = moneyYear(blocks)
    return read ?? financialYearOf(fiscal ? 'US' : null)
  }
}

/** The financial year the text's first money sign points to, or null when it writes none. */
function moneyYear(blocks: readonly TextBlock[]): FinancialYear | null {
  for (const b of blocks) {
    const m = MONEY_SIGN.exec(b.text)
    if (!m) continue
    if (m[0] === '£') return financialYearOf(null)
    if (m[0] === '€') return CALENDAR_FINANCIAL_YEAR
    return financialYearOf(DOLLAR_COUNTRIES[m[1] ?? ''] ?? 'US')
  }
  return null
}

/**
 * The financial year a matcher resolves against: the release's, when `findDates` read it, else
 * that of the publisher's country. `fiscal` says the text wrote "fiscal" rather than "financial".
 */
export function financialYearIn(ctx: ResolveContext, fiscal: boolean): FinancialYear {
  return ctx.financialYear?.(fiscal) ?? financialYearOf(ctx.country)
}

/**
 * The first month of a year written split ("2023/24"), which runs across two calendar years: the
 * release's financial year's, or April's where that year is the calendar year.
 */
export function splitYearFirstMonth(ctx: ResolveContext): number {
  const { firstMonth } = financialYearIn(ctx, false)
  return firstMonth === 1 ? financialYearOf(null).firstMonth : firstMonth
}
