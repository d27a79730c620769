/** A height in feet and inches ("5ft 4in", "6 ft 2 in", "5'4\"", "six foot two") is one figure. */
import type { Quantity } from './quantity'
import type { Token } from './tokens'

const INCHES_PER_FOOT = 12

/**
 * Joins each figure in feet with the inches read right after it into one figure in inches, the
 * unit that holds the height exactly: "5ft 4in" is 64 inches. Figures apart ("6ft, 4in"), and
 * inches that are a figure of their own, stay as they are.
 */
export function joinHeights(tokens: readonly Token[], quantities: readonly Quantity[]): Quantity[] {
  const joined: Quantity[] = []
  for (let n = 0; n < quantities.length; n++) {
    const feet = quantities[n]!
    const inches = quantities[n + 1]
    if (inches && isHeight(tokens, feet, inches)) {
      joined.push({
        ...feet,
        end: inches.end,
        numberEnd: inches.numberEnd,
        value: feet.value * INCHES_PER_FOOT + inches.value,
        unit: 'inch',
      })
      n++
    } else joined.push(feet)
  }
  return joined
}

/** Whether `inches` are the inches of the height in `feet`: right after it, or after a hyphen or a stop. */
function isHeight(tokens: readonly Token[], feet: Quantity, inches: Quantity): boolean {
  if (feet.unit !== 'ft' || inches.unit !== 'inch' || inches.qualifier !== 'exact') return false
  if (inches.value < 0 || inches.value >= INCHES_PER_FOOT) return false
  if (inches.first === feet.end) return true
  const link = tokens[feet.end]?.text
  return inches.first === feet.end + 1 && (link === '-' || link === '.')
}
