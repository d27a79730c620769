// A pronoun cue after narration that names a party to a case (a defendant or victim named with an
// age, "The court heard that …") goes to the person quoted before, not to the party.
import { describe, expect, it } from 'vitest'
import { extractQuotes } from './extract-quotes'
import { namedAsBench, namedAsParty, speaksInNarration } from './parties'
import { lexiconWith } from './patterns'

const lexicon = lexiconWith({})
const speakers = (input: string) => extractQuotes(input).map((q) => q.speaker?.name ?? null)

describe('a pronoun cue after narration that names a party to the case', () => {
  it.each([
    // Written in the style of UK police releases.
    [
      'DC Jane Smith said: "We welcome the sentence." The court heard that Tom Baker, 45, of Leeds, had stolen the van. "I hope this sends a message," she added.',
      ['Jane Smith', 'Jane Smith'],
    ],
    [
      'Detective Inspector Mark Lee said: “This was a callous crime.”\n\nJohn Doe, 32, of no fixed abode, was jailed for six years at Leeds Crown Court on Friday.\n\n“Doe preyed on vulnerable people and I am glad he is behind bars,” he said.',
      ['Mark Lee', 'Mark Lee'],
    ],
    [
      'Detective Sergeant Amy Hart said: “We acted quickly.” Liam Price, 19, has been charged with murder. “Knife crime will not be tolerated,” she added.',
      ['Amy Hart', 'Amy Hart'],
    ],
    [
      'Detective Sergeant Amy Hart said: “We acted quickly.” Liam Price (19) was remanded in custody. “Knife crime will not be tolerated,” she added.',
      ['Amy Hart', 'Amy Hart'],
    ],
    [
      'DC Jane Smith said: “We welcome the verdict.” The court heard that Dr Alan Price had forged the prescriptions. “Patients trusted him,” she added.',
      ['Jane Smith', 'Jane Smith'],
    ],
    // Written in the style of US Attorney's Office releases: two defendants named with their ages.
    [
      '“Fraud on this scale harms every taxpayer,” said U.S. Attorney Jane Roe. Michael Smith, 52, and Laura Smith, 49, both of Tampa, pleaded guilty in March. Michael Smith was sentenced to five years. “We will recover what was taken,” she said.',
      ['Jane Roe', 'Jane Roe'],
    ],
  ])('is the person quoted before: %s', (input, expected) => {
    expect(speakers(input)).toEqual(expected)
  })

  it.each([
    // The party speaks in the narration, so "she" may be them.
    [
      'DC Jane Smith said: "We welcome the sentence." Victim Sarah Jones, 34, said the attack had changed her life. "I can finally move on," she added.',
      ['Jane Smith', 'Sarah Jones'],
    ],
    [
      'DC Jane Smith said: "We welcome the sentence." In a statement, Tom Baker, 45, told the court he regretted his actions. "I am truly sorry," he said.',
      ['Jane Smith', 'Tom Baker'],
    ],
    // Someone named since who is no party: the nearest person, as before.
    [
      'DCI Jane Smith said: "We welcome the sentence." Sergeant Mark Lee led the search. "It was a team effort," he said.',
      ['Jane Smith', 'Mark Lee'],
    ],
    // Nobody quoted before, or the one quoted before is "he" by his honorific: the party.
    ['Tom Baker, 45, of Leeds, was jailed for two years. "I am sorry," he said.', ['Tom Baker']],
    [
      'Mr David Reed said: "We welcome the sentence." The court heard that Sarah Jones, 34, had stolen the van. "I am sorry for what I did," she said.',
      ['David Reed', 'Sarah Jones'],
    ],
    // Only the party's honorific says "she" for sure.
    [
      'DC Jane Smith said: "We welcome the sentence." Mrs Ann Baker, 61, was jailed for two years. "I am sorry," she said.',
      ['Jane Smith', 'Ann Baker'],
    ],
  ])('stays with the party or the nearest person otherwise: %s', (input, expected) => {
    expect(speakers(input)).toEqual(expected)
  })
})

