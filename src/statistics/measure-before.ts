import { WEEKDAYS } from '../dates/lexicon'
import { AUXILIARY_VERBS } from '../text/auxiliaries'
import { byBeforeChange, type ChangeCue } from './change'
import { gappedChange } from './gapped'
import {
  TIME_UNITS as CALENDAR_UNITS,
  CHANGE_BY_VERBS,
  CHANGE_WORDS,
  IRREGULAR_PLURALS,
  LOSS_VERBS,
  MODAL_VERBS,
  MOTION_VERBS,
  MULTIPLIER_VERBS,
  NUMBERED_NAMES,
  PERIOD_ADJECTIVES,
  QUALIFIERS_BEFORE,
  RETURN_PARTICLES,
  SPREAD_OVER_VERBS,
  SPREAD_VERBS,
} from './lexicon'
import { amountOpening, countsPeople } from './main-verb'
import { isListedPresentVerb, isNamedNumber, opensFigure } from './measure-after'
import {
  ALLOCATING_VERBS,
  CHANGE_LINKS,
  DEMONSTRATIVES,
  DETERMINERS,
  EXPECTATION_WORDS,
  FIGURE_OPENINGS,
  INFINITIVE_GOVERNORS,
  ING_ADJECTIVES,
  ING_NOUNS,
  INTRANSITIVE_PASTS,
  IRREGULAR_PARTICIPLES,
  isFunctionWord,
  isPointedTime,
  NOT_NOUN_OPENINGS,
  NOUN_OPENINGS,
  PERFECT_AUXILIARIES,
  PREPOSITIONS,
  PRESENT_OBJECT_VERBS,
  SIMPLE_PASTS,
  SUBJECT_AUXILIARIES,
  SUBJECT_OPENINGS,
  SUBJECT_PREPOSITIONS,
  SUBJECT_STOP_WORDS,
  THAT_CLAUSE_VERBS,
  THIRD_PERSON_VERBS,
  UNDERGOING_VERBS,
  VALUE_LINKS,
  VERB_CONTEXT,
} from './measure-lexicon'
import { movingVerbBefore } from './moved-object'
import { isBareMultiplierVerb } from './multiplier'
import { startsSentence } from './name-filters'
import { FRACTION_WORDS, SMALL_NUMBERS } from './number-words'
import { isParticiple } from './participles'
import { indexPhrases, matchPhrase } from './phrases'
import {
  abbreviationOpening,
  isClauseBreak,
  isGluedHyphen,
  isLabelNumber,
  isPluralShaped,
  isSentenceBreak,
  type Token,
} from './tokens'
import { isMeasureUnit, isMoney } from './unit-kinds'

/**
 * The object or subject before a quantity, as a token range: the object of its change verb
 * ("reduces the length of investigations by 20%"), the subject of that verb ("violent crime has
 * fallen 5%"), the subject of a link ("the value is £5.4m") or a verb of measure ("travelled
 * 10,000 miles"). Null when none names a thing.
 */
export function measureBefore(
  tokens: readonly Token[],
  first: number,
  change: ChangeCue | null,
  unit: string,
): [number, number] | null {
  // "fell by a third, and burglary by a quarter": the subject the second change names.
  const gapped = change ? gappedChange(tokens, first) : null
  if (gapped) return gapped.subject
  // "arrests doubled", "thefts have more than halved": the figure is the verb, after its subject.
  if (change?.at === first) return subjectOfVerb(tokens, first)
  // "Shares rose 0.4% after falling 2%": a change in a clause of time has the sentence's subject.
  if (change && change.at < first && TIME_CLAUSE_LINKS.has(tokens[change.at - 1]?.lower ?? '')) {
    if (tokens[change.at]!.lower.endsWith('ing')) return subjectOfClauseBefore(tokens, change.at - 1)
  }
  if (change && change.at < first) {
    // Object between the verb and "by": "reduces the length of primary investigations by".
    const objectStart = change.at + 1
    // Only a verb and "by" hold an object between them; "a rise of 9%" has none. "by an average
    // of" ends the object as "by" does.
    let objectEnd = byBeforeChange(tokens, first)
    // "cut the Official Cash Rate (OCR) by": the name's abbreviation is left out.
    const abbreviation = objectEnd > 0 ? abbreviationOpening(tokens, objectEnd - 1) : -1
    if (abbreviation >= 0) objectEnd = abbreviation
    if (objectEnd >= 0 && objectEnd > objectStart && allWords(tokens, objectStart, objectEnd))
      return [objectStart, objectEnd]
    // "The company reported growth of 3%": a noun of change that is a verb's object, as "a rise
    // of 3%" after "reported" is, has no subject before it; the verb and its subject are no part.
    if (tokens[change.at + 1]?.lower === 'of') {
      // "Expected growth of 2%", "saw strong growth of 4%", "a sharp rise of 12%": the words
      // that describe the noun of change are its own, no subject; read past them.
      const opening = pastChangeAdjectives(tokens, change.at)
      // "Shoplifting recorded a rise of 12%", "Sales saw strong growth of 4%": the subject of a
      // verb of undergoing is what changed, unless it is who counted it ("Police recorded").
      const undergone = undergoingSubject(tokens, opening)
      if (undergone !== undefined) return undergone
      if (isVerbBeforeObject(tokens[opening - 1])) return null
      if (opening < change.at && opensNounOfChange(tokens, opening)) return null
      // "Strong export growth of 5%": the words that judge the change before what changed are
      // the change's, no part of what changed ("Export growth of 5%" measures "Export").
      const found = subjectOfVerb(tokens, change.at)
      return found && pastJudgingAdjectives(tokens, found)
    }
    return subjectOfVerb(tokens, marketVerbBefore(tokens, change.at) ?? change.at)
  }
  // "Each victim lost on average EUR 4 000", "Workers earned an average of £31,000": an average a
  // verb of losing, paying or earning takes is one per member of its subject, which it measures.
  if (unit !== 'count' && unit !== 'percent') {
    const averaged = averagedSubject(tokens, first)
    if (averaged !== undefined) return averaged
  }
  // "The appeal seeks US$ 1.2 billion", "the plan is seeking £2m": the sum a verb of seeking or
  // needing takes is what its subject asks for, and measures it.
  if (isMoney(unit)) {
    const sought = seekingSubject(tokens, first)
    if (sought !== undefined) return sought
  }
  // "Arrests rose to a total of 1,200", "has received a total of $12 million": the words that sum
  // the figure name nothing it measures; what stands before them does.
  const figure = first
  // "rose to a record 1,200", "down from a record 135,500": a word of amount before the figure
  // stands between it and its link, as the words that sum it do.
  first = totalOfBefore(tokens, amountOpening(tokens, first))
  // "a reward in the amount of up to $5,000", "cash in the sum of £3,000": what the sum is of
  // stands before its "in".
  if (first < figure && tokens[first - 1]?.lower === 'in') {
    const found = subject(tokens, first - 1)
    // "Payments were made in the amount of $300": the passive's subject.
    if (found && namesSubject(tokens, found)) return passiveSubject(tokens, found, first - 1) ?? found
  }
  // "costs in excess of £5m", "revenue in the range of $405 million to $415 million": a phrase of
  // closeness opened by "in" stands where "of" alone would, after what the sum is of.
  // "will cost somewhere in the region of £300,000": a verb of cost before it links as before the sum.
  let closeness = closenessOpening(tokens, first)
  if (closeness !== null && VAGUE_PLACES.has(tokens[closeness - 1]?.lower ?? '')) closeness--
  if (closeness !== null && costsAsVerb(tokens, closeness - 1)) first = closeness
  else if (closeness !== null) {
    const found = subject(tokens, closeness)
    if (found && namesSubject(tokens, found)) {
      const passive = passiveSubject(tokens, found, closeness)
      if (passive) return passive
      // "accounts processed in excess of £160m": a verb's object is read no further here.
      if (!isParticiple(tokens[found[1] - 1]!.lower)) return found
    }
  }
  // "The rate is just 6.4%", "rose to only 300": a focusing adverb stands between the link and the figure.
  let linkAt = FOCUS_ADVERBS.has(tokens[first - 1]?.lower ?? '') ? first - 2 : first - 1
  // "Fines of between £100 and £2,500", "valued at between": the range's opener after the link.
  if (tokens[linkAt]?.lower === 'between' && VALUE_LINKS.has(tokens[linkAt - 1]?.lower ?? '')) linkAt--
  const link = tokens[linkAt]
  // "rose 4% to hit 2.1 million": an infinitive of reaching is read after a change (below).
  const before = tokens[linkAt - 1]?.lower ?? ''
  const infinitive = link?.lower === 'hit' && before === 'to'
  // "Investment will total £600m", "is expected to total $2bn": "total" after a modal or "to" is a
  // verb linking its subject to the sum ("the total £600m" is none).
  const totalVerb = link?.lower === 'total' && (MODAL_VERBS.has(before) || before === 'to')
  if (link?.kind === 'word' && ((VALUE_LINKS.has(link.lower) && !infinitive) || totalVerb)) {
    // "Turnover was up 8% at £45m", "arrests were up 12% at 1,450": the level after a change is
    // the level of the change's subject. A bare number counts things, so only a plural subject
    // is what it counts ("the index was down 0.3% at 6,120" is a level of no thing counted).
    // "The pound closed 2 cents lower at $1.27": the level a market's verb left after its change.
    // "settled down $1.05, or 1.3%, at $82.10", "settled 1.2% higher on Friday at": a figure
    // restated, or the day, between the change and the "at" of its level.
    const changeEnd = link.lower === 'at' ? pastAsideBeforeLevel(tokens, linkAt) : linkAt
    const market = link.lower === 'at' ? marketVerbBeforeChange(tokens, changeEnd) : null
    if (market !== null) {
      const found = subjectOfVerb(tokens, market)
      if (found && (unit !== 'count' || isPluralShaped(tokens[found[1] - 1]!.lower))) return found
      // "It was 3% higher at 412p": a pronoun names nothing, and the change is no measure.
      if (found === null) return null
    }
    if (link.lower === 'at' && closesChange(tokens[changeEnd - 1], tokens[changeEnd - 2])) {
      const verb = changeVerbBefore(tokens, changeEnd)
      const found = verb === null ? null : subjectOfVerb(tokens, verb)
      if (found && (unit !== 'count' || isPluralShaped(tokens[found[1] - 1]!.lower))) return found
      // "The index ended down 0.5% on Tuesday at 7,650": the day names nothing the level is of.
      if (verb !== null && changeEnd < linkAt) return null
    }
    // "The unemployment rate held steady at 6.5%", "Prices remained stable at £3.50": a verb of a
    // level, with the state it kept, is no part of its subject.
    const level = levelVerbBefore(tokens, linkAt)
    if (level !== null) {
      const found = subjectOfVerb(tokens, level)
      // "A third of those screened were at 35": the level of a share's members, told by "be"
      // alone, is no level of what the share names.
      if (found && level === linkAt - 1 && BE_FORMS.has(tokens[level]!.lower) && opensShare(tokens, found[0]))
        return null
      return found
    }
    // "Unemployment is forecast to peak at 4.6%", "The deficit is likely to stand at £40bn": the level is
    // the subject's, past the verb of expectation and the infinitive.
    const expecting = linkAt - 3
    if (
      tokens[linkAt - 2]?.lower === 'to' &&
      tokens[linkAt - 1]?.kind === 'word' &&
      EXPECTATION_WORDS.has(tokens[expecting]?.lower ?? '')
    ) {
      const found = subjectOfVerb(tokens, expecting)
      if (found && namesSubject(tokens, found)) return found
    }
    // "valued at over £4m", "value of over £4m", "value is £5.4m": the words before the link.
    // "GDP would be 0.4 percentage points lower", "the cost will be £2m": the modal before "be" is
    // no part of its subject.
    // "Jobs have reached nearly 2m", "Sales had totalled £5m": the perfect's auxiliary before a
    // verb of reaching is no part of its subject either.
    const perfect =
      PERFECT_AUXILIARIES.has(before) && !BE_FORMS.has(link.lower) && !WORD_LINKS.has(link.lower)
    let found =
      link.lower === 'be' || totalVerb || perfect ? subjectOfVerb(tokens, linkAt) : subject(tokens, linkAt)
    // "admitted possessing cocaine worth £3,000": what is worth the sum is the gerund's object.
    if (found && DESCRIBING_LINKS.has(link.lower)) found = pastGerund(tokens, found)
    // "admitted possessing cocaine valued at £3,000": so is it when a participle of value links it.
    if (found && link.lower === 'at') found = pastGerundBeforeValuing(tokens, found)
    if (found && !namesSubject(tokens, found)) return null
    // "the fund, valued at £4.5 million": a participle alone describes the phrase before its comma.
    // "Brent crude, the global benchmark, settled at $82.10": the subject of a level's verb stands
    // before an apposition between commas.
    // "The pound, trading at $1.27, fell": a participle of a level describes the phrase before its comma.
    if (found && found[1] - found[0] === 1 && LEVEL_VERBS.has(tokens[found[0]]!.lower)) {
      const kept = subjectOfVerb(tokens, found[0])
      if (kept) return kept
      if (tokens[found[0]]!.lower.endsWith('ing') && tokens[found[0] - 1]?.text === ',')
        return subject(tokens, found[0] - 1) ?? found
    }
    if (found && found[1] - found[0] === 1 && isParticiple(tokens[found[0]]!.lower)) {
      const comma = tokens[found[0] - 1]
      if (comma?.text === ',' && found[0] === linkAt - 1) return subject(tokens, found[0] - 1) ?? found
    }
    // "The haul was valued at £2m", "the cost has been estimated at": the passive's subject is
    // what the sum is of; "the drugs are worth £500,000": so is the subject of "be".
    const passive = passiveSubject(tokens, found, linkAt)
    if (passive) return passive
    // "The deal will be worth £5m", "the contract could be worth": "be" after a modal is no part
    // of what is worth the sum; its subject is, when one is named ("it will be worth" names none).
    if (found && tokens[found[1] - 1]!.lower === 'be' && link.lower === 'worth') {
      const subject = subjectOfVerb(tokens, found[1] - 1)
      return subject && namesSubject(tokens, subject) ? subject : null
    }
    // "The figure stood at 6.4%", "unemployment remains at 4%": the verb of a level is no part of
    // its subject; "kept interest rates unchanged at 5.25%": nor is the state an object was kept in.
    // "Brent crude futures for June settled at", "with Brent crude settling at": read from the verb,
    // the time after the subject is left out as before any verb.
    if (found && found[1] - found[0] > 1 && LEVEL_VERBS.has(tokens[found[1] - 1]!.lower))
      return subjectOfVerb(tokens, found[1] - 1) ?? [found[0], found[1] - 1]
    if (
      found &&
      found[1] - found[0] > 1 &&
      link.lower === 'at' &&
      KEPT_STATES.has(tokens[found[1] - 1]!.lower)
    )
      return [found[0], found[1] - 1]
    return found
  }
  // "Revenue came in $9.2 million above projections", "Spending came in 3% below budget": the
  // result's difference from what was expected is its subject's.
  if (link?.lower === 'in' && comesInBefore(tokens, linkAt + 1) && comparesAfter(tokens, figure)) {
    const found = subjectOfVerb(tokens, linkAt - 1)
    if (found && namesSubject(tokens, found)) return found
  }
  // "Costs amounted to £2m", "The bill came to nearly £40,000": a verb of summing up before "to"
  // links its subject to the sum ("came to" only to money: "Police came to 12 addresses").
  if (link?.lower === 'to') {
    const verb = tokens[linkAt - 1]?.lower ?? ''
    if (AMOUNTING_VERBS.has(verb) || (COMING_VERBS.has(verb) && isMoney(unit))) {
      const found = subjectOfVerb(tokens, linkAt - 1)
      if (found && namesSubject(tokens, found)) return found
    }
  }
  // "rose by 15 per cent to 1,140", "arrests rose to 300": the level the subject reached;
  // "burglaries rose from 1,200 in 2022": the level it left.
  if (link?.lower === 'to' || link?.lower === 'from') {
    // "pushed inflation up to 6.7%", "sent mortgage rates down to 4.5%": the level the object of
    // a verb that moved it came to.
    const moved = movedObject(tokens, linkAt - 1)
    if (moved) return moved
    const verb = changeVerbBefore(tokens, linkAt)
    if (verb !== null) {
      const found = subjectOfVerb(tokens, verb)
      // "The S&P 500 gained 0.7% to 6,327.80": a bare number counts things, and an index named
      // with its number is none; as at "at" (above), its level counts nothing.
      return found && unit === 'count' && isNumberOfName(tokens, found[1] - 1) ? null : found
    }
    // "cut the cash rate to 4.10 per cent", "lowered the OCR from 5.5 percent": what the verb changed.
    const object = objectOfChange(tokens, linkAt)
    if (object !== null) return object
  }
  // "grew by 1.7 percent to reach 5.3 million", "rose 12%, reaching £4.2bn": a verb of reaching
  // after a change says the level its subject reached, as "to" alone does.
  if (link?.kind === 'word' && REACHING_VERBS.has(link.lower)) {
    const before = tokens[linkAt - 1]
    const verb = before?.lower === 'to' ? changeVerbBefore(tokens, linkAt - 1) : null
    if (verb !== null) return subjectOfVerb(tokens, verb)
    if (before?.text === ',' && link.lower.endsWith('ing')) {
      const found = subjectOfClauseBefore(tokens, linkAt - 1)
      if (found) return found
    }
  }
  // "A gallon of milk now costs $4", "The scheme will cost £2m", "the average home now costing
  // £285,000": what costs the sum is what it measures.
  if (link?.kind === 'word' && COST_VERBS.has(link.lower) && isMoney(unit)) {
    const found = subjectOfVerb(tokens, linkAt)
    if (found && namesSubject(tokens, found)) return found
  }
  // "Fines range from $500 to $5,000", "payments ranging between": the spread is of the subject.
  if (
    (link?.lower === 'from' || link?.lower === 'between') &&
    SPREAD_VERBS.has(tokens[linkAt - 1]?.lower ?? '')
  )
    return subjectOfVerb(tokens, linkAt - 1)
  // "The FTSE 100 closed 45 points lower": the points a market's verb left an index apart by
  // measure its subject, as "closed down 45 points" does.
  // "The pound closed 2 cents lower", "Brent settled $1.20 lower": so does a sum a change follows.
  // "Shares closed 3% higher": so does a percentage before a market's comparative ("opened 30% more
  // stores" counts the stores).
  const moved =
    unit === 'point' ||
    (isMoney(unit) && change !== null && change.at > first) ||
    (unit === 'percent' &&
      change !== null &&
      change.at > first &&
      MARKET_COMPARATIVES.has(tokens[change.at]?.lower ?? ''))
  if (link?.kind === 'word' && moved && LEVEL_VERBS.has(link.lower)) return subjectOfVerb(tokens, linkAt)
  // "Wildfires burned 18 million hectares", "The blaze has scorched 4,000 acres": the area a fire
  // or a flood spread over is measured by what spread, its verb's subject.
  // "It burned 500 hectares": a pronoun names nothing that spread, and the verb is no measure.
  // "The fire spread over 500 hectares", "the estate sprawls across 40 acres": so is the area
  // after the verb's preposition.
  // "The farm covers 1,200 hectares", "the wall stretches over 2,000km": so is the area or the
  // length a verb of extent says a thing takes up.
  const spreadAt = SPREAD_PREPOSITIONS.has(link?.lower ?? '') ? linkAt - 1 : linkAt
  const spreadVerb = tokens[spreadAt]?.lower ?? ''
  if (
    link?.kind === 'word' &&
    isMeasureUnit(unit) &&
    (SPREADING_VERBS.has(spreadVerb) || EXTENT_VERBS.has(spreadVerb))
  ) {
    const found = subjectOfVerb(tokens, spreadAt)
    // "Officers covered 300 miles on foot": people cover a distance they travel, which their
    // verb says, as "travelled" does (below).
    const travelled = EXTENT_VERBS.has(spreadVerb) && found !== null && countsPeople(tokens[found[1] - 1]!)
    if (!travelled) return found && namesSubject(tokens, found) ? found : null
  }
  // "travelled more than 10,000 miles", "had withdrawn £300": a measure's verb just before it.
  if (link?.kind === 'word' && isMeasureUnit(unit) && link.lower.length > 4 && link.lower.endsWith('ed'))
    return [first - 1, first]
  const spent = verbOfSum(tokens, first, unit)
  if (spent) return spent
  // "was fined $2,400", "fined another EUR 3 million": the verb of a penalty says what the money is.
  if (isMoney(unit)) {
    const verb = penaltyVerbBefore(tokens, first)
    if (verb !== null) return [verb, verb + 1]
  }
  return null
}

