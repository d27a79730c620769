/**
 * Bylines: a line between the `Source:` line and the story that says who issues or wrote the
 * release, not what it says. The office of a department ("Office of Public Affairs", "U.S.
 * Attorney's Office, Eastern District of Virginia"), the minister it is from, a writer ("By Jane
 * Smith, Associated Press"), or how to reach them ("Contact: DEA Public Affairs"). Never a
 * standfirst, never a paragraph of the story.
 */

import { lexiconWith } from '../quotes/patterns'
import { isNameWord } from '../quotes/people'
import { lazyRegExp } from '../text/lazy-patterns'

/**
 * Head words of an office's name: the word an office line is named by ("Office of Public
 * Affairs", "Criminal Division", "Eastern District of Virginia"). Capitalised as written in a
 * name. Keep sorted.
 */
export const OFFICE_LINE_HEADS: readonly string[] = [
  'Administration',
  'Agency',
  'Branch',
  'Bureau',
  'Command',
  'Commission',
  'Constabulary',
  'Council',
  'Department',
  'Directorate',
  'District',
  'Division',
  'Force',
  'Minister',
  'Ministry',
  'Newsroom',
  'Office',
  'Police',
  'Service',
  'Services',
  'Team',
  'Unit',
]

/** Lines longer than this are never a byline. */
const MAX_BYLINE = 119
/** Words of a name that link its parts ("Office of Public Affairs", "Department for Transport"). */
const LINKS = new Set(['&', 'and', 'for', 'of', 'the'])
/** Words that introduce an office's remit after its head ("Office for Civil Rights"). */
const REMITS = new Set(['for', 'of'])
const HEADS = new Set(OFFICE_LINE_HEADS)
const CAPITALISED = lazyRegExp(String.raw`^[\p{Lu}\d]`, 'u')
/** A writer's byline: "By", then a capitalised name. */
const AUTHOR = lazyRegExp(String.raw`^By[ \t\u00a0]+\p{Lu}`, 'u')
/** Who a government page says the release is from: "From: Home Office and The Rt Hon Jane Doe MP". */
const FROM = lazyRegExp(String.raw`^From:[ \t\u00a0]+\p{Lu}`, 'u')
/**
 * Who wrote or issued the release, labelled: "Written by: Office of the Premier", "Issued by: SAPS
 * Corporate Communication", "Released by Media Relations".
 */
const MADE_BY = lazyRegExp(
  String.raw`^(?:written|issued|released|published|posted|prepared|authori[sz]ed)[ \t\u00a0]{1,3}by[ \t\u00a0]{0,3}:?[ \t\u00a0]{0,3}(?=\p{Lu})`,
  'iu',
)
/**
 * A contact label written as a request: "For media enquiries contact:", "For more information,
 * please contact:", "For further information contact:".
 */
const FOR_MORE_CONTACT =
  '(?:for[ \\t\\u00a0]+(?:more|further)[ \\t\\u00a0]+information|for[ \\t\\u00a0]+(?:media|press)[ \\t\\u00a0]+(?:enquiries|inquiries))(?:,?[ \\t\\u00a0]+please)?,?[ \\t\\u00a0]+contact[ \\t\\u00a0]*:'
/**
 * How to reach the office that issues the release: "Contact: DEA Public Affairs", "Phone Number:
 * (571) 387-2100", "Media enquiries: press.office@…". A label and a colon, then anything.
 */
const CONTACT_LABEL = `(?:(?:(?:media|press|news)[ \\t\\u00a0]+)?(?:contacts?|enquiries|inquiries|phone(?:[ \\t\\u00a0]+number)?|tel(?:ephone)?|e-?mail|office)[ \\t\\u00a0]*:|${FOR_MORE_CONTACT})`
const CONTACT = new RegExp(`^${CONTACT_LABEL}[ \\t\\u00a0]*\\S`, 'i')
/** A contact label alone on its line ("Media Contact:"), over the lines that name whom to reach. */
const CONTACT_HEADING = new RegExp(`^${CONTACT_LABEL}$`, 'i')
/**
 * A minister who issues the release, by honorific: "Hon Mark Mitchell", "The Rt Hon Jane Doe MP",
 * "The Honourable Mark Ryan MP".
 */
