/**
 * Named days: "Christmas Day", "New Year's Eve", "Bonfire Night", "Anzac Day", "Good Friday",
 * "Remembrance Sunday", "the August bank holiday", "Labor Day weekend", "Christmas morning".
 * Press releases about policing lean on them ("over the Christmas period", "patrols over the
 * Easter bank holiday").
 */
import { addDays } from 'date-fns/addDays'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { lazyRegExp } from '../../text/lazy-patterns'
import { alternation } from '../../text/patterns'
import type { BankHolidayRegion, PublisherCountry } from '../../text/publishers'
import { leadsUpTo, READYING_DAYS, type ResolveContext, tenseAt, yearForMonth } from '../context'
import { WEEKDAYS, WORD_SPACE } from '../lexicon'
import {
  dayInterval,
  dayValue,
  isoDay,
  pad,
  toDate,
  weekendInterval,
  weekValue,
  yearInterval,
  yearText,
} from '../timex'
import { bankHolidayFor, easter, nearestBankHoliday, nthWeekday } from './bank-holidays'
import { hijriDayIn } from './hijri'
import { MOVABLE_OBSERVANCES, OBSERVANCES } from './observances'
import type { Candidate, Matcher } from './shared'
import {
  B,
  candidate,
  E,
  inProperName,
  lookBack,
  MONTH,
  namedMonth,
  PART_OF_DAY,
  pattern,
  THE_BEFORE,
  WEEKDAY,
} from './shared'

/** Holidays with a fixed day, as month and day (keep sorted). */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'anzac day': [4, 25],
  'armistice day': [11, 11],
  'australia day': [1, 26],
  'bonfire night': [11, 5],
  'boxing day': [12, 26],
  'burns night': [1, 25],
  'canada day': [7, 1],
  christmas: [12, 25],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  'fourth of july': [7, 4],
  'guy fawkes night': [11, 5],
  halloween: [10, 31],
  hogmanay: [12, 31],
  'independence day': [7, 4],
  'new year’s day': [1, 1],
  'remembrance day': [11, 11],
  "new year's day": [1, 1],
  'new year’s eve': [12, 31],
  "new year's eve": [12, 31],
  'st andrew’s day': [11, 30],
  "st andrew's day": [11, 30],
  'st david’s day': [3, 1],
  "st david's day": [3, 1],
  'st george’s day': [4, 23],
  "st george's day": [4, 23],
  'st patrick’s day': [3, 17],
  "st patrick's day": [3, 17],
  "st stephen's day": [12, 26],
  "valentine's day": [2, 14],
  'valentine’s day': [2, 14],
  "veterans' day": [11, 11],
  'waitangi day': [2, 6],
  juneteenth: [6, 19],
}

/**
 * Holidays whose name is their date written in words: in lower case they are that date (the
 * stem of the holiday's trigger takes in the month's name, so the day's matcher never sees it).
 */
const NAMED_BY_DATE: ReadonlySet<string> = new Set(['fourth of july'])

/** The US Thanksgiving: the fourth Thursday of November. */
function thanksgiving(year: number): Date {
  return nthWeekday(year, 11, 4, 4)
}

/**
 * The Sunday of the NFL's final: the first Sunday of February from 2004, the second since the
 * season grew to 17 games in 2022. Earlier finals moved about January: no day.
 */
function superBowlSunday(year: number): Date | null {
  if (year < 2004) return null
  return nthWeekday(year, 2, 0, year >= 2022 ? 2 : 1)
}

