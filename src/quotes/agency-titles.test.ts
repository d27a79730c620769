// An office written after a department and its agency: "Department of Homeland Security, Homeland
// Security Investigations (HSI) Special Agent in Charge Jane Doe". The department's name names no
// person; a body's word and "of" before the office open the agency written in the title.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { type Who, who } from './test-helpers'

const speaker = (input: string): Who => who(extractQuotes(input)[0])

describe('an office after a department and an agency', () => {
  it.each<[string, Who]>([
    // Written in the style of US attorneys' and federal agencies' releases.
    [
      '“This defendant preyed on vulnerable people,” said Department of Homeland Security, Homeland Security Investigations (HSI) Special Agent in Charge Jane Doe.',
      ['Jane Doe', 'Homeland Security Investigations (HSI) Special Agent in Charge', null],
    ],
    [
      '“This defendant preyed on vulnerable people,” said U.S. Department of Justice, Drug Enforcement Administration (DEA) Special Agent in Charge John Roe.',
      ['John Roe', 'Drug Enforcement Administration (DEA) Special Agent in Charge', null],
    ],
    [
      '“The defendant abused his position,” said Department of Health and Human Services, Office of Inspector General Special Agent in Charge Jane Doe.',
      ['Jane Doe', 'Office of Inspector General Special Agent in Charge', null],
    ],
    [
      '“The defendant abused his position,” said Department of the Treasury, Internal Revenue Service Criminal Investigation (IRS-CI) Special Agent in Charge Jane Doe.',
      ['Jane Doe', 'Internal Revenue Service Criminal Investigation (IRS-CI) Special Agent in Charge', null],
    ],
    [
      'Department of Homeland Security Secretary Jane Doe said: “We will secure the border.”',
      ['Jane Doe', 'Department of Homeland Security Secretary', null],
    ],
    [
      'U.S. Department of Labor Office of Inspector General Special Agent in Charge Jane Doe said: “We will recover the funds.”',
      ['Jane Doe', 'U.S. Department of Labor Office of Inspector General Special Agent in Charge', null],
    ],
    // A place and a unit between the agency's acronym and the office.
    [
      '“Our agents worked tirelessly,” stated ICE Enforcement and Removal Operations (ERO) Boston Field Office Director Todd M. Lyons.',
      ['Todd M. Lyons', 'ICE Enforcement and Removal Operations (ERO) Boston Field Office Director', null],
    ],
    [
      'Homeland Security Investigations (HSI) New Orleans Special Agent in Charge Jane Doe said: “We will not stop.”',
      ['Jane Doe', 'Homeland Security Investigations (HSI) New Orleans Special Agent in Charge', null],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // An office with its remit keeps it as the role: "Chief Executive of …" is an office, not a body.
    [
      'Chief Executive of the Scottish Police Authority Chris Brown said: “We welcome the report.”',
      [
        'Chris Brown',
        'Chief Executive of the Scottish Police Authority',
        'Chief Executive of the Scottish Police Authority',
      ],
    ],
    [
      'Commissioner for the Security Union Julian King said: “We welcome the report.”',
      ['Julian King', 'Commissioner for the Security Union', 'Commissioner for the Security Union'],
    ],
    // After "and", the office opens a new name: the body before it is no part of the title.
    [
      'The Department of Justice and Policing Minister Jo Brown said: “We will act on this.”',
      ['Jo Brown', 'Policing Minister', null],
    ],
    // An acronym that spells no name before it opens no agency, with a place after it or not.
    [
      '“We will not stop,” said Office of Personnel Management (ATF) Boston Field Office Director Tom Baker.',
      ['Tom Baker', 'Boston Field Office Director', null],
    ],
    // A name after "of" that is a person's, not a body's: "the family of".
    ['“He was a loving son,” said the family of Tom Baker.', null],
  ])('leaves other shapes as they were: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('an office in lower case after a body, before a rank', () => {
  it.each<[string, Who]>([
    // Written in the style of US sheriffs' and UK forces' releases: the rank is the title, the
    // office with its body the role.
    [
      'Sheriff’s Office spokesperson Sgt. Maria Lopez said: “The suspect was taken into custody.”',
      ['Maria Lopez', 'Sgt.', 'Sheriff’s Office spokesperson'],
    ],
    [
      "“The suspect was taken into custody,” said Sheriff's Office spokesman Deputy Maria Lopez.",
      ['Maria Lopez', 'Deputy', "Sheriff's Office spokesman"],
    ],
    [
      'Los Angeles County Sheriff’s Department spokesperson Lt. Maria Lopez said: “The road is closed.”',
      ['Maria Lopez', 'Lt.', 'Los Angeles County Sheriff’s Department spokesperson'],
    ],
    [
      'Kent Police spokesperson Sgt Maria Lopez said: “The road is closed.”',
      ['Maria Lopez', 'Sgt', 'Kent Police spokesperson'],
    ],
    // With no rank, the body and the office are the title, as "Refuge chief executive" is.
    [
      'District Attorney’s Office spokesperson Maria Lopez said: “The case is closed.”',
      ['Maria Lopez', 'District Attorney’s Office spokesperson', null],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('reads no body where the words before the office name none', () => {
    expect(speaker('Yesterday spokesperson Sgt. Maria Lopez said: “The road is closed.”')).toEqual([
      'Maria Lopez',
      'Sgt.',
      null,
    ])
    // A place after a preposition says where, not whose office.
    expect(speaker('In Kent spokesperson Sgt. Maria Lopez said: “The road is closed.”')).toEqual([
      'Maria Lopez',
      'Sgt.',
      null,
    ])
  })
})
