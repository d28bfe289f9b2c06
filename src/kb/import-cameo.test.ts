import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { actorFor } from './actor-for.js'
import { cameoDate, parseCameoActors } from './import-cameo.js'
import { readUserDictionary } from './import-user.js'

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname
const PHOENIX = new URL('../../../shared/data/phoenix/Phoenix.Countries.actors.txt', import.meta.url).pathname

describe('CAMEO/PETRARCH actor dictionaries', () => {
  it('reads names, +aliases, inline and indented codes, dated ranges and comments', () => {
    const { entries, issues } = parseCameoActors(readFileSync(fixture('sample.actors.txt'), 'utf8'))
    expect(issues).toEqual([])
    expect(entries.map((e) => [e.name, e.type])).toEqual([
      ['Ruritania', 'PLACE'], ['Ruritanian Royal Guard', 'ORG'], ['Rudolf Elphberg', 'PERSON'], ['Flavia Strelitz', 'PERSON'],
    ])
    expect(entries[0]!.aliases).toEqual(['Ruritanian', 'Strelsau'])
    expect(entries[1]).toMatchObject({ aliases: ['RRG'], actor: { code: 'RURMIL', sector: 'MIL' } })
    const rudolf = entries[2]!
    expect(rudolf.roles).toEqual([
      { code: 'RURELI', country: 'RUR', sector: 'ELI', role: null, from: '1990-01-01', to: '2005-12-31' },
      { code: 'RURGOV', country: 'RUR', sector: 'GOV', role: null, from: '2006-01-01', to: null },
    ])
    expect(actorFor(rudolf, '2001-05-05')?.code).toBe('RURELI')
    expect(actorFor(rudolf, '2015-05-05')?.code).toBe('RURGOV')
    expect(actorFor(entries[3]!, '2009-01-01')?.code).toBe('RURGOV') // "<101231": until the end of 2010
    expect(actorFor(entries[3]!, '2012-01-01')?.code).toBe('RURBUS')
  })
  it('reports malformed code blocks with their line', () => {
    const { issues } = parseCameoActors('SOMEONE_\n\t[XYZGOV 99-1]\n')
    expect(issues[0]).toMatchObject({ line: 2 })
    expect(issues[0]!.reason).toMatch(/actors\/bad-code/)
  })
  it('converts two-digit years around the current century', () => {
    expect(cameoDate('000507')).toBe('2000-05-07')
    expect(cameoDate('920101')).toBe('1992-01-01')
    expect(cameoDate('20080508')).toBe('2008-05-08')
  })
  it.skipIf(!existsSync(PHOENIX))('imports the real Phoenix countries dictionary (../shared; skipped when absent)', () => {
    const { entries, issues } = parseCameoActors(readFileSync(PHOENIX, 'utf8'))
    expect(entries.length).toBeGreaterThan(15000)
    expect(issues.length / entries.length).toBeLessThan(0.01)
    const putin = entries.find((e) => e.name === 'Vladimir Putin')!
    expect(putin.type).toBe('PERSON')
    expect(actorFor(putin, '2010-01-01')?.code).toBe('RUSGOV')
    expect(entries.find((e) => e.name === 'Afghanistan')).toMatchObject({ type: 'PLACE', actor: { code: 'AFG' } })
  })
  it('reads the simple CSV form', () => {
    const r = readUserDictionary(fixture('user-actors.csv'))
    expect(r.issues).toEqual([])
    expect(r.entries[0]).toMatchObject({ name: 'Ada Kovacs', type: 'PERSON', aliases: ['Kovacs', 'Madam Kovacs'], country: 'HUN' })
    expect(actorFor(r.entries[0]!, '2020-01-01')).toMatchObject({ code: 'HUNGOV', role: 'Foreign Minister' })
    expect(r.entries[1]).toMatchObject({ type: 'ORG', actor: { code: 'HUNBUS', sector: 'BUS' } })
  })
})
