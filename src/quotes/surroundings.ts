import type { TextBlock } from '../text/blocks'
import type { QuoteRun, QuoteSegment } from './marks'

/** How much text after a closing mark is read: an attribution follows at once ("…,” said X, role). */
const AFTER_LIMIT = 300
/** How much text before an opening mark is read: the introducing sentence, however long. */
const BEFORE_LIMIT = 500

/** One quote run with the text around it that the attribution rules read (offsets local to its blocks). */
export interface Surroundings {
  readonly run: QuoteRun
  /** The run just before, in any paragraph. */
  readonly previousRun: QuoteRun | undefined
  readonly first: QuoteSegment
  readonly last: QuoteSegment
  /** The paragraph the quote opens in. */
  readonly firstBlock: TextBlock
  /** The paragraph the quote closes in. */
  readonly lastBlock: TextBlock
  /** The paragraph before `firstBlock`, if any. */
  readonly previousBlock: TextBlock | undefined
  /** The paragraph after `lastBlock`, if any. */
  readonly nextBlock: TextBlock | undefined
  /** The paragraph after `nextBlock`, if any. */
  readonly afterNextBlock: TextBlock | undefined
  /**
   * Where the text before the quote may start: just past the previous quote when that one closes
   * in the same paragraph, else 0 (the paragraph's start).
   */
  readonly beforeFrom: number
  /** The text between `beforeFrom` (at most `BEFORE_LIMIT` back) and the opening mark. */
  readonly before: string
  /** The text from the closing mark to the next quote of the paragraph, at most `AFTER_LIMIT`; '' when unclosed. */
  readonly after: string
  /** True when nothing but white space stands before the quote in its paragraph. */
  readonly opensBlock: boolean
  /**
   * The text before the opening mark read over the terms just before it in the same sentence
   * ("Jane Doe, head of the “Safer Streets” programme, said: “…”"): from where the first of those
   * runs may start, marks and all; undefined when no term stands there.
   */
  readonly overTerms: string | undefined
  /** Where `overTerms` starts in `firstBlock`. */
  readonly overTermsFrom: number | undefined
  /**
   * The text after the closing mark read over a term that the narration goes on through ("… said
   * Jane Doe, head of the “Safer Streets” programme."): to the quote after it or the paragraph's
   * end; undefined when no such term follows.
   */
  readonly afterOverTerm: string | undefined
}

/** A word that a noun phrase goes on after, right before a mark: "head of the “…". */
export const PHRASE_GOES_ON =
  /(?:^|[ \u00a0])(?:the|an?|of|for|at|in|on|to|by|with|from|our|their|its|his|her)[ \u00a0]{1,3}$/iu

/** A term's words: no stop, so the sentence around it goes on through its marks. */
const TERM_TEXT = /^[^.!?\n]{1,80}$/u

/**
 * The surroundings of `runs[k]` in `blocks`: the text before its opening mark and after its
 * closing one, each cut at the neighbouring quotes of the same paragraph so one quote's
 * attribution is not read twice.
 */
export function surroundingsOf(
  runs: readonly QuoteRun[],
  k: number,
  blocks: readonly TextBlock[],
  termsFrom?: number,
): Surroundings {
  const run = runs[k]!
  const first = run.segments[0]!
  const last = run.segments.at(-1)!
  const firstBlock = blocks[first.block]!
  const lastBlock = blocks[last.block]!
  const previousRun = runs[k - 1]
  const nextRun = runs[k + 1]
  const beforeFrom =
    previousRun && previousRun.segments.at(-1)!.block === first.block ? previousRun.closeEnd : 0
  const openMark = run.openMark
  const before = firstBlock.text.slice(Math.max(beforeFrom, openMark - BEFORE_LIMIT), Math.max(0, openMark))
  const overTermsFrom =
    termsFrom !== undefined && beforeFrom > 0 && isTerm(previousRun!, firstBlock.text)
      ? Math.max(termsFrom, openMark - BEFORE_LIMIT)
      : undefined
  const overTerms = overTermsFrom === undefined ? undefined : firstBlock.text.slice(overTermsFrom, openMark)
  const afterTo =
    nextRun && nextRun.segments[0]!.block === last.block ? nextRun.openMark : lastBlock.text.length
  const after = run.closed
    ? lastBlock.text.slice(run.closeEnd, Math.min(afterTo, run.closeEnd + AFTER_LIMIT))
    : ''
  const afterOverTerm =
    after.length > 0 && afterTo === nextRun?.openMark && termFollows(nextRun, after, lastBlock.text)
      ? lastBlock.text.slice(
          run.closeEnd,
          Math.min(termEnd(runs[k + 2], lastBlock, last.block), run.closeEnd + AFTER_LIMIT),
        )
      : undefined
  return {
    run,
    previousRun,
    first,
    last,
    firstBlock,
    lastBlock,
    previousBlock: first.block > 0 ? blocks[first.block - 1] : undefined,
    nextBlock: blocks[last.block + 1],
    afterNextBlock: blocks[last.block + 2],
    beforeFrom,
    before,
    after,
    opensBlock: before.trim().length === 0 && beforeFrom === 0,
    overTerms,
    overTermsFrom,
    afterOverTerm,
  }
}

/** True when `next` is a term inside the narration `after` leads into ("… head of the “…” programme"). */
export function termFollows(next: QuoteRun, after: string, text: string): boolean {
  return PHRASE_GOES_ON.test(after) && isTerm(next, text)
}

/** Where the narration over a term ends: the opening mark of the quote after it in that paragraph, or its end. */
function termEnd(then: QuoteRun | undefined, block: TextBlock, index: number): number {
  return then !== undefined && then.segments[0]!.block === index ? then.openMark : block.text.length
}

/** True when a run is a term inside narration: one short segment with no stop. */
function isTerm(run: QuoteRun, text: string): boolean {
  if (!run.closed || run.segments.length !== 1) return false
  const only = run.segments[0]!
  return TERM_TEXT.test(text.slice(only.start, only.end))
}
