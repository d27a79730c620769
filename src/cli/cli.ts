#!/usr/bin/env node
import { once } from 'node:events'
import { setFlagsFromString } from 'node:v8'
import { runCli } from './run'
import { capYoungGeneration } from './young-generation'

// A streaming run keeps little alive, but V8 lets the heap grow to several times that before it
// collects: a small growth factor holds a 200 MB run under ~250 MB at no measurable cost in speed.
// Set here, in the command line only, never by the library; it applies to the worker threads too.
setFlagsFromString('--heap-growing-percent=50')
// V8 runs each regular expression in its interpreter first and compiles it later; the parsers'
// patterns are few, large and run on every paragraph, so compiling them at once is cheaper: 1 MB
// through the command line in 1.5 s instead of 2.1 s, 10 MB in 5.2 s instead of 6.5 s.
setFlagsFromString('--no-regexp-tier-up')
// V8's optimising compiler spends some 2.5 s of a second core on 10 MB, mostly on inlining; when
// a worker shares the parsing (1 MB and more), that core is the worker's. Without inlining the
// compiler does a third of the work and the warm code is as fast: 10 MB in 3.2 s instead of
// 3.6 s with a worker, the same 4.0 s without one, and 1 MB in 1.04 s instead of 1.12 s.
setFlagsFromString('--no-turbo-inlining')
// This thread's young generation is held at half of V8's limit, the lever on a large run's peak.
capYoungGeneration()

// A closed pipe (`press-extract dump.txt | head`) is a normal way to stop reading, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: () => process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  drain: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => {}) : undefined),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // Only a bug gets here: say so plainly rather than print a stack to a journalist.
    process.stderr.write(
      `press-extract: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
    )
    process.exitCode = 70
  },
)
