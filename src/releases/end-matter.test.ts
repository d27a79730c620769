import { describe, expect, it } from 'vitest'
import type { Paragraph } from '../model'
import { closesRelease, splitEndMatter } from './end-matter'

/** Paragraphs at made-up offsets: only their order and texts matter here. */
const paras = (...texts: string[]): Paragraph[] =>
  texts.map((text, i) => ({ kind: 'text', text, span: { start: i * 1000, end: i * 1000 + text.length } }))
const texts = (ps: readonly Paragraph[]) => ps.map((p) => p.text)

const LEDE = 'The council has today announced a £2 million fund for new parks across the city.'
const QUOTE = '"Parks matter to everyone," said Cllr Jane Doe, leader of the council.'

describe('splitEndMatter', () => {
  it.each(['ENDS', '-ENDS-', '– ends –', '- End -', '###', '# # #', '-30-', '- 30 -'])(
    'ends the story before the mark %j above a heading of notes',
    (mark) => {
      const ps = paras(LEDE, QUOTE, mark, 'Notes to editors', '1. The council manages 45 parks.')
      const { story, notes } = splitEndMatter(ps)
      expect(texts(story)).toEqual([LEDE, QUOTE])
      expect(texts(notes)).toEqual(['Notes to editors', '1. The council manages 45 parks.'])
    },
  )

  it.each([
    'Notes to editors',
    'Notes to Editors:',
    'Notes for editors',
    'Note to editors:',
    'Notes to the editor',
    "Editor's notes",
    'Editors’ note:',
    'Media contact',
    'Media Contacts:',
    'Press enquiries:',
    'For media inquiries:',
  ])('opens the notes at the heading %j, with no end mark', (heading) => {
    const ps = paras(LEDE, QUOTE, heading, 'Jane Smith, 01234 567890, press@example.org')
    const { story, notes } = splitEndMatter(ps)
    expect(texts(story)).toEqual([LEDE, QUOTE])
    expect(texts(notes)[0]).toBe(heading)
  })

  it('opens the notes at an "About" heading over a paragraph that names it so', () => {
    for (const [heading, boiler] of [
      ['About Acme Corp.', 'Acme Corp. is a leading maker of widgets, with 3,000 staff in 12 countries.'],
      ['About the Department for Transport', 'The Department for Transport works with 24 agencies.'],
      ['About NHS England:', 'NHS England leads the National Health Service in England.'],
    ] as const) {
      const { story, notes } = splitEndMatter(paras(LEDE, QUOTE, heading, boiler))
      expect(texts(story)).toEqual([LEDE, QUOTE])
      expect(texts(notes)).toEqual([heading, boiler])
    }
  })

  it('keeps lines after an end mark in the notes when a heading follows them', () => {
    const ps = paras(
      LEDE,
      'ENDS',
      'Issued by the Press Office.',
      'Notes to editors',
      'The fund opened in 2024.',
    )
    const { story, notes } = splitEndMatter(ps)
    expect(texts(story)).toEqual([LEDE])
    expect(texts(notes)).toEqual([
      'Issued by the Press Office.',
      'Notes to editors',
      'The fund opened in 2024.',
    ])
  })

  it('leaves an end mark with no heading after it as the story’s last paragraph', () => {
    for (const ps of [
      paras(LEDE, QUOTE, 'ENDS'),
      paras(LEDE, QUOTE, 'ENDS', 'Issued by Police Media Centre.'),
      paras(LEDE, QUOTE, '###', 'Acme Corp. is a leading maker of widgets.'),
    ]) {
      const { story, notes } = splitEndMatter(ps)
      expect(texts(story)).toEqual(texts(ps))
      expect(notes).toEqual([])
    }
  })

  it('reads no heading in a sentence, a story’s subheading, a label above the story or a line of many words', () => {
    for (const ps of [
      // A sentence that opens with the heading's words.
      paras(LEDE, 'Notes to editors were sent out on Monday with the figures.', QUOTE),
      paras(LEDE, 'Media contact with the family has been made through officers.', QUOTE),
      paras(LEDE, 'About 200 people attended the opening of the park.', QUOTE),
      // A subheading whose word the story writes in lower case after it.
      paras(LEDE, 'About the Scheme', 'The scheme provides grants of up to £5,000.', QUOTE),
      // An "About" line with no paragraph after it.
      paras(LEDE, QUOTE, 'About Acme Corp.'),
      // A subheading of the story, with the story's quotes after it.
      paras(
        LEDE,
        'About Operation Kraken',
        'Operation Kraken began in 2021 and has seized 40 kilograms of cocaine.',
        '“We will keep going after these gangs,” said Det Supt Sam Lee.',
      ),
      // A heading of notes as the first paragraph: a label above the story, no notes after it.
      paras('Notes to editors', LEDE, QUOTE),
      // A line too long to be a heading.
      paras(LEDE, `About Acme ${'and its many partners '.repeat(5)}`, 'Acme is a maker of widgets.'),
    ]) {
      const { story, notes } = splitEndMatter(ps)
      expect(texts(story)).toEqual(texts(ps))
      expect(notes).toEqual([])
    }
  })

  it('takes a bullet for no heading nor end mark', () => {
    const ps: Paragraph[] = [
      ...paras(LEDE),
      { kind: 'bullet', text: 'Notes to editors', span: { start: 2000, end: 2018 } },
      ...paras(QUOTE),
    ]
    expect(splitEndMatter(ps).notes).toEqual([])
  })
})

describe('closesRelease', () => {
  it('reads end marks and end lines, not words that hold them', () => {
    for (const t of ['ENDS', 'ends', '-ENDS-', '– ends –', 'END', '###', '# # #', '-30-', '– 30 –']) {
      expect(closesRelease(t)).toBe(true)
    }
    for (const t of ['ENDS HERE', 'The end.', '#1', '30', '-300-', '## ##x'])
      expect(closesRelease(t)).toBe(false)
  })
})
