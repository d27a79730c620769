import { isWhiteSpace } from './lines'

/**
 * A 64-bit content hash as 16 hex digits (two 32-bit multiply-xorshift lanes, after cyrb53) of
 * `parts` joined by line breaks, each run of white space read as one space, so re-wrapping a
 * release does not change it. Not cryptographic: it names a release stably across files and runs,
 * without needing node:crypto. One pass, no joined or collapsed copy of the text is built.
 */
export function contentHash(parts: readonly string[]): string {
  // As 32-bit integers from the start: 0xdeadbeef as written is a double, which V8 would carry
  // through the loop's first iterations and then deoptimise on.
  let h1 = 0xdeadbeef | 0
  let h2 = 0x41c6ce57 | 0
  let inSpace = false
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!
    for (let i = p === 0 ? 0 : -1; i < part.length; i++) {
      // Index -1 stands for the line break that joins this part to the one before.
      let c = i < 0 ? 10 : part.charCodeAt(i)
      if (c > 32 && c < 0xa0) inSpace = false
      // A space is tested before the call: the command line runs V8 without inlining.
      else if (c === 32 || isWhiteSpace(c)) {
        if (inSpace) continue
        inSpace = true
        c = 32
      } else inSpace = false
      h1 = Math.imul(h1 ^ c, 2654435761 | 0)
      h2 = Math.imul(h2 ^ c, 1597334677)
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}
