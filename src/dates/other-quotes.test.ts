import { describe, expect, it } from 'vitest'
import { withoutOtherQuotes } from './other-quotes'
import { type Case, expectCase } from './test-helpers'

/** The words left of a sentence split at `mention`, spaces squeezed. */
function left(sentence: string, mention: string): string {
  const at = sentence.indexOf(mention)
  const [head, tail] = withoutOtherQuotes(sentence.slice(0, at), sentence.slice(at + mention.length))
  return `${head}|${tail}`.replace(/\s+/g, ' ').trim()
}

describe('withoutOtherQuotes', () => {
  it('blanks a quotation before or after the mention', () => {
    expect(left('"We will catch them," Supt Smith said on Monday.', 'Monday')).toBe('Supt Smith said on |.')
    expect(left('Supt Smith said on Monday: “We will catch them.”', 'Monday')).toBe('Supt Smith said on |:')
    expect(left("Mr. Jones said on Wednesday, ''We are going to act.''", 'Wednesday')).toBe(
      'Mr. Jones said on |,',
    )
  })

  it('keeps only the whole quoted clause that holds the mention', () => {
    expect(left('"We will meet on Monday," he said.', 'Monday')).toBe('"We will meet on |,"')
    expect(left('He said: “We will meet on Monday to agree it.” She left.', 'Monday')).toBe(
      '“We will meet on | to agree it.”',
    )
    // A few words quoted inside a sentence keep the words around them.
    expect(left('Police said the man was "arrested on Friday".', 'Friday')).toBe(
      'Police said the man was "arrested on |".',
    )
  })

  it('blanks a quotation opened before the sentence and closed in it', () => {
    expect(left('determined to win," he said on Monday.', 'Monday')).toBe('he said on |.')
  })

  it('reads quotations in single marks, and a single mark after a word only as their close', () => {
    expect(left("'We will catch them,' Supt Smith said on Monday.", 'Monday')).toBe('Supt Smith said on |.')
    expect(left('Supt Smith said on Monday: ‘We will catch them.’', 'Monday')).toBe('Supt Smith said on |:')
    expect(left('‘We will meet on Monday,’ he said.', 'Monday')).toBe('‘We will meet on |,’')
    // Apostrophes: a possessive plural, a contraction, a decade.
    expect(left('The officers’ patrols will run and ran on Monday.', 'Monday')).toBe(
      'The officers’ patrols will run and ran on |.',
    )
    expect(left("We don't know; the '90s ended and he left on Monday.", 'Monday')).toBe(
      "We don't know; the '90s ended and he left on |.",
    )
  })

  it('leaves apostrophes, inches and text without quotes as they are', () => {
    expect(left("The officers' patrols ran on Monday.", 'Monday')).toBe("The officers' patrols ran on |.")
    expect(left('A 12" pipe was fitted on Monday.', 'Monday')).toBe('A 12" pipe was fitted on |.')
  })
})

describe('a quotation does not give the tense of a day outside it', () => {
  // Wednesday 19 October 2016.
  const ref = '2016-10-19'
  const cases: Case[] = [
    ['"We will catch them," Supt Smith said on Monday.', ref, [{ text: 'Monday', value: '2016-10-17' }]],
    [
      '“We are going to win,” the governor told reporters on Sunday.',
      ref,
      [{ text: 'Sunday', value: '2016-10-16' }],
    ],
    ['Supt Smith said on Monday: “We will catch them.”', ref, [{ text: 'Monday', value: '2016-10-17' }]],
    // Single marks, as many UK releases write quotations.
    ["'We will catch them,' Supt Smith said on Monday.", ref, [{ text: 'Monday', value: '2016-10-17' }]],
    ['Supt Smith said on Monday: ‘We will catch them.’', ref, [{ text: 'Monday', value: '2016-10-17' }]],
    // Near misses: a day inside the quotation takes the quotation's tense.
    ['"We will meet on Monday," he said.', ref, [{ text: 'Monday', value: '2016-10-24' }]],
    ['He said: "We will meet on Monday to agree the plan."', ref, [{ text: 'Monday', value: '2016-10-24' }]],
    // A whole quoted clause gives the tense of a day inside it; the words outside do not.
    [
      'Sgt Brown said: "We expect the road to reopen on Friday."',
      ref,
      [{ text: 'Friday', value: '2016-10-21' }],
    ],
    [
      '"We expect the road to reopen on Friday," Sgt Brown said.',
      ref,
      [{ text: 'Friday', value: '2016-10-21' }],
    ],
    // Near miss: a few quoted words lean on the sentence.
    ['Police said the man was "arrested on Friday".', ref, [{ text: 'Friday', value: '2016-10-14' }]],
    ['The minister said the scheme would "start on Monday".', ref, [{ text: 'Monday', value: '2016-10-24' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})

describe("a title's stop before a name is no sentence's end", () => {
  const ref = '2016-10-31'
  const cases: Case[] = [
    [
      "The payments went to John Smith, who was Mr. Patel's deputy from June until August.",
      ref,
      [
        { text: 'June', value: '2016-06' },
        { text: 'August', value: '2016-08' },
      ],
    ],
    ['She was Dr. Smith’s deputy until August.', ref, [{ text: 'August', value: '2016-08' }]],
    // Near miss: a sentence's own stop still ends it.
    ['He met Dr. Smith. The clinic will open in March.', ref, [{ text: 'March', value: '2017-03' }]],
  ]
  it.each(cases)('reads %s', (...c) => expectCase(c))
})
