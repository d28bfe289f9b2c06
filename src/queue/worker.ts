import { Worker, type Job } from 'bullmq'
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { createPipeline } from '../pipeline/index.js'
import { toRecord } from '../record/index.js'
import { contentHash, type Store } from '../store/index.js'
import { connectRedis } from './connection.js'
import { startHeartbeat } from './heartbeat.js'
import { QUEUE_NAME, type ArticleJob, type ArticleJobResult } from './jobs.js'

export interface WorkerOptions {
  redisUrl: string
  store: Store
  concurrency?: number
  /** How long a job's lock lasts without renewal; a killed worker's job is re-run after about this long. */
  lockMs?: number
  /** Called with one line per notable happening (job failed, shutting down…). */
  log?: (line: string) => void
}

export interface RunningWorker { id: string; worker: Worker; stats: { processed: number; failed: number; current: number }; close(): Promise<void> }

/**
 * Runs the same pipeline as the CLI on queued articles and writes them to the store.
 * A job completes only after the store's transaction has committed (at-least-once delivery);
 * the store is idempotent by content hash, so a job retried after a crash never duplicates.
 */
export function startWorker(opts: WorkerOptions): RunningWorker {
  const id = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`
  const pipeline = createPipeline()
  const connection = connectRedis(opts.redisUrl)
  const stats = { processed: 0, failed: 0, current: 0 }
  const log = opts.log ?? (() => {})

  const process_ = async (job: Job<ArticleJob, ArticleJobResult>): Promise<ArticleJobResult> => {
    stats.current++
    const t0 = performance.now()
    try {
      const input = job.data.input
      const hash = contentHash(input)
      if (await opts.store.hasContentHash(hash)) return { articleId: -1, inserted: false, events: 0, ms: performance.now() - t0 }
      const record = toRecord(pipeline.run(input))
      const put = await opts.store.putArticle(record, { contentHash: hash })
      return { articleId: put.id, inserted: put.inserted, events: put.events, ms: performance.now() - t0 }
    } finally {
      stats.current--
    }
  }

  const worker = new Worker<ArticleJob, ArticleJobResult>(QUEUE_NAME, process_, {
    connection,
    concurrency: opts.concurrency ?? 1,
    // A worker killed mid-job stops renewing its lock; the job is then stalled and handed to another worker.
    lockDuration: opts.lockMs ?? 30_000,
    stalledInterval: Math.max(1000, Math.round((opts.lockMs ?? 30_000) / 2)),
    maxStalledCount: 5,
    metrics: { maxDataPoints: 60 * 24 },
  })
  worker.on('completed', () => { stats.processed++ })
  worker.on('failed', (job, err) => { stats.failed++; log(`job ${job?.id ?? '?'} (${job?.data.input.source ?? '?'}) failed, attempt ${job?.attemptsMade ?? '?'}: ${err.message}`) })
  worker.on('error', (err) => log(`worker error: ${err.message}`))
  const stopBeat = startHeartbeat(connection, { id, concurrency: opts.concurrency ?? 1 }, () => ({ ...stats }))

  return {
    id, worker, stats,
    async close() {
      // Waits for the jobs in hand to finish (and commit) before closing; new jobs are not taken.
      await worker.close()
      await stopBeat()
      connection.disconnect()
    },
  }
}
