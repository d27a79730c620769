import type { Span } from '../model'
import type { TextBlock } from '../text/blocks'
import { countLong, type HeadlineStats, headlineStats, isHeadline } from '../text/headline'
import { lazyRegExp } from '../text/lazy-patterns'
import { NAME_QUOTES, OPERATION_EVENT_WORDS, OPERATION_FORCE_WORDS } from './lexicon'
import type { OperationSettings } from './settings'

/** The rules that produce operation mentions. */
export type OperationRule =
  | 'operations/prefix-name'
  | 'operations/quoted-name'
  | 'operations/plural-list'
  | 'operations/bare-name'

/** One mention found in a block, before mentions are linked into operations. */
export interface Candidate {
  readonly rule: OperationRule
  /** Absolute offsets of the mention; `end` moves when a headline name is cut short. */
  readonly start: number
  end: number
  /** The name's words as written (no quotes, no possessive). */
  words: string[]
  /** Absolute end offset of each word, to cut a mention short at a word. */
  wordEnds: number[]
  /** The canonical first word: "Operation", or a prefix that does not abbreviate it ("Project"). */
  readonly head: string
  /** The name stands in a headline-like run (Title Case or capitals), where names overrun. */
  readonly headline: boolean
  /** In a headline, the word before the prefix reads as a name's lead ("in", "as") or there is none. */
  readonly led: boolean
  /** The block the mention stands in, for its text. */
  readonly block: TextBlock
}

/** Where a block's candidates and diagnostics go. */
export interface ScanSink {
  candidate(c: Candidate): void
  diagnostic(ruleId: string, message: string, span: Span | null): void
}

/** Fewest longer words of a title in Title Case that make it a headline: the prefix, a name, a verb. */
const MIN_TITLE_WORDS = 3
/** Most words an unquoted name runs to: longer runs are the surrounding Title Case, not a name. */
const MAX_NAME_WORDS = 5
/** Fewest letters of a later word in capitals after a mixed-case prefix ("Op SHADER RAF" is "Op SHADER"). */
const MIN_CAPS_CONTINUATION = 5
/** How far either side of a name in capitals the case of the words around it is read. */
const CASE_REACH = 200
/** Most characters between the quotation marks of a quoted name. */
const MAX_QUOTED = 60
/** One capitalised word; parts after a hyphen or apostrophe must be capitalised too ("Make-Safe", "O’Neill"). */
const WORD = lazyRegExp(String.raw`\p{Lu}[\p{L}\p{M}]{0,39}(?:[-'’]\p{Lu}[\p{L}\p{M}]{0,39}){0,3}`, 'uy')
const WORD_CHAR = lazyRegExp(String.raw`[\p{L}\p{M}\p{N}_]`, 'u')
const CAPITAL = lazyRegExp(String.raw`\p{Lu}`, 'u')
const LOWER = lazyRegExp(String.raw`\p{Ll}`, 'u')
const CONTENT_BAD = /["'‘’“”«»\n\r]/
const FORCE_WORDS: ReadonlySet<string> = new Set(OPERATION_FORCE_WORDS.map((w) => w.toLowerCase()))
const EVENT_WORDS: ReadonlySet<string> = new Set(OPERATION_EVENT_WORDS)
/** Words for crime, which the word before names the kind of: "Gang Crime", "Knife Crime". */
const CRIME_WORDS: ReadonlySet<string> = new Set(['crime', 'crimes'])
/** Words of a kind of crime that stand before another before "Crime": "Serious Organised Crime". Keep sorted. */
const CRIME_KINDS: ReadonlySet<string> = new Set([
  'economic',
  'major',
  'organised',
  'organized',
  'serious',
  'violent',
])
/** A plural noun's ending: "Streets", not "Serious" or "Business". */
const PLURAL = /[^su]s$/i
/** Trimmed from the end of a quoted name, by a loop rather than a regex anchored at the end only. */
const TRAILING_PUNCTUATION = ',.;:!? \u00A0'
/** Roman numerals keep their capitals when a name is re-cased ("Nimrod II"). */
const ROMAN = /^[IVX]{1,4}$/

/** Finds the operation mentions in one block and hands them to `sink`. */
export function scanBlock(block: TextBlock, settings: OperationSettings, sink: ScanSink): void {
  const text = block.text
  const re = settings.prefixPattern
  re.lastIndex = 0
  let stats: HeadlineStats | null = null
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const plural = m[1]
    const prefix = (plural ?? m[2]) as string
    const at = m.index
    const nameAt = at + m[0].length
    // A title's closing full stop does not make it prose: "Three Charged After Operation Cobalt
    // Warrant Executed." runs on past the name as a title without a stop does.
    stats ??= block.kind === 'title' ? countLong(text) : headlineStats(text)
    const next = plural
      ? scanList(block, at, nameAt, prefix, settings, sink)
      : isQuote(text.charAt(nameAt))
        ? scanQuoted(block, at, nameAt, prefix, sink)
        : scanName(block, at, nameAt, prefix, settings, stats, sink)
    re.lastIndex = Math.max(next, at + prefix.length)
  }
}

