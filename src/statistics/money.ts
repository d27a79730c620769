import type { PoundSense } from './currency'
import {
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  type CurrencyWords,
  DOLLAR_PREFIXES,
  GUARDED_CURRENCY_CODES,
  LETTER_PREFIXES,
  MAGNITUDES,
  PAID_NOUNS,
  PAYING_WORDS,
  QUALIFIERS_BEFORE,
  TRANSLITERATED_POUND,
  VAGUE_QUANTITIES,
  WEATHER_WORDS,
  WEIGHED_NOUNS,
  WIRE_PREFIXES,
  WORD_PREFIXES,
} from './lexicon'
import { startsSentence } from './name-filters'
import { SCALE_WORDS, SMALL_NUMBERS, startsNumberWords } from './number-words'
import { matchPhrase, type PhraseIndex } from './phrases'
import { isClauseBreak, type Token } from './tokens'

/** What the money readers need to know of the lexicon and the publisher. */
export interface MoneyLexicon {
  readonly currencyWords: PhraseIndex<CurrencyWords>
  /** The currency `$` stands for: `USD`, or `NZD` in a New Zealand release. */
  readonly dollar: string
  /** What "pounds" are in this release. */
  readonly pounds: PoundSense
  /** Whether "R" glued to digits is the rand. */
  readonly rand: boolean
  /** Whether "R" glued to an amount written as one ("R5 million", "R250,000") is the rand. */
  readonly randNamed: boolean
  /** Whether "P" glued to digits and "PHP" before them are the Philippine peso. */
  readonly peso: boolean
  /** The currency "Rs" and "rupees" stand for: `INR`, or the publisher's own rupee. */
  readonly rupee: string
  /** The shilling "Sh" glued to digits stands for, or null where the publisher writes none. */
  readonly shilling: string | null
  /** Whether "N" glued to an amount written as one is the naira. */
  readonly naira: boolean
  /** The currency whose cents the publisher writes, or null when unknown. */
  readonly cent: string | null
  /** The publisher's own money: what "15 grand" is a thousand of. */
  readonly home: string
}

const CODES: ReadonlySet<string> = new Set(CURRENCY_CODES)
const GUARDED_CODES: ReadonlySet<string> = new Set(GUARDED_CURRENCY_CODES)

/**
 * A currency written before the number: "£4.5m", "US$5", "$US55,931,000", "NZ$ 300", "GBP 5m",
 * "RM23.50", "Rs 45 lakh". Returns its code and the index of the number, or null.
 */
