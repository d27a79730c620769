import { CURRENCY_SYMBOLS, PRICE_NOUNS, PRICE_VERBS } from './lexicon'
import type { Token } from './tokens'

/** How many words may stand between "a litre of" and the verb of its price: "a gallon of whole milk now costs". */
const MAX_WORDS_TO_PRICE_VERB = 5

/**
 * Whether one of a unit written with its article, "a litre" from `tokens[first]` to `tokens[end]`,
 * is the unit a price is quoted for and no amount of anything: "the price of a litre of petrol",
 * "the cost of a pint", "a kilo of beef costs £12", "£1.50 a litre of petrol". An amount handled or found keeps its figure:
 * "a kilogram of heroin was seized", "the value of the tonne of cocaine".
 */
export function isPriceBase(tokens: readonly Token[], first: number, end: number): boolean {
  // "£1.50 a litre of petrol", "190p a litre of diesel": the unit right after the price.
  if (closesPrice(tokens, first - 1)) return true
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

/** Words of a sum in pence or cents glued to or after its digits: "150p", "82 cents". Keep sorted. */
const SMALL_COIN_WORDS: ReadonlySet<string> = new Set(['c', 'cents', 'p', 'pence'])

/** Whether a price ends at `tokens[at]`: digits after a currency's sign ("£1.50"), or pence or cents ("150p"). */
function closesPrice(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]
  if (t?.kind === 'num') {
    const sign = tokens[at - 1]
    return sign?.kind === 'sym' && CURRENCY_SYMBOLS[sign.text] !== undefined && !t.gap
  }
  return t?.kind === 'word' && SMALL_COIN_WORDS.has(t.lower) && tokens[at - 1]?.kind === 'num'
}
