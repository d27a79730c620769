import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TOKEN, tokenize } from './tokens'

/** The tokens as one scan of `TOKEN` gives them: what `tokenize` must return. */
function scanned(text: string) {
  const out: Array<{ kind: string; text: string; start: number; gap: boolean }> = []
  let previousEnd = 0
  for (const m of text.matchAll(TOKEN)) {
    const kind = m[1] ? 'skip' : m[2] ? 'num' : m[3] ? 'word' : 'sym'
    out.push({ kind, text: m[0], start: m.index, gap: m.index > previousEnd || m.index === 0 })
    previousEnd = m.index + m[0].length
  }
  return out
}
const read = (text: string) =>
  tokenize(text).map(({ kind, text, start, gap }) => ({ kind, text, start, gap }))

describe('tokenize', () => {
  it('reads words, numbers, skipped runs and symbols of a real sentence', () => {
    const text =
      'Since 2021, the ROCU network has seen heroin seizures increase by 1293% (call 0800 555 111 or visit www.npcc.police.uk).'
    const tokens = tokenize(text)
    expect(tokens.filter((t) => t.kind === 'num').map((t) => t.value)).toEqual([2021, 1293])
    expect(tokens.filter((t) => t.kind === 'skip').map((t) => t.text)).toEqual([
      '0800 555 111',
      'www.npcc.police.uk).',
    ])
    expect(tokens.find((t) => t.text === 'ROCU')).toMatchObject({ kind: 'word', lower: 'rocu', gap: true })
    expect(tokens.find((t) => t.text === '%')).toMatchObject({ kind: 'sym', gap: false })
  })

  it('keeps an apostrophe and the letters after it in the word', () => {
    expect(read("the force’s officers, O'Neill’s")).toEqual(scanned("the force’s officers, O'Neill’s"))
    expect(tokenize('force’s')[0]!.text).toBe('force’s')
    expect(tokenize("officers' ")[0]!.text).toBe('officers')
  })

  it('cuts a run of letters at 60, as the word pattern does', () => {
    const long = 'a'.repeat(130)
    expect(tokenize(long).map((t) => t.text.length)).toEqual([60, 60, 10])
  })

  it('reads a word opening with "http" or "www" as a URL only when it is one', () => {
    expect(tokenize('httpd and https://x.org/a b')[2]).toMatchObject({
      kind: 'skip',
      text: 'https://x.org/a',
    })
    expect(tokenize('httpd')[0]).toMatchObject({ kind: 'word', text: 'httpd' })
    expect(tokenize('wwwx')[0]).toMatchObject({ kind: 'word', text: 'wwwx' })
  })

  it('gives the tokens of one scan of the pattern, whatever the text', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      'é',
      '×',
      'ɏ',
      'Ā',
      "'",
      '’',
      ' ',
      '\u00a0',
      '\u2009',
      '\u202f',
      '\ufeff',
      '\n',
      '\t',
      '1',
      '0',
      '9',
      ',',
      '.',
      '-',
      '+',
      '(',
      ')',
      '/',
      ':',
      '%',
      '£',
      '$',
      '€',
      'R',
      'x',
      '½',
      'http://',
      'https://',
      'www.',
      'www',
      'http',
      '1-800-',
      '555-0100',
      '\ud83d',
      '\ude00',
      'million ',
      'kg',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(read(text)).toEqual(scanned(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads every token of the wide corpus as the scan does', async () => {
    const { readFileSync, readdirSync } = await import('node:fs')
    const dir = new URL('../../test/fixtures/wide/corpus/', import.meta.url)
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(new URL(name, dir), 'utf8')
      expect(read(text)).toEqual(scanned(text))
    }
  })
})
