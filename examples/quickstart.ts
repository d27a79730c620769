/**
 * Runs press-extract over the sample corpus and prints what it found in each release.
 *
 *   npm run quickstart
 */
import { readdirSync, readFileSync } from 'node:fs'
import { extract } from 'press-extract'

const dir = new URL('./data/', import.meta.url)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()

let releases = 0
for (const file of files) {
  const result = extract(readFileSync(new URL(file, dir), 'utf8'))
  for (const r of result.releases) {
    releases++
    const published = r.publishedOn
      ? `${r.publishedOn.date}${r.publishedOn.inferred ? ' (inferred)' : ''}`
      : 'date unknown'
    console.log(`\n${r.title ?? '(untitled)'}\n  ${r.source ?? 'no source'} · ${published}`)
    console.log(
      `  ${r.paragraphs.length} paragraphs, ${r.quotes.length} quotes, ${r.operations.length} operations, ` +
        `${r.dates.length} dates, ${r.statistics.length} statistics`,
    )
    for (const q of r.quotes.slice(0, 2)) {
      const who = q.speaker ? [q.speaker.title, q.speaker.name].filter(Boolean).join(' ') : 'unattributed'
      console.log(`  “${q.text.slice(0, 70)}${q.text.length > 70 ? '…' : ''}” (${who})`)
    }
    for (const o of r.operations) console.log(`  ${o.name} × ${o.mentions.length}`)
    for (const s of r.statistics.slice(0, 3))
      console.log(`  ${s.text} → ${s.value} ${s.unit}${s.measure ? ` (${s.measure})` : ''}`)
    for (const d of r.dates.slice(0, 3)) console.log(`  ${d.text} → ${d.type} ${d.value}`)
  }
}
console.log(`\n${releases} releases in ${files.length} files`)
// A self-check, so a broken build shows here and not only in the tests.
if (releases !== 20) {
  console.error(`expected the 20 sample releases, found ${releases}`)
  process.exit(1)
}
