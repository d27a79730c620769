import { WEEKDAYS } from '../dates/lexicon'
import { PLACE_NAME_OPENERS } from '../quotes/lexicon'
import { PLACE_DIVISIONS } from '../releases/dateline'
import { AUXILIARY_VERBS } from '../text/auxiliaries'
import { byBefore, type ChangeCue, changeAfterCompound } from './change'
import { CHANGE_WORDS, IRREGULAR_PLURALS, MODAL_VERBS, MONTH_WORDS, MOTION_VERBS } from './lexicon'
import { beforeHeadlineVerb, beforeMainVerb, countsPeople, hasVerbInClause, opensClause } from './main-verb'
import {
  hasBareVerbShape,
  isListedPresentVerb,
  isPastVerbAfterCount,
  isPluralNoun,
  isThirdPersonOfListedVerb,
  isVerbAfterCount,
  measureAfter,
  opensTimePossessive,
} from './measure-after'
import {
  averagedSubject,
  measureBefore,
  penaltyVerbBefore,
  subjectOfBoundingVerb,
  subjectOfClauseBefore,
  totalOfBefore,
} from './measure-before'
import {
  ADVERBS_AFTER_MONEY,
  ALLOCATING_VERBS,
  COMPARATIVE_EXTRAS,
  COMPLEMENT_FILLERS,
  COMPLEMENT_VERBS,
  COPULAS,
  DETERMINERS,
  INTRANSITIVE_PASTS,
  IRREGULAR_PARTICIPLES,
  isFunctionWord,
  MONEY_PREDICATES,
  PLURAL_MODIFIERS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  SENDING_VERBS,
  SIMPLE_PASTS,
  SPENDING_VERBS,
  THAT_CLAUSE_VERBS,
  THIRD_PERSON_VERBS,
} from './measure-lexicon'
import { SCALE_WORDS, SMALL_NUMBERS } from './number-words'
import { isParticiple } from './participles'
import { rowLabel } from './row-label'
import { isClauseBreak, isLabelNumber, isPluralShaped, type Token } from './tokens'
import { isMeasureUnit, isMoney } from './unit-kinds'

/** Comparatives after a percentage that change the noun after them: "15% fewer burglaries". Keep sorted. */
const SHARE_COMPARATIVES: ReadonlySet<string> = new Set(['fewer', 'less', 'more'])

/**
 * Whether a word in lower case that may open a noun stands at `t`: not "than", "of" or a verb's
 * "to", nor an adjective by its ending ("30% more likely", "20% more expensive", "more efficient").
 */
function opensNoun(t: Token | undefined): boolean {
  return (
    t?.kind === 'word' &&
    t.text === t.lower &&
    !SHARE_COMPARATIVE_STOPS.has(t.lower) &&
    !ADJECTIVE_ENDING.test(t.lower) &&
    !COMPARED_ADJECTIVES.has(t.lower)
  )
}
/** Endings of adjectives a comparative takes: "likely", "expensive", "affordable", "dangerous", "useful". */
const ADJECTIVE_ENDING = /(?:ly|ive|able|ible|ous|ful)$/
/** Adjectives a comparative takes whose ending nouns share ("efficient" as "investment"). Keep sorted. */
const COMPARED_ADJECTIVES: ReadonlySet<string> = new Set([
  'difficult',
  'efficient',
  'frequent',
  'important',
  'prevalent',
  'resilient',
])
/** Words after "more" or "fewer" that open no noun: "more than", "less of", "more to". Keep sorted. */
const SHARE_COMPARATIVE_STOPS: ReadonlySet<string> = new Set(['and', 'of', 'on', 'or', 'than', 'to'])

/** Where a quantity stands in its block's tokens, and what kind it is. */
export interface MeasuredQuantity {
  readonly first: number
  readonly end: number
  readonly unit: string
  readonly vague: boolean
  /** A share read as a percentage ("one in five", "2/3 of"): what follows is what it is a share of. */
  readonly share?: boolean
  /** A headline in Title Case, where a capitalised word is no sign of a name. */
  readonly headline?: boolean
}

/**
 * What a quantity counts or measures, as written nearby: the words after it ("180 arrests
 * made"), after its "of" ("hundreds of rounds of converted ammunition"), the object or subject of
 * its change verb ("the number of adults safeguarded rose by 145%"), or the subject it is the
 * value of ("the maximum total value of this opportunity is £5.4 million").
 *
 * @example
 * const text = 'So far eight people have been charged'
 * findMeasure(text, tokenize(text), { first: 2, end: 3, unit: 'count', vague: false }, null)
 * //=> 'people'
 */
