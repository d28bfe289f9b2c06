import { describe, expect, it } from 'vitest'
import type { Entity } from '../../article/index.js'
import { loadKb } from '../../kb/index.js'
import { splitSentences, tokenize } from '../../segment/index.js'
import { recognizeEntities } from './recognize.js'

// Invented sentences: the extent is the noun phrase a name heads, descriptor or title included.
function extents(text: string): Record<string, string> {
  const es: Entity[] = recognizeEntities(text, tokenize(text), splitSentences(text, [{ start: 0, end: text.length, kind: 'p' }]), loadKb(), '2024-05-01')
  const out: Record<string, string> = {}
  for (const e of es) for (const m of e.mentions) if (m.extent) out[m.text] = text.slice(m.extent.start, m.extent.end)
  return out
}

describe('entities: mention extents', () => {
  it('takes in a classifier descriptor before an organisation, with its modifiers, but no determiner', () => {
    const x = extents('The Dutch electronics maker Veltrona said on Monday that profits rose.')
    expect(x['Veltrona']).toBe('Dutch electronics maker Veltrona')
  })
  it('takes in a title and an affiliation before a person', () => {
    const x = extents('Yesterday Brenwick analyst Tomas Kehler said demand was weak. Spokeswoman Ilse Varga declined to comment.')
    expect(x['Tomas Kehler']).toBe('Brenwick analyst Tomas Kehler')
    expect(x['Ilse Varga']).toBe('Spokeswoman Ilse Varga')
  })
  it('crosses coordinated roles and a title with its "of" phrase', () => {
    const x = extents('The plan was welcomed by the Prime Minister of Norway Erna Vikstrom on Monday. Veltrona CEO and co-founder Ivo Marek spoke.')
    expect(x['Erna Vikstrom']).toBe('Prime Minister of Norway Erna Vikstrom')
    expect(x['Ivo Marek']).toBe('Veltrona CEO and co-founder Ivo Marek')
  })
  it('keeps only role words before a title, and stops at a verb', () => {
    const x = extents('Critics said the deal would sustain President Ilmar Vask for years. They met former deputy foreign minister Ossi Rantala.')
    expect(x['Ilmar Vask']).toBe('President Ilmar Vask')
    expect(x['Ossi Rantala']).toBe('former deputy foreign minister Ossi Rantala')
  })
  it('stops at verbs, prepositions and list conjunctions', () => {
    const x = extents('Investors bought Korvane and Danish shipping group Maersk Tankers on Friday.')
    expect(x['Maersk Tankers']).toBe('Danish shipping group Maersk Tankers')
    expect(x['Korvane']).toBeUndefined()
  })
  it('takes in a possessor before a unit, but not before a name used as a modifier', () => {
    const x = extents("The order went to Orvane's Space Systems, the company said. Orvane's North American sales fell.")
    expect(x['Space Systems']).toBe("Orvane's Space Systems")
    expect(x['North American']).toBeUndefined()
  })
  it('takes in a country name right before an organisation, without the determiner', () => {
    expect(extents('The deal was approved by the United States Federal Reserve on Monday.')['Federal Reserve']).toBe('United States Federal Reserve')
  })
  it('takes in "parent" as a classifier ("Veltrona parent Ostrander Holdings")', () => {
    expect(extents('Veltrona parent Ostrander Holdings said so.')['Ostrander Holdings']).toBe('Veltrona parent Ostrander Holdings')
  })
})

describe('entities: name heads', () => {
  const es = (text: string) => recognizeEntities(text, tokenize(text), splitSentences(text, [{ start: 0, end: text.length, kind: 'p' }]), loadKb(), '2024-05-01')
  it('reads a name headed by a facility word as a place', () => {
    expect(es('The jet landed at Vellamo International Airport on Monday.').find((e) => e.name === 'Vellamo International Airport')?.type).toBe('PLACE')
  })
  it('ends a name at a legal-form suffix, which makes it an organisation', () => {
    expect(es('Veltrona Ltd. said it would appeal.').find((e) => e.name === 'Veltrona Ltd.')?.type).toBe('ORG')
  })
  it('ends a headed name at "and": the next word starts another item of the list', () => {
    const names = es('Shares are held by the Ruritanian Government and Korvane, the filing said.').map((e) => e.name)
    expect(names).toContain('Ruritanian Government')
    expect(names).toContain('Korvane')
  })
  it('joins an acronym in brackets, and its later uses, to the named event before it', () => {
    const ev = es('Engineers from many countries gathered for the Veltrona Developers Conference (VDC) this week. The VDC ended on Friday.').find((e) => e.type === 'EVENT')
    expect(ev?.mentions.map((m) => m.text)).toEqual(['Veltrona Developers Conference', 'VDC', 'VDC'])
  })
  it('prefers a longer KB name to one that starts with "the"', () => {
    expect(es('The ship sank in the Atlantic Ocean.').find((e) => e.type === 'PLACE')?.mentions[0]?.text).toBe('Atlantic Ocean')
  })
  it('reads an unknown name after an organisation classifier as an organisation ("national airline Aer Vanta")', () => {
    const e = es('Passengers of the Irish national airline Aer Vanta were delayed on Monday.').find((x) => x.name === 'Aer Vanta')
    expect(e?.type).toBe('ORG')
  })
  it('reads an unknown name before a comma and a known state as a place ("Ostervale, Wyoming")', () => {
    expect(es('Workers at the Ostervale, Wyoming plant went on strike this week.').find((x) => x.name === 'Ostervale')?.type).toBe('PLACE')
  })
  it('reads "<country> Government" as the state acting: a metonym of the country with its GOV actor', () => {
    const canada = es('Shares are held by the Canadian Government, the filing said.').find((e) => e.name === 'Canada')
    expect(canada?.mentions[0]).toMatchObject({ text: 'Canadian Government', kind: 'metonym', actor: { code: 'CANGOV' } })
    const norway = es('The loan comes from the government of Norway, the bank said.').find((e) => e.name === 'Norway')
    expect(norway?.mentions[0]).toMatchObject({ text: 'government of Norway', kind: 'metonym', actor: { code: 'NORGOV' } })
  })
})