const HONOURABLE = lazyRegExp(
  String.raw`^(?:(?:The|THE)[ \t\u00a0]+)?(?:(?:Rt|RT)\.?[ \t\u00a0]+|(?:Right|RIGHT)[ \t\u00a0]+)?(?:Hon(?:ou?rable|\.)?|HON(?:OU?RABLE|\.)?)[ \t\u00a0]+\p{Lu}`,
  'u',
)
const SPACES = /[ \t\u00a0]+/

/**
 * Whether a line (trimmed, alone on its own line) is a byline: the name of the office that issues
 * the release, its minister, "By" and a writer's name, or a contact line.
 *
 * @example
 * readsAsByline('Office of Public Affairs') //=> true
 * readsAsByline('Arrests made after week of action') //=> false
 */
export function readsAsByline(line: string): boolean {
  if (line.length === 0 || line.length > MAX_BYLINE || line.includes('\n')) return false
  if (CONTACT.test(line)) return true
  // A sentence or a label ends in a stop or a colon; a name does not.
  if (/[.!?:;]$/.test(line)) return false
  if (AUTHOR().test(line) || HONOURABLE().test(line)) return isAuthorLine(line)
  if (FROM().test(line)) return isAuthorLine(line.slice(line.indexOf(':') + 1))
  const madeBy = MADE_BY().exec(line)
  // The words after the label, with a first word for `isAuthorLine` to pass over.
  if (madeBy) return isAuthorLine(`by ${line.slice(madeBy[0].length)}`)
  const parts = line.split(',').map((p) => p.trim())
  if (parts.length > 4 || parts.some((p) => p === '')) return false
  if (isNamedWriter(parts) || isMemberLine(parts) || isNamedMinister(parts)) return true
  // The first part names the office; later ones its district or parent ("…, District of Columbia").
  return isOfficeName(words(parts[0]!)) && parts.slice(1).every((p) => isNameTail(words(p)))
}

function words(part: string): string[] {
  return part.split(SPACES).filter((w) => w !== '')
}

/**
 * An office's name: capitalised words, then a head word, then nothing or its remit ("of Public
 * Affairs"). "Police Seize Record Haul" is no name: a head word followed by more capitalised
 * words is a headline's subject.
 */
function isOfficeName(ws: readonly string[]): boolean {
  if (ws.length === 0 || ws.length > 9) return false
  for (let h = 0; h < ws.length; h++) {
    if (!HEADS.has(ws[h]!)) {
      if (!CAPITALISED().test(ws[h]!)) return false
      continue
    }
    const tail = ws.slice(h + 1)
    if (tail.length === 0 || (REMITS.has(tail[0]!) && isNameTail(tail.slice(1)))) return true
  }
  return false
}

/** Capitalised words linked by "of", "and", "&", "the": "Tobacco", "Firearms and Explosives". */
function isNameTail(ws: readonly string[]): boolean {
  if (ws.length === 0 || ws.length > 8) return false
  if (!CAPITALISED().test(ws[ws.length - 1]!)) return false
  return ws.every((w) => CAPITALISED().test(w) || LINKS.has(w))
}

/**
 * Words of a press officer's title: "Public Affairs Specialist Laura Eimiller", "Media Relations
 * Officer Jane Doe". Capitalised as written in a title. Keep sorted.
 */
export const PRESS_ROLE_WORDS: readonly string[] = [
  'Affairs',
  'Communications',
  'Information',
  'Media',
  'Press',
  'Relations',
  'Spokesman',
  'Spokesperson',
  'Spokeswoman',
]
const PRESS_ROLES = new Set(PRESS_ROLE_WORDS)

/**
 * Whether a line (trimmed) names a press officer: capitalised words, one of them a press office's
 * ("Public Affairs Specialist Laura Eimiller"), no stop. After a byline it is whom to reach.
 *
 * @example
 * readsAsPressContact('Public Affairs Specialist Laura Eimiller') //=> true
 * readsAsPressContact('Media Warned Over Leaks.') //=> false
 */
