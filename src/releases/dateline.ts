/**
 * Datelines: the place and date a story is filed from. Either a line of its own between the
 * `Source:` line and the story ("25 November 2024", "Published: 12/03/2024", "Washington, D.C."),
 * or the opening words of the story's first paragraph ("WASHINGTON –", "TAMPA, Fla. —",
 * "DAYTON, Ohio, Dec. 3, 2024 –", "ABIDJAN, Côte d’Ivoire:", "Los Angeles:", "MAY 14—",
 * "(Washington, D.C.)").
 * One reader for both the release structure and the publication-date evidence.
 */

import { TIME_ZONES } from '../dates/lexicon'
import { numericDayMonth } from '../dates/matchers/calendar-dates'
import { monthNumber, weekdayNumber } from '../dates/matchers/shared'
import { isMonthFirst, type MonthOrder } from '../dates/month-order'
import { toDate } from '../dates/timex'
import {
  BODY_NAME_PLACES,
  HONORIFICS,
  KNOWN_BODIES,
  OFFICE_HEADS,
  ORGANISATION_WORDS,
  TITLES,
} from '../quotes/lexicon'
import { trimEndChars } from '../quotes/scan'
import { AUXILIARY_VERBS } from '../text/auxiliaries'
import { bmpRegExp, lazyBmpRegExp } from '../text/bmp-classes'
import { lazyRegExp } from '../text/lazy-patterns'
import { isWhiteSpace } from '../text/lines'
import { sentenceEnd } from '../text/sentence-end'
import { PRESS_ROLE_WORDS, WRITER_ROLE_WORDS } from './byline'
import { endsInRegionAbbreviation } from './region-abbreviations'

/** What a dateline says, with offsets local to the text read. */
export interface DatelineReading {
  /** End of the dateline (its separator included, spaces after it not). */
  readonly end: number
  /** The place as written, or null for a bare date. */
  readonly place: { readonly start: number; readonly end: number } | null
  /** The day it names with its year, or null. */
  readonly date: Date | null
  /** The day it names without a year ("MAY 14—"), or null. */
  readonly dayOfYear?: DayOfYear | null
  /** Whether a wire's, an agency's or a broadcaster's tag marks it ("/PRNewswire/", "(AP)", "(KSNV)"). */
  readonly tagged?: boolean
}

/** A day of a month, without its year. */
export interface DayOfYear {
  readonly month: number
  readonly day: number
}

/** Options of the readers. */
export interface DatelineOptions {
  /**
   * Read numeric dates such as `03/04/2024` month first; default: false (day first). A function
   * decides when a numeric date is first read (see `monthOrderOf`).
   */
  readonly monthFirst?: MonthOrder
  /**
   * The release's text (or a function that gives it when first needed), which tells a place
   * written alone on its line in capitals ("WASHINGTON", which the release also writes
   * "Washington") from an acronym ("IMCO", "ECB"); without it such a word is no place.
   */
  readonly context?: string | (() => string)
}

/** Small words a place name may hold between capitalised words ("Stoke on Trent", "Isle of Wight"). */
export const PLACE_PARTICLES: readonly string[] = [
  'am',
  'an',
  'da',
  'de',
  'del',
  'der',
  'des',
  'do',
  'dos',
  'du',
  'el',
  'en',
  'la',
  'las',
  'le',
  'les',
  'los',
  'of',
  'on',
  'sur',
  'upon',
]

/**
 * Words of labels that open a paragraph or stand on a line as a place would ("UPDATE –", "FOR
 * IMMEDIATE RELEASE", "EDITOR'S NOTE:", "Road Closure:", "Background:", "Today –"), and of a web
 * page's labels of its media and links ("WATCH (Video) –", "LISTEN –", "READ MORE –"), but are no
 * place (lower case, keep sorted).
 */
export const NOT_PLACE_WORDS: readonly string[] = [
  'advisory',
  'alert',
  'announcement',
  'appeal',
  'arrested',
  'attention',
  'audio',
  'background',
  'breaking',
  'charged',
  'clarification',
  'closure',
  'contact',
  'context',
  'correction',
  'crimestoppers',
  'description',
  'details',
  'editor',
  'editors',
  'embargo',
  'embargoed',
  'ends',
  'exclusive',
  'explainer',
  'facts',
  'gallery',
  'highlights',
  'hon',
  'honorable',
  'honourable',
  'immediate',
  'incident',
  'infographic',
  'information',
  'interview',
  'jailed',
  'latest',
  'listen',
  'location',
  'media',
  'missing',
  'mla',
  'mp',
  'msp',
  'news',
  'newsroom',
  'note',
  'notes',
  'notice',
  'operation',
  'overview',
  'person',
  'photos',
  'pictures',
  'podcast',
  'police',
  'press',
  'read',
  'release',
  'reminder',
  'result',
  'results',
  'reward',
  'sentenced',
  'sentencing',
  'statement',
  'summary',
  'suspect',
  'today',
  'tomorrow',
  'tonight',
  'transcript',
  'update',
  'updated',
  'urgent',
  'verdict',
  'victim',
  'video',
  'videos',
  'wanted',
  'warning',
  'watch',
  'witness',
  'witnesses',
  'yesterday',
]

const SP = '[ \\t\\u00a0]'
/** A capitalised word, perhaps after an elided article ("d’Ivoire"); dots for "D.C.", "Fla.". */
const WORD = "(?:[dl][’'])?\\p{Lu}[\\p{L}\\p{M}.’'-]{0,24}"
const PARTICLE = `(?:${PLACE_PARTICLES.join('|')})`
/** Up to three capitalised words of a place's name, perhaps with particles ("Stoke on Trent"). */
const NAME_WORDS_OF_PLACE = `${WORD}(?:${SP}(?:${PARTICLE}${SP})?${WORD}){0,2}`
/**
 * One comma-separated part of a place: a name, perhaps after "the" ("The Hague, the Netherlands";
 * a dateline's first word is capitalised all the same). A story filed from two or three cities
 * names them with slashes, each of one word or more ("GENEVA/BRUSSELS", "NEW YORK/GENEVA"), a
 * space on each side of the slash or none ("GENEVA / NEW YORK").
 */
const SEGMENT = `(?:the${SP})?${NAME_WORDS_OF_PLACE}(?:(?:\\/|${SP}\\/${SP})${NAME_WORDS_OF_PLACE}){0,2}`
/** "WASHINGTON", "TAMPA, Fla.", "Vienna (Austria)": the country may stand in brackets after the city. */
const PLACE = `${SEGMENT}(?:${SP}\\(${SEGMENT}\\))?(?:,${SP}{1,2}${SEGMENT}){0,2}`
/**
 * A written day: weekday?, then day month ("12th of March" too) or month day, then a year or none. Words are checked
 * against the month and weekday lexicons after the match. Groups: weekday; day, month (British
 * order); month, day (US order); year.
 */
const DAY = `(?:(\\p{L}{3,9})\\.?,?${SP}{1,3})?(?:(\\d{1,2})(?:st|nd|rd|th)?(?:${SP}{1,3}of)?${SP}{1,3}(\\p{L}{3,9})\\.?|(\\p{L}{3,9})\\.?${SP}{1,3}(\\d{1,2})(?:st|nd|rd|th)?)(?:,?${SP}{1,3}((?:19|20)\\d{2}))?`
/**
 * The mark between a dateline and its story: a dash (spaced, or not for long dashes and for two
 * hyphens, as text without long dashes writes one: "PHARR, Texas--U.S. Customs …", "MAY 14--") or
 * a colon. Two hyphens around a wire's tag are `WIRE`'s; between figures they are a range ("4--5").
 */
const SEPARATOR = `(?:${SP}{0,2}[–—―]${SP}{0,2}|${SP}{0,2}(?<!-)--(?![-(\\d])${SP}{0,2}|${SP}{1,2}-${SP}{1,2}|:${SP}{1,2})`
/** A spaced bar after a place and its day ("The Hague, 17 June 2025 | Authorities …"), as Eurojust writes it. */
const BAR_SEPARATOR = `${SP}{1,2}\\|${SP}{1,2}`

/**
 * How far into a paragraph a dateline's separator can stand: a place of three parts of three
 * words of at most 28 characters, with their particles and commas, then a day. Generous.
 */
const OPENING_REACH = 400

/**
 * Whether a dash, a colon or a bar (any character `SEPARATOR` needs), or the bracket that closes an
 * agency's tag before the story ("(IANS) The state"), stands in the first `reach` characters.
 * Brackets are common in the opening words of a story; only one before a space and a capital counts.
 */
function separatorWithin(text: string, reach: number): boolean {
  const end = Math.min(text.length, reach)
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 45 || c === 58 || c === 124 || c === 0x2013 || c === 0x2014 || c === 0x2015) return true
    if (c === 41 && BRACKET_BEFORE_STORY().test(text.slice(i + 1, i + 4))) return true
  }
  return false
}

/** After an agency's closing bracket, the story: a space and a capital, as `WIRE_SEPARATOR` reads it. */
const BRACKET_BEFORE_STORY = lazyBmpRegExp(`^${SP}\\p{Lu}`, 'u')

/**
 * News agencies that tag a dateline with their name in brackets after its place or day:
 * "WASHINGTON (AP) —", "BRUSSELS, May 8 (Reuters) -", national agencies that governments'
 * releases quote the same way: "KUALA LUMPUR (Bernama) –", "MANILA (PNA) –", "ISLAMABAD (APP) –",
 * "NAIROBI (KNA) –", "PRETORIA (SAnews) –", and public broadcasters: "WELLINGTON (RNZ) –",
 * "SYDNEY (ABC) –". A place in brackets that is one of them is the tag, not part of the place
 * ("Vienna (Austria)" keeps its country). Keep sorted.
 */
