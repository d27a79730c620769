import * as z from 'zod'
import { ExtractResult, ReleaseRecord } from './document'

export * from './date-mention'
export * from './date-reference'
export * from './document'
export * from './operation'
export * from './person'
export * from './person-index'
export * from './quote'
export * from './span'
export * from './statistic'

/** The version of the model's shape; it changes when a contract field changes. */
export const MODEL_VERSION = '1.2.0'

/**
 * The model as JSON Schema (draft 2020-12), made by zod from the same schemas the types come from.
 *
 * @param which `release` for one line of the JSON Lines output (a release and its `file`), `document`
 *   for a whole result of `extract`.
 */
export function modelJsonSchema(which: 'release' | 'document' = 'release'): Record<string, unknown> {
  const schema = z.toJSONSchema(which === 'release' ? ReleaseRecord : ExtractResult, { io: 'output' })
  return {
    ...schema,
    title: which === 'release' ? 'press-extract Release' : 'press-extract ExtractResult',
    'x-model-version': MODEL_VERSION,
  }
}
