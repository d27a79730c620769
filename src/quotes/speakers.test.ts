// Who speaks each quote: attribution before and after it, titles and roles, pronouns and descriptions,
// publishers' styles, organisations. The order in which the rules are tried is in speaker.ts.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { extractQuotes, extractQuotesAndPeople } from './extract-quotes'
import { type Case, check, type Who, who } from './test-helpers'

const SAMPLE = new URL('../../examples/data/', import.meta.url)

describe('extractQuotes', () => {
  describe('attribution before the quote', () => {
    const cases: Case[] = [
      {
        from: 'corpus',
        input:
          'Chief Constable Trevor Rodenhurst, NPCC Lead for the ROCU Network added: “These figures speak for themselves.”',
        text: 'These figures speak for themselves.',
        speaker: ['Trevor Rodenhurst', 'Chief Constable', 'NPCC Lead for the ROCU Network'],
        cue: 'added',
        rule: 'quotes/colon-before',
      },
      {
        from: 'corpus',
        input:
          'Praising the work NPCC Lead for Serious and Organised Crime (SOC), Chief Constable Chris Haward said: “This type of criminality is corrosive.”',
        text: 'This type of criminality is corrosive.',
        speaker: ['Chris Haward', 'Chief Constable', 'NPCC Lead for Serious and Organised Crime (SOC)'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'corpus',
        input:
          'Jason Harwin KPM, host of Thin Digital Line, added\n\n“This series is not just about predicting the future.”',
        text: 'This series is not just about predicting the future.',
        speaker: ['Jason Harwin', null, 'host of Thin Digital Line'],
        cue: 'added',
        rule: 'quotes/said-before',
      },
      {
        from: 'corpus',
        input:
          'NPCC BVLOS lead for Hampshire & IOW Constabulary and Thames Valley Police, Chris Stagg, said:\n\n“Our efforts in Portsmouth have brought us one step closer.”',
        text: 'Our efforts in Portsmouth have brought us one step closer.',
        speaker: [
          'Chris Stagg',
          null,
          'NPCC BVLOS lead for Hampshire & IOW Constabulary and Thames Valley Police',
        ],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'corpus',
        input:
          'One attendee commented: “This is one of the most powerful sessions I have ever attended as a professional.”',
        text: 'This is one of the most powerful sessions I have ever attended as a professional.',
        speaker: null,
        cue: 'commented',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input: 'Justice Secretary Angela Constance said: “This investment will make a real difference.”',
        text: 'This investment will make a real difference.',
        speaker: ['Angela Constance', 'Justice Secretary', null],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input:
          'Gerald Seib, The Wall Street Journal: "It looked for a while as if the debate would be about policy."',
        text: 'It looked for a while as if the debate would be about policy.',
        speaker: ['Gerald Seib', null, 'Wall Street Journal'],
        cue: null,
        rule: 'quotes/name-colon',
      },
      {
        from: 'style',
        input: 'Earlier, Sarah Jones welcomed the sentence and said: “Justice has been done.”',
        text: 'Justice has been done.',
        speaker: ['Sarah Jones', null, null],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input: 'Detective Chief Inspector Ian Wallace told the BBC: “We will not rest until we find them.”',
        text: 'We will not rest until we find them.',
        speaker: ['Ian Wallace', 'Detective Chief Inspector', null],
        cue: 'told',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input: 'Inspector Tom Brown said the community had been “absolutely fantastic” throughout.',
        text: 'absolutely fantastic',
        speaker: ['Tom Brown', 'Inspector', null],
        cue: 'said',
        rule: 'quotes/mixed',
      },
    ]
    it.each(cases)('reads "$input"', (c) => {
      check(c)
    })
  })

  describe('a cue with no subject of its own, and narration that names nobody', () => {
    it('reads a speaker written with invisible characters as one written without them', () => {
      // The corpus's "T/Deputy Assistant Commissioner" with a zero-width space after its slash, as a
      // page's markup writes it, and a soft hyphen in a word of the role.
      const [quote] = extractQuotes(
        'T/\u200bDeputy Assistant Commissioner Dr Alison Heydari, programme director of the Police Race Ac\u00adtion Plan, said: “It was great to see everyone in person.”',
      )
      expect(who(quote)).toEqual([
        'Alison Heydari',
        'T/Deputy Assistant Commissioner Dr',
        'programme director of the Police Race Action Plan',
      ])
    })

    it('reads a quote and its speaker written with character references as written without them', () => {
      // A scrape of a web page keeps its references: the quotation marks, a no-break space and an
      // ampersand of a body's name.
      const input =
        'Detective&nbsp;Inspector Jane Roe, of the Economic Crime Unit, said: &ldquo;He betrayed the trust of Smith &amp; Jones.&rdquo;'
      const [quote] = extractQuotes(input)
      expect(who(quote)).toEqual(['Jane Roe', 'Detective Inspector', 'Economic Crime Unit'])
      expect(input.slice(quote!.span.start, quote!.span.end)).toBe(quote!.text)
      expect(quote!.text).toBe('He betrayed the trust of Smith &amp; Jones.')
      const [after] = extractQuotes(
        '&#8220;We welcome the sentence,&#8221; said John Smith, managing director.',
      )
      expect(who(after)).toEqual(['John Smith', null, 'managing director'])
      // Near miss: an ampersand that starts no reference is text, and marks as written still pair.
      expect(extractQuotes('R&D chief Ann Lee said: “We will invest.”').map((q) => q.speaker?.name)).toEqual([
        'Ann Lee',
      ])
    })

    it.each<[string, Who]>([
      // Names with accented letters in Unicode's decomposed form (NFD), as some exports write them.
      ['“We have done it,” said Jose\u0301 Pe\u0301rez.', ['José Pérez', null, null]],
      ['“We have done it,” said Inspector Zoe\u0308 Bronte\u0308.', ['Zoë Brontë', 'Inspector', null]],
      [
        '“We have done it,” said Rene\u0301e Mu\u0308ller, head of the unit.',
        ['Renée Müller', null, 'head of the unit'],
      ],
      [
        'Chief Inspector Sia\u0302n Ni\u0301 Fhlannaga\u0301in said: “We have done it.”',
        ['Siân Ní Fhlannagáin', 'Chief Inspector', null],
      ],
    ])('reads a name written with combining marks as one written composed: %s', (input, expected) => {
      const [quote] = extractQuotes(input)
      expect(who(quote)).toEqual(expected)
      // The quote's span is where its words are written, marks and all.
      expect(input.slice(quote!.span.start, quote!.span.end)).toBe(quote!.text)
    })

    it('gives the mentions of a name written with combining marks as written', () => {
      const input = '“We have done it,” said Jose\u0301 Pe\u0301rez.'
      const { people } = extractQuotesAndPeople(input)
      const [mention] = people[0]!.mentions
      expect(mention!.text).toBe('Jose\u0301 Pe\u0301rez')
      expect(input.slice(mention!.span.start, mention!.span.end)).toBe(mention!.text)
    })

    it('reads "urging", "vowing", "insisting" and "called on" as cues of the clause\'s subject', () => {
      // Written in the style of charities' and UN agencies' releases.
      const said = (input: string) => {
        const [q] = extractQuotes(input)
        return q ? [q.speaker?.name ?? null, q.cue] : null
      }
      expect(said('Jane Doe spoke at the launch, urging ministers to “act before it is too late”.')).toEqual([
        'Jane Doe',
        'urging',
      ])
      expect(
        said('Ghada Waly called on member states to “invest in prevention, treatment and care”.'),
      ).toEqual(['Ghada Waly', 'called on'])
      expect(said('Jane Doe welcomed the report, vowing that the charity “will never give up”.')).toEqual([
        'Jane Doe',
        'vowing',
      ])
    })

    it('reads "called" with its object before the words as a cue, as "described … as" is', () => {
      const said = (input: string) => {
        const [q] = extractQuotes(input)
        return q ? [q.speaker?.name ?? null, q.cue, q.text] : null
      }
      expect(said('Jane Doe welcomed the decision, calling it “a victory for common sense”.')).toEqual([
        'Jane Doe',
        'calling',
        'a victory for common sense',
      ])
      expect(said('Jane Doe called the ruling “a victory for common sense”.')).toEqual([
        'Jane Doe',
        'called',
        'a victory for common sense',
      ])
      // A name given with no object, and "called" far from the words, are no one's words.
      expect(said('Jane Doe runs a group called “Safe Streets”.')).toBeNull()
      expect(said('Jane Doe called the police after seeing the “chop shop”.')).toBeNull()
    })

    it('gives "adding" after a quote the subject of the cue before it', () => {
      const input =
        '“This was a cowardly attack,” Chief Inspector Jane Smith said on Monday, adding, “We will find those responsible.”'
      const quotes = extractQuotes(input)
      expect(quotes.map(who)).toEqual([
        ['Jane Smith', 'Chief Inspector', null],
        ['Jane Smith', 'Chief Inspector', null],
      ])
      expect(quotes[1]?.cue).toBe('adding')
      // Variants: another cue verb, a listener between, a surname alone met earlier.
      for (const [text, name] of [
        ['“The site is safe,” Jane Smith wrote, adding: “Residents may return.”', 'Jane Smith'],
        ['“The site is safe,” Jane Smith told residents, adding: “You may return.”', 'Jane Smith'],
        [
          'Jane Smith chairs the board. “The site is safe,” Smith wrote, adding, “Residents may return.”',
          'Jane Smith',
        ],
      ] as const) {
        expect(extractQuotes(text)[1]?.speaker?.name, text).toBe(name)
      }
    })

    it('gives "by saying" and "went on to say" the subject of their clause', () => {
      check({
        from: 'style',
        input:
          'Councillor Jane Smith opened the new library by saying, “Every child deserves a place to read.”',
        text: 'Every child deserves a place to read.',
        speaker: ['Jane Smith', 'Councillor', null],
        cue: 'saying',
        rule: 'quotes/said-before',
      })
      const [q] = extractQuotes(
        'Superintendent John Brown thanked the volunteers. He went on to say: “Their work saved lives.”',
      )
      expect(who(q)).toEqual(['John Brown', 'Superintendent', null])
      expect(q?.cue).toBe('say')
    })

    it('keeps the name right before a participle cue, and reads no subject where there is none', () => {
      const [q] = extractQuotes(
        'The force welcomed the verdict, with Chief Constable Jane Smith saying: “Justice has been done.”',
      )
      expect(who(q)).toEqual(['Jane Smith', 'Chief Constable', null])
      // Nobody is named before "adding", nor after the quote.
      const [r] = extractQuotes('The report was published on Monday, adding: “Change is needed.”')
      expect(r?.speaker).toBeNull()
    })

    it('takes the speaker named after the quote when the sentence before it names nobody', () => {
      check({
        from: 'style',
        input:
          'The council said the scheme had been a success: “More than 500 families have been helped,” said Councillor Jane Smith.',
        text: 'More than 500 families have been helped,',
        speaker: ['Jane Smith', 'Councillor', null],
        cue: 'said',
        rule: 'quotes/said-after',
      })
      // Negatives: a speaker before the colon stays; nothing after leaves the quote unnamed.
      const [kept] = extractQuotes(
        'Jane Smith said the scheme had worked: “More families were helped,” the council reported.',
      )
      expect(kept?.speaker?.name).toBe('Jane Smith')
      const [none] = extractQuotes(
        'The council said the scheme had worked: “More families were helped.” It will continue.',
      )
      expect(none?.speaker).toBeNull()
    })
  })

  describe('a named person introduced by a common noun', () => {
    it.each([
      ['His mother, Jane Smith, said: “He was the light of our lives.”', 'Jane Smith'],
      ['The victim’s sister, Sarah Jones, 28, said: “He was the light of our lives.”', 'Sarah Jones'],
      ['Peter’s wife, Anne, said: “He was the light of our lives.”', 'Anne'],
      ['Her husband, Tom Brown, 45, added: “She was kind to everyone.”', 'Tom Brown'],
      ['“She was kind to everyone,” her husband, Tom Brown, said.', 'Tom Brown'],
    ])('reads the name after the description: %s', (input, name) => {
      const [q] = extractQuotes(input)
      // A relation is no office or function: the role stays null.
      expect(who(q)).toEqual([name, null, null])
    })

    it.each([
      'A family friend, who asked not to be named, said: “She was kind to everyone.”',
      'Jane’s father, a retired teacher, said: “She was kind to everyone.”',
      'The victim’s family said: “She was kind to everyone.”',
    ])('names nobody when the text names nobody: %s', (input) => {
      expect(who(extractQuotes(input)[0])).toBeNull()
    })
  })

  describe('attribution after the quote', () => {
    const cases: Case[] = [
      {
        from: 'style',
        input:
          '“We will not tolerate this behaviour,” said Detective Inspector Jane Smith, of Wellington CIB.',
        text: 'We will not tolerate this behaviour,',
        // The "of …" phrase after the name is the role (guidelines, rulings).
        speaker: ['Jane Smith', 'Detective Inspector', 'Wellington CIB'],
        cue: 'said',
        rule: 'quotes/said-after',
      },
      {
        from: 'style',
        input:
          '“Enquiries are ongoing and we would urge anyone with information to come forward,” Superintendent Mike Jones said.',
        text: 'Enquiries are ongoing and we would urge anyone with information to come forward,',
        speaker: ['Mike Jones', 'Superintendent', null],
        cue: 'said',
        rule: 'quotes/said-after',
      },
      // Verbs of appeal and reminder attribute a short quote as "said" does; without them it was dropped.
      {
        from: 'style',
        input: '“Please drive safely,” Sergeant Mike Lee reminded motorists.',
        text: 'Please drive safely,',
        speaker: ['Mike Lee', 'Sergeant', null],
        cue: 'reminded',
        rule: 'quotes/said-after',
      },
      {
        from: 'style',
        input: '“Please come forward,” Inspector Jo Bell appealed.',
        text: 'Please come forward,',
        speaker: ['Jo Bell', 'Inspector', null],
        cue: 'appealed',
        rule: 'quotes/said-after',
      },
      {
        from: 'style',
        input: '“Lock your doors at night,” Inspector Jo Bell encouraged residents.',
        text: 'Lock your doors at night,',
        speaker: ['Jo Bell', 'Inspector', null],
        cue: 'encouraged',
        rule: 'quotes/said-after',
      },
      {
        from: 'style',
        input: '“We need to act now,” according to Chief Constable Sarah Crew.',
        text: 'We need to act now,',
        speaker: ['Sarah Crew', 'Chief Constable', null],
        cue: null,
        rule: 'quotes/according-to',
      },
    ]
    it.each(cases)('reads "$input"', (c) => {
      check(c)
    })

    it('gives the second part of an interrupted quote the same speaker', () => {
      const input =
        'Sergeant Tom Brown was at the scene. “This is a great result,” she said. “The team worked tirelessly.”'
      const quotes = extractQuotes(input)
      expect(quotes.map((q) => [q.text, who(q), q.cue, q.rule, q.speaker?.inferred])).toEqual([
        ['This is a great result,', ['Tom Brown', 'Sergeant', null], 'said', 'quotes/said-after', true],
        ['The team worked tirelessly.', ['Tom Brown', 'Sergeant', null], 'said', 'quotes/interrupted', true],
      ])
    })
  })

  describe('titles, post-nominals and roles', () => {
    it.each([
      // Fellowships of learned societies and civil service honours, as UK government releases write them.
      [
        'Jane Doe FRS, chief executive of the Royal Society, said: “The data are clear.”',
        ['Jane Doe', null, 'chief executive of the Royal Society'],
      ],
      [
        '“The data are clear,” said Sir John Smith KCB, the Cabinet Secretary.',
        ['John Smith', 'Sir', 'Cabinet Secretary'],
      ],
      ['“The data are clear,” said Jane Doe CB.', ['Jane Doe', null, null]],
      // The same letters opening a body's name before an office are the body's.
      [
        'FRS Holdings chief executive Jane Doe said: “The data are clear.”',
        ['Jane Doe', 'FRS Holdings chief executive', null],
      ],
    ])('leaves the letters of a fellowship or an honour out of the name: %s', (input, speaker) => {
      expect(who(extractQuotes(input)[0])).toEqual(speaker)
    })

    it('reads a name closed by post-nominal letters in the middle of a sentence', () => {
      // Written in the style of Irish, Northern Irish, Scottish, Welsh and EU releases.
      const said = (input: string) => who(extractQuotes(input)[0])
      expect(
        said('At the meeting Tom Jones MEP said the plan “will transform the region for a generation”.'),
      ).toEqual(['Tom Jones', null, null])
      expect(said('Speaking on Friday Mary Murphy TD said: “It is a great day for the town.”')).toEqual([
        'Mary Murphy',
        null,
        null,
      ])
      expect(
        said('The minister met staff at the site where Sarah Lee MSP said: “It is a great day.”'),
      ).toEqual(['Sarah Lee', null, null])
      // An honour after the name is no body's initials: the person speaks, not "… John Smith QPM".
      expect(said('Speaking on Friday John Smith QPM said: “It is a great day for the town.”')).toEqual([
        'John Smith',
        null,
        null,
      ])
    })

    it('reads letters after a comma that head an apposition as a body’s initials in the role', () => {
      const said = (input: string) => who(extractQuotes(input)[0])
      // "MSP" is also the Michigan State Police: before capitalised words or a role noun it opens the role.
      expect(said('“This was a senseless act,” said Lt. Mike Shaw, MSP Public Information Officer.')).toEqual(
        ['Mike Shaw', 'Lt.', 'MSP Public Information Officer'],
      )
      expect(said('“This was a senseless act,” said Mike Shaw, MSP spokesman.')).toEqual([
        'Mike Shaw',
        null,
        'MSP spokesman',
      ])
      // Letters closed by a comma or the sentence, or before another honour, stay after the name.
      expect(said('“This was a senseless act,” said Jane Doe, MSP, on Monday.')).toEqual([
        'Jane Doe',
        null,
        null,
      ])
      expect(said('“This was a senseless act,” said Mark Smith, QPM, OBE.')).toEqual([
        'Mark Smith',
        null,
        null,
      ])
      expect(said('Jane Doe, MP, said: “We will act on this.”')).toEqual(['Jane Doe', null, null])
    })

    it('reads the subject of a second clause joined by "and" as the speaker', () => {
      const said = (input: string) => who(extractQuotes(input)[0])
      expect(
        said('The scheme was welcomed by residents and Jane Doe MLA said: “It is a great day.”'),
      ).toEqual(['Jane Doe', null, null])
      expect(said('The scheme was welcomed by residents, and Jane Doe said it was “a great day”.')).toEqual([
        'Jane Doe',
        null,
        null,
      ])
      expect(said('The plan was backed by the council and Kent Police said: “We welcome it.”')).toEqual([
        'Kent Police',
        null,
        null,
      ])
      // After a quote and its speaker, a second speaker opens the next clause.
      const quotes = extractQuotes(
        '“Nobody should have to sleep on the streets,” said Jane Roe, and John Smith, chief executive of Shelter, said: “The government must act now.”',
      )
      expect(quotes.map(who)).toEqual([
        ['Jane Roe', null, null],
        ['John Smith', null, 'chief executive of Shelter'],
      ])
    })

    it('reads no second clause where "and" joins names or words of one phrase', () => {
      const said = (input: string) => who(extractQuotes(input)[0])
      // Two people speaking together: the first named is kept.
      expect(
        said(
          'Jane Roe, chair of Shelter, and John Smith, chief executive of Crisis, said: “The government must act.”',
        ),
      ).toEqual(['Jane Roe', null, 'chair of Shelter'])
      // A word alone after "and" is no one's name.
      expect(
        said('Jane Roe, who has led Shelter and Crisis, said: “The government must act now.”')?.[0],
      ).toBe('Jane Roe')
      expect(
        said('The charity, which has worked with Shelter and Crisis, said: “The government must act.”'),
      ).toBeNull()
    })

    it('links "Minister McEntee" to the minister named in full before, with that mention\'s role', () => {
      // Written in the style of an Irish ministry's release.
      const quotes = extractQuotes(
        'The Minister for Justice, Helen McEntee TD, has today announced €25 million in funding.\n\nSpeaking at the launch in Dublin, Minister McEntee said: “Every community deserves to feel safe.”',
      )
      expect(who(quotes[0])).toEqual(['Helen McEntee', null, 'Minister for Justice'])
      // A minister named first with the title keeps it.
      const titled = extractQuotes(
        'Minister Helen McEntee opened the centre.\n\n“It is a good day,” said Minister McEntee.',
      )
      expect(who(titled[0])).toEqual(['Helen McEntee', 'Minister', null])
    })

    const cases: Case[] = [
      {
        from: 'corpus',
        input:
          'T/Deputy Assistant Commissioner Dr Alison Heydari, programme director of the Police Race Action Plan, said: “It was great to see everyone in person.”',
        text: 'It was great to see everyone in person.',
        speaker: [
          'Alison Heydari',
          'T/Deputy Assistant Commissioner Dr',
          'programme director of the Police Race Action Plan',
        ],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'corpus',
        input:
          'PCC Donna Jones, Chair of the Association of Police and Crime Commissioners said: “Police and Crime Commissioners are elected to oversee an effective service.”',
        text: 'Police and Crime Commissioners are elected to oversee an effective service.',
        speaker: ['Donna Jones', 'PCC', 'Chair of the Association of Police and Crime Commissioners'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'corpus',
        input:
          'Detective Superintendent Andy Farrell, NPCC lead for Clear, Hold, Build said: “This has been an insightful few days.”',
        text: 'This has been an insightful few days.',
        speaker: ['Andy Farrell', 'Detective Superintendent', 'NPCC lead for Clear, Hold, Build'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input:
          'Detective Chief Superintendent Mark Smith QPM, head of the Major Crime Unit, said: “We are making progress.”',
        text: 'We are making progress.',
        speaker: ['Mark Smith', 'Detective Chief Superintendent', 'head of the Major Crime Unit'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input: 'Cabinet Secretary for Health and Social Care Neil Gray said: “This is welcome news.”',
        text: 'This is welcome news.',
        // An office written with its complement before the name is also the role (guidelines, rulings).
        speaker: [
          'Neil Gray',
          'Cabinet Secretary for Health and Social Care',
          'Cabinet Secretary for Health and Social Care',
        ],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input: 'Minister for Crime and Policing Dame Diana Johnson said: “Officers do a difficult job.”',
        text: 'Officers do a difficult job.',
        speaker: ['Diana Johnson', 'Minister for Crime and Policing Dame', 'Minister for Crime and Policing'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input:
          'Lindsay Dalton, CEO of Ivison Trust said:\n\n“Congratulations to the National County Lines Coordination Centre.”',
        text: 'Congratulations to the National County Lines Coordination Centre.',
        speaker: ['Lindsay Dalton', null, 'CEO of Ivison Trust'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'corpus',
        input:
          'Another signatory of the Charter, Police Chief Scientific Adviser, Professor Paul Taylor said:\n\n“The Charter is a cornerstone in our wider efforts.”',
        text: 'The Charter is a cornerstone in our wider efforts.',
        speaker: ['Paul Taylor', 'Professor', 'Police Chief Scientific Adviser'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input: 'The charity’s chief executive, Sarah Green, said: “This funding is vital for victims.”',
        text: 'This funding is vital for victims.',
        speaker: ['Sarah Green', null, 'charity’s chief executive'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input:
          'Chief Inspector Mark Hughes, from Cardiff Central, added: "This was a complex investigation."',
        text: 'This was a complex investigation.',
        speaker: ['Mark Hughes', 'Chief Inspector', null],
        cue: 'added',
        rule: 'quotes/colon-before',
      },
    ]
    it.each(cases)('reads "$input"', (c) => {
      check(c)
    })

    it.each([
      ['Police and Crime Commissioner Paul Morgan', 'Police and Crime Commissioner'],
      ['Merseyside Police and Crime Commissioner Emily Spurrell', 'Merseyside Police and Crime Commissioner'],
      ['Border Force Deputy Director Paul Morgan', 'Border Force Deputy Director'],
      ['Border Force Director General Phil Douglas', 'Border Force Director General'],
      ['Northumbria Police Chief Constable Vanessa Jardine', 'Northumbria Police Chief Constable'],
      ['Victoria Police Assistant Commissioner Jane Doe', 'Victoria Police Assistant Commissioner'],
      ['Garda Superintendent Paul Morgan', 'Garda Superintendent'],
      [
        'Homeland Security Investigations Special Agent in Charge Paul Morgan',
        'Homeland Security Investigations Special Agent in Charge',
      ],
      ['New York Police Department Commissioner Paul Morgan', 'New York Police Department Commissioner'],
      ['HM Revenue and Customs Assistant Director Paul Morgan', 'HM Revenue and Customs Assistant Director'],
      // A minister's portfolio of two before an office built on its second word.
      ['Crime and Policing Minister Laura Penrose', 'Crime and Policing Minister'],
      ['Security and Borders Minister Jo Brown', 'Security and Borders Minister'],
      // An acronym before the head names a body or place, no portfolio: the word before "and" stays out.
      ['Volunteers and NSW Commissioner Tom Baker', 'NSW Commissioner'],
      ['Crews and RFS Commissioner Tom Baker', 'RFS Commissioner'],
      // Two fields before one office's head share it, though "Fire Chief" is a title of its own.
      ['Police and Fire Minister Jane Doe', 'Police and Fire Minister'],
      ['Health and Police Minister Jane Doe', 'Health and Police Minister'],
      // An honorific between the office and the name stays in the title, after the portfolio.
      ['Crime and Policing Minister Dame Diana Johnson', 'Crime and Policing Minister Dame'],
      ['Security and Borders Minister Sir John Smith', 'Security and Borders Minister Sir'],
      // After "of" the words name a body; "Home Secretary" is an office of its own.
      ['The Department of Justice and Policing Minister Jo Brown', 'Policing Minister'],
      ['Police Scotland and Justice Secretary Angela Constance', 'Justice Secretary'],
      ['Fire and Emergency Incident Controller Tom Jones', 'Fire and Emergency Incident Controller'],
      ['Chief Postal Inspector Gary Barksdale', 'Chief Postal Inspector'],
      ['Chief Executive Officer Jane Doe', 'Chief Executive Officer'],
      ['Scottish Justice Secretary Angela Constance', 'Scottish Justice Secretary'],
      ['Det. Sgt. Mike Brown', 'Det. Sgt.'],
      ['Det. Insp. Jane Doe', 'Det. Insp.'],
      ['D/Supt Jane Doe', 'D/Supt'],
      ['T/D/Supt Jane Doe', 'T/D/Supt'],
      // Any one capital and a slash: F/Lt. (first lieutenant), C/Supt. (chief superintendent).
      ['F/Lt. Mike Shaw', 'F/Lt.'],
      ['D/F/Lt. Mike Shaw', 'D/F/Lt.'],
      ['C/Supt. Jane Doe', 'C/Supt.'],
      // Short ranks joined by hyphens, as Australian police write them, with a slash or an agency.
      ['Det-Supt Jane Doe', 'Det-Supt'],
      ['Det-Sgt Tom Baker', 'Det-Sgt'],
      ['A/Det-Supt Jane Doe', 'A/Det-Supt'],
      ['AFP Det-Ch-Insp Jane Doe', 'AFP Det-Ch-Insp'],
      // Words that open a sentence without naming an agency stay out of the title.
      ['On Monday Chief Constable Jo Farrell', 'Chief Constable'],
      ['Yesterday Detective Inspector Jo Bell', 'Detective Inspector'],
      ['Speaking Chief Constable Jo Farrell', 'Chief Constable'],
      ['He thanked Sarah O’Neill Detective Inspector Jo Bell', 'Detective Inspector'],
      // A place after a preposition says where the person spoke, not whose office it is.
      ['In Manchester Detective Sergeant Tom Wade', 'Detective Sergeant'],
      ['At Leeds Crown Court Detective Inspector Jo Bell', 'Detective Inspector'],
      // A country written in initials before the office (the second from a US release).
      ['U.S. District Judge Sean Jordan', 'U.S. District Judge'],
      ['Chief U.S. District Judge Jon D. Levy', 'Chief U.S. District Judge'],
      ['U.K. Border Force Director Jane Doe', 'U.K. Border Force Director'],
      // A capitalised word in brackets that qualifies the rank, as an acronym there is.
      ['Chief Superintendent (Detective) Mark Hales', 'Chief Superintendent (Detective)'],
      ['Inspector (Acting) Jane Doe', 'Inspector (Acting)'],
    ])('keeps the whole office written before the name: "%s"', (person, title) => {
      const [q] = extractQuotes(`${person} said: “We will act on this.”`)
      expect(q?.speaker?.title).toBe(title)
      expect(q?.speaker?.role).toBeNull()
    })

    it('reads no title from words in brackets that are no one word in capitals, nor after no office', () => {
      const first = (input: string) => who(extractQuotes(input)[0])
      expect(first('Chief Constable (now retired) Jane Doe said: “We act on this today.”')?.[1]).toBeNull()
      expect(first('Officers from Kent (Detective) Jane Doe said: “We act on this today.”')?.[1]).toBeNull()
      // No name after the bracket: nobody is named.
      expect(first('The Chief Constable (Kent) said: “We act on this today.”')).toBeNull()
    })

    it('joins by hyphens only ranks written short', () => {
      const first = (input: string) => who(extractQuotes(input)[0])
      // A full word, or a name joined by a hyphen, is no rank written short.
      expect(first('Detective-Superintendent Jane Doe said: “We act on this today.”')?.[1]).toBeNull()
      expect(first('Det-Smith said: “We act on this today.”')?.[1] ?? null).toBeNull()
    })

    it('reads abbreviated military and police ranks that chain with their full stops', () => {
      check({
        from: 'style',
        input:
          'Sgt. Maj. John Smith said: “Every soldier in this battalion has earned the thanks of the community.”',
        text: 'Every soldier in this battalion has earned the thanks of the community.',
        speaker: ['John Smith', 'Sgt. Maj.', null],
        cue: 'said',
        rule: 'quotes/colon-before',
      })
      for (const title of [
        'Command Sgt. Maj.',
        'Lt. Col.',
        'Maj. Gen.',
        'Brig. Gen.',
        'Det. Sgt.',
        'Insp.',
        'Supt.',
        'Rear Adm.',
        'Lt. Cmdr.',
        'Master Sgt.',
        // A naval lieutenant's junior grade, with or without stops and brackets.
        'Lt. j.g.',
        'Lt j.g.',
        'Lt. (j.g.)',
        'Lieutenant Junior Grade',
      ]) {
        const [q] = extractQuotes(`“The exercise went as planned,” said ${title} Jane Doe.`)
        expect(who(q)).toEqual(['Jane Doe', title, null])
      }
      // The full stop of a rank ends no sentence: the pronoun is the officer named before it.
      const [later] = extractQuotes(
        'The parade was led by Brig. Gen. Jane Doe on Sunday. “We are proud of every soldier,” she said.',
      )
      expect(who(later)).toEqual(['Jane Doe', 'Brig. Gen.', null])
      // The stops of "j.g." end no sentence before the name, with the service before the rank.
      const [grade] = extractQuotes(
        '“We are proud of the crew,” said Coast Guard Lt. j.g. Jane Doe, a spokesperson for the district.',
      )
      expect(who(grade)).toEqual(['Jane Doe', 'Coast Guard Lt. j.g.', 'spokesperson for the district'])
      // A rank's grade at the end of a sentence does close it: the next one opens with a pronoun.
      const [closing] = extractQuotes('Tom Baker served as a Lt. j.g. He said: “Those were good years.”')
      expect(who(closing)).toEqual(['Tom Baker', null, null])
    })

    it('reads enlisted ranks, their classes and grades, and police ranks of US releases', () => {
      for (const title of [
        'Sgt. 1st Class',
        'Sergeant First Class',
        'Staff Sgt.',
        'Pvt.',
        'Pfc.',
        'Spc.',
        'Cpl.',
        'Lance Cpl.',
        'Gunnery Sgt.',
        'Tech. Sgt.',
        'First Sgt.',
        'Petty Officer 2nd Class',
        'Chief Petty Officer',
        'Master Chief Petty Officer',
        'Chief Warrant Officer 2',
        'Airman 1st Class',
        'Senior Airman',
        'Trooper',
        'Ofc.',
      ]) {
        const [q] = extractQuotes(`“The exercise went as planned,” said ${title} Jane Doe.`)
        expect(who(q)).toEqual(['Jane Doe', title, null])
      }
      // The full stop of "Pvt." ends no sentence: "she" is the soldier named in the sentence before.
      const [later] = extractQuotes(
        'Inspector John Smith met Pvt. Jane Doe after the hearing. “I am grateful to my unit,” she said.',
      )
      expect(who(later)).toEqual(['Jane Doe', 'Pvt.', null])
    })

    it('reads offices of parliaments, courts and the Garda before a name as titles', () => {
      for (const title of [
        'Taoiseach',
        'Tánaiste',
        'Congresswoman',
        'Congressman',
        'Assemblymember',
        'Chief Justice',
        'Coroner',
        'Magistrate',
        'Ombudsman',
        "State's Attorney",
        'Auditor-General',
        'Garda',
        'Detective Garda',
        'Deputy',
      ]) {
        const [after] = extractQuotes(`“The review is complete,” said ${title} Jane Doe.`)
        expect(who(after)).toEqual(['Jane Doe', title, null])
        const [before] = extractQuotes(`${title} Jane Doe said: “The review is complete.”`)
        expect(who(before)).toEqual(['Jane Doe', title, null])
      }
      // A sheriff's deputy with the office after the name.
      const [deputy] = extractQuotes(
        '“We found the car,” said Deputy Tom Baker of the Jefferson County Sheriff’s Office.',
      )
      expect(who(deputy)).toEqual(['Tom Baker', 'Deputy', 'Jefferson County Sheriff’s Office'])
      // Longer ranks that open with one of these stay whole.
      const [chief] = extractQuotes('Deputy Chief Constable Jane Doe said: “The review is complete.”')
      expect(who(chief)).toEqual(['Jane Doe', 'Deputy Chief Constable', null])
      const [commissioner] = extractQuotes('Garda Commissioner Drew Harris said: “The review is complete.”')
      expect(who(commissioner)).toEqual(['Drew Harris', 'Garda Commissioner', null])
      // The office with no name after it names no one.
      expect(extractQuotes('The Coroner said: “This was a tragic accident.”')[0]?.speaker).toBeNull()
    })

    it('reads "An" before a word in Title Case after the cue as the Irish article of a name', () => {
      const [taoiseach] = extractQuotes('“Thank you,” said An Taoiseach Simon Harris.')
      expect(who(taoiseach)).toEqual(['Simon Harris', 'Taoiseach', null])
      const [body] = extractQuotes('“We will investigate,” said An Garda Síochána.')
      expect(body?.speaker).toMatchObject({ kind: 'organisation', name: 'An Garda Síochána' })
      const [spokesperson] = extractQuotes('“We will investigate,” said An Garda Síochána spokesperson.')
      expect(spokesperson?.speaker).toMatchObject({
        kind: 'organisation',
        name: 'An Garda Síochána',
        role: 'spokesperson',
      })
      // The English article stays a description of someone unnamed, before a vowel or capitals.
      for (const unnamed of ['an officer', 'an NCA officer', 'an Essex Police officer']) {
        const [q] = extractQuotes(`“We will investigate,” said ${unnamed}.`)
        expect(q?.speaker).toBeNull()
        expect(q?.cue).toBe('said')
      }
    })

    it('reads a month that more of the name follows, after a title, as a first name', () => {
      // us_2: "April M. Leon" was "M. Leon", with no title.
      const [q] = extractQuotes(
        '“Bank robbery is a violent crime,” said Acting United States Attorney April M. Leon.',
      )
      expect(who(q)).toEqual(['April M. Leon', 'Acting United States Attorney', null])
      const [r] = extractQuotes('Mayor June Lee said: “The park reopens on Friday.”')
      expect(who(r)).toEqual(['June Lee', 'Mayor', null])
      // A month with no title before it is no first name, nor one that no name follows.
      const [s] = extractQuotes('In May Jane Doe said: “The park reopens on Friday.”')
      expect(who(s)).toEqual(['Jane Doe', null, null])
    })

    it('leaves "Former" before a rank out of the title', () => {
      const [q] = extractQuotes(
        'SAN DIEGO – Former Petty Officer 2nd Class Daniel J. Kim, 31, was sentenced today. In one message, Kim wrote, “nobody counts these things.”',
      )
      expect(who(q)).toEqual(['Daniel J. Kim', 'Petty Officer 2nd Class', null])
      const [r] = extractQuotes('“We will act,” said former Chief Constable Jane Doe.')
      expect(who(r)).toEqual(['Jane Doe', 'Chief Constable', null])
      // An agency before the office stays part of the title.
      const [s] = extractQuotes('“We will act,” said ATF New Orleans Special Agent in Charge Jane Doe.')
      expect(who(s)).toEqual(['Jane Doe', 'ATF New Orleans Special Agent in Charge', null])
    })

    it('leaves "Retired" and "The late" out of the title, and keeps an honorific after the rank', () => {
      const [q] = extractQuotes('Former Chief Constable Sir Peter Fahy said: “This review is long overdue.”')
      expect(who(q)).toEqual(['Peter Fahy', 'Chief Constable Sir', null])
      const [r] = extractQuotes(
        '“We must act now,” said Retired Detective Chief Superintendent Dame Jane Smith.',
      )
      expect(who(r)).toEqual(['Jane Smith', 'Detective Chief Superintendent Dame', null])
      const [s] = extractQuotes('The late Commissioner Lord Tom Jones once said: “Policing is by consent.”')
      expect(who(s)).toEqual(['Tom Jones', 'Commissioner Lord', null])
      // "Retired" opens no agency before the office either.
      const [t] = extractQuotes('Retired FBI Director Jane Doe said: “The bureau must change.”')
      expect(who(t)).toEqual(['Jane Doe', 'FBI Director', null])
    })

    it('does not take a class or grade with no rank before it for a title', () => {
      const [q] = extractQuotes('“We are proud,” said 2nd Class winner Jane Doe.')
      expect(q?.speaker?.title ?? null).toBeNull()
      const [r] = extractQuotes('“We are proud,” said First Class Honours graduate Jane Doe.')
      expect(r?.speaker?.title ?? null).toBeNull()
    })

    it('keeps a modifier of ranks out of the title when no rank follows it', () => {
      const [q] = extractQuotes('“We are proud,” said Master Chef winner Jane Doe.')
      expect(q?.speaker?.title ?? null).toBeNull()
      const [r] = extractQuotes('Command Centre manager Jane Doe said: “The fleet is ready.”')
      expect(r?.speaker?.title ?? null).toBeNull()
    })

    it('keeps a place or "National" of a body named before an office in the title', () => {
      const title = (input: string) => who(extractQuotes(input)[0])
      expect(
        title('Police Scotland Chief Superintendent Lesley Fraser said: “Disorder will not be tolerated.”'),
      ).toEqual(['Lesley Fraser', 'Police Scotland Chief Superintendent', null])
      expect(
        title('National Crime Agency Director General Graeme Biggar said: “Gangs will be dismantled.”'),
      ).toEqual(['Graeme Biggar', 'National Crime Agency Director General', null])
      expect(
        title('Victim Support Chief Executive Katie Kempen said: “Help is there for everyone.”'),
      ).toEqual(['Katie Kempen', 'Victim Support Chief Executive', null])
      // An office in lower case after such a body's name, as after "Refuge".
      expect(title('“It is a welcome step,” said Victim Support chief executive Ruth Davison.')).toEqual([
        'Ruth Davison',
        'Victim Support chief executive',
        null,
      ])
      // A place after a preposition says where, not whose office.
      expect(
        title('In Scotland Detective Sergeant Jane Hill said: “We are appealing for witnesses.”'),
      ).toEqual(['Jane Hill', 'Detective Sergeant', null])
    })

    it('reads the agency and place before an office in a US release', () => {
      check({
        from: 'corpus',
        input:
          '“Fires are serious, and potentially deadly to the community and those firefighters who respond to them,” said ATF New Orleans Special Agent in Charge Constance Hester.',
        text: 'Fires are serious, and potentially deadly to the community and those firefighters who respond to them,',
        speaker: ['Constance Hester', 'ATF New Orleans Special Agent in Charge', null],
        cue: 'said',
        rule: 'quotes/said-after',
      })
    })

    it('reads a unit written in lower case at the end of an "of" phrase (real, then variants)', () => {
      for (const [input, role] of [
        [
          '“The citizens are able to see tangible results,” said Gary Olenkiewicz, Special Agent in Charge of the DEA’s Dallas division.',
          'Special Agent in Charge of the DEA’s Dallas division',
        ],
        [
          'Detective Sergeant Mark Jones, of GMP’s Oldham district, said: “This sentence sends a clear message.”',
          'GMP’s Oldham district',
        ],
        [
          '“We will act,” said Special Agent Jane Doe of the FBI’s Dallas field office.',
          'FBI’s Dallas field office',
        ],
        [
          '“We will act,” said Jane Doe of Merseyside Police’s economic crime unit.',
          'Merseyside Police’s economic crime unit',
        ],
        // Lower-case words that name no unit stay out.
        ['“We will act,” said Jane Doe of the Met on Tuesday.', 'Met'],
        ['“We will act,” said Jane Doe of the Met and officers.', 'Met'],
        ['“We will act,” said Jane Doe of the Met’s team leaders and staff.', 'Met’s'],
      ] as const) {
        expect(extractQuotes(input)[0]?.speaker?.role).toBe(role)
      }
    })

    it('finds a name mid-sentence before an office in apposition, and the short reference to it later', () => {
      const quotes = extractQuotes(
        'The sentence was announced by Erek L. Barron, United States Attorney for the District of Maryland, and Special Agent in Charge William J. DelBagno of the FBI.\n\n“She abused the trust placed in her,” said U.S. Attorney Barron.\n\n“We act,” DelBagno said.',
      )
      expect(quotes.map(who)).toEqual([
        ['Erek L. Barron', null, 'United States Attorney for the District of Maryland'],
        ['William J. DelBagno', 'Special Agent in Charge', 'FBI'],
      ])
    })

    it.each([
      [
        '“We will act,” said Special Agent in Charge Jane Roe of the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF).',
        'Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)',
      ],
      [
        '“Gun crime will be pursued,” said Special Agent in Charge Tom Baker of the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) Tampa Field Division.',
        'Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) Tampa Field Division',
      ],
      [
        '“We will act,” said Special Agent in Charge Jane Roe of the Bureau of Alcohol, Tobacco, Firearms, and Explosives.',
        'Bureau of Alcohol, Tobacco, Firearms, and Explosives',
      ],
      [
        '“Farmers will be supported,” said Jane Roe, of the Department of Agriculture, Food and the Marine, at the launch.',
        'Department of Agriculture, Food and the Marine',
      ],
    ])('reads a list of capitalised words in an agency’s name after "of": %s', (input, role) => {
      expect(extractQuotes(input)[0]?.speaker?.role).toBe(role)
    })

    it.each([
      // Two capitalised words after "and" are the next person; a list outside an agency's name is places.
      [
        '“We will act,” said Jane Roe of the Bureau of Alcohol, Tobacco, Firearms and Explosives, and Tom Baker of the FBI.',
        'Bureau of Alcohol, Tobacco, Firearms and Explosives',
      ],
      [
        '“We will act,” said Jane Roe of the Department of Justice, Tom Baker and Sam Lee.',
        'Department of Justice',
      ],
      ['“We will act,” said Jane Roe of Leeds, Bradford and Wakefield.', 'Leeds'],
      [
        '“We will act,” said Jane Roe of the Department of Justice, Boston Division.',
        'Department of Justice',
      ],
    ])('ends an "of" phrase at a comma otherwise: %s', (input, role) => {
      expect(extractQuotes(input)[0]?.speaker?.role).toBe(role)
    })

    it('still splits two offices joined by "and" into two people', () => {
      const [q] = extractQuotes(
        '“We will act,” said U.S. Attorney Dana J. Boente of the Eastern District of Virginia and Assistant Director in Charge Andrew McCabe of the FBI’s Washington Field Office.',
      )
      expect(who(q)).toEqual(['Dana J. Boente', 'U.S. Attorney', 'Eastern District of Virginia'])
    })

    it.each([
      'A former manager was sentenced today to 70 months in prison',
      'A former police officer was sentenced today to 70 months in prison',
      'The former president of a local nonprofit pleaded guilty today to stealing from it',
      'A former city official admitted today that he took bribes',
    ])('gives no role from a lede that describes the defendant: "%s"', (lede) => {
      const quotes = extractQuotes(
        `NEWARK, N.J. – ${lede}, U.S. Attorney Philip R. Sellinger announced.\n\n“Quote here now,” U.S. Attorney Sellinger said.`,
      )
      expect(who(quotes[0])).toEqual(['Philip R. Sellinger', 'U.S. Attorney', null])
    })

    it('still reads a role written as an apposition before the name', () => {
      const [q] = extractQuotes(
        'The head of the Major Crime Unit, Detective Superintendent Jo Bell, said: “We are making progress.”',
      )
      expect(who(q)).toEqual(['Jo Bell', 'Detective Superintendent', 'head of the Major Crime Unit'])
    })

    it('reads a name closed by a suffix, and the role after it', () => {
      const role = 'Special Agent in Charge of the FBI Houston Field Office'
      const quotes = extractQuotes(
        `“Good work. We thank our partners,” said Robert Johnson Jr., ${role}. “More to come.”`,
      )
      expect(quotes.map((q) => [q.text, who(q)])).toEqual([
        ['Good work. We thank our partners,', ['Robert Johnson Jr.', null, role]],
        ['More to come.', ['Robert Johnson Jr.', null, role]],
      ])
      expect(who(extractQuotes('“Good work,” said Robert Johnson Jr., Special Agent in Charge.')[0])).toEqual(
        ['Robert Johnson Jr.', null, 'Special Agent in Charge'],
      )
      expect(who(extractQuotes(`“Good work,” said Robert Johnson, Jr., ${role}.`)[0])).toEqual([
        'Robert Johnson Jr.',
        null,
        role,
      ])
      expect(who(extractQuotes('“Good work,” said John Smith III, the chief of police.')[0])).toEqual([
        'John Smith III',
        null,
        'chief of police',
      ])
    })

    it('finds a person with a suffix again by the surname', () => {
      const quotes = extractQuotes(
        '“Good work,” said Robert Johnson Jr., Special Agent in Charge.\n\n“More later,” Johnson said.',
      )
      expect(quotes.map((q) => q.speaker?.personId)).toEqual(['p1', 'p1'])
    })

    it.each([
      [
        '“Good work,” said Special Agent in Charge Guy Ficco, IRS Criminal Investigation, Newark Field Office.',
        ['Guy Ficco', 'Special Agent in Charge', 'IRS Criminal Investigation, Newark Field Office'],
      ],
      [
        '“Good work,” said Sean Ryan, Acting Special Agent in Charge of HSI Washington, D.C.',
        ['Sean Ryan', null, 'Acting Special Agent in Charge of HSI Washington, D.C.'],
      ],
      [
        '“Good work,” said Inspector General Joseph V. Cuffari, Ph.D.',
        ['Joseph V. Cuffari', 'Inspector General', null],
      ],
      [
        '“Good work,” said Jane Doe, M.D., chief of surgery at the hospital.',
        ['Jane Doe', null, 'chief of surgery at the hospital'],
      ],
      // Medical and public-health degrees, with stops or without, are letters after the name.
      ['“Good work,” said CDC Director Mandy Cohen, M.D., M.P.H.', ['Mandy Cohen', 'CDC Director', null]],
      [
        'Jane Doe, MD, MPH, director of the clinic, said: “Good work.”',
        ['Jane Doe', null, 'director of the clinic'],
      ],
      ['“Good work,” said Jane Doe, D.V.M.', ['Jane Doe', null, null]],
      // Initials that are no degree after a comma head an apposition still.
      [
        '“Good work,” said Jane Doe, NHS England’s chief nurse.',
        ['Jane Doe', null, 'NHS England’s chief nurse'],
      ],
      [
        'Police and Crime Commissioner Donna Jones, Chair, Association of Police and Crime Commissioners, said: “Good work.”',
        [
          'Donna Jones',
          'Police and Crime Commissioner',
          'Chair, Association of Police and Crime Commissioners',
        ],
      ],
      // A day, or a second name, is not part of the role.
      ['“Good work,” said Jane Doe, Head of the Unit, Monday.', ['Jane Doe', null, 'Head of the Unit']],
      [
        '“Good work,” said Jane Doe, Head of the Unit, Jane Roe, Head of the Team.',
        ['Jane Doe', null, 'Head of the Unit'],
      ],
    ])('reads a role that goes on past a comma: %s', (input, speaker) => {
      expect(who(extractQuotes(input)[0])).toEqual(speaker)
    })

    it.each([
      ['Executive Vice-President Valdis Dombrovskis', 'Valdis Dombrovskis', 'Executive Vice-President'],
      ['Co-Founder Jane Doe', 'Jane Doe', 'Co-Founder'],
      ['Vice-Chair Jane Doe', 'Jane Doe', 'Vice-Chair'],
      ['Deputy Director-General Jane Doe', 'Jane Doe', 'Deputy Director-General'],
      ['NPCC Chair Gavin Stephens', 'Gavin Stephens', 'NPCC Chair'],
      [
        'Essex Police, Fire and Crime Commissioner Roger Hirst',
        'Roger Hirst',
        'Essex Police, Fire and Crime Commissioner',
      ],
    ])('reads a hyphenated office or "Chair" as the title: "%s"', (person, name, title) => {
      expect(who(extractQuotes(`${person} said: “We will act on this.”`)[0])).toEqual([name, title, null])
    })

    it('ends a role before the titled name of the next person', () => {
      const [q] = extractQuotes(
        'Last week key figures including Chief Constable Gavin Stephens, Chair of the National Police Chiefs’ Council (NPCC) and Police Chief Scientific Adviser, Professor Paul Taylor, signed the Charter.\n\n“It was a good day,” said Chief Constable Stephens.',
      )
      expect(who(q)).toEqual([
        'Gavin Stephens',
        'Chief Constable',
        'Chair of the National Police Chiefs’ Council (NPCC) and Police Chief Scientific Adviser',
      ])
    })

    it.each([
      [
        'Detective Inspector Pieter van den Berg said: “We will act.”',
        ['Pieter van den Berg', 'Detective Inspector', null],
      ],
      ['President Ursula von der Leyen said: “We will act.”', ['Ursula von der Leyen', 'President', null]],
      ['“We will act,” said Ursula von der Leyen.', ['Ursula von der Leyen', null, null]],
      [
        '“We will act,” said Mark van der Merwe, head of the unit.',
        ['Mark van der Merwe', null, 'head of the unit'],
      ],
      ['“We will act,” said Jan de Vries.', ['Jan de Vries', null, null]],
    ])('keeps the particles of a surname: %s', (input, speaker) => {
      expect(who(extractQuotes(input)[0])).toEqual(speaker)
    })

    it.each([
      ['Owain Llewellyn (Roads Policing) said: “Slow down.”', ['Owain Llewellyn', null, 'Roads Policing']],
      [
        '“Slow down,” said Sergeant Owain Llewellyn (Roads Policing Unit).',
        ['Owain Llewellyn', 'Sergeant', 'Roads Policing Unit'],
      ],
      [
        '“Slow down,” Sergeant Owain Llewellyn (Roads Policing Unit) said.',
        ['Owain Llewellyn', 'Sergeant', 'Roads Policing Unit'],
      ],
      [
        '“Slow down,” said Jane Smith (Head of Roads Policing).',
        ['Jane Smith', null, 'Head of Roads Policing'],
      ],
      // A bracket that names no office or function is no role, and a role may follow it.
      ['“Slow down,” said Jane Smith (pictured).', ['Jane Smith', null, null]],
      [
        'Jane Smith (pictured), head of the unit, said: “Slow down.”',
        ['Jane Smith', null, 'head of the unit'],
      ],
      ['“Slow down,” said Jane Smith (42).', ['Jane Smith', null, null]],
      ['“Slow down,” said Jane Smith (Labour).', ['Jane Smith', null, null]],
      ['Jane Smith (NPCC) said: “Slow down.”', ['Jane Smith', null, null]],
      ['“Slow down,” said Gen. John Smith (Ret.).', ['John Smith', 'Gen.', null]],
    ])('reads an office in brackets after the name as the role, never as the name: %s', (input, speaker) => {
      expect(who(extractQuotes(input)[0])).toEqual(speaker)
    })

    it.each([
      [
        '“It matters,” said Representatives Jane Doe (D-Ohio) and John Roe (R-Texas).',
        ['Jane Doe', 'Representatives', null, ['John Roe']],
      ],
      [
        '“It matters,” said Reps. Jane Doe (D-Ohio) and John Roe (R-Texas).',
        ['Jane Doe', 'Reps.', null, ['John Roe']],
      ],
      [
        '“We will keep fighting for these families,” said Sens. Jane Doe (D-N.Y.) and John Roe (R-Ky.).',
        ['Jane Doe', 'Sens.', null, ['John Roe']],
      ],
      [
        'Representatives Jane Doe (D-Ohio) and John Roe (R-Texas) said: “It matters.”',
        ['Jane Doe', 'Representatives', null, ['John Roe']],
      ],
      [
        '“It matters,” Jane Doe (pictured left) and John Roe (right) said.',
        ['Jane Doe', null, null, ['John Roe']],
      ],
      ['“It matters,” said Jane Doe (CPS) and John Roe (NCA).', ['Jane Doe', null, null, ['John Roe']]],
      ['“It matters,” said Jane Doe MP (Lab) and John Roe MP (Con).', ['Jane Doe', null, null, ['John Roe']]],
      ['“It matters,” said Jane (D-Ohio).', ['Jane', null, null, null]],
    ])(
      'reads the speakers as though the aside in brackets after each were not there: %s',
      (input, speaker) => {
        const q = extractQuotes(input)[0]
        const s = q?.speaker
        expect([s?.name, s?.title, s?.role, s?.coSpeakers ?? null]).toEqual(speaker)
        expect(q?.cue).toBe('said')
      },
    )

    it.each([
      [
        '“We will act,” said Jane Doe (who chairs the panel) and John Roe.',
        ['Jane Doe', null, null, ['John Roe']],
      ],
      [
        'Jane Doe (who chairs the panel) and John Roe said: “We will act.”',
        ['Jane Doe', null, null, ['John Roe']],
      ],
      [
        '“We will act,” said Jane Doe (who chairs the panel), and Detective Inspector John Roe.',
        ['Jane Doe', null, null, ['John Roe']],
      ],
      [
        '“We will act,” said Cllr Jane Doe (whose ward includes the site) and Cllr John Roe.',
        ['Jane Doe', 'Cllr', null, ['John Roe']],
      ],
      [
        '“We will act,” said Jane Doe (left, with the award) and John Roe.',
        ['Jane Doe', null, null, ['John Roe']],
      ],
      [
        '“We will act,” said Jane Doe and John Roe (who chairs the panel).',
        ['Jane Doe', null, null, ['John Roe']],
      ],
      [
        '“It matters,” said Sens. Jane Doe and John Roe (D-Ohio and D-Mich.).',
        ['Jane Doe', 'Sens.', null, ['John Roe']],
      ],
      [
        '“It matters,” said Reps. Jane Doe, John Roe and Ann Poe (D-Ohio, R-Texas and D-N.Y.).',
        ['Jane Doe', 'Reps.', null, ['John Roe', 'Ann Poe']],
      ],
      [
        '“We will act to protect the public,” said Kent Police (who declined to comment further).',
        ['Kent Police', null, null, null],
      ],
    ])('reads the speakers past a clause in brackets about one of them: %s', (input, speaker) => {
      const q = extractQuotes(input)[0]
      const s = q?.speaker
      expect([s?.name, s?.title, s?.role, s?.coSpeakers ?? null]).toEqual(speaker)
    })

    it.each([
      '“It matters,” said the senators (D-Ohio and D-Mich.).',
      '“It matters,” said the lawmakers (D-Ohio, D-Mich. and R-Texas).',
      '“It matters,” said the members (R-Texas & R-Fla.).',
      '“It matters,” said the lawmakers (D-Ohio).',
      '“It matters,” said the members (R-Texas).',
      '“It matters,” said a spokesperson (above).',
      '“It matters,” said the officers (far left).',
    ])('keeps a short quote whose unnamed speaker has an aside in brackets: %s', (input) => {
      const quotes = extractQuotes(input)
      expect(quotes.map((q) => [q.text, q.cue, q.speaker])).toEqual([[expect.any(String), 'said', null]])
    })

    it('takes no clause in brackets after the speaker for an aside, nor anyone in it for a speaker', () => {
      expect(
        extractQuotes('“It matters,” said police (who declined to comment further).').filter(
          (q) => q.speaker,
        ),
      ).toEqual([])
      const q = extractQuotes('“It matters,” said Jane Doe (who thanked John Roe and Ann Poe).')[0]
      expect([q?.speaker?.name, q?.speaker?.coSpeakers]).toEqual(['Jane Doe', undefined])
      // A body's initials after its name stay with it: "(CPS)" spells "Crown Prosecution Service".
      const r = extractQuotes('“It matters,” said Jane Doe of the Crown Prosecution Service (CPS).')[0]
      expect(who(r)).toEqual(['Jane Doe', null, 'Crown Prosecution Service (CPS)'])
    })

    it('keeps the role in brackets of the first mention for a later short reference', () => {
      const quotes = extractQuotes(
        'Sergeant Owain Llewellyn (Roads Policing Unit) said the road was closed.\n\n“Slow down,” Sgt Llewellyn said.',
      )
      expect(who(quotes[0])).toEqual(['Owain Llewellyn', 'Sergeant', 'Roads Policing Unit'])
    })

    it('finds a surname with particles again', () => {
      const quotes = extractQuotes(
        'President Ursula von der Leyen said: “We will act.”\n\n“We will act again,” von der Leyen added.',
      )
      expect(quotes.map((q) => q.speaker?.personId)).toEqual(['p1', 'p1'])
    })

    it.each([
      [
        'Sergeant Aoife Ní Bhriain, of the Garda National Roads Policing Bureau, said drivers should slow down.\n\n“Too many families are grieving,” Sgt Ní Bhriain said.',
        ['Aoife Ní Bhriain', 'Sergeant', 'Garda National Roads Policing Bureau'],
      ],
      [
        'Inspector Pieter van der Berg said the road would reopen.\n\n“We will not tolerate this,” Insp van der Berg said.',
        ['Pieter van der Berg', 'Inspector', null],
      ],
      [
        'Detective Senior Constable Ahmad bin Yusof said the offender threatened staff.\n\n“It was terrifying,” Det Sen Const bin Yusof said.',
        ['Ahmad bin Yusof', 'Detective Senior Constable', null],
      ],
      [
        'Catherine De Bolle, Executive Director of Europol, said the network was dismantled.\n\n“This is a major blow,” De Bolle said.',
        ['Catherine De Bolle', null, 'Executive Director of Europol'],
      ],
      [
        'Inspector Seán Ó Súilleabháin said the road was closed.\n\n“Please avoid the area,” Insp Ó Súilleabháin said.',
        ['Seán Ó Súilleabháin', 'Inspector', null],
      ],
      ['“We will act,” said Mayor de Blasio.', ['de Blasio', 'Mayor', null]],
    ])('reads a surname that opens with its particle as the person named before: %s', (input, speaker) => {
      expect(who(extractQuotes(input).at(-1))).toEqual(speaker)
    })

    it.each([
      // The wide corpus, as written.
      [
        'Commissioner for the Security Union Julian King said: "As we step up our efforts to squeeze the space that terrorists and organised crime groups operate in, this report provides a solid basis."',
        ['Julian King', 'Commissioner for the Security Union'],
      ],
      [
        'Commissioner for Migration, Home Affairs and Citizenship Dimitris Avramopoulos said: "The recent terrorist attacks in Europe and in our neighbourhood show the urgency."',
        ['Dimitris Avramopoulos', 'Commissioner for Migration, Home Affairs and Citizenship'],
      ],
      // The same with a surname that opens with its particle.
      [
        'Commissioner for the Security Union Aoife Ní Bhriain said: "As we step up our efforts to squeeze the space that terrorists and organised crime groups operate in, this report provides a solid basis."',
        ['Aoife Ní Bhriain', 'Commissioner for the Security Union'],
      ],
      [
        'Commissioner for Migration, Home Affairs and Citizenship Ahmed al-Farsi said: "The recent terrorist attacks in Europe and in our neighbourhood show the urgency."',
        ['Ahmed al-Farsi', 'Commissioner for Migration, Home Affairs and Citizenship'],
      ],
      [
        'Minister for Justice Catherine De Bolle said: “We will act.”',
        ['Catherine De Bolle', 'Minister for Justice'],
      ],
      [
        'Commissioner for the Security Union Ngaio Te Whare said: "As we step up our efforts to squeeze the space that terrorists and organised crime groups operate in, this report provides a solid basis."',
        ['Ngaio Te Whare', 'Commissioner for the Security Union'],
      ],
      [
        'Minister for Māori Development Te Kani said: “We will act.”',
        ['Te Kani', 'Minister for Māori Development'],
      ],
      [
        'Chief Executive of Te Whatu Ora Margie Apa said: “We will act.”',
        ['Margie Apa', 'Chief Executive of Te Whatu Ora'],
      ],
      // A surname alone with its capital particle stays alone; the office keeps its words.
      [
        'Commissioner for the Security Union De Bolle said: “We will act.”',
        ['De Bolle', 'Commissioner for the Security Union'],
      ],
      ['Minister for Justice Le Roux said: “We will act.”', ['Le Roux', 'Minister for Justice']],
      [
        'Commissioner for the Security Union King said: “We will act.”',
        ['King', 'Commissioner for the Security Union'],
      ],
      // A remit's noun is never the first name before a capital particle.
      [
        'Minister for Rural Development De Vries said: “We will act.”',
        ['De Vries', 'Minister for Rural Development'],
      ],
      [
        'Director of Public Prosecutions Van Morrison said: “We will act.”',
        ['Van Morrison', 'Director of Public Prosecutions'],
      ],
    ])('reads the name after an office with a remit with its particles: %s', (input, [name, title]) => {
      const speaker = extractQuotes(input)[0]?.speaker
      expect([speaker?.name, speaker?.title]).toEqual([name, title])
    })

    it.each([
      // The wide corpus, as written: a two-word name after a remit of several words.
      [
        'Commissioner for Migration, Home Affairs and Citizenship Dimitris Avramopoulos said: "The recent terrorist attacks in Europe and in our neighbourhood show the urgency."',
        ['Dimitris Avramopoulos', 'Commissioner for Migration, Home Affairs and Citizenship'],
      ],
      // The same office with a compound given name in accented letters, before and after the cue.
      [
        'Commissioner for Home Affairs María José Pérez said: "The recent terrorist attacks in Europe and in our neighbourhood show the urgency."',
        ['María José Pérez', 'Commissioner for Home Affairs'],
      ],
      [
        '“We will act,” said Commissioner for Home Affairs María José Pérez.',
        ['María José Pérez', 'Commissioner for Home Affairs'],
      ],
      [
        'Minister for Health José Ángel Fernández said: “We will act.”',
        ['José Ángel Fernández', 'Minister for Health'],
      ],
      [
        '“We will act,” said Minister for Foreign Affairs José Manuel Albares.',
        ['José Manuel Albares', 'Minister for Foreign Affairs'],
      ],
      [
        'Secretary of State for Security María José Pérez López said: “We will act.”',
        ['María José Pérez López', 'Secretary of State for Security'],
      ],
      // A two-word name stays at two words; an accented remit word before an English name stays the remit's.
      [
        'Commissioner for Justice Jesús Martín said: “We will act.”',
        ['Jesús Martín', 'Commissioner for Justice'],
      ],
      ['Mayor of Bogotá Claudia López said: “We will act.”', ['Claudia López', 'Mayor of Bogotá']],
      [
        'Minister for Māori Development Willie Jackson said: “We will act.”',
        ['Willie Jackson', 'Minister for Māori Development'],
      ],
    ])('reads accented given names after an office with a remit as the name: %s', (input, [name, title]) => {
      const speaker = extractQuotes(input)[0]?.speaker
      expect([speaker?.name, speaker?.title, speaker?.role]).toEqual([name, title, title])
    })

    it.each([
      ['“We will act,” said João Paulo dos Santos.', ['João Paulo dos Santos', null, null]],
      ['João Paulo dos Santos said: “We will act.”', ['João Paulo dos Santos', null, null]],
      [
        '“We will act,” said João Paulo dos Santos, the mayor of Lisbon.',
        ['João Paulo dos Santos', null, 'mayor of Lisbon'],
      ],
      ['Sergeant Maria do Carmo Silva said: “We will act.”', ['Maria do Carmo Silva', 'Sergeant', null]],
      ['“We will act,” said Juan del Castillo.', ['Juan del Castillo', null, null]],
      ['“We will act,” Ana García López said.', ['Ana García López', null, null]],
      [
        'Ana García López, Minister for Justice, said: “We will act.”',
        ['Ana García López', null, 'Minister for Justice'],
      ],
      ['“We will act,” said Jean-Luc Dupont, Head of Unit.', ['Jean-Luc Dupont', null, 'Head of Unit']],
      ['“We will act,” said Dr Jean-Luc Dupont.', ['Jean-Luc Dupont', 'Dr', null]],
      [
        'Marie-Hélène Côté, Director of Operations, said: “We will act.”',
        ['Marie-Hélène Côté', null, 'Director of Operations'],
      ],
    ])('reads compound given names and surnames whole: %s', (input, speaker) => {
      expect(who(extractQuotes(input)[0])).toEqual(speaker)
    })

    it.each([
      // The wide corpus, as written.
      [
        'The Minister of Police, George Hawkins, today welcomed the allocation of an additional $165.5 million to the New Zealand Police over the next four years.\n\n"Last year this Government made a clear commitment to strong funding for law and order" said Mr Hawkins.',
        'George Hawkins',
      ],
      // The same with particles in the name after the comma.
      [
        'The Minister of Police, Rosa de la Cruz, today welcomed the allocation of an additional $165.5 million to the New Zealand Police over the next four years.\n\n"Last year this Government made a clear commitment to strong funding for law and order" said Ms de la Cruz.',
        'Rosa de la Cruz',
      ],
      [
        'The Minister of Police, Ursula von der Leyen, today welcomed the allocation.\n\n"We will act" said Ms von der Leyen.',
        'Ursula von der Leyen',
      ],
    ])('reads a name with particles in apposition to an office: %s', (input, name) => {
      expect(who(extractQuotes(input)[0])).toEqual([name, null, 'Minister of Police'])
    })

    it.each([
      // The wide corpus, as written.
      [
        'NEW ORLEANS — Special Agent in Charge (SAC) Constance Hester of the New Orleans Division today announced the activation of ATF’s National Response Team.\n\n“ATF’s NRT was activated at the request of our state and local partners, and we have fully committed our fire resources to thoroughly examine the origin and cause of the fire,” said Hester.',
        ['Constance Hester', 'Special Agent in Charge (SAC)', 'New Orleans Division'],
      ],
      // The same with a surname that opens with a lower-case prefix.
      [
        'NEW ORLEANS — Special Agent in Charge (SAC) Ahmed al-Farsi of the New Orleans Division today announced the activation of ATF’s National Response Team.\n\n“ATF’s NRT was activated at the request of our state and local partners, and we have fully committed our fire resources to thoroughly examine the origin and cause of the fire,” said al-Farsi.',
        ['Ahmed al-Farsi', 'Special Agent in Charge (SAC)', 'New Orleans Division'],
      ],
      [
        'Detective Inspector Omar bin-Salem said the network was dismantled.\n\n“This is a major blow,” said bin-Salem, who led the inquiry.',
        ['Omar bin-Salem', 'Detective Inspector', null],
      ],
    ])('reads a surname alone after the cue, with its lower-case prefix: %s', (input, speaker) => {
      const quote = extractQuotes(input).at(-1)
      expect(who(quote)).toEqual(speaker)
      expect(quote?.cue).toBe('said')
    })

    it('takes no lower-case word after the cue for a prefixed surname', () => {
      const quotes = extractQuotes(
        '“The food was lovely and we will be back next summer with the family,” said al-fresco diners at the cafe.',
      )
      expect(quotes).toHaveLength(1)
      expect(quotes[0]?.speaker).toBeNull()
    })

    it('keeps apart two people whose surname has a particle and whose first names differ', () => {
      const quotes = extractQuotes(
        'Aoife Ní Bhriain, chair of the group, said: “We welcome it.”\n\n“We do not,” said Orla Ní Bhriain.',
      )
      expect(quotes.map((q) => q.speaker?.name)).toEqual(['Aoife Ní Bhriain', 'Orla Ní Bhriain'])
      expect(quotes.map((q) => q.speaker?.personId)).toEqual(['p1', 'p2'])
    })

    it.each([
      // The wide corpus, as written.
      [
        'Fire and Emergency Incident Controller John Sutton says five helicopters are supporting the 44 firefighters today.\n\n"The difficult terrain is making it hard to reach and put out numerous hot spots," Sutton says.',
        ['John Sutton', 'Fire and Emergency Incident Controller', null],
      ],
      // The same with a surname of two words, written alone later.
      [
        'Fire and Emergency Incident Controller Ngaio Te Whare says five helicopters are supporting the 44 firefighters today.\n\n"The difficult terrain is making it hard to reach and put out numerous hot spots," Te Whare says.',
        ['Ngaio Te Whare', 'Fire and Emergency Incident Controller', null],
      ],
      [
        'Detective Inspector Pedro Sánchez Pérez said the network was dismantled.\n\n“This is a major blow,” Sánchez Pérez said.',
        ['Pedro Sánchez Pérez', 'Detective Inspector', null],
      ],
    ])('reads the last two words of a longer name as the person named before: %s', (input, speaker) => {
      expect(who(extractQuotes(input).at(-1))).toEqual(speaker)
    })

    it.each([
      ['Ngaio Te Whare said the road was closed.\n\n“We do not,” said Mere Whare.', 'Mere Whare'],
      ['Ngaio Te Whare said the road was closed.\n\n“We do not,” said Rangi Te Whare.', 'Rangi Te Whare'],
    ])('keeps apart a name that shares only a surname with one named before: %s', (input, name) => {
      const quotes = extractQuotes(input)
      expect(quotes.at(-1)?.speaker?.name).toBe(name)
    })

    it('keeps a first name that is also a particle in lower case: "Al Smith" is not "John Smith"', () => {
      const quotes = extractQuotes(
        'John Smith, chair of the group, said: “We welcome it.”\n\n“We do not,” said Al Smith.',
      )
      expect(quotes.map((q) => q.speaker?.name)).toEqual(['John Smith', 'Al Smith'])
    })

    it.each([
      'Jane Smith was named Attorney General last year. She said: “We will defend the law.”',
      'Jane Smith was appointed Chief Constable in 2020. She said: “We will defend the law.”',
      'Jane Smith was promoted to head of the unit in March. She said: “We will defend the law.”',
    ])('reads no role from a clause in the passive: %s', (input) => {
      expect(who(extractQuotes(input)[0])).toEqual(['Jane Smith', null, null])
    })

    it.each([
      [
        'Jane Smith is the newly appointed director of the charity. She said: “We will grow.”',
        'director of the charity',
      ],
      ['Jane Smith, the newly elected chair of the board, said: “We will grow.”', 'chair of the board'],
    ])('reads the office after "newly appointed": %s', (input, role) => {
      expect(who(extractQuotes(input)[0])).toEqual(['Jane Smith', null, role])
    })

    it('reads a role from an "X is Y." sentence before a pronoun', () => {
      check({
        from: 'corpus',
        input:
          'DCI Lee Newman-West is Head of Operations at Opal, the team which coordinated the national activity. He said:\n\n“Opal is committed to tackling serious organised acquisitive crime.”',
        text: 'Opal is committed to tackling serious organised acquisitive crime.',
        speaker: ['Lee Newman-West', 'DCI', 'Head of Operations at Opal'],
        cue: 'said',
        rule: 'quotes/colon-before',
      })
      check({
        from: 'corpus',
        input:
          'Assistant Chief Constable, Jenny Sims is National Police Chiefs’ Council lead for vehicle crime. She said:\n\n“This intensification week has seen policing come together.”',
        text: 'This intensification week has seen policing come together.',
        speaker: [
          'Jenny Sims',
          'Assistant Chief Constable',
          'National Police Chiefs’ Council lead for vehicle crime',
        ],
        cue: 'said',
        rule: 'quotes/colon-before',
      })
    })

    it.each([
      ['Karen Bell, who is the store manager, said: “We were shocked by what happened.”', 'store manager'],
      ['“We were shocked,” said Amy Cole, who is also a councillor for the area.', 'councillor for the area'],
      ['Mark Dunn, who was the club’s treasurer, said: “Money was tight that year.”', 'club’s treasurer'],
    ])('reads the office a relative clause after the name gives as the role: %s', (input, role) => {
      expect(who(extractQuotes(input)[0])).toEqual([expect.any(String), null, role])
    })

    it.each([
      // The clause says where the person was, what befell them, or whose relative they are.
      'Tom Hale, who was at the scene, said: “It was frightening.”',
      'Sam Reed, who was sentenced to six years, said: “I am sorry for what I did.”',
      'Lily Pond, who is the victim’s mother, said: “We miss her every day.”',
      'Dan Frost, who is 45, said: “I saw it all happen.”',
    ])('reads no role from a relative clause that names no office: %s', (input) => {
      const q = extractQuotes(input)[0]
      expect(q?.speaker?.name).toBeDefined()
      expect(q?.speaker?.role).toBeNull()
    })

    it.each([
      ['“We are very sorry for the distress caused,” said Kent Police in a statement.', 'Kent Police'],
      ['“We are very sorry for the distress caused,” said the FBI yesterday.', 'FBI'],
      ['“We will appeal the decision,” said Acme Ltd on Monday.', 'Acme Ltd'],
      ['“We will appeal the decision,” said the Home Office on 3 March.', 'Home Office'],
      ['“Crime is falling,” said Europol in its annual report.', 'Europol'],
      ['“We will appeal the decision,” said Kent Police this morning.', 'Kent Police'],
      // The body that issued a statement speaks for it, named after the cue or before the word.
      [
        '“We take all reports seriously and will investigate,” said a statement from Kent Police.',
        'Kent Police',
      ],
      ['A Kent Police statement said: “We take all reports seriously and will investigate.”', 'Kent Police'],
      ['A Home Office statement said: “We take all reports seriously and will investigate.”', 'Home Office'],
    ])('reads a body after the cue without when or how it spoke: %s', (input, name) => {
      expect(extractQuotes(input)[0]?.speaker?.name).toBe(name)
    })

    it.each([
      ['MP Jane Harris said: “We will appeal.”', 'MP', null],
      ['Labour MP Jane Harris said: “We will appeal.”', 'Labour MP', null],
      ['“We will appeal,” said Conservative MEP Jane Harris.', 'Conservative MEP', null],
      ['“We will appeal,” said Republican Senator Jane Harris.', 'Republican Senator', null],
      [
        'Labour MP for Leeds North Jane Harris said: “We will appeal.”',
        'Labour MP for Leeds North',
        'Labour MP for Leeds North',
      ],
      // A party before an office in lower case stays the role; after the name, the letters are post-nominal.
      ['Green councillor Jane Harris said: “We will appeal.”', null, 'Green councillor'],
      ['Jane Harris MP said: “We will appeal.”', null, null],
      // A party alone before a bare name is no part of the name.
      ['“We will appeal,” said Tory Jane Harris, the shadow minister.', null, 'shadow minister'],
    ])(
      'reads a member of a parliament, and a party before the office, as the title: %s',
      (input, title, role) => {
        expect(who(extractQuotes(input)[0])).toEqual(['Jane Harris', title, role])
      },
    )

    it.each([
      ['“We are sorry,” said Acme Holdings plc.', 'Acme Holdings plc'],
      ['Acme Holdings plc said: “We are sorry.”', 'Acme Holdings plc'],
      ['“We are sorry,” said Acme Holdings LLC.', 'Acme Holdings LLC'],
      // Every legal form, with its stop or without, closes the name the same way.
      ['“We are sorry,” Acme Corp said.', 'Acme Corp'],
      ['“We are sorry,” said Acme Corp.', 'Acme Corp'],
      ['Acme Co. said: “We are sorry.”', 'Acme Co'],
      ['“We are sorry,” Acme GmbH said.', 'Acme GmbH'],
      ['“We are sorry,” said Acme Pty.', 'Acme Pty'],
      ['“We are sorry,” Baker Bros said.', 'Baker Bros'],
      ['“We are sorry,” Acme Incorporated said.', 'Acme Incorporated'],
    ])('reads a name closed by a company’s legal form as a body: %s', (input, name) => {
      expect(extractQuotes(input)[0]?.speaker).toMatchObject({ name, kind: 'organisation' })
    })

    it.each([
      // A legal form inside a person's role leaves the person the speaker.
      [
        '“We are sorry,” said Jane Doe, chief executive of Acme Corp.',
        ['Jane Doe', null, 'chief executive of Acme Corp.'],
      ],
      ['“We are sorry,” Jane Doe of Acme Co. said.', ['Jane Doe', null, 'Acme Co']],
    ])('reads a company in a role as before: %s', (input, expected) => {
      expect(who(extractQuotes(input)[0])).toEqual(expected)
    })

    it('calls a company named with its legal form "the company"', () => {
      const quotes = extractQuotes(
        'Acme Corp has opened a plant in Leeds.\n\n“We are pleased,” the company said.',
      )
      expect(quotes[0]?.speaker).toMatchObject({ name: 'Acme Corp', kind: 'organisation' })
    })

    it.each([
      '“We will appeal,” said Republican Jane Harris.',
      'Democrat Jane Harris said: “We will appeal.”',
    ])('reads a party alone before a name as no part of it, nor its role: %s', (input) => {
      expect(who(extractQuotes(input)[0])).toEqual(['Jane Harris', null, null])
    })

    it.each([
      ['Resident Tom Baker, 67, said: “I feel safer already.”', 'Tom Baker'],
      ['Local resident Tom Baker, 67, said: “I feel safer already.”', 'Tom Baker'],
      ['Retired teacher Ann Lowe, 71, said: “Nobody should live like this.”', 'Ann Lowe'],
      ['Victim Sam Reed, 24, told the court: “I still have nightmares.”', 'Sam Reed'],
      ['Resident Tom Baker, a retired teacher, said: “I feel safer already.”', 'Tom Baker'],
      [
        'Local resident Tom Baker, who has lived in the town for 40 years, said: “It is quiet now.”',
        'Tom Baker',
      ],
      ['“I feel safer already,” Local resident Tom Baker, 67, said.', 'Tom Baker'],
    ])(
      'reads a description opening the sentence, then the name and its commas, as the speaker: %s',
      (input, name) => {
        expect(extractQuotes(input)[0]?.speaker?.name).toBe(name)
      },
    )

    it.each([
      'A family statement said: “He was a loving father and will be missed.”',
      'A statement from the family said: “He was a loving father and will be missed.”',
    ])('reads no body from a statement issued by no one named: %s', (input) => {
      expect(extractQuotes(input)[0]?.speaker ?? null).toBeNull()
    })

    it.each([
      // The words before the name are about the person, or a clause of their own.
      'Neighbours of Tom Baker, 67, said: “He kept to himself.”',
      'Friends and family of Tom Baker, 67, said: “He was loved.”',
    ])('reads no description where the words before the name are not one: %s', (input) => {
      expect(extractQuotes(input)[0]?.speaker?.name ?? null).not.toBe('Tom Baker')
    })

    it.each([
      ['Shopkeeper Tom Baker said: “We were shocked.”', 'Tom Baker'],
      ['Shopkeeper Tom Baker, 67, said: “We were shocked.”', 'Tom Baker'],
      ['Shopkeeper Tom Baker, who has run the store for 20 years, said: “We were shocked.”', 'Tom Baker'],
      ['Fisherman Tom Baker said: “The harbour needs work.”', 'Tom Baker'],
      ['Businesswoman Jane Smith said: “The harbour needs work.”', 'Jane Smith'],
      ['Florist Jane Smith said: “We were shocked.”', 'Jane Smith'],
      ['Headteacher Jane Smith said: “The pupils did brilliantly.”', 'Jane Smith'],
      ['Landlord Tom Baker said: “We were shocked.”', 'Tom Baker'],
      ['Farmer Tom Baker said: “The crop is lost.”', 'Tom Baker'],
      ['Electrician Tom Baker said: “We were shocked.”', 'Tom Baker'],
      ['“We were shocked,” said Shopkeeper Tom Baker.', 'Tom Baker'],
      // A word for someone no name holds, of any shape.
      ['Pensioner Tom Baker, 84, said: “I was terrified.”', 'Tom Baker'],
      ['Student Jane Smith said: “I could not believe it.”', 'Jane Smith'],
      ['Teenager Jane Smith told the court: “I could not believe it.”', 'Jane Smith'],
      ['Volunteer Tom Baker said: “The whole village came out.”', 'Tom Baker'],
      // Given names and surnames, even of a trade's shape, stay whole.
      ['Mary Ann Smith said: “We were shocked.”', 'Mary Ann Smith'],
      ['Jean Claude Juncker said: “We were shocked.”', 'Jean Claude Juncker'],
      ['Sarah Jane Brown said: “We were shocked.”', 'Sarah Jane Brown'],
      ['Christopher Robin Milne said: “We were shocked.”', 'Christopher Robin Milne'],
      ['Norman Vincent Peale said: “We were shocked.”', 'Norman Vincent Peale'],
      ['Paul Newman said: “We were shocked.”', 'Paul Newman'],
    ])('reads a trade’s word opening three names as no part of the name: %s', (input, name) => {
      expect(extractQuotes(input)[0]?.speaker?.name).toBe(name)
    })

    it.each([
      ['Speaking about Tom Baker, 67, the judge said: “He showed no remorse.”', null],
      ['Paying tribute to Tom Baker, 67, his daughter said: “He was the best dad.”', null],
      ['Describing Tom Baker as dangerous, the judge said: “You showed no remorse.”', null],
      ['Referring to Tom Baker, Detective Inspector Jane Smith said: “He showed no remorse.”', 'Jane Smith'],
      ['Of Tom Baker, Judge Sarah Jones said: “He showed no remorse.”', 'Sarah Jones'],
      ['Sentencing Tom Baker, Judge Sarah Jones said: “You showed no remorse.”', 'Sarah Jones'],
      [
        'Paying tribute to Tom Baker, Chief Constable Jane Smith said: “He was a fine officer.”',
        'Jane Smith',
      ],
      [
        'Commenting on the sentencing of Tom Baker, 67, Kent Police said: “Justice has been done.”',
        'Kent Police',
      ],
      ['Paying tribute to her son Tom Baker, 19, his mother said: “He was the best.”', null],
      ['Paying tribute to her son, Tom Baker, 19, his mother said: “He was the best.”', null],
      [
        'Speaking about Tom Baker, Detective Inspector Jane Smith, of Kent Police, said: “He showed no remorse.”',
        'Jane Smith',
      ],
      [
        'Following the arrest of Tom Baker, 34, Detective Inspector Jane Smith, of Kent Police, said: “We are pleased.”',
        'Jane Smith',
      ],
      // The name after the opening phrase, or with no comma to end it, is the subject.
      ['Speaking after the hearing, Tom Baker, 67, said: “I am relieved.”', 'Tom Baker'],
      ['Paying tribute, Tom Baker, 67, said: “He was the best dad.”', 'Tom Baker'],
      ['Speaking outside court, Tom Baker, of Leeds, said: “I am relieved.”', 'Tom Baker'],
      ['Paying tribute to her son, Tom Baker said: “He was the best.”', 'Tom Baker'],
      ['Speaking outside court Tom Baker said: “I am relieved.”', 'Tom Baker'],
      ['On behalf of the family, Tom Baker said: “We are grateful.”', 'Tom Baker'],
      ['Speaking outside court, Detective Inspector Jane Smith said: “Justice has been done.”', 'Jane Smith'],
      [
        'Welcoming the announcement Dame Anne Owers, Chair of the IPCC, said: “I would like to congratulate Michael.”',
        'Anne Owers',
      ],
      // A name in capitals inside the opening phrase is where the words appeared, not who spoke.
      ['Writing in The Times, the Prime Minister said: “We must act.”', null],
      ['Speaking on BBC Radio 4, the minister said: “We must act.”', null],
      ['Speaking to The Guardian, Kent Police said: “We must act.”', 'Kent Police'],
      ['Writing in The Times, Jane Smith said: “We must act.”', 'Jane Smith'],
      // A name ending in "-ing" before its apposition is no participle.
      ['Fleming Jones, a spokesman, said: “We must act.”', 'Fleming Jones'],
    ])('reads the object of an opening preposition or participle as no speaker: %s', (input, name) => {
      expect(extractQuotes(input)[0]?.speaker?.name ?? null).toBe(name)
    })

    it.each([
      ['Officers arrested Tom Baker, 67, and said: “We will not tolerate this.”', null],
      ['Officers met Tom Baker, 67, and said: “He was very helpful.”', null],
      ['Detectives charged Tom Baker, 67, of Leeds, and said: “We will not tolerate this.”', null],
      ['Officers arrested Detective Sergeant Tom Baker and said: “No one is above the law.”', null],
      ['The charity praised Tom Baker, 67, and added: “He raised thousands.”', null],
      ['The court jailed Tom Baker, 67, and said: “This was a grave crime.”', null],
      ['Officers arrested Tom Baker, 67, at his home and said: “We will not tolerate this.”', null],
      ['Kent Police arrested Tom Baker, 67, and said: “We will not tolerate this.”', 'Kent Police'],
      // A list of names is the verb's object as one name is.
      ['Officers arrested Jane Doe and John Roe and said: “We will not tolerate this.”', null],
      ['Detectives thanked Jane Doe, Tom Bell and John Roe and said: “They were very brave.”', null],
      ['Officers arrested Jane Doe, 34, and John Roe, 36, and said: “We will not tolerate this.”', null],
      ['Kent Police arrested Jane Doe and John Roe and said: “We will not tolerate this.”', 'Kent Police'],
      // A comma alone sets the name after it apart as the subject.
      ['Speaking about John Roe, Amy Poe said: “They were very brave.”', 'Amy Poe'],
      ['Speaking about Jane Doe and John Roe, Inspector Amy Poe said: “They were very brave.”', 'Amy Poe'],
      // A second clause with its own subject after the list still names it.
      ['Officers arrested Jane Doe and John Roe and Tom Bell said: “I saw it all.”', 'Tom Bell'],
      ['Detective Inspector Jane Smith thanked Tom Baker, 67, and said: “He was very brave.”', 'Jane Smith'],
      // The name before the verb is its subject; a relative clause is the named one's.
      ['Tom Baker, 67, was arrested and said: “I did nothing wrong.”', 'Tom Baker'],
      ['Tom Baker, 67, was charged on Monday and said: “I did nothing wrong.”', 'Tom Baker'],
      ['Tom Baker, 67, of Leeds, said: “I did nothing wrong.”', 'Tom Baker'],
      ['Officers arrested Tom Baker, 67, who said: “I did nothing wrong.”', 'Tom Baker'],
      ['Newly appointed Tom Baker, 67, welcomed the plan and said: “It is a good day.”', 'Tom Baker'],
      ['Store manager Karen Bell welcomed the plan and said: “It is a good day.”', 'Karen Bell'],
    ])('reads the object of a verb joined to the cue by “and” as no speaker: %s', (input, name) => {
      expect(extractQuotes(input)[0]?.speaker?.name ?? null).toBe(name)
    })

    it.each([
      ['“We will rebuild,” said store manager Karen Bell.', 'Karen Bell', 'store manager'],
      ['“We will rebuild,” said spokesperson Jane Doe.', 'Jane Doe', 'spokesperson'],
      ['“We will rebuild,” said the site supervisor Jane Doe.', 'Jane Doe', 'site supervisor'],
      ['“We were grateful,” said former manager Sue Bird.', 'Sue Bird', 'former manager'],
      ['The shop’s area manager Tom Lee said: “We are helping the staff.”', 'Tom Lee', 'shop’s area manager'],
      // A workplace or a field opening the sentence is part of the office, not a body's name.
      ['Store manager Karen Bell said: “We were shocked.”', 'Karen Bell', 'Store manager'],
      ['Club secretary Jo Hart said: “The ground will reopen.”', 'Jo Hart', 'Club secretary'],
      ['Communications director Jane Doe said: “We will say more.”', 'Jane Doe', 'Communications director'],
      // A party and an adjective of the office before it are part of the office.
      [
        '“We will win this state,” said Republican presidential nominee Jane Harris.',
        'Jane Harris',
        'Republican presidential nominee',
      ],
      [
        'Democratic presidential candidate John Smith said: “We will win this state.”',
        'John Smith',
        'Democratic presidential candidate',
      ],
      [
        '“We will win,” said Democratic vice presidential nominee Tim Walz.',
        'Tim Walz',
        'Democratic vice presidential nominee',
      ],
      [
        '“We will win,” said vice presidential candidate Mike Pence.',
        'Mike Pence',
        'vice presidential candidate',
      ],
      ['Liberal Democrat leader Ed Davey said: “We will win.”', 'Ed Davey', 'Liberal Democrat leader'],
      ['The Republican nominee Jane Harris said: “We will win.”', 'Jane Harris', 'Republican nominee'],
      ['“We will win,” said gubernatorial candidate Jo Hart.', 'Jo Hart', 'gubernatorial candidate'],
    ])(
      'reads an office in lower case right before a name as the role, not the title: %s',
      (input, name, role) => {
        expect(who(extractQuotes(input)[0])).toEqual([name, null, role])
      },
    )

    it.each([
      // A relation is no office.
      '“We are grateful,” said her partner Tom Fox.',
      // The end of a name in capitals stands before the office.
      'Command Centre manager Jane Doe said: “The fleet is ready.”',
      'In Manchester chief executive Ruth Davison said: “It is a welcome step.”',
      // No role noun before the name.
      '“We are grateful,” said shopper Tom Fox.',
    ])('reads no role before a name from other lower-case words: %s', (input) => {
      const q = extractQuotes(input)[0]
      expect(q?.speaker?.name).toBeDefined()
      expect(q?.speaker?.role).toBeNull()
    })

    it('keeps a body written before a lower-case office as the title', () => {
      expect(
        who(extractQuotes('Refuge chief executive Ruth Davison said: “This is a welcome step.”')[0]),
      ).toEqual(['Ruth Davison', 'Refuge chief executive', null])
      expect(who(extractQuotes('Kent Police chief constable Tim Smith said: “We act.”')[0])).toEqual([
        'Tim Smith',
        'Kent Police chief constable',
        null,
      ])
      // A body's name before a party's is the body's: the office and both names are the title.
      expect(who(extractQuotes('“We will act,” said Senate Republican leader Mitch McConnell.')[0])).toEqual([
        'Mitch McConnell',
        'Senate Republican leader',
        null,
      ])
      // Another adjective ends the office.
      expect(
        who(extractQuotes('“We will win,” said popular presidential candidate Jane Harris.')[0]),
      ).toEqual(['Jane Harris', null, 'presidential candidate'])
    })

    it.each([
      [
        'Acme Ltd has appointed Jane Doe as chief executive. “I am delighted to join,” she said.',
        'Jane Doe',
        'chief executive',
      ],
      [
        'Acme Ltd today named John Smith as its new director of finance. “I am delighted to join,” he said.',
        'John Smith',
        'director of finance',
      ],
      [
        'The council has appointed Jane Doe as its chief executive, with effect from 1 March. “I am honoured,” she said.',
        'Jane Doe',
        'chief executive',
      ],
      [
        'The trust has appointed Dr Jane Doe as medical director in March. “I am honoured,” she said.',
        'Jane Doe',
        'medical director',
      ],
    ])('reads the office an appointment gives the person named as the role: %s', (input, name, role) => {
      const q = extractQuotes(input)[0]
      expect(q?.speaker?.name).toBe(name)
      expect(q?.speaker?.role).toBe(role)
    })

    it.each([
      'The board appointed Jane Doe as a matter of urgency. “I am delighted to join,” she said.',
      'Police named John Smith as the victim. “He was a kind man,” his family said.',
      'The President named John Smith as his pick for attorney general. “He will serve well,” she said.',
    ])('reads no role from an appointment that gives no office: %s', (input) => {
      const q = extractQuotes(input)[0]
      expect(q?.speaker?.role ?? null).toBeNull()
    })

    it('reads no office from a passive before the comma and the name', () => {
      // A contraction ("she’s") is no possessive that opens an office.
      expect(
        who(
          extractQuotes(
            'The rules will change if she’s elected mayor, Councillor Tom Hale said: “We act.”',
          )[0],
        ),
      ).toEqual(['Tom Hale', 'Councillor', null])
      expect(
        who(extractQuotes('Ann Wood was appointed chief executive, Jane Roe said: “We are pleased.”')[0]),
      ).toEqual(['Jane Roe', null, null])
      // "newly appointed" describes the office before the name, which stays the role.
      expect(
        who(extractQuotes('The newly appointed chief executive, Jane Roe, said: “We are pleased.”')[0]),
      ).toEqual(['Jane Roe', null, 'chief executive'])
    })
  })

  describe('pronouns, descriptions and the speaker registry', () => {
    it('reads "it" after a quote as the body that spoke last, and keeps the quote when none did', () => {
      // Written in the styles of a UK police force's and a company's releases.
      const police = extractQuotes(
        'Kent Police said: “We are appealing for witnesses to come forward.”\n\n“Anyone with dashcam footage should contact us,” it added.',
      )
      expect(police.map((q) => [q.speaker?.name, q.speaker?.kind, q.cue])).toEqual([
        ['Kent Police', 'organisation', 'said'],
        ['Kent Police', 'organisation', 'added'],
      ])
      const firm = extractQuotes(
        'In a statement, Acme Corp said: “We are delighted with these results.”\n\nThe firm expects growth to continue. “We will invest in new plants next year,” it said.',
      )
      expect(firm.map((q) => q.speaker?.name)).toEqual(['Acme Corp', 'Acme Corp'])
      // No body has spoken: the quote and its cue are kept, with no one named.
      const charity = extractQuotes(
        'The charity said the cuts would hurt families. “We urge the government to think again,” it added.',
      )
      expect(charity.map((q) => [q.text, q.speaker, q.cue])).toEqual([
        ['We urge the government to think again,', null, 'added'],
      ])
      // Near misses: "It" opening a sentence or inside a quote is no speaker.
      expect(extractQuotes('It said the plans would be published soon.')).toEqual([])
      expect(who(extractQuotes('“It is a great day for the town,” said Mayor Jane Doe.')[0])).toEqual([
        'Jane Doe',
        'Mayor',
        null,
      ])
    })

    it('reads "it" after a body the narration has speak by its name as that body', () => {
      // Written in the styles of UK government and police releases.
      const names = (input: string) => extractQuotes(input).map((q) => q.speaker?.name ?? null)
      expect(
        names(
          'The Home Office said the rules would change in April. “This is a step forward for victims,” it said.',
        ),
      ).toEqual(['Home Office'])
      expect(
        names(
          'Kent Police announced that the road would reopen. “We thank drivers for their patience,” it added.',
        ),
      ).toEqual(['Kent Police'])
      // The body that spoke last, in a quote or in the narration.
      expect(
        names(
          'Kent Police said: “We are appealing for witnesses.”\n\nThe Home Office said the rules would change. “This is a step forward,” it said.',
        ),
      ).toEqual(['Kent Police', 'Home Office'])
      // Near misses: a body named inside the sentence, not its subject, speaks no words.
      expect(
        names(
          'The report, published by the Home Office, was damning. “It was a failure of leadership,” it said.',
        ),
      ).toEqual([null])
      expect(
        names('Officers thanked Kent Police for its help. “We could not have done it alone,” it said.'),
      ).toEqual([null])
    })

    // Written in the styles of UK police, council, charity and court releases.
    it.each([
      [
        'Tom Baker said: “We opened the centre in May.” Jane Smith, chairwoman of the trust, said: “It has been a busy year.” “We will open another,” he added.',
        'Tom Baker',
      ],
      [
        'Tom Baker said: “We opened the centre in May.” Spokeswoman Jane Smith said: “It has been a busy year.” “We will open another,” he added.',
        'Tom Baker',
      ],
      [
        'Detective Inspector Tom Baker said: “We are appealing for witnesses.” Jane Smith, the victim’s mother, said: “He was my world.” “Please come forward,” he added.',
        'Tom Baker',
      ],
      [
        'Tom Baker said: “We opened the centre in May.” Jane Smith, 45, a mother-of-two, said: “It has been a busy year.” “We will open another,” he added.',
        'Tom Baker',
      ],
      [
        'Jane Smith said: “We opened the centre in May.” Tom Baker, her husband, said: “It has been a busy year.” “We will open another,” she added.',
        'Jane Smith',
      ],
      // The description after the name that closes the quote's attribution.
      [
        'Tom Baker said: “We opened the centre in May.”\n\n“It has been a busy year,” said Jane Smith, a mother of two.\n\n“We will open another,” he added.',
        'Tom Baker',
      ],
    ])('reads "he" or "she" past someone a description says is the other: %s', (input, name) => {
      expect(extractQuotes(input).at(-1)?.speaker?.name ?? null).toBe(name)
    })

    // Near misses: an office that says neither, or no description, leaves the pronoun to the one named last.
    it.each([
      'Tom Baker said: “We opened the centre in May.” Jane Smith, chairman of the trust, said: “It has been a busy year.” “We will open another,” he added.',
      'Tom Baker said: “We opened the centre in May.” Jane Smith, the chief executive, said: “It has been a busy year.” “We will open another,” he added.',
    ])('reads "he" as the one named last when no description says otherwise: %s', (input) => {
      expect(extractQuotes(input).at(-1)?.speaker?.name ?? null).toBe('Jane Smith')
    })

    // A relative clause after the name says it as a description does: what it says the person is,
    // or their own reflexive or possessive before a relation ("who lost her son").
    it.each([
      [
        'Jane Smith, who lost her son, said: “We want answers.”\n\nDetective Sergeant Sam Lee said: “We are looking.”\n\nShe added: “Please come forward.”',
        'Jane Smith',
      ],
      [
        'Tom Baker, who lost his wife in the crash, said: “We want answers.” Jane Doe said: “We are looking.” “Please come forward,” he added.',
        'Tom Baker',
      ],
      [
        '“We want answers,” said Jane Smith, who is a mother of two. “We are looking,” said Inspector Sam Lee. “Please come forward,” she added.',
        'Jane Smith',
      ],
    ])('reads "he" or "she" past someone a relative clause says is the other: %s', (input, name) => {
      expect(extractQuotes(input).at(-1)?.speaker?.name ?? null).toBe(name)
    })

    // Near misses: a possessive before no relation ("her body", someone else's), or a clause that says neither.
    it.each([
      'Sam Lee, who found her body, said: “We want answers.”\n\nDetective Sergeant Jo Kent said: “We are looking.”\n\nShe added: “Please come forward.”',
      'Sam Lee, who runs the shop, said: “We want answers.”\n\nDetective Sergeant Jo Kent said: “We are looking.”\n\nShe added: “Please come forward.”',
    ])('reads "she" as the one named last when the clause says neither: %s', (input) => {
      expect(extractQuotes(input).at(-1)?.speaker?.name ?? null).toBe('Jo Kent')
    })

    // Written in the styles of UK police, government, agency and company releases.
    it.each([
      ['Kent Police issued an update. “We are still looking for the man,” it said.', 'Kent Police'],
      [
        'Police Scotland has today issued a fresh appeal for witnesses. “Any detail could help us,” it said.',
        'Police Scotland',
      ],
      [
        'The Environment Agency released a flood warning for the river. “Residents should be ready to act,” it added.',
        'Environment Agency',
      ],
      ['Acme Holdings put out a statement on Friday. “We are cooperating fully,” it said.', 'Acme Holdings'],
      // A cue verb after an auxiliary has its body speak too.
      [
        'Kent Police has said the road will reopen. “We thank drivers for their patience,” it said.',
        'Kent Police',
      ],
    ])(
      'reads "it" after a body that put out a statement, an update or an appeal as that body: %s',
      (input, name) => {
        expect(extractQuotes(input).map((q) => q.speaker?.name ?? null)).toEqual([name])
      },
    )

    // Near misses: another verb, a person issuing it, or an object that is no statement, name no body.
    it.each([
      'Kent Police attended the scene. “We are still looking for the man,” it said.',
      'Jane Smith issued a statement. “We are still looking for the man,” it said.',
      'Kent Police made an arrest. “We are still looking for the man,” it said.',
    ])('reads "it" after a body that put out no statement as no one: %s', (input) => {
      expect(extractQuotes(input).map((q) => q.speaker?.name ?? null)).toEqual([null])
    })

    it('reads a full name joined to another by "and" as a person a later short reference names', () => {
      const quotes = extractQuotes(
        'Mark Green and Jane Roe lead the team. Mr Green said he was “proud of every officer involved”. Ms Roe said she was “delighted”.',
      )
      expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Mark Green', 'Jane Roe'])
    })

    it('reads a description after an opening phrase and a comma as the holder named before', () => {
      // Written in the style of an Irish ministry's release.
      const quotes = extractQuotes(
        'The Minister for Justice, Helen McEntee TD, has today announced funding.\n\nAnnouncing the funding, the Minister said: “Every community deserves to feel safe.”',
      )
      expect(who(quotes[0])).toEqual(['Helen McEntee', null, 'Minister for Justice'])
      const officer = extractQuotes(
        'Detective Chief Inspector Anne Watt is leading the investigation.\n\nSpeaking outside court, the senior investigating officer said: “Justice has been done.”',
      )
      expect(who(officer[0])?.[0]).toBe('Anne Watt')
      // A description with no office in it names no one.
      expect(
        who(
          extractQuotes(
            'Detective Chief Inspector Anne Watt is leading the investigation.\n\nSpeaking outside court, the woman said: “Justice has been done.”',
          )[0],
        ),
      ).toBeNull()
    })

    it('reads a description by its whole office before its head noun alone', () => {
      // Written in the style of UK police releases.
      const intro =
        'Jane Doe, the store manager, met officers. Another manager, John Smith, was also there.\n\n'
      expect(who(extractQuotes(`${intro}“Our staff were terrified,” the store manager said.`)[0])).toEqual([
        'Jane Doe',
        null,
        'store manager',
      ])
      // The head noun alone is the latest person it fits.
      expect(who(extractQuotes(`${intro}“Our staff were terrified,” the manager said.`)[0])?.[0]).toBe(
        'John Smith',
      )
      // An adverb may open the description.
      const later = extractQuotes(
        'The senior investigating officer, Detective Chief Inspector Anne Watt, said: “We will not rest.”\n\nLater the senior investigating officer added: “Call 101.”',
      )
      expect(who(later[1])).toEqual([
        'Anne Watt',
        'Detective Chief Inspector',
        'senior investigating officer',
      ])
    })

    it('reads an office alone as the holder named before it, in the body or in the title', () => {
      // The wide corpus, as written: the Minister named two paragraphs before.
      const body = extractQuotes(
        '“These past 30 years, through our membership in the world’s largest police organization, have witnessed our commitment,” said Oliver Spasovski, Minister of Interior of the Republic of North Macedonia, in remarks during the conference’s opening ceremony.\n\n“With the establishment of the global INTERPOL I-24/7 communication system, our country was among the first to connect with this global police family,” the Minister added.',
      )
      expect(who(body[1])).toEqual([
        'Oliver Spasovski',
        null,
        'Minister of Interior of the Republic of North Macedonia',
      ])
      // The title line is the release's first mention of the person.
      const speakers = (dump: string) =>
        extract(dump).releases.map((r) =>
          r.quotes.map((q) => (q.speaker ? [q.speaker.name, q.speaker.title] : null)),
        )
      expect(
        speakers(
          'Secretary-General António Guterres: Remarks to the Security Council on the Middle East\n\nSource: United Nations\n\nThe Council met today.\n\n“We must act now to protect civilians,” the Secretary-General said.\n',
        ),
      ).toEqual([[['António Guterres', 'Secretary-General']]])
      expect(
        speakers(
          'Remarks by Secretary-General António Guterres at the opening of the climate summit\n\nSource: United Nations\n\nThe summit opened today.\n\n“The climate crisis is here,” the Secretary-General said.\n',
        ),
      ).toEqual([[['António Guterres', 'Secretary-General']]])
      // A title that names nobody, or another office, leaves the speaker unnamed.
      expect(
        speakers(
          'Remarks by the Secretary-General at the opening of the climate summit\n\nSource: United Nations\n\nThe summit opened today.\n\n“The climate crisis is here,” the Secretary-General said.\n',
        ),
      ).toEqual([[null]])
      expect(
        speakers(
          'Minister for Justice Helen McEntee welcomes new laws\n\nSource: Government of Ireland\n\nThe bill passed today.\n\n“This is an important day for victims,” the Commissioner said.\n',
        ),
      ).toEqual([[null]])
    })

    it('reads an office alone as its holder, not the holder of a lesser office of that name', () => {
      const quotes = extractQuotes(
        'Secretary-General António Guterres opened the summit.\n\nDeputy Secretary-General Amina Mohammed spoke next.\n\n“The climate crisis is here,” the Deputy Secretary-General said.\n\n“We cannot wait,” the Secretary-General said.',
      )
      expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Amina Mohammed', 'António Guterres'])
      const chief = extractQuotes(
        'Chief Constable Jo Farrell met Assistant Chief Constable Gary Ridley.\n\n“We will act,” the Chief Constable said.',
      )
      expect(chief[0]?.speaker?.name).toBe('Jo Farrell')
      // Only a deputy named: "the Commissioner" is someone the release does not name.
      const deputy = extractQuotes(
        'Deputy Commissioner Wallace Haumaha visited the station.\n\n“We will act,” the Commissioner said.',
      )
      expect(deputy[0]?.speaker ?? null).toBeNull()
      expect(
        extractQuotes(
          'Acting Commissioner Jane Doe visited the station.\n\n“We will act,” the Commissioner said.',
        )[0]?.speaker?.name,
      ).toBe('Jane Doe')
    })

    it('reads an office in capitals before a name in apposition as the role', () => {
      // "NPCC BVLOS lead for Hampshire & IOW Constabulary and Thames Valley Police, Chris Stagg, said:" (sample corpus).
      expect(
        who(
          extractQuotes(
            'NPCC BVLOS lead for Hampshire & IOW Constabulary and Thames Valley Police, Chris Stagg, said:\n\n“Our efforts in Portsmouth have brought us one step closer.”',
          )[0],
        ),
      ).toEqual([
        'Chris Stagg',
        null,
        'NPCC BVLOS lead for Hampshire & IOW Constabulary and Thames Valley Police',
      ])
      expect(
        who(
          extractQuotes(
            'Vice-President for Promoting our European Way of Life, Margaritis Schinas, said: “Europol is at the heart of our security union.”',
          )[0],
        ),
      ).toEqual(['Margaritis Schinas', null, 'Vice-President for Promoting our European Way of Life'])
      // After "the", a title's first word opens the office too.
      expect(
        who(extractQuotes('The Lord Advocate, Dorothy Bain KC, said: “Prosecutors will act.”')[0]),
      ).toEqual(['Dorothy Bain', null, 'Lord Advocate'])
      // A relation is no office: the person speaks without a role.
      expect(who(extractQuotes('His mother, Jane Smith, said: “We act.”')[0])).toEqual([
        'Jane Smith',
        null,
        null,
      ])
      expect(who(extractQuotes('The victim’s sister, Jane Smith, said: “We act.”')[0])).toEqual([
        'Jane Smith',
        null,
        null,
      ])
      // An opening phrase that is no office names no role, nor a speaker.
      expect(who(extractQuotes('Speaking after the hearing, Jane Smith, said: “We act.”')[0])).toBeNull()
      expect(who(extractQuotes('Yesterday, Jane Smith, said: “We act.”')[0])).toBeNull()
    })

    it('gives a cue and no speaker to someone unnamed with a clause about them', () => {
      const read = (input: string) => {
        const q = extractQuotes(input)[0]
        return q ? [who(q), q.cue] : null
      }
      expect(
        read('"They told me I had a warrant and I panicked," said one victim, who asked not to be named.'),
      ).toEqual([null, 'said'])
      expect(read('One victim, who asked not to be named, said: “I panicked and paid the money.”')).toEqual([
        null,
        'said',
      ])
      expect(read('“I panicked and paid the money,” said a woman, 72.')).toEqual([null, 'said'])
      // Someone called by their age, after the quote or before it.
      expect(read('“I panicked and paid the money,” the 72-year-old said.')).toEqual([null, 'said'])
      expect(read('“I panicked and paid the money,” said a 72-year-old woman.')).toEqual([null, 'said'])
      expect(read('“I panicked and paid the money,” an 18-year-old told police.')).toEqual([null, 'told'])
      // An age before a name describes the one named.
      expect(read('“I panicked and paid the money,” the 72-year-old grandmother Jane Smith said.')).toEqual([
        ['Jane Smith', null, null],
        'said',
      ])
      // A name with such a clause is the speaker.
      expect(read('“I panicked and paid the money,” said Jane Smith, who lives nearby.')).toEqual([
        ['Jane Smith', null, null],
        'said',
      ])
    })

    it('reads a surname alone after an opening word and its comma as the person named before', () => {
      const input =
        'Police inspector Lars Hansen said: “We are grateful to the public.”\n\nLater, Hansen added: “We have recovered the weapon.”'
      expect(extractQuotes(input).map(who)).toEqual([
        ['Lars Hansen', 'Police inspector', null],
        ['Lars Hansen', 'Police inspector', null],
      ])
    })

    it('reads the same speakers when every space is a no-break space', () => {
      const nbsp = (t: string) => t.replace(/ /g, '\u00a0')
      const speakers = (t: string) =>
        extractQuotes(t).map((q) => JSON.stringify(who(q)).replace(/\u00a0/g, ' '))
      // "… the importance of technological advancements in policing he said:" (sample corpus).
      const pronoun =
        'Temporary Chief Constable Alex Murray is policing’s lead for Artificial Intelligence (AI).\n\nSpeaking about his new role within the NPCC, and the importance of technological advancements in policing he said:\n\n“Artificial Intelligence is here, and it is developing fast.”'
      expect(speakers(nbsp(pronoun))).toEqual([
        '["Alex Murray","Temporary Chief Constable","policing’s lead for Artificial Intelligence (AI)"]',
      ])
      expect(speakers(nbsp(pronoun))).toEqual(speakers(pronoun))
      const according =
        'Home Secretary Jane Whitfield will visit officers.\n\n“The public want to see officers on their streets,” according to Policing Minister Daniel Harker.'
      expect(speakers(nbsp(according))).toEqual(speakers(according))
      expect(speakers(according).at(-1)).toBe('["Daniel Harker","Policing Minister",null]')
      // A credit line, and an office in lower case with its body before it.
      const credit =
        'Attributable to Senior Sergeant Kelly Ryan:\n\n“We won’t tolerate this kind of driving.”'
      expect(speakers(nbsp(credit))).toEqual(['["Kelly Ryan","Senior Sergeant",null]'])
      const office = 'Refuge chief executive Ruth Davison said: “This is a welcome step for survivors.”'
      expect(speakers(nbsp(office))).toEqual(['["Ruth Davison","Refuge chief executive",null]'])
      // Every release of the sample kept in the repository.
      for (const name of readdirSync(SAMPLE)) {
        const text = readFileSync(new URL(name, SAMPLE), 'utf8')
        expect([name, speakers(nbsp(text))]).toEqual([name, speakers(text)])
      }
    })

    it('resolves "he" to the person whose surname alone opens the sentence before', () => {
      const input =
        'Jonathan Lanaute, 41, was arrested in May.\n\nJudge Tom Brown sentenced him on Friday. Lanaute had entered the bank and passed a note to the teller. He told her: “Hurry up.”'
      const [q] = extractQuotes(input)
      expect(who(q)).toEqual(['Jonathan Lanaute', null, null])
      expect(q?.speaker?.inferred).toBe(true)
      // After a clause mark too: "…, Lanaute said".
      const [r] = extractQuotes(
        'Jonathan Lanaute, 41, was arrested in May. Judge Tom Brown spoke first. At the hearing, Lanaute stood. He said: “I am sorry.”',
      )
      expect(r?.speaker?.name).toBe('Jonathan Lanaute')
    })

    it('knows a person named mid-sentence with an age after the name, so "he" can be them', () => {
      // us_2: the defendant is named only as the object of "sentenced", with his age.
      const input =
        'Acting United States Attorney April M. Leon announced that U.S. Chief Judge Shelly D. Dick sentenced Jonathan Wayne Lanaute, age 40, of Baton Rouge, Louisiana, to 151 months in federal prison following his conviction for bank robbery.\n\nWhile waiting for the bills to be dispensed, Lanaute was fidgeting in his sweatshirt pockets as if he had a firearm. He told the teller to “hurry up, hurry up,” and not to make any moves.'
      const [q] = extractQuotes(input)
      expect(q?.text).toBe('hurry up, hurry up,')
      expect(who(q)).toEqual(['Jonathan Wayne Lanaute', null, null])
      // Variants: the age alone, and "aged".
      for (const age of ['34', 'aged 34']) {
        const [r] = extractQuotes(
          `Judge Tom Brown sentenced John Doe, ${age}, of Springfield, on Friday.\n\nLater, Doe stood. He said: “I am sorry.”`,
        )
        expect(r?.speaker?.name).toBe('John Doe')
      }
    })

    it('gives the words of a note to the subject who handed it over', () => {
      // us_2: "which stated" has the note for its subject; its writer is "he", the defendant.
      const input =
        'Judge Tom Brown sentenced Jonathan Wayne Lanaute, age 40, of Baton Rouge.\n\nAccording to admissions made as part of his guilty plea, Lanaute entered the bank. He approached a counter and passed a handwritten note to the bank teller which stated, “give me all the money in the cash resgister [sic] before everybody die in here.”'
      const [q] = extractQuotes(input)
      expect(q?.text).toBe('give me all the money in the cash resgister [sic] before everybody die in here.')
      expect(who(q)).toEqual(['Jonathan Wayne Lanaute', null, null])
      expect(q?.cue).toBe('stated')
      // Variant: a text message sent, "that said".
      const [r] = extractQuotes(
        'Jane Doe, 29, was arrested. She sent the victim a text message that said, “You will pay for this.”',
      )
      expect(who(r)).toEqual(['Jane Doe', null, null])
    })

    it('does not give the words of a note to someone who found or received it', () => {
      for (const verb of ['found', 'received']) {
        const [q] = extractQuotes(
          `Jane Doe, 29, was arrested. She ${verb} a letter which stated, “You will pay for this.”`,
        )
        expect(q?.speaker ?? null).toBeNull()
      }
      // The one who passes it on is no writer when a name says who wrote it.
      const [named] = extractQuotes(
        'Jane Doe, 29, was arrested. She passed on a letter from John Smith which stated, “You will pay for this.”',
      )
      expect(named?.speaker?.name).not.toBe('Jane Doe')
    })

    it('does not take a name mid-sentence for a person when no age follows it', () => {
      // "Baton Rouge, Louisiana," is a place: "he" stays the judge.
      const [q] = extractQuotes(
        'Judge Tom Brown heard the case in Baton Rouge, Louisiana, on Friday. Later, Rouge stood. He said: “This was a serious crime.”',
      )
      expect(q?.speaker?.name).toBe('Tom Brown')
      // A number that is no age (four digits) names no one either.
      const [r] = extractQuotes(
        'Judge Tom Brown praised Vision Plan, 2030, on Friday. Later, Plan stood. He said: “This was a serious crime.”',
      )
      expect(r?.speaker?.name).toBe('Tom Brown')
    })

    it('does not count a surname alone that is an object, a possessive, or shared by two people', () => {
      // The object: "he" is still the judge named as the subject.
      const [object] = extractQuotes(
        'Jonathan Lanaute, 41, was arrested in May. Judge Tom Brown sentenced Lanaute on Friday. He said: “This was a serious crime.”',
      )
      expect(object?.speaker?.name).toBe('Tom Brown')
      const [possessive] = extractQuotes(
        'Jonathan Lanaute, 41, was arrested in May. Judge Tom Brown spoke. Lanaute’s lawyer left. He said: “This was a serious crime.”',
      )
      expect(possessive?.speaker?.name).toBe('Tom Brown')
      const [shared] = extractQuotes(
        'Jane Lanaute, 41, was arrested. Mark Lanaute, 45, was arrested too. Judge Tom Brown spoke. Lanaute wept. He said: “This was a serious crime.”',
      )
      expect(shared?.speaker?.name).toBe('Tom Brown')
    })

    it('resolves "She said:" to the person the sentence before names', () => {
      const q = check({
        from: 'corpus',
        input:
          'Sharon Naughton is Head of NaVCIS. She said:\n\n“The Port of Felixstowe handles more than four million shipping containers per year.”',
        text: 'The Port of Felixstowe handles more than four million shipping containers per year.',
        speaker: ['Sharon Naughton', null, 'Head of NaVCIS'],
        cue: 'said',
        rule: 'quotes/colon-before',
      })
      expect(q.speaker?.inferred).toBe(true)
    })

    it('reads an office in lower case after "is" as the role when its noun comes first', () => {
      const [q] = extractQuotes(
        'Chief Superintendent Gordon Blair is divisional commander for Tayside. He said: “Drugs cause harm.”',
      )
      expect(q?.speaker && [q.speaker.name, q.speaker.title, q.speaker.role]).toEqual([
        'Gordon Blair',
        'Chief Superintendent',
        'divisional commander for Tayside',
      ])
      // No office: what the person is keen on or responsible for is no role.
      for (const input of [
        'Jane Smith is responsible for the team leader rota. She said: “We act.”',
        'Jane Smith is keen to help. She said: “We act.”',
      ])
        expect(extractQuotes(input)[0]?.speaker?.role).toBeNull()
    })

    it('gives no speaker to the family, friend or lawyer of the person named after them', () => {
      for (const input of [
        'In a statement, the family of Mr Jones said: “He was a loving father and grandfather.”',
        'A lawyer representing Mr Smith said: “We will appeal.”',
        '“We are devastated,” said the family of Tom Green.',
        '“He denies it,” said a lawyer for John Smith.',
      ]) {
        const [q] = extractQuotes(input)
        expect(q?.speaker).toBeNull()
        expect(q?.cue).toBe('said')
      }
      // The person speaks when the words after the name are theirs: an office "of" a unit.
      const [q] = extractQuotes(
        '“We are grateful,” said Chief Inspector Tom Brown of the Road Policing Unit.',
      )
      expect(q?.speaker?.name).toBe('Tom Brown')
    })

    it('gives a description of someone in court no earlier speaker', () => {
      const input = [
        'Detective Inspector Jane Smith said: “This was a brutal attack.”',
        '',
        'The judge told him: “You are a danger to the public.”',
        '',
        'The senior officer added: “We welcome the sentence.”',
      ].join('\n')
      expect(extractQuotes(input).map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
        ['This was a brutal attack.', 'Jane Smith'],
        ['You are a danger to the public.', null],
        ['We welcome the sentence.', 'Jane Smith'],
      ])
    })

    it('gives an office no earlier speaker who does not hold it', () => {
      const input = [
        '“We have charged two men,” Inspector Lisa Grant said.',
        '',
        'The Minister said: “This is a great outcome.”',
        '',
        'Minister for Justice Helen McEntee said: “I commend the gardaí.”',
        '',
        'The Minister added: “Crime does not pay.”',
      ].join('\n')
      expect(extractQuotes(input).map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
        ['We have charged two men,', 'Lisa Grant'],
        ['This is a great outcome.', null],
        ['I commend the gardaí.', 'Helen McEntee'],
        ['Crime does not pay.', 'Helen McEntee'],
      ])
    })

    it('passes over adverbs and auxiliaries between the speaker and the cue', () => {
      const input = [
        'John Smith, 45, of Leeds, was jailed on Friday.',
        '',
        'He later told the court: “I am sorry.”',
        '',
        '“I did not mean it,” Smith also said.',
        '',
        '“It was a mistake,” he had previously told police.',
      ].join('\n')
      const quotes = extractQuotes(input)
      expect(quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue])).toEqual([
        ['I am sorry.', 'John Smith', 'told'],
        ['I did not mean it,', 'John Smith', 'said'],
        ['It was a mistake,', 'John Smith', 'told'],
      ])
      // An adverb that closes an apposition gives no speaker where there was none.
      expect(who(extractQuotes('The report, published later, said: “Crime fell.”')[0])).toBeNull()
    })

    it('takes the title from the first mention and resolves a description to the same person', () => {
      const input = [
        'Temporary Chief Constable Alex Murray took up this role in March.',
        '',
        'T/Chief Constable Murray said:',
        '',
        '“There are huge benefits to using AI.”',
        '',
        'The former West Mercia officer, now a Director in the NCA, added:',
        '',
        '“I want to be very clear with the public.”',
      ].join('\n')
      const quotes = extractQuotes(input)
      expect(quotes.map((q) => [q.text, who(q), q.cue, q.speaker?.inferred ?? false])).toEqual([
        [
          'There are huge benefits to using AI.',
          ['Alex Murray', 'Temporary Chief Constable', null],
          'said',
          false,
        ],
        [
          'I want to be very clear with the public.',
          ['Alex Murray', 'Temporary Chief Constable', 'Director in the NCA'],
          'added',
          true,
        ],
      ])
    })

    it('gives a role described before its holder is named to that person', () => {
      const input = [
        'The first-ever policing lead for Artificial Intelligence (AI) has been appointed by the National Police Chiefs Council.',
        '',
        'Temporary Chief Constable Alex Murray, who also leads West Mercia Police, took up the role earlier this month.',
        '',
        'Speaking about his new role within the NPCC he said:',
        '',
        '“Artificial Intelligence is here, and it is developing fast.”',
      ].join('\n')
      const [q] = extractQuotes(input)
      expect(who(q)).toEqual([
        'Alex Murray',
        'Temporary Chief Constable',
        'policing lead for Artificial Intelligence (AI)',
      ])
      expect(q?.speaker?.inferred).toBe(true)
    })

    it('resolves a pronoun past someone whose honorific says otherwise', () => {
      const input =
        'Ms Karen Brown said the figures were encouraging. Mr David Smith, the council leader, agreed.\n\nShe said: “We are seeing real change on our streets.”'
      const [q] = extractQuotes(input)
      expect(who(q)).toEqual(['Karen Brown', 'Ms', null])
      expect(q?.speaker?.inferred).toBe(true)
    })

    it.each([
      // The speaker before is "she" by her honorific, or by a pronoun only she could take.
      'Ms Jane Doe said: “We are pleased.” Councillor Sam Reed added: “This is a great day.” “We will keep going,” she said.',
      'Chief Inspector Jane Doe said: “We are pleased.” She added: “It took months.”\n\nCouncillor Sam Reed said: “This is a great day.”\n\n“We will keep going,” she said.',
      'Mrs Jane Doe said: “We are pleased.”\n\nSam Reed, who leads the county’s fraud team, said: “This is a great day.”\n\nShe added: “We will keep going.”',
      // The narration calls her "she" where only she could be meant.
      'Inspector Jane Doe said: “We are pleased.” She was joined at the launch by Councillor Sam Reed, who said: “This is a great day.” “We will keep going,” she added.',
      'Inspector Jane Doe said: “We are pleased.” Her colleague, Councillor Sam Reed, said: “This is a great day.” “We will keep going,” she added.',
    ])('gives a pronoun to the speaker before when only she is known to take it: %s', (input) => {
      expect(extractQuotes(input).at(-1)?.speaker?.name).toBe('Jane Doe')
    })

    it.each([
      // Nothing shows who is "she": the one named last, as before.
      'Chief Inspector Jane Doe said: “We are pleased.” Councillor Sam Reed added: “This is a great day.” “We will keep going,” she said.',
      // The speaker before is known to be "she", and the pronoun is "he".
      'Ms Jane Doe said: “We are pleased.”\n\nCouncillor Sam Reed said: “This is a great day.”\n\n“We will keep going,” he said.',
      // She is named, but never quoted.
      'Ms Jane Doe attended the meeting.\n\nCouncillor Sam Reed said: “This is a great day.”\n\n“We will keep going,” she said.',
      // "she" inside a sentence of the narration, or "he" opening one, shows no one to be "she".
      'Inspector Jane Doe said: “We are pleased.” The launch she led was joined by Councillor Sam Reed, who said: “This is a great day.” “We will keep going,” she added.',
      'Inspector Jane Doe said: “We are pleased.” He was joined at the launch by Councillor Sam Reed, who said: “This is a great day.” “We will keep going,” she added.',
      // Two people were in reach of "She": it shows neither to be "she".
      'Inspector Jane Doe said: “We are pleased.” Sergeant Kim Lee said: “It took months.” She was joined by volunteers.\n\nCouncillor Sam Reed said: “This is a great day.”\n\n“We will keep going,” she said.',
      // A sentence about someone the release does not name ("He was charged", "Her partner")
      // shows nothing about the one who spoke.
      'Inspector Jane Doe said: “We have arrested a man.” He was charged on Monday.\n\nCouncillor Sam Reed said: “This is a great day.”\n\n“We will keep going,” he said.',
      'Inspector Jane Doe said: “A woman was hurt.” Her partner was arrested.\n\nCouncillor Sam Reed said: “This is a great day.”\n\n“We will keep going,” she said.',
      // The one named last is introduced to speak next, not yet quoted: the pronoun is theirs.
      'Ms Jane Doe said: “We are pleased.”\n\nSam Reed is Head of Fraud. She said:\n\n“This is a great day.”',
      'Mrs Jane Doe said: “We are pleased.” She added: “It took months.”\n\nSam Reed leads the county’s fraud team. She said: “This is a great day.”',
      'Mr John Doe said: “We are pleased.”\n\nSam Reed is the council’s lead for housing. He said:\n\n“This is a great day.”',
    ])('keeps a pronoun with the one named last: %s', (input) => {
      expect(extractQuotes(input).at(-1)?.speaker?.name).toBe('Sam Reed')
    })

    it('keeps one speaker for a surname-only mention before the full name', () => {
      const input =
        'Professor Taylor opened the event.\n\nProfessor Paul Taylor, Chief Scientific Adviser, said: “Few examples capture the value of science so crisply.”'
      const [q] = extractQuotes(input)
      expect(who(q)).toEqual(['Paul Taylor', 'Professor', 'Chief Scientific Adviser'])
    })

    it('resolves "He said:" after a role written before the name', () => {
      const input =
        'National Police Chiefs’ Council Chair, Chief Constable Gavin Stephens, responds to the recommendations in the Angiolini Inquiry. He said:\n\n“The Angiolini Inquiry made for shocking and sombre reading.”'
      const [q] = extractQuotes(input)
      expect(who(q)).toEqual(['Gavin Stephens', 'Chief Constable', 'National Police Chiefs’ Council Chair'])
    })

    it.each([
      // The holder named with the office in lower case before the name, or in a relative clause.
      'Officers thanked store manager Karen Bell. Sergeant Tom Hale said the shop was busy.\n\n“Our staff were terrified,” the store manager said.',
      'Karen Bell, who is the store manager, met officers. Tom Hale, the area manager, arrived later.\n\n“Our staff were terrified,” the store manager said.',
    ])(
      'reads a description as the person named earlier with that office, not the one named last: %s',
      (input) => {
        expect(extractQuotes(input).at(-1)?.speaker?.name).toBe('Karen Bell')
      },
    )

    it('reads a description with a word in capitals as the holder whose office has it', () => {
      // Written in the style of US political news.
      const intro =
        'Jane Harris, the Democratic nominee, spoke in Ohio. Tom Ray, the Republican nominee, spoke in Texas on Monday.\n\n'
      expect(
        extractQuotes(`${intro}“We will win this state,” the Democratic nominee said.`)[0]?.speaker?.name,
      ).toBe('Jane Harris')
      // The head noun alone does not make a Democratic nominee the Republican one.
      const one = 'Jane Harris, the Democratic nominee, spoke in Ohio.\n\n'
      expect(
        extractQuotes(`${one}“We will win this state,” the Republican nominee said.`)[0]?.speaker,
      ).toBeNull()
    })

    it('reads a description with an office word in capitals as a holder whose office has that word too', () => {
      const minister = 'The Minister for Health, Jane Doe, said: “We will act.”\n\n'
      expect(
        extractQuotes(`${minister}The Prime Minister said the report was “a wake-up call”.`)[1]?.speaker,
      ).toBeNull()
      const inspector = 'Detective Inspector Tom Brown said: “We will act.”\n\n'
      expect(extractQuotes(`${inspector}The Chief Inspector said: “Stay safe.”`)[1]?.speaker).toBeNull()
      const leader = 'Council leader Ann Lee said: “We will act.”\n\n'
      expect(extractQuotes(`${leader}The Deputy Leader said: “Stay safe.”`)[1]?.speaker).toBeNull()
      // The office's own words, in another order or alone, still name the holder.
      expect(extractQuotes(`${minister}The Health Minister said: “Stay safe.”`)[1]?.speaker?.name).toBe(
        'Jane Doe',
      )
      expect(extractQuotes(`${minister}The Minister said: “Stay safe.”`)[1]?.speaker?.name).toBe('Jane Doe')
      expect(extractQuotes(`${inspector}The Detective Inspector added: “Call us.”`)[1]?.speaker?.name).toBe(
        'Tom Brown',
      )
    })

    it.each([
      [
        'Police and Crime Commissioner Alison Lowe said: “I welcome it.”\n\nThe PCC added: “Victims first.”',
        'Alison Lowe',
      ],
      ['Assistant Chief Constable Jane Roe said: “We act.”\n\nThe ACC added: “Call us.”', 'Jane Roe'],
      [
        'Senior Investigating Officer Detective Inspector Tom Reed said: “We act.”\n\n“Call us,” the SIO added.',
        'Tom Reed',
      ],
    ])('reads the initials of an office written in full before as its holder: %s', (input, name) => {
      expect(extractQuotes(input)[1]?.speaker).toMatchObject({ name, kind: 'person', inferred: true })
    })

    it('reads initials that abbreviate a body, not an office, as the body', () => {
      const input =
        'Jane Roe, Director of the National Crime Agency, said: “We act.”\n\nThe NCA added: “Call us.”'
      expect(extractQuotes(input)[1]?.speaker).toMatchObject({ name: 'NCA', kind: 'organisation' })
    })

    it('reads a description nobody holds as the person named last only when no other office is theirs', () => {
      const quote = '\n\n“We are growing fast,” the chief executive added.'
      // Named with no office: the description may be theirs.
      expect(extractQuotes(`Ann Wood opened the site on Monday.${quote}`)[0]?.speaker?.name).toBe('Ann Wood')
      // Named with another office: someone the release does not name.
      expect(
        extractQuotes(`Bob Dean, the finance director, said profits rose.${quote}`)[0]?.speaker,
      ).toBeNull()
      // A former holder is not the holder.
      expect(
        extractQuotes(
          'Former manager Sue Bird opened the shop.\n\n“We are growing fast,” the manager said.',
        )[0]?.speaker,
      ).toBeNull()
      // An officer of any rank may be "the senior officer".
      expect(
        extractQuotes(
          'Bob Dean, the finance director, said profits rose. Inspector Jo Hill, the licensing officer, attended.\n\n“We welcome it,” the senior officer said.',
        )[0]?.speaker?.name,
      ).toBe('Jo Hill')
    })
  })

  describe('other publishers', () => {
    const cases: Case[] = [
      {
        from: 'style',
        input: 'First Minister John Swinney said: “This is a landmark day for Scotland.”',
        text: 'This is a landmark day for Scotland.',
        speaker: ['John Swinney', 'First Minister', null],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input:
          'Speaking at the launch, Dr Jane Smith, a consultant at Ninewells Hospital, said: “This will save lives.”',
        text: 'This will save lives.',
        speaker: ['Jane Smith', 'Dr', 'consultant at Ninewells Hospital'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input:
          'Chief Superintendent Claire Smith – Divisional Commander for Edinburgh – said: “We will not tolerate violence.”',
        text: 'We will not tolerate violence.',
        speaker: ['Claire Smith', 'Chief Superintendent', 'Divisional Commander for Edinburgh'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input:
          'Police are appealing for witnesses. “Somebody knows who did this,” said a police spokesperson.',
        text: 'Somebody knows who did this,',
        speaker: null,
        cue: 'said',
        rule: 'quotes/said-after',
      },
      // The portfolio an office holds, written after it, is part of the title; not a name.
      {
        from: 'style',
        input: '“We thank the public,” Deputy Commissioner Investigations Ian McCartney said.',
        text: 'We thank the public,',
        speaker: ['Ian McCartney', 'Deputy Commissioner Investigations', null],
        cue: 'said',
        rule: 'quotes/said-after',
      },
      // "Head" takes no portfolio; with its complement it is an office before the name (rulings).
      {
        from: 'style',
        input: 'Head of Operations John Smith said: “We will be out in force.”',
        text: 'We will be out in force.',
        speaker: ['John Smith', 'Head of Operations', 'Head of Operations'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      // People or a body in lower case speak unnamed: the quote keeps its cue, short or long.
      {
        from: 'style',
        input: '“The investigation continues,” police said.',
        text: 'The investigation continues,',
        speaker: null,
        cue: 'said',
        rule: 'quotes/said-after',
      },
      {
        from: 'style',
        input: '“We are devastated and ask for privacy,” the victim’s family said.',
        text: 'We are devastated and ask for privacy,',
        speaker: null,
        cue: 'said',
        rule: 'quotes/said-after',
      },
      {
        from: 'style',
        input: '“Stay away from the area,” said investigators.',
        text: 'Stay away from the area,',
        speaker: null,
        cue: 'said',
        rule: 'quotes/said-after',
      },
    ]
    it.each(cases)('reads "$input"', (c) => {
      check(c)
    })

    // Kin named only by whose they are speak unnamed too: the quote keeps its cue.
    it.each([
      '“We are devastated and ask for privacy,” the family of Jane Doe said.',
      '“We are devastated and ask for privacy,” the family of Jane Doe said in a statement released through police.',
      '“We are devastated and ask for privacy,” Jane Doe’s family said.',
      '“We are devastated and ask for privacy,” said the parents of Tom Baker.',
      '“We are devastated and ask for privacy,” Tom Baker’s parents said.',
    ])('keeps the cue of kin named by whose they are: %s', (input) => {
      const [q] = extractQuotes(input)
      expect(q?.speaker ?? null).toBeNull()
      expect(q?.cue).toBe('said')
    })

    it.each([
      // A named relation speaks as a person; another office of someone's is no kin, but still
      // someone who speaks, unnamed: the quote keeps its cue.
      ['“We are devastated and ask for privacy,” Jane Doe’s daughter, Ann Lee, said.', 'said'],
      ['“We are devastated and ask for privacy,” said Jane Doe’s solicitor.', 'said'],
      // One relation alone may be someone named elsewhere: left to the other rules.
      ['“We are devastated and ask for privacy,” Jane Doe’s son said.', null],
    ])('reads other possessives as before: %s', (input, cue) => {
      expect(extractQuotes(input)[0]?.cue ?? null).toBe(cue)
    })

    it('reads NZ Police present-tense attributions and carries the speaker on', () => {
      const input = [
        'Detective Inspector Greg Brand says police are continuing to investigate.',
        '',
        '"We are determined to hold those responsible to account," he says.',
        '',
        '"We urge anyone with information to contact us."',
      ].join('\n')
      expect(extractQuotes(input).map((q) => [q.text, who(q), q.cue, q.rule])).toEqual([
        [
          'We are determined to hold those responsible to account,',
          ['Greg Brand', 'Detective Inspector', null],
          'says',
          'quotes/said-after',
        ],
        [
          'We urge anyone with information to contact us.',
          ['Greg Brand', 'Detective Inspector', null],
          'says',
          'quotes/continued',
        ],
      ])
    })

    it('reads an organisation speaking "in a statement"', () => {
      const [q] = extractQuotes('The Scottish Government said in a statement: “We are committed to reform.”')
      expect([who(q), q?.speaker?.kind, q?.rule]).toEqual([
        ['Scottish Government', null, null],
        'organisation',
        'quotes/colon-before',
      ])
    })
  })

  describe('organisations as speakers', () => {
    const cases: Case[] = [
      {
        from: 'style',
        input: 'The NPCC said: “We welcome the report and its recommendations.”',
        text: 'We welcome the report and its recommendations.',
        speaker: ['NPCC', null, null],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
      {
        from: 'style',
        input: 'A Police Scotland spokesperson said: “Enquiries are ongoing.”',
        text: 'Enquiries are ongoing.',
        speaker: ['Police Scotland', null, 'spokesperson'],
        cue: 'said',
        rule: 'quotes/colon-before',
      },
    ]
    it.each(cases)('reads "$input"', (c) => {
      expect(check(c).speaker?.kind).toBe('organisation')
    })

    it.each([
      ['A Met spokesperson said: “Enquiries are ongoing.”', 'Met', 'spokesperson'],
      ['A Garda spokesperson said: “Enquiries are ongoing.”', 'Garda', 'spokesperson'],
      ['A White House spokesman said: “We disagree with the ruling.”', 'White House', 'spokesman'],
    ])('reads a body named in capitals before "spokesperson": "%s"', (input, name, role) => {
      const [q] = extractQuotes(input)
      expect(q?.speaker).toMatchObject({ name, role, kind: 'organisation' })
    })

    it.each([
      'Detective Inspector Jane Roe said: “We are investigating.”\n\nA spokesperson for Glasgow City Council said: “We are working with police.”\n\nThe spokesperson added: “Our thoughts are with the family.”',
      'Detective Inspector Jane Roe said: “We are investigating.”\n\nA spokesperson for Glasgow City Council said: “We are working with police.”\n\n“Support is available,” the spokesperson added.',
    ])('reads "the spokesperson" as the body a spokesperson spoke for before: %s', (input) => {
      const q = extractQuotes(input).at(-1)
      expect(q?.speaker).toMatchObject({
        name: 'Glasgow City Council',
        role: 'spokesperson',
        kind: 'organisation',
      })
    })

    it('reads "the spokesperson" as a person called one who was named after the body', () => {
      const q = extractQuotes(
        'A spokesperson for Glasgow City Council said: “We are working with police.”\n\nJane Roe, a spokesperson for the charity, said: “We are here.”\n\n“Support is available,” the spokesperson added.',
      ).at(-1)
      expect(who(q)).toEqual(['Jane Roe', null, 'spokesperson for the charity'])
    })

    it.each([
      'Detective Inspector Jane Roe said: “We are investigating.”\n\nA council spokesperson said: “We are working with police.”\n\n“Support is available,” the spokesperson added.',
      'Detective Inspector Jane Roe said: “We are investigating.”\n\n“Support is available,” the spokesperson said.',
    ])('does not give "the spokesperson" to the officer named last: %s', (input) => {
      expect(extractQuotes(input).at(-1)?.speaker).toBeNull()
    })

    it.each([
      [
        'The British Retail Consortium said the proposals were “a welcome first step”.',
        'British Retail Consortium',
      ],
      ['The Labour Party said: “This is welcome.”', 'Labour Party'],
      ['Counter Terrorism Command said: “Enquiries continue.”', 'Counter Terrorism Command'],
      ['The Chamber of Commerce said the rules were “long overdue”.', 'Chamber of Commerce'],
      ['The Scottish Parliament said: “The bill has passed.”', 'Scottish Parliament'],
    ])('reads a body by the last word of its name: "%s"', (input, name) => {
      expect(extractQuotes(input)[0]?.speaker).toMatchObject({ name, kind: 'organisation' })
    })

    it.each([
      'A police spokesperson said: “Enquiries are ongoing.”',
      'A senior spokesperson said: “Enquiries are ongoing.”',
    ])('names no body for a spokesperson described in lower case: "%s"', (input) => {
      expect(extractQuotes(input)[0]?.speaker?.kind).not.toBe('organisation')
    })

    it.each([
      ['In a statement, the Metropolitan Police said: “We will act.”', 'Metropolitan Police'],
      ['Afterwards, the NCA said: “We will act.”', 'NCA'],
      ['In a statement, the FBI said: “We will act.”', 'FBI'],
      ['Following the verdict, Kent Police said: “We will act.”', 'Kent Police'],
      ['Kent Police said: “We will act.”', 'Kent Police'],
      ['“We will act,” Kent Police said.', 'Kent Police'],
      // The acronym the body is then called by is no part of its name.
      ['The Crown Prosecution Service (CPS) said: “We will act.”', 'Crown Prosecution Service'],
      ['“We will act,” the National Crime Agency (NCA) said.', 'National Crime Agency'],
      ['In a statement, the National Crime Agency (NCA) said: “We will act.”', 'National Crime Agency'],
    ])('reads the body that speaks after an opening phrase: %s', (input, name) => {
      const [q] = extractQuotes(input)
      expect(who(q)).toEqual([name, null, null])
      expect(q?.speaker?.kind).toBe('organisation')
    })

    it.each([
      'In a statement, a spokesperson said: “We will act.”',
      'In a statement, the family said: “We will act.”',
    ])('names no body when none is named: %s', (input) => {
      expect(who(extractQuotes(input)[0])).toBeNull()
    })

    it('reads a body called by the last word of its name as the body the release named in full', () => {
      // intl_3: "the Bank" after "the African Development Bank Group", with the cue "described … as".
      const input =
        'INTERPOL and the African Development Bank Group have signed a letter of intent.\n\nThe first multilateral development bank to establish such a collaboration with INTERPOL, the Bank described the signing as a “significant step forward in its fight against corruption and financial crime”.'
      const [q] = extractQuotes(input)
      expect(q?.text).toBe('significant step forward in its fight against corruption and financial crime')
      expect(who(q)).toEqual(['African Development Bank', null, null])
      expect(q?.speaker?.kind).toBe('organisation')
      expect(q?.cue).toBe('described')
      // The body's mention is where the quote's sentence calls it.
      const { people } = extractQuotesAndPeople(input)
      expect(people.map((p) => p.mentions.map((m) => input.slice(m.span.start, m.span.end)))).toEqual([
        ['Bank'],
      ])
      // Variants: an organisation word, a sentence's first word before the name, the cue after.
      const [c] = extractQuotes(
        'Yesterday Northland Regional Council agreed the plan. “The work starts in March,” said the Council.',
      )
      expect(who(c)).toEqual(['Northland Regional Council', null, null])
      const [f] = extractQuotes(
        'The International Monetary Fund (IMF) met on Monday. The Fund said: “Growth will slow this year.”',
      )
      expect(who(f)).toEqual(['International Monetary Fund', null, null])
    })

    it('keeps a body called by one word as written when the release names it no further', () => {
      const [q] = extractQuotes('The Council said: “The work starts in March.”')
      expect(who(q)).toEqual(['Council', null, null])
      // A last word that names no body is no organisation: "the Smiths".
      const [s] = extractQuotes('Jane Smith, 40, was hurt. The Smiths said: “We are grateful to everyone.”')
      expect(s?.speaker?.kind ?? null).not.toBe('organisation')
      // A word after the name is another body's: "Bank Holiday" is no bank.
      const [h] = extractQuotes(
        'The Bank Holiday Fund opened in May. The Bank said: “We are pleased with the result.”',
      )
      expect(h?.speaker?.name).not.toBe('Bank Holiday Fund')
    })

    it('reads "described … as" as a cue, but not "described as" right before the quoted words', () => {
      const [q] = extractQuotes('Judge Tom Brown described the attack as “cowardly and senseless”.')
      expect(who(q)).toEqual(['Tom Brown', 'Judge', null])
      expect(q?.cue).toBe('described')
      // A label: someone the text does not name calls the man so.
      expect(extractQuotes('Police are looking for a man described as “very dangerous”.')).toEqual([])
    })

    it('still reads a surname alone before the cue as a person', () => {
      expect(who(extractQuotes('“We will act,” Tapper said.')[0])).toEqual(['Tapper', null, null])
    })

    it('gives "the agency", "the department" or "the force" to the body the release named in full', () => {
      const agency = extractQuotes(
        'The Environment Agency has launched a consultation. “This is a vital step for rivers,” the agency said.',
      )[0]
      expect(agency?.speaker?.name).toBe('Environment Agency')
      // The head word may open the name: "Department of Health and Social Care".
      const department = extractQuotes(
        'The Department of Health and Social Care announced new funding. “Patients will benefit,” the department said.',
      )[0]
      expect(department?.speaker?.name).toBe('Department of Health and Social Care')
      // "the force" stands for a police force, whose name may hold "and".
      const force = extractQuotes(
        'Avon and Somerset Police were called at 2am. “We will not tolerate violence,” the force said.',
      )[0]
      expect(force?.speaker?.name).toBe('Avon and Somerset Police')
      // Before the quote too.
      const before = extractQuotes(
        'Kent Police arrested two men. The force said: “Enquiries are ongoing into the incident.”',
      )[0]
      expect(before?.speaker?.name).toBe('Kent Police')
      // A spokesperson "for the force" speaks for it too, in that role.
      const spokesperson = extractQuotes(
        'Kent Police arrested two men. A spokesperson for the force said: “Enquiries are ongoing.”',
      )[0]
      expect([spokesperson?.speaker?.name, spokesperson?.speaker?.role]).toEqual([
        'Kent Police',
        'spokesperson',
      ])
      // With no force named, nobody: not a body called "force".
      expect(
        extractQuotes('A spokesperson for the force said: “Enquiries are ongoing.”')[0]?.speaker,
      ).toBeNull()
    })

    it('gives "the agency" to the publisher whose name ends with it, and to nobody when none is named', () => {
      const release = {
        title: 'Consultation launched',
        titleSpan: { start: 0, end: 21 },
        source: 'Environment Agency',
        paragraphs: [
          {
            kind: 'text' as const,
            text: '“This is a vital step,” the agency said.',
            span: { start: 23, end: 63 },
          },
        ],
      }
      expect(extractQuotes(release as never)[0]?.speaker?.name).toBe('Environment Agency')
      // A police publisher for "the force", wherever its name holds "Police".
      const force = {
        ...release,
        source: 'Police Scotland',
        paragraphs: [
          {
            kind: 'text' as const,
            text: '“Do not speculate,” the force said.',
            span: { start: 23, end: 58 },
          },
        ],
      }
      expect(extractQuotes(force as never)[0]?.speaker?.name).toBe('Police Scotland')
      const [q] = extractQuotes(
        'Officers from the local force made arrests. “We will not tolerate this,” the force said.',
      )
      expect(q?.text).toBe('We will not tolerate this,')
      expect(q?.speaker).toBeNull()
      // An acronym before "and" is a body of its own.
      const [r] = extractQuotes(
        'INTERPOL and the African Development Bank signed a letter. “This is a step forward,” the bank said.',
      )
      expect(r?.speaker?.name).not.toBe('INTERPOL and the African Development Bank')
    })

    it('gives a quote introduced by ", which said" to the body before the comma', () => {
      // The dev corpora hold no such clause before a quote; these sentences are written in their style.
      const speaker = (input: string) => {
        const s = extractQuotes(input)[0]?.speaker
        return s ? [s.name, s.kind ?? null] : null
      }
      expect(
        speaker(
          'The appeal was backed by the charity Crimestoppers, which said: “Anyone with information can call us anonymously.”',
        ),
      ).toEqual(['Crimestoppers', 'organisation'])
      expect(
        speaker(
          'Officers passed the case to the National Crime Agency, which said in a statement: “We will pursue every lead.”',
        ),
      ).toEqual(['National Crime Agency', 'organisation'])
      // An acronym in brackets, an adverb before the cue, a name after the noun a body is called by.
      expect(
        speaker('The Independent Office for Police Conduct (IOPC), which said: “We will investigate.”'),
      ).toEqual(['Independent Office for Police Conduct', 'organisation'])
      expect(
        speaker('Victims were supported by the charity Refuge, which also said: “Help is available.”'),
      ).toEqual(['Refuge', 'organisation'])
      // A common noun is the body the release named before, as "the agency said" is.
      expect(
        speaker(
          'The National Crime Agency took over the case. The file was sent to the agency, which said in a statement: “We will pursue every lead.”',
        ),
      ).toEqual(['National Crime Agency', 'organisation'])
      // A thing, a place or a person before ", which" is no body: the quote keeps no speaker.
      expect(speaker('Officers read the report, which said: “No further action.”')).toBeNull()
      expect(speaker('He travelled to London, which said: “No further action.”')).toBeNull()
      expect(speaker('He spoke to John Smith, which said: “No further action.”')).toBeNull()
      expect(speaker('Officers found a note, which said: “No further action.”')).toBeNull()
    })

    it('gives a quote introduced by ", who said" to the person or body before the comma', () => {
      // The dev corpora hold no such clause before a quote; these sentences are written in their style.
      const speaker = (input: string) => who(extractQuotes(input)[0])
      expect(
        speaker(
          'The appeal was led by Detective Inspector Jane Smith, who said: “We need your help to find those responsible.”',
        ),
      ).toEqual(['Jane Smith', 'Detective Inspector', null])
      // A bare name after a preposition, with an apposition, an age or an "of" phrase after it.
      expect(
        speaker(
          'The investigation is overseen by Jane Smith, head of the unit, who said: “Every call matters to us.”',
        ),
      ).toEqual(['Jane Smith', null, 'head of the unit'])
      expect(
        speaker('The event was hosted by Ms Jane Brown, 45, who said: “It was a wonderful day for all.”'),
      ).toEqual(['Jane Brown', 'Ms', null])
      expect(
        speaker(
          'The launch was attended by Sergeant Mary Jones of the rural crime team, who added: “We know farmers are worried.”',
        )?.slice(0, 2),
      ).toEqual(['Mary Jones', 'Sergeant'])
      expect(
        speaker(
          'Among those at the launch was Chief Superintendent Mark Evans, the divisional commander, who said: “We are proud of this team.”',
        ),
      ).toEqual(['Mark Evans', 'Chief Superintendent', 'divisional commander'])
      // A body before ", who" speaks as before ", which".
      expect(
        speaker('The case was referred to Kent Police, who said: “Enquiries are continuing into this.”')?.[0],
      ).toBe('Kent Police')
      expect(
        speaker('The work was praised by the Home Office, who said: “This is an excellent result.”')?.[0],
      ).toBe('Home Office')
      // Someone unnamed before ", who" is nobody the text names, not a person named earlier.
      expect(
        speaker(
          'Detective Inspector Jane Smith spoke to a man, who said: “I saw nothing at all that night.”',
        ),
      ).toBeNull()
      expect(
        speaker('Officers spoke to the victim, who said: “I am grateful to everyone who helped me.”'),
      ).toBeNull()
      expect(
        speaker('DI Jane Smith thanked the public and the media, who said: “We are glad to help.”'),
      ).toBeNull()
      // No quote after the clause: the words are reported, and nothing is read as a quote's speaker.
      expect(extractQuotes('Officers spoke to the man, who said he was at home at the time.')).toEqual([])
    })

    it('gives a common noun to the latest body whose name says it is of that kind', () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      // "Agency" in the name: the body is an organisation too.
      expect(
        name(
          'The Home Secretary today praised the work of the National Crime Agency (NCA) as it celebrated its first anniversary. “We have disrupted hundreds of gangs,” the organisation said.',
        ),
      ).toBe('National Crime Agency')
      // "Ltd" makes a company, and "the firm" is one.
      expect(
        name(
          'Sentences total 30 years, and include eleven years for Muhammad Younas, who ran Mian International Ltd, a Manchester money service business (MSB). “We cooperated fully,” the company said.',
        ),
      ).toBe('Mian International Ltd')
      expect(
        name('The regulator fined Northern Trading Limited £1.2m. “We accept the findings,” the firm said.'),
      ).toBe('Northern Trading Limited')
      // The latest body of the kind: the Agency, not the FBI's field office named before it.
      expect(
        name(
          'We thank our partners at the FBI’s Washington Field Office and the Central Intelligence Agency for their hard work and commitment to this case. “Secrets were put at risk,” the agency said.',
        ),
      ).toBe('Central Intelligence Agency')
      expect(
        name(
          'The World Health Organization (WHO) reported a rise in cases. “Vaccinate now,” the agency said.',
        ),
      ).toBe('World Health Organization')
      expect(
        name(
          'The Ministry of Defence confirmed the deployment. “Our forces stand ready,” the department said.',
        ),
      ).toBe('Ministry of Defence')
      // Of two forces, the one named last; a title after a force's name does not hide it.
      expect(
        name('Kent Police and Essex Police launched an appeal. “We are working together,” the force said.'),
      ).toBe('Essex Police')
      expect(
        name('Kent Police Chief Constable Tim Smith praised officers. “We are proud,” the force said.'),
      ).toBe('Kent Police')
      expect(
        name('The Metropolitan Police Service made 12 arrests. “The operation goes on,” the force said.'),
      ).toBe('Metropolitan Police Service')
      // Initials open the name too.
      expect(
        name(
          'By arresting the nation’s most violent fugitives in communities with the highest violent crime rates, the U.S. Marshals Service is making our communities safer. “Our deputies worked around the clock,” the agency said.',
        ),
      ).toBe('U.S. Marshals Service')
    })

    it('gives a common noun to the body the release calls by that noun beside its name', () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      expect(
        name('Domestic abuse charity Refuge said calls rose by 20%. “Every call matters,” the charity said.'),
      ).toBe('Refuge')
      expect(
        name(
          'Investigators were supported by Europol, the EU’s law enforcement agency, throughout. “Cooperation made this possible,” the organisation said.',
        ),
      ).toBe('Europol')
      expect(
        name(
          'The Independent Office for Police Conduct (IOPC), the police watchdog, has begun an investigation. “We are independent,” the watchdog said.',
        ),
      ).toBe('Independent Office for Police Conduct')
      expect(
        name('The UN health agency, WHO, warned of cholera. “It is preventable,” the organization said.'),
      ).toBe('WHO')
    })

    it('leaves a common noun without a speaker when no body of its kind is named', () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      // A council is no company, and an office no department.
      expect(
        name('Officers from Leeds City Council visited the site. “We took samples,” the company said.'),
      ).toBeNull()
      expect(
        name('The Home Office announced new funding. “Streets will be safer,” the department said.'),
      ).toBeNull()
      // A person described by the noun is no body of that kind.
      expect(
        name('Jane Smith, the head of the agency, spoke on Monday. “We will respond,” the agency said.'),
      ).toBeNull()
      // Capitalised words of a headline are no force's name.
      expect(name('Man Charged After Burglary By Kent Police. “We will respond,” the force said.')).toBe(
        'Kent Police',
      )
      expect(
        name('Man Charged After Burglary Near Police Station. “We will respond,” the force said.'),
      ).toBeNull()
    })

    it('gives a spokesperson of a body called by a common noun to that body', () => {
      const bodyAndRole = (input: string) => {
        const s = extractQuotes(input)[0]?.speaker
        return [s?.name ?? null, s?.role ?? null]
      }
      expect(
        bodyAndRole(
          'The Department of Justice announced charges. “No one is above the law,” a department spokesperson said.',
        ),
      ).toEqual(['Department of Justice', 'spokesperson'])
      expect(
        bodyAndRole(
          'The Environment Agency issued warnings. “Stay away from rivers,” the agency’s spokesman said.',
        ),
      ).toEqual(['Environment Agency', 'spokesman'])
      // "A police spokesperson" speaks for no one force, even one the release named.
      expect(
        bodyAndRole('Kent Police arrested two men. “Enquiries are ongoing,” a police spokesperson said.'),
      ).toEqual([null, null])
      // With no body named, nobody.
      expect(bodyAndRole('“No one is above the law,” a department spokesperson said.')).toEqual([null, null])
    })

    it('gives bodies speaking together to the first named, with the others beside it', () => {
      const joint = (input: string) => {
        const s = extractQuotes(input)[0]?.speaker
        return [s?.name ?? null, s?.coSpeakers ?? null]
      }
      expect(
        joint(
          '“This case shows what our agencies can achieve together,” the FBI and the DEA said in a joint statement.',
        ),
      ).toEqual(['FBI', ['DEA']])
      expect(
        joint('Police Scotland and the National Crime Agency said: “We are working closely together.”'),
      ).toEqual(['Police Scotland', ['National Crime Agency']])
      expect(
        joint('Kent Police and Essex Police said in a joint statement: “We worked side by side.”'),
      ).toEqual(['Kent Police', ['Essex Police']])
      // The first body's name may hold "&" itself.
      expect(
        joint('Hampshire & IOW Constabulary and Thames Valley Police said: “Our efforts have paid off.”'),
      ).toEqual(['Hampshire & IOW Constabulary', ['Thames Valley Police']])
      const [q] = extractQuotes('“It was a joint effort,” said the FBI and the DEA.')
      expect([q?.speaker?.name, q?.speaker?.coSpeakers, q?.cue]).toEqual(['FBI', ['DEA'], 'said'])
      // A complement with "on" may hold an "and", as one with "of" or "for" may; "and the" still joins two.
      expect(
        joint(
          '“Criminal networks are exploiting the gaps,” said the United Nations Office on Drugs and Crime in its annual report.',
        ),
      ).toEqual(['United Nations Office on Drugs and Crime', null])
      expect(joint('“We will act,” said the Commission on Human Rights and Equality.')).toEqual([
        'Commission on Human Rights and Equality',
        null,
      ])
      expect(joint('“We will act,” said the Committee on Standards and the Home Office.')).toEqual([
        'Committee on Standards',
        ['Home Office'],
      ])
    })

    it('gives a body speaking with one called by its common noun the body that noun stands for', () => {
      const joint = (input: string) => {
        const s = extractQuotes(input)[0]?.speaker
        return [s?.name ?? null, s?.coSpeakers ?? null]
      }
      expect(
        joint(
          'Birmingham City Council closed the house. West Midlands Police and the council said in a joint statement: “We work together to protect residents.”',
        ),
      ).toEqual(['West Midlands Police', ['Birmingham City Council']])
      expect(
        joint(
          'Kent County Council closed the road. “We work together to protect residents across the county,” the council and Kent Police said.',
        ),
      ).toEqual(['Kent County Council', ['Kent Police']])
      expect(
        joint(
          'Kent Police arrested him. Kent County Council closed the road. “We work together to protect residents across the county,” the force and the council said.',
        ),
      ).toEqual(['Kent Police', ['Kent County Council']])
      // No council named: the body named speaks alone.
      expect(
        joint('“We work together to protect residents across the county,” Kent Police and the council said.'),
      ).toEqual(['Kent Police', null])
      // A person and a body called by its noun are no pair of bodies.
      expect(
        joint(
          'Kent County Council closed the road. “We work together to protect residents across the county,” Jane Smith and the council said.',
        )[1],
      ).toBeNull()
    })

    it('keeps one body whose own name holds "and"', () => {
      const joint = (input: string) => {
        const s = extractQuotes(input)[0]?.speaker
        return [s?.name ?? null, s?.coSpeakers ?? null]
      }
      expect(joint('“We are pleased,” Avon and Somerset Police said.')).toEqual([
        'Avon and Somerset Police',
        null,
      ])
      expect(joint('“Help is available,” the Department of Health and Human Services said.')).toEqual([
        'Department of Health and Human Services',
        null,
      ])
      expect(joint('“Investigations continue,” the Department of Justice and Equality said.')).toEqual([
        'Department of Justice and Equality',
        null,
      ])
    })

    it('splits a bare "and" between well-known bodies, or one and a named organisation', () => {
      const joint = (input: string) => {
        const s = extractQuotes(input)[0]?.speaker
        return [s?.name ?? null, s?.coSpeakers ?? null, s?.kind ?? null]
      }
      // The heading "Europol and Eurojust support international action …" (wide corpus), as a speaker.
      expect(
        joint('Europol and Eurojust said in a joint statement: “The network has been dismantled.”'),
      ).toEqual(['Europol', ['Eurojust'], 'organisation'])
      expect(joint('“The network has been dismantled,” said Europol and Eurojust.')).toEqual([
        'Europol',
        ['Eurojust'],
        'organisation',
      ])
      expect(joint('Europol and Police Scotland said: “We are working closely together.”')).toEqual([
        'Europol',
        ['Police Scotland'],
        'organisation',
      ])
      // One body whose name holds "and" stays one, and two words that name no known body are no pair.
      expect(
        joint('“We are pleased with the outcome,” the Trinidad and Tobago Police Service said.'),
      ).toEqual(['Trinidad and Tobago Police Service', null, 'organisation'])
      expect(joint('“We are pleased with the outcome,” Marks and Spencer said.')[1]).toBeNull()
    })

    it('reads a company by the word its name ends in as a body, never a person', () => {
      const speaker = (input: string) => extractQuotes(input)[0]?.speaker
      for (const name of ['Acme Ltd', 'Acme Limited', 'Acme Inc', 'Acme Corporation']) {
        expect(speaker(`${name} said: “We are pleased with the result.”`)).toMatchObject({
          name,
          kind: 'organisation',
        })
      }
      // The sentence's stop is the abbreviation's too.
      for (const name of ['Acme Ltd', 'Acme Inc']) {
        expect(speaker(`“We are pleased with the result,” said ${name}.`)).toMatchObject({
          name,
          kind: 'organisation',
        })
      }
      // A pronoun after the company's news is the person it names, not the company.
      expect(
        speaker('Acme Ltd has appointed Jane Doe as chief executive. “I am delighted,” she said.'),
      ).toMatchObject({ name: 'Jane Doe', kind: 'person' })
    })

    it('reads a well-known body whose name tells no kind as a body, never a person', () => {
      const speaker = (input: string) => extractQuotes(input)[0]?.speaker
      expect(speaker('“The network has been dismantled,” said Europol.')).toMatchObject({
        name: 'Europol',
        kind: 'organisation',
      })
      expect(speaker('Ofcom said: “Broadcasters must follow the code.”')).toMatchObject({
        name: 'Ofcom',
        kind: 'organisation',
      })
      // A place after such a name names an office of the body, still a body.
      expect(speaker('“The fugitive remains at large,” Interpol Washington said.')).toMatchObject({
        name: 'Interpol Washington',
        kind: 'organisation',
      })
      // A title after it opens a person's name.
      expect(speaker('“The fugitive remains at large,” said Europol Director Jane Doe.')).toMatchObject({
        name: 'Jane Doe',
        title: 'Europol Director',
        kind: 'person',
      })
      // A name that is no listed body is still read as a surname.
      expect(speaker('“The network has been dismantled,” said Hester.')).toMatchObject({
        name: 'Hester',
        kind: 'person',
      })
    })

    it('gives "the agency" to a UN programme or fund named before', () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      // "The U.S. Marshals Service (USMS) arrested … On average, the agency arrested …" (wide corpus).
      expect(
        name(
          'The U.S. Marshals Service (USMS) arrested 73,362 fugitives in fiscal year (FY) 2023. “Every arrest makes a community safer,” the agency said.',
        ),
      ).toBe('U.S. Marshals Service')
      expect(
        name(
          'DAKAR – The World Food Programme (WFP) warned today that millions face hunger.\n\n“The situation is dire,” the agency said in a statement.',
        ),
      ).toBe('World Food Programme')
      expect(
        name(
          'The United Nations Development Program works in 170 countries. “Recovery will take years,” the agency said.',
        ),
      ).toBe('United Nations Development Program')
      // A body of another kind is not the agency's.
      expect(name('Kent County Council met today. “Recovery will take years,” the agency said.')).toBeNull()
    })

    it('reads a one-word name as a body when the release writes it as one, never as a surname', () => {
      const speaker = (input: string) => {
        const s = extractQuotes(input)[0]?.speaker
        return s ? [s.name, s.kind, s.coSpeakers ?? null] : null
      }
      // "… to the independent charity Crimestoppers on 0800 555 111." (wide corpus): a body's noun before its name.
      expect(
        speaker(
          'The public can also provide information anonymously to the independent charity Crimestoppers on 0800 555 111.\n\n“Nobody will know you called,” said Crimestoppers.',
        ),
      ).toEqual(['Crimestoppers', 'organisation', null])
      expect(
        speaker(
          'The public can also provide information anonymously to the independent charity Safeline on 0800 555 111.\n\n“Nobody will know you called,” said Safeline.',
        ),
      ).toEqual(['Safeline', 'organisation', null])
      // A noun in apposition after the name, up to its "of" phrase.
      expect(
        speaker(
          'Afripol, the African Union’s police cooperation mechanism, coordinated the raids.\n\n“This shows what cooperation can achieve,” said Afripol.',
        ),
      ).toEqual(['Afripol', 'organisation', null])
      expect(
        speaker(
          'Ameripol, the police community of the Americas, led the raids. Ameripol said: “We will keep working to protect victims.”',
        ),
      ).toEqual(['Ameripol', 'organisation', null])
      // A pronoun for a thing after it: ", which", "and its".
      expect(
        speaker(
          'Afripol, which was set up in 2014, coordinated the raids.\n\n“We will keep working to protect victims,” said Afripol.',
        ),
      ).toEqual(['Afripol', 'organisation', null])
      expect(
        speaker(
          'Afripol and its partners coordinated the raids.\n\n“We will keep working to protect victims,” said Afripol.',
        ),
      ).toEqual(['Afripol', 'organisation', null])
      // The publisher's own name, read from a release's Source line.
      const release = extract(
        'Joint raids\n\nSource: Afripol\n\n“We will keep working to protect victims,” said Afripol.',
      )
      expect(release.releases[0]?.quotes[0]?.speaker).toMatchObject({ name: 'Afripol', kind: 'organisation' })
    })

    it('keeps a one-word name a surname when the release shows no body by it', () => {
      const speaker = (input: string) => {
        const s = extractQuotes(input)[0]?.speaker
        return s ? [s.name, s.kind] : null
      }
      // An apposition about a person's office, not a body: "the head of the agency".
      expect(
        speaker('“We act quickly,” said Hester. Hester, the head of the agency, left the scene.'),
      ).toEqual(['Hester', 'person'])
      expect(speaker('“We act quickly,” said Hansen. Hansen, who leads the agency, went home.')).toEqual([
        'Hansen',
        'person',
      ])
      // Another body's noun in the next sentence says nothing about the name.
      expect(speaker('“We act quickly,” said Hansen. Hansen went home. The force thanked him.')).toEqual([
        'Hansen',
        'person',
      ])
      // Without the Source line the name is read as a surname.
      expect(speaker('“We will keep working to protect victims,” said Afripol.')).toEqual([
        'Afripol',
        'person',
      ])
      // A word of a longer name before the apposition: "Jane Hansen, the …" is a person's name.
      expect(speaker('Jane Hansen, the agency’s director, spoke. “We act quickly,” said Hansen.')).toEqual([
        'Jane Hansen',
        'person',
      ])
      // A title before the word makes it a person's surname, body or not.
      expect(
        speaker(
          'Afripol, the African Union’s police cooperation mechanism, met. “We act,” said Inspector Afripol.',
        ),
      ).toEqual(['Afripol', 'person'])
    })

    it('reads two one-word names joined by "and" as bodies when the release shows one is', () => {
      const joint = (input: string) => {
        const s = extractQuotes(input)[0]?.speaker
        return s ? [s.name, s.coSpeakers ?? null, s.kind] : null
      }
      const release =
        'Afripol, the African Union’s police cooperation mechanism, and Ameripol coordinated raids in 14 countries.\n\n'
      expect(
        joint(
          `${release}“This shows what cooperation can achieve,” Afripol and Ameripol said in a joint statement.`,
        ),
      ).toEqual(['Afripol', ['Ameripol'], 'organisation'])
      expect(
        joint(`${release}“This shows what cooperation can achieve,” said Afripol and Ameripol.`),
      ).toEqual(['Afripol', ['Ameripol'], 'organisation'])
      expect(
        joint(`${release}Afripol and Ameripol said: “This shows what cooperation can achieve.”`),
      ).toEqual(['Afripol', ['Ameripol'], 'organisation'])
      // No body shown: nobody the release names, and never a surname alone.
      expect(joint('Afripol and Ameripol said: “This shows what cooperation can achieve.”')).toBeNull()
      // Both people the release named before: those people, in full.
      expect(
        joint(
          'Jane Smith and Tom Jones ran the inquiry. “We found nothing at all to suggest it,” Smith and Jones said.',
        ),
      ).toEqual(['Jane Smith', ['Tom Jones'], 'person'])
      // A person the release names by one of the words: no pair of bodies.
      expect(
        joint(
          'Ameripol coordinated the raids with Inspector Tom Hansen. The organisation thanked him.\n\n“We found nothing,” Ameripol and Hansen said.',
        ),
      ).toBeNull()
    })

    it('gives a common noun to a well-known body of that kind named before', () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      expect(
        name(
          'Europol coordinated the exchange of information. “We will continue to support the investigators,” the agency said.',
        ),
      ).toBe('Europol')
      expect(
        name('Ofcom opened an investigation. “Broadcasters must follow the code,” the regulator said.'),
      ).toBe('Ofcom')
      expect(
        name(
          'Call Crimestoppers anonymously on 0800 555 111. “Nobody will know you called,” the charity said.',
        ),
      ).toBe('Crimestoppers')
      // A body of another kind is not the noun's, nor is a longer name opened by a known one.
      expect(
        name('Europol supported the action day. “Officers searched ten homes,” the department said.'),
      ).toBeNull()
      expect(
        name('Interpol Washington issued a notice. “The fugitive remains at large,” the organisation said.'),
      ).toBeNull()
    })

    it('keeps a body in the possessive before an office in the title, as a body before it is', () => {
      const title = (input: string) => who(extractQuotes(input)[0])
      expect(
        title(
          'Europol’s Executive Director Catherine De Bolle said: “Cooperation across borders is the key to this success.”',
        ),
      ).toEqual(['Catherine De Bolle', 'Europol’s Executive Director', null])
      // "INTERPOL’s Financial Crime and Anti-Corruption Centre" (wide corpus): the possessive of an acronym.
      expect(
        title('“Organized crime is a top concern,” said INTERPOL’s Secretary General Valdecy Urquiza.'),
      ).toEqual(['Valdecy Urquiza', 'INTERPOL’s Secretary General', null])
      expect(title('“We are proud of our officers,” said Kent Police’s Chief Constable Tim Smith.')).toEqual([
        'Tim Smith',
        'Kent Police’s Chief Constable',
        null,
      ])
      // A body's name that ends with a place, in the possessive.
      expect(
        title('Police Scotland’s Chief Constable Jo Farrell said: “Disorder will not be tolerated.”'),
      ).toEqual(['Jo Farrell', 'Police Scotland’s Chief Constable', null])
      // A country's possessive says whose office, not a body's.
      expect(title('Scotland’s First Minister John Swinney said: “Disorder will not be tolerated.”')).toEqual(
        ['John Swinney', 'First Minister', null],
      )
      expect(title('The UK’s Home Secretary Yvette Cooper said: “Disorder will not be tolerated.”')).toEqual([
        'Yvette Cooper',
        'Home Secretary',
        null,
      ])
      // After "The", an office in lower case describes the person, as before.
      expect(title('The NHS’s chief executive Amanda Pritchard said: “Waiting lists are falling.”')).toEqual([
        'Amanda Pritchard',
        null,
        null,
      ])
      // A person's possessive says whose minister, not the office's body.
      expect(title('Boris Johnson’s Home Secretary Priti Patel said: “Streets will be safer.”')).toEqual([
        'Priti Patel',
        'Home Secretary',
        null,
      ])
      expect(title('Smith’s Detective Sergeant Jane Hill said: “We are appealing for witnesses.”')).toEqual([
        'Jane Hill',
        'Detective Sergeant',
        null,
      ])
    })

    it('reads a run of capitals after "the" as a body, though its last words could be a name', () => {
      const body = (input: string) => {
        const q = extractQuotes(input)[0]
        return [q?.speaker?.name ?? null, q?.speaker?.role ?? null]
      }
      expect(body('“Vaccines save lives,” the World Health Organization said.')).toEqual([
        'World Health Organization',
        null,
      ])
      expect(body('“Travel is safe,” the Transportation Security Administration said.')).toEqual([
        'Transportation Security Administration',
        null,
      ])
      expect(body('“Stay away from the cliffs,” the Canadian Coast Guard said.')).toEqual([
        'Canadian Coast Guard',
        null,
      ])
      expect(
        body('“Stay away from the cliffs,” according to a statement from the Irish Coast Guard.'),
      ).toEqual(['Irish Coast Guard', null])
      expect(body('A spokesperson for the World Food Programme said: “Aid is getting through.”')).toEqual([
        'World Food Programme',
        'spokesperson',
      ])
      // A body's name closed by its own word, or in capitals, then a person's name.
      expect(
        body('Writing in the Irish Times Jane Smith said: “This is a welcome step for everyone.”'),
      ).toEqual(['Jane Smith', null])
      // A titled name after "the", and a body after the name, stay as they were.
      expect(body('“Stay away from the cliffs,” said the Rev Jane Smith.')).toEqual(['Jane Smith', null])
      expect(body('“Stay away from the cliffs,” said Jane Smith of the World Health Organization.')).toEqual([
        'Jane Smith',
        'World Health Organization',
      ])
    })

    it("reads a name after a body's possessive as its member's, not after a person's or a place's", () => {
      const first = (input: string) => who(extractQuotes(input)[0])
      expect(first('“Stay away from the cliffs,” said the FBI’s Jane Smith.')).toEqual([
        'Jane Smith',
        null,
        null,
      ])
      expect(first('Kent Police’s Jane Smith said: “Stay away from the cliffs.”')).toEqual([
        'Jane Smith',
        null,
        null,
      ])
      expect(first('“Stay away from the cliffs,” said Europol’s Jane Smith.')).toEqual([
        'Jane Smith',
        null,
        null,
      ])
      expect(first('“Stay away from the cliffs,” said Smith’s Jane Doe.')).toBeNull()
      expect(first('“Stay away from the cliffs,” said Scotland’s Jane Doe.')).toBeNull()
    })

    it('keeps a body in the possessive before words of an office that no listed title opens', () => {
      const title = (input: string) => who(extractQuotes(input)[0])
      // "Executive Director" is read one word on, after "Executive", whose run the possessive closes.
      expect(
        title(
          '“Cooperation matters,” said INTERPOL’s Executive Director of Police Services Stephen Kavanagh.',
        ),
      ).toEqual([
        'Stephen Kavanagh',
        'INTERPOL’s Executive Director of Police Services',
        'INTERPOL’s Executive Director of Police Services',
      ])
      expect(
        title(
          'Europol’s Deputy Executive Director of Operations Jean-Philippe Lecouffe said: “This is a major blow.”',
        )?.[1],
      ).toBe('Europol’s Deputy Executive Director of Operations')
      // A person's possessive stays out, however many words the office has.
      expect(
        title('Smith’s Senior Investigating Officer Jane Hill said: “We are appealing for witnesses.”'),
      ).toEqual(['Jane Hill', 'Senior Investigating Officer', null])
    })

    it('gives a spokesperson of a body called by one word of its name to the body named in full', () => {
      const bodyAndRole = (input: string, index = 0) => {
        const s = extractQuotes(input)[index]?.speaker
        return [s?.name ?? null, s?.role ?? null]
      }
      expect(
        bodyAndRole(
          'An Garda Síochána is investigating the incident. A Garda spokesperson said: “Enquiries are ongoing.”',
        ),
      ).toEqual(['An Garda Síochána', 'spokesperson'])
      expect(
        bodyAndRole(
          'Kent Police arrested two men.\n\n“We are appealing for witnesses,” said a Kent spokeswoman.',
        ),
      ).toEqual(['Kent Police', 'spokeswoman'])
      // A word that is no word of the name named before stays as written.
      expect(
        bodyAndRole(
          'The Metropolitan Police Service made 12 arrests. A Met spokesperson said: “Enquiries are ongoing.”',
        ),
      ).toEqual(['Met', 'spokesperson'])
      // A body named only after the quote is not looked for.
      expect(
        bodyAndRole(
          'A Garda spokesperson said: “Enquiries are ongoing.”\n\nAn Garda Síochána thanked the public.',
        ),
      ).toEqual(['Garda', 'spokesperson'])
      // An office "of" the body is no body's name: the body is the one after "of".
      expect(
        bodyAndRole(
          'Polly Neate, Chief Executive of Shelter, said: “These figures are shocking.” A Shelter spokesperson added: “We need more social homes.”',
          1,
        ),
      ).toEqual(['Shelter', 'spokesperson'])
      expect(
        bodyAndRole(
          'Jane Doe, Deputy Chief Executive of Refuge, said: “We act.”\n\n“We need more refuges,” said a Refuge spokeswoman.',
          1,
        ),
      ).toEqual(['Refuge', 'spokeswoman'])
    })

    it("gives a spokesperson of a body called by a short form of the publisher's name to the publisher", () => {
      const bodyAndRole = (source: string, text: string) => {
        const release = {
          title: 'Appeal for witnesses',
          titleSpan: { start: 0, end: 20 },
          source,
          paragraphs: [{ kind: 'text' as const, text, span: { start: 22, end: 22 + text.length } }],
        }
        const s = extractQuotes(release as never)[0]?.speaker
        return [s?.name ?? null, s?.role ?? null]
      }
      const said = 'spokesperson said: “Enquiries are ongoing.”'
      // "Source: United Kingdom London Metropolitan Police" (sample data): a word of it cut short.
      expect(bodyAndRole('United Kingdom London Metropolitan Police', `A Met ${said}`)).toEqual([
        'United Kingdom London Metropolitan Police',
        'spokesperson',
      ])
      expect(
        bodyAndRole('Metropolitan Police Service', `A ${said.replace(' said', ' for the Met said')}`),
      ).toEqual(['Metropolitan Police Service', 'spokesperson'])
      // Initials of the name's last words, "of" skipped.
      expect(bodyAndRole('National Crime Agency', `An NCA ${said}`)).toEqual([
        'National Crime Agency',
        'spokesperson',
      ])
      expect(bodyAndRole('Police Service of Northern Ireland', `A PSNI ${said}`)).toEqual([
        'Police Service of Northern Ireland',
        'spokesperson',
      ])
      // "the Force" in capitals, with no name ending in "Force", is the publisher as "the force" is.
      expect(bodyAndRole('Metropolitan Police Service', '“Enquiries are ongoing,” the Force said.')).toEqual([
        'Metropolitan Police Service',
        null,
      ])
      // Initials or a word of another body, or a country's initials, stay as written.
      expect(bodyAndRole('National Crime Agency', `A PSNI ${said}`)).toEqual(['PSNI', 'spokesperson'])
      expect(bodyAndRole('National Crime Agency', `A Met ${said}`)).toEqual(['Met', 'spokesperson'])
      expect(bodyAndRole('United Kingdom National Police Chiefs Council', `A UK ${said}`)).toEqual([
        'UK',
        'spokesperson',
      ])
      expect(bodyAndRole('Kentucky State Police', `A Kent ${said}`)).toEqual(['Kent', 'spokesperson'])
      expect(bodyAndRole('National Crime Agency', '“Enquiries are ongoing,” the Force said.')).toEqual([
        'Force',
        null,
      ])
    })

    it("gives a spokesperson of a body called by words of the publisher's name, in order, to the publisher", () => {
      const bodyAndRole = (source: string, text: string) => {
        const release = {
          title: 'Man charged after stabbing',
          titleSpan: { start: 0, end: 26 },
          source,
          paragraphs: [{ kind: 'text' as const, text, span: { start: 28, end: 28 + text.length } }],
        }
        const s = extractQuotes(release as never)[0]?.speaker
        return [s?.name ?? null, s?.role ?? null]
      }
      const said = 'spokesperson said: “Our thoughts are with the victim’s family.”'
      expect(bodyAndRole('Metropolitan Police Service', `A Met Police ${said}`)).toEqual([
        'Metropolitan Police Service',
        'spokesperson',
      ])
      // "Source: United Kingdom London Metropolitan Police" (sample data).
      expect(bodyAndRole('United Kingdom London Metropolitan Police', `A Met Police ${said}`)).toEqual([
        'United Kingdom London Metropolitan Police',
        'spokesperson',
      ])
      expect(
        bodyAndRole('Metropolitan Police Service', `A ${said.replace(' said', ' for the Met Police said')}`),
      ).toEqual(['Metropolitan Police Service', 'spokesperson'])
      // Words the publisher's name lacks, or in another order, name another body, kept as written.
      expect(bodyAndRole('Metropolitan Police Service', `A Met Office ${said}`)).toEqual([
        'Met Office',
        'spokesperson',
      ])
      expect(bodyAndRole('Metropolitan Police Service', `A British Transport Police ${said}`)).toEqual([
        'British Transport Police',
        'spokesperson',
      ])
      expect(bodyAndRole('Kent Police', `A Kent Police ${said}`)).toEqual(['Kent Police', 'spokesperson'])
    })

    it('gives a spokesperson called by an acronym to the body the release wrote in full with it in brackets', () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      expect(
        name(
          'Officers from the National Crime Agency (NCA) and Border Force seized the drugs.\n\nAn NCA spokesperson said: “This seizure will hurt the gangs involved.”',
        ),
      ).toBe('National Crime Agency')
      // "of" skipped in the initials; "a spokesperson for" the acronym too.
      expect(
        name(
          'The Police Service of Northern Ireland (PSNI) made the arrest.\n\nA spokesperson for the PSNI said: “Enquiries continue.”',
        ),
      ).toBe('Police Service of Northern Ireland')
      // Only the words whose initials spell it: a longer run of capitals before them is not the name.
      expect(
        name(
          'Yesterday Police Scotland and the Scottish Police Authority (SPA) met.\n\nAn SPA spokesperson said: “We welcome the review.”',
        ),
      ).toBe('Scottish Police Authority')
      // Initials that do not spell the words before the bracket, or a bracket written only after
      // the quote, leave the acronym as written.
      expect(
        name(
          'The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) led the case.\n\nAn ATF spokesperson said: “We act.”',
        ),
      ).toBe('ATF')
      expect(
        name(
          'An NCA spokesperson said: “This seizure will hurt the gangs involved.”\n\nThe National Crime Agency (NCA) led the case.',
        ),
      ).toBe('NCA')
      expect(name('Officers seized the drugs.\n\nAn NCA spokesperson said: “We act.”')).toBe('NCA')
    })

    it('gives a body called by its acronym to the body the release wrote in full with it in brackets', () => {
      // Written in the style of UK agencies' and Northern Ireland departments' releases.
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      const spelled = 'Officers from the National Crime Agency (NCA) arrested six men in Liverpool.\n\n'
      expect(name(`${spelled}The NCA said: “We have shut the network down.”`)).toBe('National Crime Agency')
      expect(name(`${spelled}“We have shut the network down,” the NCA said.`)).toBe('National Crime Agency')
      expect(name(`${spelled}In a statement, the NCA said it “will pursue those who profit”.`)).toBe(
        'National Crime Agency',
      )
      // Initials with "for" or "of" in lower case, read as a body and spelled the same way.
      const dfi = 'The Department for Infrastructure (DfI) has confirmed the scheme.\n\n'
      expect(name(`${dfi}The DfI added: “Work will begin in the spring.”`)).toBe(
        'Department for Infrastructure',
      )
      expect(name(`${dfi}A DfI spokesperson said: “Work will begin in the spring.”`)).toBe(
        'Department for Infrastructure',
      )
      expect(
        name('The Ministry of Justice (MoJ) published the figures.\n\n“Prisons are safer,” the MoJ said.'),
      ).toBe('Ministry of Justice')
      // Every body speaking together is spelled out.
      const [joint] = extractQuotes(
        'The National Crime Agency (NCA) and the Police Service of Northern Ireland (PSNI) arrested two men.\n\nThe NCA and the PSNI said: “This was a joint operation.”',
      )
      expect(joint?.speaker?.name).toBe('National Crime Agency')
      expect(joint?.speaker?.coSpeakers).toEqual(['Police Service of Northern Ireland'])
    })

    it("gives a body called by words of its publisher's name, in its order, to the publisher", () => {
      // Written in the style of US state police releases.
      const name = (input: string) => extract(input).releases[0]?.quotes[0]?.speaker?.name ?? null
      const head =
        'Man arrested after pursuit\n\nSource: New Jersey State Police\n\nTroopers arrested a man.\n\n'
      expect(name(`${head}State Police said the investigation “is active and ongoing”.`)).toBe(
        'New Jersey State Police',
      )
      // Words the name lacks, or in another order, stay as written.
      expect(name(`${head}Jersey City Police said the investigation “is active and ongoing”.`)).toBe(
        'Jersey City Police',
      )
      expect(name(`${head}Police State said the investigation “is active and ongoing”.`)).not.toBe(
        'New Jersey State Police',
      )
    })

    it('keeps an acronym as written when the release does not spell it out before', () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      expect(name('Officers arrested six men.\n\nThe NCA said: “We have shut the network down.”')).toBe('NCA')
      expect(
        name(
          'The NCA said: “We have shut the network down.”\n\nThe National Crime Agency (NCA) led the case.',
        ),
      ).toBe('NCA')
      // Initials that do not spell the words before the bracket: "o" is no initial of "for".
      expect(
        name('The Department of Infrastructure (DfI) has confirmed it.\n\nThe DfI added: “Work will begin.”'),
      ).toBe('DfI')
    })

    it('reads a complement with "on" in a body\'s name when its acronym in brackets spells it', () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      expect(
        name(
          'The report was released by the United Nations Office on Drugs and Crime (UNODC). “Prevention must be a priority,” the office said.',
        ),
      ).toBe('United Nations Office on Drugs and Crime')
      expect(
        name(
          'The UN Office on Drugs and Crime (UNODC) published a report. “Prevention must be a priority,” the office said.',
        ),
      ).toBe('UN Office on Drugs and Crime')
      // A day after "on" is no part of the name.
      expect(
        name('Kent Police on Friday (12 March) arrested a man. “Enquiries are ongoing,” the force said.'),
      ).toBe('Kent Police')
      // An acronym that does not spell the words is no acronym of them.
      expect(
        name(
          'The Health Office on Market Street (HSE) opened. “Appointments are available,” the office said.',
        ),
      ).toBe('Health Office')
    })

    it('reads a customs service named with its country as a body', () => {
      const speaker = (input: string) => extractQuotes(input)[0]?.speaker
      // "Earlier this week New Zealand Customs intercepted a package …" (wide corpus), as a speaker.
      expect(
        speaker(
          'New Zealand Customs said: “The package was intercepted at the Auckland International Mail Centre.”',
        ),
      ).toMatchObject({ name: 'New Zealand Customs', kind: 'organisation' })
      expect(
        speaker('“The container was selected after a risk analysis,” Swedish Customs said.'),
      ).toMatchObject({
        name: 'Swedish Customs',
        kind: 'organisation',
      })
      // Customs officers are no speaker; the person named is.
      expect(
        speaker('Customs officers found the drugs. “It was hidden in the spare wheel,” said Anna Berg.'),
      ).toMatchObject({ name: 'Anna Berg', kind: 'person' })
    })

    it('gives a spokesperson of a body described in lower case to the body its noun stands for', () => {
      const bodyAndRole = (input: string) => {
        const s = extractQuotes(input)[0]?.speaker
        return [s?.name ?? null, s?.role ?? null]
      }
      expect(
        bodyAndRole(
          'Leeds City Council closed the road. A spokesperson for the local council said: “The road will reopen tomorrow.”',
        ),
      ).toEqual(['Leeds City Council', 'spokesperson'])
      // No body of that kind named: nobody, not a body called "health board".
      expect(
        bodyAndRole(
          'NHS Grampian confirmed the man remains in hospital. “His condition is stable,” a spokesperson for the health board said.',
        ),
      ).toEqual([null, null])
      expect(
        bodyAndRole('A spokesperson for the local community said: “The road will reopen tomorrow.”'),
      ).toEqual([null, null])
    })

    it('reads the Irish police, "Gardaí" or "Gardai", as the force, An Garda Síochána', () => {
      const speaker = (input: string) => extractQuotes(input)[0]?.speaker
      expect(speaker('Gardaí said: “Enquiries are ongoing into the incident.”')).toMatchObject({
        name: 'An Garda Síochána',
        kind: 'organisation',
      })
      expect(speaker('“Enquiries are ongoing into the incident,” Gardai said.')).toMatchObject({
        name: 'An Garda Síochána',
        kind: 'organisation',
      })
      // Gardaí in the narration do not take the words of the officer named.
      expect(
        speaker(
          'Gardaí in Cork are appealing for witnesses. “We need your help with this,” said Sergeant Jane Murphy.',
        ),
      ).toMatchObject({ name: 'Jane Murphy', kind: 'person' })
    })

    it.each([
      ['“We are appealing to anyone with dashcam footage to come forward,” said Gardaí.', 'Gardaí'],
      ['“Anyone with information should contact Bandon Garda Station,” the Gardaí added.', 'Gardaí'],
      ['Gardaí in Bandon said: “The road will remain closed overnight.”', 'Gardaí in Bandon'],
      ['“The scene has been preserved,” said Gardai at Store Street.', 'Gardai at Store Street'],
      [
        'Gardaí said they are appealing for witnesses to the collision on the N71.\n\n“We would ask anyone who was on the road between 2am and 3am to contact us,” Gardaí said.',
        'Gardaí',
      ],
    ])('reads Gardaí speaking, or where they serve, as the force: %s', (input, written) => {
      const { quotes, people } = extractQuotesAndPeople(input)
      const q = quotes.at(-1)
      expect(who(q)).toEqual(['An Garda Síochána', null, null])
      expect(q?.speaker?.kind).toBe('organisation')
      // The mention keeps the words as written.
      expect(people[0]?.mentions.at(-1)?.text).toBe(written)
    })

    it.each([
      // In lower case they are officers unnamed, as "police said" is.
      '“We are appealing for witnesses,” gardaí said.',
      'Gardaí are appealing for witnesses. “Call 999,” said gardaí at the scene.',
      // "Garda" alone is a rank before a name, and no other name stands for the force.
      '“We are appealing for witnesses,” said Garda Seán Murphy.',
      '“We are appealing for witnesses,” said Garda Road Safety Week organisers.',
    ])('reads no force from other words for the Irish police: %s', (input) => {
      expect(extractQuotes(input)[0]?.speaker?.name).not.toBe('An Garda Síochána')
    })

    it("keeps the Irish article of a body's name, not the English one before a force", () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      expect(
        name(
          'An Garda Síochána arrested a man on Monday. “We thank the public for their help,” the force said.',
        ),
      ).toBe('An Garda Síochána')
      expect(
        name('An Essex Police officer was injured. “We thank the public for their help,” the force said.'),
      ).toBe('Essex Police')
    })

    it('reads a body whose name does not end with the word that tells its kind', () => {
      const bodyAndRole = (input: string, index = 0) => {
        const s = extractQuotes(input)[index]?.speaker
        return [s?.name ?? null, s?.role ?? null]
      }
      expect(
        bodyAndRole(
          '“We urge anyone with information to come forward,” said a Police Scotland spokesperson.',
        ),
      ).toEqual(['Police Scotland', 'spokesperson'])
      expect(
        bodyAndRole(
          '“We urge anyone with information to call 101,” said a spokesperson for Police Scotland.',
        ),
      ).toEqual(['Police Scotland', 'spokesperson'])
      expect(bodyAndRole('“Nobody will know you called,” said a Crimestoppers spokesperson.')).toEqual([
        'Crimestoppers',
        'spokesperson',
      ])
      // The body speaking on its own later has no spokesperson's role.
      const both =
        'A Police Scotland spokesperson said: “Our enquiries are ongoing.”\n\nPolice Scotland said: “A 34-year-old man has been charged.”'
      expect(bodyAndRole(both, 0)).toEqual(['Police Scotland', 'spokesperson'])
      expect(bodyAndRole(both, 1)).toEqual(['Police Scotland', null])
      // "the force" after a force named with a place after its kind word.
      expect(
        bodyAndRole('Police Scotland arrested a man on Friday. “Enquiries are ongoing,” the force said.'),
      ).toEqual(['Police Scotland', null])
      expect(
        bodyAndRole('Police Scotland’s officers attended. “Enquiries are ongoing,” the force said.'),
      ).toEqual(['Police Scotland', null])
      expect(
        bodyAndRole(
          'An Garda Síochána seized drugs worth €2 million. “Investigations are continuing,” the force said.',
        ),
      ).toEqual(['An Garda Síochána', null])
    })

    it('does not read a body where a name goes on past a place or the word after is no place', () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      expect(name('“We are appealing for witnesses,” said a police spokesperson.')).toBeNull()
      expect(name('Council Tax bills will rise in April. “We had no choice,” the council said.')).toBeNull()
      expect(
        name('Police Scotland Youth Volunteers held an event. “It was a great day,” the force said.'),
      ).toBeNull()
    })

    it('gives a common noun to a body known only by an acronym whose letters fit it', () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      expect(
        name('The FBI arrested a man in Houston on Monday. “We will keep pursuing them,” the bureau said.'),
      ).toBe('FBI')
      expect(
        name(
          'The DEA seized 12 kilograms of methamphetamine. “This keeps poison off our streets,” the agency said.',
        ),
      ).toBe('DEA')
      expect(
        name('The NCA led an investigation into the gang. “This was a dangerous group,” the agency said.'),
      ).toBe('NCA')
      // The release's own expansion is the name.
      expect(
        name(
          'The inquiry was led by the Federal Bureau of Investigation (FBI). The FBI said the men were held. “They will face justice,” the bureau said.',
        ),
      ).toBe('Federal Bureau of Investigation')
      // A body named in full comes before an acronym.
      expect(
        name(
          'The FBI worked with the Environment Agency on the case. “Rivers were polluted,” the agency said.',
        ),
      ).toBe('Environment Agency')
    })

    it('gives a common noun to no acronym that does not fit it or names a thing or place', () => {
      const name = (input: string) => extractQuotes(input)[0]?.speaker?.name ?? null
      expect(
        name('Officers released the CCTV footage. “We want to trace this man,” the force said.'),
      ).toBeNull()
      expect(name('The UK has seen a rise in such offences. “This is worrying,” the agency said.')).toBeNull()
      expect(name('The FBI arrested a man. “We will respond,” the council said.')).toBeNull()
      expect(name('The DEA seized drugs. “We will respond,” the bureau said.')).toBeNull()
    })

    it('reads the body that issued a statement as its speaker', () => {
      const [q] = extractQuotes('“We thank the public,” a statement from Police Scotland said.')
      expect([q?.speaker?.name, q?.speaker?.role, q?.cue]).toEqual(['Police Scotland', null, 'said'])
      const [r] = extractQuotes(
        '“We are pleased with the outcome,” a joint statement from the FBI and the DEA said.',
      )
      expect([r?.speaker?.name, r?.speaker?.coSpeakers]).toEqual(['FBI', ['DEA']])
      expect(
        extractQuotes('A statement issued by Kent Police said: “Enquiries continue.”')[0]?.speaker?.name,
      ).toBe('Kent Police')
      // A family's statement names no body; a person's names that person.
      expect(extractQuotes('“We miss him,” a statement from his family said.')[0]?.speaker ?? null).toBeNull()
      expect(
        who(extractQuotes('“It was wrong,” a statement from Chief Constable Jo Farrell said.')[0]),
      ).toEqual(['Jo Farrell', 'Chief Constable', null])
    })

    it.each<[string, Who]>([
      // Written in the style of US attorneys general's and companies' releases.
      ['“We cooperated fully,” said a statement from Jane Smith.', ['Jane Smith', null, null]],
      ['“We cooperated fully,” according to a statement from Jane Smith.', ['Jane Smith', null, null]],
      ['A statement from Jane Smith said: “We cooperated fully.”', ['Jane Smith', null, null]],
      [
        '“We cooperated fully,” said a statement from Detective Inspector Jane Smith.',
        ['Jane Smith', 'Detective Inspector', null],
      ],
      // Kin the statement names only by whose they are are no one named.
      ['“We cooperated fully,” said a statement from the family of Jane Smith.', null],
    ])('reads the person who issued a statement as its speaker: %s', (input, expected) => {
      expect(who(extractQuotes(input)[0])).toEqual(expected)
    })

    it('reads a body in the possessive before a spokesperson, but not a surname', () => {
      const bodyAndRole = (input: string) => {
        const s = extractQuotes(input)[0]?.speaker
        return [s?.name ?? null, s?.role ?? null]
      }
      expect(bodyAndRole('Police Scotland’s spokesperson said: “We are aware of the incident.”')).toEqual([
        'Police Scotland',
        'spokesperson',
      ])
      expect(bodyAndRole('“He was released without charge,” Police Scotland’s spokesperson said.')).toEqual([
        'Police Scotland',
        'spokesperson',
      ])
      expect(bodyAndRole('“He was released without charge,” the FBI’s spokesman said.')).toEqual([
        'FBI',
        'spokesman',
      ])
      expect(bodyAndRole('“We will appeal the ruling,” said Kent Police’s spokesperson.')).toEqual([
        'Kent Police',
        'spokesperson',
      ])
      expect(bodyAndRole('“We have no comment at this time,” Smith’s spokesperson said.')).toEqual([
        null,
        null,
      ])
    })

    it('reads a body or unit after "from" as the role, but not a home town', () => {
      const [q] = extractQuotes(
        'Detective Sergeant Jane Smith from Ballarat CIU said: “We are appealing for witnesses.”',
      )
      expect(who(q)).toEqual(['Jane Smith', 'Detective Sergeant', 'Ballarat CIU'])
      const [r] = extractQuotes(
        'Sergeant Tom White from the Major Crime Squad said: “The car was found burnt out.”',
      )
      expect(who(r)).toEqual(['Tom White', 'Sergeant', 'Major Crime Squad'])
      const [s] = extractQuotes('“It was terrifying,” said John Brown from Leeds.')
      expect(who(s)).toEqual(['John Brown', null, null])
    })

    it.each<[string, Who]>([
      // Written in the style of An Garda Síochána's releases: a station named by a word of the body's name.
      [
        '“We are grateful,” added Inspector Tom Baker from Cork Garda Station.',
        ['Tom Baker', 'Inspector', 'Cork Garda Station'],
      ],
      [
        'Sergeant Niamh Ryan from Store Street Garda Station said: “We are grateful.”',
        ['Niamh Ryan', 'Sergeant', 'Store Street Garda Station'],
      ],
      // A station that no body's name holds is a place, as a home town is.
      ['“We are grateful,” said Tom Baker from Euston Station.', ['Tom Baker', null, null]],
    ])(
      'reads a station of a body whose members go by a name after "from" as the role: %s',
      (input, expected) => {
        expect(who(extractQuotes(input)[0])).toEqual(expected)
      },
    )

    it('reads a school, a faculty or a hospital after "from" as the role, but not a street named for one', () => {
      const [school] = extractQuotes('Dr Jane Doe, from the School of Law, said: “The ruling matters.”')
      expect(who(school)).toEqual(['Jane Doe', 'Dr', 'School of Law'])
      const [faculty] = extractQuotes('“The ruling matters,” said Tom Baker from the Faculty of Medicine.')
      expect(who(faculty)).toEqual(['Tom Baker', null, 'Faculty of Medicine'])
      const [hospital] = extractQuotes('Dr Jane Doe, from the Royal Free Hospital, said: “We are ready.”')
      expect(who(hospital)).toEqual(['Jane Doe', 'Dr', 'Royal Free Hospital'])
      const [lane] = extractQuotes('“It was terrifying,” said John Brown, from School Lane.')
      expect(who(lane)).toEqual(['John Brown', null, null])
      const [road] = extractQuotes('Jane Doe, from Hospital Road, said: “It was terrifying.”')
      expect(who(road)).toEqual(['Jane Doe', null, null])
    })

    it('reads the words of a note, a sign or a message that "read" them as a quote of their writer', () => {
      const [found] = extractQuotes(
        'Officers found a note that read “I am sorry for what I did” at the scene.',
      )
      expect(found?.text).toBe('I am sorry for what I did')
      expect(found?.speaker).toBeNull()
      expect(found?.cue).toBe('read')
      const [reading] = extractQuotes('Police received a message reading “Help me please” at 3am.')
      expect([reading?.text, reading?.cue]).toEqual(['Help me please', 'reading'])
      const [left] = extractQuotes('Jane Doe, 29, left a note which read: “I am sorry for everything I did.”')
      expect(who(left)).toEqual(['Jane Doe', null, null])
      // A family's statement or tribute that "read" its words: theirs, with no one named.
      const [tribute] = extractQuotes('A statement from the family of Tom Green read: “We are devastated.”')
      expect([tribute?.text, tribute?.speaker ?? null, tribute?.cue]).toEqual([
        'We are devastated.',
        null,
        'read',
      ])
      const [reads] = extractQuotes('A tribute from his family reads: “He was the light of our lives.”')
      expect(reads?.cue).toBe('reads')
      // "read" with no message before it is no cue: the title of a book.
      expect(extractQuotes('He read “War and Peace” in prison.')).toEqual([])
    })

    it('reads an agency whose name holds "and" before an office as part of the title', () => {
      const [q] = extractQuotes(
        '“ERO Boston will not allow New England to become a safe haven,” said Enforcement and Removal Operations Boston Field Office Director Todd M. Lyons.',
      )
      expect(who(q)).toEqual([
        'Todd M. Lyons',
        'Enforcement and Removal Operations Boston Field Office Director',
        null,
      ])
      // Two people joined by "and" stay two: the first one speaks.
      const [r] = extractQuotes('“We acted fast,” said John Smith and Detective Inspector Jane Doe.')
      expect(r?.speaker?.name).toBe('John Smith')
    })

    it('takes no unit for a person, so "she" stays the person named with it', () => {
      const [q] = extractQuotes(
        'Assistant Attorney General Kristen Clarke of the Civil Rights Division said the city had ignored repeated warnings. She said: “We gave the city every chance to fix this.”',
      )
      expect(who(q)).toEqual(['Kristen Clarke', 'Assistant Attorney General', 'Civil Rights Division'])
    })

    it('reads a name and a dash before the words as a name and a colon', () => {
      const [q] = extractQuotes(
        'Senior Sergeant Mike Brown - “Fleeing drivers put everyone at risk, and we are thankful no one was hurt.”',
      )
      expect(who(q)).toEqual(['Mike Brown', 'Senior Sergeant', null])
      expect(q?.rule).toBe('quotes/name-colon')
      // An operation is nobody: the words are said by whoever the text names after them.
      const [r] = extractQuotes('Operation Hydra – “a model for the future,” said Chief Inspector Tom Hall.')
      expect(who(r)).toEqual(['Tom Hall', 'Chief Inspector', null])
    })

    it('keeps a short quote said "according to" someone the text does not name, with no speaker', () => {
      const [q] = extractQuotes('“They are dangerous,” according to a police spokesperson.')
      expect([q?.text, q?.speaker ?? null, q?.rule]).toEqual([
        'They are dangerous,',
        null,
        'quotes/according-to',
      ])
      // A document names nobody who speaks: the short phrase stays out.
      expect(extractQuotes('“They are dangerous,” according to the report.')).toEqual([])
    })

    it('keeps a short quote after "according to" someone unnamed at the sentence start, with no speaker', () => {
      const [q] = extractQuotes(
        'According to a police spokesperson, officers “remain in the area to reassure the public”.',
      )
      expect([q?.text, q?.speaker ?? null, q?.rule]).toEqual([
        'remain in the area to reassure the public',
        null,
        'quotes/according-to',
      ])
      expect(extractQuotes('According to witnesses, the car was “going far too fast”.')[0]?.rule).toBe(
        'quotes/according-to',
      )
      // Documents and reports name nobody who speaks.
      expect(
        extractQuotes('According to court documents, the defendant “knowingly and willfully” lied.'),
      ).toEqual([])
      expect(extractQuotes('According to the report, the scheme was “a qualified success”.')).toEqual([])
    })
  })
})

