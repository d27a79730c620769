// An office named by the body it serves, with no one's name ("said the Director of the NCA"): the
// body speaks, with the office as its role, as it does through "a spokesperson for the NCA"; the
// person the release named holding that office, when it names one.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { type Who, who } from './test-helpers'

const speakers = (input: string) => extractQuotes(input).map(who)

describe('an office of a body, with no name', () => {
  it.each([
    ['“We will act,” said the Director of the NCA.', ['NCA', null, 'Director']],
    ['“We will act,” the Director of the FBI said.', ['FBI', null, 'Director']],
    ['“We will act,” said Head of Europol.', ['Europol', null, 'Head']],
    ['“We will act,” Director HMRC said.', ['HMRC', null, 'Director']],
    ['“We will act,” said the Deputy Director General of the NCA.', ['NCA', null, 'Deputy Director General']],
    ['“We will act,” said the Chief Executive of Acme Ltd.', ['Acme Ltd', null, 'Chief Executive']],
    ['“We will act,” said the Chair of the Environment Agency.', ['Environment Agency', null, 'Chair']],
  ])('is the body with the office as its role: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it.each([
    ['Speaking at the launch, the Director of the NCA said: “We will act.”', ['NCA', null, 'Director']],
    ['Commenting on the figures, Head of Europol said: “We will act.”', ['Europol', null, 'Head']],
    // A body after an opening phrase is still the body.
    ['In a statement, the Metropolitan Police said: “We will act.”', ['Metropolitan Police', null, null]],
  ])('after an opening phrase: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it('is the person the release named holding that office', () => {
    expect(
      speakers(
        'Jane Smith, Director of the FBI, spoke today.\n\n“We will act,” the Director of the FBI said.',
      ),
    ).toEqual([['Jane Smith', null, 'Director of the FBI']])
    expect(
      speakers('FBI Director Jane Smith spoke today.\n\n“We will act,” said the Director of the FBI.'),
    ).toEqual([['Jane Smith', 'FBI Director', null]])
  })

  it('is not someone else the release named', () => {
    expect(
      speakers('Tom Baker, a local resident, spoke today.\n\n“We will act,” said the Director of the NCA.'),
    ).toEqual([['NCA', null, 'Director']])
  })

  it.each([
    // An office whose remit is no body: no one the text names.
    ['“We will act,” said the Director of Public Prosecutions.', null],
    ['“We will act,” said the Head of Operations.', null],
    // The holder named with the office.
    [
      '“We will act,” said the Director of the NCA, Graeme Biggar.',
      ['Graeme Biggar', null, 'Director of the NCA'],
    ],
    [
      '“We will act,” said Director General Jane Smith of the NCA.',
      ['Jane Smith', 'Director General', 'NCA'],
    ],
  ])('near miss, read as before: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })
})

// An office whose "of" is part of its own name ("Director of Public Prosecutions", "Commissioner
// of Police of the Metropolis"): someone described by office, no body and no person called by the
// words after "of".
describe('an office whose remit is part of its own name', () => {
  it.each([
    'Speaking at the launch, the Director of Public Prosecutions said: “We will act.”',
    'Speaking at the launch, the Director of Public Health said: “We will act.”',
    'The Head of Community Safety said: “We will act.”',
    'Speaking at the launch, the Commissioner of Police of the Metropolis said: “We will act.”',
    '“We will act,” said the Commissioner of Police of the Metropolis.',
    'The Chief Inspector of Constabulary said: “We will act.”',
    '“We will act,” said the Commissioner of Police.',
  ])('names nobody when nobody named holds it: %s', (input) => {
    expect(speakers(input)).toEqual([null])
  })

  it.each([
    'Tom Baker, a local resident, spoke today.\n\n“We will act,” said the Director of Public Prosecutions.',
    'Tom Baker, a local resident, spoke today.\n\n“We will act,” said the Chief Inspector of Prisons.',
  ])('is not the person named last, who holds no such office: %s', (input) => {
    expect(speakers(input)).toEqual([null])
  })

  it.each<[string, Who]>([
    [
      'Max Hill, Director of Public Prosecutions, opened the event.\n\nSpeaking at the launch, the Director of Public Prosecutions said: “We will act.”',
      ['Max Hill', null, 'Director of Public Prosecutions'],
    ],
  ])('is the person the release named holding it: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it.each<[string, Who]>([
    // The holder named with the office, and bodies named after an office, read as before.
    [
      'Sir Mark Rowley, Commissioner of Police of the Metropolis, spoke today.\n\n“We will act,” said the Commissioner of Police of the Metropolis.',
      ['Mark Rowley', 'Sir', 'Commissioner of Police of the Metropolis'],
    ],
    [
      'Director of Public Prosecutions Max Hill said: “We will act.”',
      ['Max Hill', 'Director of Public Prosecutions', 'Director of Public Prosecutions'],
    ],
    [
      'Commissioner of Police of the Metropolis Sir Mark Rowley said: “We will act.”',
      [
        'Mark Rowley',
        'Commissioner of Police of the Metropolis Sir',
        'Commissioner of Police of the Metropolis',
      ],
    ],
    [
      'Head of Community Safety Jane Smith said: “We will act.”',
      ['Jane Smith', 'Head of Community Safety', 'Head of Community Safety'],
    ],
    [
      '“We will act,” said the Chief Constable of Police Scotland.',
      ['Police Scotland', null, 'Chief Constable'],
    ],
    ['“We will act,” said the Chair of the Police Federation.', ['Police Federation', null, 'Chair']],
    [
      'The Department of Homeland Security said: “We will act.”',
      ['Department of Homeland Security', null, null],
    ],
  ])('near miss, read as before: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })
})

