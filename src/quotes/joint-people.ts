import type { PersonMention } from './people'

/** What may stand between two people named as speaking together: ", ", " and ", ", and ", " & ". */
const LIST_GAP = /^(?:,[ \u00a0]{0,3}|[ \u00a0]{1,3})(?:(?:and|&)[ \u00a0]{1,3})?$/u
const AND_IN_GAP = /(?:^|[ \u00a0])(?:and|&)[ \u00a0]/u
/** What leads into a role written after a name: ", ", " of the ", ", from ". */
const ROLE_LEAD = /^,?[ \u00a0]{1,3}(?:(?:of|from|at)[ \u00a0]{1,3})?(?:the[ \u00a0]{1,3})?$/u
/** The comma that may close a role: "Jane Doe, of Kent Police, and …". */
const ROLE_CLOSE = /^,(?=[ \u00a0])/u

/**
 * What may end the phrase after the last of them: nothing, a comma, a stop, after a clause in
 * brackets about the last one ("… and John Roe (who chairs the panel).").
 */
const PHRASE_END = /^(?:[ \u00a0]\([^()]*\))?[ \u00a0,.]*$/u

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
  if (people.length < 2) return null
  // "co-chairs Jane Doe and John Roe": only the first one's office may stand before the names.
  const lead = phrase.slice(0, people[0]!.start).trim()
  if (lead.length > 0 && lead !== people[0]!.role) return null
  for (let k = 1; k < people.length; k++) {
    const gap = withoutRole(phrase.slice(people[k - 1]!.end, people[k]!.start), people[k - 1]!.role)
    if (gap === null || !LIST_GAP.test(gap)) return null
    // Only the last two are joined by "and": "A and B, C" is no list of speakers.
    if (AND_IN_GAP.test(` ${gap}`) !== (k === people.length - 1)) return null
  }
  // "… and DC Tom Baker of the Economic Crime Unit": the last one's role may close the phrase.
  const last = people.at(-1)!
  const rest = withoutRole(phrase.slice(last.end), last.role)
  return rest !== null && PHRASE_END.test(rest) ? people : null
}

/**
 * The words between two names without the first one's role: " of the FBI’s Washington Field
 * Office and " is " and ". The gap as it is when the name has no role there; null when the role
 * stands there after other words.
 */
export function withoutRole(gap: string, role: string | null): string | null {
  if (role === null) return gap
  const at = gap.indexOf(role)
  if (at < 0) return gap
  if (!ROLE_LEAD.test(gap.slice(0, at))) return null
  return gap.slice(at + role.length).replace(ROLE_CLOSE, '')
}
