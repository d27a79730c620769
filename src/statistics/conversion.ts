import type { Statistic } from '../model'
import type { Quantity } from './quantity'
import type { Token } from './tokens'
import { unitKind } from './unit-kinds'

/**
 * "more than 100 kilograms (220 pounds)", "about €1.2 million (£1 million)": a figure in another
 * unit of the same kind, alone in brackets straight after another, says that figure again, and
 * takes its bound and its change. `found[n]` is the statistic read from `quantities[n]`.
 */
export function shareConversionBounds(
  tokens: readonly Token[],
  quantities: readonly Quantity[],
  found: Statistic[],
): void {
  for (let n = 1; n < found.length; n++) {
    const before = found[n - 1]!
    const after = found[n]!
    if (!isConversion(tokens, quantities[n - 1]!, quantities[n]!, before.unit, after.unit)) continue
    found[n] = {
      ...after,
      qualifier: after.qualifier === 'exact' ? before.qualifier : after.qualifier,
      change: after.change ?? before.change,
    }
  }
}

function isConversion(
  tokens: readonly Token[],
  a: Quantity,
  b: Quantity,
  unitA: string,
  unitB: string,
): boolean {
  const kind = unitKind(unitB)
  if (unitA === unitB || kind === null || unitKind(unitA) !== kind) return false
  return b.first === a.end + 1 && tokens[a.end]?.text === '(' && tokens[b.end]?.text === ')'
}
