import { describe, expect, it } from 'vitest'
import { emptyMeta } from '../article/index.js'
import type { CodedEvent, Entity, Quote } from '../article/types.js'
import type { AnalysisRecord } from '../record/index.js'
import { fold, parseArticleGold, parseSentenceSet, scoreAmounts, scoreArticle, scoreEntities, scoreEvents, scoreQuotes, unitKey, GoldError } from './index.js'

// Hand-built records: the scorer is checked before any extractor exists.
const TEXT = 'Ministers from Freedonia met their Sylvanian counterparts in Vale on Monday, and Freedonia pledged 2bn euros.'

function record(over: Partial<AnalysisRecord> = {}): AnalysisRecord {
  return { id: 'r', source: 's', format: 'clip', text: TEXT, metadata: emptyMeta(), paragraphs: [], sentences: [], entities: [], quotes: [], events: [], amounts: [], messages: [], pipeline: [], ...over }
}
function entity(id: string, name: string, type: Entity['type'], mentions: string[] = [name]): Entity {
  return { id, name, type, mentions: mentions.map((text) => ({ start: 0, end: text.length, text })) }
}
function event(type: string, src: [string, string | null][], tgt: [string, string | null][], modality: Partial<CodedEvent['modality']> = {}): CodedEvent {
  return {
    id: 'v', type, mode: null, context: [], cameo: '040', quadClass: 1, goldstein: 1,
    source: src.map(([code, country]) => ({ entity: null, code, country })), target: tgt.map(([code, country]) => ({ entity: null, code, country })),
    modality: { negated: false, hypothetical: false, future: false, reported: false, ...modality },
    evidence: { start: 0, end: 4, text: 'Mini' }, date: null, location: null, rule: 'test',
  }
}
function quote(text: string, direct: boolean, speaker: Quote['speaker']): Quote {
  return { text, direct, start: 0, end: 0, speaker, cue: 'said', cueSpan: null }
}

describe('folding', () => {
  it('applies NFKC, straightens curly quotes and folds whitespace, keeping case', () => {
    expect(fold('  “Ｎo”\u00a0limits’  ')).toBe('"No" limits\'')
    expect(fold('Nato')).not.toBe(fold('NATO'))
  })
})

describe('metadata', () => {
  const gold = parseArticleGold(JSON.stringify({
    input: 'x.txt', format: 'clip',
    metadata: {
      headline: 'Freedonia’s “bold” plan', section: 'World', copyrightYear: 2031, gaps: 1,
      authors: [{ name: 'Ana Ruiz', location: 'Vale' }, { name: 'Tom Bell', location: null }],
      captions: [{ text: 'The minister in Vale', credit: 'AP' }],
      published: { relative: '3 HOURS AGO' }, bodyStartsWith: 'Ministers from', bodyEndsWith: '2bn euros.',
    },
  }), '/tmp/g.gold.json')

  it('scores every stated field and lists the wrong ones with expected and got', () => {
    const meta = { ...emptyMeta(), headline: 'Freedonia\'s "bold"  plan', section: 'world', copyrightYear: 2031,
      authors: [{ name: 'Tom Bell', location: null }, { name: 'Ana Ruiz', location: 'Vale' }], captions: [{ text: 'The minister in Vale', credit: 'AP' }],
      published: { relative: '3 HOURS AGO', iso: null }, gaps: [{ offset: 5, before: 'a', after: 'b' }] }
    const r = scoreArticle(gold, record({ metadata: meta }))
    expect(r.metadata!.scored).toBe(9)
    expect(r.metadata!.fields.filter((f) => !f.ok).map((f) => f.field)).toEqual(['section']) // case-sensitive
    expect(r.metadata!.right).toBe(8)
  })

  it('fails a list field when an item is missing or extra, and gaps by count', () => {
    const meta = { ...emptyMeta(), authors: [{ name: 'Ana Ruiz', location: 'Vale' }], gaps: [] }
    const r = scoreArticle(gold, record({ metadata: meta, text: 'Other text.' }))
    const bad = r.metadata!.fields.filter((f) => !f.ok).map((f) => f.field)
    expect(bad).toEqual(expect.arrayContaining(['authors', 'gaps', 'bodyStartsWith', 'bodyEndsWith', 'captions', 'published', 'headline']))
  })
})

describe('entities', () => {
  const gold = [
    { name: 'Freedonia', type: 'PLACE', aliases: ['Republic of Freedonia'] },
    { name: 'Ana Ruiz', type: 'PERSON', aliases: ['Ruiz'] },
    { name: 'Vale', type: 'PLACE', aliases: [], optional: true },
  ]
  it('matches by name or mention against name or alias, case-insensitively, with the type', () => {
    const sys = [
      entity('e1', 'republic of freedonia', 'PLACE'),
      entity('e2', 'Ms Ruiz', 'PERSON', ['Ms Ruiz', 'RUIZ']),
      entity('e3', 'Vale', 'PLACE'),               // optional: neutral
      entity('e4', 'Sylvania', 'PLACE'),           // spurious
      entity('e5', 'Freedonia', 'ORG'),            // wrong type: spurious
    ]
    const r = scoreEntities(gold, sys)
    expect(r.scores).toMatchObject({ right: 2, wrong: 2, found: 2, missed: 0, precision: 0.5, recall: 1 })
    expect(r.spurious.map((s) => s.name)).toEqual(['Sylvania', 'Freedonia'])
  })
  it('reports missed non-optional entities only', () => {
    const r = scoreEntities(gold, [])
    expect(r.missed.map((m) => m.name)).toEqual(['Freedonia', 'Ana Ruiz'])
    expect(r.scores.recall).toBe(0)
    expect(r.scores.precision).toBeNull()
  })
})

