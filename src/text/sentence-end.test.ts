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

  it("does not stop at the stop of a naval lieutenant's junior grade before a name", () => {
    const grade = 'Lt. j.g. Jane Doe led the boarding team. More.'
    expect(grade.slice(0, sentenceEnd(grade))).toBe('Lt. j.g. Jane Doe led the boarding team')
    // Before a lower-case word it stops, as a title's stop does.
    expect(sentenceEnd('The grade is j.g. then lieutenant.')).toBe(16)
  })

  it("does not stop at an abbreviation's stop: a state or a month before a dash, a figure or a lower-case word", () => {
    // The wide corpus's ICE release opens with a dateline.
    const ice =
      'Tampa, Fla. — An Orlando man was sentenced Friday to ten years and one month in federal prison for conspiring with others to distribute cocaine. U.S. Immigration and Customs Enforcement'
    expect(ice.slice(0, sentenceEnd(ice))).toBe(
      'Tampa, Fla. — An Orlando man was sentenced Friday to ten years and one month in federal prison for conspiring with others to distribute cocaine',
    )
    const dated = 'SACRAMENTO, Calif. (Dec. 3, 2024) – A woman was charged. More.'
    expect(dated.slice(0, sentenceEnd(dated))).toBe('SACRAMENTO, Calif. (Dec. 3, 2024) – A woman was charged')
    const lower = 'A Baltimore, Md. man and a Towson, Md. woman pleaded guilty. More.'
    expect(lower.slice(0, sentenceEnd(lower))).toBe(
      'A Baltimore, Md. man and a Towson, Md. woman pleaded guilty',
    )
  })

  it("does not stop at a title's stop before a name", () => {
    const text = 'Det. Sgt. Jones and Gov. Ron DeSantis visited Ft. Lauderdale. More.'
    expect(text.slice(0, sentenceEnd(text))).toBe(
      'Det. Sgt. Jones and Gov. Ron DeSantis visited Ft. Lauderdale',
    )
  })

  it('stops at a state before a capitalised word, and at an abbreviation that closes a name', () => {
    // The wide corpus's ATF release: the sentence ends with the state.
    const atf = 'The fire was at 4504 Pontchartrain Drive, Slidell, La. The complex is a two story building.'
    expect(atf.slice(0, sentenceEnd(atf))).toBe('The fire was at 4504 Pontchartrain Drive, Slidell, La')
    expect(sentenceEnd('Shares were sold to Acme Inc. The deal closed.')).toBe(28)
    // A word that is no abbreviation, or one in lower case.
    expect(sentenceEnd('He went to Fla. He came back.')).toBe(14)
    expect(sentenceEnd('They said no. Officers left.')).toBe(12)
    expect(sentenceEnd('The cost was met by the gala. – More')).toBe(28)
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
