/**
 * What a matcher knows beyond its own words: the reference day, the year the release's evidence
 * fixes, and which way the clause looks (past or future tense).
 */
import { addDays } from 'date-fns/addDays'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { ANNOUNCING_VERBS } from '../releases/standfirst'
import type { BankHolidayRegion, PublisherCountry } from '../text/publishers'
import { withoutAsides, withoutParticipleAfterNoun } from './asides'
import {
  ARRANGEMENT_NOUNS,
  alternation,
  COMPLETED_EVENT_PARTICIPLES,
  type FinancialYear,
  FUTURE_CUES,
  HEARING_PLACES,
  HEARING_VERBS,
  MORE_ANNOUNCING_PARTICIPLES,
  OPENING_VERBS_WITH_OBJECT,
  PAST_PARTICIPLES,
  PAST_VERBS,
  PUBLICATION_LEADS,
  RETURN_VERBS,
  SCHEDULE_NOUNS,
  SCHEDULE_VERBS,
  SCHEDULE_VERBS_PLURAL,
  TRIAL_VERBS,
} from './lexicon'
import type { MonthOrder } from './month-order'
import { withoutOtherQuotes } from './other-quotes'
import { hasSameFormPast } from './same-form-past'
import { toDate } from './timex'

/** How a block is resolved: against a day, or only a year, or nothing. */
export interface ResolveContext {
  /** The reference day (publication date), or null. */
  readonly ref: Date | null
  /** True when the reference day was inferred from the text rather than given. */
  readonly refInferred: boolean
  /**
   * True when the reference is only a lower bound (the latest date the release names): yearless
   * months then resolve to their first occurrence on or after it, as a narrative moves forward,
   * and those of a past clause to the occurrence nearer it.
   */
  readonly refIsLowerBound: boolean
  /**
   * False when the reference day is not the writing day itself but a day near it the text gives:
   * a lower bound, or a day the release reports beside its weekday. Years and yearless dates
   * still resolve against it; the days, weeks and months counted from the writing day do not
   * (see `writingDay`). Absent means true.
   */
  readonly refIsWritingDay?: boolean
  /** A year the release's evidence fixes when there is no reference day, or null. */
  readonly year: number | null
  /** Read `03/04/2024` as 3 April (month first), or not; decided from the text when not given. */
  readonly monthFirst: MonthOrder
  /** The publisher's country, for the holidays whose day it decides (the King's Birthday); optional. */
  readonly country?: PublisherCountry | null
  /**
   * The financial year the release keeps, given whether the text wrote "fiscal" (see
   * `financialYearOfRelease`); optional, that of `country` when absent.
   */
  readonly financialYear?: (fiscal: boolean) => FinancialYear
  /** The bank holidays the publisher keeps, for "the bank holiday weekend"; optional, all regions' when absent. */
  readonly bankHolidays?: BankHolidayRegion | null
  /** Reports something odd at block-local offsets (a weekday that does not fit its date); optional. */
  readonly report?: (ruleId: string, message: string, start: number, end: number) => void
  /**
   * The seasons the whole text writes in capitals as a name ("Jane Winter" in any paragraph), read
   * once for all its blocks (see `seasonsWrittenAsNames`); optional, each block's own when absent.
   */
  readonly seasonNames?: () => ReadonlySet<string>
  /**
   * Whether the whole text writes `word` with its capital inside a sentence, after a word in lower
   * case or a comma, as a name ("said Ms Smith"); optional, the block's own when absent.
   */
  readonly writtenAsName?: (word: string) => boolean
}

/**
 * The day "today", "this week" and "last month" count from: the reference when it is the writing
 * day, else null, so that they keep their unknown parts as X. A day the release only reports, or
 * a lower bound, does not fix them: "charged yesterday" after "on Saturday 9 March" may have been
 * written any day after it.
 */
export function writingDay(ctx: ResolveContext): Date | null {
  return ctx.refIsWritingDay === false ? null : ctx.ref
}

export type Tense = 'past' | 'future' | 'none'

// Each cue is held apart from the word before it by a lookbehind, not by a character matched
// before it: V8 then looks for a cue's first letters only, not at every space.
const FUTURE = new RegExp(`(?<![A-Za-z'’])(?:${alternation(FUTURE_CUES)})(?![A-Za-z])`, 'i')
/**
 * A modal of what may come before its verb: "the works could finish on Friday", "the road may
 * reopen in March", "crews might not be on site until June" look forward as "will" does. Not a
 * perfect ("could have finished"), nor "could not", mostly the past of "can" ("officers could not
 * find him on Monday"). Written apart from `FUTURE`: "May" with a capital is mostly the month.
 */
