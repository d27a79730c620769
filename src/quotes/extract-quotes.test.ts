import { describe, expect, it } from 'vitest'
import { WRAPPED_RELEASE } from '../../test/fixture-texts'
import { extract } from '../extract'
import type { Diagnostic } from '../model'
import { OptionsError } from '../options'
import { splitReleases } from '../releases/split-releases'
import { extractQuotes } from './extract-quotes'
import * as words from './lexicon'
import { check, who } from './test-helpers'

describe('extractQuotes', () => {
  describe('marks', () => {
    it('reads curly double quotes', () => {
      const input = 'Home Secretary James Cleverly said: “Spiking is an abhorrent crime.”'
      const [q] = extractQuotes(input)
      expect(q?.text).toBe('Spiking is an abhorrent crime.')
      expect(q?.span).toEqual({ start: 37, end: 67 })
      expect(q?.paragraphs).toEqual([
        { text: 'Spiking is an abhorrent crime.', span: { start: 37, end: 67 } },
      ])
    })

    it('reads straight double quotes', () => {
      check({
        from: 'style',
        input:
          'Detective Senior Sergeant Kylie Schaare says: "Police would like to thank the public for their assistance."',
        text: 'Police would like to thank the public for their assistance.',
        speaker: ['Kylie Schaare', 'Detective Senior Sergeant', null],
        cue: 'says',
        rule: 'quotes/colon-before',
      })
    })

    it('reads single quotes used for speech', () => {
      check({
        from: 'style',
        input: "'We are determined to catch those responsible,' said Superintendent Mike Jones.",
        text: 'We are determined to catch those responsible,',
        speaker: ['Mike Jones', 'Superintendent', null],
        cue: 'said',
        rule: 'quotes/said-after',
      })
    })

    it('keeps single quotes nested in double ones, and apostrophes, inside the outer quote', () => {
      const input =
        'Chief Constable Gavin Stephens said: “The team said ‘enough is enough’ and it’s officers’ work that counts.”'
      const quotes = extractQuotes(input)
      expect(quotes.map((q) => q.text)).toEqual([
        'The team said ‘enough is enough’ and it’s officers’ work that counts.',
      ])
    })

    it('reads doubled straight single marks as double quotes', () => {
      const input =
        "''If Hillary Clinton is elected, we're going to take a close look,'' said Jacob Leibenluft."
      const [q] = extractQuotes(input)
      expect(q?.text).toBe("If Hillary Clinton is elected, we're going to take a close look,")
      expect(q?.span).toEqual({ start: 2, end: 66 })
      expect(q?.speaker?.name).toBe('Jacob Leibenluft')
    })
  })

  describe('quotes over several paragraphs', () => {
    it('reads a paragraph whose opening mark is missing as a quote when a cue and a speaker follow it', () => {
      // intl_2.
      const input =
        'The Minister of Police, George Hawkins, today welcomed the funding.\n\nI have already had many opportunities to congratulate the Police since I became Minister" said Mr Hawkins. "They have brought crime down."'
      const quotes = extractQuotes(input)
      expect(quotes.map((q) => q.text)).toEqual([
        'I have already had many opportunities to congratulate the Police since I became Minister',
        'They have brought crime down.',
      ])
      expect(who(quotes[0])).toEqual(['George Hawkins', null, 'Minister of Police'])
      expect(quotes[0]?.rule).toBe('quotes/said-after')
      // Variant: the cue after the speaker.
      const [q] = extractQuotes(
        'Jane Doe, 40, was hurt.\n\nWe are grateful to everyone who helped us,” Doe said.',
      )
      expect(who(q)).toEqual(['Jane Doe', null, null])
    })

    it('reads no quote up to a closing mark that no cue and speaker follow', () => {
      // An inch mark, and a stray mark: the paragraph is narration.
      expect(
        extractQuotes('Officers found a 12" pipe and a long knife in the boot of the car on Friday.'),
      ).toEqual([])
      expect(extractQuotes('The operation ran for many months across the whole region" and ended.')).toEqual(
        [],
      )
      // The narration keeps its people: "he" is still the inspector named there.
      const [q] = extractQuotes(
        'Inspector John Smith found a 12" pipe in the car. He said: “It was dangerous.”',
      )
      expect(q?.speaker?.name).toBe('John Smith')
    })

    it('reads a quote whose paragraph break was lost as one quote, with its speaker after it', () => {
      // intl_2: the second paragraph's opening mark stands inside the first paragraph.
      const input =
        'Incident Controller John Sutton says the fire is still active.\n\n"Our crews will be focusing on some key sites, should wind gusts increase. "The difficult terrain is making it hard to reach and put out numerous hot spots," Sutton says.'
      const quotes = extractQuotes(input)
      expect(quotes).toHaveLength(1)
      expect(
        quotes[0]?.text.endsWith(
          '"The difficult terrain is making it hard to reach and put out numerous hot spots,',
        ),
      ).toBe(true)
      expect(who(quotes[0])).toEqual(['John Sutton', 'Incident Controller', null])
      expect(quotes[0]?.cue).toBe('says')
    })

    it('gives a quote that opens a sentence the person the sentence before it in the paragraph opens with', () => {
      const speakerOf = (text: string) => {
        const [q] = extractQuotes(text)
        return q ? [q.speaker?.name ?? null, q.cue] : null
      }
      expect(
        speakerOf(
          'Area Commander Inspector Wayne Ewers says the arrests send a strong message. “Those involved in this offending will be held to account.”',
        ),
      ).toEqual(['Wayne Ewers', null])
      expect(
        speakerOf(
          'Detective Inspector Jane Ewers thanked the community for its help. “We could not have done this without you.”',
        ),
      ).toEqual(['Jane Ewers', null])
      // Not someone the sentence acts on or tells of, nor a sentence that opens with no name; nor a
      // title that opens the sentence, in the paragraph or opening the next.
      for (const text of [
        'Kent Police arrested Tom Baker. “We will not tolerate this kind of behaviour on our streets.”',
        'Tom Baker, 45, was jailed for six years. “He showed no remorse for what he had done to the family.”',
        'Jane Doe thanked officers. The trial continues. “We are grateful for all the support we have had.”',
        'Jane Doe wrote a book about her ordeal.\n\n“The Long Road Home” was published in 2020 and sold well.',
        'Jane Doe wrote a book about her ordeal. “The Long Road Home: A Story of Survival and Hope in Dark Times” was published in 2020.',
      ])
        expect(speakerOf(text), text).toEqual([null, null])
      // A quote that does not open a sentence is no one's by this rule: a phrase left out.
      expect(
        speakerOf(
          'Jane Doe thanked officers for what she called “a remarkable effort by everyone involved in the search”.',
        ),
      ).toBeNull()
    })

    const input = [
      'Chief Constable Chris Haward said: “This type of criminality is corrosive.',
      '',
      '“All too often we see these gangs start to make money.',
      '',
      '“These figures show that officers did just that.”',
      '',
      'He added: “It’s only by working together we can make a difference.”',
    ].join('\n')

    it('reads a UK single-quoted quote over two paragraphs past plural possessives', () => {
      const text = [
        "Detective Constable Laura Price said: 'We're pleased with the result, it's had a huge impact on the victims' lives.",
        '',
        "'I'd like to thank the officers' hard work on this case.'",
      ].join('\n')
      const quotes = extractQuotes(text)
      expect(quotes.map((q) => q.text)).toEqual([
        "We're pleased with the result, it's had a huge impact on the victims' lives.\n\nI'd like to thank the officers' hard work on this case.",
      ])
      expect(who(quotes[0])).toEqual(['Laura Price', 'Detective Constable', null])
    })

    it('joins paragraphs that each reopen with a mark into one quote', () => {
      const [q, next] = extractQuotes(input)
      expect(q?.text).toBe(
        'This type of criminality is corrosive.\n\nAll too often we see these gangs start to make money.\n\nThese figures show that officers did just that.',
      )
      expect(q?.paragraphs.map((p) => input.slice(p.span.start, p.span.end))).toEqual([
        'This type of criminality is corrosive.',
        'All too often we see these gangs start to make money.',
        'These figures show that officers did just that.',
      ])
      expect(q?.span).toEqual({ start: 36, end: input.indexOf('”') })
      expect(next?.text).toBe('It’s only by working together we can make a difference.')
      expect(who(next)).toEqual(['Chris Haward', 'Chief Constable', null])
      expect(next?.rule).toBe('quotes/colon-before')
    })

    it('keeps a quote left open at the end of a release, with a diagnostic', () => {
      const open = 'Sharon Naughton said: “Our port operations are vital to tackle vehicle crime.'
      const diagnostics: Diagnostic[] = []
      const quotes = extractQuotes(open, { onDiagnostic: (d) => diagnostics.push(d) })
      expect(quotes.map((q) => q.text)).toEqual(['Our port operations are vital to tackle vehicle crime.'])
      expect(diagnostics).toEqual([
        {
          ruleId: 'quotes/unclosed',
          message: 'Unexpected end of paragraph inside a quote, expected a closing mark; kept up to there.',
          span: { start: 23, end: open.length },
        },
      ])
    })

    it('joins the paragraphs of one quote over an image caption between them, without the caption', () => {
      // "“Artificial Intelligence is here, …" then "“The police is at the forefront …" (sample corpus).
      const input =
        'Temporary Chief Constable Alex Murray said:\n\n“Artificial Intelligence is here, and it is developing fast.\n\nPhoto: Alex Murray at the launch.\n\n“The police is at the forefront of protecting communities.”'
      const quotes = extractQuotes(input)
      expect(quotes.map((q) => q.text)).toEqual([
        'Artificial Intelligence is here, and it is developing fast.\n\nThe police is at the forefront of protecting communities.',
      ])
      expect(quotes[0]?.paragraphs.map((p) => input.slice(p.span.start, p.span.end))).toEqual([
        'Artificial Intelligence is here, and it is developing fast.',
        'The police is at the forefront of protecting communities.',
      ])
      expect(who(quotes[0])).toEqual(['Alex Murray', 'Temporary Chief Constable', null])
    })

    it('keeps a single-quoted quote left open after its attribution, with a diagnostic', () => {
      const open =
        'Detective Sergeant Amy Jones said: ‘We are appealing to anyone who saw the van, as the owner’s shop was badly damaged.'
      const diagnostics: Diagnostic[] = []
      const quotes = extractQuotes(open, { onDiagnostic: (d) => diagnostics.push(d) })
      expect(quotes.map((q) => [q.text, who(q)])).toEqual([
        [
          'We are appealing to anyone who saw the van, as the owner’s shop was badly damaged.',
          ['Amy Jones', 'Detective Sergeant', null],
        ],
      ])
      expect(diagnostics.map((d) => d.ruleId)).toEqual(['quotes/unclosed'])
      // A term left open mid-sentence is no quote.
      expect(extractQuotes('The so-called ‘county lines model of drug dealing was discussed.')).toEqual([])
    })

    it('gives a paragraph that reopens after a closed quote the same speaker', () => {
      const text = [
        '“We have seen significant successes,” said Stephanie Coombes.',
        '',
        '“We want to make it clear and straightforward for retailers to share information.”',
      ].join('\n')
      const quotes = extractQuotes(text)
      expect(quotes.map((q) => [q.text, q.speaker?.name, q.rule])).toEqual([
        ['We have seen significant successes,', 'Stephanie Coombes', 'quotes/said-after'],
        [
          'We want to make it clear and straightforward for retailers to share information.',
          'Stephanie Coombes',
          'quotes/continued',
        ],
      ])
    })
  })

  describe('reported speech with quoted phrases', () => {
    it('keeps phrases quoted in a sentence with a cue verb, without a speaker when none is the subject', () => {
      const input =
        'Comments from the judges echoed Professor Taylor, stating Stacey’s work was a worthy winner due to ‘the efficient and rigorous process’ which was undertaken as well as the ‘significant impact’ made.'
      const quotes = extractQuotes(input)
      expect(quotes.map((q) => [q.text, q.span.start, q.speaker, q.cue, q.rule])).toEqual([
        ['the efficient and rigorous process', 100, null, 'stating', 'quotes/mixed'],
        ['significant impact', 173, null, 'stating', 'quotes/mixed'],
      ])
    })

    it.each<[string, string[]]>([
      // Written in the style of charities' and councils' releases.
      [
        'According to Sam Patel, the money “will make a real difference to families” and “a welcome first step”.',
        ['will make a real difference to families', 'a welcome first step'],
      ],
      [
        'According to the charity’s chief executive, Sam Patel, the scheme is “long overdue” and “a welcome first step”.',
        ['long overdue', 'a welcome first step'],
      ],
    ])('gives every phrase of a sentence "According to X" opens to X: %s', (input, texts) => {
      const quotes = extractQuotes(input)
      expect(quotes.map((q) => [q.text, q.speaker?.name ?? null, q.rule])).toEqual(
        texts.map((text) => [text, 'Sam Patel', 'quotes/according-to']),
      )
    })

    it.each<[string, Array<[string, string | null]>]>([
      // Someone unnamed speaks: a short phrase after it is still left out.
      ['According to police, the suspect “fled the scene” and “hid”.', [['fled the scene', null]]],
      // A phrase of the next sentence is that sentence's.
      [
        'According to Sam Patel, the scheme is “long overdue”. The council called it “a welcome first step”.',
        [
          ['long overdue', 'Sam Patel'],
          ['a welcome first step', null],
        ],
      ],
    ])('near miss: %s', (input, expected) => {
      expect(extractQuotes(input).map((q) => [q.text, q.speaker?.name ?? null])).toEqual(expected)
    })
  })

  describe('releases', () => {
    it('reads a release from splitReleases, with spans into the whole dump', () => {
      const dump = [
        'Police target night-time economy to tackle spiking',
        '',
        'Source: United Kingdom National Police Chiefs Council',
        '',
        'Home Secretary James Cleverly said: “Spiking is an abhorrent crime.”',
        '',
        'Mark Morgan, Licensing SAVI Lead, said: “Spiking is a horrendous crime.”',
      ].join('\n')
      const [release] = splitReleases(dump).releases
      const quotes = extractQuotes(release!)
      expect(quotes.map((q) => [dump.slice(q.span.start, q.span.end), who(q)])).toEqual([
        ['Spiking is an abhorrent crime.', ['James Cleverly', 'Home Secretary', null]],
        ['Spiking is a horrendous crime.', ['Mark Morgan', null, 'Licensing SAVI Lead']],
      ])
    })
  })

  describe('options', () => {
    it('extends the cue verbs', () => {
      const input = '“We got him,” quipped Sergeant Tom Brown.'
      expect(extractQuotes(input, { cueVerbs: ['chortled'] })[0]?.cue).toBe('quipped')
      const other = '“We got him,” chortled Sergeant Tom Brown.'
      expect(extractQuotes(other)).toEqual([])
      expect(who(extractQuotes(other, { cueVerbs: ['chortled'] })[0])).toEqual([
        'Tom Brown',
        'Sergeant',
        null,
      ])
    })

    it('extends the titles', () => {
      // "Station Officer" is read by default now ("<Word> Officer" is an office); a ranger's rank is
      // not: opening the sentence, the office is the role, as "said ranger Rhys Evans" gives.
      const input = 'Ranger Rhys Evans said: “The fire was under control by midnight.”'
      expect(who(extractQuotes(input)[0])).toEqual(['Rhys Evans', null, 'Ranger'])
      expect(who(extractQuotes(input, { titles: ['Ranger'] })[0])).toEqual(['Rhys Evans', 'Ranger', null])
    })

    it('throws an OptionsError naming a bad option', () => {
      expect(() => extractQuotes('x', { titles: 'Sgt' } as never)).toThrow(OptionsError)
      expect(() => extractQuotes('x', { titles: 'Sgt' } as never)).toThrow(/`titles`/)
      expect(() => extractQuotes('x', { cueVerb: ['said'] } as never)).toThrow(/cueVerb/)
    })
  })

  describe('lexicon', () => {
    it.each(Object.entries(words))('keeps %s sorted and free of repeats', (_name, list) => {
      // A table of lists (BODY_NOUN_NAMES) keeps its keys and each of its lists so.
      const lists = Array.isArray(list) ? [list] : [Object.keys(list), ...Object.values(list)]
      for (const l of lists) expect([...l]).toEqual([...new Set(l)].sort())
    })
  })
})

