import { describe, expect, it } from 'vitest'
import {
  nameLine,
  readsAsByline,
  readsAsContactDetail,
  readsAsContactHeading,
  readsAsContactLine,
  readsAsContactName,
  readsAsMinisterOffice,
  readsAsPostalAddress,
  readsAsPressContact,
  readsAsPressTitle,
} from './byline'

describe('readsAsByline', () => {
  it.each([
    ['Written by: Office of the Premier'],
    ['Issued by: SAPS Corporate Communication'],
    ['Released by Media Relations'],
    // The office line of a Justice Department release, then variants.
    ['Office of Public Affairs'],
    ['Department of Justice'],
    ["U.S. Attorney's Office, Eastern District of Virginia"],
    ['U.S. Attorney’s Office'],
    ['District of Columbia'],
    ['Criminal Division'],
    ['FBI Boston Division'],
    ['Bureau of Alcohol, Tobacco, Firearms and Explosives'],
    ['National Crime Agency'],
    ['New Zealand Police'],
    ['Press Office'],
    ['Office for Civil Rights'],
    // A council's name over its page's label, as the Council of the EU prints it; a city's council.
    ['Council of the EU'],
    ['Birmingham City Council'],
    // A writer's byline.
    ['By Jane Smith'],
    ['By JOSH BOAK, Associated Press'],
    ['By Jane Smith and John Doe | AP'],
    // A name and a writer's or a press officer's role, without "By".
    ['Jane Smith, Staff Writer'],
    ['Constable Victor Kwong, Corporate Communications'],
    ['Sgt. Jane Doe, Media Relations'],
    // The minister a government release is from, and a government page's "From:" line.
    ['Hon Mark Mitchell'],
    ['Minister of Police'],
    ['Associate Minister of Health'],
    ['The Rt Hon Yvette Cooper MP'],
    ['The Honourable Mark Ryan'],
    ['The Honorable Jane Doe'],
    ['The Right Honourable Jane Doe MP'],
    ['From: Home Office and The Rt Hon Yvette Cooper MP'],
    ['From: Department for Science, Innovation and Technology'],
    // A minister's line in capitals, by letters after the name, or with the office after a comma.
    ['HON JANE DOE'],
    ['RT HON JANE DOE'],
    ['THE HON JANE DOE MP'],
    ['Jane Doe MP'],
    ['JANE DOE MSP'],
    ['Jane Doe MP, Minister for Health'],
    ['Jane Doe, Minister of Finance'],
    ['Mary-Kate O’Connor, Associate Minister for Health'],
    ['JANE DOE, PREMIER'],
    // How to reach the office.
    ['Contact: DEA Public Affairs'],
    ['Phone Number: (571) 387-2100'],
    ['Media contact: press.office@westyorkshire.police.uk'],
    ['Media enquiries: 0300 123 1212'],
  ])('reads %s as a byline', (line) => {
    expect(readsAsByline(line)).toBe(true)
  })

  it.each([
    // Real deks from the development sets: a summary line is no byline.
    ['Fewer than one in five incidents reported to police'],
    ['Federal agents from Dallas led raids in Oklahoma and Arkansas'],
    ['Clear, Hold, Build could be making its way to Australia'],
    ['Trials continuing in drone as first responder initiative'],
    ['--Large Quantities of Cocaine, Meth, Marijuana Hidden in Luxury Cars, Distributed in Tampa Area--'],
    // A headline in title case whose subject is an office.
    ['Police Seize Record Haul in Port Raid'],
    ['Home Office Unveils New Plan'],
    ['Council Tax Rises Confirmed'],
    ['Council of War on Knife Crime begins'],
    ['New Powers For Police To Tackle Knife Crime'],
    // A name and a role that is no writer's, or a place and its region.
    ['Jane Smith, Chief Constable'],
    ['Salt Lake City, Utah'],
    ['Jane Smith, staff writer'],
    // A sentence, a label, a place, a dateline.
    ['The Office of Public Affairs said.'],
    ['Media contact:'],
    ['Washington, D.C.'],
    ['WASHINGTON'],
    ['By the end of the year, officers had made 40 arrests'],
    ['By Friday police had arrested two men'],
    ['Hon Mark Mitchell says police will get more funding'],
    ['Honest mistakes cost police'],
    ['The Honourable Mark Ryan says police will get more funding'],
    ['Minister welcomes report'],
    ['HONEST MISTAKES COST POLICE'],
    ['Jane Doe MP says police will get more funding'],
    ['Council Tax MP'],
    ['Jobs, Minister Says'],
    ['Jane Doe, Minister of Finance, said.'],
    ['From: the desk of the chief'],
    ['Issued by the court today'],
    ['Written by: a volunteer'],
    ['Posted by Public Information Office on May 14, 2024'],
    ['Contact the police on 101 if you saw anything'],
    ['Phone scams: what to look out for'],
    [''],
    ['Office'.repeat(30)],
  ])('reads no byline in %s', (line) => {
    expect(readsAsByline(line)).toBe(false)
  })
})

