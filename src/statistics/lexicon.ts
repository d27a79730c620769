import {
  COUNT_DETERMINERS as DATE_COUNT_DETERMINERS,
  COUNT_MODIFIERS as DATE_COUNT_MODIFIERS,
  COUNTED_NOUNS as DATE_COUNTED_NOUNS,
  SENTENCE_ADVERBS as DATE_SENTENCE_ADVERBS,
  DURATION_ADJECTIVES,
  MONTHS,
} from '../dates/lexicon'
import type { Qualifier } from '../model'
import { wordTable } from '../text/word-table'

/*
 * The words the statistic normaliser reads, as data. Each list is kept sorted (by its first
 * field) so a new entry has one obvious place; matchers sort by length themselves where the
 * longest phrase must win. Every phrase is lower case, one entry per token: "per cent" is
 * `['per', 'cent']`, "%" is `['%']`.
 */

/** A phrase that qualifies the number after it: "more than 16,500", "up to £4.5m". */
export interface QualifierPhrase {
  readonly words: readonly string[]
  readonly qualifier: Qualifier
  /** A verb of exceeding or falling short ("topped £5m"): it bounds a figure, never a year ("exceeded 2019 levels"). */
  readonly verb?: true
  /** A part of what follows ("the best part of 200 jobs"): what follows may be a year ("the best part of 2019"). */
  readonly partOf?: true
}

/** Qualifiers written before the number. Keep sorted. */
export const QUALIFIERS_BEFORE: readonly QualifierPhrase[] = [
  { words: ['a', 'little', 'over'], qualifier: 'over' },
  { words: ['a', 'little', 'under'], qualifier: 'under' },
  { words: ['a', 'maximum', 'of'], qualifier: 'upTo' },
  { words: ['a', 'minimum', 'of'], qualifier: 'atLeast' },
  { words: ['about'], qualifier: 'approx' },
  { words: ['above'], qualifier: 'over' },
  { words: ['almost'], qualifier: 'approx' },
  { words: ['an', 'estimated'], qualifier: 'approx' },
  { words: ['approx'], qualifier: 'approx' },
  { words: ['approx', '.'], qualifier: 'approx' },
  { words: ['approximately'], qualifier: 'approx' },
  { words: ['around'], qualifier: 'approx' },
  { words: ['as', 'few', 'as'], qualifier: 'atLeast' },
  { words: ['as', 'high', 'as'], qualifier: 'upTo' },
  { words: ['as', 'many', 'as'], qualifier: 'upTo' },
  { words: ['as', 'much', 'as'], qualifier: 'upTo' },
  { words: ['at', 'least'], qualifier: 'atLeast' },
  { words: ['at', 'most'], qualifier: 'upTo' },
  { words: ['below'], qualifier: 'under' },
  { words: ['c', '.'], qualifier: 'approx' },
  { words: ['circa'], qualifier: 'approx' },
  { words: ['circa', '.'], qualifier: 'approx' },
  { words: ['close', 'to'], qualifier: 'approx' },
  { words: ['estimated'], qualifier: 'approx' },
  { words: ['exceed'], qualifier: 'over', verb: true },
  { words: ['exceeded'], qualifier: 'over', verb: true },
  { words: ['exceeding'], qualifier: 'over', verb: true },
  { words: ['exceeds'], qualifier: 'over', verb: true },
  { words: ['fall', 'short', 'of'], qualifier: 'under', verb: true },
  { words: ['falling', 'short', 'of'], qualifier: 'under', verb: true },
  { words: ['falls', 'short', 'of'], qualifier: 'under', verb: true },
  { words: ['fell', 'short', 'of'], qualifier: 'under', verb: true },
  { words: ['fewer', 'than'], qualifier: 'under' },
  { words: ['getting', 'on', 'for'], qualifier: 'approx' },
  { words: ['greater', 'than'], qualifier: 'over' },
  { words: ['in', 'excess', 'of'], qualifier: 'over' },
  { words: ['in', 'the', 'order', 'of'], qualifier: 'approx' },
  { words: ['in', 'the', 'region', 'of'], qualifier: 'approx' },
  { words: ['just', 'above'], qualifier: 'over' },
  { words: ['just', 'below'], qualifier: 'under' },
  { words: ['just', 'over'], qualifier: 'over' },
  { words: ['just', 'short', 'of'], qualifier: 'under' },
  { words: ['just', 'shy', 'of'], qualifier: 'under' },
  { words: ['just', 'under'], qualifier: 'under' },
  { words: ['less', 'than'], qualifier: 'under' },
  { words: ['more', 'or', 'less'], qualifier: 'approx' },
  { words: ['more', 'than'], qualifier: 'over' },
  { words: ['nearly'], qualifier: 'approx' },
  { words: ['nigh', 'on'], qualifier: 'approx' },
  { words: ['no', 'fewer', 'than'], qualifier: 'atLeast' },
  { words: ['no', 'less', 'than'], qualifier: 'atLeast' },
  { words: ['no', 'more', 'than'], qualifier: 'upTo' },
  { words: ['north', 'of'], qualifier: 'over' },
  { words: ['not', 'less', 'than'], qualifier: 'atLeast' },
  { words: ['not', 'more', 'than'], qualifier: 'upTo' },
  { words: ['over'], qualifier: 'over' },
  { words: ['roughly'], qualifier: 'approx' },
  { words: ['slightly', 'less', 'than'], qualifier: 'under' },
  { words: ['slightly', 'more', 'than'], qualifier: 'over' },
  { words: ['slightly', 'over'], qualifier: 'over' },
  { words: ['slightly', 'under'], qualifier: 'under' },
  { words: ['some'], qualifier: 'approx' },
  { words: ['sub', '-'], qualifier: 'under' },
  // "the best part of 200 jobs": nearly all of them. "The greater part of" is a majority, no
  // closeness to the figure, so it stays out.
  { words: ['the', 'best', 'part', 'of'], qualifier: 'approx', partOf: true },
  { words: ['the', 'better', 'part', 'of'], qualifier: 'approx', partOf: true },
  { words: ['the', 'guts', 'of'], qualifier: 'approx', partOf: true },
  { words: ['topped'], qualifier: 'over', verb: true },
  { words: ['topping'], qualifier: 'over', verb: true },
  { words: ['tops'], qualifier: 'over', verb: true },
  { words: ['under'], qualifier: 'under' },
  { words: ['up', 'to'], qualifier: 'upTo' },
  { words: ['upward', 'of'], qualifier: 'over' },
  { words: ['upwards', 'of'], qualifier: 'over' },
  { words: ['well', 'above'], qualifier: 'over' },
  { words: ['well', 'below'], qualifier: 'under' },
  { words: ['well', 'over'], qualifier: 'over' },
  { words: ['well', 'under'], qualifier: 'under' },
  { words: ['~'], qualifier: 'approx' },
  { words: ['≈'], qualifier: 'approx' },
]

/** Qualifiers written after the number: "500 or more", "20 or so", "300-odd". Keep sorted. */
export const QUALIFIERS_AFTER: readonly QualifierPhrase[] = [
  { words: ['+'], qualifier: 'over' },
  { words: ['-', 'odd'], qualifier: 'approx' },
  { words: ['-', 'plus'], qualifier: 'over' },
  { words: ['or', 'fewer'], qualifier: 'upTo' },
  { words: ['or', 'less'], qualifier: 'upTo' },
  { words: ['or', 'more'], qualifier: 'atLeast' },
  { words: ['or', 'over'], qualifier: 'atLeast' },
  { words: ['or', 'so'], qualifier: 'approx' },
  { words: ['plus'], qualifier: 'over' },
]

/** Which way a figure moved. */
export type Change = 'increase' | 'decrease'

/**
 * Words that say a figure is a change: verbs ("rose by 145%"), nouns ("a 29 per cent
 * increase") and adverbs ("down 10%"). Keep sorted.
 */
