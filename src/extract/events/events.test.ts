import { describe, expect, it } from 'vitest'
import { articleOf, eventsOf, triples } from './test-helpers.js'
import { mergeEvents } from './merge.js'
import { collectMentions } from './mentions.js'
import { WordsView } from './words-view.js'
import { detectEvents } from './detect.js'
import { loadCameo } from './ontology.js'
import { loadRules } from './rules.js'

// Invented news sentences; actors are given as the entity layer would (surface → actor code).
const A = {
  Ruritania: 'RRT', Ruritanian: 'RRT', Borduria: 'BRD', Bordurian: 'BRD', Syldavia: 'SYL', Syldavian: 'SYL',
  'President Karlo Vesna': 'RRTGOV', 'Prime Minister Anna Holm': 'BRDGOV', NATO: 'NATO', 'the United Nations': 'UN', 'the UN': 'UN',
  'the EU': 'EU', 'The EU': 'EU', 'Fenwick': 'BRDGOV', 'Marr': 'RRTGOV', 'Ostrava': '@Ostrava', 'Tarsk': '@Tarsk',
}

// Country codes are invented three-letter codes (RRT, BRD, SYL) so nothing here matches a real dictionary entry.
const CASES: [string, string, string[]][] = [
  ['AGREE', 'Ruritania agreed to resume grain exports to Borduria next month.', ['RRT>BRD:AGREE']],
  ['AGREE', 'Syldavia has offered to mediate between Ruritania and Borduria.', ['SYL>BRD:AGREE+fut', 'SYL>RRT:AGREE+fut']],
  ['CONSULT', 'President Karlo Vesna met Prime Minister Anna Holm in Ostrava on Tuesday.', ['BRD>BRD:CONSULT', 'BRD>RRT:CONSULT', 'RRT>BRD:CONSULT', 'RRT>RRT:CONSULT']],
  ['CONSULT', 'Ruritania held talks with Syldavia about the disputed dam.', ['RRT>RRT:CONSULT', 'RRT>SYL:CONSULT', 'SYL>RRT:CONSULT', 'SYL>SYL:CONSULT']],
  ['CONSULT', 'The Bordurian foreign minister paid a visit to Syldavia last week.', ['BRD>SYL:CONSULT']],
  ['SUPPORT', 'Syldavia backs Ruritania in its dispute over fishing rights.', ['SYL>RRT:SUPPORT']],
  ['SUPPORT', "Borduria's backing for Syldavia has angered neighbours.", ['BRD>SYL:SUPPORT']],
  ['SUPPORT', 'Ruritania and Borduria signed a trade agreement on Monday.', ['BRD>BRD:SUPPORT', 'BRD>RRT:SUPPORT', 'RRT>BRD:SUPPORT', 'RRT>RRT:SUPPORT']],
  ['COOPERATE', 'Syldavia shared intelligence with Borduria about the smuggling ring.', ['SYL>BRD:COOPERATE']],
  ['AID', 'The EU sent humanitarian aid to Syldavia after the floods.', ['EU>SYL:AID']],
  ['CONCEDE', 'Borduria lifted the curfew in Tarsk after a week of calm.', ['BRD>BRD:CONCEDE']],
  ['RETREAT', 'Ruritania withdrew its troops from Syldavia on Sunday.', ['RRT>SYL:RETREAT']],
  ['RETREAT', 'Borduria released 40 Ruritanian prisoners at the border.', ['BRD>RRT:RETREAT']],
  ['REQUEST', 'Syldavia urged Borduria to reopen the border crossing.', ['SYL>BRD:REQUEST']],
  ['REQUEST', 'Ruritania demanded that Borduria hand over the suspects.', ['RRT>BRD:REQUEST']],
  ['ACCUSE', 'Borduria accused Ruritania of shelling border villages.', ['BRD>RRT:ACCUSE']],
  ['ACCUSE', 'President Karlo Vesna condemned Syldavia for the arrests.', ['RRT>SYL:ACCUSE']],
  ['REJECT', 'Syldavia rejected a Bordurian proposal for joint patrols.', ['SYL>BRD:REJECT']],
  ['REJECT', 'Ruritania refused to send officials to the Bordurian summit.', ['RRT>BRD:REJECT']],
  ['THREATEN', 'Borduria threatened to impose sanctions on Syldavia.', ['BRD>SYL:THREATEN']],
  ['THREATEN', 'Ruritania will expel Bordurian diplomats unless the raids stop.', ['RRT>BRD:THREATEN+fut']],
  ['PROTEST', 'Thousands of Ruritanian students demonstrated against Borduria outside the embassy.', ['RRT>BRD:PROTEST']],
  ['SANCTION', 'Syldavia expelled 23 Bordurian diplomats on Friday.', ['SYL>BRD:SANCTION']],
  ['SANCTION', 'Ruritania recalled its ambassador from Borduria.', ['RRT>BRD:SANCTION']],
  ['SANCTION', 'The EU imposed sanctions on Borduria over the crackdown.', ['EU>BRD:SANCTION']],
  ['MOBILIZE', 'Borduria has moved more than 100,000 troops to the Syldavian border.', ['BRD>SYL:MOBILIZE']],
  ['COERCE', 'Bordurian police arrested dozens of Syldavian activists in Tarsk.', ['BRD>SYL:COERCE']],
  ['COERCE', "Ruritania's crackdown in Syldavia drew criticism.", ['RRT>SYL:COERCE']],
  ['ASSAULT', 'Ruritanian jets bombed Bordurian positions near Tarsk.', ['RRT>BRD:ASSAULT']],
  ['ASSAULT', 'Syldavia fired missiles at Borduria overnight.', ['SYL>BRD:ASSAULT']],
]

