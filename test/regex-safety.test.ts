import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkSync } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

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
  const found = new Map<string, Pattern>()
  const Original = globalThis.RegExp
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp
      found.set(`${re.source}/${re.flags}`, {
        source: re.source,
        flags: re.flags,
        where: 'built at run time',
      })
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
  return [...found.values()]
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
      let result = checkSync(p.source, flags, { timeout: 10_000 })
      // "unknown" means recheck ran out of time, which a busy machine can cause: try once more, longer.
      if (result.status === 'unknown') result = checkSync(p.source, flags, { timeout: 60_000 })
      // When the exact (automaton) check runs out of time, recheck falls back to fuzzing, which
      // takes the start-up cost of a long bounded alternation for polynomial growth. Its verdict
      // stands only if the exact check, given longer, cannot prove the pattern safe.
      if (result.status === 'vulnerable' && result.checker === 'fuzz') {
        const exact = checkSync(p.source, flags, { checker: 'automaton', timeout: 120_000 })
        if (exact.status === 'safe') result = exact
      }
      if (result.status !== 'safe') unsafe.push(`${p.where}: /${p.source}/${p.flags} is ${result.status}`)
    }
    expect(seen.size).toBeGreaterThan(10)
    expect(unsafe).toEqual([])
  }, 900_000)
})
