/**
 * One benchmark measurement, run in a child process so its peak memory is its own:
 *   node scripts/bench/case.mjs '{"what":"pipeline","file":".bench/mixed-…-1mb.txt","repeat":3}'
 * (`"warmup": FILE` runs the pipeline once over FILE, untimed, before the timed runs).
 * Prints one JSON line: { seconds, bytes, releases, maxRssMb }.
 *
 * Plain JavaScript run with plain `node`, as users load the library: under a TypeScript loader
 * with source maps on, the library's first runs measured about a tenth slower (its source map is
 * 2 MB) while chrono-node's did not change.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

// The built library (dist/index.js), what users import; `npm run bench` builds it first.
/** @type {typeof import('../../src/index')} */
const lib = await import(pathToFileURL('dist/index.js').href)

/**
 * @typedef {object} Case
 * @property {string} what
 * @property {string} file
 * @property {number} [repeat]
 * @property {string} [warmup] A file run through the case once, untimed, first: the timed run then starts with warm code.
 */

/** @type {Case} */
const spec = JSON.parse(process.argv[2] ?? '{}')
const text = readFileSync(spec.file, 'utf8')
const bytes = Buffer.byteLength(text)
const REFERENCE = '2024-03-18'
// Peers load only for their own cases, so our cases' peak memory does not include them.
const peer = async (/** @type {string} */ what, /** @type {string} */ name) =>
  spec.what === what ? import(name) : null
const chrono = await peer('chrono', 'chrono-node')
const Recognizers = await peer('recognizers', '@microsoft/recognizers-text-suite')
const english =
  spec.what === 'retext'
    ? (await import('unified')).unified().use((await import('retext-english')).default)
    : null

// The structure is read once outside the timings of the parser-alone cases, as users calling one parser would.
const releases = spec.what === 'pipeline' ? [] : lib.splitReleases(text).releases
const blocks = releases.flatMap((r) =>
  [r.title ?? '', r.standfirst ?? '', ...r.paragraphs.map((p) => p.text)].filter(Boolean),
)

/** @type {Record<string, () => number>} */
const runs = {
  pipeline: () => lib.extract(text, { publishedOn: REFERENCE }).releases.length,
  split: () => lib.splitReleases(text).releases.length,
  quotes: () => count(releases.map((r) => lib.extractQuotes(r))),
  operations: () => count(releases.map((r) => lib.findOperations(r))),
  dates: () => count(releases.map((r) => lib.findDates(r, { reference: REFERENCE }))),
  statistics: () => count(releases.map((r) => lib.findStatistics(r))),
  // Peers, paragraph by paragraph: the fastest way a user would call them.
  chrono: () => count(blocks.map((b) => chrono.en.GB.parse(b, new Date(`${REFERENCE}T12:00:00Z`)))),
  recognizers: () =>
    count(
      blocks.map((b) => [
        ...Recognizers.recognizeNumber(b, Recognizers.Culture.English),
        ...Recognizers.recognizeCurrency(b, Recognizers.Culture.English),
        ...Recognizers.recognizePercentage(b, Recognizers.Culture.English),
      ]),
    ),
  // retext's English tokeniser alone, for scale: what it costs to build an nlcst tree of every paragraph.
  retext: () => count(blocks.map((b) => english.parse(b).children)),
}

/** @param {unknown[][]} lists */
function count(lists) {
  return lists.reduce((n, l) => n + l.length, 0)
}

const run = runs[spec.what]
if (!run) throw new Error(`unknown case ${spec.what}`)
if (spec.warmup) {
  const warmupText = readFileSync(spec.warmup, 'utf8')
  if (spec.what === 'pipeline') lib.extract(warmupText, { publishedOn: REFERENCE })
  else throw new Error(`warmup is for the pipeline case only, not ${spec.what}`)
}
let best = Number.POSITIVE_INFINITY
let found = 0
for (let i = 0; i < (spec.repeat ?? 1); i++) {
  const start = process.hrtime.bigint()
  found = run()
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9)
}
const nReleases = spec.what === 'pipeline' ? found : releases.length
console.log(
  JSON.stringify({
    seconds: best,
    bytes,
    releases: nReleases,
    found,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
)
