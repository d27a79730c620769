/**
 * The most characters a regular expression's match can span, read from its source: what lets a
 * scan start a bounded distance before a word every match must hold, rather than at the start of
 * the text. Lookarounds span nothing; an unbounded quantifier (`*`, `+`, `{n,}`) or a
 * back-reference makes the bound infinite, so a caller falls back to scanning everything.
 */

/**
 * The longest match of `source` in UTF-16 code units; `Infinity` when unbounded. `unicode` is
 * whether the pattern has the `u` or `v` flag: without it `\p{L}` is the letters "p{L}".
 */
export function longestMatch(source: string, unicode = false): number {
  return measure({ source, at: 0, unicode, looks: false })
}

/**
 * How far past a match's start matching may read, in UTF-16 code units: the longest match with
 * every lookaround counted as if it were matched in line (a lookahead reads its contents past the
 * place it stands; a lookbehind is counted too, which only overstates), and one more for the
 * character an assertion at the end reads. Text further on cannot change a match starting there.
 */
export function readAhead(source: string, unicode = false): number {
  return measure({ source, at: 0, unicode, looks: true }) + 1
}

function measure(reader: Reader): number {
  const length = alternatives(reader)
  // A stray `)` leaves text unread: no bound can be trusted.
  return reader.at < reader.source.length ? Number.POSITIVE_INFINITY : length
}

interface Reader {
  readonly source: string
  at: number
  readonly unicode: boolean
  /** Whether lookarounds count their contents (`readAhead`) or nothing (`longestMatch`). */
  readonly looks: boolean
}

/** `a|b|c` up to a closing `)` or the end: the longest alternative. */
function alternatives(r: Reader): number {
  let longest = sequence(r)
  while (r.source[r.at] === '|') {
    r.at++
    longest = Math.max(longest, sequence(r))
  }
  return longest
}

/** Atoms with their quantifiers, up to `|`, `)` or the end. */
function sequence(r: Reader): number {
  let total = 0
  while (r.at < r.source.length && r.source[r.at] !== '|' && r.source[r.at] !== ')') {
    const atom = readAtom(r)
    const times = readQuantifier(r)
    // An atom that spans nothing spans nothing however often it repeats (0 × ∞ is not a length).
    if (atom > 0) total += atom * times
  }
  return total
}

/** One atom's longest match: a group, a class, an escape or a character. */
function readAtom(r: Reader): number {
  const { source } = r
  const c = source[r.at]!
  if (c === '(') {
    r.at++
    // Lookarounds match no characters; other groups match their contents.
    const look = /^\?<?[=!]/.exec(source.slice(r.at, r.at + 3))
    if (look) r.at += look[0].length
    else if (source.startsWith('?:', r.at)) r.at += 2
    else if (source.startsWith('?<', r.at)) r.at = source.indexOf('>', r.at) + 1
    const inside = alternatives(r)
    if (source[r.at] !== ')') return Number.POSITIVE_INFINITY
    r.at++
    return look && !r.looks ? 0 : inside
  }
  if (c === '[') {
    // A class is one character; `]` right after `[` or `[^` is a literal, escapes are skipped.
    let i = r.at + 1
    if (source[i] === '^') i++
    if (source[i] === ']') i++
    while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
    r.at = i + 1
    // With the flag, a class may match a character past the BMP: two code units.
    return r.unicode ? 2 : 1
  }
  if (c === '\\') {
    const next = source[r.at + 1] ?? ''
    r.at += 2
    if (next === 'b' || next === 'B') return 0
    // A back-reference repeats a group of unknown length.
    if (/[1-9k]/.test(next)) return Number.POSITIVE_INFINITY
    // Without the flag, `\p` and `\u{` are the letters "p" and "u", and the braces stand for themselves.
    const braced = r.unicode && source[r.at] === '{' && (next === 'u' || next === 'p' || next === 'P')
    if (braced) {
      r.at = source.indexOf('}', r.at) + 1
      // `\p{…}` and `\u{…}` may be astral: two code units.
      return 2
    }
    if (next === 'u' && /^[\dA-Fa-f]{4}$/.test(source.slice(r.at, r.at + 4))) r.at += 4
    else if (next === 'x' && /^[\dA-Fa-f]{2}$/.test(source.slice(r.at, r.at + 2))) r.at += 2
    // With the flag, "not a digit, word character or space" includes characters past the BMP.
    return r.unicode && (next === 'D' || next === 'W' || next === 'S') ? 2 : 1
  }
  r.at++
  if (c === '^' || c === '$') return 0
  return r.unicode && c === '.' ? 2 : 1
}

/** The most times a quantifier lets its atom repeat (1 with none); a lazy `?` after it changes nothing. */
function readQuantifier(r: Reader): number {
  const { source } = r
  const c = source[r.at]
  let times = 1
  if (c === '?') {
    r.at++
  } else if (c === '*' || c === '+') {
    r.at++
    times = Number.POSITIVE_INFINITY
  } else if (c === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(r.at, r.at + 12))
    if (!braces) return 1
    r.at += braces[0].length
    times =
      braces[2] === undefined ? Number(braces[1]) : braces[3] ? Number(braces[3]) : Number.POSITIVE_INFINITY
  } else {
    return 1
  }
  if (source[r.at] === '?') r.at++
  return times
}