describe('a label line that hands the next paragraph to the one it names', () => {
  // Written in the style of UK police and council releases.
  const SPEECH = '“We will be patrolling the area over the coming days to reassure residents.”'

  it.each([
    ['Quote from Chief Superintendent Tom Hale:', ['Tom Hale', 'Chief Superintendent', null]],
    [
      'Comment from Councillor Jane Doe, cabinet member for housing:',
      ['Jane Doe', 'Councillor', 'cabinet member for housing'],
    ],
  ])('gives the quote paragraph after it to the person named: %s', (label, speaker) => {
    const [q] = extractQuotes(`Officers made three arrests.\n\n${label}\n\n${SPEECH}`)
    expect(who(q)).toEqual(speaker)
  })

  // Written in the style of Australian state government media statements.
  it.each([
    ['Comments attributed to Police Minister Tom Hale:', ['Tom Hale', 'Police Minister', null]],
    ['Quotes attributable to Police Minister Tom Hale:', ['Tom Hale', 'Police Minister', null]],
    ['Comments from Police Minister Tom Hale:', ['Tom Hale', 'Police Minister', null]],
    // Written in the style of charities' and NGOs' statements.
    ['Statement by Police Minister Tom Hale:', ['Tom Hale', 'Police Minister', null]],
    ['Statement by Jane Doe, Chief Executive of Oxfam:', ['Jane Doe', null, 'Chief Executive of Oxfam']],
  ])('reads a label before a credit as no cue: %s', (label, speaker) => {
    const [q] = extractQuotes(`Officers made three arrests.\n\n${label}\n\n${SPEECH}`)
    expect(who(q)).toEqual(speaker)
    expect(q?.cue).toBeNull()
  })

  it('gives nobody the quote after a sentence about a statement', () => {
    const [q] = extractQuotes(
      `Officers made three arrests.\n\nA statement by the charity was read out at the vigil.\n\n${SPEECH}`,
    )
    expect(q?.speaker ?? null).toBeNull()
  })

  it('still reads the cue of a sentence that opens with such words and goes on', () => {
    const [q] = extractQuotes(
      `Officers made three arrests.\n\nComments from residents were mixed, and council leader Jane Doe said:\n\n${SPEECH}`,
    )
    expect(who(q)).toEqual(['Jane Doe', null, 'council leader'])
    expect(q?.cue).toBe('said')
  })

  it('reads no label in a sentence that only mentions a quote', () => {
    const [q] = extractQuotes(`A quote from the film was read out by Tom Hale:\n\n${SPEECH}`)
    expect(q?.speaker ?? null).toBeNull()
  })
})

