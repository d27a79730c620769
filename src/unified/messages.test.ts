import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import type { Diagnostic, Span } from '../model'
import { createReporter, MESSAGE_SOURCE } from './messages'

const TEXT = 'Scraped on Monday\n\nTitle\r\n\r\nSource: NPCC\n\nOp Sceptre “opened'

describe('createReporter', () => {
  describe('places', () => {
    it.each<[string, Span | null, Span | undefined, string]>([
      ['a span on the first line', { start: 0, end: 17 }, undefined, '1:1-1:18: odd'],
      ['a span after CRLF line ends', { start: 19, end: 24 }, undefined, '3:1-3:6: odd'],
      ['a span over line ends', { start: 19, end: 40 }, undefined, '3:1-5:13: odd'],
      ['a span ending at the end of the text', { start: 54, end: 60 }, undefined, '7:13-7:19: odd'],
      ['a null span inside its release', null, { start: 19, end: 60 }, '3:1-7:19: odd'],
      ['a span before a release it is given', { start: 0, end: 4 }, { start: 19, end: 60 }, '1:1-1:5: odd'],
    ])('places %s', (_, span, within, printed) => {
      const file = new VFile(TEXT)
      createReporter(file, TEXT)({ ruleId: 'test/odd', message: 'odd', span }, within)
      expect(file.messages.map(String)).toEqual([printed])
    })

    it.each<[string, Span | null]>([
      ['no span and nothing around it', null],
      ['a span past the end of the text', { start: 50, end: 61 }],
      ['a negative offset', { start: -1, end: 4 }],
    ])('gives no place for %s, rather than a wrong one', (_, span) => {
      const file = new VFile(TEXT)
      createReporter(file, TEXT)({ ruleId: 'test/odd', message: 'odd', span })
      expect(file.messages[0]?.place).toBeUndefined()
      expect(file.messages[0]?.line).toBeUndefined()
    })
  })

  describe('fields', () => {
    it('sets the rule, the source and no fatal flag', () => {
      const file = new VFile(TEXT)
      const diagnostic: Diagnostic = {
        ruleId: 'quotes/unclosed',
        message: 'Unexpected end',
        span: { start: 54, end: 60 },
      }
      createReporter(file, TEXT)(diagnostic)
      expect(file.messages[0]).toMatchObject({
        reason: 'Unexpected end',
        ruleId: 'quotes/unclosed',
        source: MESSAGE_SOURCE,
        fatal: false,
        place: { start: { line: 7, column: 13, offset: 54 }, end: { line: 7, column: 19, offset: 60 } },
      })
      expect(MESSAGE_SOURCE).toBe('press-extract')
    })

    it('keeps the messages in the order reported', () => {
      const file = new VFile(TEXT)
      const report = createReporter(file, TEXT)
      report({ ruleId: 'b/second', message: 'later', span: { start: 44, end: 54 } })
      report({ ruleId: 'a/first', message: 'earlier', span: { start: 0, end: 17 } })
      expect(file.messages.map((m) => m.ruleId)).toEqual(['b/second', 'a/first'])
    })
  })
})