describe('an office held only in a body, then a name in capitals with "of" or "for"', () => {
  it.each([
    // Written in the style of company, bank and transport releases.
    [
      '“We are pleased,” said the Chief Executive of Bank of Ireland.',
      ['Bank of Ireland', null, 'Chief Executive'],
    ],
    [
      'The Chief Executive of Bank of Ireland said: “We are pleased.”',
      ['Bank of Ireland', null, 'Chief Executive'],
    ],
    [
      '“We are pleased,” said the Managing Director of Transport for London.',
      ['Transport for London', null, 'Managing Director'],
    ],
    [
      '“We are pleased,” said the Chief Executive Officer of Tesco.',
      ['Tesco', null, 'Chief Executive Officer'],
    ],
  ])('is the body with the office as its role: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it.each<[string, unknown]>([
    // An office over a field or a place names no body.
    ['“We are pleased,” said the Director of Public Prosecutions.', null],
    ['“We are pleased,” said the Secretary of State for Justice.', null],
    ['“We are pleased,” said the Mayor of London.', null],
    // The holder named in apposition speaks.
    [
      '“We are pleased,” said the Chief Executive of Bank of Ireland, Jane Doe.',
      ['Jane Doe', null, 'Chief Executive of Bank of Ireland'],
    ],
  ])('near miss: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })
})

