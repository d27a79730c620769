import { describe, expect, it } from 'vitest'

describe('public API', () => {
  it('exposes the documented names', async () => {
    const names = Object.keys(await import('../src/index')).sort()
    for (const name of [
      'extract',
      'splitReleases',
      'extractQuotes',
      'findOperations',
      'findDates',
      'findStatistics',
      'modelJsonSchema',
      'Release',
      'Quote',
      'Operation',
      'DateMention',
      'Statistic',
      'ExtractResult',
      'OptionsError',
    ]) {
      expect(names).toContain(name)
    }
  })
})
