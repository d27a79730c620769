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

let browser: Browser
beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does)`)
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

describe('the HTML report in Chromium', () => {
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