export const WIRE_AGENCIES: readonly string[] = [
  'AAP',
  'ABC',
  'AFP',
  'ANI',
  'ANP',
  'ANSA',
  'ANTARA',
  'AP',
  'APA',
  'APP',
  'BBC',
  'Belga',
  'Bernama',
  'Bloomberg',
  'BSS',
  'CBC',
  'CNA',
  'CNN',
  'CP',
  'dpa',
  'EFE',
  'ENA',
  'GNA',
  'IANS',
  'Interfax',
  'IRNA',
  'Jiji',
  'KCNA',
  'KNA',
  'KUNA',
  'Kyodo',
  'Lusa',
  'MENA',
  'MTI',
  'NAN',
  'NHK',
  'NNA',
  'PA',
  'PAP',
  'PNA',
  'PTI',
  'QNA',
  'Reuters',
  'RIA',
  'RNZ',
  'RTÉ',
  'SABC',
  'SANA',
  'SAnews',
  'SPA',
  'TASS',
  'UPI',
  'VNA',
  'WAM',
  'Xinhua',
  'Yonhap',
]
const WIRE_AGENCY_SET = new Set(WIRE_AGENCIES.map((a) => a.toLowerCase()))
/**
 * A broadcaster's call sign in brackets after a dateline's place, which tags it as an agency's
 * name does. The letters open with the ITU prefix of a country whose stations go by their call
 * signs: a US one after K or W ("LAS VEGAS (KSNV) —", "BOSTON (WBZ) –", "DENVER (KDVR-TV) --"), a
 * Canadian one of four letters after CB, CF, CH, CI, CJ or CK ("TORONTO (CFTO) —", "VANCOUVER
 * (CKNW) –"), a Mexican one after XE or XH, a Philippine one of four letters after DW, DX, DY or DZ
 * ("MANILA (DZRH) –", "CEBU (DYSS) –"), a Japanese one after JO ("TOKYO (JOAK) –"), a South
 * Korean one after HL ("SEOUL (HLKA) –"), an Australian station's state digit and letters ("SYDNEY
 * (2GB) -", "MELBOURNE (3AW) –").
 */
const CALL_SIGN =
  /^(?:[KW][A-Z]{2,3}|C[BFHIJK][A-Z]{2}|X[EH][A-Z]{1,3}|D[W-Z][A-Z]{2}|JO[A-Z]{2}|HL[A-Z]{2}|[2-8][A-Z]{2,3})(?:-(?:TV|DT|FM|AM))?$/
/**
 * Regions written in a call sign's shape, which stay in the place: "DURBAN (KZN)", "N'DJAMENA
 * (CHAD)", "RIYADH (KSA)", "PESHAWAR (KPK)", and the ISO 3166 country codes of three letters
 * after K or W ("NAIROBI (KEN)", "KUWAIT CITY (KWT)"), but for "KNA", Kenya's news agency too. A US call sign of three letters is one of
 * the oldest stations' and is not told from a code by its shape, so a region's abbreviation not
 * listed here is taken for one. Samoa's "WSM" is left out: it is a station's too.
 */
const REGIONS_LIKE_CALL_SIGNS: ReadonlySet<string> = new Set([
  'CHAD',
  'KAZ',
  'KEN',
  'KGZ',
  'KHM',
  'KIR',
  'KOR',
  'KPK',
  'KSA',
  'KWT',
  'KZN',
  'WLF',
])
/** Whether a tag in brackets is a broadcaster's call sign. */
function isCallSign(tag: string): boolean {
  return CALL_SIGN.test(tag) && !REGIONS_LIKE_CALL_SIGNS.has(tag)
}
/**
 * A call sign as a dateline's tag where the place pattern cannot take it as a bracketed region: an
 * Australian station's digit ("SYDNEY (2GB)"), or a band after a region ("HAMILTON, Ont. (CHCH-TV)").
 */
const CALL_SIGN_TAG = '\\((?:[2-8][A-Z]{2,3}|[A-Z]{3,4}-(?:TV|DT|FM|AM))\\)'

/**
 * A newswire's or agency's tag after a dateline's place or day: "/CNW/", "/PRNewswire/",
 * "(Reuters)", "(GLOBE NEWSWIRE)", an office's "(WHO/Europe)", a UN programme's "(UN-Habitat)", a station's "(2GB)", "(CHCH-TV)", or set between double hyphens with the story straight after,
 * "--(BUSINESS WIRE)--", whose closing pair is the separator (`WIRE_SEPARATOR`). No group.
 */
const WIRE = `(?:${SP}{1,2}(?:\\/\\p{Lu}[\\p{L} .-]{1,30}\\/|\\(\\p{Lu}[\\p{L} .]{1,30}(?:-\\p{Lu}[\\p{L} .]{1,30})?(?:\\/\\p{Lu}[\\p{L} .]{1,30})?\\)|${CALL_SIGN_TAG})|--\\(\\p{Lu}[\\p{L} .]{1,30}\\)--(?=\\S))?`
/**
 * The separator a tag between double hyphens holds: nothing more after it. An agency's tag in
 * brackets with the story straight after it, as Indian wires write it ("Chennai, Jun 18 (IANS) The
 * state …"), is its own separator; that the tag is a listed agency's is checked after the match.
 */
const WIRE_SEPARATOR = `(?<=\\)--)|(?<=\\))(?=${SP}\\p{Lu})`
/**
 * "TAMPA, Fla. —", "DAYTON, Ohio, Dec. 3, 2024 –", "TAMPA, Fla. (June 4, 2024) -", "TORONTO, May
 * 8, 2023 /CNW/ -", "NEW YORK /PRNewswire/ --", "AUSTIN, Texas--(BUSINESS WIRE)--". Groups: place;
 * DAY's six; wire tag; separator. A bar is a separator only after a day (checked after the match).
 * A day in brackets must close them (checked after the match: one pattern, one set of groups).
 */
const PLACE_FIRST = lazyBmpRegExp(
  `^(${PLACE})(?:(?:,${SP}{1,2}|${SP}{1,2}\\()${DAY}\\)?)?(${WIRE})(${SEPARATOR}|${BAR_SEPARATOR}|${WIRE_SEPARATOR})`,
  'u',
)
/**
 * "Brussels, 18.06.2024 –", "Sydney, 14/6/2024 -", "Brussels, 5.3.2024. The …": a place and a day
 * in figures with its full year, then the mark, or a full stop before the story. Groups: place;
 * day or month, separator, month or day, year; mark.
 */
const PLACE_NUMERIC_FIRST = lazyBmpRegExp(
  `^(${PLACE}),${SP}{1,2}(\\d{1,2})([/.])(\\d{1,2})\\3((?:19|20)\\d{2})(${SEPARATOR}|\\.(?:${SP}{1,2}[–—-])?(?=${SP}{1,3}\\S))`,
  'u',
)
/** A day in figures with its full year, as `PLACE_NUMERIC_FIRST` reads it, and how far into a paragraph it may end. */
const NUMERIC_DAY = /\d[/.]\d{1,2}[/.](?:19|20)\d\d/
const NUMERIC_DAY_REACH = 160
/**
 * "24 April 2018 -", "(Dec. 3, 2024) —", "APR 18 - (Tampa, FL)", or a day and its comma before a
 * place ("3 December 2024, Geneva –", read by `placeAfterDay`). A day in brackets must close them
 * (checked after the match). Groups: DAY's six; place in brackets; comma.
 */
const DATE_FIRST = lazyBmpRegExp(
  `^\\(?${DAY}\\)?(?:${SEPARATOR}(?:\\((${PLACE})\\)(?=${SP}))?|(,)${SP}{1,2})`,
  'u',
)
/** A place after a dateline's day, then its own mark: "December 3, 2024 – OTTAWA –". Groups: place; separator. */
const PLACE_AFTER_DAY = lazyBmpRegExp(`(${PLACE})(${SEPARATOR})`, 'uy')
/**
 * "(Washington, D.C.) In February …", "(PHOENIX) - Deputies …": a dash after the bracket is the
 * dateline's. The day may share the brackets, after the place's comma: "(Geneva, March 3, 2025) –",
 * as Human Rights Watch opens its releases. Groups: place; DAY's six.
 */
const PLACE_IN_BRACKETS = lazyBmpRegExp(
  `^\\((${PLACE})(?:,${SP}{1,2}${DAY})?\\)(?:${SEPARATOR}|(?=${SP}|$))`,
  'u',
)

/**
 * Words before a date on a line of its own: "Published:", "Last updated", "Date published:",
 * "Release Date:", "Publication date:", "Date of release:", "Issued on", an embargo, a label ("For
 * immediate release:"), a time ("9:15 a.m. EDT,").
 */
const LEAD = `(?:(?:(?:last|first|date|release|publication|issue)\\s{1,3})?(?:published|issued|posted|released|date|updated|date\\s{1,3}of\\s{1,3}(?:release|issue|publication)|date\\s{0,2}\\/\\s{0,2}time|embargoed(?:\\s{1,3}until)?|for\\s{1,3}(?:immediate\\s{1,3})?release)\\s{0,3}(?:on(?:\\s{1,3}|(?=:)))?[:–—-]?\\s{0,3})?(?:\\d{1,2}(?:[:.]\\d{2})?\\s{0,2}(?:[ap]\\.?m\\.?|hrs)?(?:\\s{1,2}(?:${TIME_ZONES.join('|')}))?,?\\s{1,3}(?:on\\s{1,3})?)?`
/**
 * What a page files the release under, after its date: "12 March 2024 | News", "12 March 2024 –
 * Media release". Lower case; matched in any case. Keep sorted.
 */
export const DATE_LINE_SECTIONS: readonly string[] = [
  'joint media release',
  'joint media statement',
  'joint statement',
  'media release',
  'media statement',
  'news',
  'news release',
  'press release',
  'press statement',
  'statement',
]
// Longest first: "news release" before "news", whose next word would be read as the day's weekday.
const SECTIONS = [...DATE_LINE_SECTIONS]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s{1,3}'))
  .join('|')
/**
 * The section a page files the release under, before its date, with a mark or only a space: "Media
 * Release | 14 May 2024", "Press release: 24 June 2024", "Press release 24 June 2024".
 */
const SECTION_FIRST = `(?:(?:${SECTIONS})(?:\\s{0,3}[|:,–—-]\\s{0,3}|\\s{1,3}))?`
/** A North American time zone written out, as a wire's page gives it: "Eastern Standard Time". */
const SPELLED_ZONE =
  '(?:eastern|central|mountain|pacific|atlantic)(?:\\s{1,3}(?:standard|daylight))?\\s{1,3}time'
