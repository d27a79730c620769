// chrono-node as a whole process, the way a user would run it on a dump: read the file, split it
// into paragraphs (its non-blank lines), parse each with chrono-node against a fixed reference date
// and write every date found as one JSON line to a file.
//
//   node scripts/bench/chrono-process.mjs INPUT OUTPUT
//
// Plain JavaScript run with plain `node`, so no TypeScript loader's start-up is counted against it.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
import * as chrono from 'chrono-node'

const [input, output] = process.argv.slice(2)
if (!input || !output) {
  process.stderr.write('usage: node scripts/bench/chrono-process.mjs INPUT OUTPUT\n')
  process.exit(2)
}
const reference = new Date('2024-03-18T12:00:00Z')
const paragraphs = readFileSync(input, 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '')
const fd = openSync(output, 'w')
let pending = ''
paragraphs.forEach((paragraph, index) => {
  for (const r of chrono.parse(paragraph, reference)) {
    pending += `${JSON.stringify({
      paragraph: index,
      index: r.index,
      text: r.text,
      start: r.start.date().toISOString(),
      end: r.end ? r.end.date().toISOString() : null,
    })}\n`
  }
  // Written in blocks of about a megabyte, as a streaming writer would.
  if (pending.length > 1 << 20) {
    writeSync(fd, pending)
    pending = ''
  }
})
writeSync(fd, pending)
closeSync(fd)
