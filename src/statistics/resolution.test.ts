import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

const read = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit])

describe('findStatistics', () => {
  describe('a display resolution in "K"', () => {
    it('reads no four thousand in "4K video" or "an 8K TV": a kind of picture', () => {
      expect(read('The council will stream meetings in 4K video.')).toEqual([])
      expect(read('The prize is an 8K TV.')).toEqual([])
      expect(read('Officers now wear 4k cameras.')).toEqual([])
      expect(read('Watch it in 4K Ultra HD.')).toEqual([])
    })

    it('still reads thousands in "K" before what they count, and money', () => {
      expect(read('More than 4K runners took part.')).toEqual([['More than 4K', 4000, 'count']])
      expect(read('The 4K video cost £40K.')).toEqual([['£40K', 40000, 'GBP']])
      expect(read('The appeal raised $8K for video equipment.')).toEqual([['$8K', 8000, 'USD']])
    })
  })
})