describe('nameLine', () => {
  it.each([
    ['Jane Doe', 'Jane Doe'],
    ['Health Minister Jane Doe', 'Jane Doe'],
    ['Prime Minister Jane Doe', 'Jane Doe'],
    ['PRIME MINISTER JANE DOE', 'JANE DOE'],
    ['Treasurer Jim R. Chalmers', 'Jim R. Chalmers'],
  ])('reads %s as a name', (line, name) => {
    expect(nameLine(line)).toBe(name)
  })

  it.each([
    ['Jane Doe has been appointed to lead the agency'],
    ['Jane Doe says funding will help'],
    ['Jane Doe.'],
    ['JANE DOE'],
    ['Premier Announces Police Funding Boost Today'],
    ['Police Chief'],
    ['Minister'],
    [''],
  ])('reads no name in %s', (line) => {
    expect(nameLine(line)).toBeNull()
  })
})

describe('readsAsContactDetail', () => {
  it.each([
    ['(972) 559-5000'],
    ['(571) 387-2100'],
    ['+44 20 7230 1212'],
    ['0300 123 1212 ext 4'],
    ['press.office@westyorkshire.police.uk'],
  ])('reads %s as a number or an address', (line) => {
    expect(readsAsContactDetail(line)).toBe(true)
  })

  it.each([
    ['2024-05-14'],
    ['14/05/2024'],
    ['101'],
    ['Call 101 quoting log 123.'],
    ['Email press.office@westyorkshire.police.uk for images'],
    ['1-800-CALL-FBI'],
    [''],
  ])('reads no number or address in %s', (line) => {
    expect(readsAsContactDetail(line)).toBe(false)
  })
})

describe('readsAsPostalAddress', () => {
  it.each([
    '950 Pennsylvania Avenue NW',
    '2 Marsham Street',
    '1 Main St., Suite 200',
    '100 F Street NE',
    'P.O. Box 8608',
    'Washington, DC 20530',
    'Sacramento, California 95814',
    'London SW1P 4DF',
    'Manchester, M1 3BN',
  ])('reads "%s" as an address line', (line) => {
    expect(readsAsPostalAddress(line)).toBe(true)
  })

  it.each([
    '12 arrests were made on Main Street',
    'Officers patrolled Main Street',
    'Washington, DC – Today the department',
    'Washington, 12 March 2024',
    '2024 Annual Report',
    '50 officers',
    '',
  ])('reads "%s" as no address', (line) => {
    expect(readsAsPostalAddress(line)).toBe(false)
  })
})

describe('readsAsPressTitle', () => {
  it.each([
    ['Public Information Officer'],
    ['Press Secretary'],
    ['Spokesperson'],
    ['Director of Communications'],
  ])('reads %s', (line) => {
    expect(readsAsPressTitle(line)).toBe(true)
  })

  it.each([
    ['Media Release'],
    ['Media Relations'],
    ['Chief Financial Officer'],
    ['Press Officer said.'],
    ['press officer'],
  ])('reads no press officer’s title in %s', (line) => {
    expect(readsAsPressTitle(line)).toBe(false)
  })
})

