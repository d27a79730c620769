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
 * the first line keeps its indent (a bullet's), the lines after it start at the margin.
 */
export function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line
      const indent = /^[ \t]*/.exec(line)![0]
      const out: string[] = []
      let current = indent
      for (const word of line.slice(indent.length).split(' ')) {
        if (current.trim() !== '' && current.length + 1 + word.length > width) {
          out.push(current)
          current = word
        } else current = current.trim() === '' ? current + word : `${current} ${word}`
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
