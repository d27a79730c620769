// People named together as speaking: the first named is the speaker, the others `coSpeakers`,
// as for bodies speaking together ("the FBI and the DEA said").
import { describe, expect, it } from 'vitest'
import { extractQuotes, extractQuotesAndPeople } from './extract-quotes'
import { who } from './test-helpers'

const speaker = (input: string) => {
  const s = extractQuotes(input)[0]?.speaker
  return s ? [s.name, s.title, s.role, s.coSpeakers ?? null] : null
}

describe('people speaking together', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of UK police, US attorneys' and company releases.
    [
      '“We are delighted with the outcome,” Jane Smith and Tom Baker said.',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
    [
      '“We are delighted with the outcome,” said Jane Smith and Tom Baker.',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
    [
      'Jane Smith and Tom Baker said: “We are delighted with the outcome.”',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
    [
      '“We are delighted with the outcome,” said Jane Smith and Tom Baker in a joint statement.',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
    [
      '“We are delighted with the outcome,” said Jane Smith, Ali Khan and Tom Baker.',
      ['Jane Smith', null, null, ['Ali Khan', 'Tom Baker']],
    ],
    [
      '“We are delighted with the outcome,” said Detective Inspector Jane Smith and Sergeant Tom Baker.',
      ['Jane Smith', 'Detective Inspector', null, ['Tom Baker']],
    ],
    [
      '“We worked closely with our partners,” said Detective Inspector Jane Doe, of Kent Police, and Detective Sergeant Tom Baker.',
      ['Jane Doe', 'Detective Inspector', 'Kent Police', ['Tom Baker']],
    ],
    [
      '“We worked closely with our partners,” said Assistant Director in Charge Jane Doe of the FBI’s Washington Field Office and U.S. Attorney John Roe.',
      ['Jane Doe', 'Assistant Director in Charge', 'FBI’s Washington Field Office', ['John Roe']],
    ],
    // The last one's role closes the phrase.
    [
      '“This was a complex investigation,” said Detective Sergeant Jane Doe and Detective Constable Tom Baker of the Economic Crime Unit.',
      ['Jane Doe', 'Detective Sergeant', null, ['Tom Baker']],
    ],
    // Names listed after the first are no role of hers, before the cue or after it.
    [
      'Jane Doe, Tom Baker and Ali Khan said in a joint statement: “We thank everyone for their support.”',
      ['Jane Doe', null, null, ['Tom Baker', 'Ali Khan']],
    ],
    // A co-speaker named before by their full name is written in full.
    [
      'Jane Smith and Tom Baker founded the charity in 2010. “We are delighted,” Ms Smith and Mr Baker said.',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
    // A clause after the list says more of what they said, or who they are.
    [
      '“We will act on this,” said Jane Doe and John Roe, adding that more would follow.',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      '“The funding is welcome,” said Councillor Jane Doe and Councillor John Roe, saying the money would go to schools.',
      ['Jane Doe', 'Councillor', null, ['John Roe']],
    ],
    [
      '“We will act on this,” said Jane Doe and John Roe, who chair the panel.',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    // Someone named in that clause is no speaker.
    [
      '“We will act on this,” said Jane Doe and John Roe, adding that Tom Baker would lead the review.',
      ['Jane Doe', null, null, ['John Roe']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[] | null]>([
    // One person and words that name nobody else.
    ['“We are delighted with the outcome,” Jane Smith and her team said.', ['Jane Smith', null, null, null]],
    // The family speaks, not the people it is named for.
    ['“We are delighted with the outcome,” the family of Jane Smith and Tom Baker said.', null],
    // An object of the clause before, then a second clause with its own subject.
    [
      'Officers arrested Tom Baker and Jane Smith said: “We are delighted with the outcome.”',
      ['Jane Smith', null, null, null],
    ],
    // Two people, but the second is named in the first one's description.
    [
      '“We are delighted with the outcome,” said Jane Smith, the sister of Tom Baker.',
      ['Jane Smith', null, null, null],
    ],
    // Not a list of speakers: "A and B, C".
    [
      '“We are delighted with the outcome,” said Jane Smith and Ali Khan, Tom Baker.',
      ['Jane Smith', null, null, null],
    ],
    // People named in a clause after one speaker are not speaking with her.
    [
      '“We will act on this,” said Jane Doe, praising John Roe and Tom Baker.',
      ['Jane Doe', null, null, null],
    ],
    [
      '“We will act on this,” said Jane Doe, adding that John Roe and Tom Baker agreed.',
      ['Jane Doe', null, null, null],
    ],
  ])('no joint speakers: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('a title in the plural before two names', () => {
  it.each<[string, unknown[]]>([
    // The title as written is the first one's: it stands directly before that name only.
    ['“This bill matters,” said Reps. Jane Doe and John Roe.', ['Jane Doe', 'Reps.', null, ['John Roe']]],
    ['“This bill matters,” said Sens. Jane Doe and John Roe.', ['Jane Doe', 'Sens.', null, ['John Roe']]],
    ['“The results are clear,” said Drs. Jane Doe and John Roe.', ['Jane Doe', 'Drs.', null, ['John Roe']]],
    [
      '“This bill matters,” said Senators Jane Doe and John Roe.',
      ['Jane Doe', 'Senators', null, ['John Roe']],
    ],
    [
      '“The park will stay open,” said Councillors Aoife Kelly and Tom Baker.',
      ['Aoife Kelly', 'Councillors', null, ['Tom Baker']],
    ],
    [
      '“We welcome the sentence,” said Detective Inspectors Jane Doe and John Roe.',
      ['Jane Doe', 'Detective Inspectors', null, ['John Roe']],
    ],
    [
      '“We welcome the report,” said Chief Constables Jane Doe and John Roe.',
      ['Jane Doe', 'Chief Constables', null, ['John Roe']],
    ],
    [
      '“We will vote against it,” said Labour MPs Jane Doe and John Roe.',
      ['Jane Doe', 'Labour MPs', null, ['John Roe']],
    ],
    ['“They acted quickly,” said PCs Jane Doe and Tom Baker.', ['Jane Doe', 'PCs', null, ['Tom Baker']]],
    ['Reps. Jane Doe and John Roe said: “This bill matters.”', ['Jane Doe', 'Reps.', null, ['John Roe']]],
    [
      '“This bill matters,” said U.S. Reps. Jane Doe of Ohio and John Roe of Texas.',
      ['Jane Doe', 'U.S. Reps.', 'Ohio', ['John Roe']],
    ],
    [
      '“This bill matters,” said Sens. Jane Doe, John Roe and Ann Lee.',
      ['Jane Doe', 'Sens.', null, ['John Roe', 'Ann Lee']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // A title in the singular is no plural for having an "s" ("Mrs").
    ['“We are delighted,” said Mrs Jane Doe and John Roe.', ['Jane Doe', 'Mrs', null, ['John Roe']]],
    // One name only: the plural is no title of hers, and no name either.
    ['“This bill matters,” said Reps. Jane Doe.', ['Jane Doe', null, null, null]],
    [
      '“This bill matters,” said Senators Jane Doe, who chairs the committee.',
      ['Jane Doe', null, 'chairs the committee', null],
    ],
  ])('no plural title: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('names both people in the release, and nobody called after the title', () => {
    const { people } = extractQuotesAndPeople('“This bill matters,” said Reps. Jane Doe and John Roe.')
    expect(people.map((p) => [p.name, p.title, p.mentions.map((m) => m.text)])).toEqual([
      ['Jane Doe', 'Reps.', ['Reps. Jane Doe']],
      ['John Roe', null, ['John Roe']],
    ])
  })
})

describe('an office in lower case before two names', () => {
  it.each<[string, unknown[]]>([
    // The office is the first one's role, as before one name ("said chair Jane Doe").
    ['“We welcome it,” said co-chairs Jane Doe and John Roe.', ['Jane Doe', null, 'co-chairs', ['John Roe']]],
    [
      '“We welcome it,” said co-founders Aoife Kelly and Tom Baker.',
      ['Aoife Kelly', null, 'co-founders', ['Tom Baker']],
    ],
    ['“We welcome it,” said trustees Jane Doe and John Roe.', ['Jane Doe', null, 'trustees', ['John Roe']]],
    [
      '“We welcome it,” said board members Jane Doe and John Roe.',
      ['Jane Doe', null, 'board members', ['John Roe']],
    ],
    [
      '“We welcome it,” said chief executive Jane Doe and John Roe.',
      ['Jane Doe', null, 'chief executive', ['John Roe']],
    ],
    ['“We welcome it,” said co-chair Jane Doe.', ['Jane Doe', null, 'co-chair', null]],
    // The office opening the sentence in capitals, as "Spokeswoman Jane Doe said:" is read.
    [
      'Co-chairs Jane Doe and John Roe said: “We welcome the decision.”',
      ['Jane Doe', null, 'Co-chairs', ['John Roe']],
    ],
    [
      'Trustees Aoife Kelly and Tom Baker said: “We welcome it.”',
      ['Aoife Kelly', null, 'Trustees', ['Tom Baker']],
    ],
    ['Co-founder Jane Doe said: “We welcome the decision.”', ['Jane Doe', null, 'Co-founder', null]],
    // In capitals before the name, a shared chair is a title, as "Chair" is.
    ['“We welcome it,” said Co-Chair Jane Doe.', ['Jane Doe', 'Co-Chair', null, null]],
    ['“We welcome it,” said Co-Chairs Jane Doe and John Roe.', ['Jane Doe', 'Co-Chairs', null, ['John Roe']]],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // A plural before one name is no office of hers.
    ['“We welcome it,” said trustees Jane Doe.', ['Jane Doe', null, null, null]],
  ])('no office: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('the first one’s role, then "and" and the next', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of UK charities', Irish bodies' and US agencies' releases.
    [
      '“This is a good day for renters,” Jane Smith, chair of Shelter, and Tom Baker said.',
      ['Jane Smith', null, 'chair of Shelter', ['Tom Baker']],
    ],
    [
      '“This is a good day for renters,” said Jane Smith, chair of Shelter, and Tom Baker.',
      ['Jane Smith', null, 'chair of Shelter', ['Tom Baker']],
    ],
    [
      'Jane Smith, chair of Shelter, and Tom Baker said: “This is a good day for renters.”',
      ['Jane Smith', null, 'chair of Shelter', ['Tom Baker']],
    ],
    [
      '“We welcome the decision,” Jane Smith, chief executive of the Law Society of Ireland, and Tom Baker said in a joint statement.',
      ['Jane Smith', null, 'chief executive of the Law Society of Ireland', ['Tom Baker']],
    ],
    [
      '“We welcome the decision,” said Jane Smith, of Shelter, and Tom Baker.',
      ['Jane Smith', null, 'Shelter', ['Tom Baker']],
    ],
    [
      '“We welcome the decision,” Jane Smith, Shelter’s chair, and Tom Baker, its treasurer, said.',
      ['Jane Smith', null, 'Shelter’s chair', ['Tom Baker']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // The second one's office in capitals, as US agencies write it: the first one's role stops before "and".
    [
      '“We will not tolerate this,” said Jane Doe, Special Agent in Charge of the FBI’s Boston Field Office, and Tom Baker, U.S. Attorney for the District of Massachusetts.',
      ['Jane Doe', null, 'Special Agent in Charge of the FBI’s Boston Field Office'],
    ],
    [
      'Jane Doe, Director of the State Police, and Tom Baker, Chief Executive of the Acme Trust, said: “We will not tolerate this.”',
      ['Jane Doe', null, 'Director of the State Police'],
    ],
    // After "and", a body's name in a remit's list: the role goes on.
    [
      '“We act,” said Jane Doe, Secretary of Environment, Food, and Rural Affairs, Department of Agriculture.',
      ['Jane Doe', null, 'Secretary of Environment, Food, and Rural Affairs, Department of Agriculture'],
    ],
    [
      '“We act,” said Jane Doe, Director of Policy, Research and Development Office, Acme Trust.',
      ['Jane Doe', null, 'Director of Policy, Research and Development Office, Acme Trust'],
    ],
  ])('ends the first one’s role before a second name and office in capitals: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // A remit's list closed by "and" and two words in capitals: the role goes on.
    [
      '“We welcome the decision,” said Jane Smith, Secretary of State for Environment, Food, and Rural Affairs.',
      ['Jane Smith', null, 'Secretary of State for Environment, Food, and Rural Affairs', null],
    ],
    [
      '“We welcome the decision,” said Jane Smith, a partner at Smith, Jones, and Baker.',
      ['Jane Smith', null, 'partner at Smith, Jones, and Baker', null],
    ],
    // A body's name that holds "and": one role, no one else.
    [
      '“We welcome the decision,” said Jane Smith, chair of the Smith and Baker Trust.',
      ['Jane Smith', null, 'chair of the Smith and Baker Trust', null],
    ],
    // Words after the role that name no one else speaking.
    [
      '“We welcome the decision,” said Jane Smith, who thanked the volunteers, and Tom Baker.',
      ['Jane Smith', null, null, null],
    ],
  ])('no one speaking with her: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('surnames speaking together', () => {
  it.each<[string, unknown[] | null]>([
    // Both named in full before: those people, with the title and role of their first mention.
    [
      'Jane Smith is chair of Shelter. Tom Baker is its treasurer.\n\n“This is a good day for renters,” Smith and Baker said.',
      ['Jane Smith', null, 'chair of Shelter', ['Tom Baker']],
    ],
    [
      'Shelter chair Jane Smith and treasurer Tom Baker visited the site.\n\n“This is a good day for renters,” said Smith and Baker.',
      ['Jane Smith', 'Shelter chair', null, ['Tom Baker']],
    ],
    [
      'Detective Inspector Jane Smith led the inquiry with Sergeant Tom Baker.\n\nSmith and Baker said: “We thank the public for their help.”',
      ['Jane Smith', 'Detective Inspector', null, ['Tom Baker']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[] | null]>([
    // Neither named before: no one rather than two surnames.
    ['“This is a good day for renters,” Smith and Baker said.', null],
    // Only one named before: no pair that may be wrong.
    ['Jane Smith is chair of Shelter.\n\n“This is a good day for renters,” Smith and Baker said.', null],
    // A place of a body's name and a person named before: neither a pair of bodies nor of people.
    ['Kent Police worked with Inspector Tom Baker.\n\n“We found nothing,” Kent and Baker said.', null],
  ])('no speaker: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('people speaking together among the release’s people', () => {
  const people = (input: string) => {
    const { quotes, people } = extractQuotesAndPeople(input)
    return {
      speaker: quotes[0]?.speaker?.personId ?? null,
      coSpeakers: quotes[0]?.speaker?.coSpeakers ?? null,
      people: people.map((p) => [p.id, p.name, p.title, p.role, p.mentions.map((m) => m.text)]),
    }
  }

  it('lists each person speaking with the speaker, with their mentions', () => {
    expect(
      people(
        '“We are delighted with the outcome,” said Detective Inspector Jane Smith and Sergeant Tom Baker.',
      ),
    ).toEqual({
      speaker: 'p1',
      coSpeakers: ['Tom Baker'],
      people: [
        ['p1', 'Jane Smith', 'Detective Inspector', null, ['Detective Inspector Jane Smith']],
        ['p2', 'Tom Baker', 'Sergeant', null, ['Sergeant Tom Baker']],
      ],
    })
    expect(
      people('“This is a good day for renters,” Jane Smith, chair of Shelter, and Tom Baker said.'),
    ).toEqual({
      speaker: 'p1',
      coSpeakers: ['Tom Baker'],
      people: [
        ['p1', 'Jane Smith', null, 'chair of Shelter', ['Jane Smith']],
        ['p2', 'Tom Baker', null, null, ['Tom Baker']],
      ],
    })
    expect(
      people(
        'Jane Smith and Tom Baker founded the charity.\n\n“We are delighted,” Smith and Baker said.\n\n“It took ten years,” Baker added.',
      ).people,
    ).toEqual([
      ['p1', 'Jane Smith', null, null, ['Jane Smith', 'Smith']],
      ['p2', 'Tom Baker', null, null, ['Tom Baker', 'Baker', 'Baker']],
    ])
  })

  it('lists no one for a body speaking with a body, nor for words that name no one', () => {
    expect(people('“We are delighted with the outcome,” the FBI and the DEA said.').people).toEqual([
      ['p1', 'FBI', null, null, ['FBI']],
    ])
    expect(people('“We are delighted with the outcome,” Jane Smith and her team said.').people).toEqual([
      ['p1', 'Jane Smith', null, null, ['Jane Smith']],
    ])
  })
})

// Written in the style of US state legislatures' and Congress members' releases.
describe('members named with their party and state between commas', () => {
  it.each<[string, unknown[]]>([
    [
      '“This bill matters,” Reps. Jane Doe, D-Riverton, and John Roe, R-Texas, said.',
      ['Jane Doe', 'Reps.', null, ['John Roe']],
    ],
    [
      'Sens. Jane Doe, D-Ohio, and John Roe, R-Texas, said: “This bill matters.”',
      ['Jane Doe', 'Sens.', null, ['John Roe']],
    ],
    [
      '“This bill matters,” said Reps. Jane Doe, D-Riverton, Amy Poe, I-Maine, and John Roe, R-Texas.',
      ['Jane Doe', 'Reps.', null, ['Amy Poe', 'John Roe']],
    ],
  ])('are joint speakers: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // One member: the tag says where from, and the role after it stays.
    ['Sen. Jane Doe, R-Iowa, said: “This bill matters.”', ['Jane Doe', 'Sen.', null, null]],
    [
      'Sen. Jane Doe, R-Iowa, chair of the committee, said: “This bill matters.”',
      ['Jane Doe', 'Sen.', 'chair of the committee', null],
    ],
    [
      '“This bill matters,” said Sen. Jane Doe, R-Iowa, and added that John Roe agreed.',
      ['Jane Doe', 'Sen.', null, null],
    ],
  ])('near miss: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('three or more people listed with a comma before "and"', () => {
  it.each<[string, unknown[]]>([
    [
      '“We are delighted,” said Jane Smith, Ali Khan, and Tom Baker.',
      ['Jane Smith', null, null, ['Ali Khan', 'Tom Baker']],
    ],
    [
      'Tom Baker, Mark Morgan, and Ali Khan said: “We are delighted.”',
      ['Tom Baker', null, null, ['Mark Morgan', 'Ali Khan']],
    ],
    // A surname that is an office's word is a name in such a list, not the first one's office.
    [
      '“We are delighted,” Tom Baker, Jane Speaker, and Ali Khan said.',
      ['Tom Baker', null, null, ['Jane Speaker', 'Ali Khan']],
    ],
  ])('are joint speakers: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // Two names and a comma before "and": a clause of its own, not a list.
    ['“We are delighted,” said Jane Smith, and Tom Baker agreed.', ['Jane Smith', null, null, null]],
    // An office in apposition after the name stays its role.
    ['“We are delighted,” said Amy Poe, House Speaker.', ['Amy Poe', null, 'House Speaker', null]],
  ])('near miss: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('two people opening the clause with a comma before "and"', () => {
  it.each<[string, unknown[]]>([
    ['Jane Doe, and Tom Baker said: “We are ready.”', ['Jane Doe', null, null, ['Tom Baker']]],
    [
      'The fire was put out. Jane Doe, and Tom Baker said: “We are ready.”',
      ['Jane Doe', null, null, ['Tom Baker']],
    ],
    ['“We are ready,” Jane Doe, and Tom Baker said.', ['Jane Doe', null, null, ['Tom Baker']]],
  ])('are joint speakers: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // The first name is an object, or the subject of a cue before the comma: the second speaks alone.
    [
      'Police named the victim as Jane Doe, and Tom Baker said: “We are ready.”',
      ['Tom Baker', null, null, null],
    ],
    ['Thanks to Jane Doe, and Tom Baker said: “We are ready.”', ['Tom Baker', null, null, null]],
  ])('near miss: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('gives the second quote to the subject of the clause after the comma and "and"', () => {
    const quotes = extractQuotes('“We are ready,” said Jane Doe, and Tom Baker added: “We are set.”')
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.coSpeakers ?? null])).toEqual([
      ['Jane Doe', null],
      ['Tom Baker', null],
    ])
  })

  it('reads a long list in linear time', () => {
    const started = Date.now()
    const input = `${'Jane Doe, and '.repeat(300)}Tom Baker said: “We care.”`
    expect(extractQuotes(input)[0]?.text).toBe('We care.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('two people, each with an apposition', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of US agencies', councils' and courts' releases.
    [
      'Jane Doe, the Director of the FBI, and John Roe, the Director of the DEA, said: “We will act.”',
      ['Jane Doe', null, 'Director of the FBI', ['John Roe']],
    ],
    [
      '“We will act,” said Jane Doe, the Director of the FBI, and John Roe, the Director of the DEA.',
      ['Jane Doe', null, 'Director of the FBI', ['John Roe']],
    ],
    [
      'Jane Doe, the council leader, and John Roe, the deputy leader, said in a joint statement: “We will act.”',
      ['Jane Doe', null, 'council leader', ['John Roe']],
    ],
    [
      'Jane Doe, chief executive of Acme, and John Roe, chair of the trust, said: “We will act.”',
      ['Jane Doe', null, 'chief executive of Acme', ['John Roe']],
    ],
    ['Jane Doe, 45, and John Roe, 52, said: “We will act.”', ['Jane Doe', null, null, ['John Roe']]],
  ])('both speak: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('gives the second one their own role', () => {
    const { people } = extractQuotesAndPeople(
      '“We will act,” said Jane Doe, the Director of the FBI, and John Roe, the Director of the DEA.',
    )
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Jane Doe', 'Director of the FBI'],
      ['John Roe', 'Director of the DEA'],
    ])
  })

  it.each<[string, unknown[] | null]>([
    // People listed with their ages who are not the subject of the cue.
    [
      'Jane Doe, 45, and John Roe, 52, were arrested. “We will act,” said Tom Baker.',
      ['Tom Baker', null, null, null],
    ],
    // The object of an opening phrase, then the subject and its cue.
    ['Referring to Tom Baker, the judge said: “You showed no remorse.”', null],
  ])('near miss, read as before: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('two people, each with an office and its remit before the name', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of Irish, Australian and New Zealand government releases.
    [
      'Minister for Health Jane Doe and Minister for Justice John Roe said: “We will act.”',
      ['Jane Doe', 'Minister for Health', 'Minister for Health', ['John Roe']],
    ],
    [
      '“We will act,” said Minister for Health Jane Doe and Minister for Justice John Roe.',
      ['Jane Doe', 'Minister for Health', 'Minister for Health', ['John Roe']],
    ],
  ])('both speak: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('gives the second one their own office', () => {
    const { people } = extractQuotesAndPeople(
      'Minister for Health Jane Doe and Minister for Justice John Roe said: “We will act.”',
    )
    expect(people.map((p) => [p.name, p.title, p.role])).toEqual([
      ['Jane Doe', 'Minister for Health', 'Minister for Health'],
      ['John Roe', 'Minister for Justice', 'Minister for Justice'],
    ])
  })

  it.each<[string, unknown[]]>([
    // Offices whose remit, or two offices of one person, "and" joins.
    [
      'Deputy Premier and Minister for Health Jane Doe said: “We will act.”',
      ['Jane Doe', 'Deputy Premier and Minister for Health', 'Deputy Premier and Minister for Health', null],
    ],
    [
      'Minister for Jobs and Enterprise Jane Doe said: “We will act.”',
      ['Jane Doe', 'Minister for Jobs and Enterprise', 'Minister for Jobs and Enterprise', null],
    ],
    [
      'Police and Crime Commissioner Jane Doe said: “We will act.”',
      ['Jane Doe', 'Police and Crime Commissioner', null, null],
    ],
  ])('near miss, one person: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('two people, then an apposition in the plural about both', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of charity, company and police releases.
    [
      'Jane Doe and John Roe, co-founders of the charity, said: “We will act.”',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      '“We will act,” said Jane Doe and John Roe, co-founders of the charity.',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      'Jane Doe and John Roe, both directors at the firm, said: “We will act.”',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      'Jane Doe and John Roe, residents of the street, said: “We will act.”',
      ['Jane Doe', null, null, ['John Roe']],
    ],
  ])('both speak: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // Someone else named in a clause after the pair is no speaker.
    [
      '“We will act on this,” said Jane Doe and John Roe, adding that Tom Baker would lead the review.',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    // One name with its body after it is one speaker.
    ['“We will act,” said Jane Doe of Kent Police.', ['Jane Doe', null, 'Kent Police', null]],
  ])('near miss, read as before: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('a noun phrase, then two people in apposition', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of police, charity and family statements.
    ['Her parents, Jane Doe and John Roe, said: “We will act.”', ['Jane Doe', null, null, ['John Roe']]],
    [
      'The charity’s founders, Jane Doe and John Roe, said in a statement: “We will act.”',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      'The two officers, PC Jane Doe and PC John Roe, said: “We will act.”',
      ['Jane Doe', 'PC', null, ['John Roe']],
    ],
  ])('both speak: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('near miss: one person in apposition speaks alone', () => {
    expect(speaker('His mother, Jane Smith, said: “We will act.”')).toEqual(['Jane Smith', null, null, null])
  })
})

describe('people listed with semicolons between entries that hold commas', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of US agencies', UK police and charities' joint statements.
    [
      '“We will not rest until this is done,” said Jane Doe, the Director of the FBI; John Roe, the Attorney General; and Amy Poe, the Mayor.',
      ['Jane Doe', null, 'Director of the FBI', ['John Roe', 'Amy Poe']],
    ],
    [
      '“We will act,” said Detective Inspector Jane Doe, of Kent Police; Sergeant John Roe, of Essex Police; and Inspector Amy Poe, of Surrey Police.',
      ['Jane Doe', 'Detective Inspector', 'Kent Police', ['John Roe', 'Amy Poe']],
    ],
    [
      'Jane Doe, chief executive of Shelter; John Roe, chair of Crisis; and Amy Poe, director of Refuge, said in a joint statement: “We will act.”',
      ['Jane Doe', null, 'chief executive of Shelter', ['John Roe', 'Amy Poe']],
    ],
    [
      'Jane Doe, the Mayor; John Roe, the Sheriff; and Amy Poe, the Clerk, said: “We will act.”',
      ['Jane Doe', null, 'Mayor', ['John Roe', 'Amy Poe']],
    ],
    // The last entry's office of two words closes no name of one word ("General").
    [
      '“We will not rest until this is done,” said Jane Doe, the Mayor; and John Roe, the Attorney General.',
      ['Jane Doe', null, 'Mayor', ['John Roe']],
    ],
    [
      'Governor Jane Doe; and John Roe, the Surgeon General, said in a joint statement: “We will act.”',
      ['Jane Doe', 'Governor', null, ['John Roe']],
    ],
    [
      '“We will act,” said Jane Doe, the Governor, and John Roe, the Solicitor General.',
      ['Jane Doe', null, 'Governor', ['John Roe']],
    ],
  ])('all speak: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // A semicolon that opens a clause of its own ends the speaker's phrase.
    [
      '“We will act,” said Jane Doe, the Mayor; John Roe was not available for comment.',
      ['Jane Doe', null, 'Mayor', null],
    ],
    [
      '“We will act,” said Jane Doe, the Mayor; Kent Police later confirmed the plan.',
      ['Jane Doe', null, 'Mayor', null],
    ],
    [
      '“We will act,” said Jane Doe, the Mayor; and John Roe, the Sheriff, agreed.',
      ['Jane Doe', null, 'Mayor', null],
    ],
    // Commas and a semicolon mixed make no one list.
    ['“We will act,” said Jane Doe, John Roe; Amy Poe and Tom Baker.', ['Jane Doe', null, null, null]],
    // An office of two words with the name of its holder after it keeps the name.
    [
      '“We will act,” said Jane Doe, the Mayor; and Attorney General John Roe.',
      ['Jane Doe', null, 'Mayor', ['John Roe']],
    ],
    // A list with commas reads as before.
    [
      'Jane Doe, the Director of the FBI, John Roe, the Attorney General, and Amy Poe said: “We will act.”',
      ['Jane Doe', null, 'Director of the FBI', ['John Roe', 'Amy Poe']],
    ],
  ])('near miss: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('people in a list with their ages, or after a noun phrase in apposition', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of police appeals and family tributes.
    ['“We are delighted,” said Jane Doe, 45, and John Roe, 52.', ['Jane Doe', null, null, ['John Roe']]],
    ['Jane Doe, 45, and John Roe said: “We are delighted.”', ['Jane Doe', null, null, ['John Roe']]],
    [
      '“We will act,” said Jane Doe, 45; John Roe, 52; and Amy Poe, 38.',
      ['Jane Doe', null, null, ['John Roe', 'Amy Poe']],
    ],
    [
      'Her mother, Jane Doe, and John Roe said: “He was a loving son.”',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      '“He was a loving son,” said his mother, Jane Doe, and John Roe.',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      'The victims, Jane Doe, 45, and John Roe, 52, said: “We will act.”',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    // The last entry with a noun phrase in apposition before its name.
    [
      'Jane Doe, 45, and her husband, John Roe, 52, said: “We are devastated.”',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      '“We are devastated,” said Jane Doe, 45, and her husband, John Roe, 52.',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      'Jane Doe and her husband, John Roe, said: “We are devastated.”',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    // A relation right before the last name, with no comma.
    ['Jane Doe and her husband John Roe said: “We are devastated.”', ['Jane Doe', null, null, ['John Roe']]],
    [
      '“We are devastated,” said Jane Doe, 45, and her husband John Roe, 52.',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    // Both entries so, the first after its noun phrase.
    [
      'Her son, Tom Baker, and his wife, Amy Poe, said: “He was a loving father.”',
      ['Tom Baker', null, null, ['Amy Poe']],
    ],
    [
      '“He was a loving son,” said his mother, Jane Doe, and his father, John Roe.',
      ['Jane Doe', null, null, ['John Roe']],
    ],
  ])('all speak: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    ['“We will act,” said Jane Doe, 45, and added that John Roe agreed.', ['Jane Doe', null, null, null]],
    ['Her mother, Jane Doe, said: “We will act.”', ['Jane Doe', null, null, null]],
    [
      'Officers arrested Jane Doe, 45, and John Roe, 52. DI Amy Poe said: “We will act.”',
      ['Amy Poe', 'DI', null, null],
    ],
    // The object of a preposition opens no apposition: the name after it opens the clause.
    ['After the hearing, Jane Doe said: “We will act.”', ['Jane Doe', null, null, null]],
    // A noun phrase with no name after it, or a clause of its own after the cue, lists no one.
    [
      'Jane Doe, 45, and her husband, who did not wish to be named, said: “We are devastated.”',
      ['Jane Doe', null, null, null],
    ],
    [
      '“We are devastated,” said Jane Doe, and her husband, John Roe, agreed.',
      ['Jane Doe', null, null, null],
    ],
    // A description that is no relation, with no comma, is the second one's office.
    [
      'Jane Doe and her colleague John Roe were at the scene. Inspector Amy Poe said: “We will act.”',
      ['Amy Poe', 'Inspector', null, null],
    ],
  ])('near miss: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('"they" after people named as speaking together', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of charity, council and family statements.
    [
      'Jane Smith and Tom Baker said: “We are delighted.”\n\n“We will keep going,” they added.',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
    [
      'Jane Smith and Tom Baker said the charity would grow. “We are delighted with the support,” they said.',
      ['Jane Smith', null, null, ['Tom Baker']],
    ],
    [
      'Councillor Jane Smith and Councillor Tom Baker issued a joint statement. “We will act on this,” they said.',
      ['Jane Smith', 'Councillor', null, ['Tom Baker']],
    ],
  ])('are those people: %s', (input, expected) => {
    const last = extractQuotes(input).at(-1)?.speaker
    expect(last ? [last.name, last.title, last.role, last.coSpeakers ?? null] : null).toEqual(expected)
  })

  it.each<[string, unknown]>([
    // Someone else named since, or people named together who are not said to speak.
    [
      'Jane Smith and Tom Baker said: “We are delighted.” Inspector Amy Poe said: “We will act.” “We will keep going,” they added.',
      null,
    ],
    [
      'Jane Smith and Tom Baker said: “We are delighted.” Kent Police said: “We will act.” “We will keep going,” they added.',
      'Kent Police',
    ],
    ['Officers arrested Jane Smith and Tom Baker. “We will keep going,” they said.', null],
  ])('near miss: %s', (input, expected) => {
    expect(extractQuotes(input).at(-1)?.speaker?.name ?? null).toEqual(expected)
  })
})