export const CHANGE_WORDS: Readonly<Record<string, Change>> = wordTable({
  added: 'increase',
  advanced: 'increase',
  boost: 'increase',
  boosted: 'increase',
  climb: 'increase',
  climbed: 'increase',
  climbing: 'increase',
  cut: 'decrease',
  cuts: 'decrease',
  decline: 'decrease',
  declined: 'decrease',
  declines: 'decrease',
  declining: 'decrease',
  decrease: 'decrease',
  decreased: 'decrease',
  decreases: 'decrease',
  decreasing: 'decrease',
  dip: 'decrease',
  dipped: 'decrease',
  down: 'decrease',
  drop: 'decrease',
  dropped: 'decrease',
  dropping: 'decrease',
  drops: 'decrease',
  expand: 'increase',
  expanded: 'increase',
  expands: 'increase',
  fall: 'decrease',
  fallen: 'decrease',
  falling: 'decrease',
  falls: 'decrease',
  fell: 'decrease',
  gain: 'increase',
  gained: 'increase',
  gains: 'increase',
  grew: 'increase',
  grow: 'increase',
  grown: 'increase',
  grows: 'increase',
  growth: 'increase',
  hike: 'increase',
  // "Gross margin improved 120 basis points": a figure improves as it rises, but for a loss or a
  // cost (see `FALLING_IMPROVEMENTS`).
  improved: 'increase',
  improves: 'increase',
  improving: 'increase',
  increase: 'increase',
  increased: 'increase',
  increases: 'increase',
  increasing: 'increase',
  jump: 'increase',
  jumped: 'increase',
  jumping: 'increase',
  jumps: 'increase',
  lose: 'decrease',
  loses: 'decrease',
  losing: 'decrease',
  lost: 'decrease',
  lowered: 'decrease',
  narrowed: 'decrease',
  narrowing: 'decrease',
  narrows: 'decrease',
  plummeted: 'decrease',
  plummeting: 'decrease',
  plunge: 'decrease',
  plunged: 'decrease',
  rallied: 'increase',
  reduce: 'decrease',
  reduced: 'decrease',
  reduces: 'decrease',
  reducing: 'decrease',
  reduction: 'decrease',
  reductions: 'decrease',
  rise: 'increase',
  risen: 'increase',
  rises: 'increase',
  rising: 'increase',
  rose: 'increase',
  sank: 'decrease',
  shrank: 'decrease',
  slashed: 'decrease',
  slid: 'decrease',
  slipped: 'decrease',
  slump: 'decrease',
  slumped: 'decrease',
  soared: 'increase',
  soaring: 'increase',
  spike: 'increase',
  surge: 'increase',
  surged: 'increase',
  surging: 'increase',
  tumbled: 'decrease',
  up: 'increase',
  uplift: 'increase',
  // A gap or a deficit widens or narrows: "The trade deficit widened by £2.1 billion". Not the
  // adjective "narrow" ("a narrow 51% majority").
  widened: 'increase',
  widening: 'increase',
  widens: 'increase',
})

/**
 * Particles a verb of change takes when a figure returns or falls off: "fell back 4%", "dropped
 * away 7%", "edged back to 2.1%". Keep sorted.
 */
export const RETURN_PARTICLES: ReadonlySet<string> = new Set(['away', 'back'])

/**
 * Verbs that change an amount only when it follows their object and "by": "raised interest rates
 * by 0.25 percentage points", "lifted its forecast by 2%". Right before a sum they name a level
 * ("raised £50,000 for charity", "lifted 200kg"). Keep sorted.
 */
export const CHANGE_BY_VERBS: Readonly<Record<string, Change>> = wordTable({
  hiked: 'increase',
  hikes: 'increase',
  lift: 'increase',
  lifted: 'increase',
  lifts: 'increase',
  lower: 'decrease',
  lowering: 'decrease',
  lowers: 'decrease',
  raise: 'increase',
  raised: 'increase',
  raises: 'increase',
  raising: 'increase',
  trimmed: 'decrease',
})

/**
 * Adjectives of the period a change is counted over, between a figure and its change word: "a 3%
 * annual rise", "a 12 per cent year-on-year increase" (read in parts). Keep sorted.
 */
export const PERIOD_ADJECTIVES: ReadonlySet<string> = new Set([
  'annual',
  'monthly',
  'quarterly',
  'weekly',
  'yearly',
])

/**
 * Change words that before a sum name the sum lost, a level, not a change in it: "the victim lost
 * $45,000", "loses £20,000 to courier fraud" (but "lost 20% of its value" is a fall). Keep sorted.
 */
export const LOSS_VERBS: ReadonlySet<string> = new Set(['lose', 'loses', 'losing', 'lost'])

/**
 * Verbs that "up" completes into a verb of share, not of change: "made up 40 per cent of victims",
 * "take up 12% of the budget". Keep sorted.
 */
export const SHARE_VERBS_BEFORE_UP: ReadonlySet<string> = new Set([
  'made',
  'make',
  'makes',
  'making',
  'take',
  'taken',
  'takes',
  'taking',
  'took',
])

/** Comparatives after a percentage: "50% more arrests", "40% fewer burglaries". Keep sorted. */
export const COMPARATIVES: Readonly<Record<string, Change>> = wordTable({
  fewer: 'decrease',
  higher: 'increase',
  less: 'decrease',
  lower: 'decrease',
  more: 'increase',
})

/**
 * Words after "three times" that make it a multiplier, a ratio to another figure ("three times as
 * many", "5 times higher"), not a count of occasions ("stabbed three times"). Keep sorted.
 */
export const MULTIPLIER_FOLLOWERS: ReadonlySet<string> = new Set([
  'as',
  'bigger',
  'cheaper',
  'faster',
  'fewer',
  'greater',
  'heavier',
  'higher',
  'larger',
  'less',
  'likelier',
  'longer',
  'lower',
  'more',
  'smaller',
  'stronger',
  'worse',
])

/** Nouns after "three times the" that make it a multiplier: "five times the legal limit". Keep sorted. */
export const MULTIPLIER_BASES: ReadonlySet<string> = new Set([
  'amount',
  'average',
  'cost',
  'figure',
  'level',
  'limit',
  'number',
  'price',
  'rate',
  'size',
  'threshold',
  'total',
  'value',
  'weight',
])

/**
 * Figures a valuation or a debt is a multiple of, right after "times": "6.5 times earnings", "0.9
 * times EBITDA", "1.4 times book value". Keep sorted.
 */
export const MULTIPLE_BASES: ReadonlySet<string> = new Set([
  'book',
  'ebitda',
  'earnings',
  'revenue',
  'revenues',
  'sales',
])

/** Words between "times" and the figure it multiplies: "12 times forward earnings". Keep sorted. */
export const MULTIPLE_BASE_MODIFIERS: ReadonlySet<string> = new Set([
  'adjusted',
  'annual',
  'core',
  'forward',
  'historic',
  'historical',
  'prospective',
  'trailing',
  'underlying',
])

/**
 * Verbs that multiply or divide a figure, a ratio with its change: "arrests doubled" (2 times, a
 * rise), "thefts have halved" (2 times, a fall, as "3 times lower" is 3 times). Keep sorted.
 */
export const MULTIPLIER_VERBS: Readonly<Record<string, { value: number; change: Change }>> = wordTable({
  doubled: { value: 2, change: 'increase' },
  doubles: { value: 2, change: 'increase' },
  doubling: { value: 2, change: 'increase' },
  halved: { value: 2, change: 'decrease' },
  halving: { value: 2, change: 'decrease' },
  quadrupled: { value: 4, change: 'increase' },
  quadruples: { value: 4, change: 'increase' },
  quadrupling: { value: 4, change: 'increase' },
  trebled: { value: 3, change: 'increase' },
  trebles: { value: 3, change: 'increase' },
  trebling: { value: 3, change: 'increase' },
  tripled: { value: 3, change: 'increase' },
  triples: { value: 3, change: 'increase' },
  tripling: { value: 3, change: 'increase' },
})

/** Words after a multiplying verb that make it another verb: "doubled as a front", "doubled down". Keep sorted. */
export const MULTIPLIER_VERB_PARTICLES: ReadonlySet<string> = new Set(['as', 'back', 'down', 'over', 'up'])

/**
 * Words that are a multiplier before `MULTIPLIER_FOLLOWERS` or "the" and a base ("twice as many",
 * "double the legal limit"); "double murder" names no figure. Keep sorted.
 */
export const MULTIPLIER_ADVERBS: Readonly<Record<string, number>> = wordTable({
  double: 2,
  quadruple: 4,
  thrice: 3,
  treble: 3,
  triple: 3,
  twice: 2,
})

/** Modal verbs after which "double", "triple" are verbs: "the number will double". Keep sorted. */
export const MODAL_VERBS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'will',
  'would',
])

/** Adverbs that alone count occasions, as "three times" does: "he was stopped twice". Keep sorted. */
export const OCCASION_ADVERBS: ReadonlySet<string> = new Set(['thrice', 'twice'])

/**
 * Words that, earlier in the same clause, make an exact figure a bound: "the maximum total
 * value of this opportunity is £5.4 million" is at most £5.4 million. Keep sorted.
 */
export const BOUND_WORDS: Readonly<Record<string, Qualifier>> = wordTable({
  max: 'upTo',
  maximum: 'upTo',
  min: 'atLeast',
  minimum: 'atLeast',
})

/**
 * Nouns that make "minimum" or "maximum" before them part of a level's name, not a bound on the
 * figure: a level a rule sets ("increased the minimum wage to £11.44", "the minimum salary
 * threshold of £38,700", "a minimum unit price of 65p", "the maximum speed limit is 70mph") or a
 * reading taken ("maximum sustained winds of 120 mph", "the minimum temperature was -5C"). The
 * thing itself that is bounded is no level: "the minimum investment is £5,000", "the maximum fine
 * is £5,000". Keep sorted.
 */
export const NAMED_LEVEL_NOUNS: ReadonlySet<string> = new Set([
  'gust',
  'gusts',
  'level',
  'levels',
  'limit',
  'limits',
  'price',
  'prices',
  'rate',
  'rates',
  'requirement',
  'requirements',
  'salaries',
  'salary',
  'standard',
  'standards',
  'temperature',
  'temperatures',
  'threshold',
  'thresholds',
  'wage',
  'wages',
  'wind',
  'winds',
])

