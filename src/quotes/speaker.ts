/**
 * Which rule gives a quote its speaker: the one place that decides it.
 *
 * The rules are tried in this order; the first that reads an attribution wins, except that rule 3
 * also replaces a `quotes/mixed` reading of rule 1 (a cue after the quote names its speaker
 * better than a cue earlier in the sentence the quoted phrase sits in), and a reading of rules 1
 * and 2 that names nobody when it names someone.
 *
 *   1. The sentence before the opening mark: `attributionBefore` in attribution.ts
 *      (quotes/colon-before, quotes/said-before, quotes/mixed, quotes/name-colon, quotes/according-to).
 *      A cue with no subject right after a quote of the same sentence ("…”, adding: “…”") takes
 *      that quote's speaker: `subjectlessAfterQuote` here.
 *   2. The paragraph before, when the quote opens its own ("… She said:"):
 *      `attributionInPreviousBlock` in attribution.ts (quotes/colon-before, quotes/said-before).
 *   3. The text after the closing mark, when the quote ends as speech does or a cue follows at
 *      once: `attributionAfter` in attribution.ts (quotes/said-after, quotes/according-to, and
 *      quotes/signature after a dash).
 *   4. A signature line under the quote ("— Jane Doe, Chief Executive", or a dashed line read as a
 *      list of one item): `signature` in
 *      attribution.ts (quotes/signature).
 *   4b. A paragraph under a quote paragraph that names whose message it is ("That is the message
 *      from Commissioner X."): `messageFrom` in attribution.ts (quotes/message-from), which rule 3
 *      also reads in the quote's own paragraph.
 *   5. The person the previous paragraph's last sentence opens with, or for a quote that opens a
 *      sentence inside its paragraph, the sentence before it: `subjectOfLastSentence` in
 *      attribution.ts (quotes/previous-subject).
 *   6. Narration after a quote whose opening mark is missing ("…” said Mr X. “…"):
 *      `attributionAfter` in attribution.ts (quotes/interrupted).
 *   7. Narration between two quotes of one paragraph ("…,” she said. “…"): `attributionAfter` in
 *      attribution.ts (quotes/interrupted). It also replaces a quotes/mixed reading of rule 1 that
 *      names nobody, when it names someone ("…,” said X, chief of Acme Ltd. “…").

 *   8. The previous quote's quotes/mixed reading, or its quotes/according-to one that names someone,
 *      when both are phrases of one reported sentence: `sameSentence` here.
 *   8b. A quote paragraph no narration or quote leads into, in a release that opens with a credit
 *      line ("Attribute to Detective Inspector X:"): `creditedSpeaker` here (quotes/credit-line).
 *   A run no rule reads (or a quotes/mixed one after a label word) may then be left out as a scare
 *   quote, term or title: `isLeftOut` in scare-quotes.ts. Once speakers are resolved,
 *   build-quotes.ts asks `speakerOrFallback` here for the quotes still without one:
 *   9. A quote that reopens right after another goes on with its speaker (quotes/continued).
 *  10. Otherwise the quote has no speaker (quotes/unattributed).
 *
 * Who a reading names (a person, a pronoun, a description such as "the Commissioner", a surname
 * alone, an organisation) is read from its phrase by `parseSpeakerPhrase` in attribution.ts and
 * `findPeople` in people.ts, then resolved against the release's people by `resolveSpeakers` in
 * resolve-speakers.ts (the registry is registry.ts, the surname look-back look-back.ts).
 */
import type { Quote, Speaker } from '../model'
import type { TextBlock } from '../text/blocks'
import { lazyRegExp } from '../text/lazy-patterns'
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  attributionInPreviousBlock,
  messageFollows,
  messageFrom,
  type SpeakerRef,
  signature,
  subjectOfLastSentence,
} from './attribution'
import type { QuoteRun } from './marks'
import type { Lexicon } from './patterns'
import { hasRoleNoun } from './people'
import { trimEndChars } from './scan'
import { PHRASE_GOES_ON, type Surroundings } from './surroundings'

