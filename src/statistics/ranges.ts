import { MONTHS, WEEKDAYS } from '../dates/lexicon'
import type { Statistic } from '../model'
import { isAccelerationRange } from './acceleration'
import { byBefore, namesSumLost } from './change'
import { CHANGE_WORDS, MOTION_VERBS, MULTIPLIER_VERBS, RANGE_LINKS, SPREAD_VERBS } from './lexicon'
import { isHyphenedTo } from './name-filters'
import type { Quantity } from './quantity'
import { abbreviationOpening, isClauseBreak, type Token } from './tokens'

/**
 * "20 to 30 per cent", "between 2 and 3 million", "£2 to £3 million", "a 7- or 8-inch screen": the first end of a range
 * is written bare and takes the unit and magnitude of the second. Returns the index of each
 * pair's first end ("three or four" included: both ends count the same thing).
 */
export function shareRangeUnits(tokens: readonly Token[], quantities: Quantity[]): number[] {
  const ranges: number[] = []
  // Second ends that took their unit from a range after them: "33" of "33-35 billion euros".
  const borrowed = new Set<Quantity>()
  // From the last pair back: "from 24.2 to 33-35 billion euros", the second end takes its unit
  // from the range after it before the first end borrows it.
  for (let n = quantities.length - 2; n >= 0; n--) {
    const a = quantities[n]!
    const b = quantities[n + 1]!
    if (a.rule === 'statistics/vague' || b.rule === 'statistics/vague') continue
    if (isReversedChange(tokens, a, b)) {
      ranges.push(n)
      continue
    }
    const skip = suspended(tokens, a.end) + countedBetween(tokens, a, b)
    // The hyphen after "to" of "0-to-60".
    const closing = isHyphenedTo(tokens, a.end - 1) ? 1 : 0
    const upTo = isFromUpTo(tokens, a, b)
    if (!upTo && (b.first !== a.end + 1 + skip + closing || !RANGE_LINKS.has(linkAfter(tokens, a.end, skip))))
      continue
    ranges.push(n)
    // "from 21 mpg combined to 23": a bare second end of a change is in the first end's unit.
    if (skip > 0 && a.unitWritten && !b.unitWritten && b.unit === 'count') {
      b.unit = a.unit
      b.rule = a.rule
      continue
    }
    takeCurrency(tokens, a, b)
    if (!b.unitWritten && !borrowed.has(b)) continue
    // "£2 to £3 million" as much as "2 to 3 million": a bare first end borrows the magnitude.
    // Not "$800,000 to $1.3 million": the first end must stay below the second.
    const borrow =
      a.magnitude === 1 &&
      b.magnitude > 1 &&
      (!a.unitWritten || a.unit === b.unit) &&
      a.value * b.magnitude <= b.value * 10
    if (a.unitWritten && !borrow) continue
    if (!a.unitWritten) borrowed.add(a)
    if (!a.unitWritten) {
      a.unit = b.unit
      a.rule = b.rule
    }
    if (borrow) {
      a.value = Number.parseFloat((a.value * b.magnitude).toPrecision(12))
      a.magnitude = b.magnitude
    }
  }
  return ranges.reverse()
}

/**
 * "£2–3m", "€5-7 million", "$5-10": a currency written before the first end of a range joined by
 * a dash is the second end's too, and its "m" a million, not metres.
 */
function takeCurrency(tokens: readonly Token[], a: Quantity, b: Quantity): void {
  if (a.rule !== MONEY || b.rule === MONEY || b.qualifier !== 'exact') return
  const dash = tokens[a.end]!
  if ((dash.text !== '-' && dash.text !== '–') || dash.gap || tokens[b.first]!.gap) return
  const last = tokens[b.end - 1]!
  const metres = b.unit === 'm' && last.text === 'm' && !last.gap
  if (b.unit !== 'count' && !metres) return
  if (metres) {
    b.value = Number.parseFloat((b.value * 1e6).toPrecision(12))
    b.magnitude = 1e6
  }
  b.unit = a.unit
  b.rule = MONEY
}

