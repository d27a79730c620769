/** Counts for precision, recall and F1. */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 })

export function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp
  into.fp += c.fp
  into.fn += c.fn
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp)
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

/** A share with its counts, e.g. value accuracy over matched items. */
export interface Ratio {
  ok: number
  of: number
}
export const ratio = (): Ratio => ({ ok: 0, of: 0 })
export const rate = (r: Ratio): number => (r.of === 0 ? Number.NaN : r.ok / r.of)
export function tally(r: Ratio, ok: boolean): void {
  r.of++
  if (ok) r.ok++
}

/**
 * Pairs predicted and gold items one to one, greedily by the best similarity above a threshold.
 * Returns the pairs and the counts (unpaired predictions are false positives).
 */
export function pair<P, G>(
  predicted: readonly P[],
  gold: readonly G[],
  similarity: (p: P, g: G) => number,
  threshold: number,
): { pairs: Array<[P, G]>; counts: Counts } {
  const candidates: Array<{ i: number; j: number; s: number }> = []
  predicted.forEach((p, i) => {
    gold.forEach((g, j) => {
      const s = similarity(p, g)
      if (s >= threshold) candidates.push({ i, j, s })
    })
  })
  candidates.sort((a, b) => b.s - a.s || a.i - b.i)
  const usedP = new Set<number>()
  const usedG = new Set<number>()
  const pairs: Array<[P, G]> = []
  for (const c of candidates) {
    if (usedP.has(c.i) || usedG.has(c.j)) continue
    usedP.add(c.i)
    usedG.add(c.j)
    pairs.push([predicted[c.i]!, gold[c.j]!])
  }
  return {
    pairs,
    counts: { tp: pairs.length, fp: predicted.length - pairs.length, fn: gold.length - pairs.length },
  }
}

/** Overlap of two spans as a share of the longer one (0 when they do not overlap). */
export function spanOverlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  if (inter <= 0) return 0
  return inter / Math.max(a.end - a.start, b.end - b.start)
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Token-set F1 of two texts, for matching quotes, which have no spans in the gold. */
export function tokenF1(a: string, b: string): number {
  const wa = words(a)
  const wb = words(b)
  if (wa.length === 0 || wb.length === 0) return 0
  const count = new Map<string, number>()
  for (const w of wb) count.set(w, (count.get(w) ?? 0) + 1)
  let common = 0
  for (const w of wa) {
    const n = count.get(w) ?? 0
    if (n > 0) {
      common++
      count.set(w, n - 1)
    }
  }
  if (common === 0) return 0
  const p = common / wa.length
  const r = common / wb.length
  return (2 * p * r) / (p + r)
}

/** Compares optional strings loosely: case, white space and quote styles do not count. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) =>
    (s ?? '')
      .normalize('NFKC')
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  return norm(a) === norm(b)
}
