/**
 * A name in a speaker's phrase that is not its subject: the object of an opening preposition or
 * participle ("Speaking about Tom Baker, 67, the judge"), or of the verb of a clause that "and"
 * joins to the cue ("Officers arrested Tom Baker, 67, and"). The subject is read elsewhere.
 */

import { lazyRegExp } from '../text/lazy-patterns'
import { RELATIONS, SERVICE_GERUNDS } from './lexicon'
import { type PersonMention, topLevelParts } from './people'

/**
 * An opening phrase whose object the name is: a preposition or a participle in capitals, alone
 * or with up to four words in lower case and a preposition ("Sentencing ", "Of ", "Speaking about
 * ", "After the sentencing of "). Other words right before the name ("Welcoming the announcement
 * Dame Anne Owers") leave it the subject, its comma left out.
 */
const OPENER = String.raw`(?:\p{Lu}\p{Ll}{2,20}ing|About|After|Before|Concerning|Despite|Following|In|Like|Of|On|Regarding|Unlike|With)`
const TO_OBJECT = String.raw`(?:(?:[ \u00a0]{1,3}[\p{Ll}’'-]{1,20}){0,4}[ \u00a0]{1,3}(?:about|after|against|at|by|concerning|for|from|into|like|of|on|over|regarding|through|to|towards|with))`
const OPENING_PHRASE = lazyRegExp(String.raw`^${OPENER}${TO_OBJECT}?[ \u00a0]{1,3}$`, 'u')
/**
 * Those who speak for someone else, as an object the name is apposed to: "issued by his
 * spokesperson, Jane Roe, the Secretary-General said".
 */
const SPOKES_FOR = ['spokesperson', 'spokesman', 'spokeswoman', 'lawyer', 'solicitor', 'attorney']
/**
 * The same phrase ending in a relation the name is apposed to: "Paying tribute to her son ", "…, ",
 * "In a statement issued by his spokesperson, ".
 */
const RELATION_OBJECT = lazyRegExp(
  String.raw`^${OPENER}${TO_OBJECT}[ \u00a0]{1,3}(?:his|her|their|our|my)[ \u00a0]{1,3}(?:${[...RELATIONS, ...SPOKES_FOR].join('|')}),?[ \u00a0]{1,3}$`,
  'u',
)
/** An opening phrase and its comma, then more: "Following the arrest of Tom Baker, 34, ". */
const OPENING_THEN_COMMA = lazyRegExp(String.raw`^${OPENER}[ \u00a0][^]{0,160},[ \u00a0]*$`, 'u')

/** True when the words before a name are an opening phrase and its comma: "Speaking outside court, ". */
export function openingPhraseBefore(before: string): boolean {
  return OPENING_THEN_COMMA().test(before)
}

/** Participles that take no object: "Speaking Chief Constable Jo Farrell said" lacks its comma. */
const INTRANSITIVE: ReadonlySet<string> = new Set([
  'Commenting',
  'Concluding',
  'Reacting',
  'Replying',
  'Responding',
  'Speaking',
  'Talking',
  'Writing',
])

/** A participle read as the first word of a name: "Describing" of "Describing Tom Baker as …". */
const PARTICIPLE_WORD = lazyRegExp(String.raw`^\p{Lu}\p{Ll}{3,20}ing[ \u00a0]`, 'u')
/** Given names of a participle's shape. */
const ING_NAMES: ReadonlySet<string> = new Set(['Channing', 'Irving', 'Sterling'])

/** "and" closing the words before a cue: "… arrested Tom Baker, 67, and". */
const AND_AT_END = /(?:^|[\s,])and$/
/**
 * A verb in the past that takes an object: "arrested", "thanked", "met", "spoke" (to); the object may be
 * described in up to six words before the name ("named the man who died as ", "arrested the 34-year-old's brother, ").
 */
const PAST_VERB = lazyRegExp(
  String.raw`(?<![\p{L}’'-])(?:\p{Ll}{2,20}ed|bought|brought|caught|chose|drove|found|gave|held|kept|led|met|paid|rang|saw|sent|sought|spoke|struck|taught|took)(?=(?:[ \u00a0]{1,3}[\p{Ll}\d’'-]{1,20}){0,6},?[ \u00a0]{1,3}$)`,
  'u',
)
/** An adverb before the verb makes the words a description ("Newly appointed Ann Lowe"), no subject. */
const ADVERB_AT_END = /ly[ \u00a0]*$/

/**
 * Where the subject of a phrase whose mention `person` is an object may be: the texts from each
 * comma part after the mention's to the end, the first that names someone being it (none may);
 * null when the mention may be the subject. Read only where a comma or "and" shows another
 * clause: "Speaking about Tom Baker the judge" and "Officers arrested Tom Baker" are left.
 */
