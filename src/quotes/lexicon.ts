/*
 * The words the quote extractor reads, as data. Each list is kept sorted so a new entry has one
 * obvious place; the pattern builders sort by length themselves where the longest phrase must win.
 * `ExtractQuotesOptions` can extend every list.
 */

/**
 * Verbs that attribute speech: "said", "added", "commented", "stating". Every tense a release
 * uses is listed, since NZ and Scottish releases write "says" where UK ones write "said". Keep sorted.
 */
export const CUE_VERBS: readonly string[] = [
  'acknowledged',
  'acknowledges',
  'added',
  'adding',
  'adds',
  'admitted',
  'advised',
  'advises',
  'affirmed',
  'affirms',
  'agreed',
  'alleged',
  'announced',
  'announces',
  'answered',
  'appealed',
  'argued',
  'argues',
  'asked',
  'asks',
  'assured',
  'boasted',
  'called on',
  'cautioned',
  'claimed',
  'commented',
  'commenting',
  'comments',
  'complained',
  'conceded',
  'concluded',
  'concludes',
  'confirmed',
  'confirms',
  'continued',
  'continues',
  'countered',
  'cried',
  'declared',
  'deflected',
  'demanded',
  'describes',
  'emailed',
  'emphasised',
  'emphasises',
  'emphasized',
  'encouraged',
  'encourages',
  'exclaimed',
  'explained',
  'explaining',
  'explains',
  'fumed',
  'gushed',
  'highlighted',
  'highlights',
  'insisted',
  'insisting',
  'insists',
  'interjected',
  'joked',
  'lamented',
  'made clear',
  'maintained',
  'maintains',
  'makes clear',
  'mused',
  'noted',
  'noting',
  'observed',
  'pleaded',
  'pointed out',
  'points out',
  'posted',
  'predicted',
  'proclaimed',
  'promised',
  'put it',
  'puts it',
  'quipped',
  'reasoned',
  'recalled',
  'recalls',
  'recounted',
  'reflected',
  'reflects',
  'reiterated',
  'reiterates',
  'remarked',
  'remembered',
  'remembers',
  'reminded',
  'reminds',
  'replied',
  'replies',
  'reported',
  'reports',
  'responded',
  'retorted',
  'said',
  'say',
  'saying',
  'says',
  'shouted',
  'stated',
  'stating',
  'stressed',
  'stresses',
  'suggested',
  'suggests',
  'swiped at',
  'testified',
  'thundered',
  'told',
  'tweeted',
  'underlined',
  'underscored',
  'urged',
  'urges',
  'urging',
  'vowed',
  'vowing',
  'warned',
  'warns',
  'went on',
  'wondered',
  'writes',
  'wrote',
  'wrote in',
  'yelled',
]

/**
 * Ranks, honorifics and offices written before a name as a form of address. A title may be
 * repeated ("T/Deputy Assistant Commissioner Dr"), so abbreviated ranks are listed one word each
 * and chain with their full stops ("Sgt. Maj.", "Brig. Gen.", "Lt. Col."); a class or grade is
 * listed with its rank, whole ("Sgt. 1st Class", "Petty Officer 2nd Class", "Chief Warrant Officer
 * 2"), so it is never a title alone and no optional part is added to the pattern; a prefix (one
 * capital and a slash as in `T/`, `A/`, `F/`; `Temporary`, `Acting` or `Interim`) is read by the
 * pattern, not listed here. Keep sorted.
 */
