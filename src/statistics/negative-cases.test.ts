import { describe, expect, it } from 'vitest'
import { splitReleases } from '../releases/split-releases'
import { findStatistics } from './find-statistics'

/** Each sentence holds numbers that are not statistics: none may be found. */
function expectNone(sentence: string): void {
  expect(findStatistics(sentence).map((s) => s.text)).toEqual([])
}

describe('findStatistics', () => {
  describe('years, dates and times', () => {
    const cases = [
      'The plan was published in 2023.',
      'It has run since 2018 and will end by 2030.',
      'Figures for 2023-24 and 2023/24 were published.',
      'The event is on 9 October at the NEC.',
      'The event is on October 9 at the NEC.',
      'It took place on the 9th of October.',
      'The briefing starts at 10am and ends at 11.30am.',
      'The briefing starts at 10 a.m. on Monday.',
      'The deadline is 12/03/2024.',
      'Doors open at 18:30.',
      'The service runs 24/7.',
      'Crime peaked in the 1990s.',
      'The vote is on Nov. 8.',
      'The event runs on Sept. 20-24.',
      'The event runs on November 1-2.',
      'When I ran in ’08, I lost.',
      // Four digits before something counted stay a year after a preposition of time, "by"
      // opening a clause, a name or a date, or before a noun a year qualifies.
      'In 2023 officers made fewer stops.',
      'Since 2019 officers have patrolled the park.',
      'Since 2019 the force has grown.',
      'By 2030 homes will be warmer, and throughout 2024 officers will patrol.',
      'In 2000 people marched through the city.',
      'The 2022 elections were close.',
      'Its 2023 accounts were late and the force’s 2024 figures are due.',
      'The officers’ 2023 pay rise was agreed.',
      'The force published 2023 figures and had 1988 sales to compare.',
      'Euro 2024 tickets sold out.',
      'Between 2019 and 2023 officers were trained.',
      'On May 12, 2023 officers were called.',
      'The Criminal Justice Act 2006 applies.',
      'From 2018 to 2022 crime fell.',
      'Figures for 2023-24 were published.',
      // A fiscal year's code, a space, then its year of two digits, after a word.
      'Results for FY 23 were restated.',
      'The CY 24 outlook was unchanged.',
      // The code in lower case, or with its year glued by a hyphen or an apostrophe.
      'Funding for the fy 23 plan is set.',
      'Sales in cy 24 rose.',
      'Results for fy 23 and fy 24 were restated.',
      'Funding for the FY-23 plan and the fy’23 plan is set.',
      // Ranges of 24-hour times, the unit written once after the second end.
      'The road will be closed from 1900 to 2300 hrs.',
      'A second closure runs from 2200 to 0600 hours.',
      'Officers patrolled between 1100 and 0400 hours.',
      // The bare first end of a range of times.
      'The road was shut between 9 and 11pm on Friday.',
      'Patrols ran from 10.30-11.45am.',
      // Hours and minutes with a stop, tied to a day or past noon.
      'He was seen at 10.30 on Tuesday night.',
      'Police were called at 14.32.',
      'The shop opens at 9.30 this morning.',
    ]
    for (const sentence of cases) it(`finds none in ${JSON.stringify(sentence)}`, () => expectNone(sentence))
  })

  describe('durations', () => {
    const cases = [
      'The defendants were jailed for 32 years.',
      'The operation lasted three years.',
      'Officers responded over a four day period.',
      'He received a six-month sentence.',
      'It took three full days.',
      // A word of the calendar or of the length between: still a length of time.
      'Crime fell over the last two financial years.',
      'Over three fiscal years, spending rose.',
      'The last four academic years saw growth.',
      'He waited three long years.',
      'He was jailed for six and a half years.',
      'Officers worked 12 hours a day.',
      'A 34-year-old man was arrested.',
      'A boy aged 15 was arrested.',
      'He was under the age of 18.',
      'The men, aged 25 and 31, were arrested.',
      // A longer list of ages after "aged" is ages to its end.
      'The men, aged 21, 23, 25 and 30, were arrested.',
      'Teenagers aged 14, 15, 16, 17 and 18 were spoken to.',
      // Ages set off by commas after people, as "a man, 32," is.
      'The pair, 19 and 22, appeared in court.',
      'The men, 25, 31 and 40, were arrested.',
      'The couple, 45 and 47, were found safe.',
      'The suspects, 19, and 22, were bailed.',
      'Over the past three or four years, crime fell.',
      'Officers worked 20-24 hours.',
      'It is open to those aged between 18 and 25.',
      // "as young as", "as old as": an age.
      'Children as young as 12 were exploited, with victims as old as 90.',
      'Gangs groom children as young as eight.',
      'He was sentenced to 5 1/2 years in prison, and she to 3½ years.',
      // A qualifier after the number, then the unit of time.
      'He served 20-odd years, a 20-plus-year career, and faces five or more years.',
      // A hyphen left hanging at the first end shares the second end's unit of time or age.
      'A 10- to 12-year-old boy was hurt on a 5- to 10-minute walk.',
      'Children aged five- to seven-years-old faced a two- or three-hour delay.',
      'He faces a 10-to-15-year sentence.',
    ]
    for (const sentence of cases) it(`finds none in ${JSON.stringify(sentence)}`, () => expectNone(sentence))
  })

  describe('an age as the level of a rule', () => {
    const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)
    it('reads no figure in an age a rule sets', () => {
      expect(texts('The state pension age will rise to 68.')).toEqual([])
      expect(texts('Ministers plan to lower the voting age to 16.')).toEqual([])
      expect(texts('The bill would raise the age of criminal responsibility to 12.')).toEqual([])
    })
    it('still counts what is counted near an age, and a figure no life reaches', () => {
      expect(texts('The number of people over the age of 65 rose to 1,200.')).toEqual(['1,200'])
      expect(texts('Usage rose to 45.')).toEqual(['45'])
      expect(texts('The Stone Age site held 12 graves.')).toEqual(['12'])
    })
  })

  describe('an age band left open after people', () => {
    const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)
    const cases = [
      'Flu vaccines are offered to adults 65 and older.',
      'Children 5 and under travel free.',
      'People 75 or over can apply for the scheme.',
    ]
    for (const sentence of cases) it(`finds none in ${JSON.stringify(sentence)}`, () => expectNone(sentence))
    it('still counts people before "and" and a figure of their own', () => {
      expect(texts('Officers arrested 12 and over 30 were questioned.')).toEqual(['12', 'over 30'])
      expect(texts('The clinic saw 300 adults and 40 children.')).toEqual(['300', '40'])
    })
    it('reads the band into what a figure after it measures', () => {
      const [s] = findStatistics('Vaccination coverage among adults 65 and older stands at 61.3 percent.')
      expect(s?.measure).toBe('Vaccination coverage among adults 65 and older')
    })
  })

  describe('numbers set off by commas after people that are not all ages', () => {
    const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)
    it('keeps counts of people in the list', () => {
      expect(texts('The victims, 3 men and 2 women, were treated.')).toEqual(['3', '2'])
    })
    it('keeps numbers after things that have no age', () => {
      expect(texts('The teams, 12 and 14, met in the final.')).toEqual(['12', '14'])
    })
    it('keeps a list with a number no life reaches', () => {
      expect(texts('Two men, 25 and 300, were named.')).toEqual(['Two', '25', '300'])
    })
  })

  describe('a first end with a hanging hyphen before a measure', () => {
    it('keeps the range of a measure that is no time', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.unit])
      expect(texts('Officers found 20- to 30-metre boats and 5- to 10 kilos of cannabis.')).toEqual([
        ['20- to 30-metre', 'm'],
        ['5- to 10 kilos', 'kg'],
      ])
    })
  })

  describe('days of a range of days, and numbers after "reference number"', () => {
    for (const sentence of [
      'He targeted properties between 2 and 23 February 2024.',
      'The event runs 10 to 12 March.',
      'Officers were deployed on 2, 3 and 4 December.',
      'Patrols ran on 1st, 8th and 15th March 2024.',
      'Contact detectives on 101, quoting reference number 123 of 06/06/24.',
      'Please quote case number 2024-567 when calling.',
    ])
      it(`finds none in ${JSON.stringify(sentence)}`, () => expectNone(sentence))
    it('still counts two counts joined by "and", and a number after "a number of"', () => {
      expect(findStatistics('Officers made 2 and 3 arrests in May.').map((s) => s.text)).toEqual(['2', '3'])
      // "a number 10 shirt" names the shirt; "a number of 10 shirts" counts them.
      expect(findStatistics('A number 10 shirt was stolen.').map((s) => s.text)).toEqual([])
      expect(findStatistics('A number of 10 shirts were stolen.').map((s) => s.text)).toEqual(['10'])
      // A list that does not end in a month, or whose numbers do not rise, counts.
      expect(findStatistics('Officers made 2, 3 and 4 arrests.').map((s) => s.text)).toEqual(['2', '3', '4'])
      expect(findStatistics('The scores were 5, 3 and 4 December.').map((s) => s.text)).toEqual(['5'])
    })
  })

  describe('a reference labelled before a colon', () => {
    for (const sentence of [
      '(Release ID: 2011234)',
      'Reference: 12345',
      'Please quote our ref: 4471 when you call.',
      'Press Release Number: 24-312',
      'Case No: 1234',
      'RELEASE NUMBER: 2024-187_Alvarez',
      'RELEASE NUMBER: 24-187',
      'CASE NO: 4471',
    ])
      it(`finds none in ${JSON.stringify(sentence)}`, () => expectNone(sentence))
    it('still counts a figure after another label, or after a reference word with no colon', () => {
      expect(findStatistics('Total number: 45').map((s) => s.text)).toEqual(['45'])
      expect(findStatistics('Total Number: 45').map((s) => s.text)).toEqual(['45'])
      expect(findStatistics('TOTAL NUMBER: 45').map((s) => s.text)).toEqual(['45'])
      // Only a label all in capitals: "Release NUMBER" mixes the two.
      expect(findStatistics('Release NUMBER: 45').map((s) => s.text)).toEqual(['45'])
      expect(findStatistics('Arrests: 45').map((s) => s.text)).toEqual(['45'])
      expect(findStatistics('The reference group had 12 members.').map((s) => s.text)).toEqual(['12'])
      expect(findStatistics('Reference: more than 40 cases were reviewed.').map((s) => s.text)).toEqual([
        'more than 40',
      ])
    })
  })

  describe('the mark that ends a wire release', () => {
    for (const mark of ['- 30 -', '-30-', '– 30 –'])
      it(`finds none in ${JSON.stringify(mark)}`, () => expectNone(mark))
    it('reads the bullet the splitter makes of it as no figure', () => {
      const [release] = splitReleases('Title\n\nSource: RCMP\n\nPolice seized 4 guns.\n\n- 30 -\n').releases
      expect(findStatistics(release!).map((s) => s.text)).toEqual(['4'])
    })
  })

  describe('ordinals', () => {
    const cases = [
      'It was the first time the force had done so.',
      'This is the 19th annual report.',
      'The second phase starts soon.',
    ]
    for (const sentence of cases) it(`finds none in ${JSON.stringify(sentence)}`, () => expectNone(sentence))
  })

  describe('phone numbers', () => {
    const cases = [
      'If you are in danger, call 999.',
      'Report it to police on 101.',
      'Call Crimestoppers on 0800 555 111.',
      'Contact the helpline on 08 08 16 89 111.',
      'If you are worried, call NHS 111.',
      'Call +44 20 7946 0000 for details.',
      // The trunk zero in brackets after the country's code, as UK and French numbers are written
      // for callers abroad, with no word of calling before them.
      'Northwind Group plc, Investor Relations, +44 (0)20 7946 0321',
      'Press office +44 (0) 20 7946 0321.',
      'Media: +33 (0)1 45 67 89 00',
      'Officers took 999 calls all night.',
      'Call the Police Assistance Line on 131 444.',
      'You can also text 61016.',
      'Call Crime Stoppers anonymously on 1800 333 000 or 131 444.',
      'Call police on 101 quoting CAD 1234 of 12 March.',
      'Quote log CAD 57 when you call.',
      // North American numbers in letters, with or without the leading 1.
      'Contact Crime Stoppers anonymously at 416-222-TIPS (8477) or 1-800-222-TIPS.',
      'Call 905-222-TIPS with information.',
      // A service number after a verb of calling in the past.
      'Police would like to thank the members of the public who called 111.',
      'The driver dialled 999 and waited with the victim.',
      'A neighbour rang 000 at about 2am.',
      // After "calls to" before a verb or the clause's end, or before a word of calling hyphened on.
      'Calls to 111 rose, and calls to 999 have fallen.',
      'The 101 non-emergency number is busy.',
    ]
    for (const sentence of cases) it(`finds none in ${JSON.stringify(sentence)}`, () => expectNone(sentence))

    it('reads a number to call cut over two lines of a wrapped paragraph as one number', () => {
      // A paragraph of a body cut at a fixed width keeps its line breaks.
      const inParagraph = (text: string) =>
        findStatistics({
          paragraphs: [{ kind: 'text', text, span: { start: 0, end: text.length } }],
        }).map((s) => s.text)
      for (const text of [
        'Call Crimestoppers anonymously on 0800\n555 111, quoting the reference.',
        'Call Crimestoppers anonymously on 0800 555\n111 quoting the reference.',
        'Anyone with footage is urged to phone +44\n20 7946 0958 quoting the reference.',
        'Call Crime Stoppers on 1800\n333 000 or police.',
        'Call the tip line at (202)\n555-0100 or 555\n123-4567 with details.',
        'Call Policelink on 131\n444 or Lifeline on 13 11\n14 at any time.',
      ])
        expect(inParagraph(text), text).toEqual([])
      // A number that ends its sentence or its clause leaves the next line's figure.
      expect(inParagraph('Call Crimestoppers on 0800 555 111.\n150 officers were out.')).toEqual(['150'])
      expect(inParagraph('The operation began at 0800 hours and\n150 officers took part.')).toEqual(['150'])
    })

    it('still reads figures near words of calling, and currency codes elsewhere', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)
      expect(texts('The court will call 5 witnesses; they rang on 300 doors.')).toEqual(['5', '300'])
      expect(texts('The fund holds CAD 5,000.')).toEqual(['CAD 5,000'])
      expect(texts('Call 101 quoting CAD 12, and 40 officers came.')).toEqual(['40'])
      // A noun after the number makes it a count of what is called, not a number to call.
      expect(texts('The prosecution will call 120 witnesses.')).toEqual(['120'])
      expect(texts('Volunteers will ring 500 households and phone 300 residents.')).toEqual(['500', '300'])
      expect(texts('Officers called 40 witnesses over the year.')).toEqual(['40'])
      expect(texts('Text 61016 with your location, or call 101 or 999 in an emergency.')).toEqual([])
      // A name word in lower case, and a bore that is no calibre, leave the figure.
      expect(texts('In the district 30 officers were deployed.')).toEqual(['30'])
      expect(texts('Police seized 3 pistols and 40 rounds.')).toEqual(['3', '40'])
    })
  })

  describe('limits of age after people', () => {
    const cases = [
      'Children under 18 were not allowed in.',
      'Anyone under 18 must be accompanied by an adult.',
      'Pupils aged 11 took part in the sessions.',
      'People over 65 are most at risk of courier fraud.',
      // People, then "to be": the limit is still their age; a share of them too.
      'Most of the victims were under 25.',
      'Most were over 65.',
      'The majority were under 18.',
      'The suspect was under 18 at the time.',
      // The limit in words.
      'Children under five are most at risk of malnutrition.',
      'The victims were over sixty.',
      // People named by what befell them.
      'Most of those arrested were over 40.',
      // The bound after the age.
      'The rates are highest for people 65 and older.',
      'Children 5 and under travel free.',
      'Adults 18 or over can apply.',
    ]
    for (const sentence of cases) it(`finds none in ${JSON.stringify(sentence)}`, () => expectNone(sentence))

    it('still reads bounds on counts and measures, and ages no life holds', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)
      expect(texts('Police seized over 65 knives.')).toEqual(['over 65'])
      // A count before "and": no people before it, or no bound after it.
      expect(texts('Officers arrested 65 and charged 40 more.')).toEqual(['65', '40'])
      expect(texts('The team saw 25 people and more came later.')).toEqual(['25'])
      expect(texts('There were under 18 arrests.')).toEqual(['under 18'])
      expect(texts('A man over 6 feet tall was seen.')).toEqual(['over 6 feet'])
      expect(texts('It reached people over 1,000 times.')).toEqual(['over 1,000'])
      // Not people before the verb, or a unit after the number: a figure as before.
      expect(texts('Arrests were under 25 last year.')).toEqual(['under 25'])
      expect(texts('The victims were under 25 metres away.')).toEqual(['under 25 metres'])
      expect(texts('A quarter were under 25.')).toEqual(['A quarter'])
      expect(texts('Most cost under 25.')).toEqual(['under 25'])
      expect(texts('Nearly 3.4 million children under five are malnourished.')).toEqual([
        'Nearly 3.4 million',
      ])
      expect(texts('Half of those killed were under 25, and those items were under 25.')).toEqual([
        'Half',
        'under 25',
      ])
      expect(texts('There were under five arrests, and children under five thousand.')).toEqual([
        'under five',
        'under five thousand',
      ])
    })
  })

  describe('names and identifiers', () => {
    const cases = [
      'Officers recovered a Glock 17 pistol and a .38 revolver.',
      'The crash happened near mile marker 42 on the interstate.',
      'District 9 officers and Precinct 75 officers attended.',
      'Possession of Class A drugs is an offence.',
      'The raids were part of Op 5.',
      'The raids were part of Operation Tarlac 2 on Monday.',
      'Officers used Section 60 powers.',
      'Article 8 rights were considered.',
      'The COVID-19 pandemic changed policing.',
      'The M25 was closed.',
      'Workstream three of the Police Race Action Plan aims to help.',
      'Version 2.1.3 of the app is out.',
      'Visit www.police.uk/2024/report1 for more.',
      'Officers attended 12 High Street.',
      'John Smith, 34, of Leeds, was charged.',
      'The Five Eyes partners met.',
      'The Big Four banks met, and the case of the Guildford Four was cited.',
      'A six-figure sum and a five-figure salary were mentioned.',
      'He was convicted on Count Two and on Counts Three and Four.',
      'PC 1234 Smith attended.',
      'We take a zero tolerance approach.',
      'Contact police quoting 230615/1234.',
      'Quote reference 4455 when you call.',
      'The tweet id was 795655190602981376.',
      'An ounce is 1⁄32 of a quart.',
      'The company joined the Fortune 500 list this spring.',
      'Shares in the FTSE 250 index slipped.',
      'Its S&P 500 tracker and the Nasdaq 100 fund grew.',
      'Clinics reported new cases of COVID -19 in the region.',
      'The Model 3 went on sale in Europe.',
      'Anyone with information should call 101 quoting incident 123 of 4 March.',
      'The M1 was closed between junctions 31 and 33.',
      'He pleaded guilty to counts 1, 2, and 3 of the indictment.',
      'He was held in cell 4 before Flight 370 left.',
      // Digits hyphened to a number word in capitals name a brand.
      'The suspect entered the 7-Eleven store located on Ulmerton Road.',
      'He robbed a 7-Eleven on Monday.',
      // Digits in brackets repeating "one", which is no figure.
      'Deputies seized one (1) firearm from the vehicle.',
      'Pupils in Year 9 took part.',
      'Median prices in the 90210 ZIP code fell.',
      'Numbers in the 212 area code were reassigned.',
      'The office moved to 350 W 42nd St in March.',
      'The embassy is at 22 Avenue Foch, Paris.',
      // A numbered street as the name: "441 4th Street NW".
      'WHERE: MPD Headquarters, 441 4th Street NW',
      // A capitalised word opening the sentence, or after a determiner, names the number before a noun.
      'Windows 11 users were urged to update their devices.',
      'Hackers targeted the Windows 11 users of the firm.',
      'The iPhone 15 owners were warned about the scam.',
      'Covid 19 cases rose in the spring.',
      'Route 66 crashes were reported.',
      'Interstate 95 drivers were warned of delays.',
      'Terminal 5 passengers were delayed.',
      // After "a" no count of things follows: a model's number, even in a word ending in -ing.
      'A Boeing 777 carrying tourists landed, and he flew a Cessna 172 registered in Texas.',
      // A version's point zero before a noun.
      'The plan supports Industry 4.0 firms and Web 3.0 projects.',
      // An offence named by the threshold of the sum, as Canada's Criminal Code names it.
      'She has been charged with Fraud Over $5,000 and Theft Over $5,000.',
      'He faces a charge of mischief under $5,000.',
    ]
    it('reads a number word and its digits in brackets as one figure', () => {
      const read = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value])
      expect(read('Deputies arrested three (3) suspects and seized one (1) firearm.')).toEqual([
        ['three (3)', 3],
      ])
      // Other digits in brackets are a figure of their own.
      expect(read('Deputies seized one firearm (12 rounds) from the car.')).toEqual([['12', 12]])
    })
    it('keeps a range whose second end is in lower case or digits', () => {
      const read = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.low, s.high])
      expect(read('Between 7-eleven people were hurt.')).toEqual([['Between 7-eleven', 7, 11]])
      expect(read('Officers found 7-11 bags.')).toEqual([['7-11', 7, 11]])
      expect(read('Police Seize 7-Eleven Bags In Raid')).toEqual([['7-Eleven', 7, 11]])
      expect(findStatistics('He robbed two 7-Eleven stores.').map((s) => s.text)).toEqual(['two'])
    })
    it('reads a sum after an offence and "of", or a count after an offence and "over", as a figure', () => {
      const read = (sentence: string) => findStatistics(sentence).map((s) => s.text)
      expect(read('It was a fraud of over $300,000, and theft rose over 12 months by 5%.')).toEqual([
        'over $300,000',
        '5%',
      ])
      expect(read('Fraud over 40 years cost the firm $5,000.')).toEqual(['$5,000'])
    })
    it('reads the count before a name with a number, not the number in it', () => {
      expect(findStatistics('Officers recovered two iPhone 15 devices.').map((s) => s.text)).toEqual(['two'])
      expect(findStatistics('He bought 3 Windows 11 laptops.').map((s) => s.text)).toEqual(['3'])
    })
    for (const sentence of cases) it(`finds none in ${JSON.stringify(sentence)}`, () => expectNone(sentence))

    it('keeps the count after a word that opens a sentence before one', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)
      // A real sentence: a qualifier opens it.
      expect(
        texts(
          'Nearly 70 leaders working on the Police Race Action Plan in forces across the country have come together to share the work going on to make policing anti-racist.',
        ),
      ).toEqual(['Nearly 70'])
      for (const sentence of [
        'The 15 men were arrested.',
        'Another 15 people were arrested.',
        'Overall 15 people were hurt.',
        'Altogether 12 people were charged.',
        'Separately 15 men were charged.',
        'Nationwide 300 officers took part.',
        'Made 12 arrests.',
        'Executed 20 warrants in the area.',
        'Today 40 officers were deployed.',
        'Of 300 calls, most were genuine.',
      ])
        expect(texts(sentence), sentence).toHaveLength(1)
      // A place after a preposition, a day, a unit: the figure counts or measures.
      expect(texts('In Kent 12 people were hurt.')).toEqual(['12'])
      expect(texts('On Monday 15 officers raided homes.')).toEqual(['15'])
      expect(texts('Cannabis 15 kg was found.')).toEqual(['15 kg'])
      // A title in capitals is no name: "Police Seize 300 Guns".
      expect(texts('Police Seize 300 Guns In Raid')).toEqual(['300'])
    })

    it('reads a name with a number after a verb when the text writes the name elsewhere', () => {
      const texts = (text: string) => findStatistics(text).map((s) => s.text)
      // The name closes a clause, opens a sentence or follows a determiner elsewhere.
      expect(
        texts(
          'Microsoft released Windows 11 in 2021.\nThe scam targeted Windows 11 users across the country.',
        ),
      ).toEqual([])
      expect(texts('Criminals targeted Windows 11 users.\nThe flaw affects Windows 11.')).toEqual([])
      expect(texts('The Galaxy S24 update is out.\nHackers warned Galaxy 24 owners.')).toEqual(['24'])
      expect(texts('Staff at Terminal 5 were told.\nThe strike delayed Terminal 5 passengers.')).toEqual([])
      expect(
        texts('The iPhone 15 launch drew crowds.\nThieves targeted iPhone 15 owners in the city.'),
      ).toEqual([])
      // Written once, after a verb, the number is still counted, unless the word is a product line.
      expect(texts('The scam targeted Windows 11 users across the country.')).toEqual([])
      // After a preposition a place comes before a count, even when the pair is written elsewhere.
      expect(texts('The rise was sharpest in Kent 12.\nIn Kent 12 people were hurt.')).toEqual(['12'])
      expect(texts('Officers were sent to Kent 12.\nArrests in Kent 12 people were held.')).toEqual(['12'])
      // A row of a table names nothing for sure; a day before a month is no name.
      expect(texts('Kent 12, Essex 9.\nThe Home Office gave Kent 12 officers.')).toEqual(['12'])
      expect(texts('The event is on Monday 12 May.\nPolice said Monday 12 people were hurt.')).toEqual(['12'])
      // A title's name with a number, when the story writes it as one.
      expect(
        texts(
          'Police Warn Of Windows 11 Support Scam\nCriminals offer help with Windows 11.\nThey stole £2m.',
        ),
      ).toEqual(['£2m'])
      expect(texts('Police Seize 300 Guns In Raid\nOfficers seized 300 guns.')).toEqual(['300', '300'])
      expect(texts('Kent 12 Arrests Made\nIn Kent 12 people were arrested.')).toEqual(['12', '12'])
      // A number after the name is another figure: "Office 11" is not "Office 12".
      expect(texts('Microsoft released Office 11.\nThe firm sold Office 12 licences.')).toEqual(['12'])
    })
  })

  describe('"one" as a pronoun or a single thing', () => {
    const cases = [
      'One of those investigations was Operation Hurricane.',
      'It is one step closer.',
      'One region led the way.',
      'This is one of the best results.',
    ]
    for (const sentence of cases) it(`finds none in ${JSON.stringify(sentence)}`, () => expectNone(sentence))

    it('still reads "one" with a unit', () => {
      expect(findStatistics('Thefts fell by one per cent.').map((s) => [s.text, s.value, s.unit])).toEqual([
        ['one per cent', 1, 'percent'],
      ])
    })
  })

  describe('how a plan is laid out', () => {
    it('reads the points of a plan as no figure, and a lead in points as one', () => {
      expectNone('The council announced a 10-point plan and a five-point strategy.')
      expect(findStatistics('Labour has a 10-point lead.').map((s) => [s.text, s.unit])).toEqual([
        ['10-point', 'point'],
      ])
      expect(findStatistics('A 5 point swing and a 12-point drop.').map((s) => [s.text, s.unit])).toEqual([
        ['5 point', 'point'],
        ['12-point', 'point'],
      ])
      // Points of anything else stay a count: "a 3-point turn".
      expect(findStatistics('He made a 3-point turn.').map((s) => [s.text, s.unit])).toEqual([['3', 'count']])
    })
  })

  describe('a compound that says what kind of product a thing is', () => {
    it('reads parts a product is classified by as no figure', () => {
      expectNone('The hatchback has a six-speed automatic gearbox and a four-cylinder engine.')
      expectNone('It comes as a four-door saloon or a 12-speed bike, with a 16-valve head.')
      expectNone('The five-star hotel sold a 12-piece set and a four-wheel-drive pick-up.')
      expectNone('They rented a three-bed apartment, a two-bedroom flat and a three-storey house.')
      expectNone('The family bought a seven-seater and a 2-seat convertible.')
      expectNone('The aid takes the form of a two-way contract for difference, on a four-lane road.')
      expectNone('Officers set out a three-pronged approach under a two-tier system.')
      expectNone('They seized a two-stroke engine and a three-sided table.')
    })

    it('keeps compounds that report how many, capacities, and the same words apart', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)
      // As the gold counts them: "a six-episode series", "a 16-count indictment".
      expect(texts('A 16-count indictment followed a six-episode series.')).toEqual(['16', 'six'])
      expect(texts('Police attended a two-vehicle collision on the A1.')).toEqual(['two'])
      expect(texts('The plan adds a 500-bed hospital and a 60,000-seat stadium.')).toEqual(['500', '60,000'])
      expect(texts('Police seized six speed cameras and four doors.')).toEqual(['six', 'four'])
      expect(texts('He tried two ways in and three lanes were shut.')).toEqual(['two', 'three'])
      expect(texts('A £3-piece deal and a 2.5-star average.')).toEqual(['£3', '2.5'])
    })
  })

  describe('words that only look like numbers', () => {
    const cases = ['Someone often attended.', 'He gave an estimated account.', 'The scores were published.']
    for (const sentence of cases) it(`finds none in ${JSON.stringify(sentence)}`, () => expectNone(sentence))
  })
})
