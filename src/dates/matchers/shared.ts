/** Pattern pieces and helpers shared by the matcher families. */
import type { TimexMod, TimexType } from '../../model'
import { lazyRegExp } from '../../text/lazy-patterns'
import { alternation } from '../../text/patterns'
import type { ResolveContext } from '../context'
import { MONTHS, NAME_NOUNS, NUMBER_WORDS, VAGUE_COUNTS, WEEKDAYS, WORD_SPACE } from '../lexicon'
import type { Interval } from '../timex'

/** A mention a matcher proposes, with offsets local to its block. */
export interface Candidate {
  start: number
  end: number
  type: TimexType
  value: string
  mod: TimexMod | null
  rule: string
  interval: Interval | null
  inferred: boolean
  /** The parts of a day as the text writes them (a calendar matcher's), before any year is chosen; else null. */
  written: DayParts | null
}

/** A day as written: its year when the text gives one, its month and day, and a weekday written beside it. */
export interface DayParts {
  readonly year: number | null
  readonly month: number
  readonly day: number
  readonly weekday: number | null
}

/**
 * One family of expressions: a global pattern, and a function turning each match into
 * candidates (none to reject it). `match` may read the block around the match.
 */
export interface Matcher {
  readonly name: string
  /** The trigger kinds a block must hold for this matcher to run (see `TRIGGER_KINDS`). */
  readonly needs: string
  /**
   * A cheap pattern that every match contains, when the matcher has a rare literal ("-long",
   * "half"): blocks without it are skipped before the full pattern runs.
   */
  readonly quick?: RegExp
  /**
   * A trigger kind every match holds (`D` for a digit, `M` for a month ...), where the trigger scan
   * finds it: the pattern then runs from that kind's first place in the block, less the longest
   * match the pattern allows, instead of from the block's start. Without one, from the start.
   */
  readonly anchor?: string
  readonly pattern: RegExp
  match(m: RegExpExecArray, text: string, ctx: ResolveContext): Candidate[]
}

/**
 * The rule of "the following day", "the day before" and "two days later": days counted from the
 * day the text named last (see `attachTimes`).
 */
export const NAMED_DAY_SHIFT_RULE = 'dates/named-day-shift'

/** Parts of the day and their TIMEX3 codes (keep sorted). */
export const PART_OF_DAY: Readonly<Record<string, string>> = {
  afternoon: 'TAF',
  evening: 'TEV',
  morning: 'TMO',
  night: 'TNI',
}

/** Months, longest first; the `i` flag is on, so callers check capitals where a name is also a word. */
export const MONTH = `(?:${alternation(Object.keys(MONTHS), WORD_SPACE)})`
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS), WORD_SPACE)})`
/** A number in digits (with thousands commas and a decimal) or in words ("twenty-four"). */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3}){0,3}(?:\\.\\d{1,2})?|\\d{1,6}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|${alternation(Object.keys(NUMBER_WORDS), WORD_SPACE)})`
export const VAGUE = `(?:${alternation(VAGUE_COUNTS, WORD_SPACE)})`
export const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?'
/**
 * The words after which a bare "end" opens a part of a year or month ("by end 2025", "at end
 * June"), as a hyphen does ("end-2025"): elsewhere "end" is a verb ("will end 2025 in profit").
 */
export const BARE_END_LEAD = /(?<![A-Za-z])(?:by|at|until|till|before|from|since)\s{1,3}$/i
/** Word boundaries: ASCII `\\b`, which V8 scans several times faster than unicode lookarounds. */
export const B = '\\b'
export const E = '\\b'

// Maps, not the records: a word of the text looked up in a record is first sought among V8's
// property names, and one named like a property of every object ("constructor") would be found.
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS))
const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(WEEKDAYS))

/** A word without the full stop of an abbreviation ("Sept."), in lower case. */
const bareLower = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase()

export function monthNumber(word: string): number | null {
  return MONTH_NUMBERS.get(bareLower(word)) ?? null
}

export function weekdayNumber(word: string): number | null {
  return WEEKDAY_NUMBERS.get(bareLower(word)) ?? null
}

/** "may" and "march" are also common words: only capitalised month names count. */
export function isMonthWord(word: string): boolean {
  const c = word.charCodeAt(0)
  return c >= 65 && c <= 90
}

/** The number of a month name written with a capital ("May", not "may"; see `isMonthWord`), or null. */
export function namedMonth(word: string | undefined): number | null {
  return word && isMonthWord(word) ? monthNumber(word) : null
}

const TENS: Readonly<Record<string, number>> = {
  eighty: 80,
  fifty: 50,
  forty: 40,
  ninety: 90,
  seventy: 70,
  sixty: 60,
  thirty: 30,
  twenty: 20,
}