export const TITLES: readonly string[] = [
  '1st Sgt',
  'ADIC',
  'AG',
  'ASAC',
  'Able Seaman',
  'Adm',
  'Administrator',
  'Agent',
  'Airman',
  'Airman 1st Class',
  'Airman First Class',
  'Alderman',
  'Alderwoman',
  'Ambassador',
  'Archbishop',
  'Area Commander',
  'Assemblyman',
  'Assemblymember',
  'Assemblywoman',
  'Assistant Chief Constable',
  'Assistant Chief Officer',
  'Assistant Commissioner',
  'Associate Justice',
  'Attorney General',
  'Attorney-General',
  'Auditor General',
  'Auditor-General',
  'Baroness',
  'Bishop',
  'Brig',
  'Brigadier',
  'CEO',
  'CFO',
  'CIO',
  'COO',
  'CTO',
  'Cabinet Secretary',
  'Capt',
  'Captain',
  'Ch Insp',
  'Ch Supt',
  'Chair',
  'Chancellor',
  'Chief',
  'Chief Constable',
  'Chief Crown Prosecutor',
  'Chief Executive',
  'Chief Fire Officer',
  'Chief Inspector',
  'Chief Justice',
  'Chief Patrol Agent',
  'Chief Petty Officer',
  'Chief Superintendent',
  'Chief Warrant Officer',
  'Chief Warrant Officer 2',
  'Chief Warrant Officer 3',
  'Chief Warrant Officer 4',
  'Chief Warrant Officer 5',
  'Cllr',
  'Cmdr',
  'Co-Chair',
  'Co-Founder',
  'Col',
  'Colonel',
  'Commander',
  'Commissioner',
  'Comptroller',
  'Congressman',
  'Congresswoman',
  'Const',
  'Constable',
  'Coroner',
  'Corporal',
  'Councillor',
  'Councilman',
  'Councilmember',
  'Councilwoman',
  'Cpl',
  'Cr',
  'Cst',
  'DA',
  'DC',
  'DCC',
  'DCI',
  'DCS',
  'DI',
  'DS',
  'DSupt',
  'Dame',
  'Deputy',
  'Deputy Assistant Commissioner',
  'Deputy Chief Constable',
  'Deputy Commissioner',
  'Deputy First Minister',
  'Deputy Mayor',
  'Det',
  'Det Ch Insp',
  'Det Ch Supt',
  'Det Con',
  'Det Insp',
  'Det Sgt',
  'Det Supt',
  'Detective',
  'Detective Chief Inspector',
  'Detective Chief Superintendent',
  'Detective Constable',
  'Detective Garda',
  'Detective Inspector',
  'Detective Senior Sergeant',
  'Detective Sergeant',
  'Detective Superintendent',
  'Director',
  'Director General',
  'Director in Charge',
  'Director-General',
  'District Attorney',
  'District Commander',
  'District Judge',
  'Dr',
  'Ensign',
  'Fire Chief',
  'First Constable',
  'First Minister',
  'First Sergeant',
  'First Sgt',
  'Garda',
  'Gen',
  'General',
  'General Secretary',
  'Gov',
  'Governor',
  'Gunnery Sergeant',
  'Gunnery Sgt',
  'Her Honour Judge',
  'His Honour Judge',
  'Home Secretary',
  'Hon',
  'Honourable',
  'Imam',
  'Insp',
  'Inspector',
  'Inspector General',
  'Judge',
  'Justice Secretary',
  'Lady',
  'Lady Justice',
  'Lance Corporal',
  'Lance Cpl',
  'Leading Senior Constable',
  'Lieutenant',
  'Lieutenant (junior grade)',
  'Lieutenant Colonel',
  'Lieutenant General',
  'Lieutenant Junior Grade',
  'Lord',
  'Lord Advocate',
  'Lord Justice',
  'Lt',
  'Lt (j.g.)',
  'Lt j.g.',
  'Lt. (j.g.)',
  'Lt. j.g.',
  'MEP',
  'MLA',
  'MP',
  'MSP',
  'Magistrate',
  'Maj',
  'Major',
  'Major General',
  'Marshal',
  'Mayor',
  'Mdm',
  'Minister',
  'Miss',
  'Mr',
  'Mr Justice',
  'Mrs',
  'Mrs Justice',
  'Ms',
  'Ms Justice',
  'Mx',
  'Ofc',
  'Ombudsman',
  'PC',
  'PCC',
  'PCSO',
  'Pastor',
  'Petty Officer',
  'Petty Officer 1st Class',
  'Petty Officer 2nd Class',
  'Petty Officer 3rd Class',
  'Petty Officer First Class',
  'Petty Officer Second Class',
  'Petty Officer Third Class',
  'Pfc',
  'Police Chief',
  'Police Constable',
  'Police and Crime Commissioner',
  'Police, Fire and Crime Commissioner',
  'Premier',
  'President',
  'Prime Minister',
  'Private First Class',
  'Probationary Constable',
  'Procurator Fiscal',
  'Prof',
  'Professor',
  'Pvt',
  'Rabbi',
  'Recorder',
  'Rep',
  'Representative',
  'Rev',
  'Reverend',
  'Right Honourable',
  'Rt Hon',
  'S/Sgt',
  'SAC',
  'SIO',
  'Seaman',
  'Secretary General',
  'Secretary of State',
  'Secretary-General',
  'Sen',
  'Senator',
  'Senior Constable',
  'Senior Sergeant',
  'Sergeant',
  'Sergeant First Class',
  'Sgt',
  'Sgt 1st Class',
  'Sgt. 1st Class',
  'Sheriff',
  'Sheriff Principal',
  'Shri',
  'Shrimati',
  'Sir',
  'Smt',
  'Solicitor General',
  'Spc',
  'Speaker',
  'Special Agent',
  'Special Agent in Charge',
  'Special Counsel',
  'Special Envoy',
  'Staff Sergeant',
  'Staff Sgt',
  "State's Attorney",
  'State’s Attorney',
  'Superintendent',
  'Supt',
  'Sushri',
  'Taoiseach',
  'Tech Sgt',
  'Tech. Sgt',
  'Technical Sergeant',
  'The Hon',
  'The Honourable',
  'The Right Honourable',
  'The Rt Hon',
  'Tpr',
  'Treasurer',
  'Trooper',
  'Tánaiste',
  'U.S. Attorney',
  'U.S. Marshal',
  'United States Attorney',
  'United States Marshal',
  'Vice Chair',
  'Vice President',
  'Vice-Chair',
  'Vice-President',
  'Warrant Officer',
  'Warrant Officer 1',
]

/**
 * Honorifics among the titles: "Mr Hawkins" is a short reference by honorific, not by rank. Also
 * those of Indian ("Shri", "Smt") and Singaporean ("Mdm") government releases. Keep sorted.
 */
export const HONORIFICS: readonly string[] = [
  'Baroness',
  'Dame',
  'Dr',
  'Hon',
  'Honourable',
  'Lady',
  'Lord',
  'Mdm',
  'Miss',
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Prof',
  'Professor',
  'Shri',
  'Shrimati',
  'Sir',
  'Smt',
  'Sushri',
]

/**
 * Offices built as "<Word> <Head>" ("Policing Minister", "Port Director", "Incident Controller",
 * "Police Commissioner", "Crown Counsel", "Police Spokesperson"): the heads. Keep sorted.
 */
export const OFFICE_HEADS: readonly string[] = [
  'Adviser',
  'Advisor',
  'Attorney',
  'Commander',
  'Commissioner',
  'Controller',
  'Counsel',
  'Director',
  'Leader',
  'Manager',
  'Minister',
  'Officer',
  'Prosecutor',
  'Secretary',
  'Spokesman',
  'Spokesperson',
  'Spokeswoman',
]

