import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extract, indexPeople, renderHtml } from '../src/index'

const root = fileURLToPath(new URL('..', import.meta.url))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const files = ['000_553ed2df297268c8.txt', '002_52e0b0eef6d94852.txt']
const results = files.map((file) => ({
  file,
  ...extract(readFileSync(`${root}examples/data/${file}`, 'utf8')),
}))
// The sample corpus and the wide one: several publishers, months and units for the overview's charts.
const wide = readdirSync(`${root}test/fixtures/wide/corpus`)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, ...extract(readFileSync(`${root}test/fixtures/wide/corpus/${file}`, 'utf8')) }))
// And a publisher whose name is far too long for a chart's width: its label must be cut, not overflow.
const longName =
  `The Office of the Commissioner for ${'Extraordinarily Long Publisher Names '.repeat(3)}`.trim()
const corpus = [
  ...results,
  ...wide,
  {
    file: 'long.txt',
    ...extract(
      ['One', 'Two', 'Three'].map((t) => `${t}\n\nSource: ${longName}\n\nA body of text.\n\n`).join(''),
    ),
  },
]
const outDir = `${root}test-output`

// Without a browser the suite is skipped and says why; under CI a missing browser is a failure.
const haveBrowser = existsSync(CHROMIUM)
if (!haveBrowser && process.env.CI) {
  throw new Error(`No Chromium at ${CHROMIUM} under CI: .ci/run installs Debian's chromium package`)
}
if (!haveBrowser) {
  console.warn(
    `view.browser.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  )
}

let browser: Browser
beforeAll(async () => {
  if (!haveBrowser) return
  // Flags for a closed network and a root user, as this machine runs it.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}, 60_000)
afterAll(async () => browser?.close())

describe.skipIf(!haveBrowser)('the HTML report in Chromium', () => {
  it('shows all 20 releases and marks every item the parsers found', async () => {
    mkdirSync(outDir, { recursive: true })
    const path = `${outDir}/report.html`
    writeFileSync(path, renderHtml(results))
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const requests: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url())
    })
    await page.goto(`file://${path}`)
    expect(await page.locator('article.release').count()).toBe(20)
    expect(await page.locator('nav li').count()).toBe(20)

    const expected = results.flatMap((r, f) =>
      r.releases.flatMap((rel) => {
        const a = `r${f}-${rel.index}`
        return [
          ...rel.quotes.map((_, i) => `${a}-q${i}`),
          ...rel.people.map((_, i) => `${a}-p${i}`),
          ...rel.operations.flatMap((o, i) => o.mentions.map((_, j) => `${a}-o${i}-${j}`)),
          ...rel.dates.map((_, i) => `${a}-d${i}`),
          ...rel.statistics.map((_, i) => `${a}-s${i}`),
        ]
      }),
    )
    const marked = new Set(
      await page.locator('mark[data-item]').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-item'))),
    )
    expect(expected.filter((id) => !marked.has(id))).toEqual([])
    expect(requests).toEqual([])

    // One kind at a time: with dates chosen, other marks lose their background.
    if (expected.some((id) => /-d\d+$/.test(id))) {
      await page.check('#show-date')
      const other = page.locator('mark:not(.k-date)').first()
      if ((await other.count()) > 0) {
        expect(await other.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgba(0, 0, 0, 0)')
      }
      await page.check('#show-all')
    }
    // The first quote with its speaker marked: quotes, speakers, operations and dates in one view.
    await page.evaluate(() =>
      document.querySelector('mark.k-speaker')?.closest('p')?.scrollIntoView({ block: 'start' }),
    )
    await page.evaluate(() => window.scrollBy(0, -140))
    await page.screenshot({ path: `${outDir}/report.png` })
    await page.close()
  }, 60_000)

  it.each([1400, 420])(
    'reads at %i px: no sideways scrolling, nothing drawn over anything else',
    async (width) => {
      mkdirSync(outDir, { recursive: true })
      const path = `${outDir}/report-${width}.html`
      writeFileSync(path, renderHtml(corpus))
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      await page.goto(`file://${path}`)
      const scroll = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
      }))
      expect(scroll.page).toBeLessThanOrEqual(scroll.view)
      // Every text-bearing box of the contents, the header and the release headings, pairwise.
      const overlaps = await page.evaluate(() => {
        // An inline element that wraps has one box per line: compare those, not the rectangle around them.
        const boxes = Array.from(
          document.querySelectorAll(
            [
              'nav li a, nav li .file, nav .sections a, header h1, header label, article h2, .meta span',
              // The overview's chart titles and every label and number in the charts, and the people.
              '#overview figcaption, #overview .note, svg.chart text',
              '#people h3, #people .meta > span, #people .in, #people ol.quotes a',
            ].join(', '),
          ),
        )
          .flatMap((el) => Array.from(el.getClientRects()).map((r) => ({ el, r })))
          .filter(({ r }) => r.width > 0 && r.height > 0)
        const found: string[] = []
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!
            const b = boxes[j]!
            if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue
            const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left)
            const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top)
            // A pixel of shared edge is layout rounding, not text drawn over text.
            if (x > 1 && y > 1)
              found.push(`${a.el.textContent?.slice(0, 30)} / ${b.el.textContent?.slice(0, 30)}`)
          }
        }
        return found
      })
      expect(overlaps).toEqual([])
      // Each chart fits its column, and every label and number lies inside its chart, none cut off.
      const charts = await page.evaluate(() =>
        Array.from(document.querySelectorAll('svg.chart')).map((svg) => {
          const box = svg.getBoundingClientRect()
          const column = svg.parentElement!.getBoundingClientRect()
          const outside = Array.from(svg.querySelectorAll('text'))
            .map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }))
            .filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1)
            .map(({ t }) => t)
          const size = Math.min(
            ...Array.from(svg.querySelectorAll('text')).map((t) => t.getBoundingClientRect().height),
          )
          return { fits: box.width <= column.width + 1 && box.width > 0, outside, size }
        }),
      )
      expect(charts).toHaveLength(4)
      for (const chart of charts) {
        expect(chart).toMatchObject({ fits: true, outside: [] })
        // Text scales with the chart: still readable at the narrow width.
        expect(chart.size).toBeGreaterThanOrEqual(10)
      }
      await page.screenshot({ path: `${outDir}/report-${width}.png` })
      await page.close()
    },
    60_000,
  )

  it('shows the overview and the people, and every link within the report goes somewhere', async () => {
    mkdirSync(outDir, { recursive: true })
    const path = `${outDir}/report-corpus.html`
    writeFileSync(path, renderHtml(corpus))
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`file://${path}`)
    // Four charts, each an image to assistive technology with a title and its numbers as text.
    const charts = page.locator('#overview svg.chart')
    expect(await charts.count()).toBe(4)
    for (const chart of await charts.all()) {
      expect(await chart.getAttribute('role')).toBe('img')
      expect(await chart.getAttribute('aria-label')).toMatch(/\d/)
      expect(await chart.locator('title').first().textContent()).toBe(await chart.getAttribute('aria-label'))
    }
    const publishers = await page.locator('#overview svg.chart').first().getAttribute('aria-label')
    const releases = corpus.flatMap((r) => r.releases)
    const ukCount = releases.filter(
      (r) => r.source === 'United Kingdom National Police Chiefs Council',
    ).length
    expect(publishers).toContain(`United Kingdom National Police Chiefs Council ${ukCount}`)
    const people = indexPeople(corpus.flatMap((r) => r.releases.map((rel) => ({ ...rel, file: r.file }))))
    expect(await page.locator('#people li.person').count()).toBe(people.length)
    expect(await page.locator('#people li.person h3').first().textContent()).toContain(people[0]!.name)

    // Every in-page link has a target: the contents, the people's releases and quotes.
    const broken = await page.evaluate(() =>
      Array.from(document.querySelectorAll('a[href^="#"]'))
        .map((a) => a.getAttribute('href')!.slice(1))
        .filter((id) => !document.getElementById(decodeURIComponent(id))),
    )
    expect(broken).toEqual([])
    const quoteLinks = page.locator('#people ol.quotes a')
    expect(await quoteLinks.count()).toBe(people.reduce((n, p) => n + p.quotes.length, 0))
    // Following a quote link brings the quote into view, below the sticky header.
    const first = quoteLinks.first()
    const target = (await first.getAttribute('href'))!.slice(1)
    await first.click()
    const seen = await page.evaluate((id) => {
      const mark = document.getElementById(id)!
      const header = document.querySelector('header')!.getBoundingClientRect()
      const r = mark.getBoundingClientRect()
      return {
        tag: mark.tagName,
        kind: mark.dataset.kind,
        top: r.top,
        header: header.bottom,
        height: innerHeight,
      }
    }, target)
    expect(seen).toMatchObject({ tag: 'MARK', kind: 'quote' })
    expect(seen.top).toBeGreaterThanOrEqual(seen.header - 1)
    expect(seen.top).toBeLessThan(seen.height)
    await page.close()
  }, 60_000)

  it('runs no script from hostile text', async () => {
    const bad = '<script>window.pwned=1</script>"><img src=x onerror="window.pwned=2">\u202Eevil'
    const html = renderHtml(extract(`${bad}\n\nSource: ${bad}\n\n${bad} body.\n`))
    const page = await browser.newPage()
    await page.setContent(html)
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.locator('article h2').first().textContent()).toContain('<script>')
    await page.close()
  }, 60_000)
})
