import { describe, expect, it } from 'vitest'
import { MAX_BLOCK, toBlocks } from './blocks'

describe('toBlocks', () => {
  it('gives one block per non-blank line of a string', () => {
    expect(toBlocks('One.\n\n  Two.  \n').map((b) => [b.text, b.start])).toEqual([
      ['One.', 0],
      ['Two.', 8],
    ])
  })

  it('reads a paragraph longer than MAX_BLOCK in windows cut after sentences', () => {
    const sentence = 'Officers seized 35 handguns on 9 October 2023 in Leeds. '
    const text = sentence.repeat(Math.ceil((3 * MAX_BLOCK) / sentence.length)).trim()
    const blocks = toBlocks(text)
    expect(blocks.length).toBeGreaterThanOrEqual(3)
    for (const b of blocks) {
      expect(b.text.length).toBeLessThanOrEqual(MAX_BLOCK)
      expect(text.slice(b.start, b.start + b.text.length)).toBe(b.text)
      expect(b.text.endsWith('Leeds.')).toBe(true)
    }
    // Nothing is lost: the windows and the spaces between them make up the paragraph.
    expect(blocks.map((b) => b.text).join(' ')).toBe(text)
  })

  it('cuts text without sentences at a space, and text without spaces between characters', () => {
    const words = 'word '.repeat(MAX_BLOCK).trim()
    for (const b of toBlocks(words)) expect(b.text.startsWith('word') && b.text.endsWith('word')).toBe(true)
    const emoji = '😀'.repeat(MAX_BLOCK)
    const blocks = toBlocks(emoji)
    expect(blocks.map((b) => b.text).join('')).toBe(emoji)
    for (const b of blocks) expect(b.text.length % 2).toBe(0)
  })

  it('keeps the spans of a release’s long paragraph in the input', () => {
    const body = 'A sentence about the case. '.repeat(3000).trim()
    const input = `Title\n\n${body}`
    const release = {
      paragraphs: [{ kind: 'text' as const, text: body, span: { start: 7, end: 7 + body.length } }],
    }
    for (const b of toBlocks(release)) expect(input.slice(b.start, b.start + b.text.length)).toBe(b.text)
  })
})
