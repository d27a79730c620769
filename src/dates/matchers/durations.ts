/**
 * Durations: "six years", "the last three years", "more than 32 years", "around 33 hours",
 * "a four day period", "four-year", "recent weeks", "a number of years", "within minutes", "250
 * operational days", "during its first year", "spend decades behind bars", and
 * "three years ago" (a date). A duration never becomes a date: "jailed for 10 years" is P10Y.
 */
import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import { addWeeks } from 'date-fns/addWeeks'
import { addYears } from 'date-fns/addYears'
import { FRACTION_AFTER_DIGITS, fractionValue } from '../../text/fractions'
import { alternation } from '../../text/patterns'
import { writingDay } from '../context'
import {
  DURATION_ADJECTIVES,
  DURATION_MODS,
  IN_PARTICLE_VERBS,
  NUMBER_WORDS,
  UNITS,
  WORD_SPACE,
} from '../lexicon'
import { ORDINAL, ordinalValue } from '../ordinals'
import {
  dayInterval,
  durationValue,
  type Interval,
  isoDay,
  monthInterval,
  monthValue,
  pad,
  weekInterval,
  weekValue,
  yearInterval,
} from '../timex'
import type { Candidate, Matcher } from './shared'
import {
  B,
  candidate,
  E,
  lookBack,
  MONTH,
  NAMED_DAY_SHIFT_RULE,
  NUMBER,
  numberValue,
  pattern,
  THE_BEFORE,
  VAGUE,
} from './shared'
import { isMilitaryTime } from './times'

const MOD = `(?:${alternation(Object.keys(DURATION_MODS), WORD_SPACE)})`
const UNIT = `(?:${alternation(Object.keys(UNITS), WORD_SPACE)})`
/** "250 operational days", "three working days": a word between the count and its unit. */
const ADJECTIVE = `(?:${alternation(DURATION_ADJECTIVES, WORD_SPACE)})`
const LEAD =
  '(?:(?:the|these|those)\\s{1,3})?(?:last|past|next|coming|first|previous|preceding|prior|following|final|initial|further|another|additional|recent)'

const BEFORE = new RegExp(`(?<![A-Za-z])(?:(${MOD})\\s{1,3})?(?:(an?)\\s{1,3})?(?:(${LEAD})\\s{1,3})?$`, 'i')
/**
 * "in over a decade", "for over 20 years": after a preposition, "over" right before the count
 * means more than, as after a verb of a length spent ("took over two years", "waited over a
 * year"). Elsewhere ("rolled out over three years") it means across and stays out.
 */
const OVER_BEFORE =
  /(?<![A-Za-z])(in|for|after|within|with|of|lasting|lasted|spent|served|spend|spends|spending|take|takes|took|taking|wait|waits|waited|waiting)\s{1,3}(over)\s{1,3}(?:(a|an)\s{1,3})?$/i
/**
 * A verb whose particle is "in" ("handed in", "turned in", "phoned in"): the "in" before "over"
 * is the verb's, so "firearms handed in over four weeks" is done across the span, not more than it.
 */
const IN_PARTICLE_VERB = new RegExp(
  `(?<![A-Za-z])(?:${alternation(IN_PARTICLE_VERBS, WORD_SPACE)})\\s{1,3}$`,
  'i',
)
/** "over four weeks ago": before a length counted back, "over" says more than whatever stands before it. */
const OVER_AGO = /(?<![A-Za-z])(over)\s{1,3}(?:(a|an)\s{1,3})?$/i

/**
 * A word after "a second" that it qualifies as an ordinal: a noun ("a second time", "a second
 * man"), not a word that goes on from a length of time ("a second to react", "a second or two",
 * "a second later", "within a second of the crash").
 */
const ORDINAL_NOUN_AFTER =
  /^[ \u00a0]{1,3}(?!(?:to|or|and|later|earlier|before|after|longer|ago|too|of|in|on|at|when|while|as|then|behind|each|per|from|until|till|than)(?![a-z]))[a-z]{2,30}/

/** "half" right before "a year" or "an hour": half the unit. */
const HALF_BEFORE = /(?<![A-Za-z])half\s{1,3}$/i

