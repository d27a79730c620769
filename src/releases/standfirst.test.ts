import { describe, expect, it } from 'vitest'
import type { Paragraph } from '../model'
import { readOpeningDateline } from './dateline'
import {
  isCreditLine,
  printsSummary,
  readOpening,
  readsAsDek,
  readsAsSectionLabel,
  storyRetellsTitle,
  writesDeks,
} from './standfirst'

const p = (text: string, kind: Paragraph['kind'] = 'text'): Paragraph => ({
  kind,
  text,
  span: { start: 0, end: text.length },
})
const opens = (q: Paragraph) => q.kind === 'text' && readOpeningDateline(q.text) !== null
const read = (first: string, next: string) => readOpening(p(first), p(next), opens)

/** A paragraph of the story, long enough to follow a dek. */
const STORY =
  'Officers from the Serious Organised Crime Unit executed search warrants at six addresses across the city and seized drugs, cash and a firearm.'

describe('readOpening', () => {
  describe('a dek', () => {
    it('over bullets, however its words are parted (real, then variants), and a heading over bullets is no dek', () => {
      const dek = 'Recovered vehicles valued at over £4m in total with 180 arrests made'
      const bullet = p('Partnership working to tackle vehicle crime', 'bullet')
      expect(readOpening(p(dek), bullet, opens)).toBe('dek')
      expect(readOpening(p(dek.replace(/ /g, '\u00a0')), bullet, opens)).toBe('dek')
      expect(readOpening(p(dek.replace(/ /g, '  ')), bullet, opens)).toBe('dek')
      expect(readOpening(p('Main points'), bullet, opens)).toBe('lede')
      expect(readOpening(p('Main\u00a0points'), bullet, opens)).toBe('lede')
      expect(readOpening(p('Key  findings  today'), bullet, opens)).toBe('lede')
    })

    it('without a full stop (real, then a variant)', () => {
      expect(read('Fewer than one in five incidents reported to police', STORY)).toBe('dek')
      expect(read('Arrests made after week of action', STORY)).toBe('dek')
    })

    it('above a paragraph that opens with a dateline (real, then a variant)', () => {
      expect(
        read(
          'At INTERPOL’s 50th European Regional Conference, delegates have gathered to discuss common crime threats from drug trafficking to cybercrime.',
          'OHRID, North Macedonia – Strengthening international police cooperation to counter the rapidly escalating threat posed by organized crime networks was the key focus of INTERPOL’s 50th European Regional Conference.',
        ),
      ).toBe('dek')
      expect(
        read(
          'Fraud costs the region billions every year.',
          'NAIROBI, Kenya – Police chiefs met to agree a plan.',
        ),
      ).toBe('dek')
    })

    it('above a lede that carries the news day (real, then a variant)', () => {
      expect(
        read(
          'The Home Secretary has renewed plans to protect the public from highly disruptive protest tactics such as slow walking.',
          'Under new legislation introduced today (28 April 2023), police will be empowered to intervene against highly disruptive slow marching tactics used to block roads and cause chaos to the lives of the hard-working public.',
        ),
      ).toBe('dek')
      expect(
        read(
          'The force has set out its plan to cut burglary.',
          'The Chief Constable today published a three-year plan.',
        ),
      ).toBe('dek')
    })

    it('a credit line, whatever it ends with (real, then a variant)', () => {
      expect(
        read(
          'Attributed to Detective Superintendent Greg Williams, National Organised Crime Group Director.',
          STORY,
        ),
      ).toBe('dek')
      expect(read('Please attribute to Inspector Jane Smith, Area Commander:', STORY)).toBe('dek')
    })

    it('above a lede that reports the announcement made on the news day (real, then variants)', () => {
      expect(
        read(
          'The Home Secretary has confirmed the biggest funding settlement for policing in over a decade.',
          'Police forces in England and Wales will share £2.3bn in additional funding in 2024 to 2025, the Home Office announced today.',
        ),
      ).toBe('dek')
      expect(
        read(
          'A three-month campaign against fraud targeting older Americans has ended.',
          'The Justice Department, FBI, U.S. Postal Inspection Service (USPIS), and other federal law enforcement agencies announced today the completion of a three-month campaign.',
        ),
      ).toBe('dek')
      expect(
        read(
          'Councils will get new powers to close problem premises.',
          'The Home Secretary Jane Smith has today set out plans to give councils the power to shut premises linked to drug dealing.',
        ),
      ).toBe('dek')
    })

    it('but not above a lede whose day goes with another verb, or whose announcement is another day', () => {
      expect(
        read(
          'Police are investigating the death of a man in Hamilton.',
          'Detectives confirmed on Monday that the man had died of his injuries, and a post-mortem examination was held today.',
        ),
      ).toBe('unsure')
      expect(
        read(
          'A man has been charged with fraud.',
          'The charge was announced by police last week. Officers confirmed today that he will appear in court.',
        ),
      ).toBe('unsure')
    })

    it('but not above a paragraph whose "today" dates an event: at a time of day, or closing its sentence', () => {
      for (const next of [
        'About 6am today (Tuesday 5 March 2024), officers executed search warrants at homes in Blacktown and Mount Druitt.',
        'At 10.30pm today, emergency services were called to a crash on the M6.',
        'Shortly after 9 a.m. today officers stopped a car on the A1.',
        'Around midnight today a fire broke out at a warehouse in Leeds.',
        'At 0630 hrs today, officers forced entry to a flat in Govan.',
        'He will appear in court today.',
        'She is due before magistrates today (5 March).',
        'A post-mortem will take place today.',
      ]) {
        expect(read('Three men have been charged following an investigation in Sydney’s west.', next)).toBe(
          'unsure',
        )
      }
    })

    it('but not above a paragraph that leads into speech on the day', () => {
      for (const next of [
        'Speaking today, Detective Superintendent Joe Smith said: “This is a significant seizure.”',
        'Commenting today, the Chief Constable said the operation had been a success.',
        'Responding today to the figures, the council leader said more work was needed.',
      ]) {
        expect(read('Gardaí in Store Street have arrested a man aged in his 30s.', next)).toBe('unsure')
      }
    })

    it('still above a paragraph that opens with its news day, whatever its time', () => {
      for (const next of [
        'Today (5 March) the Home Secretary announced new powers for police to close problem premises.',
        'The Chief Constable today published a three-year plan to cut burglary across the county.',
        'Police have today charged a man with murder after a fatal stabbing in Leeds on Saturday.',
        'The council today announced a £2 million fund. It opens at 9am today.',
        // A speaker who announces the news on the day still tells the story's lede.
        'Speaking today, the Home Secretary announced new powers for police to close problem premises.',
      ]) {
        expect(read('The force has set out its plan.', next)).toBe('dek')
      }
    })

    it('that names the announcement or figures it sums up', () => {
      expect(
        read(
          'Police will be given new powers to seize knives held in private under plans set out by the Home Secretary.',
          STORY,
        ),
      ).toBe('dek')
      // A sentence that credits its figures, above a story that names them afresh.
      expect(
        read(
          'Knife crime in the West Midlands is down 8%, new figures show.',
          'Office for National Statistics data show 2,340 offences were recorded in the year to March.',
        ),
      ).toBe('dek')
      expect(read('Every force will get a new drugs team, the Prime Minister has announced.', STORY)).toBe(
        'dek',
      )
      // A lede names its own source without "the" and an office.
      expect(read('A man has died after a crash in Hamilton, Police have confirmed.', STORY)).toBe('unsure')
      expect(read('Officers have set out plans for a new station.', STORY)).toBe('unsure')
    })

    it('but a sentence that credits its finding, above a paragraph that goes on from that evidence, is the lede', () => {
      for (const [lede, next] of [
        [
          'Knife crime in the West Midlands is down 8%, new figures show.',
          'The figures, published by the Office for National Statistics, show 2,340 offences in the year to March.',
        ],
        [
          'One in four young people feel lonely most days, research shows.',
          'The study, led by Dr Jane Smith, surveyed 2,000 people aged 16 to 24 last year.',
        ],
        [
          'Rough sleeping in Dublin has fallen for a third year, a new survey has found.',
          'The latest survey counted 98 people sleeping rough on the night of 4 April.',
        ],
      ])
        expect(read(lede!, next!)).toBe('lede')
    })

    it.each([
      [
        'Knife crime in the West Midlands is down 8%, new figures show.',
        'The number of offences fell from 2,540 to 2,340 in the year to March.',
      ],
      [
        'Rough sleeping in Dublin has fallen for a third year, a new survey has found.',
        'Ninety-eight people were counted sleeping rough on the night of 4 April, down from 112.',
      ],
      [
        'House prices in Auckland rose 2% in the March quarter, new data shows.',
        'The median price reached $1.05 million, up from $1.03 million in December.',
      ],
      [
        'Knife crime in the West Midlands fell 8% on Tuesday, new figures show.',
        'Some 74.2% of patients were seen within four hours in May, compared with 73.1% in April.',
      ],
      ['Knife crime in the West Midlands is down 8%, new figures show.', STORY],
    ])(
      'and so is one above a paragraph that names no evidence, going on with the details: %s',
      (lede, next) => {
        expect(read(lede, next)).toBe('lede')
      },
    )

    it('and a dek of figures stays one above a story that names them again', () => {
      const dek = 'Knife crime in the West Midlands is down 8%, new figures show.'
      expect(
        read(
          dek,
          'Knife crime in the West Midlands fell by 8% in the year to March, according to figures published today by the Office for National Statistics.',
        ),
      ).toBe('dek')
      expect(
        read(
          dek,
          'The number of offences recorded by police fell to 2,340, the figures published today show.',
        ),
      ).toBe('dek')
      // "The figures" under a sentence that credits no evidence: nothing to go on from.
      expect(
        read('Knife crime in the West Midlands is down 8%.', 'The figures show 2,340 offences.'),
      ).not.toBe('lede')
    })

    it('that sums up figures out on the news day, above a story that tells them', () => {
      const story = 'Some 74.2% of patients were seen within four hours in May, compared with 73.1% in April.'
      for (const summary of [
        'Figures published today show A&E performance has improved for the third month in a row.',
        'New figures published today show record numbers of people were checked for cancer last year.',
        'Statistics released today by NHS England reveal waiting lists have fallen for a fifth month.',
        'Data published today shows more people than ever are being seen by mental health services.',
        'NHS England figures published today show waiting lists have fallen for a fifth month.',
        'Latest Home Office statistics show knife crime fell by 8% in the year to March on Tuesday.',
        'A&E performance has improved for the third month in a row, figures published today show.',
      ])
        expect(read(summary, story)).toBe('dek')
    })

    it('but not figures above a quotation, figures the story speaks of, or figures with no sign they came out', () => {
      const summary =
        'Figures published today show A&E performance has improved for the third month in a row.'
      expect(read(summary, '“This is a remarkable achievement for our staff,” said Jane Smith.')).not.toBe(
        'dek',
      )
      // "The figures" are ones the story has spoken of; a sentence of the story, with its day.
      expect(read('The figures published today show the scheme is working.', STORY)).toBe('lede')
      expect(read('These figures published today show the scheme is working.', STORY)).toBe('lede')
      // A name before figures that are neither new nor published: a sentence of the story.
      expect(read('Home Office figures show today that crime has fallen.', STORY)).toBe('lede')
      expect(read('Police said today that figures show crime has fallen.', STORY)).toBe('lede')
      // Figures with no "new" and no "published": as before, the news day makes a lede.
      expect(read('Figures show today that crime has fallen in the city.', STORY)).toBe('lede')
      // Too long for a dek.
      expect(read(`${summary} ${summary} ${summary}`, STORY)).toBe('lede')
    })

    it('reads a long run of capitalised words or commas before figures in linear time', () => {
      const start = performance.now()
      read(`${'Aaaa '.repeat(20000)}figures show.`, STORY)
      read(`, ${'Aaaa, '.repeat(20000)}figures published today show.`, STORY)
      read(`Figures published today by ${'Aa '.repeat(20000)}show.`, STORY)
      expect(performance.now() - start).toBeLessThan(300)
    })

    it('not a sentence that dates what happened by its day and month (real, then variants)', () => {
      expect(
        read(
          'Following a tip off from the US Department of Homeland Security, NZ Police launched a three-month investigation resulting in the search warrant being executed on 11 April.',
          'As with all deaths in custody, a Fatal Accident Inquiry will be held.',
        ),
      ).toBe('lede')
      expect(
        read(
          'John Smith, 54, died in HMP Edinburgh on 2 December 2024.',
          'As with all deaths in custody, a Fatal Accident Inquiry will be held.',
        ),
      ).toBe('lede')
      expect(read('Police arrested two men in Logan on Dec. 2.', STORY)).toBe('lede')
      expect(read('Deputies seized 40 kilograms of cocaine on the 2nd December.', STORY)).toBe('lede')
      // A month with no day, or a figure beside "may" the verb, dates nothing.
      expect(read('Crime fell in December across the region.', STORY)).not.toBe('lede')
      expect(read('Up to 20 may be affected by the changes.', STORY)).not.toBe('lede')
    })

    it('but not above a quotation that speaks of today (a real quotation, then variants)', () => {
      expect(
        read(
          'Chief Constable Jon Boutcher has issued a statement following the publication of the report.',
          '“I welcome today’s report and the work that went into it,” he said.',
        ),
      ).toBe('unsure')
      expect(
        read(
          'Fire crews are continuing to respond to a fire north of Waipara.',
          '"Today we will have multiple crews on site working on reestablishing containment lines," says Des Irving.',
        ),
      ).toBe('unsure')
      expect(
        read(
          'Councils will get new powers to close problem premises.',
          '‘We announced today that councils will get the powers they asked for,’ said the minister.',
        ),
      ).toBe('unsure')
      // The same day in the story's own words still makes the sentence above it a dek.
      expect(
        read(
          'Chief Constable Jon Boutcher has issued a statement following the publication of the report.',
          'Today’s report sets out how the service will change.',
        ),
      ).toBe('dek')
    })

    it('but not above a paragraph that names the news day only late in its sentence', () => {
      expect(
        read(
          'Police are investigating the death of a man in Hamilton.',
          'A post-mortem examination will be carried out today and the man’s family have been told.',
        ),
      ).toBe('unsure')
    })

    it('repeated as the story’s first sentence', () => {
      expect(
        read('A national team marks six years.', 'A national team marks six years. It began in 2018.'),
      ).toBe('dek')
    })

    it('that carries the news day above a story that restates it at length', () => {
      expect(
        read(
          'The government has today announced £5 million for rural bus services across England.',
          'The government has today (4 March 2025) announced £5 million to improve bus services in rural areas, with 40 councils set to benefit from the funding.',
        ),
      ).toBe('dek')
      expect(
        read(
          'Police have today charged a man with murder after a fatal stabbing in Leeds.',
          'West Yorkshire Police have today (4 March) charged John Smith, 32, with the murder of a man who died after a stabbing in Leeds city centre on Saturday.',
        ),
      ).toBe('dek')
      expect(
        read(
          'The Scottish Government has announced new funding of £2m to support victims of domestic abuse this year.',
          'New funding of £2 million to support victims of domestic abuse has been announced by the Scottish Government, with 30 local services to benefit this year.',
        ),
      ).toBe('dek')
    })

    it('but not a lede whose next paragraph goes on with new details', () => {
      // The story's next paragraph retells a few of the lede's words only.
      expect(
        read(
          'Police have arrested a man after a stabbing in Leeds city centre today.',
          'The 32-year-old man was detained at an address in Headingley and remains in custody, while the victim was taken to hospital in Leeds.',
        ),
      ).toBe('lede')
      expect(
        read(
          'The government has today announced £5 million for rural bus services across England.',
          'Councils will be able to bid for the money from June, and the Department for Transport expects 40 areas to benefit.',
        ),
      ).toBe('lede')
      // The next paragraph retells it more briefly: a lede and its summary, not a dek.
      expect(
        read(
          'The government has today announced £5 million for rural bus services across England.',
          'Rural bus services get £5 million today.',
        ),
      ).toBe('lede')
      // Two sentences: a story's opening, whatever follows.
      expect(
        read(
          'The government has today announced funding. It will help rural bus services.',
          'The government has today (4 March 2025) announced £5 million of funding to help rural bus services across England.',
        ),
      ).toBe('lede')
      // A quotation that restates it is speech the story reports.
      expect(
        read(
          'The government has today announced £5 million for rural bus services across England.',
          '“The government has today announced £5 million for rural bus services across England, and we welcome it,” said Jane Doe.',
        ),
      ).toBe('lede')
    })

    it('that sums up a story whose first sentence closes by naming its announcer', () => {
      expect(
        read(
          'Police and councils will be able to move on people causing trouble under new powers from today.',
          'Police and councils will have new powers to tackle antisocial behaviour from today (Monday 3 March), the Home Secretary has announced.',
        ),
      ).toBe('dek')
      expect(
        read(
          'Thousands more pupils will get free breakfasts from this week.',
          'Breakfast clubs will open in 750 more schools across England this week, giving thousands of pupils a healthy start to the day, the Department for Education announced today.',
        ),
      ).toBe('dek')
      // The story's own first sentence names its announcer; the next one goes on.
      expect(
        read(
          'Breakfast clubs will open in 750 more schools this week, the Department for Education announced today.',
          'The clubs will give thousands of pupils a healthy start to the day, and will be funded from April, the Department for Education has confirmed.',
        ),
      ).toBe('lede')
      // A named speaker, not an office that announced: the day keeps the paragraph a lede.
      expect(
        read(
          'A man has been charged after a stabbing in Leeds today.',
          'Officers were called to Briggate at 10pm after reports a man had been injured, the force said.',
        ),
      ).toBe('lede')
      // Two sentences above are a story's opening.
      expect(
        read(
          'New powers come into force today. They let police move people on.',
          'Police and councils will have new powers to tackle antisocial behaviour from today (Monday 3 March), the Home Secretary has announced.',
        ),
      ).toBe('lede')
    })
  })

  describe('a lede', () => {
    it.each([
      // Written in the style of UK police appeals.
      'Do you recognise this man?',
      'Have you seen Jane?',
      'Were you near the bridge when the crash happened?',
      'Can you help us find the owner of this bike?',
    ])('is an appeal’s question to the reader: %s', (question) => {
      expect(read(question, STORY)).toBe('lede')
    })

    it.each([
      // A question about the reader's things, and a headline with "you" as the object.
      'Is your home ready for winter?',
      'What does the new law mean for you?',
    ])('leaves other questions as they read: %s', (question) => {
      expect(read(question, STORY)).not.toBe('lede')
    })

    it('that is a field of a media advisory', () => {
      expect(
        read('WHO: Chief of Police Pamela Smith', 'WHAT: Press conference on summer crime initiative'),
      ).toBe('lede')
      expect(read('When: Tuesday, May 14, 2024, 10:00 a.m.', 'Where: MPD Headquarters')).toBe('lede')
      // The word alone opens no field.
      expect(read('What officers found in the flat', STORY)).toBe('dek')
    })

    it('that greets the audience of a speech, whatever the next paragraph says of today', () => {
      const today = 'Today, only about 10 per cent of that is being delivered.'
      for (const first of [
        'Excellencies, ladies and gentlemen, developing countries need an estimated $2.4 trillion a year by 2030.',
        'Mr. President, I thank you for convening this meeting.',
        'Thank you, Chair.',
        'Good morning, and welcome to the launch of the report.',
      ]) {
        expect(read(first, today)).toBe('lede')
      }
      // A greeting word that opens no greeting.
      expect(read('Thank you notes were sent to 12 volunteers.', today)).toBe('dek')
    })

    it('that opens with a dateline (real, then a variant)', () => {
      expect(
        read(
          'LYON, France – An INTERPOL police operation to tackle online fraud has seen almost 1000 suspects arrested and the seizure of USD 129,975,440 worth of virtual assets.',
          STORY,
        ),
      ).toBe('lede')
      expect(read('LEEDS, West Yorkshire – A man has been charged.', STORY)).toBe('lede')
    })

    it('that carries the news day, short as it is (real, then a variant)', () => {
      expect(
        read(
          'Two men will appear in the Waitakere District Court tomorrow following a search warrant carried out in the Massey area today.',
          STORY,
        ),
      ).toBe('lede')
      expect(read('A man was arrested yesterday.', STORY)).toBe('lede')
      expect(read('Three individuals were arrested on Tuesday in the Netherlands.', STORY)).toBe('lede')
    })

    it('that ends by naming who said it (real, then variants)', () => {
      // Real (wide set): the lede of a minister's release.
      expect(
        read(
          'New investment in police will lift the number of officers, see an unprecedented push to disrupt organised crime and make our families and communities safer, says Police Minister Stuart Nash.',
          STORY,
        ),
      ).toBe('lede')
      expect(
        read(
          'Road deaths fell 12 per cent in the year to October, Transport Minister Chris Bishop says.',
          STORY,
        ),
      ).toBe('lede')
      expect(read('Burglaries fell by a fifth last year, Chief Constable Jo Shiner said.', STORY)).toBe(
        'lede',
      )
      expect(read('Knife crime is falling, Justice Secretary Angela Constance has said.', STORY)).toBe('lede')
      // An office, not a name, sums the news up as a dek does.
      expect(
        read('Police will get new powers to seize knives, the Home Secretary has announced.', STORY),
      ).toBe('dek')
      // No one named: still for the other rules.
      expect(read('Road deaths fell 12 per cent in the year to October, figures say.', STORY)).toBe('unsure')
    })

    it('that opens by naming who said it, in the past', () => {
      expect(read('Mayor Olivia Chow said the budget protects vital services.', STORY)).toBe('lede')
      expect(read('Police said a man had been arrested in connection with the fire.', STORY)).toBe('lede')
      expect(read('Justice Minister Helen McEntee has said the law will change next year.', STORY)).toBe(
        'lede',
      )
      expect(read('Detective Inspector Jane Doe told reporters the search would go on.', STORY)).toBe('lede')
      // A headline's present tense sums up as a dek does; "said" inside a clause is no opening.
      expect(read('Home Secretary says new powers will protect communities.', STORY)).toBe('unsure')
      expect(read('Man who said he was a courier jailed for drug supply.', STORY)).toBe('unsure')
    })

    it('that is long, quoted, a bullet, or a lead-in to a list', () => {
      expect(read(`${STORY} ${STORY}`, STORY)).toBe('lede')
      expect(read('“We will find those responsible,” she said.', STORY)).toBe('lede')
      expect(readOpening(p('28 search warrants', 'bullet'), p('20 arrests', 'bullet'), opens)).toBe('lede')
      expect(read('The following areas are expected to be affected by the Amber warning:', STORY)).toBe(
        'lede',
      )
    })
  })

  it('reads a lede above a paragraph that refers back to someone it names in full', () => {
    expect(
      read(
        'Justice Secretary Angela Constance has visited a new facility in Glasgow.',
        'Ms Constance said: “This facility will help people turn their lives around.”',
      ),
    ).toBe('lede')
    expect(
      read(
        'Funding for recovery hubs was announced by Dr Sam Reed.',
        'Dr Reed said the hubs would open in May.',
      ),
    ).toBe('lede')
    // The surname alone, or another person's, refers back to no one the sentence names in full.
    expect(
      read(
        'A new facility will open in Constance Street.',
        'Ms Constance said: “This facility will help people.”',
      ),
    ).toBe('unsure')
    expect(
      read(
        'Justice Secretary Angela Constance has visited a new facility in Glasgow.',
        'Ms Reed said: “This facility will help people turn their lives around.”',
      ),
    ).toBe('unsure')
  })

  it('is unsure of a short sentence nothing else decides (real, then a variant)', () => {
    expect(
      read('A Met officer has been dismissed for acting inappropriately towards a student officer.', STORY),
    ).toBe('unsure')
    expect(
      read('Opal will play key role in collating intel to bring down organised crime groups.', STORY),
    ).toBe('unsure')
  })
})

