import { CARDINAL_WORDS } from '../text/number-words'
import { alternation as phraseAlternation } from '../text/patterns'
/**
 * Words the date matchers read, as data: months, weekdays, seasons, number words, units and the
 * modifiers that change a value. Keep each list sorted; the patterns are built longest first.
 */

/** Month names and their common abbreviations, mapped to 1-12 (keep sorted). */
export const MONTHS: Readonly<Record<string, number>> = {
  apr: 4,
  april: 4,
  aug: 8,
  august: 8,
  dec: 12,
  december: 12,
  feb: 2,
  february: 2,
  jan: 1,
  january: 1,
  jul: 7,
  july: 7,
  jun: 6,
  june: 6,
  mar: 3,
  march: 3,
  may: 5,
  nov: 11,
  november: 11,
  oct: 10,
  october: 10,
  sep: 9,
  sept: 9,
  september: 9,
}

/** The full name of each month, January first: the longest of its words in `MONTHS`. */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  Object.keys(MONTHS)
    .filter((w) => MONTHS[w] === i + 1)
    .reduce((a, b) => (b.length > a.length ? b : a)),
)

/** Weekday names and abbreviations, mapped to date-fns day numbers (Sunday 0, keep sorted). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  fri: 5,
  friday: 5,
  mon: 1,
  monday: 1,
  sat: 6,
  saturday: 6,
  sun: 0,
  sunday: 0,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
}

/**
 * The words after "the" that count a time from the one the text named before ("the following
 * week", "the previous March"), as a pattern's alternation.
 */
export const ANAPHORIC_WORDS = 'following|previous|preceding|prior'

/** Seasons and their TIMEX3 codes (keep sorted). */
export const SEASONS: Readonly<Record<string, 'SP' | 'SU' | 'FA' | 'WI'>> = {
  autumn: 'FA',
  fall: 'FA',
  spring: 'SP',
  summer: 'SU',
  winter: 'WI',
}

/** Number words up to twenty and the tens, for durations written out ("six years"), and "a"/"an" for one. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  hundred: 100,
  // "zero years" and "nought days" are not durations anyone writes.
  ...Object.fromEntries(Object.entries(CARDINAL_WORDS).filter(([, n]) => n > 0)),
}

/** Words for an unknown number of units, written `X` in the value ("a few weeks" is `PXW`; keep sorted). */
export const VAGUE_COUNTS: readonly string[] = [
  'a couple of',
  'a few',
  'a number of',
  'couple of',
  'few',
  'many',
  'several',
  'some',
]

/** A unit of time: its TIMEX3 letter, whether it is written after `T`, and how many of it make one. */
export interface TimeUnit {
  readonly letter: 'Y' | 'M' | 'W' | 'D' | 'H' | 'S'
  readonly time: boolean
  readonly times: number
}

/** Units of time by their singular name (keep sorted). */
export const UNITS: Readonly<Record<string, TimeUnit>> = {
  century: { letter: 'Y', time: false, times: 100 },
  day: { letter: 'D', time: false, times: 1 },
  decade: { letter: 'Y', time: false, times: 10 },
  fortnight: { letter: 'W', time: false, times: 2 },
  hour: { letter: 'H', time: true, times: 1 },
  hr: { letter: 'H', time: true, times: 1 },
  min: { letter: 'M', time: true, times: 1 },
  minute: { letter: 'M', time: true, times: 1 },
  month: { letter: 'M', time: false, times: 1 },
  night: { letter: 'D', time: false, times: 1 },
  second: { letter: 'S', time: true, times: 1 },
  week: { letter: 'W', time: false, times: 1 },
  year: { letter: 'Y', time: false, times: 1 },
}

/** A financial year's first month, and whether the year it ends in names it ("FY2024" ends in 2024). */
export interface FinancialYear {
  readonly firstMonth: number
  readonly namedByEnd: boolean
}

/** The UK's, April to March, named by the year it starts in: what a publisher of no known country gets. */
const UK_FINANCIAL_YEAR: FinancialYear = { firstMonth: 4, namedByEnd: false }

