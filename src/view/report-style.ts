/** Per kind: a light background, a text colour dark enough on it (WCAG AA), and an underline style of its own. */
const KIND_STYLE: Record<string, { bg: string; line: string; decoration: string }> = {
  quote: { bg: '#fff4c2', line: '#7a5c00', decoration: 'solid' },
  speaker: { bg: '#e6ddff', line: '#4b2aa8', decoration: 'double' },
  operation: { bg: '#d4f5e6', line: '#0b6b45', decoration: 'wavy' },
  date: { bg: '#d8ecff', line: '#0b4f8a', decoration: 'dotted' },
  statistic: { bg: '#ffe0dc', line: '#a1251b', decoration: 'dashed' },
}

const kinds = Object.keys(KIND_STYLE)

/** Marks, legend keys and the one-kind filters (radio buttons and `:has()`, no script). */
const kindRules = kinds
  .map((k) => {
    const s = KIND_STYLE[k]!
    return [
      `mark.k-${k}, .key.k-${k} { background: ${s.bg}; text-decoration: underline ${s.decoration} ${s.line}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
      `body:has(#show-${k}:checked) mark:not(.k-${k}) { background: none; text-decoration: none; }`,
      `body:has(#show-${k}:checked) table.items:not(.t-${k}) { display: none; }`,
    ].join('\n')
  })
  .join('\n')

export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --rule: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 4rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--rule); padding: .5rem 0; z-index: 1; }
h1 { font-size: 1.4rem; margin: .2rem 0; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .3rem; }
.filters { border: 0; padding: 0; margin: .3rem 0 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; font-size: .9rem; }
.filters legend { font-weight: 600; float: left; margin-right: .5rem; }
/* Numbers are text, not list markers: a marker hangs outside its column, over the one before. */
nav ol { column-width: 24rem; column-gap: 2.5rem; font-size: .9rem; padding-left: 0; list-style: none; }
nav li .n { color: var(--muted); display: inline-block; min-width: 1.6rem; }
nav li { break-inside: avoid; overflow-wrap: anywhere; margin-bottom: .25rem; }
nav li .file { display: block; padding-left: 1.6rem; }
.text, h2, .meta { overflow-wrap: anywhere; }
.tables { overflow-x: auto; }
nav .file, .meta { color: var(--muted); font-size: .85rem; }
article.release { border-top: 2px solid var(--rule); margin-top: 2rem; scroll-margin-top: 8rem; }
.standfirst { font-weight: 600; }
.bullet { margin-left: 1.2rem; }
mark { color: inherit; padding: 0 .05em; border-radius: 2px; }
mark:focus { outline: 2px solid #000; }
.key { padding: 0 .3em; margin: 0 .1em; }
.inferred { font-style: italic; }
table.items { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .85rem; }
table.items caption { text-align: left; font-weight: 600; }
table.items th, table.items td { border: 1px solid var(--rule); padding: .2rem .4rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
nav .sections { margin: .2rem 0; font-size: .9rem; }
#overview, #people { scroll-margin-top: 8rem; border-top: 2px solid var(--rule); margin-top: 2rem; }
mark[id] { scroll-margin-top: 9rem; }
/* Charts: two columns where there is room, one otherwise; the SVG scales with its box. */
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); gap: 1.2rem 2rem; }
figure.chart-box { margin: 0; min-width: 0; }
figure.chart-box figcaption { font-weight: 600; margin-bottom: .3rem; }
svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
svg.chart text { fill: var(--ink); }
svg.chart text.v { fill: var(--muted); }
svg.chart rect { fill: #3d5a98; }
.note, .empty { color: var(--muted); font-size: .85rem; margin: .3rem 0 0; }
ol.people-list { list-style: none; padding: 0; margin: 0; }
li.person { border-top: 1px solid var(--rule); padding: .2rem 0 .4rem; }
li.person h3 { font-size: 1rem; margin: .4rem 0 .1rem; overflow-wrap: anywhere; }
li.person .kind { font-weight: normal; color: var(--muted); font-size: .85rem; }
li.person .meta > span { display: block; }
li.person .meta { margin: .2rem 0; }
li.person .in { margin: .2rem 0; font-size: .9rem; }
li.person .when { color: var(--muted); }
ol.quotes { margin: .2rem 0 .3rem; padding-left: 1.6rem; font-size: .9rem; overflow-wrap: anywhere; }
ol.quotes li { margin-bottom: .15rem; }
@media (max-width: 40rem) { body { padding: .5rem .75rem 3rem; } header { position: static; } }
${kindRules}
@media print {
  header { position: static; }
  .filters, nav { display: none; }
  article.release { break-before: page; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
