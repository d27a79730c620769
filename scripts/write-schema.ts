/**
 * Writes the model's JSON Schema at build time, so the package ships it as
 * `press-extract/schema.json` (one release, the line the CLI writes) and
 * `press-extract/document.schema.json` (a whole result). The files sit at the package's root,
 * where resolvers without `exports` support (TypeScript's node10) look for them too.
 */
import { writeFileSync } from 'node:fs'
import { modelJsonSchema } from '../src/model'

writeFileSync('schema.json', `${JSON.stringify(modelJsonSchema('release'), null, 2)}\n`)
writeFileSync('document.schema.json', `${JSON.stringify(modelJsonSchema('document'), null, 2)}\n`)
