import { PAST_VERBS, WEEKDAYS } from '../dates/lexicon'
import { readsAsHeadline, readsAsShortHeadline, readsInCapitals } from '../text/headline'
import { lazyRegExp } from '../text/lazy-patterns'
import {
  CAPITALISED_NAME_WORDS,
  CHANGE_WORDS,
  CODE_KINDS,
  COUNT_DETERMINERS,
  MAGNITUDES,
  MODEL_MAKERS,
  MONTH_WORDS,
  NAME_FOLLOWERS,
  NAME_WORDS,
  OPENING_ADVERBS,
  OPERATION_WORDS,
  SENTENCE_ADVERBS,
  WORD_MAKERS,
} from './lexicon'
import {
  COMPARATIVE_EXTRAS,
  DETERMINERS,
  MEASURE_STOP_WORDS,
  NOT_NOUN_OPENINGS,
  PREPOSITIONS,
} from './measure-lexicon'
import { SCALE_WORDS, SMALL_NUMBERS } from './number-words'
import { isParticiple } from './participles'
import { followsFeet } from './read-unit'
import { rowLabel } from './row-label'
import { isClauseBreak, type Token, tokenize } from './tokens'
import { UNIT_WORDS } from './units'

/*
 * Numbers that are part of a name: "COVID-19", "Section 60", "Operation Tarlac 2", "iPhone 11
 * Pro". The number names a thing; it counts nothing.
 */

