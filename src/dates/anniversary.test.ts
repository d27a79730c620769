import { describe, expect, it } from 'vitest'
import { splitReleases } from '../releases/split-releases'
import { toBlocks } from '../text/blocks'
import { anniversaryDay, anniversaryYear } from './anniversary'

/** A release of one paragraph per string. */
const year = (...texts: string[]) => anniversaryYear(toBlocks(texts.join('\n\n')))

describe('anniversaryYear', () => {
  const fixes: Array<[string, string[], number]> = [
    [
      'a count of the writer’s own years, and the one origin the release names',
      [
        'A national team is marking six years since its inception.',
        'Set up in 2018 the team has closed lines.',
      ],
      2024,
    ],
    [
      'years since a launch in the same sentence',
      ['It is 10 years since the helpline was launched in 2014.'],
      2024,
    ],
    ['today marking years since', ['Today marks 10 years since the unit was set up in April 2014.'], 2024],
    ['an origin on a full day', ['It is five years since the scheme was founded on 1 April 2019.'], 2024],
    ['an origin in force', ['It has been five years since the Act came into force in 2019.'], 2024],
    ['a decade', ['The charity marks a decade since it was established in 2014.'], 2024],
    [
      'an own ordinal anniversary',
      ['The charity is celebrating its 25th anniversary.', 'It was founded in 1999.'],
      2024,
    ],
    ['an anniversary in words', ['It is the fiftieth anniversary of the unit, established in 1974.'], 2024],
    [
      'a hyphenated ordinal',
      ['Its twenty-fifth anniversary falls this week.', 'It was formed in 2000.'],
      2025,
    ],
    ['an own birthday', ['The helpline celebrates its 20th birthday.', 'It opened in 2004.'], 2024],
    ['years ago with the year', ['Ten years ago, in 2014, the force opened its first hub.'], 2024],
    ['years ago today with a day', ['25 years ago today, on 4 May 1999, the bridge opened.'], 2024],
    [
      'an origin in the count’s sentence, over another elsewhere',
      ['The unit marks six years since it was launched in 2018.', 'The force was founded in 1990.'],
      2024,
    ],
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
      'a count of years of something else',
      ['National team marks six years of disrupting County Lines', 'Set up in 2018.'],
    ],
    [
      'an anniversary of a death',
      ['Friday marks the 10th anniversary of his death.', 'The charity was founded in 2016.'],
    ],
    [
      'years of service',
      ['PC Jones is celebrating 30 years of service.', 'West Midlands Police, formed in 1974, thanked him.'],
    ],
    [
      'an anniversary of another event',
      ['It is the 80th anniversary of D-Day.', 'The unit was set up in 2014.'],
    ],
    [
      'an anniversary and an origin in separate clauses',
      ['Friday marks the 10th anniversary of his death, and the charity founded in 2016 will hold a vigil.'],
    ],
    [
      'years of service beside the origin of something else',
      ['PC Jones is celebrating 30 years of service with West Midlands Police, formed in 1974.'],
    ],
    [
      'years since another event',
      ['It is 15 years since Sarah disappeared.', 'An appeal launched in 2019 is still running.'],
    ],
    [
      'years since records began',
      ['Crime is at its lowest in 20 years since records began.', 'The Act was introduced in 2019.'],
    ],
    [
      'years on from another event',
      ['Three years on from the attack, the city remembers.', 'A taskforce was formed in 2015.'],
    ],
    [
      'an anniversary marked in the past',
      ['Last year the unit marked 10 years since it was set up in 2013.'],
    ],
    [
      'a launch yet to come',
      ['The unit is marking its 10th anniversary.', 'A new app is due for launch in 2026.'],
    ],
    [
      'two origins for the writer’s own count',
      [
        'The unit is marking six years since its inception.',
        'It was set up in 2018.',
        'Founded in 1990, it grew.',
      ],
    ],
    [
      'two counts',
      ['It marks six years since it was set up in 2018.', 'It marks ten years since it was formed in 2010.'],
    ],
    [
      'a count and years ago that disagree',
      ['The unit marks six years since it was set up in 2018.', 'Five years ago, in 2014, it did not exist.'],
    ],
    ['years ago with no year', ['Ten years ago the force opened its first hub.']],
    [
      'years ago beside a year of something else',
      ['Three years ago, in an appeal from 2015, police asked for help.'],
    ],
    [
      'a year the release names later, in the past tense',
      ['Two years ago, in 2019, he was cleared.', 'He was convicted in 2024.'],
    ],
    ['a year that is a count', ['It marks six years since it was set up with 2018 people.']],
    ['no wording at all', ['Officers made 20 arrests in 2023.']],
    [
      'an anniversary still to come',
      ['The helpline will celebrate its 10th anniversary next year.', 'It was launched in 2015.'],
    ],
    [
      'an anniversary next year',
      ['The Act reaches its 10th anniversary next year.', 'It came into force in 2016.'],
    ],
    [
      'an anniversary celebrated last year',
      ['Last year the unit celebrated its 10th anniversary.', 'It was set up in 2013.'],
    ],
    [
      'a count in a past clause',
      ['When the review began in 2021, it had been five years since the Act came into force in 2016.'],
    ],
    ['a hedged count', ['It is nearly ten years since the scheme was launched in 2015.']],
    [
      'the origin of something else the writer has',
      [
        'Victim Support is celebrating its 25th anniversary.',
        'Its new drop-in centre, opened in 2022, is busy.',
      ],
    ],
    ['a future opening', ['The force is marking its 10th anniversary with a new centre, opening in 2026.']],
    [
      'a launch yet to come in the clause',
      ['The unit marks its fifth anniversary ahead of the app’s launch in 2026.'],
    ],
    [
      'an origin in a relative clause about something else',
      ['It is 30 years since the murder of PC Smith, whose memorial was opened in 1997.'],
    ],
    [
      'a count deep in the story',
      [
        'Title',
        'Standfirst.',
        'One.',
        'Two.',
        'Three.',
        'It is 10 years since the helpline was launched in 2014.',
      ],
    ],
  ]
  it.each(leaves)('fixes nothing from %s', (_name, texts) => {
    expect(year(...texts)).toBeNull()
  })
})

