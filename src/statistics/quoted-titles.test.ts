import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

/** The texts of the statistics found in a sentence. */
const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)

describe('a number inside a quoted title', () => {
  it('reads no count in the name of a list, a work or a campaign written in title case', () => {
    expect(texts('The album, titled "Top 10 Most Wanted", was released.')).toEqual([])
    expect(texts('The album, titled “Top 10 Most Wanted,” was released.')).toEqual([])
    expect(texts('The campaign, called "5 Ways to Wellbeing", starts today.')).toEqual([])
    expect(texts('The report, “2,000 Homes a Year”, was published on Monday.')).toEqual([])
    expect(texts('Her book “The 5 Love Languages” sold well.')).toEqual([])
    expect(texts('Police said "Ten Arrested" was the headline.')).toEqual([])
    // Single marks, as British releases write them; a count outside the marks still counts.
    expect(texts('The force’s ‘Top 10 Most Wanted’ appeal was shared 3,000 times.')).toEqual(['3,000'])
    expect(texts('The scheme, known as "Fit at 50 & Over", helped 300 people.')).toEqual(['300'])
  })

  it('still counts in a quoted remark, in lower case, and in a headline', () => {
    expect(texts('He said: "We arrested 300 people last year."')).toEqual(['300'])
    expect(texts('He said the team had "10 officers to cover the City".')).toEqual(['10'])
    expect(texts('“The 30 homes were flooded,” she said.')).toEqual(['30'])
    // An apostrophe after a plural is no closing mark of a title.
    expect(texts('The officers’ 10 vehicles and the ‘new’ units were ready.')).toEqual(['10'])
    // A headline capitalises a quoted remark too.
    expect(texts('Chief Constable Says "We Made 300 Arrests"')).toEqual(['300'])
  })
})
