import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const BENCH_DIR = '.bench'
const MB = 1 << 20

/** The sample releases, concatenated: the unit the generated corpora repeat. */
function sampleText(): string {
  const dir = 'examples/data'
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('')
}

/**
 * A corpus of about `mb` megabytes (UTF-8) made of the sample releases repeated whole, written
 * once under .bench/ (not committed) and reused.
 */
export function corpusFile(mb: number): string {
  const path = join(BENCH_DIR, `corpus-${mb}mb.txt`)
  if (existsSync(path) && statSync(path).size >= mb * MB) return path
  mkdirSync(BENCH_DIR, { recursive: true })
  const unit = sampleText()
  const unitBytes = Buffer.byteLength(unit)
  writeFileSync(path, unit.repeat(Math.ceil((mb * MB) / unitBytes)))
  return path
}

/**
 * The corpus of `corpusFile(mb)` cut in two at a release boundary, as two files: what two
 * independent runs would each read, to measure what two cores give on this machine.
 */
export function corpusHalves(mb: number): [string, string] {
  const unit = sampleText()
  const units = Math.ceil((mb * MB) / Buffer.byteLength(unit))
  const halves = [Math.ceil(units / 2), Math.floor(units / 2)]
  return halves.map((n, i) => {
    const path = join(BENCH_DIR, `corpus-${mb}mb-half-${i + 1}.txt`)
    if (!existsSync(path)) {
      mkdirSync(BENCH_DIR, { recursive: true })
      writeFileSync(path, unit.repeat(n))
    }
    return path
  }) as [string, string]
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
  writeFileSync(path, head + bodies[kind]())
  return path
}

export type AdversarialKind = 'quotes' | 'digits' | 'operations' | 'paragraph'
