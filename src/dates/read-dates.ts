/**
 * Reading a text's dates, apart from resolving them. The matchers' patterns run once over each
 * block (only where a cheap trigger scan says they may match), and their matches are kept as
 * readings; `resolveBlock` turns readings into mentions against a reference. The dating stage
 * takes a release's own statement of its day from the same readings (`writtenDays`), and the
 * pipeline hands them on to `findDates`, so a release's dates are read once.
 */
import { type ParserInput, type TextBlock, toBlocks } from '../text/blocks'
import { lazyRegExp } from '../text/lazy-patterns'
import { longestMatch, readAhead } from '../text/longest-match'
import { sourceOf } from '../text/publishers'
import { tidyBreaks } from '../text/reflow'
import { anchorUnits } from './anchor-units'
import type { ResolveContext } from './context'
import { type Candidate, MATCHERS } from './matchers'
import type { DayParts } from './matchers/shared'
import { isYear } from './matchers/years'
import type { MonthOrder } from './month-order'
import { markRecurringDays } from './recurring-days'
import {
  anchorYears,
  attachBounds,
  attachTimes,
  type DayCarry,
  joinDurations,
  joinEndOfDay,
  joinHolidayDays,
  joinPartOfDay,
  joinPartOfPeriod,
  joinWeekOf,
  removeOverlaps,
  rollOvernightRanges,
  shareRangeYears,
} from './refiners'
import { shareOpeningHours, shareSetWeekdays } from './set-lists'
import { needsMask, TRIGGER_KINDS, triggerMask } from './triggers'
import { orderListedWeekdays } from './weekday-lists'
import { endAfterStart, followLaterYear, takeFramingYear } from './year-sequence'

/** One match of one matcher's pattern in a block. */
export interface Reading {
  /** The matcher's index in `MATCHERS`. */
  readonly matcher: number
  readonly m: RegExpExecArray
}

/** The readings of a text: its blocks, and each block's readings in matcher order. */
export interface DateReading {
  /** The blocks as read: their line breaks without the spaces around them (see `tidyBreaks`). */
  readonly blocks: readonly TextBlock[]
  /** The blocks as written, one for each of `blocks`. */
  readonly written: readonly TextBlock[]
  /** The input's offset of an offset in `blocks`. */
  readonly toInput: (offset: number, end: boolean) => number
  readonly readings: ReadonlyArray<readonly Reading[]>
  /** The release's `Source:` line, whose country says how numeric dates are written when the text does not. */
  readonly source: string | null
}

const NEEDS = MATCHERS.map((m) => needsMask(m.needs))
/** Each matcher's anchor kind, as an index into `TRIGGER_KINDS` (-1: none). */
const ANCHORS = MATCHERS.map((m) => (m.anchor ? TRIGGER_KINDS.indexOf(m.anchor) : -1))
/**
 * How far before its anchor each matcher's match may start, and how far past its start it may
 * read: read from each pattern's source on its first use (-1 until then), as reading all at
 * import took 5% of it.
 */
const REACHES: number[] = MATCHERS.map(() => -1)
const AHEADS: number[] = MATCHERS.map(() => -1)

/** Reads matcher `i`'s reach and read-ahead into `REACHES` and `AHEADS` the first time. */
function readBounds(i: number): void {
  if (REACHES[i]! >= 0) return
  const { pattern } = MATCHERS[i]!
  REACHES[i] = Math.max(0, longestMatch(pattern.source, pattern.unicode) - 1)
  AHEADS[i] = readAhead(pattern.source, pattern.unicode)
}
/** Where each trigger kind is first and last seen in the block being read (see `triggerMask`). */
const FIRSTS = new Int32Array(TRIGGER_KINDS.length)
const LASTS = new Int32Array(TRIGGER_KINDS.length)

/** Reads a release or a string: every block's readings. */
export function readDates(input: ParserInput): DateReading {
  const written = toBlocks(input)
  const { blocks, toInput } = tidyBreaks(written)
  return { blocks, written, toInput, readings: blocks.map((b) => readBlock(b.text)), source: sourceOf(input) }
}

/** The matches of every matcher whose trigger words the block holds, in matcher order. */
export function readBlock(text: string): Reading[] {
  const n = scanBlock(text)
  if (n === 0) return NONE
  const found: Reading[] = []
  for (let k = 0; k < n; k++) found.push({ matcher: MATCHED_BY[k]!, m: MATCHES[k]! })
  MATCHES.length = 0
  return found
}

/**
 * The matches of the block being read, and the index of each one's matcher: kept here, and
 * emptied once read, rather than in readings made for each block. A block read and resolved at
 * once (`readAndResolveBlock`) then leaves nothing behind to hold its matches alive: V8 allocates
 * a kind of object long-lived elsewhere (the dating stage keeps its readings) straight in the old
 * generation, and there, once dead, it kept the young matches it pointed to alive through every
 * minor collection until the next major one (1.5 MB copied at each, for 1 MB of text).
 */
