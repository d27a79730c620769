/**
 * Scores `findStatistics` on NewsQuant (590 news sentences, 904 quantities; Almasian et al.,
 * "CQE: A Comprehensive Quantity Extractor", EMNLP 2023) and prints value, value+unit and
 * value+change F1 beside the figures the CQE authors published for CQE and Recognizers-Text.
 * The data is read where it lies and never copied into the project (it has no licence).
 *
 *   npx tsx scripts/eval-newsquant.ts [--dir ../shared/peers/cqe-newsquant] [--misses]
 *
 * Matching (our reimplementation of the published protocol, per sentence): a predicted quantity
 * matches a gold one with the same value; a gold range "252-287" is matched by either end, and
 * its other end is then not counted as a false positive. NewsQuant counts things our model
 * leaves to the date normaliser (durations, ages) and "one" as a pronoun, which our guidelines
 * exclude; a second line scores only the gold quantities inside our scope.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Statistic } from '../src/model'
import { findStatistics } from '../src/statistics/find-statistics'

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: '../shared/peers/cqe-newsquant' },
    misses: { type: 'boolean', default: false },
  },
})
const dataFile = join(args.dir!, 'data/formatted_test_set/NewsQuant.json')
const publishedFile = join(args.dir!, 'data/evaluation_output/NewsQuant.csv')
if (!existsSync(dataFile)) {
  console.error(`eval-newsquant: no NewsQuant data at ${dataFile} (use --dir DIR)`)
  process.exit(2)
}

interface GoldQuantity {
  change: string
  value: string
  unit: string
  normalized_unit: string
}
interface Sentence {
  text: string
  quantities: GoldQuantity[]
}

/**
 * Our units and NewsQuant's normalised units. `count` is any noun unit ("people", "workers") or
 * none ("-"); money in cents is compared as cents.
 */
const UNIT_MAP: Record<string, readonly string[]> = {
  AUD: ['australian dollar'],
  CAD: ['canadian dollar'],
  EUR: ['euro'],
  GBP: ['pound sterling', 'penny'],
  HKD: ['hong kong dollar'],
  INR: ['indian rupee'],
  JPY: ['japanese yen'],
  NZD: ['new zealand dollar'],
  USD: ['dollar', 'united states dollar', 'cent'],
  acre: ['acre'],
  celsius: ['celsius', 'degree celsius'],
  cm: ['centimetre'],
  fahrenheit: ['fahrenheit', 'degree fahrenheit'],
  ft: ['foot'],
  g: ['gram'],
  gallon: ['gallon'],
  gigabyte: ['gigabyte'],
  GHz: ['gigahertz'],
  hp: ['horsepower'],
  Hz: ['hertz'],
  kHz: ['kilohertz'],
  kW: ['kilowatt'],
  kWh: ['kilowatt hour'],
  MHz: ['megahertz'],
  MW: ['megawatt'],
  megabyte: ['megabyte'],
  nm: ['nanometre'],
  ppm: ['part per million'],
  terabyte: ['terabyte'],
  hectare: ['hectare'],
  inch: ['inch'],
  kg: ['kilogram'],
  km: ['kilometre'],
  'km/h': ['kilometre per hour'],
  lb: ['pound-mass'],
  litre: ['litre'],
  m: ['metre'],
  mg: ['milligram'],
  mile: ['mile'],
  ml: ['millilitre'],
  mm: ['millimetre'],
  mph: ['mile per hour'],
  oz: ['ounce'],
  percent: ['percentage'],
  'percentage point': ['percentage point', 'point'],
  'square foot': ['square foot'],
  'square metre': ['square metre'],
  'square mile': ['square mile'],
  tonne: ['tonne', 'ton'],
  yard: ['yard'],
}
const KNOWN_UNITS = new Set(Object.values(UNIT_MAP).flat())
// Units that are lengths of time or ages: the date normaliser's, not ours.
const TIME_UNITS = new Set([
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
  'year of age',
  'decade',
  'century',
])

const data = JSON.parse(readFileSync(dataFile, 'utf8')) as Sentence[]

interface Score {
  predicted: number
  gold: number
  value: number
  valueUnit: number
  valueChange: number
}
const all: Score = { predicted: 0, gold: 0, value: 0, valueUnit: 0, valueChange: 0 }
const scoped: Score = { predicted: 0, gold: 0, value: 0, valueUnit: 0, valueChange: 0 }
const misses: string[] = []

for (const sentence of data) {
  const ours = findStatistics(sentence.text)
  score(ours, sentence.quantities, all, sentence.text)
  score(
    ours,
    sentence.quantities.filter((q) => inScope(q)),
    scoped,
    null,
  )
}

function inScope(q: GoldQuantity): boolean {
  if (TIME_UNITS.has(q.normalized_unit)) return false
  // "one solution", "one of the people": a single thing is not a figure in our guidelines.
  return !(q.value === '1' && !KNOWN_UNITS.has(q.normalized_unit))
}

