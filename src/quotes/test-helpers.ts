/** Shared by the quote tests: a compact view of a speaker and a runner for case tables. */
import { expect } from 'vitest'
import type { Quote } from '../model'
import { extractQuotes } from './extract-quotes'

/** The speaker as a tuple, for compact tables: [name, title, role]. */
export type Who = [string, string | null, string | null] | null

export interface Case {
  /** Where the sentence comes from: the sample corpus, or written in its style. */
  readonly from: 'corpus' | 'style'
  readonly input: string
  readonly text: string
  readonly speaker: Who
  readonly cue: string | null
  readonly rule: string
}

export const who = (q: Quote | undefined): Who =>
  q?.speaker ? [q.speaker.name, q.speaker.title, q.speaker.role] : null

/** Runs one table case: the first quote's text, exact offsets, speaker, cue and rule. */
export function check(c: Case, index = 0): Quote {
  const quotes = extractQuotes(c.input)
  const q = quotes[index]
  expect(q?.text).toBe(c.text)
  expect(c.input.slice(q!.span.start, q!.span.end)).toBe(c.text)
  expect(q!.span.start).toBe(c.input.indexOf(c.text))
  expect(who(q)).toEqual(c.speaker)
  expect(q!.cue).toBe(c.cue)
  expect(q!.rule).toBe(c.rule)
  return q!
}
