import { describe, expect, it } from 'vitest'
import { loadQuoteFilter, QuoteFilter, readQuoteFilter, type FilterWeights } from './filter.js'
import { featureStrings, PAIR_FAMILIES, SINGLE_FAMILIES, type FeatureValues } from './filter-features.js'
import { quotesOf } from './test-helpers.js'

const values: FeatureValues = {
  form: 'said', class: 'speech', origin: 'hand', rule: 'speaker-cue-clause', spk: 'name', frame: 'that', len: '7-12', prev: 'Cap', next: 'that', neg: 'no',
}
const weights = (w: Record<string, number>, thresholds: FilterWeights['thresholds'] = { base: 0, added: 0 }, bias = 0.5): FilterWeights =>
  ({ id: 'test', version: '1', provenance: 'invented', bias, thresholds, weights: w })

describe('quote filter', () => {
  it('adds the bias, single weights and pair weights of the features present', () => {
    const f = new QuoteFilter(weights({ 'form:said': 1, 'form:said|frame:that': 2, 'form:told': 9, 'spk:pron': 9 }))
    expect(f.score(values)).toBeCloseTo(3.5)
    expect(f.score({ ...values, frame: 'to' })).toBeCloseTo(1.5)
  })

  it('scores as the sum of the weights its feature strings name, for the trained weights too', () => {
    const f = loadQuoteFilter()
    const variants: FeatureValues[] = [values, { ...values, form: 'believes', class: 'belief', spk: 'pron', neg: 'yes', len: '2-3' },
      { ...values, form: 'backed', class: 'evaluative', rule: 'speaker-stance-object', frame: 'adjacent', origin: 'derived', prev: 'and' }]
    for (const x of variants) {
      const sum = featureStrings(x).reduce((s, name) => s + (f.file.weights[name] ?? 0), f.file.bias)
      expect(f.score(x)).toBeCloseTo(sum, 9)
    }
    expect(SINGLE_FAMILIES).toHaveLength(10)
    expect(PAIR_FAMILIES).toHaveLength(2)
  })

  it('keeps every rules attribution with no base threshold, and adds nothing with no added threshold', () => {
    const f = new QuoteFilter(weights({ 'form:said': -10 }, { base: null, added: null }))
    expect(f.keeps(values, true)).toBe(true)
    expect(f.keeps({ ...values, form: 'told' }, false)).toBe(false)
    expect(f.judges(true)).toBe(false)
    expect(f.adds()).toBe(false)
  })

  it('rejects a weights file naming an unknown feature, and a missing file, with a stable code', () => {
    expect(() => new QuoteFilter(weights({ 'colour:red': 1 }))).toThrow(/quotes\/filter-weights/)
    expect(() => readQuoteFilter(new URL('./no-such-weights.json', import.meta.url))).toThrow(/quotes\/filter-weights: cannot read/)
  })

  it('loads the trained weights with their provenance', () => {
    const f = loadQuoteFilter()
    expect(f.file.id).toBe('quotes.filter')
    expect(f.file.provenance).toMatch(/PolNeAR train split/)
    expect(f.file.provenance).toMatch(/no sentences/)
    expect(Object.keys(f.file.weights).length).toBeGreaterThan(100)
    // A speech verb with a that-clause and a named speaker is what the filter keeps best.
    expect(f.score(values)).toBeGreaterThan(0)
  })

  it('drops an attribution of the rules that scores below the base threshold, but never a speech verb\'s', () => {
    const belief = 'Mayor Lind believes that the new bridge will open in May.'
    expect(quotesOf([belief]).quotes.map((q) => q.cue)).toEqual(['believes'])
    const strict = new QuoteFilter(weights({ 'form:believes': -10, 'form:said': -10 }, { base: 0, added: null }))
    expect(quotesOf([belief], {}, strict).quotes).toEqual([])
    expect(quotesOf(['Mayor Lind said that the new bridge would open in May.'], {}, strict).quotes.map((q) => q.cue)).toEqual(['said'])
  })
})
