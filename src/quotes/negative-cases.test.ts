import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'

/** Quoted text that is not speech: each input must give no quote at all. */
const NOT_QUOTES: ReadonlyArray<readonly [string, string]> = [
  [
    'a scare quote after "so called" (corpus)',
    'Where criminal conduct is demonstrated we will also take action against so called “tragedy chanting”',
  ],
  [
    'a term in single marks (corpus)',
    'Forces conducted multiple search warrants, locating and closing down a number of ‘chop shops’, (locations where stolen vehicles are broken down into parts) as well as engaging with scrap metal businesses.',
  ],
  [
    'the title of a work (corpus)',
    'Today, we present “Thin Digital Line”, an innovative new podcast series led by Exception.',
  ],
  [
    'a hyphenated term (corpus)',
    'The NPCC is also taking part in the Probable Futures programme, which will create a responsible and ‘operational-ready’ framework for using AI.',
  ],
  ['a label after "known as"', 'The campaign, known as “Operation Safe Summer”, runs until March.'],
  [
    'a definition after "the term"',
    'The term “county lines” describes gangs that move drugs from cities to towns.',
  ],
  [
    'a long title after "titled"',
    'The report, titled “Policing in the 21st Century: Reforming the Home Office and the Police Service”, was published today.',
  ],
  [
    'apostrophes only',
    'It’s only by working together that officers’ efforts and the public’s trust can grow.',
  ],
  ['an elided year and a so-called term', 'The ’90s saw a rise in the so-called ‘joyriding’ offences.'],
  ['a cue verb without marks', 'Chief Constable Gavin Stephens said the force would act.'],
  ['empty marks', '“”'],
  ['marks around white space', '“ ” ‘ ’'],
  ['a lone closing mark', 'The force’s response” was swift.'],
  // A document is no speaker, though people in lower case are ("police said").
  [
    'a short phrase a report "said"',
    'The inspectors were blunt. “Very good,” the report said of the training.',
  ],
  // After a colon, a short phrase that is no whole sentence, or a title after a label word.
  ['a short phrase after a colon', 'The message was simple: “stay at home tonight”.'],
  ['a title after a label word and a colon', 'The campaign is called: “Stay Safe This Summer.”'],
]

describe('extractQuotes', () => {
  describe('negative cases', () => {
    it.each(NOT_QUOTES)('finds no quote in %s', (_what, input) => {
      expect(extractQuotes(input)).toEqual([])
    })

    it('leaves a nested scare quote inside the speech that holds it (corpus)', () => {
      const input =
        'Mark Morgan said: “We have developed posters, moving away from ‘victim blaming’ campaigns.”'
      expect(extractQuotes(input).map((q) => q.text)).toEqual([
        'We have developed posters, moving away from ‘victim blaming’ campaigns.',
      ])
    })

    // Written in the style of UK, Irish and Australian police releases about a death.
    it.each([
      'The family of Tom Baker paid tribute to him in a statement released through police: “He was a loving father.”',
      'His family paid tribute to him: “He will be missed by all.”',
      'Tributes were paid online on Sunday: “Rest in peace, mate.”',
    ])('keeps a short whole sentence a colon introduces, with no speaker named: %s', (input) => {
      const quotes = extractQuotes(input)
      expect(quotes).toHaveLength(1)
      expect(quotes[0]?.speaker).toBeNull()
    })

    it('gives no speaker to an indefinite one ("One attendee")', () => {
      const [q] = extractQuotes(
        'One attendee commented: “This is one of the most powerful sessions I have attended.”',
      )
      expect(q?.speaker).toBeNull()
      expect(q?.cue).toBe('commented')
    })

    it('gives no speaker to a pronoun with nobody named before it', () => {
      const [q] = extractQuotes('He added: “We will continue to work closely with partners.”')
      expect(q?.speaker).toBeNull()
      expect(q?.cue).toBe('added')
    })

    it.each([
      'Residents said they felt “safer” after the arrests.',
      'Witnesses said: “The car was going very fast when it hit the wall.”',
      'Relatives of the victim said: “He was loved by everyone who knew him.”',
      'Parents described the situation as “heartbreaking and completely avoidable”.',
    ])('takes no group in the plural that opens a sentence for a name: %s', (input) => {
      const [q] = extractQuotes(input)
      expect(q?.speaker ?? null).toBeNull()
    })

    it('still reads a surname that is also a group word in the singular ("Staff")', () => {
      const [q] = extractQuotes('Jane Staff said: “We will reopen the centre next week.”')
      expect(q?.speaker?.name).toBe('Jane Staff')
    })

    it.each([
      ['“We will act,” Jane Smith said on “Morning Ireland.”', ['We will act,']],
      ['Jane Smith told RTÉ’s “Morning Ireland” that the force would act.', []],
      ['Chief Constable Jane Smith appeared on BBC One’s “Crimewatch Live” on Tuesday.', []],
      [
        'Jane Smith told BBC Radio 4’s “Today” programme: “We will act on this now.”',
        ['We will act on this now.'],
      ],
      [
        'Jane Smith told Newstalk’s “Pat Kenny Show”: “We will act on this now.”',
        ['We will act on this now.'],
      ],
    ])('takes the name of a programme after "on" or a possessive for no quote: %s', (input, texts) => {
      const quotes = extractQuotes(input)
      expect(quotes.map((q) => q.text)).toEqual(texts)
      expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(texts.map(() => 'Jane Smith'))
    })

    it.each([
      // Words in lower case, after "on" or a possessive, are someone's words or a term.
      ['Jane Smith reflected on “the worst day of my career.”', 'the worst day of my career.'],
      ['Jane Smith said on Monday: “We Will Act.”', 'We Will Act.'],
      [
        'Jane Smith said the plan would focus on “Safer Streets, Safer Homes and Safer Futures for Everyone”.',
        'Safer Streets, Safer Homes and Safer Futures for Everyone',
      ],
      [
        'Jane Smith called on “Every Parent, Every Teacher, Every Coach and Every Club in the County” to help.',
        'Every Parent, Every Teacher, Every Coach and Every Club in the County',
      ],
    ])('keeps other quotes after "on" or a possessive: %s', (input, text) => {
      expect(extractQuotes(input).map((q) => q.text)).toContain(text)
    })

    it('does not take a role’s capitalised words for a name', () => {
      const [q] = extractQuotes(
        'Commander Paul Brogden, NPCC lead for County Lines, said: “Tackling County Lines remains a priority.”',
      )
      expect(q?.speaker?.name).toBe('Paul Brogden')
      expect(q?.speaker?.role).toBe('NPCC lead for County Lines')
    })
  })
})
