import { describe, expect, it } from 'vitest'
import { actorKind } from './actor-kind.js'

describe('actorKind', () => {
  it('reads the kind from the CAMEO code', () => {
    expect(actorKind('RUS', 'RUS')).toBe('state')
    expect(actorKind('CHNGOV', 'CHN')).toBe('government')
    expect(actorKind('USAMIL', 'USA')).toBe('security')
    expect(actorKind('UKRREB', 'UKR')).toBe('opposition')
    expect(actorKind('NATO', null)).toBe('organisation')
    expect(actorKind('IGOUNO', null)).toBe('organisation')
    expect(actorKind('FRAXYZ', 'FRA')).toBe('other')
  })
})
