import { describe, expect, it } from 'vitest'
import { loadQuoteLexicon } from './lexicon.js'
import { findQuoteSpans } from './marks.js'
import { brief, quotesOf } from './test-helpers.js'

// All fixtures are invented sentences in news style.

describe('quotation marks', () => {
  const spans = (paras: string[]) => {
    const text = paras.join('\n\n')
    let at = 0
    const ranges = paras.map((p) => { const r = { start: at, end: at + p.length }; at += p.length + 2; return r })
    return findQuoteSpans(text, ranges).map((s) => text.slice(s.start, s.end))
  }
  it('pairs straight and curly marks and keeps nested single quotes as content', () => {
    expect(spans(['"We stay," she said. “It was ‘a historic mistake’,” he said.'])).toEqual(['We stay,', 'It was ‘a historic mistake’,'])
  })
  it('closes a quote at an opening mark typed after the last word', () => {
    expect(spans(['“It is unusual,“ said Lars Noble. “It is hard.”'])).toEqual(['It is unusual,', 'It is hard.'])
  })
  it('does not take apostrophes for quotation marks', () => {
    expect(spans(['Russia’s economy shrank in the ’90s, and Kenya’s did not.'])).toEqual([])
  })
  it('continues a quote into the next paragraph only when that paragraph opens with a mark', () => {
    const q = spans(['“One.', '“Two.', '“Three.” Then silence.'])
    expect(q).toHaveLength(1)
    expect(q[0]).toBe('One.\n\n“Two.\n\n“Three.')
  })
  it('bounds an unclosed quote at its paragraph when the next does not continue it', () => {
    expect(spans(['The ministry called the plan “reckless and', 'Markets fell on Monday. "We are calm," a trader said.'])).toEqual(['reckless and', 'We are calm,'])
  })
})

describe('cue lexicon', () => {
  it('lets every cue and nominal-cue form through its word filter, and rules out ordinary words', () => {
    const lex = loadQuoteLexicon()
    const forms = [...lex.cues.keys(), ...lex.nominals.keys()]
    expect(forms.length).toBeGreaterThan(200)
    const passes = (w: string) => lex.cueFilter.scan(` ${w} `, Uint32Array.of(1), Uint32Array.of(w.length + 1)).length === 1
    expect(forms.filter((w) => !passes(w))).toEqual([])
    expect(['xylophone', 'harbour', '2024', 'Moscow'].filter(passes)).toEqual([])
  })
  it('takes cue forms derived from train counts only where the hand-written lexicons have none, and never an excluded act', () => {
    const lex = loadQuoteLexicon()
    const derived = lex.cues.get('railed')
    expect(derived?.id).toBe('cue.derived.railed')
    expect(derived?.class).toBe('evaluative')
    expect(lex.cues.get('said')?.id).toBe('cue.speech.say')
    for (const act of ['signed', 'refused', 'fired']) expect(lex.cues.has(act)).toBe(false)
  })
  it('reports the object of a derived stance cue for its subject', () => {
    expect(brief(quotesOf(['The senator railed against the new harbour levy.']).quotes)).toEqual([[false, 'the new harbour levy', ['senator']]])
  })
})

describe('direct quotes', () => {
  it('takes any verb between a separated quote and its speaker as the cue, but not a verb after an unseparated quote', () => {
    const { quotes } = quotesOf([
      '“The harbour will be rebuilt within a year,” reminisced Ola Brenna, the former port director.',
      '“We drew up every plan ourselves,” Brenna wagered.',
      'Critics of the plan dismissed it as “a harbour for nobody” reports in the paper claimed.',
    ], { 'Ola Brenna': 'PERSON' })
    expect(brief(quotes).slice(0, 2)).toEqual([
      [true, 'The harbour will be rebuilt within a year,', ['Ola Brenna']],
      [true, 'We drew up every plan ourselves,', ['Ola Brenna']],
    ])
    expect(quotes.slice(0, 2).map((q) => q.cue)).toEqual(['reminisced', 'wagered'])
    expect(quotes.some((q) => q.cue === 'reports')).toBe(false)
  })
  it('finds inverted attributions with appositives', () => {
    const { quotes } = quotesOf([
      '"We will not retreat from these talks," said Maria Kovac, the agriculture minister of Slovenia.',
      '“The harvest is lost,” Jonas Berg, director of the Nordic Grain Institute, wrote on Twitter.',
      '“Prices will rise,” Berg said.',
    ])
    expect(brief(quotes)).toEqual([
      [true, 'We will not retreat from these talks,', ['Maria Kovac']],
      [true, 'The harvest is lost,', ['Jonas Berg']],
      [true, 'Prices will rise,', ['Berg']],
    ])
    expect(quotes[0]!.cue).toBe('said')
    expect(quotes[1]!.cue).toBe('wrote')
  })

  it('takes a pronoun after "…," said as the speaker only when no clause follows it', () => {
    expect(brief(quotesOf(['“We stay,” said he.']).quotes)).toEqual([[true, 'We stay,', ['?he']]])
    const { quotes } = quotesOf(['Novak, who calls Berg a “fraud,” said he doubts the plan will pass.'])
    expect(quotes.find((q) => q.text === 'fraud,')?.rule).not.toBe('direct.cue-speaker-after')
  })

  it('attributes a quote spanning three paragraphs once, to the speaker named before it', () => {
    const { quotes } = quotesOf([
      'Petra Novak, the mayor, said: “The river rose two metres overnight.',
      '“Nobody in this town has seen anything like it.',
      '“We need the army here by morning.”',
      'The regional government did not comment.',
    ])
    expect(quotes).toHaveLength(1)
    expect(quotes[0]!.text).toMatch(/^The river rose.*by morning\.$/s)
    expect(quotes[0]!.speaker?.name).toBe('Petra Novak')
  })

  it('resolves a pronoun speaker two sentences after the named one', () => {
    const { quotes } = quotesOf([
      'Tomas Reyes said the budget would pass before the summer recess. The vote is due next week. The opposition has promised a fight.',
      '"We have the numbers," he added.',
    ], { 'Tomas Reyes': 'PERSON' })
    const direct = quotes.find((q) => q.direct)!
    expect(direct.speaker?.name).toBe('Tomas Reyes')
    expect(direct.speaker?.entity).toBe('e1')
    expect(direct.speaker?.mention?.text).toBe('he')
  })

  it('gives a quote with no attribution of its own to the speaker of the quote before it', () => {
    const { quotes } = quotesOf([
      '"The border stays open," the interior minister Lena Ortiz told a news conference in Quito.',
      '"Anyone who says otherwise is spreading panic."',
    ])
    expect(brief(quotes).map((q) => q[2])).toEqual([['Lena Ortiz'], ['Lena Ortiz']])
    expect(quotes[1]!.rule).toBe('direct.follow')
  })

  it('continues the speaker after a sentence ending in a short name the tokenizer keeps its full stop on', () => {
    const { quotes } = quotesOf(['“The ferry runs on time,” said Ana Lind, an aide to Senator Ola Roos. “Nobody has asked us for more.”'])
    expect(brief(quotes).map((q) => [q[1], q[2]])).toEqual([['The ferry runs on time,', ['Ana Lind']], ['Nobody has asked us for more.', ['Ana Lind']]])
    expect(quotes[1]!.rule).toBe('direct.follow')
  })

  it('keeps a clipped quote inside its paragraph and goes on with the next', () => {
    const { quotes, notes } = quotesOf([
      'Officials said the storm was “the worst in a generation and',
      '"We are rebuilding," said Omar Haddad, a local councillor.',
    ])
    expect(quotes.map((q) => q.text)).toEqual(['the worst in a generation and', 'We are rebuilding,'])
    expect(notes.map((n) => n.code)).toEqual(['quotes/unclosed-mark'])
    expect(quotes[1]!.speaker?.name).toBe('Omar Haddad')
  })
})

