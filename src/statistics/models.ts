import { IRREGULAR_PLURALS } from './lexicon'
import { isFunctionWord, SIMPLE_PASTS } from './measure-lexicon'
import { SMALL_NUMBERS } from './number-words'
import { isParticiple } from './participles'
import { isClauseBreak, isPluralShaped, isSentenceBreak, type Token } from './tokens'

/*
 * Numbers that name a model or a form, not how many: "two new 737 Max jets", "Boeing's own 787
 * Dreamliner", "a 1099 form", "1099 forms". They are told by what stands around the digits, read
 * as a count with no unit: a count already written before them, a capitalised model word after
 * them with no plural to count, a singular noun after "a", or a form's noun.
 */

/**
 * Whether the bare digits at `tokens[start]` (read as a count, `end` after them) name a model or a
 * form. `headline`: capitals are no sign of a name in a title.
 */
export function isModelNumber(
  tokens: readonly Token[],
  start: number,
  end: number,
  headline: boolean,
): boolean {
  const t = tokens[start]!
  if (end !== start + 1) return false
  if (isProductNumber(tokens, start, end, headline)) return true
  if (!/^\d{3,4}$/.test(t.text)) return false
  // "500-bed hospitals", "737-800": a hyphen glued after the digits makes a compound or a variant.
  if (tokens[end]?.text === '-' && !tokens[end]!.gap) return false
  return (
    isCountedBefore(tokens, start) ||
    (!headline && isOneThingBefore(tokens[start - 1]) && isModelWordAfter(tokens, end)) ||
    isSingularAfterArticle(tokens, start, end) ||
    isFormAfter(tokens, start, end)
  )
}

/** How many describing words may stand between a count and the model's number: "two new 737". */
const ADJECTIVE_REACH = 2

/**
 * "two new 737 Max jets", "three 787 Dreamliners", "12 new 747 freighters": a count stands before
 * the digits, so they say which, not how many. A count in words may stand right before; a count
 * in digits needs a word between ("12 15 18" is a table's row).
 */
function isCountedBefore(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1, words = 0; k >= 0 && words <= ADJECTIVE_REACH; k--, words++) {
    const t = tokens[k]!
    if (t.kind === 'num') return words > 0 && !t.text.includes('.') && !isNameOrNumber(tokens[k - 1])
    if (t.kind !== 'word' || t.text !== t.lower) return false
    const count = SMALL_NUMBERS[t.lower]
    if (count !== undefined) return true
    // "The FTSE 100 lost 190 points": a verb between makes the second number its object.
    if (isParticiple(t.lower) || SIMPLE_PASTS.has(t.lower) || /(?:ed|ing)$/.test(t.lower)) return false
    if (isFunctionWord(t.lower) || isPluralShaped(t.lower) || IRREGULAR_PLURALS.has(t.lower)) return false
  }
  return false
}

/** Words before a number that point at one thing: "the 737 Max", "its 787 Dreamliner". Keep sorted. */
const ONE_THING_BEFORE: ReadonlySet<string> = new Set([
  'a',
  'an',
  'her',
  'his',
  'its',
  'our',
  'own',
  'the',
  'their',
  'this',
  'your',
])

