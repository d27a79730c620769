import type { TextBlock } from '../text/blocks'
import { lazyRegExp } from '../text/lazy-patterns'
import { beforeAdverbs, parseSpeakerPhrase } from './attribution'
import type { QuoteRun } from './marks'
import { namedAsBench, namedAsParty, speaksInNarration } from './parties'
import type { Lexicon } from './patterns'
import { findPeople, type PersonMention } from './people'
import { pronounOfApposition } from './registry'
import { trimEndChars } from './scan'

/** How many paragraphs before a quote are read for the people its attribution may refer to. */
const NEAR_BLOCKS = 12

/**
 * A person named in the narration (`speaks` when a cue verb has them speak, `party` when named as
 * a party to a case, `bench` when named as the judge who sentenced or heard it), or a role described before its holder is named.
 */
export type NarrationEvent =
  | {
      readonly at: number
      readonly kind: 'person'
      readonly mention: PersonMention
      readonly speaks: boolean
      readonly party: boolean
      readonly bench: boolean
    }
  | { readonly at: number; readonly kind: 'role'; readonly role: string; readonly until: number }
  | { readonly at: number; readonly kind: 'pronoun'; readonly word: 'he' | 'she' }
  | { readonly at: number; readonly kind: 'body'; readonly name: string; readonly role: string | null }
  | { readonly at: number; readonly kind: 'group'; readonly names: readonly string[] }
  | { readonly at: number; readonly kind: 'described'; readonly name: string; readonly pronoun: 'he' | 'she' }

/**
 * The people named in the narration (quotes masked out), and roles described before their holder
 * is named, in input order: the registry replays them so pronouns resolve to the latest person.
 */
export function narrationEvents(
  all: readonly TextBlock[],
  blocks: readonly TextBlock[],
  runs: readonly QuoteRun[],
  lexicon: Lexicon,
): NarrationEvent[] {
  // `blocks` is `all` without its title, which only ever comes first.
  const offset = all.length - blocks.length
  const masks: Array<Array<[number, number]> | undefined> = []
  // Only the paragraphs that lead up to a quote can name its speaker: the rest is not read.
  const near = new Uint8Array(all.length)
  let marked = -1
  for (const run of runs) {
    const segments = run.segments
    const lastSeg = segments.at(-1)!
    for (const seg of segments) {
      const list = masks[seg.block] ?? []
      const from = seg === segments[0] ? run.openMark : Math.max(0, seg.start - 1)
      list.push([from, seg === lastSeg ? run.closeEnd : blocks[seg.block]!.text.length])
      masks[seg.block] = list
    }
    const first = segments[0]!.block + offset
    for (let b = Math.max(marked + 1, first - NEAR_BLOCKS); b <= first; b++) near[b] = 1
    marked = Math.max(marked, first)
    near[lastSeg.block + offset] = 1
  }
  for (let b = 0; b < all.length; b++)
    if (all[b]!.kind === 'title' || all[b]!.kind === 'standfirst') near[b] = 1
  const events: NarrationEvent[] = []
  // Surnames of people named in full so far, each with the full name (empty when two share it).
  const surnames = new Map<string, string>()
  for (let b = 0; b < all.length; b++) {
    if (near[b] === 0) continue
    const block = all[b]!
    const text = masked(block.text, b >= offset ? masks[b - offset] : undefined)
    // Roles read later: only those of people who speak or are referred to by their office.
    const people = findPeople(text, lexicon, false, true)
    const named = (mention: PersonMention): NarrationEvent => ({
      at: block.start + mention.start,
      kind: 'person',
      mention,
      speaks: speaksInNarration(text, mention.start, mention.end, lexicon),
      party: namedAsParty(text, mention.start, mention.end),
      bench: namedAsBench(text, mention.start, mention.end, mention.title),
    })
    for (const mention of people) {
      events.push(named(mention))
      // "Jane Smith, 45, a mother of two, said": the apposition says who is "she".
      const pronoun = pronounOfApposition(text, mention.end)
      if (pronoun !== null)
        events.push({ at: block.start + mention.end, kind: 'described', name: mention.name, pronoun })
    }
    for (const p of people) {
      const words = p.name.split(' ')
      if (words.length > 1) rememberSurname(surnames, words.at(-1)!, p.name)
    }
    for (const mention of knownSurnames(text, people, surnames, lexicon)) events.push(named(mention))
    if (block.kind !== 'title') {
      for (const p of sentencePronouns(block.text, text))
        events.push({ at: block.start + p.at, kind: 'pronoun', word: p.word })
      for (const subject of speakingSubjects(text, lexicon))
        events.push(
          'names' in subject
            ? { at: block.start + subject.at, kind: 'group', names: subject.names }
            : { at: block.start + subject.at, kind: 'body', name: subject.name, role: subject.role },
        )
    }
    // Headlines are telegraphic ("NPCC welcomes first ever lead for AI"): their roles describe no one yet.
    const described = block.kind === 'title' ? null : describedRoleIn(text)
    if (described && (people.length === 0 || people[0]!.start > described.index)) {
      const next = all[b + 3]
      events.push({
        at: block.start + described.index,
        kind: 'role',
        role: described.role,
        until: next?.start ?? Number.POSITIVE_INFINITY,
      })
    }
  }
  return events.sort((a, b) => a.at - b.at)
}