/** Digits grouped in thousands: "1,234", "12 500". */
const GROUPED = /^\d{1,3}(?:[, \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?$/

/** "(-5%)", "(+12%)", "(up 8%)", "(down 3 per cent)": a change in brackets at `tokens[k]`. */
function changeInBrackets(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== '(') return false
  let j = k + 1
  const sign = tokens[j]
  if (
    sign?.text === '+' ||
    sign?.text === '-' ||
    sign?.text === '−' ||
    sign?.lower === 'up' ||
    sign?.lower === 'down'
  )
    j++
  else return false
  return tokens[j]?.kind === 'num' && PERCENT_AFTER.has(tokens[j + 1]?.lower ?? '')
}
/** What marks a percentage after its digits. */
const PERCENT_AFTER: ReadonlySet<string> = new Set(['%', 'per', 'percent', 'pc'])

/**
 * "Workstream three of the plan", "NHS 111.": a number straight after a capitalised word,
 * closing a clause or followed by "of", names something. Headlines in title case ("Police Seize
 * 300 Guns") go on with a capitalised noun and are kept.
 */
export function isNumberedName(
  tokens: readonly Token[],
  first: number,
  end: number,
  digits: boolean,
  headline: boolean,
  names: NamesWithNumbers = NO_NAMES,
): boolean {
  const prev = tokens[first - 1]
  if (prev?.kind !== 'word' || !/[A-Z]/.test(prev.text)) return false
  // "Burglary 1,234 (-5%)", "Robbery 567 (+12%)": no name's number is grouped in thousands, or
  // has its change beside it in brackets; a table's row is flattened so.
  if (digits && end === first + 1 && (GROUPED.test(tokens[first]!.text) || changeInBrackets(tokens, end)))
    return false
  // "Only 20 of the 300": a word capitalised because it opens the sentence, and no name.
  // "In 12 of the 40 cases", "The 3 of them": nor a preposition or an article that opens it.
  if (
    (SENTENCE_ADVERBS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower)) &&
    startsSentence(tokens, first - 1)
  )
    return false
  // "Operation Tarlac 2".
  const before = tokens[first - 2]?.lower
  if (OPERATION_WORDS.has(before ?? '')) return true
  // "Police warn of Windows 11 support scam": a title's name with a number the story writes as one.
  if (headline && digits && end === first + 1 && isNamedInStory(tokens, first - 1, names)) return true
  // "WINDOWS 11 USERS WARNED", "iPhone 15 Sales Slump": a headline's subject, its first word,
  // with a number written straight after it is a name; its verb comes later ("POLICE ARREST 11").
  if (headline && digits && first === 1 && end === 2 && namesBeforeNoun(tokens, 0, true)) {
    const after = tokens[end]
    if (after?.kind === 'word' && !UNIT_WORDS.has(after.lower) && !MEASURE_STOP_WORDS.has(after.lower))
      return true
  }
  // "Boeing 737 jets", "an Embraer 190 jet", "a Land Rover Defender 110": a maker's name, perhaps
  // with its model's, before digits names its model.
  if (digits && end === first + 1 && makerBefore(tokens, first) && /^\d{1,4}$/.test(tokens[first]!.text))
    return true
  // "a Boeing 737-800 next year", "the ATR 72-600 and": a variant glued to a name's number is
  // part of the name; what follows it decides as it would after the number.
  const next = tokens[digits && end === first + 1 ? pastVariant(tokens, end) : end]
  // "to Labour's 203.", "Kent's 40,": an owner's figure closing its clause, no name's number.
  if (/['’]s$/.test(prev.lower) && (!next || isClauseBreak(next))) return false
  // "Robbery 567" alone on its line: a table's row, its label and its figure.
  if (!next && !headline && rowLabel(tokens, first, end)?.[0] === 0) return false
  if (!next || next.lower === 'of' || isClauseBreak(next)) return true
  // "the S&P 500 rose", "iPhone 11 Pro", "Game 7 at": a model or an index, not a count.
  if (!digits || next.kind !== 'word') return false
  // "the Turbo Racer 2.4GHz toy": a capital glued to the digits is their unit, not a name going on.
  if (!next.gap && next.text.length > 1) return false
  const opening = startsSentence(tokens, first - 1)
  // "Web 3.0 projects", "Industry 4.0 firms": a version's point zero; no count is written so.
  if (
    !headline &&
    VERSION.test(tokens[first]!.text) &&
    next.text === next.lower &&
    !UNIT_WORDS.has(next.lower)
  )
    return true
  // "Windows 11 users"; not "Cannabis 15 kg", a measure, nor "2.1 million passengers": no name's
  // number is written with a scale word.
  if (
    !(tokens[end - 1]!.lower in SCALE_WORDS) &&
    !headline &&
    next.text === next.lower &&
    !UNIT_WORDS.has(next.lower) &&
    (namesBeforeNoun(tokens, first - 1, opening) || namedElsewhere(tokens, first - 1, names))
  )
    return true
  if (opening) return false
  // A headline capitalises every word: "Police Seize 300 Guns".
  return (
    (!headline && /^[A-Z]/.test(next.text)) || NAME_FOLLOWERS.has(next.lower) || next.lower in CHANGE_WORDS
  )
}

/**
 * "Windows 11 users", "the iPhone 15 owners", "Covid 19 cases": a capitalised word that opens
 * the sentence or follows a determiner or a number, right before digits and a lower-case word,
 * is a name the number belongs to; no noun stands capitalised before a count ("Police 15 officers"). Not a word
 * that opens a sentence before a count: a function word ("The 15 men", "Of 300 calls"), a verb of
 * a list of results ("Seized 300 kg", "Made 12 arrests"), a day or a month, an adverb ("Overall").
 * After a preposition the word is a place ("In Kent 12 people"), and is left alone.
 */
function namesBeforeNoun(tokens: readonly Token[], at: number, opening: boolean): boolean {
  const word = tokens[at]!
  // "the Windows 11 users", "two iPhone 15 devices", "a Boeing 777 carrying": a determiner or a
  // number before the name; after "a" no count of things can follow.
  const before = tokens[at - 1]
  const determined =
    before !== undefined &&
    (COUNT_DETERMINERS.has(before.lower) ||
      SINGULAR_ARTICLES.has(before.lower) ||
      before.kind === 'num' ||
      before.lower in SMALL_NUMBERS)
  if (!opening && !determined) return false
  // "Seizing 300 kg", "Separately 15 men", "Nationwide 300 officers": a verb or an adverb; after an
  // article the word is a noun ("a Boeing 777").
  const lower = word.lower
  if (word.text.length < 2) return false
  // "Apple's 200 stores", "FedEx's 300 drivers": a possessive owns what is counted.
  if (/['’]s$/.test(lower)) return false
  if (!determined && (lower.endsWith('ing') || lower.endsWith('ly') || lower.endsWith('wide'))) return false
  return !OPENS_BEFORE_COUNT.has(lower) && !isParticiple(lower)
}

/**
 * After a model's variant glued to the number ending at `end`: "-800" of "737-800", "-300ER" of
 * "777-300ER", "-800s"; else `end`.
 */
export function pastVariant(tokens: readonly Token[], end: number): number {
  const hyphen = tokens[end]
  const digits = tokens[end + 1]
  if (hyphen?.text !== '-' || hyphen.gap || digits?.kind !== 'num' || digits.gap) return end
  if (!/^\d{1,4}$/.test(digits.text)) return end
  const letters = tokens[end + 2]
  return letters?.kind === 'word' && !letters.gap ? end + 3 : end + 2
}

/**
 * "800" of "a Boeing 737-800", "200" of "an Airbus A320-200": digits glued by a hyphen after a
 * model's number, itself glued to its letters or named by the word before it, are its variant.
 */
export function isModelVariant(
  tokens: readonly Token[],
  start: number,
  headline: boolean,
  names: NamesWithNumbers = NO_NAMES,
): boolean {
  const hyphen = tokens[start - 1]
  const model = tokens[start - 2]
  if (hyphen?.text !== '-' || hyphen.gap || tokens[start]!.gap || model?.kind !== 'num') return false
  if (!/^\d{1,4}$/.test(model.text) || pastVariant(tokens, start - 1) === start - 1) return false
  const letters = tokens[start - 3]
  if (!model.gap) return letters?.kind === 'word' && /^[A-Z]{1,3}$/.test(letters.text)
  return isNumberedName(tokens, start - 2, start - 1, true, headline, names)
}

/** Whether `t` is a maker's name, capitalised, that numbers its models: "Boeing", "Airbus". */
function isMaker(t: Token | undefined): boolean {
  return t?.kind === 'word' && /^[A-Z]/.test(t.text) && MODEL_MAKERS.has(t.lower)
}

/**
 * Whether a maker's name stands right before `at`, or a maker's name and up to two capitalised
 * words of its model's name: "Peugeot 207", "Transit" of "Iveco Daily 35", "Land Rover Defender 110".
 * A maker whose name is a common word needs its model's name: "Ford Transit 350", not "Ford 3".
 */
export function makerBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = tokens[k]!
    if (isMaker(t)) return true
    if (k < at - 1 && /^[A-Z]/.test(t.text) && WORD_MAKERS.has(t.lower)) return true
    if (t.kind !== 'word' || !/^[A-Z][a-z]/.test(t.text)) return false
  }
  return false
}

/** A version numbered with a point zero: "3.0", "4.0". */
const VERSION = /^\d{1,2}\.0$/

/** Articles before a single thing: a count after them and a capitalised word is a model's number. */
const SINGULAR_ARTICLES: ReadonlySet<string> = new Set(['a', 'an'])

/** Names with a number a text writes elsewhere: a set, or `namesWithNumbersOnDemand`. */
export interface NamesWithNumbers {
  has(key: string): boolean
}

/** No names with a number known from elsewhere in the text. */
const NO_NAMES: ReadonlySet<string> = new Set()

/** The key of a name with a number: "Windows 11". */
export const nameKey = (word: Token, number: Token): string => `${word.text} ${number.text}`

/**
 * "Microsoft has targeted Windows 11 users": a capitalised word after a verb, before digits and a
 * lower-case word, is a name with its number when the text writes the same "Windows 11" elsewhere
 * where nothing counts (`namesWithNumbers`). After a preposition it may be a place before a count
 * ("in Kent 12 people"), and a verb may take a place or a body and then a count ("gave Kent 12
 * officers"), so the name written elsewhere decides, never the shape alone.
 */
function namedElsewhere(tokens: readonly Token[], at: number, names: NamesWithNumbers): boolean {
  const before = tokens[at - 1]
  return (
    before?.kind === 'word' &&
    before.text === before.lower &&
    !NOT_AFTER_VERB.has(before.lower) &&
    isNamedInStory(tokens, at, names)
  )
}

/** Whether a capitalised word and the digits after it are a name the text writes elsewhere. */
function isNamedInStory(tokens: readonly Token[], at: number, names: NamesWithNumbers): boolean {
  const word = tokens[at]!
  return !OPENS_BEFORE_COUNT.has(word.lower) && names.has(nameKey(word, tokens[at + 1]!))
}

/** Words that are neither a verb nor a name: prepositions, articles, links, numbers, adverbs. */
const FUNCTION_WORDS: readonly string[] = [
  ...PREPOSITIONS,
  ...DETERMINERS,
  ...NOT_NOUN_OPENINGS,
  ...COUNT_DETERMINERS,
  ...SENTENCE_ADVERBS,
  ...OPENING_ADVERBS,
  ...Object.keys(SMALL_NUMBERS),
]

/** Lower-case words before a name that are no verb: a preposition, an article, a link, a number, an adverb of time. */
const NOT_AFTER_VERB: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'today',
  'tonight',
  'tomorrow',
  'yesterday',
])

