/**
 * The cheap prefilter: one scan of a block for the kinds of word a date needs (a digit, a month,
 * a weekday, a unit of time ...). A matcher runs only on blocks holding every kind it needs, so
 * most of the text is read once by one simple pattern instead of by every matcher.
 */
import { MONTHS } from './lexicon'
import { observanceStems } from './matchers/observances'
import { HOUR_WORD, SPOKEN_HOUR } from './matchers/times'

/** Whole words, each with an optional plural: `word(?:s)?` not followed by a letter. */
const words = (list: readonly string[], plural = false): string =>
  list.map((w) => `${w}${plural ? 's?' : ''}(?![a-z])`).join('|')

/**
 * Trigger kinds and their stems, tried in this order so that a longer word wins its own kind:
 * "weekly" is a frequency before "week" is a unit. Units, months and weekdays are whole words
 * ("min" but not "minister", "mar" but not "market", "sat" but not "satisfied"): a false trigger
 * costs a run of every matcher that needs its kind. The other kinds are stems.
 */
export const KINDS: ReadonlyArray<readonly [string, string]> = [
  // Shapes of digits, tried before a lone digit; each also counts as a digit (see `DIGIT_SHAPES`).
  ['Z', "0['’]?s"],
  ['K', '\\d[/.]\\d'],
  ['I', '\\d-\\d'],
  // The first digit of a run of exactly four ("2024", "2130"): what a year or a 24-hour clock
  // needs; most blocks hold digits but no year.
  ['C', '(?<!\\d)\\d(?=\\d{3}(?!\\d))'],
  // A digit with an ordinal's suffix ("21st", "3rd"), read with it.
  ['V', '\\d(?:st|nd|rd|th)'],
  ['D', '\\d'],
  // A clock in words, before the halves and quarters of a year: "half past", "half seven",
  // "half 7", "quarter to six", "ten to five", "o'clock".
  [
    'O',
    `\\b(?:half\\s{1,3}(?:past|${HOUR_WORD}|1[0-2]|[1-9])(?![a-z0-9])|${['quarter', 'five', 'ten', 'twenty(?:[\\s-]{1,3}five)?'].map((w) => `${w}\\s{1,3}(?:minutes\\s{1,3})?(?:past|to)\\s{1,3}${SPOKEN_HOUR}(?![a-z0-9])`).join('|')}|${words(['clock'])})`,
  ],
  ['F', '\\b(?:annual|biannual|biennial|daily|weekly|monthly|hourly|nightly|quarterly|yearly|fortnightly)'],
  [
    'U',
    `\\b(?:${words(['year', 'month', 'week', 'weekend', 'weekday', 'day', 'hour', 'minute', 'min', 'hr', 'decade', 'fortnight', 'night', 'second', 'century', 'annum'], true)}|${words(['centuries'])})`,
  ],
  ['Q', '\\b(?:quarter|q[1-4]\\b)'],
  [
    'T',
    '\\b(?:every\\s{1,3}(?:morning|afternoon|evening|night)|each\\s{1,3}(?:morning|afternoon|evening|night)|today|tonight|tomorrow|yesterday|last\\s{1,3}night|this\\s{1,3}(?:morning|afternoon|evening)|later\\s{1,3}in\\s{1,3}the|earlier\\s{1,3}in\\s{1,3}the|that\\s{1,3}(?:day|morning|afternoon|evening|night)|following\\s{1,3}(?:morning|afternoon|evening|night)|next\\s{1,3}(?:morning|afternoon|evening|night)|previous\\s{1,3}(?:morning|afternoon|evening|night)|same\\s{1,3}(?:morning|afternoon|evening|night))',
  ],
  ['M', `\\b(?:${words(Object.keys(MONTHS))})`],
  [
    'W',
    `\\b(?:${words(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], true)}|${words(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'])})`,
  ],
  // "at the time" as a whole: "time" alone is too common a word to send every paragraph holding it to the matcher.
  ['R', '\\b(?:now|current|recent|soon|future|past|present|moment|at\\s{1,3}the\\s{1,3}time(?![a-z]))'],
  ['S', '\\b(?:summer|winter|spring|autumn|fall)'],
  ['N', '\\b(?:midnight|noon|midday)'],
  [
    'H',
    `\\b(?:christmas|new\\s{1,3}year|boxing|bonfire|halloween|hogmanay|burns|valentine|anzac|waitangi|armistice|st\\.?\\s{1,3}(?:andrew|patrick|george|david|stephen)|saint\\s{1,3}(?:andrew|patrick|george|david|stephen)|veterans|juneteenth|martin\\s{1,3}luther|mlk|presidents?[\\x27\\u2019]?s?\\s{1,3}day|victoria\\s{1,3}day|king[\\x27\\u2019]?s\\s{1,3}birthday|queen[\\x27\\u2019]?s\\s{1,3}birthday|labour\\s{1,3}weekend|labour\\s{1,3}day|matariki|easter|good\\s{1,3}friday|black\\s{1,3}friday|cyber\\s{1,3}monday|holy\\s{1,3}(?:saturday|thursday)|maundy|palm\\s{1,3}sunday|ash\\s{1,3}wednesday|shrove|mothering|mother[\\x27\\u2019]?s\\s{1,3}day|father[\\x27\\u2019]?s\\s{1,3}day|columbus\\s{1,3}day|indigenous\\s{1,3}peoples|whitsun|whit\\s{1,3}(?:sunday|monday)|pentecost|lunar\\s{1,3}new\\s{1,3}year|chinese\\s{1,3}new\\s{1,3}year|remembrance\\s{1,3}(?:day|sunday)|memorial\\s{1,3}day|thanksgiving|labor\\s{1,3}day|canada\\s{1,3}day|australia\\s{1,3}day|independence\\s{1,3}day|fourth\\s{1,3}of\\s{1,3}july|guy\\s{1,3}fawkes|bank\\s{1,3}holiday|eid|ramadh?an|ramzan|diwali|deepavali|festive|super\\s{1,3}bowl\\s{1,3}sunday|election\\s{1,3}day|hanuk|chanuk|mid[-\\s]autumn\\s{1,3}festival|moon\\s{1,3}festival|${observanceStems().join('|')})`,
  ],
  // Rare words some matchers need ("fiscal year", "financial year", "FY23", "EOFY", "YTD").
  ['Y', '\\b(?:fiscal|fy|financial|eofy|fytd|ytd)'],
  ['L', `\\b(?:${words(['long'])})`],
  ['A', '\\b(?:half|h1|h2)'],
  // A part of the day: "early", "mid", "late" as words or stems ("mid-afternoon"), "small hours".
  ['P', '\\b(?:early|mid|late|small\\s{1,3}hours|morning\\s{1,3}hours)'],
  // A decade in words: "the nineties".
  [
    'E',
    `\\b(?:${words(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'noughties'])})`,
  ],
]

