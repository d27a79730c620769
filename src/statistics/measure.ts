import { AUXILIARY_VERBS } from '../text/auxiliaries'
import { CHANGE_WORDS, type ChangeCue } from './change'
import { SCALE_WORDS, SMALL_NUMBERS } from './number-words'
import { isClauseBreak, type Token } from './tokens'

/**
 * Words that end what is counted when reading on from a figure: "180 arrests were made"
 * counts "arrests", "316 stolen vehicles recovered in intensification week" counts "stolen
 * vehicles recovered". Auxiliaries, relatives and the prepositions that start an adjunct
 * (place, time, purpose) end it; "of", "by", "at", "to", "from" and "against" mostly go on
 * describing the thing counted. Keep sorted.
 */
export const MEASURE_STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'across',
  'after',
  'also',
  'although',
  'am',
  'an',
  'are',
  'as',
  'be',
  'because',
  'been',
  'before',
  'being',
  'between',
  'but',
  'can',
  'could',
  'did',
  'do',
  'does',
  'during',
  'each',
  'every',
  'for',
  'had',
  'has',
  'have',
  'he',
  'if',
  'in',
  'including',
  'into',
  'is',
  'it',
  'last',
  'may',
  'might',
  'must',
  'next',
  'on',
  'onto',
  'over',
  'per',
  'said',
  'say',
  'says',
  'shall',
  'she',
  'should',
  'since',
  'so',
  'than',
  'that',
  'they',
  'this',
  'though',
  'through',
  'throughout',
  'told',
  'toward',
  'towards',
  'under',
  'unless',
  'until',
  'via',
  'was',
  'we',
  'were',
  'when',
  'where',
  'which',
  'while',
  'whilst',
  'who',
  'whom',
  'whose',
  'will',
  'with',
  'within',
  'without',
  'would',
  'you',
])

/** Words that end a subject read backwards from a verb: "and the number of adults safeguarded rose". Keep sorted. */
export const SUBJECT_STOP_WORDS: ReadonlySet<string> = new Set([
  'after',
  'also',
  'and',
  'are',
  'as',
  'because',
  'but',
  'during',
  'each',
  'for',
  'from',
  'had',
  'has',
  'have',
  'having',
  'he',
  'in',
  'is',
  'it',
  'on',
  'or',
  'revealed',
  'said',
  'saw',
  'says',
  'see',
  'seen',
  'sees',
  'she',
  'showed',
  'shows',
  'since',
  'that',
  'there',
  'they',
  'to',
  'was',
  'we',
  'were',
  'which',
  'while',
  'who',
  'will',
  'with',
])

/** Openings dropped from a subject: "the number of adults safeguarded" counts "adults safeguarded". */
export const SUBJECT_OPENINGS: readonly (readonly string[])[] = [
  ['the', 'total', 'number', 'of'],
  ['the', 'number', 'of'],
  ['the', 'amount', 'of'],
  ['a', 'total', 'of'],
  ['the'],
  ['an'],
  ['a'],
  ['its'],
  ['their'],
  ['our'],
]

/**
 * Words linking a subject to its figure: "the value is £5.4m", "valued at over £4m", "drugs
 * worth £250,000". Keep sorted.
 */
const LINKS: ReadonlySet<string> = new Set([
  'at',
  'be',
  'is',
  'of',
  'reached',
  'totalled',
  'totalling',
  'was',
  'were',
  'worth',
])
const MAX_WORDS = 10

/**
 * Past participles that do not end in -ed: "had withdrawn £300", "stolen farm machinery".
 * Several are also past tenses ("made", "found"). Keep sorted.
 */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'bought',
  'brought',
  'built',
  'caught',
  'chosen',
  'done',
  'drawn',
  'driven',
  'found',
  'given',
  'held',
  'kept',
  'known',
  'led',
  'left',
  'made',
  'paid',
  'seen',
  'sent',
  'shown',
  'sold',
  'spent',
  'stolen',
  'taken',
  'thrown',
  'withdrawn',
  'won',
  'written',
])

