import { describe, expect, it } from 'vitest'
import type { Article } from '../../article/index.js'
import { detectEvents } from './detect.js'
import { mergeEvents } from './merge.js'
import { loadCameo } from './ontology.js'
import { loadRules } from './rules.js'
import { articleOf, eventsOf, triples } from './test-helpers.js'

// Invented sentences; Ruritania (RRT), Borduria (BRD) and their people are fictional.
const A = { Ruritania: 'RRT', Ruritanian: 'RRT', Borduria: 'BRD', Bordurian: 'BRD', Fenwick: 'BRDGOV' }

/** The article with `person` as a PERSON whose phrase starts at `titleFrom`, and the country words as PLACE entities. */
function withPerson(text: string, actors: Record<string, string>, person: string, titleFrom: string): Article {
  const article = articleOf([text], actors)
  for (const e of article.spans.entities!) {
    if (e.name === person) {
      e.type = 'PERSON'
      for (const m of e.mentions) m.extent = { start: text.indexOf(titleFrom), end: m.end }
    } else if (e.actor && e.actor.code.length === 3) e.type = 'PLACE'
  }
  return article
}

function eventsIn(article: Article) {
  return mergeEvents(detectEvents(article, { rules: loadRules(), cameo: loadCameo(), lookupPlace: null }).events)
}

describe('events: a nationality before a named person', () => {
  it('yields to the person: "Ruritanian President Karl Vesna visited Borduria" is RRTGOV, not RRT', () => {
    const text = 'Ruritanian President Karl Vesna visited Borduria on Monday.'
    const events = eventsIn(withPerson(text, { Ruritanian: 'RRT', 'Karl Vesna': 'RRTGOV', Borduria: 'BRD' }, 'Karl Vesna', 'President'))
    expect(events.map((e) => `${e.source.map((a) => a.code)}>${e.target.map((a) => a.code)}:${e.type}`)).toEqual(['RRTGOV>BRD:CONSULT'])
  })

  it('also after a possessive country ("Ruritania\'s President …"), and in a list of targets', () => {
    const text = "Borduria welcomed Ruritania's President Karl Vesna and Syldavia on Monday."
    const events = eventsIn(withPerson(text, { Ruritania: 'RRT', 'Karl Vesna': 'RRTGOV', Borduria: 'BRD', Syldavia: 'SYL' }, 'Karl Vesna', 'President'))
    expect(events.flatMap((e) => e.target.map((a) => a.code))).toEqual(['RRTGOV', 'SYL'])
  })

  it('leaves the country when the person has none of their own ("Ruritanian lawyer Ana Kos")', () => {
    const text = 'Ruritanian lawyer Ana Kos criticised Borduria on Monday.'
    const article = withPerson(text, { Ruritanian: 'RRT', 'Ana Kos': 'RRTGOV', Borduria: 'BRD' }, 'Ana Kos', 'lawyer')
    article.spans.entities!.find((e) => e.name === 'Ana Kos')!.actor = null
    const events = eventsIn(article)
    expect(events.flatMap((e) => e.source.map((a) => a.code))).toEqual(['RRT'])
  })
})

describe('events: a state acting on its own country as a whole', () => {
  it('names no counterpart ("Fenwick visited Borduria" by a Bordurian minister), but does abroad', () => {
    expect(triples(eventsOf('Fenwick visited Borduria on Monday.', A))).toEqual([])
    expect(triples(eventsOf('Fenwick visited Ruritania on Monday.', A))).toEqual(['BRD>RRT:CONSULT'])
  })

  it('has one party in a joint act with its own compatriots ("Fenwick met Bordurian officials")', () => {
    expect(triples(eventsOf('Fenwick met Bordurian officials on Monday.', A))).toEqual([])
    expect(triples(eventsOf('Fenwick met Ruritania on Monday.', A))).toEqual(['BRD>BRD:CONSULT', 'BRD>RRT:CONSULT', 'RRT>BRD:CONSULT', 'RRT>RRT:CONSULT'])
  })
})

