// A role read from an apposition ends at the apposition's comma when another person follows it:
// "Jane Smith, chair of Shelter, and Tom Baker met on Monday" gives her the role "chair of
// Shelter", not the rest of the sentence; so does a surname alone or two more names after it.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { lexiconWith } from './patterns'
import { findPeople } from './people'
import { type Who, who } from './test-helpers'

const lexicon = lexiconWith({})
const people = (text: string): Who[] => findPeople(text, lexicon).map((p) => [p.name, p.title, p.role])
const speaker = (input: string): Who => who(extractQuotes(input)[0])

describe('a role in apposition before another person', () => {
  it.each<[string, Who[]]>([
    [
      'Jane Smith, chair of Shelter, and Tom Baker met on Monday.',
      [
        ['Jane Smith', null, 'chair of Shelter'],
        ['Tom Baker', null, null],
      ],
    ],
    [
      'Jane Smith, chief executive of Crisis, and Tom Baker visited the site in March.',
      [
        ['Jane Smith', null, 'chief executive of Crisis'],
        ['Tom Baker', null, null],
      ],
    ],
    [
      'Ali Khan, head of policy at the council, and Mary O’Neill will lead the review.',
      [
        ['Ali Khan', null, 'head of policy at the council'],
        ['Mary O’Neill', null, null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })

  it.each<[string, Who]>([
    [
      'Jane Smith, chair of Shelter, and Baker said: “We will keep going.”',
      ['Jane Smith', null, 'chair of Shelter'],
    ],
    [
      '“We will keep going,” said Jane Smith, chair of Shelter, and Baker.',
      ['Jane Smith', null, 'chair of Shelter'],
    ],
    [
      'Jane Smith, chair of Shelter, Tom Baker and Ali Khan said: “We will keep going.”',
      ['Jane Smith', null, 'chair of Shelter'],
    ],
    [
      '“We will keep going,” Jane Smith, director of Crisis, Tom Baker and Ali Khan said.',
      ['Jane Smith', null, 'director of Crisis'],
    ],
  ])('speaker: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // The role's own words after a comma: a list in a name, a remit joined by "and".
    [
      'Jane Smith, Secretary of State for Environment, Food, and Rural Affairs, said: “We will keep going.”',
      ['Jane Smith', null, 'Secretary of State for Environment, Food, and Rural Affairs'],
    ],
    [
      'Jane Smith, chair of Shelter, Crisis and Centrepoint, said: “We will keep going.”',
      ['Jane Smith', null, 'chair of Shelter, Crisis and Centrepoint'],
    ],
    [
      'Jane Smith, Minister for Trade and Industry, said: “We will keep going.”',
      ['Jane Smith', null, 'Minister for Trade and Industry'],
    ],
    // A remit's list of fields in capitals, its last two joined by "and", as no two people are.
    [
      '“Every young person deserves a safe community,” said Jane Doe, Minister of Public Safety, Democratic Institutions and Intergovernmental Affairs.',
      ['Jane Doe', null, 'Minister of Public Safety, Democratic Institutions and Intergovernmental Affairs'],
    ],
    [
      'Jane Doe, Minister of Health, Social Services and Community Affairs, said: “We will keep going.”',
      ['Jane Doe', null, 'Minister of Health, Social Services and Community Affairs'],
    ],
    [
      '“We welcome the decision,” said Jane Smith, a partner at Smith, Jones, and Baker.',
      ['Jane Smith', null, 'partner at Smith, Jones, and Baker'],
    ],
  ])('the role goes on: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// Written in the style of European Commission releases, which give an office's remit after the name.
describe('an office before a name whose remit follows the name', () => {
  it.each<[string, Who]>([
    [
      'Executive Vice-President Jane Doe, in charge of competition policy, said: “Markets must stay open.”',
      ['Jane Doe', 'Executive Vice-President', 'Executive Vice-President'],
    ],
    [
      '“Markets must stay open,” said Executive Vice-President Jane Doe, in charge of competition policy.',
      ['Jane Doe', 'Executive Vice-President', 'Executive Vice-President'],
    ],
    [
      'Commissioner Tom Baker, responsible for Home Affairs, said: “Borders must stay safe.”',
      ['Tom Baker', 'Commissioner', 'Commissioner'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // A rank or an honorific is no office with a remit; nor is the office without one written.
    [
      'Detective Inspector Jane Doe, in charge of the investigation, said: “We need witnesses.”',
      ['Jane Doe', 'Detective Inspector', null],
    ],
    ['Dr Jane Doe, in charge of the clinic, said: “We need staff.”', ['Jane Doe', 'Dr', null]],
    [
      'Executive Vice-President Jane Doe, who chairs the group, said: “Markets must stay open.”',
      ['Jane Doe', 'Executive Vice-President', null],
    ],
    [
      'Executive Vice-President Jane Doe said: “Markets must stay open.”',
      ['Jane Doe', 'Executive Vice-President', null],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// Written in the style of UK and US government releases.
describe('an office named for a body with "of" or "for" before a name', () => {
  it.each<[string, Who]>([
    [
      '“We are pleased,” said a Department of Justice spokesperson, Tom Brown.',
      ['Tom Brown', null, 'Department of Justice spokesperson'],
    ],
    [
      '“We are pleased,” said the Department of the Environment spokesperson, Tom Brown.',
      ['Tom Brown', null, 'Department of the Environment spokesperson'],
    ],
    [
      'A Department for Education spokeswoman, Jane Doe, said: “We are pleased.”',
      ['Jane Doe', null, 'Department for Education spokeswoman'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // "of" after a word in lower case joins no body's name to the office.
    [
      '“We are pleased,” said a friend of Kent Police officer, Tom Brown.',
      ['Tom Brown', null, 'friend of Kent Police officer'],
    ],
    [
      '“We are pleased,” said a spokesperson for the Department of Justice, Tom Brown.',
      ['Tom Brown', null, 'spokesperson for the Department of Justice'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// Written in the style of company results announcements and RCMP releases.
describe('a role in apposition that goes on over a body’s name', () => {
  it.each<[string, Who]>([
    [
      '“We delivered a strong year,” said Jane Roe, Chief Executive Officer, Acme Holdings.',
      ['Jane Roe', null, 'Chief Executive Officer, Acme Holdings'],
    ],
    [
      '“We delivered a strong year,” Jane Roe, Chief Executive Officer, Acme Holdings, said.',
      ['Jane Roe', null, 'Chief Executive Officer, Acme Holdings'],
    ],
    [
      '“The suspect fled on foot,” said Tom Smith, Detachment Commander, Red Deer RCMP.',
      ['Tom Smith', null, 'Detachment Commander, Red Deer RCMP'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // A second person's name, or letters after it, is no body's.
    [
      '“We delivered a strong year,” said Jane Roe, chief executive of Shelter, Professor Paul Taylor.',
      ['Jane Roe', null, 'chief executive of Shelter'],
    ],
    [
      '“We delivered a strong year,” said Jane Roe, chief executive, and Tom Baker.',
      ['Jane Roe', null, 'chief executive'],
    ],
    // A name and its comma open an apposition: the last words after it name no second speaker,
    // even when they look like a name.
    [
      '“We delivered a strong year,” said Jane Roe, Chief Executive Officer, Acme Widgets.',
      ['Jane Roe', null, 'Chief Executive Officer'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// Written in the style of Australian and New Zealand police and parliament releases.
describe('honours after a name in Australia and New Zealand', () => {
  it.each<[string, Who]>([
    [
      '“We will not stop,” said Commander Jane Doe APM of the State Crime Command.',
      ['Jane Doe', 'Commander', 'State Crime Command'],
    ],
    [
      '“We will not stop,” said Jane Doe APM, Commander of the State Crime Command.',
      ['Jane Doe', null, 'Commander of the State Crime Command'],
    ],
    ['“We will not stop,” said Jane Doe OAM.', ['Jane Doe', null, null]],
    [
      '“We will not stop,” said Jane Doe MLC, Member for the North.',
      ['Jane Doe', null, 'Member for the North'],
    ],
    ['“We will not stop,” said Tom Baker MNZM.', ['Tom Baker', null, null]],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('keeps initials that are no honour a body’s, after the comma', () => {
    expect(speaker('“We will not stop,” said Jane Doe, APM Group chief executive.')).toEqual([
      'Jane Doe',
      null,
      'APM Group chief executive',
    ])
  })
})

// Written in the style of Irish government releases, whose ministers' remits list several fields.
describe('an office before a name whose remit is a list of fields', () => {
  it.each<[string, Who[]]>([
    [
      'The Minister for Children, Equality, Disability, Integration and Youth, Roderic O’Gorman TD, has welcomed the report.',
      [['Roderic O’Gorman', null, 'Minister for Children, Equality, Disability, Integration and Youth']],
    ],
    [
      'The Minister for Tourism, Culture, Arts, Gaeltacht, Sport and Media, Jane Doe TD, opened the centre.',
      [['Jane Doe', null, 'Minister for Tourism, Culture, Arts, Gaeltacht, Sport and Media']],
    ],
    // A remit of one field, as before.
    [
      'The Minister for Health, Jane Doe TD, has welcomed the report.',
      [['Jane Doe', null, 'Minister for Health']],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })

  it.each<[string, Who[]]>([
    // Places listed after a preposition are no office's remit.
    ['Speaking in Dublin, Cork and Galway, Jane Doe said the scheme would grow.', [['Jane Doe', null, null]]],
    [
      'Officers from Leeds, Bradford and Wakefield, Jane Doe said the scheme would grow.',
      [['Jane Doe', null, null]],
    ],
  ])('no remit: %s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })
})

// Written in the style of think-tank, university and company releases, which give an office's
// field after a comma: "Executive Director, Policy and Research".
describe('an office and its field in two comma parts', () => {
  it.each<[string, Who]>([
    [
      'The Executive Director, Policy and Research at the Institute, Jane Doe, said: “We are ready to help.”',
      ['Jane Doe', null, 'Executive Director, Policy and Research at the Institute'],
    ],
    [
      '“We are ready to help,” the Executive Director, Policy and Research at the Institute, Jane Doe, said.',
      ['Jane Doe', null, 'Executive Director, Policy and Research at the Institute'],
    ],
    [
      'The Director, Research and Innovation, Tom Baker, said: “We are ready to help.”',
      ['Tom Baker', null, 'Director, Research and Innovation'],
    ],
    [
      '“We are ready to help,” said Jane Doe, Executive Director, Policy and Research at the Institute.',
      ['Jane Doe', null, 'Executive Director, Policy and Research at the Institute'],
    ],
    [
      'Jane Doe, Vice President, Marketing at Acme, said: “We are ready to help.”',
      ['Jane Doe', null, 'Vice President, Marketing at Acme'],
    ],
    [
      '“We are ready to help,” said Jane Doe, Head, Corporate Affairs at Acme Bank.',
      ['Jane Doe', null, 'Head, Corporate Affairs at Acme Bank'],
    ],
    // A field of two words in capitals, both set off by commas: its last word is a remit's.
    [
      'Jane Doe, Director, Public Health, said: “Get vaccinated.”',
      ['Jane Doe', null, 'Director, Public Health'],
    ],
    [
      '“Get vaccinated,” said Jane Doe, Director, Public Health.',
      ['Jane Doe', null, 'Director, Public Health'],
    ],
    [
      'Tom Baker, Head of Service, Adult Social Care, said: “We are ready to help.”',
      ['Tom Baker', null, 'Head of Service, Adult Social Care'],
    ],
    [
      '“Fares will fall,” said Amy Poe, Assistant Director, Public Transport.',
      ['Amy Poe', null, 'Assistant Director, Public Transport'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // A name before "at" is a person's; a place before the name is no office.
    [
      '“We are ready to help,” said Jane Doe, Director, Tom Baker at the University.',
      ['Jane Doe', null, 'Director'],
    ],
    [
      '“We are ready to help,” said Jane Doe, Director, Leeds at the weekend.',
      ['Jane Doe', null, 'Director'],
    ],
    ['In Leeds, Bradford, Jane Doe said: “We are ready to help.”', ['Jane Doe', null, null]],
    // A name of two words after the office is no field.
    ['Jane Doe, Director, Tom Baker, said: “We are ready to help.”', ['Jane Doe', null, 'Director']],
  ])('no field: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// Written in the style of Singapore Police Force and UK council releases.
describe('an office with a remit, a name, then a second office in apposition', () => {
  it.each<[string, Who]>([
    [
      'Assistant Commissioner of Police Jane Tan, Director of the Criminal Investigation Department, said: “We act.”',
      ['Jane Tan', 'Assistant Commissioner of Police', 'Director of the Criminal Investigation Department'],
    ],
    [
      '“We act,” said Assistant Commissioner of Police Jane Tan, Director of the Criminal Investigation Department.',
      ['Jane Tan', 'Assistant Commissioner of Police', 'Director of the Criminal Investigation Department'],
    ],
    [
      'Head of Operations Jane Doe, Director of Policing, said: “We act.”',
      ['Jane Doe', 'Head of Operations', 'Director of Policing'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // A remit that holds a comma, or a name after the comma, is read as before.
    [
      'Minister for Environment, Food and Rural Affairs Jane Doe said: “We act.”',
      [
        'Jane Doe',
        'Minister for Environment, Food and Rural Affairs',
        'Minister for Environment, Food and Rural Affairs',
      ],
    ],
    [
      'The Executive Director of Europol, Catherine De Bolle, said: “We act.”',
      ['Catherine De Bolle', null, 'Executive Director of Europol'],
    ],
    ['NPCC Chair, Chief Constable Jane Doe, said: “We act.”', ['Jane Doe', 'Chief Constable', 'NPCC Chair']],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('a role that a sentence end or a quote closes', () => {
  it.each<[string, Who]>([
    [
      'Jane Doe is medical director of Leeds Teaching Hospitals. “Wait times are falling,” the medical director of Leeds Teaching Hospitals said.',
      ['Jane Doe', null, 'medical director of Leeds Teaching Hospitals'],
    ],
    [
      'Tom Baker is head of housing at Leeds City Council. "Rents are rising," the head of housing said.',
      ['Tom Baker', null, 'head of housing at Leeds City Council'],
    ],
    [
      'Tom Baker is head of housing at Leeds City Council “Rents are rising,” he said.',
      ['Tom Baker', null, 'head of housing at Leeds City Council'],
    ],
    [
      'Dr Amy Lee is chief executive of the Acme Trust. 2024 was a hard year, she said: “We coped.”',
      ['Amy Lee', 'Dr', 'chief executive of the Acme Trust'],
    ],
    [
      'Sam Reed was chair of the Harbour Board. 12 ships docked that year, he said: “It was busy.”',
      ['Sam Reed', null, 'chair of the Harbour Board'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    [
      'Jane Doe, medical director of Leeds Teaching Hospitals, said: “Wait times are falling.”',
      ['Jane Doe', null, 'medical director of Leeds Teaching Hospitals'],
    ],
    [
      'Jane Doe is medical director of Leeds Teaching Hospitals. She said: “Wait times are falling.”',
      ['Jane Doe', null, 'medical director of Leeds Teaching Hospitals'],
    ],
    [
      'Ann Lee is director of policy at No. 10. She said: “We listen.”',
      ['Ann Lee', null, 'director of policy at No. 10'],
    ],
  ])('keeps %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long run of blanked quotes and stops in time', () => {
    const input = `Jane Doe is head of policy at Acme. ${'“Yes,” she said. '.repeat(300)}`
    const quotes = extractQuotes(input)
    expect(quotes).toHaveLength(300)
    expect(who(quotes[299])).toEqual(['Jane Doe', null, 'head of policy at Acme'])
  })
})

describe('a role in apposition after an age in apposition', () => {
  it.each<[string, Who]>([
    [
      'Dr Jane Smith, 52, a consultant at Ninewells Hospital, said: “This will save lives.”',
      ['Jane Smith', 'Dr', 'consultant at Ninewells Hospital'],
    ],
    [
      '“This will save lives,” said Dr Jane Smith, 52, a consultant at Ninewells Hospital.',
      ['Jane Smith', 'Dr', 'consultant at Ninewells Hospital'],
    ],
    [
      'Tom Baker, 61, chairman of the residents’ association, said: “We are angry.”',
      ['Tom Baker', null, 'chairman of the residents’ association'],
    ],
    [
      'Tom Baker, aged 61, chairman of the residents’ association, said: “We are angry.”',
      ['Tom Baker', null, 'chairman of the residents’ association'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    ['Jane Doe, 45, said: “We are angry.”', ['Jane Doe', null, null]],
    ['Jane Doe, 45, from Leeds, said: “We are angry.”', ['Jane Doe', null, null]],
    ['Jane Doe, 45, who was injured, said: “We are angry.”', ['Jane Doe', null, null]],
    ['Jane Doe, 45, the victim’s mother, said: “We are angry.”', ['Jane Doe', null, null]],
    ['Jane Doe, 45, and Tom Baker, 50, said: “We are angry.”', ['Jane Doe', null, null]],
  ])('keeps %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads only one age in a long run of them', () => {
    const input = `Jane Doe${', 45'.repeat(300)}, a nurse, said: “We are angry.”`
    expect(extractQuotes(input)[0]?.text).toBe('We are angry.')
  })
})

describe('a member’s letters after a name, then "for" and the seat', () => {
  it.each<[string, Who]>([
    [
      'Jane Doe, MP for Leeds Central, said: “This is a scandal.”',
      ['Jane Doe', null, 'MP for Leeds Central'],
    ],
    ['“This is a scandal,” said Jane Doe, MP for Leeds Central.', ['Jane Doe', null, 'MP for Leeds Central']],
    ['Jane Doe MP for Leeds Central said: “This is a scandal.”', ['Jane Doe', null, 'MP for Leeds Central']],
    [
      'Sam Reed, MSP for Glasgow Kelvin, said: “This is a scandal.”',
      ['Sam Reed', null, 'MSP for Glasgow Kelvin'],
    ],
    [
      'Aoife Byrne, TD for Dublin Bay South, said: “This is a scandal.”',
      ['Aoife Byrne', null, 'TD for Dublin Bay South'],
    ],
    [
      'Jane Doe, MP for the Cities of London and Westminster, said: “This is a scandal.”',
      ['Jane Doe', null, 'MP for the Cities of London and Westminster'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    ['Jane Doe, MP, said: “This is a scandal.”', ['Jane Doe', null, null]],
    ['Jane Doe MP, for her part, said: “This is a scandal.”', ['Jane Doe', null, null]],
    [
      'Jane Doe, the MP for Leeds Central, said: “This is a scandal.”',
      ['Jane Doe', null, 'MP for Leeds Central'],
    ],
    ['Jane Doe, CEO of Acme, said: “This is a scandal.”', ['Jane Doe', null, 'CEO of Acme']],
  ])('keeps %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long run of members and stops in time', () => {
    const input = `${'Jane Doe MP for Leeds, '.repeat(300)}said: “This is a scandal.”`
    expect(extractQuotes(input)[0]?.text).toBe('This is a scandal.')
  })
})

describe('a unit after "of" whose name holds "and" and a rank’s word', () => {
  it.each<[string, Who]>([
    [
      'Jane Doe, of the Homicide and Major Enquiry Team, said: “Justice has been done.”',
      ['Jane Doe', null, 'Homicide and Major Enquiry Team'],
    ],
    [
      '“Justice has been done,” said Detective Inspector Jane Doe, of West Yorkshire Police’s Homicide and Major Enquiry Team.',
      ['Jane Doe', 'Detective Inspector', 'West Yorkshire Police’s Homicide and Major Enquiry Team'],
    ],
    [
      'DS Tom Baker, of the Fraud and Major Crime Unit, said: “Justice has been done.”',
      ['Tom Baker', 'DS', 'Fraud and Major Crime Unit'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, unknown]>([
    [
      '“We acted,” said Jane Doe of Kent Police and Major John Smith of the Army.',
      ['Jane Doe', null, 'Kent Police', ['John Smith']],
    ],
    [
      '“We acted,” said Jane Doe of Kent Police and Sergeant Tom Baker of the Dog Unit.',
      ['Jane Doe', null, 'Kent Police', ['Tom Baker']],
    ],
  ])('keeps a second titled person after "and": %s', (input, expected) => {
    const s = extractQuotes(input)[0]?.speaker
    expect(s ? [s.name, s.title, s.role, s.coSpeakers ?? null] : null).toEqual(expected)
  })

  it('reads a long run of such words and stops in time', () => {
    const input = `Jane Doe, of the Homicide${' and Major Enquiry'.repeat(300)} Team, said: “Justice.”`
    expect(extractQuotes(input)[0]?.text).toBe('Justice.')
  })
})

describe('an office and a field of two words that ends in a field’s noun', () => {
  it.each<[string, Who]>([
    [
      '“Sales rose,” said Jane Doe, Senior Vice President, Global Sales.',
      ['Jane Doe', null, 'Senior Vice President, Global Sales'],
    ],
    [
      '“Sales rose,” said Jane Doe, Vice President, Global Marketing.',
      ['Jane Doe', null, 'Vice President, Global Marketing'],
    ],
    [
      'Tom Baker, Director, Public Policy, said: “Sales rose.”',
      ['Tom Baker', null, 'Director, Public Policy'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('keeps people listed after an office of one word', () => {
    const s = extractQuotes('Jane Doe, chair, Tom Baker and Ali Khan said: “Sales rose.”')[0]?.speaker
    expect([s?.name, s?.role, s?.coSpeakers]).toEqual(['Jane Doe', 'chair', ['Tom Baker', 'Ali Khan']])
  })
})

describe('the body an office is held at, set off by a comma after the office', () => {
  it.each<[string, Who]>([
    [
      '“Sales rose,” said Jane Doe, Vice President, Global Marketing, at Acme.',
      ['Jane Doe', null, 'Vice President, Global Marketing, at Acme'],
    ],
    [
      '“Sales rose,” said Jane Doe, Vice President, Global Marketing, at the Acme Trust.',
      ['Jane Doe', null, 'Vice President, Global Marketing, at the Acme Trust'],
    ],
    [
      'Jane Doe, Director, Public Health, at Leeds City Council, said: “Sales rose.”',
      ['Jane Doe', null, 'Director, Public Health, at Leeds City Council'],
    ],
    [
      '“Sales rose,” said Jane Doe, chief executive, at Acme Group.',
      ['Jane Doe', null, 'chief executive, at Acme Group'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // Where or when the words were said, in lower case or a day's name, is no part of the office.
    [
      '“Sales rose,” said Jane Doe, Vice President, Global Marketing, at the launch.',
      ['Jane Doe', null, 'Vice President, Global Marketing'],
    ],
    [
      '“Sales rose,” said Jane Doe, Vice President, Global Marketing, at Monday’s meeting.',
      ['Jane Doe', null, 'Vice President, Global Marketing'],
    ],
    ['“Sales rose,” said Jane Doe, Vice President at Acme.', ['Jane Doe', null, 'Vice President at Acme']],
  ])('reads as before: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long body’s name at once', () => {
    const input = `“Sales rose,” said Jane Doe, Vice President, Global Marketing, at ${'Acme and '.repeat(300)}Acme.`
    const started = Date.now()
    expect(speaker(input)?.[0]).toBe('Jane Doe')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a role in apposition with no comma before the cue and the words it takes', () => {
  it.each<[string, Who]>([
    // The cue with its listener after it ends the role, as the cue alone does.
    [
      'Jane Doe, Chief Executive of Marks and Spencer told reporters: “We are ready.”',
      ['Jane Doe', null, 'Chief Executive of Marks and Spencer'],
    ],
    [
      'Jane Doe, chief executive of Acme told the BBC: “We are ready.”',
      ['Jane Doe', null, 'chief executive of Acme'],
    ],
    ['Jane Doe, head of the unit told the court: “We are ready.”', ['Jane Doe', null, 'head of the unit']],
    [
      'Jane Doe, Director of Public Health told BBC Radio Kent: “We are ready.”',
      ['Jane Doe', null, 'Director of Public Health'],
    ],
    [
      'Jane Doe, chair of the council urged residents to stay indoors: “We are ready.”',
      ['Jane Doe', null, 'chair of the council'],
    ],
    [
      '“We are ready,” Jane Doe, chief executive of Acme told reporters.',
      ['Jane Doe', null, 'chief executive of Acme'],
    ],
    // So does a cue that is a verb only, with how or when it was said.
    [
      'Jane Doe, chief executive of Acme said in a statement: “We are ready.”',
      ['Jane Doe', null, 'chief executive of Acme'],
    ],
    [
      'Jane Doe, chief executive of Acme added on Monday: “We are ready.”',
      ['Jane Doe', null, 'chief executive of Acme'],
    ],
    // Read so already: a comma before the cue, or the cue alone.
    [
      'Jane Doe, chief executive of Acme, told reporters: “We are ready.”',
      ['Jane Doe', null, 'chief executive of Acme'],
    ],
    [
      'Jane Doe, chief executive of Acme said: “We are ready.”',
      ['Jane Doe', null, 'chief executive of Acme'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // A cue word in capitals is a name's, and a relative clause that tells the court names no role.
    [
      'Jane Doe, Director of Frequently Asked Questions said: “We are ready.”',
      ['Jane Doe', null, 'Director of Frequently Asked Questions'],
    ],
    ['Jane Doe, who told the court she was afraid, said: “We are ready.”', ['Jane Doe', null, null]],
  ])('keeps the role: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads a long role with many cues and listeners in linear time', () => {
    const started = Date.now()
    const input = `Jane Doe, chief executive of Acme ${'told reporters '.repeat(300)}said: “We care.”`
    expect(extractQuotes(input)[0]?.text).toBe('We care.')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
