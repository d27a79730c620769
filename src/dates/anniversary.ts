/**
 * The year a release's anniversary wording fixes: "marks six years since its inception" with
 * "Set up in 2018" is 2024; "Ten years ago, in 2014, ..." is 2024; "the tenth anniversary of the
 * unit, launched in 2014" is 2024. Releases often give no day yet date themselves this way.
 */
import type { TextBlock } from '../text/blocks'
import { CARDINAL_WORDS } from '../text/number-words'
import { looksAhead, looksBack } from './ahead'
import { tenseAt } from './context'
import { alternation } from './lexicon'
import { MONTH, NUMBER, numberValue } from './matchers/shared'
import { isYear, YEAR_IN_TEXT as YEAR } from './matchers/years'

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
/** "in 2018", "in April 2018", "on 1 April 2018": the year is the last group. */
const IN_YEAR = `(?:in|on)\\s{1,3}(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s{1,3})?${MONTH},?\\s{1,3}(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s{1,3})?)?${YEAR_NUMBER}(?![0-9])`
const ORIGIN_VERB =
  '(?:set\\s{1,3}up|launched|founded|established|formed|created|introduced|opened|came\\s{1,3}into\\s{1,3}(?:force|being))'
const ORIGIN_NOUN = '(?:inception|launch|creation|formation|founding|establishment|introduction|opening)'

