import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'

export const BENCH_DIR = '.bench'
const MB = 1 << 20

/** Where the unit's releases come from: the sample and the wide corpus, many publishers. */
export const SOURCE_DIRS = ['examples/data', 'test/fixtures/wide/corpus']

let cachedUnit: { text: string; key: string } | null = null

/**
 * Real releases of many publishers: every `.txt` of `SOURCE_DIRS`, sorted by path, joined with a
 * blank line so each file's last release ends before the next file's title, and ending with a blank
 * line so the unit can be repeated whole. `key` is a hash of the text: generated files are named by
 * it, so a change to the sources (or to this recipe) makes new files instead of reusing stale ones.
 */
export function unit(): { text: string; key: string } {
  if (cachedUnit) return cachedUnit
  const files = SOURCE_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f)),
  ).sort()
  if (files.length === 0) throw new Error(`no .txt files in ${SOURCE_DIRS.join(' or ')}`)
  const text = `${files.map((f) => readFileSync(f, 'utf8').trimEnd()).join('\n\n')}\n\n`
  const key = createHash('sha256').update(text).digest('hex').slice(0, 10)
  cachedUnit = { text, key }
  return cachedUnit
}

/** The number of whole units in a corpus of about `mb` megabytes (at least `mb` MB). */
const unitsFor = (mb: number) => Math.ceil((mb * MB) / Buffer.byteLength(unit().text))

/** Writes `count` copies of the unit to `path` unless it is there already; returns `path`. */
function writeUnits(path: string, count: number): string {
  if (existsSync(path)) return path
  mkdirSync(BENCH_DIR, { recursive: true })
  const tmp = `${path}.tmp-${process.pid}`
  const block = Buffer.from(unit().text)
  const fd = openSync(tmp, 'w')
  try {
    for (let i = 0; i < count; i++) writeSync(fd, block)
  } finally {
    closeSync(fd)
  }
  renameIntoPlace(tmp, path)
  return path
}

/** A file is only ever seen whole: an interrupted run leaves a .tmp file, never a short corpus. */
function renameIntoPlace(tmp: string, path: string) {
  renameSync(tmp, path)
}

/**
 * A corpus of about `mb` megabytes (UTF-8, at least `mb` × 2^20 bytes) made of the unit repeated
 * whole, written once under .bench/ (not committed) and reused.
 */
export function corpusFile(mb: number): string {
  return writeUnits(join(BENCH_DIR, `mixed-${unit().key}-${mb}mb.txt`), unitsFor(mb))
}

/** One unit alone (about 150 KB), for peers too slow to read a megabyte in reasonable time. */
export function unitFile(): string {
  return writeUnits(join(BENCH_DIR, `mixed-${unit().key}-unit.txt`), 1)
}

/**
 * The corpus of `corpusFile(mb)` cut in two at a unit boundary, as two files: what two independent
 * runs would each read, to measure what two cores give on this machine.
 */
export function corpusHalves(mb: number): [string, string] {
  const units = unitsFor(mb)
  return [Math.ceil(units / 2), Math.floor(units / 2)].map((n, i) =>
    writeUnits(join(BENCH_DIR, `mixed-${unit().key}-${mb}mb-half-${i + 1}.txt`), n),
  ) as [string, string]
}

/**
 * One release of `mb` megabytes with no line break in its body: a title line, a blank line,
 * `Source: Benchmark`, a blank line, then the mixed corpus with every line break replaced by a
 * space, cut (at a space) so the whole file is at most `mb` × 2^20 bytes.
 */
export function giantReleaseFile(mb: number): string {
  const path = join(BENCH_DIR, `giant-${unit().key}-${mb}mb.txt`)
  if (existsSync(path)) return path
  mkdirSync(BENCH_DIR, { recursive: true })
  const head = Buffer.from('One release with no line breaks\n\nSource: Benchmark\n\n')
  const flat = Buffer.from(unit().text.replace(/\r?\n/g, ' '))
  const size = mb * MB
  const body = Buffer.alloc(size - head.length)
  for (let at = 0; at < body.length; at += flat.length) flat.copy(body, at)
  // Cut at the last space, so no character is cut in half and the text ends on a whole word.
  const end = body.lastIndexOf(0x20)
  const tmp = `${path}.tmp-${process.pid}`
  const fd = openSync(tmp, 'w')
  try {
    writeSync(fd, head)
    writeSync(fd, body.subarray(0, end))
  } finally {
    closeSync(fd)
  }
  renameIntoPlace(tmp, path)
  return path
}

/** Adversarial inputs of about `mb` megabytes, each the worst of its kind for one parser. */
export function adversarialFile(kind: AdversarialKind, mb = 1): string {
  const path = join(BENCH_DIR, `adversarial-${kind}-${mb}mb.txt`)
  if (existsSync(path)) return path
  mkdirSync(BENCH_DIR, { recursive: true })
  const size = mb * MB
  const fill = (s: string) => s.repeat(Math.ceil(size / Buffer.byteLength(s)))
  const head = 'Adversarial input\n\nSource: Benchmark\n\n'
  const bodies: Record<AdversarialKind, () => string> = {
    // Unbalanced and mixed marks: every one a possible opening or closing mark.
    quotes: () => fill('“ ” " ‘ ’ \' “said ” '),
    // Digits and separators without end: numbers, dates and phone numbers all start here.
    digits: () => fill('1,2,3 4.5 06/07 2024-25 999 £1,0 '),
    operations: () => fill('Operation Operation Op Op. OPERATION '),
    // One paragraph of ordinary words with no line break at all.
    paragraph: () => fill('Police forces said on Monday 18 March that 561 reports were made, “a rise”. '),
  }
  writeFileAtomically(path, head + bodies[kind]())
  return path
}

function writeFileAtomically(path: string, text: string) {
  const tmp = `${path}.tmp-${process.pid}`
  const fd = openSync(tmp, 'w')
  try {
    writeSync(fd, text)
  } finally {
    closeSync(fd)
  }
  renameIntoPlace(tmp, path)
}

export type AdversarialKind = 'quotes' | 'digits' | 'operations' | 'paragraph'