export function readCurrencyPrefix(
  tokens: readonly Token[],
  j: number,
  lex: MoneyLexicon,
): { code: string; end: number } | null {
  const t = tokens[j]
  if (!t) return null
  if (t.kind === 'sym' && t.text in CURRENCY_SYMBOLS) {
    const code = CURRENCY_SYMBOLS[t.text]!
    const next = tokens[j + 1]
    // "$US55,931,000", "$A82,615,680": the country after the sign.
    if (code === '$' && next?.kind === 'word' && !next.gap && next.text === next.text.toUpperCase()) {
      const country = DOLLAR_PREFIXES[next.lower]
      if (country && tokens[j + 2]?.kind === 'num' && !tokens[j + 2]!.gap)
        return { code: country, end: j + 2 }
    }
    // "$-50.8bn": a minus sign between the currency and the digits.
    const signed = isMinus(next) && !next!.gap && tokens[j + 2]?.kind === 'num' && !tokens[j + 2]!.gap
    if (!startsNumber(next) && !signed) return null
    return { code: code === '$' ? lex.dollar : code, end: j + 1 }
  }
  if (t.kind !== 'word') return null
  // "US$", "NZ$": letters glued to the dollar sign.
  const sign = tokens[j + 1]
  // "US$", "HK $" (a capitalised country may stand apart from the sign).
  const glued = sign && (!sign.gap || t.text.length > 1)
  if (sign && glued && sign.text === '$' && t.lower in DOLLAR_PREFIXES && startsNumber(tokens[j + 2])) {
    return { code: DOLLAR_PREFIXES[t.lower]!, end: j + 2 }
  }
  if (CODES.has(t.text) && tokens[j + 1]?.kind === 'num') return { code: t.text, end: j + 1 }
  if (GUARDED_CODES.has(t.text) && tokens[j + 1]?.kind === 'num' && randAmount(tokens, j + 1))
    return { code: t.text, end: j + 1 }
  // "PHP 1.2 million", "Php2 billion": the peso's code, also a word, in a release of pesos.
  if (lex.peso && PESO_CODE.test(t.text) && tokens[j + 1]?.kind === 'num') return { code: 'PHP', end: j + 1 }
  // "Rs 45 lakh", "Rs.500": an abbreviation, its stop glued to it.
  const abbreviated = WORD_PREFIXES[t.text]
  if (abbreviated) {
    const k = tokens[j + 1]?.text === '.' && !tokens[j + 1]!.gap ? j + 2 : j + 1
    if (tokens[k]?.kind === 'num') return { code: rupeeCode(abbreviated, lex), end: k }
  }
  // "Y=4,120": a wire's currency sign, glued to its "=" and the digits.
  const equals = tokens[j + 1]
  if (t.text in WIRE_PREFIXES && equals?.text === '=' && !equals.gap) {
    const after = tokens[j + 2]
    if (after?.kind === 'num' && !after.gap) return { code: WIRE_PREFIXES[t.text]!, end: j + 2 }
  }
  // "RM23.50", "R50 000", "(RM2.1mil)": capitals glued to the digits, apart from the word before.
  const digits = tokens[j + 1]
  const apart = t.gap || tokens[j - 1]?.text === '(' || tokens[j - 1]?.text === '['
  if (digits?.kind === 'num' && !digits.gap && apart) {
    const code = LETTER_PREFIXES[t.text] ?? gluedLetter(tokens, j, lex)
    if (code) return { code, end: j + 1 }
  }
  // "PS2.7m", "PS21,700": the pound sign transliterated, known by a magnitude or a figure's marks.
  if (
    t.text === TRANSLITERATED_POUND &&
    digits?.kind === 'num' &&
    !digits.gap &&
    apart &&
    transliteratedPound(tokens, j + 1)
  )
    return { code: 'GBP', end: j + 1 }
  // "R 500 000" in a South African release: the rand apart from its digits; "the R 512" is a road.
  if (lex.rand && t.text === 'R' && digits?.kind === 'num' && digits.start === t.end + 1 && apart) {
    if (tokens[j - 1]?.lower !== 'the') return { code: 'ZAR', end: j + 1 }
  }
  return null
}

/** Whether the figure at `k` after "PS" reads as an amount: "2.7m", "8.1bn", "21,700", "6 million". */
function transliteratedPound(tokens: readonly Token[], k: number): boolean {
  const figure = tokens[k]!
  if (/[.,]\d/.test(figure.text)) return true
  const next = tokens[k + 1]
  return (
    next?.kind === 'word' &&
    MAGNITUDES[next.lower] !== undefined &&
    next.lower !== 'dozen' &&
    next.lower !== 'dozens'
  )
}

/**
 * Whether the figure at `k` reads as an amount on its own: grouped or with decimals ("250,000",
 * "50 000", "1.5"), or before a magnitude ("5 million", "2bn"). For the rand's "R" and the codes
 * that are also words.
 */
function randAmount(tokens: readonly Token[], k: number): boolean {
  const figure = tokens[k]!
  if (/[.,\u00a0 ]\d/.test(figure.text)) return true
  const next = tokens[k + 1]
  return (
    next?.kind === 'word' && MAGNITUDES[next.lower] !== undefined && MAGNITUDES[next.lower]!.factor >= 1e3
  )
}

