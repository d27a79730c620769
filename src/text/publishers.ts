/**
 * What a release's `Source:` line says about its publisher's country, for the readers whose
 * conventions follow it: what "$" and "pounds" mean, which way round numeric dates are written.
 */
import type { ParserInput } from './blocks'

/**
 * Publishers in the United States, who weigh in pounds: "U.S. Attorney's Office", "Sheriff's
 * Office", and the names only US forces take: a "Police Department" ("Phoenix Police Department";
 * British and Commonwealth forces are a "Police", "Constabulary" or "Police Service"), a
 * "Highway Patrol" or "State Patrol", a "State Police", a "Department of Public Safety".
 */
const US_SOURCES =
  /\bu\.\s?s\.|\bunited states\b|\bfbi\b|\bdea\b|\batf\b|\bcbp\b|\bhsi\b|\busao\b|\bdepartment of justice\b|\battorney|\bsheriff|\bmarshals?\b|\bsecret service\b|\bfederal bureau\b|\bhomeland security\b|\bimmigration and customs\b|\bcustoms and border\b|\bdrug enforcement\b|\bpostal inspection\b|\bcoast guard\b|\bpolice dep(?:artmen)?t\b|\b(?:highway|state) patrol\b|\bstate police\b|\bdepartment of public safety\b/i

/**
 * Law officers' departments outside the United States: the UK's "Attorney General's Office" (a
 * state's is named with its state, "Texas Attorney General's Office"), and the Commonwealth's
 * "Attorney-General", which American English never hyphenates.
 */
