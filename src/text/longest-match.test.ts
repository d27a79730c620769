import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { longestMatch, readAhead } from './longest-match'

const INF = Number.POSITIVE_INFINITY

/** Random patterns with bounded quantifiers: alternations of sequences, groups nested two deep. */
const quantifier = fc.oneof(
  fc.constant(''),
  fc.constant('?'),
  fc.constant('??'),
  fc.integer({ min: 0, max: 3 }).map((n) => `{${n}}`),
  fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
    .map(([a, b]) => `{${Math.min(a, b)},${Math.max(a, b)}}${a % 2 ? '?' : ''}`),
)
const leaf = fc.constantFrom('a', 'b', ' ', '[ab]', '[^a]', '[\\]a]', '\\s', '\\d', '.', '\\x61', '\\u0062')
// Assertions, which no quantifier may follow.
const bare = fc.constantFrom('\\b', '\\B', '^', '$')
/** Alternations of sequences, groups nested `depth` deep. */
const patternOf = (depth: number): fc.Arbitrary<string> => {
  const inner = depth > 0 ? patternOf(depth - 1) : null
  const atom = inner
    ? fc.oneof(
        leaf,
        inner.map((p) => `(${p})`),
        inner.map((p) => `(?:${p})`),
        inner.map((p) => `(?=${p})`),
      )
    : leaf
  const assertion = inner
    ? fc.oneof(
        bare,
        inner.map((p) => `(?<!${p})`),
        inner.map((p) => `(?<=${p})`),
      )
    : bare
  const piece = fc.oneof(
    { arbitrary: fc.tuple(atom, quantifier).map(([a, q]) => a + q), weight: 4 },
    { arbitrary: assertion, weight: 1 },
  )
  return fc
    .array(fc.array(piece, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 })
    .map((branches) => branches.map((b) => b.join('')).join('|'))
}

const randomPattern = patternOf(2)
const randomText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', ']', 'c'), maxLength: 40 })