describe('events: an official the knowledge base does not know', () => {
  /** Events of `text` with "Ivo Dal" as a person known only by the title `role` (sector GOV, no country). */
  function withOfficial(text: string, role: string) {
    const article = articleOf([text], { 'Ivo Dal': 'GOV', Borduria: 'BRD', Bordurian: 'BRD', Syldavia: 'SYL' })
    const person = article.spans.entities!.find((e) => e.name === 'Ivo Dal')!
    person.type = 'PERSON'
    person.actor = { code: 'GOV', country: null, sector: 'GOV', role }
    return triples(eventsIn(article))
  }

  it('acts for the one country named in the sentence ("Prime Minister Ivo Dal … the Bordurian opposition")', () => {
    expect(withOfficial('Prime Minister Ivo Dal has refused to resign despite protests by the Bordurian opposition.', 'Prime Minister')).toEqual(['BRD>BRD:REJECT'])
  })

  it('stays without a country when two are named, or when the title is no national office', () => {
    expect(withOfficial('Prime Minister Ivo Dal criticised Syldavia and Borduria.', 'Prime Minister')).toEqual([])
    expect(withOfficial('Governor Ivo Dal has refused to resign despite protests by the Bordurian opposition.', 'Governor')).toEqual([])
  })
})

describe('events: "the two leaders" and "the two countries"', () => {
  it('are the last two persons for "leaders", and the pair just named for "countries"', () => {
    const text = 'Karl Vesna and Anna Holm signed a joint statement. It criticised the pact between Syldavia and Kalmaria. ' +
      'The two leaders met for the tenth time. The two countries also pledged to deepen cooperation.'
    const article = articleOf([text], { 'Karl Vesna': 'RRTGOV', 'Anna Holm': 'BRDGOV', Syldavia: 'SYL', Kalmaria: 'KLM' })
    for (const e of article.spans.entities!) if (e.name.includes(' ')) e.type = 'PERSON'
    const t = triples(eventsIn(article))
    expect(t).toContain('RRT>BRD:CONSULT')
    expect(t.filter((x) => x.includes('SYL') || x.includes('KLM'))).toEqual([])
  })
})

describe('events: the subject of the clause the trigger is in', () => {
  const C = { ...A, Syldavia: 'SYL', Kalmaria: 'KLM', 'Karl Vesna': 'SYLGOV', WHO: 'WHO' }
  const sources = (text: string) => triples(eventsOf(text, C)).map((t) => t.split('>')[0])

  it('is the actor after a word that opens a clause ("after Borduria urged")', () => {
    expect(triples(eventsOf('Syldavia made its announcement after Borduria urged Ruritania to halt arms exports.', C))).toEqual(['BRD>RRT:REQUEST'])
  })

  it('is the antecedent of "who"/"which": the actor, the actor before an apposition or aside, or none', () => {
    expect(sources('Ruritania quoted Karl Vesna, a veteran envoy, who urged Borduria to withdraw.')).toEqual(['SYL'])
    expect(sources('Reporters spoke to Karl Vesna (Kalmaria), who urged Borduria to withdraw.')).toEqual(['SYL'])
    expect(sources('Syldavia, Kalmaria and Ruritania -- all of which have condemned Borduria -- stayed away.').sort()).toEqual(['KLM', 'RRT', 'SYL'])
    expect(sources('Ruritania passed a tax, which sparked violent protests against Borduria.')).toEqual([])
    expect(sources('Ruritania thanked the villagers who urged Borduria to withdraw.')).toEqual([])
  })

  it('is not the antecedent when the relative pronoun is an object ("which Borduria urged …")', () => {
    expect(triples(eventsOf('They discussed the pact, which Borduria urged Ruritania to sign.', C))).toEqual(['BRD>RRT:REQUEST'])
  })

  it('is no actor when a thing says it ("the statement urged") or a reported clause names none', () => {
    expect(sources('Ruritania reported that the statement urged Borduria to withdraw.')).toEqual([])
    expect(sources('Ruritania said that villagers demanded Borduria withdraw.')).toEqual([])
    expect(sources('Ruritania said that it demanded Borduria withdraw.')).toEqual(['RRT'])
  })

  it('reads "WHO" as a name, not as a relative pronoun', () => {
    expect(sources('In Geneva, WHO criticised Borduria for closing its borders.')).toEqual(['WHO'])
  })
})

