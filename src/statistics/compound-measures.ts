/**
 * A measure in two imperial units, the larger then the smaller, is one figure: a height in feet
 * and inches ("5ft 4in", "6 ft 2 in", "5'4\"", "six foot two"), a weight in pounds and ounces
 * ("5lb 4oz", "7 pounds and 4 ounces") or in stone and pounds ("12 stone 4lb").
 */
import type { Quantity } from './quantity'
import type { Token } from './tokens'

/** Each larger unit, the smaller unit written after it, and how many of the smaller make one. */
const COMPOUNDS: readonly { readonly larger: string; readonly smaller: string; readonly per: number }[] = [
  { larger: 'ft', smaller: 'inch', per: 12 },
  { larger: 'pound', smaller: 'oz', per: 16 },
  { larger: 'stone', smaller: 'pound', per: 14 },
]

/**
 * Joins each figure in a larger unit with the figure in its smaller unit read right after it into
 * one figure in the smaller unit, which holds the measure exactly: "5ft 4in" is 64 inches, "5lb
 * 4oz" 84 ounces. Figures apart ("6ft, 4in"), and a smaller figure too large to be part of the
 * larger unit ("5lb 20oz"), stay as they are.
 */
export function joinCompoundMeasures(tokens: readonly Token[], quantities: readonly Quantity[]): Quantity[] {
  const joined: Quantity[] = []
  for (let n = 0; n < quantities.length; n++) {
    const larger = quantities[n]!
    const smaller = quantities[n + 1]
    const compound = smaller ? compoundOf(tokens, larger, smaller) : undefined
    if (compound) {
      joined.push({
        ...larger,
        end: smaller!.end,
        numberEnd: smaller!.numberEnd,
        value: larger.value * compound.per + smaller!.value,
        unit: compound.smaller,
      })
      n++
    } else joined.push(larger)
  }
  return joined
}

/**
 * The compound `larger` and `smaller` make: the smaller right after the larger, or after a hyphen,
 * a stop or "and" ("5-foot-10", "5 ft. 10 in.", "7 pounds and 4 ounces").
 */
function compoundOf(tokens: readonly Token[], larger: Quantity, smaller: Quantity) {
  const compound = COMPOUNDS.find((c) => c.larger === larger.unit && c.smaller === smaller.unit)
  if (!compound || smaller.qualifier !== 'exact') return undefined
  if (smaller.value < 0 || smaller.value >= compound.per) return undefined
  if (smaller.first === larger.end) return compound
  const link = tokens[larger.end]?.lower
  const linked = smaller.first === larger.end + 1 && (link === '-' || link === '.' || link === 'and')
  return linked ? compound : undefined
}
