import { describe, expect, it } from 'vitest'
import { splitReleases } from './split-releases'

const HEAD =
  'Houston man sentenced for armed robbery spree\n\nSource: United States Department of Justice\n\n'
const STORY = [
  'HOUSTON – A 32-year-old Houston man has been sentenced to 20 years in federal prison for a series of armed robberies.',
  'The FBI and Houston Police Department conducted the investigation.',
]
/** The paragraphs of the one release made of the story, then `tail` paragraph by paragraph. */
const paragraphsWith = (tail: string[], sep = '\n\n') =>
  splitReleases(`${HEAD}${[...STORY, ...tail].join(sep)}\n`).releases[0]!.paragraphs.map((p) => p.text)

describe('page footer under the story', () => {
  it.each([
    [
      'a justice page’s footer',
      ['Updated March 5, 2024', 'Topic', 'Violent Crime', 'Component', 'USAO - Texas, Southern'],
    ],
    [
      'labels with their values after colons',
      ['Topics: Drugs, Firearms', 'Component: Federal Bureau of Investigation (FBI)'],
    ],
    ['a day the page was updated alone', ['Updated: 5 March 2024']],
    ['a day the page was modified', ['Date modified: 5 March 2024']],
    ['a page’s last update over its day', ['Page last updated', '5 March 2024']],
    [
      'share buttons and related links',
      ['Share this page', 'Related links', 'Knife crime strategy', 'Victim support'],
    ],
    [
      'several topics and a number',
      [
        'Press Release Number: 24-123',
        'Topics',
        'Drug Trafficking',
        'Firearms Offenses',
        'Updated March 5, 2024',
      ],
    ],
    ['tags', ['Tags', 'Robbery', 'Houston']],
  ])('ends the body before %s', (_, tail) => {
    expect(paragraphsWith(tail)).toEqual(STORY)
  })

  it('ends the body at a footer whose lines are not set apart by blank lines', () => {
    expect(paragraphsWith(['Updated March 5, 2024', 'Topic', 'Violent Crime'], '\n')).toEqual(STORY)
  })

  it('keeps the notes to editors above the footer', () => {
    const r = splitReleases(
      `${HEAD}${[...STORY, 'Media contact:', 'Jane Doe, 555-0100', 'Updated March 5, 2024', 'Topic', 'Violent Crime'].join('\n\n')}\n`,
    ).releases[0]!
    expect(r.paragraphs.map((p) => p.text)).toEqual(STORY)
    expect(r.notes?.paragraphs.map((p) => p.text)).toEqual(['Media contact:', 'Jane Doe, 555-0100'])
  })

  it.each([
    ['a short sign-off with no label', ['Police Media Centre']],
    ['values with no label above them', ['Violent Crime', 'USAO - Texas, Southern']],
    ['a sentence on the page’s day', ['The page was updated on 5 March 2024.']],
    [
      'a sentence that opens with a publication',
      ['Published 5 March 2024, the report found crime fell by 4%.'],
    ],
    ['a sentence on a topic', ['Topic: the meeting will discuss knife crime in the city centre.']],
    ['a quotation', ['Topic', '“Violent offenders will be held to account”']],
  ])('keeps %s in the body', (_, tail) => {
    const paragraphs = paragraphsWith(tail)
    expect(paragraphs.slice(-1)).toEqual(tail.slice(-1))
  })
})
