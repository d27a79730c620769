import { gappedChange } from './gapped'
import {
  CHANGE_BY_VERBS,
  CHANGE_WORDS,
  type Change,
  COMPARATIVES,
  LOSS_VERBS,
  PERIOD_ADJECTIVES,
  RETURN_PARTICLES,
  SHARE_VERBS_BEFORE_UP,
} from './lexicon'
import { isFunctionWord } from './measure-lexicon'
import { SMALL_NUMBERS } from './number-words'
import { abbreviationOpening, isClauseBreak, type Token } from './tokens'
import { isMoney } from './unit-kinds'

/** "the victim lost $45,000": a verb of loss before a sum names the sum lost, a level, not a change. */
export function namesSumLost(word: Token | undefined, unit: string): boolean {
  return word?.kind === 'word' && isMoney(unit) && LOSS_VERBS.has(word.lower)
}

/** A change and the word that says so. */
export interface ChangeCue {
  readonly change: Change
  /** Index of the change word. */
  readonly at: number
}

/**
 * Whether the sentence says the quantity in `tokens[first..end)` is a change, and which way:
 * "seizures increase by 1293%", "a rise of 5%", "down 10%", "a 29 per cent increase".
 *
 * @example
 * const tokens = tokenize('firearms seizures increased by 421%')
 * findChange(tokens, 4, 6, 'percent')
 * //=> { change: 'increase', at: 2 }
 */
