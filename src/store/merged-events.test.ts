import { describe, expect, it } from 'vitest'
import { windowStart } from './merged-events.js'

describe('merge windows', () => {
  it('are ISO weeks for the default ±3 days, whatever day of the week an event falls on', () => {
    expect(['2024-03-04', '2024-03-05', '2024-03-10'].map((d) => windowStart(d, 3))).toEqual(['2024-03-04', '2024-03-04', '2024-03-04'])
    expect(windowStart('2024-03-11', 3)).toBe('2024-03-11')
    expect(windowStart('1970-01-01', 3)).toBe('1969-12-29')
    expect(windowStart('1969-12-28', 3)).toBe('1969-12-22') // before the epoch too
  })
  it('are fixed spans of 2×window+1 days for other windows', () => {
    const start = windowStart('2024-06-12', 2)
    const day = (k: number) => new Date(Date.parse(`${start}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10)
    expect([0, 1, 2, 3, 4].map((k) => windowStart(day(k), 2))).toEqual([start, start, start, start, start])
    expect(windowStart(day(5), 2)).toBe(day(5))
    expect(windowStart(day(-1), 2)).toBe(day(-5))
  })
})
