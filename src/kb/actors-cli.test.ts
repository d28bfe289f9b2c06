import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url).pathname
const fixtures = new URL('./fixtures/', import.meta.url).pathname
const phoenix = join(root, '..', 'shared', 'data', 'phoenix', 'Phoenix.Countries.actors.txt')
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, 'bin/entente.js'), 'actors', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ENTENTE_ACTORS: join(mkdtempSync(join(tmpdir(), 'entente-none-')), 'none.json'), ...env } })

describe('entente actors (real CLI)', () => {
  it('looks up Putin on 2010-01-01 as Prime Minister of Russia, RUSGOV', () => {
    const r = cli(['lookup', 'Putin', '--date', '2010-01-01'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Prime Minister of Russia — RUSGOV')
    const json = JSON.parse(cli(['lookup', 'Putin', '--date', '2022-02-04', '--json']).stdout)
    expect(json.entries[0].actor).toMatchObject({ code: 'RUSGOV', role: 'President' })
  })
  it('rejects a bad date and an unknown file with one line and a non-zero status', () => {
    const bad = cli(['lookup', 'Putin', '--date', '2010-13-01'])
    expect(bad.status).not.toBe(0)
    expect(bad.stderr).toMatch(/actors\/bad-date/)
    const missing = cli(['import', join(fixtures, 'nope.actors.txt')])
    expect(missing.status).not.toBe(0)
    expect(missing.stderr).toMatch(/actors\/not-found/)
    expect(missing.stderr).not.toMatch(/at .*\.ts:\d+/) // no stack trace
  })
  it('imports a dictionary into the user layer, which then wins over built-ins', () => {
    const layer = join(mkdtempSync(join(tmpdir(), 'entente-actors-')), 'actors.json')
    const imported = cli(['import', join(fixtures, 'sample.actors.txt'), '--actors', layer])
    expect(imported.status).toBe(0)
    expect(imported.stdout).toContain('4 entries')
    expect(JSON.parse(readFileSync(layer, 'utf8')).entries.map((e: { id: string }) => e.id)).toContain('user-rudolf-elphberg')
    const r = cli(['lookup', 'Rudolf Elphberg', '--date', '2010-01-01', '--actors', layer])
    expect(r.stdout).toContain('RURGOV')
    expect(r.stdout).toContain('user user-rudolf-elphberg')
  })
  it.skipIf(!existsSync(phoenix))('imports the Phoenix countries dictionary (needs ../shared)', () => {
    const layer = join(mkdtempSync(join(tmpdir(), 'entente-actors-')), 'actors.json')
    const r = cli(['import', phoenix, '--actors', layer])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/\d{5} entries/)
    const lookup = cli(['lookup', 'Vladimir Putin', '--date', '2010-01-01', '--actors', layer, '--json'])
    expect(JSON.parse(lookup.stdout).entries[0]).toMatchObject({ layer: 'user', actor: { code: 'RUSGOV' } })
  })
})
