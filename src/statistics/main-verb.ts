import { AUXILIARY_VERBS } from '../text/auxiliaries'
import {
  INTRANSITIVE_PASTS,
  PREPOSITIONS,
  PRESENT_VERBS,
  RESULT_PARTICIPLES,
  SIMPLE_PASTS,
  THAT_CLAUSE_VERBS,
} from './measure-lexicon'
import { startsSentence } from './name-filters'
import { SMALL_NUMBERS } from './number-words'
import { isParticiple } from './participles'
import { isClauseBreak, isSentenceBreak, type Token } from './tokens'

/*
 * A past form after what a count counts is the sentence's own verb, not a participle describing
 * the thing counted, when the count is the sentence's subject and no other verb follows: "The 4
 * people met at the station." A list of results reads the same form as a participle ("16,500
 * people arrested at protests") and so does a subject whose verb comes later ("The 4 people met
 * at the station were released").
 */

/** Words before a count that make it a sentence's subject, not an item of a list. Keep sorted. */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'all',
  'an',
  'another',
  'the',
  'these',
  'those',
])

/** Words that make a clause's verb after the past form, besides other past forms. */
const FINITE_WORDS: ReadonlySet<string> = new Set([
  ...AUXILIARY_VERBS,
  ...SIMPLE_PASTS,
  ...INTRANSITIVE_PASTS,
  ...PRESENT_VERBS,
  'said',
  'says',
  'told',
])

/**
 * The end of what is counted in `found` when a past form in it, right after the noun, is the
 * verb of the sentence the count is the subject of ("The 4 people met at the station": ends
 * before "met"); else `found`. `first` is the quantity's first token.
 */
export function beforeMainVerb(
  tokens: readonly Token[],
  first: number,
  found: [number, number],
): [number, number] {
  if (!opensSubject(tokens, first)) return peopleActing(tokens, first, found)
  const [from, to] = found
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j]!
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower)) return found
    if (t.text !== t.lower || !isParticiple(t.lower)) continue
    return hasVerbAfter(tokens, j + 1) ? found : [from, j]
  }
  return found
}

/**
 * The end of what money measures in `found` when a past participle after its noun is the verb of
 * the headline the money opens: "cannabis farm" of "£2m cannabis farm found in loft", "Drugs
 * Haul" of "£5m Drugs Haul Seized At Port". The participle ends its clause or opens a phrase after
 * it, and no verb follows in its clause ("£2m cannabis farm found in loft was raided" keeps its
 * participle; ", police say" is a clause of its own). A list's line of results keeps it, as a
 * count does ("Over $520,000 cash seized", "12 guns seized").
 */
export function beforeHeadlineVerb(
  tokens: readonly Token[],
  first: number,
  found: [number, number],
): [number, number] {
  if (!startsSentence(tokens, first)) return found
  const [from, to] = found
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j]!
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower)) return found
    if (!isParticiple(t.lower)) continue
    const after = tokens[j + 1]
    const ends = isClauseBreak(after) || (after!.kind === 'word' && PREPOSITIONS.has(after!.lower))
    return ends && !hasVerbInClause(tokens, j + 1) ? [from, j] : found
  }
  return found
}

/** "The 4 people", "On Monday, all 12 men": a determiner opening the sentence or a clause before the count. */
function opensSubject(tokens: readonly Token[], first: number): boolean {
  const determiner = tokens[first - 1]
  if (determiner?.kind !== 'word' || !SUBJECT_DETERMINERS.has(determiner.lower)) return false
  return startsSentence(tokens, first - 1) || tokens[first - 2]?.text === ','
}

/**
 * Whether a verb, or another past form, stands between `k` and the end of the sentence, short of
 * a clause of its own after a comma (", police said.", ", and more are expected").
 */
function hasVerbAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k; !isSentenceBreak(tokens[j]); j++) {
    const t = tokens[j]!
    if (t.text === ',' && opensOwnClause(tokens, j)) return false
    if (t.kind === 'word' && (FINITE_WORDS.has(t.lower) || isParticiple(t.lower))) return true
  }
  return false
}

/** Verbs of saying that close a report after a comma: ", police said.", ", the organisers say.". Keep sorted. */
const SAYING_VERBS: ReadonlySet<string> = new Set([
  'added',
  'confirmed',
  'reported',
  'said',
  'say',
  'says',
  'stated',
])

/** The most words a report after a comma holds before its verb: ", a spokesperson for the force said". */
const REPORT_WORDS = 6

/**
 * Whether the comma at `tokens[k]` opens a clause of its own: a conjunction of clauses (", and
 * police said …", ", while …"), "according to", or a report that ends the sentence (", police
 * said.", ", the organisers said.").
 */
function opensOwnClause(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]
  if (next?.kind !== 'word') return false
  if (CLAUSE_CONJUNCTIONS.has(next.lower) || next.lower === 'according') return true
  for (let j = k + 1; j <= k + REPORT_WORDS && tokens[j]?.kind === 'word'; j++) {
    if (SAYING_VERBS.has(tokens[j]!.lower)) return isSentenceBreak(tokens[j + 1])
  }
  return false
}

/** Words that open a clause of their own, whose verb is not the clause's before them. Keep sorted. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'because',
  'that',
  'when',
  'where',
  'which',
  'while',
  'who',
])

/**
 * Whether a verb, or a past form, stands between `k` and the end of its clause: "30% of
 * operations support staff were cut" has one after "support", so "support" is no verb there. A
 * verb right after "and" or "or" is joined to one before it and shares its subject ("45% of firms
 * cut jobs and froze pay", "and were forced to close"), so it and the rest of the clause say
 * nothing of the words before; a participle there may describe a noun ("and retired officers").
 */
export function hasVerbInClause(tokens: readonly Token[], k: number): boolean {
  for (let j = k; !isClauseBreak(tokens[j]); j++) {
    const t = tokens[j]!
    if (t.kind !== 'word') continue
    if (CLAUSE_OPENERS.has(t.lower)) return false
    const finite = FINITE_WORDS.has(t.lower)
    if (j > k && VERB_JOINERS.has(tokens[j - 1]!.lower)) {
      // "and were forced to close": the rest of the clause is the second verb's.
      if (finite) return false
      continue
    }
    if (finite || isParticiple(t.lower)) return true
  }
  return false
}

/** Conjunctions that join a second verb to the first's subject: "cut jobs and froze pay". Keep sorted. */
const VERB_JOINERS: ReadonlySet<string> = new Set(['and', 'or'])

/** Conjunctions that join clauses after a comma: ", and", ", but". Keep sorted. */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas'])

/**
 * Whether the figure at `tokens[first]` opens its clause, so the words after it may be the
 * clause's subject: at a sentence's start or after an article, a noun and "of" there ("A team of
 * 12"), after a comma (and a conjunction) or "that", or after a verb whose object
 * is a clause ("Figures show 60% of firms expect", "A survey found 300 firms plan"). After any
 * other word it is an object ("employs 300 operations support staff").
 */
export function opensClause(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1]
  if (startsSentence(tokens, first) || prev?.text === ',') return true
  // "A team of 12 people support workers": a noun's "of" phrase that opens the sentence is its subject.
  const opening = ofPhraseOpening(tokens, first)
  if (opening < first && (startsSentence(tokens, opening) || tokens[opening - 1]?.text === ',')) return true
  if (prev?.kind !== 'word') return false
  // ", and 60% of councils report": a conjunction after a comma joins a clause, not a list's item.
  if (CLAUSE_CONJUNCTIONS.has(prev.lower) && tokens[first - 2]?.text === ',') return true
  const verb = prev.lower.endsWith('s') ? prev.lower.slice(0, -1) : prev.lower
  return prev.lower === 'that' || THAT_CLAUSE_VERBS.has(prev.lower) || THAT_CLAUSE_VERBS.has(verb)
}