describe('partial quotes', () => {
  it('gives a partial quote the subject of its reporting verb, joint speakers included', () => {
    const { quotes } = quotesOf([
      'Prime Minister Ana Silva of Portugal and Chancellor Karl Weber of Austria said they "reject any new tariffs" after their meeting in Vienna.',
      'They also promised to “deepen co-operation” on energy.',
    ])
    expect(brief(quotes)).toEqual([
      [true, 'reject any new tariffs', ['Ana Silva', 'Karl Weber']],
      [true, 'deepen co-operation', ['Ana Silva', 'Karl Weber']],
    ])
    expect(quotes[0]!.clause).toBeTruthy()
  })

  it('finds the speaker of an evaluative verb and of a possessive after "quoting"', () => {
    const { quotes } = quotesOf([
      'Before the vote, Senator Hugh Lane criticised the "reckless spending" of the cabinet.',
      'State television praised the "warm welcome" for the delegation, quoting the envoy Rui Costa: "We were received as friends."',
    ])
    expect(brief(quotes)).toEqual([
      [true, 'reckless spending', ['Hugh Lane']],
      [true, 'warm welcome', ['State television']],
      [true, 'We were received as friends.', ['Rui Costa']],
    ])
  })

  it('drops scare quotes that no one is reported to have said', () => {
    const { quotes } = quotesOf(['The so-called "peace plan" was published on Monday in three languages.'])
    expect(quotes).toEqual([])
  })
})