/** Holidays that move, as the day they fall on in a year, or null when no rule gives it (keep sorted). */
export const MOVABLE_HOLIDAYS: Readonly<Record<string, (year: number) => Date | null>> = {
  'ash wednesday': (y) => addDays(easter(y), -46),
  'august bank holiday': (y) => nthWeekday(y, 8, 1, -1),
  // The Friday after the US Thanksgiving, and the Monday after it: shopping days everywhere.
  'black friday': (y) => addDays(thanksgiving(y), 1),
  'cyber monday': (y) => addDays(thanksgiving(y), 4),
  // The US's second Monday of October, also kept as Indigenous Peoples' Day.
  'columbus day': (y) => nthWeekday(y, 10, 1, 2),
  easter: easter,
  'easter day': easter,
  'easter monday': (y) => addDays(easter(y), 1),
  'easter saturday': (y) => addDays(easter(y), -1),
  'easter sunday': easter,
  // Mother's Day and Father's Day as the US, Canada and most countries keep them; see `COUNTRY_HOLIDAYS`.
  "father's day": (y) => nthWeekday(y, 6, 0, 3),
  'early may bank holiday': (y) => nthWeekday(y, 5, 1, 1),
  'good friday': (y) => addDays(easter(y), -2),
  'holy saturday': (y) => addDays(easter(y), -1),
  'holy thursday': (y) => addDays(easter(y), -3),
  "indigenous peoples' day": (y) => nthWeekday(y, 10, 1, 2),
  // Ireland's: the first Monday of June, the last of October.
  'june bank holiday': (y) => nthWeekday(y, 6, 1, 1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  // New Zealand's Labour Day, the fourth Monday of October, gives its name to the weekend before.
  'labour weekend': (y) => nthWeekday(y, 10, 1, 4),
  'late may bank holiday': (y) => nthWeekday(y, 5, 1, -1),
  'martin luther king, jr. day': (y) => nthWeekday(y, 1, 1, 3),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
  'maundy thursday': (y) => addDays(easter(y), -3),
  'may bank holiday': (y) => nthWeekday(y, 5, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'mlk day': (y) => nthWeekday(y, 1, 1, 3),
  "mother's day": (y) => nthWeekday(y, 5, 0, 2),
  // The UK's Mother's Day: three weeks before Easter.
  'mothering sunday': (y) => addDays(easter(y), -21),
  "president's day": (y) => nthWeekday(y, 2, 1, 3),
  "presidents' day": (y) => nthWeekday(y, 2, 1, 3),
  'october bank holiday': (y) => nthWeekday(y, 10, 1, -1),
  'palm sunday': (y) => addDays(easter(y), -7),
  pentecost: (y) => addDays(easter(y), 49),
  'remembrance sunday': (y) => nthWeekday(y, 11, 0, 2),
  'shrove tuesday': (y) => addDays(easter(y), -47),
  'spring bank holiday': (y) => nthWeekday(y, 5, 1, -1),
  'summer bank holiday': (y) => nthWeekday(y, 8, 1, -1),
  'super bowl sunday': superBowlSunday,
  thanksgiving: thanksgiving,
  'thanksgiving day': thanksgiving,
  // The Monday before 25 May.
  'whit monday': (y) => addDays(easter(y), 50),
  'whit sunday': (y) => addDays(easter(y), 49),
  whitsun: (y) => addDays(easter(y), 49),
  'victoria day': (y) =>
    nthWeekday(y, 5, 1, -1) > new Date(y, 4, 24)
      ? addDays(nthWeekday(y, 5, 1, -1), -7)
      : nthWeekday(y, 5, 1, -1),
}

/**
 * Holidays whose day a law lists year by year, as no rule computes it: New Zealand's Matariki, a
 * Friday set by the Māori lunar calendar (Te Kāhui o Matariki Public Holiday Act 2022). A year the
 * list does not hold gives only the year.
 */
/** The first day of the lunar new year, 2015 to 2026, as Hong Kong's and Singapore's holiday lists give it. */
const LUNAR_NEW_YEAR: Readonly<Record<number, readonly [number, number]>> = {
  2015: [2, 19],
  2016: [2, 8],
  2017: [1, 28],
  2018: [2, 16],
  2019: [2, 5],
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
}

/**
 * Lunisolar holidays over the same years, from the calendar as ICU computes it (Node's `Intl`
 * Hebrew and Chinese calendars), which agrees with the lunar new year's lists above: the first
 * day of Hanukkah (25 Kislev; its first candle is lit the evening before) and the Mid-Autumn
 * Festival (the 15th day of the 8th month).
 */
const HANUKKAH: Readonly<Record<number, readonly [number, number]>> = {
  2015: [12, 7],
  2016: [12, 25],
  2017: [12, 13],
  2018: [12, 3],
  2019: [12, 23],
  2020: [12, 11],
  2021: [11, 29],
  2022: [12, 19],
  2023: [12, 8],
  2024: [12, 26],
  2025: [12, 15],
  2026: [12, 5],
}

const MID_AUTUMN: Readonly<Record<number, readonly [number, number]>> = {
  2015: [9, 27],
  2016: [9, 15],
  2017: [10, 4],
  2018: [9, 24],
  2019: [9, 13],
  2020: [10, 1],
  2021: [9, 21],
  2022: [9, 10],
  2023: [9, 29],
  2024: [9, 17],
  2025: [10, 6],
  2026: [9, 25],
}

const LISTED_HOLIDAYS: Readonly<Record<string, Readonly<Record<number, readonly [number, number]>>>> = {
  // Diwali (Lakshmi Puja) is set by the Hindu lunisolar calendar, as India's holiday lists give it.
  diwali: {
    2015: [11, 11],
    2016: [10, 30],
    2017: [10, 19],
    2018: [11, 7],
    2019: [10, 27],
    2020: [11, 14],
    2021: [11, 4],
    2022: [10, 24],
    2023: [11, 12],
    2024: [11, 1],
    2025: [10, 20],
    2026: [11, 8],
    2027: [10, 29],
    2028: [10, 17],
    2029: [11, 5],
    2030: [10, 26],
    2031: [11, 14],
    2032: [11, 2],
    2033: [10, 22],
    2034: [11, 10],
    2035: [10, 30],
  },
  matariki: {
    2022: [6, 24],
    2023: [7, 14],
    2024: [6, 28],
    2025: [6, 20],
    2026: [7, 10],
    2027: [6, 25],
    2028: [7, 14],
  },
  // The first day of the Chinese calendar's year, as Hong Kong, Singapore and Malaysia keep it.
  'lunar new year': LUNAR_NEW_YEAR,
  'chinese new year': LUNAR_NEW_YEAR,
  hanukkah: HANUKKAH,
  'mid-autumn festival': MID_AUTUMN,
  'moon festival': MID_AUTUMN,
}

/**
 * Holidays of the Islamic calendar, as its month and day: they come 11 days earlier each
 * Gregorian year (see hijri.ts). Spelt with "al", "ul" or "el", spaces or hyphens ("Eid-ul-Fitr"),
 * and "Azha" for "Adha" as Pakistan writes it.
 */
const HIJRI_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'eid al-adha': [12, 10],
  'eid al-fitr': [10, 1],
}

/**
 * Months of the Islamic calendar kept as a season: Ramadan, from its first day to the eve of Eid
 * al-Fitr. The mention's value is the smallest unit of ours that holds every day of it (the month,
 * or the year when it runs across two months, as it does most years); its interval gives the days.
 */
const HIJRI_MONTHS: Readonly<Record<string, number>> = { ramadan: 9 }

/** The spellings of the Eids, Ramadan, Diwali, Hanukkah and the Mid-Autumn Festival, beside the listed names (case-insensitive). */
const EID_NAMES = String.raw`eid[\s-]{1,3}(?:al|ul|el)[\s-]{1,3}(?:fitr|adha|azha)|ramadh?an|ramzan|deepavali|c?hanukk?ah|mid[\s-]autumn\s{1,3}festival`

/** Holidays read only as their weekend: "Matariki" alone is also the season of the stars. */
const WEEKEND_ONLY: ReadonlySet<string> = new Set(['matariki'])

/**
 * Holidays whose day depends on the country, or the state, that keeps them: the King's Birthday is
 * the first Monday of June in New Zealand, the second in most Australian states, in autumn in
 * Queensland and Western Australia, a Saturday in June in the UK; Labour Day is in September in
 * Canada, October in New Zealand, March to October in Australia's states. The day is given where
 * the publisher's country fixes it (`COUNTRY_HOLIDAYS`), else only the year.
 */
const UNFIXED_HOLIDAYS: readonly string[] = [
  'election day',
  "king's birthday",
  'labour day',
  "queen's birthday",
]

/**
 * The day of a holiday in the countries, or states, that keep it on their own day: an unfixed one
 * where one day is kept statewide or nationwide, and Canada's Thanksgiving, the second Monday of
 * October rather than the US's fourth Thursday of November.
 */
const COUNTRY_HOLIDAYS: Readonly<Record<string, Partial<Record<PublisherCountry, (year: number) => Date>>>> =
  {
    "king's birthday": {
      NZ: (y) => nthWeekday(y, 6, 1, 1),
      AU: (y) => nthWeekday(y, 6, 1, 2),
      'AU-QLD': (y) => nthWeekday(y, 10, 1, 1),
    },
    "queen's birthday": {
      NZ: (y) => nthWeekday(y, 6, 1, 1),
      AU: (y) => nthWeekday(y, 6, 1, 2),
      'AU-QLD': (y) => nthWeekday(y, 10, 1, 1),
    },
    'labour day': {
      NZ: (y) => nthWeekday(y, 10, 1, 4),
      CA: (y) => nthWeekday(y, 9, 1, 1),
      US: (y) => nthWeekday(y, 9, 1, 1),
      'AU-QLD': (y) => nthWeekday(y, 5, 1, 1),
      'AU-WA': (y) => nthWeekday(y, 3, 1, 1),
    },
    thanksgiving: { CA: (y) => nthWeekday(y, 10, 1, 2) },
    // The US's general elections are held on the Tuesday after the first Monday of November
    // (federal ones in even years, most states' in odd ones too); elsewhere a poll's day is set each time.
    'election day': { US: (y) => addDays(nthWeekday(y, 11, 1, 1), 1) },
    // Australia and New Zealand keep Father's Day on the first Sunday of September.
    "father's day": {
      AU: (y) => nthWeekday(y, 9, 0, 1),
      'AU-QLD': (y) => nthWeekday(y, 9, 0, 1),
      'AU-WA': (y) => nthWeekday(y, 9, 0, 1),
      NZ: (y) => nthWeekday(y, 9, 0, 1),
    },
    'thanksgiving day': { CA: (y) => nthWeekday(y, 10, 1, 2) },
  }

/** "Honours" after a holiday's name, perhaps after another name joined by "and". */
const HONOURS_AFTER = lazyRegExp(
  String.raw`^(?:\s{1,3}(?:and|&)\s{1,3}\p{Lu}\p{Ll}{1,20})?\s{1,3}Honours(?![A-Za-z])`,
  'u',
)

/**
 * A holiday's name in one spelling: lower case, no apostrophes, full stops or commas, "st" for
 * "saint" ("St. Patrick’s Day", "Presidents Day", "Martin Luther King Jr. Day").
 */
function holidayKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’.,]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^saint /, 'st ')
    .replace(/^eid[\s-]+(?:al|ul|el)[\s-]+/, 'eid al-')
    .replace(/^(eid al-)azha$/, '$1adha')
    .replace(/^ram(?:adhan|zan)$/, 'ramadan')
    .replace(/^deepavali$/, 'diwali')
    .replace(/^c?hanukk?ah$/, 'hanukkah')
    .replace(/^mid autumn/, 'mid-autumn')
}

