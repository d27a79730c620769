/**
 * Writes the model's JSON Schema into dist/ at build time, so the package ships it as
 * `press-extract/schema.json` (one release, the line the CLI writes) and
 * `press-extract/document.schema.json` (a whole result).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { modelJsonSchema } from '../src/model'

mkdirSync('dist', { recursive: true })
writeFileSync('dist/schema.json', `${JSON.stringify(modelJsonSchema('release'), null, 2)}\n`)
writeFileSync('dist/document.schema.json', `${JSON.stringify(modelJsonSchema('document'), null, 2)}\n`)