describe('reported speech', () => {
  it('finds X said (that) …, CLAUSE, X said, according to X and X told reporters', () => {
    const { quotes } = quotesOf([
      'Kovac told reporters that the harvest would be three weeks late.',
      'The ceasefire had broadly held overnight, a senior army official said.',
      'According to the central bank, inflation will fall below 3 per cent next year.',
      'Jonas Berg wrote on Twitter that grain exports would resume on Monday.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'the harvest would be three weeks late', ['Kovac']],
      [false, 'The ceasefire had broadly held overnight', ['senior army official']],
      [false, 'inflation will fall below 3 per cent next year', ['central bank']],
      [false, 'grain exports would resume on Monday', ['Jonas Berg']],
    ])
    expect(quotes[1]!.speaker?.kind).toBe('source')
    expect(quotes[1]!.speaker?.entity).toBeNull()
  })

  it('prefers the speaker inside the clause over a trailing "according to"', () => {
    const { quotes } = quotesOf(['Silva said the two countries would build a new bridge, according to the state news agency.'])
    expect(brief(quotes)).toEqual([[false, 'the two countries would build a new bridge', ['Silva']]])
  })

  it('does not take "what X has said was" for reported speech', () => {
    const { quotes } = quotesOf(['Troops moved closer to the border in what the government has said was a routine exercise.'])
    expect(quotes).toEqual([])
  })

  it('gives a participle cue the subject of the sentence, and a passive cue no speaker', () => {
    const { quotes } = quotesOf([
      'The finance minister defended the budget on Tuesday, saying the deficit would halve by next spring.',
      'We are assured that the new levies will be temporary.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'the budget', ['finance minister']],
      [false, 'the deficit would halve by next spring', ['finance minister']],
    ])
  })

  it('keeps the words after "X told Y\'s Z in an interview" out of a quote, and skips party tags and leading conjunctions', () => {
    const { quotes } = quotesOf([
      '"We will not be moved," Ines Varga told Radio Nord\'s Paul Hart in an interview aired on Sunday.',
      '"It is a bad deal," said Senator Ruth Alder, R-Neb., in a statement.',
      'Yet a senior diplomat told reporters the talks would resume in March.',
    ])
    expect(brief(quotes)).toEqual([
      [true, 'We will not be moved,', ['Ines Varga']],
      [true, 'It is a bad deal,', ['Ruth Alder']],
      [false, 'the talks would resume in March', ['senior diplomat']],
    ])
  })

  it('reads time phrases and set-off phrases between a speaker and its cue, and "who said"', () => {
    const { quotes } = quotesOf([
      'NEW DELHI: Freedonia on Monday said the border talks would resume.',
      'Ruth Alder, in a statement, said the figures were wrong.',
      'The plan was attacked by Omar Haddad, who said it would ruin the harbour.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'the border talks would resume', ['Freedonia']],
      [false, 'the figures were wrong', ['Ruth Alder']],
      [false, 'it would ruin the harbour', ['Omar Haddad']],
    ])
    expect(quotes[2]!.speaker?.mention?.text).toBe('who')
  })

  it('reads transcript lines as direct quotes of their speaker, but not a single dateline or label', () => {
    const { quotes } = quotesOf([
      'HOST: Will the minister resign over the report?',
      'KOVAC: Certainly not, and nobody has asked me to.',
      'UPDATE: This story was corrected on Tuesday.',
    ])
    expect(brief(quotes)).toEqual([
      [true, 'Will the minister resign over the report', ['HOST']],
      [true, 'Certainly not, and nobody has asked me to', ['KOVAC']],
    ])
    expect(quotesOf(['LISBON: The government fell on Tuesday after a vote.']).quotes).toEqual([])
  })

  it('resolves she/he to the latest speaker of that gender when honorifics tell it, and cuts a clause before a second attribution', () => {
    const { quotes } = quotesOf([
      'Mrs. Lind said the port would stay closed. Mr. Berg said it would reopen within a week, though he conceded the damage was severe.',
      '"We will not gamble with lives," she added.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'the port would stay closed', ['Lind']],
      [false, 'it would reopen within a week', ['Berg']],
      [false, 'the damage was severe', ['Berg']],
      [true, 'We will not gamble with lives,', ['Lind']],
    ])
  })

  it("takes the possessor before a colon as the speaker of the quote after it (\"X's view of Y: …\")", () => {
    const { quotes } = quotesOf(["The paper printed Lena Ortiz's verdict on the treaty: \"It is a trap for small nations.\""])
    expect(brief(quotes)).toEqual([[true, 'It is a trap for small nations.', ['Lena Ortiz']]])
    expect(quotes[0]!.rule).toBe('direct.possessive-colon')
  })

  it('skips time phrases after the cue and does not report an introductory clause or generic "you"', () => {
    const { quotes } = quotesOf([
      'The senator said on Tuesday the bill would pass.',
      'But when the council cut the budget, the mayor said nothing.',
      'You know where the money went.',
      'The member states agree on little.',
    ])
    expect(brief(quotes)).toEqual([[false, 'the bill would pass', ['senator']]])
  })

  it('reads an attribution set inside its clause, a second verb of the subject, and a set-off phrase after "that"', () => {
    const { quotes } = quotesOf([
      'The harbour, Mayor Lena Ortiz says, will reopen within a month.',
      'Jonas Berg generally backed the plan for years, and said he would vote for it again.',
      'Ruth Alder said that, if re-elected, she would cut the levy.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'The harbour, Mayor Lena Ortiz says, will reopen within a month', ['Lena Ortiz']],
      [false, 'the plan for years', ['Jonas Berg']],
      [false, 'he would vote for it again', ['Jonas Berg']],
      [false, 'she would cut the levy', ['Ruth Alder']],
    ])
  })

  it('reports a belief verb with "that" or a clause with its own subject, not a bare object', () => {
    const { quotes } = quotesOf([
      'The governor believes that inflation has peaked.',
      'Many traders fear the port will close in winter.',
      'The mayor thinks inflation has peaked.',
      'Analysts know him well.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'inflation has peaked', ['governor']],
      [false, 'the port will close in winter', ['Many traders']],
      [false, 'inflation has peaked', ['mayor']],
    ])
  })

  it('reads the to-clause of an intention as its content, but not inside another attribution', () => {
    const { quotes } = quotesOf([
      'The harbour authority plans to reopen the east pier in May, but the unions object.',
      'A spokeswoman for the ministry declined to comment on the report.',
      'Ruth Alder said she planned to vote against the levy.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'to reopen the east pier in May', ['harbour authority']],
      [false, 'to comment on the report', ['spokeswoman for the ministry']],
      [false, 'she planned to vote against the levy', ['Ruth Alder']],
    ])
    expect(quotes[0]!.rule).toBe('reported.speaker-intention')
  })

  it('reads requests and questions after an addressee, and keeps a question holding a nested belief whole', () => {
    const { quotes } = quotesOf([
      'The committee asked the ministry to preserve the records.',
      'Lauer asked Novak whether she had read the report.',
      'Ortiz asked if the minister believed the harbour was safe.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'the ministry to preserve the records', ['committee']],
      [false, 'whether she had read the report', ['Lauer']],
      [false, 'if the minister believed the harbour was safe', ['Ortiz']],
    ])
    expect(quotes[0]!.rule).toBe('reported.speaker-request')
  })

  it('reads "according to X" without its comma and after a short introductory phrase', () => {
    const { quotes } = quotesOf([
      'Novak leads Berg by 271 delegates according to a count by the agency.',
      'In addition, according to the ministry, nine thousand more workers will be protected.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'Novak leads Berg by 271 delegates', ['count']],
      [false, 'nine thousand more workers will be protected', ['ministry']],
    ])
  })

  it('keeps "according to X" over a stance inside its clause, reads "the report" as a source, and a poll that shows its object', () => {
    const { quotes } = quotesOf([
      'According to the report, the agency sought bids from several companies.',
      'The agency sought bids from several companies, according to people familiar with the plan.',
      'A new poll shows him leading the senator by four points.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'the agency sought bids from several companies', ['report']],
      [false, 'The agency sought bids from several companies', ['people familiar']],
      [false, 'him leading the senator by four points', ['new poll']],
    ])
  })

  it('gives a participle after an attribution its speaker, reads an age as an appositive and a demonstrative source', () => {
    const { quotes } = quotesOf([
      '"We count every vote," Novak said, noting that the party had not lost a single seat.',
      'Mr. Haddad, 69, said he had been flooded with angry letters.',
      '“The staff do not trust him. He was never one of us,” this source told the paper.',
      'The race is tight, with officials saying the count had stalled in the north.',
    ])
    expect(brief(quotes)).toEqual([
      [true, 'We count every vote,', ['Novak']],
      [false, 'the party had not lost a single seat', ['Novak']],
      [false, 'he had been flooded with angry letters', ['Haddad']],
      [true, 'The staff do not trust him. He was never one of us,', ['this source']],
      [false, 'the count had stalled in the north', ['officials']],
    ])
  })

  it('reads a noun\'s that- or to-clause with its possessor (or the subject it stands for) as source, but not inside another attribution', () => {
    const { quotes } = quotesOf([
      'Critics were blunt in their claim that the bridge was unsafe.',
      'The union rejected the claim that wages had risen.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'the bridge was unsafe', ['Critics']],
      [false, 'the claim that wages had risen', ['union']],
    ])
    expect(quotes[0]!.rule).toBe('reported.nominal')
    expect(brief(quotesOf(['His promise to cut the levy was popular.']).quotes)).toEqual([[false, 'to cut the levy', ['?His']]])
  })

  it('reads "X laughed and said “…”", any verb before a colon and a quote, and ends a partial quote\'s clause at a participle', () => {
    const { text, quotes } = quotesOf([
      'Asked about the deal, Novak laughed and said “We will see.”',
      'On the show, Hart fumed: “So you are saying there will be some flexibility?”',
      'Ortiz called Berg the "ultimate hypocrite," linking to a story about a dinner.',
    ])
    expect(brief(quotes).slice(1)).toEqual([
      [true, 'We will see.', ['Novak']],
      [true, 'So you are saying there will be some flexibility?', ['Hart']],
      [true, 'ultimate hypocrite,', ['Ortiz']],
    ])
    expect(quotes[2]!.rule).toBe('direct.speaker-verb-colon')
    expect(text.slice(quotes[3]!.clause!.start, quotes[3]!.clause!.end)).toBe('Berg the "ultimate hypocrite,"')
  })

  it('reads a passive question ("X was asked about …") with no asker', () => {
    expect(brief(quotesOf(['Novak was asked about the new harbour levy on Monday.', 'She was asked whether the port would close.']).quotes)).toEqual([
      [false, 'the new harbour levy on Monday', []],
      [false, 'whether the port would close', []],
    ])
  })

  it('keeps seem/appear impressions without a source, and not "appeared on radio"', () => {
    const { quotes } = quotesOf([
      'The new levy seems to have cut traffic in the old town. The mayor appeared on local radio on Friday.',
      'It appears that the ferry will not run this winter.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'The new levy seems to have cut traffic in the old town', []],
      [false, 'the ferry will not run this winter', []],
    ])
  })

  it('widens the clause of "…," said X to every quoted sentence before it', () => {
    const { text, quotes } = quotesOf(['“The river rose two metres overnight. Nobody here has seen anything like it,” said Petra Novak.'])
    expect(quotes).toHaveLength(1)
    expect(text.slice(quotes[0]!.clause!.start, quotes[0]!.clause!.end)).toMatch(/^The river rose .* like it/)
  })

  it('gives "they" and "the two countries" the last two people named together when no joint speaker was quoted', () => {
    const { quotes } = quotesOf([
      'President Ana Silva and her Austrian counterpart Karl Weber met in Vienna on Monday.',
      'The council welcomed the meeting.',
      'They said they would "deepen co-operation" on energy.',
    ], { 'Ana Silva': 'PERSON', 'Karl Weber': 'PERSON', 'Vienna': 'PLACE' })
    expect(brief(quotes)).toEqual([
      [false, 'the meeting', ['council']],
      [true, 'deepen co-operation', ['Ana Silva', 'Karl Weber']],
    ])
  })

  it('takes "…," the statement read as an attribution after a quote only', () => {
    const { quotes } = quotesOf(['"The sides reject any new tariffs," the statement read.', 'He read the letter aloud to the crowd.'])
    expect(brief(quotes)).toEqual([[true, 'The sides reject any new tariffs,', ['statement']]])
  })
})

