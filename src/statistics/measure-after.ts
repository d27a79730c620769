import { MONTHS, WEEKDAYS } from '../dates/lexicon'
import { AUXILIARY_VERBS } from '../text/auxiliaries'
import {
  AGE_LINKS,
  CURRENCY_SYMBOLS,
  IRREGULAR_PLURALS,
  LETTER_PREFIXES,
  MAGNITUDES,
  MODAL_VERBS,
  QUALIFIERS_BEFORE,
  VAGUE_QUANTITIES,
  WORD_PREFIXES,
} from './lexicon'
import {
  COMPARATIVE_EXTRAS,
  DETERMINERS,
  ENDING_PARTICIPLES,
  FIGURE_OPENINGS,
  GIVING_PARTICIPLES,
  ING_NOUNS,
  INTRANSITIVE_PASTS,
  isPointedTime,
  MEASURE_STOP_WORDS,
  NOT_NOUN_OPENINGS,
  NOUN_OPENINGS,
  OBJECT_OPENINGS,
  POSSESSIVE_DETERMINERS,
  PRE_VERB_ADVERBS,
  PREPOSITIONS,
  PRESENT_VERBS,
  PRESENT_VERBS_OR_NOUNS,
  SIMPLE_PASTS,
  TAKES_INFINITIVE,
  THAT_CLAUSE_VERBS,
  THIRD_PERSON_VERBS,
  TOPIC_PARTICIPLES,
  TRAILING_WORDS,
} from './measure-lexicon'
import { productBefore } from './models'
import { isNameWord, makerBefore, pastVariant } from './name-filters'
import { SCALE_WORDS, SMALL_NUMBERS, startsNumberWords } from './number-words'
import { isParticiple } from './participles'
import { indexPhrases, matchPhrase } from './phrases'
import { rivalNumberAfter } from './tallies'
import { isPluralShaped, isSentenceBreak, type Token } from './tokens'

/** Words before a unit of time that make a phrase say when: "the previous year", "that week". */
const TIME_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'last',
  'next',
  'previous',
  'same',
  'following',
  'preceding',
  'prior',
  // "the second quarter", "the first half", "the past year": a period's place in the year.
  'current',
  'final',
  'first',
  'fourth',
  'past',
  'second',
  'third',
])
/** Adverbs of time that end what a figure counts when they follow its noun. */
const TIME_ADVERBS: ReadonlySet<string> = new Set(['earlier', 'later', 'overnight', 'previously', 'recently'])

/** A weekday's full name, capitalised: "Thursday". */
const isWeekdayName = (t: Token): boolean =>
  t.lower.endsWith('day') && WEEKDAYS[t.lower] !== undefined && /^[A-Z]/.test(t.text)
/** Units of time that close such a phrase. */
const TIME_PHRASE_UNITS: ReadonlySet<string> = new Set([
  'year',
  'month',
  'week',
  'day',
  'half',
  'quarter',
  'period',
  'weekend',
  'decade',
])

/** A plural noun: "homes", "people", "staff", "police" (nouns that count as plural unchanged). */
export function isPluralNoun(t: Token): boolean {
  return (
    t.kind === 'word' &&
    (isPluralShaped(t.lower) || IRREGULAR_PLURALS.has(t.lower) || PLURAL_AS_WRITTEN.has(t.lower))
  )
}
/** Whether the word at `j` is a verb in the present: a noun of a compound only when a noun follows. */
function isPresentVerb(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]!.lower
  if (PRESENT_VERBS.has(word)) return true
  if (!PRESENT_VERBS_OR_NOUNS.has(word)) return false
  const next = tokens[j + 1]
  return next?.kind !== 'word' || AFTER_VERB.has(next.lower)
}
/**
 * Whether the word at `j`, right after a count with no noun, is the verb the count is the subject
 * of: "About 1,000 come from Asia", "Some 300 live in the village", "40 work at the plant". A
 * listed verb before what opens its complement or the clause's end; "300 live tarantulas", "12
 * help desks" and "a live-in carer" go on as nouns.
 */
export function isVerbAfterCount(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]
  if (t?.kind !== 'word' || t.text !== t.lower || !isListedPresentVerb(t.lower)) return false
  const next = tokens[j + 1]
  if (next?.text === '-' && !next.gap) return false
  return next?.kind !== 'word' || AFTER_VERB.has(next.lower)
}

/**
 * Whether the word at `j`, right after a count with no noun, is a verb in the past with its
 * object after it: "Some 37,645 watched the match", "More than 500 signed the petition". The count
 * is its subject and counts nothing named. A past form before a noun describes it ("300 stolen
 * phones"), and one before a time says when ("300 seized the previous year").
 */
export function isPastVerbAfterCount(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]
  if (t?.kind !== 'word' || t.text !== t.lower || !t.gap) return false
  if (!SIMPLE_PASTS.has(t.lower) && !(isParticiple(t.lower) && t.lower.endsWith('ed'))) return false
  const next = tokens[j + 1]
  if (next?.kind !== 'word' || next.text !== next.lower) return false
  const opensObject = DETERMINERS.has(next.lower) || POSSESSIVE_DETERMINERS.has(next.lower)
  return opensObject && !opensTimePhrase(tokens, j + 1)
}

