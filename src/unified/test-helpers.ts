import { readdirSync, readFileSync } from 'node:fs'
import type { Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import type { Processor } from 'unified'

/** The sample corpus: real NPCC releases as an aggregator publishes them (examples/data). */
export const CORPUS: readonly { readonly name: string; readonly text: string }[] = (() => {
  const dir = new URL('../../examples/data/', import.meta.url)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }))
})()

/**
 * A compiler that prints the nlcst tree back to text, as `retext-stringify` does, so `.process`
 * can be tested without that package.
 */
export function nlcstCompiler(this: Processor): undefined {
  this.compiler = (tree) => nlcstToString(tree as Root)
  return undefined
}

/** The 1-based line and column of an offset, counted by hand to check `vfile-location`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lastBreak = before.lastIndexOf('\n')
  return { line: before.split('\n').length, column: offset - lastBreak }
}
