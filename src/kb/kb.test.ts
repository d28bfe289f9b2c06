import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { actorFor, buildKb, loadKb, type KbEntry } from './index.js'

const person: KbEntry = {
  id: 'ada-kovacs', type: 'PERSON', name: 'Ada Kovacs', aliases: ['Kovacs'], country: 'HUN',
  roles: [
    { role: 'Minister of Trade', country: 'HUN', sector: 'GOV', code: 'HUNGOV', from: '2010-06-01', to: '2014-05-31' },
    { role: 'Foreign Minister', country: 'HUN', sector: 'GOV', code: 'HUNGOV', from: '2014-06-01', to: '2018-05-31' },
    { role: 'Ambassador to the UN', country: 'HUN', sector: 'GOV', code: 'HUNGOV', from: '2018-09-01', to: '2020-12-31' },
  ],
}

function kbDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-kb-'))
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(body))
  return dir
}

describe('actorFor', () => {
  it('picks the dated role valid on the day', () => {
    expect(actorFor(person, '2012-03-01')?.role).toBe('Minister of Trade')
    expect(actorFor(person, '2016-01-01')).toMatchObject({ code: 'HUNGOV', country: 'HUN', role: 'Foreign Minister', from: '2014-06-01' })
  })
  it('marks a former office holder when no role is valid and there is no default actor', () => {
    expect(actorFor(person, '2023-01-01')?.role).toBe('former Ambassador to the UN')
    // Between two offices: the last one held before the date, not a later one.
    expect(actorFor(person, '2018-07-01')?.role).toBe('former Foreign Minister')
  })
  it('gives no role before the first office, only its code', () => {
    expect(actorFor(person, '2005-01-01')).toMatchObject({ code: 'HUNGOV', role: null })
  })
  it('codes a candidate by the campaign, not by an office held years later (Mitt Romney in 2012)', () => {
    const romney = loadKb().lookupName('Mitt Romney').find((e) => e.type === 'PERSON')!
    expect(actorFor(romney, '2012-09-01')).toMatchObject({ code: 'USAPTY', role: 'Republican presidential candidate' })
    expect(actorFor(romney, '2015-01-01')?.role).toBe('former Republican presidential candidate')
    expect(actorFor(romney, '2020-01-01')).toMatchObject({ code: 'USALEG', role: 'Senator' })
  })
  it('resolves the built-in Putin entry to Prime Minister in 2010 and President in 2022', () => {
    const putin = loadKb().lookupName('Putin').find((e) => e.type === 'PERSON')!
    expect(actorFor(putin, '2010-01-01')).toMatchObject({ code: 'RUSGOV', role: 'Prime Minister' })
    expect(actorFor(putin, '2022-02-04')).toMatchObject({ code: 'RUSGOV', role: 'President' })
  })
})

describe('knowledge base', () => {
  it('covers every ISO 3166 country with abbreviations, adjectives and capitals', () => {
    const kb = loadKb()
    expect(kb.entries.filter((e) => e.id.startsWith('country-')).length).toBeGreaterThanOrEqual(249)
    for (const alias of ['US', 'U.S.', 'USA', 'UK', 'U.K.', 'UAE', 'DPRK', 'PRC', 'ROK']) expect(kb.lookupName(alias).some((e) => e.id.startsWith('country-')), alias).toBe(true)
    expect(kb.lookupName('Russian')[0]?.country).toBe('RUS')
    expect(kb.lookupPlace('Beijing')).toMatchObject({ name: 'Beijing', country: 'CHN' })
    expect(kb.lookupPlace('Beijing')!.lat).toBeCloseTo(39.9, 0)
    expect(kb.lookupPlace('Georgia')?.country).toBe('GEO') // the country outranks towns of that name
    expect(kb.lookupPlace('Kremlin')).toMatchObject({ name: 'Kremlin', country: 'RUS' }) // a seat of power is a building too
    expect(kb.lookupPlace('Nowhere-on-Sea')).toBeNull()
  })
  it('finds each country by its code, never an entry whose id merely starts like a country\'s ("Country Garden")', () => {
    const kb = loadKb()
    for (const iso of ['CHN', 'RUS', 'USA', 'GBR', 'IND']) expect(kb.country(iso)?.type, iso).toBe('PLACE')
    expect(kb.country('CHN')?.name).toBe('China')
    expect(kb.byId.get('country-garden')?.type).toBe('ORG')
  })
  it('reports a bad entry with its file and id and keeps the rest', () => {
    const dir = kbDir({ 'people-test.json': { id: 'people-test', version: '1', provenance: 'test', entries: [person, { id: 'Bad Id', type: 'PERSON', name: 'X' }, { id: 'no-type', name: 'Y' }] } })
    const kb = buildKb({ dir, userFile: null })
    expect(kb.entries.map((e) => e.id)).toEqual(['ada-kovacs'])
    expect(kb.warnings.map((w) => [w.code, w.entry])).toEqual([['kb/invalid-entry', 'Bad Id'], ['kb/invalid-entry', 'no-type']])
    expect(kb.warnings[0]!.file).toContain('people-test.json')
  })
  it('lets the user layer override built-in surfaces and ids', () => {
    const dir = kbDir({ 'people-test.json': { id: 'people-test', version: '1', provenance: 'test', entries: [person] } })
    const userFile = join(kbDir({}), 'actors.json')
    writeFileSync(userFile, JSON.stringify({ id: 'user', version: '1', provenance: 'test', entries: [{ id: 'kovacs-the-dancer', type: 'PERSON', name: 'Kovacs', aliases: [], actor: { code: 'HUNCVL', sector: 'CVL' } }] }))
    const kb = buildKb({ dir, userFile })
    expect(kb.lookupName('Kovacs').map((e) => e.id)).toEqual(['kovacs-the-dancer'])
    expect(kb.lookupName('Ada Kovacs').map((e) => e.id)).toEqual(['ada-kovacs'])
  })
  it('fails with the file name when a KB file is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-kb-'))
    writeFileSync(join(dir, 'broken.json'), '{ not json')
    expect(() => buildKb({ dir, userFile: null })).toThrow(/kb\/unreadable: .*broken\.json/)
  })
})

describe('kb: one object shape', () => {
  it('gives every entry the same keys, and every actor and role object the same keys', () => {
    const kb = loadKb()
    expect(new Set(kb.entries.map((e) => Object.keys(e).join())).size).toBe(1)
    expect(new Set(kb.entries.flatMap((e) => (e.actor ? [Object.keys(e.actor).join()] : []))).size).toBe(1)
    expect(new Set(kb.entries.flatMap((e) => (e.roles ?? []).map((r) => Object.keys(r).join()))).size).toBe(1)
  })
})
