/**
 * Days and months written without a year, one after another, go forward: "Applications open on
 * January 15 and close on March 1", written on 10 December, opens next January and so closes next
 * March, though March alone would be this year's. Run before `shareRangeYears`, so a range's start
 * takes the year its end now has.
 */
import { type ResolveContext, tenseAt } from './context'
import type { Candidate } from './matchers'
import { dayInterval, dayValue, monthInterval, monthValue, toDate } from './timex'

/** A day or a month with its year: "2025-01-15", "2025-03". */
const DAY_OR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/

interface Placed {
  readonly year: number
  readonly month: number
  readonly day: number | null
}

function placed(c: Candidate): Placed | null {
  if (c.type !== 'DATE') return null
  const m = DAY_OR_MONTH.exec(c.value)
  if (!m) return null
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null }
}

/** Whether a candidate's year was chosen, not written nor fixed by a weekday: "March 1", "in March". */
function yearChosen(c: Candidate, text: string): boolean {
  if (!c.inferred) return false
  if (c.written) return c.written.year === null && c.written.weekday === null
  // A month alone ("in March"): no digit of a year in its words.
  return !/\d/.test(text.slice(c.start, c.end))
}

/** Month and day as one number to compare, a month alone counting as its first day. */
const order = (p: Placed): number => p.month * 100 + (p.day ?? 1)

/**
 * A yearless day or month of the reference's year that has gone by, after a day or month of a
 * later year in the same run of dates of a block, takes that later year when it then falls on or
 * after it. A past clause ("closed on 1 March") keeps its year; so does a date after a year alone
 * ("by 2030") or a weekday beside the day. A bound or a part of the month goes forward too: "by the
 * end of March", "no later than 1 March".
 */
export function followLaterYear(candidates: Candidate[], text: string, ctx: ResolveContext): Candidate[] {
  const ref = ctx.ref
  if (!ref || ctx.refIsLowerBound || candidates.length < 2) return candidates
  const refYear = ref.getFullYear()
  let out: Candidate[] | null = null
  let anchor: Placed | null = null
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    if (c.type !== 'DATE') continue
    const p = placed(c)
    if (p === null) {
      // A year, a week or a vague date breaks the run.
      anchor = null
      continue
    }
    if (anchor === null || p.year !== refYear || !yearChosen(c, text)) {
      anchor = p.year > refYear ? p : null
      continue
    }
    const moved = movedTo(c, p, anchor.year, ref)
    if (moved && order(p) >= order(anchor) && tenseAt(text, c.start, c.end) !== 'past') {
      out ??= [...candidates]
      out[i] = moved
      anchor = { ...p, year: anchor.year }
    } else anchor = null
  }
  return out ?? candidates
}

/** The candidate in `year`, when its own day or month has gone by at the reference; else null. */
function movedTo(c: Candidate, p: Placed, year: number, ref: Date): Candidate | null {
  if (p.day === null) return p.month >= ref.getMonth() + 1 ? null : inYear(c, p, year)
  const here = toDate(p.year, p.month, p.day)
  if (!here || here >= ref) return null
  return inYear(c, p, year)
}

/** The candidate's day or month in `year`; null for a day that year does not have (29 February). */
function inYear(c: Candidate, p: Placed, year: number): Candidate | null {
  if (p.day === null)
    return { ...c, value: monthValue(year, p.month), interval: monthInterval(year, p.month) }
  const there = toDate(year, p.month, p.day)
  return there ? { ...c, value: dayValue(year, p.month, p.day), interval: dayInterval(there) } : null
}

/** Marks that end a clause between a framing year and a day: a comma, a stop, a bracket, a dash, a quotation mark. */
const CLAUSE_BREAK = /[,;:.!?()[\]–—"“”‘’]/
const POSSESSIVE = /^['’]s[ \u00a0]/
const NOUN_AFTER = /^[ \u00a0]\p{Ll}/u
/** After "In 2019": its comma, or the clause's first word ("In 2019 police made …"). */
const IN_FRAME_AFTER = /^(?:,[ \u00a0]|[ \u00a0]\p{L})/u
/** A sentence's end right before a space: a stop, perhaps inside a closing quotation mark or bracket. */
const SENTENCE_END_BEFORE = /[.!?]["'”’)]?[ \u00a0\n]$/

/** Whether a sentence starts at `at`: the block's start, or after a sentence's end and a space. */
function opensSentence(text: string, at: number): boolean {
  return at === 0 || SENTENCE_END_BEFORE.test(text.slice(Math.max(0, at - 3), at))
}

/** The year of a candidate that is a year alone ("2019", "next year"), or null. */
function yearAlone(c: Candidate): number | null {
  return c.type === 'DATE' && c.mod === null && /^\d{4}$/.test(c.value) ? Number(c.value) : null
}

/**
 * How a year frames what follows it in its clause: it opens the sentence after "In" (`in`: "In
 * 2019, the festival was held on 12 July"), or dates the noun the sentence opens with (`noun`:
 * "The 2026 marathon will take place on October 25", "Next year's marathon will …"); else null.
 */
function frameOf(year: Candidate, text: string): 'in' | 'noun' | null {
  const at = year.start
  const after = text.slice(year.end, year.end + 3)
  const opens = (word: string) =>
    text.startsWith(word, at - word.length) && opensSentence(text, at - word.length)
  if (opens('In ') || opens('In\u00a0')) return IN_FRAME_AFTER.test(after) ? 'in' : null
  if (opensSentence(text, at) && POSSESSIVE.test(after)) return 'noun'
  const inFigures = /^\d{4}$/.test(text.slice(at, year.end))
  return inFigures && (opens('The ') || opens('The\u00a0')) && NOUN_AFTER.test(after) ? 'noun' : null
}

/**
 * A day or a month written without its year takes the year that frames its clause: written in
 * October 2025, "In 2019, the festival was held on 12 July" is 12 July 2019, and "The 2026
 * marathon will take place on October 25" and "Next year's marathon will take place on October
 * 25" are 25 October 2026. Only within the clause: a comma, a bracket or a quotation between the
 * year and the day ends it ("In 2024, crime fell 5%, the report published on March 3 says" keeps
 * the writing year's March), and a year after "by" or "since" frames nothing. A year before a noun
 * frames only a year to come: "The 2023 report was published on 3 March" is about 2023, published
 * later.
 */
export function takeFramingYear(candidates: Candidate[], text: string, ctx: ResolveContext): Candidate[] {
  const refYear = ctx.ref?.getFullYear() ?? null
  let out: Candidate[] | null = null
  // The year that frames the clause, and where the text read so far for a break ends.
  let frame: { year: number; end: number; first: boolean } | null = null
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    const year = yearAlone(c)
    if (year !== null) {
      const kind = frameOf(c, text)
      const framing = kind === 'in' || (kind === 'noun' && refYear !== null && year > refYear)
      frame = framing ? { year, end: c.end, first: true } : null
      continue
    }
    if (frame === null) continue
    const between = text.slice(frame.end, c.start)
    // The comma after "In 2019" belongs to the frame; any other break ends it. Each stretch of
    // text is read once, however many dates the clause holds.
    if (CLAUSE_BREAK.test(frame.first ? between.replace(/^,/, '') : between)) {
      frame = null
      continue
    }
    frame.end = Math.max(frame.end, c.end)
    frame.first = false
    const p = placed(c)
    if (p === null || p.year === frame.year || !yearChosen(c, text)) continue
    const moved = inYear(c, p, frame.year)
    if (moved === null) continue
    out ??= [...candidates]
    out[i] = moved
  }
  return out ?? candidates
}
