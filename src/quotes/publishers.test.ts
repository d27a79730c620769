import { describe, expect, it } from 'vitest'
import type { Diagnostic, Quote } from '../model'
import { extractQuotes, extractQuotesAndPeople } from './extract-quotes'

/** The speaker as a tuple: [name, title, role]. */
type Who = [string, string | null, string | null] | null

const who = (q: Quote | undefined): Who =>
  q?.speaker ? [q.speaker.name, q.speaker.title, q.speaker.role] : null

interface Case {
  readonly name: string
  /** Where the text comes from: a real release of another publisher (quoted as written), or written in its style. */
  readonly from: 'release' | 'style'
  readonly input: string
  /** The start of the quote to check. */
  readonly quote: string
  readonly speaker: Who
}

/** Attribution styles of US, NZ, EU, INTERPOL and UK releases; expectations follow the gold guidelines. */
const CASES: readonly Case[] = [
  {
    name: 'announcing officials listed with semicolons: each role ends at its semicolon',
    from: 'style',
    input:
      'Kenneth L. Parker, United States Attorney for the Southern District of Ohio; Elena Iatarola, Special Agent in Charge, Federal Bureau of Investigation (FBI), Cincinnati Field Office; and Columbus Police Chief Elaine Bryant announced the sentence.\n\n“This defendant preyed on children,” U.S. Attorney Parker said.',
    quote: 'This defendant preyed',
    speaker: ['Kenneth L. Parker', null, 'United States Attorney for the Southern District of Ohio'],
  },
  {
    name: 'the second of officials listed with semicolons keeps the parts of her role up to the semicolon',
    from: 'style',
    input:
      'Kenneth L. Parker, United States Attorney for the Southern District of Ohio; Elena Iatarola, Special Agent in Charge, Federal Bureau of Investigation (FBI), Cincinnati Field Office; and Columbus Police Chief Elaine Bryant announced the sentence.\n\n“We are grateful to our partners,” Iatarola said.',
    quote: 'We are grateful',
    speaker: [
      'Elena Iatarola',
      null,
      'Special Agent in Charge, Federal Bureau of Investigation (FBI), Cincinnati Field Office',
    ],
  },
  {
    name: 'a credit line ("Attributed to …") before a quote paragraph',
    from: 'style',
    input:
      'Attributed to Inspector Tony Smith, Nelson Bays Area Commander:\n\n“Burglary is a devastating crime for its victims.”',
    quote: 'Burglary is a devastating',
    speaker: ['Tony Smith', 'Inspector', 'Nelson Bays Area Commander'],
  },
  {
    name: 'a credit line with "Please attribute to" before a quote paragraph',
    from: 'style',
    input:
      'Please attribute to Detective Inspector Jane Doe:\n\n“We are making good progress with this inquiry.”',
    quote: 'We are making good progress',
    speaker: ['Jane Doe', 'Detective Inspector', null],
  },
  {
    name: 'a family statement credited before a quote names no speaker',
    from: 'style',
    input: 'Statement from the family of John Smith:\n\n“He was a loving father and will be sorely missed.”',
    quote: 'He was a loving father',
    speaker: null,
  },
  {
    name: 'office before the name after the cue, short reference to an earlier full mention',
    from: 'release',
    input:
      'Montgomery, Alabama – Today, United States Attorney Sandra J. Stewart announced that two defendants received prison sentences.\n\n“The presence of drugs in a prison creates an immediate threat to the safety of prisoners and corrections officers alike,” stated United States Attorney Stewart.',
    quote: 'The presence of drugs',
    speaker: ['Sandra J. Stewart', 'United States Attorney', null],
  },
  {
    name: 'office before the name, place as an appositive after it',
    from: 'release',
    input:
      '“The Pharr commercial environment continues to be a route smugglers use to try to bring narcotics into the country,” said Port Director Carlos Rodriguez, Hidalgo/Pharr/Anzalduas Port of Entry.',
    quote: 'The Pharr commercial',
    speaker: ['Carlos Rodriguez', 'Port Director', 'Hidalgo/Pharr/Anzalduas Port of Entry'],
  },
  {
    name: 'office with an agency and place before it is the title as written',
    from: 'release',
    input:
      '“Fires are serious, and potentially deadly to the community and those firefighters who respond to them,” said ATF New Orleans Special Agent in Charge Constance Hester.',
    quote: 'Fires are serious',
    speaker: ['Constance Hester', 'ATF New Orleans Special Agent in Charge', null],
  },
  {
    name: 'office with an agency and place before it, no-break spaces between their words',
    from: 'release',
    input:
      '“Fires are serious, and potentially deadly to the community and those firefighters who respond to them,” said ATF\u00a0New\u00a0Orleans Special Agent in Charge Constance Hester.',
    quote: 'Fires are serious',
    // The title's words are read with plain spaces, as over a line break.
    speaker: ['Constance Hester', 'ATF New Orleans Special Agent in Charge', null],
  },
  {
    name: 'no agency from a word that a line break parts from the office',
    from: 'release',
    input: 'Officers from the ATF\nSpecial Agent in Charge Constance Hester said: “We will find them.”',
    quote: 'We will find them',
    speaker: ['Constance Hester', 'Special Agent in Charge', null],
  },
  {
    name: 'agency acronym before an office',
    from: 'release',
    input:
      '“This is the second arrest this week of a suspect charged with targeting Tesla, more proof that the FBI will not stand for these destructive acts,” said FBI Director Kash Patel.',
    quote: 'This is the second arrest',
    speaker: ['Kash Patel', 'FBI Director', null],
  },
  {
    name: 'a hyphenated agency acronym before an office',
    from: 'style',
    input: 'IRS-CI Special Agent in Charge Thomas Fattorusso said, “Follow the money in every case.”',
    quote: 'Follow the money',
    speaker: ['Thomas Fattorusso', 'IRS-CI Special Agent in Charge', null],
  },
  {
    name: 'a quote closed without a comma before its cue',
    from: 'release',
    input:
      '“I am proud of the dedication displayed by the men and women of the U.S. Marshals Service, whose efforts continue to drive our mission forward” said USMS Director Ronald Davis.',
    quote: 'I am proud',
    speaker: ['Ronald Davis', 'USMS Director', null],
  },
  {
    name: 'a modifier before an office: Deputy Attorney General',
    from: 'release',
    input:
      '“The Justice Department is laser-focused on driving down violent crime,” said Deputy Attorney General Lisa O. Monaco.',
    quote: 'The Justice Department',
    speaker: ['Lisa O. Monaco', 'Deputy Attorney General', null],
  },
  {
    name: 'a name with a joined particle',
    from: 'release',
    input:
      '“Organized crime is a top concern,” said INTERPOL President Ahmed Naser al-Raisi in the conference’s opening ceremony.',
    quote: 'Organized crime',
    speaker: ['Ahmed Naser al-Raisi', 'INTERPOL President', null],
  },
  {
    name: 'NZ present tense, an "of the" role after the first mention',
    from: 'release',
    input:
      'Detective Senior Sergeant Kevan Verry, of the Northland Organised Crime Unit, says two occupants at the address were taken into custody without incident.\n\n“The pair will be facing multiple charges relating to the importation of methamphetamine as well as participating in an organised crime group,” says Detective Senior Sergeant Verry.',
    quote: 'The pair will be facing',
    speaker: ['Kevan Verry', 'Detective Senior Sergeant', 'Northland Organised Crime Unit'],
  },
  {
    name: 'a quote paragraph after a sentence about the speaker',
    from: 'release',
    input:
      'Drones are being used to map hotspots that aren’t easily accessible on foot. Incident Controller John Sutton says the fire is still active.\n\n“Our crews will be focusing on some key sites, including around Kaimaumau Village and to stop the fire from potentially jumping fire breaks.”',
    quote: 'Our crews will be focusing',
    speaker: ['John Sutton', 'Incident Controller', null],
  },
  {
    name: 'a dash attribution after the quote',
    from: 'release',
    input:
      '“The success of this operation is based on two key elements for law enforcement, follow the money and cooperation via INTERPOL.”— Türgen Stock, INTERPOL Secretary General',
    quote: 'The success of this operation',
    speaker: ['Türgen Stock', null, 'INTERPOL Secretary General'],
  },
  {
    name: 'a dash attribution typed as two hyphens after a straight quotation mark',
    from: 'release',
    input:
      '"The success of this operation is based on two key elements for law enforcement, follow the money and cooperation via INTERPOL."-- Türgen Stock, INTERPOL Secretary General',
    quote: 'The success of this operation',
    speaker: ['Türgen Stock', null, 'INTERPOL Secretary General'],
  },
  {
    name: 'a dash attribution typed as one hyphen, spaced',
    from: 'release',
    input: '"We will not stop until the network is dismantled." - Jane Doe, Director of Operations',
    quote: 'We will not stop',
    speaker: ['Jane Doe', null, 'Director of Operations'],
  },
  {
    name: 'an attribution line of its own',
    from: 'release',
    input:
      'Deputy Director Tom Dowdall, head of NCA International, said:\n\n“The role played by the NCA in identifying and locating the vessel was critical to the success of the operation.',
    quote: 'The role played',
    speaker: ['Tom Dowdall', 'Deputy Director', 'head of NCA International'],
  },
  {
    name: 'an office with its complement before the name is title and role',
    from: 'release',
    input:
      'Commissioner for the Security Union Julian King said: "As we step up our efforts to squeeze the space that terrorists and organised crime groups operate in, we need to look at all threats."',
    quote: 'As we step up',
    speaker: ['Julian King', 'Commissioner for the Security Union', 'Commissioner for the Security Union'],
  },
  {
    name: 'an office, a comma, then the name',
    from: 'release',
    input:
      '“The National Park Service appreciates the assistance from the ATF and the local community,” said President William Jefferson Clinton Home Superintendent, Tarona Armstrong.',
    quote: 'The National Park Service',
    speaker: ['Tarona Armstrong', null, 'President William Jefferson Clinton Home Superintendent'],
  },
  {
    name: 'an office, a comma, then the name with a no-break space',
    from: 'release',
    input:
      '“The National Park Service appreciates the assistance from the ATF and the local community,” said President William Jefferson Clinton Home Superintendent, Tarona\u00a0Armstrong.',
    quote: 'The National Park Service',
    speaker: ['Tarona Armstrong', null, 'President William Jefferson Clinton Home Superintendent'],
  },
  {
    name: 'an office, a comma, then a name with a middle initial and no-break spaces',
    from: 'release',
    input:
      '“We will keep looking,” said Acting Park Service Regional Superintendent, Jane\u00a0Q.\u00a0Public.',
    quote: 'We will keep looking',
    speaker: ['Jane Q. Public', null, 'Acting Park Service Regional Superintendent'],
  },
  {
    name: 'no role from a name before the comma that names no office, with a no-break space',
    from: 'release',
    input: '“We will keep looking,” said Kansas City Chiefs, Jane\u00a0Public.',
    quote: 'We will keep looking',
    speaker: ['Jane Public', null, null],
  },
  {
    name: 'an honorific short reference keeps the first mention’s (empty) title and its role',
    from: 'release',
    input:
      'The Minister of Police, George Hawkins, today welcomed the allocation of an additional $165.5 million to the New Zealand Police over the next four years.\n\n"Last year this Government made a clear commitment to strong funding for law and order" said Mr Hawkins.',
    quote: 'Last year this Government',
    speaker: ['George Hawkins', null, 'Minister of Police'],
  },
  {
    name: 'a title alone: the Sheriff',
    from: 'style',
    input: '“We will find whoever did this and bring them to justice,” said Sheriff Jane Doe.',
    quote: 'We will find',
    speaker: ['Jane Doe', 'Sheriff', null],
  },
  {
    name: 'an acronym rank as a short reference',
    from: 'style',
    input:
      'SAC John Dennehy of the FBI Boston Division said the case was closed.\n\n“This was a long investigation with many partners,” said SAC Dennehy.',
    quote: 'This was a long',
    speaker: ['John Dennehy', 'SAC', 'FBI Boston Division'],
  },
  {
    name: 'an office of a remit written before the name, present tense',
    from: 'style',
    input: '“We will keep every community safe this summer,” says Commissioner for Home Affairs Maria Lopez.',
    quote: 'We will keep',
    speaker: ['Maria Lopez', 'Commissioner for Home Affairs', 'Commissioner for Home Affairs'],
  },
  {
    name: 'a signature line under a statement',
    from: 'style',
    input:
      '“Our thoughts are with the family of the officer at this very difficult time.”\n\n— Jane Roe, Chief Executive',
    quote: 'Our thoughts',
    speaker: ['Jane Roe', null, 'Chief Executive'],
  },
  {
    name: 'the title alone refers to the person who holds it',
    from: 'style',
    input:
      'Commissioner Andrew Coster announced the figures on Monday.\n\n“We are pleased with the result of this long operation,” the Commissioner said.',
    quote: 'We are pleased',
    speaker: ['Andrew Coster', 'Commissioner', null],
  },
  {
    name: 'an office with an "of" complement before the name',
    from: 'style',
    input:
      '“Our officers stopped a large shipment at the bridge,” said Director of Field Operations Jane Doe.',
    quote: 'Our officers stopped',
    speaker: ['Jane Doe', 'Director of Field Operations', 'Director of Field Operations'],
  },
  {
    name: 'a mayor of a place of several words before the name',
    from: 'style',
    input: '“We will not let this stand,” said Mayor of New York City Eric Adams.',
    quote: 'We will not let',
    speaker: ['Eric Adams', 'Mayor of New York City', 'Mayor of New York City'],
  },
  {
    name: 'a governor of a place before the name, before the cue',
    from: 'style',
    input: 'Governor of New York Kathy Hochul said: “This settlement returns money to consumers.”',
    quote: 'This settlement returns',
    speaker: ['Kathy Hochul', 'Governor of New York', 'Governor of New York'],
  },
  {
    name: 'a head of a function before the name',
    from: 'style',
    input: 'Head of Public Protection Jane Roe said: “Licensed premises have a duty to keep people safe.”',
    quote: 'Licensed premises',
    speaker: ['Jane Roe', 'Head of Public Protection', 'Head of Public Protection'],
  },
  {
    name: 'a chief executive of a body before the name',
    from: 'style',
    input:
      '“The authority will scrutinise the plan closely,” said Chief Executive of the Scottish Police Authority Chris Brown.',
    quote: 'The authority will',
    speaker: [
      'Chris Brown',
      'Chief Executive of the Scottish Police Authority',
      'Chief Executive of the Scottish Police Authority',
    ],
  },
  {
    name: 'a president of a body before a name with particles',
    from: 'style',
    input: 'President of the European Commission Ursula von der Leyen said: “Europe will act together.”',
    quote: 'Europe will act',
    speaker: [
      'Ursula von der Leyen',
      'President of the European Commission',
      'President of the European Commission',
    ],
  },
  {
    name: 'the office, a comma, then the name after the cue: an apposition, no title',
    from: 'style',
    input: '“The council will act on the findings,” said the Chief Executive of Harrow Council, Jane Roe.',
    quote: 'The council will',
    speaker: ['Jane Roe', null, 'Chief Executive of Harrow Council'],
  },
  {
    name: 'the Minister, a comma, then the name after the cue',
    from: 'style',
    input: '“That commitment is ongoing,” said the Minister of Police, George Hawkins.',
    quote: 'That commitment',
    speaker: ['George Hawkins', null, 'Minister of Police'],
  },
  {
    name: 'the office, a comma, then an honorific and the name: the honorific is the title, the office the role',
    from: 'style',
    input: '“Vaccines save lives,” the WHO Director-General, Dr Tedros Adhanom Ghebreyesus, said.',
    quote: 'Vaccines save lives',
    speaker: ['Tedros Adhanom Ghebreyesus', 'Dr', 'WHO Director-General'],
  },
  {
    name: 'an office with a hyphen, a comma, then the name after the cue',
    from: 'style',
    input: '“Peace is possible, and it is urgent,” said the UN Secretary-General, António Guterres.',
    quote: 'Peace is possible',
    speaker: ['António Guterres', null, 'UN Secretary-General'],
  },
  {
    name: 'an office and an honorific with no article or comma before the name: one title',
    from: 'style',
    input: '“Vaccines save lives,” said WHO Director-General Dr Tedros Adhanom Ghebreyesus.',
    quote: 'Vaccines save lives',
    speaker: ['Tedros Adhanom Ghebreyesus', 'WHO Director-General Dr', null],
  },
  {
    name: 'a signature line that opens with a dash and stands apart, read as a list of one item',
    from: 'style',
    input:
      '“Young people deserve a justice system that gives them a second chance.”\n\n– The Honourable Sean Fraser, Minister of Justice and Attorney General of Canada',
    quote: 'Young people deserve',
    speaker: ['Sean Fraser', 'The Honourable', 'Minister of Justice and Attorney General of Canada'],
  },
  {
    name: 'a signature name alone over its office on the next line',
    from: 'style',
    input:
      '“Every young person deserves access to care close to home.”\n\n- Michael Tibollo\nAssociate Minister of Mental Health and Addictions\n\nThe hubs opened in 2020.',
    quote: 'Every young person',
    speaker: ['Michael Tibollo', null, 'Associate Minister of Mental Health and Addictions'],
  },
  {
    name: 'a minister by honorific alone over the portfolio, with no dash',
    from: 'style',
    input:
      '“Families will get care sooner.”\n\nThe Honourable Mark Holland\nMinister of Health\n\nThe funding runs for three years.',
    quote: 'Families will get',
    speaker: ['Mark Holland', 'The Honourable', 'Minister of Health'],
  },
  {
    name: 'a dashed name over a line that holds no office keeps the name alone',
    from: 'style',
    input: '“We will act.”\n\n- Mark Holland\nHealth Canada\n\nThe funding runs for three years.',
    quote: 'We will act',
    speaker: ['Mark Holland', null, null],
  },
  {
    name: 'a titled signature line that opens with a hyphen and stands apart',
    from: 'style',
    input: '“We will keep going until the job is done.”\n\n- Superintendent John Doe, Tayside Division',
    quote: 'We will keep going',
    speaker: ['John Doe', 'Superintendent', 'Tayside Division'],
  },
  {
    name: 'a minister by the honorific "Hon"',
    from: 'style',
    input: 'Hon Mark Mitchell said: “Police will have the tools they need.”',
    quote: 'Police will have',
    speaker: ['Mark Mitchell', 'Hon', null],
  },
  {
    name: 'the honorific "the Honourable" in lower case after the cue',
    from: 'style',
    input:
      '“These investments will help communities across the country,” said the Honourable Sean Fraser, Minister of Justice.',
    quote: 'These investments',
    speaker: ['Sean Fraser', 'Honourable', 'Minister of Justice'],
  },
  {
    name: 'an abbreviated Australian rank: "Det Snr Sgt"',
    from: 'style',
    input: '“The driver failed to stop and we are appealing for dashcam footage,” Det Snr Sgt Kate Lee said.',
    quote: 'The driver failed',
    speaker: ['Kate Lee', 'Det Snr Sgt', null],
  },
  {
    name: 'an abbreviated Australian rank: "Snr Const"',
    from: 'style',
    input: '“No one was injured,” said Snr Const Tom Hale.',
    quote: 'No one was injured',
    speaker: ['Tom Hale', 'Snr Const', null],
  },
  {
    name: 'an abbreviated rank as a short reference to the full one',
    from: 'style',
    input:
      'Detective Senior Sergeant Kate Lee said the car was stolen on Tuesday.\n\n“It was found burnt out,” Det Snr Sgt Lee said.',
    quote: 'It was found',
    speaker: ['Kate Lee', 'Detective Senior Sergeant', null],
  },
  {
    name: 'an attorney general’s short form as a short reference: "AG Henry"',
    from: 'style',
    input:
      'Attorney General Michelle Henry today announced a settlement.\n\n“No settlement can bring back the lives lost,” AG Henry said.',
    quote: 'No settlement can',
    speaker: ['Michelle Henry', 'Attorney General', null],
  },
  {
    name: 'a district attorney’s short form as a short reference: "DA Bragg"',
    from: 'style',
    input:
      'District Attorney Alvin Bragg announced the indictment.\n\n“This defendant preyed on the vulnerable,” said DA Bragg.',
    quote: 'This defendant preyed',
    speaker: ['Alvin Bragg', 'District Attorney', null],
  },
  {
    name: 'a short form of an office as the title of a first mention: "AG Jane Roe"',
    from: 'style',
    input: '“We will appeal,” said AG Jane Roe.',
    quote: 'We will appeal',
    speaker: ['Jane Roe', 'AG', null],
  },
  {
    name: 'a company’s legal form after its name is no title: "Siemens AG"',
    from: 'style',
    input: '“We expect strong demand,” Siemens AG said in a statement.',
    quote: 'We expect strong',
    speaker: ['Siemens AG', null, null],
  },
  {
    name: 'a statement issued by a spokesperson, named, for the office holder who speaks (UN)',
    from: 'style',
    input:
      'Secretary-General António Guterres strongly condemns the attack.\n\nIn a statement issued by his spokesperson, Stéphane Dujarric, the Secretary-General said: “Attacks against peacekeepers are a violation of international law.”',
    quote: 'Attacks against peacekeepers',
    speaker: ['António Guterres', 'Secretary-General', null],
  },
  {
    name: 'a statement released through a lawyer, named, for the one who speaks',
    from: 'style',
    input:
      'Minister Jane Roe welcomed the inquiry.\n\nIn a statement released through her lawyer, Tom Baker, the Minister said: “I will fight this.”',
    quote: 'I will fight this',
    speaker: ['Jane Roe', 'Minister', null],
  },
  {
    name: 'a spokesperson named in apposition who speaks himself',
    from: 'style',
    input: 'In a statement, his spokesperson, Tom Baker, the head of press said: “It was wrong.”',
    quote: 'It was wrong',
    speaker: ['Tom Baker', null, 'head of press'],
  },
  {
    name: 'a state’s attorney with the county before the office',
    from: 'style',
    input: '“No one is above the law in this county,” said Cook County State’s Attorney Kim Foxx.',
    quote: 'No one is above',
    speaker: ['Kim Foxx', 'Cook County State’s Attorney', null],
  },
  {
    name: 'a role before the name with its field in lower case',
    from: 'style',
    input:
      'The council’s cabinet member for transport, Cllr Dan De’Ath, said: ‘We want to hear from everyone who uses the roads.’',
    quote: 'We want to hear',
    speaker: ['Dan De’Ath', 'Cllr', 'council’s cabinet member for transport'],
  },
  {
    name: 'a senior investigating officer before the name',
    from: 'style',
    input: 'The force’s senior investigating officer, DI Jane Roe, said: “We are keeping an open mind.”',
    quote: 'We are keeping',
    speaker: ['Jane Roe', 'DI', 'force’s senior investigating officer'],
  },
  {
    name: 'a religious title, and a described role before the name',
    from: 'style',
    input: 'A community leader, Imam Yusuf Ahmed, said: “Our community is shocked by this attack.”',
    quote: 'Our community',
    speaker: ['Yusuf Ahmed', 'Imam', 'community leader'],
  },
  {
    name: 'a procurator fiscal with the remit, a comma, then the name (Scottish prosecutors)',
    from: 'style',
    input:
      'Procurator Fiscal for Homicide and Major Crime, Jennifer Harrower, said: “This was a callous crime against vulnerable people.”',
    quote: 'This was a callous',
    speaker: ['Jennifer Harrower', null, 'Procurator Fiscal for Homicide and Major Crime'],
  },
  {
    name: 'a procurator fiscal as a rank',
    from: 'style',
    input: '“The Crown will not hesitate to prosecute,” said Deputy Procurator Fiscal Jane Roe.',
    quote: 'The Crown will not',
    speaker: ['Jane Roe', 'Deputy Procurator Fiscal', null],
  },
  {
    name: 'an abbreviated rank with its full stop, and an "of the" body',
    from: 'style',
    input:
      '“Our officers responded quickly to the report,” said Staff Sgt. Mike Roe of the Ottawa Police Service.',
    quote: 'Our officers responded',
    speaker: ['Mike Roe', 'Staff Sgt.', 'Ottawa Police Service'],
  },
  {
    name: 'an age after the name',
    from: 'style',
    input: '“I would prefer a quieter street, but that is the way it is,” Abraham, 92, said in an interview.',
    quote: 'I would prefer',
    speaker: ['Abraham', null, null],
  },
  {
    name: 'a quote inside the quote closes first',
    from: 'style',
    input: '“The crews kept saying ‘enough is enough,’” fire chief Mary Tane said on Tuesday.',
    quote: 'The crews kept',
    speaker: ['Mary Tane', null, 'fire chief'],
  },
  {
    name: 'an en dash signature with an "of" role',
    from: 'style',
    input: '“We thank the community for their patience during this time,” – Jane Doe, Mayor of Springfield',
    quote: 'We thank',
    speaker: ['Jane Doe', null, 'Mayor of Springfield'],
  },
  {
    name: 'a unit and the place it is in, after "of the"',
    from: 'style',
    input:
      'Sergeant Kevin Brown of the Road Policing Unit in Aberdeen said: “Our thoughts are with the man’s family at this difficult time.”',
    quote: 'Our thoughts are',
    speaker: ['Kevin Brown', 'Sergeant', 'Road Policing Unit in Aberdeen'],
  },
  {
    name: 'a month after "in" is when, not where',
    from: 'style',
    input: 'Inspector Jane Hill of Kent Police in March said: “We made 40 arrests.”',
    quote: 'We made 40',
    speaker: ['Jane Hill', 'Inspector', 'Kent Police'],
  },
  {
    name: 'an office with its remit in apposition after "the" and a place',
    from: 'style',
    input:
      'According to the European Commissioner for Internal Affairs, Magnus Brunner, “this operation shows what cooperation can achieve.”',
    quote: 'this operation',
    speaker: ['Magnus Brunner', null, 'European Commissioner for Internal Affairs'],
  },
  {
    name: 'a premier in apposition before the name',
    from: 'style',
    input: 'The Premier, Chris Minns, said: “This is the largest class in years.”',
    quote: 'This is the largest',
    speaker: ['Chris Minns', null, 'Premier'],
  },
  {
    name: 'a role in lower case after "is the", then a pronoun',
    from: 'style',
    input:
      'Assistant Chief Constable Mark Williams is the head of Organised Crime. He said: “We will continue to target those involved in the supply of drugs.”',
    quote: 'We will continue',
    speaker: ['Mark Williams', 'Assistant Chief Constable', 'head of Organised Crime'],
  },
  {
    name: 'a unit whose name ends in "-ing" before the rank',
    from: 'style',
    input:
      'Roads Policing Inspector Mark Ford said: “We are still appealing for anyone with dashcam footage to contact us.”',
    quote: 'We are still',
    speaker: ['Mark Ford', 'Roads Policing Inspector', null],
  },
  {
    name: 'a word that says how someone is involved is not part of the name',
    from: 'style',
    input: 'Neighbour Tom Barker, 62, said he had heard shouting. “It was terrifying,” he said.',
    quote: 'It was terrifying',
    speaker: ['Tom Barker', null, null],
  },
  {
    name: 'a person named after an office in lower case, then a pronoun in the next paragraph',
    from: 'style',
    input:
      'Acting Assistant Commissioner Kev Guteridge said the funding would help officers.\n\nPolice Legacy Queensland chief executive officer Bill Smith welcomed the news.\n\n“Our members have waited a long time for this,” he said.',
    quote: 'Our members',
    speaker: ['Bill Smith', 'Police Legacy Queensland chief executive officer', null],
  },
  {
    name: '"adding:" after a quote of the same sentence',
    from: 'style',
    input:
      'Detective Inspector Michelle Grant told the News Letter that officers had been “overwhelmed by the response”, adding: “The public are our eyes and ears.”',
    quote: 'The public are',
    speaker: ['Michelle Grant', 'Detective Inspector', null],
  },
  {
    name: '"adding:" after a quote nobody is said to have spoken',
    from: 'style',
    input: 'Residents called the estate “a disgrace”, adding: “Something must be done.”',
    quote: 'Something must',
    speaker: null,
  },
  {
    name: '"the sheriff" in lower case after the sheriff was named',
    from: 'style',
    input:
      'Sheriff John Smith of Lake County confirmed the arrest on Monday.\n\n“We will not tolerate this,” the sheriff said.',
    quote: 'We will not',
    speaker: ['John Smith', 'Sheriff', 'Lake County'],
  },
  {
    name: '"the Commissioner" with no commissioner named is nobody',
    from: 'style',
    input: 'Officers arrested two men on Monday.\n\n“We are reviewing the case,” the Commissioner said.',
    quote: 'We are reviewing',
    speaker: null,
  },
  {
    name: 'the subject of the paragraph before, after the dateline that opens it',
    from: 'style',
    input:
      'NEW YORK – New York Attorney General Letitia James issued the following statement:\n\n"Today\'s ruling is a victory for every New Yorker."',
    quote: 'Today',
    speaker: ['Letitia James', 'New York Attorney General', null],
  },
  {
    name: 'a relative in apposition after a participle’s phrase',
    from: 'style',
    input: 'Paying tribute, his wife, Sarah Lee, said: "Paul was my rock."',
    quote: 'Paul was',
    speaker: ['Sarah Lee', null, null],
  },
  {
    name: 'a participle’s phrase before a clause that names nobody',
    from: 'style',
    input: 'Paying tribute, his wife said: "Paul was my rock."',
    quote: 'Paul was',
    speaker: null,
  },
  {
    name: 'a recorder sitting as the judge',
    from: 'style',
    input: 'The judge, Recorder Anne Whyte, told the defendant: "You chose to drive after drinking heavily."',
    quote: 'You chose',
    speaker: ['Anne Whyte', 'Recorder', 'judge'],
  },
  {
    name: 'a circuit judge addressed as "His Honour Judge"',
    from: 'style',
    input: 'Sentencing, His Honour Judge Peter Smith told him: "You are a danger to the public."',
    quote: 'You are',
    speaker: ['Peter Smith', 'His Honour Judge', null],
  },
  {
    name: 'a High Court judge by the surname after "Mr Justice"',
    from: 'style',
    input: 'Mr Justice Fraser said: "This was a grave offence."',
    quote: 'This was',
    speaker: ['Fraser', 'Mr Justice', null],
  },
  {
    name: 'an appeal judge by the surname after "Lord Justice"',
    from: 'style',
    input: 'Lord Justice Holroyde said: "The appeal is dismissed."',
    quote: 'The appeal',
    speaker: ['Holroyde', 'Lord Justice', null],
  },
  {
    name: 'the Irish police by its name',
    from: 'style',
    input: 'In a statement, An Garda Síochána said: "Investigations are ongoing."',
    quote: 'Investigations',
    speaker: ['An Garda Síochána', null, null],
  },
  {
    name: 'words someone else reported hearing are not the reporter’s',
    from: 'style',
    input: "Chief Inspector Alan Gibson said one officer had told him: 'I just did what anyone would do.'",
    quote: 'I just did',
    speaker: null,
  },
  {
    name: 'words a named person reported hearing are that person’s',
    from: 'style',
    input:
      'Chief Inspector Alan Gibson said in a statement that Superintendent Jane Hill had told him: "Stop now."',
    quote: 'Stop now',
    speaker: ['Jane Hill', 'Superintendent', null],
  },
  {
    name: 'after "told" and its listener, the subject still speaks',
    from: 'style',
    input: 'Chief Inspector Alan Gibson told the court he had said: "Stop now."',
    quote: 'Stop now',
    speaker: ['Alan Gibson', 'Chief Inspector', null],
  },
  {
    name: 'an office with its remit in apposition before a name with a particle',
    from: 'style',
    input: 'The Executive Director of Europol, Catherine De Bolle, added: “Together we are stronger.”',
    quote: 'Together',
    speaker: ['Catherine De Bolle', null, 'Executive Director of Europol'],
  },
  {
    name: 'an honorific after a rank belongs to the title',
    from: 'style',
    input: 'Chief Constable Sir Andy Marsh said: “This is a tragic loss.”',
    quote: 'This is a tragic',
    speaker: ['Andy Marsh', 'Chief Constable Sir', null],
  },
]

