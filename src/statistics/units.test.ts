import { describe, expect, it } from 'vitest'
import { splitReleases } from '../releases/split-releases'
import { findStatistics } from './find-statistics'

const units = (sentence: string) => findStatistics(sentence).map((s) => [s.text, s.value, s.unit])

describe('findStatistics', () => {
  describe('unit names', () => {
    it('reads "in" glued to digits as inches', () => {
      expect(units('Forecasters expect some 20cm-40cm (8in-16in) of snow on high ground.')).toEqual([
        ['some 20cm-40cm', 20, 'cm'],
        ['8in-16in', 8, 'inch'],
      ])
      expect(units('Up to 8in of snow fell and a 12in pipe burst.')).toEqual([
        ['Up to 8in', 8, 'inch'],
        ['12in', 12, 'inch'],
      ])
      // Near misses: "in" apart is a preposition, and "1in5" a proportion.
      expect(units('Police in 2024 said 1in5 drivers sped.')).toEqual([['1in5', 20, 'percent']])
    })

    it('reads the unit of a vague amount after its "of"', () => {
      const found = findStatistics(
        'Officers seized hundreds of kilos of cocaine and thousands of tonnes of waste.',
      )
      expect(found.map((s) => [s.text, s.value, s.unit, s.measure])).toEqual([
        ['hundreds of kilos', 200, 'kg', 'cocaine'],
        ['thousands of tonnes', 2_000, 'tonne', 'waste'],
      ])
      expect(units('The convoy drove tens of thousands of miles across hundreds of acres.')).toEqual([
        ['tens of thousands of miles', 20_000, 'mile'],
        ['hundreds of acres', 200, 'acre'],
      ])
      // Not a thing counted, nor a unit of time.
      expect(units('Hundreds of people gave thousands of hours.')).toEqual([
        ['Hundreds', 200, 'count'],
        ['thousands', 2_000, 'count'],
      ])
    })

    it('reads "in" after the feet of a height as its inches, and as a word elsewhere', () => {
      expect(units('Smith is described as 5 ft 10 in (178 cm), 170 lbs (77 kg).')).toEqual([
        ['5 ft 10 in', 70, 'inch'],
        ['178 cm', 178, 'cm'],
        ['170 lbs', 170, 'pound'],
        ['77 kg', 77, 'kg'],
      ])
      expect(units('Officers found 10 in the car, and it fell 5 ft. 10 in all were hurt.')).toEqual([
        ['10', 10, 'count'],
        ['5 ft', 5, 'ft'],
        ['10', 10, 'count'],
      ])
    })

    it('reads a height with dotted units ("5 ft. 10 in.") as one figure in inches, never as counts', () => {
      // US wanted-person descriptions abbreviate both units with full stops.
      expect(units('The suspect is described as white, 5 ft. 10 in. tall, with brown hair.')).toEqual([
        ['5 ft. 10 in', 70, 'inch'],
      ])
      expect(units('He is 6 ft. 2 in. tall and weighs 180 lbs.')).toEqual([
        ['6 ft. 2 in', 74, 'inch'],
        ['180 lbs', 180, 'pound'],
      ])
      expect(units('He is 5 ft. 9 in tall; she stands 5 ft. 4 ins.')).toEqual([
        ['5 ft. 9 in', 69, 'inch'],
        ['5 ft. 4 ins', 64, 'inch'],
      ])
      // Not inches: a stop that ends a sentence before a preposition, twelve or more, no number before "ft.".
      expect(units('The wall fell 5 ft. 10 in all were hurt. It is 6 ft. 12 in. high.')).toEqual([
        ['5 ft', 5, 'ft'],
        ['10', 10, 'count'],
        ['6 ft', 6, 'ft'],
        ['12', 12, 'count'],
      ])
      expect(units('The lift rose 9 ft. 3 in the afternoon stalled.')).toEqual([
        ['9 ft', 9, 'ft'],
        ['3', 3, 'count'],
      ])
    })

    it('reads a height in marks or with its inches unwritten as one figure in inches, never as counts', () => {
      // Descriptions of wanted and missing people, as police releases write them.
      expect(units('He is described as white, 5’10” tall, of slim build.')).toEqual([['5’10”', 70, 'inch']])
      expect(units('He is 5\'10" and she is 5′4″; a third man is 5’ 9”.')).toEqual([
        ['5\'10"', 70, 'inch'],
        ['5′4″', 64, 'inch'],
        ['5’ 9”', 69, 'inch'],
      ])
      expect(
        units('He is six foot two and of stocky build; she is 5ft 4, about 5ft10in or 5-foot-10.'),
      ).toEqual([
        ['six foot two', 74, 'inch'],
        ['5ft 4', 64, 'inch'],
        ['about 5ft10in', 70, 'inch'],
        ['5-foot-10', 70, 'inch'],
      ])
      expect(units('He is about 5ft 10ins tall.')).toEqual([['about 5ft 10ins', 70, 'inch']])
      // An inch mark with no foot mark before it, at the start of the text: no height.
      expect(units('4” of rain fell.')).toEqual([['4', 4, 'count']])
      // Not inches: twelve or more, a count of people after the feet, a year cut short, a unit of its own.
      expect(units('A 6ft 2 metre wall, a 6ft 15 wide gap, 6ft 2 men, the ’10 season.')).toEqual([
        ['6ft', 6, 'ft'],
        ['2 metre', 2, 'm'],
        ['6ft', 6, 'ft'],
        ['15', 15, 'count'],
        ['6ft', 6, 'ft'],
        ['2', 2, 'count'],
      ])
    })

    it('reads a height in feet and inches as one figure, with its qualifier and what it measures', () => {
      const heights = (sentence: string) =>
        findStatistics(sentence).map((s) => [s.text, s.value, s.unit, s.qualifier, s.measure])
      expect(heights('The suspect is white, around 5ft 4in tall, with short dark hair.')).toEqual([
        ['around 5ft 4in', 64, 'inch', 'approx', 'tall'],
      ])
      expect(heights('The officer, 6ft 2in, gave chase.')).toEqual([['6ft 2in', 74, 'inch', 'exact', null]])
      // Not one height: feet apart from what follows, or inches of a foot or more.
      expect(units('The fence is 6ft, 4in of rain fell.')).toEqual([
        ['6ft', 6, 'ft'],
        ['4in', 4, 'inch'],
      ])
      expect(units('He is 6ft and 4 of them ran.')).toEqual([
        ['6ft', 6, 'ft'],
        ['4', 4, 'count'],
      ])
      expect(units('He is 6ft 13in.')).toEqual([
        ['6ft', 6, 'ft'],
        ['13in', 13, 'inch'],
      ])
    })

    it('reads a weight in pounds and ounces, or stone and pounds, as one figure in the smaller unit', () => {
      expect(units('The drugs had a combined weight of 5lb 4oz and were worth about $30,000.')).toEqual([
        ['5lb 4oz', 84, 'oz'],
        ['about $30,000', 30_000, 'USD'],
      ])
      expect(units('The baby weighed 7 pounds and 4 ounces, and he 12 stone 4lb.')).toEqual([
        ['7 pounds and 4 ounces', 116, 'oz'],
        ['12 stone 4lb', 172, 'pound'],
      ])
      // Two weights of two things, weights apart, or ounces of a pound or more.
      expect(units('Officers seized 2 pounds of heroin and 4 ounces of cocaine.')).toEqual([
        ['2 pounds', 2, 'pound'],
        ['4 ounces', 4, 'oz'],
      ])
      expect(units('The parcel held 5lb, 4oz of it cannabis, and weighed 5lb 20oz.')).toEqual([
        ['5lb', 5, 'pound'],
        ['4oz', 4, 'oz'],
        ['5lb', 5, 'pound'],
        ['20oz', 20, 'oz'],
      ])
    })

    it('names a unit the same however it is written', () => {
      expect(units('It makes 784 HP, or 784 horsepower, and 640 bhp.')).toEqual([
        ['784 HP', 784, 'horsepower'],
        ['784 horsepower', 784, 'horsepower'],
        ['640 bhp', 640, 'brake horsepower'],
      ])
      expect(units('A 2.4GHz chip, a 120Hz screen and a 6kW motor.')).toEqual([
        ['2.4GHz', 2.4, 'gigahertz'],
        ['120Hz', 120, 'hertz'],
        ['6kW', 6, 'kilowatt'],
      ])
    })

    it('keeps the short names the gold uses', () => {
      // wide corpus, intl_1.txt (New Zealand Police).
      expect(units('Police seized 121kgs of methamphetamine and 223 grams of cocaine.')).toEqual([
        ['121kgs', 121, 'kg'],
        ['223 grams', 223, 'g'],
      ])
    })

    it('reads a "k" glued to the digits before a race as kilometres, and as thousands elsewhere', () => {
      expect(units('She ran a 5k race, then the 10K run and a 10k charity walk.')).toEqual([
        ['5k', 5, 'km'],
        ['10K', 10, 'km'],
        ['10k', 10, 'km'],
      ])
      expect(units('Over 500 people entered the 5k fun run.')).toEqual([
        ['Over 500', 500, 'count'],
        ['5k', 5, 'km'],
      ])
      expect(units('He stole £5k, and 5k people attended.')).toEqual([
        ['£5k', 5000, 'GBP'],
        ['5k', 5000, 'count'],
      ])
      expect(units('The event raised 5k for charity.')).toEqual([['5k', 5000, 'count']])
    })

    it('reads weights of drugs as seizures write them', () => {
      expect(
        units('Police seized 2.2 metric tons of cocaine and more than 5 metric tonnes of cannabis.'),
      ).toEqual([
        ['2.2 metric tons', 2.2, 'tonne'],
        ['more than 5 metric tonnes', 5, 'tonne'],
      ])
      expect(units('They found 500 g of heroin, 1.5 t of hashish and 30 micrograms of fentanyl.')).toEqual([
        ['500 g', 500, 'g'],
        ['1.5 t', 1.5, 'tonne'],
        ['30 micrograms', 30, 'microgram'],
      ])
      // A decimal comma before a weight, as European releases write it.
      expect(units('Police seized 1,5 tonnes of cocaine and 12,5 kg of heroin.')).toEqual([
        ['1,5 tonnes', 1.5, 'tonne'],
        ['12,5 kg', 12.5, 'kg'],
      ])
      // A letter apart from the digits is no unit unless "of" follows; a thousands comma stays one.
      expect(units('They had 3 g and 1,250 kg.')).toEqual([
        ['3', 3, 'count'],
        ['1,250 kg', 1250, 'kg'],
      ])
      // "MT", a metric tonne shortened, as Indian and trade releases write it.
      expect(units('Around 1,200 cold storage units of 5,000 MT capacity each will be built.')).toEqual([
        ['Around 1,200', 1200, 'count'],
        ['5,000 MT', 5000, 'tonne'],
      ])
      expect(units('The port handled 2.5 million MT of cargo.')).toEqual([
        ['2.5 million MT', 2_500_000, 'tonne'],
      ])
    })

    it('reads a whole unit or a part of one written in words', () => {
      expect(units('Police found two and a half kilos of cocaine and half a kilo of heroin.')).toEqual([
        ['two and a half kilos', 2.5, 'kg'],
        ['half a kilo', 0.5, 'kg'],
      ])
      expect(
        units('They found a kilogram of heroin, a tonne of cannabis and one and a half tonnes of khat.'),
      ).toEqual([
        ['a kilogram', 1, 'kg'],
        ['a tonne', 1, 'tonne'],
        ['one and a half tonnes', 1.5, 'tonne'],
      ])
      expect(
        findStatistics('They seized about half a tonne.').map((s) => [s.text, s.value, s.qualifier]),
      ).toEqual([['about half a tonne', 0.5, 'approx']])
      // Not a unit in passing, a share, a length of time or half a million.
      expect(units('He lives a mile away; a percentage of victims left after two and a half years.')).toEqual(
        [],
      )
      expect(units('Half a million people came.')).toEqual([['Half a million', 500_000, 'count']])
    })

    it('reads no figure in the one unit a price is quoted for', () => {
      expect(units('The price of a litre of petrol rose to 150p.')).toEqual([['150p', 1.5, 'GBP']])
      expect(units('The average cost of a pint of milk is 45p.')).toEqual([['45p', 0.45, 'GBP']])
      expect(units('A gallon of milk now costs $4.')).toEqual([['$4', 4, 'USD']])
      expect(units('A kilo of cocaine can fetch £30,000 on the street.')).toEqual([
        ['£30,000', 30_000, 'GBP'],
      ])
      // An amount seized, found or weighed keeps its figure, beside a price too.
      expect(units('Police seized a kilogram of heroin worth £30,000.')).toEqual([
        ['a kilogram', 1, 'kg'],
        ['£30,000', 30_000, 'GBP'],
      ])
      expect(units('The value of the seizure, over a tonne of cocaine, is £2m.')).toEqual([
        ['over a tonne', 1, 'tonne'],
        ['£2m', 2_000_000, 'GBP'],
      ])
      expect(units('A kilo of cannabis was found and sold.')).toEqual([['A kilo', 1, 'kg']])
      expect(units('Two kilos of beef cost £24.')).toEqual([
        ['Two kilos', 2, 'kg'],
        ['£24', 24, 'GBP'],
      ])
    })

    it('reads a unit with its half written after it', () => {
      // The NCA's way of writing a large seizure.
      expect(
        findStatistics(
          'Six members of an organised crime group who plotted to smuggle more than a tonne and a half of cocaine into the UK have been jailed.',
        ).map((s) => [s.text, s.value, s.unit, s.qualifier]),
      ).toEqual([
        ['Six', 6, 'count', 'exact'],
        ['more than a tonne and a half', 1.5, 'tonne', 'over'],
      ])
      expect(units('Police seized a kilo and a half of heroin.')).toEqual([['a kilo and a half', 1.5, 'kg']])
      expect(units('The trail is a mile and a half long.')).toEqual([['a mile and a half', 1.5, 'mile']])
      // Not a half of something else.
      expect(units('Officers found a kilogram and a half-empty bottle.')).toEqual([])
      expect(units('He ran a mile and then a half marathon.')).toEqual([])
      expect(units('They seized a tonne and a half dozen rifles.')).toEqual([])
    })

    it('reads micrometres and inches written with signs', () => {
      expect(units('a pixel pitch of 352 μm and a 25.5″ neck')).toEqual([
        ['352 μm', 352, 'micrometre'],
        ['25.5″', 25.5, 'inch'],
      ])
    })

    it('reads a capital W glued to digits as watts, and nothing else as them', () => {
      expect(units('a 10W laser')).toEqual([['10W', 10, 'watt']])
      expect(units('a 10w laser')).toEqual([])
    })

    it('reads basis points abbreviated in lower case, and the capitals as a name', () => {
      expect(units('The margin expanded 230bps to 21.7%, and spreads rose 25 bp.')).toEqual([
        ['230bps', 230, 'basis point'],
        ['21.7%', 21.7, 'percent'],
        ['25 bp', 25, 'basis point'],
      ])
      expect(units('The firm sold 300 BP stations.')).toEqual([['300', 300, 'count']])
    })

    it('reads the points a rate moved by as percentage points, and an index keeps its points', () => {
      expect(units('The move pushed mortgage rates down 0.5 points.')).toEqual([
        ['0.5 points', 0.5, 'percentage point'],
      ])
      expect(units('Inflation fell 0.4 points.')).toEqual([['0.4 points', 0.4, 'percentage point']])
      expect(units('The Bank cut interest rates by 0.25 points.')).toEqual([
        ['0.25 points', 0.25, 'percentage point'],
      ])
      expect(units('Gross margin improved 2 points.')).toEqual([['2 points', 2, 'percentage point']])
      // Near misses: an index's points, points scored, and points after "by" with no verb of change.
      expect(units('The FTSE 100 fell 45 points.')).toEqual([['45 points', 45, 'point']])
      expect(units('The index fell by 30 points.')).toEqual([['30 points', 30, 'point']])
      expect(units('The team won by 3 points.')).toEqual([['3', 3, 'count']])
    })

    it('reads a long run of words before "by" and points in bounded time', () => {
      expect(units(`Rates ${'rates '.repeat(300)}by 0.25 points.`)).toEqual([['0.25', 0.25, 'count']])
    })

    it('reads rates, pressures, energy and torque by their full names', () => {
      expect(units('The refinery handles 52,000 barrels a day, or 52,000 bpd, at 3 ksi.')).toEqual([
        ['52,000 barrels a day', 52000, 'barrel per day'],
        ['52,000 bpd', 52000, 'barrel per day'],
        ['3 ksi', 3, 'kilopound per square inch'],
      ])
      expect(units('The slab held 40 MPa and the tyres 35 psi; the plant stores 12 GWh.')).toEqual([
        ['40 MPa', 40, 'megapascal'],
        ['35 psi', 35, 'pound per square inch'],
        ['12 GWh', 12, 'gigawatt hour'],
      ])
      expect(units('The engine makes 400 lb-ft, or 540 pound-feet in the sport model.')).toEqual([
        ['400 lb-ft', 400, 'pound-foot'],
        ['540 pound-feet', 540, 'pound-foot'],
      ])
      expect(units('Gusts reached 60 knots and the jet 250 metres per second.')).toEqual([
        ['60 knots', 60, 'knot'],
        ['250 metres per second', 250, 'metre per second'],
      ])
      expect(units('Glaciers shed 150 gigatonnes; the air held 420 ppm.')).toEqual([
        ['150 gigatonnes', 150, 'gigatonne'],
        ['420 ppm', 420, 'part per million'],
      ])
    })

    it('reads "deg" as degrees of temperature', () => {
      expect(units('It was 3.1degF (1.7deg C) warmer.')).toEqual([
        ['3.1degF', 3.1, 'fahrenheit'],
        ['1.7deg C', 1.7, 'celsius'],
      ])
    })

    it('reads degrees below or above freezing or zero as degrees Celsius from 0 °C', () => {
      expect(units('Temperatures fell to 5 degrees below freezing.')).toEqual([
        ['5 degrees below freezing', -5, 'celsius'],
      ])
      expect(units('It was 10 degrees below zero overnight.')).toEqual([
        ['10 degrees below zero', -10, 'celsius'],
      ])
      expect(units('It stayed 1 degree above freezing.')).toEqual([['1 degree above freezing', 1, 'celsius']])
      // Near-misses: degrees of a turn, and a count below a threshold, are no temperature.
      expect(units('The road turns 90 degrees.')).toEqual([['90', 90, 'count']])
      expect(units('Some 40 staff were below the grade.')).toEqual([['Some 40', 40, 'count']])
    })

    it('reads a capital C or F glued to the digits as degrees, and nothing in a flat’s number', () => {
      expect(units('Temperatures hit 30C in London and 95F in Phoenix.')).toEqual([
        ['30C', 30, 'celsius'],
        ['95F', 95, 'fahrenheit'],
      ])
      expect(units('He lives in Flat 4C, and the heat rose to 38C.')).toEqual([['38C', 38, 'celsius']])
      // A small "c" is no degree.
      expect(units('It rose to 38c.').map((u) => u[2])).not.toContain('celsius')
    })

    it('reads areas written with "²" and a minus sign after the currency', () => {
      expect(units('A 45m² studio and a 2 km² park; the balance was $-3.4bn.')).toEqual([
        ['45m²', 45, 'square metre'],
        ['2 km²', 2, 'square kilometre'],
        ['$-3.4bn', -3_400_000_000, 'USD'],
      ])
    })

    it('reads areas written with a glued "2", as Australian and New Zealand releases write them', () => {
      expect(units('A 2,500m2 warehouse, an 800 m2 yard and a 12km2 reserve.')).toEqual([
        ['2,500m2', 2500, 'square metre'],
        ['800 m2', 800, 'square metre'],
        ['12km2', 12, 'square kilometre'],
      ])
      // A 2 apart from the unit is a number of its own.
      expect(units('He ran 800 m 2 times.').map((u) => u[2])).not.toContain('square metre')
    })

    it('gives a conversion in brackets the bound and change of the figure it converts', () => {
      const read = (sentence: string) =>
        findStatistics(sentence).map((s) => [s.text, s.unit, s.qualifier, s.change])
      expect(read('Officers seized more than 100 kilograms (220 pounds) of cocaine.')).toEqual([
        ['more than 100 kilograms', 'kg', 'over', null],
        ['220 pounds', 'pound', 'over', null],
      ])
      expect(read('Europol froze about €1.2 million (£1 million) in assets.')).toEqual([
        ['about €1.2 million', 'EUR', 'approx', null],
        ['£1 million', 'GBP', 'approx', null],
      ])
      expect(read('Fines rose by up to €10,000 (£8,500) last year.')).toEqual([
        ['up to €10,000', 'EUR', 'upTo', 'increase'],
        ['£8,500', 'GBP', 'upTo', 'increase'],
      ])
      // Not a figure of another kind, nor one that does not fill the brackets.
      expect(read('Seizures rose by more than 100 kg (12 seizures).')[1]).toEqual([
        '12',
        'count',
        'exact',
        null,
      ])
      expect(read('More than 100 kg (20 kg of it heroin) was seized.')[1]).toEqual([
        '20 kg',
        'kg',
        'exact',
        null,
      ])
      expect(read('Over 5 km (3 miles of it uphill) were run.')[1]?.[2]).toBe('exact')
    })

    it('reads percentages written "pct" and "pc", glued or spaced', () => {
      expect(units('Prices rose 3pct, wages 2.5 pct and rents 12pc.')).toEqual([
        ['3pct', 3, 'percent'],
        ['2.5 pct', 2.5, 'percent'],
        ['12pc', 12, 'percent'],
      ])
    })

    it('reads a percentage or percentage points hyphened to the digits before a noun', () => {
      expect(units('A 50-percent increase, a 12-per-cent fall and a 3-percentage-point rise.')).toEqual([
        ['50-percent', 50, 'percent'],
        ['12-per-cent', 12, 'percent'],
        ['3-percentage-point', 3, 'percentage point'],
      ])
      // "percentage" alone after a hyphen is no unit.
      expect(units('The 5-percentage test ran.')).toEqual([['5', 5, 'count']])
    })

    it('reads volumes in cubic units and distances at sea in nautical miles', () => {
      expect(
        units('Crews pumped 12 cubic metres of water, 300 cubic feet of sludge and 40m³ of silt.'),
      ).toEqual([
        ['12 cubic metres', 12, 'cubic metre'],
        ['300 cubic feet', 300, 'cubic foot'],
        ['40m³', 40, 'cubic metre'],
      ])
      expect(units('The vessel was stopped 5 nautical miles offshore, 12 miles from port.')).toEqual([
        ['5 nautical miles', 5, 'nautical mile'],
        ['12 miles', 12, 'mile'],
      ])
      // "cubic" alone names no unit.
      expect(units('The cubic 3 shapes')).toEqual([['3', 3, 'count']])
    })

    it('reads old weights, liquid measures and kitchen measures as units, not counts', () => {
      expect(units('Officers seized 5 drams of heroin and a 12-carat diamond worth 3 carats.')).toEqual([
        ['5 drams', 5, 'dram'],
        ['12-carat', 12, 'carat'],
        ['3 carats', 3, 'carat'],
      ])
      expect(units('He stole 2 pints of milk, 4 quarts of oil and 16 fluid ounces of syrup.')).toEqual([
        ['2 pints', 2, 'pint'],
        ['4 quarts', 4, 'quart'],
        ['16 fluid ounces', 16, 'fluid ounce'],
      ])
      expect(units('Adults should have no more than 6 teaspoons of sugar, or 2 tablespoons, a day.')).toEqual(
        [
          ['no more than 6 teaspoons', 6, 'teaspoon'],
          ['2 tablespoons', 2, 'tablespoon'],
        ],
      )
      expect(units('The 18ct gold ring, a 70cl bottle and 12 troy ounces of silver were found.')).toEqual([
        ['18ct', 18, 'carat'],
        ['70cl', 70, 'centilitre'],
        ['12 troy ounces', 12, 'troy ounce'],
      ])
    })

    it('reads volumes of water, energy, voltage and noise as the agencies that report them write them', () => {
      expect(units('The dam released 450 megalitres and the farm used 200 acre-feet of water.')).toEqual([
        ['450 megalitres', 450, 'megalitre'],
        ['200 acre-feet', 200, 'acre-foot'],
      ])
      expect(units('The 132kV line carries power for 5,000 kilowatt hours and noise hit 95dB.')).toEqual([
        ['132kV', 132, 'kilovolt'],
        ['5,000 kilowatt hours', 5000, 'kilowatt hour'],
        ['95dB', 95, 'decibel'],
      ])
      expect(units('The 500ha farm grew 20,000 bushels of wheat, 3 furlongs from the track.')).toEqual([
        ['500ha', 500, 'hectare'],
        ['20,000 bushels', 20_000, 'bushel'],
        ['3 furlongs', 3, 'furlong'],
      ])
    })

    it('reads the magnitude of an earthquake as a reading on its scale, written before or after the digits', () => {
      expect(units('A 4.5 magnitude earthquake was felt across the region.')).toEqual([
        ['4.5 magnitude', 4.5, 'magnitude'],
      ])
      expect(units('The 7.8-magnitude quake was recorded offshore.')).toEqual([
        ['7.8-magnitude', 7.8, 'magnitude'],
      ])
      expect(units('A magnitude 6.1 earthquake was recorded.')).toEqual([['magnitude 6.1', 6.1, 'magnitude']])
      expect(units('It was an earthquake of magnitude 5.2, the agency said.')).toEqual([
        ['magnitude 5.2', 5.2, 'magnitude'],
      ])
      // Words before "magnitude" count, and a capitalised Magnitude is a name.
      expect(units('Two magnitude estimates were given.')).toEqual([['Two', 2, 'count']])
      expect(units('The Magnitude 7 team won.')).toEqual([])
    })

    it('leaves letters that are no unit apart from the digits, and things counted, as counts', () => {
      expect(units('The 12 cl students and 5 ha members met, and 40 grains of rice were counted.')).toEqual([
        ['12', 12, 'count'],
        ['5', 5, 'count'],
        ['40', 40, 'count'],
      ])
    })

    it('reads a unit glued to the digits after a name, and no figure in the name itself', () => {
      expect(units('The Turbo Racer 2.4GHz toy was recalled.')).toEqual([['2.4GHz', 2.4, 'gigahertz']])
      expect(units('The iPhone 11 Pro went on sale.')).toEqual([])
    })

    it('reads per-game averages', () => {
      expect(units('He averaged 21.4 ppg, 8.2 rpg and 5.1 apg.')).toEqual([
        ['21.4 ppg', 21.4, 'point per game'],
        ['8.2 rpg', 8.2, 'rebound per game'],
        ['5.1 apg', 5.1, 'assist per game'],
      ])
    })

    it('reads currencies by name and by letters glued to the digits', () => {
      expect(units('It cost 20 yuan, 3 shekels and RM23.50.')).toEqual([
        ['20 yuan', 20, 'CNY'],
        ['3 shekels', 3, 'ILS'],
        ['RM23.50', 23.5, 'MYR'],
      ])
      expect(
        units('Profit was 4.1 billion Danish crowns and 900 million Swedish kronor (RM2.1mil).'),
      ).toEqual([
        ['4.1 billion Danish crowns', 4_100_000_000, 'DKK'],
        ['900 million Swedish kronor', 900_000_000, 'SEK'],
        ['RM2.1mil', 2_100_000, 'MYR'],
      ])
      expect(units('It sold for ₩1.2 trillion, 40 billion rupiah and 3 million roubles.')).toEqual([
        ['₩1.2 trillion', 1_200_000_000_000, 'KRW'],
        ['40 billion rupiah', 40_000_000_000, 'IDR'],
        ['3 million roubles', 3_000_000, 'RUB'],
      ])
    })

    it('gives a bare figure the unit of the figure it is part of', () => {
      expect(units('The club has raised 40 million of the 90 million euros it needs.')).toEqual([
        ['40 million', 40_000_000, 'EUR'],
        ['90 million euros', 90_000_000, 'EUR'],
      ])
      expect(units('Fuel economy improved from about 31 mpg to 36 on the new model.')).toEqual([
        ['from about 31 mpg to 36', 31, 'mile per gallon'],
      ])
      // The subject of the verb measures both ends; the bare one still borrows the unit.
      expect(units('Cannabis seizures rose from 20 kg to 36 last year.')).toEqual([
        ['from 20 kg to 36', 20, 'kg'],
      ])
    })

    it('reads an address with a numbered street as no figure, and the figures beside it', () => {
      expect(units('The flat at 14 E 63rd St sold for $2.1 million.')).toEqual([
        ['$2.1 million', 2_100_000, 'USD'],
      ])
      expect(units('It rose 12 St Albans places.')).toEqual([['12', 12, 'count']])
    })

    it('reads a half or a quarter after a whole number as part of it', () => {
      expect(units('Officers seized 2½ kilos of cocaine and 1 3/4 pounds of meth.')).toEqual([
        ['2½ kilos', 2.5, 'kg'],
        ['1 3/4 pounds', 1.75, 'pound'],
      ])
      // A length of time is a date's, however its count is written.
      expect(units('He was jailed for 3 1/2 years, and she for 2½ years.')).toEqual([])
      // "24/7" and "1/24" are no halves or quarters.
      expect(units('Officers worked 24/7 with 3 1/24 of the staff.')).toEqual([['3', 3, 'count']])
      // US releases join the fraction with a hyphen: "5-1/4 to 5-1/2 percent"; "2-1" is a score.
      expect(units('The target range is 5-1/4 to 5-1/2 percent; the rate was 4-3/4 percent.')).toEqual([
        ['5-1/4 to 5-1/2 percent', 5.25, 'percent'],
        ['4-3/4 percent', 4.75, 'percent'],
      ])
      expect(units('They won 2-1 and then 3-2/3.')).toEqual([])
    })

    it('reads a fraction in digits before a unit as a part of that unit', () => {
      expect(units('The recipe requires 1/2 pound of chocolate chips and 1/4 kilogram of flour.')).toEqual([
        ['1/2 pound', 0.5, 'pound'],
        ['1/4 kilogram', 0.25, 'kg'],
      ])
      expect(units('He sold 1/2 ounce of cocaine 3/4 mile from a school.')).toEqual([
        ['1/2 ounce', 0.5, 'oz'],
        ['3/4 mile', 0.75, 'mile'],
      ])
      expect(units('A 1/2-inch pipe, a 1/16 inch gap and 2/3 of a mile.')).toEqual([
        ['1/2-inch', 0.5, 'inch'],
        ['1/16 inch', 0.0625, 'inch'],
        ['2/3 of a mile', 0.666666666667, 'mile'],
      ])
      const [s] = findStatistics('Officers found about 1/2 pound of methamphetamine.')
      expect([s?.text, s?.qualifier, s?.measure]).toEqual(['about 1/2 pound', 'approx', 'methamphetamine'])
      // Without a unit after it a fraction is a share, a date, a name or a rota.
      expect(units('2/3 of the force worked 24/7 after 9/11 and on 3/12/2024 from 1/2 past.')).toEqual([
        ['2/3', 66.67, 'percent'],
      ])
    })

    it('reads "won" as money only after a magnitude', () => {
      expect(units('The chipmaker earned 6.6 trillion won, and the team won 3 games.')).toEqual([
        ['6.6 trillion won', 6_600_000_000_000, 'KRW'],
        ['3', 3, 'count'],
      ])
    })

    it('reads the yen as news wires write it, "Y=" glued to the digits', () => {
      expect(units('The shares closed at Y=4,120, and profit rose to Y=85 billion.')).toEqual([
        ['Y=4,120', 4120, 'JPY'],
        ['Y=85 billion', 85_000_000_000, 'JPY'],
      ])
      // An equation is not money.
      expect(units('If Y = 4 then the team has won 3 games.')).toEqual([
        ['4', 4, 'count'],
        ['3', 3, 'count'],
      ])
    })

    it('reads the pound as ASCII transliteration writes it, "PS" glued to an amount', () => {
      // As in news text whose "£" became "PS" (NewsQuant's sentences are written so).
      expect(units('The package was worth up to PS2.7m, on top of a PS6m golden hello.')).toEqual([
        ['up to PS2.7m', 2_700_000, 'GBP'],
        ['PS6m', 6_000_000, 'GBP'],
      ])
      expect(units('Passengers paid HK$216,925 (PS21,700) for flights in a PS8.1bn deal.')).toEqual([
        ['HK$216,925', 216_925, 'HKD'],
        ['PS21,700', 21_700, 'GBP'],
        ['PS8.1bn', 8_100_000_000, 'GBP'],
      ])
      // Games consoles: a bare numeral after "PS" is a model.
      expect(units('He bought a PS5 and a PS4 Pro, and 2 games.')).toEqual([['2', 2, 'count']])
    })
  })
})

