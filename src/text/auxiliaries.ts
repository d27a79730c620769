/**
 * English auxiliary and modal verbs, lower case: a sentence's verb phrase starts with one ("crime
 * has fallen", "will appear"), which headline-style lines drop. Keep sorted.
 */
export const AUXILIARY_VERBS: readonly string[] = [
  'am',
  'are',
  'be',
  'been',
  'being',
  'can',
  'could',
  'did',
  'do',
  'does',
  'had',
  'has',
  'have',
  'is',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'was',
  'were',
  'will',
  'would',
]
