import * as z from 'zod'
import { RuleName, Span } from './span'

export const Qualifier = z.enum(['exact', 'over', 'under', 'approx', 'upTo', 'atLeast', 'vague'])
export type Qualifier = z.infer<typeof Qualifier>

export const Statistic = z.object({
  text: z.string(),
  span: Span,
  value: z.number().meta({ description: 'The number, money in units of the currency.' }),
  unit: z.string().meta({
    description:
      '`count`, `percent`, a currency code, a unit of measure, or `times` for a multiplier ("three times as many").',
  }),
  qualifier: Qualifier,
  measure: z.string().nullable().meta({ description: 'What is counted or measured, as written nearby.' }),
  change: z.enum(['increase', 'decrease']).nullable(),
  period: z
    .string()
    .nullable()
    .optional()
    .meta({ description: 'For a rate, its period as a TIMEX3 duration.' }),
  per: z
    .object({
      value: z.number(),
      measure: z.string().nullable(),
    })
    .optional()
    .meta({
      description:
        'For a rate per a number of people or things ("3.2 per 100,000 people") or per one thing ("$0.87 per diluted share"), that number and what it counts.',
    }),
  low: z.number().optional().meta({ description: 'For a range ("between $62 and $68"), its lower end.' }),
  high: z.number().optional().meta({ description: 'For a range, its upper end.' }),
  rule: RuleName.optional(),
})
export type Statistic = z.infer<typeof Statistic>
