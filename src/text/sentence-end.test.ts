import { describe, expect, it } from 'vitest'
import { firstSentence, sentenceEnd } from './sentence-end'

describe('sentenceEnd', () => {
  it('finds the mark that closes the first sentence', () => {
    expect(sentenceEnd('Police seized guns. Two men were charged.')).toBe(18)
    expect(sentenceEnd('Was anyone hurt? No.')).toBe(15)
  })

  it("does not stop at an initial's stop", () => {
    const text = 'The U.S. Postal Inspection Service and Jane Q. Public spoke. Then more.'
    expect(text.slice(0, sentenceEnd(text))).toBe(
      'The U.S. Postal Inspection Service and Jane Q. Public spoke',
    )
  })

  it('gives -1 when no mark closes a sentence', () => {
    expect(sentenceEnd('Commission outlines priorities')).toBe(-1)
    expect(sentenceEnd('Version 2.5 released')).toBe(-1)
  })
})

describe('firstSentence', () => {
  it('is the text up to its first closing mark, or the whole text', () => {
    expect(firstSentence('Two men have been charged. They appear today.')).toBe('Two men have been charged')
    expect(firstSentence('Knife crime down 8%')).toBe('Knife crime down 8%')
  })
})