/**
 * Governments' financial years where they are not the UK's: the US federal year runs October to
 * September, Australia's and New Zealand's July to June, Canada's April to March, each named by
 * the year it ends in ("FY2024" is October 2023 to September 2024 in a US release).
 */
const FINANCIAL_YEARS: Readonly<Record<string, FinancialYear>> = {
  AU: { firstMonth: 7, namedByEnd: true },
  'AU-QLD': { firstMonth: 7, namedByEnd: true },
  'AU-WA': { firstMonth: 7, namedByEnd: true },
  CA: { firstMonth: 4, namedByEnd: true },
  NZ: { firstMonth: 7, namedByEnd: true },
  US: { firstMonth: 10, namedByEnd: true },
}

/**
 * A calendar-year budget, January to December: Ireland's, the EU's and the euro area's
 * governments'. "FY2024" is 2024.
 */
export const CALENDAR_FINANCIAL_YEAR: FinancialYear = { firstMonth: 1, namedByEnd: false }

/** The financial year of a publisher's country; the UK's when it is none of `FINANCIAL_YEARS`. */
export function financialYearOf(country: string | null | undefined): FinancialYear {
  return (country ? FINANCIAL_YEARS[country] : undefined) ?? UK_FINANCIAL_YEAR
}

/** Words between a count and its unit of time: "250 operational days", "three working days" (keep sorted). */
export const DURATION_ADJECTIVES: readonly string[] = [
  'academic',
  'additional',
  'business',
  'calendar',
  'clear',
  'consecutive',
  'extra',
  // "three financial years" is three years long, whatever day each starts on.
  'financial',
  'fiscal',
  'full',
  'further',
  'long',
  'more',
  'operational',
  'school',
  'straight',
  'successive',
  'whole',
  'working',
]

/**
 * Verbs whose particle is "in", in every form: "firearms handed in over four weeks", "calls phoned
 * in over the weekend". The "in" is no preposition before a length. Keep sorted.
 */
export const IN_PARTICLE_VERBS: readonly string[] = [
  'brought',
  'called',
  'calling',
  'hand',
  'handed',
  'handing',
  'hands',
  'paid',
  'phoned',
  'poured',
  'pouring',
  'rang',
  'rung',
  'sent',
  'turn',
  'turned',
  'turning',
  'turns',
]

/** Modifiers written before a duration and the TIMEX3 `mod` they give (keep sorted). */
export const DURATION_MODS: Readonly<Record<string, string>> = {
  'a little less than': 'LESS_THAN',
  'a little more than': 'MORE_THAN',
  'a little over': 'MORE_THAN',
  'a little under': 'LESS_THAN',
  'a maximum of': 'EQUAL_OR_LESS',
  'a minimum of': 'EQUAL_OR_MORE',
  about: 'APPROX',
  almost: 'LESS_THAN',
  approx: 'APPROX',
  'approx.': 'APPROX',
  approximately: 'APPROX',
  around: 'APPROX',
  'as little as': 'EQUAL_OR_MORE',
  'as long as': 'EQUAL_OR_LESS',
  'as many as': 'EQUAL_OR_LESS',
  'at least': 'EQUAL_OR_MORE',
  'at most': 'EQUAL_OR_LESS',
  'fewer than': 'LESS_THAN',
  'in excess of': 'MORE_THAN',
  'just less than': 'LESS_THAN',
  'just more than': 'MORE_THAN',
  'just over': 'MORE_THAN',
  'just under': 'LESS_THAN',
  'less than': 'LESS_THAN',
  'more than': 'MORE_THAN',
  nearly: 'LESS_THAN',
  'no less than': 'EQUAL_OR_MORE',
  'no more than': 'EQUAL_OR_LESS',
  'not exceeding': 'EQUAL_OR_LESS',
  'not less than': 'EQUAL_OR_MORE',
  'not more than': 'EQUAL_OR_LESS',
  roughly: 'APPROX',
  'slightly less than': 'LESS_THAN',
  'slightly more than': 'MORE_THAN',
  'slightly over': 'MORE_THAN',
  'slightly under': 'LESS_THAN',
  some: 'APPROX',
  under: 'LESS_THAN',
  'up to': 'EQUAL_OR_LESS',
  'upwards of': 'MORE_THAN',
  'well over': 'MORE_THAN',
  'well under': 'LESS_THAN',
}

