import { z } from 'zod'
import type { Person, Quote, Span, Speaker } from '../model'
import { type DiagnosticSink, parseOptions } from '../options'
import { type ParserInput, type TextBlock, toBlocks } from '../text/blocks'
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  attributionInPreviousBlock,
  type SpeakerRef,
  signature,
  subjectOfLastSentence,
} from './attribution'
import { pairMarks, type QuoteRun } from './marks'
import { compileLexicon, DEFAULT_LISTS, type Lexicon, type LexiconLists } from './patterns'
import { findPeople, type PersonMention } from './people'
import { addMention, type MentionRecord, type Registered, SpeakerRegistry, toPeople } from './registry'
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
const SIGNATURE_DASH = /^[—–-][ \u00a0]?/u
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
  const settings = parseOptions(ExtractQuotesOptionsSchema, options, 'extractQuotes') as ExtractQuotesOptions
  const lexicon = lexiconFor(settings)
  const minWords = settings.minUnattributedWords ?? 10
  const all = toBlocks(input)
  const blocks = all.filter((b) => b.kind !== 'title')
  const runs = pairMarks(blocks)
  if (runs.length === 0) return { quotes: [], people: [] }
  const events = narrationEvents(all, blocks, runs, lexicon)

  const found: Found[] = []
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
    let window: Window | null = attribution
      ? { block: firstBlock, from: openMark - before.length, to: openMark, last: true }
      : null
    if (attribution === null && opensBlock && first.block > 0) {
      const previous = blocks[first.block - 1]!
      attribution = attributionInPreviousBlock(previous.text, lexicon)
      window = { block: previous, from: 0, to: previous.text.length, last: true }
    }
    if (attribution === null || attribution.rule === 'quotes/mixed') {
      const afterAttribution =
        endsLikeSpeech(lastBlock.text, last.end, after) || cueOpens(after, lexicon)
          ? attributionAfter(after, lexicon)
          : null
      if (afterAttribution) {
        attribution = afterAttribution
        at = lastBlock.start + last.end
        window = { block: lastBlock, from: run.closeEnd, to: run.closeEnd + after.length, last: false }
      }
    }
    const nextBlock = blocks[last.block + 1]
    if (attribution === null && run.closed && after.trim().length === 0 && nextBlock !== undefined) {
      // A signature line under a statement: "— Jane Doe, Chief Executive".
      const dash = SIGNATURE_DASH.exec(nextBlock.text)
      const signed = dash ? signature(nextBlock.text.slice(dash[0].length), lexicon) : null
      if (signed) {
        attribution = signed
        window = { block: nextBlock, from: 0, to: nextBlock.text.length, last: false }
      }
    }
    if (
      attribution === null &&
      opensBlock &&
      first.block > 0 &&
      (prevRun === undefined || prevRun.segments.at(-1)!.block < first.block - 1)
    ) {
      const previous = blocks[first.block - 1]!
      attribution = subjectOfLastSentence(previous.text, lexicon)
      if (attribution) window = { block: previous, from: 0, to: previous.text.length, last: true }
    }
    if (attribution === null && beforeFrom === 0 && before.trim().length > 0) {
      // A quote whose opening mark is missing, then “…” said Mr X. “…”: the narration goes on.
      const close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'))
      const tail = close >= 0 ? before.slice(close + 1) : ''
      const read = tail.length <= 160 && /[.!?]\s*$/.test(tail) ? attributionAfter(tail, lexicon) : null
      if (read && read.speaker.kind === 'person') {
        attribution = { ...read, rule: 'quotes/interrupted' }
        window = { block: firstBlock, from: openMark - tail.length, to: openMark, last: false }
      }
    }
    if (attribution === null && beforeFrom > 0) {
      // “…,” she said. “…”: the narration between two quotes attributes the second one too.
      const gap = attributionAfter(firstBlock.text.slice(beforeFrom, Math.max(beforeFrom, openMark)), lexicon)
      if (gap) {
        attribution = { ...gap, rule: 'quotes/interrupted' }
        window = { block: firstBlock, from: beforeFrom, to: Math.max(beforeFrom, openMark), last: false }
      }
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
      window = previousFound.window
    }
    if (attribution === null) {
      const label = lexicon.labelBefore.test(before)
      const n = countWords(firstBlock.text, first, run)
      if (label || n < (opensBlock ? 4 : minWords)) continue
    } else if (attribution.rule === 'quotes/mixed' && lexicon.labelBefore.test(before)) {
      continue
    }
    found.push({ run, at, attribution, window })
  }

  return resolve(found, events, blocks, settings.onDiagnostic, (surname, before) =>
    fullNameBefore(all, surname, before, lexicon),
  )
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
  // A quote inside the quote may close first: “… ‘enough is enough,’” said X.
  const lastChar = trimEndChars(text.slice(Math.max(0, closeAt - 4), closeAt), "’'").at(-1) ?? ''
  return /[,.!?…—–-]/u.test(lastChar) || /^\s*,/.test(after)
}

