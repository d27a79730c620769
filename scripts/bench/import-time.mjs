// The time a fresh process spends on `await import('press-extract')` (the built dist/index.js),
// measured inside the process around the import only. Prints milliseconds. Run with plain `node`.
const start = performance.now()
await import(new URL('../../dist/index.js', import.meta.url).href)
const ms = performance.now() - start
process.stdout.write(`${ms}\n`)
