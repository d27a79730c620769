import { defineConfig } from 'tsup'

export default defineConfig({
  // The library and the command-line tool: ESM first, with a CommonJS build; declarations for the library.
  entry: { index: 'src/index.ts', cli: 'src/cli/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
})