describe('a credit line that opens the release', () => {
  // As a New Zealand Police release in the wide corpus opens.
  const REAL =
    'Attributed to Detective Superintendent Greg Williams, National Organised Crime Group Director.'
  const STORY =
    'Police are appealing for information after a man was seriously injured in Hamilton East overnight.'
  const SPEECH = '“We know there were people in the area at the time who may have seen something.”'

  it.each([
    [REAL, ['Greg Williams', 'Detective Superintendent', 'National Organised Crime Group Director']],
    [
      'Attribute to Detective Senior Sergeant Kerry van der Merwe:',
      ['Kerry van der Merwe', 'Detective Senior Sergeant', null],
    ],
    ['Please attribute to Inspector Jane Doe, Area Commander:', ['Jane Doe', 'Inspector', 'Area Commander']],
  ])('gives a quote paragraph no narration leads into to the credited person: %s', (credit, speaker) => {
    const [q] = extractQuotes(`${credit}\n\n${STORY}\n\n${SPEECH}`)
    expect(q?.text).toBe(SPEECH.slice(1, -1))
    expect(who(q)).toEqual(speaker)
    expect(q?.cue).toBeNull()
    expect(q?.rule).toBe('quotes/credit-line')
  })

  it('keeps the credited person on the paragraphs that go on after the first', () => {
    const quotes = extractQuotes(
      `${REAL}\n\n${STORY}\n\n${SPEECH}\n\n“Anyone with information is asked to contact Police on 105 and quote the file number.”`,
    )
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Greg Williams', 'Greg Williams'])
  })

  it('leaves a quote that a cue attributes, and the paragraph that goes on from it, to their speaker', () => {
    const input = `${REAL}\n\n${STORY}\n\n“We need help,” says Sergeant Tom Hill.\n\n${SPEECH}`
    expect(extractQuotes(input).map((q) => q.speaker?.name)).toEqual(['Tom Hill', 'Tom Hill'])
  })

  it.each([
    [`${STORY}\n\n${SPEECH}`],
    [`Statements were taken from witnesses.\n\n${STORY}\n\n${SPEECH}\n\n${REAL}`],
  ])('gives no one the quote with no credit line at the top: %s', (input) => {
    expect(extractQuotes(input)[0]?.speaker ?? null).toBeNull()
  })

  it('gives no one a term quoted inside the narration', () => {
    const input = `${REAL}\n\n${STORY}\n\nThe man was described by officers at the scene as a “person of interest” in the case.`
    expect(extractQuotes(input).map((q) => q.speaker?.name ?? null)).not.toContain('Greg Williams')
  })
})

