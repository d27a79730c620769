/**
 * Words around a speaker's name that describe them, or that make the name an object: a family
 * tie or a trade before the name, an office in apposition before it, a body called by its noun
 * after an opening phrase. Sentences written in the style of police, court, council and agency
 * releases; the dev corpora hold none of these shapes.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { extractQuotes, extractQuotesAndPeople } from './extract-quotes'
import { type Who, who } from './test-helpers'

/** The speakers of a release's quotes, under a `Source:` line naming its publisher. */
function speakersUnder(source: string, body: string): (string | null)[] {
  const doc = extract(`Title of the release\n\nSource: ${source}\n\n${body}\n`)
  return doc.releases.flatMap((r) => r.quotes.map((q) => q.speaker?.name ?? null))
}

describe('a family tie opening a name of three words', () => {
  it.each([
    ['Father-of-three Tom Baker said: ‘It was over in seconds.’', 'Tom Baker'],
    ['Mum-of-two Jane Smith, 34, said: ‘It was over in seconds.’', 'Jane Smith'],
    ['Mother-of-four Jane Smith, from Ashford, said: ‘It was over in seconds.’', 'Jane Smith'],
    ['Grandfather Tom Baker said: “It was over in seconds.”', 'Tom Baker'],
    ['Grandmother Jane Smith, 74, said: “It was over in seconds.”', 'Jane Smith'],
    ['Great-grandmother Jane Smith said: “It was over in seconds.”', 'Jane Smith'],
    ['Widow Jane Smith told the inquest: “He never came home.”', 'Jane Smith'],
    ['“It was over in seconds,” said Father-of-three Tom Baker.', 'Tom Baker'],
  ])('is no part of the name: %s', (input, name) => {
    expect(who(extractQuotes(input)[0])).toEqual([name, null, null])
  })

  it.each([
    // A name of two words stays whole: the word may be a surname's or a given name's.
    ['“It was over in seconds,” said Tom Widow.', 'Tom Widow'],
    // Words of no family tie, or a name whose first word only begins like one.
    ['Sonia Mary Baker said: “It was over in seconds.”', 'Sonia Mary Baker'],
    ['Unclear Tom Baker said: “It was over in seconds.”', 'Unclear Tom Baker'],
    ['Mothers-of-two Jane Smith said: “It was over in seconds.”', 'Mothers-of-two Jane Smith'],
  ])('leaves other names whole: %s', (input, name) => {
    expect(extractQuotes(input)[0]?.speaker?.name).toBe(name)
  })
})

describe('a trade that is a surname too, opening a name of three words', () => {
  it.each([
    ['Butcher Tom Baker said: “Trade has been hit hard.”', 'Tom Baker'],
    ['Nurse Jane Smith said: “The ward was overwhelmed.”', 'Jane Smith'],
    ['Coach Tom Baker said: “The players were shaken.”', 'Tom Baker'],
    ['Baker Tom Smith, 52, said: “Trade has been hit hard.”', 'Tom Smith'],
    ['Plumber Tom Baker said: “The water was everywhere.”', 'Tom Baker'],
    ['Caretaker Tom Baker said: “The school was empty.”', 'Tom Baker'],
    ['“The ward was overwhelmed,” said Nurse Jane Smith.', 'Jane Smith'],
    // A sport's position describes the player as a trade does.
    ['Midfielder Tom Baker said: “We deserved the win.”', 'Tom Baker'],
    ['“We deserved the win,” said Goalkeeper Jane Doe.', 'Jane Doe'],
    ['Footballer Tom Baker, 24, said: “We deserved the win.”', 'Tom Baker'],
    ['Forward Jane Doe said: “We deserved the win.”', 'Jane Doe'],
  ])('is no part of the name: %s', (input, name) => {
    expect(extractQuotes(input)[0]?.speaker?.name).toBe(name)
  })

  it.each([
    // Trades that are given names too open a name of three words.
    ['Hunter Lee Smith said: “Trade has been hit hard.”', 'Hunter Lee Smith'],
    ['Mason Lee Jones said: “Trade has been hit hard.”', 'Mason Lee Jones'],
    ['Taylor Anne Brown said: “Trade has been hit hard.”', 'Taylor Anne Brown'],
    ['“Trade has been hit hard,” said Porter John Wells.', 'Porter John Wells'],
    // The trade as a surname, after the given name.
    ['“Trade has been hit hard,” said Tom Butcher.', 'Tom Butcher'],
    ['“The ward was overwhelmed,” said Mary Anne Nurse.', 'Mary Anne Nurse'],
    ['“We deserved the win,” said Gary Player.', 'Gary Player'],
    ['“We deserved the win,” said Tom Striker.', 'Tom Striker'],
  ])('leaves a name whole: %s', (input, name) => {
    expect(extractQuotes(input)[0]?.speaker?.name).toBe(name)
  })

  it('keeps a county of a trade’s word in the title before the name', () => {
    expect(who(extractQuotes('Cook County Sheriff Tom Dart said: “We act.”')[0])).toEqual([
      'Tom Dart',
      'Cook County Sheriff',
      null,
    ])
  })
})