const ROLE_HEAD = /(?:lead|head|chair|director)[ \u00a0](?:for|of)[ \u00a0]/i
/** One space between words, plain or no-break: some pages write every space as U+00A0. */
const SPACE = /[ \u00a0]/

/** Words that end a described role on its left: "from policing’s first-ever lead", "The … lead". */
const PHRASE_STOP = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'is',
  'of',
  'on',
  'that',
  'the',
  'to',
  'was',
  'with',
])

/** A role described in a paragraph, with where it starts; the cheap head test first, since most paragraphs have none. */
function describedRoleIn(text: string): { index: number; role: string } | null {
  const head = ROLE_HEAD.exec(text)
  if (head === null || /\p{L}/u.test(text[head.index - 1] ?? '')) return null
  // Left: up to three words of the same phrase ("policing’s first-ever", "first-ever policing").
  const left = text.slice(Math.max(0, head.index - 80), head.index).split(SPACE)
  left.pop()
  let start = head.index
  let article = false
  for (let k = 0; k < 3 && left.length > 0; k++) {
    const word = left.pop()!
    if (word === '' || /[,.;:!?)]$/.test(word)) break
    if (PHRASE_STOP.has(word.toLowerCase())) {
      article = /^(?:the|an?)$/i.test(word)
      break
    }
    start -= word.length + 1
  }
  // Right: the capitalised name of what is led ("Artificial Intelligence (AI)").
  const tail = text.slice(head.index + head[0].length, head.index + head[0].length + 200).split(SPACE)
  let end = head.index + head[0].length
  let taken = 0
  let pending = 0
  for (const token of tail) {
    const word = trimEndChars(token, ',.;:')
    if (/^(?:\p{Lu}[\p{L}’'&-]*|\([^)\s]{1,30}\)|&)$/u.test(word)) {
      end += pending + word.length
      pending = token.length - word.length + 1
      taken++
      if (word !== token) break
    } else if (/^(?:and|of|the|&)$/.test(token) && taken > 0) {
      pending += token.length + 1
    } else break
  }
  if (taken === 0) return null
  let role = text.slice(start, end)
  if (article) role = role.replace(/^(?:first-ever|new|newly[ \u00a0-]appointed)[ \u00a0]/, '')
  return { index: start, role }
}

/** How many surnames of people named in full are looked for alone; bounds the work per paragraph. */
const SURNAMES = 24
const LETTER = lazyRegExp(String.raw`[\p{L}\p{N}’'-]`, 'u')

/** Marks after which a surname alone opens a sentence or a clause: "Lanaute entered", ", Jackson said". */
const CLAUSE_MARKS = '.!?;,(—–'

/** True when a sentence or clause opens at `at`; a quote masked out before it ends a clause too. */
function opensClause(text: string, at: number): boolean {
  let j = at - 1
  while (j >= 0 && j > at - 400 && /\s/.test(text[j]!)) j--
  return j < 0 || CLAUSE_MARKS.includes(text[j]!) || at - j > 2
}

/**
 * Notes the surname of a person named in full. Two people sharing it ("Bill Clinton", "Hillary
 * Clinton") make it say nobody in particular: it is kept out for the rest of the release.
 */
function rememberSurname(surnames: Map<string, string>, surname: string, name: string): void {
  if (surname.length < 3 || !/^\p{Lu}\p{Ll}/u.test(surname)) return
  const known = surnames.get(surname)
  if (
    known !== undefined &&
    known !== name &&
    !known.startsWith(`${name} `) &&
    !name.startsWith(`${known} `)
  ) {
    surnames.set(surname, '')
    return
  }
  if (known === undefined && surnames.size >= SURNAMES) return
  if (known !== '') surnames.set(surname, name.length > (known ?? '').length ? name : known!)
}

/**
 * A surname alone of someone named in full earlier ("Lanaute entered the bank"): a mention, so
 * "he" in the next sentence is that person, not one named in full further back. A possessive
 * ("Trump’s son") names someone else as the subject, so it is left out.
 */
function knownSurnames(
  text: string,
  people: readonly PersonMention[],
  surnames: ReadonlyMap<string, string>,
  lexicon: Lexicon,
): PersonMention[] {
  const out: PersonMention[] = []
  for (const [surname, name] of surnames) {
    if (name === '' || lexicon.notName.has(surname.toLowerCase())) continue
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const end = at + surname.length
      if (LETTER().test(text[at - 1] ?? '') || LETTER().test(text[end] ?? '')) continue
      // Skip "Trump’s" and a surname inside a mention already read ("Donald Trump").
      if (/^[’']s(?![\p{L}])/u.test(text.slice(end, end + 3))) continue
      if (people.some((p) => at >= p.start && at < p.end)) continue
      // Only as the subject: "Saban sent Podesta, Mook and Abedin a message" is Saban's sentence.
      if (!opensClause(text, at)) continue
      out.push({ start: at, end, name: surname, title: null, role: null, text: surname })
    }
  }
  return out
}

/**
 * "He" or "She" opening a sentence that tells who joined them ("She was joined at the launch by
 * …"), or "His" or "Her" before a word for one they work with ("Her colleague, …"): the sentence
 * is about the one who spoke before, as one about a suspect or a victim named by no name ("He
 * was charged …", "Her partner …") is not.
 */
const SENTENCE_PRONOUN = lazyRegExp(
  String.raw`(?<![\p{L}’'-])(?:(?:(He)|(She))[ \u00a0]was[ \u00a0]joined(?![\p{L}])|(?:(His)|(Her))[ \u00a0](?:colleagues?|counterparts?|deputy|fellow|predecessor|successor|team)(?![\p{L}]))`,
  'gu',
)
/** What stands before a sentence's first word: a stop, with a closing mark, and a space or two; or nothing. */
const SENTENCE_OPENS = /(?:^|[.!?][”’"']?[ \u00a0]{1,3})$/u

/**
 * The pronouns that open sentences of the narration about the one who spoke before (see
 * `SENTENCE_PRONOUN`): each says whether that person is "he" or "she". Read in `masked`, so no
 * quote's words are taken; the sentence's opening is read in `text`, the block as written, so a
 * quote that closed a sentence before one is seen.
 */
function sentencePronouns(text: string, masked: string): Array<{ at: number; word: 'he' | 'she' }> {
  const out: Array<{ at: number; word: 'he' | 'she' }> = []
  SENTENCE_PRONOUN().lastIndex = 0
  for (let m = SENTENCE_PRONOUN().exec(masked); m !== null; m = SENTENCE_PRONOUN().exec(masked)) {
    if (!SENTENCE_OPENS.test(text.slice(Math.max(0, m.index - 6), m.index))) continue
    out.push({ at: m.index, word: m[1] !== undefined || m[3] !== undefined ? 'he' : 'she' })
  }
  return out
}

/** At most this many characters of a body's name, with its article, open a sentence before the cue. */
const BODY_SUBJECT_MAX = 80
/** Where a sentence of the narration opens: after a stop, a "?" or a "!" and a space. */
const SENTENCE_END = /[.!?][ \u00a0]+(?=\S)/g

/**
 * A verb of putting out words with a statement, an update or an appeal for its object: "issued an
 * update", "released a flood warning", "made a fresh appeal". Its subject speaks in what follows,
 * as the subject of a cue verb does.
 */
const WORDS_PUT_OUT = lazyRegExp(
  String.raw`(?<![\p{L}-])(?:issued|released|published|put[  ]out|sent[  ]out|shared|posted|made|launched|renewed|provided)[  ](?:an?|the|its|this|their|these)[  ](?:[\p{L}-]{1,20}[  ]){0,3}?(?:statements?|updates?|appeals?|warnings?|messages?|comments?|responses?|alerts?|tributes?|pleas?|announcements?|reminders?)(?![\p{L}-])`,
  'gu',
)

/** A body, or people named together, speaking in the narration; a group is placed at its verb, after its names. */
type SpeakingSubject = { at: number; name: string; role: string | null } | { at: number; names: string[] }

/**
 * The bodies named by name, and the people named together ("Jane Smith and Tom Baker"), that
 * open a sentence of the narration as the subject of a cue verb, or of a verb that puts out a
 * statement: "Kent Police said the road would reopen", "The Home Office announced …", "Kent
 * Police has issued an update". A later "it said" or "they said" is theirs, as it is a body's
 * whose quote came before. Read in the masked text, each cue once.
 */
function speakingSubjects(text: string, lexicon: Lexicon): SpeakingSubject[] {
  const out: SpeakingSubject[] = []
  const starts = [0]
  SENTENCE_END.lastIndex = 0
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text))
    starts.push(m.index + m[0].length)
  // The cues first: reading a subject runs the same pattern, so it must not run inside this loop.
  const cues: Array<{ index: number; word: string }> = []
  lexicon.cue.lastIndex = 0
  for (let cue = lexicon.cue.exec(text); cue !== null; cue = lexicon.cue.exec(text))
    cues.push({ index: cue.index, word: cue[0] })
  WORDS_PUT_OUT().lastIndex = 0
  for (let put = WORDS_PUT_OUT().exec(text); put !== null; put = WORDS_PUT_OUT().exec(text))
    cues.push({ index: put.index, word: put[0] })
  cues.sort((a, b) => a.index - b.index)
  let s = 0
  for (const cue of cues) {
    while (s + 1 < starts.length && starts[s + 1]! <= cue.index) s++
    const from = starts[s]!
    if (cue.index - from > BODY_SUBJECT_MAX || /^\p{Lu}/u.test(cue.word)) continue
    // "Kent Police has issued", "Police Scotland today said": the auxiliary and adverbs are no part of it.
    const subject = beforeAdverbs(text.slice(from, cue.index)).trim()
    if (!/^\p{Lu}/u.test(subject) || /[,;:“”"‘’()]/.test(subject)) continue
    const ref = parseSpeakerPhrase(subject, lexicon)
    if (ref.kind === 'organisation' && !ref.common && !ref.short && ref.with === undefined)
      out.push({ at: from, name: ref.name, role: ref.role })
    else if (ref.kind === 'person' && ref.with !== undefined)
      out.push({ at: cue.index, names: [ref.mention.name, ...ref.with.map((p) => p.name)] })
  }
  return out
}

/** The text with the given ranges blanked out, its length kept so offsets still hold. */
function masked(text: string, ranges: Array<[number, number]> | undefined): string {
  if (!ranges) return text
  let out = ''
  let from = 0
  for (const [s, e] of ranges.sort((a, b) => a[0] - b[0])) {
    if (s < from) continue
    out += text.slice(from, s) + ' '.repeat(e - s)
    from = e
  }
  return out + text.slice(from)
}
