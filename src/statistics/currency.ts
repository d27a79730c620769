import type { ParserInput, TextBlock } from '../text/blocks'
import { COUNTRY_BY_SOURCE, isUsPublisher, knownCountryOf, sourceOf } from '../text/publishers'
import { wordTable } from '../text/word-table'
import type { SourceCurrency } from './option-schemas'

/**
 * The publisher's currency: what `$` stands for, and whether "pounds" are money or weight.
 * Decided once per release from its `Source:` line and, where that names no country, from the
 * signs its text uses.
 */

export type { SourceCurrency } from './option-schemas'

/**
 * The dollar of each country whose publishers write `$` for their own, by `COUNTRY_BY_SOURCE`: the
 * pesos of Mexico and the Dominican Republic, the tālā of Samoa, the Eastern Caribbean dollar in its six countries.
 */
const DOLLARS: Readonly<Record<string, string>> = wordTable({
  AG: 'XCD',
  AU: 'AUD',
  'AU-QLD': 'AUD',
  'AU-WA': 'AUD',
  BB: 'BBD',
  BM: 'BMD',
  BN: 'BND',
  BS: 'BSD',
  BZ: 'BZD',
  CA: 'CAD',
  DM: 'XCD',
  DO: 'DOP',
  FJ: 'FJD',
  GD: 'XCD',
  GY: 'GYD',
  HK: 'HKD',
  JM: 'JMD',
  KN: 'XCD',
  KY: 'KYD',
  LC: 'XCD',
  MX: 'MXN',
  NA: 'NAD',
  NZ: 'NZD',
  SB: 'SBD',
  SG: 'SGD',
  TT: 'TTD',
  TW: 'TWD',
  VC: 'XCD',
  WS: 'WST',
})

/**
 * Publishers whose `$` is not the US dollar, by a word of their `Source:` line: a country, or a
 * state, province, city or force of one.
 */
export const DOLLAR_BY_SOURCE: readonly { readonly pattern: RegExp; readonly code: string }[] =
  COUNTRY_BY_SOURCE.map(({ pattern, country }) => ({ pattern, code: DOLLARS[country]! }))

/** Publishers whose money is the pound sterling, by a word of their `Source:` line. */
const POUND_SOURCES =
  /\bunited kingdom\b|\bu\.?k\.?\b|\bbritain\b|\bbritish\b|\bengland\b|\bscotland\b|\bscottish\b|\bwales\b|\bwelsh\b|\bnorthern ireland\b|\bpsni\b|\bconstabulary\b|\bmetropolitan police\b|\bnational crime agency\b|\bcrown prosecution\b|\bhome office\b|\bhmrc\b|\bnpcc\b|\bpolice chiefs\b|\bgov\.uk\b/i

/**
 * South Africa named in a text, by its name, its police, its rand or its cities: there "R" glued
 * to an amount with a magnitude or a figure's marks is the rand ("R5 million", "R250,000"). One
 * `\b` before the alternatives, not one in each: V8 then looks for their first letters, and reads
 * every release's text in about half the time.
 */
const SOUTH_AFRICA_NAMED =
  /\b(?:South Africa(?:ns?)?|SAPS|rands?|Johannesburg|Cape Town|Durban|Pretoria|Gauteng|KwaZulu-Natal)\b/

/** Publishers whose money is the South African rand, written "R5 000". */
const RAND_SOURCES = /\bsouth africa|\bsaps\b/i

/**
 * Publishers whose money is the Philippine peso, written "P1.2 million" or "PHP 1.2 million": the
 * country's, its capital's and its agencies' names (the Philippine National Police, a `.gov.ph`
 * address).
 */
const PESO_SOURCES = /\bphilippine|\bfilipino\b|\bpilipinas\b|\bmanila\b|\bpnp\b|\.gov\.ph\b/i
/**
 * The rupee of publishers outside India, who write "Rs" and "rupees" for their own, by a word of
 * their `Source:` line; India's rupee otherwise.
 */
const RUPEE_BY_SOURCE: readonly { readonly pattern: RegExp; readonly code: string }[] = [
  { pattern: /\bpakistan|\bislamabad\b|\bkarachi\b|\blahore\b|\bpeshawar\b|\bquetta\b/i, code: 'PKR' },
  { pattern: /\bsri lanka|\bcolombo\b/i, code: 'LKR' },
  { pattern: /\bnepal|\bkathmandu\b/i, code: 'NPR' },
]