describe('events: one invented sentence per PLOVER type', () => {
  it.each(CASES)('%s: %s', (_type, text, expected) => {
    expect(triples(eventsOf(text, A))).toEqual(expected)
  })
})

const MODALITY: [string, string, string[]][] = [
  ['negated', 'Borduria did not sign the agreement with Ruritania.', ['BRD>BRD:SUPPORT!neg', 'BRD>RRT:SUPPORT!neg', 'RRT>BRD:SUPPORT!neg', 'RRT>RRT:SUPPORT!neg']],
  ['hypothetical (would)', 'Backing Syldavia would put Ruritania at risk, Marr said.', []],
  ['hypothetical (could)', 'Borduria could impose sanctions on Syldavia.', ['BRD>SYL:SANCTION?hyp']],
  ['hypothetical (if)', 'If Ruritania attacks Syldavia, the alliance will respond.', ['RRT>SYL:ASSAULT?hyp']],
  ['future intent to cooperate is AGREE', 'Syldavia will send aid to Borduria.', ['SYL>BRD:AGREE+fut']],
  ['future harm is THREATEN', 'Ruritania plans to cut diplomatic ties with Borduria.', ['RRT>BRD:THREATEN+fut']],
  ['reported (the speaker is the source)', 'Syldavia has moved tanks to the Ruritanian border in what Borduria said was a prelude to an invasion.', ['BRD>SYL:ACCUSE~rep', 'SYL>RRT:MOBILIZE']],
  ['reported speech with must', 'Fenwick said Ruritania must free the hostages.', ['BRD>RRT:REQUEST']],
  ['a possibility noun is not an attack', 'Officials fear a Bordurian invasion of Syldavia.', ['BRD>SYL:ASSAULT?hyp']],
  ['a negated causative negates what it causes', 'Sanctions are not going to make Borduria pull out of Syldavia.', ['BRD>SYL:RETREAT!neg+fut']],
  ['a gerund after a planning verb is hypothetical', 'Ruritania considered expelling Bordurian diplomats.', ['RRT>BRD:SANCTION?hyp']],
  ['an act someone is barred from is negated', 'Ruritania barred Borduria from annexing Syldavia.', ['BRD>SYL:COERCE!neg']],
  ['a modal causative makes it hypothetical', 'Pressure could force Borduria to withdraw from Syldavia.', ['BRD>SYL:RETREAT?hyp']],
]