/** Every holiday by its one spelling, to the name it is listed under. */
const HOLIDAY_KEYS: ReadonlyMap<string, string> = new Map(
  [
    ...Object.keys(HOLIDAYS),
    ...Object.keys(OBSERVANCES),
    ...Object.keys(MOVABLE_HOLIDAYS),
    ...Object.keys(MOVABLE_OBSERVANCES),
    ...UNFIXED_HOLIDAYS,
    ...Object.keys(LISTED_HOLIDAYS),
    ...Object.keys(HIJRI_HOLIDAYS),
    ...Object.keys(HIJRI_MONTHS),
  ].map((k) => [holidayKey(k), k]),
)

/** The pattern of the holiday names: apostrophes, full stops and commas may be left out or curly. */
function holidayNames(): string {
  return `${EID_NAMES}|${alternation(
    [...HOLIDAY_KEYS.values()].map((k) => k.replace(/’/g, "'")),
    WORD_SPACE,
  )
    .replace(/'/g, "['’]?")
    .replace(/\\\./g, '\\.?')
    .replace(/,\\s/g, ',?\\s')
    .replace(/(^|\|)st\\s/g, '$1(?:st\\.?|saint)\\s')}`
}

/**
 * Bank holidays whose day depends on the region of the UK or Ireland that keeps them: the summer
 * one is the first Monday of August in Scotland and in Ireland, the last elsewhere.
 */
