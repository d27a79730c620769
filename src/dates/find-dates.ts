/**
 * Finds temporal expressions in a release or a string and normalises them to TIMEX3 values, with
 * the interval each denotes. Matchers propose candidates block by block, only in blocks where a
 * cheap trigger pattern fires; refiners then settle overlaps and join times to their dates.
 */
import { z } from 'zod'
import type { DateMention, PublishedOn } from '../model'
import { DayOption, type DiagnosticSink, parseOptions, toDay } from '../options'
import { type ParserInput, type ReleaseLike, type TextBlock, toBlocks } from '../text/blocks'
import type { ResolveContext } from './context'
import {
  contextFor,
  type Evidence,
  findEvidence,
  handOverEvidence,
  type NeighbourDate,
  takeEvidence,
} from './evidence'
import { type Candidate, MATCHERS } from './matchers'
import {
  anchorYears,
  attachTimes,
  type DayCarry,
  joinDurations,
  joinPartOfDay,
  joinWeekOf,
  removeOverlaps,
  shareRangeYears,
} from './refiners'
import { isoDay, parseDay } from './timex'
import { needsMask, triggerMask } from './triggers'

export interface FindDatesOptions {
  /** The day relative expressions are resolved against (`YYYY-MM-DD` or a Date); default: none, the release's own evidence or X. */
  reference?: string | Date | null
  /**
   * Whether `reference` was itself inferred from the text (`publishedOn.inferred`): mentions resolved
   * against it are then marked `inferred`. Default: inferred when it is the day the text's own evidence gives.
   */
  referenceInferred?: boolean | null
  /** Read numeric dates such as `03/04/2024` month first (US order); default: false (day first). */
  monthFirst?: boolean
  /** A year to look around when a weekday must fix a yearless date and the text names no year; default: none. */
  aroundYear?: number | null
  /** Called with each diagnostic; default: none. */
  onDiagnostic?: DiagnosticSink
}

/** The zod schema of `FindDatesOptions`; unknown keys pass, as `extract` hands every parser its own options. */
export const FindDatesOptionsSchema = z.looseObject({
  reference: DayOption.nullable().optional(),
  referenceInferred: z.boolean().nullable().optional(),
  monthFirst: z.boolean().optional(),
  aroundYear: z.number().int().min(1).max(9999).nullable().optional(),
  onDiagnostic: z.custom<DiagnosticSink>((v) => typeof v === 'function', 'expected a function').optional(),
})

/**
 * Finds the temporal expressions of a release or string and normalises them to TIMEX3.
 *
 * Never throws on text; throws an `OptionsError` naming the option when options are invalid.
 *
 * @example
 * findDates('The week of action began on Monday 18 March.', { reference: '2024-03-20' })
 * //=> [{ text: 'Monday 18 March', span: { start: 28, end: 43 }, type: 'DATE', value: '2024-03-18',
 * //      mod: null, start: '2024-03-18', end: '2024-03-18', inferred: true, rule: 'dates/weekday-day-month' }]
 */
export function findDates(input: ParserInput, options: FindDatesOptions = {}): DateMention[] {
  const settings = parseOptions(FindDatesOptionsSchema, options, 'findDates') as FindDatesOptions
  const blocks = toBlocks(input)
  const reference = referenceDate(settings.reference)
  // A reference given as known needs no evidence from the text; reading it costs a scan per release.
  const handed = typeof input === 'string' ? undefined : takeEvidence(input)
  const evidence =
    reference && settings.referenceInferred === false
      ? null
      : handed !== undefined
        ? handed
        : findEvidence(blocks, {
            aroundYear: settings.aroundYear ?? null,
            monthFirst: settings.monthFirst ?? false,
          })
  const ctx = contextFor(
    reference,
    evidence,
    settings.monthFirst ?? false,
    settings.referenceInferred ?? null,
  )
  const mentions: DateMention[] = []
  const sink = settings.onDiagnostic
  // The last day named so far: a time in a later paragraph with no day of its own takes it.
  const carry: DayCarry = { day: null }
  for (const block of blocks) {
    const blockCtx: ResolveContext = sink
      ? {
          ...ctx,
          report: (ruleId, message, start, end) =>
            sink({ ruleId, message, span: { start: block.start + start, end: block.start + end } }),
        }
      : ctx
    for (const c of findInBlock(block.text, blockCtx, carry)) mentions.push(toMention(c, block))
  }
  return mentions
}

const NEEDS = MATCHERS.map((m) => needsMask(m.needs))

