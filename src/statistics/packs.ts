import type { Statistic } from '../model'
import type { Quantity } from './quantity'
import type { Token } from './tokens'
import { isMeasureUnit } from './unit-kinds'

/**
 * "3 x 20-foot containers", "two 500ml bottles", "4 × 1kg packages of cocaine": a count right
 * before a measure of each thing, or with a times sign between, counts the things the measure
 * describes, and takes what that measure measures. The sign itself is never what is counted: "20
 * x 30 feet" leaves the first figure's measure empty. Changes `found` in place.
 */
export function shareEachMeasure(
  tokens: readonly Token[],
  quantities: readonly Quantity[],
  found: Statistic[],
): void {
  for (let n = 0; n + 1 < found.length; n++) {
    const count = found[n]!
    const q = quantities[n]!
    const each = quantities[n + 1]!
    if (count.unit !== 'count' || q.rule === 'statistics/vague') continue
    const sign = isTimesSign(tokens[q.end]) && tokens[q.end]!.gap && each.first === q.end + 1
    if (!sign && each.first !== q.end) continue
    const measured = found[n + 1]!
    const describes = isMeasureUnit(measured.unit) && isCompound(tokens, each) && measured.measure !== null
    if (describes) found[n] = { ...count, measure: measured.measure }
    else if (sign) found[n] = { ...count, measure: null }
  }
}

/** "x" or "×" standing alone between two figures. */
function isTimesSign(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === 'x' || t.text === '×')
}

/** A figure glued to its unit, or joined by a hyphen, that describes a noun: "20-foot", "1kg", "500ml". */
function isCompound(tokens: readonly Token[], q: Quantity): boolean {
  const unit = tokens[q.numberEnd]
  return unit !== undefined && !unit.gap && q.end > q.numberEnd
}