/**
 * Adjectives of a change's size or manner that may stand before its noun: "strong growth", "a
 * sharp rise", "a modest fall". Keep sorted.
 */
const CHANGE_SIZE_ADJECTIVES: ReadonlySet<string> = new Set([
  'big',
  'buoyant',
  'continuing',
  'disappointing',
  'further',
  'healthy',
  'huge',
  'impressive',
  'large',
  'marked',
  'modest',
  'muted',
  'overall',
  'rapid',
  'record',
  'robust',
  'sharp',
  'significant',
  'slight',
  'slow',
  'sluggish',
  'small',
  'solid',
  'steady',
  'steep',
  'strong',
  'subdued',
  'weak',
])

/**
 * What changed, past the adjectives of the change's size or manner that open it: "export" of
 * "Strong export", "consumer spending" of "Sluggish consumer spending". Unchanged when nothing
 * would be left.
 */
function pastJudgingAdjectives(tokens: readonly Token[], [from, to]: [number, number]): [number, number] {
  let k = from
  while (k < to - 1 && CHANGE_SIZE_ADJECTIVES.has(tokens[k]!.lower)) k++
  return [k, to]
}

/** How many words may describe a noun of change: "a sharp annual rise". */
const CHANGE_ADJECTIVE_REACH = 3

/**
 * Where the words that describe the noun of change at `tokens[at]` open: past adjectives of its
 * size ("strong", "sharp"), of its period ("annual") and a participle opening the sentence
 * ("Expected", "Projected", "Forecast"). `at` when none stands there: a noun before it ("Sales
 * growth") is what changed.
 */
function pastChangeAdjectives(tokens: readonly Token[], at: number): number {
  let k = at
  while (k > 0 && at - k < CHANGE_ADJECTIVE_REACH) {
    const t = tokens[k - 1]!
    const w = t.lower
    // A capital inside the sentence opens a name ("Tesco growth"); at its start it is the sentence's.
    if (t.kind !== 'word' || (t.text !== w && !startsSentence(tokens, k - 1))) break
    // A participle in lower case may be the verb whose object the change is ("posted growth"):
    // read as an adjective only where it opens the sentence ("Expected growth of 2%").
    const participle = (isParticiple(w) || w === 'forecast') && t.text !== w
    const describes =
      CHANGE_SIZE_ADJECTIVES.has(w) || PERIOD_ADJECTIVES.has(w) || ING_ADJECTIVES.has(w) || participle
    if (!describes) break
    k--
  }
  return k
}

/**
 * Whether the noun phrase of a change opening at `tokens[k]` is no clause's subject but its
 * own: at the start of its sentence or clause, or after an article or a possessive.
 */
function opensNounOfChange(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]
  if (startsSentence(tokens, k) || before?.text === ',') return true
  return before?.kind === 'word' && (DETERMINERS.has(before.lower) || POSSESSIVES.has(before.lower))
}

/**
 * Nouns of who counts or tells a change, as subjects of a verb of undergoing ("Police recorded a
 * rise", "Figures show a fall"): no thing changed. Keep sorted.
 */
const OBSERVER_NOUNS: ReadonlySet<string> = new Set([
  'analysis',
  'data',
  'figures',
  'forces',
  'police',
  'report',
  'research',
  'results',
  'statistics',
  'study',
  'survey',
])

/**
 * The subject of a verb of undergoing before the noun of change that opens at `tokens[opening]`
 * (past its article): "Shoplifting" of "Shoplifting recorded a rise of", "Sales" of "Sales saw
 * strong growth of". Null when the subject counts or tells the change (people, a body named in
 * capitals inside the sentence, a word of `OBSERVER_NOUNS`) or names nothing; undefined when no
 * such verb stands there.
 */
function undergoingSubject(tokens: readonly Token[], opening: number): [number, number] | null | undefined {
  const verb = DETERMINERS.has(tokens[opening - 1]?.lower ?? '') ? opening - 2 : opening - 1
  const t = tokens[verb]
  if (t?.kind !== 'word' || t.text !== t.lower || !UNDERGOING_VERBS.has(t.lower)) return undefined
  const found = subjectOfVerb(tokens, verb)
  if (!found || !namesSubject(tokens, found)) return null
  const head = tokens[found[1] - 1]!
  if (countsPeople(head) || OBSERVER_NOUNS.has(head.lower)) return null
  for (let j = found[0]; j < found[1]; j++) {
    const w = tokens[j]!
    if (w.kind === 'word' && w.text !== w.lower && !startsSentence(tokens, j)) return null
  }
  return found
}

/** Words that open a clause of time before a verb in -ing: "after falling 2%". Keep sorted. */
const TIME_CLAUSE_LINKS: ReadonlySet<string> = new Set(['after', 'before', 'while'])

/** How many tokens back from an aside the verb of the clause before it may stand. */
const CLAUSE_VERB_REACH = 10

/**
 * The subject of the clause before `tokens[at]` (a comma, or the word opening a clause of time),
 * read back from its verb of change or of being: "Burglaries fell sharply" of "Burglaries fell
 * sharply, 40% fewer than last year"; "Shares rose 0.4%" of "Shares rose 0.4% after falling 2%".
 * Null when no such verb stands within reach in the sentence.
 */
export function subjectOfClauseBefore(tokens: readonly Token[], at: number): [number, number] | null {
  for (let k = at - 1; k >= 0 && at - k <= CLAUSE_VERB_REACH; k--) {
    const t = tokens[k]!
    if (isSentenceBreak(t) || (isClauseBreak(t) && t.text !== ',')) return null
    if (t.kind !== 'word') continue
    const verb =
      BE_FORMS.has(t.lower) ||
      (CHANGE_WORDS[t.lower] !== undefined && t.lower !== 'up' && t.lower !== 'down' && !/ing$/.test(t.lower))
    if (!verb) continue
    const found = subjectOfVerb(tokens, k)
    return found && namesSubject(tokens, found) ? found : null
  }
  return null
}

/** Qualifiers that are verbs of exceeding or falling short, by first word: "topped", "fell short of". */
const BOUNDING_VERB_INDEX = indexPhrases(QUALIFIERS_BEFORE.filter((q) => q.verb))

/**
 * What a figure opened by a verb of exceeding or falling short measures: that verb's subject
 * ("Revenue topped $22m", "Donations have exceeded £2m", "Costs could exceed £5m"), or, for its
 * "-ing" after a comma, the subject of the clause before ("Sales rose 4%, topping $22m"). Null
 * when the figure opens with no such verb, when its "-ing" describes a noun ("a fine not exceeding
 * £1,000") or its bare form follows "to" but for an expectation's ("rose to exceed 40,000" is
 * read from the change; "are expected to exceed $5bn" from "expected").
 */
export function subjectOfBoundingVerb(tokens: readonly Token[], first: number): [number, number] | null {
  if (matchPhrase(tokens, first, BOUNDING_VERB_INDEX) === null) return null
  const before = tokens[first - 1]
  if (tokens[first]!.lower.endsWith('ing'))
    return before?.text === ',' ? subjectOfClauseBefore(tokens, first - 1) : null
  // "Sales are expected to exceed $5bn": the infinitive of an expectation has its subject.
  const expected = before?.lower === 'to' && EXPECTATION_WORDS.has(tokens[first - 2]?.lower ?? '')
  if (before?.kind !== 'word' || (before.lower === 'to' && !expected)) return null
  const found = subjectOfVerb(tokens, first)
  return found && namesSubject(tokens, found) ? found : null
}

/** Forms of "be" before a passive's participle or before "worth". */
const BE_FORMS: ReadonlySet<string> = new Set(['are', 'be', 'been', 'being', 'is', 'was', 'were'])

/**
 * The subject of "be" before a link (`tokens[link]`): the words a participle alone ("valued",
 * "been estimated", "put") or nothing was read back to, after a form of "be". Null otherwise.
 */
function passiveSubject(
  tokens: readonly Token[],
  found: [number, number] | null,
  link: number,
): [number, number] | null {
  let verb = link
  if (found) {
    let at = found[0]
    if (BE_FORMS.has(tokens[at]!.lower) && found[1] - at === 2) at++
    if (found[1] - at !== 1 || !isParticiple(tokens[at]!.lower)) return null
    verb = at
  } else if (tokens[link]?.lower !== 'worth') return null
  if (!BE_FORMS.has(tokens[verb - 1]?.lower ?? '')) return null
  const subject = subjectOfVerb(tokens, verb)
  return subject && namesSubject(tokens, subject) ? subject : null
}

/** Nouns of a phrase of closeness between "in" and "of": "in excess of", "in the region of". Keep sorted. */
const CLOSENESS_NOUNS: ReadonlySet<string> = new Set([
  'excess',
  'neighborhood',
  'neighbourhood',
  'order',
  'range',
  'region',
  'vicinity',
])

/**
 * Whether a word of cost at `k` is the verb: "will cost", "costing", and "costs" after a pronoun
 * ("It costs in excess of £50"). Otherwise "costs" is the plural noun ("Legal costs in excess of
 * £5m", "expects costs in the region of £2m"), the commoner reading before a phrase of closeness.
 */