/** True when a cue verb follows the closing mark at once: “… achievements” said USMS Director X. */
function cueOpens(after: string, lexicon: Lexicon): boolean {
  const lead = LEAD_SPACE.exec(after)![0].length
  if (lead === 0) return false
  lexicon.cue.lastIndex = 0
  const cue = lexicon.cue.exec(after.slice(lead, lead + 40))
  return cue !== null && cue.index === 0
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

/** The full mention of a person known so far by surname alone, from anywhere before `before`. */
type LookBack = (
  surname: string,
  before: number,
) => { name: string; title: string | null; role: string | null; text: string; span: Span } | null

/** How many surnames a release may look back for: each look reads the release once. */
const LOOK_BACKS = 8

/**
 * The first full mention ("Special Agent in Charge Constance Hester") of a surname before an
 * offset, read from all the release's blocks; memoised per surname, and bounded per release.
 */
function fullNameBefore(
  blocks: readonly TextBlock[],
  surname: string,
  before: number,
  lexicon: Lexicon,
  memo = lookBackMemo(blocks),
): ReturnType<LookBack> {
  if (memo.has(surname)) return memo.get(surname)!
  if (memo.size >= LOOK_BACKS) return null
  let found: ReturnType<LookBack> = null
  for (const block of blocks) {
    if (block.start >= before || found) break
    if (!block.text.includes(surname)) continue
    for (const m of findPeople(block.text, lexicon)) {
      if (m.name.includes(' ') && m.name.endsWith(` ${surname}`)) {
        const start = block.start + m.start
        found = {
          name: m.name,
          title: m.title,
          role: m.role,
          text: m.text,
          span: { start, end: start + m.text.length },
        }
        break
      }
    }
  }
  memo.set(surname, found)
  return found
}

const lookBackMemos = new WeakMap<readonly TextBlock[], Map<string, ReturnType<LookBack>>>()

function lookBackMemo(blocks: readonly TextBlock[]): Map<string, ReturnType<LookBack>> {
  let memo = lookBackMemos.get(blocks)
  if (!memo) {
    memo = new Map()
    lookBackMemos.set(blocks, memo)
  }
  return memo
}

/** Where an attribution was read: a range of one block, searched from its end when `last`. */
interface Window {
  readonly block: TextBlock
  readonly from: number
  readonly to: number
  readonly last: boolean
}

interface Found {
  readonly run: QuoteRun
  readonly at: number
  readonly attribution: Attribution | null
  readonly window: Window | null
}

/** Turns runs into quotes: resolves speakers in input order against the release's registry. */
function resolve(
  found: readonly Found[],
  events: readonly NarrationEvent[],
  blocks: readonly TextBlock[],
  onDiagnostic: DiagnosticSink | undefined,
  lookBack: LookBack,
): QuotesAndPeople {
  const registry = new SpeakerRegistry()
  const quotes: Quote[] = []
  const entryOf = new Map<Speaker, Registered>()
  let e = 0
  let previous: { quote: Quote; lastBlock: number } | null = null
  const ordered = [...found].sort((a, b) => a.at - b.at)
  const speakers = new Map<QuoteRun, { speaker: Speaker | null; cue: string | null; rule: string }>()
  for (const item of ordered) {
    for (; e < events.length && events[e]!.at < item.at; e++) replay(registry, events[e]!)
    if (item.attribution) {
      const ref = item.attribution.speaker
      if (ref.kind === 'person' && !ref.mention.name.includes(' ') && !registry.knows(ref.mention.name)) {
        // "said Hester" far below "Constance Hester": the paragraphs read for people may not reach back.
        const earlier = lookBack(ref.mention.name, item.at)
        if (earlier) {
          registry.mention(earlier.name, earlier.title, earlier.role, earlier.span.start, earlier)
        }
      }
      const read = speakerOf(ref, registry, item.at, item.window)
      if (read) entryOf.set(read.speaker, read.entry)
      speakers.set(item.run, {
        speaker: read?.speaker ?? null,
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
  return { quotes, people: linkPeople(quotes, entryOf) }
}

/** The release's people from the speakers of its quotes; sets each speaker's `personId` and full name. */
function linkPeople(quotes: readonly Quote[], entryOf: ReadonlyMap<Speaker, Registered>): Person[] {
  const used: Registered[] = []
  for (const q of quotes) {
    const entry = q.speaker ? entryOf.get(q.speaker) : undefined
    if (entry) used.push(entry)
  }
  const { people, ids } = toPeople(used)
  for (const q of quotes) {
    const entry = q.speaker ? entryOf.get(q.speaker) : undefined
    if (!q.speaker || !entry) continue
    q.speaker.personId = ids.get(entry)!
    // A surname-only first mention is completed by a later full one.
    q.speaker.name = entry.name
    if (entry.kind === 'person' && q.speaker.title === null) q.speaker.title = entry.title
  }
  return people
}

function replay(registry: SpeakerRegistry, event: NarrationEvent): void {
  if (event.kind === 'role') registry.describe(event.role, event.until)
  else {
    const m = event.mention
    registry.mention(m.name, m.title, m.role, event.at, {
      text: m.text,
      span: { start: event.at, end: event.at + m.text.length },
    })
  }
}

/** Where `needle` stands in the window, as a whole word; the match nearest the quote. */
function locate(
  window: Window | null,
  needle: string,
  caseless = false,
): { text: string; span: Span } | null {
  if (window === null || needle.length === 0) return null
  const hay = window.block.text.slice(window.from, window.to)
  const h = caseless ? hay.toLowerCase() : hay
  const n = caseless ? needle.toLowerCase() : needle
  let at = window.last ? h.lastIndexOf(n) : h.indexOf(n)
  while (at >= 0) {
    if (!/[\p{L}\p{N}]/u.test(h[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(h[at + n.length] ?? '')) {
      const start = window.block.start + window.from + at
      return { text: hay.slice(at, at + n.length), span: { start, end: start + n.length } }
    }
    at = window.last ? (at > 0 ? h.lastIndexOf(n, at - 1) : -1) : h.indexOf(n, at + 1)
  }
  return null
}

function withRule(place: { text: string; span: Span } | null, rule: string): MentionRecord | null {
  return place ? { ...place, rule } : null
}

function speakerOf(
  ref: SpeakerRef,
  registry: SpeakerRegistry,
  at: number,
  window: Window | null,
): { speaker: Speaker; entry: Registered } | null {
  switch (ref.kind) {
    case 'person': {
      const m = ref.mention
      const place = locate(window, m.text)
      const p = registry.mention(m.name, m.title, m.role, place?.span.start ?? at, place ?? undefined)
      return {
        speaker: { name: p.name, title: p.title, role: m.role ?? p.role, kind: 'person', personId: '' },
        entry: p,
      }
    }
    case 'pronoun': {
      const mention = withRule(locate(window, ref.word, true), 'people/pronoun')
      if (ref.word === 'he' || ref.word === 'she') {
        const p = registry.resolvePronoun(ref.word)
        if (!p) return null
        if (mention) addMention(p, mention)
        return {
          speaker: {
            name: p.name,
            title: p.title,
            role: p.role,
            kind: 'person',
            inferred: true,
            personId: '',
          },
          entry: p,
        }
      }
      const o = registry.lastOrganisation
      if (!o) return null
      if (mention) addMention(o, mention)
      return {
        speaker: {
          name: o.name,
          title: null,
          role: o.role,
          kind: 'organisation',
          inferred: true,
          personId: '',
        },
        entry: o,
      }
    }
    case 'description': {
      const p = registry.resolveDescription(ref.head)
      if (!p) return null
      if (ref.role) p.role = ref.role
      const mention = withRule(locate(window, ref.text), 'people/title-only')
      if (mention) addMention(p, mention)
      return {
        speaker: { name: p.name, title: p.title, role: p.role, kind: 'person', inferred: true, personId: '' },
        entry: p,
      }
    }
    case 'organisation': {
      const place = locate(window, ref.name)
      const o = registry.organisation(ref.name, ref.role, place?.span.start ?? at)
      const mention = withRule(place, 'people/organisation')
      if (mention) addMention(o, mention)
      return {
        speaker: { name: o.name, title: null, role: o.role, kind: 'organisation', personId: '' },
        entry: o,
      }
    }
    default:
      return null
  }
}