/** Modifiers written before a month or season ("early November") and their `mod` (keep sorted). */
export const PART_MODS: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  early: 'START',
  'end of': 'END',
  late: 'END',
  mid: 'MID',
  'middle of': 'MID',
  'start of': 'START',
  'the beginning of': 'START',
  'the end of': 'END',
  'the middle of': 'MID',
  'the start of': 'START',
}

/** Words for the vague present, past and future (keep sorted). */
export const REFERENCE_WORDS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  'at present': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  // "who was 17 at the time": a past time the release does not date.
  'at the time': 'PAST_REF',
  currently: 'PRESENT_REF',
  now: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  presently: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  recently: 'PAST_REF',
  soon: 'FUTURE_REF',
  'the future': 'FUTURE_REF',
  'the past': 'PAST_REF',
}

/** Words that make a clause look forward: a month or weekday near them resolves to the next one (keep sorted). */
export const FUTURE_CUES: readonly string[] = [
  "'ll",
  '’ll',
  'adjourned to',
  'adjourned until',
  'aim to',
  'aims to',
  'are being planned',
  'are due',
  'are expected around',
  'are expected at',
  'are expected before',
  'are expected by',
  'are expected in',
  'are expected later',
  'are expected on',
  'are expected to',
  'are expected within',
  'are not expected to',
  'are planned',
  'are scheduled',
  'are set to',
  "aren't expected to",
  'aren’t expected to',
  'bailed to',
  'come into effect',
  'come into force',
  'comes into effect',
  'comes into force',
  'due to appear',
  'due to be',
  'face a mandatory',
  'face a maximum',
  'face up to',
  'faces a mandatory',
  'faces a maximum',
  'faces up to',
  'go into effect',
  'goes into effect',
  'going to',
  'is being planned',
  'is due',
  'is expected around',
  'is expected at',
  'is expected before',
  'is expected by',
  'is expected in',
  'is expected later',
  'is expected on',
  'is expected to',
  'is expected within',
  'is not expected to',
  'is planned',
  'is scheduled',
  'is set to',
  "isn't expected to",
  'isn’t expected to',
  'next',
  'penciled in for',
  'pencilled in for',
  'plan to',
  'plans to',
  'scheduled for',
  'scheduled to',
  'set down for',
  'set for',
  'shall',
  'slated for',
  'slated to',
  'take effect',
  'takes effect',
  'to appear',
  'to be sentenced',
  'to reappear',
  'to return',
  'upcoming',
  'was due to',
  'were due to',
  'will',
  'will be',
]

/**
 * Verbs of a timetable in the present tense: "the exhibition opens on Saturday", "the road closes
 * on Monday", "the event runs on Friday" say what is to come, as "will open" does (see `tenseAt`).
 * Keep sorted.
 */
export const SCHEDULE_VERBS: readonly string[] = [
  'begins',
  'closes',
  'commences',
  'concludes',
  'ends',
  'gets underway',
  'goes live',
  'goes on sale',
  'kicks off',
  'launches',
  'opens',
  'reopens',
  'resumes',
  'runs',
  'starts',
  'take place',
  'takes place',
]

/**
 * Verbs of coming back, in the present: "the festival returns on 12 July", "the market is back in
 * December", "services resume on 3 March". A return is news of what is to come, not a yearly
 * habit, so a day after one is the next of its name (see `tenseAt`). Keep sorted.
 */
export const RETURN_VERBS: readonly string[] = [
  'are back',
  'are reopening',
  'are returning',
  'come back',
  'comes back',
  'is back',
  'is reopening',
  'is returning',
  'reopen',
  'reopens',
  'resume',
  'resumes',
  'return',
  'returns',
]

