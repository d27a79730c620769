/**
 * How a release calls a body by a short form of its name: one of its words ("Kent" of "Kent
 * Police"), a word cut short ("Met" of "Metropolitan Police Service") or its initials ("NCA" of
 * "National Crime Agency", "PSNI" of "Police Service of Northern Ireland").
 */

/** Words a name holds in lower case, which give no initial: "Service of Northern Ireland". */
const LINK_WORD = /^(?:of|for|and|the|on|in|&)$/
const INITIALS = /^\p{Lu}{2,8}$/u
/**
 * A word cut short keeps three letters at least and less than half the word: "Met" of
 * "Metropolitan"; "Kent" of "Kentucky" is a name of its own.
 */
const CLIPPED = /^\p{Lu}\p{Ll}{2,}$/u
const CAPITALISED = /^\p{Lu}/u

/**
 * True when `short` is a short form of the body's `name`: a word of it, a word of it cut short
 * ("Met" of "Metropolitan"), or the initials of its last words in capitals, "of" and "and"
 * skipped ("NCA", "PSNI"; "NPCC" of "United Kingdom National Police Chiefs Council"). The
 * initials must reach the name's last word, whose noun tells what the body is: "UK" is no short
 * form of "United Kingdom National Police Chiefs Council".
 *
 * @example
 * isShortNameOf('Met', 'Metropolitan Police Service') //=> true
 * isShortNameOf('PSNI', 'Police Service of Northern Ireland') //=> true
 * isShortNameOf('Police', 'Police Scotland') //=> true
 * isShortNameOf('NCA', 'National Crime Agency (NCA) news') //=> false
 */
export function isShortNameOf(short: string, name: string): boolean {
  if (short.length === 0 || short === name) return false
  const words = name.split(/[ \u00a0]+/).filter((w) => w.length > 0)
  if (words.includes(short)) return true
  if (CLIPPED.test(short)) {
    return words.some((w) => CAPITALISED.test(w) && w.length > 2 * short.length && w.startsWith(short))
  }
  return INITIALS.test(short) && initialsOfEnd(words, short.length) === short
}

/** The initials of the capitalised words that end a name, as many as `count`, links skipped. */
function initialsOfEnd(words: readonly string[], count: number): string {
  let out = ''
  for (let k = words.length - 1; k >= 0 && out.length < count; k--) {
    const w = words[k]!
    if (LINK_WORD.test(w)) continue
    if (!CAPITALISED.test(w)) return ''
    out = w.charAt(0) + out
  }
  return out
}