/** A verb in the present the lexicon lists, whether or not it is also a noun: "eat", "report". */
export function isListedPresentVerb(word: string): boolean {
  return PRESENT_VERBS.has(word) || PRESENT_VERBS_OR_NOUNS.has(word)
}

/** Whether a word in "-s" is a listed verb's third person: "suffers", "faces", "reaches", "carries". */
export function isThirdPersonOfListedVerb(word: string): boolean {
  if (THIRD_PERSON_VERBS.has(word)) return true
  const stems = [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`]
  return stems.some(isListedPresentVerb)
}

/**
 * Whether the word at `j`, after an adverb that stands before a verb, is a verb: "own" of
 * "households now own a car", "lives" of "children now lives", "took" of "officers also took".
 */
function isVerbAfterAdverb(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]
  if (t?.kind !== 'word' || t.text !== t.lower) return false
  // "councils now have no reserves", "firms still are": an auxiliary is a verb there too.
  if (SIMPLE_PASTS.has(t.lower) || INTRANSITIVE_PASTS.has(t.lower) || AUXILIARIES.has(t.lower)) return true
  return isPresentVerb(tokens, j) || isBareVerb(tokens, j) || isThirdPersonOfListedVerb(t.lower)
}

/**
 * Whether a word has a verb's bare shape: no plural, participle, -ing or adverb ending; no number
 * or function word. A verb in "-eed" ("speed", "proceed", "succeed") is bare; a participle of a
 * verb in "-ee" ("agreed", "freed", "guaranteed") is not.
 */
export function hasBareVerbShape(word: string): boolean {
  const bareEed = /[^rt]eed$/.test(word)
  if (word.length < 3 || isPluralShaped(word) || (isParticiple(word) && !bareEed) || isAdverb(word))
    return false
  if (/(?:[^e]ed|ing)$/.test(word) || word in SMALL_NUMBERS || word in SCALE_WORDS) return false
  return !PREPOSITIONS.has(word) && !DETERMINERS.has(word) && !AUXILIARIES.has(word)
}
/**
 * Whether the word at `j` has a verb's bare shape and ends its clause or stands before what opens
 * a complement.
 */
function isBareVerb(tokens: readonly Token[], j: number): boolean {
  if (!hasBareVerbShape(tokens[j]!.lower)) return false
  const next = tokens[j + 1]
  if (isSentenceBreak(next) || next?.text === ',') return true
  return next?.kind === 'word' && (AFTER_VERB.has(next.lower) || isAdverb(next.lower))
}
/** Words that open what follows a verb, never a noun's next word: "patrol the area", "help out". */
const AFTER_VERB: ReadonlySet<string> = new Set([
  'a',
  'an',
  'around',
  'at',
  'each',
  'every',
  'for',
  'from',
  'in',
  'it',
  'on',
  'out',
  'over',
  'the',
  'their',
  'them',
  'these',
  'this',
  'those',
  'through',
  'to',
  'together',
  'up',
  'with',
])
/** Nouns plural as written, with no ending to say so. */
const PLURAL_AS_WRITTEN: ReadonlySet<string> = new Set(['police', 'staff'])

/** Whether a time's possessive opens at `k`: "last year's", "this month’s". */
export function opensTimePossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k + 1]
  if (!TIME_PHRASE_OPENERS.has(tokens[k]?.lower ?? '') || t?.kind !== 'word' || !/['’]s$/.test(t.lower))
    return false
  return TIME_PHRASE_UNITS.has(t.lower.slice(0, -2))
}

/** Whether a phrase of time opens at `k`: "the previous year", "last month", "the same period". */
function opensTimePhrase(tokens: readonly Token[], k: number): boolean {
  let j = k
  while (j < k + 3 && TIME_PHRASE_OPENERS.has(tokens[j]?.lower ?? '')) j++
  return j > k && TIME_PHRASE_UNITS.has(tokens[j]?.lower ?? '')
}

/** Whether `tokens[from..to)` are a phrase of time and nothing else: "prior year", "the same period last year". */
export function isTimePhraseOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word' || (!TIME_PHRASE_OPENERS.has(t.lower) && !TIME_PHRASE_UNITS.has(t.lower)))
      return false
  }
  return TIME_PHRASE_UNITS.has(tokens[to - 1]!.lower)
}

/** Words of the part of a period a date phrase names: "mid-2026", "late 2025", "end-March". */
const PERIOD_PARTS: ReadonlySet<string> = new Set(['beginning', 'early', 'end', 'late', 'mid', 'start'])

/**
 * Whether a date phrase opens at `k` with the part of a period: "mid-2026", "late 2025", "early
 * March", "mid-morning". After a preposition it says when ("500 nurses by mid-2026"), not what.
 */
function opensPartOfPeriod(tokens: readonly Token[], k: number): boolean {
  if (!PERIOD_PARTS.has(tokens[k]?.lower ?? '')) return false
  let n = k + 1
  if (tokens[n]?.text === '-' && !tokens[n]!.gap) n++
  const next = tokens[n]
  if (next?.kind === 'num') return /^(?:19|20)\d\d$/.test(next.text)
  return next?.kind === 'word' && (MONTHS[next.lower] !== undefined || PERIOD_WORDS.has(next.lower))
}

/** Periods whose part a date phrase names: "mid-year", "mid-morning", "early evening". */
const PERIOD_WORDS: ReadonlySet<string> = new Set([
  'afternoon',
  'decade',
  'evening',
  'month',
  'morning',
  'term',
  'week',
  'year',
])

/**
 * Whether the hyphen at `j` joins a word to the whole number that ends its name, all glued: "AR-15",
 * "F-35", "COVID-19"; not a range or a score ("20-30").
 */
export function isNamedNumber(tokens: readonly Token[], j: number): boolean {
  const hyphen = tokens[j]!
  const word = tokens[j - 1]
  const n = tokens[j + 1]
  const after = tokens[j + 2]
  if (hyphen.text !== '-' || hyphen.gap || word?.kind !== 'word') return false
  if (n?.kind !== 'num' || n.gap || !/^\d{1,4}$/.test(n.text)) return false
  // "cases of COVID-19, including": punctuation after the number ends the name there;
  // "COVID-19-related fraud": a hyphen joins it to the word after.
  if (!after || after.gap || after.kind === 'word') return true
  const joined = tokens[j + 3]
  return after.kind === 'sym' && (after.text !== '-' || (joined?.kind === 'word' && !joined.gap))
}

/**
 * Whether the digits at `tokens[j]` number a maker's model: "Boeing 737", "Airbus A350" (the
 * letters glued before them), "Land Rover Defender 110" (a model's name between), "iPhone 15"
 * (a product's name).
 */
function isModelNumberAfter(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!
  if (!/^\d{1,4}$/.test(t.text) || tokens[j - 1]!.kind !== 'word') return false
  if (t.gap && productBefore(tokens, j)) return true
  const glued = !t.gap && /^[A-Z]{1,3}$/.test(tokens[j - 1]!.text)
  return glued ? makerBefore(tokens, j - 1) : t.gap && makerBefore(tokens, j)
}

/** Whether the digits at `tokens[j]` are labelled by the name word before them: "type 2", "Station 4". */
function isLabelledNumber(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j - 1]!
  return (
    tokens[j]!.gap &&
    /^\d{1,4}$/.test(tokens[j]!.text) &&
    word.kind === 'word' &&
    isNameWord(word, tokens[j - 2]) &&
    tokens[j + 1]?.kind !== 'num'
  )
}

/** How many words what is counted may run to, read on from its figure. */
const MAX_WORDS = 10

/**
 * The words from `tokens[from]` that describe a thing counted, as a token range: "180 arrests
 * made", "hundreds of rounds of converted ammunition". They run until a word that ends a noun
 * phrase or opens a clause; null when the first word opens no noun phrase ("35 or above").
 */
export function measureAfter(tokens: readonly Token[], from: number): [number, number] | null {
  const k = from
  // "down from 581 the previous year": a time after the figure says when, not what.
  if (opensTimePhrase(tokens, k)) return null
  let end = k
  let words = 0
  // Whether a participle has been read: the phrase then says what was done, and where.
  let acted = false
  for (let j = k; j < tokens.length && words < MAX_WORDS; j++) {
    const t = tokens[j]!
    if (t.kind === 'sym') {
      // "randomised-control trials", "women's": joiners inside a word run.
      if ((t.text === '-' || t.text === '/' || t.text === '&') && !t.gap && tokens[j + 1]?.kind === 'word')
        continue
      // "AR-15 style rifles", "COVID-19 fines": a model's or a disease's name ends in its number.
      if (j > k && isNamedNumber(tokens, j)) {
        j++
        end = j + 1
        continue
      }
      // "U.S. currency", "U.K. nationals": the stops of an initialism.
      if (isInitialismStop(tokens, j)) {
        if (words > 0) end = j + 1
        continue
      }
      break
    }
    // "400 Boeing 737-800 aircraft", "20 Airbus A350-1000 jets": a model's number, and its
    // variant, go on with the maker's name or the letters glued before it.
    if (t.kind === 'num' && words > 0 && isModelNumberAfter(tokens, j)) {
      j = pastVariant(tokens, j + 1) - 1
      end = j + 1
      continue
    }
    // "cases of type 2 diabetes", "calls to Station 4": a number a name word labels is part of the name.
    if (t.kind === 'num' && words > 0 && isLabelledNumber(tokens, j)) {
      end = j + 1
      continue
    }
    // "cases of B12 deficiency", "H5N1 bird flu": digits glued to the word before them end its name.
    if (t.kind === 'num' && words > 0 && !t.gap && tokens[j - 1]!.kind === 'word') {
      end = j + 1
      continue
    }
    if (t.kind !== 'word') break
    // Lower-case "a" starts a new phrase ("Class A Drugs" goes on), but not after "of": "four
    // members of a gang".
    const article = (t.lower === 'a' || t.lower === 'an') && t.text === t.lower
    if (article && words > 0 && tokens[j - 1]!.lower === 'of') {
      words++
      continue
    }
    // "hand-rolling tobacco", "Europe-bound cocaine": a word glued after a hyphen goes on with
    // the word before it, whatever its ending.
    if (words > 0 && !t.gap && tokens[j - 1]?.text === '-') {
      words++
      end = j + 1
      continue
    }
    // "12% of last year's appeal", "half of this month's budget": a time's possessive determines
    // the noun after it, as "the year's" does; "last year" alone says when.
    if (opensTimePossessive(tokens, j)) {
      words++
      end = j + 1
      continue
    }
    if (MEASURE_STOP_WORDS.has(t.lower) && (t.lower !== 'a' || t.text === 'a')) break
    // "126 charges against 48 people", "12 counts of fraud involving 4 victims": a preposition or
    // a participle before another figure opens a phrase of its own ("related to one gang" goes on).
    if (
      words > 0 &&
      t.text === t.lower &&
      (PREPOSITIONS.has(t.lower) || (t.lower.length > 5 && t.lower.endsWith('ing'))) &&
      (startsFigure(tokens[j + 1]) || isGluedCurrency(tokens, j + 1))
    )
      break
    // "230 victims lost at least $1.8 million", "40 investors paid £5,000": a past form before a
    // figure of its own is the verb that takes it, not a participle describing what is counted.
    if (words > 0 && t.text === t.lower && isParticiple(t.lower) && opensOwnFigure(tokens, j + 1)) break
    // "five teenagers aged 14 to 16": the ages describe the people counted; "aged care homes" goes on.
    if (words > 0 && t.lower === 'aged' && opensAge(tokens[j + 1])) break
    // "profile slots available", "smaller tenancies and quickly taken up", "residents too": an
    // adverb or an adjective after the noun ends it; before the noun it describes it ("five
    // newly built homes").
    if (words > 0 && t.text === t.lower && afterNoun(tokens, j) && isPostNominal(t.lower)) break
    // "212 knives earlier this month": an adverb of time after the noun says when ("3 earlier convictions" is a noun phrase).
    // Before a participle it opens a clause on the noun: "executive orders recently signed by".
    if (words > 0 && TIME_ADVERBS.has(t.lower) && !isParticiple(tokens[j + 1]?.lower ?? '')) break
    // "arrested four suspects Thursday in connection with": a weekday after the noun says when, as
    // US releases write it without "on"; before the noun it describes it ("300 Sunday papers").
    if (words > 0 && isWeekdayName(t)) break
    // "The bottom five clubs all lost", "the two men both pleaded guilty": a quantifier floated
    // after the noun, before the verb, ends what is counted ("clubs all over the country" goes on).
    if (words > 0 && FLOATING_QUANTIFIERS.has(t.lower) && afterNoun(tokens, j) && opensVerb(tokens[j + 1]))
      break
    // "500 more nurses by mid-2026", "homes in late 2025": a preposition before a part of a period says when.
    if (words > 0 && PREPOSITIONS.has(t.lower) && opensPartOfPeriod(tokens, j + 1)) break
    // "400 charging stations by the end of 2020", "homes in 2025", "by March": a preposition
    // before a date says when.
    if (words > 0 && TIME_PREPOSITIONS.has(t.lower) && opensWhen(tokens, j + 1)) break
    // "seven European countries conducted in Germany": a participle before a preposition and a
    // name says where something was done, no part of what is counted ("vehicles identified at
    // ports" goes on).
    if (words > 0 && isParticiple(t.lower) && isPlacePhrase(tokens, j + 1)) break
    if ((t.lower === 'and' || t.lower === 'or') && !continuesList(tokens, j + 1)) break
    // "5.2 million units up from 4.8 million": the change after what is counted.
    if (words > 0 && (t.lower === 'up' || t.lower === 'down') && startsComparison(tokens[j + 1])) break
    if (words > 0 && (SIMPLE_PASTS.has(t.lower) || ENDING_PARTICIPLES.has(t.lower))) break
    // "two men appeared at court"; not "five newly retired officers".
    if (words > 0 && INTRANSITIVE_PASTS.has(t.lower) && !isAdverb(tokens[j - 1]!.lower)) break
    // "half of all households now own a car", "40% of firms still expect": an adverb between a
    // plural noun and its verb ends what is counted.
    if (
      words > 0 &&
      PRE_VERB_ADVERBS.has(t.lower) &&
      isPluralNoun(tokens[j - 1]!) &&
      isVerbAfterAdverb(tokens, j + 1)
    )
      break
    // "2,000 people live in", "300 officers work in": a verb in the present after a plural noun.
    if (words > 0 && t.text === t.lower && isPluralNoun(tokens[j - 1]!) && isPresentVerb(tokens, j)) break
    // "Two in five men smoke.", "drivers speed on this road": a word with no plural ending after a
    // plural noun, before the clause's end or what opens a verb's complement, is the verb; the noun
    // a compound ends with would be plural itself ("firearms offences").
    if (words > 0 && t.text === t.lower && isPluralNoun(tokens[j - 1]!) && isBareVerb(tokens, j)) {
      // "the world's cargo": a possessive opens the noun phrase it owns.
      if (!/['’]s$/.test(tokens[j - 1]!.lower)) break
    }
    // "the $8.5 million project replaces the deck": a verb in the third person after a singular noun.
    if (words > 0 && THIRD_PERSON_VERBS.has(t.text) && !isPluralNoun(tokens[j - 1]!)) break
    // "2,000 adults found that", "600 reported that sales fell": a verb of saying or finding before
    // its clause is the figure's verb ("items found that night" goes on).
    if (opensReportedClause(tokens, j)) break
    // "live tarantulas from Europe", "funding from our fund": where the things come from or are
    // is no part of them; after a participle it is ("vehicles identified at ports", "arrests made
    // by police at protests").
    if (words > 0 && (t.lower === 'from' || t.lower === 'at') && !acted) break
    if (describesAction(t.lower)) acted = true
    // "eight more picks the team made": an article after a noun opens a new phrase; "of the" goes on.
    if (words > 0 && t.lower === 'the' && !PREPOSITIONS.has(tokens[j - 1]!.lower)) break
    // "from 3 sites to two", "14 schools to two hundred pupils": "to" before a figure ends the
    // phrase, and so does "to" before a rival's figure ("365 seats to Labour's 203").
    if (words > 0 && t.lower === 'to' && (opensNumberWord(tokens[j + 1]) || rivalNumberAfter(tokens, j) >= 0))
      break
    // "a new unit to tackle violence": an infinitive starts a new clause; "related to violence" goes on.
    if (
      words > 0 &&
      t.lower === 'to' &&
      !isParticiple(tokens[j - 1]!.lower) &&
      !TAKES_INFINITIVE.has(tokens[j - 1]!.lower) &&
      !TOPIC_PARTICIPLES.has(tokens[j - 1]!.lower) &&
      startsInfinitive(tokens[j + 1])
    )
      break
    // "leaders working on ...": a participle after the noun starts a new clause; "Policing
    // Academic Centres" is a name.
    // Not "additional funding": after an adjective of amount it is a noun.
    if (
      words > 0 &&
      t.lower.length > 5 &&
      t.lower.endsWith('ing') &&
      t.text === t.lower &&
      tokens[j - 1]?.lower !== 'of' &&
      !COMPARATIVE_EXTRAS.has(tokens[j - 1]!.lower) &&
      !TOPIC_PARTICIPLES.has(t.lower) &&
      !ING_NOUNS.has(t.lower) &&
      !modifiesNoun(tokens, j)
    )
      break
    // "four defendants pleaded guilty": a past tense with an object after it is the verb.
    // After an article or an adverb it describes the noun: "members of an organised crime group",
    // "five newly built homes".
    if (
      words > 0 &&
      isParticiple(t.lower) &&
      !TRAILING_WORDS.has(tokens[j - 1]!.lower) &&
      !DETERMINERS.has(tokens[j - 1]!.lower) &&
      !isAdverb(tokens[j - 1]!.lower) &&
      !DEGREE_WORDS.has(tokens[j - 1]!.lower) &&
      takesObject(t.lower, tokens[j + 1])
    )
      break
    words++
    end = j + 1
  }
  // "1,000 investors of approximately $35 million": the words that open the next figure are its own.
  // "victims of about A$45m": the letters glued to the next figure's sign are its currency's.
  const sign = tokens[end]?.text === '$' && !tokens[end]!.gap && end > k && tokens[end - 1]!.kind === 'word'
  if (sign) end--
  if (sign || opensFigure(tokens[end])) while (end > k && FIGURE_OPENINGS.has(tokens[end - 1]!.lower)) end--
  while (end > k && TRAILING_WORDS.has(tokens[end - 1]!.lower)) end--
  return end > k && tokens[k]?.kind === 'word' && opensNounPhrase(tokens, k) ? [k, end] : null
}

/**
 * "12 new changing rooms", "three fatal shooting incidents": an "-ing" word after an adjective and
 * before a plural noun is part of the noun; after a plural noun it opens a clause ("5 men using").
 */
function modifiesNoun(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1]!
  const next = tokens[j + 1]
  if (isPluralShaped(prev.lower) || IRREGULAR_PLURALS.has(prev.lower)) return false
  return next?.kind === 'word' && next.text === next.lower && isPluralShaped(next.lower)
}

/**
 * Whether the word at `tokens[k]`, just after a figure, can open what it counts. Not a
 * preposition or a conjunction ("17.42 against the dollar", "35 or above", "410 compared
 * with 380"), a comparative
 * ("12k cheaper than the old one") or a verb taking an object ("around 74 raising the alarm").
 */
function opensNounPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  if (PREPOSITIONS.has(t.lower) || NOT_NOUN_OPENINGS.has(t.lower) || ENDING_PARTICIPLES.has(t.lower))
    return false
  const next = tokens[k + 1]
  if (next?.lower === 'than') return false
  // "20m x 40m", "3 × 2 litre bottles": the sign between dimensions, or factors, opens the next figure.
  if ((t.lower === 'x' || t.text === '×') && next?.kind === 'num') return false
  // "£870m in FY2022/23", "sales in Q3": a period's code glued to its number names when, not what
  // ("20 AK47 rifles" is a name).
  if ((next?.kind === 'num' || next?.kind === 'skip') && !next.gap && PERIOD_CODES.has(t.text)) return false
  return !(
    t.text === t.lower &&
    t.lower.length > 5 &&
    t.lower.endsWith('ing') &&
    NOUN_OPENINGS.has(next?.lower ?? '')
  )
}

/** Codes that, glued to a number, name a period: "Q3", "H1", "FY24", "CY2023". */
export const PERIOD_CODES: ReadonlySet<string> = new Set(['CY', 'FY', 'FQ', 'H', 'HY', 'Q'])

/** Codes of a fiscal or calendar year, in lower case: written in any case before a year ("FY 23", "fy 23"). */
const FISCAL_YEAR_CODES: ReadonlySet<string> = new Set(['cy', 'fy'])

/** Whether a token is a year's code as a word of its own, in any case: "FY", "fy", "Fy"; not "comfy". */
export function isFiscalYearCode(t: Token | undefined): boolean {
  return t?.kind === 'word' && FISCAL_YEAR_CODES.has(t.lower)
}

/** Prepositions that say when before a date: "by the end of 2020", "in March". Keep sorted. */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'by',
  'during',
  'in',
  'on',
  'since',
  'until',
])

/**
 * Whether a date opens at `tokens[k]`: a year ("2020", "FY2023" is read elsewhere), a month, "the
 * end of", "the start of", "the first half of", "the previous year", "last week".
 */
function opensWhen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (!t) return false
  if (t.kind === 'num') return /^(?:19|20)\d\d$/.test(t.text) && tokens[k + 1]?.kind !== 'word'
  if (t.kind !== 'word') return false
  if (MONTHS[t.lower] !== undefined && /^[A-Z]/.test(t.text) && t.lower !== 'may') return true
  if (opensTimePhrase(tokens, k) || opensPartOfPeriod(tokens, k)) return true
  if (t.lower !== 'the') return false
  const part = tokens[k + 1]?.lower ?? ''
  return (PERIOD_PARTS.has(part) || part === 'middle') && tokens[k + 2]?.lower === 'of'
}

/** "in Germany", "at Heathrow Airport": a preposition of place, then a capitalised name. */
function isPlacePhrase(tokens: readonly Token[], k: number): boolean {
  const preposition = tokens[k]?.lower
  if (preposition !== 'in' && preposition !== 'at' && preposition !== 'across') return false
  const name = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1]
  return name?.kind === 'word' && /^[A-Z][a-z]/.test(name.text)
}

/**
 * Whether `tokens[j]` is a verb of saying or finding with "that" opening its clause after it: not
 * "that" before a time in the singular it points to ("items found that night"). "Half" after it
 * is a share ("found that half of firms"), no time.
 */
function opensReportedClause(tokens: readonly Token[], j: number): boolean {
  if (!THAT_CLAUSE_VERBS.has(tokens[j]!.lower) || tokens[j + 1]?.lower !== 'that') return false
  const time = tokens[j + 2]?.lower ?? ''
  return !isPointedTime(time) || time.endsWith('s') || time === 'half'
}

/** Quantifiers that may float after a plural subject, before its verb: "the men both pleaded". Keep sorted. */
const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each'])

/**
 * Whether a token is a verb a floated quantifier stands before: an auxiliary ("all have"), a past
 * form ("all lost", "both pleaded") or a verb in -ing ("each containing"); not "all over".
 */
function opensVerb(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || t.text !== t.lower) return false
  const w = t.lower
  return (
    AUXILIARIES.has(w) ||
    isParticiple(w) ||
    SIMPLE_PASTS.has(w) ||
    INTRANSITIVE_PASTS.has(w) ||
    (w.length > 5 && w.endsWith('ing') && !ING_NOUNS.has(w))
  )
}

const AUXILIARIES: ReadonlySet<string> = new Set(AUXILIARY_VERBS)

/** Whether the word before `tokens[j]` is a plural noun: what an adverb or adjective after it ends. */
function afterNoun(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1]
  if (prev?.kind !== 'word') return false
  return isPluralShaped(prev.lower) || IRREGULAR_PLURALS.has(prev.lower) || prev.text !== prev.lower
}

/**
 * Words that stand after a noun and name no part of it: adverbs in -ly ("quickly", "nationwide"
 * is `MEASURE_STOP_WORDS`), adjectives in -able or -ible ("available", "eligible"), and a few more.
 */
function isPostNominal(word: string): boolean {
  return isAdverb(word) || (word.length > 5 && /(?:able|ible)$/.test(word)) || POST_NOMINALS.has(word)
}

/** Words after a noun that end what is counted: "residents too", "homes left". Keep sorted. */
const POST_NOMINALS: ReadonlySet<string> = new Set([
  'alike',
  'altogether',
  'apiece',
  'combined',
  'left',
  'overall',
  'remaining',
  'too',
])

/** Words of degree before a participle that describes the noun: "the 10 most wanted fugitives". Keep sorted. */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['least', 'less', 'more', 'most', 'very', 'well'])

/** Adverbs in -ly; not nouns with that ending ("family", "supply", "assembly"). */
function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !LY_NOUNS.has(word)
}

/** Nouns and adjectives in -ly that describe a noun after them. Keep sorted. */
const LY_NOUNS: ReadonlySet<string> = new Set([
  'ally',
  'anomaly',
  'assembly',
  'bully',
  'butterfly',
  'daily',
  'early',
  'elderly',
  'family',
  'friendly',
  'likely',
  'monopoly',
  'monthly',
  'only',
  'quarterly',
  'rally',
  'reply',
  'supply',
  'weekly',
  'yearly',
])

/** Whether a token is a number in words above one ("two", "twenty"): "to one another" is no figure. */
function opensNumberWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && (SMALL_NUMBERS[t.lower] ?? 0) > 1
}

/** Whether a token starts a figure: digits, or a currency sign before them. */
export function opensFigure(t: Token | undefined): boolean {
  return t?.kind === 'num' || (t?.kind === 'sym' && Object.hasOwn(CURRENCY_SYMBOLS, t.text))
}

/** Whether `tokens[j]` is a full stop inside or closing an initialism: "U.S.", "U.K.". */
function isInitialismStop(tokens: readonly Token[], j: number): boolean {
  const stop = tokens[j]!
  if (stop.text !== '.' || stop.gap || !isCapitalLetter(tokens[j - 1])) return false
  const next = tokens[j + 1]
  // Inside: "U." before "S."; closing: "S." after "U.".
  if (isCapitalLetter(next) && !next!.gap && tokens[j + 2]?.text === '.' && !tokens[j + 2]!.gap) return true
  const before = tokens[j - 2]
  return before?.text === '.' && !before.gap && !tokens[j - 1]!.gap && isCapitalLetter(tokens[j - 3])
}

function isCapitalLetter(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.text.length === 1 && t.text !== t.lower
}

/** A participle or a word in -ing, after which a place or a source goes on: "suffering from". */
function describesAction(word: string): boolean {
  return isParticiple(word) || (word.length > 5 && word.endsWith('ing') && !ING_NOUNS.has(word))
}

/** "from", "by", "to" or a figure: what follows "up" or "down" as a change. */
function startsComparison(t: Token | undefined): boolean {
  return !!t && (t.kind === 'num' || t.lower === 'from' || t.lower === 'by' || t.lower === 'to')
}

/**
 * Whether a word after a past tense makes it a verb with an object ("pleaded guilty"), not a
 * participle ("recovered in", "made relating to").
 */
function takesObject(participle: string, next: Token | undefined): boolean {
  // "five countries arrested 12 suspects": a figure after it is the verb's object.
  if (next?.kind === 'num') return true
  if (next?.kind !== 'word') return false
  // "players left the club".
  if (next.lower === 'the') return true
  // "12% of reports led to a charge", "40 cases resulted in a conviction": a verb of outcome
  // with its preposition, no participle describing the noun.
  if (OUTCOME_VERBS[participle] === next.lower) return true
  // "40 residents attended a meeting", "officers visited their homes"; a verb of giving keeps its
  // object in the passive: "11 handed final written warnings", "drivers issued a fine".
  if (OBJECT_OPENINGS.has(next.lower)) return !GIVING_PARTICIPLES.has(participle)
  return (
    !MEASURE_STOP_WORDS.has(next.lower) &&
    !TRAILING_WORDS.has(next.lower) &&
    !(next.lower.length > 5 && next.lower.endsWith('ing'))
  )
}

/** Past forms of verbs of outcome and the preposition they take: "led to", "resulted in". */
const OUTCOME_VERBS: Readonly<Record<string, string>> = {
  contributed: 'to',
  ended: 'in',
  led: 'to',
  resulted: 'in',
}

/** Whether the word after "to" reads as a verb: lower case, not an article, a number or a name. */
function startsInfinitive(next: Token | undefined): boolean {
  return (
    next?.kind === 'word' &&
    next.text === next.lower &&
    !DETERMINERS.has(next.lower) &&
    !MEASURE_STOP_WORDS.has(next.lower) &&
    !(next.lower in SMALL_NUMBERS)
  )
}

/**
 * "women and girls" goes on; "and 870 statutory partners" and "and more than 3kg" start the
 * next figure, "and announced plans" and "and made 190 arrests" a new clause.
 */
function continuesList(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j]
  if (next?.kind !== 'word') return false
  if (isAdverb(next.lower)) return false
  if (MEASURE_STOP_WORDS.has(next.lower) || SIMPLE_PASTS.has(next.lower)) return false
  if (next.lower.length > 4 && next.lower.endsWith('ed')) return false
  if (next.lower in SMALL_NUMBERS || next.lower in SCALE_WORDS) return false
  // "cocaine and thousands of tonnes of waste": a vague amount opens the next figure.
  if (matchPhrase(tokens, j, VAGUE_INDEX) !== null) return false
  const after = tokens[j + 1]
  // "and made 190 arrests", "and more than 3kg", "and around 40 knives", "and around $8 million".
  if (after?.kind === 'num' || (after?.kind === 'word' && after.lower in SMALL_NUMBERS)) return false
  if (after?.kind === 'sym' && tokens[j + 2]?.kind === 'num') return false
  if (FIGURE_OPENINGS.has(next.lower) && after?.lower === 'than') return false
  // "will create 250 jobs and support a further 400", "to hire 300 staff and boost the local
  // economy": before an article or a possessive that opens its object, a listed verb, or a word
  // of a verb's bare shape after a modal or "to", is a second verb ("seized 3 guns and cash the
  // gang hid", "and cocaine a week later" go on).
  if (after?.kind === 'word' && opensObjectOfVerb(tokens, j + 1) && isSecondVerb(tokens, j)) return false
  // "extends the run to 11 matches and leaves us two points clear": a word before an object
  // pronoun is a verb.
  if (after?.kind === 'word' && OBJECT_PRONOUNS.has(after.text)) return false
  // "a $1.75 million penalty and spend approximately $4.2 million", "and raise thousands of
  // pounds": a word before a qualified or vague figure is a verb taking it, as before digits.
  if (opensQualifiedFigure(tokens, j + 1) || matchPhrase(tokens, j + 1, VAGUE_INDEX) !== null) return false
  // "18 luxury vehicles and cryptocurrency worth EUR 450 000": a thing given its own value is the
  // list's next item, not more of what the figure counts.
  if (valuedItemAt(tokens, j)) return false
  // "and well over 200 businesses", "and upwards of 1,000 tickets": a qualifier opens the next figure.
  return !opensQualifiedFigure(tokens, j)
}

/** Words that give the thing before them a value of its own: "cash worth £20,000", "jewellery valued at". Keep sorted. */
const VALUING_WORDS: ReadonlySet<string> = new Set(['totaling', 'totalling', 'valued', 'worth'])
/** How many words a listed thing may take before the word that values it: "designer watches". */
const VALUED_ITEM_REACH = 3

/** Whether the words from `tokens[j]` are a thing and then a word that values it at a figure. */
function valuedItemAt(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k <= j + VALUED_ITEM_REACH; k++) {
    const t = tokens[k]
    if (t?.kind !== 'word') return false
    if (VALUING_WORDS.has(t.lower)) return figureWithin(tokens, k + 1)
  }
  return false
}

/** Whether a figure stands at `tokens[k]`, perhaps after "at", a qualifier or a currency sign. */
function figureWithin(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < k + 4; n++) if (tokens[n]?.kind === 'num') return true
  return false
}

/**
 * Whether an object opens at `k`: an article or a possessive, but not "a" before a unit of time
 * ("a week later", "a year"), which says when or how often.
 */
function opensObjectOfVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  if (t.text !== t.lower) return false
  if (t.lower === 'a' || t.lower === 'an') return !TIME_PHRASE_UNITS.has(tokens[k + 1]?.lower ?? '')
  return t.lower === 'the' || POSSESSIVE_DETERMINERS.has(t.lower)
}

/** How far back in its clause a modal or "to" may stand before a second verb: "will create 250 new jobs and". */
const SECOND_VERB_REACH = 8

/**
 * Whether the word at `j`, after "and" or "or", is a verb: a listed verb ("support", "supports"),
 * or a word of a verb's bare shape when a modal or "to" stands earlier in the clause, whose verb
 * it repeats ("will create … and boost").
 */
function isSecondVerb(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]!
  if (word.text !== word.lower) return false
  if (isListedPresentVerb(word.lower) || isThirdPersonOfListedVerb(word.lower)) return true
  if (!hasBareVerbShape(word.lower)) return false
  for (let k = j - 2; k >= 0 && j - k <= SECOND_VERB_REACH; k--) {
    const t = tokens[k]!
    if (isSentenceBreak(t) || t.text === ',') return false
    if (t.lower === 'to' || MODAL_VERBS.has(t.lower)) return true
  }
  return false
}

/** The vague amounts, by their first word: "thousands", "tens of thousands". */
const VAGUE_INDEX = indexPhrases(VAGUE_QUANTITIES)

/** The qualifiers written before a number, by their first word. */
const QUALIFIER_INDEX = indexPhrases(QUALIFIERS_BEFORE)

/** Whether a qualifier at `tokens[j]` stands before a number: "well over 200", "upwards of £1m". */
function opensQualifiedFigure(tokens: readonly Token[], j: number): boolean {
  const qualifier = matchPhrase(tokens, j, QUALIFIER_INDEX)
  if (qualifier === null) return false
  const after = tokens[qualifier.end]
  return (
    opensFigure(after) ||
    (after?.kind === 'word' && (after.lower in SMALL_NUMBERS || after.lower in SCALE_WORDS))
  )
}

/** What may follow "aged" when it gives ages: a number ("aged 14"), or "between", "over", "under", "from". */
function opensAge(t: Token | undefined): boolean {
  return t?.kind === 'num' || (t?.kind === 'word' && (AGE_LINKS.has(t.lower) || startsNumberWords(t.lower)))
}

/** Whether a figure starts at `t`: digits, or a number word above one ("against three men"). */
/**
 * Whether `tokens[k]` is a currency's letters glued to the digits after them, as a sum's start:
 * "RM2.5 million", "Sh500", "Rs.500" (capitals first, a short word).
 */
function isGluedCurrency(tokens: readonly Token[], k: number): boolean {
  const letters = tokens[k]
  if (letters?.kind !== 'word') return false
  const stop = tokens[k + 1]?.text === '.' && !tokens[k + 1]!.gap ? k + 2 : k + 1
  const digits = tokens[stop]
  if (digits?.kind !== 'num' || digits.gap) return false
  if (letters.text in LETTER_PREFIXES || letters.text in WORD_PREFIXES) return true
  // A single capital ("R", "P", "N") is a currency only before an amount's shape: "N4.5 million",
  // "R250,000"; "A4 paper" and "B12" are names.
  if (!/^[A-Z]$/.test(letters.text)) return false
  const magnitude = tokens[stop + 1]
  return (
    /[.,]\d/.test(digits.text) || (magnitude?.kind === 'word' && MAGNITUDES[magnitude.lower] !== undefined)
  )
}

/** Pronouns only an object takes, written in lower case: "and leaves us", "and gives them". Keep sorted. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'me', 'them', 'us'])

/** Whether a figure starts at `tokens[k]`: a sum ("$1.8 million"), a qualified figure ("at least 20"), or a number. */
function opensOwnFigure(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (t?.kind === 'sym' && t.text !== '-' && tokens[k + 1]?.kind === 'num' && !tokens[k + 1]!.gap) return true
  return startsFigure(t) || opensQualifiedFigure(tokens, k)
}

function startsFigure(t: Token | undefined): boolean {
  return t?.kind === 'num' || (t?.kind === 'word' && (SMALL_NUMBERS[t.lower] ?? 0) > 1)
}