/** Where an attribution was read: a range of one block, searched from its end when `last`. */
export interface Window {
  readonly block: TextBlock
  readonly from: number
  readonly to: number
  readonly last: boolean
}

/** An attribution, where it was read, and the input offset it counts at among the narration's people. */
interface Reading {
  readonly attribution: Attribution
  readonly window: Window
  readonly at: number
}

/** A quote run that is kept, with its attribution (null when no rule read one). */
export interface Found {
  readonly run: QuoteRun
  readonly at: number
  readonly attribution: Attribution | null
  readonly window: Window | null
}

/** The speaker, cue and rule a quote ends up with. */
export interface QuoteSpeaker {
  readonly speaker: Speaker | null
  readonly cue: string | null
  readonly rule: string
}

const MIXED = 'quotes/mixed'
const ACCORDING_TO = 'quotes/according-to'
const SIGNATURE_DASH = /^[—–-][ \u00a0]?/u
const LEAD_SPACE = /^\s*/u

/**
 * Rules 1 to 8b: the attribution of one quote run, read from its surroundings. `previous` is the
 * run kept just before, whose reading rule 8 may carry on; `credit` is the release's credit line.
 */
export function readAttribution(
  s: Surroundings,
  previous: Found | undefined,
  lexicon: Lexicon,
  credit?: TextBlock,
): Found {
  // A term inside the narration the quote before was read from ("… said Jane Doe, head of the
  // “Safer Streets” programme.") is a word of that narration, no one's words.
  if (withinWindow(s, previous)) return { run: s.run, at: openAt(s), attribution: null, window: null }
  let reading = sentenceBefore(s, lexicon) ?? paragraphBefore(s, lexicon)
  // Rule 3 is tried after a mixed reading too, and wins when it reads one; after a reading that
  // names nobody ("… said the son was worried: “…,” Conway told CNN."), it wins when it names someone.
  if (reading === null || reading.attribution.rule === MIXED) reading = textAfter(s, lexicon) ?? reading
  else if (!namesSomeone(reading.attribution.speaker)) {
    const after = textAfter(s, lexicon)
    if (after !== null && namesSomeone(after.attribution.speaker)) reading = after
    else reading = subjectlessAfterQuote(reading, s, previous) ?? reading
  }
  // "“…,” said Jane Doe, chief of Acme Ltd. “…”": the abbreviation's stop ends the narration
  // between two quotes, which names the speaker of both (rule 7), not a cue earlier in one sentence.
  if (reading?.attribution.rule === MIXED && !namesSomeone(reading.attribution.speaker)) {
    const between = betweenQuotes(s, lexicon)
    if (between !== null && namesSomeone(between.attribution.speaker)) reading = between
  }
  reading ??=
    signatureLine(s, lexicon) ??
    messageLine(s, lexicon) ??
    previousSubject(s, lexicon) ??
    missingOpeningMark(s, lexicon) ??
    betweenQuotes(s, lexicon) ??
    sameSentence(s, previous) ??
    creditedSpeaker(s, credit, lexicon)
  if (reading === null) return { run: s.run, at: openAt(s), attribution: null, window: null }
  return { run: s.run, ...reading }
}

/**
 * True when the run opens inside the narration after the quote just before in its paragraph,
 * which that quote's reading took in.
 */
function withinWindow(s: Surroundings, previous: Found | undefined): boolean {
  const window = previous?.window
  if (window == null || previous!.run !== s.previousRun || s.beforeFrom === 0) return false
  return window.block === s.firstBlock && window.from >= s.beforeFrom && window.to > s.run.openMark
}

/**
 * Whether a reading names a speaker of its own: not nobody, nor a body called by a common noun
 * ("The council said … : “…,” said Councillor X"), which only a full name elsewhere may resolve.
 */
function namesSomeone(ref: SpeakerRef): boolean {
  return ref.kind !== 'none' && !(ref.kind === 'organisation' && ref.common === true)
}