/**
 * Offices written with their remit before the name ("Cabinet Secretary for Justice Angela
 * Constance", "U.S. Attorney for the District of Columbia Matthew M. Graves"), besides the
 * `OFFICE_HEADS`. Keep sorted.
 */
export const REMIT_OFFICES: readonly string[] = [
  'Ambassador',
  'Cabinet Secretary',
  'Chair',
  'Chairman',
  'Chairperson',
  'Chairwoman',
  'Chancellor',
  'Chief',
  'Chief Executive',
  'Clerk',
  'Comptroller',
  'Dean',
  'Envoy',
  'Governor',
  'Head',
  'Leader',
  'MP',
  'Mayor',
  'Member',
  'Minister of State',
  'Parliamentary Under-Secretary',
  'Parliamentary Under-Secretary of State',
  'Premier',
  'President',
  'Procurator Fiscal',
  'Provost',
  'Registrar',
  'Secretary of State',
  'Speaker',
  'Special Envoy',
  'Treasurer',
  'U.S. Attorney',
  'Under-Secretary',
  'Under-Secretary of State',
  'United States Attorney',
]

/**
 * Offices whose remit takes "to" before the name: "Ambassador to the United Nations Linda
 * Thomas-Greenfield", "Chief Secretary to the Treasury Darren Jones", "Special Envoy to Sudan
 * Tom Perriello". Keep sorted.
 */
export const TO_REMIT_OFFICES: readonly string[] = [
  'Adviser',
  'Advisor',
  'Ambassador',
  'Commissioner',
  'Envoy',
  'Representative',
  'Secretary',
  'Special Envoy',
]

/**
 * Last words of offices that head or speak for a body, which a release may write before the
 * body's initials in place of the holder's name ("Director NASA said", "Chief Executive ACMA
 * said"). Ranks, honorifics and elected offices address a surname so instead ("Detective
 * Superintendent JONES", "Mr JONES", "Mayor ADAMS"), and are not listed. Keep sorted.
 */
export const BODY_HEAD_WORDS: readonly string[] = [
  'Chair',
  'Chairman',
  'Chairperson',
  'Chairwoman',
  'Controller',
  'Director',
  'Director-General',
  'Executive',
  'Head',
  'Manager',
  'Spokesman',
  'Spokesperson',
  'Spokeswoman',
]

/**
 * Offices that serve the office named after them, with "to the" between: "Senior Counsel to the
 * Attorney General Jane Doe", "Chief of Staff to the Prime Minister Tom Baker". Keep sorted.
 */
export const SERVING_OFFICES: readonly string[] = [
  'Adviser',
  'Advisor',
  'Aide',
  'Assistant',
  'Chief of Staff',
  'Counsel',
  'Counsellor',
  'Counselor',
  'Secretary',
]

/**
 * Portfolios written after an office, before the name: "Deputy Commissioner Investigations Ian
 * McCartney", "Assistant Commissioner Crime Nick Read" (Australian and New Zealand police). Keep sorted.
 */
export const PORTFOLIOS: readonly string[] = [
  'Capability',
  'Crime',
  'Intelligence',
  'Investigations',
  'Operations',
]

/**
 * Words for a person's family or partner: "his partner, Sarah Jones," and "the victim's mother"
 * describe who the speaker is to someone, not an office or function, so they are no role. Keep sorted.
 */
export const RELATIONS: readonly string[] = [
  'aunt',
  'boyfriend',
  'brother',
  'cousin',
  'dad',
  'daughter',
  'father',
  'fiance',
  'fiancee',
  'fiancé',
  'fiancée',
  'friend',
  'girlfriend',
  'granddaughter',
  'grandfather',
  'grandmother',
  'grandson',
  'husband',
  'mother',
  'mum',
  'nephew',
  'niece',
  'parent',
  'partner',
  'sister',
  'son',
  'stepdaughter',
  'stepfather',
  'stepmother',
  'stepson',
  'uncle',
  'widow',
  'widower',
  'wife',
]

/**
 * Ranks that releases also write in lower case before a name, as a title: "police inspector Lars
 * Hansen", "said detective sergeant Jo Bloggs". The rank's last word; keep sorted.
 */
export const RANK_HEADS: readonly string[] = [
  'agent',
  'captain',
  'constable',
  'corporal',
  'detective',
  'inspector',
  'lieutenant',
  'sergeant',
  'superintendent',
  'trooper',
]

/**
 * Words that may stand before a rank in lower case and belong to it ("detective chief inspector",
 * "police constable", "roads policing sergeant"), besides the title modifiers. Keep sorted.
 */
export const RANK_QUALIFIERS: readonly string[] = [
  'chief',
  'detective',
  'first',
  'leading',
  'police',
  'policing',
  'probationary',
  'special',
  'staff',
]

/**
 * The fields ministries and departments are named for, which end an office's remit before the
 * name: "Minister of Justice Ana García López", "Minister for Home Affairs Jane Doe". A name of
 * three words is read after one of them, where any other capitalised word may still be the
 * remit's. Keep sorted.
 */
export const MINISTRY_FIELDS: readonly string[] = [
  'Affairs',
  'Agriculture',
  'Culture',
  'Defence',
  'Defense',
  'Education',
  'Energy',
  'Environment',
  'Finance',
  'Health',
  'Housing',
  'Interior',
  'Justice',
  'Labor',
  'Labour',
  'Transport',
  'Treasury',
]