describe('events: whose act an event noun or a passive names', () => {
  const C = { ...A, Syldavia: 'SYL', 'Karl Vesna': 'SYLGOV' }
  const of = (text: string) => triples(eventsOf(text, C))

  it('is nobody\'s in "since the attack", "after the bombing", "after a raid"', () => {
    expect(of('Ruritania has been under scrutiny since the attack on Borduria.')).toEqual([])
    expect(of('Ruritania retaliated after the bombing of Borduria.')).toEqual([])
    expect(of('Ruritania was under scrutiny after a raid on Borduria.')).toEqual([])
  })

  it('is the subject\'s own in "has since waged a crackdown" and "said after talks with Syldavia"', () => {
    expect(of('Ruritania has since waged a crackdown on Borduria.')).toEqual(['RRT>BRD:COERCE'])
    expect(of('Ruritania said after talks with Syldavia that it was hopeful.')).toContain('RRT>SYL:CONSULT')
  })

  it('reads an adverb in -ly between the auxiliary and the participle as part of a passive', () => {
    expect(of('Ruritania has been repeatedly accused of spying on Borduria.')).toEqual([])
  })

  it('takes forces deployed or withdrawn in a passive as moved by their own side', () => {
    expect(of('Ruritanian troops were withdrawn from Borduria.')).toEqual(['RRT>BRD:RETREAT'])
  })
})

describe('events: what a stance is taken towards', () => {
  const of = (text: string) => triples(eventsOf(text, { ...A, Syldavia: 'SYL' }))

  it('is not an actor inside a phrase about a thing ("defended the decision against Borduria")', () => {
    expect(of('Ruritania defended the decision against Borduria.')).toEqual([])
    expect(of('Ruritania condemned the raid on Borduria.')).toEqual([])
  })

  it('is the actor right after the pattern, people named in the phrase, and whoever is blamed "on"', () => {
    expect(of('Ruritania urged Borduria to withdraw.')).toEqual(['RRT>BRD:REQUEST'])
    expect(of('Ruritania defended the rebels against Borduria.')).toContain('RRT>BRD:SUPPORT')
    expect(of('Ruritania blamed the raid on Borduria.')).toEqual(['RRT>BRD:ACCUSE'])
  })
})

describe('events: who protests', () => {
  it('is no official: a minister who addresses a rally or marches is not protesting', () => {
    for (const text of ['Ivo Dal addressed a rally in Borduria on Monday.', 'Ivo Dal marched in Tarsk with supporters.']) {
      const article = articleOf([text], { 'Ivo Dal': 'BRDGOV', Borduria: 'BRD', Tarsk: '@Tarsk' })
      article.spans.entities!.find((e) => e.name === 'Ivo Dal')!.type = 'PERSON'
      expect(triples(eventsIn(article))).toEqual([])
    }
  })
})

describe('events: "…, where he …"', () => {
  it('is the person named before in the sentence, not the place before "where"', () => {
    const text = 'Ivo Dal spoke in Tarsk, Syldavia, where he was attending a summit with Borduria.'
    const article = articleOf([text], { 'Ivo Dal': 'RRTGOV', Syldavia: 'SYL', Borduria: 'BRD', Tarsk: '@Tarsk' })
    article.spans.entities!.find((e) => e.name === 'Ivo Dal')!.type = 'PERSON'
    expect(triples(eventsIn(article)).filter((t) => t.endsWith('CONSULT'))).toEqual(['RRT>BRD:CONSULT'])
  })
})