export function findChange(
  tokens: readonly Token[],
  first: number,
  end: number,
  unit: string,
): ChangeCue | null {
  // Whether the quantity measures (a percentage, money, a unit) rather than counts: "down 10%" is a change.
  const measured = unit !== 'count'
  // "up 6% (+2,340 offences)", "+12% on last year": a plus sign glued to a count, a share or a sum
  // says it rose; before a temperature ("+5C") it is the level's sign.
  const sign = tokens[first]
  if (
    sign?.kind === 'sym' &&
    sign.text === '+' &&
    tokens[first + 1]?.kind === 'num' &&
    !tokens[first + 1]!.gap &&
    CHANGE_UNITS.test(unit)
  )
    return { change: 'increase', at: first }
  const prev = tokens[first - 1]
  const by = byBeforeChange(tokens, first)
  if (prev?.kind === 'word') {
    if (by >= 0) {
      // "fell by a third, and burglary by a quarter": the first change's verb.
      const gapped = gappedChange(tokens, by + 1)
      if (gapped) return { change: CHANGE_WORDS[tokens[gapped.verb]!.lower]!, at: gapped.verb }
      // "a platform used by 37,000 criminals": "by" after a participle names its agent, whatever
      // verb of change stands earlier ("taken down a platform used by").
      if (isAgentParticiple(tokens[by - 1])) return null
      // Back to the verb of the clause: "has increased arrests by around 50 per cent", "raised
      // interest rates by 0.25 percentage points".
      for (let k = by - 1; k >= 0 && k >= by - 11; k--) {
        const t = tokens[k]!
        // "cut the Official Cash Rate (OCR) by": the name's abbreviation is inside the object.
        const abbreviation = abbreviationOpening(tokens, k)
        if (abbreviation >= 0) {
          k = abbreviation
          continue
        }
        if (isClauseBreak(t) || t.kind === 'num') break
        const c =
          t.kind === 'word'
            ? (CHANGE_WORDS[t.lower] ?? CHANGE_BY_VERBS[t.lower] ?? DIRECTION_ADVERBS[t.lower])
            : undefined
        if (c) return { change: c, at: k }
      }
      return null
    }
    if (prev.lower === 'of') {
      const noun = tokens[first - 2]
      const c = noun?.kind === 'word' ? CHANGE_WORDS[noun.lower] : undefined
      if (c && noun!.lower !== 'up' && noun!.lower !== 'down') return { change: c, at: first - 2 }
      // "Shares lost an average of 3%", "Prices rose an average of 5%": a verb of change before
      // the sum or the average, as before "by an average of".
      const averaged = averagedChangeVerb(tokens, first - 2)
      if (averaged !== null) return averaged
      return unit === 'percent' ? changeAtRate(tokens, first - 2) : null
    }
    // "The rise was 5%", "the overall reduction is 300 offences": the change named before a link.
    const noun = tokens[first - 2]
    // "the fall was 30 metres" is a height.
    if (
      LINKS.has(prev.lower) &&
      noun?.kind === 'word' &&
      CHANGE_NOUNS.has(noun.lower) &&
      CHANGE_UNITS.test(unit)
    )
      return { change: CHANGE_WORDS[noun.lower]!, at: first - 2 }
    // "Children made up 12% of those arrested": a share, like "accounted for".
    if (prev.lower === 'up' && SHARE_VERBS_BEFORE_UP.has(tokens[first - 2]?.lower ?? '')) return null
    if (namesSumLost(prev, unit)) return null
    // "Profits fell back 4%", "Demand dropped away 7%": a particle of return after a verb of
    // change leaves its way to the verb.
    const verb = RETURN_PARTICLES.has(prev.lower) ? verbOfChangeAt(tokens[first - 2]) : null
    if (verb && (measured || tokens[end]?.lower !== 'to')) return { change: verb, at: first - 2 }
    // "down 10%", "rose 5%", "up 3,000 on last year"; not "lock down two states".
    const c = CHANGE_WORDS[prev.lower]
    const particle = prev.lower === 'up' || prev.lower === 'down'
    const after = tokens[end]?.lower
    if (
      c &&
      particle &&
      !measured &&
      after !== 'on' &&
      after !== 'from' &&
      after !== 'compared' &&
      !isMarketMove(tokens, first, end)
    )
      return null
    // "improved 300 homes": a count after a verb of improving is what it improved.
    if (c && IMPROVING_VERBS.has(prev.lower) && !measured) return null
    if (c && (measured || after !== 'to')) return { change: c, at: first - 1 }
  }
  // "settled $1.05, or 1.3%, lower": a restatement between commas stands before the comparative.
  const at = afterPeriodWord(tokens, pastRestatement(tokens, end))
  const next = tokens[at]
  if (next?.kind === 'word') {
    const c = CHANGE_WORDS[next.lower]
    // "(16369.03 up 58.06 points)": "up" before a figure is that figure's change.
    const particleBeforeFigure =
      (next.lower === 'up' || next.lower === 'down') && startsFigure(tokens, at + 1)
    // "from 450 sq ft up to 900 sq ft": "up to" is the bound of the figure after it.
    const boundOfNext = next.lower === 'up' && tokens[at + 1]?.lower === 'to' && startsNumber(tokens, at + 2)
    const restated = at > afterPeriodWord(tokens, end)
    if (
      c &&
      !restated &&
      next.lower !== 'cut' &&
      next.lower !== 'cuts' &&
      !particleBeforeFigure &&
      !boundOfNext
    )
      return { change: c, at: end }
    const comparative = COMPARATIVES[next.lower]
    if (comparative && (measured || comparedWithEarlierTime(tokens, at + 1)))
      return { change: comparative, at: restated ? at : end }
  }
  return null
}

/** How many tokens a figure restated between commas may run: ", or 1.3%,". */
const RESTATEMENT_REACH = 6

/**
 * Past a figure restated between commas that opens at `tokens[k]`: the token after ", or 1.3%,"
 * in "settled $1.05, or 1.3%, lower". `k` when no such restatement opens there.
 */
function pastRestatement(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',' || tokens[k + 1]?.lower !== 'or') return k
  let figure = false
  for (let j = k + 2; j < tokens.length && j - k <= RESTATEMENT_REACH; j++) {
    const t = tokens[j]!
    if (t.kind === 'num') figure = true
    else if (t.text === ',') return figure ? j + 1 : k
    else if (isClauseBreak(t)) return k
  }
  return k
}

