import { FRACTION_AFTER_DIGITS, fractionValue } from '../text/fractions'
import { isWhiteSpace } from '../text/lines'

/**
 * A token of a block: a number in digits, a word, a symbol, or a run the normaliser must not
 * read numbers from (a URL, a phone number, a date or time in digits, a version number).
 */
export interface Token {
  readonly kind: 'num' | 'word' | 'sym' | 'skip'
  readonly text: string
  /** `text` in lower case, for lexicon look-ups. */
  readonly lower: string
  /** Offset in the block. */
  readonly start: number
  readonly end: number
  /** Whether whitespace stands before it: "60KG" is attached, "60 KG" is not. */
  readonly gap: boolean
  /** For `num`: the number the digits write; otherwise NaN. */
  readonly value: number
}

// One alternative per token kind; each is linear: bounded repetitions, no nested quantifier
// over the same characters. Order matters: a phone number or a date in digits must be taken
// whole before its digit groups could be read as numbers.
const SKIP_URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]{1,2000}`
// "+44 20 7946 0000", "+44 (0)20 7946 0000" (the trunk zero a caller abroad leaves out), "0800 555
// 111", "08 08 16 89 111": starts with + or a leading zero.
// "1-888-283-3473", "(202) 555-0100", "1-888-ATF-FIRE", "1-800-222-TIPS (8477)", "416-222-TIPS":
// North American numbers in digits or letters ("1-877-LAPD-24-7"); "1800 333 000", "1800-722-6688":
// Australian and Singapore free-call numbers.
// A line break stands where a space did in a body cut at a fixed width ("call 0800" over "555 111"):
// inside a paragraph, a break comes only from that cut.
const PHONE_BREAK = String.raw`\r?\n`
const SKIP_NANP = String.raw`(?<![\d,.-])(?:1[-. ])?(?:\(\d{3}\)(?: |${PHONE_BREAK})?|\d{3}(?:[-. ]|${PHONE_BREAK}))\d{3}[-.]\d{4}(?!\d)|(?<![\d-])(?:1-\d{3}-(?:\d{3}-)?|\d{3}-\d{3}-)[A-Z]{2,8}(?:-[A-Z0-9]{1,8}){0,3}(?: \(\d{4}\))?(?![\w-])|(?<![\d,.])1[38]00(?:[ -]|${PHONE_BREAK})?\d{3}(?:[ -]|${PHONE_BREAK})?\d{3,4}(?!\d)`
const SKIP_PHONE = String.raw`${SKIP_NANP}|\+\d{6,15}(?!\d)|\+\d{1,3}(?:[ \u00a0]?\(0\)[ \u00a0]?\d{1,5}|(?:[ \u00a0-]|${PHONE_BREAK})\(?\d{1,5}\)?)(?:(?:[ \u00a0-]|${PHONE_BREAK})\(?\d{1,5}\)?){1,4}(?!\d)|\(?0\d{1,4}\)?(?:(?:[ \u00a0-]|${PHONE_BREAK})?\d{2,4}){1,4}(?!\d)`
// "192.168.1.2", "10:30", "24/7", "2023/24", "2024-03-18", "18-03-2024".
// "1⁄32": fractions.
const SKIP_DIGITS = String.raw`\d{1,6}(?:\.\d{1,6}){2,6}(?![\d])|\d{1,8}(?:[:\/⁄]\d{1,8}){1,3}(?!\d)|\d{1,4}-\d{1,2}-\d{1,4}(?!\d)`
// "1.99×10−30", "2.998 x 10^8", "3×10⁸", "6.02e23": scientific notation, one number. A power
// after a minus sign with no caret ("10−30") has lost its superscript: the minus is the
// exponent's sign.
const SCIENTIFIC = String.raw`\d{1,6}(?:\.\d{1,12})? ?[×x] ?10(?:\^[−-]?\d{1,3}|[−-]\d{1,3}|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?!\d)|(?<![\w.])\d{1,3}\.\d{1,12}[eE][+−-]?\d{1,3}(?![\w.])`
// "1,372", "16,500", "10 000" (space, no-break or thin space), "4.2", ".08" (not "c.500");
// "R1,5 million", "1,5 tonnes", "5,5 %", "3,50 euros": a decimal comma, told from a thousands comma
// by the magnitude, the unit of weight, the percentage or the euro after it.
// "2½", "3 1/2": a whole number and a half or a quarter, read as one number ("3 1/2 years" is a
// length of time, "2½ kilos" a weight); "1/2" alone stays a date's shape.
const FRACTIONAL = String.raw`\d{1,6}${FRACTION_AFTER_DIGITS}`
// "1,23,456", "12,34,56,789", "Rs 1,50,000": India's grouping, a lakh's and a crore's pairs of
// digits before the last three; no Western figure has a group of two before its last.
const INDIAN = String.raw`(?<![\d,.])\d{1,2}(?:,\d{2}){1,5},\d{3}(?![\d,])(?:\.\d{1,12})?`
const NUMBER = String.raw`${SCIENTIFIC}|${FRACTIONAL}|${INDIAN}|\d{1,3},\d{1,2}(?=[ \u00a0]?(?:(?:million|billion|bn|tonnes?|tons?|kilos?|kilograms?|kg|grams?|g|per ?cent|percent|euros?|EUR)\b|[%€]))|(?<=[R$£€])\d{1,3},\d{1,2}(?=m\b)|\d{1,3}(?:,\d{3}(?!\d)){1,6}(?:\.\d{1,12})?|[1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3}(?!\d)){1,6}(?:\.\d{1,12})?|\d{1,40}(?:\.\d{1,40})?|(?<![A-Za-z])\.\d{1,40}`
// "1.234.567", "EUR 2.500.000", "1.234,56", "12.500 euros": digits grouped by full stops, as much
// of Europe writes them. Two stops or more with every group after the first of three digits, a
// decimal comma after a stop's group, or one stop before a euro; a version ("1.2.3"), a date
// ("12.03.2024") or an English decimal ("1.234 kg") has none of these shapes. An address's four
// groups of at most 255 are told apart after the match (`isInternetAddress`).
const CONTINENTAL = String.raw`(?<![\d.,])[1-9]\d{0,2}(?:(?:\.\d{3}){2,5}(?:,\d{1,2})?|\.\d{3},\d{1,2}|\.\d{3}(?=[ \u00a0]?(?:€|(?:euros?|EUR)\b)))(?![.,]?\d)`
const WORD = String.raw`[A-Za-z\u00c0-\u024f]{1,60}(?:['’][A-Za-z]{1,20})?`

// A continental number is tried before the digit runs that are skipped, which would take its groups.
const TOKEN_SOURCE = `(${SKIP_URL}|${SKIP_PHONE})|(${CONTINENTAL})|(${SKIP_DIGITS})|(${NUMBER})|(${WORD})|(\\S)`
/** Every token, found by scanning: the definition `tokenize` keeps to. */
export const TOKEN = new RegExp(TOKEN_SOURCE, 'g')
/** The same alternatives at one place only, for the characters the word loop does not take. */
const TOKEN_AT = new RegExp(TOKEN_SOURCE, 'y')

/**
 * Splits a block into tokens as one scan of `TOKEN` would. Whitespace is dropped (a token says
 * whether whitespace stood before it); every other character belongs to a token. Most tokens are
 * plain words, which a loop over the characters reads; a word that could open a URL, and every
 * other token, is read by `TOKEN` itself, anchored where it starts: at a non-blank character the
 * scan's next match starts there, so the tokens are the same.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    // The character tests are written out where they run per character: the command line runs
    // V8 without inlining, and a call each time cost more than the test.
    if (c < 0x80 ? c === 32 || (c >= 9 && c <= 13) : isWhiteSpace(c)) {
      i++
      continue
    }
    let end: number
    let kind: Token['kind']
    let continental = false
    if ((((c | 0x20) - 97) >>> 0 < 26 || (c >= 0xc0 && c <= 0x24f)) && !opensUrl(text, i)) {
      end = wordEnd(text, i)
      kind = 'word'
    } else {
      TOKEN_AT.lastIndex = i
      const m = TOKEN_AT.exec(text)!
      end = i + m[0].length
      kind = kindOf(m)
      continental = m[2] !== undefined
    }
    const raw = text.slice(i, end)
    tokens.push({
      kind,
      text: raw,
      lower: kind === 'word' ? raw.toLowerCase() : raw,
      start: i,
      end,
      gap: i > previousEnd || i === 0,
      value: kind !== 'num' ? Number.NaN : continental ? readContinental(raw) : readDigits(raw),
    })
    previousEnd = end
    i = end
  }
  return tokens
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
/** A word starting "http" or "www." may be a URL, which `TOKEN` tries before a word. */
const opensUrl = (text: string, i: number): boolean =>
  (text.charCodeAt(i) === 104 && text.startsWith('http', i)) ||
  (text.charCodeAt(i) === 119 && text.startsWith('www.', i))

/**
 * Where `WORD` read from `i` ends: up to 60 of its letters (A–Z, a–z and U+00C0–U+024F), then an
 * apostrophe and up to 20 ASCII letters.
 */
function wordEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + 60)
  let end = i + 1
  for (; end < limit; end++) {
    const c = text.charCodeAt(end)
    if (!(((c | 0x20) - 97) >>> 0 < 26 || (c >= 0xc0 && c <= 0x24f))) break
  }
  const q = text.charCodeAt(end)
  if ((q === 39 || q === 0x2019) && isAsciiLetter(text.charCodeAt(end + 1))) {
    const tail = Math.min(text.length, end + 21)
    let j = end + 2
    while (j < tail && isAsciiLetter(text.charCodeAt(j))) j++
    return j
  }
  return end
}

