import {
  CHANGE_WORDS,
  COUNT_LINK_WORDS,
  COUNTED_IN_MILLIONS,
  IRREGULAR_PLURALS,
  MAGNITUDES,
  METRE_CONTEXT,
  METRE_THINGS,
  MOTION_VERBS,
  NOT_AFTER_MILLION,
} from './lexicon'
import { isFunctionWord } from './measure-lexicon'
import { readNumberWords, SCALE_WORDS, SMALL_NUMBERS, startsNumberWords } from './number-words'
import { matchPhrase } from './phrases'
import type { QuantityLexicon } from './quantity-lexicon'
import { isClauseBreak, isPluralShaped, isSentenceBreak, type Token } from './tokens'

/** The number of a quantity, with its magnitude, before any unit or currency after it. */
export interface NumberCore {
  value: number
  /** Token after the number and its magnitude. */
  end: number
  /** Token after the number itself. */
  numberEnd: number
  magnitude: number
  isDigits: boolean
  vague: boolean
  /** Just the word "one": a pronoun or "a single", unless a unit follows ("one per cent"). */
  loneOne?: boolean
  text: string
}

/**
 * Reads the number at `tokens[j]`: digits and their magnitude ("£4.5m", "300k", "2 million"), a
 * vague quantity ("several hundred", "tens of thousands") or a number in words ("four million").
 * `money` says whether a currency stands before it, after which "m" is a million, not metres.
 */
export function readNumberCore(
  tokens: readonly Token[],
  j: number,
  lex: QuantityLexicon,
  money: boolean,
): NumberCore | null {
  const t = tokens[j]
  if (!t) return null
  if (t.kind === 'num') return readPluralPower(tokens, j, t) ?? readDigitsCore(tokens, j, t, money)
  if (t.kind !== 'word') return null
  const vague = matchPhrase(tokens, j, lex.vague)
  if (vague && (!vague.phrase.before || tokens[vague.end]?.lower === vague.phrase.before)) {
    // "several hundred million pounds", "a few thousand million".
    const scaleToken = tokens[vague.end]
    const scale =
      scaleToken?.kind === 'word' && !vague.phrase.before ? SCALE_WORDS[scaleToken.lower] : undefined
    const scaled = scale !== undefined && scale >= 1e3 && vague.phrase.value < 1e6
    const end = scaled ? vague.end + 1 : vague.end
    return {
      value: scaled ? vague.phrase.value * scale : vague.phrase.value,
      end,
      numberEnd: end,
      magnitude: 1,
      isDigits: false,
      vague: true,
      text: t.text,
    }
  }
  if (!startsNumberWords(t.lower)) return null
  const words = readNumberWords(tokens, j)
  if (!words) return null
  let end = words.end
  let value = words.value
  let magnitude = 1
  // "four million" is read whole by the word reader; "two 1,000s" and the like are not numbers.
  const next = tokens[end]
  if (money && next?.kind === 'word' && MAGNITUDES[next.lower]?.moneyOnly && !next.gap) {
    magnitude = MAGNITUDES[next.lower]!.factor
    value *= magnitude
    end++
  }
  return {
    value,
    end,
    numberEnd: words.end,
    magnitude: magnitude === 1 ? words.scale : magnitude,
    isDigits: false,
    vague: false,
    loneOne: words.loneOne,
    text: t.text,
  }
}

/**
 * "1,000s of people", "100s of officers": a power of ten made plural is the vague word for it
 * ("thousands", "hundreds"), worth twice the power, as "thousands" is 2000. Not "the 1900s".
 */
function readPluralPower(tokens: readonly Token[], j: number, t: Token): NumberCore | null {
  const s = tokens[j + 1]
  if (s?.text !== 's' || s.gap || tokens[j + 2]?.lower !== 'of') return null
  if (!/^10{2,}$/.test(t.text.replace(/,/g, ''))) return null
  return {
    value: 2 * t.value,
    end: j + 2,
    numberEnd: j + 2,
    magnitude: 1,
    isDigits: false,
    vague: true,
    text: t.text,
  }
}

