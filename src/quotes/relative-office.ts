/**
 * The office a relative clause gives a person by what they do: "chairs the board" of "Jane Doe,
 * who chairs the board, said", "heads the Victims’ Commission", "runs a food bank in Leeds". The
 * verb tells a standing function, and its object names a body or a unit; "who runs marathons"
 * and "who leads by example" name none.
 */
import { ORGANISATION_NAME_ENDS } from './lexicon'
import type { Lexicon } from './patterns'
import { trimEndChars } from './scan'

/**
 * ", who" and a verb of leading something, in the present tense or the perfect (an office held
 * now; "who chaired the meeting" tells an event), or "founded". Group 1: the verb as written.
 */
const WHO_LEADS =
  /^[ \u00a0]{0,2},[ \u00a0]{1,3}who[ \u00a0]{1,3}(?:(?:also|currently|now)[ \u00a0]{1,3})?((?:co-)?(?:chairs|leads|heads|runs|directs|manages|oversees|convenes|coordinates|co-ordinates|represents|founded|has[ \u00a0]{1,3}(?:chaired|led|headed|run|directed|managed|overseen|convened|coordinated|co-ordinated|represented)))[ \u00a0]{1,3}/u

/** A role as `relativeOffice` writes it: its verb first. */
const LED_ROLE =
  /^(?:co-)?(?:chairs|leads|heads|runs|directs|manages|oversees|convenes|coordinates|co-ordinates|represents|founded|has[ \u00a0](?:chaired|led|headed|run|directed|managed|overseen|convened|coordinated|co-ordinated|represented))[ \u00a0]/u

/**
 * True when a role is what a relative clause says the person leads ("leads West Mercia Police"):
 * an office the release names for the person as it introduces them is the role before it.
 */
export function isLedRole(role: string): boolean {
  return LED_ROLE.test(role)
}

/** What opens the object: a determiner, or a name in capitals ("heads Shelter"). */
const OBJECT_START = /^(?:(?:the|a|an|its|his|her|their|our)[ \u00a0]|\p{Lu})/u

/** Where the object ends and the clause goes on: a conjunction, a time ("since 2019", "for 20 years"). */
const OBJECT_END =
  /[ \u00a0](?:(?:and|but|since|until|when|where|which|who|whose|after|before|while|whilst|as|with|every)(?![\p{L}’'-])|(?:in|for|from|over)[ \u00a0](?:\d|the[ \u00a0](?:past|last)|more[ \u00a0]than))/u

/** Nouns of what a person may chair, lead or run, besides bodies' words: "the project", "a food bank". */
const LED_THINGS: ReadonlySet<string> = new Set([
  ...ORGANISATION_NAME_ENDS,
  ...[
    'business',
    'campaign',
    'clinic',
    'club',
    'district',
    'division',
    'farm',
    'firm',
    'hospital',
    'hotel',
    'initiative',
    'investigation',
    'lab',
    'laboratory',
    'museum',
    'panel',
    'practice',
    'programme',
    'program',
    'project',
    'review',
    'scheme',
    'school',
    'shelter',
    'shop',
    'site',
    'squad',
    'store',
    'unit',
    'ward',
  ],
])

/** At most this many words of the object: more is a narrated clause, not an office. */
const OBJECT_WORDS = 10

/**
 * The office in a relative clause right after a name (`after` starts after the name), as written
 * from its verb to the end of its object: "chairs the board"; null when the clause tells none.
 * `clauseOf` cuts the words after the verb at the clause's comma or the sentence's end.
 */
export function relativeOffice(
  after: string,
  lexicon: Lexicon,
  clauseOf: (rest: string) => string,
): string | null {
  const who = WHO_LEADS.exec(after)
  if (who === null) return null
  let object = clauseOf(after.slice(who[0].length))
  const cut = OBJECT_END.exec(object)
  if (cut !== null) object = object.slice(0, cut.index)
  object = trimEndChars(object.trim(), '.;:')
  if (!OBJECT_START.test(object)) return null
  const words = object.split(/[ \u00a0]+/)
  if (words.length > OBJECT_WORDS) return null
  const named = words.some((w) => {
    const bare = w.replace(/[’']s$|[^\p{L}-]+/gu, '')
    const lower = bare.toLowerCase()
    return /^\p{Lu}/u.test(bare) || lexicon.organisationWords.has(lower) || LED_THINGS.has(lower)
  })
  return named ? `${who[1]} ${object}` : null
}
