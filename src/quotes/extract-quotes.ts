import { z } from 'zod'
import type { Quote, Speaker } from '../model'
import { type DiagnosticSink, parseOptions } from '../options'
import { type ParserInput, type TextBlock, toBlocks } from '../text/blocks'
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  attributionInPreviousBlock,
  type SpeakerRef,
} from './attribution'
import { pairMarks, type QuoteRun } from './marks'
import { compileLexicon, DEFAULT_LISTS, type Lexicon, type LexiconLists } from './patterns'
import { findPeople, type PersonMention } from './people'
import { SpeakerRegistry } from './registry'
import { trimEndChars } from './scan'

const isFunction = (v: unknown): v is DiagnosticSink => typeof v === 'function'
const words = z.array(z.string().min(1))

/** The options of `extractQuotes`, validated with zod. */
export const ExtractQuotesOptionsSchema = z.strictObject({
  onDiagnostic: z.custom<DiagnosticSink>(isFunction, { error: 'expected a function' }).optional(),
  cueVerbs: words.optional(),
  titles: words.optional(),
  postNominals: words.optional(),
  roleNouns: words.optional(),
  organisationWords: words.optional(),
  labelWords: words.optional(),
  minUnattributedWords: z.number().int().positive().optional(),
})

export interface ExtractQuotesOptions {
  /** Called with each diagnostic; default: none. */
  onDiagnostic?: DiagnosticSink
  /** More attribution verbs, added to `CUE_VERBS` ("quipped"). Default: none. */
  cueVerbs?: string[]
  /** More ranks, honorifics and offices, added to `TITLES`. Default: none. */
  titles?: string[]
  /** More post-nominal letters, added to `POST_NOMINALS`. Default: none. */
  postNominals?: string[]
  /** More role nouns, added to `ROLE_NOUNS` ("warden"). Default: none. */
  roleNouns?: string[]
  /** More organisation words, added to `ORGANISATION_WORDS`. Default: none. */
  organisationWords?: string[]
  /** More label words that make a quoted phrase a term, added to `LABEL_WORDS`. Default: none. */
  labelWords?: string[]
  /**
   * The fewest words a quote needs to be kept when nobody is said to speak it and it does not
   * open its paragraph: shorter ones are scare quotes, terms or titles. Default: 10.
   */
  minUnattributedWords?: number
}

const DEFAULT_LEXICON = compileLexicon(DEFAULT_LISTS)
const AFTER_LIMIT = 300
/** How many paragraphs before a quote are read for the people its attribution may refer to. */
const NEAR_BLOCKS = 12
const BEFORE_LIMIT = 500
const LEAD_SPACE = /^\s*/u
const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu

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
 * //      speaker: { name: 'Chris Haward', title: 'Chief Constable', role: 'NPCC Lead for SOC', kind: 'person', personId: '' }, … }]
 */
