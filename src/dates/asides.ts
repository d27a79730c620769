/**
 * Asides set between commas or brackets inside a sentence: "The festival, first held in 2019,
 * returns on 12 July", "The clinic, which opened in January, is taking bookings", "Jane Smith
 * (pictured) opens the centre on Friday". Their verbs tell of another time than the sentence's own
 * clause, so the clause's tense is read without them.
 */
import { alternation, PAST_PARTICIPLES, PAST_VERBS } from './lexicon'

/** An adverb that may stand before an aside's participle: "first held", "originally built". */
const ASIDE_ADVERB = '(?:(?:first|originally|once|previously|recently|also|only|now|later|newly)\\s{1,3})?'
/**
 * A comma, a participle or a relative pronoun that opens the aside, its words up to the comma
 * that closes it; or a bracketed aside. Bounded, so that text without commas costs one pass.
 */
const ASIDE = new RegExp(
  `,\\s{1,3}${ASIDE_ADVERB}(?:which|who|${alternation([...PAST_VERBS, ...PAST_PARTICIPLES])}|[a-z]{2,20}ed)(?![A-Za-z])[^,()\\n]{0,100},|\\([^()\\n]{0,100}\\)`,
  'gi',
)

/** `head` (a sentence up to a mention) without the asides that close before its end. */
export function withoutAsides(head: string): string {
  if (!head.includes(',') && !head.includes('(')) return head
  return head.replace(ASIDE, ' ')
}

/** A word of a verb's own tense: no time or place of an aside after its participle holds one. */
const AUXILIARY =
  '(?:did|does|do|has|have|had|was|were|is|are|will|would|can|could|might|must|should|not|never)'

/**
 * A participle right after its noun, with the time or place it tells of, at the end of the words
 * before a clause's verb: "the man arrested in May" (returns), "the woman who was charged on
 * Friday" (appears), "the man arrested by police in May". No pronoun, auxiliary or conjunction
 * stands before the participle ("he arrested", "was arrested", "and arrested"), and a preposition
 * or a word of time follows it, never an object ("scored two runs on"), nor an auxiliary after
 * ("the man arrested in May did not return on" is one clause). Bounded, so a long text costs one
 * pass.
 */
const PARTICIPLE_AFTER_NOUN = new RegExp(
  `(?<=[A-Za-z]{2}\\s{1,3})(?<!(?<![A-Za-z])(?:he|she|they|we|i|you|it|who|which|that|has|have|had|was|were|is|are|be|been|being|and|or|but|not|to)\\s{1,3})(?:(?:who|which|that)\\s{1,3}(?:was|were|(?:had|has|have)\\s{1,3}been)\\s{1,3})?(?:${alternation([...PAST_VERBS, ...PAST_PARTICIPLES])}|[a-z]{2,20}ed)\\s{1,3}(?:in|on|at|by|during|over|for|after|last|earlier|yesterday|this)(?![A-Za-z])(?:\\s{1,3}(?!${AUXILIARY}(?![A-Za-z]))[A-Za-z0-9'’.-]{1,20}){0,6}\\s{0,3}$`,
)

/**
 * A relative clause whose subject is a pronoun, right after its noun, at the end of the words
 * before a clause's verb: "the man we arrested in May" (returns), "the woman whom they charged"
 * (appears), "the road that we closed last week" (reopens). An article or a possessive opens the
 * noun, in at most three words; its object is that noun, so the clause may end at its verb or at
 * its time or place. No auxiliary follows: "the man we arrested did not return on" is one clause.
 */
const PRONOUN_CLAUSE_AFTER_NOUN = new RegExp(
  `(?<=(?<![A-Za-z])(?:the|a|an|this|these|those|his|her|their|our|its|my|your)\\s{1,3}(?:[A-Za-z'’-]{1,20}\\s{1,3}){1,3})(?:(?:who|whom|which|that)\\s{1,3})?(?:we|they|he|she|i|you)\\s{1,3}(?:had\\s{1,3})?(?:${alternation(PAST_VERBS)}|[a-z]{2,20}ed)(?![A-Za-z])(?:\\s{1,3}(?:in|on|at|by|during|over|for|after|last|earlier|yesterday|this)(?![A-Za-z])(?:\\s{1,3}(?!${AUXILIARY}(?![A-Za-z]))[A-Za-z0-9'’.-]{1,20}){0,6})?\\s{0,3}$`,
  'i',
)

/**
 * `lead`, the words of a clause up to its verb, without a participle or a relative clause that
 * tells of its subject (see `PARTICIPLE_AFTER_NOUN`, `PRONOUN_CLAUSE_AFTER_NOUN`): in "the man
 * (we) arrested in May returns to court on 3 March" the verb is "returns", and the arrest is
 * another time than the clause's.
 */
export function withoutParticipleAfterNoun(lead: string): string {
  const m = PARTICIPLE_AFTER_NOUN.exec(lead) ?? PRONOUN_CLAUSE_AFTER_NOUN.exec(lead)
  return m ? lead.slice(0, m.index) : lead
}
