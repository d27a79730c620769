import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { OptionsError } from '../options'
import { splitReleases } from '../releases/split-releases'
import { isUsPublisher } from '../text/publishers'
import { findStatistics } from './find-statistics'

/** A one-release dump from a publisher. */
const dump = (source: string, body: string) => `Title of the release\n\nSource: ${source}\n\n${body}\n`
const read = (source: string, body: string, options = {}) =>
  findStatistics(splitReleases(dump(source, body)).releases[0]!, options).map((s) => [
    s.text,
    s.value,
    s.unit,
  ])

describe('findStatistics', () => {
  describe('the publisher’s currency', () => {
    it('reads "$" as the dollar of the publisher’s country', () => {
      // wide corpus, intl_1.txt (New Zealand Police).
      const body = 'Operation Freya saw 12 arrests and around $8 million worth of drugs seized.'
      expect(read('New Zealand Police', body)).toEqual([
        ['12', 12, 'count'],
        ['around $8 million', 8_000_000, 'NZD'],
      ])
      expect(read('Victoria Police', 'Cash of $5,000 was found.')).toEqual([['$5,000', 5000, 'AUD']])
      expect(read('Toronto Police Service', 'Cash of $5,000 was found.')).toEqual([['$5,000', 5000, 'CAD']])
      expect(read('U.S. Attorney’s Office', 'Cash of $5,000 was found.')).toEqual([['$5,000', 5000, 'USD']])
      // A New Zealand council or region that does not say New Zealand.
      expect(read('Waikato District Council', 'Cash of $5,000 was found.')).toEqual([['$5,000', 5000, 'NZD']])
      expect(read('Auckland Council', 'Cash of $5,000 was found.')).toEqual([['$5,000', 5000, 'NZD']])
      for (const source of ['Wellington City Council', 'Christchurch City Council', 'Dunedin City Council'])
        expect(read(source, 'Cash of $5,000 was found.')).toEqual([['$5,000', 5000, 'NZD']])
      // Victoria's premier is Australian; a US Wellington's police department is not New Zealand's.
      expect(read('Premier of Victoria', 'Cash of $5,000 was found.')).toEqual([['$5,000', 5000, 'AUD']])
      expect(read('Wellington Police Department', 'Cash of $5,000 was found.')).toEqual([
        ['$5,000', 5000, 'USD'],
      ])
    })

    it('reads the publisher’s country from a name cut over two lines or written with no-break spaces', () => {
      // A `Source:` line cut at a narrow body's width, as the wide corpus's is at 40 characters.
      const wrapped = `Title of the release\n\nSource: New Zealand\nCustoms Service\n\nCash of $5,000 was found at the border on Monday.\n`
      expect(findStatistics(splitReleases(wrapped).releases[0]!).map((s) => s.unit)).toEqual(['NZD'])
      expect(read('New\u00a0Zealand\u00a0Police', 'Cash of $5,000 was found.')).toEqual([
        ['$5,000', 5000, 'NZD'],
      ])
      expect(read('Royal\u00a0Canadian Mounted Police', 'Cash of $5,000 was found.')).toEqual([
        ['$5,000', 5000, 'CAD'],
      ])
    })

    it('reads "$" as the dollar of a Caribbean, Pacific or African publisher of dollars', () => {
      const cash = 'Cash of $5,000 and 3 pounds of ganja were found.'
      const cases: Array<[string, string]> = [
        ['Jamaica Constabulary Force', 'JMD'],
        ['Jamaica Information Service', 'JMD'],
        ['Royal Bahamas Police Force', 'BSD'],
        ['Trinidad and Tobago Police Service', 'TTD'],
        ['Barbados Police Service', 'BBD'],
        ['Fiji Police Force', 'FJD'],
        ['Guyana Police Force', 'GYD'],
        ['Belize Police Department', 'BZD'],
        ['Royal Cayman Islands Police Service', 'KYD'],
        ['Namibian Police Force', 'NAD'],
        ['Bermuda Police Service', 'BMD'],
        ['Royal Brunei Police Force', 'BND'],
        ['Royal Solomon Islands Police Force', 'SBD'],
        ['Samoa Police Service', 'WST'],
        ['Royal Saint Lucia Police Force', 'XCD'],
        ['Royal St. Vincent and the Grenadines Police Force', 'XCD'],
        ['Royal Grenada Police Force', 'XCD'],
        ['Commonwealth of Dominica Police Force', 'XCD'],
        ['Royal St. Kitts and Nevis Police Force', 'XCD'],
        ['Royal Police Force of Antigua and Barbuda', 'XCD'],
        // Where "$" is the peso, or Taiwan's dollar.
        ['Fiscalía General de la República, Mexico', 'MXN'],
        ['Dominican Republic National Police', 'DOP'],
        ['Taiwan Ministry of Justice Investigation Bureau', 'TWD'],
      ]
      for (const [source, code] of cases)
        expect(read(source, cash)).toEqual([
          ['$5,000', 5000, code],
          ['3 pounds', 3, 'pound'],
        ])
      // The US's own Samoa and New Mexico keep the US dollar.
      for (const source of ['American Samoa Government', 'New Mexico State Police'])
        expect(read(source, cash)[0]).toEqual(['$5,000', 5000, 'USD'])
      // A US office whose story names a place called Jamaica keeps the US dollar.
      expect(
        read('U.S. Attorney’s Office, Eastern District of New York', 'In Jamaica, Queens, $5,000 was found.'),
      ).toEqual([['$5,000', 5000, 'USD']])
    })

    it('reads the letters glued before "$" that name a dollar', () => {
      expect(
        read('Europol', 'Fines of J$2 million, TT$50,000, EC$1,500 and NT$3 million were paid.'),
      ).toEqual([
        ['J$2 million', 2_000_000, 'JMD'],
        ['TT$50,000', 50_000, 'TTD'],
        ['EC$1,500', 1500, 'XCD'],
        ['NT$3 million', 3_000_000, 'TWD'],
      ])
    })

    it('reads the currencies of the Americas written with the dollar sign and their letters', () => {
      expect(
        read(
          'Reuters',
          'Petrobras paid R$40 million, the bank AR$2 billion, the firm Mex$150,000, RD$5,000 and COL$3 million.',
        ),
      ).toEqual([
        ['R$40 million', 40_000_000, 'BRL'],
        ['AR$2 billion', 2_000_000_000, 'ARS'],
        ['Mex$150,000', 150_000, 'MXN'],
        ['RD$5,000', 5000, 'DOP'],
        ['COL$3 million', 3_000_000, 'COP'],
      ])
      // Letters that are part of a word before the sign stay out of it.
      expect(read('Reuters', 'The FOR$5 deal and OUR$10 offer.').map(([, , code]) => code)).not.toContain(
        'BRL',
      )
    })

    it('knows Australian regulators and forces, and Canadian forces, by their usual names', () => {
      const cash = 'Cash of $5,000 was found.'
      for (const source of ['ASIC', 'ACCC', 'AUSTRAC', 'SA Police', 'NT Police, Fire and Emergency Services'])
        expect(read(source, cash)).toEqual([['$5,000', 5000, 'AUD']])
      expect(read('Victorian Government', cash)).toEqual([['$5,000', 5000, 'AUD']])
      for (const source of [
        'Durham Regional Police Service',
        'B.C. Ministry of Public Safety',
        'London Police Service',
      ])
        expect(read(source, cash)).toEqual([['$5,000', 5000, 'CAD']])
      // A British force of the same place, and an American agency, keep their own currency.
      expect(read('Surrey Police', 'Cash of £5,000 and $200 was found.')).toEqual([
        ['£5,000', 5000, 'GBP'],
        ['$200', 200, 'USD'],
      ])
      expect(read('Securities and Exchange Commission', cash)).toEqual([['$5,000', 5000, 'USD']])
    })

    it('reads a magnitude hyphenated to the digits, as Canadian releases write sums', () => {
      expect(
        read('Toronto Police Service', 'Police seized drugs worth $3.5-million and a $10-million house.'),
      ).toEqual([
        ['$3.5-million', 3_500_000, 'CAD'],
        ['$10-million', 10_000_000, 'CAD'],
      ])
      // Not a letter hyphenated to the digits.
      expect(read('Toronto Police Service', 'They found a 10-m pole.')).toEqual([['10-m', 10, 'm']])
    })

    it('reads "$" as the dollar of the one country the text names twice when the publisher names none', () => {
      // The release of wide corpus intl_1.txt (New Zealand Police) under a publisher that says no country.
      const freya =
        'Police in Auckland have made further arrests. Operation Freya saw 12 arrests and around $8 million worth of drugs seized in Waitemata.'
      expect(read('Example Agency', freya).at(-1)).toEqual(['around $8 million', 8_000_000, 'NZD'])
      expect(read('Department of Conservation', 'Tasmania and Queensland rangers spent $50,000.')).toEqual([
        ['$50,000', 50_000, 'AUD'],
      ])
      expect(read('Ministry of Justice', 'The RCMP in Alberta seized $5,000.')).toEqual([
        ['$5,000', 5000, 'CAD'],
      ])
      // "NZ" as New Zealand's releases write it: "NZ Police", "NZ roads".
      expect(read('Example Agency', 'NZ Police seized $245 million of drugs bound for NZ streets.')).toEqual([
        ['$245 million', 245_000_000, 'NZD'],
      ])
      expect(read('Example Agency', 'NZ Police officers in Auckland seized $5,000.')).toEqual([
        ['$5,000', 5000, 'NZD'],
      ])
      // New Zealand's cities whose names other countries share count where nothing points elsewhere.
      expect(
        read(
          'Serious Fraud Office',
          'A Wellington man appeared in court in Wellington charged with stealing $2.3 million.',
        ),
      ).toEqual([['$2.3 million', 2_300_000, 'NZD']])
      expect(read('Example Agency', 'A Christchurch man and a Dunedin woman stole $5,000.')).toEqual([
        ['$5,000', 5000, 'NZD'],
      ])
      // New Zealand's courts that take a city's name count as the city does.
      expect(
        read(
          'Example Agency',
          'A Wellington man appeared in the Wellington District Court charged with stealing $5,000.',
        ),
      ).toEqual([['$5,000', 5000, 'NZD']])
      expect(
        read(
          'Example Agency',
          'Christchurch police said a woman in the Christchurch High Court owed $5,000.',
        ),
      ).toEqual([['$5,000', 5000, 'NZD']])
      // Not before a region or a name's next word, nor beside another country, money or the US.
      const usd = (body: string) => expect(read('Example Agency', body)).toEqual([['$5,000', 5000, 'USD']])
      usd('A Wellington man appeared in Wellington Municipal Court and paid $5,000.')
      usd('A man from Wellington, Florida, appeared in Wellington District Court and paid $5,000.')
      usd('A man appeared in Wellington District Court and paid $5,000.')
      usd('A man from Wellington, Florida, and a Wellington woman stole $5,000.')
      usd('A Wellington man and a Sydney woman stole $5,000 in Wellington.')
      usd('A Wellington man took $5,000 to the U.S. and back to Wellington.')
      usd('Officers on Wellington Road and Wellington Street found $5,000.')
      expect(read('Example Agency', 'A Wellington man stole $5,000 and £300 in Wellington.')[0]).toEqual([
        '$5,000',
        5000,
        'USD',
      ])
      // Named once, two countries, the United States named, or a British publisher: no such dollar.
      expect(read('Example Agency', 'A Wellington man stole $5,000.')).toEqual([['$5,000', 5000, 'USD']])
      expect(read('Example Agency', 'A man from Auckland paid $500.')).toEqual([['$500', 500, 'USD']])
      expect(read('Example Agency', 'A man from NZ paid $500.')).toEqual([['$500', 500, 'USD']])
      expect(
        read('Example Agency', 'Teams from Auckland, Manukau, Sydney and Brisbane raised $500.'),
      ).toEqual([['$500', 500, 'USD']])
      expect(
        read('Example Agency', 'He flew from Sydney to the U.S. with $5,000 and back to Sydney.'),
      ).toEqual([['$5,000', 5000, 'USD']])
      expect(read('Home Office', 'Officers from Auckland and Manukau seized $5,000.')).toEqual([
        ['$5,000', 5000, 'USD'],
      ])
    })

    it('reads "$" as the dollar of Canada in a release sent by Canada Newswire or dated from Canada', () => {
      const cad = [['$40 million', 40_000_000, 'CAD']]
      const body = (dateline: string) => `${dateline} - Acme Corp. reported revenue of $40 million.`
      expect(read('Acme Corp.', body('OTTAWA, ON, March 8, 2024 /CNW/'))).toEqual(cad)
      expect(read('Acme Corp.', body('MONTRÉAL, March 8, 2024 /CNW Telbec/'))).toEqual(cad)
      expect(read('Acme Corp.', body('TORONTO, March 8, 2024 /PRNewswire/'))).toEqual(cad)
      expect(read('Acme Corp.', body('VANCOUVER, BC, March 8, 2024 /PRNewswire/'))).toEqual(cad)
      // Another wire from a place of no such country, or Canada named once in the story, says nothing.
      const usd = [['$40 million', 40_000_000, 'USD']]
      expect(read('Acme Corp.', body('NEW YORK, March 8, 2024 /PRNewswire/'))).toEqual(usd)
      expect(read('Acme Corp.', body('CHICAGO, March 8, 2024 /PRNewswire/ - Toronto-based'))).toEqual(usd)
      expect(read('Acme Corp.', 'Acme Corp. reported revenue of $40 million, CNW said.')).toEqual(usd)
      // A US publisher keeps the US dollar.
      expect(read('U.S. Attorney’s Office', body('TORONTO, March 8, 2024 /CNW/'))).toEqual(usd)
    })

    it('reads "$" as the US dollar when a wire’s dateline names a state in full, even by Canada Newswire', () => {
      const body = (dateline: string) => `${dateline} - Acme Corp. reported revenue of $40 million.`
      const usd = [['$40 million', 40_000_000, 'USD']]
      expect(read('Acme Corp.', body('FRISCO, Texas, March 3, 2024 /CNW/'))).toEqual(usd)
      expect(read('Acme Corp.', body('BOCA RATON, Florida, March 3, 2024 /CNW/'))).toEqual(usd)
      expect(read('Acme Corp.', body('CHARLOTTE, North Carolina, March 3, 2024 /CNW/'))).toEqual(usd)
      // A province in full, or a place with no state at all, keeps Canada's wire's dollar.
      const cad = [['$40 million', 40_000_000, 'CAD']]
      expect(read('Acme Corp.', body('LONDON, Ontario, March 3, 2024 /CNW/'))).toEqual(cad)
      expect(read('Acme Corp.', body('FRISCO, March 3, 2024 /CNW/'))).toEqual(cad)
    })

    it('keeps the dollar of the country a wire’s dateline places the release in when the story names the US', () => {
      const body = (dateline: string, story: string) => `${dateline} - ${story}`
      const cnw = 'TORONTO, March 8, 2024 /CNW/'
      expect(
        read('Acme Corp.', body(cnw, 'Acme, which also sells in the U.S., reported revenue of $40 million.')),
      ).toEqual([['$40 million', 40_000_000, 'CAD']])
      expect(
        read('Acme Corp.', body('OTTAWA, March 8, 2024 /CNW/', 'U.S. tariffs cost Acme $40 million.')),
      ).toEqual([['$40 million', 40_000_000, 'CAD']])
      expect(
        read(
          'Acme Corp.',
          body('SYDNEY, March 8, 2024 /PRNewswire/', 'Acme, listed in the U.S., raised $40 million.'),
        ),
      ).toEqual([['$40 million', 40_000_000, 'AUD']])
      expect(
        read(
          'Acme Corp.',
          body('AUCKLAND, March 8, 2024 /PRNewswire/', 'Acme, with American clients, raised $40 million.'),
        ),
      ).toEqual([['$40 million', 40_000_000, 'NZD']])
      const ontario = body(
        'MISSISSAUGA, Ontario, March 8, 2024 /PRNewswire/',
        'Its U.S. arm raised $40 million.',
      )
      expect(read('Acme Corp.', ontario)).toEqual([['$40 million', 40_000_000, 'CAD']])
    })

    it('keeps the US dollar when the wire’s dateline is American or places the release nowhere', () => {
      const body = (dateline: string, story: string) => `${dateline} - ${story}`
      expect(
        read(
          'Acme Corp.',
          body('SEATTLE, Wash., March 8, 2024 /CNW/', 'Acme, a U.S. firm, raised $40 million.'),
        ),
      ).toEqual([['$40 million', 40_000_000, 'USD']])
      expect(
        read('Acme Corp.', body('AUSTIN, TX, March 8, 2024 /CNW/', 'Acme, a U.S. firm, raised $40 million.')),
      ).toEqual([['$40 million', 40_000_000, 'USD']])
      expect(
        read(
          'Acme Corp.',
          body(
            'NEW YORK, March 8, 2024 /PRNewswire/',
            'Acme, a U.S. firm with offices in Toronto and Calgary, raised $40 million.',
          ),
        ),
      ).toEqual([['$40 million', 40_000_000, 'USD']])
    })

    it('reads the US dollar when a Canadian wire’s dateline names a city of the United States', () => {
      const body = (dateline: string, story: string) => `${dateline} - ${story}`
      const usd = [['$40 million', 40_000_000, 'USD']]
      expect(read('Acme Corp.', body('NEW YORK, March 3, 2024 /CNW/', 'Acme raised $40 million.'))).toEqual(
        usd,
      )
      expect(read('Acme Corp.', body('Chicago, March 3, 2024 /CNW/', 'Acme raised $40 million.'))).toEqual(
        usd,
      )
      expect(
        read('Acme Corp.', body('SAN FRANCISCO, May 2, 2024 /CNW Telbec/', 'Acme raised $40 million.')),
      ).toEqual(usd)
      // The story naming Canada twice does not move a release dated in the United States.
      expect(
        read(
          'Acme Corp.',
          body(
            'WASHINGTON, March 3, 2024 /CNW/',
            'Acme, which sells across Canada and to Canadians, raised $40 million.',
          ),
        ),
      ).toEqual(usd)
    })

    it('keeps the dollar of Canada when the dateline is Canadian, or names no US city, on any wire', () => {
      const body = (dateline: string) => `${dateline} - Acme raised $40 million.`
      const cad = [['$40 million', 40_000_000, 'CAD']]
      expect(read('Acme Corp.', body('TORONTO, March 3, 2024 /PRNewswire/'))).toEqual(cad)
      expect(read('Acme Corp.', body('CALGARY, AB, March 3, 2024 /PRNewswire/'))).toEqual(cad)
      // A Canadian city of the same name as an American one, and a city no list names, keep the wire's country.
      expect(read('Acme Corp.', body('LONDON, ON, March 3, 2024 /CNW/'))).toEqual(cad)
      expect(read('Acme Corp.', body('KITCHENER, March 3, 2024 /CNW/'))).toEqual(cad)
      // "Washington" inside a story, not opening the dateline, says nothing of where the release is.
      expect(read('Acme Corp.', body('OTTAWA, March 3, 2024 /CNW/ - Washington said'))).toEqual(cad)
    })

    it('reads the dollar an amount marks after itself over the publisher’s', () => {
      const cnw = 'TORONTO, March 8, 2024 /CNW/ - Acme'
      expect(
        read(
          'Acme Corp.',
          `${cnw} raised $40 million (US$29 million), $5 million USD and $3 million (U.S.).`,
        ),
      ).toEqual([
        ['$40 million', 40_000_000, 'CAD'],
        ['US$29 million', 29_000_000, 'USD'],
        ['$5 million USD', 5_000_000, 'USD'],
        ['$3 million (U.S.)', 3_000_000, 'USD'],
      ])
      expect(read('Victoria Police', 'It cost $2 million U.S. and $6m AUD, then $4 million US.')).toEqual([
        ['$2 million U.S.', 2_000_000, 'USD'],
        ['$6m AUD', 6_000_000, 'AUD'],
        ['$4 million US', 4_000_000, 'USD'],
      ])
      expect(read('U.S. Attorney’s Office', 'The firm paid $7 million CAD to settle.')).toEqual([
        ['$7 million CAD', 7_000_000, 'CAD'],
      ])
    })

    it('leaves "US" before a noun to the noun, and the publisher’s dollar to the amount', () => {
      expect(
        read('Toronto Police Service', 'It made a $5 million US investment and a $2 million U.S. purchase.'),
      ).toEqual([
        ['$5 million', 5_000_000, 'CAD'],
        ['$2 million', 2_000_000, 'CAD'],
      ])
    })

    it('reads a currency the text names over the publisher’s', () => {
      expect(read('New Zealand Police', 'He sent US$5,000 and A$300.')).toEqual([
        ['US$5,000', 5000, 'USD'],
        ['A$300', 300, 'AUD'],
      ])
    })

    it('takes publishers from the `sources` option, before the built-in list', () => {
      const sources = [{ source: 'Example Constabulary', code: 'CAD' }]
      expect(read('Example Constabulary', 'Cash of $5,000 was found.', { sources })).toEqual([
        ['$5,000', 5000, 'CAD'],
      ])
      const text = dump('Example Constabulary', 'Cash of $5,000 was found.')
      const [release] = extract(text, { parsers: ['statistics'], statistics: { sources } }).releases
      expect(release!.statistics.map((s) => s.unit)).toEqual(['CAD'])
      expect(() => findStatistics('x', { sources: [{ source: 'A', code: 'cad' }] })).toThrow(OptionsError)
    })

    it('reads the rand for South African publishers', () => {
      expect(
        read('South African Police Service', 'Drugs worth R50 000 and R1,5 million were seized.'),
      ).toEqual([
        ['R50 000', 50_000, 'ZAR'],
        ['R1,5 million', 1_500_000, 'ZAR'],
      ])
      expect(read('New Zealand Police', 'He drove on the R50 road.')).toEqual([])
      // The rand a space apart from its digits; not a road after "the", nor in another country.
      expect(read('South African Police Service', 'Cash of R 500 000 was found on the R 512.')).toEqual([
        ['R 500 000', 500_000, 'ZAR'],
      ])
      expect(read('New Zealand Police', 'Cash of R 500 was found.').map((s) => s[2])).not.toContain('ZAR')
    })

    it('reads "P" and "PHP" before the digits as the peso in a Philippine release', () => {
      const body = 'The DOH released P1.2 million, then PHP 3.5 million, Php2 billion and (P800,000).'
      expect(read('Philippine Information Agency', body)).toEqual([
        ['P1.2 million', 1_200_000, 'PHP'],
        ['PHP 3.5 million', 3_500_000, 'PHP'],
        ['Php2 billion', 2_000_000_000, 'PHP'],
        ['P800,000', 800_000, 'PHP'],
      ])
      expect(read('Philippine National Police', 'Shabu worth P6.8 million was seized.')).toEqual([
        ['P6.8 million', 6_800_000, 'PHP'],
      ])
      // A capital M or B hyphenated to the sum, as Philippine headlines write millions and billions.
      expect(read('Philippine News Agency', 'PNP seizes P6.8-M shabu, P1.2-B in assets.')).toEqual([
        ['P6.8-M', 6_800_000, 'PHP'],
        ['P1.2-B', 1_200_000_000, 'PHP'],
      ])
      expect(read('Philippine News Agency', 'He scored 6-M and read P6-Ma.').map((s) => s[1])).not.toContain(
        6_000_000,
      )
      // A text that writes the peso's sign or names the peso says its "P" is the peso too.
      expect(read('Department of Health', 'Of the ₱5 million, P1.2 million went to clinics.')).toEqual([
        ['₱5 million', 5_000_000, 'PHP'],
        ['P1.2 million', 1_200_000, 'PHP'],
      ])
      // Elsewhere "P" and "PHP" are no money: a form, a language and its version.
      expect(read('Metropolitan Police', 'He handed in his P45 and 3 forms.')).toEqual([['3', 3, 'count']])
      expect(read('Example Agency', 'The site runs PHP 8 on 2 servers.').map((s) => s[2])).not.toContain(
        'PHP',
      )
      // Not a capital glued to the digits after a word, nor the peso's letters in lower case.
      expect(
        read('Philippine National Police', 'Recruits at Camp P2 and p3 numbered 40.').map((s) => s[2]),
      ).not.toContain('PHP')
    })

    it('reads "Rs" and "rupees" as the publisher’s own rupee outside India', () => {
      const body = 'The Prime Minister released Rs 5 billion, Rs.20 million and 300 million rupees.'
      expect(read('Associated Press of Pakistan', body).map((s) => s[2])).toEqual(['PKR', 'PKR', 'PKR'])
      expect(read('Sri Lanka Police', 'Cash of Rs 450,000 was seized.')).toEqual([
        ['Rs 450,000', 450_000, 'LKR'],
      ])
      // India's rupee, named as such or by its sign, stays India's; elsewhere "Rs" is India's rupee.
      expect(
        read('Associated Press of Pakistan', 'India pledged 5 million Indian rupees and ₹2 crore.'),
      ).toEqual([
        ['5 million Indian rupees', 5_000_000, 'INR'],
        ['₹2 crore', 20_000_000, 'INR'],
      ])
      expect(read('Press Information Bureau', body).map((s) => s[2])).toEqual(['INR', 'INR', 'INR'])
    })

    it('reads the renminbi, the Kenyan shilling, Taiwan’s dollar and the pataca by their signs', () => {
      expect(
        read(
          'Hong Kong Government',
          'Funds of RMB 2 million, RMB2.5 billion, NT$300,000, MOP$5,000 and $1,000 were frozen.',
        ),
      ).toEqual([
        ['RMB 2 million', 2_000_000, 'CNY'],
        ['RMB2.5 billion', 2_500_000_000, 'CNY'],
        ['NT$300,000', 300_000, 'TWD'],
        ['MOP$5,000', 5000, 'MOP'],
        ['$1,000', 1000, 'HKD'],
      ])
      expect(read('Example Agency', 'KSh 2.5 million and Kshs 400,000 were recovered.')).toEqual([
        ['KSh 2.5 million', 2_500_000, 'KES'],
        ['Kshs 400,000', 400_000, 'KES'],
      ])
      // The letters alone, before no figure, are no money.
      expect(read('Hong Kong Government', 'The RMB rose against 3 currencies.')).toEqual([['3', 3, 'count']])
    })

    it('reads the rupee and the Indian scale of lakhs and crores', () => {
      expect(
        read(
          'Delhi Police',
          'Drugs worth Rs 2 crore, cash of Rs.45 lakh and ₹1.5 crore in gold were seized.',
        ),
      ).toEqual([
        ['Rs 2 crore', 20_000_000, 'INR'],
        ['Rs.45 lakh', 4_500_000, 'INR'],
        ['₹1.5 crore', 15_000_000, 'INR'],
      ])
      expect(read('Delhi Police', 'About 3 lakh people attended; Rs Jones spoke.')).toEqual([
        ['About 3 lakh', 300_000, 'count'],
      ])
    })

    it('reads the ISO codes of African and South Asian currencies', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit])
      expect(texts('Cash of KES 2.5 million and NGN 40 million was seized.')).toEqual([
        ['KES 2.5 million', 2_500_000, 'KES'],
        ['NGN 40 million', 40_000_000, 'NGN'],
      ])
      expect(texts('The fine was PKR 500,000, or 1,800 USD.')).toEqual([
        ['PKR 500,000', 500_000, 'PKR'],
        ['1,800 USD', 1800, 'USD'],
      ])
      // A code that is also a name stays a count: "PHP 8" is a language's version.
      expect(texts('The site ran on PHP 8 for 3 years.')).toEqual([])
    })

    it('reads the ISO codes of European, Gulf, Asian and Latin American currencies', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit])
      expect(texts('Assets of HUF 12 billion, CZK 300 million and RON 4.5 million were frozen.')).toEqual([
        ['HUF 12 billion', 12_000_000_000, 'HUF'],
        ['CZK 300 million', 300_000_000, 'CZK'],
        ['RON 4.5 million', 4_500_000, 'RON'],
      ])
      expect(texts('Fines of QAR 2 million, VND 50 billion and XOF 10 million, and 50 000 UAH.')).toEqual([
        ['QAR 2 million', 2_000_000, 'QAR'],
        ['VND 50 billion', 50_000_000_000, 'VND'],
        ['XOF 10 million', 10_000_000, 'XOF'],
        ['50 000 UAH', 50_000, 'UAH'],
      ])
      // Codes that are also words or names in capitals, before an amount that reads as one.
      expect(texts('Gold worth AED 2.5 million and SAR 40,000 in cash, and a TRY 1.2 billion fine.')).toEqual(
        [
          ['AED 2.5 million', 2_500_000, 'AED'],
          ['SAR 40,000', 40_000, 'SAR'],
          ['TRY 1.2 billion', 1_200_000_000, 'TRY'],
        ],
      )
      // Before a bare number they are what else they name: a goal, a team, a broadcaster, a defibrillator.
      expect(
        texts('Progress on SDG 3 and SDG 16 slowed; SAR 2 flew out; NPR 4 aired it; the AED 24 hours.'),
      ).toEqual([])
    })

    it('reads the Kenyan shilling written "KSh", and currencies named with their country', () => {
      const texts = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit])
      expect(texts('Assets worth KSh 2 million, Kshs.500 and KSh2m were frozen.')).toEqual([
        ['KSh 2 million', 2_000_000, 'KES'],
        ['Kshs.500', 500, 'KES'],
        ['KSh2m', 2_000_000, 'KES'],
      ])
      expect(texts('He paid 5,000 Pakistani rupees, 300 Kenyan shillings and 5,000 Thai baht.')).toEqual([
        ['5,000 Pakistani rupees', 5000, 'PKR'],
        ['300 Kenyan shillings', 300, 'KES'],
        ['5,000 Thai baht', 5000, 'THB'],
      ])
      expect(texts('It cost 2,000 dirhams, 500 riyals and 20 Egyptian pounds.')).toEqual([
        ['2,000 dirhams', 2000, 'AED'],
        ['500 riyals', 500, 'SAR'],
        ['20 Egyptian pounds', 20, 'EGP'],
      ])
      // "Ksh" apart from digits names no sum.
      expect(texts('The firm Ksh Ltd hired 30 staff.')).toEqual([['30', 30, 'count']])
    })

    it('reads "CAD" before a bare serial as a dispatch log in a police release, and as dollars in a Canadian one', () => {
      const met = 'Metropolitan Police'
      expect(read(met, 'Anyone with information should call 101 and quote CAD 1234.')).toEqual([])
      expect(read(met, 'CAD 4567 refers; quote CAD incident 1234 or CAD #24-1234.')).toEqual([])
      // Whatever the publisher, after a word of reference.
      expect(read('Toronto Police Service', 'Please quote CAD 1234 when calling.')).toEqual([])
      // A sum's shape (separators, decimals, a scale) stays money for any publisher.
      expect(read(met, 'He was fined CAD 1,200 and the deal was worth CAD 2.5 million or CAD 12bn.')).toEqual(
        [
          ['CAD 1,200', 1200, 'CAD'],
          ['CAD 2.5 million', 2_500_000, 'CAD'],
          ['CAD 12bn', 12_000_000_000, 'CAD'],
        ],
      )
      // A Canadian publisher's bare sum is dollars.
      expect(read('Toronto Police Service', 'He paid CAD 500 for the car.')).toEqual([
        ['CAD 500', 500, 'CAD'],
      ])
    })
  })

  describe('letters glued to the digits that East African and Nigerian releases write', () => {
    it('reads "Sh" as the shilling of a Kenyan, Tanzanian or Ugandan publisher', () => {
      const body = 'Motorists lost an estimated Sh1.2 billion; Sh500 was taken.'
      expect(read('Kenya Police Service', body)).toEqual([
        ['an estimated Sh1.2 billion', 1_200_000_000, 'KES'],
        ['Sh500', 500, 'KES'],
      ])
      expect(read('Uganda Police Force', 'Thieves took Sh3 million.')).toEqual([
        ['Sh3 million', 3_000_000, 'UGX'],
      ])
      // Another publisher writes no shilling so.
      expect(read('Metropolitan Police Service', 'Thieves took Sh3 million.')).toEqual([])
    })

    it('reads "N" glued to an amount as the naira in a Nigerian release or one naming the naira', () => {
      expect(read('Nigeria Police Force', 'They recovered N4.5 million cash and N250,000.')).toEqual([
        ['N4.5 million', 4_500_000, 'NGN'],
        ['N250,000', 250_000, 'NGN'],
      ])
      expect(read('Neighbourhood Watch', 'A ransom of ₦50m was paid, then N4.5 million.')).toEqual([
        ['₦50m', 50_000_000, 'NGN'],
        ['N4.5 million', 4_500_000, 'NGN'],
      ])
      // A road or a mask's name is no amount; elsewhere "N" names no money.
      expect(read('Nigeria Police Force', 'Officers on the N4 handed out 20 N95 masks.')).toEqual([
        ['20', 20, 'count'],
      ])
      expect(read('Metropolitan Police Service', 'It cost N4.5 million.')).toEqual([])
    })
  })

  describe('"grand", a thousand of the publisher’s own money', () => {
    it('reads "15 grand" in the money of the publisher', () => {
      const body = 'He stole 15 grand from the till.'
      expect(read('Metropolitan Police Service', body)).toEqual([['15 grand', 15_000, 'GBP']])
      expect(read('New Zealand Police', body)).toEqual([['15 grand', 15_000, 'NZD']])
      expect(read('Victoria Police', body)).toEqual([['15 grand', 15_000, 'AUD']])
      expect(read('An Garda Síochána', body)).toEqual([['15 grand', 15_000, 'EUR']])
      expect(read('U.S. Attorney’s Office', body)).toEqual([['15 grand', 15_000, 'USD']])
      // A publisher known by no line: the one sign of money its text writes.
      expect(read('Neighbourhood Watch', 'A £500 fine, and 15 grand in cash.')).toEqual([
        ['£500', 500, 'GBP'],
        ['15 grand', 15_000, 'GBP'],
      ])
    })

    it('reads it in words, with a fraction, and before a noun after an article', () => {
      expect(read('Metropolitan Police Service', 'She was paid fifteen grand a year.')).toEqual([
        ['fifteen grand', 15_000, 'GBP'],
      ])
      expect(read('Metropolitan Police Service', 'He owed 2.5 grand.')).toEqual([['2.5 grand', 2500, 'GBP']])
      expect(read('Metropolitan Police Service', 'A 10 grand reward was offered.')).toEqual([
        ['10 grand', 10_000, 'GBP'],
      ])
    })

    it('reads a vague number of grand, the word a noun after "of"', () => {
      const met = 'Metropolitan Police Service'
      expect(read(met, 'It cost hundreds of grand to put right.')).toEqual([
        ['hundreds of grand', 200_000, 'GBP'],
      ])
      expect(read('New Zealand Police', 'They laundered thousands of grand, police said.')).toEqual([
        ['thousands of grand', 2_000_000, 'NZD'],
      ])
      // A noun after it: the adjective of "grand slams", "grand old houses".
      expect(read(met, 'She has won dozens of grand slams.')).toEqual([['dozens', 24, 'count']])
      expect(read(met, 'Hundreds of grand old houses were sold.')).toEqual([['Hundreds', 200, 'count']])
    })

    it('leaves "grand" before a noun, capitalised, or after no number, an adjective', () => {
      expect(read('Metropolitan Police Service', 'She won 3 grand slams.')).toEqual([['3', 3, 'count']])
      expect(read('Metropolitan Police Service', 'It was a grand total of 40.')).toEqual([
        ['40', 40, 'count'],
      ])
      expect(read('Metropolitan Police Service', 'Staff at the 2 Grand Hotel were told.')).toEqual([
        ['2', 2, 'count'],
      ])
    })
  })

  describe('pounds', () => {
    it('reads pounds as weight in a release of dollars', () => {
      // wide corpus, us_2.txt (U.S. Customs and Border Protection).
      const body =
        'After physically inspecting the conveyance, officers extracted 40 packages weighing 98.28 pounds (44.58kg) of alleged cocaine.'
      expect(read('U.S. Customs and Border Protection', body)).toEqual([
        ['40', 40, 'count'],
        ['98.28 pounds', 98.28, 'pound'],
        ['44.58kg', 44.58, 'kg'],
      ])
      expect(findStatistics('He weighed 208 pounds and carried $40.').map((s) => s.unit)).toEqual([
        'pound',
        'USD',
      ])
      expect(findStatistics('Officers found 3 lbs of cannabis.').map((s) => s.unit)).toEqual(['pound'])
      expect(read('U.S. Attorney’s Office', 'Agents seized 2 million pounds of marijuana.')).toEqual([
        ['2 million pounds', 2_000_000, 'pound'],
      ])
      // A force by a name only US forces take: a "Police Department", a "Highway Patrol".
      for (const source of ['Phoenix Police Department', 'Florida Highway Patrol'])
        expect(read(source, 'Officers seized 12 pounds of marijuana.')).toEqual([['12 pounds', 12, 'pound']])
      // A British force's pounds stay money.
      expect(read('Devon and Cornwall Constabulary', 'He was fined 500 pounds.')).toEqual([
        ['500 pounds', 500, 'GBP'],
      ])
      // Unless a drug or a metal is weighed in them; vague or large pounds of it stay money.
      const uk = 'Devon and Cornwall Constabulary'
      expect(read(uk, 'Detectives found 300 pounds of cannabis and 40 pounds of copper cable.')).toEqual([
        ['300 pounds', 300, 'pound'],
        ['40 pounds', 40, 'pound'],
      ])
      expect(read(uk, 'They seized 12 pounds of herbal cannabis.')).toEqual([['12 pounds', 12, 'pound']])
      expect(read(uk, 'The gang caused thousands of pounds of damage.')[0]?.[2]).toBe('GBP')
      expect(read(uk, 'They made thousands of pounds of cannabis profits.')[0]?.[2]).toBe('GBP')
      expect(read(uk, 'He laundered 5 million pounds of cocaine profits.')[0]?.[2]).toBe('GBP')
      // A state's law officer is American; the UK's, and the Commonwealth's "Attorney-General", are not.
      expect(read('Texas Attorney General’s Office', 'Agents seized 500 pounds.')).toEqual([
        ['500 pounds', 500, 'pound'],
      ])
      expect(isUsPublisher('Texas Attorney General’s Office')).toBe(true)
      expect(isUsPublisher('Attorney General’s Office')).toBe(false)
      expect(isUsPublisher('Attorney-General’s Department')).toBe(false)
    })

    it('reads pounds as money beside a word of money, even in a release of dollars', () => {
      const us = 'U.S. Attorney’s Office'
      expect(read(us, 'He laundered 300,000 pounds through the firm and $40,000 more.')).toEqual([
        ['300,000 pounds', 300_000, 'GBP'],
        ['$40,000', 40_000, 'USD'],
      ])
      for (const body of [
        'The pair stole 300,000 pounds in cash.',
        'He was fined 300,000 pounds.',
        'She defrauded investors of a sum of 300,000 pounds.',
        'Victims were paid 300,000 pounds in compensation.',
        'Officers found 300,000 pounds cash in the car.',
        'The men ran a 300,000 pounds fraud.',
        'Investigators traced 300,000 pounds of public money.',
      ])
        expect(read(us, body).map((s) => s[2])).toEqual(['GBP'])
    })

    it('keeps pounds that weigh something as weight beside a word of money', () => {
      const us = 'U.S. Attorney’s Office'
      expect(read(us, 'Officers seized 98.28 pounds of meth worth $40,000.')).toEqual([
        ['98.28 pounds', 98.28, 'pound'],
        ['$40,000', 40_000, 'USD'],
      ])
      for (const body of [
        'They stole 300 pounds of copper wire.',
        'The theft of 300 pounds of copper was reported.',
        'Agents seized cash and 20 pounds of cannabis.',
        'The man weighed 300 pounds.',
        // The word of money is in another clause.
        'He stole a car; it carried 300 pounds.',
      ])
        expect(read(us, body).map((s) => s[2])).toEqual(['pound'])
    })

    it('reads pounds as money for a British publisher or beside "£"', () => {
      // wide corpus, uk_1.txt (National Crime Agency).
      const body =
        'The high-purity drugs found on board would likely have had a street value of several hundred million pounds to criminal networks in Europe.'
      const [s] = findStatistics(splitReleases(dump('National Crime Agency', body)).releases[0]!)
      expect([s!.text, s!.value, s!.unit, s!.qualifier]).toEqual([
        'several hundred million pounds',
        200_000_000,
        'GBP',
        'vague',
      ])
      expect(findStatistics('It cost £5 and 20 pounds more.').map((s) => s.unit)).toEqual(['GBP', 'GBP'])
      expect(findStatistics('It cost 5 million pounds.').map((s) => s.unit)).toEqual(['GBP'])
    })

    it('reads pounds as money after a fraction of a million, as after "5 million", with no sign either way', () => {
      const units = (body: string) => findStatistics(body).map((s) => [s.text, s.value, s.unit])
      expect(units('Half a million pounds was stolen from the charity.')).toEqual([
        ['Half a million pounds', 500_000, 'GBP'],
      ])
      expect(units('Thieves took a quarter of a million pounds.')).toEqual([
        ['a quarter of a million pounds', 250_000, 'GBP'],
      ])
      expect(units('The scheme cost three quarters of a billion pounds.')).toEqual([
        ['three quarters of a billion pounds', 750_000_000, 'GBP'],
      ])
      expect(units('The charity lost a million pounds.')).toEqual([['a million pounds', 1_000_000, 'GBP']])
      // A fraction of a unit, and small pounds, still weigh.
      expect(units('Police seized half a pound of cannabis.')).toEqual([['half a pound', 0.5, 'pound']])
      expect(units('He weighed 200 pounds at the time.')).toEqual([['200 pounds', 200, 'pound']])
      expect(units('Police seized 98.28 pounds of meth.')).toEqual([['98.28 pounds', 98.28, 'pound']])
      // In a release of dollars large pounds weigh too.
      expect(read('U.S. Attorney’s Office', 'Agents seized half a million pounds of marijuana.')).toEqual([
        ['half a million pounds', 500_000, 'pound'],
      ])
    })

    it('reads pounds after a verb or noun of weight as weight, whatever their size or publisher', () => {
      const units = (body: string) => findStatistics(body).map((s) => [s.text, s.value, s.unit])
      expect(units('The statue weighs half a million pounds.')).toEqual([
        ['half a million pounds', 500_000, 'pound'],
      ])
      expect(units('The bell, weighing two million pounds, was lifted into place.')).toEqual([
        ['two million pounds', 2_000_000, 'pound'],
      ])
      expect(units('The finished span has a total weight of about 5 million pounds.')).toEqual([
        ['about 5 million pounds', 5_000_000, 'pound'],
      ])
      expect(units('The bridge sections weigh in at more than 2 million pounds each.')).toEqual([
        ['more than 2 million pounds', 2_000_000, 'pound'],
      ])
      // A British publisher's pounds weigh too when the sentence weighs them.
      const uk = 'Devon and Cornwall Constabulary'
      expect(read(uk, 'The seized lorry weighed 30,000 pounds.')).toEqual([
        ['30,000 pounds', 30_000, 'pound'],
      ])
      expect(read(uk, 'The giant pumpkin tipped the scales at 2,000 pounds.')).toEqual([
        ['2,000 pounds', 2_000, 'pound'],
      ])
      // A vague amount weighs too.
      expect(units('The whale weighs thousands of pounds.')).toEqual([
        ['thousands of pounds', 2_000, 'pound'],
      ])
      expect(units('The old bell weighed several thousand pounds.')).toEqual([
        ['several thousand pounds', 2_000, 'pound'],
      ])
      expect(units('The statue, weighing tens of thousands of pounds, was moved.')).toEqual([
        ['tens of thousands of pounds', 20_000, 'pound'],
      ])
      expect(units('The repairs cost thousands of pounds.')).toEqual([['thousands of pounds', 2_000, 'GBP']])
      expect(units('The panel weighed up the cost of thousands of pounds.')).toEqual([
        ['thousands of pounds', 2_000, 'GBP'],
      ])
      // Sums stay money: no word of weight, a word of money nearer, or weight in another clause.
      expect(units('The statue costs half a million pounds.')).toEqual([
        ['half a million pounds', 500_000, 'GBP'],
      ])
      expect(units('He was given a fine of five thousand pounds.')).toEqual([
        ['five thousand pounds', 5_000, 'GBP'],
      ])
      expect(units('The house is worth £2 million.')).toEqual([['£2 million', 2_000_000, 'GBP']])
      expect(units('The panel weighed up a fine of 5,000 pounds.')).toEqual([['5,000 pounds', 5_000, 'GBP']])
      expect(units('The rocket weighs 5 tonnes and cost 2 million pounds.')).toEqual([
        ['5 tonnes', 5, 'tonne'],
        ['2 million pounds', 2_000_000, 'GBP'],
      ])
      expect(units('The statue, which cost half a million pounds, weighs 20 tonnes.')).toEqual([
        ['half a million pounds', 500_000, 'GBP'],
        ['20 tonnes', 20, 'tonne'],
      ])
    })

    it('reads "20c" as cents of the publisher’s money, like "20 cents"', () => {
      expect(read('New South Wales Police Force', 'The fee rises by 20c from July.')).toEqual([
        ['20c', 0.2, 'AUD'],
      ])
      expect(read('New Zealand Police', 'Each bag costs 20c, or $1.20 for a pack.')).toEqual([
        ['20c', 0.2, 'NZD'],
        ['$1.20', 1.2, 'NZD'],
      ])
      expect(read('U.S. Attorney’s Office', 'Stamps rose 5c each.')).toEqual([['5c', 0.05, 'USD']])
      expect(read('Dallas Police Department', 'Stamps rose 5c each.')).toEqual([['5c', 0.05, 'USD']])
      // A force of a country known otherwise keeps its own dollar.
      expect(read('Vancouver Police Department', 'Cash of $5,000 was found.')).toEqual([
        ['$5,000', 5000, 'CAD'],
      ])
      // An Irish publisher's cents, in letters or in words, are the euro's.
      expect(read('An Garda Síochána', 'The price rose by 20c a litre, or 20 cent.')).toEqual([
        ['20c', 0.2, 'EUR'],
        ['20 cent', 0.2, 'EUR'],
      ])
      expect(read('Europol', 'Each card sold for 50c.')).toEqual([['50c', 0.5, 'EUR']])
      // A capital opening the sentence is no name.
      expect(read('Victoria Police', 'About 20c of every dollar was lost.').map((s) => s[1])).toEqual([0.2])
      // "19 cents" is the dollar's where the publisher is unknown, as before.
      expect(findStatistics('The fare will rise by 19 cents.').map((s) => [s.value, s.unit])).toEqual([
        [0.19, 'USD'],
      ])
    })

    it('reads no cents in "20c" for an unknown publisher, a name, an address or the weather', () => {
      expect(findStatistics('The fee rises by 20c from July.')).toEqual([])
      // Northern Ireland's money is the pound, whose cents nobody writes.
      expect(read('Police Service of Northern Ireland', 'The fee rises by 20c.')).toEqual([])
      for (const body of [
        'The meeting is in Room 20c.',
        'He was charged under section 20c of the Act.',
        'Officers searched Flat 4c and a car.',
        'The store at Shop 3c, in the mall, was raided.',
        'Officers went to 20c Smith Street.',
        'Temperatures reached 20c on Sunday.',
      ])
        expect(read('New South Wales Police Force', body)).toEqual([])
      // A capital C is Celsius, as before.
      expect(read('New South Wales Police Force', 'The heat reached 20C.')).toEqual([['20C', 20, 'celsius']])
    })
  })

  describe('the rand in a text that names South Africa', () => {
    it('reads "R" before an amount with a magnitude or a figure\'s marks as the rand', () => {
      expect(
        read(
          'Example News',
          'Police in Durban, South Africa, seized drugs worth R5 million and R250,000 in cash.',
        ),
      ).toEqual([
        ['R5 million', 5_000_000, 'ZAR'],
        ['R250,000', 250_000, 'ZAR'],
      ])
      expect(read('Example News', 'The SAPS said the R1.5bn fraud was uncovered.')).toEqual([
        ['R1.5bn', 1_500_000_000, 'ZAR'],
      ])
    })

    it('leaves "R" before bare digits a name, and "R" with no South Africa named alone', () => {
      expect(read('Example News', 'In South Africa the R2 and the R300 were closed after a crash.')).toEqual(
        [],
      )
      expect(read('Example News', 'Drugs worth R5 million and R250,000 were seized on the R445.')).toEqual([])
    })
  })
})
