/**
 * Scores `extractQuotes` on the PolNeAR test split (84 political news articles, 2016, with
 * attribution relations annotated; Newell, Margolin and Ruths, "An attribution relations corpus
 * for political news", LREC 2018) and prints detection P/R/F1 and speaker accuracy beside
 * compromise's `quotations()` as the peer. The data is read where it lies and never copied into
 * the project (it has no licence).
 *
 *   npx tsx scripts/eval-polnear.ts [--dir ../shared/peers/polnear] [--misses]
 *
 * Protocol (ours): per article, the first annotation file (alphabetical annotator id). A gold
 * quote is a relation whose Content holds a quotation mark (direct or mixed quotes). A predicted
 * quote matches a gold one when at least half of its characters lie inside the gold Content; each
 * gold quote is matched once, and further predictions inside the same Content (a quote split by
 * its attribution) are neither credited nor counted against. Speaker accuracy is over matched
 * quotes whose gold Source is a name or description, not a bare pronoun (PolNeAR does not resolve
 * pronouns; we do): our speaker is right when the last word of its name occurs in the Source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import nlp from 'compromise'
import { inferPublishedOn } from '../src/dates/find-dates'
import type { Quote } from '../src/model'
import { extractQuotes } from '../src/quotes/extract-quotes'
import { emptyDating, formatDating, tallyDating } from './eval/dating'

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: '../shared/peers/polnear' },
    misses: { type: 'boolean', default: false },
  },
})
const textDir = join(args.dir!, 'data/test/text')
const annDir = join(args.dir!, 'data/test/attributions')
if (!existsSync(textDir) || !existsSync(annDir)) {
  console.error(`eval-polnear: no PolNeAR test data under ${args.dir} (use --dir DIR)`)
  process.exit(2)
}

interface Span {
  start: number
  end: number
}
interface GoldQuote {
  content: Span[]
  text: string
  source: string | null
}
interface Predicted {
  span: Span
  text: string
  speaker: string | null
}

const QUOTE_MARK = /[“”"]/
const PRONOUN = /^(?:he|she|they|we|i|it|you|him|her|them|us|me|who)$/i

/** The direct-quote relations of one brat file: Content spans holding a quotation mark, with their Source. */
function readGold(ann: string): GoldQuote[] {
  const spans = new Map<string, { label: string; parts: Span[]; text: string }>()
  const relations: Array<Record<string, string>> = []
  for (const line of ann.split('\n')) {
    const cols = line.split('\t')
    if (line.startsWith('T') && cols.length >= 3) {
      const [label, ...rest] = cols[1]!.split(' ')
      const parts = rest
        .join(' ')
        .split(';')
        .map((p) => {
          const [s, e] = p.trim().split(' ').map(Number)
          return { start: s!, end: e! }
        })
      spans.set(cols[0]!, { label: label!, parts, text: cols[2]! })
    } else if (line.startsWith('E') && cols.length >= 2) {
      const roles: Record<string, string> = {}
      for (const arg of cols[1]!.split(' ')) {
        const [role, id] = arg.split(':')
        if (role && id) roles[role] = id
      }
      relations.push(roles)
    }
  }
  const out: GoldQuote[] = []
  for (const r of relations) {
    const content = r.Content ? spans.get(r.Content) : undefined
    if (!content || !QUOTE_MARK.test(content.text)) continue
    const source = r.Source ? (spans.get(r.Source)?.text ?? null) : null
    out.push({ content: content.parts, text: content.text, source })
  }
  return out
}

function inside(p: Span, g: GoldQuote): number {
  let n = 0
  for (const c of g.content) n += Math.max(0, Math.min(p.end, c.end) - Math.max(p.start, c.start))
  return n / Math.max(1, p.end - p.start)
}

function ours(text: string): Predicted[] {
  return extractQuotes(text).map((q: Quote) => ({
    span: q.span,
    text: q.text,
    speaker: q.speaker?.name ?? null,
  }))
}

