import retextEnglish from 'retext-english'
import { type PluggableList, unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { OptionsError } from '../options'
import {
  retextExtractQuotes,
  retextFindDates,
  retextFindOperations,
  retextFindStatistics,
  retextPressExtract,
} from './index'
import { CORPUS } from './test-helpers'

/** Written in the corpus's layout; the sentences are from examples/data/000_553ed2df297268c8.txt. */
const DUMP = [
  'Police chiefs praise significant seizure increases in Class A drugs and weapons',
  '',
  'Source: United Kingdom National Police Chiefs Council',
  '',
  'One of those investigations was Operation Hurricane, led by SEROCU. Project Servator patrols continue.',
  '',
  'More than 70 prohibited handguns have been seized since last October.',
  '',
  'Chief Constable Chris Haward said: “We are relentless in our pursuit of criminals.”',
  '',
].join('\n')

async function runOn(text: string, plugins: PluggableList) {
  const processor = unified().use(retextEnglish).use(plugins)
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return file
}

describe('parser plugins', () => {
  describe('the same results as extract, flattened over releases', () => {
    it.each(CORPUS.map((c) => [c.name, c.text]))('on %s', async (_, text) => {
      const file = await runOn(text, [
        retextExtractQuotes,
        retextFindOperations,
        retextFindDates,
        retextFindStatistics,
      ])
      const { releases } = extract(text)
      expect(file.data.quotes).toEqual(releases.flatMap((r) => r.quotes))
      expect(file.data.operations).toEqual(releases.flatMap((r) => r.operations))
      expect(file.data.dates).toEqual(releases.flatMap((r) => r.dates))
      expect(file.data.statistics).toEqual(releases.flatMap((r) => r.statistics))
      expect(file.data.quotes?.length).toBeGreaterThan(0)
      expect(file.data.dates?.length).toBeGreaterThan(0)
      expect(file.data.statistics?.length).toBeGreaterThan(0)
    })
  })

  describe('retextExtractQuotes', () => {
    it('stores the quotes with their speakers on file.data.quotes', async () => {
      const file = await runOn(DUMP, [retextExtractQuotes])
      expect(file.data.quotes?.map((q) => [q.text, q.speaker?.title, q.speaker?.name, q.cue])).toEqual([
        ['We are relentless in our pursuit of criminals.', 'Chief Constable', 'Chris Haward', 'said'],
      ])
    })

    it('takes extractQuotes options: an extra cue verb', async () => {
      const text = 'A title\n\nSource: NPCC\n\n“We will not stop,” enthused Chief Constable Chris Haward.\n'
      const plain = await runOn(text, [retextExtractQuotes])
      const extended = await runOn(text, [[retextExtractQuotes, { cueVerbs: ['enthused'] }]])
      expect(plain.data.quotes?.[0]?.cue).not.toBe('enthused')
      expect(extended.data.quotes?.map((q) => [q.text, q.cue, q.speaker?.name])).toEqual([
        ['We will not stop,', 'enthused', 'Chris Haward'],
      ])
    })

    it('reports the parser’s own diagnostics', async () => {
      const text = 'A title\n\nSource: NPCC\n\nChief Constable Chris Haward said: “We are relentless\n'
      const file = await runOn(text, [retextExtractQuotes])
      expect(file.messages.map(String)).toEqual([
        '5:37-5:54: Unexpected end of paragraph inside a quote, expected a closing mark; kept up to there.',
      ])
    })
  })

  describe('retextFindOperations', () => {
    it('stores the operations on file.data.operations', async () => {
      const file = await runOn(DUMP, [retextFindOperations])
      expect(file.data.operations?.map((o) => o.name)).toEqual(['Operation Hurricane'])
    })

    it('takes findOperations options: an extra prefix', async () => {
      const file = await runOn(DUMP, [[retextFindOperations, { prefixes: ['Project'] }]])
      expect(file.data.operations?.map((o) => o.name)).toEqual(['Operation Hurricane', 'Project Servator'])
    })
  })

  describe('retextFindDates', () => {
    it('resolves relative dates against publishedOn', async () => {
      const file = await runOn(DUMP, [[retextFindDates, { publishedOn: '2024-03-20' }]])
      expect(file.data.dates?.map((d) => [d.text, d.value])).toContainEqual(['last October', '2023-10'])
    })
  })

  describe('retextFindStatistics', () => {
    it('stores the statistics on file.data.statistics', async () => {
      const file = await runOn(DUMP, [retextFindStatistics])
      expect(file.data.statistics?.map((s) => [s.text, s.value, s.unit, s.qualifier])).toEqual([
        ['More than 70', 70, 'count', 'over'],
      ])
    })
  })

  describe('messages', () => {
    it('leaves the splitter’s diagnostics to retextPressExtract, so none is reported twice', async () => {
      const text = `Scraped on Monday\n\n${DUMP}`
      const parsersOnly = await runOn(text, [
        retextExtractQuotes,
        retextFindOperations,
        retextFindDates,
        retextFindStatistics,
      ])
      expect(parsersOnly.messages).toEqual([])
      const all = await runOn(text, [retextPressExtract, retextFindOperations])
      expect(all.messages.map((m) => m.ruleId)).toEqual(['releases/preamble'])
    })
  })

  describe('options', () => {
    it.each([
      [
        'retextExtractQuotes',
        () => unified().use(retextExtractQuotes, { cueVerbs: 'enthused' } as never),
        'cueVerbs',
      ],
      [
        'retextFindOperations',
        () => unified().use(retextFindOperations, { prefixes: 'Project' } as never),
        'prefixes',
      ],
      ['retextFindDates', () => unified().use(retextFindDates, { publishedOn: '20/03/2024' }), 'publishedOn'],
      ['retextFindStatistics', () => unified().use(retextFindStatistics, { dollar: 'usd' }), 'dollar'],
    ])('%s throws an OptionsError naming the option', (_, make, option) => {
      expect(() => make().freeze()).toThrow(OptionsError)
      expect(() => make().freeze()).toThrow(`\`${option}\``)
    })
  })
})
