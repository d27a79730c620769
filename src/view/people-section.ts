import type { PersonIndexEntry, SeenValue } from '../model'
import { esc } from './escape'

/** Where the report puts things: a quote's mark and a release's article, by what the index names. */
export interface ReportAnchors {
  /** The id of a quote's first mark, by file, release id and the quote's start. */
  quote: (file: string | undefined, releaseId: string, start: number) => string | undefined
  /** The article of a release and its number in the contents, by release id. */
  release: (releaseId: string) => { anchor: string; n: number } | undefined
}

/** Characters of a quote shown in a link to it. */
const QUOTE_CHARS = 90

/**
 * The people section: each person or organisation of the report with the titles and roles they
 * were given (and when), their publishers, and links to each of their quotes and releases.
 */
export function renderPeople(people: readonly PersonIndexEntry[], anchors: ReportAnchors): string {
  const items = people.map((p, i) => {
    const facts = [
      p.titles.length > 0 ? `<span>Titles: ${seenList(p.titles)}</span>` : '',
      p.roles.length > 0 ? `<span>Roles: ${seenList(p.roles)}</span>` : '',
      `<span>Published by: ${esc(p.publishers.join('; ') || 'unknown')}</span>`,
      `<span>Seen: ${span(p.firstSeen, p.lastSeen)}</span>`,
    ].filter(Boolean)
    const releases = p.releases.flatMap((id) => {
      const r = anchors.release(id)
      return r ? [`<a href="#${r.anchor}">${r.n}</a>`] : []
    })
    const quotes = p.quotes.map((q) => {
      const id = anchors.quote(q.file, q.releaseId, q.span.start)
      const text = esc(clip(q.text))
      return `<li>${id ? `<a href="#${id}">“${text}”</a>` : `“${text}”`}</li>`
    })
    return `<li class="person" id="person-${i + 1}"><h3>${esc(p.name)} <span class="kind">${p.kind}</span></h3>
<p class="meta">${facts.join(' ')}</p>
<p class="in">${p.releases.length === 1 ? 'Release' : 'Releases'} ${releases.join(', ')}${quotes.length > 0 ? ` · ${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}:` : ''}</p>
${quotes.length > 0 ? `<ol class="quotes">${quotes.join('')}</ol>` : ''}</li>`
  })
  const intro =
    people.length === 0
      ? '<p>Nobody speaks in these releases.</p>'
      : `<p>${people.length} people and organisations who speak, most quoted first. The same full name in several releases is one person.</p>`
  return `<section id="people" class="people" aria-labelledby="people-h"><h2 id="people-h">People</h2>${intro}${people.length > 0 ? `<ol class="people-list">${items.join('\n')}</ol>` : ''}</section>`
}

function seenList(values: readonly SeenValue[]): string {
  return values
    .map(
      (v) =>
        `${esc(v.value)}${v.firstSeen ? ` <span class="when">(${span(v.firstSeen, v.lastSeen)})</span>` : ''}`,
    )
    .join('; ')
}

function span(first: string | null, last: string | null): string {
  if (!first) return 'undated'
  return first === last || !last ? esc(first) : `${esc(first)} to ${esc(last)}`
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (Array.from(flat).length <= QUOTE_CHARS) return flat
  const cut = Array.from(flat).slice(0, QUOTE_CHARS).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space > QUOTE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}
