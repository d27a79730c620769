import type { TextBlock } from '../text/blocks'
import { lazyRegExp } from '../text/lazy-patterns'
import { type Attribution, attributionAfter, attributionBefore } from './attribution'
import type { QuoteRun } from './marks'
import type { Lexicon } from './patterns'
import type { Surroundings } from './surroundings'

const WORD = lazyRegExp(String.raw`[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*`, 'gu')

/**
 * True when a quote run is no one's words but a scare quote, a term or a title: a label word
 * before it (so-called “…”), or too few words with nobody said to speak them. A run that opens its
 * paragraph needs only 4 words, since quotes that stand alone are rarely scare quotes.
 */
export function isLeftOut(
  s: Surroundings,
  attribution: Attribution | null,
  minWords: number,
  lexicon: Lexicon,
): boolean {
  if (attribution === null) {
    const label = lexicon.labelBefore.test(s.before)
    const standsAlone = s.opensBlock || sentenceAfterColon(s)
    return label || countWords(s.firstBlock.text, s.first, s.run) < (standsAlone ? 4 : minWords)
  }
  // A phrase of reported speech after a label word ("the so-called ‘…’") is a term the sentence uses.
  return attribution.rule === 'quotes/mixed' && lexicon.labelBefore.test(s.before)
}

/** A colon closing the words before a quote: "paid tribute to him in a statement: ". */
const COLON_BEFORE = /:[ \u00a0]*$/u
/** A whole sentence: a capital first, a stop last ("He was a loving father."). */
const WHOLE_SENTENCE = lazyRegExp(String.raw`^\p{Lu}[^]*[.!?]$`, 'u')

/**
 * True when the quote is a whole sentence that a colon introduces ("The family paid tribute:
 * “He was a loving father.”"): someone's words, as a quote opening its paragraph is, even when
 * the text does not say whose; a term or a title is not written so.
 */
function sentenceAfterColon(s: Surroundings): boolean {
  if (!COLON_BEFORE.test(s.before)) return false
  return WHOLE_SENTENCE().test(s.firstBlock.text.slice(s.first.start, s.first.end).trim())
}

/** The words of a one-paragraph quote; a quote over several paragraphs counts as long enough. */
function countWords(text: string, first: { start: number; end: number }, run: QuoteRun): number {
  if (run.segments.length > 1) return Number.MAX_SAFE_INTEGER
  WORD().lastIndex = 0
  const slice = text.slice(first.start, first.end)
  let n = 0
  while (WORD().exec(slice) !== null) n++
  return n
}

/** "said on ", "told RTÉ’s ", "appeared on BBC One’s ": where a programme's or a paper's name follows. */
const PROGRAMME_BEFORE = lazyRegExp(String.raw`(?:(?<![\p{L}])on|[\p{L}\p{N}][’']s)[ \u00a0]+$`, 'u')
/** Every word capitalised but small joining ones, up to six, with a full stop at most: "Meet the Press". */
const TITLE_CASED = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\p{N}’'&-]*(?:[ \u00a0]+(?:(?:a|an|and|at|for|in|of|on|the|to|with)[ \u00a0]+)?\p{Lu}[\p{L}\p{N}’'&-]*){0,5}[.,!]?$`,
  'u',
)

/**
 * True when a quote run is the name of a programme or a publication after "on" or a possessive:
 * "said on “Morning Ireland.”", "told NBC’s “Meet the Press”". A title is nobody's words, and the
 * words around it are narration, so it is no quote at all.
 */
export function isProgrammeName(run: QuoteRun, blocks: readonly TextBlock[]): boolean {
  if (run.segments.length > 1) return false
  const first = run.segments[0]!
  const text = blocks[first.block]!.text
  if (!PROGRAMME_BEFORE().test(text.slice(Math.max(0, run.openMark - 40), run.openMark))) return false
  return TITLE_CASED().test(text.slice(first.start, first.end).trim())
}

/** A name given in marks: "Operation Safe", "Project Nova", "Campaign for Safer Roads", with a comma inside the mark at most. */
const NAMED_SCHEME = lazyRegExp(
  String.raw`^(?:Operation|Op\.?|Project|Campaign)[ \u00a0]\p{Lu}[^.!?:;\n]{0,60}$`,
  'u',
)
/** A short name in title case, one to four capitalised words and the small ones between: "Safer Streets", "Bright Futures for All". */
const SHORT_TITLE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\p{N}’'&-]*(?:[ \u00a0]+(?:(?:a|an|and|at|for|in|of|on|the|to|with)[ \u00a0]+)?\p{Lu}[\p{L}\p{N}’'&-]*){0,3},?$`,
  'u',
)
/** Narration going on right before a mark: a word or a comma, no stop or colon. */
const NARRATION_BEFORE = lazyRegExp(String.raw`[\p{L}\p{N},][ \u00a0]{1,3}$`, 'u')
/** An attribution closing on a colon or a comma: "Jane Doe said: ", "Jane Doe said, ". */
const COLON_AFTER = /[:,][ \u00a0]*$/u
/** An opening mark, as a quote opens with. */
const OPENS_QUOTE = /^[ \u00a0]*[“"‘'„«]/u

/**
 * True when a quote run is a name in marks inside the narration that goes on to introduce a
 * quote: "Police launched “Operation Safe”, Jane Doe said: “…”", "Jane Doe, head of “Operation
 * Safe”, and Tom Baker said: “…”". The name is a word of that sentence, and the attribution after
 * it belongs to the quote the colon (or comma) opens. A name someone is said to use ("Jane Doe called the
 * plan “Safer Streets”") is left to the attribution before it.
 */
export function isNameBeforeAttribution(s: Surroundings, lexicon: Lexicon): boolean {
  if (!s.run.closed || s.run.segments.length !== 1) return false
  const text = s.firstBlock.text.slice(s.first.start, s.first.end).trim()
  if (!NAMED_SCHEME().test(text) && !SHORT_TITLE().test(text)) return false
  if (!NARRATION_BEFORE().test(s.before) || !COLON_AFTER.test(s.after)) return false
  if (!quoteFollows(s)) return false
  return attributionAfter(s.after, lexicon) !== null && attributionBefore(s.before, lexicon) === null
}

/** True when a quote opens right after the text after the run: in its paragraph, or opening the next. */
function quoteFollows(s: Surroundings): boolean {
  const text = s.lastBlock.text
  const at = s.run.closeEnd + s.after.length
  if (at < text.length) return OPENS_QUOTE.test(text.slice(at, at + 4))
  return s.nextBlock !== undefined && OPENS_QUOTE.test(s.nextBlock.text.slice(0, 4))
}
