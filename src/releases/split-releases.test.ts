import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hardWrap, WRAPPED_RELEASE, wideCorpusTexts } from '../../test/fixture-texts'
import { extract } from '../extract'
import { extractStream } from '../stream'
import { splitReleases } from './split-releases'

const NPCC = 'United Kingdom National Police Chiefs Council'
const BODY =
  'The week of action aims to improve police investigations into spiking, working with licensed venues.'
/** A paragraph of a story, long enough to follow a dek. */
const STORY_AFTER =
  'Officers from the Serious Organised Crime Unit executed search warrants at six addresses across the city and seized drugs, cash and a firearm, police said in a statement.'
const corpus = (name: string) => readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8')

/** Written in the style of the sample corpus: title, blank line, Source line, standfirst, body. */
const TWO_RELEASES = [
  'Police target night-time economy to tackle spiking',
  '',
  `Source: ${NPCC}`,
  '',
  'Forces step up patrols during the first national week of action.',
  '',
  'Police forces have been targeting resources to ramp up activity in the night-time economy.',
  '',
  'The week of action aims to improve police investigations into spiking.',
  '',
  'Drones provide vital support at Victorious Festival',
  '',
  `Source: ${NPCC}`,
  '',
  'August saw the latest trial in drone as first responder technology with a team from Hampshire and the Isle of Wight Constabulary deployed over the festival site for the whole weekend, in all weathers, to test how drones cope with crowds.',
  '',
  'The Victorious Festival trial is one of four trials taking place this year.',
  '',
].join('\n')

/** Every paragraph's and heading's span slices to its text (a bullet's span adds its marker). */
function expectSpansSlice(text: string) {
  const { releases, preamble } = splitReleases(text)
  if (preamble) expect(text.slice(preamble.span.start, preamble.span.end)).toBe(preamble.text)
  for (const r of releases) {
    if (r.titleSpan) expect(text.slice(r.titleSpan.start, r.titleSpan.end)).toBe(r.title)
    if (r.sourceSpan) expect(text.slice(r.sourceSpan.start, r.sourceSpan.end)).toBe(r.source)
    if (r.standfirstSpan) expect(text.slice(r.standfirstSpan.start, r.standfirstSpan.end)).toBe(r.standfirst)
    for (const p of r.paragraphs) {
      const slice = text.slice(p.span.start, p.span.end)
      if (p.kind === 'text') expect(slice).toBe(p.text)
      else expect(slice.endsWith(p.text) && slice.length > p.text.length).toBe(true)
    }
  }
  return releases
}

