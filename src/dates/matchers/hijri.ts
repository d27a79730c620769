/**
 * Days of the Islamic calendar in a Gregorian year: Eid al-Fitr (1 Shawwal) and Eid al-Adha
 * (10 Dhu al-Hijjah). The days follow the Umm al-Qura calendar, which the ICU data of Node's
 * `Intl` holds (date-fns knows no calendar but the Gregorian). Countries that start the month on
 * a sighting of the moon may keep the day one later (docs/limits.md).
 */
import { toDate } from '../timex'

/** A formatter of Umm al-Qura days, or null where this runtime's ICU lacks the calendar. */
let formatter: Intl.DateTimeFormat | null | undefined

function umalqura(): Intl.DateTimeFormat | null {
  if (formatter !== undefined) return formatter
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
      day: 'numeric',
      month: 'numeric',
      timeZone: 'UTC',
    })
    formatter = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null
  } catch {
    formatter = null
  }
  return formatter
}

/** Found days by "year-month-day" of the Islamic calendar's month and day in a Gregorian year. */
const found = new Map<string, Date | null>()

/**
 * The day of the Gregorian `year` that is `day` of the Islamic `month`, or null when the year
 * holds it twice (as 2033 does 1 Shawwal: its Islamic year is 11 days shorter) or the calendar is
 * not available.
 */
export function hijriDayIn(year: number, month: number, day: number): Date | null {
  const key = `${year}-${month}-${day}`
  const known = found.get(key)
  if (known !== undefined) return known
  const f = umalqura()
  let hit: Date | null = null
  let hits = 0
  if (f && year >= 1900 && year <= 2100) {
    const want = `${month}/${day}`
    for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
      if (f.format(t) !== want) continue
      const d = new Date(t)
      hit = toDate(year, d.getUTCMonth() + 1, d.getUTCDate())
      hits++
    }
  }
  const result = hits === 1 ? hit : null
  found.set(key, result)
  return result
}
