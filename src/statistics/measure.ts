import type { ChangeCue } from './change'
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
  'showed',
  'shows',
  'since',
  'that',
  'to',
  'was',
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

/** Words linking a subject to its figure: "the value is £5.4m", "valued at over £4m". Keep sorted. */
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
])
const MAX_WORDS = 10

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
  } else {
    if (tokens[k]?.text === '-' && !tokens[k]!.gap) k++
    const next = tokens[k]
    if (next?.lower === 'of') found = forward(tokens, k + 1)
    else if (next?.lower === 'in' && isMoney(q.unit) && tokens[k + 1]?.lower !== 'total')
      found = forward(tokens, k + 1)
    // "£250,000 worth of drugs".
    else if (next?.lower === 'worth' && tokens[k + 1]?.lower === 'of' && isMoney(q.unit))
      found = forward(tokens, k + 2)
    else if (q.unit === 'count' && !q.vague) found = forward(tokens, k)
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
  let k = from
  // "35 more officers" counts officers.
  while (k < from + 2 && tokens[k]?.kind === 'word' && LEADING_EXTRAS.has(tokens[k]!.lower)) k++
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
    if ((t.lower === 'and' || t.lower === 'or') && !continuesList(tokens[j + 1])) break
    // "leaders working on ...": a participle after the noun starts a new clause.
    if (words > 0 && t.lower.length > 5 && t.lower.endsWith('ing') && tokens[j - 1]?.lower !== 'of') break
    // "four defendants pleaded guilty": a past tense with an object after it is the verb.
    if (
      words > 0 &&
      t.lower.length > 4 &&
      t.lower.endsWith('ed') &&
      !TRAILING.has(tokens[j - 1]!.lower) &&
      takesObject(tokens[j + 1])
    )
      break
    words++
    end = j + 1
  }
  while (end > k && TRAILING.has(tokens[end - 1]!.lower)) end--
  return end > k && tokens[k]?.kind === 'word' ? [k, end] : null
}

/** Words before the thing counted that are not part of it. Keep sorted. */
const LEADING_EXTRAS: ReadonlySet<string> = new Set(['additional', 'extra', 'further', 'more', 'other'])

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

/** Whether a word after a past tense makes it a verb with an object ("pleaded guilty"), not a participle ("recovered in"). */
function takesObject(next: Token | undefined): boolean {
  return !!next && next.kind === 'word' && !MEASURE_STOP_WORDS.has(next.lower) && !TRAILING.has(next.lower)
}

/**
 * "women and girls" goes on; "and 870 statutory partners" starts the next figure, and "and
 * announced plans" a new clause.
 */
function continuesList(next: Token | undefined): boolean {
  return (
    next?.kind === 'word' &&
    !MEASURE_STOP_WORDS.has(next.lower) &&
    !(next.lower.length > 4 && next.lower.endsWith('ed'))
  )
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
    return subject(tokens, change.at)
  }
  const link = tokens[first - 1]
  if (link?.kind === 'word' && LINKS.has(link.lower)) {
    // "valued at over £4m", "value of over £4m", "value is £5.4m": the words before the link.
    return subject(tokens, first - 1)
  }
  // "travelled more than 10,000 miles": a measure's verb just before it.
  if (link?.kind === 'word' && link.lower.endsWith('ed') && link.lower.length > 4 && isMeasureUnit(unit))
    return [first - 1, first]
  return null
}

/** Reads a subject backwards from the token before `end`, and drops its opening article. */
function subject(tokens: readonly Token[], end: number): [number, number] | null {
  let start = end
  let words = 0
  for (let j = end - 1; j >= 0 && words < 8; j--) {
    const t = tokens[j]!
    if (t.kind === 'sym') {
      if ((t.text === '-' || t.text === '/') && !t.gap && tokens[j - 1]?.kind === 'word') continue
      break
    }
    if (t.kind !== 'word' || isClauseBreak(t) || SUBJECT_STOP_WORDS.has(t.lower)) break
    words++
    start = j
  }
  for (const opening of SUBJECT_OPENINGS) {
    if (opening.every((w, n) => tokens[start + n]?.lower === w)) {
      start += opening.length
      break
    }
  }
  // "…, a rise of 9%": an article alone names nothing.
  return end > start ? [start, end] : null
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
