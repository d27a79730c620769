import * as z from 'zod'
import { NEIGHBOUR_WINDOW } from './dates/date-releases'
import { dateAll, ExtractOptionsSchema, parseReleases } from './extract'
import type { Diagnostic, Release, Span } from './model'
import { type DiagnosticSink, DiagnosticSinkOption, functionOption, parseOptions } from './options'
import { SOURCE_LINE_OPENING, splitReleasesWith } from './releases/split-releases'
import type { PublisherHabit } from './releases/standfirst'
import { ByteDecoder, INPUT_ENCODINGS } from './text/decode-bytes'

/** What `extractStream` reads: text or bytes (see its `encoding`), in chunks; a Node readable stream is one. */
export type StreamInput = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>

/** The options of `extractStream`, validated with zod: those of `extract`, the encoding of bytes and three callbacks. */
export const ExtractStreamOptionsSchema = ExtractOptionsSchema.extend({
  /**
   * How bytes are read (text chunks are taken as they are). `auto`, the default: UTF-16 when the
   * input starts with its byte-order mark or its NULs; otherwise UTF-8, with each byte that is not
   * part of a UTF-8 character read as Windows-1252 (curly quotes from a Windows export), reported
   * by the diagnostic `input/encoding`. `utf-8` puts a replacement character for such bytes.
   */
  encoding: z.enum(INPUT_ENCODINGS).optional(),
  /** Called with diagnostics that belong to the input rather than a release (a preamble, bad UTF-8). */
  onDiagnostic: DiagnosticSinkOption.optional(),
  /** Called with the text before the first release, if any; it is never dropped. */
  onPreamble: functionOption<(preamble: { text: string; span: Span }) => void>().optional(),
  /**
   * Runs instead of the dating stage and the parsers on each run of `neighbourWindow` releases
   * (0-7, 8-15, ... by index) as soon as the run is read; what it returns is yielded. The command
   * line hands each run to a worker thread there, which dates and parses it with `runParsers`.
   * Default: `dateReleases` and `runParsers` in this thread.
   */
  parseRun: functionOption<(run: Release[]) => Iterable<Release>>().optional(),
})
export type ExtractStreamOptions = z.input<typeof ExtractStreamOptionsSchema>

/**
 * Reads a dump piece by piece and yields each release, dated and parsed, as soon as its run of
 * `neighbourWindow` releases is complete (the releases a release may take its year from): memory
 * holds the chunk in hand, the release being read and one run, whatever the size of the input.
 * Offsets and line numbers are those of the whole input, so the output equals `extract`'s.
 *
 * @example
 * for await (const release of extractStream(createReadStream('dump.txt'))) console.log(release.title)
 */
