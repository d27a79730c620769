/**
 * Scores press-extract against hand-made gold annotations and prints a table per parser, with
 * chrono-node (dates) and Recognizers-Text (statistics) scored on the same text beside ours.
 *
 *   npm run eval -- [--corpus DIR] [--gold DIR] [--json]
 */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { extract } from '../src/extract'
import type { Paragraph, Release } from '../src/model'
import { splitReleases } from '../src/releases/split-releases'
import { type GoldFile, type GoldRelease, readGold } from './eval/gold'
import { chronoDates, type PeerItem, recognizersStatistics } from './eval/peers'
import {
  addCounts,
  type Counts,
  emptyCounts,
  pair,
  prf,
  type Ratio,
  rate,
  ratio,
  sameText,
  spanOverlap,
  tally,
  tokenF1,
} from './eval/score'

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'examples/data' },
    gold: { type: 'string', default: 'test/fixtures/sample/gold' },
    json: { type: 'boolean', default: false },
  },
})
const corpusDir = args.corpus!
const goldDir = args.gold!
if (!existsSync(goldDir) || !existsSync(corpusDir)) {
  console.error(`eval: no gold at ${goldDir} or no corpus at ${corpusDir} (use --corpus DIR --gold DIR)`)
  process.exit(2)
}

const r = {
  releases: {
    found: 0,
    gold: 0,
    extra: 0,
    title: ratio(),
    source: ratio(),
    standfirst: ratio(),
    bodyStart: ratio(),
    bodyEnd: ratio(),
  },
  quotes: {
    counts: emptyCounts(),
    strict: emptyCounts(),
    speaker: ratio(),
    title: ratio(),
    role: ratio(),
    cue: ratio(),
  },
  operations: { counts: emptyCounts(), mentions: emptyCounts() },
  dates: { counts: emptyCounts(), strict: emptyCounts(), value: ratio(), type: ratio(), mod: ratio() },
  chrono: { counts: emptyCounts(), strict: emptyCounts(), value: ratio() },
  publishedOn: ratio(),
  statistics: {
    counts: emptyCounts(),
    strict: emptyCounts(),
    valueUnit: ratio(),
    qualifier: ratio(),
    change: ratio(),
    measure: ratio(),
  },
  recognizers: { counts: emptyCounts(), strict: emptyCounts(), valueUnit: ratio() },
}

const files = readGold(corpusDir, goldDir)
for (const { gold, text } of files) scoreFile(gold, text)
report()

function scoreFile(gold: GoldFile, text: string): void {
  // Map our releases to gold ones by title line, so a missed release does not shift the others.
  const split = splitReleases(text).releases
  const goldFor = (release: Pick<Release, 'titleLine' | 'index'>): GoldRelease | undefined =>
    gold.releases.find((g) => g.titleLine !== null && g.titleLine === release.titleLine) ??
    (release.titleLine === null ? gold.releases[release.index] : undefined)
  const publishedOn = ({ index }: { index: number }) => {
    const s = split[index]
    return (s && goldFor(s)?.publishedOn) ?? undefined
  }
  const given = extract(text, { publishedOn }).releases
  const inferred = extract(text).releases

  r.releases.gold += gold.releases.length
  for (const release of given) {
    const g = goldFor(release)
    if (!g) {
      r.releases.extra++
      continue
    }
    r.releases.found++
    scoreStructure(release, g, text)
    scoreQuotes(release, g)
    scoreOperations(release, g)
    scoreDates(release, g)
    scoreStatistics(release, g)
    const guess = inferred[release.index]?.publishedOn
    if (g.publishedOn) tally(r.publishedOn, !!guess && Math.abs(days(guess.date) - days(g.publishedOn)) <= 7)
  }
}

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000
}

function scoreStructure(release: Release, g: GoldRelease, text: string): void {
  tally(r.releases.title, release.title === g.title)
  tally(r.releases.source, release.source === g.source)
  tally(r.releases.standfirst, release.standfirst === g.standfirst)
  const first = release.paragraphs[0]
  const last = lastBlock(release.paragraphs, text)
  tally(r.releases.bodyStart, !!first && text.slice(first.span.start).startsWith(g.bodyStart))
  tally(r.releases.bodyEnd, !!last && text.slice(last.span.start).startsWith(g.bodyEnd))
}

/** The gold counts a closing run of bullets as one paragraph: its last one starts at the run's first bullet. */
function lastBlock(paragraphs: readonly Paragraph[], text: string): Paragraph | undefined {
  let i = paragraphs.length - 1
  while (i > 0 && paragraphs[i]!.kind === 'bullet' && paragraphs[i - 1]!.kind === 'bullet') {
    const gap = text.slice(paragraphs[i - 1]!.span.end, paragraphs[i]!.span.start)
    if ((gap.match(/\r\n|\r|\n/g) ?? []).length > 1) break
    i--
  }
  return paragraphs[i]
}

function scoreQuotes(release: Release, g: GoldRelease): void {
  const { pairs, counts } = pair(release.quotes, g.quotes, (p, q) => tokenF1(p.text, q.text), 0.5)
  addCounts(r.quotes.counts, counts)
  addCounts(
    r.quotes.strict,
    pair(release.quotes, g.quotes, (p, q) => (sameText(p.text, q.text) ? 1 : 0), 1).counts,
  )
  for (const [p, q] of pairs) {
    tally(r.quotes.speaker, sameText(p.speaker?.name, q.speaker))
    tally(r.quotes.title, sameText(p.speaker?.title, q.title))
    tally(r.quotes.role, sameText(p.speaker?.role, q.role))
    tally(r.quotes.cue, sameText(p.cue, q.cue))
  }
}

