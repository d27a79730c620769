/**
 * Which way the clause before a point in a text looks: forward ("will appear in court on 3 July
 * 2024", "closes on", "bailed to appear on") or back ("Last year the unit celebrated its 10th
 * anniversary"). A date the writer looks forward to is no lower bound of the publication day and
 * no origin an anniversary counts from; an anniversary the writer looks back on (or forward to)
 * does not date the writing. Only the clause before the point is read, so "He was charged on 1 May
 * 2024 and will appear on 3 July 2024" looks back at the first date and forward at the second.
 */
import { clauseStart, isDeferredTo } from './context'
import { alternation } from './lexicon'

/** Words that point past the writing day. Keep sorted. */
const FORWARD_WORDS: readonly string[] = [
  "'ll",
  'adjourned',
  'ahead of',
  'aim to',
  'aims to',
  'are due',
  'are set to',
  'close on',
  'closes',
  'closing date',
  'come into effect',
  'come into force',
  'comes into effect',
  'comes into force',
  'deadline',
  'due on',
  'due to be',
  'expected to',
  'expire',
  'expires',
  'expiry',
  'fixed for',
  'going to',
  'invited to',
  'is due',
  'is set to',
  'listed for',
  'must',
  'next appear',
  'no later than',
  'plan to',
  'planned',
  'plans to',
  'scheduled',
  'set for',
  'shall',
  'take effect',
  'take place',
  'takes effect',
  'takes place',
  'target is',
  'till',
  'to appear',
  'to return',
  'until',
  'upcoming',
  'will',
  '’ll',
]

/** Words of a clause about a time before the writing day. Keep sorted. */
const BACKWARD_WORDS: readonly string[] = [
  'celebrated',
  'commemorated',
  'did',
  'had',
  'last year',
  'marked',
  'observed',
  'reached',
  'turned',
  'was',
  'were',
]

const FORWARD = new RegExp(`(?:^|[^A-Za-z'’])(?:${alternation(FORWARD_WORDS)})(?![A-Za-z])`, 'i')
const BACKWARD = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(BACKWARD_WORDS)})(?![A-Za-z])`, 'i')

/** The clause that leads up to `start` in `text`, from a bounded window. */
function clauseBefore(text: string, start: number): string {
  // A bounded window: a block without stops must not be rescanned for every date in it.
  return clauseStart(text.slice(Math.max(0, start - 120), start))
}

/** True when the clause that leads up to `start` in `text` looks forward. */
export function looksAhead(text: string, start: number): boolean {
  return FORWARD.test(clauseBefore(text, start)) || isDeferredTo(text, start)
}

/** True when the clause that leads up to `start` in `text` speaks of a time before the writing. */
export function looksBack(text: string, start: number): boolean {
  return BACKWARD.test(clauseBefore(text, start))
}

/** The clause that leads up to `start` in `text`, as `looksAhead` and `looksBack` read it. */
export function clauseLeadingTo(text: string, start: number): string {
  return clauseBefore(text, start)
}

/** True when a clause (from `clauseLeadingTo`) speaks of a time before the writing. */
export function isBackward(clause: string): boolean {
  return BACKWARD.test(clause)
}
