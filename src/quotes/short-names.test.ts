import { describe, expect, it } from 'vitest'
import { isInitials, isShortNameOf } from './short-names'

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