// Written in the style of UK police and Australian fire services' seasonal campaigns.
describe('a quote followed by whose message it is', () => {
  it.each<[string, Who]>([
    [
      '“Check your smoke alarms,” is the message from Fire Commissioner Jane Doe.',
      ['Jane Doe', 'Fire Commissioner', null],
    ],
    [
      '“Check your smoke alarms” – that’s the message from Commissioner Jane Doe this winter.',
      ['Jane Doe', 'Commissioner', null],
    ],
    [
      '“Check your smoke alarms.”\n\nThat is the message from Commissioner Jane Doe as the nights draw in.',
      ['Jane Doe', 'Commissioner', null],
    ],
  ])('gives the quote to the one named: %s', (input, expected) => {
    const [q] = extractQuotes(input)
    expect(who(q)).toEqual(expected)
    expect(q?.cue).toBeNull()
  })

  it('gives it to a body named so', () => {
    const [q] = extractQuotes(
      '“Don’t drink and drive” – that is the message from Sussex Police this Christmas.',
    )
    expect(q?.speaker?.name).toBe('Sussex Police')
  })

  it.each([
    // A message of no one named, or one that is not a quote's.
    '“Check your smoke alarms.” That is the message from the campaign.',
    '“Check your smoke alarms.” That was the message of our campaign last year.',
    '“Check your smoke alarms.”\n\nThe message is simple, officers say.',
  ])('names no one in: %s', (input) => {
    expect(extractQuotes(input)[0]?.speaker ?? null).toBeNull()
  })
})

