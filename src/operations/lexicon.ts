/**
 * Words the operation detector reads, as data: the prefixes that introduce a named operation,
 * the words that are never (part of) a name, the words that end a force's name, the words after
 * which a capitalised "Operation" in a headline reads as a name, and the quotation marks around
 * a quoted name. Keep each list sorted (code-unit order).
 */
import { MONTH_NAMES } from '../dates/lexicon'

/**
 * The months that end a name ("Operation Sceptre January 2024"), capitalised. March and May are
 * left out, so "Operation March" and "Operation May" stay names.
 */
const MONTH_STOP_WORDS = MONTH_NAMES.filter((m) => m !== 'march' && m !== 'may').map(
  (m) => `${m.charAt(0).toUpperCase()}${m.slice(1)}`,
)

/**
 * Prefixes that introduce one named operation ("Operation Hurricane", "Op Cyclone", "Op. Sceptre").
 * Matched exactly as written, so each case form is listed: "operation" in lower case is the
 * common noun ("an off-shoot operation") far more often than a name (keep sorted).
 */
export const OPERATION_PREFIXES: readonly string[] = [
  'OP',
  'OP.',
  'OPERATION',
  'OPN',
  'OPN.',
  'Op',
  'Op.',
  'Operation',
  'Opn',
  'Opn.',
]

/**
 * Plural prefixes that introduce a list of operations ("Operations Sceptre and Venetic"). Only a
 * list joined by "and" or "&" counts: "Operations Manager", "Head of Operations" are roles
 * (keep sorted).
 */
export const OPERATION_PLURAL_PREFIXES: readonly string[] = ['OPERATIONS', 'OPS', 'Operations', 'Ops']

/**
 * Words that are not operation names. As the first word after a prefix they mean the phrase is
 * a role, a unit, a document or the common noun ("Operation Manager", "Op Art", "Op Shop",
 * "Operation Order"); later they end the name ("Operation Hurricane Team" is "Operation
 * Hurricane"). Compared without regard to case. The month names come from `MONTH_NAMES`; keep
 * the words written here sorted.
 */
export const OPERATION_STOP_WORDS: readonly string[] = [
  'A',
  'About',
  'After',
  'Against',
  'Also',
  'Amp',
  'An',
  'And',
  'Any',
  'Are',
  'Area',
  'Art',
  'As',
  'At',
  'Background',
  'Base',
  'Begins',
  'Board',
  'Branch',
  'Bronze',
  'But',
  'By',
  'Campaign',
  'Can',
  'Cell',
  'Center',
  'Centre',
  'Chief',
  'Cit',
  'Code',
  'Codename',
  'Command',
  'Commander',
  'Commanders',
  'Committee',
  'Complete',
  'Completed',
  'Constable',
  'Constables',
  'Constabulary',
  'Continues',
  'Control',
  'Coordinator',
  'Crime',
  'Crimes',
  'DC',
  'DCI',
  'DI',
  'DS',
  'DSupt',
  'Day',
  'Days',
  'Department',
  'Desk',
  'Details',
  'Detective',
  'Detectives',
  'Director',
  'Division',
  'During',
  'Ed',
  'Ends',
  'Every',
  'Facts',
  'Figures',
  'For',
  'Force',
  'Friday',
  'From',
  'Gold',
  'Group',
  'HQ',
  'Has',
  'Have',
  'He',
  'Head',
  'Her',
  'Here',
  'His',
  'Hours',
  'Hub',
  'I',
  'If',
  'In',
  'Information',
  'Initiative',
  'Inspector',
  'Inspectors',
  'Into',
  'Investigation',
  'Investigations',
  'Investigators',
  'Is',
  'It',
  'Its',
  'Latest',
  'Launched',
  'Launches',
  'Lead',
  'Leads',
  'Manager',
  'Managers',
  'Manual',
  'Monday',
  'Month',
  'More',
  'My',
  'Name',
  'Names',
  'National',
  'No',
  'Not',
  'Notes',
  'Now',
  'Of',
  'Officer',
  'Officers',
  'On',
  'Or',
  'Order',
  'Orders',
  'Our',
  'Over',
  'Overview',
  'PC',
  'PCSO',
  'PS',
  'Partnership',
  'Phase',
  'Plan',
  'Planning',
  'Plans',
  'Police',
  'Program',
  'Programme',
  'Regional',
  'Report',
  'Results',
  'Room',
  'Rooms',
  'SIO',
  'Saturday',
  'Scheme',
  'Section',
  'Sees',
  'Senior',
  'Sergeant',
  'Sergeants',
  'Service',
  'Services',
  'She',
  'Shop',
  'Shops',
  'Silver',
  'So',
  'Some',
  'Staff',
  'Statistics',
  'Strategy',
  'Success',
  'Successful',
  'Summary',
  'Sunday',
  'Superintendent',
  'Support',
  'Team',
  'Teams',
  'That',
  'The',
  'Theatre',
  'Theatres',
  'Their',
  'Then',
  'There',
  'These',
  'They',
  'This',
  'Those',
  'Thursday',
  'Time',
  'Timeline',
  'Times',
  'To',
  'Today',
  'Tuesday',
  'Underway',
  'Unit',
  'Units',
  'Update',
  'Updates',
  'Was',
  'We',
  'Wednesday',
  'Week',
  'Weeks',
  'Were',
  'What',
  'When',
  'Where',
  'Which',
  'While',
  'Who',
  'Will',
  'With',
  'Year',
  'Yesterday',
  'You',
  'Your',
  ...MONTH_STOP_WORDS,
].sort()

/**
 * Words that end a force's name ("Thames Valley Police"). When one follows a name of several
 * words, the words after the first are taken for the force's place, not the operation's name:
 * "Operation Sceptre Merseyside Police" is "Operation Sceptre". Compared without regard to case
 * (keep sorted).
 */
/**
 * Words naming an event held under an operation's name ("Operation Safe and Sound Week"). Stop
 * words end the name before them; these also let a name run on over "and" to the word before
 * them. Keep sorted.
 */
export const OPERATION_EVENT_WORDS: readonly string[] = ['Campaign', 'Day', 'Month', 'Week', 'Weeks']

export const OPERATION_FORCE_WORDS: readonly string[] = ['Constabulary', 'Police']

/**
 * Words after which a capitalised prefix in a headline reads as a name ("Arrests In Operation
 * Sceptre"), where any other word before it reads as the common noun ("Police Operation Nets
 * Arrests"). Compared without regard to case (keep sorted).
 */
export const OPERATION_LEAD_WORDS: readonly string[] = [
  '&',
  'about',
  'after',
  'against',
  'and',
  'as',
  'at',
  'before',
  'behind',
  'by',
  'during',
  'for',
  'from',
  'in',
  'into',
  'joins',
  'of',
  'on',
  'over',
  'since',
  'through',
  'to',
  'under',
  'via',
  'with',
]

/** Opening quotation marks around a quoted name ("Operation ‘Hurricane’"), each with its closing mark. */
export const NAME_QUOTES: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '«': '»',
  '‘': '’',
  '“': '”',
}