describe('a hard-wrapped paragraph', () => {
  it('reads a speaker, title and quote over the line breaks, and keeps the text as written', () => {
    const text = WRAPPED_RELEASE
    const { releases } = extract(text, { publishedOn: '2024-06-01' })
    const quotes = releases[0]!.quotes
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jane Smith', 'Jane Smith'])
    expect(quotes[0]?.speaker?.title).toBe('Detective Inspector')
    for (const q of quotes) expect(text.slice(q.span.start, q.span.end)).toBe(q.text)
    expect(quotes[1]?.text).toBe(
      'We will keep going until every one of those involved is\nbefore the courts.',
    )
    for (const m of releases[0]!.people.flatMap((p) => p.mentions))
      expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
  })

  it('joins a name or an office cut at its hyphen over a line break, and keeps the spans of the text as written', () => {
    const input =
      'Appeal after attack\n\nSource: Northumbria Police\n\n“We will find those responsible,” said Detective Superintendent Sarah Newman-\nWest, head of Counter-\nTerrorism Policing North East. “Call us.”\n\nLater, Jane Smith-\nJones added: “We are grate-\nful to the public.”\n'
    const release = extract(input).releases[0]!
    expect(release.quotes.map(who)).toEqual([
      ['Sarah Newman-West', 'Detective Superintendent', 'head of Counter-Terrorism Policing North East'],
      ['Sarah Newman-West', 'Detective Superintendent', 'head of Counter-Terrorism Policing North East'],
      ['Jane Smith-Jones', null, null],
    ])
    // The quote's text is the input's, its cut hyphen and line break kept.
    expect(release.quotes[2]?.text).toBe('We are grate-\nful to the public.')
    expect(release.people.map((p) => p.name)).toEqual(['Sarah Newman-West', 'Jane Smith-Jones'])
    for (const q of release.quotes) {
      expect(input.slice(q.span.start, q.span.end)).toBe(q.text)
      for (const p of q.paragraphs) expect(input.slice(p.span.start, p.span.end)).toBe(p.text)
    }
    for (const m of release.people.flatMap((p) => p.mentions))
      expect(input.slice(m.span.start, m.span.end)).toBe(m.text)
  })
})