/** The peso's code as Philippine releases write it: "PHP", "Php". */
const PESO_CODE = /^(?:PHP|Php)$/

/**
 * A publisher's currency written as one capital glued to the digits: "R50 000" (rand), "P1.2
 * million" (peso). "Camp P2", "Block P4": after a capitalised word, the letter names a place.
 */
function gluedLetter(tokens: readonly Token[], j: number, lex: MoneyLexicon): string | undefined {
  const letter = tokens[j]!.text
  if (lex.rand && letter === 'R') return 'ZAR'
  // "Sh1.2 billion", "Sh500" in East Africa's releases: the publisher's shilling.
  if (lex.shilling !== null && letter === 'Sh') return lex.shilling
  // "N4.5 million", "N250,000" in a Nigerian release; "the N4", "N95 masks" stay names.
  if (lex.naira && letter === 'N' && randAmount(tokens, j + 1)) return 'NGN'
  // "R5 million", "R250,000" in a text that names South Africa; "the R2", "R300" stay names.
  if (lex.randNamed && letter === 'R' && randAmount(tokens, j + 1)) return 'ZAR'
  if (!lex.peso || letter !== 'P') return undefined
  const before = tokens[j - 1]
  const named = before?.kind === 'word' && /^[A-Z]/.test(before.text) && !startsSentence(tokens, j - 1)
  return named ? undefined : 'PHP'
}

function isMinus(t: Token | undefined): boolean {
  return t?.kind === 'sym' && (t.text === '-' || t.text === '−')
}

function startsNumber(t: Token | undefined): boolean {
  return !!t && (t.kind === 'num' || (t.kind === 'word' && startsNumberWords(t.lower)))
}

/** The codes of the dollars: "USD", "CAD", "AUD", "NZD", ... */
const DOLLAR_CODES: ReadonlySet<string> = new Set(Object.values(DOLLAR_PREFIXES).filter((c) => CODES.has(c)))

/**
 * Which dollar an amount written with a bare "$" marks after it: "$40 million USD", "$5 million
 * (CAD)", "$29 million (U.S.)", "$3 billion US,". The mark beats the publisher's dollar. Returns its
 * code and the token after it, or null. "$5 million US investment": "US" before a noun describes
 * the noun.
 */
export function readDollarMark(tokens: readonly Token[], j: number): { code: string; end: number } | null {
  const bracketed = tokens[j]?.text === '('
  const at = bracketed ? j + 1 : j
  const t = tokens[at]
  if (t?.kind !== 'word') return null
  let code: string | undefined
  let end = at + 1
  if (DOLLAR_CODES.has(t.text)) code = t.text
  else if (t.text === 'US') code = 'USD'
  else if (
    t.text === 'U' &&
    tokens[at + 1]?.text === '.' &&
    tokens[at + 2]?.text === 'S' &&
    !tokens[at + 2]!.gap
  ) {
    code = 'USD'
    end = tokens[at + 3]?.text === '.' && !tokens[at + 3]!.gap ? at + 4 : at + 3
  }
  if (code === undefined) return null
  if (bracketed) return tokens[end]?.text === ')' ? { code, end: end + 1 } : null
  const next = tokens[end]
  // "US" alone is also a word of names: only a break after it marks the amount.
  if (t.text === 'US') return isClauseBreak(next) ? { code, end } : null
  const noun = next?.kind === 'word' && next.text === next.lower && !AFTER_MARK.has(next.lower)
  return noun ? null : { code, end }
}

/** Words that may follow a dollar's mark and start no noun: "$5 million U.S. and $3 million". Keep sorted. */
const AFTER_MARK: ReadonlySet<string> = new Set([
  'and',
  'as',
  'at',
  'but',
  'for',
  'in',
  'or',
  'to',
  'was',
  'were',
  'with',
])

/**
 * A currency written after the number: "5 million pounds", "50p", "1,200€", "a 12-cent
 * dividend", "thousands of pounds". "Pounds" are weight in a release of dollars: then null, and
 * the unit reader takes them.
 */
