import { type DatingOptions, DatingOptionsSchema, withReferences } from '../dates/date-releases'
import { type MonthOrder, monthOrderOf } from '../dates/month-order'
import { isoDay } from '../dates/timex'
import type { Dateline, Diagnostic, Mention, Notes, Paragraph, Preamble, Release, Span } from '../model'
import { parseOptions } from '../options'
import { lexiconWith } from '../quotes/patterns'
import { findPeople, type PersonMention } from '../quotes/people'
import { endsBeforeName } from '../text/abbreviations'
import { readsAsImageCaption } from '../text/captions'
import { contentHash } from '../text/hash'
import { countLong, isHeadline } from '../text/headline'
import { lazyRegExp } from '../text/lazy-patterns'
import { isWhiteSpace, type Line, splitLines, trimRange } from '../text/lines'
import { markupDiagnostic } from '../text/markup'
import { withTidyBreaks } from '../text/reflow'
import {
  nameLine,
  readsAsByline,
  readsAsContactDetail,
  readsAsContactHeading,
  readsAsContactLine,
  readsAsContactName,
  readsAsMinisterLine,
  readsAsMinisterOffice,
  readsAsPostalAddress,
  readsAsPressContact,
  readsAsPressTitle,
} from './byline'
import {
  type DatelineOptions,
  type DatelineReading,
  EMBARGO_LEAD as EMBARGO,
  opensWithUpdate,
  readDatelineLine,
  readOpeningDateline,
  readsAsTimeLine,
} from './dateline'
import { closesRelease, END_MARK_SHAPE, splitEndMatter } from './end-matter'
import { pageFooterStart } from './page-footer'
import {
  isCreditLine,
  MAX_UNPUNCTUATED_STANDFIRST,
  type PublisherHabit,
  printsSummary,
  readOpening,
  readsAsDek,
  readsAsSectionLabel,
  storyRetellsTitle,
  titleWordsRetold,
  writesDeks,
} from './standfirst'

/** What `splitReleases` returns: the releases, any text before the first one, and what was odd. */
export interface SplitResult {
  releases: Release[]
  /** Text before the first release, kept (never dropped) with a diagnostic when it is not blank. */
  preamble: Preamble | null
  diagnostics: Diagnostic[]
}

/** A `Source:` line. The value is a publisher's name, so it is short and is not a sentence. */
/** How a `Source:` line opens, as the splitter and the stream's check for a new one read it. */
export const SOURCE_LINE_OPENING = '[ \\t\\u00a0\\ufeff]*(?:Source|SOURCE)[ \\t\\u00a0]*:'
const SOURCE_LINE = new RegExp(`^${SOURCE_LINE_OPENING}[ \\t\\u00a0]*(\\S[^\\n\\r]{0,149})$`)
const MAX_TITLE = 250
const BULLET = /^([•●▪◦‣∙·*–-])[ \t\u00a0]+(?=\S)/
/**
 * An end mark after the last sentence of a paragraph, on its line or the next: "… on 555-0100.
 * ###". Group: the mark with the white space before it.
 */
const CLOSING_END_MARK = new RegExp(
  `(?<=[.!?"”’')\\]])([ \\t\\u00a0]{0,3}(?:\\r?\\n)?[ \\t\\u00a0]{0,3}${END_MARK_SHAPE})$`,
)
/** How far from a paragraph's end `CLOSING_END_MARK` is looked for: the mark and its spaces. */
const CLOSING_END_REACH = 24

/**
 * Lines that say what kind of text follows, or speak to editors, not what it says: never a
 * standfirst or a paragraph of the story ("FOR IMMEDIATE RELEASE", "Editor's note: Images are
 * available"). Lower case, matched at the start of a short line. Keep sorted.
 */
export const RELEASE_LABELS: readonly string[] = [
  "editor's note",
  'editor’s note',
  "editors' note",
  'editors’ note',
  'for immediate release',
  'for release',
  'immediate release',
  'joint media release',
  'joint media statement',
  'joint release',
  'joint statement',
  'media advisory',
  'media release',
  'media statement',
  'news provided by',
  'news release',
  'news story',
  'note to editors',
  'notes to editors',
  'press release',
  'press statement',
]
/**
 * A page's section of releases, named in the plural and alone on its line ("Press Releases",
 * "Media Releases"); "Press releases will now be …" opens a sentence.
 */
const RELEASE_LABEL = new RegExp(
  `^(?:${RELEASE_LABELS.join('|')})\\b|^(?:press|media|news)[ \\t\\u00a0]releases[ \\t\\u00a0]{0,2}:?$`,
  'i',
)
/**
 * The kind of text a page files the release as, alone on its line above the story: "Statement",
 * "Speech", "Daily News". As a line's first word they may open a dek ("Statement from the Chief
 * Constable on …"), so only alone. Lower case; keep sorted.
 */
export const RELEASE_KINDS: readonly string[] = [
  'announcement',
  'daily news',
  'factsheet',
  'news',
  'news article',
  'questions and answers',
  'readout',
  'speech',
  'statement',
]
const RELEASE_KIND = new RegExp(`^(?:${RELEASE_KINDS.join('|')})[ \\t\\u00a0]{0,3}:?$`, 'i')
/**
 * A web page's filing details above the story, a label and a colon: "Part of: Crime, justice and
 * the law", "Topic: Policing", "Last updated: …"; an incident's details on a police page: "Case
 * Number: 24-123456", "Incident: Burglary". Lower case; keep sorted.
 */
export const PAGE_DETAIL_LABELS: readonly string[] = [
  'case',
  'case #',
  'case no',
  'case no.',
  'case number',
  'categories',
  'category',
  'directorate',
  'incident',
  'incident #',
  'incident number',
  'incident type',
  'part of',
  'reference number',
  'report #',
  'report number',
  'tags',
  'topic',
  'topics',
]
const PAGE_DETAIL = new RegExp(
  `^(?:${PAGE_DETAIL_LABELS.map((l) => l.replace(/[.#]/g, '\\$&')).join('|')})[ \\t\\u00a0]*:`,
  'i',
)
/**
 * A web page's buttons and links copied with the release, alone on their line: "Share this page",
 * "Print", "Back to top". They say nothing of the story, so never a standfirst. Lower case; keep
 * sorted.
 */
export const PAGE_FURNITURE: readonly string[] = [
  'back to top',
  'email this page',
  'en français',
  'listen to this article',
  'print',
  'print page',
  'print this page',
  'share',
  'share this',
  'share this article',
  'share this page',
  'share this story',
]
const FURNITURE_ALONE = new RegExp(`^(?:${PAGE_FURNITURE.join('|')})[ \\t\\u00a0]{0,3}:?$`, 'i')
/**
 * The networks a page's share buttons name: a line of them alone is the buttons ("Facebook Twitter
 * Email", "Share on Facebook Share on Twitter Share by email").
 */
const SHARE_BUTTONS =
  /^(?:(?:share(?:[ \t\u00a0]{1,3}(?:on|by|via))?[ \t\u00a0]{0,3}:?[ \t\u00a0]{0,3})?(?:facebook|twitter|x|linkedin|email|e-mail|whatsapp|reddit|bluesky|threads|copy link|print|tweet|pinterest|messenger|telegram)(?:[ \t\u00a0]{1,3}|[ \t\u00a0]{0,3}[,|·•][ \t\u00a0]{0,3}|$)){1,10}$/i
/** A page's trail to the release, from its home page: "Home > News > Press releases", "Home / News". */
const BREADCRUMB = /^(?:you are here:?[ \t\u00a0]{1,3})?home[ \t\u00a0]{0,3}[>/»›|][ \t\u00a0]{0,3}\S/i
/** How long the page takes to read: "Reading time: 3 minutes", "3 min read". */
const READING_TIME =
  /^(?:(?:estimated[ \t\u00a0]{1,3})?reading time[ \t\u00a0]{0,3}:?[ \t\u00a0]{0,3}\d{1,2}[ \t\u00a0]{0,3}(?:min|mins|minutes?)|\d{1,2}[ \t\u00a0]{0,3}(?:min|mins|minutes?)[ \t\u00a0]{1,3}read)\.?$/i
/** A cookie notice copied with the page: "Cookies on this site: We use cookies …", "This website uses cookies". */
const COOKIE_NOTICE = /^(?:cookies on|we use cookies|this (?:web)?site uses cookies)\b/i

/** Whether a block is a page's button or a row of share buttons. */
function readsAsPageButtons(t: string): boolean {
  return FURNITURE_ALONE.test(t) || SHARE_BUTTONS.test(t)
}

/** Whether a block is a page's button, trail, reading time, cookie notice or image caption: nothing of the story. */
function readsAsPageFurniture(t: string): boolean {
  return (
    FURNITURE_ALONE.test(t) ||
    SHARE_BUTTONS.test(t) ||
    BREADCRUMB.test(t) ||
    READING_TIME.test(t) ||
    COOKIE_NOTICE.test(t) ||
    readsAsImageCaption(t)
  )
}
/**
 * An incident's address among its details ("Location: 1200 block of Main St."): a label, unless it
 * reads as the dateline's place ("Location: Phoenix, Arizona").
 */
const DETAIL_PLACE = /^(?:location|address)[ \t\u00a0]{0,3}:/i
/**
 * A release's number alone on its line, a label of the release: "2024-152", "No. 24-078",
 * "Release No. 2024-15", "IP/24/6123"; or the number of the case it reports, as sheriffs and
 * police print it under the `Source:` line: "Case #24-018223", "File # 2024-34567", "Incident
 * No. 2024-00123", "Case: 24-018223". A numeric day ("2024-12-03") is read as a date line first.
 */
