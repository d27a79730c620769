import { describe, expect, it } from 'vitest'
import type { TextBlock } from './blocks'
import { reflow, tidyBreaks } from './reflow'

const block = (text: string, start = 100): TextBlock => ({ text, start, kind: 'text' })

describe('reflow', () => {
  it('reads a line break as a space, keeping every offset', () => {
    const flowed = reflow([block('said Detective Inspector\nJane Smith.')])
    expect(flowed.blocks[0]?.text).toBe('said Detective Inspector Jane Smith.')
    expect(flowed.moved).toBe(false)
    expect(flowed.toInput(130, false)).toBe(130)
  })

  it('joins a word cut at its hyphen, and maps offsets after the cut back to the input', () => {
    const input = 'said Sarah Newman-\nWest, head of Counter-\r\nTerrorism Policing.'
    const flowed = reflow([block('Earlier text.', 0), block(input, 50)])
    expect(flowed.blocks[1]?.text).toBe('said Sarah Newman-West, head of Counter-Terrorism Policing.')
    expect(flowed.moved).toBe(true)
    const text = flowed.blocks[1]!.text
    const at = (word: string) => 50 + text.indexOf(word)
    // "West" starts one character later in the input; "Terrorism" three later.
    expect(flowed.toInput(at('West'), false)).toBe(50 + input.indexOf('West'))
    expect(flowed.toInput(at('Terrorism'), false)).toBe(50 + input.indexOf('Terrorism'))
    // A span that ends at the cut ends before the line break; one past it ends after.
    const name = { start: at('Sarah'), end: at('West') + 4 }
    expect(input.slice(flowed.toInput(name.start, false) - 50, flowed.toInput(name.end, true) - 50)).toBe(
      'Sarah Newman-\nWest',
    )
    expect(flowed.toInput(at('West'), true)).toBe(50 + input.indexOf('Newman-') + 7)
    // Offsets in a block without a cut, and before the first cut, stay.
    expect(flowed.toInput(5, false)).toBe(5)
    expect(flowed.toInput(at('Sarah'), false)).toBe(at('Sarah'))
  })

  it('leaves a hyphen after a space or a figure, or before no letter, as a space', () => {
    for (const input of [
      'checked crowds pre -\nand post-match',
      'in the 2023-\n24 season',
      'the Smith-\n(Jones) family',
    ]) {
      const flowed = reflow([block(input)])
      expect(flowed.blocks[0]?.text).toBe(input.replace('\n', ' '))
      expect(flowed.moved).toBe(false)
    }
  })

  it('reads a Windows line break as one space, and maps offsets after it back to the input', () => {
    const input = 'said Sandra J. Stewart, United\r\nStates Attorney for the Middle\r\nDistrict.'
    const flowed = reflow([block(input, 10)])
    const text = flowed.blocks[0]!.text
    expect(text).toBe('said Sandra J. Stewart, United States Attorney for the Middle District.')
    expect(flowed.moved).toBe(true)
    const at = (word: string) => 10 + text.indexOf(word)
    expect(flowed.toInput(at('States'), false)).toBe(10 + input.indexOf('States'))
    expect(flowed.toInput(at('District'), false)).toBe(10 + input.indexOf('District'))
    // A span over the break reads the input's text, its line break and all.
    const office = { start: at('United'), end: at('Attorney') + 'Attorney'.length }
    expect(input.slice(flowed.toInput(office.start, false) - 10, flowed.toInput(office.end, true) - 10)).toBe(
      'United\r\nStates Attorney',
    )
    // A carriage return alone, as old Mac files end their lines, is a space as before.
    expect(reflow([block('United\rStates')]).blocks[0]?.text).toBe('United States')
  })

  it('reads the spaces around a line break, an indent and a line end, as one space', () => {
    const input = 'said Port Director Carlos  \n  Rodriguez, of the\t\n\tPort of Entry.'
    const flowed = reflow([block(input, 0)])
    const text = flowed.blocks[0]!.text
    expect(text).toBe('said Port Director Carlos Rodriguez, of the Port of Entry.')
    expect(flowed.toInput(text.indexOf('Rodriguez'), false)).toBe(input.indexOf('Rodriguez'))
    expect(flowed.toInput(text.indexOf('Port of'), false)).toBe(input.indexOf('Port of'))
    // Spaces inside a line stay as written.
    expect(reflow([block('two  spaces\nhere')]).blocks[0]?.text).toBe('two  spaces here')
  })

  it('takes invisible characters out, and maps offsets after them back to the input', () => {
    const input = 'said T/\u200bDeputy Chief Con\u00adstable Jane Doe.'
    const flowed = reflow([block(input, 0)])
    const text = flowed.blocks[0]!.text
    expect(text).toBe('said T/Deputy Chief Constable Jane Doe.')
    const at = text.indexOf('Jane')
    expect(input.slice(flowed.toInput(at, false), flowed.toInput(at + 8, true))).toBe('Jane Doe')
  })

  it('reads a letter and its combining marks as the letter composed, and maps offsets back', () => {
    // "José Pérez" in Unicode's decomposed form (NFD), as some exports write it.
    const input = 'said Jose\u0301 Pe\u0301rez, head of unit.'
    const flowed = reflow([block(input, 50)])
    const text = flowed.blocks[0]!.text
    expect(text).toBe('said José Pérez, head of unit.')
    expect(flowed.moved).toBe(true)
    // A span that ends after a composed letter ends after its marks; one that starts after it
    // starts after them.
    const name = { start: 50 + text.indexOf('José'), end: 50 + text.indexOf(',') }
    expect(input.slice(flowed.toInput(name.start, false) - 50, flowed.toInput(name.end, true) - 50)).toBe(
      'Jose\u0301 Pe\u0301rez',
    )
    const first = { start: name.start, end: name.start + 'José'.length }
    expect(input.slice(flowed.toInput(first.start, false) - 50, flowed.toInput(first.end, true) - 50)).toBe(
      'Jose\u0301',
    )
    expect(flowed.toInput(50 + text.indexOf('rez'), false)).toBe(50 + input.indexOf('rez'))
  })

  it('joins a word cut at its hyphen after a letter with a combining mark', () => {
    const flowed = reflow([block('said Ana Garci\u0301a-\nLópez.')])
    expect(flowed.blocks[0]?.text).toBe('said Ana García-López.')
  })

  it('leaves a mark that composes with no letter as written', () => {
    // A vowel sign of Devanagari, and a Latin letter with a mark no composed letter has.
    for (const input of ['said किरण', 'said q\u0301 here']) {
      const flowed = reflow([block(input)])
      expect(flowed.blocks[0]?.text).toBe(input)
      expect(flowed.moved).toBe(false)
    }
  })

  it('reads a no-break space as a space, keeping every offset', () => {
    const input = 'said Commissioner\u00a0for Migration, Home\u202fAffairs Dimitris\u00a0Avramopoulos'
    const flowed = reflow([block(input)])
    expect(flowed.blocks[0]?.text).toBe(input.replace(/[\u00a0\u202f]/g, ' '))
    expect(flowed.moved).toBe(false)
    // A window of a paragraph that lost its line breaks is not copied for its no-break spaces,
    // so a giant release holds no second copy of itself; a line break in it is still a space.
    const window = block(`said Commissioner\u00a0for Migration. ${'Word '.repeat(4000)}`)
    expect(reflow([window]).blocks[0]).toBe(window)
    const broken = block(`said Commissioner\u00a0for\nMigration. ${'Word '.repeat(4000)}`)
    expect(reflow([broken]).blocks[0]?.text.slice(0, 33)).toBe('said Commissioner\u00a0for Migration. ')
    // Decided by the length as given, not after the cuts: a window just over the bound keeps its
    // no-break spaces though its indents are taken out.
    const opening = 'said Commissioner\u00a0for Migration.\n     '
    const edge = block(`${opening}${'x'.repeat(16_385 - opening.length)}`)
    expect(edge.text.length).toBe(16_385)
    expect(reflow([edge]).blocks[0]?.text.slice(0, 33)).toBe('said Commissioner\u00a0for Migration. ')
  })
})

