/**
 * Days and months written without a year, one after another, go forward: "Applications open on
 * January 15 and close on March 1", written on 10 December, opens next January and so closes next
 * March, though March alone would be this year's. Run before `shareRangeYears`, so a range's start
 * takes the year its end now has.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { type ResolveContext, tenseAt, UNDER_WAY_DAYS } from './context'
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

/** Whether a day, or a month's first day, falls on or after the reference (a month: its month or later). */
function isAhead(p: Placed, ref: Date): boolean {
  const day = toDate(p.year, p.month, p.day ?? 1)
  const from = p.day === null ? new Date(ref.getFullYear(), ref.getMonth(), 1) : ref
  return day !== null && day >= from
}

/** Verbs that open a span on a timetable, in the present: "opens", "applications open", "runs from". */
const SPAN_OPENS = [
  'open',
  'opens',
  'reopen',
  'reopens',
  'start',
  'starts',
  'begin',
  'begins',
  'commence',
  'commences',
  'launch',
  'launches',
  'run',
  'runs',
]
/** Verbs that close it: "close on", "closes", "ends on". */
const SPAN_CLOSES = [
  'close',
  'closes',
  'closing',
  'end',
  'ends',
  'ending',
  'finish',
  'finishes',
  'conclude',
  'concludes',
]
/** The same verbs in the past: a span wholly gone by ("opened on 1 September and closed on 31 January"). */
const SPAN_OPENED = ['opened', 'reopened', 'started', 'began', 'commenced', 'launched', 'ran']
const SPAN_CLOSED = ['closed', 'ended', 'finished', 'concluded']

const words = (list: readonly string[]) => list.join('|')
/** A timetable's opening verb right before a day or month, perhaps with "again", "on", "from" or "in" between. */
const OPENS_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${words(SPAN_OPENS)}|${words(SPAN_OPENED)}|(?:is|are|was|were)\\s{1,3}open)(?:\\s{1,3}again)?\\s{1,3}(?:(?:on|from|in)\\s{1,3})?$`,
  'i',
)
/** "from" after such a verb and a few words: "runs daily from", "is open to the public from". */
const OPENS_FROM_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${words(SPAN_OPENS)}|${words(SPAN_OPENED)}|open)(?:\\s{1,3}[A-Za-z'’-]{1,20}){0,4}\\s{1,3}from\\s{1,3}$`,
  'i',
)
/** A closing verb right before the end, or "to", "until" after the start's "from". */
const CLOSES_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${words(SPAN_CLOSES)}|${words(SPAN_CLOSED)})(?:\\s{1,3}(?:on|in|at))?\\s{1,3}$`,
  'i',
)
const UNTIL_BEFORE = /(?<![A-Za-z])(?:to|until|till|through)\s{1,3}$/i
/** A sentence's end between the two: a stop before a space and a capital. */
const SENTENCE_BETWEEN = /[.!?]["'”’)]?\s{1,3}[A-Z]/
/**
 * The next sentence's subject names the same span again: a pronoun ("It closes on", "They close
 * on") or "The" and a word of the sentence before ("The consultation opens … The consultation
 * closes"). Its first word, or "The" and the word after, is the group.
 */
const SAME_SUBJECT_AFTER = /[.!?]["'”’)]?\s{1,3}(?:(?:It|They|This|These)\s|The\s{1,3}([A-Za-z]{3,20})\s)/
/** How far apart the start and end of one span may stand. */
const SPAN_REACH = 150

/**
 * Whether `a` opens a timetable's span that `b` closes: "Applications open from 1 December and
 * close on 31 January", "The exhibition runs from 1 December to 31 January", "The consultation
 * opens in December and closes in February". A verb of a timetable must say so: "figures from 1
 * December to 31 January" may cover a span gone by, and keeps the years its words give.
 */
function isTimetableSpan(a: Candidate, b: Candidate, text: string): boolean {
  if (b.start - a.end > SPAN_REACH) return false
  const between = text.slice(a.end, b.start)
  if (SENTENCE_BETWEEN.test(between) && !namesSpanAgain(text, a.start, between)) return false
  const beforeA = text.slice(Math.max(0, a.start - 60), a.start)
  const beforeB = text.slice(Math.max(0, b.start - 30), b.start)
  const opens = OPENS_BEFORE.test(beforeA) || OPENS_FROM_BEFORE.test(beforeA)
  if (!opens) return false
  if (CLOSES_BEFORE.test(beforeB)) return true
  // "from 1 December to 31 January": the end of the range the start's "from" opened.
  return /from\s{1,3}$/i.test(beforeA) && UNTIL_BEFORE.test(beforeB)
}

/**
 * Whether the one sentence that ends in `between` is followed by one whose subject names the span
 * again: "Entries opened on 1 November. They closed on 31 January." Two stops between, or another
 * subject ("Officers were called on …"), and the days stand apart.
 */
function namesSpanAgain(text: string, aStart: number, between: string): boolean {
  const m = SAME_SUBJECT_AFTER.exec(between)
  if (!m || SENTENCE_BETWEEN.exec(between)?.index !== m.index) return false
  if (SENTENCE_BETWEEN.test(between.slice(m.index + 1))) return false
  if (m[1] === undefined) return true
  // "The consultation …": the word after "The" stands in the sentence before.
  const sentence = text.slice(Math.max(0, aStart - SPAN_REACH), aStart)
  return new RegExp(`(?<![A-Za-z])${m[1]}(?![A-Za-z])`, 'i').test(sentence)
}

/** A timetable's opening verb in the present before a span's start: "runs from", "is open daily from". */
const OPENS_NOW_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${words(SPAN_OPENS)}|(?:is|are)\\s{1,3}open)(?:\\s{1,3}[A-Za-z'’-]{1,20}){0,4}\\s{1,3}(?:(?:on|from|in)\\s{1,3})?$`,
  'i',
)

