import { matchPhrase } from './phrases'
import type { QuantityLexicon } from './quantity-lexicon'
import type { Token } from './tokens'

/**
 * The unit of measure written at `tokens[j]`, after a number: "60KG", "10,000 miles", "29 per
 * cent", "a 6.1-inch display". `digits` says whether the number was written in digits, which
 * one-letter units must be glued to ("5g"); in a `headline` a capitalised unit is a unit ("50 Pounds
 * of Fentanyl"). Returns the unit and the token after it, or null.
 */
export function readUnit(
  tokens: readonly Token[],
  j: number,
  lex: QuantityLexicon,
  digits: boolean,
  headline = false,
): { unit: string; end: number } | null {
  let k = j
  // "a 6.1-inch display", "a 2.4-litre engine": the unit glued on by a hyphen.
  if (tokens[k]?.text === '-' && !tokens[k]!.gap && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.gap) k++
  const t = tokens[k]
  if (!t) return null
  // "5 ft 10 in", "6 feet 2 in": "in" after the feet of a height is its inches, no preposition.
  if (t.lower === 'in' && digits && isAfterFeet(tokens, j - 1)) return { unit: 'inch', end: k + 1 }
  const m = matchPhrase(tokens, k, lex.units)
  if (!m) return null
  // "a 50-percent rise", "a 12-per-cent fall"; not "5-percentage", which no one writes for a share.
  if (k > j && m.phrase.words.length === 1 && m.phrase.words[0] === 'percentage') return null
  // "5G" is a generation, "5g" five grams; "256GB" is fine in capitals. Apart from the digits
  // only before "of": "500 g of heroin", "1.5 t of hashish".
  const apart = t.gap && tokens[m.end]?.lower !== 'of'
  if (
    m.phrase.attachedOnly &&
    (apart || !digits || (t.text.length === 1 && (t.text !== t.lower) !== !!m.phrase.capitalOnly))
  )
    return null
  // "during 2016 Stone spoke": a capitalised word apart is a name, not "stone" or "miles" ("2.4Ghz"
  // is glued). A headline capitalises every word.
  if (
    !headline &&
    !m.phrase.properName &&
    t.gap &&
    t.kind === 'word' &&
    t.text.length > 2 &&
    /^[A-Z][a-z]/.test(t.text) &&
    m.phrase.words.length === 1
  )
    return null
  return { unit: m.phrase.unit, end: m.end }
}

/** Words of feet, before the inches of a height. */
const FEET = new Set(['feet', 'foot', 'ft'])

/** Whether the number at `tokens[at]` follows feet written after a number: "5 ft 10", "6 feet 2". */
function isAfterFeet(tokens: readonly Token[], at: number): boolean {
  const feet = tokens[at - 1]
  return feet?.kind === 'word' && FEET.has(feet.lower) && tokens[at - 2]?.kind === 'num'
}
