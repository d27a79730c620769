import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alternation, escapeRegExp, phraseTree } from './patterns'

describe('escapeRegExp', () => {
  it('makes every special character match itself', () => {
    const s = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p'
    expect(new RegExp(`^${escapeRegExp(s)}$`, 'u').test(s)).toBe(true)
  })
})

describe('alternation', () => {
  it('puts the longest phrase first so it wins', () => {
    const re = new RegExp(`^(?:${alternation(['Op', 'Op.', 'Operation'])})`)
    expect(re.exec('Op. Sceptre')?.[0]).toBe('Op.')
    expect(re.exec('Operation Sceptre')?.[0]).toBe('Operation')
  })
  it('lets a space inside a phrase match the given pattern', () => {
    expect(new RegExp(`^(?:${alternation(['per cent'])})$`).test('per   cent')).toBe(true)
    expect(new RegExp(`^(?:${alternation(['per cent'], ' ')})$`).test('per  cent')).toBe(false)
  })
  it('never matches when the list is empty', () => {
    expect(new RegExp(alternation([])).test('anything')).toBe(false)
    expect(new RegExp(alternation(['', ''])).test('')).toBe(false)
  })
})

describe('phraseTree', () => {
  it('shares the beginnings of phrases', () => {
    expect(phraseTree(['Chief Constable', 'Chief Inspector', 'Chief'])).toBe(
      'Chief(?:\\s+(?:Constable|Inspector)|)',
    )
  })
  it('prefers the longer phrase where both fit, as the flat list does', () => {
    const re = new RegExp(`^(${phraseTree(['Det', 'Det Supt', 'Detective'])})`)
    expect(re.exec('Detective Smith')?.[1]).toBe('Detective')
    expect(re.exec('Det Supt Smith')?.[1]).toBe('Det Supt')
    expect(re.exec('Det Smith')?.[1]).toBe('Det')
  })
  it('stays flat where two branches read the same character', () => {
    expect(phraseTree(['mid-term', 'mid term'], '[\\s-]{1,3}')).toBe(
      alternation(['mid-term', 'mid term'], '[\\s-]{1,3}'),
    )
    expect(phraseTree(['OP.', 'Op.'], '\\s+', true)).toBe('op\\.')
    expect(phraseTree(['OP.', 'Op.'])).toBe('O(?:P\\.|p\\.)')
  })
  it('lower-cases the phrases of a case-insensitive pattern', () => {
    expect(phraseTree(['Said', 'said', 'Says'], '\\s+', true)).toBe('sa(?:id|ys)')
  })
  it('never matches when the list is empty', () => {
    expect(new RegExp(phraseTree([])).test('anything')).toBe(false)
  })

  // Letters with case, a hyphen, a dot and spaces: lists where phrases share beginnings, differ in
  // case, and where a space pattern reads a hyphen.
  const phrase = fc
    .array(fc.constantFrom('a', 'b', 'A', 'B', '-', '.', ' '), { minLength: 1, maxLength: 5 })
    .map((cs) => cs.join('').trim())
    .filter((p) => p.length > 0)
  const text = fc
    .array(fc.constantFrom('a', 'b', 'A', 'B', '-', '.', ' ', 'x'), { maxLength: 12 })
    .map((cs) => cs.join(''))
  const space = fc.constantFrom('\\s+', '[\\s-]{1,3}', ' ')

  it('matches what the flat alternation matches, the same phrase first, at every place', () => {
    fc.assert(
      fc.property(
        fc.array(phrase, { minLength: 1, maxLength: 8 }),
        text,
        space,
        fc.boolean(),
        (list, t, sp, caseless) => sameMatches(list, t, sp, caseless),
      ),
      { numRuns: 2000 },
    )
  })
  it('matches as the flat alternation does where the space pattern reads a hyphen', () => {
    // Phrases that part after a space, one of them with a character the space also reads.
    sameMatches(['b a', 'b -', 'a', 'a'], 'b--a', '[\\s-]{1,3}', false)
    const short = fc
      .array(fc.constantFrom('a', 'b', '-', ' '), { minLength: 1, maxLength: 5 })
      .map((cs) => cs.join('').trim())
      .filter((p) => p.length > 0)
    const hyphened = fc.array(fc.constantFrom('a', 'b', '-', ' '), { maxLength: 8 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(fc.array(short, { minLength: 2, maxLength: 8 }), hyphened, (list, t) =>
        sameMatches(list, t, '[\\s-]{1,3}', false),
      ),
      { numRuns: 3000 },
    )
  })
})

/** Asserts that `phraseTree` and `alternation` give matches of the same length at every place of `t`. */
function sameMatches(list: string[], t: string, space: string, caseless: boolean): void {
  const flags = caseless ? 'iy' : 'y'
  // A continuation after the phrase makes the engine go back into the alternation when it fails.
  const flat = new RegExp(`(${alternation(list, space)})(?:\\s?[xX.])?`, flags)
  const tree = new RegExp(`(${phraseTree(list, space, caseless)})(?:\\s?[xX.])?`, flags)
  for (let at = 0; at <= t.length; at++) {
    flat.lastIndex = at
    tree.lastIndex = at
    const a = flat.exec(t)
    const b = tree.exec(t)
    expect(b?.[0]?.length, `${JSON.stringify(list)} at ${at} of ${JSON.stringify(t)}`).toBe(a?.[0]?.length)
    expect(b?.[1]?.length).toBe(a?.[1]?.length)
  }
}