/*
 * People a sentence opens with, then a past form the lists do not hold: "Around 300 people
 * gathered.", "Some 50 protesters marched outside". Only people act on their own; things
 * counted before a participle were acted on ("1,200 vehicles seized"), and so were people
 * counted as a result ("300 people arrested in the raids").
 */

/** Plural nouns for people that no ending tells. Keep sorted. */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  'adults',
  'athletes',
  'attendees',
  'boys',
  'children',
  'crowds',
  'delegates',
  'detainees',
  'employees',
  'families',
  'fans',
  'folk',
  'girls',
  'guests',
  'households',
  'locals',
  'men',
  'people',
  'persons',
  'pupils',
  'refugees',
  'retirees',
  'staff',
  'trustees',
  'veterans',
  'victims',
  'women',
  'youths',
])

/** Endings of plural nouns for people who do something: "protesters", "visitors", "activists", "residents". */
const AGENT_PLURAL = /(?:er|or|ist|ant|ent|ian)s$/

/** Adverbs that end a clause after its verb and have no -ly ending. Keep sorted. */
const CLAUSE_ADVERBS: ReadonlySet<string> = new Set(['again', 'home', 'overnight', 'there', 'together'])

/**
 * `found` cut before its past form when the count opens the sentence ("Around 300") or a clause
 * after "that" or a verb of saying or finding ("Police said 300 people gathered"), counts
 * people, and the past form right after them ends its clause or opens a preposition or an
 * adverb, with no other verb after it.
 */
function peopleActing(tokens: readonly Token[], first: number, found: [number, number]): [number, number] {
  const opening = ofPhraseOpening(tokens, amountOpening(tokens, rangeOpening(tokens, first)))
  const opens = opensSentenceOrClause(tokens, opening)
  if (!opens && !opensObjectClause(tokens, opening)) return found
  // "Police found 30 people gathered in a flat": after a verb of finding a past form may say the
  // state the people were found in; only things moving on their own are read acting there.
  const complement = !opens && FINDING_VERBS.has(tokens[opening - 1]!.lower)
  const [from, to] = found
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j]!
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower)) return found
    if (t.text !== t.lower || !t.lower.endsWith('ed') || t.lower.length <= 4) continue
    // "A total of 1,200 vehicles passed through the checkpoint": things move on their own, so a
    // past form of moving before the way they went is their verb, as a person's act is.
    const moving = PASSING_PASTS.has(t.lower) && PASSING_WAYS.has(tokens[j + 1]?.lower ?? '')
    if (!moving && (complement || !countsPeople(tokens[j - 1]!) || RESULT_PARTICIPLES.has(t.lower)))
      return found
    return endsVerbPhrase(tokens[j + 1]) && !hasVerbAfter(tokens, j + 1) ? [from, j] : found
  }
  return found
}

/** Past forms of moving along a way, which a thing does on its own: "vehicles passed through". Keep sorted. */
const PASSING_PASTS: ReadonlySet<string> = new Set([
  'drifted',
  'flowed',
  'journeyed',
  'passed',
  'sailed',
  'streamed',
  'traveled',
  'travelled',
])

/** Prepositions of the way a thing moved along after its past form: "passed through". Keep sorted. */
const PASSING_WAYS: ReadonlySet<string> = new Set([
  'across',
  'along',
  'into',
  'over',
  'past',
  'through',
  'to',
  'towards',
  'via',
])

/** Articles that open a noun's phrase whose "of" a count follows: "A total of", "The crowd of". Keep sorted. */
const OF_PHRASE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/**
 * Where an article, a noun in lower case and "of" before a count at `first` start ("A total of
 * 300 people", "A crowd of 2,000 fans", "The team of 12 volunteers"), or `first`: the phrase
 * opens its sentence with the count when the article does.
 */