/** Rules 9 and 10: the speaker of a quote, given what resolving its reading gave (`read`). */
export function speakerOrFallback(
  read: QuoteSpeaker | undefined,
  previous: { readonly quote: Quote; readonly lastBlock: number } | null,
  firstBlock: number,
): QuoteSpeaker {
  if (read !== undefined) return read
  if (previous !== null && previous.lastBlock >= firstBlock - 1) {
    // A paragraph that reopens right after a quote goes on with the same speaker.
    return { speaker: previous.quote.speaker, cue: previous.quote.cue, rule: 'quotes/continued' }
  }
  return { speaker: null, cue: null, rule: 'quotes/unattributed' }
}

/** The input offset of the opening mark, where most attributions count. */
function openAt(s: Surroundings): number {
  return s.firstBlock.start + s.run.openMark
}

/**
 * Rule 1: "X said: “…”", "According to X, “…”". When the narration since the last quote names
 * nobody and terms left out stand before it in the sentence, the sentence is read over them:
 * "Jane Doe, head of the “Safer Streets” programme, said: “…”".
 */
function sentenceBefore(s: Surroundings, lexicon: Lexicon): Reading | null {
  const attribution = attributionBefore(s.before, lexicon)
  if (s.overTerms !== undefined) {
    const alone = attribution === null || !namesSomeone(attribution.speaker)
    // "Jane Doe, head of “Operation Safe”, and Tom Baker said:": read over the term, the one
    // named since it speaks with the one named before it.
    if (alone || attribution.speaker.kind === 'person') {
      const over = attributionBefore(s.overTerms, lexicon)
      if (over !== null && namesSomeone(over.speaker) && (alone || speaksWith(over, attribution!)))
        return readBefore(s, over, s.overTerms)
    }
  }
  return attribution === null ? null : readBefore(s, attribution)
}

/** True when a reading has the person that another one names speak with its own. */
function speaksWith(reading: Attribution, other: Attribution): boolean {
  if (reading.speaker.kind !== 'person' || other.speaker.kind !== 'person') return false
  const name = other.speaker.mention.name
  return reading.speaker.with?.some((p) => p.name === name) === true
}

/** A reading of the narration right before the quote (`before`, ending at its mark), in its paragraph. */
function readBefore(s: Surroundings, attribution: Attribution, before = s.before): Reading {
  const to = s.run.openMark
  return {
    attribution,
    at: openAt(s),
    window: { block: s.firstBlock, from: to - before.length, to, last: true },
  }
}

/** Rule 2: "Sharon Naughton is Head of NaVCIS. She said:" closing the paragraph before. */
function paragraphBefore(s: Surroundings, lexicon: Lexicon): Reading | null {
  const previous = s.previousBlock
  if (!s.opensBlock || previous === undefined) return null
  const attribution = attributionInPreviousBlock(previous.text, lexicon)
  if (attribution === null) return null
  return { attribution, at: openAt(s), window: wholeBlock(previous, true) }
}

/** Rule 3: "“…,” said X." and "“…,” X said.", read only where the quote ends as speech does. */
function textAfter(s: Surroundings, lexicon: Lexicon): Reading | null {
  const { after, lastBlock, last, run } = s
  if (!endsLikeSpeech(lastBlock.text, last.end, after) && !cueOpens(after, lexicon) && !messageFollows(after))
    return null
  let read = after
  let attribution = attributionAfter(after, lexicon)
  // "… said Jane Doe, head of the “Safer Streets” programme.": a role cut at the term's mark
  // ("head of the") goes on over the term.
  if (s.afterOverTerm !== undefined && (roleCutAtMark(attribution) || linkAtMark(attribution, after))) {
    const over = attributionAfter(s.afterOverTerm, lexicon)
    if (over !== null && over.speaker.kind === 'person') {
      read = s.afterOverTerm
      attribution = over
    }
  }
  if (attribution === null) return null
  const window = { block: lastBlock, from: run.closeEnd, to: run.closeEnd + read.length, last: false }
  return { attribution, at: lastBlock.start + last.end, window }
}

