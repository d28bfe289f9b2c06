import { describe, expect, it } from 'vitest'
import { brief, quotesOf } from './test-helpers.js'

// Invented sentences: where a reported clause starts and ends.

const clauses = (paragraph: string) => quotesOf([paragraph]).quotes.map((q) => q.text)

describe('reported clauses after a phrase of time or place', () => {
  it('opens the clause at a subject pronoun after the phrase, with no "that"', () => {
    expect(clauses('Lind said after the vote she would not accept the council’s offer.')).toEqual(['she would not accept the council’s offer'])
  })
  it('keeps "responded to a question about how she …" no clause of the reply', () => {
    expect(clauses('Lind responded to a question about how she would fund the ferry.')).not.toContain('she would fund the ferry')
  })
})

describe('ends of reported clauses', () => {
  it('keeps a noun phrase after "in … of" inside the clause ("in possession of video")', () => {
    expect(clauses('The chief said investigators are in possession of video that shows the blast.')).toEqual(['investigators are in possession of video that shows the blast'])
  })
  it('still ends the clause at the occasion of speaking', () => {
    expect(clauses('The chief said investigators are close in an interview on Monday.')).toEqual(['investigators are close'])
  })
  it('ends at ", but" and at ", and" before a subject pronoun of the narrator', () => {
    expect(clauses('Lind says the fares were fair, but for the islanders it is a tax on living there.')).toEqual(['the fares were fair'])
    expect(clauses('Lind said the real problem is the council, and she criticised its budget for months.')[0]).toBe('the real problem is the council')
  })
  it('keeps ", and" before a pronoun with an auxiliary in the clause', () => {
    expect(clauses('Lind said the fares were fair, and she would keep them.')).toEqual(['the fares were fair, and she would keep them'])
  })
  it('ends before a participle of a cue after a comma', () => {
    expect(clauses('Lind says she will publish the accounts on Friday, calling them dull reading.')[0]).toBe('she will publish the accounts on Friday')
  })
})

describe('a speaker after a relative word', () => {
  it('reports the rest of the relative clause, whose subject is the relative word', () => {
    const { quotes } = quotesOf(['The mayor defended the ferry tax, which she said would pay for new boats.'])
    const q = quotes.find((x) => x.rule === 'reported.speaker-cue-relative')
    expect(q?.text).toBe('would pay for new boats')
    expect(q?.speaker?.mention?.text).toBe('she')
  })
  it('needs a verb right after the cue ("the plan that she said nothing about" reports nothing)', () => {
    const { quotes } = quotesOf(['It was the plan that she said nothing about.'])
    expect(quotes.filter((x) => x.rule === 'reported.speaker-cue-relative')).toEqual([])
  })
})

describe('base forms used as nouns', () => {
  it('takes a cue’s base form after a determiner and a modifier for a noun ("a conference call with reporters")', () => {
    const { quotes } = quotesOf(['Lind spoke on a conference call with reporters. The mayor had the full support of the council.'])
    expect(quotes.filter((q) => q.cue === 'call' || q.cue === 'support')).toEqual([])
  })
  it('takes a gerund after a determiner and a modifier for a noun ("a strong showing in the primary")', () => {
    const { quotes } = quotesOf(['After a strong showing in the primary, Lind left for the capital.'])
    expect(quotes.filter((q) => q.cue === 'showing')).toEqual([])
  })
  it('keeps the verb after a plural or a pronoun ("the islanders support the plan")', () => {
    const { quotes } = quotesOf(['Most of the islanders support the ferry plan.'])
    expect(quotes.map((q) => q.cue)).toContain('support')
  })
})

describe('the narrator taking over', () => {
  it('ends a reported clause at a semicolon and at a comma before "although"', () => {
    expect(clauses('Dahl said the boats were safe; the council still closed the route.')[0]).toBe('the boats were safe')
    expect(clauses('The new ferry, Dahl said, was the fastest yet, although its engines had failed twice.')[0]).toBe('The new ferry, Dahl said, was the fastest yet')
  })
  it('reads no clause after "said, but …", unless "that" follows the set-off phrase', () => {
    expect(clauses('“You coming?” she said, but the captain was asleep, and the crew sang about the long night.')).toEqual(['You coming?'])
    expect(clauses('Dahl said, but only once, that the boats were unsafe.')).toEqual(['the boats were unsafe'])
  })
  it('ends a stance object at a comma before a subject pronoun and at "but also" before a second verb', () => {
    expect(clauses('While Lind praised the harbour plan to please the fishers, she never funded it.')[0]).toBe('the harbour plan to please the fishers')
    expect(clauses('Some officials praised the captain’s work but also had to cut his pay.')[0]).toBe('the captain’s work')
  })
})

describe('a stance object before a quote of another attribution', () => {
  it('keeps "called for X to resign" when a quote follows after ", calling him …"', () => {
    const { quotes } = quotesOf(['In May, the union called for Lind to resign, calling him “a disgrace to the harbour.”'])
    expect(brief(quotes)).toContainEqual([false, 'Lind to resign', ['union']])
    expect(brief(quotes)).toContainEqual([true, 'a disgrace to the harbour.', ['union']])
  })
  it('still leaves "condemned X and praised the “…”" to the partial quote, one attribution', () => {
    const { quotes } = quotesOf(['Before the talks, Dahl condemned the new levy and praised the “steady hand” of the council.'])
    expect(quotes.map((q) => q.text)).toEqual(['steady hand'])
  })
})