function compromise(text: string): Predicted[] {
  const found = nlp(text).quotations().json({ offset: true }) as Array<{
    text: string
    offset: { start: number; length: number }
  }>
  return found.map((q) => ({
    span: { start: q.offset.start, end: q.offset.start + q.offset.length },
    text: q.text,
    speaker: null,
  }))
}

interface Score {
  tp: number
  fp: number
  fn: number
  speakerRight: number
  speakerTotal: number
  pronounSources: number
  misses: string[]
}

function score(gold: GoldQuote[], predicted: Predicted[], s: Score): void {
  const used = new Set<GoldQuote>()
  for (const p of predicted) {
    const g = gold.find((x) => inside(p.span, x) >= 0.5)
    if (!g) {
      s.fp++
      if (args.misses) s.misses.push(`  extra   ${JSON.stringify(p.text.slice(0, 80))}`)
      continue
    }
    if (used.has(g)) continue
    used.add(g)
    s.tp++
    if (g.source === null) continue
    if (PRONOUN.test(g.source.trim())) {
      s.pronounSources++
      continue
    }
    s.speakerTotal++
    const last = p.speaker?.split(/\s+/).at(-1)?.toLowerCase()
    const right =
      last !== undefined &&
      g.source
        .toLowerCase()
        .split(/[^\p{L}\p{N}’'-]+/u)
        .includes(last)
    if (right) s.speakerRight++
    else if (args.misses)
      s.misses.push(`  speaker ${JSON.stringify(p.speaker)} vs ${JSON.stringify(g.source)}`)
  }
  for (const g of gold) {
    if (used.has(g)) continue
    s.fn++
    if (args.misses) s.misses.push(`  missed  ${JSON.stringify(g.text.slice(0, 80))}`)
  }
}

const empty = (): Score => ({
  tp: 0,
  fp: 0,
  fn: 0,
  speakerRight: 0,
  speakerTotal: 0,
  pronounSources: 0,
  misses: [],
})
const mine = empty()
const peer = empty()
const dating = emptyDating()
const anns = readdirSync(annDir).sort()
let articles = 0
let goldCount = 0
for (const file of readdirSync(textDir).sort()) {
  const base = file.replace(/\.txt$/, '')
  const ann = anns.find((a) => a.startsWith(`${base}_`))
  if (!ann) continue
  articles++
  const text = readFileSync(join(textDir, file), 'utf8')
  const gold = readGold(readFileSync(join(annDir, ann), 'utf8'))
  goldCount += gold.length
  if (args.misses) mine.misses.push(file)
  score(gold, ours(text), mine)
  score(gold, compromise(text), peer)
  // The file name holds the publication date: publisher_YYYY-MM-DD_slug.
  const published = /_(\d{4}-\d{2}-\d{2})_/.exec(file)?.[1]
  if (published) tallyDating(dating, inferPublishedOn(text, { monthFirst: true }), published, file)
}

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`)
function row(name: string, s: Score, withSpeaker: boolean): void {
  const p = s.tp / Math.max(1, s.tp + s.fp)
  const r = s.tp / Math.max(1, s.tp + s.fn)
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r)
  const speaker = withSpeaker
    ? `speaker ${pct(s.speakerRight, s.speakerTotal)} (${s.speakerRight}/${s.speakerTotal}; ${s.pronounSources} pronoun sources not scored)`
    : 'speaker   n/a (no attribution)'
  console.log(
    `${name.padEnd(22)} ${pct(s.tp, s.tp + s.fp)} ${pct(s.tp, s.tp + s.fn)} ${pct(f, 1)}   ${speaker}`,
  )
}
console.log(
  `PolNeAR test: ${articles} articles, ${goldCount} relations with quotation marks in their Content\n`,
)
console.log(`${'quotes'.padEnd(22)}      P       R      F1`)
row('press-extract', mine, true)
row('compromise (peer)', peer, false)
console.log(`\n${formatDating(dating)}`)
if (args.misses) console.log([...mine.misses, ...dating.misses].join('\n'))
