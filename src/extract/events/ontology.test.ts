import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cameoEntry, loadCameo, parseCameoTable } from './ontology.js'
import { loadRules } from './rules.js'

const SHARED = new URL('../../../../shared/data/', import.meta.url)
const GOLDSTEIN = new URL('gdelt/CAMEO.goldsteinscale.tsv', SHARED)
const PLOVER = new URL('plover/CAMEO2PLOVER-2021.txt', SHARED)
const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']

describe('CAMEO ontology data (data/cameo/codes.tsv)', () => {
  const table = loadCameo()

  it('lists every CAMEO root and a QuadClass that follows the root', () => {
    for (let r = 1; r <= 20; r++) expect(table.has(String(r).padStart(2, '0'))).toBe(true)
    for (const c of table.values()) {
      const root = Number(c.code.slice(0, 2))
      expect(c.quadClass).toBe(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4)
      if (c.plover) expect(PLOVER_TYPES).toContain(c.plover)
    }
  })

  it.skipIf(!existsSync(GOLDSTEIN))('agrees with the Goldstein scale as published with GDELT (../shared)', () => {
    const rows = readFileSync(GOLDSTEIN, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'))
    expect(rows.length).toBeGreaterThan(300)
    for (const [code, score] of rows) expect([code, table.get(code!)?.goldstein]).toEqual([code, Number(score)])
  })

  it.skipIf(!existsSync(PLOVER))('agrees with the PLOVER 2021 CAMEO→PLOVER table on every code it maps (../shared)', () => {
    let checked = 0
    for (const line of readFileSync(PLOVER, 'utf8').split('\n')) {
      const m = /^(\d{3,4}):\s*([A-Z]+)/.exec(line)
      if (!m) continue
      expect([m[1], table.get(m[1]!)?.plover]).toEqual([m[1], m[2]])
      checked++
    }
    expect(checked).toBeGreaterThan(250)
  })

  it('refuses a malformed line and names it', () => {
    expect(() => parseCameoTable('code\tname\n051\tpraise\tnot-a-number\t1\tSUPPORT\t\t', 'x.tsv')).toThrow(/x\.tsv:2/)
  })

  it('every rule uses a CAMEO code the ontology lists, and every PLOVER type has rules', () => {
    const rules = loadRules()
    const types = new Set<string>()
    for (const r of rules.rules) {
      const entry = cameoEntry(table, r.cameo)
      expect([r.id, entry?.code]).toEqual([r.id, r.cameo])
      types.add(r.type ?? entry!.plover!)
      expect(r.id).toMatch(/^(verb|noun)\.[a-z0-9-]+\.[a-z0-9-]+$/)
    }
    for (const t of PLOVER_TYPES) expect(types).toContain(t)
    expect(rules.rules.length).toBeGreaterThan(300)
  })
})
