import { describe, expect, it } from 'vitest'
import { splitRange } from './dyad-aggregates.js'

describe('splitRange', () => {
  it('reads whole months from the month table and the rest from days', () => {
    expect(splitRange('2024-03-06', '2024-06-12')).toEqual({ months: { from: '2024-04-01', to: '2024-05-01' }, days: [{ from: '2024-03-06', to: '2024-03-31' }, { from: '2024-06-01', to: '2024-06-12' }] })
    expect(splitRange('2024-03-01', '2024-04-30')).toEqual({ months: { from: '2024-03-01', to: '2024-04-01' }, days: [] })
    expect(splitRange('2024-02-10', '2024-02-20')).toEqual({ months: null, days: [{ from: '2024-02-10', to: '2024-02-20' }] })
    expect(splitRange('2024-02-10', '2024-03-05')).toEqual({ months: null, days: [{ from: '2024-02-10', to: '2024-03-05' }] })
    expect(splitRange(undefined, undefined)).toEqual({ months: { from: undefined, to: undefined }, days: [] })
    expect(splitRange('2023-12-15', undefined)).toEqual({ months: { from: '2024-01-01', to: undefined }, days: [{ from: '2023-12-15', to: '2023-12-31' }] })
    expect(splitRange(undefined, '2024-02-29')).toEqual({ months: { from: undefined, to: '2024-02-01' }, days: [] })
  })
})
