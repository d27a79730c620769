/**
 * The year a release's anniversary wording fixes: "marks six years since its inception" with
 * "Set up in 2018" is 2024; "Ten years ago, in 2014, ..." is 2024; "the tenth anniversary of the
 * unit, launched in 2014" is 2024. Releases often give no day yet date themselves this way.
 */
import type { TextBlock } from '../text/blocks'
import { CARDINAL_WORDS } from '../text/number-words'
import { alternation } from './lexicon'
import { NUMBER, numberValue } from './matchers/shared'
import { isYear } from './matchers/years'

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

const ORDINAL = `(?:\\d{1,3}(?:st|nd|rd|th)|(?:${alternation(TENS)})-(?:${alternation(Object.keys(ORDINAL_UNITS))})|${alternation([...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TEENS), ...Object.keys(ORDINAL_TENS)])})`
const YEAR_NUMBER = '((?:19|20)\\d{2})'

// Each pattern starts at a fixed word ("year", "anniversary") and looks around it: V8 scans for a
// fixed word far faster than for a pattern that opens with a long alternation of number words.
const YEAR_WORD = /(?<![A-Za-z])years?(?![A-Za-z])/gi
const ANNIVERSARY_WORD = /(?<![A-Za-z])anniversary(?![A-Za-z])/gi
/** Before "years": "marks six", "celebrating its 10", or a bare count. */
const COUNT_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:((?:mark|celebrat|commemorat)[a-z]{0,3})\\s{1,3}(?:(?:its|their|the)\\s{1,3})?)?(${NUMBER})[\\s-]{1,3}$`,
  'i',
)
/** After "years": "since" or "on from" (a count to now), or "ago, in 2014" (a count from a year). */
const COUNT_AFTER = new RegExp(
  `^\\s{1,3}(?:(since|on\\s{1,3}from)(?![A-Za-z])|ago(?:\\s{1,3}(?:today|this\\s{1,3}(?:week|month)))?,?\\s{1,3}(?:back\\s{1,3})?(?:in|on)\\s{1,3}(?:[A-Za-z0-9 ]{1,20}\\s)?${YEAR_NUMBER}(?![0-9]))`,
  'i',
)
/** Before "anniversary": "the tenth", "its 25th". */
const ORDINAL_BEFORE = new RegExp(`(?<![A-Za-z])(${ORDINAL})[\\s-]{1,3}$`, 'i')
/** When the thing counted from began: "Set up in 2018", "since its launch in 2018". */
const ORIGIN = new RegExp(
  `(?<![A-Za-z])(?:set\\s{1,3}up|launched|founded|established|formed|created|introduced|inception|launch|creation|formation|founding)(?:\\s{1,3}(?:back|way|originally|first))?\\s{1,3}in\\s{1,3}${YEAR_NUMBER}(?![0-9])`,
  'gi',
)
const QUICK = /[Yy]ear|YEAR|nniversar|NNIVERSAR/

function ordinalValue(word: string): number | null {
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

/** The one value a set holds, or null when it holds none or several. */
function single(values: ReadonlySet<number>): number | null {
  return values.size === 1 ? [...values][0]! : null
}

/**
 * The year the release was written in by its anniversary wording, or null when it has none or
 * its counts and origins disagree (two origins, two counts).
 */
export function anniversaryYear(blocks: readonly TextBlock[]): number | null {
  const ago = new Set<number>()
  const counts = new Set<number>()
  const origins = new Set<number>()
  for (const { text } of blocks) {
    // Every pattern but the origin's needs "year" or "anniversary": most blocks are skipped here.
    if (!QUICK.test(text)) continue
    YEAR_WORD.lastIndex = 0
    for (let m = YEAR_WORD.exec(text); m; m = YEAR_WORD.exec(text)) {
      const before = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))
      const n = before ? numberValue(before[2]!) : null
      if (n === null || !Number.isInteger(n) || n <= 0 || n > 200) continue
      const end = m.index + m[0].length
      const after = COUNT_AFTER.exec(text.slice(end, end + 60))
      if (after?.[2]) {
        const at = end + after[0].length - 4
        if (isYear(text, at, at + 4)) ago.add(Number(after[2]) + n)
      } else if (before?.[1] || after?.[1]) counts.add(n)
    }
    if (text.indexOf('nniversar') < 0 && text.indexOf('NNIVERSAR') < 0) continue
    ANNIVERSARY_WORD.lastIndex = 0
    for (let m = ANNIVERSARY_WORD.exec(text); m; m = ANNIVERSARY_WORD.exec(text)) {
      const before = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index))
      const n = before ? ordinalValue(before[1]!) : null
      if (n !== null && n > 0 && n <= 200) counts.add(n)
    }
  }
  if (counts.size === 1) {
    for (const { text } of blocks) {
      ORIGIN.lastIndex = 0
      for (let m = ORIGIN.exec(text); m; m = ORIGIN.exec(text)) {
        const at = m.index + m[0].length - 4
        if (isYear(text, at, at + 4)) origins.add(Number(m[1]))
      }
    }
  }
  const fromAgo = single(ago)
  const count = single(counts)
  const origin = single(origins)
  const fromCount = count !== null && origin !== null ? origin + count : null
  if (fromAgo !== null && fromCount !== null && fromAgo !== fromCount) return null
  const year = fromAgo ?? fromCount
  return year !== null && year <= 2099 ? year : null
}