/** "the", "its", "own", or a possessive ("Boeing's 787 Dreamliner"). */
function isOneThingBefore(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false
  return ONE_THING_BEFORE.has(t.lower) || /['’]s$/.test(t.lower)
}

/**
 * Endings of capitalised words that may count people with no "s": "Vietnamese", "Irish",
 * "Dutch", "Swiss", "Gardaí".
 */
const PEOPLE_ENDINGS = /(?:ese|ish|ch|ss|[íi])$/

/** Digits, or a capitalised word whose number the digits may be ("FTSE 100"). */
function isNameOrNumber(t: Token | undefined): boolean {
  return t?.kind === 'num' || (t?.kind === 'word' && t.text !== t.lower)
}

/**
 * "Boeing's own 787 Dreamliner", "the 737 Max to Dublin": a capitalised word glued to the number's
 * right, with no plural noun after it to be counted ("300 BC Hydro workers", "20 Garda
 * stations", "12 Class A drugs" count).
 */
function isModelWordAfter(tokens: readonly Token[], end: number): boolean {
  const first = tokens[end]
  if (first?.kind !== 'word' || !/^[A-Z]/.test(first.text) || isPluralShaped(first.lower)) return false
  if (PEOPLE_ENDINGS.test(first.lower)) return false
  for (let k = end; k < end + 4; k++) {
    const t = tokens[k]
    if (!t || isClauseBreak(t)) return true
    // A capitalised word or a letter or digits of a name go on with it: "Class A", "Category 1".
    if (t.kind === 'num' || (t.kind === 'word' && /^[A-Z]/.test(t.text))) {
      if (isPluralShaped(t.lower) && t.kind === 'word' && k > end) return false
      continue
    }
    if (t.kind !== 'word') return true
    return !(isPluralShaped(t.lower) || IRREGULAR_PLURALS.has(t.lower))
  }
  return false
}

/**
 * "a 1099 form", "an 8300 filing to the IRS", "a 737 jet": a singular noun closing the phrase
 * after "a" cannot be hundreds of things. Not "a 40 page report" or "a 3 bedroom house", where
 * the noun describes another.
 */
function isSingularAfterArticle(tokens: readonly Token[], start: number, end: number): boolean {
  const article = tokens[start - 1]?.lower
  if (article !== 'a' && article !== 'an') return false
  const noun = tokens[end]
  if (noun?.kind !== 'word' || noun.text !== noun.lower || isFunctionWord(noun.lower)) return false
  if (isPluralShaped(noun.lower) || IRREGULAR_PLURALS.has(noun.lower)) return false
  const after = tokens[end + 1]
  return !after || isClauseBreak(after) || (after.kind === 'word' && isFunctionWord(after.lower))
}

/** "1099 forms", "the 1040 form": a form's number before the word. Keep sorted. */
const FORM_NOUNS: ReadonlySet<string> = new Set(['form', 'forms'])

/** Not a round number: "500 forms were handed in" counts them. */
function isFormAfter(tokens: readonly Token[], start: number, end: number): boolean {
  return FORM_NOUNS.has(tokens[end]?.text ?? '') && tokens[start]!.value % 50 !== 0
}

/**
 * Product lines written with a plain capitalised name before their number: "Windows 11", "Xbox
 * 360", "Pixel 8", "Kindle 4". Capitalised inside a sentence they name the product. Keep sorted.
 */
const PRODUCT_LINES: ReadonlySet<string> = new Set(['kindle', 'macbook', 'pixel', 'windows', 'xbox'])

/**
 * Capitals inside surnames and places, not products: "McGregor", "MacArthur", "DeSantis",
 * "DiCaprio", "LaGuardia", "LeBron", "DuPont", "VanDyke", "VonTrapp".
 */
const NAME_PREFIX = /^(?:Ma?c|D[aeiu]|L[ae]|V[ao]n)[A-Z]/

/** A possessive: "FedEx's 200 drivers" counts the drivers. */
const POSSESSIVE = /['’]s$/

/**
 * Whether `t` is a product's name that numbers its versions: a word with a capital inside it
 * after a lower-case letter ("iPhone", "PlayStation", "MacBook", "AirPods", "iOS"), or a product
 * line ("Windows", "Xbox") when `lines`. Not a surname or a place ("McGregor", "LaGuardia"), nor a
 * possessive ("FedEx's"): people and things are counted after those.
 */
export function isProductWord(t: Token | undefined, lines = true): boolean {
  if (t?.kind !== 'word') return false
  // `lines` false: in a title, which capitalises every word ("Vandals Smash Windows 12 Times"), or
  // far from the number, a product line's word may be a plain noun.
  if (PRODUCT_LINES.has(t.lower)) return lines && /^[A-Z]/.test(t.text)
  return /[a-z][A-Z]/.test(t.text) && !NAME_PREFIX.test(t.text) && !POSSESSIVE.test(t.text)
}

/**
 * Words that close a product's name after its number: "11 Pro", "12 Mini", "15 Pro Max", "S23
 * Ultra", "8 Plus". Capitalised. Keep sorted.
 */
const MODEL_SUFFIXES: ReadonlySet<string> = new Set([
  'lite',
  'max',
  'mini',
  'plus',
  'pro',
  'se',
  'ultra',
  'xl',
])

/** Whether `t` is a model's suffix, capitalised: "Pro" of "15 Pro Max". */
export function isModelSuffix(t: Token | undefined): boolean {
  return t?.kind === 'word' && /^[A-Z]/.test(t.text) && MODEL_SUFFIXES.has(t.lower)
}

/** How far back in its sentence a product's name may stand before a bare model number: "iPhone 11 Pro and 11 Pro Max". */
const PRODUCT_REACH = 12

/**
 * "iPhone 15 sales", "PlayStation 5 consoles", "Windows 11 users", "MacBook Air 13": digits right
 * after a product's name, or its model's name, are its version. "the iPhone 11 Pro and 11 Pro Max", "Apple's 15 Pro Max": digits before
 * a model's suffix are a model's name too, when a product is named before them in the sentence or
 * a word for one thing stands before them. A count before a product ("200 PlayStation consoles"),
 * or before a capitalised name that goes on past the suffix ("12 Mini Coopers", "5 Pro Bowl
 * players"), counts.
 */
function isProductNumber(tokens: readonly Token[], start: number, end: number, headline: boolean): boolean {
  const t = tokens[start]!
  if (!t.gap || !/^\d{1,3}$/.test(t.text)) return false
  if (productBefore(tokens, start, headline)) return true
  if (!isModelSuffix(tokens[end])) return false
  // Only suffixes close the name: "12 Mini Coopers", "five Pro Bowl players" count what follows.
  let k = end + 1
  for (; tokens[k]?.kind === 'word' && /^[A-Z]/.test(tokens[k]!.text); k++)
    if (!isModelSuffix(tokens[k])) return false
  return (
    isOneThingBefore(tokens[start - 1]) ||
    productNamedBefore(tokens, start) ||
    (isDescribedOneThing(tokens, start) && !isCountedNoun(tokens, k))
  )
}

/**
 * Words before a number that pick some of a group out, not one thing: "the other 12 Pro players",
 * "the first 12 Ultra runners". Keep sorted.
 */
const GROUP_PICKERS: ReadonlySet<string> = new Set([
  'additional',
  'extra',
  'final',
  'first',
  'following',
  'further',
  'last',
  'more',
  'next',
  'only',
  'other',
  'remaining',
  'top',
])

/**
 * "the new 12 Mini", "Apple's cheaper 13 Mini", "the long-awaited 15 Pro Max": a word for one
 * thing, then up to two describing words, before the digits. Not "the other 12 Pro players".
 */
function isDescribedOneThing(tokens: readonly Token[], start: number): boolean {
  let k = start - 1
  for (let words = 0; words < ADJECTIVE_REACH; words++) {
    // "long-awaited": a compound's parts, joined by hyphens with no space.
    while (
      tokens[k]?.kind === 'word' &&
      tokens[k - 1]?.text === '-' &&
      !tokens[k]!.gap &&
      !tokens[k - 1]!.gap
    )
      k -= 2
    const t = tokens[k]
    if (t?.kind !== 'word' || t.text !== t.lower || !isDescribingWord(t.lower)) break
    k--
    if (isOneThingBefore(tokens[k])) return true
  }
  return false
}

function isDescribingWord(word: string): boolean {
  return (
    !GROUP_PICKERS.has(word) &&
    !isFunctionWord(word) &&
    SMALL_NUMBERS[word] === undefined &&
    !isPluralShaped(word) &&
    !IRREGULAR_PLURALS.has(word)
  )
}

/**
 * A lower-case plural after the model's words: "the new 12 Mini buses arrive" counts the buses.
 * A word in -s is the model's verb when a word of grammar, a figure or a sign follows it: "goes on
 * sale", "costs $699", "features a 5.4-inch screen".
 */
function isCountedNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (t?.kind !== 'word' || t.text !== t.lower) return false
  if (IRREGULAR_PLURALS.has(t.lower)) return true
  if (!isPluralShaped(t.lower)) return false
  const next = tokens[k + 1]
  if (next?.kind === 'word') return !isFunctionWord(next.lower)
  return next === undefined || isClauseBreak(next)
}

/**
 * Whether a product's name stands right before `at`, or with up to two capitalised words of its
 * model's name between: "iPhone 15", "MacBook Air 13", "PlayStation VR 2".
 */
export function productBefore(tokens: readonly Token[], at: number, headline = false): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = tokens[k]!
    if (isProductWord(t, !headline)) return true
    if (t.kind !== 'word' || !/^[A-Z]/.test(t.text)) return false
  }
  return false
}

/** Whether a product's name stands earlier in the sentence: "iPhone" of "the iPhone 11 Pro and 11 Pro Max". */
function productNamedBefore(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - PRODUCT_REACH); k--) {
    const w = tokens[k]!
    if (isSentenceBreak(w)) return false
    if (isProductWord(w, false)) return true
  }
  return false
}