describe('events: modality', () => {
  it.each(MODALITY)('%s: %s', (_name, text, expected) => {
    expect(triples(eventsOf(text, A))).toEqual(expected)
  })
})

const ACTORS: [string, string, string[]][] = [
  ['compound source', 'Ruritania and Syldavia condemned Borduria.', ['RRT>BRD:ACCUSE', 'SYL>BRD:ACCUSE']],
  ['compound target', 'Borduria criticised Ruritania and Syldavia.', ['BRD>RRT:ACCUSE', 'BRD>SYL:ACCUSE']],
  ['"the two leaders"', 'President Karlo Vesna and Prime Minister Anna Holm spoke in Ostrava. The two leaders agreed to reopen the railway.', ['BRD>BRD:AGREE', 'BRD>RRT:AGREE', 'RRT>BRD:AGREE', 'RRT>RRT:AGREE']],
  ['passive with by', 'Syldavia was attacked by Borduria on Monday.', ['BRD>SYL:ASSAULT']],
  ['passive without agent: no source, no event', 'Twenty diplomats were expelled on Monday.', []],
  ['possessive noun', "Ruritania's condemnation of Syldavia surprised observers.", ['RRT>SYL:ACCUSE']],
  ['apposition', 'Syldavia, a close ally of Borduria, has rejected the Ruritanian plan.', ['SYL>RRT:REJECT']],
  ['no recipient: a message, not an event', 'Syldavia has rejected the plan.', []],
  ['reported pronoun', 'Ruritania said it would release the Bordurian sailors.', ['RRT>BRD:AGREE+fut']],
  ['relative clause', 'The EU sent inspectors to Syldavia, which later expelled Bordurian diplomats.', ['EU>SYL:ACCUSE', 'SYL>BRD:SANCTION']],
  ['joined', 'Syldavia has joined Ruritania in opposing the Bordurian plan.', ['RRT>BRD:REJECT', 'SYL>BRD:REJECT']],
  ['no actor, no event', 'The talks collapsed after midnight.', []],
]

describe('events: actor constructions', () => {
  it.each(ACTORS)('%s: %s', (_name, text, expected) => {
    expect(triples(eventsOf(text, A))).toEqual(expected)
  })
})

describe('events: record fields', () => {
  it('dates "on Friday" from the article date, places the event, keeps evidence and rule', () => {
    const [e] = eventsOf('Borduria expelled two Syldavian envoys in Ostrava on Friday.', A, '2024-03-13')
    expect(e!.date).toBe('2024-03-08')
    expect(e!.location?.name).toBe('Ostrava')
    expect(e!.rule).toBe('verb.expel.diplomats')
    expect(e!.cameo).toBe('166')
    expect(e!.goldstein).toBe(-7)
    expect(e!.quadClass).toBe(4)
    expect(e!.evidence.text).toBe('Borduria expelled two Syldavian envoys in Ostrava on Friday.')
    expect(e!.dictionaryVersion).toMatch(/^events-verbs-\d+\+events-nouns-\d+$/)
  })

  it('one (source, target, type) stated in two sentences is one event with two mentions', () => {
    const events = eventsOf('Syldavia condemned Borduria on Monday. On Tuesday Syldavia again condemned Borduria.', A)
    expect(events).toHaveLength(1)
    expect(events[0]!.mentions).toHaveLength(2)
  })

  it('only sentences with a trigger word are examined, and a missing entity layer codes nothing', () => {
    const article = articleOf(['Syldavia condemned Borduria.'], {})
    const out = detectEvents(article, { rules: loadRules(), cameo: loadCameo(), lookupPlace: null })
    expect(out.events).toEqual([])
    expect(out.uncoded).toEqual([expect.objectContaining({ rule: 'verb.condemn.accuse', why: 'no-source' })])
  })
})

