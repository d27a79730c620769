import type { Person, Quote, Speaker } from '../model'
import type { DiagnosticSink } from '../options'
import type { TextBlock } from '../text/blocks'
import type { QuoteRun } from './marks'
import { type Registered, toPeople } from './registry'
import type { ResolvedSpeakers } from './resolve-speakers'
import { trimEndChars } from './scan'
import { type Found, speakerOrFallback } from './speaker'

const LEAD_SPACE = /^\s*/u

/**
 * Turns the kept runs into quotes, in input order: the text and span of each paragraph (trimmed),
 * the speaker resolved for it (or continued from the quote before), and a diagnostic for a quote
 * left unclosed or without a speaker.
 */
export function buildQuotes(
  found: readonly Found[],
  speakers: ResolvedSpeakers,
  blocks: readonly TextBlock[],
  onDiagnostic: DiagnosticSink | undefined,
): Quote[] {
  const quotes: Quote[] = []
  let previous: { quote: Quote; lastBlock: number } | null = null
  for (const item of found) {
    const paragraphs = paragraphsOf(item.run, blocks)
    if (paragraphs.length === 0) continue
    const read = speakerOrFallback(speakers.byRun.get(item.run), previous, item.run.segments[0]!.block)
    const span = { start: paragraphs[0]!.span.start, end: paragraphs.at(-1)!.span.end }
    const quote: Quote = {
      text: paragraphs.map((p) => p.text).join('\n\n'),
      span,
      paragraphs,
      speaker: read.speaker,
      cue: read.cue,
      rule: read.rule,
    }
    if (!item.run.closed) {
      onDiagnostic?.({
        ruleId: 'quotes/unclosed',
        message: 'Unexpected end of paragraph inside a quote, expected a closing mark; kept up to there.',
        span,
      })
    }
    if (quote.speaker === null) {
      onDiagnostic?.({
        ruleId: 'quotes/no-speaker',
        message:
          'Unexpected quote without a speaker, expected a name, pronoun or organisation that says it; kept without one.',
        span,
      })
    }
    quotes.push(quote)
    previous = { quote, lastBlock: item.run.segments.at(-1)!.block }
  }
  return quotes
}

/** The paragraphs of a run without their edge spaces; a paragraph of nothing but space is left out. */
function paragraphsOf(run: QuoteRun, blocks: readonly TextBlock[]): Quote['paragraphs'] {
  return run.segments.flatMap((seg) => {
    const block = blocks[seg.block]!
    const raw = block.text.slice(seg.start, seg.end)
    const lead = LEAD_SPACE.exec(raw)![0].length
    const text = trimEndChars(raw.slice(lead))
    const start = block.start + seg.start + lead
    return text.length > 0 ? [{ text, span: { start, end: start + text.length } }] : []
  })
}

/**
 * The release's people from the speakers of its quotes and the people speaking with them. Sets
 * each speaker's `personId`, and its name and title (and its co-speakers' names) to the person's
 * fullest: a surname-only first mention is completed by a later full one.
 */
export function linkPeople(
  quotes: readonly Quote[],
  entryOf: ReadonlyMap<Speaker, Registered>,
  coEntriesOf: ReadonlyMap<Speaker, readonly Registered[]> = new Map(),
): Person[] {
  const used: Registered[] = []
  for (const q of quotes) {
    const entry = q.speaker ? entryOf.get(q.speaker) : undefined
    if (entry) used.push(entry)
    if (q.speaker) used.push(...(coEntriesOf.get(q.speaker) ?? []))
  }
  const { people, ids } = toPeople(used)
  for (const q of quotes) {
    const entry = q.speaker ? entryOf.get(q.speaker) : undefined
    if (!q.speaker || !entry) continue
    q.speaker.personId = ids.get(entry)!
    q.speaker.name = entry.name
    if (entry.kind === 'person' && q.speaker.title === null) q.speaker.title = entry.title
    const others = coEntriesOf.get(q.speaker)
    if (others) q.speaker.coSpeakers = others.map((o) => o.name)
  }
  return people
}
