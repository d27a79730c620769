import * as z from 'zod'

/*
 * The schemas of the statistic options' entries. Each is the one declaration of its type: the
 * type is inferred from it, so the documentation on each key is the type's.
 */

/** A unit of measure written after the number: "60KG", "10,000 miles", "29 per cent". */
export const UnitWordsSchema = z
  .strictObject({
    /** The phrase, one entry a token: "per cent" is `['per', 'cent']`, "%" is `['%']`. */
    words: z.array(z.string().min(1)).min(1).readonly(),
    /** The unit as the model names it: `percent`, `kg`, `mile`, ... */
    unit: z.string().min(1),
    /** Only when written in lower case straight after the digits ("5m", not "5 m" or "5G"): one letter is too ambiguous. */
    attachedOnly: z.boolean().optional(),
    /** Written with a capital ("Fahrenheit"); other capitalised units are names ("2016 Stone"). */
    properName: z.boolean().optional(),
    /** A one-letter unit read only as a capital glued to the digits: "10W" is ten watts, "10w" is not. */
    capitalOnly: z.boolean().optional(),
  })
  .readonly()

/** A unit of measure written after the number: "60KG", "10,000 miles", "29 per cent". */
export type UnitWords = z.infer<typeof UnitWordsSchema>

/** A publisher's `$`, by a word of its `Source:` line. */
export const SourceCurrencySchema = z
  .strictObject({
    /** Matched against the `Source:` line; a string matches as a case-insensitive substring. */
    source: z.union([z.string().min(1), z.instanceof(RegExp)]),
    /** The ISO 4217 code `$` stands for in that publisher's releases. */
    code: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD or CAD'),
  })
  .readonly()

/** A publisher's `$`, by a word of its `Source:` line. */
export type SourceCurrency = z.infer<typeof SourceCurrencySchema>
