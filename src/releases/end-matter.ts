/**
 * The end of a release's story: its end mark ("ENDS", "###", "-30-") and the notes that follow it
 * for editors ("Notes to editors", "About Acme Corp.", "Media contact:"), which are no part of
 * the story.
 */
import type { Paragraph } from '../model'
import { lazyRegExp } from '../text/lazy-patterns'
import { escapeRegExp } from '../text/patterns'
import { readsAsContactDetail } from './byline'

/**
 * The end mark of a release, alone on its line: "###", "# # #", "-30-", "- 30 -", "–30–", and the
 * stars the UN's information services close with ("* *** *", "***"). A line of text, as "ENDS" is
 * (never a bullet), that closes the release.
 */
export const END_MARK_SHAPE =
  '(?:#(?:[ \\t\\u00a0]{0,2}#){2,4}|\\*(?:[ \\t\\u00a0]{0,2}\\*){2,4}|[–—-][ \\t\\u00a0]{0,3}30[ \\t\\u00a0]{0,3}[–—-])'
const END_MARK = new RegExp(`^${END_MARK_SHAPE}$`)
/** An end line in words: "ENDS", "-ends-", "– ends –", "END". */
const END_WORD = /^[–—-]?[ \t\u00a0]{0,2}ends?[ \t\u00a0]{0,2}[–—-]?$/i

/** Whether a paragraph is a release's end mark or end line ("###", "- 30 -", "ENDS"). */
export function closesRelease(t: string): boolean {
  return END_MARK.test(t) || END_WORD.test(t)
}

/**
 * A heading of the notes to editors, alone or before a colon: "Notes to editors", "Note for
 * editors:", "Notes to the editor", "Editor's notes", "Editors’ note:".
 */
const NOTES_HEADING =
  /^(?:notes?[ \t\u00a0]{1,3}(?:to|for)[ \t\u00a0]{1,3}(?:the[ \t\u00a0]{1,3})?editors?|editors?['’]?s?['’]?[ \t\u00a0]{1,3}notes?)[ \t\u00a0]{0,2}(?::|$)/i
/**
 * A heading of whom the press may reach, alone or before a colon: "Media contact", "Press
 * enquiries:", "For media inquiries:".
 */
const CONTACT_HEADING =
  /^(?:for[ \t\u00a0]{1,3})?(?:media|press|news)[ \t\u00a0]{1,3}(?:contacts?|enquiries|inquiries|relations)[ \t\u00a0]{0,2}(?::|$)/i
/** Space between the words of a heading. */
const SP = '[ \\t\\u00a0]{1,3}'
/**
 * Whom to reach, by a word for a contact or a press desk: "Contact", "Contacts", "Enquiries",
 * "Media contacts", "Press office", "Media Unit", "Communications team".
 */
const CONTACT_WORDS = `(?:(?:(?:media|press|news)${SP})?(?:contacts?|enquiries|inquiries)|contact${SP}(?:details|information)|(?:media|press|news|communications)${SP}(?:office|team|desk|unit|centre|center|line|officer))`
/** The same words alone on their line, or before a colon: "Contacts", "Press office:". */
const CONTACT_WORDS_ALONE = new RegExp(`^${CONTACT_WORDS}[ \\t\\u00a0]{0,2}:?$`, 'i')
/** The same words, then a colon and whom to reach: "Contact: Jane Doe, 01234 567890, jane@example.org". */
const CONTACT_WORDS_LINE = new RegExp(`^${CONTACT_WORDS}[ \\t\\u00a0]{0,2}:[ \\t\\u00a0]{0,3}(?=\\S)`, 'i')
/** The same words, then a number or an address with no colon: "Media Unit (07) 3015 2444". */
const CONTACT_WORDS_THEN = new RegExp(`^${CONTACT_WORDS},?[ \\t\\u00a0]{1,3}`, 'i')
/**
 * A request to get in touch: "For further information, please contact:", "For more information
 * contact", alone on its line or before a colon; "For media enquiries please contact Jane Doe on
 * …", whatever follows; or, with the press office it names, "For more information contact HSE Press
 * Office, 01 921 3912". Not a story's appeal to the public ("For more information contact
 * Crimestoppers on 0800 555 111").
 */
const PLEASE_CONTACT = `(?:,?${SP}please)?,?${SP}(?:contact|call|email|e-mail)`
// "For more information on this topic, please contact:": what the information is about may come between.
const ON_THIS = `(?:${SP}(?:on|about|regarding)${SP}this${SP}\\p{L}{2,20})?`
const FOR_MORE = `for${SP}(?:more|further)${SP}information${ON_THIS}${PLEASE_CONTACT}`
const FOR_MEDIA = `for${SP}(?:media|press)${SP}(?:enquiries|inquiries)${PLEASE_CONTACT}`
const FOR_MORE_ALONE = lazyRegExp(`^(?:${FOR_MORE}[ \\t\\u00a0]{0,2}(?::|$)|${FOR_MEDIA}(?![\\p{L}]))`, 'iu')
const FOR_MORE_PRESS_OFFICE = lazyRegExp(
  `^${FOR_MORE}${SP}(?:the${SP})?(?:\\p{Lu}[\\p{L}’'-]{0,30}${SP}){0,4}(?:press|media|communications)${SP}(?:office|team|desk|unit|relations)(?![\\p{L}])`,
  'iu',
)
/** A contact line with its details is longer than a heading, but still one line of a block. */
const MAX_CONTACT_LINE = 200

