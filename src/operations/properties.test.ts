import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Operation } from '../model'
import { findOperations } from './find-operations'

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))

/** Fragments that make prefixes, names, quotes and separators meet often. */
const fragment = fc.constantFrom(
  'Operation',
  'OPERATION',
  'Operations',
  'Op',
  'Op.',
  'Ops',
  'OP',
  ' ',
  '\u00A0',
  '\n',
  'Hurricane',
  'TARLAC',
  'Soteria',
  'Bluestone',
  'Make-Safe',
  'Unit',
  'and',
  '&',
  ', ',
  '’s',
  "'",
  '"',
  '‘',
  '’',
  '“',
  '”',
  'II',
  'Police',
  'In',
  '.',
  '\uD800',
  'é',
)

const text = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join('')),
  fc
    .array(fc.oneof(fragment, fc.string({ unit: codeUnit, maxLength: 5 })), { maxLength: 60 })
    .map((p) => p.join('')),
)

function checkSpans(input: string, operations: readonly Operation[]): void {
  for (const op of operations) {
    expect(op.name.startsWith('Operation ')).toBe(true)
    expect(op.mentions.length).toBeGreaterThan(0)
    let last = -1
    for (const m of op.mentions) {
      expect(m.span.start).toBeGreaterThanOrEqual(0)
      expect(m.span.end).toBeLessThanOrEqual(input.length)
      expect(m.span.start).toBeGreaterThan(last)
      last = m.span.start
      expect(input.slice(m.span.start, m.span.end)).toBe(m.text)
    }
  }
}

describe('findOperations', () => {
  describe('properties', () => {
    it('never throws, and every mention slices its span, in order', () => {
      fc.assert(
        fc.property(text, fc.boolean(), (input, bareNames) => {
          checkSpans(input, findOperations(input, { bareNames }))
        }),
        { numRuns: 1000 },
      )
    })

    it('reads long lines and long runs of capitals', () => {
      const inputs = [
        `Operation ${'A'.repeat(100_000)}`,
        'Operation Hurricane '.repeat(20_000),
        `Operation ‘${'Hurricane '.repeat(10_000)}`,
        'Operations A, '.repeat(20_000),
        `${'Op '.repeat(30_000)}Cyclone`,
      ]
      for (const input of inputs) checkSpans(input, findOperations(input, { bareNames: true }))
      expect(findOperations('Operation Hurricane '.repeat(20_000))).toHaveLength(1)
    })
  })
})
