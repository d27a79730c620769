/**
 * Patterns made on their first use rather than at import. A pattern with a Unicode property class
 * (`\p{L}`) takes V8 tens of microseconds to make, as it looks the class up each time, and the
 * first such pattern of a process has V8 build each class from Unicode's tables; the few hundred
 * the parsers hold took about a fifth of the time to import the library. Made on first use, they
 * cost only the parsers that run, and only when they run.
 */

/** A pattern's source, or what writes it when it is first needed (a source read from word lists). */
export type LazySource = string | (() => string)

const LAZY: { source: LazySource; flags: string }[] = []

/** The sources and flags of the patterns made on first use (`lazyRegExp`, `lazyBmpRegExp`), made yet or not. */
export function lazyPatterns(): readonly { readonly source: string; readonly flags: string }[] {
  return LAZY.map(({ source, flags }) => ({ source: sourceOf(source), flags }))
}

/** `new RegExp(source, flags)` made on the first call, the same object on every call after. */
export function lazyRegExp(source: LazySource, flags?: string): () => RegExp {
  return lazily(source, flags, (s, f) => new RegExp(s, f))
}

/**
 * The pattern `make` makes of `source` and `flags`, made on the first call; noted for
 * `lazyPatterns`, so a safety check reads each, used or not.
 */
export function lazily(
  source: LazySource,
  flags: string | undefined,
  make: (source: string, flags: string | undefined) => RegExp,
): () => RegExp {
  LAZY.push({ source, flags: flags ?? '' })
  return onFirstUse(() => make(sourceOf(source), flags))
}

function sourceOf(source: LazySource): string {
  return typeof source === 'string' ? source : source()
}

/** A value `make` makes on the first call (a set read from word lists with such patterns), the same after. */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => {
    made ??= { value: make() }
    return made.value
  }
}