export function ofPhraseOpening(tokens: readonly Token[], first: number): number {
  const noun = tokens[first - 2]
  if (tokens[first - 1]?.lower !== 'of' || noun?.kind !== 'word' || noun.text !== noun.lower) return first
  return OF_PHRASE_ARTICLES.has(tokens[first - 3]?.lower ?? '') ? first - 3 : first
}

/**
 * Whether `tokens[at]` opens its sentence, or a clause after a comma and perhaps a conjunction:
 * "Around 300 people …", "…, 40 volunteers …", "…, and 40 volunteers …".
 */
function opensSentenceOrClause(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1]
  if (startsSentence(tokens, at) || prev?.text === ',') return true
  return prev?.kind === 'word' && CLAUSE_CONJUNCTIONS.has(prev.lower) && tokens[at - 2]?.text === ','
}

/**
 * Whether `tokens[at]` opens the clause a verb of saying or finding, or "that", takes as its
 * object: "Officers found 1,200 vehicles passed through", "said that 300 people gathered".
 */
function opensObjectClause(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1]
  if (prev?.kind !== 'word' || prev.text !== prev.lower) return false
  return prev.lower === 'that' || THAT_CLAUSE_VERBS.has(prev.lower)
}

/** Verbs of finding, whose object a past form after it may describe: "found 30 people gathered". Keep sorted. */
const FINDING_VERBS: ReadonlySet<string> = new Set(['find', 'finds', 'found'])

/** Words of amount before a count that open its sentence with it: "A record 2.1 million". Keep sorted. */
const AMOUNT_LEADS: ReadonlySet<string> = new Set(['additional', 'extra', 'further', 'record'])

/** Where a count at `first` opens past a word of amount and its article ("A record 2.1 million"), or `first`. */
export function amountOpening(tokens: readonly Token[], first: number): number {
  if (!AMOUNT_LEADS.has(tokens[first - 1]?.lower ?? '')) return first
  const article = tokens[first - 2]?.lower
  return article === 'a' || article === 'an' ? first - 2 : first - 1
}

/** Words before the second end of a range: "between 30 and", "20 to", "from 40 to". Keep sorted. */
const RANGE_WORDS: ReadonlySet<string> = new Set(['-', 'and', 'between', 'from', 'or', 'to', '–'])

/**
 * Where the range whose second end starts at `first` opens ("Between 30 and 40 people": at
 * "Between"), or `first` when no range stands before it.
 */
function rangeOpening(tokens: readonly Token[], first: number): number {
  let k = first
  while (k > 0 && first - k < 4) {
    const t = tokens[k - 1]!
    if (t.kind !== 'num' && !RANGE_WORDS.has(t.lower) && !(t.lower in SMALL_NUMBERS)) break
    k--
  }
  // A link alone ("said and 40") opens no range.
  const opener = tokens[k]!
  const opens = opener.kind === 'num' || opener.lower in SMALL_NUMBERS || RANGE_OPENERS.has(opener.lower)
  return opens ? k : first
}

/** Words that open a range before its first end: "between 30 and 40", "from 20 to 30". */
const RANGE_OPENERS: ReadonlySet<string> = new Set(['between', 'from'])

/** Whether a word is a plural noun for people: "adults", "employees", "protesters". */
export function countsPeople(t: Token): boolean {
  return t.kind === 'word' && (PEOPLE_PLURALS.has(t.lower) || AGENT_PLURAL.test(t.lower))
}

/** The end of the sentence, a preposition or an adverb: what may follow a verb without an object. */
function endsVerbPhrase(t: Token | undefined): boolean {
  if (isSentenceBreak(t) || t!.text === ',') return true
  if (t!.kind !== 'word') return false
  const w = t!.lower
  return PREPOSITIONS.has(w) || CLAUSE_ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly'))
}
