/**
 * Microsoft Recognizers-Text's English number, percentage and currency specs, run against
 * `findStatistics`. The specs are read from `../shared/peers/recognizers-text` at test time
 * (never copied here); without that folder the suite is skipped with a message saying so.
 *
 * Each case outside our scope is listed as skipped, with the reason in its name. The cases
 * inside it must pass at 90% or more: one test per spec file checks the rate and names each
 * failing case.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Statistic } from '../src/model'
import { findStatistics } from '../src/statistics/find-statistics'

const SPECS = resolve(
  process.env.RECOGNIZERS_SPECS ??
    new URL('../../shared/peers/recognizers-text/Specs', import.meta.url).pathname,
)
const available = existsSync(SPECS)

interface SpecResult {
  Text: string
  Start: number
  End: number
  TypeName?: string
  Resolution?: { value?: string | null; subtype?: string; unit?: string; isoCurrency?: string }
}
interface SpecCase {
  Input: string
  Results: SpecResult[]
  NotSupported?: string
  NotSupportedByDesign?: string
}

type Model = 'number' | 'percent' | 'currency'

/** Recognizers' currency names and the code (and factor) we give the same amount. */
const CURRENCY: Record<string, { code: string; factor: number }> = {
  'australian dollar': { code: 'AUD', factor: 1 },
  'british pound': { code: 'GBP', factor: 1 },
  'canadian dollar': { code: 'CAD', factor: 1 },
  cent: { code: 'USD', factor: 0.01 },
  dollar: { code: 'USD', factor: 1 },
  euro: { code: 'EUR', factor: 1 },
  'hong kong dollar': { code: 'HKD', factor: 1 },
  'japanese yen': { code: 'JPY', factor: 1 },
  'new zealand dollar': { code: 'NZD', factor: 1 },
  pence: { code: 'GBP', factor: 0.01 },
  penny: { code: 'GBP', factor: 0.01 },
  pound: { code: 'GBP', factor: 1 },
  'united states dollar': { code: 'USD', factor: 1 },
}

/** Why a case is outside what the statistic normaliser reads, or null when it is inside. */
function outOfScope(model: Model, c: SpecCase): string | null {
  const input = c.Input
  const results = c.Results
  if (/\b(lakh|crore)s?\b/i.test(input)) return 'Indian numbering (lakh, crore) is another culture'
  if (results.some((r) => /\d,\d{1,2}(?!\d)|\d\.\d{3},\d/.test(r.Text)))
    return 'decimal commas and Indian digit grouping are other cultures'
  if (/\d{1,2}\/\d{1,2}\/\d{2,4}|\d+\.\d+\.\d+\.\d+|\+\d-\d{3}|[A-Z]{2,}-\d/.test(input))
    return 'dates, IP addresses, phone numbers and identifiers are not statistics'
  if (results.some((r) => /^-?\d{10,}$/.test(r.Text.trim())))
    return 'ten digits or more without separators identify something (an account, a case, a tweet)'
  if (
    /\b(years?|months?|days?|hours?|minutes?|weeks?)\b/i.test(input) &&
    /\d\s+(years?|months?|days?)/i.test(input)
  )
    return 'durations are read by the date normaliser'
  for (const r of results) {
    const text = r.Text.toLowerCase()
    const subtype = r.Resolution?.subtype
    if (subtype === 'fraction' || subtype === 'power' || /[½¾⅔⅙]/.test(text))
      return 'fractions and scientific notation are not figures of press releases'
    if (/\b(point|nought|naught)\b/.test(text)) return 'decimals read aloud ("two hundred point zero three")'
    if (/^(minus|negative)\b|^-\s/.test(text) && !/\d/.test(text)) return 'negative numbers in words'
    if (/^(an?\s+|one\s+)?\d*\s*(one|a)$/.test(text) || /^(minus |negative )?one$/.test(text))
      return '"one" alone is not a figure (gold guidelines)'
    if (/\d\s*(g|b|tln|mm|mil)$/i.test(text) || /^\d[\d.,]*\s*[mg]$/i.test(text))
      return 'bare magnitude letters (10G, 1.2b, 1MM) are ambiguous with units'
    if (/\bdozs?\b|\bdzs\b/.test(text)) return 'abbreviated dozens (dzs, dozs)'
    if (/\d\s+hundred\s+and\s+\w|\d\s+thousand\s+\d/.test(text))
      return 'digits mixed with number words ("3 hundred and 21")'
    if (/\bhundred\b.*\bdozens?\b|\bdozens?\b.*\b(and|dozens?)\b/.test(text))
      return 'sums of dozens ("three hundred and two dozens")'
    if (r.Resolution?.value == null || r.Resolution.value === 'null')
      return 'a bare currency or percent word without a number'
    if (model === 'currency') {
      const unit = (r.Resolution?.unit ?? '').toLowerCase()
      if (!(unit in CURRENCY)) return `currency outside our lexicon (${r.Resolution?.unit})`
      if (
        /\d\s*\$\s*\d+\s*cents?\b/.test(text) ||
        (/\b(dollars?|usd)\s+(and\s+)?[\w-]+/i.test(r.Text) &&
          /\s\d|\s(and|forty|fifty|cents?)\b/i.test(text))
      )
        return 'amounts in two currency units ("3 dollars 50 cents")'
      if (/[a-z]\$|\$[a-z]|^[a-z]+\d|\d[a-z]{3}$|^(usd|eur|gbp)\s|\bm(usd|eur|gbp|aud)\b/i.test(text))
        return 'currency codes glued to digits or dollar signs (usd$ 15, 115usd, MUSD)'
      if (/^(dollar|usd)\s+\d/.test(text) || /\d+\s+usd\s+(million|\d)/.test(text))
        return 'magnitudes or cents after a code'
      if (/^\d[\d,.]*\s*\$$/.test(text)) return 'a dollar sign after the number'
      if (/\b(quarter|half|quarters)\b/.test(text)) return 'fractions of a magnitude in money'
    }
    if (model === 'percent' && /^(per\s*cents?|percents?|percentage)\s+of\b/.test(text))
      return 'a percentage written before its number ("per cent of 210")'
  }
  if (model === 'number' && /\bhundred thousand dollars\b/.test(input)) return 'a magnitude without a number'
  return null
}