/** " and a half" after a unit: "an hour and a half", "the next decade and a half". */
export const AND_A_HALF_AFTER = /^\s{1,3}and\s{1,3}a\s{1,3}half(?![A-Za-z-])/i
/** "… and a half ago" after a unit: "a year and a half ago", "two years and a half ago". */
const AND_A_HALF_AGO = /^\s{1,3}and\s{1,3}a\s{1,3}half\s{1,3}ago(?![A-Za-z])/i

const VERB_BEFORE =
  /(?<![A-Za-z])(?:to|will|would|could|can|may|might|should|must|shall|does|did|’ll|'ll)\s{1,3}$/i

/** "3½ years", "3 1/2 years": a half or a quarter written after the count, in digits only. */
const FRACTION = `(?<=\\d)(${FRACTION_AFTER_DIGITS})`

/** The word before a comparative: "1,434", "£2m", "12%", "five", "million". */
const WORD_BEFORE = /(?<![A-Za-z0-9%£$€.,])([A-Za-z0-9%£$€.,]{0,20}[A-Za-z0-9%])\s{1,3}$/
const COUNT_WORDS: ReadonlySet<string> = new Set(['billion', 'cent', 'million', 'percent', 'thousand'])

/**
 * "1,434 fewer than a year earlier", "£2m more than a year ago": after a figure, "fewer than"
 * compares that figure with an earlier one and is no bound of the length that follows, which
 * keeps only its article or lead ("a year").
 */
function withoutComparedCount(
  text: string,
  found: { start: number; m: RegExpExecArray } | null,
): { start: number; m: RegExpExecArray } | null {
  const mod = found?.m[1]
  if (!found || !mod || !/than$/i.test(mod)) return found
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, found.start - 24), found.start))?.[1]?.toLowerCase()
  if (!word || /^(?:19|20)\d\d$/.test(word)) return found
  const count =
    /\d/.test(word) || COUNT_WORDS.has(word) || (word !== 'a' && word !== 'an' && word in NUMBER_WORDS)
  if (!count) return found
  const rest = found.m[0].slice(found.m[0].indexOf(mod) + mod.length).trimStart()
  const again = BEFORE.exec(rest)
  return again ? { start: found.start + found.m[0].length - rest.length, m: again } : null
}

/** "as" before "many weeks". */
const AS_BEFORE = /(?<![A-Za-z])as\s{1,3}$/i
/** A count or an ordinal, in digits or words, standing alone. */
const COUNT = new RegExp(`(?<![A-Za-z0-9.,])(?:${ORDINAL}|${NUMBER})(?![A-Za-z0-9])`, 'gi')

/**
 * "12 arrests in as many days", "the third fire in as many weeks": "as many" repeats the count
 * the sentence gave last, which is the length's ("as many days" is P12D); with no count before it
 * in the sentence it stays a vague length. Returns where "as" starts and the count.
 */
function repeatedCount(text: string, at: number): { start: number; n: number } | null {
  const as = lookBack(text, at, AS_BEFORE)
  if (!as) return null
  const from = Math.max(0, as.start - 200)
  let begin = as.start
  while (begin > from && !(/[.!?]/.test(text[begin - 1]!) && /\s/.test(text[begin] ?? ''))) begin--
  const sentence = text.slice(begin, as.start)
  let last: number | null = null
  for (const c of sentence.matchAll(COUNT)) last = numberValue(c[0]) ?? ordinalValue(c[0])
  return last !== null && Number.isInteger(last) && last >= 2 && last <= 1000
    ? { start: as.start, n: last }
    : null
}

