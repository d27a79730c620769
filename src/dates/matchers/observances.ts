/**
 * Days of observance: "International Women's Day", "World AIDS Day", "Holocaust Memorial Day",
 * "the International Day for the Elimination of Violence against Women". Police forces, councils,
 * charities and UN bodies date their campaigns by them ("officers will be at the station on World
 * Mental Health Day"), and each is kept on one day worldwide: the UN's list of international days,
 * and national days kept on a fixed date. Days whose date a country sets each year on its own
 * (World Book Day, Armed Forces Day, White Ribbon Day) are left out: they would be wrong somewhere.
 */
import { nthWeekday } from './bank-holidays'

/** Observances on a fixed day, as month and day (keep sorted; apostrophes straight, read either way). */
export const OBSERVANCES: Readonly<Record<string, readonly [number, number]>> = {
  'anti-slavery day': [10, 18],
  'bastille day': [7, 14],
  'earth day': [4, 22],
  'europe day': [5, 9],
  'holocaust memorial day': [1, 27],
  'human rights day': [12, 10],
  'international anti-corruption day': [12, 9],
  'international day against drug abuse and illicit trafficking': [6, 26],
  'international day for the elimination of racial discrimination': [3, 21],
  'international day for the elimination of violence against women': [11, 25],
  'international day of older persons': [10, 1],
  'international day of peace': [9, 21],
  'international day of persons with disabilities': [12, 3],
  'international day of the girl': [10, 11],
  'international day of the girl child': [10, 11],
  'international day of women and girls in science': [2, 11],
  'international day of zero tolerance for female genital mutilation': [2, 6],
  'international holocaust remembrance day': [1, 27],
  'international human rights day': [12, 10],
  "international men's day": [11, 19],
  'international migrants day': [12, 18],
  'international nurses day': [5, 12],
  'international overdose awareness day': [8, 31],
  'international volunteer day': [12, 5],
  "international women's day": [3, 8],
  "international workers' day": [5, 1],
  "international workers' memorial day": [4, 28],
  'international youth day': [8, 12],
  'peace officers memorial day': [5, 15],
  'transgender day of remembrance': [11, 20],
  'united nations day': [10, 24],
  've day': [5, 8],
  'vj day': [8, 15],
  'world aids day': [12, 1],
  'world autism awareness day': [4, 2],
  'world blood donor day': [6, 14],
  'world cancer day': [2, 4],
  "world children's day": [11, 20],
  'world day against child labour': [6, 12],
  'world day against trafficking in persons': [7, 30],
  'world diabetes day': [11, 14],
  'world drowning prevention day': [7, 25],
  'world elder abuse awareness day': [6, 15],
  'world environment day': [6, 5],
  'world food day': [10, 16],
  'world health day': [4, 7],
  'world heart day': [9, 29],
  'world hepatitis day': [7, 28],
  'world homeless day': [10, 10],
  'world humanitarian day': [8, 19],
  'world kindness day': [11, 13],
  'world malaria day': [4, 25],
  'world mental health day': [10, 10],
  'world no tobacco day': [5, 31],
  'world oceans day': [6, 8],
  'world press freedom day': [5, 3],
  'world refugee day': [6, 20],
  'world suicide prevention day': [9, 10],
  "world teachers' day": [10, 5],
  'world tb day': [3, 24],
  'world tuberculosis day': [3, 24],
  'world water day': [3, 22],
  'world wildlife day': [3, 3],
  "workers' memorial day": [4, 28],
}

/** Observances on a weekday of a month (keep sorted). */
export const MOVABLE_OBSERVANCES: Readonly<Record<string, (year: number) => Date>> = {
  // The third Sunday of November: road-safety campaigns by police forces everywhere date by it.
  'world day of remembrance for road traffic victims': (y) => nthWeekday(y, 11, 0, 3),
  'world kidney day': (y) => nthWeekday(y, 3, 4, 2),
  'world sight day': (y) => nthWeekday(y, 10, 4, 2),
}

/**
 * The date trigger's stems for the observances: each name's first word, then its next two words
 * ("world\s{1,3}(?:aids\s{1,3}day|…)"), so that "world" or "international" alone, or "the
 * World Health Organization", common in releases, send no block to the holiday matcher.
 */
export function observanceStems(): string[] {
  const rests = new Map<string, Set<string>>()
  for (const name of [...Object.keys(OBSERVANCES), ...Object.keys(MOVABLE_OBSERVANCES)]) {
    const [first = '', ...rest] = name.split(' ').map(stemWord)
    const set = rests.get(first) ?? new Set<string>()
    set.add(rest.slice(0, 2).join('\\s{1,3}'))
    rests.set(first, set)
  }
  return [...rests].map(([first, set]) => `${first}\\s{1,3}(?:${[...set].sort().join('|')})(?![a-z])`)
}

/** A word of a name as the trigger reads it: a hyphen as written, an apostrophe straight, curly or left out. */
function stemWord(word: string): string {
  return word.replace(/-/g, '\\-').replace(/'/g, '[\\x27\\u2019]?')
}