/**
 * Words that carry a ministry's remit on after its field ("Minister of Health Care", "Minister
 * for Justice Reform"): never the first word of the name after it. Keep sorted.
 */
export const REMIT_CONTINUATIONS: readonly string[] = [
  'Care',
  'Policy',
  'Reform',
  'Safety',
  'Security',
  'Services',
  'Skills',
  'Sport',
  'Trade',
]

/**
 * Common nouns for a place of work that open an office at a sentence's start, where a body's name
 * would stand: "Store manager Karen Bell said", "Club secretary Jo Hart said". The office is a
 * role, not a title. Keep sorted.
 */
export const WORKPLACE_WORDS: readonly string[] = [
  'area',
  'branch',
  'club',
  'depot',
  'duty',
  'farm',
  'hotel',
  'office',
  'practice',
  'pub',
  'restaurant',
  'school',
  'shop',
  'site',
  'station',
  'store',
  'team',
  'ward',
]

/**
 * Parties named by an adjective or a noun in capitals before an office in lower case: "Republican
 * presidential nominee Jane Harris", "Labour leadership candidate Jo Hart". The party and the
 * office are one description, the role, not a body's name and its office. Keep sorted.
 */
export const PARTY_WORDS: readonly string[] = [
  'Conservative',
  'Democrat',
  'Democratic',
  'GOP',
  'Green',
  'Labour',
  'Liberal',
  'Libertarian',
  'Republican',
  'Tory',
]

/**
 * Adjectives in lower case for the office a person runs for or holds, before its noun: "presidential
 * nominee", "gubernatorial candidate". Part of the office, unlike other adjectives. Keep sorted.
 */
export const OFFICE_ADJECTIVES: readonly string[] = [
  'congressional',
  'gubernatorial',
  'mayoral',
  'parliamentary',
  'presidential',
  'senatorial',
  'vice-presidential',
]

/**
 * Fields written in lower case before an office's noun, between a body's name and a person's:
 * "Refuge policy director X", "Crimestoppers operations manager X". Keep sorted.
 */
export const OFFICE_FIELDS: readonly string[] = [
  'cabinet',
  'campaigns',
  'clinical',
  'communications',
  'community',
  'development',
  'engagement',
  'finance',
  'fundraising',
  'general',
  'investigating',
  'legal',
  'managing',
  'marketing',
  'media',
  'medical',
  'national',
  'operations',
  'policy',
  'press',
  'programme',
  'programmes',
  'project',
  'regional',
  'research',
  'services',
  'strategy',
  'technical',
]

/**
 * Words that modify any title before it: "Deputy Attorney General", "Acting U.S. Attorney",
 * "Assistant Director in Charge", "Command Sgt. Maj.", "Rear Adm.". At most two are read. Keep sorted.
 */
export const TITLE_MODIFIERS: readonly string[] = [
  'Acting',
  'Assistant',
  'Associate',
  'Command',
  'Deputy',
  'First Assistant',
  'Interim',
  'Master',
  'Principal Deputy',
  'Rear',
  'Senior',
  'Snr',
  'Temporary',
  'Vice',
]

/**
 * Lines that hand the next paragraph's words to the one they name, besides the credit lines of
 * releases/standfirst.ts: "Quote from Chief Superintendent X:", "Comment from Councillor Y,
 * cabinet member for housing:". Lower case. Keep sorted.
 */
export const QUOTE_LABELS: readonly string[] = ['comment from', 'comments from', 'quote from', 'quotes from']

/**
 * Written messages whose words a release quotes as said by the message ("a note which stated,
 * “…”"): their writer is the speaker. Keep sorted.
 */
export const WRITTEN_MESSAGES: readonly string[] = [
  'card',
  'e-mail',
  'email',
  'letter',
  'message',
  'note',
  'post',
  'sign',
  'statement',
  'text',
  'tribute',
]

/** Verbs by which someone writes or hands over such a message: "passed a note", "sent a letter". Keep sorted. */
export const HANDING_VERBS: readonly string[] = [
  'delivered',
  'emailed',
  'gave',
  'handed',
  'left',
  'mailed',
  'passed',
  'posted',
  'presented',
  'sent',
  'showed',
  'slid',
  'texted',
  'wrote',
]

/**
 * Words for a trade or a sport's position, alone or at the end of a compound ("Farmer",
 * "Shopkeeper", "Headteacher", "Midfielder", "Footballer"):
 * such a word opening three words in capitals describes the person the two after it name. Trades
 * that are surnames too ("Butcher", "Nurse", "Baker") are listed, as a surname does not open a
 * name of three words; those that are given names as well ("Hunter", "Mason", "Porter", "Taylor")
 * are not. Keep sorted.
 */
export const OCCUPATION_HEADS: readonly string[] = [
  'baker',
  'baller',
  'barber',
  'batter',
  'bowler',
  'boxer',
  'brewer',
  'builder',
  'butcher',
  'carer',
  'carpenter',
  'chef',
  'cleaner',
  'coach',
  'cook',
  'decorator',
  'defender',
  'dresser',
  'driver',
  'farmer',
  'fielder',
  'fighter',
  'forward',
  'gardener',
  'glazier',
  'golfer',
  'grapher',
  'holder',
  'jockey',
  'joiner',
  'keeper',
  'labourer',
  'lecturer',
  'maker',
  'mechanic',
  'midwife',
  'miller',
  'minder',
  'monger',
  'nurse',
  'owner',
  'painter',
  'pilot',
  'plasterer',
  'player',
  'plumber',
  'roofer',
  'runner',
  'sailor',
  'seller',
  'skater',
  'skier',
  'soldier',
  'sprinter',
  'striker',
  'surgeon',
  'swimmer',
  'tailor',
  'taker',
  'teacher',
  'trader',
  'trainer',
  'waiter',
  'welder',
  'winger',
  'woman',
  'worker',
  'wrestler',
]

