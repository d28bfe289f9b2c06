import { describe, expect, it } from 'vitest'
import { eventsOf, triples } from './test-helpers.js'

// Precision rules found by reading output on real articles; every sentence here is invented.
// Actors are given as the entity layer would (surface → actor code); RRT, BRD and SYL are invented countries.
const A = {
  Ruritania: 'RRT', Ruritanian: 'RRT', RRT: 'RRT', Borduria: 'BRD', Bordurian: 'BRD', Syldavia: 'SYL', Syldavian: 'SYL',
  'Prime Minister Anna Holm': 'BRDGOV', Fenwick: 'BRDGOV', Marr: 'RRTGOV', Tarsk: '@Tarsk', 'The Syldavian Herald': 'SYLMED',
}

const CASES: [string, string, string[]][] = [
  // Reported speech: the speaker is the source of speech acts only; a physical act belongs to whoever the reported clause names.
  ['a reported airstrike is the named attacker\'s', 'Marr told reporters that the Bordurian airstrikes on Syldavia killed dozens.', ['BRD>SYL:ASSAULT']],
  ['a reported attack with no attacker named is not the speaker\'s', 'Fenwick said the attacks on Syldavia were outrageous.', []],
  ['a pronoun after the reporting verb is the speaker', 'Borduria said it had bombed Syldavian positions.', ['BRD>SYL:ASSAULT']],
  ['the reported clause\'s own subject acts', 'Marr said Borduria shelled Syldavia overnight.', ['BRD>SYL:ASSAULT']],
  ['the hearer of "told X that" is not the actor', 'Marr told Syldavia that the strikes on Borduria were effective.', []],
  ['"told … that it had struck" is the speaker\'s act', 'Borduria told reporters on Monday that it had struck Syldavia.', ['BRD>SYL:ASSAULT']],
  ['a pronoun that is not the act\'s subject lends no speaker', 'Fenwick told Marr that he could confirm that the strikes hit Syldavia.', []],
  ['a claim of responsibility names the attacker', 'Borduria claimed they were behind the bombing of Syldavian barracks.', ['BRD>SYL:ASSAULT']],
  ['a speech act keeps its speaker', 'Fenwick said Ruritania must free the hostages.', ['BRD>RRT:REQUEST']],
  // Event nouns that are the topic of a preposition are not acts of the clause's subject.
  ['a noun after "against" names no act of the subject', 'Marr has spoken out publicly against military strikes on Syldavia.', []],
  ['a noun after "amid" is a circumstance', 'Borduria recalled its ambassador amid protests in Syldavia.', ['BRD>SYL:SANCTION']],
  ['an attached possessor still acts', 'Marr warned about Borduria\'s strikes on Syldavia.', ['BRD>SYL:ASSAULT']],
  ['"for" keeps the subject\'s own act', 'Marr arrived in Tarsk for a state visit to Syldavia.', ['RRT>SYL:CONSULT']],
  // A participle followed by "by" and an actor is a passive even without "be".
  ['reduced passive', 'The Syldavian minority persecuted by Borduria has fled south.', ['BRD>SYL:COERCE']],
  ['passive with adverbs between "was" and the participle', 'Marr\'s victory was almost immediately welcomed by Syldavia.', ['SYL>RRT:SUPPORT']],
  ['"by" with a measure is no agent', 'Borduria shortened by one hour the nightly curfew imposed in Tarsk.', ['BRD>BRD:CONCEDE']],
  // "by X" after an event noun names its agent.
  ['the agent after "by" does the noun\'s act', 'Ruritania must prevent a genocide of minority groups by Borduria.', []],
  ['recipient then agent', 'Ruritania documented the attacks on Syldavia by Borduria.', ['BRD>SYL:ASSAULT']],
  // A modifier makes the next word a noun, not a verb with the nearest actor as subject.
  ['"air strikes" after a list is a noun', 'Syldavia counted the rockets and air strikes between Ruritania and Borduria.', []],
  ['"under domestic pressure" is no request', 'Fenwick had been under domestic pressure to confront Syldavia.', []],
  ['a past form after a modifier stays a verb', 'A Bordurian rocket struck Syldavia overnight.', ['BRD>SYL:ASSAULT']],
  // No self-directed dyads: one code on both sides is no event.
  ['an official defending a colleague', 'Fenwick defended Prime Minister Anna Holm\'s decision.', []],
  ['a meeting among one government\'s officials', 'Fenwick met Prime Minister Anna Holm on Monday.', []],
  // A place inside a longer name is not that place.
  ['"New" + country is another place', 'A New Ruritania senator condemned Borduria on Friday.', []],
  ['"North" + country is another place', 'Farmers from North Syldavia denounced Borduria.', []],
  // Trigger words used as something else.
  ['"attack helicopters" is a kind of aircraft', 'Syldavia bought attack helicopters to use against Borduria.', []],
  ['"thanks to" is no praise', 'Borduria is advancing, thanks to Syldavian weapons.', []],
  ['"conceded that" admits, it concedes nothing', 'Marr conceded that Borduria had a point.', []],
  ['"demonstrated its resolve" is no protest', 'Borduria demonstrated its resolve to Syldavia.', []],
  ['"insisted the …" states, it demands nothing', 'Fenwick insisted the decision on Syldavia was final.', []],
  // A bare verb form after a determiner and a singular name is a compound noun, not the name acting.
  ['"the <name> probe" is a noun', 'Voters who think the Borduria probe is unfair should view Fenwick warily.', []],
  ['"a <name> strike" is a noun', 'A Syldavia strike would anger Marr.', []],
  ['a coordinated subject takes a bare verb', 'Borduria and the RRT agree to meet in Tarsk.', ['BRD>BRD:AGREE', 'BRD>RRT:AGREE', 'RRT>BRD:AGREE', 'RRT>RRT:AGREE']],
  ['an irregular past form stays a verb', 'The RRT cut diplomatic ties with Syldavia last year.', ['RRT>SYL:SANCTION']],
  // A name inside a describing compound says where or what kind, not who acts.
  ['"<place>-based" names no actor', 'The Tarsk-based agency denounced Syldavia on Monday.', []],
  ['a backer before another actor is not the head of the phrase', 'Borduria ousted Syldavia-backed Fenwick.', ['BRD>BRD:SANCTION']],
  ['a backer alone still acts', 'Syldavia-backed militias were attacked by Borduria.', ['BRD>SYL:ASSAULT']],
  ['"declined to comment" rejects nothing', 'Marr declined to comment on Borduria\'s offer.', []],
  ['"declined to meet" is a rejection', 'Marr declined to meet Borduria\'s envoy.', ['RRT>BRD:REJECT']],
  // The object of an instrument verb is a tool, not the actor of the next verb.
  ['"using X to" keeps the subject as the actor', 'Ruritania is using Borduria to show support for Syldavia.', ['RRT>SYL:SUPPORT']],
  // "insist" asks for something only with a word of obligation or "on"; a claim governs its clause but is no request.
  ['"insisted that … must" is a demand', 'Ruritania insisted that Borduria must withdraw its envoy.', ['RRT>BRD:REQUEST']],
  ['"insisted on" is a demand', 'Ruritania insisted on a Bordurian apology.', ['RRT>BRD:REQUEST']],
  ['"insisted that … was" is a claim', 'Ruritania insisted that Borduria was never its enemy.', []],
  ['a claimed act is not asserted', 'Ruritania insisted that Borduria had bombed Syldavia first.', []],
  // Nouns and verbs that look like event words.
  ['"to deal with" is a verb, no deal', 'Ruritania needs a plan to deal with Borduria.', []],
  ['"a deal with" is a deal', 'Ruritania signed a deal with Borduria.', ['BRD>BRD:SUPPORT', 'BRD>RRT:SUPPORT', 'RRT>BRD:SUPPORT', 'RRT>RRT:SUPPORT']],
  ['"protest votes" are no protest', 'Ruritanian voters cast protest votes against Marr.', []],
  // An ability or right to act is a possibility; a relative clause may run on before its verb.
  ['"the capability to strike" is possible, not done', 'Borduria has the capability to strike Syldavia.', ['BRD>SYL:ASSAULT?hyp']],
  ['"the right to protest" is possible, not done', 'Syldavian students have the right to protest against Borduria.', ['SYL>BRD:PROTEST?hyp']],
  // A finite verb after and/but starts a clause of its own; the object before "for" does the gerund's act.
  ['"rejected X and criticised Y": two acts', 'Fenwick rejected the claim and criticised Syldavia.', ['BRD>SYL:ACCUSE']],
  ['"refused to send … and imposed": the second act happened', 'Borduria refused to send envoys and imposed sanctions on Syldavia.', ['BRD>SYL:SANCTION']],
  ['"refused to send … and impose": both refused', 'Borduria refused to send envoys and impose sanctions on Syldavia.', []],
  ['"criticised X for backing Y": X backs Y', 'Borduria criticised Syldavia for backing Ruritania.', ['BRD>SYL:ACCUSE', 'SYL>RRT:SUPPORT']],
  // "both countries" after a verb are two named before the sentence, not the verb's subject.
  ['a pair after a verb excludes the subject', 'Borduria met Syldavia. Ruritania, Syldavia\'s ally, urged both countries to stop.', ['BRD>BRD:CONSULT', 'BRD>SYL:CONSULT', 'RRT>BRD:REQUEST', 'RRT>SYL:REQUEST', 'SYL>BRD:CONSULT', 'SYL>SYL:CONSULT']],
  // Officials do not protest in PLOVER's sense; a military strike is no labour strike; a called-off act did not happen.
  ['"stage air strikes" is an attack, not a walkout', 'Borduria staged air strikes on Syldavia.', ['BRD>SYL:ASSAULT']],
  ['"called off a strike" is negated', 'Borduria called off a retaliatory strike on Syldavia.', ['BRD>SYL:ASSAULT!neg']],
  ['summoning an envoy "to protest" is one official complaint', 'Borduria summoned Syldavia\'s deputy high commissioner to protest against the raids.', ['BRD>SYL:ACCUSE']],
  ['a pact that calls for something is no actor', 'Marr said the pact calls for Borduria to withdraw.', []],
  ['"gave X 48 hours to leave" expels X', 'Borduria gave the Syldavian ambassador 48 hours to leave.', ['BRD>SYL:SANCTION']],
  ['a bare plural opening a clause is its subject', 'Borduria mourned a month after soldiers attacked Syldavia.', []],
  ['"kidnapping charges" are no kidnapping', 'Fenwick faces kidnapping charges over Syldavia.', []],
  ['"rejected charges that …" is still a rejection', 'Syldavia rejected charges that Borduria had raised.', ['SYL>BRD:REJECT']],
  ['a passive with an agent that is no actor names no act of the subject', 'Syldavia joined Borduria in the search for girls abducted by gunmen.', []],
  ['"spoken by phone" is no passive', 'Marr and Fenwick have spoken by phone.', ['BRD>BRD:CONSULT', 'BRD>RRT:CONSULT', 'RRT>BRD:CONSULT', 'RRT>RRT:CONSULT']],
  ['a verb form after a hyphenated measure is a noun', 'Borduria tested a bomb with a 100-kiloton yield.', []],
  ['a share of people polled is no actor', 'In a Bordurian poll, 56% backed Syldavia in the dispute.', []],
  ['a long relative clause keeps its antecedent', 'It came from Syldavia, which rose to prominence over the summer by seizing Bordurian land.', ['SYL>BRD:COERCE']],
  // Support one gets is no support one gives; particles and fixed phrases are no acts.
  ['"won support" gives no support', 'Marr won support in Syldavia.', []],
  ['"has support from Y" is Y\'s support', 'Borduria still has support from Ruritania.', ['RRT>BRD:SUPPORT']],
  ['"withdrew its support from Y" is no support from Y', 'Borduria withdrew its support from Ruritania.', []],
  ['"has supported" is still support', 'Borduria has supported Syldavia for years.', ['BRD>SYL:SUPPORT']],
  ['"had withdrawn from" is still a withdrawal', 'Bordurian forces had withdrawn from Syldavia by May.', ['BRD>SYL:RETREAT']],
  ['a phrasal verb\'s passive names its agent', 'Syldavian elections, pushed for by Borduria over Ruritanian objections, went ahead.', ['BRD>SYL:REQUEST']],
  ['"by what X believes" names no agent', 'The Syldavian airliner was shot down by what Borduria believes was a Ruritanian missile.', []],
  ['"seized upon" an issue is no capture', 'Syldavia\'s remarks were seized upon by Borduria.', []],
  ['a readiness that names no act and no one is no event', 'Borduria is not willing to go that far.', []],
  ['a readiness to talk to someone is an intent', 'Borduria is willing to talk to Syldavia.', ['BRD>SYL:AGREE+fut']],
  ['a participle after a number qualifies a noun', 'Ruritania named the three detained Syldavians.', []],
  ['a count before a finite verb is its subject', 'In Syldavia, thousands protested the Bordurian raids.', ['SYL>BRD:PROTEST']],
  ['"house arrest" is a noun', 'Marr said Syldavia\'s leader was under house arrest in Borduria.', []],
  ['a news outlet does no act of force', 'The Syldavian Herald shelled Borduria, officials said.', []],
  ['a news outlet holds no talks', 'The Syldavian Herald met with Bordurian diplomats.', []],
  ['"told Y he …": the pronoun is the teller', 'Marr told The Syldavian Herald he had met Fenwick.', ['BRD>BRD:CONSULT', 'BRD>RRT:CONSULT', 'RRT>BRD:CONSULT', 'RRT>RRT:CONSULT']],
  ['a news outlet\'s editorial appeal stays', 'The Syldavian Herald urged Borduria to end the blockade.', ['SYL>BRD:REQUEST']],
  ['a meeting place is no meeting', 'Borduria and Syldavia chose a meeting place.', []],
  ['"beating back" is no backing', 'Borduria is beating back Syldavian raiders.', []],
  ['"round up votes" is no arrest', 'Fenwick helped Marr round up votes in Syldavia.', []],
  ['"the fighting season" is no fight', 'Borduria expects the summer fighting season in Syldavia to start soon.', []],
]

describe('events: precision on real-article constructions', () => {
  it.each(CASES)('%s: %s', (_name, text, expected) => {
    expect(triples(eventsOf(text, A))).toEqual(expected)
  })
})