/**
 * Opening and resuming verbs in the present that take an object: "the pool was closed and resumes
 * sessions on 3 March", "the library was shut and reopens its doors on 3 March". Read with the
 * object only after "and" closing a clause with a verb of being or having (see `tenseAt`). Keep
 * sorted.
 */
export const OPENING_VERBS_WITH_OBJECT: readonly string[] = [
  'begin',
  'begins',
  'open',
  'opens',
  'reopen',
  'reopens',
  'restart',
  'restarts',
  'resume',
  'resumes',
  'start',
  'starts',
]

/**
 * Verbs of a hearing to come, in the present: "the man appears in court on 3 March", "she stands
 * trial at Leeds Crown Court on 3 March", "they face trial on 3 March". A day after one is the
 * next of its name, as after "is due to appear" (see `tenseAt`). "Appear" only with the place
 * after it ("appears in court", "appears at Leeds Magistrates' Court", "appears before
 * magistrates"). Keep sorted.
 */
export const HEARING_VERBS: readonly string[] = ['appear', 'appears']
/** Where a hearing is held or who hears it, after "appears in", "at" or "before" (keep sorted). */
export const HEARING_PLACES: readonly string[] = [
  'bench',
  'court',
  'dock',
  'judge',
  'justices',
  'magistrates',
  'tribunal',
]
/**
 * A trial or a sentence to come, told in the present: "she stands trial on 3 March", "he is
 * sentenced on 3 March", "they are retried at Leeds Crown Court on 3 March". The past "was
 * sentenced" is no match (keep sorted).
 */
export const TRIAL_VERBS: readonly string[] = [
  'are retried',
  'are sentenced',
  'are tried',
  'face trial',
  'faces trial',
  'is retried',
  'is sentenced',
  'is tried',
  'stand trial',
  'stands trial',
]

/**
 * The same verbs with a plural subject: "applications close on 2 April", "the works begin in
 * May". Read only where no "to" or a verb of being stands before them ("was open on Sunday" is a
 * state, "forced to close on Friday" no timetable). Keep sorted.
 */
export const SCHEDULE_VERBS_PLURAL: readonly string[] = [
  'begin',
  'close',
  'commence',
  'conclude',
  'end',
  'get underway',
  'go live',
  'go on sale',
  'kick off',
  'launch',
  'open',
  'reopen',
  'resume',
  'run',
  'start',
]

/**
 * Things on a timetable, whose day is said with "is" or "are": "the meeting is on Friday", "the
 * deadline is Friday", "the trial is on 3 March" tell of the day to come, as "opens on Friday"
 * does. Not what recurs ("the
 * drop-in sessions are on Tuesday", "services are on Sunday"). Keep sorted.
 */
export const SCHEDULE_NOUNS: readonly string[] = [
  'appointment',
  'auction',
  'ceremony',
  'closing date',
  'concert',
  'conference',
  'consultation',
  'deadline',
  'election',
  'event',
  'exhibition',
  'festival',
  'final',
  'fixture',
  'funeral',
  'game',
  'hearing',
  'inquest',
  'kick-off',
  'launch',
  'match',
  'meeting',
  'parade',
  'sale',
  'trial',
  'vote',
  'webinar',
]

/**
 * Words that open the line stating when a release was put out ("Posted 09:40 on Friday",
 * "Published: Tuesday", "Last updated on Monday"): the day after them is past (keep sorted).
 */
export const PUBLICATION_LEADS: readonly string[] = [
  'date issued',
  'date posted',
  'date published',
  'first published',
  'issued',
  'last updated',
  'posted',
  'published',
  'updated',
]

/**
 * What a body announces for a time to come: "has confirmed arrangements for the Christmas period",
 * "have announced closures over Easter" look ahead (see `tenseAt`). Figures, arrests and results
 * announced for a period look back, so they are not here. Keep sorted.
 */
export const ARRANGEMENT_NOUNS: readonly string[] = [
  'advice',
  'arrangements',
  'changes',
  'closures',
  'collections',
  'diversions',
  'guidance',
  'hours',
  'opening times',
  'patrols',
  'plans',
  'restrictions',
  'schedule',
  'services',
  'timetable',
]