/** "of the", "from the", "at": what links a name to its body, alone between the name and a mark. */
const LINK_TO_MARK = /^[ \u00a0]{1,3}(?:of|from|at)(?:[ \u00a0]{1,3}the)?[ \u00a0]{1,3}$/

/** True when a person named is followed by nothing but the link to a body up to the mark: "said Jane Doe of the “…". */
function linkAtMark(attribution: Attribution | null, after: string): boolean {
  if (attribution?.speaker.kind !== 'person') return false
  const { text } = attribution.speaker.mention
  const at = after.lastIndexOf(text)
  return at >= 0 && LINK_TO_MARK.test(after.slice(at + text.length))
}

/** True when a person's role read ends in a word a noun phrase goes on after: "head of the". */
function roleCutAtMark(attribution: Attribution | null): boolean {
  const role = attribution?.speaker.kind === 'person' ? attribution.speaker.mention.role : null
  return role != null && PHRASE_GOES_ON.test(`${role} `)
}

/**
 * Rule 4: a signature line under a statement: "— Jane Doe, Chief Executive", or a name alone over
 * its office on the line below ("- Jane Doe" over "Minister of Health", as Canadian governments
 * sign their quotes, or "The Honourable Jane Doe" over it with no dash).
 */
function signatureLine(s: Surroundings, lexicon: Lexicon): Reading | null {
  const next = s.nextBlock
  if (!s.run.closed || s.after.trim().length > 0 || next === undefined) return null
  const then = s.afterNextBlock
  const dash = SIGNATURE_DASH.exec(next.text)
  // "– Superintendent John Doe" standing apart is read as a list of one item, its dash taken off.
  const line = dash ? next.text.slice(dash[0].length) : next.kind === 'bullet' ? next.text : null
  const signed = officeBelowName(line ?? next.text, then, lexicon)
  if (signed !== null) return { attribution: signed, at: openAt(s), window: wholeBlock(next, false) }
  // A list of items after the quote ("- John Smith, 45, of Leeds" and more) signs nothing.
  if (then !== undefined && (then.kind === 'bullet' || SIGNATURE_DASH.test(then.text))) return null
  const attribution = line === null ? null : signature(line, lexicon)
  if (attribution === null) return null
  return { attribution, at: openAt(s), window: wholeBlock(next, false) }
}

/** An office on a line of its own: a few capitalised words, no sentence. */
const OFFICE_LINE_MAX = 100

/**
 * The signature of a name alone on its line (`nameLine`) over the line `below` that names its
 * office: read as "Jane Doe, Minister of Health" is, so the office is the role only when it
 * reads as one there. Null when the line holds more than a name, or the line below is no office.
 */
function officeBelowName(
  nameLine: string,
  below: TextBlock | undefined,
  lexicon: Lexicon,
): Attribution | null {
  if (below === undefined || below.kind !== 'text') return null
  const office = below.text.trim()
  if (
    office.length === 0 ||
    office.length > OFFICE_LINE_MAX ||
    office.includes('\n') ||
    /[.!?:]$/.test(office)
  )
    return null
  // An office's word must open it or stand in it: "Minister of Health", "Chief Executive, Mind";
  // a place ("Ottawa") or a body's name alone is no office.
  const first = office.split(/\s/, 1)[0]!.toLowerCase()
  if (!lexicon.titleStarts.has(first) && !hasRoleNoun(office, lexicon)) return null
  const name = nameLine.trim()
  const alone = signature(name, lexicon)
  if (alone === null || alone.speaker.kind !== 'person' || alone.speaker.mention.end !== name.length)
    return null
  const signed = signature(`${name}, ${office}`, lexicon)
  return signed?.speaker.kind === 'person' && signed.speaker.mention.role !== null ? signed : null
}

/**
 * Rule 4b: a quote paragraph alone, then one that names whose message it is: “Check your smoke
 * alarms.” over "That is the message from Commissioner X this winter."
 */