export function readsAsPressContact(line: string): boolean {
  if (line.length === 0 || line.length > MAX_BYLINE || /[.!?:;]$/.test(line)) return false
  const ws = words(line.replace(/,/g, ' '))
  if (ws.length < 3 || ws.length > 10 || !ws.some((w) => PRESS_ROLES.has(w))) return false
  return ws.every((w) => CAPITALISED().test(w) || LINKS.has(w))
}

/**
 * The officer's word of a press officer's title on a line of its own, last or before "of":
 * "Public Information Officer", "Press Secretary", "Head of Media". Capitalised as written in a
 * title. Keep sorted.
 */
export const PRESS_OFFICER_HEADS: readonly string[] = [
  'Adviser',
  'Advisor',
  'Coordinator',
  'Director',
  'Head',
  'Manager',
  'Officer',
  'Secretary',
  'Specialist',
  'Spokesman',
  'Spokesperson',
  'Spokeswoman',
]
const OFFICER_HEADS = new Set(PRESS_OFFICER_HEADS)
/** A press officer's title has at most this many words: "Acting Director of Media and Public Affairs". */
const MAX_PRESS_TITLE_WORDS = 7

/**
 * Whether a line (trimmed) is a press officer's title alone: capitalised words, one of them a press
 * office's, the last one an officer's ("Public Information Officer", "Press Secretary",
 * "Spokesperson"). Under a name on the line above, the two say whom to reach.
 *
 * @example
 * readsAsPressTitle('Public Information Officer') //=> true
 * readsAsPressTitle('Media Release') //=> false
 */
export function readsAsPressTitle(line: string): boolean {
  if (line.length === 0 || line.length > MAX_CONTACT_NAME || /[.!?:;,]$/.test(line)) return false
  const ws = words(line)
  // The officer's word closes the title, or opens it before its remit ("Director of Communications").
  const headed = OFFICER_HEADS.has(ws[ws.length - 1]!) || (OFFICER_HEADS.has(ws[0]!) && ws[1] === 'of')
  if (ws.length > MAX_PRESS_TITLE_WORDS || !headed) return false
  return ws.some((w) => PRESS_ROLES.has(w)) && ws.every((w) => CAPITALISED().test(w) || LINKS.has(w))
}

/**
 * Words of a writer's role: "Jane Smith, Staff Writer" (lower case, keep sorted). With the press
 * office's words, they make a name and a role a byline without "By".
 */
export const WRITER_ROLE_WORDS: readonly string[] = [
  'columnist',
  'contributor',
  'correspondent',
  'editor',
  'photographer',
  'reporter',
  'writer',
]
const WRITER_ROLES = new Set(WRITER_ROLE_WORDS)
/** A person's name: two to five capitalised words or initials, perhaps after a rank ("Sgt. Jane Doe"). */
const PERSON_NAME = lazyRegExp(
  String.raw`^(?:\p{Lu}[\p{L}’'-]{0,24}\.?[ \t\u00a0]{1,3}){1,4}\p{Lu}[\p{L}’'-]{1,24}$`,
  'u',
)

/**
 * A writer's or a press officer's line without "By": a name, a comma, a role that says so ("Jane
 * Smith, Staff Writer", "Constable Victor Kwong, Corporate Communications").
 */
function isNamedWriter(parts: readonly string[]): boolean {
  if (parts.length !== 2 || !PERSON_NAME().test(parts[0]!)) return false
  const role = words(parts[1]!)
  if (role.length === 0 || role.length > 5 || !role.every((w) => CAPITALISED().test(w) || LINKS.has(w)))
    return false
  return role.some((w) => PRESS_ROLES.has(w) || WRITER_ROLES.has(w.toLowerCase()))
}