/** Currency symbols written before the number. `$` is resolved by the publisher (see `dollar`). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = wordTable({
  $: '$',
  '£': 'GBP',
  '¥': 'JPY',
  '€': 'EUR',
  '₦': 'NGN',
  '₩': 'KRW',
  '₪': 'ILS',
  '₱': 'PHP',
  '₹': 'INR',
  '₺': 'TRY',
  '₽': 'RUB',
})

/**
 * Letters written straight before `$` to name the dollar: "US$", "NZ$", "A$", "NT$" (Taiwan's),
 * "MOP$" (the pataca of Macao), and the currencies of the Americas written with the dollar's sign:
 * "R$" (Brazil's real), "AR$", "Mex$", "RD$", "COL$". Keep sorted.
 */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = wordTable({
  a: 'AUD',
  ar: 'ARS',
  au: 'AUD',
  bds: 'BBD',
  bz: 'BZD',
  c: 'CAD',
  ca: 'CAD',
  ci: 'KYD',
  col: 'COP',
  ec: 'XCD',
  fj: 'FJD',
  hk: 'HKD',
  j: 'JMD',
  mex: 'MXN',
  mop: 'MOP',
  mx: 'MXN',
  n: 'NAD',
  nt: 'TWD',
  nz: 'NZD',
  r: 'BRL',
  rd: 'DOP',
  s: 'SGD',
  tt: 'TTD',
  us: 'USD',
})

/**
 * ISO 4217 codes read before or after a number ("GBP 5m", "5m USD", "KES 2.5 million", "NGN 40
 * million", "HUF 12 billion"). Not codes that are also words or names in capitals ("PHP", "TRY",
 * "AED", "SAR"): see `GUARDED_CURRENCY_CODES`. Keep sorted.
 */
export const CURRENCY_CODES: readonly string[] = [
  'ARS',
  'AUD',
  'BDT',
  'BGN',
  'BHD',
  'BND',
  'BRL',
  'CAD',
  'CHF',
  'CLP',
  'CNY',
  'COP',
  'CZK',
  'DKK',
  'DOP',
  'DZD',
  'EGP',
  'ETB',
  'EUR',
  'FJD',
  'GBP',
  'GEL',
  'GHS',
  'GTQ',
  'GYD',
  'HKD',
  'HRK',
  'HUF',
  'IDR',
  'ILS',
  'INR',
  'IQD',
  'IRR',
  'ISK',
  'JMD',
  'JOD',
  'JPY',
  'KES',
  'KHR',
  'KRW',
  'KWD',
  'KZT',
  'LAK',
  'LBP',
  'LKR',
  'LYD',
  'MKD',
  'MMK',
  'MNT',
  'MUR',
  'MWK',
  'MXN',
  'MYR',
  'MZN',
  'NAD',
  'NGN',
  'NOK',
  'NZD',
  'OMR',
  'PGK',
  'PKR',
  'PLN',
  'PYG',
  'QAR',
  'RON',
  'RSD',
  'RUB',
  'RWF',
  'SEK',
  'SGD',
  'SYP',
  'THB',
  'TND',
  'TTD',
  'TWD',
  'TZS',
  'UAH',
  'UGX',
  'USD',
  'UYU',
  'UZS',
  'VND',
  'XAF',
  'XCD',
  'XOF',
  'YER',
  'ZAR',
  'ZMW',
]

/**
 * ISO 4217 codes that are also words or abbreviations in capitals ("AED" a defibrillator, "SAR"
 * search and rescue, "SDG" a development goal, "NPR" a broadcaster): read only before an amount
 * that reads as one, grouped or with decimals or before a magnitude ("AED 2.5 million", "SAR
 * 40,000"; not "SDG 3" or "AED 24"). Keep sorted.
 */
export const GUARDED_CURRENCY_CODES: readonly string[] = [
  'AED',
  'AMD',
  'BOB',
  'CRC',
  'NPR',
  'PEN',
  'SAR',
  'SCR',
  'SDG',
  'TRY',
]

/**
 * The pound sign as ASCII transliteration writes it ("£" becomes "PS"), glued to an amount:
 * "PS2.7m", "PS21,700". Read only with a magnitude or a figure's marks ("PS5" is a console).
 */
export const TRANSLITERATED_POUND = 'PS'

/** Letters glued before the digits that name a currency: "RM23.50" is ringgit. Keep sorted. */
export const LETTER_PREFIXES: Readonly<Record<string, string>> = wordTable({
  RM: 'MYR',
})

/**
 * Abbreviations of a currency written before the number, glued or apart, with or without a stop:
 * "Rs 45 lakh", "Rs.500", "RMB 2 million" (the renminbi), "KSh 2.5 million", "Kshs.500" (the
 * Kenyan shilling). Keep sorted.
 */
export const WORD_PREFIXES: Readonly<Record<string, string>> = wordTable({
  KSh: 'KES',
  KShs: 'KES',
  Ksh: 'KES',
  Kshs: 'KES',
  RMB: 'CNY',
  Rs: 'INR',
})

/** A capital and "=" glued before the digits, as news wires write a currency: "Y=4,120" is yen. Keep sorted. */
export const WIRE_PREFIXES: Readonly<Record<string, string>> = wordTable({
  Y: 'JPY',
})

/** A currency written as words after the number: "5 million pounds", "50 pence". */
export interface CurrencyWords {
  readonly words: readonly string[]
  /** An ISO code, `$` for the publisher's dollar, or `¤` for the publisher's own money ("15 grand"). */
  readonly code: string
  /** Value of one of these in units of the currency: a penny is 0.01 GBP. */
  readonly factor: number
  /** Also a weight ("98.28 pounds of cocaine"): money only where the publisher's money is the pound. */
  readonly weighs?: boolean
  /** Also a common word ("won"): money only after a magnitude ("5 trillion won"). */
  readonly afterMagnitude?: boolean
  /**
   * A word of speech that is also an adjective ("grand"): money only in lower case, after a number
   * written exactly, and before no noun it could describe ("15 grand", not "3 grand slams").
   */
  readonly informal?: boolean
}

/**
 * Words of money around "pounds" that make them sterling in a release that weighs pounds:
 * "laundered 300,000 pounds", "a sum of 5,000 pounds", "300,000 pounds in cash". Keep sorted.
 */
export const PAYING_WORDS: ReadonlySet<string> = new Set([
  'bribe',
  'bribes',
  'cash',
  'compensation',
  'damages',
  'defraud',
  'defrauded',
  'defrauding',
  'embezzled',
  'embezzling',
  'fine',
  'fined',
  'fines',
  'fraud',
  'launder',
  'laundered',
  'laundering',
  'owed',
  'paid',
  'ransom',
  'steal',
  'stealing',
  'stole',
  'stolen',
  'sum',
  'swindled',
  'worth',
])

/** Nouns of a price that make "a litre" after "of" the unit it is quoted for: "the price of a litre". Keep sorted. */
export const PRICE_NOUNS: ReadonlySet<string> = new Set(['cost', 'costs', 'price', 'prices', 'value'])

/**
 * Verbs of a price that make "a kilo of beef" before them the unit it is quoted for: "a kilo of
 * beef costs £12", "a kilo of cocaine can fetch £30,000". Keep sorted.
 */
export const PRICE_VERBS: ReadonlySet<string> = new Set([
  'cost',
  'costs',
  'fetch',
  'fetches',
  'retail',
  'retails',
  'sell',
  'sells',
])

/** Nouns after "pounds of" that are money, not what is weighed: "pounds of public money". Keep sorted. */
export const PAID_NOUNS: ReadonlySet<string> = new Set([
  'cash',
  'compensation',
  'damage',
  'funding',
  'funds',
  'money',
  'public',
  'taxpayers',
])

/**
 * Things weighed after "pounds of" that make the pounds weight even in a release of sterling:
 * "300 pounds of cannabis", "40 pounds of copper cable". Keep sorted.
 */
export const WEIGHED_NOUNS: ReadonlySet<string> = new Set([
  'cannabis',
  'cocaine',
  'copper',
  'crack',
  'drugs',
  'explosives',
  'fentanyl',
  'heroin',
  'herbal',
  'ivory',
  'ketamine',
  'khat',
  'marijuana',
  'mdma',
  'meat',
  'meth',
  'methamphetamine',
  'resin',
  'skunk',
  'tobacco',
])

/** Words of weather before "20c" that make it degrees Celsius, not cents. Keep sorted. */
export const WEATHER_WORDS: ReadonlySet<string> = new Set([
  'cold',
  'degrees',
  'forecast',
  'heat',
  'highs',
  'hot',
  'lows',
  'temperature',
  'temperatures',
  'warm',
  'weather',
])