/** Past participles of announcing beside `ANNOUNCING_VERBS`: "has issued advice for", "have agreed changes over". Keep sorted. */
export const MORE_ANNOUNCING_PARTICIPLES: readonly string[] = [
  'agreed',
  'issued',
  'outlined',
  'released',
  'shared',
]

/** Irregular past tenses press releases use; regular ones are found by their `-ed` ending (keep sorted). */
export const PAST_VERBS: readonly string[] = [
  'became',
  'began',
  'bought',
  'broke',
  'brought',
  'built',
  'came',
  'caught',
  'chose',
  'dealt',
  'did',
  // "-ed" after three letters or more is read as past: "died" has two.
  'died',
  'drove',
  'fell',
  'felt',
  'fled',
  'fought',
  'found',
  'gave',
  'got',
  'grew',
  'had',
  'heard',
  'held',
  'hid',
  'kept',
  'knew',
  'led',
  'left',
  'lost',
  'made',
  'met',
  'paid',
  'ran',
  'rang',
  'rode',
  'rose',
  'said',
  'sank',
  'saw',
  'sent',
  'set up',
  'shot',
  'sold',
  'sought',
  'spent',
  'spoke',
  'stole',
  'stood',
  'struck',
  'swore',
  'taught',
  'thought',
  'threw',
  'told',
  'took',
  'understood',
  'was',
  'went',
  'were',
  'won',
  'wore',
  'wrote',
]

/**
 * Irregular past participles: after "has" or "have" they make a present perfect, which speaks of
 * what is done ("thefts have risen over Christmas", "the force has seen a rise"), as a regular one
 * in "-ed" does (keep sorted).
 */
export const PAST_PARTICIPLES: readonly string[] = [
  'been',
  'begun',
  'broken',
  'done',
  'fallen',
  'given',
  'gone',
  'grown',
  'risen',
  'seen',
  'shown',
  'stolen',
  'taken',
]

/** What a space inside a phrase of these lists matches in the date patterns ("at least", "the end of"). */
export const WORD_SPACE = '\\s{1,3}'

/**
 * `alternation` of text/patterns with `WORD_SPACE`, longest first so "september" wins over "sep".
 * Kept for context.ts, anniversary.ts and ahead.ts, which import it from here; the matchers call
 * text/patterns themselves.
 */
export function alternation(words: Iterable<string>): string {
  return phraseAlternation(words, WORD_SPACE)
}

/**
 * Plural nouns for people and things a release counts: after one, four digits are a count, not
 * a year ("arrested 1000 people", "the 1500 officers who", "all 2000 staff"), unless a
 * preposition of time opens them ("since 2019 officers have"). Nouns a year qualifies ("2023
 * figures", "2024 results", "the 2022 elections", "1988 sales") are left out on purpose. The
 * statistic normaliser reads the same list. Keep sorted.
 */
export const COUNTED_NOUNS: readonly string[] = [
  'adults',
  'animals',
  'applicants',
  'applications',
  'arrests',
  'beds',
  'bottles',
  'businesses',
  'calls',
  'cameras',
  'cars',
  'cases',
  'children',
  'citizens',
  'complaints',
  'crimes',
  'customers',
  'deaths',
  'devices',
  'doctors',
  'doses',
  'drivers',
  'dwellings',
  'employees',
  'families',
  'firearms',
  'guns',
  'hires',
  'homes',
  'households',
  'houses',
  'incidents',
  'injuries',
  'inmates',
  'items',
  'jobs',
  'knives',
  'meals',
  'members',
  'men',
  'migrants',
  'nurses',
  'offences',
  'offenders',
  'offenses',
  'officers',
  'packages',
  'parcels',
  'participants',
  'passengers',
  'patients',
  'people',
  'personnel',
  'persons',
  'pills',
  'plants',
  'police',
  'prisoners',
  'properties',
  'pupils',
  'recruits',
  'refugees',
  'reports',
  'residents',
  'respondents',
  'soldiers',
  'staff',
  'students',
  'suspects',
  'tablets',
  'teachers',
  'tickets',
  'trees',
  'troops',
  'vehicles',
  'victims',
  'visitors',
  'volunteers',
  'weapons',
  'women',
  'workers',
]

