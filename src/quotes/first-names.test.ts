// A later reference by first name alone names the person introduced in full ("Jane said" after
// "Jane Doe"), as one by surname does; of two people who share it, it names neither.
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { extractQuotes } from './extract-quotes'
import { who } from './test-helpers'

const speakers = (input: string) => extractQuotes(input).map(who)

describe('a later reference by first name', () => {
  it('names the person introduced in full', () => {
    expect(
      speakers('Mary Jones, a local resident, attended the vigil.\n\n“I was very pleased,” Mary said.'),
    ).toEqual([['Mary Jones', null, null]])
    expect(
      speakers(
        '“I was pleased,” said Jane Doe.\n\n“It was a good day,” Jane added.\n\n“We agree,” she said.',
      ),
    ).toEqual([
      ['Jane Doe', null, null],
      ['Jane Doe', null, null],
      ['Jane Doe', null, null],
    ])
  })

  it('keeps the title of the first mention', () => {
    expect(
      speakers('“We were pleased,” said Senior Sergeant Jane Doe.\n\n“It was a good day,” Jane said.'),
    ).toEqual([
      ['Jane Doe', 'Senior Sergeant', null],
      ['Jane Doe', 'Senior Sergeant', null],
    ])
  })

  it('is linked as a first name among the person’s mentions', () => {
    const text =
      'Vigil held\n\nSource: New Zealand Police\n\n“I was pleased,” said Jane Doe.\n\n“It was a good day,” Jane said.\n'
    const [person] = extract(text).releases[0]!.people
    expect(person?.mentions.map((m) => [m.text, m.rule])).toEqual([
      ['Jane Doe', 'people/full-name'],
      ['Jane', 'people/first-name'],
    ])
  })

  it('names neither of two people who share the first name', () => {
    expect(
      speakers('Mary Jones and Mary Smith attended the vigil.\n\n“I was very pleased,” Mary said.'),
    ).toEqual([['Mary', null, null]])
    expect(
      speakers(
        '“I was pleased,” said Mary Jones.\n\n“So was I,” said Mary Smith.\n\n“It was a good day,” Mary added.',
      ),
    ).toEqual([
      ['Mary Jones', null, null],
      ['Mary Smith', null, null],
      ['Mary', null, null],
    ])
  })

  it('leaves another first name and a surname as they were', () => {
    expect(speakers('“I was pleased,” said Jane Doe.\n\n“It was a good day,” Tom said.')).toEqual([
      ['Jane Doe', null, null],
      ['Tom', null, null],
    ])
    expect(speakers('“I was pleased,” said Tom Jones.\n\n“It was a good day,” Jones said.')).toEqual([
      ['Tom Jones', null, null],
      ['Tom Jones', null, null],
    ])
  })
})
