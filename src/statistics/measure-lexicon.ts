import { AUXILIARY_VERBS } from '../text/auxiliaries'
import { TIME_UNITS } from './lexicon'

/*
 * The words the measure reader reads, as data: what ends or opens the words a figure counts,
 * read on from it or back to its subject. Each list is lower case.
 */

/**
 * Words that end what is counted when reading on from a figure: "180 arrests were made"
 * counts "arrests", "316 stolen vehicles recovered in intensification week" counts "stolen
 * vehicles recovered", "3kg of heroin worth £300,000" weighs "heroin". Auxiliaries, relatives,
 * "worth" and the prepositions that start an adjunct (place, time, purpose) end it; "of", "by",
 * "at", "to", "from" and "against" mostly go on describing the thing counted. Keep sorted.
 */
export const MEASURE_STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'across',
  'after',
  'also',
  'although',
  'am',
  'an',
  'are',
  'as',
  'be',
  'because',
  'been',
  'before',
  'being',
  'between',
  'but',
  'can',
  'could',
  'did',
  'do',
  'does',
  'during',
  'each',
  'every',
  'for',
  'had',
  'has',
  'have',
  'he',
  'if',
  'in',
  'including',
  'into',
  'is',
  'it',
  'last',
  'may',
  'might',
  'must',
  'next',
  'on',
  'onto',
  'over',
  'per',
  'said',
  'say',
  'says',
  'shall',
  'she',
  'should',
  'since',
  'so',
  'than',
  'that',
  'they',
  'this',
  'though',
  'through',
  'throughout',
  'today',
  'told',
  'tonight',
  'toward',
  'towards',
  'under',
  'unless',
  'until',
  'via',
  'was',
  'we',
  'were',
  'when',
  'where',
  'which',
  'while',
  'whilst',
  'who',
  'whom',
  'whose',
  'will',
  'with',
  'within',
  'without',
  'worth',
  'would',
  'yesterday',
  'you',
])

/** Words that end a subject read backwards from a verb: "and the number of adults safeguarded rose". Keep sorted. */
export const SUBJECT_STOP_WORDS: ReadonlySet<string> = new Set([
  'after',
  'also',
  'and',
  'are',
  'as',
  'because',
  'but',
  'during',
  'each',
  'for',
  'from',
  'had',
  'has',
  'have',
  'having',
  'he',
  'in',
  'indicate',
  'indicated',
  'indicates',
  'is',
  'it',
  'on',
  'or',
  'plus',
  'reveal',
  'revealed',
  'reveals',
  'said',
  'saw',
  'says',
  'see',
  'seen',
  'sees',
  'she',
  'showed',
  'shows',
  'since',
  'suggest',
  'suggested',
  'suggests',
  'that',
  'there',
  'they',
  'to',
  'was',
  'we',
  'were',
  'which',
  'while',
  'who',
  'will',
  'with',
])

/** Openings dropped from a subject: "the number of adults safeguarded" counts "adults safeguarded". */
export const SUBJECT_OPENINGS: readonly (readonly string[])[] = [
  ['the', 'total', 'number', 'of'],
  ['the', 'number', 'of'],
  ['the', 'amount', 'of'],
  ['a', 'total', 'of'],
  ['the'],
  ['an'],
  ['a'],
  ['its'],
  ['their'],
  ['our'],
]

/**
 * Words linking a subject to its figure: "the value is £5.4m", "valued at over £4m", "drugs
 * worth £250,000", and verbs of reaching a level or a weight ("Sales hit ¥3.2 trillion", "The haul
 * weighed 1.2 tonnes"). Keep sorted.
 */
export const VALUE_LINKS: ReadonlySet<string> = new Set([
  'are',
  'at',
  'be',
  'exceeded',
  'exceeds',
  'hit',
  'hits',
  'is',
  'of',
  'reached',
  'reaches',
  'topped',
  'tops',
  'totaled',
  'totaling',
  'totalled',
  'totalling',
  'was',
  'weighed',
  'weighing',
  'weighs',
  'were',
  'worth',
])

/**
 * Verbs in the present before the object a sum or a figure describes, as headlines and companies'
 * outlooks write them ("Gardaí seize cannabis worth €1.6m", "Firm wins contracts worth $2bn", "The
 * Board expects revenue of £830m"): after their subject, what follows is the object, as after
 * "seized" or "reported". Keep sorted.
 */
