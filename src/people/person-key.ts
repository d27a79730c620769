/** Apostrophes and primes written in place of `'`. */
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032\u0060\u00b4]/g
/** Dashes and hyphens other than `-` (as in "Newman‑West"). */
const HYPHENS = /[\u2010\u2011\u2012\u2013]/g
const SPACES = /\s+/g

/**
 * The form of a name that two mentions must share to be the same person across releases: case,
 * spacing, curly or straight apostrophes, other hyphens and the periods of initials ("J.K." and
 * "J. K." and "J K") do not count; every letter does, so "Gavin Stephens" and "Stephens" stay
 * apart, as do two people who share a surname.
 *
 * @example
 * nameKey('Dr  Jo O’Neill') === nameKey('dr jo o\'neill') //=> true
 * nameKey('J.K. Rowling') === nameKey('J. K. Rowling')    //=> true
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
    .replace(/\./g, ' ')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase()
}

/** Tidies a title or role for display: spacing collapsed, ends trimmed. */
export function tidy(value: string): string {
  return value.replace(SPACES, ' ').trim()
}
