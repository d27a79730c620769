import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The library: ESM first, with a CommonJS build and declarations for both.
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    // The matchers extend the user's own vitest, never a copy of it.
    external: ['vitest'],
    dts: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    // The command line and its worker thread: ESM only (the worker is found next to the CLI by URL).
    entry: { cli: 'src/cli/cli.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
])