export const PRESENT_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'anticipate',
  'anticipates',
  'confiscate',
  'confiscates',
  'discover',
  'discovers',
  'expect',
  'expects',
  'find',
  'finds',
  'forecast',
  'forecasts',
  'intercept',
  'intercepts',
  'post',
  'posts',
  'predict',
  'predicts',
  'recover',
  'recovers',
  'report',
  'reports',
  'secure',
  'secures',
  'seize',
  'seizes',
  'steal',
  'steals',
  'uncover',
  'uncovers',
  'win',
  'wins',
])

/**
 * Past participles that do not end in -ed: "had withdrawn £300", "stolen farm machinery".
 * Several are also past tenses ("made", "found"). Keep sorted.
 */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'bought',
  'brought',
  'built',
  'caught',
  'chosen',
  'dealt',
  'done',
  'drawn',
  'driven',
  'fed',
  'felt',
  'fled',
  'fought',
  'found',
  'given',
  'got',
  'heard',
  'held',
  'hit',
  'kept',
  'known',
  'led',
  'left',
  'lent',
  'lost',
  'made',
  'meant',
  'met',
  'paid',
  'put',
  'sat',
  'seen',
  'sent',
  'set',
  'shot',
  'shown',
  'slept',
  'sold',
  'sought',
  'spent',
  'stolen',
  'stood',
  'struck',
  'swept',
  'taken',
  'taught',
  'thrown',
  'understood',
  'withdrawn',
  'won',
  'written',
])

/**
 * Verbs in the present that follow a plural noun as its verb, not as a word of a compound: "2,000
 * people live in the village", "120 businesses receive the grant", "15 officers patrol the area".
 * Keep sorted.
 */
export const PRESENT_VERBS: ReadonlySet<string> = new Set([
  'agree',
  'appear',
  'arrive',
  'attend',
  'believe',
  'carry',
  'choose',
  'come',
  'commute',
  'consume',
  'continue',
  'depend',
  'die',
  'earn',
  'eat',
  'enjoy',
  'exist',
  'expect',
  'feel',
  'get',
  'go',
  'happen',
  'hope',
  'know',
  'leave',
  'live',
  'lose',
  'need',
  'occur',
  'oppose',
  'own',
  'participate',
  'prefer',
  'receive',
  'rely',
  'remain',
  'require',
  'reside',
  'respond',
  'say',
  'see',
  'serve',
  'spend',
  'stay',
  'struggle',
  'suffer',
  'survive',
  'take',
  'think',
  'want',
  'worry',
])

/**
 * Verbs in the third person singular that are seldom plural nouns: after a singular noun they are
 * its verb ("The $8.5 million project replaces the deck", "The £2m scheme includes"). Words that
 * are as often plural nouns of compounds ("pension funds", "housing starts", "council houses",
 * "project costs") are left out. Keep sorted.
 */
export const THIRD_PERSON_VERBS: ReadonlySet<string> = new Set([
  'allows',
  'appears',
  'applies',
  'arrives',
  'becomes',
  'brings',
  'buys',
  'closes',
  'comes',
  'contains',
  'continues',
  'creates',
  'delivers',
  'describes',
  'enables',
  'ensures',
  'equals',
  'exceeds',
  'expects',
  'explains',
  'follows',
  'gets',
  'gives',
  'goes',
  'helps',
  'includes',
  'involves',
  'keeps',
  'lasts',
  'lets',
  'opens',
  'pays',
  'proves',
  'provides',
  'puts',
  'reaches',
  'remains',
  'replaces',
  'represents',
  'requires',
  'reveals',
  'says',
  'seeks',
  'sees',
  'serves',
  'sits',
  'suggests',
  'tells',
  'warns',
])

/**
 * Verbs in the present that are also nouns of compounds ("police patrol cars", "support workers")
 * or past participles ("books read by pupils"): the verb only before a word that no noun phrase
 * goes on with ("officers patrol the area", "volunteers help out"), or after people ("workers
 * report symptoms"). Keep sorted.
 */
export const PRESENT_VERBS_OR_NOUNS: ReadonlySet<string> = new Set([
  'benefit',
  'drink',
  'face',
  'fear',
  'help',
  'hold',
  'move',
  'patrol',
  'pay',
  'read',
  'report',
  'share',
  'skip',
  'smoke',
  'support',
  'travel',
  'use',
  'visit',
  'vote',
  'wait',
  'work',
])

