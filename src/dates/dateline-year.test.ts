// A dateline that names a day without its year takes the year of the day the release was published.
import { describe, expect, it } from 'vitest'
import { splitReleases } from '../releases/split-releases'

const release = (...body: string[]) => `A title\n\nSource: United Nations\n\n${body.join('\n\n')}\n`

/** The first release's dateline, split with `publishedOn` when given. */
function datelineOf(text: string, publishedOn?: string) {
  return splitReleases(text, publishedOn === undefined ? {} : { publishedOn }).releases[0]?.dateline
}

describe('a dateline with a day and no year', () => {
  it.each<[string, string]>([
    // Written in the style of UN agencies' and wires' releases.
    [
      'NEW YORK, 5 June (UNHCR) – The refugee agency welcomed the pledges made at the 2024 conference.',
      '2024-06-05',
    ],
    [
      'BRUSSELS, May 8 (Reuters) – The agency welcomed the pledges made at the 2024 conference.',
      '2024-05-08',
    ],
    ['MAY 14— Agents arrested 30 suspects on Wednesday, May 5, 2004.', '2004-05-14'],
  ])('takes the year the text fixes: %s', (lede, date) => {
    expect(datelineOf(release(lede, 'More follows.'))?.date).toBe(date)
  })

  it('takes the year of a publication day given, the nearest occurrence of its day', () => {
    const text = release(
      'GENEVA, 30 December (UNHCR) – The refugee agency welcomed the pledges.',
      'More follows.',
    )
    expect(datelineOf(text, '2025-01-02')?.date).toBe('2024-12-30')
    expect(datelineOf(text, '2024-12-31')?.date).toBe('2024-12-30')
  })

  it('stays without a date when nothing fixes the year', () => {
    const text = release(
      'NEW YORK, 5 June (UNHCR) – The refugee agency welcomed the pledges.',
      'More follows.',
    )
    expect(datelineOf(text)?.date).toBeNull()
  })

  it('keeps the year it writes', () => {
    const text = release(
      'NEW YORK, 5 June 2023 (UNHCR) – The refugee agency welcomed the pledges.',
      'More follows.',
    )
    expect(datelineOf(text, '2024-06-05')?.date).toBe('2023-06-05')
  })
})
