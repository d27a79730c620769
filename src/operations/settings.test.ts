import { describe, expect, it } from 'vitest'
import { OptionsError } from '../options'
import { findOperations } from './find-operations'
import * as lexicon from './lexicon'
import { applyList } from './settings'

/** Code-unit order, the order the lists are kept in. */
function sorted(list: readonly string[]): string[] {
  return [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

describe('findOperations', () => {
  describe('lexicon', () => {
    const lists = Object.entries(lexicon).filter((entry): entry is [string, readonly string[]] =>
      Array.isArray(entry[1]),
    )

    it('checks every list the lexicon exports', () => {
      expect(lists).toHaveLength(6)
    })

    it.each(lists)('keeps %s sorted and free of repeats', (_, list) => {
      expect(list).toEqual(sorted(list))
      expect(new Set(list).size).toBe(list.length)
    })

    it('has the prefixes the press writes', () => {
      expect(lexicon.OPERATION_PREFIXES).toEqual(
        expect.arrayContaining(['OPERATION', 'Op', 'Op.', 'Operation']),
      )
    })

    it('stops a name at a month, but not at March or May', () => {
      expect(lexicon.OPERATION_STOP_WORDS).toEqual(expect.arrayContaining(['January', 'September']))
      expect(lexicon.OPERATION_STOP_WORDS).not.toContain('March')
      expect(lexicon.OPERATION_STOP_WORDS).not.toContain('May')
    })

    it('pairs each opening quotation mark with its closing one', () => {
      expect(lexicon.NAME_QUOTES['‘']).toBe('’')
      expect(lexicon.NAME_QUOTES['“']).toBe('”')
    })
  })

  describe('list options', () => {
    const defaults = ['Op', 'Operation']
    it.each([
      ['nothing keeps the defaults', undefined, ['Op', 'Operation']],
      ['an array extends', ['Project'], ['Op', 'Operation', 'Project']],
      ['an array adds no repeats', ['Op'], ['Op', 'Operation']],
      ['replace uses its own list', { replace: ['Project'] }, ['Project']],
      ['replace and extend combine', { replace: ['Project'], extend: ['PROJECT'] }, ['Project', 'PROJECT']],
      ['remove takes out', { remove: ['Op'] }, ['Operation']],
      ['an empty replace empties', { replace: [] }, []],
    ] as const)('%s', (_, option, expected) => {
      expect(applyList(defaults, option)).toEqual(expected)
    })
  })

  describe('invalid options', () => {
    it.each([
      [{ prefixes: 'Project' }, '`prefixes`'],
      [{ prefixes: [''] }, '`prefixes.0`'],
      [{ prefixes: ['Project '] }, '`prefixes.0`'],
      [{ stopWords: ['Two words'] }, '`stopWords.0`'],
      [{ stopWords: { add: ['Unit'] } }, '`stopWords`'],
      [{ bareNames: 'yes' }, '`bareNames`'],
      [{ prefix: ['Project'] }, 'prefix'],
      [{ onDiagnostic: 'log' }, '`onDiagnostic`'],
    ])('throws an OptionsError naming the option for %o', (options, name) => {
      expect(() => findOperations('Operation Hurricane', options as never)).toThrow(OptionsError)
      expect(() => findOperations('Operation Hurricane', options as never)).toThrow(name)
    })

    it('accepts null and undefined options', () => {
      expect(findOperations('Op Cyclone', undefined)).toHaveLength(1)
      expect(findOperations('Op Cyclone', null as never)).toHaveLength(1)
    })
  })
})