/** Endings of such words after three letters or more: "Fisherman", "Florist", "Electrician", "Landlady". Keep sorted. */
export const OCCUPATION_SUFFIXES: readonly string[] = ['arian', 'ician', 'ist', 'lady', 'lord', 'man', 'ress']

/** Given names of the shape of `OCCUPATION_SUFFIXES`: still names before two more. Keep sorted. */
export const OCCUPATION_SHAPED_NAMES: readonly string[] = [
  'Coleman',
  'Freeman',
  'Herman',
  'Norman',
  'Sherman',
  'Truman',
]

/** Months that are first names too: after a title and before more of a name, one is a name ("April M. Leon"). Keep sorted. */
export const FIRST_NAME_MONTHS: readonly string[] = ['April', 'August', 'June', 'May']

/**
 * First words of places' names that no person's name opens with: "New Zealand", "Los Angeles",
 * "Fort Worth". A name of two words or more that closes a sentence is read as a person's unless
 * one of these opens it, or a word of `THING_NAME_ENDS` ends it. Keep sorted.
 */
export const PLACE_NAME_OPENERS: readonly string[] = [
  'Cape',
  'Central',
  'East',
  'Fort',
  'Great',
  'Greater',
  'Las',
  'Little',
  'Los',
  'Lower',
  'Mount',
  'New',
  'North',
  'Port',
  'Saint',
  'San',
  'Santa',
  'South',
  'St',
  'Upper',
  'West',
]

/**
 * Last words of the names of firms, services and clubs that no surname is: "Acme Housing",
 * "Thames Water", "Northern Rail", "Acme Motors". A name in capitals that ends in one is the
 * body's when it speaks ("Acme Housing said"). Keep sorted.
 */
export const FIRM_NAME_ENDS: readonly string[] = [
  'Airlines',
  'Airways',
  'Associates',
  'Athletic',
  'Club',
  'FC',
  'Films',
  'Foods',
  'Homes',
  'Housing',
  'Industries',
  'Media',
  'Motors',
  'News',
  'Partners',
  'Rail',
  'Records',
  'Rovers',
  'Solutions',
  'Studios',
  'Systems',
  'Technologies',
  'United',
  'Water',
]

/**
 * Last words of the names of places, buildings, groups and firms: "Hyde Park", "Downing Street",
 * "Hunters Motorcycle Gang", "Acme Holdings"; and of countries, regions and cities whose last word
 * no surname is: "Hong Kong", "Sri Lanka", "Gold Coast", "Northern Territory". The firms' words,
 * then the others, sorted.
 */
export const THING_NAME_ENDS: readonly string[] = [
  ...FIRM_NAME_ENDS,
  ' and buildings',
  'Aires',
  'Airport',
  'Arabia',
  'Arena',
  'Avenue',
  'Band',
  'Bay',
  'Beach',
  'Borough',
  'Bridge',
  'Brothers',
  'Castle',
  'Cathedral',
  'Centre',
  'Church',
  'City',
  'Coast',
  'Columbia',
  'County',
  'Crew',
  'District',
  'Drive',
  'Emirates',
  'Falls',
  'Gang',
  'Gardens',
  'Group',
  'Guinea',
  'Hall',
  'Harbor',
  'Harbour',
  'Heights',
  'Hill',
  'Holdings',
  'Hospital',
  'House',
  'Island',
  'Islands',
  'Isles',
  'Kingdom',
  'Kong',
  'Lake',
  'Lane',
  'Lanka',
  'Lumpur',
  'Mountains',
  'Palace',
  'Park',
  'Peninsula',
  'Province',
  'Region',
  'Republic',
  'Rica',
  'River',
  'Road',
  'Scotia',
  'Springs',
  'Square',
  'Stadium',
  'States',
  'Station',
  'Street',
  'Territory',
  'Town',
  'Valley',
  'Village',
  'Way',
].sort()

/**
 * Particles written in lower case inside a name ("Ursula von der Leyen", "Ahmad bin Yusof", "João
 * Paulo dos Santos"); one may also open a surname written alone ("Insp van der Berg"). Keep sorted.
 */
export const NAME_PARTICLES: readonly string[] = [
  'al',
  'ap',
  'bin',
  'da',
  'das',
  'de',
  'del',
  'den',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
]

/**
 * Particles that open a surname in capitals ("Aoife Ní Bhriain", "Catherine De Bolle", "Seán Ó
 * Súilleabháin", "Ngaio Te Whare"): a name that starts with one is a surname alone ("Sgt Ní
 * Bhriain"), not a first name and a surname. Keep sorted.
 */
export const SURNAME_PARTICLES: readonly string[] = [
  'De',
  'Del',
  'Della',
  'Du',
  'La',
  'Le',
  'Mac',
  'Mag',
  'Nic',
  'Ní',
  'Te',
  'Uí',
  'Van',
  'Von',
  'Ó',
]

/** Generational suffixes that close a name ("Robert Johnson Jr."): part of it, never its surname. Keep sorted. */
export const NAME_SUFFIXES: readonly string[] = ['II', 'III', 'IV', 'Jr', 'Sr']

/**
 * People a release describes in lower case without naming them: "the victim said", "said the
 * woman, who did not want to be named". With the relations ("her mother said") they speak with
 * no name to give. Keep sorted.
 */
