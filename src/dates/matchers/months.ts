/**
 * Months: "March 2024", "early November", "April", "last October", "February last year",
 * "March this year".
 */
import { alternation } from '../../text/patterns'
import { type ResolveContext, readyingTense, tenseAt, yearForMonth } from '../context'
import { ANAPHORIC_WORDS, PART_MODS, WORD_SPACE } from '../lexicon'
import { namesReportingMonth } from '../reporting-month'
import { monthInterval, monthValue } from '../timex'
import type { Candidate, Matcher } from './shared'
import { B, BARE_END_LEAD, candidate, E, lookBack, MONTH, namedMonth, pattern } from './shared'

const PART_BEFORE = new RegExp(
  `(?<![A-Za-z])(${alternation(Object.keys(PART_MODS), WORD_SPACE)})[\\s-]{1,3}$`,
  'i',
)

/** "end-June", "by end June": the end of a month without "of" (see `BARE_END_LEAD`). */
const END_BEFORE = /(?<![A-Za-z])end(-|\s{1,3})$/i

/** "in or about March 2016", "around April": an approximate month. */
const APPROX_BEFORE = /(?<![A-Za-z])(?:in\s{1,3}or\s{1,3})?(?:about|around|approximately)\s{1,3}$/i

/**
 * "early ", "the end of " or "about " just before a month or a quarter: the mention starts there
 * and takes its mod.
 */
