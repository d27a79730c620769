import { closeSync, openSync, writeSync } from 'node:fs'
import { parseArgs } from 'node:util'
import pkg from '../../package.json'
import type { ExtractOptions } from '../extract'
import { modelJsonSchema } from '../model'
import { isCalendarDay, PARSER_NAMES, type ParserName } from '../options'
import { INPUT_ENCODINGS, type InputEncoding } from '../text/decode-bytes'
import { CSV_TABLES, type CsvTable, csvHeader } from './csv'
import { FORMATS, type Format } from './format'
import { writePeopleIndex } from './people'
import { processFiles } from './process-files'
import { errorMessage, expandPaths } from './read-input'
import { buildReport } from './view'

/** Where the command writes; a test passes its own. */
export interface CliIo {
  stdout: { write(chunk: string): unknown }
  stderr: { write(chunk: string): unknown; isTTY?: boolean }
  /** Standard input, in chunks. */
  stdin: () => AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>
  stdinIsTTY?: boolean
  /** Resolves when standard output can take more, so a big run holds little in memory. */
  drain?: () => Promise<void> | undefined
}

export const EXIT_OK = 0
export const EXIT_UNREADABLE = 1
export const EXIT_USAGE = 2

export const HELP = `Usage: press-extract [options] [FILES|FOLDERS|-]
       press-extract schema [--document]
       press-extract view [--output report.html] FILES|FOLDERS|-
       press-extract people [--format jsonl|json|csv] FILES|FOLDERS|-

Reads press-release dumps (files, folders searched for *.txt, or - for standard input)
and writes one JSON line per release: its title, source, paragraphs, quotes with speakers,
named operations, dates (TIMEX3) and statistics, each with its span in the file.

Options:
  --format jsonl|json|csv   output format (default: jsonl)
  --table NAME              with --format csv: ${CSV_TABLES.join(', ')} (default: releases)
  --bom                     with --format csv: start with a byte-order mark, so spreadsheets
                            such as Excel read the file as UTF-8
  --only LIST               parsers to run, comma-separated: ${PARSER_NAMES.join(',')}
  --published-on DAY        publication date (YYYY-MM-DD) for relative dates (default: inferred)
  --encoding NAME           how input bytes are read: ${INPUT_ENCODINGS.join(', ')}
                            (default: auto: UTF-16 by its byte-order mark, otherwise UTF-8
                            with any byte that is not UTF-8 read as Windows-1252)
  -o, --output FILE         write to FILE instead of standard output (whole lines only)
  -j, --jobs N              threads that parse: this one and N-1 workers (default: one below
                            1 MB of input; two, each running half the parsers, from 1 MB;
                            one per core from 16 MB)
  -q, --quiet               no warnings or progress on standard error
  --document                with schema: the schema of --format json's whole document
  -h, --help                show this help
  -v, --version             show the version

Commands:
  schema                    print the JSON Schema of one output line (--document: of --format json)
  view                      write one self-contained HTML page with every release and every
                            item found marked in its text (to --output, or standard output)
  people                    one row per person or organisation across all the inputs: name,
                            kind, titles, roles, publishers, quotes, releases, first and last
                            seen; most quoted first (--format jsonl, json or csv)

Exit codes: 0 done; 1 a file could not be read (the others are still processed);
2 bad usage.

Examples:
  press-extract examples/data > releases.jsonl
  press-extract --format csv --table quotes examples/data > quotes.csv
  cat dump.txt | press-extract --only dates --published-on 2024-03-18 -
  press-extract people --format csv examples/data > people.csv
`