export function extractQuotes(input: ParserInput, options: ExtractQuotesOptions = {}): Quote[] {
  const settings = parseOptions(ExtractQuotesOptionsSchema, options, 'extractQuotes') as ExtractQuotesOptions
  const lexicon = lexiconFor(settings)
  const minWords = settings.minUnattributedWords ?? 10
  const all = toBlocks(input)
  const blocks = all.filter((b) => b.kind !== 'title')
  const runs = pairMarks(blocks)
  if (runs.length === 0) return []
  const events = narrationEvents(all, blocks, runs, lexicon)

  const found: Array<{ run: QuoteRun; at: number; attribution: Attribution | null }> = []
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!
    const first = run.segments[0]!
    const last = run.segments.at(-1)!
    const firstBlock = blocks[first.block]!
    const lastBlock = blocks[last.block]!
    const prevRun = runs[k - 1]
    const nextRun = runs[k + 1]
    const beforeFrom = prevRun && prevRun.segments.at(-1)!.block === first.block ? prevRun.closeEnd : 0
    const openMark = run.openMark
    const before = firstBlock.text.slice(Math.max(beforeFrom, openMark - BEFORE_LIMIT), Math.max(0, openMark))
    const afterTo =
      nextRun && nextRun.segments[0]!.block === last.block ? nextRun.openMark : lastBlock.text.length
    const after = run.closed
      ? lastBlock.text.slice(run.closeEnd, Math.min(afterTo, run.closeEnd + AFTER_LIMIT))
      : ''
    const opensBlock = before.trim().length === 0 && beforeFrom === 0
    let attribution = attributionBefore(before, lexicon)
    let at = firstBlock.start + openMark
    if (attribution === null && opensBlock && first.block > 0) {
      attribution = attributionInPreviousBlock(blocks[first.block - 1]!.text, lexicon)
    }
    if (attribution === null || attribution.rule === 'quotes/mixed') {
      const afterAttribution = endsLikeSpeech(lastBlock.text, last.end, after)
        ? attributionAfter(after, lexicon)
        : null
      if (afterAttribution) {
        attribution = afterAttribution
        at = lastBlock.start + last.end
      }
    }
    if (attribution === null && beforeFrom > 0) {
      // “…,” she said. “…”: the narration between two quotes attributes the second one too.
      const gap = attributionAfter(firstBlock.text.slice(beforeFrom, Math.max(beforeFrom, openMark)), lexicon)
      if (gap) attribution = { ...gap, rule: 'quotes/interrupted' }
    }
    const previousFound = found.at(-1)
    if (
      attribution === null &&
      beforeFrom > 0 &&
      previousFound !== undefined &&
      previousFound.run === prevRun &&
      previousFound.attribution?.rule === 'quotes/mixed' &&
      !/[.!?]\s/.test(before)
    ) {
      // ‘the efficient and rigorous process’ … as well as the ‘significant impact’: one reported sentence.
      attribution = previousFound.attribution
    }
    if (attribution === null) {
      const label = lexicon.labelBefore.test(before)
      const n = countWords(firstBlock.text, first, run)
      if (label || n < (opensBlock ? 4 : minWords)) continue
    } else if (attribution.rule === 'quotes/mixed' && lexicon.labelBefore.test(before)) {
      continue
    }
    found.push({ run, at, attribution })
  }

  return resolve(found, events, blocks, settings.onDiagnostic)
}

function lexiconFor(settings: ExtractQuotesOptions): Lexicon {
  const extra: Partial<Record<keyof LexiconLists, string[] | undefined>> = {
    cueVerbs: settings.cueVerbs,
    titles: settings.titles,
    postNominals: settings.postNominals,
    roleNouns: settings.roleNouns,
    organisationWords: settings.organisationWords,
    labelWords: settings.labelWords,
  }
  if (Object.values(extra).every((v) => v === undefined || v.length === 0)) return DEFAULT_LEXICON
  // Compiled once per distinct set of lists, not once per release that `extract` hands over.
  const key = JSON.stringify(extra)
  const cached = customLexicons.get(key)
  if (cached) return cached
  const lists = { ...DEFAULT_LISTS }
  for (const name of Object.keys(extra) as Array<keyof LexiconLists>) {
    const more = extra[name]
    if (more) lists[name] = [...DEFAULT_LISTS[name], ...more]
  }
  const lexicon = compileLexicon(lists)
  if (customLexicons.size >= 32) customLexicons.clear()
  customLexicons.set(key, lexicon)
  return lexicon
}

const customLexicons = new Map<string, Lexicon>()

/** True when the quote ends as speech does before an attribution: “…,” or “….” or a comma after. */
function endsLikeSpeech(text: string, closeAt: number, after: string): boolean {
  const lastChar =
    text
      .slice(Math.max(0, closeAt - 2), closeAt)
      .trimEnd()
      .at(-1) ?? ''
  return /[,.!?…—–-]/u.test(lastChar) || /^\s*,/.test(after)
}

function countWords(text: string, first: { start: number; end: number }, run: QuoteRun): number {
  if (run.segments.length > 1) return Number.MAX_SAFE_INTEGER
  WORD.lastIndex = 0
  const slice = text.slice(first.start, first.end)
  let n = 0
  while (WORD.exec(slice) !== null) n++
  return n
}

type NarrationEvent =
  | { readonly at: number; readonly kind: 'person'; readonly mention: PersonMention }
  | { readonly at: number; readonly kind: 'role'; readonly role: string; readonly until: number }

/**
 * The people named in the narration (quotes masked out), and roles described before their holder
 * is named, in input order: the registry replays them so pronouns resolve to the latest person.
 */
