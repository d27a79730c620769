import { IRREGULAR_PARTICIPLES } from './measure-lexicon'

/** Whether a word is a past participle: "recovered", "stolen". */
export function isParticiple(word: string): boolean {
  return (word.length > 4 && word.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(word)
}
