import { describe, expect, it } from 'vitest'
import { scorePage, shingles, summarise } from '../../bench/extract-metric.js'

describe('extraction metric', () => {
  it('counts 4-token shingles as a multiset, and a short text as one shingle', () => {
    expect([...shingles('a b c d a b c d').entries()]).toEqual([['a b c d', 2], ['b c d a', 1], ['c d a b', 1], ['d a b c', 1]])
    expect([...shingles('only two').entries()]).toEqual([['only two', 1]])
    expect(shingles('').size).toBe(0)
  })

  it('normalises tp/fp/fn per page and macro-averages precision and recall', () => {
    const gold = 'one two three four five six'
    const exact = scorePage(gold, gold)
    expect(exact).toEqual({ tp: 1, fp: 0, fn: 0 })
    const half = scorePage(gold, 'one two three four five six seven eight nine')
    expect(half.tp / (half.tp + half.fn)).toBe(1)
    expect(half.tp / (half.tp + half.fp)).toBeCloseTo(3 / 6)
    const empty = scorePage(gold, '')
    const s = summarise([exact, half, empty])
    // the empty prediction counts for recall only
    expect(s.precision).toBeCloseTo((1 + 0.5) / 2)
    expect(s.recall).toBeCloseTo((1 + 1 + 0) / 3)
    expect(s.f1).toBeCloseTo((2 * s.precision * s.recall) / (s.precision + s.recall))
  })
})
