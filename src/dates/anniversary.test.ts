import { describe, expect, it } from 'vitest'
import { toBlocks } from '../text/blocks'
import { anniversaryYear } from './anniversary'

/** A release of one paragraph per string. */
const year = (...texts: string[]) => anniversaryYear(toBlocks(texts.join('\n\n')))

describe('anniversaryYear', () => {
  const fixes: Array<[string, string[], number]> = [
    [
      'a count of years marked, and when it began',
      [
        'National team marks six years of disrupting County Lines',
        'Set up in 2018 the team has closed lines.',
      ],
      2024,
    ],
    ['years since a launch', ['It is 10 years since the helpline was launched in 2014.'], 2024],
    [
      'an ordinal anniversary',
      ['The charity is celebrating its 25th anniversary.', 'It was founded in 1999.'],
      2024,
    ],
    ['an anniversary in words', ['It is the fiftieth anniversary of the unit, established in 1974.'], 2024],
    [
      'a hyphenated ordinal',
      ['Its twenty-fifth anniversary falls this week.', 'The squad was formed in 2000.'],
      2025,
    ],
    [
      'an origin with "back"',
      ['The scheme, launched back in 2019, marks five years since its first arrest.'],
      2024,
    ],
    ['years ago with the year', ['Ten years ago, in 2014, the force opened its first hub.'], 2024],
    ['years ago today with a day', ['25 years ago today, on 4 May 1999, the bridge opened.'], 2024],
    [
      'a count and years ago that agree',
      [
        'The unit marks six years since it was set up in 2018.',
        'Six years ago, in 2018, it had four officers.',
      ],
      2024,
    ],
  ]
  it.each(fixes)('reads %s', (_name, texts, expected) => {
    expect(year(...texts)).toBe(expected)
  })

  const leaves: Array<[string, string[]]> = [
    ['a sentence of years', ['He was jailed for six years.', 'The scheme was launched in 2018.']],
    ['a count with no origin', ['The team marks six years of work across the country.']],
    [
      'two origins',
      ['The unit marks six years since it was launched in 2018.', 'The force was founded in 1990.'],
    ],
    ['two counts', ['It marks six years since it was set up in 2018.', 'Its tenth anniversary is near.']],
    [
      'a count and years ago that disagree',
      ['The unit marks six years since it was set up in 2018.', 'Five years ago, in 2014, it did not exist.'],
    ],
    ['years ago with no year', ['Ten years ago the force opened its first hub.']],
    ['a year that is a count', ['It marks six years since it was set up in 2018 people.']],
    ['no wording at all', ['Officers made 20 arrests in 2023.']],
  ]
  it.each(leaves)('fixes nothing from %s', (_name, texts) => {
    expect(year(...texts)).toBeNull()
  })
})