export function findMeasure(
  text: string,
  tokens: readonly Token[],
  q: MeasuredQuantity,
  change: ChangeCue | null,
): string | null {
  let k = q.end
  let found: [number, number] | null = null
  // "a 5.5% pay rise", "a 4.99% council tax increase": the nouns before the noun of change.
  const compound = change === null && q.unit !== 'count' ? changeAfterCompound(tokens, q.first, q.end) : null
  if (compound !== null) found = [q.end, compound.at]
  else if (change && change.at === k) {
    // "a 29 per cent increase in vehicles identified at ports".
    const link = tokens[k + 1]?.lower
    if (link === 'in' || link === 'of' || link === 'on') found = measureAfter(tokens, k + 2)
    // "a 2.0% gain in August", "a 12% rise on Monday": when the change came, not what changed;
    // "a 12% rise in Leeds": nor where it came.
    if (found && (namesWhen(tokens, found) || (!q.headline && link === 'in' && namesPlace(tokens, found))))
      found = null
    // "a £2.3bn boost": the money is the amount of the boost.
    else if (isMoney(q.unit) && isChangeNoun(tokens[k]) && link !== 'by') found = [k, k + 1]
    // "1,200 more officers than in 2010": a comparative opens what is counted, as without "than".
    else if (q.unit === 'count' && COMPARATIVE_EXTRAS.has(tokens[k]!.lower)) found = measureAfter(tokens, k)
    // "15% fewer burglaries", "30% more stores": a share's comparative is the change; what
    // changed is the noun after it ("15% more than last year" names none).
    else if (q.unit === 'percent' && SHARE_COMPARATIVES.has(tokens[k]!.lower) && opensNoun(tokens[k + 1]))
      found = measureAfter(tokens, k + 1)
  } else {
    if (tokens[k]?.text === '-' && !tokens[k]!.gap) {
      k++
      // "a 200-strong crowd", "the 4,000-strong workforce": what the count is the strength of.
      if (q.unit === 'count' && tokens[k]?.lower === 'strong' && tokens[k + 1]?.kind === 'word') k++
    }
    // "98.28 pounds (44.58kg) of alleged cocaine": a conversion in brackets is passed over, and
    // the figure inside them measures what the one before does.
    k = pastConversion(tokens, k)
    // "9 in 10 (88%) businesses said": a figure in brackets restating a share or a count stands
    // between it and what it counts.
    if (q.share || q.unit === 'count') k = pastBracketedFigure(tokens, k)
    const next = tokens[k]
    // "Revenue topped $22m for the first time", "Sales rose 4%, topping $22m": a verb of exceeding
    // opening the figure is its link; its subject is what the figure measures, not what follows.
    const bounded = subjectOfBoundingVerb(tokens, q.first)
    if (bounded !== null) found = bounded
    // "40% of adults drink alcohol", "half of employees work weekends": a share's whole of people
    // ends at their verb, as after "one in five".
    else if (next?.lower === 'of')
      found =
        q.unit === 'percent'
          ? (ofCountedWhole(tokens, k + 1) ??
            atObjectVerb(tokens, measureAfter(tokens, k + 1), opensClause(tokens, q.first), true))
          : isMoney(q.unit)
            ? (ofCountedWhole(tokens, k + 1) ?? measureAfter(tokens, k + 1))
            : measureAfter(tokens, k + 1)
    else if (
      isMoney(q.unit) &&
      // "drugs worth £50,000 in Leeds": what is worth the sum stands before it, in a headline too.
      tokens[q.first - 1]?.lower !== 'worth' &&
      (tokens[pastSpan(tokens, k)]?.lower === 'in' ||
        (tokens[pastSpan(tokens, k)]?.lower === 'on' && afterVerbOf(tokens, q.first, SPENDING_VERBS))) &&
      tokens[pastSpan(tokens, k) + 1]?.lower !== 'total'
    ) {
      // "investing $1.2 billion over four years in new hospitals", "spend £2m on roads": what the
      // money goes into, past the span of time it is spread over.
      const at = pastSpan(tokens, k) + 1
      found = measureAfter(tokens, at)
      // "drugs worth £2m in Manchester", "€1.2m in Co. Cork": a place, not what the money is.
      if (found && !q.headline && isCapitalisedRun(tokens, found)) found = null
      // "raised £250,000 in just seven days", "£5m in the last year": the time it took, not a thing;
      // "$126 million in last year's Budget": the time's budget it was set in says when.
      if (found && (namesWhen(tokens, found) || SPAN_HEADS.has(tokens[found[1] - 1]!.lower))) found = null
      if (found && opensTimePossessive(tokens, found[0])) found = null
    }
    // "£250,000 worth of drugs".
    else if (next?.lower === 'worth' && tokens[k + 1]?.lower === 'of' && isMoney(q.unit))
      found = measureAfter(tokens, k + 2)
    // "ordered to pay £85 towards costs", "£5,000 towards the cost of repairs": what the money goes
    // to, after a penalty too (no offence follows "towards").
    else if (isMoney(q.unit) && (next?.lower === 'towards' || next?.lower === 'toward'))
      found = measureAfter(tokens, DETERMINERS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1)
    // "£12 million for a new Joint Operations Unit": what the money pays for. After the verb of a
    // penalty "for" names the offence ("fined $2,400 for speeding"): the verb says what the money is.
    // "bills will rise by £1.73 a week for a Band D property": after a change "by", "for" names
    // whom the change falls on; the change's subject is what the money measures.
    else if (
      forAfterSpan(tokens, k) !== null &&
      isMoney(q.unit) &&
      penaltyVerbBefore(tokens, q.first) === null &&
      !(change !== null && change.at < q.first && byBefore(tokens, q.first) >= 0) &&
      !isLevelReached(tokens, q.first)
    ) {
      // "$4.5 billion over four years for hospitals", "£2m a year for youth services".
      const f = forAfterSpan(tokens, k)!
      found = measureAfter(tokens, DETERMINERS.has(tokens[f + 1]?.lower ?? '') ? f + 2 : f + 1)
      // "revenue of £2m for the year", "a loss of £3m for the six months": the period the sum is
      // counted over, not what it pays for.
      if (found && namesPeriod(tokens, found)) found = null
    }
    // "committed €250 million to the programme", "allocated a further £3m to local councils": what
    // the money is set aside for; a name there ("to Ukraine") is where, and the verb is no measure.
    else if (next?.lower === 'to' && isMoney(q.unit) && afterVerbOf(tokens, q.first, ALLOCATING_VERBS)) {
      const opensPhrase = DETERMINERS.has(tokens[k + 1]?.lower ?? '')
      found = measureAfter(tokens, opensPhrase ? k + 2 : k + 1)
      if (!found || (!q.headline && isCapitalisedRun(tokens, found))) return null
    }
    // "£4.5m is available to create nine centres".
    // "Grants of between $5,000 and $50,000 are available": the noun before "of" is what the money
    // is, read back from its link.
    else if (
      isMoney(q.unit) &&
      COPULAS.has(next?.lower ?? '') &&
      MONEY_PREDICATES.has(tokens[k + 1]?.lower ?? '') &&
      !afterNounOf(tokens, q.first)
    )
      found = measureAfter(tokens, k + 1)
    // "one in five incidents reported to police", "1 in 3 homicides": what the share is of.
    else if (q.share && next?.kind === 'word' && next.text === next.lower)
      found = beforeShareVerb(
        tokens,
        measureAfter(tokens, k),
        opensClause(tokens, q.first),
        ONE_WORDS.has(tokens[q.first]!.lower),
      )
    // "Every £25 donated provides a meal", "the £2m raised will fund beds": a participle after the
    // money, before the sentence's verb or after "every", says what the money is.
    else if (isMoney(q.unit) && next?.kind === 'word' && next.gap && describesMoney(tokens, q.first, k))
      found = [k, k + 1]
    // "a £5,000 reward", "£1,250 compensation", "3.28 kilograms fentanyl": a noun right after the
    // money or the unit is what it is; not a participle or an adverb ("EUR 10.5 million based on",
    // "USD 90 billion annually"). A headline capitalises it: "£180m Money Laundry".
    else if (
      (isMoney(q.unit) || isMeasureUnit(q.unit)) &&
      next?.kind === 'word' &&
      (next.text === next.lower || q.headline || describesNounAfter(tokens, k)) &&
      next.gap &&
      opensNounAfterFigure(next)
    ) {
      found = measureAfter(tokens, k)
      // "a $312,000 mortgage payoff and trips to Las Vegas": one thing the money is.
      if (found) found = singleThingBeforeList(tokens, q.first, found)
      // "A 4.5 magnitude earthquake struck.": the past form is the sentence's verb.
      if (found) found = beforeMainVerb(tokens, q.first, found)
      // "£2m cannabis farm found in loft": so is a participle after the noun money opens a headline with.
      if (found && isMoney(q.unit) && q.headline) found = beforeHeadlineVerb(tokens, q.first, found)
    } else if (q.unit === 'count' && (!q.vague || endsInScaleWord(tokens[q.end - 1]))) {
      // "About 1,000 come from Asia": the count is the subject, and counts nothing named.
      if (isVerbAfterCount(tokens, k) || isPastVerbAfterCount(tokens, k)) return null
      found = atObjectVerb(tokens, measureAfter(tokens, k), opensClause(tokens, q.first))
      // "saw a further 35 handguns seized": the participle says what happened to them.
      if (
        found &&
        found[1] - found[0] > 1 &&
        isParticiple(tokens[found[1] - 1]!.lower) &&
        afterComplementVerb(tokens, q.first)
      )
        found = [found[0], found[1] - 1]
      // "deployed 4 experts to Spain": where they are sent is the verb's, not what is counted.
      if (found && afterVerbOf(tokens, q.first, SENDING_VERBS)) found = beforeDestination(tokens, found)
      // "The 4 people met at the station.": the past form is the sentence's verb.
      if (found) found = beforeMainVerb(tokens, q.first, found)
    }
    // "thousands more officers".
    else if (q.unit === 'count' && next?.kind === 'word' && COMPARATIVE_EXTRAS.has(next.lower))
      found = measureAfter(tokens, k)
  }
  // "a rise of 12% in burglaries", "following a rise of 0.4% in May": a change named by a noun
  // before "of" and the figure.
  if (!found && change !== null && change.at + 2 === q.first)
    found = changedAfterNounOf(tokens, change.at, k, q.headline === true)
  // "Each victim lost £4,000 on average": the average after the sum is per member of the subject.
  if (!found && change === null && q.unit !== 'count' && q.unit !== 'percent') {
    const averaged = averagedSubject(tokens, q.first, q.end)
    if (averaged === null) return null
    if (averaged !== undefined) found = averaged
  }
  if (!found) {
    found = measureBefore(tokens, q.first, change, q.unit)
    // "up 19 cents at $58.24": a word right after another figure is that figure's, not the money's.
    // "Q3 revenue was $4.2bn": digits glued to a capital are a label's, no figure.
    if (
      found &&
      isMoney(q.unit) &&
      found[1] - found[0] === 1 &&
      tokens[found[0] - 1]?.kind === 'num' &&
      !isLabelNumber(tokens, found[0] - 1)
    )
      return null
    // "a 4 per cent rise to 52 per cent", "2 points higher at 67%": the unit of the figure before
    // is not what the level measures.
    if (found && tokens[found[0] - 1]?.kind === 'num' && UNIT_OF_CHANGE.has(tokens[found[0]]!.lower))
      return null
    // "up 12% on last year at 1,450": the period compared with names nothing measured.
    if (found && isComparedPeriod(tokens, found)) return null
    // "Burglaries fell sharply, 40% fewer than last year", "Robberies rose, up 12% on 2023",
    // "Burglaries were down, with 40% fewer": a change set off by a comma with no subject of its
    // own is that of the clause before.
    if (!found && change) {
      const comma = commaBeforeAside(tokens, Math.min(change.at, q.first))
      if (comma !== null) found = subjectOfClauseBefore(tokens, comma)
    }
    if (!found && !change && !q.headline) found = rowLabel(tokens, q.first, q.end)
  }
  if (!found) return null
  // "4.2 million people ..., 1.1 million fewer": the scale word of a figure read back over is the
  // figure's, not part of what it counts.
  if (
    found[1] - found[0] > 1 &&
    tokens[found[0]]!.lower in SCALE_WORDS &&
    tokens[found[0] - 1]?.kind === 'num'
  )
    found = [found[0] + 1, found[1]]
  // "The 4,000-strong workforce will be cut by 10%": the strength of a count read back over is
  // that count's, not part of what the change measures.
  if (
    found[1] - found[0] > 1 &&
    tokens[found[0]]!.lower === 'strong' &&
    tokens[found[0] - 1]?.text === '-' &&
    tokens[found[0] - 2]?.kind === 'num'
  )
    found = [found[0] + 1, found[1]]
  found = pastWayOf(tokens, found)
  // "those who slept fewer than six hours a night were 30% more likely": a rate's unit of time
  // closing the subject is how often, not what the figure measures.
  if (isRatePeriod(tokens, found)) return null
  // "doubled its profits", "10% of their staff": a possessive determiner names the owner, not the thing.
  if (found[1] - found[0] > 1 && POSSESSIVE_DETERMINERS.has(tokens[found[0]]!.lower)) {
    found = [found[0] + 1, found[1]]
    // "of his own money": "own" only stresses the owner.
    if (found[1] - found[0] > 1 && tokens[found[0]]!.lower === 'own') found = [found[0] + 1, found[1]]
  }
  const first = tokens[found[0]]
  const last = tokens[found[1] - 1]
  if (!first || !last) return null
  return text.slice(first.start, last.end)
}