/**
 * Nouns written in the plural as the first word of a compound, seldom the subject of a share or
 * a count: "sports club committee members", "goods vehicle drivers", "arms trade officials",
 * "operations support staff". Keep sorted.
 */
export const PLURAL_MODIFIERS: ReadonlySet<string> = new Set([
  'arms',
  'communications',
  'customs',
  'drugs',
  'firearms',
  'goods',
  'jobs',
  'operations',
  'roads',
  'sales',
  'savings',
  'skills',
  'sports',
  'weapons',
  'works',
])

/**
 * Verbs of saying, thinking or finding whose object is a "that" clause. Not forms that are also
 * plural nouns ("reports that were filed", "claims that failed"). Keep sorted.
 */
export const THAT_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'agree',
  'agreed',
  'agrees',
  'believe',
  'believed',
  'believes',
  'claimed',
  'confirmed',
  'feel',
  'feels',
  'felt',
  'find',
  'found',
  'indicated',
  'noted',
  'reported',
  'reveal',
  'revealed',
  'reveals',
  'said',
  'say',
  'says',
  'show',
  'showed',
  'stated',
  'suggest',
  'suggested',
  'suggests',
  'think',
  'thinks',
  'thought',
  'warned',
])

/**
 * Past tenses that are never participles: after what is counted they are its verb ("40 schools
 * took part"). Keep sorted.
 */
export const SIMPLE_PASTS: ReadonlySet<string> = new Set([
  'ate',
  'became',
  'began',
  'broke',
  'came',
  'chose',
  'drew',
  'drove',
  'fell',
  'flew',
  'forgot',
  'froze',
  'gave',
  'grew',
  'knew',
  'ran',
  'rang',
  'rode',
  'rose',
  'sang',
  'sank',
  'saw',
  'shook',
  'spoke',
  'stole',
  'swam',
  'threw',
  'took',
  'tore',
  'went',
  'woke',
  'wore',
  'wrote',
])

/**
 * Past tenses of verbs that take no object, so have no passive: after what is counted they are
 * its verb, never a participle describing it ("two men appeared at court", "12 people died in the
 * crash", "nine officers responded to the call"). Also verbs whose passive no release lists
 * things with, as a thing does them on its own ("1,200 MOT tests failed", "40 licences expired",
 * "12 appeals succeeded"). Not verbs a result is listed with ("people arrested", "miles
 * travelled", "hours worked"). Keep sorted.
 */
export const INTRANSITIVE_PASTS: ReadonlySet<string> = new Set([
  'absconded',
  'abstained',
  'agreed',
  'appeared',
  'arrived',
  'belonged',
  'collapsed',
  'collided',
  'competed',
  'complained',
  'died',
  'disagreed',
  'disappeared',
  'drowned',
  'emerged',
  'escaped',
  'existed',
  'expired',
  'failed',
  'fled',
  'graduated',
  'happened',
  'lapsed',
  'lived',
  'marched',
  'occurred',
  'originated',
  'participated',
  'perished',
  'persisted',
  'queued',
  'reacted',
  'recurred',
  'remained',
  'reoffended',
  'replied',
  'resided',
  'resigned',
  'responded',
  'resulted',
  'retired',
  'stalled',
  'stayed',
  'stemmed',
  'succeeded',
  'testified',
  'volunteered',
  'voted',
  'waited',
])

/**
 * Participles of what is done to people, which releases list as results after the people
 * counted ("300 people arrested in the raids", "12 people injured"): never the verb of a
 * sentence those people open. Keep sorted.
 */
export const RESULT_PARTICIPLES: ReadonlySet<string> = new Set([
  'affected',
  'arrested',
  'cautioned',
  'charged',
  'convicted',
  'deported',
  'detained',
  'displaced',
  'employed',
  'evacuated',
  'fined',
  'hospitalised',
  'hospitalized',
  'housed',
  'identified',
  'imprisoned',
  'injured',
  'interviewed',
  'jailed',
  'killed',
  'questioned',
  'reported',
  'rescued',
  'screened',
  'searched',
  'sentenced',
  'stopped',
  'summonsed',
  'surveyed',
  'tested',
  'treated',
  'trained',
  'vaccinated',
  'wounded',
])

/**
 * Participles of verbs of giving, which keep an object in the passive: "11 handed final written
 * warnings", "200 drivers issued a fine", "1,000 adults asked a series of questions". Other
 * participles before an article or a possessive are a verb with its object ("40 residents
 * attended a meeting"). Keep sorted.
 */
