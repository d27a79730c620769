import * as z from 'zod'
import { Mention, RuleName, Span } from './span'

export const Speaker = z.object({
  name: z.string().meta({ description: 'The person without rank or title, or the organisation.' }),
  title: z.string().nullable().meta({ description: 'Rank, honorific or office written before the name.' }),
  role: z.string().nullable().meta({ description: 'The role as the release words it.' }),
  kind: z.enum(['person', 'organisation']).optional(),
  inferred: z
    .boolean()
    .optional()
    .meta({ description: 'True when the speaker was resolved from a pronoun or description.' }),
  coSpeakers: z.array(z.string()).optional().meta({
    description:
      'The other people or bodies the release names as speaking with the speaker ("the FBI and the DEA said", "Jane Smith and Tom Baker said").',
  }),
  personId: z.string().meta({ description: 'The id of the speaker in the release’s `people`.' }),
})
export type Speaker = z.infer<typeof Speaker>

export const Quote = z.object({
  text: z.string().meta({ description: 'The words between the marks; paragraphs joined by a blank line.' }),
  span: Span,
  paragraphs: z.array(Mention),
  speaker: Speaker.nullable(),
  cue: z.string().nullable().meta({ description: 'The attribution verb as written, such as `said`.' }),
  rule: RuleName.optional(),
})
export type Quote = z.infer<typeof Quote>