function narrationEvents(
  all: readonly TextBlock[],
  blocks: readonly TextBlock[],
  runs: readonly QuoteRun[],
  lexicon: Lexicon,
): NarrationEvent[] {
  // `blocks` is `all` without its title, which only ever comes first.
  const offset = all.length - blocks.length
  const masks: Array<Array<[number, number]> | undefined> = []
  // Only the paragraphs that lead up to a quote can name its speaker: the rest is not read.
  const near = new Uint8Array(all.length)
  let marked = -1
  for (const run of runs) {
    const segments = run.segments
    const lastSeg = segments.at(-1)!
    for (const seg of segments) {
      const list = masks[seg.block] ?? []
      const from = seg === segments[0] ? run.openMark : Math.max(0, seg.start - 1)
      list.push([from, seg === lastSeg ? run.closeEnd : blocks[seg.block]!.text.length])
      masks[seg.block] = list
    }
    const first = segments[0]!.block + offset
    for (let b = Math.max(marked + 1, first - NEAR_BLOCKS); b <= first; b++) near[b] = 1
    marked = Math.max(marked, first)
    near[lastSeg.block + offset] = 1
  }
  for (let b = 0; b < all.length; b++)
    if (all[b]!.kind === 'title' || all[b]!.kind === 'standfirst') near[b] = 1
  const events: NarrationEvent[] = []
  for (let b = 0; b < all.length; b++) {
    if (near[b] === 0) continue
    const block = all[b]!
    const text = masked(block.text, b >= offset ? masks[b - offset] : undefined)
    const people = findPeople(text, lexicon)
    for (const mention of people) events.push({ at: block.start + mention.start, kind: 'person', mention })
    // Headlines are telegraphic ("NPCC welcomes first ever lead for AI"): their roles describe no one yet.
    const described = block.kind === 'title' ? null : describedRoleIn(text)
    if (described && (people.length === 0 || people[0]!.start > described.index)) {
      const next = all[b + 3]
      events.push({
        at: block.start + described.index,
        kind: 'role',
        role: described.role,
        until: next?.start ?? Number.POSITIVE_INFINITY,
      })
    }
  }
  return events.sort((a, b) => a.at - b.at)
}

const ROLE_HEAD = /(?:lead|head|chair|director) (?:for|of) /i
/** Words that end a described role on its left: "from policing’s first-ever lead", "The … lead". */
const PHRASE_STOP = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'is',
  'of',
  'on',
  'that',
  'the',
  'to',
  'was',
  'with',
])