/** A contact block's name line is short: a person's name, perhaps with a title or an office. */
const MAX_CONTACT_NAME = 60
/** "Minister for Police, Fire and Emergency Services": a portfolio may run to eight words. */
const MAX_CONTACT_NAME_WORDS = 8

/**
 * Whether a line (trimmed) is a byline that names a minister by honorific ("The Honourable Mark
 * Ryan MP"): the minister's portfolio may follow on the next line.
 */
export function readsAsMinisterLine(line: string): boolean {
  return (
    (HONOURABLE().test(line) || isMemberLine(line.split(',').map((p) => p.trim()))) && readsAsByline(line)
  )
}

/**
 * Letters after the name of an elected member, which make a name alone a minister's byline: "Jane
 * Doe MP", "JANE DOE MSP". Keep sorted.
 */
export const MEMBER_LETTERS: readonly string[] = ['MEP', 'MHA', 'MHK', 'MHR', 'MLA', 'MLC', 'MP', 'MSP', 'TD']
const MEMBER_LETTER_SET: ReadonlySet<string> = new Set(MEMBER_LETTERS)

/**
 * Offices a government release is issued by, after a minister's name and a comma ("Jane Doe,
 * Minister of Finance") or before it ("Health Minister Jane Doe"). Capitalised. Keep sorted.
 */
export const MINISTER_OFFICE_HEADS: readonly string[] = [
  'Attorney-General',
  'Chancellor',
  'Governor',
  'Mayor',
  'Minister',
  'Premier',
  'Secretary',
  'Senator',
  'Treasurer',
]
const MINISTER_HEADS: ReadonlySet<string> = new Set(MINISTER_OFFICE_HEADS)
/** A word of a person's name as a byline writes it: "Jane", "DOE", "O’Connor", an initial "J.". */
const NAME_WORD = lazyRegExp(String.raw`^(?:\p{Lu}[\p{L}’'-]{1,24}|\p{Lu}\.)$`, 'u')
/** A byline's name has this many words at most, and two at least. */
const MAX_NAME_WORDS = 4

/** Whether words are a person's name: two to four words of names, the last no initial. */
function isPersonName(ws: readonly string[]): boolean {
  if (ws.length < 2 || ws.length > MAX_NAME_WORDS || ws.at(-1)!.endsWith('.')) return false
  const lexicon = lexiconWith({})
  return ws.every((w) => NAME_WORD().test(w) && (w.endsWith('.') || isNameWord(w, lexicon)))
}

/**
 * An elected member's name and letters, perhaps with an office after a comma ("Jane Doe MP,
 * Minister for Health") or before the name ("Tánaiste and Minister for Education Helen McEntee TD").
 */
function isMemberLine(parts: readonly string[]): boolean {
  const ws = words(parts[0] ?? '')
  if (!MEMBER_LETTER_SET.has(ws.at(-1) ?? '')) return false
  const named = ws.slice(0, -1)
  if (!isPersonName(named) && !officeBeforeName(named)) return false
  return parts.length <= 2 && parts.slice(1).every((p) => isMinisterOffice(words(p)))
}

/** Whether words are a minister's office and then a name: "Tánaiste and Minister for Education Helen McEntee". */
function officeBeforeName(ws: readonly string[]): boolean {
  for (let k = 2; k <= MAX_NAME_WORDS && k < ws.length; k++)
    if (isPersonName(ws.slice(-k)) && isMinisterOffice(ws.slice(0, -k))) return true
  return false
}

/**
 * Whether a line is a minister's office alone, as the line under the minister's name gives it:
 * "Premier", "Treasurer", "Deputy Premier", "Minister for Health".
 */
export function readsAsMinisterOffice(line: string): boolean {
  const ws = words(line)
  return !/[.!?:;,]/.test(line) && !MEMBER_LETTER_SET.has(ws.at(-1) ?? '') && isMinisterOffice(ws)
}

/** A minister's name, a comma and the office: "Jane Doe, Minister of Finance", "JANE DOE, PREMIER". */
function isNamedMinister(parts: readonly string[]): boolean {
  return parts.length === 2 && isPersonName(words(parts[0]!)) && isMinisterOffice(words(parts[1]!))
}

