/**
 * JSON text of a value in pieces of bounded size, equal once joined to `JSON.stringify(value)`:
 * the output of a release of many megabytes (a dump that lost its line breaks) is written piece
 * by piece rather than built as one string several times the release's size.
 */

/** About how long a piece may grow before it is handed on. */
const PIECE = 1 << 16

/**
 * The pieces of `JSON.stringify(value)`, each about `PIECE` characters (short ones joined), made
 * as they are asked for: a writer holds one piece at a time.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  let current = ''
  for (const s of parts(value)) {
    current += s
    if (current.length >= PIECE) {
      yield current
      current = ''
    }
  }
  if (current) yield current
}

function* parts(value: unknown): Generator<string> {
  if (typeof value === 'string') {
    if (value.length <= PIECE) yield JSON.stringify(value)
    else yield* longString(value)
    return
  }
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    yield JSON.stringify(value) ?? 'null'
    return
  }
  if (Array.isArray(value)) {
    yield '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ','
      const item = value[i]
      // As JSON.stringify writes them in arrays: undefined and functions become null.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null'
      else yield* parts(item)
    }
    yield ']'
    return
  }
  yield '{'
  let first = true
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue
    yield `${first ? '' : ','}${JSON.stringify(key)}:`
    first = false
    yield* parts(v)
  }
  yield '}'
}

/** A long string's JSON text in slices, never cutting a surrogate pair (JSON.stringify would escape its halves). */
function* longString(s: string): Generator<string> {
  yield '"'
  for (let from = 0; from < s.length; ) {
    let to = Math.min(s.length, from + PIECE)
    const last = s.charCodeAt(to - 1)
    if (to < s.length && last >= 0xd800 && last <= 0xdbff) to--
    yield JSON.stringify(s.slice(from, to)).slice(1, -1)
    from = to
  }
  yield '"'
}
