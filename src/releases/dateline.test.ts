import { describe, expect, it } from 'vitest'
import { isoDay } from '../dates/timex'
import { type DatelineReading, readDatelineLine, readOpeningDateline, readsAsTimeLine } from './dateline'

/** What a reading says, as strings: the dateline's text, its place and its day. */
function said(text: string, r: DatelineReading | null) {
  if (!r) return null
  return {
    text: text.slice(0, r.end),
    place: r.place ? text.slice(r.place.start, r.place.end) : null,
    date: r.date ? isoDay(r.date) : null,
  }
}

describe('readOpeningDateline', () => {
  // Real opening lines (quoted as written, cut after the dateline's first words), then variants.
  it.each([
    [
      'LYON, France – An INTERPOL police operation to tackle online fraud',
      'LYON, France –',
      'LYON, France',
      null,
    ],
    [
      'EAGLE PASS, Texas – On Feb. 17, U.S. Customs and Border Protection officers',
      'EAGLE PASS, Texas –',
      'EAGLE PASS, Texas',
      null,
    ],
    [
      'PHARR, Texas—U.S. Customs and Border Protection, Office of Field Operations',
      'PHARR, Texas—',
      'PHARR, Texas',
      null,
    ],
    ['Tampa, Fla. — An Orlando man was sentenced Friday', 'Tampa, Fla. —', 'Tampa, Fla.', null],
    // A sheriff's office writes the day in brackets after the place.
    [
      'TAMPA, Fla. (June 4, 2024) - Hillsborough County Sheriff’s Office deputies arrested a man',
      'TAMPA, Fla. (June 4, 2024) -',
      'TAMPA, Fla.',
      '2024-06-04',
    ],
    [
      'Montgomery, Alabama – Today, United States Attorney Sandra J. Stewart announced',
      'Montgomery, Alabama –',
      'Montgomery, Alabama',
      null,
    ],
    [
      'ABIDJAN, Côte d’Ivoire: INTERPOL and the African Development Bank Group',
      'ABIDJAN, Côte d’Ivoire:',
      'ABIDJAN, Côte d’Ivoire',
      null,
    ],
    ['PORTLAND, Maine: A Westbrook woman was sentenced', 'PORTLAND, Maine:', 'PORTLAND, Maine', null],
    ['NEW ORLEANS — Special Agent in Charge (SAC) Constance Hester', 'NEW ORLEANS —', 'NEW ORLEANS', null],
    ['WASHINGTON - U.S. Immigration and Customs Enforcement', 'WASHINGTON -', 'WASHINGTON', null],
    ['MAY 14— A special team of Drug Enforcement Administration agents', 'MAY 14—', null, null],
    ['24 April 2018 - Every year, more than 720 million containers', '24 April 2018 -', null, '2018-04-24'],
    [
      'APR 18 - (Tampa, FL) Mark R. Trouville, Special Agent in Charge',
      'APR 18 - (Tampa, FL)',
      'Tampa, FL',
      null,
    ],
    [
      '(Washington, D.C.) In February of this year, the United States Secret Service',
      '(Washington, D.C.)',
      'Washington, D.C.',
      null,
    ],
    // A weekday before the day is no part of the place.
    [
      'Dublin, Tuesday, 3rd December 2024 – Gardaí have arrested a man.',
      'Dublin, Tuesday, 3rd December 2024 –',
      'Dublin',
      '2024-12-03',
    ],
    // A day after the place's dash, with a dash of its own.
    [
      'WASHINGTON, DC – December 3, 2024 – The Department of Justice today announced charges.',
      'WASHINGTON, DC – December 3, 2024 –',
      'WASHINGTON, DC',
      '2024-12-03',
    ],
    [
      'SAN DIEGO – (Dec. 3, 2024) – A man was sentenced today.',
      'SAN DIEGO – (Dec. 3, 2024) –',
      'SAN DIEGO',
      '2024-12-03',
    ],
    // A place in brackets with its dash.
    ['(PHOENIX) - Maricopa County Sheriff’s Office deputies arrested a man.', '(PHOENIX) -', 'PHOENIX', null],
    [
      '(WASHINGTON, D.C.) – The Department announced charges.',
      '(WASHINGTON, D.C.) –',
      'WASHINGTON, D.C.',
      null,
    ],
    [
      'DAYTON, Ohio, Dec. 3, 2024 – A Dayton man was sentenced',
      'DAYTON, Ohio, Dec. 3, 2024 –',
      'DAYTON, Ohio',
      '2024-12-03',
    ],
    [
      'LONDON, 12 March 2024 – Police are appealing for witnesses.',
      'LONDON, 12 March 2024 –',
      'LONDON',
      '2024-03-12',
    ],
    ['March 12, 2024 — The FBI announced the arrest of two men.', 'March 12, 2024 —', null, '2024-03-12'],
    // A day in brackets before the dash, with no place.
    [
      '(Dec. 3, 2024) — The Ontario government is investing $5 million.',
      '(Dec. 3, 2024) —',
      null,
      '2024-12-03',
    ],
    [
      '(3 December 2024) - The Environment Agency has welcomed a report.',
      '(3 December 2024) -',
      null,
      '2024-12-03',
    ],
    [
      'OTTAWA, ON (December 3, 2024) – Ottawa Police have charged a man.',
      'OTTAWA, ON (December 3, 2024) –',
      'OTTAWA, ON',
      '2024-12-03',
    ],
    // A place after the day, with a mark of its own.
    [
      'December 3, 2024 – OTTAWA – The RCMP has arrested two people.',
      'December 3, 2024 – OTTAWA –',
      'OTTAWA',
      '2024-12-03',
    ],
    [
      'December 3, 2024 — OTTAWA, Ontario — The RCMP has arrested two people.',
      'December 3, 2024 — OTTAWA, Ontario —',
      'OTTAWA, Ontario',
      '2024-12-03',
    ],
    [
      '3 December 2024 - Geneva - The World Health Organization warned today that hunger is rising.',
      '3 December 2024 - Geneva -',
      'Geneva',
      '2024-12-03',
    ],
    [
      '3 December 2024, Geneva – The World Health Organization warns that hunger is rising.',
      '3 December 2024, Geneva –',
      'Geneva',
      '2024-12-03',
    ],
    // A name in mixed case after the day, before a headline or a clause, is no place: the day alone.
    ['December 3, 2024 – Ottawa – Arrests rising', 'December 3, 2024 –', null, '2024-12-03'],
    [
      'December 3, 2024 – The RCMP – which leads the inquiry – arrested two men.',
      'December 3, 2024 –',
      null,
      '2024-12-03',
    ],
    [
      'Tuesday, December 3, 2024, New York – The company announced a new plan.',
      'Tuesday, December 3, 2024, New York –',
      'New York',
      '2024-12-03',
    ],
    [
      'Vienna (Austria), 5 March 2024 – Law enforcement authorities from five countries',
      'Vienna (Austria), 5 March 2024 –',
      'Vienna (Austria)',
      '2024-03-05',
    ],
    // A newswire's or an agency's tag after the day.
    [
      'TORONTO, May 8, 2023 /CNW/ - The Toronto Police Service announced',
      'TORONTO, May 8, 2023 /CNW/ -',
      'TORONTO',
      '2023-05-08',
    ],
    ['BRUSSELS, May 8 (Reuters) - Police said', 'BRUSSELS, May 8 (Reuters) -', 'BRUSSELS', null],
    // An agency's tag with the story straight after it, as Indian wires write it.
    [
      'Chennai, Jun 18 (IANS) The state government has announced a relief package.',
      'Chennai, Jun 18 (IANS)',
      'Chennai',
      null,
    ],
    ['NEW DELHI (PTI) The government on Tuesday approved the scheme.', 'NEW DELHI (PTI)', 'NEW DELHI', null],
    // A day and an agency's tag before a colon, the place in mixed case.
    [
      'Islamabad, June 4 (APP): The federal cabinet approved the budget on Tuesday.',
      'Islamabad, June 4 (APP):',
      'Islamabad',
      null,
    ],
    // A place in mixed case and a day before a colon, as an Australian agency opens its releases.
    [
      'Canberra, 3 March 2025: The Australian Federal Police has charged a man.',
      'Canberra, 3 March 2025:',
      'Canberra',
      '2025-03-03',
    ],
    // A place and a day before a spaced bar, as Eurojust opens its releases.
    [
      'The Hague, 17 June 2025 | Authorities in six countries have dismantled a criminal network.',
      'The Hague, 17 June 2025 |',
      'The Hague',
      '2025-06-17',
    ],
    [
      'LUXEMBOURG, 3 March 2025 | The court ruled today.',
      'LUXEMBOURG, 3 March 2025 |',
      'LUXEMBOURG',
      '2025-03-03',
    ],
    [
      'Sydney, Monday 3 March 2025: Police have arrested two men.',
      'Sydney, Monday 3 March 2025:',
      'Sydney',
      '2025-03-03',
    ],
    ['Wagga Wagga, 14 May: Detectives have charged a woman.', 'Wagga Wagga, 14 May:', 'Wagga Wagga', null],
    // An office's tag with its region after the day, as the WHO's regional offices write it.
    [
      'Copenhagen, 13 March 2025 (WHO/Europe) – The European Region reported 127 350 measles cases.',
      'Copenhagen, 13 March 2025 (WHO/Europe) –',
      'Copenhagen',
      '2025-03-13',
    ],
    ['GENEVA (WHO/AFRO) – The regional office said on Monday.', 'GENEVA (WHO/AFRO) –', 'GENEVA', null],
    // A UN programme's tag, its name joined by a hyphen, after the day.
    [
      'NAIROBI, 5 June 2024 (UN-Habitat) – The programme welcomed the pledges.',
      'NAIROBI, 5 June 2024 (UN-Habitat) –',
      'NAIROBI',
      '2024-06-05',
    ],
    [
      'NEW YORK, 8 March 2024 (UN-Women) – The agency called for action.',
      'NEW YORK, 8 March 2024 (UN-Women) –',
      'NEW YORK',
      '2024-03-08',
    ],
    // A UN body's tag straight after the place, with no day.
    [
      'NAIROBI (UN-Women) – The story of the programme began in 2019.',
      'NAIROBI (UN-Women) –',
      'NAIROBI',
      null,
    ],
    ['NAIROBI (UN-Habitat) – The programme welcomed the pledges.', 'NAIROBI (UN-Habitat) –', 'NAIROBI', null],
    ['NEW YORK (UN Women) – The agency called for action.', 'NEW YORK (UN Women) –', 'NEW YORK', null],
    ['GENEVA (UNHCR) – The agency said on Monday.', 'GENEVA (UNHCR) –', 'GENEVA', null],
    // A place in capitals whose vowel is a Y, or with its country in brackets.
    ['LYNN – Police have arrested a man.', 'LYNN –', 'LYNN', null],
    ['LONDON (England) – Police have arrested a man.', 'LONDON (England) –', 'LONDON (England)', null],
    // An intergovernmental body's tag, not opened by "UN", is the tag too.
    ['ROME (FAO) – The agency said on Monday.', 'ROME (FAO) –', 'ROME', null],
    ['GENEVA (ILO) – The organization said that jobs grew.', 'GENEVA (ILO) –', 'GENEVA', null],
    ['VIENNA (IAEA) – Inspectors have visited the plant.', 'VIENNA (IAEA) –', 'VIENNA', null],
    // A place in capitals stays one with a region in mixed case in brackets after it.
    ['KINSHASA (DR Congo) – Aid workers said.', 'KINSHASA (DR Congo) –', 'KINSHASA (DR Congo)', null],
    ['GOMA (North Kivu) – Fighting continues.', 'GOMA (North Kivu) –', 'GOMA (North Kivu)', null],
    // A region in a call sign's shape stays in the place.
    ['KINSHASA (DRC) – Aid workers said.', 'KINSHASA (DRC) –', 'KINSHASA (DRC)', null],
    // A region in capitals joined by a hyphen stays in the place.
    ['DURBAN (KWAZULU-NATAL) – Police said', 'DURBAN (KWAZULU-NATAL) –', 'DURBAN (KWAZULU-NATAL)', null],
    // An agency's tag straight after the place is no part of it.
    ['WASHINGTON (AP) — The Justice Department on Tuesday sued', 'WASHINGTON (AP) —', 'WASHINGTON', null],
    ['LONDON (Reuters) - British police said', 'LONDON (Reuters) -', 'LONDON', null],
    ['Washington (AP) — A federal judge on Monday', 'Washington (AP) —', 'Washington', null],
    ['PARIS (AFP) – French police arrested', 'PARIS (AFP) –', 'PARIS', null],
    ['SYDNEY, Australia (AP) — Police said', 'SYDNEY, Australia (AP) —', 'SYDNEY, Australia', null],
    // A national agency's tag, as governments' releases carry it.
    ['KUALA LUMPUR (Bernama) – Police arrested two men.', 'KUALA LUMPUR (Bernama) –', 'KUALA LUMPUR', null],
    ['MANILA (PNA) – The department said', 'MANILA (PNA) –', 'MANILA', null],
    ['NAIROBI (KNA) – The ministry said', 'NAIROBI (KNA) –', 'NAIROBI', null],
    ['PRETORIA (SAnews) – Police said', 'PRETORIA (SAnews) –', 'PRETORIA', null],
    ['MOSCOW (TASS) – The ministry said', 'MOSCOW (TASS) –', 'MOSCOW', null],
    ['WELLINGTON (RNZ) – Police have named the man who died.', 'WELLINGTON (RNZ) –', 'WELLINGTON', null],
    ['SYDNEY (ABC) – Police said', 'SYDNEY (ABC) –', 'SYDNEY', null],
    // A broadcaster's call sign after the place is no part of it.
    [
      'LAS VEGAS (KSNV) — Police have arrested a man after a shooting.',
      'LAS VEGAS (KSNV) —',
      'LAS VEGAS',
      null,
    ],
    ['DENVER (KDVR) -- Firefighters battled a fire on Tuesday.', 'DENVER (KDVR) --', 'DENVER', null],
    ['BOSTON (WBZ) – Dozens of schools were closed.', 'BOSTON (WBZ) –', 'BOSTON', null],
    ['Denver (KDVR-TV) — Crews were called to a fire.', 'Denver (KDVR-TV) —', 'Denver', null],
    ['DENVER, Colo. (KDVR-TV) — Crews were called.', 'DENVER, Colo. (KDVR-TV) —', 'DENVER, Colo.', null],
    ['HOUSTON, Texas (KPRC) – Deputies arrested two men.', 'HOUSTON, Texas (KPRC) –', 'HOUSTON, Texas', null],
    // Another country's: Canadian after C, Mexican after X, an Australian station's state digit.
    ['TORONTO (CFTO) — Police have arrested a man after a shooting.', 'TORONTO (CFTO) —', 'TORONTO', null],
    ['VANCOUVER (CKNW) – Officers are appealing for witnesses.', 'VANCOUVER (CKNW) –', 'VANCOUVER', null],
    ['Montreal (CJAD) — Firefighters battled a blaze overnight.', 'Montreal (CJAD) —', 'Montreal', null],
    ['HAMILTON, Ont. (CHCH-TV) – Police said', 'HAMILTON, Ont. (CHCH-TV) –', 'HAMILTON, Ont.', null],
    ['TIJUANA (XEWT) – Police arrested two men.', 'TIJUANA (XEWT) –', 'TIJUANA', null],
    ['SYDNEY (2GB) - A man has been charged after a robbery.', 'SYDNEY (2GB) -', 'SYDNEY', null],
    ['MELBOURNE (3AW) – Police are hunting a driver.', 'MELBOURNE (3AW) –', 'MELBOURNE', null],
    // A Philippine, Japanese or South Korean station, by its country's ITU prefix.
    ['MANILA (DZRH) – Police arrested three suspects.', 'MANILA (DZRH) –', 'MANILA', null],
    ['CEBU CITY (DYSS) - Firefighters put out a blaze.', 'CEBU CITY (DYSS) -', 'CEBU CITY', null],
    ['Davao City (DXAB) – Police said', 'Davao City (DXAB) –', 'Davao City', null],
    ['TOKYO (JOAK) – The agency said', 'TOKYO (JOAK) –', 'TOKYO', null],
    ['SEOUL (HLKA) – Police said', 'SEOUL (HLKA) –', 'SEOUL', null],
    // A region in a call sign's shape stays in the place.
    ['DURBAN (KZN) - A man has been charged after a robbery.', 'DURBAN (KZN) -', 'DURBAN (KZN)', null],
    ["N'DJAMENA (CHAD) – The government said", "N'DJAMENA (CHAD) –", "N'DJAMENA (CHAD)", null],
    ['RIYADH (KSA) – The ministry said', 'RIYADH (KSA) –', 'RIYADH (KSA)', null],
    ['PESHAWAR (KPK) - Police said', 'PESHAWAR (KPK) -', 'PESHAWAR (KPK)', null],
    ['NAIROBI (KEN) – The ministry said', 'NAIROBI (KEN) –', 'NAIROBI (KEN)', null],
    // A bracketed word near a prefix that is no call sign's shape stays: two letters, or five.
    ['MANILA (DZ) – Police said', 'MANILA (DZ) –', 'MANILA (DZ)', null],
    ['MANILA (DZRHX) – Police said', 'MANILA (DZRHX) –', 'MANILA (DZRHX)', null],
    ['BERLIN (DW) – The government said', 'BERLIN (DW) –', 'BERLIN (DW)', null],
    ['OTTAWA (ON) – Police said', 'OTTAWA (ON) –', 'OTTAWA (ON)', null],
    [
      'NEW YORK, May 8, 2024 (GLOBE NEWSWIRE) -- The company said',
      'NEW YORK, May 8, 2024 (GLOBE NEWSWIRE) --',
      'NEW YORK',
      '2024-05-08',
    ],
    ['NEW YORK /PRNewswire/ -- The company said', 'NEW YORK /PRNewswire/ --', 'NEW YORK', null],
    // A wire's tag set between double hyphens, with no space before the story.
    [
      'AUSTIN, Texas--(BUSINESS WIRE)--Globex Corporation today announced a new platform.',
      'AUSTIN, Texas--(BUSINESS WIRE)--',
      'AUSTIN, Texas',
      null,
    ],
    [
      'SAN JOSE, Calif., Dec. 3, 2024--(BUSINESS WIRE)--Acme Inc. today reported results.',
      'SAN JOSE, Calif., Dec. 3, 2024--(BUSINESS WIRE)--',
      'SAN JOSE, Calif.',
      '2024-12-03',
    ],
    // The day after a wire's tag, closed by double hyphens of its own, spaced or not.
    [
      'SAN FRANCISCO--(BUSINESS WIRE)--March 4, 2025-- Acme Corp. today announced a new platform.',
      'SAN FRANCISCO--(BUSINESS WIRE)--March 4, 2025--',
      'SAN FRANCISCO',
      '2025-03-04',
    ],
    [
      'AUSTIN, Texas--(BUSINESS WIRE)--Tuesday, March 4, 2025--Globex Corporation today said',
      'AUSTIN, Texas--(BUSINESS WIRE)--Tuesday, March 4, 2025--',
      'AUSTIN, Texas',
      '2025-03-04',
    ],
    [
      'BOSTON--(BUSINESS WIRE)--Dec. 3, 2024 -- Initech Inc. today reported results.',
      'BOSTON--(BUSINESS WIRE)--Dec. 3, 2024 --',
      'BOSTON',
      '2024-12-03',
    ],
    [
      'LONDON--(BUSINESS WIRE)--4 March 2025--Globex plc today named a new chief financial officer.',
      'LONDON--(BUSINESS WIRE)--4 March 2025--',
      'LONDON',
      '2025-03-04',
    ],
    // A figure after the hyphens is a range's end, not the story: the tag closes the dateline.
    [
      'DALLAS--(BUSINESS WIRE)--March 4--5 will see Acme Corp. hold its annual meeting.',
      'DALLAS--(BUSINESS WIRE)--',
      'DALLAS',
      null,
    ],
    [
      'TORONTO, March 4, 2025 /CNW/ - Maple Bank today reported results.',
      'TORONTO, March 4, 2025 /CNW/ -',
      'TORONTO',
      '2025-03-04',
    ],
    // A country written with its article.
    [
      'The Hague, the Netherlands – Law enforcement authorities from Germany and Austria',
      'The Hague, the Netherlands –',
      'The Hague, the Netherlands',
      null,
    ],
    ['MANILA, the Philippines – Police said', 'MANILA, the Philippines –', 'MANILA, the Philippines', null],
    // A story filed from two cities.
    ['GENEVA/BRUSSELS – The two agencies said', 'GENEVA/BRUSSELS –', 'GENEVA/BRUSSELS', null],
    ['LONDON/PARIS, May 8 (Reuters) - Police said', 'LONDON/PARIS, May 8 (Reuters) -', 'LONDON/PARIS', null],
    [
      'Stoke-on-Trent, Staffordshire – Officers were called',
      'Stoke-on-Trent, Staffordshire –',
      'Stoke-on-Trent, Staffordshire',
      null,
    ],
    // A place alone before a colon, in any case, when a full sentence follows.
    [
      'Los Angeles: Detectives are seeking the public’s help to identify a man.',
      'Los Angeles:',
      'Los Angeles',
      null,
    ],
    ['New Delhi: The Delhi Police have arrested three men.', 'New Delhi:', 'New Delhi', null],
    ['Auckland: Police arrested a man after a chase.', 'Auckland:', 'Auckland', null],
    ['WASHINGTON: The Justice Department has sued the state.', 'WASHINGTON:', 'WASHINGTON', null],
    ['The Hague: Eurojust has supported the German and Dutch authorities.', 'The Hague:', 'The Hague', null],
    // A common word of a place's name may be written in lower case in the story.
    ['Kansas City: Police in the city have arrested a man.', 'Kansas City:', 'Kansas City', null],
    // A city and its region's abbreviation before a colon, in mixed case.
    ['Canberra, ACT: The Government today announced new funding.', 'Canberra, ACT:', 'Canberra, ACT', null],
    ['Hobart, Tas.: Police have arrested two men.', 'Hobart, Tas.:', 'Hobart, Tas.', null],
    ['Brisbane, Qld: The Premier today opened the hospital.', 'Brisbane, Qld:', 'Brisbane, Qld', null],
    ['Tampa, Fla.: An indictment was unsealed today.', 'Tampa, Fla.:', 'Tampa, Fla.', null],
    // A place alone in mixed case before a dash, when a full sentence follows.
    ['Baltimore – A man was sentenced to ten years in prison.', 'Baltimore –', 'Baltimore', null],
    ['Washington — The Justice Department announced charges today.', 'Washington —', 'Washington', null],
    ['Glasgow - Officers have arrested two men after a raid.', 'Glasgow -', 'Glasgow', null],
    // Two words of a place's name, alone before a colon or a dash: one of them is a place's word.
    ['San Diego – A man was sentenced to ten years in prison.', 'San Diego –', 'San Diego', null],
    ['St Albans: Police have arrested two men after a raid.', 'St Albans:', 'St Albans', null],
    ['Box Hill – Officers were called to a shop on Tuesday.', 'Box Hill –', 'Box Hill', null],
    ['Gold Coast: A man has been charged with fraud.', 'Gold Coast:', 'Gold Coast', null],
    ['Grand Rapids – A man was sentenced on Tuesday.', 'Grand Rapids –', 'Grand Rapids', null],
    ['Tunbridge Wells: Police have arrested two men.', 'Tunbridge Wells:', 'Tunbridge Wells', null],
    ['Wagga Wagga – A man has been charged with fraud.', 'Wagga Wagga –', 'Wagga Wagga', null],
    // An update's notice of its day, with the story on the same line.
    [
      'UPDATE 5 June 2024: A 24-year-old man has now been charged with attempted murder.',
      'UPDATE 5 June 2024:',
      null,
      '2024-06-05',
    ],
    ['Update (June 5, 2024): The road has now reopened.', 'Update (June 5, 2024):', null, '2024-06-05'],
    ['Updated – 12 March 2024 – The man has been named.', 'Updated – 12 March 2024 –', null, '2024-03-12'],
    [
      'Last updated: Tuesday 4 June 2024 - Officers remain at the scene.',
      'Last updated: Tuesday 4 June 2024 -',
      null,
      '2024-06-04',
    ],
    // A day in figures after the place: full stops write the day first; slashes count when a
    // part over 12 says the order.
    [
      'Brussels, 18.06.2024 – Judicial authorities from 14 countries carried out action days.',
      'Brussels, 18.06.2024 –',
      'Brussels',
      '2024-06-18',
    ],
    [
      'New Delhi, 12.03.2024 - The Ministry launched a campaign.',
      'New Delhi, 12.03.2024 -',
      'New Delhi',
      '2024-03-12',
    ],
    ['Sydney, NSW, 14/6/2024 - A man was charged.', 'Sydney, NSW, 14/6/2024 -', 'Sydney, NSW', '2024-06-14'],
    ['WASHINGTON, 6/14/2024 – A man was sentenced.', 'WASHINGTON, 6/14/2024 –', 'WASHINGTON', '2024-06-14'],
    // The place and the day in one pair of brackets, as Human Rights Watch opens its releases.
    [
      '(Geneva, March 3, 2025) – Migrants held in detention centers face torture, Human Rights Watch said today.',
      '(Geneva, March 3, 2025) –',
      'Geneva',
      '2025-03-03',
    ],
    [
      '(Beirut, 3 March 2025) – Lebanese authorities should release the activists.',
      '(Beirut, 3 March 2025) –',
      'Beirut',
      '2025-03-03',
    ],
    ['(WASHINGTON, March 3) – The agency said today.', '(WASHINGTON, March 3) –', 'WASHINGTON', null],
    // Two cities filed from, the first of two words.
    [
      'NEW YORK/GENEVA, 3 March 2025 – More than 3 million children face hunger.',
      'NEW YORK/GENEVA, 3 March 2025 –',
      'NEW YORK/GENEVA',
      '2025-03-03',
    ],
    [
      'PORT MORESBY/NEW YORK – The United Nations said on Monday.',
      'PORT MORESBY/NEW YORK –',
      'PORT MORESBY/NEW YORK',
      null,
    ],
    // A space on each side of the slash, as UN agencies write it.
    [
      'GENEVA / NEW YORK, 3 March 2025 – More than 3 million children face hunger.',
      'GENEVA / NEW YORK, 3 March 2025 –',
      'GENEVA / NEW YORK',
      '2025-03-03',
    ],
    [
      'GENEVA / NEW YORK (3 March 2025) – More than 3 million children face hunger.',
      'GENEVA / NEW YORK (3 March 2025) –',
      'GENEVA / NEW YORK',
      '2025-03-03',
    ],
  ])('reads %s', (text, dateline, place, date) => {
    expect(said(text, readOpeningDateline(text))).toEqual({ text: dateline, place, date })
  })

  it('reads two hyphens as the dash of text written without long dashes', () => {
    // Real openings (wide corpus) with their long dash written as two hyphens.
    const pharr = 'PHARR, Texas--U.S. Customs and Border Protection, Office of Field Operations'
    expect(said(pharr, readOpeningDateline(pharr))).toEqual({
      text: 'PHARR, Texas--',
      place: 'PHARR, Texas',
      date: null,
    })
    const may = 'MAY 14-- A special team of Drug Enforcement Administration agents from Dallas'
    expect(said(may, readOpeningDateline(may))?.text).toBe('MAY 14--')
    for (const text of [
      'WASHINGTON -- The Justice Department',
      'NEW YORK--The Justice Department',
      'AUSTIN, Texas--Police arrested a man.',
    ])
      expect(said(text, readOpeningDateline(text))?.place, text).toBe(text.split('-')[0]!.trim())
    // A wire's tag between two pairs of hyphens stays the wire's; three hyphens are a rule, no dash.
    expect(
      readOpeningDateline('AUSTIN, Texas--(BUSINESS WIRE)--Acme Corp. today announced')?.place,
    ).not.toBeNull()
    expect(readOpeningDateline('Notes---The road remains closed.')).toBeNull()
  })

  it('reads a dateline whose story a narrow column put on the next line of its paragraph', () => {
    // A real opening (wide corpus) cut at 36 characters, and a variant with a day.
    const text =
      'OHRID, North Macedonia –\nStrengthening international police\ncooperation to counter the threat.'
    expect(said(text, readOpeningDateline(text))).toEqual({
      text: 'OHRID, North Macedonia –',
      place: 'OHRID, North Macedonia',
      date: null,
    })
    const dated = 'GENEVA (3 March 2025) –\nMore than 3 million children face hunger.'
    expect(said(dated, readOpeningDateline(dated))?.date).toBe('2025-03-03')
    // A line in lower case goes on a sentence cut at its dash; a colon at a line's end leads into a list.
    expect(readOpeningDateline('Sales in Paris –\nand in Lyon, rose.')).toBeNull()
    expect(readOpeningDateline('Contact Media Office:\nJane Doe, 01234 567890')).toBeNull()
  })

  it.each([
    ['a sentence', 'The Northland Organised Crime Unit has made two additional arrests.'],
    ['a label in capitals', 'UPDATE – Police have now named the man.'],
    ['a label with a colon', 'Note: the road remains closed.'],
    [
      'a name and office before a colon',
      'Superintendent Jane Smith, Local Policing Commander: “We will not rest.”',
    ],
    ['a title-case phrase before a dash', 'Waiharara Fire Update - 3 January 2022'],
    ['a number that is no day', 'UPDATE 3 – Police name the man who died.'],
    ['a count before a dash', 'Three members of a UK criminal network - which laundered at least £180m'],
    ['an opening "Today,"', 'Today, the European Commission is presenting the sixth report.'],
    ['a dateline with nothing after it', 'WASHINGTON –'],
    ['a quotation', '“This is a dateline –” she said.'],
    ['a name with a bracket before a dash', 'Police (Scotland) said – nothing more.'],
    ['a sentence that opens with "The" before a dash', 'The man – who was 32 – died.'],
    ['a country with its article alone before a dash', 'The Netherlands – a country of canals.'],
    ['words joined by a slash before a dash in a sentence', 'Drugs/weapons – both were found.'],
    ['a label with an agency’s tag', 'UPDATE (AP) — Police have named the man.'],
    ['a label with an office’s tag and its region', 'UPDATE (WHO/Europe) – The agency said.'],
    ['a member’s party and state in brackets', 'Jane Doe, 5 June (D-Ohio) – The senator said.'],
    ['a sentence with an agency in brackets', 'The agency (AP) said – nothing more.'],
    ['a day in a bracket left open', 'TAMPA, Fla. (June 4, 2024 - deputies arrested a man.'],
    ['a double hyphen inside words', 'Anti--Social behaviour orders were issued.'],
    ['a word in mixed case before a double hyphen', 'Austin--Police arrested a man.'],
    ['a tag between double hyphens with nothing after it', 'AUSTIN, Texas--(BUSINESS WIRE)--'],
    ['a bracketed label before a dash', '(UPDATE) - Police have named the man.'],
    ['a bracketed label and a day before a dash', '(Update, March 3, 2025) – The road has reopened.'],
    ['a bracketed place and a word that is no month', '(Geneva, Smarch 3, 2025) – The agency said today.'],
    ['a bracketed place and a day left open', '(Geneva, March 3, 2025 – The agency said today.'],
    ['words in capitals joined by a slash, a lower-case word after', 'Drugs/Weapons – both were found.'],
    // Slashes that do not say which part is the month, a day without its year, a ratio.
    ['a day in figures of either order', 'Sydney, 5/6/2024 - A man was charged.'],
    ['a day in figures without a year', 'Brussels, 18.06 – Judicial authorities met.'],
    ['a count in figures after a name', 'Arrests, 12.5 – a rise of 3 per cent.'],
    // Near-misses of a call sign, a day in brackets and a place after the day.
    ['a label with a call sign', 'UPDATE (KSNV) — Police have named the man.'],
    ['a label with a UN body’s tag', 'UPDATE (UN-Women) – The event has moved.'],
    // Capitals with no vowel are initials, with a region in brackets or none.
    ['a body and its region in brackets', 'NHS (England) – The service has published its figures.'],
    ['a broadcaster and its nation in brackets', 'BBC (Scotland) – The broadcaster has said it will appeal.'],
    ['a body’s initials alone', 'HMRC – Officers have seized 5 tonnes of tobacco.'],
    // Three capitals or fewer before a region in brackets are a body's branch.
    ['an agency and its nation in brackets', 'NCA (Scotland) – Officers have arrested a man.'],
    [
      'an agency and its nation before a long story',
      'HSE (Wales) – Inspectors have visited 40 building sites this year.',
    ],
    ['a label with a station’s digit', 'UPDATE (2GB) - Police have named the man.'],
    ['a label with a Philippine call sign', 'UPDATE (DZRH) – Police have named the man.'],
    ['a name and a day before a colon, no agency', 'Jane Smith, June 4 (Police): We will not rest.'],
    [
      'a place and a bracket that is no agency before the story',
      'TAMPA, Fla. (June 4, 2024) Deputies arrested a man.',
    ],
    [
      'a place and a region in brackets before the story',
      'Vienna (Austria) The ministry said – nothing more.',
    ],
    ['a name and an agency with a lower-case word after', 'Chennai, Jun 18 (IANS) the state said – nothing.'],
    ['a name, a day and an agency before a colon, a quote after', 'Jane Smith, June 4: “We will not rest.”'],
    ['a place and a day before a colon, a quote after', 'Canberra, 3 March 2025: “We will not rest.”'],
    ['a person and a day before a colon', 'Mark Jones, 3 March 2025: The scheme has been a success.'],
    [
      'a place and a bar without a day',
      'The Hague | Authorities in six countries have dismantled a network.',
    ],
    ['a person and a day before a bar', 'Mark Jones, 3 March 2025 | The scheme has been a success.'],
    ['a place and a day before a bar, a quote after', 'The Hague, 17 June 2025 | “We will not rest.”'],
    ['a page’s trail of bars', 'Home | News | Police arrest man after a raid in the city centre'],
    ['a label and a day before a bar', 'Press release, 3 March 2025 | The scheme has helped.'],
    ['a court and a day before a colon', 'Crown Court, 3 March 2025: A man was jailed.'],
    ['a sentence with a station in brackets', 'The station (2GB) said - nothing more.'],
    ['a day in a bracket left open before the dash', '(Dec. 3, 2024 — The government is investing.'],
    ['a day and its comma before a sentence', '3 December 2024, Police arrested a man after a raid.'],
    [
      'a day and its comma before a person’s name',
      'December 3, 2024, Jane Smith – The scheme has been a success.',
    ],
    ['a day and its comma before a label', '3 December 2024, Update – The road has reopened.'],
    // A colon after capitalised words that are no place (real titles, then variants).
    [
      'a kicker over a headline',
      'Europe: Drug trafficking, organized crime increasing by “an order of magnitude”',
    ],
    [
      'a body over a headline',
      'Security Union: Commission outlines priorities on combatting serious and organised crime',
    ],
    [
      'an operation over a headline',
      'Operation Tauwhiro: Number Of Firearms, Drugs, Seized In Central Auckland',
    ],
    ['a label before a sentence', 'Update: Police have now named the man who died.'],
    ['a label of two words', 'Road Closure: Police are advising motorists that the A9 is closed.'],
    ['an operation before a sentence', 'Operation Tarn: Police have arrested seven people.'],
    ['a rank and a name', 'Chief Inspector Jones: The team has worked hard.'],
    ['an honorific and a name', 'Mr Smith: The scheme has been a success.'],
    ['a court', 'Crown Court: A man was jailed for five years.'],
    ['a weekday', 'Monday: Officers were called to the scene.'],
    [
      'a topic the story writes in lower case',
      'Knife Crime: Police have seized 50 knives in a week of action on knife crime.',
    ],
    ['a speaker who says “we”', 'Jane Smith: We have been working hard on this.'],
    ['a quotation after a place', 'Los Angeles: “We will find him,” said Chief Moore.'],
    ['a name and a region before a colon', 'Jane Smith, WA: The team has worked hard.'],
    ['a rank, a name and a region', 'Senator Jane Smith, WA: The team has worked hard.'],
    ['a quotation after a region', 'Canberra, ACT: “We will find him,” said Chief Moore.'],
    ['a word that is no region', 'Perth, Ore: Police have arrested two men.'],
    ['a place before a headline without a verb', 'Auckland: Record seizures at the border.'],
    ['a place before words without a full stop', 'Auckland: Police have arrested a man'],
    // A dash after capitalised words in mixed case that are no place.
    ['a label before a dash', 'Update – Police have now named the man who died.'],
    ['an update with no day', 'Update on the investigation: officers have arrested a man.'],
    ['an update whose day is no day', 'Update 31 June 2024: The road has reopened.'],
    ['a name before a speaker’s dash', 'Jane Smith – We have been working hard on this.'],
    [
      'a topic before a dash',
      'Knife Crime – Police have seized 50 knives in a week of action on knife crime.',
    ],
    ['an operation before a dash', 'Operation Sceptre – Officers have arrested seven people.'],
    ['a rank and a name before a dash', 'Detective Inspector Jones – The team has worked hard.'],
    ['a day word before a dash', 'Yesterday – Officers were called to the scene.'],
    ['a place in mixed case before a headline', 'Baltimore – Record seizures at the port'],
    // A person's name in mixed case before a colon or a dash and a sentence in the third person.
    [
      'a first and last name before a colon',
      'Jane Smith: The scheme has helped hundreds of families in the area since it began.',
    ],
    [
      'a first and last name before a dash',
      'Mark Jones – The scheme has made a real difference to the town.',
    ],
    ['a name with an initial', 'Mark A. Jones - The project was completed on time.'],
    ['a name with a Scottish surname', 'Fiona McDonald: Volunteers were trained over the summer.'],
    ['a one-word name whose sentence says “our”', 'Baltimore – The scheme has helped our community grow.'],
    // A web page's labels of its media and links.
    ['a label of a video with its kind', 'WATCH (Video) – The council has published a new video.'],
    ['a label of a video', 'VIDEO – Officers arrested three men after a chase.'],
    ['a label of audio', 'LISTEN – The council has launched a podcast about the borough.'],
    ['a label of a link', 'READ MORE – The roadworks will finish a week early.'],
    // Three capitals or fewer alone are a body's initials: no place's name is so short in capitals.
    ['a body’s initials with a vowel', 'NCA – Five members of a gang have been jailed.'],
    ['an agency’s initials with a vowel', 'FBI – Three men were charged with fraud.'],
    // A body the lexicons list.
    ['a UN body’s initials', 'UNICEF – The agency has warned of a funding gap.'],
    ['an international body’s initials', 'WHO – The organization has declared an emergency.'],
  ])('reads no dateline in %s', (_, text) => {
    expect(readOpeningDateline(text)).toBeNull()
  })
})

