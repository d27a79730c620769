import { findChange } from './change'
import { CHANGE_WORDS, type Change, POINT_DIFFERENCES } from './lexicon'
import { SMALL_NUMBERS } from './number-words'
import type { Quantity } from './quantity'
import type { QuantityLexicon } from './quantity-lexicon'
import { POINT_DIRECTIONS, readUnit } from './read-unit'
import type { Token } from './tokens'

/** The unit of a change in a rate written in per cent. */
export const PERCENTAGE_POINT = 'percentage point'

/** Words that name the points after a count: "2 points", "1 point". */
const POINT_WORDS: ReadonlySet<string> = new Set(['point', 'points'])
/** Verbs between "to" and "at" before the level: "fell 3 points to stand at 41%". Keep sorted. */
const LEVEL_VERBS: ReadonlySet<string> = new Set(['settle', 'sit', 'stand'])

/**
 * "Support rose 2 points to 65 per cent", "fell 3.5 points to 41%", "a 4-point rise to 52 per
 * cent": points that a share moved by, beside the level in per cent it came to, are percentage
 * points, the points written as their unit. Points beside another level ("the index fell 30
 * points to 7,425": an index's points), or that are no change ("scored 2 points"), stay as they are.
 */
export function readPointsOfRate(tokens: readonly Token[], quantities: readonly Quantity[]): Quantity[] {
  return quantities.map((q, n) => {
    if (q.rule === 'statistics/vague') return q
    const level = quantities[n + 1]
    const before = quantities[n - 1]
    const end = pointsEnd(tokens, q)
    if (end === null) return q
    // "to 65 per cent" after the points, or "4.1%, up 0.2 points" before them.
    const beside =
      (level?.unit === 'percent' && levelAfter(tokens, end) === level.first) ||
      (before?.unit === 'percent' && changeAfterLevel(tokens, before.end, q.first))
    if (!beside || !findChange(tokens, q.first, end, PERCENTAGE_POINT)) return q
    return { ...q, end, unit: PERCENTAGE_POINT, unitWritten: true, rule: 'statistics/percent' }
  })
}

/** Whether a comma and a word of change lead from a level's end to the points at `first`: "4.1%, up 0.2 points". */
function changeAfterLevel(tokens: readonly Token[], levelEnd: number, first: number): boolean {
  const word = tokens[levelEnd + 1]
  return (
    tokens[levelEnd]?.text === ',' &&
    first === levelEnd + 2 &&
    word?.kind === 'word' &&
    CHANGE_WORDS[word.lower] !== undefined
  )
}

/** The token after the points of `q`: "2 points", "a 4-point" (its unit read already); else null. */
function pointsEnd(tokens: readonly Token[], q: Quantity): number | null {
  if (q.unit === 'point') return q.end
  if (q.unit !== 'count' || q.unitWritten) return null
  const t = tokens[q.end]
  return t?.kind === 'word' && t.text === t.lower && POINT_WORDS.has(t.lower) ? q.end + 1 : null
}

/**
 * Where the level starts that the words from `tokens[k]` lead to: past "to", "at", "from", "to
 * stand at", after a noun of the difference or a word of direction ("rise to", "higher at") and a
 * comma; null when they lead to none.
 */
function levelAfter(tokens: readonly Token[], k: number): number | null {
  let j = k
  const word = tokens[j]?.lower ?? ''
  if (POINT_DIFFERENCES.has(word) || POINT_DIRECTIONS.has(word)) j++
  if (tokens[j]?.text === ',') j++
  if (
    tokens[j]?.lower === 'to' &&
    LEVEL_VERBS.has(tokens[j + 1]?.lower ?? '') &&
    tokens[j + 2]?.lower === 'at'
  )
    return j + 3
  // "fell 0.2 points from 4.4%": the level it left is in per cent too.
  if (LEVEL_LINKS.has(tokens[j]?.lower ?? '')) return j + 1
  return null
}

/** Words before the level a share's points lead to or come from: "to 41%", "at 65%", "from 4.4%". Keep sorted. */
const LEVEL_LINKS: ReadonlySet<string> = new Set(['at', 'from', 'to'])

/**
 * Whether the one at `tokens[start..end)` is a point a share moved by, before its level in per
 * cent: "up one point to 41 per cent", "fell 1 point to 40%". Such a one is a figure, not the
 * single thing "one point" is elsewhere.
 */
export function isOnePointOfRate(
  tokens: readonly Token[],
  start: number,
  end: number,
  lex: QuantityLexicon,
): boolean {
  const verb = tokens[start - 1]
  if (verb?.kind !== 'word' || CHANGE_WORDS[verb.lower] === undefined) return false
  if (tokens[end]?.lower !== 'point') return false
  const level = levelAfter(tokens, end + 1)
  return level !== null && isPercentAt(tokens, level, lex)
}

/**
 * Whether a figure in per cent starts at `tokens[k]`, its unit read as every figure's is: "41%",
 * "41 per cent", "41 pct", "41pc", "forty percent".
 */
function isPercentAt(tokens: readonly Token[], k: number, lex: QuantityLexicon): boolean {
  const n = tokens[k]
  const digits = n?.kind === 'num'
  if (!digits && !(n?.kind === 'word' && SMALL_NUMBERS[n.lower] !== undefined)) return false
  return readUnit(tokens, k + 1, lex, digits)?.unit === 'percent'
}

/**
 * Heads of measures written in per cent, whose points of change are percentage points: "mortgage
 * rates", "inflation", "gross margin", "bond yields". Keep sorted.
 */
const RATE_HEADS: ReadonlySet<string> = new Set([
  'inflation',
  'margin',
  'margins',
  'rate',
  'rates',
  'yield',
  'yields',
])

/**
 * The unit of points that a rate moved by: "pushed mortgage rates down 0.5 points", "Inflation
 * fell 0.4 points" are in percentage points. An index's points ("The FTSE 100 fell 45 points")
 * and points that are no change stay as they are.
 */
export function unitOfRatePoints(unit: string, change: Change | null, measure: string | null): string {
  if (unit !== 'point' || change === null || !measure) return unit
  const head = measure.slice(measure.lastIndexOf(' ') + 1).toLowerCase()
  return RATE_HEADS.has(head) ? PERCENTAGE_POINT : unit
}