describe('splitReleases', () => {
  describe('the sample corpus', () => {
    it('finds the ten releases of each file with their titles, sources and title lines', () => {
      for (const name of ['000_553ed2df297268c8.txt', '002_52e0b0eef6d94852.txt']) {
        const text = corpus(name)
        const { releases, preamble, diagnostics } = splitReleases(text)
        expect(releases).toHaveLength(10)
        expect(preamble).toBeNull()
        expect(diagnostics).toEqual([])
        for (const r of releases) {
          expect(r.source).toBe(NPCC)
          expect(text.split('\n')[r.titleLine! - 1]?.trim()).toBe(r.title)
        }
      }
    })

    it('reads the first release of 000 as the gold has it', () => {
      const [r] = splitReleases(corpus('000_553ed2df297268c8.txt')).releases
      expect(r?.title).toBe('Police chiefs praise significant seizure increases in Class A drugs and weapons')
      expect(r?.titleLine).toBe(1)
      expect(r?.standfirst).toBe(
        'The work has been carried out by the Regional Organised Crime Unit (ROCU) Network',
      )
      expect(r?.paragraphs[0]?.text.startsWith('Policing leads have praised')).toBe(true)
      expect(r?.paragraphs.at(-1)?.text.startsWith('You can read more about the ROCU')).toBe(true)
    })

    it('keeps bullets as their own paragraphs, marker out of the text but inside the span', () => {
      const text = corpus('002_52e0b0eef6d94852.txt')
      const vehicles = splitReleases(text).releases.find((r) => r.title?.startsWith('316 stolen'))!
      const bullet = vehicles.paragraphs[0]!
      expect(bullet.kind).toBe('bullet')
      expect(bullet.text).toBe('Partnership working to tackle vehicle crime')
      expect(text.slice(bullet.span.start, bullet.span.end)).toBe(
        '• Partnership working to tackle vehicle crime',
      )
    })

    it('spans slice to their texts and the releases cover the file', () => {
      for (const name of ['000_553ed2df297268c8.txt', '002_52e0b0eef6d94852.txt']) {
        const text = corpus(name)
        const releases = expectSpansSlice(text)
        expect(releases[0]?.span.start).toBe(0)
        expect(releases.at(-1)?.span.end).toBe(text.length)
        for (let i = 1; i < releases.length; i++)
          expect(releases[i]?.span.start).toBe(releases[i - 1]?.span.end)
      }
    })

    it('gives a release the same id wherever it appears', () => {
      const a = splitReleases(TWO_RELEASES).releases
      const b = splitReleases(
        `Some other text first.\n\n${TWO_RELEASES.split('\n').slice(10).join('\n')}`,
      ).releases
      expect(b.at(-1)?.id).toBe(a[1]?.id)
      expect(a[0]?.id).not.toBe(a[1]?.id)
      expect(a[0]?.id).toMatch(/^[0-9a-f]{16}$/)
    })
  })

  describe('standfirst', () => {
    it('takes a short dek after the Source line', () => {
      const [r] = splitReleases(TWO_RELEASES).releases
      expect(r?.standfirst).toBe('Forces step up patrols during the first national week of action.')
      expect(r?.paragraphs).toHaveLength(2)
    })

    it('takes a government page’s call for views as the dek', () => {
      const [r] = splitReleases(
        'Views sought on police pay review\n\nSource: Home Office\n\nViews are sought on the remit of the Police Remuneration Review Body.\n\nThe Home Secretary has written to the review body setting out the matters it should consider when making its recommendations.\n\nResponses are due by March.\n',
      ).releases
      expect(r?.standfirst).toBe('Views are sought on the remit of the Police Remuneration Review Body.')
      expect(r?.paragraphs[0]?.text.startsWith('The Home Secretary')).toBe(true)
    })

    it('is null when the body starts at once with a long paragraph', () => {
      const r = splitReleases(TWO_RELEASES).releases[1]
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text.startsWith('August saw')).toBe(true)
    })

    it('is null when a statement opens with its story in the present', () => {
      const [r] = splitReleases(
        'Secretary-General condemns attack on peacekeepers in Mali\n\nSource: United Nations\n\nThe Secretary-General condemns the attack on a convoy of peacekeepers near Tessalit.\n\nHe extends his deepest condolences to the families of the victims and to the Government and people of Chad, and wishes a swift recovery to the injured.\n\nHe calls on the authorities to spare no effort in identifying the perpetrators.\n',
      ).releases
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text.startsWith('The Secretary-General condemns')).toBe(true)
    })

    it('is null when the release has a single paragraph', () => {
      const [r] = splitReleases(`Title\n\nSource: ${NPCC}\n\nOnly one short paragraph.\n`).releases
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs.map((p) => p.text)).toEqual(['Only one short paragraph.'])
    })

    it('takes a sentence repeated as the first paragraph', () => {
      const text = `Title\n\nSource: ${NPCC}\n\nA national team is marking six years since its inception, with partners across England and Wales and its work recognised by every region and by ministers and by the public and the press.\n\nA national team is marking six years since its inception, with partners across England and Wales and its work recognised by every region and by ministers and by the public and the press. More follows.\n`
      const [r] = splitReleases(text).releases
      expect(r?.standfirst?.startsWith('A national team')).toBe(true)
      expect(r?.paragraphs).toHaveLength(1)
    })

    it('reads a section heading over bullets as the start of the story, a dek over bullets as a dek', () => {
      const bullets = '• Police recorded 6.7 million crimes.\n• Knife-enabled crime rose by 4%.'
      const heading = splitReleases(
        `Crime figures\n\nSource: Office for National Statistics\n\nMain points\n\n${bullets}\n`,
      )
      expect(heading.releases[0]?.standfirst).toBeNull()
      expect(heading.releases[0]?.paragraphs[0]?.text).toBe('Main points')
      const dek = splitReleases(
        `Crime figures\n\nSource: Office for National Statistics\n\nCrime fell across England and Wales last year\n\n${bullets}\n`,
      )
      expect(dek.releases[0]?.standfirst).toBe('Crime fell across England and Wales last year')
    })

    it('skips an embargo line and keeps it apart', () => {
      const text = `Title\n\nSource: ${NPCC}\n\nUNDER EMBARGO UNTIL 00:01, FRIDAY 17 NOVEMBER\n\nA short dek.\n\n${BODY}\n`
      const [r] = splitReleases(text).releases
      expect(r?.embargo?.text).toBe('UNDER EMBARGO UNTIL 00:01, FRIDAY 17 NOVEMBER')
      expect(r?.standfirst).toBe('A short dek.')
      expect(r?.paragraphs.map((p) => p.text)).toEqual([BODY])
    })

    it.each([
      'FOR IMMEDIATE RELEASE',
      'Media Advisory',
      'MEDIA RELEASE',
      'News release – 4 March 2025',
      "Editor's note: Images are available via Hightail.",
      'Note to editors: footage of the arrest is available on request.',
      'Joint statement',
      'Part of: Crime, justice and the law',
    ])('keeps the label line %j apart: it is neither standfirst nor story', (label) => {
      const lede = 'A man has been charged after a stabbing in Burnside on Tuesday night.'
      const text = `Man charged\n\nSource: South Australia Police\n\n${label}\n\n${lede}\n\nPolice were called at 9pm.\n`
      const [r] = splitReleases(text).releases
      expect(r?.label?.text).toBe(label)
      expect(text.slice(r!.label!.span.start, r!.label!.span.end)).toBe(label)
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
    })

    it.each([
      ['Update 5 June 2024:', '2024-06-05'],
      ['UPDATE (June 5, 2024):', '2024-06-05'],
      ['Updated: 12 March 2024 14:05', '2024-03-12'],
      ['UPDATE:', null],
    ] as const)(
      'keeps the update notice %j apart as a label, never the story or its standfirst',
      (line, day) => {
        const update = 'Jane Smith has been found safe and well. Thank you to everyone who shared our appeal.'
        const lede =
          'Police are appealing for help to find Jane Smith, 34, who was last seen in Leeds on Monday.'
        const text = `Missing woman found\n\nSource: West Yorkshire Police\n\n${line}\n\n${update}\n\n${lede}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.label?.text).toBe(line)
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs.map((p) => p.text)).toEqual([update, lede])
        expect(r?.dateline?.date ?? null).toBe(day)
        // Its day is a date mention, as any day written in the release is.
        const dates = extract(text).releases[0]?.dates ?? []
        if (day) expect(dates[0]?.value.startsWith(day)).toBe(true)
      },
    )

    it('leaves an update with its text on the same line as the story’s first paragraph', () => {
      const line = 'UPDATE (June 5, 2024): A man has been arrested in connection with this burglary.'
      const lede = 'Officers are appealing for witnesses after a burglary in Leeds on Monday night.'
      const text = `Appeal after burglary\n\nSource: West Yorkshire Police\n\n${line}\n\n${lede}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.label ?? null).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(line)
      // Its notice is the dateline that opens the paragraph, and its day dates the release.
      expect(r?.dateline?.text).toBe('UPDATE (June 5, 2024):')
      expect(r?.dateline?.date).toBe('2024-06-05')
      expect(r?.publishedOn).toEqual({ date: '2024-06-05', inferred: true, rule: 'dates/dateline' })
      // Nor is a sentence that opens with the word a notice.
      const sentence = `Title\n\nSource: ${NPCC}\n\nUpdate on the investigation into the fire at Elm Street\n\n${BODY}\n`
      expect(splitReleases(sentence).releases[0]?.label ?? null).toBeNull()
    })

    it('takes a label and an embargo in either order, and no sentence that opens like a label', () => {
      const both = `Title\n\nSource: ${NPCC}\n\nEMBARGOED UNTIL 00:01 FRIDAY\n\nPress release\n\n${BODY}\n`
      const [r] = splitReleases(both).releases
      expect([r?.embargo?.text, r?.label?.text]).toEqual(['EMBARGOED UNTIL 00:01 FRIDAY', 'Press release'])
      const sentence = `Title\n\nSource: ${NPCC}\n\nPress releases from the force are published daily on its website, and journalists can subscribe to receive them by email each morning without charge.\n`
      expect(splitReleases(sentence).releases[0]?.label ?? null).toBeNull()
    })

    it('joins a page detail right after a label, and leaves a sentence that opens like one', () => {
      const lede =
        'More people will serve their sentences in the community under plans to reduce reoffending.'
      const text = `Plans to cut reoffending\n\nSource: Scottish Government\n\nPublished: 5 June 2024\n\nNews story\nPart of: Crime, justice and the law\n\n${lede}\n\nThe plans include more electronic monitoring.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.label?.text).toBe('News story\nPart of: Crime, justice and the law')
      expect(r?.dateline?.text).toBe('Published: 5 June 2024')
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
      const sentence = `Title\n\nSource: ${NPCC}\n\nPart of the plan is to recruit more officers.\n\n${BODY}\n`
      expect(splitReleases(sentence).releases[0]?.label ?? null).toBeNull()
    })

    it('reads a page’s second label, below its date or its title again, as no standfirst', () => {
      const lede =
        'United States Attorney Susan Lehr announced that John Doe, 29, of Omaha, was sentenced on March 4, 2024, to 60 months in prison.'
      for (const [first, second] of [
        ['Press Release', 'For Immediate Release'],
        ['MEDIA RELEASE', 'Statement'],
        ['News release', 'FOR IMMEDIATE RELEASE:'],
      ] as const) {
        const head = `${first}\n\nOmaha Man Sentenced\n\nTuesday, March 5, 2024\n\n${second}\n\nU.S. Attorney's Office, District of Nebraska`
        const text = `Omaha Man Sentenced\n\nSource: United States Department of Justice\n\n${head}\n\n${lede}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.label?.text).toBe(first)
        expect(r?.dateline).toMatchObject({ text: 'Tuesday, March 5, 2024', date: '2024-03-05' })
        expect(r?.byline?.text).toBe("U.S. Attorney's Office, District of Nebraska")
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
      // A dek under the date stays the standfirst, and a label's words opening a line are no label.
      for (const dek of ['Defendant had three prior convictions', 'Statement of facts filed in court']) {
        const text = `Omaha Man Sentenced\n\nSource: United States Department of Justice\n\nPress Release\n\nTuesday, March 5, 2024\n\n${dek}\n\n${lede}\n\n${BODY}\n`
        expect(splitReleases(text).releases[0]?.standfirst).toBe(dek)
      }
    })

    it('keeps an incident’s details apart as the label, the day as the dateline', () => {
      const lede =
        'On Monday, deputies responded to a report of a burglary at a residence in the 1200 block of Main Street.'
      const details =
        'Case Number: 24-123456\nLocation: 1200 block of Main St., Springfield\nIncident: Burglary\nCase #: 24-1'
      for (const eol of ['\n', '\n\n']) {
        const head = `Date: December 3, 2024${eol}${details.replace(/\n/g, eol)}`
        const text = `Deputies investigate burglary\n\nSource: Greene County Sheriff's Office\n\n${head}\n\n${lede}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.dateline).toMatchObject({ text: 'Date: December 3, 2024', date: '2024-12-03' })
        expect(r?.label?.text).toBe(details.replace(/\n/g, eol))
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
      // A story that opens with such a word is the story.
      const story = `Title\n\nSource: Greene County Sheriff's Office\n\nIncidents of burglary rose by 10% this year.\n\n${BODY}\n`
      expect(splitReleases(story).releases[0]?.label ?? null).toBeNull()
    })

    it('reads a labelled date line and a labelled place line as one dateline', () => {
      const lede =
        "The Maricopa County Sheriff's Office is warning residents about a phone scam in which callers claim to be deputies."
      const text = `Sheriff's Office Warns of Phone Scam\n\nSource: Maricopa County Sheriff's Office\n\nDate: June 5, 2024\n\nLocation: Phoenix, Arizona\n\n${lede}\n\nThe Sheriff's Office will never ask for payment over the phone.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.dateline).toMatchObject({ place: 'Phoenix, Arizona', date: '2024-06-05' })
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
    })

    it('passes a day and a place on lines of their own to reach a label below them', () => {
      const lede =
        'Nova Scotia RCMP has charged a man with child sexual exploitation offences following an investigation.'
      const text = `RCMP charge man\n\nSource: Royal Canadian Mounted Police\n\nJune 5, 2024\n\nHalifax, Nova Scotia\n\nNews release\n\n${lede}\n\nHe will appear in court on July 10.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.label?.text).toBe('News release')
      expect(r?.dateline).toMatchObject({ place: 'Halifax, Nova Scotia', date: '2024-06-05' })
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
    })

    it('takes no page button for the standfirst, before or after a date line', () => {
      const lede =
        'A team led by the University of Northbridge has identified a new species of frog in the Andes, the first found there for 30 years.'
      const src = 'Source: University of Northbridge'
      for (const head of [
        'Published: 3 March 2024\n\nShare this page',
        'Share this page\n\nPublished: 3 March 2024',
        'Published: 3 March 2024\n\nPrint',
        'Published: 3 March 2024\n\nShare:',
      ]) {
        const text = `Researchers find new frog\n\n${src}\n\n${head}\n\n${lede}\n\nThe study was published in Nature Ecology.\n`
        const [r] = expectSpansSlice(text)
        expect(r?.standfirst).toBeNull()
        expect(r?.dateline?.date).toBe('2024-03-03')
        expect(r?.paragraphs.map((p) => p.text)).toEqual([lede, 'The study was published in Nature Ecology.'])
      }
      // A dek that opens with such a word is a dek.
      const dek = `Researchers find new frog\n\n${src}\n\nShare prices rise as frog found\n\n${lede}\n`
      expect(splitReleases(dek).releases[0]?.standfirst).toBe('Share prices rise as frog found')
    })

    it.each([
      'Home > News > Press releases',
      'Home / News / Researchers find new frog',
      'You are here: Home » News',
      'Facebook Twitter LinkedIn Email',
      'Share on Facebook',
      'Share: Facebook, X, Email',
      'Share on Facebook Share on Twitter Share by email',
      'Share via Facebook | Share via WhatsApp | Copy link',
      'Tweet Share Email',
      'Reading time: 3 minutes',
      '3 min read',
      'Listen to this article',
      'Cookies on this site: We use cookies to make the site work. Accept all cookies',
      'This website uses cookies',
      'En français',
      'Photo: Dr Emma Hale in the field',
      'Image: Kent Police',
      'Pictured: the team in the Andes',
    ])('takes no page furniture for the standfirst: %s', (line) => {
      const lede =
        'A team led by the University of Northbridge has identified a new species of frog in the Andes, the first found there for 30 years.'
      const text = `Researchers find new frog\n\nSource: University of Northbridge\n\n${line}\n\n${lede}\n\nThe study was published in Nature Ecology.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
    })

    it.each([
      'Home Office announces new powers for police',
      'Facebook fined 3 million for data breach',
      'Share on Facebook doubles in a year',
      'Tweet by minister sparks row',
      'X marks 3 years since the frog was last seen',
      'Reading time for pupils doubled',
      'Photographs of the new frog released',
    ])('keeps a dek that only opens like page furniture: %s', (dek) => {
      const lede =
        'A team led by the University of Northbridge has identified a new species of frog in the Andes, the first found there for 30 years.'
      const text = `Researchers find new frog\n\nSource: University of Northbridge\n\n${dek}\n\n${lede}\n`
      expect(splitReleases(text).releases[0]?.standfirst).toBe(dek)
    })

    it('reads a wire page’s "News provided by" and the company under it as no standfirst', () => {
      const lede =
        'NEW YORK, Feb. 20, 2024 /PRNewswire/ -- Fabrikam Inc. reported revenue of $1.2 billion for the fourth quarter, up 8% on a year earlier.'
      const text = `Fabrikam Reports Fourth Quarter Results\n\nSource: Fabrikam Inc.\n\nNews provided by\n\nFabrikam Inc.\n\nFeb 20, 2024, 16:05 ET\n\n${lede}\n\nThe company will hold a call at 5pm.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.label?.text).toBe('News provided by')
      expect(r?.standfirst).toBeNull()
      expect(r?.dateline?.date).toBe('2024-02-20')
      expect(r?.paragraphs[0]?.text).toBe(lede)
    })

    it('takes the title written again under the Source line for no standfirst', () => {
      const title = 'Ontario investing $50 million to hire more police officers'
      const lede =
        'March 4, 2024 – TORONTO – The Ontario government is investing $50 million to hire 500 new officers.'
      const text = `${title}\n\nSource: Ontario Ministry of the Solicitor General\n\nNews release\n\n${title}\n\n${lede}\n\n"Safe communities matter," said Michael Kerzner, Solicitor General.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.label?.text).toBe('News release')
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
      // A dek that retells the title in other words stays the dek.
      const dek = `${title}\n\nSource: Ontario Ministry of the Solicitor General\n\nOntario investing $50 million to hire 500 more police officers\n\n${lede}\n`
      expect(splitReleases(dek).releases[0]?.standfirst).toBe(
        'Ontario investing $50 million to hire 500 more police officers',
      )
    })

    it('keeps a label apart after a date line, which stays the dateline', () => {
      const lede = 'A Mexican national was extradited today from Mexico to face drug trafficking charges.'
      const text = `Mexican National Extradited\n\nSource: U.S. Department of Justice\n\nTuesday, April 9, 2024\n\nFor Immediate Release\n\n${lede}\n`
      const [r] = splitReleases(text).releases
      expect(r?.label?.text).toBe('For Immediate Release')
      expect(r?.dateline?.text).toBe('Tuesday, April 9, 2024')
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs.map((p) => p.text)).toEqual([lede])
      // A dek after a date line is still a dek, not a label.
      const dek = `Title\n\nSource: ${NPCC}\n\n8 May 2023\n\nA short dek.\n\n${BODY}\n`
      expect(splitReleases(dek).releases[0]?.label ?? null).toBeNull()
    })

    it('keeps the office lines of a department apart as the byline, never the standfirst', () => {
      const lede =
        'Two men were charged today in an indictment unsealed in the Eastern District of New York for their roles in a scheme that defrauded elderly victims.'
      for (const head of [
        ['Press Release\nOffice of Public Affairs', 'Office of Public Affairs'],
        [
          'FOR IMMEDIATE RELEASE\nDepartment of Justice\nOffice of Public Affairs',
          'Department of Justice\nOffice of Public Affairs',
        ],
        ['Tuesday, April 9, 2024\n\nOffice of Public Affairs', 'Office of Public Affairs'],
        [
          "U.S. Attorney's Office, District of Columbia\n\nFor Immediate Release",
          "U.S. Attorney's Office, District of Columbia",
        ],
        ['By JOSH BOAK, Associated Press', 'By JOSH BOAK, Associated Press'],
        ['Hon Mark Mitchell\nMinister of Police', 'Hon Mark Mitchell\nMinister of Police'],
        // A portfolio the office words do not name, on the minister's next line.
        [
          "Joint statement\n\nThe Honourable Mark Ryan MP\nMinister for Police\n\nThe Honourable Yvette D'Ath MP\nAttorney-General",
          "The Honourable Mark Ryan MP\nMinister for Police\n\nThe Honourable Yvette D'Ath MP\nAttorney-General",
        ],
        [
          'FOR IMMEDIATE RELEASE\nContact: DEA Public Affairs\nPhone Number: (571) 387-2100',
          'Contact: DEA Public Affairs\nPhone Number: (571) 387-2100',
        ],
        [
          'From: Home Office and The Rt Hon Yvette Cooper MP\nPublished 14 January 2025',
          'From: Home Office and The Rt Hon Yvette Cooper MP',
        ],
        // The office's postal address under its name.
        [
          'Office of Public Affairs\n950 Pennsylvania Avenue NW\nWashington, DC 20530',
          'Office of Public Affairs\n950 Pennsylvania Avenue NW\nWashington, DC 20530',
        ],
        ['Home Office\n2 Marsham Street\nLondon SW1P 4DF', 'Home Office\n2 Marsham Street\nLondon SW1P 4DF'],
        // A number on its own line after the contact line.
        [
          'Contact: FBI Dallas Public Affairs\n(972) 559-5000',
          'Contact: FBI Dallas Public Affairs\n(972) 559-5000',
        ],
        [
          'FOR IMMEDIATE RELEASE\nContact: Jane Doe\npress.office@example.gov\n+1 202 555 0100',
          'Contact: Jane Doe\npress.office@example.gov\n+1 202 555 0100',
        ],
        // A contact heading written as a request, over whom to reach.
        [
          'For media enquiries contact:\nMedia Team\n07 3403 0000\nmedia@example.gov.au',
          'For media enquiries contact:\nMedia Team\n07 3403 0000\nmedia@example.gov.au',
        ],
        [
          'For more information, please contact:\nJane Smith\n+353 1 000 0000',
          'For more information, please contact:\nJane Smith\n+353 1 000 0000',
        ],
        // A one-word office under a minister's name, then a second minister.
        [
          'The Hon. Chris Minns MP\nPremier\n\nThe Hon. Ryan Park MP\nMinister for Health\nMinister for Regional Health',
          'The Hon. Chris Minns MP\nPremier\n\nThe Hon. Ryan Park MP\nMinister for Health\nMinister for Regional Health',
        ],
        ['The Hon Jane Doe MLC\nTreasurer', 'The Hon Jane Doe MLC\nTreasurer'],
        // An office before the minister's name and the member's letters.
        [
          'Tánaiste and Minister for Education Helen McEntee TD',
          'Tánaiste and Minister for Education Helen McEntee TD',
        ],
        ['Health Minister Jane Doe MP', 'Health Minister Jane Doe MP'],
        // A contact block under its heading, on lines or in paragraphs of their own.
        ['Media Contact:\nAmanda Granit\n(813) 247-8060', 'Media Contact:\nAmanda Granit\n(813) 247-8060'],
        [
          'FOR IMMEDIATE RELEASE\n\nPress enquiries:\n\nSgt. Jane Doe\n\nPublic Information Officer\n\npio@example.gov',
          'Press enquiries:\n\nSgt. Jane Doe\n\nPublic Information Officer\n\npio@example.gov',
        ],
      ] as const) {
        const text = `Two Men Charged\n\nSource: U.S. Department of Justice\n\n${head[0]}\n\n${lede}\n\nThe case is being prosecuted by the Fraud Section.\n`
        const [r] = expectSpansSlice(text)
        expect(r?.byline?.text).toBe(head[1])
        expect(text.slice(r!.byline!.span.start, r!.byline!.span.end)).toBe(head[1])
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
    })

    it('reads a two-word place before a dash as the dateline when the title writes it as a place', () => {
      const lede = 'Milton Keynes – A man has been jailed for six years after he admitted supplying heroin.'
      const text = `Man jailed for drug supply in Milton Keynes\n\nSource: Thames Valley Police\n\n${lede}\n\nHe was sentenced on Friday.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.dateline).toMatchObject({ text: 'Milton Keynes –', place: 'Milton Keynes' })
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
      const named = text.replace(
        'Man jailed for drug supply in Milton Keynes',
        'A message from Milton Keynes',
      )
      expect(expectSpansSlice(named)[0]?.dateline).toBeNull()
    })

    it('leaves a one-word line a blank line below a minister’s line to the standfirst', () => {
      const lede =
        'Police will get 100 new drones under a package announced by the Minister for Police on Monday.'
      const text = `Drones for police\n\nSource: Queensland Government\n\nThe Honourable Mark Ryan MP\n\nDrones\n\n${lede}\n\nThe drones will help officers respond faster.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.byline?.text).toBe('The Honourable Mark Ryan MP')
      expect(r?.paragraphs.at(-2)?.text).toBe(lede)
    })

    it('leaves a title-case dek a blank line below a minister’s line to the standfirst', () => {
      const lede =
        'Police will get 100 new drones under a package announced by the Minister for Police on Monday.'
      const text = `Drones for police\n\nSource: Queensland Government\n\nThe Honourable Mark Ryan MP\n\nMore Drones For Queensland Officers\n\n${lede}\n\nThe drones will help officers respond faster.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.byline?.text).toBe('The Honourable Mark Ryan MP')
      expect(r?.standfirst).toBe('More Drones For Queensland Officers')
      expect(r?.paragraphs[0]?.text).toBe(lede)
    })

    it('takes a summary above the byline as the dek, and a date line after the byline as the dateline', () => {
      const summary = 'Retailers will be better protected under new laws that take effect today.'
      const lede = 'Assaulting a retail worker is now a standalone criminal offence.'
      const govuk = `New powers come into force\n\nSource: Home Office\n\n${summary}\n\nFrom: Home Office and The Rt Hon Yvette Cooper MP\nPublished 14 January 2025\n\n${lede}\n\nThe offence carries a maximum sentence of 6 months.\n`
      const [r] = expectSpansSlice(govuk)
      expect(r?.standfirst).toBe(summary)
      expect(r?.byline?.text).toBe('From: Home Office and The Rt Hon Yvette Cooper MP')
      expect(r?.dateline).toMatchObject({ text: 'Published 14 January 2025', date: '2025-01-14' })
      expect(r?.paragraphs[0]?.text).toBe(lede)
      // A news page: standfirst, then the writer.
      const news = `Title\n\nSource: Associated Press\n\nA judge has blocked the law.\n\nBy JOSH BOAK, Associated Press\n\n${lede}\n\nMore follows.\n`
      const [n] = expectSpansSlice(news)
      expect(n?.standfirst).toBe('A judge has blocked the law.')
      expect(n?.byline?.text).toBe('By JOSH BOAK, Associated Press')
      expect(n?.paragraphs[0]?.text).toBe(lede)
    })

    it('takes no quotation, lead-in or long paragraph above a byline for a dek, nor a line above a last byline', () => {
      const from = 'From: Home Office and The Rt Hon Yvette Cooper MP'
      for (const first of [
        '“We will not tolerate violence against shop workers,” said the Home Secretary.',
        'The Home Secretary said:',
        `${STORY_AFTER} ${STORY_AFTER}`,
      ]) {
        const [r] = splitReleases(`Title\n\nSource: Home Office\n\n${first}\n\n${from}\n\n${BODY}\n`).releases
        expect(r?.standfirst).toBeNull()
        expect(r?.byline ?? null).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(first)
      }
      const lede = 'A man has been charged with murder.'
      const [r] = splitReleases(`Title\n\nSource: Home Office\n\n${lede}\n\n${from}\n`).releases
      expect(r?.standfirst).toBeNull()
      expect(r?.byline ?? null).toBeNull()
      expect(r?.paragraphs.map((p) => p.text)).toEqual([lede, from])
    })

    it('keeps an office’s name on the line above a contact line in the byline, never the dek', () => {
      const lede =
        'BOSTON — The FBI is seeking the public’s assistance in identifying a man who robbed a bank in Quincy.'
      const head = 'FBI Boston\nMedia Contact: Kristen Setera\n(857) 386-2000'
      const text = `FBI Seeks Public’s Assistance\n\nSource: Federal Bureau of Investigation\n\n${head}\n\n${lede}\n\n${BODY}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.byline?.text).toBe(head)
      expect(r?.standfirst).toBeNull()
      expect(r?.dateline).toMatchObject({ text: 'BOSTON —', place: 'BOSTON' })
      expect(r?.paragraphs[0]?.text).toBe(lede)
      // A dek a blank line above the contact line stays the dek.
      const apart = text.replace('FBI Boston\n', 'Bank Robbery Suspect Sought\n\n')
      expect(splitReleases(apart).releases[0]?.standfirst).toBe('Bank Robbery Suspect Sought')
    })

    it('keeps the publisher’s name and its press officer apart as the byline', () => {
      const head = 'FBI Los Angeles\nPublic Affairs Specialist Laura Eimiller\n(310) 996-3343'
      const lede = 'A Van Nuys man has been charged with robbing six banks in the San Fernando Valley.'
      const text = `Man Charged\n\nSource: FBI Los Angeles\n\n${head}\n\n${lede}\n\n${BODY}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.byline?.text).toBe(head)
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
      // Without a byline above it, a press officer's line is no byline.
      const alone = `Man Charged\n\nSource: FBI\n\nPublic Affairs Specialist Laura Eimiller\n\n${lede}\n\n${BODY}\n`
      expect(splitReleases(alone).releases[0]?.byline ?? null).toBeNull()
    })

    it('keeps a name over a press officer’s title on the next line as the byline', () => {
      const lede =
        'Troopers are investigating a crash that killed a 45-year-old driver on Route 22 in Hillside on Monday night.'
      for (const head of [
        'Trooper Jane Doe\nPublic Information Officer\n(609) 882-2000 ext. 6514',
        'Sgt. Amanda Granit\nPublic Information Officer',
        'Jane Doe\nPress Secretary\njane.doe@example.gov',
        'Jane Doe\nSpokesperson',
      ]) {
        const text = `Fatal Crash\n\nSource: New Jersey State Police\n\n${head}\n\n${lede}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.byline?.text).toBe(head)
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
      // A dek over a label, a title that is no officer's, or the two a blank line apart: no byline.
      for (const head of [
        'New Funding Announced\nMedia Release',
        'Jane Doe\nMedia Relations',
        'Jane Doe\n\nPress Secretary',
        'Route 22 Closed\nPress Officer',
      ]) {
        const text = `Fatal Crash\n\nSource: New Jersey State Police\n\n${head}\n\n${lede}\n\n${BODY}\n`
        expect(splitReleases(text).releases[0]?.byline ?? null).toBeNull()
      }
    })

    it('keeps a label with a day after it as the label, and reads the day as the dateline', () => {
      const dated = `Title\n\nSource: Western Australia Police Force\n\nMedia Release | 14 May 2024\n\n${STORY_AFTER}\n\n${BODY}\n`
      const [r] = expectSpansSlice(dated)
      expect(r?.label?.text).toBe('Media Release | 14 May 2024')
      expect(r?.dateline).toMatchObject({ text: 'Media Release | 14 May 2024', date: '2024-05-14' })
      expect(extract(dated).releases[0]?.publishedOn).toMatchObject({
        date: '2024-05-14',
        rule: 'dates/dateline',
      })
      expect(r?.paragraphs[0]?.text).toBe(STORY_AFTER)
      const plain = `Title\n\nSource: Western Australia Police Force\n\nMedia Release\n\n${STORY_AFTER}\n\n${BODY}\n`
      const [p] = expectSpansSlice(plain)
      expect(p?.label?.text).toBe('Media Release')
      expect(p?.dateline).toBeNull()
      // A label followed by words that are no day: the label, and no dateline.
      for (const line of [
        'Press release 24 arrests in week of action',
        'Media release 3 March meeting notes',
      ]) {
        const text = `Title\n\nSource: Avon and Somerset Police\n\n${line}\n\n${STORY_AFTER}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.label?.text).toBe(line)
        expect(r?.dateline?.date ?? null).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(STORY_AFTER)
      }
    })

    it('dates the release by the day on a line of a label over two lines', () => {
      const text = `Title\n\nSource: Avon and Somerset Police\n\nFOR IMMEDIATE RELEASE\nPress release 24 June 2024\n\n${STORY_AFTER}\n\n${BODY}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.label?.text).toBe('FOR IMMEDIATE RELEASE\nPress release 24 June 2024')
      expect(r?.dateline).toMatchObject({ text: 'Press release 24 June 2024', date: '2024-06-24' })
      expect(text.slice(r!.dateline!.span.start, r!.dateline!.span.end)).toBe('Press release 24 June 2024')
      expect(r?.paragraphs[0]?.text).toBe(STORY_AFTER)
      // Lines with no day: no dateline from them.
      const contact = `Title\n\nSource: Drug Enforcement Administration\n\nFOR IMMEDIATE RELEASE\nMedia Advisory\n\nContact: DEA Public Affairs\nPhone Number: (571) 387-2100\n\n${STORY_AFTER}\n\n${BODY}\n`
      const [c] = expectSpansSlice(contact)
      expect(c?.label?.text).toBe('FOR IMMEDIATE RELEASE\nMedia Advisory')
      expect(c?.byline?.text).toBe('Contact: DEA Public Affairs\nPhone Number: (571) 387-2100')
      expect(c?.dateline).toBeNull()
    })

    it('reads a minister named without an honorific, or in capitals, as the byline, not the standfirst', () => {
      const lede =
        'Rural clinics will get a further $20 million over four years, Health Minister Jane Doe says.'
      for (const head of [
        'Jane Doe',
        'Health Minister Jane Doe',
        'Jane Doe, Minister of Health',
        'Jane Doe\nMinister of Health',
        'Jane Doe MP',
        'JANE DOE MP',
        'HON JANE DOE',
        'RT HON JANE DOE\nMINISTER OF HEALTH',
        'THE HON JANE DOE MP',
        'JANE DOE, PREMIER',
      ]) {
        const text = `Funding boost for rural clinics\n\nSource: New Zealand Government\n\n${head}\n\n${lede}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.byline?.text).toBe(head)
        expect(r?.standfirst).toBeNull()
        expect(r?.dateline).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
    })

    it('keeps a one-sentence standfirst that opens with a name, and a name the story does not give', () => {
      const lede =
        'The Government has today announced a further $20 million for rural clinics across the country, Health Minister Jane Doe says.'
      for (const head of [
        'Jane Doe has been appointed to lead the new rural health agency',
        'Jane Doe has been appointed to lead the new rural health agency.',
      ]) {
        const text = `Funding boost for rural clinics\n\nSource: New Zealand Government\n\n${head}\n\n${lede}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.standfirst).toBe(head)
        expect(r?.byline).toBeNull()
      }
      // A place, or a title-case line, that the story writes as no person's name is no byline.
      const place = 'Rural clinics in Palmerston North will get a further $20 million, the Government says.'
      for (const head of ['Palmerston North', 'Rural Clinics', 'John Smith']) {
        const text = `Funding boost for rural clinics\n\nSource: New Zealand Government\n\n${head}\n\n${place}\n\n${BODY}\n`
        expect(expectSpansSlice(text)[0]?.byline).toBeNull()
      }
    })

    it('reads a minister named in full over a story that gives only the title and surname as the byline', () => {
      for (const [head, lede] of [
        [
          'Premier Jeremy Rockliff',
          'Visitor spending in Tasmania rose 7 per cent to $4.1 billion in the year to September, and Premier Rockliff said operators had worked hard for it.',
        ],
        [
          'Health Minister Jane Doe',
          'Rural clinics will get a further $20 million over four years. "This is overdue," Ms Doe said.',
        ],
        ['Jane Doe', 'Rural clinics will get a further $20 million over four years, Minister Doe announced.'],
      ]) {
        const text = `Funding boost\n\nSource: Tasmanian Government\n\n${head}\n\n${lede}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.byline?.text).toBe(head)
        expect(r?.label).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
      // The surname alone, with no title before it, is a street's or a place's name as often.
      const street = 'Rural clinics on Doe Street will get a further $20 million over four years.'
      const text = `Funding boost\n\nSource: Tasmanian Government\n\nJane Doe\n\n${street}\n\n${BODY}\n`
      expect(expectSpansSlice(text)[0]?.byline).toBeNull()
    })

    it("dates the release by a day under a minister's lines, which stay the byline", () => {
      const lede =
        'Police numbers have reached a record high of 10,700 officers, Police Minister Jane Doe says.'
      for (const head of [
        'Hon Jane Doe\nMinister of Police',
        'Hon Jane Doe\n\nMinister of Police',
        'Hon Jane Doe\nMinister of Police\nMinister for Emergency Management',
        'Rt Hon Jane Doe\nPrime Minister',
      ]) {
        for (const day of ['24 June 2024', 'Monday, 24 June 2024']) {
          const text = `Police numbers reach new high\n\nSource: New Zealand Government\n\n${head}\n\n${day}\n\n${lede}\n\n${BODY}\n`
          const [r] = expectSpansSlice(text)
          expect(r?.byline?.text).toBe(head)
          expect(r?.dateline).toMatchObject({ text: day, date: '2024-06-24' })
          expect(r?.standfirst).toBeNull()
          expect(r?.paragraphs[0]?.text).toBe(lede)
          expect(extract(text).releases[0]?.publishedOn).toMatchObject({ date: '2024-06-24' })
        }
      }
      // The day on the minister's next line, in the same block.
      const close = `Police numbers reach new high\n\nSource: New Zealand Government\n\nHon Jane Doe\nMinister of Police\n24 June 2024\n\n${lede}\n\n${BODY}\n`
      expect(extract(close).releases[0]?.publishedOn).toMatchObject({ date: '2024-06-24' })
      expect(extract(close).releases[0]?.paragraphs[0]?.text).toBe(lede)
    })

    it.each([
      ['EMBARGOED UNTIL 00:01 TUESDAY 14 MAY 2024', 'embargo', '2024-05-14'],
      ['Embargoed until 10am, 3 June 2024', 'embargo', '2024-06-03'],
      ['Embargoed: 00.01 BST Tuesday 14 May 2024', 'embargo', '2024-05-14'],
      ['EMBARGO: 00:01 Tuesday 14 May 2024', 'embargo', '2024-05-14'],
      ['Under embargo until 10am, 3 June 2024', 'embargo', '2024-06-03'],
      ['STRICTLY EMBARGOED UNTIL 00:01 GMT, 3 DECEMBER 2024', 'embargo', '2024-12-03'],
      ['EMBARGOED UNTIL: 0001 HRS TUESDAY 3 DECEMBER 2024', 'embargo', '2024-12-03'],
      ['Not for publication before 00.01 hrs Tuesday 3 December 2024', 'embargo', '2024-12-03'],
      ['Not for release until 6am on 3 December 2024', 'embargo', '2024-12-03'],
      ['For immediate release: 14 May 2024', 'label', '2024-05-14'],
      ['FOR IMMEDIATE RELEASE - 14 May 2024', 'label', '2024-05-14'],
      // A label and its day with only a space between, or a colon or a dash.
      ['Press release 24 June 2024', 'label', '2024-06-24'],
      ['Media release 3 March 2025', 'label', '2025-03-03'],
      ['News release – 12/03/2025', 'label', '2025-03-12'],
      ['Press Release: Tuesday 4 March 2025', 'label', '2025-03-04'],
      ['News release 4 March 2025', 'label', '2025-03-04'],
      ['Joint media statement 4 March 2025', 'label', '2025-03-04'],
    ] as const)('keeps %s apart as the %s, and dates the release by it', (line, kind, day) => {
      const text = `Title\n\nSource: Avon and Somerset Police\n\n${line}\n\n${STORY_AFTER}\n\n${BODY}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.[kind]?.text).toBe(line)
      expect(r?.dateline).toMatchObject({ text: line, date: day })
      expect(r?.paragraphs[0]?.text).toBe(STORY_AFTER)
      expect(extract(text).releases[0]?.publishedOn).toMatchObject({ date: day, rule: 'dates/dateline' })
    })

    it.each([
      ['SAN FRANCISCO--(BUSINESS WIRE)--March 4, 2025-- ', 'SAN FRANCISCO--(BUSINESS WIRE)--March 4, 2025--'],
      ['SAN FRANCISCO--(BUSINESS WIRE)--March 4, 2025--', 'SAN FRANCISCO--(BUSINESS WIRE)--March 4, 2025--'],
      ['SAN FRANCISCO, March 4, 2025--(BUSINESS WIRE)--', 'SAN FRANCISCO, March 4, 2025--(BUSINESS WIRE)--'],
      ['NEW YORK, March 4, 2025 /PRNewswire/ -- ', 'NEW YORK, March 4, 2025 /PRNewswire/ --'],
      ['TORONTO, March 4, 2025 /CNW/ - ', 'TORONTO, March 4, 2025 /CNW/ -'],
    ])('dates the release by a wire’s dateline %j and resolves its “today”', (opening, dateline) => {
      const lede = `${opening}Acme Corp. today announced a new widget platform for more than 200 customers.`
      const quote = '"This is a big day for us," said Jane Doe, chief executive of Acme Corp.'
      const text = `Acme Launches Widget Platform\n\nSource: Acme Corp.\n\n${lede}\n\n${quote}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.dateline).toMatchObject({ text: dateline, date: '2025-03-04' })
      expect(r?.paragraphs[0]?.text).toBe(lede)
      const [e] = extract(text).releases
      expect(e?.publishedOn).toMatchObject({ date: '2025-03-04', rule: 'dates/dateline' })
      expect(e?.dates.map((d) => [d.text, d.value])).toEqual([
        ['March 4, 2025', '2025-03-04'],
        ['today', '2025-03-04'],
      ])
      expect(e?.statistics.map((s) => s.text)).toEqual(['more than 200'])
      expect(e?.quotes.map((q) => q.speaker?.name)).toEqual(['Jane Doe'])
    })

    it('reads a wire’s dateline with no day as the place alone, and dates nothing by it', () => {
      const text =
        'Globex Appoints CFO\n\nSource: Globex\n\nLONDON--(BUSINESS WIRE)--Globex plc today named Mary Major as chief financial officer.\n'
      const [r] = expectSpansSlice(text)
      expect(r?.dateline).toMatchObject({ text: 'LONDON--(BUSINESS WIRE)--', place: 'LONDON', date: null })
      expect(extract(text).releases[0]?.publishedOn).toBeNull()
    })

    it('reads a summary that the story restates with its news day as the standfirst', () => {
      const dek = 'The government has today announced £5 million for rural bus services across England.'
      const lede =
        'The government has today (4 March 2025) announced £5 million to improve bus services in rural areas, with 40 councils set to benefit from the funding.'
      const quote = 'Transport Minister Jane Doe said: "Rural communities deserve reliable buses."'
      for (const source of [
        'Example Government Department',
        'New Zealand Government',
        'Example County Council',
      ]) {
        const text = `£5 million to boost rural bus services\n\nSource: ${source}\n\n${dek}\n\n${lede}\n\n${quote}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.standfirst).toBe(dek)
        expect(r?.paragraphs[0]?.text).toBe(lede)
        const [e] = extract(text).releases
        expect(e?.publishedOn).toMatchObject({ date: '2025-03-04' })
        expect(e?.dates.map((d) => d.value)).toEqual(['2025-03-04', '2025-03-04'])
        // The title's, the standfirst's and the story's figures.
        expect(e?.statistics.map((s) => s.text)).toEqual(['£5 million', '£5 million', '£5 million', '40'])
      }
      // A lede that carries the day, then a paragraph of new details: the story opens at once.
      const details =
        'Councils will be able to bid for the money from June, and the Department for Transport expects 40 areas to benefit.'
      const plain = `£5 million to boost rural bus services\n\nSource: Example County Council\n\n${dek}\n\n${details}\n\n${quote}\n`
      const [q] = expectSpansSlice(plain)
      expect(q?.standfirst).toBeNull()
      expect(q?.paragraphs[0]?.text).toBe(dek)
    })

    it('reads a place and a day before a bar as the dateline, and dates the release by it', () => {
      const lede =
        'The Hague, 17 June 2025 | Authorities in six countries have dismantled a criminal network suspected of investment fraud.'
      const text = `Title\n\nSource: Eurojust\n\n${lede}\n\n${BODY}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.dateline).toMatchObject({
        text: 'The Hague, 17 June 2025 |',
        place: 'The Hague',
        date: '2025-06-17',
      })
      expect(extract(text).releases[0]?.publishedOn).toMatchObject({
        date: '2025-06-17',
        rule: 'dates/dateline',
      })
      // A bar inside the story, after no place and day, is no dateline's.
      const inside = `Title\n\nSource: Eurojust\n\nAuthorities in six countries | Spain and Cyprus among them | acted on 17 June 2025.\n\n${BODY}\n`
      expect(expectSpansSlice(inside)[0]?.dateline).toBeNull()
    })

    it('dates the release by a byline that names the day, and keeps it the byline', () => {
      const lede =
        'The Los Angeles County Sheriff’s Department is warning residents about a phone scam in which callers pretend to be deputies.'
      const text = `Title\n\nSource: Los Angeles County Sheriff's Department\n\nBy Jane Smith | December 3, 2024\n\n${lede}\n\n${BODY}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.byline?.text).toBe('By Jane Smith | December 3, 2024')
      expect(r?.dateline).toMatchObject({ text: 'By Jane Smith | December 3, 2024', date: '2024-12-03' })
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
      expect(extract(text).releases[0]?.publishedOn).toMatchObject({
        date: '2024-12-03',
        rule: 'dates/dateline',
      })
      // A byline without a day dates nothing.
      const plain = text.replace(' | December 3, 2024', '')
      expect(splitReleases(plain).releases[0]?.dateline ?? null).toBeNull()
    })

    it('keeps a writer’s name and role apart as the byline, never the dateline’s place', () => {
      const lede = 'Peel Regional Police have recovered 25 stolen vehicles worth more than $2 million.'
      for (const head of [
        'Jane Smith, Staff Writer\nDecember 3, 2024',
        'December 3, 2024\n\nJane Smith, Staff Writer',
      ]) {
        const text = `Title\n\nSource: Peel Regional Police\n\n${head}\n\n${lede}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.byline?.text).toBe('Jane Smith, Staff Writer')
        expect(r?.dateline).toMatchObject({ text: 'December 3, 2024', place: null, date: '2024-12-03' })
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
    })

    it('keeps the kind of text alone on its line apart as the label, never the standfirst', () => {
      const lede =
        'The Commission welcomes the political agreement reached today between the European Parliament and the Council.'
      for (const kind of ['Statement', 'Speech', 'Daily News', 'Questions and answers']) {
        const text = `Title\n\nSource: European Commission\n\nBrussels, 3 December 2024\n\n${kind}\n\n${lede}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.label?.text).toBe(kind)
        expect(r?.dateline).toMatchObject({ place: 'Brussels', date: '2024-12-03' })
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
      // As the first word of a longer line it opens a dek.
      const dek = 'Statement from the Chief Constable on the inspection report'
      const text = `Title\n\nSource: Police Scotland\n\n${dek}\n\n${lede}\n\n${BODY}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.label ?? null).toBeNull()
      expect(r?.standfirst).toBe(dek)
    })

    it('keeps a page’s section in a few words apart as the label, never the standfirst', () => {
      const lede =
        'Parliament adopted on Wednesday new rules to reduce packaging waste, with 476 votes in favour.'
      for (const section of ['Plenary session', 'Meetings Coverage', 'Departmental news']) {
        const text = `Title\n\nSource: European Parliament\n\n${section}\n\n${lede}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.label?.text).toBe(section)
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
      // After a label of the release's kind it joins it; a dek below it stays the standfirst.
      const dek = 'New rules will cut packaging waste by a fifth by 2040'
      const text = `Title\n\nSource: European Parliament\n\nPress release\nPlenary session\n\n${dek}\n\n${lede}\n\n${BODY}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.label?.text).toBe('Press release\nPlenary session')
      expect(r?.standfirst).toBe(dek)
      // Lines of a page's details under a label join it, however short the line after them.
      const details = `Title\n\nSource: European Parliament\n\nPress Releases\nPlenary session\nCommittee news\n\n${lede}\n\n${BODY}\n`
      const [d] = expectSpansSlice(details)
      expect(d?.label?.text).toBe('Press Releases\nPlenary session\nCommittee news')
      expect(d?.standfirst).toBeNull()
      // A headline's dek of two words, and a run of short lines, are no label.
      for (const head of ['Man charged', 'Arrests\n\nCharges']) {
        const plain = `Title\n\nSource: Police\n\n${head}\n\n${lede}\n\n${BODY}\n`
        expect(splitReleases(plain).releases[0]?.label ?? null).toBeNull()
      }
    })

    it('keeps a release’s number apart with the label, never the standfirst', () => {
      const lede =
        'The Securities and Exchange Commission today charged a Florida-based investment adviser with operating a Ponzi scheme.'
      for (const [head, label] of [
        ['FOR IMMEDIATE RELEASE\n2024-152', 'FOR IMMEDIATE RELEASE\n2024-152'],
        ['Release No. 24-078', 'Release No. 24-078'],
        ['IP/24/6123\n\nBrussels, 3 December 2024', 'IP/24/6123'],
        ['2024-152\n\nWashington D.C., Dec. 3, 2024 —', '2024-152'],
        // The case's number, as sheriffs and police print it under the Source line.
        ['Case #24-018223', 'Case #24-018223'],
        ['File # 2024-34567', 'File # 2024-34567'],
        ['Incident No. 2024-00123', 'Incident No. 2024-00123'],
        ['Case: 24-018223', 'Case: 24-018223'],
        // The United Nations' press symbols, under the kind of text or alone.
        ['Meetings Coverage\n\nSC/15612', 'Meetings Coverage\n\nSC/15612'],
        ['SG/SM/22245', 'SG/SM/22245'],
        ['GA/EF/3580', 'GA/EF/3580'],
      ] as const) {
        const text = `Title\n\nSource: U.S. Securities and Exchange Commission\n\n${head}\n\n${lede}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.label?.text).toBe(label)
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
      // A day in figures is the dateline; a figure with words is the story's.
      const dated = `Title\n\nSource: SEC\n\n2024-12-03\n\n${lede}\n\n${BODY}\n`
      const [d] = expectSpansSlice(dated)
      expect(d?.label ?? null).toBeNull()
      expect(d?.dateline).toMatchObject({ text: '2024-12-03', date: '2024-12-03' })
      // Capitals and a slash without a number are a term, not a symbol.
      const term = `Title\n\nSource: SEC\n\nHIV/AIDS\n\n${lede}\n\n${BODY}\n`
      expect(splitReleases(term).releases[0]?.label?.text).not.toBe('HIV/AIDS')
      const counted = `Title\n\nSource: SEC\n\n24-078 people were charged\n\n${lede}\n\n${BODY}\n`
      expect(splitReleases(counted).releases[0]?.label ?? null).toBeNull()
      // A case named in words is a dek.
      const named = `Title\n\nSource: SEC\n\nCase closed after 24 years\n\n${lede}\n\n${BODY}\n`
      expect(splitReleases(named).releases[0]?.label ?? null).toBeNull()
    })

    it('joins the day of a label or an embargo to a place alone that opens the story', () => {
      // A real dateline (us_1), under a label and an embargo of the day.
      const lede =
        'NEW ORLEANS — Special Agent in Charge (SAC) Constance Hester of the New Orleans Division today announced the activation of the National Response Team.'
      for (const [line, kind, day] of [
        ['For Immediate Release: December 3, 2024', 'label', '2024-12-03'],
        ['EMBARGOED UNTIL 00:01 TUESDAY 14 MAY 2024', 'embargo', '2024-05-14'],
      ] as const) {
        const text = `Title\n\nSource: Bureau of Alcohol, Tobacco, Firearms and Explosives\n\n${line}\n\n${lede}\n\n${BODY}\n`
        const [r] = expectSpansSlice(text)
        expect(r?.[kind]?.text).toBe(line)
        const dateline = `${line}\n\nNEW ORLEANS —`
        expect(r?.dateline).toMatchObject({ text: dateline, place: 'NEW ORLEANS', date: day })
        expect(text.slice(r!.dateline!.span.start, r!.dateline!.span.end)).toBe(dateline)
        expect(r?.paragraphs[0]?.text).toBe(lede)
        // The story's "today" is the day.
        expect(extract(text).releases[0]?.dates.at(-1)).toMatchObject({ text: 'today', value: day })
        expect(extract(text).releases[0]?.publishedOn).toMatchObject({ date: day, rule: 'dates/dateline' })
      }
      // A dateline that names its own day keeps it; a label without a day leaves the place.
      const dated = `Title\n\nSource: FBI\n\nFor Immediate Release: December 3, 2024\n\nMAY 14— A special team of agents arrested 30 people.\n\n${BODY}\n`
      expect(splitReleases(dated).releases[0]?.dateline).toMatchObject({ text: 'MAY 14—' })
      // A dek between the label and the place leaves the label's day alone.
      const dek = `Title\n\nSource: FBI\n\nFor Immediate Release: December 3, 2024\n\nAgents deployed to the scene\n\n${lede}\n\n${BODY}\n`
      expect(splitReleases(dek).releases[0]?.dateline).toMatchObject({
        text: 'For Immediate Release: December 3, 2024',
        place: null,
      })
      const undated = `Title\n\nSource: FBI\n\nFOR IMMEDIATE RELEASE\n\n${lede}\n\n${BODY}\n`
      expect(splitReleases(undated).releases[0]?.dateline).toMatchObject({
        text: 'NEW ORLEANS —',
        place: 'NEW ORLEANS',
      })
    })

    it('dates a release by its own dateline before its embargo, and by no embargo without a day', () => {
      const both = `Title\n\nSource: Avon and Somerset Police\n\nEmbargoed until 3 June 2024\n\n4 June 2024\n\n${STORY_AFTER}\n\n${BODY}\n`
      expect(extract(both).releases[0]?.publishedOn?.date).toBe('2024-06-04')
      const open = `Title\n\nSource: Avon and Somerset Police\n\nEMBARGOED UNTIL TUESDAY\n\n${STORY_AFTER}\n\n${BODY}\n`
      const [r] = expectSpansSlice(open)
      expect(r?.embargo?.text).toBe('EMBARGOED UNTIL TUESDAY')
      expect(r?.dateline).toBeNull()
    })

    it('keeps a government page’s "News story" apart as the label', () => {
      const text = `Title\n\nSource: Home Office\n\nNews story\n\nRural crime teams will share £2 million.\n\nFrom: Home Office\n\n${STORY_AFTER}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.label?.text).toBe('News story')
      expect(r?.standfirst).toBe('Rural crime teams will share £2 million.')
      expect(r?.byline?.text).toBe('From: Home Office')
    })

    it('keeps a number with no byline above it out of the byline', () => {
      const text = `Title\n\nSource: FBI Dallas\n\n(972) 559-5000\n\n${STORY_AFTER}\n\n${BODY}\n`
      expect(splitReleases(text).releases[0]?.byline ?? null).toBeNull()
    })

    it('keeps a line that reads like an office as a paragraph when nothing follows it, and a dek as a dek', () => {
      const alone = `Title\n\nSource: ${NPCC}\n\nOffice of Public Affairs\n`
      const [r] = splitReleases(alone).releases
      expect(r?.byline ?? null).toBeNull()
      expect(r?.paragraphs.map((p) => p.text)).toEqual(['Office of Public Affairs'])
      const dek = `Title\n\nSource: ${NPCC}\n\nPolice Seize Record Haul in Port Raid\n\n${BODY}\n`
      expect(splitReleases(dek).releases[0]?.standfirst).toBe('Police Seize Record Haul in Port Raid')
    })

    it('takes the summary of a government release alone in its dump as its dek', () => {
      const dek =
        'The Home Secretary has confirmed the biggest funding settlement for policing in over a decade.'
      const lede =
        'Police forces in England and Wales will share £2.3bn in additional funding in 2024 to 2025, the Home Office announced today.'
      const text = `Biggest police funding settlement confirmed\n\nSource: Home Office\n\n${dek}\n\n${lede}\n\nThe settlement represents a 12 per cent rise.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.standfirst).toBe(dek)
      expect(r?.paragraphs[0]?.text).toBe(lede)
    })

    it('takes the same dek for a release read alone as in its dump, where its publisher prints summaries', () => {
      // The sample's releases cut out one by one: the first of a dump has no earlier release to
      // learn the publisher's habit from ("The event heard from different forces …").
      for (const name of ['000_553ed2df297268c8.txt', '002_52e0b0eef6d94852.txt']) {
        const dump = corpus(name)
        const inDump = splitReleases(dump).releases
        expect(inDump.length).toBeGreaterThan(5)
        for (const r of inDump) {
          const [alone] = splitReleases(dump.slice(r.span.start, r.span.end)).releases
          expect(alone?.standfirst, r.title ?? '').toBe(r.standfirst)
        }
      }
    })

    it('reads a one-sentence lede followed by a shorter paragraph as the story', () => {
      const text = `Title\n\nSource: National Crime Agency\n\nFive men who used a haulage firm to smuggle more than 400kg of cocaine into the UK have been jailed for a total of 87 years.\n\nThe group was dismantled by an investigation supported by Border Force.\n`
      const [r] = splitReleases(text).releases
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs).toHaveLength(2)
    })

    it('takes a dek without a full stop even when the story opens with a short paragraph', () => {
      const text = `Title\n\nSource: ${NPCC}\n\nLatest statistics published\n\nCrime fell.\n`
      expect(splitReleases(text).releases[0]?.standfirst).toBe('Latest statistics published')
    })

    it('never takes a quotation or a bullet', () => {
      const text = `Title\n\nSource: ${NPCC}\n\n“We are proud of this work,” she said.\n\nThe body.\n`
      expect(splitReleases(text).releases[0]?.standfirst).toBeNull()
    })
  })

  describe('dateline', () => {
    /** One release with the given body lines, one paragraph a line. */
    const release = (source: string, ...body: string[]) =>
      `A title\n\nSource: ${source}\n\n${body.join('\n\n')}\n`

    it('reads a day and a place set apart by a dash as a line of its own, a label below it', () => {
      const lede = 'On Saturday, March 1, 2025, officers responded to a two-vehicle collision on Highway 16.'
      const text = release(
        'Royal Canadian Mounted Police',
        'March 3, 2025 - Burns Lake, British Columbia',
        'News release',
        lede,
        'The highway was closed for six hours.',
      )
      const [r] = expectSpansSlice(text)
      expect(r?.dateline).toMatchObject({
        text: 'March 3, 2025 - Burns Lake, British Columbia',
        place: 'Burns Lake, British Columbia',
        date: '2025-03-03',
      })
      expect(r?.label?.text).toBe('News release')
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
      // A person's name set beside the day is no place: the line stays the story's.
      const signed = text.replace('Burns Lake, British Columbia', 'Jane Smith')
      expect(splitReleases(signed).releases[0]?.dateline?.place ?? null).toBeNull()
    })

    it('reads a "Date:" line above a contact line as the dateline, not an office’s name', () => {
      const lede =
        'On Sunday, March 2, 2025, deputies arrested a 29-year-old man suspected of eight burglaries.'
      const text = release(
        "Maricopa County Sheriff's Office",
        'NEWS RELEASE',
        'Date: March 3, 2025\nContact: Sgt. Jane Doe, Public Information Officer',
        lede,
        'The suspect was booked into jail.',
      )
      const [r] = expectSpansSlice(text)
      expect(r?.dateline).toMatchObject({ text: 'Date: March 3, 2025', date: '2025-03-03' })
      expect(r?.publishedOn?.date).toBe('2025-03-03')
      expect(r?.byline?.text).toBe('Contact: Sgt. Jane Doe, Public Information Officer')
      expect(r?.paragraphs[0]?.text).toBe(lede)
      // An office's name there is the byline, as before.
      const office = text.replace('Date: March 3, 2025', 'MCSO Public Affairs')
      expect(splitReleases(office).releases[0]?.byline?.text).toBe(
        'MCSO Public Affairs\nContact: Sgt. Jane Doe, Public Information Officer',
      )
    })

    it('reads a council’s name, a label in the plural and a day above the story as the page’s head', () => {
      const lede = 'The Council today decided to impose restrictive measures on six individuals.'
      const text = release(
        'Council of the European Union',
        'Council of the EU\nPress releases\n3 March 2025 10:30',
        lede,
        'Those designated are subject to an asset freeze.',
      )
      const [r] = expectSpansSlice(text)
      expect(r?.byline?.text).toBe('Council of the EU')
      expect(r?.label?.text).toBe('Press releases')
      expect(r?.dateline).toMatchObject({ text: '3 March 2025 10:30', date: '2025-03-03' })
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
      // A sentence about press releases is no label.
      const said = release('Kent County Council', 'Press releases will now be published weekly.', lede)
      expect(splitReleases(said).releases[0]?.label ?? null).toBeNull()
    })

    it('reads a numeric date line in the order its release writes days, as the dating stage does', () => {
      const line = 'Release Date: 03/12/2024'
      const body = 'A man was sentenced today to 10 years in prison.'
      const dated = (source: string, ...more: string[]) => {
        const [r] = splitReleases(release(source, line, body, ...more)).releases
        return [r?.dateline?.date, r?.publishedOn?.date]
      }
      // A US publisher writes month first, a UK one day first; the text's own days decide first.
      expect(dated("U.S. Attorney's Office, District of Maryland")).toEqual(['2024-03-12', '2024-03-12'])
      expect(dated('Leicestershire Police')).toEqual(['2024-12-03', '2024-12-03'])
      expect(dated('Leicestershire Police', 'The offence took place on March 4, 2024.')).toEqual([
        '2024-03-12',
        '2024-03-12',
      ])
    })

    describe('a wire’s deck above its dateline', () => {
      const story =
        'Acme Corp (NASDAQ: ACME) today announced results for the third quarter ended September 30, 2024.'
      const more = '"We delivered strong results," said Jane Doe, Chief Executive Officer of Acme Corp.'

      it.each([
        ['NEW YORK, Dec. 3, 2024 /PRNewswire/ --', 'NEW YORK', '2024-12-03'],
        ['TORONTO, Dec. 3, 2024 /CNW/ -', 'TORONTO', '2024-12-03'],
        ['BOSTON, Dec. 03, 2024 (GLOBE NEWSWIRE) --', 'BOSTON', '2024-12-03'],
        ['AUSTIN, Texas--(BUSINESS WIRE)--', 'AUSTIN, Texas', null],
        ['LAS VEGAS (KSNV) —', 'LAS VEGAS', null],
        ['LONDON, 3 December 2024 –', 'LONDON', '2024-12-03'],
      ])(
        'reads two deck lines, then %s, as the standfirst, a paragraph and the dateline',
        (dateline, place, date) => {
          // A tag between double hyphens runs straight into the story.
          const opening = `${dateline}${dateline.endsWith(')--') ? '' : ' '}${story}`
          const text = release(
            'Acme Corp',
            'Revenue up 12% to $4.5 million; net income doubles',
            'Company raises full-year guidance',
            opening,
            more,
          )
          const [r] = expectSpansSlice(text)
          expect(r?.standfirst).toBe('Revenue up 12% to $4.5 million; net income doubles')
          expect(r?.paragraphs.map((p) => p.text)).toEqual([
            'Company raises full-year guidance',
            opening,
            more,
          ])
          expect(r?.dateline).toMatchObject({ text: dateline, place, date })
          expect(text.slice(r!.dateline!.span.start, r!.dateline!.span.end)).toBe(dateline)
        },
      )

      it('takes a deck line with a full stop above a tagged dateline as the standfirst', () => {
        const opening = `LAS VEGAS (KSNV) — ${story}`
        const text = release('Acme Corp', 'Acme sales rose by a tenth in the quarter.', opening, more)
        const [r] = expectSpansSlice(text)
        expect(r?.standfirst).toBe('Acme sales rose by a tenth in the quarter.')
        expect(r?.paragraphs.map((p) => p.text)).toEqual([opening, more])
        expect(r?.dateline).toMatchObject({ text: 'LAS VEGAS (KSNV) —', place: 'LAS VEGAS' })
      })

      it('reads a bulleted deck as paragraphs above the dateline, with no standfirst', () => {
        const opening = `AUSTIN, Texas--(BUSINESS WIRE)--${story}`
        const text = release(
          'Gadget Co',
          '- Jane Smith to succeed John Brown on January 1, 2025',
          '- Brown to remain as adviser through June',
          opening,
          more,
        )
        const [r] = expectSpansSlice(text)
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs.map((p) => p.kind)).toEqual(['bullet', 'bullet', 'text', 'text'])
        expect(r?.dateline).toMatchObject({
          text: 'AUSTIN, Texas--(BUSINESS WIRE)--',
          place: 'AUSTIN, Texas',
        })
      })

      it.each([
        // A place alone, with no tag and no day, is too weak to end a deck.
        ['a place alone', ['A short line', 'Another short line', `WASHINGTON – ${story}`]],
        // A lead-in to a colon is the story's, not a deck's.
        [
          'a lead-in to a colon',
          ['Police said on Tuesday:', 'A short line', `NEW YORK, Dec. 3, 2024 /PRNewswire/ -- ${story}`],
        ],
        // A quotation opens the story.
        [
          'a quotation',
          ['“We will find him,” said the chief.', 'A short line', `LAS VEGAS (KSNV) — ${story}`],
        ],
        [
          'a dateline beyond the deck’s reach',
          ['One', 'Two', 'Three', 'Four', 'Five', 'Six', `LAS VEGAS (KSNV) — ${story}`],
        ],
      ])('reads no dateline after %s', (_, body) => {
        const [r] = expectSpansSlice(release('Acme Corp', ...body, more))
        expect(r?.dateline).toBeNull()
      })
    })

    it('reads a bare date line as the dateline, apart from the story (real, then a variant)', () => {
      for (const line of ['8 May 2023', '25 November 2024']) {
        const text = release(
          'Interpol (news and events)',
          line,
          'At INTERPOL’s 50th European Regional Conference, delegates have gathered to discuss common crime threats from drug trafficking to cybercrime.',
          'OHRID, North Macedonia – Strengthening international police cooperation to counter the rapidly escalating threat posed by organized crime networks was the key focus of INTERPOL’s 50th European Regional Conference.',
        )
        const [r] = expectSpansSlice(text)
        expect(r?.dateline?.text).toBe(line)
        expect(r?.dateline?.place).toBeNull()
        expect(text.slice(r!.dateline!.span.start, r!.dateline!.span.end)).toBe(line)
        // Never a standfirst: the dek is the line after it, and the story starts at its own dateline.
        expect(r?.standfirst?.startsWith('At INTERPOL’s')).toBe(true)
        expect(r?.paragraphs[0]?.text.startsWith('OHRID, North Macedonia –')).toBe(true)
        expect(r?.paragraphs.map((p) => p.text)).not.toContain(line)
      }
    })

    it('gives the day a bare date line names', () => {
      const body = ['Police chiefs met yesterday to agree a plan.', 'More follows.']
      const [r] = splitReleases(release('Interpol', '20 February 2025', ...body)).releases
      expect(r?.dateline?.date).toBe('2025-02-20')
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs.map((p) => p.text)).toEqual(body)
    })

    it('reads a short sentence under a date or place line as the story, not a dek', () => {
      const lede = 'Measles cases in the European Region rose 30-fold in 2023, according to new WHO data.'
      const quote =
        '“Measles is not a benign disease,” said Dr Hans Kluge, WHO Regional Director for Europe. “Vaccination is the only way.”'
      for (const line of ['Copenhagen, 13 March 2024', '13 March 2024', 'Geneva, Switzerland']) {
        const [r] = splitReleases(
          release('World Health Organization', line, lede, quote, 'More follows.'),
        ).releases
        expect(r?.dateline?.text).toBe(line)
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
      // Above the date line, the same sentence is the dek.
      const [above] = splitReleases(
        release('World Health Organization', lede, '13 March 2024', quote, 'More follows.'),
      ).releases
      expect(above?.standfirst).toBe(lede)
      // Under it, a sentence the story's first paragraph then opens with is still the dek.
      const [repeated] = splitReleases(
        release(
          'World Health Organization',
          '13 March 2024',
          'Measles cases rose.',
          `Measles cases rose. ${lede}`,
        ),
      ).releases
      expect(repeated?.standfirst).toBe('Measles cases rose.')
    })

    it('reads a numeric date line with a year of two figures, never the standfirst', () => {
      const body = ['Cardiff Council’s cabinet has approved its draft budget for 2025/26.', 'More follows.']
      const text = release('Cardiff Council', '03/12/24', ...body)
      const [r] = expectSpansSlice(text)
      expect(r?.dateline).toMatchObject({ text: '03/12/24', date: '2024-12-03' })
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs.map((p) => p.text)).toEqual(body)
    })

    it('reads a date line whose time has its seconds, never the standfirst', () => {
      const body = [
        'A man has been charged following an alleged stabbing in Sydney’s west yesterday.',
        'Officers attached to Parramatta Police Area Command attended.',
      ]
      const text = release('NSW Police Force', 'Tuesday, 03 December 2024 09:42:15 AM', ...body)
      const [r] = expectSpansSlice(text)
      expect(r?.dateline).toMatchObject({ text: 'Tuesday, 03 December 2024 09:42:15 AM', date: '2024-12-03' })
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs.map((p) => p.text)).toEqual(body)
      expect(extract(text).releases[0]?.publishedOn).toMatchObject({
        date: '2024-12-03',
        rule: 'dates/dateline',
      })
    })

    it('reads a day and a place on two lines as one dateline, in either order', () => {
      const lede =
        'The Surrey RCMP has arrested a man in connection with a series of break and enters in the Cloverdale area.'
      for (const [head, dateline] of [
        ['News release\nMay 8, 2024\nSurrey, British Columbia', 'May 8, 2024\nSurrey, British Columbia'],
        ['Surrey, British Columbia\n\nMay 8, 2024', 'Surrey, British Columbia\n\nMay 8, 2024'],
      ] as const) {
        const text = release(
          'Royal Canadian Mounted Police',
          head,
          lede,
          'Police responded to a report of a break and enter.',
        )
        const [r] = expectSpansSlice(text)
        expect(r?.dateline).toMatchObject({
          text: dateline,
          place: 'Surrey, British Columbia',
          date: '2024-05-08',
        })
        expect(text.slice(r!.dateline!.span.start, r!.dateline!.span.end)).toBe(dateline)
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
      // Two days, or two places, are not one dateline: the second stays to be read.
      const two = release('Interpol', '8 May 2023', '9 May 2023', lede, 'More follows.')
      expect(splitReleases(two).releases[0]?.dateline?.text).toBe('8 May 2023')
    })

    it('reads a day’s line over a place that opens the story as one dateline, the paragraph kept whole', () => {
      const lede = 'LONDON – The minister visited a factory in east London today to see new production lines.'
      for (const [line, place, opening] of [
        ['25 November 2024', 'LONDON', 'LONDON –'],
        ['Monday, November 25, 2024', 'TAMPA, Fla.', 'TAMPA, Fla. —'],
      ] as const) {
        const first = lede.replace('LONDON –', opening)
        const text = release('Example Government', line, first, 'She met workers on the line.')
        const [r] = expectSpansSlice(text)
        const dateline = `${line}\n\n${opening}`
        expect(r?.dateline).toMatchObject({ text: dateline, place, date: '2024-11-25' })
        expect(text.slice(r!.dateline!.span.start, r!.dateline!.span.end)).toBe(dateline)
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(first)
        const dates = extract(text).releases[0]?.dates.map((d) => [d.text, d.value])
        expect(dates).toEqual([
          [line, '2024-11-25'],
          ['today', '2024-11-25'],
        ])
      }
      // A dek between them, or a day of the opening's own, leaves the line's day alone.
      const dek = release(
        'Example Government',
        '25 November 2024',
        'New jobs for the east of the city',
        lede,
        'More.',
      )
      expect(splitReleases(dek).releases[0]?.dateline).toMatchObject({
        text: '25 November 2024',
        place: null,
      })
      const own = release(
        'Example Government',
        '25 November 2024',
        lede.replace('–', ', 24 November 2024 –'),
        'More.',
      )
      expect(splitReleases(own).releases[0]?.dateline).toMatchObject({
        text: '25 November 2024',
        place: null,
      })
    })

    it('reads a day over its time alone, or over its update, as one dateline with the first day', () => {
      const lede = 'The Council today adopted conclusions on the EU drugs strategy 2021-2025.'
      for (const [head, dateline] of [
        ['Press release\n3 December 2024\n10:30', '3 December 2024\n10:30'],
        ['Tuesday 3 December 2024\n\n4.15pm GMT', 'Tuesday 3 December 2024\n\n4.15pm GMT'],
        [
          'First published: 3 December 2024\nLast updated: 5 December 2024',
          'First published: 3 December 2024\nLast updated: 5 December 2024',
        ],
        [
          'Published 3 December 2024\n\nUpdated 05/12/2024',
          'Published 3 December 2024\n\nUpdated 05/12/2024',
        ],
      ] as const) {
        const text = release('Council of the European Union', head, lede, 'More follows.')
        const [r] = expectSpansSlice(text)
        expect(r?.dateline).toMatchObject({ text: dateline, place: null, date: '2024-12-03' })
        expect(text.slice(r!.dateline!.span.start, r!.dateline!.span.end)).toBe(dateline)
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
        expect(extract(text).releases[0]?.publishedOn).toMatchObject({ date: '2024-12-03' })
      }
      // A time that opens the story, or a place with no day above the time, is no part of it.
      const story = release(
        'Police Scotland',
        '3 December 2024',
        '10:30 Officers were called to the scene.',
        lede,
      )
      expect(splitReleases(story).releases[0]?.dateline?.text).toBe('3 December 2024')
      const placed = release('Police Scotland', 'Glasgow, Scotland', '10:30', lede, 'More follows.')
      expect(splitReleases(placed).releases[0]?.dateline?.text).toBe('Glasgow, Scotland')
    })

    it('reads an update above the day first published as a label over the dateline, dated by that day', () => {
      const lede =
        'The Minister for Health has welcomed the publication of a report on hospital waiting times.'
      for (const [update, published] of [
        ['Last updated: 5 December 2024', 'Published: 3 December 2024'],
        ['Updated 5 December 2024, 09:12', 'Posted on 3 December 2024, 18:30'],
        ['UPDATED: 05/12/2024', 'First published 3 December 2024'],
      ] as const) {
        for (const head of [`${update}\n${published}`, `${update}\n\n${published}`]) {
          const text = release('Department of Health', head, lede, 'More follows.')
          const [r] = expectSpansSlice(text)
          expect(r?.label?.text).toBe(update)
          expect(r?.dateline).toMatchObject({ text: published, place: null, date: '2024-12-03' })
          expect(r?.standfirst).toBeNull()
          expect(r?.paragraphs[0]?.text).toBe(lede)
          expect(extract(text).releases[0]?.publishedOn).toMatchObject({ date: '2024-12-03' })
        }
      }
      // Two updates, or an update over a place, are no such pair.
      const twice = release(
        'Department of Health',
        'Updated 5 December 2024\n\nUpdated 6 December 2024',
        lede,
        'More.',
      )
      expect(splitReleases(twice).releases[0]?.dateline?.date).toBe('2024-12-05')
      const placed = release(
        'Department of Health',
        'Updated 5 December 2024\n\nDublin, Ireland',
        lede,
        'More.',
      )
      expect(splitReleases(placed).releases[0]?.dateline?.date).toBe('2024-12-05')
    })

    it('reads the time a release was issued, alone or with its day, as the dateline, never the standfirst', () => {
      const lede =
        'The Government today (May 14) announced a package of flood relief measures for residents of the New Territories.'
      for (const [head, dateline, date] of [
        ['Issued at HKT 17:30', 'Issued at HKT 17:30', null],
        [
          'Tuesday, May 14, 2024\nIssued at HKT 17:30',
          'Tuesday, May 14, 2024\nIssued at HKT 17:30',
          '2024-05-14',
        ],
        [
          'Issued at HKT 17:30\n\nTuesday, May 14, 2024',
          'Issued at HKT 17:30\n\nTuesday, May 14, 2024',
          '2024-05-14',
        ],
        ['Posted at 10:30 AEST', 'Posted at 10:30 AEST', null],
      ] as const) {
        const text = release('Hong Kong Government', head, lede, 'More follows.')
        const [r] = expectSpansSlice(text)
        expect(r?.dateline).toMatchObject({ text: dateline, place: null, date })
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
      // A dek above the story stays the standfirst; a time that opens the story stays in it.
      const dek = release('Hong Kong Government', 'Relief for flood-hit households', lede, 'More follows.')
      expect(splitReleases(dek).releases[0]?.dateline).toBeNull()
      const opens = release('Hong Kong Government', 'Issued at HKT 17:30 were 1,200 grants.', lede)
      expect(splitReleases(opens).releases[0]?.dateline).toBeNull()
    })

    it('reads a place over a day with its time and zone as one dateline, which dates the release', () => {
      // The RCMP's own form: the place, then the day in ISO order with the time it was posted.
      const lede =
        'On March 12, 2024, Surrey RCMP executed a search warrant at a residence in the 14000-block of 104 Avenue.'
      const text = release(
        'Royal Canadian Mounted Police',
        'Surrey, British Columbia\n2024-03-14 09:30 PDT',
        lede,
      )
      const [r] = expectSpansSlice(text)
      expect(r?.dateline).toMatchObject({ place: 'Surrey, British Columbia', date: '2024-03-14' })
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
      // The day the dateline gives, not the latest one the story looks back on.
      expect(r?.publishedOn).toEqual({ date: '2024-03-14', inferred: true, rule: 'dates/dateline' })
    })

    it('reads a day and a place over the issuing office as a dateline line, and the story after it', () => {
      const lede =
        'The Government of Canada is investing $2.5 million over five years in a project to help at-risk youth in Surrey.'
      const line = 'May 14, 2024 — Surrey, British Columbia — Public Safety Canada'
      const text = release('Public Safety Canada', 'News release', line, lede, 'More follows.')
      const [r] = expectSpansSlice(text)
      expect(r?.label?.text).toBe('News release')
      expect(r?.dateline).toMatchObject({ text: line, place: 'Surrey, British Columbia', date: '2024-05-14' })
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
      // A dateline that opens the story stays in it.
      const opens = release(
        'Public Safety Canada',
        `May 14, 2024 — Surrey, British Columbia — ${lede}`,
        'More.',
      )
      expect(splitReleases(opens).releases[0]?.paragraphs[0]?.text.startsWith('May 14, 2024')).toBe(true)
    })

    it('reads a day, a place and the issuing office set apart by spaces or tabs as a dateline line', () => {
      const lede =
        'Today, the Minister of Environment announced $5 million for trails in national parks across the country.'
      for (const line of [
        'March 4, 2025     Ottawa, Ontario     Parks Canada',
        'March 4, 2025\tOttawa, Ontario\tParks Canada',
        'Ottawa, Ontario      March 4, 2025',
      ]) {
        const text = release('Parks Canada', line, lede, 'The funding will support 12 projects.')
        const [r] = expectSpansSlice(text)
        expect(r?.dateline).toMatchObject({ text: line, place: 'Ottawa, Ontario', date: '2025-03-04' })
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
    })

    it('reads a place on a line of its own, and the story after it', () => {
      const text = release(
        'United States Secret Service',
        'Washington, D.C.',
        'The United States Secret Service, in partnership with the Peruvian National Police, created a task force based in Lima.',
        'More follows.',
      )
      const [r] = expectSpansSlice(text)
      expect(r?.dateline).toMatchObject({ text: 'Washington, D.C.', place: 'Washington, D.C.', date: null })
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text.startsWith('The United States Secret Service')).toBe(true)
    })

    it('keeps a dateline that opens the first paragraph in it (real lines, then a variant)', () => {
      for (const [lede, dateline, place, date] of [
        [
          'LYON, France – An INTERPOL police operation to tackle online fraud has seen almost 1000 suspects arrested and the seizure of USD 129,975,440 worth of virtual assets.',
          'LYON, France –',
          'LYON, France',
          null,
        ],
        [
          'EAGLE PASS, Texas – On Feb. 17, U.S. Customs and Border Protection officers at the Eagle Pass Port of Entry prevented a shipment of narcotics from making entry into the United States.',
          'EAGLE PASS, Texas –',
          'EAGLE PASS, Texas',
          null,
        ],
        [
          'DAYTON, Ohio, Dec. 3, 2024 – A Dayton man was sentenced to 10 years in prison.',
          'DAYTON, Ohio, Dec. 3, 2024 –',
          'DAYTON, Ohio',
          '2024-12-03',
        ],
        [
          'WASHINGTON (AP) — The Justice Department sued a Texas county on Tuesday.',
          'WASHINGTON (AP) —',
          'WASHINGTON',
          null,
        ],
        [
          'Los Angeles: Detectives are seeking the public’s help to identify a man who robbed a bank.',
          'Los Angeles:',
          'Los Angeles',
          null,
        ],
      ] as const) {
        const text = release('U.S. Customs and Border Protection', lede, STORY_AFTER)
        const [r] = expectSpansSlice(text)
        expect(r?.dateline).toMatchObject({ text: dateline, place, date })
        expect(text.slice(r!.dateline!.span.start, r!.dateline!.span.end)).toBe(dateline)
        // Never a standfirst, even when short and followed by a longer paragraph.
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(lede)
      }
    })

    it('reads a dateline after a dek', () => {
      const text = release(
        'Drug Enforcement Administration',
        'Federal agents from Dallas led raids in Oklahoma and Arkansas',
        'MAY 14— A special team of Drug Enforcement Administration agents from Dallas helped arrest more than 30 methamphetamine trafficking suspects in Oklahoma and Arkansas on Wednesday, May 5, 2004.',
        'More follows.',
      )
      const [r] = expectSpansSlice(text)
      expect(r?.standfirst).toBe('Federal agents from Dallas led raids in Oklahoma and Arkansas')
      // The day takes the year the story names.
      expect(r?.dateline).toMatchObject({ text: 'MAY 14—', place: null, date: '2004-05-14' })
    })

    it('reads a place alone before a colon after a dek, and no label or name before one', () => {
      const dek = 'Surveillance images of the suspect have been released.'
      const lede =
        'Los Angeles: Detectives are seeking the public’s help to identify a man who robbed a bank.'
      const [r] = expectSpansSlice(release('Federal Bureau of Investigation', dek, lede, 'More follows.'))
      expect(r?.standfirst).toBe(dek)
      expect(r?.dateline).toMatchObject({ text: 'Los Angeles:', place: 'Los Angeles' })
      for (const first of [
        'Road Closure: Police are advising motorists that the A9 is closed.',
        'Chief Inspector Jones: The team has worked hard on this case.',
      ]) {
        const [s] = expectSpansSlice(release('Police Scotland', first, STORY_AFTER))
        expect(s?.dateline).toBeNull()
        expect(s?.paragraphs[0]?.text).toBe(first)
      }
    })

    it('gives a dateline day without its year the year the release names', () => {
      const text = release(
        'Drug Enforcement Administration',
        'MAY 14— A special team of Drug Enforcement Administration agents from Dallas helped arrest more than 30 methamphetamine trafficking suspects in Oklahoma and Arkansas on Wednesday, May 5, 2004.',
        'More follows.',
      )
      const [r] = extract(text).releases
      expect(r?.dateline?.date).toBe('2004-05-14')
      expect(r?.publishedOn).toEqual({ date: '2004-05-14', inferred: true, rule: 'dates/dateline' })
    })

    it('is null when the story has none', () => {
      const [r] = splitReleases(TWO_RELEASES).releases
      expect(r?.dateline).toBeNull()
    })

    it('sets the publication date when none is given', () => {
      const text = release('Interpol', '20 February 2025', 'Police chiefs met yesterday.', 'More follows.')
      const [r] = extract(text).releases
      expect(r?.publishedOn).toEqual({ date: '2025-02-20', inferred: true, rule: 'dates/dateline' })
      // The date line is read by the date parser all the same.
      expect(r?.dates.map((d) => d.text)).toContain('20 February 2025')
    })
  })

  describe('standfirst or lede', () => {
    /** A release of `source` whose body opens with `first`, then a longer paragraph. */
    const one = (title: string, source: string, first: string) =>
      `${title}\n\nSource: ${source}\n\n${first}\n\n${STORY_AFTER}\n\n`

    it('reads a short first sentence as the lede when nothing marks it as a dek (real, then a variant)', () => {
      for (const first of [
        'A Met officer has been dismissed for acting inappropriately towards a student officer.',
        'A man has been charged with murder.',
      ]) {
        const [r] = splitReleases(one('Officer dismissed', 'Metropolitan Police', first)).releases
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs[0]?.text).toBe(first)
      }
    })

    it('takes a headline-like dek without an auxiliary verb (real, then a variant)', () => {
      for (const first of [
        'Hundreds of endangered species seized in crackdown on international wildlife smuggling.',
        'Record seizures reported at the border.',
      ]) {
        expect(splitReleases(one('Seizures', 'Home Office', first)).releases[0]?.standfirst).toBe(first)
      }
    })

    it('takes a short sentence as the dek when the story’s first sentence retells more of the title', () => {
      const tyrone = [
        'Stolen farm machinery worth £1.2m recovered in Co Tyrone',
        '',
        'Source: Police Service of Northern Ireland',
        '',
        'Quad bikes, tractors and trailers have been returned to farmers.',
        '',
        'Detectives have recovered stolen farm machinery worth £1.2m following a four-month investigation.',
        '',
      ].join('\n')
      const [r] = splitReleases(tyrone).releases
      expect(r?.standfirst).toBe('Quad bikes, tractors and trailers have been returned to farmers.')
      expect(r?.paragraphs[0]?.text).toMatch(/^Detectives have recovered/)
    })

    it('keeps a short lede that tells its title, above a paragraph that tells it too', () => {
      const first = 'A man has been charged with murder.'
      const text = one(
        'Man charged with murder after Croydon stabbing',
        'Metropolitan Police',
        first,
      ).replace(
        STORY_AFTER,
        'Aaron Smith, 24, was charged on Sunday with the murder of a man who was stabbed in Croydon.',
      )
      const [r] = splitReleases(text).releases
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(first)
    })

    it('keeps a short lede above a paragraph whose "today" dates an event of the story', () => {
      for (const [first, next] of [
        [
          'Three men have been charged following an investigation by Strike Force Raptor detectives in Sydney’s west.',
          'About 6am today (Tuesday 5 March 2024), officers executed search warrants at homes in Blacktown and Mount Druitt.',
        ],
        ['A man has been charged following a stabbing in Harlow.', 'He will appear in court today.'],
      ] as const) {
        const text = one('Three charged in Sydney’s west', 'NSW Police Force', first).replace(
          STORY_AFTER,
          `${next}\n\n${STORY_AFTER}`,
        )
        const [r] = splitReleases(text).releases
        expect(r?.standfirst).toBeNull()
        expect(r?.paragraphs.map((p) => p.text).slice(0, 2)).toEqual([first, next])
      }
    })

    it('follows what the publisher’s earlier releases in the input show', () => {
      const dek = 'Opal will play key role in collating intel to bring down organised crime groups.'
      const text =
        one('First', 'Home Office', 'Hundreds of species seized in crackdown') +
        one('Second', 'Home Office', dek) +
        one('Third', 'Metropolitan Police', dek)
      const releases = splitReleases(text).releases
      expect(releases[1]?.standfirst).toBe(dek)
      // Another publisher has shown no dek: the same sentence is its lede.
      expect(releases[2]?.standfirst).toBeNull()
    })

    it('does not learn a habit from a credit line', () => {
      const lede = 'A Police operation across Auckland has uncovered an alleged drug importation operation.'
      const text =
        one('First', 'New Zealand Police', 'Please attribute to Detective Inspector Jane Smith') +
        one('Second', 'New Zealand Police', lede)
      const releases = splitReleases(text).releases
      expect(releases[0]?.standfirst).toBe('Please attribute to Detective Inspector Jane Smith')
      expect(releases[1]?.standfirst).toBeNull()
    })

    it('reads a dump piece by piece as extract reads it whole', async () => {
      const dek = 'Opal will play key role in collating intel to bring down organised crime groups.'
      const text = [1, 2, 3, 4]
        .map((i) => one(`Release ${i}`, 'Home Office', i === 1 ? 'Seizures up in crackdown' : dek))
        .join('')
      const bytes = new TextEncoder().encode(text)
      const pieces = function* () {
        for (let i = 0; i < bytes.length; i += 17) yield bytes.subarray(i, i + 17)
      }
      const streamed = []
      for await (const r of extractStream(pieces())) streamed.push(r)
      expect(streamed).toEqual(extract(text).releases)
      expect(streamed.map((r) => r.standfirst !== null)).toEqual([true, true, true, true])
    })
  })

  describe('notes to editors', () => {
    const story = [
      'The council has today announced a £2 million fund for new parks across the city.',
      '"Parks matter to everyone," said Cllr Jane Doe, leader of the council.',
      'The fund opens on 1 April 2025.',
    ].join('\n\n')
    const notes = [
      'Notes to editors',
      '1. The council manages 45 parks and employs 300 staff.',
      '2. "We are proud of our parks," said Tom Baker, head of parks, in 2024.',
    ].join('\n\n')
    const release = (end: string) =>
      `Council announces new parks fund\n\nSource: Example City Council\n\n${story}\n\n${end}\n\nPark reopens\n\nSource: Example City Council\n\nThe park in Elm Street reopened on Monday after repairs.\n`

    it.each(['ENDS', '-ENDS-', '– ends –', '###', '-30-', '* *** *', ''])(
      'keeps the notes apart after the mark %j, and still reads their quotes, figures and dates',
      async (mark) => {
        const text = release(mark ? `${mark}\n\n${notes}` : notes)
        const [r, next] = expectSpansSlice(text)
        expect(r?.paragraphs.map((p) => p.text)).toEqual(story.split('\n\n'))
        expect(r?.notes?.text).toBe(notes)
        expect(text.slice(r!.notes!.span.start, r!.notes!.span.end)).toBe(r?.notes?.text)
        expect(r?.notes?.paragraphs.map((p) => p.text)).toEqual(notes.split('\n\n'))
        expect(next?.title).toBe('Park reopens')
        expect(next?.notes).toBeNull()
        const [e] = extract(text).releases
        expect(e?.quotes.map((q) => q.speaker?.name)).toEqual(['Jane Doe', 'Tom Baker'])
        expect(e?.statistics.map((s) => s.text)).toEqual(['£2 million', '45', '300'])
        expect(e?.dates.map((d) => d.text)).toEqual(['today', '1 April 2025', '2024'])
        const bytes = new TextEncoder().encode(text)
        const pieces = function* () {
          for (let i = 0; i < bytes.length; i += 23) yield bytes.subarray(i, i + 23)
        }
        const streamed = []
        for await (const s of extractStream(pieces())) streamed.push(s)
        expect(streamed).toEqual(extract(text).releases)
      },
    )

    it.each([
      '-30-\n\nContact\nCpl. Jane Doe\nNova Scotia RCMP Communications\n902-555-0123',
      'ENDS\n\nFor media enquiries please contact:\nLeeds City Council press office\nTel: 0113 378 6007',
      'Media contact: Jane Doe, Strategic Communications, 416-555-0199, jane.doe@toronto.ca',
      'Contacts\n\nMedia Relations\nCanada Revenue Agency\n613-555-0100',
    ])('keeps a contact block apart as notes: %j', (end) => {
      const text = release(end)
      const [r] = expectSpansSlice(text)
      expect(r?.paragraphs.map((p) => p.text)).toEqual(story.split('\n\n'))
      expect(r?.notes?.text).toMatch(/^(?:Contact|For media|Media contact)/)
      expect(r?.notes?.text.endsWith(end.split('\n').at(-1)!)).toBe(true)
    })

    it('keeps an end mark with no heading after it, and the lines after it, in the story', () => {
      const text = release('ENDS\n\nIssued by Police Media Centre.')
      const [r] = expectSpansSlice(text)
      expect(r?.paragraphs.map((p) => p.text).slice(-2)).toEqual(['ENDS', 'Issued by Police Media Centre.'])
      expect(r?.notes).toBeNull()
    })
  })

  describe('line endings and white space', () => {
    it('reads CRLF and CR as LF, keeping offsets into the original', () => {
      for (const eol of ['\r\n', '\r']) {
        const text = TWO_RELEASES.replace(/\n/g, eol)
        const releases = expectSpansSlice(text)
        expect(releases.map((r) => r.title)).toEqual(splitReleases(TWO_RELEASES).releases.map((r) => r.title))
        expect(releases[1]?.titleLine).toBe(11)
      }
    })

    it('keeps a byte-order mark inside the first release, without a preamble', () => {
      const text = `\ufeff${TWO_RELEASES}`
      const { releases, preamble } = splitReleases(text)
      expect(preamble).toBeNull()
      expect(releases[0]?.title).toBe('Police target night-time economy to tackle spiking')
      expect(releases[0]?.span.start).toBe(0)
    })

    it('trims non-breaking, narrow and trailing spaces from titles and paragraphs', () => {
      const text = `Title with trailing spaces \u00a0\n\nSource:\u00a0${NPCC}  \n\n\u202fA short dek.\u2009\n\n${BODY}   \n`
      const [r] = expectSpansSlice(text)
      expect(r?.title).toBe('Title with trailing spaces')
      expect(r?.source).toBe(NPCC)
      expect(r?.standfirst).toBe('A short dek.')
      expect(r?.paragraphs[0]?.text).toBe(BODY)
    })

    it('treats runs of blank lines (and lines of spaces) as one break', () => {
      const text = `Title\n\n\n\nSource: ${NPCC}\n \n\t\n\nA dek.\n\n\n\nThe body.\n\n\n`
      const [r] = splitReleases(text).releases
      expect(r?.title).toBe('Title')
      expect(r?.standfirst).toBe('A dek.')
      expect(r?.paragraphs.map((p) => p.text)).toEqual(['The body.'])
    })

    it('joins a hard-wrapped paragraph', () => {
      const text = `Title\n\nSource: ${NPCC}\n\nA dek.\n\nThe week of action aims to improve police\ninvestigations into spiking.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.paragraphs.map((p) => p.text)).toEqual([
        'The week of action aims to improve police\ninvestigations into spiking.',
      ])
    })

    it('joins a bullet item wrapped over its lines, and keeps list items apart', () => {
      // The sample's bullet, as a mail client cuts it at 72 characters.
      const item =
        '  • Delivering interactive County Lines training and learning to more\nthan 3,200 police officers and 870 statutory partners since 2020.'
      const text = `Title\n\nSource: ${NPCC}\n\nA dek.\n\n${item}\n  • Cutting drugs lines.\n`
      const [r] = expectSpansSlice(text)
      expect(r?.paragraphs.map((p) => [p.kind, p.text])).toEqual([
        ['bullet', item.slice(4)],
        ['bullet', 'Cutting drugs lines.'],
      ])
      const statistics = extract(text).releases[0]?.statistics ?? []
      expect(statistics.map((s) => [s.text.replace('\n', ' '), s.qualifier])).toContainEqual([
        'more than 3,200',
        'over',
      ])
      // An item that ends a sentence, or a line in capitals after it, starts a paragraph of its own.
      const [list] = expectSpansSlice(
        `Title\n\nSource: ${NPCC}\n\nA dek.\n\n  • Two knives.\nofficers said more would follow.\n`,
      )
      expect(list?.paragraphs.map((p) => p.kind)).toEqual(['bullet', 'text'])
    })
  })

  describe('odd dumps', () => {
    it('reads a `Source:` line written in capitals, in the dump and in its stream', async () => {
      // The sample corpus with its field names upper-cased, as some exports write them.
      const dump = corpus('000_553ed2df297268c8.txt')
      const upper = dump.replace(/^Source:/gm, 'SOURCE:')
      expect(upper).not.toBe(dump)
      const releases = splitReleases(dump).releases
      const read = splitReleases(upper).releases
      expect(read.map((r) => [r.title, r.source, r.standfirst])).toEqual(
        releases.map((r) => [r.title, r.source, r.standfirst]),
      )
      const streamed: Array<string | null> = []
      for await (const r of extractStream([upper.slice(0, 5000), upper.slice(5000)])) streamed.push(r.title)
      expect(streamed).toEqual(releases.map((r) => r.title))
      // Near misses: another word in capitals, and "Source" as a word of a sentence, open no release.
      const text = `Title one\n\nSource: Police Scotland\n\nThe story.\n\nSOURCES: ONS\n\nSource of the figures: ONS\n`
      expect(splitReleases(text).releases).toHaveLength(1)
    })

    it('reads a title that opens with a quotation, a digit or "UPDATE 3 –" (real, then variants)', () => {
      const titles = [
        "'Industrial' money launderers sentenced",
        '“Hidden in plain sight”: the reality of modern slavery',
        '4.2 tonnes of Europe-bound cocaine seized in joint operation involving the NCA',
        'UPDATE 3 – Police name man who died in Hamilton crash',
      ]
      for (const eol of ['\n\n', '\n']) {
        const text = titles
          .map(
            (t) =>
              `${t}${eol}Source: Crown Prosecution Service${eol}Three family members have today been sentenced.${eol}`,
          )
          .join('')
        expect(splitReleases(text).releases.map((r) => r.title)).toEqual(titles)
      }
    })

    it('reads a title that is all one quotation, before a publisher named once', () => {
      const titles = [
        '“Don’t risk it this Christmas”',
        "'Stay safe on the roads this winter'",
        '‘Have you seen this man?’',
        '"Don\'t drink and drive"',
      ]
      const sources = ['Police Scotland', 'Scottish Government', 'Welsh Government', 'An Garda Síochána']
      const first = `Police launch winter campaign\n\nSource: NSW Police Force\n\n${BODY}\n\n`
      const text =
        first +
        titles
          .map((t, i) => `${t}\n\nSource: ${sources[i]}\n\nMotorists are being urged to plan ahead.\n\n`)
          .join('')
      const releases = splitReleases(text).releases
      expect(releases.map((r) => r.title)).toEqual(['Police launch winter campaign', ...titles])
      expect(releases[0]?.paragraphs.map((p) => p.text)).toEqual([BODY])
      // Quoted speech that ends its sentence inside the marks, or goes on past them, is no title.
      for (const speech of ['“We will not stop this winter.”', '“We will not stop” and “we will win”']) {
        const quoted = `${first}${speech}\n\nSource: Scottish Government\n\nMore follows.\n`
        expect(splitReleases(quoted).releases.map((r) => r.title)).toEqual(['Police launch winter campaign'])
      }
    })

    it('does not take a quoted paragraph before a Source line for a title', () => {
      const text = `First\nSource: Home Office\nA body.\n“We will not stop,” said the chief.\nSource: Home Office\nThe body.\n`
      const releases = splitReleases(text).releases
      expect(releases.map((r) => r.title)).toEqual(['First', null])
      expect(releases[0]?.paragraphs.map((p) => p.text)).toContain('“We will not stop,” said the chief.')
    })

    it('returns nothing for an empty or blank input', () => {
      for (const text of ['', '\n\n', '  \r\n\t']) {
        expect(splitReleases(text)).toEqual({ releases: [], preamble: null, diagnostics: [] })
      }
    })

    it('keeps text before the first release as a preamble, with a diagnostic', () => {
      const text = `Scraped 2024-03-18 from the aggregator\n\n${TWO_RELEASES}`
      const { releases, preamble, diagnostics } = splitReleases(text)
      expect(preamble?.text).toBe('Scraped 2024-03-18 from the aggregator\n\n')
      expect(releases[0]?.span.start).toBe(preamble?.span.end)
      expect(diagnostics.map((d) => d.ruleId)).toEqual(['releases/preamble'])
    })

    it('flags a release cut off at the end of the file', () => {
      const text = `${TWO_RELEASES}Final title\n\nSource: ${NPCC}\n\nThe investigation saw a further 35 handguns seized, along with`
      const last = splitReleases(text).releases.at(-1)
      expect(last?.title).toBe('Final title')
      expect(last?.diagnostics.map((d) => d.ruleId)).toEqual(['releases/truncated'])
    })

    it('flags a release that stops after its Source line', () => {
      const last = splitReleases(`${TWO_RELEASES}Final title\n\nSource: ${NPCC}\n`).releases.at(-1)
      expect(last?.paragraphs).toEqual([])
      expect(last?.diagnostics.map((d) => d.ruleId)).toEqual(['releases/empty-body'])
    })

    it('does not split at a Source line inside a story', () => {
      const text = TWO_RELEASES.replace(
        'The week of action aims',
        'Reports rose by 10% over the year.\n\nSource: Office for National Statistics crime survey\n\nThe week of action aims',
      )
      const releases = splitReleases(text).releases
      expect(releases).toHaveLength(2)
      expect(releases[0]?.paragraphs.map((p) => p.text)).toContain(
        'Source: Office for National Statistics crime survey',
      )
    })

    it('starts a release at a title ending in a full stop, of a publisher the input names once', () => {
      // The wide corpus, as written but for the title's full stop: the Scottish Government's release
      // follows Police Scotland's, and each publisher is named once.
      const uk3 = new Map(wideCorpusTexts()).get('uk_3.txt')!
      const title = 'Domestic abuse victims encouraged to seek support'
      const dotted = uk3.replace(`\n${title}\n`, `\n${title}.\n`)
      expect(dotted).not.toBe(uk3)
      const releases = splitReleases(dotted).releases
      expect(releases.map((r) => [r.title, r.source])).toEqual(
        splitReleases(uk3).releases.map((r) => [r.title === title ? `${title}.` : r.title, r.source]),
      )
      expect(releases[1]?.standfirst).toBe('Fewer than one in five incidents reported to police')
      expect(releases[0]?.paragraphs.map((p) => p.text)).not.toContain(`${title}.`)
      // The same in a dump of two releases of our own, the story retelling the title in its lede.
      const own = `${TWO_RELEASES}\nThree men charged after drugs raid in Leeds.\n\nSource: West Yorkshire Police\n\nThree men have been charged after officers raided a house in Leeds on Tuesday.\n`
      expect(splitReleases(own).releases.map((r) => r.source)).toEqual([NPCC, NPCC, 'West Yorkshire Police'])
    })

    it('starts a release at a title ending in a full stop when its story opens with a dateline abbreviated', () => {
      // The wide corpus, as written but for the title's full stop: ICE's story opens "Tampa, Fla. —",
      // whose stop ends no sentence, so the lede still retells the title.
      const us1 = new Map(wideCorpusTexts()).get('us_1.txt')!
      const title = 'Orlando man sentenced to more than 10 years for cocaine trafficking'
      const dotted = us1.replace(`\n${title}\n`, `\n${title}.\n`)
      expect(dotted).not.toBe(us1)
      expect(splitReleases(dotted).releases.map((r) => [r.title, r.source])).toEqual(
        splitReleases(us1).releases.map((r) => [r.title === title ? `${title}.` : r.title, r.source]),
      )
      // Our own, with a state before a dash and a dated dateline.
      for (const [heading, source, lede] of [
        [
          'Baltimore man pleads guilty to gun charges.',
          "U.S. Attorney's Office District of Maryland",
          'BALTIMORE, Md. – A Baltimore man pleaded guilty today to federal gun charges.',
        ],
        [
          'Sacramento woman charged with arson.',
          'Federal Bureau of Investigation',
          'SACRAMENTO, Calif. (Dec. 3, 2024) – A Sacramento woman was charged with arson today.',
        ],
      ]) {
        const text = `${TWO_RELEASES}\n${heading}\n\nSource: ${source}\n\n${lede}\n\nThe investigation continues.\n`
        expect(splitReleases(text).releases.map((r) => [r.title, r.source])).toEqual([
          ...splitReleases(TWO_RELEASES).releases.map((r) => [r.title, r.source]),
          [heading, source],
        ])
      }
    })

    it('starts a release at a title ending in a full stop in Title Case, or retold in other forms or over two paragraphs', () => {
      const sources = (heading: string, source: string, opening: string) =>
        splitReleases(`${TWO_RELEASES}\n${heading}\n\nSource: ${source}\n\n${opening}\n`).releases.map(
          (r) => [r.title, r.source],
        )
      for (const [heading, source, opening] of [
        // A headline in Title Case, whatever its lede says.
        [
          'Three Charged After Operation Cobalt Warrant Executed.',
          'New Zealand Police',
          'Two men will appear in the Waitakere District Court tomorrow.',
        ],
        // "fall" and "fallen", "burglary" and "burglaries".
        [
          'Minister welcomes fall in burglary rates.',
          'Scottish Government',
          'Recorded burglaries have fallen by 19% in the past year, new figures show.',
        ],
        // "man" in the lede, "offences" in the paragraph after it.
        [
          'Man sentenced for historic sexual offences.',
          'Police Scotland',
          'A 67-year-old man has been jailed for eight years at the High Court in Glasgow.\n\nThe offences took place between 1985 and 1992.',
        ],
      ]) {
        expect(sources(heading!, source!, opening!)).toEqual([
          [TWO_RELEASES.split('\n')[0], NPCC],
          ['Drones provide vital support at Victorious Festival', NPCC],
          [heading, source],
        ])
      }
      // The same with the story cut at a width: a paragraph's lines are read as one.
      const wrapped = hardWrap(
        `${TWO_RELEASES}\nMan sentenced for historic sexual offences.\n\nSource: Police Scotland\n\nA 67-year-old man has been jailed for eight years at the High Court in Glasgow today.\n\nThe offences took place between 1985 and 1992.\n`,
        60,
      )
      expect(splitReleases(wrapped).releases.map((r) => r.source)).toEqual([NPCC, NPCC, 'Police Scotland'])
      // A line with no figure, one of whose words the story tells again: no citation's sentence.
      expect(
        sources(
          'New laws to protect retail workers come into force.',
          'Home Office',
          'Assaulting a shop worker will become a standalone offence from today.\n\nThe change follows a campaign by unions.',
        ),
      ).toEqual([
        [TWO_RELEASES.split('\n')[0], NPCC],
        ['Drones provide vital support at Victorious Festival', NPCC],
        ['New laws to protect retail workers come into force.', 'Home Office'],
      ])
      // One word retold in both paragraphs counts once; a line in Title Case over a citation is the story's.
      for (const [heading, source, opening] of [
        [
          'Spiking reports rose by 10% over the year.',
          'Office for National Statistics',
          'Spiking is most common in city centres.\n\nSpiking can happen anywhere.',
        ],
        [
          'Reports Of Spiking Rose By 10% Over The Year.',
          'ONS, year ending March 2024',
          'Officers will visit venues.',
        ],
      ]) {
        expect(sources(heading!, source!, opening!)).toHaveLength(2)
      }
    })

    it('keeps a sentence ending in a full stop above a Source line in its story when nothing makes it a title', () => {
      const citing = (sentence: string, source: string, after: string) =>
        TWO_RELEASES.replace(
          'The week of action aims',
          `${sentence}\n\nSource: ${source}\n\n${after} The week of action aims`,
        )
      for (const text of [
        // The story goes on to other words.
        citing(
          'Reports rose by 10% over the year.',
          'Office for National Statistics',
          'Officers will visit venues.',
        ),
        // A citation, not a publisher's name, though the story goes on about the same figures.
        citing(
          'Reports of spiking rose by 10% over the year.',
          'Office for National Statistics crime survey',
          'Reports of spiking rose most in city centres.',
        ),
        citing(
          'Reports of spiking rose by 10% over the year.',
          'ONS, year ending March 2024',
          'Reports of spiking rose most in city centres.',
        ),
        // No figure, but nothing told again, or one word told again under a citation.
        citing(
          'Reports of spiking rose over the year.',
          'Office for National Statistics',
          'Officers will visit venues.',
        ),
        citing(
          'Reports of spiking rose over the year.',
          'Office for National Statistics crime survey',
          'Spiking rose most in city centres.',
        ),
        // A figure, and one word told again.
        citing(
          'Reports of spiking rose by 10% over the year.',
          'Office for National Statistics',
          'Spiking rose most in city centres.',
        ),
      ]) {
        expect(splitReleases(text).releases).toHaveLength(2)
      }
      // A line that is not alone between blank lines is the end of a paragraph.
      const joined = TWO_RELEASES.replace(
        'The week of action aims',
        'Officers visited venues.\nReports of spiking rose by 10% over the year.\n\nSource: Office for National Statistics\n\nReports of spiking rose most in city centres. The week of action aims',
      )
      expect(splitReleases(joined).releases).toHaveLength(2)
    })

    it('does not split at a Source line under a figure’s heading or the notes to editors', () => {
      for (const heading of [
        'Figure 1: Knife crime offences by year',
        'Table 2 – Arrests by force area',
        'Chart: recorded offences',
        'Notes to editors',
        "Editor's note:",
      ]) {
        const text = TWO_RELEASES.replace(
          'The week of action aims',
          `${heading}\n\nSource: Office for National Statistics, year ending March 2024\n\nThe week of action aims`,
        )
        const releases = splitReleases(text).releases
        expect(releases.map((r) => r.title)).toEqual([
          'Police target night-time economy to tackle spiking',
          'Drones provide vital support at Victorious Festival',
        ])
        // A heading of notes opens the notes; the others stay paragraphs.
        const read = [...(releases[0]?.paragraphs ?? []), ...(releases[0]?.notes?.paragraphs ?? [])]
        expect(read.map((p) => p.text)).toContain(heading)
      }
      // A title that only opens with such a word is a title.
      for (const title of [
        'Table tennis club wins award',
        'Figures show fall in burglary',
        'Mapping crime hotspots',
      ]) {
        const text = `${TWO_RELEASES}${title}\n\nSource: Office for National Statistics\n\n${BODY}\n`
        expect(splitReleases(text).releases.at(-1)?.title).toBe(title)
      }
    })

    it('does not split at "Source:" in the middle of a line', () => {
      const text = TWO_RELEASES.replace(
        'The week of action aims',
        'Figures (Source: ONS) show it. The week of action aims',
      )
      expect(splitReleases(text).releases).toHaveLength(2)
    })

    it('reads other publishers’ Source lines', () => {
      const text = TWO_RELEASES.replace(`Source: ${NPCC}`, 'Source: New Zealand Police').replace(
        `Source: ${NPCC}`,
        'Source: Scottish Government',
      )
      expect(splitReleases(text).releases.map((r) => r.source)).toEqual([
        'New Zealand Police',
        'Scottish Government',
      ])
    })

    it('reads a file with a title and no Source line as one release of unknown source', () => {
      const text =
        'Police and partners sign historic charter\n\nPolice leaders have reaffirmed their commitment.\n'
      const { releases, diagnostics } = splitReleases(text)
      expect(releases).toHaveLength(1)
      expect(releases[0]?.title).toBe('Police and partners sign historic charter')
      expect(releases[0]?.source).toBeNull()
      expect(diagnostics.map((d) => d.ruleId)).toEqual(['releases/missing-source'])
    })

    describe('a text without a Source line whose title is under a label or a day', () => {
      const BODY =
        'The council today opened a new library in the town centre. It will open daily.\n\nThe building cost £2m.\n'
      const TITLE = 'Council opens new library in Ashford'

      it('takes the line under a label as the title, and the label as the label', () => {
        for (const head of ['FOR IMMEDIATE RELEASE', 'Media Release', 'News release:']) {
          const { releases, preamble } = splitReleases(`${head}\n\n${TITLE}\n\n${BODY}`)
          expect(preamble).toBeNull()
          expect(releases[0]?.title).toBe(TITLE)
          expect(releases[0]?.titleLine).toBe(3)
          expect(releases[0]?.label?.text).toBe(head)
          expect(releases[0]?.paragraphs[0]?.text).toMatch(/^The council today/)
          expect(releases[0]?.span.start).toBe(0)
        }
      })

      it('reads a day above the title as the dateline and the day published', () => {
        const cases: Array<[string, string]> = [
          ['Monday, January 13, 2025', '2025-01-13'],
          ['14 February 2025', '2025-02-14'],
          ['For release: 10:00, 4 March 2025', '2025-03-04'],
        ]
        for (const [head, day] of cases) {
          const [r] = splitReleases(`${head}\n\n${TITLE}\n\n${BODY}`).releases
          expect(r?.title).toBe(TITLE)
          expect(r?.dateline?.text).toBe(head)
          expect(r?.dateline?.date).toBe(day)
          expect(r?.publishedOn?.date).toBe(day)
          expect(r?.paragraphs[0]?.text).toMatch(/^The council today/)
        }
      })

      it('reads a label and a day, in either order, above the title', () => {
        for (const head of [
          'FOR IMMEDIATE RELEASE\n\nTuesday 4 March 2025',
          'Tuesday 4 March 2025\n\nFOR IMMEDIATE RELEASE',
        ]) {
          const [r] = splitReleases(`${head}\n\n${TITLE}\n\n${BODY}`).releases
          expect(r?.title).toBe(TITLE)
          expect(r?.label?.text).toBe('FOR IMMEDIATE RELEASE')
          expect(r?.dateline?.date).toBe('2025-03-04')
        }
      })

      it('takes the line right under a label as the title when the two lines stand alone', () => {
        for (const head of ['Press release', 'MEDIA RELEASE', 'News release:']) {
          const [r] = splitReleases(`${head}\n${TITLE}\n\n${BODY}`).releases
          expect(r?.title).toBe(TITLE)
          expect(r?.label?.text).toBe(head)
          expect(r?.standfirst).toBeNull()
          expect(r?.paragraphs[0]?.text).toMatch(/^The council today/)
        }
        // An office's line under the label is its byline; the title stands below.
        const office = splitReleases(`FOR IMMEDIATE RELEASE\nOffice of Public Affairs\n\n${TITLE}\n\n${BODY}`)
          .releases[0]
        expect(office?.title).not.toBe('Office of Public Affairs')
        expect(office?.byline?.text).toBe('Office of Public Affairs')
        // A sentence under the label, a third line, or no story under them: no title there.
        const sentence = splitReleases(`Media release\nPolice appeal for witnesses.\n\n${BODY}`).releases[0]
        expect(sentence?.title).toBeNull()
        const three = splitReleases(`Press release\n${TITLE}\nMonday\n\n${BODY}`).releases[0]
        expect(three?.title).toBeNull()
        const alone = splitReleases(`Press release\n${TITLE}\n`).releases[0]
        expect(alone?.title).toBeNull()
      })

      it("reads a minister's name and portfolio above the title as the byline", () => {
        const minister = 'Minister for Transport\nThe Hon. Sarah Mitchell MP'
        for (const [head, label] of [
          [`MEDIA RELEASE\n${minister}\n\nWednesday, 4 September 2024`, 'MEDIA RELEASE'],
          [minister, null],
          ['The Hon. Sarah Mitchell MP\nMinister for Transport\n\nMedia release', 'Media release'],
          ['Jane Doe MP\nMinister for Housing', null],
        ] as const) {
          const [r] = splitReleases(`${head}\n\n${TITLE}\n\n${BODY}`).releases
          expect(r?.title).toBe(TITLE)
          expect(r?.standfirst).toBeNull()
          expect(r?.label?.text ?? null).toBe(label)
          expect(r?.byline?.text).toMatch(/Minister for/)
          expect(r?.paragraphs[0]?.text).toMatch(/^The council today/)
        }
        // The story straight under the minister's lines: no title to take.
        const story = splitReleases(`${minister}\n\n${BODY}`).releases[0]
        expect(story?.title).toBeNull()
        expect(story?.paragraphs[0]?.text).toMatch(/^The council today/)
        // Two lines that name no minister stay the title's block as before.
        const office = splitReleases(`Department for Transport\nRoads team\n\n${TITLE}\n\n${BODY}`)
          .releases[0]
        expect(office?.title).toBeNull()
      })

      it('keeps the first line as the title when no title stands under the day', () => {
        // The line under the day is the story's sentence, and nothing follows a lone line.
        const lede = splitReleases(`Monday, January 13, 2025\n\n${BODY}`).releases[0]
        expect(lede?.title).toBe('Monday, January 13, 2025')
        expect(lede?.paragraphs[0]?.text).toMatch(/^The council today/)
        const alone = splitReleases(`FOR IMMEDIATE RELEASE\n\n${TITLE}\n`).releases[0]
        expect(alone?.title).toBe('FOR IMMEDIATE RELEASE')
        // A title first, with a day under it, reads as before.
        const under = splitReleases(`${TITLE}\n\nMonday, January 13, 2025\n\n${BODY}`).releases[0]
        expect(under?.title).toBe(TITLE)
        // A place that is not a day is no head line.
        const place = splitReleases(`Police chiefs meet in Leeds\n\n${TITLE}\n\n${BODY}`).releases[0]
        expect(place?.title).toBe('Police chiefs meet in Leeds')
      })

      it('reads a long run of label lines in bounded time', () => {
        const text = `${'FOR IMMEDIATE RELEASE\n\n'.repeat(400)}${TITLE}\n\n${BODY}`
        const [r] = splitReleases(text).releases
        expect(r?.title).toBe('FOR IMMEDIATE RELEASE')
      })
    })

    it('keeps sub-headings such as "Notes to editors" as paragraphs of their own, in the notes', () => {
      const text = TWO_RELEASES.replace(
        'The week of action aims',
        'Notes to editors\n\nThe week of action aims',
      )
      const texts = splitReleases(text).releases[0]?.notes?.paragraphs.map((p) => p.text)
      expect(texts?.[0]).toBe('Notes to editors')
      expect(splitReleases(text).releases).toHaveLength(2)
    })
  })

  describe('the compact rendering', () => {
    const COMPACT = [
      `Source: ${NPCC}`,
      'Forces step up patrols during the first national week of action.',
      'Police forces have been targeting resources to ramp up activity in the night-time economy.',
      '- Partnership working to tackle vehicle crime',
      '- 180 arrests made relating to vehicle crime, including burglary',
      'The week of action aims to improve police investigations into spiking.',
      `Source: ${NPCC}`,
      'Trials continuing in drone as first responder initiative',
      'August saw the latest trial in drone as first responder technology.',
      '',
    ].join('\n')

    it('splits releases that start at their Source line, one after another', () => {
      const { releases, preamble } = splitReleases(COMPACT)
      expect(preamble).toBeNull()
      expect(releases).toHaveLength(2)
      expect(releases.map((r) => r.title)).toEqual([null, null])
      expect(releases.map((r) => r.diagnostics.map((d) => d.ruleId))).toEqual([
        ['releases/missing-title'],
        ['releases/missing-title'],
      ])
    })

    it('reads single-newline paragraphs and "- " bullets', () => {
      const [r] = expectSpansSlice(COMPACT)
      expect(r?.standfirst).toBe('Forces step up patrols during the first national week of action.')
      expect(r?.paragraphs.map((p) => [p.kind, p.text])).toEqual([
        [
          'text',
          'Police forces have been targeting resources to ramp up activity in the night-time economy.',
        ],
        ['bullet', 'Partnership working to tackle vehicle crime'],
        ['bullet', '180 arrests made relating to vehicle crime, including burglary'],
        ['text', 'The week of action aims to improve police investigations into spiking.'],
      ])
    })

    it('takes the line before Source as the title when it reads as one', () => {
      const text = `Police target night-time economy\nSource: ${NPCC}\nA dek.\nThe body.\nDrones provide vital support\nSource: ${NPCC}\nThe body.\n`
      const releases = splitReleases(text).releases
      expect(releases.map((r) => r.title)).toEqual([
        'Police target night-time economy',
        'Drones provide vital support',
      ])
      expect(releases[0]?.paragraphs.map((p) => p.text)).toEqual(['The body.'])
    })
  })
})