export const GIVING_PARTICIPLES: ReadonlySet<string> = new Set([
  'allocated',
  'asked',
  'assigned',
  'awarded',
  'charged',
  'denied',
  'fined',
  'given',
  'granted',
  'handed',
  'issued',
  'lent',
  'offered',
  'owed',
  'paid',
  'promised',
  'refused',
  'sent',
  'served',
  'shown',
  'sold',
  'taught',
  'told',
])

/** Words that open a verb's object: an article, a possessive, a demonstrative. Keep sorted. */
export const OBJECT_OPENINGS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'another',
  'her',
  'his',
  'its',
  'my',
  'our',
  'several',
  'their',
  'these',
  'this',
  'those',
  'your',
])

/**
 * Participles that work as prepositions ("a rise compared with 2019") or only say who took part
 * ("300 officers involved"): what is counted ends before them. Keep sorted.
 */
export const ENDING_PARTICIPLES: ReadonlySet<string> = new Set(['compared', 'concerned', 'involved'])

/** Words that stand before a verb of its subject: "crime has fallen", "crime is down", "crime is now down". */
export const SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set([
  ...AUXILIARY_VERBS,
  'already',
  'also',
  'not',
  'now',
  'still',
])

/** Adverbs that stand between a subject and its verb: "households now own", "firms still expect". Keep sorted. */
export const PRE_VERB_ADVERBS: ReadonlySet<string> = new Set([
  'already',
  'also',
  'always',
  'never',
  'now',
  'often',
  'sometimes',
  'still',
  'usually',
])

/**
 * Prepositions that may start a phrase inside a subject: "weapons surrendered in amnesty bins",
 * "knife crime in the West Midlands". Keep sorted.
 */
export const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'for', 'from', 'in', 'on', 'to'])

/** Words that open a noun phrase: reading a subject backwards, it starts there. Keep sorted. */
export const NOUN_OPENINGS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'her',
  'his',
  'its',
  'our',
  'the',
  'their',
])

/** Words before a participle that make it a verb: "have recovered property", "and recovered property". Keep sorted. */
export const VERB_CONTEXT: ReadonlySet<string> = new Set([
  'and',
  'are',
  'had',
  'has',
  'have',
  'he',
  'is',
  'or',
  'she',
  'that',
  'they',
  'was',
  'we',
  'were',
  'which',
  'who',
])

/** Comparatives that open a figure with "than": "and more than 3kg". Keep sorted. */
export const FIGURE_OPENINGS: ReadonlySet<string> = new Set([
  'about',
  'almost',
  'approximately',
  'around',
  'fewer',
  'just',
  'less',
  'more',
  'nearly',
  'over',
  'roughly',
  'some',
  'under',
])

/** Participles that name a topic, as a preposition does: "arrests made relating to vehicle crime". Keep sorted. */
export const TOPIC_PARTICIPLES: ReadonlySet<string> = new Set([
  'concerning',
  'involving',
  'regarding',
  'relating',
])

/**
 * Words in -ing that name things in releases, so they go on with what is counted: "annual
 * funding", "new operating funding", "drug trafficking". Keep sorted.
 */
export const ING_NOUNS: ReadonlySet<string> = new Set([
  'funding',
  'housing',
  'laundering',
  'offending',
  'operating',
  'policing',
  'reoffending',
  'sentencing',
  'shoplifting',
  'smuggling',
  'spending',
  'stalking',
  'trafficking',
  'training',
])

/**
 * Adjectives in -ing that describe the noun after them, not verbs taking it as their object:
 * "missing jewellery worth £5,000", "outstanding debts totalling £2m". Keep sorted.
 */
export const ING_ADJECTIVES: ReadonlySet<string> = new Set([
  'corresponding',
  'existing',
  'incoming',
  'leading',
  'matching',
  'missing',
  'ongoing',
  'outgoing',
  'outstanding',
  'pending',
  'remaining',
  'surrounding',
  'underlying',
  'upcoming',
])

/**
 * Verbs and adjectives whose "to" opens an infinitive, not a phrase of where or to whom: "ordered
 * to pay costs of $85", "agreed to pay compensation of £2m", "has to raise funds of £1m". Read
 * back from a figure, the infinitive's verb is no part of what is measured; its object is. Verbs
 * whose "to" as often names a recipient ("awarded to", "paid to", "offered to") are left out.
 * So does the charge of a conspiracy: "conspiracy to supply cocaine worth £40,000". Keep sorted.
 */