describe('units in Title Case headlines', () => {
  const units = (text: string) => findStatistics(text).map((s) => [s.text, s.value, s.unit, s.qualifier])

  it.each([
    ['Border Patrol Agents Seize 50 Pounds of Fentanyl', [['50 Pounds', 50, 'pound', 'exact']]],
    [
      'CBP Officers Seize Over 1,200 Pounds of Methamphetamine at Laredo Port of Entry',
      [['Over 1,200 Pounds', 1200, 'pound', 'over']],
    ],
    ['Police Seize 500 Kilograms of Cocaine in Port Raid', [['500 Kilograms', 500, 'kg', 'exact']]],
    ['Wildfire Destroys 200 Acres Near Northern Town', [['200 Acres', 200, 'acre', 'exact']]],
  ])('reads the capitalised unit of %j', (text, expected) => {
    expect(units(text)).toEqual(expected)
  })

  it('reads the unit of a release title the same way', () => {
    const dump =
      'Border Patrol Agents Seize 50 Pounds of Fentanyl\n\nSource: U.S. Customs and Border Protection\n\nAgents seized the drugs on Monday.\n'
    const [release] = splitReleases(dump).releases
    expect(findStatistics(release!).map((s) => [s.text, s.unit])).toEqual([['50 Pounds', 'pound']])
  })

  it('keeps a capitalised word after a number a name in prose', () => {
    expect(units('During 2016 Stone spoke to the committee.')).toEqual([])
    expect(
      findStatistics('The band played 20 Miles Davis songs at the gala.').map((s) => s.unit),
    ).not.toContain('mile')
  })
})
