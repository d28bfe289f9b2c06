import { describe, expect, it } from 'vitest'
import { searchKeys, weekKeys, weekOf } from './time-buckets.js'

describe('week-prefixed LSH keys', () => {
  it('numbers weeks from 1970 and keeps undated articles apart in week 0', () => {
    expect(weekOf(null)).toBe(0)
    expect(weekOf('1970-01-01')).toBe(1)
    expect(weekOf('2024-03-05')).toBe(weekOf('2024-03-06'))
    expect(weekOf('2024-03-12')).toBe(weekOf('2024-03-05') + 1)
  })

  it('looks up the neighbouring weeks and stays an exact integer', () => {
    const w = weekOf('2499-12-31')
    const keys = searchKeys(w, [2 ** 38 - 1, 5])
    expect(keys).toHaveLength(6)
    expect(keys.every(Number.isSafeInteger)).toBe(true)
    expect(keys).toEqual(expect.arrayContaining(weekKeys(w - 1, [5])))
    expect(searchKeys(0, [5])).toEqual([5])
  })
})