describe('readOpeningDateline with the rest of the release', () => {
  it.each([
    [
      'Milton Keynes – A man has been jailed for six years.',
      'Man jailed for drug supply in Milton Keynes',
      'Milton Keynes',
    ],
    ['Ann Arbor: Police have arrested two men.', 'Officers patrolled near Ann Arbor overnight.', 'Ann Arbor'],
    [
      'Baton Rouge – Deputies arrested two men Tuesday after a shooting.',
      "East Baton Rouge Parish Sheriff's Office",
      'Baton Rouge',
    ],
    [
      'Milton Keynes – The council has launched a three-year plan.',
      'Milton Keynes City Council',
      'Milton Keynes',
    ],
  ])('reads %s as a place the release names as one elsewhere', (text, context, place) => {
    expect(readOpeningDateline(text, context)?.place).toEqual({ start: 0, end: place.length })
  })

  it.each([
    [
      'Mark Jones – The scheme has made a real difference to the town.',
      'A message from Mark Jones to residents',
    ],
    [
      'Jane Smith: The scheme has helped hundreds of families in the area.',
      "The court heard evidence in Jane Smith's case.",
    ],
    ['Jane Smith: The scheme has helped hundreds of families.', 'Jane Smith Report on policing'],
    ['Milton Keynes – A man has been jailed for six years.', 'Man jailed in New Milton Keynesian court'],
  ])('reads no dateline in %s beside a name no place word marks', (text, context) => {
    expect(readOpeningDateline(text, context)).toBeNull()
  })

  it.each([
    ['ECB – The European Central Bank has kept interest rates unchanged.', ''],
    ['NCA – Officers have arrested two men in Dover.', 'National Crime Agency officers arrested two men.'],
    ['FBI — Agents have arrested a man in Texas.', 'The Federal Bureau of Investigation said on Tuesday.'],
  ])('reads no place in %s, an acronym of a name the release writes', (text, context) => {
    expect(readOpeningDateline(text, context)).toBeNull()
  })

  it.each([
    ['SEPA (Scotland) – Bathers have been warned about three beaches.', 'SEPA said the water was unsafe.'],
    ['SEPA (Scotland) – Bathers were warned, and SEPA will test again.', ''],
    ['DVLA – Drivers have been warned about fake texts.', 'Fake DVLA texts\nThe DVLA said.'],
  ])('reads no place in %s, a word the release writes again in capitals only', (text, context) => {
    expect(readOpeningDateline(text, context)).toBeNull()
  })

  it.each([
    [
      'SEPA (Scotland) – Bathers have been warned about three beaches.',
      'The agency said the water was unsafe.',
    ],
    ['CAFOD (England) – The charity has launched an appeal.', 'Donations are welcome.'],
    ['OFWAT (Wales) – The regulator has fined two firms.', ''],
  ])('reads no place in %s, a word before a nation of the state in brackets', (text, context) => {
    expect(readOpeningDateline(text, context)).toBeNull()
  })

  it.each([
    // Named as a place in mixed case; a country in brackets is no body's branch.
    [
      'NAIRN (Scotland) – Police have arrested a man.',
      'He is due at Nairn Sheriff Court.',
      'NAIRN (Scotland)',
    ],
    ['ROME (Italy) – The council has approved a plan.', 'The council said.', 'ROME (Italy)'],
    // Written again only on a line all in capitals, as a title or a signature writes a place.
    ['DEAL – Work on the harbour wall will begin.', 'HARBOUR WORKS IN DEAL', 'DEAL'],
    ['HOVE – The seafront will reopen.', 'SEAFRONT TO REOPEN IN HOVE\nHOVE TOWN COUNCIL', 'HOVE'],
  ])(
    'reads %s as a place before its country, named in mixed case or in a line of capitals',
    (text, context, place) => {
      expect(readOpeningDateline(text, context)?.place).toEqual({ start: 0, end: place.length })
    },
  )

  it.each([
    ['ELY – A man has been jailed after a burglary.', 'Man jailed after burglary in Ely', 'ELY'],
    ['RYE – The festival returns this weekend.', 'Tickets for events in Rye are selling fast.', 'RYE'],
  ])('reads %s as a short town the release names as a place', (text, context, place) => {
    expect(readOpeningDateline(text, context)?.place).toEqual({ start: 0, end: place.length })
  })

  it.each([
    // A short word the release never names as a place, or names only at a sentence's start.
    ['ELY – A man has been jailed after a burglary.', 'Officers arrested him in March.'],
    ['ICE – Officers arrested a man.', 'Ice on the roads slowed them.'],
    ['NCA – Officers have arrested two men.', 'The men were held in Dover.'],
  ])('reads no place in %s, short capitals with no place named', (text, context) => {
    expect(readOpeningDateline(text, context)).toBeNull()
  })

  it.each([
    ['WASHINGTON – The committee has backed new rules.', 'The vote was held in Washington.', 'WASHINGTON'],
    ['PARIS, 3 March 2025 – The committee has backed new rules.', '', 'PARIS'],
    // Capitals that spell no name the release writes.
    ['ROME – The council has approved a new plan.', 'The Regional Council said.', 'ROME'],
    // Written again in mixed case, or again in capitals but longer than initials, or a label's word in a place's name.
    ['ROME – The council has approved a new plan.', 'ROME – The council met in Rome.', 'ROME'],
    ['ROME (Italy) – The council has approved a plan.', 'The council said.', 'ROME (Italy)'],
    ['LONDON – The council has approved a new plan.', 'LONDON – The council said.\nLONDON', 'LONDON'],
    ['READING – The council has approved a new plan.', 'The council said.', 'READING'],
  ])('still reads %s as a place', (text, context, place) => {
    expect(readOpeningDateline(text, context)?.place).toEqual({ start: 0, end: place.length })
  })
})

