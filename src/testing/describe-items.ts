import type { DateMention, Operation, Quote, Statistic } from '../model'
import { quoteText } from './received'

/** At most this many items are listed in a failure message; the rest are counted. */
const MAX_LISTED = 20

/** The quote as a failure message lists it: text, speaker with title and role, cue and rule. */
export function describeQuote(q: Quote): string {
  const s = q.speaker
  const who = s ? [s.title, s.name].filter(Boolean).join(' ') + (s.role ? ` (${s.role})` : '') : 'no speaker'
  return `${quoteText(q.text, 60)} — ${who}; cue ${q.cue ?? 'none'}${rule(q.rule)}`
}

/** The operation as a failure message lists it: its canonical name and surface forms. */
export function describeOperation(o: Operation): string {
  const forms = [...new Set(o.mentions.map((m) => m.text))].filter((t) => t !== o.name)
  return `${o.name}${forms.length > 0 ? ` (also ${forms.map((f) => quoteText(f)).join(', ')})` : ''}`
}

/** The date as a failure message lists it: text, type, TIMEX3 value and modifier. */
export function describeDate(d: DateMention): string {
  return `${quoteText(d.text)} → ${d.type} ${d.value}${d.mod ? ` ${d.mod}` : ''}${rule(d.rule)}`
}

/** The statistic as a failure message lists it: text, value, unit, qualifier, measure and change. */
export function describeStatistic(s: Statistic): string {
  const extra = [s.measure ? `measure ${quoteText(s.measure, 40)}` : '', s.change ?? ''].filter(Boolean)
  return `${quoteText(s.text)} → ${s.value} ${s.unit}, ${s.qualifier}${extra.length > 0 ? `, ${extra.join(', ')}` : ''}${rule(s.rule)}`
}

/**
 * The items as an indented list after "found N quotes:", or "found no quotes".
 *
 * @example
 * listFound([], 'quotes', describeQuote)
 * //=> 'found no quotes'
 */
export function listFound<T>(items: readonly T[], noun: string, describe: (item: T) => string): string {
  if (items.length === 0) return `found no ${noun}`
  const lines = items.slice(0, MAX_LISTED).map((item) => `  - ${describe(item)}`)
  if (items.length > MAX_LISTED) lines.push(`  … and ${items.length - MAX_LISTED} more`)
  const name = items.length === 1 ? noun.replace(/s$/, '') : noun
  return `found ${items.length} ${name}:\n${lines.join('\n')}`
}

function rule(name: string | undefined): string {
  return name ? ` [${name}]` : ''
}
