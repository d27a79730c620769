/**
 * A table looked up by words of the text, built without a prototype: in a plain object,
 * "constructor" or "__proto__" would be found as keys of every table ("12 constructor firms"
 * read "constructor" as a word of change and lost its figure).
 *
 * @example
 * const SCALES = wordTable({ hundred: 100, thousand: 1000 })
 * 'constructor' in SCALES
 * //=> false
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries))
}