describe('readDatelineLine with the rest of the release', () => {
  const STORY = 'The committee on Tuesday backed new rules on product safety in Washington by 35 votes to 2.'

  it.each([
    ['WASHINGTON', STORY],
    ['BRUSSELS', 'Ministers met in Brussels on Tuesday.'],
    ['WINSTON-SALEM', 'Police in Winston-salem said.'],
  ])('reads %s alone in capitals as a place the release writes in mixed case', (line, context) => {
    expect(readDatelineLine(line, { context })?.place).toEqual({ start: 0, end: line.length })
    expect(readDatelineLine(line, { context: () => context })?.place).toEqual({ start: 0, end: line.length })
  })

  it.each([
    [
      'an acronym the story never writes in mixed case',
      'IMCO',
      'The Internal Market Committee on Tuesday backed new rules.',
    ],
    ['the initials of a name', 'ECB', 'The European Central Bank kept rates unchanged in Frankfurt.'],
    ['a place the release does not write', 'WASHINGTON', 'The committee on Tuesday backed new rules.'],
    ['a word without the release', 'WASHINGTON', undefined],
  ])('reads no place in %s', (_, line, context) => {
    expect(readDatelineLine(line, context === undefined ? {} : { context })).toBeNull()
  })

  it('keeps a place alone with its dash, its region or its day, whatever the release writes', () => {
    expect(readDatelineLine('WASHINGTON –')?.place).toEqual({ start: 0, end: 10 })
    expect(readDatelineLine('WASHINGTON, D.C.')?.place).toEqual({ start: 0, end: 16 })
    expect(readDatelineLine('LONDON, 12 March 2024')?.date).not.toBeNull()
  })

  it('looks for initials in linear time', () => {
    const start = performance.now()
    // Written in mixed case too, so that the initials are looked for.
    readDatelineLine('ABCDEF', { context: `Abcdef ${'Abc Bcd Cde Def Efg '.repeat(4000)}Abc` })
    readDatelineLine('ABCDEF', { context: `Abcdef ${'Abc and of '.repeat(8000)}` })
    readOpeningDateline('ABCDEF – The council has approved it.', `${'Abc Bcd Cde Def Eee '.repeat(4000)}`)
    expect(performance.now() - start).toBeLessThan(200)
  })
})

