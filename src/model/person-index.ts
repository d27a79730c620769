import * as z from 'zod'
import { Span } from './span'

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable()

/** A title or role as written, with the first and last publication dates of the releases that give it. */
export const SeenValue = z.object({
  value: z.string(),
  firstSeen: Day.meta({ description: 'The earliest publication date (YYYY-MM-DD) it was seen on, or null.' }),
  lastSeen: Day.meta({ description: 'The latest publication date (YYYY-MM-DD) it was seen on, or null.' }),
})
export type SeenValue = z.infer<typeof SeenValue>

/** A quote of a person, pointing back into the release and file it was read from. */
export const IndexedQuote = z.object({
  releaseId: z.string(),
  file: z.string().optional().meta({ description: 'The file the release was read from, when known.' }),
  text: z.string(),
  span: Span.meta({ description: 'The quote in its input (the file), as in the release’s `quotes`.' }),
})
export type IndexedQuote = z.infer<typeof IndexedQuote>

/** One person or organisation across a corpus: what `indexPeople` and `press-extract people` give per row. */
export const PersonIndexEntry = z.object({
  name: z.string().meta({ description: 'The full name (or the organisation) as most often written.' }),
  kind: z.enum(['person', 'organisation']),
  titles: z.array(SeenValue).meta({ description: 'Ranks, honorifics and offices, earliest first.' }),
  roles: z.array(SeenValue).meta({ description: 'Roles as the releases word them, earliest first.' }),
  publishers: z.array(z.string()).meta({ description: 'The `source` of the releases naming them, sorted.' }),
  quotes: z.array(IndexedQuote).meta({ description: 'Every quote attributed to them, in input order.' }),
  releases: z.array(z.string()).meta({ description: 'The ids of the releases naming them, in input order.' }),
  firstSeen: Day.meta({ description: 'The earliest publication date of those releases, or null.' }),
  lastSeen: Day.meta({ description: 'The latest publication date of those releases, or null.' }),
})
export type PersonIndexEntry = z.infer<typeof PersonIndexEntry>
