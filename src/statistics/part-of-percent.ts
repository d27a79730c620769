import { FRACTION_PARTS } from './lexicon'
import { SMALL_NUMBERS } from './number-words'
import { isGluedHyphen, type Token } from './tokens'

/*
 * A fraction in words of one per cent: "one-half percent", "a quarter of a per cent", "half a
 * percentage point", "three-quarters of 1%". The fraction is of the per cent, not of a whole: a
 * value below one, not a share of 50 or 25.
 */

/** A part of one per cent, or of one percentage point, read at a fraction in words. */
export interface PartOfPercent {
  readonly value: number
  readonly unit: 'percent' | 'percentage point'
  /** Token after the unit. */
  readonly end: number
}

/** Reads "one-half percent", "a quarter of a per cent", "half a percentage point" at `tokens[i]`. */
export function readPartOfPercent(tokens: readonly Token[], i: number): PartOfPercent | null {
  const share = fractionAt(tokens, i)
  if (share === null) return null
  let k = share.end
  if (tokens[k]?.lower === 'of') {
    // "a quarter of a per cent", "three-quarters of one percent", "a tenth of 1%": of one only.
    if (!isOne(tokens[k + 1])) return null
    k += 2
  } else if (share.half && tokens[k]?.lower === 'a') k++
  const unit = percentAt(tokens, k)
  if (unit === null) return null
  return { value: Number.parseFloat(share.value.toPrecision(4)), unit: unit.unit, end: unit.end }
}

/** "a", "one" or "1": one of the unit after it. */
function isOne(t: Token | undefined): boolean {
  return t?.lower === 'a' || t?.lower === 'one' || (t?.kind === 'num' && t.text === '1')
}

/** The fraction in words at `tokens[i]`: "half", "one-half", "a quarter", "two-thirds". */
function fractionAt(
  tokens: readonly Token[],
  i: number,
): { value: number; end: number; half: boolean } | null {
  const t = tokens[i]
  if (t?.kind !== 'word') return null
  if (t.lower === 'half') return { value: 0.5, end: i + 1, half: true }
  const top = t.lower === 'a' || t.lower === 'one' ? 1 : SMALL_NUMBERS[t.lower]
  if (top === undefined || top < 1 || top > 9) return null
  const k = isGluedHyphen(tokens[i + 1]) && !tokens[i + 2]?.gap ? i + 2 : i + 1
  const part = tokens[k]
  const bottom = part?.kind === 'word' ? FRACTION_PARTS[part.lower] : undefined
  // "two thirds" is plural, "a third" is not.
  if (bottom === undefined || bottom <= top || top > 1 !== part!.lower.endsWith('s')) return null
  return { value: top / bottom, end: k + 1, half: false }
}

/** "percent", "per cent", "%", "percentage point(s)" at `tokens[k]`, with the token after it. */
function percentAt(tokens: readonly Token[], k: number): { unit: PartOfPercent['unit']; end: number } | null {
  const t = tokens[k]
  if (t === undefined) return null
  if (t.lower === 'percent' || t.text === '%') return { unit: 'percent', end: k + 1 }
  if (t.lower === 'per' && tokens[k + 1]?.lower === 'cent') return { unit: 'percent', end: k + 2 }
  if (t.lower === 'percentage' && /^points?$/.test(tokens[k + 1]?.lower ?? ''))
    return { unit: 'percentage point', end: k + 2 }
  return null
}