describe('readDatelineLine', () => {
  it.each([
    ['8 May 2023', null, '2023-05-08'],
    ['20 February 2025', null, '2025-02-20'],
    ['25 November 2024', null, '2024-11-25'],
    ['Tuesday, 14 May 2024 - 3:45pm', null, '2024-05-14'],
    ['Published: 12 March 2024', null, '2024-03-12'],
    ['Published: 14/05/2024', null, '2024-05-14'],
    ['Date: 2024-05-14', null, '2024-05-14'],
    // A day's "of" between its ordinal and its month.
    ['Date: 12th of March 2024', null, '2024-03-12'],
    ['Tuesday 12th of March 2024', null, '2024-03-12'],
    ['Friday 17 November', null, null],
    ['Washington, D.C.', 'Washington, D.C.', null],
    // A region in capitals, whatever rank its letters also spell ("DC").
    ['Washington, DC', 'Washington, DC', null],
    ['Bishop, California', 'Bishop, California', null],
    ['(Washington, D.C.)', 'Washington, D.C.', null],
    ['WASHINGTON –', 'WASHINGTON', null],
    ['LONDON, 12 March 2024', 'LONDON', '2024-03-12'],
    ['OTTAWA, ON, May 8, 2023 /CNW/ -', 'OTTAWA, ON', '2023-05-08'],
    ['May 8, 2023 | Washington, DC', 'Washington, DC', '2023-05-08'],
    ['Lyon (France)', 'Lyon (France)', null],
    ['Vienna (Austria), 5 March 2024', 'Vienna (Austria)', '2024-03-05'],
    // The day in brackets after the place, as UN agencies in Geneva print it.
    ['GENEVA (5 March 2024)', 'GENEVA', '2024-03-05'],
    ['Geneva (March 5, 2024)', 'Geneva', '2024-03-05'],
    ['NEW YORK (5 March 2024) –', 'NEW YORK', '2024-03-05'],
    ['GENEVA / NEW YORK (5 March 2024)', 'GENEVA / NEW YORK', '2024-03-05'],
    ['WASHINGTON (AP) —', 'WASHINGTON', null],
    ['Wednesday, April 10, 2024 - 10:45 a.m.', null, '2024-04-10'],
    // A time with its seconds, as some police pages write it.
    ['Tuesday, 03 December 2024 09:42:15 AM', null, '2024-12-03'],
    ['3 December 2024, 14:30:00', null, '2024-12-03'],
    // Other leads, and the section a page files the release under.
    ['Last updated 12 March 2024', null, '2024-03-12'],
    ['Date published: 12 March 2024', null, '2024-03-12'],
    ['Published on: 3 December 2024', null, '2024-12-03'],
    ['Publication date: 3 December 2024', null, '2024-12-03'],
    ['Issue date: 03/12/2024', null, '2024-12-03'],
    ['Date/Time: 12/03/2024 10:15', null, '2024-03-12'],
    ['Dublin, Tuesday, 3 December 2024', 'Dublin', '2024-12-03'],
    // A place before a day in figures.
    ['Brussels, 03/12/2024', 'Brussels', '2024-12-03'],
    ['BERLIN, 03.12.2024', 'BERLIN', '2024-12-03'],
    // A page's line of details, its parts between bars, the day one of them.
    ['By Jane Smith | December 3, 2024', null, '2024-12-03'],
    ['Posted by: Media Relations | 3 December 2024', null, '2024-12-03'],
    ['3 December 2024 | News release | Copenhagen, Denmark', 'Copenhagen, Denmark', '2024-12-03'],
    ['Crime | 03/12/2024 | 10:15', null, '2024-12-03'],
    // A name last, right after the day, as "May 8, 2023 | Washington, DC" writes its place.
    ['Statement | 5 March 2024 | Canberra', 'Canberra', '2024-03-05'],
    ['Media release | 12 June 2024 | Wellington', 'Wellington', '2024-06-12'],
    ['News release | June 12, 2024 | Ottawa, Ontario', 'Ottawa, Ontario', '2024-06-12'],
    // The place right before the day, the day last, after a label.
    ['Media release | Canberra | 5 March 2024', 'Canberra', '2024-03-05'],
    ['News release | Ottawa | June 12, 2024', 'Ottawa', '2024-06-12'],
    ['Media release | Jane Smith | 5 March 2024', null, '2024-03-05'],
    ['Media release | News | 5 March 2024', null, '2024-03-05'],
    // Not a person's name there, nor a name before the day or one with a part after it.
    ['Media release | 5 March 2024 | Jane Smith', null, '2024-03-05'],
    ['Statement | 5 March 2024 | Media release', null, '2024-03-05'],
    ['Canberra Times | 5 March 2024', null, '2024-03-05'],
    ['5 March 2024 | Canberra | Crime', null, '2024-03-05'],
    // A day and a place over the office that issues the release, as the Government of Canada prints it.
    [
      'May 14, 2024 — Surrey, British Columbia — Public Safety Canada',
      'Surrey, British Columbia',
      '2024-05-14',
    ],
    ['June 3, 2024 – Ottawa, Ontario – Department of Fisheries and Oceans', 'Ottawa, Ontario', '2024-06-03'],
    // The same parts set apart by tabs or runs of spaces, as a page's columns lose their cells.
    ['March 4, 2025     Ottawa, Ontario     Parks Canada', 'Ottawa, Ontario', '2025-03-04'],
    ['March 4, 2025\tOttawa, Ontario\tParks Canada', 'Ottawa, Ontario', '2025-03-04'],
    [
      'March 4, 2025            Gatineau, Quebec            Environment and Climate Change Canada',
      'Gatineau, Quebec',
      '2025-03-04',
    ],
    ['Wellington, New Zealand\t\t3 March 2025', 'Wellington, New Zealand', '2025-03-03'],
    ['14 May 2024    Media release', null, '2024-05-14'],
    ['March 4, 2025  Ottawa, Ontario', 'Ottawa, Ontario', '2025-03-04'],
    ['March 4, 2025 Ottawa, Ontario', 'Ottawa, Ontario', '2025-03-04'],
    ['3 March 2025 Wellington', 'Wellington', '2025-03-03'],
    // Who posted it, then its day.
    ['Posted by Public Information Office on May 14, 2024', null, '2024-05-14'],
    ['Posted by admin on 3 December 2024', null, '2024-12-03'],
    // The symbol an institution files the release under.
    ['14 May 2024 | SG/SM/22245', null, '2024-05-14'],
    ['Press release | IP/24/6123 | 3 December 2024', null, '2024-12-03'],
    // Words between bars that are neither a section nor a place: no place, the day all the same.
    ['12 March 2024 | Newsroom', null, '2024-03-12'],
    ['Newsroom | 14 May 2024', null, '2024-05-14'],
    // A year of two figures.
    ['03/12/24', null, '2024-12-03'],
    ['Published: 14.05.24', null, '2024-05-14'],
    ['Date of release: Tuesday 3 December 2024', null, '2024-12-03'],
    ['Posted on: 03/12/2024', null, '2024-12-03'],
    // Who posted it, after the day.
    ['Posted On: 18 JUN 2024 6:12PM by PIB Delhi', null, '2024-06-18'],
    ['Posted on 3 December 2024 by Media Relations', null, '2024-12-03'],
    ['Posted on March 3, 2024 by admin', null, '2024-03-03'],
    ['Published: 03/12/2024 by Office of the Premier', null, '2024-12-03'],
    ['Release Date: March 12, 2024', null, '2024-03-12'],
    ['First published 12 March 2024', null, '2024-03-12'],
    ['12 March 2024 | News', null, '2024-03-12'],
    ['12 March 2024 – Media Release', null, '2024-03-12'],
    ['Monday 3 June 2024 - 5:10pm | Media release', null, '2024-06-03'],
    // The section first.
    ['Media Release | 14 May 2024', null, '2024-05-14'],
    ['News - 3 June 2024', null, '2024-06-03'],
    ['Press release – 14/05/2024', null, '2024-05-14'],
    // The section and its day with only a space between, or a colon.
    ['Press release 24 June 2024', null, '2024-06-24'],
    ['Media release 3 March 2025', null, '2025-03-03'],
    ['News Release: March 3, 2025', null, '2025-03-03'],
    ['Media statement — 12/03/2025', null, '2025-03-12'],
    // A section that opens with a shorter one ("news"), whose next word is no weekday.
    ['News release 3 March 2025', null, '2025-03-03'],
    ['News Release 24/06/2024', null, '2024-06-24'],
    ['Joint media release 3 March 2025', null, '2025-03-03'],
    ['Press statement, 3 March 2025', null, '2025-03-03'],
    ['3 March 2025 – Joint Media Statement', null, '2025-03-03'],
    // An embargo or a label that names the day, with a time and its zone before it.
    ['EMBARGOED UNTIL 00:01 TUESDAY 14 MAY 2024', null, '2024-05-14'],
    ['Embargoed: 00.01 BST Tuesday 14 May 2024', null, '2024-05-14'],
    // An hour in the American way, with its dots and in either case.
    ['EMBARGOED UNTIL 10 A.M. EDT, JUNE 4, 2024', null, '2024-06-04'],
    ['Embargoed until 9:30 a.m. ET on June 4, 2024', null, '2024-06-04'],
    ['EMBARGOED UNTIL 2 P.M. PST TUESDAY, JUNE 4, 2024', null, '2024-06-04'],
    ['Updated 9:15 a.m. EDT, June 4, 2024', null, '2024-06-04'],
    ['Published 10 a.m. June 4, 2024', null, '2024-06-04'],
    ['For immediate release: 14 May 2024', null, '2024-05-14'],
    ['FOR IMMEDIATE RELEASE - 14 May 2024', null, '2024-05-14'],
    // A time zone after the time.
    ['2024-03-14 09:30 PDT', null, '2024-03-14'],
    // An ISO day with a timestamp's time, as a page's metadata gives it.
    ['Published: 2024-03-14T09:30:00Z', null, '2024-03-14'],
    ['2024-03-14T09:30', null, '2024-03-14'],
    ['Date: 2024-03-14T09:30:00+01:00', null, '2024-03-14'],
    ['Wednesday, April 10, 2024 - 10:45 a.m. EDT', null, '2024-04-10'],
    ['12 March 2024, 14:30 GMT', null, '2024-03-12'],
    // An update's notice of its day, the day perhaps in brackets, a colon closing the line.
    ['Update 5 June 2024:', null, '2024-06-05'],
    ['UPDATE (June 5, 2024):', null, '2024-06-05'],
    ['Updated: 12 March 2024 14:05', null, '2024-03-12'],
    ['UPDATED – Tuesday, 14 May 2024, 3:45pm:', null, '2024-05-14'],
    ['Update: 14/05/2024', null, '2024-05-14'],
    // Dashes between the parts, the year in full, as European and Indian pages write them.
    ['14-05-2024', null, '2024-05-14'],
    // A time zone written out, as a wire's page gives it; the day an update came, after the day.
    ['March 03, 2024 08:00 AM Eastern Standard Time', null, '2024-03-03'],
    ['June 5, 2024 4:15 PM Pacific Daylight Time', null, '2024-06-05'],
    ['Published: 3 March 2024 | Last updated: 4 March 2024', null, '2024-03-03'],
    ['Published 3 March 2024, updated 4 March 2024', null, '2024-03-03'],
    // A time after an at sign, as a city's pages write it.
    ['Last Updated: Mar 3, 2024 @ 3:10 pm', null, '2024-03-03'],
    ['Posted on: March 3, 2024 @ 10:00 AM', null, '2024-03-03'],
    // The update's day after only a space, or in figures.
    ['Published: 3 March 2024 Last updated: 4 March 2024', null, '2024-03-03'],
    ['First published: 03/03/2024 Last updated: 04/03/2024', null, '2024-03-03'],
    ['Published: 03/03/2024 | Last updated: 04/03/2024', null, '2024-03-03'],
    ['Published 3 March 2024, updated 04.03.2024', null, '2024-03-03'],
    ['News | 04-03-2024 | 10:15', null, '2024-03-04'],
    ['Published: 4-3-2024', null, '2024-03-04'],
    // A day and a place set apart by a dash, in either order, as the RCMP's and Europol's pages print them.
    ['March 3, 2025 - Burns Lake, British Columbia', 'Burns Lake, British Columbia', '2025-03-03'],
    ['March 3, 2025 — Ottawa, Ontario', 'Ottawa, Ontario', '2025-03-03'],
    ['3 March 2025 – BRUSSELS', 'BRUSSELS', '2025-03-03'],
    ['The Hague, the Netherlands – 3 March 2025', 'The Hague, the Netherlands', '2025-03-03'],
    ['Canberra - Tuesday, 4 March 2025', 'Canberra', '2025-03-04'],
    // A page's line of details whose place and day share one part.
    ['Press release | Brussels, 3 March 2025', 'Brussels', '2025-03-03'],
    ['News | Geneva, March 3, 2025', 'Geneva', '2025-03-03'],
    // A place after its label.
    ['Location: Phoenix, Arizona', 'Phoenix, Arizona', null],
    ['Dateline: Ottawa', 'Ottawa', null],
    // Spaces as a page's table cells leave them: a day line is read whatever the run of spaces.
    ['Published:\t\t 3 March 2024     |     Last updated: 4 March 2024', null, '2024-03-03'],
    ['Date:      14/05/2024', null, '2024-05-14'],
  ])('reads %s', (line, place, date) => {
    expect(said(line, readDatelineLine(line))).toEqual({ text: line, place, date })
  })

  it('reads no day from an ordinal of no month', () => {
    expect(readDatelineLine('Date: 12th of the month')?.date ?? null).toBeNull()
  })

  it('reads a numeric day month first when asked', () => {
    expect(readDatelineLine('Published: 03/04/2024', { monthFirst: true })?.date?.getMonth()).toBe(2)
    expect(readDatelineLine('Published: 03/04/2024')?.date?.getMonth()).toBe(3)
    expect(readDatelineLine('03-04-2024', { monthFirst: true })?.date?.getMonth()).toBe(2)
  })

  it.each([
    ['a short dek', 'Fewer than one in five incidents reported to police'],
    ['a label in capitals', 'FOR IMMEDIATE RELEASE'],
    ['a sub-heading', 'Notes to editors'],
    ['a place in mixed case, alone', 'Washington'],
    ['a date and a count', '12 March 2024 40'],
    ['a sentence', 'Officers made 20 arrests last week.'],
    ['an invalid day', '31 February 2024'],
    ['a day and a bar before words that are no place', 'May 8, 2023 | updated daily'],
    ['a word with a bracket after it, alone', 'Update (France)'],
    ['a day and a word that is no section', '12 March 2024 - updated'],
    ['a lead without a day', 'Last updated recently'],
    ['two days with no update between them', 'Published: 03/03/2024 04/03/2024'],
    ['a day and an at sign before a name', '3 March 2024 @police'],
    // Hong Kong's releases close with "Ends/" and their day: the end line, no place.
    ['an end line with its day', 'Ends/Wednesday, March 5, 2025'],
    ['an end line with its day in capitals', 'ENDS/WEDNESDAY, MARCH 5, 2025'],
    ['a day and an at sign before a word', 'March 3, 2024 @ noon'],
    ['a day and an update with no day', 'Published: 3 March 2024 Last updated'],
    ['a day in figures and an update in words', 'First published: 03/03/2024 Last updated: recently'],
    ['an update with its text after the colon', 'UPDATE (June 5, 2024): The man has been found.'],
    ['an update without a day', 'UPDATE:'],
    ['an update with an unclosed bracket', 'Update (5 June 2024:'],
    ['a word that only opens like an update', 'Updates 5 June 2024:'],
    ['a section before words', 'Media Release | Police seek witnesses'],
    ['a section, a day and words', 'Press release 24 June 2024 on knife crime'],
    ['a section and a count', 'Media release 3 arrests'],
    ['a section run into a word', 'Press releases 24 June 2024'],
    ['a place label before a sentence', 'Location: Officers attended the scene.'],
    ['a place label before a label', 'Location: Update'],
    ['a place label before lower-case words', 'Location: the town centre'],
    // A name and a role after the comma, where a region would stand.
    ['a writer and a role', 'Jane Smith, Staff Writer'],
    ['an officer and a role', 'Sgt. Jane Doe, Public Information Officer'],
    ['a name and a role over a day', 'Jane Smith, Staff Writer, 3 December 2024'],
    ['a date of birth', 'Date of birth: 3 December 1990'],
    ['an embargo without its day', 'EMBARGOED UNTIL FURTHER NOTICE'],
    ['an embargo with an hour only', 'Not for publication before 00.01 hrs'],
    ['an embargo with an American hour only', 'EMBARGOED UNTIL 10 A.M. EDT'],
    ['an embargo with an hour before a word like it', 'Embargoed until 10 amended June 4, 2024'],
    ['an update with an hour and words', 'Updated 9:15 a.m. after the arrest'],
    ['a sentence on an embargo', 'Embargoes on arms sales 3 December 2024'],
    ['a place before figures that are no day', 'Brussels, 2024-152'],
    ['two days between bars', '3 December 2024 | 4 December 2024'],
    ['a day between bars beside a sentence', 'Police are appealing. | 3 December 2024'],
    ['a day between bars beside a count', '40 arrests | 3 December 2024'],
    ['a day between bars beside a symbol with a space', '3 December 2024 | SG/SM 22245'],
    ['a day and a place before a sentence', 'May 14, 2024 — Ottawa, Ontario — The minister spoke.'],
    ['a day and a place before a figure', 'May 14, 2024 — Ottawa, Ontario — 12 Arrests Made'],
    ['a place without a day before a name', 'OTTAWA, Ontario — Public Safety Canada'],
    ['a day and a sentence set apart by spaces', 'March 4, 2025     The minister spoke in Ottawa.'],
    ['a day and a count set apart by a tab', '3 December 2024\t40 arrests'],
    ['two days set apart by spaces', '3 December 2024     4 December 2024'],
    [
      'a day and a place set apart by one space before a sentence',
      'March 4, 2025 Ottawa, Ontario. Police said',
    ],
    ['a day and a force set apart by one space', '3 March 2025 Police Scotland'],
    ['a day without its year and a place after one space', 'March 4 Ottawa, Ontario'],
    ['a place and a sentence set apart by spaces', 'Ottawa, Ontario     Police are appealing.'],
    ['who posted it, a day and a sentence', 'Posted by Jane on May 14, 2024. Police said'],
    ['who posted it, without a day', 'Posted by Jane on the beach'],
    ['a day between bars beside a fraction', '3 December 2024 | 1/2'],
    ['a day between bars beside words in lower case', 'updated | 3 December 2024'],
    ['too many parts between bars', 'News | Crime | Exeter | 3 December 2024'],
    ['a numeric day with a year of three figures', '03/12/202'],
    ['a numeric day with dashes and a year of two figures', '14-05-24'],
    ['a time zone that is no zone', 'March 3, 2024 08:00 AM Eastern Europe'],
    ['an update before a sentence', 'Published: 3 March 2024 | Last updated: 4 March 2024. Police said'],
    ['a reference with dashes', '12-34-2024'],
    ['a reference of three parts with dashes', '24-078-2024'],
    ['a fraction and a count', '1/2 24'],
    ['a date of an event', 'Date of incident: 3 December 2024'],
    ['a lead on a word that is no colon', 'Published on 3 December 2024 in the Gazette'],
    ['a day and "by" before a sentence', 'Posted on 3 December 2024 by Media Relations. Police said'],
    ['a day and "by" before a time', 'Applications close 3 December 2024 by 5pm'],
    ['a day and "by" with nothing after it', 'Posted on 3 December 2024 by'],
    // A title with a day after its dash (intl_2), and other names a dash sets beside a day.
    ['a title with a day after a dash', 'Waiharara Fire Update - 3 January 2022'],
    ['a person’s name and a day', 'Jane Smith – 3 March 2025'],
    ['a body’s name and a day', 'Ministry of Justice – 3 March 2025'],
    ['a day and a force', '3 March 2025 - Police Scotland'],
    ['a day and a person’s name', 'March 3, 2025 — Jane Smith'],
    ['a day and a month', '3 March 2025 – April'],
    ['a day and a place with a colon', '3 March 2025: Ottawa, Ontario'],
    ['two days between bars, each with a place', 'Geneva, 3 March 2025 | Brussels, 4 March 2025'],
    ['a timestamp with an hour cut short', 'Published: 2024-03-14T9:30'],
    ['a timestamp before a sentence', '2024-03-14T09:30:00Z Police said'],
    // A day in brackets after a name that is no place's, or brackets left open.
    ['a person’s name and a day in brackets', 'Jane Smith (5 March 2024)'],
    ['an office and a day in brackets', 'Minister (5 March 2024)'],
    ['a place and a day in brackets left open', 'GENEVA (5 March 2024'],
    // A page's sections parted by slashes are no cities.
    ['sections parted by slashes', 'News / Crime'],
  ])('reads no dateline in %s', (_, line) => {
    expect(readDatelineLine(line)).toBeNull()
  })

  it('reads long and odd lines in linear time', () => {
    const long = `${'WASHINGTON, '.repeat(5000)}x`
    const start = performance.now()
    readDatelineLine(long)
    readOpeningDateline(long)
    readOpeningDateline(`${'Aaaa '.repeat(20000)}–`)
    readOpeningDateline(`${'12 '.repeat(20000)}`)
    expect(performance.now() - start).toBeLessThan(200)
  })
})