describe('a pronoun cue after narration that names the judge who sentenced or heard the case', () => {
  it.each([
    // Written in the style of UK police releases.
    [
      'DC Jane Smith said: "We welcome the sentence." Tom Baker, 45, was jailed by Judge Sarah Collins at Leeds Crown Court. "I hope this sends a message," she added.',
      ['Jane Smith', 'Jane Smith'],
    ],
    [
      'DC Jane Smith said: “We welcome the sentence.” Judge Sarah Collins, sitting at Leeds Crown Court, jailed Tom Baker for six years. “I hope this sends a message,” she added.',
      ['Jane Smith', 'Jane Smith'],
    ],
    [
      'Detective Sergeant Amy Hart said: “We acted quickly.” Liam Price, 19, appeared before District Judge Anne Lee at Westminster Magistrates’ Court on Monday. “Knife crime will not be tolerated,” she added.',
      ['Amy Hart', 'Amy Hart'],
    ],
    [
      'Detective Inspector Mark Lee said: “This was a callous crime.”\n\nJohn Doe, 32, was sentenced at Leeds Crown Court by His Honour Judge Peter Grey to six years.\n\n“I am glad he is behind bars,” he said.',
      ['Mark Lee', 'Mark Lee'],
    ],
    // Written in the style of US Attorney's Office releases.
    [
      '“Fraud harms every taxpayer,” said U.S. Attorney Jane Roe. U.S. District Judge Mary Smith sentenced John Doe, 52, to five years in prison. “We will recover what was taken,” she said.',
      ['Jane Roe', 'Jane Roe'],
    ],
  ])('is the person quoted before: %s', (input, expected) => {
    expect(speakers(input)).toEqual(expected)
  })

  it.each([
    // The judge is quoted, or has a cue of their own, after the sentence.
    [
      'DC Jane Smith said: “We welcome the sentence.” Tom Baker, 45, was jailed by Judge Sarah Collins. Judge Collins said: “You are a danger.” “You showed no remorse,” she added.',
      ['Jane Smith', 'Sarah Collins', 'Sarah Collins'],
    ],
    [
      'DC Jane Smith said: “We welcome the sentence.” Tom Baker, 45, was jailed by Judge Sarah Collins. The judge said: “You are a danger.” “You showed no remorse,” she added.',
      ['Jane Smith', 'Sarah Collins', 'Sarah Collins'],
    ],
    [
      'DC Jane Smith said: “We welcome the sentence.” Tom Baker, 45, was jailed by Judge Sarah Collins. Judge Collins said he had shown no remorse. “He is a danger to women,” she added.',
      ['Jane Smith', 'Sarah Collins'],
    ],
    [
      'Sentencing, Judge Sarah Collins told him: “You are a danger.” “You showed no remorse,” she added.',
      ['Sarah Collins', 'Sarah Collins'],
    ],
    // Nobody quoted before: the judge.
    ['Tom Baker, 45, was jailed by Judge Sarah Collins. “You are a danger,” she said.', ['Sarah Collins']],
    // A judge named for something other than the case is no party.
    [
      'DC Jane Smith said: “We welcome the sentence.” Judge Sarah Collins praised the officers. “I hope this sends a message,” she added.',
      ['Jane Smith', 'Sarah Collins'],
    ],
    // Only a cue in the narration before the judge: the defendant the narration follows.
    [
      'U.S. Attorney Jane Roe announced that U.S. District Judge Mary Smith sentenced John Doe, 52, of Tampa.\n\nDoe entered the bank. He told the teller to “hurry up,” and left.',
      ['John Doe'],
    ],
  ])('stays with the judge or the nearest person otherwise: %s', (input, expected) => {
    expect(speakers(input)).toEqual(expected)
  })
})