const spaced = (t: string) => t.replace(/\s+/g, ' ')

describe('hard-wrapped text', () => {
  it('reads every real release cut at 72 or 80 characters with its title and paragraphs, in its dump', () => {
    let titles = 0
    for (const [name, dump] of wideCorpusTexts()) {
      const releases = splitReleases(dump).releases
      for (const width of [72, 80]) {
        const wrapped = expectSpansSlice(hardWrap(dump, width))
        expect(
          wrapped.map((r) => spaced(r.title ?? '')),
          name,
        ).toEqual(releases.map((r) => r.title))
        releases.forEach((r, i) => {
          expect(
            wrapped[i]?.paragraphs.map((p) => spaced(p.text)),
            `${name}: ${r.title}`,
          ).toEqual(r.paragraphs.map((p) => spaced(p.text)))
          const standfirst = wrapped[i]?.standfirst
          expect(standfirst ? spaced(standfirst) : null, `${name}: ${r.title}`).toBe(r.standfirst)
          // A long `Source:` line is cut too, and read whole.
          expect(spaced(wrapped[i]?.source ?? ''), `${name}: ${r.title}`).toBe(r.source ?? '')
        })
        titles += wrapped.filter((r) => r.title?.includes('\n')).length
      }
    }
    // Some titles were cut over lines, so the check above reads them.
    expect(titles).toBeGreaterThan(10)
  })

  it('reads every real release cut as narrow as 40 characters with its title and paragraphs', () => {
    for (const [name, dump] of wideCorpusTexts()) {
      const releases = splitReleases(dump).releases
      for (const width of [40, 45]) {
        const wrapped = expectSpansSlice(hardWrap(dump, width))
        expect(
          wrapped.map((r) => spaced(r.title ?? '')),
          `${name} at ${width}`,
        ).toEqual(releases.map((r) => r.title))
        releases.forEach((r, i) => {
          expect(
            wrapped[i]?.paragraphs.map((p) => spaced(p.text)),
            `${name} at ${width}: ${r.title}`,
          ).toEqual(r.paragraphs.map((p) => spaced(p.text)))
        })
      }
    }
  })

  it('reads a title cut over two lines in text without blank lines, under the last sentence of the release before', () => {
    // The shape of the wide corpus (us_1.txt, DOJ) cut at 72 characters with its blank lines taken out.
    const before = [
      'Defendant Sentenced in Prison Smuggling Case',
      'Source: United States Department of Justice News',
      'MONTGOMERY, Ala. – A man was sentenced today to 12 years in federal prison',
      'for his role in a conspiracy to smuggle methamphetamine into a state',
      'prison, announced the United States Attorney for the Middle District of',
      'Alabama. “The time and effort dedicated to this case by special agents',
      'exemplify the extent the FBI will undertake in pursuit of justice.”',
    ]
    const body = [
      'Montgomery, Alabama – Today, United States Attorney Sandra J. Stewart',
      'announced that two defendants received prison sentences for conspiring',
      'to bring methamphetamine into an Alabama prison.',
    ]
    const title = [
      'Two Defendants Sentenced for Conspiring to Distribute Methamphetamine in',
      'Central Alabama Prison',
    ]
    const dump = [...before, ...title, 'Source: United States Department of Justice News', ...body].join('\n')
    expect(expectSpansSlice(dump).map((r) => r.title)).toEqual([before[0], title.join('\n')])
    // Near misses: a short last line of a paragraph above a title ("prison."), a line not cut
    // full (the next word would have fitted), and a line that ends no sentence stay out.
    const shortAbove = [
      ...before.slice(0, -1),
      'exemplify the extent of the work.',
      'Prison Smuggling Ring Jailed',
    ]
    expect(
      expectSpansSlice(
        [...shortAbove, 'Source: United States Department of Justice News', ...body].join('\n'),
      ).map((r) => r.title),
    ).toEqual([before[0], 'Prison Smuggling Ring Jailed'])
    const notFull = ['Two Defendants Sentenced for Conspiring', 'Central Alabama Prison']
    expect(
      expectSpansSlice(
        [...before, ...notFull, 'Source: United States Department of Justice News', ...body].join('\n'),
      )[1]?.title,
    ).toBe('Central Alabama Prison')
    const link = [...before.slice(0, -1), 'visit https://www.justice.gov/usao-mdal/pr for the court records']
    expect(
      expectSpansSlice(
        [...link, ...title, 'Source: United States Department of Justice News', ...body].join('\n'),
      )[1]?.title,
    ).toBe('Central Alabama Prison')
  })

  it('reads the opening of an indented release by its text, not its indent', () => {
    // The sample's NPCC release cut at 40 characters and indented: a sentence of 196 characters
    // read as 204 with its indents was too long for a standfirst.
    const standfirst = [
      'This week, as part of the first ever',
      'Modernising Policing week, the National',
      'Police Chiefs’ Council (NPCC) will shine',
      'a light on the areas being explored to',
      'transform law enforcement nationally.',
    ]
    const story = [
      'Today, we present “Thin Digital Line”,',
      'an innovative new podcast series led by',
      'Exception, the innovative Digital',
      'Transformation specialist, and former',
      'Deputy Chief Constable of Lincolnshire.',
    ]
    const release = (indent: string, br: string) =>
      `${indent}The Force and Technological Singularity${br}${br}${indent}Source: United Kingdom National Police Chiefs Council${br}${br}${standfirst.map((l) => indent + l).join(br)}${br}${br}${story.map((l) => indent + l).join(br)}${br}`
    for (const [indent, br] of [
      ['', '\n'],
      ['  ', '\n'],
      ['\t', '\r\n'],
    ] as const) {
      const [r] = expectSpansSlice(release(indent, br))
      expect(r?.standfirst && spaced(r.standfirst), JSON.stringify(indent + br)).toBe(
        spaced(standfirst.join(' ')),
      )
    }
  })

  it('takes no short line, sentence or line after a paragraph into a title', () => {
    const body = `Officers executed warrants at six addresses in the city and seized drugs, cash and a firearm,\nin an operation that began in the spring.\n`
    for (const above of ['NEWS RELEASE', 'The investigation by officers of the force continues this week.']) {
      const [r] = splitReleases(
        `${above}\nDrugs seized in raid\n\nSource: Police Scotland\n\n${body}`,
      ).releases
      expect(r?.title).toBe('Drugs seized in raid')
    }
    // One paragraph a line, no blank lines: the line above the title is the release before's.
    const dump = `First release title\nSource: Police Scotland\nThe first story, as long as a wrapped line is in a mail client\nSecond release title\nSource: Police Scotland\n${body}`
    expect(splitReleases(dump).releases.map((r) => r.title)).toEqual([
      'First release title',
      'Second release title',
    ])
  })

  it("reads a `Source:` line cut at the body's width over its two lines, and no short one", () => {
    const body =
      'PORTLAND, Maine: A Westbrook woman was sentenced in U.S. District Court\nin Portland for serving as a money mule for someone she met online. A\nmoney mule is someone who transfers or moves illegally acquired money on\nbehalf of someone else. She was ordered to pay restitution to the agency\nand to serve three years of supervised release after her prison term.\n'
    const [cut] = expectSpansSlice(
      `Woman sentenced in money mule case\n\nSource: United States Department of Justice (National Center for\nDisaster Fraud)\n\n${body}`,
    )
    expect(cut?.source).toBe('United States Department of Justice (National Center for\nDisaster Fraud)')
    expect(cut?.standfirst).toBeNull()
    expect(cut?.paragraphs[0]?.text.startsWith('PORTLAND, Maine')).toBe(true)
    // A short name: the line under it would have fitted, so it starts the story.
    const [short] = expectSpansSlice(`Woman sentenced in money mule case\n\nSource: FBI\n${body}`)
    expect(short?.source).toBe('FBI')
    expect(short?.paragraphs[0]?.text.startsWith('PORTLAND, Maine')).toBe(true)
    // One paragraph a line: nothing is cut, so the line under a long name is the story's.
    const [plain] = expectSpansSlice(
      `Woman sentenced\n\nSource: United States Department of Justice (National Center for Disaster Fraud)\nPORTLAND, Maine: A Westbrook woman was sentenced in U.S. District Court in Portland today.\n`,
    )
    expect(plain?.source).toBe('United States Department of Justice (National Center for Disaster Fraud)')
  })

  it('reads a `Source:` line cut over three lines of a narrow column, and stops at the story', () => {
    // The wide corpus's name, cut at 40 characters as its body is.
    const body =
      'PORTLAND, Maine: A Westbrook woman was\nsentenced in U.S. District Court in\nPortland for serving as a money mule for\nsomeone she met online. A money mule is\nsomeone who transfers or moves money.\n'
    const [cut] = expectSpansSlice(
      `Woman sentenced in money mule case\n\nSource: United States Department of\nJustice (National Center for Disaster\nFraud)\n\n${body}`,
    )
    expect(cut?.source).toBe('United States Department of\nJustice (National Center for Disaster\nFraud)')
    expect(cut?.standfirst).toBeNull()
    // Without a blank line, the story's first line would not have fitted after the name's last.
    const [tight] = expectSpansSlice(
      `Woman sentenced in money mule case\n\nSource: United States Department of\nJustice (National Center for Disaster\nFraud)\n${body}`,
    )
    expect(tight?.source).toBe('United States Department of\nJustice (National Center for Disaster\nFraud)')
    expect(tight?.paragraphs[0]?.text.startsWith('PORTLAND, Maine')).toBe(true)
  })

  it('joins a line in lower case to the line above it that ends with a comma', () => {
    // A real sentence (wide corpus) cut once after its comma: too short a body to show its width.
    const body =
      'Yellow warning for wind affecting much of Scotland is also in place between 3am on Sunday, 20 October,\nand 11.59pm on Sunday, 20 October.'
    const [r] = expectSpansSlice(
      `Police issue travel advice\n\nSource: Police Scotland\n\nThe Met Office has issued a warning.\n\n${body}\n`,
    )
    expect(r?.paragraphs.map((p) => p.text)).toEqual(['The Met Office has issued a warning.', body])
    // A line in capitals after a comma starts a paragraph of its own, as before.
    const [list] = expectSpansSlice(
      'Police issue travel advice\n\nSource: Police Scotland\n\nThe Met Office has issued a warning.\n\nThe areas affected are these,\nHighland and Moray.\n',
    )
    expect(list?.paragraphs.map((p) => p.text)).toEqual([
      'The Met Office has issued a warning.',
      'The areas affected are these,',
      'Highland and Moray.',
    ])
  })

  it('reads a title cut at a narrow width over a short line whose next word would not fit', () => {
    // A real title (NPCC sample) cut at 34 characters: its middle line is 23 characters long.
    const title = 'Policing will always use\nArtificial Intelligence\nresponsibly'
    const body =
      'Source: National Police Chiefs Council\n\nPolicing will use AI responsibly, chiefs said today.\n'
    const [r] = expectSpansSlice(`${title}\n\n${body}`)
    expect(r?.title).toBe(title)
    // A label or a date line above a title is no part of it, however short the title's line.
    for (const above of ['For immediate release', 'Tuesday 12 March 2024', 'Media statement']) {
      const [labelled] = expectSpansSlice(`${above}\nPolice seize drugs worth millions\n\n${body}`)
      expect(labelled?.title, above).toBe('Police seize drugs worth millions')
    }
    // A short line whose next word would have fitted on it ends a line of its own.
    const [own] = expectSpansSlice(`Kent Police news\nOfficers seize drugs worth millions\n\n${body}`)
    expect(own?.title).toBe('Officers seize drugs worth millions')
  })

  it('tells a body cut at a width by lines that end on a joining word, though its words are names', () => {
    // A real lede (wide corpus) cut at 90 characters: every line break falls before a capital.
    const body = [
      'The Met Office has issued an Amber warning for wind across parts of western and northern',
      'Scotland. The warning is in place between 9am on Sunday, 20 October, and 11.59pm on',
      'Sunday, 20 October, 2024.',
      '',
      'Yellow warning for wind affecting much of Scotland is also in place between 3am on Sunday,',
      '20 October, and 11.59pm on Sunday, 20 October, 2024.',
      '',
      'Further information about the weather warnings and flood information is available on the',
      'Met Office and SEPA websites.',
    ].join('\n')
    const [r] = expectSpansSlice(
      `Police issue travel advice ahead of Storm Ashley\n\nSource: Police Scotland\n\n${body}\n`,
    )
    expect(r?.standfirst).toBeNull()
    expect(r?.paragraphs.map((p) => p.text.split('\n').length)).toEqual([3, 2, 2])
    // The same lines with sentences ending at each break are paragraphs of their own.
    const plain =
      'Officers attended the scene in the city centre on Sunday evening after reports of a fight.\nTwo men were taken to hospital with injuries that are not thought to be life-threatening.\nA 34-year-old man was arrested on suspicion of assault and remains in custody at this time.\nAnyone with information is asked to call 101 quoting the reference number given below.'
    const [q] = expectSpansSlice(`Man arrested after assault\n\nSource: Police Scotland\n\n${plain}\n`)
    expect(q?.paragraphs).toHaveLength(4)
  })

  it('tells a body cut at a width by lines that end on a comma before a name', () => {
    // A real list (wide corpus) cut at 100 characters: its lines break after commas, before capitals.
    const body = [
      'The Met Office has issued an Amber warning for wind across parts of western and northern Scotland.',
      'The warning is in place between 9am on Sunday, 20 October, and 11.59pm on Sunday, 20 October, 2024.',
      '',
      '  • Central, Tayside & Fife (Angus, Clackmannanshire, Dundee, Falkirk, Fife, Perth and Kinross,',
      'Stirling)',
      '  • Strathclyde (Argyll and Bute, East Ayrshire, East Dunbartonshire, East Renfrewshire, Glasgow,',
      'Inverclyde, North Ayrshire, North Lanarkshire, Renfrewshire, South Ayrshire, South Lanarkshire, West',
      'Dunbartonshire)',
    ].join('\n')
    const [r] = expectSpansSlice(
      `Police issue travel advice ahead of Storm Ashley\n\nSource: Police Scotland\n\n${body}\n`,
    )
    expect(r?.paragraphs.map((p) => [p.kind, p.text.split('\n').length])).toEqual([
      ['text', 2],
      ['bullet', 2],
      ['bullet', 3],
    ])
    // One line a paragraph: a single line that ends on a comma tells no width.
    const plain =
      'Officers attended the scene in the city centre on Sunday evening after reports of a fight.\nTwo men were taken to hospital with injuries that are not thought to be life-threatening,\nA 34-year-old man was arrested on suspicion of assault and remains in custody at this time.\nAnyone with information is asked to call 101 quoting the reference number given below.'
    const [q] = expectSpansSlice(`Man arrested after assault\n\nSource: Police Scotland\n\n${plain}\n`)
    expect(q?.paragraphs).toHaveLength(4)
  })

  it('reads a dash, a no-break space and a space left at a break as a wrapping client leaves them', () => {
    const body = [
      'and reassuring the public.  In all these areas AI can make us more effective ',
      '– it can be a tool for good, and to achieve that in the',
      '21st\u00a0century, the sector must embrace the development and use of new',
      'technology to fight crime in all its forms at local and national levels, and',
      'the work goes on in every force across England and Wales this year.',
    ].join('\n')
    const [r] = expectSpansSlice(`AI in policing\n\nSource: NPCC\n\n${body}\n`)
    expect(r?.paragraphs).toHaveLength(1)
    expect(r?.paragraphs[0]?.kind).toBe('text')
    // A list's items after a line that ends its sentence stay items.
    const list =
      'Officers seized the following items from the address in the town on Friday:\n– two knives\n– cash'
    const [l] = expectSpansSlice(`Drugs seized\n\nSource: Kent Police\n\n${list}\n`)
    expect(l?.paragraphs.map((p) => p.kind)).toEqual(['text', 'bullet', 'bullet'])
  })

  it('reads a title cut before one of its dashes, and no list item under a heading', () => {
    const dump = `Drugs seized in the west\n\nSource: An Garda Síochána\n\nA story.\n\nGNDOCB Seizure of €374,000 - One Arrest - Swords, Co. Dublin\n- 4th February 2022\n\nSource: An Garda Síochána\n\nOn Friday the 4th of February 2022, officers seized cash.\n`
    const releases = expectSpansSlice(dump)
    expect(releases.map((r) => r.title)).toEqual([
      'Drugs seized in the west',
      'GNDOCB Seizure of €374,000 - One Arrest - Swords, Co. Dublin\n- 4th February 2022',
    ])
    const listed = `Drugs seized in the west\n\nSource: An Garda Síochána\n\nOfficers seized the following items at the address on Friday.\n- cash\n\nSource: An Garda Síochána\n\nA story.\n`
    expect(expectSpansSlice(listed).map((r) => r.title)).toEqual(['Drugs seized in the west', null])
  })

  it('reads a title cut after its semicolon, and no sentence above it', () => {
    const title =
      'Two Charged in Scheme to Defraud Elderly Victims Out of Life Savings;\nOver 40 Victims Identified'
    const dump = `Drugs seized in the west\n\nSource: US FBI\n\nA story.\n\n${title}\n\nSource: US FBI\n\nBOSTON — Two men have been charged.\n`
    expect(expectSpansSlice(dump).map((r) => r.title)).toEqual(['Drugs seized in the west', title])
    const stopped = dump.replace('Savings;', 'Savings.')
    expect(expectSpansSlice(stopped).map((r) => r.title)).toEqual([
      'Drugs seized in the west',
      'Over 40 Victims Identified',
    ])
  })

  it('reads a title cut after an abbreviation before a name, and no sentence ending above it', () => {
    const dump = (title: string) =>
      `Drugs seized in the west\n\nSource: An Garda Síochána\n\nA story.\n\n${title}\n\nSource: An Garda Síochána\n\nOfficers are appealing for information.\n`
    for (const title of [
      'Gardaí investigating seizure of cannabis herb worth €1.2 million in Co.\nGalway',
      'GNDOCB seizure of €374,000 in cash and one arrest in the town of Swords, Co.\nDublin',
      'Appeal for witnesses after a woman was seriously injured in a collision in St.\nHelens',
      'Officers appeal for witnesses after a serious assault near the summit of Mt.\nSnowdon',
    ]) {
      expect(expectSpansSlice(dump(title)).map((r) => r.title)).toEqual(['Drugs seized in the west', title])
    }
    // A company's name, a state or a word that ends the sentence: the line above is no part of the title.
    for (const [above, title] of [
      ['Former employee admits stealing thousands of dollars from Harbour Supply Co.', 'Court hears'],
      ['The man was arrested at his home in the city of Tampa, Fla.', 'Man charged'],
      ['Asked whether he would plead guilty, the defendant told the court No.', 'Trial set'],
      ['Gardaí investigating seizure of cannabis herb worth €1.2 million in Co.', 'galway update'],
    ]) {
      expect(expectSpansSlice(dump(`${above}\n${title}`)).map((r) => r.title)).toEqual([
        'Drugs seized in the west',
        title,
      ])
    }
  })

  it('joins a line that opens with a capital when its first word would not have fitted above', () => {
    const [r] = expectSpansSlice(WRAPPED_RELEASE)
    expect(r?.paragraphs.map((p) => p.text.split('\n').length)).toEqual([3, 3, 1])
  })

  it('joins a line that ends on a joining word to the next in a body too short to show its width', () => {
    const first = 'Four people have been arrested and drugs worth about $3 million seized in a'
    const dump = `Drugs seized, four arrested in Operation Matai\n\nSource: New Zealand Police\n\n${first}\nWaikato operation targeting methamphetamine supply.\n\nOperation Matai began in March.\n\nDetective Inspector Graham Pitkethley says the arrests are a blow.\n`
    const [r] = expectSpansSlice(dump)
    expect(r?.standfirst).toBeNull()
    expect(r?.paragraphs[0]?.text).toBe(`${first}\nWaikato operation targeting methamphetamine supply.`)
    expect(r?.paragraphs).toHaveLength(3)
    // A line that ends on a word of another kind, or on a joining word in capitals, stays apart.
    for (const [above, below] of [
      ['Media contact: Police Media Centre', 'Phone 04 474 9442'],
      ['Phase one targets Plan A', 'Police will review the results in June.'],
    ]) {
      const [other] = splitReleases(
        `Drugs and cash seized in raids\n\nSource: New Zealand Police\n\n${STORY_AFTER}\n\n${BODY}\n\n${above}\n${below}\n`,
      ).releases
      const read = [...(other?.paragraphs ?? []), ...(other?.notes?.paragraphs ?? [])]
      expect(read.map((p) => p.text).slice(2)).toEqual([above, below])
    }
  })

  it('joins a line to the one above that ends in a word cut at its hyphen, in a body too short to show its width', () => {
    const first = 'Patrols will be stepped up across the town, Assistant Chief Constable Jane Smith-'
    const dump = `Patrols stepped up after stabbing\n\nSource: Staffordshire Police\n\n${first}\nJones said on Sunday.\n\nA man was arrested.\n`
    const [r] = expectSpansSlice(dump)
    expect(r?.paragraphs.map((p) => p.text)).toEqual([
      `${first}\nJones said on Sunday.`,
      'A man was arrested.',
    ])
    // A cut before a capital that no hyphen joins to a letter stays apart.
    for (const [above, below] of [
      ['Media contact: Police Media Centre -', 'Phone 01785 232 323'],
      ['Phase one covers Stoke-on-Trent', 'Police will review the results in June.'],
    ]) {
      const [other] = splitReleases(
        `Drugs and cash seized in raids\n\nSource: New Zealand Police\n\n${STORY_AFTER}\n\n${BODY}\n\n${above}\n${below}\n`,
      ).releases
      const read = [...(other?.paragraphs ?? []), ...(other?.notes?.paragraphs ?? [])]
      expect(read.map((p) => p.text).slice(2)).toEqual([above, below])
    }
  })

  it('joins a line that opens with a bracket inside a sentence to the long line above', () => {
    const story = (above: string, below: string) =>
      `Grants awarded to rural schools\n\nSource: United States Department of Agriculture\n\n${above}\n${below}\n\nThe grants will be paid in March.\n`
    for (const [above, below] of [
      [
        'The Department today announced that it awarded $12 million in grants in fiscal year',
        '(FY) 2023 to support rural communities.',
      ],
      [
        'Agents from Homeland Security Investigations and Customs and Border Protection',
        '(CBP) arrested the man at the port of entry on Monday.',
      ],
      [
        'The grants were paid under the rural schools programme run by the Department',
        '(which took it over in 2021) to schools in twelve states.',
      ],
    ]) {
      const [r] = expectSpansSlice(story(above!, below!))
      expect(r?.standfirst).toBeNull()
      expect(r?.dateline).toBeNull()
      expect(r?.paragraphs.map((p) => p.text)).toEqual([
        `${above}\n${below}`,
        'The grants will be paid in March.',
      ])
    }
    // A list's number, a bracket alone on its line, or a short line above, opens a line of its own.
    for (const [above, below] of [
      [
        'The Department today set out the conditions the schools must meet for grants',
        '(1) Each school must apply by June.',
      ],
      [
        'Officers at the scene of the crash on the main road near the town on Monday',
        '(Photo: Police Scotland)',
      ],
      ['The grants for fiscal year', '(FY) 2023 support rural communities.'],
    ]) {
      const [r] = expectSpansSlice(story(above!, below!))
      expect([...(r?.paragraphs ?? [])].map((p) => p.text)).toContain(below)
    }
  })

  it('keeps short lines apart when the text is one paragraph a line, or a list', () => {
    const lines = [
      'Officers seized the following items during the search of the property:',
      'Two kilograms of cocaine hidden in a suitcase in the loft of the house',
      'Cash totalling more than £40,000 found in a safe in the main bedroom',
      'Three mobile phones and a set of digital scales from the kitchen area',
      'The investigation continues and further arrests are expected shortly.',
    ]
    const [r] = splitReleases(
      `Raid in Leeds\n\nSource: West Yorkshire Police\n\n${lines.join('\n')}\n`,
    ).releases
    expect(r?.paragraphs.map((p) => p.text)).toEqual(lines)
  })
})