/** Currency words after a number. Keep sorted. */
export const CURRENCY_WORDS: readonly CurrencyWords[] = [
  { words: ['argentine', 'pesos'], code: 'ARS', factor: 1 },
  { words: ['australian', 'dollars'], code: 'AUD', factor: 1 },
  { words: ['baht'], code: 'THB', factor: 1 },
  { words: ['bangladeshi', 'taka'], code: 'BDT', factor: 1 },
  { words: ['brazilian', 'reais'], code: 'BRL', factor: 1 },
  { words: ['british', 'pounds'], code: 'GBP', factor: 1 },
  { words: ['canadian', 'dollars'], code: 'CAD', factor: 1 },
  { words: ['cent'], code: '$', factor: 0.01 },
  { words: ['cents'], code: '$', factor: 0.01 },
  { words: ['chilean', 'pesos'], code: 'CLP', factor: 1 },
  { words: ['chinese', 'yuan'], code: 'CNY', factor: 1 },
  { words: ['colombian', 'pesos'], code: 'COP', factor: 1 },
  { words: ['danish', 'crowns'], code: 'DKK', factor: 1 },
  { words: ['danish', 'krone'], code: 'DKK', factor: 1 },
  { words: ['danish', 'kroner'], code: 'DKK', factor: 1 },
  { words: ['dirham'], code: 'AED', factor: 1 },
  { words: ['dirhams'], code: 'AED', factor: 1 },
  { words: ['dollar'], code: '$', factor: 1 },
  { words: ['dollars'], code: '$', factor: 1 },
  { words: ['egyptian', 'pounds'], code: 'EGP', factor: 1 },
  { words: ['euro'], code: 'EUR', factor: 1 },
  { words: ['euros'], code: 'EUR', factor: 1 },
  { words: ['fijian', 'dollars'], code: 'FJD', factor: 1 },
  { words: ['forint'], code: 'HUF', factor: 1 },
  { words: ['forints'], code: 'HUF', factor: 1 },
  { words: ['ghanaian', 'cedis'], code: 'GHS', factor: 1 },
  // "15 grand": a thousand of the publisher's own money, as people say it.
  { words: ['grand'], code: '¤', factor: 1000, informal: true },
  { words: ['hong', 'kong', 'dollars'], code: 'HKD', factor: 1 },
  { words: ['indian', 'rupees'], code: 'INR', factor: 1 },
  { words: ['jamaican', 'dollars'], code: 'JMD', factor: 1 },
  { words: ['japanese', 'yen'], code: 'JPY', factor: 1 },
  { words: ['kenyan', 'shillings'], code: 'KES', factor: 1 },
  { words: ['korean', 'won'], code: 'KRW', factor: 1 },
  { words: ['krona'], code: 'SEK', factor: 1 },
  { words: ['kronor'], code: 'SEK', factor: 1 },
  { words: ['kuna'], code: 'HRK', factor: 1 },
  { words: ['lira'], code: 'TRY', factor: 1 },
  { words: ['mexican', 'pesos'], code: 'MXN', factor: 1 },
  { words: ['naira'], code: 'NGN', factor: 1 },
  { words: ['new', 'zealand', 'dollars'], code: 'NZD', factor: 1 },
  { words: ['norwegian', 'crowns'], code: 'NOK', factor: 1 },
  { words: ['norwegian', 'krone'], code: 'NOK', factor: 1 },
  { words: ['norwegian', 'kroner'], code: 'NOK', factor: 1 },
  { words: ['pakistani', 'rupees'], code: 'PKR', factor: 1 },
  { words: ['pence'], code: 'GBP', factor: 0.01 },
  { words: ['penny'], code: 'GBP', factor: 0.01 },
  { words: ['philippine', 'pesos'], code: 'PHP', factor: 1 },
  { words: ['pound'], code: 'GBP', factor: 1, weighs: true },
  { words: ['pounds'], code: 'GBP', factor: 1, weighs: true },
  { words: ['pounds', 'sterling'], code: 'GBP', factor: 1 },
  { words: ['rand'], code: 'ZAR', factor: 1 },
  { words: ['reais'], code: 'BRL', factor: 1 },
  { words: ['renminbi'], code: 'CNY', factor: 1 },
  { words: ['ringgit'], code: 'MYR', factor: 1 },
  { words: ['riyal'], code: 'SAR', factor: 1 },
  { words: ['riyals'], code: 'SAR', factor: 1 },
  { words: ['rouble'], code: 'RUB', factor: 1 },
  { words: ['roubles'], code: 'RUB', factor: 1 },
  { words: ['ruble'], code: 'RUB', factor: 1 },
  { words: ['rubles'], code: 'RUB', factor: 1 },
  { words: ['rupee'], code: 'INR', factor: 1 },
  { words: ['rupees'], code: 'INR', factor: 1 },
  { words: ['rupiah'], code: 'IDR', factor: 1 },
  { words: ['shekel'], code: 'ILS', factor: 1 },
  { words: ['shekels'], code: 'ILS', factor: 1 },
  { words: ['singapore', 'dollars'], code: 'SGD', factor: 1 },
  { words: ['south', 'korean', 'won'], code: 'KRW', factor: 1 },
  { words: ['sri', 'lankan', 'rupees'], code: 'LKR', factor: 1 },
  { words: ['sterling'], code: 'GBP', factor: 1 },
  { words: ['swedish', 'crowns'], code: 'SEK', factor: 1 },
  { words: ['swedish', 'krona'], code: 'SEK', factor: 1 },
  { words: ['swedish', 'kronor'], code: 'SEK', factor: 1 },
  { words: ['swiss', 'franc'], code: 'CHF', factor: 1 },
  { words: ['swiss', 'francs'], code: 'CHF', factor: 1 },
  { words: ['taiwan', 'dollars'], code: 'TWD', factor: 1 },
  { words: ['tanzanian', 'shillings'], code: 'TZS', factor: 1 },
  { words: ['thai', 'baht'], code: 'THB', factor: 1 },
  { words: ['u', '.', 's', '.', 'dollars'], code: 'USD', factor: 1 },
  { words: ['ugandan', 'shillings'], code: 'UGX', factor: 1 },
  { words: ['us', 'dollar'], code: 'USD', factor: 1 },
  { words: ['us', 'dollars'], code: 'USD', factor: 1 },
  { words: ['won'], code: 'KRW', factor: 1, afterMagnitude: true },
  { words: ['yen'], code: 'JPY', factor: 1 },
  { words: ['yuan'], code: 'CNY', factor: 1 },
  { words: ['zloty'], code: 'PLN', factor: 1 },
  { words: ['zlotych'], code: 'PLN', factor: 1 },
  { words: ['zlotys'], code: 'PLN', factor: 1 },
]

/** A magnitude written after a number: "4.5m", "2bn", "five million". */
export interface Magnitude {
  readonly factor: number
  /**
   * Letters are only magnitudes straight after money ("£4.5m"); after a bare number "200m" is
   * 200 metres. Words ("million") are magnitudes everywhere.
   */
  readonly moneyOnly: boolean
}

/** Magnitudes, lower case. Keep sorted. */
export const MAGNITUDES: Readonly<Record<string, Magnitude>> = wordTable({
  b: { factor: 1e9, moneyOnly: true },
  billion: { factor: 1e9, moneyOnly: false },
  bln: { factor: 1e9, moneyOnly: false },
  bn: { factor: 1e9, moneyOnly: false },
  // The Indian scale: a crore is ten million, a lakh a hundred thousand ("Rs 2 crore", "45 lakh").
  crore: { factor: 1e7, moneyOnly: false },
  crores: { factor: 1e7, moneyOnly: false },
  dozen: { factor: 12, moneyOnly: false },
  dozens: { factor: 12, moneyOnly: false },
  hundred: { factor: 100, moneyOnly: false },
  k: { factor: 1e3, moneyOnly: false },
  lakh: { factor: 1e5, moneyOnly: false },
  lakhs: { factor: 1e5, moneyOnly: false },
  m: { factor: 1e6, moneyOnly: true },
  mil: { factor: 1e6, moneyOnly: false },
  million: { factor: 1e6, moneyOnly: false },
  mln: { factor: 1e6, moneyOnly: false },
  mn: { factor: 1e6, moneyOnly: false },
  thousand: { factor: 1e3, moneyOnly: false },
  tn: { factor: 1e12, moneyOnly: false },
  trillion: { factor: 1e12, moneyOnly: false },
})

export { UNITS, type UnitWords } from './units'

/**
 * Vague quantities, with the least number the phrase can mean ("hundreds" is at least 200,
 * "several hundred" too). A scale word after one multiplies it: "several hundred million".
 * `of` after "scores" is required, because "scores" alone is mostly the noun. Keep sorted.
 */
export interface VagueWords {
  readonly words: readonly string[]
  readonly value: number
  /** A word that must follow (not part of the text): "scores of". */
  readonly before?: string
}