/**
 * Publishers whose shilling is written "Sh" glued to the digits ("Sh1.2 billion"), by a word of
 * their `Source:` line: Kenya's, Tanzania's, Uganda's.
 */
const SHILLING_BY_SOURCE: readonly { readonly pattern: RegExp; readonly code: string }[] = [
  { pattern: /\bkenya|\bnairobi\b/i, code: 'KES' },
  { pattern: /\btanzania|\bdar es salaam\b|\bdodoma\b/i, code: 'TZS' },
  { pattern: /\buganda|\bkampala\b/i, code: 'UGX' },
]

/** Publishers whose naira is written "N" glued to an amount ("N4.5 million"): Nigeria's. */
const NAIRA_SOURCES = /\bnigeria|\babuja\b|\blagos\b/i
/** A text that writes the naira's sign or names the naira: its "N4.5 million" is naira too. */
const NAIRA_SIGNS = /₦|\bnaira\b/i

/** A text that writes the peso's sign or names the peso: its "P" and "PHP" are pesos too. */
const PESO_SIGNS = /₱|\bpesos?\b/i

/**
 * Publishers whose money is the euro, by a word of their `Source:` line: Ireland's, and the
 * European Union's bodies. Northern Ireland's money is the pound, looked for first.
 */
const EURO_SOURCES =
  /\bireland\b|\birish\b|\bgarda\b|\beuropean (?:commission|union|parliament|council)\b|\beuropol\b|\beurojust\b|\bolaf\b/i

/** What "pounds" are: money, weight, or, with no sign either way, money only when it is millions. */
export type PoundSense = 'money' | 'weight' | 'auto'

/** The currency facts of one release. */
export interface PublisherCurrency {
  /** The ISO 4217 code `$` stands for. */
  readonly dollar: string
  readonly pounds: PoundSense
  /** Whether "R" glued to digits is the rand ("R50 000"). */
  readonly rand: boolean
  /**
   * Whether the text names South Africa, though its publisher is not known to: then "R" glued to
   * an amount written as one ("R5 million", "R250,000"), not to bare digits ("the R2"), is the rand.
   */
  readonly randNamed: boolean
  /** Whether "P" glued to digits and "PHP" before them are the Philippine peso ("P1.2 million"). */
  readonly peso: boolean
  /** The ISO 4217 code "Rs" and "rupees" stand for: `INR`, or `PKR` in a Pakistani release. */
  readonly rupee: string
  /** The shilling "Sh" glued to digits stands for in a Kenyan, Tanzanian or Ugandan release, else null. */
  readonly shilling: string | null
  /** Whether "N" glued to an amount written as one ("N4.5 million", "N250,000") is the naira. */
  readonly naira: boolean
  /**
   * The currency whose cents this publisher writes: its dollar, or the euro for an Irish or a
   * European body; null when its `Source:` line names no money, so that "20c" is read only where
   * it must be cents.
   */
  readonly cent: string | null
  /**
   * The publisher's own money, which "15 grand" counts in: its dollar when it is a publisher of
   * dollars, the pound or the euro by its `Source:` line, else by the signs its text writes ("£",
   * "€"), else `dollar`.
   */
  readonly home: string
}

/**
 * The currency facts of a release. `$` comes from `dollar` when given, else from the user's
 * `sources`, else `DOLLAR_BY_SOURCE`, else `USD`. "Pounds" are money for a British publisher or
 * a text that writes "£", weight for a publisher of dollars or a text that writes "$".
 *
 * @example
 * publisherCurrency({ source: 'New Zealand Police', paragraphs: [] })
 * //=> { dollar: 'NZD', pounds: 'weight', rand: false, randNamed: false, peso: false, rupee: 'INR',
 * //     shilling: null, naira: false, cent: 'NZD', home: 'NZD' }
 */