describe('events: headline and standfirst', () => {
  it('codes a headline event with the body\'s entities, evidence pointing into the headline', async () => {
    const { fieldEvents } = await import('./headline.js')
    const article = articleOf(['Ruritania and Borduria held talks in Ostrava on Monday.'], A)
    article.meta.headline = "Borduria rebukes Syldavia over border closure"
    article.spans.entities!.push({ id: 'e99', name: 'Syldavia', type: 'PLACE', mentions: [{ start: 0, end: 0, text: 'Syldavia' }], actor: { code: 'SYL', country: 'SYL', sector: null, role: null } })
    const events = fieldEvents(article, { rules: loadRules(), cameo: loadCameo(), lookupPlace: null })
    expect(triples(events)).toEqual(['BRD>SYL:ACCUSE'])
    expect(events[0]!.evidenceIn).toEqual({ field: 'headline', start: 0, end: 45, text: 'Borduria rebukes Syldavia over border closure' })
    expect(events[0]!.evidence).toEqual({ start: 0, end: 0, text: '' })
  })
})

describe('events: two sectors of one country', () => {
  it('codes an act of one sector of a state against another ("the government accused the rebels"), not a state against itself', () => {
    const article = articleOf(['The Ruritanian government accused Ruritanian rebels of shelling the town. Ruritanian officials said Ruritania would respond.'], { Ruritanian: 'RRT', Ruritania: 'RRT' })
    const [gov, reb, officials] = article.spans.entities![0]!.mentions
    gov!.actor = { code: 'RRTGOV', country: 'RRT', sector: 'GOV', role: null }
    reb!.actor = { code: 'RRTREB', country: 'RRT', sector: 'REB', role: null }
    officials!.actor = { code: 'RRTGOV', country: 'RRT', sector: 'GOV', role: null }
    const events = mergeEvents(detectEvents(article, { rules: loadRules(), cameo: loadCameo(), lookupPlace: null }).events)
    const codes = events.map((e) => `${e.source.map((a) => a.code).join('+')}>${e.target.map((a) => a.code).join('+')}:${e.type}`)
    expect(codes).toContain('RRTGOV>RRTREB:ACCUSE')
    expect(codes.some((c) => c.startsWith('RRTGOV>RRT:'))).toBe(false)
  })
})

describe('events: a city as the place an act is aimed at', () => {
  const lookupPlace = (name: string) => (name === 'Tarsk' ? { name, country: 'SYL', lat: null, lon: null } : null)
  const run = (text: string) => triples(mergeEvents(detectEvents(articleOf([text], A), { rules: loadRules(), cameo: loadCameo(), lookupPlace }).events))
  it('codes the city\'s country as the target when the act is aimed at the city', () => {
    expect(run('Borduria shelled Tarsk on Monday.')).toEqual(['BRD>SYL:ASSAULT'])
  })
  it('takes no target from where an act happens, and never makes the city an actor', () => {
    expect(run('Protesters marched in Tarsk on Monday.')).toEqual([])
    expect(run('Tarsk accused Borduria of spying.')).toEqual([])
  })
})

describe('events: an arrival', () => {
  const lookupPlace = (name: string) => (name === 'Tarsk' ? { name, country: 'SYL', lat: null, lon: null } : name === 'Ruvno' ? { name, country: 'BRD', lat: null, lon: null } : null)
  const run = (text: string) => triples(mergeEvents(detectEvents(articleOf([text], A), { rules: loadRules(), cameo: loadCameo(), lookupPlace }).events))
  it('is a visit to the country of the place arrived in, and to nothing named later in the clause', () => {
    expect(run('Borduria\'s president arrived in Tarsk on Monday and criticised Ruritania.')).toEqual(['BRD>RRT:ACCUSE', 'BRD>SYL:CONSULT'])
    expect(run('Borduria\'s foreign minister touched down in Tarsk on Monday.')).toEqual(['BRD>SYL:CONSULT'])
  })
  it('is no visit at home, and "land" as a noun is no arrival', () => {
    expect(run('Borduria\'s president arrived in Ruvno on Monday.')).toEqual([])
    expect(run('Borduria swapped land in Tarsk for a port.')).toEqual([])
  })
  it('leaves talks held after it their own act', () => {
    expect(run('Borduria\'s president landed in Tarsk and headed to the capital for talks with Ruritania.')).toContain('BRD>RRT:CONSULT')
  })
})