describe('an office with its remit, a comma, then the name, with no article', () => {
  it.each([
    [
      'Head of Cybercrime, Neal Jetton, said: “This is a warning.”',
      ['Neal Jetton', null, 'Head of Cybercrime'],
    ],
    [
      '“This is a warning,” said Head of Cybercrime, Neal Jetton.',
      ['Neal Jetton', null, 'Head of Cybercrime'],
    ],
    [
      'Police and Crime Commissioner for Kent, Matthew Scott, said: “This is a warning.”',
      ['Matthew Scott', null, 'Police and Crime Commissioner for Kent'],
    ],
    [
      'Minister for Justice, Jim O’Callaghan, said: “This is a warning.”',
      ['Jim O’Callaghan', null, 'Minister for Justice'],
    ],
    [
      'Speaking today, Director of Public Prosecutions, Stephen Parkinson, said: “This is a warning.”',
      ['Stephen Parkinson', null, 'Director of Public Prosecutions'],
    ],
  ])('is the role, and no title: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // With no comma before the name the office is written as a title.
    [
      'Head of Cybercrime Neal Jetton said: “This is a warning.”',
      ['Neal Jetton', 'Head of Cybercrime', 'Head of Cybercrime'],
    ],
    // A rank after the remit is the title still.
    [
      'Head of Roads Policing, Inspector Jane Doe, said: “This is a warning.”',
      ['Jane Doe', 'Inspector', 'Head of Roads Policing'],
    ],
    [
      'Commissioner for Migration, Home Affairs and Citizenship Dimitris Avramopoulos said: “This is a warning.”',
      [
        'Dimitris Avramopoulos',
        'Commissioner for Migration, Home Affairs and Citizenship',
        'Commissioner for Migration, Home Affairs and Citizenship',
      ],
    ],
  ])('keeps a title where one is written: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })
})

// Written in the style of UK councils' and police forces' releases.
describe('an office of one noun after a body’s possessive in lower case, then a title and the name', () => {
  it.each([
    ['The council’s leader Cllr Jane Doe said: “We will act.”', ['Jane Doe', 'Cllr', 'council’s leader']],
    ['“We will act,” said the council’s leader Cllr Jane Doe.', ['Jane Doe', 'Cllr', 'council’s leader']],
    [
      'The force’s spokesperson Sgt Tom Baker said: “We will act.”',
      ['Tom Baker', 'Sgt', 'force’s spokesperson'],
    ],
  ])('is the role: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // A pronoun's possessive says whose, not which body's.
    ['His leader Cllr Jane Doe said: “We will act.”', ['Jane Doe', 'Cllr', null]],
    // One noun with no possessive says too little to be an office of its own.
    ['“We will act,” said officer PC Jane Roe.', ['Jane Roe', 'PC', null]],
  ])('near miss: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })
})