export async function* extractStream(
  input: StreamInput,
  options: ExtractStreamOptions = {},
): AsyncGenerator<Release> {
  const { onDiagnostic, onPreamble, parseRun, encoding, ...settings } = parseOptions(
    ExtractStreamOptionsSchema,
    options,
    'extractStream',
  )
  const window = settings.neighbourWindow ?? NEIGHBOUR_WINDOW
  const decoder = new ByteDecoder(encoding)
  const knownSources = new Set<string>()
  // How each publisher's releases open, learnt from the releases already read (see `splitReleasesWith`).
  const habits = new Map<string, PublisherHabit>()
  let buffer = ''
  let offset = 0 // offset of buffer[0] in the whole input
  let line = 0 // lines before buffer[0]
  let index = 0
  let tried = 0 // buffer length at the last split, so a long release is not re-split on every chunk
  let lastChars = '' // the end of the input read so far, for a Source line cut by a chunk

  // Releases wait here until their run (0-7, 8-15, ... by index) is complete: the dating stage
  // dates a run together, as `extract` does, so the output is the same.
  const waiting: Release[] = []
  const emit = function* (releases: Release[], last = false): Generator<Release> {
    for (const r of releases) waiting.push(shift(r, offset, line, index++))
    while (waiting.length >= window || (last && waiting.length > 0)) {
      const run = waiting.splice(0, window)
      yield* parseRun ? parseRun(run) : parseReleases(dateAll(run, settings), settings)
    }
  }

  for await (const chunk of input as AsyncIterable<string | Uint8Array>) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk)
    buffer += text
    // Split only when a new Source line may have arrived, or the buffer doubled: linear overall.
    // A line, not the word: a dump that lost its line breaks has "Source:" in every chunk. The
    // few characters before the chunk are read with it, for a line break just before it.
    const fresh = SOURCE_AT_LINE_START.test(lastChars + text)
    lastChars = text.length >= TAIL ? text.slice(-TAIL) : (lastChars + text).slice(-TAIL)
    if (!fresh && buffer.length < 2 * tried) continue
    tried = buffer.length
    const split = splitReleasesWith(buffer, { knownSources, habits })
    if (split.releases.length < 2) continue
    if (offset === 0) reportHead(split, onDiagnostic, onPreamble)
    // Every release but the last is complete: the next one has started.
    const done = split.releases.slice(0, -1)
    const keepFrom = split.releases.at(-1)!.span.start
    yield* emit(done)
    line += countLines(buffer, keepFrom)
    offset += keepFrom
    buffer = buffer.slice(keepFrom)
    tried = buffer.length
  }
  buffer += decoder.end()
  const split = splitReleasesWith(buffer, { knownSources, habits })
  if (offset === 0) reportHead(split, onDiagnostic, onPreamble)
  for (const d of decoder.diagnostics()) onDiagnostic?.(d)
  yield* emit(split.releases, true)
}

/** A `Source:` at the start of a line, as the splitter reads one. */
const SOURCE_AT_LINE_START = new RegExp(`(?:^|[\\n\\r])${SOURCE_LINE_OPENING}`)

/** How many characters before a chunk are read with it when looking for a Source line. */
const TAIL = 32

function reportHead(
  split: ReturnType<typeof splitReleasesWith>,
  onDiagnostic: DiagnosticSink | undefined,
  onPreamble: ExtractStreamOptions['onPreamble'],
): void {
  for (const d of split.diagnostics) onDiagnostic?.(d)
  if (split.preamble) onPreamble?.(split.preamble)
}

/** Line breaks in `text` before `end`; `\r\n` counts once. */
function countLines(text: string, end: number): number {
  let n = 0
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++
    return n
  }
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) n++
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++
  }
  return n
}

/** A release read from a piece of the input, moved to its place in the whole input. */
function shift(release: Release, by: number, lines: number, index: number): Release {
  if (by === 0 && lines === 0 && index === release.index) return release
  const span = (s: Span): Span => ({ start: s.start + by, end: s.end + by })
  const maybe = (s: Span | null | undefined) => (s ? span(s) : s)
  const diagnostic = (d: Diagnostic): Diagnostic => ({ ...d, span: d.span ? span(d.span) : null })
  return {
    ...release,
    index,
    titleLine: release.titleLine === null ? null : release.titleLine + lines,
    span: span(release.span),
    titleSpan: maybe(release.titleSpan),
    sourceSpan: maybe(release.sourceSpan),
    standfirstSpan: maybe(release.standfirstSpan),
    embargo: release.embargo ? { ...release.embargo, span: span(release.embargo.span) } : release.embargo,
    label: release.label ? { ...release.label, span: span(release.label.span) } : release.label,
    byline: release.byline ? { ...release.byline, span: span(release.byline.span) } : release.byline,
    dateline: release.dateline
      ? { ...release.dateline, span: span(release.dateline.span) }
      : release.dateline,
    paragraphs: release.paragraphs.map((p) => ({ ...p, span: span(p.span) })),
    notes: release.notes
      ? {
          ...release.notes,
          span: span(release.notes.span),
          paragraphs: release.notes.paragraphs.map((p) => ({ ...p, span: span(p.span) })),
        }
      : release.notes,
    diagnostics: release.diagnostics.map(diagnostic),
  }
}