const MODAL_AHEAD =
  /(?<![A-Za-z'’])(?:[Cc]ould(?!\s{1,3}not(?![A-Za-z]))|[Mm]ight|may)(?:\s{1,3}(?:also|even|not|now|soon|still|well))?\s{1,3}(?!(?:also|been|even|have|not|now|soon|still|well)(?![A-Za-z]))[a-z]{2,20}(?![A-Za-z])/

/** Whether a stretch of text holds a cue of the future: "will", "due to", "could finish". */
function isFuture(text: string): boolean {
  return FUTURE.test(text) || MODAL_AHEAD.test(text)
}
/**
 * A word in "-ed", or a verb of the past, is past unless it follows "is", "are", "be" or "is being",
 * perhaps with "not" or an adverb between: "the station is closed on Friday", "the parade is held
 * in June", "the bridge is not expected to reopen in November" (a participle in the present).
 * "after being" tells of a past whatever its participle: "in hospital after being hit on Saturday".
 */
const PAST = new RegExp(
  `(?:^|[^A-Za-z])(?:(?:has|have)\\s{1,3}(?:${alternation(PAST_PARTICIPLES)})|after\\s{1,3}being|(?<!(?:^|[^A-Za-z])(?:is|are|be|(?:is|are)\\s{1,3}being|remains?|stays?)\\s{1,3})(?:${alternation(PAST_VERBS)}|[a-z]{3,20}ed)(?<!(?<![A-Za-z])(?:(?:is|are|be)\\s{1,3}(?:not|also|now|still|currently|widely|generally)|isn['’]t|aren['’]t)\\s{1,3}[a-z]{2,24}))(?![A-Za-z])`,
  '',
)
/**
 * The stop of a sentence: not the stop of a title before a name ("who was Mr. Patel's deputy from
 * June until August"), nor an abbreviation's, which a word in lower case follows ("9 a.m. on
 * Monday", "approx. 10") or, after a month's, a digit ("on Dec. 12 and again in January"), nor
 * the stop of "a.m." or "p.m." before a weekday, as US releases write the day ("responded at 9
 * p.m. Friday").
 */
const STOP =
  '[.!?](?<!(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Capt|Col|Det|Sgt|Insp|Supt|Cllr|Rev|Hon|Adm|Maj|Cpl|Cmdr|Brig|St)\\.)\\s(?![a-z])(?!(?<=(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.\\s)\\d)(?!(?<=(?<![A-Za-z])[ap]\\.m\\.\\s)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![A-Za-z]))'
const SENTENCE_END = new RegExp(STOP, 'g')
/**
 * A publication lead at the start of a line or sentence, with at most a clock time between it
 * and the mention: "Posted 09:40 on ", "Published: ", "Last updated at 2.15pm on ".
 */
const PUBLICATION_LEAD = new RegExp(
  `[\\n.!?|]\\s{0,3}(?:${alternation(PUBLICATION_LEADS)})(?:\\s{1,3}(?:on|at))?\\s{0,3}:?\\s{0,3}(?:\\d{1,2}[:.]\\d{2}\\s{0,2}(?:[ap]\\.?m\\.?|gmt|bst|utc)?\\s{1,3}(?:on\\s{1,3})?)?$`,
  'i',
)
/** "will allege", "will be alleged", "'ll allege": a future of the charge, not of what it alleges. */
const ALLEGING = /(?:(?<![A-Za-z])will|['’]ll)\s{1,3}(?:be\s{1,3})?alleged?(?![A-Za-z])/gi
/**
 * "plans to", "aims to" as a noun, not a verb of the future: first in the sentence or after an
 * article, a possessive or "new" ("Plans to transform the town centre moved a step closer on
 * Wednesday", "the council's plans to build"). "The council plans to build" stays future.
 */
const PLANS_NOUN =
  /(?:^\s{0,3}|(?<![A-Za-z])(?:the|its|their|our|his|her|new|these|those|such|of|with)\s{1,3}|['’]s\s{1,3})(?:plans?|aims?)\s{1,3}to(?![A-Za-z])/gi
/**
 * "is expected to have been flat in Q4", "are estimated to have fallen in March": an expectation
 * of a perfect infinitive is a guess at what has been, not a future; the "have" left keeps the past.
 */
const EXPECTED_TO_HAVE = new RegExp(
  `(?<![A-Za-z])(?:is|are|was|were)\\s{1,3}(?:expected|estimated|likely|thought|believed|forecast)\\s{1,3}to\\s{1,3}(?=have\\s{1,3}(?:${alternation(PAST_PARTICIPLES)}|[a-z]{2,20}ed)(?![A-Za-z]))`,
  'gi',
)
/** A stem that "will allege", "plans to" and "to have" each hold: most sentences hold none, and this look is cheaper than the patterns' scans. */
const FALSE_FUTURE_STEM = /alleg|plan|aim|to\s{1,3}have\s/i

/** "by", "before" right before a mention: a deadline, which a perfect may look forward to. */
const BY_BEFORE = /(?<![A-Za-z])(?:by|before)\s{1,3}(?:the\s{1,3})?$/i

/**
 * A sentence without the futures that tell of no future of the mention: "will allege", "the plans
 * to", and, unless the mention is a deadline ("expected to have recovered by June" is to come),
 * "is expected to have been".
 */
function withoutFalseFutures(sentence: string, deadline = false): string {
  if (!FALSE_FUTURE_STEM.test(sentence)) return sentence
  const cleared = sentence.replace(ALLEGING, ' ').replace(PLANS_NOUN, ' ')
  return deadline ? cleared : cleared.replace(EXPECTED_TO_HAVE, ' ')
}
/**
 * A time of the day a cue may name before the day it leads to, with its "on": "closes at 5pm on
 * Friday", "must be in by midnight on Friday", "until close of business Friday"; or a clock and a
 * comma, as a timetable writes it ("Doors open 7pm, 3 March", "closes 17:00, Friday 14 March"),
 * only a clock that says it is one (a bare "3," may be a day of a list). The cue's reading holds
 * across it.
 */
const CLOCK_BEFORE_DAY =
  '(?:(?:\\d{1,2}(?:[:.]\\d{2})?\\s{0,2}(?:[ap]\\.?m\\.?)?|midnight|midday|noon|(?:the\\s{1,3})?(?:end|close)\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?(?:day|business|play)|eod|cob)(?:\\s{0,3}(?:gmt|bst|utc))?\\s{1,3}(?:on\\s{1,3})?|(?:\\d{1,2}(?:[:.]\\d{2})?\\s{0,2}[ap]\\.?m\\.?|\\d{1,2}[:.]\\d{2}|midnight|midday|noon)(?:\\s{0,3}(?:gmt|bst|utc))?,\\s{1,3})'
const DEFERRED =
  /(?<![A-Za-z])(?:remanded|bailed|bail|adjourned|postponed|delayed|deferred|extended|suspended)(?:\s{1,3}[A-Za-z]{1,12}){0,3}\s{1,3}(?:until|till|to)\s/i
/**
 * A verb of deferral and the day it defers to, right before the mention: "sentencing was continued
 * to 6/12", "the hearing was adjourned to 14 May", "rescheduled for 20 May", "deferred to 9 June",
 * "postponed until June 3", "remanded in custody until 2 April", "moved to 20 May", "the deadline
 * has been extended to 5pm on Friday". What is put
 * off comes after the putting off, whatever the tense. "Continued" defers only in the passive
 * ("was continued to") or with a case as its object ("continued the case to"): "the search
 * continued until 14 May" tells how long a search went on.
 *
 * The day may follow the court event it is put off for, and the court: "adjourned for sentencing
 * on 14 May", "committed to the Crown Court for sentence on 4 July", "remanded in custody to be
 * sentenced at Leeds Crown Court on 3 June", "remanded in custody pending sentencing on 3 June".
 * "Committed" and "sent" defer only to a court event ("committed offences up to 3 June" does not);
 * "pending", "awaiting" and "ahead of" a court event look forward after any verb. "He appeared for
 * sentencing on 3 June" has no verb of deferral, and "was adjourned on 14 May" no event before
 * the day: both stay in the past.
 */
const COURT_EVENT =
  '(?:(?:his|her|their|a|the)\\s{1,3})?(?:(?:next|further|plea|sentencing|trial|preliminary|court|mention)\\s{1,3})?(?:sentencing|sentence|trial|hearing|appearance|pre-trial\\s{1,3}review|be\\s{1,3}sentenced|stand\\s{1,3}trial|face\\s{1,3}trial)'
/** A court after the event: "at Leeds Crown Court", "before magistrates", "in Cardiff". */
const COURT_PLACE = "(?:\\s{1,3}(?:at|before|in)(?:\\s{1,3}[A-Za-z'’.-]{1,20}){1,5})?\\s{1,3}(?:on|in)"
const DEFERRED_TO = new RegExp(
  `(?:(?<![A-Za-z])(?:adjourned|postponed|deferred|extended|rescheduled|re-scheduled|relisted|re-listed|listed|moved|remanded|bailed|put\\s{1,3}back|pushed\\s{1,3}back|brought\\s{1,3}forward)(?:\\s{1,3}[A-Za-z]{1,12}){0,3}\\s{1,3}(?:to|until|till|for|pending|awaiting|ahead\\s{1,3}of)(?:\\s{1,3}${COURT_EVENT}${COURT_PLACE})?|(?<![A-Za-z])(?:(?:committed|sent)(?:\\s{1,3}[A-Za-z]{1,12}){0,4}\\s{1,3}(?:to|for)|pending|awaiting|ahead\\s{1,3}of)\\s{1,3}${COURT_EVENT}${COURT_PLACE}|(?<![A-Za-z])(?:(?:was|were|been|being|be|is|are)\\s{1,3}continued|continued\\s{1,3}(?:the\\s{1,3})?(?:case|hearing|matter|trial|sentencing))\\s{1,3}(?:to|until|till))\\s{1,3}${CLOCK_BEFORE_DAY}?(?:the\\s{1,3})?$`,
  'i',
)
/**
 * A stem of each word `DEFERRED_TO` must hold: most text before a mention holds none, and this
 * scan is cheaper than the pattern's try at every place.
 */
const DEFERRAL_STEM =
  /adjourn|postpon|deferr|extended|schedul|listed|moved|remand|bail|back|forward|continued|committed|sent|pending|awaiting|ahead/i
/** Whether a verb of deferral leads up to the mention at `start` ("adjourned to", "rescheduled for"). */
export function isDeferredTo(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start)
  return DEFERRAL_STEM.test(before) && DEFERRED_TO.test(before)
}

/**
 * A plan whose time follows it straight: "extra patrols planned for summer", "the concert planned
 * for Saturday", "funding earmarked for next year". A headline or a noun's description, not a
 * planning told in the past: "the raid was planned for Easter" and "we had planned for Easter"
 * keep their tense, and "planned for months" names no day. ("slated for" and "pencilled in for"
 * look ahead in any clause: see `FUTURE_CUES`.)
 */
const PLANNED_FOR =
  /(?<![A-Za-z])(?<!(?<![A-Za-z])(?:had|has|have|was|were|been|i|we|you|he|she|they)\s{1,3})(?:planned|earmarked|timetabled)\s{1,3}for\s{1,3}(?:(?:the|this|early|mid|late)[\s-]{1,3})?$/i

/**
 * A plan's participle in a headline, after its noun and before the line's end or a preposition:
 * "Summer patrols planned", "Summer Patrols Planned", "Extra patrols planned this summer", "Road
 * works scheduled for May". A headline leaves out "are": what is planned is to come. Not a past
 * verb with its object ("Gang planned robbery in May") or after a pronoun or an auxiliary ("we
 * planned", "was planned").
 */
const HEADLINE_PLANNED =
  /(?<![A-Za-z])(?<!(?<![A-Za-z])(?:had|has|have|was|were|been|i|we|you|he|she|they|it|who|which|that)\s{1,3})(?:planned|scheduled|proposed|earmarked)(?=\s{0,3}$|\s{1,3}(?:for|in|at|on|over|across|this|next|from|during|until|throughout)(?![A-Za-z]))/i
/** A line longer than a headline is prose. */
const MAX_HEADLINE_LINE = 120

/**
 * Whether the mention at `[start, end)` stands in a headline, a line of its own with no stop, whose
 * plan's participle looks ahead (see `HEADLINE_PLANNED`).
 */
function headlinePlans(text: string, start: number, end: number): boolean {
  // Bounded windows: a block without line breaks must not be rescanned for every mention.
  const lead = Math.max(0, start - MAX_HEADLINE_LINE - 1)
  const head = text.slice(lead, start)
  const opened = head.lastIndexOf('\n')
  if (opened < 0 && lead > 0) return false
  const tail = text.slice(end, end + MAX_HEADLINE_LINE + 1)
  const closed = tail.indexOf('\n')
  if (closed < 0 && end + tail.length < text.length) return false
  const line = `${head.slice(opened + 1)}${text.slice(start, end)}${closed < 0 ? tail : tail.slice(0, closed)}`
  if (/[.!?]["'’”]?\s*$/.test(line)) return false
  SENTENCE_END.lastIndex = 0
  if (SENTENCE_END.test(line)) return false
  return HEADLINE_PLANNED.test(line)
}

/**
 * A thing set up to run on to a day: "the funding was approved in January to run until June", "a
 * pilot launched to last until March". What it was set up for comes after it was set up. Not a
 * narrative's "went on to", "used to" or "continued to".
 */
const SET_UP_TO_RUN =
  /(?<![A-Za-z])(?<!(?<![A-Za-z])(?:used|on|continued|began|started|tried)\s{1,3})to\s{1,3}(?:run|last|continue|remain|stay|operate)(?:\s{1,3}[A-Za-z]{1,15}){0,3}\s{1,3}(?:until|till|through)\s/i
const LEAD_WORD = new RegExp(
  `(?<![A-Za-z])(since|until|till|through|ahead\\s{1,3}of|in\\s{1,3}advance\\s{1,3}of)\\s{1,3}${CLOCK_BEFORE_DAY}?(?:(?:early|mid|late|the)[\\s-]{1,3})?$`,
  'i',
)

/**
 * A verb of a timetable in the present tense right before the mention, with at most "again", "to
 * the public" or a clock time between: "opens on Saturday", "closes at 8pm on Monday", "runs
 * from Friday". "The man who runs the shop died on Monday" has other words between, and is left
 * to the sentence's tense.
 */
const SCHEDULED = new RegExp(
  `(?<![A-Za-z])(?:${alternation(SCHEDULE_VERBS)})(?:\\s{1,3}(?:again|to\\s{1,3}the\\s{1,3}public))?\\s{1,3}(?:(?:at|on|from)\\s{1,3})?${CLOCK_BEFORE_DAY}?$`,
  'i',
)

/**
 * A verb of a timetable in the present tense right before the mention, with its plural where no
 * "to" or verb of being stands before it: in a sentence that also tells of a past, "The
 * consultation opened on 3 March and closes on 31 March", "The survey, which started in February,
 * ends in April", "Applications opened last week and close on 2 April", the timetable's clause is
 * its own.
 */
const SCHEDULED_IN_PAST = new RegExp(
  `(?<![A-Za-z])(?:(?:${alternation(SCHEDULE_VERBS)})|(?<!(?<![A-Za-z])(?:to|is|are|was|were|be|been|being|remains?|remained|stays?|stayed|kept|left)\\s{1,3})(?:${alternation(SCHEDULE_VERBS_PLURAL)}))(?:\\s{1,3}again)?\\s{1,3}(?:(?:at|on|from|in|until|till|through|by)\\s{1,3})?${CLOCK_BEFORE_DAY}?$`,
  'i',
)

/**
 * A thing on a timetable, perhaps with what it is for, and "is" or "are" right before the mention:
 * "the meeting is on Friday", "the deadline for applications is 5pm on Friday".
 */
const SCHEDULED_NOUN = new RegExp(
  `(?<![A-Za-z])(?:${alternation(SCHEDULE_NOUNS)})s?(?:\\s{1,3}(?:for|of)(?:\\s{1,3}[A-Za-z'’-]{1,20}){1,3})?\\s{1,3}(?:is|are)\\s{1,3}(?:(?:at|on|from)\\s{1,3})?${CLOCK_BEFORE_DAY}?$`,
  'i',
)

/**
 * Whether a present-tense verb of a timetable leads up to the weekday at `start`: "the exhibition
 * opens on Saturday", "applications close on Friday" and "the meeting is on Friday" are the next
 * Saturday or Friday, as "will open on Saturday" is. Only a weekday: the present tense also tells
 * of what happens every year ("the parade takes place on 3 June").
 */
export function isScheduledAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start)
  return (
    SCHEDULED.test(before) || SCHEDULED_IN_PAST.test(before) || scheduledNounAt(before, SCHEDULED_NOUN) >= 0
  )
}

/**
 * A noun of what attention is on, and "of", right before a thing on a timetable: "the focus of (the
 * meeting)", "the emphasis of (the consultation)". What follows "is on" is what it is about, not
 * when the thing is.
 */
const ATTENTION_OF =
  /(?<![A-Za-z])(?:focus|emphasis|spotlight|onus)\s{1,3}of\s{1,3}(?:(?:the|this|that|these|those|its|their|his|her|our|a|an|next|new|first|last)\s{1,3}){0,2}$/i

/**
 * Where `pattern`, a thing on a timetable and "is" before the mention, matches `before` with the
 * thing as its clause's subject ("the meeting is on Friday", not "the focus of the meeting is on
 * Friday"): the match's offset, or -1 when there is none or the thing is what attention is on.
 */
function scheduledNounAt(before: string, pattern: RegExp): number {
  const m = pattern.exec(before)
  if (!m || ATTENTION_OF.test(before.slice(Math.max(0, m.index - 40), m.index))) return -1
  return m.index
}

/**
 * "must be received by", "should be made on or before", "has to be paid no later than": a duty
 * with a deadline looks forward ("must have known by" looks back).
 */
const DUTY_BY = new RegExp(
  `(?<![A-Za-z])(?:must|should|shall|needs?\\s{1,3}to|has\\s{1,3}to|have\\s{1,3}to)(?!\\s{1,3}(?:not\\s{1,3})?have(?![A-Za-z]))(?:\\s{1,3}[A-Za-z]{1,15}){0,4}\\s{1,3}(?:by|before|on\\s{1,3}or\\s{1,3}before|no\\s{1,3}later\\s{1,3}than|not\\s{1,3}later\\s{1,3}than)\\s{1,3}${CLOCK_BEFORE_DAY}?$`,
  'i',
)
/** The deadline words a mention may start with ("on or before 31 March"). */
const DEADLINE_HEAD = /^(?:on\s{1,3}or\s{1,3}before|not?\s{1,3}later\s{1,3}than)\s{1,3}/i

/** Whether a duty with a deadline leads up to the mention at `[start, end)`. */
function isDeadline(text: string, before: string, start: number, end: number): boolean {
  const head = DEADLINE_HEAD.exec(text.slice(start, Math.min(end, start + 24)))?.[0] ?? ''
  return DUTY_BY.test(`${before}${head}`)
}

/**
 * "would" and its verb, a future seen from a past saying ("said patrols would run over
 * Christmas", "said the scheme would "start on Monday""); not a habit ("would often visit"), a
 * wish ("would like") or a past conditional ("would have").
 */
const WOULD_AHEAD =
  /(?<![A-Za-z])would\s{1,3}(?:(?:also|now|again|not|then|still|only)\s{1,3})?["“]?(?!(?:have|often|usually|always|regularly|normally|sometimes|frequently|typically|generally|routinely|occasionally|never|like|love|rather|prefer|ask|urge|encourage)(?![A-Za-z]))[a-z]{2,20}(?![A-Za-z])/gi
/** A verb that reports what someone says or said: the "would" after it is the speaker's future. */
const REPORTING =
  /(?<![A-Za-z])(?:say|says|said|tell|tells|told|confirm|confirms|confirmed|announce|announces|announced|add|adds|added|explain|explains|explained|warn|warns|warned|state|states|stated|reveal|reveals|revealed|promise|promises|promised|pledged|advised|indicated|insisted|stressed|hears|heard)(?![A-Za-z])/i
/**
 * A past perfect, a hearing's account or a condition: the sentence tells of a past ("the court
 * heard he said he would kill her on Friday"), or of a case that may not be.
 */
const NARRATED = /(?<![A-Za-z])(?:had|heard|if|unless|otherwise)(?![A-Za-z])/i

/**
 * Whether a reported "would" before the mention in its sentence looks past the writing day: "Police
 * said extra patrols would run over the Christmas period", "Extra patrols would run over Christmas,
 * the force said". `head` runs from the sentence start to the mention, `tail` from it to the end.
 */
function reportedAhead(head: string, tail: string): boolean {
  // Most sentences hold no "would": one look spares them the pattern.
  if (!head.includes('ould')) return false
  let last: RegExpExecArray | null = null
  WOULD_AHEAD.lastIndex = 0
  for (let m = WOULD_AHEAD.exec(head); m; m = WOULD_AHEAD.exec(head)) last = m
  if (!last) return false
  // "would return after he was released on Friday": a past verb between ties the mention to it.
  if (PAST.test(head.slice(last.index + last[0].length))) return false
  if (NARRATED.test(head)) return false
  return REPORTING.test(head.slice(0, last.index)) || REPORTING.test(tail)
}

/** "is", "are", "remains": a verb of being in the present. */
const PRESENT_BEING = /(?<![A-Za-z])(?:is|are|remains?)(?![A-Za-z])/i
/** A relative pronoun: the clause it opens runs up to the mention, or to its first comma. */
const RELATIVE = /(?<![A-Za-z])(?:which|who)\s/gi

/**
 * The words of the mention's own clause after a relative pronoun, from "which" or "who" up to the
 * mention ("the operation, which began on"), or from the comma that closes that clause ("the
 * clinic, which opened in January, is taking bookings for"); null when no such pronoun stands
 * before the mention.
 */
function relativeClause(head: string): string | null {
  let at = -1
  RELATIVE.lastIndex = 0
  for (let m = RELATIVE.exec(head); m; m = RELATIVE.exec(head)) at = m.index + m[0].length
  if (at < 0) return null
  const comma = head.indexOf(',', at)
  return comma < 0 ? head.slice(at) : head.slice(comma + 1)
}

/** `tail` up to its first comma or clause break: the rest of the mention's own clause. */
function upToComma(tail: string): string {
  const own = clauseEnd(tail)
  const comma = own.indexOf(',')
  return comma < 0 ? own : own.slice(0, comma)
}

/**
 * Whether the mention stands in a clause of its own in the present: a "that" clause of a reporting
 * verb ("told residents on Tuesday that the meeting is on Nov. 28"), a relative clause ("the
 * report, which is published ahead of a November 1 meeting") or what follows one ("the clinic,
 * which opened in January, is now taking bookings for June"). The sentence's past verb is not the
 * mention's. `head` runs from the sentence start to the mention, `tail` from it to the end.
 */
function ownPresentClause(head: string, tail: string): boolean {
  let own = relativeClause(head)
  const at = head.lastIndexOf(' that ')
  if (at >= 0 && REPORTING.test(head.slice(0, at)) && (own === null || head.length - at - 6 < own.length))
    own = head.slice(at + 6)
  if (own === null) return false
  const clause = `${own} ${clauseEnd(tail)}`
  return PRESENT_BEING.test(clause) && !PAST.test(clause) && !hasSameFormPast(clause)
}

/**
 * The tense of a relative clause holding the mention, when it has one of its own: "the operation,
 * which began on Monday, will run until Easter" looks back at Monday; null when the clause says
 * neither or both.
 */
function relativeTense(head: string, tail: string, byDeadline: boolean): Tense | null {
  const own = relativeClause(head)
  if (own === null) return null
  const clause = withoutFalseFutures(`${own} ${upToComma(tail)}`, byDeadline)
  const past = PAST.test(clause) || hasSameFormPast(clause)
  const future = isFuture(clause)
  return past === future ? null : past ? 'past' : 'future'
}

/**
 * A verb of coming back and the words up to the mention: "returns on", "returns to the city centre
 * on", "is back from". Its group is where the verb ends.
 */
const COMES_BACK = new RegExp(
  `(?<![A-Za-z])(?:${alternation(RETURN_VERBS)})((?:\\s{1,3}[A-Za-z0-9'’-]{1,20}){0,6}?)\\s{1,3}(?:(?:on|in|from)\\s{1,3})?${CLOCK_BEFORE_DAY}?(?:the\\s{1,3})?$`,
  'i',
)
/** A word before "returns" or "return" that makes it a noun: "tax returns", "their return", "12 million returns". */
const RETURN_NOUN_BEFORE =
  /(?<![A-Za-z])(?:the|a|an|its|their|his|her|our|your|my|these|those|tax|vat|annual|million|thousand|of|on|in|and|safe|\d)\s{1,3}$/i

/**
 * A close on a timetable in the present, right before the mention: "the consultation closes on",
 * "applications close at 5pm on", "closing on", "the deadline for entries is", "the closing date
 * is". Not the plural "close" after a word that makes it a noun or an adjective ("the close on",
 * "came close on", "is close to").
 */
const CLOSES_AHEAD = new RegExp(
  `(?:(?<![A-Za-z])(?:closes|closing)|(?<![A-Za-z])(?<!(?<![A-Za-z])(?:the|a|an|to|was|were|is|are|be|been|came|come|comes|so|too|very|remained|remains?)\\s{1,3})close|(?<![A-Za-z])(?:deadline|closing\\s{1,3}date)(?:\\s{1,3}(?:for|of)(?:\\s{1,3}[A-Za-z'’-]{1,20}){1,3})?\\s{1,3}(?:is|remains))\\s{1,3}(?:(?:on|at)\\s{1,3})?${CLOCK_BEFORE_DAY}?$`,
  'i',
)

/** Words in "-s" before "open", "start" that are no plural subject of it: "is open on", "its start on". */
const NOT_PLURAL_SUBJECTS_IN_S = [
  'always',
  'as',
  'does',
  'has',
  'his',
  'is',
  'its',
  'remains',
  'stays',
  'this',
  'us',
  'was',
]

/**
 * An opening or running verb on a timetable in the present, right before the mention: "the
 * exhibition opens on", "tickets go on sale on", "the count takes place on", "works begin in". The
 * plural only after a word that may be its subject (one in "-s", "they", "we"), or such a word and
 * a phrase of up to four words after "for", "of", "at", "to" or "from" ("Tickets for the festival
 * go on sale on"): "a good start on",
 * "the run in" are nouns. "Runs" only before "on" or "in": a run told from its start ("runs from 1
 * March", "runs 4/14-4/18") may have begun already. A match's "kick-off" with "is" or its clock
 * after it ("Kick-off is at 3pm on 3 March", "Kick-off 3pm, 3 March"); "the kick-off on 3 March
 * was delayed" names the day alone.
 */
const OPENS_AHEAD = new RegExp(
  `(?<![A-Za-z])(?:(?:${alternation(SCHEDULE_VERBS)})|(?<=(?:[a-z]s(?:\\s{1,3}(?:for|of|at|to|from)\\s{1,3}(?:[A-Za-z'’-]{1,20}\\s{1,3}){0,3}[A-Za-z'’-]{1,20})?|(?<![A-Za-z])(?:they|we))\\s{1,3})(?<!(?:['’]s|(?<![A-Za-z])(?:${alternation(NOT_PLURAL_SUBJECTS_IN_S)}))\\s{1,3})(?:${alternation(SCHEDULE_VERBS_PLURAL)}))(?<!runs?)(?:\\s{1,3}(?:again|to\\s{1,3}the\\s{1,3}public))?\\s{1,3}(?:(?:at|on|in|by|from)\\s{1,3})?${CLOCK_BEFORE_DAY}?$|(?<![A-Za-z])runs?\\s{1,3}(?:on|in)\\s{1,3}$|(?<![A-Za-z])kick[-\\s]?off(?:\\s{1,3}(?:time\\s{1,3})?is\\s{1,3}(?:(?:at|on)\\s{1,3})?${CLOCK_BEFORE_DAY}?|:?\\s{1,3}${CLOCK_BEFORE_DAY})$`,
  'i',
)

/**
 * A verb in the past right after a mention, whose subject holds the mention: "Kick-off 3pm, 3
 * March was delayed", "Kick-off 15:00, 3 March, was postponed". A timetable written as a noun and
 * its clock names the day of what then happened. A verb of fixing or moving the time says how the
 * plan was made and leaves it ahead ("Kick-off 3pm, 3 March was confirmed").
 */
const PAST_MAIN_VERB_AFTER =
  /^,?\s{1,3}(?:was|were|had(?:\s{1,3}been)?)(?![A-Za-z])(?!\s{1,3}(?:confirmed|announced|agreed|approved|arranged|scheduled|set|fixed|planned|chosen|moved|rescheduled|brought|put)(?![A-Za-z]))/i
/**
 * A relative clause between commas that holds the mention: "The man, who appears in court on (3
 * March), was charged": the past after its closing comma is the main clause's, not its own.
 */
const IN_RELATIVE_ASIDE = /,\s{1,3}(?:who|which)\s[^,.!?;]{0,100}$/i

/**
 * Whether a verb in the present that looks ahead of itself, one of coming back, of a close or of
 * an opening, leads up to the mention at `start` (and ends at `end`, when known): "returns to
 * Roundhay Park on", "closes on", "opens on" (see `comesBackAt`, `closesAhead`, `opensAhead`). Not
 * where a past verb follows the mention as the main verb of a subject that holds it (see
 * `PAST_MAIN_VERB_AFTER`).
 */
export function presentVerbLooksAhead(text: string, start: number, end?: number): boolean {
  if (
    end !== undefined &&
    PAST_MAIN_VERB_AFTER.test(text.slice(end, end + 24)) &&
    !IN_RELATIVE_ASIDE.test(text.slice(Math.max(0, start - 120), start))
  )
    return false
  return (
    comesBackAt(text, start) ||
    closesAhead(text, start) ||
    opensAhead(text, start) ||
    hearingAhead(text, start) ||
    scheduledNounAhead(text, start) ||
    opensWithObjectAhead(text, start)
  )
}

/**
 * An opening or resuming verb, its object of one to three words, perhaps after "to", and "on" right
 * before the mention: "resumes sessions on", "reopens its doors on", "resumes sessions at 9am on",
 * "reopens to visitors on", "opens to the public on". The object's words are no finite verb
 * ("returns are up on") nor a preposition ("starts of homes on"). Its group is the object.
 */
const OPENS_WITH_OBJECT = new RegExp(
  `(?<![A-Za-z])(?:${alternation(OPENING_VERBS_WITH_OBJECT)})((?:\\s{1,3}to)?(?:\\s{1,3}(?!(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|shall|should|must|do|does|did|on|of|in|at|for|to|from|with|by|and|or)(?![A-Za-z]))[A-Za-z'’-]{1,20}){1,3})\\s{1,3}(?:on|at)\\s{1,3}${CLOCK_BEFORE_DAY}?(?:the\\s{1,3})?$`,
  'i',
)

/**
 * Whether an opening or resuming verb with an object, after "and" closing a clause with a verb of
 * being or having, leads up to the mention: written in December, "The pool has been closed and
 * resumes sessions on 3 March", "The library was shut and reopens its doors on 3 March" and "The
 * centre is closed and reopens to visitors on 3 March" are the coming March's, as "was closed for repairs and opens on" is. Not after a noun ("sales and starts
 * of homes on 3 March"), nor where the object's words tell of a past.
 */
function opensWithObjectAhead(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start)
  const m = OPENS_WITH_OBJECT.exec(before)
  if (!m) return false
  const lead = before.slice(0, m.index)
  return andAfterClause(lead, true) && !leadTellsPast(lead, m[1])
}

/**
 * A thing on a timetable, perhaps with what it is for, and "is" or "are" right before the mention,
 * with at most "on", "at" and a clock between: "the trial is on", "his hearing is at 10am on", "the
 * meetings are on". Not "from", which may tell of a run begun already.
 */
const SCHEDULED_NOUN_ON = new RegExp(
  `(?<![A-Za-z])(?:${alternation(SCHEDULE_NOUNS)})s?(?:\\s{1,3}(?:for|of)(?:\\s{1,3}[A-Za-z'’-]{1,20}){1,3})?\\s{1,3}(?:is|are)\\s{1,3}(?:(?:at|on)\\s{1,3})?${CLOCK_BEFORE_DAY}?(?:the\\s{1,3})?$`,
  'i',
)

/**
 * Whether a thing on a timetable "is" on the mention: written in December, "The trial is on 3
 * March" and "The hearing is on 3 March" are the coming March's, as "the meeting is on Friday" is
 * the coming Friday (see `isScheduledAt`); "The trial was on 3 March" and "The hearing on 3 March
 * heard" are no match. Not where the clause tells of a past before it, nor where the thing is
 * what attention is on ("The focus of the meeting is on 3 March" tells what it is about).
 */
function scheduledNounAhead(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start)
  const at = scheduledNounAt(before, SCHEDULED_NOUN_ON)
  if (at < 0) return false
  return !leadTellsPast(before.slice(0, at))
}

/**
 * A hearing's verb in the present and the words up to the mention: "appears in court on", "appears
 * at Leeds Magistrates' Court on", "appears before magistrates on", "stands trial on", "faces
 * trial at Leeds Crown Court on". Its group is the place between the verb and the mention.
 */
const HEARING_AHEAD = new RegExp(
  `(?<![A-Za-z])(?:(?:${alternation(HEARING_VERBS)})(?=\\s{1,3}(?:in|at|before)\\s)|(?:${alternation(TRIAL_VERBS)}))((?:\\s{1,3}(?:in|at|before)(?:\\s{1,3}[A-Za-z'’.-]{1,25}){0,3}?\\s{1,3}(?:${alternation(HEARING_PLACES)})['’]?(?:\\s{1,3}[A-Za-z'’.-]{1,25}){0,3}?)?)\\s{1,3}(?:on\\s{1,3})?${CLOCK_BEFORE_DAY}?(?:the\\s{1,3})?$`,
  'i',
)

/**
 * Whether a hearing's verb in the present leads up to the mention: written in December, "The man
 * appears in court on 3 March" and "She stands trial on 3 March" are the coming March's, as "is
 * due to appear" is. Not where the clause tells of a past before it or between it and the mention
 * ("He did not appear in court on 3 March"); the past verb of "appeared" is no match.
 */
function hearingAhead(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start)
  const m = HEARING_AHEAD.exec(before)
  if (!m) return false
  return !leadTellsPast(before.slice(0, m.index), m[1])
}

/** "and" closing a clause before a verb: "he was charged and (returns)". */
const AND_AT_END = /(?<![A-Za-z])and\s{1,3}$/i
/** A verb of a clause: a verb of being or having (a past is read by `PAST`). */
const CLAUSE_VERB = /(?<![A-Za-z])(?:is|are|was|were|has|have|had|remains|remain)(?![A-Za-z])/i

/**
 * Whether `lead` ends in "and" after a clause with a verb of its own: "He was charged and
 * (returns)", "He is on bail and (returns)"; not "tax and (returns)". With `beingOnly`, only a verb
 * of being or having counts ("was bailed and returns on", not "processed tax and returns on").
 */
function andAfterClause(lead: string, beingOnly: boolean): boolean {
  const and = AND_AT_END.exec(lead)
  if (!and) return false
  const clause = clauseStart(lead.slice(0, and.index))
  return CLAUSE_VERB.test(clause) || (!beingOnly && (PAST.test(clause) || hasSameFormPast(clause)))
}

/**
 * "returns" after "and" and before "on", or "to" or "before" a place of hearing ("was arrested and
 * returns to court on", "returns to the dock on", "returns before magistrates on", "and
 * returns to Leeds Crown Court for sentencing on"): the verb of a second clause, not a noun joined
 * to another.
 */
const RETURNS_TO_COURT = new RegExp(
  `^[A-Za-z]{1,12}\\s{1,3}(?:to|before)(?:\\s{1,3}[A-Za-z'’.-]{1,20}){0,4}?\\s{1,3}(?:${alternation(HEARING_PLACES)})['’]?(?:\\s{1,3}(?:for|to)(?:\\s{1,3}[A-Za-z-]{1,20}){1,2})?\\s{1,3}on\\s`,
  'i',
)
const RETURNS_ON = /^[A-Za-z]{1,12}\s{1,3}on\s/i

/**
 * Whether an opening or running verb on a timetable, in the present, leads up to the mention:
 * written in December, "The consultation opens on 3 March" and "Tickets go on sale on 1 March" are
 * the coming March's, as "will open" is; a present tense of a one-off day told after it has passed
 * would be a past. Not a verb used as a noun ("the runs on"), nor one whose clause tells of a past
 * before it ("The centre, which was refurbished, opened and runs …" is read as above).
 */
function opensAhead(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start)
  const m = OPENS_AHEAD.exec(before)
  if (!m) return false
  const lead = before.slice(0, m.index)
  // "The road was closed and opens on": "and" closes a clause of its own, and the verb is no noun.
  if (
    !andAfterClause(lead, true) &&
    RETURN_NOUN_BEFORE.test(before.slice(Math.max(0, m.index - 20), m.index))
  )
    return false
  return !leadTellsPast(lead)
}

const REPORTING_ALL = new RegExp(REPORTING.source, 'gi')

/**
 * Whether the clause before a verb of a timetable (up to it, and `between` it and the mention)
 * tells of a past: "HMRC received 12 million returns on", "did not return on". A past verb that
 * reports it is not its own: in "Police said the man returns to court on 3 March" and "Officers
 * told residents the road closes on 14 February" the present is what was said, and looks ahead
 * as the sentence's own present does. Asides are left out, and so is a participle or a relative
 * clause that tells of the subject ("Police said the man (we) arrested in May returns to court on
 * 3 March"); a relative pronoun right before the verb leaves the past before it to the main clause
 * ("Officers arrested a man who returns to court on 3 March").
 */
function leadTellsPast(before: string, between = ''): boolean {
  const clause = clauseStart(before)
  let from = 0
  REPORTING_ALL.lastIndex = 0
  for (let r = REPORTING_ALL.exec(clause); r; r = REPORTING_ALL.exec(clause)) from = r.index + r[0].length
  // "the man arrested in May returns": the participle tells of the subject, not the clause's time.
  // "Officers arrested a man who returns to court on": the relative pronoun is the verb's subject,
  // and the past before it the main clause's.
  const own = withoutAsides(clause.slice(from))
  const lead = RELATIVE_AT_END.test(own) ? '' : withoutParticipleAfterNoun(own)
  return PAST.test(`${lead} ${between}`) || hasSameFormPast(lead)
}

/** A relative pronoun that the verb after it has as its subject: "a man who (returns)". */
const RELATIVE_AT_END = /(?<![A-Za-z])(?:who|which|that)\s{1,3}$/i

/**
 * Whether a close or a deadline on a timetable, in the present, leads up to the mention: written
 * in December, "The consultation closes on 14 February" and "The deadline for applications is 14
 * February" are the coming February's. A deadline told in the present is always the next one; a
 * clause that tells of a past before it ("The consultation, which opened in May, closes on") is
 * read as above, its asides left out.
 */
function closesAhead(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start)
  const m = CLOSES_AHEAD.exec(before)
  if (!m) return false
  return !leadTellsPast(before.slice(0, m.index))
}

/**
 * Whether a verb of coming back in the present leads up to the mention: "The festival returns on
 * 12 July", written in October, is next July's. Not a noun ("tax returns on 31 January"), nor one
 * whose clause tells of a past before it or between it and the mention ("HMRC received 12 million
 * returns on 31 January", "did not return on Friday").
 */
function comesBackAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start)
  const m = COMES_BACK.exec(before)
  if (!m) return false
  const lead = before.slice(0, m.index)
  // "He was charged and returns to court on": the verb of a second clause, not a noun ("tax returns").
  const verb = before.slice(m.index)
  const joined =
    (RETURNS_TO_COURT.test(verb) && andAfterClause(lead, false)) ||
    (RETURNS_ON.test(verb) && andAfterClause(lead, true))
  if (!joined && RETURN_NOUN_BEFORE.test(before.slice(Math.max(0, m.index - 20), m.index))) return false
  return !leadTellsPast(lead, m[1])
}

