import { CARDINAL_WORDS } from '../text/number-words'
import { wordTable } from '../text/word-table'
import type { Token } from './tokens'

/** Cardinal words below a hundred, lower case. */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = CARDINAL_WORDS

/** Scale words: each multiplies what stands before it. Keep sorted. */
export const SCALE_WORDS: Readonly<Record<string, number>> = wordTable({
  billion: 1e9,
  dozen: 12,
  dozens: 12,
  hundred: 100,
  million: 1e6,
  thousand: 1e3,
  trillion: 1e12,
})

/** Fractions that scale a following scale word: "half a million", "a quarter of a million". */
export const FRACTION_WORDS: Readonly<Record<string, number>> = wordTable({
  half: 0.5,
  quarter: 0.25,
  quarters: 0.25,
  third: 1 / 3,
  thirds: 1 / 3,
})

/** A number read from words. */
export interface WordNumber {
  readonly value: number
  /** Index of the token after the last one read. */
  readonly end: number
  /** Whether the words were just "one" (not a figure: "one of those investigations"). */
  readonly loneOne: boolean
  /** The scale word it ends with ("five thousand": 1000), or 1; a range's first end borrows it. */
  readonly scale: number
}

/**
 * Reads a number written in words from `tokens[i]`: "nine", "thirty two", "thirty-two",
 * "four million", "one hundred and six", "a dozen", "half a million", "a quarter-of-a-million".
 *
 * @example
 * readNumberWords(tokenize('a quarter-of-a-million people'), 0)
 * //=> { value: 250000, end: 8, loneOne: false, scale: 1000000 }
 */
export function readNumberWords(tokens: readonly Token[], i: number): WordNumber | null {
  return readFraction(tokens, i) ?? readCardinal(tokens, i)
}

/** Whether a lower-case word can start a number in words. */
export function startsNumberWords(lower: string): boolean {
  return (
    lower in SMALL_NUMBERS ||
    lower in SCALE_WORDS ||
    lower === 'a' ||
    lower === 'an' ||
    lower === 'half' ||
    lower === 'quarter'
  )
}

/** Most characters between a hyphen at a line's end and the word it joins: "\n" or "\r\n". */
const LINE_BREAK_WIDTH = 2

type Kind = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and'