describe('whole subjects and lone introductory words', () => {
  it('takes the whole subject as the speaker when no shorter speaker phrase ends before the cue', () => {
    expect(brief(quotesOf(['Farmers, fishers and former harbour staff say that the levy will ruin the coast.']).quotes))
      .toEqual([[false, 'the levy will ruin the coast', ['Farmers, fishers and former harbour staff']]])
    expect(brief(quotesOf(['Her aides and allies say she will spend the summer on the coast.']).quotes))
      .toEqual([[false, 'she will spend the summer on the coast', ['Her aides and allies']]])
  })
  it('takes the whole subject for stance verbs too, after an introductory phrase', () => {
    expect(brief(quotesOf(['In a letter on Monday, the farmers, fishers and harbour staff opposed the new levy on diesel.']).quotes))
      .toEqual([[false, 'the new levy on diesel', ['farmers, fishers and harbour staff']]])
  })
  it('takes a bare plural as a speaker, and reads any clause after "that"', () => {
    expect(brief(quotesOf(['But hacking specialists say the leaked files may be forged.']).quotes)).toEqual([[false, 'the leaked files may be forged', ['specialists']]])
    expect(brief(quotesOf(['The harbour board says that in 2024 it paid nine million in fees.']).quotes)).toEqual([[false, 'in 2024 it paid nine million in fees', ['harbour board']]])
  })
  it('ends a reported clause where the speaker\'s second attribution begins', () => {
    const { quotes } = quotesOf(['The mayor said the ferry would run all winter and accused the council of hiding the costs.'])
    expect(quotes[0]!.text).toBe('the ferry would run all winter')
  })
  it('reports a belief verb\'s object, but not a to-clause, a pronoun or a single lower-case word', () => {
    const { quotes } = quotesOf([
      'The harbour board knew the risks of the dredging plan.',
      'The two towns agreed to share the ferry.',
      'The member states agree on little.',
    ])
    expect(brief(quotes)).toEqual([[false, 'the risks of the dredging plan', ['harbour board']]])
  })
  it('ends a partial quote\'s clause at the speaker\'s second verb', () => {
    const { text, quotes } = quotesOf(['The mayor called the levy “a tax on winter” and promised a vote in March.'])
    const c = quotes[0]!.clause!
    expect(text.slice(c.start, c.end)).toBe('the levy “a tax on winter”')
  })
  it('finds the sentence subject after a sentence adverb or a dateline', () => {
    const speakerOf = (p: string) => quotesOf([p], { 'Ada Lind': 'PERSON' }).quotes.map((q) => q.speaker?.mention?.text)
    expect(speakerOf('Meanwhile, Ada Lind toured the harbour, saying the ferry must run all winter.')).toEqual(['Ada Lind'])
    expect(speakerOf('BERGEN (AP) — Ada Lind toured the harbour, saying the ferry must run all winter.')).toEqual(['Ada Lind'])
    expect(speakerOf('Standing before the crews on Monday, Ada Lind praised the ferry, saying it must run all winter.')).toContain('Ada Lind')
    expect(speakerOf('Naturally, Ada Lind toured the harbour, saying the ferry must run all winter.')).toEqual(['Ada Lind'])
  })
  it('walks back over a set-off adverb or a "whose" clause to the speaker', () => {
    const speakerOf = (p: string) => quotesOf([p], { 'Ada Lind': 'PERSON' }).quotes.map((q) => q.speaker?.mention?.text)
    expect(speakerOf('Ada Lind, though, said the ferry will run all winter.')).toEqual(['Ada Lind'])
    expect(speakerOf('Ada Lind, whose crew includes four fishers, said the ferry will run all winter.')).toEqual(['Ada Lind'])
  })
  it('does not take a subject holding a clause of its own', () => {
    expect(quotesOf(['The towns whose ferries were cut say the levy will ruin the coast.']).quotes.map((q) => q.speaker?.mention?.text)).not.toContain('The towns whose ferries were cut')
  })
  it('leaves a lone introductory word out of a parenthetical attribution’s clause', () => {
    expect(brief(quotesOf(['Still, he said, the council has to decide who pays for the harbour.']).quotes))
      .toEqual([[false, 'the council has to decide who pays for the harbour', ['?he']]])
  })
  it('ends an addressee before a pronoun written with its auxiliary', () => {
    expect(brief(quotesOf(['The mayor told the Harbour Post he’s already received hundreds of letters.']).quotes))
      .toEqual([[false, 'he’s already received hundreds of letters', ['mayor']]])
  })
})

