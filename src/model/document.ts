import * as z from 'zod'
import { DateMention } from './date-mention'
import { DateReference } from './date-reference'
import { Operation } from './operation'
import { Person } from './person'
import { Quote } from './quote'
import { Diagnostic, Mention, Span } from './span'
import { Statistic } from './statistic'

export const Paragraph = z.object({
  kind: z.enum(['text', 'bullet']),
  text: z.string().meta({ description: 'The paragraph, trimmed; a bullet without its marker.' }),
  span: Span.meta({ description: 'The paragraph in the input; a bullet’s span includes its marker.' }),
})
export type Paragraph = z.infer<typeof Paragraph>

export const Notes = z.object({
  text: z.string().meta({ description: 'The notes as written, from their first paragraph to their last.' }),
  span: Span,
  paragraphs: z.array(Paragraph),
})
export type Notes = z.infer<typeof Notes>

export const PublishedOn = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  inferred: z.boolean(),
  rule: z.string().optional().meta({
    description:
      'How an inferred date was found: dates/dateline, dates/title-date (the day a dated issue\'s title ends with: "Fire Update - 3 January 2022"), dates/stated-day ("Today (27 September)"), dates/weekday-day, dates/yesterday-day (the day after the event an opening "yesterday" speaks of), dates/anniversary-year (a stated day given its year by anniversary wording), dates/anniversary-day (an anniversary celebrated today of an origin written with its day), dates/neighbour-year (a day given its year by a neighbouring release), dates/neighbour-day (an estimate: the text fixes only the year, and the day is the nearest neighbour\'s in that year), or dates/latest-date (only a lower bound: the latest full date the release looks back on). Absent when the date was given.',
  }),
})
export type PublishedOn = z.infer<typeof PublishedOn>

export const Dateline = z.object({
  text: z
    .string()
    .meta({ description: 'The dateline as written, such as `TAMPA, Fla. –` or `25 November 2024`.' }),
  place: z.string().nullable().meta({ description: 'The place it names (`TAMPA, Fla.`), or null.' }),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .meta({ description: 'The day it names (YYYY-MM-DD), or null when it names none or no year.' }),
  span: Span,
})
export type Dateline = z.infer<typeof Dateline>

export const Release = z.object({
  id: z
    .string()
    .meta({ description: 'A hash of the release’s content: the same release has the same id anywhere.' }),
  index: z.number().int().nonnegative(),
  title: z.string().nullable(),
  titleLine: z
    .number()
    .int()
    .positive()
    .nullable()
    .meta({ description: '1-based line of the title (its first, for a title cut over lines).' }),
  source: z.string().nullable().meta({ description: 'The text after `Source:`.' }),
  standfirst: z.string().nullable(),
  paragraphs: z.array(Paragraph),
  span: Span.meta({ description: 'From the title (or Source line) up to the next release.' }),
  titleSpan: Span.nullable().optional(),
  sourceSpan: Span.nullable().optional(),
  standfirstSpan: Span.nullable().optional(),
  embargo: Mention.nullable().optional().meta({ description: 'An embargo line after the Source line.' }),
  label: Mention.nullable().optional().meta({
    description:
      'A label line after the Source line ("FOR IMMEDIATE RELEASE", "Media advisory"), kept apart.',
  }),
  byline: Mention.nullable().optional().meta({
    description:
      'A byline after the Source line: the office or minister that issues the release ("Office of Public Affairs", "Hon Mark Mitchell"), its writer ("By Jane Smith") or how to reach them ("Contact: …"), kept apart.',
  }),
  notes: Notes.nullable().optional().meta({
    description:
      'What follows the story for editors: from a heading of notes ("Notes to editors", "About Acme Corp.", "Media contact:"), or from an end mark ("ENDS", "###", "-30-") above one, to the release’s end. Kept apart from the paragraphs; its quotes, figures and dates are read with the release’s.',
  }),
  publishedOn: PublishedOn.nullable(),
  reference: DateReference.nullable().optional().meta({
    description:
      'What the release’s relative dates are resolved against, from the dating stage (`dateReleases`): its day, or only its year, and how it was found. Null or absent on a release not dated yet.',
  }),
  quotes: z.array(Quote),
  operations: z.array(Operation),
  dates: z.array(DateMention),
  statistics: z.array(Statistic),
  diagnostics: z.array(Diagnostic),
  dateline: Dateline.nullable().meta({
    description:
      'The place and date line that opens the story ("WASHINGTON –", "DAYTON, Ohio, Dec. 3, 2024 –") or stands alone before it ("25 November 2024"), or null.',
  }),
  people: z.array(Person).meta({
    description:
      'The people and organisations that speak in the release, each with every mention linked to them.',
  }),
})
export type Release = z.infer<typeof Release>

/** One line of the command line's JSON Lines output: a release and the file it came from. */
export const ReleaseRecord = Release.extend({
  file: z
    .string()
    .meta({ description: 'The file the release was read from (`<stdin>` for standard input).' }),
})
export type ReleaseRecord = z.infer<typeof ReleaseRecord>

export const Preamble = Mention.meta({
  description: 'Text before the first release, kept rather than dropped.',
})
export type Preamble = z.infer<typeof Preamble>

export const ExtractResult = z.object({
  releases: z.array(Release),
  preamble: Preamble.nullable().optional(),
  diagnostics: z.array(Diagnostic),
})
export type ExtractResult = z.infer<typeof ExtractResult>