describe('"he" or "she" after people named as speaking together', () => {
  const last = (input: string) => extractQuotes(input).at(-1)?.speaker?.name ?? null

  it.each<[string, string | null]>([
    // The text shows which one is "she": an honorific, not the one named last.
    [
      'Mrs Jane Smith and Tom Baker said: “We are delighted.”\n\nShe added: “We will keep going.”',
      'Jane Smith',
    ],
    [
      '“We are delighted,” said Ms Jane Smith and Dr Tom Baker. “We will keep going,” she added.',
      'Jane Smith',
    ],
    // Nothing tells them apart: no speaker rather than the one named last.
    ['Jane Smith and Tom Baker said: “We are delighted.”\n\nShe added: “We will keep going.”', null],
    ['Jane Smith and Tom Baker said: “We are delighted.”\n\nHe added: “We will keep going.”', null],
    ['Mrs Jane Smith and Mrs Amy Poe said: “We are delighted.”\n\nShe added: “We will keep going.”', null],
  ])('is the one the text shows: %s', (input, expected) => {
    expect(last(input)).toBe(expected)
  })

  it.each<[string, string | null]>([
    // The one named last when the text shows it is them; one person alone; someone named since.
    [
      'Mrs Jane Smith and Tom Baker said: “We are delighted.”\n\nHe added: “We will keep going.”',
      'Tom Baker',
    ],
    [
      'Mrs Jane Smith and Mr Tom Baker said: “We are delighted.”\n\nShe added: “We will keep going.”',
      'Jane Smith',
    ],
    ['Jane Smith said: “We are delighted.”\n\nShe added: “We will keep going.”', 'Jane Smith'],
    [
      'Jane Smith and Tom Baker said: “We are delighted.”\n\nInspector Amy Poe said: “We will act.”\n\nShe added: “Soon.”',
      'Amy Poe',
    ],
  ])('near miss: %s', (input, expected) => {
    expect(last(input)).toBe(expected)
  })
})

