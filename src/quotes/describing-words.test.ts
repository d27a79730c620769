// Words around a name that describe the person or the body who speaks, not part of a name or a
// title: a trade before a surname alone, a name that is an object before "and", an Irish article
// opening a body's name before an office, a body called back by a common noun, aldermen and
// ambassadors addressed by their office.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { who } from './test-helpers'

const first = (input: string) => extractQuotes(input)[0]

describe('a trade or a family tie before a surname alone', () => {
  it.each([
    ['“We are doing everything we can,” Nurse Smith said.', 'Smith'],
    ['“We are doing everything we can,” said Nurse Smith.', 'Smith'],
    ['“It was a shock,” Butcher Baker said.', 'Baker'],
    ['Shopkeeper Baker, 54, said: “We were terrified.”', 'Baker'],
    ['“The crop is lost,” Farmer Jones told reporters.', 'Jones'],
    ['“The harbour needs work,” Fisherman O’Brien said.', 'O’Brien'],
    ['“He was a lovely man,” Widow Smith said.', 'Smith'],
    ['“He was a lovely man,” Grandmother-of-five Jones said.', 'Jones'],
  ])('is no part of the name: %s', (input, name) => {
    expect(first(input)?.speaker?.name).toBe(name)
  })

  it.each([
    // A surname alone, a given name before a surname, a given name of a trade's shape, a form of address.
    ['“It was a shock,” Hunter said.', 'Hunter'],
    ['“It was a shock,” Butcher said.', 'Butcher'],
    ['“We played well,” Hunter Smith said.', 'Hunter Smith'],
    ['“We played well,” Mason Mount said.', 'Mason Mount'],
    ['“We will appeal,” Freeman Smith said.', 'Freeman Smith'],
    ['“We will appeal,” Norman Smith said.', 'Norman Smith'],
    ['“He was a lovely man,” Father Murphy said.', 'Father Murphy'],
    ['“She was a lovely woman,” Sister Mary said.', 'Sister Mary'],
    ['“We are doing everything we can,” Nurse Jane Smith said.', 'Jane Smith'],
  ])('leaves a name whole: %s', (input, name) => {
    expect(first(input)?.speaker?.name).toBe(name)
  })
})