/** The letters of the trigger kinds, in group order. */
export const TRIGGER_KINDS = KINDS.map(([kind]) => kind).join('')

const ALL = (1 << TRIGGER_KINDS.length) - 1
const bitOf = (kind: string): number => 1 << TRIGGER_KINDS.indexOf(kind)
const DIGIT = bitOf('D')
/**
 * The digit shapes: "0s" ("1990s", "'90s"), a digit, `/` or `.` and a digit, a digit, `-` and a
 * digit, the first of four digits, a digit and an ordinal's suffix.
 */
const DECADE = bitOf('Z') | DIGIT
const SLASH_OR_DOT = bitOf('K') | DIGIT
const HYPHEN = bitOf('I') | DIGIT
const FOUR_DIGITS = bitOf('C') | DIGIT
const ORDINAL = bitOf('V') | DIGIT
/** Each digit shape's own kind's place in `TRIGGER_KINDS`; a shape is also a digit (`DIGIT_AT`). */
const DIGIT_AT = TRIGGER_KINDS.indexOf('D')
const DECADE_AT = TRIGGER_KINDS.indexOf('Z')
const SLASH_OR_DOT_AT = TRIGGER_KINDS.indexOf('K')
const HYPHEN_AT = TRIGGER_KINDS.indexOf('I')
const FOUR_DIGITS_AT = TRIGGER_KINDS.indexOf('C')
const ORDINAL_AT = TRIGGER_KINDS.indexOf('V')
/** The kinds read character by character in `triggerMask` rather than from the stem table. */
const DIGIT_KINDS = new Set(['Z', 'K', 'I', 'C', 'V', 'D'])
const DIGIT_KIND_INDEXES = [...DIGIT_KINDS].map((kind) => TRIGGER_KINDS.indexOf(kind))