function messageLine(s: Surroundings, lexicon: Lexicon): Reading | null {
  const next = s.nextBlock
  if (!s.run.closed || s.after.trim().length > 0 || next === undefined || next.kind !== 'text') return null
  const attribution = messageFrom(next.text, lexicon)
  if (attribution === null) return null
  return { attribution, at: openAt(s), window: wholeBlock(next, false) }
}

/**
 * Rule 8b: a quote paragraph no narration and no quote lead into, in a release that opens with a
 * credit line ("Attribute to Detective Inspector X:"): the words are the credited person's.
 */
function creditedSpeaker(s: Surroundings, credit: TextBlock | undefined, lexicon: Lexicon): Reading | null {
  if (credit === undefined || !s.opensBlock || credit.start >= s.firstBlock.start) return null
  if (s.previousRun !== undefined && s.previousRun.segments.at(-1)!.block >= s.first.block - 1) return null
  const attribution = subjectOfLastSentence(credit.text, lexicon)
  if (attribution === null) return null
  return {
    attribution: { ...attribution, rule: 'quotes/credit-line' },
    at: openAt(s),
    window: wholeBlock(credit, true),
  }
}

/**
 * Rule 5: a quote paragraph after one whose last sentence opens with a name. Not when a quote
 * ends in that paragraph or later: then the narration does not lead into this quote.
 */
function previousSubject(s: Surroundings, lexicon: Lexicon): Reading | null {
  if (!s.opensBlock) return subjectBeforeInBlock(s, lexicon)
  const previous = s.previousBlock
  if (previous === undefined) return null
  // "“The Long Road Home” was published …": a name the sentence goes on about, not speech.
  if (!endsLikeSpeech(s.lastBlock.text, s.last.end, s.after) && SENTENCE_GOES_ON().test(s.after)) return null
  const quoteBefore = s.previousRun !== undefined && s.previousRun.segments.at(-1)!.block >= s.first.block - 1
  if (quoteBefore) return null
  const attribution = subjectOfLastSentence(previous.text, lexicon)
  if (attribution === null) return null
  return { attribution, at: openAt(s), window: wholeBlock(previous, true) }
}

/** A sentence going on after a closing mark with a word in lower case. */
const SENTENCE_GOES_ON = lazyRegExp(String.raw`^[ \u00a0]{1,3}\p{Ll}`, 'u')

/** A full sentence and the space after it, at the end of the narration before a quote. */
const SENTENCE_CLOSED = /[.!?][ \u00a0\t]{1,3}$/

/**
 * Rule 5 inside one paragraph: "Inspector Wayne Ewers says the arrests send a strong message.
 * “Those involved ….”": a quote that opens a sentence and ends as speech does, after narration
 * whose last sentence opens with a name, no quote before it in the paragraph.
 */
function subjectBeforeInBlock(s: Surroundings, lexicon: Lexicon): Reading | null {
  if (s.beforeFrom !== 0 || !SENTENCE_CLOSED.test(s.before)) return null
  // Speech, not a title opening the sentence ("“The Long Road Home” was published …").
  if (!endsLikeSpeech(s.lastBlock.text, s.last.end, s.after)) return null
  const attribution = subjectOfLastSentence(s.before.trimEnd(), lexicon)
  return attribution === null ? null : readBefore(s, attribution)
}

/** Rule 6: a quote whose opening mark is missing, then “…” said Mr X. “…”: the narration goes on. */
function missingOpeningMark(s: Surroundings, lexicon: Lexicon): Reading | null {
  const { before, run } = s
  if (s.beforeFrom !== 0 || before.trim().length === 0) return null
  const close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'))
  const tail = close >= 0 ? before.slice(close + 1) : ''
  const read = tail.length <= 160 && /[.!?]\s*$/.test(tail) ? attributionAfter(tail, lexicon) : null
  // Only a person named there: the rule guesses where the missing mark stood, so it takes the surest reading.
  if (read === null || read.speaker.kind !== 'person') return null
  const window = { block: s.firstBlock, from: run.openMark - tail.length, to: run.openMark, last: false }
  return { attribution: { ...read, rule: 'quotes/interrupted' }, at: openAt(s), window }
}