describe("the minister a release's byline names", () => {
  const release = (byline: string, quote: string) =>
    splitReleases(
      `Police numbers reach new high\n\nSource: New Zealand Government\n\n${byline}\n\nPolice numbers have reached a record high, figures released on Monday show.\n\n${quote}\n`,
    ).releases[0]!

  it('is the person a later title and surname refer to', () => {
    const cases: Array<[string, string, string]> = [
      ['Premier Jeremy Rockliff', '"This is a fantastic result," Premier Rockliff said.', 'Jeremy Rockliff'],
      ['Hon Jane Doe\nMinister of Police', '"We are proud of our officers," Ms Doe said.', 'Jane Doe'],
      ['The Hon Mark Ryan MP', '"Our officers deserve it," Mr Ryan said.', 'Mark Ryan'],
    ]
    for (const [byline, quote, name] of cases) {
      const r = release(byline, quote)
      expect(r.byline?.text).toBe(byline)
      const quotes = extractQuotes(r)
      expect(quotes).toHaveLength(1)
      expect(quotes[0]?.speaker?.name).toBe(name)
    }
  })

  it('speaks no quote of its own, and an office byline names no one', () => {
    const r = release('Office of Public Affairs', '"We are proud," a spokesperson said.')
    expect(r.byline?.text).toBe('Office of Public Affairs')
    const quotes = extractQuotes(r)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.speaker).toBeNull()
    // A surname the byline does not give stays as written.
    const other = extractQuotes(release('Hon Jane Doe', '"We are proud," Mr Smith said.'))
    expect(other[0]?.speaker?.name).toBe('Smith')
  })
})