/** A day in figures, as an update's day after the day published: "05/03/2024", "5.3.24". No group. */
const UPDATE_DAY_IN_FIGURES = '\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}'
/**
 * The day a page last updated the release, after the day it was published, with a mark or only a
 * space: "Published: 3 March 2024 | Last updated: 4 March 2024", "First published: 05/03/2024 Last
 * updated: 05/03/2024". The line's day is the first.
 */
const UPDATED_AFTER = `(?:(?:\\s{0,3}[|,–-]\\s{0,3}|\\s{1,3})(?:last\\s{1,3})?updated(?:\\s{1,3}on)?\\s{0,3}:?\\s{0,3}(?:${DAY}|${UPDATE_DAY_IN_FIGURES}))?`
/**
 * A time after a date: "12 March 2024, 14:30", "Tuesday 14 May 2024 - 3.45pm", "Mar 5, 2024 @ 3:10
 * pm"; then perhaps the section the page files it under.
 */
const TRAIL = `(?:(?:\\s{0,3}[,|–-]\\s{0,3}|\\s{1,3})(?:at\\s{1,3}|@\\s{0,3})?\\d{1,2}(?:[:.]\\d{2}(?::\\d{2})?\\s{0,2}(?:am|pm|a\\.m|p\\.m|hrs)?|\\s{0,2}(?:am|pm|a\\.m|p\\.m|hrs))(?:\\.?\\s{0,2}(?:${TIME_ZONES.join('|')}|${SPELLED_ZONE}))?)?\\.?(?:\\s{0,3}[|–-]\\s{0,3}(?:${SECTIONS}))?`
/**
 * `source` read against a line whose runs of spaces are one space each (`oneSpaceEach`): every
 * bounded run of spaces, `\\s{1,3}` or `[ \\t\\u00a0]{0,2}`, becomes one space or none. V8 unrolls a
 * bounded repetition, so the two day-line patterns, with dozens of them, took 50–100 ms each to
 * compile, in every process; single spaces compile in a tenth of that, and still match in linear time.
 */
function singleSpaced(source: string): string {
  return source.replace(/(\\s|\[ \\t\\u00a0\])\{([01]),\d\}/g, (_, space: string, least: string) =>
    least === '0' ? `${space}?` : space,
  )
}

/** `line` with each run of white space one space, as `singleSpaced` patterns read it. */
function oneSpaceEach(line: string): string {
  return line.replace(/\s+/g, ' ')
}

/**
 * Who posted the release, after its day on a page's line: "Posted on 3 December 2024 by Media
 * Relations", "Posted On: 18 JUN 2024 6:12PM by PIB Delhi". Words and initials, no sentence's mark.
 */
const POSTER = `(?:\\s{1,3}by\\s{1,3}\\p{L}[\\p{L}\\p{N} &'’-]{0,50})?`
/**
 * A line that is only a written day, perhaps with a section, a lead, a time, the day it was updated
 * and who posted it. Groups: DAY's six (then the update's, unread).
 */
const DATE_LINE = lazyBmpRegExp(
  singleSpaced(`^${SECTION_FIRST}${LEAD}${DAY}${TRAIL}${UPDATED_AFTER}${POSTER}$`),
  'iu',
)
/**
 * A line that is only a numeric day: "Published: 14/05/2024", "Date: 2024-05-14", "03/12/24" (a
 * year of two figures is this century's), "14-05-2024" (with dashes, only with the year in full:
 * "14-05-24" may be a reference), an ISO day with a timestamp's time ("2024-05-14T09:30:00Z"). Groups:
 * weekday; day or month, separator, month or day, year (day first or month first); ISO year,
 * month, day.
 */
const NUMERIC_LINE = lazyBmpRegExp(
  singleSpaced(
    `^${SECTION_FIRST}${LEAD}(?:(\\p{L}{3,9})\\.?,?\\s{1,3})?(?:(\\d{1,2})([/.-])(\\d{1,2})\\3((?:19|20)?\\d{2})|((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)${TRAIL}${UPDATED_AFTER}${POSTER}$`,
  ),
  'iu',
)
/**
 * A place on a line of its own, perhaps with a date or a dash after it: "Washington, D.C.",
 * "GENEVA, 5 March 2024", "GENEVA (5 March 2024)". A day in brackets must close them (checked
 * after the match). Groups: place; DAY's six; place in brackets.
 */
const PLACE_LINE = lazyBmpRegExp(
  `^(${PLACE})(?:(?:,${SP}{1,2}|${SP}{1,2}\\()${DAY}\\)?${WIRE})?(?:${SP}{0,2}[–—―-])?$|^\\((${PLACE})\\)$`,
  'u',
)
/** A day, a bar and a place on a line of their own: "May 8, 2023 | Washington, DC". Groups: DAY's six; place. */
const DATE_PLACE_LINE = lazyBmpRegExp(`^${DAY}${SP}{1,3}\\|${SP}{1,3}(${PLACE})$`, 'u')

/**
 * A time alone on its line, as a page writes it under the day it was issued: "10:30", "09:42:15
 * AM", "4.15pm GMT".
 */
const TIME_LINE = lazyBmpRegExp(
  `^\\d{1,2}(?:[:.]\\d{2}(?::\\d{2})?(?:\\s{0,2}(?:am|pm|a\\.m\\.?|p\\.m\\.?|hrs))?|\\s{0,2}(?:am|pm|a\\.m\\.?|p\\.m\\.?))(?:\\s{1,2}(?:${TIME_ZONES.join('|')}))?$`,
  'i',
)

/**
 * Zones a page in Asia names beside the time it issued a release ("Issued at HKT 17:30"), besides
 * `TIME_ZONES`. Only read on a line that is a time alone. Lower case, keep sorted.
 */
export const ISSUE_TIME_ZONES: readonly string[] = ['hkt', 'ict', 'jst', 'kst', 'myt', 'pht', 'sgt', 'wib']
const ISSUE_ZONE = `(?:${[...TIME_ZONES, ...ISSUE_TIME_ZONES].join('|')})`
/**
 * The time a page issued the release, on a line of its own, as government information services
 * print it: "Issued at HKT 17:30", "Posted at 10:30 AEST", "Time issued: 4.15pm". The zone may
 * stand before the time or after it.
 */
const ISSUE_TIME_LINE = lazyBmpRegExp(
  `^(?:time\\s{1,3})?(?:issued|posted|released|published|updated)(?:\\s{1,3}at)?(?:\\s{0,2}:\\s{0,3}|\\s{1,3})(?:${ISSUE_ZONE}\\s{1,2})?\\d{1,2}(?:[:.]\\d{2}(?:\\s{0,2}(?:am|pm|a\\.m\\.?|p\\.m\\.?|hrs))?|\\s{0,2}(?:am|pm|a\\.m\\.?|p\\.m\\.?))(?:\\s{1,2}${ISSUE_ZONE})?$`,
  'i',
)
/** A line of the time a release was issued is no longer than this. */
const MAX_ISSUE_TIME_LINE = 40

/**
 * Whether a line (trimmed) is only a time of day, or the time the release was issued: under a
 * day's line ("3 December 2024", then "10:30") it completes the dateline.
 *
 * @example
 * readsAsTimeLine('10:30') //=> true
 * readsAsTimeLine('Issued at HKT 17:30') //=> true
 * readsAsTimeLine('10 arrests') //=> false
 */
export function readsAsTimeLine(line: string): boolean {
  return (line.length <= 24 && TIME_LINE().test(line)) || readsAsIssueTime(line)
}

/**
 * Whether a line (trimmed) is the time the release was issued, with the word that says so
 * ("Issued at HKT 17:30"): a dateline on its own, with no place and no day.
 */
function readsAsIssueTime(line: string): boolean {
  return line.length <= MAX_ISSUE_TIME_LINE && ISSUE_TIME_LINE().test(line)
}

/** Lines longer than this are never a dateline on their own. */
const MAX_LINE = 80
const LOWER = lazyRegExp(String.raw`\p{Ll}`, 'u')
const DIGIT = /\d/
const UPPER_FIRST = lazyRegExp(String.raw`^\p{Lu}`, 'u')
const LETTERS = lazyRegExp(String.raw`\p{L}`, 'gu')
const LETTER = lazyRegExp(String.raw`\p{L}`, 'u')

/**
 * Reads a dateline that fills a whole line (trimmed): a date, perhaps after "Published:" and
 * with a time, or a place, perhaps with a date. Null when the line is anything else.
 *
 * @example
 * readDatelineLine('25 November 2024')?.date
 * //=> 2024-11-25 (a Date)
 */
export function readDatelineLine(line: string, options: DatelineOptions = {}): DatelineReading | null {
  if (line.length === 0 || (line.length > MAX_LINE && !spacedWithinLimit(line))) return null
  // Every day has a digit, and every place a capital or a bracket first: most lines fail both at once.
  if (DIGIT.test(line)) {
    const day = readDayLine(line, options)
    if (day) return day
    if (readsAsIssueTime(line)) return { end: line.length, place: null, date: null, dayOfYear: null }
    const datePlace = DATE_PLACE_LINE().exec(line)
    const named = datePlace ? dayOf(datePlace, 1) : null
    if (named && isPlace(datePlace![7]!, true)) {
      const start = line.length - datePlace![7]!.length
      return { end: line.length, place: { start, end: line.length }, ...named }
    }
    const figures = readPlaceAndFigures(line, options)
    if (figures) return figures
    const barred = readBarredLine(line, options)
    if (barred) return barred
    const signed = readDayPlaceAndOffice(line)
    if (signed) return signed
    const dashed = readDayDashPlaceLine(line)
    if (dashed) return dashed
    const spaced = readDaySpacePlaceLine(line)
    if (spaced) return spaced
  }
  const labelled = PLACE_LABEL().exec(line)
  if (labelled) return labelledPlace(line, labelled[0].length)
  if (line.charCodeAt(0) !== 40 && !UPPER_FIRST().test(line)) return null
  const placed = PLACE_LINE().exec(line)
  if (!placed || !balanced(line)) return null
  const bracketed = placed[8] !== undefined
  const name = bracketed ? placed[8]! : placed[1]!
  const start = bracketed ? 1 : 0
  const hasDay = placed[3] !== undefined || placed[5] !== undefined
  const day = hasDay ? dayOf(placed, 2) : NO_DAY
  // "Lyon (France)": a city with its country in brackets is a place however it is written.
  if (!day || !isPlace(name, hasDay || bracketed || name.includes('('))) return null
  // "GENEVA (5 March 2024)": a day in brackets also follows a byline's name or a label's: only a
  // place's makes a dateline.
  if (hasDay && !bracketed && DAY_IN_BRACKETS.test(line.slice(name.length)) && !isPlaceBesideDay(name))
    return null
  if (LONE_CAPITALS().test(line) && !writesAsPlace(line, contextOf(options))) return null
  return {
    end: line.length,
    place: { start, end: start + withoutWeekday(withoutWireTag(name)).length },
    ...day,
  }
}