function score(
  ours: readonly Statistic[],
  gold: readonly GoldQuantity[],
  into: Score,
  text: string | null,
): void {
  const used = new Set<number>()
  let matched = 0
  let spare = 0
  for (const g of gold) {
    const [low, high] = range(g.value)
    let best = -1
    for (let n = 0; n < ours.length; n++) {
      if (used.has(n) || !sameValue(ours[n]!, g, low, high)) continue
      if (best === -1 || (sameUnit(ours[n]!, g) && !sameUnit(ours[best]!, g))) best = n
    }
    if (best === -1) {
      if (text) misses.push(`MISS ${g.value} ${g.normalized_unit} | ${text}`)
      continue
    }
    used.add(best)
    matched++
    const p = ours[best]!
    if (low !== high) {
      // The other end of the range is part of the same gold quantity.
      const other = ours.findIndex((o, n) => !used.has(n) && o.value === (p.value === low ? high : low))
      if (other !== -1) {
        used.add(other)
        spare++
      }
    }
    into.value++
    if (sameUnit(p, g)) into.valueUnit++
    else if (text) misses.push(`UNIT ${p.text} = ${p.unit}, gold ${g.normalized_unit} (${g.unit}) | ${text}`)
    if (changeOf(p) === g.change) into.valueChange++
    else if (text) misses.push(`CHANGE ${p.text} = ${changeOf(p)}, gold ${g.change} | ${text}`)
  }
  if (text) {
    ours.forEach((o, n) => {
      if (!used.has(n)) misses.push(`EXTRA ${o.text} = ${o.value} ${o.unit} | ${text}`)
    })
  }
  into.predicted += ours.length - spare
  into.gold += gold.length
  void matched
}

function range(value: string): [number, number] {
  const m = /^(-?[\d.e+]+)-(-?[\d.e+]+)$/.exec(value)
  if (m) return [Number(m[1]), Number(m[2])]
  const v = Number(value)
  return [v, v]
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b))
}

function sameValue(p: Statistic, g: GoldQuantity, low: number, high: number): boolean {
  const values = [p.value]
  // "19 cents" is 0.19 USD to us and 19 cents to NewsQuant.
  if (/^(cent|penny)\b/.test(g.normalized_unit)) values.push(p.value * 100)
  for (const v of values) {
    if (close(v, low) || close(v, high)) return true
    if (p.qualifier === 'vague' && low !== high && v >= low && v <= high) return true
  }
  return false
}

function sameUnit(p: Statistic, g: GoldQuantity): boolean {
  const theirs = g.normalized_unit.toLowerCase()
  if (p.unit === 'count') return theirs === '-' || theirs === 'count' || !KNOWN_UNITS.has(theirs)
  // "$58.24 per barrel" is "dollar per barrel" to NewsQuant; our unit is the dollar and the
  // rest is what the figure is of, so a rate of our unit counts as our unit.
  const base = theirs.split(' per ')[0]!
  return (UNIT_MAP[p.unit] ?? [p.unit]).some((u) => u === theirs || u === base)
}

/**
 * Our qualifier, or else our change, in NewsQuant's one-field notation: there a bound or an
 * approximation wins over a change ("up about 15 percent" is "~"), and vague words are "=".
 */
function changeOf(p: Statistic): string {
  switch (p.qualifier) {
    case 'over':
    case 'atLeast':
      return '>'
    case 'under':
    case 'upTo':
      return '<'
    case 'approx':
      return '~'
  }
  if (p.change === 'increase') return 'up'
  if (p.change === 'decrease') return 'down'
  return '='
}

function f1(hits: number, s: Score): string {
  const p = s.predicted ? hits / s.predicted : 0
  const r = s.gold ? hits / s.gold : 0
  return (p + r ? (200 * p * r) / (p + r) : 0).toFixed(1).padStart(5)
}

/** Published F1 by system and measure, read from the authors' CSV. */
function published(): Map<string, Map<string, string>> {
  const table = new Map<string, Map<string, string>>()
  if (!existsSync(publishedFile)) return table
  for (const line of readFileSync(publishedFile, 'utf8').split(/\r?\n/).slice(1)) {
    const [, , , f, model, type] = line.split('\t')
    if (!model || !type || !f) continue
    const row = table.get(model) ?? new Map<string, string>()
    row.set(type, Number(f).toFixed(1).padStart(5))
    table.set(model, row)
  }
  return table
}

if (args.misses) for (const line of misses) console.log(line)
const peers = published()
const cell = (model: string, type: string) => peers.get(model)?.get(type) ?? '    –'
console.log(`NewsQuant: ${data.length} sentences, ${all.gold} quantities (${scoped.gold} inside our scope)\n`)
console.log(`${'system'.padEnd(44)} value  value+unit  value+change   (F1)`)
const row = (name: string, a: string, b: string, c: string) =>
  console.log(`${name.padEnd(44)} ${a}       ${b}         ${c}`)
row('press-extract findStatistics', f1(all.value, all), f1(all.valueUnit, all), f1(all.valueChange, all))
row(
  '  on quantities inside our scope',
  f1(scoped.value, scoped),
  f1(scoped.valueUnit, scoped),
  f1(scoped.valueChange, scoped),
)
row(
  'CQE (published)',
  cell('CQE-Numparser', 'value'),
  cell('CQE-Numparser', 'value+unit'),
  cell('CQE-Numparser', 'value+change'),
)
row(
  'Recognizers-Text (published)',
  cell('text-recognizer', 'value'),
  cell('text-recognizer', 'value+unit'),
  cell('text-recognizer', 'value+change'),
)
console.log(
  '\nOut of scope: durations and ages (the date normaliser reads them) and "one" as a pronoun.' +
    '\nMatching by value per sentence; a gold range is matched by either end.',
)