const MONEY = 'statistics/money'

/** 1 when a hyphen hangs after the first end, its unit left to the second: "7- or 8-inch". */
function suspended(tokens: readonly Token[], end: number): number {
  const t = tokens[end]
  // "0-to-60": the link's own hyphens, its first one read past like a hanging one.
  if (isHyphenedTo(tokens, end - 1)) return 1
  return t?.text === '-' && !t.gap && tokens[end + 1]?.gap && RANGE_LINKS.has(tokens[end + 1]!.lower) ? 1 : 0
}

/** The word between the two ends of a pair of figures, past a hanging hyphen or what the first counts. */
function linkAfter(tokens: readonly Token[], end: number, skip = suspended(tokens, end)): string {
  return tokens[end + skip]?.lower ?? ''
}

/**
 * "from 450 sq ft up to 900 sq ft", "from $2 up to $5": "up to" after "from X" is the "to" of a
 * range, the second end's bound only in words; "from 20 guests up to 200" past what the first
 * end counts.
 */
export function isFromUpTo(tokens: readonly Token[], a: Quantity, b: Quantity): boolean {
  if (tokens[a.first - 1]?.lower !== 'from' || a.qualifier !== 'exact' || b.qualifier !== 'upTo') return false
  if (tokens[b.first]?.lower !== 'up' || tokens[b.first + 1]?.lower !== 'to') return false
  return b.first === a.end + suspended(tokens, a.end) + countedBetween(tokens, a, b)
}

/** The index of the "to" of "from X to Y", or of "from X up to Y". */
function toBefore(tokens: readonly Token[], b: Quantity): number {
  if (tokens[b.first - 1]?.lower === 'to') return b.first - 1
  const upTo =
    b.qualifier === 'upTo' && tokens[b.first]?.lower === 'up' && tokens[b.first + 1]?.lower === 'to'
  return upTo ? b.first + 1 : b.first - 1
}

/** At most this many words of what is counted stand between "from X" and "to Y". */
const COUNTED_WORDS = 2
/** Words that end a noun phrase: after them "to" opens no range's second end. */
const NOT_COUNTED_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'each',
  'in',
  'of',
  'or',
  'per',
  'the',
])

/**
 * The words of what a count counts, written between the ends of a change from one count to
 * another: "from 4,500 offences to 3,960", "from 12 serious injuries to 7". Only after "from",
 * with the second end bare; 0 otherwise.
 */
function countedBetween(tokens: readonly Token[], a: Quantity, b: Quantity): number {
  const to = toBefore(tokens, b)
  if (tokens[a.first - 1]?.lower !== 'from' || tokens[to]?.lower !== 'to') return 0
  // Up to "up" of "up to".
  const link = to === b.first - 1 ? to : b.first
  const words = link - a.end
  // "from 20 miles per gallon in 2008 to 29 mpg", "from 300 in the previous year to 250": when
  // the first end was, in the same unit.
  if (words > 0 && (a.unit === b.unit || !b.unitWritten) && isWhen(tokens, a.end, link)) {
    // "from 20 miles in 2008 to 29 people": a bare second end that counts something else.
    const next = tokens[b.end]
    const own = !b.unitWritten && next?.kind === 'word' && !AFTER_COUNT.has(next.lower)
    return own && a.unit !== 'count' ? 0 : words
  }
  // "from 21 mpg combined to 23": a word describing a measure, its second end bare.
  if (a.unit !== 'count' && a.unitWritten && !b.unitWritten && words === 1 && isDescribingWord(tokens[a.end]))
    return words
  if (a.unit !== 'count' || b.unit !== 'count' || b.unitWritten) return 0
  if (words < 1 || words > COUNTED_WORDS) return 0
  for (let k = a.end; k < link; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word' || !/^\p{Ll}+$/u.test(t.text) || NOT_COUNTED_WORDS.has(t.lower)) return 0
  }
  // "from 4 prisons to 2 hospitals" counts two things; "to 12 officers" and "to 7 this year" one.
  const next = tokens[b.end]
  const counted = tokens[link - 1]!.lower
  if (next?.kind === 'word' && next.lower !== counted && !AFTER_COUNT.has(next.lower)) return 0
  return words
}