describe('readsAsTimeLine', () => {
  it.each([
    ['10:30'],
    ['09:42:15 AM'],
    ['4.15pm GMT'],
    ['10am'],
    ['14:30 CET'],
    ['Issued at HKT 17:30'],
    ['Posted at 10:30 AEST'],
    ['Time issued: 4.15pm'],
    ['Released: 09:00 SGT'],
  ])('reads %s', (line) => {
    expect(readsAsTimeLine(line)).toBe(true)
  })

  it.each([
    ['10 arrests'],
    ['2024'],
    ['10:30 on Tuesday'],
    ['1.5 million'],
    ['101'],
    ['3 December 2024'],
    ['Issued at 17 stations'],
    ['Issued at HKT 17:30, the warning stays'],
    ['Released 12 prisoners'],
  ])('reads no time alone in %s', (line) => {
    expect(readsAsTimeLine(line)).toBe(false)
  })

  it('reads the time a release was issued as a dateline with no place and no day', () => {
    expect(readDatelineLine('Issued at HKT 17:30')).toEqual({
      end: 19,
      place: null,
      date: null,
      dayOfYear: null,
    })
    // A bare time is read only under a day's line.
    expect(readDatelineLine('17:30')).toBeNull()
  })
})

describe('readOpeningDateline: a place and its day closed by a full stop', () => {
  it.each([
    [
      'LONDON, 5 March 2024. The Home Office has announced new measures.',
      'LONDON, 5 March 2024.',
      'LONDON',
      '2024-03-05',
    ],
    [
      'Brussels, 12 February 2024. The European Commission has approved a scheme.',
      'Brussels, 12 February 2024.',
      'Brussels',
      '2024-02-12',
    ],
    [
      'Brussels, Tuesday 12 February 2024. The Commission has approved a scheme.',
      'Brussels, Tuesday 12 February 2024.',
      'Brussels',
      '2024-02-12',
    ],
    [
      'GENEVA, March 5, 2024. The World Health Organization has warned.',
      'GENEVA, March 5, 2024.',
      'GENEVA',
      '2024-03-05',
    ],
    [
      'Dublin, Ireland, 5 March 2024. Gardaí have arrested a man.',
      'Dublin, Ireland, 5 March 2024.',
      'Dublin, Ireland',
      '2024-03-05',
    ],
    [
      'New York, 5th March 2024. UNICEF has warned of a crisis.',
      'New York, 5th March 2024.',
      'New York',
      '2024-03-05',
    ],
    [
      'NEW YORK, 5 March 2024. – UNICEF has warned of a crisis.',
      'NEW YORK, 5 March 2024. –',
      'NEW YORK',
      '2024-03-05',
    ],
    [
      'OTTAWA, ON, March 5, 2024. The RCMP has charged a man.',
      'OTTAWA, ON, March 5, 2024.',
      'OTTAWA, ON',
      '2024-03-05',
    ],
    // A day in figures, day first, as European institutions write it.
    [
      'Brussels, 5.3.2024. The Commission has adopted a new package.',
      'Brussels, 5.3.2024.',
      'Brussels',
      '2024-03-05',
    ],
    [
      'Luxembourg, 18.06.2024. The Court has delivered its judgment.',
      'Luxembourg, 18.06.2024.',
      'Luxembourg',
      '2024-06-18',
    ],
    ['Sydney, 14/6/2024. Police have charged a man.', 'Sydney, 14/6/2024.', 'Sydney', '2024-06-14'],
  ])('reads %s', (text, dateline, place, date) => {
    expect(said(text, readOpeningDateline(text))).toEqual({ text: dateline, place, date })
  })

  it.each([
    ['a place in an appositive', 'London, the capital, welcomed 20 million visitors last year.'],
    ['a place alone before a full stop', 'Paris. The city is preparing for the games.'],
    ['a person’s name before a day', 'Jane Smith, 5 March 2024. The report was published.'],
    ['a weekday before a day', 'Monday, 5 March 2024. Police have arrested a man.'],
    ['a phrase of a sentence before a day', 'In London, 5 March 2024. Police have arrested a man.'],
    ['a speech verb before a day', 'Police said, 5 March 2024. The man was arrested.'],
    ['a day with no year', 'London, 5 March. The Home Office has announced new measures.'],
    ['an office before a day', 'Minister, 5 March 2024. The Home Office has announced new measures.'],
    ['a story in lower case after the day', 'London, 5 March 2024. and the Home Office has announced.'],
    ['nothing after the day', 'London, 5 March 2024.'],
    ['a person’s name before a day in figures', 'Jane Smith, 5.3.2024. The report was published.'],
    ['an office before a day in figures', 'Minister, 5.3.2024. The Home Office has announced measures.'],
    ['a story in lower case after a day in figures', 'Brussels, 5.3.2024. and the Commission adopted it.'],
    ['a day in figures of either order', 'Sydney, 5/6/2024. Police have charged a man.'],
  ])('reads no dateline in %s', (_, text) => {
    expect(readOpeningDateline(text)).toBeNull()
  })
})
