import { describe, expect, it } from 'vitest'
import { collectCandidates, type CandidateRecord } from './filter.js'
import { featureStrings, PAIR_FAMILIES, SINGLE_FAMILIES } from './filter-features.js'
import { quotesOf } from './test-helpers.js'

/** The candidates the rules find in one invented paragraph, by cue word. */
function candidatesOf(paragraph: string): Map<string, CandidateRecord> {
  const records: CandidateRecord[] = []
  collectCandidates((c) => records.push(c))
  let text: string
  try { text = quotesOf([paragraph]).text } finally { collectCandidates(null) }
  return new Map(records.map((r) => [text.slice(r.cueStart).split(/\W/)[0]!, r]))
}

describe('quote filter features', () => {
  it('describes a named speaker with a that-clause', () => {
    const said = candidatesOf('Mayor Lind said that the new bridge would open in May.').get('said')!
    expect(said.base).toBe(true)
    expect(said.features).toEqual({
      form: 'said', class: 'speech', origin: 'hand', rule: 'speaker-cue-clause', spk: 'name', frame: 'that', len: '7-12', prev: 'Cap', next: 'that', neg: 'no',
    })
  })

  it('sees a pronoun speaker, a negation and a to-clause', () => {
    const say = candidatesOf('She did not say the budget was balanced.').get('say')!
    expect(say.features).toMatchObject({ spk: 'pron', neg: 'yes', frame: 'adjacent', prev: 'not', len: '4-6' })
    const plans = candidatesOf('The council plans to build a second bridge next year.').get('plans')!
    expect(plans.features).toMatchObject({ class: 'intention', frame: 'to', spk: 'noun' })
  })

  it('offers no stance inside another attribution to the filter: it stays part of that attribution', () => {
    const found = candidatesOf('Lind said she supported the new bridge plan.')
    expect(found.get('said')!.base).toBe(true)
    expect(found.has('supported')).toBe(false)
    expect(quotesOf(['Lind said she supported the new bridge plan.']).quotes.map((q) => q.cue)).toEqual(['said'])
  })

  it('names every feature by its family, and pairs by both', () => {
    const said = candidatesOf('Mayor Lind said that the new bridge would open in May.').get('said')!
    const names = featureStrings(said.features)
    expect(names).toHaveLength(SINGLE_FAMILIES.length + PAIR_FAMILIES.length)
    expect(names).toContain('form:said')
    expect(names).toContain('form:said|frame:that')
    expect(names).toContain('class:speech|frame:that')
  })
})