describe('anniversaryDay', () => {
  /** The anniversary's day as YYYY-MM-DD, or its year alone, or null. */
  const day = (...texts: string[]) => {
    const found = anniversaryDay(toBlocks(texts.join('\n\n')))
    if (!found) return null
    const d = found.day
    return d
      ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
      : found.year
  }

  const fixes: Array<[string, string[], string | number]> = [
    [
      'an anniversary celebrated today, with the origin’s day in another paragraph',
      [
        'The Home Secretary today praised the work of the National Crime Agency (NCA) as it celebrated its first anniversary.',
        'The NCA and the Serious and Organised Crime Strategy – which was also launched on 7 October 2013 – represent a step change in the government’s approach to combating serious and organised crime.',
      ],
      '2014-10-07',
    ],
    [
      'one year since a launch on a day',
      ['The helpline marks one year since its launch on 3 March 2023.'],
      '2024-03-03',
    ],
    [
      'an anniversary in the perfect, with a day written month first',
      ['The charity has celebrated its tenth anniversary.', 'It was founded on June 1, 2014.'],
      '2024-06-01',
    ],
    [
      'years ago today, with the day',
      ['25 years ago today, on 4 May 1999, the bridge opened.'],
      '2024-05-04',
    ],
    [
      'years ago with a day but not today: the year only',
      ['25 years ago, on 4 May 1999, the bridge opened.'],
      2024,
    ],
    [
      'an origin with its month only: the year only',
      ['The unit marks ten years since it was launched in April 2014.'],
      2024,
    ],
    [
      'two launch days in one year: the year only',
      [
        'The unit is celebrating its first anniversary.',
        'It was launched on 7 October 2013.',
        'It was set up on 1 October 2013.',
      ],
      2014,
    ],
    [
      'a day with no anniversary in other years: the year only',
      ['The unit marks one year since its launch on 29 February 2024.'],
      2025,
    ],
  ]
  it.each(fixes)('reads %s', (_name, texts, expected) => {
    expect(day(...texts)).toBe(expected)
  })

  const leaves: Array<[string, string[]]> = [
    [
      'an anniversary of a death',
      [
        'Today marks the first anniversary of the death of PC Andrew Harper, who was killed on 15 August 2019.',
      ],
    ],
    [
      'an anniversary celebrated last year',
      ['Last year the unit celebrated its first anniversary.', 'It was launched on 7 October 2013.'],
    ],
    [
      'an anniversary celebrated in the past, with no today',
      ['The unit celebrated its first anniversary.', 'It was launched on 7 October 2013.'],
    ],
    [
      'an anniversary that had been marked, even today',
      ['Today we learned the unit had marked its first anniversary.', 'It was launched on 7 October 2013.'],
    ],
    [
      'the origin of something else, in a relative clause',
      [
        'The agency celebrates its first anniversary.',
        'The strategy, which was launched on 7 October 2013, is working.',
      ],
    ],
    ['a hedged count', ['It is nearly one year since the unit was launched on 7 October 2013.']],
  ]
  it.each(leaves)('fixes no day from %s', (_name, texts) => {
    expect(typeof day(...texts) === 'string').toBe(false)
  })
})

describe('anniversary wording over the line break of hard-wrapped text', () => {
  const release = (lede: string) =>
    toBlocks(
      splitReleases(
        `Team marks six years\n\nSource: NPCC\n\n${lede}\n\nSet up in 2018 the team has closed lines.\n`,
      ).releases[0]!,
    )

  it('reads the count whose number and "years" stand on two lines', () => {
    expect(anniversaryYear(release('A national team is marking six\nyears since its inception.'))).toBe(2024)
    expect(anniversaryYear(release('A national team is marking six years since its inception.'))).toBe(2024)
  })

  it('reads no count across a paragraph break', () => {
    expect(
      anniversaryYear(release('A national team is marking six.\n\nYears since its inception.')),
    ).toBeNull()
  })
})
