import { describe, expect, it } from 'vitest'
import { auc, chooseThresholds, fit, seededRandom } from './filter-training.js'

// Invented rows: feature 0 goes with right candidates, feature 1 with wrong ones, feature 2 with both.
const rows = Array.from({ length: 60 }, (_, i) => ({ x: i % 3 === 0 ? [1, 2] : [0, 2], y: i % 3 === 0 ? 0 : 1 }))
const options = { epochs: 5, rate: 0.1, l2: 1e-5, seed: 7 }

describe('quote filter training', () => {
  it('gives the same weights for the same data and seed', () => {
    const a = fit(rows, 3, options), b = fit(rows, 3, options)
    expect(Array.from(a.w)).toEqual(Array.from(b.w))
    expect(a.bias).toBe(b.bias)
    const r1 = seededRandom(1), r2 = seededRandom(1)
    expect([r1(), r1()]).toEqual([r2(), r2()])
  })

  it('learns a positive weight for the feature of right candidates and a negative one for the other', () => {
    const { w } = fit(rows, 3, options)
    expect(w[0]).toBeGreaterThan(0.5)
    expect(w[1]).toBeLessThan(-0.5)
  })

  it('chooses thresholds that drop low-scored wrong rules output and add high-scored right candidates', () => {
    const scored = [
      { s: 2, base: true, label: true }, { s: 1, base: true, label: true }, { s: -3, base: true, label: false }, { s: -4, base: true, label: false },
      { s: 3, base: false, label: true }, { s: -2, base: false, label: false },
    ]
    const th = chooseThresholds(scored, 4, 0, 0)
    expect(th.base).toBe(1)
    expect(th.added).toBe(3)
    expect(th.f1).toBeCloseTo((2 * 3) / (4 + 3))
    // With nothing worth adding, nothing is added.
    expect(chooseThresholds(scored.filter((e) => e.base || !e.label), 4, 0, 0).added).toBeNull()
  })

  it('measures how well scores rank right candidates first', () => {
    expect(auc([{ s: 1, label: true }, { s: 0, label: false }])).toBe(1)
    expect(auc([{ s: 0, label: true }, { s: 1, label: false }])).toBe(0)
  })
})