/** A lower-case word that may describe a measure: "combined", "average"; no link or preposition. */
function isDescribingWord(t: Token | undefined): boolean {
  return (
    t?.kind === 'word' &&
    /^\p{Ll}+$/u.test(t.text) &&
    !NOT_COUNTED_WORDS.has(t.lower) &&
    !RANGE_LINKS.has(t.lower)
  )
}

/** How many tokens a phrase of when may take between the ends of a change: "at 10.45pm last night". */
const WHEN_REACH = 6

/**
 * Whether `tokens[from..to)` say when: "in 2008", "last year", "in the previous week", "in March
 * 2020", "a year earlier", "at 10.45pm last night", "on Monday"; every token a word of time, a
 * year or a clock time, one of them a year, a month, a weekday, a clock time or a period.
 */
function isWhen(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > WHEN_REACH) return false
  let dated = false
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    if (t.kind === 'num') {
      // "10.45pm", "5 am": the clock's digits, then their half of the day.
      const clock = CLOCK_HALVES.has(tokens[k + 1]?.lower ?? '') && k + 1 < to
      if (!clock && !/^(?:19|20)\d\d$/.test(t.text)) return false
      if (clock) k++
      dated = true
    } else if (t.kind === 'word') {
      const named = /^[A-Z]/.test(t.text)
      if ((MONTHS[t.lower] !== undefined || WEEKDAYS[t.lower] !== undefined) && named) dated = true
      else if (WHEN_UNITS.has(t.lower)) dated = true
      else if (!WHEN_WORDS.has(t.lower)) return false
    } else if (t.kind === 'skip' && /^\d{1,2}:\d\d$/.test(t.text)) dated = true
    else return false
  }
  return dated
}

/**
 * Whether a phrase of when stands between "from X" and "to Y" ("from 300 in 2022 to 250"): the
 * two ends are levels at two times.
 */
function isWhenBetween(tokens: readonly Token[], a: Quantity, b: Quantity): boolean {
  const link = toBefore(tokens, b)
  return link > a.end && isWhen(tokens, a.end, link === b.first - 1 ? link : b.first)
}

/** Words of a phrase of when that look back from the time of the sentence. Keep sorted. */
const BACK_WORDS: ReadonlySet<string> = new Set(['ago', 'earlier', 'last', 'previous', 'prior'])

/**
 * Whether a phrase of when that looks back follows at `from`: "from 4.6% a year earlier", "from
 * 300 last year". A bare "in May" may say when the change was, and dates no end of it.
 */
function isDatedBefore(tokens: readonly Token[], from: number): boolean {
  let back = false
  for (let k = from; k < from + WHEN_REACH && k < tokens.length; k++) {
    back ||= BACK_WORDS.has(tokens[k]!.lower)
    if (back && isWhen(tokens, from, k + 1)) return true
  }
  return false
}

/** Halves of the day written after a clock time. Keep sorted. */
const CLOCK_HALVES: ReadonlySet<string> = new Set(['am', 'pm'])
/** Periods a phrase of when names. Keep sorted. */
const WHEN_UNITS: ReadonlySet<string> = new Set([
  'afternoon',
  'evening',
  'midday',
  'midnight',
  'month',
  'morning',
  'night',
  'noon',
  'period',
  'quarter',
  'today',
  'week',
  'year',
  'yesterday',
])
/** Words around a period in a phrase of when. Keep sorted. */
const WHEN_WORDS: ReadonlySet<string> = new Set([
  'a',
  'ago',
  'at',
  'earlier',
  'in',
  'last',
  'of',
  'on',
  'previous',
  'prior',
  'same',
  'the',
  'this',
])