describe('stance verbs', () => {
  it('reports the object of a stance verb with its subject as speaker, up to a comma-joined clause', () => {
    const { quotes } = quotesOf([
      'Senator Alma Reyes endorsed the proposal to widen the northern highway.',
      'The farmers union called for an immediate freeze on fertiliser prices, but the ministry refused.',
      'Reyes criticised the “reckless” budget.',
    ], { 'Alma Reyes': 'PERSON' })
    expect(brief(quotes)).toEqual([
      [false, 'the proposal to widen the northern highway', ['Alma Reyes']],
      [false, 'an immediate freeze on fertiliser prices', ['farmers union']],
      [true, 'reckless', ['Alma Reyes']],
    ])
  })
  it('ends a stance object at a subordinator or a second verb of the subject', () => {
    const { quotes } = quotesOf([
      'The governor opposed the harbour bill because it was unlawful.',
      'Novak condemned the levy but praised the senators who blocked it.',
    ])
    expect(brief(quotes).slice(0, 2)).toEqual([
      [false, 'the harbour bill', ['governor']],
      [false, 'the levy', ['Novak']],
    ])
  })
  it('reads orders, offers and more stance and reporting verbs', () => {
    const { quotes } = quotesOf([
      'The judge ordered the ministry to release the files.',
      'Novak offered an apology to the families.',
      'Berg embraced the new harbour plan.',
      'Ortiz countered that the levy was too high.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'the ministry to release the files', ['judge']],
      [false, 'an apology to the families', ['Novak']],
      [false, 'the new harbour plan', ['Berg']],
      [false, 'the levy was too high', ['Ortiz']],
    ])
  })
  it('keeps a stance verb inside a reported clause part of that clause', () => {
    const { quotes } = quotesOf([
      'Marta Liss said the two parties would support each other in the coming talks.',
      'The Harbour Gazette reported the letter arrived hours after the mayor proposed a curfew.',
    ], { 'Marta Liss': 'PERSON' })
    expect(brief(quotes)).toEqual([
      [false, 'the two parties would support each other in the coming talks', ['Marta Liss']],
      [false, 'the letter arrived hours after the mayor proposed a curfew', ['Harbour Gazette']],
    ])
  })
  it('takes no object from a stance verb without a speaker or with too short an object', () => {
    const { quotes } = quotesOf(['Supported by the unions, the strike spread.', 'She backed it.'])
    expect(quotes).toEqual([])
  })
})

describe('headline colon', () => {
  it('attributes a headline claim to the words before its colon, but not after a label or in later paragraphs', () => {
    const head = quotesOf(['Dock workers union: the strike will go on until wages rise.', 'Talks resumed on Monday in the port city.'])
    expect(brief(head.quotes)).toEqual([[false, 'the strike will go on until wages rise', ['Dock workers union']]])
    const label = quotesOf(['Update: the vote was delayed by a week.', 'Talks resumed on Monday.'])
    expect(label.quotes).toEqual([])
    const later = quotesOf(['Talks resumed on Monday.', 'Dock workers union: the strike will go on until wages rise.'])
    expect(later.quotes).toEqual([])
  })
})

describe('poll shares and -ly adjectives in source phrases', () => {
  it('takes the survey for the speaker of the shares it reports, and reads "according to early results of …"', () => {
    const { quotes } = quotesOf([
      'In the latest survey, 41 percent said they would back the new port tax.',
      'According to early results of the exit poll, turnout was higher than in any vote since 1998.',
    ])
    expect(brief(quotes)).toEqual([
      [false, '41 percent said they would back the new port tax', ['latest survey']],
      [false, 'turnout was higher than in any vote since 1998', ['early results']],
    ])
  })
})

describe('short stance objects and topic verbs', () => {
  it('keeps a one-name stance object and the object of "talked about", but not "spoke to reporters"', () => {
    const { quotes } = quotesOf([
      'The dockers union endorsed Halvorsen.',
      'Mayor Ines Dahl talked about the flooding in the lower town.',
      'Dahl spoke to reporters outside the town hall.',
    ], { 'Ines Dahl': 'PERSON' })
    expect(brief(quotes)).toEqual([
      [false, 'Halvorsen', ['dockers union']],
      [false, 'the flooding in the lower town', ['Ines Dahl']],
    ])
  })
})

describe('asked', () => {
  it('reads the question after a sentence-initial "Asked" as an attribution with no speaker, and the question after "X asked Y"', () => {
    const { quotes } = quotesOf([
      'Asked whether the port deal would survive the election, the minister said she was confident.',
      'He asked for more time.',
      'Ruth Alder asked dock workers if they planned to strike.',
    ], { 'Ruth Alder': 'PERSON' })
    expect(brief(quotes)).toEqual([
      [false, 'whether the port deal would survive the election', []],
      [false, 'she was confident', ['minister']],
      [false, 'if they planned to strike', ['Ruth Alder']],
    ])
  })
})

describe('clause boundaries around a quote and an introductory phrase', () => {
  it('takes no clause after "X said" that follows a quote, and keeps a clause that follows an introductory phrase', () => {
    const { quotes } = quotesOf([
      'Mayor Ines Dahl toured the harbour. “We will rebuild every pier,” she said aboard a patrol boat.',
      'As a port city, Tromsø depends on the fishing fleet, Dahl said.',
    ], { 'Ines Dahl': 'PERSON' })
    expect(brief(quotes)).toEqual([
      [true, 'We will rebuild every pier,', ['Ines Dahl']],
      [false, 'As a port city, Tromsø depends on the fishing fleet', ['Ines Dahl']],
    ])
  })
})

describe('clauses opening with "about" or a subordinator', () => {
  it('reads "said about half …" and "said if re-elected, she would …" as clauses, but not "said when the storm hit"', () => {
    const { quotes } = quotesOf([
      'The budget office said about half of the gap came from tax cuts.',
      'Ruth Alder said if re-elected, she would cut the levy.',
      'Alder said when the storm hit.',
    ], { 'Ruth Alder': 'PERSON' })
    expect(brief(quotes)).toEqual([
      [false, 'about half of the gap came from tax cuts', ['budget office']],
      [false, 'if re-elected, she would cut the levy', ['Ruth Alder']],
    ])
  })
})

describe('stance verbs with a particle or a passive agent', () => {
  it('reports no object after "backing down" or "proposed by"', () => {
    const { quotes } = quotesOf([
      'The mayor was backing down on the harbour levy.',
      'The levy proposed by the council would double ferry fares.',
      'The mayor backed the harbour levy.',
    ])
    expect(brief(quotes)).toEqual([[false, 'the harbour levy', ['mayor']]])
  })
})

