import { describe, expect, it } from 'vitest'
import { actorKind } from './actor-kind.js'
import { csvField, csvLine } from './csv.js'

describe('csv', () => {
  it('quotes separators and defuses spreadsheet formulas, keeps negative numbers', () => {
    expect(csvLine(['a,b', 'say "hi"', null, 3])).toBe('"a,b","say ""hi""",,3\r\n')
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvField('+1+1')).toBe("'+1+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('-2.5')).toBe('-2.5')
    expect(csvField(true)).toBe('true')
  })
})

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
