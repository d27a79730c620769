import { FRACTION_PARTS, MAGNITUDES, PERIODS } from './lexicon'
import { PREPOSITIONS } from './measure-lexicon'
import { SMALL_NUMBERS } from './number-words'
import { isClauseBreak, isPluralShaped, type Token } from './tokens'

/** What a rate is per: "per 100,000 people" is `{ value: 100000, measure: 'people' }`. */
export interface RateBase {
  readonly value: number
  readonly measure: string | null
}

/** Words that end what the base counts: a preposition, or a word that goes on with the clause. */
const BASE_MEASURE_STOPS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  'and',
  'compared',
  'last',
  'or',
  'than',
  'the',
  'this',
  'up',
  'was',
  'were',
  'when',
  'where',
  'which',
  'while',
  'with',
])

/** Words of what a base counts, at most: "live births", "head of population". */
const BASE_MEASURE_WORDS = 3

/**
 * The base of a rate written after a quantity in the same clause: "3.2 per 100,000 people",
 * "84 offences per million population", "12 for every 1,000 residents", "45 in every 10,000".
 * A number as the base is 10 or more: "per 2 hours" and "per cent" are a period and a unit, read
 * elsewhere. With no number the base is one of the thing named: "$0.87 per diluted share".
 *
 * @example
 * rateBaseAfter(tokenize('a rate of 45.1 deaths per 100,000 population'), 5)
 * //=> { value: 100000, measure: 'population' }
 */
export function rateBaseAfter(tokens: readonly Token[], end: number): RateBase | null {
  for (let k = end; k < tokens.length && k < end + 8; k++) {
    const t = tokens[k]!
    if (isClauseBreak(t) || t.kind === 'num') return null
    if (t.kind !== 'word') continue
    const at =
      t.lower === 'per'
        ? k + 1
        : (t.lower === 'for' || t.lower === 'in') && tokens[k + 1]?.lower === 'every'
          ? k + 2
          : -1
    if (at < 0) continue
    const base = baseAt(tokens, at)
    if (base === null) return t.lower === 'per' ? perOneAt(tokens, k) : null
    return { value: base.value, measure: measureAt(tokens, base.next) }
  }
  return null
}

/** Words after "per" that make no base of one: a unit, Latin phrases, a period read elsewhere. Keep sorted. */
const NOT_PER_ONE: ReadonlySet<string> = new Set(['annum', 'capita', 'cent', 'centum', 'diem', 'mille', 'se'])

/**
 * A rate per one thing, the thing written after "per" with no number: "$0.87 per diluted share",
 * "£200 per child" are `{ value: 1, measure: 'diluted share' }` and `{ value: 1, measure: 'child' }`.
 * Not a period ("per month"), "per cent", nor "as per" or "per the rules" (according to).
 */
function perOneAt(tokens: readonly Token[], per: number): RateBase | null {
  const next = tokens[per + 1]
  if (next?.kind !== 'word' || tokens[per - 1]?.lower === 'as') return null
  if (next.lower in PERIODS || NOT_PER_ONE.has(next.lower)) return null
  const measure = measureAt(tokens, per + 1)
  return measure === null ? null : { value: 1, measure }
}

/** The number of a base at `at`, a scale word after it included ("100,000", "1 million", "million"). */
function baseAt(tokens: readonly Token[], at: number): { value: number; next: number } | null {
  const t = tokens[at]
  if (t === undefined) return null
  let value: number
  let next = at + 1
  if (t.kind === 'num') {
    value = t.value
    const scale = scaleOf(tokens[next])
    if (scale !== undefined) {
      value *= scale
      next++
    }
  } else {
    const scale = t.kind === 'word' ? scaleOf(t) : undefined
    if (scale === undefined) return null
    value = scale
  }
  return Number.isFinite(value) && value >= 10 ? { value, next } : null
}

/** A scale written as a word ("million", "thousand"), not a letter that may be a unit ("m"). */
function scaleOf(t: Token | undefined): number | undefined {
  if (t?.kind !== 'word') return undefined
  const magnitude = MAGNITUDES[t.lower]
  return magnitude && !magnitude.moneyOnly && t.lower.length > 1 ? magnitude.factor : undefined
}

/** What the base counts, in lower-case words right after it: "people", "live births"; "of the population" reads "population". */
function measureAt(tokens: readonly Token[], from: number): string | null {
  let k = from
  if (tokens[k]?.lower === 'of' && tokens[k + 1]?.lower === 'the') k += 2
  const first = k
  while (
    k < tokens.length &&
    k - first < BASE_MEASURE_WORDS &&
    tokens[k]!.kind === 'word' &&
    /^\p{Ll}/u.test(tokens[k]!.text) &&
    !BASE_MEASURE_STOPS.has(tokens[k]!.lower)
  )
    k++
  if (k === first) return null
  return tokens
    .slice(first, k)
    .map((t) => t.text)
    .join(' ')
}

/** Words after "a" that name no one thing a price is for: a night's rate, a time, a share of a whole. Keep sorted. */
const NOT_PRICE_BASES: ReadonlySet<string> = new Set(['further', 'night', 'piece', 'record', 'time', 'total'])

/**
 * The one thing a price is quoted for, written with "a" or "an" right after the sum at `end`:
 * "$82.10 a barrel", "$2,010 an ounce", "£1.50 a litre of petrol" are `{ value: 1, measure:
 * 'barrel' }` and the like. The thing is one singular word in lower case that ends its phrase
 * (the clause goes on with a preposition, a comma or the sentence's end). Not a period ("£500 a
 * month", read elsewhere), a number ("$4 a dozen") or a share of one ("£2 a quarter").
 */
export function priceBaseAfter(tokens: readonly Token[], end: number): RateBase | null {
  const article = tokens[end]
  if (article?.kind !== 'word' || (article.text !== 'a' && article.text !== 'an')) return null
  const noun = tokens[end + 1]
  if (noun?.kind !== 'word' || noun.text !== noun.lower || noun.lower.length < 3) return null
  const word = noun.lower
  if (word in PERIODS || word in MAGNITUDES || word in SMALL_NUMBERS || word in FRACTION_PARTS) return null
  if (NOT_PRICE_BASES.has(word) || NOT_PER_ONE.has(word) || isPluralShaped(word)) return null
  const after = tokens[end + 2]
  const ends =
    after === undefined ||
    (after.kind === 'sym' && after.text !== '-') ||
    (after.kind === 'word' &&
      (PREPOSITIONS.has(after.lower) || after.lower === 'and' || after.lower === 'or'))
  return ends ? { value: 1, measure: noun.text } : null
}
