/**
 * Standfirst or lede: whether the first paragraph after the `Source:` line is a dek (a summary
 * line above the story) or the story's own opening. Decided by the paragraph's shape, by the
 * paragraph after it, and by what the same publisher's earlier releases in the input show.
 */
import { MONTHS } from '../dates/lexicon'
import type { Paragraph } from '../model'
import { HONORIFICS } from '../quotes/lexicon'
import { AUXILIARY_VERBS } from '../text/auxiliaries'
import { lazyBmpRegExp } from '../text/bmp-classes'
import { lazyRegExp } from '../text/lazy-patterns'
import { isWhiteSpace } from '../text/lines'
import { firstSentence, sentenceEnd } from '../text/sentence-end'

/** What the opening paragraphs show on their own. */
export type Opening = 'dek' | 'lede' | 'unsure'

/** A dek is a one-line summary: longer first paragraphs are the story itself. */
export const MAX_STANDFIRST = 200
/** A dek without a full stop reads as a heading line; it may run a little longer. */
export const MAX_UNPUNCTUATED_STANDFIRST = 260
/** A sentence without an auxiliary verb longer than this is read as a lede, not a headline. */
const MAX_HEADLINE_SENTENCE = 160

/**
 * Words that tie a sentence to the day of the news: a story's lede carries them, a dek rarely
 * does (lower case; weekdays are matched capitalised).
 */
export const NEWS_PEGS: readonly string[] = [
  'earlier today',
  'last night',
  'this afternoon',
  'this evening',
  'this morning',
  'today',
  'tomorrow',
  'tonight',
  'yesterday',
]

export const PEG_WEEKDAYS: readonly string[] = [
  'Friday',
  'Monday',
  'Saturday',
  'Sunday',
  'Thursday',
  'Tuesday',
  'Wednesday',
]

/**
 * Auxiliary and modal verbs. A story's sentences nearly always hold one ("has been arrested",
 * "will appear", "are appealing"); headline-style deks drop them ("Hundreds of species seized in
 * crackdown", "Changes welcomed but further action needed").
 */
export const AUXILIARIES: readonly string[] = AUXILIARY_VERBS

/**
 * Openings of a credit line that names who the release speaks for ("Attributed to Detective
 * Superintendent …"): a standfirst, but not the summary that shows a publisher writes deks
 * (lower case).
 */
export const CREDIT_LINES: readonly string[] = [
  'attributable to',
  'attribute to',
  'attributed to',
  'issued on behalf of',
  'on behalf of',
  'please attribute',
  'statement attributable to',
  'statement by',
  'statement from',
]

/**
 * Verbs by which a government, an office or a body makes its news: a lede that reports the
 * announcement with its day ("…, the Home Office announced today") or a summary that names it
 * ("under plans set out by the Home Secretary") tells a dek from the story (lower case). Keep
 * sorted.
 */
export const ANNOUNCING_VERBS: readonly string[] = [
  'announced',
  'confirmed',
  'launched',
  'published',
  'revealed',
  'set out',
  'unveiled',
]

