/**
 * How the narration presents a person it names: as someone who speaks ("Jane Doe said the …"),
 * or as a party to a case (a defendant or victim named with an age, "The court heard that Tom
 * Baker …"), whom a later "he" or "she" of a quote seldom means when someone quoted before fits.
 */

import { lazyRegExp } from '../text/lazy-patterns'
import type { Lexicon } from './patterns'

/** An age beside the name: ", 45,", ", aged 45", " (45)", " aged 45". */
const AGE_AFTER =
  /^(?:,[ \u00a0](?:aged?[ \u00a0])?\d{1,3}(?!\d)|[ \u00a0]\(\d{1,3}\)|[ \u00a0]aged[ \u00a0]\d{1,3}(?!\d))/
/** A court's or arrest's outcome with the name as its subject: " was jailed", ", 45, has been charged". */
const OUTCOME_AFTER = lazyRegExp(
  String.raw`^(?:,[^,.;:!?]{1,60},)?[ \u00a0]+(?:(?:was|were|has[ \u00a0]+been|had[ \u00a0]+been|is)[ \u00a0]+(?:\p{Ll}{2,20}ly[ \u00a0]+)?(?:sentenced|jailed|charged|convicted|arrested|found[ \u00a0]+guilty|remanded|imprisoned|indicted|detained)|pleaded[ \u00a0]+(?:not[ \u00a0]+)?guilty|admitted[ \u00a0]+(?:a|an|the|two|three|\d{1,2})[ \u00a0]+(?:\p{Ll}{2,20}[ \u00a0]+){0,2}(?:charges?|counts?|offences?|offenses?))(?![\p{L}])`,
  'u',
)
/**
 * Words right before the name that make it a party: an age ("45-year-old "), a court's part
 * ("defendant "), the object of an outcome ("jailed "), or the opening of what a court heard
 * ("The court heard that ", "jurors were told how ").
 */
const PARTY_BEFORE = lazyRegExp(
  String.raw`(?:\d{1,3}-year-old|(?<![\p{L}])(?:defendant|accused|offender|arrested|charged|sentenced|jailed|convicted|remanded|detained|indicted|prosecuted|extradited)|(?<![\p{L}])(?:heard|(?:was|were)[ \u00a0]+told)(?:[ \u00a0]+(?:that|how))?)[ \u00a0]+$`,
  'iu',
)

/** True when the narration names a person as a party to a case, at `start` to `end` of `text`. */
export function namedAsParty(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 120)
  return (
    AGE_AFTER.test(after) ||
    OUTCOME_AFTER().test(after) ||
    PARTY_BEFORE().test(text.slice(Math.max(0, start - 40), start))
  )
}

/** A title of one who sits in judgment: "Judge", "His Honour Judge", "Mr Justice", "Recorder". */
const BENCH_TITLE = /(?:^|[ \u00a0.])(?:Judge|Justice|Recorder|Magistrate)$/i
/** "jailed by ", "appeared before ", "sentenced at Leeds Crown Court by the ": the judge is the agent. */
const BENCH_BEFORE = lazyRegExp(String.raw`(?<![\p{L}])(?:by|before)[ \u00a0]+(?:the[ \u00a0]+)?$`, 'iu')
/** A court's act with the judge as its subject: " sentenced him", ", sitting at Leeds, jailed Baker". */
const BENCH_ACT_AFTER = lazyRegExp(
  String.raw`^(?:,[^,.;:!?“”"]{1,60},)?[ \u00a0]+(?:(?:also|later|then|today|yesterday|\p{Ll}{2,20}ly)[ \u00a0]+)?(?:(?:has|had|have|will)[ \u00a0]+)?(?:sentenced|jailed|remanded|imposed|handed|gave|ordered|heard|adjourned|fined|banned|disqualified|presided|imprisoned|committed)(?![\p{L}])`,
  'u',
)

/**
 * True when the narration names a judge only as the one who sentenced, jailed or heard a case
 * ("was jailed by Judge Sarah Collins", "Judge Sarah Collins sentenced him to"): like a party,
 * seldom the "she" of a quote when someone quoted before fits.
 */
export function namedAsBench(text: string, start: number, end: number, title: string | null): boolean {
  if (title === null || !BENCH_TITLE.test(title)) return false
  return (
    BENCH_BEFORE().test(text.slice(Math.max(0, start - 12), start)) ||
    BENCH_ACT_AFTER().test(text.slice(end, end + 120))
  )
}

/** Cue verbs that, in narration, tell of a plea or a request, not of words spoken: "pleaded guilty". */
const NOT_SPEECH: ReadonlySet<string> = new Set(['admitted', 'asked', 'pleaded'])
/** An apposition after the name, then adverbs or an auxiliary: ", the area lead, ", " later ", " has also ". */
const APPOSITION = lazyRegExp(
  String.raw`^(?:,[^,.;:!?“”"]{1,80},)?[ \u00a0]+(?:(?:\p{Ll}{2,20}ly|also|earlier|had|has|have|later|then|today|yesterday)[ \u00a0]+){0,2}`,
  'u',
)
const LOWER_WORD = lazyRegExp(String.raw`^\p{Ll}{2,20}$`, 'u')

/**
 * True when a cue verb opens its clause right before `start`: after a comma, a quote masked
 * out (two spaces or more) or the start of the text; "Police said Tom Baker …" reports others.
 */
function cueOpensBefore(text: string, start: number, lexicon: Lexicon): boolean {
  let end = start
  while (end > 0 && end > start - 3 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--
  if (end === start) return false
  let at = end
  while (at > 0 && end - at <= 20 && /\p{Ll}/u.test(text[at - 1]!)) at--
  const word = text.slice(at, end)
  if (!LOWER_WORD().test(word) || !lexicon.cueWords.has(word) || NOT_SPEECH.has(word)) return false
  const lead = text.slice(Math.max(0, at - 2), at)
  return at === 0 || lead.endsWith(',') || lead.endsWith(', ') || /^\s\s$/.test(lead)
}

/**
 * True when the narration has the person at `start` to `end` speak: a cue verb after the name
 * ("Sarah Jones, 52, said the family …") or right before it ("said Sergeant Mark Lee").
 */
export function speaksInNarration(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  if (cueOpensBefore(text, start, lexicon)) return true
  const after = text.slice(end, end + 120)
  const lead = APPOSITION().exec(after)?.[0].length ?? 0
  if (lead === 0) return false
  lexicon.cue.lastIndex = 0
  const cue = lexicon.cue.exec(after.slice(lead, lead + 30))
  return cue !== null && cue.index === 0 && !NOT_SPEECH.has(cue[0].toLowerCase())
}
