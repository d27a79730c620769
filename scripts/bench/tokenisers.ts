// Words and sentences, retext's way and ours, over the same paragraphs of the sample and wide
// corpora: `npx tsx scripts/bench/tokenisers.ts`. Prints MB/s of each, best of five rounds.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { splitReleases } from '../../src/index'
import { tokenize } from '../../src/statistics/tokens'

const dirs = ['examples/data', 'test/fixtures/wide/corpus']
const blocks = dirs
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(d, f), 'utf8')),
  )
  .flatMap((text) => splitReleases(text).releases)
  .flatMap((r) => [r.title ?? '', r.standfirst ?? '', ...r.paragraphs.map((p) => p.text)].filter(Boolean))
const bytes = blocks.reduce((n, b) => n + Buffer.byteLength(b), 0)
const english = unified().use(retextEnglish)
// Repeat the paragraphs so each round reads about 4 MB.
const rounds = Math.ceil((4 << 20) / bytes)

function best(run: () => number): { mbps: number; items: number } {
  let seconds = Number.POSITIVE_INFINITY
  let items = 0
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint()
    items = 0
    for (let r = 0; r < rounds; r++) items += run()
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9)
  }
  return { mbps: (bytes * rounds) / (1 << 20) / seconds, items }
}

const ours = best(() => blocks.reduce((n, b) => n + tokenize(b).length, 0))
const retext = best(() => blocks.reduce((n, b) => n + english.parse(b).children.length, 0))
console.log(`paragraphs: ${blocks.length}, ${(bytes / 1024).toFixed(0)} KB, ${rounds} rounds`)
console.log(`ours   (statistics/tokens.ts tokenize): ${ours.mbps.toFixed(1)} MB/s`)
console.log(`retext (retext-english parse, nlcst):   ${retext.mbps.toFixed(1)} MB/s`)
console.log(`ratio: ${(ours.mbps / retext.mbps).toFixed(1)}x`)