const NOT_US_ATTORNEY = /^(?:the[ \t])?attorney[ \t]general['’]s[ \t]office$|\battorney-general/i

/**
 * Whether a `Source:` line names a publisher in the United States: one of `US_SOURCES` that
 * `COUNTRY_BY_SOURCE` does not place elsewhere ("Vancouver Police Department" is Canadian).
 */
export function isUsPublisher(source: string | null): boolean {
  return source !== null && publisherOf(source).country === 'US'
}

/**
 * Publishers outside the United States whose country some readers need, by a word of their
 * `Source:` line: a country, or a state, province, city or force of one. Australia's states that
 * keep their own holidays are told apart. Keep sorted by country code.
 */
export const COUNTRY_BY_SOURCE: readonly { readonly pattern: RegExp; readonly country: PublisherCountry }[] =
  [
    { pattern: /\bantigua\b/i, country: 'AG' },
    { pattern: /\bqueensland\b/i, country: 'AU-QLD' },
    { pattern: /\bwestern australia\b|\bwa police\b/i, country: 'AU-WA' },
    {
      pattern:
        /\baustralia|\bnew south wales\b|\bnsw\b|\bvictoria police\b|\bvictorian government\b|\bpremier of victoria\b|\btasmania|\bnorthern territory\b|\b(?:sa|nt) police\b|\bact policing\b|\bafp\b|\basic\b|\baccc\b|\baustrac\b/i,
      country: 'AU',
    },
    { pattern: /\bbarbados\b/i, country: 'BB' },
    { pattern: /\bbermuda/i, country: 'BM' },
    { pattern: /\bbrunei\b/i, country: 'BN' },
    { pattern: /\bbahamas\b/i, country: 'BS' },
    { pattern: /\bbelize\b/i, country: 'BZ' },
    {
      pattern:
        /\bcanad|\brcmp\b|\bontario\b|\bquebec\b|\bqu[eé]bec\b|\bbritish columbia\b|\balberta\b|\bmanitoba\b|\bsaskatchewan\b|\bnova scotia\b|\bnew brunswick\b|\bnewfoundland\b|\btoronto\b|\bvancouver\b|\bottawa\b|\bmontr[eé]al\b|\bcalgary\b|\bedmonton\b|\bwinnipeg\b|\bhalifax\b|\bsaskatoon\b|\bregina police\b|\b(?:durham|peel|york|waterloo|halton|niagara) regional\b|\bb\.c\.|\b(?:barrie|guelph|hamilton|london|surrey|windsor) police service\b/i,
      country: 'CA',
    },
    { pattern: /\bdominica\b/i, country: 'DM' },
    { pattern: /\bdominican republic\b/i, country: 'DO' },
    { pattern: /\bfiji/i, country: 'FJ' },
    { pattern: /\bgrenada\b/i, country: 'GD' },
    { pattern: /\bguyana\b/i, country: 'GY' },
    { pattern: /\bhong kong/i, country: 'HK' },
    { pattern: /\bjamaica(?:n|\b)(?! plain)/i, country: 'JM' },
    { pattern: /\b(?:st\.?|saint)[ \t]kitts\b|\bnevis\b/i, country: 'KN' },
    { pattern: /\bcayman islands\b/i, country: 'KY' },
    { pattern: /\b(?:st\.?|saint)[ \t]lucia\b/i, country: 'LC' },
    // Not New Mexico, a state of the US.
    { pattern: /(?<!\bnew[ \t])\bmexic(?:o|an)\b/i, country: 'MX' },
    { pattern: /\bnamibia/i, country: 'NA' },
    {
      pattern:
        /\bnew zealand|\bnz\b|\baotearoa\b|\bauckland\b|\bwaikato\b|\botago\b|\btaranaki\b|\btauranga\b|\brotorua\b|\bwhang[aā]rei\b|\bmanawat[uū]\b|\bwhanganui\b|\bhawke['’]s bay\b|\bbay of plenty\b|\bsouthland\b|\bwellington\b(?![ \t]police[ \t]dep)|\bchristchurch\b|\bdunedin\b|\binvercargill\b|\bpalmerston north\b|\bporirua\b|\bhutt city\b/i,
      country: 'NZ',
    },
    { pattern: /\bsolomon islands\b/i, country: 'SB' },
    { pattern: /\bsingapore/i, country: 'SG' },
    { pattern: /\btrinidad\b/i, country: 'TT' },
    { pattern: /\btaiwan/i, country: 'TW' },
    { pattern: /\b(?:st\.?|saint)[ \t]vincent\b/i, country: 'VC' },
    // Not American Samoa, whose money is the US dollar.
    { pattern: /(?<!\bamerican[ \t])\bsamoa/i, country: 'WS' },
  ]

/** A publisher's country as `COUNTRY_BY_SOURCE` or `isUsPublisher` knows it; Australia's holiday states apart. */
export type PublisherCountry =
  | 'AG'
  | 'AU'
  | 'AU-QLD'
  | 'AU-WA'
  | 'BB'
  | 'BM'
  | 'BN'
  | 'BS'
  | 'BZ'
  | 'CA'
  | 'DM'
  | 'DO'
  | 'FJ'
  | 'GD'
  | 'GY'
  | 'HK'
  | 'JM'
  | 'KN'
  | 'KY'
  | 'LC'
  | 'MX'
  | 'NA'
  | 'NZ'
  | 'SB'
  | 'SG'
  | 'TT'
  | 'TW'
  | 'US'
  | 'VC'
  | 'WS'

/** The bank holidays a publisher keeps: England and Wales's, Scotland's, Northern Ireland's or Ireland's. */
export type BankHolidayRegion = 'EW' | 'SCT' | 'NI' | 'IE'

/** Publishers in the UK and Ireland, by their region's bank holidays; checked in order. */
const BANK_HOLIDAY_SOURCES: readonly { readonly pattern: RegExp; readonly region: BankHolidayRegion }[] = [
  { pattern: /\bnorthern ireland\b|\bpsni\b/i, region: 'NI' },
  // Not "New Scotland Yard", the Met's headquarters.
  { pattern: /\bscotland\b(?! yard)|\bscottish\b|\bcopfs\b|\bprocurator fiscal\b/i, region: 'SCT' },
  { pattern: /\bgarda\b|\bireland\b|\birish\b/i, region: 'IE' },
  // A territorial force named by its county or region and "Police", as forces in Great Britain
  // are ("Kent Police", "Thames Valley Police", "Dyfed-Powys Police"); a US force of the same
  // place is a "Police Department" ("Kent Police Department", Washington) or a county's.
  {
    pattern:
      /(?:\b(?:avon and somerset|cleveland|cumbria|devon (?:and|&) cornwall|dorset|dyfed-powys|essex|greater manchester|gwent|humberside|kent|merseyside|norfolk|northumbria|suffolk|surrey|sussex|thames valley|west mercia|west midlands|(?:north|south|west) yorkshire|city of london|transport|ministry of defence)|(?<!\bnew[ \t])\b[a-z]{2,20}shire)[ \t]police\b(?![ \t](?:dep|div|bureau))/i,
    region: 'EW',
  },
  {
    pattern:
      /\bunited kingdom\b|\bu\.?k\.?\b|\bbritain\b|\bbritish\b|\bengland\b|\bwales\b|\bwelsh\b|\bconstabulary\b|\bmetropolitan police\b|\bnational crime agency\b|\bcrown prosecution\b|\bhome office\b|\bnpcc\b|\bpolice chiefs\b|\bgov\.uk\b/i,
    region: 'EW',
  },
]

/**
 * What a `Source:` line says of its publisher: its country (the dollar, the holidays whose day it
 * decides) and, in the UK and Ireland, its bank holidays (a country `COUNTRY_BY_SOURCE` knows
 * comes first: the Royal Newfoundland Constabulary).
 */
export interface Publisher {
  readonly country: PublisherCountry | null
  readonly bankHolidays: BankHolidayRegion | null
}

/** Sources already read: every release's dates ask, a dump repeats a few publishers, and the patterns are many. */
const PUBLISHER_OF_SOURCE = new Map<string, KnownPublisher>()

/** The publisher a `Source:` line names, read once per line; `NO_PUBLISHER` for a release without one. */
export function publisherOf(source: string | null): Publisher {
  return source === null ? NO_PUBLISHER : lookUp(source)
}

/** A publisher of no known country and no bank holidays: what a release without a `Source:` line has. */
export const NO_PUBLISHER: Publisher = { country: null, bankHolidays: null }

/** A publisher as remembered: with its country by `COUNTRY_BY_SOURCE` alone, for `knownCountryOf`. */
interface KnownPublisher extends Publisher {
  readonly known: PublisherCountry | null
}

/** How many sources are remembered before the memory starts afresh. */
const MAX_REMEMBERED_SOURCES = 512

function lookUp(written: string): KnownPublisher {
  const seen = PUBLISHER_OF_SOURCE.get(written)
  if (seen !== undefined) return seen
  // A name cut over two lines, or written with no-break spaces, reads as one with plain spaces.
  const source = written.replace(/\s+/g, ' ')
  const known = COUNTRY_BY_SOURCE.find((c) => c.pattern.test(source))?.country ?? null
  const country = known ?? (US_SOURCES.test(source) && !NOT_US_ATTORNEY.test(source) ? 'US' : null)
  const publisher: KnownPublisher = {
    known,
    country,
    // A country `COUNTRY_BY_SOURCE` knows comes first: the Royal Newfoundland Constabulary.
    bankHolidays:
      known !== null ? null : (BANK_HOLIDAY_SOURCES.find((r) => r.pattern.test(source))?.region ?? null),
  }
  if (PUBLISHER_OF_SOURCE.size >= MAX_REMEMBERED_SOURCES) PUBLISHER_OF_SOURCE.clear()
  PUBLISHER_OF_SOURCE.set(written, publisher)
  return publisher
}

/** The country of a `Source:` line by `COUNTRY_BY_SOURCE` alone, or null. */
export function knownCountryOf(source: string): PublisherCountry | null {
  return lookUp(source).known
}

/** The `Source:` line of a release, or null for a string or a release without one. */
export function sourceOf(input: ParserInput): string | null {
  if (typeof input === 'string' || !('source' in input)) return null
  const source = (input as { source?: unknown }).source
  return typeof source === 'string' ? source : null
}
