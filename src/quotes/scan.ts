/*
 * Small character scans that replace trailing-space regexes: a pattern such as /[\s,]+$/ retries
 * from every position of a long run of spaces and goes quadratic; a loop from the end does not.
 */

const SPACE = /\s/u

/** True when `c` is white space or one of `chars`. */
function isTrimmed(c: string, chars: string): boolean {
  return SPACE.test(c) || chars.includes(c)
}

/** `s` without trailing white space and trailing `chars`. */
export function trimEndChars(s: string, chars = ''): string {
  let end = s.length
  while (end > 0 && isTrimmed(s[end - 1]!, chars)) end--
  return s.slice(0, end)
}

/** `s` without leading white space and leading `chars`. */
export function trimStartChars(s: string, chars = ''): string {
  let start = 0
  while (start < s.length && isTrimmed(s[start]!, chars)) start++
  return s.slice(start)
}

/** True when `s` holds nothing but white space and `chars`. */
export function onlyChars(s: string, chars = ''): boolean {
  for (let i = 0; i < s.length; i++) if (!isTrimmed(s[i]!, chars)) return false
  return true
}

/** True when `s` ends with `c` once trailing white space is set aside. */
export function endsWithChar(s: string, c: string): boolean {
  return trimEndChars(s).endsWith(c)
}