describe('when a body spoke, after its name', () => {
  it.each([
    ['“Check your smoke alarms,” said Kent Police this Christmas.', 'Kent Police'],
    ['“Check your smoke alarms,” said Kent Police ahead of Easter.', 'Kent Police'],
    ['“Check your smoke alarms,” said Kent Police over the holidays.', 'Kent Police'],
    ['“Check your smoke alarms,” said Kent Police this week.', 'Kent Police'],
  ])('is no part of the name: %s', (input, name) => {
    expect(extractQuotes(input)[0]?.speaker?.name).toBe(name)
  })
})

describe('an apposition set apart by dashes', () => {
  it.each([
    ['Jane Smith – the force’s head of crime – said: “This is new.”', 'Jane Smith', 'force’s head of crime'],
    [
      'Jane Smith - head of crime at Kent Police - said: “This is new.”',
      'Jane Smith',
      'head of crime at Kent Police',
    ],
    ['“This is new,” said Jane Smith – the force’s head of crime.', 'Jane Smith', 'force’s head of crime'],
    ['“This is new,” said Jane Smith — Kent Police.', 'Jane Smith', 'Kent Police'],
  ])('reads it as between commas: %s', (input, name, role) => {
    const [quote] = extractQuotes(input)
    expect(quote?.speaker?.name).toBe(name)
    expect(quote?.speaker?.role).toBe(role)
  })
  it('leaves a dateline’s lone dash as it was', () => {
    const [quote] = extractQuotes('WASHINGTON – Attorney General Jane Smith said: “This is new.”')
    expect(quote?.speaker).toMatchObject({ name: 'Jane Smith', title: 'Attorney General', role: null })
  })
})