/**
 * "a $312,000 mortgage payoff and trips to Las Vegas", "a £40 meal and drinks": after "a" and a
 * sum, the singular noun the sum is ends at "and" before a plural and a preposition or the
 * phrase's end, the list's next thing, not more of it. A plural before "and" ("a £10m jobs and
 * skills fund") or a word after the plural ("a £2m road and bridges programme") may be a
 * compound's, and goes on; so does a list after a sum with no article ("£1,250 compensation and
 * costs").
 */
function singleThingBeforeList(
  tokens: readonly Token[],
  figureStart: number,
  found: [number, number],
): [number, number] {
  const article = tokens[figureStart - 1]
  if (article?.lower !== 'a' && article?.lower !== 'an') return found
  for (let m = found[0] + 1; m < found[1] - 1; m++) {
    if (tokens[m]!.lower !== 'and') continue
    const before = tokens[m - 1]!
    const plural = tokens[m + 1]!
    const after = tokens[m + 2]
    const ends = (m + 2 === found[1] && after?.kind !== 'word') || PREPOSITIONS.has(after?.lower ?? '')
    const singular = before.kind === 'word' && !isPluralShaped(before.lower)
    if (
      singular &&
      plural.kind === 'word' &&
      plural.text === plural.lower &&
      isPluralShaped(plural.lower) &&
      ends
    )
      return [found[0], m]
    return found
  }
  return found
}