describe('events: a meeting in a place', () => {
  it('is a meeting of the parties named, not with the country it is held in', () => {
    expect(triples(eventsOf('Ruritania and Borduria met for talks in Syldavia on Monday.', A))).toEqual(['BRD>BRD:CONSULT', 'BRD>RRT:CONSULT', 'RRT>BRD:CONSULT', 'RRT>RRT:CONSULT'])
    expect(triples(eventsOf('President Karlo Vesna attended a summit meeting in Syldavia on Monday.', A))).toEqual([])
  })
  it('reads "meet resistance" and "assault rifles" as no event', () => {
    expect(triples(eventsOf('Ruritania is likely to meet some resistance in Borduria.', A))).toEqual([])
    expect(triples(eventsOf('Ruritania sought assault rifles from Borduria.', A))).toEqual([])
  })
})

describe('events: an act that failed', () => {
  it('marks "failed to cut off aid" negated, and reads "took back" as no support', () => {
    expect(triples(eventsOf('Borduria failed to cut off aid to Ruritania.', A))).toEqual(['BRD>RRT:SANCTION!neg'])
    expect(triples(eventsOf('Borduria took back the islands from Ruritania.', A)).some((t) => t.includes('SUPPORT'))).toBe(false)
  })
})

describe('events: a stated intention coded by the act it intends', () => {
  it('codes "ready to strike" as a threat and "promised to stop shelling" as no threat', () => {
    const ready = eventsOf('Borduria said it was ready to strike Ruritania.', A)
    expect(triples(ready)).toEqual(['BRD>RRT:THREATEN+fut'])
    expect(triples(eventsOf('Borduria promised to stop shelling Ruritania.', A)).some((t) => t.includes('THREATEN'))).toBe(false)
  })
})

describe('events: a verbal attack', () => {
  it('codes "an attack on X\'s record" as criticism, "an attack on X" as an assault', () => {
    expect(triples(eventsOf("Borduria opened the debate with an attack on Ruritania's record.", A))).toEqual(['BRD>RRT:ACCUSE'])
    expect(triples(eventsOf('Borduria launched an attack on Ruritania.', A))).toEqual(['BRD>RRT:ASSAULT'])
  })
})

describe('events: agreeing with an opinion', () => {
  it('is no agreement event ("agrees that X"), unlike agreeing to act', () => {
    expect(triples(eventsOf('Borduria agrees that Ruritania should not be the region\'s policeman.', A))).toEqual([])
    expect(triples(eventsOf('Borduria agreed to resume talks with Ruritania.', A))).toContain('BRD>RRT:AGREE')
  })
})

describe('events: an organisation in a person\'s title', () => {
  it('describes the person, who acts for it, and does not act beside them ("UN Ambassador Ole Brandt")', () => {
    const text = 'UN Ambassador Ole Brandt criticised Borduria on Monday.'
    const article = articleOf([text], { UN: 'UN', 'Ole Brandt': 'RRTGOV', Borduria: 'BRD' })
    const person = article.spans.entities!.find((e) => e.name === 'Ole Brandt')!
    person.type = 'PERSON'
    person.mentions[0]!.extent = { start: 0, end: person.mentions[0]!.end }
    const mentions = collectMentions(article, WordsView.of(article.text, article.spans.tokens!))
    expect(mentions.find((m) => m.text === 'UN')?.actors).toEqual([])
    expect(mentions.find((m) => m.text === 'Ole Brandt')?.actors.map((a) => a.code)).toEqual(['RRTGOV'])
  })
})

describe('events: an intention with an adverbial before its "to"', () => {
  it('keeps "agreed in principle on Saturday to send aid" an intention, not aid sent', () => {
    const t = triples(eventsOf('Borduria agreed in principle on Saturday to send aid to Ruritania.', A))
    expect(t.some((x) => x.includes(':AID'))).toBe(false)
    expect(t.some((x) => x.startsWith('BRD>RRT:AGREE'))).toBe(true)
  })
})