/** Digits and up to two magnitudes after them: "£4.5m", "300k", "4 hundred million". */
function readDigitsCore(tokens: readonly Token[], j: number, t: Token, money: boolean): NumberCore | null {
  let end = j + 1
  let magnitude = 1
  // "$3.5-million", "$10-billion": a magnitude word hyphenated to the digits, as Canadian releases write it.
  if (isHyphenatedMagnitude(tokens, end, money)) end++
  // "£4.5m", "300k", "2 million", "4 hundred million"; "200m away" is metres, "10M" is ten million.
  for (let n = 0; n < 2; n++) {
    const next = tokens[end]
    const m = next?.kind === 'word' ? MAGNITUDES[next.lower] : undefined
    if (!next || !m) break
    if (next.gap && next.lower.length === 1 && !isSpacedCapital(tokens, end, money)) break
    if (m.moneyOnly && !money && !(next.text === 'M' || next.text === 'B') && !isBareMillion(tokens, end))
      break
    if (n === 1 && m.factor <= 100) break
    magnitude *= m.factor
    end++
    // "3 hundred and 21" mixes digits and words: too rare to be worth guessing.
    if (m.factor === 100 && tokens[end]?.lower === 'and' && tokens[end + 1]?.kind === 'word') {
      const after = tokens[end + 1]!.lower
      if (after in SMALL_NUMBERS) return null
    }
  }
  return {
    value: t.value * magnitude,
    end,
    numberEnd: j + 1,
    magnitude,
    isDigits: true,
    vague: false,
    text: t.text,
  }
}

/**
 * Whether `tokens[at]` is a hyphen glued between digits and a word of a thousand or more
 * ("3.5-million"), or, after money, a capital M or B ("P6.8-M").
 */
function isHyphenatedMagnitude(tokens: readonly Token[], at: number, money: boolean): boolean {
  const hyphen = tokens[at]
  const word = tokens[at + 1]
  if (hyphen?.text !== '-' || hyphen.gap || word?.kind !== 'word' || word.gap) return false
  // "P6.8-M shabu", "P1.2-B budget": a capital M or B hyphenated to a sum, as Philippine
  // releases write millions and billions; not "$5-Ma", glued to more letters.
  if (money && (word.text === 'M' || word.text === 'B')) return tokens[at + 2]?.gap !== false
  const m = MAGNITUDES[word.lower]
  // Words only: "10-m" and "5-k" are no way to write a sum.
  return !!m && !m.moneyOnly && m.factor >= 1e3 && word.lower.length > 3
}

/**
 * "$3.5 B", "about 8 B people", "4 M users": a capital B or M apart from the digits, closing a sum
 * or before what is counted (a plural or "of"), writes billions or millions. Not "Grade 4 B", "5 B
 * shares" after a class's letter is rare, but "4 M" without a plural after is a list's mark.
 */
function isSpacedCapital(tokens: readonly Token[], at: number, money: boolean): boolean {
  const letter = tokens[at]!
  if (letter.text !== 'B' && letter.text !== 'M') return false
  const next = tokens[at + 1]
  // "B.C.", "M.Sc.": letters with stops are an abbreviation.
  if (next?.text === '.' && !next.gap && tokens[at + 2]?.kind === 'word' && !tokens[at + 2]!.gap) return false
  if (next?.kind === 'word' && !next.gap) return false
  if (money) return next?.kind !== 'word' || next.text === next.lower
  if (next?.kind !== 'word' || next.text !== next.lower) return false
  return next.lower === 'of' || IRREGULAR_PLURALS.has(next.lower) || isPluralShaped(next.lower)
}

/** How far back, in tokens, a bare "1.1m" looks for a million it follows. */
const MILLION_REACH = 16

/** A bracket's close, a comma, a stop or a semicolon, or the end: a bare figure's phrase closes. */
function closesPhrase(t: Token | undefined): boolean {
  return t === undefined || (t.kind === 'sym' && /^[),.;]$/.test(t.text))
}

/**
 * Whether a million written with a glued "m" ("1.4m visitors", "£1.4m") stands before the digits
 * at `digits`, in the same sentence and close by.
 */
function millionBefore(tokens: readonly Token[], digits: number): boolean {
  for (let k = digits - 1; k > 0 && digits - k <= MILLION_REACH; k--) {
    const t = tokens[k]!
    if (isSentenceBreak(t)) return false
    if (t.lower !== 'm' || t.gap || tokens[k - 1]?.kind !== 'num') continue
    // The million before is one by what follows it, never by this rule again: a run of bare
    // figures ("1m, 1m, 1m, …") must not make each look back through all the others.
    // So is one that levels what is counted in millions ("Passengers rose to 1.5m from 1.2m").
    if (/^[£$€¥₹]$/.test(tokens[k - 2]?.text ?? '') || millionByWordAfter(tokens, k)) return true
    if (countedBefore(tokens, k - 1)) return true
  }
  return false
}

/**
 * Whether "m" glued to bare digits is a million ("2.7m sales", "1.2m tonnes", "35m of its
 * devices") rather than metres ("200m away", "a 100m sprint", "a 5m fall", "200m.").
 */
