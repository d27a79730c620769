import * as z from 'zod'
import { DiagnosticSinkOption } from '../options'

const words = z.array(z.string().min(1))

/**
 * The options of `extractQuotes`, validated with zod. This schema is their only declaration: the
 * `ExtractQuotesOptions` type is read from it.
 */
export const ExtractQuotesOptionsSchema = z.strictObject({
  /** Called with each diagnostic; default: none. */
  onDiagnostic: DiagnosticSinkOption.optional(),
  /** More attribution verbs, added to `CUE_VERBS` ("quipped"). Default: none. */
  cueVerbs: words.optional(),
  /** More ranks, honorifics and offices, added to `TITLES`. Default: none. */
  titles: words.optional(),
  /** More post-nominal letters, added to `POST_NOMINALS`. Default: none. */
  postNominals: words.optional(),
  /** More role nouns, added to `ROLE_NOUNS` ("warden"). Default: none. */
  roleNouns: words.optional(),
  /** More organisation words, added to `ORGANISATION_WORDS`. Default: none. */
  organisationWords: words.optional(),
  /** More label words that make a quoted phrase a term, added to `LABEL_WORDS`. Default: none. */
  labelWords: words.optional(),
  /**
   * The fewest words a quote needs to be kept when nobody is said to speak it and it does not
   * open its paragraph, nor stand as a whole sentence after a colon (those need 4): shorter ones
   * are scare quotes, terms or titles. Default: 10.
   */
  minUnattributedWords: z.number().int().positive().optional(),
})

/** The options of `extractQuotes`, as a caller writes them. */
export type ExtractQuotesOptions = z.input<typeof ExtractQuotesOptionsSchema>
