import { describe, expect, it } from 'vitest'
import { countLong, headlineStats, readsAsHeadline, readsAsShortHeadline, readsInCapitals } from './headline'

describe('readsAsHeadline', () => {
  it.each([
    'Border Patrol Agents Seize 50 Pounds of Fentanyl',
    'CBP Officers Seize Over 1,200 Pounds of Methamphetamine at Laredo Port of Entry',
    'U.S. Marshals Arrest More Than 73,000 Fugitives in Fiscal Year 2023',
  ])('reads a Title Case line as a headline: %s', (line) => {
    expect(readsAsHeadline(line)).toBe(true)
  })

  it.each([
    // Prose: a full stop ends it, or most longer words are in lower case.
    'Agents Seized 50 Pounds Of Fentanyl On Monday Morning.',
    'Agents seized 50 pounds of fentanyl on Monday',
    // Too few longer words to tell.
    'Police Seize 300 Guns',
    // Two lines are no headline.
    'Border Patrol Agents\nSeize 50 Pounds of Fentanyl',
  ])('does not read %j as one', (line) => {
    expect(readsAsHeadline(line)).toBe(false)
  })

  it('reads no headline past 200 characters', () => {
    expect(readsAsHeadline('Police Seize Guns '.repeat(12))).toBe(false)
    expect(readsAsHeadline('Police Seize Guns '.repeat(11).trim())).toBe(true)
  })
})

describe('headlineStats', () => {
  it('counts the words of four letters or more and the capitalised ones', () => {
    expect(countLong('Officers seize 300 Guns in Laredo')).toEqual({ long: 4, capitalised: 3 })
  })

  it('counts nothing in a sentence that ends with a full stop', () => {
    expect(headlineStats('Officers Seize Guns In Laredo.')).toEqual({ long: 0, capitalised: 0 })
  })
})

describe('readsInCapitals', () => {
  it.each([
    'POLICE SEIZED 40 KILOS OF COCAINE AND ARRESTED 12 PEOPLE.',
    'THE FORCE RECEIVED 3,000 CALLS. OFFICERS SEIZED £40,000 IN CASH.',
    // A word or two in lower case among many in capitals.
    'OFFICERS SEIZED 40 KILOS OF COCAINE from A VAN IN LEEDS.',
  ])('reads %j as written in capitals', (text) => {
    expect(readsInCapitals(text)).toBe(true)
  })

  it.each([
    // Prose with names in capitals.
    'The NHS and the DVLA said 40 people were affected.',
    // Too few longer words to tell.
    'CALL NHS 111.',
    'Police Seize 300 Guns',
  ])('does not read %j so', (text) => {
    expect(readsInCapitals(text)).toBe(false)
  })
})

describe('readsAsShortHeadline', () => {
  it.each(['POLICE ARREST 11 MEN', 'Police Seize 300 Guns', 'Officers Find £2m of Drugs'])(
    'reads %j as a headline',
    (text) => {
      expect(readsAsShortHeadline(text)).toBe(true)
    },
  )

  it.each([
    // A table's row ends on its figure; prose has words in lower case or a final full stop.
    'Total Recorded Crime 1,234',
    'Police arrest 11 men',
    'POLICE ARREST 11 MEN.',
    // Too few words, or a number after the first, which may be a name's.
    'Arrest 11 Men',
    'Kent 12 Arrests Made',
  ])('does not read %j so', (text) => {
    expect(readsAsShortHeadline(text)).toBe(false)
  })
})