/** The kind of a match of `TOKEN`, by the group that took it. */
export function kindOf(m: RegExpExecArray): Token['kind'] {
  if (m[1] || m[3]) return 'skip'
  // "192.168.100.200" has a continental number's shape.
  if (m[2]) return isInternetAddress(m[0]) ? 'skip' : 'num'
  return m[4] ? 'num' : m[5] ? 'word' : 'sym'
}

/** "192.168.100.200": four groups of at most 255 are an internet address, not a number. */
function isInternetAddress(raw: string): boolean {
  const groups = raw.split('.')
  return groups.length === 4 && groups.every((g) => Number(g) <= 255)
}

/** "1.234.567,89": full stops group the thousands, a comma opens the decimals. */
function readContinental(raw: string): number {
  return Number(raw.replace(/\./g, '').replace(',', '.'))
}

const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/
const FRACTION_PART = new RegExp(`${FRACTION_AFTER_DIGITS}$`)

const SCIENTIFIC_SHAPE = /[×xeE]/
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** "2.998 x 10^8", "1.99×10−30", "3×10⁸", "6.02e23": the mantissa times ten to the power. */
function readScientific(raw: string): number {
  const plain = raw
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String(SUPERSCRIPTS.indexOf(c)))
    .replace(/[−⁻]/g, '-')
    .replace(/ /g, '')
  const [mantissa = '', power = ''] = plain.split(/[×xeE]/)
  const exponent = power.startsWith('10') ? power.slice(2).replace('^', '') : power
  return Number.parseFloat(`${mantissa}e${exponent}`)
}

