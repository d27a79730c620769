/**
 * Finds temporal expressions in a release or a string and normalises them to TIMEX3 values, with
 * the interval each denotes. Matchers propose candidates block by block, only in blocks where a
 * cheap trigger pattern fires; refiners then settle overlaps and join times to their dates.
 */
import * as z from 'zod'
import { type DateMention, DateReference, type PublishedOn } from '../model'
import { DayOption, DiagnosticSinkOption, parseOptions, toDay } from '../options'
import { type ParserInput, type ReleaseLike, type TextBlock, toBlocks } from '../text/blocks'
import { publisherOf, sourceOf } from '../text/publishers'
import { inputSpan, tidyBreaks } from '../text/reflow'
import type { ResolveContext } from './context'
import {
  contextFor,
  DatingOptionsSchema,
  dateAlone,
  dateReleasesWith,
  givenReference,
  publishedOnOf,
} from './date-releases'
import { financialYearOfRelease } from './financial-year'
import type { Candidate } from './matchers'
import { isWrittenAsName, seasonsWrittenAsNames } from './matchers/periods'
import { monthOrderOf } from './month-order'
import { type DateReading, readAndResolveBlock, readDates, resolveBlock } from './read-dates'
import type { DayCarry } from './refiners'

/** The options of `findDates`, validated with zod. */
export const FindDatesOptionsSchema = z.strictObject({
  /**
   * What relative expressions are resolved against: a day (`YYYY-MM-DD` or a Date), taken as given,
   * or a `DateReference` from `dateReleases`. Default: the `reference` the dating stage left on the
   * release (`splitReleases` dates every release), else the text's own evidence.
   */
  reference: z.union([DayOption, DateReference]).nullable().optional(),
  /**
   * Read numeric dates such as `03/04/2024` month first (US order) or day first. Default: the
   * release's own order (month first when one of its numeric dates can only be read so, or it
   * writes more days in words month first than day first; else day first).
   */
  monthFirst: z.boolean().optional(),
  /** A year to look around when a weekday must fix a yearless date and the text names no year; default: none. */
  aroundYear: z.number().int().min(1).max(9999).nullable().optional(),
  /** Called with each diagnostic; default: none. */
  onDiagnostic: DiagnosticSinkOption.optional(),
})
export type FindDatesOptions = z.input<typeof FindDatesOptionsSchema>

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
  return findDatesWith(input, parseOptions(FindDatesOptionsSchema, options, 'findDates'))
}

/**
 * `findDates` with options already validated; `reading` is the input's date reading when the
 * dating stage made one (it must be of this input), so the text is not read again.
 */
export function findDatesWith(
  input: ParserInput,
  settings: FindDatesOptions,
  reading?: DateReading,
): DateMention[] {
  // With no reference to hand, the text's own evidence comes from the reading, made first.
  const known = knownReference(input, settings)
  const read = reading ?? (known ? null : readDates(input))
  const written = read ? read.written : toBlocks(input)
  const tidied = read ?? tidyBreaks(written)
  const blocks = tidied.blocks
  const toInput = tidied.toInput
  const source = sourceOf(input)
  const publisher = publisherOf(source)
  let seasonNames: ReadonlySet<string> | null = null
  const namesRead = new Map<string, boolean>()
  const ctx: ResolveContext = {
    ...contextFor(
      known ?? dateAlone(input, settings, read!),
      monthOrderOf(blocks, settings.monthFirst, source),
      publisher,
    ),
    financialYear: financialYearOfRelease(blocks, publisher),
    // "Jane Winter" in one paragraph makes "Winter thanks …" opening another the name: read once.
    seasonNames: () => (seasonNames ??= seasonsWrittenAsNames(blocks.map((b) => b.text))),
    // "Summer Smith Opens Fete" over "said Ms Smith": read once for each word.
    writtenAsName: (word) => {
      let known = namesRead.get(word)
      if (known === undefined) {
        known = blocks.some((b) => isWrittenAsName(b.text, word))
        namesRead.set(word, known)
      }
      return known
    },
  }
  const mentions: DateMention[] = []
  const sink = settings.onDiagnostic
  // The last day named so far: a time in a later paragraph with no day of its own takes it.
  const carry: DayCarry = { day: null }
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!
    const blockCtx: ResolveContext = sink
      ? {
          ...ctx,
          report: (ruleId, message, start, end) =>
            sink({
              ruleId,
              message,
              span: inputSpan(toInput, block.start + start, block.start + end),
            }),
        }
      : ctx
    // Read here, block by block, unless the reading was made: each block's patterns stay in cache.
    const found = read
      ? resolveBlock(block.text, read.readings[b]!, blockCtx, carry)
      : readAndResolveBlock(block.text, blockCtx, carry)
    for (const c of found) mentions.push(toMention(c, block, written[b]!, toInput))
  }
  return mentions
}

/** The reference given, or the one the dating stage left on the release; null when the text must say. */
function knownReference(input: ParserInput, settings: FindDatesOptions): DateReference | null {
  const given = settings.reference
  if (given != null) {
    if (typeof given === 'object' && !(given instanceof Date)) return given
    return givenReference(toDay(given)!)
  }
  if (typeof input !== 'string' && input.reference) return input.reference
  return null
}

/** A candidate as a mention of the input as written: `block` is as read, `written` as written. */
function toMention(
  c: Candidate,
  block: TextBlock,
  written: TextBlock,
  toInput: (offset: number, end: boolean) => number,
): DateMention {
  const span = inputSpan(toInput, block.start + c.start, block.start + c.end)
  return {
    text: written.text.slice(span.start - written.start, span.end - written.start),
    span,
    type: c.type,
    value: c.value,
    mod: c.mod,
    start: c.interval?.start ?? null,
    end: c.interval?.end ?? null,
    inferred: c.inferred,
    rule: c.rule,
  }
}

/** The options of `inferPublishedOn` and `inferPublicationDates`: those of the dating stage but `publishedOn`. */
export const InferOptionsSchema = DatingOptionsSchema.omit({ publishedOn: true })
export type InferOptions = z.input<typeof InferOptionsSchema>

/** The options of `normaliseDate`. */
export const NormaliseDateOptionsSchema = FindDatesOptionsSchema.pick({ reference: true, monthFirst: true })
export type NormaliseDateOptions = z.input<typeof NormaliseDateOptionsSchema>

/**
 * Normalises one temporal expression to TIMEX3: the mention that covers most of the string, or
 * null when it holds none.
 *
 * @example
 * normaliseDate('last October', { reference: '2024-03-18' })?.value
 * //=> '2023-10'
 */
export function normaliseDate(expression: string, options: NormaliseDateOptions = {}): DateMention | null {
  const found = findDatesWith(expression, parseOptions(NormaliseDateOptionsSchema, options, 'normaliseDate'))
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
  return publishedOnOf(dateAlone(release, parseOptions(InferOptionsSchema, options, 'inferPublishedOn')))
}

/**
 * Infers the publication dates of all the releases of one dump, as the dating stage does with no
 * `publishedOn` (see `dateReleases`, which also gives what dates a release that fixes only its year).
 *
 * @example
 * inferPublicationDates(splitReleases(dump).releases).map((p) => p?.date ?? null)
 * //=> ['2024-04-10', '2024-03-27', null]
 */
export function inferPublicationDates(
  releases: readonly ReleaseLike[],
  options: InferOptions = {},
): Array<PublishedOn | null> {
  return dateReleasesWith(releases, parseOptions(InferOptionsSchema, options, 'inferPublicationDates')).map(
    publishedOnOf,
  )
}
