/**
 * Unicode property classes limited to the Basic Multilingual Plane.
 *
 * Under the `u` flag V8 compiles `\p{L}` into a matcher for its astral ranges too (surrogate
 * pairs), so a long pattern that repeats the class took 100–300 ms over its first runs,
 * and again in every worker. The same class over the BMP alone compiles in a few milliseconds;
 * the letters of press releases are all there (astral letters are historic scripts, rare CJK and
 * mathematical styles).
 */
import { BMP_RANGES } from './bmp-ranges.generated'
import { lazily } from './lazy-patterns'

const PROPERTY = /\\p\{(\w+)\}/y

/**
 * `source` with each `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{M}` and `\p{N}` written as its BMP ranges:
 * inside a character class as ranges, elsewhere as a class of its own. Other escapes and other
 * properties are kept as written.
 */
export function bmpClasses(source: string): string {
  let out = ''
  let from = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      PROPERTY.lastIndex = i
      const m = PROPERTY.exec(source)
      const ranges = m ? BMP_RANGES[m[1]!] : undefined
      if (m && ranges) {
        out += source.slice(from, i) + (inClass ? ranges : `[${ranges}]`)
        from = i + m[0].length
        i = from - 1
      } else i++ // the escaped character is never a bracket
    } else if (c === '[') inClass = true
    else if (c === ']') inClass = false
  }
  return out + source.slice(from)
}

/**
 * A `bmpRegExp` made on its first call rather than at import: spelt out, a long pattern's classes
 * run to tens of kilobytes, which take V8 milliseconds to parse.
 */
export function lazyBmpRegExp(source: string, flags?: string): () => RegExp {
  return lazily(source, flags, bmpRegExp)
}

const WRITTEN = new WeakMap<RegExp, string>()

/** `new RegExp(source, flags)` with its property classes limited to the BMP (see above). */
export function bmpRegExp(source: string, flags?: string): RegExp {
  const re = new RegExp(bmpClasses(source), flags)
  WRITTEN.set(re, source)
  return re
}

/**
 * The source a pattern was written with: for one made by `bmpRegExp`, with its `\p{…}` classes
 * (the same structure, in a few kilobytes rather than hundreds).
 */
export function writtenSource(re: RegExp): string {
  return WRITTEN.get(re) ?? re.source
}