const REGION_HOLIDAYS: Readonly<Record<string, Partial<Record<BankHolidayRegion, (year: number) => Date>>>> =
  {
    'august bank holiday': { SCT: (y) => nthWeekday(y, 8, 1, 1), IE: (y) => nthWeekday(y, 8, 1, 1) },
    // The UK and Ireland's Mother's Day is Mothering Sunday, three weeks before Easter.
    "mother's day": {
      EW: (y) => addDays(easter(y), -21),
      SCT: (y) => addDays(easter(y), -21),
      NI: (y) => addDays(easter(y), -21),
      IE: (y) => addDays(easter(y), -21),
    },
    'summer bank holiday': { SCT: (y) => nthWeekday(y, 8, 1, 1), IE: (y) => nthWeekday(y, 8, 1, 1) },
  }

/** The day a named holiday falls on in a year, as the publisher's country or region keeps it; or null. */
function holidayIn(
  key: string,
  year: number,
  where: { country?: PublisherCountry | null; bankHolidays?: BankHolidayRegion | null },
): Date | null {
  const country = where.country
  const regional = where.bankHolidays ? REGION_HOLIDAYS[key]?.[where.bankHolidays] : undefined
  if (regional) return regional(year)
  const local = country ? COUNTRY_HOLIDAYS[key]?.[country] : undefined
  if (local) return local(year)
  if (UNFIXED_HOLIDAYS.includes(key)) return null
  const fixed = HOLIDAYS[key] ?? OBSERVANCES[key]
  if (fixed) return toDate(year, fixed[0], fixed[1])
  const hijri = HIJRI_HOLIDAYS[key]
  if (hijri) return hijriDayIn(year, hijri[0], hijri[1])
  const hijriMonth = HIJRI_MONTHS[key]
  if (hijriMonth) return hijriDayIn(year, hijriMonth, 1)
  const listed = LISTED_HOLIDAYS[key]
  if (listed) {
    const day = listed[year]
    return day ? toDate(year, day[0], day[1]) : null
  }
  const movable = MOVABLE_HOLIDAYS[key] ?? MOVABLE_OBSERVANCES[key]
  return movable ? movable(year) : null
}