describe('tidyBreaks', () => {
  it('takes invisible characters out (a zero-width space, a soft hyphen, a word joiner) and maps offsets back', () => {
    const input = 'open 24/\u200b7 at www.example.org/\u200bnews/\u200b2024 and Com\u00admissioner\u2060s'
    const tidied = tidyBreaks([block(input, 5)])
    expect(tidied.moved).toBe(true)
    const text = tidied.blocks[0]!.text
    expect(text).toBe('open 24/7 at www.example.org/news/2024 and Commissioners')
    const back = (word: string) =>
      input.slice(
        tidied.toInput(5 + text.indexOf(word), false) - 5,
        tidied.toInput(5 + text.indexOf(word) + word.length, true) - 5,
      )
    expect(back('24/7')).toBe('24/\u200b7')
    expect(back('2024')).toBe('2024')
    expect(back('Commissioners')).toBe('Com\u00admissioner\u2060s')
    // Joiners that shape a script or an emoji (U+200C, U+200D) are kept.
    expect(tidyBreaks([block('a\u200cb \u{1f469}\u200d\u{1f52c}')]).moved).toBe(false)
  })

  it('takes the spaces around a line break out, keeps the break, and maps offsets back', () => {
    const input = 'for the rest of the  \r\n  week, and the\r\n\tnext four years'
    const tidied = tidyBreaks([block(input, 10)])
    const text = tidied.blocks[0]!.text
    expect(text).toBe('for the rest of the\nweek, and the\nnext four years')
    const at = (word: string) => 10 + text.indexOf(word)
    expect(tidied.toInput(at('week'), false)).toBe(10 + input.indexOf('week'))
    expect(tidied.toInput(at('next'), false)).toBe(10 + input.indexOf('next'))
    const span = { start: at('the rest'), end: at('week') + 4 }
    expect(input.slice(tidied.toInput(span.start, false) - 10, tidied.toInput(span.end, true) - 10)).toBe(
      'the rest of the  \r\n  week',
    )
    // A block whose breaks have nothing beside them is as written.
    const plain = tidyBreaks([block('the rest of the\nweek')])
    expect(plain.blocks[0]?.text).toBe('the rest of the\nweek')
    expect(plain.moved).toBe(false)
  })

  it('reads a character reference as its character, and maps spans of it back to the whole reference', () => {
    const input = 'stole &pound;250,000 from Smith &amp; Jones&#8217;s fund, &#x201C;We&rsquo;re sorry&rdquo;'
    const tidied = tidyBreaks([block(input, 20)])
    expect(tidied.moved).toBe(true)
    const text = tidied.blocks[0]!.text
    expect(text).toBe('stole £250,000 from Smith & Jones’s fund, “We’re sorry”')
    const back = (word: string) =>
      input.slice(
        tidied.toInput(20 + text.indexOf(word), false) - 20,
        tidied.toInput(20 + text.indexOf(word) + word.length, true) - 20,
      )
    // A span that starts or ends at a reference's character holds the whole reference.
    expect(back('£250,000')).toBe('&pound;250,000')
    expect(back('250,000')).toBe('250,000')
    expect(back('Smith & Jones’s')).toBe('Smith &amp; Jones&#8217;s')
    expect(back('“We’re sorry”')).toBe('&#x201C;We&rsquo;re sorry&rdquo;')
    expect(back('sorry')).toBe('sorry')
  })

  it('leaves what names no character as written: an unknown name, no semicolon, a bare ampersand', () => {
    for (const written of ['R&D and AT&T', 'fish &chips; and &foo;', 'A &amp B', 'code &#0; here']) {
      const tidied = tidyBreaks([block(written)])
      expect(tidied.blocks[0]?.text, written).toBe(written)
      expect(tidied.moved, written).toBe(false)
    }
  })

  it('reads a reference after an invisible character and before a line break', () => {
    const input = 'cost \u200b&euro;5m  \nin 2024'
    const tidied = tidyBreaks([block(input, 0)])
    const text = tidied.blocks[0]!.text
    expect(text).toBe('cost €5m\nin 2024')
    expect(
      input.slice(tidied.toInput(text.indexOf('€'), false), tidied.toInput(text.indexOf('m') + 1, true)),
    ).toBe('&euro;5m')
    expect(tidied.toInput(text.indexOf('2024'), false)).toBe(input.indexOf('2024'))
  })
})

describe('reflow with character references', () => {
  it('reads a no-break space written as a reference as a space', () => {
    const input = 'said Detective&nbsp;Inspector Jane&nbsp;Roe.'
    const flowed = reflow([block(input, 0)])
    const text = flowed.blocks[0]!.text
    expect(text).toBe('said Detective Inspector Jane Roe.')
    expect(
      input.slice(flowed.toInput(text.indexOf('Jane'), false), flowed.toInput(text.indexOf('Roe') + 3, true)),
    ).toBe('Jane&nbsp;Roe')
  })
})