export const VAGUE_QUANTITIES: readonly VagueWords[] = [
  { words: ['a', 'few', 'dozen'], value: 24 },
  { words: ['a', 'few', 'hundred'], value: 200 },
  { words: ['a', 'few', 'million'], value: 2e6 },
  { words: ['a', 'few', 'thousand'], value: 2000 },
  { words: ['billions'], value: 2e9 },
  { words: ['dozens'], value: 24 },
  { words: ['hundreds'], value: 200 },
  { words: ['hundreds', 'of', 'millions'], value: 2e8 },
  { words: ['hundreds', 'of', 'thousands'], value: 2e5 },
  { words: ['millions'], value: 2e6 },
  { words: ['scores'], value: 40, before: 'of' },
  { words: ['several', 'dozen'], value: 24 },
  { words: ['several', 'hundred'], value: 200 },
  { words: ['several', 'million'], value: 2e6 },
  { words: ['several', 'thousand'], value: 2000 },
  { words: ['tens', 'of', 'millions'], value: 2e7 },
  { words: ['tens', 'of', 'thousands'], value: 2e4 },
  { words: ['thousands'], value: 2000 },
]

/**
 * Time words: a number before one is a duration ("three years", "a four day period"), which the
 * date normaliser owns. Keep sorted.
 */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'centuries',
  'century',
  'day',
  'days',
  'decade',
  'decades',
  'fortnight',
  'fortnights',
  'hour',
  'hours',
  'hr',
  'hrs',
  'min',
  'mins',
  'minute',
  'minutes',
  'month',
  'months',
  'night',
  'nights',
  'sec',
  'second',
  'seconds',
  'secs',
  'week',
  'weekend',
  'weekends',
  'weeks',
  'year',
  'years',
  'yr',
  'yrs',
])

/**
 * Words allowed between a number and its time word: "three full years", "two financial years";
 * the dates read the same words as part of the length of time.
 */
export const TIME_UNIT_FILLERS: ReadonlySet<string> = new Set(DURATION_ADJECTIVES)

/** Rate periods as TIMEX3 durations: "per month" is `P1M`. Keep sorted. */
export const PERIODS: Readonly<Record<string, string>> = wordTable({
  annum: 'P1Y',
  day: 'P1D',
  fortnight: 'P2W',
  hour: 'PT1H',
  minute: 'PT1M',
  month: 'P1M',
  quarter: 'P3M',
  second: 'PT1S',
  week: 'P1W',
  year: 'P1Y',
})

/** One-word rate periods: "annually". Keep sorted. */
export const PERIOD_ADVERBS: Readonly<Record<string, string>> = wordTable({
  annually: 'P1Y',
  daily: 'P1D',
  hourly: 'PT1H',
  monthly: 'P1M',
  weekly: 'P1W',
  yearly: 'P1Y',
})

/** Words that introduce a rate's period: "per month", "a year", "each week". Keep sorted. */
export const PERIOD_MARKERS: ReadonlySet<string> = new Set(['a', 'an', 'each', 'every', 'per'])

/**
 * Month names and abbreviations: a number beside one is a date. The date normaliser's `MONTHS`
 * is the one list of them.
 */
export const MONTH_WORDS: ReadonlySet<string> = new Set(Object.keys(MONTHS))

/** Letters glued to a day or a place's number that make it an ordinal: "9th", "71st". Keep sorted. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['nd', 'rd', 'st', 'th'])

/** Words after a number that make it a time of day: "10 am", "9 o'clock". Keep sorted. */
export const TIME_OF_DAY: ReadonlySet<string> = new Set([
  'a',
  'am',
  'bst',
  'gmt',
  'hrs',
  "o'clock",
  'pm',
  'p',
  'utc',
])

/**
 * Words before a number that make it part of a name or a reference, not a figure: "Op 5",
 * "Section 60", "Article 8", "Channel 4", "quoting incident 123", "junctions 31 and 33", "counts 1
 * and 3", "between exits 17 and 22", "gates 3 and 4", "pages 20-30", "Articles 8 and 10", "Precinct 75", "mile marker 42", "a Glock 17", "badge number 5521", "collar number 1234",
 * "PS 567", "Bus 38", "courtroom 3", "Terminal 5", "Apt 4B", "Proposition 47", "Resolution 2334",
 * "Building 7", "Formula 1", "Goal 16" and "SDG 16" (of the Sustainable Development Goals), a
 * response or a call's grade ("a Code 3 response", "Priority 1 calls"), a model of stun gun ("Taser 7
 * devices"), a region or a unit of an agency ("EPA Region 5", "Troop 7", "Battalion 2"), a US state or
 * county road ("SR 200", "CR 484", "County Road 42"), a fire crew, a post or a patrol area
 * ("Engine 12", "Station 4", "Sector 3", "Beat 12", "Pod 3"), a class of offence or of fire ("a
 * Class 2 offence", "an Alarm 3 fire"), a trade union's branch ("Local 802"), a kind or a step
 * named by its number ("type 2 diabetes", "a category 4 hurricane", "stages 3 and 4", "Phase 2"), a
 * quarter of the year ("Quarter 4 2023", as statistics offices write it).
 * Keep sorted.
 */
export const NAME_WORDS: ReadonlySet<string> = new Set([
  'act',
  'alarm',
  'annex',
  'apartment',
  'appendix',
  'apt',
  'area',
  'article',
  'articles',
  'badge',
  'band',
  'battalion',
  'beat',
  'block',
  'box',
  'building',
  'bus',
  'camera',
  'cat',
  'categories',
  'category',
  'cell',
  'channel',
  'chapter',
  'chapters',
  'class',
  'classes',
  'clause',
  'clauses',
  'code',
  'collar',
  'count',
  'counts',
  'court',
  'courtroom',
  'covid',
  'cr',
  'dc',
  'district',
  'division',
  'docket',
  'ds',
  'engine',
  'exit',
  'exits',
  'extension',
  'figure',
  'flat',
  'flight',
  'form',
  'formula',
  'gate',
  'gates',
  'glock',
  'goal',
  'grade',
  'grades',
  'highway',
  'incident',
  'interstate',
  'iso',
  'item',
  'junction',
  'junctions',
  'key',
  'ladder',
  'lane',
  'lanes',
  'level',
  'levels',
  'line',
  'local',
  'log',
  'lot',
  'marker',
  'measure',
  'medic',
  'model',
  'no',
  'op',
  'operation',
  'page',
  'pages',
  'para',
  'paragraph',
  'paragraphs',
  'part',
  'pc',
  'pcso',
  'phase',
  'phases',
  'pier',
  'pillar',
  'platform',
  'platforms',
  'pod',
  'postcode',
  'postcodes',
  'precinct',
  'priority',
  'prop',
  'proposition',
  'ps',
  'quarter',
  'question',
  'quote',
  'quoting',
  'radio',
  'recommendation',
  'ref',
  'reference',
  'reg',
  'region',
  'regulation',
  'resolution',
  'road',
  'room',
  'rooms',
  'route',
  'routes',
  'row',
  'rule',
  's',
  'schedule',
  'sdg',
  'section',
  'sections',
  'sector',
  'serial',
  'sgt',
  'squad',
  'sr',
  'stage',
  'stages',
  'station',
  'step',
  'suite',
  'table',
  'taser',
  'team',
  'terminal',
  'terminals',
  'tier',
  'tiers',
  'title',
  'troop',
  'type',
  'types',
  'unit',
  'version',
  'ward',
  'wards',
  'wave',
  'wing',
  'year',
  'zone',
  'zones',
])

/**
 * Makers whose models are numbers: of aircraft ("Boeing 737 jets", "an Airbus A320-200", "the ATR
 * 72-600") and of road vehicles ("a silver Peugeot 207", "a Porsche 911", "a Land Rover Defender
 * 110"). A number right after one, or after one and a model's name, names a model, not how many.
 * Not makers whose name is a common word or a first name: those are `WORD_MAKERS`. Keep sorted.
 */
export const MODEL_MAKERS: ReadonlySet<string> = new Set([
  'airbus',
  'alfa',
  'antonov',
  'atr',
  'audi',
  'beechcraft',
  'bentley',
  'bmw',
  'boeing',
  'bombardier',
  'cessna',
  'chevrolet',
  'chrysler',
  'citroen',
  'citroën',
  'comac',
  'dacia',
  'daf',
  'dassault',
  'ducati',
  'embraer',
  'ferrari',
  'fiat',
  'fokker',
  'gulfstream',
  'honda',
  'hyundai',
  'ilyushin',
  'isuzu',
  'iveco',
  'jaguar',
  'kawasaki',
  'kia',
  'lamborghini',
  'learjet',
  'lexus',
  'lockheed',
  'maserati',
  'mazda',
  'mclaren',
  'mercedes',
  'mercedes-benz',
  'mitsubishi',
  'nissan',
  'opel',
  'peugeot',
  'pilatus',
  'porsche',
  'renault',
  'rover',
  'saab',
  'scania',
  'sikorsky',
  'skoda',
  'subaru',
  'sukhoi',
  'suzuki',
  'toyota',
  'tupolev',
  'vauxhall',
  'volkswagen',
  'volvo',
  'vw',
  'yamaha',
  'škoda',
])

/**
 * Makers of road vehicles whose name is a common word or a first name: "Ford", "Mini", "Seat",
 * "Smart". They name a maker only with a capitalised model's name between them and the number
 * ("a Ford Transit 350 van", "a Seat Leon 2"): right before a number they may be a surname or a
 * word ("Harrison Ford 3 films", "Seat 12"). Keep sorted.
 */
