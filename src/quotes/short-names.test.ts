import { describe, expect, it } from 'vitest'
import { isShortNameOf } from './short-names'

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
})
