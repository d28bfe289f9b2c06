import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { syntheticArticles, toJsonl } from './synthetic-articles.js'

const BIN = fileURLToPath(new URL('../../bin/entente.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 })

describe('entente ingest / query / export', () => {
  const db = join(dir, 'cli.db')
  const input = join(dir, 'in.jsonl')
  writeFileSync(input, toJsonl(syntheticArticles(20, 3)))

  it('ingests, and a second ingest adds nothing', () => {
    const first = run('ingest', input, '--db', db, '--json', '--workers', '0')
    expect(first.status, first.stderr).toBe(0)
    expect(JSON.parse(first.stdout)).toMatchObject({ read: 20, inserted: 20, failures: 0 })
    const second = run('ingest', input, '--db', db, '--json', '--workers', '0')
    expect(JSON.parse(second.stdout)).toMatchObject({ read: 20, inserted: 0, unchanged: 20, events: 0 })
  }, 120_000)

  it('queries the network as JSON and as a table', () => {
    const json = run('query', 'network', '--from', '2024-01-01', '--db', db, '--json')
    expect(json.status, json.stderr).toBe(0)
    const net = JSON.parse(json.stdout)
    expect(net.edges.length).toBeGreaterThan(0)
    const table = run('query', 'network', '--from', '2024-01-01', '--db', db)
    expect(table.stdout).toMatch(/^source\s+target\s+events/)
    expect(table.stdout).toContain(`${net.nodes.length} actors, ${net.edges.length} dyads`)
    const search = JSON.parse(run('query', 'search', 'told reporters', '--db', db, '--json', '--limit', '5').stdout)
    expect(search.total).toBe(20) // every synthetic article has "told reporters"
    expect(search.items).toHaveLength(5)
    expect(search.items.every((a: { snippet: string }) => a.snippet.includes('[told] [reporters]'))).toBe(true)
  }, 120_000)

  it('exports PLOVER records to a file', () => {
    const out = join(dir, 'events.jsonl')
    const r = run('export', '--format', 'plover', '--db', db, '--out', out)
    expect(r.status, r.stderr).toBe(0)
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    expect(r.stderr).toContain(`exported ${lines.length} events`)
    expect(lines[0]).toHaveProperty('event_text')
  }, 120_000)

  it('rejects bad options with one clear line', () => {
    const r = run('query', 'network', '--from', '2015-13-45', '--db', db)
    expect(r.status).not.toBe(0)
    expect(r.stderr).toMatch(/expected a date YYYY-MM-DD/)
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/)
    const bad = run('export', '--format', 'xls', '--db', db)
    expect(bad.stderr).toMatch(/expected one of gdelt, plover, csv, jsonl, gexf, graphml/)
  }, 120_000)
})