/**
 * Adverbs of direction after a verb that say which way it moved a figure before "by": "revised
 * upwards by 2%", "moved downward by £40m". Alone before a figure they say nothing of a change
 * ("upwards of 200" is a bound).
 */
const DIRECTION_ADVERBS: Readonly<Record<string, Change>> = {
  downward: 'decrease',
  downwards: 'decrease',
  upward: 'increase',
  upwards: 'increase',
}

/** The way a verb of change at `t` moves a figure ("fell", "slipped"); not "up" or "down", or a noun. */
function verbOfChangeAt(t: Token | undefined): Change | null {
  if (t?.kind !== 'word' || t.lower === 'up' || t.lower === 'down') return null
  return CHANGE_WORDS[t.lower] ?? null
}

/** Words that add a figure to an earlier one after "by": "by a further 2%", "by another 300". Keep sorted. */
const ADDED_AMOUNT_WORDS: ReadonlySet<string> = new Set(['additional', 'extra', 'further'])

/** Nouns whose "of" gives the figure a change came to in all or on average: "by an average of 8.6%". Keep sorted. */
const BY_OF_NOUNS: ReadonlySet<string> = new Set(['average', 'total'])

/**
 * Where the "by" stands whose change the figure at `tokens[first]` is, past words that say the
 * figure is added or averaged: "by 5%", "by a further 2%", "by another 300", "by an average of
 * 8.6%", "by a total of 450". -1 when no "by" stands there.
 */
export function byBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1
  const word = tokens[k]?.lower ?? ''
  const article = (j: number): boolean => tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an'
  if (word === 'of' && BY_OF_NOUNS.has(tokens[k - 1]?.lower ?? '') && article(k - 2)) k -= 3
  else if (ADDED_AMOUNT_WORDS.has(word) && article(k - 1)) k -= 2
  else if (word === 'another') k -= 1
  return tokens[k]?.lower === 'by' && tokens[k]!.kind === 'word' ? k : -1
}

/**
 * The verb of change before "an average of" or "a total of" whose noun is at `tokens[noun]`
 * ("lost an average of", "rose a total of"), or null. Not a noun of change ("a rise of an average
 * of"), which the "of" after it reads.
 */
function averagedChangeVerb(tokens: readonly Token[], noun: number): ChangeCue | null {
  if (!BY_OF_NOUNS.has(tokens[noun]?.lower ?? '')) return null
  const article = tokens[noun - 1]?.lower
  if (article !== 'a' && article !== 'an') return null
  const verb = tokens[noun - 2]
  if (verb?.kind !== 'word' || verb.text !== verb.lower || CHANGE_NOUNS.has(verb.lower)) return null
  const c = CHANGE_WORDS[verb.lower]
  return c && verb.lower !== 'up' && verb.lower !== 'down' ? { change: c, at: noun - 2 } : null
}

/**
 * The "by" of a change whose figure starts at `tokens[first]`, as `byBefore`, or whose range
 * does: "rose by between 3% and 5%". A range's ends are read as one figure after it.
 */
export function byBeforeChange(tokens: readonly Token[], first: number): number {
  return byBefore(tokens, tokens[first - 1]?.lower === 'between' ? first - 1 : first)
}

/** Words of being before "up" or "down" and a market's move: "shares were up 0.25 points". */
const BE_FORMS: ReadonlySet<string> = new Set(['are', 'been', 'is', 'was', 'were'])

/**
 * "were up 0.25 points", "(16369.03 up 58.06 points)", "the index, down 68 points": a count
 * with a fraction, or of points after being or a mark, is a move; not "set up 12 teams" or
 * "picked up 12 points".
 */
function isMarketMove(tokens: readonly Token[], first: number, end: number): boolean {
  const before = tokens[first - 2]
  const plain = before?.kind !== 'word' || BE_FORMS.has(before.lower)
  if (!plain) return false
  const points = tokens[end]?.lower
  return /[.]\d/.test(tokens[first]?.text ?? '') || points === 'points' || points === 'point'
}

