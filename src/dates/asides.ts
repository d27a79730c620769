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
