import { PRICE_NOUNS, PRICE_VERBS } from './lexicon'
import type { Token } from './tokens'

/** How many words may stand between "a litre of" and the verb of its price: "a gallon of whole milk now costs". */
const MAX_WORDS_TO_PRICE_VERB = 5

/**
 * Whether one of a unit written with its article, "a litre" from `tokens[first]` to `tokens[end]`,
 * is the unit a price is quoted for and no amount of anything: "the price of a litre of petrol",
 * "the cost of a pint", "a kilo of beef costs £12". An amount handled or found keeps its figure:
 * "a kilogram of heroin was seized", "the value of the tonne of cocaine".
 */
export function isPriceBase(tokens: readonly Token[], first: number, end: number): boolean {
  // "the price of a litre", "the cost for a kilo": the unit the price is for.
  const link = tokens[first - 1]?.lower
  if ((link === 'of' || link === 'for') && PRICE_NOUNS.has(tokens[first - 2]?.lower ?? '')) return true
  // "a kilo of beef costs £12", "a gallon of milk now costs $4": the verb of its price follows
  // the thing, in the same clause.
  if (tokens[end]?.lower !== 'of') return false
  for (let k = end + 1; k <= end + 1 + MAX_WORDS_TO_PRICE_VERB; k++) {
    const t = tokens[k]
    if (t?.kind !== 'word') return false
    if (PRICE_VERBS.has(t.lower)) return true
  }
  return false
}