/** The candidates of one block, refined. Exported for `normaliseDate` and tests. */
export function findInBlock(text: string, ctx: ResolveContext, carry?: DayCarry): Candidate[] {
  const mask = triggerMask(text)
  if (mask === 0) return []
  const found: Candidate[] = []
  for (let i = 0; i < MATCHERS.length; i++) {
    const matcher = MATCHERS[i]!
    const needs = NEEDS[i]!
    if ((mask & needs) !== needs) continue
    if (matcher.quick && !matcher.quick.test(text)) continue
    const re = matcher.pattern
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      for (const c of matcher.match(m, text, ctx)) {
        if (c.start >= 0 && c.end <= text.length && c.end > c.start) found.push(trimStop(c, text))
      }
    }
  }
  // The refiners in order (see refiners.ts); times take their days last, once every day is settled.
  let refined = anchorYears(joinDurations(removeOverlaps(found), text), text)
  refined = shareRangeYears(refined, text)
  refined = joinWeekOf(refined, text)
  refined = joinPartOfDay(refined, text)
  return attachTimes(refined, text, ctx, carry)
}

const LETTER = /^\p{L}$/u

/** "24 March." ends a sentence: the stop belongs to an abbreviation ("Sept.") only. */
function trimStop(c: Candidate, text: string): Candidate {
  if (text.charCodeAt(c.end - 1) !== 46) return c
  // The letters just before the stop (a loop: an unanchored `\p{L}+\.$` retries from every letter).
  let letters = 0
  while (letters < 5 && c.end - 2 - letters >= c.start && LETTER.test(text[c.end - 2 - letters]!)) letters++
  const abbreviation = letters > 0 && letters < 5 && !LETTER.test(text[c.end - 2 - letters] ?? '')
  return abbreviation ? c : { ...c, end: c.end - 1 }
}

function toMention(c: Candidate, block: TextBlock): DateMention {
  return {
    text: block.text.slice(c.start, c.end),
    span: { start: block.start + c.start, end: block.start + c.end },
    type: c.type,
    value: c.value,
    mod: c.mod,
    start: c.interval?.start ?? null,
    end: c.interval?.end ?? null,
    inferred: c.inferred,
    rule: c.rule,
  }
}

function referenceDate(value: string | Date | null | undefined): Date | null {
  const day = toDay(value ?? null)
  return day ? parseDay(day) : null
}

/** Options of `inferPublishedOn`. */
export interface InferOptions {
  /** A year to look around when a weekday must fix a yearless date and the text names no year; default: none. */
  aroundYear?: number | null
  /** Read numeric dates such as `03/04/2024` month first (US order); default: false (day first). */
  monthFirst?: boolean
}

export interface NormaliseDateOptions {
  /** The day relative expressions are resolved against; default: none (unknown parts are X). */
  reference?: string | Date | null
  /** Read numeric dates month first; default: false. */
  monthFirst?: boolean
}

/**
 * Normalises one temporal expression to TIMEX3: the mention that covers most of the string, or
 * null when it holds none.
 *
 * @example
 * normaliseDate('last October', { reference: '2024-03-18' })?.value
 * //=> '2023-10'
 */
export function normaliseDate(expression: string, options: NormaliseDateOptions = {}): DateMention | null {
  const found = findDates(expression, {
    reference: options.reference ?? null,
    monthFirst: options.monthFirst ?? false,
  })
  let best: DateMention | null = null
  for (const m of found) if (!best || m.text.length > best.text.length) best = m
  return best
}

/**
 * Infers a release's publication date from its own text: a stated day ("Today (27 September)"),
 * a weekday with a date, or the latest full date it names. Null when nothing fixes it.
 *
 * @example
 * inferPublishedOn({ paragraphs: [{ kind: 'text', text: 'Last week (Wednesday 13 March 2024) ...', span: { start: 0, end: 39 } }] })
 * //=> { date: '2024-03-20', inferred: true, rule: 'dates/stated-day' }
 */
export function inferPublishedOn(release: ParserInput, options: InferOptions = {}): PublishedOn | null {
  return toPublishedOn(
    findEvidence(toBlocks(release), {
      aroundYear: options.aroundYear ?? null,
      monthFirst: options.monthFirst ?? false,
    }),
  )
}

