import { isDateOrTime } from './date-filters'
import {
  isAge,
  isAgeLimit,
  isAgeListAfterPeople,
  isAgeStated,
  isDuration,
  isRangeOfDurations,
} from './duration-filters'
import { isFamilySize } from './family'
import { isTimesPerPeriod } from './frequency'
import {
  isAddress,
  isAfterName,
  isAgeAfterSuffix,
  isCodeSection,
  isDocumentNumber,
  isIdentifier,
  isServiceNumber,
  isTablePlace,
} from './identifiers'
import {
  COUNT_MODIFIERS,
  CURRENCY_SYMBOLS,
  IDIOM_WORDS,
  IRREGULAR_PLURALS,
  NAME_NOUN_OPENERS,
  NAME_WORDS,
  NUMBERED_NAMES,
  PLAN_NOUNS,
  PLURAL_FRACTION_PARTS,
  RANGE_LINKS,
  REFERENCE_LABEL_WORDS,
  SIZE_CLASS_MAX,
  SIZE_CLASS_PARTS,
  SPECIFICATION_PARTS,
} from './lexicon'
import { isFiscalYearCode } from './measure-after'
import { DETERMINERS, PREPOSITIONS } from './measure-lexicon'
import {
  isGluedToName,
  isLowerCaseNumberedName,
  isModelVariant,
  isNameWord,
  isNumberedName,
  isReferenceLetters,
  type NamesWithNumbers,
  nameKey,
  startsSentence,
} from './name-filters'
import { FRACTION_WORDS, SMALL_NUMBERS } from './number-words'
import { isOnceInTime, isOneInAMillion } from './proportions'
import { isInQuotedTitle } from './quoted-titles'
import type { NumberCore } from './read-number'
import { isDisplayResolution } from './resolution'
import { isRatioSide, isTallyOrScale } from './tallies'
import { isPluralShaped, type Token } from './tokens'

/** Parts after a number word that make it a fraction: "two-thirds", "three fifths". */
const FRACTION_DENOMINATORS: ReadonlySet<string> = new Set([
  ...Object.keys(FRACTION_WORDS),
  ...PLURAL_FRACTION_PARTS,
])

/**
 * Whether the number at `tokens[start]` is one of the things that look like figures but are
 * not: a date or a time, a duration or an age, an identifier, a phone number, a list marker, a
 * number in a name or an idiom, a fraction. `first` is the quantity's first token (its
 * qualifier or currency); `money` says a currency was written before the number, which makes
 * most of these readings impossible.
 */