/**
 * Past tenses that are never participles: after what is counted they are its verb ("40 schools
 * took part"). Keep sorted.
 */
export const SIMPLE_PASTS: ReadonlySet<string> = new Set([
  'ate',
  'became',
  'began',
  'broke',
  'came',
  'chose',
  'drove',
  'flew',
  'gave',
  'knew',
  'ran',
  'saw',
  'spoke',
  'stole',
  'threw',
  'took',
  'went',
  'wrote',
])

/**
 * Participles that work as prepositions ("a rise compared with 2019") or only say who took part
 * ("300 officers involved"): what is counted ends before them. Keep sorted.
 */
const ENDING_PARTICIPLES: ReadonlySet<string> = new Set(['compared', 'concerned', 'involved'])

/** Words that stand before a verb of its subject: "crime has fallen", "crime is down", "crime is now down". */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...AUXILIARY_VERBS,
  'already',
  'also',
  'not',
  'now',
  'still',
])

/**
 * Prepositions that may start a phrase inside a subject: "weapons surrendered in amnesty bins",
 * "knife crime in the West Midlands". Keep sorted.
 */
const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'for', 'from', 'in', 'on', 'to'])

/** Words that open a noun phrase: reading a subject backwards, it starts there. Keep sorted. */
const NOUN_OPENINGS: ReadonlySet<string> = new Set(['a', 'an', 'her', 'his', 'its', 'our', 'the', 'their'])

/** Words before a participle that make it a verb: "have recovered property", "and recovered property". Keep sorted. */
const VERB_CONTEXT: ReadonlySet<string> = new Set([
  'and',
  'are',
  'had',
  'has',
  'have',
  'he',
  'is',
  'or',
  'she',
  'that',
  'they',
  'was',
  'we',
  'were',
  'which',
  'who',
])

/** Comparatives that open a figure with "than": "and more than 3kg". Keep sorted. */
const FIGURE_OPENINGS: ReadonlySet<string> = new Set([
  'about',
  'almost',
  'approximately',
  'around',
  'fewer',
  'just',
  'less',
  'more',
  'nearly',
  'over',
  'roughly',
  'some',
  'under',
])

/** Participles that name a topic, as a preposition does: "arrests made relating to vehicle crime". Keep sorted. */
const TOPIC_PARTICIPLES: ReadonlySet<string> = new Set(['concerning', 'involving', 'regarding', 'relating'])

/** Adjectives that take an infinitive: "available to create nine centres". Keep sorted. */
const TAKES_INFINITIVE: ReadonlySet<string> = new Set(['able', 'available', 'due', 'eligible', 'ready'])

/**
 * Adjectives and participles that say what money is for when it is their subject: "£4.5m is
 * available to create nine centres". Keep sorted.
 */
const MONEY_PREDICATES: ReadonlySet<string> = new Set([
  'allocated',
  'available',
  'earmarked',
  'needed',
  'required',
])

/** Verbs whose object may take a participle as its complement: "saw 35 handguns seized". Keep sorted. */
const COMPLEMENT_VERBS: ReadonlySet<string> = new Set(['saw', 'see', 'seeing', 'seen', 'sees', 'witnessed'])

/** Words between such a verb and its object's figure: "saw a further 35 handguns". Keep sorted. */
const COMPLEMENT_FILLERS: ReadonlySet<string> = new Set(['a', 'another', 'further', 'the'])

/** Words after a figure that go on to what it counts: "thousands more officers". Keep sorted. */
const COMPARATIVE_EXTRAS: ReadonlySet<string> = new Set(['additional', 'extra', 'fewer', 'further', 'more'])