describe('a word in capitals alone above the story', () => {
  const release = (head: string, lede: string) =>
    `MEPs back new rules on product safety\n\nSource: European Parliament\n\n${head}\n\n${lede}\n\n${BODY}\n`

  it.each([
    [
      'IMCO',
      'The Internal Market and Consumer Protection Committee on Tuesday backed new rules by 35 votes to 2.',
    ],
    ['ECB', 'The European Central Bank has kept interest rates unchanged for a third meeting in a row.'],
    ['LIBE', 'Civil liberties MEPs have adopted their position on the new asylum rules by 40 votes to 20.'],
  ])('reads the acronym %s as no place and no standfirst', (head, lede) => {
    const [r] = expectSpansSlice(release(head, lede))
    expect(r?.dateline).toBeNull()
    expect(r?.standfirst).toBeNull()
    expect(r?.label?.text).toBe(head)
    expect(r?.paragraphs[0]?.text).toBe(lede)
  })

  it('reads the acronym at the head of the first paragraph as no place when it spells a name there', () => {
    const lede =
      'ECB – The European Central Bank has kept interest rates unchanged for a third meeting in a row.'
    const [r] = expectSpansSlice(release('Frankfurt', lede).replace('Frankfurt\n\n', ''))
    expect(r?.dateline).toBeNull()
    expect(r?.paragraphs[0]?.text).toBe(lede)
  })

  it('still reads a place in capitals, alone with the story naming it, or with its dash or day', () => {
    const lede =
      'Ministers meeting in Brussels on Tuesday backed new rules on product safety by 35 votes to 2.'
    const [alone] = expectSpansSlice(release('BRUSSELS', lede))
    expect(alone?.dateline).toMatchObject({ text: 'BRUSSELS', place: 'BRUSSELS' })
    expect(alone?.paragraphs[0]?.text).toBe(lede)
    for (const [opening, place] of [
      ['WASHINGTON – The committee has backed new rules on product safety.', 'WASHINGTON'],
      ['PARIS, 3 March 2025 – The committee has backed new rules on product safety.', 'PARIS'],
    ] as const) {
      const text = `MEPs back new rules on product safety\n\nSource: European Parliament\n\n${opening}\n\n${BODY}\n`
      const [r] = expectSpansSlice(text)
      expect(r?.dateline?.place).toBe(place)
      expect(r?.paragraphs[0]?.text).toBe(opening)
    }
  })
})