export function isNotStatistic(
  tokens: readonly Token[],
  first: number,
  start: number,
  core: NumberCore,
  money: boolean,
  headline: boolean,
  /** Names with a number the text writes elsewhere (`namesWithNumbers`). */
  names?: NamesWithNumbers,
  /** Whether a currency is written after the number ("12.3p", "45 pence"). */
  moneyAfter = false,
): boolean {
  const t = tokens[start]!
  const prev = tokens[first - 1]
  const next = tokens[core.end]
  // "a 5-to-1 vote", "on a scale of 1 to 10": a tally's sides and a scale's ends are no amounts.
  if (!money && first === start && isTallyOrScale(tokens, start, core.end)) return true
  // "outnumber men almost 3 to 1": a ratio's sides, a qualifier before them or not.
  if (!money && isRatioSide(tokens, start, core.end)) return true
  // "a one-in-a-million chance": a figure of speech for rare.
  if (!money && isOneInAMillion(tokens, start)) return true
  // "a 1-in-100-year flood": how often, once in so long a time; the time is a duration.
  if (!money && first === start && isOnceInTime(tokens, start)) return true
  if (core.isDigits) {
    if (!money && first === start && isGluedToName(tokens, start)) return true
    // "(FY 23 £40.1m)", "in FY 24": a fiscal year's code, a space, then its year written short.
    if (!money && first === start && isSpacedFiscalYear(tokens, start)) return true
    // The second year of "2023-24" or "2023–2024"; not of "1500-2000 officers", no year.
    if (prev && (prev.text === '-' || prev.text === '–' || prev.text === '/') && !t.gap) {
      const before = tokens[first - 2]
      if (before?.kind === 'num' && isSecondYear(before.text, t.text)) return true
    }
    // "a Boeing 737-800", "an Airbus A320-200": the variant of a model's number.
    if (!money && first === start && isModelVariant(tokens, start, headline, names)) return true
    if (!money && isServiceNumber(tokens, first, core.end)) return true
    if (!money && first === start && repeatsWordBefore(tokens, start, core.end)) return true
    // "795655190602981376": ten or more digits without separators identify something.
    if (!money && /^\d{10,}$/.test(t.text)) return true
    // List markers: "1." or "2)" opening a paragraph.
    if (
      first === 0 &&
      t.value < 100 &&
      next &&
      !next.gap &&
      (next.text === '.' || next.text === ')') &&
      tokens[core.end + 1]
    )
      return true
  }
  if (isOffenceThreshold(tokens, first, start)) return true
  if (!money && isDateOrTime(tokens, first, core)) return true
  // "three or four years"; not "a fine of $250,000 and 20 years".
  if (isDuration(tokens, core.end) || (!money && isRangeOfDurations(tokens, core.end))) return true
  if (isAge(tokens, first) || (!money && isAgeStated(tokens, first, core.end))) return true
  if (!money && first === start && core.end === start + 1 && isAgeListAfterPeople(tokens, first)) return true
  if (!money && isFamilySize(tokens, first)) return true
  // "4K video", "an 8K TV": a kind of picture, no four thousand of anything.
  if (!money && core.isDigits && isDisplayResolution(tokens, core.numberEnd, core.end)) return true
  // "three times a week": how often, part of the date normaliser's recurrence.
  if (!money && isTimesPerPeriod(tokens, core.end, core.value, first !== start)) return true
  // "22 per 1,000 population", "4 officers for every 1,000 residents": the denominator of a rate
  // is part of the rate, no figure of its own.
  if (first === start && prev?.kind === 'word' && prev.lower === 'per') return true
  if (first === start && prev?.lower === 'every' && tokens[start - 2]?.lower === 'for') return true
  if (!money && core.isDigits && isIdentifier(tokens, first, start, core.end)) return true
  if (!money && first === start && isTablePlace(tokens, start, core.end)) return true
  // "zero tolerance".
  const after = tokens[core.end]
  if (after?.kind === 'word' && IDIOM_WORDS.has(after.lower)) return true
  // "a six-figure sum", "a five-figure salary": how many digits a sum has, not a figure of it.
  if (!money && after?.text === '-' && !after.gap && /^figures?$/.test(tokens[core.end + 1]?.lower ?? ''))
    return true
  if (!money && first === start && isSpecification(tokens, core.end, core.value)) return true
  // "a 10-point plan", "a five-point strategy": how a plan is laid out, not ten of something; "a
  // 10-point lead" is a measure.
  if (
    !money &&
    after?.text === '-' &&
    !after.gap &&
    tokens[core.end + 1]?.lower === 'point' &&
    PLAN_NOUNS.has(tokens[core.end + 2]?.lower ?? '')
  )
    return true
  // "COVID-19", "COVID -19": a name word before the number, or before a hyphen glued to it.
  const hyphenated = tokens[start - 1]?.text === '-' && !t.gap && start - first <= 1
  const nameAt = hyphenated ? start - 2 : first === start ? start - 1 : -1
  const nameBefore = nameAt < 0 ? undefined : tokens[nameAt]
  if (
    !money &&
    nameBefore?.kind === 'word' &&
    isNameWord(nameBefore, tokens[nameAt - 1]) &&
    !(
      nameBefore === prev &&
      (isGerundBeforeCount(tokens, first - 1, core.end, names) ||
        isNameWordAsNoun(tokens, first - 1, core.end))
    )
  )
    return true
  // "unit 3B", "building 4M": a name word, in lower case too, before digits with one capital
  // glued after them names a thing; the capital is no magnitude ("3B users" counts).
  if (!money && first === start && core.isDigits && isLetteredName(tokens, start)) return true
  // "resolution 2731 (2024)": the year it was adopted, in brackets, makes a name word in lower case a name.
  if (!money && first === start && isYearInBrackets(tokens, core.end) && isCitedName(tokens, start))
    return true
  if (!money && first === start && isLowerCaseNumberedName(tokens, start, core.end)) return true
  // "quoting reference number 123", "case number 2024": "number" after a name word is part of it.
  if (!money && first === start && prev?.lower === 'number' && isNameWordToken(tokens, start - 2)) return true
  // "a number 73 bus", "file number 2024-12345": bare digits straight after "number" name a thing;
  // a count takes "of" ("a number of 73").
  if (!money && first === start && prev?.lower === 'number' && /^\d+$/.test(t.text)) return true
  if (!money && first === start && isReferenceLetters(tokens, start - 1)) return true
  if (!money && !headline && first === start && isBrandOfNumbers(tokens, start, core.end)) return true
  if (
    !money &&
    first === start &&
    core.isDigits &&
    continuesNamedList(tokens, start) &&
    !countsAfter(tokens, core.end)
  )
    return true
  if (!money && first === start && core.isDigits && isPostalDistrict(tokens, start, core.end)) return true
  // titled "Top 10 Most Wanted", the report "2,000 Homes a Year": a number in a quoted title names
  // the work. A headline capitalises a quoted remark too ('PM: "500 More Officers"').
  if (!money && !headline && isInQuotedTitle(tokens, first, core.end)) return true
  // "the S&P 500", "FTSE 100 shares": an index named with its number.
  if (!money && prev?.kind === 'word' && first === start && NUMBERED_NAMES[prev.lower]?.includes(t.text))
    return true
  // "EPS 12.3p", "Dividend 4 pence": a label before an amount of money; no name's number is paid.
  if (
    !money &&
    !moneyAfter &&
    first === start &&
    isNumberedName(tokens, first, core.end, core.isDigits, headline, names)
  )
    return true
  if (!money && first === start && core.isDigits && isAfterName(tokens, first, core.end)) return true
  if (!money && core.isDigits && isAgeAfterSuffix(tokens, first, core.end)) return true
  if (!money && isAgeLimit(tokens, first, core.end, core.value)) return true
  if (!money && core.isDigits && isAddress(tokens, core.end)) return true
  // "No. 5", "s. 91": a name word shortened with a full stop.
  if (!money && prev?.kind === 'sym' && prev.text === '.' && !t.gap) {
    const before = tokens[first - 2]
    if (before?.kind === 'word' && NAME_WORDS.has(before.lower)) return true
  }
  // "Release ID: 2011234", "Reference: 12345": a labelled reference, as a page prints it.
  if (!money && first === start && core.isDigits && prev?.text === ':') {
    const before = tokens[first - 2]
    if (before?.kind === 'word' && REFERENCE_LABEL_WORDS.has(before.lower)) return true
    if (isDocumentNumber(tokens, first)) return true
  }
  if (!core.isDigits) {
    if (isCapitalisedNumberName(tokens, first, start, core.end, headline)) return true
    if (isFraction(tokens, core.end)) return true
  }
  return false
}

