import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { contentHash } from '../../src/store/index.js'
import { recordToInput } from '../../src/ingest/index.js'
import { syntheticArticles, toJsonl } from './synthetic-articles.js'

// kill -9 in the middle of `entente ingest`: what was committed stays whole, nothing half-written is
// visible, and the next run stores the rest — every article exactly once.
const BIN = fileURLToPath(new URL('../../bin/entente.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'entente-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function runIngest(input: string, db: string) {
  return spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--no-progress', '--workers', '1', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] })
}

function count(db: Database.Database, sql: string): number { return (db.prepare(sql).get() as { n: number }).n }

/** Every stored article is complete: its events, quotes, buckets and full-text row exist, no orphans. */
function checkConsistent(path: string): number {
  const db = new Database(path, { readonly: true })
  try {
    const articles = count(db, 'select count(*) n from articles')
    expect(count(db, 'select count(*) n from articles a where a.events != (select count(*) from events e where e.article_id = a.id)')).toBe(0)
    expect(count(db, 'select count(*) n from articles a where a.quotes != (select count(*) from quotes q where q.article_id = a.id)')).toBe(0)
    expect(count(db, 'select count(*) n from events e where not exists (select 1 from articles a where a.id = e.article_id)')).toBe(0)
    expect(count(db, 'select count(*) n from articles a where not exists (select 1 from article_buckets b where b.article_id = a.id)')).toBe(0)
    expect(count(db, "select count(*) n from article_fts where article_fts match '\"the\"'")).toBe(articles)
    expect(count(db, 'select count(*) n from merged_events m where num_mentions != (select count(*) from events e where e.merged_id = m.id)')).toBe(0)
    expect(count(db, 'select count(*) - count(distinct content_hash) n from articles')).toBe(0)
    return articles
  } finally { db.close() }
}

describe('ingest killed with SIGKILL', () => {
  it('keeps what was committed, shows nothing partial, and resumes to store everything exactly once', async () => {
    const articles = syntheticArticles(300, 7)
    const input = join(dir, 'batch.jsonl')
    writeFileSync(input, toJsonl(articles))
    const db = join(dir, 'crash.db')

    const child = runIngest(input, db)
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    // kill it once some articles are committed, well before the end
    let seen = 0
    for (const until = Date.now() + 90_000; Date.now() < until;) {
      await new Promise((r) => setTimeout(r, 100))
      try {
        const probe = new Database(db, { readonly: true, fileMustExist: true })
        try { seen = count(probe, 'select count(*) n from articles') } finally { probe.close() }
      } catch { /* not created yet */ }
      if (seen >= 40 || child.exitCode !== null) break
    }
    expect(child.exitCode, `ingest ended before it could be killed: ${stderr}`).toBeNull()
    child.kill('SIGKILL')
    await exited

    const afterKill = checkConsistent(db)
    expect(afterKill).toBeGreaterThanOrEqual(40)
    expect(afterKill).toBeLessThan(300)

    const resumed = runIngest(input, db)
    let out = ''
    resumed.stderr.on('data', (d: Buffer) => { out += d.toString() })
    const code = await new Promise<number | null>((resolve) => resumed.once('exit', resolve))
    expect(code, out).toBe(0)
    expect(out).toMatch(new RegExp(`300 read: ${300 - afterKill} new .*, ${afterKill} already stored, 0 failed`))

    expect(checkConsistent(db)).toBe(300)
    const stored = new Database(db, { readonly: true })
    const hashes = new Set((stored.prepare('select content_hash h from articles').all() as { h: string }[]).map((r) => r.h))
    stored.close()
    const expected = new Set(articles.map((a, i) => contentHash(recordToInput(a, `${input}:${i + 1}`))))
    expect(hashes).toEqual(expected)
  }, 240_000)
})