/** The last day of a placed day or month. */
function lastDayOf(p: Placed): Date | null {
  return p.day === null ? new Date(p.year, p.month, 0) : toDate(p.year, p.month, p.day)
}

/**
 * Whether a span on a timetable told in the present ("The exhibition runs from 1 March to 4 May",
 * "Applications are open from March to May") ended more than `UNDER_WAY_DAYS` before the writing
 * day, and so began before that: the present tells of the coming one, as "opens on 1 March" does.
 * A span under way ("runs from 1 October to 4 January", written in December), one ended within
 * the window (the run just gone, as a page left up tells of it), or one told in the past keeps
 * the years its words give.
 */
function runsAheadWhole(a: Candidate, b: Candidate, pb: Placed, text: string, ref: Date): boolean {
  if (!yearChosen(a, text) || !yearChosen(b, text)) return false
  const end = lastDayOf(pb)
  if (!end || differenceInCalendarDays(ref, end) <= UNDER_WAY_DAYS) return false
  if (!isTimetableSpan(a, b, text)) return false
  if (!OPENS_NOW_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start))) return false
  return tenseAt(text, a.start, a.end) !== 'past' && tenseAt(text, b.start, b.end) !== 'past'
}

/**
 * The end of a span on a timetable falls on or after its start: written in November, "Applications
 * open from 1 December and close on 31 January" close next January, not the January gone. A span
 * told in the past ("opened on 1 September and closed on 31 January") lies wholly behind: its start
 * goes back a year instead. Only a year chosen, not written, moves. Run before `shareRangeYears`,
 * which then places a range's start by its end.
 */
export function endAfterStart(candidates: Candidate[], text: string, ctx: ResolveContext): Candidate[] {
  if (!ctx.ref || candidates.length < 2) return candidates
  let out: Candidate[] | null = null
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = (out ?? candidates)[i]!
    const b = (out ?? candidates)[i + 1]!
    const pa = placed(a)
    const pb = placed(b)
    if (!pa || !pb || pa.year !== pb.year) continue
    if (order(pb) >= order(pa)) {
      // "The exhibition runs from 1 March to 4 May", written in December: the coming run.
      if (ctx.refIsLowerBound || !runsAheadWhole(a, b, pb, text, ctx.ref)) continue
      const ma = inYear(a, pa, pa.year + 1)
      const mb = inYear(b, pb, pb.year + 1)
      if (!ma || !mb) continue
      out ??= [...candidates]
      out[i] = ma
      out[i + 1] = mb
      continue
    }
    if (!isTimetableSpan(a, b, text)) continue
    const past = tenseAt(text, b.start, b.end) === 'past'
    // A span not told in the past moves its end only when its start is still to come: written in
    // February, "runs from 1 December to 31 January" may tell of the run just ended.
    const ahead = !past && isAhead(pa, ctx.ref)
    const moved = past
      ? yearChosen(a, text) && inYear(a, pa, pa.year - 1)
      : ahead && yearChosen(b, text) && inYear(b, pb, pb.year + 1)
    if (!moved) continue
    out ??= [...candidates]
    out[past ? i : i + 1] = moved
  }
  return out ?? candidates
}