/** A role described in a paragraph, with where it starts; the cheap head test first, since most paragraphs have none. */
function describedRoleIn(text: string): { index: number; role: string } | null {
  const head = ROLE_HEAD.exec(text)
  if (head === null || /\p{L}/u.test(text[head.index - 1] ?? '')) return null
  // Left: up to three words of the same phrase ("policing’s first-ever", "first-ever policing").
  const left = text.slice(Math.max(0, head.index - 80), head.index).split(' ')
  left.pop()
  let start = head.index
  let article = false
  for (let k = 0; k < 3 && left.length > 0; k++) {
    const word = left.pop()!
    if (word === '' || /[,.;:!?)]$/.test(word)) break
    if (PHRASE_STOP.has(word.toLowerCase())) {
      article = /^(?:the|an?)$/i.test(word)
      break
    }
    start -= word.length + 1
  }
  // Right: the capitalised name of what is led ("Artificial Intelligence (AI)").
  const tail = text.slice(head.index + head[0].length, head.index + head[0].length + 200).split(' ')
  let end = head.index + head[0].length
  let taken = 0
  let pending = 0
  for (const token of tail) {
    const word = trimEndChars(token, ',.;:')
    if (/^(?:\p{Lu}[\p{L}’'&-]*|\([^)\s]{1,30}\)|&)$/u.test(word)) {
      end += pending + word.length
      pending = token.length - word.length + 1
      taken++
      if (word !== token) break
    } else if (/^(?:and|of|the|&)$/.test(token) && taken > 0) {
      pending += token.length + 1
    } else break
  }
  if (taken === 0) return null
  let role = text.slice(start, end)
  if (article) role = role.replace(/^(?:first-ever|new|newly[ -]appointed) /, '')
  return { index: start, role }
}

function masked(text: string, ranges: Array<[number, number]> | undefined): string {
  if (!ranges) return text
  let out = ''
  let from = 0
  for (const [s, e] of ranges.sort((a, b) => a[0] - b[0])) {
    if (s < from) continue
    out += text.slice(from, s) + ' '.repeat(e - s)
    from = e
  }
  return out + text.slice(from)
}

/** Turns runs into quotes: resolves speakers in input order against the release's registry. */
function resolve(
  found: ReadonlyArray<{ run: QuoteRun; at: number; attribution: Attribution | null }>,
  events: readonly NarrationEvent[],
  blocks: readonly TextBlock[],
  onDiagnostic: DiagnosticSink | undefined,
): Quote[] {
  const registry = new SpeakerRegistry()
  const quotes: Quote[] = []
  let e = 0
  let previous: { quote: Quote; lastBlock: number } | null = null
  const ordered = [...found].sort((a, b) => a.at - b.at)
  const speakers = new Map<QuoteRun, { speaker: Speaker | null; cue: string | null; rule: string }>()
  for (const item of ordered) {
    for (; e < events.length && events[e]!.at < item.at; e++) replay(registry, events[e]!)
    if (item.attribution) {
      speakers.set(item.run, {
        speaker: speakerOf(item.attribution.speaker, registry, item.at),
        cue: item.attribution.cue,
        rule: item.attribution.rule,
      })
    }
  }
  for (const item of found) {
    const paragraphs = item.run.segments.flatMap((seg) => {
      const block = blocks[seg.block]!
      const raw = block.text.slice(seg.start, seg.end)
      const lead = LEAD_SPACE.exec(raw)![0].length
      const text = trimEndChars(raw.slice(lead))
      const start = block.start + seg.start + lead
      return text.length > 0 ? [{ text, span: { start, end: start + text.length } }] : []
    })
    if (paragraphs.length === 0) continue
    const firstBlock = item.run.segments[0]!.block
    let read = speakers.get(item.run)
    if (read === undefined && previous !== null && previous.lastBlock >= firstBlock - 1) {
      // A paragraph that reopens right after a quote goes on with the same speaker.
      read = { speaker: previous.quote.speaker, cue: previous.quote.cue, rule: 'quotes/continued' }
    }
    const span = { start: paragraphs[0]!.span.start, end: paragraphs.at(-1)!.span.end }
    const quote: Quote = {
      text: paragraphs.map((p) => p.text).join('\n\n'),
      span,
      paragraphs,
      speaker: read?.speaker ?? null,
      cue: read?.cue ?? null,
      rule: read?.rule ?? 'quotes/unattributed',
    }
    if (!item.run.closed) {
      onDiagnostic?.({
        ruleId: 'quotes/unclosed',
        message: 'Unexpected end of paragraph inside a quote, expected a closing mark; kept up to there.',
        span,
      })
    }
    quotes.push(quote)
    previous = { quote, lastBlock: item.run.segments.at(-1)!.block }
  }
  return quotes
}

function replay(registry: SpeakerRegistry, event: NarrationEvent): void {
  if (event.kind === 'role') registry.describe(event.role, event.until)
  else registry.mention(event.mention.name, event.mention.title, event.mention.role, event.at)
}

function speakerOf(ref: SpeakerRef, registry: SpeakerRegistry, at: number): Speaker | null {
  switch (ref.kind) {
    case 'person': {
      const m = ref.mention
      const p = registry.mention(m.name, m.title, m.role, at)
      return { name: p.name, title: p.title, role: m.role ?? p.role, kind: 'person', personId: '' }
    }
    case 'pronoun': {
      if (ref.word === 'he' || ref.word === 'she') {
        const p = registry.resolvePronoun(ref.word)
        return p ? { name: p.name, title: p.title, role: p.role, kind: 'person', inferred: true, personId: '' } : null
      }
      const o = registry.lastOrganisation
      return o ? { name: o.name, title: null, role: o.role, kind: 'organisation', inferred: true, personId: '' } : null
    }
    case 'description': {
      const p = registry.lastPerson
      if (!p) return null
      if (ref.role) p.role = ref.role
      return { name: p.name, title: p.title, role: p.role, kind: 'person', inferred: true, personId: '' }
    }
    case 'organisation': {
      const o = registry.organisation(ref.name, ref.role)
      return { name: o.name, title: null, role: o.role, kind: 'organisation', personId: '' }
    }
    default:
      return null
  }
}
