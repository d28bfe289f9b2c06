// npm run bench:queue — distributed ingest throughput with 1, 2 and 4 worker processes on this
// machine (real Redis + PostgreSQL on loopback), and the queue's own overhead per article.
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Queue, Worker } from 'bullmq'
import pg from 'pg'
import { createPipeline } from '../src/pipeline/index.js'
import { connectRedis, createProducer, QUEUE_NAME } from '../src/queue/index.js'
import { toRecord } from '../src/record/index.js'
import { contentHash, openStore } from '../src/store/index.js'
import { startPostgres } from '../test/services/postgres.js'
import { startRedis } from '../test/services/redis.js'
import { testArticles } from '../test/queue/corpus.js'
import { mdTable, writeBenchSection } from './lib/benchmarks-md.js'

const BIN = fileURLToPath(new URL('../bin/entente.js', import.meta.url))
const arg = (name: string, d: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : d }
const M = arg('articles', 1000)
const COUNTS = [1, 2, 4]

const [pgs, redis] = await Promise.all([startPostgres(), startRedis()])
const inputs = testArticles(M)
const words = inputs.reduce((n, i) => n + i.content.split(/\s+/).length, 0)
const rows: (string | number)[][] = []
try {
  // In-process baseline: the same pipeline and store, no queue.
  const baseUrl = await createDb(pgs.url, 'bench_direct')
  const direct = await openStore(baseUrl)
  const pipeline = createPipeline()
  let t0 = performance.now()
  for (const input of inputs) await direct.putArticle(toRecord(pipeline.run(input)), { contentHash: contentHash(input) })
  const directS = (performance.now() - t0) / 1000
  await direct.close()
  rows.push(['in-process (no queue)', 1, (M / directS).toFixed(1), (words / directS / 1000).toFixed(0), '1.00'])

  for (const n of COUNTS) {
    const url = await createDb(pgs.url, `bench_w${n}`)
    const store = await openStore(url)
    const producer = createProducer(redis.url)
    await producer.queue.obliterate({ force: true })
    await producer.enqueue(inputs)
    await producer.close()
    t0 = performance.now()
    const procs: ChildProcess[] = []
    for (let i = 0; i < n; i++) procs.push(spawn(process.execPath, [BIN, 'worker', '--queue', redis.url, '--db', url], { stdio: 'ignore' }))
    while ((await store.stats()).articles < new Set(inputs.map(contentHash)).size) await new Promise((r) => setTimeout(r, 100))
    const s = (performance.now() - t0) / 1000
    for (const p of procs) p.kill('SIGTERM')
    await Promise.all(procs.map((p) => new Promise((r) => p.once('exit', r))))
    await store.close()
    rows.push([`${n} worker process${n > 1 ? 'es' : ''}`, n, (M / s).toFixed(1), (words / s / 1000).toFixed(0), (directS / s).toFixed(2)])
    console.log(rows.at(-1)!.join('\t'))
  }

  // Queue overhead alone: the same number of jobs through BullMQ with an empty processor.
  const conn = connectRedis(redis.url)
  const q = new Queue('bench-overhead', { connection: conn })
  await q.obliterate({ force: true })
  await q.addBulk(inputs.map((input, i) => ({ name: 'a', data: { input }, opts: { jobId: `o${i}` } })))
  let left = M
  t0 = performance.now()
  await new Promise<void>((resolve) => {
    const wconn = connectRedis(redis.url)
    const w = new Worker('bench-overhead', async () => null, { connection: wconn, concurrency: 1 })
    w.on('completed', () => { if (--left === 0) void w.close().then(() => { wconn.disconnect(); resolve() }) })
  })
  const overheadMs = (performance.now() - t0) / M
  await q.close(); conn.disconnect()

  const md = [
    `Distributed ingest (\`npm run bench:queue\`): ${M} articles (${words.toLocaleString('en')} words) through BullMQ on a real Redis into a real PostgreSQL, both on loopback; workers are separate \`entente worker\` processes on this 2-core machine. "× in-process" is throughput relative to one process running the same pipeline and store with no queue, in the same run.`,
    '',
    mdTable(['run', 'workers', 'articles/s', 'k words/s', '× in-process'], rows),
    '',
    `Queue overhead alone (enqueue excluded; empty processor, concurrency 1, jobs carrying the article text): **${overheadMs.toFixed(2)} ms per article**, against ${(directS * 1000 / M).toFixed(1)} ms of analysis + storage per article in process.`,
    '',
    'Reading: on this 2-core machine more worker processes do not add throughput. Workers, PostgreSQL and Redis share the same two cores, and the store serialises write transactions (an advisory lock keeps merged-event counters exact), so only the analysis runs in parallel and the cores are already busy. Workers on other machines add their own cores for the analysis; the write path then bounds throughput (see docs/capacity-plan.md).',
  ].join('\n')
  writeBenchSection('queue', md)
  console.log(md)
} finally {
  await redis.stop()
  await pgs.stop()
}

async function createDb(url: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  await c.query(`DROP DATABASE IF EXISTS ${name}`)
  await c.query(`CREATE DATABASE ${name}`)
  await c.end()
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}
