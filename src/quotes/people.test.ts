import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wideCorpusTexts } from '../../test/fixture-texts'
import { lexiconWith } from './patterns'
import { nextPerson } from './people'

const lexicon = lexiconWith({})

/** Every match of the global pattern from `from`, as `nextPerson` must find them. */
function scanned(text: string): Array<[number, string]> {
  const re = new RegExp(lexicon.person.source, lexicon.person.flags)
  const out: Array<[number, string]> = []
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([m.index, m[0]])
    if (m[0].length === 0) re.lastIndex++
  }
  return out
}

function stepped(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = []
  let from = 0
  for (let m = nextPerson(lexicon, text, from); m !== null; m = nextPerson(lexicon, text, from)) {
    out.push([m.index, m[0]])
    from = m.index + Math.max(1, m[0].length)
  }
  return out
}

describe('nextPerson', () => {
  it('finds what the global pattern finds, in capitals, after apostrophes, hyphens and quotes', () => {
    const pieces = fc.constantFrom(
      'Chief Constable ',
      'Chris Haward',
      'NPCC ',
      'O’Brien',
      "O'Neill",
      'Newman-West',
      'McDonald',
      'Seán Ó Súilleabháin',
      'Éamon ',
      'Det Insp ',
      'J. ',
      'said ',
      ', ',
      '. ',
      '“',
      '”',
      '’',
      "'",
      '-',
      '—',
      'x',
      'Ab',
      'A',
      ' ',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(stepped(text)).toEqual(scanned(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('finds what the global pattern finds in every file of the wide corpus', () => {
    for (const [name, text] of wideCorpusTexts()) expect([name, stepped(text)]).toEqual([name, scanned(text)])
  })
})
