/**
 * Runs press-extract as a unified plugin after retext-english over one sample dump, then prints
 * the messages (as reporters such as vfile-reporter print them) and what the plugin stored on
 * `file.data`.
 *
 *   npx tsx examples/unified.ts
 */
import { readFileSync } from 'node:fs'
import { pressExtract } from 'press-extract'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'

const path = new URL('./data/000_553ed2df297268c8.txt', import.meta.url)
const file = new VFile({ path: 'examples/data/000_553ed2df297268c8.txt', value: readFileSync(path, 'utf8') })

const processor = unified().use(retextEnglish).use(pressExtract)
// retext-english gives the tree; the plugin reads the file's text, so spans are offsets into it.
await processor.run(processor.parse(file), file)

console.log(`${file.messages.length} messages`)
for (const message of file.messages) console.log(`  ${String(message)} [${message.source}:${message.ruleId}]`)

const releases = file.data.releases ?? []
console.log(`\n${releases.length} releases on file.data.releases`)
for (const r of releases) {
  console.log(
    `  ${r.title ?? '(untitled)'}\n    ${r.quotes.length} quotes, ${r.operations.length} operations, ` +
      `${r.dates.length} dates, ${r.statistics.length} statistics`,
  )
}
const first = releases.flatMap((r) => r.quotes).find((q) => q.speaker)
if (first?.speaker)
  console.log(`\nFirst attributed quote: ${first.speaker.name}: “${first.text.slice(0, 60)}…”`)

// A self-check, so a broken build shows here and not only in the tests.
const items = releases.reduce(
  (n, r) => n + r.quotes.length + r.operations.length + r.dates.length + r.statistics.length,
  0,
)
if (releases.length === 0 || items === 0 || file.data.pressExtract === undefined) {
  console.error('expected releases with results on file.data, found none')
  process.exit(1)
}