/** Whether the digits at `tokens[start]` have a name word before them and one capital glued after: "unit 3B". */
function isLetteredName(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start - 1]
  const letter = tokens[start + 1]
  if (word?.kind !== 'word' || !NAME_WORDS.has(word.lower)) return false
  if (letter?.kind !== 'word' || letter.gap || !/^[A-Z]$/.test(letter.text)) return false
  const after = tokens[start + 2]
  return !after || after.gap || after.kind === 'sym'
}

/**
 * "a six-speed gearbox", "a four-door saloon", "a two-bedroom flat": a whole number glued by a
 * hyphen to a part that classifies a product (`SPECIFICATION_PARTS`), or to a room or a place in
 * a small number (`SIZE_CLASS_PARTS`), names a kind of thing.
 */
function isSpecification(tokens: readonly Token[], end: number, value: number): boolean {
  const hyphen = tokens[end]
  const part = tokens[end + 1]
  if (hyphen?.text !== '-' || hyphen.gap || part?.kind !== 'word' || part.gap) return false
  if (!Number.isInteger(value)) return false
  if (SPECIFICATION_PARTS.has(part.lower)) return true
  return SIZE_CLASS_PARTS.has(part.lower) && value <= SIZE_CLASS_MAX
}

/** Offences the law names by a sum's threshold: "Theft Over $5,000", "mischief under $5000". Keep sorted. */
const THRESHOLD_OFFENCES: ReadonlySet<string> = new Set(['crime', 'fraud', 'mischief', 'theft'])