/** The opening of a day in brackets after a place's name. */
const DAY_IN_BRACKETS = /^[ \t\u00a0]{1,2}\(/

/** One word in capitals alone on its line, no mark after it: a place ("WASHINGTON") or an acronym ("IMCO"). */
const LONE_CAPITALS = lazyRegExp(String.raw`^\p{Lu}[\p{Lu}.’'-]{0,23}[\p{Lu}.]$`, 'u')
/**
 * Most capitals of a body's initials, alone or before its branch in brackets ("NCA –", "NCA
 * (Scotland)", "HSE (Wales)"); a place's name in capitals is longer ("ROME –", "LONDON (England)")
 * but a few towns' ("ELY –", "RYE –"), which the release names as places.
 */
const MAX_BRANCH_INITIALS = 3
/** Vowels, one of which every place's name in Latin letters holds. */
const NAME_VOWELS = /[AEIOUYÀ-ÖØ-Ý]/

function contextOf(options: DatelineOptions): string {
  const context = options.context
  return typeof context === 'function' ? context() : (context ?? '')
}

/**
 * Whether a word in capitals alone on its line is a place by the release's text: written there in
 * mixed case ("WASHINGTON" and "in Washington"), as an acronym never is ("IMCO", "ECB"), and
 * not the initials of a name the release writes ("ECB" and "the European Central Bank").
 */
function writesAsPlace(word: string, context: string): boolean {
  const mixed = word[0] + word.slice(1).toLowerCase()
  return writtenAsWord(mixed, context) && !spellsInitials(word, context)
}

/**
 * Whether a word in capitals opening a paragraph before its dash (`end`) is a body's initials,
 * not a place: capitals with no vowel ("HMRC –", "NHS (England) –"); a body the lexicons know
 * ("WHO –", "UNICEF –"); the initials of a name the release spells ("ECB" and "the European
 * Central Bank"); three capitals or fewer, unless the release names the place in mixed case
 * ("NCA –", "FBI –", "NCA (Scotland) –"; "ELY – … a burglary in Ely" is a place); up to five
 * before a nation of the state in brackets, a body's branch, unless the release writes the word in
 * mixed case ("SEPA (Scotland) –"; "NAIRN (Scotland) – … in Nairn" is a place); or a word the release
 * writes again in capitals among other words and never in mixed case, as it writes a body ("SEPA –
 * … SEPA said"; "ROME – … in Rome" is a place, and so is "DEAL –" in a title all in capitals).
 * `branch` is what the brackets after the word hold.
 */
function readsAsInitials(
  head: string,
  text: string,
  end: number,
  context: string,
  branch: string | undefined,
): boolean {
  if (!NAME_VOWELS.test(head) || isKnownBody(head)) return true
  const release = `${text}\n${context}`
  if (spellsInitials(head, release)) return true
  const mixed = head[0] + head.slice(1).toLowerCase()
  // No place's name in capitals is so short but a town's, which the release names as a place.
  if (head.length <= MAX_BRANCH_INITIALS) return !namedAsPlace(mixed, release)
  if (head.length > MAX_REPEATED_INITIALS || writtenAsWord(mixed, release)) return false
  if (branch !== undefined && BODY_NAME_PLACES.includes(branch)) return true
  // The release's text may hold the paragraph itself: the dateline's word is then one of them.
  const times = context.includes(text.slice(0, end)) ? 2 : 1
  return writtenTimes(head, text.slice(end), 1) || writtenTimes(head, context, times)
}

/** Most letters of initials told by being written again: longer capitals are mostly a place's ("LONDON"). */
const MAX_REPEATED_INITIALS = 5

/** Whether a body's initials are listed: an agency's or a UN body's tag, or a known body ("NHS", "UNICEF"). */
function isKnownBody(head: string): boolean {
  return (
    INTERNATIONAL_BODY_SET.has(head) ||
    PROGRAMME_TAG().test(head) ||
    WIRE_AGENCY_SET.has(head.toLowerCase()) ||
    Object.hasOwn(KNOWN_BODIES, head)
  )
}

/**
 * Whether a word in capitals stands in a text as a word of its own at least `times` times, on a
 * line with words in lower case: a line all in capitals (a title, a signature's "DEAL TOWN
 * COUNCIL") writes a place so as readily as a body.
 */
function writtenTimes(word: string, text: string, times: number): boolean {
  let seen = 0
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!
    const after = text[at + word.length] ?? ''
    if (LETTER().test(before) || LETTER().test(after) || !inLineWithLowerCase(text, at)) continue
    if (++seen === times) return true
  }
  return false
}

/** Whether the line of `text` around offset `at` holds a letter in lower case. */
function inLineWithLowerCase(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1
  const newline = text.indexOf('\n', at)
  return LOWER().test(text.slice(start, newline < 0 ? text.length : newline))
}

/** An acronym has at most this many letters for `spellsInitials` to look for its name. */
const MAX_INITIALS = 6
/** Small words a name may hold between the words an acronym takes its letters from. */
const INITIALS_LINKS = '(?:(?:of|and|for|on|the|&)[ \\t\\u00a0\\n]{1,3}){0,2}'

/**
 * Whether a word in capitals spells the initials of capitalised words the release writes in a
 * row, small words between allowed: "ECB" and "European Central Bank", "NCA" and "National
 * Crime Agency", "FBI" and "Federal Bureau of Investigation".
 */
function spellsInitials(word: string, context: string): boolean {
  const letters = word.replace(/[^\p{Lu}]/gu, '')
  if (letters.length < 2 || letters.length > MAX_INITIALS) return false
  const words = [...letters].map((l) => `${l}[\\p{Ll}’'-]{1,24}`)
  return bmpRegExp(
    `(?<![\\p{L}])${words.join(`[ \\t\\u00a0\\n]{1,3}${INITIALS_LINKS}`)}(?![\\p{L}])`,
    'u',
  ).test(context)
}

/** The name of an office after a day and a place has at most this many words. */
const MAX_OFFICE_WORDS = 8
/** Links inside an office's name: "Department of Fisheries and Oceans". */
const OFFICE_LINKS = new Set(['&', 'and', 'for', 'of', 'on', 'the'])

/**
 * A day and a place, then the name of the office that issues the release, as a line of its own:
 * "May 14, 2024 — Surrey, British Columbia — Public Safety Canada", as the Government of Canada
 * prints it above the story. The office's name is capitalised words, no figure, no stop.
 */
function readDayPlaceAndOffice(line: string): DatelineReading | null {
  const opening = readOpeningDateline(line)
  if (!opening?.date || !opening.place) return null
  const words = line
    .slice(opening.end)
    .trim()
    .split(/[ \t\u00a0]+/)
  if (words.length > MAX_OFFICE_WORDS || words.some((w) => !isOfficeWord(w))) return null
  return { ...opening, end: line.length }
}

/** A day with its year, then a place after a space alone: "March 4, 2025 Ottawa, Ontario". */
const SPACED_LINE = lazyBmpRegExp(`^${DAY}${SP}{1,3}(${PLACE})$`, 'u')

/**
 * A day written in full with its year, then a place after a space, on a line of its own, as a
 * page's line of details reads when its columns lose their gap. The same names as beside a
 * dash are no place ("3 March 2025 Police Scotland").
 */
function readDaySpacePlaceLine(line: string): DatelineReading | null {
  const m = SPACED_LINE().exec(line)
  if (!m || m[6] === undefined) return null
  const day = dayOf(m, 1)
  const name = m[7]!
  if (!day?.date || !isPlaceBesideDay(name)) return null
  return { end: line.length, place: { start: line.length - name.length, end: line.length }, ...day }
}

/** A dash between a day and a place on their line; a colon would make the words after it a label's. */
const LINE_DASH = `(?:${SP}{0,2}[–—―]${SP}{0,2}|${SP}{1,2}--?${SP}{1,2})`
/** The two orders of a day and a place set apart by a dash, compiled when first needed. */
let dashedLines: { dayFirst: RegExp; placeFirst: RegExp } | null = null

/**
 * A day and a place set apart by a dash on a line of their own, in either order: "March 3, 2025 -
 * Burns Lake, British Columbia", as the RCMP's pages print it above the story, or "The Hague, the
 * Netherlands – 3 March 2025". A person's or a body's name where the place would stand ("Jane Smith
 * – 3 March 2025", "Ministry of Justice – 3 March 2025") is a signature, not a place.
 */
function readDayDashPlaceLine(line: string): DatelineReading | null {
  if (!/[–—―-]/.test(line)) return null
  dashedLines ??= {
    dayFirst: bmpRegExp(`^${DAY}${LINE_DASH}(${PLACE})$`, 'u'),
    placeFirst: bmpRegExp(`^(${PLACE})${LINE_DASH}${DAY}$`, 'u'),
  }
  const dayFirst = dashedLines.dayFirst.exec(line)
  if (dayFirst) {
    const day = dayOf(dayFirst, 1)
    const name = dayFirst[7]!
    if (!day || !isPlaceBesideDay(name)) return null
    return { end: line.length, place: { start: line.length - name.length, end: line.length }, ...day }
  }
  const placeFirst = dashedLines.placeFirst.exec(line)
  if (!placeFirst) return null
  const day = dayOf(placeFirst, 2)
  const name = placeFirst[1]!
  if (!day || !isPlaceBesideDay(name)) return null
  return { end: line.length, place: { start: 0, end: name.length }, ...day }
}

/**
 * Whether a name that a dash sets beside a day is a place: no label, month or weekday, no word of
 * a rank, an office or a body, and not a person's name of plain capitalised words.
 */