/**
 * An unquoted name: capitalised words up to a stop word, a change of case or punctuation, and
 * over a joint to the word that ends it ("Operation Protect and Serve").
 */
function scanName(
  block: TextBlock,
  at: number,
  nameAt: number,
  prefix: string,
  settings: OperationSettings,
  stats: HeadlineStats,
  sink: ScanSink,
): number {
  const text = block.text
  const words: string[] = []
  const wordEnds: number[] = []
  let pos = nameAt
  let capsName = false
  while (words.length < MAX_NAME_WORDS) {
    const word = readWord(text, pos)
    if (word === null) break
    if (FORCE_WORDS.has(word.toLowerCase()) && words.length > 1) {
      // "Operation Sceptre Thames Valley Police": the words before "Police" name a force, not the operation.
      words.length = 1
      wordEnds.length = 1
      break
    }
    // "Operation Ironside Phase II", "Op Kraken Stage 2": a capitalised phase and its numeral
    // number the name, and close it.
    const phase = words.length > 0 ? readPhase(text, pos, word) : null
    if (phase !== null) {
      words.push(word, phase.numeral)
      wordEnds.push(block.start + pos + word.length, block.start + phase.end)
      break
    }
    if (settings.stopWords.has(word.toLowerCase()) || settings.prefixWords.has(word)) {
      // "Operation Trident Gang Crime Command": the word before "Crime" says what crime a unit
      // fights, and is no part of the name, nor are the words of a kind of crime before it
      // ("Serious Organised Crime Unit"); a plural is the name's own ("Safe Streets Crime").
      if (CRIME_WORDS.has(word.toLowerCase()) && words.length > 1 && !PLURAL.test(words[words.length - 1]!)) {
        do {
          words.length--
          wordEnds.length--
        } while (words.length > 1 && CRIME_KINDS.has(words[words.length - 1]!.toLowerCase()))
      }
      break
    }
    // "Operation HAECHI III", "Operation Nimrod II": a numeral ends the name it numbers.
    if (words.length > 0 && ROMAN.test(word)) {
      // A lone "I" may be the pronoun ("Operation Vigilant I was told"), unless nothing runs on;
      // "V" and "X" are numerals ("Operation SHIELD V seized", "Operation Pangea X targeted").
      if (word === 'I' && !endsName(text, pos + word.length)) break
      words.push(word)
      pos += word.length
      wordEnds.push(block.start + pos)
      break
    }
    // A name keeps one case shape: "OPERATION TARLAC" runs on in capitals, "Operation Hurricane"
    // stops at an acronym that follows it ("Operation Hurricane ROCU"). A name in capitals after
    // a mixed-case prefix (the MOD's "Op SHADER") runs on only into longer words, as an acronym
    // after it is short ("Op SHADER RAF Typhoons", "Operation WARM WELCOME").
    const caps = isAllCaps(word)
    if (words.length === 0) capsName = caps
    else if (caps !== capsName && !(capsName === false && ROMAN.test(word))) break
    else if (
      capsName &&
      !isAllCaps(prefix) &&
      word.length < MIN_CAPS_CONTINUATION &&
      !closesCapsName(text, pos + word.length)
    )
      break
    words.push(word)
    pos += word.length
    wordEnds.push(block.start + pos)
    const c = text.charCodeAt(pos)
    if (c === 0x2d) {
      // "Operation WAREHOUSE-7", "Operation Kraken-2": digits joined by a hyphen number the name.
      const numbered = readDigits(text, pos + 1)
      if (numbered !== null) {
        words[words.length - 1] = `${word}-${numbered}`
        pos += 1 + numbered.length
        wordEnds[wordEnds.length - 1] = block.start + pos
      }
      break
    }
    // A space, or the line break of hard-wrapped text ("Operation Protected" over "Childhood 8").
    const gap =
      c === 0x20 || c === 0xa0 || c === 0x0a ? 1 : c === 0x0d && text.charCodeAt(pos + 1) === 0x0a ? 2 : 0
    if (gap === 0) break
    const joined = readJoined(text, pos + gap, capsName, settings)
    if (joined) {
      // "Operation Protect and Serve": the word after the joint closes the name.
      words.push(joined.joint, joined.word)
      wordEnds.push(block.start + joined.jointEnd, block.start + joined.end)
      break
    }
    const digits = readDigits(text, pos + gap)
    if (digits !== null) {
      // "Operation Trident 2": digits after the name are part of it.
      words.push(digits)
      pos += gap + digits.length
      wordEnds.push(block.start + pos)
      break
    }
    if (!isCapital(text.charAt(pos + gap))) break
    pos += gap
  }
  if (words.length === 0) return nameAt
  dropSeasonBeforeEvent(text, block.start, words, wordEnds)
  const end = wordEnds[wordEnds.length - 1] as number
  // Leave the prefix and the first name word out of the count, but not the words after it: a
  // headline that runs on ("Operation Sceptre Knife Crime Crackdown") must still read as one.
  const own = countLong(text.slice(at, (wordEnds[0] as number) - block.start))
  // A name in capitals after a mixed-case prefix in a line that is not in capitals ("Fraudsters
  // Caught In Operation HAECHI III Across Asia") ends where its case does: it does not run on.
  // Read around the name only, so a long block is not read again for each name in it.
  const codeName = () => {
    const after = end - block.start
    const around = text.slice(Math.max(0, at - CASE_REACH), at) + text.slice(after, after + CASE_REACH)
    return capsName && !isAllCaps(prefix) && !readsInCapitals(around)
  }
  // A release's title is a headline however short, when every longer word of it is capitalised
  // and the name runs on to three words ("Operation Kraken Nets 40 Arrests"): too few words to read
  // as one elsewhere. Two words are read as the name ("Operation Black Swan", "Operation Sea Dragon
  // in Glasgow"): a headline's verb runs on to its object.
  const shortTitle =
    block.kind === 'title' &&
    words.length > 2 &&
    stats.long >= MIN_TITLE_WORDS &&
    stats.capitalised === stats.long
  const headline =
    ((isAllCaps(prefix) && readsInCapitals(text)) ||
      isHeadline(stats.long - own.long, stats.capitalised - own.capitalised) ||
      shortTitle) &&
    !quotedWhole(text, at, end - block.start) &&
    !codeName()
  sink.candidate({
    rule: 'operations/prefix-name',
    start: block.start + at,
    end,
    words,
    wordEnds,
    head: headWord(prefix),
    headline,
    led: headline && isLed(text, at, settings),
    block,
  })
  return end - block.start
}

