import { describe, expect, it } from 'vitest'
import { findStatistics } from './find-statistics'

/** The texts of the statistics found in a sentence. */
const texts = (sentence: string) => findStatistics(sentence).map((s) => s.text)

describe('a vote’s tally and a rating scale’s ends', () => {
  it('reads no count in a tally: its sides say how a vote split, not how many of anything', () => {
    expect(texts('The board approved the merger in a 5-to-1 vote.')).toEqual([])
    expect(texts('The council voted 7 to 2 to approve the plan.')).toEqual([])
    expect(texts('The jury voted ten to two to convict.')).toEqual([])
    expect(texts('The Senate passed the bill by a vote of 62 to 38.')).toEqual([])
    expect(texts('A 2-to-1 majority of members backed the change.')).toEqual([])
    expect(texts('The Supreme Court ruled 6 to 3 in favour of the state.')).toEqual([])
    expect(texts('It was a 9-to-0 decision.')).toEqual([])
    // A margin after "by" and a verb of a motion's result, as a legislature's releases give it.
    expect(texts('The House passed H.R. 5376 by 220-207.')).toEqual([])
    expect(texts('The motion was carried by 45 to 12, and the bill passed the Senate by 52-48.')).toEqual([])
    // A majority's split, as a central bank's committee gives its vote.
    expect(texts('The MPC voted by a majority of 7–2 to maintain Bank Rate.')).toEqual([])
    expect(texts('The board backed it by a majority of 5 to 4.')).toEqual([])
    // Shares of the vote are figures, and so is a majority of things counted.
    expect(texts('The motion passed by a majority of 60 to 40 percent.')).toEqual(['60', '40 percent'])
    expect(texts('The Senate passed it by a vote of 62 to 38 per cent.')).toEqual(['62', '38 per cent'])
    expect(texts('The government has a majority of 80 seats.')).toEqual(['80'])
    // Not after another verb, nor a rising pair.
    expect(texts('Crime rose by 20-30 per cent.')).toEqual(['20-30 per cent'])
    expect(texts('The plan passed, and costs grew by 12-15 per cent.')).toEqual(['12-15 per cent'])
  })

  it('reads no range in a scale: its ends bound the marks given, no amount measured', () => {
    expect(texts('Residents rated safety on a 1-to-5 scale.')).toEqual([])
    expect(texts('Patients scored pain on a 1-10 scale.')).toEqual([])
    expect(texts('Respondents rated safety on a scale from 1 to 5.')).toEqual([])
    expect(texts('On a scale of one to ten, trust stood at seven.')).toEqual(['seven'])
  })

  it('still counts votes named as such, and ranges of things', () => {
    // "52 votes": a count of votes cast, with its noun.
    expect(texts('The motion passed by 52 votes to 41.')).toEqual(['52', '41'])
    expect(texts('Between 5 and 10 officers attended.')).toEqual(['Between 5 and 10'])
    expect(texts('Police seized 1-to-5 kilos of cannabis at each address.')).toEqual(['1-to-5 kilos'])
    expect(texts('Officers voted on 12 to 15 proposals.')).toEqual(['12 to 15'])
    // A rising pair is no tally, a falling pair no scale.
    expect(texts('Members voted for 2 to 5 new trustees.')).toEqual(['2 to 5'])
    expect(texts('The scale of the problem grew from 5 to 10 cases.')).toEqual(['from 5 to 10'])
    // "scale" far from the pair says nothing of it.
    expect(texts('The scale of seizures rose: 12 to 15 tonnes a year.')).toEqual(['12 to 15 tonnes'])
  })

  it('reads no count in a game’s score after its verb, written with "to"', () => {
    expect(texts('They won 3-to-1.')).toEqual([])
    expect(texts('The police team won 3 to 1 against the fire service.')).toEqual([])
    expect(texts('The visitors lost 2 to 0 at home.')).toEqual([])
    expect(texts('The side drew two-to-two on Saturday.')).toEqual([])
    expect(texts('At half time they led 4 to 1.')).toEqual([])
    expect(texts('Team GB won 2-nil, and the hosts suffered a 3-nil defeat.')).toEqual([])
    expect(texts('The police XI beat Kent Fire Service 7 to 1 in the final.')).toEqual([])
    expect(texts('The motion passed 7 to 2, and the amendment was rejected 6-to-3.')).toEqual([])
  })

  it('still counts after a verb of winning what the pair counts, or a rising pair', () => {
    expect(texts('The unit won 3 to 5 contracts a year.')).toEqual(['3 to 5'])
    expect(texts('Detectives led 12 to 8 arrests.')).toEqual(['12', '8'])
    expect(texts('The charity won 5 to 2 awards.')).toEqual(['5', '2'])
    expect(texts('Losses were nil, against 4 arrests in 2 raids.')).toEqual(['4', '2'])
    expect(texts('The council approved 40 to 30 Housing grants.')).toEqual(['40', '30'])
    expect(texts('The scheme passed 12 to 15 checks.')).toEqual(['12 to 15'])
    expect(texts('Officers from Kent beat 3 to 1 rivals.')).toEqual(['3', '1'])
  })

  it('reads no count in a ratio: two amounts compared, neither counted', () => {
    expect(texts('Women outnumber men 3 to 1.')).toEqual([])
    expect(texts('Female officers outnumber male officers in the unit almost 3-to-1.')).toEqual([])
    expect(texts('Officers were outnumbered by about 10 to 1.')).toEqual([])
    expect(texts('Applicants were accepted by a ratio of 2 to 1.')).toEqual([])
    expect(texts('The bookmakers offered odds of 5-to-1.')).toEqual([])
    expect(texts('Supporters backed it by a 2-to-1 ratio.')).toEqual([])
  })

  it('reads no count in odds after "are", "were" or "at", in either order', () => {
    expect(texts('The odds are 1 to 5 against.')).toEqual([])
    expect(texts('The odds were 100 to 1 on the outsider.')).toEqual([])
    expect(texts('Bookmakers put the odds at 5 to 1.')).toEqual([])
    expect(texts('The odds are now 3 to 1 against a rate rise.')).toEqual([])
    expect(texts('The ratio is 3-to-1 in favour of the scheme.')).toEqual([])
    // A range after other words, or after odds a clause away, still counts.
    expect(texts('Prices rose from 1 to 5 against the dollar.')).toEqual(['from 1 to 5'])
    expect(texts('The odds are long, and 3 to 5 officers are needed.')).toEqual(['3 to 5'])
    expect(texts('Odds were printed on 12 to 15 tickets.')).toEqual(['12 to 15'])
  })

  it('reads no count in a sale’s ratio: how many are had for how many are paid', () => {
    expect(texts('Customers can take up a 2-for-1 offer on tickets.')).toEqual([])
    expect(texts('There is a two-for-one deal on pizzas.')).toEqual([])
    expect(texts('The shop runs a 3 for 2 offer on books.')).toEqual([])
    expect(texts('Tickets are 2-for-1 on Tuesdays.')).toEqual([])
    // Apart and without the sale's noun, "for" joins two figures of their own.
    expect(texts('Officers made 12 arrests for 3 offences.')).toEqual(['12', '3'])
    expect(texts('The charity raised £5 for 2 causes.')).toEqual(['£5', '2'])
  })

  it('reads no count in a score written with "nil" in words', () => {
    expect(texts('Police beat the fire service four nil in the charity match.')).toEqual([])
    expect(texts('The team won two-nil on Saturday.')).toEqual([])
    expect(texts('The hosts won 3 nil.')).toEqual([])
    expect(texts('They were beaten 5 nil by the champions.')).toEqual([])
    expect(texts('It was a three nil win for the visitors.')).toEqual([])
    // "nil" describing what is counted.
    expect(texts('The firm filed 3 nil returns last year.')).toEqual(['3'])
    expect(texts('Losses were nil, against 4 arrests in 2 raids.')).toEqual(['4', '2'])
  })

  it('reads no count in two sides’ tallies, the second named by its owner, as in a vote’s', () => {
    expect(texts("The Tories won 365 to Labour's 203.")).toEqual([])
    expect(texts("Labour won 412 to the Conservatives' 121.")).toEqual([])
    expect(texts('The Democrats held 51 to the Republicans’ 49 in the Senate.')).toEqual([])
    // With what is counted, both are counts, never a range.
    expect(texts("The Tories won 365 seats to Labour's 203.")).toEqual(['365', '203'])
    expect(texts("Kent recorded 365 arrests, to Essex's 203.")).toEqual(['365', '203'])
    expect(texts("The Tories won 365 to Labour's 203 seats.")).toEqual(['365', '203'])
    expect(texts('The motion passed by 52 votes to 41.')).toEqual(['52', '41'])
    // "to" before a lower-case possessive is no rival: "to the council's 12 depots".
    expect(texts("Officers delivered 40 parcels to the council's 12 depots.")).toEqual(['40', '12'])
  })

  it('still counts near "outnumber" when a clause or a noun stands between', () => {
    expect(texts('Women outnumber men, and 3 to 5 officers left.')).toEqual(['3 to 5'])
    expect(texts('Protesters outnumbered police; 40 to 50 people were arrested.')).toEqual(['40 to 50'])
    expect(texts('The ratio fell as 3 to 5 kilos were seized.')).toEqual(['3 to 5 kilos'])
  })
})