/** How far before "to" a word of change is looked for: "narrowed to", "has fallen sharply to". */
const REVERSED_REACH = 3

/**
 * "narrowed to 138,285 lots from 212,577 lots", "fell to 250 from 300": a change written to its
 * new level first, then from the old one, in one unit, a word of change just before "to".
 */
export function isReversedChange(tokens: readonly Token[], a: Quantity, b: Quantity): boolean {
  const upTo = isUpToLevel(tokens, a)
  if ((tokens[a.first - 1]?.lower !== 'to' && !upTo) || tokens[b.first - 1]?.lower !== 'from') return false
  if (b.qualifier !== 'exact' || (a.qualifier !== 'exact' && !upTo)) return false
  if (a.unit !== b.unit && (b.unitWritten || a.unit === 'count')) return false
  // "increased to £250,000, from £240,000": a comma may set the old level off.
  const stop = tokens[b.first - 2]?.text === ',' ? b.first - 2 : b.first - 1
  const words = stop - a.end
  // "eased to 3.2% in August from 3.8%": when the level was reached.
  // "fell to 3.9% in March from 4.6% a year earlier": each end said when, two levels; past what
  // the old level counts, written again ("to 40 lots from 52 lots last week").
  const again = tokens[b.end]?.kind === 'word' && tokens[b.end]!.lower === tokens[stop - 1]?.lower ? 1 : 0
  if ((words > 0 && isWhen(tokens, a.end, stop)) || isDatedBefore(tokens, b.end + again)) return false
  if (words < 0 || words > COUNTED_WORDS) return false
  // What the first end counts, written again or not after the second: "lots from 212,577 lots".
  for (let k = a.end; k < stop; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word' || !/^\p{Ll}+$/u.test(t.text) || NOT_COUNTED_WORDS.has(t.lower)) return false
  }
  // "to 40 houses from 12 flats": two things counted.
  const next = tokens[b.end]
  if (
    words > 0 &&
    next?.kind === 'word' &&
    next.lower !== tokens[b.first - 2]!.lower &&
    !AFTER_COUNT.has(next.lower)
  )
    return false
  // "Crime is down to 4,100 from 4,500": "down" right before "to" says which way, as "fell" does;
  // so does "up" after "be" or a verb ("Arrests are up to 450 from 300").
  if (upTo || (a.first >= 2 && tokens[a.first - 2]!.lower === 'down')) return true
  for (let k = a.first - 2; k >= 0 && k >= a.first - 1 - REVERSED_REACH; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (t.lower in CHANGE_WORDS && t.lower !== 'up' && t.lower !== 'down') return true
    if (t.lower in MULTIPLIER_VERBS || MOTION_VERBS.has(t.lower)) return true
  }
  return false
}

/** Forms of "be" and verbs of going after which "up to" says which way a figure went. Keep sorted. */
const UP_TO_VERBS: ReadonlySet<string> = new Set([
  'are',
  'been',
  'climbed',
  'gone',
  'is',
  'moved',
  'risen',
  'rose',
  'was',
  'went',
  'were',
])

/**
 * Whether the quantity's "up to" is the way it went, not a bound: "Arrests are up to 450", "has
 * gone up to 450" (read as a change when a "from" follows). "Fines of up to 450" is a bound.
 */
export function isUpToLevel(tokens: readonly Token[], a: Quantity): boolean {
  return (
    a.qualifier === 'upTo' &&
    tokens[a.first]?.lower === 'up' &&
    tokens[a.first + 1]?.lower === 'to' &&
    UP_TO_VERBS.has(tokens[a.first - 1]?.lower ?? '')
  )
}

/** Words that may follow a bare count without being what it counts: "to 7 this year", "to 12 in 2024". */
const AFTER_COUNT: ReadonlySet<string> = new Set([
  'after',
  'against',
  'and',
  'at',
  'before',
  'between',
  'but',
  'by',
  'compared',
  'during',
  'for',
  'in',
  'last',
  'on',
  'over',
  'since',
  'the',
  'this',
  'when',
  'while',
  'with',
])

