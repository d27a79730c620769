/**
 * What a release's `Source:` line says about its publisher's country, for the readers whose
 * conventions follow it: what "$" and "pounds" mean, which way round numeric dates are written.
 */
import type { ParserInput } from './blocks'

/** Publishers in the United States, who weigh in pounds: "U.S. Attorney's Office", "Sheriff's Office". */
const US_SOURCES =
  /\bu\.\s?s\.|\bunited states\b|\bfbi\b|\bdea\b|\batf\b|\bcbp\b|\bhsi\b|\busao\b|\bdepartment of justice\b|\battorney|\bsheriff|\bmarshals?\b|\bsecret service\b|\bfederal bureau\b|\bhomeland security\b|\bimmigration and customs\b|\bcustoms and border\b|\bdrug enforcement\b|\bpostal inspection\b|\bcoast guard\b/i

/** Whether a `Source:` line names a publisher in the United States. */
export function isUsPublisher(source: string | null): boolean {
  return source !== null && US_SOURCES.test(source)
}

/** The `Source:` line of a release, or null for a string or a release without one. */
export function sourceOf(input: ParserInput): string | null {
  if (typeof input === 'string' || !('source' in input)) return null
  const source = (input as { source?: unknown }).source
  return typeof source === 'string' ? source : null
}
