/**
 * Named days: "Christmas Day", "New Year's Eve", "Bonfire Night", "Anzac Day". Press releases
 * about policing lean on them ("over the Christmas period"). Easter moves, so it is left out.
 */
import { tenseAt } from '../context'
import { alternation } from '../lexicon'
import { dayInterval, dayValue, toDate } from '../timex'
import { B, candidate, E, type Matcher, pattern } from './shared'

/** Holidays with a fixed day, as month and day (keep sorted). */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'anzac day': [4, 25],
  'armistice day': [11, 11],
  'bonfire night': [11, 5],
  'boxing day': [12, 26],
  'burns night': [1, 25],
  christmas: [12, 25],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  halloween: [10, 31],
  hogmanay: [12, 31],
  'new year’s day': [1, 1],
  "new year's day": [1, 1],
  'new year’s eve': [12, 31],
  "new year's eve": [12, 31],
  'st andrew’s day': [11, 30],
  "st andrew's day": [11, 30],
  'st patrick’s day': [3, 17],
  "st patrick's day": [3, 17],
  "valentine's day": [2, 14],
  'valentine’s day': [2, 14],
  'waitangi day': [2, 6],
}

const holiday: Matcher = {
  name: 'dates/holiday',
  needs: 'H',
  pattern: pattern(`${B}(${alternation(Object.keys(HOLIDAYS))})(?:\\s{1,3}((?:19|20)\\d{2}))?${E}`),
  match(m, text, ctx) {
    const [all, name, yy] = m
    const key = (name ?? '').toLowerCase().replace(/\s+/g, ' ')
    const day = HOLIDAYS[key]
    // Names are capitalised; "christmas" in lower case is rare enough to trust, "halloween" too.
    if (!day || !/^\p{Lu}/u.test(name ?? '')) return []
    const [month, dd] = day
    const start = m.index
    const end = start + all.length
    let year: number | null = yy ? Number(yy) : null
    let inferred = false
    if (year === null && ctx.ref) {
      const y = ctx.ref.getFullYear()
      const here = toDate(y, month, dd)!
      const tense = tenseAt(text, start, end)
      year = tense === 'past' && here > ctx.ref ? y - 1 : tense === 'future' && here < ctx.ref ? y + 1 : y
      inferred = true
    }
    const d = year === null ? null : toDate(year, month, dd)
    return [
      candidate(start, end, 'DATE', dayValue(year, month, dd), 'dates/holiday', {
        interval: d ? dayInterval(d) : null,
        inferred,
      }),
    ]
  },
}

export const HOLIDAY_MATCHERS: readonly Matcher[] = [holiday]
