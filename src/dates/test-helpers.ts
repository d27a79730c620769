/** Shared by the date tests: a compact view of mentions and a runner for case tables. */
import { expect } from 'vitest'
import type { DateMention } from '../model'
import { findDates } from './find-dates'

/** A release of one paragraph, as `splitReleases` gives it, with the `Source:` line a country is read from. */
export function oneParagraphRelease(text: string, source: string | null = null) {
  return { source, paragraphs: [{ kind: 'text' as const, text, span: { start: 0, end: text.length } }] }
}

/** What a case asserts about one mention; `at` is the offset of its text in the sentence. */
export interface Expected {
  text: string
  value: string
  type?: DateMention['type']
  mod?: DateMention['mod']
  at?: number
  start?: string | null
  end?: string | null
}

/** A sentence, the reference day it is read against, and the mentions it must give, in order. */
export type Case = readonly [sentence: string, reference: string | null, expected: readonly Expected[]]

/** Runs one case: exact texts, offsets (the first occurrence unless `at`), values, types and mods. */
export function expectCase([sentence, reference, expected]: Case): void {
  const found = findDates(sentence, { reference })
  expect(found.map((m) => m.text)).toEqual(expected.map((e) => e.text))
  let from = 0
  expected.forEach((e, i) => {
    const m = found[i]!
    const at = e.at ?? sentence.indexOf(e.text, from)
    from = at + e.text.length
    expect(m.span).toEqual({ start: at, end: at + e.text.length })
    expect(sentence.slice(m.span.start, m.span.end)).toBe(m.text)
    expect(m.value).toBe(e.value)
    if (e.type) expect(m.type).toBe(e.type)
    expect(m.mod).toBe(e.mod ?? null)
    if (e.start !== undefined) expect(m.start).toBe(e.start)
    if (e.end !== undefined) expect(m.end).toBe(e.end)
  })
}
