import * as z from 'zod'
import type { ExtractResult, Release } from '../model'
import { parseOptions } from '../options'
import { indexPeople } from '../people/index-people'
import { type TextBlock, toBlocks } from '../text/blocks'
import { esc } from './escape'
import { renderOverview } from './overview'
import { type ReportAnchors, renderPeople } from './people-section'
import { REPORT_CSS } from './report-style'

export { esc }

/** The kinds of item the report marks, in the order of their filters and tables. */
export const VIEW_KINDS = ['quote', 'speaker', 'operation', 'date', 'statistic'] as const
export type ViewKind = (typeof VIEW_KINDS)[number]

/** One file's result, named, for a report over several files. */
export type NamedResult = ExtractResult & { file?: string }

/** The options of `renderHtml`, validated with zod. */
export const RenderHtmlOptionsSchema = z.strictObject({
  /** The page's title; default: `press-extract report`. */
  title: z.string().optional(),
})
export type RenderHtmlOptions = z.input<typeof RenderHtmlOptionsSchema>

/** An item placed in the text: where, what kind, and what its tooltip says. */
interface Placed {
  start: number
  end: number
  kind: ViewKind
  id: string
  tip: string
}

/**
 * Renders results as one self-contained HTML page (inline CSS, no fetched resources) with a
 * contents list, and for each release its text with every quote, mention of a person who speaks,
 * operation, date and statistic marked in place (a distinct colour and underline each, a tooltip with the normalised
 * value and the rule), then a table per kind. All input text is escaped.
 *
 * @example
 * writeFileSync('report.html', renderHtml([{ file: 'dump.txt', ...extract(text) }]))
 */
