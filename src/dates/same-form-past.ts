import { alternation } from './lexicon'

/*
 * Irregular verbs whose past is written as their present ("hit", "cut", "hurt"): no ending tells
 * the tense, the word before does. After a subject in the singular ("The storm hit", "a car hit",
 * "she cut") the verb is past, as the present would take an "-s"; after "to", "will", a modal or
 * "not" it is a bare infinitive ("expected to hit", "will hit"), and after an article or a
 * possessive a noun ("a direct hit", "the cut").
 */

/** Verbs whose past and present are one form, left out when they also schedule ("set for"). Keep sorted. */
export const SAME_FORM_PASTS: readonly string[] = [
  'burst',
  'cast',
  'cut',
  'hit',
  'hurt',
  'put',
  'quit',
  'shed',
  'shut',
  'split',
  'spread',
]

/**
 * Words before a same-form verb that make it no past: an infinitive's or a modal's, a present
 * passive's ("is cut off", "to be cut"), a plural or first- or second-person subject's present,
 * or a noun's determiner. Keep sorted.
 */
const NOT_PAST_BEFORE: ReadonlySet<string> = new Set([
  'a',
  'am',
  'an',
  'any',
  'are',
  'be',
  'being',
  'can',
  'could',
  'did',
  'do',
  'does',
  'each',
  'every',
  'get',
  'her',
  'his',
  'i',
  'is',
  'its',
  'let',
  'may',
  'might',
  'must',
  'my',
  'never',
  'no',
  'not',
  'our',
  'shall',
  'should',
  'that',
  'the',
  'their',
  'these',
  'they',
  'this',
  'those',
  'to',
  'we',
  'will',
  'would',
  'you',
  'your',
])

const SAME_FORM = new RegExp(`(?<![A-Za-z'’])(?:${alternation(SAME_FORM_PASTS)})(?![A-Za-z'’])`, 'g')
/** A verb right after a same-form word, which makes that word a noun. */
const VERB_AFTER = /^\s{1,3}(?:is|was|are|were|will|would|has|had|could|may|might)(?![A-Za-z])/i
/** The word right before a match, up to 20 letters, and the space after it. */
const WORD_BEFORE = /(?:^|[^A-Za-z'’])([A-Za-z'’]{1,20})\s{1,3}$/

/**
 * Whether `sentence` holds a same-form verb in the past: "The storm hit the coast", "Hurricane
 * Milton hit", not "expected to hit", "will hit", "they hit", "the storms hit" nor "a hit".
 */
export function hasSameFormPast(sentence: string): boolean {
  SAME_FORM.lastIndex = 0
  for (let m = SAME_FORM.exec(sentence); m; m = SAME_FORM.exec(sentence)) {
    const word = WORD_BEFORE.exec(sentence.slice(Math.max(0, m.index - 24), m.index))?.[1]
    if (!word) continue
    const lower = word.toLowerCase()
    // "The storms hit": a plural subject's present is written the same; "n't hit" is negated.
    if (lower.endsWith('s') || lower.endsWith('n’t') || lower.endsWith("n't") || lower.endsWith('’ll'))
      continue
    if (lower.endsWith("'ll") || NOT_PAST_BEFORE.has(lower)) continue
    // "A direct hit is expected": a verb after it makes the word its subject, a noun.
    if (VERB_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue
    return true
  }
  return false
}
