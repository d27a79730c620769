/**
 * A region written as its abbreviation after a city: "Canberra, ACT", "Hobart, Tas.", "Tampa,
 * Fla.". Such a region makes the name a place's, so a colon after it ends a dateline ("Canberra,
 * ACT: The Government today …"), as a dash does; a name with a plain word after its comma may be a
 * label ("Jane Smith, Local Commander:").
 */
import { STATE_ABBREVIATIONS } from '../text/abbreviations'

/** Australia's states and territories as releases abbreviate them. Keep sorted. */
export const AUSTRALIAN_REGIONS: ReadonlySet<string> = new Set([
  'ACT',
  'NSW',
  'NT',
  'QLD',
  'Qld',
  'SA',
  'TAS',
  'Tas',
  'VIC',
  'Vic',
  'WA',
])

/** Whether a place of two parts ends in a region's abbreviation: "Canberra, ACT", "Tampa, Fla.". */
export function endsInRegionAbbreviation(name: string): boolean {
  const comma = name.indexOf(',')
  if (comma < 0 || name.indexOf(',', comma + 1) >= 0) return false
  const region = name.slice(comma + 1).trim()
  const bare = region.endsWith('.') ? region.slice(0, -1) : region
  // The AP's state abbreviations take their stop: "Ore" or "Ill" alone are words.
  return AUSTRALIAN_REGIONS.has(bare) || (bare !== region && STATE_ABBREVIATIONS.has(bare))
}