/** The number a run of digits writes, with its thousands separators removed. */
export function readDigits(raw: string): number {
  if (SCIENTIFIC_SHAPE.test(raw)) return readScientific(raw)
  if (DECIMAL_COMMA.test(raw)) return Number(raw.replace(',', '.'))
  const fraction = FRACTION_PART.exec(raw)
  if (fraction) return Number(raw.slice(0, fraction.index)) + fractionValue(fraction[0])
  return Number(raw.replace(/[, \u00a0\u2009\u202f]/g, ''))
}

/**
 * Whether a word has the shape of a plural noun: "officers", "counts"; not "gross" or "is", nor a
 * singular in "-us" or "-is" ("virus", "crisis") or one of the few in "-es" ("diabetes", "news").
 */
export function isPluralShaped(word: string): boolean {
  return (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is') &&
    !SINGULARS_IN_S.has(word)
  )
}

/** Singular nouns ending in "s" no rule of ending tells apart. Keep sorted. */
const SINGULARS_IN_S: ReadonlySet<string> = new Set([
  'diabetes',
  'herpes',
  'measles',
  'news',
  'rabies',
  'series',
])

/** Whether a token closes a clause: what is counted is not looked for beyond it. */
export function isClauseBreak(token: Token | undefined): boolean {
  if (!token) return true
  if (token.kind === 'skip') return true
  if (token.kind !== 'sym') return false
  return CLAUSE_BREAKS.has(token.text) || (token.text === '-' && token.gap)
}

/** Whether a token is a hyphen with no space before it: "father-", "1-". */
export function isGluedHyphen(t: Token | undefined): boolean {
  return t?.kind === 'sym' && t.text === '-' && !t.gap
}

/**
 * Whether the digits at `tokens[k]` are glued to capitals before them: "Q3", "FY25", "H1". Not
 * after "A" or "I", which are words ("A2 Milk" is a name).
 */
export function isLabelNumber(tokens: readonly Token[], k: number): boolean {
  const letters = tokens[k - 1]
  if (tokens[k]!.gap || letters?.kind !== 'word' || letters.text === 'A' || letters.text === 'I') return false
  return /^\p{Lu}{1,3}$/u.test(letters.text)
}

/**
 * The index of the "(" of an abbreviation in brackets that closes at `tokens[close]`, after the
 * name it abbreviates: "the Official Cash Rate (OCR)", "Consumer Prices Index (CPI)". Else -1.
 */
export function abbreviationOpening(tokens: readonly Token[], close: number): number {
  const word = tokens[close - 1]
  if (tokens[close]?.text !== ')' || tokens[close - 2]?.text !== '(' || word?.kind !== 'word') return -1
  return /^[A-Z]{2,6}s?$/.test(word.text) ? close - 2 : -1
}

/** Whether a token ends a sentence. */
export function isSentenceBreak(token: Token | undefined): boolean {
  return !token || (token.kind === 'sym' && SENTENCE_BREAKS.has(token.text))
}

const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  '!',
  '"',
  '(',
  ')',
  ',',
  '.',
  ':',
  ';',
  '?',
  '[',
  ']',
  '•',
  '‘',
  '’',
  '“',
  '”',
  '–',
  '—',
])

const SENTENCE_BREAKS: ReadonlySet<string> = new Set(['!', '.', ':', ';', '?', '•'])
