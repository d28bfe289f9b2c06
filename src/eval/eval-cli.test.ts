import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url).pathname
const shared = join(root, '..', 'shared')
const seedGold = join(shared, 'gold', 'seed-000.gold.json')
const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin/entente.js'), 'eval', ...args], { cwd: root, encoding: 'utf8' })

describe('entente eval (real CLI)', () => {
  it.skipIf(!existsSync(seedGold))('scores the seed article: metadata 12/12 (needs ../shared)', () => {
    const out = JSON.parse(execFileSync(process.execPath, [join(root, 'bin/entente.js'), 'eval', seedGold, '--json'], { cwd: root, encoding: 'utf8' }))
    expect(out.results[0].metadata.fields.filter((f: { ok: boolean }) => !f.ok)).toEqual([])
    expect(out.totals.metadata).toEqual({ right: 12, scored: 12 })
  })

  it('runs a sentence set and an article gold from a folder, exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-eval-'))
    writeFileSync(join(dir, 'a.txt'), 'Freedonia Daily\n\nBy Ana Ruiz\n\nThe council met in Vale on Monday to discuss the border agreement with Sylvania.\n')
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ id: 'a', input: 'a.txt', format: 'clip', metadata: { authors: [{ name: 'Ana Ruiz', location: null }], bodyStartsWith: 'The council met' } }))
    writeFileSync(join(dir, 'b.sentences.jsonl'), '{"id":"s1","text":"Freedonia accused Sylvania of spying.","date":"2031-05-01","events":[{"sources":["FRE"],"targets":["SYL"],"types":["ACCUSE"]}]}\n')
    const r = cli([dir])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^a {2}\(/m)
    expect(r.stdout).toContain('metadata         2/2 fields right')
    expect(r.stdout).toMatch(/b\.sentences\.jsonl {2}\(1 sentences\)/)
    expect(r.stdout).toContain('TOTAL over 2 gold files')
  })

  it('exits 1 with a one-line error on a missing or malformed gold file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-eval-'))
    writeFileSync(join(dir, 'bad.gold.json'), '{"metadata": {}}')
    writeFileSync(join(dir, 'lost.gold.json'), JSON.stringify({ input: 'gone.txt', metadata: { gaps: 0 } }))
    const bad = cli([join(dir, 'bad.gold.json'), join(dir, 'lost.gold.json')])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/bad\.gold\.json: \/input: .*\[eval\/gold-format\]/)
    expect(bad.stderr).toMatch(/lost\.gold\.json: its input .*gone\.txt: cannot read: ENOENT \[input\/not-found\] \[eval\/input-unreadable\]/)
    expect(bad.stderr).not.toMatch(/\n\s+at /)
    const missing = cli([join(dir, 'nope.gold.json')])
    expect(missing.status).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
  })
})
