import { lazyRegExp } from '../text/lazy-patterns'
import { RELATIONS } from './lexicon'
import type { PersonMention } from './people'

/**
 * What may stand between two people named as speaking together: ", ", " and ", ", and ", " & ",
 * and "; " or "; and " in a list whose entries hold commas of their own (see `SEMICOLON_GAP`).
 */
const LIST_GAP = /^(?:[,;][ \u00a0]{0,3}|[ \u00a0]{1,3})(?:(?:and|&)[ \u00a0]{1,3})?$/u
/** A gap of a list joined by semicolons: "Jane Doe, the Mayor; John Roe, the Sheriff; and …". */
const SEMICOLON_GAP = /^;/u
const AND_IN_GAP = /(?:^|[ \u00a0])(?:and|&)[ \u00a0]/u
/** A noun phrase opened by a determiner or a possessive, then a comma: "The victim’s sister, ". */
export const DESCRIBED_BEFORE = lazyRegExp(
  String.raw`^(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)[ \u00a0]|(?:\p{Lu}[\p{L}-]{1,20}[ \u00a0]){0,2}\p{Lu}\p{Ll}{1,20}[’']s[ \u00a0])[\p{L}\d’' \u00a0-]{1,60},[ \u00a0]*(?:\d{1,3}-year-old[ \u00a0])?$`,
  'u',
)
/** The "and" that opens the last entry of a list, with the comma before it or none: ", and ", " & ". */
const AND_OPENING = /^,?[ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3}/u

/** Verbs of making, opening or running a thing, whose object is no person. */
const MAKING_VERBS: readonly string[] = [
  'built',
  'co-founded',
  'cofounded',
  'created',
  'designed',
  'developed',
  'established',
  'founded',
  'launched',
  'opened',
  'organised',
  'organized',
  'ran',
  'run',
  'runs',
  'set[ \u00a0]{1,3}up',
  'sets[ \u00a0]{1,3}up',
  'started',
  'wrote',
]

/** A relation written right before a name with no comma: "her husband " of "and her husband John Roe". */
const RELATION_BEFORE = lazyRegExp(
  String.raw`^(?:his|her|their)[ \u00a0](?:${RELATIONS.join('|')})[ \u00a0]$`,
  'u',
)

/**
 * True when the words between two names join them as a list whose next entry opens with a noun
 * phrase in apposition to the name, or a relation right before it: ", and her husband, " of "Jane
 * Doe, and her husband, John Roe", " and her husband " of "Jane Doe and her husband John Roe".
 */
function describedEntryGap(gap: string): boolean {
  const and = AND_OPENING.exec(gap)
  if (and === null) return false
  const entry = gap.slice(and[0].length)
  return DESCRIBED_BEFORE().test(entry) || RELATION_BEFORE().test(entry)
}

/**
 * What leads into a role written after a name: ", ", " of the ", ", from ", and ", who ", ", who
 * is the " or ", who also " of a relative clause closed by a comma ("Jane Doe, who chairs the
 * board, and John Roe").
 */
const ROLE_LEAD =
  /^(?:,?[ \u00a0]{1,3}(?:(?:of|from|at)[ \u00a0]{1,3})?(?:the[ \u00a0]{1,3})?|,[ \u00a0]{1,3}who[ \u00a0]{1,3}(?:(?:is|was|also)[ \u00a0]{1,3}){0,2}(?:(?:the|an?)[ \u00a0]{1,3})?)$/u
/** The comma that may close a role: "Jane Doe, of Kent Police, and …". */
const ROLE_CLOSE = /^,(?=[ \u00a0])/u

/**
 * What may end the phrase after the last of them: nothing, a comma, a stop, after a clause in
 * brackets about the last one ("… and John Roe (who chairs the panel).").
 */
const PHRASE_END = /^(?:[ \u00a0]\([^()]*\))?[ \u00a0,.]*$/u
/**
 * A clause after the last of them that says more of what they said or who they are, not another
 * speaker: ", adding that …", ", saying …", ", who chair the panel".
 */
const CLAUSE_AFTER = lazyRegExp(String.raw`^,[ \u00a0]{1,3}(?:who|\p{Ll}{1,20}ing)(?![\p{L}])`, 'u')

/**
 * The people a phrase names as speaking together, in the order written, when it is only a list
 * of them joined by "and" ("Jane Smith and Tom Baker", "DI Jane Smith, DS Ali Khan and PC Tom
 * Baker", "co-chairs Jane Smith and Tom Baker"); null for one person, or when other words stand between the names ("Jane Smith and her
 * team", "the family of Jane Smith and Tom Baker").
 */
