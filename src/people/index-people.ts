import type { IndexedQuote, Person, PersonIndexEntry, Quote, Release, SeenValue } from '../model'
import { nameKey, tidy } from './person-key'

/** What the index reads of a release: a release of `extract`, or a line of the CLI's JSON Lines. */
export type IndexableRelease = Pick<Release, 'id' | 'source' | 'publishedOn'> & {
  people: ReadonlyArray<Pick<Person, 'id' | 'name' | 'kind' | 'title' | 'role'>>
  quotes: ReadonlyArray<Pick<Quote, 'text' | 'span' | 'speaker'>>
  /** The file the release was read from; kept on each quote. */
  file?: string
}

type Kind = Person['kind']

/** One person while the corpus is read: everything the row needs and nothing of the releases' text. */
interface Accumulated {
  kind: Kind
  /** Each spelling of the name with the number of releases that write it, in the order first seen. */
  spellings: Map<string, number>
  titles: Map<string, SeenValue>
  roles: Map<string, SeenValue>
  publishers: Set<string>
  quotes: IndexedQuote[]
  releases: Set<string>
  firstSeen: string | null
  lastSeen: string | null
}

/**
 * The people and organisations of a corpus, one entry each, filled a release at a time: memory grows
 * with the people and their quotes, not with the releases read. The same person in several releases
 * is one entry when their full names agree (see `nameKey`); a surname alone, or a person and an
 * organisation of the same name, never join another entry.
 *
 * @example
 * const index = new PeopleIndex()
 * for await (const release of extractStream(createReadStream('dump.txt'))) index.add(release)
 * index.entries()[0] //=> { name: 'Gavin Stephens', kind: 'person', quotes: [...], ... }
 */
export class PeopleIndex {
  private readonly people = new Map<string, Accumulated>()

  /** Adds a release's people and quotes. A release already added (same id) adds nothing to a person twice. */
  add(release: IndexableRelease, file: string | undefined = release.file): void {
    const day = release.publishedOn?.date ?? null
    const byId = new Map<string, Accumulated | null>()
    const named = new Map<Accumulated, Set<string>>()
    const see = (name: string, kind: Kind): Accumulated | null => {
      const key = nameKey(name)
      if (key === '') return null
      const id = `${kind}\u0000${key}`
      let entry = this.people.get(id)
      if (!entry) {
        entry = {
          kind,
          spellings: new Map(),
          titles: new Map(),
          roles: new Map(),
          publishers: new Set(),
          quotes: [],
          releases: new Set(),
          firstSeen: null,
          lastSeen: null,
        }
        this.people.set(id, entry)
      }
      // The same release read twice (a dump holding a release twice, two files sharing one) counts once.
      if (entry.releases.has(release.id) && !named.has(entry)) return null
      if (!named.has(entry)) {
        named.set(entry, new Set())
        entry.releases.add(release.id)
        if (release.source) entry.publishers.add(tidy(release.source))
        entry.firstSeen = earlier(entry.firstSeen, day)
        entry.lastSeen = later(entry.lastSeen, day)
      }
      const spelling = tidy(name)
      const spellings = named.get(entry)!
      if (!spellings.has(spelling)) {
        spellings.add(spelling)
        entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1)
      }
      return entry
    }
    const note = (entry: Accumulated, from: { title: string | null; role: string | null }) => {
      if (from.title) seenValue(entry.titles, from.title, day)
      if (from.role) seenValue(entry.roles, from.role, day)
    }

    for (const person of release.people) {
      const entry = see(person.name, person.kind)
      byId.set(person.id, entry)
      if (entry) note(entry, person)
    }
    for (const quote of release.quotes) {
      const speaker = quote.speaker
      if (!speaker) continue
      // A speaker is one of the release's people; one that is not still gets its own entry.
      const entry = byId.has(speaker.personId)
        ? byId.get(speaker.personId)!
        : see(speaker.name, speaker.kind ?? 'person')
      if (!entry || !named.has(entry)) continue
      note(entry, speaker)
      entry.quotes.push({
        releaseId: release.id,
        ...(file === undefined ? {} : { file }),
        text: quote.text,
        span: { start: quote.span.start, end: quote.span.end },
      })
    }
  }

  /** The number of people and organisations so far. */
  get size(): number {
    return this.people.size
  }

  /** The entries, most quoted first, then by name: the same corpus always gives the same order. */
  entries(): PersonIndexEntry[] {
    const rows = [...this.people.values()].map(toEntry)
    const keys = new Map(rows.map((r) => [r, nameKey(r.name)]))
    return rows.sort(
      (a, b) =>
        b.quotes.length - a.quotes.length ||
        compare(keys.get(a)!, keys.get(b)!) ||
        compare(a.kind, b.kind) ||
        compare(a.name, b.name),
    )
  }
}

/**
 * Indexes the people and organisations of a corpus: one entry per person across all the releases,
 * with the titles and roles they were given, their publishers, quotes and releases, and when they
 * were first and last seen. For a corpus read as a stream, add releases to a `PeopleIndex` instead.
 *
 * @example
 * indexPeople(extract(dump).releases)[0]
 * //=> { name: 'Gavin Stephens', kind: 'person', titles: [{ value: 'Chief Constable', ... }], ... }
 */
export function indexPeople(releases: Iterable<IndexableRelease>): PersonIndexEntry[] {
  const index = new PeopleIndex()
  for (const release of releases) index.add(release)
  return index.entries()
}

function toEntry(a: Accumulated): PersonIndexEntry {
  let name = ''
  let most = 0
  // The spelling most releases use; the first seen on a tie.
  for (const [spelling, n] of a.spellings) {
    if (n > most) {
      name = spelling
      most = n
    }
  }
  return {
    name,
    kind: a.kind,
    titles: byFirstSeen(a.titles),
    roles: byFirstSeen(a.roles),
    publishers: [...a.publishers].sort(compare),
    quotes: a.quotes,
    releases: [...a.releases],
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
  }
}

/** Records a title or role; two writings that differ only in case, spacing or apostrophes are one. */
function seenValue(map: Map<string, SeenValue>, value: string, day: string | null): void {
  const written = tidy(value)
  if (written === '') return
  const key = nameKey(written)
  const seen = map.get(key)
  if (!seen) map.set(key, { value: written, firstSeen: day, lastSeen: day })
  else {
    seen.firstSeen = earlier(seen.firstSeen, day)
    seen.lastSeen = later(seen.lastSeen, day)
  }
}

/** Earliest first; undated ones last, in the order first seen. */
function byFirstSeen(map: Map<string, SeenValue>): SeenValue[] {
  return [...map.values()]
    .map((v) => ({ ...v }))
    .sort((a, b) =>
      a.firstSeen === b.firstSeen
        ? 0
        : a.firstSeen === null
          ? 1
          : b.firstSeen === null
            ? -1
            : compare(a.firstSeen, b.firstSeen),
    )
}

function earlier(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null || a <= b ? a : b
}

function later(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null || a >= b ? a : b
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