const holiday: Matcher = {
  name: 'dates/holiday',
  needs: 'H',
  pattern: pattern(
    `${B}(${holidayNames()})(?:\\s{1,3}((?:19|20)\\d{2}))?(?:\\s{1,3}((?:(?:bank\\s{1,3}holiday|long)\\s{1,3})?weekend|(?:bank\\s{1,3}holiday\\s{1,3})?monday|morning|afternoon|evening|night|bank\\s{1,3}holiday)(?![-A-Za-z]))?${E}`,
  ),
  match(m, text, ctx) {
    const [all, name, yy, after] = m
    const key = HOLIDAY_KEYS.get(holidayKey(name ?? ''))
    if (!key) return []
    // Names are capitalised ("the spring bank holiday" aside); "christmas" in lower case is rare enough to trust.
    // A holiday named by its date ("the fourth of July") is that date in lower case too.
    if (!/^\p{Lu}/u.test(name ?? '') && !key.endsWith('bank holiday') && !NAMED_BY_DATE.has(key)) return []
    if (WEEKEND_ONLY.has(key) && !(after ?? '').toLowerCase().endsWith('weekend')) return []
    const start = m.index
    const end = start + all.length
    // "Easter Road stadium", "the Christmas Tree Lane": a name, not the day.
    if (!yy && !after && inProperName(text, start, end)) return []
    // "the King's Birthday Honours", "the King's Birthday and Coronation Honours list": a list of awards.
    if (!after && HONOURS_AFTER().test(text.slice(end, end + 40))) return []
    const which = yy ? null : lookBack(text, start, WHICH_BEFORE)
    const may =
      key === 'may bank holiday' && !yy && !which && ctx.ref
        ? eitherMayHoliday(text, start, end, ctx.ref)
        : null
    const { year, inferred } = may
      ? { year: may.getFullYear(), inferred: true }
      : which
        ? { year: relativeYear(key, (which.m[1] ?? '').toLowerCase(), ctx), inferred: true }
        : holidayYear(key, yy, text, start, end, ctx, isWeekendOf(key, after))
    const d = may ?? (year === null ? null : holidayIn(key, year, ctx))
    const c = candidate(which?.start ?? start, end, 'DATE', holidayValue(key, year, d), 'dates/holiday', {
      interval: d ? dayInterval(d) : null,
      inferred,
    })
    const part = (after ?? '').toLowerCase()
    const hijriMonth = HIJRI_MONTHS[key]
    if (hijriMonth) return part ? [] : [monthOfHijri(c, hijriMonth, year, d)]
    if (isWeekendOf(key, after)) return [holidayWeekend(withThe(c, text), d, year)]
    if (part.endsWith('monday')) return [holidayMonday(c, d, year, all, after ?? '')]
    if (part.startsWith('bank')) return [holidayBankHoliday(c, key, d, year, all, after ?? '', ctx)]
    // "Christmas Morning" is that part of the day.
    return [part ? { ...c, type: 'TIME', value: `${c.value}${PART_OF_DAY[part] ?? ''}` } : c]
  },
}

/**
 * "Ramadan 2024": from the month's first day to the eve of the next month's, valued as the month
 * of ours that holds them all, or the year when they run across two (see `HIJRI_MONTHS`).
 */
function monthOfHijri(c: Candidate, month: number, year: number | null, first: Date | null): Candidate {
  const next = first && year !== null ? hijriDayIn(year, month + 1, 1) : null
  if (!first || !next || next <= first) return { ...c, value: yearText(year), interval: null }
  const last = addDays(next, -1)
  const oneMonth = last.getMonth() === first.getMonth()
  const value = oneMonth ? `${yearText(year)}-${pad(first.getMonth() + 1)}` : yearText(year)
  return { ...c, value, interval: { start: isoDay(first), end: isoDay(last) } }
}

/**
 * "the May bank holiday" is either of May's two, the early one (the first Monday) or the spring
 * one (the last): the one nearest `ref` in the clause's direction.
 */
function eitherMayHoliday(text: string, start: number, end: number, ref: Date): Date {
  const tense = tenseAt(text, start, end)
  const y = ref.getFullYear()
  let best = nthWeekday(y, 5, 1, 1)
  let gap = Number.POSITIVE_INFINITY
  for (const year of [y - 1, y, y + 1]) {
    for (const n of [1, -1]) {
      const d = nthWeekday(year, 5, 1, n)
      const diff = differenceInCalendarDays(d, ref)
      if ((tense === 'past' && diff > 0) || (tense === 'future' && diff < 0)) continue
      if (Math.abs(diff) < gap) {
        best = d
        gap = Math.abs(diff)
      }
    }
  }
  return best
}