describe('readsAsDek', () => {
  it('takes a headline-like sentence without an auxiliary verb (real, then variants)', () => {
    expect(
      readsAsDek(
        p('Hundreds of endangered species seized in crackdown on international wildlife smuggling.'),
        p(STORY),
      ),
    ).toBe(true)
    expect(readsAsDek(p('Changes welcomed but further swift action needed.'), p(STORY))).toBe(true)
    expect(
      readsAsDek(
        p('Attributed to Detective Superintendent Greg Williams, National Organised Crime Group Director.'),
        p(STORY),
      ),
    ).toBe(true)
  })

  it('leaves a lede with an auxiliary verb, short as it is (real, then a variant)', () => {
    expect(
      readsAsDek(
        p('A Met officer has been dismissed for acting inappropriately towards a student officer.'),
        p(STORY),
      ),
    ).toBe(false)
    expect(readsAsDek(p('A man has been charged with murder.'), p(STORY))).toBe(false)
    expect(readsAsDek(p('Police can’t rule out further arrests.'), p(STORY))).toBe(false)
  })

  it('leaves a lede whose verb in the past takes its object, with no auxiliary (real, then variants)', () => {
    expect(
      readsAsDek(
        p('Des Irving once again thanked the wider Hurunui community for its help and support.'),
        p(STORY),
      ),
    ).toBe(false)
    expect(readsAsDek(p('Police arrested two men in Logan after a pursuit.'), p(STORY))).toBe(false)
    expect(readsAsDek(p('Detectives found a quantity of drugs at the address.'), p(STORY))).toBe(false)
    expect(readsAsDek(p('Officers seized 40 kilograms of cocaine.'), p(STORY))).toBe(false)
    // A figure put in round terms opens the object too.
    expect(readsAsDek(p('Police seized about 20 kilograms of suspected cocaine.'), p(STORY))).toBe(false)
    expect(readsAsDek(p('Officers recovered nearly 300 stolen phones.'), p(STORY))).toBe(false)
    // A rounding word before no figure opens no object: a headline's passive stays a dek.
    expect(readsAsDek(p('Patrols stepped up around schools in the county.'), p(STORY))).toBe(true)
    // An object that opens with "new", "more" or "further", as a council's or a ministry's lede writes it.
    expect(readsAsDek(p('The Council adopted new rules to fight money laundering.'), p(STORY))).toBe(false)
    expect(readsAsDek(p('Officers seized more cannabis than in any year before.'), p(STORY))).toBe(false)
    expect(readsAsDek(p('The minister announced further funding for rural forces.'), p(STORY))).toBe(false)
    // A headline's passive before them is still a dek.
    expect(readsAsDek(p('New rules adopted to fight money laundering.'), p(STORY))).toBe(true)
    // A headline's passive goes on with a preposition; a word in -ed that is no verb takes nothing.
    expect(readsAsDek(p('Drugs seized in raids across the county.'), p(STORY))).toBe(true)
    expect(readsAsDek(p('Record haul recovered by officers in Kent.'), p(STORY))).toBe(true)
    expect(readsAsDek(p('Red flag warning for the coast this week.'), p(STORY))).toBe(true)
  })

  it('leaves a lede in the present whose subject and object open with an article', () => {
    expect(
      readsAsDek(
        p('The Secretary-General condemns the attack on a convoy of peacekeepers near Tessalit.'),
        p(STORY),
      ),
    ).toBe(false)
    // An adverb before the verb, a subject of several words, "a" and a figure opening the object.
    expect(
      readsAsDek(
        p('The Secretary-General strongly condemns the shelling of civilians in El Fasher.'),
        p(STORY),
      ),
    ).toBe(false)
    expect(readsAsDek(p('The UN refugee agency welcomes a pledge of new funding.'), p(STORY))).toBe(false)
    expect(readsAsDek(p('A new report finds 40 per cent of children go hungry.'), p(STORY))).toBe(false)
    // A headline drops the articles: a dek still.
    expect(readsAsDek(p('Secretary-General condemns attack on peacekeepers in Mali.'), p(STORY))).toBe(true)
    expect(readsAsDek(p('Secretary-General condemns the attack on peacekeepers.'), p(STORY))).toBe(true)
    // A plural noun before a preposition is no verb: "The costs of …".
    expect(readsAsDek(p('The costs of the crackdown on wildlife smuggling.'), p(STORY))).toBe(true)
  })

  it('takes a call for views as a dek, its "are" notwithstanding', () => {
    const next = p(
      'The Home Secretary has written to the review body setting out the matters it should consider when making its recommendations on police pay.',
    )
    expect(readsAsDek(p('Views are sought on the remit of the Police Remuneration Review Body.'), next)).toBe(
      true,
    )
    expect(readsAsDek(p('Comments are invited on new rules for water companies.'), p(STORY))).toBe(true)
    // Not once the story goes on in the progressive, nor when a shorter paragraph follows.
    expect(readsAsDek(p('Views are being sought on plans for a new park.'), p(STORY))).toBe(false)
    expect(
      readsAsDek(p('Views are sought on new rules for water companies.'), p('It runs for 12 weeks.')),
    ).toBe(false)
  })

  it('takes a headline passive of an announcing verb even above a shorter paragraph', () => {
    expect(
      readsAsDek(
        p('New guidance published for schools on searching pupils for knives.'),
        p('Schools will get clearer rules.'),
      ),
    ).toBe(true)
    expect(readsAsDek(p('Funding announced for rural police forces.'), p('It is welcome.'))).toBe(true)
  })

  it('leaves an announcing verb with its object, in an aside or before a "that" clause', () => {
    expect(readsAsDek(p('The council published new guidance for residents.'), p('It is short.'))).toBe(false)
    expect(readsAsDek(p('The report, published in 2023, found rising knife crime.'), p('It is short.'))).toBe(
      false,
    )
    expect(readsAsDek(p('The minister announced in May that funding would rise.'), p('It is short.'))).toBe(
      false,
    )
  })

  it('leaves a long sentence and one followed by a shorter paragraph', () => {
    const long =
      'Three members of a UK criminal network - which laundered at least £180m of cash for drug traffickers - face prison after the latest in a series of major trials concluded at Birmingham Crown Court.'
    expect(readsAsDek(p(long), p(`${STORY} ${STORY}`))).toBe(false)
    expect(readsAsDek(p('Officers seized drugs and cash in a raid in Leeds.'), p('It was quick.'))).toBe(
      false,
    )
  })
})