/**
 * A plan named as a noun and what it is to do, up to the mention: "The plan to reopen the bridge
 * in", "the council's proposals to build homes on". The group is the plan's own words.
 */
const PLAN_TO_DO = /(?<![A-Za-z])(?:plans?|proposals?)\s{1,3}to\s{1,3}([a-z][a-z '’-]{0,80})$/i
/** A finite verb among a plan's words: the mention is that verb's ("plans to build homes were approved on"). */
const FINITE_AMONG = /(?<![A-Za-z])(?:is|are|was|were|has|have|had|will|would|did|does)(?![A-Za-z])/i

/**
 * Whether the mention belongs to what a plan named as a noun is to do: "The plan to reopen the
 * bridge in May was approved", "Proposals to build 300 homes by 2030 …". What a plan is to do comes
 * after the planning, so it looks ahead as "plans to" as a verb does; "Plans to transform the town
 * centre moved a step closer on Wednesday" dates the step, not the plan's aim.
 */
function inPlansAim(before: string): boolean {
  const m = PLAN_TO_DO.exec(before)
  if (!m) return false
  const words = m[1] ?? ''
  return !FINITE_AMONG.test(words) && !PAST.test(words) && !hasSameFormPast(words)
}

/** "days to go until", "a week left before", "hours remaining until": what is left runs up to the mention. */
const COUNTDOWN =
  /(?<![A-Za-z])(?:days?|weeks?|hours?|minutes?|months?|sleeps?)\s{1,3}(?:to\s{1,3}go|left|remaining)\s{1,3}(?:until|till|to|before)\s{1,3}(?:the\s{1,3})?$/i

/**
 * The tense of the clause around `[start, end)` in a block: future when a future cue ("will",
 * "due to") stands in the same sentence, past when a past verb does, else none.
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  // The word just before says most: "since June" looks back, "until Saturday" forward.
  const before = text.slice(Math.max(0, start - 60), start)
  const written = LEAD_WORD.exec(before.slice(-32))?.[1]?.toLowerCase()
  // "in advance of the November vote" looks forward as "ahead of" does.
  const lead = written?.startsWith('in') ? 'ahead of' : written
  if (lead === 'since') return 'past'
  // "With just days to go until Christmas": a count of what is left runs to a day still ahead.
  if (COUNTDOWN.test(before)) return 'future'
  // "Posted 09:40 on Friday": the day a release was put out is behind its reader.
  if (PUBLICATION_LEAD.test(start <= 60 ? `\n${before}` : before)) return 'past'
  // "A man arrested on Friday will appear in court": the day is the arrest's, done before the writing.
  // "Items stolen in March": "in" leads a month or a season's name, not "in the coming weeks".
  const done = EVENT_PARTICIPLE_OF_NOUN.exec(text.slice(Math.max(0, start - 120), start))
  if (done && (!done[1] || /[A-Z]/.test(text[start] ?? ''))) return 'past'
  if (announcesAhead(text, start, end)) return 'future'
  if (isDeadline(text, before, start, end)) return 'future'
  if (isDeferredTo(text, start)) return 'future'
  if (PLANNED_FOR.test(before)) return 'future'
  if (headlinePlans(text, start, end)) return 'future'
  if (presentVerbLooksAhead(text, start, end)) return 'future'
  if (inPlansAim(before)) return 'future'
  // "remanded in custody until 12 April", "released on bail until April" and "postponed until
  // Saturday" point forward even in the past tense.
  if (lead && (DEFERRED.test(before) || (lead !== 'ahead of' && SET_UP_TO_RUN.test(before)))) return 'future'
  const deadline = lead === 'until' || lead === 'till' || lead === 'through' || lead === 'ahead of'
  const from = Math.max(0, start - 120)
  const to = Math.min(text.length, end + 120)
  // Search a bounded window only: a text without stops must not be rescanned for every mention.
  const window = text.slice(from, to)
  let s = from
  let e = to
  SENTENCE_END.lastIndex = 0
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) {
    const at = from + m.index
    if (at < start) s = at + 1
    else if (at >= end) {
      e = at + 1
      break
    }
  }
  const [head, tail] = withoutOtherQuotes(text.slice(s, start), text.slice(end, e))
  if (reportedAhead(head, tail)) return 'future'
  // "Police will allege that about 10.45am on Sunday the man entered …": the case is to come, the
  // events it alleges are past.
  const byDeadline = deadline || BY_BEFORE.test(before)
  // "The festival, first held in 2019, returns on 12 July": an aside's past is not its clause's.
  const sentence = withoutFalseFutures(`${withoutAsides(head)} ${tail}`, byDeadline)
  const future = isFuture(sentence)
  const past = PAST.test(sentence) || hasSameFormPast(sentence)
  // "… opened on 3 March and closes on 31 March": the timetable is to come, or, for a yearly event
  // ("takes place on 3 June"), this year's.
  if (past && !future && SCHEDULED_IN_PAST.test(before)) return deadline ? 'future' : 'none'
  if (past && !future && ownPresentClause(head, tail)) return deadline ? 'future' : 'none'
  if (future && past) {
    const relative = relativeTense(head, tail, byDeadline)
    if (relative !== null) return relative
    // Both: the mention's own clause decides. "He pleaded guilty on 12 February and will be
    // sentenced on 26 April" looks back at the first date whatever the next clause says.
    // "warned on Thursday that it faces a shortfall over the next six months": what follows "that"
    // is what was said, in its own tense.
    const own = REPORTED_AFTER.test(tail) || ownSubjectAfterPastOn(head, tail) ? '' : clauseEnd(tail)
    const start = clauseStart(head)
    // "A man will be arrested and charged on Friday": the second participle shares the future.
    if (sharesFuturePassive(head, start)) return 'future'
    const clause = withoutFalseFutures(`${start} ${own}`, byDeadline)
    return (PAST.test(clause) || hasSameFormPast(clause)) && !isFuture(clause) ? 'past' : 'future'
  }
  if (future) return 'future'
  if (past) return 'past'
  return deadline ? 'future' : 'none'
}

const ANNOUNCED = `(?:${alternation([...ANNOUNCING_VERBS, ...MORE_ANNOUNCING_PARTICIPLES])})`
/** "has confirmed", "have now announced", "have been published": a present perfect of announcing. */
const PERFECT_ANNOUNCING = new RegExp(
  `(?:(?<![A-Za-z])(?:has|have)|['’]ve)\\s{1,3}(?:been\\s{1,3})?(?:now\\s{1,3}|today\\s{1,3}|also\\s{1,3}|just\\s{1,3})?${ANNOUNCED}(?![A-Za-z])`,
  'i',
)
const ARRANGEMENT = new RegExp(`(?<![A-Za-z])(?:${alternation(ARRANGEMENT_NOUNS)})(?![A-Za-z])`, 'i')
/**
 * The preposition that puts a period after what is announced: "for the", "over", "ahead of";
 * a holiday joined before the mention stays in ("for Christmas and New Year").
 */
const FOR_PERIOD =
  /(?<![A-Za-z])(?:for|over|during|throughout|across|ahead\s{1,3}of)\s{1,3}(?:the\s{1,3})?(?:[A-Z][a-z’']{1,15}\s{1,3}(?:and|&)\s{1,3}(?:the\s{1,3})?)?$/
/** After a mention, the rest of its phrase and a passive of announcing: "over Christmas have been confirmed". */
const ANNOUNCED_AFTER = new RegExp(
  `^(?:\\s{1,3}(?:period|holidays?|break|weekend|season))?\\s{1,3}(?:has|have)\\s{1,3}been\\s{1,3}${ANNOUNCED}(?![A-Za-z])`,
  'i',
)

/**
 * Whether a body's present perfect of announcing puts the mention at `[start, end)` ahead: "has
 * confirmed arrangements for the Christmas period", "opening hours have been published for
 * Easter", "changes to collections over Christmas have been confirmed". What it announces must be
 * an arrangement: "has published figures for the Christmas period" looks back.
 */
function announcesAhead(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start)
  const lead = FOR_PERIOD.exec(before)
  if (!lead) return false
  const clause = clauseStart(before.slice(0, lead.index))
  if (!ARRANGEMENT.test(clause)) return false
  return PERFECT_ANNOUNCING.test(clause) || ANNOUNCED_AFTER.test(text.slice(end, end + 60))
}

/** A participle: one of the known irregular ones or a word in "-ed". */
const PARTICIPLE = `(?:${alternation(PAST_PARTICIPLES)}|[a-z]{2,20}ed)`
/**
 * A passive after a future cue, perhaps with an adverb and up to four words of its complement,
 * then "and" at the end: "will be arrested and", "is due to be formally interviewed under
 * caution and".
 */
const FUTURE_PASSIVE_AND = new RegExp(
  `(?<![A-Za-z])(?:will|shall|to|may|might|could)\\s{1,3}(?:(?:not|also|then|now|[a-z]{2,15}ly)\\s{1,3})?be\\s{1,3}(?:[a-z]{2,15}ly\\s{1,3})?${PARTICIPLE}(?:\\s{1,3}[A-Za-z'’-]{1,20}){0,4},?\\s{1,3}and\\s{1,3}$`,
  'i',
)
/** A clause that is a bare participle, perhaps after an adverb: "charged on", "formally charged with". */
const BARE_PARTICIPLE_OPENS = new RegExp(`^\\s{0,3}(?:[a-z]{2,15}ly\\s{1,3})?${PARTICIPLE}(?![A-Za-z])`)

/**
 * Whether the clause `start` that ends `head` is a bare participle joined by "and" to a passive
 * after a future cue: "will be arrested and charged on", "will be interviewed in Leeds and
 * released on". The "and" joins two participles of one verb, not two clauses, so the second
 * shares the future of the first.
 */
function sharesFuturePassive(head: string, start: string): boolean {
  if (!BARE_PARTICIPLE_OPENS.test(start)) return false
  const lead = head.slice(Math.max(0, head.length - start.length - 160), head.length - start.length)
  return FUTURE_PASSIVE_AND.test(lead)
}

/** "that" right after a mention, opening what was said: "said on Monday that …". */
const REPORTED_AFTER = /^,?\s{1,3}that\s/
/** A past verb and "on" right before a mention: "was told on", "said on", "having been charged on". */
const PAST_VERB_ON = new RegExp(`(?:${PAST.source})\\s{1,3}on\\s{1,3}$`)
/**
 * A clause with a subject of its own right after a mention, a pronoun or a noun with its article and
 * then its verb: "(on 3 March) he was to appear", "(, 3 March,) the trial was to start".
 */
const SUBJECT_AND_VERB_AFTER =
  /^,?\s{1,3}(?:he|she|they|it|we|I|you|there|(?:the|his|her|their|its|our|a|an)(?:\s{1,3}[a-z'’-]{1,20}){1,2})\s{1,3}(?:was|were|would|will|is|are|had|has|could|should|must|might|did|does|faces|face)(?![A-Za-z])/i

/** An auxiliary or a pronoun before the verb and "on": the verb is a clause's own ("was told on", "he said on"). */
const AUXILIARY_BEFORE_VERB_ON =
  /(?<![A-Za-z])(?:was|were|had|has|have|been|being|having|he|she|they|we|I|it|you|who)\s{1,3}(?:(?:not|also|then|later|first|[a-z]{2,12}ly)\s{1,3})?[a-z]{2,20}\s{1,3}on\s{1,3}$/i
/** A preposition opening a clause: what follows it is a noun's phrase ("For the match scheduled on"). */
const PREPOSITION_OPENS =
  /^\s{0,3}["“]?(?:for|ahead|following|after|before|during|at|in|on|with|from|by|despite|since|until|under|over|amid|as|to)(?![A-Za-z])/i

/**
 * Whether the mention stands right after a past verb and "on" and before a clause with a subject
 * of its own: the day is that verb's, whatever the later clause tells ("He was told on 3 March he
 * was to appear in court", "Police said on 3 March they will patrol", "Having been charged on 3
 * March, he will appear"). What was told or said is a clause of its own, as after "that". A
 * participle after a noun in a phrase a preposition opens is no such verb: "For the match
 * scheduled on 3 March, the club will open early" looks ahead.
 */
function ownSubjectAfterPastOn(head: string, tail: string): boolean {
  if (!SUBJECT_AND_VERB_AFTER.test(tail)) return false
  const near = head.slice(-60)
  if (!PAST_VERB_ON.test(near)) return false
  return AUXILIARY_BEFORE_VERB_ON.test(near) || !PREPOSITION_OPENS.test(clauseStart(head))
}

/**
 * A word of an offence after "on suspicion of" or "with": no verb of the clause after it ("the man
 * arrested on suspicion of burglary returns on", "is due in court on").
 */
const OFFENCE_WORD =
  "(?!(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|shall|do|does|did|remains?|faces?|appears?|returns?|comes?|goes?|stands?|opens?|reopens?|resumes?|begins?|starts?|ends?|closes?|runs?|takes?|launches|kicks)(?![A-Za-z]))[a-z'’-]{1,20}"
/**
 * A word of a place after "the", in lower case: no verb of the clause after it, nor a word that
 * joins or leads ("in the town centre on", "at the junction of", not "at the scene will appear on").
 */
const PLACE_WORD =
  "(?!(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|shall|do|does|did|be|been|remains?|faces?|appears?|returns?|comes?|goes?|stands?|opens?|reopens?|resumes?|begins?|starts?|ends?|closes?|runs?|takes?|launches|kicks|and|or|but|who|which|that|when|while|where|after|before|until|since|on|at|in|by|for|to|with|from|near|outside)(?![A-Za-z]))[a-z'’-]{2,20}"
/** An adverb that may stand before a participle: "previously arrested", "formally charged". */
const PARTICIPLE_ADVERB =
  '(?:[a-z]{2,15}ly|also|then|later|first|now|just|already|still|never|since|again|not)'
/**
 * A participle of a done event right after its noun, perhaps with a relative pronoun and "was"
 * ("who was arrested"), and up to the mention its complement ("found guilty", "reported missing"),
 * its agent ("by police"), the offence ("on suspicion of murder", "with burglary"), up to two places, each in
 * capitals, a noun after its article, or two or three words in lower case after "the" and perhaps
 * a name ("in Leeds", "at the scene", "at an address in Leeds", "in the town centre", "at the
 * junction of Park Road"), and
 * "on", "at", "in" (its group) or a clock: "a man arrested on", "three men charged on", "the car
 * stolen in Leeds on", "a man arrested at 2am on", "a man arrested by police on suspicion of
 * burglary on", "items stolen in" (March), "the man arrested" (Friday). The word before is its noun: no pronoun,
 * auxiliary, conjunction, "to" or "anyone", with or without an adverb after it, nor a noun after
 * "any" or "every", which tells of whoever it may be ("will be charged on", "will be formally
 * charged on", "and charged on", "when sentenced on", "anyone arrested on", "every driver stopped
 * on" keep the clause's tense).
 */
const EVENT_PARTICIPLE_OF_NOUN = new RegExp(
  `(?<=[A-Za-z]{2},?\\s{1,3})(?<!(?<![A-Za-z])(?:[Aa]ny|[Ee]very|[Ee]ach)\\s{1,3}[a-z]{2,20}\\s{1,3})(?<!(?<![A-Za-z])(?:he|she|they|we|i|you|it|who|which|that|[Aa]nyone|[Aa]nybody|[Ee]veryone|[Ee]verybody|[Ww]hoever|[Ww]hen|[Ii]f|[Oo]nce|[Uu]nless|until|whether|has|have|had|was|were|is|are|be|been|being|get|gets|got|getting|and|or|but|not|to),?\\s{1,3}(?:${PARTICIPLE_ADVERB}\\s{1,3})?)(?:${PARTICIPLE_ADVERB}\\s{1,3})?(?:(?:who|which|that)\\s{1,3}(?:was|were|(?:had|has|have)\\s{1,3}been)\\s{1,3})?(?:${alternation(COMPLETED_EVENT_PARTICIPLES)})(?:\\s{1,3}(?:guilty|dead|missing|injured|unconscious|alive|safe(?:\\s{1,3}and\\s{1,3}well)?))?(?:\\s{1,3}by\\s{1,3}(?:the\\s{1,3})?(?:police|officers|detectives|[A-Z][A-Za-z'’-]{1,20}))?(?:\\s{1,3}(?:on\\s{1,3}suspicion\\s{1,3}of|with)(?:\\s{1,3}${OFFENCE_WORD}){1,5})?(?:\\s{1,3}(?:in|at|near|outside|from)(?:(?:\\s{1,3}[A-Z][A-Za-z'’-]{1,20}){1,3}|\\s{1,3}(?:the|a|an|his|her|their|its)\\s{1,3}[a-z'’-]{2,20}|\\s{1,3}the(?:\\s{1,3}${PLACE_WORD}){2,3}(?:\\s{1,3}[A-Z][A-Za-z'’-]{1,20}){0,3})){0,2}\\s{1,3}(?:(?:on|at)\\s{1,3}${CLOCK_BEFORE_DAY}?|(in)\\s{1,3})?$`,
)

/** The end of a clause: a sentence stop, a semicolon, or " and " / " but " between clauses. */
const CLAUSE_BREAK = new RegExp(`${STOP}|;\\s|\\s(?:[Aa]nd|[Bb]ut|[Ww]hile|[Ww]hereas)\\s`, 'g')

/** The end of `before` from its last clause break on: the clause that leads up to a point. */
export function clauseStart(before: string): string {
  let from = 0
  CLAUSE_BREAK.lastIndex = 0
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) from = m.index + m[0].length
  return before.slice(from)
}

/** The start of `after` up to its first clause break. */
export function clauseEnd(after: string): string {
  CLAUSE_BREAK.lastIndex = 0
  const m = CLAUSE_BREAK.exec(after)
  return m ? after.slice(0, m.index) : after
}

/** "before", "after", "until": a clause after one tells of a moment other than the one before it. */
const OTHER_MOMENT_LINK = /(?<![A-Za-z])(?:before|after|until|till)\s{1,3}([\s\S]{0,80})$/i
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you|it|being|having)$/i
const FINITE_VERB = new RegExp(
  `^(?:was|were|had|has|have|is|are|did|${alternation(PAST_VERBS)}|[a-z]{2,20}ed)$`,
  'i',
)
/** A word after which a word in "-ed" describes a noun: "before the scheduled match". */
const DETERMINER = /^(?:the|a|an|his|her|their|its|this|that|these|those|our|your|my|any|some)$/i

/**
 * Whether `gap`, the words between a time and a later day, ends in a clause of its own opened by
 * "before", "after" or "until" (a subject and its verb: "before officers arrested him on", "after
 * he was found on", "after being taken to hospital on"): that clause's day is another moment's.
 * "before the match on", "after a planned protest on" name a moment and leave the day to the time.
 * "when" and "as" tell of the same moment, and are not read here.
 */
export function opensOtherMoment(gap: string): boolean {
  const m = OTHER_MOMENT_LINK.exec(gap)
  if (!m) return false
  const words = (m[1] ?? '').split(/[^A-Za-z'’]{1,8}/).filter((w) => w !== '')
  if (words.length === 0) return false
  if (SUBJECT_PRONOUN.test(words[0]!)) return true
  for (let i = 1; i < Math.min(words.length, 5); i++)
    if (FINITE_VERB.test(words[i]!) && !DETERMINER.test(words[i - 1]!)) return true
  return false
}

/**
 * The year of a month (1-12) with no year written: the reference year, moved back for a past
 * clause that names a later month and forward for a future clause that names an earlier one.
 * Written in December, a January the clause gives no tense is next month's, as a day is: "The
 * festival runs in January". (A December written in January may be either, so keeps the year.)
 */
export function yearForMonth(month: number, ctx: ResolveContext, tense: Tense): number | null {
  if (!ctx.ref) return ctx.year
  const y = ctx.ref.getFullYear()
  const refMonth = ctx.ref.getMonth() + 1
  if (ctx.refIsLowerBound) {
    // A past clause may look back past the bound: its month is the nearer occurrence, "since
    // December" near a bound in March the December three months back, not the one nine months on.
    if (tense === 'past') return nearerYear(y, month - refMonth, 12)
    return month >= refMonth ? y : y + 1
  }
  if (tense === 'past' && month > refMonth) return y - 1
  if (tense === 'future' && month < refMonth) return y + 1
  if (tense === 'none' && refMonth === 12 && month === 1) return y + 1
  return y
}

/**
 * "ahead of", "in advance of", "in the run-up to", "in preparation for": what is done before a
 * day, for it.
 */
const LEADS_UP_TO =
  /(?<![A-Za-z])(?:ahead\s{1,3}of|in\s{1,3}advance\s{1,3}of|in\s{1,3}the\s{1,3}(?:run|lead)[-\s]up\s{1,3}to|in\s{1,3}preparation\s{1,3}for)\s{1,3}(?:(?:the|an?)\s{1,3})?$/i

/** How far ahead of the writing day a day may be and still be the one a past step readied for. */
export const READYING_DAYS = 42

/** Whether "ahead of" or its like leads up to the mention at `start`. */
export function leadsUpTo(text: string, start: number): boolean {
  return LEADS_UP_TO.test(text.slice(Math.max(0, start - 40), start))
}

/** How far back of the writing day an opening told in the present may be and still be the one under way. */
export const UNDER_WAY_DAYS = 45

/**
 * The tense a yearless day's or month's year is read by. A past step taken ahead of it ("stepped up
 * patrols ahead of 5 November", "officers were briefed ahead of the Nov. 8 parade") readies for the
 * one to come when that one starts within `READYING_DAYS` of the writing day; further off, for the
 * one gone. An opening told in the present ("Entries open on 1 December and close on 31 January",
 * written on 10 December) is the one under way when it fell within `UNDER_WAY_DAYS` before the
 * writing day; further back, the next one. A month is read by its first day (`day` 1).
 */
export function readyingTense(
  text: string,
  start: number,
  tense: Tense,
  ctx: ResolveContext,
  month: number,
  day: number,
): Tense {
  if (
    tense === 'future' &&
    ctx.ref &&
    !ctx.refIsLowerBound &&
    opensAhead(text, start) &&
    !closesAhead(text, start)
  ) {
    const here = toDate(ctx.ref.getFullYear(), month, day)
    const back = here ? differenceInCalendarDays(ctx.ref, here) : -1
    return back >= 0 && back <= UNDER_WAY_DAYS ? 'none' : tense
  }
  if (tense !== 'past' || !ctx.ref || ctx.refIsLowerBound || !leadsUpTo(text, start)) return tense
  const y = ctx.ref.getFullYear()
  const here = toDate(y, month, day)
  if (!here) return tense
  const next = here < ctx.ref ? toDate(y + 1, month, day) : here
  return next && differenceInCalendarDays(next, ctx.ref) <= READYING_DAYS ? 'future' : tense
}

/** The year of a day and month with no year written, by the same rule as `yearForMonth`. */
export function yearForDay(month: number, day: number, ctx: ResolveContext, tense: Tense): number | null {
  if (!ctx.ref) return ctx.year
  const y = ctx.ref.getFullYear()
  const here = toDate(y, month, day)
  if (!here) return y
  const diff = differenceInCalendarDays(here, ctx.ref)
  if (ctx.refIsLowerBound) {
    // As for a month: a past clause's day is the occurrence nearer the bound.
    if (tense === 'past') return nearerYear(y, diff, 365)
    return diff >= 0 ? y : y + 1
  }
  if (tense === 'past' && diff > 0) return y - 1
  if (tense === 'future' && diff < 0) return y + 1
  // At the turn of the year a day the clause gives no tense is the near one: "Applications open on
  // January 15" written on 10 December is next month's, "the event on 20 December" written on
  // 5 January last month's. Further from the turn, the reference's year stands.
  if (tense === 'none' && Math.abs(diff) >= FAR_SIDE_OF_YEAR) {
    const other = diff < 0 ? y + 1 : y - 1
    const there = toDate(other, month, day)
    if (there && Math.abs(differenceInCalendarDays(there, ctx.ref)) <= NEAR_TURN_OF_YEAR) return other
  }
  return y
}

/**
 * The year, `y` or one either side, whose occurrence of a month or day lies nearest the reference,
 * given how far past the reference (`diff`, negative before it) it falls in `y`, out of a year of
 * `length` months or days.
 */
function nearerYear(y: number, diff: number, length: number): number {
  if (diff > length / 2) return y - 1
  if (diff < -length / 2) return y + 1
  return y
}

/** Days from the reference past which a day with no tense may be the other year's, and within which that one must be. */
const FAR_SIDE_OF_YEAR = 300
const NEAR_TURN_OF_YEAR = 45

/**
 * The year in which a weekday falls on this day and month: among the years around the reference
 * (or the release's year), the nearest one that fits; null when none or two fit equally.
 */
export function yearForWeekday(
  month: number,
  day: number,
  weekday: number,
  ctx: ResolveContext,
): number | null {
  const around = ctx.ref?.getFullYear() ?? ctx.year
  if (around === null) return null
  const fits: number[] = []
  for (const y of [around, around - 1, around + 1]) {
    const d = toDate(y, month, day)
    if (d && d.getDay() === weekday) fits.push(y)
  }
  return fits.length === 1 ? fits[0]! : null
}

/** The weekday nearest the reference in the clause's direction (a past clause looks back). */
export function dateForWeekday(weekday: number, ref: Date, tense: Tense): Date {
  const diff = (weekday - ref.getDay() + 7) % 7
  if (diff === 0) return ref
  return tense === 'future'
    ? addDays(ref, diff)
    : tense === 'past'
      ? addDays(ref, diff - 7)
      : addDays(ref, diff <= 3 ? diff : diff - 7)
}