const OPENING_QUOTE = /^['"‘“«]/
/**
 * How a speech a government or an international body publishes opens: the speaker greets the
 * audience ("Excellencies, ladies and gentlemen,", "Mr President,", "Good morning,", "Thank you,
 * Chair."). The greeting opens the text, which is no dek.
 */
export const SPEECH_GREETINGS: readonly string[] = [
  'chair',
  'colleagues',
  'dear colleagues',
  'dear friends',
  'distinguished delegates',
  'distinguished guests',
  'excellencies',
  'good afternoon',
  'good evening',
  'good morning',
  'honourable members',
  'ladies and gentlemen',
  'madam chair',
  'madam president',
  'mr chair',
  'mr president',
  'mr. chair',
  'mr. president',
  'thank you',
  'your excellency',
  'your excellencies',
]
const SPEECH_GREETING = lazyBmpRegExp(
  `^(?:${SPEECH_GREETINGS.map((g) => g.replace(/\./g, '\\.').replace(/ /g, '\\s{1,3}')).join('|')})\\s{0,2}[,.!:;]`,
  'i',
)
/**
 * A field of a media advisory ("WHO: Chief of Police Pamela Smith", "When: Tuesday, 10am"): the
 * advisory's body opens with its fields, which are no dek.
 */
/**
 * A question with the reader for its subject, in one sentence: "Do you recognise this man?",
 * "Were you in the area?", "Can you help us find Jane?". A police appeal opens so.
 */
const QUESTION_TO_READER = lazyRegExp(
  String.raw`^(?:Do|Did|Have|Had|Can|Could|Are|Were|Would|Will|Should)[ \t\u00a0]{1,3}you(?![\p{L}])[^.!?\n]{0,150}\?["”’']?$`,
  'u',
)
const ADVISORY_FIELD = /^(?:WHO|WHAT|WHEN|WHERE|WHY|Who|What|When|Where|Why)[ \t\u00a0]{0,2}:/
const WORD_RUN = lazyRegExp(String.raw`[\p{L}’']+`, 'gu')
const PEG_PATTERN = lazyBmpRegExp(
  `(?<![\\p{L}])(?:${[...NEWS_PEGS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'iu',
)
const WEEKDAY_PATTERN = lazyBmpRegExp(`(?<![\\p{L}])(?:${PEG_WEEKDAYS.join('|')})(?![\\p{L}])`, 'u')
/** Month names as a sentence writes them, capitalised, longest first ("September" before "Sep"). */
const MONTH_WORDS = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join('|')
/**
 * A day of a month, "on 2 December 2024", "Dec. 2", "2nd December": a lede dates what happened, as
 * with a weekday; a dek sums up without the day.
 */
const NAMED_DAY = lazyBmpRegExp(
  `(?<![\\p{L}\\d])(?:\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:${MONTH_WORDS})|(?:${MONTH_WORDS})\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?)(?![\\p{L}\\d])`,
  'u',
)
/**
 * "Today" among the first words of a paragraph ("Today (27 September), …", "The Home Secretary
 * today praised …"): a lede that opens with its news day. Later in a sentence ("… will be carried
 * out today") it is a detail of the story.
 */
const OPENS_WITH_TODAY = lazyRegExp(String.raw`^(?:[^\s]{1,40}\s{1,3}){0,5}\(?today(?![\p{L}])`, 'iu')
/**
 * "Today" as a detail of the story's events, not its news day: at a time of day ("About 6am today
 * (Tuesday 5 March), officers …", "at 10.30pm today") or closing the sentence ("He will appear in
 * court today.", "… today (5 March)."), as a police release's second paragraph tells what happens
 * next.
 */
const TODAY_AS_DETAIL = lazyRegExp(
  String.raw`(?:\d(?:[ \t\u00a0]?(?:am|pm|a\.m\.|p\.m\.)|[.:]\d\d|\d\d[ \t\u00a0]?(?:hrs|hours))|(?<![\p{L}])(?:midnight|midday|noon|lunchtime))[ \t\u00a0]{1,3}today(?![\p{L}])|(?<![\p{L}])today(?:[ \t\u00a0]{1,3}\([^()\n]{1,40}\))?[.!?]`,
  'iu',
)
const ANNOUNCING = ANNOUNCING_VERBS.map((v) => v.replace(' ', '\\s{1,3}')).join('|')
/**
 * The news day beside its announcement, anywhere in a lede's first sentence: "…, the Home Office
 * announced today", "The Home Secretary has today set out", "figures published today show". A day
 * beside another verb ("will be carried out today") is a detail of the story.
 */
const ANNOUNCED_TODAY = lazyBmpRegExp(
  `(?<![\\p{L}])(?:(?:${ANNOUNCING})\\s{1,3}today|today\\s{1,3}(?:${ANNOUNCING})|(?:has|have)\\s{1,3}today\\s{1,3}(?:${ANNOUNCING}))(?![\\p{L}])`,
  'iu',
)
/**
 * A summary that names what it sums up: plans set out, figures published, an office that
 * announced. "Police will be given new powers … under plans set out by the Home Secretary", "…,
 * new figures show.", "…, the Prime Minister has announced." A lede tells its own news.
 */
const NAMES_ITS_ANNOUNCEMENT = lazyBmpRegExp(
  [
    `(?:under|in)\\s{1,3}(?:new\\s{1,3})?(?:plans|proposals|measures)\\s{1,3}(?:${ANNOUNCING})(?![\\p{L}])`,
    '(?:new|latest|official)\\s{1,3}(?:figures|statistics|data)\\s{1,3}(?:show|shows|reveal|reveals)(?![\\p{L}])',
    `,\\s{1,3}the\\s{1,3}(?:\\p{Lu}[\\p{L}’'-]{0,24}\\s{1,3}){1,4}(?:has\\s{1,3}|have\\s{1,3})?(?:${ANNOUNCING}|said)\\.$`,
  ].join('|'),
  'u',
)

/** What a summary of figures names, its first letter a capital when it opens the sentence. */
const FIGURES = '(?:[Ff]igures|[Ss]tatistics|[Dd]ata)'
/** Figures said to be new: "new figures", "Latest Home Office statistics". */
const NEW = '(?:[Nn]ew|[Ll]atest|[Oo]fficial|[Pp]rovisional)'
/**
 * Whose figures they are, before them: "NHS England figures", "Home Office statistics"; capitalised
 * words, not a determiner ("The figures" are ones the story has spoken of).
 */
const FIGURES_OWNER =
  "(?!(?:The|These|Those|This|Its|Their|Our)\\s)(?:\\p{Lu}[\\p{L}&’'-]{0,24}\\s{1,3}){1,3}"
/**
 * Figures named as they came out, perhaps on the news day and by whom, then what they show: "new
 * figures show", "figures published today show", "NHS England figures released today reveal",
 * "statistics published today by the Home Office show".
 */
const FIGURES_OUT = `(?:(?:${NEW}\\s{1,3}(?:${FIGURES_OWNER})?|${FIGURES_OWNER}${NEW}\\s{1,3})${FIGURES}\\s{1,3}(?:(?:published|released)\\s{1,3})?|(?:${FIGURES_OWNER})?${FIGURES}\\s{1,3}(?:published|released)\\s{1,3})(?:today\\s{1,3})?(?:by\\s{1,3}(?:the\\s{1,3})?(?:\\p{Lu}[\\p{L}’'-]{0,24}\\s{1,3}){1,4})?(?:show|shows|reveal|reveals)(?![\\p{L}])`
/**
 * A summary of figures that says so, first or last: "Figures published today show A&E
 * performance has improved …", "…, statistics released today show."
 */
const SUMS_UP_FIGURES = lazyBmpRegExp(`^${FIGURES_OUT}|,\\s{1,3}${FIGURES_OUT}\\.$`, 'u')
/** What a finding is credited to: "figures", "research", "a study". */
const EVIDENCE_NOUNS =
  '(?:figures|statistics|data|research|study|survey|report|analysis|findings|poll|review|audit)'
/**
 * A sentence that closes by crediting its finding to the evidence: "…, new figures show.", "…,
 * research shows.", "…, a new study has found.", "…, the latest survey suggests."
 */
const CREDITS_EVIDENCE = lazyBmpRegExp(
  `,\\s{1,3}(?:[\\p{L}’'-]{1,24}\\s{1,3}){0,4}${EVIDENCE_NOUNS}\\s{1,3}(?:(?:has|have)\\s{1,3})?(?:show|shows|reveal|reveals|suggest|suggests|find|finds|found|indicate|indicates)\\.$`,
  'u',
)
/** A paragraph that opens on evidence already named: "The figures, published by …", "The study, led by …". */
const OPENS_ON_EVIDENCE = lazyRegExp(
  `^(?:The|These|Those|Its|Their)\\s{1,3}(?:(?:new|latest|official|provisional)\\s{1,3})?${EVIDENCE_NOUNS}(?![\\p{L}])`,
  'u',
)

/**
 * Evidence named in a paragraph's first sentence: "according to figures published today", "The
 * number of offences recorded by the survey", "data from the ONS". Read up to the first stop only.
 */
const NAMES_EVIDENCE = lazyRegExp(
  `(?<![\\p{L}])(?:according\\s{1,3}to|${EVIDENCE_NOUNS}s?)(?![\\p{L}])`,
  'iu',
)
/** How much of the next paragraph is read for its evidence: about a sentence. */
const FIRST_SENTENCE_REACH = 300

/** Whether the next paragraph's first sentence names evidence of its own (see `NAMES_EVIDENCE`). */
function namesEvidence(next: string): boolean {
  const head = next.slice(0, FIRST_SENTENCE_REACH)
  const stop = head.search(/[.!?]\s/)
  return NAMES_EVIDENCE().test(stop < 0 ? head : head.slice(0, stop))
}

/**
 * A sentence that ends by naming who announced it, perhaps on the news day: "…, the Home Secretary
 * has announced.", "…, the Department for Education announced today." A government's lede names
 * its announcer so; the summary above it does not.
 */
const ANNOUNCER_CLOSES = lazyBmpRegExp(
  `,\\s{1,3}the\\s{1,3}\\p{Lu}[\\p{L}’'-]{0,24}(?:\\s{1,3}(?:\\p{Lu}[\\p{L}’'-]{0,24}|for|of|and)){0,5}\\s{1,3}(?:(?:has|have)\\s{1,3})?(?:today\\s{1,3})?(?:${ANNOUNCING})(?:\\s{1,3}today)?\\.?$`,
  'u',
)

/** Capitalised words, one to six: a name with its title ("Transport Minister Chris Bishop"). */
const NAMED = "(?:\\p{Lu}[\\p{L}’'.-]{0,24}\\s{1,3}){0,5}\\p{Lu}[\\p{L}’'-]{1,24}"
/**
 * A sentence that ends by saying who said it, by name: "…, Transport Minister Chris Bishop says.",
 * "…, says Police Minister Stuart Nash.". A story reports its speaker so; a dek sums up without
 * one, or names an office ("…, the Home Secretary has announced.", see `NAMES_ITS_ANNOUNCEMENT`).
 */
const ATTRIBUTED_TO_SOMEONE_NAMED = lazyBmpRegExp(
  `,\\s{1,3}(?:(?:says|said)\\s{1,3}${NAMED}|${NAMED}\\s{1,3}(?:says|said|has\\s{1,3}said))\\.["”’']?$`,
  'u',
)

/**
 * A sentence that opens by saying who said what, in the past: "Mayor Olivia Chow said the budget
 * …", "Police said a man had been arrested …". A story reports speech so; a dek sums up in the
 * present, as a headline does ("Home Secretary says …").
 */
const NAMED_SPEAKER_OPENS = lazyBmpRegExp(
  `^(?:The\\s{1,3})?${NAMED}\\s{1,3}(?:said|has\\s{1,3}said|told)(?![\\p{L}])`,
  'u',
)

/**
 * Reads the first paragraph after the `Source:` line (`candidate`) beside the one after it.
 * `dek`: a summary line (a heading line without a full stop, a sentence the story repeats, a line
 * above a paragraph that opens with a dateline or above a lede that carries the news day), or a
 * credit line ("Attributed to …").
 * `lede`: the story's own opening (a quotation, a dateline, a long paragraph, a sentence that
 * carries the news day). `unsure`: a short sentence either could be; see `readsAsDek`.
 */
export function readOpening(
  candidate: Paragraph,
  next: Paragraph,
  opensWithDateline: (p: Paragraph) => boolean,
): Opening {
  const t = withoutEmphasis(candidate.text)
  if (candidate.kind !== 'text' || OPENING_QUOTE.test(t) || opensWithDateline(candidate)) return 'lede'
  if (SPEECH_GREETING().test(t) || ADVISORY_FIELD.test(t)) return 'lede'
  // A dek repeated as the first sentence of the story.
  if (next.text.startsWith(withoutFinalStop(t))) return 'dek'
  if (isCreditLine(t) && t.length <= MAX_UNPUNCTUATED_STANDFIRST) return 'dek'
  if (t.endsWith(':')) return 'lede'
  // "Do you recognise this man?", "Have you seen Jane?": an appeal's question to the reader opens the story.
  if (QUESTION_TO_READER().test(t)) return 'lede'
  // "Main points" over a list of bullets: a section's heading, which opens the story's body.
  if (next.kind === 'bullet' && isSectionHeading(t)) return 'lede'
  // A sentence may end inside a quotation ('… he said: “We will find them.”').
  if (!/[.!?]["”’']?$/.test(t)) return t.length <= MAX_UNPUNCTUATED_STANDFIRST ? 'dek' : 'lede'
  // The story starts at its dateline: what stands above it is a dek.
  if (next.kind === 'text' && opensWithDateline(next) && t.length <= MAX_UNPUNCTUATED_STANDFIRST) return 'dek'
  if (t.length > MAX_STANDFIRST) return 'lede'
  // A summary the story then tells again at length, its news day and all ("The government has
  // today announced £5 million for …" over "The government has today (4 March 2025) announced £5
  // million to …"): the day is the story's, and the sentence above it its dek.
  if (next.kind === 'text' && !OPENING_QUOTE.test(next.text) && restatedBy(t, next.text)) return 'dek'
  // "Knife crime is down 8%, new figures show." over "The figures, published by …": the paragraph
  // goes on from the evidence the sentence credits, so the sentence opens the story. A story under
  // a dek names its evidence again ("…, according to figures published today by …").
  // So does one over a paragraph that names no evidence at all ("Ninety-eight people were counted
  // …"): the story goes on with its details. Only a paragraph that names its evidence afresh
  // ("…, according to figures published today by …") tells the sentence again, under a dek.
  if (
    next.kind === 'text' &&
    CREDITS_EVIDENCE().test(t) &&
    (OPENS_ON_EVIDENCE().test(next.text) || !namesEvidence(next.text))
  )
    return 'lede'
  // A summary of figures out on the news day ("Figures published today show …") above a story that
  // tells them: the day is the figures', not the story's.
  if (next.kind === 'text' && !OPENING_QUOTE.test(next.text) && SUMS_UP_FIGURES().test(t)) return 'dek'
  // A one-sentence summary, its news day and all, above a longer sentence that closes by naming who
  // announced it ("…, the Home Secretary has announced."): that sentence opens the story.
  if (next.kind === 'text' && !OPENING_QUOTE.test(next.text) && announcerCloses(t, next.text)) return 'dek'
  if (PEG_PATTERN().test(t) || WEEKDAY_PATTERN().test(t) || NAMED_DAY().test(t)) return 'lede'
  // The next paragraph opens with the news day, or reports the announcement made on it: that one
  // is the lede. A quotation that speaks of today ("“I welcome today’s report,” he said.") is
  // speech the story reports, no lede.
  if (
    next.kind === 'text' &&
    !OPENING_QUOTE.test(next.text) &&
    ((OPENS_WITH_TODAY().test(next.text) && !todayAsDetail(next.text)) || announcedToday(next.text))
  )
    return 'dek'
  if (ATTRIBUTED_TO_SOMEONE_NAMED().test(t) || NAMED_SPEAKER_OPENS().test(t)) return 'lede'
  if (next.kind === 'text' && refersBackTo(next.text, t)) return 'lede'
  if (NAMES_ITS_ANNOUNCEMENT().test(t)) return 'dek'
  return 'unsure'
}

/** Markdown's strong emphasis around a whole paragraph ("**A man has been charged …**"): the words inside. */
const EMPHASISED = /^(\*\*|__)([^*_][\s\S]*[^*_\s])\1$/

/**
 * A paragraph's text without Markdown's emphasis around the whole of it, as a page saved as
 * Markdown writes its lede in bold: the shape of the sentence is what tells a dek from a lede.
 */
function withoutEmphasis(text: string): string {
  return EMPHASISED.exec(text)?.[2] ?? text
}

/** Whether the first sentence of `next`, longer than the one sentence `t`, closes by naming its announcer, as `t` does not. */
function announcerCloses(t: string, next: string): boolean {
  const end = sentenceEnd(t)
  if (end >= 0 && end < t.length - 2) return false
  const first = firstSentence(next)
  return first.length > t.length && ANNOUNCER_CLOSES().test(first) && !ANNOUNCER_CLOSES().test(t)
}

/** A paragraph that opens with an honorific and a surname: "Ms Constance said". Group 1: the surname. */
const SHORT_REFERENCE_OPENS = lazyRegExp(
  `^(?:${HONORIFICS.join('|')})\\.?[ \\u00a0]{1,3}(\\p{Lu}[\\p{L}’'-]{1,30})(?![\\p{L}’'-])`,
  'u',
)

/**
 * Whether `next` opens by a short reference to someone `candidate` names in full ("Justice
 * Secretary Angela Constance has visited …" over "Ms Constance said: …"): the story goes on from
 * the candidate, so it is the lede. A story under a dek names its people again in full.
 */
function refersBackTo(next: string, candidate: string): boolean {
  const surname = SHORT_REFERENCE_OPENS().exec(next)?.[1]
  if (surname === undefined) return false
  const at = candidate.indexOf(surname)
  // The full name: a capitalised given name right before the surname.
  return at > 1 && /\p{Lu}[\p{Ll}’'-]{1,30}[ \u00a0]$/u.test(candidate.slice(Math.max(0, at - 32), at))
}

/** At most this many words, with no stop, make a line a section's heading when bullets follow. */
const HEADING_WORDS = 3

/** "Main points", "Key findings", "Background": a few words, no stop, no comma. */
function isSectionHeading(text: string): boolean {
  if (/[.,;:!?]/.test(text)) return false
  return wordCount(text) <= HEADING_WORDS
}

/**
 * A participle of speech opening the paragraph, then what was said: "Speaking today, Detective
 * Superintendent X said: …" leads into speech on the day, not the story's news ("Speaking today,
 * the Home Secretary announced …" tells it).
 */
const SPEAKING_OPENING = lazyRegExp(String.raw`^(?:Speaking|Commenting|Responding|Reacting)(?![\p{L}])`, 'u')
const SPEECH_REPORTED = lazyRegExp(String.raw`["“‘]|(?<![\p{L}])(?:said|says|added|told)(?![\p{L}])`, 'u')

/** Whether the "today" among a paragraph's first words dates an event of the story; see `TODAY_AS_DETAIL`. */
function todayAsDetail(text: string): boolean {
  const opening = OPENS_WITH_TODAY().exec(text)
  if (!opening) return false
  if (SPEAKING_OPENING().test(text) && SPEECH_REPORTED().test(firstSentence(text))) return true
  // The words up to "today", and what closes its clause.
  return TODAY_AS_DETAIL().test(text.slice(Math.max(0, opening[0].length - 40), opening[0].length + 45))
}

/** Whether the first sentence of a paragraph reports an announcement made on the news day. */
function announcedToday(text: string): boolean {
  return ANNOUNCED_TODAY().test(firstSentence(text))
}

/** Whether a standfirst is a credit line rather than a summary of the story. */
export function isCreditLine(text: string): boolean {
  const head = text.slice(0, 40).toLowerCase()
  return CREDIT_LINES.some((c) => head.startsWith(c))
}

/**
 * What a publisher's releases read so far in the input show: how many opened with a sure dek and
 * how many with a sure lede.
 */
export interface PublisherHabit {
  deks: number
  ledes: number
}

/**
 * Publishers whose pages print a summary line under every title, by their `Source:` line: the UK
 * government's departments and offices on GOV.UK (its page layout has a summary field: the
 * ministries, the territorial offices, the law officers, HM Courts), the Scottish and Welsh
 * governments' news pages, and the National Police Chiefs' Council. Not the US "Department of …",
 * whose releases open into the story.
 */
const DEK_PUBLISHERS =
  /\bhome office\b|\bcabinet office\b|\bdepartment for\b|\bdepartment of health and social care\b|\bministry of (?:justice|defence|housing)\b|\b(?:northern ireland|scotland|wales) office\b|\battorney general['’]s office\b|\bprime minister['’]s office\b|\bhm (?:treasury|revenue|prison|courts)|\bforeign,? commonwealth\b|\bgov\.uk\b|\b(?:scottish|welsh) government\b|\bnational police chiefs\b/i

/** Whether a publisher's habit says its short first sentences are deks. */
export function writesDeks(habit: PublisherHabit | undefined): boolean {
  return habit !== undefined && habit.deks > 0 && habit.deks > habit.ledes
}

/**
 * Whether an unsure short sentence right under the `Source:` line is the dek, for the first release
 * of a publisher in the input (no habit to go by yet): so when the publisher is one of
 * `DEK_PUBLISHERS`, the sentence is one and quotes no one (a summary tells; a lede may quote), a
 * story of two paragraphs or more follows, and its first paragraph is no shorter than the
 * sentence, as a summary's story is. Or the sentence stands over a list of the story's main
 * points, bullets or short lines without a stop, as GOV.UK's pages often print under the summary.
 */
export function printsSummary(source: string | null, blocks: readonly Paragraph[]): boolean {
  const candidate = blocks[0]
  if (source === null || candidate === undefined) return false
  let at = 1
  while (at < blocks.length && isListLine(blocks[at]!)) at++
  const next = blocks[at]
  if (next?.kind !== 'text' || blocks.length - at < (at === 1 ? 2 : 1)) return false
  const t = candidate.text
  const end = sentenceEnd(t)
  return (
    (at > 1 || next.text.length >= t.length) &&
    (end < 0 || end >= t.length - 2) &&
    !QUOTATION_MARK.test(t) &&
    DEK_PUBLISHERS.test(source)
  )
}

/** A list item's length at most, when its line has no bullet: a point, not a paragraph. */
const MAX_LIST_LINE = 120

/** A bullet, or a short line without a closing stop that stands as one. */
function isListLine(p: Paragraph): boolean {
  return p.kind === 'bullet' || (p.text.length <= MAX_LIST_LINE && !/[.!?:;]["”’']?$/.test(p.text))
}

const QUOTATION_MARK = /["“”«»]/

/**
 * The shape of a dek, for a short sentence nothing else decides: written like a headline, without
 * an auxiliary verb, and followed by a paragraph no shorter (a summary the story then tells).
 */
export function readsAsDek(candidate: Paragraph, next: Paragraph): boolean {
  const t = candidate.text
  if (t.length > MAX_HEADLINE_SENTENCE || (hasAuxiliary(t) && !CALL_FOR_VIEWS().test(t))) return false
  if (ACTIVE_PAST().test(t) || LEDE_IN_PRESENT().test(t)) return false
  return next.kind === 'bullet' || next.text.length >= t.length * 0.9 || isHeadlinePassive(t)
}

/**
 * Verbs in the past whose object follows straight after, the active sentence of a story: "Police
 * arrested two men in Logan.", "Detectives found a quantity of drugs." A headline's passive leaves
 * the object out and goes on with a preposition ("Hundreds of species seized in crackdown"). The
 * past in -ed, and the common irregular ones (lower case, keep sorted).
 */
export const IRREGULAR_PASTS: readonly string[] = [
  'brought',
  'caught',
  'found',
  'held',
  'led',
  'made',
  'sent',
  'shot',
  'stole',
  'struck',
  'took',
]
/** Words that open a verb's object: articles, possessives, numbers, and "new", "more", "further". */
const OBJECT_OPENERS = [
  'a',
  'an',
  'eight',
  'five',
  'four',
  'further',
  'her',
  'his',
  'its',
  'more',
  'new',
  'nine',
  'several',
  'seven',
  'six',
  'ten',
  'the',
  'their',
  'three',
  'two',
]
/** Words that put a figure in round terms, before the figure that opens an object: "seized about 20 kilograms". */
const ROUNDING_WORDS = ['about', 'almost', 'approximately', 'around', 'nearly', 'roughly']
const ACTIVE_PAST = lazyBmpRegExp(
  `(?<=\\p{L}[ \\t\\u00a0]{1,3})(?:\\p{Ll}{2,20}ed|${IRREGULAR_PASTS.join('|')})[ \\t\\u00a0]{1,3}(?:(?:${OBJECT_OPENERS.join('|')})(?![\\p{L}])|(?:(?:${ROUNDING_WORDS.join('|')})[ \\t\\u00a0]{1,3})?\\d)`,
  'u',
)

/**
 * A story's sentence in the present, its subject opened by an article and its verb's object by
 * one: "The Secretary-General condemns the attack on …", "The UN refugee agency strongly welcomes
 * the release of …", as a United Nations statement opens. A headline drops the articles
 * ("Secretary-General condemns attack on peacekeepers"). The verb in -s, not after "s" or "u"
 * ("address", "virus"); up to five words of subject and an adverb in -ly before it.
 */
const LEDE_IN_PRESENT = lazyBmpRegExp(
  `^(?:The|An?)[ \\t\\u00a0]{1,3}(?:[\\p{L}\\d’'-]{1,30}[ \\t\\u00a0]{1,3}){1,5}?(?:\\p{Ll}{2,20}ly[ \\t\\u00a0]{1,3})?\\p{Ll}{1,20}[a-rtv-z]s[ \\t\\u00a0]{1,3}(?:(?:${OBJECT_OPENERS.join('|')})(?![\\p{L}])|\\d)`,
  'u',
)

/**
 * An announcing verb in a headline's passive, without its "has been", then a preposition: "New
 * guidance published for schools …", "Funding announced for rural forces". These verbs take an
 * object in a story's active sentence ("The council published new guidance"), so a preposition
 * right after one tells the headline's shape; after a comma it opens an aside ("The report,
 * published in 2023, found …"). A "that" clause is a story's report of what was
 * announced ("The minister announced in May that …").
 */
const HEADLINE_PASSIVE = lazyBmpRegExp(
  `(?<![\\p{L}]|,\\s{1,3})(?:${ANNOUNCING})\\s{1,3}(?:across|after|as|at|by|for|in|on|to|with)(?![\\p{L}])`,
  'iu',
)
const THAT_CLAUSE = lazyRegExp(String.raw`(?<![\p{L}])that(?![\p{L}])`, 'iu')

/** Whether a sentence without an auxiliary reads as a headline's passive; see `HEADLINE_PASSIVE`. */
function isHeadlinePassive(text: string): boolean {
  return HEADLINE_PASSIVE().test(text) && !THAT_CLAUSE().test(text)
}

/**
 * A consultation's summary line, "Views are sought on …", "Comments are invited on …": a
 * government page's dek in the set words of a call for views, whose "are" tells no news of its
 * own as a story's auxiliary does.
 */
const CALL_FOR_VIEWS = lazyRegExp(
  String.raw`^(?:views|comments|feedback|evidence|opinions)\s{1,3}(?:are|is)\s{1,3}(?:sought|invited|welcomed)(?![\p{L}])`,
  'iu',
)

/** A dek this short or shorter may be told from a lede by what it leaves of the title to the story. */
const MAX_RETELLING_DEK_WORDS = 12
/** How many more of the title's words the story's first sentence must retell than the dek. */
const RETELLING_MARGIN = 2
/** Words compared by their first letters, so "arrests" meets "arrested" and "appeal" "appealing". */
const STEM_LENGTH = 6

/**
 * Words that say nothing of a story's news, with the auxiliary verbs: a title's content is in the
 * rest (lower case). Keep sorted.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'about',
  'across',
  'after',
  'against',
  'ahead',
  'also',
  'amid',
  'among',
  'and',
  'around',
  'before',
  'between',
  'but',
  'during',
  'following',
  'for',
  'from',
  'her',
  'his',
  'into',
  'its',
  'more',
  'near',
  'new',
  'not',
  'off',
  'our',
  'out',
  'over',
  'said',
  'says',
  'since',
  'than',
  'that',
  'the',
  'their',
  'them',
  'they',
  'this',
  'under',
  'until',
  'upon',
  'what',
  'when',
  'which',
  'while',
  'who',
  'with',
  'within',
  'without',
]

const FUNCTION_WORD_SET = new Set([...FUNCTION_WORDS, ...AUXILIARIES])
/** A word or a figure with its currency and separators: "farm", "£1.2m", "£250,000". */
const CONTENT_TOKEN = lazyRegExp(String.raw`[\p{L}\p{N}£$€]+(?:[.,'’][\p{L}\p{N}]+)*`, 'gu')

/**
 * Whether a short first sentence is a dek above the story's lede, told by the title: a story's
 * lede retells its title ("Stolen farm machinery worth £1.2m recovered" over "Detectives … have
 * recovered stolen farm machinery worth £1.2m …"), a dek adds to it ("Quad bikes, tractors and
 * trailers have been returned to farmers."). So the sentence is a dek when the next paragraph's
 * first sentence shares clearly more of the title's words than it does. For a short sentence
 * `readOpening` is unsure of.
 */
export function storyRetellsTitle(title: string | null, candidate: Paragraph, next: Paragraph): boolean {
  if (title === null || next.kind !== 'text' || wordCount(candidate.text) > MAX_RETELLING_DEK_WORDS)
    return false
  const titleWords = contentStems(title)
  if (titleWords.size === 0) return false
  const told = (text: string) => {
    let n = 0
    for (const w of contentStems(text)) if (titleWords.has(w)) n++
    return n
  }
  return told(firstSentence(next.text)) >= told(candidate.text) + RETELLING_MARGIN
}

/**
 * How many of a title's content words the first sentences of `texts` retell, each word counted
 * once: "Domestic abuse victims encouraged to seek support" and "Victims of domestic violence
 * have been encouraged to seek support …" share five.
 */
export function titleWordsRetold(title: string, texts: readonly string[]): number {
  const titleWords = contentStems(title)
  const told = new Set<string>()
  for (const text of texts)
    for (const w of contentStems(firstSentence(text))) {
      const stem = titleWords.has(w) ? w : shortStemOf(w, titleWords)
      if (stem !== null) told.add(stem)
    }
  return told.size
}

/** Fewest letters of a word another word of the same stem runs on from ("fall" in "fallen"). */
const MIN_SHORT_STEM = 4

/**
 * The one of `stems` a word is another form of, one beginning the other ("fall" and "fallen",
 * "rates" and "rate", "jail" and "jailed", whose stems differ when cut at six letters), or null.
 */
function shortStemOf(word: string, stems: ReadonlySet<string>): string | null {
  for (const s of stems) {
    const [short, long] = s.length < word.length ? [s, word] : [word, s]
    if (short.length >= MIN_SHORT_STEM && short.length < STEM_LENGTH && long.startsWith(short)) return s
  }
  return null
}

/** How many of a sentence's content words the story's first sentence must retell for it to be a dek. */
const RESTATED_SHARE = 0.75
/** Fewest content words a sentence must have to be told as restated: fewer say too little to compare. */
const MIN_RESTATED_WORDS = 5

/**
 * Whether a one-sentence paragraph is restated by the longer first sentence of the next: that
 * sentence retells at least three quarters of its content words (in any form that begins with the
 * other: "announce" and "announced"). A lede's next paragraph goes on with new details, and retells
 * a few of its words at most.
 */
export function restatedBy(sentence: string, next: string): boolean {
  const end = sentenceEnd(sentence)
  if (end >= 0 && end < sentence.length - 2) return false
  const own = contentStems(sentence)
  if (own.size < MIN_RESTATED_WORDS) return false
  const first = firstSentence(next)
  if (first.length <= sentence.length) return false
  const told = contentStems(first)
  let n = 0
  for (const w of own) if (told.has(w) || shortStemOf(w, told) !== null) n++
  return n >= own.size * RESTATED_SHARE
}

/** The stems of a text's content words: lower case, without function words, short words and "'s". */
function contentStems(text: string): Set<string> {
  const stems = new Set<string>()
  CONTENT_TOKEN().lastIndex = 0
  for (let m = CONTENT_TOKEN().exec(text); m; m = CONTENT_TOKEN().exec(text)) {
    const word = m[0].toLowerCase().replace(/['’]s$/, '')
    if (word.length < 3 || FUNCTION_WORD_SET.has(word)) continue
    stems.add(word.slice(0, STEM_LENGTH))
  }
  return stems
}

/** The words of a text: runs between white space of any kind (a no-break space parts words too). */
function wordCount(text: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpace(text.charCodeAt(i))
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

const AUXILIARY_SET = new Set(AUXILIARIES)

function hasAuxiliary(text: string): boolean {
  WORD_RUN().lastIndex = 0
  for (let m = WORD_RUN().exec(text); m; m = WORD_RUN().exec(text)) {
    const word = m[0]
    // Lower case only: "May" is the month.
    if (AUXILIARY_SET.has(word) || /n[’']t$/.test(word)) return true
  }
  return false
}

/** The text without its final full stops and spaces (a loop: `/[.\\s]+$/` is quadratic on long runs). */
function withoutFinalStop(t: string): string {
  let end = t.length
  while (end > 0 && (t.charCodeAt(end - 1) === 46 || isWhiteSpace(t.charCodeAt(end - 1)))) end--
  return t.slice(0, end)
}

/** A page's label of a section or a kind of text has at most this many words. */
const MAX_LABEL_WORDS = 3
/** Words of a label: letters, perhaps joined by a hyphen or an apostrophe, or an ampersand. */
const LABEL_WORD = lazyRegExp(String.raw`^(?:\p{L}[\p{L}’'-]{0,24}|&)$`, 'u')
const IRREGULAR_PAST_SET = new Set(IRREGULAR_PASTS)
const ARTICLES = new Set(['a', 'an', 'the'])

/**
 * Whether a line above the story is a page's label of its section or of the kind of text, not a
 * dek: one to three words with no figure, no mark and no verb ("Plenary session", "Meetings
 * coverage", "Departmental news", "Knife crime"). A dek sums up the story, which takes a verb
 * ("Man charged", "Funding announced for rural forces") or more words.
 *
 * @example
 * readsAsSectionLabel('Plenary session') //=> true
 * readsAsSectionLabel('Man charged') //=> false
 */
export function readsAsSectionLabel(text: string): boolean {
  if (text.length > 40 || !/^\p{Lu}/u.test(text)) return false
  const words = text.split(/[ \t\u00a0]+/)
  if (words.length > MAX_LABEL_WORDS) return false
  for (const word of words) if (!LABEL_WORD().test(word)) return false
  // A phrase that opens with an article is a line of text ("A short line"), never a label.
  if (words.length > 1 && ARTICLES.has(words[0]!.toLowerCase())) return false
  const last = words[words.length - 1]!.toLowerCase()
  // A headline's verb stands last ("Man charged", "Road reopened", "Suspect found").
  if (words.length > 1 && (/\p{L}{2}ed$/u.test(last) || IRREGULAR_PAST_SET.has(last))) return false
  return !hasAuxiliary(text)
}