/**
 * "charged with Fraud Over $5,000 and Theft Under $5,000": an offence named by the threshold of the
 * sum, as Canada's Criminal Code names them, is a name; "a fraud of over $300,000" counts.
 */
function isOffenceThreshold(tokens: readonly Token[], first: number, start: number): boolean {
  // A sum: its sign before the digits.
  const sign = tokens[start - 1]
  if (sign?.kind !== 'sym' || !(sign.text in CURRENCY_SYMBOLS)) return false
  // The bound opens the quantity, or stands before the sum, or its digits, read alone.
  let at = first
  if (!isBound(tokens[at])) at--
  if (at === start - 1) at--
  const offence = tokens[at - 1]
  return isBound(tokens[at]) && offence?.kind === 'word' && THRESHOLD_OFFENCES.has(offence.lower)
}

function isBound(t: Token | undefined): boolean {
  return t?.lower === 'over' || t?.lower === 'under'
}

/**
 * "2023-24", "2023-4", "2019–2023": a year, then a later year or its last digits. "2000-5000 officers"
 * counts: 5000 is no year.
 */
function isSecondYear(first: string, second: string): boolean {
  if (!/^(?:19|20)\d{2}$/.test(first)) return false
  if (/^\d{1,2}$/.test(second)) return true
  return /^(?:19|20)\d{2}$/.test(second) && Number(second) > Number(first)
}

/**
 * "Building 300 new homes will take years": a name word in "-ing" opening the sentence, before a
 * number and a plural noun, is a verb and the number its count; "Building 7 collapsed" names it,
 * and so does "Building 7 residents" when the text writes "Building 7" elsewhere as a name ("the
 * fire in Building 7.").
 */
function isGerundBeforeCount(
  tokens: readonly Token[],
  at: number,
  end: number,
  names: NamesWithNumbers | undefined,
): boolean {
  if (!tokens[at]!.lower.endsWith('ing') || !startsSentence(tokens, at)) return false
  if (names?.has(nameKey(tokens[at]!, tokens[at + 1]!))) return false
  const next = tokens[end]
  if (next?.kind !== 'word' || next.text !== next.lower) return false
  return isPluralShaped(next.lower) || IRREGULAR_PLURALS.has(next.lower) || COUNT_MODIFIERS.has(next.lower)
}

/**
 * "At this stage 15 people have been charged", "in the first phase 200 homes": a name word in lower
 * case after a demonstrative or an ordinal is a noun of its own, and a number after it and before a
 * plural noun counts; "the first phase 3 trial" and "a stage 3 cancer" name a kind.
 */
function isNameWordAsNoun(tokens: readonly Token[], at: number, end: number): boolean {
  const word = tokens[at]!
  if (word.text !== word.lower || !NAME_NOUN_OPENERS.has(tokens[at - 1]?.lower ?? '')) return false
  const next = tokens[end]
  if (next?.kind !== 'word' || next.text !== next.lower) return false
  return isPluralShaped(next.lower) || IRREGULAR_PLURALS.has(next.lower) || COUNT_MODIFIERS.has(next.lower)
}