/** A capitalised word and digits, the cheap test before a block is read for names with a number. */
const WORD_AND_DIGITS = lazyRegExp(String.raw`\p{Lu}\p{L}{0,30}[ \u00a0]\d`, 'u')

/**
 * The names with a number a text writes where nothing counts: closing a clause ("released Windows
 * 11."), before a capitalised word or "of", opening a sentence or after a determiner before a noun
 * ("Windows 11 users were warned", "the Windows 11 update"), as `isNumberedName` reads them with
 * nothing known. A row of a table ("Kent 12, Essex 9") names nothing for sure. Titles, lines
 * in title case and paragraphs in capitals are skipped: their capitals are no sign of a name.
 */
export function namesWithNumbers(blocks: readonly { text: string; kind: string }[]): ReadonlySet<string> {
  let names: Set<string> | null = null
  for (const block of blocks) {
    if (
      block.kind === 'title' ||
      !WORD_AND_DIGITS().test(block.text) ||
      readsAsHeadline(block.text) ||
      readsInCapitals(block.text) ||
      readsAsShortHeadline(block.text)
    )
      continue
    const tokens = tokenize(block.text)
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!
      const word = tokens[i - 1]!
      if (t.kind !== 'num' || !t.gap || word.kind !== 'word' || !/^\d{1,4}$/.test(t.text)) continue
      if (tokens[i + 1]?.text === ',' || !isNumberedName(tokens, i, i + 1, true, false)) continue
      names ??= new Set()
      names.add(nameKey(word, t))
    }
  }
  return names ?? NO_NAMES
}