function costsAsVerb(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? ''
  if (!COST_VERBS.has(word)) return false
  return word !== 'costs' || SUBJECT_PRONOUNS_OF_COST.has(tokens[k - 1]?.lower ?? '')
}

/** Pronouns after which "costs" is a verb: "it costs". Keep sorted. */
const SUBJECT_PRONOUNS_OF_COST: ReadonlySet<string> = new Set(['it', 'that', 'this', 'which'])

/** Verbs that sum up before "to": "amounted to £2m". Keep sorted. */
const AMOUNTING_VERBS: ReadonlySet<string> = new Set(['amount', 'amounted', 'amounting', 'amounts'])
/** Verbs that sum up a bill before "to": "came to £40". Keep sorted. */
const COMING_VERBS: ReadonlySet<string> = new Set(['came', 'come', 'comes', 'coming'])

/** Adverbs of vagueness before a phrase of closeness: "somewhere in the region of". Keep sorted. */
const VAGUE_PLACES: ReadonlySet<string> = new Set(['anywhere', 'somewhere'])

/**
 * Where a phrase of closeness ("in excess of", "in the region of", "in the range of") opens, when
 * it starts the quantity at `tokens[first]` (as its qualifier) or ends just before it; else null.
 */
function closenessOpening(tokens: readonly Token[], first: number): number | null {
  const opens = (k: number) => {
    const article = tokens[k + 1]?.lower === 'the' ? 1 : 0
    return tokens[k]?.lower === 'in' &&
      CLOSENESS_NOUNS.has(tokens[k + 1 + article]?.lower ?? '') &&
      tokens[k + 2 + article]?.lower === 'of'
      ? k + 3 + article
      : -1
  }
  if (opens(first) > first) return first
  for (const k of [first - 4, first - 3]) if (k >= 0 && opens(k) === first) return k
  return null
}

/** The index of the verb of a penalty whose sum starts at `tokens[first]` ("fined $2,400", "fined another £500"), else null. */
export function penaltyVerbBefore(tokens: readonly Token[], first: number): number | null {
  const verb = tokens[first - 1]?.lower === 'another' ? first - 2 : first - 1
  if (PENALTY_VERBS.has(tokens[verb]?.lower ?? '')) return verb
  // "fined him £500", "fined the bank $1.2 billion": the one fined stands between, a pronoun, a
  // name or a phrase opened by a determiner; not "fined and later paid $2,400".
  for (let k = verb - 1; k >= 0 && verb - k <= PENALISED_WORDS; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word' || LINKS_OF_CLAUSES.has(t.lower)) return null
    if (!PENALTY_VERBS.has(t.lower)) continue
    const object = tokens[k + 1]!
    const named =
      OBJECT_PRONOUNS.has(object.lower) || NOUN_OPENINGS.has(object.lower) || object.text !== object.lower
    return named ? k : null
  }
  return null
}

/** How many words may name the one fined between the verb and the sum: "fined the bank". */
const PENALISED_WORDS = 3
/** Pronouns that may be the one fined: "fined him £500". Keep sorted. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'it', 'me', 'them', 'us', 'you'])
/** Words that join clauses, which no object of a fine holds. Keep sorted. */
const LINKS_OF_CLAUSES: ReadonlySet<string> = new Set(['and', 'but', 'for', 'or', 'then'])

/** Verbs whose object is the sum of a penalty: "fined £500". Keep sorted. */
const PENALTY_VERBS: ReadonlySet<string> = new Set(['fined', 'penalised', 'penalized'])

/**
 * Where "a total of" ("the sum of", "an amount of", "a total amount of") before the figure at
 * `tokens[first]` starts, or `first`.
 */
export function totalOfBefore(tokens: readonly Token[], first: number): number {
  if (tokens[first - 1]?.lower !== 'of' || !SUM_WORDS.has(tokens[first - 2]?.lower ?? '')) return first
  // "a total amount of": a sum word before another names nothing more.
  const k = SUM_WORDS.has(tokens[first - 3]?.lower ?? '') ? first - 4 : first - 3
  // "the hefty sum of": a word that describes the sum makes it a measure of its own.
  return DETERMINERS.has(tokens[k]?.lower ?? '') ? k : first
}

/**
 * The verb of a perfect or a progressive whose object a sum is, past "a total of": "had withdrawn
 * £300", "is investing $1.2 billion", "has received a total of $12 million". A past form before
 * the words that sum it is that verb too ("received a total of $12 million", "were refunded a sum
 * of £2m"): a level is reached with "to" or a verb of change, not summed. Null for money set
 * aside ("has committed €250 million", see `ALLOCATING_VERBS`) and for other units.
 */
function verbOfSum(tokens: readonly Token[], first: number, unit: string): [number, number] | null {
  const start = totalOfBefore(tokens, first)
  const at = start - 1
  // `first` may stand at the words that sum the figure already: "a total of".
  const summing = DETERMINERS.has(tokens[start]?.lower ?? '') && SUM_WORDS.has(tokens[start + 1]?.lower ?? '')
  const verb = tokens[at]
  if (verb?.kind !== 'word' || !isMoney(unit) || ALLOCATING_VERBS.has(verb.lower)) return null
  const before = tokens[at - 1]?.lower ?? ''
  const perfect = isParticiple(verb.lower) && PERFECT_AUXILIARIES.has(before)
  const progressive = verb.lower.endsWith('ing') && BE_FORMS.has(before)
  const summed = summing && verb.text === verb.lower && isPastOfObject(verb.lower)
  return perfect || progressive || summed ? [at, at + 1] : null
}

/**
 * Whether a word is a past form that may take a sum as its object: "received", "raised", "lost",
 * "stole"; not a verb with no object ("remained", "grew") or of a level ("stood", "closed").
 */
function isPastOfObject(word: string): boolean {
  if (INTRANSITIVE_PASTS.has(word) || LEVEL_VERBS.has(word)) return false
  // "grew", "rose", "fell": a change with no object, its subject the measure.
  if (SIMPLE_PASTS.has(word)) return CHANGE_WORDS[word] === undefined
  return isParticiple(word)
}

/** Verbs of money or weight a subject's members lose, pay, earn or get, each. Keep sorted. */
const PER_MEMBER_VERBS: ReadonlySet<string> = new Set([
  'earn',
  'earned',
  'earning',
  'earns',
  ...LOSS_VERBS,
  'owe',
  'owed',
  'owes',
  'owing',
  'paid',
  'pay',
  'paying',
  'pays',
  'receive',
  'received',
  'receives',
  'receiving',
  'save',
  'saved',
  'saves',
  'saving',
  'spend',
  'spending',
  'spends',
  'spent',
])

/**
 * The subject of a verb of `PER_MEMBER_VERBS` before "on average" or "an average of" and the
 * figure at `tokens[first]`, or before the figure and "on average" at `tokens[end]`: "Each victim
 * lost on average EUR 4 000", "Customers paid an average of £40", "Each victim lost £4,000 on
 * average". Null when the subject names nothing ("They paid an average of £40"); undefined when no
 * such verb and average stand there.
 */
export function averagedSubject(
  tokens: readonly Token[],
  first: number,
  end?: number,
): [number, number] | null | undefined {
  let k = first
  if (tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'average' && tokens[k - 3]?.lower === 'an')
    k -= 3
  else if (tokens[k - 1]?.lower === 'average' && tokens[k - 2]?.lower === 'on') k -= 2
  // "Each victim lost £4,000 on average": the average said after the figure, at `tokens[end]`.
  else if (end === undefined || tokens[end]?.lower !== 'on' || tokens[end + 1]?.lower !== 'average')
    return undefined
  const verb = tokens[k - 1]
  if (verb?.kind !== 'word' || !PER_MEMBER_VERBS.has(verb.lower)) return undefined
  const found = subjectOfVerb(tokens, k - 1)
  return found && namesSubject(tokens, found) ? found : null
}

/** Verbs of seeking or needing money before the sum: "seeks", "is requesting", "needs". Keep sorted. */
const SEEKING_VERBS: ReadonlySet<string> = new Set([
  'need',
  'needed',
  'needing',
  'needs',
  'request',
  'requested',
  'requesting',
  'requests',
  'require',
  'required',
  'requires',
  'requiring',
  'seek',
  'seeking',
  'seeks',
  'sought',
])

/** Verbs that seek money with "for" before the sum: "appeals for $40m", "called for £2bn". Keep sorted. */
const SEEKING_FOR_VERBS: ReadonlySet<string> = new Set([
  'appeal',
  'appealed',
  'appealing',
  'appeals',
  'ask',
  'asked',
  'asking',
  'asks',
  'call',
  'called',
  'calling',
  'calls',
])

/**
 * The subject of a verb of seeking or needing money before the sum at `tokens[first]`, perhaps
 * past "a total of" or "for": "The appeal seeks US$ 1.2 billion", "The plan is requesting a total
 * of £2m", "The agency appealed for $40 million". Null when the subject names nothing ("It needs
 * £5m"); undefined when no such verb stands there, or its subject names people, who ask for money
 * of their own ("Prosecutors sought $2m").
 */
function seekingSubject(tokens: readonly Token[], first: number): [number, number] | null | undefined {
  let at = totalOfBefore(tokens, first) - 1
  if (tokens[at]?.lower === 'for' && SEEKING_FOR_VERBS.has(tokens[at - 1]?.lower ?? '')) at--
  else if (!SEEKING_VERBS.has(tokens[at]?.lower ?? '')) return undefined
  if (tokens[at]!.kind !== 'word') return undefined
  const found = subjectOfVerb(tokens, at)
  if (found && countsPeople(tokens[found[1] - 1]!)) return undefined
  return found && namesSubject(tokens, found) ? found : null
}

/** Nouns that sum the figure after their "of": "a total of", "the sum of", "an amount of". Keep sorted. */
const SUM_WORDS: ReadonlySet<string> = new Set(['amount', 'sum', 'total'])

/**
 * Whether words read back from a link name a thing: not "per cent" ("down 0.3 per cent at
 * 6,120"), an adverb of change ("was up at 98.2") or an infinitive ("to end at 31,200").
 */
function namesSubject(tokens: readonly Token[], [start, end]: [number, number]): boolean {
  const first = tokens[start]!.lower
  if (PREPOSITIONS.has(first) || NOT_NOUN_OPENINGS.has(first)) return false
  // "able to pay £5": a word after "to" is an infinitive's verb, unless a verb that takes no object
  // stands before it ("agreed to terms worth £5m").
  if (INTRANSITIVE_PASTS.has(tokens[start - 2]?.lower ?? '')) return true
  return !(end - start === 1 && tokens[start - 1]?.lower === 'to' && tokens[start]!.text === first)
}

/**
 * The change verb of the clause before `tokens[to]`: "rose" in "rose by 15 per cent to", or a verb
 * of motion ("widened to", "narrowed from").
 */
function changeVerbBefore(tokens: readonly Token[], to: number): number | null {
  // "rose 12 per cent year-on-year to": the hyphens inside a word count for none of the eight;
  // "rise by 4.99%, or £1.73 a week, to": nor do the words of a figure restated.
  let glued = 0
  // "have fallen for the third month in a row, to 7.5 million": a phrase of time or manner set
  // off by a comma may stand between the verb and its level.
  const setOff = tokens[to - 1]?.text === ',' ? ADVERBIAL_REACH : 0
  for (let k = to - 1; k >= 0 && k >= to - 8 - glued - setOff; k--) {
    const t = tokens[k]!
    if (t.text === '-' && !t.gap && glued < 8) glued++
    const restated = t.text === ',' ? restatedFigureOpening(tokens, k) : null
    if (restated !== null) {
      glued += k - restated + 1
      k = restated
      continue
    }
    // "grew 5%, to reach 12,000", "rose 4%, to £22m": a comma right before the link sets off the
    // level reached, still the change's.
    if (t.text === ',' && k === to - 1) continue
    if (isClauseBreak(t)) return null
    // "Crime is down from 4,500 to 4,100", "calls were up 5% to": after "be" the adverb is the change.
    if ((t.lower === 'up' || t.lower === 'down') && BE_FORMS.has(tokens[k - 1]?.lower ?? '')) return k - 1
    // "Shares closed up 3.4% at 412p": so is it after a verb of where a market left a figure.
    const market = marketVerbBefore(tokens, k)
    if (market !== null) return market
    // "the deficit widened to $5.2bn from $4.1bn": a verb of motion moves the subject's level too.
    // "edged higher to $80", "rose higher to": an adverb of direction after such a verb is its
    // particle; the verb is read next.
    const particleOfVerb = PARTICLES.has(t.lower) && movesFigure(tokens[k - 1])
    // "are set to double to 1,200", "will triple to £9,000": a multiplier's bare verb moves it too.
    const moves = movesFigure(t) || isBareMultiplierVerb(tokens, k)
    if (moves && !particleOfVerb && t.lower !== 'up' && t.lower !== 'down') {
      // A noun ("a rise to", "growth forecast from") has no subject of its own. A verb may take
      // its particle first: "edged up to 4.2%", "edged higher to $80".
      const particle = PARTICLES.has(tokens[k + 1]?.lower ?? '')
      const after = tokens[particle ? k + 2 : k + 1]
      // "rose £2m to £10m": a sum's currency sign opens the change as its digits do.
      const verb =
        opensFigure(after) ||
        (after?.kind === 'word' && (CHANGE_LINKS.has(after.lower) || FIGURE_OPENINGS.has(after.lower))) ||
        (setOff > 0 && opensAdverbial(after))
      return verb && !DETERMINERS.has(tokens[k - 1]?.lower ?? '') ? k : null
    }
  }
  return null
}

/** How many more tokens a phrase set off before "to" may run: "for the third month in a row,". */
const ADVERBIAL_REACH = 6

/** Whether a phrase of time or manner opens at `t`: a preposition ("for", "in"), "again", an adverb in "-ly". */
function opensAdverbial(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || t.text !== t.lower) return false
  return (
    (PREPOSITIONS.has(t.lower) && t.lower !== 'of') ||
    t.lower === 'again' ||
    (t.lower.length > 4 && t.lower.endsWith('ly'))
  )
}

/** How many tokens a figure restated between commas may run: ", or £1.73 a week,". */
const RESTATED_REACH = 8

/**
 * The comma that opens a figure restated between commas, the one at `tokens[close]` closing it:
 * ", or £1.73 a week," of "rise by 4.99%, or £1.73 a week, to £1,890". Null when no such aside
 * ends there.
 */
function restatedFigureOpening(tokens: readonly Token[], close: number): number | null {
  let figure = false
  for (let k = close - 1; k >= 0 && close - k <= RESTATED_REACH; k--) {
    const t = tokens[k]!
    if (t.kind === 'num') figure = true
    if (t.text !== ',') {
      if (isClauseBreak(t) || isSentenceBreak(t)) return null
      continue
    }
    return figure && tokens[k + 1]?.lower === 'or' && closesFigure(tokens, k) ? k : null
  }
  return null
}