/** Whether a figure starts at `tokens[k]`: a number, or a currency sign and a number. */
function startsFigure(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  return t?.kind === 'num' || (t?.kind === 'sym' && tokens[k + 1]?.kind === 'num' && !tokens[k + 1]!.gap)
}

/** Whether a figure starts at `tokens[k]`, its number in digits or in words: "$5", "900", "six". */
function startsNumber(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  return startsFigure(tokens, k) || (t?.kind === 'word' && SMALL_NUMBERS[t.lower] !== undefined)
}

/** Links between a change's noun and its size: "the rise was 5%". */
const LINKS: ReadonlySet<string> = new Set(['is', 'was'])

/** Nouns of the speed of a change: "grew at an annual rate of 3%". Keep sorted. */
const RATE_NOUNS: ReadonlySet<string> = new Set(['pace', 'rate'])
/** Words that open the rate after "at": "at an annual rate", "at its fastest pace". Keep sorted. */
const RATE_OPENINGS: ReadonlySet<string> = new Set(['a', 'an', 'its', 'the', 'their'])
/** How many words may describe the rate: "a seasonally adjusted annual rate". */
const RATE_WORDS = 3

/**
 * "prices rose at an annual rate of 2.8%", "the economy grew at a seasonally adjusted annual rate
 * of 3.1%": a percentage of the speed of a change, after a verb of change and "at", is that
 * change, so its subject is what changed. `at` is the rate's noun, before "of".
 */
function changeAtRate(tokens: readonly Token[], at: number): ChangeCue | null {
  if (!RATE_NOUNS.has(tokens[at]?.lower ?? '')) return null
  let k = at - 1
  while (k >= 0 && at - k <= RATE_WORDS && !RATE_OPENINGS.has(tokens[k]!.lower)) {
    const t = tokens[k]!
    if (t.kind !== 'word' || t.text !== t.lower) return null
    k--
  }
  if (!RATE_OPENINGS.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.lower !== 'at') return null
  const verb = tokens[k - 2]
  const c = verb?.kind === 'word' ? CHANGE_WORDS[verb.lower] : undefined
  return c && verb!.lower !== 'up' && verb!.lower !== 'down' ? { change: c, at: k - 2 } : null
}
/** Nouns of change that may stand before "was" and the change's size. Keep sorted. */
const CHANGE_NOUNS: ReadonlySet<string> = new Set([
  'decline',
  'decrease',
  'drop',
  'fall',
  'growth',
  'increase',
  'reduction',
  'rise',
])

/** Units whose figure a sign or a noun of change makes a change: counts, percentages and points, currencies. */
const CHANGE_UNITS = /^(?:count|percent|percentage point|[A-Z]{3})$/

/** How many words may stand between a comparative and its "than": "12 fewer deaths than". */
const COMPARED_NOUN_REACH = 3
/** How far after "than" the earlier time is looked for: "than at the same time last year". */
const EARLIER_TIME_REACH = 6
/** Words after "than" that name an earlier time: "last year", "a year earlier", "the previous year". */
const EARLIER_TIME_WORDS: ReadonlySet<string> = new Set([
  'ago',
  'before',
  'earlier',
  'last',
  'previous',
  'prior',
  'same',
])

/**
 * "1,434 fewer than a year earlier", "12 more deaths than at the same time last year", "40
 * fewer than in 2023": a count set against an earlier time is the change since then. `k` is the
 * token after the comparative. A count set against anything else ("two more than expected", "12
 * more officers than the other force") is no change.
 */