const RELEASE_NUMBER = lazyRegExp(
  String.raw`^(?:(?:(?:release|case|file|incident|occurrence|report|reference|ref\.?)[ \t\u00a0]{1,3})?(?:no\.?|number|#)[ \t\u00a0]{0,3}:?[ \t\u00a0]{0,3}|(?:case|file|incident|occurrence|reference|ref\.?)[ \t\u00a0]{0,3}:[ \t\u00a0]{0,3})?(?:\p{Lu}{1,4}\/)?\d{2,4}[-/]\d{1,6}$`,
  'iu',
)
/** An update's notice without its day, alone on its line above the update: "UPDATE:", "Updated". */
const UPDATE_ALONE = /^(?:last[ \t\u00a0]{1,3})?update[d]?[ \t\u00a0]{0,3}:?$/i
/** A label or embargo line is short: a longer first block is the story. */
const MAX_LABEL = 120
const OPENING_QUOTE = /^['"‘“«]/
/** A quotation closed within the line and followed by more words: "'Industrial' money launderers sentenced". */
const QUOTED_OPENING =
  /^(?:'[^'\n]{1,80}'|"[^"\n]{1,80}"|‘[^’\n]{1,80}’|“[^”\n]{1,80}”|«[^»\n]{1,80}»)[:,]?[ \t\u00a0]+\S/
const TERMINAL = /[.!?:;,"”’')\]]$/
/**
 * What ends a line no line in lower case goes on from: a comma does not ("… 20 October," over
 * "and 11.59pm …" is one sentence cut at a narrow width), a stop or a closing quotation does.
 */
const ENDS_LINE = /[.!?:;"”’')\]]$/

/**
 * Splits a dump of press releases into releases.
 *
 * A release starts at its title, the line before its `Source: …` line (blank lines between are
 * allowed), and runs to the next release or the end of the input. Releases that start at their
 * `Source:` line with no title get `title: null` and a diagnostic. Both renderings that scrapes
 * produce are read: paragraphs separated by blank lines or by single line breaks.
 *
 * The head of each body is read apart: a dateline on a line of its own ("25 November 2024",
 * "Washington, D.C.") is the release's `dateline` and no paragraph; one that opens the first
 * paragraph ("WASHINGTON –") is the `dateline` and stays in it. The first paragraph is the
 * `standfirst` only when it reads as a dek, never when it is a dateline or the story's lede (see
 * `readOpening` in standfirst.ts); a short sentence that could be either follows what the same
 * publisher's earlier releases in the input show.
 *
 * Every span is in UTF-16 offsets into `text`; the preamble and the releases cover it in order.
 *
 * Each release is then dated (see `dateReleases`): its `reference`, what its relative dates
 * resolve against, and its `publishedOn`. The options are those of the dating stage.
 *
 * @example
 * splitReleases('Title\n\nSource: NPCC\n\nA dek.\n\nBody.\n').releases[0].standfirst
 * //=> 'A dek.'
 */
export function splitReleases(text: string, options: DatingOptions = {}): SplitResult {
  const settings = parseOptions(DatingOptionsSchema, options, 'splitReleases')
  const split = splitReleasesWith(text, {})
  return { ...split, releases: withReferences(split.releases, settings) }
}

/** Settings for reading a dump piece by piece (see `extractStream`). */
export interface SplitSettings {
  /**
   * Publishers already seen as `Source:` values earlier in the same input: a `Source:` line with
   * one of them starts a release even without a title, as it would in the whole input.
   */
  knownSources?: Set<string>
  /**
   * How the releases of each publisher earlier in the same input open (with a dek or straight
   * into the story): a short first sentence that could be a dek or a lede follows the publisher's
   * habit. Gains what this text shows.
   */
  habits?: Map<string, PublisherHabit>
}

/** `splitReleases` with settings for streaming; `knownSources` gains the values this text confirms. */
export function splitReleasesWith(text: string, settings: SplitSettings): SplitResult {
  const diagnostics: Diagnostic[] = []
  if (typeof text !== 'string') text = String(text ?? '')
  const lines = splitLines(text)
  const starts = findReleaseStarts(text, lines, settings.knownSources)

  if (starts.length === 0) {
    if (text.trim() === '') return { releases: [], preamble: null, diagnostics }
    // No Source line anywhere: the whole input is one release of unknown source, so nothing is lost.
    const first = lines.findIndex((l) => !isBlank(text, l))
    const under = first >= 0 ? titleUnderHeadLines(text, lines, first) : null
    if (under !== null) starts.push({ titleLine: under, sourceLine: null, headFrom: first })
    else {
      const titled = first >= 0 && isStandaloneTitle(text, lines, first)
      starts.push({ titleLine: titled ? first : null, sourceLine: null })
    }
    diagnostics.push({
      ruleId: 'releases/missing-source',
      message: 'Unexpected input without a `Source:` line, read as one release',
      span: null,
    })
  }

  const offsetOf = (s: ReleaseStart) => lines[firstLineOf(s) ?? 0]!.start
  let preamble: Preamble | null = null
  const firstStart = offsetOf(starts[0]!)
  const releaseFrom = text.slice(0, firstStart).trim() === '' ? 0 : firstStart
  if (releaseFrom > 0) {
    const r = trimRange(text, 0, firstStart)
    preamble = { text: text.slice(0, firstStart), span: { start: 0, end: firstStart } }
    diagnostics.push({
      ruleId: 'releases/preamble',
      message: 'Unexpected text before the first release, kept as the preamble',
      span: r,
    })
  }

  const releases: Release[] = []
  const habits = settings.habits ?? new Map<string, PublisherHabit>()
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!
    const next = starts[k + 1]
    const spanStart = k === 0 ? releaseFrom : offsetOf(s)
    const spanEnd = next ? offsetOf(next) : text.length
    const endLine = next ? firstLineOf(next)! : lines.length
    releases.push(
      buildRelease(
        text,
        lines,
        s,
        endLine,
        { start: spanStart, end: spanEnd },
        k,
        next === undefined,
        habits,
      ),
    )
  }
  return { releases, preamble, diagnostics }
}

interface ReleaseStart {
  titleLine: number | null
  sourceLine: number | null
  /** The first line of a title cut over lines of a fixed width (see `wrappedTitleFrom`); else the title line. */
  titleFrom?: number
  /**
   * In a text without a `Source:` line, the first of the label, embargo and date lines above the
   * title (see `titleUnderHeadLines`): they are read as the head under a `Source:` line is.
   */
  headFrom?: number
}

/** The line a release starts on: its head's or its title's first line, else its `Source:` line. */
function firstLineOf(s: ReleaseStart): number | null {
  return s.headFrom ?? s.titleFrom ?? s.titleLine ?? s.sourceLine
}

/** The most label, embargo and date lines read above the title of a text without a `Source:` line. */
const MAX_HEAD_LINES = 3

/**
 * In a text without a `Source:` line, the title under the lines a page puts above it: a label
 * ("FOR IMMEDIATE RELEASE", "Media release"), an embargo, or a day ("Monday, January 13, 2025",
 * "For release: 10:00, 4 March 2025"), each alone on its line. The title is the first line alone
 * that is none of these, ends no sentence and has the story under it; null when the text opens
 * otherwise (its first line is the title, as before).
 */
function titleUnderHeadLines(text: string, lines: readonly Line[], first: number): number | null {
  let i = first
  let heads = 0
  while (i < lines.length && heads <= MAX_HEAD_LINES) {
    const minister = ministerBlockEnd(text, lines, i)
    if (minister > i) {
      // A minister's name and portfolio over two or three lines ("Minister for Transport", "The
      // Hon. Jane Doe MP") stand above the title as a label does.
      heads++
      i = minister
      while (i < lines.length && isBlank(text, lines[i]!)) i++
      continue
    }
    const labelled = titleUnderLabel(text, lines, i)
    if (labelled !== null) return labelled
    if (!isStandaloneTitle(text, lines, i)) return null
    const t = text.slice(lines[i]!.start, lines[i]!.end).trim()
    if (!readsAsHeadLine(t)) {
      if (heads === 0 || /[.:;,]$/.test(t)) return null
      // The story stands under the title.
      for (let k = i + 1; k < lines.length; k++) if (!isBlank(text, lines[k]!)) return k > i + 1 ? i : null
      return null
    }
    heads++
    i++
    while (i < lines.length && isBlank(text, lines[i]!)) i++
  }
  return null
}

/**
 * A title on the line right under a label, the two lines a block of their own ("Press release"
 * over "New funding to cut waiting lists", as a page copied whole gives them), with the story under
 * them: the title's line, else null.
 */
function titleUnderLabel(text: string, lines: readonly Line[], i: number): number | null {
  const title = lines[i + 1]
  if (title === undefined || isBlank(text, title) || (i > 0 && !opensAfter(text, lines, i))) return null
  if (!LABEL_ALONE.test(text.slice(lines[i]!.start, lines[i]!.end).trim())) return null
  if (!(i + 2 < lines.length && isBlank(text, lines[i + 2]!))) return null
  const t = text.slice(title.start, title.end).trim()
  // An office's or a contact's line under the label is a byline ("Office of Public Affairs").
  if (t.length > MAX_TITLE || /[.:;,]$/.test(t) || readsAsHeadLine(t) || readsAsByline(t)) return null
  // The story stands under the title.
  for (let k = i + 2; k < lines.length; k++) if (!isBlank(text, lines[k]!)) return k > i + 2 ? i + 1 : null
  return null
}

/** The most lines of a minister's name and portfolio above a title, with a label over them. */
const MAX_MINISTER_LINES = 4

/**
 * The line after a block of two or three lines, at `i`, that name a minister and the portfolio
 * ("Minister for Transport" over "The Hon. Jane Doe MP", or the other way round), perhaps under a
 * label ("MEDIA RELEASE"); `i` when the lines there are no such block.
 */
function ministerBlockEnd(text: string, lines: readonly Line[], i: number): number {
  if (i > 0 && !opensAfter(text, lines, i)) return i
  let named = false
  let k = i
  for (; k < lines.length && !isBlank(text, lines[k]!); k++) {
    if (k - i >= MAX_MINISTER_LINES) return i
    const t = text.slice(lines[k]!.start, lines[k]!.end).trim()
    if (readsAsMinisterLine(t)) named = true
    else if (!readsAsMinisterOffice(t) && !(k === i && LABEL_ALONE.test(t))) return i
  }
  return named && k - i >= 2 ? k : i
}

/** Whether a line alone is a label, an embargo or a day that a page puts above a release's title. */
function readsAsHeadLine(t: string): boolean {
  if (t.length >= MAX_LABEL) return false
  if (LABEL_ALONE.test(t) || EMBARGO().test(t)) return true
  return (readDatelineLine(t)?.date ?? null) !== null
}

/** Finds the lines that open releases: each accepted `Source:` line and the title line before it. */
function findReleaseStarts(text: string, lines: readonly Line[], known?: Set<string>): ReleaseStart[] {
  const candidates: Array<{ line: number; value: string }> = []
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    // Cheap test first: most lines do not start with "Source" (after at most a few spaces).
    if (l.end - l.start > 200 || !startsWithSource(text, l.start, l.end)) continue
    const m = SOURCE_LINE.exec(text.slice(l.start, l.end))
    if (m) candidates.push({ line: i, value: m[1]!.trim() })
  }
  const counts = new Map<string, number>()
  for (const c of candidates) counts.set(c.value, (counts.get(c.value) ?? 0) + 1)

  const starts: ReleaseStart[] = []
  let floor = 0 // the first line the next title may be on
  for (const c of candidates) {
    const found = previousNonBlank(text, lines, c.line, floor)
    // A caption's or a note's heading over a `Source:` line inside a story is no title.
    const prev = found !== null && headsPartOfStory(text, lines[found]!) ? null : found
    const title = prev !== null && isTitle(text, lines, prev) ? prev : null
    const repeated = (counts.get(c.value) ?? 0) > 1 || known?.has(c.value) === true
    // A `Source:` line inside a story (a chart's caption) neither follows a title nor repeats a
    // publisher, nor opens a story that retells the line above it as a title ending in a full stop.
    if (
      title === null &&
      !repeated &&
      starts.length > 0 &&
      !(prev !== null && stoppedTitle(text, lines, prev, c))
    )
      continue
    // A title ending in a full stop is believed only when it stands alone and the Source line is sure.
    const loose = title === null && prev !== null && isStandaloneTitle(text, lines, prev) ? prev : null
    const start: ReleaseStart = { titleLine: title ?? loose, sourceLine: c.line }
    if (title !== null) {
      const from = wrappedTitleFrom(text, lines, title, floor)
      if (from < title) start.titleFrom = from
    }
    starts.push(start)
    known?.add(c.value)
    floor = c.line + 1
  }
  return starts
}

/** A publisher's name: capitalised words and their links, as "Bureau of Alcohol, Tobacco, Firearms and Explosives". */
const PUBLISHER_NAME = lazyRegExp(
  String.raw`^[\p{Lu}\p{N}][\p{L}\p{N}.’'&-]*(?:,?[ \t\u00a0]{1,3}(?:[\p{Lu}\p{N}][\p{L}\p{N}.’'&-]*|of|for|and|the|on|in|&|de|du|des|la|le|\([^()]{1,40}\))){0,12}$`,
  'u',
)
/** How many of a title's content words the story's opening must retell (one, under a line with no figure). */
const TITLE_WORDS_RETOLD = 2
/** How many blocks after a `Source:` line may open the story: a dek, then the lede. */
const OPENING_BLOCKS = 2

/**
 * A title that ends in a full stop, above a `Source:` line whose publisher the input names once:
 * a line alone ("Domestic abuse victims encouraged to seek support."), a publisher's name in the
 * `Source:` line, not a citation ("Office for National Statistics crime survey"), and a line in
 * Title Case or a story whose opening retells the title's words, as a story tells its headline
 * and no sentence of a story is told again after a citation.
 */
function stoppedTitle(
  text: string,
  lines: readonly Line[],
  i: number,
  source: { line: number; value: string },
): boolean {
  const t = text.slice(lines[i]!.start, lines[i]!.end).trim()
  if (!t.endsWith('.') || !isStandaloneTitle(text, lines, i) || !PUBLISHER_NAME().test(source.value))
    return false
  // A line in Title Case is a headline, never a sentence of a story: "Three Charged After
  // Operation Cobalt Warrant Executed."
  const words = countLong(t)
  if (isHeadline(words.long, words.capitalised)) return true
  // A headline's words may be told over the dek and the lede, or the lede and the next paragraph;
  // a line that goes on from one that ends no sentence, with no blank line between, is the same
  // paragraph cut at a width.
  const opening: string[] = []
  let goesOn = false
  for (let k = source.line + 1; k < lines.length; k++) {
    const l = lines[k]!
    if (isBlank(text, l)) {
      goesOn = false
      continue
    }
    const line = text.slice(l.start, l.end).trim()
    if (SOURCE_LINE.test(line)) return false
    if (goesOn) {
      // The first sentence is all that is read: a paragraph that never ends one is read no further.
      if (opening[opening.length - 1]!.length > MAX_TITLE * 4) break
      opening[opening.length - 1] += ` ${line}`
    } else if (opening.length < OPENING_BLOCKS) opening.push(line)
    else break
    goesOn = !/[.!?:;"”’]$/.test(line)
  }
  // A `Source:` line inside a story cites where a figure comes from: under a line that states none,
  // one word of it told again makes a headline ("… retail workers …" over "… a shop worker …").
  const retold = titleWordsRetold(t, opening)
  return retold >= TITLE_WORDS_RETOLD || (retold > 0 && !/\d/.test(t))
}

/**
 * The heading of a figure or a table ("Figure 1: Knife crime offences by year", "Table 2 –"), whose
 * `Source:` line gives where its figures come from.
 */
const CAPTION =
  /^(?:figure|fig\.|table|chart|graph|graphic|map|infographic)[ \t\u00a0]{0,3}\d{0,3}[ \t\u00a0]{0,3}(?:[:.–—-]|$)/i
/** A label alone on its line: "Notes to editors", "Editor's note:". */
const LABEL_ALONE = new RegExp(`^(?:${RELEASE_LABELS.join('|')})[ \\t\\u00a0]{0,3}:?$`, 'i')

/** Whether a line heads a part of a story (a caption, the notes to editors), never a release. */
function headsPartOfStory(text: string, line: Line): boolean {
  const t = text.slice(line.start, line.end).trim()
  return CAPTION.test(t) || LABEL_ALONE.test(t)
}

function startsWithSource(text: string, start: number, end: number): boolean {
  let i = start
  while (i < end && i - start < 8 && isWhiteSpace(text.charCodeAt(i))) i++
  return text.startsWith('Source', i) || text.startsWith('SOURCE', i)
}

function previousNonBlank(text: string, lines: readonly Line[], from: number, floor: number): number | null {
  for (let i = from - 1; i >= floor; i--) if (!isBlank(text, lines[i]!)) return i
  return null
}

/**
 * A line that opens with a word all in lower case, then a space: "in Dublin and Cork", "and
 * Galway". "iPhone" and "eBay" are names written so, which a headline may open with.
 */
const GOES_ON_IN_LOWER_CASE = lazyRegExp(String.raw`^\p{Ll}{1,20}[ \t\u00a0]`, 'u')

/** The most lines a title cut at a fixed width runs over. */
const MAX_WRAPPED_TITLE_LINES = 5
/**
 * The shortest line a title cut at a fixed width may have above its last: at the narrowest width
 * read (see `MIN_WRAP_WIDTH`), a line whose next word was long ends well short of it. A label
 * above a title ("Media release", "FOR IMMEDIATE RELEASE") is shorter.
 */
const MIN_WRAPPED_TITLE_LINE = 24

/**
 * The first line of a title cut over lines of a fixed width, or the title line itself when it is
 * not cut: each line above it is as long as a wrapped line (see `MIN_WRAPPED_TITLE_LINE`) and ends no
 * sentence, and a blank line (or the start of the text) stands above the whole title. Told by the
 * lines above the title only, so a title reads the same whether its body has arrived or not.
 */
function wrappedTitleFrom(text: string, lines: readonly Line[], titleLine: number, floor: number): number {
  let from = titleLine
  // The longest of the title's lines read so far: the width it was cut at is no less.
  let longest = trimmedLength(text, lines[titleLine]!)
  // Whether the line above the title's first ends a sentence: the release before's last.
  let endsAbove = false
  while (from - 1 >= floor && titleLine - from < MAX_WRAPPED_TITLE_LINES - 1) {
    const above = trimRange(text, lines[from - 1]!.start, lines[from - 1]!.end)
    const size = above.end - above.start
    const aboveText = text.slice(above.start, above.end)
    // A colon or a semicolon may end a wrapped line of a title ("… smuggling Syrian migrants to
    // Germany:", "… Out of Life Savings;" over "Over 40 Victims Identified").
    // A stop after an abbreviation before a name ends no sentence: "… in Co." over "Galway".
    const below = text.slice(lines[from]!.start, lines[from]!.end).trimStart()
    const stop = /[.!?]["”’']?$/.test(aboveText) && !(endsBeforeName(aboveText) && /^\p{Lu}/u.test(below))
    // A line that opens with a word in lower case ("in Dublin and Cork") goes on from the line
    // above whatever its width: a title broken by hand, at a phrase, and not a headline of its own.
    const width =
      size >= MIN_WRAPPED_TITLE_LINE ||
      GOES_ON_IN_LOWER_CASE().test(below) ||
      cutShort(aboveText, below, Math.max(longest, size))
    endsAbove = stop
    if (!width || size > MAX_WRAP_WIDTH || BULLET.test(aboveText) || stop) break
    longest = Math.max(longest, size)
    from--
  }
  if (from === titleLine) return titleLine
  const whole = trimRange(text, lines[from]!.start, lines[titleLine]!.end)
  if (whole.end - whole.start > MAX_TITLE) return titleLine
  // At the top of the text, or after a blank line or the release before's end mark: never the
  // whole body of the release before.
  if (from === 0 || (from - 1 >= floor && opensAfter(text, lines, from))) return from
  // A text written without blank lines: under the release before's last sentence, a title whose
  // every line but its last is full at the width the release before was cut at.
  if (!endsAbove) return titleLine
  const width = wrapWidth(text, lines, floor, from)
  return width > 0 && cutFull(text, lines, from, titleLine, width) ? from : titleLine
}

/** Whether each of lines `from` to `last` but the last is full: the next line's first word would not have fitted on it. */
function cutFull(text: string, lines: readonly Line[], from: number, last: number, width: number): boolean {
  for (let k = from; k < last; k++) {
    const end = trimRange(text, lines[k]!.start, lines[k]!.end).end
    const below = text.slice(lines[k + 1]!.start, lines[k + 1]!.end).trimStart()
    if (end - lines[k]!.start + 1 + firstWordLength(below) <= width) return false
  }
  return true
}

/**
 * A short line of a title cut at a narrow width: the next line's first word would not have fitted
 * on it at the width of the title's longest line ("Artificial Intelligence" over "responsibly",
 * cut at 34). A label ("For immediate release") or a date line ("Tuesday 12 March 2024") is no
 * part of it.
 */
function cutShort(line: string, below: string, longest: number): boolean {
  return (
    line.length >= MIN_SHORT_TITLE_LINE &&
    line.length + 1 + firstWordLength(below) > longest &&
    readDatelineLine(line) === null &&
    !RELEASE_LABEL.test(line) &&
    !RELEASE_KIND.test(line)
  )
}
/** The shortest line of a title cut at a narrow width that `cutShort` reads. */
const MIN_SHORT_TITLE_LINE = 16

function trimmedLength(text: string, line: Line): number {
  const r = trimRange(text, line.start, line.end)
  return r.end - r.start
}

/** A Markdown heading's marks around a title: "# " before it, and " #" after it if any. */
const HEADING_OPENS = /^#{1,6}[ \t]+(?=\S)/
// Matched from the first space of a run only: linear on a line of spaces.
const HEADING_CLOSES = /(?<![ \t])[ \t]+#{1,6}$/

/**
 * A title's span without the marks of a Markdown heading ("# Man charged after crash"), as a
 * page saved as Markdown writes its headline: the title is the words.
 */
function withoutHeadingMarks(text: string, span: Span): Span {
  const written = text.slice(span.start, span.end)
  const opens = HEADING_OPENS.exec(written)?.[0].length ?? 0
  if (opens === 0) return span
  const closes = HEADING_CLOSES.exec(written)?.[0].length ?? 0
  return { start: span.start + opens, end: span.end - closes }
}

/** A title: one short line, not a bullet or a quotation, and not the end of a sentence of the story. */
function isTitle(text: string, lines: readonly Line[], i: number): boolean {
  const l = lines[i]!
  const t = text.slice(l.start, l.end).trim()
  if (t.length === 0 || t.length > MAX_TITLE) return false
  if (BULLET.test(t) && !titleGoesOnAfterDash(text, lines, i, t) && !isMarkedTitle(text, lines, i, t))
    return false
  // A line that opens with a quotation is a paragraph of quoted speech, unless the quotation is a
  // word or phrase the title goes on from.
  if (OPENING_QUOTE.test(t)) return (QUOTED_OPENING.test(t) && !/[.,;:'"”’]$/.test(t)) || isQuotedHeadline(t)
  return !/[.,;:]$/.test(t)
}

/**
 * A title a publisher marks with asterisks ("* UPDATE * Man charged after crash", "* Appeal for
 * witnesses") or opens with a dash ("- Police welcome rural crime funding"), on a line of its own
 * above the `Source:` line. The last item of a list above it is a bullet: its list's other items,
 * or the line that leads into it (ending in a colon), stand over it; and a dash's item in lower
 * case goes on a sentence, as no title does.
 */
function isMarkedTitle(text: string, lines: readonly Line[], i: number, t: string): boolean {
  const dashed = DASH_MARK.test(t)
  if (!(t.startsWith('*') || dashed) || (i > 0 && !opensAfter(text, lines, i))) return false
  const above = previousNonBlank(text, lines, i, 0)
  if (above === null) return true
  const line = text.slice(lines[above]!.start, lines[above]!.end).trim()
  if (BULLET.test(line) && !apartFromList(text, lines, above, line, t)) return false
  return !(dashed && (line.endsWith(':') || !DASH_MARK_CAPITAL().test(t)))
}

/**
 * Whether a marked line stands apart from the list that ends at `above`, a blank line between:
 * the list's items are packed on lines in a row ("- youth projects" over "- family support"),
 * or marked with another character ("- …" items over "– Man charged …"). An item of a list
 * spaced by blank lines, with its own mark, is the list's last.
 */
function apartFromList(
  text: string,
  lines: readonly Line[],
  above: number,
  item: string,
  t: string,
): boolean {
  if (item[0] !== t[0]) return true
  const before = lines[above - 1]
  if (before === undefined) return false
  return BULLET.test(text.slice(before.start, before.end).trim())
}
/** A dash that opens a line, and the word after it. */
const DASH_MARK = /^[–-][ \t\u00a0]/
const DASH_MARK_CAPITAL = lazyRegExp(String.raw`^[–-][ \t\u00a0]+[\p{Lu}\p{N}‘“'"]`, 'u')

/**
 * A title cut before one of its dashes: "GNDOCB Seizure of €374,000 - One Arrest - Swords, Co.
 * Dublin" over "- 4th February 2022". The line above is as long as a wrapped line and ends with a
 * word, not a sentence; a list's item under a heading does not.
 */
function titleGoesOnAfterDash(text: string, lines: readonly Line[], i: number, t: string): boolean {
  if (i === 0 || !(t.startsWith('- ') || t.startsWith('– '))) return false
  const above = trimRange(text, lines[i - 1]!.start, lines[i - 1]!.end)
  const size = above.end - above.start
  return size >= MIN_WRAP_WIDTH && size <= MAX_WRAP_WIDTH && dashAfterWord(text, above.end, t)
}

/** The closing mark of each opening quotation mark. */
const CLOSING_MARKS: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '‘': '’', '«': '»' }

/**
 * A headline that is all one quotation: "“Don’t risk it this Christmas”", "'Stay safe this
 * winter'". Quoted speech in a story ends its sentence inside the marks ('… this winter.”') or
 * goes on to its speaker; a headline does neither.
 */
function isQuotedHeadline(t: string): boolean {
  const close = CLOSING_MARKS[t[0]!]
  if (close === undefined || t.length < 4 || !t.endsWith(close)) return false
  const inner = t.slice(1, -1)
  // A closing mark inside closes a quotation the line goes on from, unless it is an apostrophe ("Don’t").
  for (let at = inner.indexOf(close); at >= 0; at = inner.indexOf(close, at + 1)) {
    if (!LETTER().test(inner[at - 1] ?? '') || !LETTER().test(inner[at + 1] ?? '')) return false
  }
  return /[\p{L}\p{N}?!]$/u.test(inner)
}
const LETTER = lazyRegExp(String.raw`\p{L}`, 'u')

function isStandaloneTitle(text: string, lines: readonly Line[], i: number): boolean {
  const l = lines[i]!
  const t = text.slice(l.start, l.end).trim()
  if (t.length > MAX_TITLE || BULLET.test(t)) return false
  const before = i === 0 || opensAfter(text, lines, i)
  const after = i + 1 >= lines.length || isBlank(text, lines[i + 1]!)
  return before && after
}

/**
 * Whether line `i` opens a block: a blank line stands above it, or the end mark or end line of
 * the release before ("ENDS", "###", "-30-"), which a dump may run into the next title.
 */
function opensAfter(text: string, lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1]!
  return isBlank(text, above) || closesRelease(text.slice(above.start, above.end).trim())
}

function isBlank(text: string, l: Line): boolean {
  for (let i = l.start; i < l.end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false
  return true
}

function buildRelease(
  text: string,
  lines: readonly Line[],
  start: ReleaseStart,
  endLine: number,
  span: Span,
  index: number,
  last: boolean,
  habits: Map<string, PublisherHabit>,
): Release {
  const diagnostics: Diagnostic[] = []
  const lineSpan = (i: number) => trimRange(text, lines[i]!.start, lines[i]!.end)

  let titleSpan: Span | null = null
  if (start.titleLine !== null)
    titleSpan = withoutHeadingMarks(
      text,
      trimRange(text, lines[start.titleFrom ?? start.titleLine]!.start, lines[start.titleLine]!.end),
    )
  let sourceSpan: Span | null = null
  let source: string | null = null
  // The line after a `Source:` line cut at the body's width holds the rest of the publisher's name.
  const sourceLines =
    start.sourceLine === null ? 0 : wrappedSourceLines(text, lines, start.sourceLine, endLine)
  if (start.sourceLine !== null) {
    const l = lines[start.sourceLine]!
    const m = SOURCE_LINE.exec(text.slice(l.start, l.end))
    if (m) {
      const valueEnd = trimRange(text, l.end - m[1]!.length, lines[start.sourceLine + sourceLines - 1]!.end)
      sourceSpan = valueEnd
      source = text.slice(valueEnd.start, valueEnd.end)
    }
  }
  if (start.titleLine === null && start.sourceLine !== null) {
    diagnostics.push({
      ruleId: 'releases/missing-title',
      message: 'Unexpected release without a title line before its `Source:` line',
      span: lineSpan(start.sourceLine),
    })
  }

  const bodyFrom = start.sourceLine === null ? (start.titleLine ?? -1) + 1 : start.sourceLine + sourceLines
  // The label and date lines above a title with no `Source:` line are read as the head under one.
  const headBlocks =
    start.headFrom === undefined || start.titleLine === null
      ? []
      : paragraphsOf(text, lines, start.headFrom, start.titleLine)
  const blocks = withoutClosingEndMarks([...headBlocks, ...paragraphsOf(text, lines, bodyFrom, endLine)])
  const title = titleSpan ? text.slice(titleSpan.start, titleSpan.end) : null
  // The release's text tells a place alone in capitals from an acronym; read only when such a line stands.
  let context: string | null = null
  const lineOptions: DatelineOptions = { context: () => (context ??= releaseContext(title, source, blocks)) }

  // An embargo, a label ("FOR IMMEDIATE RELEASE") and a byline ("Office of Public Affairs") may
  // stand, in any order, before the story, and after a date line ("Tuesday, April 9, 2024"), which
  // stays to be read as the dateline, or after a dek (a government page's summary above its "From:"
  // line, a news page's standfirst above "By …"), which is the standfirst.
  let embargo: Mention | null = null
  let label: Mention | null = null
  let byline = null as Span | null
  let dekAbove = false
  let at = 0
  // A contact block ("Media Contact:", then a name, a number, an address) may run to a few lines,
  // and a minister's line ("The Honourable Mark Ryan MP") is followed by the portfolio.
  let underContactHeading = false
  let afterMinister = false
  // A date line and a place line, in either order ("June 5, 2024", then "Halifax, Nova Scotia").
  let datelineLine: DatelineReading | null = null
  for (let k = 0; k < 8; k++) {
    // The line right under a minister's name is the portfolio, never a dek ("Premier").
    const portfolio =
      afterMinister && byline !== null && blocks[0] !== undefined && onNextLine(text, byline, blocks[0])
    if (at === 0 && !portfolio && isDekAboveByline(text, blocks)) {
      dekAbove = true
      at = 1
      continue
    }
    const first = blocks[at]
    if (first?.kind !== 'text' || first.text.length >= MAX_LABEL) break
    const labelled =
      RELEASE_LABEL.test(first.text) ||
      RELEASE_KIND.test(first.text) ||
      PAGE_DETAIL.test(first.text) ||
      UPDATE_ALONE.test(first.text) ||
      readsAsReleaseNumber(first.text) ||
      (DETAIL_PLACE.test(first.text) && readDatelineLine(first.text) === null)
    // The portfolio sits on the minister's next line; after a blank line a title-case line may be a dek.
    const nameLines =
      underContactHeading || (afterMinister && byline !== null && onNextLine(text, byline, first))
    afterMinister = false
    if (!embargo && EMBARGO().test(first.text)) embargo = { text: first.text, span: first.span }
    else if (
      readsAsPageFurniture(first.text) ||
      repeatsTitle(first.text, titleSpan && text.slice(titleSpan.start, titleSpan.end))
    ) {
      // A page's buttons or its heading copied again under the Source line: no part of the story.
    } else if (!label && labelled) label = { text: first.text, span: first.span }
    else if (label && labelled && contiguous(text, label.span, first)) {
      // A second label line right after the first ("Joint statement", "Part of: …") joins it.
      const span: Span = { start: label.span.start, end: first.span.end }
      label = { text: text.slice(span.start, span.end), span }
    } else if (label && (LABEL_ALONE.test(first.text) || RELEASE_KIND.test(first.text))) {
      // A page's second label, below its date or its title again ("Press Release", the title,
      // "Tuesday, March 5, 2024", then "For Immediate Release"): a label alone says nothing more.
    } else if (byline === null && opensContactBlock(text, first, blocks[at + 1])) {
      byline = first.span
      underContactHeading = true
    } else if (byline === null && namesOfficeAboveContact(text, first, blocks[at + 1])) {
      byline = first.span
    } else if (byline === null && namesPressOfficer(text, first, blocks[at + 1])) {
      // The officer's name and title are one byline; a number or an address may follow.
      byline = { start: first.span.start, end: blocks[at + 1]!.span.end }
      blocks.splice(at + 1, 1)
    } else if (
      blocks.length > at + 1 &&
      (extendsByline(text, byline, first, nameLines) || namesSource(first, source))
    ) {
      byline = { start: byline?.start ?? first.span.start, end: first.span.end }
      afterMinister = readsAsMinisterLine(first.text)
    } else if (at === 0 && !first.text.includes('\n') && readDatelineLine(first.text, lineOptions)) {
      datelineLine = readDatelineLine(first.text, lineOptions)
      // An update's notice ("Update 5 June 2024:") is a label above the story as well as its day.
      if (!label && opensWithUpdate(first.text)) label = { text: first.text, span: first.span }
      at = 1
      continue
    } else if (
      at === 1 &&
      datelineLine &&
      blocks.length > 2 &&
      completesDatelineLine(datelineLine, first, lineOptions)
    ) {
      at = 2
      continue
    } else if (
      byline === null &&
      !first.text.includes('\n') &&
      namesPersonOfStory(first.text, blocks, at + 1)
    ) {
      // "Jane Doe", "Health Minister Jane Doe": the minister the release is from, whom the story names.
      byline = first.span
      afterMinister = true
    } else if (
      blocks[at + 1]?.kind === 'text' &&
      readsAsSectionLabel(first.text) &&
      (label ? contiguous(text, label.span, first) : !readsAsSectionLabel(blocks[at + 1]!.text)) &&
      readDatelineLine(first.text, lineOptions) === null
    ) {
      // A page's section or kind of text in a few words ("Plenary session") above the story or its
      // dek, or under a label; a run of such short lines alone is a list.
      const span: Span = { start: label?.span.start ?? first.span.start, end: first.span.end }
      label = { text: text.slice(span.start, span.end), span }
    } else break
    blocks.splice(at, 1)
  }

  // The page's footer under the story ("Updated March 5, 2024", "Topic", "Violent Crime") ends it.
  blocks.length = pageFooterStart(blocks, readsAsPageButtons)

  // A byline may name the day as well ("By Jane Smith | December 3, 2024").
  const bylineMention = byline ? { text: text.slice(byline.start, byline.end), span: byline } : null
  const head = readHead(text, blocks, title, source, habits, !last, dekAbove, [label, embargo, bylineMention])
  const standfirst = head.standfirst?.text ?? null
  const standfirstSpan = head.standfirst?.span ?? null

  if (blocks.length === 0) {
    diagnostics.push({
      ruleId: 'releases/empty-body',
      message: 'Unexpected release without body paragraphs (cut off?)',
      span: titleSpan ?? sourceSpan,
    })
  } else if (last) {
    const tail = blocks[blocks.length - 1]!
    const endsFile = text.slice(tail.span.end).trim() === ''
    const noNewline = !/[\r\n]$/.test(text)
    if (
      endsFile &&
      noNewline &&
      tail.kind === 'text' &&
      !TERMINAL.test(tail.text) &&
      !closesRelease(tail.text)
    ) {
      diagnostics.push({
        ruleId: 'releases/truncated',
        message: 'Unexpected end of input inside a paragraph: the release looks cut off',
        span: tail.span,
      })
    }
  }

  const markup = markupDiagnostic(text, span)
  if (markup) diagnostics.push(markup)

  const idParts = [title ?? '', source ?? '', standfirst ?? '']
  // A dateline or a byline on a line of its own is no paragraph; it is content all the same.
  if (head.datelineLine) idParts.push(head.datelineLine)
  if (byline) idParts.push(text.slice(byline.start, byline.end))
  for (const b of blocks) idParts.push(b.text)
  const { story, notes: notesParagraphs } = splitEndMatter(blocks)
  const notes = notesOf(text, notesParagraphs)
  return {
    id: contentHash(idParts),
    index,
    title,
    titleLine: start.titleLine === null ? null : lines[start.titleFrom ?? start.titleLine]!.number,
    source,
    standfirst,
    paragraphs: story,
    notes,
    span,
    titleSpan,
    sourceSpan,
    standfirstSpan,
    embargo,
    label,
    byline: bylineMention,
    publishedOn: null,
    quotes: [],
    operations: [],
    dates: [],
    statistics: [],
    diagnostics,
    dateline: head.dateline,
    people: [],
  }
}

/** The notes to editors as one part of the release, or null when it has none. */
function notesOf(text: string, paragraphs: Paragraph[]): Notes | null {
  if (paragraphs.length === 0) return null
  const span = { start: paragraphs[0]!.span.start, end: paragraphs[paragraphs.length - 1]!.span.end }
  return { text: text.slice(span.start, span.end), span, paragraphs }
}

/** Whether a block is the title again, as a page that shows its heading twice is copied. */
function repeatsTitle(block: string, title: string | null): boolean {
  if (title === null || block.includes('\n')) return false
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()
  return norm(block) === norm(title)
}

/** Whether a line is a release's number alone, not a day written in figures. */
function readsAsReleaseNumber(line: string): boolean {
  return (RELEASE_NUMBER().test(line) || PRESS_SYMBOL().test(line)) && readDatelineLine(line) === null
}

/**
 * The symbol an institution files a press release under, alone on its line: "SC/15612", "GA/12600",
 * "SG/SM/22245" (the United Nations'), "GA/EF/3580". Capitals between slashes, then its number.
 */
const PRESS_SYMBOL = lazyRegExp(String.raw`^\p{Lu}{1,6}(?:\/\p{Lu}{1,6}){0,3}\/\d{1,6}$`, 'u')

/**
 * Whether a block is a byline line that starts the byline or continues it: the office lines of a
 * department ("Department of Justice", "Office of Public Affairs") are one byline when nothing but
 * line breaks stands between them.
 */
/**
 * Whether the first block is a dek above a byline: a short line, no label, quotation, dateline or
 * lead-in, followed by a byline ("From: Home Office and …", "By Jane Smith") and more.
 */
function isDekAboveByline(text: string, blocks: readonly Paragraph[]): boolean {
  const [first, second] = blocks
  if (blocks.length < 3 || first?.kind !== 'text' || second?.kind !== 'text') return false
  const t = first.text
  if (
    t.includes('\n') ||
    t.length > MAX_UNPUNCTUATED_STANDFIRST ||
    t.endsWith(':') ||
    OPENING_QUOTE.test(t)
  ) {
    return false
  }
  // The byline below is the rare sign and the cheap test, so it is looked for before the dateline.
  if (!extendsByline(text, null, second)) return false
  if (
    EMBARGO().test(t) ||
    RELEASE_LABEL.test(t) ||
    readsAsReleaseNumber(t) ||
    readsAsByline(t) ||
    namesPersonOfStory(t, blocks, 1) ||
    readDatelineLine(t)
  )
    return false
  return !namesOfficeAboveContact(text, first, second) && readOpeningDateline(t) === null
}

/**
 * Whether a block adds to the byline read so far: a byline's line, or a number or an address after
 * one, or under a contact heading ("Media Contact:") the name of whom to reach.
 */
function extendsByline(
  text: string,
  byline: Span | null,
  block: Paragraph,
  underContactHeading = false,
): boolean {
  if (block.text.includes('\n')) return false
  // Under a minister's name, a one-word office ("Premier", "Treasurer") is the rest of the byline.
  if (
    byline !== null &&
    underContactHeading &&
    (readsAsContactName(block.text) || readsAsMinisterOffice(block.text))
  )
    return contiguous(text, byline, block)
  // A telephone number, an email address, a press officer or the office's postal address alone
  // goes with the byline above it.
  if (
    byline !== null &&
    (readsAsContactDetail(block.text) || readsAsPressContact(block.text) || readsAsPostalAddress(block.text))
  ) {
    return contiguous(text, byline, block)
  }
  if (!readsAsByline(block.text)) return false
  return byline === null || contiguous(text, byline, block)
}

/** Whether a block is the other half of a dateline written on two lines: the place after a day, or the day after a place. */
function completesDatelineLine(line: DatelineReading, block: Paragraph, options: DatelineOptions): boolean {
  if (block.kind !== 'text' || block.text.includes('\n')) return false
  // The same pairing the head reads later: only whether there is one matters here.
  return pairedDatelineLine(block, line, readDatelineLine(block.text, options), block) !== null
}

/**
 * Whether a block is a contact label alone ("Media Contact:") with whom to reach on the line right
 * after it: a name, a number or an address, not the story.
 */
function opensContactBlock(text: string, block: Paragraph, next: Paragraph | undefined): boolean {
  if (next?.kind !== 'text' || !readsAsContactHeading(block.text) || !contiguous(text, block.span, next))
    return false
  const t = next.text
  return readsAsContactName(t) || readsAsContactDetail(t) || readsAsPressContact(t) || readsAsByline(t)
}

/**
 * Whether a block is a short name ("FBI Boston", "Garda Press Office") on the line right above a
 * contact line ("Media Contact: Kristen Setera"): the office the contact speaks for, not a dek.
 */
function namesOfficeAboveContact(text: string, block: Paragraph, next: Paragraph | undefined): boolean {
  if (block.kind !== 'text' || next?.kind !== 'text' || !readsAsContactName(block.text)) return false
  if (!readsAsContactLine(next.text) || !onNextLine(text, block.span, next)) return false
  // "Date: March 3, 2025" over "Contact: Sgt. Jane Doe": the day the release was issued, no office.
  const dated = /\d/.test(block.text) ? readDatelineLine(block.text) : null
  return !(dated?.date || dated?.dayOfYear)
}

/**
 * Whether a block is a person's name ("Trooper Jane Doe", "Sgt. Amanda Granit") with a press
 * officer's title on the line right after it ("Public Information Officer"): whom to reach, no dek.
 */
function namesPressOfficer(text: string, block: Paragraph, next: Paragraph | undefined): boolean {
  if (block.kind !== 'text' || next?.kind !== 'text' || !readsAsContactName(block.text)) return false
  if (block.text.split(' ').length < 2 || /\d/.test(block.text)) return false
  return readsAsPressTitle(next.text) && onNextLine(text, block.span, next)
}

/**
 * Whether a line is a person's name alone, or after a minister's office ("Health Minister Jane
 * Doe"), that the story below names again: a byline, not a title-case dek of the same shape. The
 * story may name the person in full or by surname after a title ("Premier Rockliff said", "Ms Doe
 * added"), as releases under a minister's byline do.
 */
function namesPersonOfStory(line: string, blocks: readonly Paragraph[], from: number): boolean {
  const name = nameLine(line)?.toLowerCase()
  if (name === undefined || blocks.length <= from) return false
  const surname = name.slice(name.lastIndexOf(' ') + 1)
  // Named as a person ("Health Minister Jane Doe says"), not as a place ("in New York").
  const lexicon = lexiconWith({})
  for (let k = from; k < blocks.length; k++) {
    const t = blocks[k]!.text
    if (!t.toLowerCase().includes(surname)) continue
    const named = (p: PersonMention) => {
      const spelled = p.name.toLowerCase()
      return spelled === name || (spelled === surname && p.title !== null)
    }
    if (findPeople(t, lexicon).some(named)) return true
  }
  return false
}

/** Whether a block only repeats the publisher's name of the `Source:` line ("FBI Los Angeles"). */
function namesSource(block: Paragraph, source: string | null): boolean {
  return (
    source !== null &&
    block.text.length === source.length &&
    block.text.toLowerCase() === source.toLowerCase()
  )
}

/** Whether a block starts on the line right after a span, with no blank line between. */
function onNextLine(text: string, span: Span, block: Paragraph): boolean {
  const between = text.slice(span.end, block.span.start)
  return between.trim() === '' && between.split('\n').length === 2
}

/** Whether only white space stands between a byline and a block. */
function contiguous(text: string, byline: Span, block: Paragraph): boolean {
  return text.slice(byline.end, block.span.start).trim() === ''
}

/**
 * The paragraphs between two lines. Each non-blank line is a paragraph (both renderings put one
 * paragraph on a line), except a hard-wrapped continuation: a line starting in lower case after a
 * line of a paragraph or a bullet's item that does not end a sentence, unless it is an email
 * address alone; and, in a body cut into lines of a fixed width (see `wrapWidth`), a line whose
 * first word would not have fitted on the line before ("… said Detective Inspector" over "Jane
 * Smith.").
 */
function paragraphsOf(text: string, lines: readonly Line[], from: number, to: number): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const width = wrapWidth(text, lines, from, to)
  let open: OpenParagraph | null = null
  // The length of the line before, when it holds text.
  let before = 0
  for (let i = from; i < to; i++) {
    const l = lines[i]!
    const r = trimRange(text, l.start, l.end)
    const after = before
    // The column the line ends at, its indent counted (a bullet's first line is cut at the width
    // too), and one space left at the break, as some clients leave it.
    before = r.end - l.start + (l.end > r.end ? 1 : 0)
    if (r.end <= r.start) {
      open = flush(text, paragraphs, open)
      continue
    }
    const content = text.slice(r.start, r.end)
    if (
      width > 0 &&
      open !== null &&
      after + 1 + firstWordLength(content) > width &&
      (!BULLET.test(content) || dashAfterWord(text, open.end, content)) &&
      !readsAsContactDetail(content)
    ) {
      open.end = r.end
      continue
    }
    const bullet = closesRelease(content) ? null : BULLET.exec(content)
    if (bullet) {
      flush(text, paragraphs, open)
      open = { kind: 'bullet', start: r.start, textStart: r.start + bullet[0].length, end: r.end }
      continue
    }
    // An email address alone on its line is contact detail, not the rest of a wrapped line; a
    // bullet's item runs on over its lines as a paragraph does. A line that ends with a joining
    // word goes on whatever the case of the next ("… seized in a" over "Waikato operation …"),
    // as no paragraph ends with one, in a body too short to show its width. So does a word cut
    // at its hyphen ("… Jane Smith-" over "Jones said"), as an export that breaks on hyphens cuts it.
    if (
      open !== null &&
      (/^\p{Ll}/u.test(content) ||
        JOINING_WORD_END.test(text.slice(Math.max(open.start, open.end - 6), open.end)) ||
        (HYPHEN_CUT_END().test(text.slice(Math.max(open.start, open.end - 2), open.end)) &&
          /^\p{L}/u.test(content)) ||
        bracketGoesOn(content, after)) &&
      !ENDS_LINE.test(text.slice(open.end - 1, open.end)) &&
      !readsAsContactDetail(content)
    ) {
      open.end = r.end
      continue
    }
    flush(text, paragraphs, open)
    open = { kind: 'text', start: r.start, textStart: r.start, end: r.end }
  }
  flush(text, paragraphs, open)
  return paragraphs
}

/**
 * A bracket that opens a line inside a sentence: its words close it and go on ("(FY) 2023 to
 * support …"), or run on in lower case ("(the Act"). A list's number ("(1)", "(a)") or a bracket
 * alone on its line ("(Photo: Jane Doe)") opens a line of its own.
 */
const BRACKET_GOES_ON = lazyRegExp(
  String.raw`^\((?:(?!(?:\d{1,3}|\p{L}|[ivx]{1,4})\))[^()\n]{1,80}\)[ \u00a0]*[\p{L}\d,;:–—-]|\p{Ll}[^()\n]*$)`,
  'u',
)

/**
 * True when a line that opens with a bracket goes on the sentence of the line above, cut at a
 * wrapped line's length ("… in fiscal year" over "(FY) 2023 to support …"): a body too short to
 * show its width still shows it on the line above.
 */
function bracketGoesOn(content: string, above: number): boolean {
  return above >= MIN_WRAP_WIDTH && above <= MAX_WRAP_WIDTH && BRACKET_GOES_ON().test(content)
}

/**
 * The paragraphs without an end mark that closes a paragraph's last sentence ("… 555-0100. ###"):
 * no words of the story. A mark alone on its line stays a line of text, as "ENDS" does.
 */
function withoutClosingEndMarks(paragraphs: Paragraph[]): Paragraph[] {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!
    // Every mark ends in "#" or a dash: most paragraphs end in neither.
    const last = p.text.charCodeAt(p.text.length - 1)
    if (last !== 35 && last !== 45 && last !== 0x2013 && last !== 0x2014) continue
    const m = CLOSING_END_MARK.exec(p.text.slice(-CLOSING_END_REACH))
    if (!m || m[1]!.length >= p.text.length) continue
    const cut = m[1]!.length
    paragraphs[i] = {
      ...p,
      text: p.text.slice(0, -cut),
      span: { start: p.span.start, end: p.span.end - cut },
    }
  }
  return paragraphs
}

/**
 * How many lines a `Source:` line runs over: more than 1 when the body is cut at a fixed width
 * (see `wrapWidth`) and each next line, with no blank line between, opens with a word that would
 * not have fitted on the line above ("Source: United States Department of Justice (National
 * Center for" over "Disaster Fraud)"; at 40 characters, three lines); else 1.
 */
function wrappedSourceLines(
  text: string,
  lines: readonly Line[],
  sourceLine: number,
  endLine: number,
): number {
  let width = -1
  let count = 1
  while (count < MAX_SOURCE_LINES) {
    const i = sourceLine + count
    const next = lines[i]
    if (next === undefined || i >= endLine || isBlank(text, next)) break
    const above = trimRange(text, lines[i - 1]!.start, lines[i - 1]!.end)
    const r = trimRange(text, next.start, next.end)
    const content = text.slice(r.start, r.end)
    // A line of another kind (a bullet, another `Source:` line, a paragraph of its own) is no part of the name.
    if (r.end - r.start > MAX_WRAP_WIDTH || SOURCE_LINE.test(content) || BULLET.test(content)) break
    if (width < 0) width = wrapWidth(text, lines, sourceLine + 1, endLine)
    if (width <= 0 || above.end - lines[i - 1]!.start + 1 + firstWordLength(content) <= width) break
    count++
  }
  return count
}

/** The most lines a publisher's name on a `Source:` line is cut over: three at 40 characters. */
const MAX_SOURCE_LINES = 4

/**
 * A dash opening a line after a word the sentence goes on from: a dash the text was cut before
 * ("… can make us more effective" over "– it can be a tool for good."), not a list's item.
 */
function dashAfterWord(text: string, end: number, line: string): boolean {
  const c = line.charCodeAt(0)
  return (c === 0x2013 || c === 0x2d) && LETTER_OR_DIGIT_END().test(text.slice(end - 1, end))
}

const LETTER_OR_DIGIT_END = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u')

/** The longest line a hard-wrapped body may have: mail and text exports cut at 60 to 80 characters. */
const MAX_WRAP_WIDTH = 100
/** The narrowest a hard-wrapped body may be: a narrow column's export cuts at 40 to 45. */
const MIN_WRAP_WIDTH = 30
/** How much shorter than the width a full line of wrapped text may be: the next word did not fit. */
const WRAP_SLACK = 16

/**
 * The width a body's lines were cut at, or 0 when they were not: its longest line is of a wrapped
 * width, a third of its lines or more are nearly that long, and at least two of them break between
 * words of one sentence (a word or a comma, then a word in lower case; a joining word or a comma,
 * then any word). One-paragraph-a-line text
 * has lines of every length, most well over that width.
 */
function wrapWidth(text: string, lines: readonly Line[], from: number, to: number): number {
  let width = 0
  let count = 0
  for (let i = from; i < to; i++) {
    const r = trimRange(text, lines[i]!.start, lines[i]!.end)
    if (r.end <= r.start) continue
    count++
    // A link or a word longer than the width stands on a line of its own, wrapped or not.
    if (r.end - r.start > MAX_WRAP_WIDTH && firstWordLength(text.slice(r.start, r.end)) === r.end - r.start)
      continue
    width = Math.max(width, r.end - lines[i]!.start)
    if (width > MAX_WRAP_WIDTH) return 0
  }
  if (width < MIN_WRAP_WIDTH) return 0
  let full = 0
  let broken = 0
  for (let i = from; i < to; i++) {
    const r = trimRange(text, lines[i]!.start, lines[i]!.end)
    if (r.end - lines[i]!.start < width - WRAP_SLACK) continue
    full++
    const next = lines[i + 1]
    if (
      next &&
      i + 1 < to &&
      ((MID_SENTENCE_END().test(text.slice(r.end - 1, r.end)) &&
        LOWER_START().test(text.slice(next.start, next.start + 9))) ||
        // "… across parts of western and" over "Scotland.": no paragraph ends with such a word,
        // nor with a comma ("… East Renfrewshire, Glasgow," over "Inverclyde, …").
        JOINING_WORD_END.test(text.slice(Math.max(r.start, r.end - 6), r.end)) ||
        (text.charCodeAt(r.end - 1) === 44 && !isBlank(text, next)))
    )
      broken++
  }
  return full >= 3 && full * 3 >= count && broken >= 2 ? width : 0
}

const MID_SENTENCE_END = lazyRegExp(String.raw`[\p{L},]`, 'u')
/** A line that opens in lower case, after its indent if it has one. */
const LOWER_START = lazyRegExp(String.raw`^[ \t\u00a0]{0,8}\p{Ll}`, 'u')
/** A word that joins what comes after it, ending a line: the line is cut mid-sentence. */
const JOINING_WORD_END = /(?:^|[ \t])(?:and|or|of|the|a|an|to|in|on|at|by|for|from|with)$/

/** A line that ends in a word cut at its hyphen: a letter, then the hyphen. */
const HYPHEN_CUT_END = lazyRegExp(String.raw`\p{L}-$`, 'u')

/** The characters of a line's first word: up to its first space. */
function firstWordLength(line: string): number {
  // A no-break space joins words that a line is never cut between ("21st\u00a0century").
  const space = line.search(/[ \t]/)
  return space < 0 ? line.length : space
}

interface OpenParagraph {
  kind: 'text' | 'bullet'
  start: number
  textStart: number
  end: number
}

function flush(text: string, paragraphs: Paragraph[], open: OpenParagraph | null): null {
  if (open) {
    paragraphs.push({
      kind: open.kind,
      text: text.slice(open.textStart, open.end),
      span: { start: open.start, end: open.end },
    })
  }
  return null
}

/** The head of a release's body: its dateline and its standfirst, each when it has one. */
interface Head {
  dateline: Dateline | null
  /** The text of a dateline on a line of its own, taken out of the paragraphs. */
  datelineLine: string | null
  standfirst: Paragraph | null
}

/** A paragraph with the spaces around its line breaks taken out (see `withTidyBreaks`). */
function tidied(p: Paragraph): Paragraph {
  const text = withTidyBreaks(p.text)
  return text === p.text ? p : { ...p, text }
}

/**
 * Reads the head of the body and takes out of `blocks` what is not a paragraph of the story: a
 * dateline on a line of its own ("25 November 2024", "Washington, D.C."), first or after a dek,
 * and the standfirst. A dateline that opens the first paragraph stays in it. A short first
 * sentence that could be a dek or a lede follows the publisher's habit in the input so far, else
 * its own shape, else how much less of the title it tells than the story's first sentence.
 * `learn`: whether the release adds to the habits (not the last release of a text, which may
 * still be incomplete when the input is read piece by piece). `dekAbove`: the first block stood
 * above the byline taken out before, so it is the dek. `aboveStory`: the label, embargo and byline
 * lines taken out before, the first of which that names a day gives the dateline when nothing else
 * does.
 */
function readHead(
  text: string,
  blocks: Paragraph[],
  title: string | null,
  source: string | null,
  habits: Map<string, PublisherHabit>,
  learn: boolean,
  dekAbove: boolean,
  aboveStory: ReadonlyArray<Mention | null>,
): Head {
  const head: Head = { dateline: null, datelineLine: null, standfirst: null }
  // The rest of the release tells a place from a person's name before a dash ("in Milton Keynes").
  const context = releaseContext(title, source, blocks)
  const opening = (p: Paragraph) => (p.kind === 'text' ? readOpeningDateline(p.text, context) : null)
  const opensWithDateline = (p: Paragraph) => opening(p) !== null
  // A numeric day on a line of its own ("Release Date: 03/12/2024") is read in the order the
  // release writes its days, as the dating stage reads it.
  // The paragraphs as they stand now: the head's lines are taken out of `blocks` below.
  const order = monthOrderOf(blocks.slice(), undefined, source)
  const alone = (i: number) => {
    const p = blocks[i]
    return p && p.kind === 'text' && !p.text.includes('\n')
      ? readDatelineLine(p.text, { monthFirst: order, context })
      : null
  }
  const habit = source === null ? undefined : habits.get(source)
  const note = (verdict: 'dek' | 'lede') => {
    if (!learn || source === null) return
    const h = habit ?? { deks: 0, ledes: 0 }
    if (verdict === 'dek') h.deks++
    else h.ledes++
    habits.set(source, h)
  }

  // A dek above the byline: the byline is out of `blocks`, and a dateline line may follow the dek.
  if (dekAbove) {
    head.standfirst = blocks.shift()!
    if (!isCreditLine(head.standfirst.text)) note('dek')
  }
  let line = alone(0)
  let at = 0
  if (
    !line &&
    !head.standfirst &&
    blocks.length > 2 &&
    blocks[0]!.kind === 'text' &&
    !OPENING_QUOTE.test(blocks[0]!.text)
  ) {
    // A dek above a dateline line: the story starts after the dateline.
    // Only a full date or a place: a bare day after a first line is as likely an item of a list.
    line = alone(1)
    const lead = blocks[0]!
    const sure = line !== null && (line.date !== null || line.place !== null)
    const dek = lead.text.length <= MAX_UNPUNCTUATED_STANDFIRST && !lead.text.endsWith(':')
    if (sure && dek && !opensWithDateline(lead)) at = 1
    else line = null
  }
  if (line) {
    const p = blocks[at]!
    const second = alone(at + 1)
    const pair = pairedDatelineLine(p, line, second, blocks[at + 1])
    head.dateline = toDateline(text, p.span.start, pair ?? line)
    // An update above the day first published: that day's line is the dateline, the update a label.
    if (pair && second && updateAboveDay(p, line, second, blocks[at + 1]!))
      head.dateline = toDateline(text, blocks[at + 1]!.span.start, second)
    head.datelineLine = pair ? text.slice(p.span.start, blocks[at + 1]!.span.end) : p.text
    blocks.splice(at, pair ? 2 : 1)
    if (at === 1) {
      head.standfirst = blocks.shift()!
      if (!isCreditLine(head.standfirst.text)) note('dek')
    }
  }

  // The opening is read by the lengths and shapes of its paragraphs, which an indent on every line
  // or a carriage return before each break must not change.
  const candidate = blocks[0] && tidied(blocks[0])
  // A dateline on a line of its own, at the head: the story starts under it, so a short sentence
  // either could be is the story's ("Copenhagen, 13 March 2024" over "Measles cases …"), unless
  // the publisher is known to write deks.
  const underDatelineLine = head.dateline !== null && at === 0
  if (!head.standfirst && candidate && blocks.length > 1) {
    const next = tidied(blocks[1]!)
    const verdict = readOpening(candidate, next, opensWithDateline)
    const unsureDek = () =>
      writesDeks(habit) ||
      (!underDatelineLine &&
        ((habit === undefined && !head.dateline && printsSummary(source, blocks.map(tidied))) ||
          readsAsDek(candidate, next) ||
          storyRetellsTitle(title, candidate, next)))
    if (verdict === 'dek' || (verdict === 'unsure' && unsureDek())) {
      head.standfirst = blocks.shift()!
    }
    // A credit line ("Attributed to …") says nothing of the publisher's habit.
    if (verdict !== 'unsure' && !isCreditLine(candidate.text)) note(verdict)
  }

  let first = blocks[0]
  let inline = !head.dateline && first ? opening(first) : null
  // "25 November 2024" over "LONDON – The minister …": one dateline over both, the place of the
  // story's opening and the day of the line, as a day's line over a place's line is.
  if (head.dateline && head.datelineLine !== null && first) {
    head.dateline = withPlaceOpening(text, head.dateline, first, head.standfirst, opening)
  }
  if (!head.dateline && !inline) {
    // A wire's deck of a few lines above the story: the story starts at its dateline, and a first
    // line of words is the standfirst.
    const deck = datelineAfterDeck(blocks, opening, head.standfirst ? 1 : 0)
    if (deck) {
      if (!head.standfirst && blocks[0]!.kind === 'text') head.standfirst = blocks.shift()!
      first = deck.block
      inline = deck.reading
    }
  }
  if (first && inline) head.dateline = toDateline(text, first.span.start, inline)
  // A label or an embargo that names the day ("Media Release | 14 May 2024", "EMBARGOED UNTIL 00:01
  // TUESDAY 14 MAY 2024") stays what it is and dates the release. Over a place alone that opens the
  // story ("For Immediate Release: December 3, 2024" over "AUSTIN – …") it is one dateline with
  // that place, as a date line of its own is.
  let open = head.dateline === null || (inline !== null && !namesDay(inline))
  for (const line of aboveStory) {
    if (!open || !line) continue
    const dated = datelineOfMention(line, order)
    if (dated && (head.dateline === null || namesDay(dated.reading))) {
      const label = toDateline(text, dated.start, dated.reading)
      head.dateline = first && inline ? withPlaceOpening(text, label, first, head.standfirst, opening) : label
      open = false
    }
  }
  return head
}

/**
 * A day's line joined to the place that opens the story right under it: the dateline runs from the
 * line to the place's mark, with the line's day. Not over a standfirst between them, nor when the
 * line names a place or no day, or the opening a day of its own ("LONDON, 25 November 2024 –").
 */
function withPlaceOpening(
  text: string,
  line: Dateline,
  first: Paragraph,
  standfirst: Paragraph | null,
  opening: (p: Paragraph) => DatelineReading | null,
): Dateline {
  if (line.place !== null || line.date === null || first.span.start < line.span.end) return line
  if (standfirst && standfirst.span.start > line.span.start) return line
  const reading = opening(first)
  if (!reading?.place || namesDay(reading)) return line
  const end = first.span.start + reading.end
  return {
    text: text.slice(line.span.start, end),
    place: text.slice(first.span.start + reading.place.start, first.span.start + reading.place.end),
    date: line.date,
    span: { start: line.span.start, end },
  }
}

/**
 * The dateline a label, an embargo or a byline gives, and where it starts: the reading of its
 * line, or of the first of its lines that names a day when it runs over several ("FOR IMMEDIATE
 * RELEASE" over "Press release 24 June 2024"); an office's address there names only a place.
 */
function datelineOfMention(
  mention: Mention,
  order: MonthOrder,
): { start: number; reading: DatelineReading } | null {
  const t = mention.text
  if (!t.includes('\n')) {
    const reading = readDatelineLine(t, { monthFirst: order })
    return reading && { start: mention.span.start, reading }
  }
  for (let at = 0; at < t.length; ) {
    const nl = t.indexOf('\n', at)
    const end = nl < 0 ? t.length : nl
    const r = trimRange(t, at, end)
    const reading = r.end > r.start ? readDatelineLine(t.slice(r.start, r.end), { monthFirst: order }) : null
    if (reading && namesDay(reading)) return { start: mention.span.start + r.start, reading }
    at = end + 1
  }
  return null
}

/** Most lines a wire's deck holds above its dateline: a subtitle or two, or a few bullets. */
const MAX_DECK_LINES = 5

/**
 * The paragraph after a wire's deck that opens the story with its dateline, and the dateline: a
 * title's deck of short lines or bullets (no quotation, no lead-in to a colon), then "NEW YORK, Dec.
 * 3, 2024 /PRNewswire/ --", "AUSTIN, Texas--(BUSINESS WIRE)--" or "LAS VEGAS (KSNV) —". Only a
 * dateline a tag marks, or one with its place and full day, is sure enough to end a deck. `taken`:
 * the deck's lines already taken out as the standfirst.
 */
function datelineAfterDeck(
  blocks: readonly Paragraph[],
  opening: (p: Paragraph) => DatelineReading | null,
  taken: number,
): { block: Paragraph; reading: DatelineReading } | null {
  const last = Math.min(blocks.length - 1, MAX_DECK_LINES - taken)
  for (let k = 0; k <= last; k++) {
    const block = blocks[k]!
    const reading = k > 0 ? opening(block) : null
    if (reading) {
      const sure = reading.tagged === true || (reading.place !== null && reading.date !== null)
      return sure ? { block, reading } : null
    }
    if (!readsAsDeckLine(block)) return null
  }
  return null
}

/** Whether a block may be a line of a wire's deck: one short line, no quotation, no lead-in to a colon. */
function readsAsDeckLine(block: Paragraph): boolean {
  const t = block.text
  return (
    !t.includes('\n') && t.length <= MAX_UNPUNCTUATED_STANDFIRST && !OPENING_QUOTE.test(t) && !t.endsWith(':')
  )
}

/** Whether a dateline names a day, with its year or without. */
function namesDay(reading: DatelineReading): boolean {
  return reading.date !== null || (reading.dayOfYear ?? null) !== null
}

/** How much of a release's text is searched for the place a dateline names. */
const CONTEXT_REACH = 20_000

/** The title, the publisher and the paragraphs' text, up to `CONTEXT_REACH` characters. */
function releaseContext(title: string | null, source: string | null, blocks: readonly Paragraph[]): string {
  const parts = [title ?? '', source ?? '']
  let length = 0
  for (const b of blocks) {
    if (length > CONTEXT_REACH) break
    parts.push(b.text)
    length += b.text.length
  }
  return parts.join('\n').slice(0, CONTEXT_REACH)
}

/**
 * A dateline written on two lines, a day and a place ("May 8, 2024" then "Surrey, British
 * Columbia"), or a place and a day: one dateline over both, with the place of one and the day of
 * the other. So are a day and its time ("3 December 2024" then "10:30") or its update ("First
 * published: 3 December 2024" then "Last updated: 4 December 2024"), with the first line's day,
 * or an update over the day first published, with that day,
 * and the time a release was issued over its day ("Issued at HKT 17:30" then "May 14, 2024"). Null when the block after the first line is no such second line.
 */
function pairedDatelineLine(
  first: Paragraph,
  reading: DatelineReading,
  second: DatelineReading | null,
  block: Paragraph | undefined,
): DatelineReading | null {
  if (block === undefined) return null
  if (addsToDay(reading, second, block)) return { ...reading, end: block.span.end - first.span.start }
  if (second === null) return null
  if (updateAboveDay(first, reading, second, block))
    return { ...second, end: block.span.end - first.span.start }
  // The time it was issued, then its day ("Issued at HKT 17:30", then "Tuesday, May 14, 2024").
  if (reading.place === null && !namesDay(reading) && second.place === null && namesDay(second)) {
    return { ...second, end: block.span.end - first.span.start }
  }
  const dayThenPlace = reading.place === null && second.place !== null && second.date === null
  const placeThenDay = reading.place !== null && reading.date === null && second.place === null
  if (!dayThenPlace && !placeThenDay) return null
  const offset = block.span.start - first.span.start
  const place = reading.place ?? {
    start: offset + second.place!.start,
    end: offset + second.place!.end,
  }
  return {
    end: block.span.end - first.span.start,
    place,
    date: reading.date ?? second.date,
    dayOfYear: reading.dayOfYear ?? second.dayOfYear ?? null,
  }
}

/**
 * Whether a day's update stands above the day it was first published ("Last updated: 6 March
 * 2024", then "Published: 5 March 2024"; "Updated 5 March 2024, 09:12", then "Posted on 4 March
 * 2024"): both are date lines of the head, and the second dates the release.
 */
function updateAboveDay(
  first: Paragraph,
  reading: DatelineReading,
  second: DatelineReading,
  block: Paragraph,
): boolean {
  if (block.kind !== 'text' || block.text.includes('\n') || !opensWithUpdate(first.text)) return false
  return (
    reading.place === null &&
    second.place === null &&
    namesDay(reading) &&
    namesDay(second) &&
    !opensWithUpdate(block.text)
  )
}

/** Whether a line under a day's line is its time alone or the day's update, not the story. */
function addsToDay(reading: DatelineReading, second: DatelineReading | null, block: Paragraph): boolean {
  if (block.kind !== 'text' || block.text.includes('\n')) return false
  if (!namesDay(reading)) return false
  if (readsAsTimeLine(block.text)) return true
  return second !== null && second.place === null && opensWithUpdate(block.text)
}

function toDateline(text: string, start: number, reading: DatelineReading): Dateline {
  const place = reading.place
  return {
    text: text.slice(start, start + reading.end),
    place: place ? text.slice(start + place.start, start + place.end) : null,
    date: reading.date ? isoDay(reading.date) : null,
    span: { start, end: start + reading.end },
  }
}