describe('an office held in a body, then a body whose name ends in a word a surname may be', () => {
  it.each([
    // Written in the style of UK and Irish company and utility releases.
    [
      '“We are proud of our staff,” said the Chief Executive of Tesco Bank.',
      ['Tesco Bank', null, 'Chief Executive'],
    ],
    [
      'The Chief Executive of Tesco Bank said: “We are proud of our staff.”',
      ['Tesco Bank', null, 'Chief Executive'],
    ],
    [
      '“We are proud of our staff,” the Managing Director of Northern Ireland Water said.',
      ['Northern Ireland Water', null, 'Managing Director'],
    ],
    [
      '“We are proud of our staff,” said the Chief Executive of Virgin Media in a statement.',
      ['Virgin Media', null, 'Chief Executive'],
    ],
    ['“We are proud of our staff,” said the Chair of Network Rail.', ['Network Rail', null, 'Chair']],
    // Any office: a body's last word ("Bank", "Banks", "Fund") ends no holder's name.
    [
      '“We are proud of our staff,” said the Chair of Allied Irish Banks.',
      ['Allied Irish Banks', null, 'Chair'],
    ],
    ['The Chair of Tesco Bank said: “We are proud of our staff.”', ['Tesco Bank', null, 'Chair']],
    [
      '“We are proud of our staff,” said the Director of Acme Investment Fund.',
      ['Acme Investment Fund', null, 'Director'],
    ],
  ])('is the body with the office as its role: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it.each<[string, unknown]>([
    // A name in full after the body is its holder's, with the office and body as title.
    [
      '“We are proud of our staff,” said the Chief Executive of Tesco Bank Jane Doe.',
      ['Jane Doe', 'Chief Executive of Tesco Bank', 'Chief Executive of Tesco Bank'],
    ],
    [
      'The Chief Executive of Tesco Bank, Jane Doe, said: “We are proud of our staff.”',
      ['Jane Doe', null, 'Chief Executive of Tesco Bank'],
    ],
    [
      '“We are proud of our staff,” said the Mayor of London Sadiq Khan.',
      ['Sadiq Khan', 'Mayor of London', 'Mayor of London'],
    ],
    // An office over a field names no body.
    ['“We are proud of our staff,” said the Commissioner of Police of the Metropolis.', null],
    [
      '“We are proud of our staff,” said the Chair of Tesco Bank Jane Doe.',
      ['Jane Doe', 'Chair of Tesco Bank', 'Chair of Tesco Bank'],
    ],
    ['“We are proud of our staff,” said Sam Banks.', ['Sam Banks', null, null]],
  ])('near miss: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it.each<[string, unknown]>([
    // After a remit that closes before it, a surname that is such a word is the holder's.
    // Written in the style of UK prosecutors' and councils' releases.
    [
      'Director of Public Prosecutions Tom Banks said: “Charges were approved.”',
      ['Tom Banks', 'Director of Public Prosecutions', 'Director of Public Prosecutions'],
    ],
    [
      '“Charges were approved,” said Director of Public Prosecutions Tom Banks.',
      ['Tom Banks', 'Director of Public Prosecutions', 'Director of Public Prosecutions'],
    ],
    [
      'Head of Operations Tom Banks said: “We are proud of our staff.”',
      ['Tom Banks', 'Head of Operations', 'Head of Operations'],
    ],
    [
      'Chair of Finance Jane Banks said: “We are proud of our staff.”',
      ['Jane Banks', 'Chair of Finance', 'Chair of Finance'],
    ],
  ])('is the holder: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })
})

describe('a body’s name in the possessive, then an office, with no name', () => {
  it.each([
    // Written in the style of UK police, agency, charity and company releases.
    ['“We are proud of the team,” said the NCA’s Director General.', ['NCA', null, 'Director General']],
    [
      '“We are proud of the team,” said Kent Police’s Chief Constable.',
      ['Kent Police', null, 'Chief Constable'],
    ],
    [
      '“We are proud of the team,” said Tesco Bank’s chief executive.',
      ['Tesco Bank', null, 'chief executive'],
    ],
    ['“We are proud of the team,” Shelter’s chief executive said.', ['Shelter', null, 'chief executive']],
  ])('is the body with the office as its role: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it('is the person the release named holding that office', () => {
    expect(
      speakers(
        'Jane Smith, Director General of the NCA, spoke today.\n\n“We are proud of the team,” said the NCA’s Director General.',
      ),
    ).toEqual([['Jane Smith', null, 'Director General of the NCA']])
  })

  it.each<[string, Who]>([
    // A person's name in the possessive: someone speaking for them, no one named.
    ['“We are proud of the team,” said Jane Smith’s chief of staff.', null],
    ['“We are proud of the team,” said Trump’s campaign manager.', null],
    // The holder named after the office.
    [
      '“We are proud of the team,” said Kent Police’s Chief Constable, Tim Smith.',
      ['Tim Smith', null, 'Kent Police’s Chief Constable'],
    ],
  ])('near miss: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })
})

describe('an office of a body written in lower case, with no name', () => {
  it.each([
    // Written in the style of US agencies' and company releases.
    ['“We are proud of the team,” said the director of the FBI.', ['FBI', null, 'director']],
    [
      '“We are proud of the team,” the managing director of Acme Ltd said.',
      ['Acme Ltd', null, 'managing director'],
    ],
    [
      '“We are proud of the team,” said the chief executive of Tesco Bank.',
      ['Tesco Bank', null, 'chief executive'],
    ],
  ])('is the body with the office as its role: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it.each<[string, Who]>([
    // A remit or a body in lower case names no body.
    ['“We are proud of the team,” said the head of operations.', null],
    ['“We are proud of the team,” said the chief executive of the company.', null],
    [
      '“We are proud of the team,” said the chief executive of Acme, Jane Doe.',
      ['Jane Doe', null, 'chief executive of Acme'],
    ],
  ])('near miss: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })
})