function comparedWithEarlierTime(tokens: readonly Token[], k: number): boolean {
  let than = k
  while (than < k + COMPARED_NOUN_REACH && tokens[than]?.kind === 'word' && tokens[than]!.lower !== 'than')
    than++
  if (tokens[than]?.lower !== 'than') return false
  for (let j = than + 1; j <= than + EARLIER_TIME_REACH; j++) {
    const t = tokens[j]
    if (!t || isClauseBreak(t)) return false
    if (t.kind === 'num') return /^(?:19|20)\d\d$/.test(t.text)
    if (t.kind === 'word' && EARLIER_TIME_WORDS.has(t.lower)) return true
  }
  return false
}

/**
 * "an increase of €136m, or 5.8%", "fell by 1,200 (8%)", "rose by 1,002 offences (12%)": a figure
 * that says the change before it again in another unit is that change too. `prevEnd` is the end
 * of the figure before, `first` and `end` the bounds of this one. A bracket restates only as a
 * percentage: "rose 5% (51,300 offences)" gives the level after the change. After the noun the
 * change counts, the percentage must close the bracket: "(12% of all crime)" is a share.
 */
export function restatesChange(
  tokens: readonly Token[],
  prevEnd: number,
  first: number,
  end: number,
  prevUnit: string,
  unit: string,
): boolean {
  if (prevUnit === unit) return false
  const gap = tokens.slice(prevEnd, first)
  if (gap.length === 2 && gap[0]!.text === ',' && gap[1]!.lower === 'or') return true
  // "lost 190 points, or 0.6%", "grew by 125,600 positions or 2.2 per cent": past what the count
  // counts; not "12 arrests or 8% of the total", a share.
  let counted = 0
  while (prevUnit === 'count' && counted < COUNTED_REACH && isLowerWord(gap[counted])) counted++
  const rest = gap.slice(counted)
  if (
    counted > 0 &&
    rest.at(-1)?.lower === 'or' &&
    rest.length <= 2 &&
    (rest.length === 1 || rest[0]!.text === ',')
  )
    return tokens[end]?.lower !== 'of'
  if (unit !== 'percent' || gap.at(-1)?.text !== '(') return false
  if (gap.length === 1) return true
  return gap.length === 2 && gap[0]!.kind === 'word' && tokens[end]?.text === ')'
}

/** At most this many words of what a count counts stand between it and its restatement. */
const COUNTED_REACH = 2

/** A word in lower case other than "or": "points", "positions". */
function isLowerWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.lower !== 'or' && /^\p{Ll}+$/u.test(t.text)
}

/** A past participle in "-ed" that is no verb of change: "used", "supported", "committed". */
function isAgentParticiple(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.lower.endsWith('ed') && CHANGE_WORDS[t.lower] === undefined
}

/**
 * "a 12% year-on-year increase", "a 3 per cent annual rise": past a word of the period the change
 * is counted over, to the change word it qualifies. Returns `k` when none stands there.
 */
function afterPeriodWord(tokens: readonly Token[], k: number): number {
  const t = tokens[k]
  if (t?.kind !== 'word') return k
  if (PERIOD_ADJECTIVES.has(t.lower)) return k + 1
  // "year-on-year", "month-over-month": a period, "on" or "over", the same period, all hyphened.
  const glued = (n: number) => tokens[k + n]?.text === '-' && !tokens[k + n]!.gap && !tokens[k + n + 1]?.gap
  const link = tokens[k + 2]?.lower
  if (glued(1) && (link === 'on' || link === 'over') && glued(3) && tokens[k + 4]?.lower === t.lower)
    return k + 5
  return k
}

/** Nouns of change that close a compound naming what changed: "pay rise", "council tax increase". Keep sorted. */
const COMPOUND_CHANGE_NOUNS: ReadonlySet<string> = new Set([...CHANGE_NOUNS, 'cut', 'hike'])
/** How many nouns may name what changed between a figure and its noun of change: "council tax". */
const COMPOUND_REACH = 2