// Each pattern starts at a fixed word ("years", "anniversary") and looks around it: V8 scans for a
// fixed word far faster than for a pattern that opens with a long alternation of number words.
const YEAR_WORD = /(?<![A-Za-z])(?:years?|(decades?))(?![A-Za-z])/gi
const ANNIVERSARY_WORD = /(?<![A-Za-z])(?:anniversary|birthday)(?![A-Za-z])/gi
/** Before "years": "marks six", "celebrating its 10", or a bare count. */
const COUNT_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:((?:mark|celebrat|commemorat)[a-z]{0,3})\\s{1,3})?(?:(its|their|our|the)\\s{1,3})?(${NUMBER})[\\s-]{1,3}$`,
  'i',
)
/** After "years": "since" or "on from" (a count to now), or "ago, in 2014" (a count from a year). */
const COUNT_AFTER = new RegExp(
  `^\\s{1,3}(?:(since|on\\s{1,3}from|of)(?![A-Za-z])|ago(?:\\s{1,3}(?:today|this\\s{1,3}(?:week|month)))?,?\\s{1,3}(?:back\\s{1,3})?${IN_YEAR})`,
  'i',
)
/** After the count: the thing counted is the writer's own beginning ("since its inception"). */
const OWN_ORIGIN = new RegExp(
  `^\\s{1,3}(?:since|of|from)\\s{1,3}(?:(?:its|their|our)\\s{1,3}${ORIGIN_NOUN}|(?:it|they|we)\\s{1,3}(?:was|were)\\s{1,3}(?:first\\s{1,3})?${ORIGIN_VERB})(?![A-Za-z])`,
  'i',
)
/** Before "anniversary": "the tenth", "its 25th". */
const ORDINAL_BEFORE = new RegExp(`(?<![A-Za-z])(?:(its|their|our)\\s{1,3})?(${ORDINAL})[\\s-]{1,3}$`, 'i')
/** When the thing counted from began: "Set up in 2018", "since its launch in April 2018". */
const ORIGIN = new RegExp(
  `(?<![A-Za-z])(?:${ORIGIN_VERB}|(?:its|their|our)\\s{1,3}${ORIGIN_NOUN})(?:\\s{1,3}[a-z]{1,15}){0,3}?\\s{1,3}${IN_YEAR}`,
  'gi',
)
const QUICK = /year|decade|anniversar|birthday/i
/**
 * A release says what it marks up front: counts are read in its title, standfirst and first
 * paragraphs only, which also keeps a count deep in the story ("It is 15 years since...") out.
 */
const LEAD_BLOCKS = 5

/** The word that ends just before `at` (past one space or hyphen), or ''. */
function wordBefore(text: string, at: number): string {
  let end = at
  while (
    end > 0 &&
    end > at - 3 &&
    (text[end - 1] === ' ' || text[end - 1] === '-' || text[end - 1] === '\u00a0')
  )
    end--
  let start = end
  while (start > 0 && end - start < 24 && /[A-Za-z0-9,.-]/.test(text[start - 1]!)) start--
  return text.slice(start, end)
}

/** The end of the clause a count stands in: a sentence stop, a semicolon, another clause, a relative one. */
const CLAUSE_END = /[.!?;](?=\s|$)|\s(?:and|but|while|whereas|after|before|which|whose|who|that|when)\s/i
/** After the count, in its clause: the anniversary is still to come. */
const STILL_TO_COME =
  /(?<![A-Za-z])(?:next\s{1,3}(?:year|month|week)|later\s{1,3}this\s{1,3}year|this\s{1,3}coming)(?![A-Za-z])/i
/** Before the count: "nearly ten years" fixes no year. */
const HEDGE =
  /(?<![A-Za-z])(?:nearly|almost|over|more\s{1,3}than|around|about|some|approximately|close\s{1,3}to|under|less\s{1,3}than|up\s{1,3}to)\s{1,3}$/i
/**
 * Before an origin the release names outside a count's clause: the start of a sentence ("Set up
 * in 2018, the team ...") or the writer as its subject ("It was founded in 1999"). "Its new centre,
 * opened in 2022" is the origin of something else.
 */
const OWN_SUBJECT =
  /(?:^|[.!?]["”’)]?\s{1,3})(?:(?:it|they|we)\s{1,3}(?:(?:was|were|had\s{1,3}been|has\s{1,3}been|have\s{1,3}been)\s{1,3})?(?:first\s{1,3}|originally\s{1,3})?)?$/i

/**
 * The one origin year that follows a count in its own clause, within 80 characters ("10 years
 * since the helpline was launched in 2014", "the 50th anniversary of the force, formed in 1974"),
 * or null.
 */
function originAfter(text: string, end: number): number | null {
  const clause = clauseAfter(text, end)
  const origins = new Set(originsIn(clause, 0, clause.length))
  return origins.size === 1 ? [...origins][0]! : null
}

/** The rest of the clause after `end`, up to 80 characters. */
function clauseAfter(text: string, end: number): string {
  const clause = text.slice(end, end + 80)
  const stop = CLAUSE_END.exec(clause)
  return stop ? clause.slice(0, stop.index) : clause
}

/**
 * The origin years named in `text[start, end)` that the writer looks back on; with `own`, only
 * those whose subject is the writer (see `OWN_SUBJECT`).
 */
function originsIn(text: string, start: number, end: number, own = false): number[] {
  const found: number[] = []
  const part = text.slice(start, end)
  ORIGIN.lastIndex = 0
  for (let m = ORIGIN.exec(part); m; m = ORIGIN.exec(part)) {
    const from = start + m.index
    const at = from + m[0].length - 4
    if (!isYear(text, at, at + 4) || looksAhead(text, from)) continue
    if (own && !OWN_SUBJECT.test(text.slice(Math.max(0, from - 40), from))) continue
    found.push(Number(m[m.length - 1]))
  }
  return found
}

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

/**
 * The year the release was written in by its anniversary wording, or null when it has none or
 * its counts and origins disagree. A count is tied to an origin in its own sentence ("It is 10
 * years since the helpline was launched in 2014"); a count of the writer's own years ("marking
 * six years since its inception", "its 25th anniversary") takes the one origin the release names
 * anywhere ("Set up in 2018"). "Ten years ago, in 2014" carries both. Counts are read in the
 * release's first blocks only (see `LEAD_BLOCKS`).
 */
export function anniversaryYear(blocks: readonly TextBlock[]): number | null {
  const found = new Set<number>()
  const own = new Set<number>()
  // A count is tied to the origin that follows it in its clause; else, if it is the writer's own, to the release's one origin.
  const count = (text: string, start: number, end: number, n: number, tie: boolean, self: boolean) => {
    // Only an anniversary of the writing day dates it: not one looked back on or still to come.
    if (
      looksBack(text, start) ||
      looksAhead(text, start) ||
      HEDGE.test(text.slice(Math.max(0, start - 60), start))
    )
      return
    if (STILL_TO_COME.test(clauseAfter(text, end))) return
    const origin = tie ? originAfter(text, end) : null
    if (origin !== null) found.add(origin + n)
    else if (self) own.add(n)
  }
  for (const { text } of blocks.slice(0, LEAD_BLOCKS)) {
    // Every pattern but the origin's needs "year", "decade" or "anniversary": most blocks stop here.
    if (!QUICK.test(text)) continue
    YEAR_WORD.lastIndex = 0
    for (let m = YEAR_WORD.exec(text); m; m = YEAR_WORD.exec(text)) {
      // Most years are "last year" or "this year": the word before must be a number to go on.
      if (numberValue(wordBefore(text, m.index)) === null) continue
      const before = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))
      const number = before ? numberValue(before[3]!) : null
      if (number === null || !Number.isInteger(number) || number <= 0) continue
      const n = m[1] ? number * 10 : number
      if (n > 200) continue
      const end = m.index + m[0].length
      const after = text.slice(end, end + 80)
      const ago = COUNT_AFTER.exec(after)
      if (ago?.[2]) {
        const at = end + ago[0].length - 4
        if (isYear(text, at, at + 4)) found.add(Number(ago[2]) + n)
        continue
      }
      if (!before?.[1] && !ago?.[1]) continue
      const self = OWN_ORIGIN.test(after) || /^(?:its|their|our)$/i.test(before?.[2] ?? '')
      // "30 years of service with a force formed in 1974": years "of" something are tied to no origin but the writer's own.
      const start = m.index - (before?.[0].length ?? 0)
      count(text, start, end, n, !!ago?.[1] && ago[1].toLowerCase() !== 'of', self)
    }
    if (text.indexOf('nniversar') < 0 && text.indexOf('NNIVERSAR') < 0 && text.indexOf('irthday') < 0)
      continue
    ANNIVERSARY_WORD.lastIndex = 0
    for (let m = ANNIVERSARY_WORD.exec(text); m; m = ANNIVERSARY_WORD.exec(text)) {
      const before = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index))
      const n = before ? ordinalValue(before[2]!) : null
      if (n === null || n <= 0 || n > 200) continue
      const end = m.index + m[0].length
      const start = m.index - (before?.[0].length ?? 0)
      count(text, start, end, n, true, !!before?.[1] || OWN_ORIGIN.test(text.slice(end, end + 80)))
    }
  }
  if (own.size === 1) {
    const origins = new Set(blocks.flatMap((b) => originsIn(b.text, 0, b.text.length, true)))
    if (origins.size === 1) found.add([...origins][0]! + [...own][0]!)
  }
  const year = found.size === 1 ? [...found][0]! : null
  return year !== null && year <= 2099 && !namesLaterPast(blocks, year) ? year : null
}

/** True when the release names a year after `year` in the past tense: it was written later. */
function namesLaterPast(blocks: readonly TextBlock[], year: number): boolean {
  for (const { text } of blocks) {
    YEAR.lastIndex = 0
    for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
      const y = Number(m[0])
      if (y > year && isYear(text, m.index, m.index + 4) && tenseAt(text, m.index, m.index + 4) === 'past')
        return true
    }
  }
  return false
}
