import * as z from 'zod'
import { Mention, RuleName } from './span'

export const OperationMention = Mention.extend({ rule: RuleName.optional() })
export type OperationMention = z.infer<typeof OperationMention>

export const Operation = z.object({
  name: z.string().meta({ description: 'Canonical name: always `Operation <Name>`.' }),
  mentions: z.array(OperationMention).meta({ description: 'Every surface form, in order.' }),
})
export type Operation = z.infer<typeof Operation>