describe('an office after a body’s possessive in lower case, a comma, then the name', () => {
  it.each([
    [
      'The charity’s Director, Tom Baker, said: “We are delighted with the result.”',
      ['Tom Baker', null, 'charity’s Director'],
    ],
    [
      '“We are delighted with the result,” said the force’s Chief Constable, Jane Doe.',
      ['Jane Doe', null, 'force’s Chief Constable'],
    ],
    [
      'Welcoming the news, the trust’s Chief Executive, Dr Jane Doe, said: “We are delighted.”',
      ['Jane Doe', 'Dr', 'trust’s Chief Executive'],
    ],
  ])('is the role, and no title: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('keeps the title where no comma follows the office', () => {
    expect(who(extractQuotes('The charity’s Director Tom Baker said: “We are delighted.”')[0])).toEqual([
      'Tom Baker',
      'Director',
      null,
    ])
  })
})

describe('an apposition before a name after a quote in the same paragraph', () => {
  const first = 'Inspector Sam Reed said: “We are grateful to everyone who came forward.”'
  it.each([
    [
      `${first} The head of the unit, Alex Jones, said: “It was a team effort.”`,
      ['Alex Jones', null, 'head of the unit'],
    ],
    [
      `${first} The unit’s head, Alex Jones, said: “It was a team effort.”`,
      ['Alex Jones', null, 'unit’s head'],
    ],
  ])('is read from the words after the quote: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[1])).toEqual(speaker)
  })

  it.each([
    // A relation or an opening word after the quote is no role, and the quote before it none either.
    `${first} His colleague, Constable Alex Jones, said: “It was a team effort.”`,
    `${first} Meanwhile, Constable Alex Jones said: “It was a team effort.”`,
  ])('gives no role from the words before the quote: %s', (input) => {
    expect(who(extractQuotes(input)[1])).toEqual(['Alex Jones', 'Constable', null])
  })
})

describe('a titled person in apposition after a name', () => {
  it('is a second person, not the first one’s role', () => {
    expect(who(extractQuotes('Tom Baker, Mayor Jane Doe said: “We are delighted.”')[0])).toEqual([
      'Jane Doe',
      'Mayor',
      null,
    ])
    expect(who(extractQuotes('“We are delighted,” said Tom Baker, Mayor Jane Doe.')[0])?.[2]).toBeNull()
  })

  it.each([
    // An office alone, or with its body, is the role still.
    ['Tom Baker, Chief Superintendent, Kent Police, said: “We act.”', 'Chief Superintendent, Kent Police'],
    ['Tom Baker, Mayor of Kent, said: “We act.”', 'Mayor of Kent'],
    ['Tom Baker, Chief Executive, said: “We act.”', 'Chief Executive'],
  ])('leaves an office as the role: %s', (input, role) => {
    expect(extractQuotes(input)[0]?.speaker?.role).toBe(role)
  })
})