export const PERSON_NOUNS: readonly string[] = [
  'boy',
  'child',
  'complainant',
  'customer',
  'cyclist',
  'defendant',
  'girl',
  'homeowner',
  'householder',
  'man',
  'motorist',
  'passenger',
  'patient',
  'pedestrian',
  'pensioner',
  'pupil',
  'resident',
  'shopper',
  'student',
  'survivor',
  'teenager',
  'tenant',
  'victim',
  'witness',
  'woman',
]

/**
 * People and bodies that speak as a group, beside the role nouns and the organisation words:
 * "residents said"; capitalised at a sentence's start ("Residents said") they are no one's name. Keep sorted.
 */
export const GROUP_WORDS: readonly string[] = [
  'authorities',
  'campaigners',
  'family',
  'firefighters',
  'neighbors',
  'neighbours',
  'organisers',
  'organizers',
  'paramedics',
  'parents',
  'relatives',
  'residents',
  'staff',
  'volunteers',
  'witnesses',
]

/** Honours and degrees written after a name; they are not part of it. Keep sorted. */
export const POST_NOMINALS: readonly string[] = [
  'AC',
  'AFSM',
  'AM',
  'AO',
  'APM',
  'BEM',
  'CB',
  'CBE',
  'CMG',
  'CNZM',
  'CStJ',
  'CVO',
  'D.D.S.',
  'D.V.M.',
  'DBE',
  'DDS',
  'DL',
  'DSO',
  'DVM',
  'DrPH',
  'ESM',
  'FACS',
  'FBA',
  'FMedSci',
  'FRCP',
  'FRCS',
  'FREng',
  'FRS',
  'FRSE',
  'J.D.',
  'JD',
  'JP',
  'KBE',
  'KC',
  'KCB',
  'KCMG',
  'KPM',
  'LVO',
  'M.D.',
  'M.P.H.',
  'MBA',
  'MBBS',
  'MBE',
  'MD',
  'MEP',
  'MHA',
  'MHR',
  'MLA',
  'MLC',
  'MNZM',
  'MP',
  'MPH',
  'MPP',
  'MS',
  'MSP',
  'MVO',
  'OAM',
  'OBE',
  'ONZM',
  'PSM',
  'Ph.D.',
  'PhD',
  'QC',
  'QFSM',
  'QPM',
  'QSM',
  'RN',
  'SC',
  'TD',
]

/**
 * Nouns that make a phrase a role ("NPCC Lead for X", "Head of Y", "CEO of Z", "Chair of ...").
 * Matched case-insensitively as whole words. Keep sorted.
 */
export const ROLE_NOUNS: readonly string[] = [
  'administrator',
  'adviser',
  'advisor',
  'agent',
  'aide',
  'ambassador',
  'analyst',
  'attorney',
  'auditor',
  'author',
  'barrister',
  'campaigner',
  'candidate',
  'ceo',
  'cfo',
  'chair',
  'chairman',
  'chairperson',
  'chairwoman',
  'champion',
  'chief',
  'cio',
  'co-ordinator',
  'coach',
  'commandant',
  'commander',
  'commissioner',
  'constable',
  'consultant',
  'controller',
  'convener',
  'convenor',
  'coo',
  'coordinator',
  'coroner',
  'councillor',
  'counsel',
  'cto',
  'curator',
  'deputy',
  'detective',
  'director',
  'director-general',
  'economist',
  'editor',
  'examiner',
  'executive',
  'expert',
  'founder',
  'governor',
  'guest',
  'head',
  'host',
  'inspector',
  'investigator',
  'judge',
  'lawmaker',
  'lawyer',
  'lead',
  'leader',
  'lecturer',
  'magistrate',
  'manager',
  'marshal',
  'mayor',
  'member',
  'minister',
  'nominee',
  'officer',
  'official',
  'ombudsman',
  'organiser',
  'organizer',
  'owner',
  'partner',
  'politician',
  'pollster',
  'premier',
  'president',
  'principal',
  'professor',
  'prosecutor',
  'ranger',
  'registrar',
  'representative',
  'researcher',
  'scientist',
  'secretary',
  'secretary-general',
  'senator',
  'sergeant',
  'sheriff',
  'solicitor',
  'specialist',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'strategist',
  'superintendent',
  'supervisor',
  'tanaiste',
  'taoiseach',
  'treasurer',
  'trustee',
  'tánaiste',
  'vice-chancellor',
  'warden',
]

/**
 * The legal forms that close a company's name, as written ("Acme Corp", "Acme Pty Ltd", "Acme
 * GmbH"): each marks the name as a body's, and lets the release call it "the company". Keep sorted.
 */
export const COMPANY_FORMS: readonly string[] = [
  'Bros',
  'Co',
  'Corp',
  'GmbH',
  'Inc',
  'Incorporated',
  'LLC',
  'LLP',
  'Limited',
  'Ltd',
  'PLC',
  'Plc',
  'Pty',
  'plc',
]

/**
 * Words that mark a name as an organisation's ("the National Crime Agency said", "Amnesty
 * International said"), none a person's: "Tom Baker, Human Rights Watch, said" gives him the body
 * as his role. Keep sorted; the company forms are added in lower case.
 */
