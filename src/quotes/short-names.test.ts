import { describe, expect, it } from 'vitest'
import { headedNameStart, isInitials, isShortNameOf } from './short-names'

describe('isShortNameOf', () => {
  it('reads a word of the name, a word cut short, or the initials that end the name', () => {
    // Publishers' names as the dev corpora's Source lines write them.
    expect(isShortNameOf('Met', 'United Kingdom London Metropolitan Police')).toBe(true)
    expect(isShortNameOf('Met', 'Metropolitan Police Service')).toBe(true)
    expect(isShortNameOf('NCA', 'National Crime Agency')).toBe(true)
    expect(isShortNameOf('PSNI', 'Police Service of Northern Ireland')).toBe(true)
    expect(isShortNameOf('NPCC', 'United Kingdom National Police Chiefs Council')).toBe(true)
    expect(isShortNameOf('ICE', 'U.S. Immigration and Customs Enforcement')).toBe(true)
    expect(isShortNameOf('FBI', 'US FBI')).toBe(true)
    expect(isShortNameOf('Garda', 'An Garda Síochána')).toBe(true)
    expect(isShortNameOf('GMP', 'Greater Manchester Police')).toBe(true)
  })

  it('reads no short form from initials that stop short of the last word, or letters that are no cut word', () => {
    // A country's initials before the body's own words are the country's.
    expect(isShortNameOf('UK', 'United Kingdom National Police Chiefs Council')).toBe(false)
    // A name that ends in lower case has no initials that reach its end.
    expect(isShortNameOf('NCA', 'National Crime Agency (news)')).toBe(false)
    expect(isShortNameOf('NCA', 'National Crime Authority Scotland')).toBe(false)
    // Cut short: three letters kept, and less than half the word; a longer cut is a name of its own.
    expect(isShortNameOf('Me', 'Metropolitan Police')).toBe(false)
    expect(isShortNameOf('Metropol', 'Metropolitan Police')).toBe(false)
    expect(isShortNameOf('Kent', 'Kentucky State Police')).toBe(false)
    expect(isShortNameOf('Pol', 'police scotland')).toBe(false)
    // Not the name itself, nor an empty word.
    expect(isShortNameOf('Europol', 'Europol')).toBe(false)
    expect(isShortNameOf('', 'Europol')).toBe(false)
  })

  it('reads words of the name in its order, each whole or cut short, as a short form', () => {
    expect(isShortNameOf('Met Police', 'Metropolitan Police Service')).toBe(true)
    expect(isShortNameOf('Met Police', 'United Kingdom London Metropolitan Police')).toBe(true)
    expect(isShortNameOf('Crime Agency', 'National Crime Agency')).toBe(true)
    expect(isShortNameOf('Police Service', 'Police Service of Northern Ireland')).toBe(true)
    // Out of order, a word the name lacks, or a cut that is no short form.
    expect(isShortNameOf('Police Met', 'Metropolitan Police Service')).toBe(false)
    expect(isShortNameOf('Met Office', 'Metropolitan Police Service')).toBe(false)
    expect(isShortNameOf('Kent Police', 'Kentucky State Police')).toBe(false)
    expect(isShortNameOf('Me Police', 'Metropolitan Police Service')).toBe(false)
    // The same word twice needs it twice in the name.
    expect(isShortNameOf('Police Police', 'Metropolitan Police Service')).toBe(false)
  })
})

describe('isInitials', () => {
  it('reads capitals, or capitals with the initial of "for" or "of" in lower case, as initials', () => {
    for (const word of ['NCA', 'PSNI', 'DfI', 'DfE', 'MoJ', 'DoJ', 'TfL']) expect(isInitials(word)).toBe(true)
  })

  it('reads no other mix of cases as initials', () => {
    for (const word of ['PhD', 'McD', 'Dfi', 'dfI', 'Met', 'N', 'DfIofTfLoA'])
      expect(isInitials(word)).toBe(false)
  })
})

describe('isShortNameOf with initials in lower case', () => {
  it('reads a small letter as the initial of a link word at its place', () => {
    expect(isShortNameOf('DfI', 'Department for Infrastructure')).toBe(true)
    expect(isShortNameOf('MoJ', 'Ministry of Justice')).toBe(true)
    expect(isShortNameOf('TfL', 'Transport for London')).toBe(true)
    // The link's initial must be the one written: "of" is no "f".
    expect(isShortNameOf('DfI', 'Department of Infrastructure')).toBe(false)
    expect(isShortNameOf('MoJ', 'Ministry Justice')).toBe(false)
  })
})

describe('headedNameStart', () => {
  const start = (text: string, acronym: string) => {
    const at = text.indexOf(`(${acronym})`)
    return headedNameStart(text, at, acronym)
  }
  it('reads back to the word that says what the body is, over a list of capitalised words', () => {
    expect(start('said Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)', 'ATF')).toBe(5)
    expect(start('said Department of Justice Office of the Inspector General (DOJ-OIG)', 'DOJ-OIG')).toBe(5)
    expect(start('the Ministry of Agriculture, Fisheries and Food (MAFF)', 'MAFF')).toBe(4)
  })

  it('reads no name without such a word, with a word in lower case, or with letters not its own', () => {
    const none = (text: string, acronym: string) => start(text, acronym) === text.indexOf(`(${acronym})`)
    expect(none('said Alcohol, Tobacco, Firearms and Explosives (ATF)', 'ATF')).toBe(true)
    expect(none('said Bureau of Alcohol, tobacco and Firearms (ATF)', 'ATF')).toBe(true)
    expect(none('said Office of Personnel Management (ATF)', 'ATF')).toBe(true)
    expect(none('said Bureau of Alcohol, and Firearms (ATF)', 'ATF')).toBe(true)
    // The word alone is no name.
    expect(none('said Bureau (BU)', 'BU')).toBe(true)
  })
})