export function publisherCurrency(
  input: ParserInput,
  blocks: readonly TextBlock[],
  dollar: string | undefined,
  sources: readonly SourceCurrency[] = [],
): PublisherCurrency {
  const source = sourceOf(input)
  const own = source === null ? undefined : sources.find((s) => matchesSource(s.source, source))
  const country = source === null ? null : knownCountryOf(source)
  const known = country === null ? undefined : { code: DOLLARS[country]! }
  const named =
    dollar ??
    own?.code ??
    known?.code ??
    (isUsPublisher(source) || !noCountry(source) ? undefined : dollarNamed(blocks))
  const code = named ?? 'USD'
  const dollarPublisher = own !== undefined || named !== undefined || isUsPublisher(source)
  return {
    dollar: code,
    pounds: poundSense(source, blocks, dollarPublisher),
    rand: source !== null && RAND_SOURCES.test(source),
    randNamed: blocks.some((b) => SOUTH_AFRICA_NAMED.test(b.text)),
    peso: (source !== null && PESO_SOURCES.test(source)) || blocks.some((b) => PESO_SIGNS.test(b.text)),
    rupee: (source === null ? undefined : RUPEE_BY_SOURCE.find((r) => r.pattern.test(source)))?.code ?? 'INR',
    shilling:
      (source === null ? undefined : SHILLING_BY_SOURCE.find((r) => r.pattern.test(source)))?.code ?? null,
    naira: (source !== null && NAIRA_SOURCES.test(source)) || blocks.some((b) => NAIRA_SIGNS.test(b.text)),
    cent: centOf(source, dollar !== undefined || dollarPublisher ? code : null),
    home: homeOf(source, blocks, dollar !== undefined || own !== undefined || known !== undefined, code),
  }
}

/**
 * The publisher's own money: the dollar it was given or is known by, then the pound's or the euro's
 * publishers by their `Source:` line, then a US publisher's dollar, then the one sign of the
 * pound or the euro its text writes, else `dollar`.
 */
function homeOf(
  source: string | null,
  blocks: readonly TextBlock[],
  knownDollar: boolean,
  dollar: string,
): string {
  if (knownDollar) return dollar
  if (source !== null && POUND_SOURCES.test(source)) return 'GBP'
  if (source !== null && EURO_SOURCES.test(source)) return 'EUR'
  if (isUsPublisher(source)) return dollar
  const pound = blocks.some((b) => b.text.includes('£'))
  const euro = blocks.some((b) => b.text.includes('€'))
  if (pound !== euro) return pound ? 'GBP' : 'EUR'
  return dollar
}

/** Whether a `Source:` line (or its absence) says nothing of the publisher's money. */
function noCountry(source: string | null): boolean {
  return source === null || !(POUND_SOURCES.test(source) || EURO_SOURCES.test(source))
}

/**
 * Countries whose own dollar a release may name only in its text: the country's name, its
 * people's, and places no other country's releases name (not "Perth", "Hamilton" or "Vancouver",
 * which are British or American too), as written in capitals; and, apart, the country's largest
 * cities that share their names (`shared`).
 */
const DOLLAR_COUNTRIES: readonly {
  readonly pattern: RegExp
  readonly code: string
  readonly wire?: RegExp
  readonly province?: RegExp
  /**
   * Cities the country shares its name with places elsewhere: counted only in a text with no
   * other sign of where it is, and not before a region's name after a comma ("Wellington,
   * Florida") or another capitalised word ("Wellington Road", "Wellington Police Department"),
   * but for the country's own courts ("Wellington District Court").
   */
  readonly shared?: RegExp
}[] = [
  {
    pattern:
      /\bNew Zealand(?:ers?)?\b|\bNZ\b|\bAotearoa\b|\bAuckland\b|\bWaikato\b|\bTauranga\b|\bRotorua\b|\bWhang[aā]rei\b|\bManawat[uū]\b|\bTaranaki\b|\bOtago\b|\bWaitemat[aā]\b|\bManukau\b/g,
    code: 'NZD',
    // "the Wellington District Court": New Zealand's courts take their city's name, so those
    // after it count as the city does.
    shared:
      /\b(?:Wellington|Christchurch|Dunedin)(?:[ \t]+(?:District|High|Youth)[ \t]+Court\b|\b(?![ \t]+\p{Lu}|,[ \t]*\p{Lu}))/gu,
  },
  {
    pattern:
      /\bAustralia(?:ns?)?\b|\bSydney\b|\bBrisbane\b|\bQueensland(?:ers?)?\b|\bNew South Wales\b|\bNSW\b|\bTasmania(?:ns?)?\b|\bAdelaide\b|\bCanberra\b/g,
    code: 'AUD',
  },
  {
    pattern:
      /\bCanad(?:a|ians?)\b|\bQu[eé]bec\b|\bToronto\b|\bMontr[eé]al\b|\bAlberta\b|\bBritish Columbia\b|\bManitoba\b|\bSaskatchewan\b|\bNova Scotia\b|\bCalgary\b|\bEdmonton\b|\bWinnipeg\b|\bRCMP\b/g,
    code: 'CAD',
    // Canada Newswire's tag in a dateline ("TORONTO, March 8, 2024 /CNW/ -"): the wire of Canadian
    // publishers, as sure a sign as the country named twice. "/PRNewswire/" says no country.
    wire: /\/CNW(?: Telbec)?\//,
    // "OTTAWA, ON, May 2, 2024 /PRNewswire/ -", "MISSISSAUGA, Ontario, …": a province after a
    // dateline's place, abbreviated or in full.
    province:
      /, (?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|Ont\.|Que\.|B\.C\.|Alta\.|Man\.|Sask\.|Ontario|New Brunswick|Newfoundland(?: and Labrador)?|Prince Edward Island)[ ,]/,
  },
]
/**
 * A newswire's tag near a paragraph's start, closing its dateline: "/PRNewswire/", "/CNW/",
 * "(GLOBE NEWSWIRE)", "--(BUSINESS WIRE)--".
 */