function isNameWordToken(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]
  return t?.kind === 'word' && isNameWord(t, tokens[at - 1])
}

/**
 * Whether the number at `start` follows a name word in any case or its plural ("resolution",
 * "resolutions"), or a link after a number cited with its year ("resolutions 2231 (2015) and 2397").
 */
function isCitedName(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1]
  if (prev?.kind !== 'word') return false
  if (NAME_WORDS.has(prev.lower) || (prev.lower.endsWith('s') && NAME_WORDS.has(prev.lower.slice(0, -1))))
    return true
  const link = prev.lower === 'and' || prev.lower === 'or' ? start - 1 : -1
  return link > 3 && isYearInBrackets(tokens, link - 3) && tokens[link - 4]?.kind === 'num'
}

/** The districts of Dublin's postcodes, "Dublin 1" to "Dublin 24", as the Garda write addresses. */
const DUBLIN_DISTRICT = /^(?:[1-9]|1\d|2[0-4])$/

/**
 * "in Dublin 15 yesterday", "a Dublin 8 address": a postal district of Dublin. Before a plural
 * noun the number counts it ("across Dublin 12 searches were made").
 */
function isPostalDistrict(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.text !== 'Dublin' || !DUBLIN_DISTRICT.test(tokens[start]!.text)) return false
  const next = tokens[end]
  if (next?.kind !== 'word') return true
  return !(isPluralShaped(next.lower) || IRREGULAR_PLURALS.has(next.lower) || COUNT_MODIFIERS.has(next.lower))
}

/** "(2024)" right after the number: the year of a resolution or a decision, as the United Nations cite them. */
function isYearInBrackets(tokens: readonly Token[], end: number): boolean {
  const year = tokens[end + 1]
  return (
    tokens[end]?.text === '(' &&
    year?.kind === 'num' &&
    /^(?:19|20)\d{2}$/.test(year.text) &&
    tokens[end + 2]?.text === ')'
  )
}

/**
 * "Five Eyes", "the Three Counties", "the Big Four banks", "Count Two": a capitalised number word
 * in a name, before or after another capitalised word.
 */
function isCapitalisedNumberName(
  tokens: readonly Token[],
  first: number,
  start: number,
  end: number,
  headline: boolean,
): boolean {
  const isCapital = /^[A-Z]/.test(tokens[start]!.text)
  if (!isCapital || headline || first !== start || startsSentence(tokens, start)) return false
  const after = tokens[end]
  if (after?.kind === 'word' && /^[A-Z]/.test(after.text)) return true
  // "The Big Four": not a word capitalised only as it opens the sentence ("The Four were").
  const before = tokens[start - 1]!
  // "Counts Three and Four": a later number word of a named list.
  const named = tokens[start - 2]
  if (LIST_LINK_WORDS.has(before.lower) && named?.kind === 'word' && named.lower in SMALL_NUMBERS)
    return /^[A-Z]/.test(named.text) && !startsSentence(tokens, start - 2)
  if (before.kind !== 'word' || !/^[A-Z]/.test(before.text)) return false
  return !(startsSentence(tokens, start - 1) && FUNCTION_OPENINGS.has(before.lower))
}

/** Words that join the numbers of a list of names: "Counts Three and Four". */
const LIST_LINK_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'through', 'to'])

/** Words capitalised only as they open a sentence, before a number word. */
const FUNCTION_OPENINGS: ReadonlySet<string> = new Set([...DETERMINERS, ...PREPOSITIONS])

/**
 * "seized one (1) firearm": digits in brackets that repeat the number word before them, as US
 * releases write it, are that word again; when the word is a figure ("three (3) suspects") the two
 * are read as one, and when it is none ("one" alone), neither is.
 */
function repeatsWordBefore(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start - 2]
  return (
    tokens[start - 1]?.text === '(' &&
    tokens[end]?.text === ')' &&
    word?.kind === 'word' &&
    SMALL_NUMBERS[word.lower] === tokens[start]!.value
  )
}