/**
 * "August bank holiday Monday", "Easter bank holiday Monday": the holiday's Monday, or the Monday
 * after an Easter Sunday. A holiday on another day keeps its name alone; one whose day is not
 * known stays as it is.
 */
function holidayMonday(
  c: Candidate,
  d: Date | null,
  year: number | null,
  all: string,
  after: string,
): Candidate {
  if (!d || d.getDay() === 1) return c
  if (d.getDay() === 0) {
    const monday = addDays(d, 1)
    return {
      ...c,
      value: dayValue(year, monday.getMonth() + 1, monday.getDate()),
      interval: dayInterval(monday),
    }
  }
  return { ...c, end: c.end - (all.length - all.slice(0, all.length - after.length).trimEnd().length) }
}

/** Fixed-day holidays that are bank holidays in some part of the UK or in Ireland, as month and day. */
const FIXED_BANK_HOLIDAYS: ReadonlySet<string> = new Set(['1-1', '3-17', '11-30', '12-25', '12-26'])

/**
 * "the Boxing Day bank holiday", "the New Year's Day bank holiday": the day the holiday is kept
 * on as a bank holiday, its substitute day when it falls on a weekend (Boxing Day 2026, a
 * Saturday, is kept on Monday 28 December). "bank holiday" after another holiday ("the Easter
 * bank holiday") is left out: the holiday alone is read.
 */
function holidayBankHoliday(
  c: Candidate,
  key: string,
  d: Date | null,
  year: number | null,
  all: string,
  after: string,
  ctx: ResolveContext,
): Candidate {
  const fixed = HOLIDAYS[key] ?? OBSERVANCES[key]
  if (!fixed || !FIXED_BANK_HOLIDAYS.has(`${fixed[0]}-${fixed[1]}`))
    return { ...c, end: c.end - (all.length - all.slice(0, all.length - after.length).trimEnd().length) }
  if (!d) return c
  const kept = bankHolidayFor(d, ctx.bankHolidays ?? null)
  return { ...c, value: dayValue(year, kept.getMonth() + 1, kept.getDate()), interval: dayInterval(kept) }
}

/**
 * The year of a holiday: as written, else the reference year moved by the clause's tense, else
 * the year the release's evidence fixes. A holiday whose day is unknown takes the reference year.
 */
function holidayYear(
  key: string,
  yy: string | undefined,
  text: string,
  start: number,
  end: number,
  ctx: ResolveContext,
  weekend = false,
): { year: number | null; inferred: boolean } {
  if (yy) return { year: Number(yy), inferred: false }
  if (!ctx.ref) return { year: ctx.year, inferred: ctx.year !== null }
  const y = ctx.ref.getFullYear()
  const day = holidayIn(key, y, ctx)
  if (!day) return { year: y, inferred: true }
  const tense = tenseAt(text, start, end)
  // "The campaign was launched ahead of Christmas", written on 1 December: what was done in
  // readiness for the holiday looks to the one just ahead.
  if (tense === 'past' && leadsUpTo(text, start)) {
    const soon = comingWithin(key, y, ctx.ref, ctx)
    if (soon !== null) return { year: soon, inferred: true }
  }
  // "arrests over the Veterans Day weekend", written on the Monday before a Tuesday holiday: the
  // weekend is gone though its holiday is ahead, so the tense is read against the weekend's days.
  const saturday = weekend ? weekendSaturday(day) : day
  const sunday = weekend ? addDays(saturday, 1) : day
  const year =
    tense === 'past' && saturday > ctx.ref ? y - 1 : tense === 'future' && sunday < ctx.ref ? y + 1 : y
  // With no tense, the nearest: "double demerits apply over the Australia Day long weekend" written
  // in December is January's to come, not the one eleven months gone.
  if (tense === 'none') return { year: nearestYear(key, y, ctx), inferred: true }
  return { year, inferred: true }
}

/** The year of the holiday's next day after `ref` when it falls within `READYING_DAYS`, else null. */
function comingWithin(key: string, y: number, ref: Date, ctx: ResolveContext): number | null {
  for (const year of [y, y + 1]) {
    const d = holidayIn(key, year, ctx)
    if (!d || d < ref) continue
    return differenceInCalendarDays(d, ref) <= READYING_DAYS ? year : null
  }
  return null
}

/** The year, of the reference's and the two beside it, in which a holiday falls nearest the reference. */
function nearestYear(key: string, y: number, ctx: ResolveContext): number {
  let best = y
  let gap = Number.POSITIVE_INFINITY
  for (const c of [y, y - 1, y + 1]) {
    const d = holidayIn(key, c, ctx)
    const diff = d && ctx.ref ? Math.abs(differenceInCalendarDays(d, ctx.ref)) : Number.POSITIVE_INFINITY
    if (diff < gap) {
      best = c
      gap = diff
    }
  }
  return best
}

