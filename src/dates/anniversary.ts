/**
 * The year a release's anniversary wording fixes: "marks six years since its inception" with
 * "Set up in 2018" is 2024; "Ten years ago, in 2014, ..." is 2024; "the tenth anniversary of the
 * unit, launched in 2014" is 2024. Releases often give no day yet date themselves this way.
 */

import { addYears } from 'date-fns/addYears'
import type { TextBlock } from '../text/blocks'
import { clauseLeadingTo, isBackward, looksAhead } from './ahead'
import { tenseAt } from './context'
import { MONTH, monthNumber, NUMBER, numberValue } from './matchers/shared'
import { isYear, YEAR_IN_TEXT as YEAR } from './matchers/years'
import { ORDINAL, ordinalValue } from './ordinals'
import { toDate } from './timex'

const YEAR_NUMBER = '((?:19|20)\\d{2})'
/**
 * "in 2018", "in April 2018", "on 1 April 2018", "on October 7, 2013": the day, before or after the
 * month, and the month are named groups; the year is the last group.
 */
const IN_YEAR = `(?:in|on)\\s{1,3}(?:(?:(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s{1,3})?(?<month>${MONTH}),?\\s{1,3}(?:(?<dayAfter>\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3})?)?${YEAR_NUMBER}(?![0-9])`
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
  `^\\s{1,3}(?:(since|on\\s{1,3}from|of)(?![A-Za-z])|ago(?:\\s{1,3}(?:(?<today>today)|this\\s{1,3}(?:week|month)))?,?\\s{1,3}(?:back\\s{1,3})?${IN_YEAR})`,
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

/** Space or a hyphen between two words. */
const SPACE_OR_HYPHEN = /[ \t\n\r\u00a0-]/

