import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wideCorpusTexts } from '../../test/fixture-texts'
import { extractQuotes } from './extract-quotes'
import { lexiconWith } from './patterns'
import { findPeople, nextPerson } from './people'
import { who } from './test-helpers'

const lexicon = lexiconWith({})

/** Every match of the global pattern from `from`, as `nextPerson` must find them. */
function scanned(text: string): Array<[number, string]> {
  const re = new RegExp(lexicon.person.source, lexicon.person.flags)
  const out: Array<[number, string]> = []
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([m.index, m[0]])
    if (m[0].length === 0) re.lastIndex++
  }
  return out
}

function stepped(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = []
  let from = 0
  for (let m = nextPerson(lexicon, text, from); m !== null; m = nextPerson(lexicon, text, from)) {
    out.push([m.index, m[0]])
    from = m.index + Math.max(1, m[0].length)
  }
  return out
}

describe('nextPerson', () => {
  it('finds what the global pattern finds, in capitals, after apostrophes, hyphens and quotes', () => {
    const pieces = fc.constantFrom(
      'Chief Constable ',
      'Chris Haward',
      'NPCC ',
      'O’Brien',
      "O'Neill",
      'Newman-West',
      'McDonald',
      'Seán Ó Súilleabháin',
      'Éamon ',
      'Det Insp ',
      'J. ',
      'said ',
      ', ',
      '. ',
      '“',
      '”',
      '’',
      "'",
      '-',
      '—',
      'x',
      'Ab',
      'A',
      ' ',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(stepped(text)).toEqual(scanned(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('finds what the global pattern finds in every file of the wide corpus', () => {
    for (const [name, text] of wideCorpusTexts()) expect([name, stepped(text)]).toEqual([name, scanned(text)])
  })
})

/** The people of a text as [name, title, role]. */
const people = (text: string) => findPeople(text, lexicon).map((p) => [p.name, p.title, p.role])
const speakers = (text: string) => extractQuotes(text).map(who)

describe('findPeople', () => {
  it('reads a rank written in lower case before a name as the title, as written', () => {
    // "Detective Senior Sergeant Kevan Verry, of the Northland Organised Crime Unit, says …" (wide corpus).
    const real =
      'Detective Senior Sergeant Kevan Verry, of the Northland Organised Crime Unit, says two occupants at the address were taken into custody without incident.'
    expect(people(real)).toEqual([
      ['Kevan Verry', 'Detective Senior Sergeant', 'Northland Organised Crime Unit'],
    ])
    expect(
      people(`Officers said ${real.replace('Detective Senior Sergeant', 'detective senior sergeant')}`),
    ).toEqual([['Kevan Verry', 'detective senior sergeant', 'Northland Organised Crime Unit']])
    expect(people('“The investigation continues,” police inspector Lars Hansen said.')).toEqual([
      ['Lars Hansen', 'police inspector', null],
    ])
    expect(people('“Call us,” said detective sergeant Jo Bloggs.')).toEqual([
      ['Jo Bloggs', 'detective sergeant', null],
    ])
    // The sentence's first word in capitals; a body in capitals before the rank is part of it.
    expect(people('Detective sergeant Jo Bloggs said: “Call us.”')).toEqual([
      ['Jo Bloggs', 'Detective sergeant', null],
    ])
    expect(people('Roads policing sergeant Gareth Jones said: “Slow down.”')).toEqual([
      ['Gareth Jones', 'Roads policing sergeant', null],
    ])
  })

  it('reads a title in the plural as the first one’s when a second name follows', () => {
    expect(people('Senators Jane Doe and John Roe wrote to the agency on Monday.')).toEqual([
      ['Jane Doe', 'Senators', null],
      ['John Roe', null, null],
    ])
    expect(people('Drs. Aoife Kelly and Tom Baker led the study.')).toEqual([
      ['Aoife Kelly', 'Drs.', null],
      ['Tom Baker', null, null],
    ])
    // No second name: no title, and no person named for the plural.
    expect(people('Reps. Jane Doe wrote to the agency on Monday.')).toEqual([['Jane Doe', null, null]])
    // A plural before a verb opens no title: "Detectives" is the subject.
    expect(people('Detectives arrested Jane Doe and John Roe on Friday.')).toEqual([])
  })

  it('reads an office in lower case before two names as the first one’s role', () => {
    expect(people('“We welcome it,” said co-chairs Jane Doe and John Roe.')).toEqual([
      ['Jane Doe', null, 'co-chairs'],
      ['John Roe', null, null],
    ])
    expect(people('Acme thanked trustees Aoife Kelly and Tom Baker.')).toEqual([
      ['Aoife Kelly', null, 'trustees'],
      ['Tom Baker', null, null],
    ])
    expect(people('“We welcome it,” said co-founder Jane Doe.')).toEqual([['Jane Doe', null, 'co-founder']])
    // Plurals that are verbs too read as verbs: no office, no people.
    expect(people('The museum hosts Jane Doe and John Roe on Friday.')).toEqual([])
    expect(people('The inquiry now leads Jane Doe and John Roe to court.')).toEqual([])
  })

  it('reads no title from lower-case words that are no rank, or a rank after an article', () => {
    // Such words are an office in apposition, the role.
    expect(people('“Call us,” said the detective sergeant Jo Bloggs.')).toEqual([
      ['Jo Bloggs', null, 'detective sergeant'],
    ])
    expect(people('“Call us,” said chief executive Jo Bloggs.')).toEqual([
      ['Jo Bloggs', null, 'chief executive'],
    ])
    expect(people('“Call us,” said investigating officer Jo Bloggs.')).toEqual([
      ['Jo Bloggs', null, 'investigating officer'],
    ])
    // A word that qualifies ranks, alone, is none.
    expect(people('“Call us,” said senior detective Jo Bloggs.')[0]?.[1]).toBe('senior detective')
    expect(people('“Call us,” said the chief Jo Bloggs.')[0]?.[1]).toBeNull()
  })

  it('reads a name of three words after a remit whose last word names no one', () => {
    // "Commissioner for the Security Union Julian King said: …" (wide corpus).
    expect(
      people('Commissioner for the Security Union Julian King said: "As we step up our efforts."'),
    ).toEqual([['Julian King', 'Commissioner for the Security Union', 'Commissioner for the Security Union']])
    expect(people('Commissioner for the Security Union Ana García López said: "We act."')).toEqual([
      ['Ana García López', 'Commissioner for the Security Union', 'Commissioner for the Security Union'],
    ])
    expect(people('Minister for Māori Development Ana Te Kani said: "We act."')[0]?.[0]).toBe('Ana Te Kani')
    // A remit's last word that may be a name's, or "and" before it, leaves the name at two words.
    expect(people('Minister for Māori Development Te Kani said: "We act."')[0]?.[0]).toBe('Te Kani')
    expect(people('Minister for Justice and Equality Helen McEntee said: "We act."')[0]?.[0]).toBe(
      'Helen McEntee',
    )
    expect(
      people('Minister for Rural and Community Development Heather Humphreys said: "We act."')[0]?.[0],
    ).toBe('Heather Humphreys')
  })

  it('reads a name of three words after the field a ministry is named for', () => {
    // "… Oliver Spasovski, Minister of Interior of the Republic of North Macedonia, …" (wide corpus)
    // writes the office after the name; these write it before, as other releases do.
    const name = (text: string) => people(text)[0]?.slice(0, 2)
    expect(name('Minister of Justice Ana García López said: "We act."')).toEqual([
      'Ana García López',
      'Minister of Justice',
    ])
    expect(name('Minister of Interior Ana García López said: "We act."')?.[0]).toBe('Ana García López')
    expect(name('Minister for Home Affairs Ana García López said: "We act."')?.[0]).toBe('Ana García López')
    expect(name('Minister of Health Mary Lou McDonald said: "We act."')?.[0]).toBe('Mary Lou McDonald')
    // A name of two words stays two; a word that carries the remit on is the office's.
    expect(name('Minister of Justice Helen McEntee said: "We act."')).toEqual([
      'Helen McEntee',
      'Minister of Justice',
    ])
    expect(name('Minister of Health Care Jane Doe said: "We act."')).toEqual([
      'Jane Doe',
      'Minister of Health Care',
    ])
    expect(name('Minister for Justice Reform Jane Doe said: "We act."')).toEqual([
      'Jane Doe',
      'Minister for Justice Reform',
    ])
    // After a remit word that is no ministry's field (a place), the given name stays the office's.
    expect(name('Minister for Europe Ana García López said: "We act."')?.[0]).toBe('García López')
  })

  it('reads the body an office sits in, after "at the", as part of the office before the name', () => {
    // The dev corpora hold no such office; the shape is written in UK and Irish government releases.
    const office = 'Minister of State at the Department of Justice'
    expect(people(`${office} James Browne said: "We act."`)).toEqual([['James Browne', office, office]])
    expect(
      people('Parliamentary Under-Secretary of State at the Home Office Jess Phillips said: "We act."'),
    ).toEqual([
      [
        'Jess Phillips',
        'Parliamentary Under-Secretary of State at the Home Office',
        'Parliamentary Under-Secretary of State at the Home Office',
      ],
    ])
    expect(people('Head of Policing at the Scottish Police Authority Jane Doe said: "We act."')).toEqual([
      [
        'Jane Doe',
        'Head of Policing at the Scottish Police Authority',
        'Head of Policing at the Scottish Police Authority',
      ],
    ])
    // A body whose name holds "and" or "of", and an Under-Secretary with a remit of their own.
    expect(
      people('Minister of State at the Department of Justice and Equality David Stanton said: "We act."')[0],
    ).toEqual([
      'David Stanton',
      'Minister of State at the Department of Justice and Equality',
      'Minister of State at the Department of Justice and Equality',
    ])
    expect(people('Under-Secretary of State for Defence Jane Doe said: "We act."')[0]?.slice(0, 2)).toEqual([
      'Jane Doe',
      'Under-Secretary of State for Defence',
    ])
    // A place where something was said or done is no office, and makes no one of the body's words.
    expect(people('The figures were published at the Department of Justice on Monday.')).toEqual([])
    expect(people('Jane Doe said at the Department of Justice James Browne was present.')).toEqual([
      ['Jane Doe', null, null],
    ])
    // "at the time" is no body.
    expect(people('Minister for Justice at the time James Browne said: "We act."')).toEqual([
      ['James Browne', null, null],
    ])
  })

  it('reads a member of a parliament with the seat they hold as the office before the name', () => {
    // Written in the style of Australian state and federal media releases.
    expect(people('Member for Cairns Michael Healy said the upgrade was overdue.')).toEqual([
      ['Michael Healy', 'Member for Cairns', 'Member for Cairns'],
    ])
    expect(people('Member for Mount Druitt Edmond Atalla said the upgrade was overdue.')).toEqual([
      ['Edmond Atalla', 'Member for Mount Druitt', 'Member for Mount Druitt'],
    ])
    expect(people('Federal Member for Leichhardt Matt Smith said the upgrade was overdue.')).toEqual([
      ['Matt Smith', 'Federal Member for Leichhardt', 'Federal Member for Leichhardt'],
    ])
    expect(people('Member of Parliament Jane Doe said the upgrade was overdue.')).toEqual([
      ['Jane Doe', 'Member of Parliament', 'Member of Parliament'],
    ])
    // "a member of the public" names no office, nor anyone.
    expect(people('A Member of the public said the upgrade was overdue.')).toEqual([])
  })

  it('reads a bare name mid-clause with an age in brackets or with no comma closing it', () => {
    expect(people('Police charged Jane Doe (45) and Tom Baker (50) with fraud.')).toEqual([
      ['Jane Doe', null, null],
      ['Tom Baker', null, null],
    ])
    expect(people('Police charged Jane Doe, 45 and Tom Baker, 50 with fraud.')).toEqual([
      ['Jane Doe', null, null],
      ['Tom Baker', null, null],
    ])
    expect(people('Police charged Tom Baker aged 50 with fraud.')).toEqual([['Tom Baker', null, null]])
    // A later short reference is the person named in full with the age.
    expect(
      speakers('Jane Doe (45) and Tom Baker (50) were praised.\n\n“We are grateful,” Mr Baker said.'),
    ).toEqual([['Tom Baker', null, null]])
    expect(
      speakers('Jane Doe, 45 and Tom Baker, 50 were praised.\n\n“We are grateful,” Mr Baker said.'),
    ).toEqual([['Tom Baker', null, null]])
    // A figure that is no age: a count, a sum, a year.
    expect(people('Police charged Acme Holdings (2024) with fraud.')).toEqual([])
    expect(people('The fund gave Tom Baker, 500 pounds.')).toEqual([])
  })

  it('reads an office with its remit then a surname alone before a cue', () => {
    // Written in the style of Australian state media releases.
    expect(people('Member for Cairns Healy said the upgrade was overdue.')).toEqual([
      ['Healy', 'Member for Cairns', 'Member for Cairns'],
    ])
    expect(people('Minister for Police Smith announced the upgrade.')).toEqual([
      ['Smith', 'Minister for Police', 'Minister for Police'],
    ])
    expect(speakers('“The upgrade is overdue,” Member for Cairns Healy said.')).toEqual([
      ['Healy', 'Member for Cairns', 'Member for Cairns'],
    ])
    // After the full name, the later reference is the same person.
    expect(
      speakers(
        'Member for Cairns Michael Healy visited.\n\n“The upgrade is overdue,” Member for Cairns Healy said.',
      ),
    ).toEqual([['Michael Healy', 'Member for Cairns', 'Member for Cairns']])
    // A seat's name of two words is no office and a surname; nor is a remit with no cue after it.
    expect(people('Member for Mount Druitt said the upgrade was overdue.')).toEqual([])
    expect(people('Member for Cairns Healy thanked the staff.')).toEqual([])
  })

  it('reads the surname alone after a remit when a relative clause of a person follows it', () => {
    // Written in the style of Australian state media releases.
    expect(
      speakers('“The upgrade is overdue,” said Member for Cairns Healy, who was at the opening.'),
    ).toEqual([['Healy', 'Member for Cairns', 'Member for Cairns']])
    expect(
      speakers('“The upgrade is overdue,” said Member for Cairns Healy who was at the opening.'),
    ).toEqual([['Healy', 'Member for Cairns', 'Member for Cairns']])
    expect(people('Member for Cairns Healy, whose office is nearby, said the upgrade was overdue.')).toEqual([
      ['Healy', 'Member for Cairns', 'Member for Cairns'],
    ])
    // An office with a comma before the titled name keeps it whole.
    expect(speakers('Head of Roads Policing, Inspector Jane Doe, said: “The upgrade is overdue.”')).toEqual([
      ['Jane Doe', 'Inspector', 'Head of Roads Policing'],
    ])
    // Another clause after the comma names no one.
    expect(people('Member for Cairns Healy, which is a new seat, thanked the staff.')).toEqual([])
  })

  it('reads a surname alone after the field a ministry is named for', () => {
    // Written in the style of Australian and Irish government releases.
    expect(people('Minister for Health Smith said the upgrade was overdue.')).toEqual([
      ['Smith', 'Minister for Health', 'Minister for Health'],
    ])
    expect(people('Minister for Justice Murphy announced the upgrade.')).toEqual([
      ['Murphy', 'Minister for Justice', 'Minister for Justice'],
    ])
    // A word that carries the remit on, or a remit's noun, is no surname.
    expect(speakers('Minister for Health Care said: “The upgrade is overdue.”')).toEqual([null])
    expect(speakers('Minister for Health Promotion said: “The upgrade is overdue.”')).toEqual([null])
    expect(speakers('Minister for Home Affairs said: “The upgrade is overdue.”')).toEqual([null])
  })

  it('reads no name in a remit of two fields joined by "and"', () => {
    // Written in the style of Australian federal releases.
    expect(people('The Minister for Health and Ageing said the upgrade was overdue.')).toEqual([])
    expect(speakers('“The upgrade is overdue,” said Minister for Health and Ageing.')).toEqual([null])
    // A name after both fields is still read.
    expect(people('Minister for Health and Ageing Smith said the upgrade was overdue.')).toEqual([
      ['Smith', 'Minister for Health and Ageing', 'Minister for Health and Ageing'],
    ])
    expect(people('Minister for Health and Ageing Jane Smith said the upgrade was overdue.')).toEqual([
      ['Jane Smith', 'Minister for Health and Ageing', 'Minister for Health and Ageing'],
    ])
  })

  it('reads the body after "at the" written as its acronym as part of the office before the name', () => {
    // The dev corpora hold no such office; written in the style of Scottish and UK releases.
    expect(people('Head of Policing at the SPA Jane Doe said: "We act."')).toEqual([
      ['Jane Doe', 'Head of Policing at the SPA', 'Head of Policing at the SPA'],
    ])
    expect(people('Director of Intelligence at the NCA Rob Jones said: "We act."')).toEqual([
      ['Rob Jones', 'Director of Intelligence at the NCA', 'Director of Intelligence at the NCA'],
    ])
    // An acronym, then the words of the body's name.
    expect(people('Minister for Justice at the UK Home Office Jane Doe said: "We act."')[0]?.[1]).toBe(
      'Minister for Justice at the UK Home Office',
    )
    // The office in apposition before the name, as with the body's name in full.
    expect(people('Head of Policing at the SPA, Jane Doe, said: "We act."')[0]?.[0]).toBe('Jane Doe')
    // No name after the acronym: the office alone names no one.
    expect(people('Head of Policing at the SPA said: "We act."')).toEqual([])
    expect(people('The Head of Policing at the SPA Board said: "We act."')).toEqual([])
    // A word in capitals longer than an acronym is a word in capitals, no body's short name.
    expect(people('Head of Policing at the SCOTLAND Jane Doe said: "We act."')[0]?.[1] ?? null).not.toBe(
      'Head of Policing at the SCOTLAND',
    )
  })

  it('reads "Minister" alone as a title before a name, and a legislator\'s letters after it', () => {
    // Written in the style of Irish, New Zealand and Australian government releases.
    expect(people('Minister McEntee said: "We act."')).toEqual([['McEntee', 'Minister', null]])
    expect(people('Minister Helen McEntee said: "We act."')).toEqual([['Helen McEntee', 'Minister', null]])
    // "TD", "MLA", "MPP", "MEP" close the name as "MP" does.
    expect(people('The Minister for Justice, Helen McEntee TD, has today announced funding.')).toEqual([
      ['Helen McEntee', null, 'Minister for Justice'],
    ])
    expect(people('The Minister for Health, Jane Doe MLA, said: "We act."')).toEqual([
      ['Jane Doe', null, 'Minister for Health'],
    ])
    // Offices built on "Minister" keep their words.
    expect(people('Police Minister Mark Mitchell said: "We act."')[0]?.[1]).toBe('Police Minister')
    expect(people('Prime Minister Keir Starmer said: "We act."')[0]?.[1]).toBe('Prime Minister')
    expect(people('Crime and Policing Minister Laura Penrose said: "We act."')[0]?.[1]).toBe(
      'Crime and Policing Minister',
    )
    // Two fields before one head share the office; a listed title after "and" opens the person.
    expect(people('Police and Fire Minister Jane Doe said: "We act."')).toEqual([
      ['Jane Doe', 'Police and Fire Minister', null],
    ])
    expect(people('Richmond and Police Chief Jane Doe said: "We act."')).toEqual([
      ['Jane Doe', 'Police Chief', null],
    ])
    // After "of", the words before "and" end a body's name, not an agency before the office.
    expect(people('The Department of Justice and Policing Minister Jo Brown said: "We act."')[0]?.[1]).toBe(
      'Policing Minister',
    )
    // "the Minister" with no name names no one here.
    expect(people('The Minister said: "We act."')).toEqual([])
  })

  it("reads the fields in lower case between a body's possessive and the office before a name", () => {
    // Written in the style of UK council releases.
    expect(people('The council’s environmental enforcement manager, Sarah Hughes, said: "We act."')).toEqual([
      ['Sarah Hughes', null, 'council’s environmental enforcement manager'],
    ])
    expect(
      people('Leeds City Council’s environmental enforcement manager, Sarah Hughes, said: "We act."'),
    ).toEqual([['Sarah Hughes', null, 'Leeds City Council’s environmental enforcement manager']])
    // Opened by the article alone.
    expect(people('The environmental health officer, Sarah Hughes, said: "We act."')).toEqual([
      ['Sarah Hughes', null, 'environmental health officer'],
    ])
    // Words of the clause before the office are not its fields.
    expect(people('Officers thanked the manager, Sarah Hughes, on Monday.')).toEqual([
      ['Sarah Hughes', null, 'manager'],
    ])
    // A noun before the office's makes one office with it; an adjective describes the holder.
    expect(people('Officers thanked the very helpful store manager, Sarah Hughes, on Monday.')[0]?.[2]).toBe(
      'store manager',
    )
  })

  it('reads a full name joined by "and" to a person named before it', () => {
    expect(people('Mark Green and Jane Roe lead the team.')).toEqual([
      ['Mark Green', null, null],
      ['Jane Roe', null, null],
    ])
    // Not after words that name no one, nor over a particle in lower case.
    expect(people('Officers and Jane Roe lead the team.')).toEqual([])
    expect(people('Paul Jones and Mary do Things.')).toEqual([['Paul Jones', null, null]])
  })

  it('reads a noun before an office in lower case as part of it, and no adjective or adverb', () => {
    // Written in the style of UK police and council releases.
    expect(people('Officers thanked the store manager, Sarah Hughes, who said: "We act."')).toEqual([
      ['Sarah Hughes', null, 'store manager'],
    ])
    expect(people('Tom Reid, the site supervisor, said: "We act."')).toEqual([
      ['Tom Reid', null, 'site supervisor'],
    ])
    expect(people('Raj Patel, owner of the Corner Shop, said: "We act."')).toEqual([
      ['Raj Patel', null, 'owner of the Corner Shop'],
    ])
    expect(people('Staff thanked the new manager, Sarah Hughes, on Monday.')[0]?.[2]).toBe('manager')
    expect(people('Staff thanked the outgoing manager, Sarah Hughes, on Monday.')[0]?.[2]).toBe('manager')
    expect(people('Staff met today manager, Sarah Hughes, on Monday.')[0]?.[2]).toBe('manager')
  })

  it('reads a rank written after an office with its remit as the title, and the office as the role', () => {
    // Written in the style of Australian and UK police releases.
    expect(people('Head of Roads Policing Inspector Jane Doe said: "We act."')).toEqual([
      ['Jane Doe', 'Inspector', 'Head of Roads Policing'],
    ])
    expect(
      people('Commander of the Homicide Squad Detective Superintendent Jane Doe said: "We act."'),
    ).toEqual([['Jane Doe', 'Detective Superintendent', 'Commander of the Homicide Squad']])
    expect(
      people('Officer in Charge of Coomera Police Station Senior Sergeant Jo Smith said it was "reckless".'),
    ).toEqual([['Jo Smith', 'Senior Sergeant', 'Officer in Charge of Coomera Police Station']])
    // A remit that ends in no rank, or in an honorific, stays the title.
    expect(people('Commissioner for the Security Union Julian King said: "We act."')).toEqual([
      ['Julian King', 'Commissioner for the Security Union', 'Commissioner for the Security Union'],
    ])
  })

  it('reads a unit whose name holds "and" or "&" before an office as part of the title', () => {
    // Written in the style of Canadian police releases.
    expect(people('Homicide & Missing Persons Unit Detective Sergeant Mike Carbone said: "We act."')).toEqual(
      [['Mike Carbone', 'Homicide & Missing Persons Unit Detective Sergeant', null]],
    )
    expect(
      people('Homicide and Missing Persons Unit Detective Sergeant Mike Carbone said: "We act."')[0]?.[1],
    ).toBe('Homicide and Missing Persons Unit Detective Sergeant')
    expect(
      people('Surrey and Sussex Major Crime Team Detective Sergeant Mike Carbone said: "We act."')[0]?.[1],
    ).toBe('Surrey and Sussex Major Crime Team Detective Sergeant')
    // Without a unit's noun before the office, "and" or "&" ends the unit's name.
    expect(people('Jane Roe and Kent Detective Sergeant Mike Carbone said: "We act."')).toEqual([
      ['Jane Roe', null, null],
      ['Mike Carbone', 'Kent Detective Sergeant', null],
    ])
    expect(people('Surrey & Sussex Detective Sergeant Mike Carbone said: "We act."')[0]?.[1]).toBe(
      'Sussex Detective Sergeant',
    )
    // In an apposition before the name, likewise.
    expect(
      people('Robbery and Serious Crime Squad Commander, Detective Superintendent Jane Doe, said: "We act."'),
    ).toEqual([['Jane Doe', 'Detective Superintendent', 'Robbery and Serious Crime Squad Commander']])
  })

  it('reads an office in lower case written right before a title as the role', () => {
    expect(people('Senior investigating officer Detective Inspector Mark Green said: "We act."')).toEqual([
      ['Mark Green', 'Detective Inspector', 'Senior investigating officer'],
    ])
    expect(people('"We act," said senior investigating officer Detective Inspector Mark Green.')).toEqual([
      ['Mark Green', 'Detective Inspector', 'senior investigating officer'],
    ])
    // A noun alone, or an adjective before it, makes no office of its own.
    expect(people('Arresting officer PC Jane Roe said: "We act."')).toEqual([['Jane Roe', 'PC', null]])
    expect(people('The officer PC Jane Roe said: "We act."')).toEqual([['Jane Roe', 'PC', null]])
    // A capital inside the sentence is no office's first word.
    expect(people('Officers met Chief officer Detective Inspector Mark Green.')[0]?.[2]).toBeNull()
  })

  it('reads a unit named by its number in the "of" phrase after a name', () => {
    // Written in the style of Canadian and US police releases.
    expect(people('Detective Sergeant Amanda Clarke of 52 Division said: "We act."')).toEqual([
      ['Amanda Clarke', 'Detective Sergeant', '52 Division'],
    ])
    expect(people('Superintendent Paul Rinkoff of the 3rd Precinct said: "We act."')[0]?.[2]).toBe(
      '3rd Precinct',
    )
    expect(people('Sergeant Jo Bell, of 52 Division, said: "We act."')[0]?.[2]).toBe('52 Division')
    // A number that no word in capitals follows names no unit.
    expect(people('Sergeant Jo Bell of 12 officers said: "We act."')[0]?.[2]).toBeNull()
    expect(people('Sergeant Jo Bell of 2023 said: "We act."')[0]?.[2]).toBeNull()
  })

  it('reads a remit in lower case that goes on as a list closed by "and" as one role', () => {
    // Written in the style of UK council releases.
    expect(
      people(
        'Councillor Mohammed Rafique, executive member for climate, energy, environmental services and green space, said: "We act."',
      ),
    ).toEqual([
      [
        'Mohammed Rafique',
        'Councillor',
        'executive member for climate, energy, environmental services and green space',
      ],
    ])
    expect(
      people('Jane Doe, cabinet member for housing, planning and transport, said: "We act."')[0]?.[2],
    ).toBe('cabinet member for housing, planning and transport')
    // No "and" closes a list, or a clause follows: the role ends at its first comma.
    expect(people('Jane Doe, cabinet member for housing, said: "We act."')[0]?.[2]).toBe(
      'cabinet member for housing',
    )
    expect(people('Jane Doe, head of policy, said officers and staff were kind.')[0]?.[2]).toBe(
      'head of policy',
    )
    expect(people('Jane Doe, head of policy, who was there, said: "We act."')[0]?.[2]).toBe('head of policy')
  })

  it('ends a role before "and" and a second speaker\'s name', () => {
    // Written in the style of joint statements in charity and council releases.
    expect(people('Jane Doe, head of policy, and John Smith said: "We act."')).toEqual([
      ['Jane Doe', null, 'head of policy'],
      ['John Smith', null, null],
    ])
    expect(
      people(
        'Jane Doe, head of policy at Refuge, and John Smith, chief executive of Shelter, said: "We act."',
      )[0]?.[2],
    ).toBe('head of policy at Refuge')
    // A role's own words after "and" stay in it: no cue or role of a second speaker follows them.
    expect(people('Jane Doe, Head of Serious Crime, and Organised Crime Lead, said: "We act."')[0]?.[2]).toBe(
      'Head of Serious Crime, and Organised Crime Lead',
    )
    expect(people('Jane Doe, Director of Policy, Research and Strategy, said: "We act."')[0]?.[2]).toBe(
      'Director of Policy, Research and Strategy',
    )
  })

  it('reads a lower-case particle inside a name, and not the verb "do" between words that name no one', () => {
    expect(people('João Paulo dos Santos, the mayor of Lisbon, said the city was ready.')).toEqual([
      ['João Paulo dos Santos', null, 'mayor of Lisbon'],
    ])
    expect(people('Why Residents do Care about it.')).toEqual([])
    expect(people('Paul Jones and Mary do Things.')).toEqual([['Paul Jones', null, null]])
  })

  it('reads an office in brackets after a name as the role, and the name without it', () => {
    expect(people('Sergeant Owain Llewellyn (Roads Policing Unit) said the road was closed.')).toEqual([
      ['Owain Llewellyn', 'Sergeant', 'Roads Policing Unit'],
    ])
    expect(people('Owain Llewellyn (Roads Policing) said the road was closed.')).toEqual([
      ['Owain Llewellyn', null, 'Roads Policing'],
    ])
    expect(people('Owain Llewellyn (Monday 3 June) said the road was closed.')).toEqual([
      ['Owain Llewellyn', null, null],
    ])
    expect(people('Owain Llewellyn (née Jones) said the road was closed.')).toEqual([
      ['Owain Llewellyn', null, null],
    ])
  })

  it('reads a country in initials before an office in a role after a name, not as a stop', () => {
    // "… U.S. Attorney Dana J. Boente of the Eastern District of Virginia and …" (wide corpus).
    expect(
      people('U.S. Attorney Dana J. Boente of the Eastern District of Virginia said the case was closed.'),
    ).toEqual([['Dana J. Boente', 'U.S. Attorney', 'Eastern District of Virginia']])
    expect(people('“We act,” said Natalie K. Wight, U.S. Attorney for the District of Oregon.')).toEqual([
      ['Natalie K. Wight', null, 'U.S. Attorney for the District of Oregon'],
    ])
    // Initials that end the sentence still end the role.
    expect(people('Jane Doe, a lawyer in the U.S. She left.')).toEqual([
      ['Jane Doe', null, 'lawyer in the U.S.'],
    ])
  })

  it('reads a surname alone after an opening word and its comma', () => {
    expect(findPeople('Later, Hansen', lexicon, true).map((p) => p.name)).toEqual(['Hansen'])
    expect(findPeople('Meanwhile, Jones', lexicon, true).map((p) => p.name)).toEqual(['Jones'])
  })
})

// Written in the style of sports clubs' and companies' announcements, which name the person in a
// reported clause and quote them by surname.
describe('a name that opens a reported clause after "that"', () => {
  const names = (text: string) => findPeople(text, lexicon).map((p) => p.name)

  it.each([
    ['The club is delighted to announce that Jack Smith has signed a new contract.', ['Jack Smith']],
    ['Police confirmed that Jane Doe was arrested on Friday.', ['Jane Doe']],
    ['The company said that Tom Baker will join the board in May.', ['Tom Baker']],
  ])('is a person: %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('is the one a later surname names', async () => {
    const { extractQuotes } = await import('./extract-quotes')
    const [q] = extractQuotes(
      'The club announced that Jack Smith has signed.\n\n“I am happy to stay,” said Smith.',
    )
    expect(q?.speaker?.name).toBe('Jack Smith')
  })

  it.each([
    // An operation, a body, or a name that no clause in lower case follows.
    ['Officers said that Operation Venetic was a success.', []],
    ['It said that Leeds City Council has agreed.', []],
    ['Officers believe that Jack Smith, 34, fled.', ['Jack Smith']],
    ['They said that Jack Smith The Third left.', []],
  ])('near miss: %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

// Written in the style of US agencies' releases, whose officials may go by two initials.
describe('a first name written as two initials together', () => {
  const speaker = (input: string) => {
    const [p] = findPeople(input, lexicon, true)
    return p === undefined ? null : [p.name, p.title]
  }

  it.each([
    ['KC Becker', ['KC Becker', null]],
    ['Regional Administrator KC Becker', ['KC Becker', 'Regional Administrator']],
    ['J.D. Smith', ['J.D. Smith', null]],
    ['AJ Smith-Jones', ['AJ Smith-Jones', null]],
  ])('opens the name: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each([
    // A body's initials before the words of its name, or letters after a name, are no first name.
    [
      'HM Revenue and Customs Assistant Director Paul Morgan',
      ['Paul Morgan', 'HM Revenue and Customs Assistant Director'],
    ],
    [
      'U.S. Drug Enforcement Administration Director Tom Baker',
      ['Tom Baker', 'U.S. Drug Enforcement Administration Director'],
    ],
    ['Dorothy Bain KC', ['Dorothy Bain', null]],
  ])('is read as before where a body or letters after a name stand: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// Written in the style of councils' and legislatures' releases.
describe('an office of two capitalised words in apposition after a name', () => {
  it.each([
    ['“We are pleased,” Amy Poe, House Speaker, said.', ['Amy Poe', null, 'House Speaker']],
    ['“We are pleased,” said Amy Poe, House Speaker.', ['Amy Poe', null, 'House Speaker']],
    ['“We are pleased,” Jo Li, Shadow Chancellor, said.', ['Jo Li', null, 'Shadow Chancellor']],
    ['“We are pleased,” Tom Baker, Club Captain, added.', ['Tom Baker', null, 'Club Captain']],
    // The office is no person a pronoun can stand for.
    [
      'Amy Poe, House Speaker, welcomed the news. “We are pleased,” she said.',
      ['Amy Poe', null, 'House Speaker'],
    ],
  ])('is the role of the one named: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })

  it.each([
    ['“We are pleased,” Tom Baker, Council Leader, said.', ['Tom Baker', null, 'Council Leader']],
    ['“We are pleased,” Tom Baker, Chief Constable, added.', ['Tom Baker', null, 'Chief Constable']],
    ['“We are pleased,” House Speaker Amy Poe said.', ['Amy Poe', 'House Speaker', null]],
    // A surname that is a title's word too ("Bishop") is still a name after a first name.
    ['“We are pleased,” said Jane Bishop.', ['Jane Bishop', null, null]],
    // A second person listed after the first, not the first's role.
    ['“We are pleased,” Amy Poe, Tom Baker and Jo Li said.', ['Amy Poe', null, null]],
    ['“We are pleased,” Tom Baker, John Chancellor and Jo Li said.', ['Tom Baker', null, null]],
    // A surname that is an office's word, with no name before it.
    ['“We are pleased with it,” said John Chancellor.', ['John Chancellor', null, null]],
    ['Tris Speaker said: “We are pleased with it.”', ['Tris Speaker', null, null]],
  ])('near miss, read as before: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })
})

// Written in the style of legislatures', courts' and universities' releases.
describe('an office with its remit after "of the" before the name', () => {
  it.each([
    [
      '“We are pleased,” Speaker of the House Amy Poe said.',
      ['Amy Poe', 'Speaker of the House', 'Speaker of the House'],
    ],
    [
      'Speaker of the House Amy Poe said: “We are pleased.”',
      ['Amy Poe', 'Speaker of the House', 'Speaker of the House'],
    ],
    [
      '“We are pleased,” said Chancellor of the Exchequer Rachel Reeves.',
      ['Rachel Reeves', 'Chancellor of the Exchequer', 'Chancellor of the Exchequer'],
    ],
    [
      '“We are pleased,” said Clerk of the Court Jane Doe.',
      ['Jane Doe', 'Clerk of the Court', 'Clerk of the Court'],
    ],
    [
      '“We are pleased,” Chairman of the Board Tom Baker said.',
      ['Tom Baker', 'Chairman of the Board', 'Chairman of the Board'],
    ],
  ])('is the title and the role: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })

  it.each([
    [
      '“We are pleased,” Secretary of State Antony Blinken said.',
      ['Antony Blinken', 'Secretary of State', 'Secretary of State'],
    ],
    [
      '“We are pleased,” Chair of the Board Jane Doe said.',
      ['Jane Doe', 'Chair of the Board', 'Chair of the Board'],
    ],
    ['“We are pleased,” Amy Poe, Speaker of the House, said.', ['Amy Poe', null, 'Speaker of the House']],
    ['The Speaker of the House, Amy Poe, said: “We will act.”', ['Amy Poe', null, 'Speaker of the House']],
  ])('near miss, read as before: %s', (input, expected) => {
    expect(who(extractQuotes(input)[0])).toEqual(expected)
  })

  it('names no one when no name follows the office', () => {
    expect(people('Speaker of the House said the vote would be held.')).toEqual([])
    expect(people('The Clerk of the Court said the vote would be held.')).toEqual([])
  })
})
