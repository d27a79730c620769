import { describe, expect, it } from 'vitest'
import { splitReleases } from '../releases/split-releases'
import { findDates } from './find-dates'

const REF = '2024-03-18'
const values = (text: string, monthFirst?: boolean) =>
  findDates(text, { reference: REF, ...(monthFirst === undefined ? {} : { monthFirst }) }).map((d) => [
    d.text,
    d.value,
  ])

describe('findDates: the order of numeric dates', () => {
  it('reads them day first by default', () => {
    expect(values('The offence happened on 03/04/2024.')).toEqual([['03/04/2024', '2024-04-03']])
  })

  it('reads them month first in a text that writes its days month first in words', () => {
    // A variant of wide corpus us_1.txt (U.S. Department of Justice), which writes "On February 1, 2023".
    expect(values('On February 1, 2023, a judge sentenced him. The offence happened on 03/04/2022.')).toEqual(
      [
        ['February 1, 2023', '2023-02-01'],
        ['03/04/2022', '2022-03-04'],
      ],
    )
    // Day first in words keeps numeric dates day first.
    expect(values('On 1 February 2023 a judge sentenced him. The offence happened on 03/04/2022.')).toEqual([
      ['1 February 2023', '2023-02-01'],
      ['03/04/2022', '2022-04-03'],
    ])
  })

  it('follows a numeric date only one order can read', () => {
    expect(values('Between 12/25/2023 and 01/02/2024 there were 3 incidents.')).toEqual([
      ['12/25/2023', '2023-12-25'],
      ['01/02/2024', '2024-01-02'],
    ])
    expect(values('Between 25/12/2023 and 01/02/2024 there were 3 incidents.')).toEqual([
      ['25/12/2023', '2023-12-25'],
      ['01/02/2024', '2024-02-01'],
    ])
    // Written with hyphens too.
    expect(values('Between 12-25-2023 and 01-02-2024 there were 3 incidents.')).toEqual([
      ['12-25-2023', '2023-12-25'],
      ['01-02-2024', '2024-01-02'],
    ])
  })

  it('decides for each release of a dump, and gives way to the option', () => {
    const dump = [
      'Man sentenced',
      '',
      'Source: U.S. Attorney’s Office',
      '',
      'On March 1, 2024, he was sentenced for the offence of 05/03/2023.',
      '',
      'Man charged',
      '',
      'Source: Metropolitan Police',
      '',
      'On 1 March 2024 he was charged over the offence of 05/03/2023.',
    ].join('\n')
    const numeric = (monthFirst?: boolean) =>
      splitReleases(dump).releases.map(
        (r) =>
          findDates(r, { reference: REF, ...(monthFirst === undefined ? {} : { monthFirst }) }).find(
            (d) => d.rule === 'dates/numeric',
          )?.value,
      )
    expect(numeric()).toEqual(['2023-05-03', '2023-03-05'])
    expect(numeric(false)).toEqual(['2023-03-05', '2023-03-05'])
    expect(numeric(true)).toEqual(['2023-05-03', '2023-05-03'])
  })

  it('follows a US publisher when the text does not say', () => {
    const dated = (source: string, body: string) =>
      findDates(splitReleases(`Title\n\nSource: ${source}\n\n${body}\n`).releases[0]!).map((d) => d.value)
    const body =
      'HOUSTON – A man was charged with robbing a bank on 03/04/2024 and was arrested on 03/08/2024.'
    for (const source of [
      'Federal Bureau of Investigation',
      'U.S. Attorney’s Office, Southern District of Texas',
      // Names only US forces and offices take, with no other word of a US publisher.
      'Phoenix Police Department',
      'Dallas Police Dept.',
      'Maricopa County Sheriff’s Office',
      'California Highway Patrol',
      'Michigan State Police',
      'Texas Department of Public Safety',
    ])
      expect(dated(source, body)).toEqual(['2024-03-04', '2024-03-08'])
    // Not a US publisher: day first, as before; a force of a country known otherwise keeps its own.
    for (const source of [
      'Essex Police',
      'Devon and Cornwall Constabulary',
      'Police Service of Northern Ireland',
      'Vancouver Police Department',
      'Department of Corrections',
    ])
      expect(dated(source, body)).toEqual(['2024-04-03', '2024-08-03'])
    // The text's own days in words still decide first.
    expect(
      dated(
        'Federal Bureau of Investigation',
        'On 5 March 2024 agents searched the bank robbed on 03/04/2024.',
      ),
    ).toEqual(['2024-03-05', '2024-04-03'])
  })
})