export const ORGANISATION_WORDS: readonly string[] = [
  ...new Set(COMPANY_FORMS.map((w) => w.toLowerCase())),
  'academy',
  'agency',
  'alliance',
  'assembly',
  'association',
  'authority',
  'board',
  'bureau',
  'center',
  'centre',
  'chamber',
  'charity',
  'coalition',
  'college',
  'command',
  'commission',
  'committee',
  'company',
  'consortium',
  'constabulary',
  'corporation',
  'council',
  'court',
  'customs',
  'department',
  'directorate',
  'executive',
  'faculty',
  'federation',
  'force',
  'foundation',
  'gardai',
  'gardaí',
  'government',
  'group',
  'holdings',
  'hospital',
  'inquiry',
  'inspectorate',
  'institute',
  'international',
  'league',
  'ministry',
  'network',
  'newspaper',
  'office',
  'parliament',
  'partnership',
  'party',
  'police',
  'post',
  'school',
  'service',
  'society',
  'síochána',
  'taskforce',
  'team',
  'times',
  'tribunal',
  'trust',
  'union',
  'unit',
  'university',
  'watch',
].sort()

/**
 * Nouns that describe a body beside its name, besides the organisation words and the last words
 * of bodies' names: "Afripol, the African Union’s police cooperation mechanism". Keep sorted.
 */
export const BODY_DESCRIPTIONS: readonly string[] = [
  'body',
  'community',
  'institution',
  'mechanism',
  'platform',
]

/**
 * Last words of the names of bodies that may be called by that word alone ("the Bank", "the
 * Fund"), besides the organisation words. Not read as organisation words elsewhere, since some
 * are surnames too ("Banks"). Keep sorted.
 */
export const ORGANISATION_NAME_ENDS: readonly string[] = [
  'bank',
  'corporation',
  'fund',
  'organisation',
  'organization',
  'secretariat',
]

/**
 * Last words of the names of police forces, which a release calls "the force" after naming one
 * ("Avon and Somerset Police", "Kent Constabulary"). Keep sorted.
 */
export const FORCE_NAME_ENDS: readonly string[] = ['Constabulary', 'Force', 'Police', 'Síochána']

/**
 * Words of the emergency and border services that open or join their bodies' names: "Fire and
 * Emergency New Zealand", "Kent Fire and Rescue Service", "Customs and Border Protection". They
 * mark a run of capitals as a body's name, and join it over "and". Keep sorted.
 */
export const EMERGENCY_SERVICE_WORDS: readonly string[] = [
  'Ambulance',
  'Border',
  'Coastguard',
  'Customs',
  'Emergency',
  'Excise',
  'Fire',
  'Rescue',
]

/**
 * Places that may end a body's name after the word that tells its kind ("Police Scotland"), or
 * open one ("Scotland Yard"). Keep sorted.
 */
export const BODY_NAME_PLACES: readonly string[] = ['England', 'Scotland', 'UK', 'Wales']

/**
 * Words that are never a person's name but open the names of bodies ("National Crime Agency",
 * "Victim Support", "Scotland Yard"): kept when a body's name is read back from its last word. Keep sorted.
 */
export const BODY_NAME_OPENERS: readonly string[] = [
  ...BODY_NAME_PLACES,
  'National',
  'Victim',
  'Witness',
].sort()

/**
 * Words that open a government body's name and say what it is: "Bureau of Alcohol, Tobacco,
 * Firearms and Explosives", "Department of Homeland Security". Keep sorted.
 */
export const AGENCY_HEADS: ReadonlySet<string> = new Set([
  'Administration',
  'Agency',
  'Authority',
  'Board',
  'Bureau',
  'Command',
  'Commission',
  'Council',
  'Department',
  'Directorate',
  'Division',
  'Inspectorate',
  'Institute',
  'Ministry',
  'Office',
  'Service',
])

const COMPANY_NAME_WORDS = ['Company', 'Corporation', ...COMPANY_FORMS].sort()
const ORGANISATION_NAME_WORDS = [
  'Agency',
  'Association',
  'Bureau',
  'Charity',
  'Foundation',
  'Organisation',
  'Organization',
  'Society',
  'Trust',
]

/**
 * The words of the names of bodies that oversee others, which releases call "the regulator" or
 * "the watchdog": the "Financial Conduct Authority", the "Independent Office for Police Conduct",
 * the "Care Quality Commission", the "Health and Safety Executive".
 */
const OVERSIGHT_NAME_WORDS = ['Authority', 'Commission', 'Executive', 'Inspectorate', 'Office', 'Regulator']

/**
 * The words of a body's name that let a release call it by a common noun it is not named with:
 * "the agency" for the "World Health Organization", "the force" for the "Police Service of
 * Northern Ireland", "the company" for "Acme Holdings Ltd". A noun not listed stands for the
 * bodies whose name holds the noun itself ("the council" for "Leeds City Council"). Keep sorted.
 */
export const BODY_NOUN_NAMES: Readonly<Record<string, readonly string[]>> = {
  agency: [
    'Administration',
    'Agency',
    'Bureau',
    'Fund',
    'Organisation',
    'Organization',
    'Program',
    'Programme',
    'Service',
  ],
  bureau: ['Bureau'],
  charity: ['Charity', 'Foundation', 'Trust'],
  company: COMPANY_NAME_WORDS,
  department: ['Department', 'Ministry'],
  firm: COMPANY_NAME_WORDS,
  force: [...FORCE_NAME_ENDS, 'Police Service'].sort(),
  ministry: ['Department', 'Ministry'],
  organisation: ORGANISATION_NAME_WORDS,
  organization: ORGANISATION_NAME_WORDS,
  regulator: OVERSIGHT_NAME_WORDS,
  watchdog: [...OVERSIGHT_NAME_WORDS, 'Watchdog'].sort(),
}