export function readCurrencyAfter(
  tokens: readonly Token[],
  j: number,
  lex: MoneyLexicon,
  vague: boolean,
  /** Whether a magnitude was written ("5 million pounds"): with no sign either way, such pounds are money. */
  large: boolean,
): { code: string; factor: number; end: number } | null {
  let k = j
  // "thousands of pounds": the vague word takes "of" with its currency.
  if (vague && tokens[k]?.lower === 'of') k++
  const t = tokens[k]
  if (!t) return null
  if (CODES.has(t.text) && !vague) return { code: t.text, factor: 1, end: k + 1 }
  // "1,200€", "5 €": a sign after the number, as much of Europe writes it. Not a sign glued to
  // digits after it, which opens their figure: "(2023 £40.1m)".
  const opensNext = tokens[k + 1]?.kind === 'num' && !tokens[k + 1]!.gap
  if (t.kind === 'sym' && t.text in CURRENCY_SYMBOLS && t.text !== '$' && !vague && !opensNext)
    return { code: CURRENCY_SYMBOLS[t.text]!, factor: 1, end: k + 1 }
  // "a 12-cent dividend", "a one-yen bid".
  if (t.text === '-' && !t.gap && !vague && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.gap) {
    const glued = matchPhrase(tokens, k + 1, lex.currencyWords)
    if (glued && !isWeight(glued.phrase, lex, vague || large)) {
      return { code: dollarCode(glued.phrase, lex), factor: glued.phrase.factor, end: glued.end }
    }
  }
  const m = matchPhrase(tokens, k, lex.currencyWords)
  if (!m) {
    // "50p", "cost 85p.": pence glued to the digits; "8 p.m." is a time, "1080p" a video's lines.
    if (t.lower === 'p' && !t.gap && !vague && !isAfternoon(tokens, k) && !isVideoResolution(tokens[k - 1]))
      return { code: 'GBP', factor: 0.01, end: k + 1 }
    // "20c", "50c a litre": cents glued to the digits, where the publisher's cents are known.
    if (lex.cent !== null && t.text === 'c' && !t.gap && !vague && isCentSign(tokens, k))
      return { code: lex.cent, factor: 0.01, end: k + 1 }
    return null
  }
  if (m.phrase.informal && !isInformalMoney(tokens, k, m.end, vague || large)) return null
  if (isWeight(m.phrase, lex, vague || large) && !paysInContext(tokens, j, m.end)) return null
  // "300 pounds of cannabis" in a release of sterling: a drug or a metal weighed, not its value;
  // "thousands of pounds of cannabis" and "2 million pounds of" stay money.
  if (m.phrase.weighs && !vague && !large && weighsThing(tokens, m.end)) return null
  // "weighs half a million pounds", "a weight of 5 million pounds": a verb or noun of weight
  // before the figure makes the pounds weight, whatever the magnitude or the publisher.
  // So does one before a vague amount: "the whale weighs thousands of pounds".
  if (m.phrase.weighs && isWeighedBefore(tokens, j)) return null
  // "won 3 games" is a verb; "5 trillion won" money.
  if (m.phrase.afterMagnitude && !large) return null
  // "275 pound-feet of torque".
  if (tokens[m.end]?.text === '-' && !tokens[m.end]!.gap && tokens[m.end + 1]?.kind === 'word') return null
  return { code: dollarCode(m.phrase, lex), factor: m.phrase.factor, end: m.end }
}

/** The heights of video in lines, written with "p" glued to them: "720p", "1080p", "2160p". */
const VIDEO_LINES: ReadonlySet<string> = new Set(['240', '360', '480', '720', '1080', '1440', '2160', '4320'])

/** Whether the digits before a glued "p" are a video's lines ("a 1080p camera"), not pence. */
function isVideoResolution(digits: Token | undefined): boolean {
  return digits?.kind === 'num' && VIDEO_LINES.has(digits.text)
}