export const INFINITIVE_GOVERNORS: ReadonlySet<string> = new Set([
  'able',
  'agree',
  'agreed',
  'agrees',
  'aim',
  'aimed',
  'aims',
  'asked',
  'attempt',
  'attempted',
  'bound',
  'chose',
  'compelled',
  'conspiracy',
  'conspire',
  'conspired',
  'conspiring',
  'continue',
  'continued',
  'continues',
  'decided',
  'decides',
  'directed',
  'due',
  'elected',
  'expect',
  'expected',
  'expects',
  'failed',
  'forced',
  'going',
  'had',
  'has',
  'have',
  'hope',
  'hoped',
  'hopes',
  'instructed',
  'intend',
  'intended',
  'intends',
  'intent',
  'liable',
  'likely',
  'need',
  'needed',
  'needs',
  'obliged',
  'opted',
  'ordered',
  'plan',
  'planned',
  'plans',
  'promised',
  'refused',
  'required',
  'seek',
  'seeking',
  'seeks',
  'sought',
  'told',
  'tried',
  'trying',
  'unable',
  'undertook',
  'vote',
  'voted',
  'votes',
  'vowed',
  'want',
  'wanted',
  'wants',
  'willing',
])

/** Words of expectation before an infinitive of a level: "is forecast to peak at". Keep sorted. */
export const EXPECTATION_WORDS: ReadonlySet<string> = new Set([
  'due',
  'estimated',
  'expected',
  'forecast',
  'likely',
  'predicted',
  'projected',
  'set',
])

/** Adjectives that take an infinitive: "available to create nine centres". Keep sorted. */
export const TAKES_INFINITIVE: ReadonlySet<string> = new Set([
  'able',
  'available',
  'due',
  'eligible',
  'ready',
])

/**
 * Adjectives and participles that say what money is for when it is their subject: "£4.5m is
 * available to create nine centres". Keep sorted.
 */
export const MONEY_PREDICATES: ReadonlySet<string> = new Set([
  'allocated',
  'available',
  'earmarked',
  'needed',
  'required',
])

/** Verbs whose object may take a participle as its complement: "saw 35 handguns seized". Keep sorted. */
export const COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  'saw',
  'see',
  'seeing',
  'seen',
  'sees',
  'witnessed',
])

/**
 * Verbs whose subject undergoes the change their object names: "Shoplifting recorded a rise of
 * 12%", "Sales saw strong growth of 4%". Keep sorted.
 */
export const UNDERGOING_VERBS: ReadonlySet<string> = new Set([
  'experienced',
  'experiences',
  'recorded',
  'records',
  'registered',
  'registers',
  'saw',
  'seen',
  'sees',
  'showed',
  'shows',
  'suffered',
  'suffers',
  'witnessed',
])

/**
 * Verbs that send what their object's figure counts somewhere: "deployed 4 experts to Spain",
 * "sent 12 officers to Leeds". Where they go ("to Spain") belongs to the verb, not to what is
 * counted. Keep sorted.
 */
export const SENDING_VERBS: ReadonlySet<string> = new Set([
  'deploy',
  'deployed',
  'deploying',
  'deploys',
  'despatched',
  'dispatch',
  'dispatched',
  'dispatches',
  'dispatching',
  'redeployed',
  'relocated',
  'send',
  'sending',
  'sends',
  'sent',
  'transferred',
])

/**
 * Verbs that set money aside for a purpose or a recipient named after "to": "committed €250
 * million to the programme", "allocated £3m to local councils". What follows "to" is what the
 * money is for, not the verb. Keep sorted.
 */
export const ALLOCATING_VERBS: ReadonlySet<string> = new Set([
  'allocate',
  'allocated',
  'allocates',
  'commit',
  'commits',
  'committed',
  'contribute',
  'contributed',
  'contributes',
  'dedicate',
  'dedicated',
  'dedicates',
  'devote',
  'devoted',
  'devotes',
  'earmark',
  'earmarked',
  'earmarks',
  'pledge',
  'pledged',
  'pledges',
])

/**
 * Verbs that spend money on what follows "on": "spend £2m on roads", "invested $5m on new
 * equipment". Keep sorted.
 */
export const SPENDING_VERBS: ReadonlySet<string> = new Set([
  'invest',
  'invested',
  'investing',
  'invests',
  'spend',
  'spending',
  'spends',
  'spent',
])

