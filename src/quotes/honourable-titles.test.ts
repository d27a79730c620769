// An Australian or British member's honorific after an office and "the": "Senator the Hon Penny
// Wong", "Prime Minister the Rt Hon Keir Starmer". The title is all of it as written.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { type Who, who } from './test-helpers'

const speaker = (input: string): Who => who(extractQuotes(input)[0])

describe('an office, "the" and an honorific before a name', () => {
  it.each<[string, Who]>([
    // Written in the style of Australian federal and state, and UK government releases.
    [
      '“The investment is welcome,” Senator the Hon Penny Wong said.',
      ['Penny Wong', 'Senator the Hon', null],
    ],
    [
      '“The investment is welcome,” said Senator the Hon Penny Wong.',
      ['Penny Wong', 'Senator the Hon', null],
    ],
    [
      '“The investment is welcome,” said Senator the Hon. Penny Wong.',
      ['Penny Wong', 'Senator the Hon.', null],
    ],
    [
      '“The investment is welcome,” Premier the Hon Chris Minns said.',
      ['Chris Minns', 'Premier the Hon', null],
    ],
    [
      '“The investment is welcome,” said Senator the Honourable Penny Wong.',
      ['Penny Wong', 'Senator the Honourable', null],
    ],
    [
      '“The investment is welcome,” said Prime Minister the Rt Hon Keir Starmer.',
      ['Keir Starmer', 'Prime Minister the Rt Hon', null],
    ],
    [
      '“The investment is welcome,” Attorney-General the Hon Mark Dreyfus KC MP said.',
      ['Mark Dreyfus', 'Attorney-General the Hon', null],
    ],
    ['“The investment is welcome,” said Dr the Hon Anne Aly MP.', ['Anne Aly', 'Dr the Hon', null]],
    // An office with its remit is the role too, without the honorific and its "the".
    [
      '“We are investing in safety,” Minister for Police the Hon Mark Mitchell said.',
      ['Mark Mitchell', 'Minister for Police the Hon', 'Minister for Police'],
    ],
    [
      '“We are investing in safety,” said Minister for Police the Rt Hon Mark Mitchell.',
      ['Mark Mitchell', 'Minister for Police the Rt Hon', 'Minister for Police'],
    ],
    // Without "the", the honorific still closes the office and opens no name.
    [
      '“We are investing in safety,” said Minister for Police Hon Mark Mitchell.',
      ['Mark Mitchell', 'Minister for Police Hon', 'Minister for Police'],
    ],
    [
      '“We are investing in safety,” Minister for Health Hon. Jane Smith said.',
      ['Jane Smith', 'Minister for Health Hon.', 'Minister for Health'],
    ],
    [
      '“We are investing in safety,” said Minister for Health Dr Jane Smith.',
      ['Jane Smith', 'Minister for Health Dr', 'Minister for Health'],
    ],
    // A first name that merely starts like an honorific stays in the name.
    [
      '“We are investing in safety,” said Minister for Home Affairs Honor Blackman.',
      ['Honor Blackman', 'Minister for Home Affairs', 'Minister for Home Affairs'],
    ],
    [
      '“We are investing in safety,” said Minister for Police Mark Mitchell.',
      ['Mark Mitchell', 'Minister for Police', 'Minister for Police'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    ['“The investment is welcome,” said the Hon Penny Wong.', ['Penny Wong', 'Hon', null]],
    ['“The investment is welcome,” said the Rt Hon Keir Starmer.', ['Keir Starmer', 'Rt Hon', null]],
    ['“The investment is welcome,” said Senator Penny Wong.', ['Penny Wong', 'Senator', null]],
    // "the" before anything but an honorific joins no title.
    ['“We are ready,” said Senator the Foreign Minister.', null],
  ])('%s', (input, expected) => {
    expect(speaker(input)?.slice(0, 2) ?? null).toEqual(expected?.slice(0, 2) ?? null)
  })
})

// Written in the style of Australian state government media statements.
describe('an office whose remit holds a word joined by a hyphen', () => {
  it.each<[string, Who]>([
    [
      '“We are investing in safety,” Minister for Police and Counter-terrorism Jane Doe said.',
      ['Jane Doe', 'Minister for Police and Counter-terrorism', 'Minister for Police and Counter-terrorism'],
    ],
    [
      '“We are investing in safety,” said Minister for Counter-Terrorism Jane Doe.',
      ['Jane Doe', 'Minister for Counter-Terrorism', 'Minister for Counter-Terrorism'],
    ],
    // A name joined by a hyphen is still the name, not the remit's.
    [
      '“We are investing in safety,” said Minister for Police Mary Smith-Jones.',
      ['Mary Smith-Jones', 'Minister for Police', 'Minister for Police'],
    ],
    [
      '“We are investing in safety,” said Minister for Police Jean-Paul Martin.',
      ['Jean-Paul Martin', 'Minister for Police', 'Minister for Police'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// Written in the style of Australian state and federal government media statements.
describe('two offices of one person joined by "and" before the name', () => {
  it.each<[string, Who]>([
    [
      '“We are investing in safety,” Deputy Premier and Minister for Health Jane Doe said.',
      ['Jane Doe', 'Deputy Premier and Minister for Health', 'Deputy Premier and Minister for Health'],
    ],
    [
      '“We are investing in safety,” said Attorney-General and Minister for Justice Tom Baker.',
      ['Tom Baker', 'Attorney-General and Minister for Justice', 'Attorney-General and Minister for Justice'],
    ],
    [
      '“We are investing in safety,” said Premier and Treasurer Jane Doe.',
      ['Jane Doe', 'Premier and Treasurer', null],
    ],
    // A trade union's leader, written in the style of UK unions' releases; a body's initials before.
    [
      'General Secretary and Chief Executive Nicola Smith said: “Nursing staff have had enough.”',
      ['Nicola Smith', 'General Secretary and Chief Executive', null],
    ],
    [
      'RCN General Secretary and Chief Executive Nicola Smith said: “Nursing staff have had enough.”',
      ['Nicola Smith', 'RCN General Secretary and Chief Executive', null],
    ],
    [
      '“Nursing staff have had enough,” said General Secretary Nicola Smith.',
      ['Nicola Smith', 'General Secretary', null],
    ],
    // "General" alone is still the rank.
    ['“We are ready,” said General Sir Nick Carter.', ['Nick Carter', 'General Sir', null]],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // After an article, with a comma before the name: both offices are the role.
    [
      'The Chair and Chief Executive of Acme Housing, Jane Doe, said: “We are investing in homes.”',
      ['Jane Doe', null, 'Chair and Chief Executive of Acme Housing'],
    ],
    [
      '“We are investing in homes,” said the Mayor and Leader of the Council, Tom Baker.',
      ['Tom Baker', null, 'Mayor and Leader of the Council'],
    ],
    [
      'The Chair of Acme and Chief Executive of Beta Homes, Jane Doe, said: “We are investing.”',
      ['Jane Doe', null, 'Chair of Acme and Chief Executive of Beta Homes'],
    ],
    // One office after the article, as before.
    [
      'The Minister of Police, George Hawkins, said: “We are investing.”',
      ['George Hawkins', null, 'Minister of Police'],
    ],
  ])('keeps both offices in apposition after an article: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('still reads a second person after a place and "and"', () => {
    const input =
      'The charges were announced by U.S. Attorney Jane Doe for the Eastern District of Virginia and Assistant Director in Charge Tom Baker of the FBI. “We are investing in safety,” Baker said.'
    expect(speaker(input)).toEqual(['Tom Baker', 'Assistant Director in Charge', 'FBI'])
  })

  it('keeps two titled people joined by "and" apart', () => {
    const [q] = extractQuotes('“We are investing in safety,” said Inspector Jane Doe and Sergeant Tom Smith.')
    expect(q?.speaker?.title).toBe('Inspector')
  })
})

// Written in the style of Australian federal and state government releases.
describe('an office, a comma, then "the Hon" and the name', () => {
  it.each<[string, Who]>([
    [
      'Minister for Home Affairs, the Hon Tony Burke MP, said: “This reform is overdue.”',
      ['Tony Burke', 'Hon', 'Minister for Home Affairs'],
    ],
    [
      'Treasurer, the Hon Jim Chalmers MP, said: “This reform is overdue.”',
      ['Jim Chalmers', 'Hon', 'Treasurer'],
    ],
    [
      'The Minister for Police, the Hon. Jane Doe MLA, said: “This reform is overdue.”',
      ['Jane Doe', 'Hon.', 'Minister for Police'],
    ],
  ])('the office is the role: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // An opening phrase before "the Hon" is no office.
    ['Speaking today, the Hon Tony Burke MP said: “This reform is overdue.”', ['Tony Burke', 'Hon', null]],
    // Another honorific keeps the office it had.
    [
      'Chief Medical Officer, Dr Jane Doe, said: “This reform is overdue.”',
      ['Jane Doe', 'Dr', 'Chief Medical Officer'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('honorifics of Indian and Singaporean government releases', () => {
  it.each<[string, Who]>([
    // Written in the style of India's Press Information Bureau and Singapore's ministries.
    [
      'Union Minister of State for Home Affairs, Shri Bandi Sanjay Kumar, said, “Every citizen must be aware of cyber frauds.”',
      ['Bandi Sanjay Kumar', 'Shri', 'Union Minister of State for Home Affairs'],
    ],
    [
      'Smt. Nirmala Sitharaman, Union Minister of Finance, said “The financial sector must stay vigilant.”',
      ['Nirmala Sitharaman', 'Smt.', 'Union Minister of Finance'],
    ],
    ['“We will act together,” said Mdm Halimah Yacob.', ['Halimah Yacob', 'Mdm', null]],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('says which pronoun the honorific takes', () => {
    const input =
      'Smt. Jane Doe said: “We are ready.” Shri Amit Shah said: “We will act.” “The work goes on,” she said.'
    expect(who(extractQuotes(input).at(-1))).toEqual(['Jane Doe', 'Smt.', null])
  })

  it('reads no honorific from a name that only opens like one', () => {
    expect(speaker('Shrinivas Rao said: “We are ready.”')).toEqual(['Shrinivas Rao', null, null])
  })
})

describe('an office, then two honorifics before a name', () => {
  it.each<[string, Who]>([
    // Written in the style of UK government and NHS releases. As in "Commissioner Sir Mark
    // Rowley", every honorific stands in the title, and the name is without them.
    [
      'Chief Medical Officer Professor Sir Chris Whitty said: “This is a concern.”',
      ['Chris Whitty', 'Chief Medical Officer Professor Sir', null],
    ],
    [
      '“This is a concern,” said Deputy Chief Medical Officer Professor Dame Jane Doe.',
      ['Jane Doe', 'Deputy Chief Medical Officer Professor Dame', null],
    ],
    [
      '“This is a concern,” said Chief Scientific Adviser Professor Sir John Roe.',
      ['John Roe', 'Chief Scientific Adviser Professor Sir', null],
    ],
  ])('the honorifics are in the title: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    ['Commissioner Sir Mark Rowley said: “This is a concern.”', ['Mark Rowley', 'Commissioner Sir', null]],
    ['Professor Sir John Roe said: “This is a concern.”', ['John Roe', 'Professor Sir', null]],
    [
      'Chief Medical Officer Professor Jane Doe said: “This is a concern.”',
      ['Jane Doe', 'Chief Medical Officer Professor', null],
    ],
  ])('near miss, read as before: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})
