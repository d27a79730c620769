import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import type { Diagnostic, Operation } from '../model'
import { splitReleases } from '../releases/split-releases'
import { type FindOperationsOptions, findOperations } from './find-operations'

/** Operations in short form: `[name, ['mention text@start', ...]]`, the end being start + length. */
type Brief = [string, string[]]

function brief(operations: readonly Operation[]): Brief[] {
  return operations.map((o) => [o.name, o.mentions.map((m) => `${m.text}@${m.span.start}`)])
}

function run(input: string, options: FindOperationsOptions = {}): Brief[] {
  const operations = findOperations(input, options)
  for (const o of operations)
    for (const m of o.mentions) expect(input.slice(m.span.start, m.span.end)).toBe(m.text)
  return brief(operations)
}

function diagnosticsOf(input: string): Diagnostic[] {
  const seen: Diagnostic[] = []
  findOperations(input, { onDiagnostic: (d) => seen.push(d) })
  return seen
}

describe('findOperations', () => {
  describe('operations/prefix-name', () => {
    const cases: Array<[string, string, Brief[]]> = [
      [
        'a name in mid-sentence, before a comma',
        'One of those investigations was Operation Hurricane, led by the South East ROCU.',
        [['Operation Hurricane', ['Operation Hurricane@32']]],
      ],
      [
        '"Op" at the end of a sentence',
        'A further off-shoot operation launched in the Eastern Region, known as Op Cyclone.',
        [['Operation Cyclone', ['Op Cyclone@71']]],
      ],
      [
        '"Op." with its full stop',
        'Officers working on Op. Sceptre seized 12 knives.',
        [['Operation Sceptre', ['Op. Sceptre@20']]],
      ],
      [
        'capitals, re-cased in the name',
        'OPERATION TARLAC: the policing response to protests',
        [['Operation Tarlac', ['OPERATION TARLAC@0']]],
      ],
      [
        'a capitalised name after a mixed-case prefix',
        'Under Operation SCEPTRE, officers carried out weapon sweeps.',
        [['Operation Sceptre', ['Operation SCEPTRE@6']]],
      ],
      [
        'a possessive, left out of the mention',
        'This has contributed to Operation Tarlac’s length and cost.',
        [['Operation Tarlac', ['Operation Tarlac@24']]],
      ],
      [
        'a straight-apostrophe possessive',
        "Operation Tarlac's officers were redeployed.",
        [['Operation Tarlac', ['Operation Tarlac@0']]],
      ],
      [
        'a name of two words',
        'Forces adopting Operation Soteria Bluestone have seen charge rates rise.',
        [['Operation Soteria Bluestone', ['Operation Soteria Bluestone@16']]],
      ],
      [
        'a name at the start of a sentence, not a word beginning "Op"',
        'Op Alliances is delivered by Opal, policing’s national intelligence unit.',
        [['Operation Alliances', ['Op Alliances@0']]],
      ],
      [
        'a name at the end of a line without a full stop',
        'The arrests were made as part of Operation Encompass',
        [['Operation Encompass', ['Operation Encompass@33']]],
      ],
      [
        'a name with a macron (New Zealand Police)',
        'The investigation, named Operation Tūtira, began in March.',
        [['Operation Tūtira', ['Operation Tūtira@25']]],
      ],
      [
        'a hyphenated name whose parts are capitalised',
        'Operation Make-Safe trains hotel staff to spot exploitation.',
        [['Operation Make-Safe', ['Operation Make-Safe@0']]],
      ],
      [
        'a lower-case hyphen suffix, left out',
        'Operation Sceptre-led patrols took place in every borough.',
        [['Operation Sceptre', ['Operation Sceptre@0']]],
      ],
      [
        'a stop word ending the name',
        'The Operation Hurricane Team arrested three men.',
        [['Operation Hurricane', ['Operation Hurricane@4']]],
      ],
      [
        'an acronym after a mixed-case name, left out',
        'Operation Hurricane ROCU officers executed warrants.',
        [['Operation Hurricane', ['Operation Hurricane@0']]],
      ],
      [
        'a name in capitals after a mixed-case prefix, not the acronym after it',
        'RAF Typhoons flying on Op SHADER RAF missions struck two targets.',
        [['Operation Shader', ['Op SHADER@23']]],
      ],
      [
        'a short word in capitals that ends a name before a stop or a verb, not an acronym after it',
        'Europol coordinated the operation, code-named Operation BLUE SKY. Operation RED FOX was run in May.',
        [
          ['Operation Blue Sky', ['Operation BLUE SKY@46']],
          ['Operation Red Fox', ['Operation RED FOX@66']],
        ],
      ],
      [
        'an acronym after a name in capitals before a noun or "and", left out',
        'Op TOSCA NCA officers arrested three men. Op SHADER RAF and Navy jets flew.',
        [
          ['Operation Tosca', ['Op TOSCA@0']],
          ['Operation Shader', ['Op SHADER@42']],
        ],
      ],
      [
        'a name of two words in capitals',
        'Operation WARM WELCOME has helped thousands of families.',
        [['Operation Warm Welcome', ['Operation WARM WELCOME@0']]],
      ],
      [
        'a code name in capitals with its roman numeral, kept as written',
        'Specifically targeting voice phishing, romance scams, sextortion, investment fraud and money laundering associated with illegal online gambling, Operation HAECHI III was coordinated by INTERPOL’s Financial Crime and Anti-Corruption Centre (IFCACC).',
        [['Operation HAECHI III', ['Operation HAECHI III@145']]],
      ],
      [
        'a one-letter roman numeral other than "I" before a lower-case word',
        'Operation SHIELD V seized medicines worth EUR 64 million. Operation Pangea X targeted online pharmacies.',
        [
          ['Operation SHIELD V', ['Operation SHIELD V@0']],
          ['Operation Pangea X', ['Operation Pangea X@58']],
        ],
      ],
      [
        'a season before an event word names when the campaign runs, not the operation',
        'Operation Safer Streets Summer Campaign ran; Operation Nightguard Winter 2024 campaign followed.',
        [
          ['Operation Safer Streets', ['Operation Safer Streets@0']],
          ['Operation Nightguard', ['Operation Nightguard@45']],
        ],
      ],
      [
        'a season with no event word after it, and a season alone before one, stay the name',
        'Operation Safer Streets Summer ran; Operation Summer Campaign followed.',
        [
          ['Operation Safer Streets Summer', ['Operation Safer Streets Summer@0']],
          ['Operation Summer', ['Operation Summer@36']],
        ],
      ],
      [
        'a mixed-case name with its numeral',
        'Op Nimrod II ended in May; Operation Trident 2, which followed, ran on.',
        [
          ['Operation Nimrod II', ['Op Nimrod II@0']],
          ['Operation Trident 2', ['Operation Trident 2@27']],
        ],
      ],
      [
        'a numeral joined by a hyphen, part of the name (kept as written in capitals)',
        'Operation WAREHOUSE-7 led to 12 arrests; officers on Operation Kraken-2, which followed, seized cash.',
        [
          ['Operation WAREHOUSE-7', ['Operation WAREHOUSE-7@0']],
          ['Operation Kraken-2', ['Operation Kraken-2@53']],
        ],
      ],
      [
        'a roman numeral joined by a hyphen to a name in capitals (kept as written)',
        'Operation HAECHI-IV recovered funds; OPERATION MAKE-SAFE did not.',
        [
          ['Operation HAECHI-IV', ['Operation HAECHI-IV@0']],
          ['Operation Make-Safe', ['OPERATION MAKE-SAFE@37']],
        ],
      ],
      [
        'no numeral after a hyphen when a word or a longer number runs on from it',
        'Operation Kraken-style raids, Operation Trident-2024 and Operation Sceptre-12 people.',
        [
          ['Operation Kraken', ['Operation Kraken@0']],
          ['Operation Trident', ['Operation Trident@30']],
          ['Operation Sceptre', ['Operation Sceptre@57']],
        ],
      ],
      [
        'a numbered phase of an operation the release also names without the number',
        'HSI executed phase eight of Operation Protected Childhood (OPC) resulting in 88 arrests. Operation Protected Childhood 8 targeted the distributors and producers of child sexual abuse material.',
        [
          [
            'Operation Protected Childhood',
            ['Operation Protected Childhood@28', 'Operation Protected Childhood 8@89'],
          ],
        ],
      ],
      [
        'a numbered operation beside the one without its number: two operations',
        'Operation Kraken began in 2023. Operation Kraken 2 started last month; Operation Kraken-2 has seized cash.',
        [
          ['Operation Kraken', ['Operation Kraken@0']],
          ['Operation Kraken 2', ['Operation Kraken 2@32', 'Operation Kraken-2@71']],
        ],
      ],
      [
        'a number joined by a hyphen, then by a space: one operation, named as first written',
        'Op Trident-3 ended in May. Operation Trident 3 was its last phase, after Operation Trident.',
        [
          ['Operation Trident-3', ['Op Trident-3@0', 'Operation Trident 3@27']],
          ['Operation Trident', ['Operation Trident@73']],
        ],
      ],
      [
        'a numbered phase the release calls a phase of the operation (a wave, a stage)',
        'The second wave of Op Kraken began in May. Operation Kraken 2 led to 40 arrests.',
        [['Operation Kraken', ['Op Kraken@19', 'Operation Kraken 2@43']]],
      ],
      [
        'a count, a year, a figure or a pronoun after a name, left out',
        'Operation Sceptre 12 people were held. Operation Vigilant I was told. Op Hurricane 2024 ended. Op Cyclone 5.5% up.',
        [
          ['Operation Sceptre', ['Operation Sceptre@0']],
          ['Operation Vigilant', ['Operation Vigilant@39']],
          ['Operation Hurricane', ['Op Hurricane@70']],
          ['Operation Cyclone', ['Op Cyclone@95']],
        ],
      ],
      [
        'a name ended by another prefix word',
        'The Operation Sceptre Operations Team visited schools.',
        [['Operation Sceptre', ['Operation Sceptre@4']]],
      ],
      [
        'a name followed by a force, left out',
        'As part of Operation Sceptre Thames Valley Police officers seized 40 knives.',
        [['Operation Sceptre', ['Operation Sceptre@11']]],
      ],
      [
        'a name followed by the kind of crime a unit fights, left out',
        'Operation Trident Gang Crime Command officers and the Operation Venetic Serious Crime Unit met.',
        [
          ['Operation Trident', ['Operation Trident@0']],
          ['Operation Venetic', ['Operation Venetic@54']],
        ],
      ],
      [
        'a name followed by the words of a kind of crime, left out',
        'The Operation Kingfisher Serious Organised Crime Unit met on Monday.',
        [['Operation Kingfisher', ['Operation Kingfisher@4']]],
      ],
      [
        'a plural before "Crime", the name’s own',
        'Operation Safe Streets Crime Reduction began.',
        [['Operation Safe Streets', ['Operation Safe Streets@0']]],
      ],
      [
        'a roman numeral in the name',
        'Operation Nimrod II began in the spring.',
        [['Operation Nimrod II', ['Operation Nimrod II@0']]],
      ],
      [
        'a capitalised phase and its numeral after the name, part of it',
        'Officers on Operation Ironside Phase II arrested six people. Op Kraken Stage 3 began, as did Operation Sceptre Phase Two.',
        [
          ['Operation Ironside Phase II', ['Operation Ironside Phase II@12']],
          ['Operation Kraken Stage 3', ['Op Kraken Stage 3@61']],
          ['Operation Sceptre Phase Two', ['Operation Sceptre Phase Two@93']],
        ],
      ],
      [
        'a phase written after a name the release also gives alone: that operation',
        'Operation Ironside began in May. Operation Ironside Phase 2 followed in June.',
        [['Operation Ironside', ['Operation Ironside@0', 'Operation Ironside Phase 2@33']]],
      ],
      [
        'two phases of an operation not named alone: two operations',
        'Operation Ironside Phase II and Operation Ironside Phase III led to arrests.',
        [
          ['Operation Ironside Phase II', ['Operation Ironside Phase II@0']],
          ['Operation Ironside Phase III', ['Operation Ironside Phase III@32']],
        ],
      ],
      [
        'a phase in lower case, a phase with no numeral, a pronoun or a count after it: left out',
        'Operation Ironside phase two began. Operation Kraken Phase of work ended. Operation Sceptre Phase I was told. Operation Trident Phase 12 people were held.',
        [
          ['Operation Ironside', ['Operation Ironside@0']],
          ['Operation Kraken', ['Operation Kraken@36']],
          ['Operation Sceptre', ['Operation Sceptre@74']],
          ['Operation Trident', ['Operation Trident@110']],
        ],
      ],
      [
        'a no-break space after the prefix',
        'Officers on Operation\u00A0Hurricane made arrests.',
        [['Operation Hurricane', ['Operation\u00A0Hurricane@12']]],
      ],
      [
        'a name in brackets after its long form',
        'Operation Alliances (Op Alliances) tackles vehicle crime.',
        [['Operation Alliances', ['Operation Alliances@0', 'Op Alliances@21']]],
      ],
      [
        'a name of two words joined by "and"',
        'Officers on Operation Protect and Serve made arrests.',
        [['Operation Protect and Serve', ['Operation Protect and Serve@12']]],
      ],
      [
        'names joined by "&" and "of", and one in capitals after the prefix',
        'Operation Sea & Shore, Operation Sword of Justice and Operation SAFE AND SOUND ran.',
        [
          ['Operation Sea & Shore', ['Operation Sea & Shore@0']],
          ['Operation Sword of Justice', ['Operation Sword of Justice@23']],
          ['Operation Safe and Sound', ['Operation SAFE AND SOUND@54']],
        ],
      ],
      [
        'two operations joined by "and"',
        'Operation Hurricane and Operation Cyclone ran together.',
        [
          ['Operation Hurricane', ['Operation Hurricane@0']],
          ['Operation Cyclone', ['Operation Cyclone@24']],
        ],
      ],
      [
        'a name before "and" and words that are not part of it',
        'Operation Hurricane and officers from Kent, Operation Sceptre and Kent Police, and Op Alpha and DCI Smith.',
        [
          ['Operation Hurricane', ['Operation Hurricane@0']],
          ['Operation Sceptre', ['Operation Sceptre@44']],
          ['Operation Alpha', ['Op Alpha@83']],
        ],
      ],
      [
        'a name before "and" and a run of capitalised words',
        'Operation Hurricane and Knife Crime Week began.',
        [['Operation Hurricane', ['Operation Hurricane@0']]],
      ],
      [
        'a name over "and" before a word naming its event',
        'Operation Safe and Sound Week runs until Sunday, and Op Hope and Glory Campaign with it.',
        [
          ['Operation Safe and Sound', ['Operation Safe and Sound@0']],
          ['Operation Hope and Glory', ['Op Hope and Glory@53']],
        ],
      ],
      [
        'a name before "and" and a force or place before an event word',
        'Operation Sceptre and Kent Police Week, Operation Hurricane and Knife Crime Week.',
        [
          ['Operation Sceptre', ['Operation Sceptre@0']],
          ['Operation Hurricane', ['Operation Hurricane@40']],
        ],
      ],
    ]
    it.each(cases)('finds %s', (_, input, expected) => {
      expect(run(input)).toEqual(expected)
    })

    it('gives the full mention with its rule', () => {
      expect(findOperations('It was known as Op Cyclone.')).toEqual([
        {
          name: 'Operation Cyclone',
          mentions: [{ text: 'Op Cyclone', span: { start: 16, end: 26 }, rule: 'operations/prefix-name' }],
        },
      ])
    })
  })

  describe('operations/quoted-name', () => {
    const cases: Array<[string, string, Brief[]]> = [
      [
        'curly single quotes',
        'Operation ‘Hurricane’ ran for two years.',
        [['Operation Hurricane', ['Operation ‘Hurricane’@0']]],
      ],
      [
        'a numeral after the closing mark numbers the name',
        "Operation 'Silver Axe' VII began; Op “Kraken” 2, which followed, ran on.",
        [
          ['Operation Silver Axe VII', ["Operation 'Silver Axe' VII@0"]],
          ['Operation Kraken 2', ['Op “Kraken” 2@34']],
        ],
      ],
      [
        'no numeral after the marks: the pronoun "I", and a count',
        "Operation 'Silver Axe' I was told ran on; Operation ‘Kraken’ 12 people joined.",
        [
          ['Operation Silver Axe', ["Operation 'Silver Axe'@0"]],
          ['Operation Kraken', ['Operation ‘Kraken’@42']],
        ],
      ],
      [
        'curly double quotes around two words',
        'Officers launched Op “Safe Summer” in June.',
        [['Operation Safe Summer', ['Op “Safe Summer”@18']]],
      ],
      [
        'straight quotes',
        "Operation 'Sceptre' returns this week.",
        [['Operation Sceptre', ["Operation 'Sceptre'@0"]]],
      ],
      [
        'a comma the sentence put inside the marks',
        'Operation “Hurricane,” which ended in 2023, was praised.',
        [['Operation Hurricane', ['Operation “Hurricane,”@0']]],
      ],
      [
        'capitals in double quotes',
        'Under OPERATION "TARLAC" forces sent officers.',
        [['Operation Tarlac', ['OPERATION "TARLAC"@6']]],
      ],
    ]
    it.each(cases)('finds a name in %s', (_, input, expected) => {
      expect(run(input)).toEqual(expected)
    })

    it('names the rule', () => {
      expect(findOperations('Operation ‘Hurricane’')[0]?.mentions[0]?.rule).toBe('operations/quoted-name')
    })

    it('reports an unclosed quotation mark and finds nothing', () => {
      expect(run('Operation “Hurricane was launched')).toEqual([])
      expect(diagnosticsOf('Operation “Hurricane was launched')).toEqual([
        {
          ruleId: 'operations/unclosed-quote',
          message: 'Unexpected unclosed quotation mark after "Operation", expected a quoted operation name',
          span: { start: 0, end: 11 },
        },
      ])
    })
  })

  describe('operations/plural-list', () => {
    const cases: Array<[string, string, Brief[]]> = [
      [
        'two names joined by "and"',
        'Operations Sceptre and Venetic both targeted knife crime.',
        [
          ['Operation Sceptre', ['Operations Sceptre@0']],
          ['Operation Venetic', ['Venetic@23']],
        ],
      ],
      [
        'three names with a comma and "&"',
        'Ops Alpha, Bravo & Charlie ran at once.',
        [
          ['Operation Alpha', ['Ops Alpha@0']],
          ['Operation Bravo', ['Bravo@11']],
          ['Operation Charlie', ['Charlie@19']],
        ],
      ],
    ]
    it.each(cases)('finds %s', (_, input, expected) => {
      expect(run(input)).toEqual(expected)
      expect(findOperations(input)[0]?.mentions[0]?.rule).toBe('operations/plural-list')
    })

    it('links a listed name with its singular mentions', () => {
      expect(run('Operations Sceptre and Venetic. Op Venetic began in 2020.')).toEqual([
        ['Operation Sceptre', ['Operations Sceptre@0']],
        ['Operation Venetic', ['Venetic@23', 'Op Venetic@32']],
      ])
    })
  })

  describe('linking', () => {
    it('gives one entry with every mention for several forms of one name', () => {
      const input =
        'The first intensification week of Operation Alliances has concluded. Op Alliances is delivered by Opal. OP ALLIANCES will run again.'
      expect(run(input)).toEqual([
        ['Operation Alliances', ['Operation Alliances@34', 'Op Alliances@69', 'OP ALLIANCES@104']],
      ])
    })

    it('links a name introduced once ("known as") with its later mentions, in order of first mention', () => {
      const input = [
        'One investigation was Operation Hurricane.',
        'A further off-shoot operation was launched, known as Op Cyclone.',
        '“Both Op Hurricane and Op Cyclone show the danger these groups present.”',
      ].join('\n\n')
      expect(run(input)).toEqual([
        ['Operation Hurricane', ['Operation Hurricane@22', 'Op Hurricane@116']],
        ['Operation Cyclone', ['Op Cyclone@97', 'Op Cyclone@133']],
      ])
    })

    it('links a quoted and an unquoted form', () => {
      expect(run('Operation ‘Hurricane’ began in 2021. Op Hurricane ended in 2023.')).toEqual([
        ['Operation Hurricane', ['Operation ‘Hurricane’@0', 'Op Hurricane@37']],
      ])
    })

    it('links a short form to the longer name it begins', () => {
      expect(
        run('Operation Soteria Bluestone is a national programme. Operation Soteria has been adopted.'),
      ).toEqual([['Operation Soteria Bluestone', ['Operation Soteria Bluestone@0', 'Operation Soteria@53']]])
    })

    it('names the operation from a mixed-case mention rather than capitals', () => {
      expect(run('OPERATION MCDONALD\nOfficers on Operation McDonald made arrests.')).toEqual([
        ['Operation McDonald', ['OPERATION MCDONALD@0', 'Operation McDonald@31']],
      ])
    })

    it('reads a name in capitals whole after a prefix in capitals in prose', () => {
      expect(
        run('Marshals arrested 1,200 fugitives during OPERATION NORTH STAR, an eight-week sweep.'),
      ).toEqual([['Operation North Star', ['OPERATION NORTH STAR@41']]])
      // The title's Title Case name keeps the words the prose gives it, and is the same operation;
      // a name in capitals with a numeral is a code name, kept as written ("HAECHI III").
      expect(
        run(
          'Marshals Arrest 1,200 Fugitives in Operation North Star\nThey were held during OPERATION NORTH STAR XII.',
        ),
      ).toEqual([['Operation NORTH STAR XII', ['Operation North Star@35', 'OPERATION NORTH STAR XII@78']]])
    })

    it('cuts a name in capitals in a line in capitals to what the prose names', () => {
      expect(run('OPERATION DRAGON NETS 40 ARRESTS\nOfficers on Operation Dragon made arrests.')).toEqual([
        ['Operation Dragon', ['OPERATION DRAGON@0', 'Operation Dragon@45']],
      ])
    })

    it('keeps different operations apart', () => {
      expect(run('Operation Sceptre and Operation Venetic')).toEqual([
        ['Operation Sceptre', ['Operation Sceptre@0']],
        ['Operation Venetic', ['Operation Venetic@22']],
      ])
    })
  })

  describe('headlines', () => {
    it('cuts a Title Case run after the first name word', () => {
      expect(run('Operation Sceptre Knife Crime Crackdown Begins Across London')).toEqual([
        ['Operation Sceptre', ['Operation Sceptre@0']],
      ])
    })

    it('cuts a headline name to the name the prose gives', () => {
      const input =
        'Operation Soteria Bluestone Expands To Five More Forces\n\nForces using Operation Soteria Bluestone saw charge rates rise.'
      expect(run(input)).toEqual([
        ['Operation Soteria Bluestone', ['Operation Soteria Bluestone@0', 'Operation Soteria Bluestone@70']],
      ])
    })

    it('finds a name after a lead word or a possessive', () => {
      expect(run('Dozens Arrested In Operation Sceptre Crackdown On Knife Crime')).toEqual([
        ['Operation Sceptre', ['Operation Sceptre@19']],
      ])
      expect(run('Police Scotland’s Operation Moonbeam Returns For Bonfire Night')).toEqual([
        ['Operation Moonbeam', ['Operation Moonbeam@18']],
      ])
    })

    it('keeps a name whole that quotation marks enclose with its prefix in a headline', () => {
      expect(run('“Operation Take Back America” Yields More Than 1,500 Arrests in First Month')).toEqual([
        ['Operation Take Back America', ['Operation Take Back America@1']],
      ])
      expect(run('Agents Hail "Operation Sea Dragon" Results In Three States')).toEqual([
        ['Operation Sea Dragon', ['Operation Sea Dragon@13']],
      ])
      // Marks that close after more words than a name has, or open before another word, end no name.
      expect(run('“Operation Sceptre Knife Crime Crackdown Begins” Across London Today')).toEqual([
        ['Operation Sceptre', ['Operation Sceptre@1']],
      ])
      expect(run('“Drugs Operation Venetic Results” Published Across Every Force')).toEqual([])
    })

    it('drops the common noun in a headline, with a diagnostic', () => {
      const input = 'Police Operation Nets Drugs And Cash In Dawn Raids'
      expect(run(input)).toEqual([])
      expect(diagnosticsOf(input)).toEqual([
        {
          ruleId: 'operations/headline-common-noun',
          message:
            'Unexpected name after a word that reads as the common noun in a headline: "Operation Nets"',
          span: { start: 7, end: 21 },
        },
      ])
    })

    it('reads a run of ranks and names as prose when a lower-case word leads the name', () => {
      expect(run('said Operation Hurricane Gold Commander Chief Superintendent Amy Lee')).toEqual([
        ['Operation Hurricane', ['Operation Hurricane@5']],
      ])
    })

    it('reads a block ending with a full stop as prose', () => {
      expect(run('Operation Soteria Bluestone – Avon And Somerset Police, Durham Constabulary.')).toEqual([
        ['Operation Soteria Bluestone', ['Operation Soteria Bluestone@0']],
      ])
    })

    it('keeps a headline name the prose confirms, whatever precedes it', () => {
      const input =
        'Drugs Operation Venetic Results Published Across Every Force\n\nOperation Venetic began in 2020.'
      expect(run(input)).toEqual([['Operation Venetic', ['Operation Venetic@6', 'Operation Venetic@62']]])
    })
  })

  describe('options', () => {
    it('adds a prefix, kept as the canonical word when it does not abbreviate "Operation"', () => {
      expect(run('Officers from Project Servator patrolled the station.', { prefixes: ['Project'] })).toEqual(
        [['Project Servator', ['Project Servator@14']]],
      )
    })

    it('replaces the prefixes', () => {
      expect(run('Operation Hurricane and PROJECT SERVATOR', { prefixes: { replace: ['PROJECT'] } })).toEqual(
        [['Project Servator', ['PROJECT SERVATOR@24']]],
      )
    })

    it('extends and trims the stop list', () => {
      expect(run('Operation Hurricane', { stopWords: ['Hurricane'] })).toEqual([])
      expect(run('Operation Support began', { stopWords: { remove: ['Support'] } })).toEqual([
        ['Operation Support', ['Operation Support@0']],
      ])
    })

    it('turns the list rule off with an empty plural list', () => {
      expect(run('Operations Sceptre and Venetic', { pluralPrefixes: { replace: [] } })).toEqual([])
    })

    it('adds bare-name mentions when asked', () => {
      const input = 'This initiative, known as Operation Tarlac, began in 2023. Tarlac’s cost has been high.'
      expect(run(input, { bareNames: true })).toEqual([
        ['Operation Tarlac', ['Operation Tarlac@26', 'Tarlac@59']],
      ])
      expect(findOperations(input, { bareNames: true })[0]?.mentions[1]?.rule).toBe('operations/bare-name')
      expect(run(input)).toEqual([['Operation Tarlac', ['Operation Tarlac@26']]])
    })

    it('reads a bare name with a number as the numbered operation, never the one without it', () => {
      const input =
        'Operation Kraken began in 2023. Operation Kraken 2 followed. Kraken-2 and Kraken 2 ran on; Kraken ended.'
      expect(run(input, { bareNames: true })).toEqual([
        ['Operation Kraken', ['Operation Kraken@0', 'Kraken@91']],
        ['Operation Kraken 2', ['Operation Kraken 2@32', 'Kraken-2@61', 'Kraken 2@74']],
      ])
      // With no numbered operation named, a bare numbered name is no mention of either.
      const alone = 'Operation Kraken began in 2023. Kraken-2 followed.'
      expect(run(alone, { bareNames: true })).toEqual([['Operation Kraken', ['Operation Kraken@0']]])
    })
  })

  describe('releases', () => {
    /** A release of a title and one paragraph, as `splitReleases` gives it. */
    function runTitled(title: string, body: string): Brief[] {
      const paragraphAt = title.length + 2
      const operations = findOperations({
        title,
        titleSpan: { start: 0, end: title.length },
        paragraphs: [
          { kind: 'text', text: body, span: { start: paragraphAt, end: paragraphAt + body.length } },
        ],
      })
      return brief(operations)
    }

    it('cuts a name in a Title Case title with a closing full stop as in one without', () => {
      const body = 'Three people were charged after a warrant was executed in Leeds.'
      expect(runTitled('Three Charged After Operation Cobalt Warrant Executed.', body)).toEqual([
        ['Operation Cobalt', ['Operation Cobalt@20']],
      ])
      expect(runTitled('Three Charged After Operation Cobalt Warrant Executed', body)).toEqual([
        ['Operation Cobalt', ['Operation Cobalt@20']],
      ])
      // The prose confirms a longer name, which the title keeps.
      expect(
        runTitled(
          'Operation Sea Dragon Nets 40 Arrests Across The Region.',
          'Operation Sea Dragon ran for six weeks.',
        ),
      ).toEqual([['Operation Sea Dragon', ['Operation Sea Dragon@0', 'Operation Sea Dragon@57']]])
      // The common noun in a Title Case title is dropped, stop or not.
      expect(runTitled('Police Operation Nets Drugs And Cash In Dawn Raids.', body)).toEqual([])
    })

    it('reads a short title in Title Case as a headline when the name runs on to three words', () => {
      const body = 'Forty people were arrested under Operation Kraken in Glasgow.'
      for (const title of [
        'Operation Kraken Nets 40 Arrests',
        'Operation Kraken Nets Arrests',
        'Operation Kraken Yields 12 Kilos of Cocaine',
      ]) {
        expect(runTitled(title, body)).toEqual([
          ['Operation Kraken', ['Operation Kraken@0', `Operation Kraken@${title.length + 35}`]],
        ])
        // With no prose to confirm it, the name is cut to its first word, as in a longer headline.
        expect(runTitled(title, 'Forty people were arrested in Glasgow.')).toEqual([
          ['Operation Kraken', ['Operation Kraken@0']],
        ])
      }
      // A name of two words that ends the title, or a lower-case word, is the name; so is one
      // the prose confirms; a title in sentence case is prose.
      const none = 'The operation began in May.'
      expect(runTitled('Operation Black Swan', none)).toEqual([
        ['Operation Black Swan', ['Operation Black Swan@0']],
      ])
      expect(runTitled('Operation Sea Dragon in Glasgow', none)).toEqual([
        ['Operation Sea Dragon', ['Operation Sea Dragon@0']],
      ])
      expect(runTitled('Operation Kraken nets 40 arrests', none)).toEqual([
        ['Operation Kraken', ['Operation Kraken@0']],
      ])
    })

    it('keeps the number after a headline name’s first word', () => {
      expect(runTitled('Operation Kraken 2 Nets 40 Arrests Across Scotland', 'Forty were held.')).toEqual([
        ['Operation Kraken 2', ['Operation Kraken 2@0']],
      ])
      expect(runTitled('Operation Kraken II Nets 40 Arrests Across Scotland', 'Forty were held.')).toEqual([
        ['Operation Kraken II', ['Operation Kraken II@0']],
      ])
    })

    it('reads a title with a full stop in sentence case as prose', () => {
      expect(
        runTitled('Three charged after Operation Cobalt warrant executed.', 'Officers made arrests.'),
      ).toEqual([['Operation Cobalt', ['Operation Cobalt@20']]])
      expect(
        runTitled('Officers on Operation Sea Dragon made 40 arrests.', 'Officers made arrests.'),
      ).toEqual([['Operation Sea Dragon', ['Operation Sea Dragon@12']]])
    })

    it('keeps a name in capitals whole in a Title Case title', () => {
      const body = 'Fraudsters were targeted across 34 countries.'
      expect(runTitled('Fraudsters Caught In Operation HAECHI III Across 34 Countries', body)).toEqual([
        ['Operation HAECHI III', ['Operation HAECHI III@21']],
      ])
      expect(runTitled('Interpol Operation HAECHI III Recovers Millions From Fraud Networks.', body)).toEqual(
        [['Operation HAECHI III', ['Operation HAECHI III@9']]],
      )
      // A line all in capitals still runs on past the name.
      expect(runTitled('OPERATION DRAGON NETS 40 ARRESTS ACROSS THE CITY', body)).toEqual([
        ['Operation Dragon', ['OPERATION DRAGON@0']],
      ])
    })

    it('reads a release from splitReleases, with spans into the dump', () => {
      const dump = [
        'Stolen vehicles recovered in intensification week',
        '',
        'Source: United Kingdom National Police Chiefs Council',
        '',
        'Op Alliances tackles serious organised vehicle crime',
        '',
        'The first intensification week of national policing’s Operation Alliances has concluded.',
        '',
        '  • NaVCIS-led operations at ports recovered stolen vehicles',
        '',
      ].join('\n')
      const release = splitReleases(dump).releases[0]!
      const operations = findOperations(release)
      expect(operations.map((o) => o.name)).toEqual(['Operation Alliances'])
      const mentions = operations[0]!.mentions
      expect(mentions.map((m) => [m.text, m.span.start])).toEqual([
        ['Op Alliances', 106],
        ['Operation Alliances', 214],
      ])
      for (const m of mentions) expect(dump.slice(m.span.start, m.span.end)).toBe(m.text)
    })
  })

  describe('sample corpus', () => {
    const corpus = (name: string) =>
      readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8')

    it.each([
      [
        '000_553ed2df297268c8.txt',
        [
          [0, 'Operation Hurricane', ['Operation Hurricane', 'Op Hurricane']],
          [0, 'Operation Cyclone', ['Op Cyclone', 'Op Cyclone']],
        ],
      ],
      [
        '002_52e0b0eef6d94852.txt',
        [
          [0, 'Operation Tarlac', ['Operation Tarlac', 'Operation Tarlac', 'Operation Tarlac']],
          [5, 'Operation Alliances', ['Operation Alliances', 'Op Alliances', 'Op Alliances']],
        ],
      ],
    ] as const)('finds the operations of %s and nothing else', (file, expected) => {
      const text = corpus(file)
      const { releases } = extract(text, { parsers: ['operations'] })
      const found = releases.flatMap((r) =>
        r.operations.map((o) => [r.index, o.name, o.mentions.map((m) => m.text)] as const),
      )
      expect(found).toEqual(expected)
      for (const r of releases)
        for (const o of r.operations)
          for (const m of o.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
    })

    it('takes its options through extract', () => {
      const dump =
        'Patrols at the station\n\nSource: City of London Police\n\nOfficers from Project Servator patrolled.\n'
      const { releases } = extract(dump, { operations: { prefixes: ['Project'] } })
      expect(releases[0]?.operations.map((o) => o.name)).toEqual(['Project Servator'])
    })
  })

  describe('names over the line break of hard-wrapped text', () => {
    /** A release whose body a mail client cut at 60 characters. */
    const wrapped = (body: string) =>
      `Arrests in child protection operation\n\nSource: Homeland Security Investigations\n\n${body}\n`
    const namesIn = (dump: string) =>
      extract(dump).releases[0]?.operations.map((o) => [o.name, o.mentions.map((m) => m.text)])

    it('reads a name whose words, or prefix and name, stand on two lines', () => {
      const body =
        'Special agents arrested 85 people in the fifth phase of\nOperation Protected Childhood, an international effort\nthat ran over several weeks in partnership with police in\nfour countries and identified children at risk of harm.\nAgents said that the work done under Operation Protected\nChildhood would continue in the new year with partners.'
      expect(namesIn(wrapped(body))).toEqual([
        [
          'Operation Protected Childhood',
          ['Operation Protected Childhood', 'Operation Protected\nChildhood'],
        ],
      ])
    })

    it('reads a phase and a joined name over a line break as on one line', () => {
      const body =
        'Officers from forces across the region took part in phase eight of\nOperation Protected Childhood across the Americas, and the agency said\nthat Operation Protected Childhood 8 identified children at risk in the\nregion. The warrant was executed by Operation Cobalt and Waitemata\nDistrict staff, assisted by specialist search teams from across the\nregion.'
      expect(namesIn(wrapped(body))).toEqual([
        [
          'Operation Protected Childhood',
          ['Operation Protected Childhood', 'Operation Protected Childhood 8'],
        ],
        ['Operation Cobalt', ['Operation Cobalt']],
      ])
    })

    it('stops at a line that opens with a lower-case word or a force', () => {
      const body =
        'Officers arrested four people under Operation Sceptre\nlast week after searches at addresses across the county,\nand officers from the force seized knives and cash in the\nsearches, which were part of the work of Operation Sceptre\nKent Police said on Friday as it thanked the public.'
      expect(namesIn(wrapped(body))).toEqual([
        ['Operation Sceptre', ['Operation Sceptre', 'Operation Sceptre']],
      ])
    })
  })
})

describe('names with a word that could be a verb', () => {
  const names = (input: string) => findOperations(input).map((o) => o.name)

  it.each([
    ['Operation Kraken Returns has seized 12 kilograms of methamphetamine.', 'Operation Kraken Returns'],
    ['Detectives working on Operation Kraken Returns arrested two men.', 'Operation Kraken Returns'],
    ['Operation Kraken Strikes Again led to 40 arrests.', 'Operation Kraken Strikes Again'],
  ])('keeps a capitalised word in the name: %s', (input, name) => {
    expect(names(input)).toEqual([name])
  })

  it.each([
    ['Operation Kraken returns to Northland this summer.', 'Operation Kraken'],
    ['Operation Ferox ends today.', 'Operation Ferox'],
    ['Operation Unite Begins across the region today.', 'Operation Unite'],
  ])('ends the name before a verb: %s', (input, name) => {
    expect(names(input)).toEqual([name])
  })
})

// Written in the style of hard-wrapped text exports of police releases.
describe('a name over a hard-wrapped paragraph’s line break', () => {
  const wrapped = (paragraph: string) =>
    [
      'Two men charged after raids',
      '',
      'Source: Test Police',
      '',
      'Police were called to a disturbance in the town centre on Monday',
      'evening after reports of a fight between two groups of young men.',
      '',
      paragraph,
      '',
    ].join('\n')
  const operationsOf = (text: string) => {
    const release = splitReleases(text).releases[0]!
    const operations = findOperations(release)
    for (const o of operations)
      for (const m of o.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
    return operations.map((o) => [o.name, o.mentions.map((m) => m.text)])
  }

  it('joins a name cut at its hyphen, its mention holding the break', () => {
    expect(
      operationsOf(
        wrapped(
          'Detectives from the Serious Organised Crime Unit working on Operation Sea-\nHorse arrested two men in a series of raids across the county on\nTuesday morning, and officers seized cash and drugs at both addresses.',
        ),
      ),
    ).toEqual([['Operation Sea-Horse', ['Operation Sea-\nHorse']]])
    expect(
      operationsOf(
        wrapped(
          'Officers seized cash and drugs at both addresses under Op Tri-\r\nCounty and arrested two men in a series of raids across the county on\nTuesday morning. Op Tri-County continues and more arrests are expected.',
        ),
      ).map(([name]) => name),
    ).toEqual(['Operation Tri-County'])
  })

  it('keeps a name whole after the break and a mention after it in place', () => {
    const text = wrapped(
      'Detectives from the Serious Organised Crime Unit working on Operation Sea-\nHorse arrested two men, and Operation Cyclone officers seized cash and\ndrugs at both addresses on Tuesday morning across the county.',
    )
    expect(operationsOf(text)).toEqual([
      ['Operation Sea-Horse', ['Operation Sea-\nHorse']],
      ['Operation Cyclone', ['Operation Cyclone']],
    ])
  })

  it('leaves a hyphen before a space or a figure as it was', () => {
    expect(
      operationsOf(
        wrapped(
          'Detectives from the Serious Organised Crime Unit working on Operation Sea -\nHorse arrested two men in a series of raids across the county on\nTuesday morning, and officers seized cash and drugs at both addresses.',
        ),
      ).map(([name]) => name),
    ).toEqual(['Operation Sea'])
  })
})