/** Rule 7: “…,” she said. “…”: the narration between two quotes attributes the second one too. */
function betweenQuotes(s: Surroundings, lexicon: Lexicon): Reading | null {
  // Over a term left out: “…,” said X, head of the “…” programme. “…”
  const from = s.overTermsFrom ?? s.beforeFrom
  if (from === 0) return null
  const to = Math.max(from, s.run.openMark)
  const gap = attributionAfter(s.firstBlock.text.slice(from, to), lexicon)
  if (gap === null) return null
  const window = { block: s.firstBlock, from, to, last: false }
  return { attribution: { ...gap, rule: 'quotes/interrupted' }, at: openAt(s), window }
}

/**
 * Rule 8: ‘the efficient and rigorous process’ … as well as the ‘significant impact’: phrases
 * quoted in one reported sentence share its reading; so do those of a sentence "According to X"
 * opens, when it names someone ("According to Sam Patel, the money “…” and “a first step”").
 */
function sameSentence(s: Surroundings, previous: Found | undefined): Reading | null {
  if (s.beforeFrom === 0 || previous === undefined || previous.run !== s.previousRun) return null
  const { attribution, window } = previous
  if (attribution === null || window === null || /[.!?]\s/.test(s.before)) return null
  const shared =
    attribution.rule === MIXED || (attribution.rule === ACCORDING_TO && namesSomeone(attribution.speaker))
  return shared ? { attribution, at: openAt(s), window } : null
}

/**
 * Rule 1 when its clause is only "…”, adding: “…”": a cue with no subject of its own right after
 * a quote of the same sentence ("X told the BBC officers were “overwhelmed”, adding: “…”") goes
 * on with that quote's speaker.
 */
function subjectlessAfterQuote(
  reading: Reading,
  s: Surroundings,
  previous: Found | undefined,
): Reading | null {
  const { cue } = reading.attribution
  if (cue === null || s.beforeFrom === 0 || /[.!?]\s/.test(s.before)) return null
  // "X called it “cowardly” and said: “…”" (or "“cowardly”, and said"): a second verb of the same
  // subject, as "adding" is.
  if (!NON_FINITE.test(cue) && !AND_THEN_CUE().test(s.before)) return null
  if (previous === undefined || previous.run !== s.previousRun) return null
  const { attribution, window } = previous
  if (attribution === null || window === null || !namesSomeone(attribution.speaker)) return null
  return { attribution: { ...reading.attribution, speaker: attribution.speaker }, at: openAt(s), window }
}

const NON_FINITE = /ing$/i
/** "and" and a cue alone between two quotes, a comma before "and" or none: "… “cowardly”, and said: “…". */
const AND_THEN_CUE = lazyRegExp(
  String.raw`^[”"’']?,?[ \u00a0]{1,3}and[ \u00a0]{1,3}\p{Ll}{2,20}[ \u00a0]{0,3}[:,]?[ \u00a0]*$`,
  'u',
)

function wholeBlock(block: TextBlock, last: boolean): Window {
  return { block, from: 0, to: block.text.length, last }
}

/** True when the quote ends as speech does before an attribution: “…,” or “….” or a comma after. */
function endsLikeSpeech(text: string, closeAt: number, after: string): boolean {
  // A quote inside the quote may close first: “… ‘enough is enough,’” said X.
  const lastChar = trimEndChars(text.slice(Math.max(0, closeAt - 4), closeAt), "’'").at(-1) ?? ''
  return /[,.!?…—–-]/u.test(lastChar) || /^\s*,/.test(after)
}

/** True when a cue verb follows the closing mark at once: “… achievements” said USMS Director X. */
function cueOpens(after: string, lexicon: Lexicon): boolean {
  const lead = LEAD_SPACE.exec(after)![0].length
  if (lead === 0) return false
  lexicon.cue.lastIndex = 0
  const cue = lexicon.cue.exec(after.slice(lead, lead + 40))
  return cue !== null && cue.index === 0
}