describe('a titled person after an untitled one, joined by "and"', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of council, police and health board releases.
    [
      '“We will keep working together,” said Tom Baker and Chief Constable Jane Banks.',
      ['Tom Baker', null, null, ['Jane Banks']],
    ],
    [
      'Tom Baker and Chief Constable Jane Banks said: “We will keep working together.”',
      ['Tom Baker', null, null, ['Jane Banks']],
    ],
    [
      '“The new ward opens next week,” said Amy Poe and Dr Ravi Shah.',
      ['Amy Poe', null, null, ['Ravi Shah']],
    ],
    [
      '“Crime is falling,” said council leader Tom Baker and Police and Crime Commissioner Jane Banks.',
      ['Tom Baker', null, 'council leader', ['Jane Banks']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('a list of three people whose middle or last surname is a body’s word in the plural', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of charity, school and council releases.
    [
      'Paul Mills, Harry Courts and Ann Lee said: “We are proud of the team.”',
      ['Paul Mills', null, null, ['Harry Courts', 'Ann Lee']],
    ],
    [
      '“We are proud of the team,” said Paul Mills, Harry Courts and Ann Lee.',
      ['Paul Mills', null, null, ['Harry Courts', 'Ann Lee']],
    ],
    [
      'Ann Lee, Paul Mills and Harry Courts said in a joint statement: “We are proud of the team.”',
      ['Ann Lee', null, null, ['Paul Mills', 'Harry Courts']],
    ],
    [
      '“The garden is open to all,” said Jo Li, Sam Banks, and Ella Courts.',
      ['Jo Li', null, null, ['Sam Banks', 'Ella Courts']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // One name in apposition is still a role: no list there.
    [
      'Paul Mills, Harry Courts, said: “We are proud of the team.”',
      ['Paul Mills', null, 'Harry Courts', null],
    ],
    // A body's name after "and" closes no list of people.
    [
      'Jane Doe, Leeds Courts and Tribunals Service said: “We are proud.”',
      ['Jane Doe', null, 'Leeds Courts and Tribunals Service', null],
    ],
    [
      'Paul Mills, Kent Police and Ann Lee said: “We are proud of the team.”',
      ['Paul Mills', null, 'Kent Police and Ann Lee', null],
    ],
  ])('keeps its reading: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long run of such entries in linear time', () => {
    const input = `${'Paul Mills, Harry Courts and '.repeat(400)}Ann Lee said: “We are proud.”`
    const started = Date.now()
    expect(extractQuotes(input)[0]?.text).toBe('We are proud.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a person with an office and its remit in apposition, then ", and" and a second person', () => {
  it.each<[string, unknown[]]>([
    // Written in the style of council and health board releases.
    [
      'Jane Doe, Director of Public Health, and Tom Baker said: “We urge everyone to get vaccinated.”',
      ['Jane Doe', null, 'Director of Public Health', ['Tom Baker']],
    ],
    [
      '“We urge everyone to get vaccinated,” said Jane Doe, Director of Public Health, and Tom Baker.',
      ['Jane Doe', null, 'Director of Public Health', ['Tom Baker']],
    ],
    [
      'Amy Poe, Minister for Health, and Ravi Shah said in a joint statement: “The ward will open.”',
      ['Amy Poe', null, 'Minister for Health', ['Ravi Shah']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // A remit that is a list closed by ", and" is one office.
    [
      'Secretary of State for Environment, Food, and Rural Affairs Jane Doe said: “We care.”',
      [
        'Jane Doe',
        'Secretary of State for Environment, Food, and Rural Affairs',
        'Secretary of State for Environment, Food, and Rural Affairs',
        null,
      ],
    ],
    [
      'Jane Doe, Secretary of State for Environment, Food, and Rural Affairs, said: “We care.”',
      ['Jane Doe', null, 'Secretary of State for Environment, Food, and Rural Affairs', null],
    ],
  ])('keeps its reading: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long run of such entries in linear time', () => {
    const input = `${'Jane Doe, Director of Public Health, and '.repeat(300)}Tom Baker said: “We care.”`
    const started = Date.now()
    expect(extractQuotes(input)[0]?.text).toBe('We care.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a person with an office and its field each set off by commas, then ", and" and a second person', () => {
  it.each<[string, unknown[]]>([
    [
      'Jane Doe, Director, Public Health, and Tom Baker, Head of Housing, said: “We are ready.”',
      ['Jane Doe', null, 'Director, Public Health', ['Tom Baker']],
    ],
    [
      '“We are ready,” said Jane Doe, Director, Public Health, and Tom Baker, Head of Housing.',
      ['Jane Doe', null, 'Director, Public Health', ['Tom Baker']],
    ],
    [
      'Jane Doe, Director, Research and Innovation, and Ali Khan, Head of Policy, said: “We are ready.”',
      ['Jane Doe', null, 'Director, Research and Innovation', ['Ali Khan']],
    ],
    [
      'Sam Reed, Head of Service, Adult Social Care, and Amy Poe, Head of Housing, said: “Help is here.”',
      ['Sam Reed', null, 'Head of Service, Adult Social Care', ['Amy Poe']],
    ],
    // The second person's name closes the phrase, with no role of their own.
    [
      'Jane Doe, Head, Corporate Affairs, and Tom Baker said: “We are ready.”',
      ['Jane Doe', null, 'Head, Corporate Affairs', ['Tom Baker']],
    ],
    [
      '“We are ready,” said Jane Doe, Head, Corporate Affairs, and Tom Baker.',
      ['Jane Doe', null, 'Head, Corporate Affairs', ['Tom Baker']],
    ],
    [
      'Jane Doe, Director, Public Health, and Tom Baker said: “We are ready.”',
      ['Jane Doe', null, 'Director, Public Health', ['Tom Baker']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    [
      'Jane Doe, Director, Public Health, said: “We are ready.”',
      ['Jane Doe', null, 'Director, Public Health', null],
    ],
    [
      'Jane Doe, Head, Corporate Affairs, said: “We are ready.”',
      ['Jane Doe', null, 'Head, Corporate Affairs', null],
    ],
    // A remit's list closed by ", and" is one office.
    [
      'Jane Doe, Minister for Children, Equality, and Disability said: “We care.”',
      ['Jane Doe', null, 'Minister for Children, Equality, and Disability', null],
    ],
    [
      '“We care,” said Jane Doe, Secretary of State for Environment, Food, and Rural Affairs.',
      ['Jane Doe', null, 'Secretary of State for Environment, Food, and Rural Affairs', null],
    ],
    // A name after the office's comma is a second person, not a field.
    [
      'Jane Doe, Director, Tom Baker, and Ali Khan said: “We are ready.”',
      ['Jane Doe', null, 'Director', ['Tom Baker', 'Ali Khan']],
    ],
    [
      'The Director, Research and Innovation, Tom Baker, said: “We are ready to help.”',
      ['Tom Baker', null, 'Director, Research and Innovation', null],
    ],
  ])('keeps its reading: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long run of such entries in linear time', () => {
    const input = `${'Jane Doe, Director, Public Health, and '.repeat(300)}Tom Baker said: “We care.”`
    expect(extractQuotes(input)[0]?.text).toBe('We care.')
  })
})

describe('a person with an office and its field set off by commas, then "and" and a name with no comma', () => {
  it.each([
    [
      'Jane Doe, Director, Public Health and Tom Baker said: “We are ready.”',
      ['Jane Doe', null, 'Director, Public Health', ['Tom Baker']],
    ],
    [
      '“We are ready,” said Jane Doe, Director, Public Health and Tom Baker.',
      ['Jane Doe', null, 'Director, Public Health', ['Tom Baker']],
    ],
    [
      'Jane Doe, Head, Corporate Affairs and Tom Baker said: “We are ready.”',
      ['Jane Doe', null, 'Head, Corporate Affairs', ['Tom Baker']],
    ],
    [
      'Jane Doe, Head, Policy and Tom Baker added: “We are ready.”',
      ['Jane Doe', null, 'Head, Policy', ['Tom Baker']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each([
    // A field's name of two words after "and" is the office's, no second person.
    [
      'Jane Doe, Director, Food and Rural Affairs said: “We are ready.”',
      ['Jane Doe', null, 'Director, Food and Rural Affairs', null],
    ],
    [
      '“We are ready,” said Jane Doe, Director, Health and Social Care.',
      ['Jane Doe', null, 'Director, Health and Social Care', null],
    ],
    [
      'Jane Doe, Director, Adult Social Care and Public Health said: “We are ready.”',
      ['Jane Doe', null, 'Director, Adult Social Care and Public Health', null],
    ],
    [
      'Jane Doe, Director, Housing and Human Resources said: “We are ready.”',
      ['Jane Doe', null, 'Director, Housing and Human Resources', null],
    ],
    [
      'Jane Doe, Head, Research and Data Science said: “We are ready.”',
      ['Jane Doe', null, 'Head, Research and Data Science', null],
    ],
    [
      '“We are ready,” said Jane Doe, Director, Strategy and Risk Management.',
      ['Jane Doe', null, 'Director, Strategy and Risk Management', null],
    ],
    // A body's name, unknown as such, is read as before.
    [
      'Jane Doe, chief executive, Acme and Tom Baker said: “We are ready.”',
      ['Jane Doe', null, 'chief executive, Acme and Tom Baker', null],
    ],
  ])('reads no second person: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long run of such entries in linear time', () => {
    const started = Date.now()
    const input = `${'Jane Doe, Director, Public Health and '.repeat(300)}Tom Baker said: “We care.”`
    expect(extractQuotes(input)[0]?.text).toBe('We care.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a person with an office and its remit after "of" or "for", then "and" and a name with no comma', () => {
  it.each([
    [
      'Jane Doe, Director of Public Health and Tom Baker said: “We are ready.”',
      ['Jane Doe', null, 'Director of Public Health', ['Tom Baker']],
    ],
    [
      '“We are ready,” said Jane Doe, Director of Public Health and Tom Baker.',
      ['Jane Doe', null, 'Director of Public Health', ['Tom Baker']],
    ],
    [
      'Jane Doe, head of Public Health and Tom Baker added: “We are ready.”',
      ['Jane Doe', null, 'head of Public Health', ['Tom Baker']],
    ],
    [
      'Jane Doe, Director of Finance and Tom Baker said: “We are ready.”',
      ['Jane Doe', null, 'Director of Finance', ['Tom Baker']],
    ],
    // A cue with its listener after it.
    [
      'Jane Doe, Director of Public Health and Tom Baker told reporters: “We are ready.”',
      ['Jane Doe', null, 'Director of Public Health', ['Tom Baker']],
    ],
    // An honorific opens the second name.
    [
      'Jane Doe, Director of Public Health and Dr Tom Baker said: “We are ready.”',
      ['Jane Doe', null, 'Director of Public Health', ['Tom Baker']],
    ],
    [
      'Jane Doe, Director, Public Health and Dr Tom Baker said: “We are ready.”',
      ['Jane Doe', null, 'Director, Public Health', ['Tom Baker']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each([
    // A field's name of two words after "and" is the remit's, no second person.
    [
      'Jane Doe, head of Research and Data Science said: “We are ready.”',
      ['Jane Doe', null, 'head of Research and Data Science', null],
    ],
    [
      'Jane Doe, head of Research and Data Science, said: “We are ready.”',
      ['Jane Doe', null, 'head of Research and Data Science', null],
    ],
    [
      'Jane Doe, Director of Planning and Transport said: “We are ready.”',
      ['Jane Doe', null, 'Director of Planning and Transport', null],
    ],
    [
      'Jane Doe, Director of Environment and Rural Affairs said: “We are ready.”',
      ['Jane Doe', null, 'Director of Environment and Rural Affairs', null],
    ],
    [
      'Jane Doe, Professor of Law and Human Rights said: “We are ready.”',
      ['Jane Doe', null, 'Professor of Law and Human Rights', null],
    ],
    [
      'Jane Doe, Commissioner for Children and Young People said: “We are ready.”',
      ['Jane Doe', null, 'Commissioner for Children and Young People', null],
    ],
    [
      'Jane Doe, Minister for Housing and Local Government said: “We are ready.”',
      ['Jane Doe', null, 'Minister for Housing and Local Government', null],
    ],
    [
      'Jane Doe, Chief Executive of Marks and Spencer said: “We are ready.”',
      ['Jane Doe', null, 'Chief Executive of Marks and Spencer', null],
    ],
  ])('reads no second person: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long run of such entries in linear time', () => {
    const started = Date.now()
    const input = `${'Jane Doe, Director of Public Health and '.repeat(300)}Tom Baker said: “We care.”`
    expect(extractQuotes(input)[0]?.text).toBe('We care.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a person with a relative clause closed by a comma, then ", and" and a second person', () => {
  it.each<[string, unknown[]]>([
    [
      'Jane Doe, who chairs the board, and John Roe said: “We will not stop.”',
      ['Jane Doe', null, 'chairs the board', ['John Roe']],
    ],
    [
      'Jane Doe, who leads the team, and John Roe said: “We will not stop.”',
      ['Jane Doe', null, 'leads the team', ['John Roe']],
    ],
    [
      'Jane Doe, who is head of the unit, and John Roe said: “We will not stop.”',
      ['Jane Doe', null, 'head of the unit', ['John Roe']],
    ],
    [
      'Jane Doe, who also chairs the board, and John Roe said: “We will not stop.”',
      ['Jane Doe', null, 'chairs the board', ['John Roe']],
    ],
    [
      '“We will not stop,” said Jane Doe, who leads the team, and Detective Sergeant John Roe.',
      ['Jane Doe', null, 'leads the team', ['John Roe']],
    ],
    // A clause that names no role is left out all the same when its object is a thing made or run.
    [
      'Jane Doe, who founded the charity, and John Roe said: “We will not stop.”',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      '“We will not stop,” said Jane Doe, who founded the charity, and John Roe.',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      'Jane Doe, who has run the shop since 2010, and Dr John Roe said: “We will not stop.”',
      ['Jane Doe', null, null, ['John Roe']],
    ],
    [
      'Jane Doe, who founded the charity, and John Roe, who chairs it, said: “We will not stop.”',
      ['Jane Doe', null, null, ['John Roe']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // A name inside the clause is whom it is about, not a second speaker.
    ['Jane Doe, who thanked John Roe, said: “We will not stop.”', ['Jane Doe', null, null, null]],
    ['Jane Doe, who works with John Roe, said: “We will not stop.”', ['Jane Doe', null, null, null]],
    // A clause that is not closed runs on into the name.
    ['Jane Doe, who chairs the board and John Roe said: “We will not stop.”', ['Jane Doe', null, null, null]],
    [
      'Jane Doe, who founded the charity and John Roe said: “We will not stop.”',
      ['Jane Doe', null, null, null],
    ],
    ['Jane Doe, who founded the charity, said: “We will not stop.”', ['Jane Doe', null, null, null]],
    // A clause whose verb or preposition may take a person may go on past "and".
    [
      'Jane Smith, who thanked the volunteers, and Tom Baker said: “We will not stop.”',
      ['Jane Smith', null, null, null],
    ],
    [
      'Jane Doe, who set up the charity with her husband, and John Roe said: “We will not stop.”',
      ['Jane Doe', null, null, null],
    ],
    // The person the clause follows is an object: the one after "and" speaks alone.
    [
      'Police thanked Jane Doe, who founded the charity, and John Roe said: “We will not stop.”',
      ['John Roe', null, null, null],
    ],
    [
      'Jane Doe, who founded the charity, met John Roe and said: “We will not stop.”',
      ['Jane Doe', null, null, null],
    ],
    // After the clause, a verb of the first person's own: the second is no speaker.
    [
      'Jane Doe, who chairs the board, met John Roe and said: “We will not stop.”',
      ['Jane Doe', null, 'chairs the board', null],
    ],
  ])('reads as before: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long run of clauses that name no role in linear time', () => {
    const input = `${'Jane Doe, who founded the charity, and '.repeat(300)}John Roe said: “We act.”`
    const started = Date.now()
    expect(extractQuotes(input).at(-1)?.text).toBe('We act.')
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('reads a long run of such entries in linear time', () => {
    const input = `${'Jane Doe, who chairs the board, and '.repeat(300)}John Roe said: “We act.”`
    const started = Date.now()
    expect(extractQuotes(input).at(-1)?.text).toBe('We act.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('an office with its remit before a name, then "and" and a second person', () => {
  it.each<[string, unknown[]]>([
    // The office before the first name is its title, as "Health Secretary Jane Doe and Tom Baker" reads.
    [
      'Director of Public Health Jane Doe and Tom Baker said: “We are ready.”',
      ['Jane Doe', 'Director of Public Health', 'Director of Public Health', ['Tom Baker']],
    ],
    [
      '“We are ready,” said Director of Public Health Jane Doe and Tom Baker.',
      ['Jane Doe', 'Director of Public Health', 'Director of Public Health', ['Tom Baker']],
    ],
    [
      'Minister for Justice Jane Doe and Tom Baker said: “We are ready.”',
      ['Jane Doe', 'Minister for Justice', 'Minister for Justice', ['Tom Baker']],
    ],
    [
      'Head of Operations Jane Doe and Tom Baker told reporters: “We are ready.”',
      ['Jane Doe', 'Head of Operations', 'Head of Operations', ['Tom Baker']],
    ],
    [
      'Director of Public Health Jane Doe and Dr Tom Baker said: “We are ready.”',
      ['Jane Doe', 'Director of Public Health', 'Director of Public Health', ['Tom Baker']],
    ],
    // A second office before the second name, listed or not, ends the first person too.
    [
      'Director of Public Health Jane Doe and Deputy Director Tom Baker said: “We are ready.”',
      ['Jane Doe', 'Director of Public Health', 'Director of Public Health', ['Tom Baker']],
    ],
    [
      'Director of Public Health Jane Doe and Chief Superintendent Tom Baker said: “We are ready.”',
      ['Jane Doe', 'Director of Public Health', 'Director of Public Health', ['Tom Baker']],
    ],
    // The shapes with no remit read so already.
    [
      'Health Secretary Jane Doe and Tom Baker said: “We are ready.”',
      ['Jane Doe', 'Health Secretary', null, ['Tom Baker']],
    ],
    [
      'Chief Constable Jane Doe and Mayor Tom Baker said: “We are ready.”',
      ['Jane Doe', 'Chief Constable', null, ['Tom Baker']],
    ],
    ['Jane Doe and Tom Baker said: “We are ready.”', ['Jane Doe', null, null, ['Tom Baker']]],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // "and" inside the remit joins its fields: the name after them is the one person's.
    [
      'Minister for Health and Ageing Jane Doe said: “We are ready.”',
      ['Jane Doe', 'Minister for Health and Ageing', 'Minister for Health and Ageing', null],
    ],
    [
      'Minister for Trade and Investment Jane Doe said: “We are ready.”',
      ['Jane Doe', 'Minister for Trade and Investment', 'Minister for Trade and Investment', null],
    ],
    [
      'Minister for Police and Public Safety Jane Doe said: “We are ready.”',
      ['Jane Doe', 'Minister for Police and Public Safety', 'Minister for Police and Public Safety', null],
    ],
    [
      'Commissioner for Children and Young People Jane Doe said: “We are ready.”',
      [
        'Jane Doe',
        'Commissioner for Children and Young People',
        'Commissioner for Children and Young People',
        null,
      ],
    ],
    [
      'Cabinet Secretary for Justice and Home Affairs Jane Doe said: “We are ready.”',
      [
        'Jane Doe',
        'Cabinet Secretary for Justice and Home Affairs',
        'Cabinet Secretary for Justice and Home Affairs',
        null,
      ],
    ],
    [
      'Secretary of State for Environment, Food and Rural Affairs Jane Doe said: “We are ready.”',
      [
        'Jane Doe',
        'Secretary of State for Environment, Food and Rural Affairs',
        'Secretary of State for Environment, Food and Rural Affairs',
        null,
      ],
    ],
    [
      'Minister for Business and Trade Kemi Badenoch said: “We are ready.”',
      ['Kemi Badenoch', 'Minister for Business and Trade', 'Minister for Business and Trade', null],
    ],
  ])('reads one person: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long run of such offices and names in linear time', () => {
    const started = Date.now()
    const input = `${'Director of Public Health Jane Doe and '.repeat(300)}Tom Baker said: “We care.”`
    expect(extractQuotes(input)[0]?.text).toBe('We care.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a person with an office and its remit, then "and" and a second name with an apposition of its own', () => {
  it.each<[string, unknown[]]>([
    [
      'Jane Doe, head of Public Health and Tom Baker, the chair, said: “We are ready.”',
      ['Jane Doe', null, 'head of Public Health', ['Tom Baker']],
    ],
    [
      'Jane Doe, Director of Policy and Tom Baker, Director of Finance, said: “We are ready.”',
      ['Jane Doe', null, 'Director of Policy', ['Tom Baker']],
    ],
    [
      'Jane Doe, Director of Policy and Tom Baker, Director of Finance said: “We are ready.”',
      ['Jane Doe', null, 'Director of Policy', ['Tom Baker']],
    ],
    [
      '“We are ready,” said Jane Doe, Director of Policy and Tom Baker, Director of Finance.',
      ['Jane Doe', null, 'Director of Policy', ['Tom Baker']],
    ],
    [
      'Jane Doe, head of Public Health and Tom Baker, the chair, told reporters: “We are ready.”',
      ['Jane Doe', null, 'head of Public Health', ['Tom Baker']],
    ],
    // An office and its field in two comma parts.
    [
      'Jane Doe, Director, Policy and Tom Baker, Director of Finance, said: “We are ready.”',
      ['Jane Doe', null, 'Director, Policy', ['Tom Baker']],
    ],
    // An office with its remit before the first name.
    [
      'Director of Policy Jane Doe and Tom Baker, Director of Finance, said: “We are ready.”',
      ['Jane Doe', 'Director of Policy', 'Director of Policy', ['Tom Baker']],
    ],
    // Read so already with a comma before "and".
    [
      'Jane Doe, Director of Policy, and Tom Baker, Director of Finance, said: “We are ready.”',
      ['Jane Doe', null, 'Director of Policy', ['Tom Baker']],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown[]]>([
    // A body's or a field's words after "and", then an apposition, stay in the remit.
    [
      'Jane Doe, Chief Executive of Marks and Spencer, the retailer, said: “We are ready.”',
      ['Jane Doe', null, 'Chief Executive of Marks and Spencer', null],
    ],
    [
      'Jane Doe, Minister for Health and Social Care, the department’s head, said: “We are ready.”',
      ['Jane Doe', null, 'Minister for Health and Social Care', null],
    ],
    [
      'Jane Doe, Professor of Law and Human Rights, the panel’s chair, said: “We are ready.”',
      ['Jane Doe', null, 'Professor of Law and Human Rights', null],
    ],
    [
      'Jane Doe, head of Research and Data Science, the board’s chair, said: “We are ready.”',
      ['Jane Doe', null, 'head of Research and Data Science', null],
    ],
  ])('reads no second person: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long run of names and appositions in linear time', () => {
    const started = Date.now()
    const input = `Jane Doe, ${'head of Public Health and Tom Baker, the chair, '.repeat(200)}said: “We care.”`
    expect(extractQuotes(input)[0]?.text).toBe('We care.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
