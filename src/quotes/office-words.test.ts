/**
 * Words of office before a name: titles of councils, courts and prosecutors ("Cr", "Associate
 * Justice", "Special Counsel"), and offices held jointly or in second place ("co-leader", "vice-president").
 * Sentences written in the style of council, court, party and company releases.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { extractQuotes } from './extract-quotes'
import { who } from './test-helpers'

/** The first quote's speaker in a release with a title line: [name, title]. */
function firstSpeaker(body: string) {
  const s = extract(`Title of the release\n\n${body}\n`).releases[0]?.quotes[0]?.speaker
  return s ? [s.name, s.title] : null
}

describe('"Cr", the councillor’s title in Australia and New Zealand', () => {
  it.each([
    ['“We want to hear from everyone,” said Cr Jane Doe.', ['Jane Doe', 'Cr', null]],
    ['Cr Jane Doe said: “We want to hear from everyone.”', ['Jane Doe', 'Cr', null]],
    ['“We want to hear from everyone,” said Cr. Jane Doe.', ['Jane Doe', 'Cr.', null]],
    [
      'Cr Jane Doe, chair of the planning committee, said: “We listened.”',
      ['Jane Doe', 'Cr', 'chair of the planning committee'],
    ],
  ])('is no part of the name: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('links a later "Cr Doe" to the councillor named in full', () => {
    const body =
      'Councillor Jane Doe, chair of the planning committee, said the decision was not taken lightly.\n\n“We have listened carefully,” Cr Doe said.'
    expect(firstSpeaker(body)).toEqual(['Jane Doe', 'Councillor'])
  })
})

describe('"Associate Justice" and "Special Counsel" before a name', () => {
  it.each([
    [
      '“The defendant acted with callous disregard,” said Associate Justice Jane Smith.',
      ['Jane Smith', 'Associate Justice', null],
    ],
    [
      '“This case is about accountability,” said Special Counsel Jack Smith.',
      ['Jack Smith', 'Special Counsel', null],
    ],
    [
      'Justice Minister Helen McEntee said: “This is a landmark ruling.”',
      ['Helen McEntee', 'Justice Minister', null],
    ],
    [
      'Justice Secretary Shabana Mahmood said: “This is a landmark ruling.”',
      ['Shabana Mahmood', 'Justice Secretary', null],
    ],
  ])('is the title: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    ['“This is a landmark ruling,” the Justice Department said.', 'Justice Department'],
    ['“This is a landmark ruling,” said a Justice Department spokesperson.', 'Justice Department'],
  ])('leaves a body named with the word: %s', (input, body) => {
    expect(extractQuotes(input)[0]?.speaker?.name).toBe(body)
  })
})

describe('an office held jointly or in second place', () => {
  it.each([
    [
      '“We will work together,” said Green Party co-leader Chlöe Swarbrick.',
      ['Chlöe Swarbrick', 'Green Party co-leader', null],
    ],
    [
      '“We will work together,” said Te Pāti Māori co-leader Rawiri Waititi.',
      ['Rawiri Waititi', 'Te Pāti Māori co-leader', null],
    ],
    ['“We will work together,” said Acme co-founder Jane Doe.', ['Jane Doe', 'Acme co-founder', null]],
    [
      '“We will work together,” said Acme vice-president Jane Doe.',
      ['Jane Doe', 'Acme vice-president', null],
    ],
    ['“We will work together,” said Jane Doe, co-founder of Acme.', ['Jane Doe', null, 'co-founder of Acme']],
    [
      '“We will work together,” said Jane Doe, vice-chair of the board.',
      ['Jane Doe', null, 'vice-chair of the board'],
    ],
  ])('reads the office: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // A hyphenated surname is no office.
    ['“We will work together,” said Jane Smith-Jones.', 'Jane Smith-Jones'],
  ])('leaves other hyphenated words: %s', (input, name) => {
    expect(extractQuotes(input)[0]?.speaker?.name).toBe(name)
  })
})