const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/** Prepositions: "the" after one goes on with the phrase ("value of the fund"). Keep sorted. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'among',
  'around',
  'at',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'between',
  'beyond',
  'by',
  'during',
  'for',
  'from',
  'in',
  'inside',
  'into',
  'near',
  'of',
  'off',
  'on',
  'onto',
  'outside',
  'over',
  'past',
  'per',
  'since',
  'through',
  'to',
  'toward',
  'towards',
  'under',
  'until',
  'upon',
  'versus',
  'via',
  'with',
  'within',
  'without',
])

/** Where a quantity stands in its block's tokens, and what kind it is. */
export interface MeasuredQuantity {
  readonly first: number
  readonly end: number
  readonly unit: string
  readonly vague: boolean
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
  if (change && change.at === k) {
    // "a 29 per cent increase in vehicles identified at ports".
    const link = tokens[k + 1]?.lower
    if (link === 'in' || link === 'of' || link === 'on') found = forward(tokens, k + 2)
    // "a £2.3bn boost": the money is the amount of the boost.
    else if (isMoney(q.unit) && isChangeNoun(tokens[k]) && link !== 'by') found = [k, k + 1]
  } else {
    if (tokens[k]?.text === '-' && !tokens[k]!.gap) k++
    const next = tokens[k]
    if (next?.lower === 'of') found = forward(tokens, k + 1)
    else if (next?.lower === 'in' && isMoney(q.unit) && tokens[k + 1]?.lower !== 'total')
      found = forward(tokens, k + 1)
    // "£250,000 worth of drugs".
    else if (next?.lower === 'worth' && tokens[k + 1]?.lower === 'of' && isMoney(q.unit))
      found = forward(tokens, k + 2)
    // "£12 million for a new Joint Operations Unit": what the money pays for.
    else if (next?.lower === 'for' && isMoney(q.unit))
      found = forward(tokens, DETERMINERS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1)
    // "£4.5m is available to create nine centres".
    else if (
      isMoney(q.unit) &&
      (next?.lower === 'is' || next?.lower === 'was' || next?.lower === 'are' || next?.lower === 'were') &&
      MONEY_PREDICATES.has(tokens[k + 1]?.lower ?? '')
    )
      found = forward(tokens, k + 1)
    else if (q.unit === 'count' && !q.vague) {
      found = forward(tokens, k)
      // "saw a further 35 handguns seized": the participle says what happened to them.
      if (
        found &&
        found[1] - found[0] > 1 &&
        isParticiple(tokens[found[1] - 1]!.lower) &&
        afterComplementVerb(tokens, q.first)
      )
        found = [found[0], found[1] - 1]
    }
    // "thousands more officers".
    else if (q.unit === 'count' && next?.kind === 'word' && COMPARATIVE_EXTRAS.has(next.lower))
      found = forward(tokens, k)
  }
  if (!found) found = backward(tokens, q.first, change, q.unit)
  if (!found) return null
  const first = tokens[found[0]]
  const last = tokens[found[1] - 1]
  if (!first || !last) return null
  return text.slice(first.start, last.end)
}

/** The words from `tokens[k]` that describe a thing counted, as a token range. */
function forward(tokens: readonly Token[], from: number): [number, number] | null {
  const k = from
  let end = k
  let words = 0
  for (let j = k; j < tokens.length && words < MAX_WORDS; j++) {
    const t = tokens[j]!
    if (t.kind === 'sym') {
      // "randomised-control trials", "women's": joiners inside a word run.
      if ((t.text === '-' || t.text === '/' || t.text === '&') && !t.gap && tokens[j + 1]?.kind === 'word')
        continue
      break
    }
    if (t.kind !== 'word') break
    // Lower-case "a" starts a new phrase; "Class A Drugs" goes on.
    if (MEASURE_STOP_WORDS.has(t.lower) && (t.lower !== 'a' || t.text === 'a')) break
    if ((t.lower === 'and' || t.lower === 'or') && !continuesList(tokens, j + 1)) break
    // "5.2 million units up from 4.8 million": the change after what is counted.
    if (words > 0 && (t.lower === 'up' || t.lower === 'down') && startsComparison(tokens[j + 1])) break
    if (words > 0 && (SIMPLE_PASTS.has(t.lower) || ENDING_PARTICIPLES.has(t.lower))) break
    // "eight more picks the team made": an article after a noun opens a new phrase; "of the" goes on.
    if (words > 0 && t.lower === 'the' && !PREPOSITIONS.has(tokens[j - 1]!.lower)) break
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
      !TOPIC_PARTICIPLES.has(t.lower)
    )
      break
    // "four defendants pleaded guilty": a past tense with an object after it is the verb.
    if (
      words > 0 &&
      isParticiple(t.lower) &&
      !TRAILING.has(tokens[j - 1]!.lower) &&
      takesObject(tokens[j + 1])
    )
      break
    words++
    end = j + 1
  }
  while (end > k && TRAILING.has(tokens[end - 1]!.lower)) end--
  return end > k && tokens[k]?.kind === 'word' && opensNounPhrase(tokens, k) ? [k, end] : null
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
  return !(
    t.text === t.lower &&
    t.lower.length > 5 &&
    t.lower.endsWith('ing') &&
    NOUN_OPENINGS.has(next?.lower ?? '')
  )
}

