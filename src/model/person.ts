import * as z from 'zod'
import { Mention, RuleName } from './span'

/** One place where a release names or points at a person or organisation. */
export const PersonMention = Mention.extend({
  rule: RuleName.meta({
    description:
      'How the mention was linked: people/full-name, people/title-surname, people/honorific-surname, people/surname, people/first-name ("Jane" after "Jane Doe"), people/title-only ("the Commissioner"), people/pronoun, people/organisation.',
  }),
})
export type PersonMention = z.infer<typeof PersonMention>

/** A person or organisation that speaks in a release, or is named as a speaker's antecedent. */
export const Person = z.object({
  id: z
    .string()
    .meta({ description: 'Unique within the release (`p1`, `p2`, ...); a quote’s `speaker.personId`.' }),
  name: z.string().meta({ description: 'The full name without rank or title, or the organisation.' }),
  title: z
    .string()
    .nullable()
    .meta({ description: 'Rank, honorific or office before the name at its first full mention.' }),
  role: z.string().nullable().meta({ description: 'The role as the release words it beside the name.' }),
  kind: z.enum(['person', 'organisation']),
  mentions: z.array(PersonMention).meta({ description: 'Every mention linked to this person, in order.' }),
})
export type Person = z.infer<typeof Person>