function isPlaceBesideDay(name: string): boolean {
  if (!isPlace(name, true) || hasPersonShape(name)) return false
  for (const word of name.split(/[ \t\u00a0,/]+/)) {
    const bare = word.endsWith('.') ? word.slice(0, -1) : word
    if (NAME_WORDS.has(bare.toLowerCase()) || monthNumber(bare) !== null || weekdayNumber(bare) !== null)
      return false
  }
  return true
}

function isOfficeWord(w: string): boolean {
  return OFFICE_LINKS.has(w) || /^\p{Lu}[\p{L}’'.-]{0,30}$/u.test(w)
}

/** A place, a comma and a day in figures: "Brussels, 03/12/2024", "Berlin, 03.12.2024". Group: place. */
const PLACE_BEFORE_FIGURES = lazyBmpRegExp(`^(${PLACE}),${SP}{1,2}(?=\\d)`, 'u')

function readPlaceAndFigures(line: string, options: DatelineOptions): DatelineReading | null {
  const m = PLACE_BEFORE_FIGURES().exec(line)
  if (!m || !isPlace(m[1]!, true)) return null
  const day = readBareDayLine(line.slice(m[0].length), options)
  if (!day?.date) return null
  const place = { start: 0, end: withoutWeekday(m[1]!).length }
  return { end: line.length, place, date: day.date, dayOfYear: null }
}

/**
 * The symbol an institution files a release under, among a page's details: "SG/SM/22245",
 * "GA/12600" (the United Nations'), "IP/24/6123" (the European Commission's), "PR/2024/15".
 * Capitals and figures between slashes, no space.
 */
const DOCUMENT_SYMBOL = lazyRegExp(String.raw`^\p{Lu}{1,6}(?:\/[\p{Lu}\d.]{1,8}){1,4}$`, 'u')

/** The bar between the parts of a page's line of details. */
const BAR = /[ \t\u00a0]{0,3}\|[ \t\u00a0]{0,3}/
/**
 * A tab or a run of two spaces or more between the parts of a line of details, as a page laid
 * out in columns loses its cells in text: "March 4, 2025     Ottawa, Ontario     Parks Canada".
 */
const GAP = /[ \t\u00a0]{2,}|\t/
/** A page's line of details has at most this many parts. */
const MAX_BARRED_PARTS = 3

/** Whether a line longer than a dateline's is one once its gaps between columns count as one space. */
function spacedWithinLimit(line: string): boolean {
  if (line.length > 4 * MAX_LINE || !GAP.test(line)) return false
  return line.split(GAP).join(' ').length <= MAX_LINE
}

/**
 * A page's line of details, its parts set apart by bars, one of them the day: "By Jane Smith |
 * December 3, 2024", "Posted by: Media Relations | 3 December 2024", "3 December 2024 | News
 * release | Copenhagen, Denmark", "14 May 2024 | SG/SM/22245". The other parts are words (who
 * posted it, the section, a place, which is the dateline's), the time or the release's symbol; none
 * is a sentence.
 */
function readBarredLine(line: string, options: DatelineOptions): DatelineReading | null {
  const separator = line.includes('|') ? BAR : GAP.test(line) ? GAP : null
  if (!separator) return null
  const parts = line.split(separator)
  if (parts.length > MAX_BARRED_PARTS) return null
  let date: Date | null = null
  let place: DatelineReading['place'] = null
  let at = 0
  let afterDay = false
  for (const [k, part] of parts.entries()) {
    const start = line.indexOf(part, at)
    at = start + part.length
    const day = readBareDayLine(part, options)
    if (day?.date) {
      if (date) return null
      date = day.date
      afterDay = true
      continue
    }
    // "Statement | 5 March 2024 | Canberra": a name last, right after the day, is where it was
    // issued, as on a line of the day and the place alone ("May 8, 2023 | Washington, DC"); a
    // person's name there is who wrote it.
    // "Media release | Canberra | 5 March 2024": the same name right before the day, when the day
    // ends the line and a label, no place, opens it.
    const placeThenDay =
      k >= 1 &&
      k === parts.length - 2 &&
      !isPlace(parts[0]!, true) &&
      readBareDayLine(parts[k + 1]!, options)?.date != null
    const dayThenPlace = ((afterDay && k === parts.length - 1) || placeThenDay) && !hasPersonShape(part)
    afterDay = false
    // The place and the day as one part: "Press release | Brussels, 3 March 2025".
    const dated: DatelineReading | null = DIGIT.test(part) && !place ? readDatelineLine(part, options) : null
    if (dated?.date && dated.place) {
      if (date) return null
      date = dated.date
      place = { start: start + dated.place.start, end: start + dated.place.end }
      continue
    }
    if (readsAsTimeLine(part) || DOCUMENT_SYMBOL().test(part)) continue
    if (DIGIT.test(part) || !UPPER_FIRST().test(part) || /[.!?:;]$/.test(part)) return null
    const placed = PLACE_LINE().exec(part)
    if (!place && placed?.[1] === part && isPlace(part, dayThenPlace)) place = { start, end: at }
  }
  return date ? { end: line.length, place, date, dayOfYear: null } : null
}

/** A place's label on a line of its own: "Location: Phoenix, Arizona", "Dateline: Ottawa". */
const PLACE_LABEL = lazyRegExp(
  String.raw`^(?:location|place|dateline)[ \t\u00a0]{0,3}:[ \t\u00a0]{1,3}(?=\p{Lu})`,
  'iu',
)

/** The place after a place's label, which says it is one: any capitalised name that reads as a place line. */
function labelledPlace(line: string, from: number): DatelineReading | null {
  const placed = PLACE_LINE().exec(line.slice(from))
  const name = placed?.[1]
  if (!placed || name === undefined || placed[3] !== undefined || placed[5] !== undefined) return null
  if (!isPlace(name, true)) return null
  return { end: line.length, place: { start: from, end: from + name.length }, date: null, dayOfYear: null }
}

/** A line that is only a day, written out or in figures, or an update's notice of its day. */
function readDayLine(line: string, options: DatelineOptions): DatelineReading | null {
  return (
    readBareDayLine(line, options) ??
    readUpdateLine(line, options) ??
    readEmbargoLine(line, options) ??
    readPostedByLine(line, options)
  )
}

/**
 * Who posted the release, then its day, as a blog's page writes it: "Posted by Public Information
 * Office on May 14, 2024", "Posted by admin on 3 December 2024". Words, then "on". No group.
 */
const POSTED_BY = lazyRegExp(
  String.raw`^(?:posted|published|written)[ \t\u00a0]{1,3}by[ \t\u00a0]{1,3}\p{L}[\p{L}\p{N}&'’.-]{0,30}(?:[ \t\u00a0][\p{L}\p{N}&'’.-]{1,30}){0,6}[ \t\u00a0]{1,3}on[ \t\u00a0]{1,3}`,
  'iu',
)

function readPostedByLine(line: string, options: DatelineOptions): DatelineReading | null {
  const lead = POSTED_BY().exec(line)
  if (!lead) return null
  const day = readBareDayLine(line.slice(lead[0].length), options)
  return day?.date ? { ...day, end: line.length } : null
}

/**
 * How an embargo opens: "EMBARGO:", "Strictly embargoed until", "Under embargo until", "Embargoed
 * to", "Not for publication before", "Not for release until". No group.
 */
export const EMBARGO_LEAD = lazyRegExp(
  String.raw`^(?:(?:strictly[ \t\u00a0]{1,3})?(?:under[ \t\u00a0]{1,3})?embargo(?:ed)?(?![\p{L}])(?:[ \t\u00a0]{1,3}(?:until|till|to))?|not[ \t\u00a0]{1,3}for[ \t\u00a0]{1,3}(?:publication|release|broadcast)[ \t\u00a0]{1,3}(?:before|until))[ \t\u00a0]{0,3}:?[ \t\u00a0]{0,3}`,
  'iu',
)
/**
 * The hour an embargo lifts, before its day: "00:01 GMT,", "0001 HRS", "10am on", "00.01 hrs",
 * "10 A.M. EDT,", "9:30 a.m. ET".
 */
const EMBARGO_HOUR = lazyBmpRegExp(
  `^(?:\\d{1,2}[:.]?\\d{2}|\\d{1,2}(?=[ \\t\\u00a0]{0,2}[ap]\\.?m\\b))[ \\t\\u00a0]{0,2}(?:[ap]\\.?m\\.?|hrs|h)?(?:[ \\t\\u00a0]{0,2}(?:${TIME_ZONES.join('|')})(?![\\p{L}]))?[ \\t\\u00a0]{0,3}(?:,|on)?[ \\t\\u00a0]{0,3}`,
  'iu',
)

/**
 * An embargo's line with the day it lifts, in the forms the lines of a date alone do not read:
 * "EMBARGO: 00:01 Tuesday 3 December 2024", "Not for publication before 00.01 hrs Tuesday 3
 * December 2024", "EMBARGOED UNTIL: 0001 HRS TUESDAY 3 DECEMBER 2024".
 */
function readEmbargoLine(line: string, options: DatelineOptions): DatelineReading | null {
  const lead = EMBARGO_LEAD().exec(line)
  if (!lead) return null
  let rest = line.slice(lead[0].length)
  const hour = EMBARGO_HOUR().exec(rest)
  if (hour) rest = rest.slice(hour[0].length)
  if (rest.length === 0) return null
  const day = readBareDayLine(rest, options)
  return day?.date ? { ...day, end: line.length } : null
}

/**
 * An update's notice at the head of a release: "Update", "UPDATED" or "Last updated", perhaps a
 * mark, then what is left of the line. No group.
 */
const UPDATE_LEAD = lazyRegExp(
  String.raw`^(?:last[ \t\u00a0]{1,3})?update[d]?(?![\p{L}])[ \t\u00a0]{0,3}(?:[:,–—-][ \t\u00a0]{0,3})?`,
  'iu',
)

/** Whether a line opens with an update's notice ("Update 5 June 2024:", "UPDATED: …"). */
export function opensWithUpdate(line: string): boolean {
  return UPDATE_LEAD().test(line)
}

/**
 * An update's notice of its day, which the lines of a date alone do not read: "Update 5 June
 * 2024:", "UPDATE (June 5, 2024):", "Updated – 12 March 2024, 14:05:". The day may stand in
 * brackets and a colon may close the line, before the update's text below.
 */
function readUpdateLine(line: string, options: DatelineOptions): DatelineReading | null {
  const lead = UPDATE_LEAD().exec(line)
  if (!lead) return null
  let from = lead[0].length
  let to = line.length
  if (line.charCodeAt(to - 1) === 58) to--
  while (to > from && isWhiteSpace(line.charCodeAt(to - 1))) to--
  if (line.charCodeAt(from) === 40 && line.charCodeAt(to - 1) === 41) {
    from++
    to--
  }
  if (to <= from) return null
  const day = readBareDayLine(line.slice(from, to), options)
  return day && { ...day, end: line.length }
}

/** A line that is only a day, written out or in figures. */
function readBareDayLine(line: string, options: DatelineOptions): DatelineReading | null {
  const spaced = oneSpaceEach(line)
  const written = DATE_LINE().exec(spaced)
  const day = written ? dayOf(written, 1) : null
  if (day) return { end: line.length, place: null, ...day }
  const numeric = NUMERIC_LINE().exec(spaced)
  if (!numeric || (numeric[1] && weekdayNumber(numeric[1]) === null)) return null
  if (numeric[3] === '-' && numeric[5]!.length < 4) return null
  const date = numeric[6]
    ? toDate(Number(numeric[6]), Number(numeric[7]), Number(numeric[8]))
    : numericDate(
        Number(numeric[2]),
        Number(numeric[4]),
        fullYear(numeric[5]!),
        isMonthFirst(options.monthFirst ?? false),
      )
  return date ? { end: line.length, place: null, date, dayOfYear: null } : null
}

/**
 * Two hyphens as a wire closes its day, spaced or not: "--(BUSINESS WIRE)--March 4, 2025--Acme"; a
 * figure after them is a range's end ("March 4--5"), not the story.
 */
const DOUBLE_HYPHEN = `${SP}{0,2}--(?![\\d-])${SP}{0,2}`
/**
 * A day, in brackets or not, then the mark before the story: after an update's notice ("UPDATE 5
 * June 2024:"), a place's dash ("WASHINGTON, DC – December 3, 2024 –") or a wire's tag
 * ("SAN FRANCISCO--(BUSINESS WIRE)--March 4, 2025--"). Groups: DAY's six twice.
 */
const DAY_BEFORE_STORY = lazyBmpRegExp(`(?:\\(${DAY}\\)|${DAY})(?:${SEPARATOR}|${DOUBLE_HYPHEN})`, 'uy')

/** The day of an update's notice that opens a paragraph at `from`, with the story after it on the same line. */
function updateOpening(text: string, from: number): DatelineReading | null {
  return dayBeforeStory(text, from, null)
}

/** A day at `from` (after spaces), its mark, then the story on the same line: the dateline up to the mark. */
function dayBeforeStory(text: string, from: number, place: DatelineReading['place']): DatelineReading | null {
  let i = from
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++
  DAY_BEFORE_STORY().lastIndex = i
  const m = DAY_BEFORE_STORY().exec(text)
  if (!m) return null
  // DAY's groups in brackets are 1 to 6, without them 7 to 12; a matched day has its day number.
  const day = m[2] !== undefined || m[4] !== undefined ? dayOf(m, 1) : dayOf(m, 7)
  return day && story(text, i + trimmedEnd(m[0]), place, day)
}

/** Whether every bracket a dateline opens it also closes: "(June 4, 2024)", not "(June 4, 2024". */
function balanced(s: string): boolean {
  let depth = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 40) depth++
    else if (c === 41) depth--
  }
  return depth === 0
}

