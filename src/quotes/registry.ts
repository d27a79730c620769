/** One person of a release, gathered from all their mentions. */
export interface RegisteredPerson {
  /** The fullest form of the name seen so far ("Alex Murray" after "Murray"). */
  name: string
  words: readonly string[]
  /** Rank or honorific from the first mention that has one ("Temporary Chief Constable"). */
  title: string | null
  /** The role most recently written with them. */
  role: string | null
  /** 'he' or 'she' when an honorific or a resolved pronoun says so, else null. */
  pronoun: 'he' | 'she' | null
}

/** An organisation that spoke or was named as a speaker. */
export interface RegisteredOrganisation {
  readonly name: string
  readonly role: string | null
}

/** How many people a pronoun may reach back over; older ones are not "he" or "she" any more. */
const RECENT = 32
/** How many people sharing a surname are compared; bounds the work on lists of names. */
const SAME_SURNAME = 16

/**
 * The speakers of one release, so each person is one speaker whatever form later mentions take:
 * "Temporary Chief Constable Alex Murray", then "T/Chief Constable Murray", then "he".
 */
export class SpeakerRegistry {
  private readonly bySurname = new Map<string, RegisteredPerson[]>()
  /** People by their last mention, most recent last. */
  private readonly recent: RegisteredPerson[] = []
  /** The person mentioned last, whom "the senior officer" refers to. */
  lastPerson: RegisteredPerson | null = null
  /** The organisation mentioned last as a speaker, whom "they" refers to. */
  lastOrganisation: RegisteredOrganisation | null = null
  /** A role described before its holder is named ("The first-ever policing lead for AI has been appointed"). */
  private pendingRole: { role: string; until: number } | null = null

  /** Records a mention at input offset `at` and returns the person it names, merged with earlier mentions. */
  mention(name: string, title: string | null, role: string | null, at: number): RegisteredPerson {
    const words = name.split(/\s+/)
    let person = this.find(words)
    if (person === undefined) {
      person = { name, words, title, role, pronoun: pronounOf(title) }
      const surname = words.at(-1)!.toLowerCase()
      const list = this.bySurname.get(surname) ?? []
      list.push(person)
      this.bySurname.set(surname, list)
    } else {
      person.pronoun ??= pronounOf(title)
      if (person.title === null && title !== null) person.title = title
      if (role !== null) person.role = role
      // A later mention with the full name completes a surname-only first one.
      if (words.length > person.words.length) {
        person.name = name
        person.words = words
      }
    }
    if (person.role === null && this.pendingRole !== null && at <= this.pendingRole.until) {
      person.role = this.pendingRole.role
    }
    this.pendingRole = null
    this.lastPerson = person
    this.touch(person)
    return person
  }

  /**
   * The person "he" or "she" refers to: the most recently mentioned one whose honorific does not
   * say otherwise ("Ms Brown … Mr Smith … She said" is Ms Brown).
   */
  resolvePronoun(word: 'he' | 'she'): RegisteredPerson | null {
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const p = this.recent[k]!
      if (p.pronoun === null || p.pronoun === word) {
        p.pronoun = word
        return p
      }
    }
    return null
  }

  /** Notes a role described without a name, for the next person named before offset `until`. */
  describe(role: string, until: number): void {
    this.pendingRole = { role, until }
  }

  /** Records an organisation that speaks, for a later "they". */
  organisation(name: string, role: string | null): RegisteredOrganisation {
    const org = { name, role }
    this.lastOrganisation = org
    return org
  }

  private touch(person: RegisteredPerson): void {
    const at = this.recent.lastIndexOf(person)
    if (at >= 0) this.recent.splice(at, 1)
    this.recent.push(person)
    if (this.recent.length > RECENT) this.recent.shift()
  }

  /** The person a name refers to: same surname, and the same first name or initial when both have one. */
  private find(words: readonly string[]): RegisteredPerson | undefined {
    const list = this.bySurname.get(words.at(-1)!.toLowerCase())
    if (list === undefined) return undefined
    const first = words.length > 1 ? words[0]!.toLowerCase() : null
    for (let k = list.length - 1; k >= Math.max(0, list.length - SAME_SURNAME); k--) {
      const p = list[k]!
      const pFirst = p.words.length > 1 ? p.words[0]!.toLowerCase() : null
      if (first === null || pFirst === null || first === pFirst || first[0] === pFirst[0]) return p
    }
    return undefined
  }
}

const HE = /\b(?:Mr|Sir|Lord|Father|Brother)\b/
const SHE = /\b(?:Mrs|Ms|Miss|Dame|Lady|Baroness|Sister)\b/

/** The pronoun an honorific implies: "Mr" is he, "Dame" is she; ranks imply neither. */
function pronounOf(title: string | null): 'he' | 'she' | null {
  if (title === null) return null
  if (HE.test(title)) return 'he'
  return SHE.test(title) ? 'she' : null
}