/** Words of a season or a holiday a campaign is run for: "Summer", "Christmas". */
const SEASON_WORDS: ReadonlySet<string> = new Set([
  'autumn',
  'christmas',
  'easter',
  'festive',
  'spring',
  'summer',
  'winter',
])

/** An event word after a name's last word, perhaps over a year: " Campaign", " 2024 campaign". */
const EVENT_AFTER = lazyRegExp(
  `^[ \u00A0](?:(?:19|20)\\d{2}[ \u00A0])?(?:${OPERATION_EVENT_WORDS.join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
)

/**
 * "Operation Safer Streets Summer Campaign": the season before an event word names when the
 * operation's campaign runs, not the operation, as the event word does not; the name ends before
 * it. A name of the season alone ("Operation Summer Campaign") keeps it.
 */
function dropSeasonBeforeEvent(text: string, offset: number, words: string[], wordEnds: number[]): void {
  const last = (wordEnds[wordEnds.length - 1] as number) - offset
  if (words.length < 2 || !EVENT_AFTER().test(text.slice(last, last + 16))) return
  while (words.length > 1 && SEASON_WORDS.has((words[words.length - 1] as string).toLowerCase())) {
    words.length--
    wordEnds.length--
  }
}

/** A Roman numeral after a quoted name: " VII". */
const ROMAN_AFTER = lazyRegExp(String.raw`^[ \u00A0]([IVX]{1,4})(?![\p{L}\p{N}_])`, 'u')

/**
 * The numeral after a quoted name's closing mark at `pos`, as it is read after an unquoted name: a
 * Roman numeral (a lone "I" only where no word runs on: else the pronoun), or digits that close the
 * name (`readDigits`). Returns the numeral and where it ends, or null.
 */
function numeralAfter(text: string, pos: number): { numeral: string; end: number } | null {
  const c = text.charCodeAt(pos)
  if (c !== 0x20 && c !== 0xa0) return null
  const roman = ROMAN_AFTER().exec(text.slice(pos, pos + 6))
  if (roman) {
    const end = pos + roman[0].length
    return roman[1] !== 'I' || endsName(text, end) ? { numeral: roman[1] as string, end } : null
  }
  const digits = readDigits(text, pos + 1)
  return digits === null ? null : { numeral: digits, end: pos + 1 + digits.length }
}

/** A quoted name: "Operation ‘Hurricane’", the mention running to the closing mark. */
function scanQuoted(block: TextBlock, at: number, nameAt: number, prefix: string, sink: ScanSink): number {
  const text = block.text
  const close = NAME_QUOTES[text.charAt(nameAt)] as string
  const limit = Math.min(text.length, nameAt + 2 + MAX_QUOTED)
  let closeAt = -1
  for (let i = nameAt + 1; i < limit; i++) {
    const c = text.charAt(i)
    if (c === close) {
      closeAt = i
      break
    }
    if (CONTENT_BAD.test(c)) break
  }
  if (closeAt < 0) {
    // A straight apostrophe after a prefix is as likely a closing quote of the sentence as an
    // opening one; only a curly or double mark left open is worth telling about.
    if (text.charAt(nameAt) !== "'")
      sink.diagnostic(
        'operations/unclosed-quote',
        `Unexpected unclosed quotation mark after "${prefix}", expected a quoted operation name`,
        { start: block.start + at, end: block.start + nameAt + 1 },
      )
    return nameAt
  }
  // Punctuation the sentence put inside the marks ("Operation “Hurricane,” which ...") is not the name's.
  let contentEnd = closeAt
  while (contentEnd > nameAt + 1 && TRAILING_PUNCTUATION.includes(text.charAt(contentEnd - 1))) contentEnd--
  const content = text.slice(nameAt + 1, contentEnd)
  const words = content.trim().split(/[ \u00A0]+/)
  const first = words[0] ?? ''
  if (
    words.length > MAX_NAME_WORDS ||
    !/^[\p{L}\p{N}]/u.test(first) ||
    WORD_CHAR().test(text.charAt(closeAt + 1))
  )
    return nameAt
  // "Operation 'Silver Axe' VII", "Operation “Kraken” 2": a numeral after the marks numbers the name.
  // A lone "I" is read as it is after an unquoted name: the pronoun, when a word runs on.
  const numeral = numeralAfter(text, closeAt + 1)
  if (numeral) words.push(numeral.numeral)
  const end = numeral ? numeral.end : closeAt + 1
  sink.candidate({
    rule: 'operations/quoted-name',
    start: block.start + at,
    end: block.start + end,
    words,
    wordEnds: [block.start + end],
    head: headWord(prefix),
    headline: false,
    led: false,
    block,
  })
  return end
}

/**
 * A list after a plural prefix: "Operations Sceptre and Venetic", "Ops Alpha, Bravo & Charlie".
 * One word per name, and it must be a list: "Operations Manager" and "Head of Operations Jo
 * Smith" are roles.
 */
function scanList(
  block: TextBlock,
  at: number,
  nameAt: number,
  prefix: string,
  settings: OperationSettings,
  sink: ScanSink,
): number {
  const text = block.text
  if (/\bof[ \u00A0]$/i.test(text.slice(Math.max(0, at - 3), at))) return nameAt
  const items: Array<{ word: string; start: number; end: number }> = []
  let pos = nameAt
  let joined = false
  while (items.length < MAX_NAME_WORDS) {
    const word = readWord(text, pos)
    if (word === null || settings.stopWords.has(word.toLowerCase())) return nameAt
    items.push({ word, start: pos, end: pos + word.length })
    pos += word.length
    if (joined) break
    const sep = /^(?:,[ \u00A0]|,?[ \u00A0](?:and|&)[ \u00A0])/i.exec(text.slice(pos, pos + 7))
    if (!sep) break
    joined = sep[0].trim() !== ','
    pos += sep[0].length
  }
  if (!joined || items.length < 2) return nameAt
  const head = headWord(prefix)
  items.forEach((item, i) => {
    const start = block.start + (i === 0 ? at : item.start)
    sink.candidate({
      rule: 'operations/plural-list',
      start,
      end: block.start + item.end,
      words: [item.word],
      wordEnds: [block.start + item.end],
      head,
      headline: false,
      led: false,
      block,
    })
  })
  return pos
}

/** A word that joins two words of one name: "Protect and Serve", "Sea & Shore", "Sword of Justice". */
const JOINT = /(and|AND|of|OF|&)[ \u00A0]/y
/** Joint words in the canonical name, in lower case whatever the case of the mention. */
const JOINT_WORDS: ReadonlySet<string> = new Set(['and', 'of'])
/** A capitalised word after a space or a wrapped line's break. */
const CAPITAL_AFTER = lazyRegExp(String.raw`^(?:[ \u00A0]|\r?\n)\p{Lu}`, 'u')

/**
 * A joint and the one capitalised word after it that ends the name, at `pos`; null when the
 * words after are no part of it: another operation ("Operation Hurricane and Operation Cyclone"),
 * a stop word or a force ("and Kent Police"), a word of the other case, or more capitalised words
 * (but for a word naming an event held under the name, "Operation Safe and Sound Week").
 */
function readJoined(
  text: string,
  pos: number,
  capsName: boolean,
  settings: OperationSettings,
): { joint: string; jointEnd: number; word: string; end: number } | null {
  JOINT.lastIndex = pos
  const j = JOINT.exec(text)
  const joint = j?.[1]
  if (!j || !joint || (joint !== '&' && isAllCaps(joint) !== capsName)) return null
  const at = pos + j[0].length
  const word = readWord(text, at)
  if (word === null || isAllCaps(word) !== capsName) return null
  const lower = word.toLowerCase()
  if (settings.stopWords.has(lower) || settings.prefixWords.has(word) || FORCE_WORDS.has(lower)) return null
  const end = at + word.length
  const next = end + (text.charCodeAt(end) === 0x0d ? 2 : 1)
  if (CAPITAL_AFTER().test(text.slice(end, end + 3)) && !endsAtEvent(text, next, settings)) return null
  return { joint, jointEnd: pos + joint.length, word, end }
}

/** Whether the word at `pos` names an event held under the name, which ends it: "Safe and Sound Week". */
function endsAtEvent(text: string, pos: number, settings: OperationSettings): boolean {
  const word = readWord(text, pos)
  return word !== null && EVENT_WORDS.has(word) && settings.stopWords.has(word.toLowerCase())
}

/** The capitalised word at `pos` in `text`, or null when none stands there whole. */
function readWord(text: string, pos: number): string | null {
  WORD().lastIndex = pos
  const m = WORD().exec(text)
  if (!m) return null
  // "Op X5", "Operation Ab_c": a word that runs on into digits is no name word.
  if (WORD_CHAR().test(text.charAt(pos + m[0].length))) return null
  return m[0]
}

const DIGITS = /\d{1,3}/y
/** After a numeral that ends a name: a lower-case word ("Operation Sceptre 12 people") or a figure shows it is not one. */
const NOT_NAME_END = lazyRegExp(String.raw`^(?:[\s\u00A0]{1,2}\p{Ll}|[\p{L}\p{N}_%]|[.,]\d|\s{0,2}%)`, 'u')

/**
 * After a short word in capitals that closes a name in capitals: a stop, a bracket or a quotation
 * mark, or a word that no acronym describes ("Operation BLUE SKY, which", "Op SHADER RAF missions").
 */
const CAPS_NAME_END = lazyRegExp(
  String.raw`^(?:[\s\u00A0]?(?:$|[.,;:!?)\]"”’'])|[\s\u00A0](?:at|by|for|from|has|have|in|is|on|saw|targeted|to|was|were|which|will|with)\b)`,
  'u',
)

/** Whether a short word in capitals ending at `end` closes a name in capitals rather than standing after it. */
function closesCapsName(text: string, end: number): boolean {
  return CAPS_NAME_END().test(text.slice(end, end + 12))
}

/** Whether a numeral ending at `end` can close a name: no lower-case word or figure runs on from it. */
function endsName(text: string, end: number): boolean {
  return !NOT_NAME_END().test(text.slice(end, end + 3))
}

/** Words of a phase that a numeral after a name numbers: "Phase II", "Stage 2". Keep sorted. */
const PHASE_WORDS: ReadonlySet<string> = new Set(['Phase', 'Stage'])
/** Number words of a phase, capitalised: "Phase Two". Keep sorted. */
const PHASE_NUMBER_WORDS: ReadonlySet<string> = new Set(['Five', 'Four', 'One', 'Three', 'Two'])

/**
 * The numeral of a capitalised phase word at `pos` ("Phase II", "STAGE 2", "Phase Two") that
 * closes the name, with the offset after it; null when none follows.
 */
function readPhase(text: string, pos: number, word: string): { numeral: string; end: number } | null {
  if (!PHASE_WORDS.has(titleCase(word))) return null
  const at = pos + word.length
  const c = text.charAt(at)
  if (c !== ' ' && c !== '\u00a0') return null
  const digits = readDigits(text, at + 1)
  if (digits !== null) return { numeral: digits, end: at + 1 + digits.length }
  const next = readWord(text, at + 1)
  if (next === null || (!ROMAN.test(next) && !PHASE_NUMBER_WORDS.has(titleCase(next)))) return null
  // "Phase I was told": a lone "I" before a word in lower case is the pronoun.
  if (next === 'I' && !endsName(text, at + 2)) return null
  return { numeral: next, end: at + 1 + next.length }
}

/** Whether the name's last two words are a phase and its numeral: "Ironside Phase II". */
export function phaseNumbered(words: readonly string[]): boolean {
  return words.length > 2 && PHASE_WORDS.has(titleCase(words[words.length - 2]!))
}

/**
 * Digits at `pos` that close a name ("Protected Childhood 8 targeted", "Trident 12,"), or null.
 * A longer number with a word after it is a count ("Operation Sceptre 12 people").
 */
function readDigits(text: string, pos: number): string | null {
  DIGITS.lastIndex = pos
  const m = DIGITS.exec(text)
  if (!m) return null
  const end = pos + m[0].length
  if (WORD_CHAR().test(text.charAt(end)) || /^[.,]\d/.test(text.slice(end, end + 2))) return null
  return m[0].length === 1 || endsName(text, end) ? m[0] : null
}

/** "Operation" for a prefix that abbreviates it ("Op.", "OPN"); otherwise the prefix in Title Case. */
function headWord(prefix: string): string {
  const bare = prefix.replace(/\.$/, '').toLowerCase()
  if (bare === 'op' || bare === 'opn' || bare === 'ops' || bare === 'operation' || bare === 'operations')
    return 'Operation'
  return prefix
    .replace(/\.$/, '')
    .split(' ')
    .map((w) => (isAllCaps(w) ? titleCase(w) : w))
    .join(' ')
}

/** The prefix starts the block, follows punctuation or follows a lead word ("in", "as"). */
function isLed(text: string, at: number, settings: OperationSettings): boolean {
  let i = at
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0)) i--
  if (i === 0) return true
  if (text.charAt(i - 1) === '&') return true
  let j = i
  while (j > 0 && i - j < 30 && WORD_CHAR().test(text.charAt(j - 1))) j--
  if (j === i) return true
  const word = text.slice(j, i)
  // A possessive reads as a name's owner: "Police Scotland’s Operation Sceptre".
  if (word === 's' && (text.charAt(j - 1) === '’' || text.charAt(j - 1) === "'")) return true
  // A longer word in lower case ("said", "during") shows the run is not in Title Case after all.
  if (word.length >= 4 && LOWER().test(word.charAt(0))) return true
  return settings.leadWords.has(word.toLowerCase())
}