/**
 * Reads a dateline that opens a paragraph: a place and a separator ("WASHINGTON –"), a place
 * and a date ("DAYTON, Ohio, Dec. 3, 2024 –"), a date ("MAY 14—", "24 April 2018 -"), perhaps
 * followed by a place in brackets ("APR 18 - (Tampa, FL)"), a place in brackets alone
 * ("(Washington, D.C.)"), or a place alone before a colon and a full sentence ("Los Angeles:").
 * The story must follow on the same line.
 */
export function readOpeningDateline(text: string, context = ''): DatelineReading | null {
  const c = text.charCodeAt(0)
  // Every form opens with a capital, a digit or a bracket: most paragraphs are skipped at once.
  if (!(c === 40 || (c >= 48 && c <= 57) || UPPER_FIRST().test(text))) return null
  // A full stop may end a dateline with its day in words or in figures, before any dash.
  const stopped = placeDayStop(text) ?? placeNumericFirst(text)
  if (stopped) return stopped
  // And but the bracketed place, every form ends in a dash, a colon or an agency's bracket within
  // its first few hundred characters: a paragraph with none that early is no dateline, and the
  // patterns need not run.
  if (c !== 40 && !separatorWithin(text, OPENING_REACH)) return null
  // "UPDATE 5 June 2024: A man has now been charged …": an update's notice of its day opens the story.
  const update = UPDATE_LEAD().exec(text)
  const updated = update ? updateOpening(text, update[0].length) : null
  if (updated) return updated
  const placeFirst = PLACE_FIRST().exec(text)
  if (placeFirst && balanced(placeFirst[0])) {
    const written = placeFirst[1]!
    const untagged = withoutWireTag(written)
    // "Dublin, Tuesday, 3rd December 2024 –": the weekday is the day's, not a part of the place.
    const name = withoutWeekday(untagged)
    const hasDay = placeFirst[3] !== undefined || placeFirst[5] !== undefined
    const day = hasDay ? dayOf(placeFirst, 2) : NO_DAY
    const colon = placeFirst[9]!.includes(':')
    // A bar parts a page's details as well ("Home | News"): only a place's day before it makes a dateline.
    const barred = placeFirst[9]!.includes('|')
    // No mark after the bracket: the bracket must hold a listed agency's tag.
    const bare = placeFirst[9] === '' && !placeFirst[0].endsWith('--')
    const bareOk =
      !bare || isAgencyTag(placeFirst[8]!) || isAgencyTag(written.slice(written.lastIndexOf('(')))
    // An agency's tag is a dateline's own mark: "Washington (AP) —" is one in any case.
    const tagged = untagged !== written || placeFirst[8] !== ''
    const sure = hasDay || tagged || name.includes(',')
    const end = trimmedEnd(placeFirst[0])
    // A colon also ends labels and names ("Supt Jane Smith, Local Commander:"): only a place in
    // capitals with its region or a date takes one ("ABIDJAN, Côte d’Ivoire:"), or a place alone
    // before a full sentence ("Los Angeles: Detectives are seeking …"). So does a dash after a
    // place in mixed case with no region ("Baltimore – A man was sentenced …").
    const placeAlone =
      !sure &&
      (colon || LOWER().test(name)) &&
      placeBeforeStory(name, text.slice(end, end + OPENING_REACH), context)
    // A day and a listed agency's tag make it one in mixed case too: "Islamabad, June 4 (APP):";
    // so does a day after a name that is no person's, body's or label's, before a story that opens
    // with a capital, not a quotation ("Canberra, 3 March 2025: The Australian Federal Police …").
    const colonOk =
      !colon ||
      placeAlone ||
      (sure && !LOWER().test(name.split(',')[0]!)) ||
      (hasDay && isAgencyTag(placeFirst[8]!)) ||
      (hasDay && isPlaceBesideDay(name) && UPPER_FIRST().test(text.slice(end).trimStart())) ||
      // "Canberra, ACT: The Government …": a region's abbreviation after a name that is no
      // person's, body's or label's makes it a place's.
      (endsInRegionAbbreviation(name) &&
        isPlaceBesideDay(name.split(',')[0]!) &&
        UPPER_FIRST().test(text.slice(end).trimStart()))
    // "ECB – The European Central Bank …", "NCA –", "SEPA (Scotland) –": a body's initials, not a place.
    const head = name.split(' (')[0]!
    const branch = name.length > head.length ? name.slice(head.length + 2, -1) : undefined
    const acronym = !sure && LONE_CAPITALS().test(head) && readsAsInitials(head, text, end, context, branch)
    const barOk =
      !barred || (hasDay && isPlaceBesideDay(name) && UPPER_FIRST().test(text.slice(end).trimStart()))
    // Two hyphens with no space also join words ("Anti--Social"): only a place in capitals, or
    // with its region, its day or its tag, takes them ("WASHINGTON--", "PHARR, Texas--").
    const tightOk = placeFirst[9] !== '--' || sure || name === name.toUpperCase()
    if (day && colonOk && barOk && bareOk && tightOk && !acronym && isPlace(name, sure || placeAlone)) {
      const place = { start: 0, end: name.length }
      // The day may follow the place's dash, with a dash of its own: "WASHINGTON, DC – December 3,
      // 2024 – The …".
      const dated = hasDay || colon ? null : dayBeforeStory(text, end, place)
      const read = dated ?? story(text, end, place, day)
      return read && tagged ? { ...read, tagged } : read
    }
  }
  const dateFirst = DATE_FIRST().exec(text)
  if (dateFirst && balanced(dateFirst[0])) {
    const day = dayOf(dateFirst, 1)
    const name = dateFirst[7]
    const comma = dateFirst[8] !== undefined
    if (day && (name === undefined || isPlace(name, true))) {
      const end = trimmedEnd(dateFirst[0])
      if (name !== undefined) return story(text, end, { start: end - 1 - name.length, end: end - 1 }, day)
      // "December 3, 2024 – OTTAWA – The RCMP …": the place may follow the day, with a mark of its own.
      const after = placeAfterDay(text, dateFirst[0].length, comma, context)
      if (after) return story(text, after.end, after.place, day)
      if (!comma) return story(text, end, null, day)
    }
  }
  const bracketed = PLACE_IN_BRACKETS().exec(text)
  if (bracketed && isPlace(bracketed[1]!, true)) {
    const hasDay = bracketed[3] !== undefined || bracketed[5] !== undefined
    const day = hasDay ? dayOf(bracketed, 2) : NO_DAY
    if (day) return story(text, trimmedEnd(bracketed[0]), { start: 1, end: 1 + bracketed[1]!.length }, day)
  }
  return null
}