function scoreOperations(release: Release, g: GoldRelease): void {
  const { pairs, counts } = pair(
    release.operations,
    g.operations,
    (p, q) => (sameText(p.name, q.name) ? 1 : 0),
    1,
  )
  addCounts(r.operations.counts, counts)
  const predicted = release.operations.flatMap((o) => o.mentions.map((m) => m.text))
  const expected = g.operations.flatMap((o) => o.mentions)
  addCounts(r.operations.mentions, pair(predicted, expected, (a, b) => (a === b ? 1 : 0), 1).counts)
  void pairs
}

function scoreDates(release: Release, g: GoldRelease): void {
  const { pairs, counts } = pair(release.dates, g.dates, (p, q) => spanOverlap(p.span, q.span), 1e-9)
  addCounts(r.dates.counts, counts)
  addCounts(r.dates.strict, strictSpans(release.dates, g.dates))
  for (const [p, q] of pairs) {
    tally(r.dates.value, p.value === q.value)
    tally(r.dates.type, p.type === q.type)
    tally(r.dates.mod, (p.mod ?? null) === (q.mod ?? null))
  }
  const peer = chronoDates(release, release.publishedOn?.date ?? null)
  scorePeer(peer, g.dates, r.chrono, (p, q) => p.value === q.value)
}

function scoreStatistics(release: Release, g: GoldRelease): void {
  const s = r.statistics
  const { pairs, counts } = pair(
    release.statistics,
    g.statistics,
    (p, q) => spanOverlap(p.span, q.span),
    1e-9,
  )
  addCounts(s.counts, counts)
  addCounts(s.strict, strictSpans(release.statistics, g.statistics))
  for (const [p, q] of pairs) {
    tally(s.valueUnit, sameNumber(p.value, q.value) && p.unit === q.unit)
    tally(s.qualifier, p.qualifier === q.qualifier)
    tally(s.change, (p.change ?? null) === (q.change ?? null))
    tally(s.measure, sameText(p.measure, q.measure))
  }
  const peer = recognizersStatistics(release)
  scorePeer(
    peer,
    g.statistics,
    r.recognizers,
    (p, q) => sameNumber(Number(p.value), q.value) && p.unit === q.unit,
    'valueUnit',
  )
}

function scorePeer<G extends { span: { start: number; end: number } }>(
  peer: PeerItem[],
  gold: G[],
  into: { counts: Counts; strict: Counts } & Record<string, Counts | Ratio>,
  right: (p: PeerItem, g: G) => boolean,
  key = 'value',
): void {
  const { pairs, counts } = pair(peer, gold, (p, q) => spanOverlap(p.span, q.span), 1e-9)
  addCounts(into.counts, counts)
  addCounts(into.strict, strictSpans(peer, gold))
  for (const [p, q] of pairs) tally(into[key] as Ratio, right(p, q))
}

function strictSpans(
  predicted: ReadonlyArray<{ span: { start: number; end: number } }>,
  gold: ReadonlyArray<{ span: { start: number; end: number } }>,
): Counts {
  const same = (a: { span: { start: number; end: number } }, b: { span: { start: number; end: number } }) =>
    a.span.start === b.span.start && a.span.end === b.span.end ? 1 : 0
  return pair(predicted, gold, same, 1).counts
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
}

function report(): void {
  if (args.json) {
    console.log(JSON.stringify(r, null, 2))
    return
  }
  const pct = (x: number) => (Number.isNaN(x) ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`)
  const share = (x: Ratio) => `${pct(rate(x))} (${x.ok}/${x.of})`
  const row = (name: string, c: Counts, strict: Counts | null, detail: string) => {
    const { p, r: rec, f1 } = prf(c)
    const s = strict ? pct(prf(strict).f1) : '   –  '
    console.log(`${name.padEnd(22)} ${pct(p)} ${pct(rec)} ${pct(f1)}  ${s}   ${detail}`)
  }
  const rel = r.releases
  console.log(`press-extract eval: ${files.length} files from ${corpusDir}, gold from ${goldDir}\n`)
  console.log(
    `releases   found ${rel.found}/${rel.gold} (extra ${rel.extra})   title ${share(rel.title)}   source ${share(rel.source)}`,
  )
  console.log(
    `           standfirst ${share(rel.standfirst)}   first paragraph ${share(rel.bodyStart)}   last paragraph ${share(rel.bodyEnd)}\n`,
  )
  console.log(`${'parser'.padEnd(22)}      P       R      F1  strict F1  matched items`)
  const q = r.quotes
  row(
    'quotes',
    q.counts,
    q.strict,
    `speaker ${share(q.speaker)}  title ${share(q.title)}  role ${share(q.role)}  cue ${share(q.cue)}`,
  )
  row('operations', r.operations.counts, null, `mentions F1 ${pct(prf(r.operations.mentions).f1)}`)
  const d = r.dates
  row('dates', d.counts, d.strict, `value ${share(d.value)}  type ${share(d.type)}  mod ${share(d.mod)}`)
  row('  chrono-node (peer)', r.chrono.counts, r.chrono.strict, `value ${share(r.chrono.value)}`)
  console.log(`${''.padEnd(22)} publication date inferred within 7 days: ${share(r.publishedOn)}`)
  const s = r.statistics
  row(
    'statistics',
    s.counts,
    s.strict,
    `value+unit ${share(s.valueUnit)}  qualifier ${share(s.qualifier)}  change ${share(s.change)}  measure ${share(s.measure)}`,
  )
  row(
    '  Recognizers-Text (peer)',
    r.recognizers.counts,
    r.recognizers.strict,
    `value+unit ${share(r.recognizers.valueUnit)}`,
  )
  console.log(
    '\nF1 matches by overlap (quotes: by words, at least half shared); strict F1 needs the exact span (quotes: text).',
  )
}
