import { readdirSync, readFileSync } from 'node:fs'

/** The text of every `.txt` file of the wide corpus kept in the repository, by file name. */
export function wideCorpusTexts(): Array<[name: string, text: string]> {
  const dir = new URL('./fixtures/wide/corpus/', import.meta.url)
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .map((name) => [name, readFileSync(new URL(name, dir), 'utf8')])
}

/** Every dump of the wide corpus and of the sample in `examples/data`, by file name. */
export function corpusTexts(): Array<[name: string, text: string]> {
  const sampleDir = new URL('../examples/data/', import.meta.url)
  return [
    ...wideCorpusTexts(),
    ...readdirSync(sampleDir)
      .filter((n) => n.endsWith('.txt'))
      .map((n): [string, string] => [n, readFileSync(new URL(n, sampleDir), 'utf8')]),
  ]
}

/**
 * Every line cut between words at `width` characters, as a mail client or a text export cuts it:
 * the first line keeps its indent (a bullet's), the lines after it start at the margin. With
 * `breakOnHyphens`, a hyphenated word may be cut after a hyphen between letters, as Python's
 * `textwrap` cuts it by default ("well-" over "known").
 */
export function hardWrap(text: string, width: number, { breakOnHyphens = false } = {}): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line
      const indent = /^[ \t]*/.exec(line)![0]
      const out: string[] = []
      let current = indent
      for (const word of line.slice(indent.length).split(' ')) {
        const chunks = breakOnHyphens ? word.split(/(?<=\p{L}-)(?=\p{L})/u) : [word]
        chunks.forEach((chunk, k) => {
          const space = k === 0 ? ' ' : ''
          if (current.trim() !== '' && current.length + space.length + chunk.length > width) {
            out.push(current)
            current = chunk
          } else current = current.trim() === '' ? current + chunk : `${current}${space}${chunk}`
        })
      }
      out.push(current)
      return out.join('\n')
    })
    .join('\n')
}

/**
 * A release whose body a mail client cut at 74 characters, written for the tests of hard-wrapped
 * text: a name and a quote run over its line breaks ("said Detective Inspector" over "Jane Smith.").
 */
export const WRAPPED_RELEASE = [
  'Drugs seized in raid',
  '',
  'Source: New Zealand Police',
  '',
  'Police have seized methamphetamine worth $2 million in a raid in Auckland',
  'and arrested three men, who will appear in the Auckland District Court on',
  'Monday charged with importing and supplying a Class A controlled drug.',
  '',
  '"This is a significant result for the community," said Detective Inspector',
  'Jane Smith. "We will keep going until every one of those involved is',
  'before the courts."',
  '',
  'Anyone with information can call 105.',
  '',
].join('\n')