export const WORD_MAKERS: ReadonlySet<string> = new Set([
  'ford',
  'genesis',
  'mini',
  'seat',
  'smart',
  'triumph',
])

/**
 * Market indices and lists named with a number, by the word before it: "the S&P 500", "FTSE 100",
 * "Nasdaq 100", "Fortune 500". The number is part of the name, not a figure. Keep sorted.
 */
export const NUMBERED_NAMES: Readonly<Record<string, readonly string[]>> = wordTable({
  asx: ['200', '300'],
  cac: ['40'],
  dax: ['30', '40'],
  fortune: ['100', '500', '1000'],
  ftse: ['100', '250', '350'],
  ibex: ['35'],
  nasdaq: ['100'],
  nikkei: ['225'],
  p: ['100', '400', '500', '600'],
  russell: ['1000', '2000', '3000'],
  sp: ['500'],
  stoxx: ['50', '600'],
  tsx: ['60'],
})

/**
 * Words before a bare figure that compare it with an earlier figure of the sentence, which then
 * says what it counts: "up from 4.8 million", "including 2.1 million", "compared with 380", an
 * index's level "at 7,410" after its points (see `shareElidedUnits`). Each
 * maps to the words that must stand before it, if any. Keep sorted.
 */
export const ELLIPSIS_LINKS: Readonly<Record<string, readonly string[]>> = wordTable({
  against: [],
  and: [],
  at: [],
  from: [],
  including: [],
  to: [],
  versus: [],
  vs: [],
  with: ['compared', 'compares'],
})

/**
 * Words after a bare figure that lead to the figure saying what it counts: "raised 40 million
 * of the 90 million euros", "3,910.55 up 41.2 points" (a level, then its change).
 */
export const ELLIPSIS_LINKS_AFTER: readonly (readonly string[])[] = [['down'], ['of', 'the'], ['up']]

/** Words after a number that make an idiom, not a figure: "zero tolerance". Keep sorted. */
export const IDIOM_WORDS: ReadonlySet<string> = new Set(['tolerance'])

/** Words before a number that make it an age ("aged 15"), a length of time. Keep sorted. */
export const AGE_WORDS: ReadonlySet<string> = new Set(['age', 'aged', 'ages'])

/** Short numbers that are phone numbers after a calling word: "call 999", "on 101". Keep sorted. */
export const SERVICE_NUMBERS: ReadonlySet<string> = new Set([
  '000',
  '101',
  '10111',
  '105',
  '111',
  '112',
  '119',
  '311',
  '911',
  '999',
])

/** Words around a service number that make it one: "call 101", "999 calls". Keep sorted. */
export const CALL_WORDS: ReadonlySet<string> = new Set([
  'call',
  'called',
  'calling',
  'calls',
  'contact',
  'contacted',
  'contacting',
  'dial',
  'dialed',
  'dialled',
  'dialling',
  'emergency',
  'line',
  'nhs',
  'number',
  'on',
  'operator',
  'operators',
  'or',
  'phone',
  'phoned',
  'phoning',
  'rang',
  'ring',
  'ringing',
  'service',
  'telephone',
  'text',
  'via',
])

/**
 * Verbs whose object is a number to call: "text 61016", "call 131 444", "contact us on 13 14 44".
 * Any number of three or more digits straight after one, or after "on" following one ("call
 * police on 131 444"), is a phone number. Keep sorted.
 */
export const DIAL_VERBS: ReadonlySet<string> = new Set([
  'call',
  'calling',
  'contact',
  'contacting',
  'dial',
  'dialing',
  'dialling',
  'phone',
  'phoned',
  'phoning',
  'rang',
  'ring',
  'ringing',
  'sms',
  'telephone',
  'text',
  'texting',
])

/** Nouns after which "on" gives a number to call: "the Police Assistance Line on 131 444". Keep sorted. */
export const PHONE_NOUNS: ReadonlySet<string> = new Set([
  'helpline',
  'hotline',
  'line',
  'number',
  'phone',
  'telephone',
  'tipline',
])

/** Name words written shortened before a number: "District No. 1", "s. 91", "para. 4", "ext. 204". Keep sorted. */
export const ABBREVIATED_NAME_WORDS: ReadonlySet<string> = new Set([
  'apt',
  'art',
  'ch',
  'cl',
  'ext',
  'no',
  'nos',
  'para',
  'reg',
  's',
  'sec',
  'ss',
  'vol',
])

/** Words that close a person's name: "Lamar Graves, Jr., 42," gives an age. Keep sorted. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['ii', 'iii', 'iv', 'jr', 'sr'])

/**
 * Nouns for a person: a number set off by commas after one is an age ("a man, 32, was charged",
 * "her son, 12, was not hurt"). Keep sorted.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'boy',
  'brother',
  'cyclist',
  'daughter',
  'defendant',
  'driver',
  'father',
  'female',
  'girl',
  'grandfather',
  'grandmother',
  'husband',
  'male',
  'man',
  'mother',
  'motorcyclist',
  'motorist',
  'offender',
  'passenger',
  'pedestrian',
  'pensioner',
  'rider',
  'sister',
  'son',
  'suspect',
  'teen',
  'teenager',
  'victim',
  'wife',
  'woman',
  'youth',
])

/**
 * A parent, before "of" and the number of their children: "father-of-two", "mother of three".
 * Keep sorted.
 */
export const PARENT_NOUNS: ReadonlySet<string> = new Set([
  'dad',
  'father',
  'grandad',
  'granddad',
  'grandfather',
  'grandma',
  'grandmother',
  'grandpa',
  'grandparent',
  'mom',
  'mother',
  'mum',
  'parent',
  'stepfather',
  'stepmother',
])

/** Who a school year numbers: "year 10 pupils", "year 11 students". Keep sorted. */
export const SCHOOL_YEAR_NOUNS: ReadonlySet<string> = new Set([
  'boys',
  'children',
  'class',
  'classes',
  'girls',
  'group',
  'groups',
  'learners',
  'pupil',
  'pupils',
  'student',
  'students',
])

/** Words before "the top 10" that make it a rank: "in the top 10", "into the top 20". Keep sorted. */
export const RANK_PREPOSITIONS: ReadonlySet<string> = new Set([
  'among',
  'in',
  'inside',
  'into',
  'outside',
  'within',
])

/**
 * Words before "level of" that make the number after it a step on a scale, not a figure: "an
 * offense level of 32" (US sentencing guidelines), "an alert level of 4". Keep sorted.
 */
export const SCALE_LEVELS: ReadonlySet<string> = new Set([
  'alert',
  'danger',
  'offence',
  'offense',
  'risk',
  'security',
  'threat',
  'warning',
])

/** Nouns after "top 10" that make it a rank: "a top 10 finish", "the top 20 list". Keep sorted. */
export const RANK_NOUNS: ReadonlySet<string> = new Set([
  'finish',
  'list',
  'place',
  'placing',
  'position',
  'ranking',
  'rankings',
  'spot',
])

/**
 * Nouns of a difference that a "10-point" measures in points of a poll, a score or an index: "a
 * 10-point lead", "a 5-point drop". Keep sorted.
 */
export const POINT_DIFFERENCES: ReadonlySet<string> = new Set([
  'advantage',
  'decline',
  'deficit',
  'drop',
  'fall',
  'gain',
  'gap',
  'increase',
  'jump',
  'lead',
  'margin',
  'rise',
  'swing',
])

/**
 * Parts a number glued by a hyphen counts to say what kind of product a thing is: "a six-speed
 * gearbox", "a four-cylinder engine", "a four-door saloon", "a five-star hotel", "a 12-piece set",
 * "a four-wheel-drive", "a two-way radio", "a four-lane road", "a two-tier system", "a
 * three-pronged approach". Such a compound classifies; it reports no figure. Only these: other
 * "N-noun" compounds report how many ("a six-episode series", "a 16-count indictment", "a
 * two-vehicle collision") and stay counts, as the gold counts them. Keep sorted.
 */
export const SPECIFICATION_PARTS: ReadonlySet<string> = new Set([
  'cylinder',
  'door',
  'lane',
  'piece',
  'pronged',
  'sided',
  'speed',
  'star',
  'stroke',
  'tier',
  'valve',
  'way',
  'wheel',
])

/**
 * Rooms and places a small hyphened number classifies a home, a building or a vehicle by: "a
 * three-bed apartment", "a two-bedroom flat", "a three-storey house", "a seven-seater". A large one
 * is a capacity the story reports ("a 500-bed hospital", "a 60,000-seat stadium"). Keep sorted.
 */
export const SIZE_CLASS_PARTS: ReadonlySet<string> = new Set([
  'bed',
  'bedroom',
  'seat',
  'seater',
  'storey',
  'story',
])

/** The largest number of rooms or places a `SIZE_CLASS_PARTS` compound classifies by. */
export const SIZE_CLASS_MAX = 12

/** Nouns a "10-point" names the points of, not a lead by them: "a 10-point plan". Keep sorted. */
export const PLAN_NOUNS: ReadonlySet<string> = new Set([
  'agenda',
  'blueprint',
  'charter',
  'checklist',
  'manifesto',
  'plan',
  'programme',
  'program',
  'strategy',
])

