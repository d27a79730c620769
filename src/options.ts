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
  // Options of strings, numbers and booleans only parse to the same result every time: a caller
  // passing `{ reference: '2024-03-18' }` for each of thousands of releases runs the schema once.
  const key = isPlainObject(value) ? primitiveKey(value) : null
  const known = key === null ? undefined : PARSED.get(schema)?.get(key)
  if (known !== undefined) return { ...known } as z.output<T>
  const result = schema.safeParse(value ?? {})
  if (result.success) {
    if (key !== null) remember(schema, key, result.data as object)
    return result.data
  }
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

/** Options parsed before, by schema and `primitiveKey`; a few per schema. */
const PARSED = new WeakMap<z.ZodType, Map<string, object>>()
const PARSED_PER_SCHEMA = 16

function remember(schema: z.ZodType, key: string, data: object): void {
  // Only a result of plain values is kept: a copy of it then shares nothing with the one given out.
  if (Object.values(data).some((v) => typeof v === 'object' && v !== null)) return
  let known = PARSED.get(schema)
  if (!known) {
    known = new Map()
    PARSED.set(schema, known)
  }
  if (known.size >= PARSED_PER_SCHEMA) known.clear()
  known.set(key, { ...data })
}

/**
 * A key for options whose own values are all strings, numbers, booleans or null (no Date, no
 * function, no object), made of their names and values; null for any other options.
 */
function primitiveKey(value: object): string | null {
  if (Object.getOwnPropertySymbols(value).length > 0) return null
  let key = ''
  for (const name of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[name]
    if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return null
    key += `${JSON.stringify(name)}:${typeof v === 'string' ? JSON.stringify(v) : Object.is(v, -0) ? '-0' : String(v)},`
  }
  return key
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