/** Prepositions of time that open a phrase of a change before a clause's: "following a rise of". Keep sorted. */
const CHANGE_PHRASE_LINKS: ReadonlySet<string> = new Set(['after', 'amid', 'despite', 'following'])

/**
 * What a change named by a noun at `tokens[at]`, then "of" and the figure, measures: what follows
 * its "in" ("a rise of 12% in burglaries", as "a 12% rise in burglaries"), or, when nothing does
 * but a time, the subject of the clause before the preposition of time that opens the phrase
 * ("Prices rose again following a rise of 0.4% in May"). `end` is the token after the figure.
 */
function changedAfterNounOf(
  tokens: readonly Token[],
  at: number,
  end: number,
  headline: boolean,
): [number, number] | null {
  if (tokens[at + 1]?.lower !== 'of' || !isChangeNoun(tokens[at])) return null
  if (tokens[end]?.lower === 'in' && tokens[end + 1]?.kind === 'word') {
    const changed = measureAfter(tokens, end + 1)
    // "a rise of 12% in Leeds": where the change came, as when it came, is no thing changed.
    const where = changed && !headline && namesPlace(tokens, changed)
    const when = changed && (namesWhen(tokens, changed) || namesPeriod(tokens, changed) || where)
    if (changed && !when && !opensTimePossessive(tokens, changed[0])) return changed
  }
  // "following a rise", "after a sharp fall": the article, perhaps an adjective, then the link.
  let k = at - 1
  if (tokens[k]?.kind === 'word' && !DETERMINERS.has(tokens[k]!.lower)) k--
  if (!DETERMINERS.has(tokens[k]?.lower ?? '') || !CHANGE_PHRASE_LINKS.has(tokens[k - 1]?.lower ?? ''))
    return null
  return subjectOfClauseBefore(tokens, k - 1)
}

/** Nouns of the way a thing comes in, before its "of": "in the form of grants". Keep sorted. */
const WAY_NOUNS: ReadonlySet<string> = new Set(['form', 'shape'])

/**
 * The thing after "the form of" in a measure ("take the form of direct grants", "comes in the
 * form of loans"): the way it comes names nothing measured. A count of kinds keeps its noun:
 * "three forms of identification".
 */
function pastWayOf(tokens: readonly Token[], [from, to]: [number, number]): [number, number] {
  for (let k = to - 3; k >= from - 1; k--) {
    if (tokens[k]?.lower !== 'the' || !WAY_NOUNS.has(tokens[k + 1]!.lower) || tokens[k + 2]!.lower !== 'of')
      continue
    const thing = DETERMINERS.has(tokens[k + 3]?.lower ?? '') ? k + 4 : k + 3
    return thing < to ? [thing, to] : [from, to]
  }
  return [from, to]
}

/**
 * The comma before an aside that opens at `tokens[open]` ("up 12%", "40% fewer"), past an article
 * ("a rise of") and "with" before it, or null when no comma stands there.
 */
function commaBeforeAside(tokens: readonly Token[], open: number): number | null {
  let k = open - 1
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k--
  if (tokens[k]?.lower === 'with') k--
  return tokens[k]?.text === ',' ? k : null
}

/** Units of time a sum may be spread over before what it pays for: "over four years". Keep sorted. */
const SPAN_UNITS: ReadonlySet<string> = new Set(['month', 'months', 'week', 'weeks', 'year', 'years'])
/** Words that open a sum's span of time: "over four years", "across the next two years". Keep sorted. */
const SPAN_OPENINGS: ReadonlySet<string> = new Set(['across', 'during', 'over', 'within'])
/** Words that make a sum one per unit of time: "a year", "each year". Keep sorted. */
const RATE_OPENINGS: ReadonlySet<string> = new Set(['a', 'each', 'every', 'per'])

/**
 * The index of the "for" after a sum at `tokens[k]`, right there or past the span of time the sum
 * is spread over or paid in: "over four years for", "over the next two years for", "a year for",
 * "annually for". Else null.
 */
function forAfterSpan(tokens: readonly Token[], k: number): number | null {
  const j = pastSpan(tokens, k)
  return tokens[j]?.lower === 'for' ? j : null
}

/**
 * The index after the span of time a sum at `tokens[k]` is spread over or paid in ("over four
 * years", "over the next two years", "a year", "annually"), or `k` when none stands there.
 */
function pastSpan(tokens: readonly Token[], k: number): number {
  let j = k
  const w = tokens[j]?.lower ?? ''
  if (SPAN_OPENINGS.has(w)) {
    j++
    if (tokens[j]?.lower === 'the') j++
    if (tokens[j]?.lower === 'next' || tokens[j]?.lower === 'first' || tokens[j]?.lower === 'last') j++
    const n = tokens[j]
    if (n?.kind === 'num' || (n?.kind === 'word' && n.lower in SMALL_NUMBERS)) j++
    j = SPAN_UNITS.has(tokens[j]?.lower ?? '') ? j + 1 : k
  } else if (RATE_OPENINGS.has(w) && SPAN_UNITS.has(tokens[j + 1]?.lower ?? '')) j += 2
  else if (w === 'annually') j++
  return j
}

/** Letters glued to a sum that give its magnitude: "£2m", "$1.2bn". Keep sorted. */
const MAGNITUDE_LETTERS: ReadonlySet<string> = new Set(['bn', 'k', 'm', 'million', 'billion'])