function readCardinal(tokens: readonly Token[], i: number): WordNumber | null {
  let j = i
  let total = 0
  let group = 0
  let last: Kind = 'start'
  let words = 0
  let end = i
  let lastScale = Number.POSITIVE_INFINITY
  const first = tokens[i]
  // "a hundred", "an estimated" (not a number): the article only counts before a scale word.
  if (first && (first.lower === 'a' || first.lower === 'an')) {
    const next = tokens[i + 1]
    if (next?.kind !== 'word' || !(next.lower in SCALE_WORDS)) return null
    group = 1
    last = 'unit'
    j = i + 1
  }
  while (j < tokens.length && words < 16) {
    const t = tokens[j]!
    if (t.kind === 'sym' && t.text === '-' && !t.gap && last === 'tens') {
      // "thirty-two": a hyphen only joins tens and units; "Fifty-" at a line's end joins "five"
      // on the next, as text cut at a fixed width breaks the word there.
      const next = tokens[j + 1]
      const joined = next && (!next.gap || next.start - t.end <= LINE_BREAK_WIDTH)
      const v = joined ? SMALL_NUMBERS[next.lower] : undefined
      if (v === undefined || v < 1 || v > 9) break
      j++
      continue
    }
    if (t.kind !== 'word') break
    const small = SMALL_NUMBERS[t.lower]
    const scale = SCALE_WORDS[t.lower]
    if (small !== undefined) {
      const kind: Kind = small < 10 ? 'unit' : small < 20 ? 'teen' : small % 10 === 0 ? 'tens' : 'unit'
      const fits =
        last === 'start' ||
        last === 'hundred' ||
        last === 'scale' ||
        last === 'and' ||
        (last === 'tens' && kind === 'unit' && small >= 1 && small <= 9)
      if (!fits) break
      group += small
      last = kind
    } else if (scale !== undefined) {
      if (last === 'start' || last === 'and') break
      if (scale === 100) {
        if (last === 'hundred' || last === 'scale') break
        group = (group || 1) * 100
        last = 'hundred'
      } else {
        // "two million three hundred thousand": scales fall from left to right.
        if (scale >= lastScale) break
        total += (group || 1) * scale
        group = 0
        lastScale = scale
        last = 'scale'
      }
    } else if (t.lower === 'and' && (last === 'hundred' || last === 'scale')) {
      // "one hundred and six": "and" only counts when a smaller number follows.
      const next = tokens[j + 1]
      const v = next?.kind === 'word' ? SMALL_NUMBERS[next.lower] : undefined
      if (v === undefined || v === 0) break
      last = 'and'
      j++
      continue
    } else break
    words++
    j++
    end = j
  }
  if (words === 0) return null
  let value = total + group
  // "one and a half million", "two and a half thousand".
  if (group > 0 && total === 0 && last !== 'hundred') {
    const scaleWord = tokens[end + 3]
    const scale = scaleWord?.kind === 'word' ? SCALE_WORDS[scaleWord.lower] : undefined
    if (
      scale !== undefined &&
      scale >= 1000 &&
      tokens[end]?.lower === 'and' &&
      tokens[end + 1]?.lower === 'a' &&
      tokens[end + 2]?.lower === 'half'
    ) {
      value = (group + 0.5) * scale
      end += 4
      return { value, end, loneOne: false, scale }
    }
  }
  const loneOne = words === 1 && tokens[i]!.lower === 'one'
  const lastWord = tokens[end - 1]?.lower ?? ''
  const scale = group === 0 && lastScale >= 1000 && lastWord in SCALE_WORDS ? lastScale : 1
  return { value, end, loneOne, scale }
}

/** "half a million", "a quarter of a million", "a quarter-of-a-million", "three quarters of a million". */
function readFraction(tokens: readonly Token[], i: number): WordNumber | null {
  let j = i
  let count = 1
  const t0 = tokens[j]
  if (t0?.kind !== 'word') return null
  if (t0.lower === 'a') j++
  else if (t0.lower !== 'half' && t0.lower !== 'quarter') {
    const small = SMALL_NUMBERS[t0.lower]
    if (small === undefined || small < 1 || small > 9) return null
    count = small
    j++
  }
  const fractionToken = tokens[j]
  const fraction = fractionToken ? FRACTION_WORDS[fractionToken.lower] : undefined
  if (fraction === undefined) return null
  j++
  // Optional "of", then "a", hyphens allowed between: "quarter-of-a-million".
  j = skipHyphen(tokens, j)
  if (tokens[j]?.lower === 'of') j = skipHyphen(tokens, j + 1)
  if (tokens[j]?.lower !== 'a' && tokens[j]?.lower !== 'an') {
    // "half million" is rare but unambiguous.
    if (!(tokens[j] && (tokens[j]!.lower === 'million' || tokens[j]!.lower === 'billion'))) return null
  } else j = skipHyphen(tokens, j + 1)
  const scaleToken = tokens[j]
  const scale = scaleToken?.kind === 'word' ? SCALE_WORDS[scaleToken.lower] : undefined
  if (scale === undefined) return null
  // "half a million pounds" is written with its magnitude, as "2 million pounds" is: money, not weight.
  const value = Math.round(count * fraction * scale * 1e6) / 1e6
  return { value, end: j + 1, loneOne: false, scale: scale >= 1000 ? scale : 1 }
}

function skipHyphen(tokens: readonly Token[], j: number): number {
  const t = tokens[j]
  return t && t.kind === 'sym' && t.text === '-' ? j + 1 : j
}
