/**
 * The cheap prefilter: one scan of a block for the kinds of word a date needs (a digit, a month,
 * a weekday, a unit of time ...). A matcher runs only on blocks holding every kind it needs, so
 * most of the text is read once by one simple pattern instead of by every matcher.
 */

/**
 * Trigger kinds and their stems, tried in this order so that a longer word wins its own kind:
 * "weekly" is a frequency before "week" is a unit, "month" a unit before "mon" is a weekday.
 * Stems, not words: a false trigger only costs a matcher run.
 */
const KINDS: ReadonlyArray<readonly [string, string]> = [
  ['D', '\\d'],
  [
    'F',
    '\\b(?:per|every|each|annual|biannual|daily|weekly|monthly|hourly|nightly|quarterly|yearly|fortnightly)',
  ],
  ['U', '\\b(?:year|month|week|day|hour|minute|min|hr|decade|centur|fortnight|night|second|annum)'],
  ['Q', '\\b(?:quarter|q[1-4]\\b)'],
  [
    'T',
    '\\b(?:today|tonight|tomorrow|yesterday|last\\s{1,3}night|this\\s{1,3}(?:morning|afternoon|evening))',
  ],
  ['M', '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)'],
  ['W', '\\b(?:mon|tue|wed|thu|fri|sat|sun)'],
  ['R', '\\b(?:now|current|recent|soon|future|past|present|moment)'],
  ['S', '\\b(?:summer|winter|spring|autumn|fall)'],
  ['N', '\\b(?:midnight|noon|midday)'],
  [
    'H',
    '\\b(?:christmas|new\\s{1,3}year|boxing|bonfire|halloween|hogmanay|burns|valentine|anzac|waitangi|armistice|st\\s{1,3}(?:andrew|patrick))',
  ],
]

/** The letters of the trigger kinds, in group order. */
export const TRIGGER_KINDS = KINDS.map(([kind]) => kind).join('')

const SCAN = new RegExp(KINDS.map(([, source]) => `(${source})`).join('|'), 'gi')

const ALL = (1 << TRIGGER_KINDS.length) - 1

/** The kinds of trigger a block holds, as a bit mask (bit i for `TRIGGER_KINDS[i]`); 0 when none. */
export function triggerMask(text: string): number {
  let mask = 0
  SCAN.lastIndex = 0
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    for (let g = 1; g <= TRIGGER_KINDS.length; g++) {
      if (m[g] !== undefined) {
        mask |= 1 << (g - 1)
        break
      }
    }
    if (mask === ALL) break
  }
  return mask
}

/** The bit mask of a matcher's `needs` string. */
export function needsMask(needs: string): number {
  let mask = 0
  for (const kind of needs) {
    const i = TRIGGER_KINDS.indexOf(kind)
    if (i >= 0) mask |= 1 << i
  }
  return mask
}