const WIRE_TAG = /\/[A-Z][A-Za-z ]{1,30}\/|\((?:GLOBE NEWSWIRE|BUSINESS WIRE|Newsfile)\)/
/** How far into its paragraph a wire's tag closes a dateline. */
const WIRE_TAG_REACH = 120

/**
 * The dateline a paragraph opens with before a wire's tag ("TORONTO, May 2, 2024 " of "TORONTO,
 * May 2, 2024 /PRNewswire/ -"), or null. The dateline of a release sent by wire is where its
 * publisher is; the same wire's tag after "NEW YORK" says nothing of Canada.
 */
function wireDateline(text: string): string | null {
  const tag = WIRE_TAG.exec(text.slice(0, WIRE_TAG_REACH))
  return tag ? text.slice(0, tag.index) : null
}

/** A country's places in any case, as a dateline writes them in capitals ("TORONTO"). */
const ANY_CASE = new Map<RegExp, RegExp>()
function anyCase(pattern: RegExp): RegExp {
  let found = ANY_CASE.get(pattern)
  if (!found) {
    found = new RegExp(pattern.source, 'i')
    ANY_CASE.set(pattern, found)
  }
  return found
}

/** The United States named in a text: its dollar is then the likelier one. */
const US_NAMED = /\bUnited States\b|\bU\.S\.|\bUSA?\b|\bAmericans?\b/
/** How often a text must name its country before its `$` is taken for that country's dollar. */
const COUNTRY_MENTIONS = 2

/**
 * The dollar of the country a release is dated from by wire (`datedCountry`), even when its story
 * names the United States: "$" in one dated "OTTAWA, ON, May 2, 2024 /CNW/ -" is CAD. Else the
 * dollar of the one country the text names at least twice, or whose newswire's tag it carries
 * further on, when it names no other and not the United States: "$" in a release of an unknown
 * publisher that writes "New Zealand" and "New Zealanders" is NZD. Undefined otherwise.
 */
function dollarNamed(blocks: readonly TextBlock[]): string | undefined {
  const datelines = blocks.map((b) => wireDateline(b.text))
  const dated = datedCountry(blocks, datelines)
  if (dated !== undefined) return dated
  let found: string | undefined
  const otherMoney = blocks.some((b) => /[£€]/.test(b.text))
  for (const { pattern, code, wire, province, shared } of DOLLAR_COUNTRIES) {
    let mentions = 0
    // "A Wellington man …": a city of a shared name counts where nothing points elsewhere.
    const sharedCounts = shared !== undefined && !otherMoney && !namesOtherCountry(blocks, code)
    for (const [i, b] of blocks.entries()) {
      if (US_NAMED.test(b.text)) return undefined
      // A wire's dateline whose place is the country's: "TORONTO, …", "OTTAWA, ON, …".
      const dateline = datelines[i]
      const placed =
        dateline != null && (anyCase(pattern).test(dateline) || (province?.test(dateline) ?? false))
      if (wire?.test(b.text) || placed) mentions = COUNTRY_MENTIONS
      pattern.lastIndex = 0
      while (mentions < COUNTRY_MENTIONS && pattern.test(b.text)) mentions++
      if (!sharedCounts) continue
      shared.lastIndex = 0
      while (mentions < COUNTRY_MENTIONS && shared.test(b.text)) mentions++
    }
    if (mentions < COUNTRY_MENTIONS) continue
    if (found !== undefined) return undefined
    found = code
  }
  return found
}

/** Whether the text names a country of `DOLLAR_COUNTRIES` other than the one of `code`. */
function namesOtherCountry(blocks: readonly TextBlock[], code: string): boolean {
  return DOLLAR_COUNTRIES.some(
    (c) =>
      c.code !== code &&
      blocks.some((b) => {
        c.pattern.lastIndex = 0
        return c.pattern.test(b.text)
      }),
  )
}

