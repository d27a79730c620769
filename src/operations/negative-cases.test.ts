import { describe, expect, it } from 'vitest'
import { findOperations } from './find-operations'

/**
 * Phrases from police and government writing that name no operation: units, roles, rooms and
 * documents, the common noun, words that merely begin with "Op", and programmes or campaigns
 * named without the word Operation. Written in the style of UK and New Zealand police releases.
 */
const NEGATIVE: readonly string[] = [
  // Units, roles and rooms.
  'Charlie Hall is Head of the National Police Chiefs’ Council Operations Coordination Committee.',
  'DCI Lee Newman-West is Head of Operations at Opal, the team which coordinated the national activity.',
  'The drone was flown by the Thames Valley Police Joint Operations Unit.',
  'The Operations Manager for the control room said calls had risen sharply.',
  'Operation Manager Sarah Jones said the trial had worked well.',
  'Director of Operations Jane Smith and her team briefed the committee.',
  'Operations Director Paul Smith and Chief Inspector Amy Lee attended.',
  'Officers in the Operations Room monitored the march throughout the day.',
  'Ops Room staff took more than 1,000 calls on New Year’s Eve.',
  'The Operations Support Unit was deployed to the stadium.',
  'Officers from the Tactical Operations Team made the arrest.',
  'The Operation Support Group was called to the scene.',
  'Our Operations Centre received the report just after midnight.',
  'The OP Team watched the address from a nearby flat.',
  'Operation Command officers will review the footage.',
  'The Operation Order was issued to all officers on Friday.',
  // The common noun.
  'The three defendants were jailed, and a further off-shoot operation launched in the Eastern Region.',
  'The operation was a success, officers said.',
  'This has been one of the longest and most resource intensive policing operations in recent history.',
  'An operation to recover the vehicle began at 10am.',
  'He was taken to hospital for an op. The family thanked the staff who cared for him.',
  'Detectives praised the cooperation of the public and the Co-Operation Agreement between forces.',
  'The success of the operation’s first phase was clear.',
  'Operational policing will continue over the bank holiday weekend.',
  'OPERATIONAL UPDATE: all roads have now reopened.',
  'OPERATIONS UPDATE: the cordon has been lifted.',
  // Headlines where "Operation" is the common noun.
  'Police Operation Nets Drugs And Cash In Dawn Raids',
  'Major Operation Underway In City Centre',
  'Joint Operation Targets County Lines Gangs Across The Region',
  'A Multi-Agency Operation Was Carried Out Overnight',
  'Inside The Operation Targeting County Lines Gangs',
  // Words that begin with "Op" or use it otherwise.
  'Writing in an Op-Ed for the newspaper, the commissioner set out her plans.',
  'The Op Ed page carried a letter from the Police and Crime Commissioner.',
  'An exhibition of Op Art opens at the gallery on Saturday.',
  'Donations of clothing can be left at the Op Shop on Main Street.',
  'The Co-Op Bank has agreed to fund the scheme.',
  'The orchestra will play Beethoven’s Piano Sonata Op. 27 No. 2.',
  'Special Operations fill the gap when ordinary patrols are ruled out.',
  // Programmes and campaigns named without the word Operation.
  'The force launched its “Clear, Hold, Build” programme in the area.',
  'The Pegasus partnership brings retailers and police together.',
  'Project Servator deployments are unpredictable by design.',
  'The Safer Streets Fund has paid for new lighting in the park.',
]

describe('findOperations', () => {
  describe('negative cases', () => {
    it('has at least thirty phrases', () => {
      expect(NEGATIVE.length).toBeGreaterThanOrEqual(30)
    })

    it.each(NEGATIVE)('finds no operation in %s', (phrase) => {
      expect(findOperations(phrase)).toEqual([])
    })
  })
})
