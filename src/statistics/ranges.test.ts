import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

/** Text, value, unit, low, high and change of each statistic. */
const read = (sentence: string) =>
  findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.low ?? null, s.high ?? null, s.change])

describe('findStatistics', () => {
  describe('ranges', () => {
    it('reads a change "X to Y per cent", its unit after the second end only, as one range', () => {
      expect(read('It rose 1 to 5 per cent.')).toEqual([['1 to 5 per cent', 1, 'percent', 1, 5, 'increase']])
      expect(read('Burglaries fell 10 to 15 percent across the county.')).toEqual([
        ['10 to 15 percent', 10, 'percent', 10, 15, 'decrease'],
      ])
      expect(read('Prices rose 2-8% last year.')).toEqual([['2-8%', 2, 'percent', 2, 8, 'increase']])
    })

    it('reads a gap or a deficit that widens or narrows as a change', () => {
      expect(read('The trade deficit widened by £2.1 billion.')).toEqual([
        ['£2.1 billion', 2100000000, 'GBP', null, null, 'increase'],
      ])
      expect(read('The gap narrowed by 3 points.')).toEqual([
        ['3 points', 3, 'point', null, null, 'decrease'],
      ])
      // Near-miss: the adjective "narrow" says nothing of a change.
      expect(read('He won by a narrow 51% majority.')).toEqual([['51%', 51, 'percent', null, null, null]])
    })

    it('reads a range after "by between" as one change', () => {
      expect(read('Prices are expected to increase by between 3% and 5%.')).toEqual([
        ['between 3% and 5%', 3, 'percent', 3, 5, 'increase'],
      ])
      expect(read('The council cut spending by between £2m and £3m.')).toEqual([
        ['between £2m and £3m', 2000000, 'GBP', 2000000, 3000000, 'decrease'],
      ])
      expect(read('Arrests rose by between 40 and 60.')).toEqual([
        ['between 40 and 60', 40, 'count', 40, 60, 'increase'],
      ])
      // Near-miss: "by" naming an agent before the range changes nothing.
      expect(read('He was hit by between 3 and 5 men.')).toEqual([
        ['between 3 and 5', 3, 'count', 3, 5, null],
      ])
    })

    it('keeps a change by a figure and the level it came to apart', () => {
      // "by" says the first figure is the change; a unit written on it, or another unit, too.
      // The change of a rate in per cent to its level is in percentage points.
      expect(read('It rose by 1 to 5 per cent.')).toEqual([
        ['1', 1, 'percentage point', null, null, 'increase'],
        ['5 per cent', 5, 'percent', null, null, null],
      ])
      expect(read('Arrests rose 40 to 300.').map((r) => r[0])).toEqual(['40', '300'])
      expect(read('It rose 1% to 5 per cent.').map((r) => r[0])).toEqual(['1%', '5 per cent'])
      // A level far above the first figure: the change, then the rate it came to.
      expect(read('The rate rose 0.2 to 4.1 per cent.').map((r) => r[0])).toEqual(['0.2', '4.1 per cent'])
    })

    it('reads a bare change before the level of a rate in per cent as percentage points', () => {
      expect(read('Unemployment rose 0.2 to 4.1 per cent.')).toEqual([
        ['0.2', 0.2, 'percentage point', null, null, 'increase'],
        ['4.1 per cent', 4.1, 'percent', null, null, null],
      ])
      expect(read('The jobless rate fell 0.3 to 4.1%.').map((r) => r[2])).toEqual([
        'percentage point',
        'percent',
      ])
      expect(read('The rate rose by 0.25 to 5.25 per cent.').map((r) => r[2])).toEqual([
        'percentage point',
        'percent',
      ])
      // A unit written on the change is the writer's; a range, a count and "or" keep theirs.
      expect(read('It rose 1% to 5 per cent.').map((r) => r[2])).toEqual(['percent', 'percent'])
      expect(read('It rose 1 to 5 per cent.').map((r) => r[2])).toEqual(['percent'])
      expect(read('Arrests rose 40 to 300.').map((r) => r[2])).toEqual(['count', 'count'])
      expect(read('Prices rose 5 or 6 per cent.').map((r) => r[2])).toEqual(['percent', 'percent'])
    })

    it('reads points a share moved by, before its level in per cent, as percentage points', () => {
      expect(read('Support for the policy rose 2 points to 65 per cent.')).toEqual([
        ['2 points', 2, 'percentage point', null, null, 'increase'],
        ['65 per cent', 65, 'percent', null, null, null],
      ])
      expect(read('Labour fell 3.5 points to 41%.')[0]).toEqual([
        '3.5 points',
        3.5,
        'percentage point',
        null,
        null,
        'decrease',
      ])
      expect(read('The Greens were up 2 points to 12 per cent.')[0]!.slice(0, 3)).toEqual([
        '2 points',
        2,
        'percentage point',
      ])
      expect(read('Approval dropped five points, to 38 per cent.')[0]!.slice(0, 3)).toEqual([
        'five points',
        5,
        'percentage point',
      ])
      expect(read('The Conservatives fell 3 points to stand at 29 per cent.')[0]!.slice(0, 3)).toEqual([
        '3 points',
        3,
        'percentage point',
      ])
      expect(read('Labour was up one point to 41 per cent, and fell 1 point to 40% in May.')).toEqual([
        ['one point', 1, 'percentage point', null, null, 'increase'],
        ['41 per cent', 41, 'percent', null, null, null],
        ['1 point', 1, 'percentage point', null, null, 'decrease'],
        ['40%', 40, 'percent', null, null, null],
      ])
      // The level's unit in any spelling the unit table reads.
      expect(read('Labour was up one point to 41 pct, and up one point to 42 per-cent.')).toEqual([
        ['one point', 1, 'percentage point', null, null, 'increase'],
        ['41 pct', 41, 'percent', null, null, null],
        ['one point', 1, 'percentage point', null, null, 'increase'],
        ['42 per-cent', 42, 'percent', null, null, null],
      ])
      expect(read('Approval fell 1 point to 38pc.')[0]!.slice(0, 3)).toEqual([
        '1 point',
        1,
        'percentage point',
      ])
      // A level in another unit leaves the one a single point.
      expect(read('The side rose one point to 41 points.').map((s) => s[0])).toEqual(['41'])
      expect(read('The party saw a 4-point rise to 52 per cent.')[0]).toEqual([
        '4-point',
        4,
        'percentage point',
        null,
        null,
        'increase',
      ])
      // "percentage points" written out read as they did.
      expect(read('Support rose 2 percentage points to 65 per cent.')[0]).toEqual([
        '2 percentage points',
        2,
        'percentage point',
        null,
        null,
        'increase',
      ])
    })

    it('reads points a share moved by, after its level in per cent and a comma, as percentage points', () => {
      expect(read('Unemployment was 4.1%, up 0.2 points.')[1]!.slice(0, 3)).toEqual([
        '0.2 points',
        0.2,
        'percentage point',
      ])
      expect(read('Turnout was 62 per cent, down 3 points on 2019.')[1]!.slice(0, 3)).toEqual([
        '3 points',
        3,
        'percentage point',
      ])
      // An index's level, or points that are no change, keep their unit: an index's points.
      expect(read('The index closed at 7,425, down 30 points.')[1]!.slice(0, 3)).toEqual([
        '30 points',
        30,
        'point',
      ])
      expect(read('Support is 41%, and 3 points is the margin.')[1]!.slice(0, 3)).toEqual(['3', 3, 'count'])
    })

    it('reads points a share moved by, before the level in per cent it left, as percentage points', () => {
      expect(read('Unemployment fell 0.2 points, from 4.4%.')[0]!.slice(0, 3)).toEqual([
        '0.2 points',
        0.2,
        'percentage point',
      ])
      expect(read('Support rose 3 points from 41% in May.')[0]!.slice(0, 3)).toEqual([
        '3 points',
        3,
        'percentage point',
      ])
      // The level an index left keeps its points.
      expect(read('The index fell 30 points from 7,455.')[0]!.slice(0, 3)).toEqual(['30 points', 30, 'point'])
    })

    it('reads the points an index moved by as its unit, and keeps points of a game or a plan', () => {
      // The level an index reached takes the unit of its move.
      expect(read('The index fell 30 points to 7,425.')).toEqual([
        ['30 points', 30, 'point', null, null, 'decrease'],
        ['7,425', 7425, 'point', null, null, null],
      ])
      expect(read('The Dow was up 190 points by noon.')[0]!.slice(0, 3)).toEqual(['190 points', 190, 'point'])
      expect(read('The ASX 200 closed down 45 points.')[0]!.slice(0, 3)).toEqual(['45 points', 45, 'point'])
      // The level a market closed at, after its points, takes their unit; so do points apart.
      expect(read('The FTSE 100 closed down 45 points at 7,410.')).toEqual([
        ['45 points', 45, 'point', null, null, 'decrease'],
        ['7,410', 7410, 'point', null, null, null],
      ])
      expect(read('The Dow Jones closed up 120 points at 38,500.')[1]!.slice(0, 3)).toEqual([
        '38,500',
        38500,
        'point',
      ])
      expect(read('The ASX 200 ended 12 points higher at 7,812.').map((r) => r.slice(0, 3))).toEqual([
        ['12 points', 12, 'point'],
        ['7,812', 7812, 'point'],
      ])
      // Near misses: after "at" a level takes no other unit, and points that moved nothing count.
      expect(read('Police made 5 arrests at 12 addresses.')[1]!.slice(0, 3)).toEqual(['12', 12, 'count'])
      expect(read('The side was 3 points clear at 40.').map((r) => r.slice(0, 3))).toEqual([
        ['3', 3, 'count'],
        ['40', 40, 'count'],
      ])
      expect(read('The S&P 500 closed up 0.7% at 6,327.80.')[1]!.slice(0, 3)).toEqual([
        '6,327.80',
        6327.8,
        'count',
      ])
      // Points a side picked up or scored are counted.
      expect(read('The side picked up 12 points in March.')[0]!.slice(0, 3)).toEqual(['12', 12, 'count'])
      expect(read('The striker scored 2 points in the final.')).toEqual([['2', 2, 'count', null, null, null]])
      expect(read('The side won 3 points to move to 60% of the maximum.')[0]).toEqual([
        '3',
        3,
        'count',
        null,
        null,
        null,
      ])
      expect(read('The government announced a 10-point plan.')).toEqual([])
      expect(read('Labour has a 10-point lead at 45 per cent.')[0]!.slice(0, 3)).toEqual([
        '10-point',
        10,
        'point',
      ])
      expect(read('He scored one point in the final.')).toEqual([])
    })

    it('reads "between X to Y" as one statistic, its value the low end', () => {
      // wide corpus, uk_2.txt (Border Force).
      const sentence = 'Adult tarantulas can sell for between £50 to £500 depending on the species.'
      expect(read(sentence)).toEqual([['between £50 to £500', 50, 'GBP', 50, 500, null]])
      const [s] = findStatistics(sentence)
      expect(sentence.slice(s!.span.start, s!.span.end)).toBe(s!.text)
      expect(s!.rule).toBe('statistics/range')
    })

    it('reads a range whose "to" is hyphenated to both ends as one statistic', () => {
      expect(read('Trains will run at 60-to-80-mph and need 5-to-10 officers each.')).toEqual([
        ['60-to-80-mph', 60, 'mph', 60, 80, null],
        ['5-to-10', 5, 'count', 5, 10, null],
      ])
    })

    it('gives the currency before the first end of a dashed range to the second end', () => {
      expect(read('The scheme will cost £2–3m, or €5-7 million, and tickets $5-10.')).toEqual([
        ['£2–3m', 2_000_000, 'GBP', 2_000_000, 3_000_000, null],
        ['€5-7 million', 5_000_000, 'EUR', 5_000_000, 7_000_000, null],
        ['$5-10', 5, 'USD', 5, 10, null],
      ])
      expect(read('Grants of £2.5m-3.5m and £10-20k are offered.')).toEqual([
        ['£2.5m-3.5m', 2_500_000, 'GBP', 2_500_000, 3_500_000, null],
        ['£10-20k', 10_000, 'GBP', 10_000, 20_000, null],
      ])
      // No currency before the first end: metres stay metres; a currency apart from a count by "to"
      // leaves the count its own ("gave £50 to 10 charities").
      expect(read('A 10-15m drop.')[0]!.slice(0, 3)).toEqual(['10-15m', 10, 'm'])
      expect(read('He gave £50 to 10 charities.')).toEqual([
        ['£50', 50, 'GBP', null, null, null],
        ['10', 10, 'count', null, null, null],
      ])
    })

    it('reads a range of percentages or weights each written with its sign or unit', () => {
      expect(read('Between 5%-10% of cases, in bags of 5kg-10kg.')).toEqual([
        ['Between 5%-10%', 5, 'percent', 5, 10, null],
        ['5kg-10kg', 5, 'kg', 5, 10, null],
      ])
      // A minus sign apart from the figure before it stays a sign.
      expect(read('Rates of 5% and -10% were seen.')).toEqual([
        ['5%', 5, 'percent', null, null, null],
        ['-10%', -10, 'percent', null, null, null],
      ])
    })

    it('reads a range whose first end looks like a year as a range, and a span of years as none', () => {
      expect(read('About 2000-3000 people attended and 1900-2500 homes lost power.')).toEqual([
        ['About 2000-3000', 2000, 'count', 2000, 3000, null],
        ['1900-2500', 1900, 'count', 1900, 2500, null],
      ])
      expect(read('Between 2000-10000 officers were deployed.')).toEqual([
        ['Between 2000-10000', 2000, 'count', 2000, 10000, null],
      ])
      // corpus, 000_553ed2df297268c8.txt (NPCC): "during the 2023-4 domestic season".
      expect(read('Orders made during the 2023-4 domestic season, in 2023-24 and 2019–2023 rose.')).toEqual(
        [],
      )
    })

    it('reads a range of the sum lost as one statistic, and "fell from X to Y" as a change', () => {
      expect(read('Investors lost $35 million to $40 million in the scheme, prosecutors said.')).toEqual([
        ['$35 million to $40 million', 35000000, 'USD', 35000000, 40000000, null],
      ])
      expect(read('Victims lost between £2m and £3m to the fraudsters.')).toEqual([
        ['between £2m and £3m', 2000000, 'GBP', 2000000, 3000000, null],
      ])
      expect(read('The scheme cost victims $2 million to $3 million.')).toEqual([
        ['$2 million to $3 million', 2000000, 'USD', 2000000, 3000000, null],
      ])
      // A fall in a count stays a change, and "lost 20%" a fall in the percentage.
      expect(read('Thefts fell from 20 to 15 over the period.')).toEqual([
        ['from 20 to 15', 15, 'count', 15, 20, 'decrease'],
      ])
      expect(read('The shares lost 20% of their value.').map((r) => r[5])).toEqual(['decrease'])
    })

    it('reads a change written to its new level first as one range when a comma sets the old level off', () => {
      expect(read('Prices increased to £250,000, from £240,000.')).toEqual([
        ['£250,000, from £240,000', 240000, 'GBP', 240000, 250000, 'increase'],
      ])
      expect(read('Average rents fell to $1,950, from $2,100.')).toEqual([
        ['$1,950, from $2,100', 1950, 'USD', 1950, 2100, 'decrease'],
      ])
      expect(read('Membership grew to 4,300 members, from 3,900.')[0]?.slice(0, 3)).toEqual([
        '4,300 members, from 3,900',
        3900,
        'count',
      ])
      // No word of change, or no figure after "from": no range.
      expect(read('Tickets cost £20, from £15 for members.').map((r) => r[0])).toEqual(['£20', '£15'])
      expect(read('It increased to £250,000, from Barclays.').map((r) => r[0])).toEqual(['£250,000'])
    })

    it('reads a change with when each end was reached between them as two levels, no range', () => {
      // A range is one figure at one time; each end said when is a level of its own.
      expect(read('Bitcoin plummeted from $36,040 at 10.45pm last night to $34,935 at 5am.')).toEqual([
        ['$36,040', 36040, 'USD', null, null, null],
        ['$34,935', 34935, 'USD', null, null, null],
      ])
      expect(read('The shares fell from $12 on Monday to $9 on Friday.')).toEqual([
        ['$12', 12, 'USD', null, null, null],
        ['$9', 9, 'USD', null, null, null],
      ])
      expect(
        read('The index rose from 7,400 at 10:45 to 7,520 by the close.').map((r) => r.slice(0, 4)),
      ).toEqual([
        ['7,400', 7400, 'count', null],
        ['7,520', 7520, 'count', null],
      ])
      // A place between the ends is no time: two figures.
      expect(read('Prices fell from $12 at the store to $9 online.').map((r) => r[0])).toEqual(['$12', '$9'])
      // When written after both ends dates the change: one range.
      expect(read('The shares fell from $12 to $9 on Friday.')).toEqual([
        ['from $12 to $9', 9, 'USD', 9, 12, 'decrease'],
      ])
    })

    it('reads a change from one count to another with what it counts written after the first end', () => {
      const measured = (sentence: string) =>
        findStatistics(sentence).map((s) => [s.text, s.low ?? null, s.high ?? null, s.change, s.measure])
      expect(measured('Crime fell from 4,500 offences to 3,960.')).toEqual([
        ['from 4,500 offences to 3,960', 3960, 4500, 'decrease', 'offences'],
      ])
      expect(measured('Deaths fell from 12 serious injuries to 7 this year.')).toEqual([
        ['from 12 serious injuries to 7', 7, 12, 'decrease', 'serious injuries'],
      ])
      expect(measured('Burglaries dropped from 1,020 offences to 870 in 2023.')[0]?.slice(0, 4)).toEqual([
        'from 1,020 offences to 870',
        870,
        1020,
        'decrease',
      ])
      // Two things counted, a bare level after a change word, or more than the count's noun between: two figures.
      expect(read('He was moved from 4 prisons to 2 hospitals.').map((r) => r[0])).toEqual(['4', '2'])
      expect(read('Officers went from 12 houses to 6 more.').map((r) => r[0])).toEqual(['12', '6'])
      expect(read('Grants went from 5 of the schools to 12.').map((r) => r[0])).toEqual(['5', '12'])
    })

    it('reads the range after a percentage change in what the range counts, not in percent', () => {
      const measured = (sentence: string) =>
        findStatistics(sentence).map((s) => [s.text, s.unit, s.low ?? null, s.high ?? null, s.measure])
      expect(measured('Robberies fell 20%, from 5,214 to 4,171.')).toEqual([
        ['20%', 'percent', null, null, 'Robberies'],
        ['from 5,214 to 4,171', 'count', 4171, 5214, 'Robberies'],
      ])
      // A bare level after a percentage, with no range, is still read in percent.
      expect(measured('The rate rose to 5%, up from 4.2.').map((r) => r[1])).toEqual(['percent', 'percent'])
    })

    it('reads a first end that looks like a year as a count when the second is no year', () => {
      expect(read('Adults need about 2000 - 2500 calories a day; 1500 to 3,000 people came.')).toEqual([
        ['about 2000 - 2500 calories', 2000, 'calorie', 2000, 2500, null],
        ['1500 to 3,000', 1500, 'count', 1500, 3000, null],
      ])
      // Years and their ranges stay dates.
      expect(read('In the 2001-02 financial year and from 2018 to 2022 crime fell.')).toEqual([])
    })

    it('reads no range from a year after "in" to a later figure', () => {
      const measured = (sentence: string) =>
        findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.low ?? null, s.measure])
      // The year says when the first end was: two levels, no range and no year.
      expect(measured('Burglaries rose from 1,200 in 2022 to 1,450 last year.')).toEqual([
        ['1,200', 1200, 'count', null, 'Burglaries'],
        ['1,450', 1450, 'count', null, 'Burglaries'],
      ])
      expect(read('Thefts fell from 900 since 2019 to 3,100 and during 2021 - 2500 calls.')).toEqual([
        ['900', 900, 'count', null, null, null],
        ['3,100', 3100, 'count', null, null, null],
        ['2500', 2500, 'count', null, null, null],
      ])
    })

    it('reads "from 95 kg to 88": the bare second end takes the unit of the first', () => {
      expect(read('He slimmed down from 95 kg to 88 over the summer.')).toEqual([
        ['from 95 kg to 88', 88, 'kg', 88, 95, 'decrease'],
      ])
      // A change, then a level: the level keeps its own reading.
      expect(read('It gained 41.2 points to 3,910.55.').map((r) => r[0])).toEqual(['41.2 points', '3,910.55'])
    })

    it('gives a first end with a hanging hyphen the unit of the second: "7- or 8-inch"', () => {
      expect(read('Buyers choose a 6- or 9-inch display, or a 10- to 13-inch one.')).toEqual([
        ['6', 6, 'inch', null, null, null],
        ['9-inch', 9, 'inch', null, null, null],
        ['10- to 13-inch', 10, 'inch', 10, 13, null],
      ])
    })

    it('reads "from X up to Y" as one range, as "from X to Y" is', () => {
      expect(read('Apartments start from 450 sq ft up to 900 sq ft.')).toEqual([
        ['from 450 sq ft up to 900 sq ft', 450, 'square foot', 450, 900, null],
      ])
      expect(read('Fares range from $2 up to $5 a trip.')).toEqual([
        ['from $2 up to $5', 2, 'USD', 2, 5, null],
      ])
      expect(read('Homes priced from £250,000 up to £1.2 million are on sale.')).toEqual([
        ['from £250,000 up to £1.2 million', 250_000, 'GBP', 250_000, 1_200_000, null],
      ])
      expect(read('Tables seat from two up to six players.')).toEqual([
        ['from two up to six', 2, 'count', 2, 6, null],
      ])
      expect(read('Venues hold from 20 guests up to 200 guests.')).toEqual([
        ['from 20 guests up to 200', 20, 'count', 20, 200, null],
      ])
      // The range's own bound is exact; "up to" bounds nothing but its second end.
      expect(findStatistics('Fares range from $2 up to $5.').map((s) => s.qualifier)).toEqual(['exact'])
      // After a word of change it is a change, as "rose from 10 to 15 per cent" is.
      expect(read('Unemployment rose from 10 up to 15 per cent.')).toEqual([
        ['from 10 up to 15 per cent', 10, 'percent', 10, 15, 'increase'],
      ])
      expect(read('Unemployment rose from 10 to 15 per cent.')).toEqual([
        ['from 10 to 15 per cent', 10, 'percent', 10, 15, 'increase'],
      ])
    })

    it('keeps "up to Y" apart from a figure in another clause or of another thing', () => {
      expect(read('Rooms start from 450 sq ft, up to 20 people can be seated.')).toEqual([
        ['450 sq ft', 450, 'square foot', null, null, null],
        ['up to 20', 20, 'count', null, null, null],
      ])
      expect(read('The hall seats from 450 people up to 20 tables.')).toEqual([
        ['450', 450, 'count', null, null, null],
        ['up to 20', 20, 'count', null, null, null],
      ])
      expect(read('Tickets cost up to $5.')).toEqual([['up to $5', 5, 'USD', null, null, null]])
      expect(findStatistics('Tickets cost up to $5.').map((s) => s.qualifier)).toEqual(['upTo'])
      expect(read('Tickets are priced from $15, and up to 500 people can attend.')).toEqual([
        ['$15', 15, 'USD', null, null, null],
        ['up to 500', 500, 'count', null, null, null],
      ])
    })

    it('reads "between $62 and $68" and "$800,000 to $1.3 million"', () => {
      expect(read('The shares were priced between $62 and $68 each.')).toEqual([
        ['between $62 and $68', 62, 'USD', 62, 68, null],
      ])
      expect(read('Condos range from $800,000 to $1.3 million.')).toEqual([
        ['from $800,000 to $1.3 million', 800_000, 'USD', 800_000, 1_300_000, null],
      ])
    })

    it('says a range written "from X to Y" is a change, either way', () => {
      expect(read('The range grew from 252 to 287 miles.')).toEqual([
        ['from 252 to 287 miles', 252, 'mile', 252, 287, 'increase'],
      ])
      expect(read('Prices fell from $2,415 to $2,315 overnight.')).toEqual([
        ['from $2,415 to $2,315', 2315, 'USD', 2315, 2415, 'decrease'],
      ])
    })

    it('says "from X to Y" after a verb of spread ("ranging", "ranged", "varying") is a range, no change', () => {
      expect(read('Tenants will receive payments ranging from $2,000 to $68,000.')).toEqual([
        ['from $2,000 to $68,000', 2000, 'USD', 2000, 68_000, null],
      ])
      expect(read('Complaints per 1,000 employees ranged from 148 to 402 across forces.')).toEqual([
        ['from 148 to 402', 148, 'count', 148, 402, null],
      ])
      expect(read('Fines varied from 50 to 200 euros, and sentences range from 2 to 10 years.')).toEqual([
        ['from 50 to 200 euros', 50, 'EUR', 50, 200, null],
      ])
      expect(read('Fines varying from £500 to £2,000 were imposed.')).toEqual([
        ['from £500 to £2,000', 500, 'GBP', 500, 2000, null],
      ])
      // With no word of change or motion before it, "from X to Y" is a spread too.
      expect(read('Penalties from $5,000 to $50,000 apply to each breach.')).toEqual([
        ['from $5,000 to $50,000', 5000, 'USD', 5000, 50_000, null],
      ])
      expect(read('Naming rights can run from $500,000 to $1 million a year.')).toEqual([
        ['from $500,000 to $1 million', 500_000, 'USD', 500_000, 1_000_000, null],
      ])
      expect(read('The homes range in price from £250,000 to £400,000.')).toEqual([
        ['from £250,000 to £400,000', 250_000, 'GBP', 250_000, 400_000, null],
      ])
      expect(read('Grants from €2,000 to €10,000, and tickets priced from £12 to £30.')).toEqual([
        ['from €2,000 to €10,000', 2000, 'EUR', 2000, 10_000, null],
        ['from £12 to £30', 12, 'GBP', 12, 30, null],
      ])
      // A verb of motion, or a word of change further back in the clause, makes it a change.
      expect(read('Knife crime went from 500 offences to 300 in two years.')).toEqual([
        ['from 500 offences to 300', 300, 'count', 300, 500, 'decrease'],
      ])
      expect(read('The number of officers has gone from 120 to 150.')).toEqual([
        ['from 120 to 150', 120, 'count', 120, 150, 'increase'],
      ])
      expect(read('Burglaries in Kent have risen sharply in rural areas from 120 to 150.')).toEqual([
        ['from 120 to 150', 120, 'count', 120, 150, 'increase'],
      ])
      expect(read('There was an increase in arrests from 120 to 150.')).toEqual([
        ['from 120 to 150', 120, 'count', 120, 150, 'increase'],
      ])
      expect(read('Drug charges have almost doubled, from 1,020 to 1,950.')[1]).toEqual([
        'from 1,020 to 1,950',
        1020,
        'count',
        1020,
        1950,
        'increase',
      ])
      expect(read('Fraud has rocketed from £2m to £5m.')[0]?.[5]).toBe('increase')
      expect(read('The growth forecast was revised from 4.8% to 4.7%.')).toEqual([
        ['from 4.8% to 4.7%', 4.7, 'percent', 4.7, 4.8, 'decrease'],
      ])
      // The change's figures again after a comma or in brackets; a semicolon ends the clause.
      expect(read('Homicides fell by 5%, from 602 to 570.')[1]).toEqual([
        'from 602 to 570',
        570,
        'count',
        570,
        602,
        'decrease',
      ])
      expect(read('Offences were down 2% (from 1.9 million to 1.86 million).')[1]?.[5]).toBe('decrease')
      expect(read('Crime fell; fines from $5 to $50 were issued.')).toEqual([
        ['from $5 to $50', 5, 'USD', 5, 50, null],
      ])
      // A verb of change before "from" still makes it one.
      expect(read('Payments rose from $2,000 to $68,000.')).toEqual([
        ['from $2,000 to $68,000', 2000, 'USD', 2000, 68_000, 'increase'],
      ])
      expect(read('Seizures increased from 40 tons to 95 tons.')).toEqual([
        ['from 40 tons to 95 tons', 40, 'tonne', 40, 95, 'increase'],
      ])
    })

    it('reads hyphenated ranges with the unit of the second end', () => {
      expect(read('Officers seized 5-10kg of cannabis.')).toEqual([['5-10kg', 5, 'kg', 5, 10, null]])
    })

    it('keeps a change and its new level apart', () => {
      expect(read('The deficit increased by $43.6 billion to $419.2 billion.').map((r) => r[0])).toEqual([
        '$43.6 billion',
        '$419.2 billion',
      ])
      // A bare change and a level far above it: the change, then the new count.
      expect(read('Arrests rose by 40 to 300 last year.')).toEqual([
        ['40', 40, 'count', null, null, 'increase'],
        ['300', 300, 'count', null, null, null],
      ])
      // Bare ends alike after a change word are still a range.
      expect(read('Temperatures dropped by 1 to 1.5 degrees.').map((r) => r.slice(3, 5))).toEqual([[1, 1.5]])
    })

    it('reads a count changed "by" some "to" a new count as the change and the level, however close', () => {
      expect(read('Offences fell by 1,200 to 3,400 last year.')).toEqual([
        ['1,200', 1200, 'count', null, null, 'decrease'],
        ['3,400', 3400, 'count', null, null, null],
      ])
      expect(read('The number of deaths increased by two to 12.').map((r) => [r[0], r[5]])).toEqual([
        ['two', 'increase'],
        ['12', null],
      ])
      // No change word before "by", and no "by": a range.
      expect(read('The team was joined by 10 to 20 volunteers.').map((r) => r.slice(0, 5))).toEqual([
        ['10 to 20', 10, 'count', 10, 20],
      ])
      expect(read('Between 1,200 to 3,400 people attended.').map((r) => r.slice(3, 5))).toEqual([
        [1200, 3400],
      ])
    })

    it('keeps alternatives, scores and falling bare pairs apart', () => {
      expect(read('Two or three men were seen.').map((r) => r[0])).toEqual(['Two', 'three'])
      expect(read('The count stood at 40 to 30 officers.').map((r) => r[0])).toEqual(['40', '30'])
      expect(read('Arrests: 40 and 50 in the two weeks.').map((r) => r[0])).toEqual(['40', '50'])
    })

    it('merges nothing across different units', () => {
      expect(read('Shares rose 6.5% to 164 points.').map((r) => [r[0], r[3]])).toEqual([
        ['6.5%', null],
        ['164', null],
      ])
    })
  })

  describe('a change with words between its ends', () => {
    const change = (sentence: string) =>
      findStatistics(sentence).map((s) => [s.text, s.unit, s.low ?? null, s.high ?? null, s.change])

    it('reads "from X to Y" after an abbreviation in brackets as the change of the name before it', () => {
      expect(change('The Bank of Canada lowered its overnight rate (OR) from 5% to 4.75%.')).toEqual([
        ['from 5% to 4.75%', 'percent', 4.75, 5, 'decrease'],
      ])
      expect(change('The central bank raised the policy rate (PR) from 2% to 2.5% on Tuesday.')).toEqual([
        ['from 2% to 2.5%', 'percent', 2, 2.5, 'increase'],
      ])
      // Near misses: words in brackets that are no abbreviation, and a spread.
      expect(change('Police raised the reward (see below) from £100 to £500.')).toEqual([
        ['from £100 to £500', 'GBP', 100, 500, null],
      ])
      expect(change('The Official Cash Rate (OCR) ranged from 1% to 5%.')).toEqual([
        ['from 1% to 5%', 'percent', 1, 5, null],
      ])
    })

    it('reads "from X combined to Y" as one change', () => {
      expect(change('It climbed from 21 mpg combined to 23 for FWD models.')).toEqual([
        ['from 21 mpg combined to 23', 'mile per gallon', 21, 23, 'increase'],
      ])
    })

    it('reads "from X in 2008 to Y" as two levels, each at its own time', () => {
      expect(change('Fuel economy improved from 20 miles per gallon in 2008 to 29 mpg in 2020.')).toEqual([
        ['20 miles per gallon', 'mile per gallon', null, null, null],
        ['29 mpg', 'mile per gallon', null, null, null],
      ])
      expect(change('Arrests rose from 120 in 2022 to 180 in 2023.')).toEqual([
        ['120', 'count', null, null, null],
        ['180', 'count', null, null, null],
      ])
      expect(change('Thefts fell from 3,400 in the previous year to 2,900.')).toEqual([
        ['3,400', 'count', null, null, null],
        ['2,900', 'count', null, null, null],
      ])
      // A bare second end still takes the unit of the first.
      expect(change('Weight fell from 95 kg in May to 88 in June.').map((r) => r[1])).toEqual(['kg', 'kg'])
    })

    it('reads "to X from Y" after a word of change as one change, from Y to X', () => {
      expect(change('Sales narrowed to 138,285 lots from 212,577 lots.')).toEqual([
        ['138,285 lots from 212,577', 'count', 138285, 212577, 'decrease'],
      ])
      expect(change('The deficit widened to $5.2 billion from $4.1 billion.')).toEqual([
        ['$5.2 billion from $4.1 billion', 'USD', 4.1e9, 5.2e9, 'increase'],
      ])
      // A bare "in May" after the old level may date the change as a whole.
      expect(change('The jobless rate fell to 4.1% from 4.3% in May.')).toEqual([
        ['4.1% from 4.3%', 'percent', 4.1, 4.3, 'decrease'],
      ])
    })

    it('reads "to X from Y" with when either level was as two levels, no range', () => {
      expect(change('Unemployment fell to 3.9% in March from 4.6% a year earlier.')).toEqual([
        ['3.9%', 'percent', null, null, null],
        ['4.6%', 'percent', null, null, null],
      ])
      expect(change('The deficit widened to $5.2 billion from $4.1 billion a year earlier.')).toEqual([
        ['$5.2 billion', 'USD', null, null, null],
        ['$4.1 billion', 'USD', null, null, null],
      ])
      expect(
        change('Sales narrowed to 138,285 lots from 212,577 lots in the previous week.').map((r) => r[0]),
      ).toEqual(['138,285', '212,577'])
      expect(
        change('Inflation eased to 3.2% in August from 3.8% in July, the statistics office said.').map(
          (r) => r[0],
        ),
      ).toEqual(['3.2%', '3.8%'])
      expect(change('Drug deaths rose to 1,172 in 2023 from 1,051 in 2022.').map((r) => r[0])).toEqual([
        '1,172',
        '1,051',
      ])
      expect(change('Arrests rose to 450 from 300 a year ago.').map((r) => r[0])).toEqual(['450', '300'])
    })

    it('reads "down to X from Y" as "down from Y to X" is read', () => {
      expect(change('Crime is down to 4,100 from 4,500.')).toEqual([
        ['4,100 from 4,500', 'count', 4100, 4500, 'decrease'],
      ])
      expect(change('Sales were down to 193 units from 208 units.')).toEqual([
        ['193 units from 208', 'count', 193, 208, 'decrease'],
      ])
      expect(change('Crime is down from 4,500 to 4,100.')).toEqual([
        ['from 4,500 to 4,100', 'count', 4100, 4500, 'decrease'],
      ])
      // Near-miss: "up to" is a bound.
      expect(change('Fines of up to 450 from 300 firms.').map((r) => r[0])).toEqual(['up to 450', '300'])
    })

    it('reads "up to X from Y" after "be" or a verb of going as a change, not a bound', () => {
      expect(change('Arrests are up to 450 from 300.')).toEqual([
        ['450 from 300', 'count', 300, 450, 'increase'],
      ])
      expect(change('Arrests have gone up to 450 from 300.')).toEqual([
        ['450 from 300', 'count', 300, 450, 'increase'],
      ])
      expect(change('Prices are up to £4.50 from £3.80.')).toEqual([
        ['£4.50 from £3.80', 'GBP', 3.8, 4.5, 'increase'],
      ])
      const [s] = findStatistics('Arrests are up to 450 from 300.')
      expect([s?.qualifier, s?.measure]).toEqual(['exact', 'Arrests'])
      // Near-misses: a bound after a noun, or with no figure after "from".
      expect(findStatistics('Fines are up to £450 from today.').map((x) => [x.text, x.qualifier])).toEqual([
        ['up to £450', 'upTo'],
      ])
      expect(findStatistics('Grants of up to £5,000 from 300 firms.').map((x) => x.text)).toEqual([
        'up to £5,000',
        '300',
      ])
    })

    it('reads the subject of "be" before "up" or "down" as what changed', () => {
      const measures = (sentence: string) => findStatistics(sentence).map((s) => s.measure)
      expect(measures('Crime is down from 4,500 to 4,100.')).toEqual(['Crime'])
      expect(measures('Calls were up 5% to 4,500.')).toEqual(['Calls', 'Calls'])
    })

    it('keeps two figures that are no one change', () => {
      expect(change('He drove from 20 miles in 2008 to 29 people.').map((r) => r[0])).toEqual([
        '20 miles',
        '29',
      ])
      expect(change('Fines range from $500 in Kent to $900 in Essex.').map((r) => r[0])).toEqual([
        '$500',
        '$900',
      ])
      expect(change('He moved to 40 houses from 12 flats.').map((r) => r[0])).toEqual(['40', '12'])
      expect(change('Police moved 40 officers to 12 sites in 2023 from 3 forces.').map((r) => r[0])).toEqual([
        '40',
        '12',
        '3',
      ])
      expect(change('They sent 40 officers to 12 sites from 3 forces.').map((r) => r[0])).toEqual([
        '40',
        '12',
        '3',
      ])
    })

    it("gives the first end of a change to a range the range's scale and unit", () => {
      expect(change('Spending will increase from 24.2 to 33-35 billion euros.')).toEqual([
        ['24.2', 'EUR', null, null, null],
        ['33-35 billion euros', 'EUR', 33e9, 35e9, 'increase'],
      ])
      expect(findStatistics('Output grew from 3 to 4-5 million tonnes.')[0]?.value).toBe(3e6)
    })
  })

  describe('what a range measures', () => {
    const measured = (sentence: string) =>
      findStatistics(sentence).map((s) => [s.text, s.low ?? null, s.high ?? null, s.change, s.measure])

    it('reads the subject of a verb of spread', () => {
      expect(measured('Fines range from $500 to $5,000.')).toEqual([
        ['from $500 to $5,000', 500, 5000, null, 'Fines'],
      ])
      expect(measured('Payments ranging from $2,000 to $68,000 were made.')).toEqual([
        ['from $2,000 to $68,000', 2000, 68000, null, 'Payments'],
      ])
      expect(measured('Grants vary between £500 and £5,000.')).toEqual([
        ['between £500 and £5,000', 500, 5000, null, 'Grants'],
      ])
      // Near-miss: a verb of change keeps its change.
      expect(measured('Fines rose from $500 to $5,000.')).toEqual([
        ['from $500 to $5,000', 500, 5000, 'increase', 'Fines'],
      ])
    })

    it('reads back past "between" after a link', () => {
      expect(measured('Fines of between £100 and £2,500 were issued.')).toEqual([
        ['between £100 and £2,500', 100, 2500, null, 'Fines'],
      ])
      expect(measured('The haul was valued at between £2m and £3m.')).toEqual([
        ['between £2m and £3m', 2e6, 3e6, null, 'haul'],
      ])
    })

    it('ends what people a range opening the sentence counts before their verb', () => {
      expect(measured('Between 30 and 40 people attended.')).toEqual([
        ['Between 30 and 40', 30, 40, null, 'people'],
      ])
      expect(measured('30 to 40 protesters gathered outside.')).toEqual([
        ['30 to 40', 30, 40, null, 'protesters'],
      ])
      // Near-miss: people counted as a result keep their participle.
      expect(measured('Between 300 and 400 people arrested at the protests.')[0]?.[4]).toBe(
        'people arrested at the protests',
      )
    })
  })
})