/** Words between a count and what it counts: "1500 new homes", "2000 extra officers". Keep sorted. */
export const COUNT_MODIFIERS: readonly string[] = [
  'additional',
  'affordable',
  'extra',
  'frontline',
  'more',
  'new',
  'other',
  'young',
]

/**
 * Plural determiners and possessives after which four digits before something counted are a
 * count: "the 1500 officers who", "all 2000 staff", "our 1200 volunteers". Keep sorted.
 */
export const COUNT_DETERMINERS: readonly string[] = [
  'all',
  'her',
  'his',
  'its',
  'my',
  'our',
  'the',
  'their',
  'these',
  'those',
  'whose',
  'your',
]

/**
 * Words that open a sentence before a figure and are never part of a name ("Another 1500
 * homes", "Some 2000 officers"): a capital on them names nothing. Keep sorted.
 */
export const SENTENCE_ADVERBS: readonly string[] = [
  'about',
  'all',
  'almost',
  'another',
  'around',
  'just',
  'nearly',
  'only',
  'over',
  'some',
]

/**
 * Words that may follow a year in two digits after a day and its month ("5 Mar 25 at 10:00",
 * "5 Mar 25 when"), where a noun would make the digits a count ("5 March 25 people"). Keep sorted.
 */
export const SHORT_YEAR_FOLLOWERS: readonly string[] = ['at', 'from', 'in', 'until', 'when', 'while']

/**
 * Words that may follow a year only its phrase makes one ("since 1861 when", "in 1829 the"): a
 * word that starts a new phrase; "in 1500 cases" is a count. Keep sorted.
 */
export const YEAR_PHRASE_FOLLOWERS: readonly string[] = [
  'after',
  'and',
  'as',
  'before',
  'by',
  'for',
  'he',
  'it',
  'she',
  'the',
  'they',
  'through',
  'till',
  'to',
  'under',
  'until',
  'we',
  'when',
  'with',
]

/** Nouns of change after which "in" gives what changed, not when: "a rise in 1500 cases" (keep sorted). */
export const CHANGE_NOUNS: readonly string[] = [
  'cut',
  'decrease',
  'drop',
  'fall',
  'growth',
  'increase',
  'jump',
  'reduction',
  'rise',
]

/** Words for the size of a sum: "£17 billion a year" is a rate (keep sorted). */
export const MAGNITUDE_WORDS: readonly string[] = ['billion', 'million', 'thousand', 'trillion']

/** Their short forms, written straight after the digits: "£5m a year" (keep sorted). */
export const MAGNITUDE_ABBREVIATIONS: readonly string[] = ['bn', 'k', 'm']

/**
 * Parts of the day written without a day ("in the early hours"), their TIMEX3 codes and mods
 * (keep sorted). "The early hours" are those of the morning, as "the early morning hours" are.
 */
/**
 * Prepositions of time that make four digits after them a year, whatever noun follows: "In 2023
 * officers made …", "since 2019", "from 1,200 in 2022 to 1,450". Not "by" ("rose by 1500 to
 * 12,000" counts) nor "from". Keep sorted.
 */
export const YEAR_PREPOSITIONS: readonly string[] = [
  'after',
  'before',
  'during',
  'in',
  'since',
  'throughout',
  'till',
  'until',
]

/**
 * The books of the Bible as a chapter and verse cites them ("John 3:16", "Psalm 23:4"): digits with
 * a colon after one are no clock time. The books a number leads ("1 Kings", "2 Samuel") are read
 * only with it, so that "Kings 7:30" on a fixture list stays a time. Keep sorted.
 */
