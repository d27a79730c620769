import * as z from 'zod'

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/**
 * What a release's relative dates are resolved against, as the dating stage settles it: a day
 * (given, or read from the text), or only a year, or nothing. `findDates` takes it as its
 * `reference`; `publishedOn` is its day.
 */
export const DateReference = z.object({
  day: IsoDay.nullable().meta({
    description:
      'The publication day (YYYY-MM-DD), or null when none is known. When `estimated`, a neighbouring release’s day.',
  }),
  year: z.number().int().nullable().meta({
    description:
      'The year of the publication, when known; with no day (or an estimated one), dates resolve against it alone.',
  }),
  inferred: z.boolean().meta({ description: 'Read from the text rather than given.' }),
  lowerBound: z.boolean().meta({
    description:
      'The day is only a lower bound: the latest date the release looks back on. Yearless months resolve on or after it.',
  }),
  reported: z.boolean().optional().meta({
    description:
      'The day is one the release reports beside its weekday ("on Saturday 9 March"): it fixes the year, and yearless dates resolve near it, but not the writing day, so "today", "this week" and other days, weeks or months counted from the writing day keep their unknown parts as X (as they do under a `lowerBound`). Absent means false.',
  }),
  estimated: z.boolean().meta({
    description: 'The day is a neighbouring release’s, an estimate: the text fixes only the year.',
  }),
  rule: z.string().nullable().meta({
    description:
      'How an inferred reference was found (see `publishedOn.rule`); null when given or when nothing was found.',
  }),
})
export type DateReference = z.infer<typeof DateReference>
