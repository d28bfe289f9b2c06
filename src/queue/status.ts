import { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import { listWorkers, type WorkerBeat } from './heartbeat.js'
import { QUEUE_NAME } from './jobs.js'

export interface QueueStatus {
  queue: string
  counts: Record<string, number>
  rates: { completedPerMin: number; failedPerMin: number }
  workers: WorkerBeat[]
  failures: { id: string; reason: string; attempts: number; source: string; failedAt: string | null }[]
}

/** Depth, recent rates, live workers and the latest failures: what `/-/queues` and `entente jobs` show. */
export async function queueStatus(queue: Queue, redis: Redis, opts: { failures?: number } = {}): Promise<QueueStatus> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized', 'waiting-children')
  const [completed, failed] = await Promise.all([
    queue.getMetrics('completed', 0, 5).catch(() => null),
    queue.getMetrics('failed', 0, 5).catch(() => null),
  ])
  const perMin = (m: { data: number[] } | null) => (m && m.data.length ? m.data.reduce((a, b) => a + b, 0) / m.data.length : 0)
  const failedJobs = await queue.getFailed(0, (opts.failures ?? 20) - 1)
  return {
    queue: QUEUE_NAME,
    counts,
    rates: { completedPerMin: perMin(completed), failedPerMin: perMin(failed) },
    workers: await listWorkers(redis),
    failures: failedJobs.filter(Boolean).map((j) => ({
      id: String(j.id), reason: j.failedReason ?? '', attempts: j.attemptsMade,
      source: (j.data as { input?: { source?: string } })?.input?.source ?? '', failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
    })),
  }
}
