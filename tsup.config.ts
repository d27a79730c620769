import { defineConfig, type Options } from 'tsup'

/** What every entry shares. */
const shared: Options = {
  // zod and date-fns are bundled, only what is used of them: loading their many modules one by
  // one was most of the library's start-up (168 ms to import it before, 128 ms after, on Node 20).
  // The declarations still import zod's types, so zod stays a peer dependency for TypeScript users.
  // The sources import zod as a namespace (`import * as z from 'zod'`): `import { z }` makes the
  // bundler keep all of zod, every locale's messages included (454 KB of the 686 KB bundle).
  // entities (HTML's character references) is bundled too: loaded as a package it added 40 million
  // machine instructions to the import, most of them finding and reading its modules.
  noExternal: ['zod', 'date-fns', 'entities'],
  // Minified (with source maps beside it): V8 parses the whole file at import, and a third less
  // text takes about 10% less time to load (146 ms to 132 ms for the library on Node 20).
  minify: true,
  sourcemap: true,
  target: 'node20',
  // `npm run build --silent` (as the quickstart runs it) asks for no build log; npm passes that on.
  silent: process.env.npm_config_loglevel === 'silent',
}

export default defineConfig([
  // The library: ESM first, with a CommonJS build and declarations for both.
  { ...shared, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: true },
  // The matchers extend the user's own vitest, never a copy of it; vitest is ESM only, so they are too.
  { ...shared, entry: { testing: 'src/testing/index.ts' }, format: ['esm'], external: ['vitest'], dts: true },
  // The command line and its worker thread: ESM only (the worker is found next to the CLI by URL).
  { ...shared, entry: { cli: 'src/cli/cli.ts', worker: 'src/cli/worker.ts' }, format: ['esm'] },
])