describe('a bare name in apposition after a name', () => {
  it.each([
    ['“We are delighted,” Tom Baker, Jane Doe said.'],
    ['Tom Baker, Jane Doe said: “We are delighted.”'],
    ['“We are delighted,” said Tom Baker, Mary-Jane O’Neill.'],
    ['“We are delighted,” said Tom Baker, Ann McDonald.'],
  ])('is a second person, not the first one’s role: %s', (input) => {
    const speaker = extractQuotes(input)[0]?.speaker
    expect(speaker).toBeDefined()
    expect(speaker?.role).toBeNull()
  })

  it.each([
    // A body, a place or a firm written as a name is written is the role still.
    ['“We are delighted,” said Tom Baker, Victim Support.', 'Victim Support'],
    ['“We are delighted,” said Tom Baker, Greater Manchester.', 'Greater Manchester'],
    ['“We are delighted,” said Tom Baker, Acme Holdings.', 'Acme Holdings'],
    ['“We are delighted,” said Tom Baker, Kent Police.', 'Kent Police'],
    // A name that ends with a body's kind word: "International", "Watch", "Alliance", "Centre".
    ['Tom Baker, Amnesty International, said: “We are delighted.”', 'Amnesty International'],
    ['“We are delighted,” said Tom Baker, Human Rights Watch.', 'Human Rights Watch'],
    ['“We are delighted,” said Tom Baker, Climate Alliance.', 'Climate Alliance'],
    ['Tom Baker, Ocean Coalition, said: “We are delighted.”', 'Ocean Coalition'],
    ['“We are delighted,” said Tom Baker, Brennan Center.', 'Brennan Center'],
  ])('leaves a body’s name as the role: %s', (input, role) => {
    expect(who(extractQuotes(input)[0])).toEqual(['Tom Baker', null, role])
  })

  it.each([
    ['Amnesty International said: “We are delighted.”', 'Amnesty International'],
    ['“We are delighted,” said Human Rights Watch.', 'Human Rights Watch'],
    ['Neighbourhood Watch said: “We are delighted.”', 'Neighbourhood Watch'],
    ['“We are delighted,” the Climate Alliance said.', 'Climate Alliance'],
  ])('reads such a name speaking alone as a body: %s', (input, name) => {
    const { quotes, people } = extractQuotesAndPeople(input)
    expect(quotes[0]?.speaker?.name).toBe(name)
    expect(people.map((p) => p.kind)).toEqual(['organisation'])
  })

  it.each([
    // The kind word in an office before the name, or opening a name, leaves the person whole.
    ['Watch Commander Jane Doe said: “We are delighted.”', ['Jane Doe', 'Watch Commander', null]],
    ['Centre Manager Jane Doe said: “We are delighted.”', ['Jane Doe', 'Centre Manager', null]],
    [
      'International Development Secretary Jane Doe said: “We are delighted.”',
      ['Jane Doe', 'International Development Secretary', null],
    ],
  ])('keeps an office that holds the word a person’s title: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })
})

describe('a possessive of a name or an age before a relation, then the name in apposition', () => {
  it.each([
    ['The 34-year-old’s mother, Jane Smith, said: ‘He was my world.’', 'Jane Smith'],
    ['The 19-year-old’s father, Tom Baker, 52, said: ‘He was my world.’', 'Tom Baker'],
    ['Tom Baker’s widow, Jane Baker, said: ‘He was my world.’', 'Jane Baker'],
    ['Mary Anne Baker’s son, Tom Baker, said: ‘She was my world.’', 'Tom Baker'],
  ])('names the one in apposition: %s', (input, name) => {
    expect(who(extractQuotes(input)[0])).toEqual([name, null, null])
  })

  it('leaves a relation with no name unnamed', () => {
    expect(extractQuotes('The 34-year-old’s mother said: ‘He was my world.’')[0]?.speaker ?? null).toBeNull()
  })
})

describe('a name that is the object of a verb, described before it, in a clause joined by "and"', () => {
  it.each([
    'Officers arrested the man’s brother, Tom Baker, and said: ‘We are not looking for anyone else.’',
    'Officers arrested the 34-year-old’s brother, Tom Baker, and said: ‘We are not looking for anyone else.’',
    'Detectives charged the driver, Tom Baker, 41, and said: ‘We are not looking for anyone else.’',
  ])('is not the speaker: %s', (input) => {
    expect(extractQuotes(input)[0]?.speaker?.name ?? null).not.toBe('Tom Baker')
  })

  it('gives the subject when it is a body', () => {
    expect(
      extractQuotes(
        'Kent Police named the man as Tom Baker, 67, and said: “Our thoughts are with his family.”',
      )[0]?.speaker?.name,
    ).toBe('Kent Police')
  })

  it.each([
    // The name is the subject of the verb, or of a relative clause.
    ['Tom Baker, 67, was arrested and said: “I did nothing wrong.”', 'Tom Baker'],
    ['Officers arrested Tom Baker, 67, who said: “I did nothing wrong.”', 'Tom Baker'],
  ])('leaves a subject named: %s', (input, name) => {
    expect(extractQuotes(input)[0]?.speaker?.name).toBe(name)
  })
})

describe('a titled name that is the object of an opening phrase, then the one who speaks', () => {
  it.each([
    'Referring to Detective Inspector Tom Baker, the judge said: “He has shown great diligence.”',
    'Turning to Detective Constable Jane Smith, the judge said: “She has shown great diligence.”',
    'Praising Chief Inspector Tom Baker, the coroner said: “He acted with courage.”',
  ])('gives the officer no role and does not name them: %s', (input) => {
    const [q] = extractQuotes(input)
    expect(q?.speaker ?? null).toBeNull()
  })

  it.each([
    // A comma closes the apposition, so it is the officer's role.
    [
      'Detective Inspector Tom Baker, the senior investigating officer, said: “We act.”',
      ['Tom Baker', 'Detective Inspector', 'senior investigating officer'],
    ],
    // No word makes the name an object.
    [
      'Speaking at the launch, Jane Smith, the chief executive said: “We act.”',
      ['Jane Smith', null, 'chief executive'],
    ],
    ['“We act,” said Jane Smith, the chief executive', ['Jane Smith', null, 'chief executive']],
    ['“We act,” according to Jane Smith, the chief executive.', ['Jane Smith', null, 'chief executive']],
    [
      '“We will appeal,” said Tory Jane Harris, the shadow minister.',
      ['Jane Harris', null, 'shadow minister'],
    ],
  ])('keeps an apposition as the role: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })
})

describe('a body called by its noun in capitals after an opening phrase', () => {
  it.each([
    ['U.S. Department of Justice', 'In a statement, the Department said: “We will enforce the law.”'],
    ['Leeds City Council', 'In a statement, the Council said: “We will support residents.”'],
    ['Leeds City Council', 'Today, the Council said: “We will support residents.”'],
  ])('is the publisher its noun names (%s): %s', (source, body) => {
    expect(speakersUnder(source, body)).toEqual([source])
  })

  it('is a body named before, of that kind', () => {
    expect(
      speakersUnder(
        'Kent Police',
        'Kent County Council closed the road. In a statement, the Council said: “We will support residents.”',
      ),
    ).toEqual(['Kent County Council'])
  })

  it('keeps a body named in full after the opening phrase', () => {
    expect(
      speakersUnder(
        'Kent Police',
        'In a statement, the Crown Prosecution Service said: “The evidence was clear.”',
      ),
    ).toEqual(['Crown Prosecution Service'])
  })
})

// Written in the style of Irish government departments' releases.
describe('the Taoiseach or the Tánaiste in apposition before the name', () => {
  it.each<[string, Who]>([
    [
      'The Tánaiste, Micheál Martin TD, today welcomed the agreement.\n\nSpeaking today, the Tánaiste said: “This is a good day.”',
      ['Micheál Martin', null, 'Tánaiste'],
    ],
    [
      'The Taoiseach, Simon Harris TD, today welcomed the agreement.\n\n“This is a good day,” the Taoiseach said.',
      ['Simon Harris', null, 'Taoiseach'],
    ],
    // Without the accent, as some pages write it.
    ['The Tanaiste, Micheal Martin TD, said: “This is a good day.”', ['Micheal Martin', null, 'Tanaiste']],
  ])('is the office the later description refers to: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })

  it('stays the title when written before the name with no comma', () => {
    expect(who(extractQuotes('Taoiseach Simon Harris said: “This is a good day.”')[0])).toEqual([
      'Simon Harris',
      'Taoiseach',
      null,
    ])
  })
})

describe('a body’s spokesperson after an opening phrase', () => {
  it.each<[string, Who]>([
    [
      'Responding to the survey, a Department for Education spokesperson said: “We are working with the sector.”',
      ['Department for Education', null, 'spokesperson'],
    ],
    [
      'In response, a spokesperson for the Home Office said: “We are working with the sector.”',
      ['Home Office', null, 'spokesperson'],
    ],
    [
      'In a statement, an NCA spokeswoman said: “We are working with partners.”',
      ['NCA', null, 'spokeswoman'],
    ],
  ])('speaks for the body: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })

  it.each([
    // Nobody the release names: a spokesperson for the police at large, or a person named.
    'Asked about the case, a police spokesperson said: “We are working with partners.”',
    'Asked about the case, a spokesperson said: “We are working with partners.”',
  ])('stays unnamed: %s', (input) => {
    expect(extractQuotes(input)[0]?.speaker ?? null).toBeNull()
  })

  it('is not a person named before the comma', () => {
    expect(
      who(extractQuotes('Jane Doe, a Home Office spokesperson, said: “We are working with the sector.”')[0]),
    ).toEqual(['Jane Doe', null, 'Home Office spokesperson'])
  })
})

describe('a well-known body as the publisher, called by its noun', () => {
  it.each([
    '“Criminal networks adapt quickly,” the agency said.',
    '“Criminal networks adapt quickly,” the Agency said.',
    'The Agency said: “Criminal networks adapt quickly.”',
  ])('is the publisher: %s', (body) => {
    expect(speakersUnder('Europol', body)).toEqual(['Europol'])
  })

  it.each([
    // The noun is not one the body is called by.
    ['Europol', '“Criminal networks adapt quickly,” the charity said.'],
    // A publisher that is no well-known body, whose name holds no noun of the kind.
    ['Afripol', '“Criminal networks adapt quickly,” the agency said.'],
  ])('is nobody otherwise (%s): %s', (source, body) => {
    expect(speakersUnder(source, body)).toEqual([null])
  })
})

describe('an office in capitals as the sentence opens, right before a name', () => {
  it.each([
    ['Spokeswoman Jane Doe said: “The investigation is ongoing.”', ['Jane Doe', null, 'Spokeswoman']],
    [
      'Spokesman Tom Baker said the road would reopen. “We thank drivers for their patience,” he said.',
      ['Tom Baker', null, 'Spokesman'],
    ],
    ['Prosecutor Jane Smith told the jury: “The evidence is clear.”', ['Jane Smith', null, 'Prosecutor']],
    ['Chairman Tom Baker said: “The board has acted.”', ['Tom Baker', null, 'Chairman']],
  ])('is the role, as in lower case after "said": %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // A rank that addresses the person is the title, or no office is read.
    ['Officer Tom Baker said: “We act.”', ['Tom Baker', null, null]],
    ['Deputy Jane Doe said: “We act.”', ['Jane Doe', 'Deputy', null]],
    ['Sheriff Tom Baker said: “We act.”', ['Tom Baker', 'Sheriff', null]],
    ['Director Tom Baker said: “We act.”', ['Tom Baker', 'Director', null]],
    // A relation is no office.
    ['Partner Tom Baker said: “We act.”', ['Tom Baker', null, null]],
  ])('reads no role: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })
})

describe('an office ending in a role noun, then a rank, before a name', () => {
  it.each([
    [
      '“We will be out in force this weekend,” Road Policing Commander Superintendent Jane Smith said.',
      ['Jane Smith', 'Superintendent', 'Road Policing Commander'],
    ],
    [
      'Senior Investigating Officer Detective Chief Inspector Tom Baker said: ‘We are keeping an open mind.’',
      ['Tom Baker', 'Detective Chief Inspector', 'Senior Investigating Officer'],
    ],
    [
      'Senior Investigating Officer Det Supt Gary Haskins said: “This was a senseless attack.”',
      ['Gary Haskins', 'Det Supt', 'Senior Investigating Officer'],
    ],
    [
      '"We are committed to keeping our community safe," says Waitematā District Commander Superintendent Naila Hassan.',
      ['Naila Hassan', 'Superintendent', 'Waitematā District Commander'],
    ],
    [
      'Area Commander Inspector Wayne Ewers says the arrests send a strong message. “Those involved will be held to account.”',
      ['Wayne Ewers', 'Inspector', 'Area Commander'],
    ],
    // An officer's rank, with the armed service written before it, after a civil office.
    [
      '“We will respond at a time of our choosing,” Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder said.',
      ['Pat Ryder', 'Air Force Maj. Gen.', 'Pentagon Press Secretary'],
    ],
    [
      'Joint Chiefs Chairman Army Gen. Mark Jones said: “The force is ready.”',
      ['Mark Jones', 'Army Gen.', 'Joint Chiefs Chairman'],
    ],
    [
      '“The port is open again,” said Deputy Press Secretary Rear Adm. Jane Doe.',
      ['Jane Doe', 'Rear Adm.', 'Deputy Press Secretary'],
    ],
  ])('gives the rank as the title and the office as the role: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // A title as listed, or a rank after an agency or a rank's own word, stays whole.
    ['Detective Chief Inspector Tom Baker said: “We act.”', 'Detective Chief Inspector'],
    ['Deputy Chief Constable Jane Doe said: “We act.”', 'Deputy Chief Constable'],
    ['Detective Acting Inspector Tom Baker said: “We act.”', 'Detective Acting Inspector'],
    ['AFP Detective Superintendent Tom Baker said: “We act.”', 'AFP Detective Superintendent'],
    ['Kent Police Detective Inspector Tom Baker said: “We act.”', 'Kent Police Detective Inspector'],
    ['FBI Special Agent Jane Doe said: “We act.”', 'FBI Special Agent'],
    ['Border Patrol Agent Jane Doe said: “We act.”', 'Border Patrol Agent'],
    // An office that ends in no rank is the title, as written.
    ['UNICEF Executive Director Catherine Russell said: “We act.”', 'UNICEF Executive Director'],
    ['Chief Executive Officer Jane Doe said: “We act.”', 'Chief Executive Officer'],
    ['Chief Petty Officer Jane Doe said: “We act.”', 'Chief Petty Officer'],
    // A service before a rank, with no office before them, is the title as written.
    ['Army Lt. Col. Tom Baker said: “We act.”', 'Army Lt. Col.'],
    ['Coast Guard Capt. Jane Doe said: “We act.”', 'Coast Guard Capt.'],
    // An honorific after an office is no rank.
    ['Chief Constable Dr Jane Doe said: “We act.”', 'Chief Constable Dr'],
  ])('keeps the title whole: %s', (input, title) => {
    expect(extractQuotes(input)[0]?.speaker?.title).toBe(title)
  })
})

describe('a surname that is a role’s or a body’s word', () => {
  it.each<[string, Who[]]>([
    // A person's apposition after the name: an office with no article, or an age (the narration).
    [
      'Nicola Ranger, chief executive of the nursing union, said: “Staff have had enough.”',
      [['Nicola Ranger', null, 'chief executive of the nursing union']],
    ],
    ['“Staff have had enough,” said Tom Watch, head of sales.', [['Tom Watch', null, 'head of sales']]],
    [
      'Police praised Tom Watch, 45, for his courage.\n\n“Staff have had enough,” Mr Watch said.',
      [['Tom Watch', null, null]],
    ],
    // Addressed by the surname with an honorific elsewhere in the release.
    [
      'Tom Watch said: “Staff have had enough.”\n\n“We will go on,” Mr Watch added.',
      [
        ['Tom Watch', null, null],
        ['Tom Watch', null, null],
      ],
    ],
    // Named in the narration before the honorific and the surname.
    [
      'Tom Watch runs the farm with his wife.\n\n“Staff have had enough,” Mr Watch said.',
      [['Tom Watch', null, null]],
    ],
    [
      'Nicola Ranger, who trained in Leeds, met staff.\n\n“Staff have had enough,” Ms Ranger said.',
      [['Nicola Ranger', null, null]],
    ],
    [
      'Nicola Ranger said: “Staff have had enough.”\n\n“We will go on,” Ms Ranger added.',
      [
        ['Nicola Ranger', null, null],
        ['Nicola Ranger', null, null],
      ],
    ],
  ])('is a person’s: %s', (input, expected) => {
    expect(extractQuotes(input).map(who)).toEqual(expected)
  })

  it.each<[string, string]>([
    // A body's name, with its apposition after an article, or never addressed as a person.
    ['Human Rights Watch, the campaign group, said: “Staff have had enough.”', 'Human Rights Watch'],
    [
      'Neighbourhood Watch said: “Staff have had enough.”\n\n“We will go on,” Mr Jones added.',
      'Neighbourhood Watch',
    ],
  ])('stays a body’s: %s', (input, name) => {
    const { quotes, people } = extractQuotesAndPeople(input)
    expect(quotes[0]?.speaker?.name).toBe(name)
    expect(people[0]?.kind).toBe('organisation')
  })

  it('reads no first name from a longer run of capitals before the surname', () => {
    const quotes = extractQuotes(
      'Human Rights Watch published a report.\n\n“Staff have had enough,” Mr Watch said.',
    )
    expect(quotes.map(who)).toEqual([['Watch', 'Mr', null]])
  })
})