/** "last Easter", "next Christmas", "this Christmas": the word picks the holiday and joins the mention. */
const WHICH_BEFORE = /(?<![A-Za-z])(last|next|this)\s{1,3}$/i

/**
 * The year of "last Easter" (the latest before the reference day), "next Easter" (the first
 * after it) or "this Easter" (the reference year's); null with no reference day.
 */
function relativeYear(key: string, which: string, ctx: ResolveContext): number | null {
  if (!ctx.ref) return which === 'this' ? ctx.year : null
  const y = ctx.ref.getFullYear()
  const here = holidayIn(key, y, ctx)
  if (!here || which === 'this') return y
  if (which === 'last') return here < ctx.ref ? y : y - 1
  return here > ctx.ref ? y : y + 1
}

/** The TIMEX3 value of a holiday: its day, or the parts of it that are known. */
function holidayValue(key: string, year: number | null, d: Date | null): string {
  if (d) return dayValue(year, d.getMonth() + 1, d.getDate())
  const fixed = HOLIDAYS[key] ?? OBSERVANCES[key]
  return fixed ? dayValue(null, fixed[0], fixed[1]) : dayValue(year, null, null)
}

const THE_OR_THIS_BEFORE = /(?<![A-Za-z])(?:the|this)\s{1,3}$/i

/** "the Easter weekend" and "this King's Birthday weekend" keep "the" or "this", as "the weekend" does. */
function withThe(c: Candidate, text: string): Candidate {
  const the = lookBack(text, c.start, THE_OR_THIS_BEFORE)
  return the ? { ...c, start: the.start } : c
}

/**
 * "Labor Day weekend" is the weekend the holiday falls on or next to: the one before a Monday
 * holiday, the one after a Friday holiday.
 */
function holidayWeekend(day: Candidate, d: Date | null, year: number | null): Candidate {
  if (!d) return { ...day, value: `${yearText(year)}-WXX-WE`, interval: null }
  const saturday = weekendSaturday(d)
  return { ...day, value: `${weekValue(saturday)}-WE`, interval: weekendInterval(saturday) }
}

/** The Saturday of the weekend a holiday on `d` falls on or next to (see `holidayWeekend`). */
function weekendSaturday(d: Date): Date {
  const weekday = d.getDay()
  return addDays(d, weekday === 0 ? -1 : weekday === 6 ? 0 : weekday <= 2 ? -1 - weekday : 6 - weekday)
}

/** Whether a holiday is named for its weekend: "Labor Day weekend", "the Easter long weekend", "Labour weekend". */
function isWeekendOf(key: string, after: string | undefined): boolean {
  return (after ?? '').toLowerCase().endsWith('weekend') || key.endsWith('weekend')
}

const bankHoliday: Matcher = {
  name: 'dates/bank-holiday',
  needs: 'H',
  // "the bank holiday", "Bank Holiday Monday", "this bank holiday Monday"; not "a bank holiday",
  // "the bank holiday weekend" (a weekend) or "the August bank holiday" (the holiday matcher's).
  pattern: pattern(
    `${B}(?:(?:(the|this|last|next)\\s{1,3})?bank\\s{1,3}holiday\\s{1,3}(monday)|(the|this|last|next)\\s{1,3}bank\\s{1,3}holiday(?![-\\s]{1,3}(?:weekend|long|monday|period|season|traffic|getaway)\\b))${E}(?!['’-])`,
  ),
  match(m, text, ctx) {
    const [all, det, monday, lone] = m
    const start = m.index
    const end = start + all.length
    const ref = ctx.ref
    const tense = tenseAt(text, start, end)
    const d = ref
      ? nearestBankHoliday(
          ref,
          (det ?? lone ?? '').toLowerCase() === 'next' ? 'future' : tense,
          !!monday,
          ctx.bankHolidays ?? null,
        )
      : null
    // With no day to count from, "Bank Holiday Monday" is still a Monday.
    const year = ref ? null : ctx.year
    const value = d ? isoDay(d) : monday ? `${yearText(year)}-WXX-1` : dayValue(year, null, null)
    return [
      candidate(start, end, 'DATE', value, 'dates/bank-holiday', {
        interval: d ? dayInterval(d) : null,
        inferred: true,
      }),
    ]
  },
}

/** The place of a weekday in its month, as written; -1 is the last. */
const WEEKDAY_ORDINALS: Readonly<Record<string, number>> = {
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  first: 1,
  fourth: 4,
  last: -1,
  second: 2,
  third: 3,
}

