import { describe, expect, it } from 'vitest'
import { splitRange, splitTiers } from './dyad-aggregates.js'

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

  it('reads whole years from the year table, the months around them from the month table', () => {
    expect(splitTiers('2015-01-01', undefined)).toEqual({ years: { from: '2015-01-01', to: undefined }, months: [], days: [] })
    expect(splitTiers(undefined, undefined)).toEqual({ years: { from: undefined, to: undefined }, months: [], days: [] })
    expect(splitTiers('2016-03-10', '2018-07-20')).toEqual({
      years: { from: '2017-01-01', to: '2017-01-01' },
      months: [{ from: '2016-04-01', to: '2016-12-01' }, { from: '2018-01-01', to: '2018-06-01' }],
      days: [{ from: '2016-03-10', to: '2016-03-31' }, { from: '2018-07-01', to: '2018-07-20' }],
    })
    expect(splitTiers('2016-03-01', '2016-10-31')).toEqual({ years: null, months: [{ from: '2016-03-01', to: '2016-10-01' }], days: [] })
    expect(splitTiers('2016-03-01', '2017-12-31')).toEqual({ years: { from: '2017-01-01', to: '2017-01-01' }, months: [{ from: '2016-03-01', to: '2016-12-01' }], days: [] })
    expect(splitTiers(undefined, '2016-05-31')).toEqual({ years: { from: undefined, to: '2015-01-01' }, months: [{ from: '2016-01-01', to: '2016-05-01' }], days: [] })
  })
})