/**
 * Whether the pair of figures at `quantities[n]` and `[n + 1]` is one range, and the word that
 * opens it ("between", "from") if any. A range is "X to Y", "X-Y", "between X and Y" or
 * "from X to Y", both ends in the same unit; without "from" the ends rise ("9-2 lead" is a score).
 * `from`: the range is a change from X to Y, not the spread of "ranging from X to Y".
 */
/** After a change word, a second figure this many times the first is the new level, not a range's end. */
const CHANGE_TO_LEVEL = 3
/** After a change word, a percentage at most this many times a bare first figure still ends its range. */
const PERCENT_SPREAD = 10

export function rangeOf(
  tokens: readonly Token[],
  a: Quantity,
  b: Quantity,
): { opener: number | null; from: boolean; counted: boolean; reversed?: boolean } | null {
  // "up to 450 from 300": the range opens at the level, past the "up to" that says which way.
  if (isReversedChange(tokens, a, b))
    return { opener: isUpToLevel(tokens, a) ? a.first + 2 : null, from: true, counted: true, reversed: true }
  const upTo = isFromUpTo(tokens, a, b)
  if (a.unit !== b.unit || (b.qualifier !== 'exact' && !upTo)) return null
  const link = upTo ? 'to' : linkAfter(tokens, a.end, suspended(tokens, a.end) + countedBetween(tokens, a, b))
  const before = tokens[a.first - 1]
  const from = before?.lower === 'from' && link === 'to'
  // "ranged from 148 to 402", "fines from $5,000 to $50,000": the spread of a range, not a change
  // from one end to the other, unless a word of change or motion moves the figure.
  // "goes from 0 to 62 mph in 7.2 seconds": an acceleration test's speeds, no change either.
  const spread = from && (!movedFrom(tokens, a.first - 1) || isAccelerationRange(tokens, a, b))
  const between = before?.lower === 'between' && link !== 'or'
  const opener = from || between ? a.first - 1 : null
  if (link === 'or') return null
  // "from 4.6% in 2023 to 3.9%": a level at each of two times, no range of one figure.
  if (link === 'to' && before?.lower === 'from' && isWhenBetween(tokens, a, b)) return null
  // "increased by $43.6 billion to $419.2 billion", "up 10.4 cents to $2.24", "rose by 40 to 300":
  // a change, then the level, far above it; "dropped by 1 to 1.5 degrees", its first end bare and
  // the ends alike, is a range.
  // "Investors lost $35 million to $40 million": the sum lost is a level, and its range one figure.
  if (isChangeThenLevel(tokens, a, b)) return null
  // "fell by 1,200 to 3,400", "rose by two to 12": things counted changed by some, then the count
  // they came to; not "dropped by 1 to 1.5 degrees", a measure.
  const by = byBefore(tokens, a.first)
  if (
    a.unit === 'count' &&
    Number.isInteger(a.value) &&
    Number.isInteger(b.value) &&
    by >= 0 &&
    (tokens[by - 1]?.lower ?? '') in CHANGE_WORDS
  )
    return null
  if (link === 'and' && before?.lower !== 'between') return null
  // "2023-24", "9-2": hyphenated figures glued together must rise, and not look like years.
  if (!from && a.value >= b.value) return null
  return { opener, from: from && !spread, counted: countedBetween(tokens, a, b) > 0 }
}

/**
 * "increased by $43.6 billion to $419.2 billion", "up 10.4 cents to $2.24", "rose by 40 to 300",
 * "rose 0.2 to 4.1 per cent": a change, then the level it came to, far above it; not a range.
 */