export function subjectBesideObject(np: string, person: PersonMention): string[] | null {
  // "Officers arrested Jane Doe and John Roe and": the object is the whole list the name closes.
  const object = { ...person, start: listStart(np, person.start) }
  return openingPhraseSubject(np, object) ?? joinedClauseSubject(np, object)
}

/** What stands between two names of a list, at the end of the words before the second: ", ", " and ", ", 34, and ". */
const LIST_GAP_AT_END =
  /(?:,[ \u00a0]{0,3}\d{1,3})?(?:,[ \u00a0]{1,3}|,?[ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3})$/
const LIST_AND = /(?:and|&)[ \u00a0]+$/
/** A word of a name with no title: "Jane", "O’Neill", "Smith-Jones". */
const BARE_NAME_WORD = lazyRegExp(String.raw`^\p{Lu}[\p{Ll}’'-]{1,20}$`, 'u')
/** Words of a bare name in a list: "Jane Doe", "Mary Ann Smith". */
const LIST_NAME_WORDS = { min: 2, max: 3 }

/**
 * Where the list of names that the name at `start` closes begins: "Jane Doe, Tom Bell and John
 * Roe" from "John Roe", which "and" joins to the list. Each earlier entry is a bare name of two
 * or three words in capitals after a word that is not one; `start` itself when no list leads to it.
 */
function listStart(np: string, start: number): number {
  let at = start
  for (;;) {
    const gap = LIST_GAP_AT_END.exec(np.slice(Math.max(0, at - 12), at))
    // "Speaking about Tom Baker, Jane Smith": a comma alone before the name may set it apart as the
    // subject; only "and" closes a list.
    if (gap === null || (at === start && !LIST_AND.test(gap[0]))) return at
    const before = np.slice(0, at - gap[0].length)
    const words = before.split(/[ \u00a0]/)
    let n = 0
    while (
      n < words.length &&
      n <= LIST_NAME_WORDS.max &&
      BARE_NAME_WORD().test(words[words.length - 1 - n]!)
    )
      n++
    if (n < LIST_NAME_WORDS.min || n > LIST_NAME_WORDS.max || n === words.length) return at
    at = before.length - words.slice(-n).join(' ').length
  }
}

/** "Speaking about Tom Baker, 67, the judge": "67, the judge" and "the judge" may be the subject. */
function openingPhraseSubject(np: string, person: PersonMention): string[] | null {
  const before = np.slice(0, person.start)
  const glued = before === '' && person.title === null && participleOpens(person.name)
  const related = RELATION_OBJECT().test(before)
  const opening =
    !before.includes(',') && OPENING_PHRASE().test(before) && !INTRANSITIVE.has(before.trimEnd())
  if (!(glued || related || opening)) return null
  const texts: string[] = []
  let at = np.length
  for (const part of topLevelParts(np).reverse()) {
    if (at - part.length < person.end) break
    at -= part.length
    texts.unshift(np.slice(at).trim())
    at -= 1
  }
  // "Paying tribute to her son, Tom Baker": the name after the comma may be the subject.
  return texts.length === 0 && before.includes(',') ? null : texts
}

/** True when a name opens with a participle and two words more: "Describing Tom Baker". */
function participleOpens(name: string): boolean {
  const first = PARTICIPLE_WORD().exec(name)
  if (first === null) return false
  const word = first[0].trimEnd()
  return (
    !ING_NAMES.has(word) && !SERVICE_GERUNDS.has(word.toLowerCase()) && name.split(/[ \u00a0]+/).length > 2
  )
}

/**
 * The subject of a clause that names no one after its verb, which "and" joins to the cue: "Kent
 * Police" of "Kent Police thanked everyone who came forward and". The object is up to six words in
 * lower case; null when the words are no such clause.
 */
export function subjectBeforeObject(np: string): string | null {
  if (!AND_AT_END.test(np)) return null
  const verb = PAST_VERB().exec(np.slice(0, np.length - 'and'.length))
  if (verb === null) return null
  const subject = np.slice(0, verb.index).trim()
  return subject === '' || ADVERB_AT_END.test(subject) ? null : subject
}

/** "Officers arrested Tom Baker, 67, and": the words before the verb are the subject. */
function joinedClauseSubject(np: string, person: PersonMention): string[] | null {
  if (person.start === 0 || !AND_AT_END.test(np)) return null
  const verb = PAST_VERB().exec(np.slice(0, person.start))
  if (verb === null) return null
  const subject = np.slice(0, verb.index)
  return subject.trim() === '' || ADVERB_AT_END.test(subject) ? null : [subject.trim()]
}