/** An office in capitals that a minister holds: "Minister of Finance", "Associate Minister for Health", "Premier". */
function isMinisterOffice(ws: readonly string[]): boolean {
  if (ws.length === 0 || ws.length > MAX_PRESS_TITLE_WORDS + 1 || !CAPITALISED().test(ws.at(-1)!))
    return false
  return (
    ws.some((w) => MINISTER_HEADS.has(capitalisedOnly(w))) &&
    ws.every((w) => CAPITALISED().test(w) || LINKS.has(w))
  )
}

/** A word as a heading writes it in mixed case: "MINISTER" is "Minister", "ATTORNEY-GENERAL" "Attorney-General". */
function capitalisedOnly(word: string): string {
  return word.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase())
}

/**
 * The name a line gives alone, or after a minister's office in capitals, with no letters or
 * honorific to say so: "Jane Doe", "Health Minister Jane Doe", "Prime Minister Jane Doe"; null when
 * the line is no such name. A headline in title case has the same shape ("Council Tax Rises
 * Confirmed"), so the release must name the person in its story for the line to be a byline.
 *
 * @example
 * nameLine('Health Minister Jane Doe') //=> 'Jane Doe'
 * nameLine('Jane Doe has been appointed') //=> null
 */
export function nameLine(line: string): string | null {
  if (line.length === 0 || line.length > MAX_CONTACT_NAME || /[.!?:;,]$/.test(line) || line.includes(','))
    return null
  const ws = words(line)
  if (ws.length > MAX_CONTACT_NAME_WORDS) return null
  const head = ws.findLastIndex((w) => MINISTER_HEADS.has(capitalisedOnly(w)))
  const name = ws.slice(head + 1)
  if (!isPersonName(name) || (head >= 0 && !isMinisterOffice(ws.slice(0, head + 1)))) return null
  // A line in capitals alone is a dateline's place or a label as often as a name.
  if (head < 0 && !/\p{Ll}/u.test(line)) return null
  return name.join(' ')
}

/**
 * Whether a line (trimmed) is a contact line, with whom to reach or alone: "Media Contact: Kristen
 * Setera", "Phone Number: (571) 387-2100", "Media Contact:".
 *
 * @example
 * readsAsContactLine('Media Contact: Kristen Setera') //=> true
 * readsAsContactLine('Contact us if you saw the crash.') //=> false
 */
export function readsAsContactLine(line: string): boolean {
  return line.length <= MAX_BYLINE && (CONTACT.test(line) || CONTACT_HEADING.test(line))
}

/**
 * Whether a line (trimmed) is a contact label alone, "Media Contact:", "Press enquiries:": the
 * heading of a contact block whose next lines name the person, number or address to reach.
 *
 * @example
 * readsAsContactHeading('Media Contact:') //=> true
 * readsAsContactHeading('Contact: DEA Public Affairs') //=> false
 */
export function readsAsContactHeading(line: string): boolean {
  return line.length <= MAX_CONTACT_NAME && CONTACT_HEADING.test(line)
}

/**
 * Whether a line (trimmed) may name whom to reach under a contact heading: a few capitalised
 * words with no stop at the end ("Amanda Granit", "Sgt. Jane Doe", "Public Information Officer").
 *
 * @example
 * readsAsContactName('Amanda Granit') //=> true
 * readsAsContactName('Deputies arrested two men.') //=> false
 */
export function readsAsContactName(line: string): boolean {
  if (line.length === 0 || line.length > MAX_CONTACT_NAME || /[.!?:;,]$/.test(line)) return false
  const ws = words(line.replace(/,/g, ' '))
  return ws.length <= MAX_CONTACT_NAME_WORDS && ws.every((w) => CAPITALISED().test(w) || LINKS.has(w))
}

/** A telephone number alone: "(972) 559-5000", "+44 20 7230 1212", "0300 123 1212 ext 4". */
const PHONE_LINE =
  /^(?:\+?\d|\(\d{1,4}\))[\d ().-]{5,20}\d(?:[ \t\u00a0]{0,2}(?:ext\.?|x)[ \t\u00a0]{0,2}\d{1,6})?$/i