describe('readsAsPressContact', () => {
  it.each([
    ['Public Affairs Specialist Laura Eimiller'],
    ['Media Relations Officer Jane Doe'],
    ['Jane Doe, Communications Manager'],
  ])('reads %s as a press officer', (line) => {
    expect(readsAsPressContact(line)).toBe(true)
  })

  it.each([
    ['Media Warned Over Leaks.'],
    ['Press freedom under threat'],
    ['Media Release'],
    ['Jane Doe'],
    ['Public Affairs:'],
  ])('reads no press officer in %s', (line) => {
    expect(readsAsPressContact(line)).toBe(false)
  })
})

describe('readsAsContactHeading and readsAsContactName', () => {
  it.each([['Media Contact:'], ['Contact:'], ['Press enquiries:'], ['MEDIA CONTACTS:']])(
    'reads %s as a contact heading',
    (line) => {
      expect(readsAsContactHeading(line)).toBe(true)
    },
  )

  it.each([['Contact: DEA Public Affairs'], ['Key points:'], ['Background:'], ['Media Contact']])(
    'reads no contact heading in %s',
    (line) => {
      expect(readsAsContactHeading(line)).toBe(false)
    },
  )

  it.each([
    ['Amanda Granit'],
    ['Sgt. Jane Doe'],
    ['Public Information Officer'],
    ['Ministry of Attorney General'],
  ])('reads %s as whom to reach', (line) => {
    expect(readsAsContactName(line)).toBe(true)
  })

  it.each([
    ['Deputies arrested two men.'],
    ['Both men were booked into the Orient Road Jail'],
    ['Jane Doe,'],
    ['Anyone With Information Is Asked To Call The Sheriff Office Now'],
  ])('reads no contact name in %s', (line) => {
    expect(readsAsContactName(line)).toBe(false)
  })
})

describe('readsAsContactLine', () => {
  it.each([
    ['Media Contact: Kristen Setera'],
    ['Phone Number: (571) 387-2100'],
    ['Media Contact:'],
    ['Contact: DEA Public Affairs'],
  ])('reads %s', (line) => {
    expect(readsAsContactLine(line)).toBe(true)
  })

  it.each([['Contact us if you saw the crash.'], ['Contacts between the forces grew.'], ['FBI Boston']])(
    'reads no contact line in %s',
    (line) => {
      expect(readsAsContactLine(line)).toBe(false)
    },
  )
})

describe('readsAsMinisterOffice', () => {
  it('reads an office alone as the line under a minister gives it', () => {
    for (const line of ['Premier', 'Treasurer', 'Deputy Premier', 'Minister for Health', 'Attorney-General'])
      expect(readsAsMinisterOffice(line), line).toBe(true)
  })

  it('leaves names, sentences and lines with marks out', () => {
    for (const line of [
      'Jane Doe',
      'Jane Doe MP',
      'Minister for Health, Jane Doe',
      'Premier.',
      'the premier said',
      'Council',
    ])
      expect(readsAsMinisterOffice(line), line).toBe(false)
  })
})

describe('a member line with the office before the name', () => {
  it('reads the office, the name and the letters as a byline', () => {
    for (const line of [
      'Tánaiste and Minister for Education Helen McEntee TD',
      'Health Minister Jane Doe MP',
      'Deputy Premier Jane Doe MLA',
    ])
      expect(readsAsByline(line), line).toBe(true)
  })

  it('leaves a headline that ends with a member’s name out', () => {
    for (const line of [
      'Students From Dublin Meet Helen McEntee TD',
      'Pupils and Staff of Education Helen McEntee TD',
    ])
      expect(readsAsByline(line), line).toBe(false)
  })
})

describe('a contact label written as a request', () => {
  it('reads it as a contact heading alone, and as a contact line with whom to reach', () => {
    for (const line of [
      'For media enquiries contact:',
      'For more information, please contact:',
      'For further information contact:',
      'For press inquiries, contact:',
    ])
      expect(readsAsContactHeading(line), line).toBe(true)
    expect(readsAsContactLine('For media enquiries contact: Jane Smith, 07 3403 0000')).toBe(true)
  })

  it('leaves sentences of a story that ask readers to get in touch out', () => {
    for (const line of [
      'For more information contact the council on 07 3403 0000.',
      'For more information about the scheme, visit the council website.',
      'Contact us for more information:',
      'For media enquiries',
    ]) {
      expect(readsAsContactHeading(line), line).toBe(false)
      expect(readsAsContactLine(line), line).toBe(false)
    }
  })
})