/** The value of a number written in digits or words, or null. */
export function numberValue(word: string): number | null {
  const w = word.toLowerCase()
  if (/^[\d,.]+$/.test(w)) {
    const n = Number(w.replace(/,/g, ''))
    return Number.isFinite(n) ? n : null
  }
  const dash = w.indexOf('-')
  if (dash > 0) {
    const tens = TENS[w.slice(0, dash)]
    const unit = NUMBER_WORDS[w.slice(dash + 1)]
    return tens !== undefined && unit !== undefined ? tens + unit : null
  }
  return NUMBER_WORDS[w] ?? null
}

export function candidate(
  start: number,
  end: number,
  type: TimexType,
  value: string,
  rule: string,
  extra: Partial<Pick<Candidate, 'mod' | 'interval' | 'inferred' | 'written'>> = {},
): Candidate {
  return {
    start,
    end,
    type,
    value,
    mod: extra.mod ?? null,
    rule,
    interval: extra.interval ?? null,
    inferred: extra.inferred ?? false,
    written: extra.written ?? null,
  }
}

/** Builds a global, case-insensitive pattern (not unicode: the `u` flag slows every scan). */
export function pattern(source: string): RegExp {
  return new RegExp(source, 'gi')
}

/**
 * A prefix that ends right before `start` ("early " before "November"), matched by a pattern
 * anchored with `$`. Patterns begin at their required word and look back for optional ones:
 * V8 scans a pattern that starts with a fixed set of words far faster than one that starts with
 * an optional group.
 */
export function lookBack(
  text: string,
  start: number,
  re: RegExp,
): { start: number; m: RegExpExecArray } | null {
  const from = Math.max(0, start - 32)
  const m = re.exec(text.slice(from, start))
  return m ? { start: from + m.index, m } : null
}

/**
 * "Early" or "late" right before a day or a part of one, perhaps with "on" ("late on Friday",
 * "early on Monday morning"): the mention starts there, at its START or END.
 */
const EARLY_OR_LATE_BEFORE = /(?<![A-Za-z-])(early|late)(\s{1,3}on)?\s{1,3}$/i
/** "was late on Friday", "running late on Monday": lateness, not a part of the day. */
const BEING_BEFORE =
  /(?<![A-Za-z])(?:am|is|are|was|were|be|been|being|too|so|very|running|arrived|turned\s{1,3}up)\s{1,3}$/i

/** `c` widened to an "early" or "late" written just before it ("Early this morning", "late Friday night"). */
export function withEarlyOrLate(c: Candidate, text: string): Candidate {
  const before = lookBack(text, c.start, EARLY_OR_LATE_BEFORE)
  if (!before) return c
  if (before.m[2] && lookBack(text, before.start, BEING_BEFORE)) return c
  const mod = (before.m[1] ?? '').toLowerCase() === 'early' ? 'START' : 'END'
  return { ...c, start: before.start, mod }
}

/** A capitalised noun of a name right after a day's name ("Sunday Times", "Easter Road"); case-sensitive. */
const NAME_NOUN_AFTER = new RegExp(`^\\s{1,3}(?:${NAME_NOUNS.join('|')})(?![A-Za-z])`)
/** "the" right before a word: "the Sunday Times", "the last Monday in May" (read backwards). */
export const THE_BEFORE = /(?<![A-Za-z])the\s{1,3}$/i
const CAPITALISED_AFTER = lazyRegExp(String.raw`^\s{1,3}(\p{Lu}\p{Ll}+)`, 'u')
/** "the Mail on Sunday", "the Independent on Sunday": newspapers named after the day. */
const PAPER_ON_BEFORE = /(?<![A-Za-z])(?:Mail|Independent)\s{1,3}on\s{1,3}$/

/**
 * Whether the day's name at [start, end) is part of a proper name ("the Sunday Times", "Friday
 * Harbor Police", "Easter Road", "the Mail on Sunday") rather than a day.
 */
export function inProperName(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24)
  if (NAME_NOUN_AFTER.test(after)) return true
  const before = text.slice(Math.max(0, start - 20), start)
  if (PAPER_ON_BEFORE.test(before)) return true
  if (!THE_BEFORE.test(before)) return false
  const next = CAPITALISED_AFTER().exec(after)?.[1]
  return !!next && !isDayWord(next)
}

/** A month, weekday or part of a day: "the Sunday March 3 meeting", "the Friday Night" stay days. */
function isDayWord(word: string): boolean {
  const w = word.toLowerCase()
  return (
    MONTHS[w] !== undefined ||
    WEEKDAYS[w] !== undefined ||
    /^(?:morning|afternoon|evening|night|lunchtime|before|after|and|or)$/.test(w)
  )
}