/** An email address alone: "press.office@westyorkshire.police.uk". */
const EMAIL_LINE = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/

/**
 * Whether a line (trimmed) is only a telephone number or an email address: after a byline
 * ("Contact: FBI Dallas Public Affairs", then "(972) 559-5000") it is how to reach the office,
 * part of the byline.
 *
 * @example
 * readsAsContactDetail('(972) 559-5000') //=> true
 * readsAsContactDetail('Call 101 quoting log 123.') //=> false
 */
export function readsAsContactDetail(line: string): boolean {
  if (line.length === 0 || line.length > MAX_BYLINE) return false
  return (PHONE_LINE.test(line) && digitCount(line) >= MIN_PHONE_DIGITS) || EMAIL_LINE.test(line)
}

/**
 * Whether a line is an office's postal address, as agencies print it under their name: a street
 * ("950 Pennsylvania Avenue NW", "2 Marsham Street", "1 Main St., Suite 200"), a post box, or a
 * town with its state and ZIP code or its postcode ("Washington, DC 20530", "London SW1P 4DF").
 */
export function readsAsPostalAddress(line: string): boolean {
  if (line.length === 0 || line.length > MAX_ADDRESS) return false
  return (
    STREET_LINE().test(line) || PO_BOX_LINE.test(line) || ZIP_LINE().test(line) || POSTCODE_LINE().test(line)
  )
}

/** An address line is short. */
const MAX_ADDRESS = 80
const STREET_WORDS =
  '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Square|Sq|Parkway|Pkwy|Highway|Hwy|Plaza|Terrace|Circle|Row|Embankment|Quay|Crescent|Close|Gardens|Walk|Wharf)'
/** A number, up to five capitalised words, a kind of street, a quarter, a suite. */
const STREET_LINE = lazyRegExp(
  `^\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?[ \\t\\u00a0](?:\\p{Lu}[\\p{L}.’'-]{0,24}[ \\t\\u00a0]){0,5}${STREET_WORDS}\\.?(?:,?[ \\t\\u00a0](?:N|S|E|W|NW|NE|SW|SE)\\.?)?(?:,?[ \\t\\u00a0](?:Suite|Ste\\.?|Room|Floor|Unit)[ \\t\\u00a0][\\w-]{1,8})?$`,
  'u',
)
const PO_BOX_LINE = /^(?:P\.?\s?O\.?\s?Box|Post Office Box)[ \t\u00a0]\d{1,7}$/i
/** A town, a comma, a state (two capitals or its name) and a ZIP code. */
const ZIP_LINE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}.’' -]{1,40},[ \t\u00a0](?:\p{Lu}{2}|D\.C\.|\p{Lu}\p{Ll}{2,14}(?:[ \t\u00a0]\p{Lu}\p{Ll}{2,14})?)[ \t\u00a0]{1,2}\d{5}(?:-\d{4})?$`,
  'u',
)
/** A town and a British postcode. */
const POSTCODE_LINE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}.’' -]{1,40},?[ \t\u00a0]\p{Lu}{1,2}\d[\dA-Z]?[ \t\u00a0]\d\p{Lu}{2}$`,
  'u',
)

/** A telephone number has this many digits or more; a numeric day ("2024-05-14") has fewer. */
const MIN_PHONE_DIGITS = 9

function digitCount(line: string): number {
  let n = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c >= 48 && c <= 57) n++
  }
  return n
}

/**
 * Names after the line's first word: "By Jane Smith", "By JANE SMITH, Associated Press", "Hon
 * Mark Mitchell", "From: Home Office and The Rt Hon Jane Doe MP".
 */
function isAuthorLine(line: string): boolean {
  const ws = words(line.replace(/[,|]/g, ' ')).slice(1)
  if (ws.length === 0 || ws.length > 16) return false
  return ws.every((w) => CAPITALISED().test(w) || LINKS.has(w))
}