/** Whether a figure ends right before `tokens[at]`, with its unit: "4.99%", "5 per cent", "£2m". */
function closesFigure(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 3; k--) {
    const t = tokens[k]!
    if (t.kind === 'num') return true
    if (t.kind !== 'word' && t.text !== '%') return false
  }
  return false
}

/** How many words the object of a verb of change may run before "to" or "from": "the cash rate". */
const OBJECT_REACH = 6

/**
 * The object of a verb of change right before `tokens[link]` ("to" or "from"): "the cash rate" of
 * "cut the cash rate to", "its forecast" of "raised its forecast from". It opens with an article or
 * a possessive and holds words only. Null otherwise, and after a noun of change ("a rise in the rate
 * to").
 */
function objectOfChange(tokens: readonly Token[], link: number): [number, number] | null {
  // "raised the Bank Rate (BR) to": the name's abbreviation is left out, as before "by".
  const abbreviation = abbreviationOpening(tokens, link - 1)
  if (abbreviation >= 0) link = abbreviation
  for (let k = link - 1; k >= 0 && link - k <= OBJECT_REACH + 1; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') return null
    const verb = CHANGE_WORDS[t.lower] ?? CHANGE_BY_VERBS[t.lower]
    if (verb === undefined || t.lower === 'up' || t.lower === 'down') continue
    // "raised its growth forecast to": a word of change inside the object is passed over.
    const opening = tokens[k + 1]!.lower
    if (!DETERMINERS.has(opening) && !POSSESSIVES.has(opening)) {
      const bare = bareObjectOfChange(tokens, k, link)
      if (bare) return bare
      continue
    }
    if (k + 1 >= link || DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return null
    // "cut the number of officers to 1,200" counts officers.
    const counted = SUBJECT_OPENINGS.find(
      (words) => words.length > 1 && words.every((w, n) => tokens[k + 1 + n]?.lower === w),
    )
    const start = k + 1 + (counted?.length ?? 0)
    return start < link ? [start, link] : null
  }
  return null
}

/**
 * Verbs of change that take an object: "cut Bank Rate to 5%", "raise interest rates to 5.25%".
 * Not those that take none ("rose sharply to"). Keep sorted.
 */
const TRANSITIVE_CHANGE_VERBS: ReadonlySet<string> = new Set([
  ...Object.keys(CHANGE_BY_VERBS),
  'boost',
  'boosted',
  'boosts',
  'cut',
  'cuts',
  'decrease',
  'decreased',
  'decreases',
  'increase',
  'increased',
  'increases',
  'lowered',
  'reduce',
  'reduced',
  'reduces',
  'slashed',
])

/** Adverbs that may follow a verb of change before "to": "cut again to", "reduced further to". Keep sorted. */
const CHANGE_ADVERBS: ReadonlySet<string> = new Set(['again', 'back', 'down', 'further', 'off', 'once', 'up'])

/** Words of a time or a degree that are no object of a change: "increased last year to", "cut this week to". Keep sorted. */
const NOT_OBJECT_WORDS: ReadonlySet<string> = new Set([
  'last',
  'month',
  'overall',
  'quarter',
  'slightly',
  'this',
  'today',
  'week',
  'year',
  'yesterday',
])

/** How many words an object with no article may run: "Bank Rate", "the minimum wage". */
const BARE_OBJECT_REACH = 4

/**
 * The object with no article or possessive between a verb of change at `tokens[verb]` and the
 * "to" or "from" at `tokens[link]`: "Bank Rate" of "voted to cut Bank Rate to 5%", "interest
 * rates" of "will raise interest rates to". The verb must be one: after "to", a modal or its
 * subject, not an article ("a cut to"). Null when the words are an adverb ("cut sharply to").
 */
function bareObjectOfChange(tokens: readonly Token[], verb: number, link: number): [number, number] | null {
  if (!TRANSITIVE_CHANGE_VERBS.has(tokens[verb]!.lower)) return null
  const before = tokens[verb - 1]
  if (before?.kind !== 'word' || DETERMINERS.has(before.lower)) return null
  if (PREPOSITIONS.has(before.lower) && before.lower !== 'to') return null
  if (link - verb - 1 > BARE_OBJECT_REACH || link - verb - 1 < 1) return null
  for (let j = verb + 1; j < link; j++) {
    const t = tokens[j]!
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower) || CHANGE_ADVERBS.has(t.lower)) return null
    // "increased last year to": when, not what changed.
    if (NOT_OBJECT_WORDS.has(t.lower) || t.lower in WEEKDAYS) return null
    if (t.lower.endsWith('ly') || t.lower in SMALL_NUMBERS) return null
  }
  return [verb + 1, link]
}

/** Words that may end a change before the "at" of its level: its unit, the period compared with. Keep sorted. */
const CHANGE_ENDINGS: ReadonlySet<string> = new Set([
  'cent',
  'cents',
  'month',
  'pence',
  'percent',
  'point',
  'points',
  'quarter',
  'week',
  'year',
])

/**
 * Whether the token before "at" closes a change, so what follows is the level reached: a figure,
 * its unit or the period compared ("up 8% at", "down 19 cents at", "up 12% on last year at"), an
 * adverb of change ("was up at") or a verb after "to" ("to end at"). Not a noun ("with the rate at").
 */
function closesChange(t: Token | undefined, before: Token | undefined): boolean {
  if (t === undefined) return false
  if (t.kind === 'num' || t.text === '%') return true
  if (t.kind !== 'word') return false
  if (CHANGE_ENDINGS.has(t.lower) || t.lower === 'up' || t.lower === 'down') return true
  return before?.lower === 'to' && t.text === t.lower
}

/** Verbs of what a thing costs, before the sum: "costs £4", "will cost £2m". Keep sorted. */
const COST_VERBS: ReadonlySet<string> = new Set(['cost', 'costing', 'costs'])

/**
 * Verbs of a level reached after a change: "grew 2% to reach 5.3 million", "rose 4%, topping
 * £4bn". Keep sorted.
 */
const REACHING_VERBS: ReadonlySet<string> = new Set([
  'exceed',
  'exceeding',
  'hit',
  'hitting',
  'reach',
  'reaching',
  'surpass',
  'surpassing',
  'top',
  'topping',
])

/**
 * Adverbs of direction a verb of change or motion takes before "to": "edged up to", "moved higher
 * to", "fell back to".
 */
const PARTICLES: ReadonlySet<string> = new Set(['down', 'higher', 'lower', 'up', ...RETURN_PARTICLES])

/** Whether `t` is a word of change, a verb of motion or one that multiplies: "rose", "edged", "widened", "doubled". */
function movesFigure(t: Token | undefined): boolean {
  return (
    t?.kind === 'word' &&
    (CHANGE_WORDS[t.lower] !== undefined ||
      MOTION_VERBS.has(t.lower) ||
      MULTIPLIER_VERBS[t.lower] !== undefined)
  )
}

/**
 * Verbs that say where a figure is before "at": "stood at", "remains at"; and where a market left
 * it: "Shares closed at $12", "the index ended at 7,500", "the pound traded at $1.27". Keep sorted.
 */
const LEVEL_VERBS: ReadonlySet<string> = new Set([
  'closed',
  'closes',
  'closing',
  'ended',
  'ending',
  'ends',
  'finished',
  'finishing',
  'opened',
  'opening',
  'opens',
  'remain',
  'remained',
  'remaining',
  'remains',
  'sat',
  'settled',
  'settling',
  'sits',
  'sitting',
  'stand',
  'standing',
  'stands',
  'stood',
  'traded',
  'trades',
  'trading',
])

/**
 * The verb of where a market left a figure right before "up" or "down" at `tokens[at]` ("Shares
 * closed up 3.4%", "the index ended down 0.5%"): its subject is what moved. Else null.
 */
function marketVerbBefore(tokens: readonly Token[], at: number): number | null {
  const word = tokens[at]?.lower
  if (word !== 'up' && word !== 'down') return null
  return LEVEL_VERBS.has(tokens[at - 1]?.lower ?? '') && at > 1 ? at - 1 : null
}

/** Verbs of a fire or a flood spreading over an area: "burned 18 million hectares". Keep sorted. */
const SPREADING_VERBS: ReadonlySet<string> = new Set([
  'burned',
  'burnt',
  'charred',
  'consumed',
  'engulfed',
  'flooded',
  'ravaged',
  'scorched',
  ...SPREAD_OVER_VERBS,
])

/**
 * Verbs of a thing's extent, before the area or the length it takes up: "The farm covers 1,200
 * hectares", "the reserve spans 3,000 hectares", "the wall stretches over 2,000km", "the room
 * measures 20 square metres". Keep sorted.
 */
const EXTENT_VERBS: ReadonlySet<string> = new Set([
  'cover',
  'covered',
  'covering',
  'covers',
  'encompass',
  'encompassed',
  'encompasses',
  'encompassing',
  'extend',
  'extended',
  'extending',
  'extends',
  'measure',
  'measured',
  'measures',
  'measuring',
  'occupied',
  'occupies',
  'occupy',
  'occupying',
  'span',
  'spanned',
  'spanning',
  'spans',
  'stretch',
  'stretched',
  'stretches',
  'stretching',
])

/** Prepositions a verb of spreading takes before its area: "spread over", "sprawls across". Keep sorted. */
const SPREAD_PREPOSITIONS: ReadonlySet<string> = new Set(['across', 'over'])

/** Comparatives a market's change ends with before the "at" of its level: "2 cents lower at". Keep sorted. */
const MARKET_COMPARATIVES: ReadonlySet<string> = new Set(['down', 'higher', 'lower', 'up'])
/** How many tokens a market's change may take between its verb and its comparative: "$1.20", "2 cents". */
const MARKET_CHANGE_REACH = 5

/**
 * The verb of where a market left a figure ("closed", "settled"), or "be", before its change and
 * the "at" at `tokens[at]`: "The pound closed 2 cents lower at $1.27", "Brent settled $1.20 lower
 * at", "Shares were 3% higher at 412p". The change is a figure and its unit only. Else null.
 */
function marketVerbBeforeChange(tokens: readonly Token[], at: number): number | null {
  if (!MARKET_COMPARATIVES.has(tokens[at - 1]?.lower ?? '')) return null
  let figure = false
  // "settled $1.05, or 1.3%, lower at": the tokens of a figure restated count for none.
  let restated = 0
  for (let k = at - 2; k >= 0 && at - k <= MARKET_CHANGE_REACH + 1 + restated; k--) {
    const t = tokens[k]!
    const opening = t.text === ',' && restated === 0 ? restatedFigureOpening(tokens, k) : null
    if (opening !== null) {
      restated = k - opening + 1
      k = opening
      continue
    }
    if (t.kind === 'num') figure = true
    // "Shares were 3% higher at 412p": "be" before the change links its subject to the level too.
    else if (t.kind === 'word' && (LEVEL_VERBS.has(t.lower) || BE_FORMS.has(t.lower)))
      return figure ? k : null
    // "settled $1.20 lower at": a currency's sign glued to the figure is part of it.
    else if (t.kind === 'sym' && tokens[k + 1]?.kind === 'num' && !tokens[k + 1]!.gap) continue
    else if (t.kind === 'word' ? !CHANGE_ENDINGS.has(t.lower) && t.lower !== 'p' : t.gap) return null
  }
  return null
}

/**
 * Where a change ends before the "at" of its level at `tokens[at]`, past a figure restated between
 * commas (", or 1.3%," of "settled down $1.05, or 1.3%, at") and a day after it ("on Friday" of
 * "settled 1.2% higher on Friday at"); `at` when neither stands there.
 */
function pastAsideBeforeLevel(tokens: readonly Token[], at: number): number {
  let end = at
  const day = tokens[end - 1]
  if (day?.kind === 'word' && day.lower in WEEKDAYS && tokens[end - 2]?.lower === 'on') end -= 2
  if (tokens[end - 1]?.text === ',') {
    const opening = restatedFigureOpening(tokens, end - 1)
    if (opening !== null) end = opening
  }
  return end
}

/** Verbs that keep a figure where it was, before the state they keep it in: "held steady". Keep sorted. */
const KEEPING_VERBS: ReadonlySet<string> = new Set([
  'held',
  'hold',
  'holds',
  'remain',
  'remained',
  'remains',
  'stay',
  'stayed',
  'stays',
])

/** The state a figure is kept in before "at": "steady", "unchanged". Keep sorted. */
const KEPT_STATES: ReadonlySet<string> = new Set(['constant', 'flat', 'stable', 'steady', 'unchanged'])

/**
 * The states a verb of a level keeps a figure in before "at", besides `KEPT_STATES`: "remained
 * low at 3.5%", "stayed elevated at 5%". After a noun they are nouns ("a 15-year high at 5.25%"),
 * so only a verb before them makes them states. Keep sorted.
 */
const LEVEL_STATES: ReadonlySet<string> = new Set([...KEPT_STATES, 'elevated', 'high', 'low'])

/**
 * The verb of a level before `tokens[link]` ("at") with the state it keeps, or a verb that keeps
 * a figure alone: "held steady at", "remained unchanged at", "was steady at", "stayed at", "is at". Else null. "held rates
 * at" has an object, read as the subject of the link.
 */
function levelVerbBefore(tokens: readonly Token[], link: number): number | null {
  if (tokens[link]?.lower !== 'at') return null
  // "Revenue came in at $9.2m", "inflation is coming in at 3%": the phrasal verb of a result.
  if (comesInBefore(tokens, link)) return link - 2
  // "Sales ended the year at £4m", "the index started the week at 7,500": the period a level's
  // verb takes as its object says when, and names nothing measured.
  const period = periodObjectVerb(tokens, link)
  if (period !== null) return period
  // "changed little at 3.9 percent", "was little changed at": a change said to be slight keeps
  // the level; the subject is read back past "little" and "be".
  const slight = tokens[link - 1]?.lower === 'little' ? link - 2 : link - 1
  if (tokens[slight]?.lower === 'changed' && (slight === link - 2 || tokens[link - 2]?.lower === 'little'))
    return link - 2 > 0 ? link - 2 : null
  const state = LEVEL_STATES.has(tokens[link - 1]?.lower ?? '')
  // "was largely unchanged at", "remained broadly stable at": an adverb of degree before the state.
  const degree = state && DEGREE_ADVERB.test(tokens[link - 2]?.lower ?? '') ? 1 : 0
  const verb = state ? link - 2 - degree : link - 1
  const word = tokens[verb]?.lower ?? ''
  // "was steady at 4.1 per cent", "is stable at 5%": "be" with the state kept is such a verb too,
  // and so is "be" alone ("Unemployment is at 4%", "Prices have been at 5%").
  const keeps = KEEPING_VERBS.has(word) || BE_FORMS.has(word)
  return keeps && verb > 0 ? verb : null
}

/** Whether "came in" (any form of "come") stands right before `tokens[at]`, after a word. */
function comesInBefore(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'in' && COMING_VERBS.has(tokens[at - 2]?.lower ?? '') && at > 2
}

