import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type AttackPattern, checkSync } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { writtenSource } from '../src/text/bmp-classes'
import { lazyPatterns } from '../src/text/lazy-patterns'

/**
 * Every regular expression the library can run is checked for catastrophic backtracking by
 * recheck: the literals in src/ (read with the TypeScript parser) and the patterns built at run
 * time from the lexicons (recorded by wrapping the RegExp constructor while the library loads and
 * runs over the sample corpus). A new unsafe pattern fails this test.
 */

const SRC = new URL('../src/', import.meta.url).pathname

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : []
  })
}

interface Pattern {
  source: string
  flags: string
  where: string
}

function literalPatterns(): Pattern[] {
  const found: Pattern[] = []
  for (const file of sourceFiles(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text
        const end = text.lastIndexOf('/')
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart())
        found.push({
          source: text.slice(1, end),
          flags: text.slice(end + 1),
          where: `${file.slice(SRC.length)}:${line + 1}`,
        })
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  return found
}

async function runtimePatterns(): Promise<Pattern[]> {
  const built: RegExp[] = []
  const Original = globalThis.RegExp
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp
      built.push(re)
      return re
    },
  })
  try {
    const lib = await import('../src/index')
    for (const name of ['000_553ed2df297268c8.txt', '002_52e0b0eef6d94852.txt']) {
      lib.extract(readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8'))
    }
  } finally {
    globalThis.RegExp = Original
  }
  // A pattern whose letter classes were spelt out for the BMP is checked as written: the same
  // structure, with classes recheck reads in a fraction of the time.
  const found = new Map<string, Pattern>()
  for (const re of built) {
    const source = writtenSource(re)
    found.set(`${source}/${re.flags}`, { source, flags: re.flags, where: 'built at run time' })
  }
  // Patterns made on first use, whether or not these releases used them.
  for (const { source, flags } of lazyPatterns()) {
    found.set(`${source}/${flags}`, { source, flags, where: 'made on first use' })
  }
  return [...found.values()]
}

/** The part of recheck's attack that makes its strings. */
type Attack = Pick<AttackPattern, 'pumps' | 'suffix'>

/** One attack string of `n` pumps: each pump's prefix, then its pump `n` times, then the suffix. */
function attackString(attack: Attack, n: number): string {
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(n)).join('') + attack.suffix
}

/**
 * Milliseconds for V8 to scan `text` with the pattern as the library does, match after match
 * (best of five). `test` rather than `exec`: the time is the matching's, not that of collecting
 * thousands of match arrays, which a busy machine's collector can stretch tenfold.
 */
function scanTime(re: RegExp, text: string): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 5; run++) {
    const start = performance.now()
    re.lastIndex = 0
    let from = 0
    while (re.test(text)) {
      // An empty match leaves lastIndex where it was: step past it, as the library's loops do.
      if (re.lastIndex === from) re.lastIndex++
      from = re.lastIndex
    }
    best = Math.min(best, performance.now() - start)
  }
  return best
}

/**
 * Whether V8's time on the attack grows faster than its length, the pumps doubled from 64 up to
 * 8,192: a doubling that takes more than three times as long (a square takes four, a line two),
 * past a floor for timer noise, or one scan of over 100 ms that took over three times the scan of
 * half its length. Doubling stops at the first sign, so a real attack never runs long. A sign
 * stands only when `confirmed`: on a busy machine one slow stretch (the process put aside, a
 * collection, another test's work) is no growth.
 */
function growsOnV8(source: string, flags: string, attack: Attack): boolean {
  const re = new RegExp(source, `${flags}g`)
  let before = scanTime(re, attackString(attack, 64))
  for (let n = 128; n <= 8192; n *= 2) {
    const time = scanTime(re, attackString(attack, n))
    if (grows(before, time) && confirmed(re, attack, n)) return true
    before = time
  }
  return false
}

function grows(shorter: number, longer: number): boolean {
  return longer > 100 || (longer > 5 && longer > 3 * shorter)
}

