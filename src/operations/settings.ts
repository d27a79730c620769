import * as z from 'zod'
import { type DiagnosticSink, DiagnosticSinkOption } from '../options'
import { alternation } from '../text/patterns'
import {
  OPERATION_LEAD_WORDS,
  OPERATION_PLURAL_PREFIXES,
  OPERATION_PREFIXES,
  OPERATION_STOP_WORDS,
} from './lexicon'

const PREFIX = z.string().regex(/^[\p{L}][\p{L}\p{M}.]{0,30}(?: [\p{L}][\p{L}\p{M}.]{0,30}){0,3}$/u, {
  error: 'expected a prefix: letters (a final "." allowed), single spaces between words',
})
const WORD = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]{0,39}$/u, { error: 'expected one word' })

function listOption(item: z.ZodString) {
  const list = z.array(item).readonly()
  return z.union(
    [
      list,
      z.strictObject({
        /** Used instead of the default list. */
        replace: list.optional(),
        /** Added to the list. */
        extend: list.optional(),
        /** Taken out of the list. */
        remove: list.optional(),
      }),
    ],
    { error: 'expected an array of strings, or { replace?, extend?, remove? } arrays of strings' },
  )
}

/**
 * A list option: an array is added to the default list; an object can also replace the default
 * list or remove entries from it. The result is `(replace ?? default) + extend - remove`.
 *
 * @example
 * { prefixes: ['Project'] }                         // the default prefixes and "Project"
 * { prefixes: { replace: ['Project', 'PROJECT'] } } // only these
 * { stopWords: { remove: ['Support'] } }            // the default stop list without "Support"
 */
export type ListOption = z.input<ReturnType<typeof listOption>>

/** The options of `findOperations`, validated with zod. */
export const FindOperationsOptionsSchema = z.strictObject({
  /**
   * Prefixes that introduce a named operation, matched exactly as written (list each case form).
   * Default: `OPERATION_PREFIXES`. A prefix that abbreviates "Operation" (Op, Op., Opn) gives a
   * canonical `Operation <Name>`; any other prefix is kept as the canonical word ("Project
   * Servator").
   */
  prefixes: listOption(PREFIX).optional(),
  /** Plural prefixes that introduce a list ("Operations Sceptre and Venetic"). Default: `OPERATION_PLURAL_PREFIXES`. */
  pluralPrefixes: listOption(PREFIX).optional(),
  /** Words that are never (part of) a name, compared without regard to case. Default: `OPERATION_STOP_WORDS`. */
  stopWords: listOption(WORD).optional(),
  /**
   * Also report the bare name ("Tarlac") where it stands alone after the operation has been
   * named with its prefix in the same input. Default: false (only prefixed mentions).
   */
  bareNames: z.boolean().optional(),
  /** Called with each diagnostic; default: none. */
  onDiagnostic: DiagnosticSinkOption.optional(),
})

/** The options of `findOperations` (see `FindOperationsOptionsSchema`). */
export type FindOperationsOptions = z.input<typeof FindOperationsOptionsSchema>

/** Options resolved once: the lists applied and the patterns built. */
export interface OperationSettings {
  /** Finds a prefix (group 1: plural, group 2: singular) followed by the start of a name. */
  readonly prefixPattern: RegExp
  /** Lower-cased stop words. */
  readonly stopWords: ReadonlySet<string>
  /** The prefixes as words, so a later word that is one ends a name ("Operation Sceptre Operations Team"). */
  readonly prefixWords: ReadonlySet<string>
  /** Lower-cased lead words (see `OPERATION_LEAD_WORDS`). */
  readonly leadWords: ReadonlySet<string>
  readonly bareNames: boolean
  readonly onDiagnostic: DiagnosticSink | undefined
}

type Lists = Pick<OperationSettings, 'prefixPattern' | 'stopWords' | 'prefixWords' | 'leadWords'>

/** The lists of the defaults, built on first use rather than at import (their pattern holds property classes). */
let defaultLists: Lists | null = null
/** Built lists by their options, so `extract` does not rebuild the pattern for every release. */
const cache = new Map<string, Lists>()
const CACHE_LIMIT = 32

/** Resolves options already validated (see `parseOptions`): the lists applied, the patterns built. */
export function resolveSettings(o: FindOperationsOptions): OperationSettings {
  defaultLists ??= buildLists(OPERATION_PREFIXES, OPERATION_PLURAL_PREFIXES, OPERATION_STOP_WORDS)
  let lists = defaultLists
  if (o.prefixes || o.pluralPrefixes || o.stopWords) {
    const key = JSON.stringify([o.prefixes, o.pluralPrefixes, o.stopWords])
    const cached = cache.get(key)
    if (cached) lists = cached
    else {
      lists = buildLists(
        applyList(OPERATION_PREFIXES, o.prefixes),
        applyList(OPERATION_PLURAL_PREFIXES, o.pluralPrefixes),
        applyList(OPERATION_STOP_WORDS, o.stopWords),
      )
      if (cache.size >= CACHE_LIMIT) cache.clear()
      cache.set(key, lists)
    }
  }
  return { ...lists, bareNames: o.bareNames ?? false, onDiagnostic: o.onDiagnostic }
}

/**
 * Applies a list option to a default list: `(replace ?? defaults) + extend - remove`.
 *
 * @example
 * applyList(['Op', 'Operation'], { extend: ['Project'], remove: ['Op'] })
 * //=> ['Operation', 'Project']
 */
export function applyList(defaults: readonly string[], option: ListOption | undefined): string[] {
  if (!option) return [...defaults]
  if (isArray(option)) return unique([...defaults, ...option])
  const removed = new Set(option.remove ?? [])
  return unique([...(option.replace ?? defaults), ...(option.extend ?? [])]).filter((w) => !removed.has(w))
}

function isArray(option: ListOption): option is readonly string[] {
  return Array.isArray(option)
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)]
}

function buildLists(
  prefixes: readonly string[],
  plurals: readonly string[],
  stopWords: readonly string[],
): Lists {
  return {
    prefixPattern: buildPrefixPattern(prefixes, plurals),
    stopWords: new Set(stopWords.map((w) => w.toLowerCase())),
    prefixWords: new Set(
      [...prefixes, ...plurals].filter((p) => !p.includes(' ')).map((p) => p.replace(/\.$/, '')),
    ),
    leadWords: new Set(OPERATION_LEAD_WORDS),
  }
}

/**
 * One pattern for every prefix, longest first so "Op." wins over "Op". The prefix must start a
 * word ("Co-Op Bank" is no prefix) and be followed by a space and the start of a name: a capital
 * or an opening quotation mark. An empty list gives a pattern that never matches.
 */
function buildPrefixPattern(prefixes: readonly string[], plurals: readonly string[]): RegExp {
  const space = '[ \\u00A0]'
  return new RegExp(
    // A line break of hard-wrapped text may stand after the prefix ("… in Operation" over "Protected …").
    `(?<![\\p{L}\\p{N}\\p{M}_\\-])(?:(${alternation(plurals, space)})|(${alternation(prefixes, space)}))(?:${space}{1,2}|\\r?\\n)(?=[\\p{Lu}'"‘“«])`,
    'gu',
  )
}
