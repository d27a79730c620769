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
 * passive's ("is cut off", "to be cut"), a first- or second-person subject's present,
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

/** Words in -s before a same-form verb that are no noun subject of it. Keep sorted. */
const S_WORDS_NOT_SUBJECTS: ReadonlySet<string> = new Set([
  'afterwards',
  'always',
  'as',
  'does',
  'has',
  'hers',
  'his',
  'is',
  'its',
  'ours',
  'perhaps',
  'sometimes',
  'theirs',
  'this',
  'thus',
  'towards',
  'us',
  'was',
  'yours',
])

/** Adverbs of a habit, which keep a verb in the present: "floods often hit homes". Keep sorted. */
const HABIT_ADVERBS: ReadonlySet<string> = new Set([
  'always',
  'generally',
  'normally',
  'often',
  'rarely',
  'regularly',
  'seldom',
  'sometimes',
  'typically',
  'usually',
])

/** Words of a habit in a sentence, which keep a plural subject's verb in the present: "every winter", "often". */
const HABIT = new RegExp(
  `(?<![A-Za-z])(?:${alternation([...HABIT_ADVERBS, 'annually', 'each', 'every', 'per', 'whenever'])})(?![A-Za-z])`,
  'i',
)

const SAME_FORM = new RegExp(`(?<![A-Za-z'’])(?:${alternation(SAME_FORM_PASTS)})(?![A-Za-z'’])`, 'g')
/** A verb right after a same-form word, which makes that word a noun. */
const VERB_AFTER = /^\s{1,3}(?:is|was|are|were|will|would|has|had|could|may|might)(?![A-Za-z])/i
/** The word right before a match, up to 20 letters, and the space after it. */
const WORD_BEFORE = /(?:^|[^A-Za-z'’])([A-Za-z'’]{1,20})\s{1,3}$/

/**
 * Whether `sentence` holds a same-form verb in the past: "The storm hit the coast", "Hurricane
 * Milton hit", "the storms hit on Monday", not "expected to hit", "will hit", "they hit", "storms
 * hit every winter" nor "a hit".
 */
export function hasSameFormPast(sentence: string): boolean {
  SAME_FORM.lastIndex = 0
  for (let m = SAME_FORM.exec(sentence); m; m = SAME_FORM.exec(sentence)) {
    const word = WORD_BEFORE.exec(sentence.slice(Math.max(0, m.index - 24), m.index))?.[1]
    if (!word) continue
    const lower = word.toLowerCase()
    // "n't hit" is negated; "is cut", "this cut": a word in -s that names no subject.
    if (
      lower.endsWith('n’t') ||
      lower.endsWith("n't") ||
      lower.endsWith('’ll') ||
      S_WORDS_NOT_SUBJECTS.has(lower)
    )
      continue
    // "The storms hit on Monday": a plural subject's present is written the same, but a release
    // tells what happened; only a habit ("Storms hit the coast every winter") is present.
    if ((lower.endsWith('s') || HABIT_ADVERBS.has(lower)) && HABIT.test(sentence)) continue
    if (lower.endsWith("'ll") || NOT_PAST_BEFORE.has(lower)) continue
    // "A direct hit is expected": a verb after it makes the word its subject, a noun.
    if (VERB_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue
    return true
  }
  return false
}
