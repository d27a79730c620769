/**
 * Scores the date normaliser on the TempEval-3 English platinum test set (TimeML news articles,
 * each with its creation date as the reference) and prints our extent F1 and value F1 beside the
 * figures the task paper published for HeidelTime and the other systems.
 *
 *   npx tsx scripts/eval-tempeval.ts [--dir ../shared/peers/tempeval3] [--verbose]
 *
 * The data is read in place and never copied into the project (see that folder's SOURCE.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { findDates, inferPublishedOn } from '../src/dates/find-dates'
import type { DateMention } from '../src/model'
import { emptyDating, formatDating, tallyDating } from './eval/dating'

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: '../shared/peers/tempeval3' },
    verbose: { type: 'boolean', default: false },
  },
})
const dir = args.dir!
const platinum = join(dir, 'te3-platinum')
if (!existsSync(platinum)) {
  console.error(`eval-tempeval: no TempEval-3 platinum data at ${platinum} (use --dir DIR)`)
  process.exit(2)
}

interface GoldTimex {
  start: number
  end: number
  text: string
  type: string
  value: string
}

/** The raw text of a TimeML document's TEXT element, its gold TIMEX3 with offsets in it, and its creation day. */
function readTimeML(xml: string): { text: string; gold: GoldTimex[]; dct: string | null } {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null
  const open = xml.indexOf('<TEXT>')
  const close = xml.indexOf('</TEXT>')
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : ''
  const gold: GoldTimex[] = []
  let text = ''
  let current: Omit<GoldTimex, 'end' | 'text'> | null = null
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*)>/g
  let last = 0
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    text += decode(body.slice(last, m.index))
    last = m.index + m[0].length
    if (m[2] !== 'TIMEX3') continue
    if (m[1] === '') {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m![3] ?? '')?.[1] ?? ''
      current = { start: text.length, type: attr('type'), value: attr('value') }
    } else if (current) {
      gold.push({ ...current, end: text.length, text: text.slice(current.start) })
      current = null
    }
  }
  text += decode(body.slice(last))
  return { text, gold, dct }
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

const counts = { predicted: 0, gold: 0, relaxed: 0, strict: 0, value: 0, type: 0 }
// The creation date inferred from the article alone, as if it were not given.
const dating = emptyDating()
for (const file of readdirSync(platinum)
  .filter((f) => f.endsWith('.tml'))
  .sort()) {
  const { text, gold, dct } = readTimeML(readFileSync(join(platinum, file), 'utf8'))
  const found: DateMention[] = findDates(text, { reference: dct, monthFirst: true })
  if (dct) tallyDating(dating, inferPublishedOn(text, { monthFirst: true }), dct, file)
  counts.predicted += found.length
  counts.gold += gold.length
  const used = new Set<number>()
  for (const g of gold) {
    let best = -1
    let bestOverlap = 0
    found.forEach((p, i) => {
      const overlap = Math.min(p.span.end, g.end) - Math.max(p.span.start, g.start)
      if (!used.has(i) && overlap > bestOverlap) {
        best = i
        bestOverlap = overlap
      }
    })
    const p = found[best]
    if (!p) {
      if (args.verbose) console.log(`${file}  missed  ${JSON.stringify(g.text)} ${g.value}`)
      continue
    }
    used.add(best)
    counts.relaxed++
    if (p.span.start === g.start && p.span.end === g.end) counts.strict++
    if (p.value === g.value) counts.value++
    else if (args.verbose)
      console.log(
        `${file}  value   ${JSON.stringify(p.text)} ${p.value}  gold ${JSON.stringify(g.text)} ${g.value}`,
      )
    if (p.type === g.type) counts.type++
  }
  if (args.verbose) {
    found.forEach((p, i) => {
      if (!used.has(i)) console.log(`${file}  extra   ${JSON.stringify(p.text)} ${p.value} ${p.rule}`)
    })
  }
}

const f1 = (tp: number) => {
  const p = counts.predicted === 0 ? 0 : tp / counts.predicted
  const r = counts.gold === 0 ? 0 : tp / counts.gold
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}
const pct = (x: number) => `${(100 * x).toFixed(2).padStart(6)}`
const relaxed = f1(counts.relaxed)
const ours = {
  system: 'press-extract',
  relaxed_F1: relaxed.f1,
  relaxed_P: relaxed.p,
  relaxed_R: relaxed.r,
  strict_F1: f1(counts.strict).f1,
  value_F1: f1(counts.value).f1,
}

console.log(`TempEval-3 platinum (task A, timex): ${counts.gold} gold TIMEX3, ${counts.predicted} found\n`)
console.log(`${'system'.padEnd(22)} relaxed F1      P      R  strict F1  value F1`)
const row = (name: string, v: number[]) =>
  console.log(
    `${name.padEnd(22)} ${pct(v[0]!)}    ${pct(v[1]!)} ${pct(v[2]!)}     ${pct(v[3]!)}    ${pct(v[4]!)}`,
  )
row(ours.system, [ours.relaxed_F1, ours.relaxed_P, ours.relaxed_R, ours.strict_F1, ours.value_F1])
const csv = join(dir, 'te3-taskA-english-results.csv')
if (existsSync(csv)) {
  const [, ...lines] = readFileSync(csv, 'utf8').trim().split(/\r?\n/)
  for (const line of lines) {
    const cells = line.match(/"[^"]*"|[^,]+/g) ?? []
    const name = (cells[0] ?? '').replace(/"/g, '')
    if (!/^(HeidelTime-t|SUTime|NavyTime|ClearTK-1)/.test(name)) continue
    row(
      `${name} (paper)`,
      cells.slice(1, 6).map((c) => Number(c) / 100),
    )
  }
}
console.log(`\ntype accuracy on matched: ${pct(counts.relaxed === 0 ? 0 : counts.type / counts.relaxed)}%`)
console.log(formatDating(dating))
if (args.verbose) console.log(dating.misses.join('\n'))