/**
 * The words a publisher's name must hold for a noun to stand for it, where `BODY_NOUN_NAMES` is
 * broader: a release of the "Home Office" or a "… Commission" calls another body "the watchdog",
 * not itself. Its keys are the nouns for bodies that oversee others. Keep sorted.
 */
export const PUBLISHER_NOUN_NAMES: Readonly<Record<string, readonly string[]>> = {
  regulator: ['Regulator'],
  watchdog: ['Regulator', 'Watchdog'],
}

/**
 * Well-known bodies whose names hold no word that tells their kind, each with the common nouns a
 * release calls it by ("Europol … the agency said", "Ofcom … the regulator said"): such a name is
 * a body's, never a person's. Only bodies that releases of many publishers name so; a body not
 * listed is known by the noun the release writes beside its name. Keep sorted.
 */
export const KNOWN_BODIES: Readonly<Record<string, readonly string[]>> = {
  Crimestoppers: ['charity'],
  Eurojust: ['agency'],
  Europol: ['agency'],
  Eurostat: ['office'],
  Frontex: ['agency'],
  INTERPOL: ['organisation', 'organization'],
  Interpol: ['organisation', 'organization'],
  NHS: ['service'],
  Ofcom: ['regulator', 'watchdog'],
  Ofgem: ['regulator', 'watchdog'],
  Ofsted: ['inspectorate', 'regulator', 'watchdog'],
  Ofwat: ['regulator', 'watchdog'],
  Oxfam: ['charity'],
  UNHCR: ['agency'],
  UNICEF: ['agency'],
}

/**
 * Bodies whose members go by a name of their own in capitals, with those names, which stand for
 * the body when they speak: "Gardaí said" is An Garda Síochána speaking, as "Kent Police said" is
 * Kent Police. In lower case ("gardaí said") they are officers unnamed, as "police said" is. Keep sorted.
 */
export const MEMBER_NAMES: Readonly<Record<string, readonly string[]>> = {
  'An Garda Síochána': ['Gardai', 'Gardaí'],
}

/** Pronouns that stand for a speaker, resolved to the person or body they refer to. Keep sorted. */
export const PRONOUNS: readonly string[] = ['he', 'it', 'she', 'they', 'we']

/**
 * Words before a quoted phrase that make it a label, a term or a title, not speech:
 * so-called “tragedy chanting”, a campaign called ‘Safer Streets’. Keep sorted.
 */
export const LABEL_WORDS: readonly string[] = [
  'branded',
  'called',
  'coined',
  'dubbed',
  'entitled',
  'known as',
  'labelled',
  'named',
  'nicknamed',
  'phrase',
  'so called',
  'so-called',
  'term',
  'termed',
  'titled',
  'word',
  'words',
]

/**
 * Capitalised words that start sentences or name things but are never part of a person's name:
 * checked so "The Home Office" or "National Police" is not taken for a person. Keep sorted.
 */
export const NOT_NAME_WORDS: readonly string[] = [
  'a',
  'after',
  'all',
  'also',
  'an',
  'and',
  'another',
  'april',
  'as',
  'at',
  'august',
  'both',
  'but',
  'by',
  'campaigner',
  'dear',
  'december',
  'during',
  'each',
  'earlier',
  'england',
  'even',
  'every',
  'february',
  'for',
  'former',
  'friday',
  'from',
  'her',
  'here',
  'his',
  'homeowner',
  'householder',
  'how',
  'however',
  'if',
  'in',
  'it',
  'january',
  'july',
  'june',
  'just',
  'last',
  'later',
  'many',
  'march',
  'may',
  'meanwhile',
  'monday',
  'most',
  'motorist',
  'national',
  'neighbor',
  'neighbour',
  'next',
  'no',
  'not',
  'november',
  'now',
  'october',
  'of',
  'on',
  'one',
  'only',
  'operation',
  'our',
  'paramedic',
  'passenger',
  'pedestrian',
  'pensioner',
  'perhaps',
  'pupil',
  'resident',
  'retired',
  'saturday',
  'scotland',
  'september',
  'shopper',
  'since',
  'so',
  'some',
  'still',
  'student',
  'such',
  'sunday',
  'survivor',
  'teenager',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'this',
  'those',
  'thursday',
  'today',
  'tomorrow',
  'tuesday',
  'uk',
  'victim',
  'volunteer',
  'wales',
  'we',
  'wednesday',
  'what',
  'when',
  'where',
  'which',
  'while',
  'who',
  'why',
  'with',
  'witness',
  'yes',
  'yesterday',
]

/** Abbreviations whose full stop does not end a sentence ("Ch Supt. Smith", "Op. Cyclone", "Reps. Jane Doe and John Roe"). Keep sorted. */
export const ABBREVIATIONS: readonly string[] = [
  'adm',
  'brig',
  'capt',
  'ch',
  'cllr',
  'cmdr',
  'co',
  'col',
  'const',
  'corp',
  'cpl',
  'cr',
  'cst',
  'det',
  'dr',
  'drs',
  'e.g',
  'etc',
  'ft',
  'gen',
  'gov',
  'hon',
  'i.e',
  'inc',
  'insp',
  'j.g',
  'jr',
  'lt',
  'ltd',
  'maj',
  'mr',
  'mrs',
  'ms',
  'mt',
  'no',
  'ofc',
  'op',
  'pfc',
  'prof',
  'profs',
  'pty',
  'pvt',
  'rep',
  'reps',
  'rev',
  'rt',
  'sen',
  'sens',
  'sgt',
  'spc',
  'sr',
  'st',
  'ste',
  'supt',
  'tech',
  'tpr',
  'vs',
]