describe('objects that hold their own verbs', () => {
  const objects = (p: string) => brief(quotesOf(['The ferry vote was held on Monday.', p]).quotes).map((q) => q[1])
  it('does not end a participle’s question object at its verb ("determining how much X will …")', () => {
    expect(objects('The council is still determining how much the island will pay for the new boats.')).toEqual(['how much the island will pay for the new boats'])
  })
  it('keeps a list of gerunds after a comma in one object', () => {
    expect(objects('The union supported keeping the old boats, hiring more crews and lowering the fares.')).toEqual(['keeping the old boats, hiring more crews and lowering the fares'])
  })
})

describe('a new subject after ", and"', () => {
  it('ends the reported clause before ", and" + a name or determined noun with its own verb', () => {
    const clauses = brief(quotesOf(['The ferry vote was held on Monday.', 'Kari Dahl has said she wants more women on the board, and Ola Lind is among the few candidates.']).quotes).map((q) => q[1])
    expect(clauses).toEqual(['she wants more women on the board'])
  })
})

describe('a partial quote that closes its sentence', () => {
  it('ends the clause at a closing mark after the sentence’s period when a new sentence or a bracket follows', () => {
    const { text, quotes } = quotesOf(['The ferry vote was held on Monday.', 'The union called the plan "a betrayal of the islands." When the vote came, the hall was empty.'])
    expect(quotes.map((q) => q.clause && text.slice(q.clause.start, q.clause.end))).toEqual(['the plan "a betrayal of the islands."'])
  })
})

describe('where a partial quote was said', () => {
  it('ends the clause before "in a tweet", "at a rally" after the quote', () => {
    const { text, quotes } = quotesOf(['The ferry vote was held on Monday.', 'Kari Dahl called the vote “rigged” in a tweet on Tuesday.'])
    expect(quotes.map((q) => q.clause && text.slice(q.clause.start, q.clause.end))).toEqual(['the vote “rigged”'])
  })
})

describe('a reported clause inside a fronted subordinate clause', () => {
  it('ends at the comma before the main clause\'s subject', () => {
    expect(clauses('Although Lind said she liked the plan, the council voted against it.')).toEqual(['she liked the plan'])
    expect(clauses('After Lind announced the fare rise, she left for Bergen.')[0]).toBe('the fare rise')
  })
  it('keeps a conditional inside a reported clause that opens the sentence\'s main clause', () => {
    expect(clauses('Lind said that if the plan fails, the council will resign.')).toEqual(['if the plan fails, the council will resign'])
  })
})

describe('the narrator\'s asides after a reported clause', () => {
  it('ends the clause at a dash before "and" or "but"', () => {
    expect(clauses('Lind said the tide is turning their way — and the council is holding talks on the fares.')).toEqual(['the tide is turning their way'])
  })
  it('ends the clause at a comma before "even though" or "even as"', () => {
    expect(clauses('Lind said the ferry must stop for a week, even though the crew was ready to sail.')).toEqual(['the ferry must stop for a week'])
  })
  it('ends the clause before a relative clause on a name that runs to the end of the sentence', () => {
    expect(clauses('Lind did not say it would be Dahl, who has a large lead in the polls.')).toEqual(['it would be Dahl'])
  })
  it('keeps a relative clause closed by a comma inside the clause', () => {
    expect(clauses('Lind said Dahl, who leads the polls, will resign next week.')).toEqual(['Dahl, who leads the polls, will resign next week'])
  })
})

describe('attributions nested in a reported clause', () => {
  it('keeps a belief inside a speech clause as part of what was said', () => {
    const { quotes } = quotesOf(['Lind said she thinks the ferry tax will pass next spring.'])
    expect(quotes.map((q) => q.text)).toEqual(['she thinks the ferry tax will pass next spring'])
  })
  it('keeps an impression or a request inside a speech clause as part of it', () => {
    expect(clauses('Lind said it seems the council has lost its nerve.')).toEqual(['it seems the council has lost its nerve'])
    expect(clauses('Lind told reporters she urged the council to drop the fare.')).toHaveLength(1)
  })
  it('still reports a belief with no attribution around it', () => {
    expect(clauses('Lind thinks the ferry tax will pass next spring.')).toEqual(['the ferry tax will pass next spring'])
  })
})

