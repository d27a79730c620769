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
  it.each(['ENDS', '-ENDS-', '– ends –', '- End -', '###', '# # #', '-30-', '- 30 -', '* *** *'])(
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

  it.each([
    // Alone on the line, as a block's heading.
    ['Contact', 'Press office', '020 7188 5577'],
    ['Contacts', 'Media Relations', '613-555-0100'],
    ['Contact details:', 'Jane Smith', 'jane.smith@example.org'],
    ['Press Office', 'Central Bank of Ireland', '+353 1 224 6299'],
    ['Media Unit', '(07) 3015 2444'],
    ['Communications team:', 'comms@example.gov.uk'],
    ['For further information, please contact:', 'UNODC Spokesperson, Tel: +43 1 26060 5629'],
    ['For more information contact', 'Jane Smith, 01234 567890'],
    [
      'For more information on this topic, please contact:',
      'In Geneva, Jane Doe, doe@example.org, +41 79 555 0000',
    ],
    ['For further information about this release contact:', 'Press office, 020 7946 0000'],
    ['For media enquiries please contact:', 'Leeds City Council press office', 'Tel: 0113 378 6007'],
    // With whom to reach on the same line, however long.
    ['Contact: Press Office, 202-366-4570'],
    ['Contact: Erik Svensson, erik@nordicfintech.se'],
    ['Media contact: Jane Doe, Strategic Communications, City of Toronto, 416-555-0199, jane.doe@toronto.ca'],
    ['Media Unit: (07) 3015 2444'],
    ['Press office 020 7946 0958'],
    ['For media inquiries, please call Jane Doe at (617) 555-0100 or email press@example.com.'],
    ['For more information contact HSE Press Office, 01 921 3912'],
  ])('opens the notes at a contact block headed %j', (...block) => {
    const ps = paras(LEDE, QUOTE, ...block)
    const { story, notes } = splitEndMatter(ps)
    expect(texts(story)).toEqual([LEDE, QUOTE])
    expect(texts(notes)).toEqual(block)
  })

  it('ends the story at the end mark above a contact block', () => {
    for (const mark of ['-30-', 'ENDS', '###']) {
      const ps = paras(LEDE, QUOTE, mark, 'Contact', 'Cpl. Jane Doe', '902-555-0123')
      const { story, notes } = splitEndMatter(ps)
      expect(texts(story)).toEqual([LEDE, QUOTE])
      expect(texts(notes)).toEqual(['Contact', 'Cpl. Jane Doe', '902-555-0123'])
    }
  })

  it('reads no contact block in a story’s appeal, a sentence, or above the story’s quotes', () => {
    for (const ps of [
      // An appeal to the public, not whom the press may reach.
      paras(LEDE, QUOTE, 'For more information contact Crimestoppers on 0800 555 111.'),
      paras(LEDE, QUOTE, 'For further information on the scheme, visit the council’s website.'),
      paras(LEDE, QUOTE, 'For more information on this scheme, visit the council’s website.'),
      paras(LEDE, QUOTE, 'Contact police on 101 quoting crime reference 42/34567/24.'),
      paras(LEDE, QUOTE, 'Contacts between the two forces have increased since 2021.'),
      paras(LEDE, QUOTE, 'Press office staff were praised for their work during the floods.'),
      // A word of contact over more of the story, which quotes again below it.
      paras(LEDE, 'Contact', 'Officers made contact with the family on Monday.', QUOTE),
      paras(LEDE, 'Contact: the first step', QUOTE),
      // A number too short to call, after the words.
      paras(LEDE, QUOTE, 'Media Unit 101'),
    ]) {
      const { story, notes } = splitEndMatter(ps)
      expect(texts(story)).toEqual(texts(ps))
      expect(notes).toEqual([])
    }
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
    // The UN information services' stars.
    for (const t of ['* *** *', '***', '* * *', '*****']) expect(closesRelease(t)).toBe(true)
    for (const t of ['*', '**', '* Note', '*** Update ***', '* 30 *', '******'])
      expect(closesRelease(t)).toBe(false)
    for (const t of ['ENDS HERE', 'The end.', '#1', '30', '-300-', '## ##x'])
      expect(closesRelease(t)).toBe(false)
  })
})
