import { describe, expect, it } from 'vitest'
import { findStatistics } from '../statistics/find-statistics'
import { wordTable } from './word-table'

describe('wordTable', () => {
  it('finds its own words and none of the properties every object has', () => {
    const table = wordTable({ hundred: 100 })
    expect(table.hundred).toBe(100)
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
      expect([word, word in table, table[word]]).toEqual([word, false, undefined])
  })

  it('lets a word named like such a property stand in a sentence without losing its figure', () => {
    const read = (s: string) => findStatistics(s).map((x) => [x.text, x.value, x.unit])
    expect(read('There were 12 constructor firms on the site.')).toEqual([['12', 12, 'count']])
    expect(read('The constructor was paid £5,000 a year.')).toEqual([['£5,000', 5000, 'GBP']])
  })
})