/**
 * One stem: its lower-case letters, its kind's bit, whether it is a whole word (no letter may
 * follow) with an optional plural `s`, and a sticky pattern for stems with spaces or a digit.
 */
interface Stem {
  readonly letters: string
  readonly bit: number
  readonly whole: boolean
  readonly plural: boolean
  readonly sticky: RegExp | null
}

/** `word`, `word(?![a-z])` or `words?(?![a-z])`: compared letter by letter, not by a pattern. */
const PLAIN = /^([a-z]+)(s\?)?(\(\?!\[a-z\]\))?$/

/**
 * The stems by their first two characters (lower case), in kind order, so the first that fits a
 * word wins as it would in one alternation of all the kinds; most words fail at one table look-up.
 * Stems with `\s` or a digit class are matched by a sticky pattern, the others letter by letter.
 */
const BY_TWO: Array<Stem[] | undefined> = new Array(26 * 128)
/**
 * For each entry of `BY_TWO`, the third characters (lower-cased, ASCII; 0 for any other) that
 * some stem of it allows, as 128 bits: "the", "to " and "and" are turned away here, before any
 * stem is compared. A stem of fewer than three letters allows every third character.
 */
const THIRD = new Uint32Array(26 * 128 * 4)

/** Fills `BY_TWO` and `THIRD` from `KINDS`, once, when a block is first scanned rather than at import. */
function fillStemTables(): void {
  for (const [k, [kind, source]] of KINDS.entries()) addStems(k, kind, source)
}

/** Adds the stems of kind `k` to `BY_TWO` and `THIRD`. */
function addStems(k: number, kind: string, source: string): void {
  if (DIGIT_KINDS.has(kind)) return
  const inner = source.replace(/^\\b\(\?:/, '').replace(/\)$/, '')
  for (const alternative of splitTop(inner)) {
    const plain = PLAIN.exec(alternative)
    const stem: Stem = {
      letters: plain ? plain[1]! : literalLead(alternative),
      bit: 1 << k,
      whole: plain?.[3] !== undefined,
      plural: plain?.[2] !== undefined,
      sticky: plain ? null : new RegExp(alternative, 'iy'),
    }
    const heads = /^[a-z][a-z0-9]/.test(alternative)
      ? [alternative.slice(0, 2)]
      : /^q\[1-4\]/.test(alternative)
        ? ['q1', 'q2', 'q3', 'q4']
        : []
    if (heads.length === 0) throw new Error(`trigger stem needs two leading letters: ${alternative}`)
    for (const head of heads) {
      const key = twoKey(head.charCodeAt(0), head.charCodeAt(1))
      const list = BY_TWO[key] ?? []
      list.push(stem)
      BY_TWO[key] = list
      const thirds =
        stem.letters.length >= 3 ? [stem.letters.charCodeAt(2)] : spaceThirds(alternative, stem.letters)
      if (thirds === null) THIRD.fill(0xffffffff, key * 4, key * 4 + 4)
      else for (const third of thirds) THIRD[key * 4 + (third >> 5)]! |= 1 << (third & 31)
    }
  }
}

/**
 * The third characters, as `stemAt` reads them, of a stem of two letters and a space ("at the
 * time", "St. Patrick"): a space (any character past ASCII reads as 0, the end of the text as a
 * space) or, where the stem allows it, a stop. Null for any other stem: every third character.
 * Without this, every word starting "at" or "st" ("attack", "street") would try the stem's pattern.
 */