export function renderHtml(
  results: NamedResult | readonly NamedResult[],
  options: RenderHtmlOptions = {},
): string {
  const list = Array.isArray(results) ? (results as readonly NamedResult[]) : [results as NamedResult]
  const title = parseOptions(RenderHtmlOptionsSchema, options, 'renderHtml').title ?? 'press-extract report'
  const releases = list.flatMap((r, f) =>
    r.releases.map((release) => ({ file: r.file ?? null, release, anchor: `r${f}-${release.index}` })),
  )
  const ids = Object.fromEntries(VIEW_KINDS.map((k) => [k, new Set<string>()])) as Record<
    ViewKind,
    Set<string>
  >
  // The first mark of each quote carries its id, so the people section can link to it.
  const anchored = new Set<string>()
  const sections = releases.map(({ file, release, anchor }) => {
    const blocks = toBlocks(release)
    const placed = placeItems(release, anchor)
    // A quote over several paragraphs is placed once per paragraph but counts once.
    for (const p of placed) ids[p.kind].add(p.id)
    return renderRelease(release, blocks, file, anchor, placed, anchored)
  })
  const people = indexPeople(releases.map(({ file, release }) => ({ ...release, file: file ?? undefined })))
  const overview = renderOverview(
    releases.map((r) => r.release),
    people,
  )
  const peopleSection = renderPeople(people, reportAnchors(releases, anchored))
  const counts = Object.fromEntries(VIEW_KINDS.map((k) => [k, ids[k].size])) as Record<ViewKind, number>
  const filters = [
    '<fieldset class="filters" aria-label="Show"><legend>Show</legend>',
    radio('all', 'everything', true),
    ...VIEW_KINDS.map((k) =>
      radio(k, `${k === 'speaker' ? 'people' : `${KIND_LABEL[k]}s`} (${counts[k]})`, false),
    ),
    '</fieldset>',
  ].join('')
  const contents = releases
    .map(
      ({ release, anchor, file }, i) =>
        `<li><span class="n">${i + 1}.</span> <a href="#${anchor}">${esc(release.title ?? '(untitled release)')}</a>${file ? ` <span class="file">${esc(file)}</span>` : ''}</li>`,
    )
    .join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="press-extract">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${esc(title)}</h1>
<p>${releases.length} releases. Marked: ${VIEW_KINDS.map((k) => `<span class="key k-${k}">${KIND_LABEL[k]}</span>`).join(' ')}. Hover or focus a mark for its value and rule.</p>
${filters}
</header>
<nav aria-label="Contents"><h2>Contents</h2><p class="sections"><a href="#overview">Overview</a> · <a href="#people">People (${people.length})</a> · Releases:</p><ol>${contents}</ol></nav>
<main>${overview}
${peopleSection}
${sections.join('\n')}</main>
</body>
</html>
`
}

const KIND_LABEL: Record<ViewKind, string> = {
  quote: 'quote',
  speaker: 'person',
  operation: 'operation',
  date: 'date',
  statistic: 'statistic',
}

/**
 * Where the people section links to: each quote's first mark and each release's article. A quote
 * whose text is in no block of the page has no mark, and no link.
 */
function reportAnchors(
  releases: ReadonlyArray<{ file: string | null; release: Release; anchor: string }>,
  anchored: ReadonlySet<string>,
): ReportAnchors {
  const quotes = new Map<string, string>()
  const articles = new Map<string, { anchor: string; n: number }>()
  const key = (file: string | null | undefined, releaseId: string, start: number) =>
    `${file ?? ''}\u0000${releaseId}\u0000${start}`
  releases.forEach(({ file, release, anchor }, n) => {
    // The same release in two files is one release to the index: link to where it comes first.
    if (!articles.has(release.id)) articles.set(release.id, { anchor, n: n + 1 })
    release.quotes.forEach((q, i) => {
      const k = key(file, release.id, q.span.start)
      if (!quotes.has(k) && anchored.has(`${anchor}-q${i}`)) quotes.set(k, `${anchor}-q${i}`)
    })
  })
  return {
    quote: (file, releaseId, start) => quotes.get(key(file, releaseId, start)),
    release: (releaseId) => articles.get(releaseId),
  }
}

function radio(value: string, label: string, checked: boolean): string {
  return `<label><input type="radio" name="show" value="${value}" id="show-${value}"${checked ? ' checked' : ''}> ${esc(label)}</label>`
}

/** Every item of a release with its span and tooltip; quotes once per paragraph they run over. */
function placeItems(release: Release, anchor: string): Placed[] {
  const placed: Placed[] = []
  release.quotes.forEach((q, i) => {
    const who = q.speaker ? speakerLabel(q.speaker) : 'speaker unknown'
    const tip = `Quote · ${who}${q.cue ? ` · cue “${q.cue}”` : ''}${q.rule ? ` · rule ${q.rule}` : ''}`
    const parts = q.paragraphs.length > 0 ? q.paragraphs : [q]
    for (const p of parts) placed.push({ ...p.span, kind: 'quote', id: `${anchor}-q${i}`, tip })
  })
  // Every mention of a person or organisation that speaks, linked to it: names, short forms, pronouns.
  release.people.forEach((person, i) => {
    const who = speakerLabel(person)
    // One id per person, as a quote over several paragraphs has one: the filter counts people.
    for (const m of person.mentions) {
      placed.push({
        ...m.span,
        kind: 'speaker',
        id: `${anchor}-p${i}`,
        tip: `${person.kind === 'organisation' ? 'Organisation' : 'Person'} · ${who} · rule ${m.rule}`,
      })
    }
  })
  release.operations.forEach((o, i) => {
    o.mentions.forEach((m, j) => {
      placed.push({
        ...m.span,
        kind: 'operation',
        id: `${anchor}-o${i}-${j}`,
        tip: `Operation · ${o.name}${m.rule ? ` · rule ${m.rule}` : ''}`,
      })
    })
  })
  release.dates.forEach((d, i) => {
    const tip = `${d.type} · ${d.value}${d.mod ? ` (${d.mod})` : ''}${d.inferred ? ' · inferred' : ''}${d.rule ? ` · rule ${d.rule}` : ''}`
    placed.push({ ...d.span, kind: 'date', id: `${anchor}-d${i}`, tip })
  })
  release.statistics.forEach((s, i) => {
    const tip = `${s.value} ${s.unit} · ${s.qualifier}${s.measure ? ` · ${s.measure}` : ''}${s.change ? ` · ${s.change}` : ''}${s.rule ? ` · rule ${s.rule}` : ''}`
    placed.push({ ...s.span, kind: 'statistic', id: `${anchor}-s${i}`, tip })
  })
  return placed
}

function speakerLabel(s: { name: string; title: string | null; role: string | null }): string {
  return [[s.title, s.name].filter(Boolean).join(' '), s.role].filter(Boolean).join(', ')
}

function renderRelease(
  release: Release,
  blocks: readonly TextBlock[],
  file: string | null,
  anchor: string,
  placed: Placed[],
  anchored: Set<string>,
): string {
  const published = release.publishedOn
    ? `${esc(release.publishedOn.date)}${release.publishedOn.inferred ? ` <span class="inferred" title="inferred from the text${release.publishedOn.rule ? ` (${esc(release.publishedOn.rule)})` : ''}">(inferred)</span>` : ''}`
    : 'unknown'
  const meta = [
    file ? `<span>File: ${esc(file)}</span>` : '',
    `<span>Source: ${esc(release.source ?? 'unknown')}</span>`,
    `<span>Published: ${published}</span>`,
  ].join(' · ')
  const titleBlock = blocks.find((b) => b.kind === 'title')
  const heading = titleBlock
    ? markText(titleBlock.text, titleBlock.start, placed, anchored)
    : '(untitled release)'
  const body = blocks
    .filter((b) => b.kind !== 'title')
    .map((b) => {
      const inner = markText(b.text, b.start, placed, anchored)
      if (b.kind === 'standfirst') return `<p class="standfirst">${inner}</p>`
      return b.kind === 'bullet' ? `<p class="bullet">• ${inner}</p>` : `<p>${inner}</p>`
    })
    .join('\n')
  return `<article class="release" id="${anchor}" data-release="${release.index}">
<h2>${heading}</h2>
<p class="meta">${meta}</p>
<div class="text">${body}</div>
${renderTables(release)}
</article>`
}

/**
 * The text of one block with its items marked. Items may overlap (a date inside a quote): marks
 * nest, and where one crosses another's edge it is split, so every item is marked and the HTML
 * stays well formed.
 */
function markText(text: string, offset: number, placed: readonly Placed[], anchored: Set<string>): string {
  const end = offset + text.length
  const items = placed
    .filter((p) => p.end > offset && p.start < end && p.end > p.start)
    .map((p) => ({ ...p, start: Math.max(p.start, offset), end: Math.min(p.end, end) }))
  if (items.length === 0) return esc(text)
  const points = [...new Set([offset, end, ...items.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b)
  const stack: Placed[] = []
  let html = ''
  for (let k = 0; k < points.length - 1; k++) {
    const at = points[k]!
    // Close what ends here; items above it in the stack close too and reopen.
    const lowest = stack.findIndex((p) => p.end <= at)
    if (lowest >= 0) {
      const popped = stack.splice(lowest)
      html += '</mark>'.repeat(popped.length)
      for (const p of popped) if (p.end > at) open(p)
    }
    const starting = items.filter((p) => p.start === at).sort((a, b) => b.end - a.end || rank(a) - rank(b))
    for (const p of starting) open(p)
    html += esc(text.slice(at - offset, points[k + 1]! - offset))
  }
  html += '</mark>'.repeat(stack.length)
  return html

  function open(p: Placed) {
    stack.push(p)
    const id = p.kind === 'quote' && !anchored.has(p.id) ? ` id="${p.id}"` : ''
    if (id) anchored.add(p.id)
    html += `<mark class="k-${p.kind}"${id} data-kind="${p.kind}" data-item="${p.id}" title="${esc(p.tip)}" tabindex="0">`
  }
}

/** Quotes outermost, then the rest, when two items start and end together. */
function rank(p: Placed): number {
  return VIEW_KINDS.indexOf(p.kind)
}

function renderTables(release: Release): string {
  const tables: string[] = []
  const table = (kind: ViewKind, caption: string, head: string[], rows: string[][]) => {
    if (rows.length === 0) return
    tables.push(
      `<table class="items t-${kind}" data-kind="${kind}"><caption>${caption} (${rows.length})</caption><thead><tr>${head
        .map((h) => `<th scope="col">${h}</th>`)
        .join(
          '',
        )}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
    )
  }
  const e = (s: string | number | null | undefined) => esc(s === null || s === undefined ? '' : String(s))
  table(
    'quote',
    'Quotes',
    ['Quote', 'Speaker', 'Title', 'Role', 'Cue', 'Rule'],
    release.quotes.map((q) => [
      e(q.text),
      e(q.speaker?.name),
      e(q.speaker?.title),
      e(q.speaker?.role),
      e(q.cue),
      e(q.rule),
    ]),
  )
  table(
    'speaker',
    'People',
    ['Name', 'Kind', 'Title', 'Role', 'Mentions'],
    release.people.map((p) => [
      e(p.name),
      e(p.kind),
      e(p.title),
      e(p.role),
      p.mentions.map((m) => e(m.text)).join('; '),
    ]),
  )
  table(
    'operation',
    'Operations',
    ['Operation', 'Mentions'],
    release.operations.map((o) => [e(o.name), o.mentions.map((m) => e(m.text)).join('; ')]),
  )
  table(
    'date',
    'Dates',
    ['Text', 'Type', 'Value', 'Mod', 'Rule'],
    release.dates.map((d) => [e(d.text), e(d.type), e(d.value), e(d.mod), e(d.rule)]),
  )
  table(
    'statistic',
    'Statistics',
    ['Text', 'Value', 'Unit', 'Qualifier', 'Measure', 'Change', 'Rule'],
    release.statistics.map((s) => [
      e(s.text),
      e(s.value),
      e(s.unit),
      e(s.qualifier),
      e(s.measure),
      e(s.change),
      e(s.rule),
    ]),
  )
  return tables.length > 0
    ? `<section class="tables" aria-label="Items found">${tables.join('\n')}</section>`
    : ''
}
