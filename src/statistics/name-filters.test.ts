import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'
import { namesWithNumbers, namesWithNumbersOnDemand } from './name-filters'

const blocks = [
  { kind: 'paragraph', text: 'Microsoft released Windows 11 in 2021.' },
  { kind: 'paragraph', text: 'The scam targeted Windows 11 users across the country.' },
  { kind: 'paragraph', text: 'Police in Kent arrested 12 people.' },
]

/** Blocks that count how often they are read. */
function counted(list: typeof blocks): { blocks: typeof blocks; reads: () => number } {
  let reads = 0
  const wrapped = new Proxy(list, {
    get(target, key, receiver) {
      if (key === Symbol.iterator) reads++
      return Reflect.get(target, key, receiver)
    },
  })
  return { blocks: wrapped, reads: () => reads }
}

describe('namesWithNumbersOnDemand', () => {
  it('answers as namesWithNumbers does', () => {
    const all = namesWithNumbers(blocks)
    const onDemand = namesWithNumbersOnDemand(blocks)
    for (const key of ['Windows 11', 'Kent 12', 'Windows 12', 'in 2021'])
      expect(onDemand.has(key)).toBe(all.has(key))
    expect(onDemand.has('Windows 11')).toBe(true)
  })

  it('reads the blocks only when first asked, and only once', () => {
    const c = counted(blocks)
    const names = namesWithNumbersOnDemand(c.blocks)
    expect(c.reads()).toBe(0)
    names.has('Windows 11')
    names.has('Kent 12')
    expect(c.reads()).toBe(1)
  })
})

describe('codes named before their number', () => {
  const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)

  it('reads a zip code, a postcode, an area code or a sort code as a name, in any case', () => {
    expect(texts('Officers searched a home in zip code 21201 and another in ZIP Code 21202.')).toEqual([])
    expect(texts('The car was found in postcode 3000, near post code 3001 and postal code 3002.')).toEqual([])
    expect(texts('Residents of zip codes 21201 and 21202 were warned.')).toEqual([])
    expect(texts('Calls from area code 410 were traced to sort code 123456 and 14 accounts.')).toEqual(['14'])
  })

  it('still counts after "code" with no kind of code before it, and after a code named without a number', () => {
    // "code" alone in lower case is a word: "the building code 300 rule" aside, a count may follow it.
    expect(texts('Breaches of the code 300 times were recorded.')).toEqual(['300'])
    expect(texts('Residents in the zip code saw 300 burglaries.')).toEqual(['300'])
    expect(texts('The postcode lottery left 40 homes without officers.')).toEqual(['40'])
  })
})

describe('digits grouped in thousands after a capitalised word', () => {
  it('count in a title case headline', () => {
    expect(
      findStatistics('U.S. Marshals Arrest 1,200 in Violent Crime Operation').map((s) => [s.text, s.value]),
    ).toEqual([['1,200', 1200]])
    expect(findStatistics('Police Seize 2,500 in Counterfeit Notes').map((s) => s.value)).toEqual([2500])
  })

  it('leave a name with a short number a name', () => {
    expect(findStatistics('Schools Upgrade to Windows 11 in Summer').map((s) => s.text)).toEqual([])
  })
})

describe('a name word before digits with one capital glued after them', () => {
  const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)

  it('reads "unit 3B" as a name in lower case too, and the capital as no magnitude', () => {
    expect(texts('Police were called to unit 3B on the estate.')).toEqual([])
    expect(texts('The fire started in building 4M and spread to block 2B.')).toEqual([])
  })

  it('still reads the capital as a magnitude with no name word before it', () => {
    expect(texts('The app reached 3B users.')).toEqual(['3B'])
    expect(texts('The unit had 3B in funding and 40 staff.')).toEqual(['3B', '40'])
  })
})

describe('a capitalised word before digits grouped in thousands, or a count with its change in brackets', () => {
  const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)

  it('reads the digits as a count, as a flattened table writes its rows', () => {
    expect(texts('Burglary 1,234 (-5%), Robbery 567 (+12%).')).toEqual(['1,234', '-5%', '567', '+12%'])
    expect(texts('Knife crime 1,203; Burglary 2,310.')).toEqual(['1,203', '2,310'])
    expect(texts('Shoplifting 4,512 (up 8%)')).toEqual(['4,512', '8%'])
  })

  it('still reads a name’s number before other words in brackets', () => {
    expect(texts('Station 4 (Leeds) was shut and Windows 11 (2021) launched.')).toEqual([])
  })
})

describe('a line of a label and a figure, and a headline opening on a name with a number', () => {
  const read = (text: string) => findStatistics(text).map((s) => [s.text, s.measure])

  it('reads a figure alone after its label on a line as a table’s row', () => {
    expect(read('Robbery 567')).toEqual([['567', 'Robbery']])
    expect(read('Burglary 1,234\nRobbery 567\nVehicle Crime 890')).toEqual([
      ['1,234', 'Burglary'],
      ['567', 'Robbery'],
      ['890', 'Vehicle Crime'],
    ])
    expect(read('Total Offences 4,120\nArrests 312')[1]).toEqual(['312', 'Arrests'])
  })

  it('still reads a name’s number closing a sentence, or after a name word', () => {
    expect(read('Call NHS 111')).toEqual([])
    expect(read('Robbery 567.')).toEqual([])
    expect(read('Police were called to Room 101')).toEqual([])
    expect(read('Section 60')).toEqual([])
  })

  it('reads no count in a name with a number opening a headline', () => {
    expect(read('WINDOWS 11 USERS WARNED OF SCAM')).toEqual([])
    expect(read('IPHONE 15 SALES SLUMP IN EUROPE')).toEqual([])
    expect(read('Windows 11 Users Warned Of Scam')).toEqual([])
  })

  it('still counts what a headline’s verb or qualifier governs', () => {
    expect(read('COUNCIL APPROVES 300 HOMES FOR TOWN')).toEqual([['300', 'HOMES']])
    expect(read('NEARLY 40 ARRESTED IN RAIDS')).toEqual([['NEARLY 40', 'ARRESTED']])
    expect(read('POLICE SEIZE 300 KILOS OF COCAINE')).toEqual([['300 KILOS', 'COCAINE']])
    expect(read('Seized 300 Kilos Of Cocaine In Port')[0]?.[0]).toEqual('300 Kilos')
  })
})

describe('a short headline, and a word of amount opening a count', () => {
  const counts = (text: string) => findStatistics(text).map((s) => [s.text, s.value])

  it('counts in a headline too short to read by its long words', () => {
    expect(counts('POLICE ARREST 11 MEN')).toEqual([['11', 11]])
    expect(counts('Police Seize 300 Guns')).toEqual([['300', 300]])
  })

  it('counts after "Record" or "Extra" opening a sentence, and with a scale word', () => {
    expect(counts('Record 2.1 million passengers travelled.')).toEqual([['2.1 million', 2100000]])
    expect(counts('Record 300 passengers travelled.')).toEqual([['300', 300]])
    expect(counts('Extra 300 officers were hired.')).toEqual([['300', 300]])
  })

  it('still reads a name with a number opening a sentence or a headline', () => {
    expect(counts('Windows 11 users were warned.')).toEqual([])
    expect(counts('Windows 11 Users Warned')).toEqual([])
  })
})