function spaceThirds(alternative: string, letters: string): number[] | null {
  const rest = alternative.slice(letters.length)
  // Tab, line feed, vertical tab, form feed, carriage return and space, with `| 0x20` as `stemAt` reads them.
  const spaces = [9, 10, 11, 12, 13, 32].map((c) => c | 0x20).concat(0)
  if (rest.startsWith('\\s')) return spaces
  if (rest.startsWith('\\.?\\s')) return spaces.concat(46)
  return null
}

/** The letters a pattern stem always starts with: "this" of `this\\s{1,3}(?:morning|…)`, "president" of `presidents?…`. */
function literalLead(source: string): string {
  const lead = /^[a-z]+/.exec(source)?.[0] ?? ''
  // A letter the next token makes optional or repeatable is not always there.
  return /^[?*{]/.test(source.slice(lead.length)) ? lead.slice(0, -1) : lead
}

/** A stem's place in `BY_TWO`: a lower-case ASCII letter, then any ASCII character (a table, not a map: this runs at every word). */
function twoKey(first: number, second: number): number {
  return (first - 97) * 128 + second
}

/** The top-level alternatives of a pattern (no nested groups are split). */
function splitTop(source: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i))
      from = i + 1
    }
  }
  parts.push(source.slice(from))
  return parts
}