function isChangeThenLevel(tokens: readonly Token[], a: Quantity, b: Quantity): boolean {
  const before = tokens[a.first - 1]
  // "Investors lost $35 million to $40 million": the sum lost is a level, and its range one figure.
  // "rose by an average of 120 to 1,450": the words that average the change stand after its "by".
  const by = byBefore(tokens, a.first) >= 0
  const afterChange =
    by || (before?.kind === 'word' && before.lower in CHANGE_WORDS && !namesSumLost(before, a.unit))
  // "rose 1 to 5 per cent": a bare first end before a percentage, no "by", is the range's low end;
  // not "rose 0.2 to 4.1 per cent", a small change and the level it came to.
  const percentSpread = !by && !a.unitWritten && b.unit === 'percent' && b.value <= PERCENT_SPREAD * a.value
  return afterChange && !percentSpread && (a.unitWritten || b.value > CHANGE_TO_LEVEL * a.value)
}

/**
 * Whether the bare first figure of "rose 0.2 to 4.1 per cent", "fell by 1 to 5%" is a change of a
 * rate in per cent to the level after it: percentage points, not per cent of the rate.
 */
export function isChangeInPoints(tokens: readonly Token[], a: Quantity, b: Quantity): boolean {
  if (a.unitWritten || b.unit !== 'percent' || b.qualifier !== 'exact') return false
  if (b.first !== a.end + 1 || tokens[a.end]?.lower !== 'to') return false
  return isChangeThenLevel(tokens, a, b)
}

/** How far before "from" a word of change or motion is looked for: "has risen sharply in Kent from". */
const MOTION_REACH = 10

/**
 * Whether a word of change or motion earlier in the clause moves the figure at `from` ("arrests
 * rose from", "an increase in arrests from", "went from", "almost doubled, from"); a verb of spread ("ranging from")
 * or the clause's start first says it does not ("fines from", "homes priced from"). A comma or
 * an opening bracket does not end the clause here.
 */
function movedFrom(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - MOTION_REACH; k--) {
    // "lowered its overnight rate (OR) from": the name's abbreviation is inside the clause.
    const abbreviation = abbreviationOpening(tokens, k)
    if (abbreviation >= 0) {
      k = abbreviation
      continue
    }
    const t = tokens[k]!
    // "fell by 5%, from 602 to 570", "down 2% (from 1.9 million to 1.86 million)": the change's
    // figures again, after a comma or in brackets.
    if (isClauseBreak(t) && t.text !== ',' && t.text !== '(') return false
    if (t.kind !== 'word') continue
    if (SPREAD_VERBS.has(t.lower)) return false
    if (t.lower in CHANGE_WORDS || t.lower in MULTIPLIER_VERBS || MOTION_VERBS.has(t.lower)) return true
  }
  return false
}

/**
 * One statistic for a range: its text runs from the opener (or the first end) to the second
 * end; `value` is the low end, `low` and `high` both ends; "from X to Y" is a change.
 *
 * @example
 * // "from 252 to 287 miles"
 * //=> { text: 'from 252 to 287 miles', value: 252, low: 252, high: 287, unit: 'mile', change: 'increase', ... }
 */
export function mergeRange(
  text: string,
  blockStart: number,
  start: number,
  a: Statistic,
  b: Statistic,
  from: boolean,
  counted = false,
  /** "to 250 from 300": the first end written is the level reached. */
  reversed = false,
): Statistic {
  const low = Math.min(a.value, b.value)
  const high = Math.max(a.value, b.value)
  const end = b.span.end - blockStart
  const [before, after] = reversed ? [b, a] : [a, b]
  const change = from
    ? after.value > before.value
      ? 'increase'
      : after.value < before.value
        ? 'decrease'
        : null
    : (a.change ?? b.change)
  return {
    ...a,
    text: text.slice(start, end),
    span: { start: blockStart + start, end: b.span.end },
    value: low,
    low,
    high,
    // "from 4,500 offences to 3,960": what the first end counts is the range's measure.
    measure: counted ? (a.measure ?? b.measure) : (b.measure ?? a.measure),
    change,
    period: a.period ?? b.period,
    rule: 'statistics/range',
  }
}
