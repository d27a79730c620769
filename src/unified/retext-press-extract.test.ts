import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { OptionsError } from '../options'
import { pressExtract, retextPressExtract } from './index'
import { CORPUS, lineColumn, nlcstCompiler } from './test-helpers'

/** A dump in the corpus's layout, with text before the first release. */
const DUMP = [
  'Scraped on Monday',
  '',
  'Police chiefs praise seizure increases',
  '',
  'Source: United Kingdom National Police Chiefs Council',
  '',
  'Operation Hurricane was led by the South East Regional Organised Crime Unit (SEROCU).',
  '',
].join('\n')

async function run(text: string, plugin = retextPressExtract, options?: Parameters<typeof plugin>[0]) {
  const processor = unified().use(retextEnglish).use(plugin, options)
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return file
}

describe('retextPressExtract', () => {
  describe('results on file.data', () => {
    it.each(CORPUS.map((c) => [c.name, c.text]))('gives the releases of extract on %s', async (_, text) => {
      const file = await run(text)
      const expected = extract(text)
      expect(expected.releases.length).toBeGreaterThan(0)
      expect(file.data.pressExtract).toEqual(expected)
      expect(file.data.releases).toEqual(expected.releases)
    })

    it('works through .process with a compiler, leaving the text as it was', async () => {
      const file = await unified().use(retextEnglish).use(nlcstCompiler).use(pressExtract).process(DUMP)
      expect(String(file)).toBe(DUMP)
      expect(file.data.releases?.map((r) => r.title)).toEqual(['Police chiefs praise seizure increases'])
      expect(file.data.releases?.[0]?.operations.map((o) => o.name)).toEqual(['Operation Hurricane'])
    })

    it('works after no parser at all: it reads the file, not the tree', async () => {
      const file = new VFile(DUMP)
      await unified().use(retextPressExtract).run({ type: 'root' }, file)
      expect(file.data.pressExtract).toEqual(extract(DUMP))
    })

    it('keeps spans as offsets into the file’s text', async () => {
      const file = await run(DUMP)
      const mention = file.data.releases?.[0]?.operations[0]?.mentions[0]
      expect(mention).toMatchObject({ text: 'Operation Hurricane', span: { start: 114, end: 133 } })
      expect(DUMP.slice(114, 133)).toBe('Operation Hurricane')
    })
  })

  describe('options', () => {
    it('passes publishedOn to extract, not inferred', async () => {
      const file = await run(DUMP, retextPressExtract, { publishedOn: '2024-03-18' })
      expect(file.data.releases?.[0]?.publishedOn).toEqual({ date: '2024-03-18', inferred: false })
    })

    it('runs only the parsers asked for', async () => {
      const file = await run(DUMP, retextPressExtract, { parsers: ['quotes'] })
      expect(file.data.releases?.[0]?.operations).toEqual([])
    })

    it('throws an OptionsError naming the plugin and the option when the processor freezes', () => {
      const processor = unified().use(retextPressExtract, { parsers: ['weather'] } as never)
      expect(() => processor.freeze()).toThrow(OptionsError)
      expect(() =>
        unified()
          .use(retextPressExtract, { parsers: ['weather'] } as never)
          .freeze(),
      ).toThrow(/Invalid retextPressExtract options:\n {2}`parsers\.0`/)
    })

    it('accepts null and undefined as no options', async () => {
      expect((await run(DUMP, retextPressExtract, null)).data.pressExtract).toEqual(extract(DUMP))
      expect((await run(DUMP, retextPressExtract, undefined)).data.pressExtract).toEqual(extract(DUMP))
    })
  })

  describe('messages', () => {
    it('reports a file-level diagnostic at its span, in the form reporters print', async () => {
      const file = await run(DUMP)
      expect(file.messages.map(String)).toEqual([
        '1:1-1:18: Unexpected text before the first release, kept as the preamble',
      ])
      const [message] = file.messages
      expect(message).toMatchObject({
        ruleId: 'releases/preamble',
        source: 'press-extract',
        fatal: false,
        line: 1,
        column: 1,
        place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 18, offset: 17 } },
      })
    })

    it('places a file-level diagnostic without a span over the whole file', async () => {
      const text = 'Officers seized £4.5m of cocaine.\nNo source line follows.'
      const file = await run(text)
      expect(file.messages.map((m) => [m.ruleId, String(m)])).toContainEqual([
        'releases/missing-source',
        '1:1-2:24: Unexpected input without a `Source:` line, read as one release',
      ])
    })

    it('places a release diagnostic at its span', async () => {
      const text = 'A title\n\nSource: NPCC\n\nChief Constable Chris Haward said: “We are relentless\n'
      const file = await run(text)
      expect(file.messages.map(String)).toEqual([
        '5:37-5:54: Unexpected end of paragraph inside a quote, expected a closing mark; kept up to there.',
      ])
      expect(file.messages[0]?.ruleId).toBe('quotes/unclosed')
    })

    it.each(CORPUS.map((c) => [c.name, c.text]))(
      'reports every diagnostic of %s with its line and column',
      async (_, text) => {
        const file = await run(text)
        const result = extract(text)
        const diagnostics = [...result.diagnostics, ...result.releases.flatMap((r) => r.diagnostics)]
        expect(file.messages.map((m) => [m.ruleId, m.reason])).toEqual(
          diagnostics.map((d) => [d.ruleId, d.message]),
        )
        for (const [i, message] of file.messages.entries()) {
          const span = diagnostics[i]?.span
          if (!span) continue
          expect(message.place).toEqual({
            start: { ...lineColumn(text, span.start), offset: span.start },
            end: { ...lineColumn(text, span.end), offset: span.end },
          })
        }
      },
    )
  })
})
