import { CHANGE_WORDS } from './lexicon'
import { isSentenceBreak, type Token } from './tokens'

/** How far back the verb of a change may stand from a second "by" it serves. */
const GAPPED_REACH = 12

/**
 * A second change that leaves out its verb: "Knife crime fell by a third, and burglary by a
 * quarter". `first` is the figure's first token, after "by"; the subject is one or two words
 * after "and" or a comma, and the verb is the first change's, with or without its own "by",
 * earlier in the sentence. Null when the figure is no such change ("he was stabbed by a third man" has a verb).
 */
export function gappedChange(
  tokens: readonly Token[],
  first: number,
): { verb: number; subject: [number, number] } | null {
  if (tokens[first - 1]?.lower !== 'by') return null
  let k = first - 2
  // "and robberies rose by a third" has its own verb.
  while (k >= first - 3 && tokens[k]?.kind === 'word' && tokens[k]!.lower !== 'and') {
    if (isChangeWord(tokens[k])) return null
    k--
  }
  const link = tokens[k]
  if (k === first - 2 || (link?.lower !== 'and' && link?.text !== ',')) return null
  const subject: [number, number] = [k + 1, first - 1]
  // "and were matched by 300 arrests": a participle before "by" names an agent, no subject.
  if (tokens[first - 2]!.lower.endsWith('ed')) return null
  for (k--; k >= 1 && k >= first - GAPPED_REACH; k--) {
    const t = tokens[k]!
    if (isSentenceBreak(t)) return null
    if (t.lower === 'by' && isChangeWord(tokens[k - 1])) return { verb: k - 1, subject }
    // "rents increased 5 per cent and wages by 4 percent": the first change has no "by".
    if (isChangeWord(t) && tokens[k + 1]?.kind === 'num') return { verb: k, subject }
  }
  return null
}

export function isChangeWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.lower in CHANGE_WORDS
}
