/**
 * The quotes parser's entry points. The pipeline, one module a step:
 * marks.ts pairs the quotation marks into runs; surroundings.ts cuts the text around each run;
 * speaker.ts decides which attribution rule gives each its speaker (the rules, in order, are
 * listed there); scare-quotes.ts leaves out terms and titles; narration.ts gathers the people the
 * narration names; resolve-speakers.ts resolves who each attribution names against them; and
 * build-quotes.ts writes the quotes and the release's people.
 */
import type { Person, Quote } from '../model'
import { type DiagnosticSink, parseOptions } from '../options'
import { isCreditLine } from '../releases/standfirst'
import { type ParserInput, type TextBlock, toBlocks } from '../text/blocks'
import { sourceOf } from '../text/publishers'
import { blockSlicer, reflow } from '../text/reflow'
import { attributionAfter } from './attribution'
import { buildQuotes, linkPeople } from './build-quotes'
import {
  addressedIn,
  bodyHoldingLookBackIn,
  bodyLookBackIn,
  lookBackIn,
  namedBodyIn,
  organisationLookBackIn,
  surnamedIn,
} from './look-back'
import { pairMarks, type QuoteRun } from './marks'
import { narrationEvents } from './narration'
import { type ExtractQuotesOptions, ExtractQuotesOptionsSchema } from './options'
import { type Lexicon, lexiconWith } from './patterns'
import { spansToInput } from './reflow'
import { resolveSpeakers } from './resolve-speakers'
import { isLeftOut, isNameBeforeAttribution, isProgrammeName } from './scare-quotes'
import { type Found, readAttribution } from './speaker'
import { surroundingsOf } from './surroundings'

export { type ExtractQuotesOptions, ExtractQuotesOptionsSchema } from './options'

/** The fewest words an unattributed quote needs when `minUnattributedWords` is not given. */
const MIN_UNATTRIBUTED_WORDS = 10

/**
 * Extracts the direct quotes of a release (or a plain string) with their speakers: each quote's
 * exact text and span, the speaker's name, title and role, the cue verb, and the rule that read it.
 * A quote over several paragraphs is one quote; pronouns and descriptions resolve to the person
 * they refer to; scare quotes, terms and titles of works are left out.
 *
 * Never throws on text; throws an `OptionsError` naming the option when options are invalid.
 *
 * @example
 * extractQuotes('Chief Constable Chris Haward, NPCC Lead for SOC, said: “We are relentless.”')
 * //=> [{ text: 'We are relentless.', span: { start: 56, end: 74 }, cue: 'said', rule: 'quotes/colon-before',
 * //      speaker: { name: 'Chris Haward', title: 'Chief Constable', role: 'NPCC Lead for SOC', kind: 'person', personId: 'p1' }, … }]
 */
export function extractQuotes(input: ParserInput, options: ExtractQuotesOptions = {}): Quote[] {
  return extractQuotesAndPeople(input, options).quotes
}

/** The quotes of a release and the people who speak them, each person with every mention linked to them. */
export interface QuotesAndPeople {
  quotes: Quote[]
  people: Person[]
}

/**
 * Like `extractQuotes`, and also returns the release's people: one entry per person or
 * organisation that speaks, with every mention linked to it (full name, title and surname,
 * surname, "the Commissioner", a pronoun that attributes a quote), each with its exact span.
 * Every attributed quote's `speaker.personId` is the `id` of one of them.
 *
 * @example
 * const { quotes, people } = extractQuotesAndPeople('Ms Jane Roe said: “We act.”\n\n“Again,” said Ms Roe.')
 * people.map((p) => [p.id, p.name, p.mentions.map((m) => m.rule)])
 * //=> [['p1', 'Jane Roe', ['people/full-name', 'people/honorific-surname']]]
 */
export function extractQuotesAndPeople(
  input: ParserInput,
  options: ExtractQuotesOptions = {},
): QuotesAndPeople {
  return extractQuotesAndPeopleWith(input, parseOptions(ExtractQuotesOptionsSchema, options, 'extractQuotes'))
}

/**
 * `extractQuotesAndPeople` with options already validated: no second check, for a pipeline that
 * validates once per call and then reads release after release.
 */