/**
 * `namesWithNumbers`, read the first time a rule asks: only a capitalised word before a number in
 * certain places does, and most texts have none, so most are never read for names at all.
 */
export function namesWithNumbersOnDemand(
  blocks: readonly { text: string; kind: string }[],
): NamesWithNumbers {
  let names: ReadonlySet<string> | null = null
  return {
    has: (key) => {
      names ??= namesWithNumbers(blocks)
      return names.has(key)
    },
  }
}

/** Adjectives that say how large a count is, before it: "Record 2.1 million passengers". Keep sorted. */
const AMOUNT_ADJECTIVES: readonly string[] = ['record', 'total']

/** Words that open a sentence before a count, capitalised only for that. */
const OPENS_BEFORE_COUNT: ReadonlySet<string> = new Set([
  ...MEASURE_STOP_WORDS,
  // "Record 300 passengers", "Extra 300 officers": adjectives of amount open a count, no name.
  ...COMPARATIVE_EXTRAS,
  ...AMOUNT_ADJECTIVES,
  ...FUNCTION_WORDS,
  ...PAST_VERBS,
  ...MONTH_WORDS,
  ...Object.keys(WEEKDAYS),
  ...Object.keys(SCALE_WORDS),
])

/**
 * "Section 60", "Op 5", "No 10": a word that names what the number after it numbers. `before`, the
 * word before it, makes "code" a name in lower case: "zip code 21201", "area code 410".
 */
export function isNameWord(t: Token, before?: Token): boolean {
  if (isKindOfCode(t, before)) return true
  if (!NAME_WORDS.has(t.lower)) return false
  // Lower-case "no" and "key" are ordinary words ("no 10 ...", "key 5 areas").
  if (CAPITALISED_NAME_WORDS.has(t.lower)) return /^[A-Z]/.test(t.text)
  return true
}

/** "zip code 21201", "postal codes 3000 and 3001", "sort code 123456": a code's kind before "code" makes it a name. */
function isKindOfCode(t: Token, before: Token | undefined): boolean {
  return (t.lower === 'code' || t.lower === 'codes') && before !== undefined && CODE_KINDS.has(before.lower)
}

/** "COVID-19", "M25", "SCP-173", "#1": digits glued to letters before them. */
export function isGluedToName(tokens: readonly Token[], start: number): boolean {
  const t = tokens[start]!
  if (t.gap) return false
  const prev = tokens[start - 1]
  if (!prev) return false
  // "5ft10in", "5’10”": the inches of a height.
  if (followsFeet(tokens, start)) return false
  if (prev.kind === 'word' || prev.kind === 'num' || prev.kind === 'skip') return true
  if (prev.text === '#' || prev.text === '№' || prev.text === '/' || prev.text === '.' || prev.text === '_')
    return true
  // "in ’08": a year cut short.
  if ((prev.text === '’' || prev.text === "'") && t.text.length === 2) return true
  if (prev.text === '-' && !prev.gap) {
    const before = tokens[start - 2]
    // "60-to-80-mph": a range's link hyphenated between a figure and a higher one.
    if (isHyphenedTo(tokens, start - 4) && tokens[start - 4]!.value < t.value) return false
    // "£2m-3m", "5kg-10kg": a unit glued to the digits before it ends a figure, it names nothing.
    return before?.kind === 'word' && (before.gap || tokens[start - 3]?.kind !== 'num')
  }
  return false
}