/** Words before the count of a whole a share is of: "30% of the 1,200 respondents". Keep sorted. */
const WHOLE_OPENINGS: ReadonlySet<string> = new Set(['its', 'our', 'the', 'their', 'these', 'those'])

/**
 * "30% of the 1,200 respondents", "half of its 2.3 million members": a share of a whole written
 * with its count measures what the count does; the count is a statistic of its own. (A count of
 * a whole, "40 million of the 90 million euros", takes the whole's unit elsewhere.)
 */
function ofCountedWhole(tokens: readonly Token[], at: number): [number, number] | null {
  if (!WHOLE_OPENINGS.has(tokens[at]?.lower ?? '')) return null
  // "£85,000 of its £100,000 target": a sum's sign before its digits.
  const sign =
    tokens[at + 1]?.kind === 'sym' && tokens[at + 2]?.kind === 'num' && !tokens[at + 2]!.gap ? 1 : 0
  if (tokens[at + 1 + sign]?.kind !== 'num') return null
  const scale = tokens[at + 2 + sign]
  const noun =
    scale?.kind === 'word' && (scale.lower in SCALE_WORDS || MAGNITUDE_LETTERS.has(scale.lower))
      ? at + 3 + sign
      : at + 2 + sign
  // "£5m of the £2.3 million needed": a participle after the whole's figure names no noun.
  if (isParticiple(tokens[noun]?.lower ?? '')) return null
  return measureAfter(tokens, noun)
}

/**
 * Whether the capitalised word at `k`, right after money or a unit, describes the noun in lower
 * case after it, as a people's or a place's word does: "a €2.5 billion Italian scheme", "a £2m
 * Manchester project", "£300 Amazon vouchers". Not a month or a weekday ("£500 Monday night"), nor
 * a name of more words ("£2m Kent Police").
 */
function describesNounAfter(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!
  const noun = tokens[k + 1]
  if (!/^[A-Z][a-z]+$/.test(word.text) || namesWhen(tokens, [k, k + 1])) return false
  if (noun?.kind !== 'word' || !noun.gap || noun.text !== noun.lower) return false
  // "£20 Smith said", "$7 million Canadian in", "£20m Chelsea fans said": a name before a
  // preposition, or a name and its noun before a verb of saying, open a clause of their own.
  if (isFunctionWord(noun.lower) || THAT_CLAUSE_VERBS.has(noun.lower)) return false
  if (THAT_CLAUSE_VERBS.has(tokens[k + 2]?.lower ?? '')) return false
  return opensNounAfterFigure(noun)
}

/** Place names' first and last words that no thing measured opens or ends with: "West Yorkshire", "Kent County". */
const PLACE_OPENERS: ReadonlySet<string> = new Set(PLACE_NAME_OPENERS)
const PLACE_ENDS: ReadonlySet<string> = new Set(PLACE_DIVISIONS)

/**
 * Whether the words after "in" name a place, with no gazetteer: a single capitalised word inside
 * the sentence ("in Leeds", "in Wales"), or capitalised words that a place's word opens or a
 * division's ends ("in West Yorkshire", "in Greater Manchester", "in Kent County"). A thing
 * changed is written in lower case ("in burglaries"), in capitals ("in GDP") or as a name of
 * other words ("in Council Tax", "in Universal Credit claims"), so those stay what changed.
 */
function namesPlace(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  for (let j = from; j < to; j++) if (!/^[A-Z][a-z]+$/.test(tokens[j]!.text)) return false
  if (to - from === 1) return !namesWhen(tokens, [from, to])
  return PLACE_OPENERS.has(tokens[from]!.text) || PLACE_ENDS.has(tokens[to - 1]!.text)
}

/** Whether the words are a month or a weekday alone ("August", "Monday"): a time, not a thing. */
function namesWhen(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  if (to - from !== 1) return false
  const t = tokens[from]!
  return t.text !== t.lower && (MONTH_WORDS.has(t.lower) || t.lower in WEEKDAYS)
}

/** Units of time a rate is counted per: "a night", "per week". Keep sorted. */
const RATE_UNITS: ReadonlySet<string> = new Set(['day', 'hour', 'month', 'night', 'week', 'year'])
/** Words before a unit of time that make it a rate's: "a night", "each week". Keep sorted. */
const RATE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'each', 'every', 'per'])

/** Whether a phrase is a unit of time alone after "a" or "per": "night" of "six hours a night". */
function isRatePeriod(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  if (to - from !== 1 || !RATE_UNITS.has(tokens[from]!.lower)) return false
  return RATE_WORDS.has(tokens[from - 1]?.lower ?? '')
}

/** Heads of a period a sum is counted over: "for the year", "for the half", "for the quarter". Keep sorted. */
const PERIOD_HEADS: ReadonlySet<string> = new Set([
  'half',
  'month',
  'months',
  'period',
  'quarter',
  'week',
  'weeks',
  'year',
  'years',
])

/** Whether a phrase ends on a period in lower case: "year", "six months", "financial year". */
function namesPeriod(tokens: readonly Token[], [, to]: [number, number]): boolean {
  const last = tokens[to - 1]!
  return last.text === last.lower && PERIOD_HEADS.has(last.lower)
}

/** Heads of a span of time after "in": "in just seven days", "in the past year". Keep sorted. */
const SPAN_HEADS: ReadonlySet<string> = new Set([
  'day',
  'days',
  'fortnight',
  'hours',
  'minutes',
  'month',
  'months',
  'week',
  'weekend',
  'weeks',
  'year',
  'years',
])

/** The words of a change's unit that may follow its number: "4 per cent", "2 points", "3 percentage points". */
const UNIT_OF_CHANGE: ReadonlySet<string> = new Set(['per', 'percent', 'percentage', 'point', 'points'])
/** Words that, before a unit of the calendar, name a period a figure is compared with: "last year". */
const PERIOD_LEADS: ReadonlySet<string> = new Set(['last', 'next', 'previous', 'same', 'this'])
const PERIOD_UNITS: ReadonlySet<string> = new Set(['month', 'period', 'quarter', 'week', 'year'])

/** Whether the phrase is a period alone, "last year", "the previous year": a time, not a thing measured. */
function isComparedPeriod(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  const start = tokens[from]?.lower === 'the' ? from + 1 : from
  return (
    to - start === 2 && PERIOD_LEADS.has(tokens[start]!.lower) && PERIOD_UNITS.has(tokens[start + 1]!.lower)
  )
}