describe('storyRetellsTitle', () => {
  const retells = (title: string | null, first: string, next: string) =>
    storyRetellsTitle(title, p(first), p(next))

  it('takes a short sentence when the next paragraph retells more of the title (real, then variants)', () => {
    expect(
      retells(
        'Angiolini Inquiry is an urgent call to action',
        'Policing to take forward all recommendations in Part 1 Report.',
        'National Police Chiefs’ Council Chair, Chief Constable Gavin Stephens, responds to the recommendations in the Angiolini Inquiry: Part 1 Report. He said:',
      ),
    ).toBe(true)
    expect(
      retells(
        'Stolen tractors worth £800,000 recovered in Cumbria',
        'Three quad bikes have been returned to their owners.',
        'Officers have recovered stolen tractors worth £800,000 from a yard near Penrith. Two men were arrested.',
      ),
    ).toBe(true)
    // Words meet by their stems: "arrests" and "arrested", "charges" and "charged".
    expect(
      retells(
        'Arrests and charges after cannabis factory found in Hull',
        'Two men have been remanded.',
        'Two men have been arrested and charged after officers found a cannabis factory in Hull.',
      ),
    ).toBe(true)
  })

  it('leaves a short lede that tells the title itself (real, then a variant)', () => {
    expect(
      retells(
        'Officer dismissed for inappropriate conduct',
        'A Met officer has been dismissed for acting inappropriately towards a student officer.',
        'PC Christopher Lee, attached to the Central West Command Unit, was dismissed following a misconduct hearing, which concluded on Tuesday, 27 May.',
      ),
    ).toBe(false)
    expect(
      retells(
        'Man charged with murder after Croydon stabbing',
        'A man has been charged with murder.',
        'Aaron Smith, 24, was charged on Sunday with the murder of a man in Croydon.',
      ),
    ).toBe(false)
  })

  it('leaves a sentence when the next paragraph retells only a little more of the title', () => {
    expect(
      retells(
        'Appeal after woman seriously injured in Leeds',
        'A woman has been taken to hospital.',
        'Officers were called to Briggate in Leeds at 11pm following reports of an assault.',
      ),
    ).toBe(false)
    // Function words and auxiliaries are no part of what a title tells.
    expect(
      retells(
        'Burglary: what you can do after it has happened',
        'A burglary is distressing.',
        'What you can do after it has happened is set out below.',
      ),
    ).toBe(false)
  })

  it('leaves a longer sentence, whatever the next paragraph retells (real)', () => {
    expect(
      retells(
        'Operation Chartruese: Arrests Made, Drugs, Cars And Luxury Watches Seized',
        'A Police operation across Auckland has uncovered an alleged drug importation and money laundering operation valued at more than $60 million.',
        'Four people have been arrested and vehicles, jewellery, ammunition, and cash totalling around $1 million have been seized following a six-month investigation, Operation Chartruese, targeting an organised criminal group.',
      ),
    ).toBe(false)
  })

  it('counts words parted by no-break spaces and by runs of spaces as a longer sentence', () => {
    const title = 'Operation Chartruese: Arrests Made, Drugs, Cars And Luxury Watches Seized'
    const first =
      'A Police operation across Auckland has uncovered an alleged drug importation and money laundering operation valued at more than $60 million.'
    const next =
      'Four people have been arrested and vehicles, jewellery, ammunition, and cash totalling around $1 million have been seized following a six-month investigation, Operation Chartruese, targeting an organised criminal group.'
    expect(retells(title, first.replace(/ /g, '\u00a0'), next)).toBe(false)
    expect(retells(title, first.replace(/ /g, '  '), next)).toBe(false)
    // Near-miss: a short sentence stays short however its words are parted.
    expect(
      retells(
        'Stolen tractors worth £800,000 recovered in Cumbria',
        'Three\u00a0quad bikes have been  returned to their owners.',
        'Officers have recovered stolen tractors worth £800,000 from a yard near Penrith. Two men were arrested.',
      ),
    ).toBe(true)
  })

  it('needs a title and a paragraph of text after the sentence', () => {
    const next = 'Officers have recovered stolen tractors worth £800,000 from a yard near Penrith.'
    expect(retells(null, 'Three quad bikes have been returned.', next)).toBe(false)
    expect(
      storyRetellsTitle(
        'Stolen tractors worth £800,000 recovered in Cumbria',
        p('Three quad bikes have been returned.'),
        p(next, 'bullet'),
      ),
    ).toBe(false)
  })
})

