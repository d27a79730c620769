import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface GoldSpan {
  start: number
  end: number
}
export interface GoldQuote {
  text: string
  speaker: string | null
  title: string | null
  role: string | null
  cue: string | null
}
export interface GoldDate {
  text: string
  type: string
  value: string
  mod?: string | null
  span: GoldSpan
}
export interface GoldStatistic {
  text: string
  value: number
  unit: string
  qualifier: string
  measure: string | null
  change: string | null
  span: GoldSpan
}
export interface GoldRelease {
  title: string | null
  titleLine: number | null
  source: string | null
  standfirst: string | null
  bodyStart: string
  bodyEnd: string
  publishedOn: string | null
  quotes: GoldQuote[]
  operations: Array<{ name: string; mentions: string[] }>
  dates: GoldDate[]
  statistics: GoldStatistic[]
}
export interface GoldFile {
  file: string
  releases: GoldRelease[]
}

/** Reads every `<corpus file>.gold.json` in `goldDir` with the corpus text it annotates. */
export function readGold(corpusDir: string, goldDir: string): Array<{ gold: GoldFile; text: string }> {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile
      return { gold, text: readFileSync(join(corpusDir, gold.file), 'utf8') }
    })
}