/**
 * A place of the United States in a wire's dateline: the country named, or a state as datelines
 * write it ("SEATTLE, Wash.", "AUSTIN, TX", "FRISCO, Texas"). Canada's provinces share no code with the states.
 */
const US_DATELINE =
  /\bU\.S\.|\bUSA\b|, (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\.|Ill\.|Ind\.|Kan\.|Ky\.|La\.|Md\.|Mass\.|Mich\.|Minn\.|Miss\.|Mo\.|Mont\.|Neb\.|Nev\.|N\.[CDHJMY]\.|Okla\.|Ore\.|Pa\.|R\.I\.|S\.[CD]\.|Tenn\.|Tex\.|Va\.|Vt\.|Wash\.|Wis\.|W\.Va\.|Wyo\.|D\.C\.|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)[ ,]/

/**
 * The cities of the United States a dateline names alone, without their state, as the wires and
 * the AP write them: "NEW YORK, March 3, 2024 /CNW/ --". None is Canada's, Australia's or New Zealand's.
 */
const US_DATELINE_CITY =
  /^\s*(?:ATLANTA|BALTIMORE|BOSTON|CHICAGO|CINCINNATI|CLEVELAND|DALLAS|DENVER|DETROIT|HONOLULU|HOUSTON|INDIANAPOLIS|LAS VEGAS|LOS ANGELES|MIAMI|MILWAUKEE|MINNEAPOLIS|NEW ORLEANS|NEW YORK|OKLAHOMA CITY|PHILADELPHIA|PHOENIX|PITTSBURGH|SALT LAKE CITY|SAN ANTONIO|SAN DIEGO|SAN FRANCISCO|SEATTLE|ST\. LOUIS|WASHINGTON)\b/i

/** Whether a wire's dateline places the release in the United States. */
function isUsDateline(dateline: string): boolean {
  return US_DATELINE.test(dateline) || US_DATELINE_CITY.test(dateline)
}

/**
 * The dollar of the country a release sent by wire is dated from: a place of the country in its
 * dateline ("TORONTO, …", "SYDNEY, …", "OTTAWA, ON, …"), or the country's own wire's tag ("/CNW/")
 * after a place the dateline does not put in the United States; the US dollar for a place of the
 * United States ("NEW YORK, …", "AUSTIN, TX, …"). Where the publisher dates its
 * release says its money; a passing "U.S." in the story does not move it, and an amount marked
 * as another's ("US$5 million") is read as marked. Undefined when no dateline, or two countries'.
 */
function datedCountry(
  blocks: readonly TextBlock[],
  datelines: readonly (string | null)[],
): string | undefined {
  // "NEW YORK, … /CNW/ --": a place in the United States gives its dollar, whatever the wire.
  let found: string | undefined = datelines.some((d) => d != null && isUsDateline(d)) ? 'USD' : undefined
  for (const { pattern, code, wire, province } of DOLLAR_COUNTRIES) {
    const dated = blocks.some((b, i) => {
      const dateline = datelines[i]
      if (dateline == null) return false
      if (anyCase(pattern).test(dateline) || (province?.test(dateline) ?? false)) return true
      return (wire?.test(b.text) ?? false) && !isUsDateline(dateline)
    })
    if (!dated) continue
    if (found !== undefined) return undefined
    found = code
  }
  return found
}

/** The currency of the publisher's cents: the euro's, else its dollar's when known. */
function centOf(source: string | null, dollar: string | null): string | null {
  if (dollar !== null || source === null) return dollar
  if (POUND_SOURCES.test(source)) return null
  return EURO_SOURCES.test(source) ? 'EUR' : null
}

function poundSense(
  source: string | null,
  blocks: readonly TextBlock[],
  dollarPublisher: boolean,
): PoundSense {
  if (source !== null && !dollarPublisher && POUND_SOURCES.test(source)) return 'money'
  let dollarSign = false
  for (const b of blocks) {
    if (b.text.includes('£')) return 'money'
    if (!dollarSign && b.text.includes('$')) dollarSign = true
  }
  if (dollarSign || dollarPublisher) return 'weight'
  return 'auto'
}

function matchesSource(pattern: RegExp | string, source: string): boolean {
  if (typeof pattern === 'string') return source.toLowerCase().includes(pattern.toLowerCase())
  pattern.lastIndex = 0
  return pattern.test(source)
}