describe('an end mark written with dashes', () => {
  const release = (end: string) =>
    `RCMP charge two in firearms investigation\n\nSource: Royal Canadian Mounted Police\n\nThe RCMP has charged two men following a year-long investigation into firearms trafficking in the Lower Mainland.\n\nOfficers executed search warrants at two homes in Surrey and seized 11 firearms.\n\n${end}\n`

  it.each(['- 30 -', '-30-', '– 30 –', '—30—', '###', '# # #'])(
    'keeps "%s" as a line of text, as "ENDS" is kept',
    (end) => {
      const [r] = splitReleases(release(end)).releases
      expect(r?.paragraphs.at(-1)).toMatchObject({ kind: 'text', text: end })
    },
  )

  it.each(['###', '# # #', '-30-', '- 30 -', '–30–', 'ENDS'])(
    'reads "%s" at the very end of the input as the release closed, not cut off',
    (end) => {
      const [r] = splitReleases(release(end).trimEnd()).releases
      expect(r?.diagnostics.map((d) => d.ruleId)).not.toContain('releases/truncated')
    },
  )

  it('still reads a last line cut short as cut off', () => {
    const [r] = splitReleases(release('Officers seized 30 -').trimEnd()).releases
    expect(r?.diagnostics.map((d) => d.ruleId)).toContain('releases/truncated')
  })

  it.each([
    ['on its line', 'Officers executed search warrants at two homes in Surrey and seized 11 firearms. ###'],
    ['after a quotation', '“We will not stop,” said Sgt. Jane Doe. - 30 -'],
    ['after a full stop, unspaced', 'Anyone with information is asked to call 604-555-0100.–30–'],
  ])('takes an end mark that closes the last sentence out of the paragraph (%s)', (_, last) => {
    const text = `RCMP charge two in firearms investigation\n\nSource: Royal Canadian Mounted Police\n\nThe RCMP has charged two men following a year-long investigation into firearms trafficking in the Lower Mainland.\n\n${last}\n`
    const [r] = expectSpansSlice(text)
    const p = r!.paragraphs.at(-1)!
    expect(p.text).toBe(last.replace(/\s*(?:#(?: ?#){2}|[–-] ?30 ?[–-])$/, ''))
    expect(text.slice(p.span.start, p.span.end)).toBe(p.text)
    expect(r?.diagnostics).toEqual([])
  })

  it('takes the mark out of the last paragraph of a body cut at a fixed width', () => {
    const wrapped = [
      'The RCMP has charged two men following a year-long investigation into',
      'firearms trafficking in the Lower Mainland, police said in a statement',
      'issued on Tuesday. Officers executed search warrants at two homes in',
      'Surrey and seized 11 firearms and a quantity of ammunition from a car.',
      '###',
    ].join('\n')
    const text = `RCMP charge two in firearms investigation\n\nSource: Royal Canadian Mounted Police\n\n${wrapped}\n`
    const [r] = expectSpansSlice(text)
    expect(r?.paragraphs.map((p) => p.text)).toEqual([wrapped.slice(0, -'\n###'.length)])
  })

  it.each([
    'Callers to the tip line should press ### after the extension.',
    'The -30- rule is an old newsroom habit, officers said.',
    'Officers seized 11 firearms and 30 - 40 rounds of ammunition',
    'The hashtag was #safe##',
  ])('keeps a mark that closes no sentence: %s', (last) => {
    const [r] = splitReleases(release(last)).releases
    expect(r?.paragraphs.at(-1)?.text).toBe(last)
  })

  it('keeps "ENDS" of a New Zealand Police release as its own text line', () => {
    // As written at the end of a release in the wide corpus.
    const [r] = splitReleases(release('ENDS\n\nIssued by Police Media Centre.')).releases
    expect(r?.paragraphs.map((p) => [p.kind, p.text]).slice(-2)).toEqual([
      ['text', 'ENDS'],
      ['text', 'Issued by Police Media Centre.'],
    ])
  })

  it.each(['ENDS', '###', '-30-'])('reads a title right under "%s" as the next release’s', (end) => {
    const next = (title: string, source: string, lede: string) =>
      `${release(end).trimEnd()}\n${title}\n\nSource: ${source}\n\n${lede}\n\nThey will appear in court today.\n`
    // A title ending in a full stop, of a publisher named once.
    const stopped = next(
      'Three Charged After Operation Cobalt Warrant Executed.',
      'New Zealand Police',
      'Three people have been charged after a warrant was executed in Tauranga as part of Operation Cobalt.',
    )
    expect(expectSpansSlice(stopped).map((r) => [r.title, r.source])).toEqual([
      ['RCMP charge two in firearms investigation', 'Royal Canadian Mounted Police'],
      ['Three Charged After Operation Cobalt Warrant Executed.', 'New Zealand Police'],
    ])
    // A title cut over two lines at a width.
    const wrapped = next(
      'Police seek witnesses after a serious assault on a man in central Rotorua late on\nFriday night',
      'Royal Canadian Mounted Police',
      'Police are appealing for witnesses to an assault in Rotorua on Friday night.',
    )
    expect(expectSpansSlice(wrapped).map((r) => r.title)).toEqual([
      'RCMP charge two in firearms investigation',
      'Police seek witnesses after a serious assault on a man in central Rotorua late on\nFriday night',
    ])
    expect(splitReleases(wrapped).releases[0]?.paragraphs.at(-1)?.text).toBe(end)
  })

  it('keeps a sentence under "ENDS" above a Source line that cites figures in the release', () => {
    const text = `${release('ENDS').trimEnd()}\nReports of firearms offences rose by 10% over the year.\n\nSource: Statistics Canada crime survey\n\nReports of firearms offences rose most in cities.\n`
    const releases = splitReleases(text).releases
    expect(releases).toHaveLength(1)
    expect(releases[0]?.paragraphs.map((p) => p.text)).toContain('Source: Statistics Canada crime survey')
    // Nor a line under a mark that closes no release.
    const under = `${release('Officers seized 30 -').trimEnd()}\nPolice seek witnesses after a serious assault on a man in central Rotorua late on\nFriday night\n\nSource: Royal Canadian Mounted Police\n\nPolice are appealing for witnesses.\n`
    expect(splitReleases(under).releases.map((r) => r.title)).toEqual([
      'RCMP charge two in firearms investigation',
      'Friday night',
    ])
  })

  it.each(['- 30 officers attended', '- 30 - 40 people were seen'])(
    'still reads "%s" as a bullet',
    (line) => {
      const [r] = splitReleases(release(line)).releases
      expect(r?.paragraphs.at(-1)?.kind).toBe('bullet')
    },
  )
})

describe('a summary of figures out on the news day', () => {
  const release = (first: string, second: string) =>
    `A&E waiting times improve for third month\n\nSource: NHS England\n\n${first}\n\n${second}\n\nHospitals also cut the number of long waits for beds, the figures show.\n`
  const summary =
    'Figures published today show A&E performance has improved for the third month in a row, as the NHS treated more patients than ever.'
  const story = 'Some 74.2% of patients were seen within four hours in May, compared with 73.1% in April.'

  it('is the standfirst above the story that tells the figures', () => {
    const [r] = expectSpansSlice(release(summary, story))
    expect(r?.standfirst).toBe(summary)
    expect(r?.paragraphs[0]?.text).toBe(story)
  })

  it('but not above a quotation, nor a sentence of the story that speaks of today', () => {
    const quote = '“This is a remarkable achievement for our staff,” said NHS chief executive Jane Smith.'
    expect(splitReleases(release(summary, quote)).releases[0]?.standfirst).toBeNull()
    const lede = 'Hospitals treated a record 2.4 million patients in A&E today, the busiest day on record.'
    expect(splitReleases(release(lede, story)).releases[0]?.standfirst).toBeNull()
  })
})

describe('a timestamp on its line above the story', () => {
  it.each(['Published: 2025-03-04T09:30:00Z', '2025-03-04T09:30', 'Last updated: 2025-03-04T09:30:00+00:00'])(
    'reads "%s" as the dateline, not the standfirst',
    (line) => {
      const lede = 'The council approved its budget for the coming year at a meeting on Monday evening.'
      const text = `Council approves budget\n\nSource: Example City Council\n\n${line}\n\n${lede}\n\nThe budget runs to £40m.\n`
      const [r] = splitReleases(text).releases
      expect(r?.dateline).toMatchObject({ text: line, date: '2025-03-04' })
      expect(r?.standfirst).toBeNull()
      expect(r?.paragraphs[0]?.text).toBe(lede)
    },
  )
})

describe('a title broken by hand before a word in lower case', () => {
  const release = (title: string, source: string, before = '') =>
    `${before}${title}\n\nSource: ${source}\n\nThe Minister today announced funding for 500 new social homes across the two cities.\n\nThe homes will be delivered by 2027.\n`

  it('reads the title whole over two or three short lines', () => {
    const two = splitReleases(
      release('Minister for Housing announces new homes\nin Dublin and Cork', 'Department of Housing'),
    ).releases
    expect(two.map((r) => r.title)).toEqual(['Minister for Housing announces new homes\nin Dublin and Cork'])
    const three = splitReleases(
      release(
        'Four new ambulance stations\nfor regional Victoria\nand the Latrobe Valley',
        'Premier of Victoria',
      ),
    ).releases
    expect(three[0]?.title).toBe('Four new ambulance stations\nfor regional Victoria\nand the Latrobe Valley')
  })

  it('keeps the title of the next release apart from the story before it', () => {
    const first = release('Council approves new cycle lanes', 'Leeds City Council')
    const r = splitReleases(
      release('Minister opens new fire station\nin Carlow', 'Department of Housing', `${first}\n`),
    ).releases
    expect(r.map((x) => x.title)).toEqual([
      'Council approves new cycle lanes',
      'Minister opens new fire station\nin Carlow',
    ])
    expect(r[0]?.paragraphs.at(-1)?.text).toBe('The homes will be delivered by 2027.')
  })

  it('leaves a title that opens with a name written in lower case alone', () => {
    const r = splitReleases(
      release('Short heading line\neBay sellers warned over scam', 'Trading Standards', 'Intro\n\n'),
    ).releases
    expect(r.at(-1)?.title).toBe('eBay sellers warned over scam')
    const hyphen = splitReleases(
      release('Short heading line\ne-scooter ban comes into force', 'City of Sydney', 'Intro\n\n'),
    ).releases
    expect(hyphen.at(-1)?.title).toBe('e-scooter ban comes into force')
  })

  it('leaves a line that ends a sentence above a title in lower case out of it', () => {
    const r = splitReleases(
      release('Notice ends here.\nin brief: new homes for Cork', 'Department of Housing'),
    ).releases
    expect(r[0]?.title).toBe('in brief: new homes for Cork')
  })
})

describe('titles marked with asterisks', () => {
  const story = (title: string, source = 'New Zealand Police') =>
    `${title}\n\nSource: ${source}\n\nA 45-year-old man has been charged following a fatal crash on State Highway 5.\n\nPolice thank the public for their help.\n`
  const first = story('Man charged after burglary in Hamilton')

  it.each([
    '* UPDATE * Man charged after fatal crash in Rotorua',
    '* Appeal for witnesses after Tauranga assault',
    '*UPDATE* Man charged after fatal crash in Rotorua',
    '*** Appeal for witnesses ***',
    '** Road closed ** State Highway 1 near Kaikoura',
  ])('reads "%s" as the next release’s title', (title) => {
    const r = splitReleases(`${first}\n${story(title)}`).releases
    expect(r.map((x) => x.title)).toEqual(['Man charged after burglary in Hamilton', title])
    expect(r[0]?.paragraphs.at(-1)?.text).toBe('Police thank the public for their help.')
    expect(r[1]?.paragraphs).toHaveLength(2)
  })

  it('reads an asterisk title at the top of the text', () => {
    const r = splitReleases(story('* Appeal for witnesses after Tauranga assault')).releases
    expect(r[0]?.title).toBe('* Appeal for witnesses after Tauranga assault')
  })

  it('keeps the last item of a list above a Source line a bullet', () => {
    const list =
      'Man charged\n\nSource: New Zealand Police\n\nThe man faces:\n\n* two charges of burglary\n\n* one charge of theft\n\n'
    const r = splitReleases(`${list}Source: New Zealand Police\n\nA second story follows here.\n`).releases
    expect(r[0]?.paragraphs.map((p) => p.kind)).toEqual(['text', 'bullet', 'bullet'])
    expect(r[1]?.title).toBeNull()
  })

  it('keeps a bullet line in a paragraph run a bullet', () => {
    const r = splitReleases(`${first}\n* Call 105 with any information\n`).releases
    expect(r).toHaveLength(1)
    expect(r[0]?.paragraphs.at(-1)).toMatchObject({ kind: 'bullet', text: 'Call 105 with any information' })
  })
})

describe('a page saved as Markdown', () => {
  const story = (title: string, lede: string) =>
    `${title}\n\nSource: Example Police\n\n${lede}\n\nOfficers stopped a van on the M62 at around 3pm and found the drugs in its load.\n\nAnyone with information is asked to call 101.\n`
  const lede =
    'A man has been charged after officers seized cannabis worth £2 million in Leeds on Tuesday 4 March.'

  it("reads a heading's words as the title, its span past the marks", () => {
    for (const [title, words] of [
      ['# Man charged after £2m drugs seizure', 'Man charged after £2m drugs seizure'],
      ['## Appeal for witnesses after assault ##', 'Appeal for witnesses after assault'],
    ] as const) {
      const text = story(title, lede)
      const [r] = splitReleases(text).releases
      expect(r?.title).toBe(words)
      expect(text.slice(r!.titleSpan!.start, r!.titleSpan!.end)).toBe(words)
    }
    // Near miss: a hash tag in a title, or a title that only holds a hash, keeps it.
    expect(splitReleases(story('#StopKnifeCrime week of action begins', lede)).releases[0]?.title).toBe(
      '#StopKnifeCrime week of action begins',
    )
  })

  it("reads a lede written in bold as the story's opening, not a standfirst", () => {
    const [r] = splitReleases(story('# Man charged after drugs seizure', `**${lede}**`)).releases
    expect(r?.standfirst).toBeNull()
    expect(r?.paragraphs[0]?.text).toBe(`**${lede}**`)
    // A dek in bold stays a dek.
    const dek = '**Recovered vehicles valued at over £4m in total with 180 arrests made**'
    expect(
      splitReleases(story('# Vehicle crime operation ends', `${dek}\n\n${lede}`)).releases[0]?.standfirst,
    ).toBe(dek)
  })
})

describe('titles opened with a dash', () => {
  const story = (title: string, source = 'Victoria Police') =>
    `${title}\n\nSource: ${source}\n\nPolice have charged a man following a burglary in Ballarat overnight.\n\nInquiries are continuing.\n`
  const first = story('Man charged after burglary in Ballarat')

  it.each([
    '- Police welcome new funding for rural crime',
    '– Police welcome new funding for rural crime',
    '- 20 arrests in week of action',
  ])('reads "%s" as the next release’s title', (title) => {
    const r = splitReleases(`${first}\n${story(title)}`).releases
    expect(r.map((x) => x.title)).toEqual(['Man charged after burglary in Ballarat', title])
    expect(r[0]?.paragraphs.at(-1)?.text).toBe('Inquiries are continuing.')
    expect(r[1]?.paragraphs).toHaveLength(2)
  })

  it('reads a dash title at the top of the text', () => {
    const r = splitReleases(story('- Police welcome new funding for rural crime')).releases
    expect(r[0]?.title).toBe('- Police welcome new funding for rural crime')
  })

  it('reads a dash title set apart from a list at the end of the release before', () => {
    const listed = (items: string, title: string) =>
      `Man charged after burglary in Ballarat\n\nSource: Victoria Police\n\nThe man faces:\n${items}\n\n${story(title)}`
    // The list's items packed on lines in a row, the title a blank line below them.
    const packed = splitReleases(listed('- burglary\n- theft', '– Man charged after Ballarat crash')).releases
    expect(packed.map((x) => x.title)).toEqual([
      'Man charged after burglary in Ballarat',
      '– Man charged after Ballarat crash',
    ])
    expect(packed[0]?.paragraphs.map((p) => p.kind)).toEqual(['text', 'bullet', 'bullet'])
    const same = splitReleases(listed('- burglary\n- theft', '- Man charged after Ballarat crash')).releases
    expect(same[1]?.title).toBe('- Man charged after Ballarat crash')
    // Another mark sets it apart from a list spaced by blank lines.
    const marked = splitReleases(
      listed('\n* burglary\n\n* theft', '- Man charged after Ballarat crash'),
    ).releases
    expect(marked[1]?.title).toBe('- Man charged after Ballarat crash')
  })

  it('keeps the last item of a list spaced by blank lines, with the same mark, a bullet', () => {
    const tail = '\n\nSource: Victoria Police\n\nA second story follows here.\n'
    const spaced = `Man charged\n\nSource: Victoria Police\n\nThe man was bailed.\n\n- Burglary\n\n- Theft of a car${tail}`
    const r = splitReleases(spaced).releases
    expect(r[0]?.paragraphs.map((p) => p.kind)).toEqual(['text', 'bullet', 'bullet'])
    expect(r[1]?.title).toBeNull()
  })

  it('keeps an item under a lead-in, or in lower case, above a Source line a bullet', () => {
    const tail = '\n\nSource: Victoria Police\n\nA second story follows here.\n'
    const listed = `Man charged\n\nSource: Victoria Police\n\nThe man faces:\n\n- Two charges of burglary${tail}`
    const r = splitReleases(listed).releases
    expect(r[0]?.paragraphs.map((p) => p.kind)).toEqual(['text', 'bullet'])
    expect(r[1]?.title).toBeNull()
    const lower = `Man charged\n\nSource: Victoria Police\n\nThe man was bailed.\n\n- two charges of burglary${tail}`
    const l = splitReleases(lower).releases
    expect(l[0]?.paragraphs.at(-1)?.kind).toBe('bullet')
    expect(l[1]?.title).toBeNull()
  })
})

describe('a dateline closed by a full stop', () => {
  const release = (body: string) =>
    splitReleases(
      `Commission approves aid scheme\n\nSource: European Commission\n\n${body}\n\nMore details follow.\n`,
    ).releases[0]!

  it('reads it at the start of the first paragraph, which keeps it', () => {
    const r = release(
      'LONDON, 5 March 2024. The Home Office has announced new measures to tackle knife crime.',
    )
    expect(r.dateline).toMatchObject({ text: 'LONDON, 5 March 2024.', place: 'LONDON', date: '2024-03-05' })
    expect(r.paragraphs[0]?.text).toMatch(/^LONDON, 5 March 2024\. The Home Office/)
  })

  it('reads it on a line of its own, which is no paragraph', () => {
    const r = release(
      'Brussels, 12 February 2024.\n\nThe European Commission has approved a €2 billion scheme.',
    )
    expect(r.dateline).toMatchObject({
      text: 'Brussels, 12 February 2024.',
      place: 'Brussels',
      date: '2024-02-12',
    })
    expect(r.paragraphs[0]?.text).toBe('The European Commission has approved a €2 billion scheme.')
  })

  it('reads a day in figures before the full stop, day first', () => {
    const r = release('Brussels, 5.3.2024. The Commission has adopted a new package of measures.')
    expect(r.dateline).toMatchObject({ text: 'Brussels, 5.3.2024.', place: 'Brussels', date: '2024-03-05' })
    expect(r.paragraphs[0]?.text).toMatch(/^Brussels, 5\.3\.2024\. The Commission/)
  })

  it('reads a day in brackets after the place on a line of its own, which is no standfirst', () => {
    const r = release('GENEVA (5 March 2024)\n\nThe agency warned that funding for refugees is running out.')
    expect(r.dateline).toMatchObject({ text: 'GENEVA (5 March 2024)', place: 'GENEVA', date: '2024-03-05' })
    expect(r.standfirst).toBeNull()
    expect(r.paragraphs[0]?.text).toBe('The agency warned that funding for refugees is running out.')
  })

  it.each([
    'London, the capital, welcomed 20 million visitors last year.',
    'Paris. The city is preparing for the games.',
  ])('reads none in "%s"', (body) => {
    expect(release(body).dateline).toBeNull()
  })
})