describe('events: an event noun judged by another verb', () => {
  it('is not the act of the one who condemns or investigates it', () => {
    expect(triples(eventsOf('Borduria condemned the attack on Ruritania.', A)).some((t) => t.includes('ASSAULT'))).toBe(false)
    expect(triples(eventsOf("Borduria condemned Syldavia's attack on Ruritania.", A))).toContain('SYL>RRT:ASSAULT')
  })
})

describe('events: refusing to step down', () => {
  it('is domestic like the resignation it refuses (against the refuser\'s own country)', () => {
    expect(triples(eventsOf('Prime Minister Anna Holm has refused to resign.', A))).toEqual(['BRD>BRD:REJECT'])
    expect(triples(eventsOf('Prime Minister Anna Holm resigned on Friday.', A))).toEqual(['BRD>BRD:RETREAT'])
  })
})

describe('events: the object right after a verb', () => {
  it('is not looked for past "after" or "as" that follows it ("criticised Kalmar after his talks with Ruritania")', () => {
    expect(triples(eventsOf('Syldavia criticised Kalmar after his talks with Ruritania.', A))).toEqual([])
    expect(triples(eventsOf('Syldavia hailed it as a victory for Ruritania.', A))).toEqual([])
    expect(triples(eventsOf('Syldavia criticised Ruritania after the talks.', A))).toEqual(['SYL>RRT:ACCUSE'])
  })
})

describe('events: a circumstance after the verb', () => {
  it('names no recipient ("met Kalmar amid Bordurian tensions", "despite Ruritanian objections")', () => {
    expect(triples(eventsOf('Fenwick met Kalmar amid Syldavian tensions.', A))).toEqual([])
    expect(triples(eventsOf('Syldavia sent aid despite Ruritanian objections.', A))).toEqual([])
    expect(triples(eventsOf('Syldavia sent aid to Ruritania despite the objections.', A))).toEqual(['SYL>RRT:AID'])
  })
})

describe('events: stances and relations', () => {
  it('codes "came out against" as a rejection and "came out in support of" as support', () => {
    expect(triples(eventsOf('Syldavia came out for the first time against Bordurian membership.', A))).toEqual(['SYL>BRD:REJECT'])
    expect(triples(eventsOf('Syldavia came out strongly in support of Ruritania.', A))).toEqual(['SYL>RRT:SUPPORT'])
  })

  it('reads a partnership as a relation, not an agreement signed', () => {
    expect(triples(eventsOf('Ruritania values its close partnership with Borduria.', A))).toEqual([])
    expect(triples(eventsOf('Ruritania signed a new partnership agreement with Borduria.', A))).toContain('RRT>BRD:SUPPORT')
  })
})

describe('events: a hedge before the act', () => {
  it('makes it a possibility ("possibly attack"), unless it hedges something farther back', () => {
    expect(triples(eventsOf('Borduria is eager to possibly attack Ruritania.', A))).toEqual(['BRD>RRT:ASSAULT?hyp'])
    expect(triples(eventsOf('Fenwick, perhaps the most outspoken critic of the old treaty in the region, condemned Ruritania.', A))).toEqual(['BRD>RRT:ACCUSE'])
  })
})

describe('events: a second verb joined by "and" to a verb whose subject is unnamed', () => {
  it('does not take the first verb\'s object as its subject ("the ministers opposed Borduria\'s bid and accused Ruritania")', () => {
    expect(triples(eventsOf("In a statement, the ministers opposed Borduria's bid and accused Ruritania of lying.", A)).some((t) => t.startsWith('BRD>'))).toBe(false)
    expect(triples(eventsOf('Borduria and Syldavia dined together in Tarsk and agreed to a truce.', A))).toContain('BRD>SYL:AGREE')
  })
})

