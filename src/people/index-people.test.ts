import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { PersonIndexEntry } from '../model'
import { type IndexableRelease, indexPeople, PeopleIndex } from './index-people'
import { nameKey } from './person-key'

type P = IndexableRelease['people'][number]

/** A release with the given people, each quoted once, published on `day`. */
function release(id: string, day: string | null, people: P[], source = 'NPCC'): IndexableRelease {
  return {
    id,
    source,
    publishedOn: day ? { date: day, inferred: false } : null,
    people,
    quotes: people.map((p, i) => ({
      text: `Quote ${i} of ${p.name} in ${id}.`,
      span: { start: i * 100, end: i * 100 + 20 },
      speaker: { name: p.name, title: p.title, role: p.role, personId: p.id, kind: p.kind },
    })),
  }
}
const person = (id: string, name: string, extra: Partial<P> = {}): P => ({
  id,
  name,
  kind: 'person',
  title: null,
  role: null,
  ...extra,
})

describe('nameKey', () => {
  it('ignores case, spacing, apostrophes, hyphen forms and the periods of initials', () => {
    expect(nameKey('Jo  O’Neill')).toBe(nameKey("jo o'neill"))
    expect(nameKey('J.K. Rowling')).toBe(nameKey('J. K. Rowling'))
    expect(nameKey('Lee Newman‑West')).toBe(nameKey('Lee Newman-West'))
  })
  it('keeps every letter', () => {
    expect(nameKey('Gavin Stephens')).not.toBe(nameKey('Stephens'))
    expect(nameKey('Dana J. Boente')).not.toBe(nameKey('Dana Boente'))
    expect(nameKey('Zoë Billingham')).not.toBe(nameKey('Zoe Billingham'))
  })
})

describe('indexPeople', () => {
  it('makes one entry of a person whose full name agrees across releases', () => {
    const rows = indexPeople([
      release('a', '2024-03-20', [
        person('p1', 'Jo O’Neill', { title: 'Chief Constable', role: 'NPCC Chair' }),
      ]),
      release('b', '2024-01-05', [person('p1', "jo o'neill", { title: 'Chief Constable' })], 'Home Office'),
      release('c', null, [person('p2', 'Jo  O’Neill', { role: 'Chair of the NPCC' })]),
    ])
    expect(rows).toHaveLength(1)
    const [jo] = rows
    expect(jo).toMatchObject({
      name: 'Jo O’Neill',
      kind: 'person',
      releases: ['a', 'b', 'c'],
      publishers: ['Home Office', 'NPCC'],
      firstSeen: '2024-01-05',
      lastSeen: '2024-03-20',
      titles: [{ value: 'Chief Constable', firstSeen: '2024-01-05', lastSeen: '2024-03-20' }],
      roles: [
        { value: 'NPCC Chair', firstSeen: '2024-03-20', lastSeen: '2024-03-20' },
        { value: 'Chair of the NPCC', firstSeen: null, lastSeen: null },
      ],
    })
    expect(jo!.quotes.map((q) => q.releaseId)).toEqual(['a', 'b', 'c'])
    expect(PersonIndexEntry.array().safeParse(rows).success).toBe(true)
  })

  it('never merges a surname alone, two people sharing a surname, or a person and an organisation', () => {
    const rows = indexPeople([
      release('a', null, [person('p1', 'Gavin Stephens'), person('p2', 'Stephens')]),
      release('b', null, [
        person('p1', 'Anna Stephens'),
        person('p2', 'Opal', { kind: 'organisation' }),
        person('p3', 'Opal'),
      ]),
    ])
    expect(rows.map((r) => `${r.kind}:${r.name}`)).toEqual([
      'person:Anna Stephens',
      'person:Gavin Stephens',
      'organisation:Opal',
      'person:Opal',
      'person:Stephens',
    ])
  })

  it('orders by quotes, most first, then by name', () => {
    const twice = release('b', null, [person('p1', 'Zed Adams')])
    const rows = indexPeople([
      release('a', null, [person('p1', 'Bea Cole'), person('p2', 'Zed Adams'), person('p3', 'amy Bell')]),
      twice,
    ])
    expect(rows.map((r) => [r.name, r.quotes.length])).toEqual([
      ['Zed Adams', 2],
      ['amy Bell', 1],
      ['Bea Cole', 1],
    ])
  })

  it('counts a release read twice once, and attributes quotes by personId', () => {
    const a = release('a', null, [person('p1', 'Bea Cole'), person('p2', 'Cal Dunn')])
    // The second quote is Cal's although it names... nobody else: personId decides.
    a.quotes = [
      ...a.quotes,
      { text: 'More.', span: { start: 300, end: 305 }, speaker: { ...a.quotes[1]!.speaker! } },
    ]
    const index = new PeopleIndex()
    index.add(a, 'one.txt')
    index.add(a, 'two.txt')
    const rows = index.entries()
    expect(rows.map((r) => [r.name, r.quotes.length, r.releases])).toEqual([
      ['Cal Dunn', 2, ['a']],
      ['Bea Cole', 1, ['a']],
    ])
    expect(rows[0]!.quotes.every((q) => q.file === 'one.txt')).toBe(true)
  })

  it('gives a speaker missing from the release’s people an entry of its own, and takes odd input', () => {
    const r = release('a', null, [])
    r.quotes = [
      {
        text: 'Hi.',
        span: { start: 0, end: 3 },
        speaker: { name: 'Ann Lee', title: null, role: null, personId: 'p9' },
      },
      { text: 'No one.', span: { start: 5, end: 12 }, speaker: null },
    ]
    const odd = release('b', null, [person('p1', '  '), person('p2', '\u202e')])
    expect(indexPeople([r, odd]).map((e) => [e.name, e.quotes.length])).toEqual([
      ['Ann Lee', 1],
      ['\u202e', 1],
    ])
    expect(indexPeople([])).toEqual([])
  })

  it('indexes the sample corpus: the NPCC chair is one person with every quote of his', () => {
    const root = new URL('../../examples/data/', import.meta.url)
    const releases = ['000_553ed2df297268c8.txt', '002_52e0b0eef6d94852.txt'].flatMap((file) =>
      extract(readFileSync(new URL(file, root), 'utf8')).releases.map((r) => ({ ...r, file })),
    )
    const rows = indexPeople(releases)
    const stephens = rows.filter((r) => r.name.endsWith('Stephens'))
    expect(stephens).toHaveLength(1)
    expect(stephens[0]).toMatchObject({
      name: 'Gavin Stephens',
      kind: 'person',
      publishers: ['United Kingdom National Police Chiefs Council'],
    })
    expect(stephens[0]!.releases).toHaveLength(4)
    expect(stephens[0]!.quotes).toHaveLength(5)
    expect(rows[0]!.name).toBe('Gavin Stephens')
    // Each quote points at its text in its file (one over several paragraphs, from its first to its last).
    for (const q of stephens[0]!.quotes) {
      const found = readFileSync(new URL(q.file!, root), 'utf8').slice(q.span.start, q.span.end)
      const paragraphs = q.text.split('\n\n')
      expect(found.startsWith(paragraphs[0]!)).toBe(true)
      expect(found.endsWith(paragraphs.at(-1)!)).toBe(true)
    }
    // Every person who speaks in a release is somewhere in the index, and nobody else.
    const speakers = new Set(releases.flatMap((r) => r.people.map((p) => nameKey(p.name))))
    expect(new Set(rows.map((r) => nameKey(r.name)))).toEqual(speakers)
  })
})