/**
 * Infers the publication dates of all the releases of one dump. Each release's own evidence comes
 * first; a release whose text gives a day but no year ("Wednesday (27 March)", "Today (27
 * September)") takes it from the nearest release that fixes one, since a dump gathers releases of
 * one period; a release whose text fixes only its year takes the day of the nearest release dated
 * in that year, as an estimate (rule `dates/neighbour-day`). Releases with no evidence stay null.
 * An estimated day passed back to `findDates` as `reference` is read as a day like any other.
 *
 * @example
 * inferPublicationDates(splitReleases(dump).releases).map((p) => p?.date ?? null)
 * //=> ['2024-04-10', '2024-03-27', null]
 */
export function inferPublicationDates(
  releases: readonly ReleaseLike[],
  options: InferOptions = {},
): Array<PublishedOn | null> {
  return withNeighbours(
    releases,
    releases.map(() => null),
    options,
  ).map(toPublishedOn)
}

/**
 * `inferPublicationDates` for `extract`, over one batch of releases, some of whose dates may be
 * given (`given[i]`, `YYYY-MM-DD`): those are not inferred, and serve as their neighbours' year.
 * Each inferred release's evidence is handed over to the `findDates` call on it that follows,
 * so its text is not read twice.
 */
export function inferBatchPublicationDates(
  releases: readonly ReleaseLike[],
  given: ReadonlyArray<string | null>,
  options: InferOptions = {},
): Array<PublishedOn | null> {
  const evidence = withNeighbours(releases, given, options)
  return releases.map((release, i) => {
    if (given[i]) return null
    handOverEvidence(release, evidence[i] ?? null)
    return toPublishedOn(evidence[i] ?? null)
  })
}

/**
 * The evidence of each release whose date is not given, in three steps. Its own text first. Then
 * a release whose text fixes no day but gives a weekday-dated or stated day with no year
 * ("Wednesday (27 March)", "Today (27 September)") takes the year of the nearest release whose date
 * is given or fixed by its own text, or whose own text fixes its year; never a day before one its
 * own text looks back on. Last, a release whose text fixes only its year takes, as an estimate,
 * the day of the nearest release dated in that year. The two may meet: a release's year placing
 * a neighbour's "Today (27 September)", whose day then dates the release. Each part still comes
 * from one text: the day from the neighbour's, the year from the release's own.
 */
function withNeighbours(
  releases: readonly ReleaseLike[],
  given: ReadonlyArray<string | null>,
  options: InferOptions,
): Array<Evidence | null> {
  const monthFirst = options.monthFirst ?? false
  const blocks = releases.map((r, i) => (given[i] ? null : toBlocks(r)))
  const first = blocks.map((b) =>
    b ? findEvidence(b, { monthFirst, aroundYear: options.aroundYear ?? null }) : null,
  )
  const anchors = first.map((e, i): NeighbourDate | null => {
    const day = given[i] ? parseDay(given[i]!) : fixedDay(e)
    if (day) return { year: day.getFullYear(), date: day }
    return e?.day === 'unknown' ? { year: e.date.getFullYear(), date: null } : null
  })
  const second = blocks.map((b, i) => {
    const own = first[i] ?? null
    if (!b || anchors[i]) return own
    const near = nearest(anchors, i)
    const notBefore = own?.lowerBound ? own.date : null
    const retry = near ? findEvidence(b, { neighbour: near, notBefore, monthFirst }) : null
    return retry && !retry.lowerBound ? { ...retry, rule: 'dates/neighbour-year' } : own
  })
  const days = second.map((e, i) => (given[i] ? parseDay(given[i]!) : fixedDay(e)))
  return second.map((e, i) => {
    if (e?.day !== 'unknown') return e
    const year = e.date.getFullYear()
    const day = nearest(
      days.map((d) => (d && d.getFullYear() === year ? d : null)),
      i,
    )
    return day ? { date: day, lowerBound: false, rule: 'dates/neighbour-day', day: 'estimated' } : e
  })
}

/** The day evidence fixes, or null when it fixes none or only a lower bound or a year. */
const fixedDay = (e: Evidence | null | undefined): Date | null =>
  e && !e.lowerBound && !e.day ? e.date : null

const toPublishedOn = (evidence: Evidence | null): PublishedOn | null =>
  evidence && evidence.day !== 'unknown'
    ? { date: isoDay(evidence.date), inferred: true, rule: evidence.rule }
    : null

/** The strong evidence nearest to release `i` in dump order, the earlier one on a tie. */
function nearest<T>(items: ReadonlyArray<T | null>, i: number): T | null {
  for (let d = 1; d < items.length; d++) {
    const before = items[i - d]
    if (before) return before
    const after = items[i + d]
    if (after) return after
  }
  return null
}
