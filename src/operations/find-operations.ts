import type { Operation, Span } from '../model'
import { parseOptions } from '../options'
import { type ParserInput, type TextBlock, toBlocks } from '../text/blocks'
import { blockSlicer, type Reflowed, reflow } from '../text/reflow'
import { addBareMentions } from './bare-names'
import { linkMentions, settleHeadlines } from './link'
import { type Candidate, type ScanSink, scanBlock } from './scan'
import { type FindOperationsOptions, FindOperationsOptionsSchema, resolveSettings } from './settings'

export {
  OPERATION_FORCE_WORDS,
  OPERATION_LEAD_WORDS,
  OPERATION_PLURAL_PREFIXES,
  OPERATION_PREFIXES,
  OPERATION_STOP_WORDS,
} from './lexicon'
export { type FindOperationsOptions, FindOperationsOptionsSchema, type ListOption } from './settings'

/**
 * Finds named operations ("Operation Hurricane", "Op Cyclone", "OPERATION TARLAC", "Operation
 * ‘Hurricane’"): one entry per operation, named `Operation <Name>`, with every mention in input
 * order. The same operation under several forms ("Operation Alliances", "Op Alliances") is one
 * entry. Roles, units and the common noun ("Head of Operations", "Joint Operations Unit", "the
 * operation") are not operations.
 *
 * Never throws on text; throws an `OptionsError` naming the option when options are invalid.
 *
 * @param input A string (scanned line by line) or a release from `splitReleases`.
 * @param options Prefixes and stop words to extend or replace (see `ListOption`), and more.
 * @returns The operations, in the order they are first mentioned.
 *
 * @example
 * findOperations('It was known as Op Cyclone. Both Op Hurricane and Op Cyclone show the danger.')
 * //=> [
 * //   { name: 'Operation Cyclone', mentions: [
 * //     { text: 'Op Cyclone', span: { start: 16, end: 26 }, rule: 'operations/prefix-name' },
 * //     { text: 'Op Cyclone', span: { start: 50, end: 60 }, rule: 'operations/prefix-name' } ] },
 * //   { name: 'Operation Hurricane', mentions: [
 * //     { text: 'Op Hurricane', span: { start: 33, end: 45 }, rule: 'operations/prefix-name' } ] },
 * // ]
 *
 * @example
 * findOperations('Officers from Project Servator patrolled the station.', { prefixes: ['Project'] })
 * //=> [{ name: 'Project Servator', mentions: [{ text: 'Project Servator', ... }] }]
 */
export function findOperations(input: ParserInput, options: FindOperationsOptions = {}): Operation[] {
  return findOperationsWith(input, parseOptions(FindOperationsOptionsSchema, options, 'findOperations'))
}

/**
 * `findOperations` with options already validated (by `parseOptions` with
 * `FindOperationsOptionsSchema`): it does not check them again, so a pipeline validates once and
 * calls it for every release.
 */
export function findOperationsWith(input: ParserInput, settings: FindOperationsOptions): Operation[] {
  const resolved = resolveSettings(settings)
  const given = toBlocks(input)
  // A hard-wrapped paragraph's names run over its line breaks ("Operation" over "Seahorse"), and a
  // name cut at its hyphen is joined again ("Operation Sea-" over "Horse"), as quotes read them.
  const flowed = reflow(given)
  const blocks = flowed.blocks
  const candidates: Candidate[] = []
  const toInput = (span: Span | null): Span | null =>
    span && flowed.moved
      ? { start: flowed.toInput(span.start, false), end: flowed.toInput(span.end, true) }
      : span
  const sink: ScanSink = {
    candidate: (c) => candidates.push(c),
    diagnostic: (ruleId, message, span) => resolved.onDiagnostic?.({ ruleId, message, span: toInput(span) }),
  }
  for (const block of blocks) scanBlock(block, resolved, sink)
  if (candidates.length === 0) return []
  const operations = linkMentions(settleHeadlines(candidates, sink))
  if (resolved.bareNames) addBareMentions(blocks, operations)
  if (blocks !== given) mentionsToInput(operations, given, flowed)
  return operations
}

/** The mentions read in reflowed blocks, with the input's offsets and text (its line breaks again). */
function mentionsToInput(operations: Operation[], given: readonly TextBlock[], flowed: Reflowed): void {
  const slice = blockSlicer(given)
  for (const op of operations) {
    for (const m of op.mentions) {
      if (flowed.moved)
        m.span = { start: flowed.toInput(m.span.start, false), end: flowed.toInput(m.span.end, true) }
      m.text = slice(m.span) ?? m.text
    }
  }
}