describe('a noun phrase opened by "one" or "another", or an age, before a name in apposition', () => {
  it.each([
    ['One resident, Jane Doe, said: “It was terrifying.”', 'Jane Doe'],
    ['Another witness, Jane Doe, told reporters: “It was terrifying.”', 'Jane Doe'],
    ['One of the victims, Jane Doe, said: “It was terrifying.”', 'Jane Doe'],
    // An age before the name, as news style writes it.
    ['One apprentice, 19-year-old Kai Richards, told her: “I never thought so.”', 'Kai Richards'],
    ['A neighbour, 19-year-old Kai Richards, said: “It was terrifying.”', 'Kai Richards'],
    // Near-miss: "One" alone is no description of anyone.
    ['One, Jane Doe, said: “It was terrifying.”', null],
  ])('reads the name as the speaker: %s', (input, name) => {
    expect(extractQuotes(input)[0]?.speaker?.name ?? null).toBe(name)
  })
})

describe('a relative clause that says which unit the speaker leads', () => {
  it.each<[string, Who]>([
    [
      'Jane Doe, who leads the county’s fraud team, said: “Scammers target the elderly.”',
      ['Jane Doe', null, 'leads the county’s fraud team'],
    ],
    [
      '“Scammers target the elderly,” said Jane Doe, who heads the Serious Fraud Unit.',
      ['Jane Doe', null, 'heads the Serious Fraud Unit'],
    ],
    [
      'Detective Inspector Jane Doe, who now runs Kent Police’s cyber crime unit, said: “Report every scam.”',
      ['Jane Doe', 'Detective Inspector', 'runs Kent Police’s cyber crime unit'],
    ],
    // A board or a panel that the person chairs or leads: the clause as written.
    [
      'Jane Doe, who chairs the health and wellbeing board, said: “Scammers target the elderly.”',
      ['Jane Doe', null, 'chairs the health and wellbeing board'],
    ],
    [
      '“Scammers target the elderly,” said Jane Doe, who chairs the health and wellbeing board.',
      ['Jane Doe', null, 'chairs the health and wellbeing board'],
    ],
    [
      'Councillor Jane Doe, who also chairs the Police and Crime Panel, said: “Scammers target the elderly.”',
      ['Jane Doe', 'Councillor', 'chairs the Police and Crime Panel'],
    ],
    [
      'Jane Roe, who leads the county’s safeguarding partnership, said: “Scammers target the elderly.”',
      ['Jane Roe', null, 'leads the county’s safeguarding partnership'],
    ],
    [
      'Jane Roe, who co-chairs the taskforce, said: “Scammers target the elderly.”',
      ['Jane Roe', null, 'co-chairs the taskforce'],
    ],
  ])('%s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    // Past tense: what the person did, not what they do.
    'Jane Doe, who led the fraud team, said: “Scammers target the elderly.”',
    // No unit: an inquiry or a shop is led, but names no unit of a body.
    'Jane Doe, who leads the inquiry, said: “Scammers target the elderly.”',
    'Jane Doe, who runs the shop, said: “Scammers target the elderly.”',
    // The clause goes on past the unit.
    'Jane Doe, who leads the team and was at the scene, said: “Scammers target the elderly.”',
    'Jane Doe, who chairs the board and was at the scene, said: “Scammers target the elderly.”',
    // A meeting chaired, a board sat on, a board chaired once: no office held.
    'Jane Doe, who chairs the meeting, said: “Scammers target the elderly.”',
    'Jane Doe, who sits on the board, said: “Scammers target the elderly.”',
    'Jane Doe, who chaired the board, said: “Scammers target the elderly.”',
  ])('reads no role from: %s', (input) => {
    expect(who(extractQuotes(input)[0])).toEqual(['Jane Doe', null, null])
  })

  it('reads a long clause of boards at once', () => {
    const input = `Jane Doe, who chairs the ${'board and the '.repeat(300)}panel, said: “Scammers target the elderly.”`
    const started = Date.now()
    expect(extractQuotes(input)[0]?.speaker?.role ?? null).toBeNull()
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

// European releases in English may keep their own marks: low ones („…“) or reversed guillemets (»…«).
describe('a quote in low marks or reversed guillemets', () => {
  it.each([
    [
      '„We are proud of this result“, said Europol Executive Director Catherine De Bolle.',
      'We are proud of this result',
      ['Catherine De Bolle', 'Europol Executive Director', null],
    ],
    [
      '»We will not stop here«, said Chief Prosecutor Anna Berg.',
      'We will not stop here',
      ['Anna Berg', 'Chief Prosecutor', null],
    ],
    [
      'Catherine De Bolle said: „We are proud.“ More cases would follow, the agency added.',
      'We are proud.',
      ['Catherine De Bolle', null, null],
    ],
  ])('%s', (input, text, speaker) => {
    const [quote] = extractQuotes(input)
    expect(quote?.text).toBe(text)
    expect(who(quote)).toEqual(speaker)
  })
})

// A spokesperson's words are their principal's; a person's spokesperson is someone the release
// does not name, and the person is not the body speaking.
describe('a spokesperson for a person', () => {
  it.each<[string, Who]>([
    ['“He is innocent,” said a spokesperson for Tom Baker.', null],
    ['A spokeswoman for Jane Smith said: “She will appeal.”', null],
    ['“He is innocent,” said a representative of Tom Baker.', null],
    // A family's spokesperson speaks for the family, whom the release names only by whose it is.
    ['“He was loved,” said a spokesperson for the family.', null],
    ['A spokesperson for the Smith family said: “We are devastated.”', null],
  ])('names no speaker: %s', (input, speaker) => {
    expect(extractQuotes(input).map(who)).toEqual([speaker])
  })

  it.each<[string, Who]>([
    ['“We will reopen soon,” said a spokesperson for Thames Water.', ['Thames Water', null, 'spokesperson']],
    ['“Enquiries continue,” said a spokesperson for Kent Police.', ['Kent Police', null, 'spokesperson']],
    ['“We will reopen soon,” said a spokesperson for Tesco.', ['Tesco', null, 'spokesperson']],
    ['A spokesman for the Family Court said: “We are reviewing.”', ['Family Court', null, 'spokesman']],
    ['A spokesperson for Acme Corporation said: “We will act.”', ['Acme Corporation', null, 'spokesperson']],
  ])('near miss, a body: %s', (input, speaker) => {
    expect(extractQuotes(input).map(who)).toEqual([speaker])
  })

  it.each<[string, Who]>([
    // A firm's name that ends in "Bank", "Fund" or "Corporation", words no surname is, is a body's.
    [
      'A spokesperson for Tesco Bank said: “We will contact customers.”',
      ['Tesco Bank', null, 'spokesperson'],
    ],
    [
      '“We will contact customers,” said a spokeswoman for Acme Pension Fund.',
      ['Acme Pension Fund', null, 'spokeswoman'],
    ],
  ])('a body whose last word may look like a surname: %s', (input, speaker) => {
    expect(extractQuotes(input).map(who)).toEqual([speaker])
  })

  it('reads the body alone as it reads it for its spokesperson', () => {
    const [quote] = extractQuotes('Tesco Bank said: “We will contact customers.”')
    expect([quote?.speaker?.name, quote?.speaker?.kind]).toEqual(['Tesco Bank', 'organisation'])
  })

  it.each<[string, Who]>([
    // "Banks" is a surname too; a person named in full is a person.
    ['A spokesperson for Sam Banks said: “He will appeal.”', null],
    ['Sam Banks said: “I will appeal.”', ['Sam Banks', null, null]],
  ])('near miss, a person: %s', (input, speaker) => {
    expect(extractQuotes(input).map(who)).toEqual([speaker])
  })
})

// A spokesperson for an office holder ("for the Prime Minister") speaks for a person, as "the
// Prime Minister’s spokesperson" does: no body called by the office.
describe('a spokesperson for an office holder', () => {
  it.each([
    'A spokesperson for the Prime Minister said: “We will act.”',
    'A spokesman for the Mayor of London said: “We will act.”',
    '“We will act,” said a spokesperson for the Chief Constable.',
    'A spokesperson for the Police and Crime Commissioner said: “We will act.”',
    'A spokesperson for the Secretary-General said: “We will act.”',
  ])('names no speaker: %s', (input) => {
    expect(extractQuotes(input).map(who)).toEqual([null])
  })

  it.each<[string, Who]>([
    [
      'A spokesperson for the Office of the Police and Crime Commissioner said: “We will act.”',
      ['Office of the Police and Crime Commissioner', null, 'spokesperson'],
    ],
    ['A spokesperson for the Commission said: “We will act.”', ['Commission', null, 'spokesperson']],
    [
      'A spokesperson for the Fire and Rescue Service said: “We will act.”',
      ['Fire and Rescue Service', null, 'spokesperson'],
    ],
  ])('near miss, a body: %s', (input, speaker) => {
    expect(extractQuotes(input).map(who)).toEqual([speaker])
  })
})