/** Periods a level's verb may take as its object: "ended the year at". Keep sorted. */
const PERIOD_OBJECTS: ReadonlySet<string> = new Set([
  'day',
  'decade',
  'half',
  'month',
  'quarter',
  'session',
  'week',
  'year',
])
/** Verbs of a period's start, which take it as their object as a level's verbs do: "began the year at". Keep sorted. */
const STARTING_VERBS: ReadonlySet<string> = new Set([
  'began',
  'begins',
  'start',
  'started',
  'starting',
  'starts',
])

/** The verb before "the year" and the "at" at `tokens[link]` ("ended the year at"), or null. */
function periodObjectVerb(tokens: readonly Token[], link: number): number | null {
  if (!PERIOD_OBJECTS.has(tokens[link - 1]?.lower ?? '')) return null
  if (tokens[link - 2]?.lower !== 'the' && tokens[link - 2]?.lower !== 'this') return null
  const verb = tokens[link - 3]?.lower ?? ''
  return (LEVEL_VERBS.has(verb) || STARTING_VERBS.has(verb)) && link > 3 ? link - 3 : null
}

/** Words that set a result against what was expected: "$9.2m above projections". Keep sorted. */
const COMPARING_WORDS: ReadonlySet<string> = new Set([
  'above',
  'ahead',
  'behind',
  'below',
  'better',
  'higher',
  'lower',
  'over',
  'short',
  'under',
  'worse',
])
/** How many tokens a figure and its unit may take before the comparing word: "$", "9.2", "million". */
const COMPARED_REACH = 4

/** Whether a word comparing a result stands within reach after the figure at `tokens[figure]`. */
function comparesAfter(tokens: readonly Token[], figure: number): boolean {
  for (let k = figure + 1; k < tokens.length && k - figure <= COMPARED_REACH; k++) {
    const t = tokens[k]!
    if (COMPARING_WORDS.has(t.lower)) return true
    if (t.kind === 'sym' && t.text !== '%') return false
  }
  return false
}

/** Whether a figure or a fraction opens the subject at `start` or stands right before it: "third of those screened". */
function opensShare(tokens: readonly Token[], start: number): boolean {
  return [tokens[start - 1], tokens[start]].some(
    (t) =>
      t?.kind === 'num' || (t?.kind === 'word' && (t.lower in SMALL_NUMBERS || t.lower in FRACTION_WORDS)),
  )
}

/** An adverb of degree before a state kept: "largely", "broadly", "essentially", "virtually". */
const DEGREE_ADVERB = /^(?:broad|essential|large|most|near|rough|virtual)ly$/

/**
 * Words between a subject and its verb of change that qualify the change: "almost doubled", "more
 * than halved", "was little changed". Keep sorted.
 */
const CHANGE_QUALIFIERS: ReadonlySet<string> = new Set(['almost', 'little', 'more', 'nearly', 'than'])

/** Adverbs that focus on the figure after a link: "is just 6.4%", "rose to only 300". Keep sorted. */
const FOCUS_ADVERBS: ReadonlySet<string> = new Set(['barely', 'just', 'merely', 'now', 'only', 'still'])

/**
 * The subject of the verb at `tokens[at]`, past its auxiliaries: "violent crime has fallen". An
 * infinitive after a word of expectation has that word's subject: "inflation is forecast to
 * decline", "GDP is estimated to have increased".
 */
function subjectOfVerb(tokens: readonly Token[], at: number): [number, number] | null {
  // "Strong demand pushed prices up 5%": the object a verb moved is what changed, not its subject.
  const moved = movedObject(tokens, at)
  if (moved) return moved
  // "Prices went up", "Costs came down", "have gone up": the verb of a particle of change is no
  // part of its subject.
  if (isParticleOfChange(tokens[at]) && isVerbOfParticle(tokens[at - 1])) at--
  const to = tokens[at - 1]?.lower === 'have' ? at - 2 : at - 1
  if (tokens[to]?.lower === 'to' && EXPECTATION_WORDS.has(tokens[to - 1]?.lower ?? '')) at = to - 1
  // "Council tax to rise by 4.99%", "Bus fares to rise 5% in April": a headline's infinitive of
  // what will be has the noun that opens its sentence as its subject.
  else if (tokens[to]?.lower === 'to' && to === at - 1) {
    const found = nounBeforeInfinitive(tokens, to)
    if (found) return found
  }
  let end = at
  while (
    end > 0 &&
    at - end < 4 &&
    (SUBJECT_AUXILIARIES.has(tokens[end - 1]!.lower) || CHANGE_QUALIFIERS.has(tokens[end - 1]!.lower)) &&
    tokens[end - 1]!.kind === 'word'
  )
    end--
  const antecedent = relativeAntecedentEnd(tokens, end - 1)
  return withHolder(tokens, subject(tokens, antecedent ?? end))
}

/**
 * The subject `found` with the noun it is said to go "with" ("flu" of "Patients with flu rose
 * 3%", "children" of "Households with children fell"): the holder names what is counted, the
 * phrase after "with" only which of them. A verb ("charged with", "dealing with", "faced with")
 * or a comma before "with" leaves `found` alone.
 */
function withHolder(tokens: readonly Token[], found: [number, number] | null): [number, number] | null {
  if (!found || tokens[found[0] - 1]?.lower !== 'with') return found
  const holder = tokens[found[0] - 2]
  if (holder?.kind !== 'word' || !isHolderNoun(tokens, found[0] - 2)) return found
  const before = subject(tokens, found[0] - 1)
  return before && before[1] === found[0] - 1 ? [before[0], found[1]] : found
}

/** Whether the word at `k` before "with" may be a noun that holds it: "Patients", "households". */
function isHolderNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  if (t.text !== t.lower && !startsSentence(tokens, k)) return /^\p{Lu}/u.test(t.text)
  const w = t.lower
  if (isFunctionWord(w) || SUBJECT_STOP_WORDS.has(w) || isVerbBeforeObject(t)) return false
  if (isParticiple(w) || w.endsWith('ing') || w.endsWith('ly')) return false
  return !(w in SMALL_NUMBERS) && !isListedPresentVerb(w)
}

/**
 * The noun phrase that opens its sentence right before the "to" at `tokens[to]`, with no verb
 * between: "Council tax" of "Council tax to rise", "Pay for nurses" of "Pay for nurses to rise".
 * Null when a verb governs the infinitive ("Prices continue to rise", "plans to cut").
 */
function nounBeforeInfinitive(tokens: readonly Token[], to: number): [number, number] | null {
  const last = tokens[to - 1]
  if (last?.kind !== 'word' || INFINITIVE_GOVERNORS.has(last.lower) || isVerbBeforeObject(last)) return null
  if (isListedPresentVerb(last.lower)) return null
  const found = subject(tokens, to)
  return found && startsSentence(tokens, found[0]) && namesSubject(tokens, found) ? found : null
}

/** Whether a token is a verb in lower case that takes an object: "reported", "saw", "posts". */
function isVerbBeforeObject(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || t.text !== t.lower) return false
  const w = t.lower
  return isParticiple(w) || SIMPLE_PASTS.has(w) || THIRD_PERSON_VERBS.has(w) || PRESENT_OBJECT_VERBS.has(w)
}

/**
 * The object a verb of `MOVING_VERBS` moved, between the verb and the particle of change at
 * `tokens[at]`: "prices" of "pushed prices up", "insurance costs" of "drove insurance costs up",
 * past its article or possessive. Null when no such verb stands within reach, or nothing between
 * ("Prices pushed up 5%" has its subject before the verb).
 */
function movedObject(tokens: readonly Token[], at: number): [number, number] | null {
  // "and arrests went up": a verb of its own before the particle has its subject there; a
  // gerund ("the cost of borrowing up") may end the object.
  const before = tokens[at - 1]
  if (!isParticleOfChange(tokens[at]) || (isVerbOfParticle(before) && !before!.lower.endsWith('ing')))
    return null
  const verb = movingVerbBefore(tokens, at)
  if (verb === null) return null
  let start = verb + 1
  while (start < at && (DETERMINERS.has(tokens[start]!.lower) || POSSESSIVES.has(tokens[start]!.lower)))
    start++
  return start < at ? [start, at] : null
}

/** Whether a token is "up" or "down" (or "upwards", "downward"), written as the particle of a verb's change. */
function isParticleOfChange(t: Token | undefined): boolean {
  return t?.kind === 'word' && PARTICLES_OF_CHANGE.has(t.text)
}

/** The particles and adverbs of direction a verb of change may take: "went up", "revised upwards". Keep sorted. */
const PARTICLES_OF_CHANGE: ReadonlySet<string> = new Set([
  'down',
  'downward',
  'downwards',
  'up',
  'upward',
  'upwards',
])

/**
 * Whether a token is a verb that "up" or "down" can follow as its particle: a verb of motion
 * ("went", "gone", "going"), a past tense ("came", "shot"), a past in "-ed" ("climbed", "edged")
 * or a form in "-ing" ("coming"); not a noun ("arrests up 5%").
 */
function isVerbOfParticle(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || t.text !== t.lower) return false
  const w = t.lower
  return (
    MOTION_VERBS.has(w) ||
    SIMPLE_PASTS.has(w) ||
    INTRANSITIVE_PASTS.has(w) ||
    IRREGULAR_PARTICIPLES.has(w) ||
    isParticiple(w) ||
    (w.length > 4 && w.endsWith('ing'))
  )
}

/**
 * Where the noun phrase ends that the relative pronoun at `tokens[at]` stands for: "a van" of "a
 * van, which cost £30,000", "The scheme, which will cost £2m", "a van that cost". Null when no
 * relative stands there, or "that" follows a verb of saying ("said that cost £2m").
 */
function relativeAntecedentEnd(tokens: readonly Token[], at: number): number | null {
  const pronoun = tokens[at]?.lower
  const before = tokens[at - 1]
  if (pronoun === 'which') return before?.text === ',' ? at - 1 : at
  if (pronoun !== 'that' || before?.kind !== 'word' || before.text !== before.lower) return null
  return THAT_CLAUSE_VERBS.has(before.lower) || SUBJECT_STOP_WORDS.has(before.lower) ? null : at
}

/**
 * Reads a subject backwards from the token before `end`, and drops its opening article. A place
 * after it is left out ("knife crime in the West Midlands" measures "knife crime"); a phrase
 * after a participle is kept ("weapons surrendered in amnesty bins"). A verb with an object ends
 * it ("officers recovered property worth £20,000" measures "property").
 */
