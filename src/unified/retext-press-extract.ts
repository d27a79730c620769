import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { type ExtractOptions, ExtractOptionsSchema, extract } from '../extract'
import { parseOptions } from '../options'
import { createReporter } from './messages'

/**
 * Configuration of `retextPressExtract`: the options of `extract`, each with the same default.
 *
 * - `publishedOn`: the day relative dates resolve against; default: inferred per release.
 * - `parsers`: the parsers to run; default: all of them.
 * - `quotes`, `operations`, `dates`, `statistics`: each parser's own options; default: none.
 */
export type RetextPressExtractOptions = ExtractOptions

/** What a press-extract plugin returns: a transformer that reads the file, not the tree. */
export type PressExtractTransformer = (tree: Node, file: VFile) => undefined

const emptyOptions: Readonly<RetextPressExtractOptions> = {}

/**
 * A unified plugin that runs the whole pipeline (`extract`) on the file's text.
 *
 * It stores the result on `file.data.pressExtract` and its releases on `file.data.releases`, and
 * reports every diagnostic, of the file and of each release, as a vfile message with its place
 * (line, column, offset), its `ruleId` and the source `press-extract`; none is fatal. It reads
 * `String(file)`, not the tree, so it works after `retext-english` or any other parser, and the
 * spans in the results stay offsets into the file's text. The plugin needs no tree: without a
 * parser, `unified().use(pressExtract).run({ type: 'root' }, file)` gives the same result and
 * skips the cost of parsing the whole file into sentences and words.
 *
 * Throws an `OptionsError` naming the option when options are invalid; never throws on text.
 *
 * @param options The options of `extract` (optional).
 * @returns The transformer.
 *
 * @example
 * const processor = unified().use(retextEnglish).use(retextPressExtract)
 * const file = new VFile(readFileSync('examples/data/000_553ed2df297268c8.txt', 'utf8'))
 * await processor.run(processor.parse(file), file)
 * file.data.releases?.[0]?.quotes[0]?.speaker?.name
 * //=> 'Chris Haward'
 * file.messages.map(String)
 * //=> ['329:84-329:360: Unexpected end of paragraph inside a quote, expected a closing mark; kept up to there.']
 */
export function retextPressExtract(
  options?: Readonly<RetextPressExtractOptions> | null,
): PressExtractTransformer {
  // Validated once here, so a bad option fails where the plugin is used, not on the first file.
  const settings = parseOptions(
    ExtractOptionsSchema,
    options ?? emptyOptions,
    'retextPressExtract',
  ) as RetextPressExtractOptions

  return (_tree, file) => {
    const value = String(file)
    const result = extract(value, settings)
    file.data.pressExtract = result
    file.data.releases = result.releases
    const report = createReporter(file, value)
    // A file-level diagnostic without a span is about the whole input, so it is placed over it.
    const whole = { start: 0, end: value.length }
    for (const diagnostic of result.diagnostics) report(diagnostic, whole)
    for (const release of result.releases) {
      for (const diagnostic of release.diagnostics) report(diagnostic, release.span)
    }
    return undefined
  }
}

/** The same plugin under the name used in `unified().use(pressExtract)`. */
export const pressExtract = retextPressExtract
