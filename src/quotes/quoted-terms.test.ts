// A term in quotation marks inside the narration that introduces a quote ("head of the “Safer
// Streets” programme") is a word of that narration: the speaker and role read over it, and the
// term itself is no quote.
import { describe, expect, it } from 'vitest'
import { extractQuotes, extractQuotesAndPeople } from './extract-quotes'
import { type Who, who } from './test-helpers'

const read = (input: string): Array<[string, Who]> => extractQuotes(input).map((q) => [q.text, who(q)])

describe('a quoted term inside the words that introduce a quote', () => {
  it.each<[string, Array<[string, Who]>]>([
    [
      'Jane Doe, head of the “Safer Streets” programme at Leeds City Council, said: “Crime is down.”',
      [['Crime is down.', ['Jane Doe', null, 'head of the “Safer Streets” programme at Leeds City Council']]],
    ],
    [
      'Jane Doe, head of the "Safer Streets" programme at Leeds City Council, said: "Crime is down."',
      [['Crime is down.', ['Jane Doe', null, 'head of the "Safer Streets" programme at Leeds City Council']]],
    ],
    [
      'Detective Inspector Sam Reed, who leads the ‘Safer Streets’ team, said: “Crime is down.”',
      [['Crime is down.', ['Sam Reed', 'Detective Inspector', 'leads the ‘Safer Streets’ team']]],
    ],
    [
      'Jane Doe, head of “Operation Safe” at Kent Police, added: “We will not stop.”',
      [['We will not stop.', ['Jane Doe', null, 'head of “Operation Safe” at Kent Police']]],
    ],
    [
      '“Crime is down,” said Jane Doe, head of the “Safer Streets” programme at Leeds City Council.',
      [['Crime is down,', ['Jane Doe', null, 'head of the “Safer Streets” programme at Leeds City Council']]],
    ],
    [
      '"Crime is down," said Jane Doe, head of the "Safer Streets" programme. "We are pleased."',
      [
        ['Crime is down,', ['Jane Doe', null, 'head of the "Safer Streets" programme']],
        ['We are pleased.', ['Jane Doe', null, 'head of the "Safer Streets" programme']],
      ],
    ],
    // A second person after the role with the term speaks with the first.
    [
      'Jane Doe, head of the “Safer Streets” programme, and Tom Baker said: “Crime is down.”',
      [['Crime is down.', ['Jane Doe', null, 'head of the “Safer Streets” programme']]],
    ],
    // A term in the body after the name's "of the": the speaker's, and no quote.
    [
      '“Crime is down,” said Jane Doe of the “Safer Streets” team. “We are pleased,” she added.',
      [
        ['Crime is down,', ['Jane Doe', null, null]],
        ['We are pleased,', ['Jane Doe', null, null]],
      ],
    ],
    ['“Crime is down,” said Jane Doe from “Operation Safe”.', [['Crime is down,', ['Jane Doe', null, null]]]],
    [
      'According to Jane Doe, head of the “Safer Streets” programme, “crime is down across the city”.',
      [['crime is down across the city', ['Jane Doe', null, 'head of the “Safer Streets” programme']]],
    ],
  ])('%s', (input, expected) => {
    expect(read(input)).toEqual(expected)
  })

  it('points the speaker’s mention at the name, before the term', () => {
    const input = 'Jane Doe, head of the “Safer Streets” programme, said: “Crime is down.”'
    const { people } = extractQuotesAndPeople(input)
    expect(people.map((p) => p.mentions.map((m) => [m.text, m.span.start]))).toEqual([[['Jane Doe', 0]]])
  })

  it.each<[string, Array<[string, Who]>]>([
    // A quote before, not a term: the narration between them is read as it was.
    [
      '“It was bold,” she said. Jane Doe, head of the programme, said: “Crime is down.”',
      [
        ['It was bold,', null],
        ['Crime is down.', ['Jane Doe', null, 'head of the programme']],
      ],
    ],
    // A term in another sentence before names no speaker of this one.
    [
      'Jane Doe launched the “Safer Streets” scheme. Kent Police said: “Crime is down.”',
      [['Crime is down.', ['Kent Police', null, null]]],
    ],
    // A term the speaker is said to use is their words, kept as a quote.
    [
      'Jane Doe called the plan “bold”, adding: “Crime is down.”',
      [
        ['bold', ['Jane Doe', null, null]],
        ['Crime is down.', ['Jane Doe', null, null]],
      ],
    ],
    // Words quoted after the attribution's clause, not inside a role, are the speaker's.
    [
      '“We are disappointed,” said Jane Doe, who called the ruling a “travesty of justice”.',
      [
        ['We are disappointed,', ['Jane Doe', null, null]],
        ['travesty of justice', ['Jane Doe', null, null]],
      ],
    ],
    [
      '“We are disappointed,” Jane Doe said of the “shameful” decision.',
      [
        ['We are disappointed,', ['Jane Doe', null, null]],
        ['shameful', ['Jane Doe', null, null]],
      ],
    ],
    [
      '“We are disappointed,” Jane Doe said. She called it a “disgrace”.',
      [
        ['We are disappointed,', ['Jane Doe', null, null]],
        ['disgrace', ['Jane Doe', null, null]],
      ],
    ],
    // A term in a clause before the one of the cue names no one of it.
    [
      'Jane Doe launched “Operation Safe” and Tom Baker said: “Crime is down.”',
      [['Crime is down.', ['Tom Baker', null, null]]],
    ],
    // After "According to" and its speaker, the words quoted are theirs.
    [
      'According to Jane Doe, the scheme is “a lifeline for the city”.',
      [['a lifeline for the city', ['Jane Doe', null, null]]],
    ],
    // "said Jane Doe, “…”": a quote that goes on after its attribution, not a term in it.
    [
      '“Crime is down,” said Jane Doe, “and we are pleased about it.”',
      [
        ['Crime is down,', ['Jane Doe', null, null]],
        ['and we are pleased about it.', ['Jane Doe', null, null]],
      ],
    ],
  ])('reads as before: %s', (input, expected) => {
    expect(read(input)).toEqual(expected)
  })

  it('reads a long run of terms in one sentence at once', () => {
    const input = `Jane Doe, head of ${'the “Safer Streets” and '.repeat(300)}the rest, said: “Crime is down.”`
    const started = Date.now()
    const quotes = extractQuotes(input)
    expect(quotes.at(-1)?.text).toBe('Crime is down.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('people speaking together around a quoted term', () => {
  it('keeps the second person as a co-speaker', () => {
    const q = extractQuotes(
      'Jane Doe, head of the “Safer Streets” programme, and Tom Baker said: “Crime is down.”',
    )[0]
    expect(q?.speaker?.coSpeakers).toEqual(['Tom Baker'])
  })
})

describe('a name in marks in the narration before an attribution that a colon or a comma closes', () => {
  it.each<[string, Array<[string, Who]>]>([
    [
      'Police launched “Operation Safe”, Jane Doe said: “We will not stop.”',
      [['We will not stop.', ['Jane Doe', null, null]]],
    ],
    [
      'Police launched "Operation Safe," Jane Doe said: "We will not stop."',
      [['We will not stop.', ['Jane Doe', null, null]]],
    ],
    [
      'The council launched “Safer Streets”, Detective Inspector Sam Reed said: “Crime is down.”',
      [['Crime is down.', ['Sam Reed', 'Detective Inspector', null]]],
    ],
    [
      'Police launched “Operation Safe”, Jane Doe said, “We will not stop.”',
      [['We will not stop.', ['Jane Doe', null, null]]],
    ],
    [
      'Jane Doe, director of “Project Nova”, and Detective Inspector Tom Baker said, “We will not stop.”',
      [['We will not stop.', ['Jane Doe', null, 'director of “Project Nova”']]],
    ],
    [
      'In a report titled “Safer Streets for All”, Kent Police said:\n\n“Crime is down.”',
      [['Crime is down.', ['Kent Police', null, null]]],
    ],
    [
      'Jane Doe, head of “Operation Safe”, and Tom Baker said: “We will not stop.”',
      [['We will not stop.', ['Jane Doe', null, 'head of “Operation Safe”']]],
    ],
  ])('%s', (input, expected) => {
    expect(read(input)).toEqual(expected)
  })

  it('keeps the second person after a role with the name as a co-speaker', () => {
    const q = extractQuotes('Jane Doe, head of “Operation Safe”, and Tom Baker said: “We will not stop.”')[0]
    expect(q?.speaker?.coSpeakers).toEqual(['Tom Baker'])
  })

  it.each<[string, Array<[string, Who]>]>([
    // A quote opening its sentence is words someone spoke.
    [
      '“Crime Is Down”, Jane Doe said: “We will not stop.”',
      [
        ['Crime Is Down', ['Jane Doe', null, null]],
        ['We will not stop.', ['Jane Doe', null, null]],
      ],
    ],
    // No quote after the attribution: nothing else for it to introduce.
    ['Police launched “Operation Safe”, Jane Doe said.', [['Operation Safe', ['Jane Doe', null, null]]]],
    // Words in marks after "said" stay a quote.
    [
      'Jane Doe said “Never Again”, and Tom Baker said: “We will not stop.”',
      [
        ['Never Again', ['Jane Doe', null, null]],
        ['We will not stop.', ['Tom Baker', null, null]],
      ],
    ],
  ])('reads as before: %s', (input, expected) => {
    expect(read(input)).toEqual(expected)
  })

  // Words the speaker before is said to use are theirs, kept as a quote.
  it.each([
    ['Jane Doe described the plan as “A Travesty”, Tom Baker said: “We will not stop.”', 'A Travesty'],
    ['Jane Doe called it “Fortress Britain”, Tom Baker said: “We will not stop.”', 'Fortress Britain'],
  ])('keeps the words used: %s', (input, term) => {
    expect(extractQuotes(input).map((q) => q.text)).toEqual([term, 'We will not stop.'])
  })

  it('reads a long run of names in one sentence at once', () => {
    const input = `Police launched ${'“Operation Safe”, '.repeat(300)}Jane Doe said: “We will not stop.”`
    const started = Date.now()
    expect(extractQuotes(input).at(-1)?.text).toBe('We will not stop.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
