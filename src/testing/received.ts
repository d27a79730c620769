/** The items a matcher compares, and how to name what it was given in a failure message. */
export interface ReceivedItems<T> {
  readonly items: readonly T[]
  readonly subject: string
}

type ItemKey = 'quotes' | 'operations' | 'dates' | 'statistics'

/**
 * Reads the items of one kind from what a matcher was given: a string is parsed with `parse`; an
 * `extract` result gives the items of all its releases in order; a release gives its own; a list
 * is taken as the items themselves.
 *
 * Throws a `TypeError` for anything else, and for options given with something already parsed,
 * since they could not apply and a test that passed them would mean something it does not check.
 */
export function receivedItems<T>(
  received: unknown,
  key: ItemKey,
  parse: (text: string) => readonly T[],
  matcher: string,
  hasOptions: boolean,
): ReceivedItems<T> {
  if (typeof received === 'string') return { items: parse(received), subject: `text ${quoteText(received)}` }
  if (hasOptions) {
    throw new TypeError(`${matcher}: options apply only to a string, which the matcher parses with them`)
  }
  if (Array.isArray(received)) return { items: received as T[], subject: `the list of ${key}` }
  if (isObject(received) && Array.isArray(received.releases)) {
    const items = (received.releases as unknown[]).flatMap((r) =>
      isObject(r) && Array.isArray(r[key]) ? r[key] : [],
    )
    return { items: items as T[], subject: 'the extract result' }
  }
  if (isObject(received) && Array.isArray(received[key])) {
    const title = typeof received.title === 'string' ? ` ${quoteText(received.title)}` : ''
    return { items: received[key] as T[], subject: `the release${title}` }
  }
  throw new TypeError(
    `${matcher}: expected a string, an extract result, a release or a list of ${key}, received ${describeValue(received)}`,
  )
}

/** The string a matcher of one expression was given, or a `TypeError` naming what it was given instead. */
export function receivedString(received: unknown, matcher: string): string {
  if (typeof received === 'string') return received
  throw new TypeError(`${matcher}: expected a string, received ${describeValue(received)}`)
}

/** A string for a failure message: quoted, on one line, long text cut with an ellipsis. */
export function quoteText(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ')
  return `“${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}”`
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object without releases or items' : typeof value
}
