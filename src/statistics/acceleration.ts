import type { Quantity } from './quantity'
import type { QuantityLexicon } from './quantity-lexicon'
import { readUnit } from './read-unit'
import type { Token } from './tokens'

/*
 * "accelerates 0-60 mph in 3.2 seconds", "0 to 100 km/h in 4.1s", "its 0-62mph time": the speeds
 * of an acceleration test. With their unit they are one range of speed, from a standstill, and
 * no change ("goes from 0 to 62 mph" rises to nothing); without it ("sprints 0-60 in 3.2
 * seconds") they measure nothing the text says, and "0" is no count.
 */

/** Speeds a car's acceleration is tested to, as the units lexicon names them. */
const SPEED_UNITS: ReadonlySet<string> = new Set(['mph', 'km/h'])

/** The fastest speed an acceleration test runs to: "0-300 km/h" of a supercar. */
const TOP_TEST_SPEED = 400

/** Words after a test's speeds that name it: "its 0-60 mph time", "0-100 km/h acceleration". Keep sorted. */
const TEST_NOUNS: ReadonlySet<string> = new Set(['acceleration', 'dash', 'run', 'sprint', 'time', 'times'])

/** Verbs before a test's speeds: "accelerates from 0 to 60", "sprints 0-62mph". */
const ACCELERATION_VERB = /^(?:accelerat|sprint)/

/** Words of seconds after "in": "in 3.2 seconds", "in 4.1s", "in 4.5 sec". Keep sorted. */
const SECOND_WORDS: ReadonlySet<string> = new Set(['s', 'sec', 'secs', 'second', 'seconds'])

/**
 * Whether the number at `tokens[start]` (its digits end at `end`) is an end of an acceleration
 * test's speeds written without their unit: "0" or "60" of "accelerates 0-60 in 3.2 seconds".
 */
export function isUnitlessAccelerationTest(
  tokens: readonly Token[],
  start: number,
  end: number,
  lex: QuantityLexicon,
): boolean {
  if (tokens[start]?.kind !== 'num') return false
  if (tokens[start]!.text === '0') return testEnd(tokens, start, lex) !== null
  const zero = zeroBefore(tokens, start)
  return zero !== null && end === start + 1 && testEnd(tokens, zero, lex) === start
}

/**
 * Whether the range from `a` to `b` is an acceleration test's speeds: "from 0 to 62 mph in 7.2
 * seconds", "0-100 km/h acceleration", "accelerates from 0 to 60 mph".
 */
export function isAccelerationRange(tokens: readonly Token[], a: Quantity, b: Quantity): boolean {
  if (a.value !== 0 || !SPEED_UNITS.has(b.unit)) return false
  const zero = tokens[a.first - 1]?.lower === 'from' ? a.first : a.numberStart
  return (
    accelerationBefore(tokens, zero) ||
    TEST_NOUNS.has(tokens[b.end]?.lower ?? '') ||
    timedAfter(tokens, b.end)
  )
}

/** Where the "0" linked to the speed at `upper` stands ("0-60", "0 to 60", "0-to-60"), or null. */
function zeroBefore(tokens: readonly Token[], upper: number): number | null {
  for (const width of [1, 3]) {
    const zero = upper - width - 1
    if (tokens[zero]?.text === '0' && linkEnd(tokens, zero + 1) === upper) return zero
  }
  return null
}

/** Where the link after a test's "0" ends: "-", "–", "to", "-to-". -1 when none stands there. */
function linkEnd(tokens: readonly Token[], at: number): number {
  const t = tokens[at]
  if (t?.text === '-' || t?.text === '–') {
    if (!t.gap && tokens[at + 1]?.lower === 'to' && tokens[at + 2]?.text === '-') return at + 3
    return at + 1
  }
  return t?.lower === 'to' ? at + 1 : -1
}

/**
 * The upper speed's token of a test written without a unit whose "0" is at `zero`, when a verb of
 * acceleration or the test's name stands around them ("0-60 in 3.2 seconds" alone may be a
 * count's rise); else null.
 */
function testEnd(tokens: readonly Token[], zero: number, lex: QuantityLexicon): number | null {
  const upper = linkEnd(tokens, zero + 1)
  const speed = tokens[upper]
  if (upper < 0 || speed?.kind !== 'num' || speed.value <= 0 || speed.value > TOP_TEST_SPEED) return null
  if (readUnit(tokens, upper + 1, lex, true) !== null) return null
  if (accelerationBefore(tokens, zero) || TEST_NOUNS.has(tokens[upper + 1]?.lower ?? '')) return upper
  return null
}

/** "accelerates 0-60", "sprints from 0 to 62": a verb of acceleration just before, "from" between. */
function accelerationBefore(tokens: readonly Token[], zero: number): boolean {
  const at = tokens[zero - 1]?.lower === 'from' ? zero - 2 : zero - 1
  const verb = tokens[at]
  return verb?.kind === 'word' && ACCELERATION_VERB.test(verb.lower)
}

/** "in 3.2 seconds", "in 4.1s", "in under four seconds": the test's time after its speeds. */
function timedAfter(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'in') return false
  for (let k = at + 1; k <= at + 4; k++) {
    const t = tokens[k]
    if (t?.kind === 'word' && SECOND_WORDS.has(t.lower)) return true
    if (!t || (t.kind === 'sym' && t.text !== '.')) return false
  }
  return false
}