describe('ends of stance objects', () => {
  it('ends an object at a spaced hyphen, and at "so" or "whom" after a comma', () => {
    const { quotes } = quotesOf([
      'The mayor backed the harbour levy - and the council followed - after a long debate.',
      'Ada Lind criticized the ferry cuts, so the council met again.',
      'Ada Lind praised Jonas Berg, whom she had met in the spring.',
    ], { 'Ada Lind': 'PERSON', 'Jonas Berg': 'PERSON' })
    expect(brief(quotes).map((q) => q[1])).toEqual(['the harbour levy', 'the ferry cuts', 'Jonas Berg'])
  })
})

describe('where something was said', () => {
  it('leaves the occasion of speaking out of a stance object and a reported clause, and an appositive out of a name object', () => {
    const { quotes } = quotesOf([
      'Ada Lind praised the ferry crews in an interview with the Harbour Post.',
      'Ada Lind said the levy will fall at a rally in Bergen.',
      'Ada Lind endorsed Jonas Berg, a fisher who runs the co-op.',
    ], { 'Ada Lind': 'PERSON', 'Jonas Berg': 'PERSON' })
    expect(brief(quotes).map((q) => q[1])).toEqual(['the ferry crews', 'the levy will fall', 'Jonas Berg'])
  })
})

describe('a demonstrative after "that" and long set-off phrases', () => {
  it('keeps a demonstrative "that" as the clause subject and skips a long set-off phrase after the complementizer', () => {
    const { quotes } = quotesOf([
      'The governor believes that is because the ferry failed.',
      'The study found that, on average in 2019 and 2020 (the latest years with data), fares rose faster than wages.',
    ])
    expect(brief(quotes).map((q) => q[1])).toEqual(['that is because the ferry failed', 'fares rose faster than wages'])
  })
})

describe('an inverted attribution after a comma', () => {
  it('takes the clause before the comma, not a name before it as the speaker of the words after the cue', () => {
    const { quotes } = quotesOf(['The council also had a say in every ferry contract in Bergen, said a former port official, Ada Lind, who ran the docks.'], { 'Ada Lind': 'PERSON' })
    expect(quotes.map((q) => [q.text, q.speaker?.mention?.text])).toEqual([['The council also had a say in every ferry contract in Bergen', 'a former port official']])
  })
  it('lets a possessive run on inside the speaker phrase after the cue', () => {
    const { quotes } = quotesOf(['The yard is under intense pressure from cheap imports, said the company’s chief executive, Ada Lind.'], { 'Ada Lind': 'PERSON' })
    expect(quotes.map((q) => [q.text, q.speaker?.mention?.text])).toEqual([['The yard is under intense pressure from cheap imports', 'the company’s chief executive']])
  })
})

describe('a quoted sentence with no cue of its own', () => {
  it('takes the speaker of the attribution just before it, and no speaker when none is near', () => {
    const near = quotesOf([
      'Ada Lind warned that the ferry would stop in March.',
      'The council met on Monday. “Nobody in this town can afford to lose the winter crossing to the mainland.”',
    ], { 'Ada Lind': 'PERSON' })
    expect(brief(near.quotes).at(-1)).toEqual([true, 'Nobody in this town can afford to lose the winter crossing to the mainland.', ['Ada Lind']])
    const far = quotesOf([
      'The council met on Monday in the old school hall.',
      'Ferries were discussed.',
      '“Nobody in this town can afford to lose the winter crossing to the mainland.”',
    ])
    expect(brief(far.quotes)).toEqual([[true, 'Nobody in this town can afford to lose the winter crossing to the mainland.', []]])
  })
})

describe('naming participles', () => {
  it('reads "a group called X" as a name, but "the mayor called X a Y" as a stance', () => {
    const { quotes } = quotesOf([
      'A new group called Harbour Watch is raising money for the ferry.',
      'The mayor called the levy a tax on winter.',
    ])
    expect(brief(quotes)).toEqual([[false, 'the levy a tax on winter', ['mayor']]])
  })
})

describe('passive perception', () => {
  it('reads "X is seen as Y" and "X is said to …" as attributions with no speaker; an active "saw X as Y" has its subject', () => {
    const { quotes } = quotesOf([
      'The harbour levy is widely seen as a tax on fishers.',
      'The ferry captain is said to have refused the new route.',
      'The council saw the harbour as a burden.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'The harbour levy is widely seen as a tax on fishers', []],
      [false, 'The ferry captain is said to have refused the new route', []],
      [false, 'the harbour as a burden', ['council']],
    ])
    expect(quotes.map((q) => q.rule)).toEqual(['reported.passive-perception', 'reported.passive-perception', 'reported.speaker-stance-object'])
  })
})

describe('passive expectation', () => {
  it('reads "X is expected to …" as an attribution with no speaker, but not an active "expected a rise"', () => {
    const { quotes } = quotesOf(['The harbour board is expected to approve the new dredging plan in March.', 'Traders expected a rise.'])
    expect(brief(quotes)).toEqual([[false, 'The harbour board is expected to approve the new dredging plan in March', []]])
  })
})

describe('speakers of second verbs, catenatives and parentheticals', () => {
  it('gives a second verb after "and" the sentence subject, and a cue after "went on to" its subject', () => {
    const { quotes } = quotesOf([
      'At the hearing, Ms. Okafor rejected the charges against her and said that the audit had been rigged.',
      'The governor served two terms in office and says the new budget rules are unfair.',
      'Lund went on to say the harbour tax would be scrapped soon.',
      'Petra Holm was quick to add that the talks had not failed.',
    ], { 'Petra Holm': 'PERSON', Lund: 'PERSON' })
    expect(brief(quotes)).toEqual([
      [false, 'the charges against her', ['Okafor']],
      [false, 'the audit had been rigged', ['Okafor']],
      [false, 'the new budget rules are unfair', ['governor']],
      [false, 'the harbour tax would be scrapped soon', ['Lund']],
      [false, 'the talks had not failed', ['Petra Holm']],
    ])
  })
  it('does not give a cue after "urged him to" the one who urged, nor read a bare object after "to announce" as a clause', () => {
    const { quotes } = quotesOf([
      'The mayor urged him to say that the levy had failed.',
      'Next week she plans to announce her new deputy.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'him to say that the levy had failed', ['mayor']],
      [false, 'to announce her new deputy', ['?she']],
    ])
  })
  it('reads "complained to X that …" and an attribution set inside its clause before a set-off phrase', () => {
    const { quotes } = quotesOf([
      'On Monday, Varga complained to the local radio station that the new bridge was unsafe.',
      'Many of the new rules, he said, will hurt small farms, the backbone of the region.',
    ], { Varga: 'PERSON' })
    expect(brief(quotes)).toEqual([
      [false, 'the new bridge was unsafe', ['Varga']],
      [false, 'Many of the new rules, he said, will hurt small farms, the backbone of the region', ['Varga']],
    ])
  })
})