export function extractQuotesAndPeopleWith(
  input: ParserInput,
  settings: ExtractQuotesOptions,
): QuotesAndPeople {
  const lexicon = lexiconWith(settings)
  const minWords = settings.minUnattributedWords ?? MIN_UNATTRIBUTED_WORDS
  const given = withByline(input, toBlocks(input))
  const flowed = reflow(given)
  const all = flowed.blocks
  // A title is no one's words: its marks pair into no quote, though its people may be referred to.
  const blocks = all.filter((b) => b.kind !== 'title')
  const runs = pairMarks(blocks).filter(
    (run) => (!run.unopened || saidAfter(run, blocks, lexicon)) && !isProgrammeName(run, blocks),
  )
  if (runs.length === 0) return { quotes: [], people: [] }
  const events = narrationEvents(all, blocks, runs, lexicon)

  const credit = creditLineOf(blocks)
  const found: Found[] = []
  // Where the narration before the next run may be read from when the runs just before it were
  // left out as terms: they are words of its sentence ("head of the “Safer Streets” programme").
  let termsFrom: number | undefined
  for (let k = 0; k < runs.length; k++) {
    const around = surroundingsOf(runs, k, blocks, termsFrom)
    const read = readAttribution(around, found.at(-1), lexicon, credit)
    const kept =
      !isNameBeforeAttribution(around, lexicon) && !isLeftOut(around, read.attribution, minWords, lexicon)
    if (kept) found.push(read)
    termsFrom = kept ? undefined : (around.overTermsFrom ?? around.beforeFrom)
  }

  const source = sourceOf(input)
  const speakers = resolveSpeakers(
    found,
    events,
    lookBackIn(all, lexicon),
    organisationLookBackIn(all, lexicon, source),
    bodyLookBackIn(all, lexicon, source),
    bodyHoldingLookBackIn(all, lexicon, source),
    namedBodyIn(all, lexicon, source),
    addressedIn(all),
    surnamedIn(all, lexicon),
  )
  const sink = settings.onDiagnostic
  const onDiagnostic: DiagnosticSink | undefined =
    sink && flowed.moved
      ? (d) =>
          sink(
            d.span
              ? {
                  ...d,
                  span: { start: flowed.toInput(d.span.start, false), end: flowed.toInput(d.span.end, true) },
                }
              : d,
          )
      : sink
  const quotes = buildQuotes(found, speakers, blocks, onDiagnostic)
  const people = linkPeople(quotes, speakers.entryOf, speakers.coEntriesOf)
  if (all === given) return { quotes, people }
  if (flowed.moved) spansToInput(quotes, people, flowed.toInput)
  return withTextOf(given, quotes, people)
}

/** How many of a release's first blocks may hold its credit line. */
const CREDIT_REACH = 2

/** The credit line a release opens with ("Attribute to Detective Inspector X:"), if any. */
function creditLineOf(blocks: readonly TextBlock[]): TextBlock | undefined {
  const head = blocks.filter((b) => b.kind !== 'dateline').slice(0, CREDIT_REACH)
  return head.find((b) => (b.kind === 'standfirst' || b.kind === 'text') && isCreditLine(b.text))
}

/** Quotes and people read from reflowed blocks (see `reflow`), their texts sliced again from the blocks given. */
function withTextOf(blocks: readonly TextBlock[], quotes: Quote[], people: Person[]): QuotesAndPeople {
  const slice = blockSlicer(blocks)
  for (const q of quotes) {
    for (const p of q.paragraphs) p.text = slice(p.span) ?? p.text
    q.text =
      q.paragraphs.length > 0 ? q.paragraphs.map((p) => p.text).join('\n\n') : (slice(q.span) ?? q.text)
  }
  for (const person of people) for (const m of person.mentions) m.text = slice(m.span) ?? m.text
  return { quotes, people }
}

/**
 * True when a cue and the one who speaks follow a quote's closing mark: "… since I became
 * Minister" said Mr Hawkins. A paragraph whose first mark closes is a quote only then; otherwise
 * the mark is a stray one or an inch mark ("a 12" pipe").
 */
function saidAfter(run: QuoteRun, blocks: readonly TextBlock[], lexicon: Lexicon): boolean {
  const text = blocks[run.segments.at(-1)!.block]!.text
  const read = attributionAfter(text.slice(run.closeEnd, run.closeEnd + 200), lexicon)
  return read !== null && read.cue !== null && read.speaker.kind !== 'none'
}

/**
 * The blocks with the release's byline among them, read as a title is: no one's words, but the
 * person it names may be referred to by the story ("Premier Jeremy Rockliff" over "…," Premier
 * Rockliff said).
 */
function withByline(input: ParserInput, blocks: TextBlock[]): TextBlock[] {
  const byline = typeof input === 'string' ? null : input.byline
  if (!byline) return blocks
  const at = blocks.findIndex((b) => b.start > byline.span.start)
  const block: TextBlock = { text: byline.text, start: byline.span.start, kind: 'title' }
  return at < 0 ? [...blocks, block] : [...blocks.slice(0, at), block, ...blocks.slice(at)]
}