/**
 * "LONDON, 5 March 2024. The Home Office …", "Brussels, Tuesday 12 February 2024. The
 * Commission …": a place, its comma, a day with its year, then a full stop (and perhaps a dash:
 * "NEW YORK, 5 March 2024. – UNICEF …") and the story. Groups:
 * place; DAY's six. The year and a place that is no person's, body's or day's make it a dateline:
 * "London, the capital, …" and "Paris. The city …" name no day.
 */
const PLACE_DAY_STOP = lazyBmpRegExp(
  `^(${PLACE}),${SP}{1,2}${DAY}\\.(?:${SP}{1,2}[–—-])?(?=${SP}{1,3}\\S)`,
  'u',
)
/** A year and a full stop: where `PLACE_DAY_STOP` can match at all. */
const YEAR_STOP = /(?:19|20)\d{2}\./

function placeDayStop(text: string): DatelineReading | null {
  if (!YEAR_STOP.test(text.slice(0, OPENING_REACH))) return null
  const m = PLACE_DAY_STOP().exec(text)
  if (!m || m[7] === undefined) return null
  const name = withoutWeekday(m[1]!)
  const end = m[0].length
  if (!isPlaceBesideDay(name) || !UPPER_FIRST().test(text.slice(end).trimStart())) return null
  const day = dayOf(m, 2)
  return day && story(text, end, { start: 0, end: name.length }, day)
}

/**
 * A place and a day in figures opening the story ("Brussels, 18.06.2024 – The …", "Brussels,
 * 5.3.2024. The …"). Full stops
 * write the day first; slashes are read only when a part over 12 tells the order, as a US
 * release writes the month first.
 */
function placeNumericFirst(text: string): DatelineReading | null {
  // The place pattern is costly to compile and run: only where such a day stands near the start.
  if (!NUMERIC_DAY.test(text.slice(0, NUMERIC_DAY_REACH))) return null
  const m = PLACE_NUMERIC_FIRST().exec(text)
  if (!m || m[6]!.includes(':') || !isPlace(withoutWeekday(m[1]!), true)) return null
  // After a full stop, as after a day in words, the name must be a place's and a sentence follow.
  const stop = m[6]!.startsWith('.')
  if (
    stop &&
    (!isPlaceBesideDay(withoutWeekday(m[1]!)) || !UPPER_FIRST().test(text.slice(m[0].length).trimStart()))
  )
    return null
  const first = Number(m[2])
  const second = Number(m[4])
  if (m[3] === '/' && first <= 12 && second <= 12) return null
  const date = numericDate(first, second, Number(m[5]), false)
  if (!date) return null
  return story(text, trimmedEnd(m[0]), { start: 0, end: m[1]!.length }, { date, dayOfYear: null })
}

/**
 * A place after a dateline's day, at `from`, and its mark: "December 3, 2024 – OTTAWA –", "3
 * December 2024, Geneva –". After a dash, a place in capitals or with its region is one, and one
 * in mixed case alone must be followed by a full sentence, as before a place's dash that opens the
 * paragraph; after the day's comma, which ties the two, any capitalised name that is no person's.
 */
function placeAfterDay(
  text: string,
  from: number,
  comma: boolean,
  context: string,
): { end: number; place: { start: number; end: number } } | null {
  PLACE_AFTER_DAY().lastIndex = from
  const m = PLACE_AFTER_DAY().exec(text)
  if (!m || !balanced(m[0])) return null
  const name = withoutWeekday(withoutWireTag(m[1]!))
  if (monthNumber(name) !== null || weekdayNumber(name) !== null) return null
  const end = from + trimmedEnd(m[0])
  const colon = m[2]!.includes(':')
  const after = text.slice(end, end + OPENING_REACH)
  const capitals = !LOWER().test(name.split(',')[0]!)
  const found = comma
    ? isPlace(name, true) && (!hasPersonShape(name) || namedAsPlace(name, `${after}\n${context}`))
    : (isPlace(name, false) && (!colon || capitals)) || placeBeforeStory(name, after, context)
  return found ? { end, place: { start: from, end: from + name.length } } : null
}

/**
 * Words that make a name before a colon a person's or a body's, not a place's: ranks, honorifics
 * and offices ("Chief Inspector Jones:", "Mr Smith:", "Policing Minister:") and the words of
 * organisations ("Crown Court:"). Lower case.
 */
const NAME_WORDS = new Set(
  [...TITLES.filter((t) => !/[ -]/.test(t)), ...HONORIFICS, ...OFFICE_HEADS, ...ORGANISATION_WORDS].map((w) =>
    w.toLowerCase(),
  ),
)
/** Pronouns of a speaker: after a name and a colon they open speech ("Jane Smith: We will …"). Keep sorted. */
export const SPEAKER_PRONOUNS: readonly string[] = ['I', 'Me', 'My', 'Our', 'Us', 'We', 'You', 'Your']
const SPEAKER_PRONOUN_SET = new Set(SPEAKER_PRONOUNS)
/** The first person inside a sentence, as written there ("US" in capitals is a country). */
const FIRST_PERSON = new Set(['I', 'me', 'my', 'our', 'us', 'we'])
/** Marks that may end a word in a sentence: "us," "we." "me”". */
const WORD_END_MARKS = ',;:.!?’\'"”)'
const PARTICLE_SET = new Set([...PLACE_PARTICLES, 'the'])
/**
 * Common words that make part of a place's name ("New York", "Kansas City", "Palmerston North",
 * "Long Beach"): a story may write them in lower case all the same. Lower case, keep sorted.
 */
export const PLACE_NAME_WORDS: readonly string[] = [
  'bay',
  'beach',
  'city',
  'coast',
  'county',
  'cove',
  'creek',
  'east',
  'falls',
  'forest',
  'fort',
  'grand',
  'great',
  'grove',
  'harbor',
  'harbour',
  'heights',
  'hill',
  'hills',
  'island',
  'lake',
  'little',
  'long',
  'lower',
  'mount',
  'new',
  'north',
  'park',
  'point',
  'port',
  'rapids',
  'ridge',
  'river',
  'saint',
  'san',
  'santa',
  'south',
  'springs',
  'st',
  'town',
  'upper',
  'vale',
  'valley',
  'village',
  'wells',
  'west',
]
const PLACE_NAME_WORD_SET = new Set(PLACE_NAME_WORDS)
const AUXILIARY_SET = new Set(AUXILIARY_VERBS)
/** A story's first sentence has at least this many words. */
const MIN_SENTENCE_WORDS = 4
/** A verb that makes a sentence of a line: a past in -ed, or a reporting verb. */
const PAST_OR_SAID = lazyRegExp(String.raw`^(?:\p{Ll}{2,24}ed|said|says)[,;]?$`, 'u')

/**
 * A place alone before a colon or a dash, in any case ("Los Angeles: Detectives are seeking …",
 * "Baltimore – A man was sentenced …"). Both also end labels, names and kickers ("Update:", "Jane
 * Smith: We …", "Security Union: Commission outlines priorities"), so no word may be a rank, honorific, office, body, month or weekday (the
 * labels are `isPlace`'s to refuse), and the story after it must open with a full sentence.
 */
function placeBeforeStory(name: string, after: string, context: string): boolean {
  if ((name.match(LETTERS())?.length ?? 0) < 3) return false
  if (hasPersonShape(name) && !namedAsPlace(name, `${after}\n${context}`)) return false
  for (const word of name.split(/[ \t\u00a0/]+/)) {
    const bare = word.endsWith('.') ? word.slice(0, -1) : word
    const lower = bare.toLowerCase()
    if (PARTICLE_SET.has(lower)) continue
    if (NAME_WORDS.has(lower) || monthNumber(bare) !== null || weekdayNumber(bare) !== null) return false
    // A place's own name is capitalised wherever it is written; a topic's words are common
    // nouns the story writes in lower case ("Knife Crime: … a week of action on knife crime").
    if (!PLACE_NAME_WORD_SET.has(lower) && writtenAsWord(lower, after)) return false
  }
  return opensWithSentence(after)
}

/** A word of a person's name: "Jane", "O'Brien", "McDonald", "Smith-Jones", or an initial ("J."). */
const NAME_PART = lazyRegExp(
  String.raw`^(?:\p{Lu}\.|(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$`,
  'u',
)

/**
 * Whether a name in mixed case reads as a person's ("Jane Smith", "Mark A. Jones"): two to four
 * capitalised words and initials, none of which a place's name holds ("New", "City", "San",
 * "of"). With no gazetteer, a place of two plain words alone before a colon or a dash ("Milton
 * Keynes –") is lost to this; one with its region ("Milton Keynes, Bucks –") or in capitals is not.
 */
function hasPersonShape(name: string): boolean {
  const words = name.split(/[ \t\u00a0]+/)
  // A name that says a word twice is a place's ("Wagga Wagga"), not a person's.
  if (words.length < 2 || words.length > 4 || new Set(words).size < words.length) return false
  return words.every(
    (w) =>
      NAME_PART().test(w) &&
      !PARTICLE_SET.has(w.toLowerCase()) &&
      !PLACE_NAME_WORD_SET.has(w.toLowerCase().replace(/\.$/, '')),
  )
}

/**
 * Words that put a place before them or after it, so a name written beside one elsewhere in the
 * release is a place's, not a person's: "in Milton Keynes", "near Ann Arbor", "Baton Rouge
 * Parish", "Milton Keynes City Council". Lower case; keep sorted.
 */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'across',
  'around',
  'in',
  'near',
  'outside',
  'throughout',
]
export const PLACE_DIVISIONS: readonly string[] = [
  'Borough',
  'City',
  'Council',
  'County',
  'Parish',
  'Province',
  'Region',
  'Shire',
  'Township',
]
const PLACE_PREPOSITION_SET = new Set(PLACE_PREPOSITIONS)
const PLACE_DIVISION_SET = new Set(PLACE_DIVISIONS)

/**
 * Whether the release writes a name, elsewhere, as a place's: after "in", "near", … ("jailed for
 * drug supply in Milton Keynes") or before "County", "Parish", … ("East Baton Rouge Parish
 * Sheriff's Office"). A person's name stands after "in" only as an owner ("in Jane Smith's
 * case"), so a name followed by "'s" does not count.
 */