export function jointPeople(
  phrase: string,
  people: readonly PersonMention[],
): readonly PersonMention[] | null {
  // People named in a clause after the list ("…, adding that Tom Baker would help") are not in it.
  const named = people.slice(0, clauseAfterList(phrase, people))
  if (named.length < 2) return null
  // "co-chairs Jane Doe and John Roe": only the first one's office may stand before the names.
  const lead = phrase.slice(0, named[0]!.start).trim()
  if (lead.length > 0 && lead !== named[0]!.role) return null
  const gaps: string[] = []
  for (let k = 1; k < named.length; k++) {
    const gap = withoutRole(withoutAge(phrase.slice(named[k - 1]!.end, named[k]!.start)), named[k - 1]!.role)
    if (gap === null) return null
    // "Jane Doe, 45, and her husband, John Roe": the last entry's own apposition before its name.
    if (!LIST_GAP.test(gap)) {
      if (k !== named.length - 1 || !describedEntryGap(gap)) return null
      gaps.push(gap.slice(0, AND_OPENING.exec(gap)![0].length))
      continue
    }
    gaps.push(gap)
    // Only the last two are joined by "and": "A and B, C" is no list of speakers.
    if (AND_IN_GAP.test(` ${gap}`) !== (k === named.length - 1)) return null
  }
  if (!oneKindOfSeparator(gaps)) return null
  // "… and DC Tom Baker of the Economic Crime Unit": the last one's role may close the phrase.
  const last = named.at(-1)!
  const rest = withoutRole(withoutAge(phrase.slice(last.end)), last.role)
  return rest !== null &&
    (PHRASE_END.test(rest) || CLAUSE_AFTER().test(rest) || SHARED_APPOSITION().test(rest))
    ? named
    : null
}

/**
 * True when the list's entries are split all by commas or all by semicolons: the last gap may be a
 * bare " and " ("A, the Mayor; B, the Sheriff and C"), but "A, B; C and D" is no one list.
 */
function oneKindOfSeparator(gaps: readonly string[]): boolean {
  if (!gaps.some((gap) => SEMICOLON_GAP.test(gap))) return true
  return gaps.every((gap, k) => SEMICOLON_GAP.test(gap) || (k === gaps.length - 1 && !gap.startsWith(',')))
}

/**
 * An apposition after the last of them that opens with a noun in the plural, which describes them
 * all: ", co-founders of the charity", ", both directors at the firm", ", residents of the street".
 */
const SHARED_APPOSITION = lazyRegExp(
  String.raw`^,[ \u00a0]{1,3}(?:(?:the|both|joint|all)[ \u00a0]{1,3})?\p{Ll}[\p{Ll}-]{0,24}[^s’'\s]s(?:[ \u00a0][^,]{1,80})?,?[ \u00a0]*$`,
  'u',
)

/** An age in apposition right after a name: ", 45" of "Jane Doe, 45, and John Roe" or "Jane Doe, 45; John Roe". */
const AGE_AFTER = /^,[ \u00a0]{1,3}(?:aged?[ \u00a0]{1,3})?\d{1,3}(?=[,;]|[ \u00a0]*$)/u

/** The words after a name without the age in apposition that opens them. */
export function withoutAge(gap: string): string {
  const age = AGE_AFTER.exec(gap)
  return age === null ? gap : gap.slice(age[0].length)
}

/** How many of the people come before a clause that follows the list (see `CLAUSE_AFTER`). */
function clauseAfterList(phrase: string, people: readonly PersonMention[]): number {
  for (let k = 2; k < people.length; k++) {
    const gap = withoutRole(phrase.slice(people[k - 1]!.end, people[k]!.start), people[k - 1]!.role)
    if (gap !== null && CLAUSE_AFTER().test(gap)) return k
  }
  return people.length
}

/**
 * The words between two names without the first one's role: " of the FBI’s Washington Field
 * Office and " is " and ". The gap as it is when the name has no role there; null when the role
 * stands there after other words.
 */
export function withoutRole(gap: string, role: string | null): string | null {
  const at = role === null ? -1 : gap.indexOf(role)
  if (at < 0) return withoutRelativeClause(gap)
  if (!ROLE_LEAD.test(gap.slice(0, at))) return null
  return gap.slice(at + role!.length).replace(ROLE_CLOSE, '')
}

/**
 * A relative clause about the person before, closed by a comma before "and", that names no role
 * and whose object is a thing made or run, which no name after "and" goes on (", who founded the
 * charity" of "Jane Doe, who founded the charity, and John Roe"). A verb whose object may be a
 * person ("who thanked the volunteers, and John Roe") or a preposition that may take one ("who set
 * up the charity with her husband, and John Roe") may go on past "and", so such a clause is left.
 */
const CLOSED_RELATIVE = lazyRegExp(
  String.raw`^,[ \u00a0]{1,3}who[ \u00a0]{1,3}(?:(?:has|had|have)[ \u00a0]{1,3})?(?:also[ \u00a0]{1,3})?(?:${MAKING_VERBS.join('|')})(?:[ \u00a0]{1,3}(?!(?:with|alongside|for|to|by|and|&)(?![\p{L}]))[^ \u00a0,;()“”"]{1,24}){1,10}(?=,[ \u00a0]{1,3}(?:and|&)[ \u00a0])`,
  'u',
)

/** The words between two names without such a relative clause: " and " of ", who founded the charity, and ". */
function withoutRelativeClause(gap: string): string {
  const clause = CLOSED_RELATIVE().exec(gap)
  return clause === null ? gap : gap.slice(clause[0].length).replace(ROLE_CLOSE, '')
}