describe('an adviser’s office and an office head after a listed title', () => {
  it.each([
    [
      'Chief Strategic Adviser John Smith said: “This is a long-term plan for the region.”',
      ['John Smith', 'Chief Strategic Adviser', null],
    ],
    [
      '“The evidence is clear,” said Chief Scientific Adviser Jane Doe.',
      ['Jane Doe', 'Chief Scientific Adviser', null],
    ],
    [
      'Principal Legal Advisor Jane Doe said: “We will appeal.”',
      ['Jane Doe', 'Principal Legal Advisor', null],
    ],
    // "Chief" is a title of its own; the head after it completes the office.
    ['Chief Adviser John Smith said: “This is a long-term plan.”', ['John Smith', 'Chief Adviser', null]],
    ['Chief Officer Jane Doe said: “Our specials do vital work.”', ['Jane Doe', 'Chief Officer', null]],
    ['“Our specials do vital work,” Chief Officer Doe said.', ['Doe', 'Chief Officer', null]],
  ])('%s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('reads no title from a head that no name follows', () => {
    expect(who(extractQuotes('The Chief Adviser said: “This is a long-term plan.”')[0])).toBeNull()
    expect(who(extractQuotes('Chief Adviser Officer said: “This is a long-term plan.”')[0])).toBeNull()
  })
})

describe('an office with its remit after "in the" before a name', () => {
  it.each([
    // Written in the style of South African and UK government releases.
    [
      '“Cabinet welcomes the decline,” said Minister in the Presidency Khumbudzo Ntshavheni.',
      ['Khumbudzo Ntshavheni', 'Minister in the Presidency', 'Minister in the Presidency'],
    ],
    [
      'Minister in the Cabinet Office Jane Doe said: “The review is under way.”',
      ['Jane Doe', 'Minister in the Cabinet Office', 'Minister in the Cabinet Office'],
    ],
  ])('%s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('links a later short reference to the full name', () => {
    const body =
      'Minister in the Presidency Khumbudzo Ntshavheni briefed the media.\n\n“Cabinet welcomes the decline,” said Minister Ntshavheni.'
    expect(firstSpeaker(body)).toEqual(['Khumbudzo Ntshavheni', 'Minister in the Presidency'])
  })

  it('reads no remit from "in the" after a title that no remit follows', () => {
    expect(who(extractQuotes('Special Agent in Charge Jane Doe said: “We will act.”')[0])).toEqual([
      'Jane Doe',
      'Special Agent in Charge',
      null,
    ])
    expect(
      who(extractQuotes('The Officer in the Case, Detective Constable Jane Doe, said: “We will act.”')[0]),
    ).toEqual(['Jane Doe', 'Detective Constable', 'Officer in the Case'])
  })
})

