import { esc } from './escape'

/** One bar: its label, its number, and a longer label for the tooltip when the shown one is cut. */
export interface Bar {
  label: string
  value: number
}

/** The chart's coordinate system: it scales to its box (viewBox, width 100 %), so text scales with it. */
const WIDTH = 400
const FONT = 13
const VALUE_FONT = 12
/** Room kept right of the longest bar for its number. */
const VALUE_ROOM = 56
const ROW = 36
const PAD = 4

/**
 * A horizontal bar chart as inline SVG: each row is a label on a line of its own, then the bar
 * with its number written after it, so no label can run into a bar or a number however long it
 * is (a label too long for the width is cut with an ellipsis and given whole in its tooltip).
 * The SVG is an image to assistive technology, labelled with every label and number.
 */
export function barChart(title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.value))
  const height = PAD * 2 + ROW * bars.length
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join('; ')}`
  const rows = bars.map((b, i) => {
    const top = PAD + i * ROW
    const length = Math.max(1, Math.round(((WIDTH - VALUE_ROOM) * b.value) / max))
    const shown = fitLabel(b.label, WIDTH, FONT)
    const tip = shown === b.label ? '' : `<title>${esc(b.label)}</title>`
    return [
      `<text x="0" y="${top + FONT}" font-size="${FONT}">${tip}${esc(shown)}</text>`,
      `<rect x="0" y="${top + FONT + 5}" width="${length}" height="12" rx="2"></rect>`,
      `<text class="v" x="${length + 5}" y="${top + FONT + 15}" font-size="${VALUE_FONT}">${b.value}</text>`,
    ].join('')
  })
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(summary)}" preserveAspectRatio="xMinYMin meet"><title>${esc(summary)}</title>${rows.join('')}</svg>`
}

/**
 * The label, cut with an ellipsis to fit `width` at `size`. Widths are estimated per character,
 * generously, so the text fits whatever sans-serif font the reader's browser picks.
 */
export function fitLabel(label: string, width: number, size: number): string {
  let used = 0
  const chars = Array.from(label)
  const room = width - size // keeps room for the ellipsis
  for (let i = 0; i < chars.length; i++) {
    used += charWidth(chars[i]!) * size
    if (used > width) {
      let cut = i
      let total = chars.slice(0, cut).reduce((w, c) => w + charWidth(c) * size, 0)
      while (cut > 0 && total > room) total -= charWidth(chars[--cut]!) * size
      return `${chars.slice(0, cut).join('').trimEnd()}…`
    }
  }
  return label
}

/** A generous estimate of a character's advance, in ems, for common sans-serif fonts. */
function charWidth(c: string): number {
  if (" .,;:!|'’‘ijlI()[]".includes(c)) return 0.36
  if ('mwMW@%'.includes(c)) return 0.98
  if (c >= 'A' && c <= 'Z') return 0.78
  if (c >= '0' && c <= '9') return 0.64
  if (c.charCodeAt(0) > 0x2e80) return 1.05 // CJK and other wide scripts
  return 0.64
}