/**
 * Measures the lengths in turn, round after round, so that a slow stretch of the machine falls
 * on all of them alike, and keeps each one's best. The sign must hold again from half the length
 * to the length, and then over the next doubling too: from half to twice the length a line takes
 * four times as long and a square sixteen, so growth past nine times is the pattern's, not noise.
 */
function confirmed(re: RegExp, attack: Attack, n: number): boolean {
  const texts = [n / 2, n, 2 * n].map((pumps) => attackString(attack, pumps))
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  for (let round = 0; round < 3; round++) {
    for (const i of [0, 1]) best[i] = Math.min(best[i]!, scanTime(re, texts[i]!))
  }
  const [half, once] = best as [number, number, number]
  if (!grows(half, once)) return false
  // Already slow at this length: a doubling more would only make a real attack run long. Slow
  // alone is no sign: a long pattern scans a long attack slowly, twice as long for twice the
  // length; an attack grows faster than that.
  if (once > 100) return once > 3 * half
  for (let round = 0; round < 3; round++) {
    for (const i of [0, 2]) best[i] = Math.min(best[i]!, scanTime(re, texts[i]!))
  }
  const [least, , twice] = best as [number, number, number]
  return twice > 200 || (twice > 10 && twice > 9 * least)
}

describe('regular expressions', () => {
  it('none can backtrack catastrophically', async () => {
    const patterns = [...literalPatterns(), ...(await runtimePatterns())]
    const seen = new Set<string>()
    const unsafe: string[] = []
    for (const p of patterns) {
      // recheck ignores the flags that do not change matching; `g`/`y` only change where it starts.
      const flags = p.flags.replace(/[gyd]/g, '')
      const key = `${p.source}/${flags}`
      if (seen.has(key)) continue
      seen.add(key)
      // "unknown" means recheck ran out of time, which a busy machine can cause: try again, longer.
      let result = checkSync(p.source, flags, { timeout: 10_000 })
      for (const timeout of [60_000, 180_000]) {
        if (result.status !== 'unknown') break
        result = checkSync(p.source, flags, { timeout })
      }
      // When the exact (automaton) check runs out of time, recheck falls back to fuzzing, which
      // takes the start-up cost of a long bounded alternation for polynomial growth. Its verdict
      // stands only if the exact check, given longer, cannot prove the pattern safe.
      if (result.status === 'vulnerable' && result.checker === 'fuzz') {
        const exact = checkSync(p.source, flags, { checker: 'automaton', timeout: 120_000 })
        if (exact.status === 'safe') result = exact
        // The exact check reads no look-around ("unsupported"): the fuzzer's own polynomial attack
        // is then run on V8, which runs the library, and its verdict stands only if the time grows
        // faster than the input. An exponential one stands as it is.
        else if (
          exact.status === 'unknown' &&
          result.complexity.type === 'polynomial' &&
          !growsOnV8(p.source, flags, result.attack)
        )
          continue
      }
      if (result.status !== 'safe') unsafe.push(`${p.where}: /${p.source}/${p.flags} is ${result.status}`)
    }
    expect(seen.size).toBeGreaterThan(10)
    expect(unsafe).toEqual([])
  }, 900_000)
})

describe('confirming a fuzzer verdict on V8', () => {
  it('keeps a square that a look-ahead hides from the exact check', () => {
    const source = '(?=\\w)\\w*\\d\\w*x'
    const result = checkSync(source, '', { timeout: 20_000 })
    expect(result.status).toBe('vulnerable')
    if (result.status === 'vulnerable') expect(growsOnV8(source, '', result.attack)).toBe(true)
  })

  it('clears a pattern whose time on the attack grows with its length only', () => {
    const attack: AttackPattern = {
      pumps: [{ prefix: '', pump: 'Ab ', bias: 0 }],
      suffix: '',
      base: 0,
      string: '',
      pattern: '',
    }
    expect(growsOnV8('(?=\\p{Lu})\\p{Lu}\\p{Ll}+', 'u', attack)).toBe(false)
  })
})