/** "0-to-60": digits at `at`, then "-to-" glued to them and to the digits after. */
export function isHyphenedTo(tokens: readonly Token[], at: number): boolean {
  const glued = (k: number) => tokens[k] !== undefined && !tokens[k]!.gap
  return (
    tokens[at]?.kind === 'num' &&
    tokens[at + 1]?.text === '-' &&
    tokens[at + 2]?.lower === 'to' &&
    tokens[at + 3]?.text === '-' &&
    tokens[at + 4]?.kind === 'num' &&
    glued(at + 1) &&
    glued(at + 2) &&
    glued(at + 3) &&
    glued(at + 4)
  )
}

/** Whether `tokens[i]` opens a sentence, a clause in brackets or quotes, or a list item. */
export function startsSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  if (!prev) return true
  if (prev.kind !== 'sym') return false
  return '.!?:;“"‘(•–—'.includes(prev.text)
}

/**
 * "quoting CAD 1234", "log CAD 57": capital letters after a reference word name a record, such as
 * a police incident log; the number after them identifies it.
 */
export function isReferenceLetters(tokens: readonly Token[], at: number): boolean {
  const letters = tokens[at]
  const word = tokens[at - 1]
  return (
    letters?.kind === 'word' && /^[A-Z]{2,5}$/.test(letters.text) && word?.kind === 'word' && isNameWord(word)
  )
}

/** Words before "CAD" that make it a dispatch log's name: "quote CAD 1234", "incident ref CAD 57". Keep sorted. */
const LOG_LEADS: ReadonlySet<string> = new Set([
  'incident',
  'log',
  'no',
  'number',
  'quote',
  'quoting',
  'ref',
  'reference',
])

/**
 * "quote CAD 1234", "CAD 1234 refers": "CAD" at `tokens[at]` before a bare serial is the number of
 * a computer-aided-dispatch log, as police write it, not Canadian dollars. A serial has no
 * thousands separator, no decimals and no scale ("CAD 1,200", "CAD 2.5 million" are money); it
 * follows a word of reference, or stands in the release of a publisher whose dollar is not
 * Canada's (`dollar`), where a sum in Canadian dollars is written with its separators.
 */
export function isDispatchLog(tokens: readonly Token[], at: number, dollar: string): boolean {
  const letters = tokens[at]
  const digits = tokens[at + 1]
  if (letters?.text !== 'CAD' || digits?.kind !== 'num' || !/^\d+$/.test(digits.text)) return false
  const after = tokens[at + 2]
  if (after?.kind === 'word' && (!after.gap || after.lower in MAGNITUDES)) return false
  const lead = tokens[at - 1]
  return dollar !== 'CAD' || (lead?.kind === 'word' && LOG_LEADS.has(lead.lower))
}

/**
 * Name words that stand before a count in lower case even where the count closes its clause
 * ("last year 76.", "in the area 300,"). Keep sorted.
 */
const COUNTED_AFTER: ReadonlySet<string> = new Set(['area', 'goal', 'key', 'no', 'region', 'team', 'year'])

/**
 * Words that number a day or a week of something in lower case only ("on day 3 of the trial", "in
 * week 2,"): with a capital they may close a holiday's name before a count ("Boxing Day 12
 * people"). Keep sorted.
 */
const LOWER_CASE_NAME_WORDS: ReadonlySet<string> = new Set(['day', 'week'])

/** Words after a number that go on with a name, not with what a count counts. Keep sorted. */
const NAME_CLOSERS: ReadonlySet<string> = new Set(['at', 'has', 'is', 'of', 'was'])

/**
 * "on count 2 of the indictment", "court 5 at Southwark", "resolution 2231 was adopted": a name
 * word written in lower case, before a bare whole number that closes its clause or goes on with
 * "of", "at" or a verb in the singular, names a thing. A count goes on to what it counts
 * ("building 300 homes") or takes a plural verb.
 */
export function isLowerCaseNumberedName(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start - 1]
  if (word?.kind !== 'word' || word.text !== word.lower || !tokens[start]!.gap) return false
  const named = CAPITALISED_NAME_WORDS.has(word.lower) || LOWER_CASE_NAME_WORDS.has(word.lower)
  if (!named || COUNTED_AFTER.has(word.lower)) return false
  if (end !== start + 1 || !/^\d{1,4}$/.test(tokens[start]!.text)) return false
  const next = tokens[end]
  return isClauseBreak(next) || NAME_CLOSERS.has(next!.lower)
}