describe('namedAsBench', () => {
  const at = (text: string, name: string): [number, number] => {
    const start = text.indexOf(name)
    return [start, start + name.length]
  }
  it.each([
    ['Tom Baker was jailed by Judge Sarah Collins.', 'Judge Sarah Collins', 'Judge'],
    ['He was sentenced by His Honour Judge Peter Grey.', 'His Honour Judge Peter Grey', 'His Honour Judge'],
    ['He appeared before District Judge Anne Lee.', 'District Judge Anne Lee', 'District Judge'],
    ['Judge Sarah Collins sentenced him to five years.', 'Judge Sarah Collins', 'Judge'],
    ['Mr Justice Hale, sitting at the Old Bailey, jailed Baker.', 'Mr Justice Hale', 'Mr Justice'],
    ['Recorder Anne Whyte later ordered him to pay costs.', 'Recorder Anne Whyte', 'Recorder'],
  ])('reads a judge who sentenced or heard the case: %s', (text, name, title) => {
    expect(namedAsBench(text, ...at(text, name), title)).toBe(true)
  })

  it.each([
    ['Judge Sarah Collins said the attack was cowardly.', 'Judge Sarah Collins', 'Judge'],
    ['Sentencing, Judge Sarah Collins told him he was a danger.', 'Judge Sarah Collins', 'Judge'],
    ['Judge Sarah Collins praised the officers.', 'Judge Sarah Collins', 'Judge'],
    [
      'Tom Baker was arrested by Detective Sergeant Amy Hart.',
      'Detective Sergeant Amy Hart',
      'Detective Sergeant',
    ],
    ['Sergeant Mark Lee sentenced nobody.', 'Sergeant Mark Lee', 'Sergeant'],
  ])('reads no such judge: %s', (text, name, title) => {
    expect(namedAsBench(text, ...at(text, name), title)).toBe(false)
  })
})

describe('namedAsParty', () => {
  const at = (text: string, name: string): [number, number] => {
    const start = text.indexOf(name)
    return [start, start + name.length]
  }
  it.each([
    ['Tom Baker, 45, of Leeds, was jailed.', 'Tom Baker'],
    ['Tom Baker, aged 45, was jailed.', 'Tom Baker'],
    ['Tom Baker (45) was jailed.', 'Tom Baker'],
    ['Tom Baker was sentenced to five years.', 'Tom Baker'],
    ['Tom Baker, of Bradford, has been charged with theft.', 'Tom Baker'],
    ['Tom Baker pleaded guilty to fraud.', 'Tom Baker'],
    ['Officers arrested 45-year-old Tom Baker.', 'Tom Baker'],
    ['Jurors were told how Tom Baker had followed her.', 'Tom Baker'],
    ['The defendant Tom Baker denied the charge.', 'Tom Baker'],
  ])('reads a party: %s', (text, name) => {
    expect(namedAsParty(text, ...at(text, name))).toBe(true)
  })

  it.each([
    ['Sergeant Mark Lee, of the Roads Policing Unit, led the search.', 'Sergeant Mark Lee'],
    ['Inspector Mark Lee, 2024 Officer of the Year, thanked the public.', 'Inspector Mark Lee'],
    ['Tom Baker was the first officer at the scene.', 'Tom Baker'],
    ['Judge Tom Baker sentenced him to five years.', 'Judge Tom Baker'],
  ])('reads no party: %s', (text, name) => {
    expect(namedAsParty(text, ...at(text, name))).toBe(false)
  })
})

describe('speaksInNarration', () => {
  const at = (text: string, name: string): [number, number] => {
    const start = text.indexOf(name)
    return [start, start + name.length]
  }
  it.each([
    ['Sarah Jones, 34, said the attack had changed her life.', 'Sarah Jones'],
    ['Sarah Jones later told the court she was afraid.', 'Sarah Jones'],
    ['The search was hard, said Sergeant Mark Lee.', 'Sergeant Mark Lee'],
    ['                    said Sergeant Mark Lee.', 'Sergeant Mark Lee'],
  ])('reads a person who speaks: %s', (text, name) => {
    expect(speaksInNarration(text, ...at(text, name), lexicon)).toBe(true)
  })

  it.each([
    // A plea or a request is no speech; nor is a name that others speak of.
    ['Tom Baker pleaded guilty to theft.', 'Tom Baker'],
    ['Tom Baker admitted two counts of fraud.', 'Tom Baker'],
    ['Police said Tom Baker had been arrested.', 'Tom Baker'],
    ['Tom Baker was jailed for two years.', 'Tom Baker'],
  ])('reads no speech: %s', (text, name) => {
    expect(speaksInNarration(text, ...at(text, name), lexicon)).toBe(false)
  })
})