export const SCRIPTURE_BOOKS: readonly string[] = [
  'Acts',
  'Amos',
  'Colossians',
  'Daniel',
  'Deuteronomy',
  'Ecclesiastes',
  'Ephesians',
  'Esther',
  'Exodus',
  'Ezekiel',
  'Ezra',
  'Galatians',
  'Genesis',
  'Habakkuk',
  'Haggai',
  'Hebrews',
  'Hosea',
  'Isaiah',
  'James',
  'Jeremiah',
  'Job',
  'Joel',
  'John',
  'Jonah',
  'Joshua',
  'Jude',
  'Judges',
  'Lamentations',
  'Leviticus',
  'Luke',
  'Malachi',
  'Mark',
  'Matthew',
  'Micah',
  'Nahum',
  'Nehemiah',
  'Numbers',
  'Obadiah',
  'Philemon',
  'Philippians',
  'Proverbs',
  'Psalm',
  'Psalms',
  'Revelation',
  'Romans',
  'Ruth',
  'Titus',
  'Zechariah',
  'Zephaniah',
]
/** The books a number leads: "1 Corinthians 13:4", "2 Kings 2:11". Keep sorted. */
export const NUMBERED_SCRIPTURE_BOOKS: readonly string[] = [
  'Chronicles',
  'Corinthians',
  'John',
  'Kings',
  'Peter',
  'Samuel',
  'Thessalonians',
  'Timothy',
]

/**
 * Words before digits with a stop that make them a clock time ("at 14.32", "from 9.30 on
 * Friday"), and the words after that tie such a time to its day ("9.30 on Friday", "9.30 this
 * morning"). The time matcher and the statistic normaliser read the same lists.
 */
export const DOTTED_TIME_LEADS: readonly string[] = ['at', 'between', 'from', 'till', 'until']
export const DOTTED_TIME_DAY_WORDS: readonly string[] = [
  'last',
  'on',
  'that',
  'this',
  'today',
  'tonight',
  'yesterday',
]

/**
 * Time zones written after a clock time ("14:30 GMT", "09:30 PDT", "10 a.m. ET"): they make bare
 * digits a time, and may close a date line. Not "west", "wet" or "mt" ("Mt Eden"), which are words
 * too. Lower case, matched in any case; keep sorted.
 */
export const TIME_ZONES: readonly string[] = [
  'acdt',
  'acst',
  'adt',
  'aedt',
  'aest',
  'akdt',
  'akst',
  'ast',
  'awst',
  'bst',
  'cdt',
  'cest',
  'cet',
  'cst',
  'ct',
  'edt',
  'eest',
  'eet',
  'est',
  'et',
  'gmt',
  'hst',
  'ist',
  'mdt',
  'mst',
  'ndt',
  'nst',
  'nzdt',
  'nzst',
  'pdt',
  'pst',
  'pt',
  'utc',
]

export const PARTS_OF_DAY: Readonly<Record<string, { code: string; mod: 'START' | 'MID' | 'END' | null }>> = {
  'early afternoon': { code: 'AF', mod: 'START' },
  'early evening': { code: 'EV', mod: 'START' },
  'early hours': { code: 'MO', mod: 'START' },
  'early morning': { code: 'MO', mod: 'START' },
  'early morning hours': { code: 'MO', mod: 'START' },
  'late afternoon': { code: 'AF', mod: 'END' },
  'late evening': { code: 'EV', mod: 'END' },
  'late morning': { code: 'MO', mod: 'END' },
  'mid afternoon': { code: 'AF', mod: 'MID' },
  'mid evening': { code: 'EV', mod: 'MID' },
  'mid morning': { code: 'MO', mod: 'MID' },
  'morning hours': { code: 'MO', mod: null },
  // British for the hours after midnight, as "the early hours".
  'small hours': { code: 'MO', mod: 'START' },
}

/** Words in -s before "a year" that are no plural count: "it was a year of change" (keep sorted). */
export const NOT_PLURAL_WORDS: readonly string[] = [
  'across',
  'as',
  'has',
  'his',
  'is',
  'its',
  'less',
  'this',
  'thus',
  'us',
  'was',
  'whereas',
]

