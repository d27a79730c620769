/**
 * When the words were said, written between the speaker and the cue: "NSPCC head of policy Jane
 * Doe on Monday said", "Jane Doe last week told reporters". The speaker's phrase ends before it.
 */
import { MONTHS, WEEKDAYS } from '../dates/lexicon'

const capitalised = (names: readonly string[]) =>
  names.filter((n) => n.length > 3 || n === 'may').map((n) => n[0]!.toUpperCase() + n.slice(1))
const DAY = capitalised(Object.keys(WEEKDAYS)).join('|')
const MONTH = capitalised(Object.keys(MONTHS)).join('|')
const S = '[ \\u00a0]{1,3}'
const PART_OF_DAY = `(?:${S}(?:morning|afternoon|evening|night))?`
/** "on Monday", "on Tuesday evening", "on 5 March", "on March 5th". */
const ON_DAY = `on${S}(?:${DAY})${PART_OF_DAY}|on${S}\\d{1,2}(?:st|nd|rd|th)?${S}(?:${MONTH})|on${S}(?:${MONTH})${S}\\d{1,2}(?:st|nd|rd|th)?`
/** "last week", "this morning", "earlier this month", "late on Friday". */
const RELATIVE = `(?:(?:earlier|later)${S})?(?:last|this)${S}(?:week|weekend|month|year|morning|afternoon|evening|(?:${DAY}))|(?:late|early|earlier)${S}(?:${ON_DAY})`
/** A statement as the place the words were said in: "in a statement", "in a news release". */
const IN_STATEMENT = `in${S}(?:a|her|his|their|its|the)${S}(?:(?:joint|written|news|press|short)${S})?(?:statement|release)`
const TIME_AT_END = new RegExp(`[ \\u00a0](?:${RELATIVE}|${ON_DAY}|${IN_STATEMENT})$`, 'u')

/** The phrase without the time (or statement) that ends it, or the phrase itself when none does. */
export function withoutTimeAtEnd(phrase: string): string {
  const end = phrase.trimEnd()
  // The time phrase is short: the regex runs over the last words only.
  const tail = end.slice(-48)
  const m = TIME_AT_END.exec(tail)
  return m === null ? phrase : end.slice(0, end.length - tail.length + m.index)
}

/**
 * A time that opens a clause with no comma before a body's name: "On Monday ", "Yesterday ", "Last
 * night "; "Today" and "Tonight" alone are left, as they open names ("Today Programme").
 */
const TIME_AT_START = new RegExp(
  `^(?:${RELATIVE}|${ON_DAY}|yesterday|(?:earlier|later)${S}today|last${S}night)${S}`,
  'iu',
)
/** What the name opens with after the time: a capital, or "the" before a body's noun. */
const CAPITAL_OPENS = /^(?:\p{Lu}|the[ \u00a0])/u

/** The name without the time that opens it: "Police Scotland" of "On Monday Police Scotland". */
export function withoutTimeAtStart(name: string): string {
  const m = TIME_AT_START.exec(name.slice(0, 48))
  return m === null || !CAPITAL_OPENS.test(name.slice(m[0].length)) ? name : name.slice(m[0].length)
}
