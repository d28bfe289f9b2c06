// Quality gate for the hand-compiled knowledge-base data (people, organisations,
// groups, named events): structure, ISO country codes, actor codes, dated roles
// without gaps in logic, and tables in scripts/kb-data/ in sync with the JSON.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import countries from 'i18n-iso-countries'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('../../', import.meta.url).pathname
const KB = join(ROOT, 'data/kb')
const OWNED = /^(people|orgs|groups|events)-[a-z0-9-]+\.json$/
const TYPES = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT'])
const SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'INS', 'SPY', 'BUS', 'MED', 'NGO', 'IGO', 'EDU', 'REL', 'CVL', 'LAB', 'UNK', 'PTY', 'CRM'])
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

interface Role { role: string; country: string | null; sector: string; code: string; from: string; to: string | null }
interface Entry {
  id: string; type: string; name: string; aliases: string[]; country: string | null
  actor?: { code: string; sector: string; role?: string }; roles?: Role[]
  when?: { from: string; to: string | null }
}
interface KbFile { id: string; version: string; provenance: string; licence: string; entries: Entry[] }

const ownedFiles = existsSync(KB) ? readdirSync(KB).filter((f) => OWNED.test(f)).sort() : []
const loaded = ownedFiles.map((f) => ({ file: f, kb: JSON.parse(readFileSync(join(KB, f), 'utf8')) as KbFile }))
const entries = loaded.flatMap(({ file, kb }) => kb.entries.map((e) => ({ file, e })))

function problems(check: (e: Entry) => string | null): string[] {
  return entries.flatMap(({ file, e }) => {
    const p = check(e)
    return p ? [`${file} ${e.id}: ${p}`] : []
  })
}

const validDay = (d: string) => ISO_DAY.test(d) && !Number.isNaN(Date.parse(d + 'T00:00:00Z')) && new Date(d + 'T00:00:00Z').toISOString().startsWith(d)
const validCountry = (c: unknown) => c === null || (typeof c === 'string' && /^[A-Z]{3}$/.test(c) && countries.isValid(c))
const validCode = (c: unknown) => typeof c === 'string' && /^[A-Z0-9]+$/.test(c)

