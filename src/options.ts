import { isValid } from 'date-fns/isValid'
import { parseISO } from 'date-fns/parseISO'
import * as z from 'zod'
import type { Diagnostic } from './model'

/** The parsers `extract` can run; all of them by default. */
export const PARSER_NAMES = ['quotes', 'operations', 'dates', 'statistics'] as const
export type ParserName = (typeof PARSER_NAMES)[number]

/** Called with each diagnostic a parser raises; parsers never throw on odd text. */
export type DiagnosticSink = (diagnostic: Diagnostic) => void

/** The release facts a `publishedOn` function is given. */
export interface ReleaseHeader {
  title: string | null
  source: string | null
  index: number
}

export type PublishedOnOption = string | Date | ((release: ReleaseHeader) => string | Date | undefined | null)

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** Days already checked: a reference day is validated on every parser call, and parsing it is not free. */
const checkedDays = new Map<string, boolean>()
const CHECKED_DAYS_LIMIT = 1024

/** Whether a string is a day that exists, as `YYYY-MM-DD`: not `2024-13-45`, not `2023-02-29`. */
export function isCalendarDay(value: string): boolean {
  let known = checkedDays.get(value)
  if (known === undefined) {
    known = ISO_DAY.test(value) && isValid(parseISO(value))
    if (checkedDays.size >= CHECKED_DAYS_LIMIT) checkedDays.clear()
    checkedDays.set(value, known)
  }
  return known
}

/** An option that is a function (a callback), checked to be one. */
export const functionOption = <T extends (...args: never[]) => unknown>() =>
  z.custom<T>((v) => typeof v === 'function', 'expected a function')

/** The `onDiagnostic` option every parser takes. */
export const DiagnosticSinkOption = functionOption<DiagnosticSink>()

/** A calendar day as `YYYY-MM-DD`, or a valid `Date` (its UTC day is used). */
export const DayOption = z.union([
  z.string().refine(isCalendarDay, 'expected a day that exists, as YYYY-MM-DD'),
  z.date().refine((d) => !Number.isNaN(d.getTime()), 'expected a valid Date'),
])

/** Thrown for invalid options, the one mistake that throws: the message names the option and what is allowed. */
export class OptionsError extends TypeError {
  override name = 'OptionsError'
}

/**
 * Validates options against a schema and returns them, or throws an `OptionsError` whose message
 * names each bad option and what it allows (zod's issues, made readable).
 */
export function parseOptions<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  // No options, the most common call, need no schema run (every options schema accepts nothing).
  if (value === undefined || (isPlainObject(value) && isEmpty(value))) return {} as z.output<T>
  const result = schema.safeParse(value ?? {})
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(options)'
    return `\`${path}\`: ${issue.message}`
  })
  throw new OptionsError(`Invalid ${where} options:\n  ${lines.join('\n  ')}`)
}

/** The day a `publishedOn` value names, as `YYYY-MM-DD`, or null when it names none. */
export function toDay(value: string | Date | null | undefined): string | null {
  if (value == null) return null
  if (typeof value === 'string') return isCalendarDay(value) ? value : null
  return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function isEmpty(value: object): boolean {
  for (const _ in value) return false
  return Object.getOwnPropertySymbols(value).length === 0
}
