import * as z from 'zod'

/** UTF-16 offsets into the original input: `input.slice(start, end)` is the item's text. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .meta({ description: 'UTF-16 code-unit offsets into the original input string, end exclusive.' })
export type Span = z.infer<typeof Span>

/** A surface form found in the input: its exact text and where it stands. */
export const Mention = z.object({
  text: z.string().meta({ description: 'The exact text of the input at `span`.' }),
  span: Span,
})
export type Mention = z.infer<typeof Mention>

/** Something odd in the input: never an exception, always a diagnostic. */
export const Diagnostic = z.object({
  ruleId: z.string().meta({ description: 'The rule that noticed it, such as `releases/preamble`.' }),
  message: z.string(),
  span: Span.nullable(),
})
export type Diagnostic = z.infer<typeof Diagnostic>

/** The name of the rule that produced an item, such as `dates/weekday-day-month`. */
export const RuleName = z.string().meta({ description: 'The rule that produced the item.' })