export function partBefore(text: string, start: number): { start: number; mod: Candidate['mod'] } {
  const p = lookBack(text, start, PART_BEFORE)
  if (!p) {
    const end = lookBack(text, start, END_BEFORE)
    if (end && (end.m[1] === '-' || lookBack(text, end.start, BARE_END_LEAD)))
      return { start: end.start, mod: 'END' }
    const approx = lookBack(text, start, APPROX_BEFORE)
    return approx ? { start: approx.start, mod: 'APPROX' } : { start, mod: null }
  }
  return { start: p.start, mod: PART_MODS[(p.m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? null }
}

/** Words before a bare month that make "May" or "March" a month rather than a verb. */
const MONTH_LEAD =
  /(?:^|[^\p{L}])(?:in|since|until|till|by|from|of|for|over|during|through|throughout|to|and|or|before|after|between|on|last|next|this|early|mid|late|end|start)[\s-]{1,3}$/iu

/** "the following ", "the previous " right before a month (read backwards). */
const ANAPHORIC_LEAD = new RegExp(`(?<![A-Za-z])the\\s{1,3}(?:${ANAPHORIC_WORDS})\\s{1,3}$`, 'i')

function monthCandidate(
  start: number,
  end: number,
  year: number | null,
  month: number,
  rule: string,
  inferred: boolean,
  mod: Candidate['mod'] = null,
): Candidate {
  return candidate(start, end, 'DATE', monthValue(year, month), rule, {
    interval: year === null ? null : monthInterval(year, month),
    inferred: inferred && year !== null,
    mod,
  })
}

const monthYear: Matcher = {
  name: 'dates/month-year',
  needs: 'CM',
  anchor: 'M',
  // "March 2024", "early November 2023", "the end of March 2024"
  pattern: pattern(`${B}(${MONTH})\\.?,?(?:\\s{1,3}of)?\\s{1,3}(\\d{4})${E}`),
  match(m, text) {
    const [all, mm, yy] = m
    const month = namedMonth(mm)
    if (month === null) return []
    const { start, mod } = partBefore(text, m.index)
    return [monthCandidate(start, m.index + all.length, Number(yy), month, 'dates/month-year', false, mod)]
  },
}

const relativeMonth: Matcher = {
  name: 'dates/relative-month',
  needs: 'M',
  anchor: 'M',
  // "last October", "next May", "this March", "February last year", "March this year"
  pattern: pattern(
    `${B}(?:(last|next|this|past)\\s{1,3}(${MONTH})|(${MONTH})\\s{1,3}(?:of\\s{1,3})?(this|last|next)\\s{1,3}year)${E}`,
  ),
  match(m, text, ctx) {
    const [all, which, mm1, mm2, yearWord] = m
    const month = namedMonth(mm1 ?? mm2)
    if (month === null) return []
    // "late last July", "early March last year": the part joins the mention, as before a bare month.
    const { start, mod } = partBefore(text, m.index)
    const end = m.index + all.length
    if (!ctx.ref) {
      const y = ctx.year
      if (y === null || !yearWord)
        return [monthCandidate(start, end, null, month, 'dates/relative-month', false, mod)]
      const shift = yearWord.toLowerCase() === 'last' ? -1 : yearWord.toLowerCase() === 'next' ? 1 : 0
      return [monthCandidate(start, end, y + shift, month, 'dates/relative-month', true, mod)]
    }
    const y = ctx.ref.getFullYear()
    const refMonth = ctx.ref.getMonth() + 1
    let year = y
    if (yearWord)
      year = y + (yearWord.toLowerCase() === 'last' ? -1 : yearWord.toLowerCase() === 'next' ? 1 : 0)
    else if (which && /^(last|past)$/i.test(which)) year = month < refMonth ? y : y - 1
    else if (which && /^next$/i.test(which)) year = month > refMonth ? y : y + 1
    return [monthCandidate(start, end, year, month, 'dates/relative-month', ctx.refInferred, mod)]
  },
}

const bareMonth: Matcher = {
  name: 'dates/month',
  needs: 'M',
  anchor: 'M',
  // "December", "early November", "mid-April"; the year comes from the reference and the tense.
  pattern: pattern(`${B}(${MONTH})${E}(?![.]?\\s{0,3}\\d)`),
  match(m, text, ctx: ResolveContext) {
    const [all, mm] = m
    const month = namedMonth(mm)
    if (!mm || month === null || mm.length < 3) return []
    // "took effect the following January": the refiner `anchorUnits` counts it from the time named before.
    const anaphoric =
      mm.length > 4 || /^(?:may|june|july)$/i.test(mm) ? lookBack(text, m.index, ANAPHORIC_LEAD) : null
    if (anaphoric) {
      const end = m.index + all.length
      // With nothing named before it, "the previous May" is the last May, as "last May" is.
      const year = yearForMonth(month, ctx, /following/i.test(anaphoric.m[0]) ? 'future' : 'past')
      return [monthCandidate(anaphoric.start, end, year, month, 'dates/month', true)]
    }
    const { start, mod } = partBefore(text, m.index)
    const part = mod !== null
    // Abbreviations alone ("Mar", "Sun") are too often something else.
    if (
      mm.length <= 4 &&
      mm.toLowerCase() !== 'june' &&
      mm.toLowerCase() !== 'july' &&
      mm.toLowerCase() !== 'may'
    )
      return []
    const lower = mm.toLowerCase()
    if (
      !part &&
      (lower === 'may' || lower === 'march') &&
      !MONTH_LEAD.test(text.slice(Math.max(0, m.index - 20), m.index))
    )
      return []
    // A name: "August Smith", "June Brown" or "April M. Leon" is a person.
    if (
      /^\s{1,2}\p{Lu}(?:\p{Ll}|\.\s)/u.test(text.slice(m.index + all.length, m.index + all.length + 5)) &&
      !part
    )
      return []
    // The words before the part of the month say the tense: "runs until the end of January".
    // "figures for February will be published": the data cover a month already over.
    const over = namesReportingMonth(text, start, m.index + all.length)
    const tense = over
      ? 'past'
      : readyingTense(text, start, tenseAt(text, start, m.index + all.length), ctx, month, 1)
    const year = yearForMonth(month, ctx, tense)
    return [monthCandidate(start, m.index + all.length, year, month, 'dates/month', true, mod)]
  },
}

const monthRange: Matcher = {
  name: 'dates/month-range',
  needs: 'CM',
  anchor: 'M',
  // "April to June 2024", "between April and June 2024": the first month takes the year written
  // after the second (the one before when the range crosses a new year).
  pattern: pattern(
    `${B}(${MONTH})(\\s{0,2}(?:-|–|—|to|and|until)\\s{0,2})(${MONTH})\\.?,?\\s{1,3}((?:19|20)\\d{2})${E}`,
  ),
  match(m) {
    const [all, m1, gap, m2, yy] = m
    const first = namedMonth(m1)
    const second = namedMonth(m2)
    if (!m1 || !gap || first === null || second === null) return []
    const start = m.index
    const year = Number(yy)
    const secondStart = start + m1.length + gap.length
    return [
      monthCandidate(
        start,
        start + m1.length,
        first > second ? year - 1 : year,
        first,
        'dates/month-range',
        false,
      ),
      monthCandidate(secondStart, start + all.length, year, second, 'dates/month-range', false),
    ]
  },
}

export const MONTH_MATCHERS: readonly Matcher[] = [monthRange, monthYear, relativeMonth, bareMonth]