function isBareMillion(tokens: readonly Token[], at: number): boolean {
  const letter = tokens[at]!
  if (letter.lower !== 'm') return letter.lower === 'b'
  const next = tokens[at + 1]
  // "pushed unemployment up to 3.2m", "Passengers rose to 1.5m in May": after its verb, a figure
  // of what is counted in millions, with no word of its own after it.
  const ends = next === undefined || next.kind !== 'word' || LEVEL_TAILS.has(next.lower)
  if (ends && countedBefore(tokens, at - 1)) return true
  // "1.4m visitors, followed by the Riverside Museum (1.1m)": a figure closing its phrase counts
  // what a million just before it in the sentence does.
  if (next === undefined || next.kind !== 'word') return closesPhrase(next) && millionBefore(tokens, at - 1)
  return millionByWordAfter(tokens, at)
}

/** Words after a level that open its time or its comparison: "3.2m in May", "1.5m from 1.2m", "2m last year". Keep sorted. */
const LEVEL_TAILS: ReadonlySet<string> = new Set([
  'and',
  'compared',
  'for',
  'from',
  'in',
  'last',
  'on',
  'since',
  'this',
])

/** How far back, in tokens, the noun of what a figure counts may stand before its digits: "unemployment up to". */
const COUNTED_REACH = 6

/**
 * Whether a noun of what is counted in millions stands shortly before the digits at `digits`,
 * with only words of change and of linking between: "unemployment up to", "Passengers rose to",
 * "jobs has reached nearly".
 */
function countedBefore(tokens: readonly Token[], digits: number): boolean {
  // "to 3.2m", "at nearly 2m", "reached 1.5m": a level, not the length a thing fell or climbed by
  // ("Two workers fell 5m").
  let level = digits - 1
  while (level > digits - COUNTED_REACH && COUNT_QUALIFIERS.has(tokens[level]?.lower ?? '')) level--
  if (!LEVEL_OPENERS.has(tokens[level]?.lower ?? '')) return false
  for (let k = digits - 1; k >= 0 && digits - k <= COUNTED_REACH; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') return false
    if (COUNTED_IN_MILLIONS.has(t.lower)) return k < digits - 1
    const links = COUNT_LINK_WORDS.has(t.lower) || t.lower in CHANGE_WORDS || MOTION_VERBS.has(t.lower)
    if (!links && !PUSHING_VERBS.has(t.lower)) return false
  }
  return false
}

/** Words before a level: "to 3.2m", "at 2m", "reached 1.5m". Keep sorted. */
const LEVEL_OPENERS: ReadonlySet<string> = new Set([
  'at',
  'hit',
  'passed',
  'reached',
  'to',
  'topped',
  'totalled',
])

/** Words of a bound or an estimate before a level's digits: "to nearly 2m", "at an estimated 1.2m". Keep sorted. */
const COUNT_QUALIFIERS: ReadonlySet<string> = new Set([
  'about',
  'almost',
  'an',
  'around',
  'estimated',
  'just',
  'nearly',
  'over',
  'some',
])

/** Verbs that move their object to a level: "pushed unemployment up to", "drove visitors to". Keep sorted. */
const PUSHING_VERBS: ReadonlySet<string> = new Set(['drove', 'pushed', 'pushing', 'took'])

/** Whether `t` ends the phrase of a thing before it: a mark, the end, or a function word ("of", "was"). */
function endsThing(t: Token | undefined): boolean {
  return t === undefined || t.kind === 'sym' || (t.kind === 'word' && isFunctionWord(t.lower))
}

/** Whether the word after a glued "m" makes it a million: a plural, "of", or a decimal before it. */
function millionByWordAfter(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]
  if (next?.kind !== 'word' || isClauseBreak(next)) return false
  if (METRE_CONTEXT.has(next.lower) || NOT_AFTER_MILLION.has(next.lower)) return false
  // "a 1.1m fence", "a 4.5m shark": one thing measured by its length or height, after its
  // article, that ends its phrase ("a 2.5m fence contract" is a million).
  const article = tokens[at - 2]?.lower
  if ((article === 'a' || article === 'an') && METRE_THINGS.has(next.lower) && endsThing(tokens[at + 2]))
    return false
  // A million of something is plural or a decimal ("4m people", "2.7m combined sales"); "a 5m fall" is metres.
  const digits = tokens[at - 1]?.text ?? ''
  return (
    next.lower === 'of' ||
    digits.includes('.') ||
    IRREGULAR_PLURALS.has(next.lower) ||
    (next.lower.endsWith('s') && !next.lower.endsWith('ss'))
  )
}