function subject(tokens: readonly Token[], end: number, relative = true): [number, number] | null {
  // "Brent crude, the global benchmark, settled": the subject stands before the apposition.
  if (tokens[end - 1]?.text === ',') {
    const opening = appositionOpening(tokens, end - 1)
    return opening === null ? null : subject(tokens, opening)
  }
  // "Patients who were admitted rose 4%": the head before a relative clause, with the clause. The
  // head takes no clause of its own.
  const clause = relative ? relativeClauseOpening(tokens, end) : null
  if (clause !== null) {
    const head = subject(tokens, clause, false)
    return head === null ? null : [head[0], end]
  }
  let last = end
  let start = end
  let words = 0
  for (let j = end - 1; j >= 0 && words < 8 && end - j <= 24; j--) {
    const t = tokens[j]!
    // "people aged 16 to 64 years", "aged 16 and over": the ages of those measured are part of it.
    const aged = agedBefore(tokens, j)
    if (aged !== null) {
      words++
      start = aged
      j = aged
      continue
    }
    // "The budget for 2024/25 is £312m", "Spending in 2023-24 was £5bn": the year of the figure,
    // as the period of "Arrests in the last 7 days rose" is, is left out.
    const year = j + 1 === last && start === last ? yearPeriodStart(tokens, j) : null
    if (
      year !== null &&
      SPAN_PREPOSITIONS.has(tokens[year - 1]?.lower ?? '') &&
      tokens[year - 2]?.kind === 'word'
    ) {
      last = year - 1
      start = year - 1
      j = year - 1
      continue
    }
    // "Sales that year rose 5%", "Exports last quarter fell": a time a word points to after the
    // subject says when, as a year's period does, and is left out.
    // So is one after a preposition of a span: "Sales in that year rose".
    const pointed = j + 1 === last && start === last ? pointedTimeOpening(tokens, j) : null
    if (pointed !== null) {
      last = pointed
      start = pointed
      j = pointed
      continue
    }
    // "Figures that show prices rose 5%": a verb of showing after "that" ends the subject.
    if (start < last && tokens[j - 1]?.lower === 'that' && showsClause(t)) break
    if (t.kind === 'sym') {
      // "The Consumer Prices Index (CPI) rose": the abbreviation after the subject's name is left out.
      const abbreviation = start === last ? abbreviationOpening(tokens, j) : -1
      if (abbreviation >= 0) {
        last = abbreviation
        start = abbreviation
        j = abbreviation
        continue
      }
      if ((t.text === '-' || t.text === '/') && !t.gap && tokens[j - 1]?.kind === 'word') continue
      // "The yield on 10-year gilts", "the 30-day average": a length of time glued to its digits
      // describes the noun after it; it is no figure of its own (dates read it), and the subject
      // goes on before it. So does an age before a noun ("Sales of 10-year-old whisky").
      if (lengthOfTimeBefore(tokens, j, start)) {
        words++
        start = j - 1
        j--
        continue
      }
      // "S&P", "M&S": an ampersand glued between capitals is inside a name.
      if (t.text === '&' && gluedBetweenCapitals(tokens, j)) continue
      break
    }
    // "Revenue for Q3 FY25": a period's label, its digits glued to its capitals, is one word.
    // "The FTSE 100 fell", "the S&P 500 rose": so is an index's number, after its name.
    if (t.kind === 'num' && (isLabelNumber(tokens, j) || isNumberOfName(tokens, j))) {
      words++
      start = j - 1
      j--
      continue
    }
    // "Cases of COVID-19 rose 5%", "The A-14 closure cost £2m": a number glued by a hyphen to
    // a word is part of its name.
    if (t.kind === 'num' && j > 1 && isNamedNumber(tokens, j - 1)) {
      words++
      start = j - 2
      j -= 2
      continue
    }
    // "people waiting more than 18 weeks fell": a length of time inside the subject is no figure
    // of its own (dates read it), and the subject goes on before it.
    if (t.kind === 'num' && j + 1 === start && start < last && TIME_UNITS.has(tokens[start]!.lower)) {
      // "Arrests in the last 7 days rose": the period of the figure, as a place is, is left out.
      const opens = j - 3
      if (
        start + 1 === last &&
        SPAN_LEADS.has(tokens[j - 1]?.lower ?? '') &&
        tokens[j - 2]?.lower === 'the' &&
        SPAN_PREPOSITIONS.has(tokens[opens]?.lower ?? '') &&
        tokens[opens - 1]?.kind === 'word'
      ) {
        last = opens
        start = opens
        j = opens
        continue
      }
      words++
      start = j
      continue
    }
    // "Revenue of £2.3bn rose 5%", "Sales of 1,200 units rose 5%": a figure after "of" in the
    // subject is the subject's own value, with its unit; what the subject names stands before "of".
    const of = t.kind === 'num' ? ofBeforeFigure(tokens, j) : null
    if (of !== null && tokens[of - 1]?.kind === 'word') {
      last = of
      start = of
      words = 0
      j = of
      continue
    }
    if (t.kind !== 'word' || isClauseBreak(t)) break
    // "A&E attendances", "AT&T shares": the capital glued before an ampersand is the name's, not
    // an article or a preposition.
    if (start === j + 2 && tokens[j + 1]!.text === '&' && gluedBetweenCapitals(tokens, j + 1)) {
      words++
      start = j
      continue
    }
    // "Like-for-like sales", "state-of-the-art cameras": a word between hyphens glued to it is
    // inside a compound, whatever it is on its own.
    if (
      !t.gap &&
      isGluedHyphen(tokens[j - 1]) &&
      isGluedHyphen(tokens[j + 1]) &&
      tokens[j + 2]?.gap === false
    ) {
      words++
      start = j
      continue
    }
    const before = tokens[j - 1]
    // "Cases dealt with by the court rose 4%", "children looked after by the council": the
    // particle of a phrasal verb in the passive, before its "by" phrase, goes on with the subject.
    // The particle is part of the verb, and counts as no word of its own.
    if (
      start === j + 1 &&
      isPassiveParticle(tokens, j) &&
      before?.kind === 'word' &&
      isParticiple(before.lower)
    ) {
      start = j
      continue
    }
    // "ordered to pay costs of $85", "agreed to pay compensation of £2m": what is measured is the
    // infinitive's object; its verb, and the clause that governs it, are no part of it.
    if (t.lower === 'to' && start === j + 1 && opensInfinitive(tokens, j)) {
      const object = PARTICLES_OF_VERBS.has(tokens[j + 2]?.lower ?? '') ? j + 3 : j + 2
      if (object >= last) return null
      start = object
      break
    }
    // "sentenced to 87 months in prison for defrauding investors of $3.2 million": the sum is the
    // gerund's, after its object; the clause before the preposition is no part of it.
    if (opensGerundOf(tokens, j, start, last, end)) break
    const opensNoun = before?.kind === 'word' && !SUBJECT_STOP_WORDS.has(before.lower)
    if (SUBJECT_PREPOSITIONS.has(t.lower) && start < last && opensNoun) {
      if (isPlace(tokens, start, last)) {
        // Drop the place and read on from the word before its preposition.
        last = j
        start = j
        continue
      }
      // "weapons surrendered in amnesty bins", "revenue in the quarter"; not "exports to", "sitting on".
      // "profit attributable to shareholders", "grants awarded to schools": after an adjective
      // or a participle, "to" goes on with the phrase.
      // "Sales to customers", "loans to the businesses": "to" with a noun phrase after it, not a
      // verb ("wants to see"), names whom a thing went to, and goes on too.
      const toGoesOn =
        t.lower !== 'to' ||
        isParticiple(before.lower) ||
        /(?:able|ible)$/.test(before.lower) ||
        isNounPhrase(tokens, j + 1, last)
      // "treatments waiting to be carried out", "repairs to be made": an infinitive in the passive
      // says what is waiting or due, and the phrase goes on before it.
      // "Children living in poverty rose", "people waiting for treatment": a participle in "-ing"
      // after a plural describes it, and the phrase goes on; "sitting on" alone is a verb's.
      const ing = before.lower.length > 5 && before.lower.endsWith('ing')
      // "Spending on roads rose", "Funding for schools": a gerund that opens its sentence or
      // follows an article is the subject's noun, and goes on too.
      const gerund = ing && (isSentenceBreak(tokens[j - 2]) || NOUN_ARTICLES.has(tokens[j - 2]?.lower ?? ''))
      if (
        isPassiveInfinitive(tokens, j) ||
        (toGoesOn && (!ing || gerund || describesPlural(tokens, j - 1)))
      ) {
        words++
        start = j
        continue
      }
      break
    }
    // "Net profit after tax", "earnings before interest and tax": a line of the accounts, one name.
    if (isChargesTail(tokens, j, last)) {
      words++
      start = j
      continue
    }
    // "The council must find savings of £18.5m": the verb after a modal, and its subject, are no
    // part of the object the sum describes.
    const objectOfModal = start < last ? objectAfterModal(tokens, j, last, end) : null
    if (objectOfModal !== null) {
      start = objectOfModal
      break
    }
    // "Items found that night were worth £5,000": "that" pointing to a time in the singular after a
    // participle is in the participle's clause, as "last year" is ("The amount sold last year").
    if (t.lower === 'that' && start === j + 1 && pointsToTime(tokens, j)) {
      words++
      start = j
      continue
    }
    if (SUBJECT_STOP_WORDS.has(t.lower)) break
    // "The figures show unemployment at 6.5%": after a plural, "show" is the verb of a finding,
    // as "shows" is after a singular; "sales for the show" keeps the noun.
    // "Figures published today show", "Data from the ONS show": after a day or a name that closes
    // the subject, too.
    if (t.text === 'show' && start < last && before !== undefined && closesFindingSubject(before)) break
    // "He was jailed for fraud worth $2m", "was arrested today with drugs worth": after "be" or
    // "have" the participle is the verb, and what a sum describes follows it, past a day and a
    // preposition.
    if (start < last && isParticiple(t.lower) && SUBJECT_AUXILIARIES.has(before?.lower ?? '')) {
      start = pastVerbLeads(tokens, j + 1, last)
      break
    }
    // "and recovered property", "have recovered stolen farm machinery": a verb, not an adjective;
    // "Gardaí seize cannabis worth", "The Board expects revenue of": a present after its subject.
    if (
      start < last &&
      !isPreposition(tokens[j + 1]) &&
      !isPassiveParticle(tokens, j + 1) &&
      // "Items found that night": a time "that" points to is no object of the participle.
      !(start === j + 1 && tokens[j + 1]!.lower === 'that' && pointsToTime(tokens, j + 1)) &&
      ((isParticiple(t.lower) &&
        (actsAsSubject(DAY_WORDS.has(before?.lower ?? '') ? tokens[j - 2] : before) ||
          reportsAfterNoun(tokens, j) ||
          initialsActOn(tokens, j, last))) ||
        (PRESENT_OBJECT_VERBS.has(t.lower) && presentVerbSubject(tokens, j)))
    )
      break
    // "The insurer agreed to terms worth £5m", "The firm won contracts worth $2bn": a clause's
    // subject and verb before the object a sum describes are no part of what it measures.
    const object = start < last ? objectOfClauseVerb(tokens, j, last, end) : null
    if (object !== null) {
      start = object
      break
    }
    words++
    start = j
    // "a state incentive grant": an article opens the phrase; "the value of the fund" goes on, and
    // so does "the cost of running the service", the object of a gerund after "of".
    if (
      NOUN_OPENINGS.has(t.lower) &&
      !isGerundObject(tokens, j) &&
      (t.lower === 'a' || t.lower === 'an' || !(before?.lower === 'of' || isPreposition(before)))
    )
      break
  }
  for (const opening of SUBJECT_OPENINGS) {
    // "A&E": a capital glued to an ampersand opens a name, no article.
    if (tokens[start + opening.length]?.text === '&' && !tokens[start + opening.length]!.gap) break
    if (opening.every((w, n) => tokens[start + n]?.lower === w)) {
      start += opening.length
      break
    }
  }
  start = pastOpeningClause(tokens, start, last)
  // "3kg of heroin worth £300,000", "60.41 pounds of methamphetamine worth": the unit of the
  // figure before is not the thing.
  if (tokens[start - 1]?.kind === 'num' && tokens[start + 1]?.lower === 'of' && start + 2 < last) start += 2
  // "Sales of its 35m devices rose 5%": letters glued to the figure before are its magnitude or unit.
  if (tokens[start - 1]?.kind === 'num' && !tokens[start]?.gap && start + 1 < last) start++
  // "…, a rise of 9%": an article alone names nothing; nor does "this is down 8%".
  if (last - start === 1 && DEMONSTRATIVES.has(tokens[start]!.lower)) return null
  return last > start ? [start, last] : null
}

/** How many tokens a relative clause in a subject may take: "who were admitted to hospital". */
const RELATIVE_REACH = 10

/** Auxiliaries that may open a relative clause's verb: "who were admitted", "that have closed". */
const RELATIVE_AUXILIARIES: ReadonlySet<string> = new Set(AUXILIARY_VERBS)

/**
 * Where "who" or "that" stands that opens a relative clause right before the verb at `end`, the
 * clause's own verb right after it: "who were admitted", "who walk to school" after people,
 * "that were sold" after a plural. Null when none does, or when the clause holds a figure, a
 * comma or nothing. "That" after a verb of saying ("shows that") opens no relative clause, nor
 * before a word other than an auxiliary or a verb's form ("means that prices rose").
 */
function relativeClauseOpening(tokens: readonly Token[], end: number): number | null {
  for (let j = end - 2; j >= 0 && end - j <= RELATIVE_REACH; j--) {
    const t = tokens[j]!
    if (t.kind !== 'word') return null
    if (t.lower !== 'who' && t.lower !== 'that') continue
    const head = tokens[j - 1]
    if (head?.kind !== 'word') return null
    if (t.lower === 'who') return countsPeople(head) ? j : null
    const verb = tokens[j + 1]!
    // "Figures that show prices rose 5%": a clause of showing or saying holds the change's own
    // subject, so what changed is in it and the subject before "that" is no measure.
    if (showsClause(verb)) return null
    // "Firms that export goods rose 5%": before a verb of change, which the clause's subject
    // needs, any verb in the present may open the clause, as a listed one does.
    const verbal =
      RELATIVE_AUXILIARIES.has(verb.lower) ||
      isParticiple(verb.lower) ||
      isListedPresentVerb(verb.lower) ||
      (changesAfterAuxiliary(tokens, end) && mayBePresentVerb(verb))
    const written = head.text === head.lower || startsSentence(tokens, j - 1)
    const plural = written && isPluralShaped(head.lower) && !THAT_CLAUSE_VERBS.has(head.lower)
    return plural && verbal ? j : null
  }
  return null
}

/**
 * Verbs of showing in the third person, left out of `THAT_CLAUSE_VERBS` where they are also
 * plural nouns, which after "that" are verbs: "Data that shows prices rose". Keep sorted.
 */
const SHOWING_VERBS: ReadonlySet<string> = new Set([
  'confirm',
  'confirms',
  'demonstrate',
  'demonstrates',
  'highlight',
  'highlights',
  'indicate',
  'indicates',
  'mean',
  'means',
  'prove',
  'proves',
  'shows',
])

/** Whether `t` is a verb of saying or showing whose object is a clause: "show", "suggests". */
function showsClause(t: Token): boolean {
  return t.kind === 'word' && (THAT_CLAUSE_VERBS.has(t.lower) || SHOWING_VERBS.has(t.lower))
}

/** Modal verbs that may stand before a verb of change or a perfect: "will rise", "will have risen". */
const CHANGE_MODALS: ReadonlySet<string> = new Set(['could', 'may', 'might', 'should', 'will', 'would'])

/**
 * Whether a verb of change opens at `tokens[at]`, or after a modal or an auxiliary of the perfect
 * there: "rose", "will rise", "have risen", "had fallen", "will have risen", "have been cut".
 */
function changesAfterAuxiliary(tokens: readonly Token[], at: number): boolean {
  let j = at
  if (CHANGE_MODALS.has(tokens[j]?.lower ?? '')) j++
  if (PERFECT_AUXILIARIES.has(tokens[j]?.lower ?? '')) j++
  // "have been cut by 5%", "will be cut by 5%": a passive's verb of being before it.
  if (j > at && (tokens[j]?.lower === 'been' || tokens[j]?.lower === 'be')) j++
  return movesFigure(tokens[j])
}

/** Prepositions of a point in time before a time a word points to: "on that day", "at that time". */
const POINT_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'on'])

/**
 * Words that point to a time after a subject: "Sales that year", "Exports last quarter", "Sales
 * those months". Keep sorted.
 */
const TIME_POINTERS: ReadonlySet<string> = new Set([
  'each',
  'every',
  'last',
  'that',
  'these',
  'this',
  'those',
])

/**
 * Pointing words that may name a time in the plural: "Sales those months rose", and "Sales that
 * years rose" as it is miswritten, since a plural makes "that" no relative there. Keep sorted.
 */
const PLURAL_TIME_POINTERS: ReadonlySet<string> = new Set(['that', 'these', 'this', 'those'])

/**
 * Where a time a pointing word names opens, the word at `tokens[at]` a unit of time or a time of
 * day or year, after a noun: "that year" of "Sales that year", "last quarter" of "Exports last
 * quarter", "those months" of "Sales those months", "in that year" of "Sales in that year", a
 * preposition of a span or a point before it ("on that day"). A plural follows only a word that
 * points ("those", "that"), not "last" or "each". Null for none, or after a participle, whose
 * clause the time is in ("The amount raised last year was £5m").
 */
function pointedTimeOpening(tokens: readonly Token[], at: number): number | null {
  const time = tokens[at]
  const pointer = tokens[at - 1]
  if (
    time?.kind !== 'word' ||
    time.text !== time.lower ||
    !isPointedTime(time.lower) ||
    pointer?.kind !== 'word' ||
    pointer.text !== pointer.lower ||
    !TIME_POINTERS.has(pointer.lower) ||
    (time.lower.endsWith('s') && !PLURAL_TIME_POINTERS.has(pointer.lower))
  )
    return null
  const preposition = tokens[at - 2]?.lower ?? ''
  const spans = SPAN_PREPOSITIONS.has(preposition) || POINT_PREPOSITIONS.has(preposition)
  const opens = spans ? at - 2 : at - 1
  const head = tokens[opens - 1]
  const noun =
    head?.kind === 'word' && !isFunctionWord(head.lower) && !isPreposition(head) && !isParticiple(head.lower)
  return noun ? opens : null
}

/**
 * Whether "that" at `tokens[at]` points to a time in the singular right after a participle:
 * "found that night", "sold that year". Not a verb of saying's "that" before its clause.
 */
function pointsToTime(tokens: readonly Token[], at: number): boolean {
  const time = tokens[at + 1]
  const verb = tokens[at - 1]
  if (time?.kind !== 'word' || time.text !== time.lower || time.lower.endsWith('s')) return false
  if (!isPointedTime(time.lower) || time.lower === 'half') return false
  return verb?.kind === 'word' && verb.text === verb.lower && isParticiple(verb.lower)
}

/**
 * Whether a word after "that" and a plural noun may be a verb in the present opening a relative
 * clause: a word in lower case, in no plural's shape, that is no function word and no time
 * ("Sales that year rose" points to the year).
 */
function mayBePresentVerb(t: Token): boolean {
  const w = t.lower
  return t.kind === 'word' && t.text === w && !isPluralShaped(w) && !isFunctionWord(w) && !isPointedTime(w)
}

