import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Queue } from 'bullmq'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPipeline } from '../../src/pipeline/index.js'
import { connectRedis, createProducer, QUEUE_NAME } from '../../src/queue/index.js'
import { toRecord } from '../../src/record/index.js'
import { contentHash, openStore, type Store } from '../../src/store/index.js'
import { startPostgres } from '../services/postgres.js'
import { startRedis, type RedisServer } from '../services/redis.js'
import { testArticles } from './corpus.js'

const BIN = fileURLToPath(new URL('../../bin/entente.js', import.meta.url))
const N = Number(process.env.ENTENTE_FAULT_ARTICLES ?? 2000)

// Issue 9's fault test: 3 workers ingest N articles while one is killed with SIGKILL three times,
// Redis restarts once and PostgreSQL drops every connection once. Afterwards every article is
// stored exactly once and the counts equal a serial single-process run on the same input.
describe('distributed ingest under faults', () => {
  let pgServer: Awaited<ReturnType<typeof startPostgres>>
  let redis: RedisServer
  let serialUrl: string, distUrl: string
  const workers: ChildProcess[] = []
  const logs: string[] = []

  beforeAll(async () => {
    ;[pgServer, redis] = await Promise.all([startPostgres(), startRedis()])
    const admin = new pg.Client({ connectionString: pgServer.url })
    await admin.connect()
    await admin.query('CREATE DATABASE entente_serial')
    await admin.query('CREATE DATABASE entente_dist')
    await admin.end()
    serialUrl = withDb(pgServer.url, 'entente_serial')
    distUrl = withDb(pgServer.url, 'entente_dist')
  })

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL')
    await redis?.stop()
    await pgServer?.stop()
  })

  it(`stores ${N} articles exactly once with counts identical to a serial run`, async () => {
    const inputs = testArticles(N)
    const hashes = new Set(inputs.map(contentHash))

    // The reference: one process, one article after another.
    const serial = await openStore(serialUrl)
    const pipeline = createPipeline()
    for (const input of inputs) await serial.putArticle(toRecord(pipeline.run(input)), { contentHash: contentHash(input) })
    const expected = await serial.stats()
    const expectedMerged = await mergedTotals(serial)
    await serial.close()

    const dist = await openStore(distUrl) // migrates before the workers start
    const producer = createProducer(redis.url)
    await producer.enqueue(inputs)
    await producer.close()

    const crashed: string[] = []
    const spawnWorker = (i: number) => {
      const w = spawn(process.execPath, [BIN, 'worker', '--queue', redis.url, '--db', distUrl, '--lock-ms', '3000'], { stdio: ['ignore', 'ignore', 'pipe'] })
      w.stderr!.on('data', (d: Buffer) => logs.push(`[w${i}] ${d.toString().trim()}`))
      w.once('exit', (code, signal) => { if (signal !== 'SIGKILL' && signal !== 'SIGTERM') crashed.push(`worker ${i} exited by itself (${code ?? signal})`) })
      workers[i] = w
    }
    for (let i = 0; i < 3; i++) spawnWorker(i)

    const faults: [number, string, () => Promise<void>][] = [
      [0.10, 'kill -9 worker 0', async () => { workers[0]!.kill('SIGKILL'); spawnWorker(0) }],
      [0.25, 'restart Redis', () => redis.restart()],
      [0.40, 'kill -9 worker 1', async () => { workers[1]!.kill('SIGKILL'); spawnWorker(1) }],
      [0.55, 'drop PostgreSQL connections', () => dropConnections(distUrl)],
      [0.70, 'kill -9 worker 2', async () => { workers[2]!.kill('SIGKILL'); spawnWorker(2) }],
    ]
    const done: string[] = []
    const deadline = Date.now() + 8 * 60_000
    for (;;) {
      const stored = (await dist.stats().catch(() => null))?.articles ?? 0
      while (faults.length && stored >= faults[0]![0] * hashes.size) {
        const [, name, act] = faults.shift()!
        await act()
        done.push(`${name} at ${stored}`)
      }
      if (stored >= hashes.size && !faults.length && (await queueIdle(redis.url))) break
      // Faults must cost retries, never a worker: one that dies on its own is a bug.
      if (crashed.length) throw new Error(`${crashed.join('; ')}\n${logs.slice(-30).join('\n')}`)
      if (Date.now() > deadline) throw new Error(`timed out with ${stored}/${hashes.size} stored; faults done: ${done.join('; ')}\n${logs.slice(-20).join('\n')}`)
      await new Promise((r) => setTimeout(r, 250))
    }
    expect(done).toHaveLength(5)

    const got = await dist.stats()
    expect(got.articles).toBe(hashes.size) // 0 lost, 0 duplicated
    expect(got.articles).toBe(expected.articles)
    expect(got.events).toBe(expected.events)
    expect(got.quotes).toBe(expected.quotes)
    expect(await mergedTotals(dist)).toEqual(expectedMerged)
    expect((await failedJobs(redis.url))).toBe(0)
    await dist.close()
  }, 15 * 60_000)
})

function withDb(url: string, db: string): string {
  const u = new URL(url)
  u.pathname = `/${db}`
  return u.toString()
}

async function dropConnections(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')
  await c.end()
}

async function queueIdle(url: string): Promise<boolean> {
  const r = connectRedis(url)
  const q = new Queue(QUEUE_NAME, { connection: r })
  try {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
    return Object.values(c).every((v) => v === 0)
  } finally { await q.close(); r.disconnect() }
}

async function failedJobs(url: string): Promise<number> {
  const r = connectRedis(url)
  const q = new Queue(QUEUE_NAME, { connection: r })
  try { return (await q.getJobCounts('failed')).failed ?? 0 } finally { await q.close(); r.disconnect() }
}

/** Merged events summed over all pages: how many, and their mentions/articles totals. */
async function mergedTotals(store: Store): Promise<{ merged: number; mentions: number; articles: number }> {
  let offset = 0, merged = 0, mentions = 0, articles = 0
  for (;;) {
    const page = await store.mergedEvents({}, { limit: 1000, offset })
    for (const m of page.items) { merged++; mentions += m.numMentions; articles += m.numArticles }
    offset += page.items.length
    if (!page.items.length || offset >= page.total) break
  }
  return { merged, mentions, articles }
}