describe('longestMatch', () => {
  it('counts literals, and the longest branch of an alternation', () => {
    expect(longestMatch('')).toBe(0)
    expect(longestMatch('abc')).toBe(3)
    expect(longestMatch('ab|cde|f')).toBe(3)
    expect(longestMatch('a|')).toBe(1)
  })

  it('counts groups by their contents, nested, non-capturing or named', () => {
    expect(longestMatch('(a(bc|d))e')).toBe(4)
    expect(longestMatch('(?:ab)(?<name>cd|e)')).toBe(4)
    expect(longestMatch('x(?:a|(?:bcd|ef)g)y')).toBe(6)
  })

  it('counts lookarounds, \\b, \\B, ^ and $ as spanning nothing', () => {
    expect(longestMatch('(?=abc)d')).toBe(1)
    expect(longestMatch('(?!abc)d')).toBe(1)
    expect(longestMatch('(?<=ab)c')).toBe(1)
    expect(longestMatch('(?<!ab)c')).toBe(1)
    expect(longestMatch('\\bab\\b')).toBe(2)
    expect(longestMatch('\\Bab')).toBe(2)
    expect(longestMatch('^ab$')).toBe(2)
  })

  it('counts a class as one character, with a closing bracket inside it, negated or not', () => {
    expect(longestMatch('[abc]')).toBe(1)
    expect(longestMatch('[\\]]x')).toBe(2)
    expect(longestMatch('[^a-z]d')).toBe(2)
    expect(longestMatch('[^\\]a]{2}')).toBe(2)
    expect(longestMatch('[(|)]')).toBe(1)
  })

  it('counts an escape as one code unit, a property or braced code point (u flag) as two', () => {
    expect(longestMatch('\\d\\s\\.')).toBe(3)
    expect(longestMatch('\\u00a0')).toBe(1)
    expect(longestMatch('\\x27s')).toBe(2)
    expect(longestMatch('\\u{1F600}', true)).toBe(2)
    expect(longestMatch('\\p{L}', true)).toBe(2)
    expect(longestMatch('\\(a\\)')).toBe(3)
  })

  it('reads \\p and \\u{ as letters and braces without the u flag, as V8 does', () => {
    expect(longestMatch('\\p{L}')).toBe(4)
    // Built from parts: a pattern literal would not say what the source string says.
    const backslash = '\\'
    expect(new RegExp(`${backslash}p{L}`).exec('p{L}')?.[0]).toBe('p{L}')
    expect(longestMatch('\\u{1F600}')).toBe(8)
    expect(new RegExp(`${backslash}u{1F600}`).exec('u{1F600}')?.[0]).toBe('u{1F600}')
    // "\\u" not followed by four hex digits is the letter u.
    expect(longestMatch('\\uzz')).toBe(3)
  })

  it('counts what may match a character past the BMP as two code units with the u flag', () => {
    expect(longestMatch('.', true)).toBe(2)
    expect(longestMatch('[^a]', true)).toBe(2)
    expect(longestMatch('\\S\\W\\D', true)).toBe(6)
    expect(/^.$/u.exec('😀')?.[0].length).toBe(2)
    // Without it, one code unit each.
    expect(longestMatch('.[^a]\\S')).toBe(3)
  })

  it('multiplies by a bounded quantifier, greedy or lazy', () => {
    expect(longestMatch('a?')).toBe(1)
    expect(longestMatch('a{3}')).toBe(3)
    expect(longestMatch('a{2,5}')).toBe(5)
    expect(longestMatch('a{1,3}?')).toBe(3)
    expect(longestMatch('\\s{1,3}and')).toBe(6)
    expect(longestMatch('(?:ab{2}){3}')).toBe(9)
    // Without digits in it a brace is a literal.
    expect(longestMatch('a{,3}')).toBe(5)
  })

  it('is infinite for an unbounded quantifier or a back-reference', () => {
    expect(longestMatch('a*')).toBe(INF)
    expect(longestMatch('a+')).toBe(INF)
    expect(longestMatch('a{2,}')).toBe(INF)
    expect(longestMatch('ab|c+')).toBe(INF)
    expect(longestMatch('(a)\\1')).toBe(INF)
    expect(longestMatch('(?<n>a)\\k<n>')).toBe(INF)
  })

  it('gives 0, not NaN, for a repeated lookaround', () => {
    expect(longestMatch('(?=a)*')).toBe(0)
    expect(longestMatch('(?=a){2,}b')).toBe(1)
  })

  it('is infinite for a stray or missing parenthesis', () => {
    expect(longestMatch('a)')).toBe(INF)
    expect(longestMatch('ab)c')).toBe(INF)
    expect(longestMatch('(ab')).toBe(INF)
  })

  it('bounds every match of random bounded patterns on random text', () => {
    fc.assert(
      fc.property(randomPattern, randomText, (source, t) => {
        const longest = longestMatch(source)
        expect(Number.isFinite(longest), source).toBe(true)
        for (const m of t.matchAll(new RegExp(source, 'g')))
          expect(m[0].length, source).toBeLessThanOrEqual(longest)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('readAhead', () => {
  it('counts lookarounds by their contents, and one character more for an assertion at the end', () => {
    expect(readAhead('ab')).toBe(3)
    expect(readAhead('a(?=bcd)')).toBe(5)
    expect(readAhead('a(?![a-z]{2})')).toBe(4)
    expect(readAhead('(?<!x)a')).toBe(3)
    expect(readAhead('a\\b')).toBe(2)
    expect(readAhead('a(?=b+)')).toBe(INF)
  })

  it('reads no further than it says: text past the bound changes no match starting at a place', () => {
    fc.assert(
      fc.property(randomPattern, randomText, randomText, (source, t, more) => {
        const ahead = readAhead(source)
        expect(Number.isFinite(ahead), source).toBe(true)
        const whole = t + more
        const at = new RegExp(source, 'y')
        for (let start = 0; start <= t.length; start++) {
          const cut = whole.slice(0, Math.min(whole.length, start + ahead))
          at.lastIndex = start
          const full = at.exec(whole)?.[0]
          at.lastIndex = start
          expect(at.exec(cut)?.[0], `${source} at ${start} of ${JSON.stringify(whole)}`).toBe(full)
        }
      }),
      { numRuns: 3000 },
    )
  })
})
