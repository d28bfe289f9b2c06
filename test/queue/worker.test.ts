import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Queue } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectRedis, createProducer, createQueueMonitor, QUEUE_NAME, startWorker } from '../../src/queue/index.js'
import { createApp } from '../../src/serve/app.js'
import { serveDeps } from '../../src/serve/server.js'
import { openStore, type Store } from '../../src/store/index.js'
import { startRedis, type RedisServer } from '../services/redis.js'

const article = (i: number) => ({ source: `t${i}`, format: 'text' as const, content: `Kenya and Ethiopia agreed on Tuesday to reopen their border, officials said in statement number ${i}.` })

describe('queue worker', () => {
  let redis: RedisServer
  let store: Store
  let dir: string
  beforeAll(async () => {
    redis = await startRedis()
    dir = mkdtempSync(join(tmpdir(), 'entente-worker-'))
    store = await openStore(join(dir, 'w.db'))
  })
  afterAll(async () => {
    await store?.close()
    await redis?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stores each queued article once, even when enqueued twice', async () => {
    const producer = createProducer(redis.url)
    const first = await producer.enqueue([article(1), article(2), article(3)])
    const again = await producer.enqueue([article(1)])
    expect(first).toEqual({ added: 3, existing: 0 })
    expect(again).toEqual({ added: 0, existing: 1 })
    const w = startWorker({ redisUrl: redis.url, store, concurrency: 2 })
    await waitFor(async () => (await store.stats()).articles === 3)
    await w.close()
    await producer.close()
    expect(w.stats.processed).toBe(3)
    expect((await store.stats()).articles).toBe(3)
  })

  it('puts an article whose processing keeps failing in the failed set with its reason, and retries it on request', async () => {
    const broken: Store = new Proxy(store, { get: (t, k) => (k === 'putArticle' ? async () => { throw new Error('disk on fire') } : Reflect.get(t, k)) })
    const conn = connectRedis(redis.url)
    const q = new Queue(QUEUE_NAME, { connection: conn })
    await q.add('article', { kind: 'article', input: article(9), enqueuedAt: new Date().toISOString() }, { jobId: 'fails', attempts: 2, backoff: { type: 'fixed', delay: 50 } })
    const w = startWorker({ redisUrl: redis.url, store: broken })
    await waitFor(async () => (await q.getJobCounts('failed')).failed === 1)
    await w.close()
    const [job] = await q.getFailed(0, 0)
    expect(job!.failedReason).toBe('disk on fire')
    expect(job!.attemptsMade).toBe(2)

    // The server reports it at /-/queues.
    const monitor = createQueueMonitor(redis.url)
    const app = createApp({ ...serveDeps(store), queue: monitor }, { token: null, webDir: null })
    const res = await app.request('/-/queues')
    expect(res.status).toBe(200)
    const body = await res.json() as { counts: Record<string, number>; failures: { id: string; reason: string }[] }
    expect(body.counts.failed).toBe(1)
    expect(body.failures).toEqual([expect.objectContaining({ id: 'fails', reason: 'disk on fire' })])
    const health = await (await app.request('/-/health')).json() as { queue: { ok: boolean } }
    expect(health.queue.ok).toBe(true)

    // Retried with a healthy store, it lands.
    await job!.retry()
    const w2 = startWorker({ redisUrl: redis.url, store })
    await waitFor(async () => ((await q.getJobCounts('completed')).completed ?? 0) >= 1 && (await q.getJobCounts('failed')).failed === 0)
    await w2.close()
    expect((await store.stats()).articles).toBe(4)
    await monitor.close(); await q.close(); conn.disconnect()
  })

  it('answers /-/queues with a clear error when no queue is configured', async () => {
    const app = createApp(serveDeps(store), { token: null, webDir: null })
    const res = await app.request('/-/queues')
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'queue/not-configured' } })
  })
})

async function waitFor(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time')
    await new Promise((r) => setTimeout(r, 50))
  }
}
