import { describe, expect, it } from 'vitest'

describe('press-extract unified plugins', () => {
  it('exposes the public api', async () => {
    expect(Object.keys(await import('./index')).sort()).toEqual([
      'MESSAGE_SOURCE',
      'createReporter',
      'pressExtract',
      'retextExtractQuotes',
      'retextFindDates',
      'retextFindOperations',
      'retextFindStatistics',
      'retextPressExtract',
    ])
  })
})
