/** Escapes the characters that mean something in a regular expression, so `s` matches itself. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * An alternation of phrases, longest first, so the longest phrase written wins ("Op." over "Op",
 * "per cent" over "per"); each space inside a phrase matches `space`. Duplicates and empty phrases
 * are dropped; an empty list gives a pattern that never matches.
 */
export function alternation(phrases: Iterable<string>, space = '\\s+'): string {
  const list = phraseList(phrases)
  if (list.length === 0) return '(?!)'
  return list.map((p) => escapeRegExp(p).replace(/\s+/g, space)).join('|')
}

function phraseList(phrases: Iterable<string>): string[] {
  return [...new Set(phrases)]
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * `alternation` written as a tree of shared beginnings: "Chief Constable|Chief Inspector" as
 * "Chief\\s+(?:Constable|Inspector)", for the long lists of a pattern tried at many places. V8
 * tries the phrases of a flat list one by one: the titles of the person pattern, tried at every
 * capital, took about 2 µs a time, and half that as a tree. The tree matches what the flat list
 * matches and prefers the same phrase: where several phrases fit, one is a beginning of another,
 * and the longer goes on before the shorter ends, as longest-first has it. That holds while no
 * two branches can read the same character; a list where they could ("mid-term" beside "mid term"
 * with a `space` that reads hyphens) is written flat. For a pattern with the `i` flag pass `caseless`: the
 * phrases are lower-cased, so "Chief" and "chief" are one.
 * Building the tree costs about a millisecond per hundred phrases: not for patterns made at import.
 */
export function phraseTree(phrases: Iterable<string>, space = '\\s+', caseless = false): string {
  // Without case, "Chief" and "chief" are one phrase, and lower-cased they share their branches.
  const list = phraseList(caseless ? [...phrases].map((p) => p.toLowerCase()) : phrases)
  if (list.length === 0) return '(?!)'
  const root = treeOf(list, space)
  return overlaps(root, space, caseless) ? alternation(list, space) : written(root)
}

/** A point in a tree of phrases: the tokens that go on from it, in the order first seen (null: a phrase ends). */
interface Branch {
  readonly next: Map<string, Branch>
  readonly order: (string | null)[]
}

function treeOf(list: readonly string[], space: string): Branch {
  const root: Branch = { next: new Map(), order: [] }
  for (const phrase of list) {
    let at = root
    for (const token of tokens(phrase, space)) {
      let next = at.next.get(token)
      if (!next) {
        next = { next: new Map(), order: [] }
        at.next.set(token, next)
        at.order.push(token)
      }
      at = next
    }
    // A phrase ends here after every longer phrase through this point: the list is longest first.
    at.order.push(null)
  }
  return root
}

/** A phrase's tokens: each character escaped, each run of white space `space`. */
function tokens(phrase: string, space: string): string[] {
  const out: string[] = []
  for (const c of phrase) {
    if (c.trim() !== '') out.push(SPECIAL.has(c) ? `\\${c}` : c)
    else if (out.at(-1) !== space) out.push(space)
  }
  return out
}

/** The characters `escapeRegExp` escapes. */
const SPECIAL = new Set(['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/'])

/**
 * True when the tree could prefer another phrase than the list: two tokens going on from one point
 * could read the same character (`space` and a hyphen it reads), or a `space` is followed by a
 * character it also reads and phrases part after it. The space may then end in more than one
 * place: the tree tries the phrases after it with the longest space first, the list tries each
 * phrase with every length of its space before the next phrase ("b -" before "b a" on "b--a").
 */
function overlaps(branch: Branch, space: string, caseless: boolean): boolean {
  const spaced = branch.next.has(space)
  for (const [token, next] of branch.next) {
    if (spaced && token !== space && readsAsSpace(token, space, caseless)) return true
    if (token === space && parts(next) && [...next.next.keys()].some((t) => readsAsSpace(t, space, caseless)))
      return true
    if (overlaps(next, space, caseless)) return true
  }
  return false
}

/** Whether phrases part anywhere from this point on. */
function parts(branch: Branch): boolean {
  if (branch.order.length > 1) return true
  for (const next of branch.next.values()) if (parts(next)) return true
  return false
}

/** Whether `space` can start with the character of `token` ("-" in `[\\s-]{1,3}`). */
function readsAsSpace(token: string, space: string, caseless: boolean): boolean {
  const c = token.length === 2 && token[0] === '\\' ? token[1]! : token
  const key = `${caseless}\u0000${space}\u0000${c}`
  let reads = SPACE_READS.get(key)
  if (reads === undefined) {
    try {
      reads = new RegExp(`^(?:${space})`, caseless ? 'iu' : 'u').test(c.repeat(3))
    } catch {
      reads = true // a space pattern this cannot read: keep the list flat
    }
    SPACE_READS.set(key, reads)
  }
  return reads
}

const SPACE_READS = new Map<string, boolean>()

function written(branch: Branch): string {
  const alternatives = branch.order.map((t) => (t === null ? '' : t + written(branch.next.get(t)!)))
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`
}
