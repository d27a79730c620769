import { describe, expect, it } from 'vitest'
import { splitReleases } from '../releases/split-releases'
import { findStatistics } from './find-statistics'

const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)

describe('findStatistics', () => {
  describe('identifiers and ages are not statistics', () => {
    it('reads numbers after reference words as names, but not after the same words in lower case', () => {
      // wide corpus, uk_1.txt (Metropolitan Police): "a route 59 bus", "giving the reference 2089/21Nov".
      expect(texts('an incident involving two men on a route 59 bus in Brixton Road')).toEqual(['two'])
      expect(texts('The M1 was closed between junctions 31 and 33, and 40 cars were stuck.')).toEqual(['40'])
      // A plural reference word numbers a list of places: exits, gates, lanes, platforms.
      expect(texts('I-84 will close between exits 17 and 22, affecting 3,000 drivers.')).toEqual(['3,000'])
      expect(
        texts('Lanes 1 and 2 are shut, and flights leave from gates 3 and 4 and platforms 9 and 10.'),
      ).toEqual([])
      expect(texts('The 12 exits and 4 gates were shut.')).toEqual(['12', '4'])
      // "Year 9" and "Count 2" name things; "last year 76 percent" and "the court heard 5 witnesses" count.
      expect(texts('Bookings rose last year 76 percent, and the court heard 5 witnesses.')).toEqual([
        '76 percent',
        '5',
      ])
    })

    it('reads a whole number a life can hold, set off after a name, as an age, and a larger one as a count', () => {
      expect(texts('John Smith (45) was arrested, and Jane Doe, 34, of Leeds was charged.')).toEqual([])
      expect(texts('Dak Prescott (4) threw two touchdowns.')).toEqual(['two'])
      // No age holds 1,200: the bracket restates a count.
      expect(texts('Officers (1,200) were trained.')).toEqual(['1,200'])
      expect(texts('Half (1,200) of the officers were trained.')).toEqual(['Half', '1,200'])
      expect(texts('Arrests (1,245) rose on the year before.')).toEqual(['1,245'])
    })

    it('reads digits straight after "number" as a name, and a count after "a number of"', () => {
      expect(texts('He was attacked on a number 73 bus; officers quote file number 2024-12345.')).toEqual([])
      expect(texts('Report number 1234 was filed after the number 38 bus crashed.')).toEqual([])
      expect(texts('A number of 73 buses were late, and the number 1,234 is a record.')).toEqual([
        '73',
        '1,234',
      ])
    })

    it('reads both parts of a named number joined by a hyphen, and a registration with letters, as names', () => {
      expect(texts('The SEC opened File No. 3-21456 and Section 5-7 applies.')).toEqual([])
      expect(texts('Gardaí seized a 191-D-12345 registered vehicle and 07-C-1234 plates.')).toEqual([])
      // A range of counts is no registration, nor a count beside a name in capitals.
      expect(texts('Last year 10-15 people were seen and 12-strong ACT teams met.')).toEqual(['10-15', '12'])
    })

    it('reads numbers after words for a courtroom, a terminal, a bus or a sergeant as names', () => {
      expect(texts('He will appear in courtroom 3 on Friday; Terminal 5 and Bus 38 were closed.')).toEqual([])
      expect(texts('PC 1234 and PS 567 arrested him and 12 buses were diverted.')).toEqual(['12'])
      expect(texts('Officers forced entry to Suite 400 and Apt. 4B, and Pier 39 closed.')).toEqual([])
    })

    it('reads a number after a name word in lower case as a name where no count goes on from it', () => {
      expect(
        texts('He was found guilty on count 2 of the indictment and count 5, money laundering.'),
      ).toEqual([])
      expect(texts('The hearing was in court 5 at Southwark, and resolution 2231 was adopted.')).toEqual([])
      expect(texts('The attack was caught on CCTV camera 4. Camera 2 recorded it too.')).toEqual([])
      // A count goes on to what it counts or takes a plural verb; "year" and "region" stand before counts.
      expect(
        texts('Building 300 homes is hard; across the region 300 officers and last year 76 people died.'),
      ).toEqual(['300', '300', '76'])
      expect(texts('The court 3 times adjourned, and the camera 12 officers watched were broken.')).toEqual([
        '3',
        '12',
      ])
      expect(texts('Arrests in the region 300, in the area 120.')).toEqual(['300', '120'])
      // A day or a week numbered in lower case; with a capital it may close a holiday's name.
      expect(texts('On day 3 of the trial, in week 2, he was stopped in lane 2 of the M1.')).toEqual([])
      expect(texts('On Boxing Day 12 people were hurt, and every day 300 calls are made.')).toEqual([
        '12',
        '300',
      ])
    })

    it('reads a service number after "calls to" as a number to call only where no count goes on', () => {
      expect(texts('Officers made calls to 101 households and sent letters to 999 homes.')).toEqual([
        '101',
        '999',
      ])
    })

    it('reads the numbers of a code joined by hyphens to its name as one code', () => {
      expect(texts('The CVE-2023-1234 flaw and the SCP-173-2 file were cited.')).toEqual([])
      // A range after a word apart from it, or after a lower-case word glued to it, counts.
      expect(texts('Between 2000-10000 people attended and 12-15 officers came.')).toEqual([
        'Between 2000-10000',
        '12-15',
      ])
    })

    it('reads the last number of a named list joined by "through" as a name', () => {
      expect(texts('Perez was convicted on Counts 1 through 9 and Sections 3 through 7.')).toEqual([])
      // Without a name word before the first number, counts.
      expect(texts('Officers made 10 arrests through 2 operations.')).toEqual(['10', '2'])
    })

    it('reads numbers after a capitalised fire crew, station or patrol area as names', () => {
      expect(
        texts(
          'Deputies assigned to Beat 12 and Sector 3 located the vehicle; Medic 3 from Station 4 also responded.',
        ),
      ).toEqual([])
      expect(texts('He was held in Pod 3 and the car was parked in Lot 7 overnight.')).toEqual([])
      expect(texts('It is a Class 2 offence and an Alarm 3 fire, and the class of 30 pupils left.')).toEqual([
        '30',
      ])
      // Counted, before the noun or in lower case.
      expect(texts('Crews from 3 stations and 12 engines attended, and a squad of 4 men left.')).toEqual([
        '3',
        '12',
        '4',
      ])
    })

    it('reads a number after a goal, a grade of response, a stun gun’s model or an agency’s region as a name', () => {
      // Designations as police and government releases write them.
      expect(
        texts('SDG 16 calls for peaceful societies, and the report says SDG 16 targets were missed.'),
      ).toEqual([])
      expect(texts('Officers carrying Taser 7 devices gave a Code 3 response to Priority 1 calls.')).toEqual(
        [],
      )
      expect(texts('Goal 5 is gender equality; Article 8 rights and Schedule 7 powers apply.')).toEqual([])
      expect(texts('EPA Region 5 staff and Troop 7 officers attended.')).toEqual([])
      expect(texts('Members of Teamsters Local 802 and IBEW Local 3 picketed the site.')).toEqual([])
      expect(texts('He embezzled $40,000 from Local 1199.')).toEqual(['$40,000'])
      // The count before the noun, or the word in lower case, is a figure.
      expect(texts('16 calls were made and 7 Tasers were seized.')).toEqual(['16', '7'])
      expect(texts('Officers met the local 40 business owners.')).toEqual(['40'])
      expect(texts('He broke the code 3 times; across the region 300 officers were deployed.')).toEqual([
        '3',
        '300',
      ])
    })

    it('reads the number of a document after its series and bracketed year as a name', () => {
      expect(texts('COM(2022) 245 was the proposal, and SWD(2023) 12 final its assessment.')).toEqual([])
      // A year in brackets apart from the word before it, then a count.
      expect(texts('In its report, the NCA (2023) named 12 forces; Smith (2022) 245 cases.')).toEqual([
        '12',
        '245',
      ])
    })

    it('reads a serial padded with a leading zero as a name', () => {
      expect(
        texts('The auditor made 14 recommendations; Findings 2023-001 through 2023-014 are in Appendix B.'),
      ).toEqual(['14'])
      expect(texts('Agent 007 and Unit 0451 reported 12 arrests.')).toEqual(['12'])
      // A decimal below one is a figure.
      expect(texts('Alcohol levels of 0.08 and 0.5 grams were recorded.')).toEqual(['0.08', '0.5 grams'])
    })

    it('reads a whole number in square brackets as the mark of a note', () => {
      expect(texts('Complaints rose to 9,845 cases.[2] The Met recorded 402 more.[3]')).toEqual([
        '9,845',
        '402',
      ])
      expect(texts('[1] Figures exclude Northern Ireland and 3 forces.')).toEqual(['3'])
      // Brackets round a figure with a unit, or a round figure in a quote's insertion, still count.
      expect(texts('Officers seized [12kg] of cannabis.')).toEqual(['12kg'])
    })

    it('reads three digits glued to a word in capitals as a number to call', () => {
      expect(texts('Anyone with information can call Silent Witness at 480-WITNESS or 888-CRIME.')).toEqual(
        [],
      )
      // In a headline in capitals the word is the unit or the noun the figure counts.
      expect(texts('POLICE SEIZE 300-KILO HAUL')).toEqual(['300-KILO'])
      expect(texts('Officers made 480 arrests - WITNESSES sought.')).toEqual(['480'])
    })

    it('reads a capitalised noun that names a numbered building, area, team or series as a name', () => {
      expect(texts('The fire started in Building 7 and spread to B Wing 3 of the prison.')).toEqual([])
      expect(texts('Building 7 collapsed. Area 51 is restricted. Team 3 arrested 5 suspects.')).toEqual(['5'])
      expect(texts('He is a Formula 1 driver and was seen at Gate 12 in Terminal 5.')).toEqual([])
      expect(texts('Phase 2 begins; a Category 5 storm hit a Tier 2 area on Level 3 of Block 9.')).toEqual([])
      // A count beside such a name is still read.
      expect(texts('More than 300 officers took part in Phase 2.')).toEqual(['More than 300'])
    })

    it('reads the number of a quarter of the year as a name', () => {
      // As statistics offices write the quarter, and variants.
      expect(texts('Real GDP is estimated to have increased by 0.1% in Quarter 4 2023.')).toEqual(['0.1%'])
      expect(texts('Sales rose in quarter 2 of 2024.')).toEqual([])
      expect(texts('GDP fell in quarter 3.')).toEqual([])
      // A share and a count beside the word are still read.
      expect(texts('Nearly a quarter 24% of them left.')).toEqual(['Nearly a quarter', '24%'])
      expect(texts('A quarter of 400 staff left.')).toEqual(['A quarter', '400'])
    })

    it('reads the number of a state or county road as a name', () => {
      // A sheriff's crash report, and variants.
      expect(texts('Deputies responded to a two-vehicle crash on SR 200 near SW 60th Ave.')).toEqual(['two'])
      expect(texts('The crash on CR 484 near Belleview left 3 people hurt.')).toEqual(['3'])
      expect(texts('A crash on State Road 200 closed lanes; County Road 42 reopened.')).toEqual([])
      // In lower case the words are ordinary: the figure counts or measures.
      expect(texts('The road 300 metres away was closed.')).toEqual(['300 metres'])
      expect(texts('Work on the road 12 miles north began.')).toEqual(['12 miles'])
    })

    it('reads a count after the same words in lower case, or after a verb in "-ing" opening a sentence', () => {
      expect(texts('The council is building 300 homes for a team of 3 officers.')).toEqual(['300', '3'])
      expect(texts('Building 300 new homes will take years.')).toEqual(['300'])
      // The same words written elsewhere as a name make them one before a noun too.
      expect(texts('A fire broke out in Building 7.\nBuilding 7 residents were moved.')).toEqual([])
      expect(texts('A fire broke out in Building 7.\nBuilding 300 new homes will take years.')).toEqual([
        '300',
      ])
      expect(texts('Building 7 residents were moved.')).toEqual(['7'])
      expect(texts('Seven people were arrested and officers arrested 7 men.')).toEqual(['Seven', '7'])
    })

    it('reads the numbers of bills, ballot measures and resolutions as names', () => {
      expect(texts('Congress passed H.R. 1234 and S. 567 after 12 hearings.')).toEqual(['12'])
      expect(texts('Proposition 47 passed. Measure 110 was repealed. Resolution 2334 was adopted.')).toEqual(
        [],
      )
      // In lower case the words are ordinary: "a measure 5 times stronger", "the resolution 5 members backed".
      expect(texts('It was a measure 5 times stronger than the resolution 4 members backed.')).toEqual([
        '5 times',
        '4',
      ])
      // The year in brackets after it, as the United Nations cite a resolution, makes it one.
      expect(
        texts(
          'The Security Council today unanimously adopted resolution 2731 (2024), authorizing up to 14,000 troops.',
        ),
      ).toEqual(['up to 14,000'])
      expect(texts('It recalled resolutions 2231 (2015) and 2397 (2017).')).toEqual([])
      expect(texts('The resolution 4 (2024) members backed.')).toEqual([])
    })

    it('reads the number of a Sustainable Development Goal as a name, not a goal scored', () => {
      expect(texts('The work supports Sustainable Development Goal 16 and SDG 5.')).toEqual([])
      expect(texts('He scored a goal 16 minutes in, one of 3 goals.')).toEqual(['3'])
    })

    it('skips list numbers in brackets', () => {
      // wide corpus, intl_3.txt (European Commission).
      expect(
        texts(
          'The report identifies eight specific threats, namely (1) cybercrime, (2) drugs crime, (3) migrant smuggling, (4) organised property crime.',
        ),
      ).toEqual(['eight'])
      expect(texts('(1) The officer may seize (a) any vehicle.')).toEqual([])
    })

    it('skips the numbers of a list run on in one paragraph', () => {
      // A list of steps run on in one paragraph, with no marks after the numbers.
      expect(
        texts(
          'Here is the 5-step safety plan: 1 Lock every door. 2 Keep keys hidden. Check them at night. 3 Mark your property.',
        ),
      ).toEqual(['5'])
      expect(
        texts('Tips: 1. Lock your doors. 2. Keep valuables out of sight. 3. Report anything suspicious.'),
      ).toEqual([])
      expect(texts('Advice: 1) Lock your doors; 2) Keep keys away from the letterbox.')).toEqual([])
      // The markers must agree: a count after a sentence's end stays.
      expect(texts('Tips: 1. Lock your doors. 2 Men were arrested later.')).toEqual(['2'])
    })

    it('keeps counts that only look like an inline list', () => {
      // A table's rows after colons, a count ending a sentence, a count opening the next.
      expect(texts('Arrests: 12. Charges: 13. Convictions: 4.')).toEqual(['12', '13', '4'])
      expect(texts('Officers seized 2. 3 Men were later charged.')).toEqual(['2', '3'])
      expect(texts('In 2022 the figure was 11. 12 People were later arrested.')).toEqual(['11', '12'])
    })

    it('keeps a bracketed figure that is not in a list', () => {
      // wide corpus, uk_3.txt (IOPC).
      expect(
        texts(
          'In total, the IOPC completed 460 independent investigations over the 12-month period, with more than a third (159) examining the conduct of one or more individuals.',
        ),
      ).toEqual(['460', 'more than a third', '159'])
    })

    it('skips section and subsection numbers', () => {
      expect(texts('He was charged under s. 91(1) of the Criminal Code.')).toEqual([])
      expect(texts('Section 60 and Article 8(2) apply.')).toEqual([])
    })

    it('skips numbers after an abbreviated name word', () => {
      // wide corpus, us_1.txt (ATF).
      expect(
        texts(
          'the St. Tammany Fire Protection, District No. 1, and the Louisiana State Fire Marshal’s Office.',
        ),
      ).toEqual([])
      expect(texts('Officers from Precinct No. 7 attended.')).toEqual([])
    })

    it('skips the serial of a reference written beside a date', () => {
      expect(texts('Please quote Ref: 06/06/24-1234 when calling.')).toEqual([])
      expect(texts('Quote 1234-06/06/24 when calling.')).toEqual([])
      // A case number: a year's two digits and a serial.
      expect(texts('The suspect was booked under case #24-1234.')).toEqual([])
      expect(texts('He was charged in case number 24-012345.')).toEqual([])
      expect(texts('Deputies seized 24-30 firearms.')).toEqual(['24-30'])
      // A year in full and a serial of five digits, or padded: a police file.
      expect(texts('Anyone with information is asked to quote file 2024-12345.')).toEqual([])
      expect(texts('Call the detachment and quote file 2023-0456 or file 1999-123456.')).toEqual([])
      // A range of years, and counts after a year, are no file.
      expect(texts('Between 2018-2020 officers made 2019-2200 stops.')).toEqual(['2019-2200'])
      expect(texts('Between 2000-10000 officers were deployed.')).toEqual(['Between 2000-10000'])
      // A count beside a date with a space is no serial.
      expect(texts('On 06/06/24 - 12 officers attended.')).toEqual(['12'])
    })

    it('skips police units and street blocks', () => {
      expect(texts('Officers from 51 Division attended the 900 block of Queen Street.')).toEqual([])
      expect(texts('Police were called to the 1200 block of Main St.')).toEqual([])
      expect(texts('Unit 3 at 16-18 Industrial Avenue was searched by 40 officers.')).toEqual(['40'])
      // "28 unit" counts units of a building.
      expect(texts('The complex is a two story, 28 unit, multi-family building.')).toEqual(['two', '28'])
      // Military units named by their number, as forces' joint releases write them.
      expect(texts('Marines from 42 Commando, 3 Commando Brigade and 1 Corps trained 200 recruits.')).toEqual(
        ['200'],
      )
      expect(texts('There were 12 commandos and 3 platoons.')).toEqual(['12', '3'])
    })

    it('reads a number with a letter in brackets glued to it as a subsection', () => {
      expect(texts('He stole from 401(k) accounts and a 501(c)(3) charity under section 922(g).')).toEqual([])
      // Apart from the bracket, the number counts.
      expect(texts('He owned 3 (a) cars and 12 employees.')).toEqual(['3', '12'])
    })

    it('reads a year and a serial joined by an asterisk as a file number', () => {
      expect(texts('Call 101, quoting occurrence 24*123456.')).toEqual([])
      // Apart, or a mark after a word, the numbers count.
      expect(texts('Officers made 12 arrests* and 24 * 5 checks.')).toEqual(['12', '24', '5'])
    })

    it('reads a postal district of Dublin as a name, and a count before a plural noun', () => {
      expect(texts('Cannabis was seized in Dublin 15 yesterday from a Dublin 8 address.')).toEqual([])
      expect(texts('Across Dublin 12 searches were made, in Dublin 3 men and in Dublin 40 people.')).toEqual([
        '12',
        '3',
        '40',
      ])
    })

    it('skips hyphenated street blocks, numbered streets and numbers after a number sign', () => {
      // The way Canadian forces write them: "the 14000-block of 104 Avenue", "152 Street".
      expect(texts('Officers seized 3 handguns at a home in the 14000-block of 104 Avenue.')).toEqual(['3'])
      expect(texts('Police closed 152 Street NW near 16 Avenue after 2 crashes.')).toEqual(['2'])
      expect(texts('Quote File # 2024-12345 or badge #4471; the #1 priority is safety.')).toEqual([])
      // An officer's or a court's number after its word, with or without "number".
      expect(texts('Deputy Mark Jones, badge number 5521, made the arrest.')).toEqual([])
      expect(texts('PC Smith, collar number 1234, and 3 colleagues attended; see docket 2231.')).toEqual([
        '3',
      ])
      expect(texts('Quote serial number 215 when calling.')).toEqual([])
      // A phone extension.
      expect(texts('Call the tip line at (555) 123-4567 ext. 204 or extension 3310.')).toEqual([])
      // A street word that is no street's name, and a street after its name, still count or name.
      expect(texts('Officers seized 3 vehicles on Main Street.')).toEqual(['3'])
      expect(texts('He lives at 12 High Street with 2 dogs.')).toEqual(['2'])
      expect(texts('There were 40 Roads Policing officers and 5 blocks cordoned off.')).toEqual(['40', '5'])
    })

    it('skips phone numbers written the North American way', () => {
      // wide corpus, us_3.txt (ATF).
      expect(
        texts(
          'Anyone with information is encouraged to call the ATF Hotline at 1-888-ATF-FIRE (1-888-283-3473).',
        ),
      ).toEqual([])
      expect(texts('Call (202) 555-0100 or 800-555-0199 with 3 tips.')).toEqual(['3'])
      // Letters, then digits again: a police department's line.
      expect(texts('After hours, call 1-877-LAPD-24-7 (1-877-527-3247) with 2 tips.')).toEqual(['2'])
    })

    it('skips other phone and service numbers', () => {
      expect(texts('Call 1-800-222-TIPS (8477) or Crime Stoppers on 1800 333 000.')).toEqual([])
      // Singapore free-call numbers have four digits at the end.
      expect(texts('The public may call the Police hotline at 1800-255-0000 or 1800 722 6688.')).toEqual([])
      expect(texts('Call 911, or 000 in Australia, or 10111.')).toEqual([])
      expect(texts('Quote log 457 when you call.')).toEqual([])
    })

    it('reads a service number followed by "or more" as a figure, and "or" with another number as a call', () => {
      // wide corpus, us_2.txt (DEA).
      expect(
        texts('distribute five or more kilograms of cocaine, 500 or more grams of methamphetamine'),
      ).toEqual(['five or more kilograms', '500 or more grams'])
      expect(texts('distribute 999 or more grams of methamphetamine')).toEqual(['999 or more grams'])
      expect(texts('Officers made 111 or more stops, and 101 or fewer arrests.')).toEqual([
        '111 or more',
        '101 or fewer',
      ])
      expect(texts('In an emergency dial 999 or 112 from a mobile.')).toEqual([])
      expect(texts('Report it on 101 or call 999.')).toEqual([])
      expect(texts('Ring 999 or call Crimestoppers anonymously.')).toEqual([])
    })

    it('skips a number to call written in groups of digits, and no run of counts', () => {
      expect(texts('For help, call 13 14 44 at any time.')).toEqual([])
      expect(texts('Please contact us on 13 14 44 or phone 02 9876 5432.')).toEqual([])
      expect(texts('Contact the Police Assistance Line on 13 14 44.')).toEqual([])
      expect(texts('The helpline number is 13 11 14.')).toEqual([])
      expect(texts('Hotline: 13 14 44')).toEqual([])
      // A service's name, then the number: "on", a colon, a dash or nothing between.
      expect(texts('Support is available from Lifeline on 13 11 14 and Samaritans on 116 123.')).toEqual([])
      expect(texts('Lifeline 13 11 14. Beyond Blue: 1300 22 4636. Kids Helpline – 1800 55 1800.')).toEqual([])
      expect(texts('He spent on 131 444 items.')).toEqual(['131 444'])
      // Near misses: figures side by side with no word of calling, too few digits, a count after.
      expect(texts('Results were 12 15 20 in the three rounds.')).toEqual(['12', '15', '20', 'three'])
      expect(texts('Police seized 13 14 and 44 items.')).toEqual(['13', '14', '44'])
      expect(texts('Call 12 34 now.')).toEqual(['12', '34'])
      expect(texts('Officers will contact 120 witnesses.')).toEqual(['120'])
      expect(texts('The number is 120.')).toEqual(['120'])
    })

    it('skips a number to call cut over an indented or Windows line break, and keeps the spans as written', () => {
      // A paragraph of a release, as a dump cut at 45 characters and indented writes it (wide
      // corpus, intl_1.txt, NZ Police).
      const read = (body: string) =>
        findStatistics(
          splitReleases(`Drugs seized in Auckland\n\nSource: New Zealand Police\n\n${body}\n`).releases[0]!,
        ).map((s) => s.text)
      const nz = [
        'Police urge anyone with information about',
        'drug manufacturing or supply rings to contact',
        'their local Police station, or to report',
        'anonymously via Crimestoppers on 0800 555',
        '111.',
      ]
      expect(read(nz.map((line) => `  ${line}`).join('\n'))).toEqual([])
      expect(read(nz.map((line) => `\t${line}`).join('\r\n'))).toEqual([])
      expect(read(nz.join('  \n'))).toEqual([])
      // Near miss: a figure over the break with no word of calling before the digits is a count.
      const seized = [
        'Officers searched the two addresses in the city',
        'on Tuesday and seized a firearm, cash and 500',
        '111 other items, police said in a statement.',
      ]
      expect(read(seized.map((line) => `  ${line}`).join('\n'))).toEqual(['two', '500', '111'])
      // A figure after such a break keeps the span of the text as written.
      const dump = `Officers search homes\n\nSource: New Zealand Police\n\n${[
        'Police said that 12 officers took part in the',
        'searches on Tuesday, and that a further',
        '30 staff had worked on the case for months.',
      ]
        .map((line) => `  ${line}`)
        .join('\r\n')}\n`
      const found = findStatistics(splitReleases(dump).releases[0]!)
      expect(found.map((s) => [s.text, dump.slice(s.span.start, s.span.end)])).toEqual([
        ['12', '12'],
        ['30', '30'],
      ])
    })

    it('reads a figure written with an invisible character in it as the figure, with its span as written', () => {
      // A page's markup puts a zero-width space after each slash, so a URL or a figure may break
      // there (the wide corpus's releases, so written): "24/7" stays no count, "2023/24" no 23.
      expect(texts('The INTERPOL I-24/\u200b7 communication system links 196 countries.')).toEqual(['196'])
      expect(texts('Funding for 2023/\u200b24 rose to $12 million.')).toEqual(['$12 million'])
      const soft = 'Police seized 1,\u00ad250 kilo\u00adgrams of cocaine.'
      const [found] = findStatistics(soft)
      expect([found?.value, found?.unit, soft.slice(found!.span.start, found!.span.end)]).toEqual([
        1250,
        'kg',
        found?.text,
      ])
      // Near miss: a figure written whole is read as before.
      expect(texts('The INTERPOL I-24/7 communication system links 196 countries.')).toEqual(['196'])
    })

    it('reads a figure written with a character reference as the figure, with its span as written', () => {
      // A scrape of a web page keeps "&pound;", "&euro;" and "&#37;" as written.
      const input = 'A man stole more than &pound;250,000, and fraud rose by 40&#37; to &euro;3.2m.'
      const found = findStatistics(input)
      expect(found.map((s) => [s.text, s.value, s.unit, input.slice(s.span.start, s.span.end)])).toEqual([
        ['more than &pound;250,000', 250000, 'GBP', 'more than &pound;250,000'],
        ['40&#37;', 40, 'percent', '40&#37;'],
        ['&euro;3.2m', 3200000, 'EUR', '&euro;3.2m'],
      ])
      // Near miss: "&" before no reference's name stays text ("Q&A", "AT&T").
      expect(texts('The Q&A drew 120 people to AT&T Stadium.')).toEqual(['120'])
    })

    it('skips the digits hyphened to a number dialled before them', () => {
      expect(texts('Please call 555-1234.')).toEqual([])
      expect(texts('Text 81010, or call 555-1234.')).toEqual([])
      expect(texts('Email us or phone 0800-555-111.')).toEqual([])
      // A figure hyphened to a figure, with no word of calling before it, is a range.
      expect(texts('Police called 555-1234 numbers.')).toEqual(['555-1234'])
      expect(texts('Between 500-1000 people attended.')).toEqual(['Between 500-1000'])
    })

    it('skips a short code a keyword is texted to', () => {
      expect(texts('Call 813-247-8200 or text TIP to 274637.')).toEqual([])
      expect(texts('Text the word ‘SAFE’ to 61016, or text TIP411 to 847411.')).toEqual([])
      // A text sent to people counts them; "to" with no texting before it leaves the figure.
      expect(texts('The council sent a text to 300 residents.')).toEqual(['300'])
      expect(texts('Arrests rose from 120 to 274637.')).toEqual(['from 120 to 274637'])
    })

    it('skips legal citations and calibres', () => {
      expect(
        texts('in violation of Title 18, United States Code, Section 922(g)(1), and 21 U.S.C. § 841(a)(1).'),
      ).toEqual([])
      expect(texts('He carried a 9mm handgun, a .40 caliber pistol and a 12-gauge shotgun.')).toEqual([])
      expect(texts('a 200m sprint and 9 mm of rain').length).toBe(2)
    })

    it('skips a school year, but not a count after a year of the calendar', () => {
      expect(texts('Year 10 pupils and year 11 students were spoken to.')).toEqual([])
      expect(texts('A year 9 pupil was hurt, and two pupils in year 8.')).toEqual(['two'])
      expect(texts('This year 12 pupils were excluded.')).toEqual(['12'])
      expect(texts('Last year 10 students won awards.')).toEqual(['10'])
    })

    it('skips a point on a course by its number, but not a count after "mile"', () => {
      expect(texts('He collapsed at mile 12 of the marathon and was treated near hole 18.')).toEqual([])
      expect(texts('Runners passed mile 20 at noon.')).toEqual([])
      expect(texts('She ran a mile 3 times in the race.')).toEqual(['3'])
    })

    it('skips a rank in a top list, but not a share of the top nor a verb', () => {
      expect(texts('The school is in the top 10 nationally and aims for a top 20 finish.')).toEqual([])
      expect(texts('The top 10 per cent of earners paid more.')).toEqual(['10 per cent'])
      expect(texts('The top 10 offenders were arrested.')).toEqual(['10'])
      expect(texts('Arrests top 1,000 for the first time.')).toEqual(['1,000'])
    })

    it('skips a band of places in a table, in words or digits, with nothing counted after it', () => {
      expect(texts('West Ham have slipped towards the bottom three.')).toEqual([])
      expect(
        texts('The club finished in the top four, and dropped into the bottom three after defeat.'),
      ).toEqual([])
      expect(texts('Leeds sit in the bottom five since the draw.')).toEqual([])
      expect(texts('The top 10, as ranked by the council, was published.')).toEqual([])
      // Things counted after it, a share, or a verb: figures.
      expect(texts('The top five teams qualify for Europe.')).toEqual(['five'])
      expect(texts('The bottom three clubs were relegated.')).toEqual(['three'])
      expect(texts('Only the top 3% of earners pay the rate.')).toEqual(['3%'])
      expect(texts('The bottom 20 percent of households gained.')).toEqual(['20 percent'])
      expect(texts('Sales top 1,000 a month.')).toEqual(['1,000'])
    })

    it('skips a step on a scale written "level of", but not a level measured', () => {
      expect(texts('The judge found a total offense level of 32 and the base offense level of 24.')).toEqual(
        [],
      )
      expect(texts('The country moved to an alert level of 4, and the threat level of 3 stands.')).toEqual([])
      expect(texts('Water reached a level of 5 metres and lead hit levels of 300 micrograms.')).toEqual([
        '5 metres',
        '300 micrograms',
      ])
      expect(texts('Crime is at a level of 300 offences a month.')).toEqual(['300'])
    })

    it('skips the wheels of a four-by-four, but not a size', () => {
      expect(texts('A 4 x 4 vehicle, a 4x4 and a 6×6 truck were seized.')).toEqual([])
      expect(texts('The cell measures 4 x 4 metres and held 4 men.')).toEqual(['4', '4 metres', '4'])
    })

    it('skips the number of a size, but not a count beside the word', () => {
      expect(texts('He was wearing a size 10 shoe and carried size 12 boots.')).toEqual([])
      expect(texts('The suspect had a shoe size 12 and wore a Size 8 dress.')).toEqual([])
      expect(texts('Officers seized 12 boots of every size and 3 phones.')).toEqual(['12', '3'])
      expect(texts('The size of the haul, 40 kilos, surprised officers.')).toEqual(['40 kilos'])
    })

    it('skips the sections of a cited code, after any qualifier-like word', () => {
      expect(texts('He pleaded guilty to conspiracy in violation of 21 U.S.C. 841(a)(1) and 846.')).toEqual(
        [],
      )
      expect(texts('He was charged under 8 U.S.C. 1326 and under 18 U.S.C. § 2252A.')).toEqual([])
      expect(texts('He violated Title 21, United States Code, Sections 841(a)(1) and 846.')).toEqual([])
      expect(texts('The rule is at 21 C.F.R. 1308.12 and 40 CFR 261.')).toEqual([])
      // The list ends with the citation: a count after it is read.
      expect(
        texts('He cited 18 U.S.C. 922(g)(1) after police seized 2 guns, and under 8 agents were there.'),
      ).toEqual(['2', 'under 8'])
      // A number after the list that counts things is no section of it.
      expect(
        texts('He pleaded guilty to violating 18 U.S.C. § 1343 and 2 counts of money laundering.'),
      ).toEqual(['2'])
      expect(texts('Counts 1, 2 and 3 were dismissed; sections 31 and 33 apply.')).toEqual([])
      // Pages, paragraphs, articles, chapters and clauses numbered in the plural, and their ranges.
      expect(texts('See pages 20-30 of the report and paragraphs 12 and 13 of the ruling.')).toEqual([])
      expect(texts('The court cited Articles 8 and 10 of the Convention and chapters 4-6.')).toEqual([])
      expect(texts('The bill has clauses 3 to 5 removed.')).toEqual([])
      // After the number they are what it counts.
      expect(texts('The report runs to 30 pages and 12 chapters, with 40 articles cited.')).toEqual([
        '30',
        '12',
        '40',
      ])
    })

    it('skips the denominator of a rate', () => {
      expect(texts('The rate of violent crime was 22 per 1,000 population.')).toEqual(['22'])
      expect(
        texts('The rate was 1.2 per 100,000 residents, or 4.5 burglaries per 1,000 households.'),
      ).toEqual(['1.2', '4.5'])
      // A figure after "per cent" or after another word is read.
      expect(texts('It rose 5 per cent, with 1,000 more officers per force.')).toEqual([
        '5 per cent',
        '1,000',
      ])
    })

    it('skips an age given as the value of an age', () => {
      expect(texts('The average age of officers was 39.')).toEqual([])
      expect(texts('The median age of victims is 27 years.')).toEqual([])
      expect(texts('In 2023, the average age was 39.')).toEqual([])
      // A count of people of an age, or an age after people, stays a figure.
      expect(texts('The number of officers of working age was 39.')).toEqual(['39'])
      expect(texts('The average age of officers was 39 and 120 officers retired.')).toEqual(['120'])
    })

    it('skips a list of ages', () => {
      expect(texts('Three teens, aged 15, 16 and 17, were arrested.')).toEqual(['Three'])
    })

    it('skips the sides of a score', () => {
      expect(texts('Bristol City came from behind to beat Charlton 2-1 at Ashton Gate.')).toEqual([])
      expect(texts('They won 3-1 and scored 4 goals.')).toEqual(['4'])
      expect(texts('Between 2-3 officers attended.')).toEqual(['Between 2-3'])
    })

    it('skips the numeral of an operation’s name', () => {
      // wide corpus, us_3.txt (ICE).
      expect(texts('Operation Protected Childhood 8 targeted the distributors.')).toEqual([])
      expect(texts('Operation Blue Fox 2 led to 14 arrests.')).toEqual(['14'])
    })

    it('skips the first day of a range of days and days of work', () => {
      // wide corpus, intl_3.txt (INTERPOL) and us_1.txt (US Marshals).
      expect(
        texts('The three-day (8-10 May) conference brings together more than 140 participants.'),
      ).toEqual(['more than 140'])
      expect(texts('The agency arrested 293 fugitives per day (based on 250 operational days).')).toEqual([
        '293',
      ])
      expect(texts('It took 12 working days.')).toEqual([])
    })

    it('skips an age set off by commas after a name and its suffix', () => {
      // wide corpus, us_1.txt (US Attorney).
      expect(
        texts('a judge sentenced Lamar Graves, Jr., 42, from Attala, Alabama, to 168 months in prison'),
      ).toEqual([])
      expect(texts('John Smith Sr., 67, of Leeds, and 3 others were charged.')).toEqual(['3'])
    })

    it('skips an age after a full name closed by a semicolon, a stop or "and", as lists of defendants write it', () => {
      // wide corpus, us_2.txt (US Attorney), then the same people listed with semicolons.
      expect(
        texts('sentenced Pedro Lazaro Rodriguez, 28, of Seffner, Florida, to life in federal prison'),
      ).toEqual([])
      expect(
        texts(
          'The three defendants are Pedro Lazaro Rodriguez, 28; Chester John Floyd, 49; and Jane Q. Doe, 51.',
        ),
      ).toEqual(['three'])
      expect(texts('Charged are John Smith, 34 and Mary Brown, 52, both of Leeds.')).toEqual([])
      expect(texts('Those charged: John Smith, 34')).toEqual([])
      // Counts by place, or after a name of one word, are figures.
      expect(texts('Arrests: West Yorkshire, 34; In Leeds, 12; Kansas City, 40.')).toEqual(['34', '12', '40'])
      expect(texts('The court heard from Smith, 34. John Smith, 340; Mary Brown, 1,200.')).toEqual([
        '34',
        '340',
        '1,200',
      ])
      expect(texts('John Smith, 34 officers said, was armed.')).toEqual(['34'])
    })

    it('skips a house number before a numbered street, and keeps a count before an ordinal', () => {
      expect(texts('WHERE: MPD Headquarters, 441 4th Street NW')).toEqual([])
      expect(texts('He taught 12 5th graders.')).toEqual(['12'])
    })

    it('skips an age after an alias in quotation marks, as Philippine police write suspects', () => {
      expect(
        texts('They arrested two suspects, identified as alias "Jun", 34, and alias “Boy”, 41.'),
      ).toEqual(['two'])
      expect(texts('The suspect alias “Jun”, 34; and 5 others fled.')).toEqual(['5'])
      // Not a quoted word in lower case, nor a count that goes on.
      expect(texts('The so-called “runners”, 34 in all, were held.')).toEqual(['34'])
      expect(texts('He said “Jun”, 34 officers agreed, was armed.')).toEqual(['34'])
    })

    it('skips an age set off by commas after a noun for a person', () => {
      expect(texts('A man, 32, has been charged with burglary.')).toEqual([])
      expect(texts('The driver, 45, was arrested at the scene.')).toEqual([])
      expect(texts('Police arrested a man, 41, and a woman, 38, on Tuesday.')).toEqual([])
      expect(texts('Her son, 12, was not injured, and a pedestrian (67) was treated.')).toEqual([])
      // Not after other nouns, nor when the number is not set off on both sides.
      expect(texts('In the car, 12, were found.')).toEqual(['12'])
      expect(texts('The man, 32 officers said, was armed.')).toEqual(['32'])
    })

    it('reads a number after a word for a kind, a class or a step as a name, in any case', () => {
      expect(texts('There were 5 cases of type 2 diabetes and 3 of Type 1 diabetes.')).toEqual(['5', '3'])
      expect(texts('He admitted a class 4 felony and two class B misdemeanors.')).toEqual(['two'])
      expect(texts('A category 4 hurricane struck 2 towns, and a Category 5 storm is forecast.')).toEqual([
        '2',
      ])
      expect(texts('Patients with stage 3 cancer waited longer than those in grade 2 listed homes.')).toEqual(
        [],
      )
      expect(texts('Phase 2 of the scheme, in tier 3 areas, moves to alert level 4 on Monday.')).toEqual([])
      // The plural names several: "stages 3 and 4".
      expect(texts('It treats stages 3 and 4 cancer, and types 1 and 2 diabetes.')).toEqual([])
      // The kind of thing counted, in lower case, is still counted.
      expect(texts('She has two types of diabetes and 12 classes of drugs.')).toEqual(['two', '12'])
    })

    it('counts after a name word that a demonstrative or an ordinal makes a noun of its own', () => {
      expect(texts('At this stage 15 people have been charged.')).toEqual(['15'])
      expect(texts('In the first phase 200 homes will be built, and at each level 12 officers.')).toEqual([
        '200',
        '12',
      ])
      // A kind in the singular after it, or no demonstrative before it, stays a name.
      expect(texts('The first phase 3 trial and this type 2 diabetes drug were approved.')).toEqual([])
      expect(texts('A stage 4 patients group met.')).toEqual([])
    })

    it('reads a number with a prime glued after it, in brackets or after a name, as a match minute', () => {
      expect(texts("Goals from Smith (23') and Jones (67’) gave Leeds 3 points.")).toEqual(['3'])
      expect(texts("Scorers: Smith 23', Jones 45+2', Brown (12', 88').")).toEqual([])
      // A closing quotation mark after a verb's figure, and feet and inches, are no minutes.
      expect(texts('‘We arrested 23’, he said.')).toEqual(['23'])
      expect(texts('He was 6\'2" tall.')).toEqual(['6\'2"'])
    })

    it('reads a number in hyphened groups listed after a number to call as another to call', () => {
      expect(texts('Call 555-1234 or 555-9876.')).toEqual([])
      expect(texts('Call 555-1234, 555-2345 or 555-3456 for help.')).toEqual([])
      // The digits of a number spelled in letters, in brackets after it.
      expect(texts('Call 1-800-CALL-FBI (225-5324).')).toEqual([])
      // A noun after the groups, or no number to call before the list, makes a range.
      expect(texts('Call 555-1234 or 300-400 people.')).toEqual(['300-400'])
      expect(texts('Calls rose 100-200 or 300-400.')).toEqual(['100-200', '300-400'])
    })

    it('reads digits that restate a number word as part of it', () => {
      // wide corpus, us_2.txt (US Attorney).
      const found = findStatistics(
        'The machine dispensed fifty $100 bills at a time and ran through four (4) cycles.',
      )
      expect(found.map((s) => [s.text, s.value])).toEqual([
        ['fifty', 50],
        ['$100', 100],
        ['four (4)', 4],
      ])
    })
  })
})
