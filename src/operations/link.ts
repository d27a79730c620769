import type { Operation, OperationMention } from '../model'
import type { TextBlock } from '../text/blocks'
import { type Candidate, canonicalWords, isAllCaps, isNumeral, phaseNumbered, type ScanSink } from './scan'

/** Candidates that name one operation, with the longest form of its name. */
interface Group {
  readonly head: string
  readonly key: string
  readonly words: string[]
  readonly members: Candidate[]
}

/**
 * Settles the names found in headline-like runs, where Title Case runs on past the name
 * ("Operation Sceptre Week Of Action Begins"). A headline name is cut to the longest name it
 * shares with the prose of the same input; failing that, to its first word, and dropped when the
 * prefix reads as the common noun ("Police Operation Nets Arrests").
 */
export function settleHeadlines(candidates: readonly Candidate[], sink: ScanSink): Candidate[] {
  // Every leading run of every prose name, so a headline name finds the longest it shares in
  // one look-up per word rather than one comparison per prose mention.
  const proseRuns = new Set<string>()
  for (const c of candidates) {
    if (c.headline) continue
    for (let n = 1; n <= c.words.length; n++) proseRuns.add(keyOf(c.head, c.words.slice(0, n)))
  }
  const kept: Candidate[] = []
  for (const c of candidates) {
    if (!c.headline) {
      kept.push(c)
      continue
    }
    let shared = 0
    while (shared < c.words.length && proseRuns.has(keyOf(c.head, c.words.slice(0, shared + 1)))) shared++
    // A number right after the first word names the operation's round ("Operation Kraken 2 Nets …").
    cut(c, Math.max(shared, isNumeral(c.words[1] ?? '') ? 2 : 1))
    if (shared === 0 && !c.led) {
      sink.diagnostic(
        'operations/headline-common-noun',
        `Unexpected name after a word that reads as the common noun in a headline: "${mentionText(c)}"`,
        { start: c.start, end: c.end },
      )
      continue
    }
    kept.push(c)
  }
  return kept
}

/**
 * Links mentions into operations: the same name in any case, quoted or not, is one operation,
 * and a name that begins a longer one ("Operation Soteria" in a release that names "Operation
 * Soteria Bluestone") is the same operation under its short form.
 */
export function linkMentions(candidates: readonly Candidate[]): Operation[] {
  const groups = new Map<string, Group>()
  for (const c of candidates) {
    const words = numberApart(c.words)
    const key = keyOf(c.head, words)
    let g = groups.get(key)
    if (!g) {
      g = { head: c.head, key, words: words.map((w) => w.toLowerCase()), members: [] }
      groups.set(key, g)
    }
    g.members.push(c)
  }
  // The longest name each leading run begins (the first such name on a tie), so a short form
  // finds its long name in one look-up. A numbered name ("Operation Kraken 2") is another
  // operation than the name without its number, unless the release calls it a phase of that one.
  const phases = phaseBases(candidates)
  const longest = new Map<string, Group>()
  for (const g of groups.values()) {
    if (isNumeral(g.words[g.words.length - 1] ?? '') && !phases.has(keyOf(g.head, g.words.slice(0, -1))))
      continue
    // "Operation Ironside Phase II" is a part of "Operation Ironside", never the whole it stands for.
    if (phaseNumbered(g.words)) continue
    for (let n = 1; n < g.words.length; n++) {
      const run = keyOf(g.head, g.words.slice(0, n))
      const seen = longest.get(run)
      if (!seen || seen.words.length < g.words.length) longest.set(run, g)
    }
  }
  const target = new Map<Group, Group>()
  for (const g of groups.values()) target.set(g, longest.get(g.key) ?? g)
  // A phase the release writes as one ("Operation Ironside Phase II") is the operation it is a
  // phase of, when the release names that too.
  for (const g of groups.values()) {
    const base = phaseNumbered(g.words) ? groups.get(keyOf(g.head, g.words.slice(0, -2))) : undefined
    if (base) target.set(g, target.get(base) ?? base)
  }
  const merged = new Map<Group, Candidate[]>()
  for (const c of candidates) {
    const own = groups.get(keyOf(c.head, numberApart(c.words))) as Group
    const into = target.get(own) as Group
    const members = merged.get(into)
    if (members) members.push(c)
    else merged.set(into, [c])
  }
  return [...merged].map(([g, members]) => ({
    name: canonicalName(g, members),
    mentions: members.map(toMention),
  }))
}

/**
 * `Operation <Name>`, from the first full-length mention not in capitals (else re-cased). A
 * numbered name the release calls a phase of the operation it names without the number ("phase
 * eight of Operation Protected Childhood" and "Operation Protected Childhood 8") is that
 * operation, which takes the name without it.
 */
function canonicalName(g: Group, members: readonly Candidate[]): string {
  const numbered = g.words.length > 1 && isNumeral(g.words[g.words.length - 1] ?? '')
  const base = numbered ? members.find((c) => numberApart(c.words).length === g.words.length - 1) : undefined
  if (base) return `${g.head} ${canonicalWords(base.words).join(' ')}`
  const full = members.filter((c) => numberApart(c.words).length === g.words.length)
  const pick = full.find((c) => !c.words.every((w) => isAllCaps(w) || w.length === 1)) ?? full[0]
  const words = pick ? canonicalWords(pick.words) : g.words
  return `${g.head} ${words.join(' ')}`
}

/** A candidate as a model mention: the exact text of its span. */
export function toMention(c: Candidate): OperationMention {
  return { text: mentionText(c), span: { start: c.start, end: c.end }, rule: c.rule }
}

function mentionText(c: Candidate): string {
  const block: TextBlock = c.block
  return block.text.slice(c.start - block.start, c.end - block.start)
}

/** Cuts a mention short after its `n`th name word. */
function cut(c: Candidate, n: number): void {
  if (c.words.length <= n) return
  c.words = c.words.slice(0, n)
  c.wordEnds = c.wordEnds.slice(0, n)
  c.end = c.wordEnds[n - 1] as number
}

/** A number joined to a name's last word by a hyphen, set apart: "Kraken-2" is "Kraken 2". */
const JOINED_NUMBER = /^(.{1,40})-(\d{1,3})$/

/** The name's words with a number joined by a hyphen set apart, so both writings are one name. */
function numberApart(words: readonly string[]): readonly string[] {
  const joined = JOINED_NUMBER.exec(words[words.length - 1] ?? '')
  return joined ? [...words.slice(0, -1), joined[1]!, joined[2]!] : words
}

/**
 * Words before a name that make it the whole of which a numbered name is a part: "phase eight
 * of Operation Protected Childhood", "the second wave of Op Kraken", over a wrapped line's break too.
 */
const PHASE_OF =
  /(?:phase|stage|wave|round|iteration|edition|part)(?:\s{1,3}[\p{L}\p{N}]{1,12})?\s{1,3}of\s{1,3}(?:the\s{1,3})?$/iu
/** How far before a name `PHASE_OF` is looked for. */
const PHASE_REACH = 40

/** The keys of the names the release writes as the whole of phases ("phase eight of Operation X"). */
function phaseBases(candidates: readonly Candidate[]): Set<string> {
  const keys = new Set<string>()
  for (const c of candidates) {
    const at = c.start - c.block.start
    if (PHASE_OF.test(c.block.text.slice(Math.max(0, at - PHASE_REACH), at)))
      keys.add(keyOf(c.head, numberApart(c.words)))
  }
  return keys
}

function keyOf(head: string, words: readonly string[]): string {
  return `${head.toLowerCase()}\u0000${words.join(' ').toLowerCase()}`
}
