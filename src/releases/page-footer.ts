/**
 * The footer a web page prints under a release, copied with it: "Updated March 5, 2024", then
 * labels on lines of their own with their values ("Topic", "Violent Crime", "Component", "USAO -
 * Texas, Southern"), "Related Content", share buttons. None of it is the story.
 */
import type { Paragraph } from '../model'
import { alternation } from '../text/patterns'
import { readDatelineLine } from './dateline'

/**
 * Labels of a page's footer, alone on their line or before a colon and their value: how the page
 * files the release and what it links to. Lower case; keep sorted.
 */
export const FOOTER_LABELS: readonly string[] = [
  'attachment',
  'attachments',
  'categories',
  'category',
  'component',
  'components',
  'downloads',
  'keywords',
  'press release number',
  'related content',
  'related documents',
  'related links',
  'related news',
  'related stories',
  'related topics',
  'subject',
  'subjects',
  'tags',
  'topic',
  'topics',
]
const SP = '[ \\t\\u00a0]{1,3}'
const LABEL_ALONE = new RegExp(`^(?:${alternation(FOOTER_LABELS, SP)})[ \\t\\u00a0]{0,3}:?$`, 'i')
const LABEL_LINE = new RegExp(
  `^(?:${alternation(FOOTER_LABELS, SP)})[ \\t\\u00a0]{0,3}:[ \\t\\u00a0]{0,3}\\S`,
  'i',
)
/**
 * When the page changed or first showed the release, before its day: "Updated", "Last updated:",
 * "Page last updated", "Date modified:", "Published on", "Last reviewed".
 */
const PAGE_DAY_LEAD = new RegExp(
  `^(?:(?:page|date|first|last)${SP}){0,2}(?:updated|modified|reviewed|published|posted)(?:${SP}on)?[ \\t\\u00a0]{0,3}:?[ \\t\\u00a0]{0,3}`,
  'i',
)
/** A footer's line is short. */
const MAX_FOOTER_LINE = 120
/** A value under a label: a few words on one line, no sentence ("Violent Crime", "USAO - Texas, Southern"). */
const MAX_VALUE = 80
const ENDS_SENTENCE = /[.!?:;"”’]$/
const QUOTATION = /["“”]/
/** How many paragraphs from the end a footer may take. */
const MAX_FOOTER = 30

/** Whether a line is the day the page was updated or published ("Updated March 5, 2024"), or its label alone. */
function readsAsPageDay(t: string): boolean {
  const lead = PAGE_DAY_LEAD.exec(t)
  if (!lead) return false
  // The label alone ("Updated", "Last updated:"), its day on the next line.
  if (lead[0].length === t.length) return true
  const reading = readDatelineLine(t.slice(lead[0].length))
  return reading !== null && reading.place === null && reading.date !== null
}

/** Whether a paragraph is a footer's label or a line of furniture that needs no label above it. */
function readsAsFooterLine(p: Paragraph, furniture: (t: string) => boolean): boolean {
  const t = p.text
  if (p.kind !== 'text' || t.includes('\n') || t.length > MAX_FOOTER_LINE) return false
  if (LABEL_ALONE.test(t) || readsAsPageDay(t) || furniture(t)) return true
  return LABEL_LINE.test(t) && !ENDS_SENTENCE.test(t)
}

/** Whether a paragraph may be a label's value: a few words on a line, not a sentence or a quotation. */
function readsAsFooterValue(p: Paragraph): boolean {
  const t = p.text
  return t.length <= MAX_VALUE && !t.includes('\n') && !ENDS_SENTENCE.test(t) && !QUOTATION.test(t)
}

/**
 * Where a release's page footer starts among its paragraphs, or `paragraphs.length` when it has
 * none: the first of a run at the end made of footer lines and the values under them. A value
 * counts only under a label, so the story's last short line ("Police Media Centre") stays. The
 * first paragraph is never footer. `furniture` tells a page's other buttons and links.
 */
export function pageFooterStart(paragraphs: readonly Paragraph[], furniture: (t: string) => boolean): number {
  let start = paragraphs.length
  const floor = Math.max(1, paragraphs.length - MAX_FOOTER)
  for (let i = paragraphs.length - 1; i >= floor; i--) {
    const p = paragraphs[i]!
    if (readsAsFooterLine(p, furniture)) start = i
    else if (!readsAsFooterValue(p)) break
  }
  return start
}
