import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extract, renderHtml } from '../src/index'

const root = fileURLToPath(new URL('..', import.meta.url))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const files = ['000_553ed2df297268c8.txt', '002_52e0b0eef6d94852.txt']
const results = files.map((file) => ({
  file,
  ...extract(readFileSync(`${root}examples/data/${file}`, 'utf8')),
}))
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
      writeFileSync(path, renderHtml(results))
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
            'nav li a, nav li .file, header h1, header label, article h2, .meta span',
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
      await page.screenshot({ path: `${outDir}/report-${width}.png` })
      await page.close()
    },
    60_000,
  )

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
