// An office written after a company's name with its abbreviated legal form: "Acme Inc. chief
// executive Jane Doe". The title is written as it stands, form and all, as "FBI Director Kash
// Patel" is, and as "Acme chief executive Jane Doe" already was.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { type Who, who } from './test-helpers'

const speaker = (input: string): Who => who(extractQuotes(input)[0])

describe('an office after a company and its legal form', () => {
  it.each<[string, Who]>([
    // Written in the style of US, UK, Irish, Australian and Canadian company releases.
    [
      '“This is a good day for our customers,” Acme Inc. chief executive Jane Doe said.',
      ['Jane Doe', 'Acme Inc. chief executive', null],
    ],
    [
      '“This is a good day for our customers,” said Acme Inc. chief executive Jane Doe.',
      ['Jane Doe', 'Acme Inc. chief executive', null],
    ],
    [
      '“We are proud to support the programme,” Acme Corp. CEO Jane Doe said.',
      ['Jane Doe', 'Acme Corp. CEO', null],
    ],
    [
      'Northwind Trading Co. president Tom Baker said: “We will keep every job in Ohio.”',
      ['Tom Baker', 'Northwind Trading Co. president', null],
    ],
    [
      '“The site will employ 200 people,” said Widget Ltd. managing director Jane Doe.',
      ['Jane Doe', 'Widget Ltd. managing director', null],
    ],
    [
      '“The site will employ 200 people,” said Widget Ltd managing director Jane Doe.',
      ['Jane Doe', 'Widget Ltd managing director', null],
    ],
    [
      '“We welcome the funding,” Bushland Pty Ltd chief executive Ali Khan said.',
      ['Ali Khan', 'Bushland Pty Ltd chief executive', null],
    ],
    [
      '“We welcome the funding,” said Maple Leaf Foods Inc. CEO Jane Doe.',
      ['Jane Doe', 'Maple Leaf Foods Inc. CEO', null],
    ],
    // Two forms, each with its stop; a form with no stop; other offices in capitals.
    [
      '“We welcome the funding,” Bushland Pty. Ltd. chief executive Jane Doe said.',
      ['Jane Doe', 'Bushland Pty. Ltd. chief executive', null],
    ],
    [
      'Bushland Pty. Ltd. managing director Tom Baker said: “We welcome the funding.”',
      ['Tom Baker', 'Bushland Pty. Ltd. managing director', null],
    ],
    [
      '“We welcome the funding,” Coastal Pty. Limited chief executive Ali Khan said.',
      ['Ali Khan', 'Coastal Pty. Limited chief executive', null],
    ],
    ['“We welcome the funding,” Acme Inc. CFO Jane Doe said.', ['Jane Doe', 'Acme Inc. CFO', null]],
    ['Acme Inc. CFO Jane Doe said: “We welcome the funding.”', ['Jane Doe', 'Acme Inc. CFO', null]],
    ['“Orders are up,” said Northwind Co. COO Tom Baker.', ['Tom Baker', 'Northwind Co. COO', null]],
    ['“Orders are up,” said Widget Ltd. CTO Jane Doe.', ['Jane Doe', 'Widget Ltd. CTO', null]],
    ['“Orders are up,” said Bushland Pty Ltd CTO Ali Khan.', ['Ali Khan', 'Bushland Pty Ltd CTO', null]],
    ['“Orders are up,” said Acme CFO Jane Doe.', ['Jane Doe', 'Acme CFO', null]],
    [
      '“We welcome the funding,” said Severn Water plc chief executive Jane Doe.',
      ['Jane Doe', 'Severn Water plc chief executive', null],
    ],
    ['“Orders are up,” Acme Holdings plc CFO Jane Doe said.', ['Jane Doe', 'Acme Holdings plc CFO', null]],
    [
      '“Orders are up,” said Rhein Logistik GmbH CEO Jana Vogel.',
      ['Jana Vogel', 'Rhein Logistik GmbH CEO', null],
    ],
    ['“Orders are up,” said Iberia Foods S.A. CEO Ana Ruiz.', ['Ana Ruiz', 'Iberia Foods S.A. CEO', null]],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // The legal form with nothing in capitals before it names no company: the office alone.
    [
      '“This is a good day for our customers,” said the inc. chief executive Jane Doe.',
      ['Jane Doe', null, 'chief executive'],
    ],
    // A capitalised word after the stop may open a sentence: the company ends the one before.
    [
      'The contract went to Acme Inc. Chief Constable Jane Doe said: “We will review every bid.”',
      ['Jane Doe', 'Chief Constable', null],
    ],
    [
      'The contract went to Acme Inc. Detective Sergeant Jane Doe said: “We will review every bid.”',
      ['Jane Doe', 'Detective Sergeant', null],
    ],
    // The company is where the person works, written after the name: her role, no title.
    [
      '“This is a good day for our customers,” said Jane Doe, chief executive of Acme Inc.',
      ['Jane Doe', null, 'chief executive of Acme Inc.'],
    ],
    [
      'The contract went to Acme Pty. Ltd. Chief Constable Jane Doe said: “We will review every bid.”',
      ['Jane Doe', 'Chief Constable', null],
    ],
    // A form with nothing in capitals before it names no company either.
    [
      '“This is a good day for our customers,” said the plc chief executive Jane Doe.',
      ['Jane Doe', null, 'chief executive'],
    ],
    ['“Orders are up,” said Jane Doe, CTO at Acme Ltd.', ['Jane Doe', null, 'CTO at Acme Ltd.']],
    // "Co." before a county is no company's: the place alone goes with the rank.
    [
      'Police in Co. Antrim Chief Inspector Jane Doe said: “We will review every report.”',
      ['Jane Doe', 'Antrim Chief Inspector', null],
    ],
  ])('not a company before the office: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('a role that ends with a company and its legal form', () => {
  it.each<[string, Who]>([
    // The form's stop is the word's own, before a comma or as the sentence's stop.
    [
      'Jane Doe, President and CEO of Acme Inc., said: “The results are clear.”',
      ['Jane Doe', null, 'President and CEO of Acme Inc.'],
    ],
    ['“The results are clear,” said Jane Doe, CEO of Acme Inc.', ['Jane Doe', null, 'CEO of Acme Inc.']],
    [
      '“The results are clear,” said Jane Doe, chair of Acme Pty. Ltd.',
      ['Jane Doe', null, 'chair of Acme Pty. Ltd.'],
    ],
    [
      '“The results are clear,” said Jane Doe, chief executive of Acme Co. The company grew.',
      ['Jane Doe', null, 'chief executive of Acme Co.'],
    ],
  ])('keeps the stop: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // Any other word's stop is the sentence's.
    [
      '“The results are clear,” said Jane Doe, chief executive of the company.',
      ['Jane Doe', null, 'chief executive of the company'],
    ],
    ['“The results are clear,” said Jane Doe, CEO of Acme.', ['Jane Doe', null, 'CEO of Acme']],
  ])('leaves it: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// Written in the style of Garda releases, which write a county as "Co. Mayo".
describe('an Irish county after "Co." in a role', () => {
  it.each<[string, Who]>([
    [
      '“We need witnesses,” said Jane Doe, Chief Superintendent for Co. Mayo.',
      ['Jane Doe', null, 'Chief Superintendent for Co. Mayo'],
    ],
    [
      'Jane Doe, Chief Superintendent in Co. Donegal, said: “We need witnesses.”',
      ['Jane Doe', null, 'Chief Superintendent in Co. Donegal'],
    ],
    // A company's "Co." before a new sentence stays the company's.
    [
      '“The results are clear,” said Jane Doe, chief executive of Acme Co. The company grew.',
      ['Jane Doe', null, 'chief executive of Acme Co.'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

// A name in capitals that ends in a firm's or a service's word no surname is ("Acme Housing",
// "Thames Water", "Northern Rail") is the body's, as "Acme Holdings" is, when it speaks.
describe('a firm named by its word for what it does', () => {
  const kindOf = (input: string) => {
    const q = extractQuotes(input)[0]
    return q?.speaker ? [q.speaker.name, q.speaker.kind] : null
  }

  it.each<[string, string]>([
    // Written in the style of UK housing association, water company, rail and US company releases.
    ['“We will act to support families,” Acme Housing said.', 'Acme Housing'],
    ['Acme Housing said: “We will act to support families.”', 'Acme Housing'],
    ['“We are sorry for the disruption,” said Northern Rail.', 'Northern Rail'],
    ['“Supplies are back to normal,” Thames Water said.', 'Thames Water'],
    ['“The recall covers 2,000 vehicles,” Acme Motors said.', 'Acme Motors'],
    ['“All flights will resume tomorrow,” said Acme Airlines.', 'Acme Airlines'],
  ])('%s', (input, name) => {
    expect(kindOf(input)).toEqual([name, 'organisation'])
  })

  it.each<[string, Who]>([
    // An office whose remit is such a word stays an office.
    ['“We will act to support families,” the Minister for Housing said.', null],
    [
      '“We will act to support families,” said Minister for Housing Jane Doe.',
      ['Jane Doe', 'Minister for Housing', 'Minister for Housing'],
    ],
    // The firm in a person's role, and a surname that is near such a word.
    [
      'Tom Baker, Northern Rail, said: “We are sorry for the disruption.”',
      ['Tom Baker', null, 'Northern Rail'],
    ],
    ['“We will act to support families,” Jane Waters said.', ['Jane Waters', null, null]],
    [
      'Acme Housing chief executive Jane Doe said: “We will act to support families.”',
      ['Jane Doe', 'Acme Housing chief executive', null],
    ],
  ])('keeps: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})

describe('an office whose remit is a bank or firm, in apposition after a name', () => {
  it.each<[string, Who]>([
    // Written in the style of Irish, Australian and UK company releases.
    [
      'Jim Smith, Chair of Allied Irish Banks, said: “Results are strong.”',
      ['Jim Smith', null, 'Chair of Allied Irish Banks'],
    ],
    [
      '“Results are strong,” said Jim Smith, Chair of Allied Irish Banks.',
      ['Jim Smith', null, 'Chair of Allied Irish Banks'],
    ],
    [
      'Jane Doe, Chief Executive of National Australia Bank, said: “Our customers come first.”',
      ['Jane Doe', null, 'Chief Executive of National Australia Bank'],
    ],
    [
      '“Services will run,” said Tom Baker, Chief Executive of Great Western Rail.',
      ['Tom Baker', null, 'Chief Executive of Great Western Rail'],
    ],
    [
      'Ann Lee, Chair of Northern Ireland Water, said: “Supplies are safe.”',
      ['Ann Lee', null, 'Chair of Northern Ireland Water'],
    ],
  ])('%s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it.each<[string, Who]>([
    // A surname that is a body's word in the plural stays a name after an office's remit.
    [
      'Minister for Health Jane Banks said: “We will act.”',
      ['Jane Banks', 'Minister for Health', 'Minister for Health'],
    ],
    // Written before the name, the office with its remit is the title and the role.
    [
      'Chief Executive of National Australia Bank Jane Doe said: “Our customers come first.”',
      [
        'Jane Doe',
        'Chief Executive of National Australia Bank',
        'Chief Executive of National Australia Bank',
      ],
    ],
    // A second person after a comma, with a rank and no remit, is no role of the first.
    [
      'Tom Baker, Chief Constable Jane Banks and Mayor Ann Lee said: “We stand together.”',
      ['Tom Baker', null, null],
    ],
  ])('keeps its reading: %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })
})
