import type { PersonIndexEntry, Release } from '../model'
import { type Bar, barChart } from './bar-chart'
import { esc } from './escape'

/** Bars a chart shows at most; the rest are summed into one last bar. */
const MAX_BARS = 20

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * The report's overview: releases per publisher, releases per month where dated, the most quoted
 * people and the statistics by unit, each a bar chart with its numbers written out.
 */
export function renderOverview(releases: readonly Release[], people: readonly PersonIndexEntry[]): string {
  const publishers = top(
    counts(releases.map((r) => r.source ?? '(no source)')),
    (n) => `${n} other publishers`,
  )
  const dated = releases.flatMap((r) => (r.publishedOn ? [r.publishedOn.date.slice(0, 7)] : []))
  const months = [...counts(dated)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, value]) => ({ label: monthLabel(month), value }))
  const quoted = people
    .filter((p) => p.quotes.length > 0)
    .slice(0, MAX_BARS)
    .map((p) => ({ label: p.name, value: p.quotes.length }))
  const units = top(
    counts(releases.flatMap((r) => r.statistics.map((s) => s.unit))),
    (n) => `${n} other units`,
  )
  const undated = releases.length - dated.length
  const figures = [
    figure('Releases per publisher', publishers, 'No releases.'),
    figure(
      'Releases per month of publication',
      months,
      'No release is dated.',
      undated > 0 ? `${undated} of ${releases.length} releases have no known date and are not counted.` : '',
    ),
    figure(
      `The ${quoted.length === MAX_BARS ? 'twenty ' : ''}most quoted people`,
      quoted,
      'Nobody is quoted.',
      'Quotes per person or organisation, across all releases.',
    ),
    figure(
      'Statistics by unit',
      units,
      'No statistics.',
      'Figures found, per unit: count, percent, currency or measure.',
    ),
  ]
  return `<section id="overview" class="overview" aria-labelledby="overview-h"><h2 id="overview-h">Overview</h2><div class="charts">${figures.join('')}</div></section>`
}

function figure(title: string, bars: readonly Bar[], empty: string, note = ''): string {
  const body = bars.length === 0 ? `<p class="empty">${esc(empty)}</p>` : barChart(title, bars)
  return `<figure class="chart-box"><figcaption>${esc(title)}</figcaption>${body}${note ? `<p class="note">${esc(note)}</p>` : ''}</figure>`
}

/** How often each value occurs, most frequent first, then alphabetically. */
function counts(values: readonly string[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1)
  return new Map([...map].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)))
}

/** The first bars, and the rest summed into one. */
function top(map: Map<string, number>, rest: (n: number) => string): Bar[] {
  const all = [...map].map(([label, value]) => ({ label, value }))
  if (all.length <= MAX_BARS) return all
  const shown = all.slice(0, MAX_BARS - 1)
  const others = all.slice(MAX_BARS - 1)
  return [...shown, { label: rest(others.length), value: others.reduce((n, b) => n + b.value, 0) }]
}

/** `2024-03` as `Mar 2024`. */
function monthLabel(month: string): string {
  const m = Number(month.slice(5, 7))
  return m >= 1 && m <= 12 ? `${MONTHS[m - 1]} ${month.slice(0, 4)}` : month
}
