import { readdirSync, readFileSync } from 'node:fs'

/** The text of every `.txt` file of the wide corpus kept in the repository, by file name. */
export function wideCorpusTexts(): Array<[name: string, text: string]> {
  const dir = new URL('./fixtures/wide/corpus/', import.meta.url)
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .map((name) => [name, readFileSync(new URL(name, dir), 'utf8')])
}