/** Words between such a verb and its object's figure: "saw a further 35 handguns". Keep sorted. */
export const COMPLEMENT_FILLERS: ReadonlySet<string> = new Set(['a', 'another', 'further', 'the'])

/** Words after a figure that go on to what it counts: "thousands more officers". Keep sorted. */
export const COMPARATIVE_EXTRAS: ReadonlySet<string> = new Set([
  'additional',
  'extra',
  'fewer',
  'further',
  'more',
])

/** Possessive determiners, which open no measure: "its staff" measures "staff". Keep sorted. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'her',
  'his',
  'its',
  'my',
  'our',
  'their',
  'your',
])

/** Articles: "the" after what is counted opens a new phrase. Keep sorted. */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/** Prepositions: "the" after one goes on with the phrase ("value of the fund"). Keep sorted. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'among',
  'around',
  'at',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'between',
  'beyond',
  'by',
  'during',
  'for',
  'from',
  'in',
  'inside',
  'into',
  'near',
  'of',
  'off',
  'on',
  'onto',
  'outside',
  'over',
  'past',
  'per',
  'since',
  'through',
  'to',
  'toward',
  'towards',
  'under',
  'until',
  'upon',
  'versus',
  'via',
  'with',
  'within',
  'without',
])

/** Words after a figure that open no noun phrase: "35 or above", "up 3%". Keep sorted. */
export const NOT_NOUN_OPENINGS: ReadonlySet<string> = new Set([
  'and',
  'down',
  'nor',
  'or',
  'plus',
  'than',
  'up',
])

/**
 * Adverbs that may follow money and name nothing it pays for: "rose £3 overnight", "£5 apiece"
 * ("each", "today" and the like are `MEASURE_STOP_WORDS`; words in -ly, -ed and -ing are told
 * apart by their endings). Keep sorted.
 */
export const ADVERBS_AFTER_MONEY: ReadonlySet<string> = new Set([
  'again',
  'alone',
  'apiece',
  'back',
  'instead',
  'now',
  'overnight',
  'too',
])

/** Words that cannot end what is counted: "arrests made by" is "arrests made". Keep sorted. */
export const TRAILING_WORDS: ReadonlySet<string> = new Set([
  '&',
  '-',
  '/',
  'and',
  'at',
  'by',
  'from',
  'of',
  'or',
  'the',
  'to',
])

/** Auxiliaries of the perfect: "had withdrawn £300". Keep sorted. */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have'])

/** Words after a change verb that make it a verb, not a noun: "rose by", "fell from", "rose to". Keep sorted. */
export const CHANGE_LINKS: ReadonlySet<string> = new Set(['by', 'from', 'to'])

/**
 * Words that point at a phrase or name a figure's kind, and name nothing counted alone: "this is
 * down 8%", "by an average of 1500", "a maximum of 30 kg". Keep sorted.
 */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set([
  'average',
  'maximum',
  'median',
  'minimum',
  'sum',
  'that',
  'these',
  'this',
  'those',
  'total',
])

/** Forms of "be" that link money to what it is for: "£4.5m is available". Keep sorted. */
export const COPULAS: ReadonlySet<string> = new Set(['are', 'is', 'was', 'were'])

/** Whether a word is one of grammar, not of a noun phrase: a stop word, a preposition, a link. */
export function isFunctionWord(word: string): boolean {
  return (
    MEASURE_STOP_WORDS.has(word) ||
    PREPOSITIONS.has(word) ||
    NOT_NOUN_OPENINGS.has(word) ||
    VALUE_LINKS.has(word)
  )
}

/**
 * Nouns of a time of day or of the year that a pointing word may name, besides the units of
 * time: "Sales that quarter rose", "items found that night", "Sales in those months". Keep sorted.
 */
const POINTED_TIMES: ReadonlySet<string> = new Set([
  'afternoon',
  'afternoons',
  'autumn',
  'autumns',
  'evening',
  'evenings',
  'half',
  'halves',
  'morning',
  'mornings',
  'period',
  'periods',
  'quarter',
  'quarters',
  'season',
  'seasons',
  'spring',
  'summer',
  'summers',
  'time',
  'times',
  'winter',
  'winters',
])

/**
 * Whether `w` is a time a pointing word ("that", "this", "those", "last") may name: a unit of
 * time ("year", "months") or a time of day or of the year ("night", "summer"), in either number.
 */
export function isPointedTime(w: string): boolean {
  return TIME_UNITS.has(w) || POINTED_TIMES.has(w)
}