describe('an office with its field in lower case, of a body, with no name', () => {
  it.each([
    // Written in the style of NHS trust, union and company releases.
    [
      'The medical director of Leeds Teaching Hospitals said: “Patients come first.”',
      ['Leeds Teaching Hospitals', null, 'medical director'],
    ],
    [
      '“Patients come first,” said the medical director of Leeds Teaching Hospitals.',
      ['Leeds Teaching Hospitals', null, 'medical director'],
    ],
    [
      'The general secretary of the Trades Union Congress said: “Workers deserve better.”',
      ['Trades Union Congress', null, 'general secretary'],
    ],
    [
      '“Staff come first,” said the operations manager of Acme Services.',
      ['Acme Services', null, 'operations manager'],
    ],
    // A word between "chief" and the office's noun says what the office runs.
    [
      '“Wait times are falling,” the chief operating officer of Leeds Teaching Hospitals said.',
      ['Leeds Teaching Hospitals', null, 'chief operating officer'],
    ],
    [
      '“Margins held up,” said the chief financial officer of Acme Holdings.',
      ['Acme Holdings', null, 'chief financial officer'],
    ],
    [
      'The Chief Information Officer of Acme Holdings said: “The systems are safe.”',
      ['Acme Holdings', null, 'Chief Information Officer'],
    ],
    [
      'The chief nursing officer of Leeds Teaching Hospitals said: “Patients come first.”',
      ['Leeds Teaching Hospitals', null, 'chief nursing officer'],
    ],
  ])('is the body with the office as its role: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it('is the person the release named holding that office', () => {
    expect(
      speakers(
        'Dr Ann Bell, medical director of Leeds Teaching Hospitals, opened the ward.\n\n“Patients come first,” said the medical director of Leeds Teaching Hospitals.',
      ),
    ).toEqual([['Ann Bell', 'Dr', 'medical director of Leeds Teaching Hospitals']])
  })

  it.each<[string, Who]>([
    // The holder named in apposition is the speaker.
    [
      '“Patients come first,” said the medical director of Leeds Teaching Hospitals, Dr Ann Bell.',
      ['Ann Bell', 'Dr', 'medical director of Leeds Teaching Hospitals'],
    ],
    // A place or a body in lower case after the office names no body.
    ['“Costs rose,” said the finance director of Leeds.', null],
    ['“Patients come first,” said the medical director of the trust.', null],
    ['“Wait times are falling,” said the chief operating officer of the trust.', null],
    // The holder named after the office is the speaker.
    [
      '“Wait times are falling,” said Chief Operating Officer of Leeds Teaching Hospitals Jane Doe.',
      [
        'Jane Doe',
        'Chief Operating Officer of Leeds Teaching Hospitals',
        'Chief Operating Officer of Leeds Teaching Hospitals',
      ],
    ],
    // An adjective that is no field is no office's word.
    ['“Cause unknown,” said the medical examiner.', null],
  ])('near miss: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })
})

describe('an office of a place written in lower case, with no name', () => {
  it.each<[string, Who]>([
    // The place after the office's "of" is its remit, not someone called London.
    ['“We will act,” said the mayor of London.', null],
    ['“We will act,” said the governor of California.', null],
    ['“We will act,” said the former premier of British Columbia on Monday.', null],
  ])('names no one: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it('is the person the release named holding that office', () => {
    expect(
      speakers(
        'Sadiq Khan, the Mayor of London, visited the site.\n\n“We will act,” said the mayor of London.',
      ),
    ).toEqual([['Sadiq Khan', null, 'Mayor of London']])
  })

  it.each<[string, Who]>([
    // The holder named after the office, a body's office, and a description before the name.
    ['“We will act,” said the mayor of London, Sadiq Khan.', ['Sadiq Khan', null, 'mayor of London']],
    ['“We will act,” said the head of Kent Police.', ['Kent Police', null, 'head']],
    ['“We will act,” said campaign chairman John Podesta.', ['John Podesta', null, 'campaign chairman']],
  ])('near miss: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })
})

