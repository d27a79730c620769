// A department named for a service in "-ing" opening an office in capitals: "Parking Services
// Manager Jane Doe", "Trading Standards officer Mark Lee". Other capitalised "-ing" words open a
// clause ("Speaking …", "Praising …") and stay out of the title.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { type Who, who } from './test-helpers'

const speaker = (input: string): Who => who(extractQuotes(input)[0])

describe('an office of a department named for a service in "-ing"', () => {
  it.each<[string, Who]>([
    [
      '"It is a scam," warned Trading Standards officer Mark Lee.',
      ['Mark Lee', 'Trading Standards officer', null],
    ],
    [
      '"It is a scam," said Trading Standards Officer Mark Lee.',
      ['Mark Lee', 'Trading Standards Officer', null],
    ],
    [
      '"Drivers must pay," said Parking Services Manager Jane Doe.',
      ['Jane Doe', 'Parking Services Manager', null],
    ],
    [
      'Parking Services Manager Jane Doe said: "Drivers must pay."',
      ['Jane Doe', 'Parking Services Manager', null],
    ],
    [
      '"Landlords must comply," said Housing Standards Manager Jane Doe.',
      ['Jane Doe', 'Housing Standards Manager', null],
    ],
    ['"Venues must comply," said Licensing Manager Tom Baker.', ['Tom Baker', 'Licensing Manager', null]],
  ])('reads %s', (input, expected) => {
    expect(speaker(input)).toEqual(expected)
  })

  it('keeps a clause opened by a participle out of the title', () => {
    expect(speaker('Speaking Chief Constable Jo Farrell said: "It is done."')).toEqual([
      'Jo Farrell',
      'Chief Constable',
      null,
    ])
  })
})