/**
 * "a 5.5% pay rise", "a 4.99% council tax increase", "a 2% pay cut": after "a" and the figure, a
 * noun or two of what changed, then the noun of change. Null when other words stand there. The
 * figure is read as a change's size only for what it measures: NewsQuant, like other annotators,
 * labels "a 5% pay rise" a level.
 */
export function changeAfterCompound(tokens: readonly Token[], first: number, end: number): ChangeCue | null {
  const article = tokens[first - 1]?.lower
  if (article !== 'a' && article !== 'an') return null
  for (let j = end; j < end + COMPOUND_REACH; j++) {
    if (!isCompoundWord(tokens[j])) return null
    const noun = tokens[j + 1]
    if (noun?.kind === 'word' && noun.gap && COMPOUND_CHANGE_NOUNS.has(noun.lower))
      return { change: CHANGE_WORDS[noun.lower]!, at: j + 1 }
  }
  return null
}

/** Whether a token is a word in lower case, set apart, that may be a compound's noun: "pay", "council". */
function isCompoundWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || t.text !== t.lower || !t.gap || isFunctionWord(t.lower)) return false
  return (
    !PERIOD_ADJECTIVES.has(t.lower) && !COMPOUND_CHANGE_NOUNS.has(t.lower) && !/(?:ly|ing|ed)$/.test(t.lower)
  )
}

/**
 * Verbs of improving, which say a change only of what they measure: "Gross margin improved 120
 * basis points", "…, improving 120 basis points". Keep sorted.
 */
const IMPROVING_VERBS: ReadonlySet<string> = new Set(['improved', 'improves', 'improving'])

/**
 * Nouns of what improves as it falls: "Net loss improved by $2.1 million", "waiting times
 * improved by 10%", "churn improved to 1.1%". Keep sorted.
 */
const FALLING_IMPROVEMENTS: ReadonlySet<string> = new Set([
  'arrears',
  'backlog',
  'churn',
  'cost',
  'costs',
  'debt',
  'deficit',
  'deficits',
  'expenses',
  'loss',
  'losses',
  'shortfall',
  'times',
  'unemployment',
])

/** Nouns of a ratio or a rate, which improve as what they are of does: "cost ratio", "churn rate". Keep sorted. */
const RATIO_NOUNS: ReadonlySet<string> = new Set(['rate', 'rates', 'ratio', 'ratios'])

/**
 * Ratios named by a word that is no loss or cost of its own, which improve as they fall: an
 * insurer's "combined ratio", a fund's "expense ratio". Keep sorted.
 */
const FALLING_RATIOS: ReadonlySet<string> = new Set(['combined', 'expense'])

/**
 * Whether what a figure measures improves as it falls: a loss or a cost ("Net loss", "waiting
 * times"), or a ratio or a rate of one ("the cost-to-income ratio", "the unemployment rate",
 * "the combined ratio"), its first word the one of a compound ("cost" of "cost-to-income").
 */
function improvesFalling(measure: string): boolean {
  const words = measure.toLowerCase().split(' ')
  const head = words[words.length - 1]!
  if (FALLING_IMPROVEMENTS.has(head)) return true
  const modifier = words.length > 1 && RATIO_NOUNS.has(head) ? words[words.length - 2]!.split(/[-/]/)[0]! : ''
  return FALLING_IMPROVEMENTS.has(modifier) || FALLING_RATIOS.has(modifier)
}

/**
 * The way a change went, told by its cue and what it measures: a verb of improving says a fall of
 * a loss or a cost, or of a ratio of one ("Net loss improved by $2.1 million", "the cost-to-income
 * ratio improved 3 points" are decreases), a rise of anything else.
 */
export function directionOf(
  tokens: readonly Token[],
  cue: ChangeCue | null,
  measure: string | null,
): Change | null {
  if (!cue) return null
  const word = tokens[cue.at]
  if (word?.kind !== 'word' || !IMPROVING_VERBS.has(word.lower) || !measure) return cue.change
  return improvesFalling(measure) ? 'decrease' : cue.change
}