/**
 * Whether the participle in "-ing" at `tokens[at]` follows a plural noun that it describes:
 * "living" of "children living in poverty", "waiting" of "patients waiting for".
 */
function describesPlural(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at - 1]
  return (
    noun?.kind === 'word' &&
    !isFunctionWord(noun.lower) &&
    (isPluralShaped(noun.lower) || IRREGULAR_PLURALS.has(noun.lower))
  )
}

/** Articles and possessives before a gerund used as a noun: "the spending on". Keep sorted. */
const NOUN_ARTICLES: ReadonlySet<string> = new Set(['its', 'our', 'the', 'their'])

/** How many tokens an apposition between commas may take: "the global benchmark". */
const APPOSITION_REACH = 8

/** Words that open an apposition or a relative clause between commas after a subject. Keep sorted. */
const APPOSITION_OPENINGS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'excluding',
  'including',
  'the',
  'which',
  'who',
])

/**
 * The comma that opens an apposition closed by the comma at `tokens[close]`, after a word or an
 * index's number that ends the subject: the first comma of "Brent crude, the global benchmark,",
 * of "The FTSE 100, the blue-chip index,", of "Sales, boosted by online orders,". Null when the
 * phrase between is no apposition, or none stands within reach.
 */
function appositionOpening(tokens: readonly Token[], close: number): number | null {
  for (let k = close - 1; k > 0 && close - k <= APPOSITION_REACH + 1; k--) {
    const t = tokens[k]!
    // "The FTSE 100, the blue-chip index,": an index's number ends its name.
    if (t.text === ',') {
      const ends = tokens[k - 1]!.kind === 'word' || isNumberOfName(tokens, k - 1)
      return k + 2 < close && opensApposition(tokens[k + 1]!) && ends ? k : null
    }
    if (t.kind !== 'word' && !(t.text === '-' && !t.gap)) return null
  }
  return null
}

/**
 * Whether a word opens an apposition: an article or a relative pronoun, or a participle that
 * opens an aside ("Sales, boosted mainly by online orders, rose 5%").
 */
function opensApposition(t: Token): boolean {
  return (
    APPOSITION_OPENINGS.has(t.lower) || (t.kind === 'word' && t.text === t.lower && isParticiple(t.lower))
  )
}

/**
 * Where the "of" stands right before the amount whose number is at `tokens[j]`, past its currency
 * sign and a country's letters glued to it ("of £2.3bn", "of NZ$45m"), or before a number with its
 * unit glued on ("of 20kg"); else null. A bare number may be a name's ("the number of 999 calls").
 */
function ofBeforeFigure(tokens: readonly Token[], j: number): number | null {
  let k = j - 1
  const sign = tokens[k]?.kind === 'sym' && !tokens[j]!.gap
  const glued = tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.gap
  if (!sign && !glued) return null
  if (sign) k--
  if (k < j - 1 && tokens[k]?.kind === 'word' && !tokens[k + 1]!.gap && /^[A-Z]{1,3}$/.test(tokens[k]!.text))
    k--
  return tokens[k]?.lower === 'of' ? k : null
}

/** Whether the number at `tokens[j]` is part of the name before it: "FTSE 100", "S&P 500", "Nikkei 225". */
function isNumberOfName(tokens: readonly Token[], j: number): boolean {
  const name = tokens[j - 1]
  return name?.kind === 'word' && NUMBERED_NAMES[name.lower]?.includes(tokens[j]!.text) === true
}

/** Whether the symbol at `tokens[j]` is glued to a capitalised word on both sides: the "&" of "S&P". */
function gluedBetweenCapitals(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1]
  const after = tokens[j + 1]
  if (tokens[j]!.gap || !after || after.gap || before?.kind !== 'word' || after.kind !== 'word') return false
  return /^\p{Lu}/u.test(before.text) && /^\p{Lu}/u.test(after.text)
}

/** Words of a span of ages after "aged", besides its numbers: "16 to 64 years", "65 and over". Keep sorted. */
const AGE_SPAN_WORDS: ReadonlySet<string> = new Set([
  '-',
  'and',
  'between',
  'older',
  'or',
  'over',
  'plus',
  'to',
  'under',
  'year',
  'years',
  '–',
])

/** How many tokens a span of ages may run after "aged": "between 16 and 64 years". */
const AGE_SPAN_REACH = 7

/**
 * The index of "aged" when `tokens[at]` ends a span of ages after it ("aged 16 to 64 years", "aged
 * 16 years and over", "aged 65+"), holding a number; else null.
 */
function agedBefore(tokens: readonly Token[], at: number): number | null {
  let number = false
  for (let k = at; k >= 0 && at - k <= AGE_SPAN_REACH; k--) {
    const t = tokens[k]!
    if (t.lower === 'aged') return number && k < at ? k : null
    if (t.kind === 'num') number = true
    else if (!AGE_SPAN_WORDS.has(t.lower) && t.text !== '+') {
      // "adults 65 and older": an age band left open after the people, with no "aged" before it.
      const band =
        number && tokens[k + 1]?.kind === 'num' && at === k + 3 && OPEN_BAND_LINKS.has(tokens[k + 2]!.lower)
      return band && OPEN_BAND_ENDS.has(tokens[at]!.lower) ? k + 1 : null
    }
  }
  return null
}

/** "and" or "or" before the end of an open age band: "65 and older", "75 or over". */
const OPEN_BAND_LINKS: ReadonlySet<string> = new Set(['and', 'or'])
/** Ends of an open age band: "and older", "or over". Keep sorted. */
const OPEN_BAND_ENDS: ReadonlySet<string> = new Set(['older', 'over'])

/** What a line of the accounts is counted before or after: "profit before tax". Keep sorted. */
const ACCOUNTING_CHARGES: ReadonlySet<string> = new Set([
  'amortisation',
  'amortization',
  'depreciation',
  'exceptional',
  'exceptionals',
  'impairment',
  'impairments',
  'interest',
  'tax',
  'taxation',
  'taxes',
])

/**
 * Whether `tokens[at..end)` is the end of a line of the accounts: "before" or "after" and the
 * charges it is counted without, "after tax", "before interest and tax". Also true at the "and"
 * between two charges. Not "before interest rates".
 */
function isChargesTail(tokens: readonly Token[], at: number, end: number): boolean {
  const w = tokens[at]!.lower
  if (w === 'and')
    return ACCOUNTING_CHARGES.has(tokens[at - 1]?.lower ?? '') && isChargesRun(tokens, at + 1, end)
  return (w === 'after' || w === 'before') && isChargesRun(tokens, at + 1, end)
}

/** Whether `tokens[from..end)` are charges joined by "and": "interest and tax". */
function isChargesRun(tokens: readonly Token[], from: number, end: number): boolean {
  if (from >= end) return false
  for (let k = from; k < end; k++) {
    const w = tokens[k]!.lower
    if ((k - from) % 2 === 0 ? !ACCOUNTING_CHARGES.has(w) : w !== 'and') return false
  }
  return (end - from) % 2 === 1
}

/**
 * Whether the hyphen at `tokens[j]` glues digits to a unit of time in the singular that opens a
 * noun after it, the first word read so far: "10-year gilts", "30-day average", or an age before
 * a noun, "old" glued after the unit: "10-year-old whisky", or an age as a noun: "16-year-olds".
 */
function lengthOfTimeBefore(tokens: readonly Token[], j: number, start: number): boolean {
  const unit = tokens[j + 1]
  const hyphened = tokens[j + 2]?.text === '-' && !tokens[j + 2]!.gap && !tokens[j + 3]?.gap
  const aged = hyphened && tokens[j + 3]?.lower === 'old'
  // "The number of 16-year-olds fell": the age is its own noun.
  const ageNoun = hyphened && tokens[j + 3]?.lower === 'olds'
  const noun = tokens[j + (aged ? 4 : 2)]
  return (
    start === j + 1 &&
    !tokens[j]!.gap &&
    tokens[j - 1]?.kind === 'num' &&
    unit?.kind === 'word' &&
    !unit.gap &&
    unit.text === unit.lower &&
    !unit.lower.endsWith('s') &&
    CALENDAR_UNITS.has(unit.lower) &&
    (ageNoun || (noun?.kind === 'word' && noun.gap))
  )
}

/** Units of a length of time, which a number in a subject may count: "waiting more than 18 weeks". Keep sorted. */
const TIME_UNITS: ReadonlySet<string> = new Set(['days', 'hours', 'minutes', 'months', 'weeks', 'years'])

/** Words before a counted span of time that make it a period: "the last 7 days". Keep sorted. */
const SPAN_LEADS: ReadonlySet<string> = new Set(['first', 'last', 'next', 'past', 'previous'])
/** A year as a figure's period is written: "2024", or a financial year "2024/25", "2023-24". */
const YEAR = /^(?:19|20)\d{2}$/
const FINANCIAL_YEAR = /^(?:19|20)\d{2}\/(?:\d{2}|(?:19|20)\d{2})$/

/** Where the year or financial year that ends at `tokens[j]` starts, or null. */
function yearPeriodStart(tokens: readonly Token[], j: number): number | null {
  const t = tokens[j]!
  if (t.kind === 'skip') return FINANCIAL_YEAR.test(t.text) ? j : null
  if (t.kind !== 'num') return null
  if (YEAR.test(t.text)) return j
  // "2023-24": a year, a hyphen and the next year's last two digits, glued.
  const hyphen = tokens[j - 1]
  const first = tokens[j - 2]
  if (
    /^\d{2}$/.test(t.text) &&
    !t.gap &&
    hyphen?.text === '-' &&
    !hyphen.gap &&
    first &&
    YEAR.test(first.text)
  )
    return j - 2
  return null
}

/** Prepositions that open such a period: "in the last 7 days", "over the past 12 months". Keep sorted. */
const SPAN_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'for', 'in', 'over', 'within'])

/**
 * "falling short of FactSet estimates of 64,900", "beating analysts' forecasts of": a phrase
 * opened by a verb in -ing is a clause; what it is about follows its last "of" or preposition,
 * or its verb when the clause opens after a comma or a conjunction ("…, beating analyst
 * forecasts of $2.9 billion"). After an article the word describes the noun ("the remaining
 * funding of £2m").
 */
function pastOpeningClause(tokens: readonly Token[], start: number, last: number): number {
  const t = tokens[start]
  if (t?.kind !== 'word' || t.text !== t.lower) return start
  if (isParticiple(t.lower)) return pastAgentClause(tokens, start, last)
  if (t.lower.length <= 5 || !t.lower.endsWith('ing')) return start
  if (ING_NOUNS.has(t.lower)) return start
  for (let j = last - 2; j > start; j--) {
    const w = tokens[j]!.lower
    if (w === 'of' || PREPOSITIONS.has(w)) return j + 1
  }
  const before = tokens[start - 1]
  const opensClause = before !== undefined && (before.text === ',' || CLAUSE_CONJUNCTIONS.has(before.lower))
  // "reported rising costs of": after a verb, a word of change describes the thing measured.
  const describes =
    before?.kind === 'word' && isParticiple(before.lower) && CHANGE_WORDS[t.lower] !== undefined
  return (opensClause || describes) && last - start > 1 ? start + 1 : start
}

/**
 * "…, driven largely by sales tax receipts, which grew 4.3%": a clause opened by a participle and
 * its agent after a comma or a conjunction tells what caused something; the thing it is about is
 * the agent after "by". "Cases dealt with by the court" opens with its noun and reads as before.
 */
function pastAgentClause(tokens: readonly Token[], start: number, last: number): number {
  const before = tokens[start - 1]
  if (before === undefined || !(before.text === ',' || CLAUSE_CONJUNCTIONS.has(before.lower))) return start
  let by = start + 1
  // One adverb between the participle and "by": "driven largely by", "caused mainly by".
  if (tokens[by]?.kind === 'word' && tokens[by]!.lower.endsWith('ly') && tokens[by]!.lower.length > 3) by++
  return tokens[by]?.lower === 'by' && by + 1 < last ? by + 1 : start
}

/**
 * Whether the article at `tokens[j]` opens the object of a gerund after "of" or a preposition:
 * "the cost of running the service", "savings from closing a station".
 */
function isGerundObject(tokens: readonly Token[], j: number): boolean {
  const gerund = tokens[j - 1]
  if (gerund?.kind !== 'word' || gerund.text !== gerund.lower || gerund.lower.length <= 4) return false
  if (!gerund.lower.endsWith('ing')) return false
  const before = tokens[j - 2]
  return before?.lower === 'of' || isPreposition(before)
}

/** The links of `VALUE_LINKS` that are no verb: "valued at", "value of", "worth". Keep sorted. */
const WORD_LINKS: ReadonlySet<string> = new Set(['at', 'of', 'worth'])

/** Links that describe the thing before them: "drugs worth £5,000", "payments totalling £2m". Keep sorted. */
const DESCRIBING_LINKS: ReadonlySet<string> = new Set(['totaling', 'totalling', 'worth'])

/**
 * "admitted possessing cocaine worth £3,000", "guilty of handling stolen goods worth £20,000": the
 * thing a sum describes is the last gerund's object; the gerund, and the clause that governs it,
 * are no part of it. A word in -ing after an article or a possessive describes the noun ("the
 * remaining stock"), and so does an adjective in -ing ("missing jewellery").
 */
function pastGerund(tokens: readonly Token[], [start, end]: [number, number]): [number, number] {
  for (let k = end - 2; k >= start; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word' || t.text !== t.lower || t.lower.length <= 4 || !t.lower.endsWith('ing')) continue
    if (ING_NOUNS.has(t.lower) || ING_ADJECTIVES.has(t.lower)) continue
    const before = tokens[k - 1]?.lower ?? ''
    if (!DETERMINERS.has(before) && !POSSESSIVES.has(before)) return [k + 1, end]
  }
  return [start, end]
}

/** Participles that value a thing at a sum: "valued at", "estimated at". Keep sorted. */
const VALUING_PARTICIPLES: ReadonlySet<string> = new Set(['estimated', 'priced', 'valued'])

/**
 * "possessing cocaine valued" of "admitted possessing cocaine valued at £3,000": the gerund's or
 * the infinitive's object alone, as "worth" gives it (`pastGerund`). With no verb before it the
 * participle stays, as before: "cannabis valued", "Recovered vehicles valued".
 */
function pastGerundBeforeValuing(tokens: readonly Token[], [start, end]: [number, number]): [number, number] {
  if (end - start < 2 || !VALUING_PARTICIPLES.has(tokens[end - 1]!.lower)) return [start, end]
  const object = pastGerund(tokens, [start, end - 1])
  // "conspiring to import heroin valued at £1m": an infinitive's object, its verb already cut.
  const afterInfinitive = tokens[start - 2]?.lower === 'to' && opensInfinitive(tokens, start - 2)
  return object[0] > start || afterInfinitive ? object : [start, end]
}

/**
 * The first word of the phrase after a verb at `from`, past a day ("today") and a preposition
 * ("for", "with"), while words are left before `last`.
 */