/**
 * Nouns a race distance in "k" comes before: "a 5k race", "the 10K run", or with one word
 * between ("a 5k fun run", "a 10k charity walk"). Keep sorted.
 */
export const RACE_NOUNS: ReadonlySet<string> = new Set([
  'parkrun',
  'race',
  'races',
  'run',
  'runs',
  'walk',
  'walks',
])

/**
 * Nouns of pictures and screens a resolution in "K" names a kind of: "4K video", "an 8K TV", "4K
 * Ultra HD". Keep sorted.
 */
export const PICTURE_NOUNS: ReadonlySet<string> = new Set([
  'camera',
  'cameras',
  'content',
  'display',
  'displays',
  'film',
  'films',
  'footage',
  'hdr',
  'image',
  'images',
  'monitor',
  'monitors',
  'projector',
  'quality',
  'resolution',
  'screen',
  'screens',
  'streaming',
  'television',
  'televisions',
  'tv',
  'tvs',
  'uhd',
  'ultra',
  'video',
  'videos',
])

/** Words that open an operation's name: its numeral is part of the name. Keep sorted. */
export const OPERATION_WORDS: ReadonlySet<string> = new Set(['op', 'operation'])

/** Units of a force named by a number before them: "51 Division", "14 Precinct", "42 Commando". Keep sorted. */
export const UNIT_NAMES: ReadonlySet<string> = new Set([
  'battalion',
  'brigade',
  'command',
  'commando',
  'company',
  'corps',
  'district',
  'division',
  'flotilla',
  'platoon',
  'precinct',
  'regiment',
  'squadron',
  'troop',
])

/** Parts of a whole, by their denominator: "a third" is one part in 3. Keep sorted. */
export const FRACTION_PARTS: Readonly<Record<string, number>> = wordTable({
  eighth: 8,
  eighths: 8,
  fifth: 5,
  fifths: 5,
  fourth: 4,
  fourths: 4,
  half: 2,
  halves: 2,
  ninth: 9,
  ninths: 9,
  quarter: 4,
  quarters: 4,
  seventh: 7,
  sevenths: 7,
  sixth: 6,
  sixths: 6,
  tenth: 10,
  tenths: 10,
  third: 3,
  thirds: 3,
})

/** Words after a number that make it a bore, not a measure: "a .40 caliber pistol", "a 12-gauge shotgun". Keep sorted. */
export const CALIBER_WORDS: ReadonlySet<string> = new Set(['bore', 'calibre', 'caliber', 'gauge'])

/** Firearms and rounds: "a 9mm handgun" names a calibre. Keep sorted. */
export const FIREARM_WORDS: ReadonlySet<string> = new Set([
  'ammunition',
  'ammo',
  'bullet',
  'bullets',
  'cartridge',
  'cartridges',
  'firearm',
  'glock',
  'gun',
  'handgun',
  'pistol',
  'revolver',
  'rifle',
  'round',
  'rounds',
  'semi',
  'semiautomatic',
  'shotgun',
])

/**
 * Abbreviations of legal codes cited after a title number: "18 U.S.C. § 922", "21 CFR"; and
 * before a section or a bill's number: "U.S.C. 841", "H.R. 1234". Keep sorted.
 */
export const CODE_CITATIONS: readonly (readonly string[])[] = [
  ['c', '.', 'f', '.', 'r'],
  ['cfr'],
  ['h', '.', 'r'],
  ['u', '.', 's', '.', 'c'],
  ['usc'],
]

/** Words before "code" that say what it codes: "zip code 21201", "area code 410", "sort code 123456". Keep sorted. */
export const CODE_KINDS: ReadonlySet<string> = new Set(['area', 'post', 'postal', 'sort', 'zip'])

/** Words after a number that make it a code: "the 90210 ZIP code", "the 212 area code". */
export const CODE_WORDS_AFTER: readonly (readonly string[])[] = [
  ['area', 'code'],
  ['postal', 'code'],
  ['postcode'],
  ['zip'],
]

/** Street words that may open a street's name: "22 Avenue Foch", "5 Rue Cler". Keep sorted. */
export const STREET_OPENINGS: ReadonlySet<string> = new Set(['ave', 'avenue', 'blvd', 'boulevard', 'rue'])

/** Street words: "12 High Street", "49 Zorro Ranch Road" are addresses. Keep sorted. */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'ave',
  'avenue',
  'blvd',
  'boulevard',
  'close',
  'court',
  'crescent',
  'drive',
  'gardens',
  'grove',
  'lane',
  'mews',
  'rd',
  'road',
  'st',
  'street',
  'terrace',
  'walk',
  'way',
])

/** Words before "a month" that make it a span of time, not a rate: "within a month". Keep sorted. */
export const NOT_RATE_BEFORE: ReadonlySet<string> = new Set([
  'across',
  'after',
  'during',
  'for',
  'in',
  'of',
  'over',
  'than',
  'throughout',
  'within',
])

/** Words before "half" that make it a part of time or a match, not a proportion: "the second half". Keep sorted. */
export const NOT_BEFORE_HALF: ReadonlySet<string> = new Set([
  'a',
  'first',
  'last',
  'other',
  'second',
  'the',
  'this',
])

/** Words after "half" that make it a proportion: "half of", "half the officers". Keep sorted. */
export const AFTER_HALF: ReadonlySet<string> = new Set(['all', 'of', 'our', 'the', 'their', 'these', 'those'])

/** Words between the two ends of a range: "20 to 30", "three or four", "20-24". */
export const RANGE_LINKS: ReadonlySet<string> = new Set(['-', 'and', 'or', 'to', '–'])

/**
 * Verbs before "from X to Y" that give the spread of a range, not a change: "rates ranged from
 * 148 to 402", "sentences varying from 2 to 10 years". Keep sorted.
 */
export const SPREAD_VERBS: ReadonlySet<string> = new Set([
  'range',
  'ranged',
  'ranges',
  'ranging',
  'varied',
  'varies',
  'vary',
  'varying',
])

/**
 * Verbs that move a figure "from X to Y" without saying which way, as a word of change does:
 * "arrests went from 120 to 150", "the forecast was revised from 5% to 3%". Keep sorted.
 */
export const MOTION_VERBS: ReadonlySet<string> = new Set([
  'ballooned',
  'changed',
  'changing',
  'cooled',
  'crept',
  'eased',
  'easing',
  'edged',
  'escalated',
  'get',
  'gets',
  'getting',
  'go',
  'goes',
  'going',
  'gone',
  'got',
  'improved',
  'inched',
  'inching',
  'leapt',
  'lifted',
  'moved',
  'moving',
  'narrowed',
  'raised',
  'raising',
  'revised',
  'rocketed',
  'shifted',
  'shrunk',
  'slowed',
  'spiked',
  'swung',
  'went',
  'widened',
  'worsened',
])

/*
 * The words the quantity reader and its filters read: what may start a quantity, and the words
 * around a number that make it a name, an age, a distance or a level rather than a count.
 */

/**
 * Words that may open a quantity though no list above holds them: "R50" (the rand), "P1.2
 * million", "PHP 5,000" (the peso), "a dozen", "half a million", "minus 5", "a quarter of". Keep
 * sorted.
 */
export const QUANTITY_OPENERS: readonly string[] = [
  'a',
  'an',
  'half',
  'minus',
  'n',
  'negative',
  'p',
  'php',
  'quarter',
  'r',
  'sh',
]

/** Plural parts that, beside `FRACTION_WORDS`, make a number word a fraction: "three fifths". Keep sorted. */
export const PLURAL_FRACTION_PARTS: readonly string[] = [
  'eighths',
  'fifths',
  'fourths',
  'ninths',
  'sevenths',
  'sixths',
  'tenths',
]

/**
 * Words before "over" that make it "because of": "Man jailed over £1m fraud", "Two charged over
 * £500,000 drugs seizure", "probe over £2m losses", "Man in court over £50,000 theft", "Row over £5m
 * budget cut". Not "fined", where "over" bounds the fine.
 * Keep sorted.
 */
export const CAUSE_BEFORE_OVER: ReadonlySet<string> = new Set([
  'accused',
  'appeal',
  'arrest',
  'arrested',
  'arrests',
  'bailed',
  'charged',
  'charges',
  'convicted',
  'court',
  'detained',
  'dispute',
  'dock',
  'guilty',
  'held',
  'inquiry',
  'investigated',
  'investigation',
  'jailed',
  'probe',
  'prosecuted',
  'questioned',
  'quizzed',
  'remanded',
  'row',
  'sentenced',
  'sued',
  'trial',
])

/**
 * Forms of the verbs of spreading, which take "over" or "across" before the area they cover ("the
 * fire spread over 500 hectares", "the estate sprawls over 40 acres"). Keep sorted.
 */
export const SPREAD_OVER_VERBS: readonly string[] = [
  'sprawl',
  'sprawled',
  'sprawling',
  'sprawls',
  'spread',
  'spreading',
  'spreads',
]

