import { wordTable } from './word-table'

/**
 * A half or a quarter written after a whole number in digits: "2½", "3 1/2", "1 3/4". Shared by
 * the statistics and the date readers, so "3 1/2 years" is one length of time to both.
 */

/**
 * The pattern of the part after the whole number (no groups): a vulgar fraction, or a space and
 * 1/2, 1/4, 3/4, or a hyphen and one of them, as US releases write "5-1/4 percent".
 */
export const FRACTION_AFTER_DIGITS = String.raw`(?:[½¼¾]|[ \u00a0-][13]\/[24](?![\d\/]))`

const VALUES: Readonly<Record<string, number>> = wordTable({
  '½': 0.5,
  '¼': 0.25,
  '¾': 0.75,
  '1/2': 0.5,
  '1/4': 0.25,
  '3/4': 0.75,
})

/** The value of a part `FRACTION_AFTER_DIGITS` matched (spaces or a hyphen before it ignored); 0 for anything else. */
export function fractionValue(part: string): number {
  return VALUES[part.trim().replace(/^-/, '')] ?? 0
}