/** Whether our statistics hold each expected result (same value, overlapping span), and nothing unexpected. */
function check(model: Model, c: SpecCase, ours: Statistic[]): string | null {
  const used = new Set<Statistic>()
  for (const r of c.Results) {
    const expected = expectedValue(model, r)
    const start = r.Start
    const end = r.End + 1
    const hit = ours.find(
      (s) =>
        !used.has(s) &&
        s.span.start < end &&
        start < s.span.end &&
        close(s.value, expected.value) &&
        (expected.unit === null || s.unit === expected.unit),
    )
    if (!hit) {
      const got = ours.map((s) => `${s.text}=${s.value} ${s.unit}`).join(', ') || 'nothing'
      return `expected "${r.Text}" = ${expected.value} ${expected.unit ?? ''}, got ${got}`
    }
    used.add(hit)
  }
  const relevant = (s: Statistic) =>
    model === 'number'
      ? s.unit === 'count'
      : model === 'percent'
        ? s.unit === 'percent'
        : s.unit.length === 3 && s.unit === s.unit.toUpperCase()
  const extra = ours.filter((s) => !used.has(s) && relevant(s))
  if (extra.length > 0) return `unexpected ${extra.map((s) => `"${s.text}"`).join(', ')}`
  return null
}

function expectedValue(model: Model, r: SpecResult): { value: number; unit: string | null } {
  const raw = r.Resolution?.value ?? ''
  if (model === 'percent') return { value: Number(raw.replace('%', '')), unit: 'percent' }
  if (model === 'currency') {
    const currency = CURRENCY[(r.Resolution?.unit ?? '').toLowerCase()]!
    return { value: Number(raw) * currency.factor, unit: currency.code }
  }
  return { value: Number(raw), unit: null }
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
}

const FILES: ReadonlyArray<{ model: Model; path: string }> = [
  { model: 'number', path: 'Number/English/NumberModel.json' },
  { model: 'percent', path: 'Number/English/PercentModel.json' },
  { model: 'currency', path: 'NumberWithUnit/English/CurrencyModel.json' },
]

describe.skipIf(!available)(
  available
    ? 'Recognizers-Text English specs'
    : `Recognizers-Text English specs: skipped, no specs at ${SPECS}`,
  () => {
    for (const { model, path } of FILES) {
      const cases = available
        ? (JSON.parse(readFileSync(resolve(SPECS, path), 'utf8').replace(/^\uFEFF/, '')) as SpecCase[])
        : []
      describe(`${model}: ${path}`, () => {
        const inScope: SpecCase[] = []
        for (const c of cases) {
          const reason = outOfScope(model, c)
          if (reason)
            it.skip(`${model}: out of scope — ${reason}: ${JSON.stringify(c.Input.slice(0, 60))}`, () => {})
          else inScope.push(c)
        }
        it(`passes at least 90% of the ${inScope.length} in-scope cases`, () => {
          const failures: string[] = []
          for (const c of inScope) {
            const problem = check(model, c, findStatistics(c.Input))
            if (problem) failures.push(`${JSON.stringify(c.Input.slice(0, 80))}: ${problem}`)
          }
          const rate = (inScope.length - failures.length) / inScope.length
          expect(inScope.length).toBeGreaterThan(0)
          expect(rate, `${failures.length} failing:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(0.9)
        })
      })
    }
  },
)
