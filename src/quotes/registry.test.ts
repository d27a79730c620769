// Roles put off: a narration mention's role is read only when the person's role is asked for, and
// the result is the one reading every role at its mention would give.
import { describe, expect, it } from 'vitest'
import { extractQuotesAndPeople } from './extract-quotes'
import { SpeakerRegistry } from './registry'

/** A role read later, counting how often it is read. */
function late(role: string | null): { read: () => string | null; calls: () => number } {
  let calls = 0
  return {
    read: () => {
      calls++
      return role
    },
    calls: () => calls,
  }
}

describe('SpeakerRegistry roles put off', () => {
  it('reads no role put off until the role is asked for', () => {
    const registry = new SpeakerRegistry()
    const first = late('Head of Roads Policing')
    const person = registry.mention('Jane Smith', null, null, 0, undefined, first.read)
    registry.mention('Smith', null, null, 40, undefined, late(null).read)
    expect(first.calls()).toBe(0)
    expect(person.role).toBe('Head of Roads Policing')
    expect(first.calls()).toBe(1)
    // Read once: asking again reads nothing more.
    expect(person.role).toBe('Head of Roads Policing')
    expect(first.calls()).toBe(1)
  })

  it('keeps the role written last, as reading each at its mention would', () => {
    const registry = new SpeakerRegistry()
    const person = registry.mention('Jane Smith', null, 'Chief Inspector', 0)
    const older = late('Head of Roads Policing')
    const newer = late('NPCC lead for roads')
    registry.mention('Jane Smith', null, null, 10, undefined, older.read)
    registry.mention('Smith', null, null, 20, undefined, newer.read)
    registry.mention('Smith', null, null, 30, undefined, late(null).read)
    expect(person.role).toBe('NPCC lead for roads')
    // The newest role found, the older one is never read.
    expect(older.calls()).toBe(0)
  })

  it('lets a role given at a later mention supersede the roles put off before it', () => {
    const registry = new SpeakerRegistry()
    const person = registry.mention('Jane Smith', null, null, 0, undefined, late('Head of CID').read)
    registry.mention('Jane Smith', null, 'Chief Superintendent of the Met', 50)
    expect(person.role).toBe('Chief Superintendent of the Met')
  })

  it('keeps an earlier role when every role put off since reads none', () => {
    const registry = new SpeakerRegistry()
    const person = registry.mention('Jane Smith', null, 'Head of CID', 0)
    registry.mention('Smith', null, null, 10, undefined, late(null).read)
    expect(person.role).toBe('Head of CID')
  })

  it('finds a person by an office only their role put off names', () => {
    const registry = new SpeakerRegistry()
    registry.mention('Jane Smith', null, null, 0, undefined, late('Head of Roads Policing').read)
    registry.mention('Tom Brown', null, null, 30, undefined, late(null).read)
    expect(registry.resolveDescription('head', 'the head of roads policing')?.name).toBe('Jane Smith')
  })
})

describe('roles of people named in the narration', () => {
  it('gives a speaker the role written at an earlier mention in the narration', () => {
    const text = [
      'Appeal after crash',
      'Jane Smith, head of the Roads Policing Unit, attended the scene on Monday.',
      'Officers closed the road for six hours.',
      '“We need to hear from anyone who saw the crash,” Smith said.',
    ].join('\n\n')
    const { quotes } = extractQuotesAndPeople(text)
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Jane Smith', role: 'head of the Roads Policing Unit' })
  })

  it('resolves an office to the person whose narration role names it', () => {
    const text = [
      'Appeal after crash',
      'Jane Smith, head of the Roads Policing Unit, attended the scene on Monday.',
      'Tom Brown, a witness, called the police.',
      '“We need to hear from anyone who saw the crash,” the head of the unit said.',
    ].join('\n\n')
    const { quotes } = extractQuotesAndPeople(text)
    expect(quotes[0]?.speaker?.name).toBe('Jane Smith')
  })
})
