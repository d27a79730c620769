import type { Statistic } from '../model'
import { AUXILIARY_VERBS } from '../text/auxiliaries'
import { INTRANSITIVE_PASTS, PRESENT_VERBS, SIMPLE_PASTS } from './measure-lexicon'
import { isParticiple } from './participles'
import type { Quantity } from './quantity'
import { isClauseBreak, isSentenceBreak, type Token } from './tokens'
import { isMoney } from './unit-kinds'

/*
 * "Police arrested 120 people. Of these, 85 went to court.": a part counted of a whole a pronoun
 * names counts what the whole does, when the sentence before (or the clause before, in the same
 * sentence) counts one thing only. The word after the part is then its verb, never what it
 * counts; with no whole to read, the part measures nothing.
 */

/** Pronouns that name a whole counted before: "Of these", "85 of them". Keep sorted. */
const WHOLE_PRONOUNS: ReadonlySet<string> = new Set(['these', 'this', 'those', 'them'])

/** Words that may open the clause "of these" starts: "and of these", "but of those". Keep sorted. */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['and', 'but'])

const AUXILIARIES: ReadonlySet<string> = new Set(AUXILIARY_VERBS)

/**
 * Whether the figure counts a part of a whole a pronoun names, so what is read after it is no
 * measure of its own: "Of these, 85 went to court" (the verb after the figure), "Of those, 40 were
 * charged" (nothing), "85 of them were charged" (the pronoun). "Of these, 85 men were charged"
 * counts men.
 */
export function isPronounPart(tokens: readonly Token[], q: Quantity, measure: string | null): boolean {
  const after = tokens[q.end]
  // "85 of these went to court", "30% of them".
  if (after?.lower === 'of' && WHOLE_PRONOUNS.has(tokens[q.end + 1]?.lower ?? ''))
    return measure === null || measure.toLowerCase() === tokens[q.end + 1]!.lower
  if (!opensWithPronounWhole(tokens, q.first)) return false
  return measure === null || (after?.kind === 'word' && isVerbForm(after.lower))
}

/** Whether "Of these" (with its comma or not) opens the clause right before `tokens[first]`. */
function opensWithPronounWhole(tokens: readonly Token[], first: number): boolean {
  const pronoun = tokens[first - 1]?.text === ',' ? first - 2 : first - 1
  if (!WHOLE_PRONOUNS.has(tokens[pronoun]?.lower ?? '') || tokens[pronoun - 1]?.lower !== 'of') return false
  const before = tokens[pronoun - 2]
  return before === undefined || isClauseBreak(before) || CLAUSE_LINKS.has(before.lower)
}

/** Whether a word after a figure is a verb: "went", "pleaded", "remain", "were". */
function isVerbForm(word: string): boolean {
  return (
    AUXILIARIES.has(word) ||
    SIMPLE_PASTS.has(word) ||
    INTRANSITIVE_PASTS.has(word) ||
    PRESENT_VERBS.has(word) ||
    isParticiple(word)
  )
}

/** The index of the first token of the sentence `tokens[at]` stands in. */
export function sentenceStart(tokens: readonly Token[], at: number): number {
  let k = at - 1
  while (k >= 0 && !isSentenceBreak(tokens[k])) k--
  return k + 1
}

/**
 * The measure of the whole a part counts: the one thing the statistics before it in its own
 * sentence count that the part can be of (a count for a count or a share, the same money for
 * money); failing any there, the one thing those of the sentence before count. Null when they
 * count none, or more than one thing.
 */
export function measureOfWhole(
  part: Statistic,
  ownSentence: readonly Statistic[],
  sentenceBefore: readonly Statistic[],
): string | null {
  const unit = part.unit === 'count' || part.unit === 'percent' ? 'count' : part.unit
  if (unit !== 'count' && !isMoney(unit)) return null
  const wholes = (list: readonly Statistic[]) => list.filter((s) => s.unit === unit && s.measure !== null)
  const near = wholes(ownSentence)
  const found = near.length > 0 ? near : wholes(sentenceBefore)
  const measure = found[0]?.measure ?? null
  return found.every((s) => s.measure!.toLowerCase() === measure?.toLowerCase()) ? measure : null
}