describe('quotes', () => {
  const gold = [
    { text: 'We will not be moved by threats from anyone', speakers: ['Ana Ruiz'], direct: true },
    { text: 'the talks had gone well', speakers: ['Tom Bell'], direct: false },
  ]
  const ents = [entity('e1', 'Ana Ruiz', 'PERSON', ['Ana Ruiz', 'Ruiz'])]
  it('needs 80% token coverage and a speaker name or any alias of its entity', () => {
    const ok = quote('“We will not be moved by threats from anyone,”', true, { entity: 'e1', name: null, mention: { start: 0, end: 2, text: 'she' } })
    const r = scoreQuotes(gold, [ok], ents)
    expect(r.direct.scores).toMatchObject({ right: 1, found: 1, missed: 0 })
    expect(r.indirect.scores).toMatchObject({ found: 0, missed: 1 })
  })
  it('accepts a speaker named by an alias the gold gives the speaker entity', () => {
    const q = quote('the talks had gone well', false, { entity: null, name: 'Bell', mention: null })
    expect(scoreQuotes(gold, [q], [], [{ name: 'Tom Bell', type: 'PERSON', aliases: ['Bell'] }]).indirect.scores).toMatchObject({ right: 1, found: 1 })
    expect(scoreQuotes(gold, [q], []).indirect.scores).toMatchObject({ right: 0, wrong: 1 })
  })
  it('rejects low coverage, a wrong speaker, and the other quote kind', () => {
    const short = quote('We will not be moved', true, { entity: null, name: 'Ana Ruiz', mention: null })
    const wrongSpeaker = quote('We will not be moved by threats from anyone', true, { entity: null, name: 'Tom Bell', mention: null })
    const indirect = quote('We will not be moved by threats from anyone', false, { entity: null, name: 'Ana Ruiz', mention: null })
    const r = scoreQuotes(gold, [short, wrongSpeaker, indirect], ents)
    expect(r.direct.scores).toMatchObject({ right: 0, wrong: 2, found: 0 })
    expect(r.indirect.scores).toMatchObject({ right: 0, wrong: 1 })
  })
})

describe('events', () => {
  const gold = [{ sources: ['FRE'], targets: ['SYL'], types: ['CONSULT'] }, { sources: ['FRE'], targets: ['NATO'], types: ['AID'] }]
  const acceptable = [{ sources: ['SYL'], targets: ['FRE'], types: ['CONSULT'] }]
  const forbidden = [{ sources: ['FRE'], targets: ['SYL'], types: ['ASSAULT'], why: 'no attack took place' }]

  it('reduces events to distinct triples (country, else code) and expands compound actors', () => {
    const sys = [
      event('CONSULT', [['FREGOV', 'FRE'], ['SYLGOV', 'SYL']], [['SYLGOV', 'SYL'], ['FREGOV', 'FRE']]), // 4 triples: FRE-SYL, FRE-FRE, SYL-SYL, SYL-FRE
      event('CONSULT', [['FREGOV', 'FRE']], [['SYLGOV', 'SYL']]),                                      // duplicate triple
      event('AID', [['FREGOV', 'FRE']], [['NATO', null]]),
      event('ASSAULT', [['FREMIL', 'FRE']], [['SYL', 'SYL']]),
      event('AID', [['FREGOV', 'FRE']], [['EU', null]], { negated: true }),
    ]
    const r = scoreEvents(gold, sys, acceptable, forbidden)
    expect(r.scores).toMatchObject({ found: 2, missed: 0, right: 3, wrong: 3 }) // right: FRE-SYL, SYL-FRE (acceptable), FRE-NATO
    expect(r.forbidden).toEqual([{ triple: { source: 'FRE', target: 'SYL', type: 'ASSAULT' }, why: 'no attack took place' }])
    expect(r.unscored).toBe(1)
  })

  it('treats --- as any source and an empty target list as any target or none (sentence sets)', () => {
    const set = parseSentenceSet('{"id": 1, "text": "x", "events": [{"sources": ["---"], "targets": [], "types": ["PROTEST"]}]}\n{"id": "2", "text": "y", "events": []}\n', 's.sentences.jsonl')
    const untargeted = scoreEvents(set.sentences[0]!.events, [event('PROTEST', [], [])])
    expect(untargeted.scores).toMatchObject({ right: 1, found: 1 })
    const none = scoreEvents(set.sentences[1]!.events, [event('PROTEST', [['X', 'FRE']], [])])
    expect(none.scores).toMatchObject({ right: 0, wrong: 1, found: 0, missed: 0, recall: null })
  })
})

describe('amounts', () => {
  it('matches value and singular lower-case unit one to one', () => {
    expect(unitKey('Cubic Metres')).toBe('cubic metre')
    const r = scoreAmounts([{ value: 2e9, unit: 'euro' }, { value: 5, unit: 'year' }], [
      { start: 0, end: 1, text: '2bn euros', value: 2e9, unit: 'Euros' },
      { start: 0, end: 1, text: '2bn euros', value: 2e9, unit: 'euro' },
    ])
    expect(r.scores).toMatchObject({ right: 1, wrong: 1, found: 1, missed: 1 })
  })
})

describe('gold files', () => {
  it('refuses malformed golds with a location', () => {
    expect(() => parseArticleGold('{"format": "clip"}', 'a.gold.json')).toThrow(GoldError)
    expect(() => parseArticleGold('{', 'a.gold.json')).toThrow(/invalid JSON/)
    expect(() => parseSentenceSet('{"id":1,"text":"x","events":[]}\nnot json\n', 'b.sentences.jsonl')).toThrow(expect.objectContaining({ location: 'b.sentences.jsonl:2' }))
  })
})