/** The word that ends just before `at` (past one space or hyphen), or ''. */
function wordBefore(text: string, at: number): string {
  let end = at
  while (
    end > 0 &&
    end > at - 3 &&
    // A space, a hyphen, or the line break of hard-wrapped text ("marking six" over "years").
    SPACE_OR_HYPHEN.test(text[end - 1]!)
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
 * in 2018, the team ...") or the writer as its subject ("It was founded in 1999"), or a relative
 * clause that says the writer's thing shares another's origin ("the Strategy – which was also
 * launched on 7 October 2013"). "Its new centre, opened in 2022" is the origin of something else.
 */
const OWN_SUBJECT =
  /(?:(?:^|[.!?]["”’)]?\s{1,3})(?:(?:it|they|we)\s{1,3}(?:(?:was|were|had\s{1,3}been|has\s{1,3}been|have\s{1,3}been)\s{1,3})?(?:first\s{1,3}|originally\s{1,3})?)?|(?<![A-Za-z])(?:which|that)\s{1,3}(?:was|were)\s{1,3}also\s{1,3})$/i

/** An origin the release names: its year, and its day when written in full ("on 7 October 2013"). */
interface Origin {
  readonly year: number
  readonly day: Date | null
}

/**
 * The one origin that follows a count in its own clause, within 80 characters ("10 years since
 * the helpline was launched in 2014", "the 50th anniversary of the force, formed in 1974"), or null.
 */
function originAfter(text: string, end: number): Origin | null {
  const clause = clauseAfter(text, end)
  return oneOrigin(originsIn(clause, 0, clause.length))
}

/**
 * The one origin among `origins`: null unless they name one year; its day only when they name
 * one day ("launched on 7 October 2013" and "set up on 1 October 2013" fix 2013 alone).
 */
function oneOrigin(origins: readonly Origin[]): Origin | null {
  if (origins.length === 0 || new Set(origins.map((o) => o.year)).size !== 1) return null
  const days = new Set(origins.flatMap((o) => (o.day ? [o.day.getTime()] : [])))
  const year = origins[0]!.year
  return days.size === 1 ? { year, day: new Date([...days][0]!) } : { year, day: null }
}

/** The day a match of `IN_YEAR` names in full, or null. */
function originDay(groups: Record<string, string | undefined> | undefined, year: number): Date | null {
  const day = groups?.dayFirst ?? groups?.dayAfter
  const month = groups?.month ? monthNumber(groups.month) : null
  return day && month !== null ? toDate(year, month, Number(day)) : null
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
function originsIn(text: string, start: number, end: number, own = false): Origin[] {
  const found: Origin[] = []
  const part = text.slice(start, end)
  ORIGIN.lastIndex = 0
  for (let m = ORIGIN.exec(part); m; m = ORIGIN.exec(part)) {
    const from = start + m.index
    const at = from + m[0].length - 4
    if (!isYear(text, at, at + 4) || looksAhead(text, from)) continue
    if (own && !OWN_SUBJECT.test(text.slice(Math.max(0, from - 40), from))) continue
    const year = Number(m[m.length - 1])
    found.push({ year, day: originDay(m.groups, year) })
  }
  return found
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
  return anniversaryDay(blocks)?.year ?? null
}

/** What anniversary wording fixes: the year, and the day when the origin's day is named in full. */
export interface AnniversaryDate {
  readonly year: number
  readonly day: Date | null
}

/**
 * `anniversaryYear`, with the anniversary's day when the origin counted from is named with its
 * full day ("celebrated its first anniversary" and "launched on 7 October 2013" give 7 October
 * 2014; "25 years ago today, on 4 May 1999" gives 4 May 2024), and every origin and count agree.
 */
export function anniversaryDay(blocks: readonly TextBlock[]): AnniversaryDate | null {
  const found = new Set<number>()
  // The anniversary days the counts give, from origins named with their full day.
  const days = new Set<number>()
  const own = new Set<number>()
  const add = (origin: Origin, n: number, onDay: boolean) => {
    found.add(origin.year + n)
    const day = onDay && origin.day ? addYears(origin.day, n) : null
    // A 29 February origin has no day of its own in most years.
    if (day && day.getDate() === origin.day!.getDate()) days.add(day.getTime())
  }
  // A count is tied to the origin that follows it in its clause; else, if it is the writer's own, to the release's one origin.
  const count = (text: string, start: number, end: number, n: number, tie: boolean, self: boolean) => {
    // Only an anniversary of the writing day dates it: not one looked back on or still to come.
    if (
      pastAnniversary(text, start) ||
      looksAhead(text, start) ||
      HEDGE.test(text.slice(Math.max(0, start - 60), start))
    )
      return
    if (STILL_TO_COME.test(clauseAfter(text, end))) return
    const origin = tie ? originAfter(text, end) : null
    if (origin !== null) add(origin, n, true)
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
      const agoYear = ago?.[ago.length - 1]
      if (ago && agoYear) {
        const at = end + ago[0].length - 4
        const year = Number(agoYear)
        // "25 years ago today, on 4 May 1999": the day too.
        if (isYear(text, at, at + 4)) add({ year, day: originDay(ago.groups, year) }, n, !!ago.groups?.today)
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
    const origin = oneOrigin(blocks.flatMap((b) => originsIn(b.text, 0, b.text.length, true)))
    if (origin) add(origin, [...own][0]!, true)
  }
  const year = found.size === 1 ? [...found][0]! : null
  if (year === null || year > 2099 || namesLaterPast(blocks, year)) return null
  return { year, day: days.size === 1 ? new Date([...days][0]!) : null }
}

/** An anniversary verb in the past or perfect: "celebrated", "has marked". */
const ANNIVERSARY_VERB =
  /(?<![A-Za-z])(?:celebrated|commemorated|marked|observed|reached|turned)(?![A-Za-z])/gi
/** The writing day in the clause: "The Home Secretary today praised ... as it celebrated ...". */
const TODAY = /(?<![A-Za-z])today(?![A-Za-z])/i
/** A perfect before the verb: "has celebrated", "have just marked". */
const PERFECT =
  /(?<![A-Za-z])(?:has|have)\s{1,3}(?:just\s{1,3})?(?:celebrated|commemorated|marked|observed|reached|turned)(?![A-Za-z])/i

/**
 * True when the clause before a count looks back: "Last year the unit celebrated its 10th
 * anniversary". An anniversary verb in the perfect ("has celebrated its first anniversary") or in
 * a clause about today ("today praised the agency as it celebrated its first anniversary") is
 * the writing day's own, unless another word looks back.
 */
function pastAnniversary(text: string, start: number): boolean {
  const clause = clauseLeadingTo(text, start)
  if (!isBackward(clause)) return false
  if (!TODAY.test(clause) && !PERFECT.test(clause)) return true
  return isBackward(clause.replace(ANNIVERSARY_VERB, ' '))
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
