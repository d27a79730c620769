import * as z from 'zod'
import { RuleName, Span } from './span'

export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET'])
export type TimexType = z.infer<typeof TimexType>

export const TimexMod = z.enum([
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
  'START',
  'MID',
  'END',
  'APPROX',
])
export type TimexMod = z.infer<typeof TimexMod>

export const DateMention = z.object({
  text: z.string(),
  span: Span,
  type: TimexType,
  value: z.string().meta({ description: 'TIMEX3 value; unknown parts are X (`XXXX-09-27`).' }),
  mod: TimexMod.nullable(),
  start: z
    .string()
    .nullable()
    .optional()
    .meta({ description: 'First day of the interval denoted (YYYY-MM-DD).' }),
  end: z
    .string()
    .nullable()
    .optional()
    .meta({ description: 'Last day of the interval denoted (YYYY-MM-DD).' }),
  inferred: z.boolean().optional().meta({ description: 'True when part of the value was guessed.' }),
  rule: RuleName.optional(),
})
export type DateMention = z.infer<typeof DateMention>
