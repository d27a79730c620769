import { readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { extractQuotes } from './extract-quotes'

/*
 * Linear time on adversarial marks: 1 MB of unbalanced or unpaired quotation marks should take
 * about as long as 1 MB of ordinary releases. Run with `npx vitest bench src/quotes --run`.
 */
const MB = 1_000_000
const sample = readFileSync(new URL('../../examples/data/000_553ed2df297268c8.txt', import.meta.url), 'utf8')
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB)

const inputs: Record<string, string> = {
  'ordinary releases': fill(sample),
  'opening marks only': fill('“'),
  'closing marks only': fill('”'),
  'unbalanced mixed marks': fill('“a ‘b ” c’ " d \' '),
  'tiny quotes': fill('“a” '),
  'reopened paragraphs': fill('“a\n\n'),
  'ranks without names': fill('Chief Constable '),
}

describe('extractQuotes on 1 MB', () => {
  for (const [name, input] of Object.entries(inputs)) {
    bench(
      name,
      () => {
        extractQuotes(input)
      },
      { iterations: 3, warmupIterations: 1 },
    )
  }
})