describe('publisher habits and credit lines', () => {
  it('follows a publisher that has shown more deks than ledes', () => {
    expect(writesDeks(undefined)).toBe(false)
    expect(writesDeks({ deks: 1, ledes: 0 })).toBe(true)
    expect(writesDeks({ deks: 1, ledes: 1 })).toBe(false)
    expect(writesDeks({ deks: 0, ledes: 3 })).toBe(false)
  })

  it('before any release of theirs, expects deks of publishers whose pages print a summary line', () => {
    const dek = p(
      'The event heard from different forces about the great work they have going on in their area.',
    )
    const story = [
      p(
        'Nearly 70 leaders working on the Police Race Action Plan in forces across the country have come together to share the work going on to make policing anti-racist.',
      ),
      p('The conference brought together those leading work locally on the flagship national plan.'),
    ]
    const blocks = [dek, ...story]
    expect(printsSummary('United Kingdom National Police Chiefs Council', blocks)).toBe(true)
    expect(printsSummary('Home Office', blocks)).toBe(true)
    expect(printsSummary('Department for Education', blocks)).toBe(true)
    expect(printsSummary('Scottish Government', blocks)).toBe(true)
    expect(printsSummary('Ministry of Justice', blocks)).toBe(true)
    expect(printsSummary('Northern Ireland Office', blocks)).toBe(true)
    expect(printsSummary('Attorney General’s Office', blocks)).toBe(true)
    expect(printsSummary('HM Courts & Tribunals Service', blocks)).toBe(true)
    // Another country's ministry, and an office that is not a department's, are not GOV.UK's.
    expect(printsSummary('Ministry of the Interior', blocks)).toBe(false)
    expect(printsSummary('Serious Fraud Office', blocks)).toBe(false)
    // The US "Department of …" and the forces open straight into the story.
    expect(printsSummary('U.S. Department of Justice', blocks)).toBe(false)
    expect(printsSummary('New Zealand Police', blocks)).toBe(false)
    expect(printsSummary(null, blocks)).toBe(false)
    // A summary's story follows it at no less length, over two paragraphs or more.
    expect(printsSummary('Home Office', [dek, story[1]!, story[0]!])).toBe(false)
    expect(printsSummary('Home Office', [dek, story[0]!])).toBe(false)
    // A lede that quotes, or runs to two sentences, is the story's.
    const quoting = p('Former Chief Constable Sir Peter Fahy said: “This review is long overdue.”')
    expect(printsSummary('Home Office', [quoting, ...story])).toBe(false)
    const two = p('Forces have recruited 20,951 officers. Crime fell by 10% in the year to March.')
    expect(printsSummary('Home Office', [two, ...story])).toBe(false)
  })

  it('expects a summary over a list of the main points, whatever the length of the lede under it', () => {
    const dek = p(
      'Over 40,000 homes and businesses in rural Cumbria will get gigabit broadband under a new £61 million contract.',
    )
    const points = [
      p('Contract signed to connect hard-to-reach premises by 2028', 'bullet'),
      p('Work to start this summer', 'bullet'),
    ]
    const lede = p('Rural communities are set to benefit, the government announced today.')
    const more = p('The contract will see full-fibre connections built to around 40,400 premises.')
    expect(
      printsSummary('Department for Science, Innovation and Technology', [dek, ...points, lede, more]),
    ).toBe(true)
    // The points may have lost their bullets in the dump: short lines without a stop.
    const bare = points.map((q) => p(q.text))
    expect(printsSummary('Home Office', [dek, ...bare, lede, more])).toBe(true)
    expect(printsSummary('Home Office', [dek, bare[0]!, lede])).toBe(true)
    // Without a list, a lede shorter than the sentence above it still says that sentence is the story.
    expect(printsSummary('Home Office', [dek, lede, more])).toBe(false)
    // Not a publisher of summaries; a sentence that quotes; a list with no story under it.
    expect(printsSummary('New Zealand Police', [dek, ...points, lede, more])).toBe(false)
    const quoting = p('The minister said: “This contract will connect the hardest-to-reach places.”')
    expect(printsSummary('Home Office', [quoting, ...points, lede, more])).toBe(false)
    expect(printsSummary('Home Office', [dek, ...points])).toBe(false)
    // A line that closes with a stop is a paragraph of the story, not a point of a list.
    expect(printsSummary('Home Office', [dek, p('It starts in May.'), lede, more])).toBe(false)
  })

  it('knows a credit line', () => {
    expect(
      isCreditLine(
        'Attributed to Detective Superintendent Greg Williams, National Organised Crime Group Director.',
      ),
    ).toBe(true)
    expect(isCreditLine('Please attribute to Inspector Jane Smith')).toBe(true)
    expect(isCreditLine('Hundreds of endangered species seized.')).toBe(false)
  })
})

describe('readsAsSectionLabel', () => {
  it.each([
    'Plenary session',
    'Meetings coverage',
    'Departmental news',
    'Knife crime',
    'Health & wellbeing',
    'PLENARY SESSION',
    'Related news',
  ])('reads %s as a page’s label', (line) => {
    expect(readsAsSectionLabel(line)).toBe(true)
  })

  it.each([
    ['a headline’s past', 'Man charged'],
    ['a headline’s irregular past', 'Suspect found'],
    ['four words', 'Appeal for witnesses today'],
    ['a phrase with an article', 'A short line'],
    ['a full stop', 'Plenary session.'],
    ['a figure', 'Session 12'],
    ['an auxiliary', 'Roads are closed'],
    ['lower case first', 'plenary session'],
    ['a colon', 'Background:'],
  ])('reads no label in %s', (_, line) => {
    expect(readsAsSectionLabel(line)).toBe(false)
  })
})
