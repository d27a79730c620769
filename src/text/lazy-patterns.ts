/**
 * Patterns made on their first use rather than at import. A pattern with a Unicode property class
 * (`\p{L}`) takes V8 tens of microseconds to make, as it looks the class up each time; the few
 * hundred the parsers hold took about a fifth of the time to import the library. Made on first
 * use, they cost only the parsers that run, and only when they run.
 */

const LAZY: { source: string; flags: string }[] = []

/** The sources and flags of the patterns made on first use (`lazyRegExp`, `lazyBmpRegExp`), made yet or not. */
export function lazyPatterns(): readonly { readonly source: string; readonly flags: string }[] {
  return LAZY
}

/** `new RegExp(source, flags)` made on the first call, the same object on every call after. */
export function lazyRegExp(source: string, flags?: string): () => RegExp {
  return lazily(source, flags, (s, f) => new RegExp(s, f))
}

/**
 * The pattern `make` makes of `source` and `flags`, made on the first call; noted for
 * `lazyPatterns`, so a safety check reads each, used or not.
 */
export function lazily(
  source: string,
  flags: string | undefined,
  make: (source: string, flags: string | undefined) => RegExp,
): () => RegExp {
  LAZY.push({ source, flags: flags ?? '' })
  let re: RegExp | undefined
  return () => {
    re ??= make(source, flags)
    return re
  }
}