function pastVerbLeads(tokens: readonly Token[], from: number, last: number): number {
  let at = from
  if (at < last - 1 && DAY_WORDS.has(tokens[at]!.lower)) at++
  if (at < last - 1 && isPreposition(tokens[at])) at++
  return at
}

/** Words of a day that may close the subject of "show": "Figures published today show". Keep sorted. */
const DAY_WORDS: ReadonlySet<string> = new Set(['today', 'tonight', 'yesterday'])

/**
 * Whether a word may close the subject of "show" as a verb of a finding: a plural ("The figures
 * show"), a day ("published today show", "released on Monday show") or a name ("from the ONS
 * show"). After an article or an adjective "show" is a noun ("sales at the show").
 */
function closesFindingSubject(before: Token): boolean {
  if (before.kind !== 'word') return false
  if (isPluralShaped(before.lower) || DAY_WORDS.has(before.lower) || before.lower in WEEKDAYS) return true
  return /^\p{Lu}/u.test(before.text) && !DETERMINERS.has(before.lower)
}

/** Words after which a verb in -ing opens a clause of its own: "and beating forecasts". Keep sorted. */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'thereby', 'while'])

/** Whether a token is a preposition that may follow a participle or a noun: "recorded by", "surrendered in". */
function isPreposition(t: Token | undefined): boolean {
  return (
    !!t && t.kind === 'word' && (SUBJECT_PREPOSITIONS.has(t.lower) || t.lower === 'by' || t.lower === 'with')
  )
}

/**
 * Links that describe the noun before them without a verb of their own: "contracts worth £2bn",
 * "donations totalling £12,000", "spending of £5m". Before "was" or "reached" a past form in the
 * subject can only describe it ("the amount raised last year was £5m"). Keep sorted.
 */
const MODIFIER_LINKS: ReadonlySet<string> = new Set(['of', 'totaling', 'totalling', 'worth'])

/** Words that open an adverbial, not an object, after a past form: "raised last year". Keep sorted. */
const NOT_OBJECT_OPENINGS: ReadonlySet<string> = new Set(['each', 'every', 'last', 'next', 'so', 'this'])

/**
 * The first token of the object of a clause's verb at `tokens[at]`, when a determiner's singular
 * noun opening the clause is its subject ("The firm won contracts", "Its insurer agreed to terms")
 * and a link that describes a noun ends the phrase; else null. A verb that takes no object reads
 * past its preposition ("agreed to terms"); another's preposition makes it a participle ("the cash
 * found in the car").
 */
function objectOfClauseVerb(tokens: readonly Token[], at: number, last: number, end: number): number | null {
  const verb = tokens[at]!
  if (!MODIFIER_LINKS.has(tokens[end]?.lower ?? '') || verb.text !== verb.lower) return null
  const intransitive = INTRANSITIVE_PASTS.has(verb.lower)
  if (!intransitive && !isParticiple(verb.lower)) return null
  const noun = tokens[at - 1]
  const opener = tokens[at - 2]
  if (noun?.kind !== 'word' || opener?.kind !== 'word' || !NOUN_OPENINGS.has(opener.lower)) return null
  const word = noun.lower
  if (
    noun.text !== word ||
    word.length < 3 ||
    DEMONSTRATIVES.has(word) ||
    ADJECTIVE_ENDINGS.test(word) ||
    isParticiple(word) ||
    word.endsWith('ing')
  )
    return null
  // The subject is no preposition's object: "In March the firm won"; not "value of the goods found".
  const lead = tokens[at - 3]
  if (lead?.kind === 'word' && (PREPOSITIONS.has(lead.lower) || SUBJECT_PREPOSITIONS.has(lead.lower)))
    return null
  // "paid out compensation of £40,000": a verb's particle stands before its object.
  const particle = PARTICLES_OF_VERBS.has(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1
  const object = isPreposition(tokens[particle]) ? (intransitive ? particle + 1 : null) : particle
  if (object === null || object >= last) return null
  const first = tokens[object]!
  if (first.kind !== 'word' || NOT_OBJECT_OPENINGS.has(first.lower) || first.lower.endsWith('ly')) return null
  return object
}

/**
 * Whether `tokens[at]` is a preposition before a gerund of depriving and its object, which "of"
 * and a sum end: "for defrauding investors of", "after robbing a shop of". Not "the cost of
 * running the service was", whose link is no "of".
 */
function opensGerundOf(
  tokens: readonly Token[],
  at: number,
  start: number,
  last: number,
  end: number,
): boolean {
  if (tokens[end]?.lower !== 'of' || start !== at + 1 || last - start < 2) return false
  const preposition = tokens[at]!.lower
  if (preposition === 'of' || !(PREPOSITIONS.has(preposition) || SUBJECT_PREPOSITIONS.has(preposition)))
    return false
  return DEPRIVING_GERUNDS.has(tokens[start]!.text)
}

/**
 * Gerunds of verbs that take what is taken after "of": "defrauding investors of $3.2 million",
 * "robbing a shop of £400". Others in "-ing" before a noun often describe it ("cleaning
 * services of £2m"). Keep sorted.
 */
const DEPRIVING_GERUNDS: ReadonlySet<string> = new Set([
  'bilking',
  'cheating',
  'conning',
  'defrauding',
  'depriving',
  'fleecing',
  'robbing',
  'scamming',
  'swindling',
])

/** Modal verbs, "shall" with them: the verb after one is a clause's, with its object after it. */
const MODALS: ReadonlySet<string> = new Set([...MODAL_VERBS, 'shall'])

/**
 * The first token of the object of the verb after a modal at `tokens[at]`, when a link that
 * describes a noun ends the phrase: "The council must find savings of £18.5m", "the firm will
 * pay out compensation of £2m". Else null.
 */
function objectAfterModal(tokens: readonly Token[], at: number, last: number, end: number): number | null {
  if (!MODIFIER_LINKS.has(tokens[end]?.lower ?? '') || !MODALS.has(tokens[at]!.text)) return null
  const verb = tokens[at + 1]
  if (verb?.kind !== 'word' || verb.text !== verb.lower || isPreposition(verb)) return null
  const object = PARTICLES_OF_VERBS.has(tokens[at + 2]?.lower ?? '') ? at + 3 : at + 2
  const first = tokens[object]
  if (object >= last || first?.kind !== 'word' || NOT_OBJECT_OPENINGS.has(first.lower)) return null
  return object
}

/**
 * Whether the word before a present verb at `at` can be its subject: a name, a plural or initials
 * ("Gardaí seize", "officers seize", "NCA seizes"), or a noun after an article ("The bank predicts").
 */
function presentVerbSubject(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]
  if (before?.kind !== 'word') return false
  if (actsAsSubject(before) || /^\p{Lu}{2}/u.test(before.text)) return true
  return NOUN_OPENINGS.has(tokens[at - 2]?.lower ?? '') && !NOUN_OPENINGS.has(before.lower)
}

/**
 * Whether the word before a participle is its subject or auxiliary, so the participle is a verb:
 * "officers recovered property", "Police seized cannabis", "have recovered", "and recovered". Not
 * "maximum sustained winds".
 */
function actsAsSubject(before: Token | undefined): boolean {
  if (before?.kind !== 'word') return false
  if (VERB_CONTEXT.has(before.lower)) return true
  // "The combined ratio", "Our adjusted profit": an article or a possessive opening a sentence is
  // no name, and the participle after it describes the noun.
  if (NOUN_OPENINGS.has(before.lower)) return false
  // A plural noun: "officers", not "gross"; a name: "Police seized", "Gardaí recovered".
  return isPluralShaped(before.lower) || /^\p{Lu}\p{Ll}/u.test(before.text)
}

/**
 * "The MPC kept interest rates", "the FBI seized the assets": a body's initials before a participle
 * are its subject when a plural or a determiner's phrase follows as its object. "The CPI adjusted
 * figure" is one noun phrase.
 */
function initialsActOn(tokens: readonly Token[], at: number, last: number): boolean {
  const initials = tokens[at - 1]
  if (initials?.kind !== 'word' || !/^\p{Lu}{2,6}$/u.test(initials.text)) return false
  const object = tokens[at + 1]
  const head = tokens[last - 1]
  if (object?.kind !== 'word' || head?.kind !== 'word') return false
  return DETERMINERS.has(object.lower) || POSSESSIVES.has(object.lower) || isPluralShaped(head.lower)
}

/**
 * Verbs a body reports a figure with, which after "the company" or "a firm" are its verb, not an
 * adjective ("the company reported rising costs of $40 million"). Keep sorted.
 */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'announced',
  'booked',
  'disclosed',
  'faced',
  'generated',
  'incurred',
  'posted',
  'recorded',
  'reported',
])

/** Endings of adjectives that stand between an article and a participle: "the annual reported", "the latest recorded". */
const ADJECTIVE_ENDINGS = /(?:al|ly|est|ous|ive|ic|ful|ary|ble)$/

/**
 * "the company reported", "a bank posted", "its board disclosed": a reporting verb after an
 * article and a singular noun is that noun's verb. Not after an adjective or a word of a figure's
 * kind ("the total recorded crime", "the annual reported revenue", "the new reported cases").
 */
function reportsAfterNoun(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at - 1]
  const article = tokens[at - 2]
  if (!REPORTING_VERBS.has(tokens[at]!.lower) || noun?.kind !== 'word' || article?.kind !== 'word')
    return false
  if (!DETERMINERS.has(article.lower) && !POSSESSIVES.has(article.lower)) return false
  const word = noun.lower
  return (
    noun.text === word &&
    word.length > 3 &&
    !DEMONSTRATIVES.has(word) &&
    !ADJECTIVE_ENDINGS.test(word) &&
    !isParticiple(word) &&
    !word.endsWith('ing')
  )
}

/**
 * Whether `tokens[from..to)` read as a noun phrase, not a verb with its object: opened by an article
 * or a possessive, or headed by a plural ("small businesses"); not "see crime".
 */
function isNounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]
  const head = tokens[to - 1]
  if (first?.kind !== 'word' || head?.kind !== 'word' || to <= from) return false
  return DETERMINERS.has(first.lower) || POSSESSIVES.has(first.lower) || isPluralShaped(head.lower)
}

/** Possessives before a body's name: "its board reported". Keep sorted. */
const POSSESSIVES: ReadonlySet<string> = new Set(['her', 'his', 'its', 'our', 'their', 'your'])

/** Kinds of place a release names after "the" or "this": "in the city", "in the force area". Keep sorted. */
const PLACE_KINDS: ReadonlySet<string> = new Set([
  'area',
  'borough',
  'capital',
  'city',
  'country',
  'county',
  'district',
  'nation',
  'province',
  'region',
  'state',
  'town',
  'village',
])

/**
 * Whether `tokens[start..end)` is a name, such as a place: "Scotland", "the West Midlands", or a
 * place named by its kind: "the city", "this area", "the force area", "the city centre".
 */
function isPlace(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start
  if (tokens[k]?.lower === 'the' || (tokens[k]?.lower === 'this' && end - k === 2)) k++
  if (k >= end) return false
  if (k > start && end - k <= 2 && placeKind(tokens, k, end)) return true
  for (let j = k; j < end; j++) {
    const t = tokens[j]!
    const capital = t.kind === 'word' && t.text[0] !== t.lower[0]
    if (!capital && !(j > k && (t.lower === 'of' || t.lower === 'and'))) return false
  }
  return true
}

/** "city", "force area", "city centre": lower-case words ending in a kind of place (or a town's centre). */
function placeKind(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k; j < end; j++)
    if (tokens[j]!.kind !== 'word' || tokens[j]!.text !== tokens[j]!.lower) return false
  const last = tokens[end - 1]!.lower
  if (PLACE_KINDS.has(last)) return true
  return last === 'centre' && end - k === 2 && PLACE_KINDS.has(tokens[k]!.lower)
}

/** Whether `tokens[start..end)` are words, or hyphens inside them, and at most eight. */
function allWords(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start > 8) return false
  for (let j = start; j < end; j++) {
    const t = tokens[j]!
    if (t.kind !== 'word' && !(t.text === '-' && !t.gap)) return false
  }
  return true
}

/**
 * Verbs that set a figure at a level, with their object between ("to hold interest rates at
 * 5.25%", "to keep the cash rate at 4.35%", "to cut Bank Rate to 5%"). Keep sorted.
 */
const LEVEL_SETTING_VERBS: ReadonlySet<string> = new Set([
  'cut',
  'hold',
  'keep',
  'leave',
  'lower',
  'maintain',
  'raise',
  'reduce',
  'set',
])

/** Particles a verb may take before its object: "to pay back costs", "to hand over assets". Keep sorted. */
const PARTICLES_OF_VERBS: ReadonlySet<string> = new Set(['back', 'off', 'out', 'over', 'up'])

/**
 * Particles of phrasal verbs that a passive's "by" phrase may follow: "dealt with by", "looked
 * after by", "paid out by", "signed up by". Keep sorted.
 */
const PASSIVE_PARTICLES: ReadonlySet<string> = new Set([
  'after',
  'away',
  'back',
  'down',
  'for',
  'in',
  'into',
  'off',
  'on',
  'out',
  'over',
  'up',
  'with',
])

/** Whether `tokens[k]` is the particle of a phrasal verb right before a passive's "by": the "with" of "dealt with by". */
function isPassiveParticle(tokens: readonly Token[], k: number): boolean {
  return PASSIVE_PARTICLES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'by'
}

/**
 * Whether the "to" at `at` opens an infinitive with its object: after a word that governs one
 * ("ordered", "agreed", "has"), before a word in lower case that no noun phrase opens with and
 * that is no plural ("ordered to pay", not "agreed to a settlement" or "agreed to terms"). An
 * infinitive in the passive ("expected to be heard") says what the subject is waiting for.
 */
function opensInfinitive(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at + 1]
  // "voted by a majority of 7–2 to maintain Bank Rate at 5.25%": a verb that sets a level opens
  // an infinitive whatever governs it; its object is what the level measures.
  if (verb?.kind === 'word' && verb.text === verb.lower && LEVEL_SETTING_VERBS.has(verb.lower)) return true
  // "was found to contain goods worth £10,000", "is believed to hold": a verb of finding or saying
  // in the passive governs the infinitive as "ordered" does.
  const reported =
    THAT_CLAUSE_VERBS.has(tokens[at - 1]?.lower ?? '') && BE_FORMS.has(tokens[at - 2]?.lower ?? '')
  const governed = reported || INFINITIVE_GOVERNORS.has(tokens[at - 1]?.lower ?? '')
  if (!governed || verb?.kind !== 'word') return false
  if (verb.text !== verb.lower || isPassiveInfinitive(tokens, at)) return false
  return !DETERMINERS.has(verb.lower) && !POSSESSIVES.has(verb.lower) && !isPluralShaped(verb.lower)
}

/** "to be carried out", "to be seen" at `at`: "to", "be" and a participle. */
function isPassiveInfinitive(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]!.lower === 'to' && tokens[at + 1]?.lower === 'be' && isParticiple(tokens[at + 2]?.lower ?? '')
  )
}
