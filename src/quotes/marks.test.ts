import { describe, expect, it } from 'vitest'
import { pairMarks } from './marks'

const pair = (...texts: string[]) => pairMarks(texts.map((text) => ({ text })))

describe('pairMarks', () => {
  describe('pairing', () => {
    it('pairs two quotes interrupted by narration in one paragraph', () => {
      expect(pair('“One,” she said. “Two.”')).toEqual([
        {
          kind: 'double',
          segments: [{ block: 0, start: 1, end: 5 }],
          closed: true,
          openMark: 0,
          closeEnd: 6,
        },
        {
          kind: 'double',
          segments: [{ block: 0, start: 18, end: 22 }],
          closed: true,
          openMark: 17,
          closeEnd: 23,
        },
      ])
    })

    it('closes a „low“ or »reversed« quote with the mark that opens an English one', () => {
      const texts = (text: string) =>
        pair(text).map((r) => [r.closed, ...r.segments.map((g) => text.slice(g.start, g.end))])
      expect(texts('„We are proud of this result“, said the Director.')).toEqual([
        [true, 'We are proud of this result'],
      ])
      expect(texts('»We are proud«, she said. »It took a year.«')).toEqual([
        [true, 'We are proud'],
        [true, 'It took a year.'],
      ])
      expect(texts('The ‚Safer Streets‘ scheme, she said, „works well“.')).toEqual([
        [true, 'Safer Streets'],
        [true, 'works well'],
      ])
      // A closing low-mark pair in English use, and English marks, read as before.
      expect(texts('„We are proud”, she said.')).toEqual([[true, 'We are proud']])
      expect(texts('“We are proud,” she said. “Very.”')).toEqual([
        [true, 'We are proud,'],
        [true, 'Very.'],
      ])
      // «…» stays a pair; an English mark after a space inside a low quote opens, as before.
      expect(texts('«We are proud», she said.')).toEqual([[true, 'We are proud']])
      expect(texts('„We said “no” to it“, she said.')[0]?.[0]).toBe(false)
    })

    it('continues a quote over image captions between its paragraphs', () => {
      // "“Artificial Intelligence is here, and it is developing fast." then "“The police is at the
      // forefront …" (sample corpus), with a caption between them.
      const first = '“Artificial Intelligence is here, and it is developing fast.'
      const last = '“The police is at the forefront of protecting communities.”'
      for (const caption of ['Photo: Alex Murray at the launch', 'Image: NPCC', 'Pictured: the team']) {
        const [run, ...rest] = pair(first, caption, last, 'After.')
        expect(rest).toEqual([])
        expect(run?.segments.map((s) => s.block)).toEqual([0, 2])
        expect(run?.closed).toBe(true)
      }
      // Two captions in a row are passed over too.
      expect(
        pair(first, 'Photo: the launch', 'Image credit: NPCC', last)[0]?.segments.map((s) => s.block),
      ).toEqual([0, 3])
    })

    it('does not pass over a line that is no caption, or a caption with marks of its own', () => {
      const first = '“Artificial Intelligence is here, and it is developing fast.'
      const last = '“The police is at the forefront of protecting communities.”'
      expect(pair(first, 'Officers attended the launch.', last)[0]?.segments.map((s) => s.block)).toEqual([0])
      expect(pair(first, 'Photo: “the launch”', last)[0]?.segments.map((s) => s.block)).toEqual([0])
      // A caption after a closed quote changes nothing.
      expect(pair('“One.”', 'Photo: the team', '“Two.”').map((r) => r.segments.map((s) => s.block))).toEqual([
        [0],
        [2],
      ])
    })

    it('continues a quote into each paragraph that reopens with a mark', () => {
      const [run] = pair('He said: “First,', '“second,', '“third.”', 'After.')
      expect(run?.segments).toEqual([
        { block: 0, start: 10, end: 16 },
        { block: 1, start: 1, end: 8 },
        { block: 2, start: 1, end: 7 },
      ])
      expect(run?.closed).toBe(true)
    })

    it('ends an unclosed quote at its paragraph when the next one does not reopen', () => {
      expect(pair('“Open here', 'Narration.')).toEqual([
        {
          kind: 'double',
          segments: [{ block: 0, start: 1, end: 10 }],
          closed: false,
          openMark: 0,
          closeEnd: 10,
        },
      ])
    })

    it('ends an unclosed quote where a new one opens', () => {
      expect(pair('“First “Second”').map((r) => [r.segments[0], r.closed])).toEqual([
        [{ block: 0, start: 1, end: 7 }, false],
        [{ block: 0, start: 8, end: 14 }, true],
      ])
    })

    it('reads a double mark that opens a sentence inside an open quote as a lost paragraph break', () => {
      // intl_2: one quote from the first mark to the comma before "Sutton says".
      const text =
        '"Our crews will be focusing on some key sites, should wind gusts increase. "The difficult terrain is making it hard to reach and put out numerous hot spots," Sutton says.'
      const runs = pair(text)
      expect(runs).toHaveLength(1)
      const [seg] = runs[0]!.segments
      expect(text.slice(seg!.start, seg!.end)).toBe(
        'Our crews will be focusing on some key sites, should wind gusts increase. "The difficult terrain is making it hard to reach and put out numerous hot spots,',
      )
      expect(runs[0]?.closed).toBe(true)
      // Variant: typographic marks, a question closing the first sentence.
      const curly = pair('“Who will pay? “Not the residents,” she said.')
      expect(curly.map((r) => r.segments.length)).toEqual([1])
      expect(curly[0]?.segments[0]).toEqual({ block: 0, start: 1, end: 34 })
    })

    it('reads a paragraph whose first mark closes a double quote as a quote with no opening mark', () => {
      // intl_2: the opening mark of the paragraph is missing.
      const text =
        'I have already had many opportunities to congratulate the Police since I became Minister" said Mr Hawkins. "They have brought crime down."'
      const runs = pair(text)
      expect(runs.map((r) => text.slice(r.segments[0]!.start, r.segments[0]!.end))).toEqual([
        'I have already had many opportunities to congratulate the Police since I became Minister',
        'They have brought crime down.',
      ])
      expect(runs.map((r) => r.unopened ?? false)).toEqual([true, false])
      // Variant: a typographic closing mark.
      expect(pair('We will act,” she said.')[0]).toMatchObject({ unopened: true, openMark: 0, closeEnd: 13 })
    })

    it('reads no unopened quote when a mark opened before or the closing mark is not the first', () => {
      expect(pair('He said: “We will act,” she said.').map((r) => r.unopened ?? false)).toEqual([false])
      expect(pair('“One.” Two” said she.').map((r) => r.unopened ?? false)).toEqual([false])
      // A quote over several paragraphs that closes in one without its opening mark stays one.
      const [run] = pair('He said: “We will act.', 'For example, we will act,” said Mr Hawkins.')
      expect(run?.segments).toHaveLength(2)
      expect(run?.unopened).toBeUndefined()
    })

    it('still ends an unclosed quote where a new one opens after no sentence end', () => {
      expect(pair('“First, “Second”').map((r) => r.closed)).toEqual([false, true])
      // A closed quote, then another: two quotes, as before.
      expect(pair('“One.” “Two.”')).toHaveLength(2)
    })
  })

  describe('apostrophes and nesting', () => {
    it('never reads an apostrophe as a mark', () => {
      expect(pair('It’s the officers’ view and the public’s.')).toEqual([])
    })

    it('keeps a nested single quote inside the double one', () => {
      expect(pair('“They said ‘no’ to it.”').map((r) => r.segments)).toEqual([
        [{ block: 0, start: 1, end: 22 }],
      ])
    })

    it('keeps a term in single marks inside a single quote, and ends an unclosed one at speech', () => {
      const text = "'The 'so-called' gangs are finished.'"
      expect(pair(text).map((r) => r.segments)).toEqual([[{ block: 0, start: 1, end: text.length - 1 }]])
      // "'Go away,'" closes on its own punctuation: the quote before it was never closed.
      expect(
        pair("'Come here. 'Go away,' he said. 'Now.'").map((r) => [r.closed, r.segments[0]!.start]),
      ).toEqual([
        [false, 1],
        [true, 13],
        [true, 33],
      ])
    })

    it('reads a plural possessive inside a single quote as an apostrophe when the quote goes on', () => {
      const first = "'It had an impact on the victims' lives."
      const second = "'I'd like to thank the officers' hard work.'"
      expect(pair(first, second).map((r) => [r.segments, r.closed])).toEqual([
        [
          [
            { block: 0, start: 1, end: first.length },
            { block: 1, start: 1, end: second.length - 1 },
          ],
          true,
        ],
      ])
      const curly = '‘We won’t tolerate it,’ said Inspector Jo Bell. ‘Drivers’ behaviour must change.’'
      expect(pair(curly).map((r) => curly.slice(r.segments[0]!.start, r.segments[0]!.end))).toEqual([
        'We won’t tolerate it,',
        'Drivers’ behaviour must change.',
      ])
    })

    it('closes a single quote at "s’" before a verb of speech, though the next paragraph opens one', () => {
      // As a release in single marks writes a quote whose comma is missing (wide corpus, marks changed).
      const first =
        '‘I cannot underscore enough the importance of our partnerships in accomplishing our collective achievements’ said USMS Director Ronald Davis.'
      const second = '‘We will keep up the work,’ he added.'
      expect(pair(first, second).map((r) => [r.segments.length, r.closed])).toEqual([
        [1, true],
        [1, true],
      ])
      // A possessive before its noun stays inside the quote that goes on.
      const owned = '‘It had an impact on the officers’ said-to-be safe homes.'
      expect(pair(owned, second).map((r) => r.segments.length)).toEqual([2])
    })

    it('still closes a single quote at "s’" when nothing closes it later', () => {
      const text = "He called them 'the boys' and left. Then 'the girls' came."
      expect(pair(text).map((r) => text.slice(r.segments[0]!.start, r.segments[0]!.end))).toEqual([
        'the boys',
        'the girls',
      ])
      expect(pair('They were ‘the lads’ and she said so.', 'Next.').map((r) => r.closed)).toEqual([true])
    })

    it('reads a straight double quote inside a curly one as nested', () => {
      expect(pair('“The sign read "closed" all day.”').map((r) => r.segments)).toEqual([
        [{ block: 0, start: 1, end: 32 }],
      ])
    })

    it('drops a single quote left open at a paragraph’s end', () => {
      expect(pair('The ‘rock and roll years', 'Next.')).toEqual([])
    })

    it('keeps a single quote left open as speech when it opens after a colon and ends a sentence', () => {
      const text =
        'Detective Sergeant Amy Jones said: ‘We are appealing to anyone who saw the van to come forward.'
      const runs = pair(text, 'Next.')
      expect(runs.map((r) => [text.slice(r.segments[0]!.start, r.segments[0]!.end), r.closed])).toEqual([
        ['We are appealing to anyone who saw the van to come forward.', false],
      ])
      // "… O’Brien says Customs’ risk targeting and profiling work identified …" (wide corpus): a plural
      // possessive inside such a quote does not close it.
      const possessive =
        'He said: ‘Customs’ risk targeting and profiling work identified and stopped these packages.'
      expect(pair(possessive).map((r) => possessive.slice(r.segments[0]!.start, r.segments[0]!.end))).toEqual(
        ['Customs’ risk targeting and profiling work identified and stopped these packages.'],
      )
      // Opening the paragraph counts as much as a colon.
      expect(pair('‘We are appealing to anyone who saw the van.', 'Next.').map((r) => r.closed)).toEqual([
        false,
      ])
    })

    it('drops a single quote left open mid-sentence or in a paragraph that ends no sentence', () => {
      expect(pair('He called it ‘the worst year and left.', 'Next.')).toEqual([])
      expect(pair('Detective Sergeant Amy Jones said: ‘We are appealing to anyone', 'Next.')).toEqual([])
      // Real: an apostrophe of a plural possessive with no quote open is nothing.
      expect(
        pair(
          'Customs Investigations Manager Maurice O’Brien says Customs’ risk targeting and profiling work identified and stopped these packages before they could reach their destination.',
        ),
      ).toEqual([])
    })

    it('makes no quote of marks with nothing between them', () => {
      expect(pair('“”“ ”""')).toEqual([])
    })
  })
})