/** The length of `stem` matched at `at` (its first two characters already match); 0 when it does not match. */
function stemLength(text: string, at: number, stem: Stem): number {
  const letters = stem.letters
  if (at + letters.length > text.length) return 0
  // `| 0x20` lower-cases A-Z and maps no other code onto a-z.
  for (let j = 2; j < letters.length; j++) {
    if ((text.charCodeAt(at + j) | 0x20) !== letters.charCodeAt(j)) return 0
  }
  // A pattern stem runs only once its leading letters fit: most words fail on them.
  if (stem.sticky) {
    stem.sticky.lastIndex = at
    return stem.sticky.test(text) ? stem.sticky.lastIndex - at : 0
  }
  let end = at + letters.length
  if (stem.plural && (text.charCodeAt(end) | 0x20) === 115) end++
  if (stem.whole && isAsciiLetter(text.charCodeAt(end))) return 0
  return end - at
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** Whether the digit at `at` starts a run of four (the one before it, if any, is no digit). */
function fourDigitsAt(text: string, at: number): boolean {
  return (
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    isDigit(text.charCodeAt(at + 3)) &&
    !isDigit(text.charCodeAt(at + 4))
  )
}

/** "st", "nd", "rd" or "th" in either case, from the codes of two characters. */
function isOrdinalSuffix(a: number, b: number): boolean {
  const first = a | 0x20
  const second = b | 0x20
  return (
    (first === 115 && second === 116) ||
    (first === 110 && second === 100) ||
    (first === 114 && second === 100) ||
    (first === 116 && second === 104)
  )
}

function isAsciiLetter(c: number): boolean {
  const lower = c | 0x20
  return lower >= 97 && lower <= 122
}

/** A character code as a pattern's `\xHH` escape. */
const hex = (c: number): string => `\\x${c.toString(16).padStart(2, '0')}`

/**
 * Where the scan stops: a digit, or an ASCII letter that starts a word (`\b`: after a character
 * that is not `[A-Za-z0-9_]`) and is followed by two characters some stem may start with. The
 * pattern engine passes over the rest natively: a loop reading every character in JavaScript ran
 * half as many instructions again.
 */
let stops: RegExp | null = null

/** The scan's pattern, made with the stem tables on the first scan: building them took 7% of the library's import. */
function stopsScan(): RegExp {
  if (stops === null) {
    fillStemTables()
    stops = stopsPattern()
  }
  return stops
}

function stopsPattern(): RegExp {
  const byFirst = new Map<number, string[]>()
  for (let key = 0; key < BY_TWO.length; key++) {
    if (BY_TWO[key] === undefined) continue
    const first = 97 + Math.floor(key / 128)
    const second = key % 128
    // `stemAt` reads the second character in either case, and the third as `| 0x20` makes it.
    const seconds = second >= 97 && second <= 122 ? [second - 32, second] : [second]
    const list = byFirst.get(first) ?? []
    list.push(`[${seconds.map(hex).join('')}]${thirdsClass(key)}`)
    byFirst.set(first, list)
  }
  const starts = [...byFirst].map(([first, list]) => `[${hex(first - 32)}${hex(first)}](?=${list.join('|')})`)
  return new RegExp(`[0-9]|\\b(?:${starts.join('|')})`, 'g')
}

/** The third characters `THIRD` lets through after a pair, as a pattern; empty when it lets through all. */
function thirdsClass(key: number): string {
  const codes: string[] = []
  let all = true
  for (let c = 0; c < 128; c++) {
    if ((THIRD[key * 4 + (c >> 5)]! & (1 << (c & 31))) === 0) {
      all = false
      continue
    }
    if (c === 0) codes.push('\\u0080-\\uffff')
    else codes.push(hex(c))
    if (c & 0x20) codes.push(hex(c - 0x20))
  }
  if (all) return ''
  // Past the end of the text the third character reads as a space.
  const end = THIRD[key * 4 + 1]! & 1 ? '|$' : ''
  return `(?:[${codes.join('')}]${end})`
}

/**
 * The kinds of trigger a block holds, as a bit mask (bit i for `TRIGGER_KINDS[i]`); 0 when none.
 * One pass over the text: digits anywhere, stems only where a word starts (`\b`: after a
 * character that is not `[A-Za-z0-9_]`). Given `firsts`, it also notes there where each kind held
 * is first seen, or earlier (see `Matcher.anchor`); given `lasts`, where each is last seen, or
 * later. Entries of kinds not held are left as they were.
 */
export function triggerMask(text: string, firsts?: Int32Array, lasts?: Int32Array): number {
  let mask = 0
  // The kinds whose first place is noted in `firsts`: those of `mask`, and every kind once a stem of several words is seen.
  let noted = 0
  const n = text.length
  const stops = stopsScan()
  stops.lastIndex = 0
  while (stops.test(text)) {
    const i = stops.lastIndex - 1
    const c = text.charCodeAt(i)
    if (c > 57) {
      const bits = stemAt(text, i, c | 0x20)
      if (bits === 0) continue
      const length = bits >>> LENGTH_SHIFT
      const bit = bits & ALL
      if (firsts && ((bit | (bits & STICKY)) & ~noted) !== 0)
        noted = note(firsts, noted, bits & STICKY ? ALL : bit, i)
      // A stem of several words may hide a word of another kind: every kind is seen by its end.
      if (lasts) {
        if (bits & STICKY) lasts.fill(i + length - 1)
        else lasts[31 - Math.clz32(bit)] = i
      }
      mask |= bit
      if (mask === ALL) {
        // Every kind is held: the rest is not read, so any kind may be seen anywhere in it.
        lasts?.fill(n)
        break
      }
      // Go on after the stem, inside its word (or after its last word), as a regex scan would:
      // the rest of its word starts nothing.
      stops.lastIndex = i + length
      continue
    }
    // The digit shapes, in `KINDS` order; a shape is read whole, as the alternation would.
    const next = text.charCodeAt(i + 1)
    if (c === 48) {
      const quoted = next === 39 || next === 0x2019
      if (((quoted ? text.charCodeAt(i + 2) : next) | 0x20) === 115) {
        if (firsts && (DECADE & ~noted) !== 0) noted = note(firsts, noted, DECADE, i)
        if (lasts) noteLast(lasts, DECADE_AT, i)
        mask |= DECADE
        stops.lastIndex = i + (quoted ? 3 : 2)
        continue
      }
    }
    if ((next === 47 || next === 46 || next === 45) && isDigit(text.charCodeAt(i + 2))) {
      const bits = next === 45 ? HYPHEN : SLASH_OR_DOT
      if (firsts && (bits & ~noted) !== 0) noted = note(firsts, noted, bits, i)
      // The digit after the mark is passed over here, and may start a shape of any kind ("4/14-4/18").
      if (lasts) noteDigitsAt(lasts, next === 45 ? HYPHEN_AT : SLASH_OR_DOT_AT, i, i + 2)
      mask |= bits
      stops.lastIndex = i + 3
      continue
    }
    if (!isDigit(text.charCodeAt(i - 1)) && fourDigitsAt(text, i)) {
      if (firsts && (FOUR_DIGITS & ~noted) !== 0) noted = note(firsts, noted, FOUR_DIGITS, i)
      if (lasts) noteLast(lasts, FOUR_DIGITS_AT, i)
      mask |= FOUR_DIGITS
      continue
    }
    if (isOrdinalSuffix(next, text.charCodeAt(i + 2))) {
      if (firsts && (ORDINAL & ~noted) !== 0) noted = note(firsts, noted, ORDINAL, i)
      if (lasts) noteLast(lasts, ORDINAL_AT, i)
      mask |= ORDINAL
      stops.lastIndex = i + 3
      continue
    }
    if (firsts && (noted & DIGIT) === 0) noted = note(firsts, noted, DIGIT, i)
    if (lasts) lasts[DIGIT_AT] = i
    mask |= DIGIT
  }
  return mask
}

/** Where `stemAt`'s answer keeps a stem's length, above its kind's bit and the sticky flag. */
const LENGTH_SHIFT = 24
const STICKY = 1 << 23

/**
 * The first stem, in kind order, that fits the word starting at `at` (its first letter, lower
 * case, is `lower`): its kind's bit, `STICKY` for a stem of several words, and its length shifted
 * by `LENGTH_SHIFT`; 0 when none fits.
 */
function stemAt(text: string, at: number, lower: number): number {
  const second = text.charCodeAt(at + 1)
  // Every stem's second character is ASCII; past the end of the text `second` is NaN.
  if (!(second < 128)) return 0
  const key = twoKey(lower, second >= 65 && second <= 90 ? second | 0x20 : second)
  // Past the end of the text the third character is NaN, which `| 0x20` makes a space.
  let third = text.charCodeAt(at + 2) | 0x20
  if (third > 127) third = 0
  if ((THIRD[key * 4 + (third >> 5)]! & (1 << (third & 31))) === 0) return 0
  const stems = BY_TWO[key]
  if (stems === undefined) return 0
  for (const stem of stems) {
    const length = stemLength(text, at, stem)
    if (length > 0) return (length << LENGTH_SHIFT) | (stem.sticky ? STICKY : 0) | stem.bit
  }
  return 0
}

/** Notes `at` as the first place of each kind of `bits` not noted yet; returns the kinds noted. */
function note(firsts: Int32Array, noted: number, bits: number, at: number): number {
  let fresh = bits & ~noted
  for (let k = 0; fresh !== 0; k++, fresh >>>= 1) if (fresh & 1) firsts[k] = at
  return noted | bits
}

/** Notes the last place of a digit shape's kind (index `kind`) and of a digit at `at`. */
function noteLast(lasts: Int32Array, kind: number, at: number): void {
  lasts[kind] = at
  lasts[DIGIT_AT] = at
}

/** Notes the last place of `kind` at `at`, and of every digit shape at `passed`, a digit not read. */
function noteDigitsAt(lasts: Int32Array, kind: number, at: number, passed: number): void {
  lasts[kind] = at
  for (const k of DIGIT_KIND_INDEXES) lasts[k] = passed
}

/** The bit mask of a matcher's `needs` string. */
export function needsMask(needs: string): number {
  let mask = 0
  for (const kind of needs) {
    const i = TRIGGER_KINDS.indexOf(kind)
    if (i >= 0) mask |= 1 << i
  }
  return mask
}