/**
 * Nouns that make a day's name before them part of a proper name: "the Sunday Times", "Easter
 * Road", "Friday Harbor" (keep sorted).
 */
export const NAME_NOUNS: readonly string[] = [
  'Avenue',
  'Bay',
  'Beach',
  'Drive',
  'Express',
  'Harbor',
  'Harbour',
  'Herald',
  'Island',
  'Lane',
  'Mail',
  'Mirror',
  'Park',
  'Post',
  'Road',
  'Square',
  'Street',
  'Telegraph',
  'Times',
  'Way',
]

/**
 * Nouns that close the name of an event, a body or a place a season in capitals opens: "the Summer
 * Reading Challenge", "this Winter Festival", "Summer Olympics", "the Autumn Statement", "Winter
 * Gardens" (keep sorted).
 */
export const SEASON_NAME_HEADS: readonly string[] = [
  'Ball',
  'Camp',
  'Carnival',
  'Challenge',
  'Championships',
  'Concert',
  'Conference',
  'Cup',
  'Exhibition',
  'Fair',
  'Fayre',
  'Festival',
  'Fete',
  'Games',
  'Gardens',
  'League',
  'Market',
  'Olympics',
  'Paralympics',
  'School',
  'Series',
  'Show',
  'Statement',
  'Tour',
  'Wonderland',
]

/**
 * Nouns that close a programme's name after "this", "last" or "next" and a season in capitals:
 * "This Summer Programme runs for six weeks", "this Summer Holiday Program". There the capitals
 * after the season are the name's. Not among `SEASON_NAME_HEADS`: at a headline's start in Title
 * Case the capitals are the headline's, and "Winter Vaccination Programme Begins" stays the season.
 */
export const RELATIVE_SEASON_NAME_HEADS: readonly string[] = [
  'Program',
  'Programme',
  'Programmes',
  'Programs',
]

/**
 * Participles of an event that is done once it is told of: of an arrest, a charge, a crime, a
 * find. Right after a noun and before its day they tell of that noun's past, whatever the tense of
 * the verb after them: "A man arrested on Friday will appear in court" is the Friday gone. Not the
 * participles of a plan ("scheduled", "set", "listed", "adjourned"), which look ahead, nor "held",
 * "closed" or "released", which tell of a meeting, a road or figures to come as often ("a meeting
 * held on Friday"), nor "stopped", which a campaign's warning uses of drivers to come ("Drivers
 * stopped on Christmas Day will be breathalysed"). Keep sorted.
 */
export const COMPLETED_EVENT_PARTICIPLES: readonly string[] = [
  'arrested',
  'assaulted',
  'attacked',
  'burgled',
  'cautioned',
  'charged',
  'convicted',
  'damaged',
  'detained',
  'discovered',
  'fined',
  'found',
  'injured',
  'interviewed',
  'jailed',
  'killed',
  'murdered',
  'questioned',
  'recovered',
  'reported',
  'rescued',
  'robbed',
  'seen',
  'seized',
  'sentenced',
  'shot',
  'spotted',
  'stabbed',
  'stolen',
  'summonsed',
  'taken',
]

/**
 * Verbs of an event that happens at a moment: before "at" and four digits they make the digits
 * a 24-hour time ("the convoy left at 1530", "the body was found at 2050 on the A1"). Not
 * "opened", "closed", "started" or "ended", which markets and prices use ("shares closed at
 * 1610"). Keep sorted.
 */
export const EVENT_VERBS: readonly string[] = [
  'arrested',
  'arrived',
  'arrives',
  'attacked',
  'called',
  'collided',
  'departed',
  'departs',
  'detained',
  'died',
  'discovered',
  'docked',
  'found',
  'happened',
  'held',
  'kicked off',
  'kicks off',
  'landed',
  'left',
  'leaves',
  'occurred',
  'reported',
  'responded',
  'returned',
  'sailed',
  'seen',
  'set off',
  'sighted',
  'spotted',
  'stabbed',
  'stopped',
  'takes place',
  'took off',
  'took place',
]