/** Words after a figure that open no noun phrase: "35 or above", "up 3%". Keep sorted. */
const NOT_NOUN_OPENINGS: ReadonlySet<string> = new Set(['and', 'down', 'nor', 'or', 'than', 'up'])

const TRAILING: ReadonlySet<string> = new Set([
  'and',
  'of',
  'or',
  'the',
  'to',
  '-',
  '/',
  '&',
  'by',
  'at',
  'from',
])

/** A change word that names the change: "boost", "cut"; not "up", "more". */
function isChangeNoun(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.lower in CHANGE_WORDS && t.lower !== 'up' && t.lower !== 'down'
}

/** Whether a figure is the object of a verb such as "saw": "saw a further 35 handguns seized". */
function afterComplementVerb(tokens: readonly Token[], first: number): boolean {
  let k = first - 1
  while (k >= 0 && first - k <= 3 && COMPLEMENT_FILLERS.has(tokens[k]!.lower)) k--
  const verb = tokens[k]
  return verb?.kind === 'word' && COMPLEMENT_VERBS.has(verb.lower)
}

/** "from", "by", "to" or a figure: what follows "up" or "down" as a change. */
function startsComparison(t: Token | undefined): boolean {
  return !!t && (t.kind === 'num' || t.lower === 'from' || t.lower === 'by' || t.lower === 'to')
}

