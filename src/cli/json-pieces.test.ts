import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonPieces } from './json-pieces'

describe('jsonPieces', () => {
  it('joins to what JSON.stringify writes, for any JSON-like value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value))
      }),
    )
  })

  it('writes undefined fields and items as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1], c: 'x', d: null }
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value))
  })

  it('cuts a long string into pieces without splitting a surrogate pair', () => {
    const text = `“${'😀 said the officer. '.repeat(20_000)}” \u2028 \\ "`
    const value = { paragraphs: [{ kind: 'text', text, span: { start: 0, end: text.length } }] }
    const pieces = [...jsonPieces(value)]
    expect(pieces.length).toBeGreaterThan(5)
    expect(pieces.join('')).toBe(JSON.stringify(value))
    for (const p of pieces) expect(p.length).toBeLessThan(3 * 65_536)
  })

  it('keeps lone surrogates escaped as JSON.stringify does', () => {
    const text = `${'a'.repeat(65_535)}\ud800${'b'.repeat(70_000)}\udc00`
    expect([...jsonPieces(text)].join('')).toBe(JSON.stringify(text))
  })
})