const MATCHES: RegExpExecArray[] = []
const MATCHED_BY: number[] = []

/**
 * The matchers whose trigger kinds a mask holds, in matcher order, kept by mask: blocks share a
 * few hundred masks, and most matchers need a kind that most blocks lack.
 */
const ADMITTED = new Map<number, Uint16Array>()
/** How many masks `ADMITTED` keeps; past that a mask's matchers are found afresh. */
const ADMITTED_LIMIT = 4096

function admittedBy(mask: number): Uint16Array {
  let found = ADMITTED.get(mask)
  if (found === undefined) {
    found = Uint16Array.from(NEEDS.flatMap((needs, i) => ((mask & needs) === needs ? [i] : [])))
    if (ADMITTED.size < ADMITTED_LIMIT) ADMITTED.set(mask, found)
  }
  return found
}

/** Scans a block into `MATCHES` and `MATCHED_BY`; returns how many matches there are. */
function scanBlock(text: string): number {
  const mask = triggerMask(text, FIRSTS, LASTS)
  if (mask === 0) return 0
  let n = 0
  // Matchers may share a quick test: its answer for this block and window is kept for the next one.
  let quick: RegExp | null = null
  let quickFrom = -1
  let quickTo = -1
  let quickFound = false
  const admitted = admittedBy(mask)
  for (let a = 0; a < admitted.length; a++) {
    const i = admitted[a]!
    const matcher = MATCHERS[i]!
    const anchor = ANCHORS[i]!
    let from = 0
    let scanned = text
    let last = text.length
    if (anchor >= 0) {
      // A match holds its anchor, so it starts no further before the anchor's first place than the
      // pattern's longest match: most of a paragraph before its first digit or month is skipped.
      readBounds(i)
      from = Math.max(0, FIRSTS[anchor]! - REACHES[i]!)
      // And it starts at the anchor's last place at the latest, so the text past what a match
      // starting there may read is cut off: the scan that finds no more matches stops there.
      // (A slice is a view of the text, not a copy.) A match further on is one the cut made.
      last = LASTS[anchor]!
      const end = last + AHEADS[i]!
      if (end < text.length) scanned = text.slice(0, end)
    }
    if (matcher.quick) {
      // Every match holds the quick test's text, so it is tested on the window the pattern reads.
      if (matcher.quick !== quick || from !== quickFrom || scanned.length !== quickTo) {
        quick = matcher.quick
        quickFrom = from
        quickTo = scanned.length
        quickFound = quick.test(from === 0 ? scanned : scanned.slice(from))
      }
      if (!quickFound) continue
    }
    const re = matcher.pattern
    re.lastIndex = from
    for (let m = re.exec(scanned); m && m.index <= last; m = re.exec(scanned)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      MATCHES[n] = m
      MATCHED_BY[n] = i
      n++
    }
  }
  return n
}

/** Reads a block and resolves its readings at once: `resolveBlock(text, readBlock(text), …)`. */
export function readAndResolveBlock(text: string, ctx: ResolveContext, carry?: DayCarry): Candidate[] {
  const n = scanBlock(text)
  if (n === 0) return []
  const found: Candidate[] = []
  for (let k = 0; k < n; k++) addCandidates(found, MATCHED_BY[k]!, MATCHES[k]!, text, ctx)
  MATCHES.length = 0
  return refine(found, text, ctx, carry)
}

const NONE: Reading[] = []

/** The candidates of one block's readings against a context, refined. */
export function resolveBlock(
  text: string,
  readings: readonly Reading[],
  ctx: ResolveContext,
  carry?: DayCarry,
): Candidate[] {
  if (readings.length === 0) return []
  const found: Candidate[] = []
  for (const { matcher, m } of readings) addCandidates(found, matcher, m, text, ctx)
  return refine(found, text, ctx, carry)
}

/** The candidates one matcher makes of one match, those within the block, added to `found`. */
function addCandidates(
  found: Candidate[],
  matcher: number,
  m: RegExpExecArray,
  text: string,
  ctx: ResolveContext,
): void {
  for (const c of MATCHERS[matcher]!.match(m, text, ctx)) {
    if (c.start >= 0 && c.end <= text.length && c.end > c.start) found.push(trimStop(c, text))
  }
}

/** A block's candidates, refined. */
function refine(found: Candidate[], text: string, ctx: ResolveContext, carry?: DayCarry): Candidate[] {
  // Most blocks a trigger sends here hold no date after all: nothing to refine.
  if (found.length === 0) return found
  // The refiners in order (see refiners.ts); times take their days last, once every day is settled.
  let refined = anchorYears(
    joinDurations(attachBounds(removeOverlaps(joinHolidayDays(found)), text), text),
    text,
  )
  refined = followLaterYear(takeFramingYear(anchorUnits(refined, text), text, ctx), text, ctx)
  refined = endAfterStart(refined, text, ctx)
  refined = orderListedWeekdays(shareRangeYears(refined, text), text, ctx)
  refined = joinWeekOf(refined, text)
  refined = joinEndOfDay(joinPartOfPeriod(refined, text), text)
  refined = shareOpeningHours(shareSetWeekdays(joinPartOfDay(refined, text), text), text)
  return markRecurringDays(rollOvernightRanges(attachTimes(refined, text, ctx, carry), text), text)
}

