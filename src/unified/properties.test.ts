import fc from 'fast-check'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { retextExtractQuotes, retextFindOperations, retextPressExtract } from './index'

/** Text in the corpus's layout, mixed with arbitrary unicode, lone surrogates and long lines. */
const dumpish = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.constantFrom(
        '\n',
        '\n\n',
        'Source: NPCC\n\n',
        'Police chiefs praise seizure increases\n\n',
        'Chief Constable Chris Haward said: “',
        '”',
        '\ud800',
        'Operation Hurricane',
        '£4.5m',
        'last October',
      ),
      fc.string({ minLength: 500, maxLength: 3000, unit: fc.constantFrom('a', ' ', '“', '.', '\r') }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''))

describe('unified plugins', () => {
  describe('properties', () => {
    it('never throw, store what extract gives, and place every message inside the text', async () => {
      await fc.assert(
        fc.asyncProperty(dumpish, async (text) => {
          const file = new VFile(text)
          await unified()
            .use(retextPressExtract)
            .use(retextExtractQuotes)
            .use(retextFindOperations)
            .run({ type: 'root' }, file)
          expect(file.data.pressExtract).toEqual(extract(text))
          const { toOffset } = location(text)
          for (const message of file.messages) {
            expect(message.fatal).toBe(false)
            const place = message.place
            if (!place || !('start' in place)) continue
            expect(toOffset(place.start)).toBe(place.start.offset)
            expect(place.start.offset!).toBeLessThanOrEqual(place.end.offset!)
            expect(place.end.offset!).toBeLessThanOrEqual(text.length)
          }
        }),
        { numRuns: 150 },
      )
    })
  })
})
