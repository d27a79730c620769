import { describe, expect, it } from 'vitest'
import { barChart, fitLabel } from './bar-chart'

describe('barChart', () => {
  it('draws one bar per value, longest for the largest, with the numbers as text', () => {
    const svg = barChart('Releases per publisher', [
      { label: 'NPCC', value: 20 },
      { label: 'New Zealand Police', value: 5 },
    ])
    expect(svg).toMatch(
      /^<svg class="chart" viewBox="0 0 400 80" role="img" aria-label="Releases per publisher: NPCC 20; New Zealand Police 5"/,
    )
    expect(svg).toContain('<title>Releases per publisher: NPCC 20; New Zealand Police 5</title>')
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]))
    expect(widths).toEqual([344, 86])
    expect([...svg.matchAll(/<text class="v"[^>]*>(\d+)<\/text>/g)].map((m) => m[1])).toEqual(['20', '5'])
  })

  it('cuts a label too long for the width, keeping it whole in a tooltip, and escapes it', () => {
    const long = `<b>${'United States Department of Justice '.repeat(3)}</b>`
    const svg = barChart('Publishers', [{ label: long, value: 1 }])
    expect(svg).not.toContain('<b>')
    expect(svg).toContain(`<title>&lt;b&gt;United States`)
    expect(svg).toMatch(/…<\/text>/)
  })
})

describe('fitLabel', () => {
  it('leaves a short label alone and cuts a long one with an ellipsis', () => {
    expect(fitLabel('Gavin Stephens', 400, 13)).toBe('Gavin Stephens')
    const cut = fitLabel('W'.repeat(60), 400, 13)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut.length).toBeLessThan(40)
    // Never splits a character made of two UTF-16 units.
    expect(fitLabel('😀'.repeat(60), 100, 13)).toMatch(/^(😀)+…$/u)
  })
})
