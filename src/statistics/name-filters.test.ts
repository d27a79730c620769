import { describe, expect, it } from 'vitest'
import { namesWithNumbers, namesWithNumbersOnDemand } from './name-filters'

const blocks = [
  { kind: 'paragraph', text: 'Microsoft released Windows 11 in 2021.' },
  { kind: 'paragraph', text: 'The scam targeted Windows 11 users across the country.' },
  { kind: 'paragraph', text: 'Police in Kent arrested 12 people.' },
]

/** Blocks that count how often they are read. */
function counted(list: typeof blocks): { blocks: typeof blocks; reads: () => number } {
  let reads = 0
  const wrapped = new Proxy(list, {
    get(target, key, receiver) {
      if (key === Symbol.iterator) reads++
      return Reflect.get(target, key, receiver)
    },
  })
  return { blocks: wrapped, reads: () => reads }
}

describe('namesWithNumbersOnDemand', () => {
  it('answers as namesWithNumbers does', () => {
    const all = namesWithNumbers(blocks)
    const onDemand = namesWithNumbersOnDemand(blocks)
    for (const key of ['Windows 11', 'Kent 12', 'Windows 12', 'in 2021'])
      expect(onDemand.has(key)).toBe(all.has(key))
    expect(onDemand.has('Windows 11')).toBe(true)
  })

  it('reads the blocks only when first asked, and only once', () => {
    const c = counted(blocks)
    const names = namesWithNumbersOnDemand(c.blocks)
    expect(c.reads()).toBe(0)
    names.has('Windows 11')
    names.has('Kent 12')
    expect(c.reads()).toBe(1)
  })
})