/**
 * Whether quotation marks enclose the mention whole, prefix and name, and nothing else:
 * "“Operation Take Back America” Yields 1,500 Arrests", where the marks end the name.
 */
function quotedWhole(text: string, at: number, end: number): boolean {
  const close = NAME_QUOTES[text.charAt(at - 1)]
  return close !== undefined && text.charAt(end) === close && !WORD_CHAR().test(text.charAt(at - 2))
}

function isQuote(c: string): boolean {
  return Object.hasOwn(NAME_QUOTES, c)
}

function isCapital(c: string): boolean {
  return c !== '' && CAPITAL().test(c)
}

/** Longer words, whose case tells a line in capitals from prose. */
const LONG_WORDS = lazyRegExp(String.raw`\p{L}[\p{L}\p{M}'’-]{3,}`, 'gu')

/**
 * Whether a block is written in capitals, as a headline may be ("OPERATION DRAGON NETS 40
 * ARRESTS"), where a name in capitals runs on past its end; in prose ("arrested during OPERATION
 * NORTH STAR XII, an eight-week sweep") the capitals are the name's own.
 */
function readsInCapitals(text: string): boolean {
  let long = 0
  let caps = 0
  for (const m of text.matchAll(LONG_WORDS())) {
    long++
    if (!LOWER().test(m[0])) caps++
  }
  return caps >= 0.8 * long
}