/**
 * "the 7-Eleven store": digits and a number word in capitals joined by a hyphen, with no space,
 * name a brand, and so does that word after them. A range writes its ends alike and in lower
 * case ("7-11", "seven-eleven", "7-eleven").
 */
function isBrandOfNumbers(tokens: readonly Token[], start: number, end: number): boolean {
  const t = tokens[start]!
  if (t.kind === 'num') {
    const link = tokens[end]
    const word = tokens[end + 1]
    return end === start + 1 && link?.text === '-' && !link.gap && isCapitalNumberWord(word)
  }
  const link = tokens[start - 1]
  return link?.text === '-' && !link.gap && tokens[start - 2]?.kind === 'num' && isCapitalNumberWord(t)
}

/** A number word glued to the token before it and written with a capital: "Eleven" of "7-Eleven". */
function isCapitalNumberWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.gap && /^[A-Z][a-z]/.test(t.text) && SMALL_NUMBERS[t.lower] !== undefined
}

/** "two-thirds", "three fifths": fractions are not counts. */
function isFraction(tokens: readonly Token[], end: number): boolean {
  const after = tokens[end]
  const afterNext = tokens[end + 1]
  if (after && FRACTION_DENOMINATORS.has(after.lower)) return true
  return after?.text === '-' && !!afterNext && FRACTION_DENOMINATORS.has(afterNext.lower)
}

/** Links between the numbers of a list: "31 and 33", "1, 2 or 3", "18-20", "Counts 1 through 9". */
const LIST_LINKS: ReadonlySet<string> = new Set([...RANGE_LINKS, ',', '&', 'through'])
/** How many numbers back a list is followed to its name word. */
const LIST_REACH = 8

/**
 * "junctions 31 and 33", "counts 1, 2 and 3", "21 U.S.C. 841(a)(1) and 846": a later number of a
 * list that a name word or a cited code opens is part of a name too.
 */
function continuesNamedList(tokens: readonly Token[], start: number): boolean {
  let k = start - 1
  for (let n = 0; n < LIST_REACH; n++) {
    // One link, or two: "2, and 3".
    const link = k
    while (k > link - 2 && LIST_LINKS.has(tokens[k]?.lower ?? '')) k--
    if (k === link) return false
    k = beforeSubsections(tokens, k)
    if (tokens[k]?.kind !== 'num') return false
    if (isCodeSection(tokens, k)) return true
    const before = tokens[--k]
    if (before?.kind === 'word') return isNameWord(before, tokens[k - 1])
  }
  return false
}

/**
 * "18 U.S.C. § 1343 and 2 counts of money laundering": a plural noun after the number says it
 * counts things, and no list of sections or junctions runs on to it.
 */
function countsAfter(tokens: readonly Token[], end: number): boolean {
  const t = tokens[end]
  return (
    t?.kind === 'word' && t.text === t.lower && (isPluralShaped(t.lower) || IRREGULAR_PLURALS.has(t.lower))
  )
}

/** How many "(a)" or "(1)" a section may carry: "841(a)(1)(A)". */
const SUBSECTION_REACH = 4

/** "841(a)(1)": from the last token of a section's subsections back to its number. */
function beforeSubsections(tokens: readonly Token[], k: number): number {
  for (let n = 0; n < SUBSECTION_REACH; n++) {
    const close = tokens[k]
    if (close?.text !== ')' || tokens[k - 2]?.text !== '(' || tokens[k - 2]!.gap) return k
    k -= 3
  }
  return k
}

/**
 * Whether the digits at `tokens[start]` are a year of two digits after a fiscal year's code and a
 * space, the code in any case ("FY 23", "fy 23", "Fy 23"): the code is a word of its own, so
 * "comfy 23 seats" counts.
 */
function isSpacedFiscalYear(tokens: readonly Token[], start: number): boolean {
  const code = tokens[start - 1]
  return tokens[start]!.gap && /^\d{2}$/.test(tokens[start]!.text) && isFiscalYearCode(code)
}