/** Whether a word is a past participle: "recovered", "stolen". */
function isParticiple(word: string): boolean {
  return (word.length > 4 && word.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(word)
}

/**
 * Whether a word after a past tense makes it a verb with an object ("pleaded guilty"), not a
 * participle ("recovered in", "made relating to").
 */
function takesObject(next: Token | undefined): boolean {
  if (next?.kind !== 'word') return false
  // "players left the club".
  if (next.lower === 'the') return true
  return (
    !MEASURE_STOP_WORDS.has(next.lower) &&
    !TRAILING.has(next.lower) &&
    !(next.lower.length > 5 && next.lower.endsWith('ing'))
  )
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
  if (MEASURE_STOP_WORDS.has(next.lower) || SIMPLE_PASTS.has(next.lower)) return false
  if (next.lower.length > 4 && next.lower.endsWith('ed')) return false
  if (next.lower in SMALL_NUMBERS || next.lower in SCALE_WORDS) return false
  const after = tokens[j + 1]
  // "and made 190 arrests", "and more than 3kg", "and around 40 knives".
  if (after?.kind === 'num' || (after?.kind === 'word' && after.lower in SMALL_NUMBERS)) return false
  if (FIGURE_OPENINGS.has(next.lower) && after?.lower === 'than') return false
  return true
}

/** The object or subject before a quantity, as a token range. */
function backward(
  tokens: readonly Token[],
  first: number,
  change: ChangeCue | null,
  unit: string,
): [number, number] | null {
  if (change && change.at < first) {
    // Object between the verb and "by": "reduces the length of primary investigations by".
    const objectStart = change.at + 1
    // Only a verb and "by" hold an object between them; "a rise of 9%" has none.
    const objectEnd = first - 1
    if (
      tokens[objectEnd]?.lower === 'by' &&
      objectEnd > objectStart &&
      allWords(tokens, objectStart, objectEnd)
    )
      return [objectStart, objectEnd]
    return subjectOfVerb(tokens, change.at)
  }
  const link = tokens[first - 1]
  if (link?.kind === 'word' && LINKS.has(link.lower)) {
    // "valued at over £4m", "value of over £4m", "value is £5.4m": the words before the link.
    const found = subject(tokens, first - 1)
    if (found && !namesSubject(tokens, found)) return null
    // "the fund, valued at £4.5 million": a participle alone describes the phrase before its comma.
    if (found && found[1] - found[0] === 1 && isParticiple(tokens[found[0]]!.lower)) {
      const comma = tokens[found[0] - 1]
      if (comma?.text === ',' && found[0] === first - 2) return subject(tokens, found[0] - 1) ?? found
    }
    return found
  }
  // "rose by 15 per cent to 1,140", "arrests rose to 300": the level the subject reached.
  if (link?.lower === 'to') {
    const verb = changeVerbBefore(tokens, first - 1)
    if (verb !== null) return subjectOfVerb(tokens, verb)
  }
  // "travelled more than 10,000 miles", "had withdrawn £300": a measure's verb just before it.
  if (link?.kind === 'word' && isMeasureUnit(unit) && link.lower.length > 4 && link.lower.endsWith('ed'))
    return [first - 1, first]
  if (
    link?.kind === 'word' &&
    isMoney(unit) &&
    isParticiple(link.lower) &&
    PERFECT.has(tokens[first - 2]?.lower ?? '')
  )
    return [first - 1, first]
  return null
}

const PERFECT: ReadonlySet<string> = new Set(['had', 'has', 'have'])

/**
 * Whether words read back from a link name a thing: not "per cent" ("down 0.3 per cent at
 * 6,120"), an adverb of change ("was up at 98.2") or an infinitive ("to end at 31,200").
 */
function namesSubject(tokens: readonly Token[], [start, end]: [number, number]): boolean {
  const first = tokens[start]!.lower
  if (PREPOSITIONS.has(first) || NOT_NOUN_OPENINGS.has(first)) return false
  return !(end - start === 1 && tokens[start - 1]?.lower === 'to' && tokens[start]!.text === first)
}

/** The change verb of the clause before `tokens[to]`: "rose" in "rose by 15 per cent to". */
function changeVerbBefore(tokens: readonly Token[], to: number): number | null {
  for (let k = to - 1; k >= 0 && k >= to - 8; k--) {
    const t = tokens[k]!
    if (isClauseBreak(t)) return null
    if (t.kind === 'word' && CHANGE_WORDS[t.lower] && t.lower !== 'up' && t.lower !== 'down') {
      // A noun ("a rise to", "growth forecast from") has no subject of its own.
      const after = tokens[k + 1]
      const verb =
        after?.kind === 'num' ||
        (after?.kind === 'word' && (CHANGE_LINKS.has(after.lower) || FIGURE_OPENINGS.has(after.lower)))
      return verb && !DETERMINERS.has(tokens[k - 1]?.lower ?? '') ? k : null
    }
  }
  return null
}

const CHANGE_LINKS: ReadonlySet<string> = new Set(['by', 'from', 'to'])

/** The subject of the verb at `tokens[at]`, past its auxiliaries: "violent crime has fallen". */
function subjectOfVerb(tokens: readonly Token[], at: number): [number, number] | null {
  let end = at
  while (
    end > 0 &&
    at - end < 4 &&
    AUXILIARIES.has(tokens[end - 1]!.lower) &&
    tokens[end - 1]!.kind === 'word'
  )
    end--
  return subject(tokens, end)
}

/**
 * Reads a subject backwards from the token before `end`, and drops its opening article. A place
 * after it is left out ("knife crime in the West Midlands" measures "knife crime"); a phrase
 * after a participle is kept ("weapons surrendered in amnesty bins"). A verb with an object ends
 * it ("officers recovered property worth £20,000" measures "property").
 */
function subject(tokens: readonly Token[], end: number): [number, number] | null {
  let last = end
  let start = end
  let words = 0
  for (let j = end - 1; j >= 0 && words < 8 && end - j <= 24; j--) {
    const t = tokens[j]!
    if (t.kind === 'sym') {
      if ((t.text === '-' || t.text === '/') && !t.gap && tokens[j - 1]?.kind === 'word') continue
      break
    }
    if (t.kind !== 'word' || isClauseBreak(t)) break
    const before = tokens[j - 1]
    const opensNoun = before?.kind === 'word' && !SUBJECT_STOP_WORDS.has(before.lower)
    if (SUBJECT_PREPOSITIONS.has(t.lower) && start < last && opensNoun) {
      if (isPlace(tokens, start, last)) {
        // Drop the place and read on from the word before its preposition.
        last = j
        start = j
        continue
      }
      // "weapons surrendered in amnesty bins", "revenue in the quarter"; not "exports to", "sitting on".
      if (t.lower !== 'to' && !(before.lower.length > 5 && before.lower.endsWith('ing'))) {
        words++
        start = j
        continue
      }
      break
    }
    if (SUBJECT_STOP_WORDS.has(t.lower)) break
    // "and recovered property", "have recovered stolen farm machinery": a verb, not an adjective.
    if (start < last && isParticiple(t.lower) && !isPreposition(tokens[j + 1]) && actsAsSubject(before)) break
    words++
    start = j
    // "a state incentive grant": an article opens the phrase; "the value of the fund" goes on.
    if (
      NOUN_OPENINGS.has(t.lower) &&
      (t.lower === 'a' || t.lower === 'an' || !(before?.lower === 'of' || isPreposition(before)))
    )
      break
  }
  for (const opening of SUBJECT_OPENINGS) {
    if (opening.every((w, n) => tokens[start + n]?.lower === w)) {
      start += opening.length
      break
    }
  }
  // "…, a rise of 9%": an article alone names nothing; nor does "this is down 8%".
  if (last - start === 1 && DEMONSTRATIVES.has(tokens[start]!.lower)) return null
  return last > start ? [start, last] : null
}

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'these', 'this', 'those'])

