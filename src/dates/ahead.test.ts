import { describe, expect, it } from 'vitest'
import { looksAhead } from './ahead'

/** Whether the writer looks forward to the date that ends the sentence before its last word. */
const ahead = (sentence: string, date = '3 July 2024') => looksAhead(sentence, sentence.indexOf(date))

describe('looksAhead', () => {
  const forward = [
    'He was bailed to appear at Leeds Crown Court on 3 July 2024.',
    'He was remanded in custody to appear at court on 3 July 2024.',
    'She was released on bail to return on 3 July 2024.',
    'He is expected to appear in court on 3 July 2024.',
    'The consultation closes on 3 July 2024.',
    'The deadline for entries is 3 July 2024.',
    'The closing date for applications: 3 July 2024.',
    'Sentencing is set for 3 July 2024.',
    'The case was adjourned to 3 July 2024.',
    'The event takes place on 3 July 2024.',
    'The law comes into force on 3 July 2024.',
    'Patrols will continue until 3 July 2024.',
    'He was charged on 1 May 2024 and will next appear in court on 3 July 2024.',
    'Applications must be received by 3 July 2024.',
    'The new rules come into effect on 3 July 2024.',
    'He was released on bail and must return on 3 July 2024.',
    'Residents are invited to a public meeting on 3 July 2024.',
    // Courts list or fix a hearing for a day to come.
    'A confiscation hearing is listed for 3 July 2024.',
    'A trial date has been fixed for 3 July 2024.',
  ]
  it.each(forward)('looks forward in %s', (sentence) => {
    expect(ahead(sentence)).toBe(true)
  })

  const back: Array<[string, string]> = [
    ['The trial ended on 3 July 2024.', '3 July 2024'],
    ['Officers were called on 3 July 2024.', '3 July 2024'],
    ['The consultation closed. Officers were called on 3 July 2024.', '3 July 2024'],
    ['He was charged on 1 May 2024 and will next appear in court on 3 July 2024.', '1 May 2024'],
    ['It will be reviewed; the report was published on 3 July 2024.', '3 July 2024'],
    ['He was arrested the next day, 3 July 2024.', '3 July 2024'],
    ['The match was called off due to the weather on 3 July 2024.', '3 July 2024'],
    ['Following the close of the trial on 3 July 2024, he was jailed.', '3 July 2024'],
    ['The property was listed on 3 July 2024.', '3 July 2024'],
  ]
  it.each(back)('looks back in %s', (sentence, date) => {
    expect(ahead(sentence, date)).toBe(false)
  })

  it('reads a bounded window on a block without stops', () => {
    const long = `${'will '.repeat(100_000)}. The trial ended on 3 July 2024`
    expect(ahead(long)).toBe(false)
  })
})
