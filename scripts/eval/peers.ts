import * as Recognizers from '@microsoft/recognizers-text-suite'
import type { ParsedResult } from 'chrono-node'
import * as chrono from 'chrono-node'
import { type ReleaseLike, toBlocks } from '../../src/text/blocks'

/** A peer's finding, mapped as closely as it allows onto our model. */
export interface PeerItem {
  text: string
  span: { start: number; end: number }
  value: string
  unit?: string
}

const pad = (n: number | null | undefined, width = 2) =>
  n == null ? 'X'.repeat(width) : String(n).padStart(width, '0')

/**
 * chrono-node (its British-English parser, day first) run block by block, as a user would at its
 * fastest; its components map to a TIMEX3 value, with parts it only implied written as X when the
 * release has no reference date.
 */
export function chronoDates(release: ReleaseLike, reference: string | null): PeerItem[] {
  // Without a reference, chrono still needs one: a far-off year makes what it derived from it
  // recognisable, so those parts can be written as unknown (X), as the gold does.
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date(`${FAR_YEAR}-06-15T12:00:00Z`)
  const items: PeerItem[] = []
  for (const block of toBlocks(release)) {
    for (const r of chrono.en.GB.parse(block.text, ref)) {
      items.push({
        text: r.text,
        span: { start: block.start + r.index, end: block.start + r.index + r.text.length },
        value: chronoTimex(r, reference !== null),
      })
    }
  }
  return items
}

const FAR_YEAR = 1900

function chronoTimex(r: ParsedResult, referenced: boolean): string {
  const c = r.start
  const year = c.isCertain('year') || referenced ? pad(c.get('year'), 4) : 'XXXX'
  const month = c.isCertain('month') || c.isCertain('day') ? pad(c.get('month')) : null
  const day = c.isCertain('day') || c.isCertain('weekday') ? pad(c.get('day')) : null
  let value = year
  if (month) value += `-${month}`
  if (month && day) value += `-${day}`
  if (c.isCertain('hour')) value += `T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`
  if (!month && !c.isCertain('year') && referenced)
    value = `${year}-${pad(c.get('month'))}-${pad(c.get('day'))}`
  if (!referenced && Math.abs((c.get('year') ?? 0) - FAR_YEAR) <= 2) value = `XXXX${value.slice(4)}`
  return value
}

type ModelResult = ReturnType<typeof Recognizers.recognizeNumber>[number]

const CURRENCY_UNITS: Record<string, string> = {
  'british pound': 'GBP',
  pound: 'GBP',
  'pound sterling': 'GBP',
  dollar: 'USD',
  'united states dollar': 'USD',
  euro: 'EUR',
  'australian dollar': 'AUD',
  'new zealand dollar': 'NZD',
}

/**
 * Microsoft Recognizers-Text's number, percentage and currency models run block by block; where
 * they overlap the longest finding is kept, as a user combining them would.
 */
export function recognizersStatistics(release: ReleaseLike): PeerItem[] {
  const found: PeerItem[] = []
  const culture = Recognizers.Culture.English
  for (const block of toBlocks(release)) {
    const add = (results: ModelResult[], unitOf: (r: ModelResult) => string) => {
      for (const r of results) {
        const value = String(r.resolution?.value ?? '').replace(/%$/, '')
        found.push({
          text: r.text,
          span: { start: block.start + r.start, end: block.start + r.end + 1 },
          value,
          unit: unitOf(r),
        })
      }
    }
    add(Recognizers.recognizeNumber(block.text, culture), () => 'count')
    add(Recognizers.recognizePercentage(block.text, culture), () => 'percent')
    add(Recognizers.recognizeCurrency(block.text, culture), (r) => {
      const unit = String(r.resolution?.isoCurrency ?? r.resolution?.unit ?? '')
      return CURRENCY_UNITS[unit.toLowerCase()] ?? unit
    })
  }
  // Longest first; drop what a longer finding covers.
  found.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start))
  const kept: PeerItem[] = []
  for (const f of found) {
    if (!kept.some((k) => f.span.start < k.span.end && k.span.start < f.span.end)) kept.push(f)
  }
  return kept.sort((a, b) => a.span.start - b.span.start)
}