describe('colon paragraphs and two-apostrophe marks', () => {
  it('gives a quote that opens its paragraph the speaker of a paragraph ending in "X continued:", but not of a label', () => {
    const { quotes } = quotesOf([
      'Mayor Dana Ruiz continued:',
      '“We will rebuild every bridge the river took from us this spring.”',
      'Full transcript as follows:',
      '“We will rebuild every school the river took from us this spring.”',
    ], { 'Dana Ruiz': 'PERSON' })
    expect(brief(quotes)).toEqual([
      [true, 'We will rebuild every bridge the river took from us this spring.', ['Dana Ruiz']],
      [true, 'We will rebuild every school the river took from us this spring.', []],
    ])
  })
  it("reads ''…,'' X said when a reported clause follows the cue", () => {
    const { quotes } = quotesOf(["''It is a fine harbour,'' Ms. Tamm said in a film that showed the new docks."])
    expect(brief(quotes)).toEqual([
      [true, 'It is a fine harbour,', ['Tamm']],
      [false, 'showed the new docks', ['Tamm']],
    ])
  })
})

describe('votes, signatures, participle stances and speakers with modifiers after a quote', () => {
  it('reads voted against X, a participle stance ending before the finite verb, and mention, but not the act "signed X"', () => {
    const { quotes } = quotesOf([
      'The senator voted against the farm bill in 2019.',
      'Governor Ames signed the water compact on Friday.',
      'A new group backing Mayor Lind raised two million dollars.',
      'Lind spoke for an hour, hoping to win back rural voters.',
      'Lind did not mention the strike at the mill.',
    ], { Lind: 'PERSON' })
    expect(brief(quotes)).toEqual([
      [false, 'the farm bill', ['senator']],
      [false, 'Mayor Lind', ['new group']],
      [false, 'to win back rural voters', ['Lind']],
      [false, 'the strike at the mill', ['Lind']],
    ])
  })
  it('takes the speaker phrase that opens the words after a quote even with modifiers or a relative clause before the cue', () => {
    const { quotes } = quotesOf([
      '“The harbour will reopen by spring,” a spokesman for the port authority wrote.',
      '“We cannot keep paying for this,” Nora Veld of the Farmers Union wrote recently.',
      '“We cannot keep paying for the new roads and the bridges,” the mayor who lost the vote told reporters.',
    ], { 'Nora Veld': 'PERSON' })
    expect(brief(quotes)).toEqual([
      [true, 'The harbour will reopen by spring,', ['spokesman for the port authority']],
      [true, 'We cannot keep paying for this,', ['Nora Veld']],
      [true, 'We cannot keep paying for the new roads and the bridges,', ['mayor']],
    ])
  })
})

describe('title-case headline', () => {
  it('reads "Speaker Says …" and "Speaker Backs X And …" in an opening title-case headline', () => {
    expect(brief(quotesOf(['Mayor Lind Says The Harbour Will Reopen By Spring.', 'Body text follows here.'], { Lind: 'PERSON' }).quotes))
      .toEqual([[false, 'The Harbour Will Reopen By Spring', ['Lind']]])
    expect(brief(quotesOf(['Farmers Union Backs Lind And Denounces The Levy.', 'Body text follows here.']).quotes))
      .toEqual([[false, 'Lind', ['Farmers Union']]])
  })
  it('takes no passive, no belief verb and no title-case line after the first paragraph', () => {
    expect(quotesOf(['Harbour Board Accused Of Hiding Costs.', 'Body text follows here.']).quotes).toEqual([])
    expect(quotesOf(['Ten Things You Need To Know Today.', 'Body text follows here.']).quotes).toEqual([])
    expect(quotesOf(['The new port opened.', 'Mayor Lind Says The Harbour Will Reopen By Spring.']).quotes).toEqual([])
  })
})

describe('poll shares, short clauses, impersonal passives and "as" sources', () => {
  it('takes "42%", "six in 10" and "those surveyed" as speakers, and a pro-form or subject-verb clause as content', () => {
    const { quotes } = quotesOf([
      'On farm policy, 42% say they are satisfied with the new rules.',
      'Six in 10 say the mayor is at least somewhat honest.',
      'Again, those surveyed said the harbour was the top issue.',
      'Last year, 26 percent said the same.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'they are satisfied with the new rules', ['42%']],
      [false, 'the mayor is at least somewhat honest', ['Six in 10']],
      [false, 'the harbour was the top issue', ['those surveyed']],
      [false, 'the same', ['26 percent']],
    ])
    expect(brief(quotesOf(['They said she could.']).quotes)).toEqual([[false, 'she could', ['?They']]])
    expect(quotesOf(['He said no more.']).quotes).toEqual([])
  })
  it('reads "it has been reported that …" with no source and "as reported by X" / "as X reported" before or after the clause', () => {
    const { quotes } = quotesOf([
      'It has been reported that the mill will close in March.',
      'As reported by the Harbour Times, there are 150 boats at stake in the dispute.',
      'The senator has sold his shares in the mill, as the Gazette reported on Monday.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'the mill will close in March', []],
      [false, 'there are 150 boats at stake in the dispute', ['Harbour Times']],
      [false, 'The senator has sold his shares in the mill', ['Gazette']],
    ])
  })
})

describe('a poll opening the sentence', () => {
  it('reads "In a poll released Monday, CLAUSE" with the poll as source, but not when a verb names its own source', () => {
    const { quotes } = quotesOf([
      'In a Harbour Times poll released Monday, 50 percent of respondents chose Lind over Ames.',
      'In a new survey, the council said the levy was popular.',
      'In the fall of 2007, Lind held a wide lead.',
    ])
    expect(brief(quotes)).toEqual([
      [false, '50 percent of respondents chose Lind over Ames', ['Harbour Times poll']],
      [false, 'the levy was popular', ['council']],
    ])
  })
})

describe('addressees with modifiers and topics of speech verbs', () => {
  it('reads "told members of X that …" and "joked about …" as reported content', () => {
    const { quotes } = quotesOf([
      'Dana Ruiz told members of the harbour board that the budget would not pass.',
      'The mayor complained about the new rules on fishing.',
      'She said about 40 boats were lost.',
    ], { 'Dana Ruiz': 'PERSON' })
    expect(brief(quotes)).toEqual([
      [false, 'the budget would not pass', ['Dana Ruiz']],
      [false, 'the new rules on fishing', ['mayor']],
      [false, 'about 40 boats were lost', ['Dana Ruiz']],
    ])
  })
})

