import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { exportStore } from '../../src/export/index.js'
import { openStore, type Store } from '../../src/store/index.js'
import { ingestBatch } from '../../src/store/ingest/index.js'
import { postgresBackend } from './backends.js'
import { syntheticArticles, toJsonl } from './synthetic-articles.js'

const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-'))
const pg = postgresBackend()
afterAll(async () => { rmSync(dir, { recursive: true, force: true }); await pg.stop() })

async function csvOf(store: Store): Promise<string> {
  let s = ''
  await exportStore(store, 'csv', new Writable({ write(c, _e, cb) { s += c; cb() } }))
  return s
}

async function snapshot(store: Store) {
  return {
    stats: await store.stats(),
    events: await csvOf(store),
    clusters: (await store.clusters({ limit: 1000 })).items,
    merged: (await store.mergedEvents({}, { limit: 10_000 })).items,
    network: await store.network({}),
  }
}

describe('batch ingest', () => {
  const batch = join(dir, 'batch.jsonl')
  const articles = syntheticArticles(60)
  writeFileSync(batch, toJsonl(articles).replace(/\n/, '\n{"title": "broken line", "text": \n')) // line 2 is invalid JSON

  it('stores a batch, records the bad line as a failure and goes on', async () => {
    const store = await openStore(join(dir, 'serial.db'))
    const summary = await ingestBatch([batch], { store, workers: 0 })
    expect(summary).toMatchObject({ read: 61, inserted: 60, unchanged: 0, failures: 1 })
    expect(summary.duplicates).toBeGreaterThanOrEqual(6) // every tenth article is a syndicated copy
    const failures = await store.failures()
    expect(failures.items).toEqual([expect.objectContaining({ location: `${batch}:2`, code: 'input/json' })])
    await store.close()
  }, 120_000)

  it('re-ingesting the same inputs changes nothing', async () => {
    const store = await openStore(join(dir, 'serial.db'))
    const before = await snapshot(store)
    const again = await ingestBatch([batch], { store, workers: 0 })
    expect(again).toMatchObject({ inserted: 0, unchanged: 60, events: 0 })
    const after = await snapshot(store)
    expect({ ...after, stats: { ...after.stats, failures: 0 } }).toEqual({ ...before, stats: { ...before.stats, failures: 0 } })
    expect(after.stats.failures).toBe(2) // the bad line is reported on each run
    await store.close()
  }, 120_000)

  it('a parallel run (worker threads) stores exactly what the serial run stores', async () => {
    const serial = await openStore(join(dir, 'serial.db'))
    const parallel = await openStore(join(dir, 'parallel.db'))
    const summary = await ingestBatch([batch], { store: parallel, workers: 2, batchSize: 7 })
    expect(summary.inserted).toBe(60)
    const a = await snapshot(serial), b = await snapshot(parallel)
    expect(b.events).toEqual(a.events)
    expect(b.events.split('\n').length).toBeGreaterThan(2)
    expect(b.clusters).toEqual(a.clusters)
    expect(b.merged).toEqual(a.merged)
    expect(b.network).toEqual(a.network)
    expect({ ...b.stats, failures: 0 }).toEqual({ ...a.stats, failures: 0 })
    await serial.close(); await parallel.close()
  }, 120_000)

  it.skipIf(!pg.available)('PostgreSQL stores exactly what SQLite stores', async () => {
    const serial = await openStore(join(dir, 'serial.db'))
    const onPg = await openStore(await pg.fresh('ingest'))
    const summary = await ingestBatch([batch], { store: onPg, workers: 1 })
    expect(summary.inserted).toBe(60)
    const a = await snapshot(serial), b = await snapshot(onPg)
    expect(b.events).toEqual(a.events)
    expect(b.clusters).toEqual(a.clusters)
    expect(b.merged).toEqual(a.merged)
    expect(b.network).toEqual(a.network)
    expect({ ...b.stats, backend: 'sqlite', failures: 0 }).toEqual({ ...a.stats, failures: 0 })
    await serial.close(); await onPg.close()
  }, 120_000)
})