describe('a place or a person in the possessive, then an office, after the cue', () => {
  const read = (input: string) => extractQuotes(input).map((q) => [q.text, who(q), q.cue])

  it.each<[string, Who]>([
    // Written in the style of Canadian provincial and Scottish Government releases: the quote
    // stays, with its cue, and the one the release named holding the office speaks.
    ['“We will act,” said Alberta’s premier.', null],
    ['“We will act,” said Scotland’s First Minister.', null],
    // Whose lawyer: someone the release does not name, speaking for the one it names.
    ['“He is innocent,” said Tom Baker’s lawyer.', null],
  ])('is a quote with its cue: %s', (input, speaker) => {
    expect(read(input)).toEqual([[input.slice(1, input.indexOf('”')), speaker, 'said']])
  })

  it('is the person the release named holding that office', () => {
    const [quote] = extractQuotes(
      'Premier Danielle Smith visited Calgary.\n\n“We will act,” said Alberta’s premier.',
    )
    expect([who(quote), quote?.cue]).toEqual([['Danielle Smith', 'Premier', null], 'said'])
  })

  it.each<[string, Who]>([
    // A body's office, and a body's member named.
    ['“We will act,” said Kent Police’s chief constable.', ['Kent Police', null, 'chief constable']],
    ['“We will act,” said Kent Police’s Jane Smith.', ['Jane Smith', null, null]],
  ])('near miss: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })
})

describe('a body’s name, then an office, with no name', () => {
  it.each<[string, Who]>([
    // Written in the style of US agency, UK police and Scottish Government releases.
    ['“We will act,” said the FBI Director.', ['FBI', null, 'Director']],
    ['“We will act,” said the NCA Director General.', ['NCA', null, 'Director General']],
    ['“We will act,” said the Europol Executive Director.', ['Europol', null, 'Executive Director']],
  ])('is the body with the office as its role: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it('is the person the release named holding that office', () => {
    expect(speakers('FBI Director Jane Smith spoke today.\n\n“We will act,” said the FBI Director.')).toEqual(
      [['Jane Smith', 'FBI Director', null]],
    )
    expect(
      speakers('Jane Smith, Director of the FBI, spoke today.\n\nThe FBI Director said: “We will act.”'),
    ).toEqual([['Jane Smith', null, 'Director of the FBI']])
  })

  it.each<[string, Who]>([
    // The holder named after the office, and an office of state with no body's name.
    ['“We will act,” said the FBI Director Jane Doe.', ['Jane Doe', 'FBI Director', null]],
    ['“We will act,” said FBI Director Kash Patel.', ['Kash Patel', 'FBI Director', null]],
    ['“We will act,” said the Home Secretary.', null],
  ])('near miss: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })
})

describe('an office of more than four words that all qualify its noun, of a body, with no name', () => {
  it.each([
    [
      'The deputy chief nursing officer of Leeds Teaching Hospitals said: “We are ready.”',
      ['Leeds Teaching Hospitals', null, 'deputy chief nursing officer'],
    ],
    [
      '“We are ready,” the deputy chief nursing officer of Leeds Teaching Hospitals said.',
      ['Leeds Teaching Hospitals', null, 'deputy chief nursing officer'],
    ],
    [
      '“We are ready,” said the Deputy Chief Medical Officer of the Acme Trust.',
      ['Acme Trust', null, 'Deputy Chief Medical Officer'],
    ],
    [
      '“We are ready,” said the acting deputy chief operating officer of Acme Ltd.',
      ['Acme Ltd', null, 'acting deputy chief operating officer'],
    ],
    [
      '“We are ready,” said the Assistant Chief Financial Officer of Acme Ltd.',
      ['Acme Ltd', null, 'Assistant Chief Financial Officer'],
    ],
    [
      'The Acme Trust’s acting deputy chief nursing officer said: “We are ready.”',
      ['Acme Trust', null, 'acting deputy chief nursing officer'],
    ],
  ])('is the body with the office as its role: %s', (input, speaker) => {
    expect(speakers(input)).toEqual([speaker])
  })

  it.each([
    '“We are ready,” said the head of the team of friends of Leeds Teaching Hospitals.',
    '“We are ready,” said the deputy chief nursing officer of the year.',
    'Jane Smith’s acting deputy chief nursing officer said: “We are ready.”',
  ])('names no body when the words are no office of one: %s', (input) => {
    expect(speakers(input)).toEqual([null])
  })

  it('reads a long run of office words and stops in time', () => {
    const input = `“We are ready,” said the ${'deputy '.repeat(300)}chief officer of Acme Ltd.`
    expect(speakers(input)).toEqual([null])
  })
})