const duration: Matcher = {
  name: 'dates/duration',
  needs: 'U',
  anchor: 'U',
  pattern: pattern(
    `${B}(${NUMBER}|${VAGUE})(?:[\\s-]{1,3}and[\\s-]{1,3}a[\\s-]{1,3}(half)|${FRACTION})?([\\s-]{1,3})(?:${ADJECTIVE}\\s{1,3})?(${UNIT})(s|['’]s|s['’])?(?:\\s{1,3}(ago|period|spell|window|stint))?${E}`,
  ),
  match(m, text, ctx) {
    const [core, count, half, fraction, gap, unitWord, plural, tail] = m
    // The optional words before the count ("more than", "a", "the last") are read backwards.
    const found = withoutComparedCount(text, lookBack(text, m.index, BEFORE))
    // "expected to last three weeks": "last" is the verb there, not the lead of a span.
    const verbLast =
      !!found &&
      /^last$/i.test(found.m[3] ?? '') &&
      VERB_BEFORE.test(text.slice(Math.max(0, found.start - 16), found.start))
    // "the first three-month class", "the next five-year plan": the lead is the noun's.
    const nounLead = !!found?.m[3] && !!gap?.includes('-') && !tail
    const before = verbLast || nounLead ? null : found
    // "a year-long investigation" is read by `unitLong`, without the article or the words before.
    if (/^-long\b/i.test(text.slice(m.index + core.length, m.index + core.length + 6))) return []
    const ago = /^ago$/i.test(tail ?? '')
    const repeated = /^many$/i.test(count ?? '') ? repeatedCount(text, m.index) : null
    const over =
      before?.m[1] || before?.m[3]
        ? null
        : ago
          ? lookBack(text, m.index, OVER_AGO)
          : withoutParticleIn(text, lookBack(text, m.index, OVER_BEFORE))
    const modWord = before?.m[1] ?? (over ? 'more than' : undefined)
    const article = before?.m[2]
    const lead = before?.m[3]
    const start = repeated
      ? repeated.start
      : over
        ? over.start + over.m[0].toLowerCase().lastIndexOf('over')
        : before && before.m[0].length > 0
          ? before.start
          : m.index
    const all = text.slice(start, m.index + core.length)
    const unit = UNITS[(unitWord ?? '').toLowerCase()]
    if (!unit || !count || !gap) return []
    // "a baby aged six months", "children ages 6 months and older": an age, not a length of time.
    if (AGE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return []
    // "children aged 6 months to 4 years": the second end of a range of ages is an age too.
    if (lookBack(text, start, AGE_RANGE_BEFORE)) return []
    // "at 1900 hours" is a time of day (see the 24-hour matcher).
    if (isMilitaryTime(text, m.index, core)) return []
    // "45:00 minutes", "1:30 hours": digits after a clock's colon are its minutes, no count of their own.
    if (/\d[:.]$/.test(text.slice(Math.max(0, m.index - 2), m.index)) && /^\d/.test(core)) return []
    // "a 22-year-old man" and "a man, 45 years of age," are ages, not lengths of time.
    if (AGE_AFTER.test(text.slice(m.index + core.length, m.index + core.length + 12))) return []
    const countLower = count.toLowerCase().replace(/\s+/g, ' ')
    let n = repeated?.n ?? numberValue(countLower)
    const vague = n === null
    if (n !== null && half) n += 0.5
    if (n !== null && fraction) n += fractionValue(fraction)
    let end = start + all.length
    const isA = countLower === 'a' || countLower === 'an'
    // "a year" needs something that makes it a length: "for a year", "more than a year"; "a year
    // ago" is a date.
    if (
      isA &&
      !/^ago$/i.test(tail ?? '') &&
      !modWord &&
      !lead &&
      !/(?:for|within|than|in|over|during|throughout|after|taking|took|take|last(?:s|ed|ing)?|nearly|almost|about|around|half|spen[dt]|spending|serve[sd]?|serving|(?:space|course|period|matter)\s{1,3}of)\s{1,3}$/i.test(
        text.slice(Math.max(0, start - 16), start),
      ) &&
      !/^\s{1,3}(?:(?:later|earlier|before|after|long|since|or\s{1,3}so)\b|and\s{1,3}a\s{1,3}half(?![A-Za-z-]))/i.test(
        text.slice(start + all.length, start + all.length + 12),
      )
    ) {
      return []
    }
    // "for a second time", "a second inspection": the ordinal before its noun, not a length.
    if (isA && !plural && unit === UNITS.second && ORDINAL_NOUN_AFTER.test(text.slice(end, end + 24)))
      return []
    // "half an hour", "half a decade": the half is part of the mention and of its length.
    const halfOf = isA && !modWord && !lead ? lookBack(text, start, HALF_BEFORE) : null
    if (halfOf) {
      const more = lookBack(text, halfOf.start, BEFORE)
      const halfMod = more?.m[1]
      const from = halfMod ? more.start : halfOf.start
      return [durationCandidate(from, start + all.length, 0.5, unit, halfMod, undefined, ctx.ref)]
    }
    // Beyond ten thousand units it is a statistic ("20,000 hours of volunteering"), left to that parser.
    if (n !== null && n > 10_000) return []
    if (!plural && n !== null && n !== 1 && !half && !fraction && !gap.includes('-') && !tail) {
      // "10 year" with neither plural nor hyphen is rarely a duration ("the 10 year old").
      if (
        !/\s(?:period|spell|window|stint|sentence|ban|plan|programme|project|strategy|contract|deal|low|high)\b/i.test(
          text.slice(end, end + 14),
        )
      )
        return []
    }
    if (vague && !plural) return []
    const tailWord = (tail ?? '').toLowerCase()
    // "a year and a half ago": the half comes between the unit and its "ago".
    const halfAgo =
      !tail && n !== null && !half && !fraction ? AND_A_HALF_AGO.exec(text.slice(end, end + 24)) : null
    // Years ago count from the reference's year; weeks and days only from the writing day itself.
    if (tailWord === 'ago' || halfAgo) {
      const today = unit.letter === 'Y' ? ctx.ref : writingDay(ctx)
      const mod = modWord
        ? AGO_MODS[DURATION_MODS[modWord.toLowerCase().replace(/\s+/g, ' ')] ?? '']
        : undefined
      const count = halfAgo && n !== null ? n + 0.5 : n
      const to = end + (halfAgo?.[0].length ?? 0)
      return agoCandidate(
        start,
        to,
        count,
        unit.letter,
        unit.times,
        unit.time,
        today,
        ctx.refInferred,
        -1,
        mod,
      )
    }
    // "Two days later, he was charged": a day counted from the one the text named last.
    if (
      unit.letter === 'D' &&
      !unit.time &&
      unit.times === 1 &&
      n !== null &&
      Number.isInteger(n) &&
      !modWord &&
      !lead
    ) {
      const shift = DAYS_SHIFT_AFTER.exec(text.slice(end, end + 12))
      if (shift) return [candidate(start, end + shift[0].length, 'DATE', 'XXXX-XX-XX', NAMED_DAY_SHIFT_RULE)]
    }
    // "in two weeks' time", "in a year's time": the date that far after the writing day.
    if (!modWord && !lead && IN_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
      const time = TIME_AFTER.exec(text.slice(end, end + 12))
      if (time) {
        const today = unit.letter === 'Y' ? ctx.ref : writingDay(ctx)
        return agoCandidate(
          start,
          end + time[0].length,
          n,
          unit.letter,
          unit.times,
          unit.time,
          today,
          ctx.refInferred,
          1,
        )
      }
    }
    // "a four day period" keeps its article and noun, and "the 12-month period" its noun; "a year"
    // and "four-year project" keep neither. "a further 6 months" keeps it with its lead, as
    // "another three weeks" and "the next six months" keep theirs.
    let from = start
    if (article && !modWord && !tailWord && !lead)
      from = start + all.length - all.slice(article.length).trimStart().length
    // "an hour and a half", "three years and a half": the half after the unit adds to the count.
    const andHalf =
      !tailWord && n !== null && !half && !fraction ? AND_A_HALF_AFTER.exec(text.slice(end, end + 20)) : null
    if (andHalf && n !== null) {
      end += andHalf[0].length
      n += 0.5
    }
    const own = durationCandidate(from, end, n, unit, modWord, lead, ctx.ref)
    const first = start === m.index && !tailWord && n !== null ? rangeFirstEnd(text, start, n, unit) : null
    if (first === AGES) return []
    return first ? [first, own] : [own]
  },
}

/**
 * "between 12 and 18 months", "six to nine months", "20-24 hours": a range's first end, written
 * bare, is a length in the unit of the second (a range is two mentions).
 */
const RANGE_FIRST_END = new RegExp(
  `(?<![A-Za-z0-9,.])(?:(between)\\s{1,3})?(${NUMBER})\\s{0,3}(and|to|or|-|–)\\s{0,3}$`,
  'i',
)
/** "two days later", not "a day later than usual": a comparison keeps its length, as TIMEX3 does. */
const DAYS_SHIFT_AFTER = /^\s{1,3}(?:later|earlier)(?![A-Za-z])(?!\s{1,3}than(?![A-Za-z]))/i
/** "in" before "two weeks' time", and the "time" after it (its mark may be left out). */
const IN_BEFORE = /(?<![A-Za-z])in\s{1,3}$/i
const TIME_AFTER = /^['’]?\s{1,3}time(?![A-Za-z])/i
/** "aged between 18 and 25 years": the ends of a range of ages are neither. */
const AGE_AFTER = /^(?:[\s-]{1,2}olds?|\s{1,3}of\s{1,3}age)(?![A-Za-z])/i
const AGE_BEFORE = /(?<![A-Za-z])(?:aged|ages)\s{1,3}(?:(?:between|from)\s{1,3})?$/i
/** An age and a link before a mention: "aged 6 months to", "aged between 18 months and". */
const AGE_RANGE_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:aged|ages)\\s{1,3}(?:between\\s{1,3}|from\\s{1,3})?${NUMBER}\\s{1,3}(?:days?|weeks?|months?|years?)\\s{0,3}(?:to|and|-|–)\\s{0,3}$`,
  'i',
)

/** What `rangeFirstEnd` gives for a range of ages: no mention at either end. */
const AGES = 'ages'

function rangeFirstEnd(
  text: string,
  at: number,
  second: number,
  unit: { letter: string; time: boolean; times: number },
): Candidate | typeof AGES | null {
  const found = lookBack(text, at, RANGE_FIRST_END)
  if (!found) return null
  const [, between, count, link] = found.m
  if (link!.toLowerCase() === 'and' && !between) return null
  // "a one-in-a-hundred-year storm": an article is no end of a range ("a-hundred" is not 1 to 100).
  if (/^an?$/i.test(count!)) return null
  const n = numberValue(count!.toLowerCase().replace(/\s+/g, ' '))
  if (n === null || n <= 0 || (link!.toLowerCase() !== 'or' && n >= second)) return null
  if (
    AGE_BEFORE.test(
      text.slice(Math.max(0, found.start - 12), found.start + (between ? between.length + 1 : 0)),
    )
  )
    return AGES
  const start = found.start + found.m[0].indexOf(count!, between ? between.length : 0)
  return durationCandidate(start, start + count!.length, n, unit, undefined, undefined, null)
}

function durationCandidate(
  start: number,
  end: number,
  n: number | null,
  unit: { letter: string; time: boolean; times: number },
  modWord: string | undefined,
  lead: string | undefined,
  ref: Date | null,
): Candidate {
  const mod = modWord
    ? ((DURATION_MODS[modWord.toLowerCase().replace(/\s+/g, ' ')] as Candidate['mod']) ?? null)
    : null
  const count = n === null ? null : n * unit.times
  const value = durationValue(count, unit.letter, unit.time)
  return candidate(start, end, 'DURATION', value, lead ? 'dates/duration-relative' : 'dates/duration', {
    mod,
    interval:
      lead && ref && count !== null && !unit.time ? anchoredInterval(lead, count, unit.letter, ref) : null,
  })
}

/**
 * "the last three years" ends at the reference and "the next three years" starts there, so both
 * denote an interval users can filter on; other durations float and have none.
 */
export function anchoredInterval(lead: string, count: number, letter: string, ref: Date): Interval | null {
  if (!Number.isInteger(count) || count > 1000) return null
  const back = /\b(?:last|past|previous)$/i.test(lead)
  const forward = /\b(?:next|coming|following)$/i.test(lead)
  if (!back && !forward) return null
  const shift = (d: Date, k: number) =>
    letter === 'Y'
      ? addYears(d, k)
      : letter === 'M'
        ? addMonths(d, k)
        : letter === 'W'
          ? addWeeks(d, k)
          : addDays(d, k)
  return back
    ? { start: isoDay(addDays(shift(ref, -count), 1)), end: isoDay(ref) }
    : { start: isoDay(ref), end: isoDay(addDays(shift(ref, count), -1)) }
}

function agoCandidate(
  start: number,
  end: number,
  n: number | null,
  letter: string,
  times: number,
  time: boolean,
  ref: Date | null,
  inferred: boolean,
  sign: 1 | -1 = -1,
  mod: Candidate['mod'] = null,
): Candidate[] {
  const rule = sign < 0 ? 'dates/ago' : 'dates/in-time'
  const vague = sign < 0 ? 'PAST_REF' : 'FUTURE_REF'
  if (n === null || time) return [candidate(start, end, 'DATE', vague, rule, { mod })]
  let k = n * times * -sign
  // "a year and a half ago" is eighteen months ago: a month, not only some time past.
  if (letter === 'Y' && !Number.isInteger(k) && Number.isInteger(k * 12)) {
    k *= 12
    letter = 'M'
  }
  if (!Number.isInteger(k)) return [candidate(start, end, 'DATE', vague, rule, { mod })]
  if (!ref) {
    const v =
      letter === 'Y' ? 'XXXX' : letter === 'M' ? 'XXXX-XX' : letter === 'W' ? 'XXXX-WXX' : 'XXXX-XX-XX'
    return [candidate(start, end, 'DATE', v, rule, { mod })]
  }
  switch (letter) {
    case 'Y': {
      const y = addYears(ref, -k).getFullYear()
      return [candidate(start, end, 'DATE', pad(y, 4), rule, { mod, interval: yearInterval(y), inferred })]
    }
    case 'M': {
      const d = addMonths(ref, -k)
      return [
        candidate(start, end, 'DATE', monthValue(d.getFullYear(), d.getMonth() + 1), rule, {
          mod,
          interval: monthInterval(d.getFullYear(), d.getMonth() + 1),
          inferred,
        }),
      ]
    }
    case 'W': {
      const d = addWeeks(ref, -k)
      return [candidate(start, end, 'DATE', weekValue(d), rule, { mod, interval: weekInterval(d), inferred })]
    }
    default: {
      const d = addDays(ref, -k)
      return [candidate(start, end, 'DATE', isoDay(d), rule, { mod, interval: dayInterval(d), inferred })]
    }
  }
}

/**
 * The mod of a day counted back, from the mod of its length (TimeML): more than four weeks ago is
 * before the day four weeks ago, less than a year ago after it, about six years ago near it.
 */
const AGO_MODS: Readonly<Record<string, Candidate['mod']>> = {
  APPROX: 'APPROX',
  EQUAL_OR_LESS: 'ON_OR_AFTER',
  EQUAL_OR_MORE: 'ON_OR_BEFORE',
  LESS_THAN: 'AFTER',
  MORE_THAN: 'BEFORE',
}

/** The "over" read after a preposition, unless that "in" is a verb's particle ("handed in over four weeks"). */
function withoutParticleIn(
  text: string,
  over: { start: number; m: RegExpExecArray } | null,
): { start: number; m: RegExpExecArray } | null {
  if (!over || over.m[1]!.toLowerCase() !== 'in') return over
  return lookBack(text, over.start, IN_PARTICLE_VERB) ? null : over
}

const VAGUE_LEAD =
  /(?<![A-Za-z])((?:the\s{1,3})?(?:recent|coming|past|last|next|previous|following)\s{1,3})$/i
/** "within minutes", "for years", "spend decades behind bars", "face years in prison". */
const LENGTH_LEAD =
  /(?<![A-Za-z])(?:within|for|in|over|take|takes|took|taking|lasting|lasted|spend|spends|spent|spending|face|faces|faced|facing|serve|serves|served|serving)\s{1,3}$/i
const COMPARED_BEFORE = /(?<![A-Za-z])(?:from|than|on|with|to)\s{1,3}$/i
const RELATIVE_TAIL = /^\s{1,3}(before|after|later|earlier|ago)(?![A-Za-z])/i
/** "the weeks ahead", "the months to come": the coming weeks and months ("the days ahead of the trial" is no length). */
const AHEAD_TAIL = /^\s{1,3}(?:ahead(?![A-Za-z])(?!\s{1,3}of(?![A-Za-z]))|to\s{1,3}come(?![A-Za-z]))/i

const vagueDuration: Matcher = {
  name: 'dates/vague-duration',
  needs: 'U',
  anchor: 'U',
  // "recent weeks", "the coming years", "within minutes", "for years", "days before", "weeks ago"
  pattern: pattern(`${B}(minutes|hours|days|weeks|months|years|decades)${E}`),
  match(m, text) {
    const [word] = m
    const unitWord = word.toLowerCase()
    let start = m.index
    let end = start + word.length
    const unit = unitWord === 'decades' ? { letter: 'DE', time: false } : UNITS[unitWord.slice(0, -1)]
    if (!unit) return []
    const lead = lookBack(text, start, VAGUE_LEAD)
    const tail = RELATIVE_TAIL.exec(text.slice(end, end + 12))
    const ahead = lead || tail ? null : AHEAD_TAIL.exec(text.slice(end, end + 12))
    const the = ahead && lookBack(text, start, THE_BEFORE)
    if (the) {
      start = the.start
      end += ahead[0].length
    } else if (lead) {
      start = lead.start
      // "increased from previous days", "up on previous years": a point of comparison in the past.
      if (/^previous/i.test(lead.m[1] ?? '') && lookBack(text, start, COMPARED_BEFORE))
        return [candidate(start, end, 'DATE', 'PAST_REF', 'dates/vague-past')]
    } else if (tail?.[1]?.toLowerCase() === 'ago') {
      end += tail[0].length
      return [candidate(start, end, 'DATE', 'PAST_REF', 'dates/ago')]
    } else if (!tail && !lookBack(text, start, LENGTH_LEAD)) return []
    // "days of action" is an event, not a length of time.
    else if (!tail && /^\s{1,3}of\s/i.test(text.slice(end, end + 5))) return []
    return [
      candidate(start, end, 'DURATION', durationValue(null, unit.letter, unit.time), 'dates/vague-duration'),
    ]
  },
}

const unitLong: Matcher = {
  name: 'dates/unit-long',
  needs: 'UL',
  anchor: 'U',
  // "a year-long investigation", "a six-month-long trial": the adjective is the duration.
  pattern: pattern(`${B}(?:(${NUMBER})[\\s-]{1,2})?(${UNIT})-long${E}`),
  match(m) {
    const [all, count, unitWord] = m
    const unit = UNITS[(unitWord ?? '').toLowerCase()]
    if (!unit) return []
    // "a year-long": the article is not part of the extent.
    const article = !!count && /^an?$/i.test(count)
    const n = count && !article ? numberValue(count) : 1
    if (n === null || n <= 0 || n > 10_000) return []
    const start = article ? m.index + all.length - (unitWord ?? '').length - 5 : m.index
    const value = durationValue(n * unit.times, unit.letter, unit.time)
    return [candidate(start, m.index + all.length, 'DURATION', value, 'dates/unit-long')]
  },
}

const FIRST_UNIT_AFTER = new RegExp(`^\\s{1,3}of\\s{1,3}(?:${MONTH}|\\d|the\\s{1,3}(?:year|month))`, 'i')

const firstUnit: Matcher = {
  name: 'dates/first-unit',
  needs: 'U',
  anchor: 'U',
  quick: /first/i,
  // "during its first year of operation", "in its first month": the length of that first span.
  pattern: pattern(`${B}first\\s{1,3}(year|month|week)${E}`),
  match(m, text) {
    const [all, unitWord] = m
    const unit = UNITS[(unitWord ?? '').toLowerCase()]
    const end = m.index + all.length
    // "the first week of March" is a part of that month, not a length.
    if (!unit || FIRST_UNIT_AFTER.test(text.slice(end, end + 24))) return []
    return [
      candidate(
        m.index,
        end,
        'DURATION',
        durationValue(unit.times, unit.letter, unit.time),
        'dates/first-unit',
      ),
    ]
  },
}

export const DURATION_MATCHERS: readonly Matcher[] = [duration, unitLong, vagueDuration, firstUnit]