/**
 * "About Acme Corp.", "About the Department for Transport", "About NHS England:": a heading over
 * the publisher's boilerplate. Groups: the first word of the name.
 */
const ABOUT_HEADING = lazyRegExp(
  String.raw`^About[ \t\u00a0]{1,3}(?:the[ \t\u00a0]{1,3})?(\p{Lu}[\p{L}\p{N}&’'.-]{0,30})(?:[ \t\u00a0]{1,3}[\p{L}\p{N}&’'().-]{1,30}){0,7}:?$`,
  'u',
)
/** A heading is a short line. */
const MAX_HEADING = 80

/** Words in quotation marks: what a story quotes and a publisher's boilerplate does not. */
const QUOTED = /[“"][^“”"\n]{12,}[”"]/

/**
 * Whether the paragraph at `h` heads the notes after the story. An "About …" heading does only
 * over a paragraph that names what it is about as it is written ("About Acme Corp." over "Acme
 * Corp. is …"): a story's own subheading ("About the Scheme" over "The scheme provides …") writes
 * the word in lower case after it. Nor does one above quoted words: a subheading of the story
 * ("About Operation Kraken" over "Operation Kraken began …", then a detective quoted).
 */
function headsNotes(paragraphs: readonly Paragraph[], h: number, lastQuoted: () => number): boolean {
  const p = paragraphs[h]!
  const next = paragraphs[h + 1]
  const t = p.text
  if (p.kind !== 'text' || t.includes('\n')) return false
  // Whom to reach, after the story's last quoted words: a story goes on to quote its people.
  if (t.length <= MAX_CONTACT_LINE && readsAsContactBlockHead(t) && lastQuoted() < h) return true
  if (t.length > MAX_HEADING) return false
  if (NOTES_HEADING.test(t) || CONTACT_HEADING.test(t)) return true
  const about = ABOUT_HEADING().exec(t)
  if (!about || next === undefined) return false
  if (lastQuoted() > h) return false
  const name = about[1]!.replace(/[.:]$/, '')
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(next.text.slice(0, 200))
}

/**
 * Whether a line heads whom to reach, or is the first line of such a block: "Contacts", "Press
 * office", "Contact: Jane Doe, 01234 567890", "Media Unit (07) 3015 2444", "For further
 * information, please contact:".
 */
function readsAsContactBlockHead(t: string): boolean {
  if (t.length <= MAX_HEADING && CONTACT_WORDS_ALONE.test(t)) return true
  if (CONTACT_WORDS_LINE.test(t) || FOR_MORE_ALONE().test(t) || FOR_MORE_PRESS_OFFICE().test(t)) return true
  const then = CONTACT_WORDS_THEN.exec(t)
  return then !== null && readsAsContactDetail(t.slice(then[0].length))
}

/** The story's paragraphs and the notes after it; `notes` is empty when the release has none. */
export interface EndMatter {
  readonly story: Paragraph[]
  readonly notes: Paragraph[]
}

/**
 * Splits a release's paragraphs at the notes to editors: the first heading of notes after the
 * story's first paragraph ("Notes to editors", "About Acme Corp.", "Media contact:") opens them.
 * An end mark above it ("ENDS", "###", "-30-") closes the story, and all after the mark is notes.
 * An end mark with no heading after it stays the story's last paragraph, and what follows it is
 * read with the story ("ENDS" over "Issued by Police Media Centre.").
 */
export function splitEndMatter(paragraphs: readonly Paragraph[]): EndMatter {
  // The last paragraph with quoted words, read once and only when an "About" heading asks:
  // rescanning the rest at each heading would be quadratic in a dump of many.
  let last: number | undefined
  const lastQuoted = (): number => {
    if (last === undefined) {
      last = paragraphs.findLastIndex((p) => QUOTED.test(p.text))
    }
    return last
  }
  for (let h = 1; h < paragraphs.length; h++) {
    if (!headsNotes(paragraphs, h, lastQuoted)) continue
    let mark = -1
    for (let e = h - 1; e >= 1; e--) {
      if (paragraphs[e]!.kind === 'text' && closesRelease(paragraphs[e]!.text)) {
        mark = e
        break
      }
    }
    const from = mark >= 0 ? mark + 1 : h
    const story = paragraphs.slice(0, mark >= 0 ? mark : h)
    return { story, notes: paragraphs.slice(from) }
  }
  return { story: [...paragraphs], notes: [] }
}