/** Whether a token is a preposition that may follow a participle or a noun: "recorded by", "surrendered in". */
function isPreposition(t: Token | undefined): boolean {
  return (
    !!t && t.kind === 'word' && (SUBJECT_PREPOSITIONS.has(t.lower) || t.lower === 'by' || t.lower === 'with')
  )
}

/**
 * Whether the word before a participle is its subject or auxiliary, so the participle is a verb:
 * "officers recovered property", "have recovered", "and recovered". Not "maximum sustained winds".
 */
function actsAsSubject(before: Token | undefined): boolean {
  if (before?.kind !== 'word') return false
  if (VERB_CONTEXT.has(before.lower)) return true
  // A plural noun: "officers", not "gross".
  return before.lower.length > 3 && before.lower.endsWith('s') && !before.lower.endsWith('ss')
}

/** Whether `tokens[start..end)` is a name, such as a place: "Scotland", "the West Midlands". */
function isPlace(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start
  if (tokens[k]?.lower === 'the') k++
  if (k >= end) return false
  for (let j = k; j < end; j++) {
    const t = tokens[j]!
    const capital = t.kind === 'word' && t.text[0] !== t.lower[0]
    if (!capital && !(j > k && (t.lower === 'of' || t.lower === 'and'))) return false
  }
  return true
}

/** Money units are ISO 4217 codes: three capitals. */
function isMoney(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit)
}

/** A unit of measure: not a count, a percentage or money. */
function isMeasureUnit(unit: string): boolean {
  return unit !== 'count' && unit !== 'percent' && unit !== 'percentage point' && !isMoney(unit)
}

function allWords(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start > 8) return false
  for (let j = start; j < end; j++) {
    const t = tokens[j]!
    if (t.kind !== 'word' && !(t.text === '-' && !t.gap)) return false
  }
  return true
}