describe('extractQuotes on other publishers', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.from})`, () => {
      const q = extractQuotes(c.input).find((x) => x.text.startsWith(c.quote))
      expect(q, 'quote found').toBeDefined()
      expect(c.input.slice(q!.span.start, q!.span.end)).toBe(q!.text)
      expect(who(q)).toEqual(c.speaker)
    })
  }

  it('keeps the second quote after "said U.S. Attorney … for the District of …" with the same speaker', () => {
    const input =
      '“This defendant preyed on the elderly,” said U.S. Attorney John Q. Public for the District of Columbia. “We will keep pursuing such schemes wherever they lead us.”'
    const quotes = extractQuotes(input)
    expect(quotes.map(who)).toEqual([
      ['John Q. Public', 'U.S. Attorney', 'District of Columbia'],
      ['John Q. Public', 'U.S. Attorney', 'District of Columbia'],
    ])
  })

  it('stops a role before "and" that opens the next titled person', () => {
    const input =
      'U.S. Attorney Dana J. Boente of the Eastern District of Virginia and Assistant Director in Charge Andrew McCabe of the FBI’s Washington, D.C. Field Office made the announcement.\n\n“His attempt to leverage national security information brought him to this sentence today,” said U.S. Attorney Boente.\n\n“The time and effort dedicated to this case exemplify the extent the FBI will go to,” said Assistant Director in Charge McCabe.'
    expect(extractQuotes(input).map(who)).toEqual([
      ['Dana J. Boente', 'U.S. Attorney', 'Eastern District of Virginia'],
      ['Andrew McCabe', 'Assistant Director in Charge', 'FBI’s Washington, D.C. Field Office'],
    ])
  })

  it('goes on with a paragraph whose opening mark is missing', () => {
    const input =
      '"The increase will ensure that the Police Commissioner has the resources to maintain existing operations.\n\nFor example, Police have already earmarked $3.6 million over four years for forensic services," said Mr Hawkins.'
    const quotes = extractQuotes(input)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]!.paragraphs.map((p) => p.text.slice(0, 12))).toEqual(['The increase', 'For example,'])
    expect(quotes[0]!.speaker?.name).toBe('Hawkins')
  })

  it('does not give a quote to someone the story is about', () => {
    const input =
      'Jane Doe, 45, of Leeds, appeared at Leeds Crown Court on Monday.\n\n“Anyone with information about the fire is asked to call the hotline as soon as possible.”'
    expect(extractQuotes(input)[0]?.speaker).toBeNull()
  })

  it('reads NZ present tense with an organisation', () => {
    const [q] = extractQuotes('Police say: “Anyone with information should contact us on 105.”')
    expect(q?.speaker).toMatchObject({ name: 'Police', kind: 'organisation' })
    expect(q?.cue).toBe('say')
  })

  it('reads organisations as speakers', () => {
    const [bank] = extractQuotes(
      'A spokesperson for the Reserve Bank said: “We are monitoring the situation closely.”',
    )
    expect(bank?.speaker).toMatchObject({ name: 'Reserve Bank', kind: 'organisation' })
    const [police] = extractQuotes(
      'Police said in a statement: “Inquiries are continuing into the incident.”',
    )
    expect(police?.speaker).toMatchObject({ name: 'Police', kind: 'organisation' })
  })

  describe('not quotes', () => {
    it.each([
      ['a scare quote', 'Officers said the so-called “county lines” gangs were targeted.'],
      ['a title of a work', 'The report, titled “Thin Digital Line”, was published on Monday.'],
      ['a short quoted term', 'The drugs, known locally as “ice”, were seized at the border.'],
    ])('%s', (_name, input) => {
      expect(extractQuotes(input)).toEqual([])
    })
  })

  it('reads no person in an office whose last word follows its first as a name: "Director General"', () => {
    const input =
      'In January 2018, the IPCC will become the Independent Office for Police Conduct (IOPC) and the Home Office announced that Michael Lockwood, currently the Chief Executive of Harrow Council, has been appointed Director General of the IOPC.\n\nHe said: “The new body will be more independent.”'
    const [q] = extractQuotes(input)
    expect(q?.speaker?.name).not.toBe('General')
    // A name after the office is still read.
    expect(who(extractQuotes('“It is done,” said Director General Smith.')[0])).toEqual([
      'Smith',
      'Director General',
      null,
    ])
  })

  it('reads no word of the clause into a role before the name, only the office’s fields', () => {
    const [q] = extractQuotes(
      'Outside court today chief executive of the trust, Jane Roe, said: “We accept the verdict.”',
    )
    expect(who(q)).toEqual(['Jane Roe', null, 'chief executive of the trust'])
  })

  it('reads no signature from a name alone over a place or a sentence', () => {
    for (const below of ['Ottawa', 'The funding starts in May.']) {
      const [q] = extractQuotes(
        `“We will act to protect every family in this province.”\n\nMark Holland\n${below}\n\nMore to come.`,
      )
      expect(q, 'quote found').toBeDefined()
      expect(q?.speaker).toBeNull()
    }
  })

  it('reads no signature in a list of several items after a quote', () => {
    const [q] = extractQuotes(
      '“We will keep going until every member of the network is before the courts.”\n\n- John Smith, 45, of Leeds\n- Jane Smith, 44, of York',
    )
    expect(q?.speaker).toBeNull()
  })

  it('says so when a kept quote has no speaker', () => {
    const diagnostics: Diagnostic[] = []
    const input =
      'The statement ended there.\n\n“Anyone with information about the fire is asked to call the hotline as soon as possible.”'
    const quotes = extractQuotes(input, { onDiagnostic: (d) => diagnostics.push(d) })
    expect(quotes).toHaveLength(1)
    expect(quotes[0]!.speaker).toBeNull()
    expect(diagnostics.map((d) => [d.ruleId, d.span])).toEqual([['quotes/no-speaker', quotes[0]!.span]])
  })
})

describe('extractQuotesAndPeople', () => {
  const input = [
    'Special Agent in Charge (SAC) Constance Hester of the New Orleans Division announced the activation of the team.',
    '“ATF’s NRT was activated at the request of our state and local partners,” said Hester.',
    'Detective Inspector John Smith and Detective Sergeant Jane Smith led the inquiry.',
    '“We are grateful to the public for their help with this case,” said Detective Inspector John Smith.',
    '“It was a complex investigation from the very start,” said Detective Sergeant Jane Smith. “She was never afraid of the work,” she said of a colleague.',
  ].join('\n\n')
  const { quotes, people } = extractQuotesAndPeople(input)

  it('gives every attributed quote a speaker who is one of the people', () => {
    const ids = people.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const q of quotes) expect(ids).toContain(q.speaker?.personId)
  })

  it('slices every mention to its text', () => {
    for (const p of people) {
      expect(p.mentions.length).toBeGreaterThan(0)
      for (const m of p.mentions) expect(input.slice(m.span.start, m.span.end)).toBe(m.text)
    }
  })

  it('resolves a surname alone to the person introduced earlier, with the first mention’s title and role', () => {
    expect(quotes[0]!.speaker).toMatchObject({
      name: 'Constance Hester',
      title: 'Special Agent in Charge (SAC)',
      role: 'New Orleans Division',
    })
    const hester = people.find((p) => p.id === quotes[0]!.speaker!.personId)!
    expect(hester.mentions.map((m) => [m.text, m.rule])).toEqual([
      ['Special Agent in Charge (SAC) Constance Hester', 'people/full-name'],
      ['Hester', 'people/surname'],
    ])
  })

  it('keeps two people with the same surname apart', () => {
    const [, john, jane, pronoun] = quotes
    expect(john!.speaker?.name).toBe('John Smith')
    expect(jane!.speaker?.name).toBe('Jane Smith')
    expect(john!.speaker?.personId).not.toBe(jane!.speaker?.personId)
    expect(pronoun!.speaker?.personId).toBe(jane!.speaker?.personId)
    const janeEntry = people.find((p) => p.id === jane!.speaker!.personId)!
    expect(janeEntry.mentions.at(-1)).toMatchObject({ text: 'she', rule: 'people/pronoun' })
  })

  it('finds the full name of a surname far above the quote', () => {
    const filler = Array.from(
      { length: 20 },
      (_, i) => `Work went on in stage ${i + 1} with several agencies.`,
    )
    const text = [
      'Special Agent in Charge Constance Hester of the New Orleans Division announced the case.',
      ...filler,
      '“We are committed to finding who set this fire,” said Hester.',
    ].join('\n\n')
    const result = extractQuotesAndPeople(text)
    expect(result.quotes[0]!.speaker).toMatchObject({
      name: 'Constance Hester',
      title: 'Special Agent in Charge',
    })
    expect(result.people[0]!.mentions.map((m) => m.text)).toEqual([
      'Special Agent in Charge Constance Hester',
      'Hester',
    ])
  })

  it('numbers people in order of first mention', () => {
    expect(people.map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Constance Hester'],
      ['p2', 'John Smith'],
      ['p3', 'Jane Smith'],
    ])
  })

  it('links an honorific with the surname, and an organisation', () => {
    const text =
      'The Minister of Police, George Hawkins, welcomed the funding.\n\n“This is good news for every community,” said Mr Hawkins.\n\nA spokesperson for the Reserve Bank said: “We are monitoring the situation closely.”'
    const result = extractQuotesAndPeople(text)
    expect(result.people.map((p) => [p.name, p.kind, p.mentions.map((m) => m.rule)])).toEqual([
      ['George Hawkins', 'person', ['people/full-name', 'people/honorific-surname']],
      ['Reserve Bank', 'organisation', ['people/organisation']],
    ])
    for (const p of result.people)
      for (const m of p.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
  })

  it('returns the same quotes as extractQuotes', () => {
    expect(extractQuotes(input)).toEqual(quotes)
  })
})

describe('extract fills the people of each release', () => {
  it('links each quote of a release to its people', async () => {
    const { extract } = await import('../extract')
    const dump =
      'Arrest made in joint investigation\n\nSource: New Zealand Police\n\nDetective Sergeant Mike Hayward of the Counties Manukau Organised Crime Unit says the arrests followed months of work.\n\n“Acting on information relating to the supply of methamphetamine is a priority,” says Detective Sergeant Hayward.\n'
    const [release] = extract(dump, { parsers: ['quotes'] }).releases
    expect(release!.people.map((p) => [p.id, p.name, p.title, p.role])).toEqual([
      ['p1', 'Mike Hayward', 'Detective Sergeant', 'Counties Manukau Organised Crime Unit'],
    ])
    expect(release!.quotes[0]!.speaker?.personId).toBe('p1')
    for (const m of release!.people[0]!.mentions) expect(dump.slice(m.span.start, m.span.end)).toBe(m.text)
  })
})

describe('offices in lower case and units before a name', () => {
  it.each([
    [
      'Refuge chief executive Ruth Davison said: “This is a welcome step for survivors.”',
      ['Ruth Davison', 'Refuge chief executive', null],
    ],
    [
      'Crimestoppers director Mick Duthie said: “Anyone with information should call us.”',
      ['Mick Duthie', 'Crimestoppers director', null],
    ],
    [
      '“Anyone with information should call us,” said Crimestoppers operations director Mick Duthie.',
      ['Mick Duthie', 'Crimestoppers operations director', null],
    ],
    // A body named in the possessive before the office.
    [
      'Barnardo’s chief executive Lynn Perry said: “We need action now to keep children safe.”',
      ['Lynn Perry', 'Barnardo’s chief executive', null],
    ],
    [
      '“It is a welcome step,” said St Mungo’s chief executive Emma Haddad.',
      ['Emma Haddad', 'St Mungo’s chief executive', null],
    ],
    // An office with its remit before the name is its role too, as "Commissioner for the Security Union" is.
    [
      'NSPCC head of policy Anna Edmundson said: “Children must be protected online.”',
      ['Anna Edmundson', 'NSPCC head of policy', 'NSPCC head of policy'],
    ],
    [
      'AFP Deputy Commissioner Crime Command Lesa Gale said: “We will keep targeting these networks.”',
      ['Lesa Gale', 'AFP Deputy Commissioner Crime Command', null],
    ],
    [
      '“The syndicate has been dismantled,” AFP Assistant Commissioner Eastern Command Justine Gough said.',
      ['Justine Gough', 'AFP Assistant Commissioner Eastern Command', null],
    ],
    // The unit and the name together are longer than the pattern reads: the name is read again.
    [
      'Commander Counter Terrorism Command Dominic Murphy said: “The threat is real.”',
      ['Dominic Murphy', 'Commander Counter Terrorism Command', null],
    ],
  ])('%s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('gives a later short reference the title written with the first mention', () => {
    const input =
      'Refuge chief executive Ruth Davison welcomed the law.\n\n“It is a welcome step,” Ms Davison said.\n\nAFP Deputy Commissioner Crime Command Lesa Gale led the operation.\n\n“More arrests will follow,” Deputy Commissioner Gale said.'
    expect(extractQuotes(input).map(who)).toEqual([
      ['Ruth Davison', 'Refuge chief executive', null],
      ['Lesa Gale', 'AFP Deputy Commissioner Crime Command', null],
    ])
  })

  it.each([
    // A verb between the body and the office: the office alone is the role.
    [
      'Refuge welcomes chief executive Ruth Davison to the board.\n\n“It is a welcome step,” Ms Davison said.',
      'chief executive',
    ],
    // A word of the office, not a body, opens the sentence.
    ['Interim chief executive Ruth Davison said: “It is a welcome step.”', 'Interim chief executive'],
    ['Its chief executive Ruth Davison said: “It is a welcome step.”', 'chief executive'],
    ['The charity’s chief executive Ruth Davison said: “It is a welcome step.”', 'charity’s chief executive'],
    // Only the end of the body's name is in capitals before the office: neither is taken.
    ['Save the Children chief executive Ruth Davison said: “It is a welcome step.”', null],
    ['Women’s Aid chief executive Ruth Davison said: “It is a welcome step.”', null],
    ['In Manchester chief executive Ruth Davison said: “It is a welcome step.”', null],
    // A contraction, not a body, before the office.
    ['It’s chief executive Ruth Davison who said: “It is a welcome step.”', 'chief executive'],
    ['That’s chief executive Ruth Davison, who said: “It is a welcome step.”', 'chief executive'],
  ])('gives no title to a name after a lower-case office with no body before it: %s', (input, role) => {
    expect(who(extractQuotes(input)[0])).toEqual(['Ruth Davison', null, role])
  })

  it('reads no unit into the title when a surname alone follows it', () => {
    const [q] = extractQuotes('Commander Crime Command Gale said: “We will patrol.”')
    expect(q?.speaker?.title).not.toBe('Commander Crime Command')
  })
})

describe('written statements', () => {
  it('reads "wrote in" before and after a quote as a cue', () => {
    const input =
      'Jane Smith, chair of the trust, wrote in a statement: “We are proud of the team.”\n\n“We will appeal the decision,” she wrote in a letter to members.'
    const quotes = extractQuotes(input)
    expect(quotes.map(who)).toEqual([
      ['Jane Smith', null, 'chair of the trust'],
      ['Jane Smith', null, 'chair of the trust'],
    ])
    for (const q of quotes) expect(q.cue).toMatch(/^wrote/)
  })
})

describe('relations are no role', () => {
  it.each([
    'His partner, Sarah Jones, said: “He was loved by everyone.”',
    'Sarah Jones, his partner, said: “He was loved by everyone.”',
    'His partner Sarah Jones said: “He was loved by everyone.”',
    '“He was loved by everyone,” said his long-term partner, Sarah Jones.',
    'The victim’s mother, Sarah Jones, said: “He was loved by everyone.”',
    'Sarah Jones, the victim’s mother, said: “He was loved by everyone.”',
    'Sarah Jones, the director’s wife, said: “He was loved by everyone.”',
    'Sarah Jones is the victim’s partner. She said: “He was loved by everyone.”',
  ])('names the speaker with no role: %s', (input) => {
    expect(who(extractQuotes(input)[0])).toEqual(['Sarah Jones', null, null])
  })

  it.each([
    ['Tom Black, a partner at Smith LLP, said: “The ruling is clear.”', 'partner at Smith LLP'],
    [
      'Tom Black, his partner and the charity’s director, said: “The ruling is clear.”',
      'his partner and the charity’s director',
    ],
  ])('keeps a partner in a firm, or an office beside the relation, as the role: %s', (input, role) => {
    expect(who(extractQuotes(input)[0])).toEqual(['Tom Black', null, role])
  })
})

describe('a country in initials before an office', () => {
  it('keeps "U.S." with the office in the sentence that names the speaker', () => {
    const [q] = extractQuotes(
      'U.S. Attorney for the District of Columbia Matthew M. Graves said: “The defendant will answer for this.”',
    )
    expect(who(q)).toEqual([
      'Matthew M. Graves',
      'U.S. Attorney for the District of Columbia',
      'U.S. Attorney for the District of Columbia',
    ])
  })

  it('still ends a sentence at "U.S." before a word that is no listed office after it', () => {
    const [q] = extractQuotes('John Smith moved to the U.S. Officer Jane Doe said: “He was quiet.”')
    expect(q?.speaker?.name).toBe('Jane Doe')
  })
})

describe('"St." and the like inside a role after a name', () => {
  // The shape as a US release writes a body's name: "the St. Tammany Parish Sheriff’s Office".
  const REAL =
    'ATF has joined the investigation with the St. Tammany Parish Sheriff’s Office, the St. Tammany Fire Protection, District No. 1, and the Louisiana State Fire Marshal’s Office.'

  it.each([
    [
      `${REAL}\n\n“We will find who did this,” said Sheriff Randy Smith of the St. Tammany Parish Sheriff’s Office.`,
      ['Randy Smith', 'Sheriff', 'St. Tammany Parish Sheriff’s Office'],
    ],
    [
      '“Rules apply,” said Special Agent in Charge Ryan Tjaden of the DEA’s St. Louis Division. “We will keep going.”',
      ['Ryan Tjaden', 'Special Agent in Charge', 'DEA’s St. Louis Division'],
    ],
    [
      '“Rules apply,” said Jane Roe, Special Agent in Charge of the FBI’s St. Paul Field Office.',
      ['Jane Roe', null, 'Special Agent in Charge of the FBI’s St. Paul Field Office'],
    ],
    [
      'Captain Ann Lee of the Ft. Worth Police Department said: “The road is open.”',
      ['Ann Lee', 'Captain', 'Ft. Worth Police Department'],
    ],
  ])('keeps the place it opens in the role: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    ['“Come and see us,” said Sergeant Tom Hill of Bow St. “We are open.”', 'Bow St'],
    ['“Come and see us,” said Sergeant Tom Hill of Bow St.', 'Bow St'],
  ])('ends the role at "St." with no name after it: %s', (input, role) => {
    expect(who(extractQuotes(input)[0])?.[2]).toBe(role)
  })
})

describe('an office, a comma, then a titled name', () => {
  it('reads the sample corpus sentence: the office before the comma is the role', () => {
    const [q] = extractQuotes(
      'Praising the work NPCC Lead for Serious and Organised Crime (SOC), Chief Constable Chris Haward said: “This type of criminality is corrosive.”',
    )
    expect(who(q)).toEqual([
      'Chris Haward',
      'Chief Constable',
      'NPCC Lead for Serious and Organised Crime (SOC)',
    ])
  })

  it.each([
    [
      'NPCC Chair, Chief Constable Gavin Stephens, said: “We act.”',
      ['Gavin Stephens', 'Chief Constable', 'NPCC Chair'],
    ],
    [
      'Senior Investigating Officer, Det Supt Gary Haskins, said: “This was a senseless attack.”',
      ['Gary Haskins', 'Det Supt', 'Senior Investigating Officer'],
    ],
    [
      'Head of the Major Crime Unit, Detective Chief Inspector Ben Ford, said: “We act.”',
      ['Ben Ford', 'Detective Chief Inspector', 'Head of the Major Crime Unit'],
    ],
    [
      'Praising the officers NPCC Chair, Chief Constable Gavin Stephens said: “We act.”',
      ['Gavin Stephens', 'Chief Constable', 'NPCC Chair'],
    ],
  ])('opens the sentence or follows a lower-case word: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it.each([
    [
      'Police, Fire and Crime Commissioner Roger Hirst said: “We act.”',
      ['Roger Hirst', 'Police, Fire and Crime Commissioner', null],
    ],
    [
      'Detective Chief Inspector Ben Ford, Head of the Major Crime Unit, said: “We act.”',
      ['Ben Ford', 'Detective Chief Inspector', 'Head of the Major Crime Unit'],
    ],
  ])(
    'keeps one office with a comma inside, or a title with no second one after its comma: %s',
    (input, speaker) => {
      expect(who(extractQuotes(input)[0])).toEqual(speaker)
    },
  )
})

describe('an office with its remit, owned by a body in the possessive, before a comma and a name', () => {
  it('reads the wide corpus sentence: the office after "The" is the role', () => {
    const quotes = extractQuotes(
      'The Minister of Police, George Hawkins, today welcomed the allocation of an additional $165.5 million to the New Zealand Police over the next four years.\n\n"Last year this Government made a clear commitment to strong funding for law and order" said Mr Hawkins.',
    )
    expect(who(quotes[0])).toEqual(['George Hawkins', null, 'Minister of Police'])
  })

  it.each([
    [
      '“Our thoughts remain with the families,” said the IOPC’s Director of Operations, Kathie Cashell.',
      ['Kathie Cashell', null, 'IOPC’s Director of Operations'],
    ],
    [
      'The NCA’s Director of Investigations, Nikki Holland, said: “We act.”',
      ['Nikki Holland', null, 'NCA’s Director of Investigations'],
    ],
  ])('reads the comma as an apposition: %s', (input, speaker) => {
    expect(who(extractQuotes(input)[0])).toEqual(speaker)
  })

  it('keeps the office as the title with no comma before the name', () => {
    const [q] = extractQuotes('The IOPC’s Director of Operations Kathie Cashell said: “We act.”')
    expect(q?.speaker?.title).toBe('IOPC’s Director of Operations')
  })
})