function namedAsPlace(name: string, context: string): boolean {
  for (let at = context.indexOf(name); at >= 0; at = context.indexOf(name, at + 1)) {
    const end = at + name.length
    const next = context[end] ?? ''
    if (LETTER().test(next) || next === "'" || next === '’' || (at > 0 && LETTER().test(context[at - 1]!)))
      continue
    const before = /(\p{L}{1,12})[ \t\u00a0]{1,3}$/u.exec(context.slice(Math.max(0, at - 16), at))
    if (before && PLACE_PREPOSITION_SET.has(before[1]!.toLowerCase())) return true
    const after = /^[ \t\u00a0]{1,3}(\p{Lu}\p{Ll}{2,12})/u.exec(context.slice(end, end + 16))
    if (after && PLACE_DIVISION_SET.has(after[1]!)) return true
  }
  return false
}

/** Whether `word` stands in `text` as a whole word, as written. */
function writtenAsWord(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!
    const after = text[at + word.length] ?? ''
    if (!LETTER().test(before) && !LETTER().test(after)) return true
  }
  return false
}

/**
 * Whether a text opens with a full sentence of a story: a capitalised first word that is no
 * speaker's pronoun, a few words, a verb (an auxiliary, a past in -ed, "said") and an end. A
 * headline ("Commission outlines priorities", "Drug trafficking increasing") has no auxiliary and
 * often no full stop.
 */
function opensWithSentence(after: string): boolean {
  const text = after.trimStart()
  if (!UPPER_FIRST().test(text)) return false
  const stop = sentenceEnd(text)
  if (stop < 0) return false
  const words = text.slice(0, stop).split(/[ \t\u00a0\n]+/)
  if (words.length < MIN_SENTENCE_WORDS || SPEAKER_PRONOUN_SET.has(words[0]!)) return false
  // A speaker's sentence ("Jane Smith: The scheme has helped us …") speaks in the first person.
  if (words.some((w) => FIRST_PERSON.has(trimEndChars(w, WORD_END_MARKS)))) return false
  return words.some((w) => AUXILIARY_SET.has(w) || PAST_OR_SAID().test(w))
}

/** An office's name and its region's, in capitals or not, set apart by a slash: "WHO/AFRO", "WHO/Europe". */
const OFFICE_TAG = lazyRegExp(String.raw`^\p{Lu}{2,10}\/\p{Lu}[\p{L}]{1,20}$`, 'u')
/**
 * A UN body's tag: an acronym that opens with "UN" ("UNHCR", "UNICEF", "UNODC"), or a short
 * acronym joined by a hyphen to a word in mixed case ("UN-Habitat", "UN-Women"; "UN Women" with a
 * space). A region in brackets has neither shape: "(KWAZULU-NATAL)", "(Baden-Württemberg)",
 * "(DR Congo)".
 */
const PROGRAMME_TAG = lazyRegExp(String.raw`^(?:UN[A-Z]{2,5}|(?:\p{Lu}{2,4}-|UN )\p{Lu}\p{Ll}{2,20})$`, 'u')
/**
 * Intergovernmental bodies whose acronym does not open with "UN" and tags a dateline's place as a
 * UN programme's does: "ROME (FAO) –", "GENEVA (ILO) –", "VIENNA (IAEA) –". Keep sorted.
 */
export const INTERNATIONAL_BODY_TAGS: readonly string[] = [
  'FAO',
  'IAEA',
  'ICAO',
  'ICRC',
  'IFAD',
  'IFRC',
  'ILO',
  'IMF',
  'IMO',
  'IOM',
  'ITU',
  'OCHA',
  'OECD',
  'OHCHR',
  'OPCW',
  'UPU',
  'WFP',
  'WHO',
  'WIPO',
  'WMO',
  'WTO',
]
const INTERNATIONAL_BODY_SET: ReadonlySet<string> = new Set(INTERNATIONAL_BODY_TAGS)

/**
 * The place without an agency's tag or a broadcaster's call sign that the place pattern took as a
 * bracketed region: "WASHINGTON (AP)", "LAS VEGAS (KSNV)" and "NAIROBI (UN-Women)" are "WASHINGTON",
 * "LAS VEGAS" and "NAIROBI";
 * "Vienna (Austria)" stays.
 */
function withoutWireTag(name: string): string {
  if (!name.endsWith(')')) return name
  const open = name.lastIndexOf('(')
  if (open <= 0) return name
  const tag = name.slice(open + 1, -1)
  // An office and its region set apart by a slash ("WHO/AFRO") tag the place as an agency does.
  const agency =
    WIRE_AGENCY_SET.has(tag.toLowerCase()) || PROGRAMME_TAG().test(tag) || INTERNATIONAL_BODY_SET.has(tag)
  if (!agency && !isCallSign(tag) && !OFFICE_TAG().test(tag)) return name
  let end = open
  while (end > 0 && (name[end - 1] === ' ' || name[end - 1] === '\t' || name[end - 1] === '\u00a0')) end--
  return name.slice(0, end)
}

/** Whether a wire's tag after a day names a listed agency: " (APP)", " (Reuters)". */
function isAgencyTag(tag: string): boolean {
  const name = tag.trim()
  return name.startsWith('(') && name.endsWith(')') && WIRE_AGENCY_SET.has(name.slice(1, -1).toLowerCase())
}

/** A place without a weekday the place pattern took as its last part: "Dublin, Tuesday" is "Dublin". */
function withoutWeekday(name: string): string {
  const comma = name.lastIndexOf(',')
  if (comma <= 0) return name
  const last = name
    .slice(comma + 1)
    .trim()
    .replace(/\.$/, '')
  return weekdayNumber(last) === null ? name : name.slice(0, comma)
}

/**
 * The reading when a story follows it on the same line; null when nothing does. A paragraph
 * reflowed from a narrow column may be cut right after the dateline's dash ("OHRID, North
 * Macedonia –" over "Strengthening …"): the story on its next line follows it too.
 */
function story(
  text: string,
  end: number,
  place: DatelineReading['place'],
  day: NamedDay,
): DatelineReading | null {
  let i = end
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++
  if (i < text.length && (text[i] === '\n' || text[i] === '\r') && DASH_END.test(text.slice(0, end))) {
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1
    return CAPITAL_FIRST().test(text.slice(i, i + 1)) ? { end, place, ...day } : null
  }
  if (i >= text.length || text[i] === '\n' || text[i] === '\r') return null
  return { end, place, ...day }
}
/** A dateline's dash, at its end. */
const DASH_END = /[–—―][ \t\u00a0]*$/
const CAPITAL_FIRST = lazyRegExp(String.raw`^\p{Lu}`, 'u')

/** Offset after the last non-space character of a match. */
function trimmedEnd(match: string): number {
  let end = match.length
  while (end > 0 && (match[end - 1] === ' ' || match[end - 1] === '\t' || match[end - 1] === '\u00a0')) end--
  return end
}

/** A year as written: "24" is 2024. */
function fullYear(written: string): number {
  const year = Number(written)
  return written.length === 2 ? 2000 + year : year
}

/** A numeric day in the order the date parser reads it (a part over 12 is the day). */
function numericDate(first: number, second: number, year: number, monthFirst: boolean): Date | null {
  const { day, month } = numericDayMonth(first, second, monthFirst)
  return toDate(year, month, day)
}

/** A day as a dateline names it: with its year, or without. */
interface NamedDay {
  readonly date: Date | null
  readonly dayOfYear: DayOfYear | null
}

const NO_DAY: NamedDay = { date: null, dayOfYear: null }

/**
 * The day named by DAY's groups from `at` (weekday, day, month, month, day, year); null when a
 * word is no month or weekday, or the day is none of the month's (not a dateline at all).
 */
function dayOf(m: RegExpExecArray, at: number): NamedDay | null {
  const weekday = m[at]
  if (weekday !== undefined && weekdayNumber(weekday) === null) return null
  const monthWord = m[at + 2] ?? m[at + 3]
  const month = monthWord === undefined ? null : monthNumber(monthWord)
  if (month === null) return null
  const day = Number(m[at + 1] ?? m[at + 4])
  const year = m[at + 5]
  if (year !== undefined) {
    const date = toDate(Number(year), month, day)
    return date ? { date, dayOfYear: null } : null
  }
  // A leap year, so that 29 February passes.
  return toDate(2000, month, day) ? { date: null, dayOfYear: { month, day } } : null
}

/** Words of a role after a name and a comma, where a region would stand: "Jane Smith, Staff Writer". */
const ROLE_WORDS = new Set([
  ...NAME_WORDS,
  ...WRITER_ROLE_WORDS,
  ...PRESS_ROLE_WORDS.map((w) => w.toLowerCase()),
])

/**
 * Whether a part of a name after its comma names a role, not a region: "Staff Writer", "Public
 * Information Officer", "Corporate Communications", "PREMIER". A short word in capitals ("DC",
 * "NSW") is a region's abbreviation, whatever rank it may also spell.
 */
function namesRole(part: string): boolean {
  for (const word of part.split(/[ \t\u00a0]+/)) {
    const bare = word.endsWith('.') ? word.slice(0, -1) : word
    if ((LOWER().test(bare) || bare.length >= 4) && ROLE_WORDS.has(bare.toLowerCase())) return true
  }
  return false
}

/**
 * Whether a name read as a place is one: one in capitals ("WASHINGTON", "NEW ORLEANS") or one
 * with its region ("Tampa, Fla.") or, when `sure`, any capitalised name; never a label.
 */
function isPlace(name: string, sure: boolean): boolean {
  const parts = name.split(',').map((part) => part.trim())
  const first = parts[0]!
  for (const word of first
    .toLowerCase()
    .replace(/’/g, "'")
    // "GENEVA/BRUSSELS": each of the places a slash parts is read, so "Ends/Wednesday" is none.
    .split(/[ \t\u00a0/]+/)) {
    if (NOT_PLACE_WORDS.includes(word)) return false
  }
  if (parts.slice(1).some(namesRole)) return false
  if (sure || name.includes(',')) return true
  const letters = first.match(LETTERS())?.length ?? 0
  // "KINSHASA (DR Congo)": a region in brackets, in mixed case, after a name in capitals.
  const bracket = first.indexOf(' (')
  return letters >= 3 && !LOWER().test(bracket > 0 ? first.slice(0, bracket) : first)
}