describe('knowledge-base data (people, orgs, groups, events)', () => {
  it('has files to check', () => {
    expect(ownedFiles.length).toBeGreaterThanOrEqual(4)
  })

  it('keeps the coverage the issue asks for (guards against a table silently dropped from the build)', () => {
    const roles = entries.filter(({ e }) => e.type === 'PERSON').reduce((n, { e }) => n + (e.roles?.length ?? 0), 0)
    const orgsAndGroups = entries.filter(({ e }) => e.type === 'ORG' || e.type === 'GROUP').length
    expect(roles).toBeGreaterThanOrEqual(2000)
    expect(orgsAndGroups).toBeGreaterThanOrEqual(800)
    expect(entries.filter(({ e }) => e.type === 'EVENT').length).toBeGreaterThanOrEqual(100)
  })

  it('every file parses with id, version, provenance, licence and entries', () => {
    for (const { file, kb } of loaded) {
      expect(kb.id, file).toBe(file.replace(/\.json$/, ''))
      expect(kb.version, file).toMatch(/^\d{4}\.\d+\.\d+$/)
      expect(kb.provenance.length, file).toBeGreaterThan(20)
      expect(kb.licence, file).toBeTruthy()
      expect(Array.isArray(kb.entries), file).toBe(true)
    }
  })

  it('ids are unique kebab-case across these files and do not collide with the other KB files', () => {
    const seen = new Map<string, string>()
    const dupes: string[] = []
    for (const { file, e } of entries) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) dupes.push(`${file}: bad id "${e.id}"`)
      if (seen.has(e.id)) dupes.push(`${e.id} in ${seen.get(e.id)} and ${file}`)
      seen.set(e.id, file)
    }
    for (const f of readdirSync(KB).filter((f) => f.endsWith('.json') && !OWNED.test(f))) {
      const other = JSON.parse(readFileSync(join(KB, f), 'utf8')) as { entries?: Array<{ id: string }> }
      for (const e of other.entries ?? []) if (seen.has(e.id)) dupes.push(`${e.id} in ${seen.get(e.id)} and ${f}`)
    }
    expect(dupes).toEqual([])
  })

  it('entries have a known type, a name and clean aliases', () => {
    expect(problems((e) => {
      if (!TYPES.has(e.type)) return `type ${e.type}`
      if (!e.name?.trim()) return 'no name'
      if (!Array.isArray(e.aliases)) return 'aliases not a list'
      if (e.aliases.some((a) => !a.trim() || a === e.name)) return 'empty alias or alias equal to name'
      if (new Set(e.aliases).size !== e.aliases.length) return 'duplicate alias'
      return null
    })).toEqual([])
  })

  it('no city has a two-letter country code as an alias (GeoNames gives "GB" to Saint Helier)', () => {
    const places = (JSON.parse(readFileSync(join(KB, 'places.json'), 'utf8')) as KbFile).entries
    expect(places.filter((e) => e.aliases.some((a) => /^[A-Z]{2}$/.test(a))).map((e) => e.name)).toEqual([])
  })

  it('no generated one-word person alias is an everyday word or the first word of a country name (He, Hong)', () => {
    const everyday = new Set(readFileSync(join(ROOT, 'scripts/kb-data/everyday-word-surnames.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.trim().toLowerCase()))
    const countryFile = JSON.parse(readFileSync(join(KB, 'countries.json'), 'utf8')) as KbFile
    const firstWords = new Set(countryFile.entries.flatMap((e) => [e.name, ...e.aliases]).filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]!.toLowerCase()))
    const tables = readdirSync(join(ROOT, 'scripts/kb-data/tables')).map((f) => readFileSync(join(ROOT, 'scripts/kb-data/tables', f), 'utf8')).join('\n')
    const explicit = (alias: string) => new RegExp(`[\\[;]\\s*${alias}\\s*[;\\]]`).test(tables)
    expect(problems((e) => {
      if (e.type !== 'PERSON') return null
      const bad = e.aliases.filter((a) => !a.includes(' ') && (everyday.has(a.toLowerCase()) || firstWords.has(a.toLowerCase())) && !explicit(a))
      return bad.length ? `risky one-word alias ${bad.join(', ')}` : null
    })).toEqual([])
  })
  it('every country and role country is an ISO 3166-1 alpha-3 code or null', () => {
    expect(problems((e) => {
      if (!validCountry(e.country)) return `country ${e.country}`
      const bad = (e.roles ?? []).find((r) => !validCountry(r.country))
      return bad ? `role country ${bad.country}` : null
    })).toEqual([])
  })

  it('actor codes are upper-case and sectors known', () => {
    expect(problems((e) => {
      for (const a of [e.actor, ...(e.roles ?? [])]) {
        if (!a) continue
        if (!validCode(a.code)) return `code ${a.code}`
        if (!SECTORS.has(a.sector)) return `sector ${a.sector}`
      }
      return null
    })).toEqual([])
  })

  it('every person has roles, each with a valid from and from <= to', () => {
    expect(problems((e) => {
      if (e.type === 'PERSON' && !e.roles?.length) return 'person without roles'
      for (const r of e.roles ?? []) {
        if (!r.role?.trim()) return 'role without name'
        if (!r.from || !validDay(r.from)) return `role ${r.role} bad from ${r.from}`
        if (r.to !== null && (!validDay(r.to) || r.to < r.from)) return `role ${r.role} bad to ${r.to} (from ${r.from})`
      }
      return null
    })).toEqual([])
  })

  it('dated events have a valid from and from <= to', () => {
    expect(problems((e) => {
      if (!e.when) return null
      if (!validDay(e.when.from)) return `bad when.from ${e.when.from}`
      if (e.when.to !== null && (!validDay(e.when.to) || e.when.to < e.when.from)) return `bad when.to ${e.when.to}`
      return null
    })).toEqual([])
  })

  it('a person never holds the same office twice at once', () => {
    expect(problems((e) => {
      const byOffice = new Map<string, Role[]>()
      for (const r of e.roles ?? []) {
        const key = `${r.role}|${r.country}|${r.code}`
        byOffice.set(key, [...(byOffice.get(key) ?? []), r])
      }
      for (const [office, terms] of byOffice) {
        const sorted = [...terms].sort((a, b) => a.from.localeCompare(b.from))
        for (let i = 1; i < sorted.length; i++) {
          const prev = sorted[i - 1]!
          if (prev.to === null || prev.to > sorted[i]!.from) return `overlapping terms of ${office}`
        }
      }
      return null
    })).toEqual([])
  })

  it('resolves well-known dated roles (spot checks of the data itself)', () => {
    const byId = new Map(entries.map(({ e }) => [e.id, e]))
    const roleOn = (id: string, day: string) =>
      byId.get(id)?.roles?.find((r) => r.from <= day && (r.to === null || day < r.to))
    expect(roleOn('vladimir-putin', '2010-01-01')).toMatchObject({ role: 'Prime Minister', code: 'RUSGOV' })
    expect(roleOn('vladimir-putin', '2022-02-04')).toMatchObject({ role: 'President', code: 'RUSGOV' })
    expect(roleOn('xi-jinping', '2022-02-04')?.code).toBe('CHNGOV')
    expect(byId.get('xi-jinping')?.aliases).toContain('Xi')
    expect(byId.get('recep-tayyip-erdogan')?.aliases).toEqual(expect.arrayContaining(['Erdoğan', 'Erdogan']))
  })

  it('the JSON is exactly what scripts/kb-data/build.ts generates from the tables', () => {
    const out = mkdtempSync(join(tmpdir(), 'kb-build-'))
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/kb-data/build.ts'], { cwd: ROOT, env: { ...process.env, KB_OUT: out } })
      const stale = ownedFiles.filter((f) => !existsSync(join(out, f)) || readFileSync(join(out, f), 'utf8') !== readFileSync(join(KB, f), 'utf8'))
      const missing = readdirSync(out).filter((f) => !ownedFiles.includes(f))
      expect({ stale, missing }).toEqual({ stale: [], missing: [] })
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  }, 30_000)
})