/**
 * "several hundred samples", "a few thousand people": a vague quantity closed by a scale word in
 * the singular stands before its noun as a number does; "hundreds" needs its "of".
 */
function endsInScaleWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.lower in SCALE_WORDS && !t.lower.endsWith('s')
}

/** Whether every word of `tokens[from..to)` opens with a capital and goes on in lower case: a name. */
function isCapitalisedRun(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!
    if (t.kind === 'word' && !/^[A-Z][a-z]/.test(t.text)) return false
  }
  return true
}

/** Words of approximation that may open a conversion in brackets: "(about 88lb)". Keep sorted. */
const APPROXIMATIONS: ReadonlySet<string> = new Set([
  'about',
  'approx',
  'approximately',
  'around',
  'c',
  'circa',
  'nearly',
  'roughly',
])

/** How far a conversion in brackets may run, in tokens: "(44.58kg)", "(about 100 lb)". */
const CONVERSION_REACH = 6

/**
 * Past a conversion in brackets after a figure, or past the closing bracket of the one the figure
 * stands in, when "of" follows: "98.28 pounds (44.58kg) of", "(44.58kg) of". Else `k`.
 */
function pastConversion(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text === ')' && tokens[k + 1]?.lower === 'of') return k + 1
  if (tokens[k]?.text !== '(') return k
  // "(about 88lb) of": a word of approximation may stand before the converted figure.
  const figure = APPROXIMATIONS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1
  for (let j = k + 1; j < tokens.length && j <= k + CONVERSION_REACH; j++) {
    if (tokens[j]!.text === ')')
      return tokens[j + 1]?.lower === 'of' && tokens[figure]?.kind === 'num' ? j + 1 : k
    if (tokens[j]!.text === '(') return k
  }
  return k
}

/**
 * Past a figure alone in brackets after a figure, when a noun in lower case follows: "9 in 10
 * (88%) businesses", "1,200 (40%) officers". Else `k`.
 */