/**
 * Runs the command line with its arguments (without `node` and the script) and returns the exit code.
 * Never throws for bad input; a bad argument prints a message and returns 2.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    io.stderr.write(`press-extract: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
    return EXIT_USAGE
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout.write(HELP)
    return EXIT_OK
  }
  if (values.version) {
    io.stdout.write(`${pkg.version}\n`)
    return EXIT_OK
  }
  if (positionals[0] === 'schema') {
    io.stdout.write(`${JSON.stringify(modelJsonSchema(values.document ? 'document' : 'release'), null, 2)}\n`)
    return EXIT_OK
  }

  const usage = (message: string) => {
    io.stderr.write(`press-extract: ${message}\n\nRun \`press-extract --help\` for usage.\n`)
    return EXIT_USAGE
  }
  const format = (values.format ?? 'jsonl') as Format
  if (!FORMATS.includes(format))
    return usage(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`)
  const tableName = (values.table ?? 'releases') as CsvTable
  if (!CSV_TABLES.includes(tableName))
    return usage(`--table must be one of ${CSV_TABLES.join(', ')}, not "${values.table}"`)
  if (values.table && format !== 'csv') return usage('--table goes with --format csv')
  if (values.bom && format !== 'csv') return usage('--bom goes with --format csv')

  const options: ExtractOptions = {}
  if (values.only !== undefined) {
    const names = values.only.split(',').map((s) => s.trim())
    const unknown = names.filter((n) => !(PARSER_NAMES as readonly string[]).includes(n))
    if (unknown.length > 0)
      return usage(`--only takes ${PARSER_NAMES.join(', ')}, not "${unknown.join(', ')}"`)
    options.parsers = names as ParserName[]
  }
  if (values['published-on'] !== undefined) {
    if (!isCalendarDay(values['published-on'])) {
      return usage(`--published-on takes a day that exists, as YYYY-MM-DD, not "${values['published-on']}"`)
    }
    options.publishedOn = values['published-on']
  }

  const encoding = encodingNamed(values.encoding ?? 'auto')
  if (encoding === null)
    return usage(`--encoding must be one of ${INPUT_ENCODINGS.join(', ')}, not "${values.encoding}"`)

  const jobs = values.jobs === undefined ? 'auto' : Number(values.jobs)
  if (jobs !== 'auto' && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) {
    return usage(`--jobs takes a whole number from 1 to 256, not "${values.jobs}"`)
  }

  const view = positionals[0] === 'view'
  if (view) positionals.shift()
  if (view && (values.format || values.table))
    return usage('view writes HTML: --format and --table do not apply')
  const people = !view && positionals[0] === 'people'
  if (people) positionals.shift()
  if (people && values.table) return usage('people writes one table: --table does not apply')

  if (positionals.length === 0 && io.stdinIsTTY !== false) {
    io.stderr.write(`press-extract: no input: give files, folders, or - for standard input\n\n${HELP}`)
    return EXIT_USAGE
  }
  const inputs = positionals.length === 0 ? ['-'] : positionals
  const stdinWanted = inputs.includes('-')
  const { files, errors } = expandPaths(inputs.filter((p) => p !== '-'))

  let output: { write(chunk: string): unknown; close(): void }
  try {
    output = values.output ? fileSink(values.output) : { write: (s) => io.stdout.write(s), close: () => {} }
  } catch (error) {
    return usage(`cannot write --output ${values.output}: ${errorMessage(error)}`)
  }

  let failed = errors.length > 0
  for (const e of errors) io.stderr.write(`press-extract: ${e.path}: ${e.message}\n`)
  const sources = [...(stdinWanted ? ['-'] : []), ...files]
  const fail = (file: string, message: string) => {
    failed = true
    io.stderr.write(`press-extract: ${file}: ${message}\n`)
  }
  if (view) {
    output.write(await buildReport(sources, options, { stdin: io.stdin, fail, encoding }))
    output.close()
    return failed ? EXIT_UNREADABLE : EXIT_OK
  }
  if (people) {
    await writePeopleIndex(sources, {
      // People come from the quotes; dates give the publication dates they were seen on.
      extract: options.parsers ? options : { ...options, parsers: ['quotes', 'dates'] },
      format,
      bom: values.bom === true,
      encoding,
      jobs,
      write: (chunk) => output.write(chunk),
      warn: (file, d) => {
        if (!values.quiet) io.stderr.write(`press-extract: ${file}: warning ${d.ruleId}: ${d.message}\n`)
      },
      fail,
      stdin: io.stdin,
    })
    output.close()
    return failed ? EXIT_UNREADABLE : EXIT_OK
  }
  if (format === 'csv') output.write(`${values.bom ? '\uFEFF' : ''}${csvHeader(tableName)}`)
  const showProgress = !values.quiet && io.stderr.isTTY === true && sources.length > 1
  await processFiles(sources, {
    extract: options,
    output: { format, table: tableName },
    encoding,
    jobs,
    write: (chunk) => output.write(chunk),
    drain: values.output ? undefined : io.drain,
    warn: (file, d) => {
      if (!values.quiet) io.stderr.write(`press-extract: ${file}: warning ${d.ruleId}: ${d.message}\n`)
    },
    fail,
    progress: showProgress ? progressBar(io, sources.length) : undefined,
    stdin: io.stdin,
  })
  output.close()
  if (showProgress) io.stderr.write('\n')
  return failed ? EXIT_UNREADABLE : EXIT_OK
}

/** Options whose value may look like a flag ("--jobs -1"): joined to it, so the value gets our own message. */
const VALUE_OPTIONS = new Set([
  '--jobs',
  '-j',
  '--published-on',
  '--only',
  '--table',
  '--format',
  '--encoding',
])

function parse(argv: readonly string[]) {
  const args: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const next = argv[i + 1]
    if (VALUE_OPTIONS.has(arg) && next !== undefined && /^-\d/.test(next)) {
      args.push(`${arg.startsWith('--') ? arg : '--jobs'}=${next}`)
      i++
    } else args.push(arg)
  }
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      table: { type: 'string' },
      only: { type: 'string' },
      'published-on': { type: 'string' },
      encoding: { type: 'string' },
      output: { type: 'string', short: 'o' },
      jobs: { type: 'string', short: 'j' },
      quiet: { type: 'boolean', short: 'q' },
      bom: { type: 'boolean' },
      document: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
}

/**
 * Writes each chunk with one system call where the system takes it whole, so a killed run leaves
 * whole lines in the file; the rest of a short write (a signal, a full disk) is written after it.
 */
function fileSink(path: string): { write(chunk: string): void; close(): void } {
  const fd = openSync(path, 'w')
  const write = (chunk: string) => {
    const bytes = Buffer.from(chunk)
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done)
  }
  return { write, close: () => closeSync(fd) }
}

/** An encoding by its name, in any case, or by a common other name ("utf8", "cp1252", "latin1"). */
function encodingNamed(name: string): InputEncoding | null {
  const lower = name.trim().toLowerCase()
  const aliases: Record<string, InputEncoding> = {
    utf8: 'utf-8',
    cp1252: 'windows-1252',
    latin1: 'windows-1252',
  }
  return (INPUT_ENCODINGS as readonly string[]).includes(lower)
    ? (lower as InputEncoding)
    : (aliases[lower] ?? null)
}

function progressBar(io: CliIo, total: number): (done: number) => void {
  const width = 30
  return (done) => {
    const filled = Math.round((done / total) * width)
    io.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files`)
  }
}
