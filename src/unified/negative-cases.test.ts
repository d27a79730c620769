import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import * as plugins from './index'

async function runAll(file: VFile) {
  await unified()
    .use(plugins.retextPressExtract)
    .use(plugins.retextExtractQuotes)
    .use(plugins.retextFindOperations)
    .use(plugins.retextFindDates)
    .use(plugins.retextFindStatistics)
    .run({ type: 'root' }, file)
  return file
}

describe('unified plugins', () => {
  describe('negative cases', () => {
    it('stores empty results and reports nothing for an empty file', async () => {
      const file = await runAll(new VFile(''))
      expect(file.data).toMatchObject({
        pressExtract: { releases: [], preamble: null, diagnostics: [] },
        releases: [],
        quotes: [],
        operations: [],
        dates: [],
        statistics: [],
      })
      expect(file.messages).toEqual([])
    })

    it('reads a file without a value as empty text', async () => {
      const file = await runAll(new VFile())
      expect(file.data.releases).toEqual([])
      expect(file.messages).toEqual([])
    })

    it('reads a file whose value is bytes as its UTF-8 text', async () => {
      const text = 'A title\n\nSource: NPCC\n\nOperation Sceptre seized 12 knives.\n'
      const file = await runAll(new VFile(new TextEncoder().encode(text)))
      expect(file.data.operations?.map((o) => o.mentions[0]?.span)).toEqual([{ start: 23, end: 40 }])
      expect(text.slice(23, 40)).toBe('Operation Sceptre')
    })

    it('finds nothing in words that only look like results', async () => {
      // "Class A" is a drug class, "999" a phone number, "Operations" a department: none is a result.
      const text =
        'A title\n\nSource: NPCC\n\nCall 999 about Class A drugs. The Operations Team was one of those named.\n'
      const file = await runAll(new VFile(text))
      expect(file.data.quotes).toEqual([])
      expect(file.data.operations).toEqual([])
      expect(file.data.statistics).toEqual([])
      expect(file.data.dates).toEqual([])
    })

    it('never reports a fatal message on odd text', async () => {
      const texts = [
        '\u0000\u0001',
        '\ud800',
        '“'.repeat(1000),
        'Source:'.repeat(50),
        'Source: NPCC\n\n“open',
      ]
      for (const text of texts) {
        const file = await runAll(new VFile(text))
        expect(file.messages.filter((m) => m.fatal !== false)).toEqual([])
      }
    })
  })
})
