/**
 * Whether the writer looks forward to a date: "will appear in court on 3 July 2024", "closes on
 * 3 July 2024", "bailed to 3 July 2024". Such a date is no lower bound of the publication day, and
 * no origin an anniversary counts from. Only the clause before the date is read, so "He was
 * charged on 1 May 2024 and will appear on 3 July 2024" looks back at the first date and forward
 * at the second.
 */
import { alternation, FUTURE_CUES } from './lexicon'

/** Words that point past the writing day, beside the future-tense cues. Keep sorted. */
const FORWARD_WORDS: readonly string[] = [
  'adjourned',
  'aims to',
  'bail',
  'bailed',
  'close',
  'closes',
  'closing',
  'come into force',
  'comes into force',
  'deadline',
  'due',
  'expected to',
  'expire',
  'expires',
  'expiry',
  'remanded',
  'scheduled',
  'set for',
  'take place',
  'takes place',
  'till',
  'until',
]

const FORWARD = new RegExp(
  `(?:^|[^A-Za-z'’])(?:${alternation([...FUTURE_CUES, ...FORWARD_WORDS])})(?![A-Za-z])`,
  'i',
)
/** The end of the previous clause: a sentence stop, a semicolon, or " and " / " but " between clauses. */
const CLAUSE_BREAK = /[.!?;]\s|\s(?:and|but|while|whereas)\s/gi

/** True when the clause that leads up to `start` in `text` looks forward. */
export function looksAhead(text: string, start: number): boolean {
  // A bounded window: a block without stops must not be rescanned for every date in it.
  const before = text.slice(Math.max(0, start - 120), start)
  let from = 0
  CLAUSE_BREAK.lastIndex = 0
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) from = m.index + m[0].length
  return FORWARD.test(before.slice(from))
}