describe('stance objects', () => {
  it('reads no object after a preposition of source or range (a noun use: "support from", "backing among")', () => {
    expect(clauses('Lind won support from older voters on the islands.')).toEqual([])
    expect(clauses('Lind has strong backing among ferry workers.')).toEqual([])
  })
  it('ends the object before a phrase of time ("backed Lind in early June", "praised the plan on Tuesday")', () => {
    expect(clauses('The union backed Lind in early June.')).toEqual(['Lind'])
    expect(clauses('The union praised the ferry plan on Tuesday at a meeting in Bergen.')).toEqual(['the ferry plan'])
    expect(clauses('The union backed Lind last week, after the vote.')).toEqual(['Lind'])
  })
  it('keeps a phrase of time that is part of the noun phrase', () => {
    expect(clauses('The union praised the last week of the session.')).toEqual(['the last week of the session'])
    expect(clauses('The union praised a Monday night rally in Bergen.')).toEqual(['a Monday night rally in Bergen'])
  })
  it('ends the object of a fronted clause at the comma before the main clause\'s subject and verb', () => {
    expect(clauses('Although she never criticized Lind by name, Kari Dahl portrayed her rival as a spendthrift.')).toContain('Lind by name')
    expect(clauses('While the unions opposed the fare rise, the ferry board has shown little interest.')[0]).toBe('the fare rise')
  })
  it('keeps a list of names after a comma in the object', () => {
    expect(clauses('The union backed Lind, Dahl and Berg.')).toEqual(['Lind, Dahl and Berg'])
  })
  it('still reads the object of the verb', () => {
    expect(clauses('Older voters on the islands support Lind.')).toEqual(['Lind'])
  })
})

describe('the cue of a partial quote', () => {
  it('passes over a cue form used as a noun or adjective to the verb before it', () => {
    const { quotes } = quotesOf(['Dahl called Lind’s proposed ferry levy “a tax on islanders.”'])
    expect(quotes.map((q) => q.cue)).toEqual(['called'])
    expect(quotes[0]?.speaker?.mention?.text).toBe('Dahl')
  })
})

describe('speakers of "told"', () => {
  it('never takes the addressee after "told" for the speaker', () => {
    const { quotes } = quotesOf(['“The ferry will run all winter,” Kari Dahl, an adviser to the mayor, told AFP.'])
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.speaker?.mention?.text).not.toBe('AFP')
  })
})

describe('a belief verb after its clause', () => {
  it('reports the clause before "…, records show." and "…, analysts believe."', () => {
    const { quotes } = quotesOf(['The bridge cost the town 12 million pounds in 2009, records show.', 'The levy will pass next spring, analysts believe.'])
    expect(brief(quotes)).toEqual([
      [false, 'The bridge cost the town 12 million pounds in 2009', ['records']],
      [false, 'The levy will pass next spring', ['analysts']],
    ])
  })
  it('reports the clause around a belief verb set off by commas', () => {
    expect(clauses('The levy, analysts believe, will pass next spring.')).toEqual(['The levy, analysts believe, will pass next spring'])
  })
})

describe('"see" and "saw"', () => {
  it('report a that-clause, not a thing seen', () => {
    expect(clauses('Ferry workers saw that the levy could actually pass.')).toEqual(['the levy could actually pass'])
    expect(clauses('Ferry workers saw the new boat in Bergen.')).toEqual([])
  })
})

describe('"according to X" inside its clause', () => {
  it('takes the whole sentence around the aside for the content', () => {
    expect(brief(quotesOf(['At the heart of the dispute, according to Dennis Ross, a former envoy, was a deep mistrust between the two men.']).quotes)).toEqual([
      [false, 'At the heart of the dispute, according to Dennis Ross, a former envoy, was a deep mistrust between the two men', ['Dennis Ross']],
    ])
  })
  it('keeps a trailing "according to X" after its clause', () => {
    expect(clauses('The ferry will stop in May, according to the harbour office.')).toEqual(['The ferry will stop in May'])
  })
})

describe('impressions and expectations held by no one', () => {
  it('report only the relative or subordinate clause that holds them', () => {
    expect(clauses('The fair will open in June, which is expected to draw 50,000 visitors.')).toEqual(['which is expected to draw 50,000 visitors'])
    expect(clauses('Both campaigns are busy in Bergen, where Lind is expected to win.')).toEqual(['where Lind is expected to win'])
    expect(clauses('The levy passed in a town that until recently seemed firmly in Lind’s corner.')).toEqual(['that until recently seemed firmly in Lind’s corner'])
  })
  it('report the whole sentence when no such clause opens before the cue', () => {
    expect(clauses('The central bank is expected to act in December.')).toEqual(['The central bank is expected to act in December'])
  })
})

describe('"reportedly"', () => {
  it('reports its clause with no speaker', () => {
    const { quotes } = quotesOf(['The harbour board is reportedly spending 1.5 million on new boats.'])
    expect(brief(quotes)).toEqual([[false, 'The harbour board is reportedly spending 1.5 million on new boats', []]])
    expect(quotes[0]?.rule).toBe('reported.unsourced-report')
  })
})

describe('a stance inside a relative clause set off by commas', () => {
  it('ends the object at the comma before the main clause’s verb, not at a comma inside the object', () => {
    expect(clauses('Per Dahl, who endorsed the ferry plan in the vote, represents one of the most remote districts.')).toEqual(['the ferry plan in the vote'])
    expect(clauses('Per Dahl, who praised the harbours of Tromsø, Bodø and Narvik, said the plan was dead.')).toContain('the harbours of Tromsø, Bodø and Narvik')
  })
})
