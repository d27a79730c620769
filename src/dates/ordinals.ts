/** Ordinal numbers in digits or words: "3rd", "third", "twenty-first", "fiftieth". */
import { CARDINAL_WORDS } from '../text/number-words'
import { alternation } from './lexicon'

const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  eighth: 8,
  fifth: 5,
  first: 1,
  fourth: 4,
  ninth: 9,
  second: 2,
  seventh: 7,
  sixth: 6,
  third: 3,
}
const ORDINAL_TEENS: Readonly<Record<string, number>> = {
  eighteenth: 18,
  eleventh: 11,
  fifteenth: 15,
  fourteenth: 14,
  nineteenth: 19,
  seventeenth: 17,
  sixteenth: 16,
  tenth: 10,
  thirteenth: 13,
  twelfth: 12,
}
const ORDINAL_TENS: Readonly<Record<string, number>> = {
  eightieth: 80,
  fiftieth: 50,
  fortieth: 40,
  hundredth: 100,
  ninetieth: 90,
  seventieth: 70,
  sixtieth: 60,
  thirtieth: 30,
  twentieth: 20,
}
const TENS = Object.keys(CARDINAL_WORDS).filter((w) => w.endsWith('ty'))

/** An ordinal in digits with its suffix, or in words. */
export const ORDINAL = `(?:\\d{1,3}(?:st|nd|rd|th)|(?:${alternation(TENS)})-(?:${alternation(Object.keys(ORDINAL_UNITS))})|${alternation([...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TEENS), ...Object.keys(ORDINAL_TENS)])})`
/** The number an ordinal stands for ("3rd", "twenty-first"); null for no ordinal. */
export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase()
  const digits = /^(\d{1,3})/.exec(w)
  if (digits) return Number(digits[1])
  const dash = w.indexOf('-')
  if (dash > 0) {
    const tens = CARDINAL_WORDS[w.slice(0, dash)]
    const unit = ORDINAL_UNITS[w.slice(dash + 1)]
    return tens !== undefined && unit !== undefined ? tens + unit : null
  }
  return ORDINAL_UNITS[w] ?? ORDINAL_TEENS[w] ?? ORDINAL_TENS[w] ?? null
}