const weekdayOfMonth: Matcher = {
  name: 'dates/weekday-of-month',
  needs: 'W',
  anchor: 'W',
  // "the last Monday in May", "the second Saturday of October 2023", "the first Monday of each
  // month": a day fixed by its place in the month, as movable holidays are; read whole, or its
  // words would be taken for "last Monday" and a bare "May".
  pattern: pattern(
    `${B}(first|second|third|fourth|last|1st|2nd|3rd|4th)\\s{1,3}(${WEEKDAY})\\s{1,3}(?:in|of)\\s{1,3}(?:(${MONTH})(?:,?\\s{1,3}((?:19|20)\\d{2}))?|(?:each|every|the)\\s{1,3}month)${E}`,
  ),
  match(m, text, ctx) {
    const [all, ordinal, weekdayWord, monthWord, yy] = m
    const n = WEEKDAY_ORDINALS[(ordinal ?? '').toLowerCase()]
    const weekday = WEEKDAYS[(weekdayWord ?? '').toLowerCase()]
    if (n === undefined || weekday === undefined) return []
    // "the" before the ordinal is part of it, read backwards (see `lookBack`).
    const start = lookBack(text, m.index, THE_BEFORE)?.start ?? m.index
    const end = m.index + all.length
    // "the first Monday of every month" recurs: once a month.
    if (!monthWord) return [candidate(start, end, 'SET', 'P1M', 'dates/weekday-of-month')]
    const month = namedMonth(monthWord)
    if (month === null) return []
    const year = yy ? Number(yy) : yearForMonth(month, ctx, tenseAt(text, start, end))
    if (year === null)
      return [candidate(start, end, 'DATE', dayValue(null, month, null), 'dates/weekday-of-month')]
    const d = nthWeekday(year, month, weekday, n)
    return [
      candidate(start, end, 'DATE', isoDay(d), 'dates/weekday-of-month', {
        interval: dayInterval(d),
        inferred: !yy,
      }),
    ]
  },
}

/** "in the new year": the preposition the plan's "the new year" needs to be the year to come. */
const IN_BEFORE = /(?<![A-Za-z])in\s{1,3}$/i

const newYear: Matcher = {
  name: 'dates/new-year',
  needs: 'H',
  // "The scheme will launch in the new year": the year after the one the release is written in,
  // or the one it is in when written early in it. Without "in" ("over the New Year") it is the
  // holiday, which has no day of its own.
  pattern: pattern(`${B}the\\s{1,3}new\\s{1,3}year${E}(?!['’])`),
  match(m, text, ctx) {
    if (!ctx.ref || !lookBack(text, m.index, IN_BEFORE)) return []
    const end = m.index + m[0].length
    if (tenseAt(text, m.index, end) === 'past') return []
    const year = ctx.ref.getFullYear() + (ctx.ref.getMonth() >= 6 ? 1 : 0)
    return [
      candidate(m.index, end, 'DATE', pad(year, 4), 'dates/new-year', {
        interval: yearInterval(year),
        inferred: ctx.refInferred,
      }),
    ]
  },
}

/**
 * The festive period ("the Christmas and New Year period"): the days around Christmas, kept as a
 * season is, late in December. TIMEX3 has no code for it, so it is written as late December is:
 * the month with mod `END`, its interval from Christmas Eve to New Year's Eve. Its year is Christmas's, read as "Christmas" would be.
 */
const festivePeriod: Matcher = {
  name: 'dates/festive-period',
  needs: 'H',
  pattern: pattern(
    `${B}(?:(this|last|next|the)\\s{1,3})?(?:festive|christmas\\s{1,3}(?:and|&)\\s{1,3}new\\s{1,3}year(?:['’]s)?)\\s{1,3}(?:period|season|break|holidays?)(?:\\s{1,3}((?:19|20)\\d{2}))?${E}`,
  ),
  match(m, text, ctx) {
    const [all, which, yy] = m
    const start = m.index
    const end = start + all.length
    const w = (which ?? '').toLowerCase()
    const { year, inferred } =
      w === 'this' || w === 'last' || w === 'next'
        ? { year: relativeYear('christmas', w, ctx), inferred: true }
        : holidayYear('christmas', yy, text, start, end, ctx)
    return [
      candidate(start, end, 'DATE', `${yearText(year)}-12`, 'dates/festive-period', {
        interval: year === null ? null : { start: `${pad(year, 4)}-12-24`, end: `${pad(year, 4)}-12-31` },
        inferred,
        mod: 'END',
      }),
    ]
  },
}

export const HOLIDAY_MATCHERS: readonly Matcher[] = [
  holiday,
  bankHoliday,
  weekdayOfMonth,
  newYear,
  festivePeriod,
]
