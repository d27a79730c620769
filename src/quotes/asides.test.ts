import { describe, expect, it } from 'vitest'
import { withoutAsideAtEnd, withoutAsides } from './asides'
import { extractQuotes } from './extract-quotes'

describe('withoutAsides', () => {
  it.each([
    ['said Jane Doe (D-Ohio) and John Roe (R-Texas)', 'said Jane Doe and John Roe'],
    // Between commas, the comma after the tag goes before "and" or the end.
    ['Jane Doe, D-Ohio, and John Roe, R-Texas, ', 'Jane Doe and John Roe '],
    ['said Sen. Jane Doe, R-Iowa, chair of the panel', 'said Sen. Jane Doe, chair of the panel'],
    ['said Sens. Jane Doe (D-N.Y.) and John Roe (R-Ky.)', 'said Sens. Jane Doe and John Roe'],
    ['said Representative Jane Doe (D-New York)', 'said Representative Jane Doe'],
    ['said Rep. John Roe (R-Texas-21)', 'said Rep. John Roe'],
    // A home town of a state's legislator, of two words, hyphened or with a particle; Minnesota's party.
    ['said Rep. Jane Doe (D-Winston-Salem)', 'said Rep. Jane Doe'],
    ["said Rep. Jane Doe (R-Coeur d'Alene)", 'said Rep. Jane Doe'],
    ['said Rep. Jane Doe (DFL-Minneapolis)', 'said Rep. Jane Doe'],
    ['said Rep. Jane Doe (R-Port St. Lucie)', 'said Rep. Jane Doe'],
    ['said the spokesperson (pictured)', 'said the spokesperson'],
    ['Jane Doe (pictured left) and John Roe (far right) said', 'Jane Doe and John Roe said'],
    ['said Jane Doe (above), head of the unit', 'said Jane Doe, head of the unit'],
    ['said Jane Doe (CPS) and John Roe (NCA)', 'said Jane Doe and John Roe'],
    ['said Jane Doe MP (Lab) and John Roe MP (Con)', 'said Jane Doe MP and John Roe MP'],
    ['said Jane Doe (Labour)', 'said Jane Doe'],
    // A party and the ward or seat a councillor holds, as UK councils write them.
    ['said Councillor Jane Doe (Lab, Northtown)', 'said Councillor Jane Doe'],
    [
      'said Cllr Jane Doe (Liberal Democrat, Northtown West) and Cllr John Roe (Con, Eastfield)',
      'said Cllr Jane Doe and Cllr John Roe',
    ],
    ['Representatives Jane Doe (D-Ohio) and John Roe (R-Texas) ', 'Representatives Jane Doe and John Roe '],
    ['said the senators (D-Ohio and D-Mich.)', 'said the senators'],
    ['said the lawmakers (D-Ohio, R-Texas and D-N.Y.).', 'said the lawmakers.'],
    ['said the members (R-Texas & R-Fla.)', 'said the members'],
    ['said Jane Doe (who chairs the panel) and John Roe', 'said Jane Doe and John Roe'],
    ['said police (who declined to comment further)', 'said police'],
    ['said Kent Police (which declined to comment).', 'said Kent Police.'],
    ['said Jane Doe (who chairs the panel), and Sgt John Roe', 'said Jane Doe, and Sgt John Roe'],
    ['Jane Doe (whose team led the review) and DI John Roe said', 'Jane Doe and DI John Roe said'],
  ])('takes out the aside after the speaker: %s', (input, expected) => {
    expect(withoutAsides(input)).toBe(expected)
  })

  it.each([
    // A body's initials the words before spell are its short name.
    'said the Crown Prosecution Service (CPS)',
    'said Jane Doe, director of the Federal Bureau of Investigation (FBI)',
    'said the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)',
    // An office or function in brackets is a role.
    'said Owain Llewellyn (Roads Policing Unit)',
    // A clause, a sentence or a quote in brackets is no aside.
    // A clause in brackets is left where no second name follows it.
    'said Jane Doe (who chairs the panel), adding',
    'said Jane Doe (who chairs the panel) and added',
    // Between commas, the clause's object may go on past "and".
    'said Jane Doe, who thanked the volunteers, and John Roe',
    'said Jane Doe (who thanked John Roe and Ann Poe) at the launch',
    'said Jane Doe (whoever she is)',
    // Words in capitals or in lower case that are no party tags.
    'said the senators (Ohio and Michigan)',
    // A body and a place, not a party and a ward.
    'said Jane Doe (Acme, Northtown)',
    'said Jane Doe (Roads Policing, Northtown)',
    'said the senators (D-Ohio and others)',
    'said Jane Doe (She was elected in 2020.)',
    'said police (“we are looking”)',
    // Capitals after the brackets go on the name or the office.
    'said Office of Personnel Management (ATF) Director Tom Baker',
    // An age is read with the name.
    'said Jane Smith (42)',
    // Brackets that open a word are no aside.
    'said the member(s) of the board',
  ])('leaves other brackets: %s', (input) => {
    expect(withoutAsides(input)).toBe(input)
  })
})

describe('withoutAsideAtEnd', () => {
  it.each([
    ['cabinet member for housing (Lab, Northtown)', 'cabinet member for housing'],
    ['cabinet member for housing (Labour)', 'cabinet member for housing'],
    ['chair of the committee (D-Ohio)', 'chair of the committee'],
    ['Senate Majority Leader, D-Riverton', 'Senate Majority Leader'],
    ['chair of the House committee, R-N.Y.', 'chair of the House committee'],
    ['Senate Majority Leader, D-Winston-Salem', 'Senate Majority Leader'],
    ['House Minority Leader, DFL-Minneapolis', 'House Minority Leader'],
  ])('takes a party out of the end of a role: %s', (role, expected) => {
    expect(withoutAsideAtEnd(role)).toBe(expected)
  })

  it.each([
    'head of the Crown Prosecution Service (CPS)',
    'inspector (Roads Policing Unit)',
    'cabinet member for housing (Acme, Northtown)',
    // Two places' initials, no party's tag.
    'EU-US trade envoy',
    'trade envoy, EU-US',
  ])('leaves a role whose brackets are part of it: %s', (role) => {
    expect(withoutAsideAtEnd(role)).toBe(role)
  })

  it.each([
    'Councillor Jane Doe, cabinet member for housing (Lab, Northtown), said: “We will build more homes.”',
    'Councillor Jane Doe, cabinet member for housing (Labour), said: “We will build more homes.”',
    '“We will build more homes,” said Councillor Jane Doe, cabinet member for housing (Lab, Northtown).',
  ])('gives the speaker the role without the party: %s', (input) => {
    expect(extractQuotes(input)[0]?.speaker?.role).toBe('cabinet member for housing')
  })

  it('gives the speaker the role without the party and state', () => {
    // Written in the style of US state legislatures' releases.
    const input = 'Amy Poe, Senate Majority Leader, D-Riverton, said: “We will pass this bill.”'
    expect(extractQuotes(input)[0]?.speaker?.role).toBe('Senate Majority Leader')
  })
})
