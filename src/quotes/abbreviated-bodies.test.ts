// A company's abbreviated legal form ("Ltd.", "Inc.", "Corp.") ends a sentence only when the text
// after it opens one; narration that ends with one between two quotes names the speaker of both.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'

const speakers = (input: string) => extractQuotes(input).map((q) => [q.speaker?.name ?? null, q.rule])

describe('narration ending with a company abbreviation between two quotes', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of companies' and agencies' releases.
    [
      '“We will not stop,” said Jane Doe, chief executive of Acme Corp. “We will go on.”',
      [
        ['Jane Doe', 'quotes/said-after'],
        ['Jane Doe', 'quotes/interrupted'],
      ],
    ],
    [
      '“We are pleased,” said Jane Doe, CEO of Acme Inc. “It is a big day for the company.”',
      [
        ['Jane Doe', 'quotes/said-after'],
        ['Jane Doe', 'quotes/interrupted'],
      ],
    ],
    [
      '“We are pleased,” said Tom Baker, director of Baker & Sons Ltd. “It is a big day.”',
      [
        ['Tom Baker', 'quotes/said-after'],
        ['Tom Baker', 'quotes/interrupted'],
      ],
    ],
    [
      '“We are pleased to have reached this agreement,” Acme Corp. CEO Jane Doe said.',
      [['Jane Doe', 'quotes/said-after']],
    ],
  ])('%s', (input, expected) => {
    expect(speakers(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // A cue earlier in the sentence with its own subject: the phrase stays that subject's.
    [
      'Jane Doe said the deal was “a big step” for Acme Corp. and “a good day” for staff.',
      [['Jane Doe', 'quotes/mixed']],
    ],
    // A mixed reading that names its speaker keeps it; narration naming nobody gives none.
    [
      'Police said the van was “badly damaged” in the crash. “Anyone who saw it should call us,” officers said.',
      [
        ['Police', 'quotes/mixed'],
        [null, 'quotes/said-after'],
      ],
    ],
    // Quoted phrases of one reported sentence with no speaker and no narration naming one.
    [
      'The report called the scheme “a bold idea” and the funding “well short of what is needed for the region”.',
      [
        [null, 'quotes/mixed'],
        [null, 'quotes/mixed'],
      ],
    ],
  ])('leaves alone: %s', (input, expected) => {
    expect(speakers(input)).toEqual(expected)
  })
})