describe('a name that is the object of a verb before "and" and the cue, with no comma', () => {
  it.each([
    ['Police named him as Tom Baker and said: “Our thoughts are with his family.”', 'Police'],
    ['Police named the man as Tom Baker and said: “Our thoughts are with his family.”', 'Police'],
    ['Police named him as Tom Baker, and said: “Our thoughts are with his family.”', 'Police'],
    ['Kent Police named him as Tom Baker and said: “Our thoughts are with his family.”', 'Kent Police'],
    [
      'NZ Police named the man who died as Tom Baker and said: “Our thoughts are with his family.”',
      'NZ Police',
    ],
    ['Police arrested Tom Baker and said: “We are not looking for anyone else.”', 'Police'],
    ['Chief Constable Jo Farrell praised Tom Baker and said: “He is a hero.”', 'Jo Farrell'],
    ['Detective Inspector Tom Hill spoke to Jane Doe and said: “We are ready.”', 'Tom Hill'],
    ['Police spoke to Jane Doe and said: “We are ready.”', 'Police'],
    ['Jane Doe spoke to Tom Baker and said: “He is a hero.”', 'Jane Doe'],
  ])('gives the subject: %s', (input, name) => {
    expect(first(input)?.speaker?.name).toBe(name)
  })

  it.each([
    // The subject is officers unnamed: nobody, and never the object.
    'Detectives thanked Jane Smith and said: “Her help was vital.”',
    'Officers arrested Tom Baker and said: “We are not looking for anyone else.”',
    'Officers spoke to Jane Doe and said: “We are ready.”',
    'Detectives spoke with Jane Doe and said: “Her help was vital.”',
  ])('never gives the object: %s', (input) => {
    expect(first(input)?.speaker ?? null).toBeNull()
  })

  it.each([
    ['Jane Smith welcomed the verdict and said: “Justice has been done.”', 'Jane Smith'],
    ['Tom Baker, 67, was arrested and said: “I did nothing wrong.”', 'Tom Baker'],
    ['Jane Doe spoke to reporters and said: “We are ready.”', 'Jane Doe'],
    ['Jane Doe, who spoke to officers, said: “We are ready.”', 'Jane Doe'],
  ])('leaves a named subject: %s', (input, name) => {
    expect(first(input)?.speaker?.name).toBe(name)
  })

  it('reads a long run of verbs and objects before the cue in linear time', () => {
    const started = Date.now()
    const input = `Officers ${'spoke to the man and '.repeat(300)}spoke to Jane Doe and said: “We care.”`
    expect(first(input)?.speaker ?? null).toBeNull()
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a body that is the subject of a verb whose object names no one, then "and" and the cue', () => {
  it.each([
    ['Police thanked the public and said: “We could not have done it without you.”', 'Police'],
    [
      'Kent Police thanked everyone who came forward and said: “We could not have done it without you.”',
      'Kent Police',
    ],
    ['Kent County Council welcomed the decision and said: “Work will start in May.”', 'Kent County Council'],
    ['Police Scotland praised the crew, and said: “They acted quickly.”', 'Police Scotland'],
  ])('gives the body: %s', (input, name) => {
    expect(first(input)?.speaker?.name).toBe(name)
  })

  it.each([
    // Officers unnamed, residents or a family name no one; a body after "by" is no subject.
    'Officers thanked the public and said: “We could not have done it without you.”',
    'Residents welcomed the decision and said: “We will fight on.”',
    'The family thanked the public and said: “He was loved.”',
    'The man was arrested by Kent Police and said: “I did nothing wrong.”',
    'The man was arrested and said: “I did nothing wrong.”',
  ])('gives no one: %s', (input) => {
    expect(first(input)?.speaker ?? null).toBeNull()
  })

  it('reads a long clause before the cue in linear time', () => {
    const started = Date.now()
    const input = `Police ${'thanked the public and '.repeat(300)}said: “We care.”`
    expect(first(input)?.text).toBe('We care.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a name that is the object of a verb, then a clause or apposition about it set off by commas, "and" and the cue', () => {
  it.each([
    ['Police thanked Jane Doe, who was at the scene, and said: “We are ready.”', 'Police'],
    ['Kent Police thanked Jane Doe, who was at the scene, and said: “We are ready.”', 'Kent Police'],
    ['Police thanked Jane Doe, a witness, and said: “We are ready.”', 'Police'],
    ['Police arrested Tom Baker, who is 34, and said: “We are not looking for anyone else.”', 'Police'],
    ['Police named the man as Tom Baker, of Leeds, and said: “Our thoughts are with his family.”', 'Police'],
    ['Jane Doe thanked Tom Baker, who was at the scene, and said: “He is a hero.”', 'Jane Doe'],
  ])('gives the subject: %s', (input, name) => {
    expect(first(input)?.speaker?.name).toBe(name)
  })

  it.each([
    // The subject is officers unnamed: nobody, and never the object.
    'Detectives thanked Jane Smith, who was at the scene, and said: “Her help was vital.”',
    'Officers arrested Tom Baker, who is 34, and said: “We are not looking for anyone else.”',
  ])('never gives the object: %s', (input) => {
    expect(first(input)?.speaker ?? null).toBeNull()
  })

  it.each([
    // A person with a relative clause of their own, then "and" and a second person, still speaks.
    ['Jane Doe, who chairs the board, and Tom Baker said: “We are ready.”', 'Jane Doe'],
    ['Jane Doe, the chair, and Tom Baker said: “We are ready.”', 'Jane Doe'],
  ])('leaves a named subject: %s', (input, name) => {
    expect(first(input)?.speaker?.name).toBe(name)
  })

  it('reads a long clause after the object in linear time', () => {
    const started = Date.now()
    const input = `Police thanked Jane Doe, ${'who was at the scene and '.repeat(300)}, and said: “We care.”`
    expect(first(input)?.text).toBe('We care.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('an oversight body called "the regulator", "the watchdog" or "the inspectorate"', () => {
  it.each([
    [
      'The Independent Office for Police Conduct (IOPC) has launched an investigation.\n\n“We will examine all the circumstances,” the watchdog added.',
      'Independent Office for Police Conduct',
    ],
    [
      'The Financial Conduct Authority (FCA) has fined the firm £2m.\n\n“Firms must treat customers fairly,” the regulator said.',
      'Financial Conduct Authority',
    ],
    ['The FCA has fined Acme Bank £2m.\n\n“Firms must treat customers fairly,” the regulator said.', 'FCA'],
    [
      'The Care Quality Commission rated the home inadequate.\n\n“Residents deserve better,” the regulator said.',
      'Care Quality Commission',
    ],
    [
      'The Health and Safety Executive prosecuted the firm.\n\n“This was avoidable,” the regulator said.',
      'Health and Safety Executive',
    ],
    [
      'The Information Commissioner’s Office (ICO) fined the council £100,000.\n\n“Data must be kept safe,” the watchdog said.',
      'Information Commissioner’s Office',
    ],
    [
      'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published the report.\n\n“Forces must do better for victims,” the inspectorate said.',
      'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services',
    ],
    [
      'Ofsted inspected the school in May.\n\n“Leaders must act quickly to improve the school,” the inspectorate said.',
      'Ofsted',
    ],
    // The latest body that fits, not a force named after it.
    [
      'The IOPC is investigating. Kent Police referred the matter.\n\n“We will examine all the circumstances,” the watchdog said.',
      'IOPC',
    ],
  ])('is the body named before: %s', (input, name) => {
    expect(first(input)?.speaker?.name).toBe(name)
  })

  it.each([
    // A body of another kind, and a publisher that is an office but no watchdog.
    'Kent County Council approved the plans.\n\n“We will examine all the circumstances,” the regulator said.',
    'Source: Home Office\n\nNew guidance published\n\nMinisters welcomed the review.\n\n“We will examine all the circumstances,” the watchdog said.',
    'The Home Office published the review.\n\n“We will examine all the circumstances,” the watchdog said.',
  ])('is nobody when none fits: %s', (input) => {
    expect(first(input)?.speaker ?? null).toBeNull()
  })
})

describe('a body whose name opens with the Irish article, before an office', () => {
  it.each([
    [
      '“This is a great day for the company,” said An Post chief executive David McRedmond.',
      ['David McRedmond', 'An Post chief executive', null],
    ],
    [
      'An Post chief executive David McRedmond said: “This is a great day for the company.”',
      ['David McRedmond', 'An Post chief executive', null],
    ],
    [
      '“The appeal has been refused,” said An Bord Pleanála chairperson Jane Doe.',
      ['Jane Doe', 'An Bord Pleanála chairperson', null],
    ],
    [
      '“Our officers did outstanding work,” said An Garda Síochána Commissioner Drew Harris.',
      ['Drew Harris', 'An Garda Síochána Commissioner', null],
    ],
  ])('keeps the article with the body: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })

  it.each([
    // The English article before a vowel, and a body with no article.
    [
      '“This is a great day,” said Fáilte Ireland chief executive Paul Kelly.',
      ['Paul Kelly', 'Fáilte Ireland chief executive', null],
    ],
    ['“This is a great day,” said An Post.', ['An Post', null, null]],
  ])('reads other bodies as before: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })
})

describe('aldermen and ambassadors addressed by their office', () => {
  it.each([
    ['“This is important for the ward,” said Alderman Jane Doe.', ['Jane Doe', 'Alderman', null]],
    ['“This is important for the ward,” said Alderwoman Jane Doe.', ['Jane Doe', 'Alderwoman', null]],
    ['Alderman Tom Baker said: “We will fight this.”', ['Tom Baker', 'Alderman', null]],
    ['“Our ties are strong,” Ambassador Tom Baker said.', ['Tom Baker', 'Ambassador', null]],
    [
      '“Our ties are strong,” said Irish Ambassador Geraldine Byrne Nason.',
      ['Geraldine Byrne Nason', 'Irish Ambassador', null],
    ],
  ])('gives the title: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })

  it.each([
    ['“Our ties are strong,” said brand ambassador Tom Baker.', ['Tom Baker', null, 'brand ambassador']],
    ['“Our ties are strong,” said the ambassador, Tom Baker.', ['Tom Baker', null, 'ambassador']],
  ])('reads an office in lower case as the role: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })
})

// Written in the style of US federal department releases, which call a secretary by office and surname.
describe('an office in capitals before a surname alone', () => {
  it.each([
    ['“Our ties are strong,” said Secretary Blinken.', ['Blinken', null, 'Secretary']],
    ['“Our ties are strong,” Secretary Blinken said.', ['Blinken', null, 'Secretary']],
    ['Secretary Blinken said: “Our ties are strong.”', ['Blinken', null, 'Secretary']],
  ])('speaks, the office its role: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
    expect(first(input)?.cue).toBe('said')
  })

  it('keeps the office the person was first named with', () => {
    const input =
      'Secretary of Defense Lloyd J. Austin III hosted the minister today.\n\n“Our partnership has never been stronger,” said Secretary Austin.'
    expect(who(first(input))).toEqual(['Lloyd J. Austin III', 'Secretary of Defense', 'Secretary of Defense'])
    expect(first(input)?.cue).toBe('said')
  })

  it.each([
    // A run of capitals that names a place or a body is no office and surname.
    ['“Our ties are strong,” said Cardiff Central.', 'Cardiff Central'],
    ['“Our ties are strong,” said Police Scotland.', 'Police Scotland'],
  ])('reads no office: %s', (input, name) => {
    expect(first(input)?.speaker?.name).toBe(name)
    expect(first(input)?.speaker?.role).toBeNull()
  })

  it('keeps a new office written beside a later mention', () => {
    const input =
      'Tom Baker, the chief executive of Acme, opened the plant today.\n\n“Our ties are strong,” said Baker, chairman of the trust.'
    expect(who(first(input))).toEqual(['Tom Baker', null, 'chairman of the trust'])
  })
})

describe('an office with its remit after "to", "for" or "of" before the name', () => {
  it.each([
    [
      '“This was a cowardly attack,” said Ambassador to the United Nations Linda Thomas-Greenfield.',
      ['Linda Thomas-Greenfield', 'Ambassador to the United Nations', 'Ambassador to the United Nations'],
    ],
    [
      '“We stand with Ukraine,” said U.S. Ambassador to the United Nations Linda Thomas-Greenfield.',
      [
        'Linda Thomas-Greenfield',
        'U.S. Ambassador to the United Nations',
        'U.S. Ambassador to the United Nations',
      ],
    ],
    [
      'Ambassador to Ireland Claire Cronin said: “Our partnership has never been stronger.”',
      ['Claire Cronin', 'Ambassador to Ireland', 'Ambassador to Ireland'],
    ],
    [
      'Chief Secretary to the Treasury Darren Jones said: “Every pound will be spent well.”',
      ['Darren Jones', 'Chief Secretary to the Treasury', 'Chief Secretary to the Treasury'],
    ],
    [
      'Permanent Representative to the United Nations Barbara Woodward said: “We condemn this attack.”',
      [
        'Barbara Woodward',
        'Permanent Representative to the United Nations',
        'Permanent Representative to the United Nations',
      ],
    ],
    [
      'Special Envoy to Sudan Tom Perriello said: “The fighting must stop.”',
      ['Tom Perriello', 'Special Envoy to Sudan', 'Special Envoy to Sudan'],
    ],
    [
      '“The fighting must stop,” said U.S. Special Envoy for Sudan Tom Perriello.',
      ['Tom Perriello', 'U.S. Special Envoy for Sudan', 'U.S. Special Envoy for Sudan'],
    ],
    ['Special Envoy Tom Perriello said: “The fighting must stop.”', ['Tom Perriello', 'Special Envoy', null]],
    // "for" and "of" remits, as before.
    [
      '“Every community deserves to feel safe,” said Minister for Justice Helen McEntee.',
      ['Helen McEntee', 'Minister for Justice', 'Minister for Justice'],
    ],
    [
      'Secretary of State for Health Wes Streeting said: “Waiting lists are falling.”',
      ['Wes Streeting', 'Secretary of State for Health', 'Secretary of State for Health'],
    ],
  ])('gives the office as title and role: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })

  it.each([
    // "to" after a title that is no such office, or a title and name before "to": the remit is not read.
    [
      'Ambassador Jane Hartley travelled to London on Monday. “It was a good visit,” she said.',
      ['Jane Hartley', 'Ambassador', null],
    ],
    [
      '“We will keep listening,” said Commissioner Drew Harris, speaking to Cork Chamber members.',
      ['Drew Harris', 'Commissioner', null],
    ],
    [
      'Minister Jane Doe wrote to Kerry County Council on Friday. “We will act,” she said.',
      ['Jane Doe', 'Minister', null],
    ],
  ])('reads no remit after "to" where none is written: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })
})

// Written in the style of US federal and state government releases, whose staff serve an office.
describe('an office that serves another office, written before the name', () => {
  it.each([
    [
      'Senior Counsel to the Attorney General Jane Doe said: “We are ready to help.”',
      ['Jane Doe', 'Senior Counsel to the Attorney General', 'Senior Counsel to the Attorney General'],
    ],
    [
      '“We are ready to help,” said Senior Counsel to the Attorney General Jane Doe.',
      ['Jane Doe', 'Senior Counsel to the Attorney General', 'Senior Counsel to the Attorney General'],
    ],
    [
      'Chief of Staff to the Prime Minister Tom Baker said: “We are ready to help.”',
      ['Tom Baker', 'Chief of Staff to the Prime Minister', 'Chief of Staff to the Prime Minister'],
    ],
    [
      'Special Assistant to the President Jane Doe said: “We are ready to help.”',
      ['Jane Doe', 'Special Assistant to the President', 'Special Assistant to the President'],
    ],
    [
      'Adviser to the Solicitor General Tom Baker said: “We are ready to help.”',
      ['Tom Baker', 'Adviser to the Solicitor General', 'Adviser to the Solicitor General'],
    ],
    // Written in apposition, the office and the one it serves are the role.
    [
      'The Senior Counsel to the Attorney General, Jane Doe, said: “We are ready to help.”',
      ['Jane Doe', null, 'Senior Counsel to the Attorney General'],
    ],
  ])('%s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })

  it.each([
    // A rank after a remit of "of" is still the title; a title after "thanks to" is the person's.
    [
      'Head of Roads Policing Inspector Jane Doe said: “We are ready to help.”',
      ['Jane Doe', 'Inspector', 'Head of Roads Policing'],
    ],
    [
      'Thanks to Attorney General Jane Doe, the law passed. “We are ready to help,” she said.',
      ['Jane Doe', 'Attorney General', null],
    ],
    ['Special Counsel Jane Doe said: “We are ready to help.”', ['Jane Doe', 'Special Counsel', null]],
  ])('not served: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })
})

describe('an agency written with its acronym in brackets before an office', () => {
  it.each([
    [
      '“We will not tolerate violence,” said Homeland Security Investigations (HSI) Special Agent in Charge Tom Baker.',
      ['Tom Baker', 'Homeland Security Investigations (HSI) Special Agent in Charge', null],
    ],
    [
      'Drug Enforcement Administration (DEA) Special Agent in Charge Tom Baker said: “We will not tolerate violence.”',
      ['Tom Baker', 'Drug Enforcement Administration (DEA) Special Agent in Charge', null],
    ],
    [
      '“We followed the money,” said Internal Revenue Service Criminal Investigation (IRS-CI) Special Agent in Charge Tom Baker.',
      ['Tom Baker', 'Internal Revenue Service Criminal Investigation (IRS-CI) Special Agent in Charge', null],
    ],
    [
      '“We will not tolerate violence,” said National Crime Agency (NCA) Deputy Director Tom Baker.',
      ['Tom Baker', 'National Crime Agency (NCA) Deputy Director', null],
    ],
  ])('is the title as written, and the agency no speaker: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })

  it.each([
    // The acronym spells the capitals before it, "of" and "for" skipped: all of it is the agency.
    [
      '“We will hold every one of them to account,” said Federal Bureau of Investigation (FBI) Special Agent in Charge Jane Roe.',
      ['Jane Roe', 'Federal Bureau of Investigation (FBI) Special Agent in Charge', null],
    ],
    [
      'Federal Bureau of Investigation (FBI) Assistant Director in Charge Tom Baker said: “No one is above the law.”',
      ['Tom Baker', 'Federal Bureau of Investigation (FBI) Assistant Director in Charge', null],
    ],
    [
      '“Our detectives never gave up,” said Police Service of Northern Ireland (PSNI) Detective Chief Inspector Jane Roe.',
      ['Jane Roe', 'Police Service of Northern Ireland (PSNI) Detective Chief Inspector', null],
    ],
    [
      '“The roads will reopen on Monday,” said Department for Infrastructure (DfI) Permanent Secretary Jane Roe.',
      ['Jane Roe', 'Department for Infrastructure (DfI) Permanent Secretary', null],
    ],
    [
      '“We will not tolerate violence,” said U.S. Drug Enforcement Administration (DEA) Special Agent in Charge Tom Baker.',
      ['Tom Baker', 'U.S. Drug Enforcement Administration (DEA) Special Agent in Charge', null],
    ],
    // A remit of the office itself after the agency is still the role.
    [
      '“We will not tolerate violence,” said National Crime Agency (NCA) Director of Investigations Jane Roe.',
      [
        'Jane Roe',
        'National Crime Agency (NCA) Director of Investigations',
        'National Crime Agency (NCA) Director of Investigations',
      ],
    ],
  ])('reads an agency whose name holds "of" or "for" whole before its acronym: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })

  it.each([
    // The acronym does not spell the name, which opens with what the body is ("Bureau", "Department").
    [
      '“We will not let violent criminals arm themselves,” said Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) Special Agent in Charge Jane Roe.',
      ['Jane Roe', 'Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) Special Agent in Charge', null],
    ],
    [
      'U.S. Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) Special Agent in Charge Tom Baker said: “Gun crime will be pursued.”',
      [
        'Tom Baker',
        'U.S. Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) Special Agent in Charge',
        null,
      ],
    ],
    [
      '“Fraud against the government will be found,” said Department of Justice Office of the Inspector General (DOJ-OIG) Special Agent in Charge Jane Roe.',
      [
        'Jane Roe',
        'Department of Justice Office of the Inspector General (DOJ-OIG) Special Agent in Charge',
        null,
      ],
    ],
    [
      '“We protect the food supply,” said Department of Agriculture, Food and Rural Affairs (DAFRA) Director Jane Roe.',
      ['Jane Roe', 'Department of Agriculture, Food and Rural Affairs (DAFRA) Director', null],
    ],
  ])('reads an agency named by what it is before an acronym that does not spell it: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })

  it.each([
    // An acronym that does not spell the words before it: a person's office, not a body.
    ['Jane Smith (SIO) said: “We will not tolerate violence.”', ['Jane Smith', null, null]],
    ['“We will not tolerate violence,” said Jane Smith (SIO).', ['Jane Smith', null, null]],
    [
      '“We will not tolerate violence,” said HSI Special Agent in Charge Tom Baker.',
      ['Tom Baker', 'HSI Special Agent in Charge', null],
    ],
    // No word that says what a body is opens the words, or the acronym's letters are not theirs.
    [
      '“We will not tolerate violence,” said the Tobacco, Firearms and Explosives (ATF) Special Agent in Charge Tom Baker.',
      ['Tom Baker', 'Explosives (ATF) Special Agent in Charge', null],
    ],
    [
      '“We will not tolerate violence,” said Office of Personnel Management (ATF) Director Tom Baker.',
      ['Tom Baker', 'Director', null],
    ],
  ])('leaves other shapes as they were: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })
})

describe('a body described in lower case before its common noun', () => {
  it.each([
    [
      'The Independent Office for Police Conduct said it was investigating. Greater Manchester Police referred the matter.\n\n“We will examine all the evidence,” the police watchdog said.',
      'Independent Office for Police Conduct',
    ],
    [
      'Ofgem has ordered the supplier to pay £5m.\n\n“Suppliers must treat customers fairly,” the energy regulator said.',
      'Ofgem',
    ],
    [
      'Leeds City Council approved the plans.\n\n“This is good news,” the local council said.',
      'Leeds City Council',
    ],
    [
      'Acme Holdings Ltd was fined £40,000.\n\n“We regret this,” the construction company said.',
      'Acme Holdings Ltd',
    ],
    [
      'The Office of the Comptroller of the Currency (OCC) issued the order.\n\n“Banks must manage their risks,” the regulator said.',
      'Office of the Comptroller of the Currency',
    ],
  ])('is the body of that kind named before: %s', (input, name) => {
    expect(first(input)?.speaker?.name).toBe(name)
  })

  it.each([
    // Officers unnamed, and a noun no body named before fits.
    'Kent Police arrested a man.\n\n“This is good news,” the local police said.',
    'The Financial Conduct Authority (FCA) has fined the firm.\n\n“We accept the findings,” the fined company said.',
  ])('is nobody otherwise: %s', (input) => {
    expect(first(input)?.speaker ?? null).toBeNull()
  })
})

describe('a second cue joined by "and" to the clause of a named subject', () => {
  it.each([
    [
      'Chief Superintendent Jane Smith said it was a significant seizure and added: “We will continue our work.”',
      'Jane Smith',
    ],
    [
      'Chief Superintendent Jane Smith described it as a “significant seizure” and added: “We will continue our work.”',
      'Jane Smith',
    ],
    ['Jane Smith called the attack “cowardly” and said: “We will find those responsible.”', 'Jane Smith'],
    ['Police said Tom Baker was arrested and added: “We will find those responsible.”', 'Police'],
    // A comma before "and" closes the quoted words, not the clause.
    ['Jane Doe called it “Fortress Britain”, and said: “We will not stop.”', 'Jane Doe'],
    [
      'Chief Superintendent Jane Smith described it as a “significant seizure”, and added: “We will continue our work.”',
      'Jane Smith',
    ],
  ])('is that subject: %s', (input, name) => {
    const quotes = extractQuotes(input)
    expect(quotes.at(-1)?.speaker?.name).toBe(name)
  })

  it.each([
    // A subject of its own after "and", and a subject that names nobody.
    ['Jane Smith said officers were “overwhelmed” and Tom Baker added: “We need help.”', 'Tom Baker'],
    ['Residents called the decision “shameful” and said: “We will fight on.”', null],
    ['Residents called the decision “shameful”, and said: “We will fight on.”', null],
    ['Jane Smith called it “Fortress Britain”, and Tom Baker said: “We will not stop.”', 'Tom Baker'],
  ])('leaves other subjects: %s', (input, name) => {
    const quotes = extractQuotes(input)
    expect(quotes.at(-1)?.speaker?.name ?? null).toBe(name)
  })
})

describe('a second cue after a quoted phrase, a comma and "and", on a long input', () => {
  it('reads it in linear time', () => {
    const input = `${'Jane Doe called it “Fortress Britain”, and said: “We will not stop.” '.repeat(300)}`
    const started = Date.now()
    const quotes = extractQuotes(input)
    expect(quotes.at(-1)?.speaker?.name).toBe('Jane Doe')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('an office beside the name that the role nouns know', () => {
  it.each([
    [
      'Councillor Tom Baker, convener of the council’s community safety committee, said: “We welcome the funding.”',
      'convener of the council’s community safety committee',
    ],
    [
      'Dr Tom Baker, registrar of the court, said: “The hearing has been listed for June.”',
      'registrar of the court',
    ],
    [
      'Jane Smith, vice-chancellor of the University of Otago, said: “Our students deserve better.”',
      'vice-chancellor of the University of Otago',
    ],
    ['Tom Baker, the Pensions Ombudsman, said: “Savers were let down.”', 'Pensions Ombudsman'],
    ['Jane Smith, curator of the exhibition, said: “The pieces were returned.”', 'curator of the exhibition'],
  ])('is the role: %s', (input, role) => {
    expect(first(input)?.speaker?.role).toBe(role)
  })

  it.each([
    // Offices that are surnames and given names too stay out of the role nouns.
    ['Dean Smith, the club’s manager, said: “We were second best.”', 'Dean Smith'],
    ['Detective Inspector Dean Clerk said: “Enquiries are ongoing.”', 'Dean Clerk'],
    ['Jane Provost, 45, of Leeds, said: “I am relieved.”', 'Jane Provost'],
    ['“It was a difficult night,” said Dean Rector.', 'Dean Rector'],
  ])('leaves a name whole: %s', (input, name) => {
    expect(first(input)?.speaker?.name).toBe(name)
  })
})

// Written in the style of sports clubs' and universities' news, which name coaches and lecturers.
describe('a coach or a lecturer named by office', () => {
  it.each([
    ['Head coach Tom Baker said: “Jack has been outstanding.”', ['Tom Baker', null, 'Head coach']],
    ['“We played well,” said head coach Tom Baker.', ['Tom Baker', null, 'head coach']],
    ['Rhinos coach Tom Baker said: “We played well.”', ['Tom Baker', 'Rhinos coach', null]],
    [
      '“It is vital,” said Jane Doe, a senior lecturer in law at the University of Leeds.',
      ['Jane Doe', null, 'senior lecturer in law at the University of Leeds'],
    ],
  ])('%s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })

  it.each([
    // A coach that carries people, or a word that only sounds like an office, is no one's office.
    ['“We were lucky,” said Tom Baker, who was on the coach.', ['Tom Baker', null, null]],
    ['“We were lucky,” said Tom Baker, coaching in Leeds.', ['Tom Baker', null, null]],
  ])('near miss: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })
})

// Written in the style of universities' news releases.
describe('a university office before a name', () => {
  it.each([
    ['“Our students deserve better,” said Provost Jane Doe.', ['Jane Doe', 'Provost', null]],
    ['“Our students deserve better,” said Vice-Chancellor Jane Doe.', ['Jane Doe', 'Vice-Chancellor', null]],
    [
      'Pro-Vice-Chancellor Tom Baker said: “Our students deserve better.”',
      ['Tom Baker', 'Pro-Vice-Chancellor', null],
    ],
    ['“Our students deserve better,” said Rector Jane Doe.', ['Jane Doe', 'Rector', null]],
    // "Dean" is a given name too: a title before a full name.
    ['“Our students deserve better,” said Dean Jane Doe.', ['Jane Doe', 'Dean', null]],
    ['Dean Tom Baker said: “Our students deserve better.”', ['Tom Baker', 'Dean', null]],
  ])('is the title: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })

  it.each([
    // Before a surname alone, "Dean" opens the name.
    ['“Our students deserve better,” said Dean Smith.', ['Dean Smith', null, null]],
    ['“We were second best,” Dean Smith said.', ['Dean Smith', null, null]],
    [
      'Detective Inspector Dean Clerk said: “Enquiries are ongoing.”',
      ['Dean Clerk', 'Detective Inspector', null],
    ],
    ['“Our students deserve better,” said Jane Rector.', ['Jane Rector', null, null]],
    ['“It was a difficult night,” said Dean Rector.', ['Dean Rector', null, null]],
  ])('near miss: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })
})

// Written in the style of UK parish and town councils' and US county offices' releases.
describe('"Clerk" after a word of the body it serves', () => {
  it.each([
    ['“The hall will reopen,” Tom Baker, Town Clerk, said.', ['Tom Baker', null, 'Town Clerk']],
    ['“The hall will reopen,” said Tom Baker, Parish Clerk.', ['Tom Baker', null, 'Parish Clerk']],
    ['“The polls close at 8pm,” said County Clerk Jane Doe.', ['Jane Doe', 'County Clerk', null]],
  ])('is the office: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })

  it.each([
    // A surname still.
    ['“The hall will reopen,” said John Clerk.', ['John Clerk', null, null]],
    ['“The hall will reopen,” Jane Clerk said.', ['Jane Clerk', null, null]],
  ])('near miss: %s', (input, speaker) => {
    expect(who(first(input))).toEqual(speaker)
  })
})