describe('an office with the place of its remit after "in" before a name', () => {
  it.each([
    // Written in the style of UN agency, charity and Irish and Scottish government releases.
    [
      'UNICEF Representative in Sudan Jane Doe said: “Children are dying every day.”',
      ['Jane Doe', 'UNICEF Representative in Sudan', 'UNICEF Representative in Sudan'],
    ],
    [
      '“Families have lost everything,” said WFP Country Director in Haiti Jean-Martin Bauer.',
      ['Jean-Martin Bauer', 'WFP Country Director in Haiti', 'WFP Country Director in Haiti'],
    ],
    [
      'The Minister for Health in Ireland Stephen Donnelly said: “This is a good day.”',
      ['Stephen Donnelly', 'Minister for Health in Ireland', 'Minister for Health in Ireland'],
    ],
    [
      'Head of Policing in Scotland Jo Farrell said: “We will listen.”',
      ['Jo Farrell', 'Head of Policing in Scotland', 'Head of Policing in Scotland'],
    ],
    // A word before the office's head is the office's, whatever it describes on its own.
    [
      '“Aid must reach everyone,” said UN Resident Coordinator in Yemen Julien Harneis.',
      ['Julien Harneis', 'UN Resident Coordinator in Yemen', 'UN Resident Coordinator in Yemen'],
    ],
    [
      'UNDP Resident Representative in Kenya Amy Poe said: “The harvest has failed.”',
      ['Amy Poe', 'UNDP Resident Representative in Kenya', 'UNDP Resident Representative in Kenya'],
    ],
    // A rank with the place it serves in, as police releases write it.
    [
      'Detective Inspector in Leeds Jane Doe said: “We will find them.”',
      ['Jane Doe', 'Detective Inspector in Leeds', 'Detective Inspector in Leeds'],
    ],
    [
      '“We will find them,” said Detective Chief Inspector in Bradford Amy Poe.',
      ['Amy Poe', 'Detective Chief Inspector in Bradford', 'Detective Chief Inspector in Bradford'],
    ],
    [
      '“We will act,” said HM Inspector of Constabulary Wendy Williams.',
      ['Wendy Williams', 'HM Inspector of Constabulary', 'HM Inspector of Constabulary'],
    ],
  ])('%s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // "in Charge" closes a rank: no remit, and no role.
    [
      'Assistant Director in Charge Jane Doe said: “We will act.”',
      ['Jane Doe', 'Assistant Director in Charge', null],
    ],
    // An office with no remit keeps its reading.
    ['State Representative Jane Doe said: “Vote yes.”', ['Jane Doe', 'State Representative', null]],
    [
      '“Aid must reach everyone,” said UN Resident Coordinator Jane Doe.',
      ['Jane Doe', 'UN Resident Coordinator', null],
    ],
    ['“We will act,” said Detective Inspector Jane Doe.', ['Jane Doe', 'Detective Inspector', null]],
    // The place after the name is no remit.
    [
      '“We will act,” said Detective Inspector Jane Doe, in Leeds.',
      ['Jane Doe', 'Detective Inspector', null],
    ],
    // An article before the office is no word of it.
    [
      'The Director of Finance Tom Baker said: “We will act.”',
      ['Tom Baker', 'Director of Finance', 'Director of Finance'],
    ],
    // The place in a relative clause after the name is no remit.
    [
      'Chief Inspector Jane Doe, who is based in Leeds, said: “We will act.”',
      ['Jane Doe', 'Chief Inspector', null],
    ],
    // Written in apposition, the office is the role.
    [
      '“Children are dying,” said the UNICEF Representative in Sudan, Jane Doe.',
      ['Jane Doe', null, 'UNICEF Representative in Sudan'],
    ],
  ])('keeps its reading: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('reads a long run of offices and places in linear time', () => {
    const input = `${'Resident Coordinator in Yemen '.repeat(300)}Jane Doe said: “We act.”`
    const started = Date.now()
    expect(extractQuotes(input)[0]?.text).toBe('We act.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('an academic or clinical office with its field before a name', () => {
  it.each([
    // Written in the style of university and NHS trust releases.
    [
      'Lecturer in Criminology Jane Doe said: “Stay safe.”',
      ['Jane Doe', 'Lecturer in Criminology', 'Lecturer in Criminology'],
    ],
    ['“Stay safe,” said Professor of Law Jane Doe.', ['Jane Doe', 'Professor of Law', 'Professor of Law']],
    [
      'Professor of Law at the University of Leeds Jane Doe said: “Stay safe.”',
      [
        'Jane Doe',
        'Professor of Law at the University of Leeds',
        'Professor of Law at the University of Leeds',
      ],
    ],
    [
      'Reader in Economics Tom Baker said: “Prices will rise.”',
      ['Tom Baker', 'Reader in Economics', 'Reader in Economics'],
    ],
    // The body after "at" may come with no article.
    [
      '“Students are ready,” said Senior Lecturer in Nursing at Leeds Beckett University Jane Doe.',
      [
        'Jane Doe',
        'Senior Lecturer in Nursing at Leeds Beckett University',
        'Senior Lecturer in Nursing at Leeds Beckett University',
      ],
    ],
    [
      'Reader in Economics at UCL Tom Baker said: “Prices will rise.”',
      ['Tom Baker', 'Reader in Economics at UCL', 'Reader in Economics at UCL'],
    ],
    [
      '“Costs are rising,” said Director of Finance at Acme Tom Baker.',
      ['Tom Baker', 'Director of Finance at Acme', 'Director of Finance at Acme'],
    ],
  ])('%s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // With no remit, the word is a title or a role as before.
    ['Professor Jane Doe said: “Stay safe.”', ['Jane Doe', 'Professor', null]],
    ['Consultant Jane Doe said: “Stay safe.”', ['Jane Doe', null, 'Consultant']],
    [
      'Jane Doe, Lecturer in Criminology at the University of Leeds, said: “Stay safe.”',
      ['Jane Doe', null, 'Lecturer in Criminology at the University of Leeds'],
    ],
    // A body after "at" and the name is where the holder works, not part of the office before it.
    [
      '“Stay safe,” said Head of Policy Jane Doe at Acme Group.',
      ['Jane Doe', 'Head of Policy', 'Head of Policy'],
    ],
    [
      'Head of Policy Jane Doe at Acme Group said: “Stay safe.”',
      ['Jane Doe', 'Head of Policy', 'Head of Policy'],
    ],
    [
      '“Stay safe,” said Lecturer in Law Jane Doe at Leeds.',
      ['Jane Doe', 'Lecturer in Law', 'Lecturer in Law'],
    ],
  ])('keeps its reading: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('reads a long run of offices and bodies after "at" in linear time', () => {
    const input = `${'Lecturer in Law at Leeds '.repeat(300)}Jane Doe said: “We act.” ${'Head of Policy Jane Doe at Acme '.repeat(300)}said: “We act too.”`
    const started = Date.now()
    expect(extractQuotes(input)[0]?.text).toBe('We act.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('an office head and "in Charge" before a name', () => {
  it.each([
    // Written in the style of NZ and Australian police and fire service releases.
    ['Officer in Charge Jane Doe said: “We are ready.”', ['Jane Doe', 'Officer in Charge', null]],
    ['“We are ready,” said Officer in Charge Jane Doe.', ['Jane Doe', 'Officer in Charge', null]],
    [
      'Station Officer in Charge Tom Baker said: “The crew did well.”',
      ['Tom Baker', 'Station Officer in Charge', null],
    ],
    ['Commander in Charge Jane Doe said: “We are ready.”', ['Jane Doe', 'Commander in Charge', null]],
  ])('%s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // With its remit after it, in apposition, the office is the role.
    [
      'Senior Sergeant Jane Doe, Officer in Charge of Nelson Police Station, said: “We are ready.”',
      ['Jane Doe', 'Senior Sergeant', 'Officer in Charge of Nelson Police Station'],
    ],
    [
      'Officer in Charge of Nelson CIB, Detective Senior Sergeant Jane Doe, said: “We are ready.”',
      ['Jane Doe', 'Detective Senior Sergeant', 'Officer in Charge of Nelson CIB'],
    ],
    // A listed title keeps its reading.
    ['“We are ready,” said Special Agent in Charge Jane Doe.', ['Jane Doe', 'Special Agent in Charge', null]],
  ])('keeps its reading: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })
})

// Written in the style of NZ and Pacific court and police releases.
describe('a word and "Counsel" or "Spokesperson" before a name', () => {
  it.each([
    [
      'Crown Counsel Jane Doe said: “The sentence reflects the offending.”',
      ['Jane Doe', 'Crown Counsel', null],
    ],
    [
      '“The sentence reflects the offending,” said Senior Crown Counsel Jane Doe.',
      ['Jane Doe', 'Senior Crown Counsel', null],
    ],
    [
      'Police Spokesperson Tom Baker said: “Inquiries are continuing.”',
      ['Tom Baker', 'Police Spokesperson', null],
    ],
    ['“Inquiries are continuing,” said Police Spokesman Tom Baker.', ['Tom Baker', 'Police Spokesman', null]],
  ])('is the title: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // After the name, the office is the role; with no name, the body speaks.
    [
      '“The sentence reflects the offending,” said Jane Doe, Crown Counsel.',
      ['Jane Doe', null, 'Crown Counsel'],
    ],
    ['A Kent Police Spokesperson said: “Inquiries are continuing.”', ['Kent Police', null, 'Spokesperson']],
  ])('is no title: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })
})

describe('a title inside the words before a name', () => {
  it.each([
    // Written in the style of US state and city releases.
    ['“We delivered,” said House Speaker Amy Poe.', ['Amy Poe', 'House Speaker', null]],
    ['House Speaker Amy Poe said: “We delivered.”', ['Amy Poe', 'House Speaker', null]],
  ])('opens the titled name after it: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // A title that is a name's word too stays in the name.
    ['“We delivered,” said John Major Smith.', ['John Major Smith', null, null]],
    ['“We delivered,” said Amy Poe.', ['Amy Poe', null, null]],
  ])('leaves a name whole: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })
})

describe('"Leader" heading an office before a name', () => {
  it.each([
    [
      'Senate Majority Leader John Roe said, “This was a team effort.”',
      ['John Roe', 'Senate Majority Leader', null],
    ],
    ['“This was a team effort,” said Opposition Leader Jane Doe.', ['Jane Doe', 'Opposition Leader', null]],
    ['Council Leader Jane Doe said: “This was a team effort.”', ['Jane Doe', 'Council Leader', null]],
  ])('is the title: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // In apposition after an article, the office is the role; with its remit, as before.
    [
      'The Leader of the Council, Jane Doe, said: “This was a team effort.”',
      ['Jane Doe', null, 'Leader of the Council'],
    ],
    [
      'Leader of the Council Jane Doe said: “This was a team effort.”',
      ['Jane Doe', 'Leader of the Council', 'Leader of the Council'],
    ],
  ])('keeps other shapes: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })
})

describe('a collar number between the rank and the name', () => {
  it.each([
    // Written in the style of UK police releases.
    ['PC 1234 Sam Green said: “We want to hear from you.”', ['Sam Green', 'PC', null]],
    ['“We want to hear from you,” said PCSO 567 Jo Bloggs.', ['Jo Bloggs', 'PCSO', null]],
    [
      'Investigating officer DC 4567 Jane Doe said: “We want to hear from you.”',
      ['Jane Doe', 'DC', 'Investigating officer'],
    ],
  ])('is no part of the title or the name: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('links a later reference to the officer', () => {
    const quotes = extractQuotes(
      'PC 1234 Sam Green said: “We want to hear from you.”\n\n“Call us,” PC Green added.',
    )
    expect(quotes.map(who)).toEqual([
      ['Sam Green', 'PC', null],
      ['Sam Green', 'PC', null],
    ])
  })
})

// Written in the style of school districts', academies' and colleges' releases.
describe('a school’s head addressed by office', () => {
  it.each([
    ['“Our students are safe,” said Principal Jane Doe.', ['Jane Doe', 'Principal', null]],
    ['Principal Jane Doe said: “Our students are safe.”', ['Jane Doe', 'Principal', null]],
    [
      'Principal Jane Doe, of Riverton High School, said: “Our students are safe.”',
      ['Jane Doe', 'Principal', 'Riverton High School'],
    ],
    ['“Our students are safe,” said Headteacher Jane Doe.', ['Jane Doe', 'Headteacher', null]],
  ])('is the title: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // The office after the name stays the role; "Principal Investigator" is no head's title.
    [
      '“We are safe,” said Jane Doe, Principal of Riverton College.',
      ['Jane Doe', null, 'Principal of Riverton College'],
    ],
    ['“Our students are safe,” said Principal Investigator Jane Doe.', ['Jane Doe', null, null]],
  ])('leaves other uses of the word: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })
})

// An office and its remit in lower case before a name, with no comma ("Leader of the council Ann
// Lee said"): the role as written, as after a comma ("Leader of the council, Ann Lee, said").
describe('an office and its remit in lower case before a name', () => {
  it.each<[string, [string, string | null, string | null]]>([
    // Written in the style of UK council, NHS trust and charity releases.
    ['Leader of the council Ann Lee said: “We will act.”', ['Ann Lee', null, 'Leader of the council']],
    ['“We will act,” said leader of the council Ann Lee.', ['Ann Lee', null, 'leader of the council']],
    [
      'Deputy leader of the council Ann Lee said: “We will act.”',
      ['Ann Lee', null, 'Deputy leader of the council'],
    ],
    [
      'Cabinet member for housing Ann Lee said: “We will act.”',
      ['Ann Lee', null, 'Cabinet member for housing'],
    ],
    [
      'Speaking at the meeting, director of public health Ann Lee said: “We will act.”',
      ['Ann Lee', null, 'director of public health'],
    ],
    ['The chair of the board Ann Lee said: “We will act.”', ['Ann Lee', null, 'chair of the board']],
    [
      'Head of communications at the council Ann Lee said: “We will act.”',
      ['Ann Lee', null, 'Head of communications at the council'],
    ],
  ])('is the role: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })

  it.each<[string, [string, string | null, string | null]]>([
    // The office is someone else's: the object of a preposition or of the verb before the name.
    ['In a letter to the head of the council Ann Lee said: “We will act.”', ['Ann Lee', null, null]],
    ['The leader of the council thanked Ann Lee, who said: “We will act.”', ['Ann Lee', null, null]],
    ['On behalf of the council Ann Lee said: “We will act.”', ['Ann Lee', null, null]],
    // A body before the office, and the office in capitals, read as before.
    [
      'NSPCC head of policy Ann Lee said: “We will act.”',
      ['Ann Lee', 'NSPCC head of policy', 'NSPCC head of policy'],
    ],
    [
      'Leader of the Council Ann Lee said: “We will act.”',
      ['Ann Lee', 'Leader of the Council', 'Leader of the Council'],
    ],
  ])('near miss, read as before: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })
})

// An office's remit that holds a body's initials or a word in the possessive, before a name.
describe('a remit with initials or a possessive before a name', () => {
  it.each<[string, [string, string | null, string | null]]>([
    // Written in the style of UK charity, NHS, council and police releases.
    [
      'Chief Executive of the RSPCA Chris Sherwood said: “We will act.”',
      ['Chris Sherwood', 'Chief Executive of the RSPCA', 'Chief Executive of the RSPCA'],
    ],
    [
      'Chief Executive of NHS England Amanda Pritchard said: “We will act.”',
      ['Amanda Pritchard', 'Chief Executive of NHS England', 'Chief Executive of NHS England'],
    ],
    [
      'Director of Children’s Services Jane Doe said: “We will act.”',
      ['Jane Doe', 'Director of Children’s Services', 'Director of Children’s Services'],
    ],
    [
      'Director of Victims’ Services Jane Doe said: “We will act.”',
      ['Jane Doe', 'Director of Victims’ Services', 'Director of Victims’ Services'],
    ],
    [
      'Head of CID Detective Superintendent Jane Doe said: “We will act.”',
      ['Jane Doe', 'Detective Superintendent', 'Head of CID'],
    ],
  ])('is the title: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })

  it.each<[string, [string, string | null, string | null]]>([
    // A body's name runs on after the possessive: the words before its last word are no name.
    [
      'Head of the National Police Chiefs’ Council Operations Coordination Committee, Chief Constable Charlie Hall, said: “We will act.”',
      [
        'Charlie Hall',
        'Chief Constable',
        'Head of the National Police Chiefs’ Council Operations Coordination Committee',
      ],
    ],
    [
      'Minister for Health Jane Doe said: “We will act.”',
      ['Jane Doe', 'Minister for Health', 'Minister for Health'],
    ],
  ])('near miss, read as before: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })
})

// Offices of more than one word written with "of" and their remit before a name.
describe('an office of two words and its remit before a name', () => {
  it.each<[string, [string, string | null, string | null]]>([
    // Written in the style of UK police, agency, university and US state releases.
    [
      'Chief Constable of Kent Police Jane Doe said: “We will act.”',
      ['Jane Doe', 'Chief Constable of Kent Police', 'Chief Constable of Kent Police'],
    ],
    [
      'Director General of the NCA Graeme Biggar said: “We will act.”',
      ['Graeme Biggar', 'Director General of the NCA', 'Director General of the NCA'],
    ],
    [
      'Secretary-General of NATO Mark Rutte said: “We will act.”',
      ['Mark Rutte', 'Secretary-General of NATO', 'Secretary-General of NATO'],
    ],
    [
      'Attorney General of Texas Ken Paxton said: “We will act.”',
      ['Ken Paxton', 'Attorney General of Texas', 'Attorney General of Texas'],
    ],
    [
      'Vice-Chancellor of the University of Leeds Jane Doe said: “We will act.”',
      [
        'Jane Doe',
        'Vice-Chancellor of the University of Leeds',
        'Vice-Chancellor of the University of Leeds',
      ],
    ],
    [
      'President of the University of Leeds Jane Doe said: “We will act.”',
      ['Jane Doe', 'President of the University of Leeds', 'President of the University of Leeds'],
    ],
  ])('is the title: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })

  it.each<[string, [string, string | null, string | null]]>([
    // The rank alone, the rank with a body after the name, and the office with no name.
    ['Chief Inspector Jane Doe said: “We will act.”', ['Jane Doe', 'Chief Inspector', null]],
    [
      'Detective Chief Inspector Jane Doe of Kent Police said: “We will act.”',
      ['Jane Doe', 'Detective Chief Inspector', 'Kent Police'],
    ],
    ['“We will act,” said the Chief Constable of Kent Police.', ['Kent Police', null, 'Chief Constable']],
    [
      '“We will act,” said the Vice-Chancellor of the University of Leeds.',
      ['University of Leeds', null, 'Vice-Chancellor'],
    ],
  ])('near miss, read as before: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })
})

// Whose office it is, a plural or the sovereign in the possessive, opens the title as written.
describe('an office opened by its owners in the possessive', () => {
  it.each<[string, [string, string | null, string | null]]>([
    // Written in the style of UK and Welsh commissioners' and inspectorates' releases.
    [
      'Children’s Commissioner Rachel de Souza said: “We will act.”',
      ['Rachel de Souza', 'Children’s Commissioner', null],
    ],
    [
      '“We will act,” said Victims’ Commissioner Baroness Newlove.',
      ['Newlove', 'Victims’ Commissioner Baroness', null],
    ],
    [
      'Older People’s Commissioner for Wales Rhian Bowen-Davies said: “We will act.”',
      [
        'Rhian Bowen-Davies',
        'Older People’s Commissioner for Wales',
        'Older People’s Commissioner for Wales',
      ],
    ],
    [
      'His Majesty’s Chief Inspector of Constabulary Andy Cooke said: “We will act.”',
      [
        'Andy Cooke',
        'His Majesty’s Chief Inspector of Constabulary',
        'His Majesty’s Chief Inspector of Constabulary',
      ],
    ],
  ])('is part of the title: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })

  it.each<[string, [string, string | null, string | null]]>([
    // A place's and a person's possessive are not.
    ['Scotland’s First Minister John Swinney said: “We will act.”', ['John Swinney', 'First Minister', null]],
    [
      'Boris Johnson’s Home Secretary Priti Patel said: “We will act.”',
      ['Priti Patel', 'Home Secretary', null],
    ],
  ])('near miss, read as before: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })
})

describe('an office with its remit after "of" and the one it serves after "to" before a name', () => {
  it.each([
    // Written in the style of EU delegation, embassy and UN mission releases.
    [
      '“Trade is growing,” said Head of the EU Delegation to Kenya Jane Doe.',
      ['Jane Doe', 'Head of the EU Delegation to Kenya', 'Head of the EU Delegation to Kenya'],
    ],
    [
      'Head of the EU Delegation to Kenya Jane Doe said: “Trade is growing.”',
      ['Jane Doe', 'Head of the EU Delegation to Kenya', 'Head of the EU Delegation to Kenya'],
    ],
    [
      '“Trade is growing,” said Ambassador of Ireland to the United States Jane Doe.',
      [
        'Jane Doe',
        'Ambassador of Ireland to the United States',
        'Ambassador of Ireland to the United States',
      ],
    ],
    [
      '“We will vote for it,” said Permanent Representative of France to the UN Nicolas de Rivière.',
      [
        'Nicolas de Rivière',
        'Permanent Representative of France to the UN',
        'Permanent Representative of France to the UN',
      ],
    ],
  ])('%s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // The office served after "to" is no rank of the holder's.
    [
      'Chief of Staff to the Prime Minister Tom Baker said: “We are ready to help.”',
      ['Tom Baker', 'Chief of Staff to the Prime Minister', 'Chief of Staff to the Prime Minister'],
    ],
    [
      '“We are ready to help,” said Principal Private Secretary to the Prime Minister Jane Doe.',
      [
        'Jane Doe',
        'Principal Private Secretary to the Prime Minister',
        'Principal Private Secretary to the Prime Minister',
      ],
    ],
    [
      '“We are ready to help,” said Ambassador to the United Nations Linda Thomas-Greenfield.',
      ['Linda Thomas-Greenfield', 'Ambassador to the United Nations', 'Ambassador to the United Nations'],
    ],
    // A rank after a remit with no "to" is still the title.
    [
      '“Slow down,” said Head of Roads Policing Inspector Jane Doe.',
      ['Jane Doe', 'Inspector', 'Head of Roads Policing'],
    ],
    // "to" after the name is no remit.
    [
      '“We welcome it,” said Director of Policy Jane Doe to the committee.',
      ['Jane Doe', 'Director of Policy', 'Director of Policy'],
    ],
    // A surname alone after a remit still closes it, but not the name of the one served after "to the".
    ['“We welcome it,” Member for Cairns Healy said.', ['Healy', 'Member for Cairns', 'Member for Cairns']],
  ])('keeps its reading: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('names no one in the one served', () => {
    const quotes = extractQuotes(
      '“Trade between our countries grows every year and we welcome it,” Ambassador to the United States said.',
    )
    expect(quotes[0]?.speaker ?? null).toBeNull()
  })

  it('reads a long run of remits in linear time', () => {
    const input = `${'Head of the EU Delegation to Kenya to '.repeat(300)}Jane Doe said: “We act.”`
    const started = Date.now()
    expect(extractQuotes(input)[0]?.text).toBe('We act.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a listed office of words joined by "and" or a comma, with its remit, before a name', () => {
  it.each([
    // Written in the style of English police and crime commissioners' releases.
    [
      '“Crime is down,” said Police, Fire and Crime Commissioner for Essex Roger Hirst.',
      [
        'Roger Hirst',
        'Police, Fire and Crime Commissioner for Essex',
        'Police, Fire and Crime Commissioner for Essex',
      ],
    ],
    [
      'Police, Fire and Crime Commissioner for North Yorkshire Zoë Metcalfe said: “We will listen.”',
      [
        'Zoë Metcalfe',
        'Police, Fire and Crime Commissioner for North Yorkshire',
        'Police, Fire and Crime Commissioner for North Yorkshire',
      ],
    ],
    [
      '“Crime is down,” said Police and Crime Commissioner for Kent Matthew Scott.',
      ['Matthew Scott', 'Police and Crime Commissioner for Kent', 'Police and Crime Commissioner for Kent'],
    ],
  ])('%s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // With no remit, the listed title as before; in apposition after the name, the role.
    [
      '“Crime is down,” said Police, Fire and Crime Commissioner Roger Hirst.',
      ['Roger Hirst', 'Police, Fire and Crime Commissioner', null],
    ],
    [
      '“Crime is down,” said Roger Hirst, Police, Fire and Crime Commissioner for Essex.',
      ['Roger Hirst', null, 'Police, Fire and Crime Commissioner for Essex'],
    ],
    // An office spoken to is no role of the one who speaks.
    [
      'In a message to the Police, Fire and Crime Commissioner, Roger Hirst said: “Crime is down.”',
      ['Roger Hirst', null, null],
    ],
  ])('keeps its reading: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // After an article and before the name in apposition, the office is the role, comma and all.
    [
      '“Crime is down,” said the Police, Fire and Crime Commissioner for Essex, Roger Hirst.',
      ['Roger Hirst', null, 'Police, Fire and Crime Commissioner for Essex'],
    ],
    [
      'The Police, Fire and Crime Commissioner, Roger Hirst, said: “Crime is down.”',
      ['Roger Hirst', null, 'Police, Fire and Crime Commissioner'],
    ],
    [
      '“Crime is down,” said the Police and Crime Commissioner for Kent, Matthew Scott.',
      ['Matthew Scott', null, 'Police and Crime Commissioner for Kent'],
    ],
  ])('in apposition: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('reads a long run of such offices in linear time', () => {
    const input = `${'the Police, Fire and Crime Commissioner, '.repeat(300)}Roger Hirst said: “We act.” ${'Police, Fire and Crime Commissioner for Essex '.repeat(300)}Roger Hirst said: “We act.”`
    const started = Date.now()
    expect(extractQuotes(input)[0]?.text).toBe('We act.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('the head of a school, in one word', () => {
  it.each([
    [
      'Mr Doe, the school’s headteacher, said: “Pupils did brilliantly.”',
      ['Doe', 'Mr', 'school’s headteacher'],
    ],
    [
      'Jane Doe, headteacher at Leeds Primary School, said: “Pupils did brilliantly.”',
      ['Jane Doe', null, 'headteacher at Leeds Primary School'],
    ],
    ['Jane Doe, the headmistress, said: “Pupils did brilliantly.”', ['Jane Doe', null, 'headmistress']],
    [
      'Tom Baker, headmaster of Leeds Grammar School, said: “We won.”',
      ['Tom Baker', null, 'headmaster of Leeds Grammar School'],
    ],
    ['“Pupils did brilliantly,” said headteacher Jane Doe.', ['Jane Doe', null, 'headteacher']],
    ['Headteacher Jane Doe said: “Pupils did brilliantly.”', ['Jane Doe', 'Headteacher', null]],
  ])('is a role: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('keeps a trade that is no office out of the role', () => {
    expect(who(extractQuotes('“We did well,” said teacher Jane Doe.')[0])).toEqual(['Jane Doe', null, null])
  })
})