describe('events: who acts through a preposition', () => {
  it('is not a source quoted "according to" by its name in brackets ("the Ruritanian News Agency (RNA)")', () => {
    const B = { ...A, 'Ruritanian News Agency': 'RRTMED', RNA: 'RRTMED' }
    expect(triples(eventsOf('According to the Ruritanian News Agency (RNA), one aim of the talks is to calm Borduria.', B)).filter((t) => t.startsWith('RRT'))).toEqual([])
  })

  it('is the country people come from ("monitors from Syldavia criticised Ruritania")', () => {
    expect(triples(eventsOf('Monitors from Syldavia criticised Ruritania on Monday.', A))).toEqual(['SYL>RRT:ACCUSE'])
    expect(triples(eventsOf('A letter from Syldavia criticised Ruritania on Monday.', A))).toEqual([])
  })
})

describe('events: a partner "alongside"', () => {
  it('is no recipient of the act, but takes part in a joint one', () => {
    expect(triples(eventsOf('Syldavian troops fought alongside Ruritania against Borduria.', A))).toEqual(['SYL>BRD:ASSAULT'])
    expect(triples(eventsOf('Syldavia negotiated alongside Ruritania.', A))).toContain('SYL>RRT:CONSULT')
  })
})

describe('events: an object pronoun right before a bare verb', () => {
  it('is that verb\'s subject, not the sentence\'s ("Syldavia sent advisers to help them attack Borduria")', () => {
    expect(triples(eventsOf('Syldavia sent advisers to help them attack Borduria.', A)).some((t) => t.includes('ASSAULT'))).toBe(false)
    expect(triples(eventsOf('Syldavia sent advisers to attack Borduria.', A))).toContain('SYL>BRD:ASSAULT')
  })
})

describe('events: inside the pattern', () => {
  it('codes an irregular past ("paid compensation"), and a negative word there negates it ("shown no sign of backing")', () => {
    expect(triples(eventsOf('Borduria paid compensation to Ruritania.', A))).toEqual(['BRD>RRT:RETREAT'])
    expect(triples(eventsOf('Syldavia has shown no sign of backing Ruritania.', A))).toEqual(['SYL>RRT:SUPPORT!neg'])
    expect(triples(eventsOf('Borduria pressed Syldavia not to expel the monitors.', A))).toContain('BRD>SYL:REQUEST')
  })
})

describe('events: the topic of a consultation', () => {
  it('is no party ("discussed the future of Syldavia", "held talks on Syldavia")', () => {
    expect(triples(eventsOf('Ruritania and Borduria discussed the future of Syldavia.', A)).some((t) => t.includes('SYL'))).toBe(false)
    expect(triples(eventsOf('Ruritania held talks on Syldavia.', A))).toEqual([])
  })

  it('unlike the people met ("met the leaders of Syldavia", "a summit of Syldavia and Borduria")', () => {
    expect(triples(eventsOf('Ruritania met the leaders of Syldavia.', A))).toContain('RRT>SYL:CONSULT')
    expect(triples(eventsOf('Ruritania attended a summit of Syldavia and Borduria.', A))).toContain('RRT>SYL:CONSULT')
  })
})

describe('events: the owner of a plan', () => {
  it('is the subject of the act after its "to", even after a preposition ("support for Ruritania\'s plan to expel …")', () => {
    const t = triples(eventsOf("Syldavia voiced support for Ruritania's plan to expel Bordurian diplomats.", A))
    expect(t).toContain('SYL>RRT:SUPPORT')
    expect(t.filter((x) => x.includes(':SANCTION') || x.includes(':THREATEN'))).toEqual(['RRT>BRD:THREATEN+fut'])
  })
})

describe('events: what is discussed or negotiated', () => {
  it('is the direct object, no party ("discussed Syldavia"); the party comes "with" ("with Mr. Fenwick")', () => {
    expect(triples(eventsOf('Ruritania and Borduria discussed Syldavia on Monday.', A)).some((t) => t.includes('SYL'))).toBe(false)
    expect(triples(eventsOf('Ruritania discussed the crisis directly with Mr. Fenwick.', A))).toContain('RRT>BRD:CONSULT')
  })
})