function pastBracketedFigure(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(' || tokens[k + 1]?.kind !== 'num') return k
  for (let j = k + 2; j < tokens.length && j <= k + CONVERSION_REACH; j++) {
    const t = tokens[j]!
    if (t.text === ')') {
      const after = tokens[j + 1]
      // "85 (79%) led to", "six (75%) pleading guilty": a verb after the brackets counts nothing.
      const noun = after?.kind === 'word' && after.text === after.lower && opensNounAfterFigure(after)
      return noun ? j + 1 : k
    }
    if ((t.kind === 'word' && !PERCENT_WORDS.has(t.lower)) || t.text === '(') return k
  }
  return k
}

/** The words of a percentage in brackets: "(88 per cent)". Keep sorted. */
const PERCENT_WORDS: ReadonlySet<string> = new Set(['cent', 'per', 'percent'])

/** Endings of words that open no noun phrase after money or a unit: participles and adverbs. */
const NOT_NOUN_END = /(?:ed|ing|ly)$/

/** Whether the word right after money or a unit can open what it measures: "reward", not "overnight". */
function opensNounAfterFigure(t: Token): boolean {
  // "six foot two": a number word is another figure, here a height's inches.
  if (t.lower in SMALL_NUMBERS) return false
  // "of magnitude 5.2 struck the region", "£300 paid": a past form is a verb, no noun.
  if (isPastForm(t.lower)) return false
  // "£25 buys a winter coat", "£10 gives a child a meal": a verb in the third person, no noun.
  if (THIRD_PERSON_VERBS.has(t.text)) return false
  return !NOT_NOUN_END.test(t.lower) && !ADVERBS_AFTER_MONEY.has(t.lower)
}

/** Words before money that make each sum one of many: "every £25", "each £1". Keep sorted. */
const EACH_WORDS: ReadonlySet<string> = new Set(['each', 'every'])

/**
 * Whether the participle at `tokens[at]`, right after money that starts at `tokens[first]`, says
 * what the money is: "Every £1 invested in prevention", "the £2m raised will fund", "£40 collected
 * is". Not the sentence's own verb ("The £5 sold for", "Of the £2m raised, £1.5m went").
 */
function describesMoney(tokens: readonly Token[], first: number, at: number): boolean {
  const word = tokens[at]!
  if (word.text !== word.lower || !isParticiple(word.lower)) return false
  if (EACH_WORDS.has(tokens[first - 1]?.lower ?? '')) return true
  const verb = tokens[at + 1]
  if (verb?.kind !== 'word') return false
  return THIRD_PERSON_VERBS.has(verb.text) || MODAL_VERBS.has(verb.text) || COPULAS.has(verb.text)
}

/** Past forms that are also nouns after a figure: "a £2m hit", "a 12-piece set". */
const NOUN_PAST_FORMS: ReadonlySet<string> = new Set(['hit', 'set'])

/** Whether a word is a past tense or a participle without the -ed ending: "struck", "fell", "paid". */
function isPastForm(word: string): boolean {
  if (SIMPLE_PASTS.has(word) || INTRANSITIVE_PASTS.has(word)) return true
  return IRREGULAR_PARTICIPLES.has(word) && !NOUN_PAST_FORMS.has(word)
}

/** A change word that names the change: "boost", "cut"; not "up", "more". */
function isChangeNoun(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.lower in CHANGE_WORDS && t.lower !== 'up' && t.lower !== 'down'
}

/** Whether a figure is the object of a verb such as "saw": "saw a further 35 handguns seized". */
function afterComplementVerb(tokens: readonly Token[], first: number): boolean {
  return afterVerbOf(tokens, first, COMPLEMENT_VERBS)
}

/** Whether a figure is the object of one of `verbs`, perhaps after "a further", "another", "the". */
/** What a share counts, without the verb of the clause it is the subject of. */
function beforeShareVerb(
  tokens: readonly Token[],
  found: [number, number] | null,
  subject: boolean,
  ofOne: boolean,
): [number, number] | null {
  if (!found || found[1] - found[0] < 2) return found
  // "one in five adults lacks basic skills": the verb agreeing with "one" comes first, before a
  // word of a verb's shape in its object.
  const singular = ofOne ? singularVerbAfterPlural(tokens, found) : null
  if (singular !== null) return [found[0], singular]
  const verb = objectVerbAfterPlural(tokens, found, subject, false)
  if (verb !== null) return [found[0], verb]
  return beforeSingularVerb(tokens, found)
}

/**
 * What a count or a share counts, up to the verb its plural noun is the subject of: "400
 * households pay council tax". With `peopleOnly`, a word not listed as a verb ends it only when
 * no verb follows in its clause: a share's whole after "of" may be a mass noun after a plural
 * ("30% of sales revenue came").
 */
function atObjectVerb(
  tokens: readonly Token[],
  found: [number, number] | null,
  subject: boolean,
  peopleOnly = false,
): [number, number] | null {
  const verb = found ? objectVerbAfterPlural(tokens, found, subject, peopleOnly) : null
  return verb === null ? found : [found![0], verb]
}

/**
 * Where the verb stands that a share's or a count's plural noun is the subject of, before its
 * object: "two in five adults drink alcohol", "one in three women experience domestic abuse",
 * "adults drink 14 units", "400 households pay council tax". A word with a
 * verb's bare shape after the plural is the verb unless a plural noun follows it, the head of a
 * compound it is part of ("one in four sports club members"); the head a share or a count of more than one counts is plural.
 * People make no compound's first noun before a listed verb, so it is theirs before a plural
 * object too ("adults eat vegetables", "workers report symptoms"; "police patrol cars" stays);
 * so is a plural in "-s" opening its clause with no other verb in it ("care homes report staff
 * shortages", "firms cut jobs").
 */
function objectVerbAfterPlural(
  tokens: readonly Token[],
  [from, to]: [number, number],
  subject: boolean,
  peopleOnly: boolean,
): number | null {
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j]!
    const prev = tokens[j - 1]!
    // A plural in a name ("the Marten Hills region") is no subject.
    if (t.kind !== 'word' || t.text !== t.lower || prev.text !== prev.lower || !isPluralNoun(prev)) continue
    // "sports club committee members": a plural that modifies opens a compound, whose words run on.
    if (/['’]s$/.test(prev.lower) || PLURAL_MODIFIERS.has(prev.lower)) continue
    if (isPluralNoun(t) || !hasBareVerbShape(t.lower) || isFunctionWord(t.lower)) continue
    // The object opens with a word of its own or a figure; a preposition after the word is left
    // to what reads a verb before its complement ("pupils walk to school").
    const next = tokens[j + 1]
    const opensObject = next?.kind === 'num' || (next?.kind === 'word' && !isFunctionWord(next.lower))
    if (!opensObject) continue
    if (isListedPresentVerb(t.lower) && countsPeople(prev) && !peopleCompoundBeforeVerb(tokens, j, subject))
      return j
    // "60% of care homes report staff shortages", "45% of firms cut jobs": a plural in "-s" that
    // opens its clause, and modifies nothing (checked above), is the subject of a verb after it
    // with no other verb in the clause, whatever its object ("30% of operations support staff
    // were cut", "30% of sales revenue came", "employs 300 operations support staff" have none).
    const verbOfSubject = subject && isPluralShaped(prev.lower) && !hasVerbInClause(tokens, j + 1)
    if (verbOfSubject) return j
    if (!peopleOnly && !isPluralNoun(next) && !headsCompoundAfter(tokens, j, prev)) return j
  }
  return null
}

/** Auxiliaries that carry a clause's tense, so a subject stands right before them: "were", "will". */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(
  AUXILIARY_VERBS.filter((w) => w !== 'be' && w !== 'been' && w !== 'being'),
)

/**
 * Whether the word at `j`, after a plural with no ending ("staff", "people"), opens a compound
 * whose head names people and stands right before a finite auxiliary: "40 staff support workers
 * were hired". Two finite verbs cannot share the clause, so the word is the compound's, not a
 * verb ("300 staff train new recruits"). A count that is an object (`subject` false: "employs 40
 * staff support workers", "a team of 40 staff support workers") has no verb of its own, so a
 * head that ends its clause or opens a preposition's phrase closes the compound too. A verb of
 * saying keeps its clause after it ("people say workers are").
 */
function peopleCompoundBeforeVerb(tokens: readonly Token[], j: number, subject: boolean): boolean {
  const head = tokens[j + 1]
  if (isPluralShaped(tokens[j - 1]!.lower) || THAT_CLAUSE_VERBS.has(tokens[j]!.lower)) return false
  if (head?.kind !== 'word' || !countsPeople(head)) return false
  const after = tokens[j + 2]
  if (FINITE_AUXILIARIES.has(after?.lower ?? '')) return true
  // "a team of 12 people help residents": only a word that opens compounds of people ("support
  // workers", "patrol officers") is one there; another is the verb, before its object.
  if (!PEOPLE_COMPOUND_OPENERS.has(tokens[j]!.lower)) return false
  const ends = isClauseBreak(after) || PREPOSITIONS.has(after!.lower)
  // "A team of 12 staff support workers.": a noun of a workforce opens a compound of roles, as
  // "police" does, in the "of" phrase of a noun that is the clause's subject.
  return ends && (!subject || (WORKFORCE_NOUNS.has(tokens[j - 1]!.lower) && afterOf(tokens, j - 1)))
}

/**
 * Plurals with no ending that name a workforce and open compounds of its roles ("staff nurses",
 * "staff support workers", "personnel support officers"), as "people" seldom does. Keep sorted.
 */
const WORKFORCE_NOUNS: ReadonlySet<string> = new Set(['personnel', 'staff'])

/** Whether the noun at `k` follows its count and "of": "of 12 staff", "of 12 more staff". */
function afterOf(tokens: readonly Token[], k: number): boolean {
  let n = k - 1
  if (tokens[n]?.kind === 'word' && COMPARATIVE_EXTRAS.has(tokens[n]!.lower)) n--
  const count = tokens[n]
  return (
    (count?.kind === 'num' || (count?.kind === 'word' && count.lower in SMALL_NUMBERS)) &&
    tokens[n - 1]?.lower === 'of'
  )
}

/**
 * Verbs in the present that are also nouns opening compounds that name people, after a count
 * that is an object: "40 staff support workers", "12 police patrol officers", "benefit
 * claimants", "work coaches", "travel agents". Keep sorted.
 */
const PEOPLE_COMPOUND_OPENERS: ReadonlySet<string> = new Set([
  'benefit',
  'patrol',
  'support',
  'travel',
  'work',
])

/**
 * Whether the words at `j` and after it run to a compound's plural head, after a plural with no
 * ending that names no people, a noun that opens compounds as often as it is counted: "two police
 * community support officers", "40 police staff investigators". A count of people ("300 staff
 * train new recruits") or a plural in "-s" ("300 firms offer apprenticeship schemes") has its verb there.
 */
function headsCompoundAfter(tokens: readonly Token[], j: number, prev: Token): boolean {
  if (isPluralShaped(prev.lower) || countsPeople(prev) || IRREGULAR_PLURALS.has(prev.lower)) return false
  const next = tokens[j + 1]
  const head = tokens[j + 2]
  if (next?.kind !== 'word' || next.text !== next.lower || isFunctionWord(next.lower)) return false
  return head?.kind === 'word' && head.text === head.lower && isPluralNoun(head)
}

/**
 * What a share counts, without the verb in the singular that agrees with its "one": "one in four
 * children lives in poverty", "one in five people says that". A plural with no "-s" ("children",
 * "people") makes no compound with a word in "-s" before a preposition, an article or "that".
 */
function beforeSingularVerb(tokens: readonly Token[], found: [number, number]): [number, number] {
  const verb = tokens[found[1] - 1]!
  const after = tokens[found[1]]?.lower ?? ''
  const opensComplement = PREPOSITIONS.has(after) || DETERMINERS.has(after) || after === 'that'
  if (!IRREGULAR_PLURALS.has(tokens[found[1] - 2]!.lower) || !verb.lower.endsWith('s') || !opensComplement)
    return found
  return [found[0], found[1] - 1]
}

/** How a share of one is written: "one in five", "1 in 4". */
const ONE_WORDS: ReadonlySet<string> = new Set(['1', 'one'])

/**
 * Where the verb in the singular stands that agrees with a share's "one", right after its plural
 * of any kind: "one in five adults lacks basic skills", "one in three councils expects a
 * deficit". Two plurals in a row are a compound's words ("women leaders", "arts organisations")
 * when a verb follows them in the clause or the second names people without being a listed verb
 * ("women drivers"; "adults suffers" is one); nothing after the word is no sign of a verb. Of
 * three words in "-s" the last that something follows is the verb ("arts organisations faces
 * closure"; "adults lacks skills"), unless the first is a listed verb ("adults uses buses daily").
 */
function singularVerbAfterPlural(tokens: readonly Token[], [from, to]: [number, number]): number | null {
  // The verb may close what was read as counted: "adults lacks" of "adults lacks basic skills".
  for (let j = from + 1; j <= to && j < tokens.length; j++) {
    const t = tokens[j]!
    const prev = tokens[j - 1]!
    if (t.kind !== 'word' || t.text !== t.lower || prev.text !== prev.lower || !isPluralNoun(prev)) continue
    if (/['’]s$/.test(prev.lower) || PLURAL_MODIFIERS.has(prev.lower)) continue
    if (!isPluralShaped(t.lower) || !hasBareVerbShape(t.lower.slice(0, -1))) continue
    // An unlisted word is a verb only before a complement that is not itself followed by one.
    const listed = isThirdPersonOfListedVerb(t.lower)
    if (
      !listed &&
      (countsPeople(t) || !isWordOrFigure(tokens[j + 1]) || mayBeVerbBeforeObject(tokens, j + 1))
    )
      continue
    if (hasVerbInClause(tokens, j + 1)) continue
    return j
  }
  return null
}

/** Whether a token is a word or a figure: what opens a verb's complement. */
function isWordOrFigure(t: Token | undefined): boolean {
  return t?.kind === 'word' || t?.kind === 'num'
}

/** Whether the word at `j` is in "-s" and a complement follows it, so it may be the verb itself. */
function mayBeVerbBeforeObject(tokens: readonly Token[], j: number): boolean {
  return isPluralShaped(tokens[j]!.lower) && isWordOrFigure(tokens[j + 1])
}

/**
 * Whether the figure at `tokens[first]` is the level a verb of change reached: "Funding will
 * increase to £5m for youth services", "Spending rose sharply to £2m for roads". The change's
 * subject is what the level measures; "for" names whom or what it goes to.
 */
function isLevelReached(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.lower !== 'to') return false
  for (let k = first - 2; k >= 0 && k >= first - 3; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (t.lower in CHANGE_WORDS || MOTION_VERBS.has(t.lower)) return true
  }
  return false
}

function afterVerbOf(tokens: readonly Token[], first: number, verbs: ReadonlySet<string>): boolean {
  // "committed a total of $12 million to": the words that sum the figure stand for it.
  let k = totalOfBefore(tokens, first) - 1
  while (k >= 0 && first - k <= 3 && COMPLEMENT_FILLERS.has(tokens[k]!.lower)) k--
  const verb = tokens[k]
  return verb?.kind === 'word' && verbs.has(verb.lower)
}

/** How far back the "between" of a range's second end may stand: "between $5,000 and". */
const RANGE_REACH = 6

/**
 * Whether a noun and "of" stand before the figure at `tokens[first]`, perhaps with "between", or
 * before the range it ends: "Grants of £5,000", "Grants of between $5,000 and $50,000".
 */
function afterNounOf(tokens: readonly Token[], first: number): boolean {
  let at = first
  if (tokens[first - 1]?.lower === 'and') {
    for (let j = first - 2; j >= 0 && first - j <= RANGE_REACH; j--) {
      if (tokens[j]!.lower === 'between') {
        at = j + 1
        break
      }
    }
  }
  const of = tokens[at - 1]?.lower === 'between' ? at - 2 : at - 1
  const noun = tokens[of - 1]
  return tokens[of]?.lower === 'of' && noun?.kind === 'word' && !DETERMINERS.has(noun.lower)
}

/** A measure's words up to where they are sent: "experts" of "experts to Spain". */
function beforeDestination(tokens: readonly Token[], [from, to]: [number, number]): [number, number] {
  for (let j = from + 1; j < to; j++) {
    const w = tokens[j]!.lower
    if (w === 'to' || w === 'into') return [from, j]
  }
  return [from, to]
}
