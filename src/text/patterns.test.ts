import { describe, expect, it } from 'vitest'
import { alternation, escapeRegExp } from './patterns'

describe('escapeRegExp', () => {
  it('makes every special character match itself', () => {
    const s = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p'
    expect(new RegExp(`^${escapeRegExp(s)}$`, 'u').test(s)).toBe(true)
  })
})

describe('alternation', () => {
  it('puts the longest phrase first so it wins', () => {
    const re = new RegExp(`^(?:${alternation(['Op', 'Op.', 'Operation'])})`)
    expect(re.exec('Op. Sceptre')?.[0]).toBe('Op.')
    expect(re.exec('Operation Sceptre')?.[0]).toBe('Operation')
  })
  it('lets a space inside a phrase match the given pattern', () => {
    expect(new RegExp(`^(?:${alternation(['per cent'])})$`).test('per   cent')).toBe(true)
    expect(new RegExp(`^(?:${alternation(['per cent'], ' ')})$`).test('per  cent')).toBe(false)
  })
  it('never matches when the list is empty', () => {
    expect(new RegExp(alternation([])).test('anything')).toBe(false)
    expect(new RegExp(alternation(['', ''])).test('')).toBe(false)
  })
})