/** Two or more letters, none lower case ("TARLAC", "OPERATION"). */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && !LOWER().test(word) && CAPITAL().test(word)
}

/** "TARLAC" → "Tarlac", "MAKE-SAFE" → "Make-Safe". */
export function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’ ])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
}

/** A roman numeral or digits: the number of a name ("HAECHI III", "Trident 2"). */
export function isNumeral(word: string): boolean {
  return ROMAN.test(word) || /^\d{1,3}$/.test(word)
}

/** A word with its number joined by a hyphen: "WAREHOUSE-7", "HAECHI-IV". */
const HYPHEN_NUMBERED = /^[^-]{1,40}-(?:\d{1,3}|[IVX]{1,4})$/

/**
 * A name's words for the canonical name: capitals re-cased, roman numerals kept. A name in
 * capitals with a number after it, or joined to its last word, is a code name, kept as written
 * ("HAECHI III", "WAREHOUSE-7", "HAECHI-IV").
 */
export function canonicalWords(words: readonly string[]): string[] {
  const caps = words.every((w) => !LOWER().test(w))
  if (!caps) return [...words]
  const last = words[words.length - 1] ?? ''
  if ((words.length > 1 && isNumeral(last)) || HYPHEN_NUMBERED.test(last)) return [...words]
  return words.map((w, i) => {
    if (i > 0 && JOINT_WORDS.has(w.toLowerCase())) return w.toLowerCase()
    return i > 0 && ROMAN.test(w) ? w : titleCase(w)
  })
}
