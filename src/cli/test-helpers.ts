import { runCli } from './run'

/** The sample corpus, as the command line's tests read it. */
export const DATA = new URL('../../examples/data/', import.meta.url).pathname

/**
 * Runs the command line in this process with `stdin` as its standard input, and returns its exit
 * code and what it wrote. One job unless a test asks for more: worker threads cost a start-up
 * each test does not need.
 */
export async function runCapturing(
  argv: string[],
  stdin = '',
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(argv.includes('--jobs') ? argv : ['--jobs', '1', ...argv], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin: () => [new TextEncoder().encode(stdin)],
    stdinIsTTY: false,
  })
  return { code, out, err }
}