/**
 * The code of a currency word: "dollars" are the publisher's dollar, "cents" its cents, "rupees"
 * (not "Indian rupees") its rupee.
 */
function dollarCode(phrase: CurrencyWords, lex: MoneyLexicon): string {
  if (phrase.code === '¤') return lex.home
  if (phrase.code !== '$') return phrase.words.length === 1 ? rupeeCode(phrase.code, lex) : phrase.code
  return phrase.factor < 1 ? (lex.cent ?? lex.dollar) : lex.dollar
}

/**
 * Words after "15 grand" that open no noun the word could describe: "15 grand in cash", "50 grand
 * a year", "20 grand for the car". Keep sorted.
 */
const AFTER_INFORMAL_MONEY: ReadonlySet<string> = new Set([
  'a',
  'after',
  'an',
  'and',
  'at',
  'before',
  'but',
  'by',
  'each',
  'every',
  'for',
  'from',
  'in',
  'into',
  'is',
  'on',
  'or',
  'out',
  'over',
  'per',
  'to',
  'up',
  'was',
  'were',
  'when',
  'with',
  'worth',
])

/**
 * Whether the word of speech at `tokens[k]` ("grand") is money: in lower case, after an exact
 * number in digits or words, and at a clause's end or before a word that opens no noun it could describe: "15 grand",
 * "15 grand in cash", or before a noun after an article ("a 10 grand reward"); not "3 grand slams",
 * "a grand total", "hundreds of grand".
 */
function isInformalMoney(tokens: readonly Token[], k: number, end: number, vagueOrLarge: boolean): boolean {
  const number = tokens[k - 1]
  const next = tokens[end]
  const closes = next === undefined || isClauseBreak(next) || AFTER_INFORMAL_MONEY.has(next.lower)
  if (tokens[k]!.text !== tokens[k]!.lower) return false
  // "hundreds of grand": after a vague word's "of" the word is a noun, so money when no noun
  // follows it ("dozens of grand slams" is none).
  if (vagueOrLarge) return number?.lower === 'of' && closes
  const exact = number?.kind === 'num' || (number?.kind === 'word' && number.lower in SMALL_NUMBERS)
  if (!exact) return false
  if (closes) return true
  // "a 10 grand reward": an article before a number above one says the figure describes the noun.
  const article = tokens[k - 2]?.lower
  return (article === 'a' || article === 'an') && number!.value !== 1
}

/** India's rupee as the publisher's own: "Rs 5 billion" in a Pakistani release is `PKR`. */
function rupeeCode(code: string, lex: MoneyLexicon): string {
  return code === 'INR' ? lex.rupee : code
}

/**
 * Whether the "c" glued to digits at `tokens[k]` writes cents: not "Shop 3c" (a capitalised word
 * before names a place), "20c Smith Street" (a house number before a street's name) nor "reached
 * 20c" after a word of weather (degrees Celsius).
 */
function isCentSign(tokens: readonly Token[], k: number): boolean {
  const name = tokens[k - 2]
  if (name?.kind === 'word' && /^[A-Z]/.test(name.text) && !startsSentence(tokens, k - 2)) return false
  const next = tokens[k + 1]
  if (next?.kind === 'word' && /^[A-Z]/.test(next.text)) return false
  if (next?.kind === 'num' || (next?.text === '-' && !next.gap && tokens[k + 2]?.kind === 'word'))
    return false
  for (let n = k - 2; n >= 0 && n >= k - WEATHER_REACH; n--) {
    const t = tokens[n]!
    if (isClauseBreak(t)) break
    if (t.kind === 'word' && WEATHER_WORDS.has(t.lower)) return false
  }
  return true
}

/** How far back a word of weather is looked for before "20c". */
const WEATHER_REACH = 8

/** "p.m.": the "p" at `tokens[k]` opens a time of day. */
function isAfternoon(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.text === '.' && tokens[k + 2]?.lower === 'm'
}

