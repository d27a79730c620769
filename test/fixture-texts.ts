import { readdirSync, readFileSync } from 'node:fs'

/** The text of every `.txt` file of the wide corpus kept in the repository, by file name. */
export function wideCorpusTexts(): Array<[name: string, text: string]> {
  const dir = new URL('./fixtures/wide/corpus/', import.meta.url)
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .map((name) => [name, readFileSync(new URL(name, dir), 'utf8')])
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
