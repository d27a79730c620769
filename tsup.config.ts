import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The library: ESM first, with a CommonJS build and declarations for both.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    // The command-line tool: ESM only, with its shebang kept by esbuild.
    entry: { cli: 'src/cli/cli.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
  },
])