describe('names ending in -ly and a pronoun after an addressee', () => {
  it('takes a sentence-initial -ly name as the speaker, ends an addressee before a pronoun subject, and reports no "Having …" phrase', () => {
    const { quotes } = quotesOf([
      'Connolly noted that the harbour tax had never been collected.',
      'Beck reminded Ruiz he would need fifteen votes to win.',
      'Having learned of the delay, the board said nothing.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'the harbour tax had never been collected', ['Connolly']],
      [false, 'he would need fifteen votes to win', ['Beck']],
    ])
  })
})

describe('participles of speech verbs', () => {
  it('reads ", alleging that …" for the sentence subject', () => {
    expect(brief(quotesOf(['The union sued the port on Friday, alleging that the new shifts broke the contract.']).quotes))
      .toEqual([[false, 'the new shifts broke the contract', ['union']]])
  })
})

describe('sees X as Y', () => {
  it('reads the object of "sees … as …" and of "expect" as a belief of the subject', () => {
    expect(brief(quotesOf(['Mayor Lind sees the new levy as a threat to the harbour.', 'Officials expect the board to raise fees next year.']).quotes))
      .toEqual([[false, 'the new levy as a threat to the harbour', ['Lind']], [false, 'the board to raise fees next year', ['Officials']]])
  })
})

describe('dash asides and "when asked" after a cue', () => {
  it('reads a speaker before a dash aside, and the question after a later "when asked" with no asker', () => {
    const { quotes } = quotesOf([
      'Jana Holm — a teacher from the valley — says she changed her vote at the last minute.',
      '"We would," Ruiz said when asked whether the port would close in winter.',
      'When asked about the new levy, the mayor said nothing.',
    ], { 'Jana Holm': 'PERSON', Ruiz: 'PERSON' })
    expect(brief(quotes)).toEqual([
      [false, 'she changed her vote at the last minute', ['Jana Holm']],
      [true, 'We would,', ['Ruiz']],
      [false, 'whether the port would close in winter', []],
      [false, 'the new levy', []],
    ])
  })
})

describe('relative speakers, parentheses before a relative clause and questions after "asked"', () => {
  it('reads "X, which endorsed Y, said …", a name with a party tag before "who", and "asked who/which …"', () => {
    const { quotes } = quotesOf([
      'Ana Ruiz, the head of the Dockers Union, which endorsed Lind in May, said that the vote was close.',
      'Senator Kelly Moss (R-N.H.), who faces a tight race, endorsed the harbour compromise.',
      'Reporters asked who would pay for the new bridge.',
      'Reporters asked which candidate she would back.',
    ], { 'Ana Ruiz': 'PERSON', 'Kelly Moss': 'PERSON', 'Dockers Union': 'ORG' })
    expect(brief(quotes)).toEqual([
      [false, 'Lind', ['Dockers Union']],
      [false, 'the vote was close', ['Ana Ruiz']],
      [false, 'the harbour compromise', ['Kelly Moss']],
      [false, 'who would pay for the new bridge', ['Reporters']],
      [false, 'which candidate she would back', ['Reporters']],
    ])
  })
})

describe('more verbs with that-clauses', () => {
  it('reads "ruled that" and "speculated that"', () => {
    expect(brief(quotesOf(['The court ruled that the harbour levy was lawful.', 'Analysts speculated that the mill would close.']).quotes))
      .toEqual([[false, 'the harbour levy was lawful', ['court']], [false, 'the mill would close', ['Analysts']]])
  })
})

describe('relative pronoun speakers', () => {
  it('ends a relative speaker\'s clause at its closing comma and never reports its antecedent as content', () => {
    const { quotes } = quotesOf([
      'Analysts say the speech, which warned of unrest, was a turning point.',
      'The senator, who said the bill was flawed, voted against the levy.',
    ])
    expect(brief(quotes)).toEqual([
      [false, 'the speech, which warned of unrest, was a turning point', ['Analysts']],
      [false, 'the bill was flawed', ['senator']],
      [false, 'the levy', ['senator']],
    ])
  })
})

describe('made it clear', () => {
  it('reads "made (it) clear (that) …" for the subject of "make", and no other "clear"', () => {
    expect(brief(quotesOf(['The mayor made it clear that the levy would stay.', 'Lind made clear he would not run again.', 'It is clear that the plan failed.', 'The sky was clear on Monday.']).quotes))
      .toEqual([[false, 'the levy would stay', ['mayor']], [false, 'he would not run again', ['Lind']]])
  })
})

describe('pointed to', () => {
  it('reads the object of "pointed to" and the clause of "pointed out that", and takes no noun "points"', () => {
    expect(brief(quotesOf(['Cruz pointed to the new poll that shows him ahead.', 'The mayor pointed out that the levy was temporary.', 'Lind leads by 20 points in the state.']).quotes))
      .toEqual([[false, 'the new poll that shows him ahead', ['Cruz']], [false, 'the levy was temporary', ['mayor']]])
  })
})

describe('as X put it', () => {
  it('reads "As X put it, …" and "…, as X puts it." but no other "put"', () => {
    expect(brief(quotesOf(['As Smith put it, the harbour is the heart of the town.', 'The mill is the soul of the town, as one aide puts it.', 'They put the boats in the water.']).quotes))
      .toEqual([[false, 'the harbour is the heart of the town', ['Smith']], [false, 'The mill is the soul of the town', ['one aide']]])
  })
})

describe('contractions', () => {
  it('skips a negated auxiliary written as one token and reads a pronoun written with its auxiliary', () => {
    const { quotes } = quotesOf([
      'Dana Ruiz spoke first.',
      'But I don’t think the levy is the only thing that matters.',
      'The port could close by spring, they’ve suggested.',
      'She’s said the plan would fail.',
    ], { 'Dana Ruiz': 'PERSON' })
    expect(brief(quotes)).toEqual([
      [false, 'the levy is the only thing that matters', ['?I']],
      [false, 'The port could close by spring', ['?they’ve']],
      [false, 'the plan would fail', ['Dana Ruiz']],
    ])
  })
})

describe('a verb closing the sentence after a quote, with its day', () => {
  it('reports the quote for its subject ("“…,” Dahl fumed on Tuesday.")', () => {
    const { quotes } = quotesOf(['“If they were serious about the ferry, they would have funded it,” Dahl fumed on Tuesday.'])
    expect(quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Dahl'])
  })
})