/**
 * Verbs whose particle is "over", before their object: "handed over 200 vehicles", "turned over
 * £5m", "signed over 40 acres", "presided over three trials"; and verbs of spreading that take
 * "over" as their preposition, before the area: "the fire spread over 500 hectares", "the estate
 * sprawls over 40 acres". There "over" bounds nothing. Not "took", where "took over 200 calls" is
 * more than 200, nor "covered" or "extended", which take their object straight ("covered over 200
 * acres"), nor "stretch", where a length that stretches "over 2,000km" is more than that. Keep sorted.
 */
export const PARTICLE_BEFORE_OVER: ReadonlySet<string> = new Set([
  'hand',
  'handed',
  'handing',
  'hands',
  'preside',
  'presided',
  'presides',
  'presiding',
  'sign',
  'signed',
  'signing',
  'signs',
  ...SPREAD_OVER_VERBS,
  'turn',
  'turned',
  'turning',
  'turns',
])

/**
 * Words that label a reference before a colon: "Release ID: 2011234", "Reference: 12345", "Our
 * ref: 4471". Not "number", where "Total number: 45" counts. Keep sorted.
 */
export const REFERENCE_LABEL_WORDS: ReadonlySet<string> = new Set(['id', 'ref', 'reference'])

/**
 * Documents and files numbered in capitals before "Number:" or "No:": "Press Release Number:
 * 24-312", "Case No: 1234". Not "Total Number: 45", which counts. Keep sorted.
 */
export const NUMBERED_DOCUMENTS: ReadonlySet<string> = new Set([
  'Case',
  'Claim',
  'Docket',
  'File',
  'Incident',
  'Occurrence',
  'Reference',
  'Release',
  'Report',
  'Ticket',
])

/** Verbs that move a figure to a new level: "rose up to", "ticked up to". Keep sorted. */
export const LEVEL_VERBS: ReadonlySet<string> = new Set([
  'creeping',
  'crept',
  'edged',
  'edging',
  'goes',
  'going',
  'inched',
  'inching',
  'moved',
  'moving',
  'revised',
  'ticked',
  'ticking',
  'ticks',
  'went',
])

/** Verbs straight after "1m": nothing says what the million counts. Keep sorted. */
export const NOT_AFTER_MILLION: ReadonlySet<string> = new Set([
  'are',
  'can',
  'could',
  'has',
  'have',
  'is',
  "isn't",
  'isn’t',
  'was',
  'were',
  'will',
  'would',
])

/**
 * Plural nouns that do not end in "s": "1m people", "3m children" are millions of them, where
 * "a 3m wall" is metres. Keep sorted.
 */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'children',
  'men',
  'people',
  'personnel',
  'women',
])

/** Words after "200m" that make it a distance. Keep sorted. */
export const METRE_CONTEXT: ReadonlySet<string> = new Set([
  'above',
  'along',
  'away',
  'below',
  'deep',
  'down',
  'freestyle',
  'from',
  'high',
  'hurdles',
  'in',
  'long',
  'race',
  'radius',
  'run',
  'sprint',
  'stretch',
  'swim',
  'tall',
  'up',
  'wide',
])

/**
 * Nouns of what is counted in millions, never measured in metres, whose figure a glued "m" after
 * their verb is a million of: "pushed unemployment up to 3.2m", "Passengers rose to 1.5m". Keep sorted.
 */
export const COUNTED_IN_MILLIONS: ReadonlySet<string> = new Set([
  'adults',
  'children',
  'claimants',
  'customers',
  'employment',
  'households',
  'jobless',
  'jobs',
  'members',
  'passengers',
  'patients',
  'people',
  'population',
  'pupils',
  'residents',
  'students',
  'subscribers',
  'tourists',
  'unemployed',
  'unemployment',
  'users',
  'viewers',
  'visitors',
  'voters',
  'workers',
])

/**
 * Words that may stand between a noun of what is counted and its figure, besides words of change:
 * "rose to", "pushed … up to", "stood at nearly", "has reached". Keep sorted.
 */
export const COUNT_LINK_WORDS: ReadonlySet<string> = new Set([
  'about',
  'almost',
  'an',
  'are',
  'around',
  'at',
  'been',
  'by',
  'estimated',
  'from',
  'had',
  'has',
  'have',
  'hit',
  'is',
  'just',
  'nearly',
  'now',
  'of',
  'over',
  'passed',
  'reached',
  'some',
  'stood',
  'to',
  'topped',
  'totalled',
  'was',
  'were',
])

/**
 * Things measured by their length or height, a singular after "a" and a decimal with a glued "m":
 * "a 1.1m fence", "a 4.5m shark" are metres, where "a 1.1m project" is a million. Things that cost
 * millions as often as they are measured ("bridge", "building", "statue") are left out. Keep sorted.
 */
export const METRE_THINGS: ReadonlySet<string> = new Set([
  'barrier',
  'crocodile',
  'fence',
  'gate',
  'hedge',
  'ladder',
  'mast',
  'pole',
  'python',
  'railing',
  'shark',
  'snake',
  'wall',
  'wave',
])

/**
 * Words before a name word in lower case that make it a noun of its own, not the label of a
 * number: "at this stage", "in the first phase", "at each level". Keep sorted.
 */
export const NAME_NOUN_OPENERS: ReadonlySet<string> = new Set([
  'current',
  'each',
  'earlier',
  'every',
  'final',
  'first',
  'initial',
  'last',
  'later',
  'latest',
  'next',
  'opening',
  'previous',
  'same',
  'second',
  'that',
  'third',
  'this',
])

/**
 * Name words that are ordinary words in lower case, so name a thing only when capitalised:
 * "No 10" but "no 10 ...", "Key 5" but "key 5 areas", "Goal 16" but "a goal 16 minutes in", "Year 9" but "last year 76 percent", "Building 7"
 * but "building 300 homes", "Local 802" but "the local 40 officers", "State Road 200" but "the road 300 metres", "Region 5" but "across the region
 * 300 officers". Keep sorted.
 */
export const CAPITALISED_NAME_WORDS: ReadonlySet<string> = new Set([
  'alarm',
  'area',
  'battalion',
  'beat',
  'building',
  'camera',
  'code',
  'count',
  'court',
  'cr',
  'district',
  'engine',
  'formula',
  'goal',
  'key',
  'ladder',
  'lane',
  'line',
  'local',
  'lot',
  'measure',
  'medic',
  'model',
  'no',
  'pod',
  'priority',
  'quarter',
  'quote',
  'region',
  'resolution',
  'road',
  's',
  'sector',
  'squad',
  'sr',
  'station',
  'taser',
  'team',
  'title',
  'troop',
  'unit',
  'wing',
  'year',
])

/** Words that open a sentence before a figure and are never part of a name. */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(DATE_SENTENCE_ADVERBS)

/**
 * Adverbs that open a sentence before a count ("Overall 15 people were hurt", "Nationwide 300
 * officers took part"); a capital on them names nothing. Keep sorted.
 */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set([
  'afterwards',
  'again',
  'altogether',
  'earlier',
  'elsewhere',
  'further',
  'furthermore',
  'here',
  'however',
  'instead',
  'later',
  'meanwhile',
  'moreover',
  'now',
  'overall',
  'plus',
  'still',
  'then',
  'there',
  'together',
  'total',
  'yet',
])

/** Words after "Index 500" that show the number ends a name. Keep sorted. */
export const NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'after',
  'and',
  'are',
  'at',
  'by',
  'for',
  'from',
  'had',
  'has',
  'in',
  'index',
  'is',
  'on',
  'or',
  'to',
  'was',
  'were',
  'will',
  'with',
])

/** Words between "aged" and its number: "aged between 18 and 25". Keep sorted. */
export const AGE_LINKS: ReadonlySet<string> = new Set([
  ',',
  '-',
  'and',
  'between',
  'from',
  'or',
  'over',
  'to',
  'under',
  '–',
])

/**
 * Plural nouns for people and things a release counts, and the words that may stand between
 * them and the count: shared with the date normaliser, so both read four digits before one
 * alike ("hired 1500 officers", "the 2000 new homes").
 */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set(DATE_COUNTED_NOUNS)
export const COUNT_MODIFIERS: ReadonlySet<string> = new Set(DATE_COUNT_MODIFIERS)

/**
 * Words after which four digits are a year even before something counted: a singular
 * determiner (no plural count can follow it), a word of the calendar ("fiscal 2024 hires",
 * "summer 2023 visitors"). Keep sorted.
 */
export const YEAR_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'any',
  'autumn',
  'both',
  'budget',
  'c',
  'ca',
  'calendar',
  'census',
  'circa',
  'class',
  'each',
  'early',
  'end',
  'every',
  'fall',
  'financial',
  'fiscal',
  'fy',
  'last',
  'late',
  'mid',
  'next',
  'no',
  'post',
  'pre',
  'season',
  'spring',
  'summer',
  'that',
  'this',
  'throughout',
  'till',
  'vintage',
  'what',
  'which',
  'winter',
  'year',
])

/** Plural determiners and possessives after which four digits before something counted are a count. */
export const COUNT_DETERMINERS: ReadonlySet<string> = new Set(DATE_COUNT_DETERMINERS)
