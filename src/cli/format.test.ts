import { describe, expect, it } from 'vitest'
import { splitReleases } from '../releases/split-releases'
import { formatRelease } from './format'

describe('formatRelease', () => {
  const line = 'Officers said: “We seized 35 handguns on 9 October 2023.” Source: not a line of its own. '
  const long = `Title\n\nSource: NPCC\n\n${line.repeat(Math.ceil((1.2 * (1 << 20)) / line.length))}\n`
  const [release] = splitReleases(long).releases

  it('writes a release of over a megabyte in pieces that join to its JSON line', () => {
    const pieces = [...formatRelease(release!, 'dump.txt', { format: 'jsonl', table: 'releases' })]
    expect(pieces.length).toBeGreaterThan(10)
    expect(pieces.join('')).toBe(`${JSON.stringify({ file: 'dump.txt', ...release })}\n`)
  })

  it('writes it as one JSON array element too', () => {
    const pieces = [...formatRelease(release!, 'dump.txt', { format: 'json', table: 'releases' })]
    expect(pieces.join('')).toBe(JSON.stringify(release))
  })

  it('writes an ordinary release in one piece, the file first', () => {
    const [short] = splitReleases('Title\n\nSource: NPCC\n\nA body.\n').releases
    const pieces = [...formatRelease(short!, 'a.txt', { format: 'jsonl', table: 'releases' })]
    expect(pieces).toEqual([`${JSON.stringify({ file: 'a.txt', ...short })}\n`])
  })
})