const LETTER = lazyRegExp(String.raw`^\p{L}$`, 'u')

/** "24 March." ends a sentence: the stop belongs to an abbreviation ("Sept.") only. */
function trimStop(c: Candidate, text: string): Candidate {
  if (text.charCodeAt(c.end - 1) !== 46) return c
  // The letters just before the stop (a loop: an unanchored `\p{L}+\.$` retries from every letter).
  let letters = 0
  while (letters < 5 && c.end - 2 - letters >= c.start && LETTER().test(text[c.end - 2 - letters]!)) letters++
  const abbreviation = letters > 0 && letters < 5 && !LETTER().test(text[c.end - 2 - letters] ?? '')
  return abbreviation ? c : { ...c, end: c.end - 1 }
}

/** A day a block writes, as a calendar matcher reads it with no reference: its parts as written. */
export interface WrittenDay {
  /** The matcher that read it (`dates/day-month-year`, `dates/month-day-year`, `dates/numeric`, ...). */
  readonly matcher: string
  /** The block's index in the reading. */
  readonly block: number
  /** Where the mention starts (at a weekday written before the day) and ends, in the block. */
  readonly start: number
  readonly end: number
  /** Where the matcher's own pattern matched (the day or month itself). */
  readonly at: number
  /** The match as written, for how a part is spelt (a capital, a year's digits). */
  readonly m: RegExpExecArray
  readonly parts: DayParts
}

/** A context with no reference: what a matcher reads from the text alone. */
function textOnlyContext(monthFirst: MonthOrder = false): ResolveContext {
  return { ref: null, refInferred: false, refIsLowerBound: false, year: null, monthFirst }
}

/** The matchers whose readings say which day a text writes. */
const DAY_MATCHERS = new Set([
  'dates/day-month-year',
  'dates/month-day-year',
  'dates/weekday-bracketed-day',
  'dates/numeric',
  'dates/numeric-hyphen',
])
const DAY_MATCHER_INDEXES = new Set(MATCHERS.flatMap((m, i) => (DAY_MATCHERS.has(m.name) ? [i] : [])))

/**
 * The days a reading's blocks write, in order, each read with no reference, so that its parts
 * are the text's own: the year only when written, and any weekday beside it.
 */
export function writtenDays(reading: DateReading, monthFirst: MonthOrder): WrittenDay[] {
  const ctx = textOnlyContext(monthFirst)
  const days: WrittenDay[] = []
  for (let b = 0; b < reading.blocks.length; b++) {
    const text = reading.blocks[b]!.text
    for (const { matcher, m } of reading.readings[b]!) {
      if (!DAY_MATCHER_INDEXES.has(matcher)) continue
      const name = MATCHERS[matcher]!.name
      for (const c of MATCHERS[matcher]!.match(m, text, ctx)) {
        if (c.written)
          days.push({ matcher: name, block: b, start: c.start, end: c.end, at: m.index, m, parts: c.written })
      }
    }
  }
  return days
}

/** A year a block names, where it stands. */
export interface WrittenYear {
  readonly block: number
  readonly at: number
  readonly year: number
}

const YEAR_MATCHER = MATCHERS.findIndex((m) => m.name === 'dates/year')
/** The matchers of years written as a pair: "2024-2027", "2025/26", "between 2040 and 45". */
const YEAR_RANGE_MATCHERS = new Set(MATCHERS.flatMap((m, i) => (m.name === 'dates/year-range' ? [i] : [])))
const FULL_YEAR = /^\d{4}$/

/**
 * The years a reading's blocks name, in order: the year matcher's readings that read as years,
 * and both years of a pair ("the 2025/26 budget" names 2025 and 2026).
 */
export function writtenYears(reading: DateReading): WrittenYear[] {
  const years: WrittenYear[] = []
  const ctx = textOnlyContext()
  for (let b = 0; b < reading.blocks.length; b++) {
    const text = reading.blocks[b]!.text
    for (const { matcher, m } of reading.readings[b]!) {
      if (matcher === YEAR_MATCHER && isYear(text, m.index, m.index + 4))
        years.push({ block: b, at: m.index, year: Number(m[1]) })
      else if (YEAR_RANGE_MATCHERS.has(matcher)) {
        for (const c of MATCHERS[matcher]!.match(m, text, ctx))
          if (FULL_YEAR.test(c.value)) years.push({ block: b, at: c.start, year: Number(c.value) })
      }
    }
  }
  return years
}
