#!/usr/bin/env node
import { once } from 'node:events'
import { runCli } from './run'

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