/** How far back a word of money is looked for before "pounds". */
const PAYING_REACH = 6

/**
 * "laundered 300,000 pounds", "300,000 pounds in cash", "a 5,000 pounds fine": a word of money
 * beside the pounds makes them sterling, unless they weigh something ("stole 300 pounds of copper").
 */
function paysInContext(tokens: readonly Token[], number: number, end: number): boolean {
  const next = tokens[end]
  if (next?.lower === 'of') return PAID_NOUNS.has(tokens[end + 1]?.lower ?? '')
  if (next?.kind === 'word' && PAYING_WORDS.has(next.lower)) return true
  if (next?.lower === 'in' && PAYING_WORDS.has(tokens[end + 1]?.lower ?? '')) return true
  for (let k = number - 1; k >= 0 && k >= number - PAYING_REACH; k--) {
    const t = tokens[k]!
    if (isClauseBreak(t)) return false
    if (t.kind === 'word' && PAYING_WORDS.has(t.lower)) return true
  }
  return false
}

/** "pounds of cannabis", "pounds of herbal cannabis": "of" and a thing weighed, one word before it at most. */
function weighsThing(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.lower !== 'of') return false
  return WEIGHED_NOUNS.has(tokens[end + 1]?.lower ?? '') || WEIGHED_NOUNS.has(tokens[end + 2]?.lower ?? '')
}

/** How far back a word of weight is looked for before "pounds": "weighing in at about half a million". */
const WEIGHING_REACH = 8

/**
 * "weighs half a million pounds", "weighing in at over 2 million pounds", "a total weight of 5
 * million pounds", "tipped the scales at 900 pounds": a verb of weighing right before the figure,
 * past its number, its qualifier and "in at"; or the noun "weight" before "of", "is" or "was".
 * "weighed up a fine of 5,000 pounds" and "weighs 5 tonnes and costs 2 million pounds" pay.
 */
function isWeighedBefore(tokens: readonly Token[], number: number): boolean {
  for (let k = number - 1; k >= 0 && k >= number - WEIGHING_REACH; k--) {
    const t = tokens[k]!
    if (t.kind === 'num') continue
    if (t.kind !== 'word') return false
    if (WEIGHING_WORDS.has(t.lower)) return true
    if (WEIGHT_LINKS.has(t.lower) && tokens[k - 1]?.lower === 'weight') return true
    if (
      !FIGURE_WORDS.has(t.lower) &&
      SMALL_NUMBERS[t.lower] === undefined &&
      SCALE_WORDS[t.lower] === undefined
    )
      return false
  }
  return false
}

/** Verbs of weighing, and the scales tipped at a weight. Keep sorted. */
const WEIGHING_WORDS: ReadonlySet<string> = new Set(['scales', 'weigh', 'weighed', 'weighing', 'weighs'])
/** Words after the noun "weight" that lead to its figure: "a weight of", "its weight is". Keep sorted. */
const WEIGHT_LINKS: ReadonlySet<string> = new Set(['is', 'of', 'was'])
/**
 * Words between a verb of weighing and its figure, besides the number's own: its qualifier ("about",
 * "more than"), "in at", and the article and fraction of "half a million".
 */
const FIGURE_WORDS: ReadonlySet<string> = new Set([
  ...QUALIFIERS_BEFORE.flatMap((q) => q.words),
  // "several thousand", "tens of thousands".
  ...VAGUE_QUANTITIES.flatMap((q) => q.words),
  'a',
  'an',
  'and',
  'at',
  'half',
  'in',
  'quarter',
])

/** "98.28 pounds of cocaine" in a release of dollars: pounds that weigh, not pay. */
function isWeight(phrase: CurrencyWords, lex: MoneyLexicon, large: boolean): boolean {
  if (!phrase.weighs) return false
  return lex.pounds === 'weight' || (lex.pounds === 'auto' && !large)
}
